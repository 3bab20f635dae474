"""Held-out set 45 for the offline mapping drafter.

Persona: a RevOps data analyst who thinks in spreadsheet and SQL terms but writes plain English
sentences, not code: "null", "populated", "coalesce", "where", "else", "lowercased", "cast to a
number", "hardcode", "exclude rows where", "one row per contact". Terse and precise, often several
clauses in one sentence separated by semicolons.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h45-01 .. h45-08)
  hubspot.contacts -> salesforce.Contact   6  (h45-09 .. h45-14)
  hubspot.contacts -> mailchimp.members    6  (h45-15 .. h45-20)
  hubspot.contacts -> segment.identify     4  (h45-21 .. h45-24)
  hubspot.contacts -> ga4.events           3  (h45-25 .. h45-27)
  salesforce.Lead  -> hubspot.contacts     5  (h45-28 .. h45-32)
  salesforce.Contact -> mailchimp.members  4  (h45-33 .. h45-36)
  salesforce.Contact -> segment.identify   3  (h45-37 .. h45-39)
  mailchimp.members -> hubspot.contacts    3  (h45-40 .. h45-42)

Rule kinds per case:
  01 copies, constant picklist value        22 nested company traits, omit, default, integer
  02 defaults when blank (whitespace too)   23 nested address, title case, omit, date, lower
  03 fallback chains (after @), omit        24 custom traits: boolean (blank stated), number, trim
  04 table w/ otherwise (blank stated), low 25 GA4 constants, copy, lowercase param
  05 exclude filter (blank kept), const bool 26 GA4 only filter (> , blank out), number, before @
  06 > tiers (blank stated), number + omit  27 GA4 conditional event name, default, copy
  07 E.164 US w/ fallback, title case       28 plain copies incl. empty strings
  08 only filter, upper, concat + date      29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields            30 table (no otherwise), number/omit, lower
  10 boolean flags (blank conditions)       31 only filter, E.164 UK, upper, default
  11 fallback chain ending in before @      32 exclude filter, default, concat with blank part
  12 table (no otherwise), upper + omit     33 lower, boolean -> status, constant + conditional tag
  13 only filter (IN), lower, default, const 34 exclude filter, E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise   35 default, copies, equality -> vip, constant status
  15 copies, constant, default              36 only filter (IN), constants, empty tag list, copies
  16 3-way status (blank stated), tag       37 lower userId, copies, omit when blank
  17 conditional tags (> and equality)      38 nested address, trim, defaults
  18 first word, E.164 fallback, omit       39 E.164 US, concatenation, table w/ otherwise
  19 exclude filter, constant, vip flag     40 title case, omit, constant, "true"/"false" text
  20 part after @ as tag, title, condition  41 exclude filter, E.164 US, omit, copy, vip condition
  21 lower userId, copies, concatenation    42 first word, fallback to after @, tag condition
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def hs(**kw: Any) -> R:
    """A full HubSpot contact (the pool's first one) with some fields replaced."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(**kw: Any) -> R:
    base = {**MC[0], **kw}
    base["merge_fields"] = {**MC[0]["merge_fields"], **kw.get("merge_fields", {})}
    return base


def opted_out(r: R) -> bool:
    """HubSpot's hs_email_optout read as the texts define it: only the string "true" counts."""
    return r["hs_email_optout"] == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h45-01-lead-straight-copy", H, L,
      "One row per contact into Lead. email populates Email as is; firstname into FirstName, lastname into "
      "LastName, company into Company, jobtitle into Title, all straight copies with no cleanup. Hardcode "
      "LeadSource to 'Web' on every row.",
      HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h45-02-lead-defaults", H, L,
      "Lead sync, one row per contact: Email is the contact's email unchanged; LastName is lastname as is. Company "
      "is company, but if null, empty or whitespace-only then 'Not Provided'. Title is jobtitle; if null then "
      "'Unknown'. Populated values pass through untouched.",
      extended(HS,
               hs(email="sam.ortiz@brightpath.org", firstname="Sam", lastname="Ortiz", company="   ",
                  jobtitle="Analyst"),
               hs(email="tara.quinn@quinnco.com", firstname="Tara", lastname="Quinn", company="Quinn & Co",
                  jobtitle="  ")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Not Provided"),
            "Title": dflt(r["jobtitle"], "Unknown")}


@case("h45-03-lead-coalesce-company-phone", H, L,
      "Map email into the lead's Email as is and lastname into LastName. Company is coalesce of company and the "
      "domain, meaning the part of the email after the @ (taken as is). Phone is coalesce of phone then "
      "mobilephone, copied raw; where both are null leave Phone off the row entirely.",
      extended(lower_emails(HS),
               hs(email="leo.brandt@kiel-marine.de", firstname="Leo", lastname="Brandt", company="",
                  phone="", mobilephone="")))
def _03(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Company": r["company"] if not blank(r["company"]) else after_at(r["email"]), "Phone": phone})


@case("h45-04-lead-status-case", H, L,
      "Email on the lead is the contact's email lowercased; Company is company as is. Status is a case on "
      "lifecyclestage: subscriber or lead gives 'Open - Not Contacted'; marketingqualifiedlead or "
      "salesqualifiedlead gives 'Working - Contacted'; customer gives 'Closed - Converted'; else "
      "'Closed - Not Converted', and a null stage falls into that else branch too.",
      extended(HS,
               hs(email="Ines.Costa@Lisboa-Tech.pt", firstname="Ines", lastname="Costa", company="Lisboa Tech",
                  lifecyclestage="other"),
               hs(email="omar.haddad@cedarsys.com", firstname="Omar", lastname="Haddad", company="Cedar Systems",
                  lifecyclestage="")))
def _04(r: R) -> Out:
    table = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
             "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"].lower(), "Company": r["company"],
            "Status": table.get(r["lifecyclestage"], "Closed - Not Converted")}


