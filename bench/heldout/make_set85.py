"""Held-out set 85 for the offline mapping drafter.

Persona: Sam, a marketing-operations engineer who writes every sync request as the release notes
of its first version, Keep-a-Changelog style: a "## [1.0.0] - Source -> Destination" header and
"### Added / Changed / Fixed / Removed / Not synced / Known behaviour" sections whose bullets
describe the behaviour as if it already shipped ("X is now taken from Y", "Z is no longer sent").

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h85-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: the brief's fixed table, authoring.RULE_KINDS (one table for every
set since set 76).
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

@case("h85-01", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads

### Added
- HubSpot contacts are now pushed to Salesforce as Leads, matched on Lead `Email`, which is taken
  from the HubSpot `email` property.
- Lead `FirstName` / `LastName` now come from HubSpot First Name / Last Name.
- Lead `Company` is now filled from the HubSpot Company Name (`company`).
- Lead `Title` is now filled from Job Title (`jobtitle`).
- Every Lead is now created with Lead Source = "Web", whatever the contact's history.

### Known behaviour
- All of the above are straight copies of what HubSpot holds. An empty company or job title in
  HubSpot arrives as an empty value in Salesforce; nothing gets filled in for it.

### Not synced
- Phone numbers, address fields and lifecycle stage are not part of this release.
""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h85-02", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads (name cleanup)

### Added
- Lead Email <- HubSpot `email`, copied unchanged (match key).
- Lead First Name / Last Name <- `firstname` / `lastname`.
- Lead Company <- `company`; Lead Title <- `jobtitle`. Both copied as-is when they have a value.

### Changed
- First Name and Last Name are now trimmed: leading/trailing spaces coming from HubSpot are
  stripped before they reach Salesforce.

### Fixed
- Leads with no company no longer fail on insert: when HubSpot `company` is empty (or only
  spaces), Company is set to "Not Provided".
- An empty Job Title now becomes Title "Unknown" instead of a blank Title.
""", extended(HS, hs(email="tunde.okoye@lagosgrid.ng", firstname="  Tunde", lastname="Okoye   ",
                     company="   ", jobtitle="Energy Analyst")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "LastName": r["lastname"].strip(), "Company": dflt(r["company"], "Not Provided"),
            "Title": dflt(r["jobtitle"], "Unknown")}


@case("h85-03", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads

### Added
- The sync creates/updates one Lead per HubSpot contact, keyed on Lead Email = HubSpot email.
- Lead `Phone` now carries the contact's Phone Number as-is (no reformatting); when that is empty
  it falls back to the Mobile Phone Number (`mobilephone`), also as-is.

### Changed
- Names are now title-cased on the way in: Lead FirstName and LastName = HubSpot firstname /
  lastname with every word capitalised (first letter upper case, the rest lower case), so
  "maria GARCIA" lands as "Maria Garcia".

### Removed
- `Phone` is no longer sent at all when a contact has neither a phone nor a mobile number: the
  field is left out of the Lead.
""", extended(HS, hs(email="wei.zhang@jadepath.com", firstname="WEI", lastname="zhang", phone="",
                     mobilephone="")))
def _03(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"]), "Phone": omit_if_blank(phone)})


@case("h85-04", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads (lead source mapping)

### Added
- Lead Email is now taken from HubSpot email, lower-cased.
- Lead Source is now derived from HubSpot's Original Source (`hs_analytics_source`):
  - ORGANIC_SEARCH -> "Web"
  - PAID_SEARCH -> "Advertisement"
  - PAID_SOCIAL -> "Advertisement"
  - REFERRALS -> "External Referral"
  - anything else -> "Other"

### Known behaviour
- Contacts with no Original Source at all (empty) get "Other" too.
""", extended(HS, hs(email="Lucas.Meyer@Brightfield.de", hs_analytics_source="EMAIL_MARKETING")))
def _04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h85-05", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads

### Added
- Lead Email, Company and Phone are now copied straight from HubSpot `email`, `company` and
  `phone` (Email is the match key).
- Every Lead is sent with Lead Status "Open - Not Contacted".

