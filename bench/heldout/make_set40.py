"""Held-out set 40: mapping requests as Slack messages in #integrations.

Persona: a HubSpot-certified marketing operations specialist at a SaaS startup. Friendly and
casual, abbreviations (pls, fyi, w/, b/c, btw, tbh, e.g.), sometimes all lower case, HubSpot
fields named by their UI labels, arrows now and then, several asks packed into one message.

Pair distribution (42):
  hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6 (09-14),
  -> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3 (25-27);
  salesforce.Lead -> hubspot.contacts 5 (28-32);
  salesforce.Contact -> mailchimp.members 4 (33-36), -> segment.identify 3 (37-39);
  mailchimp.members -> hubspot.contacts 3 (40-42).

Rule kinds per case:
  01 copies, default when empty, trim + leave out when empty
  02 E.164 US with fallback, E.164 US + leave out when empty, constant
  03 title case x2, value table without otherwise
  04 as a number + leave out when empty, condition greater than (blank branch stated)
  05 filter (exclude), lower case, leave out when empty, copies
  06 true/false flag (blank stated), concatenation, copy
  07 whole number + leave out, value table with otherwise (read-only source read, not written)
  08 filter (only), value table without otherwise, constant, copies
  09 copies, title case, leave out when empty
  10 E.164 US + leave out, fallback (raw), default when empty
  11 filter (exclude blank), value table without otherwise, constant, copy
  12 condition on blank -> flag, flag from text boolean (blank stated), lower case
  13 filter (exclude equality), upper case, date YYYY-MM-DD, title case
  14 fallback chain to a constant, leave out when empty, upper case
  15 Mailchimp: lower case key, status by condition (blank stated), merge_fields copies, constant tag
  16 Mailchimp: E.164 US with fallback, default, constant status, conditional tag (else [])
  17 Mailchimp: filter (exclude, blank stated), first word, title case, constant + conditional tags
  18 Mailchimp: vip flag by greater than (blank stated), constants (email_type, status), constant tag
  19 Mailchimp: status value table with otherwise, upper case, default, lower case, constant tag
  20 Mailchimp: fallback to part after @, conditional tag on a read-only source, constant status
  21 Segment: copies, lower case, traits.company.x leave out when empty
  22 Segment: lower case userId, traits.address.x copies + leave out when empty
  23 Segment: whole number + leave out in traits.company, date YYYY-MM-DD, E.164 US with fallback
  24 Segment: part before @ as userId, default, value table with otherwise into traits.company.plan
  25 GA4: lower case client_id, constant event name, lower case + default, copy into params
  26 GA4: filter (exclude), as a number + leave out, constant params
  27 GA4: flag by equality, date YYYY-MM-DD, upper case into params
  28 copies, leave out when empty, constant
  29 two value tables (with and without otherwise), lower case
  30 filter (only, blank stated), E.164 UK, copies (own extra UK leads)
  31 boolean -> text "true"/"false", as a number + leave out, copy
  32 filter (exclude), trim + upper case, default, copy (own extra lead)
  33 Mailchimp: lower case key, status by flag, merge_fields copies, constant tag
  34 Mailchimp: filter (exclude flag), E.164 US, constant status, conditional tag (else [])
  35 Mailchimp: language value table with otherwise, vip by equality, empty tags
  36 Mailchimp: constant + conditional tags, upper case, first word, status by flag (own extra contact)
  37 Segment: lower case userId, copies, default, traits.address.x
  38 Segment: leave out when empty, E.164 US, concatenation
  39 Segment: filter (exclude blank), default, lower case (own extra contact)
  40 title case, title case + leave out, text "true"/"false" by status condition
  41 filter (exclude), E.164 US + leave out, copies
  42 filter (only), lower case, copies, lifecycle by condition, text constant
"""

from __future__ import annotations

from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, extended, lower_emails, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def optout(r: R) -> bool:
    """HubSpot 'Unsubscribed from all email' read as a flag (blank = not opted out)."""
    return r["hs_email_optout"] == "true"


def hs_phone(r: R) -> str:
    """Phone Number, or Mobile Phone Number when it is blank, in E.164 (US assumed)."""
    return e164(r["mobilephone"] if blank(r["phone"]) else r["phone"])


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