@case("h45-05-lead-skip-optouts", H, L,
      "Exclude rows where hs_email_optout is 'true'; a null or empty hs_email_optout counts as not opted out, so "
      "those rows stay. For the rest: Email from email unchanged, FirstName, LastName and Company copied from "
      "firstname, lastname and company; hardcode HasOptedOutOfEmail to false.",
      HS)
def _05(r: R) -> Out:
    if opted_out(r):
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "HasOptedOutOfEmail": False}


@case("h45-06-lead-rating-tiers", H, L,
      "Email goes into Email as is. Rating is a case on annualrevenue cast to a number: greater than 5,000,000 "
      "is 'Hot'; else greater than 1,000,000 is 'Warm'; else 'Cold'; where annualrevenue is null the row gets "
      "'Cold'. AnnualRevenue itself is annualrevenue cast to a number, left off the row when null.",
      HS)
def _06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else ("Warm" if v > 1_000_000 else "Cold"))
    return keep({"Email": r["email"], "Rating": rating,
                 "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"])})


@case("h45-07-lead-e164-propercase", H, L,
      "Email maps to Email unchanged. FirstName and LastName are firstname and lastname in title case (first "
      "letter of each word upper, rest lower). Phone is phone formatted E.164, assuming US (+1) when the number "
      "has no leading +; where phone is null use mobilephone instead, same E.164 formatting.",
      HS)
def _07(r: R) -> Out:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Phone": e164(src)}


