"""Held-out set 61 for the offline mapping drafter.

Persona: a lifecycle-marketing manager in Denver who thinks in decision trees. Anything with a
branch is written as indented question branches ("Has an office phone? -> ...", "yes -> / no ->",
sometimes with check marks or Y/N); simple copies are plain one-liners ("Email -> Email, match on
it"). Names the match key in every request.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h61-01 .. h61-08)
  hubspot.contacts -> salesforce.Contact   6  (h61-09 .. h61-14)
  hubspot.contacts -> mailchimp.members    6  (h61-15 .. h61-20)
  hubspot.contacts -> segment.identify     4  (h61-21 .. h61-24)
  hubspot.contacts -> ga4.events           3  (h61-25 .. h61-27)
  salesforce.Lead  -> hubspot.contacts     5  (h61-28 .. h61-32)
  salesforce.Contact -> mailchimp.members  4  (h61-33 .. h61-36)
  salesforce.Contact -> segment.identify   3  (h61-37 .. h61-39)
  mailchimp.members -> hubspot.contacts    3  (h61-40 .. h61-42)

Rule kinds per case:
  01 copies (with blanks), two constants        22 nested company traits, fallback after @, default,
  02 phone fallback tree, E.164 US, omit, copy      whole number/omit, > condition (blank stated)
  03 nested condition tree (= then >), default  23 nested address traits, default, date, E.164/omit
  04 lower, value table w/ otherwise (blank)    24 skip filter, trim, fallback to 'https://'+after @
  05 only filter, number/omit, whole number/omit 25 GA4: constants, lower user_id, lower+default param
  06 skip filter (blank stated), fallbacks to   26 GA4: only filter, before @ client_id, constant,
     before @ / after @                             number with default 0
  07 trim+lower, title case x3, upper           27 GA4: constant id, nested condition event name,
  08 concat + date, default, copy                   default, copy
  09 copies into Mailing* fields, default       28 copies (blanks), value table (no otherwise)
  10 boolean from text (blank stated),          29 nested condition tree (= then =), boolean ->
     is-empty condition on two fields, constant     "true"/"false" text
  11 E.164 US x2 with omit, copy                30 E.164 UK w/ omit, number w/ omit, default
  12 value table (no otherwise), upper, copy    31 only filter, E.164 US/omit, upper, default
  13 first word, copy, concat + date + default  32 skip filter (boolean), lower, title, trim,
  14 only filter (blank stated), phone fallback,    concat with blank-part rule
     E.164 US, omit, title case                 33 lower, boolean -> status, conditional tags
  15 lower, copies, 3-way status (blank), tag   34 copies, E.164 US, table w/ otherwise
  16 conditional tags (= and >), empty list,    35 skip filter (blank), = condition -> vip,
     constant                                       tag from field / empty list, constant
  17 = condition -> vip, table w/ otherwise,    36 only filter, lower, title, upper, constants
     copy                                       37 lower userId, copies, omit-when-empty x2
  18 skip filter (no email), phone fallback     38 concat, nested address, default, E.164 US
     E.164/omit, default (FNAME)                39 only filter (boolean), trim+lower, table w/
  19 first word, title case, constants              otherwise, trim
  20 skip filter, fallback before @, title, >   40 title case x2, default, "true"/"false" text
     condition -> vip (blank stated)            41 skip filter, E.164 US/omit, default
  21 lower userId, copy, concat, default        42 nested condition (vip, tag), first word,
                                                    fallback to after @
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, lower_emails, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def t(s: str) -> str:
    """The request text as typed (indentation of the branches kept)."""
    return textwrap.dedent(s).strip("\n")


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(email: str, status: str, fname: str, lname: str, phone: str, company: str, tags: list[str], lang: str,
       vip: bool) -> R:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": company},
            "tags": tags, "language": lang, "vip": vip}


# a few Colorado contacts beside the shared pool
TESSA = hs(email="tessa.morgan@aspenpeak.co", firstname="Tessa", lastname="Morgan", company="Aspen Peak Outfitters",
           phone="303-555-0164", mobilephone="(720) 555-0112", jobtitle="Director of Ecommerce",
           hs_analytics_source="EMAIL_MARKETING", lifecyclestage="opportunity", country="", city="Denver", state="CO",
           zip="80202", address="1600 Blake St", annualrevenue="15500000", numemployees="320", industry="Retail",
           website="https://aspenpeak.co", createdate="2024-04-18T16:20:00.000Z", hs_email_optout="false")
OWEN = hs(email="owen.burke@flatironsbikes.com", firstname="Owen", lastname="Burke", company="Flatirons Bikes",
          phone="", mobilephone="  ", jobtitle="Store Manager", hs_analytics_source="DIRECT_TRAFFIC",
          lifecyclestage="lead", country="United States", city="Boulder", state="CO", zip="80302",
          address="1201 Pearl St", annualrevenue="650000", numemployees="9", industry="Retail", website="",
          createdate="2023-09-27T13:15:00.000Z", hs_email_optout="")
MARY = hs(email="mary.lowe@redrockscafe.com", firstname="mary ann", lastname="LOWE", company="Red Rocks Cafe",
          phone="719-555-0138", mobilephone="", jobtitle="Owner", hs_analytics_source="SOCIAL_MEDIA",
          lifecyclestage="subscriber", country="United States", city="colorado springs", state="Co", zip="80903",
          address="22 N Tejon St", annualrevenue="420000", numemployees="14", industry="Hospitality",
          website="", createdate="2024-02-11T18:40:00.000Z", hs_email_optout="false")


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h61-01-lead-handoff-basics", H, L, t("""
    New-lead handoff, HubSpot contact -> Salesforce Lead.
    Email -> Email, match on it.
    First name -> FirstName, last name -> LastName, company -> Company, job title -> Title. Straight copies, no cleanup, blanks stay blank.
    Then on every lead, no questions asked:
      Status = 'Open - Not Contacted'
      Rating = 'Warm'
    """), [HS[0], HS[1], HS[2], HS[3], HS[4]])
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Status": "Open - Not Contacted", "Rating": "Warm"}


@case("h61-02-lead-phone-tree", H, L, t("""
    Lead sync, matched on Email (HubSpot email -> Salesforce Email).
    Phone:
      Has an office phone? -> use it, E.164, assume US unless it already starts with +country code
      No office phone? -> use the mobile instead, same E.164/US treatment
      Neither? -> leave Phone off the lead
    Company -> Company, as-is.
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], OWEN])
def _02(r: R) -> R:
    if not blank(r["phone"]):
        phone: Any = e164(r["phone"])
    elif not blank(r["mobilephone"]):
        phone = e164(r["mobilephone"])
    else:
        phone = OMIT
    return keep({"Email": r["email"], "Phone": phone, "Company": r["company"]})


