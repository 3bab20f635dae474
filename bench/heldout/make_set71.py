"""Held-out set 71 for the offline mapping drafter.

Persona: a CRM manager in Seoul whose English is Korean-influenced. She puts the topic first
("Email, this is the key."), drops articles, ends requests politely ("please do like this"),
writes "in case of X" for conditions and "if not exist" for blanks, and lists rules with
"①②③" or "1)" markers. Once she corrects herself mid-sentence (+82 -> US +1). She mixes
everyday words ("surname", "job title", "mobile") with exact API names she knows.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h71-01 .. h71-08)
  hubspot.contacts -> salesforce.Contact   6  (h71-09 .. h71-14)
  hubspot.contacts -> mailchimp.members    6  (h71-15 .. h71-20)
  hubspot.contacts -> segment.identify     4  (h71-21 .. h71-24)
  hubspot.contacts -> ga4.events           3  (h71-25 .. h71-27)
  salesforce.Lead  -> hubspot.contacts     5  (h71-28 .. h71-32)
  salesforce.Contact -> mailchimp.members  4  (h71-33 .. h71-36)
  salesforce.Contact -> segment.identify   3  (h71-37 .. h71-39)
  mailchimp.members -> hubspot.contacts    3  (h71-40 .. h71-42)

Rule kinds per case:
  01 numbered copies, constant              22 nested company traits, default, omit, integer
  02 defaults when empty (whitespace too)   23 nested address, date, E.164 US w/ omit
  03 E.164 US (self-corrected), fallback,   24 trim+lower userId, copy, boolean (blank stated),
     omit when both empty                      number w/ omit
  04 lower, value table w/ otherwise        25 GA4 constants, copy, lower w/ default
  05 two exclude filters (blank stated),    26 GA4 only filter (> w/ blank), part before @,
     number + whole number w/ omit             number, constant
  06 3-band rating (blank stated), part     27 GA4 conditional event name, default, copy
     after @ fallback                       28 plain copies (with empty values)
  07 only filter, upper, title case,        29 value table (no otherwise), "true"/"false" text
     concat + date                          30 lower, table (no otherwise), number w/ omit
  08 trim+lower, first word + title case,   31 only filter, E.164 UK, upper, default
     boolean (blank stated)                 32 exclude filter, copy, concat w/ blank part stated
  09 copies into Mailing*, constant         33 lower, boolean->status, constant + conditional tag
  10 lower, two booleans (blank conditions) 34 exclude filter, E.164 US, table (no otherwise)
  11 fallback chain to part before @        35 default, copy, equality -> vip, constant
  12 table (no otherwise), upper w/ omit     36 only filter, copies, constant, empty tag list
  13 only filter, lower, default, constant  37 lower userId, copies, omit-when-empty
  14 trim+title case, table w/ otherwise    38 nested address, trim, default, omit
  15 copies, default, constants             39 concat (surname first), E.164 US, table w/ otherwise
  16 3-way status (blank stated), tag       40 title case, omit, default, "true"/"false" text
  17 ordered conditional tags (> and ==)    41 exclude filter, E.164 US w/ omit, copy, vip condition
  18 first word, E.164 mobile->phone->omit  42 first word, fallback to part after @, tag condition
  19 exclude no-email filter, lower, vip
  20 title case, tag from part after @,
     country table w/ otherwise
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
Out = R | None


def mc(merge: dict[str, Any] | None = None, **kw: Any) -> R:
    return {**MC[0], "merge_fields": {**MC[0]["merge_fields"], **(merge or {})}, **kw}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h71-01", H, L, """HubSpot contact → Salesforce Lead, please make like below.