@case("h45-08-lead-us-only-description", H, L,
      "Only rows where country is exactly 'United States'; everything else, null included, is dropped. Email "
      "populated from email as is; City is city uppercased; State copied from state. Description is the literal "
      "text 'HubSpot contact created ' followed by createdate as YYYY-MM-DD.",
      extended(HS,
               hs(email="jake.miller@redrock.co", firstname="Jake", lastname="Miller", country="USA", city="Denver",
                  state="CO"),
               hs(email="rosa.lopez@mesaverde.com", firstname="Rosa", lastname="Lopez", country="United States",
                  city="Phoenix", state="AZ", createdate="2024-02-18T13:20:00.000Z")))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "City": r["city"].upper(), "State": r["state"],
            "Description": "HubSpot contact created " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h45-09-contact-mailing-copy", H, C,
      "One row per contact into Salesforce Contact, straight copies only: email into Email, firstname into "
      "FirstName, lastname into LastName; address into MailingStreet, city into MailingCity, state into "
      "MailingState, zip into MailingPostalCode, country into MailingCountry.",
      HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h45-10-contact-flags", H, C,
      "Email on the Contact is the HubSpot email as is. HasOptedOutOfEmail is true where hs_email_optout is "
      "'true', else false; null or blank hs_email_optout means false. DoNotCall is true where phone and "
      "mobilephone are both null or blank, else false.",
      extended(HS,
               hs(email="nina.berg@fjellsoft.no", firstname="Nina", lastname="Berg", phone="", mobilephone=" ",
                  hs_email_optout="  ")))
def _10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": opted_out(r),
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h45-11-contact-lastname-chain", H, C,
      "Email populates Email unchanged; FirstName is firstname as is. LastName is coalesce of lastname, then "
      "firstname, then the part of the email before the @ (as is), first populated value wins.",
      extended(lower_emails(HS),
               hs(email="yusuf.demir@anatolia.com.tr", firstname="Yusuf", lastname=""),
               hs(email="info@quietharbor.com", firstname="", lastname="  ")))
def _11(r: R) -> Out:
    last = r["lastname"] if not blank(r["lastname"]) else (
        r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]))
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": last}


@case("h45-12-contact-department-by-stage", H, C,
      "Email into Email as is, lastname into LastName as is. Department comes from lifecyclestage: subscriber, "
      "lead and marketingqualifiedlead all give 'Marketing'; salesqualifiedlead gives 'Sales'; customer gives "
      "'Account Management'. MailingState is state uppercased; where state is null, leave MailingState off.",
      extended(HS,
               hs(email="ava.reed@hudsonbay.io", firstname="Ava", lastname="Reed", lifecyclestage="lead",
                  state="ny")))
def _12(r: R) -> Out:
    table = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Marketing",
             "salesqualifiedlead": "Sales", "customer": "Account Management"}
    return keep({"Email": r["email"], "LastName": r["lastname"], "Department": table[r["lifecyclestage"]],
                 "MailingState": OMIT if blank(r["state"]) else r["state"].upper()})


@case("h45-13-contact-customers-only", H, C,
      "Only rows where lifecyclestage is customer or evangelist; all other stages are excluded. Email is email "
      "lowercased; LastName is lastname as is; Title is jobtitle, if null then 'Customer Contact'. Hardcode "
      "LeadSource to 'Other'.",
      extended(HS,
               hs(email="Ola.Nordmann@Fjordline.no", firstname="Ola", lastname="Nordmann",
                  lifecyclestage="evangelist", jobtitle=""),
               hs(email="beth.kim@seoulmade.kr", firstname="Beth", lastname="Kim", lifecyclestage="customer",
                  jobtitle="COO"),
               hs(email="Raj.Patel@Indus.in", firstname="Raj", lastname="Patel", lifecyclestage="opportunity",
                  jobtitle="CFO")))
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "Customer Contact"),
            "LeadSource": "Other"}


@case("h45-14-contact-cleanup-department", H, C,
      "Email copied into Email unchanged. FirstName is firstname trimmed of leading and trailing spaces; "
      "LastName is lastname in title case; MailingCity is city in title case. Department is a case on industry: "
      "Software gives 'Engineering', Logistics gives 'Operations', else 'General', and null industry also gets "
      "'General'.",
      extended(HS,
               hs(email="anna.lindqvist@nordlys.se", firstname="  Anna ", lastname="LINDQVIST", city="stockholm",
                  industry="Energy")))