@case("h61-03-lead-rating-tree", H, L, t("""
    Rating logic for leads coming out of HubSpot:
    Is the contact a customer (lifecycle stage = customer)?
      yes -> Rating 'Hot'
      no -> is annual revenue over 5M?
         yes -> 'Warm'
         no -> 'Cold'  (no revenue on file counts as no)
    Email -> Email, that's the match key.
    Company -> Company; if company is blank put '[unknown]'.
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], TESSA])
def _03(r: R) -> R:
    if r["lifecyclestage"] == "customer":
        rating = "Hot"
    elif rev(r) is not None and rev(r) > 5_000_000:
        rating = "Warm"
    else:
        rating = "Cold"
    return {"Rating": rating, "Email": r["email"], "Company": dflt(r["company"], "[unknown]")}


@case("h61-04-lead-source-table", H, L, t("""
    Email -> Email, lower-cased first (we match leads on it, so keep it clean).
    LeadSource depends on HubSpot's original source:
      ORGANIC_SEARCH -> Web
      PAID_SEARCH or PAID_SOCIAL -> Advertisement
      REFERRALS -> Partner Referral
      EMAIL_MARKETING -> Email
      anything else, blank included -> Other
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], hs(**{**TESSA, "email": "Tessa.Morgan@AspenPeak.co"})])
def _04(r: R) -> R:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h61-05-lead-mql-sql-numbers", H, L, t("""
    Is the lifecycle stage marketingqualifiedlead or salesqualifiedlead?
      ✔ -> send it to Salesforce as a lead
      ✘ -> skip, don't create anything
    For the ones that go over:
      Email -> Email (match key)
      annual revenue -> AnnualRevenue, as a number. Blank? -> leave AnnualRevenue off
      number of employees -> NumberOfEmployees as a whole number. Blank? -> leave that off too
    """), [HS[0], HS[1],
           hs(email="sam.ortiz@milehighmedia.com", lifecyclestage="salesqualifiedlead", annualrevenue="",
              numemployees="75"),
           HS[2], HS[3],
           hs(email="june.park@coloradocanopy.com", lifecyclestage="marketingqualifiedlead",
              annualrevenue="2500000.75", numemployees="")])
def _05(r: R) -> R | None:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h61-06-lead-optout-skip-fallbacks", H, L, t("""
    Opted out of email (hs_email_optout = "true")? -> skip them, they don't become leads. A blank opt-out counts as not opted out.
    Email -> Email, our match key.
    LastName:
      last name filled in? -> use it
      empty? -> whatever comes before the @ in their email
    Company:
      has a company? -> use it
      no company? -> the email domain, i.e. the bit after the @
    """), lower_emails([HS[0], {**HS[1], "lastname": "  "}, HS[2], {**HS[3], "company": ""},
                        {**OWEN, "lastname": "", "company": ""}]))
def _06(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": dflt(r["lastname"], before_at(r["email"])),
            "Company": dflt(r["company"], after_at(r["email"]))}


@case("h61-07-lead-tidy-casing", H, L, t("""
    Tidy-up rules before anything hits Salesforce:
      Email -> Email, trimmed and all lower case (it's the match key, it has to be clean)
      FirstName and LastName -> title case (capital first letter of each word, rest lower), half our list types in caps lock
      City -> title case as well
      State -> upper case
    """), [HS[0], HS[1], HS[2],
           hs(**{**TESSA, "email": "  TESSA.Morgan@AspenPeak.co ", "firstname": "TESSA", "lastname": "morgan",
                 "city": "DENVER", "state": "co"}),
           {**MARY, "email": "Mary.Lowe@RedRocksCafe.com "}])
def _07(r: R) -> R:
    return {"Email": r["email"].strip().lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"]), "State": r["state"].upper()}


@case("h61-08-lead-description-concat", H, L, t("""
    Email -> Email (match on it).
    Description = 'HubSpot ' + lifecycle stage + ', created ' + the create date as YYYY-MM-DD
      e.g. 'HubSpot lead, created 2023-07-02'
    Title:
      job title there? -> copy it
      blank? -> 'Unknown'
    Website -> Website, as is.
    """), [HS[0], HS[1], HS[2], HS[3], HS[4]])
def _08(r: R) -> R:
    return {"Email": r["email"], "Description": f"HubSpot {r['lifecyclestage']}, created {day(r['createdate'])}",
            "Title": dflt(r["jobtitle"], "Unknown"), "Website": r["website"]}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h61-09-contact-mailing-address", H, C, t("""
    HubSpot contact -> Salesforce Contact, match on Email (email -> Email).
    Mailing address, plain copies:
      street address -> MailingStreet
      city -> MailingCity
      state -> MailingState
      zip -> MailingPostalCode
    Country -> MailingCountry:
      filled in? -> copy it
      blank? -> 'United States' (we're a Denver shop, a blank is almost always domestic)
    """), [HS[0], HS[1], HS[3], TESSA, OWEN])
def _09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": dflt(r["country"], "United States")}


@case("h61-10-contact-optout-donotcall", H, C, t("""
    Email -> Email, match key.
    HasOptedOutOfEmail:
      hs_email_optout says "true"? ✔ -> true
      says "false", or is blank? ✘ -> false
    DoNotCall:
      no office phone AND no mobile? -> true
      at least one of the two? -> false
    Department -> 'Marketing' for everybody.
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], OWEN])
def _10(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]), "Department": "Marketing"}


