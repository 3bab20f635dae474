"""Held-out set 89 for the offline mapping drafter.

Persona: Kev, a sales-ops admin who files terse shorthand tickets: SFDC/HS/MC/GA/seg, fname/lname,
co., addr, ph, LS, LCS, w/ and w/o, arrows of every kind, "x if y else z", ifnull(a,b), tc() and
UPPER as transform shorthand, one rule a line, the odd ALL-CAPS word, bare filter lines.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h89-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Kev's own.
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


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h89-01-lead-raw-copies-web-ls", H, L, """\
HS contacts -> SFDC Lead
email -> Email
fname -> FirstName
lname -> LastName
co. -> Company
jobtitle -> Title
LS (LeadSource) = "Web" on every lead, hardcoded
straight copies, no cleanup. blank in HS = blank in SFDC""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h89-02-lead-trim-names-unknown-co", H, L, """\
HS → SFDC Lead, name cleanup
- Email: email, copy as is
- FirstName / LastName: fname / lname w/ leading+trailing spaces trimmed (nothing else)
- Company: co., "Unknown" if blank
- Title: jobtitle, "TBD" if blank
blank = empty or just spaces""", extended(
    HS,
    hs(email="sam.ortiz@bluepeak.com", firstname="  Sam", lastname="Ortiz  ", company="   ", jobtitle="Analyst"),
))
def _02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "TBD")}


@case("h89-03-lead-tc-names-phone-chain", H, L, """\
SFDC lead sync from HS (v2)
Email => email (as is)
FirstName => tc(fname)
LastName => tc(lname)
Phone => ifnull(ph, mobilephone), copied as is, no formatting. blank counts as null.
   both blank => don't send Phone at all
tc = Title Case: each word gets first letter upper, rest lower""", extended(
    HS,
    hs(email="nina.petrova@volgatech.ru", firstname="NINA", lastname="petrova", phone="", mobilephone=""),
))
def _03(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": ph})


_LS04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}


@case("h89-04-lead-ls-from-source-other", H, L, """\
HS -> SFDC Lead. LS mapped off hs_analytics_source:
ORGANIC_SEARCH >> Web
PAID_SEARCH >> Advertisement
REFERRALS >> External Referral
anything else, blank included >> Other
Email = lowercase(email)
LastName = lname, Company = co. (plain copies, blank stays blank)""", HS)
def _04(r: R) -> Out:
    return {"LeadSource": _LS04.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower(),
            "LastName": r["lastname"], "Company": r["company"]}


@case("h89-05-lead-skip-subs-and-optouts", H, L, """\
HS contacts → SFDC Lead
skip subscribers (LCS = subscriber)
skip opted-out (hs_email_optout = "true"). optout blank = NOT opted out, send it
email/fname/lname/co. → Email/FirstName/LastName/Company, 1:1
Status: always "Open - Not Contacted\"""", HS)
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h89-06-lead-rating-rev-bands-emp-int", H, L, """\
SFDC Lead Rating off HS annualrevenue (rev):
rev > 5M (5,000,000) -> Hot
rev < 1M (1,000,000) -> Cold
anything in between -> Warm
rev blank -> Cold
numemployees -> NumberOfEmployees as an integer; numemployees blank -> leave NumberOfEmployees off
+ email / lname / co. -> Email / LastName / Company, copied""", HS)
def _06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], int),
                 "Email": r["email"], "LastName": r["lastname"], "Company": r["company"]})


@case("h89-07-lead-e164-ph-tc-city", H, L, """\
HS -> SFDC Lead
email -> Email
ph -> Phone in E.164; no +countrycode on it = US number. ph blank => no Phone field
fname / lname / city -> FirstName / LastName / City, all tc()
(tc = Title Case, cap the 1st letter of each word + lower the rest)""", HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164),
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "City": title(r["city"])})


@case("h89-08-lead-mql-sql-only-upper-co-desc", H, L, """\
ONLY MQLs + SQLs (LCS = marketingqualifiedlead or salesqualifiedlead) go to SFDC as Leads, every other stage NEVER syncs
email -> Email
lname -> LastName
co. -> Company, UPPER
Description -> "<hs_analytics_source> / created <createdate as YYYY-MM-DD>"
   e.g. "PAID_SEARCH / created 2024-01-31\"""", extended(
    HS,
    hs(email="li.wei@jadeport.com", firstname="Li", lastname="Wei", company="Jade Port Trading",
       lifecyclestage="salesqualifiedlead", hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-02-18T13:20:00.000Z"),
))
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"].upper(),
            "Description": f"{r['hs_analytics_source']} / created {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h89-09-contact-mailing-addr", H, C, """\
HS → SFDC Contact, addr goes in the Mailing* fields
email → Email
lname → LastName
address → MailingStreet
city → MailingCity
state → MailingState
zip → MailingPostalCode
country → MailingCountry
1:1 copies. blank state etc stays blank""", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h89-10-contact-optout-dnc-flags", H, C, """\
SFDC Contact flags from HS
email -> Email
lname -> LastName
HasOptedOutOfEmail = true if hs_email_optout is "true" else false (blank optout -> false)
DoNotCall = true if ph is blank else false
both real booleans, not text""", HS)
def _10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h89-11-contact-lastname-chain-local-part", H, C, """\
HS to SFDC Contacts. LastName is required on Contact b/c SFDC rejects it w/o one, so:
LastName = ifnull(lname, fname), and if both blank -> the part of the email before the @
(blank counts as null at every step)
also: email -> Email, jobtitle -> Title (copies)""", extended(
    lower_emails(HS),
    hs(email="ola.berg@fjordline.no", firstname="Ola", lastname="", jobtitle="Skipper"),
    hs(email="info@brightbay.com", firstname="", lastname="  ", jobtitle=""),
))
def _11(r: R) -> Out:
    ln = r["lastname"] if not blank(r["lastname"]) else (r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]))
    return {"LastName": ln, "Email": r["email"], "Title": r["jobtitle"]}


_DESC12 = {"subscriber": "Newsletter only", "lead": "Lead", "marketingqualifiedlead": "MQL",
           "salesqualifiedlead": "SQL", "customer": "Customer"}


@case("h89-12-contact-lcs-desc-city-upper", H, C, """\
HS → SFDC Contact
email → Email, lname → LastName
LCS → Description:
  subscriber → Newsletter only
  lead → Lead
  marketingqualifiedlead → MQL
  salesqualifiedlead → SQL
  customer → Customer