### Not synced
- Contacts whose Lifecycle Stage is `customer` are skipped: they are never sent to Salesforce.
- Contacts unsubscribed from all email (`hs_email_optout` is "true") are skipped as well. A blank
  opt-out value does not count as unsubscribed, so those contacts are still synced.
""", extended(HS, hs(email="ana.lima@costaverde.com.br", firstname="Ana", lastname="Lima",
                     company="Costa Verde", phone="", lifecyclestage="customer",
                     hs_email_optout="false")))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Company": r["company"], "Phone": r["phone"],
            "Status": "Open - Not Contacted"}


@case("h85-06", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads (rating)

### Added
- Lead `Email` mirrors HubSpot `email`.
- Lead `Rating` is now set from the HubSpot Annual Revenue:
  - above 5,000,000 -> "Hot"
  - below 1,000,000 -> "Cold"
  - anything in between -> "Warm"
- Lead `NumberOfEmployees` (Employees) now comes from HubSpot Number of Employees, sent as a
  whole number.

### Known behaviour
- A contact with no annual revenue (blank) is rated "Cold".
- When Number of Employees is empty, Employees is left off the Lead entirely.
""", extended(HS, hs(email="farah.aziz@meridianbank.ae", annualrevenue="5200000",
                     numemployees="1500")))
def _06(r: R) -> Out:
    rev = r["annualrevenue"]
    if blank(rev) or float(rev) < 1_000_000:
        rating = "Cold"
    elif float(rev) > 5_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    emp = OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": emp})


