# ruff: noqa: RUF001  (the author writes typographic dashes; they are part of the texts)
"""Held-out set 103 for the offline mapping drafter.

Persona: Freya Lindqvist, marketing technologist in Stockholm, Swedish first language. She writes
each mapping as a terse Markdown task list ('- [ ] ...', some items already ticked '- [x]'), one
rule per item, with arrows (-> or →), '=' and inline code for field names and values, and now and
then sub-bullets for exceptions or value tables. A short title line sits on top ('HS → SF Lead
sync'). Her English is Swedish-shaped: 'it shall be', 'if it is empty so put ...', 'the ones that
has', 'no one of them', 'else'. She names fields mostly by their API names, sometimes by merge tag
(FNAME) or a casual word ('the domain', 'params').

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h103-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Freya's own.
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

# 01 copies (with blanks), constant
@case("h103-01-basic-lead-copy", H, L, """\
HS → SF Lead sync (basic)

- [x] `email` → `Email`
- [x] `firstname` → `FirstName`
- [ ] `lastname` → `LastName`
- [ ] `company` → `Company`
- [ ] `jobtitle` → `Title`
  - all of these is straight copy, no cleaning. If it is empty in HubSpot so it shall be empty in SF too (empty string), no default
- [ ] `LeadSource` = `HubSpot` on every lead""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "HubSpot"}