city → MailingCity in UPPER. no city => leave MailingCity off""", extended(
    HS,
    hs(email="tomas.novak@vltava.cz", firstname="Tomas", lastname="Novak", city="", lifecyclestage="lead"),
))
def _12(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "Description": _DESC12[r["lifecyclestage"]],
                 "MailingCity": omit_if_blank(r["city"], str.upper)})


@case("h89-13-contact-optin-only-phone-fallback", H, C, """\
sync ONLY contacts w/ hs_email_optout = "false" into SFDC Contact. "true" or blank = skip
Email => lowercase(email)
LastName => lname
Phone => ifnull(ph, mobilephone) -- blank ph counts as null, no reformatting
LeadSource => "Email" for all""", extended(
    HS,
    hs(email="Rosa.Lind@Skyberry.com", firstname="Rosa", lastname="Lind", phone="", mobilephone="(303) 555-0166",
       hs_email_optout="false"),
))
def _13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Phone": r["phone"] if not blank(r["phone"]) else r["mobilephone"], "LeadSource": "Email"}


_LS14 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement"}


@case("h89-14-contact-tc-trim-title-ls-table", H, C, """\
HS -> SFDC Contact
FirstName, LastName = fname, lname in Title Case
Title = jobtitle w/ spaces trimmed off both ends
LeadSource from hs_analytics_source:
  ORGANIC_SEARCH -> Web
  PAID_SEARCH, PAID_SOCIAL -> Advertisement
  else (incl. blank) -> Other
Email = email, as-is""", extended(
    HS,
    hs(email="ana.lima@verdemar.com.br", firstname="ana", lastname="LIMA", jobtitle="  Buyer ",
       hs_analytics_source="DIRECT_TRAFFIC"),
))
def _14(r: R) -> Out:
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Title": r["jobtitle"].strip(),
            "LeadSource": _LS14.get(r["hs_analytics_source"], "Other"), "Email": r["email"]}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h89-15-mc-basic-lang-default-en", H, M, """\