Email, this is the key. HubSpot email go to Lead Email, no change.
1) first name → FirstName
2) surname → LastName
3) company name → Company
4) job title → Title
LeadSource — always 'Web' for every lead, please.""", HS)
def h01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h71-02", H, L, "Email is match key, copy as is to Email. Company: copy company name, but in case of empty "
      "please put 'Unknown Company'. Job title to Title, if not exist put 'Not specified'. City — just copy to City, "
      "no change.",
      extended(HS, hs(email="jiwoo.han@seoulbeauty.kr", firstname="Jiwoo", lastname="Han", company="   ",
                      jobtitle="  ", city="Seoul", country="South Korea")))
def h02(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Unknown Company"),
            "Title": dflt(r["jobtitle"], "Not specified"), "City": r["city"]}


@case("h71-03", H, L, "Lead matching by Email (HubSpot email, as is). Phone number — change to E.164 style, country "
      "code +82... ah no, sorry, our numbers are US style, so +1. In case number already start with '+', keep its own "
      "country code. For Phone use contact's phone; in case of empty, use mobile instead. Both not exist → do not "
      "send Phone at all, please.",
      extended(HS, hs(email="tom.reed@bluecrest.com", phone="1 (646) 555-0111", mobilephone=""),
               hs(email="yuna.choi@hanriver.kr", phone="", mobilephone="  ", country="South Korea")))
def h03(r: R) -> Out:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(src) else e164(src)})


@case("h71-04", H, L, """Email — lower case please, this is Lead key.
LeadSource decide from HubSpot original source like this:
① ORGANIC_SEARCH → Web
② PAID_SEARCH or PAID_SOCIAL → Advertisement
③ REFERRALS → Partner Referral
Other source, or source not exist → 'Other'.""",
      extended(HS, hs(email="Sunwoo.Lim@Gangnam-Dental.kr", hs_analytics_source="OFFLINE")))
def h04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h71-05", H, L, """Lead sync rule. Key is Email (copy as is).
Skip contacts of lifecycle stage subscriber. Also skip contact who opted out of email (hs_email_optout is "true"); in case hs_email_optout is blank, it means not opted out, so keep.
AnnualRevenue — annual revenue as number. NumberOfEmployees — number of employees as whole number. In case of empty, do not send that field.""",
      extended(HS, hs(email="eunji.seo@mirae-labs.kr", lifecyclestage="opportunity", hs_email_optout="false",
                      annualrevenue="1500000.5", numemployees="75"),
               hs(email="kevin.ortiz@redpine.com", lifecyclestage="lead", hs_email_optout="true")))
def h05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or r["hs_email_optout"] == "true":
        return None
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h71-06", H, L, """Email is key, as is. Rating please set by annual revenue:
- more than 5,000,000 → Hot
- more than 1,000,000 and up to 5,000,000 → Warm
- 1,000,000 or less → Cold
In case revenue not exist, Cold also.
Company — copy company name; if not exist, use email domain (part after @).""", lower_emails(HS))
def h06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v <= 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return {"Email": r["email"], "Rating": rating, "Company": dflt(r["company"], after_at(r["email"]))}


@case("h71-07", H, L, "Only contacts of country 'United States', other country skip please. Email key, no change. "
      "State → upper case. City → title case (first letter big, rest small, each word). Description: text "
      "'HubSpot signup ' and then create date as YYYY-MM-DD, e.g. 'HubSpot signup 2023-03-14'.",
      extended(HS, hs(email="grace.lee@cascadebio.com", city="SEATTLE", state="wa",
                      createdate="2024-02-29T13:00:00.000Z"),
               hs(email="dongho.ryu@pangyo.kr", country="South Korea", city="Seongnam", state="")))
def h07(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(), "City": title(r["city"]),
            "Description": "HubSpot signup " + day(r["createdate"])}


@case("h71-08", H, L, "Email is key — trim space and lower case, please. FirstName: only first word of first name, "
      "in title case. LastName: surname in title case. HasOptedOutOfEmail: true in case hs_email_optout is \"true\", "
      "false otherwise (blank also false).",
      extended(HS, hs(email=" JaeHyun.Park@Hanbit.kr ", firstname="jae hyun", lastname="PARK", hs_email_optout="")))
def h08(r: R) -> Out:
    return {"Email": r["email"].strip().lower(), "FirstName": title(first_word(r["firstname"])),
            "LastName": title(r["lastname"]), "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h71-09", H, C, """HubSpot contact → Salesforce Contact. Key is Email (same as HubSpot email, no change).
