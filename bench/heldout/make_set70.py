"""Held-out set 70 for the offline mapping drafter.

Persona: a growth marketer in Lagos, Nigeria, briefing a new contractor over WhatsApp. She writes
in warm, direct Nigerian English: several short messages in a row, sentences that run on with
commas, "kindly", "pls", "do the needful", "make sure say", an occasional "abeg" or "na" (= is),
sometimes a missing article, numbers sometimes written in words ("five million"). She uses
everyday words ("surname", "mobile", "job title", "unsubscribe flag") and the exact API names
when she has them open in front of her (hs_email_optout, LeadSource, traits.company.name).

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h70-01 .. h70-08)
  hubspot.contacts -> salesforce.Contact   6  (h70-09 .. h70-14)
  hubspot.contacts -> mailchimp.members    6  (h70-15 .. h70-20)
  hubspot.contacts -> segment.identify     4  (h70-21 .. h70-24)
  hubspot.contacts -> ga4.events           3  (h70-25 .. h70-27)
  salesforce.Lead  -> hubspot.contacts     5  (h70-28 .. h70-32)
  salesforce.Contact -> mailchimp.members  4  (h70-33 .. h70-36)
  salesforce.Contact -> segment.identify   3  (h70-37 .. h70-39)
  mailchimp.members -> hubspot.contacts    3  (h70-40 .. h70-42)

Rule kinds per case:
  01 copies (with empty values), constant     22 nested company traits, default, omit, whole number
  02 defaults when empty, copy (untrimmed)     23 nested address, omit-when-empty, E.164 US fallback
  03 fallback chain + omit, title case         24 trim+lower userId, boolean (blank), number/omit, date
  04 lower, value table w/ otherwise (blank)   25 GA4: lower client_id, constant name/param, copies
  05 exclude filter (two stages), constant     26 GA4: > filter (blank skipped), number, before @, consts
  06 > condition 3-way (blank stated), integer 27 GA4: conditional event name, lower + default, copy
  07 E.164 US (+ keeps code), omit, upper      28 copies (with empty values), Title -> jobtitle
  08 only filter, upper, concat with date      29 value table (no otherwise), "true"/"false" text
  09 copies into Mailing* (with empty values)  30 lower, table (no otherwise), number/omit
  10 boolean flags (blank + both-empty rule)   31 only filter, E.164 UK, upper, default
  11 fallback chain to part before @, 1st word 32 exclude filter, default, concatenation
  12 table (no otherwise), upper + omit        33 lower, boolean -> status, constant + conditional tag
  13 only filter (blank kept), lower, fallback 34 exclude filter (blank), E.164 US, table (no otherwise)
     chain with default, constant              35 default, copy, equality -> vip (blank), constant
  14 trim then title case, table w/ otherwise  36 only filter (two values), constant, [] tags, copies
  15 copies, constant status, constant tag     37 lower userId, copies, omit-when-empty, copy empty
  16 3-way status (blank stated), tag, copy    38 nested address, trim, default
  17 conditional tags (> and equality), []     39 E.164 US, concatenation, table w/ otherwise
  18 first word, E.164 w/ fallback + omit      40 title case, title+omit, default, "true"/"false"
  19 exclude filter (blank kept), const, vip   41 exclude filter, E.164 US + omit, vip condition, copy
  20 part after @ as tag, title case, cond.    42 first word, fallback to part after @, tag condition
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
    Out,
    S,
    build,
    collector,
    dflt,
    extended,
    hs,
    lower_emails,
    rev,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def mc(**kw: Any) -> R:
    return {**MC[0], **kw}


def lines(*parts: str) -> str:
    """One WhatsApp thread: several short messages, one a line."""
    return "\n".join(parts)


# Lagos-flavoured records beside the shared pools
TUNDE = hs(email="tunde.bakare@kudipay.ng", firstname="Tunde", lastname="Bakare", company="KudiPay",
           phone="+234 803 555 0101", mobilephone="", jobtitle="Growth Lead", hs_analytics_source="SOCIAL_MEDIA",
           lifecyclestage="lead", country="Nigeria", city="Lagos", state="Lagos", zip="101233",
           address="14 Admiralty Way", annualrevenue="950000", numemployees="35", industry="Fintech",
           website="https://kudipay.ng", createdate="2024-02-11T13:20:00.000Z", hs_email_optout="false")
NGOZI = hs(email="ngozi.eze@adaezefoods.com", firstname="Ngozi Adaeze", lastname="", company="",
           phone="", mobilephone="+234 809 555 0177", jobtitle="", hs_analytics_source="DIRECT_TRAFFIC",
           lifecyclestage="subscriber", country="Nigeria", city="  abuja ", state="FCT", zip="900211",
           address="", annualrevenue="", numemployees="", industry="", website="",
           createdate="2024-03-04T12:10:00.000Z", hs_email_optout="")
FEMI = hs(email="femi.adeyemi@ojaexpress.ng", firstname="FEMI", lastname="adeyemi", company="Oja Express",
          phone="", mobilephone="  ", jobtitle="Founder", hs_analytics_source="PAID_SOCIAL",
          lifecyclestage="marketingqualifiedlead", country="Nigeria", city="Ibadan", state="Oyo", zip="200001",
          address="3 Ring Road", annualrevenue="7500000", numemployees="60", industry="Retail",
          website="ojaexpress.ng", createdate="2023-09-18T14:00:00.000Z", hs_email_optout="false")
BISI = hs(email="bisi.coker@ankarahouse.com", firstname="Bisi", lastname="Coker", company="Ankara House",
          phone="(404) 555-0166", mobilephone="", jobtitle="Creative Director", hs_analytics_source="OFFLINE",
          lifecyclestage="customer", country="Nigeria", city="Lagos", state="Lagos", zip="105102",
          address="22 Awolowo Rd", annualrevenue="300000", numemployees="9", industry="Fashion",
          website="https://ankarahouse.com", createdate="2023-05-22T16:45:00.000Z", hs_email_optout="false")
YEMI = hs(email="yemi.alade@naijabytes.com", firstname="Yemi Tolu", lastname="", company="Naija Bytes",
          phone="", mobilephone="", jobtitle="", hs_analytics_source="", lifecyclestage="lead",
          country="Ghana", city="Accra", state="", zip="", address="", annualrevenue="", numemployees="",
          industry="", website="", createdate="2024-04-01T10:00:00.000Z", hs_email_optout="")

NG_HS = [TUNDE, NGOZI]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h70-01", H, L, lines(
    "Good morning, you're welcome on board!!",
    "First job na HubSpot contacts to Salesforce Lead, kindly match them on Email.",
    "Bring first name, surname, company and job title across exactly as they are, no cleaning at all, "
    "if the HubSpot one is empty then it's empty in Salesforce too",
    "LeadSource should be 'Web' for everybody",
    "Thank you, do the needful"), extended(HS, *NG_HS))
def h01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h70-02", H, L, lines(
    "Same HubSpot contacts to Salesforce Lead, Email is the match key.",
    "Salesforce go complain if Company or LastName is empty, so pls when company is empty put 'Not Provided' "
    "and when surname is empty put 'Unknown'",
    "Title from the job title, if job title is empty use 'Staff'",
    "City just copy it the way it is, don't touch am"), extended(HS, *NG_HS, YEMI))
def h02(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Not Provided"), "LastName": dflt(r["lastname"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Staff"), "City": r["city"]}


@case("h70-03", H, L, lines(
    "For this Lead sync pls match on Email",
    "Phone: use the contact's phone, if no phone use their mobile, if the two are both empty then don't send "
    "Phone at all",
    "FirstName and LastName must be in title case (first letter capital, the rest small letters), some people "
    "typed their names anyhow"), extended(HS, TUNDE, FEMI))
def h03(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": phone, "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


SRC_LEAD = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
            "REFERRALS": "External Referral", "SOCIAL_MEDIA": "Word of mouth"}


@case("h70-04", H, L, lines(
    "Hello dear, Email is the key but make sure say it is in lower case, some of them get capital letters inside.",
    "LeadSource comes from the original source:",
    "ORGANIC_SEARCH → Web",
    "PAID_SEARCH and PAID_SOCIAL → Advertisement",
    "REFERRALS → External Referral",
    "SOCIAL_MEDIA → Word of mouth",
    "anything else, even when original source is empty → Other"), extended(HS, *NG_HS, YEMI))
def h04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LeadSource": SRC_LEAD.get(r["hs_analytics_source"], "Other")}


@case("h70-05", H, L, lines(
    "Abeg skip anybody whose lifecycle stage is customer or subscriber, we don't want them as leads.",
    "For the rest, Email (that's the match key), first name, surname and company, straight copy",
    "Status should be 'Open - Not Contacted' for all of them"), extended(HS, *NG_HS, BISI, FEMI))
def h05(r: R) -> Out:
    if r["lifecyclestage"] in ("customer", "subscriber"):
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h70-06", H, L, lines(
    "Match on Email.",
    "Rating depends on annual revenue, if revenue is above five million (5,000,000) it's Hot, five million or "
    "below is Warm, and if revenue is empty make it Cold",
    "NumberOfEmployees = number of employees as a whole number, leave it off the lead when it's empty"),
    extended(HS, *NG_HS, FEMI))
def h06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else "Warm")
    emp = OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": emp})


@case("h70-07", H, L, lines(
    "Phone numbers must be in E.164 pls, like +14155550142.",
    "Treat them as US numbers, except the ones that already start with + , those ones keep their own country code",
    "Phone comes from phone and MobilePhone comes from mobile, where the HubSpot number is empty just leave "
    "that field out",
    "Country in capital letters. Match key is Email as usual"), extended(HS, *NG_HS))
def h07(r: R) -> Out:
    return keep({"Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Country": r["country"].upper(), "Email": r["email"]})


@case("h70-08", H, L, lines(
    "This one is only for our Nigeria people, i.e. country is Nigeria, ignore every other country.",
    "Email is match key, company copy as it is",
    "State in upper case (Lagos → LAGOS)",
    "Description should read 'HubSpot signup' then space then the create date as YYYY-MM-DD, "
    "e.g. 'HubSpot signup 2024-02-11'"), extended(HS, TUNDE, NGOZI, FEMI))
def h08(r: R) -> Out:
    if r["country"] != "Nigeria":
        return None
    return {"Email": r["email"], "Company": r["company"], "State": r["state"].upper(),
            "Description": "HubSpot signup " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h70-09", H, C, lines(
    "Now Salesforce Contact, not Lead o. Match on Email.",
    "Address goes to the Mailing fields: street address → MailingStreet, city → MailingCity, state → MailingState, "
    "zip → MailingPostalCode, country → MailingCountry",
    "Copy them straight, even when empty",
    "Also FirstName and LastName from first name and surname"), extended(HS, *NG_HS))
def h09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "FirstName": r["firstname"],
            "LastName": r["lastname"]}


@case("h70-10", H, C, lines(
    "Contact sync, Email is the key.",
    "HasOptedOutOfEmail should be true if hs_email_optout is \"true\", and false when it is \"false\" or empty",
    "DoNotCall is true only when the contact has no phone and no mobile (both of them empty), otherwise false",
    "Copy job title into Title as well"), extended(HS, NGOZI, FEMI, YEMI))
def h10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]), "Title": r["jobtitle"]}


KEMI = hs(email="kemi.olatunji@jollofhub.ng", firstname="Kemi", lastname="", company="Jollof Hub",
          lifecyclestage="lead", country="Nigeria", city="Lagos")


@case("h70-11", H, C, lines(
    "Pls match on Email.",
    "LastName: use the surname, if it's empty use the company, and if company is also empty use the part of the "
    "email before the @",
    "FirstName: just the first word of the first name, some people put two names there"),
    lower_emails(extended(HS, NGOZI, KEMI, YEMI)))
def h11(r: R) -> Out:
    last = r["lastname"] if not blank(r["lastname"]) else (r["company"] if not blank(r["company"]) else before_at(r["email"]))
    return {"Email": r["email"], "LastName": last, "FirstName": first_word(r["firstname"])}


DEPT = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Sales",
        "salesqualifiedlead": "Sales", "customer": "Customer Success"}


@case("h70-12", H, C, lines(
    "Email is the match key.",
    "Department follows the lifecycle stage:",
    "subscriber or lead → Marketing",
    "marketingqualifiedlead or salesqualifiedlead → Sales",
    "customer → Customer Success",
    "Title = job title in UPPER CASE, and if job title is empty leave Title out completely"),
    extended(HS, *NG_HS, BISI))
def h12(r: R) -> Out:
    return keep({"Email": r["email"], "Department": DEPT[r["lifecyclestage"]],
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].upper()})


@case("h70-13", H, C, lines(
    "Only contacts that have NOT unsubscribed, meaning hs_email_optout is not \"true\". If it's empty they "
    "have not unsubscribed, so keep them.",
    "Email in lower case, that one is also the match key",
    "Phone: their office phone, if empty use the mobile, if both are empty put 'N/A'",
    "LeadSource is 'Web' for all of them, thanks"), extended(HS, NGOZI, FEMI, YEMI))
def h13(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else "N/A")
    return {"Email": r["email"].lower(), "Phone": phone, "LeadSource": "Web"}


SRC_CONTACT = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral"}


@case("h70-14", H, C, lines(
    "Match on Email.",
    "MailingCity from the city, but first trim the spaces off the ends, then title case it (abuja → Abuja)",
    "LeadSource from the original source: PAID_SEARCH and PAID_SOCIAL → Advertisement, REFERRALS → Partner "
    "Referral, anything else or empty → Web"), extended(HS, *NG_HS, FEMI, YEMI))
def h14(r: R) -> Out:
    return {"Email": r["email"], "MailingCity": title(r["city"].strip()),
            "LeadSource": SRC_CONTACT.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h70-15", H, M, lines(
    "Mailchimp one now. Match on email_address, take it from the email.",
    "FNAME = first name, LNAME = surname, copy them as they are",
    "status 'subscribed' for everybody, and give each of them one tag 'lagos-launch'"), extended(HS, *NG_HS))
def h15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "tags": ["lagos-launch"]}


@case("h70-16", H, M, lines(
    "For Mailchimp status pls use the unsubscribe flag:",
    "hs_email_optout \"true\" → unsubscribed",
    "\"false\" → subscribed",
    "empty → pending (we go send them double opt-in)",
    "email_address from email is the key, FNAME from first name, and add tag 'hubspot' to everybody"),
    extended(HS, *NG_HS, YEMI))
def h16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]},
            "tags": ["hubspot"]}


@case("h70-17", H, M, lines(
    "email_address = email, na the key.",
    "Tags: if annual revenue is above one million add 'high-value', if lifecycle stage is customer add "
    "'customer', in that order",
    "Empty revenue is not high-value o",
    "If none of the two applies, tags should be an empty list []"), extended(HS, *NG_HS, BISI, FEMI))
def h17(r: R) -> Out:
    v = rev(r)
    tags = []
    if v is not None and v > 1_000_000:
        tags.append("high-value")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "tags": tags}


@case("h70-18", H, M, lines(
    "Match by email_address (the contact's email).",
    "FNAME = only the first word of the first name",
    "PHONE in E.164: take mobile first, if no mobile take office phone. Numbers without + in front are US "
    "numbers so +1, the ones with + keep their code",
    "If both are empty, don't send PHONE at all"), extended(HS, *NG_HS, FEMI, YEMI))
def h18(r: R) -> Out:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else (r["phone"] if not blank(r["phone"]) else None)
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if src is None else e164(src)}})


@case("h70-19", H, M, lines(
    "Skip anybody with hs_email_optout \"true\", don't even add them to the audience. Empty or \"false\" is fine, "
    "add those ones.",
    "email_address from email (match key), status 'subscribed'",
    "vip is true for customers (lifecycle stage customer) and false for every other stage"),
    extended(HS, *NG_HS, BISI))
def h19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h70-20", H, M, lines(
    "email_address is the key, just the email.",
    "Tag each person with their email domain, meaning the part after the @, only that one tag",
    "LNAME = surname in title case",
    "language: 'fr' if country is France, otherwise 'en'"), lower_emails(extended(HS, TUNDE, FEMI)))
def h20(r: R) -> Out:
    return {"email_address": r["email"], "tags": [after_at(r["email"])], "merge_fields": {"LNAME": title(r["lastname"])},
            "language": "fr" if r["country"] == "France" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h70-21", H, S, lines(
    "Segment identify now. userId = email in lower case, that's how we identify people.",
    "traits.email = the email copied as it is (no lower case there)",
    "traits.name = first name + space + surname, e.g. 'Tunde Bakare'",
    "traits.title from job title"), extended(HS, TUNDE, FEMI))
def h21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"],
                                                      "title": r["jobtitle"]}}


@case("h70-22", H, S, lines(
    "userId is the email, that's the key we identify them with.",
    "Put the company details under traits.company:",
    "traits.company.name from company, if empty use 'Freelancer'",
    "traits.company.industry from industry but leave it out if industry is empty",
    "traits.company.employee_count = number of employees as a whole number, also leave it out when empty"),
    extended(HS, *NG_HS))
def h22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Freelancer"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h70-23", H, S, lines(
    "userId = email, na him be the identifier",
    "traits.address.city and traits.address.country, copy from city and country",
    "traits.address.state from state, but if state is empty leave it out",
    "traits.phone in E.164: use phone, if empty use mobile, US numbers (+1) unless it already starts with +. "
    "When both phone and mobile are empty leave traits.phone out"), extended(HS, TUNDE, FEMI))
def h23(r: R) -> Out:
    src = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else None)
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "country": r["country"], "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": OMIT if src is None else e164(src)}})


@case("h70-24", H, S, lines(
    "userId = email, trim the spaces and make it lower case, that's the match key",
    "traits.unsubscribed should be a real boolean: true when hs_email_optout is \"true\", false when it's \"false\" "
    "or empty",
    "traits.annual_revenue = annual revenue as a number, don't include it when revenue is empty",
    "traits.createdAt = create date as YYYY-MM-DD only"),
    extended(HS, NGOZI, hs(email=" Kemi.Ola@ShopLagos.NG ", annualrevenue="150000.5", hs_email_optout="true",
                           createdate="2024-05-30T11:00:00.000Z")))
def h24(r: R) -> Out:
    v = rev(r)
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": OMIT if v is None else num(r["annualrevenue"]),
        "createdAt": day(r["createdate"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h70-25", H, G, lines(
    "For GA4, client_id is the contact's email in lower case (that's the match key).",
    "Send one event named 'sign_up' with params: method = 'hubspot' always, country = country as it is, "
    "stage = the lifecycle stage"), extended(HS, *NG_HS))
def h25(r: R) -> Out:
    return {"client_id": r["email"].lower(), "events": [{"name": "sign_up", "params": {
        "method": "hubspot", "country": r["country"], "stage": r["lifecyclestage"]}}]}


@case("h70-26", H, G, lines(
    "Only send contacts with annual revenue above five hundred thousand (500,000), if revenue is empty skip am.",
    "client_id (the key GA4 needs) is always 'crm-lagos-01'",
    "One event, name 'generate_lead', params: value = annual revenue as a number, currency = 'USD', "
    "handle = the part of the email before the @"), lower_emails(extended(HS, *NG_HS, BISI)))
def h26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 500_000:
        return None
    return {"client_id": "crm-lagos-01", "events": [{"name": "generate_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD", "handle": before_at(r["email"])}}]}


@case("h70-27", H, G, lines(
    "client_id = the email, copy it straight, that's the key",
    "Event name: 'purchase' when lifecycle stage is customer, any other stage is 'generate_lead'",
    "params.source = original source in lower case, if it's empty put 'unknown'",
    "params.company = company as it is"), extended(HS, BISI, YEMI))
def h27(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"], "events": [{
        "name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
        "params": {"source": "unknown" if blank(src) else src.lower(), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

CHIDI = sfl(Email="chidi.okeke@lagosmart.ng", FirstName="Chidi", LastName="Okeke", Company="Lagos Mart", Title="",
            Phone="", Street="5 Broad St", City="Lagos", PostalCode="", Country="Nigeria",
            Status="Working - Contacted", Rating="Warm", LeadSource="Web", HasOptedOutOfEmail=False,
            AnnualRevenue="2000000.5")


@case("h70-28", L, H, lines(
    "Reverse direction now, Salesforce Lead to HubSpot contact. Match on email (from Email).",
    "Copy across: FirstName → firstname, LastName → lastname, Company → company, Title → jobtitle, Phone → phone, "
    "City → city",
    "Straight copy, if Salesforce one is empty then it's empty for HubSpot too"), extended(SFL, CHIDI))
def h28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


STATUS_HS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h70-29", L, H, lines(
    "Match on email pls.",
    "Lead Status → hs_lead_status:",
    "Open - Not Contacted = NEW",
    "Working - Contacted = IN_PROGRESS",
    "Closed - Converted = CONNECTED",
    "Closed - Not Converted = UNQUALIFIED",
    "hs_email_optout must be the text \"true\" if HasOptedOutOfEmail is ticked, otherwise the text \"false\""),
    extended(SFL, CHIDI))
def h29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": STATUS_HS[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING_STAGE = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h70-30", L, H, lines(
    "email from Email in lower case, that's the match key",
    "lifecyclestage from Rating: Hot → salesqualifiedlead, Warm → marketingqualifiedlead, Cold → lead",
    "annualrevenue = AnnualRevenue as a number, leave annualrevenue off when AnnualRevenue is empty"),
    extended(SFL, sfl(Email="Chidi.Okeke@LagosMart.NG", Rating="Warm", AnnualRevenue="2000000.5")))
def h30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING_STAGE[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h70-31", L, H, lines(
    "Only UK leads for this one (Country is United Kingdom), ignore the others.",
    "email is the key.",
    "phone in E.164 as UK numbers: remove the 0 in front and add +44, e.g. 020 7946 0321 → +442079460321, "
    "numbers that already start with + keep their code",
    "company in capital letters",
    "city: copy it, and if it's empty put 'London'"),
    extended(SFL, sfl(Email="ada.nwosu@thamesfin.co.uk", FirstName="Ada", LastName="Nwosu", Company="Thames Fin",
                      Phone="07700 900123", City="", Country="United Kingdom"),
             sfl(Email="kola.ade@mersey.co.uk", FirstName="Kola", LastName="Ade", Company="Mersey Digital",
                 Phone="+44 151 555 0101", City="Liverpool", Country="United Kingdom")))
def h31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "company": r["Company"].upper(),
            "city": dflt(r["City"], "London")}


@case("h70-32", L, H, lines(
    "Skip leads whose Status is Closed - Not Converted, those ones are dead.",
    "Match on email",
    "jobtitle from Title, if Title is empty put 'Not stated'",
    "message = 'SF lead - ' and then the Rating, e.g. 'SF lead - Hot'"), extended(SFL, CHIDI))
def h32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not stated"), "message": "SF lead - " + r["Rating"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

TOBI = sfc(Email="tobi.ogun@eko-events.ng", FirstName="", LastName="Ogun", Title="CEO", Department="",
           Phone="+234 802 555 0144", MailingCity="  Lagos ", MailingCountry="Nigeria", LeadSource="Partner Referral",
           HasOptedOutOfEmail=False, Birthdate="")
AKOSUA = sfc(Email="akosua.mensah@kumasikraft.gh", FirstName="Akosua", LastName="Mensah", Title="Head of Growth",
             Department="Marketing", Phone="(718) 555-0133", MailingCity="Kumasi", MailingCountry="Ghana",
             LeadSource="Web", HasOptedOutOfEmail=True, Birthdate="1992-08-14")
IFE = sfc(Email="Ife.Adebayo@Paylink.NG", FirstName="Ife", LastName="Adebayo", Title="CTO", Department="Product",
          Phone="(646) 555-0109", MailingCity="Abuja", MailingCountry="", LeadSource="",
          HasOptedOutOfEmail=False, Birthdate="")


@case("h70-33", C, M, lines(
    "Salesforce Contact to Mailchimp. email_address = Email in small letters, that's the key",
    "status: unsubscribed if HasOptedOutOfEmail is true, otherwise subscribed",
    "tags: always 'salesforce' first, then add the Department as second tag when Department is not empty"),
    extended(SFC, AKOSUA, IFE))
def h33(r: R) -> Out:
    tags = ["salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


LS_TAG = {"Web": "website", "Trade Show": "events", "Partner Referral": "partners"}


@case("h70-34", C, M, lines(
    "Skip contacts with empty LeadSource.",
    "email_address from Email, copy as it is, na the match key",
    "merge_fields.PHONE = Phone in E.164, they are US numbers unless they already start with +",
    "tags = just one tag from LeadSource: Web → 'website', Trade Show → 'events', Partner Referral → 'partners'"),
    extended(SFC, TOBI, IFE))
def h34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "tags": [LS_TAG[r["LeadSource"]]]}


@case("h70-35", C, M, lines(
    "Match on email_address (from Email).",
    "FNAME from first name, if it's empty use 'Friend'. LNAME just copy",
    "vip = true when Title is exactly CEO or CTO, else false, empty Title is false too",
    "language 'en' for everybody"), extended(SFC, TOBI, AKOSUA))
def h35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Title"] in ("CEO", "CTO"), "language": "en"}


@case("h70-36", C, M, lines(
    "Only contacts whose MailingCountry is Nigeria or Ghana, the rest no need.",
    "email_address = Email (key). status 'pending'",
    "tags should be an empty list [], we go tag them later",
    "FNAME and LNAME copy straight from first name and surname"), extended(SFC, TOBI, AKOSUA, IFE))
def h36(r: R) -> Out:
    if r["MailingCountry"] not in ("Nigeria", "Ghana"):
        return None
    return {"email_address": r["Email"], "status": "pending", "tags": [],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h70-37", C, S, lines(
    "Segment again but from Salesforce Contacts. userId = Email in lower case, that's the identifier",
    "traits.firstName and traits.lastName, copy from first name and last name",
    "traits.title = Title, leave it out if Title is empty",
    "traits.department = Department as it is, even when empty"), extended(SFC, IFE))
def h37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"], "department": r["Department"]}})


@case("h70-38", C, S, lines(
    "userId is the Email exactly as it is, that's how Segment go know who is who.",
    "traits.address.city = MailingCity with the spaces trimmed off both ends",
    "traits.address.country = MailingCountry, when empty put 'Unknown'"), extended(SFC, TOBI, IFE))
def h38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


CHANNEL = {"Web": "online", "Trade Show": "events"}


@case("h70-39", C, S, lines(
    "userId = Email, that's the key",
    "traits.phone = Phone in E.164, US (+1) if it doesn't start with +",
    "traits.name = FirstName + ' ' + LastName, e.g. 'Lena Huber'",
    "traits.channel: Web → 'online', Trade Show → 'events', anything else including empty → 'other'"),
    extended(SFC, AKOSUA, sfc(Email="dayo.fash@ekotech.ng", FirstName="Dayo", LastName="Fash",
                              Phone="+234 701 555 0188", LeadSource="Partner Referral")))
def h39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                                             "channel": CHANNEL.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

ADAEZE = mc(email_address="adaeze.obi@lekkiluxe.ng", status="subscribed",
            merge_fields={"FNAME": "adaeze chioma", "LNAME": "OBI", "PHONE": "(305) 555-0121", "COMPANY": ""},
            tags=["Customer", "Lagos"], language="en", vip=True)


@case("h70-40", M, H, lines(
    "Last batch na Mailchimp members back to HubSpot, match on email (from email_address).",
    "firstname = FNAME in title case",
    "lastname = LNAME in title case, but if LNAME is empty don't send lastname at all",
    "company = COMPANY, if it's empty put 'Individual'",
    "hs_email_optout = the text \"true\" for unsubscribed members, the text \"false\" for everyone else"),
    extended(MC, ADAEZE))
def h40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h70-41", M, H, lines(
    "Skip members whose status is cleaned.",
    "email from email_address, that's the match key",
    "phone = PHONE in E.164 (assume US when there's no +), if PHONE is empty leave phone out",
    "lifecyclestage 'customer' if vip is true, else 'subscriber'",
    "company copy from COMPANY. Thanks ehn"), extended(MC, ADAEZE))
def h41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber", "company": mf["COMPANY"]})


@case("h70-42", M, H, lines(
    "email = email_address, match key.",
    "firstname = first word of FNAME only",
    "company = COMPANY, if it's empty use the part of the email after the @",
    "lifecyclestage: 'customer' if the member has the tag Customer, otherwise 'lead'",
    "Once you finish all, send me screenshot abeg 🙏"), extended(MC, ADAEZE))
def h42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set70")
