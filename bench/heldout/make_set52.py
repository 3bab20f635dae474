"""Held-out set 52 for the offline mapping drafter.

Persona: an e-commerce marketing manager in Melbourne, Australia. She fires off quick bullet-point
notes ("- ", "* " or "• " bullets), one rule per bullet, sometimes with a short heading line
("Lead sync notes:") and a "cheers" sign-off. Australian spelling ("organisation", "colour"),
casual Aussie phrasing ("reckon", "heaps", "arvo", "no worries"). Phone rules assume Australia
(+61, local numbers like 0412 345 678) where the note says so; the pools are extended with a few
Australian records for those.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h52-01 .. h52-08)
  hubspot.contacts -> salesforce.Contact   6  (h52-09 .. h52-14)
  hubspot.contacts -> mailchimp.members    6  (h52-15 .. h52-20)
  hubspot.contacts -> segment.identify     4  (h52-21 .. h52-24)
  hubspot.contacts -> ga4.events           3  (h52-25 .. h52-27)
  salesforce.Lead  -> hubspot.contacts     5  (h52-28 .. h52-32)
  salesforce.Contact -> mailchimp.members  4  (h52-33 .. h52-36)
  salesforce.Contact -> segment.identify   3  (h52-37 .. h52-39)
  mailchimp.members -> hubspot.contacts    3  (h52-40 .. h52-42)

Rule kinds per case:
  01 copies (with empty), constant          22 nested company traits, default, integer/omit
  02 E.164 AU w/ omit, default              23 nested address traits, upper, date
  03 value table w/ otherwise, default, const 24 concat, boolean (blank stated), number/omit, table
  04 number/omit, > condition (blank), title 25 GA4 constants, lower w/ default, copy
  05 exclude filter (blank stated), lower, fallback chain + omit, const
                                            26 GA4 only filter, number w/ 0 default, constants, copy
  06 only filter, E.164 AU w/ fallback, copies, const
                                            27 GA4 part before @, conditional name, copy, title
  07 title, fallback to part after @, concat+date
                                            28 copies, omit-when-empty, constant
  08 only filter (3 values), integer/omit, table w/ otherwise, trim
                                            29 two value tables (no otherwise)
  09 copies into Mailing*, title, default   30 E.164 AU/omit, copy, default
  10 boolean (blank stated), boolean by stage, omit
                                            31 exclude filter, "true"/"false" text, number/omit
  11 fallback to part before @, default, const
                                            32 table w/ otherwise, copies, upper, concat
  12 exclude filter, E.164 AU/omit, constant 33 lower, copies, boolean->status, constant tag
  13 upper w/ default, table w/ otherwise, trim
                                            34 only filter, E.164 AU, constant + conditional tag
  14 exclude-blank filter, first word, copy, concat+date
                                            35 boolean by equality, copies, table w/ otherwise
  15 copies, 3-way status (blank stated), tag 36 exclude-blank filter, upper, conditional tags / []
  16 E.164 AU mobile->phone fallback, omit, const
                                            37 lower userId, copy, default, nested address
  17 conditional tags (equality, > w/ blank), vip flag, const
                                            38 concat, E.164 AU, omit-when-empty
  18 exclude-blank filter, first word, upper, const
                                            39 boolean copy, table w/ otherwise, default
  19 table (no otherwise), copy, const      40 title, title/omit, "true"/"false" text
  20 lower, fallback to part before @, false flag, empty tags
                                            41 E.164 AU/omit, default, boolean condition
  21 lower userId, copies, E.164 AU/omit    42 only filter, first word, copy, constant
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


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


# ---------------------------------------------------------------- Australian records

AU_HS: list[R] = [
    {"email": "jess.nguyen@koalacoffee.com.au", "firstname": "Jess", "lastname": "Nguyen", "company": "Koala Coffee Co",
     "phone": "(03) 9555 0123", "mobilephone": "0412 345 678", "jobtitle": "Head of Growth", "hs_analytics_source": "PAID_SOCIAL",
     "lifecyclestage": "customer", "country": "Australia", "city": "Melbourne", "state": "VIC", "zip": "3000",
     "address": "88 Collins St", "annualrevenue": "3200000", "numemployees": "45", "industry": "Retail",
     "website": "https://koalacoffee.com.au", "createdate": "2024-02-19T12:30:00.000Z", "hs_email_optout": "false"},
    {"email": "tom.baker@wattleandco.com.au", "firstname": "tom", "lastname": "baker", "company": "Wattle & Co",
     "phone": "", "mobilephone": "0423 111 222", "jobtitle": "", "hs_analytics_source": "EMAIL_MARKETING",
     "lifecyclestage": "lead", "country": "Australia", "city": "Sydney", "state": "NSW", "zip": "2000",
     "address": "1 George St", "annualrevenue": "", "numemployees": "", "industry": "",
     "website": "", "createdate": "2023-09-01T13:00:00.000Z", "hs_email_optout": ""},
    {"email": "Ava.Wilson@GumtreeGardens.com.au", "firstname": "Ava", "lastname": "Wilson", "company": "Gumtree Gardens",
     "phone": "+61 2 9555 0188", "mobilephone": "+61 400 123 456", "jobtitle": "Marketing Manager",
     "hs_analytics_source": "ORGANIC_SEARCH", "lifecyclestage": "marketingqualifiedlead", "country": "Australia",
     "city": "Brisbane", "state": "QLD", "zip": "4000", "address": "5 Queen St", "annualrevenue": "9500000",
     "numemployees": "120", "industry": "Retail", "website": "gumtreegardens.com.au",
     "createdate": "2024-05-07T12:00:00.000Z", "hs_email_optout": "true"},
]
HS_AU = extended(HS, *AU_HS)

AU_SFL: list[R] = [
    {"Email": "mia.chen@bondibites.com.au", "FirstName": "Mia", "LastName": "Chen", "Company": "Bondi Bites",
     "Title": "Founder", "Phone": "(03) 9876 5432", "Street": "12 Smith St", "City": "Fitzroy", "PostalCode": "3065",
     "Country": "Australia", "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "Advertisement",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "750000"},
    {"Email": "lachlan.ross@saltbush.com.au", "FirstName": "Lachlan", "LastName": "Ross", "Company": "Saltbush Supply",
     "Title": "", "Phone": "0433 222 111", "Street": "7 Hay St", "City": "Perth", "PostalCode": "6000",
     "Country": "Australia", "Status": "Open - Not Contacted", "Rating": "Cold", "LeadSource": "",
     "HasOptedOutOfEmail": True, "AnnualRevenue": ""},
]
SFL_AU = extended(SFL, *AU_SFL)

AU_SFC: list[R] = [
    {"Email": "Sam.Kelly@SouthernCross.com.au", "FirstName": "Sam", "LastName": "Kelly", "Title": "Ecommerce Manager",
     "Department": "Marketing", "Phone": "0412 987 654", "MailingCity": "Melbourne", "MailingCountry": "Australia",
     "LeadSource": "Web", "HasOptedOutOfEmail": False, "Birthdate": "1988-08-15"},
    {"Email": "olivia.martin@redgum.com.au", "FirstName": "Olivia", "LastName": "Martin", "Title": "",
     "Department": "", "Phone": "(08) 8555 0101", "MailingCity": "Adelaide", "MailingCountry": "Australia",
     "LeadSource": "Trade Show", "HasOptedOutOfEmail": True, "Birthdate": ""},
]
SFC_AU = extended(SFC, *AU_SFC)

AU_MC: list[R] = [
    {"email_address": "ruby.taylor@lorikeetlane.com.au", "status": "subscribed",
     "merge_fields": {"FNAME": "Ruby", "LNAME": "Taylor", "PHONE": "0400 555 321", "COMPANY": "Lorikeet Lane"},
     "tags": ["EOFY Sale"], "language": "en", "vip": False},
    {"email_address": "harry.walker@bottlebrush.com.au", "status": "unsubscribed",
     "merge_fields": {"FNAME": "harry", "LNAME": "walker", "PHONE": "+61 3 9555 0777", "COMPANY": ""},
     "tags": [], "language": "en", "vip": True},
]
MC_AU = extended(MC, *AU_MC)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h52-01-lead-copies-web", H, L, """Lead sync notes:
- Email on the lead = the contact's email (that's what we match on)
- FirstName, LastName and Company copied straight over from first name, last name and company, no changes
- LeadSource is always 'Web' for now, reckon that'll do
Cheers""", HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h52-02-lead-au-mobile", H, L, """* match leads on Email (from the contact's email)
* MobilePhone = their mobile number in E.164, assume Australia (+61) when there's no country code on it
* no mobile? just leave MobilePhone off the lead
* Title from job title, or 'Unknown' if it's empty
cheers""", [HS[1], HS[4], *AU_HS])
def _(r: R) -> R:
    return keep({"Email": r["email"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "61"),
                 "Title": dflt(r["jobtitle"], "Unknown")})


SRC_03 = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "ORGANIC_SEARCH": "Web",
          "REFERRALS": "Partner Referral", "EMAIL_MARKETING": "Email"}


@case("h52-03-lead-source-table", H, L, """Lead source mapping:
- Email from email
- LeadSource off HubSpot's Original Source: PAID_SEARCH and PAID_SOCIAL -> Advertisement, ORGANIC_SEARCH -> Web, REFERRALS -> Partner Referral, EMAIL_MARKETING -> Email, anything else (or blank) -> Other
- Company = company, but put 'Not provided' if it's blank
- Rating 'Warm' on every lead""",
      extended(HS_AU, hs(email="bella.cooper@tinytides.com.au", company="Tiny Tides", hs_analytics_source="DIRECT_TRAFFIC")))
def _(r: R) -> R:
    return {"Email": r["email"], "LeadSource": SRC_03.get(r["hs_analytics_source"], "Other"),
            "Company": dflt(r["company"], "Not provided"), "Rating": "Warm"}


@case("h52-04-lead-revenue-rating", H, L, """• Email = email
• AnnualRevenue = annual revenue as a number; leave it off when there isn't one
• Rating 'Hot' when annual revenue is over 5,000,000, 'Cold' otherwise (no revenue = Cold)
• LastName from last name in title case - heaps of them come through in all caps or all lowercase""", HS_AU)
def _(r: R) -> R:
    v = rev(r)
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"]),
                 "Rating": "Hot" if v is not None and v > 5_000_000 else "Cold", "LastName": title(r["lastname"])})


@case("h52-05-lead-skip-optouts", H, L, """- skip anyone who's opted out of email (hs_email_optout = 'true'); blank means they haven't, so they still go through
- Email = email, lower-cased
- Phone = office phone; if that's blank use the mobile; if both are blank leave Phone off
- Status = 'Open - Not Contacted' for everyone
no worries""", extended(HS_AU, hs(email="Noah.Smith@PavlovaPantry.com.au", phone="", mobilephone="", hs_email_optout="false")))
def _(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"].lower(), "Phone": ph, "Status": "Open - Not Contacted"})


@case("h52-06-lead-aussies-only", H, L, """Aussie leads only:
* only send contacts where country is 'Australia' - skip the rest
* Email from email
* Phone = office phone in E.164, Australia as the default country; if there's no office phone use their mobile instead (same format)
* City, State and PostalCode from city, state and zip
* Country = 'AU' on all of them""", HS_AU)
def _(r: R) -> R | None:
    if r["country"] != "Australia":
        return None
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "Phone": e164(src, "61"), "City": r["city"], "State": r["state"],
            "PostalCode": r["zip"], "Country": "AU"}


@case("h52-07-lead-description-domain", H, L, """- Email from email
- FirstName = first name in title case
- Company = company; if that's empty use the part of the email after the @
- Description = 'HubSpot stage: ' + lifecycle stage + ' | created ' + create date as YYYY-MM-DD
cheers""", lower_emails(HS_AU))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": title(r["firstname"]),
            "Company": r["company"] if not blank(r["company"]) else after_at(r["email"]),
            "Description": f"HubSpot stage: {r['lifecyclestage']} | created {day(r['createdate'])}"}


IND_08 = {"Software": "Technology", "Logistics": "Transportation", "Retail": "Retail"}


@case("h52-08-lead-pipeline-industry", H, L, """Lead sync, pipeline stages only:
- only leads, MQLs and SQLs (lifecycle stage lead, marketingqualifiedlead or salesqualifiedlead) - skip customers, subscribers etc.
- Email from email
- NumberOfEmployees = number of employees as a whole number, leave it off if blank
- Industry: Software -> Technology, Logistics -> Transportation, Retail -> Retail, anything else incl. blank -> Other
- Website = website, trimmed""",
      extended(HS_AU, hs(email="grace.hall@bluewrenbeauty.com.au", lifecyclestage="lead", industry="Cosmetics",
                         numemployees="7", website="  https://bluewrenbeauty.com.au ")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return keep({"Email": r["email"],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
                 "Industry": IND_08.get(r["industry"], "Other"), "Website": r["website"].strip()})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h52-09-contact-mailing-address", H, C, """Contact sync - mailing address bits:
- Email from email
- MailingStreet from address, MailingState from state, MailingPostalCode from zip
- MailingCity = city in title case (some are all lowercase)
- MailingCountry = country, or 'Australia' if it's blank""",
      extended(HS_AU, hs(email="lily.brown@surfcoastsurf.com.au", country="", city="geelong", state="VIC", zip="3220",
                         address="10 Moorabool St")))
