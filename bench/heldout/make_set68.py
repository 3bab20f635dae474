"""Held-out set 68 for the offline mapping drafter.

Persona: Grace, a marketing-ops manager in Nairobi. She drafts every sync as an indented outline
typed in a notes app: a top line naming the sync ("HubSpot contacts -> Salesforce Contacts"), then
one line per destination field with indented sub-lines (two spaces or a tab, sometimes "-", "*" or
"o" markers) for where the value comes from, what to do with it and what happens when it is blank.
Filters and the match key go in a "Rules"/"Notes" section at the top or bottom. Sub-lines are short
phrases, value tables are nested sub-sub-lines, and the default phone country is always named
(mostly US, once Kenya +254, once UK +44). Markers, colons and headings vary case to case.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h68-01 .. h68-08)
  hubspot.contacts -> salesforce.Contact   6  (h68-09 .. h68-14)
  hubspot.contacts -> mailchimp.members    6  (h68-15 .. h68-20)
  hubspot.contacts -> segment.identify     4  (h68-21 .. h68-24)
  hubspot.contacts -> ga4.events           3  (h68-25 .. h68-27)
  salesforce.Lead  -> hubspot.contacts     5  (h68-28 .. h68-32)
  salesforce.Contact -> mailchimp.members  4  (h68-33 .. h68-36)
  salesforce.Contact -> segment.identify   3  (h68-37 .. h68-39)
  mailchimp.members -> hubspot.contacts    3  (h68-40 .. h68-42)

Rule kinds per case:
  01 copies, default, constant               22 nested address, omit, date part, E.164 US fallback
  02 E.164 US w/ fallback, omit-when-empty   23 nested company, defaults, integer/omit, < and >= plan
  03 lower, two tables w/ otherwise          24 part before @, fallback concat with part after @, bool
  04 only filter (> w/ blank), number, int   25 GA4: lower client_id, constant name, default, date
  05 skip filter, constant, concat + date    26 GA4: only filter, constants, number w/ default 0, omit
  06 trim + title case, upper + omit, copy   27 GA4: table event name, default, integer/omit
  07 fallback to part after @, default, omit 28 copies (blank values stay blank)
  08 booleans (blank stated), != condition   29 two tables (no otherwise), "true"/"false" text
  09 Mailing* copies, omit, default          30 only filter, E.164 US/omit, number/omit, copy
  10 constant, table (no otherwise) + blank  31 skip filter, E.164 UK/omit, default, upper
  11 E.164 Kenya (+254), omit-when-empty     32 lower, concat w/ blank part default, > condition
  12 lower, fallback chain, = condition bool 33 lower, boolean->status, constant + conditional tag
  13 only filter (=), E.164 US, concat+date  34 skip filter, E.164 US, tag table, table w/ otherwise
  14 first word, table w/ otherwise + omit   35 = condition vip, constants, copies
  15 lower, status by optout (blank), tag    36 fallback to part before @, upper, lower tag / []
  16 title case, E.164 US fallback/omit      37 lower userId, omit-when-empty, nested address
  17 status table w/ otherwise, cond. tags   38 concat, omit, E.164 US, custom trait default
  18 skip filter, first word, const, vip >   39 boolean copy, default, table (no otherwise), trim
  19 fallback before @, omit, const, []      40 title case, omit, default, "true"/"false" text
  20 3-way status, upper, table no otherwise 41 only filter, E.164 US/omit, copy, vip -> stage
  21 lower, copies, concat, nested omit      42 skip filter, first word, fallback after @, constant
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


def mc(**kw: Any) -> R:
    base = {**MC[0], "merge_fields": dict(MC[0]["merge_fields"]), "tags": list(MC[0]["tags"])}
    return {**base, **kw}


# a few Kenyan contacts of Grace's own
KE_WANJIRU = hs(email="wanjiru.kamau@mazaoagri.co.ke", firstname="Wanjiru", lastname="Kamau", company="Mazao Agri",
                phone="0722 555 014", mobilephone="0733 555 091", jobtitle="Growth Lead",
                hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="opportunity", country="Kenya", city="Nairobi",
                state="", zip="00100", address="14 Riverside Dr", annualrevenue="950000", numemployees="60",
                industry="Agriculture", website="https://mazaoagri.co.ke", createdate="2024-02-20T12:15:00.000Z",
                hs_email_optout="false")
KE_OTIENO = hs(email="otieno.ouma@ziwafish.co.ke", firstname="Otieno", lastname="Ouma", company="Ziwa Fisheries",
               phone="020 555 0123", mobilephone="", jobtitle="Director", hs_analytics_source="OFFLINE",
               lifecyclestage="lead", country="Kenya", city="Kisumu", state="", zip="40100", address="3 Oginga Odinga St",
               annualrevenue="", numemployees="25", industry="Fisheries", website="", createdate="2024-04-03T10:00:00.000Z",
               hs_email_optout="")
KE_NJERI = hs(email="njeri.mutua@tujengefinance.co.ke", firstname="Njeri", lastname="Mutua", company="Tujenge Finance",
              phone="", mobilephone="0711-555-208", jobtitle="Marketing Officer", hs_analytics_source="PAID_SOCIAL",
              lifecyclestage="marketingqualifiedlead", country="Kenya", city="Mombasa", state="", zip="80100",
              address="22 Moi Ave", annualrevenue="1800000", numemployees="35", industry="Finance", website="",
              createdate="2024-06-11T14:40:00.000Z", hs_email_optout="false")


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h68-01-lead-outline-basics", H, L, """HubSpot contacts -> Salesforce Leads
Email
  from: email
  match on this