@case("h61-11-contact-two-phones-e164", H, C, t("""
    Email -> Email (we match on this).
    Office phone -> Phone in E.164. Default country US; a number that already starts with + keeps its own code.
      No office phone? -> leave Phone off
    Mobile -> MobilePhone, same E.164 rule.
      No mobile? -> leave MobilePhone off
    Job title -> Title.
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], {**TESSA, "phone": "1 (303) 555-0164"}])
def _11(r: R) -> R:
    return keep({"Email": r["email"], "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]), "Title": r["jobtitle"]})


@case("h61-12-contact-department-by-stage", H, C, t("""
    Match key: email -> Email.
    Department comes from the lifecycle stage:
      subscriber or lead -> 'Marketing'
      marketingqualifiedlead / salesqualifiedlead -> 'Sales Development'
      opportunity or customer -> 'Account Management'
    Last name -> LastName in ALL CAPS.
    country -> MailingCountry, as is.
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], TESSA])
def _12(r: R) -> R:
    table = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Sales Development",
             "salesqualifiedlead": "Sales Development", "opportunity": "Account Management",
             "customer": "Account Management"}
    return {"Email": r["email"], "Department": table[r["lifecyclestage"]], "LastName": r["lastname"].upper(),
            "MailingCountry": r["country"]}


@case("h61-13-contact-first-word-joined", H, C, t("""
    Email -> Email, that's what we match on.
    FirstName = just the first word of the first name ('mary ann' -> 'mary', no case changes)
    LastName = last name, copied
    Description = 'Joined ' + create date (YYYY-MM-DD) + ' via ' + original source
      original source blank? -> put 'UNKNOWN' in that spot
    """), [HS[0], HS[1], HS[2], MARY, TESSA])
def _13(r: R) -> R:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Description": f"Joined {day(r['createdate'])} via {dflt(r['hs_analytics_source'], 'UNKNOWN')}"}