Address please copy like this:
1) street address → MailingStreet
2) city → MailingCity
3) state → MailingState
4) zip → MailingPostalCode
5) country → MailingCountry
Department, put 'Marketing' always.""", HS)
def h09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Department": "Marketing"}


@case("h71-10", H, C, """Contact key: Email, lower case please. Two checkbox:
① HasOptedOutOfEmail — true in case hs_email_optout is "true". In case "false" or blank → false.
② DoNotCall — true in case contact has no phone and no mobile (both empty). If any one number exist → false.""",
      extended(HS, hs(email="Seungmin.Oh@Jeju-Air.kr", phone=" ", mobilephone="", hs_email_optout="true")))
def h10(r: R) -> Out:
    return {"Email": r["email"].lower(), "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h71-11", H, C, "Email is key (as is). FirstName copy. LastName is required in Salesforce, so: LastName ← "
      "surname; if not exist, use first name; if first name also not exist, use part before @ of email.",
      extended(lower_emails(HS), hs(email="minji.kim@hanbitsoft.kr", firstname="Minji", lastname=""),
               hs(email="sales01@daehan.co.kr", firstname="", lastname="  ")))
def h11(r: R) -> Out:
    last = r["lastname"] if not blank(r["lastname"]) else dflt(r["firstname"], before_at(r["email"]))
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": last}


@case("h71-12", H, C, """Key — Email, as is. Department decided by lifecycle stage:
subscriber, lead → 'Marketing'
marketingqualifiedlead, salesqualifiedlead → 'Sales'
customer → 'Customer Success'
MailingState: state in upper case; in case state is empty, leave MailingState out.""",
      extended(HS, hs(email="hyejin.moon@suwon-tech.kr", lifecyclestage="lead", state="gg", country="South Korea")))
def h12(r: R) -> Out:
    table = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Sales",
             "salesqualifiedlead": "Sales", "customer": "Customer Success"}
    return keep({"Email": r["email"], "Department": table[r["lifecyclestage"]],
                 "MailingState": OMIT if blank(r["state"]) else r["state"].upper()})


@case("h71-13", H, C, "Only customer and opportunity stage go to Salesforce Contact, please; other stage skip. "
      "Email lower case, it is the key. Title: job title; in case of blank, 'Staff'. Description always "
      "'Synced from HubSpot'.",
      extended(HS, hs(email="Daniel.Yoo@Incheon-Port.kr", lifecyclestage="opportunity", jobtitle=""),
               hs(email="nora.fields@brightmill.com", lifecyclestage="evangelist", jobtitle="Advisor"),
               hs(email="Wonbin.Cha@Kakaolabs.kr", lifecyclestage="customer", jobtitle="CFO")))
def h13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "opportunity"):
        return None
    return {"Email": r["email"].lower(), "Title": dflt(r["jobtitle"], "Staff"), "Description": "Synced from HubSpot"}


@case("h71-14", H, C, """Email is key, no change. FirstName, LastName: trim space first, then title case.
LeadSource from original source:
OFFLINE → Trade Show
EMAIL_MARKETING → Email
REFERRALS → Partner Referral
Anything else (empty also) → Web.""",
      extended(HS, hs(email="seoyeon.lee@hallyu-media.kr", firstname="  seo yeon ", lastname="LEE  ",
                      hs_analytics_source="OFFLINE"),
               hs(email="hyun.kang@busanport.kr", firstname="hyun", lastname="kang",
                  hs_analytics_source="EMAIL_MARKETING")))
def h14(r: R) -> Out:
    table = {"OFFLINE": "Trade Show", "EMAIL_MARKETING": "Email", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"].strip()),
            "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h71-15", H, M, """Mailchimp member, key is email_address = HubSpot email as is.
