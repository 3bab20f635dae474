"""Held-out set 25, written by a new author who never saw the drafter.

Author persona: a marketing-operations analyst at a B2B company who files each mapping request
as a short Jira ticket: a one-line summary, then 'Acceptance criteria:' with terse lines, now and
then an API field name in backticks, now and then a plain label, and the odd abbreviation
(addr, co., tel, e-mail, w/, w/o).

Expected records are computed here from the mapping-cases README's semantics (blank = empty or
whitespace, defaults and fallbacks only on blank, "leave out" = key absent, filters drop the
record, value tables are case-sensitive, E.164 with an assumed country, title case, etc.).
The destination's match key is always written (authoring.MATCH_KEY_NOTE).

Pairs (42 cases): hubspot.contacts -> salesforce.Lead (7), salesforce.Contact (6),
mailchimp.members (6), segment.identify (4), ga4.events (3); salesforce.Lead ->
hubspot.contacts (5); salesforce.Contact -> mailchimp.members (4), segment.identify (3);
mailchimp.members -> hubspot.contacts (4).

Rule kinds: copies, constants, defaults when empty, fallbacks, leave out when empty, transforms
(lower, upper, trim, title case, first word, before/after the @, E.164 US/UK, number, whole
number, date), value tables with and without an otherwise, conditions (equality, greater than /
or more, blank, true/false), true/false flags, filters (only / skip), nested destinations
(Segment traits.x.y, Mailchimp merge_fields.X, GA4 events[].params), tags, templates.
"""

from __future__ import annotations

import copy
from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# HubSpot contacts whose company names carry stray spaces (one is only spaces) for the trim case
HS_PAD: list[R] = copy.deepcopy(HS)
HS_PAD[0]["company"] = "  Northwind Analytics "
HS_PAD[1]["company"] = "   "
HS_PAD[3]["company"] = "Polar Logistics  "

# HubSpot contacts with every email already in lower case (for the before/after-@ cases)
HS_LC: list[R] = copy.deepcopy(HS)
for _r in HS_LC:
    _r["email"] = _r["email"].lower()

# Salesforce Contacts with a padded title and a whitespace-only department
SFC_PAD: list[R] = copy.deepcopy(SFC)
SFC_PAD[0]["Title"] = " CTO  "
SFC_PAD[1]["Department"] = "  "


# ---------------------------------------------------------------- hubspot -> salesforce.Lead

@case("h25-01-hs-lead-company-trim", H, L,
      "HS contacts -> SF Leads: core fields\n"
      "Acceptance criteria:\n"
      "- `email` -> `Email`\n"
      "- `firstname` -> `FirstName`, `lastname` -> `LastName`\n"
      "- Company: HS company name, trimmed (strip leading/trailing spaces). Blank -> \"Unknown\"", HS_PAD)
def _01(r: R) -> Out:
    co = r["company"]
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": "Unknown" if blank(co) else co.strip()}


@case("h25-02-hs-lead-tel-fallback", H, L,
      "Lead tel in E.164\n"
      "Acceptance criteria:\n"
      "- Lead `Email` = contact e-mail, as is\n"
      "- Lead `Phone` = HS phone number formatted E.164 (assume US when there's no +country code)\n"
      "- w/o a phone number, use the mobile phone number instead (same E.164 formatting)\n"
      "- both empty -> don't set Phone at all", HS)
def _02(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(ph) else e164(ph)})