@case("h61-14-contact-us-only-phone", H, C, t("""
    Is country = 'United States'?
      Y -> sync to Salesforce Contacts
      N (or no country at all) -> skip
    Email -> Email (match).
    Phone:
      office phone? -> that one, E.164 with US as the default region
      no office phone but a mobile? -> the mobile, E.164/US
      neither -> don't set Phone
    city -> MailingCity in title case.
    """), [HS[0], HS[1], HS[3], TESSA, OWEN,
           hs(email="ava.lopez@peakcycle.com", firstname="Ava", lastname="Lopez", phone="  ",
              mobilephone="720.555.0148", city="FORT COLLINS", country="United States")])
def _14(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    if not blank(r["phone"]):
        phone: Any = e164(r["phone"])
    elif not blank(r["mobilephone"]):
        phone = e164(r["mobilephone"])
    else:
        phone = OMIT
    return keep({"Email": r["email"], "Phone": phone, "MailingCity": title(r["city"])})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h61-15-mc-status-tree", H, M, t("""
    HubSpot -> Mailchimp audience.
    email_address = email, lower-cased (that's the match key).
    FNAME <- first name, LNAME <- last name.
    status:
      hs_email_optout "true"? -> unsubscribed
      "false"? -> subscribed
      blank? -> pending (they get the double opt-in email)
    tags: just 'hubspot-sync' on everyone.
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], OWEN])
def _15(r: R) -> R:
    optout = r["hs_email_optout"]
    status = "unsubscribed" if optout == "true" else "subscribed" if optout == "false" else "pending"
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": status, "tags": ["hubspot-sync"]}


@case("h61-16-mc-tags-tree", H, M, t("""
    Match on email_address (= the HubSpot email, untouched).
    Tags, in this order:
      Lifecycle stage = customer? Y -> add 'customer'
      Annual revenue over 10M? Y -> add 'enterprise'  (blank revenue = N)
      Neither one? -> tags is an empty list
    status -> 'subscribed' for all of them.
    """), [HS[0], HS[1], HS[2], HS[3], TESSA,
           hs(email="lee.chambers@summitdental.com", firstname="Lee", lastname="Chambers",
              lifecyclestage="customer", annualrevenue="20000000")])
def _16(r: R) -> R:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    if rev(r) is not None and rev(r) > 10_000_000:
        tags.append("enterprise")
    return {"email_address": r["email"], "tags": tags, "status": "subscribed"}


@case("h61-17-mc-vip-language", H, M, t("""
    email_address <- email (match key, leave it as is)
    vip:
      lifecycle stage customer or evangelist? ✔ -> true
      anything else ✘ -> false
    language, by country:
      France -> fr
      Japan -> ja
      Mexico -> es
      anything else (blank too) -> en
    FNAME <- first name
    """), [HS[0], HS[1], HS[2], HS[3], HS[4],
           hs(email="bea.sandoval@elevatecoffee.com", firstname="Bea", lastname="Sandoval",
              lifecyclestage="evangelist", country="")])
def _17(r: R) -> R:
    lang = {"France": "fr", "Japan": "ja", "Mexico": "es"}.get(r["country"], "en")
    return {"email_address": r["email"], "vip": r["lifecyclestage"] in ("customer", "evangelist"),
            "language": lang, "merge_fields": {"FNAME": r["firstname"]}}


@case("h61-18-mc-phone-fname", H, M, t("""
    Has an email?
      no -> skip, there's nothing to match on
      yes -> email_address <- email (match key), plus the two merge fields below
    merge_fields.PHONE:
      office phone? -> E.164 it, assume US
      no office phone, but a mobile? -> mobile, E.164 (US)
      neither -> leave PHONE off
    merge_fields.FNAME <- first name; no first name -> 'there' (so "Hi there" still reads fine)
    """), [HS[0], {**HS[2], "firstname": ""},
           hs(email="  ", firstname="Walk", lastname="In", company="Boulder Booth", phone="303-555-0190"),
           OWEN, HS[4]])
def _18(r: R) -> R | None:
    if blank(r["email"]):
        return None
    if not blank(r["phone"]):
        phone: Any = e164(r["phone"])
    elif not blank(r["mobilephone"]):
        phone = e164(r["mobilephone"])
    else:
        phone = OMIT
    return keep({"email_address": r["email"],
                 "merge_fields": {"PHONE": phone, "FNAME": dflt(r["firstname"], "there")}})


@case("h61-19-mc-first-word-title", H, M, t("""
    email_address <- email (that's how Mailchimp matches)
    FNAME = first word of the first name, nothing else changed
    LNAME = last name in title case
    status = 'subscribed', language = 'en', for everyone
    """), [HS[0], HS[1], HS[2], MARY,
           hs(**{**TESSA, "firstname": "Tessa Jo", "lastname": "SMITH JONES"})])
def _19(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": title(r["lastname"])},
            "status": "subscribed", "language": "en"}