def _14(r: R) -> Out:
    dept = {"Software": "Engineering", "Logistics": "Operations"}.get(r["industry"], "General")
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": title(r["lastname"]),
            "MailingCity": title(r["city"]), "Department": dept}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h45-15-mc-basic-default-fname", H, M,
      "One member per contact: email_address is the email as is. merge_fields.FNAME is firstname, if null then "
      "'there'; merge_fields.LNAME is lastname as is. Hardcode status to 'subscribed'.",
      extended(HS,
               hs(email="pat.doyle@greenleaf.ie", firstname="", lastname="Doyle"),
               hs(email="lee.chan@kowloonbay.hk", firstname="   ", lastname="Chan")))
def _15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "there"), "LNAME": r["lastname"]},
            "status": "subscribed"}


@case("h45-16-mc-status-three-way", H, M,
      "email_address is the email lowercased. status is a case on hs_email_optout: 'true' gives 'unsubscribed', "
      "'false' gives 'subscribed', and null or blank gives 'pending'. Every member gets exactly one tag, "
      "'hubspot-sync'.",
      HS)
def _16(r: R) -> Out:
    status = "pending" if blank(r["hs_email_optout"]) else (
        "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed")
    return {"email_address": r["email"].lower(), "status": status, "tags": ["hubspot-sync"]}


@case("h45-17-mc-conditional-tags", H, M,
      "Map email into email_address unchanged. tags is built per row in this order: 'big-account' where "
      "annualrevenue cast to a number is greater than 3,000,000 (null revenue does not get it), then 'customer' "
      "where lifecyclestage is customer. Rows matching neither get an empty tag list.",
      extended(HS,
               hs(email="gus.weber@alpinetools.ch", firstname="Gus", lastname="Weber", lifecyclestage="customer",
                  annualrevenue="5000000")))
def _17(r: R) -> Out:
    v = rev(r)
    tags = (["big-account"] if v is not None and v > 3_000_000 else []) + (
        ["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h45-18-mc-first-word-phone", H, M,
      "email_address is email as is. merge_fields.FNAME is just the first word of firstname. merge_fields.PHONE "
      "is mobilephone in E.164 (US assumed when there is no leading +); where mobilephone is null use phone, "
      "also E.164 US; where both are null leave PHONE off.",
      extended(HS,
               hs(email="mary.ann.cole@bluegrass.com", firstname="Mary Ann", lastname="Cole",
                  mobilephone="(859) 555-0121", phone=""),
               hs(email="theo.marsh@fenland.co", firstname="Theo", lastname="Marsh", mobilephone="", phone="")))
def _18(r: R) -> Out:
    if not blank(r["mobilephone"]):
        phone: Any = e164(r["mobilephone"])
    elif not blank(r["phone"]):
        phone = e164(r["phone"])
    else:
        phone = OMIT
    return keep({"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": phone}})


@case("h45-19-mc-skip-subscribers-vip", H, M,
      "Exclude rows where lifecyclestage is subscriber. Remaining rows: email_address from email as is; status "
      "hardcoded 'subscribed'; vip is true where lifecyclestage is customer or evangelist, else false.",
      extended(HS,
               hs(email="zoe.hart@hartandco.com", firstname="Zoe", lastname="Hart", lifecyclestage="evangelist")))
def _19(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h45-20-mc-domain-tag-language", H, M,
      "email_address is the email unchanged. merge_fields.FNAME is firstname in title case. tags holds a single "
      "tag: the email's domain, i.e. the part after the @, as is. language is 'fr' where country is 'France', "
      "else 'en'; a null country gets 'en'.",
      extended(lower_emails(HS),
               hs(email="julie.morel@boulangerie-lyon.fr", firstname="julie", lastname="Morel", country="France"),
               hs(email="sam.green@greenfield.com", firstname="Sam", lastname="Green", country="")))