RATING = {"customer": "Hot", "salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}


@case("h25-03-hs-lead-rating-from-stage", H, L,
      "Set Lead Rating from HubSpot lifecycle stage\n"
      "Acceptance criteria:\n"
      "- Email -> Email, Last Name -> Last Name\n"
      "- `Rating`: lifecycle stage customer or salesqualifiedlead => Hot; marketingqualifiedlead => Warm; "
      "any other stage => Cold", HS)
def _03(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Rating": RATING.get(r["lifecyclestage"], "Cold")}


@case("h25-04-hs-lead-revenue-headcount", H, L,
      "Firmographics on SF Leads\n"
      "Acceptance criteria:\n"
      "- `Email` from `email`\n"
      "- `AnnualRevenue` = `annualrevenue` as a number; leave it off the lead when annual revenue is empty\n"
      "- `NumberOfEmployees` = `numemployees` as a whole number (integer), 0 if empty", HS)
def _04(r: R) -> Out:
    n = r["numemployees"]
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": 0 if blank(n) else int(float(n))})


@case("h25-05-hs-lead-us-only", H, L,
      "US contacts only -> SF Leads (addr)\n"
      "Acceptance criteria:\n"
      "- only sync contacts whose Country/Region is exactly \"United States\"; all others are skipped\n"
      "- Email: HS e-mail lowercased\n"
      "- City -> City, State/Region -> State, Postal Code -> PostalCode, street addr -> Street\n"
      "- `Description` = \"HS created \" followed by the contact's create date as YYYY-MM-DD", HS)
def _05(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "City": r["city"], "State": r["state"], "PostalCode": r["zip"],
            "Street": r["address"], "Description": "HS created " + day(r["createdate"])}


SRC_LS = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h25-06-hs-lead-source-table", H, L,
      "Map HS Original Source to SF Lead Source\n"
      "Acceptance criteria:\n"
      "- `Email` = `email`\n"
      "- `LeadSource` from `hs_analytics_source`: ORGANIC_SEARCH -> Web, PAID_SEARCH -> Advertisement, "
      "PAID_SOCIAL -> Advertisement, REFERRALS -> External Referral; anything else (blank included) -> Other\n"
      "- `Title` = job title, \"TBD\" when job title is empty", HS)
def _06(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": SRC_LS.get(r["hs_analytics_source"], "Other"),
            "Title": dflt(r["jobtitle"], "TBD")}


@case("h25-07-hs-lead-description-template", H, L,
      "Lead Description w/ stage + source\n"
      "Acceptance criteria:\n"
      "- skip any contact w/o an Original Source (`hs_analytics_source` empty)\n"
      "- Lead Email = HS email\n"
      "- Lead Company = HS company name\n"
      "- Lead `Description` = \"Stage: <lifecycle stage> | Source: <original source>\", "
      "e.g. Stage: lead | Source: PAID_SEARCH", HS)
def _07(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    return {"Email": r["email"], "Company": r["company"],
            "Description": f"Stage: {r['lifecyclestage']} | Source: {r['hs_analytics_source']}"}


# ---------------------------------------------------------------- hubspot -> salesforce.Contact

@case("h25-08-hs-contact-name-case", H, C,
      "Clean up name casing on SF Contacts\n"
      "Acceptance criteria:\n"
      "- Contact `Email` = HS e-mail in lower case\n"
      "- `FirstName` and `LastName` = HS first / last name in Title Case (e.g. GARCIA -> Garcia)", HS)
def _08(r: R) -> Out:
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])}


@case("h25-09-hs-contact-optout-flag", H, C,
      "Opt-out flag to SF Contact\n"
      "Acceptance criteria:\n"
      "- Email -> Email\n"
      "- `HasOptedOutOfEmail` = true when `hs_email_optout` is the text \"true\", otherwise false "
      "(empty counts as not opted out -> false)\n"
      "- `DoNotCall` always false", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": False}


@case("h25-10-hs-contact-mailing-addr", H, C,
      "Mailing addr on SF Contacts\n"
      "Acceptance criteria:\n"
      "- `Email` <- `email`\n"
      "- Mailing Street <- HS street address\n"
      "- Mailing City <- HS city, title-cased\n"
      "- Mailing State/Province <- State/Region; omit when State/Region is blank\n"
      "- Mailing Country <- Country/Region", HS)
def _10(r: R) -> Out:
    return keep({"Email": r["email"], "MailingStreet": r["address"], "MailingCity": title(r["city"]),
                 "MailingState": OMIT if blank(r["state"]) else r["state"], "MailingCountry": r["country"]})


@case("h25-11-hs-contact-mobile", H, C,
      "Mobile + business tel on SF Contacts\n"
      "Acceptance criteria:\n"
      "- `Email` = `email`\n"
      "- `MobilePhone` = HS mobile phone number in E.164, US assumed if no country code; "
      "contacts w/o a mobile number get no MobilePhone (leave it out)\n"
      "- Business Phone (`Phone`) = HS `phone` copied as is, no formatting", HS)
def _11(r: R) -> Out:
    mob = r["mobilephone"]
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(mob) else e164(mob), "Phone": r["phone"]})


@case("h25-12-hs-contact-segment-desc", H, C,
      "Tag enterprise accounts in Contact Description\n"
      "Acceptance criteria:\n"
      "- Email -> Email\n"
      "- Job Title -> Title\n"
      "- Contact Description = \"Enterprise\" if the contact's annual revenue is greater than 5,000,000, "
      "else \"SMB\". Empty annual revenue => \"SMB\"", HS)