@case("h61-20-mc-skip-subscribers-vip", H, M, t("""
    Lifecycle stage = subscriber? -> skip, they're already in Mailchimp from the signup form.
    Everyone else:
      email_address <- email (matching on it)
      merge_fields.LNAME:
        last name filled in? -> use it
        blank? -> the part of the email before the @
      merge_fields.FNAME <- first name, title case
      vip: Y if annual revenue is over 1M, N otherwise (N for blank revenue too)
    """), lower_emails([HS[0], HS[1], {**HS[2], "lastname": ""}, HS[3], HS[4], {**OWEN, "lastname": "   "}]))
def _20(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"],
            "merge_fields": {"LNAME": dflt(r["lastname"], before_at(r["email"])), "FNAME": title(r["firstname"])},
            "vip": rev(r) is not None and rev(r) > 1_000_000}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h61-21-seg-name-title", H, S, t("""
    Segment identify for every contact.
    userId = email, lower-cased (match key)
    traits.email = email exactly as it is in HubSpot
    traits.name = first name + a space + last name
    traits.title:
      job title? -> copy
      blank? -> 'Unknown'
    """), [HS[0], HS[1], HS[2], HS[3], HS[4]])
def _21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": f"{r['firstname']} {r['lastname']}",
                       "title": dflt(r["jobtitle"], "Unknown")}}


@case("h61-22-seg-company-traits", H, S, t("""
    userId <- email, as is (match key)
    traits.company:
      name <- company. Blank? -> the email's domain (after the @)
      industry <- industry. Blank? -> 'Unknown'
      employee_count <- number of employees as a whole number. Blank? -> leave employee_count off
      plan:
        annual revenue over 10M? -> 'enterprise'
        otherwise (blank revenue included) -> 'growth'
    """), lower_emails([HS[0], HS[1], HS[2], HS[3], HS[4]]))
def _22(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], after_at(r["email"])),
        "industry": dflt(r["industry"], "Unknown"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"])),
        "plan": "enterprise" if rev(r) is not None and rev(r) > 10_000_000 else "growth"}}})


@case("h61-23-seg-address-created-phone", H, S, t("""
    userId = email (match on it)
    traits.address:
      street <- street address
      city <- city
      state <- state
      postalCode <- zip
      country <- country; blank? -> 'United States'
    traits.createdAt = create date, date part only (YYYY-MM-DD)
    traits.phone:
      office phone on file? -> E.164, US default region
      no office phone? -> leave traits.phone off
    """), [HS[0], HS[1], HS[2], TESSA, OWEN])
def _23(r: R) -> R:
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": r["state"], "postalCode": r["zip"],
                    "country": dflt(r["country"], "United States")},
        "createdAt": day(r["createdate"]),
        "phone": OMIT if blank(r["phone"]) else e164(r["phone"])}})


@case("h61-24-seg-skip-subscriber-website", H, S, t("""
    In the 'subscriber' stage? -> skip, no identify call.
    userId <- email, trimmed (match key)
    traits.website:
      website filled in? -> copy it
      empty? -> 'https://' + the email's domain (what's after the @)
    traits.firstName <- first name, trimmed
    traits.lifecycleStage <- lifecycle stage, as is
    """), [*lower_emails([HS[0], {**HS[1], "firstname": "Kenji "}, HS[2], HS[3], HS[4]]),
           {**OWEN, "email": "  owen.burke@flatironsbikes.com ", "firstname": " Owen",
            "website": "https://flatironsbikes.com"}])
def _24(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"userId": r["email"].strip(),
            "traits": {"website": dflt(r["website"], "https://" + after_at(r["email"])),
                       "firstName": r["firstname"].strip(), "lifecycleStage": r["lifecyclestage"]}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h61-25-ga4-sign-up", H, G, t("""
    GA4 offline events, one per HubSpot contact.
    client_id is the match key: the constant 'hubspot-offline' on every hit.
    user_id = email, lower case.
    One event, named 'sign_up', with params:
      method = original source in lower case; blank? -> 'unknown'
      lifecycle_stage = lifecycle stage as is
    """), [HS[0], HS[1], HS[2], HS[3], HS[4]])
def _25(r: R) -> R:
    return {"client_id": "hubspot-offline", "user_id": r["email"].lower(),
            "events": [{"name": "sign_up", "params": {
                "method": dflt(r["hs_analytics_source"], "unknown").lower(),
                "lifecycle_stage": r["lifecyclestage"]}}]}


@case("h61-26-ga4-purchase-customers", H, G, t("""
    Lifecycle stage customer or opportunity?
      Y -> fire a GA4 event
      N -> nothing, skip the contact
    client_id = the part of the email before the @ (that's the match key here)
    event name: 'purchase'
      params.currency = 'USD'
      params.value = annual revenue as a number; no revenue? -> 0
    """), lower_emails([HS[0], HS[1], HS[2], TESSA,
                        hs(email="lee.chambers@summitdental.com", lifecyclestage="customer", annualrevenue="")]))
def _26(r: R) -> R | None:
    if r["lifecyclestage"] not in ("customer", "opportunity"):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "purchase", "params": {
        "currency": "USD", "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])}}]}


@case("h61-27-ga4-event-name-tree", H, G, t("""
    client_id = 'hubspot-crm' on every record (match key).
    Event name:
      customer? -> 'purchase'
      not a customer -> salesqualifiedlead?
          Y -> 'generate_lead'
          N -> 'sign_up'
    params.lead_source = original source, copied as is (blank -> 'NONE')
    params.company = company, as is
    """), [HS[0], HS[1], HS[2], HS[3], HS[4], TESSA])
def _27(r: R) -> R:
    stage = r["lifecyclestage"]
    name = "purchase" if stage == "customer" else "generate_lead" if stage == "salesqualifiedlead" else "sign_up"
    return {"client_id": "hubspot-crm", "events": [{"name": name, "params": {
        "lead_source": dflt(r["hs_analytics_source"], "NONE"), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h61-28-sfl-hs-copies-status", L, H, t("""
    Salesforce Lead -> HubSpot contact, matched on email (Email -> email).
    FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle. Plain copies; blanks come over blank.
    hs_lead_status, from the lead Status:
      Open - Not Contacted -> NEW
      Working - Contacted -> IN_PROGRESS
      Closed - Converted -> OPEN_DEAL
      Closed - Not Converted -> UNQUALIFIED
    """), [SFL[0], SFL[1], SFL[2], SFL[3],
           sfl(Email="marcus.reed@highplainsag.com", FirstName="Marcus", LastName="Reed", Company="High Plains Ag",
               Title="", Status="Working - Contacted", City="Greeley")])
def _28(r: R) -> R:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "hs_lead_status": table[r["Status"]]}


@case("h61-29-sfl-hs-lifecycle-tree", L, H, t("""
    email <- Email (match key)
    lifecyclestage:
      Status = 'Closed - Converted'? -> customer
      no -> is the Rating Hot?
             yes -> salesqualifiedlead
             no -> lead
    hs_email_optout, written as text:
      HasOptedOutOfEmail ✔ -> "true"
      HasOptedOutOfEmail ✘ -> "false"
    """), [SFL[0], SFL[1], SFL[2], SFL[3],
           sfl(Email="nina.kowalski@prairiewind.com", FirstName="Nina", LastName="Kowalski", Rating="Hot",
               Status="Working - Contacted", HasOptedOutOfEmail=True)])
def _29(r: R) -> R:
    stage = "customer" if r["Status"] == "Closed - Converted" else "salesqualifiedlead" if r["Rating"] == "Hot" else "lead"
    return {"email": r["Email"], "lifecyclestage": stage, "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h61-30-sfl-hs-uk-phone-revenue", L, H, t("""
    These are the UK team's Salesforce leads.
    Email -> email, match on it.
    phone:
      Phone filled in? -> E.164, and a number without a leading + is a UK number
      empty? -> leave phone off
    AnnualRevenue -> annualrevenue as a number; empty -> leave it off
    Country -> country; empty -> 'United Kingdom'
    """), [SFL[3], SFL[1],
           sfl(Email="harriet.cole@brightonbrews.co.uk", FirstName="Harriet", LastName="Cole", Company="Brighton Brews",
               Phone="01273 555 014", City="Brighton", PostalCode="BN1 1AA", Country="United Kingdom",
               AnnualRevenue="750000.5"),
           sfl(Email="fiona.grant@lochside.co.uk", FirstName="Fiona", LastName="Grant", Company="Lochside Ltd",
               Phone="", City="Inverness", PostalCode="IV1 1AA", Country="", AnnualRevenue="300000"),
           sfl(Email="callum.reid@thistleit.co.uk", FirstName="Callum", LastName="Reid", Company="Thistle IT",
               Phone="07700 900123", City="Glasgow", PostalCode="G1 1AA", Country="", AnnualRevenue="2000000")])
def _30(r: R) -> R:
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44"),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "country": dflt(r["Country"], "United Kingdom")})


@case("h61-31-sfl-hs-open-only", L, H, t("""
    Is the lead still open (Status 'Open - Not Contacted' or 'Working - Contacted')?
      yes -> bring it into HubSpot
      no, it's closed (converted or not) -> skip
    email <- Email (match key)
    phone <- Phone in E.164, US by default; blank Phone -> no phone property at all
    city <- City, upper case
    company <- Company; blank -> 'Unknown'
    """), [SFL[0], SFL[1], SFL[2], SFL[3],
           sfl(Email="marcus.reed@highplainsag.com", FirstName="Marcus", LastName="Reed", Company="", Phone="",
               City="Greeley", Status="Open - Not Contacted"),
           sfl(Email="dana.ruiz@boulderbloom.com", FirstName="Dana", LastName="Ruiz", Company="Boulder Bloom",
               Phone="720-555-0191", City="boulder", Status="Working - Contacted")])
def _31(r: R) -> R | None:
    if r["Status"] not in ("Open - Not Contacted", "Working - Contacted"):
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"]),
                 "city": r["City"].upper(), "company": dflt(r["Company"], "Unknown")})


@case("h61-32-sfl-hs-address-concat", L, H, t("""
    HasOptedOutOfEmail checked? -> skip that lead entirely.
    email <- Email, lower case (match key)
    firstname <- FirstName in title case
    lastname <- LastName with the stray spaces trimmed off
    address:
      Street filled in? -> Street + ', ' + City
      no Street? -> just the City
    """), [SFL[0], SFL[1], SFL[2], SFL[3],
           sfl(Email="Dana.Ruiz@BoulderBloom.com", FirstName="DANA", LastName=" Ruiz ", Company="Boulder Bloom",
               Street="2030 Pearl St", City="Boulder", HasOptedOutOfEmail=False)])
def _32(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"].lower(), "firstname": title(r["FirstName"]), "lastname": r["LastName"].strip(),
            "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h61-33-sfc-mc-status-tags", C, M, t("""
    Salesforce Contact -> Mailchimp member, match on email_address (Email, lower-cased).
    status:
      HasOptedOutOfEmail ✔ -> unsubscribed
      HasOptedOutOfEmail ✘ -> subscribed
    tags:
      LeadSource filled in? -> 'salesforce' first, then the LeadSource
      LeadSource blank? -> only 'salesforce'
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="Rosa.Jimenez@MileHighRealty.com", FirstName="Rosa", LastName="Jimenez", LeadSource="",
               HasOptedOutOfEmail=False),
           sfc(Email="tom.becker@bergbau.de", FirstName="Tom", LastName="Becker", LeadSource="Partner Referral",
               HasOptedOutOfEmail=True)])