FNAME ← first name, LNAME ← surname (just copy).
PHONE ← phone; in case not exist, put 'N/A'.
status 'subscribed' and language 'en' for all member, please.""", HS)
def h15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": dflt(r["phone"], "N/A")},
            "status": "subscribed", "language": "en"}


@case("h71-16", H, M, """email_address — email, as is, this is key.
status by hs_email_optout:
"true" → unsubscribed
"false" → subscribed
blank → pending (we ask confirm again)
Tags: only one tag 'hubspot' for everyone.""", HS)
def h16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot"]}


@case("h71-17", H, M, """Key: email_address (HubSpot email, no change). Tags please make in this order:
① 'big-company' — in case number of employees more than 100 (if employees not exist, no this tag)
② 'customer' — in case lifecycle stage is customer
③ 'hubspot' — always, last one.
status subscribed for all.""",
      extended(HS, hs(email="sangwoo.nam@posco-trade.kr", lifecyclestage="customer", numemployees="500")))
def h17(r: R) -> Out:
    tags = []
    if not blank(r["numemployees"]) and float(r["numemployees"]) > 100:
        tags.append("big-company")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    tags.append("hubspot")
    return {"email_address": r["email"], "tags": tags, "status": "subscribed"}


@case("h71-18", H, M, "email_address is key, copy email as is. FNAME — first word only of first name. PHONE — "
      "E.164, US number (+1); number already with '+' keep own country code. Use mobile first; in case of mobile "
      "not exist, phone. Both not exist → no PHONE, leave out please.",
      extended(HS, hs(email="hana.yoon@daegu-med.kr", firstname="Hana Rae", mobilephone="", phone="")))
def h18(r: R) -> Out:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(src) else e164(src)}})


@case("h71-19", H, M, "Skip contact in case email not exist. Others: email_address = email lower case (key), status "
      "'subscribed', vip = true in case lifecycle stage customer or evangelist, else false.",
      extended(HS, hs(email="", firstname="Walk-in"), hs(email="  ", firstname="Booth"),
               hs(email="Bora.Jung@Ulsan-Chem.kr", lifecyclestage="evangelist")))
def h19(r: R) -> Out:
    if blank(r["email"]):
        return None
    return {"email_address": r["email"].lower(), "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h71-20", H, M, """email_address = email (key, no change).
FNAME ← first name, LNAME ← surname, both in title case.
Tags: one tag only = email domain (part after @), e.g. 'northwind.io'.
language: France → 'fr', Japan → 'ja', South Korea → 'ko', other country → 'en'.""",
      extended(lower_emails(HS), hs(email="taeyang.shin@seoulfood.kr", firstname="TAE YANG", lastname="shin",
                                    country="South Korea")))
def h20(r: R) -> Out:
    lang = {"France": "fr", "Japan": "ja", "South Korea": "ko"}.get(r["country"], "en")
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "language": lang}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h71-21", H, S, """Segment identify. userId = email lower case, this is key.
traits:
- email: email as is
- name: first name + one space + surname
- title: job title (copy)""", HS)
def h21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"], "title": r["jobtitle"]}}


@case("h71-22", H, S, """userId is key = HubSpot email (no change). Company info go under traits.company please:
① name ← company; in case empty, 'Independent'
② industry ← industry; if not exist, don't send
③ employee_count ← number of employees as integer; if not exist, don't send""", HS)
def h22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h71-23", H, S, "userId = email, as is (key). traits.address.city ← city, traits.address.postalCode ← zip, "
      "traits.address.country ← country. traits.createdAt ← create date, only date part YYYY-MM-DD. traits.phone ← "
      "phone in E.164 (US numbers; '+' numbers keep own code); in case phone not exist, leave traits.phone out.", HS)
def h23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"]},
        "createdAt": day(r["createdate"]),
        "phone": OMIT if blank(r["phone"]) else e164(r["phone"])}})


@case("h71-24", H, S, "userId: email with trim and lower case — this is key. traits.lifecycle ← lifecycle stage "
      "(copy). traits.unsubscribed: true in case hs_email_optout \"true\", else false (blank is false). "
      "traits.annual_revenue: annual revenue as number; if not exist, leave out.",
      extended(HS, hs(email="  Soojin.Bae@Daehan.KR ", annualrevenue="350000", hs_email_optout="",
                      lifecyclestage="opportunity")))