HS -> MC audience
email -> email_address
fname -> FNAME, lname -> LNAME (merge fields, copied as is)
status: "subscribed", hardcoded
language: hs_language, default "en" when the contact has none (missing or blank)""", extended(
    HS,
    hs(email="margot.leroy@atelierbleu.fr", firstname="Margot", lastname="Leroy", hs_language="fr"),
    hs(email="ruben.smit@dijkstra.nl", firstname="Ruben", lastname="Smit", hs_language=""),
))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h89-16-mc-status-3way-hubspot-tag", H, M, """\
MC status off the HS optout flag:
hs_email_optout "true"  → unsubscribed
hs_email_optout "false" → subscribed
blank                   → pending
email → email_address
tags = ["hubspot"], just that one tag""", HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "email_address": r["email"], "tags": ["hubspot"]}


@case("h89-17-mc-bigco-customer-tags", H, M, """\
HS → MC, tagging
email -> email_address, fname -> FNAME
tags, in this order:
  "big-co" if annualrevenue > 3,000,000 (blank rev = no tag)
  "customer" if LCS = customer
nothing matches => tags = [] (empty list)""", extended(
    HS,
    hs(email="owen.price@harborgate.com", firstname="Owen", lastname="Price", lifecyclestage="customer",
       annualrevenue="9000000"),
))
def _17(r: R) -> Out:
    v = rev(r)
    tags = (["big-co"] if v is not None and v > 3_000_000 else []) + (["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h89-18-mc-fname-first-word-phone-e164", H, M, """\
HS -> MC
email >> email_address
fname >> FNAME, first word only ("Mary Ann" >> "Mary")
ifnull(ph, mobilephone) >> PHONE in E.164, US if there's no +countrycode. blank ph counts as null""", extended(
    HS,
    hs(email="jo.ellen.park@parkline.com", firstname="Jo Ellen", lastname="Park", phone="", mobilephone="312-555-0148"),
))
def _18(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(ph)}}


@case("h89-19-mc-drop-no-industry-vip-customer", H, M, """\
HS → MC
drop contacts w/ blank industry
email → email_address
status = subscribed (always)
vip: true if LCS = customer, false otherwise""", HS)
def _19(r: R) -> Out:
    if blank(r["industry"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h89-20-mc-tc-names-co-or-domain-tag-vip-rev", H, M, """\
HS contacts into MC
email -> email_address
FNAME = tc(fname), LNAME = tc(lname)   [tc = Title Case]
tags = [co.]; if co. is blank tag w/ the email domain (part after the @) instead. one tag, taken as is, no tc
vip = annualrevenue > 3M (3,000,000). blank rev => false""", lower_emails(HS))
def _20(r: R) -> Out:
    v = rev(r)
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [r["company"] if not blank(r["company"]) else after_at(r["email"])],
            "vip": v is not None and v > 3_000_000}


# ---------------------------------------------------------------- HubSpot -> Segment

@case("h89-21-seg-lower-uid-full-name", H, S, """\
seg identify from HS
userId: email, lowercased
traits.email: email, raw copy
traits.name: fname + " " + lname (just joined w/ one space, no cleanup)
traits.title: jobtitle, copy (blank ok, send it blank)""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "name": f"{r['firstname']} {r['lastname']}",
                                                     "title": r["jobtitle"]}}