def _33(r: R) -> R:
    tags = ["salesforce"] if blank(r["LeadSource"]) else ["salesforce", r["LeadSource"]]
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h61-34-sfc-mc-phone-language", C, M, t("""
    email_address <- Email (match key, as is)
    FNAME <- FirstName, LNAME <- LastName
    merge_fields.PHONE = Phone in E.164; US unless it already has a +country code
    language, based on MailingCountry:
      Germany / Austria / Switzerland -> de
      France -> fr
      anything else, blank included -> en
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="camille.roux@atelierbleu.fr", FirstName="Camille", LastName="Roux", Phone="+33 4 72 55 01 88",
               MailingCity="Lyon", MailingCountry="France"),
           sfc(Email="rosa.jimenez@milehighrealty.com", FirstName="Rosa", LastName="Jimenez", Phone="1-720-555-0166",
               MailingCity="Denver", MailingCountry="")])
def _34(r: R) -> R:
    lang = {"Germany": "de", "Austria": "de", "Switzerland": "de", "France": "fr"}.get(r["MailingCountry"], "en")
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": e164(r["Phone"])},
            "language": lang}


@case("h61-35-sfc-mc-dept-vip", C, M, t("""
    No LeadSource? -> skip, we only mail contacts we can attribute.
    email_address <- Email (match key)
    vip:
      Department = 'Sales'? Y -> true
      N -> false
    tags: the Department as the one and only tag; no Department -> empty list []
    status = 'subscribed'
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="rosa.jimenez@milehighrealty.com", FirstName="Rosa", LastName="Jimenez", LeadSource="Web",
               Department=""),
           sfc(Email="tom.becker@bergbau.de", FirstName="Tom", LastName="Becker", LeadSource="  ", Department="Sales")])
def _35(r: R) -> R | None:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "vip": r["Department"] == "Sales",
            "tags": [] if blank(r["Department"]) else [r["Department"]], "status": "subscribed"}


@case("h61-36-sfc-mc-dach-only", C, M, t("""
    MailingCountry Germany or Austria?
      ✔ -> goes into the DACH audience
      ✘ (any other country, or none) -> skip
    email_address <- Email, lower case (match)
    FNAME <- FirstName, title case
    LNAME <- LastName, upper case
    status 'pending' (double opt-in over there) and language 'de' on all of them
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="Jonas.Gruber@Alpenwerk.at", FirstName="jonas", LastName="gruber", MailingCity="Graz",
               MailingCountry="Austria"),
           sfc(Email="marie.keller@zuribank.ch", FirstName="Marie", LastName="Keller", MailingCity="Zurich",
               MailingCountry="Switzerland"),
           sfc(Email="paul.schmidt@nordwerk.de", FirstName="Paul", LastName="Schmidt", MailingCity="Hamburg",
               MailingCountry="")])