def _12(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Title": r["jobtitle"],
            "Description": "Enterprise" if v is not None and v > 5_000_000 else "SMB"}


@case("h25-13-hs-contact-title-first-word", H, C,
      "Short title + upper-case surname\n"
      "Acceptance criteria:\n"
      "- `Email` = HS `email`\n"
      "- `Title` = first word of the HS job title only (\"VP Marketing\" -> \"VP\"); no job title -> leave Title out\n"
      "- `LastName` = HS last name in UPPER CASE", HS)
def _13(r: R) -> Out:
    jt = r["jobtitle"]
    return keep({"Email": r["email"], "Title": OMIT if blank(jt) else first_word(jt),
                 "LastName": r["lastname"].upper()})


# ---------------------------------------------------------------- hubspot -> mailchimp

@case("h25-14-hs-mc-merge-names", H, M,
      "Push HS contacts to Mailchimp audience\n"
      "Acceptance criteria:\n"
      "- `email_address` = HS email, lower case\n"
      "- `merge_fields.FNAME` = first name, `merge_fields.LNAME` = last name (as is)\n"
      "- `status` = subscribed for everyone", HS)
def _14(r: R) -> Out:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed"}


@case("h25-15-hs-mc-status-from-optout", H, M,
      "MC status follows HS unsubscribe flag\n"
      "Acceptance criteria:\n"
      "- Email Address <- HS Email\n"
      "- Subscription status = \"unsubscribed\" when Unsubscribed from all email is the text \"true\"; "
      "otherwise \"subscribed\" (blank = subscribed)\n"
      "- Language = \"en\" for all", HS)
def _15(r: R) -> Out:
    return {"email_address": r["email"],
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "language": "en"}


@case("h25-16-hs-mc-tags", H, M,
      "Tag HS imports in Mailchimp\n"
      "Acceptance criteria:\n"
      "- `email_address` = `email`\n"
      "- tags: every member gets the tag `HubSpot Import`\n"
      "- contacts with lifecycle stage = customer also get `Customer` as a 2nd tag, after HubSpot Import", HS)
def _16(r: R) -> Out:
    tags = ["HubSpot Import"] + (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h25-17-hs-mc-phone-vip", H, M,
      "MC phone + VIP\n"
      "Acceptance criteria:\n"
      "- `email_address` = HS `email`\n"
      "- `merge_fields.PHONE` = HS mobile phone in E.164 (assume US); if mobile is empty use the HS phone number "
      "(E.164 too); neither -> no PHONE\n"
      "- `vip` = true when annual revenue is 10,000,000 or more, false otherwise (empty revenue -> false)", HS)
def _17(r: R) -> Out:
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    v = rev(r)
    return keep({"email_address": r["email"], "merge_fields": {"PHONE": OMIT if blank(ph) else e164(ph)},
                 "vip": v is not None and v >= 10_000_000})


LANG = {"United States": "en", "Japan": "ja", "Mexico": "es", "France": "fr"}


@case("h25-18-hs-mc-language-table", H, M,
      "Set MC language by country\n"
      "Acceptance criteria:\n"
      "- e-mail -> `email_address`\n"
      "- `language` from HS Country/Region: United States = en, Japan = ja, Mexico = es, France = fr, "
      "any other country = en\n"
      "- FNAME = first name, title case", HS)
def _18(r: R) -> Out:
    return {"email_address": r["email"], "language": LANG.get(r["country"], "en"),
            "merge_fields": {"FNAME": title(r["firstname"])}}


@case("h25-19-hs-mc-skip-optouts", H, M,
      "Don't push unsubscribed HS contacts to MC\n"
      "Acceptance criteria:\n"
      "- skip contacts where `hs_email_optout` = \"true\" (blank or \"false\" are synced)\n"
      "- `email_address` = `email` lowercased\n"
      "- `merge_fields.FNAME` = `firstname`\n"
      "- `status` = subscribed\n"
      "- `tags` = empty list (no tags)", HS)
def _19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed",
            "tags": []}


# ---------------------------------------------------------------- hubspot -> segment

@case("h25-20-hs-seg-company-traits", H, S,
      "Segment identify: co. traits from HS\n"
      "Acceptance criteria:\n"
      "- `userId` = HS email, lower case\n"
      "- `traits.company.name` = company name; leave out if blank\n"
      "- `traits.company.industry` = industry; leave out if blank\n"
      "- `traits.company.employee_count` = Number of Employees as an integer; leave out if blank", HS)