HS_TRIM = extended(HS, {
    "email": "sam.lee@brightpath.co", "firstname": "Sam", "lastname": "Lee", "company": "BrightPath",
    "phone": "(646) 555-0110", "mobilephone": "", "jobtitle": "  Growth Marketer ", "hs_analytics_source": "DIRECT_TRAFFIC",
    "lifecyclestage": "lead", "country": "United States", "city": "New York", "state": "NY", "zip": "10001",
    "address": "5 Penn Plaza", "annualrevenue": "900000", "numemployees": "30", "industry": "Software",
    "website": "https://brightpath.co", "createdate": "2024-02-12T13:15:00.000Z", "hs_email_optout": "false"})


@case("h40-01-lead-basics-trim-title", H, L, """hey team 👋 can we get hubspot contacts -> SF leads going pls?
- match on Email (hubspot Email -> Lead Email)
- First Name -> First Name, Last Name -> Last Name
- Company Name -> Company, but if Company Name is blank pls put "Unknown" b/c SF won't take a lead w/o a company
- Job Title -> Title, trimmed (some ppl have stray spaces in there). if Job Title is blank just don't set Title at all
that's it, thx!!""", HS_TRIM)
def _01(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "Company": "Unknown" if blank(r["company"]) else r["company"],
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].strip()})


@case("h40-02-lead-phones-e164", H, L, """fyi sales wants phones they can actually click-to-dial from SF, so for the hubspot → Lead sync:
1) Lead Email = hubspot Email (that's the match key)
2) Phone = Phone Number in E.164, assume US when there's no +country code. if Phone Number is blank use the Mobile Phone Number instead (same E.164 formatting)
3) Mobile Phone = Mobile Phone Number, also E.164 w/ US as the default country. if the mobile is empty just leave Mobile Phone off the lead
4) Lead Source = "Web" on every lead tbh
ty!""", HS)
def _02(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": hs_phone(r),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "LeadSource": "Web"})


@case("h40-03-lead-status-from-lifecycle", H, L, """quick one: hubspot contacts into salesforce Leads, matched by Email (hubspot Email → Lead Email).
names are a mess in hubspot so pls title-case them: First Name → First Name (title case), Last Name → Last Name (title case).
and set Lead Status off the hubspot Lifecycle Stage:
subscriber → "Open - Not Contacted"
lead → "Open - Not Contacted"
marketingqualifiedlead → "Working - Contacted"
salesqualifiedlead → "Working - Contacted"
customer → "Closed - Converted"
nothing else needed 🙏""", HS)
def _03(r: R) -> Out:
    table = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
             "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Status": table[r["lifecyclestage"]]}


@case("h40-04-lead-revenue-rating", H, L, """hi! for the hubspot->SF lead sync can we add revenue stuff?
• Email → Lead Email like usual (match key)
• Annual Revenue → Annual Revenue as a number. if hubspot Annual Revenue is blank leave Annual Revenue off the lead
• Rating = "Hot" when Annual Revenue is greater than 1,000,000, otherwise "Cold". blank revenue counts as "Cold" btw
lmk if q's""", HS)
def _04(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"]),
                 "Rating": "Hot" if v is not None and v > 1_000_000 else "Cold"})


@case("h40-05-lead-skip-customers", H, L, """ok so we DON'T want customers showing up as leads in salesforce lol. pls skip any hubspot contact whose Lifecycle Stage is customer.
for everyone else:
- Email → Lead Email, lower-cased (that's what we match on)
- Website URL → Website, but if Website URL is empty leave Website out
- City → City
- Country/Region → Country
thanks!!""", HS)
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return keep({"Email": r["email"].lower(), "Website": OMIT if blank(r["website"]) else r["website"],
                 "City": r["city"], "Country": r["country"]})


@case("h40-06-lead-optout-description", H, L, """couple things for hubspot contacts → SF Leads (match on Email → Lead Email):
Email Opt Out should be true when "Unsubscribed from all email" is "true", false otherwise (fyi blank = false, they never opted out).
Description = City + ", " + Country/Region, e.g. "Boston, United States".
and Last Name → Last Name as is. thx 🙌""", HS)
def _06(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": optout(r),
            "Description": r["city"] + ", " + r["country"], "LastName": r["lastname"]}