def h24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "lifecycle": r["lifecyclestage"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h71-25", H, G, """GA4 event per contact. client_id is key — put email in lower case.
events[0].name always 'crm_contact_sync'.
events[0].params:
- lifecycle_stage ← lifecycle stage as is
- source ← original source in lower case; in case source empty, 'unknown'""", HS)
def h25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"].lower(), "events": [{"name": "crm_contact_sync", "params": {
        "lifecycle_stage": r["lifecyclestage"], "source": "unknown" if blank(src) else src.lower()}}]}


@case("h71-26", H, G, "Only contact with annual revenue more than 1,000,000 send to GA4; in case revenue not exist, "
      "skip. client_id (key) = part before @ of email. Event name 'high_value_lead'. params: value = annual revenue "
      "as number, currency = 'USD'.", lower_emails(HS))
def h26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "high_value_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h71-27", H, G, "client_id = email as is — this is key. Event name: in case lifecycle stage is customer → "
      "'purchase'; all other stage → 'generate_lead'. events[0].params.company ← company, if not exist 'none'. "
      "events[0].params.country ← country, copy.",
      extended(HS, hs(email="jihoon.baek@lotte-style.kr", lifecyclestage="customer", company="Lotte Style",
                      country="South Korea")))
def h27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "company": dflt(r["company"], "none"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h71-28", L, H, """Salesforce Lead → HubSpot contact. email is key (from Lead Email).
Copy as is, no change please:
Email → email, FirstName → firstname, LastName → lastname, Company → company, Title → jobtitle, Phone → phone.""",
      SFL)
def h28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


@case("h71-29", L, H, """Key: email ← Email.
lifecyclestage from lead Status:
1) Open - Not Contacted → lead
2) Working - Contacted → marketingqualifiedlead
3) Closed - Converted → customer
4) Closed - Not Converted → other
hs_email_optout — text "true" in case HasOptedOutOfEmail checked, text "false" in case not checked.""", SFL)
def h29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h71-30", L, H, "email ← Email, lower case (key). hs_lead_status by Rating: Hot → IN_PROGRESS, Warm → OPEN, "
      "Cold → UNQUALIFIED. annualrevenue ← AnnualRevenue as number; in case empty, do not send annualrevenue.",
      extended(SFL, sfl(Email="Minho.Kang@Daebak.KR", Rating="Cold", AnnualRevenue="750000.5")))
def h30(r: R) -> Out:
    table = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h71-31", L, H, "UK org leads only — only leads with Country 'United Kingdom', others skip. email ← Email "
      "(key, as is). phone ← Phone in E.164, UK number: drop first 0 and put +44; number with '+' keep as its own "
      "code. zip ← PostalCode in upper case. city ← City; if not exist, 'London'.",
      extended(SFL, sfl(Email="olivia.hughes@kentgardens.co.uk", Phone="07700 900123", PostalCode="sw1a 1aa",
                        City="", Country="United Kingdom"),
               sfl(Email="raj.patel@mancunian.co.uk", Phone="+44 161 496 0000", PostalCode="m1 1ae",
                   City="Manchester", Country="United Kingdom")))
def h31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "city": dflt(r["City"], "London")}


@case("h71-32", L, H, "Skip leads in case Status is 'Closed - Not Converted'. email ← Email (key). firstname ← "
      "FirstName. message = 'SF lead source: ' + LeadSource. In case LeadSource empty, write 'unknown' in that "
      "place, like 'SF lead source: unknown'.", SFL)
def h32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"],
            "message": "SF lead source: " + dflt(r["LeadSource"], "unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h71-33", C, M, "Salesforce Contact → Mailchimp. email_address = Email in lower case — key. status: "
      "HasOptedOutOfEmail checked → 'unsubscribed', not checked → 'subscribed'. tags: first 'salesforce' always; "
      "in case Department exist, Department as second tag.", SFC)
def h33(r: R) -> Out:
    tags = ["salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h71-34", C, M, """Skip contact of MailingCountry 'Germany'. email_address ← Email (key, as is).