def _36(r: R) -> R | None:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"].lower(),
            "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": r["LastName"].upper()},
            "status": "pending", "language": "de"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h61-37-seg-sfc-optional-traits", C, S, t("""
    userId = Email, lower-cased (match key)
    traits.firstName <- FirstName, traits.lastName <- LastName
    traits.title:
      Title present? -> copy
      blank? -> leave title out
    traits.birthday <- Birthdate, as is; blank -> leave it out too
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="Rosa.Jimenez@MileHighRealty.com", FirstName="Rosa", LastName="Jimenez", Title="Broker",
               Birthdate="1979-08-30")])
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h61-38-seg-sfc-name-address-phone", C, S, t("""
    userId <- Email, untouched (match key)
    traits.name = FirstName + ' ' + LastName
    traits.address:
      city <- MailingCity
      country <- MailingCountry; blank? -> 'United States'
    traits.phone = Phone in E.164, US default (anything already starting with + keeps its code)
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="rosa.jimenez@milehighrealty.com", FirstName="Rosa", LastName="Jimenez", Phone="(303) 555-0102",
               MailingCity="Denver", MailingCountry="")])
def _38(r: R) -> R:
    return {"userId": r["Email"], "traits": {
        "name": f"{r['FirstName']} {r['LastName']}",
        "address": {"city": r["MailingCity"], "country": dflt(r["MailingCountry"], "United States")},
        "phone": e164(r["Phone"])}}