@case("h40-07-lead-employees-source-table", H, L, """hey! hubspot → salesforce Lead, matching on Email (Lead Email = hubspot Email).
pls map Number of Employees → Employees as a whole number, and if Number of Employees is blank don't set Employees.
also Lead Source based on hubspot's Original Source (just reading it, not writing it, i know it's read-only):
ORGANIC_SEARCH → Web
PAID_SEARCH → Advertisement
PAID_SOCIAL → Advertisement
REFERRALS → External Referral
anything else (incl blank) → Other""", HS)
def _07(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return keep({"Email": r["email"],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"])),
                 "LeadSource": table.get(r["hs_analytics_source"], "Other")})


@case("h40-08-lead-only-mql-sql", H, L, """only MQLs + SQLs should go to salesforce pls, i.e. Lifecycle Stage is marketingqualifiedlead or salesqualifiedlead; everyone else stays in hubspot.
for those:
Email -> Lead Email (match key)
First Name -> First Name
Last Name -> Last Name
Rating: salesqualifiedlead -> "Hot", marketingqualifiedlead -> "Warm"
Lead Status = "Open - Not Contacted" for all of them""", HS)
def _08(r: R) -> Out:
    rating = {"salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}
    if r["lifecyclestage"] not in rating:
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Rating": rating[r["lifecyclestage"]], "Status": "Open - Not Contacted"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h40-09-contact-mailing-address", H, C, """hiya, need hubspot contacts synced to salesforce Contacts w/ the mailing address. match by Email (hubspot Email → Contact Email).
First Name → First Name, Last Name → Last Name
Street Address → Mailing Street
City → Mailing City, title cased pls (some are all lower case)
State/Region → Mailing State/Province, leave it off if State/Region is blank
Postal Code → Mailing Zip/Postal Code
Country/Region → Mailing Country""", HS)
def _09(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "MailingStreet": r["address"], "MailingCity": title(r["city"]),
                 "MailingState": OMIT if blank(r["state"]) else r["state"],
                 "MailingPostalCode": r["zip"], "MailingCountry": r["country"]})


@case("h40-10-contact-phones-title", H, C, """fyi for hubspot → SF Contact (Contact Email = hubspot Email, that's how we match):
- Business Phone = Phone Number formatted E.164 (US is the default country). no Phone Number → don't set Business Phone
- Mobile Phone = Mobile Phone Number copied as is, and if that's empty fall back to Phone Number (also as is, no formatting)
- Title = Job Title, or "Not provided" when Job Title is blank
ty ty""", HS)
def _10(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": r["phone"] if blank(r["mobilephone"]) else r["mobilephone"],
                 "Title": "Not provided" if blank(r["jobtitle"]) else r["jobtitle"]})


@case("h40-11-contact-source-table-skip-blank", H, C, """hubspot contacts → salesforce Contacts pls, matched on Email → Contact Email.
skip any contact that has no Original Source (blank) — we can't attribute those anyway.
Lead Source from Original Source (read only on our side, just use it as the input):
ORGANIC_SEARCH = Web, PAID_SEARCH = Advertisement, PAID_SOCIAL = Advertisement, REFERRALS = External Referral
Job Title → Title
and Department is always "Marketing" for now""", HS)
def _11(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]], "Title": r["jobtitle"],
            "Department": "Marketing"}


@case("h40-12-contact-dnc-optout", H, C, """compliance ask 😅 for the hubspot -> SF Contact sync:
Email -> Contact Email but lower-cased (match key)
Do Not Call = true if Phone Number is blank, false if there is one
Email Opt Out = true when Unsubscribed from all email is "true", false when it's "false" or blank
Last Name -> Last Name""", HS)
def _12(r: R) -> Out:
    return {"Email": r["email"].lower(), "DoNotCall": blank(r["phone"]), "HasOptedOutOfEmail": optout(r),
            "LastName": r["lastname"]}