FirstName
  from: first name
LastName
  from: last name
Company
  company name
  if blank: 'Unknown'
LeadSource
  always 'Web'""", HS)
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "LeadSource": "Web"}


P02 = extended(HS, hs(email="amina.yusuf@tandaapps.com", firstname="Amina", lastname="Yusuf", company="Tanda Apps",
                      phone="", mobilephone="", country="United States"))


@case("h68-02-lead-phones-e164-us", H, L, """HubSpot -> SF Lead (new signups)
Notes:
  - match on Email
Email
  - email, as is
Phone
  - office phone, else mobile
  - E.164, US default (+1)
  - both blank -> leave it out
MobilePhone
  - mobile
  - E.164, US default
  - blank -> don't send""", P02)
def _02(r: R) -> R:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"],
                 "Phone": OMIT if blank(p) else e164(p, "1"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "1")})


@case("h68-03-lead-stage-tables", H, L, """HubSpot contacts -> Salesforce Lead
Rules
  match key = Email
Email
  email, lowercase
Status
  by lifecycle stage
    subscriber -> Open - Not Contacted
    lead -> Open - Not Contacted
    customer -> Closed - Converted
    anything else -> Working - Contacted
Rating
  by lifecycle stage
    salesqualifiedlead -> Hot
    marketingqualifiedlead -> Warm
    otherwise Cold""", extended(HS, KE_WANJIRU))