def _(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCity": title(r["city"]), "MailingCountry": dflt(r["country"], "Australia")}


@case("h52-10-contact-optout-flags", H, C, """- Email from email
- HasOptedOutOfEmail = true when hs_email_optout is 'true', false otherwise (blank = false)
- DoNotCall = true for customers (lifecycle stage 'customer'), false for everyone else
- Title from job title, leave it off if there's nothing there""", HS_AU)
def _(r: R) -> R:
    return keep({"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
                 "DoNotCall": r["lifecyclestage"] == "customer", "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]})


@case("h52-11-contact-name-fallbacks", H, C, """• Email from email
• FirstName = first name, or the bit of the email before the @ if first name's empty
• LastName = last name, 'Unknown' when it's blank
• Department is always 'Marketing'""",
      lower_emails(extended(HS_AU, hs(email="zoe.lee@mossvale.com.au", firstname="", lastname=""))))
def _(r: R) -> R:
    return {"Email": r["email"],
            "FirstName": r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]),
            "LastName": dflt(r["lastname"], "Unknown"), "Department": "Marketing"}


@case("h52-12-contact-skip-us-mobile", H, C, """* skip anyone in the United States (country 'United States')
* Email from email
* MobilePhone = mobile in E.164 with Australia as the default country; leave it off if they haven't got one
* LeadSource = 'Web' across the board
cheers""", [HS[0], HS[1], HS[3], HS[4], *AU_HS])
def _(r: R) -> R | None:
    if r["country"] == "United States":
        return None
    return keep({"Email": r["email"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "61"), "LeadSource": "Web"})


DEPT_13 = {"customer": "Customers", "salesqualifiedlead": "Sales", "marketingqualifiedlead": "Marketing"}


@case("h52-13-contact-title-dept", H, C, """- Email from email
- Title = job title in upper case, or 'N/A' if there isn't one
- Department off the lifecycle stage: customer -> Customers, salesqualifiedlead -> Sales, marketingqualifiedlead -> Marketing, anything else -> General
- LastName = last name with the spaces trimmed off the ends""",
      extended(HS_AU, hs(email="ben.lee@flatwhite.com.au", lastname="  Lee ", jobtitle="Buyer",
                         lifecyclestage="opportunity")))
def _(r: R) -> R:
    return {"Email": r["email"], "Title": "N/A" if blank(r["jobtitle"]) else r["jobtitle"].upper(),
            "Department": DEPT_13.get(r["lifecyclestage"], "General"), "LastName": r["lastname"].strip()}


@case("h52-14-contact-signup-description", H, C, """Contacts for the CRM clean-up:
- skip contacts with no Original Source (blank)
- Email = email
- FirstName = just the first word of the first name (so 'Mary Anne' -> 'Mary'), LastName from last name
- Description = 'Signed up ' + create date (YYYY-MM-DD) + ' via ' + Original Source""",
      extended(HS_AU, hs(email="mary.jones@kookaburrakids.com.au", firstname="Mary Anne", lastname="Jones",
                         hs_analytics_source="SOCIAL_MEDIA", createdate="2024-03-28T12:15:00.000Z")))
def _(r: R) -> R | None:
    if blank(r["hs_analytics_source"]):
        return None
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Description": f"Signed up {day(r['createdate'])} via {r['hs_analytics_source']}"}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h52-15-mc-basics-status", H, M, """Mailchimp audience notes:
- email_address = email
- merge fields FNAME and LNAME from first name and last name
- status 'unsubscribed' if hs_email_optout is 'true', otherwise 'subscribed' (blank = subscribed)
- tag everyone 'hubspot-sync'
cheers""", HS_AU)
def _(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "tags": ["hubspot-sync"]}


