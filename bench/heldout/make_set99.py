"""Held-out set 99 for the offline mapping drafter.

Persona: Ngozi Okafor, marketing automation lead at a fintech in Lagos. She writes requirement
notes in Nigerian English, forwarded from WhatsApp to the contractor: "kindly", "please note
that", "do the needful", "revert if unclear", "as in", "in case X is not there", long sentences
joined with "then" and "also", sometimes "-" lines, sometimes "NB:" notes at the end that carry
real rules (a default, a filter). Polite, detailed, repeats herself for emphasis; values always
in double quotes.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h99-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Ngozi's own.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import (
    C,
    Case,
    G,
    H,
    L,
    M,
    S,
    build,
    collector,
    dflt,
    extended,
    first_filled,
    gt,
    hs,
    lower_emails,
    mc,
    omit_if_blank,
    rev,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h99-01-lead-straight-copies", H, L, """\
Good afternoon. Kindly set up the HubSpot contacts to Salesforce Lead sync as follows, it is a plain \
one, nothing fancy:
- email goes to Email
- first name goes to FirstName, then last name to LastName
- company name goes to Company, job title goes to Title, also phone goes to Phone
Please note that these are straight copies as in exactly what HubSpot has, no cleaning. In case any \
of them is empty in HubSpot, just send it empty like that, do not put anything in its place.
NB: every lead should also carry Status "Open - Not Contacted", the same value for everybody. \
Revert if unclear, thank you.""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "Status": "Open - Not Contacted"}


@case("h99-02-lead-defaults-and-trim", H, L, """\
Hello, this one is HubSpot contacts going into Salesforce as Leads. Email goes to Email and last name \
goes to LastName as they are, no changes. Then the first name, kindly trim the spaces before and after \
it before you put it in FirstName, because our web form is adding spaces anyhow. Also company name goes \
to Company but should in case it is empty (or it is only spaces) put "Individual Customer" there \
instead, then job title goes to Title and in case job title is not there put "Not Provided". Please \
note that the defaults are only for the empty ones, when there is a value, use the value as it is. \
Do the needful and revert.""",
      extended(HS, hs(email="tunde.bakare@paygrid.ng", firstname="  Tunde  ", lastname="Bakare", company="   ",
                      jobtitle=" ", country="Nigeria", city="Lagos")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"].strip(),
            "Company": dflt(r["company"], "Individual Customer"), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h99-03-lead-phone-fallback", H, L, """\
Dear Emeka, kindly map HubSpot contacts to Salesforce Lead like this. Email to Email, copy as it is. \
First name to FirstName and last name to LastName, both in title case please (as in first letter of \
each word capital, the rest small), because some people type their names in all caps and some in all \
small letters. Ditto for the city: city goes to City in title case too. Then for Phone, use the \
HubSpot phone number; in case phone is not there, use the mobile phone number instead; and should in \
case the two of them are empty, do not send Phone at all for that person, leave the field out \
completely. Please note the phone numbers are copied as they are, no formatting. Thank you.""",
      extended(HS, hs(email="adaobi.nwankwo@kudipay.ng", firstname="ADAOBI", lastname="nwankwo", company="KudiPay",
                      phone="", mobilephone="", country="Nigeria", city="lagos island", state="Lagos")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if ph is None else ph})


@case("h99-04-lead-source-table", H, L, """\
Good morning. For HubSpot contacts into Salesforce Lead, please map the Original Source to LeadSource \
with this table:
- "ORGANIC_SEARCH" becomes "Web"
- "PAID_SEARCH" becomes "Advertisement"
- "PAID_SOCIAL" becomes "Advertisement" also
- "REFERRALS" becomes "External Referral"
- "EMAIL_MARKETING" becomes "Email"
Any other source, and also when the source is empty, kindly put "Other". Then the email should go to \
Email in small letters (lower case the whole thing), and last name goes to LastName as it is. That is \
all for this one, revert if unclear.""",
      extended(HS, hs(email="Zainab.Musa@Moniewave.ng", lastname="Musa", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="Kelechi.Obi@Ledgerly.ng", lastname="Obi", hs_analytics_source="OFFLINE")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    return {"LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower(),
            "LastName": r["lastname"]}


@case("h99-05-lead-two-excludes", H, L, """\
Hello, please note that this sync is HubSpot contacts to Salesforce Lead but we do not want everybody. \
Kindly skip any contact whose "Unsubscribed from all email" is "true", we do not want them at all; in \
case that field is empty, treat the person as not unsubscribed and send them. Also skip anybody whose \
lifecycle stage is "customer", they are already with the account team. For the ones that pass, copy \
email to Email, first name to FirstName, last name to LastName and company name to Company, as they \
are. NB: every lead we create from here should have Rating "Warm", same for all of them. Thank you.""",
      extended(HS, hs(email="bola.ahmed@trustfolio.ng", firstname="Bola", lastname="Ahmed", company="Trustfolio",
                      lifecyclestage="customer", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Rating": "Warm"}


@case("h99-06-lead-rating-by-revenue", H, L, """\
Dear team, kindly do the needful for HubSpot contacts to Salesforce Lead. Copy email to Email, last \
name to LastName and company name to Company as they are. Then we want Rating to follow the annual \
revenue: when the annual revenue is more than 5000000, Rating is "Hot"; when it is less than 1000000, \
Rating is "Cold"; anything in between is "Warm". In case annual revenue is empty, please put "Cold" \
too. Also the number of employees should go to NumberOfEmployees as a whole number (integer), and \
should in case number of employees is empty, leave NumberOfEmployees out for that contact, do not \
send zero. Revert if unclear.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1000000 else ("Hot" if v > 5000000 else "Warm")
    emp = OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Rating": rating,
                 "NumberOfEmployees": emp})