@case("h89-22-seg-company-traits-emp-int", H, S, """\
HS -> seg identify, company traits
userId = email (as is)
traits.company.name = co., "Unknown" if blank
traits.company.industry = industry, copied (blank stays "")
traits.company.employee_count = numemployees as an integer; blank numemployees -> leave employee_count out""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"), "industry": r["industry"],
        "employee_count": omit_if_blank(r["numemployees"], int)}}})


@case("h89-23-seg-address-phone-e164-chain", H, S, """\
identify call per HS contact
email -> userId
address -> traits.address.street
city -> traits.address.city
state -> traits.address.state, leave state out if blank
zip -> traits.address.postalCode
country -> traits.address.country
ph -> traits.phone in E.164; ph blank -> use mobilephone. US when no +countrycode. both blank -> no traits.phone""",
      extended(
          HS,
          hs(email="zoe.hart@lanternlabs.com", firstname="Zoe", lastname="Hart", phone="", mobilephone="",
             address="88 Pike St", city="Seattle", state="WA", zip="98101"),
      ))
def _23(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": omit_if_blank(ph, e164)}})


@case("h89-24-seg-trim-lower-uid-unsub-flag-rev", H, S, """\
HS → seg
userId: email, whitespace trimmed + lowercased
traits.firstName: fname (copy)
traits.unsubscribed: true if hs_email_optout = "true" else false (blank → false). real boolean
traits.annual_revenue: annualrevenue as a number; blank → omit the trait""", extended(
    HS,
    hs(email="  Theo.Grant@Kestrel.io ", firstname="Theo", lastname="Grant", hs_email_optout="true",
       annualrevenue="640000.5"),
))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h89-25-ga-crm-contact-sync-event", H, G, """\
GA4 MP, one event per HS contact
client_id: "hubspot-crm" (fixed)
event name: crm_contact_sync (fixed)
params.lifecycle_stage: LCS, copy
params.source: hs_analytics_source lowercased; blank source => "none"
params.created_on: createdate as YYYY-MM-DD""", HS)
def _25(r: R) -> Out:
    return {"client_id": "hubspot-crm", "events": [{"name": "crm_contact_sync", "params": {
        "lifecycle_stage": r["lifecyclestage"],
        "source": "none" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower(),
        "created_on": day(r["createdate"])}}]}


@case("h89-26-ga-high-value-over-1m", H, G, """\
HS -> GA
ONLY contacts w/ annualrevenue > 1,000,000. rev blank => skip
client_id = "hubspot"
user_id = email, part before the @
event: high_value_contact
params: value = annualrevenue as a number, currency = "USD\"""", lower_emails(HS))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": "hubspot", "user_id": before_at(r["email"]), "events": [
        {"name": "high_value_contact", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h89-27-ga-customer-or-lead-event-name", H, G, """\
GA4 event per HS contact
client_id: "hs-offline"
event name = "customer_sync" if LCS = customer else "lead_sync"
params.source = hs_analytics_source, "UNKNOWN" if blank
params.country = country (copy)""", HS)
def _27(r: R) -> Out:
    return {"client_id": "hs-offline", "events": [{
        "name": "customer_sync" if r["lifecyclestage"] == "customer" else "lead_sync",
        "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN"), "country": r["country"]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h89-28-sfl-hs-plain-copy-empties", L, H, """\
SFDC Lead → HS contact, plain copy
Email → email
FirstName → fname
LastName → lname
Company → co.
Title → jobtitle
Phone → ph
City → city
empty in SFDC = send the empty string, don't skip the field""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


_ST29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
         "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}


@case("h89-29-sfl-hs-lead-status-optout-text", L, H, """\
SFDC Lead -> HS
Email -> email
Status -> hs_lead_status:
 Open - Not Contacted -> NEW
 Working - Contacted -> ATTEMPTED_TO_CONTACT
 Closed - Converted -> OPEN_DEAL
 Closed - Not Converted -> UNQUALIFIED
HasOptedOutOfEmail -> hs_email_optout as text, "true"/"false" (HS wants the string not a bool)""", SFL)
def _29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _ST29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_LCS30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h89-30-sfl-hs-rating-lcs-rev-number", L, H, """\
Leads => HS
email = lower(Email)
LCS from Rating: Hot => salesqualifiedlead, Warm => marketingqualifiedlead, Cold => lead
annualrevenue = AnnualRevenue as a number; blank => don't set it""", extended(
    SFL,
    sfl(Email="Noor.Haddad@Cedarline.ae", FirstName="Noor", LastName="Haddad", Company="Cedarline",
        Rating="Warm", AnnualRevenue="760000.5"),
))
def _30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _LCS30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h89-31-sfl-hs-uk-only-e164-uk", L, H, """\
UK leads ONLY: SFDC Lead -> HS where Country = United Kingdom, skip the rest
Email -> email
Phone -> ph in E.164 as a UK number (drop the leading 0, prefix +44). already has a + => keep its code
PostalCode -> zip, UPPER
Title -> jobtitle, "Unknown" if blank""", extended(
    SFL,
    sfl(Email="poppy.hughes@tidewell.co.uk", FirstName="Poppy", LastName="Hughes", Company="Tidewell", Title="",
        Phone="0161 496 0555", Street="3 Deansgate", City="Manchester", PostalCode="m3 1ar", Country="United Kingdom"),
    sfl(Email="callum.reid@northgate.co.uk", FirstName="Callum", LastName="Reid", Company="Northgate",
        Title="Ops Director", Phone="+44 131 496 0777", Street="5 High St", City="Edinburgh", PostalCode="eh1 1yz",
        Country="United Kingdom"),
))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h89-32-sfl-hs-drop-dead-leads-street-city", L, H, """\
SFDC Lead >> HS contact
drop leads w/ Status = Closed - Not Converted
Email >> email
Title >> jobtitle, "TBD" if blank
address >> Street + ", " + City. Street blank => just City, no comma""", extended(
    SFL,
    sfl(Email="ines.costa@lisboaverde.pt", FirstName="Inês", LastName="Costa", Company="Lisboa Verde", Title="",
        Phone="+351 21 555 0101", Street="", City="Lisbon", PostalCode="1100-148", Country="Portugal",
        Status="Working - Contacted"),
))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "TBD"), "address": addr}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h89-33-sfc-mc-status-sfdc-tradeshow-tags", C, M, """\
SFDC Contact → MC member
email_address = lowercase(Email)
status = "unsubscribed" if HasOptedOutOfEmail else "subscribed"
tags: always "sfdc"; + "trade-show" if LS = Trade Show. sfdc goes first""", SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["sfdc"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])}


_LANG34 = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h89-34-sfc-mc-skip-no-ls-phone-lang", C, M, """\
SFDC Contacts -> MC
skip contacts w/ blank LS
Email -> email_address
Phone -> PHONE, E.164, US if no +code
language by MailingCountry:
  Germany -> de
  Austria -> de
  United States -> en""", SFC)
def _34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _LANG34[r["MailingCountry"]]}


@case("h89-35-sfc-mc-friend-default-sales-vip", C, M, """\
SFDC Contact -> MC
Email -> email_address, as is
FirstName -> FNAME, ifnull "Friend" (blank counts)
LastName -> LNAME
vip = true when Department = Sales else false (blank Department = false)
email_type = html for everyone""", extended(
    SFC,
    sfc(Email="pat.kim@ridgeway.io", FirstName="", LastName="Kim", Title="AE", Department="Sales",
        Phone="(206) 555-0121", MailingCity="Seattle", MailingCountry="United States"),
))
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "email_type": "html"}


@case("h89-36-sfc-mc-optin-only-clear-tags", C, M, """\
MC push from SFDC Contacts
ONLY HasOptedOutOfEmail = false. opted out => never sync
Email => email_address
FirstName => FNAME, LastName => LNAME (copies)
status => "subscribed"
language => "de"
tags => [] -- wipe them, send an empty list""", SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h89-37-sfc-seg-lower-uid-omit-title-bday", C, S, """\
seg identify for SFDC Contacts
userId = lowercase Email
traits.email = Email (raw)
traits.firstName / traits.lastName = FirstName / LastName
traits.title = Title; omit if blank
traits.birthday = Birthdate; omit if blank""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h89-38-sfc-seg-addr-trim-city-country-default", C, S, """\
SFDC Contact -> seg identify
Email -> userId, as is
addr:
  MailingCity -> traits.address.city, trimmed
  MailingCountry -> traits.address.country, "Unknown" if blank""", extended(
    SFC,
    sfc(Email="nora.keller@seeblick.ch", FirstName="Nora", LastName="Keller", MailingCity="  Zurich ",
        MailingCountry=""),
))
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"].strip(),
                                                         "country": dflt(r["MailingCountry"], "Unknown")}}}


_CH39 = {"Web": "inbound", "Trade Show": "events"}


@case("h89-39-sfc-seg-e164-name-channel", C, S, """\
SFDC Contact => seg
Email => userId
Phone => traits.phone in E.164 (US unless it already has a +cc)
FirstName + " " + LastName => traits.name
traits.acquisition_channel from LS:
  Web => inbound
  Trade Show => events
  anything else / blank => other""", SFC)
def _39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                                            "acquisition_channel": _CH39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h89-40-mc-hs-tc-names-co-default-optout", M, H, """\
MC members -> HS contacts
email_address -> email
FNAME -> fname, tc()
LNAME -> lname, tc(); LNAME blank -> don't send lname
COMPANY -> co., "Unknown" if blank
hs_email_optout = the text "true" if status is unsubscribed, else "false"
(tc = Title Case)""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h89-41-mc-hs-drop-cleaned-e164-vip-customer", M, H, """\
MC -> HS
drop cleaned
email_address → email
FNAME → firstname (copy)
PHONE → ph, E.164, US default. blank PHONE → leave ph off
LCS → "customer" if vip else "subscriber"  (vip = the member's true/false VIP flag)""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h89-42-mc-hs-first-word-co-domain-webinar", M, H, """\
MC → HS contact
email_address >> email
FNAME >> fname, first word only
COMPANY >> co.; blank => domain of email_address (whatever's after the @)
LCS >> marketingqualifiedlead if member has the tag "Webinar", else lead""", extended(
    MC,
    mc({"FNAME": "Mary Kate", "LNAME": "Doyle", "PHONE": "", "COMPANY": ""},
       email_address="marykate.doyle@shamrockdesign.ie", tags=["Webinar", "Customer"]),
))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set89")
