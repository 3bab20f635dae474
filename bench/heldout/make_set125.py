"""Held-out set 125 for the offline mapping drafter.

Persona: Eleni Papadopoulou, account director at a small Athens digital agency, Greek first
language, writing a handover checklist for a new client's integration in a shared doc. Her
English is Greek-shaped ("we want that the Company goes to...", "to be filled with", "in case it
is empty", "the mobile", "the same", "also" at the end of sentences, "finally" lists, long
sentences joined with "and" and commas). Every mapping is a checklist with '✔' or '[x]' / '[ ]'
items (an unchecked '[ ]' item is still needed, she says so), 'NB:' notes under items, sometimes
'Field: ... / Rule: ...' two-line items and indented sub-bullets that start with an en dash. She
knows the UI labels (First Name, Mobile Phone Number, Lead Status, Annual Revenue) better than
the API names and mixes both.

Pair distribution (42 cases):
    hubspot.contacts   -> salesforce.Lead     8  (01-08)
    hubspot.contacts   -> salesforce.Contact  6  (09-14)
    hubspot.contacts   -> mailchimp.members   6  (15-20)
    hubspot.contacts   -> segment.identify    4  (21-24)
    hubspot.contacts   -> ga4.events          3  (25-27)
    salesforce.Lead    -> hubspot.contacts    5  (28-32)
    salesforce.Contact -> mailchimp.members   4  (33-36)
    salesforce.Contact -> segment.identify    3  (37-39)
    mailchimp.members  -> hubspot.contacts    3  (40-42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is the persona's own.
"""

# The persona writes her sub-bullets and titles with en dashes.
# ruff: noqa: RUF001
from __future__ import annotations

from pathlib import Path