# 02 defaults when empty, trim, copy
@case("h103-02-fill-the-holes", H, L, """\
Lead sync – fill the holes

- [ ] `email` -> `Email`, copy
- [ ] `lastname` -> `LastName`, copy
- [ ] `company` -> `Company`, trim away the spaces in start and end
  - if it is empty (or only spaces) so put `Not provided`
- [ ] `jobtitle` -> `Title` as it is; when empty (or only spaces) it shall be `Unknown`
- [ ] `industry` -> `Industry`, empty => `Other`""",
      extended(HS,
               hs(email="sven.berg@fjordkraft.se", firstname="Sven", lastname="Berg", company="  Fjord Kraft AB ",
                  jobtitle="   ", industry=""),
               hs(email="ida.falk@falkdesign.se", firstname="Ida", lastname="Falk", company="   ",
                  jobtitle="Art Director", industry="Design")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not provided").strip(),
            "Title": dflt(r["jobtitle"], "Unknown"), "Industry": dflt(r["industry"], "Other")}


# 03 fallback chain + omit, title case
@case("h103-03-names-and-phone", H, L, """\
HS → SF Lead: names + phone

- [ ] `email` → `Email` (copy)
- [ ] `firstname`, `lastname` → `FirstName`, `LastName` in Title Case (every word: first letter big, rest small)
- [ ] `city` → `City`, also Title Case
- [ ] `Phone`: take `phone`; if it is empty so take `mobilephone`
  - no one of them filled → do not send `Phone` at all (leave the field out)
  - copy the number like it is, no formatting""",
      extended(HS, hs(email="olle.nyberg@kvarnbo.se", firstname="olle", lastname="NYBERG", city="gothenburg",
                      phone="", mobilephone="")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if ph is None else ph})


# 04 table w/ otherwise (blank), lower
@case("h103-04-lead-source-table", H, L, """\
Lead Source mapping HS → SF Lead

- [x] `email` → `Email`, but in lower case
- [x] `lastname` → `LastName`
- [ ] `hs_analytics_source` → `LeadSource`:
  - `ORGANIC_SEARCH` → `Web`
  - `PAID_SEARCH` → `Paid Search`
  - `PAID_SOCIAL` → `Social Media`
  - else → `Other` (also when the source is empty)""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Paid Search", "PAID_SOCIAL": "Social Media"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# 05 two exclude filters, copies, constant
@case("h103-05-new-leads-only", H, L, """\
HS → SF Lead, new leads only

- [ ] skip the contacts where `lifecyclestage` = `customer`, they are not leads
- [ ] skip also the ones that has `country` = `Japan` (Japan team has an own org)
- [ ] the rest: `email` → `Email`, `firstname` → `FirstName`, `lastname` → `LastName`, `company` → `Company`, just copy
- [ ] `Status` = `Open - Not Contacted` for all""", HS)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


# 06 > and < conditions (blank), integer
@case("h103-06-rating-from-revenue", H, L, """\
Rating from revenue (HS → SF Lead)

- [ ] `email` → `Email`
- [ ] `Rating` from `annualrevenue`:
  - more than 5 000 000 → `Hot`
  - less than 1 000 000 → `Cold`
  - in between → `Warm`, and if the revenue is empty it shall also be `Warm`
- [ ] `numemployees` → `NumberOfEmployees` as a whole number (integer)
  - empty → leave `NumberOfEmployees` out""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else ("Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


# 07 E.164 US + omit, title case
@case("h103-07-mobile-e164", H, L, """\
HS → SF Lead — mobile + names

- [x] `email` → `Email`
- [ ] `mobilephone` → `MobilePhone` in E.164; the numbers without country code is US (+1)
  - if `mobilephone` is empty so we don't send `MobilePhone`
- [ ] `firstname` → `FirstName`, Title Case
- [ ] `lastname` → `LastName`, Title Case
- [ ] `city` → `City`, Title Case""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], e164),
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "City": title(r["city"])})


# 08 only filter, upper, concat + date
@case("h103-08-us-leads-description", H, L, """\
US leads to SF

- [ ] only contacts with `country` = `United States`, the others we don't sync
- [x] `email` → `Email`
- [ ] `lastname` → `LastName` in UPPER CASE
- [ ] `company` → `Company` (copy)
- [ ] `Description` = `<lifecyclestage> since <createdate>`, the date only as `YYYY-MM-DD`
  - ex. `lead since 2023-07-02`""", HS)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": f"{r['lifecyclestage']} since {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

# 09 copies into Mailing* fields
@case("h103-09-mailing-address", H, C, """\
HS → SF Contact, address

- [ ] `email` → `Email`
- [ ] `lastname` → `LastName`
- [ ] address to the Mailing fields:
  - [ ] `address` → `MailingStreet`
  - [ ] `city` → `MailingCity`
  - [ ] `state` → `MailingState`
  - [ ] `zip` → `MailingPostalCode`
  - [ ] `country` → `MailingCountry`
- all is copy 1:1, empty values shall go over as empty""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


# 10 boolean flags (blank conditions)
@case("h103-10-contact-flags", H, C, """\
Contact flags (HS → SF Contact)

- [ ] `email` → `Email`, `lastname` → `LastName`
- [ ] `HasOptedOutOfEmail` = true if `hs_email_optout` is `true`; else false (so `false` or empty both give false)
- [ ] `DoNotCall` = true when the contact has no `phone` (empty), false when there is one""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


# 11 fallback chain, part before @
@case("h103-11-lastname-never-empty", H, C, """\
HS → SF Contact: LastName can not be empty

- [ ] `email` → `Email` (copy)
- [ ] `firstname` → `FirstName` (copy, empty is ok)
- [ ] `LastName` = `lastname`
  - if it is empty so put `company`
  - if also `company` is empty → the part of `email` before the `@`""",
      extended(lower_emails(HS),
               hs(email="info@vinterhamn.se", firstname="", lastname="", company="Vinterhamn AB"),
               hs(email="b.holmqvist@gmail.com", firstname="Britt", lastname="  ", company="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


# 12 table (no otherwise), upper + omit
@case("h103-12-lifecycle-description", H, C, """\
HS → SF Contact - lifecycle to Description

- [ ] `email` → `Email`
- [ ] `lastname` → `LastName`
- [ ] `jobtitle` → `Title` in UPPERCASE; no jobtitle → `Title` is not sent at all
- [ ] `lifecyclestage` → `Description`:
  - `subscriber` = `Newsletter`
  - `lead` = `Lead`
  - `marketingqualifiedlead` = `MQL`
  - `salesqualifiedlead` = `SQL`
  - `customer` = `Customer`""", HS)
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter", "lead": "Lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Title": omit_if_blank(r["jobtitle"], str.upper), "Description": table[r["lifecyclestage"]]})


# 13 only filter, lower, fallback, const
@case("h103-13-opted-in-contacts", H, C, """\
Opted-in contacts → SF Contact

- [ ] sync only the ones that is NOT opted out: `hs_email_optout` = `false`, or empty (empty we count as not opted out). `true` → skip
- [ ] `email` → `Email`, lower case
- [ ] `Phone` = `phone`; when `phone` is empty so take `mobilephone` instead
- [ ] `LeadSource` = `HubSpot` (fixed)""",
      extended(HS, hs(email="Astrid.Holm@Granskog.se", firstname="Astrid", lastname="Holm", phone="",
                      mobilephone="+46 70 555 01 23", hs_email_optout="false")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "HubSpot"}


# 14 trim, title case, table w/ otherwise
@case("h103-14-contact-cleanup", H, C, """\
HS → SF Contact cleanup

- [ ] `email` → `Email`
- [ ] `firstname` → `FirstName` and `lastname` → `LastName`, both in Title Case
- [ ] `jobtitle` → `Title`, trim the spaces in both ends (empty stays empty)
- [ ] `Description` from `lifecyclestage`:
  - `customer` → `Existing customer`
  - `opportunity` → `Open deal`
  - else → `Prospect` (also if empty)""",
      extended(HS,
               hs(email="jonas.ek@ekbyggen.se", firstname="jonas", lastname="EK", jobtitle="  Site Manager  ",
                  lifecyclestage="opportunity"),
               hs(email="saga.nord@nordljus.se", firstname="SAGA", lastname="nord", jobtitle=" CMO",
                  lifecyclestage="")))
def o14(r: R) -> Out:
    table = {"customer": "Existing customer", "opportunity": "Open deal"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "Description": table.get(r["lifecyclestage"], "Prospect")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

_no_first = {k: v for k, v in hs(email="nils.ahl@ahlbygg.se", lastname="Ahl").items() if k != "firstname"}


# 15 copies, constant, default (absent)
@case("h103-15-audience-hi-there", H, M, """\
HS → Mailchimp audience

- [ ] `email` → `email_address`
- [ ] `firstname` → FNAME; if there is no firstname (missing or empty) so FNAME = `there` (for "Hi there")
- [ ] `lastname` → LNAME, copy
- [ ] `status` = `subscribed` always""",
      extended(HS, _no_first))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r.get("firstname"), "there"), "LNAME": r["lastname"]}}


# 16 3-way status (blank stated), tag
@case("h103-16-status-from-optout", H, M, """\
Mailchimp status from HS opt-out

- [ ] `email` → `email_address`
- [ ] `status`:
  - `hs_email_optout` = `true` → `unsubscribed`
  - `hs_email_optout` = `false` → `subscribed`
  - empty → `pending` (they get the double opt-in mail)
- [x] tag every member with `hubspot-sync` (tags = only that one)""", HS)
def o16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


# 17 conditional tags (> and equality)
@case("h103-17-tags-from-hs", H, M, """\
Tags from HS (→ Mailchimp)

- [ ] `email` → `email_address`
- [ ] `firstname` → `merge_fields.FNAME`
- [ ] tags, in this order:
  - `big-account` when `annualrevenue` is more than 3000000 (empty revenue = no tag)
  - `customer` when `lifecyclestage` = `customer`
  - none of them fits → tags shall be an empty list `[]`""",
      extended(HS, hs(email="greta.lund@lundmetall.se", firstname="Greta", lastname="Lund",
                      lifecyclestage="customer", annualrevenue="9000000")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


# 18 first word, E.164 US w/ fallback
@case("h103-18-first-name-phone", H, M, """\
HS → MC, name + phone

- [x] `email` → `email_address`
- [ ] FNAME = only the first word of `firstname` (`Karl Johan` → `Karl`)
- [ ] PHONE = `phone` formatted as E.164; when `phone` is empty so use `mobilephone`
  - numbers without `+` are US, put +1 in front (if it already starts with 1 and has 11 digits, only the `+`)""",
      extended(HS, hs(email="karl.johan.berg@stalverket.se", firstname="Karl Johan", lastname="Berg",
                      phone="", mobilephone="1-646-555-0110")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


# 19 exclude filter (blank), constant, vip
@case("h103-19-b2b-list-vip", H, M, """\
HS → Mailchimp (B2B list)

- [ ] exclude contacts without `company` (empty or only spaces), they shall not go to the list
- [ ] `email` → `email_address`
- [ ] `status` = `subscribed`
- [ ] `vip`: true if `lifecyclestage` is `salesqualifiedlead`, else false""",
      extended(HS, hs(email="per.strand@strandab.se", firstname="Per", lastname="Strand", company="   ",
                      lifecyclestage="salesqualifiedlead")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "salesqualifiedlead"}


# 20 title case, fallback to after @, > vip
@case("h103-20-names-domain-vip", H, M, """\
HS → MC: names & VIP

- [ ] `email` → `email_address`
- [ ] FNAME = `firstname`, Title Case
- [ ] LNAME = `lastname`, Title Case
  - the ones that has no lastname (empty): put the domain of the email instead, i.e. the part after `@`, as it is (no title case on that)
- [ ] `vip` = true when `numemployees` > 100, false otherwise (empty → false)""",
      extended(lower_emails(HS), hs(email="kontakt@vastkustbyran.se", firstname="lisa", lastname="",
                                    numemployees="500")))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["numemployees"], 100)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

# 21 lower, copies, concatenation
@case("h103-21-segment-identify", H, S, """\
HS → Segment identify

- [ ] `userId` = `email` in lower case
- [ ] `firstname` → `traits.firstName`, `lastname` → `traits.lastName` (copy, no case change)
- [ ] `jobtitle` → `traits.title` (copy; empty stays "")
- [ ] `traits.name` = firstname + one space + lastname, e.g. `Priya Raman`""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


# 22 nested company traits, default, omit, integer
@case("h103-22-company-traits", H, S, """\
Segment: company traits

- [x] `userId` = `email` (as it is)
- [ ] `traits.company.name` = `company`; if it is empty so put `Independent`
- [ ] `traits.company.industry` = `industry`, but if empty → don't set it
- [ ] `traits.company.employee_count` = `numemployees` as integer; empty → leave it out""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


# 23 nested address, omit, E.164 US w/ fallback + omit
@case("h103-23-address-and-phone", H, S, """\
HS → Segment, address + phone

- [ ] `userId` = `email`
- [ ] address into the `traits.address` object:
  - `address` → `street`
  - `city` → `city`
  - `state` → `state`, only if it has a value; empty state → no `state` key
  - `zip` → `postalCode`
  - `country` → `country`
- [ ] `traits.phone`: `phone` in E.164 (assume US +1 when there is no `+`); if `phone` is empty so `mobilephone` (same formatting); if both are empty → no `traits.phone`""",
      extended(HS, hs(email="lars.vik@vikmarin.no", firstname="Lars", lastname="Vik", phone="", mobilephone="",
                      address="Bryggen 1", city="Bergen", state="", zip="5003", country="Norway")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


# 24 trim+lower, copy, boolean (blank branch), number/omit
@case("h103-24-identify-v2", H, S, """\
Segment identify v2

- [ ] `userId` = `email` with the spaces trimmed away and in lower case
- [ ] `firstname` → `traits.firstName` (copy)
- [ ] `traits.unsubscribed` (boolean): `hs_email_optout` = `true` → true, `false` → false, empty → false
- [ ] `traits.annual_revenue` = `annualrevenue` as a number; if empty do not send it""",
      extended(HS, hs(email="  Erik.Sund@Havsbris.SE ", firstname="Erik", lastname="Sund", hs_email_optout="",
                      annualrevenue="150000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

# 25 GA4 constants, copy, lower (blank stated), date
@case("h103-25-ga4-contact-created", H, G, """\
HS → GA4 (contact_created event)

- [ ] `client_id` = `email` (copy)
- [ ] event name = `crm_contact_created` (fixed)
- [ ] event params:
  - [ ] `source_system` = `hubspot` (fixed)
  - [ ] `industry` = `industry` in lower case; if it is empty it shall be empty string `""` also
  - [ ] `created_date` = `createdate` as `YYYY-MM-DD` (only the date)""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_created",
                        "params": {"source_system": "hubspot", "industry": r["industry"].lower(),
                                   "created_date": day(r["createdate"])}}]}


# 26 GA4 filter (> w/ blank), part before @, number, const
@case("h103-26-ga4-big-contacts", H, G, """\
GA4: big contacts

- [ ] send only when `annualrevenue` > 1 000 000; empty revenue → not sent
- [ ] `client_id` = the part of `email` before `@`
- [ ] `events[0].name` = `high_value_contact`
- [ ] `events[0].params.value` = `annualrevenue` as number
- [ ] `events[0].params.currency` = `USD`""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


# 27 GA4 conditional event name, default, copy
@case("h103-27-ga4-lifecycle-event", H, G, """\
HS → GA4 lifecycle event

- [ ] `client_id` ← `email`, copy
- [ ] event name: `customer_update` if `lifecyclestage` = `customer`, else `lead_update`
- [ ] event param `source` = `hs_analytics_source`; when it is empty so put `DIRECT`
- [ ] event param `country` = `country` (copy)""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_update" if r["lifecyclestage"] == "customer" else "lead_update",
                        "params": {"source": dflt(r["hs_analytics_source"], "DIRECT"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

# 28 copies (with empty values)
@case("h103-28-lead-straight-copy", L, H, """\
SF Lead → HS contact (straight copy)

- [x] `Email` -> `email`
- [ ] `FirstName` -> `firstname`
- [ ] `LastName` -> `lastname`
- [ ] `Company` -> `company`
- [ ] `Title` -> `jobtitle`
- [ ] `Phone` -> `phone`
- [ ] `City` -> `city`, `PostalCode` -> `zip`, `Country` -> `country`
- NB: no defaults; an empty value in SF shall be empty string in HubSpot as well""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


# 29 table (no otherwise), "true"/"false" text
@case("h103-29-lead-status", L, H, """\
Lead status SF → HS

- [ ] `Email` → `email`
- [ ] `Status` → `hs_lead_status`:
  - `Open - Not Contacted` → `NEW`
  - `Working - Contacted` → `IN_PROGRESS`
  - `Closed - Not Converted` → `UNQUALIFIED`
  - `Closed - Converted` → `OPEN_DEAL`
- [ ] `HasOptedOutOfEmail` → `hs_email_optout` as text: `"true"` / `"false"` (string, not boolean)""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Not Converted": "UNQUALIFIED", "Closed - Converted": "OPEN_DEAL"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


# 30 table (no otherwise), number/omit, lower
@case("h103-30-rating-and-revenue", L, H, """\
SF Lead → HS: rating + revenue

- [ ] `Email` → `email`, lower case
- [ ] `Rating` → `lifecyclestage`: `Hot` = `salesqualifiedlead`, `Warm` = `marketingqualifiedlead`, `Cold` = `lead`
- [ ] `AnnualRevenue` → `annualrevenue` as number
  - empty → don't put it, leave the field out""",
      extended(SFL, sfl(Email="Mats.Lund@Norrsken.SE", FirstName="Mats", LastName="Lund", Company="Norrsken",
                        Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


# 31 only filter, E.164 UK, upper, default
@case("h103-31-uk-leads", L, H, """\
UK leads → HubSpot

- [ ] only `Country` = `United Kingdom`, the rest is skipped
- [ ] `Email` → `email`
- [ ] `Phone` → `phone` in E.164 as UK number (+44, take away the first 0); numbers that already starts with + keep their code
- [ ] `PostalCode` → `zip` in UPPER CASE
- [ ] `Title` → `jobtitle`; empty → `Not given`""",
      extended(SFL,
               sfl(Email="fiona.reid@thistlebank.co.uk", FirstName="Fiona", LastName="Reid", Company="Thistle Bank",
                   Title="", Phone="07700 900123", Street="1 Princes St", City="Edinburgh", PostalCode="eh1 1yz",
                   Country="United Kingdom"),
               sfl(Email="tom.hale@halecraft.co.uk", FirstName="Tom", LastName="Hale", Company="Halecraft",
                   Title="Founder", Phone="+44 161 496 0000", Street="5 Deansgate", City="Manchester",
                   PostalCode="m1 1ae", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not given")}


# 32 exclude filter, default, concat with blank part
@case("h103-32-lead-address", L, H, """\
SF Lead → HS contact

- [ ] skip Leads with `Status` = `Closed - Not Converted`
- [ ] `Email` → `email`
- [ ] `Country` → `country`, if empty so put `Unknown`
- [ ] `address` = `Street` + `, ` + `City` (like `200 Lake St, Chicago`)
  - if `Street` is empty so only `City`, without the comma""",
      extended(SFL, sfl(Email="pia.kask@tallinnatech.ee", FirstName="Pia", LastName="Kask", Company="Tallinna Tech",
                        Street="", City="Tallinn", PostalCode="10111", Country="", Status="Working - Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "country": dflt(r["Country"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

# 33 lower, boolean->status, constant + conditional tag
@case("h103-33-contact-to-mc-tags", C, M, """\
SF Contact → Mailchimp

- [ ] `Email` → `email_address`, lower case
- [ ] `status`: `HasOptedOutOfEmail` true → `unsubscribed`, false → `subscribed`
- [ ] tags:
  - [x] `Salesforce` on everyone
  - [ ] + `Trade show` if `LeadSource` = `Trade Show` (after `Salesforce`)""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


# 34 exclude filter (blank), E.164 US, table (no otherwise)
@case("h103-34-mc-by-country", C, M, """\
SF Contact → MC (language by country)

- [ ] exclude the contacts with empty `Department`
- [ ] `Email` → `email_address`
- [ ] `Phone` → `merge_fields.PHONE`, E.164; the ones without + is US numbers (+1)
- [ ] `MailingCountry` → `language`:
  - `Germany` → `de`
  - `Austria` → `de`
  - `United States` → `en`
  - `Sweden` → `sv`""",
      extended(SFC,
               sfc(Email="maja.lind@fjallbacka.se", FirstName="Maja", LastName="Lind", Department="Marketing",
                   Phone="(206) 555-0161", MailingCity="Gothenburg", MailingCountry="Sweden"),
               sfc(Email="noah.price@cedarpoint.com", FirstName="Noah", LastName="Price", Department="Sales",
                   Phone="503-555-0102", MailingCity="Portland", MailingCountry="United States"),
               sfc(Email="jan.kraus@rheinsoft.de", FirstName="Jan", LastName="Kraus", Department="  ",
                   Phone="+49 221 555 0100", MailingCountry="Germany")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    table = {"Germany": "de", "Austria": "de", "United States": "en", "Sweden": "sv"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": table[r["MailingCountry"]]}


# 35 default, copy, equality -> vip (blank), constant
@case("h103-35-mc-members-vip", C, M, """\
SF Contact → MC members

- [ ] `Email` → `email_address`
- [ ] `FirstName` → FNAME; if empty so `Friend`
- [ ] `LastName` → LNAME (copy)
- [ ] `vip` = true only if `LeadSource` = `Trade Show`; another value or empty → false
- [ ] `status` = `subscribed`""",
      extended(SFC, sfc(Email="kim.berg@bergsmedja.se", FirstName="", LastName="Berg", LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


# 36 only filter, copies, constants, empty tag list
@case("h103-36-mc-import-clear-tags", C, M, """\
MC import from SF, clean tags

- [ ] only contacts with `HasOptedOutOfEmail` = false
- [ ] `Email` → `email_address`, `FirstName` → FNAME, `LastName` → LNAME
- [ ] `status` = `subscribed`
- [ ] `language` = `en` for all
- [ ] `tags` = `[]` (empty list, we clear them)""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

# 37 lower userId, copies, omit-when-empty
@case("h103-37-contact-to-segment", C, S, """\
SF Contact → Segment

- [ ] `userId` = `Email` in lower case
- [ ] `traits.email` = `Email` exactly like in SF
- [ ] `FirstName` → `traits.firstName`, `LastName` → `traits.lastName`
- [ ] `Title` → `traits.title`, `Birthdate` → `traits.birthday`
  - these two: if empty, leave the trait out""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


# 38 nested address, trim, default
@case("h103-38-segment-address", C, S, """\
Segment address from SF Contact

- [ ] `userId` = `Email`
- [ ] `traits.address.city` = `MailingCity`, trimmed (no spaces before/after)
- [ ] `traits.address.country` = `MailingCountry`; no country (empty) → `Unknown`""",
      extended(SFC,
               sfc(Email="oskar.bjork@uppsalabio.se", FirstName="Oskar", LastName="Björk", MailingCity="  Uppsala ",
                   MailingCountry=""),
               sfc(Email="elin.sjo@sjoklart.se", FirstName="Elin", LastName="Sjö", MailingCity="Lund  ",
                   MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


# 39 E.164 US, concatenation, table w/ otherwise
@case("h103-39-identify-channel", C, S, """\
SF Contact → Segment identify

- [ ] `userId` = `Email`
- [ ] `traits.phone` = `Phone` → E.164 (numbers without `+` are US)
- [ ] `traits.name` = `FirstName LastName` (one space between)
- [ ] `traits.channel` from `LeadSource`:
  - `Web` → `inbound`
  - `Trade Show` → `event`
  - anything else, also empty → `other`""",
      extended(SFC, sfc(Email="hugo.falk@falkvision.com", FirstName="Hugo", LastName="Falk", Phone="1 (971) 555-0133",
                        LeadSource="Partner Referral")))
def o39(r: R) -> Out:
    table = {"Web": "inbound", "Trade Show": "event"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": table.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

# 40 title case, omit, default, "true"/"false" text
@case("h103-40-mc-to-hs-names", M, H, """\
Mailchimp → HubSpot contacts

- [ ] `email_address` → `email`
- [ ] FNAME → `firstname`, Title Case
- [ ] LNAME → `lastname`, Title Case; if LNAME is empty → don't send `lastname`
- [ ] COMPANY → `company`; empty → `Unknown`
- [ ] `hs_email_optout` = the text `"true"` when `status` is `unsubscribed`, else the text `"false"`""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


# 41 exclude filter, E.164 US + omit, copy, vip condition
@case("h103-41-mc-to-hs-no-cleaned", M, H, """\
MC → HS (no cleaned)

- [ ] exclude members with `status` = `cleaned`
- [ ] `email_address` → `email`
- [ ] FNAME → `firstname` (copy)
- [ ] PHONE → `phone` as E.164, US (+1) when no `+`
  - no PHONE → leave `phone` out
- [ ] `lifecyclestage` = `customer` if `vip` is true, else `lead`""",
      extended(MC, mc(email_address="ebba.ros@rosgarden.se", status="subscribed",
                      merge={"FNAME": "Ebba", "LNAME": "Ros", "PHONE": "212-555-0175", "COMPANY": "Rosgården"},
                      tags=[], language="sv", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


# 42 first word, fallback to after @, tag condition
@case("h103-42-mc-to-hs-company", M, H, """\
MC → HubSpot, names/company

- [ ] `email_address` → `email`
- [ ] `firstname` = first word of FNAME (`Ana Lucia` → `Ana`)
- [ ] `company` = COMPANY; if it is empty so take the part after `@` in the email (like `hanabi.jp`)
- [ ] `lifecyclestage`: `customer` when the member has the tag `Customer`, else `subscriber`""",
      extended(MC, mc(email_address="ana.lucia.costa@verdemar.pt", status="subscribed",
                      merge={"FNAME": "Ana Lucia", "LNAME": "Costa", "PHONE": "", "COMPANY": ""},
                      tags=["Webinar", "Customer"], language="pt", vip=False)))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set103")