@case("h40-13-contact-intl-only", H, C, """this one's just for our international contacts: pls exclude anyone whose Country/Region is "United States".
rest go hubspot → salesforce Contact, match on Email → Contact Email
Country/Region → Mailing Country in ALL CAPS
Create Date → Contact Description as just the date, YYYY-MM-DD
First Name → First Name, title case""", HS)
def _13(r: R) -> Out:
    if r["country"] == "United States":
        return None
    return {"Email": r["email"], "MailingCountry": r["country"].upper(), "Description": day(r["createdate"]),
            "FirstName": title(r["firstname"])}


@case("h40-14-contact-title-chain", H, C, """hey all, small one for hubspot → salesforce Contacts (Email → Contact Email to match):
Title: use Job Title; if that's blank use Industry; if both are blank put "Unknown"
Department = Industry, leave it out when Industry is blank
Last Name → Last Name upper-cased
thx!""", HS)
def _14(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else (r["industry"] if not blank(r["industry"]) else "Unknown")
    return keep({"Email": r["email"], "Title": t, "Department": OMIT if blank(r["industry"]) else r["industry"],
                 "LastName": r["lastname"].upper()})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h40-15-mc-basic-status-tag", H, M, """hi! hubspot contacts → mailchimp audience pls
email_address = hubspot Email, lower case
status = "unsubscribed" if Unsubscribed from all email is "true", otherwise "subscribed" (blank → "subscribed")
FNAME merge field = First Name, LNAME merge field = Last Name
tag everyone w/ "HubSpot"
🙏""", HS)
def _15(r: R) -> Out:
    return {"email_address": r["email"].lower(), "status": "unsubscribed" if optout(r) else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": ["HubSpot"]}


@case("h40-16-mc-phone-company-customer-tag", H, M, """mailchimp sync from hubspot, round 2:
- email_address ← Email (as is)
- status always "subscribed"
- merge_fields.PHONE ← Phone Number in E.164 (US default); if Phone Number's blank use Mobile Phone Number, same format
- merge_fields.COMPANY ← Company Name, or "N/A" when it's empty
- tags: "Customer" if Lifecycle Stage is customer, otherwise no tags (empty list)""", HS)
def _16(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"PHONE": hs_phone(r), "COMPANY": "N/A" if blank(r["company"]) else r["company"]},
            "tags": ["Customer"] if r["lifecyclestage"] == "customer" else []}


HS_TWO_NAMES = extended(HS, {
    "email": "marybeth.cole@tallgrass.io", "firstname": "Mary Beth", "lastname": "cole", "company": "Tallgrass",
    "phone": "(720) 555-0133", "mobilephone": "", "jobtitle": "Demand Gen Manager", "hs_analytics_source": "EMAIL_MARKETING",
    "lifecyclestage": "lead", "country": "United States", "city": "Denver", "state": "CO", "zip": "80202",
    "address": "1600 Market St", "annualrevenue": "1500000", "numemployees": "60", "industry": "Software",
    "website": "https://tallgrass.io", "createdate": "2023-09-18T14:20:00.000Z", "hs_email_optout": "false"})


@case("h40-17-mc-newsletter-exclude-unsubs", H, M, """newsletter audience sync (hubspot → mailchimp). don't send anyone whose Unsubscribed from all email is "true"; blank means they're fine, keep them.
email_address = Email
status = "subscribed"
FNAME = just the first word of First Name (e.g. "Mary Beth" → "Mary")
LNAME = Last Name in title case
tags: always "Newsletter", and also "Hot Lead" after it when Lifecycle Stage is salesqualifiedlead""", HS_TWO_NAMES)
def _17(r: R) -> Out:
    if optout(r):
        return None
    tags = ["Newsletter"] + (["Hot Lead"] if r["lifecyclestage"] == "salesqualifiedlead" else [])
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": title(r["lastname"])}, "tags": tags}


@case("h40-18-mc-vip-by-revenue", H, M, """can we flag big accounts as VIP in mailchimp? hubspot → mailchimp members:
email_address → hubspot Email
vip = true when Annual Revenue is greater than 3,000,000, false otherwise (blank revenue = false)
email_type = "html" for everyone
status = "subscribed"
FNAME merge field ← First Name
tags = ["hubspot-sync"]
thanks a ton""", HS)
def _18(r: R) -> Out:
    v = rev(r)
    return {"email_address": r["email"], "vip": v is not None and v > 3_000_000, "email_type": "html",
            "status": "subscribed", "merge_fields": {"FNAME": r["firstname"]}, "tags": ["hubspot-sync"]}


HS_NO_FIRST = extended(HS, {
    "email": "ops@quillworks.com", "firstname": "", "lastname": "Quill", "company": "Quillworks",
    "phone": "(503) 555-0166", "mobilephone": "", "jobtitle": "", "hs_analytics_source": "DIRECT_TRAFFIC",
    "lifecyclestage": "lead", "country": "United States", "city": "Portland", "state": "OR", "zip": "97205",
    "address": "800 SW Broadway", "annualrevenue": "600000", "numemployees": "8", "industry": "Publishing",
    "website": "https://quillworks.com", "createdate": "2024-03-03T16:00:00.000Z", "hs_email_optout": "false"})


@case("h40-19-mc-status-table-trial", H, M, """trial nurture audience 👇 (hubspot contacts → mailchimp)
email_address = Email lowercased
status off Lifecycle Stage: subscriber → "pending" (double opt-in), any other stage → "subscribed"
merge_fields.FNAME = First Name, and if it's blank use "there" (so the email says hi there lol)
merge_fields.LNAME = Last Name uppercase
tags: "Trial" on everyone""", HS_NO_FIRST)
def _19(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "status": "pending" if r["lifecyclestage"] == "subscriber" else "subscribed",
            "merge_fields": {"FNAME": "there" if blank(r["firstname"]) else r["firstname"],
                             "LNAME": r["lastname"].upper()},
            "tags": ["Trial"]}


@case("h40-20-mc-company-domain-partner-tag", H, M, """hubspot → mailchimp, partner newsletter:
• email_address = Email
• status = "subscribed"
• merge_fields.FNAME = First Name
• merge_fields.COMPANY = Company Name; if Company Name is blank use the part of the Email after the @ instead (e.g. fiestafoods.mx)
• tags: ["Partner"] when Original Source is REFERRALS, otherwise [] (no tags)
(Original Source is read only fyi, we're only reading it)""", lower_emails(HS))
def _20(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"],
                             "COMPANY": after_at(r["email"]) if blank(r["company"]) else r["company"]},
            "tags": ["Partner"] if r["hs_analytics_source"] == "REFERRALS" else []}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h40-21-seg-company-traits", H, S, """segment identify from hubspot contacts pls! userId = hubspot Email (as is).
traits.email = Email lower-cased
traits.firstName = First Name, traits.lastName = Last Name
traits.company.name = Company Name, leave it out if blank
traits.company.industry = Industry, also leave out if blank""", HS)
def _21(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "email": r["email"].lower(), "firstName": r["firstname"], "lastName": r["lastname"],
        "company": {"name": OMIT if blank(r["company"]) else r["company"],
                    "industry": OMIT if blank(r["industry"]) else r["industry"]}}})


@case("h40-22-seg-address-traits", H, S, """hey, can the hubspot → segment identify calls carry the address? userId = Email, lowercased.
Street Address -> traits.address.street
City -> traits.address.city
State/Region -> traits.address.state (skip it when State/Region is blank)
Postal Code -> traits.address.postalCode
Country/Region -> traits.address.country""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"].lower(), "traits": {"address": {
        "street": r["address"], "city": r["city"], "state": OMIT if blank(r["state"]) else r["state"],
        "postalCode": r["zip"], "country": r["country"]}}})