@case("h61-39-seg-sfc-persona-table", C, S, t("""
    Opted out of email (HasOptedOutOfEmail checked)?
      Y -> skip, no identify
      N -> send it
    userId <- Email, trimmed and lower-cased (match key)
    traits.persona, from Department:
      Engineering -> 'technical'
      Sales or Marketing -> 'commercial'
      anything else / blank -> 'general'
    traits.title <- Title, trimmed
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email=" Rosa.Jimenez@MileHighRealty.com ", FirstName="Rosa", LastName="Jimenez", Department="",
               Title=" Broker ", HasOptedOutOfEmail=False),
           sfc(Email="sam.ito@rockiesmfg.com", FirstName="Sam", LastName="Ito", Department="Finance",
               Title="Controller", HasOptedOutOfEmail=False)])
def _39(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    persona = {"Engineering": "technical", "Sales": "commercial", "Marketing": "commercial"}.get(r["Department"],
                                                                                               "general")
    return {"userId": r["Email"].strip().lower(), "traits": {"persona": persona, "title": r["Title"].strip()}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h61-40-mc-hs-names-optout", M, H, t("""
    Mailchimp member -> HubSpot contact, matched on email (from email_address).
    firstname <- FNAME, title case
    lastname <- LNAME, title case; LNAME blank -> 'Unknown'
    hs_email_optout (the text value):
      status = unsubscribed? -> "true"
      any other status -> "false"
    """), [MC[0], MC[1], MC[2], MC[3],
           mc("grace.lin@denverbloom.com", "pending", "GRACE", "lin", "303.555.0121", "Denver Bloom", [], "en", False)])
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]),
            "lastname": "Unknown" if blank(mf["LNAME"]) else title(mf["LNAME"]),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"}


@case("h61-41-mc-hs-skip-cleaned", M, H, t("""
    Status cleaned? -> skip (dead address, don't want it in HubSpot).
    email <- email_address (match key)
    phone <- PHONE in E.164, assume US; blank PHONE -> no phone on the contact
    company <- COMPANY; blank -> 'Unknown'
    """), [MC[0], MC[1], MC[2], MC[3],
           mc("rachel.stone@cherrycreekyoga.com", "pending", "Rachel", "Stone", "303.555.0177", "", ["Webinar"], "en",
              False)])
def _41(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": dflt(mf["COMPANY"], "Unknown")})


@case("h61-42-mc-hs-lifecycle-vip-tag", M, H, t("""
    email <- email_address, that's the match.
    lifecyclestage:
      VIP? Y -> customer
      N -> tagged 'Customer'?
            Y -> customer
            N -> subscriber
    firstname = first word of FNAME
    company:
      COMPANY filled in? -> use it
      blank? -> the email domain (after the @)
    """), [MC[0], MC[1], MC[2], MC[3],
           mc("mei.chen@lotusgardens.com", "subscribed", "Mei Ling", "Chen", "", "", ["Customer", "Webinar"], "zh",
              False)])
def _42(r: R) -> R:
    mf = r["merge_fields"]
    stage = "customer" if r["vip"] or "Customer" in r["tags"] else "subscriber"
    return {"email": r["email_address"], "lifecyclestage": stage, "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"]))}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set61")