def _20(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])},
            "tags": [after_at(r["email"])], "language": "fr" if r["country"] == "France" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h45-21-seg-name-concat", H, S,
      "One identify per contact. userId is the email lowercased; traits.email is the email as is. traits.name is "
      "firstname, a single space, then lastname, no case changes. traits.phone is phone copied raw.",
      HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"], "phone": r["phone"]}}


@case("h45-22-seg-company-object", H, S,
      "userId is email as is. Under traits.company: name is company, left off where company is null; industry "
      "is industry, if null then 'Unknown'; employee_count is numemployees cast to a whole number, left off "
      "where numemployees is null.",
      HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": OMIT if blank(r["company"]) else r["company"],
        "industry": dflt(r["industry"], "Unknown"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h45-23-seg-address-created", H, S,
      "userId is the email lowercased. traits.address.street is address as is; traits.address.city is city in "
      "title case; traits.address.state is state, but where state is null leave it off; traits.address.country "
      "is country as is. traits.createdAt is createdate cut to YYYY-MM-DD.",
      HS)
def _23(r: R) -> Out:
    return keep({"userId": r["email"].lower(), "traits": {
        "address": {"street": r["address"], "city": title(r["city"]),
                    "state": OMIT if blank(r["state"]) else r["state"], "country": r["country"]},
        "createdAt": day(r["createdate"])}})


@case("h45-24-seg-custom-traits", H, S,
      "userId is the email trimmed and lowercased; traits.email is the email as is. traits.unsubscribed is the "
      "boolean true where hs_email_optout is 'true', else false, null included. traits.annual_revenue is "
      "annualrevenue cast to a number, omitted where null. traits.title is jobtitle trimmed, omitted where null.",
      extended(HS,
               hs(email=" Wen.Zhou@JadeRiver.cn ", firstname="Wen", lastname="Zhou", jobtitle="  CFO ",
                  annualrevenue="950000", hs_email_optout="")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "email": r["email"], "unsubscribed": opted_out(r),
        "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
        "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].strip()}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h45-25-ga4-contact-synced", H, G,
      "One GA4 request per contact; hardcode client_id to 'crm-backfill'. Each carries one event named "
      "'contact_synced' with params: lifecycle_stage is lifecyclestage as is, country is country lowercased, and "
      "source_system is hardcoded 'hubspot'.",
      HS)
def _25(r: R) -> Out:
    return {"client_id": "crm-backfill", "events": [{"name": "contact_synced", "params": {
        "lifecycle_stage": r["lifecyclestage"], "country": r["country"].lower(), "source_system": "hubspot"}}]}


@case("h45-26-ga4-big-accounts", H, G,
      "Only rows where annualrevenue cast to a number is greater than 1,000,000; null revenue is excluded. "
      "client_id is the part of the email before the @, as is. One event, 'qualified_account', with params "
      "value (annualrevenue cast to a number) and currency hardcoded 'USD'.",
      lower_emails(HS))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h45-27-ga4-event-by-stage", H, G,
      "client_id is the contact's email unchanged. Event name is 'sign_up' where lifecyclestage is subscriber, "
      "else 'generate_lead'. Params: job_title is jobtitle, if null then 'unknown'; city is city as is.",
      HS)
def _27(r: R) -> Out:
    name = "sign_up" if r["lifecyclestage"] == "subscriber" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "job_title": dflt(r["jobtitle"], "unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h45-28-hs-lead-copies", L, H,
      "One HubSpot contact per lead, straight copies, empty strings stay empty: Email into email, FirstName into "
      "firstname, LastName into lastname, Company into company, Title into jobtitle, Street into address, City "
      "into city, PostalCode into zip, Country into country.",
      SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "address": r["Street"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h45-29-hs-lead-status-optout", L, H,
      "email is the lead's Email as is. hs_lead_status maps from Status: 'Open - Not Contacted' to NEW, "
      "'Working - Contacted' to CONNECTED, 'Closed - Converted' to OPEN_DEAL, 'Closed - Not Converted' to "
      "UNQUALIFIED. hs_email_optout is the string 'true' where HasOptedOutOfEmail is true, else the string "
      "'false'.",
      SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "CONNECTED", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h45-30-hs-rating-to-stage", L, H,
      "email is Email lowercased; company is Company as is. lifecyclestage from Rating: Hot becomes "
      "salesqualifiedlead, Warm becomes marketingqualifiedlead, Cold becomes lead. annualrevenue is "
      "AnnualRevenue cast to a number; where AnnualRevenue is null, don't set annualrevenue.",
      extended(SFL,
               sfl(Email="Marta.Nowak@Wisla.pl", FirstName="Marta", LastName="Nowak", Company="Wisla Foods",
                   Rating="Warm", AnnualRevenue="750000.5")))
def _30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"].lower(), "company": r["Company"], "lifecyclestage": stage,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h45-31-hs-uk-leads", L, H,
      "Only leads where Country is exactly 'United Kingdom'; the rest, null Country included, are excluded. email "
      "is Email as is. phone is Phone in E.164 assuming UK: drop the leading trunk 0 and prefix +44, and a number "
      "already starting with + keeps its own code. zip is PostalCode uppercased. jobtitle is Title, if null then "
      "'Unknown'.",
      extended(SFL,
               sfl(Email="isla.grant@thistle.co.uk", FirstName="Isla", LastName="Grant", Company="Thistle Ltd",
                   Country="United Kingdom", Phone="07700 900123", PostalCode="ec1a 1bb", Title=""),
               sfl(Email="owen.price@valleyworks.co.uk", FirstName="Owen", LastName="Price", Company="Valley Works",
                   Country="United Kingdom", Phone="+44 29 2018 0345", PostalCode="CF10 1AA", Title="Buyer")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h45-32-hs-street-city-concat", L, H,
      "Exclude rows where Status is 'Closed - Not Converted'. email is Email unchanged. address is Street, a comma "
      "and a space, then City; where Street is null, address is just City. jobtitle is Title, if null then "
      "'Not Provided'.",
      extended(SFL,
               sfl(Email="nadia.rahman@summitgear.com", FirstName="Nadia", LastName="Rahman", Company="Summit Gear",
                   Street="", City="Denver", Status="Working - Contacted", Title="")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "address": addr, "jobtitle": dflt(r["Title"], "Not Provided")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h45-33-mc-sfc-status-tags", C, M,
      "email_address is the Contact's Email lowercased. status is 'unsubscribed' where HasOptedOutOfEmail is "
      "true, else 'subscribed'. tags: always 'salesforce' first, then 'trade-show' as a second tag where "
      "LeadSource is 'Trade Show'.",
      SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h45-34-mc-sfc-phone-language", C, M,
      "Exclude rows where HasOptedOutOfEmail is true. email_address is Email as is. merge_fields.PHONE is Phone "
      "formatted E.164, US assumed unless the number already starts with +. language maps from MailingCountry: "
      "Germany gives 'de', Austria gives 'de', United States gives 'en'.",
      extended(SFC,
               sfc(Email="carla.diaz@sunbeltmedia.com", FirstName="Carla", LastName="Diaz", Phone="512-555-0163",
                   MailingCity="Austin", MailingCountry="United States", HasOptedOutOfEmail=False)))
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h45-35-mc-sfc-sales-vip", C, M,
      "One member per Contact: email_address from Email unchanged; merge_fields.FNAME is FirstName, if null then "
      "'Friend'; merge_fields.LNAME is LastName as is. Hardcode status to 'pending'. vip is true where Department "
      "is 'Sales', else false, null Department included.",
      extended(SFC,
               sfc(Email="kai.schulz@elbhafen.de", FirstName="", LastName="Schulz", Department="Sales")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "status": "pending", "vip": r["Department"] == "Sales"}


@case("h45-36-mc-sfc-dach-untagged", C, M,
      "Only rows where MailingCountry is Germany or Austria; all other values, null included, are excluded. "
      "email_address is Email as is; FNAME and LNAME under merge_fields are FirstName and LastName as is. "
      "Hardcode status 'subscribed' and language 'de', and set tags to an empty list.",
      extended(SFC,
               sfc(Email="marco.bianchi@lagodigarda.it", FirstName="Marco", LastName="Bianchi",
                   MailingCountry="Italy"),
               sfc(Email="jana.novak@prahasoft.cz", FirstName="Jana", LastName="Novak", MailingCountry="")))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h45-37-seg-sfc-identify", C, S,
      "userId is the Contact's Email lowercased; traits.email is Email as is. traits.firstName and traits.lastName "
      "are FirstName and LastName as is. traits.title is Title and traits.birthday is Birthdate, each omitted "
      "where the source is null.",
      SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h45-38-seg-sfc-address-dept", C, S,
      "userId is Email unchanged. traits.address.city is MailingCity trimmed; traits.address.country is "
      "MailingCountry, if null then 'Unknown'. traits.department is Department, if null then 'None'.",
      extended(SFC,
               sfc(Email="noah.keller@bergbau.ch", FirstName="Noah", LastName="Keller", MailingCity="  Zurich ",
                   MailingCountry="", Department="")))
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")},
        "department": dflt(r["Department"], "None")}}


