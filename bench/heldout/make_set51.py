"""Held-out set 51 for the offline mapping drafter.

Persona: a US sales-operations analyst who writes every request as a Jira ticket's acceptance
criteria: a one-line summary ("Story: sync HubSpot contacts into SF Leads"), then "AC1: ...",
"AC2: ..." lines or Given/When/Then forms ("Given a contact with no company, when it syncs, then
Company is 'Unknown'"), with "should" / "must" / "is expected to", and "Out of scope: ..." lines
naming fields that must not be synced (those fields are not written). Some tickets are all AC
lines, some all Given/When/Then, some mix both. Texts are newline-separated lines.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h51-01 .. h51-08)
  hubspot.contacts -> salesforce.Contact   6  (h51-09 .. h51-14)
  hubspot.contacts -> mailchimp.members    6  (h51-15 .. h51-20)
  hubspot.contacts -> segment.identify     4  (h51-21 .. h51-24)
  hubspot.contacts -> ga4.events           3  (h51-25 .. h51-27)
  salesforce.Lead  -> hubspot.contacts     5  (h51-28 .. h51-32)
  salesforce.Contact -> mailchimp.members  4  (h51-33 .. h51-36)
  salesforce.Contact -> segment.identify   3  (h51-37 .. h51-39)
  mailchimp.members -> hubspot.contacts    3  (h51-40 .. h51-42)

Rule kinds per case:
  01 copies, default, constant, out-of-scope     22 nested company traits, omit, default, integer
  02 E.164 US w/ fallback, omit-when-empty       23 E.164 US + omit, omit-when-empty, date
  03 value table w/ otherwise (GWT), copies      24 exclude filter, 2 booleans (blank stated), upper
  04 number/omit, whole number/default, after@   25 GA4: copy client_id, const name, lower+default
  05 exclude filter (blank stated), title, upper 26 GA4 filter (> w/ blank), number, const, after @
  06 3-way > condition (blank stated), concat    27 GA4 conditional name, before @, integer/default
  07 title case, omit, table (no otherwise)      28 copies, omit-when-empty, out-of-scope
  08 only filter, lower, table w/ otherwise,     29 value table (no otherwise), "true"/"false" text
     omit, concat + date                         30 only filter, E.164 UK, copies, constant
  09 copies into Mailing* (blanks stay blank)    31 exclude filter, table (no otherwise), number/omit
  10 booleans (blank stated), constant, title    32 omit-when-empty, copy w/ blank, default
  11 E.164 US + omit x2, trim + default          33 lower, boolean->status, const + conditional tag
  12 filter on blank, table (no otherwise), const 34 E.164 US, table (no otherwise), out-of-scope
  13 exclude filter, lower, title, constant      35 only filter (boolean), const, vip equality, upper
  14 only filter, E.164 US (11-digit), constant  36 copies, conditional tag / empty tag list
  15 copies, status from opt-out, constant tag   37 lower userId, omit-when-empty, custom default
  16 first word, fallback, table w/ otherwise    38 omit-when-empty, nested address, E.164 US
  17 exclude filter, constant + 2 cond. tags     39 concatenation, default, boolean copy
  18 lower, vip > (blank stated), title, const   40 title case (blank), 2-way table -> text
  19 fallback to part before @, empty tag list   41 exclude filter, E.164 US/omit, default, copy
  20 exclude filter, E.164/omit, tag from field  42 boolean -> stage, copy (empty), constant
  21 lower userId, copies, concatenation
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


def t(*lines: str) -> str:
    """A ticket: one line per summary / AC / Given-When-Then / out-of-scope line."""
    return "\n".join(lines)


def opted_out(r: R) -> bool:
    return r["hs_email_optout"] == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h51-01-lead-basic-unknown-company", H, L, t(
    "Story: sync HubSpot contacts into SF Leads",
    "AC1: Lead Email must be set from the HubSpot contact's email (that's our match key).",
    "AC2: FirstName and LastName come straight across from firstname and lastname, no cleanup.",
    "AC3: Given a contact with no company, when it syncs, then Company is 'Unknown'; when company has a value, "
    "Company is that value.",
    "AC4: LeadSource is expected to be 'Web' on every Lead.",
    "Out of scope: Phone, MobilePhone, Title.",
), HS)
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "LeadSource": "Web"}


@case("h51-02-lead-phone-fallback", H, L, t(
    "Story: HubSpot -> SF Lead sync with clean phone numbers",
    "AC1: Email on the Lead must equal the HubSpot email.",
    "AC2: Phone should be the contact's office phone in E.164; if the number has no country code, assume US (+1).",
    "AC3: Given the office phone is empty, when the contact syncs, then Phone falls back to the mobile phone number, "
    "formatted the same way (E.164, US default).",
    "AC4: Title is expected to carry the job title as-is; if job title is blank, don't send Title at all.",
    "Out of scope: MobilePhone, Fax.",
), HS)
def _02(r: R) -> R:
    ph = r["mobilephone"] if blank(r["phone"]) else r["phone"]
    return keep({"Email": r["email"], "Phone": e164(ph),
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]})


@case("h51-03-lead-status-from-stage", H, L, t(
    "Story: map HubSpot lifecycle stage onto SF Lead Status",
    "Given any contact, when it syncs, then the Lead Email is the HubSpot email and Company is the HubSpot company "
    "(an empty company stays empty).",
    "Given lifecycle stage is marketingqualifiedlead or salesqualifiedlead, when it syncs, then Status is "
    "'Working - Contacted'.",
    "Given lifecycle stage is customer, when it syncs, then Status is 'Closed - Converted'.",
    "Given any other lifecycle stage, when it syncs, then Status is 'Open - Not Contacted'.",
), HS)
def _03(r: R) -> R:
    st = {"marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
          "customer": "Closed - Converted"}.get(r["lifecyclestage"], "Open - Not Contacted")
    return {"Email": r["email"], "Company": r["company"], "Status": st}


@case("h51-04-lead-firmographics", H, L, t(
    "Story: push firmographics from HubSpot contacts to SF Leads",
    "AC1: Email must be mapped from the contact's email address.",
    "AC2: AnnualRevenue is expected to be the annual revenue as a number; if revenue is blank, AnnualRevenue must "
    "not be sent.",
    "AC3: NumberOfEmployees must be the employee count as a whole number, and 0 when the employee count is empty.",
    "AC4: Company should be the HubSpot company name; when that's blank, use the email domain (the part after the @) "
    "instead.",
    "Out of scope: Industry, Website, Rating.",
), lower_emails(HS))
def _04(r: R) -> R:
    v = rev(r)
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"]),
                 "NumberOfEmployees": 0 if blank(r["numemployees"]) else int(float(r["numemployees"])),
                 "Company": after_at(r["email"]) if blank(r["company"]) else r["company"]})


@case("h51-05-lead-skip-unsubscribed", H, L, t(
    "Story: don't create SF Leads for HubSpot contacts who unsubscribed",
    "Given a contact whose hs_email_optout is \"true\", when the sync runs, then it is skipped (no Lead).",
    "Given a contact whose hs_email_optout is \"false\" or empty, when the sync runs, then the Lead is upserted "
    "with Email = the HubSpot email.",
    "AC1: FirstName should be the first name in title case (e.g. 'maria' -> 'Maria').",
    "AC2: LastName must be the last name in all upper case.",
    "AC3: HasOptedOutOfEmail is expected to be false (boolean) on every Lead we write.",
    "Out of scope: Phone, Company.",
), extended(HS, hs(email="jamal.wright@brightpath.com", firstname="JAMAL", lastname="wright", hs_email_optout="false")))
def _05(r: R) -> R | None:
    if opted_out(r):
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": r["lastname"].upper(),
            "HasOptedOutOfEmail": False}


@case("h51-06-lead-rating-by-revenue", H, L, t(
    "Story: set SF Lead Rating from HubSpot annual revenue",
    "AC1: Email on the Lead is the HubSpot email (match key).",
    "AC2: Rating must be 'Hot' when annual revenue is above 3,000,000.",
    "AC3: Rating must be 'Warm' when annual revenue is above 1,000,000 but not above 3,000,000.",
    "AC4: Rating must be 'Cold' for everything else, including contacts with no annual revenue.",
    "AC5: Company should be the HubSpot company, or 'Individual' when it is empty.",
    "AC6: Description is expected to read 'HubSpot lifecycle: ' followed by the lifecycle stage, "
    "e.g. 'HubSpot lifecycle: lead'.",
), HS)
def _06(r: R) -> R:
    v = rev(r)
    rating = "Hot" if v is not None and v > 3_000_000 else "Warm" if v is not None and v > 1_000_000 else "Cold"
    return {"Email": r["email"], "Rating": rating, "Company": dflt(r["company"], "Individual"),
            "Description": "HubSpot lifecycle: " + r["lifecyclestage"]}


@case("h51-07-lead-address", H, L, t(
    "Story: sync HubSpot contact address onto the SF Lead",
    "AC1: Email must come from the HubSpot email.",
    "AC2: Street from address and PostalCode from zip, copied as-is.",
    "AC3: City should be title case (HubSpot has some all-lowercase cities).",
    "Given a contact with no state, when it syncs, then State is left off the Lead; otherwise State = HubSpot state.",
    "Given country 'United States' / 'Japan' / 'Mexico' / 'France', when it syncs, then Country is "
    "'US' / 'JP' / 'MX' / 'FR' respectively.",
    "Out of scope: Phone, MobilePhone, Website.",
), HS)
def _07(r: R) -> R:
    cc = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}[r["country"]]
    return keep({"Email": r["email"], "Street": r["address"], "PostalCode": r["zip"], "City": title(r["city"]),
                 "State": OMIT if blank(r["state"]) else r["state"], "Country": cc})


@case("h51-08-lead-mql-sql-only", H, L, t(
    "Story: only MQLs/SQLs from HubSpot become SF Leads",
    "AC1: Only contacts whose lifecycle stage is marketingqualifiedlead or salesqualifiedlead are synced; every other "
    "stage is skipped.",
    "AC2: Email must be the HubSpot email in lower case.",
    "AC3: LeadSource is mapped from the original source (hs_analytics_source): ORGANIC_SEARCH -> 'Web', PAID_SEARCH "
    "and PAID_SOCIAL -> 'Advertisement', REFERRALS -> 'External Referral'; anything else, including a blank source, "
    "-> 'Other'.",
    "AC4: Website should be the HubSpot website; if there isn't one, leave Website off.",
    "AC5: Description must read 'Created in HubSpot on ' followed by the create date as YYYY-MM-DD.",
), extended(HS,
            hs(email="Noah.Cohen@BlueFin.io", firstname="Noah", lastname="Cohen", lifecyclestage="salesqualifiedlead",
               hs_analytics_source="", website="", createdate="2024-02-19T13:20:00.000Z"),
            hs(email="ines.moreau@atelierbleu.com", firstname="Ines", lastname="Moreau",
               lifecyclestage="marketingqualifiedlead", hs_analytics_source="DIRECT_TRAFFIC",
               website="https://atelierbleu.com", createdate="2023-09-08T14:10:00.000Z")))
def _08(r: R) -> R | None:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    src = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral"}.get(r["hs_analytics_source"], "Other")
    return keep({"Email": r["email"].lower(), "LeadSource": src,
                 "Website": OMIT if blank(r["website"]) else r["website"],
                 "Description": "Created in HubSpot on " + day(r["createdate"])})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h51-09-contact-mailing-address", H, C, t(
    "Story: HubSpot contacts -> SF Contacts, mailing address",
    "AC1: SF Contact Email must be the HubSpot email (upsert key).",
    "AC2: MailingStreet = address, MailingCity = city, MailingState = state, MailingPostalCode = zip, "
    "MailingCountry = country.",
    "AC3: All of the above are copied exactly as HubSpot has them; a blank value syncs as blank.",
    "Out of scope: Phone, MobilePhone, Title, OtherStreet, OtherCity.",
), HS)
def _09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h51-10-contact-optout-flags", H, C, t(
    "Story: carry the HubSpot email opt-out onto the SF Contact",
    "Given a contact with hs_email_optout \"true\", when it syncs, then HasOptedOutOfEmail is true.",
    "Given hs_email_optout is \"false\" or blank, when it syncs, then HasOptedOutOfEmail is false.",
    "Given any contact, when it syncs, then DoNotCall is false and Email equals the HubSpot email.",
    "Given any contact, when it syncs, then LastName is the last name in title case (GARCIA -> Garcia).",
), HS)
def _10(r: R) -> R:
    return {"HasOptedOutOfEmail": opted_out(r), "DoNotCall": False, "Email": r["email"],
            "LastName": title(r["lastname"])}


@case("h51-11-contact-e164-phones", H, C, t(
    "Story: E.164 phones on SF Contacts from HubSpot",
    "AC1: Email must map from the HubSpot email.",
    "AC2: Phone is expected in E.164, built from the office phone, defaulting to +1 (US) when there's no country "
    "code; leave Phone off when the office phone is empty.",
    "AC3: MobilePhone follows the same rule, from the mobile phone number; leave it off if the mobile is empty.",
    "AC4: Title must be the job title with leading/trailing spaces trimmed; if job title is blank, Title = "
    "'Not provided'.",
), extended(HS, hs(email="owen.price@lakeshoremfg.com", firstname="Owen", lastname="Price",
                   jobtitle="  Director of Sales  ", phone="212 555 0100", mobilephone="")))
def _11(r: R) -> R:
    return keep({"Email": r["email"], "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Title": "Not provided" if blank(r["jobtitle"]) else r["jobtitle"].strip()})


@case("h51-12-contact-leadsource-table", H, C, t(
    "Story: map HubSpot original source to SF Contact LeadSource",
    "Given a contact with no original source (hs_analytics_source is blank), when the sync runs, then the contact "
    "is skipped.",
    "Given original source ORGANIC_SEARCH, when it syncs, then LeadSource is 'Web'.",
    "Given original source PAID_SEARCH or PAID_SOCIAL, when it syncs, then LeadSource is 'Advertisement'.",
    "Given original source REFERRALS, when it syncs, then LeadSource is 'External Referral'.",
    "Given any synced contact, then Email = the HubSpot email and Description = 'Synced from HubSpot'.",
), HS)
def _12(r: R) -> R | None:
    if blank(r["hs_analytics_source"]):
        return None
    src = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral"}[r["hs_analytics_source"]]
    return {"LeadSource": src, "Email": r["email"], "Description": "Synced from HubSpot"}


@case("h51-13-contact-name-cleanup", H, C, t(
    "Story: clean up names when creating SF Contacts from HubSpot",
    "AC1: Contacts with an empty company must not sync (skip them).",
    "AC2: Email should be the HubSpot email lower-cased.",
    "AC3: FirstName and LastName must be the first and last name in title case.",
    "AC4: Department is expected to be 'Unassigned' for every synced Contact.",
    "Out of scope: Title, Phone, MailingCity.",
), extended(HS, hs(email="Tyler.Brooks@KeystoneLabs.com", firstname="TYLER", lastname="brooks",
                   company="Keystone Labs")))
def _13(r: R) -> R | None:
    if blank(r["company"]):
        return None
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Department": "Unassigned"}


@case("h51-14-contact-us-only", H, C, t(
    "Story: US-only HubSpot contacts to SF Contacts",
    "AC1: Only contacts whose country is exactly 'United States' are in scope; everyone else is skipped.",
    "AC2: Email must be copied from the HubSpot email.",
    "Given a US contact, when it syncs, then Phone is the office phone in E.164 (+1 assumed), MailingState is the "
    "HubSpot state, and MailingCountry is 'USA'.",
    "Out of scope: MobilePhone, MailingStreet.",
), extended(HS, hs(email="rosa.delgado@sunbeltsupply.com", firstname="Rosa", lastname="Delgado",
                   company="Sunbelt Supply", phone="1-512-555-0133", city="Austin", state="TX", zip="78701")))
def _14(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Phone": e164(r["phone"]), "MailingState": r["state"], "MailingCountry": "USA"}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h51-15-mc-basic-status", H, M, t(
    "Story: sync HubSpot contacts into the Mailchimp audience",
    "AC1: email_address must be the HubSpot email.",
    "AC2: merge_fields.FNAME = firstname and merge_fields.LNAME = lastname, as-is.",
    "AC3: status should be 'unsubscribed' when hs_email_optout is \"true\", and 'subscribed' when it's \"false\" "
    "or empty.",
    "AC4: Every member is tagged 'hubspot-sync' (that single tag).",
    "Out of scope: PHONE, language, vip.",
), HS)
def _15(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if opted_out(r) else "subscribed", "tags": ["hubspot-sync"]}


@case("h51-16-mc-phone-language", H, M, t(
    "Story: Mailchimp phone + language from HubSpot",
    "Given any contact, when it syncs, then email_address is the HubSpot email and merge_fields.FNAME is only the "
    "first word of the first name.",
    "Given the contact has a mobile phone, when it syncs, then merge_fields.PHONE is the mobile number as-is; given "
    "the mobile is empty, then PHONE falls back to the office phone as-is.",
    "Given country is 'Japan', then language is 'ja'; 'France' -> 'fr'; 'Mexico' -> 'es'; any other country -> 'en'.",
), extended(HS, hs(email="mary.ann.cole@summitdental.com", firstname="Mary Ann", lastname="Cole",
                   mobilephone="", phone="(801) 555-0111", country="Canada")))
def _16(r: R) -> R:
    ph = r["phone"] if blank(r["mobilephone"]) else r["mobilephone"]
    lang = {"Japan": "ja", "France": "fr", "Mexico": "es"}.get(r["country"], "en")
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": ph},
            "language": lang}


@case("h51-17-mc-conditional-tags", H, M, t(
    "Story: tag HubSpot contacts in Mailchimp",
    "AC1: Contacts in lifecycle stage 'subscriber' are out of scope and must be skipped.",
    "AC2: email_address = HubSpot email; status is always 'subscribed'.",
    "AC3: tags always include 'hubspot'.",
    "Given lifecycle stage is customer, when it syncs, then the member also gets the tag 'customer'.",
    "Given annual revenue is over 5,000,000, when it syncs, then the member also gets 'enterprise' "
    "(blank revenue = no tag).",
    "AC4: Tag order is hubspot, customer, enterprise.",
), extended(HS, hs(email="hannah.lee@granitebank.com", firstname="Hannah", lastname="Lee", company="Granite Bank",
                   lifecyclestage="customer", annualrevenue="9000000")))
def _17(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    tags = ["hubspot"]
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    v = rev(r)
    if v is not None and v > 5_000_000:
        tags.append("enterprise")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h51-18-mc-vip-headcount", H, M, t(
    "Story: flag big accounts as VIP in Mailchimp",
    "AC1: email_address must be the HubSpot email, lower-cased.",
    "AC2: vip is expected to be true when the number of employees is more than 100, otherwise false; an empty "
    "employee count counts as false.",
    "AC3: merge_fields.LNAME must be the last name in title case.",
    "AC4: status should be 'pending' for everyone (double opt-in).",
    "Out of scope: FNAME, tags.",
), HS)
def _18(r: R) -> R:
    vip = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    return {"email_address": r["email"].lower(), "vip": vip, "merge_fields": {"LNAME": title(r["lastname"])},
            "status": "pending"}


@case("h51-19-mc-fname-from-email", H, M, t(
    "Story: fill missing first names for Mailchimp from the email",
    "Given any contact, when it syncs, then email_address is the HubSpot email.",
    "Given a contact with a first name, when it syncs, then merge_fields.FNAME is the first name.",
    "Given a contact with no first name, when it syncs, then merge_fields.FNAME is the part of the email before "
    "the @.",
    "Given any contact, then merge_fields.LNAME is the last name (blank stays blank) and tags is an empty list.",
), extended(lower_emails(HS), hs(email="info@harborview.org", firstname="", lastname="", company="Harborview")))
def _19(r: R) -> R:
    fn = before_at(r["email"]) if blank(r["firstname"]) else r["firstname"]
    return {"email_address": r["email"], "merge_fields": {"FNAME": fn, "LNAME": r["lastname"]}, "tags": []}


@case("h51-20-mc-optin-phone-stage-tag", H, M, t(
    "Story: only opted-in HubSpot contacts go to Mailchimp",
    "AC1: Contacts whose hs_email_optout is \"true\" must not be synced; blank or \"false\" means opted in, and "
    "those sync.",
    "AC2: email_address = HubSpot email; status = 'subscribed'.",
    "AC3: merge_fields.PHONE should be the office phone in E.164 (US when no country code); when the office phone "
    "is blank, PHONE is not sent.",
    "AC4: tags is a single tag equal to the contact's lifecycle stage.",
), extended(HS, hs(email="sam.ortiz@redrockcafe.com", firstname="Sam", lastname="Ortiz", phone="",
                   lifecyclestage="opportunity", hs_email_optout="")))
def _20(r: R) -> R | None:
    if opted_out(r):
        return None
    return keep({"email_address": r["email"], "status": "subscribed",
                 "merge_fields": {"PHONE": OMIT if blank(r["phone"]) else e164(r["phone"])},
                 "tags": [r["lifecyclestage"]]})


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h51-21-seg-identify-names", H, S, t(
    "Story: identify HubSpot contacts in Segment",
    "AC1: userId must be the HubSpot email lower-cased.",
    "AC2: traits.email is the email exactly as HubSpot has it.",
    "AC3: traits.firstName = firstname, traits.lastName = lastname.",
    "AC4: traits.name should be firstname + ' ' + lastname.",
    "Out of scope: traits.phone, traits.company.",
), HS)
def _21(r: R) -> R:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "firstName": r["firstname"],
            "lastName": r["lastname"], "name": r["firstname"] + " " + r["lastname"]}}


@case("h51-22-seg-company-traits", H, S, t(
    "Story: Segment company traits from HubSpot",
    "Given any contact, when identify fires, then userId is the HubSpot email.",
    "Given a contact with a company, then traits.company.name is the company; given no company, then "
    "traits.company.name is not sent.",
    "Given industry is empty, then traits.company.industry is 'Unknown'; otherwise it's the industry.",
    "Given an employee count, then traits.company.employee_count is that count as an integer; given none, it's "
    "omitted.",
), HS)
def _22(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": OMIT if blank(r["company"]) else r["company"],
        "industry": dflt(r["industry"], "Unknown"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h51-23-seg-phone-web-created", H, S, t(
    "Story: Segment contact traits - phone, website, signup date",
    "AC1: userId is expected to be the contact's email, unchanged.",
    "AC2: traits.phone must be the office phone in E.164 (US default); leave it off when the office phone is blank.",
    "AC3: traits.website = website, omitted when blank.",
    "AC4: traits.createdAt should be the HubSpot create date as YYYY-MM-DD only.",
), HS)
def _23(r: R) -> R:
    return keep({"userId": r["email"], "traits": {
        "phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
        "website": OMIT if blank(r["website"]) else r["website"],
        "createdAt": day(r["createdate"])}})


@case("h51-24-seg-lifecycle-flags", H, S, t(
    "Story: Segment lifecycle flags from HubSpot",
    "AC1: Contacts in the 'subscriber' lifecycle stage are skipped.",
    "AC2: userId = HubSpot email.",
    "Given lifecycle stage customer, when identify fires, then traits.is_customer is true; given any other stage, "
    "then it's false.",
    "Given hs_email_optout \"true\", then traits.unsubscribed is true; given \"false\" or blank, then false.",
    "AC3: traits.lifecycle_stage is the lifecycle stage upper-cased.",
), HS)
def _24(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"userId": r["email"], "traits": {"is_customer": r["lifecyclestage"] == "customer",
            "unsubscribed": opted_out(r), "lifecycle_stage": r["lifecyclestage"].upper()}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h51-25-ga4-contact-synced", H, G, t(
    "Story: send a GA4 event for every HubSpot contact sync",
    "AC1: client_id must be the contact's email address, as-is.",
    "AC2: One event per contact, events[0].name = 'crm_contact_synced'.",
    "AC3: events[0].params.source is the original source (hs_analytics_source) in lower case; 'unknown' when it's "
    "blank.",
    "AC4: events[0].params.country = HubSpot country, as-is.",
), HS)
def _25(r: R) -> R:
    src = "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": r["email"], "events": [{"name": "crm_contact_synced",
            "params": {"source": src, "country": r["country"]}}]}


@case("h51-26-ga4-qualified-account", H, G, t(
    "Story: GA4 'qualified_account' event for big HubSpot accounts",
    "Given annual revenue is blank or 1,000,000 or less, when the sync runs, then no event is sent.",
    "Given annual revenue above 1,000,000, when the sync runs, then an event is sent with client_id "
    "'hubspot-server' and event name 'qualified_account'.",
    "Then params.value is the annual revenue as a number and params.currency is 'USD'.",
    "Then params.domain is the part of the email after the @.",
), lower_emails(HS))
def _26(r: R) -> R | None:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": "hubspot-server", "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD", "domain": after_at(r["email"])}}]}


@case("h51-27-ga4-purchase-or-signup", H, G, t(
    "Story: GA4 conversion event per HubSpot lifecycle stage",
    "AC1: client_id is the part of the HubSpot email before the @.",
    "Given lifecycle stage customer, when the event is sent, then the event name is 'purchase'; given any other "
    "stage, then it's 'sign_up'.",
    "AC2: params.method must always be 'hubspot'.",
    "AC3: params.employees is the number of employees as a whole number, 0 when blank.",
), lower_emails(HS))
def _27(r: R) -> R:
    return {"client_id": before_at(r["email"]), "events": [{
        "name": "purchase" if r["lifecyclestage"] == "customer" else "sign_up",
        "params": {"method": "hubspot",
                   "employees": 0 if blank(r["numemployees"]) else int(float(r["numemployees"]))}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h51-28-hs-from-lead-basic", L, H, t(
    "Story: SF Leads back into HubSpot contacts",
    "AC1: HubSpot email must be the Lead Email.",
    "AC2: firstname, lastname and company are copied from FirstName, LastName and Company.",
    "AC3: jobtitle should be the Lead Title; if Title is empty, jobtitle is not written.",
    "Out of scope: phone, hs_lead_status, lifecyclestage.",
), SFL)
def _28(r: R) -> R:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
                 "company": r["Company"], "jobtitle": OMIT if blank(r["Title"]) else r["Title"]})


@case("h51-29-hs-lead-status-optout", L, H, t(
    "Story: sync SF Lead Status + email opt-out into HubSpot",
    "Given any lead, when it syncs, then email is the Lead Email.",
    "Given Status 'Open - Not Contacted', then hs_lead_status is NEW; 'Working - Contacted' -> IN_PROGRESS; "
    "'Closed - Converted' -> CONNECTED; 'Closed - Not Converted' -> UNQUALIFIED.",
    "Given HasOptedOutOfEmail is checked, then hs_email_optout is the text \"true\"; given it's unchecked, then the "
    "text \"false\".",
), SFL)
def _29(r: R) -> R:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
          "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return {"email": r["Email"], "hs_lead_status": st, "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h51-30-hs-uk-leads", L, H, t(
    "Story: UK Salesforce leads into HubSpot",
    "AC1: Only Leads with Country = 'United Kingdom' are synced; all others are skipped.",
    "AC2: email = Lead Email.",
    "AC3: phone must be the Lead Phone in E.164; numbers without a country code are UK (+44).",
    "AC4: city = City, zip = PostalCode.",
    "AC5: lifecyclestage is expected to be 'lead' for all of them.",
), extended(SFL,
            sfl(Email="siobhan.kelly@tidewater.co.uk", FirstName="Siobhan", LastName="Kelly", Company="Tidewater",
                Phone="0161 555 0199", City="Manchester", PostalCode="M1 1AE", Country="United Kingdom"),
            sfl(Email="rhys.evans@valleymill.co.uk", FirstName="Rhys", LastName="Evans", Company="Valley Mill",
                Phone="+44 29 2055 0123", City="Cardiff", PostalCode="CF10 1EP", Country="United Kingdom")))
def _30(r: R) -> R | None:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"], "zip": r["PostalCode"],
            "lifecyclestage": "lead"}


@case("h51-31-hs-rating-revenue", L, H, t(
    "Story: SF Lead rating and revenue into HubSpot",
    "AC1: Leads with Status 'Closed - Not Converted' should be excluded from the sync.",
    "AC2: email = Lead Email.",
    "Given Rating Hot, when it syncs, then lifecyclestage is salesqualifiedlead; given Warm, "
    "marketingqualifiedlead; given Cold, lead.",
    "AC3: annualrevenue must be AnnualRevenue as a number; when AnnualRevenue is blank, annualrevenue is left off.",
), SFL)
def _31(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"], "lifecyclestage": stage,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h51-32-hs-lead-address", L, H, t(
    "Story: SF Lead address into the HubSpot contact",
    "Given any lead, when it syncs, then email = Lead Email and city = City.",
    "Given Street is blank, then address is left off; otherwise address = Street.",
    "Given PostalCode is blank, then zip is blank too; otherwise zip = PostalCode.",
    "Given Country is blank, then country is 'Unknown'; otherwise country = Country.",
    "Out of scope: phone, company.",
), SFL)
def _32(r: R) -> R:
    return keep({"email": r["Email"], "city": r["City"], "address": OMIT if blank(r["Street"]) else r["Street"],
                 "zip": r["PostalCode"], "country": dflt(r["Country"], "Unknown")})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h51-33-mc-from-contact-status-tags", C, M, t(
    "Story: SF Contacts into the Mailchimp audience",
    "AC1: email_address must be the SF Contact Email lower-cased.",
    "AC2: merge_fields.FNAME = FirstName, merge_fields.LNAME = LastName.",
    "AC3: status is expected to be 'unsubscribed' when HasOptedOutOfEmail is true, otherwise 'subscribed'.",
    "AC4: tags: always 'salesforce'; also 'trade-show' (second) when LeadSource is 'Trade Show'.",
), SFC)
def _33(r: R) -> R:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h51-34-mc-contact-phone-language", C, M, t(
    "Story: SF Contact phone & language into Mailchimp",
    "Given any contact, when it syncs, then email_address is the Contact Email as-is.",
    "Given any contact, when it syncs, then merge_fields.PHONE is Phone in E.164 with US (+1) as the default "
    "country.",
    "Given MailingCountry Germany or Austria, then language is 'de'; given United States, then 'en'.",
    "Out of scope: FNAME, LNAME, tags.",
), SFC)
def _34(r: R) -> R:
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h51-35-mc-contact-exec-vip", C, M, t(
    "Story: VIP flag for SF execs in Mailchimp",
    "AC1: Only Contacts where HasOptedOutOfEmail is false are synced.",
    "AC2: email_address = Email; status = 'subscribed'.",
    "AC3: vip must be true when Title is 'CTO' or 'CEO', false otherwise (blank Title = false).",
    "AC4: merge_fields.LNAME should be LastName upper-cased.",
), extended(SFC, sfc(Email="nora.berg@fjordtech.no", FirstName="Nora", LastName="Berg", Title="CEO",
                     Department="", Phone="+47 22 55 01 23", MailingCity="Oslo", MailingCountry="Norway",
                     LeadSource="Partner", HasOptedOutOfEmail=False, Birthdate="")))
def _35(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "vip": r["Title"] in ("CTO", "CEO"),
            "merge_fields": {"LNAME": r["LastName"].upper()}}


@case("h51-36-mc-contact-dach-tag", C, M, t(
    "Story: tag DACH contacts in Mailchimp",
    "Given any contact, when it syncs, then email_address = Email, merge_fields.FNAME = FirstName and "
    "merge_fields.LNAME = LastName.",
    "Given MailingCountry is Germany or Austria, when it syncs, then tags = ['dach'].",
    "Given any other MailingCountry, when it syncs, then tags is an empty list.",
), SFC)
def _36(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "tags": ["dach"] if r["MailingCountry"] in ("Germany", "Austria") else []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h51-37-seg-contact-title-dept", C, S, t(
    "Story: identify SF Contacts in Segment",
    "AC1: userId must be the Contact Email lower-cased.",
    "AC2: traits.email = Email, unchanged.",
    "AC3: traits.title = Title; omit traits.title when Title is blank.",
    "AC4: traits.department = Department, or 'General' when Department is blank.",
), SFC)
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {"email": r["Email"],
                 "title": OMIT if blank(r["Title"]) else r["Title"], "department": dflt(r["Department"], "General")}})


@case("h51-38-seg-contact-birthday-location", C, S, t(
    "Story: Segment traits from SF Contact - birthday, location, phone",
    "Given any contact, when identify fires, then userId is the Contact Email.",
    "Given a Birthdate, then traits.birthday = Birthdate; given no Birthdate, then traits.birthday is not sent.",
    "Then traits.address.city = MailingCity and traits.address.country = MailingCountry.",
    "Then traits.phone is Phone in E.164 (US default).",
), SFC)
def _38(r: R) -> R:
    return keep({"userId": r["Email"], "traits": {
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
        "phone": e164(r["Phone"])}})


@case("h51-39-seg-contact-name-source", C, S, t(
    "Story: SF Contact name and source traits in Segment",
    "AC1: userId = Contact Email.",
    "AC2: traits.name must be FirstName + ' ' + LastName.",
    "Given LeadSource is blank, when identify fires, then traits.lead_source is 'Unknown'; otherwise it's "
    "LeadSource.",
    "AC3: traits.opted_out is the HasOptedOutOfEmail checkbox as a true/false boolean.",
    "Out of scope: traits.phone, traits.title.",
), SFC)
def _39(r: R) -> R:
    return {"userId": r["Email"], "traits": {"name": r["FirstName"] + " " + r["LastName"],
            "lead_source": dflt(r["LeadSource"], "Unknown"), "opted_out": r["HasOptedOutOfEmail"]}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h51-40-hs-from-mc-names-optout", M, H, t(
    "Story: Mailchimp members back into HubSpot",
    "AC1: HubSpot email must be the Mailchimp email_address.",
    "AC2: firstname and lastname should be FNAME and LNAME in title case (blank stays blank).",
    "AC3: hs_email_optout is the text \"true\" when status is unsubscribed or cleaned, and \"false\" for any other "
    "status.",
    "Out of scope: phone, company.",
), MC)
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"}


@case("h51-41-hs-from-mc-phone-company", M, H, t(
    "Story: Mailchimp phone/company into HubSpot",
    "Given a member with status 'cleaned', when the sync runs, then it is skipped.",
    "Given any other member, when it syncs, then email = email_address and hs_language = language.",
    "Given a PHONE merge field, then phone is that number in E.164 (US default); given PHONE is empty, then phone "
    "is not written.",
    "Given COMPANY is empty, then company is 'Individual'; otherwise company = COMPANY.",
), MC)
def _41(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "hs_language": r["language"],
                 "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": dflt(mf["COMPANY"], "Individual")})


@case("h51-42-hs-from-mc-vip-stage", M, H, t(
    "Story: Mailchimp VIPs become HubSpot customers",
    "AC1: email = email_address.",
    "Given vip is true, when it syncs, then lifecyclestage is 'customer'; given vip is false, then 'subscriber'.",
    "AC2: company = merge_fields.COMPANY, copied as-is (empty stays empty).",
    "AC3: hs_lead_status must be 'NEW' for every member.",
    "Out of scope: firstname, lastname, phone.",
), MC)
def _42(r: R) -> R:
    return {"email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber",
            "company": r["merge_fields"]["COMPANY"], "hs_lead_status": "NEW"}


if __name__ == "__main__":
    ids = [c[0] for c in CASES]
    assert len(ids) == 42 and len(set(ids)) == 42, (len(ids), len(set(ids)))
    build(CASES, Path(__file__).parent / "set51")