def _03(r: R) -> R:
    st = r["lifecyclestage"]
    status = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
              "customer": "Closed - Converted"}.get(st, "Working - Contacted")
    rating = {"salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}.get(st, "Cold")
    return {"Email": r["email"].lower(), "Status": status, "Rating": rating}


@case("h68-04-lead-big-accounts-only", H, L, """HS contacts -> SF Leads (big accounts)
Notes:
  * only contacts with annual revenue over 1,000,000
  * blank revenue = skip them
  * match on Email
Email
  * email
Company
  * company
AnnualRevenue
  * annual revenue, as a number
NumberOfEmployees
  * no. of employees, whole number
  * blank -> leave out""", HS)
def _04(r: R) -> R | None:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return keep({"Email": r["email"], "Company": r["company"], "AnnualRevenue": num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h68-05-lead-skip-customers-since", H, L, """HubSpot -> Salesforce Lead
skip anyone whose lifecycle stage is 'customer' (already in SF)
match key: Email

Email\temail
FirstName\tfirst name
LastName\tlast name
Description
\t'HubSpot since ' + create date, YYYY-MM-DD only
\te.g. HubSpot since 2023-03-14
LeadSource\tconstant 'Other'""", HS)
def _05(r: R) -> R | None:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Description": "HubSpot since " + day(r["createdate"]), "LeadSource": "Other"}


P06 = extended(HS, hs(email="tom.otieno@savannahtea.co.ke", firstname="  tom", lastname="OTIENO  ", company="Savannah Tea",
                      city="kericho", state="kericho county", country="Kenya"))


@case("h68-06-lead-cleanup-casing", H, L, """HubSpot contacts -> SF Leads (cleanup pass)
Rules
  * match on Email, copied as is
FirstName
  * first name
  * trim, then Title Case
LastName
  * last name
  * trim, then Title Case
City
  * city, Title Case
State
  * state, all caps
  * blank: leave out
Country
  * country, straight copy""", P06)
def _06(r: R) -> R:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"].strip()),
                 "City": title(r["city"]), "State": OMIT if blank(r["state"]) else r["state"].upper(),
                 "Country": r["country"]})


@case("h68-07-lead-company-from-domain", H, L, """HubSpot -> Salesforce Lead (event list)
Email
  from email
  match on this
LastName
  last name
Company
  company name
  if blank: whatever is after the @ in their email
Title
  job title
  if blank: 'Not specified'
Website
  website
  if blank: leave it out""", lower_emails(HS))
def _07(r: R) -> R:
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Company": after_at(r["email"]) if blank(r["company"]) else r["company"],
                 "Title": dflt(r["jobtitle"], "Not specified"),
                 "Website": OMIT if blank(r["website"]) else r["website"]})


@case("h68-08-lead-flags-and-rating", H, L, """HS contacts -> Salesforce Leads
Notes:
 o match key: Email
 o yes/no fields are real booleans (true/false)
Email
 o email
HasOptedOutOfEmail
 o true when hs_email_optout is "true"
 o "false" or blank -> false
DoNotCall
 o true if country is anything other than 'United States'
 o United States -> false
Rating
 o number of employees more than 100 -> Hot
 o otherwise Cold (blank employees = Cold too)""", HS)
def _08(r: R) -> R:
    emp = r["numemployees"]
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": r["country"] != "United States",
            "Rating": "Hot" if not blank(emp) and float(emp) > 100 else "Cold"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

P09 = extended(HS, hs(email="brian.mwangi@kilimohub.co.ke", firstname="Brian", lastname="Mwangi", company="Kilimo Hub",
                      city="Nakuru", state="", country="", zip="20100", address="8 Kenyatta Ave"))


@case("h68-09-contact-mailing-address", H, C, """HubSpot contacts -> Salesforce Contacts
Email
  from: email
  match on this
FirstName: first name
LastName: last name
MailingStreet: street address
MailingCity: city
MailingState
  state
  if blank: leave out
MailingPostalCode: zip
MailingCountry
  country
  if blank: 'Kenya'""", P09)
def _09(r: R) -> R:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "MailingStreet": r["address"], "MailingCity": r["city"],
                 "MailingState": OMIT if blank(r["state"]) else r["state"], "MailingPostalCode": r["zip"],
                 "MailingCountry": dflt(r["country"], "Kenya")})


@case("h68-10-contact-source-table", H, C, """HubSpot contacts -> SF Contacts
Rules:
- match on Email
- Department: always 'Marketing'
Email - email
Title - job title
LeadSource
  - by original source
      ORGANIC_SEARCH -> Web
      PAID_SEARCH -> Advertisement
      PAID_SOCIAL -> Advertisement
      REFERRALS -> External Referral
  - blank source -> Other""", HS)
def _10(r: R) -> R:
    src = r["hs_analytics_source"]
    ls = "Other" if blank(src) else {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement",
                                     "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral"}[src]
    return {"Email": r["email"], "Title": r["jobtitle"], "LeadSource": ls, "Department": "Marketing"}


@case("h68-11-contact-kenya-phones", H, C, """HubSpot -> Salesforce Contact (Nairobi list)
match on Email
Email
  email
Phone
  phone
  E.164, Kenya default +254 (drop the leading 0)
  blank -> leave out
MobilePhone
  mobile
  E.164, Kenya default +254, leading 0 dropped
  blank -> leave out""", [KE_WANJIRU, KE_OTIENO, KE_NJERI, HS[1], HS[4]])
def _11(r: R) -> R:
    return keep({"Email": r["email"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"], "254"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "254")})


P12 = extended(HS, hs(email="Peter.Njoroge@Bidii.co.ke", firstname="Peter", lastname="Njoroge", company="Bidii Pay",
                      jobtitle="", industry="Fintech", lifecyclestage="other", country="Kenya"))


@case("h68-12-contact-title-chain", H, C, """HubSpot contacts -> Salesforce Contacts
Email
  * email, lowercase
  * match on this
LastName
  * last name
Title
  * job title
  * else industry
  * else 'Unknown'
DoNotCall
  * true only when lifecycle stage is 'other'
  * everyone else false""", P12)
def _12(r: R) -> R:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Unknown")
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Title": t,
            "DoNotCall": r["lifecyclestage"] == "other"}


P13 = extended(HS, hs(email="janet.achieng@brightpath.us", firstname="Janet", lastname="Achieng", company="Brightpath",
                      phone="1-212-555-0166", country="United States", city="New York", state="NY",
                      createdate="2024-05-17T13:20:00.000Z"))


@case("h68-13-contact-us-only", H, C, """HubSpot -> SF Contact (US only)
Notes
  only contacts where country = United States, skip the rest
  match on Email
Email
  email
FirstName
  first name
LastName
  last name
Phone
  office phone
  E.164, US default (+1)
Description
  'Created in HubSpot ' + create date as YYYY-MM-DD
  so: Created in HubSpot 2023-03-14""", P13)
def _13(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Phone": e164(r["phone"], "1"),
            "Description": "Created in HubSpot " + day(r["createdate"])}


P14 = extended(HS, hs(email="mary.wambui@pesaflow.io", firstname="Mary Anne", lastname="Wambui", company="Pesaflow",
                      industry="Software", country="Kenya"))


@case("h68-14-contact-department-by-industry", H, C, """HS contacts -> SF Contacts
Match on: Email
Email: email
FirstName: first name, first word only
LastName: last name
Department
  by industry
    Software -> Engineering
    Logistics -> Operations
    anything else -> General
  no industry: leave Department out""", P14)
def _14(r: R) -> R:
    ind = r["industry"]
    dep = OMIT if blank(ind) else {"Software": "Engineering", "Logistics": "Operations"}.get(ind, "General")
    return keep({"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
                 "Department": dep})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h68-15-mc-status-by-optout", H, M, """HubSpot contacts -> Mailchimp audience
Notes:
  - match on email_address
  - tag everyone 'hubspot'
email_address
  - email, lowercase
FNAME
  - first name
LNAME
  - last name
status
  - hs_email_optout "true" -> unsubscribed
  - "false" or blank -> subscribed""", HS)
def _15(r: R) -> R:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "tags": ["hubspot"]}


P16 = extended(HS, hs(email="faith.chebet@nyotadigital.com", firstname="faith", lastname="chebet", company="Nyota Digital",
                      phone="", mobilephone="", country="Kenya"))


@case("h68-16-mc-title-case-phone", H, M, """HubSpot -> Mailchimp members
email_address
\temail (as is) -- match on this
FNAME
\tfirst name, Title Case
LNAME
\tlast name, Title Case
PHONE
\toffice phone, if blank mobile
\tE.164, US default
\tneither -> leave PHONE out
language
\talways 'en'""", P16)
def _16(r: R) -> R:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                                  "PHONE": OMIT if blank(p) else e164(p, "1")},
                 "language": "en"})


@case("h68-17-mc-stage-status-tags", H, M, """HubSpot contacts -> Mailchimp
Rules
  match on email_address (= email)
email_address
  email
status
  by lifecycle stage
    customer -> subscribed
    anything else -> pending
tags, in this order
  'newsletter' for everyone
  + 'customer' if stage is customer
  + 'small-team' if employees under 20 (blank employees: no tag)""", HS)
def _17(r: R) -> R:
    tags = ["newsletter"]
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    if not blank(r["numemployees"]) and float(r["numemployees"]) < 20:
        tags.append("small-team")
    return {"email_address": r["email"], "status": "subscribed" if r["lifecyclestage"] == "customer" else "pending",
            "tags": tags}


P18 = extended(HS, hs(email="lucy.njeri@baraka-bakers.co.ke", firstname="Lucy Wanjiku", lastname="Njeri",
                      company="Baraka Bakers", annualrevenue="3500000", hs_email_optout="false", country="Kenya"))


@case("h68-18-mc-webinar-vip", H, M, """HubSpot -> Mailchimp (webinar invite list)
Notes:
  * skip anyone unsubscribed (hs_email_optout = "true")
  * blank optout = still subscribed, keep them
  * match on email_address
email_address: email
FNAME: first name, first word only
status: 'subscribed' for all
vip
  * true if annual revenue more than 3,000,000
  * else false (blank revenue = false)""", P18)
def _18(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    v = rev(r)
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"])},
            "status": "subscribed", "vip": v is not None and v > 3_000_000}


P19 = extended(lower_emails(HS), hs(email="wambui@shambaexports.co.ke", firstname="", lastname="",
                                    company="Shamba Exports", country="Kenya"))


@case("h68-19-mc-receipts-audience", H, M, """HubSpot contacts -> Mailchimp members (receipts audience)
email_address
  o email
  o match key
FNAME
  o first name
  o blank: the part of the email before the @
LNAME
  o last name
  o blank: leave out
status
  o always transactional
tags
  o none, send an empty list""", P19)
def _19(r: R) -> R:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": before_at(r["email"]) if blank(r["firstname"]) else r["firstname"],
                                  "LNAME": OMIT if blank(r["lastname"]) else r["lastname"]},
                 "status": "transactional", "tags": []})


@case("h68-20-mc-three-way-status-language", H, M, """HubSpot -> Mailchimp
match on email_address (from email)
status
  hs_email_optout
    "true" -> unsubscribed
    "false" -> subscribed
    blank -> pending
LNAME
  last name, UPPERCASE
language
  by country
    United States -> en
    Japan -> ja
    Mexico -> es
    France -> fr""", HS)
def _20(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else {"true": "unsubscribed", "false": "subscribed"}[o]
    lang = {"United States": "en", "Japan": "ja", "Mexico": "es", "France": "fr"}[r["country"]]
    return {"email_address": r["email"], "status": status, "merge_fields": {"LNAME": r["lastname"].upper()},
            "language": lang}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h68-21-seg-names-company", H, S, """HubSpot contacts -> Segment identify
userId
  email, lowercase
  match on userId
traits.email
  email, untouched
traits.firstName: first name
traits.lastName: last name
traits.name
  first name + ' ' + last name
traits.company.name
  company
  blank -> leave out""", HS)
def _21(r: R) -> R:
    return keep({"userId": r["email"].lower(),
                 "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                            "name": r["firstname"] + " " + r["lastname"],
                            "company": {"name": OMIT if blank(r["company"]) else r["company"]}}})


P22 = extended(HS, hs(email="kevin.omondi@omondimotors.com", firstname="Kevin", lastname="Omondi", company="Omondi Motors",
                      phone="", mobilephone="", city="Eldoret", state="", zip="30100", country="Kenya",
                      createdate="2024-03-08T11:10:00.000Z"))


@case("h68-22-seg-address-phone", H, S, """HubSpot -> Segment (identify)
Notes:
 - userId = email, as is. match on userId
traits.address
 - city -> traits.address.city
 - state -> traits.address.state (blank: leave out)
 - zip -> traits.address.postalCode
 - country -> traits.address.country
traits.createdAt
 - create date, just YYYY-MM-DD
traits.phone
 - mobile, else office phone
 - E.164, US default
 - both blank: leave out""", P22)
def _22(r: R) -> R:
    p = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": OMIT if blank(r["state"]) else r["state"],
                                        "postalCode": r["zip"], "country": r["country"]},
                            "createdAt": day(r["createdate"]),
                            "phone": OMIT if blank(p) else e164(p, "1")}})


@case("h68-23-seg-company-plan", H, S, """HubSpot contacts -> Segment identify
userId: email (match on userId)
traits.company.name: company, blank -> 'Independent'
traits.company.industry: industry, blank -> 'Other'
traits.company.employee_count: employees as a whole number, leave out if blank
traits.company.plan
  employees under 50 -> 'starter'
  50 or more -> 'growth'
  blank employees -> 'starter'
traits.title: job title""", extended(HS, KE_WANJIRU))
def _23(r: R) -> R:
    emp = r["numemployees"]
    plan = "growth" if not blank(emp) and float(emp) >= 50 else "starter"
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": dflt(r["industry"], "Other"),
                                        "employee_count": OMIT if blank(emp) else int(num(emp)),
                                        "plan": plan},
                            "title": r["jobtitle"]}})


@case("h68-24-seg-username-website", H, S, """HubSpot -> Segment identify
Match: userId = email
traits.username
  * part of email before the @
traits.website
  * website
  * if blank: 'https://' + the part after the @
traits.unsubscribed
  * boolean
  * true if hs_email_optout is "true", false if "false" or blank""", lower_emails(HS))
def _24(r: R) -> R:
    return {"userId": r["email"],
            "traits": {"username": before_at(r["email"]),
                       "website": "https://" + after_at(r["email"]) if blank(r["website"]) else r["website"],
                       "unsubscribed": r["hs_email_optout"] == "true"}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h68-25-ga4-contact-sync-event", H, G, """HubSpot contacts -> GA4 (Measurement Protocol)
client_id
  email, lowercase  (this is the match key)
event name
  always 'crm_contact_sync'
params
  source: original source, lowercase; blank -> 'direct'
  signup_date: create date, YYYY-MM-DD
  stage: lifecycle stage, as is""", HS)
def _25(r: R) -> R:
    src = "direct" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": r["email"].lower(),
            "events": [{"name": "crm_contact_sync",
                        "params": {"source": src, "signup_date": day(r["createdate"]), "stage": r["lifecyclestage"]}}]}


P26 = extended(HS, KE_WANJIRU, hs(email="kevin.omondi@omondimotors.com", firstname="Kevin", lastname="Omondi",
                                  company="Omondi Motors", lifecyclestage="customer", annualrevenue="", country="Kenya"))


@case("h68-26-ga4-customer-purchase", H, G, """HS contacts -> GA4 purchase events
Rules:
  - only contacts whose lifecycle stage is customer
  - client_id = 'hubspot-import' on every event (match on client_id)
event: purchase
params
  - currency: always 'USD'
  - value: annual revenue as a number, blank -> 0
  - company: company name, blank -> leave out""", P26)
def _26(r: R) -> R | None:
    if r["lifecyclestage"] != "customer":
        return None
    v = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "hubspot-import",
            "events": [keep({"name": "purchase",
                             "params": {"currency": "USD", "value": v,
                                        "company": OMIT if blank(r["company"]) else r["company"]}})]}


@case("h68-27-ga4-event-by-stage", H, G, """HubSpot -> GA4 events
client_id: email, untouched - match on it
event name, by lifecycle stage:
  subscriber -> sign_up
  lead -> generate_lead
  marketingqualifiedlead -> generate_lead
  salesqualifiedlead -> qualify_lead
  customer -> purchase
params.company
  company, if blank 'none'
params.employees
  number of employees as whole number
  blank: leave out""", HS)
def _27(r: R) -> R:
    name = {"subscriber": "sign_up", "lead": "generate_lead", "marketingqualifiedlead": "generate_lead",
            "salesqualifiedlead": "qualify_lead", "customer": "purchase"}[r["lifecyclestage"]]
    emp = r["numemployees"]
    return {"client_id": r["email"],
            "events": [keep({"name": name,
                             "params": {"company": dflt(r["company"], "none"),
                                        "employees": OMIT if blank(emp) else int(num(emp))}})]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h68-28-sfl-to-hs-copies", L, H, """Salesforce Leads -> HubSpot contacts
email
  from: Email
  match on this
firstname: FirstName
lastname: LastName
company: Company
jobtitle: Title
phone: Phone, as is
city: City
zip: PostalCode
country: Country
Notes: straight copies, blanks stay blank""", SFL)
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h68-29-sfl-to-hs-stage-tables", L, H, """SF Lead -> HubSpot contact
Notes:
  - match on email (from Email)
  - hs_email_optout is text: "true" / "false"
lifecyclestage
  - by Status
      Open - Not Contacted -> lead
      Working - Contacted -> marketingqualifiedlead
      Closed - Converted -> customer
      Closed - Not Converted -> other
hs_lead_status
  - by Rating
      Hot -> IN_PROGRESS
      Warm -> OPEN
      Cold -> UNQUALIFIED
hs_email_optout
  - "true" if HasOptedOutOfEmail ticked, else "false\"""", SFL)
def _29(r: R) -> R:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}[r["Status"]]
    ls = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}[r["Rating"]]
    return {"email": r["Email"], "lifecyclestage": stage, "hs_lead_status": ls,
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


P30 = extended(SFL,
               sfl(Email="marcus.lee@tidewaterfoods.com", FirstName="Marcus", LastName="Lee", Company="Tidewater Foods",
                   Phone="", City="Savannah", PostalCode="31401", Country="United States", AnnualRevenue=""),
               sfl(Email="dana.kim@brightloop.io", FirstName="Dana", LastName="Kim", Company="Brightloop",
                   Phone="646.555.0171", City="New York", PostalCode="10012", Country="United States",
                   AnnualRevenue="750000.5"))


@case("h68-30-sfl-to-hs-us-only", L, H, """Salesforce Lead -> HubSpot (US leads only)
Rules
  only Country = United States
  match on email
email: Email
company: Company
phone
  Phone, E.164 with US default
  blank -> leave out
annualrevenue
  AnnualRevenue as a number
  blank -> leave out""", P30)
def _30(r: R) -> R | None:
    if r["Country"] != "United States":
        return None
    return keep({"email": r["Email"], "company": r["Company"],
                 "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1"),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


P31 = extended(SFL, sfl(Email="fiona.campbell@thistlecraft.co.uk", FirstName="Fiona", LastName="Campbell",
                        Company="Thistlecraft", Phone="07700 900123", City="Edinburgh", PostalCode="EH1 1YZ",
                        Country="United Kingdom"))


@case("h68-31-sfl-to-hs-uk-desk", L, H, """SF Leads -> HubSpot contacts (UK/EMEA desk)
Notes:
  * skip leads where Country is United States
  * match on email
email: Email
phone
  * Phone
  * E.164, UK default (+44, drop the leading 0)
  * blank: leave out
country
  * Country
  * blank: 'Unknown'
city: City, UPPERCASE""", P31)
def _31(r: R) -> R | None:
    if r["Country"] == "United States":
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44"),
                 "country": dflt(r["Country"], "Unknown"), "city": r["City"].upper()})