@case("h45-39-seg-sfc-phone-channel", C, S,
      "userId is Email as is. traits.phone is Phone in E.164, assume US when there's no leading +. traits.name is "
      "LastName, a comma and a space, then FirstName. traits.channel is a case on LeadSource: Web gives "
      "'inbound', Trade Show gives 'events', else 'other'; null LeadSource also gets 'other'.",
      extended(SFC,
               sfc(Email="ruth.adler@negevlabs.com", FirstName="Ruth", LastName="Adler", Phone="+972 3 555 0144",
                   LeadSource="Partner")))
def _39(r: R) -> Out:
    channel = {"Web": "inbound", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]),
                                             "name": r["LastName"] + ", " + r["FirstName"], "channel": channel}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h45-40-hs-mc-propercase-optout", M, H,
      "One HubSpot contact per member; email is email_address as is. firstname is merge_fields.FNAME in title "
      "case; lastname is merge_fields.LNAME in title case, not set where LNAME is null. hs_email_optout is the "
      "text 'true' where status is unsubscribed or cleaned, else the text 'false'. Hardcode lifecyclestage to "
      "'subscriber'.",
      MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "lifecyclestage": "subscriber"})


@case("h45-41-hs-mc-skip-cleaned", M, H,
      "Exclude rows where status is 'cleaned'. email is email_address unchanged. phone is merge_fields.PHONE in "
      "E.164 with US assumed when there is no leading +; where PHONE is null leave phone off. company is "
      "merge_fields.COMPANY as is. lifecyclestage is 'customer' where vip is true, else 'lead'.",
      MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h45-42-hs-mc-firstword-domain", M, H,
      "email is email_address as is. firstname is the first word of merge_fields.FNAME. company is coalesce of "
      "merge_fields.COMPANY and the part of email_address after the @, as is. hs_language is language copied "
      "over. lifecyclestage is 'customer' where tags contains 'Customer' (exact case), else 'subscriber'.",
      extended(MC,
               mc(email_address="ana.paula@riodoce.com.br", status="subscribed",
                  merge_fields={"FNAME": "Ana Paula", "LNAME": "Souza", "PHONE": "", "COMPANY": ""},
                  tags=["Customer", "Webinar"], language="pt", vip=False)))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "hs_language": r["language"],
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    assert len(CASES) == 42
    build(CASES, Path(__file__).parent / "set45")