def _20(r: R) -> Out:
    return keep({"userId": r["email"].lower(), "traits": {"company": {
        "name": OMIT if blank(r["company"]) else r["company"],
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h25-21-hs-seg-address-traits", H, S,
      "Segment identify w/ addr traits\n"
      "Acceptance criteria:\n"
      "- userId = `email` (unchanged)\n"
      "- traits.address.city = HS city\n"
      "- traits.address.state = HS State/Region, omitted when blank\n"
      "- traits.address.postalCode = HS postal code (`zip`)\n"
      "- traits.address.country = HS Country/Region", HS)
def _21(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"address": {
        "city": r["city"], "state": OMIT if blank(r["state"]) else r["state"], "postalCode": r["zip"],
        "country": r["country"]}}})


@case("h25-22-hs-seg-full-name", H, S,
      "Full name trait for Segment\n"
      "Acceptance criteria:\n"
      "- `userId` <- `email` in lower case\n"
      "- `traits.name` <- first name + a space + last name, as they are (e.g. \"Priya Raman\")\n"
      "- `traits.title` <- job title; \"Unknown\" when job title is empty\n"
      "- `traits.createdAt` <- HS Create Date, copied as is", HS)
def _22(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"name": f"{r['firstname']} {r['lastname']}",
                                                    "title": dflt(r["jobtitle"], "Unknown"),
                                                    "createdAt": r["createdate"]}}


@case("h25-23-hs-seg-username", H, S,
      "Segment username from e-mail\n"
      "Acceptance criteria:\n"
      "- `userId` = `email`\n"
      "- `traits.email` = `email`\n"
      "- `traits.username` = the part of the email before the @\n"
      "- `traits.website` = HS website URL; leave the trait out when website is empty", HS_LC)
def _23(r: R) -> Out:
    e = r["email"]
    return keep({"userId": e, "traits": {"email": e, "username": before_at(e),
                                         "website": OMIT if blank(r["website"]) else r["website"]}})


# ---------------------------------------------------------------- hubspot -> ga4

@case("h25-24-hs-ga4-signup", H, G,
      "GA4 sign_up event per HS contact\n"
      "Acceptance criteria:\n"
      "- `client_id` = HS `email`\n"
      "- event name: always `sign_up`\n"
      "- event param `method` = Original Source in lower case; \"unknown\" if Original Source is blank\n"
      "- event param `signup_date` = HS create date as YYYY-MM-DD", HS)
def _24(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"], "events": [{"name": "sign_up", "params": {
        "method": "unknown" if blank(src) else src.lower(), "signup_date": day(r["createdate"])}}]}


@case("h25-25-hs-ga4-lead-value", H, G,
      "GA4 generate_lead w/ revenue value\n"
      "Acceptance criteria:\n"
      "- skip contacts w/o annual revenue\n"
      "- `client_id` = contact email\n"
      "- `events[0].name` = generate_lead\n"
      "- `events[0].params.value` = annual revenue as a number\n"
      "- `events[0].params.currency` = USD (fixed)", HS)