@case("h40-23-seg-employees-created-phone", H, S, """segment identify (source: hubspot contacts), userId ← Email
- traits.company.employee_count ← Number of Employees as a whole number; blank → leave it out
- traits.createdAt ← Create Date, just the date part YYYY-MM-DD
- traits.phone ← Phone Number as E.164 w/ US default; if Phone Number is empty use Mobile Phone Number (also E.164)
ty!""", HS)
def _23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "company": {"employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))},
        "createdAt": day(r["createdate"]), "phone": hs_phone(r)}})


@case("h40-24-seg-userid-handle-plan", H, S, """for segment we key people by their email handle, so userId = the part of the hubspot Email before the @.
also:
traits.email = Email
traits.title = Job Title, or "n/a" if Job Title is blank
traits.company.plan = "paid" when Lifecycle Stage is customer, otherwise "free"
thx!""", lower_emails(HS))
def _24(r: R) -> Out:
    return {"userId": before_at(r["email"]), "traits": {
        "email": r["email"], "title": "n/a" if blank(r["jobtitle"]) else r["jobtitle"],
        "company": {"plan": "paid" if r["lifecyclestage"] == "customer" else "free"}}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h40-25-ga4-signup-source", H, G, """GA4 measurement protocol from hubspot contacts: client_id = hubspot Email in lower case.
event name = "sign_up" for all.
params:
source = Original Source lowercased (e.g. organic_search), or "unknown" if Original Source is blank
lifecycle_stage = Lifecycle Stage as is""", HS)
def _25(r: R) -> Out:
    return {"client_id": r["email"].lower(), "events": [{"name": "sign_up", "params": {
        "source": "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower(),
        "lifecycle_stage": r["lifecyclestage"]}}]}


@case("h40-26-ga4-generate-lead-value", H, G, """ga4 ask: send a "generate_lead" event per hubspot contact, but skip anyone whose Lifecycle Stage is subscriber.
client_id → the hubspot Email
params.value → Annual Revenue as a number (leave value out when Annual Revenue is blank)
params.currency → "USD"
that's all!""", HS)
def _26(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return keep({"client_id": r["email"], "events": [{"name": "generate_lead", "params": keep({
        "value": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": "USD"})}]})


@case("h40-27-ga4-sync-customer-flag", H, G, """one more GA4 one 🙃 hubspot contacts → event "hubspot_sync", client_id = Email.
params.is_customer = true if Lifecycle Stage is customer, else false
params.created_date = Create Date as YYYY-MM-DD
params.country = Country/Region upper case""", HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "hubspot_sync", "params": {
        "is_customer": r["lifecyclestage"] == "customer", "created_date": day(r["createdate"]),
        "country": r["country"].upper()}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h40-28-hs-from-lead-basics", L, H, """reverse direction now: salesforce Leads → hubspot contacts, match on Email (Lead Email → hubspot Email).
First Name → First Name, Last Name → Last Name, Company → Company Name
Title → Job Title but if Title is blank don't set Job Title
Lifecycle Stage = lead for all of them""", SFL)
def _28(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
                 "company": r["Company"], "jobtitle": OMIT if blank(r["Title"]) else r["Title"],
                 "lifecyclestage": "lead"})


@case("h40-29-hs-lifecycle-leadstatus-tables", L, H, """SF Lead → hubspot contact. hubspot Email = Lead Email lower-cased.
Lifecycle Stage from Lead Status:
"Open - Not Contacted" → lead
"Working - Contacted" → marketingqualifiedlead
"Closed - Converted" → customer
anything else → other
and hubspot Lead Status from Lead Status too:
"Open - Not Contacted" → NEW, "Working - Contacted" → IN_PROGRESS, "Closed - Not Converted" → UNQUALIFIED, "Closed - Converted" → CONNECTED""",
      SFL)
def _29(r: R) -> Out:
    life = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
            "Closed - Converted": "customer"}
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
              "Closed - Not Converted": "UNQUALIFIED", "Closed - Converted": "CONNECTED"}
    return {"email": r["Email"].lower(), "lifecyclestage": life.get(r["Status"], "other"),
            "hs_lead_status": status[r["Status"]]}


SFL_UK = extended(SFL, {
    "Email": "priya.shah@thamesbyte.co.uk", "FirstName": "Priya", "LastName": "Shah", "Company": "Thamesbyte",
    "Title": "Growth Lead", "Phone": "07700 900456", "Street": "10 Broad St", "City": "Bristol", "PostalCode": "BS1 2HG",
    "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "Web",
    "HasOptedOutOfEmail": False, "AnnualRevenue": "2000000"}, {
    "Email": "tom.ellis@mancunianmetal.co.uk", "FirstName": "Tom", "LastName": "Ellis", "Company": "Mancunian Metal",
    "Title": "Ops Director", "Phone": "+44 161 496 0012", "Street": "3 Deansgate", "City": "Manchester",
    "PostalCode": "M3 2BW", "Country": "United Kingdom", "Status": "Open - Not Contacted", "Rating": "Cold",
    "LeadSource": "Trade Show", "HasOptedOutOfEmail": False, "AnnualRevenue": "7000000"})


@case("h40-30-hs-uk-leads-phone", L, H, """UK team wants their leads in hubspot 🇬🇧 only sync Leads whose Country is "United Kingdom" (blank Country = skip).
Email → Email (match key)
Phone → Phone Number in E.164, UK as the default country (e.g. 020 7946 0321 → +442079460321)
City → City
Zip/Postal Code → Postal Code""", SFL_UK)
def _30(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"], "zip": r["PostalCode"]}


@case("h40-31-hs-optout-text-revenue", L, H, """salesforce Lead → hubspot contact sync, matching Lead Email → hubspot Email.
Unsubscribed from all email = the text "true" when Email Opt Out is checked (true), the text "false" when it isn't
Annual Revenue → Annual Revenue as a number, and if SF Annual Revenue is blank leave it out
Last Name → Last Name""", SFL)
def _31(r: R) -> Out:
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "lastname": r["LastName"]})


SFL_PAD = extended(SFL, {
    "Email": "nina.patel@bluefinlabs.com", "FirstName": "Nina", "LastName": "Patel", "Company": "  Bluefin Labs ",
    "Title": "Data Lead", "Phone": "(206) 555-0101", "Street": "9 Pike St", "City": "Seattle", "PostalCode": "98101",
    "Country": "United States", "Status": "Open - Not Contacted", "Rating": "Warm", "LeadSource": "Web",
    "HasOptedOutOfEmail": False, "AnnualRevenue": "750000"})


@case("h40-32-hs-exclude-dead-leads", L, H, """SF leads → hubspot, but exclude the dead ones (Lead Status = "Closed - Not Converted").
email = Lead Email
Company Name = Company trimmed + ALL CAPS (there's some w/ extra spaces)
Job Title = Title, "Unknown" if Title is blank
City = City""", SFL_PAD)
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": r["Company"].strip().upper(),
            "jobtitle": "Unknown" if blank(r["Title"]) else r["Title"], "city": r["City"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h40-33-mc-from-contact-basic", C, M, """salesforce Contacts → mailchimp members pls:
email_address = Contact Email lowercased
status = "unsubscribed" if Email Opt Out is true, "subscribed" if false
FNAME = First Name, LNAME = Last Name (merge fields)
tags = ["Salesforce"]""", SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": ["Salesforce"]}


@case("h40-34-mc-from-contact-phone-event-tag", C, M, """SF Contact → mailchimp, skip contacts w/ Email Opt Out = true pls.
email_address ← Email (unchanged)
status ← "subscribed"
merge_fields.PHONE ← Business Phone in E.164, US default
tags: "Event" when Lead Source is Trade Show, otherwise an empty list""", SFC)
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "merge_fields": {"PHONE": e164(r["Phone"])},
            "tags": ["Event"] if r["LeadSource"] == "Trade Show" else []}


@case("h40-35-mc-from-contact-language-vip", C, M, """dach folks should get german emails 🇩🇪 so for salesforce Contact → mailchimp member:
- email_address = Email
- status = "subscribed"
- language: Mailing Country Germany → "de", Austria → "de", any other country → "en"
- vip = true if Title is exactly "CTO", false otherwise
- FNAME merge field = First Name
- tags: none, empty list""", SFC)
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en",
            "vip": r["Title"] == "CTO", "merge_fields": {"FNAME": r["FirstName"]}, "tags": []}


SFC_TWO_NAMES = extended(SFC, {
    "Email": "anna.lena.berg@nordsee.de", "FirstName": "Anna Lena", "LastName": "Berg", "Title": "Account Executive",
    "Department": "Sales", "Phone": "+49 40 555 0123", "MailingCity": "Hamburg", "MailingCountry": "Germany",
    "LeadSource": "Partner", "HasOptedOutOfEmail": False, "Birthdate": "1992-07-14"})


@case("h40-36-mc-from-contact-sales-tag", C, M, """sf contacts into mailchimp, quick spec:
email_address = Email
status: "unsubscribed" when Email Opt Out is true, else "subscribed"
FNAME = first word of First Name only
LNAME = Last Name in upper case
tags: "Salesforce" on everyone, plus "Sales Team" (after it) when Department is Sales""", SFC_TWO_NAMES)
def _36(r: R) -> Out:
    return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": first_word(r["FirstName"]), "LNAME": r["LastName"].upper()},
            "tags": ["Salesforce"] + (["Sales Team"] if r["Department"] == "Sales" else [])}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h40-37-seg-from-contact-basic", C, S, """salesforce Contact → segment identify. userId = Contact Email, lower case.
traits.firstName = First Name
traits.lastName = Last Name
traits.title = Title, or "Unknown" when Title is blank
traits.address.city = Mailing City, traits.address.country = Mailing Country""", SFC)
def _37(r: R) -> Out:
    return {"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"], "title": "Unknown" if blank(r["Title"]) else r["Title"],
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}}


@case("h40-38-seg-from-contact-birthday-name", C, S, """sf contacts → segment, userId = Email as is pls
traits.birthday = Birthdate (if Birthdate's empty, leave birthday out)
traits.phone = Business Phone → E.164 w/ US default
traits.name = First Name + " " + Last Name (e.g. "Ethan Brooks")""", SFC)
def _38(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"], "phone": e164(r["Phone"]),
        "name": r["FirstName"] + " " + r["LastName"]}})


SFC_NO_DEPT = extended(SFC, {
    "Email": "omar.haddad@cedarline.ae", "FirstName": "Omar", "LastName": "Haddad", "Title": "Founder",
    "Department": "", "Phone": "(415) 555-0181", "MailingCity": "Dubai", "MailingCountry": "United Arab Emirates",
    "LeadSource": "Partner Referral", "HasOptedOutOfEmail": False, "Birthdate": ""})


@case("h40-39-seg-from-contact-source-dept", C, S, """segment identify from SF Contacts, but only contacts that actually have a Lead Source (blank Lead Source → skip).
userId = Email
traits.department = Department, default "General" if it's blank
traits.lead_source = Lead Source lower-cased (e.g. "trade show")""", SFC_NO_DEPT)
def _39(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"userId": r["Email"], "traits": {
        "department": "General" if blank(r["Department"]) else r["Department"],
        "lead_source": r["LeadSource"].lower()}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h40-40-hs-from-mc-names-optout", M, H, """mailchimp → hubspot contacts (match on Email = mailchimp email_address).
First Name ← FNAME merge field in title case
Last Name ← LNAME merge field in title case, and leave Last Name off if LNAME is blank
Unsubscribed from all email ← the text "true" when the mailchimp status is unsubscribed, otherwise the text "false\"""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h40-41-hs-from-mc-phone-language", M, H, """hey! mailchimp members → hubspot, excluding cleaned members (status cleaned).
Email = email_address
Phone Number = PHONE merge field in E.164 (US default); blank PHONE → don't set Phone Number
Company Name = COMPANY merge field
Preferred language = mailchimp language""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "hs_language": r["language"]})


@case("h40-42-hs-from-mc-vip-lifecycle", M, H, """last one i promise 😂 mailchimp → hubspot, only members w/ status subscribed.
Email = email_address, lowercased
First Name = FNAME, Last Name = LNAME
Lifecycle Stage = customer if the member is VIP (vip true), otherwise subscriber
Unsubscribed from all email = the text "false" for all of them""", MC)
def _42(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"].lower(), "firstname": mf["FNAME"], "lastname": mf["LNAME"],
            "lifecyclestage": "customer" if r["vip"] else "subscriber", "hs_email_optout": "false"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set40")