@case("h99-07-lead-us-e164", H, L, """\
Good evening. For the HubSpot to Salesforce Lead flow:
- email to Email, copy as it is
- company name to Company, copy as it is
- first name to FirstName and last name to LastName, both in title case (first letter capital, the \
rest small, for every word)
- phone to Phone but in E.164 format please. Assume the numbers are US numbers (+1) except when the \
number already starts with "+", then keep its own country code as it is. In case phone is empty, do \
not send Phone at all, leave it out.
Thank you, abeg make sure the phone format is correct, the dialler rejects anything else.""",
      extended(HS, hs(email="bisi.adeyemi@cowrywise.example", firstname="BISI", lastname="adeyemi", company="Cowry Labs",
                      phone="1-305-555-0100")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Company": r["company"], "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h99-08-lead-qualified-only", H, L, """\
Hello Emeka, this one is only for qualified people. Kindly send a HubSpot contact to Salesforce Lead \
only when the lifecycle stage is "marketingqualifiedlead" or "salesqualifiedlead"; every other stage, \
please do not send. For those ones: email goes to Email and last name goes to LastName as they are, \
then the state goes to State in capital letters (upper case). Then Description should be the company \
name, then " | created ", then the HubSpot create date in YYYY-MM-DD, as in "Northwind Analytics | \
created 2023-03-14". Revert if unclear, thanks.""",
      extended(HS, hs(email="ade.ogunleye@naijapay.ng", firstname="Ade", lastname="Ogunleye", company="NaijaPay",
                      state="lagos", lifecyclestage="salesqualifiedlead", createdate="2024-02-19T12:30:00.000Z"),
               hs(email="musa.bello@finvault.ng", firstname="Musa", lastname="Bello", company="FinVault",
                  state="fct", lifecyclestage="marketingqualifiedlead", createdate="2024-05-06T11:15:00.000Z"),
               hs(email="ngo.eke@opportune.ng", lastname="Eke", company="Opportune", state="enugu",
                  lifecyclestage="opportunity")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": r["company"] + " | created " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h99-09-contact-mailing-address", H, C, """\
Kindly map HubSpot contacts to Salesforce Contact. Email to Email, first name to FirstName, last name \
to LastName. Then the address part: street address goes to MailingStreet, city to MailingCity, state \
to MailingState, postal code to MailingPostalCode and country to MailingCountry. Please note that \
everything here is a plain copy, as in what is in HubSpot is what should land in Salesforce, even when \
it is empty, send it empty. Thank you.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h99-10-contact-flags", H, C, """\
Good day. HubSpot contacts to Salesforce Contact please. Copy email to Email and last name to LastName. \
Then two flags:
- HasOptedOutOfEmail should be true when HubSpot "Unsubscribed from all email" is "true", and false \
otherwise; in case that field is empty, put false.
- DoNotCall should be true when the contact has no phone and no mobile phone (the two of them empty), \
and false when at least one of them is there.
Do the needful and revert, thank you.""",
      extended(HS, hs(email="chinedu.okeke@paylink.ng", firstname="Chinedu", lastname="Okeke", phone="", mobilephone="",
                      hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h99-11-contact-name-fallbacks", H, C, """\
Hello, for HubSpot contacts to Salesforce Contact: email goes to Email and last name to LastName, just \
copy. For FirstName use the first name, but in case first name is not there, use the part of the email \
before the "@" (our emails are already in small letters). Then for Title, use job title; if job title \
is empty use the industry; should in case industry is also empty, put "Team Member". Please note you \
try them in that order. Thanks, revert if unclear.""",
      extended(lower_emails(HS), hs(email="ifeoma.nwosu@kolo.ng", firstname="", lastname="Nwosu", jobtitle="",
                                    industry="Fintech")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Team Member")}


@case("h99-12-contact-department-table", H, C, """\
Dear Emeka, kindly sync HubSpot contacts to Salesforce Contact. Email to Email and last name to \
LastName as they are. Then Department comes from the lifecycle stage with this table:
"subscriber" = "Newsletter"
"lead" = "Prospects"
"marketingqualifiedlead" = "Marketing"
"salesqualifiedlead" = "Sales"
"customer" = "Customer Success"
Also state goes to MailingState in capital letters, but in case state is empty, do not send \
MailingState at all for that person. Thank you.""",
      extended(HS, hs(email="yemi.alade@ajopay.ng", lastname="Alade", state="oyo", lifecyclestage="lead")))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter", "lead": "Prospects", "marketingqualifiedlead": "Marketing",
             "salesqualifiedlead": "Sales", "customer": "Customer Success"}
    return keep({"Email": r["email"], "LastName": r["lastname"], "Department": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h99-13-contact-nigeria-only", H, C, """\
Good afternoon. This one is for the Nigeria desk only: kindly send a HubSpot contact to Salesforce \
Contact only when the country is "Nigeria", anybody from any other country should not go. Then: \
email to Email in lower case, last name to LastName as it is, and for Phone use the mobile phone, \
in case mobile phone is not there use the phone number instead (copy the number as it is). \
NB: LeadSource should be "Partner" for all of them because they all came through the bank \
partnership. Thank you.""",
      extended(HS, hs(email="Chidi.Eze@KoboLedger.ng", firstname="Chidi", lastname="Eze", company="Kobo Ledger",
                      phone="+234 1 555 0101", mobilephone="+234 803 555 0142", country="Nigeria", city="Lagos"),
               hs(email="Amaka.Udo@SavePoint.ng", firstname="Amaka", lastname="Udo", company="SavePoint",
                  phone="+234 9 555 0177", mobilephone="", country="Nigeria", city="Abuja"),
               hs(email="Kofi.Mensah@SikaPay.gh", firstname="Kofi", lastname="Mensah", company="SikaPay",
                  phone="+233 30 555 0123", mobilephone="", country="Ghana", city="Accra")))
def o13(r: R) -> Out:
    if r["country"] != "Nigeria":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Phone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Partner"}


@case("h99-14-contact-trim-title-table", H, C, """\
Hello, kindly do HubSpot contacts to Salesforce Contact as follows. Email to Email and last name to \
LastName, plain copy. Job title to Title but trim the spaces at the beginning and the end first (in case \
job title is empty, send it empty, no default). City \
to MailingCity in title case (as in "port harcourt" should become "Port Harcourt"). Then Description \
should depend on the lifecycle stage: "customer" gives "Existing customer", "lead" gives "Prospect", \
"subscriber" gives "Newsletter only", and for any other stage, including when the stage is empty, \
put "Marketing contact". Revert if unclear, thank you.""",
      extended(HS, hs(email="tamuno.briggs@riverspay.ng", lastname="Briggs", jobtitle="  Head of Growth  ",
                      city="port harcourt", lifecyclestage="opportunity"),
               hs(email="efe.omoregie@edopay.ng", lastname="Omoregie", jobtitle="Analyst ", city="benin city",
                  lifecyclestage="")))
def o14(r: R) -> Out:
    table = {"customer": "Existing customer", "lead": "Prospect", "subscriber": "Newsletter only"}
    return {"Email": r["email"], "LastName": r["lastname"], "Title": r["jobtitle"].strip(),
            "MailingCity": title(r["city"]), "Description": table.get(r["lifecyclestage"], "Marketing contact")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h99-15-mc-language-default", H, M, """\
Good morning. HubSpot contacts to our Mailchimp audience please. The email goes to the Mailchimp email \
address, first name to the FNAME merge field and last name to the LNAME merge field, copy them as \
they are. Status should be "subscribed" for everybody. Then language comes from the HubSpot preferred \
language, but please note that most of our contacts do not have it at all, so in case preferred \
language is not there or is empty, put "en". Thank you, do the needful.""",
      extended(HS, hs(email="temi.ojo@yorubank.ng", firstname="Temi", lastname="Ojo", hs_language="yo"),
               hs(email="ugo.nnaji@coinhub.ng", firstname="Ugo", lastname="Nnaji", hs_language="  ")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h99-16-mc-three-way-status", H, M, """\
Hello, for HubSpot contacts into Mailchimp: email to email address, first name to FNAME, as they are. \
Then the status, kindly take it from "Unsubscribed from all email":
- when it is "true", status is "unsubscribed"
- when it is "false", status is "subscribed"
- in case it is empty, status is "pending" (so they get the confirmation mail first)
Also please tag every one of them "HubSpot Sync", only that one tag. Revert if unclear.""",
      extended(HS, hs(email="seun.afolabi@gtpay.example", firstname="Seun", hs_email_optout=" ")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": status,
            "tags": ["HubSpot Sync"]}


@case("h99-17-mc-conditional-tags", H, M, """\
Dear Emeka, kindly map HubSpot contacts to Mailchimp members. Email goes to email address as it is. \
Then tags, in this order:
- first "High Value" when the annual revenue is more than 3000000 (if annual revenue is empty, no \
"High Value" tag)
- then "Customer" when the lifecycle stage is "customer"
Please note that a person can get both tags, one of them, or none; when none applies, send an empty \
tag list. Nothing else on this one. Thanks.""",
      extended(HS, hs(email="halima.sani@arewapay.ng", lifecyclestage="customer", annualrevenue="6000000")))
def o17(r: R) -> Out:
    tags = (["High Value"] if gt(r["annualrevenue"], 3000000) else []) + \
        (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h99-18-mc-first-word-phone", H, M, """\
Good day. For HubSpot to Mailchimp, email goes to email address, copy. For FNAME, kindly take only the \
first word of the HubSpot first name, because some people put their middle name inside the first name \
box (as in "Oluwaseun Grace" should be "Oluwaseun"). Then PHONE merge field: the phone number in E.164, \
assume US (+1) unless the number already starts with "+", then keep its own code. In case phone is \
empty, use the mobile phone number instead, also in E.164 the same way. Thank you.""",
      extended(HS, hs(email="oluwaseun.balogun@gidipay.ng", firstname="Oluwaseun Grace", lastname="Balogun",
                      phone="", mobilephone="212 555 0111")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h99-19-mc-skip-no-company", H, M, """\
Hello, HubSpot contacts to Mailchimp please. Email to email address as it is, status "subscribed" \
for all, and vip should be true when the lifecycle stage is "customer" and false for any other stage. \
That is all for the fields.
NB: kindly skip anybody whose company name is empty (or just spaces), do not send them at all, we only \
want business contacts on this audience. Revert if unclear.""",
      extended(HS, hs(email="nneka.obi@ankarathreads.ng", company="Ankara Threads", lifecyclestage="customer"),
               hs(email="sola.bankole@gmail.example", company="  ", lifecyclestage="lead")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h99-20-mc-company-tag-vip", H, M, """\
Good evening. HubSpot contacts to Mailchimp:
- email to email address, copy (our emails are already small letters)
- first name to FNAME and last name to LNAME, both in title case please
- tag each person with their company name, just that one tag; in case company name is empty, use the \
part of the email after the "@" as the tag instead (as in the domain)
- vip true when annual revenue is more than 5000000, otherwise false; in case annual revenue is empty, \
false.
Thank you, do the needful.""",
      extended(lower_emails(HS), hs(email="ada.eze@zenithlite.ng", firstname="ADA", lastname="eze", company="",
                                    annualrevenue="7500000")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["annualrevenue"], 5000000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h99-21-seg-full-name", H, S, """\
Hello Emeka, kindly send HubSpot contacts to Segment as identify calls. userId is the email in lower \
case (the whole thing). Then traits: email copied as it is into the email trait, first name to \
firstName, last name to lastName, job title to title (copy, even when empty just send it empty), and \
name should be first name, then one space, then last name, as in "Priya Raman". Thank you.""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": r["firstname"] + " " + r["lastname"]}}


@case("h99-22-seg-company-traits", H, S, """\
Good afternoon. HubSpot contacts to Segment identify. userId is the email, copy as it is. Then the \
company object in traits:
- company name goes to company.name; should in case company name is empty, put "Independent"
- industry goes to company.industry, but in case industry is empty, leave company.industry out
- number of employees goes to company.employee_count as a whole number (integer); in case it is \
empty, leave employee_count out as well.
Please note nothing else should go in traits. Revert if unclear.""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h99-23-seg-address-phone", H, S, """\
Hello, kindly map HubSpot contacts to Segment identify. userId = email, copy. Then traits.address: \
street address to street, city to city, postal code to postalCode, country to country, all copied as \
they are; state goes to state but in case state is empty, do not send address state at all. Then \
traits.phone: the phone number in E.164, assume US (+1) unless it already starts with "+" in which \
case keep its own code; in case phone is empty use the mobile phone (same E.164 treatment); should \
in case the two are empty, leave traits.phone out. Thank you.""",
      extended(HS, hs(email="obinna.uche@quickcash.ng", phone="", mobilephone="", city="Owerri", state="Imo",
                      country="Nigeria", zip="460001", address="12 Wetheral Rd")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h99-24-seg-optout-revenue", H, S, """\
Dear team, HubSpot contacts to Segment identify please. For userId take the email, remove any spaces \
before or after it, then put it in lower case. Traits: first name to firstName as it is. Also a trait \
called unsubscribed: true when "Unsubscribed from all email" is "true", false when it is "false", and \
in case it is empty, false. Then annual revenue goes to a trait called annual_revenue as a number; in \
case annual revenue is empty, leave annual_revenue out. Revert if unclear.""",
      extended(HS, hs(email="  Femi.Adeyemi@Carbonish.NG ", firstname="Femi", hs_email_optout="",
                      annualrevenue="650000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h99-25-ga4-contact-synced", H, G, """\
Good morning. Kindly send each HubSpot contact to GA4 as one event. client_id is the email, copy as it \
is. The event name is "contact_synced" for all. Params:
- source = "hubspot" (fixed, same for everybody)
- lifecycle_stage = the lifecycle stage, copied as it is
- industry = the industry in small letters (lower case); should in case industry is empty, do not send \
the industry param at all
- created_date = the create date as YYYY-MM-DD only
Thank you.""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "contact_synced",
                        "params": keep({"source": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                        "industry": omit_if_blank(r["industry"], str.lower),
                                        "created_date": day(r["createdate"])})}]}