@case("h52-16-mc-au-phone", H, M, """* email_address from email
* PHONE merge field = mobile in E.164, Australia as the default country
* if there's no mobile use the office phone instead (same E.164 treatment); no number at all -> leave PHONE off
* language 'en' for everyone""",
      [HS[1], HS[4], *AU_HS, hs(email="oscar.white@magpiemerch.com.au", phone="", mobilephone="", country="Australia")])
def _(r: R) -> R:
    if not blank(r["mobilephone"]):
        ph: Any = e164(r["mobilephone"], "61")
    elif not blank(r["phone"]):
        ph = e164(r["phone"], "61")
    else:
        ph = OMIT
    return keep({"email_address": r["email"], "merge_fields": {"PHONE": ph}, "language": "en"})


@case("h52-17-mc-tags-vip", H, M, """• email_address = email
• tags: 'customer' if lifecycle stage is customer, then 'big-spender' if annual revenue is over 1,000,000 (no revenue = no big-spender tag); if neither applies the tag list is just empty
• vip = true for customers, false for everyone else
• status 'subscribed' for all of them""", HS_AU)
def _(r: R) -> R:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    v = rev(r)
    if v is not None and v > 1_000_000:
        tags.append("big-spender")
    return {"email_address": r["email"], "tags": tags, "vip": r["lifecyclestage"] == "customer", "status": "subscribed"}