from authoring import (
    C,
    Case,
    G,
    H,
    L,
    M,
    Out,
    R,
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


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> salesforce.Lead (01-08)
# --------------------------------------------------------------------------------------------

@case("h125-01-copy-and-partner-source", H, L, """\
Handover checklist – HubSpot Contacts → Salesforce Leads (new client, Kyma Travel)
All items are needed, also the ones that still have [ ], they are only not done yet.

[x] Email → Email, the same
[x] First Name → First Name
[x] Last Name → Last Name
[ ] Company Name → Company
[ ] Job Title → Title
    NB: for all the above, in case the HubSpot value is empty we send it empty also, no default \
and no cleaning, we copy it exactly as it is.
[x] Lead Source: always "Partner", for every lead, we want that they all show they came from us
""", extended(HS, hs(email="nikos.alexiou@kymatravel.gr", firstname="Nikos", lastname="Alexiou", company="  ",
                     jobtitle=""),
              hs(email="sofia.k@kymatravel.gr", firstname="Sofia", lastname="Kara", company="Kyma Travel",
                 jobtitle=" Sales ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Partner"}


@case("h125-02-defaults-and-trim", H, L, """\
HubSpot contacts → SF Lead – checklist for the go-live

✔ Email → Email (copy as it is)
✔ First Name → FirstName, trimmed (we remove the spaces before and after)
✔ Last Name → LastName, trimmed also
✔ Company Name → Company
   NB: in case it is empty, to be filled with "Unknown"
✔ Job Title → Title
   NB: in case it is empty, to be filled with "Not specified"
✔ City → City, the same
""", extended(HS, hs(email="eleni.m@blueolive.gr", firstname="  Eleni ", lastname=" Mavrou  ", company="   ",
                     jobtitle="", city="Athens"),
              hs(email="yannis@filoxenia.gr", firstname="Yannis", lastname="Georgiou\t", company="Filoxenia",
                 jobtitle="  ", city="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not specified"),
            "City": r["city"]}


@case("h125-03-phone-chain-title-case", H, L, """\
Checklist: HubSpot → Salesforce Lead
(the [ ] means only that the item is not tested yet, it is needed also)

[x] Email → Email, same value
[x] First Name → First Name, in title case (first letter capital and the rest small, for every word)
[x] Last Name → Last Name, title case the same
[x] City → City, title case also
[ ] Phone: we want that the Salesforce Phone takes the HubSpot Phone Number, in case it is empty the \
Mobile Phone Number, and in case this is empty also we don't send Phone at all (the field stays out \
of the record)
    NB: no formatting on the phone, it goes as it is.
""", extended(HS, hs(email="ELENI.P@akropolis-media.gr", firstname="ELENI", lastname="papadopoulou", city="new york",
                     phone="", mobilephone=""),
              hs(email="t.vlachos@delta.gr", firstname="thanos", lastname="Vlachos", city="SALONIKA",
                 phone="  ", mobilephone=" "),
              hs(email="m.p@kipos.gr", firstname="marina", lastname="PETROU", city="Chania", phone=" ",
                 mobilephone="+30 694 555 0133")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if ph is None else ph})


SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral"}


@case("h125-04-source-table-lower-email", H, L, """\
HubSpot Contacts → Salesforce Leads

✔ Email → Email, but all in lower case
✔ Last Name → LastName
✔ Company Name → Company
✔ Lead Source, from the HubSpot Original Source (hs_analytics_source):
   – ORGANIC_SEARCH → Web
   – PAID_SEARCH → Advertisement
   – PAID_SOCIAL → Advertisement
   – REFERRALS → External Referral
   – anything else, and also when the Original Source is empty → Other
""", extended(HS, hs(email="Anna.Z@Meltemi-Boats.GR", lastname="Zervou", company="Meltemi Boats",
                     hs_analytics_source="OFFLINE"),
              hs(email="KOSTAS@SYNTAGMA.GR", lastname="Kostopoulos", company="Syntagma",
                 hs_analytics_source="DIRECT_TRAFFIC"),
              hs(email="Dora@Lefka.gr", lastname="Lefka", company="Lefka Ori", hs_analytics_source="PAID_SOCIAL")))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": SRC04.get(r["hs_analytics_source"], "Other")}


@case("h125-05-two-exclusions-status", H, L, """\
Handover – HubSpot contacts to Salesforce Lead

✔ Field: Email
  Rule: copy to Email
✔ Field: First Name
  Rule: copy to FirstName
✔ Field: Last Name
  Rule: copy to LastName
✔ Field: Company Name
  Rule: copy to Company
✔ Field: Lead Status (Status in SF)
  Rule: always "Open - Not Contacted"

Who does NOT go to Salesforce:
[x] contacts that are unsubscribed from all email (hs_email_optout is "true"), we don't send them
[x] contacts with Lifecycle Stage = customer, they are not leads anymore, we don't send them also
NB: in case the opt-out is empty the contact goes normally, only "true" is excluded.
""", extended(HS, hs(email="ilias@naxos-villas.gr", lifecyclestage="customer", hs_email_optout="false"),
              hs(email="rena@kallisti.gr", firstname="Rena", lastname="Kallisti", company="", hs_email_optout="",
                 lifecyclestage="lead"),
              hs(email="alex@pelagos.gr", hs_email_optout="  ", lifecyclestage="opportunity")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h125-06-rating-bands-employees", H, L, """\
Checklist HubSpot → SF Leads (the scoring part)
All items are needed, also the [ ] one.

[x] Email → Email, Last Name → LastName, Company Name → Company, copy the same
[x] Rating, from the Annual Revenue:
    – more than 10,000,000 → Hot
    – less than 1,000,000 → Cold
    – between them → Warm
    NB: in case the Annual Revenue is empty, Rating = Cold also.
[ ] Number of Employees → Employees (NumberOfEmployees), as a whole number (integer). In case it is empty, \
leave it out.
""", extended(HS, hs(email="big@olympus-shipping.gr", company="Olympus Shipping", annualrevenue="15000000",
                     numemployees="75"),
              hs(email="small@koukos.gr", company="Koukos", annualrevenue="999999.5", numemployees=" "),
              hs(email="none@agora.gr", company="Agora", annualrevenue="  ", numemployees="3")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else "Hot" if v > 10_000_000 else "Warm"
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h125-07-mobile-e164-title", H, L, """\
HubSpot → Salesforce Lead, names and the mobile

✔ Email → Email
✔ First Name → FirstName, title case (Maria, not maria or MARIA)
✔ Last Name → LastName, title case the same
✔ Mobile Phone Number → Mobile Phone (MobilePhone)
   – in E.164 format: +, the country code, then the digits, no spaces, dots or brackets
   – the numbers are from the US, so +1 in front; if the number starts already with + we keep its own \
code, and if it has 11 digits starting with 1 the 1 is already the country code
   – in case the mobile is empty, we don't send MobilePhone at all
""", extended(HS, hs(email="sam.ortiz@bluewave.us", firstname="SAM", lastname="ortiz", mobilephone="1-646-555-0100"),
              hs(email="jo.lee@bluewave.us", firstname="jo", lastname="LEE", mobilephone="   "),
              hs(email="ana.ruiz@bluewave.us", firstname="ana", lastname="Ruiz", mobilephone="(305) 555 0177")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h125-08-us-only-upper-description", H, L, """\
Checklist – HubSpot contacts → SF Lead (US only)
NB: the [ ] items are not done yet, but they are needed also.

[x] We want that only the contacts with Country/Region exactly "United States" go. The others stay in HubSpot.
[x] Email → Email
[x] Last Name → LastName, all in capital letters (upper case)
[x] Company Name → Company
[ ] Description, to be filled with: Created in HubSpot on <Create Date as YYYY-MM-DD> (<City>)
    NB: example: Created in HubSpot on 2023-03-14 (San Francisco)
""", extended(HS, hs(email="r.mcallister@texhill.com", lastname="McAllister", company="Tex Hill", city="Austin",
                     createdate="2024-02-29T12:30:00.000Z"),
              hs(email="nick@kalimera.gr", country="Greece", city="Athens"),
              hs(email="tom@mapleleaf.ca", country="Canada", city="Toronto")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": f"Created in HubSpot on {day(r['createdate'])} ({r['city']})"}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> salesforce.Contact (09-14)
# --------------------------------------------------------------------------------------------

@case("h125-09-mailing-address", H, C, """\
HubSpot Contacts → Salesforce Contacts, the address part

✔ Email → Email
✔ First Name → First Name, Last Name → Last Name
✔ the address goes to the Mailing fields of the Contact:
   – Street Address → Mailing Street
   – City → Mailing City
   – State/Region → Mailing State/Province
   – Postal Code → Mailing Zip/Postal Code
   – Country/Region → Mailing Country
NB: all are copied the same, and in case a value is empty in HubSpot we send it empty also (no default).
""", extended(HS, hs(email="vasso@santorini-wines.gr", firstname="Vasso", lastname="Nomikou", address="Oia 12",
                     city="Santorini", state="", zip="  ", country="Greece"),
              hs(email="p.ng@harborview.com", address="", city="Seattle", state="WA", zip="98101")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h125-10-optout-and-donotcall", H, C, """\
HubSpot → Salesforce Contact: the two flags
(Every item is required, the [ ] is only not checked by me yet.)

[x] Email → Email
[x] Last Name → LastName
[x] Email Opt Out (HasOptedOutOfEmail): true when the HubSpot "Unsubscribed from all email" is "true", \
false when it is "false"
    NB: in case it is empty in HubSpot → false
[ ] Do Not Call: true in case the contact has no Phone Number (empty), false when there is a Phone Number
    NB: we look only at the Phone Number, not the mobile
""", extended(HS, hs(email="kiki@ermou.gr", lastname="Ermou", phone="   ", hs_email_optout=""),
              hs(email="lefteris@plaka.gr", lastname="Plakas", phone="210 555 0190", hs_email_optout="true"),
              hs(email="mina@psiri.gr", lastname="Psiri", phone="", hs_email_optout="false")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h125-11-firstname-from-email-title-chain", H, C, """\
HubSpot contacts → SF Contacts

✔ Email → Email, the same
✔ Last Name → LastName
✔ First Name → FirstName
   NB: in case First Name is empty, we want the part of the email before the @ (e.g. eleni.p from \
eleni.p@agency.gr)
✔ Title, finally it is like this:
   – first the Job Title
   – in case it is empty, the Industry
   – in case the Industry is empty also, "Team member"
""", extended(lower_emails(HS),
              hs(email="eleni.p@athensdigital.gr", firstname="", lastname="Papadaki", jobtitle="", industry="Marketing"),
              hs(email="n.katsaros@ionio.gr", firstname="  ", lastname="Katsaros", jobtitle="", industry=" "),
              hs(email="irini@kos-yachts.gr", firstname="Irini", lastname="Kou", jobtitle="  ", industry="Yachting")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": before_at(r["email"]) if blank(r["firstname"]) else r["firstname"],
            "Title": first_filled(r["jobtitle"], r["industry"]) or "Team member"}


STAGE12 = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
           "salesqualifiedlead": "SQL", "opportunity": "Opportunity", "customer": "Customer"}


@case("h125-12-stage-table-state-upper", H, C, """\
Checklist HubSpot → Salesforce Contact
NB: [ ] = still open on our side, but it is needed.

[x] Email → Email
[x] Last Name → LastName
[x] Mailing State/Province: from State/Region, in capital letters (upper case). In case State/Region is \
empty, leave the Mailing State out, don't send it.
[ ] Contact Description, from the Lifecycle Stage:
    – subscriber → Newsletter subscriber
    – lead → Lead
    – marketingqualifiedlead → MQL
    – salesqualifiedlead → SQL
    – opportunity → Opportunity
    – customer → Customer
""", extended(HS, hs(email="ben@brooklynbagels.com", state="ny", lifecyclestage="opportunity"),
              hs(email="zoe@corfu-olive.gr", state="  ", lifecyclestage="lead"),
              hs(email="kim@fresno-farms.com", state="Ca", lifecyclestage="customer")))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "MailingState": omit_if_blank(r["state"], str.upper),
                 "Description": STAGE12[r["lifecyclestage"]]})


@case("h125-13-only-mailable-phone-fallback", H, C, """\
HubSpot → Salesforce Contact (only the ones that can receive email)

✔ We want that only the contacts with "Unsubscribed from all email" = "false" go to Salesforce. In case it \
is "true" or it is empty, the contact does not go.
✔ Email → Email, in lower case
✔ Last Name → LastName
✔ Phone (Business Phone): the Phone Number, and in case it is empty the Mobile Phone Number
✔ Lead Source: always "Web"
""", extended(HS, hs(email="Kostas.D@Zagori.GR", lastname="Dimou", hs_email_optout="false", phone="",
                     mobilephone="210 555 0101"),
              hs(email="fotini@metsovo.gr", hs_email_optout=" "),
              hs(email="Ari@Pindos.GR", lastname="Pindos", hs_email_optout="false", phone=" ",
                 mobilephone="(917) 555-0110")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


SRC14 = {"ORGANIC_SEARCH": "Web", "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email",
         "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement"}


@case("h125-14-trim-title-source-table", H, C, """\
HubSpot Contacts → SF Contacts
NB: also the [ ] item is needed, all of them.

[x] Email → Email
[x] First Name → FirstName, title case (every word with the first letter capital and the rest small)
[x] Last Name → LastName, title case also
[x] Job Title → Title, trimmed (no spaces at the start or at the end)
[ ] Lead Source, from the Original Source:
    – ORGANIC_SEARCH → Web
    – REFERRALS → External Referral
    – EMAIL_MARKETING → Email
    – PAID_SEARCH or PAID_SOCIAL → Advertisement
    – all the other values, and when the Original Source is empty → Other
""", extended(HS, hs(email="giorgos@nikolaou.gr", firstname="GIORGOS", lastname="nikolaou",
                     jobtitle="  Head of Growth  ", hs_analytics_source="EMAIL_MARKETING"),
              hs(email="xenia@aegina.gr", firstname="xenia", lastname="Aeginiti", jobtitle=" ",
                 hs_analytics_source="OFFLINE"),
              hs(email="stella@hydra.gr", firstname="Stella", lastname="HYDRAIOU", jobtitle="Founder ",
                 hs_analytics_source="  ")))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": SRC14.get(r["hs_analytics_source"], "Other")}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> mailchimp.members (15-20)
# --------------------------------------------------------------------------------------------

@case("h125-15-copies-status-language-default", H, M, """\
HubSpot → Mailchimp audience, checklist

✔ Email → Email Address
✔ First Name → First Name (FNAME)
✔ Last Name → Last Name (LNAME)
✔ Subscription status: always "subscribed"
✔ Language: from the HubSpot Preferred language (hs_language)
   NB: many contacts don't have this property at all, and in case it is missing or empty → "en"
""", extended(HS, hs(email="dimitra@kalamata.gr", firstname="Dimitra", lastname="Kala", hs_language="el"),
              hs(email="hans@bergwerk.de", firstname="Hans", lastname="Berg", hs_language="  "),
              hs(email="lotte@bergwerk.de", firstname="Lotte", lastname="", hs_language="de")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h125-16-three-way-status-tag", H, M, """\
HubSpot contacts → Mailchimp members

[x] Email → Email Address
[x] First Name → FNAME
[x] Status, from "Unsubscribed from all email":
    – "true" → unsubscribed
    – "false" → subscribed
    – empty → pending (they get the double opt-in email)
[x] Tags: one tag "HubSpot" on every member
""", extended(HS, hs(email="petra@rhodes.gr", firstname="Petra", hs_email_optout="  "),
              hs(email="eleni@agency.gr", firstname="Eleni", hs_email_optout="false")))
def o16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else "unsubscribed" if o == "true" else "subscribed"
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": status,
            "tags": ["HubSpot"]}


@case("h125-17-conditional-tags", H, M, """\
HubSpot → Mailchimp, the tags

✔ Email → Email Address
✔ First Name → First Name (FNAME)
✔ Tags, in this order:
   – "Big Account" when the Annual Revenue is more than 5,000,000 (in case the revenue is empty, no tag)
   – "Customer" when the Lifecycle Stage is customer
   NB: a member can have both, or none; in case none applies we send tags as an empty list [].
""", extended(HS, hs(email="alexis@chios-mastic.gr", firstname="Alexis", annualrevenue="7500000",
                     lifecyclestage="customer"),
              hs(email="myrto@paros.gr", firstname="Myrto", annualrevenue=" ", lifecyclestage="customer"),
              hs(email="nefeli@milos.gr", firstname="Nefeli", annualrevenue="", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5_000_000):
        tags.append("Big Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h125-18-first-word-mobile-fallback", H, M, """\
HubSpot → Mailchimp: first name and the phone
NB: [ ] is not done yet, it is needed also.

[x] Email → Email Address
[x] Last Name → LNAME, the same
[x] FNAME: only the first word of the First Name (for "Anna Maria" we want "Anna")
[ ] PHONE: the Mobile Phone Number; in case the mobile is empty, the Phone Number.
    NB: in E.164 (a + and the digits only). They are US numbers so +1 in front, but if the number has \
already a + we keep its own country code, and if it is 11 digits starting with 1 the 1 is the country code \
already. Every contact has at least one of the two.
""", extended(HS, hs(email="anna.maria@ithaca.gr", firstname="Anna Maria", lastname="Ithakisia", mobilephone="",
                     phone="212 555 0100"),
              hs(email="nikos.petros@lesvos.gr", firstname=" Nikos  Petros", lastname="Lesviou",
                 mobilephone="+30 694 555 0101"),
              hs(email="joe@ohio.com", firstname="Joe", lastname="Shaw", mobilephone="  ", phone="1 614 555 0111")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"LNAME": r["lastname"], "FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h125-19-no-company-out-vip", H, M, """\
Checklist: HubSpot Contacts → Mailchimp

[x] We don't want contacts without Company Name: in case the Company Name is empty, the contact is not sent.
[x] Email → Email Address
[x] First Name → FNAME
[x] Status: always "pending"
[x] VIP: true when Lifecycle Stage = customer, for all the others false
""", extended(HS, hs(email="spyros@volos.gr", firstname="Spyros", company="  "),
              hs(email="olga@olympos.gr", firstname="Olga", company="Olympos SA", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "pending",
            "vip": r["lifecyclestage"] == "customer"}


@case("h125-20-title-domain-tag-vip", H, M, """\
HubSpot → Mailchimp audience

✔ Email → Email Address (as it is)
✔ First Name → FNAME, title case
✔ Last Name → LNAME, title case also
✔ Tags: one tag with the Company Name, and in case the Company Name is empty the tag is the part of the \
email after the @ (the domain, e.g. agency.gr)
✔ VIP: true when the Annual Revenue is more than 1,000,000, otherwise false. In case the Annual Revenue is \
empty → false
""", extended(lower_emails(HS),
              hs(email="kostas.ioannou@aegeanfoods.gr", firstname="kostas", lastname="IOANNOU", company=" ",
                 annualrevenue="1750000"),
              hs(email="dora.lazarou@thinkpink.gr", firstname="DORA", lastname="lazarou", company="Think Pink",
                 annualrevenue=" ")))
def o20(r: R) -> Out:
    tag = after_at(r["email"]) if blank(r["company"]) else r["company"]
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [tag], "vip": gt(r["annualrevenue"], 1_000_000)}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> segment.identify (21-24)
# --------------------------------------------------------------------------------------------

@case("h125-21-userid-lower-full-name", H, S, """\
HubSpot Contacts → Segment identify

[x] userId: the Email, in lower case
[x] traits.email: the Email as it is
[x] traits.firstName ← First Name, traits.lastName ← Last Name, the same
[x] traits.name: First Name + one space + Last Name (e.g. "Priya Raman")
""", extended(HS, hs(email="Eleni.P@AthensDigital.GR", firstname="Eleni", lastname="Papadopoulou"),
              hs(email="MARKOS@CRETE.GR", firstname="Markos", lastname="Kritikos")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h125-22-company-object", H, S, """\
HubSpot → Segment (identify), the company object

✔ userId = Email (the same)
✔ traits.company.name ← Company Name
   NB: in case it is empty, to be filled with "Independent"
✔ traits.company.industry ← Industry; in case it is empty, leave it out
✔ traits.company.employee_count ← Number of Employees, as an integer; in case it is empty, leave it out also
""", extended(HS, hs(email="freelance@solo.gr", company="  ", industry="", numemployees="7"),
              hs(email="team@lyra.gr", company="Lyra Studio", industry="Music", numemployees=" ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h125-23-address-object-phone", H, S, """\
HubSpot → Segment identify: the address and the phone
(all items needed, the [ ] also)

[x] userId = Email
[x] traits.address (nested object):
    – street ← Street Address
    – city ← City
    – state ← State/Region, in case it is empty leave state out
    – postalCode ← Postal Code
    – country ← Country/Region
[ ] traits.phone: the Phone Number in E.164 (US, +1), in case the Phone Number is empty → the Mobile Phone \
Number (also E.164, +1), and in case both are empty → no traits.phone at all.
    NB: numbers that start with + keep their own country code.
""", extended(HS, hs(email="nophone@chalki.gr", phone="", mobilephone="", state=""),
              hs(email="mobileonly@denver.com", phone=" ", mobilephone="646 555 0111", state="CO", city="Denver")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h125-24-trim-lower-flag-revenue", H, S, """\
HubSpot → Segment

✔ userId: the Email, trimmed and in lower case
✔ traits.title ← Job Title, the same
✔ traits.unsubscribed: true when "Unsubscribed from all email" is "true"; false when it is "false", and false \
also in case it is empty
✔ traits.annualRevenue ← Annual Revenue, as a number; in case it is empty, leave it out
""", extended(HS, hs(email="  Nikos@Piraeus-Port.GR ", hs_email_optout="", annualrevenue="350000.5"),
              hs(email="Lina@Syros.gr\t", jobtitle="", hs_email_optout="true", annualrevenue="  ")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> ga4.events (25-27)
# --------------------------------------------------------------------------------------------

@case("h125-25-ga4-contact-event", H, G, """\
HubSpot → GA4 (Measurement Protocol)

[x] client_id ← Email, as it is
[x] event name: always "crm_contact"
[x] params.source: always "hubspot"
[x] params.traffic_source ← Original Source, in lower case (ORGANIC_SEARCH → organic_search). NB: in case the \
Original Source is empty, we send "unknown".
[x] params.created_date ← Create Date, only the date, YYYY-MM-DD
""", extended(HS, hs(email="anon@kefalonia.gr", hs_analytics_source="  "),
              hs(email="ai@tinos.gr", hs_analytics_source="AI_REFERRALS", createdate="2024-06-30T13:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact",
                        "params": {"source": "hubspot", "traffic_source": "unknown" if blank(src) else src.lower(),
                                   "created_date": day(r["createdate"])}}]}


@case("h125-26-ga4-big-accounts", H, G, """\
HubSpot → GA4 events, only the big accounts

✔ We want that only the contacts with Annual Revenue more than 1,000,000 are sent. In case the Annual Revenue \
is empty, not sent.
✔ client_id: the part of the Email before the @
✔ event name: "qualified_account"
✔ params.value ← Annual Revenue, as a number
✔ params.currency: always "EUR"
""", extended(lower_emails(HS), hs(email="olga.m@kritifarm.gr", annualrevenue="  "),
              hs(email="stavros@delta-ships.gr", annualrevenue="1200000"),
              hs(email="mikro@kafeneio.gr", annualrevenue="450000")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_account",
                        "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h125-27-ga4-event-by-stage", H, G, """\
HubSpot → GA4

[x] client_id ← Email
[x] event name:
    – "customer_update" when the Lifecycle Stage = customer
    – "lead_update" for all the other stages
[x] params.city ← City, the same
[x] params.industry ← Industry; in case it is empty, "unknown"
""", extended(HS, hs(email="buyer@lemnos.gr", lifecyclestage="customer", industry=" ", city="Myrina"),
              hs(email="evan@samos.gr", lifecyclestage="evangelist", industry="", city="")))
def o27(r: R) -> Out:
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"city": r["city"], "industry": dflt(r["industry"], "unknown")}}]}


# --------------------------------------------------------------------------------------------
# salesforce.Lead -> hubspot.contacts (28-32)
# --------------------------------------------------------------------------------------------

@case("h125-28-lead-copies", L, H, """\
Salesforce Leads → HubSpot Contacts, handover checklist

✔ Email → Email
✔ First Name → First Name
✔ Last Name → Last Name
✔ Company → Company Name
✔ Title → Job Title
✔ Phone → Phone Number
✔ City → City
✔ Country → Country/Region
NB: everything is copied as it is, no cleaning, and in case a Salesforce field is empty the HubSpot field is \
sent empty also.
""", extended(SFL, sfl(Email="marios@lamia.gr", Title="  ", City="", Company="Lamia Tech"),
              sfl(Email="toula@arta.gr", Phone="", Country="Greece", FirstName="Toula")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
            "Closed - Not Converted": "UNQUALIFIED"}


@case("h125-29-status-table-optout-text", L, H, """\
SF Lead → HubSpot contact

[x] Email → Email
[x] Lead Status (Status) → the HubSpot Lead Status (hs_lead_status):
    – Open - Not Contacted → NEW
    – Working - Contacted → IN_PROGRESS
    – Closed - Converted → OPEN_DEAL
    – Closed - Not Converted → UNQUALIFIED
[x] Email Opt Out → "Unsubscribed from all email" (hs_email_optout), as the text "true" or "false"
""", extended(SFL, sfl(Email="argyro@kozani.gr", Status="Closed - Not Converted", HasOptedOutOfEmail=True),
              sfl(Email="babis@drama.gr", Status="Working - Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h125-30-rating-table-revenue", L, H, """\
Salesforce Lead → HubSpot

✔ Email → Email, in lower case
✔ Rating → Lifecycle Stage:
   – Hot → salesqualifiedlead
   – Warm → marketingqualifiedlead
   – Cold → lead
✔ Annual Revenue → Annual Revenue, as a number; in case it is empty we don't send it
""", extended(SFL, sfl(Email="Maria.K@Thessaloniki-Trade.GR", Rating="Cold", AnnualRevenue="750000.25"),
              sfl(Email="Fanis@Kavala.gr", Rating="Warm", AnnualRevenue=" ")))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h125-31-uk-only-phone-postcode", L, H, """\
SF Leads → HubSpot (the UK leads only)

[x] We want only the leads with Country = "United Kingdom", the other countries don't go.
[x] Email → Email, Last Name → Last Name (the same)
[x] Phone → Phone Number, in E.164: they are UK numbers, so +44 and without the first 0 \
(020 7946 0321 → +442079460321). If a number starts with + already, we keep it with its own code, only \
the digits.
[x] Zip/Postal Code → Postal Code, in capital letters
[x] Title → Job Title; in case it is empty, to be filled with "Unknown"
""", extended(SFL, sfl(Email="olivia@mancunian.co.uk", LastName="Hart", Country="United Kingdom",
                       Phone="0161 496 0000", PostalCode="m1 1ae", Title=""),
              sfl(Email="james@barbican.co.uk", LastName="Reed", Country="United Kingdom", Phone="+44 20 7946 0999",
                  PostalCode="ec1a 1bb", Title="Buyer"),
              sfl(Email="sean@dublin.ie", Country="Ireland", Phone="01 555 0100")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "lastname": r["LastName"], "phone": e164(r["Phone"], "44"),
            "zip": r["PostalCode"].upper(), "jobtitle": dflt(r["Title"], "Unknown")}


@case("h125-32-exclude-lost-street-city", L, H, """\
Salesforce Lead → HubSpot Contact
NB: the [ ] item is needed also, I just didn't test it yet.

[x] Leads with Lead Status "Closed - Not Converted" are NOT sent.
[x] Email → Email
[x] Title → Job Title; in case it is empty, "Unknown"
[ ] Street Address in HubSpot = Street + ", " + City (e.g. "200 Lake St, Chicago")
    NB: in case the Street is empty, only the City, without the comma.
""", extended(SFL, sfl(Email="giota@patras.gr", Street="", City="Patras"),
              sfl(Email="lost@nowhere.gr", Status="Closed - Not Converted"),
              sfl(Email="vicky@volos.gr", Street="  ", City="Volos", Title=" ")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# --------------------------------------------------------------------------------------------
# salesforce.Contact -> mailchimp.members (33-36)
# --------------------------------------------------------------------------------------------

@case("h125-33-status-from-optout-tags", C, M, """\
Salesforce Contacts → Mailchimp

✔ Email → Email Address, lower case
✔ Status: Email Opt Out true → unsubscribed, false → subscribed
✔ Tags, in this order:
   – "Salesforce" always, on every member
   – and also "Trade Show" when the Lead Source is Trade Show
""", extended(SFC, sfc(Email="ANNA.V@OLYMPIA.GR", LeadSource="Trade Show", HasOptedOutOfEmail=True),
              sfc(Email="Theo@Edessa.gr", LeadSource="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


LANG34 = {"Germany": "de", "Austria": "de", "United States": "en", "Greece": "el"}


@case("h125-34-no-phone-out-e164-language", C, M, """\
SF Contacts → Mailchimp audience

[x] Contacts without Business Phone (Phone is empty) are not sent at all.
[x] Email → Email Address
[x] Phone → PHONE, E.164 for US: +1 and the digits (e.g. (503) 555-0148 → +15035550148). If it is already with \
+, keep its own code; if it is 11 digits starting with 1, the 1 is already the country code.
[x] Language, from the Mailing Country:
    – Germany → de
    – Austria → de
    – United States → en
    – Greece → el
""", extended(SFC, sfc(Email="nophone@ioannina.gr", Phone="", MailingCountry="Greece"),
              sfc(Email="blank@berlin.de", Phone="  ", MailingCountry="Germany"),
              sfc(Email="chris@kifisia.gr", Phone="1 (971) 555-0102", MailingCountry="Greece")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": LANG34[r["MailingCountry"]]}


@case("h125-35-friend-default-sales-vip", C, M, """\
Salesforce Contact → Mailchimp

✔ Email → Email Address
✔ First Name → FNAME; in case it is empty, to be filled with "Friend"
✔ Last Name → LNAME, the same
✔ VIP: true when the Department is "Sales", false for every other department, and false also in case the \
Department is empty
✔ Language: always "en"
""", extended(SFC, sfc(Email="sales@larisa.gr", FirstName="", LastName="Larisaiou", Department="Sales"),
              sfc(Email="nodept@trikala.gr", FirstName="  ", LastName="Trikaliotis", Department=" ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "language": "en"}


@case("h125-36-only-permitted-no-tags", C, M, """\
SF Contacts → Mailchimp, only the ones with permission

[x] Only the contacts with Email Opt Out = false. The ones with true stay out.
[x] Email → Email Address, First Name → FNAME, Last Name → LNAME, copy the same (also when empty)
[x] Status: "subscribed"
[x] Email type: "html"
[x] Tags: no tags, we send the tags as an empty list []
""", extended(SFC, sfc(Email="out@serres.gr", HasOptedOutOfEmail=True),
              sfc(Email="dimitra@veria.gr", FirstName="Dimitra", LastName="", HasOptedOutOfEmail=False)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# --------------------------------------------------------------------------------------------
# salesforce.Contact -> segment.identify (37-39)
# --------------------------------------------------------------------------------------------

@case("h125-37-lower-userid-omit-empty", C, S, """\
Salesforce Contacts → Segment identify

[x] userId: the Email in lower case
[x] traits.firstName ← First Name, traits.lastName ← Last Name, as they are
[x] traits.title ← Title; in case it is empty, leave it out
[x] traits.birthday ← Birthdate (as it is); in case it is empty, leave it out also
""", extended(SFC, sfc(Email="Giannis@Kavala.GR", FirstName="Giannis", Title="   ", Birthdate="1979-08-15"),
              sfc(Email="Rania@Naousa.gr", FirstName="Rania", Title="Owner", Birthdate=" ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h125-38-address-trim-country-default", C, S, """\
SF Contact → Segment

✔ userId ← Email, the same
✔ traits.firstName ← First Name
✔ traits.address.city ← Mailing City, trimmed (without the spaces before and after)
✔ traits.address.country ← Mailing Country; in case it is empty, to be filled with "Unknown"
""", extended(SFC, sfc(Email="kriti@heraklion.gr", MailingCity="  Heraklion ", MailingCountry=""),
              sfc(Email="thessaly@larissa.gr", MailingCity="Larissa", MailingCountry="  ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"firstName": r["FirstName"],
                       "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


CHANNEL39 = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}


@case("h125-39-phone-name-channel", C, S, """\
Salesforce Contacts → Segment
NB: all items are needed, the [ ] too.

[x] userId ← Email
[x] traits.name: First Name + " " + Last Name
[x] traits.phone ← Business Phone, E.164 with +1 (US numbers); the ones that have + already keep their own code
[ ] traits.channel, from the Lead Source:
    – Web → online
    – Trade Show → event
    – Partner Referral → partner
    – anything else, and also when it is empty → other
""", extended(SFC, sfc(Email="sofia@karra.gr", FirstName="Sofia", LastName="Karra", Phone="(971) 555-0166",
                       LeadSource="Partner Referral"),
              sfc(Email="ads@vouliagmeni.gr", FirstName="Petros", LastName="Vouli", Phone="212.555.0190",
                  LeadSource="Advertisement")))
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                       "channel": CHANNEL39.get(r["LeadSource"], "other")}}


# --------------------------------------------------------------------------------------------
# mailchimp.members -> hubspot.contacts (40-42)
# --------------------------------------------------------------------------------------------

@case("h125-40-title-names-optout-text", M, H, """\
Mailchimp members → HubSpot contacts

[x] Email Address → Email
[x] FNAME → First Name, title case
[x] LNAME → Last Name, title case; in case it is empty, leave Last Name out
[x] Language → Preferred language (hs_language); in case it is empty, "en"
[x] finally "Unsubscribed from all email": the text "true" when the Mailchimp status is unsubscribed, and \
"false" for all the other statuses
""", extended(MC, mc({"FNAME": "eleni", "LNAME": "papadopoulou"}, email_address="eleni@agency.gr", language="",
                     status="subscribed"),
              mc({"FNAME": "STAVROULA", "LNAME": "  "}, email_address="stavroula@zakynthos.gr", language=" ",
                 status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h125-41-no-cleaned-phone-vip-stage", M, H, """\
Mailchimp → HubSpot, checklist

✔ Cleaned members (status cleaned) are not sent.
✔ Email Address → Email
✔ FNAME → First Name, the same
✔ PHONE → Phone Number, in E.164 (+1 for US numbers, and the ones with + already keep their own code); in case \
the PHONE is empty, leave the Phone Number out
✔ Lifecycle Stage: customer when the member is VIP, lead when not
""", extended(MC, mc({"PHONE": " ", "FNAME": "Ioanna"}, email_address="ioanna@paxoi.gr", vip=True, status="pending"),
              mc({"FNAME": "Gone"}, email_address="gone@bounce.gr", status="cleaned"),
              mc({"PHONE": "212-555-0142", "FNAME": "Dean"}, email_address="dean@queens.com", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h125-42-first-word-domain-tag-stage", M, H, """\
Mailchimp → HubSpot

[x] Email Address → Email
[x] FNAME → First Name, only the first word (Maria Elena → Maria)
[x] LNAME → Last Name; in case it is empty, the part of the email after the @ (so the sales team sees at \
least the domain)
[x] Lifecycle Stage: customer when the member has the tag "Customer", subscriber when not
""", extended(MC, mc({"FNAME": "Maria Elena", "LNAME": ""}, email_address="maria@kalamata-oil.gr",
                     tags=["Webinar", "Customer"]),
              mc({"FNAME": "Petros", "LNAME": "  "}, email_address="petros@meteora-tours.gr", tags=["VIP"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": after_at(r["email_address"]) if blank(mf["LNAME"]) else mf["LNAME"],
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set125")