P32 = extended(SFL, sfl(Email="Nia.Baraka@SwahiliCoast.co.tz", FirstName="Nia", LastName="Baraka", Company="Swahili Coast",
                        Rating="Warm", LeadSource="Email", AnnualRevenue="1500000", Country="Tanzania"))


@case("h68-32-sfl-to-hs-message-status", L, H, """Salesforce Lead -> HubSpot contact
email
  Email, lowercase - match on this
message
  'Rating: ' + Rating + ', source: ' + LeadSource
  if LeadSource blank, use 'unknown' in its place
hs_lead_status
  AnnualRevenue more than 1,000,000 -> OPEN_DEAL
  otherwise NEW (blank revenue = NEW)""", P32)
def _32(r: R) -> R:
    src = dflt(r["LeadSource"], "unknown")
    a = r["AnnualRevenue"]
    return {"email": r["Email"].lower(), "message": "Rating: " + r["Rating"] + ", source: " + src,
            "hs_lead_status": "OPEN_DEAL" if not blank(a) and float(a) > 1_000_000 else "NEW"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h68-33-sfc-to-mc-dept-tag", C, M, """Salesforce Contacts -> Mailchimp
email_address
  Email, lowercase
  match on this
FNAME: FirstName
LNAME: LastName
status
  Email Opt Out ticked -> unsubscribed
  not ticked -> subscribed
tags
  'salesforce' first
  then the Department as a second tag (no department: just 'salesforce')""", SFC)
def _33(r: R) -> R:
    tags = ["salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


P34 = extended(SFC, sfc(Email="mike.ochieng@lakeviewclinics.com", FirstName="Mike", LastName="Ochieng", Title="COO",
                        Department="Operations", Phone="(206) 555-0133", MailingCity="Seattle",
                        MailingCountry="United States", LeadSource="Web", Birthdate="1979-08-14"))


@case("h68-34-sfc-to-mc-source-tags", C, M, """SF Contact -> Mailchimp members
Notes:
  - skip contacts with no LeadSource
  - match on email_address
email_address: Email, as is
PHONE
  - Phone, E.164, US default
tags
  - one tag, by LeadSource
      Web -> web-lead
      Trade Show -> event-lead
language
  - by MailingCountry
      Germany -> de
      Austria -> de
      anything else -> en""", P34)
def _34(r: R) -> R | None:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "1")},
            "tags": [{"Web": "web-lead", "Trade Show": "event-lead"}[r["LeadSource"]]],
            "language": {"Germany": "de", "Austria": "de"}.get(r["MailingCountry"], "en")}


@case("h68-35-sfc-to-mc-sales-vip", C, M, """Salesforce Contacts -> Mailchimp
email_address
\tEmail
\tmatch on email_address
FNAME\tFirstName
LNAME\tLastName
vip
\ttrue when Department is 'Sales', otherwise false (blank too)
status\t'subscribed' always
language\t'en' always""", SFC)
def _35(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed", "language": "en"}


P36 = extended(lower_emails(SFC, "Email"),
               sfc(Email="joseph@jengaworks.co.ke", FirstName="", LastName="Kamau", Title="Finance Manager",
                   Department="Finance", Phone="+254 722 555 410", MailingCity="Nairobi", MailingCountry="Kenya",
                   LeadSource="Partner", Birthdate=""))


@case("h68-36-sfc-to-mc-ops-newsletter", C, M, """Salesforce Contact -> Mailchimp (ops newsletter)
match on email_address
email_address
  * Email
FNAME
  * FirstName
  * if blank, the bit of the email before the @
LNAME
  * LastName in CAPS
tags
  * Department in lowercase as the only tag
  * no Department -> empty list []""", P36)
def _36(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": before_at(r["Email"]) if blank(r["FirstName"]) else r["FirstName"],
                             "LNAME": r["LastName"].upper()},
            "tags": [] if blank(r["Department"]) else [r["Department"].lower()]}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h68-37-sfc-to-seg-title-address", C, S, """Salesforce Contacts -> Segment identify
userId
  Email, lowercased (match on userId)
traits.email
  Email as is
traits.title
  Title
  blank: leave out
traits.address.city: MailingCity
traits.address.country: MailingCountry""", SFC)
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "title": OMIT if blank(r["Title"]) else r["Title"],
                            "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}})


@case("h68-38-sfc-to-seg-name-birthday", C, S, """SF Contact -> Segment
Notes
  o match on userId = Email (as is)
traits.name
  o FirstName + ' ' + LastName
traits.birthday
  o Birthdate
  o blank -> leave out
traits.phone
  o Phone, E.164 (US default, +1)
traits.department
  o Department
  o if blank: 'General'""", SFC)
def _38(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"name": r["FirstName"] + " " + r["LastName"],
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "phone": e164(r["Phone"], "1"), "department": dflt(r["Department"], "General")}})


P39 = extended(SFC, sfc(Email="achieng.odhiambo@northstarhealth.com", FirstName=" Achieng ", LastName="Odhiambo",
                        Title="Product Marketing Manager", Department="Marketing", Phone="(718) 555-0162",
                        MailingCity="Brooklyn", MailingCountry="United States", LeadSource="Email",
                        HasOptedOutOfEmail=True, Birthdate="1992-02-09"))


@case("h68-39-sfc-to-seg-region", C, S, """Salesforce Contacts -> Segment (identify)
userId: Email - match on userId
traits.optedOut: Email Opt Out, true/false
traits.leadSource: LeadSource, blank -> 'Unknown'
traits.region
  by MailingCountry
    Germany -> DACH
    Austria -> DACH
    United States -> North America
traits.firstName: FirstName, trimmed""", P39)
def _39(r: R) -> R:
    region = {"Germany": "DACH", "Austria": "DACH", "United States": "North America"}[r["MailingCountry"]]
    return {"userId": r["Email"],
            "traits": {"optedOut": r["HasOptedOutOfEmail"], "leadSource": dflt(r["LeadSource"], "Unknown"),
                       "region": region, "firstName": r["FirstName"].strip()}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h68-40-mc-to-hs-names-optout", M, H, """Mailchimp members -> HubSpot contacts
email: email_address (match on email)
firstname: FNAME, Title Case
lastname
  LNAME, Title Case
  blank: leave out
company
  COMPANY
  blank: 'Unknown'
hs_email_optout
  "true" for unsubscribed
  "false" for every other status""", MC)
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


P41 = extended(MC, mc(email_address="njambi.karanja@mtaanimarket.co.ke", status="subscribed",
                      merge_fields={"FNAME": "Njambi", "LNAME": "Karanja", "PHONE": "+254 722 555 300",
                                    "COMPANY": "Mtaani Market"},
                      tags=["Nairobi"], language="sw", vip=False))


@case("h68-41-mc-to-hs-subscribed-vip", M, H, """Mailchimp -> HubSpot
Rules:
  - only members with status subscribed
  - match on email
email: email_address
phone
  - PHONE, E.164 with US default
  - blank -> leave out
hs_language: language
lifecyclestage
  - vip -> customer
  - not vip -> subscriber""", P41)
def _41(r: R) -> R | None:
    if r["status"] != "subscribed":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph, "1"),
                 "hs_language": r["language"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


P42 = extended(MC, mc(email_address="annemarie.otieno@kileledesign.com", status="pending",
                      merge_fields={"FNAME": "Anne Marie", "LNAME": "Otieno", "PHONE": "", "COMPANY": ""},
                      tags=[], language="en", vip=False))


@case("h68-42-mc-to-hs-skip-cleaned", M, H, """Mailchimp audience -> HubSpot contacts
Notes
  skip members whose status is cleaned
  match on email
email
  email_address
firstname
  FNAME, first word only
company
  COMPANY
  else the domain (part after the @ of email_address)
lifecyclestage
  always 'subscriber'""", P42)
def _42(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": after_at(r["email_address"]) if blank(mf["COMPANY"]) else mf["COMPANY"],
            "lifecyclestage": "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set68")