@case("h52-18-mc-skip-no-company", H, M, """- skip any contact with a blank company
- email_address from email
- FNAME = first word of the first name
- LNAME = last name in upper case
- status 'pending' (double opt-in)""",
      extended(HS_AU, hs(email="mary.jones@kookaburrakids.com.au", firstname="Mary Anne", lastname="Jones",
                         company="Kookaburra Kids")))
def _(r: R) -> R | None:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"].upper()}, "status": "pending"}


LANG_19 = {"Australia": "en", "United States": "en", "France": "fr", "Japan": "ja", "Mexico": "es"}


@case("h52-19-mc-language-by-country", H, M, """Mailchimp sync - language by country:
- email_address = email
- language from country: Australia -> en, United States -> en, France -> fr, Japan -> ja, Mexico -> es
- FNAME merge field from first name
- status 'subscribed'""", HS_AU)
def _(r: R) -> R:
    return {"email_address": r["email"], "language": LANG_19[r["country"]], "merge_fields": {"FNAME": r["firstname"]},
            "status": "subscribed"}


@case("h52-20-mc-fname-from-email", H, M, """* email_address = email in lower case
* FNAME = first name, or the part of the email before the @ when first name's blank
* vip = false for everyone
* no tags - send an empty tag list""", extended(HS_AU, hs(email="zoe.lee@mossvale.com.au", firstname="")))
def _(r: R) -> R:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": r["firstname"] if not blank(r["firstname"]) else before_at(r["email"])},
            "vip": False, "tags": []}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h52-21-seg-names-phone", H, S, """Segment identify:
- userId = email, lower-cased
- traits.email = email as is
- traits.firstName and traits.lastName from first name and last name
- traits.phone = office phone in E.164 (default country Australia), leave it off if blank""", [HS[1], HS[4], *AU_HS])
def _(r: R) -> R:
    return keep({"userId": r["email"].lower(),
                 "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                            "phone": OMIT if blank(r["phone"]) else e164(r["phone"], "61")}})


@case("h52-22-seg-company-traits", H, S, """- userId = email
- traits.company.name from company
- traits.company.industry = industry, 'Other' if it's blank
- traits.company.employee_count = number of employees as a whole number, drop it if empty""", HS_AU)
def _(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": r["company"], "industry": dflt(r["industry"], "Other"),
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h52-23-seg-address-created", H, S, """- userId from email
- traits.address.city, traits.address.state and traits.address.postalCode from city, state and zip
- traits.address.country = country in capitals
- traits.createdAt = create date, just the YYYY-MM-DD bit
cheers""", HS_AU)
def _(r: R) -> R:
    return {"userId": r["email"],
            "traits": {"address": {"city": r["city"], "state": r["state"], "postalCode": r["zip"],
                                   "country": r["country"].upper()},
                       "createdAt": day(r["createdate"])}}


@case("h52-24-seg-name-optout-plan", H, S, """• userId = email
• traits.name = first name + ' ' + last name
• traits.email_opt_out = true when hs_email_optout is 'true', false otherwise (blank -> false)
• traits.annual_revenue = annual revenue as a number, leave it off if blank
• traits.plan: 'paid' for customers (lifecycle stage customer), 'free' for everyone else""", HS_AU)
def _(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"name": f"{r['firstname']} {r['lastname']}", "email_opt_out": r["hs_email_optout"] == "true",
                            "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                            "plan": "paid" if r["lifecyclestage"] == "customer" else "free"}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h52-25-ga4-sign-up", H, G, """GA4 offline events:
- client_id is always 'hubspot-au'
- one event, called 'sign_up'
- event param method = Original Source in lower case, or 'unknown' if it's blank
- event param country = the contact's country""", HS_AU)
def _(r: R) -> R:
    return {"client_id": "hubspot-au",
            "events": [{"name": "sign_up",
                        "params": {"method": "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower(),
                                   "country": r["country"]}}]}


@case("h52-26-ga4-purchase-customers", H, G, """- only customers (lifecycle stage customer) - skip everyone else
- client_id = 'crm-import'
- event name 'purchase'
- params: value = annual revenue as a number (0 if there isn't one), currency 'AUD', company = company
cheers""", extended(HS_AU, hs(email="max.evans@emufeathers.com.au", lifecyclestage="customer", annualrevenue="",
                              company="Emu Feathers")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] != "customer":
        return None
    v = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "crm-import",
            "events": [{"name": "purchase", "params": {"value": v, "currency": "AUD", "company": r["company"]}}]}


@case("h52-27-ga4-qualified-lead", H, G, """* client_id = the part of the email before the @
* event name: 'qualified_lead' when lifecycle stage is marketingqualifiedlead or salesqualifiedlead, otherwise 'contact_synced'
* params.lifecycle_stage = lifecycle stage
* params.city = city in title case""", lower_emails(HS_AU))
def _(r: R) -> R:
    name = "qualified_lead" if r["lifecyclestage"] in ("marketingqualifiedlead", "salesqualifiedlead") else "contact_synced"
    return {"client_id": before_at(r["email"]),
            "events": [{"name": name, "params": {"lifecycle_stage": r["lifecyclestage"], "city": title(r["city"])}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h52-28-lead-hs-basics", L, H, """Salesforce leads into HubSpot:
- email from Email
- firstname, lastname and company from FirstName, LastName and Company
- jobtitle = Title, leave it off when it's blank
- lifecyclestage 'lead' for everyone""", SFL_AU)
def _(r: R) -> R:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
                 "jobtitle": OMIT if blank(r["Title"]) else r["Title"], "lifecyclestage": "lead"})


STATUS_29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h52-29-lead-hs-status-rating", L, H, """- email = Email
- hs_lead_status from Status: Open - Not Contacted -> NEW, Working - Contacted -> IN_PROGRESS, Closed - Converted -> CONNECTED, Closed - Not Converted -> UNQUALIFIED
- lifecyclestage from Rating: Hot -> salesqualifiedlead, Warm -> lead, Cold -> lead""", SFL_AU)
def _(r: R) -> R:
    return {"email": r["Email"], "hs_lead_status": STATUS_29[r["Status"]],
            "lifecyclestage": {"Hot": "salesqualifiedlead", "Warm": "lead", "Cold": "lead"}[r["Rating"]]}


@case("h52-30-lead-hs-au-phone", L, H, """• email from Email
• phone = Phone in E.164, default country Australia; leave it off if there's no phone
• city from City
• country = Country, or 'Australia' if it's empty
ta!""", [SFL[1], SFL[2], *AU_SFL])
def _(r: R) -> R:
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "61"), "city": r["City"],
                 "country": dflt(r["Country"], "Australia")})


@case("h52-31-lead-hs-optout-revenue", L, H, """- skip leads with Status 'Closed - Not Converted'
- email = Email
- hs_email_optout = the text 'true' when HasOptedOutOfEmail is ticked, 'false' when it isn't
- annualrevenue = AnnualRevenue as a number, leave it off if blank""", SFL_AU)
def _(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


SRC_32 = {"Web": "ORGANIC_SEARCH", "Advertisement": "PAID_SEARCH", "Partner Referral": "REFERRALS", "Trade Show": "OFFLINE"}


@case("h52-32-lead-hs-source-address", L, H, """Leads -> HubSpot, arvo job:
- email from Email
- hs_analytics_source from LeadSource: Web -> ORGANIC_SEARCH, Advertisement -> PAID_SEARCH, Partner Referral -> REFERRALS, Trade Show -> OFFLINE, anything else or blank -> OTHER_CAMPAIGNS
- address from Street, zip from PostalCode
- city = City in upper case
- message = 'SF rating: ' + Rating""", SFL_AU)
def _(r: R) -> R:
    return {"email": r["Email"], "hs_analytics_source": SRC_32.get(r["LeadSource"], "OTHER_CAMPAIGNS"),
            "address": r["Street"], "zip": r["PostalCode"], "city": r["City"].upper(), "message": f"SF rating: {r['Rating']}"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h52-33-sfc-mc-basics", C, M, """- email_address = Email, lower-cased
- FNAME and LNAME merge fields from FirstName and LastName
- status: 'unsubscribed' when HasOptedOutOfEmail is ticked, 'subscribed' when it's not
- tag them all 'salesforce'
cheers""", SFC_AU)
def _(r: R) -> R:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": ["salesforce"]}


@case("h52-34-sfc-mc-aus-phone", C, M, """Aussie contacts to Mailchimp:
* only contacts with MailingCountry 'Australia'
* email_address = Email
* PHONE merge field = Phone in E.164, Australia as the default country
* tags: 'aus' on everyone, plus 'trade-show' if their LeadSource is Trade Show""",
      extended(SFC_AU, sfc(Email="chloe.harris@lyrebird.com.au", FirstName="Chloe", LastName="Harris",
                           Phone="+61 7 3555 0142", MailingCity="Brisbane", MailingCountry="Australia",
                           LeadSource="Trade Show")))
def _(r: R) -> R | None:
    if r["MailingCountry"] != "Australia":
        return None
    tags = ["aus"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "61")}, "tags": tags}


@case("h52-35-sfc-mc-vip-language", C, M, """- email_address from Email
- vip = true when LeadSource is 'Web', false otherwise (blank too)
- merge fields: FNAME = FirstName, LNAME = LastName
- language from MailingCountry: Germany -> de, Austria -> de, anything else -> en""", SFC_AU)
def _(r: R) -> R:
    return {"email_address": r["Email"], "vip": r["LeadSource"] == "Web",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "language": {"Germany": "de", "Austria": "de"}.get(r["MailingCountry"], "en")}


@case("h52-36-sfc-mc-dept-tags", C, M, """• skip contacts with no Department (blank)
• email_address from Email
• FNAME merge field = FirstName in upper case
• tags: 'sales-team' if Department is Sales, 'marketing-team' if Department is Marketing, otherwise no tags (empty list)""",
      SFC_AU)
def _(r: R) -> R | None:
    if blank(r["Department"]):
        return None
    tags = {"Sales": ["sales-team"], "Marketing": ["marketing-team"]}.get(r["Department"], [])
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"].upper()}, "tags": tags}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h52-37-sfc-seg-title-address", C, S, """Segment from SF contacts:
- userId = Email in lower case
- traits.email = Email unchanged
- traits.title = Title, or 'Unknown' if blank
- traits.address.city from MailingCity, traits.address.country from MailingCountry""", SFC_AU)
def _(r: R) -> R:
    return {"userId": r["Email"].lower(),
            "traits": {"email": r["Email"], "title": dflt(r["Title"], "Unknown"),
                       "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}}


@case("h52-38-sfc-seg-name-phone-bday", C, S, """* userId from Email
* traits.name = FirstName + ' ' + LastName
* traits.phone = Phone in E.164, Australia as the default country
* traits.birthday = Birthdate, leave it off if blank""",
      [SFC[2], *AU_SFC, sfc(Email="jack.thompson@wombatworks.com.au", FirstName="Jack", LastName="Thompson",
                            Phone="+61 3 9555 0999", Birthdate="1979-01-30", MailingCity="Hobart",
                            MailingCountry="Australia")])
def _(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"], "61"),
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h52-39-sfc-seg-optout-source", C, S, """- userId = Email
- traits.unsubscribed = HasOptedOutOfEmail, true/false as is
- traits.lead_source from LeadSource: Web -> website, Trade Show -> event, anything else or blank -> other
- traits.department = Department, 'General' if empty""", SFC_AU)
def _(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"unsubscribed": r["HasOptedOutOfEmail"],
                       "lead_source": {"Web": "website", "Trade Show": "event"}.get(r["LeadSource"], "other"),
                       "department": dflt(r["Department"], "General")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h52-40-mc-hs-names-optout", M, H, """Mailchimp -> HubSpot:
- email from email_address
- firstname = FNAME in title case
- lastname = LNAME in title case, leave it off if blank
- hs_email_optout = the text 'true' for unsubscribed members, 'false' for everyone else""", MC_AU)
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h52-41-mc-hs-phone-vip", M, H, """• email = email_address
• phone = the PHONE merge field in E.164, default Australia; leave it off if empty
• company = COMPANY merge field, 'Unknown' when blank
• lifecyclestage 'customer' for VIPs, 'subscriber' for everyone else
cheers""", [MC[1], MC[2], MC[3], *AU_MC])
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "61"),
                 "company": dflt(mf["COMPANY"], "Unknown"), "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h52-42-mc-hs-subscribed-only", M, H, """- only members whose status is 'subscribed', skip the rest
- email from email_address
- firstname = first word of FNAME
- company from COMPANY
- lifecyclestage = 'subscriber'
no worries, cheers""",
      extended(MC_AU, {"email_address": "mary.anne.white@wattlebird.com.au", "status": "subscribed",
                       "merge_fields": {"FNAME": "Mary Anne", "LNAME": "White", "PHONE": "", "COMPANY": ""},
                       "tags": [], "language": "en", "vip": False}))
def _(r: R) -> R | None:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]), "company": mf["COMPANY"],
            "lifecyclestage": "subscriber"}


if __name__ == "__main__":
    ids = [c[0] for c in CASES]
    assert len(ids) == 42 and len(set(ids)) == 42, (len(ids), len(set(ids)))
    build(CASES, Path(__file__).parent / "set52")