def _25(r: R) -> Out:
    if blank(r["annualrevenue"]):
        return None
    return {"client_id": r["email"], "events": [{"name": "generate_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


STAGE_EVENT = {"subscriber": "newsletter_signup", "lead": "generate_lead", "marketingqualifiedlead": "qualify_lead",
               "salesqualifiedlead": "qualify_lead", "customer": "purchase"}


@case("h25-26-hs-ga4-stage-event", H, G,
      "GA4 event name by lifecycle stage\n"
      "Acceptance criteria:\n"
      "- client_id = HS email lowercased\n"
      "- event name from `lifecyclestage`: subscriber -> newsletter_signup, lead -> generate_lead, "
      "marketingqualifiedlead -> qualify_lead, salesqualifiedlead -> qualify_lead, customer -> purchase\n"
      "- event param `stage` = the lifecycle stage value, unchanged", HS)
def _26(r: R) -> Out:
    st = r["lifecyclestage"]
    return {"client_id": r["email"].lower(), "events": [{"name": STAGE_EVENT[st], "params": {"stage": st}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot

LEAD_STATUS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
               "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h25-27-lead-hs-status", L, H,
      "SF Lead Status -> HS Lead Status\n"
      "Acceptance criteria:\n"
      "- HS `email` = Lead `Email`\n"
      "- HS `hs_lead_status` from Lead `Status`: \"Open - Not Contacted\" -> NEW; \"Working - Contacted\" -> "
      "IN_PROGRESS; \"Closed - Converted\" -> CONNECTED; \"Closed - Not Converted\" -> UNQUALIFIED\n"
      "- HS `lifecyclestage` = lead (constant)", SFL)
def _27(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": LEAD_STATUS[r["Status"]], "lifecyclestage": "lead"}


@case("h25-28-lead-hs-optout-text", L, H,
      "Carry SF email opt-out into HubSpot\n"
      "Acceptance criteria:\n"
      "- HS email = SF Lead Email, lowercased\n"
      "- HS first name / last name = Lead First Name / Last Name\n"
      "- HS `hs_email_optout` = the string \"true\" when the lead's Email Opt Out box is checked (true), "
      "the string \"false\" when it isn't", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"].lower(), "firstname": r["FirstName"], "lastname": r["LastName"],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h25-29-lead-hs-phone-by-country", L, H,
      "Lead tel -> HS phone, E.164 by country\n"
      "Acceptance criteria:\n"
      "- `email` = Lead `Email`\n"
      "- `phone` = Lead Phone in E.164. Numbers without a +country code: assume UK (+44) for leads whose "
      "Country is \"United Kingdom\", assume US (+1) for every other lead. Lead w/o a phone -> leave phone out\n"
      "- `country` = Lead Country; leave out when the lead's Country is empty", SFL)
def _29(r: R) -> Out:
    ph = r["Phone"]
    cc = "44" if r["Country"] == "United Kingdom" else "1"
    return keep({"email": r["Email"], "phone": OMIT if blank(ph) else e164(ph, cc),
                 "country": OMIT if blank(r["Country"]) else r["Country"]})


@case("h25-30-lead-hs-revenue", L, H,
      "Lead revenue + title into HubSpot\n"
      "Acceptance criteria:\n"
      "- `email` <- `Email`\n"
      "- `annualrevenue` <- `AnnualRevenue` as a number; 0 if AnnualRevenue is empty\n"
      "- `company` <- Lead Company in upper case\n"
      "- `jobtitle` <- Lead Title; if Title is empty set \"Unknown\"", SFL)
def _30(r: R) -> Out:
    ar = r["AnnualRevenue"]
    return {"email": r["Email"], "annualrevenue": 0 if blank(ar) else num(ar), "company": r["Company"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h25-31-lead-hs-skip-cold", L, H,
      "Sync non-cold SF Leads to HS\n"
      "Acceptance criteria:\n"
      "- skip leads with Rating = Cold\n"
      "- email, first name, last name, city copied 1:1 from the lead's Email, First Name, Last Name, City\n"
      "- HS Postal Code = Lead Zip/Postal Code", SFL)
def _31(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "city": r["City"],
            "zip": r["PostalCode"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp

@case("h25-32-contact-mc-status", C, M,
      "SF Contacts -> MC members w/ status\n"
      "Acceptance criteria:\n"
      "- `email_address` = Contact `Email` lowercased\n"
      "- `status`: \"unsubscribed\" if Email Opt Out (`HasOptedOutOfEmail`) is true, else \"subscribed\"\n"
      "- `merge_fields.FNAME` = First Name; `merge_fields.LNAME` = Last Name", SFC)
def _32(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


@case("h25-33-contact-mc-birthday", C, M,
      "Birthday merge field from SF\n"
      "Acceptance criteria:\n"
      "- Email Address = Contact Email (as is)\n"
      "- `merge_fields.BIRTHDAY` = Contact `Birthdate`, copied unchanged; don't set it for contacts w/o a birthdate\n"
      "- tags = [\"SF Contact\"] on every member", SFC)
def _33(r: R) -> Out:
    b = r["Birthdate"]
    return keep({"email_address": r["Email"], "merge_fields": {"BIRTHDAY": OMIT if blank(b) else b},
                 "tags": ["SF Contact"]})


DE_LANG = {"Germany": "de", "Austria": "de"}


@case("h25-34-contact-mc-dept-tag", C, M,
      "Dept tag + language for MC\n"
      "Acceptance criteria:\n"
      "- `email_address` = `Email`\n"
      "- tags: a single tag holding the contact's Department value; contacts w/o a Department (blank) get "
      "an empty tag list\n"
      "- `language` from Mailing Country: Germany -> de, Austria -> de, anything else -> en", SFC_PAD)
def _34(r: R) -> Out:
    d = r["Department"]
    return {"email_address": r["Email"], "tags": [] if blank(d) else [d],
            "language": DE_LANG.get(r["MailingCountry"], "en")}


@case("h25-35-contact-mc-phone-vip", C, M,
      "MC tel + VIP for trade show contacts\n"
      "Acceptance criteria:\n"
      "- `email_address` <- Contact Email\n"
      "- `merge_fields.PHONE` <- Business Phone in E.164 (default country US)\n"
      "- `vip` <- true if Lead Source = \"Trade Show\", false for any other or blank Lead Source", SFC)
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "vip": r["LeadSource"] == "Trade Show"}


# ---------------------------------------------------------------- salesforce.Contact -> segment

@case("h25-36-contact-seg-traits", C, S,
      "SF Contact -> Segment identify\n"
      "Acceptance criteria:\n"
      "- `userId` = `Email` in lower case\n"
      "- `traits.email` = `Email` (unchanged)\n"
      "- `traits.firstName` = First Name, `traits.lastName` = Last Name\n"
      "- `traits.title` = Contact Title, trimmed; omit the trait when Title is blank", SFC_PAD)
def _36(r: R) -> Out:
    t = r["Title"]
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(t) else t.strip()}})


@case("h25-37-contact-seg-birthday-addr", C, S,
      "Birthday + mailing addr traits\n"
      "Acceptance criteria:\n"
      "- userId: Contact Email\n"
      "- traits.birthday: Birthdate; leave out if no birthdate\n"
      "- traits.address.city: Mailing City\n"
      "- traits.address.country: Mailing Country, UPPER CASE", SFC)
def _37(r: R) -> Out:
    b = r["Birthdate"]
    return keep({"userId": r["Email"], "traits": {"birthday": OMIT if blank(b) else b, "address": {
        "city": r["MailingCity"], "country": r["MailingCountry"].upper()}}})


@case("h25-38-contact-seg-skip-optout", C, S,
      "Segment identify for opted-in SF contacts only\n"
      "Acceptance criteria:\n"
      "- skip contacts where Email Opt Out is true\n"
      "- `userId` = Contact `Email`\n"
      "- `traits.phone` = Business Phone in E.164, assume US if there is no + code\n"
      "- `traits.description` = \"Dept: \" + Department (e.g. \"Dept: Sales\")", SFC)
def _38(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "description": "Dept: " + r["Department"]}}


# ---------------------------------------------------------------- mailchimp -> hubspot

@case("h25-39-mc-hs-names", M, H,
      "MC members -> HS contacts, tidy names\n"
      "Acceptance criteria:\n"
      "- HS `email` = `email_address`\n"
      "- HS `firstname` = `merge_fields.FNAME` in Title Case\n"
      "- HS `lastname` = `merge_fields.LNAME` in Title Case; leave lastname out when LNAME is blank", MC)
def _39(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"])})


@case("h25-40-mc-hs-subscribed-only", M, H,
      "Only subscribed MC members -> HS\n"
      "Acceptance criteria:\n"
      "- sync only members whose status is `subscribed`; skip unsubscribed/cleaned/etc.\n"
      "- `email` = member email address\n"
      "- `hs_language` (Preferred language) = member `language`\n"
      "- `lifecyclestage` = subscriber for all", MC)
def _40(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    return {"email": r["email_address"], "hs_language": r["language"], "lifecyclestage": "subscriber"}


@case("h25-41-mc-hs-co-website", M, H,
      "Co. + website + tel from MC\n"
      "Acceptance criteria:\n"
      "- `email` = `email_address`\n"
      "- `company` = COMPANY merge field; omit when it's empty\n"
      "- `website` = \"https://\" followed by the domain of the member's e-mail (the part after the @), "
      "e.g. https://corkbrew.ie\n"
      "- `phone` = PHONE merge field in E.164 (assume US); omit when PHONE is empty", MC)
def _41(r: R) -> Out:
    mf = r["merge_fields"]
    e = r["email_address"]
    return keep({"email": e, "company": OMIT if blank(mf["COMPANY"]) else mf["COMPANY"],
                 "website": "https://" + after_at(e), "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"])})


@case("h25-42-mc-hs-vip-stage", M, H,
      "VIP members = opportunities in HS\n"
      "Acceptance criteria:\n"
      "- email <- email_address\n"
      "- lifecyclestage <- \"opportunity\" when the member's VIP flag is true, \"lead\" when it is false\n"
      "- hs_language <- member language, upper-cased (it -> IT)", MC)
def _42(r: R) -> Out:
    return {"email": r["email_address"], "lifecyclestage": "opportunity" if r["vip"] else "lead",
            "hs_language": r["language"].upper()}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set25")