@case("h85-07", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads

### Added
- Lead Email = HubSpot email (match key, no changes).
- Lead Phone now carries the HubSpot `phone` in E.164 format (e.g. +14155550142). Numbers that
  already start with "+" keep their own country code; every other number is treated as a US
  number.

### Changed
- Lead City and Lead Company (from HubSpot City / Company Name) are now title-cased: every word
  gets a capital first letter and the rest in lower case, so "monterrey" shows up as "Monterrey".

### Removed
- Phone is no longer sent when the HubSpot phone is empty; those Leads simply have no Phone.
""", extended(HS, hs(email="dana.whitfield@bluejay.co", company="blue JAY coffee", city="new york",
                     phone="212 555 0150")))
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164),
                 "City": title(r["city"]), "Company": title(r["company"])})


@case("h85-08", H, L, """## [1.0.0] - HubSpot -> Salesforce Leads (US only)

### Added
- Only contacts whose Country/Region is exactly "United States" are synced; everybody else is
  ignored by this release.
- Lead Email <- HubSpot email.
- Lead State is now the HubSpot State/Region in UPPER CASE ("tx" -> "TX").
- Lead Description is now built as "HubSpot <lifecycle stage> since <create date>": the raw
  Lifecycle Stage value, then the Create Date as YYYY-MM-DD. Example: "HubSpot lead since
  2024-02-19".
""", extended(HS, hs(email="jordan.ellis@mesalabs.com", state="tx", country="United States",
                     lifecyclestage="lead", createdate="2024-02-19T13:20:00.000Z")))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"HubSpot {r['lifecyclestage']} since {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h85-09", H, C, """## [1.0.0] - HubSpot -> Salesforce Contacts (mailing address)

### Added
- Salesforce Contact upsert keyed on `Email`, filled from HubSpot `email`.
- `FirstName`, `LastName` copied from firstname / lastname.
- Mailing address is now synced 1:1:
  - `MailingStreet` <- Street Address (`address`)
  - `MailingCity` <- `city`
  - `MailingState` <- State/Region
  - `MailingPostalCode` <- Postal Code (`zip`)
  - `MailingCountry` <- Country/Region

### Known behaviour
- No cleanup happens on any of these; a blank in HubSpot stays blank in Salesforce.
""", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h85-10", H, C, """## [1.0.0] - HubSpot -> Salesforce Contacts (email & call flags)

### Added
- Contacts are matched on Salesforce `Email` = HubSpot `email`.
- `HasOptedOutOfEmail` (Email Opt Out) is now set: true when HubSpot `hs_email_optout` is "true";
  false when it is "false" and also false when it is blank.
- `DoNotCall` is now set: true when the contact has no Phone Number AND no Mobile Phone Number
  (both empty), false as soon as either one is filled in.

### Not synced
- The phone numbers themselves are not written to Salesforce; only the DoNotCall flag is.
""", extended(HS, hs(email="bea.santos@lisboalabs.pt", phone="  ", mobilephone="",
                     hs_email_optout="")))
def _10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h85-11", H, C, """## [1.0.0] - HubSpot -> Salesforce Contacts

### Added
- Contact Email is now copied from HubSpot email (match key).
- Contact First Name comes from HubSpot First Name. When that is empty we now use the part of the
  email address before the "@" instead ("ops@quartzline.com" -> "ops").
- Contact `Department` is now filled with the first of these that is not empty, in this order:
  HubSpot Industry, then Company Name, then the fixed text "General".
""", lower_emails(extended(HS,
                           hs(email="ops@quartzline.com", firstname="", industry="", company=""),
                           hs(email="lee.hart@hartandsons.co", firstname="Lee", industry="",
                              company="Hart and Sons"))))
def _11(r: R) -> Out:
    dept = next((v for v in (r["industry"], r["company"]) if not blank(v)), "General")
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Department": dept}


@case("h85-12", H, C, """## [1.0.0] - HubSpot -> Salesforce Contacts (lead source)

### Added
- Contacts matched by `Email` (HubSpot `email`, copied).
- Contact Lead Source now follows HubSpot Original Source:

  | Original Source | Lead Source       |
  |-----------------|-------------------|
  | ORGANIC_SEARCH  | Web               |
  | PAID_SEARCH     | Advertisement     |
  | PAID_SOCIAL     | Advertisement     |
  | REFERRALS       | External Referral |

- `MailingState` now comes from HubSpot `state`, upper-cased.

### Removed
- MailingState is dropped from the payload whenever HubSpot has no state for the contact.
""", extended([r for r in HS if not blank(r["hs_analytics_source"])],
              hs(email="nora.quinn@hudsonyard.com", state="ny", hs_analytics_source="REFERRALS")))
def _12(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral"}
    return keep({"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h85-13", H, C, """## [1.0.0] - HubSpot -> Salesforce Contacts (customers only)

### Added
- This sync only handles contacts whose Lifecycle Stage is `customer` or `opportunity`; contacts
  in every other stage are left out.
- Salesforce Contact Email (match key) = HubSpot email in lower case.
- Business Phone (`Phone`) = HubSpot phone; when phone is empty, the mobile phone is used
  instead. Numbers are copied as they are.
- Every Contact gets Contact Description "Synced from HubSpot".
""", extended(HS,
              hs(email="Olu.Adeyemi@LagosHub.ng", lifecyclestage="opportunity",
                 phone="+234 1 555 0101", mobilephone=""),
              hs(email="Ines.Moreau@Vague.fr", lifecyclestage="customer", phone="",
                 mobilephone="+33 6 12 34 56 78")))
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "opportunity"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]),
            "Description": "Synced from HubSpot"}


@case("h85-14", H, C, """## [1.0.0] - HubSpot -> Salesforce Contacts

### Added
- Salesforce Email <- HubSpot email.
- Contact `Department` is now derived from Lifecycle Stage:
  - customer -> "Customer Success"
  - salesqualifiedlead -> "Sales"
  - marketingqualifiedlead -> "Marketing"
  - every other stage -> "Prospecting"
- Contact Title now comes from HubSpot Job Title.

### Changed
- Title is now trimmed of leading and trailing whitespace.
- First Name and Last Name are now title-cased (capital first letter on each word, lower case for
  the rest of the word).
""", extended(HS, hs(email="rafael.costa@solnascente.com.br", firstname="RAFAEL", lastname="costa",
                     jobtitle="  Growth Lead ", lifecyclestage="opportunity")))
def _14(r: R) -> Out:
    dept = {"customer": "Customer Success", "salesqualifiedlead": "Sales",
            "marketingqualifiedlead": "Marketing"}.get(r["lifecyclestage"], "Prospecting")
    return {"Email": r["email"], "Department": dept, "Title": r["jobtitle"].strip(),
            "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h85-15", H, M, """## [1.0.0] - HubSpot -> Mailchimp audience

### Added
- Contacts are added to the audience under their HubSpot email (`email_address`).
- Merge fields: FNAME <- firstname, LNAME <- lastname, copied as they are.
- Every member is added with status "subscribed".
- Member `language` comes from HubSpot Preferred language (`hs_language`).

### Fixed
- Contacts that have no preferred language (property missing or empty) now get language "en"
  instead of nothing.
""", extended(HS, hs(email="greta.lind@fjordmedia.se", firstname="Greta", lastname="Lind",
                     hs_language="sv")))
def _15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h85-16", H, M, """## [1.0.0] - HubSpot -> Mailchimp

### Added
- Members are keyed on Email Address = HubSpot email.
- Member status now follows "Unsubscribed from all email" (`hs_email_optout`):
  - "true" -> "unsubscribed"
  - "false" -> "subscribed"
  - blank -> "pending" (they get the double opt-in mail)
- Each member is tagged "hubspot-sync" - one tag, that's the whole list.
""", HS)
def _16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "pending" if blank(opt) else {"true": "unsubscribed", "false": "subscribed"}[opt]
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h85-17", H, M, """## [1.0.0] - HubSpot -> Mailchimp (tags)

### Added
- email_address = HubSpot email.
- Tags are now computed per contact, in this order:
  1. "big-account" if Annual Revenue is more than 3,000,000
  2. "customer" if Lifecycle Stage is customer

### Known behaviour
- An empty Annual Revenue never gets "big-account".
- A contact matching neither rule is sent with an empty tag list.
""", extended(HS, hs(email="hana.kim@seoulpeak.kr", annualrevenue="9000000",
                     lifecyclestage="customer")))
def _17(r: R) -> Out:
    tags = []
    if not blank(r["annualrevenue"]) and float(r["annualrevenue"]) > 3_000_000:
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "tags": tags}


@case("h85-18", H, M, """## [1.0.0] - HubSpot -> Mailchimp

### Added
- Email Address from HubSpot email.
- FNAME now holds only the first word of HubSpot First Name ("Mary Ann" -> "Mary").
- PHONE now holds the HubSpot phone in E.164; if phone is empty, the mobile phone is used instead
  (also in E.164). Numbers without a leading "+" are assumed to be US numbers; numbers with one
  keep their country code.
""", extended(HS, hs(email="maryann.doyle@prairiefarms.com", firstname="Mary Ann", phone="",
                     mobilephone="312 555 0166")))
def _18(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(phone)}}


@case("h85-19", H, M, """## [1.0.0] - HubSpot -> Mailchimp

### Added
- Members keyed on email_address (HubSpot email).
- Everyone goes in with status "subscribed".
- `vip` is true for contacts at Lifecycle Stage customer or evangelist, false for every other
  stage.

### Not synced
- Contacts with a blank Company Name are skipped entirely (a name of only spaces counts as blank).
""", extended(HS,
              hs(email="nadia.haddad@cedarbay.com", company="Cedar Bay Foods",
                 lifecyclestage="customer"),
              hs(email="tom.becker@rheinkraft.de", company="   ", lifecyclestage="evangelist")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h85-20", H, M, """## [1.0.0] - HubSpot -> Mailchimp

### Added
- email_address = HubSpot email.
- FNAME / LNAME from First Name / Last Name, title-cased (each word: first letter capital, the
  rest lower case).
- Each member gets exactly one tag: their HubSpot Company Name. When company is empty the tag is
  the part of the email after the "@" (the domain) instead.
- vip = true when Annual Revenue is above 2,000,000; false otherwise, including when the revenue
  is blank.
""", lower_emails(HS))
def _20(r: R) -> Out:
    rev = r["annualrevenue"]
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))],
            "vip": not blank(rev) and float(rev) > 2_000_000}


# ---------------------------------------------------------------- HubSpot -> Segment

@case("h85-21", H, S, """## [1.0.0] - HubSpot -> Segment identify

### Added
- Identify calls now use the contact's email, lower-cased, as `userId`.
- traits.firstName / traits.lastName copied from First Name / Last Name.
- traits.name = first name + " " + last name (one space in between).
- traits.title copied from Job Title.
""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h85-22", H, S, """## [1.0.0] - HubSpot -> Segment identify (company traits)

### Added
- userId is the HubSpot email.
- Company info now goes under traits.company:
  - `name` <- Company Name; "Independent" when the contact has no company
  - `industry` <- Industry
  - `employee_count` <- Number of Employees as an integer

### Removed
- traits.company.industry is not sent when Industry is empty.
- traits.company.employee_count is not sent when Number of Employees is empty.
""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h85-23", H, S, """## [1.0.0] - HubSpot -> Segment identify (address & phone)

### Added
- userId = HubSpot email.
- traits.address now carries: city <- City, state <- State/Region, postalCode <- Postal Code,
  country <- Country/Region.
- traits.phone = HubSpot phone in E.164 (treated as US unless the number starts with "+"); falls
  back to the mobile phone (same format) when phone is empty.

### Removed
- traits.address.state is omitted when State/Region is empty.
- traits.phone is omitted when the contact has neither number.
""", extended(HS, hs(email="kai.nakamura@pugetworks.com", phone="", mobilephone="", state="WA",
                     city="Seattle", country="United States", zip="98101")))
def _23(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": omit_if_blank(phone, e164)}})


@case("h85-24", H, S, """## [1.0.0] - HubSpot -> Segment identify

### Added
- userId = HubSpot email with surrounding whitespace trimmed, then lower-cased.
- traits.title = Job Title (as is).
- traits.unsubscribed (a boolean) = true when hs_email_optout is "true"; false when it's "false",
  and also false when it's blank.
- traits.annual_revenue = Annual Revenue as a number.

### Removed
- traits.annual_revenue is left out for contacts with no annual revenue.
""", extended(HS, hs(email="  Ama.Owusu@AccraWorks.io ", jobtitle="CFO", hs_email_optout="",
                     annualrevenue="650000.5")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h85-25", H, G, """## [1.0.0] - HubSpot -> GA4 (Measurement Protocol)

### Added
- One request per contact, client_id "hubspot-offline", carrying a single event named
  "crm_contact_sync".
- Event params:
  - `company` <- Company Name, copied
  - `source` <- Original Source in lower case ("ORGANIC_SEARCH" -> "organic_search")
  - `created_on` <- Create Date, date part only (YYYY-MM-DD)

### Known behaviour
- A contact with an empty Original Source is sent with `source` as an empty string.
""", HS)
def _25(r: R) -> Out:
    return {"client_id": "hubspot-offline", "events": [{"name": "crm_contact_sync", "params": {
        "company": r["company"], "source": r["hs_analytics_source"].lower(),
        "created_on": day(r["createdate"])}}]}


@case("h85-26", H, G, """## [1.0.0] - HubSpot -> GA4

### Added
- Only contacts with more than 20 employees (Number of Employees) are sent. Contacts with no
  employee count at all are not sent either.
- client_id is the part of the contact's email before the "@".
- Event name is always "qualified_account".
- Event param `employees` = Number of Employees as a number.
""", lower_emails(extended(HS, hs(email="rosa.lind@nordkapp.no", numemployees="500"))))
def _26(r: R) -> Out:
    emp = r["numemployees"]
    if blank(emp) or float(emp) <= 20:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_account", "params": {"employees": num(emp)}}]}


@case("h85-27", H, G, """## [1.0.0] - HubSpot -> GA4

### Added
- client_id is the HubSpot email, as is.
- Event name now depends on Lifecycle Stage: "purchase" for customer, "generate_lead" for every
  other stage.
- Event param `lifecycle_stage` carries the raw Lifecycle Stage value.
- Event param `traffic_source` carries Original Source (`hs_analytics_source`).

### Fixed
- `traffic_source` is now "unknown" instead of empty when a contact has no Original Source.
""", HS)
def _27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "lifecycle_stage": r["lifecyclestage"],
        "traffic_source": dflt(r["hs_analytics_source"], "unknown")}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h85-28", L, H, """## [1.0.0] - Salesforce Leads -> HubSpot contacts

### Added
- HubSpot `email` <- Lead Email (this is the match key).
- firstname <- FirstName, lastname <- LastName, company <- Company, jobtitle <- Title,
  phone <- Phone.
- address <- Street, city <- City, zip <- PostalCode, country <- Country.

### Known behaviour
- Empty Lead values are written to HubSpot as empty strings. No defaults anywhere, no cleanup.
""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"], "jobtitle": r["Title"], "phone": r["Phone"],
            "address": r["Street"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h85-29", L, H, """## [1.0.0] - Salesforce Leads -> HubSpot contacts (status)

### Added
- email <- Lead Email.
- HubSpot Lead Status (`hs_lead_status`) now follows the Salesforce Lead Status:
  - "Open - Not Contacted" -> NEW
  - "Working - Contacted" -> IN_PROGRESS
  - "Closed - Converted" -> OPEN_DEAL
  - "Closed - Not Converted" -> UNQUALIFIED
- Unsubscribed from all email (`hs_email_optout`) is now written as the text "true" when Email
  Opt Out is checked on the Lead, and as the text "false" when it isn't.
""", SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h85-30", L, H, """## [1.0.0] - Salesforce Leads -> HubSpot contacts

### Added
- HubSpot email = Lead Email, lower-cased.
- Lifecycle Stage now comes from the Lead Rating: Hot -> salesqualifiedlead,
  Warm -> marketingqualifiedlead, Cold -> lead.
- annualrevenue = Lead AnnualRevenue, sent as a number.

### Removed
- annualrevenue is not sent for Leads without an Annual Revenue.
""", extended(SFL, sfl(Email="Zoe.Park@BrightMesa.com", FirstName="Zoe", LastName="Park",
                       Rating="Warm", AnnualRevenue="750000.50")))
def _30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h85-31", L, H, """## [1.0.0] - Salesforce Leads -> HubSpot contacts (UK)

### Added
- Only Leads with Country = "United Kingdom" are synced; no other country goes to HubSpot.
- email from Lead Email.
- phone = Lead Phone in E.164. Numbers without a "+" are UK numbers (drop the leading 0, prefix
  +44); numbers that already have a "+" keep their code.
- zip = PostalCode in upper case.
- city = City; "London" when City is empty.
""", extended(SFL,
              sfl(Email="oliver.bennett@thamesworks.co.uk", FirstName="Oliver",
                  LastName="Bennett", Phone="0161 496 0123", City="", PostalCode="m1 1aa",
                  Country="United Kingdom"),
              sfl(Email="isla.grant@forthbridge.co.uk", FirstName="Isla", LastName="Grant",
                  Phone="+44 131 496 0456", City="Edinburgh", PostalCode="eh1 1yz",
                  Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"),
            "zip": r["PostalCode"].upper(), "city": dflt(r["City"], "London")}


@case("h85-32", L, H, """## [1.0.0] - Salesforce Leads -> HubSpot

### Added
- email = Lead Email.
- jobtitle = Lead Title, or "Unknown" when Title is empty.
- address = Street + ", " + City (e.g. "200 Lake St, Chicago"). When Street is empty, address is
  just the City on its own, with no comma.

### Not synced
- Leads with Lead Status "Closed - Not Converted" are not synced.
""", extended(SFL, sfl(Email="mateo.rojas@andesgrid.cl", FirstName="Mateo", LastName="Rojas",
                       Title="", Street="", City="Santiago", Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h85-33", C, M, """## [1.0.0] - Salesforce Contacts -> Mailchimp

### Added
- email_address = Contact Email, lower-cased.
- Member status now follows Email Opt Out: opted out (true) -> "unsubscribed", not opted out
  (false) -> "subscribed".
- Tags: every member gets "salesforce"; Contacts whose Lead Source is "Trade Show" also get
  "trade-show" as a second tag.
""", SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h85-34", C, M, """## [1.0.0] - Salesforce Contacts -> Mailchimp

### Added
- email_address <- Email.
- PHONE merge field <- Business Phone in E.164; numbers without a "+" are treated as US numbers.
- language now set from Mailing Country: Germany -> "de", Austria -> "de",
  United States -> "en".

### Not synced
- Contacts with an empty Department are skipped.
""", extended(SFC, sfc(Email="maya.chen@goldengateai.com", FirstName="Maya", LastName="Chen",
                       Department="Marketing", Phone="415-555-0177",
                       MailingCity="San Francisco", MailingCountry="United States")))
def _34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang}


@case("h85-35", C, M, """## [1.0.0] - Salesforce Contacts -> Mailchimp

### Added
- email_address <- Contact Email.
- FNAME <- FirstName. When FirstName is empty, FNAME is now "there" (so greetings read
  "Hi there").
- LNAME <- LastName.
- vip = true when Department is exactly "Sales"; false for any other department, including an
  empty one.
- language = "en" for everyone.
""", extended(SFC, sfc(Email="noor.khalil@levantsoft.com", FirstName="", LastName="Khalil",
                       Department="Sales")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "language": "en"}


@case("h85-36", C, M, """## [1.0.0] - Salesforce Contacts -> Mailchimp

### Added
- Only Contacts with Email Opt Out unchecked (false) are synced; opted-out ones never reach
  Mailchimp.
- email_address, FNAME, LNAME copied from Email, FirstName, LastName.
- status "subscribed" and email_type "html" on every member.

### Changed
- `tags` is sent as an empty list on every member.
""", SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h85-37", C, S, """## [1.0.0] - Salesforce Contacts -> Segment identify

### Added
- userId = Contact Email, lower-cased.
- traits.email = Contact Email exactly as Salesforce has it (no case change).
- traits.firstName / traits.lastName <- FirstName / LastName.
- traits.title <- Title; traits.birthday <- Birthdate.

### Removed
- traits.title is not sent when Title is empty; same for traits.birthday when Birthdate is empty.
""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h85-38", C, S, """## [1.0.0] - Salesforce Contacts -> Segment identify

### Added
- userId = Email.
- traits.address.city <- MailingCity, trimmed.
- traits.address.country <- MailingCountry.

### Fixed
- traits.address.country is now "Unknown" when MailingCountry is empty, instead of blank.
""", extended(SFC, sfc(Email="jonas.berger@graztec.at", FirstName="Jonas", LastName="Berger",
                       MailingCity="  Graz ", MailingCountry="")))
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h85-39", C, S, """## [1.0.0] - Salesforce Contacts -> Segment identify

### Added
- userId <- Email.
- traits.phone = Business Phone in E.164 (US, unless the number already starts with "+").
- traits.name = FirstName + " " + LastName.
- traits.acquisition from Lead Source: "Web" -> "inbound", "Trade Show" -> "events", anything
  else (empty included) -> "other".
""", SFC)
def _39(r: R) -> Out:
    acq = {"Web": "inbound", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
        "acquisition": acq}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h85-40", M, H, """## [1.0.0] - Mailchimp -> HubSpot contacts

### Added
- HubSpot email <- email_address.
- firstname <- FNAME, title-cased (first letter of each word upper case, the rest lower case).
- lastname <- LNAME, title-cased the same way.
- Preferred language (`hs_language`) <- the member's language; "en" when the member has none.
- hs_email_optout is written as the text "true" for members with status unsubscribed, and the
  text "false" for every other status.

### Removed
- lastname is left out when LNAME is empty.
""", extended(MC, mc(email_address="greta.lind@fjordmedia.se", language="",
                     merge={"FNAME": "GRETA", "LNAME": "lind", "PHONE": "", "COMPANY": ""})))
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title),
                 "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h85-41", M, H, """## [1.0.0] - Mailchimp -> HubSpot

### Added
- email <- email_address.
- firstname <- FNAME, unchanged.
- phone <- PHONE merge field in E.164 (US for numbers without a "+").
- lifecyclestage = "customer" when the member is a VIP (vip is true), otherwise "lead".

### Removed
- phone is left off when PHONE is empty.

### Not synced
- Members with status "cleaned" are skipped.
""", extended(MC, mc(email_address="ravi.menon@bayleaf.io", status="pending", vip=True,
                     merge={"FNAME": "Ravi", "LNAME": "Menon", "PHONE": "408-555-0111"})))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h85-42", M, H, """## [1.0.0] - Mailchimp -> HubSpot

### Added
- email <- email_address.
- firstname = first word of FNAME.
- company = COMPANY merge field; when that is empty, the part of the email address after the "@".
- lifecyclestage = "customer" when the member carries the tag "Customer", otherwise
  "subscriber".
""", lower_emails(extended(MC, mc(email_address="ana.clara@brisamar.com.br",
                                  merge={"FNAME": "Ana Clara", "LNAME": "Souza", "PHONE": "",
                                         "COMPANY": ""},
                                  tags=["Webinar", "Customer"])), key="email_address"))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set85")