@case("h99-26-ga4-big-revenue", H, G, """\
Hello, for GA4 we only want the bigger companies: kindly send a HubSpot contact only when the annual \
revenue is more than 1000000; in case annual revenue is empty, do not send the person. client_id is \
the part of the email before the "@" (emails are small letters already). Event name is \
"qualified_company" for all. Params: value = the annual revenue as a number, and currency = "USD" \
fixed. Please note nothing else. Thanks, revert if unclear.""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_company",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h99-27-ga4-stage-event", H, G, """\
Good day Emeka. HubSpot contacts to GA4, one event each. client_id = email as it is. The event name \
depends on the lifecycle stage: when the stage is "customer", name is "customer_synced"; any other \
stage (also when it is empty) name is "lead_synced". Params: city = the city copied as it is, and \
industry = the industry, but in case industry is empty put "General". Thank you.""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_synced" if r["lifecyclestage"] == "customer" else "lead_synced",
                        "params": {"city": r["city"], "industry": dflt(r["industry"], "General")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h99-28-hs-lead-copies", L, H, """\
Hello, this is the reverse side: Salesforce Leads into HubSpot contacts. Kindly copy:
- Email to email
- FirstName to first name, LastName to last name
- Company to company name
- Title to job title
- Phone to phone number
- City to city, PostalCode to postal code
All plain copies please; in case any of them is empty in Salesforce, send it empty, do not skip it and \
do not fill anything. Thank you.""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"]}


@case("h99-29-hs-lead-status-table", L, H, """\
Good afternoon. Salesforce Lead to HubSpot contacts. Email to email and LastName to last name, copy. \
Then the lead status, kindly map Salesforce Status to HubSpot Lead Status like this:
"Open - Not Contacted" -> "NEW"
"Working - Contacted" -> "IN_PROGRESS"
"Closed - Converted" -> "OPEN_DEAL"
"Closed - Not Converted" -> "UNQUALIFIED"
Also "Unsubscribed from all email" should be the text "true" when HasOptedOutOfEmail is true and the \
text "false" when it is false. Revert if unclear.""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "lastname": r["LastName"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h99-30-hs-rating-to-stage", L, H, """\
Dear Emeka, for Salesforce Lead to HubSpot, kindly set the lifecycle stage from the Rating:
- "Hot" gives "salesqualifiedlead"
- "Warm" gives "marketingqualifiedlead"
- "Cold" gives "lead"
Then AnnualRevenue goes to annual revenue as a number; in case AnnualRevenue is empty, leave annual \
revenue out. Also Email goes to email in lower case please, the whole address. Thank you.""",
      extended(SFL, sfl(Email="Kemi.Adebayo@Flutterish.NG", FirstName="Kemi", LastName="Adebayo", Rating="Warm",
                        AnnualRevenue="750000.50")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"lifecyclestage": table[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h99-31-hs-uk-leads", L, H, """\
Hello, this one is for the London office. Kindly send a Salesforce Lead to HubSpot only when Country \
is "United Kingdom"; any other country, or Country empty, do not send. For them: Email to email and \
FirstName to first name, copy. Phone to phone number in E.164 as UK numbers, as in remove the leading \
"0" and put "+44" in front, but when the number already starts with "+" keep it with its own code. \
PostalCode to postal code in capital letters. Title to job title, and should in case Title is empty \
put "Not Stated". Thank you, revert if unclear.""",
      extended(SFL, sfl(Email="funmi.cole@thamesfin.co.uk", FirstName="Funmi", LastName="Cole", Company="Thames Fin",
                        Title="", Phone="07700 900461", City="Manchester", PostalCode="m1 4bt", Country="United Kingdom"),
               sfl(Email="tayo.ojo@brixtonpay.co.uk", FirstName="Tayo", LastName="Ojo", Company="Brixton Pay",
                   Title="Growth Lead", Phone="+44 20 7946 0958", City="London", PostalCode="sw2 1rw",
                   Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"], "phone": e164(r["Phone"], "44"),
            "zip": r["PostalCode"].upper(), "jobtitle": dflt(r["Title"], "Not Stated")}


@case("h99-32-hs-address-line", L, H, """\
Good morning. Salesforce Lead to HubSpot, but kindly skip the leads whose Status is "Closed - Converted", \
those ones are already handled. For the others: Email to email and Company to company name as they \
are; Title to job title, in case Title is empty put "Unknown". Then street address in HubSpot should \
be the Street, then a comma and a space, then the City, as in "200 Lake St, Chicago"; please note that \
in case Street is empty, just put the City alone, no comma. Thanks.""", SFL)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "company": r["Company"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h99-33-mc-contact-status-tags", C, M, """\
Hello, Salesforce Contacts to Mailchimp please. Email goes to email address in lower case. Status: \
when HasOptedOutOfEmail is true, status is "unsubscribed", when it is false, status is "subscribed". \
Tags: every one of them gets "Salesforce", then also "Trade Show" after it when LeadSource is \
"Trade Show" (in case LeadSource is empty or anything else, only "Salesforce"). Thank you.""", SFC)
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h99-34-mc-contact-language", C, M, """\
Good day. Salesforce Contact to Mailchimp. Kindly skip any contact whose LeadSource is empty, we cannot \
report on them. For the rest: Email to email address, copy. Phone to the PHONE merge field in E.164, \
assume US (+1) unless the number already starts with "+", then keep its code as it is. Then language \
from MailingCountry with this table:
"Germany" -> "de"
"Austria" -> "de"
"United States" -> "en"
"Nigeria" -> "en"
Revert if unclear, thank you.""",
      extended(SFC, sfc(Email="adaeze.okoro@paylagos.ng", FirstName="Adaeze", LastName="Okoro", LeadSource="Partner",
                        MailingCity="Lagos", MailingCountry="Nigeria", Phone="+234 809 555 0123"),
               sfc(Email="rotimi.alabi@cashbox.ng", FirstName="Rotimi", LastName="Alabi", LeadSource="  ",
                   MailingCity="Ibadan", MailingCountry="Nigeria", Phone="+234 802 555 0199")))
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Nigeria": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h99-35-mc-contact-vip-sales", C, M, """\
Dear Emeka, for Salesforce Contact to Mailchimp: Email to email address, LastName to LNAME, copy. \
FirstName to FNAME but in case FirstName is empty, put "Friend" so the greeting does not look funny. \
vip should be true when Department is "Sales", and false for any other department, also false in case \
Department is empty. NB: status is "subscribed" for everybody on this one. Thanks.""",
      extended(SFC, sfc(Email="kunle.bello@vaultng.example", FirstName="", LastName="Bello", Department="Sales")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"], "FNAME": dflt(r["FirstName"], "Friend")},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h99-36-mc-contact-optins", C, M, """\
Hello, please only send Salesforce Contacts whose HasOptedOutOfEmail is false to Mailchimp; the ones \
with true should not go at all. Then: Email to email address, FirstName to FNAME, LastName to LNAME, \
copy as they are. Status "subscribed" and language "en" for everybody. Please note that tags should be \
sent as an empty list, as in no tags at all, because we want to clear the old ones. Thank you.""",
      extended(SFC, sfc(Email="dayo.eniola@fairmoney.example", FirstName="Dayo", LastName="Eniola",
                        HasOptedOutOfEmail=False),
               sfc(Email="ike.obi@quidpay.example", FirstName="Ike", LastName="Obi", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h99-37-seg-contact-omit-empty", C, S, """\
Good evening. Salesforce Contact to Segment identify. userId = the Email in small letters (lower case). \
Traits: Email to email, FirstName to firstName, LastName to lastName, copy as they are. Title to title \
and Birthdate to birthday, but these two, in case they are empty, kindly leave them out, do not send \
empty title or empty birthday. Thank you.""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h99-38-seg-contact-address", C, S, """\
Hello Emeka, Salesforce Contact to Segment please. userId is the Email as it is. FirstName goes to the \
firstName trait, copy. Then traits.address: MailingCity to city, but trim the spaces before and after \
it first; MailingCountry to country. Nothing else in the address.
NB: in case MailingCountry is empty, put "Unknown" as the country, please do not send it empty. \
Revert if unclear.""",
      extended(SFC, sfc(Email="zara.lawal@abujapay.ng", FirstName="Zara", MailingCity="  Abuja  ", MailingCountry=""),
               sfc(Email="tobi.oni@ibadancredit.ng", FirstName="Tobi", MailingCity="Ibadan ", MailingCountry="Nigeria")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"firstName": r["FirstName"],
                       "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h99-39-seg-contact-channel", C, S, """\
Good morning. For Salesforce Contact to Segment identify: userId = Email, copy. traits.phone = Phone in \
E.164, US (+1) assumed except when it already starts with "+", then keep its own code. traits.name = \
FirstName, then a space, then LastName. Then a trait called acquisition_channel from LeadSource:
- "Web" -> "inbound"
- "Trade Show" -> "events"
- "Partner Referral" -> "partners"
- anything else, and also when LeadSource is empty -> "other"
Thank you.""",
      extended(SFC, sfc(Email="uche.nwafor@kwikpay.ng", FirstName="Uche", LastName="Nwafor", Phone="+234 803 555 0111",
                        LeadSource="Partner Referral"),
               sfc(Email="aisha.yusuf@kanopay.ng", FirstName="Aisha", LastName="Yusuf", Phone="(202) 555-0163",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    ch = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partners"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                       "acquisition_channel": ch.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h99-40-hs-member-names", M, H, """\
Hello, Mailchimp members into HubSpot contacts. Email address to email, copy. FNAME to first name in \
title case. LNAME to last name in title case too, but in case LNAME is empty, do not send last name at \
all. The COMPANY merge field to company name, and should in case it is empty, put "Individual". Then \
"Unsubscribed from all email" should be the text "true" when the member status is "unsubscribed", and \
the text "false" for every other status. Thank you, do the needful.""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h99-41-hs-member-vip-stage", M, H, """\
Good afternoon. Mailchimp members to HubSpot, but kindly skip the members whose status is "cleaned", \
those emails are dead. For the rest: email address to email and FNAME to first name, copy. PHONE merge \
field to phone number in E.164 (assume US, +1, unless it already starts with "+", then keep its own \
code); in case PHONE is empty, leave phone number out. Then lifecycle stage: when vip is true put \
"customer", when vip is false put "lead". Revert if unclear.""",
      extended(MC, mc({"FNAME": "Tolu", "LNAME": "Bakare", "PHONE": "1 (646) 555 0100", "COMPANY": "Owo Labs"},
                      email_address="tolu.bakare@owolabs.ng", status="subscribed", vip=True, tags=[])))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h99-42-hs-member-tag-stage", M, H, """\
Dear Emeka, last one for today: Mailchimp members to HubSpot contacts. Email address to email, copy. \
First name should be only the first word of FNAME. Company name comes from the COMPANY merge field; \
in case COMPANY is empty, use the part of the email address after the "@" (as in the domain). Then \
lifecycle stage: "customer" when the member has the tag "Customer" among their tags, otherwise \
"subscriber" (also "subscriber" when they have no tags at all). Thank you so much, revert if unclear.""",
      extended(MC, mc({"FNAME": "Ngozi Adaeze", "LNAME": "Okafor", "PHONE": "", "COMPANY": ""},
                      email_address="ngozi.adaeze@paylagos.ng", tags=["VIP", "Customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set99")