merge_fields.PHONE ← Phone, E.164 (no '+' means US number; '+' number keep own code).
language:
United States → en
Canada → en
Austria → de
Switzerland → de""",
      extended(SFC, sfc(Email="chloe.tremblay@maplegrove.ca", Phone="(416) 555-0133", MailingCity="Toronto",
                        MailingCountry="Canada"),
               sfc(Email="nina.keller@zurisee.ch", Phone="+41 44 555 0102", MailingCity="Zurich",
                   MailingCountry="Switzerland")))
def h34(r: R) -> Out:
    if r["MailingCountry"] == "Germany":
        return None
    lang = {"United States": "en", "Canada": "en", "Austria": "de", "Switzerland": "de"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h71-35", C, M, "email_address ← Email, as is (key). FNAME ← FirstName; in case of empty, 'Friend'. LNAME ← "
      "LastName. vip: true in case LeadSource is 'Trade Show', other → false (empty also false). status always "
      "'subscribed'.",
      extended(SFC, sfc(Email="info@gwangju-tour.kr", FirstName="  ", LastName="Gwangju Tour", LeadSource="")))
def h35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h71-36", C, M, "Only contacts with LeadSource 'Web' or 'Trade Show', please. email_address ← Email, no change "
      "(key). FNAME ← FirstName, LNAME ← LastName, PHONE ← Phone, all as is. status 'pending'. tags — empty list [] "
      "(no tag at all).",
      extended(SFC, sfc(Email="yerin.song@coex-events.kr", FirstName="Yerin", LastName="Song", Phone="",
                        LeadSource="Web"),
               sfc(Email="marco.bianchi@veneto.it", FirstName="Marco", LastName="Bianchi", LeadSource="Partner")))
def h36(r: R) -> Out:
    if r["LeadSource"] not in ("Web", "Trade Show"):
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "status": "pending", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h71-37", C, S, "userId = Email lower case, this is key. traits.email ← Email as is, traits.firstName ← "
      "FirstName, traits.lastName ← LastName. traits.title ← Title; in case Title not exist, leave traits.title out.",
      SFC)
def h37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h71-38", C, S, "userId ← Email as is (key). Address under traits.address: city ← MailingCity with trim "
      "(remove space front and back); country ← MailingCountry, in case empty 'Unknown'. traits.birthday ← "
      "Birthdate; if not exist, leave out.",
      extended(SFC, sfc(Email="jisoo.han@haeundae-hotel.kr", MailingCity="  Busan ", MailingCountry="",
                        Birthdate="1995-03-08")))
def h38(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h71-39", C, S, """userId = Email (as is), this is key.
traits.name — Korean style, surname first: LastName + space + FirstName (e.g. 'Wagner Felix').
traits.phone ← Phone in E.164; no '+' means US number (+1), '+' number keep own code.
traits.team by Department: Engineering → 'R&D', Sales → 'Revenue', Marketing → 'Growth'; other department or empty → 'General'.""",
      extended(SFC, sfc(Email="kyungmin.jo@hanul-fin.kr", FirstName="Kyungmin", LastName="Jo", Department="Finance",
                        Phone="+82 2 555 0147")))
def h39(r: R) -> Out:
    team = {"Engineering": "R&D", "Sales": "Revenue", "Marketing": "Growth"}.get(r["Department"], "General")
    return {"userId": r["Email"], "traits": {
        "name": r["LastName"] + " " + r["FirstName"], "phone": e164(r["Phone"]), "team": team}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h71-40", M, H, "Mailchimp → HubSpot. email ← email_address (key, no change). firstname ← FNAME in title "
      "case. lastname ← LNAME in title case; in case LNAME empty, do not send lastname. company ← COMPANY; if not "
      "exist, 'Individual'. hs_email_optout — text \"true\" in case status is unsubscribed or cleaned, text \"false\" "
      "in case of other status.", MC)
def h40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h71-41", M, H, "Skip member of status 'cleaned'. email ← email_address (key). phone ← PHONE in E.164 (US "
      "number if no '+'); in case PHONE empty, no phone field. company ← COMPANY, copy. lifecyclestage: VIP member "
      "→ 'customer', not VIP → 'subscriber'.", MC)
def h41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h71-42", M, H, "Key is email ← email_address, as is. firstname ← FNAME, first word only. company ← COMPANY; "
      "if not exist, use email domain (after @). lifecyclestage: in case member has tag 'Customer' → 'customer', "
      "otherwise 'lead'.",
      extended(MC, mc({"FNAME": "Mi Rae", "LNAME": "Seo", "PHONE": "", "COMPANY": ""},
                      email_address="mirae.seo@hangang-books.kr", tags=["Customer", "Webinar"], language="ko")))
def h42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    build(CASES, Path(__file__).resolve().parent / "set71")
