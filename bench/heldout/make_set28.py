"""Held-out set 28, written by a new author who never saw the drafter.

Author persona: an agency account manager who sends the client a "field-by-field sync brief",
pasted from a Google Doc: an optional intro line, then one line per destination field as
"<Field label> — <how it is filled>", field labels as the platform's UI shows them ("Lead
Source", "Mobile Phone", "Email Address"), short noun-phrase explanations ("straight copy",
"fixed value 'Web'", "'Unknown' if blank", "lower-cased"), notes in parentheses and a closing
"Notes:" line for filters and tags. British spelling.

Each oracle below follows the semantics in the mapping cases' README (tests/mapping/cases/README.md): a blank is
empty or whitespace-only; a default or fallback only replaces a blank; "left off" means the key
is absent; a filtered record is dropped; value tables match case-sensitively; E.164 prefixes the
assumed country. Every expected record carries the destination's match key (see
authoring.MATCH_KEY_NOTE), named in the text or not.

Case count per pair (42): HubSpot contacts to Salesforce Leads 8, to Salesforce Contacts 6, to
Mailchimp members 6, to Segment identify 4, to GA4 events 3; Salesforce Leads to HubSpot 5;
Salesforce Contacts to Mailchimp 4 and to Segment 3; Mailchimp members to HubSpot 3.

Rules exercised: straight copies; fixed values; defaults on blank; two- and three-step
fallbacks; leave-off-if-blank; lower/upper case, trim, title case, first word, local part and
domain of the email, E.164 (US and UK), number, whole number, date only; value tables with and
without a catch-all; conditions on equality, "over N" and blank; true/false flags and the
HubSpot opt-out written as text; only/skip filters; nested destinations (traits.x.y,
merge_fields.X, events[].params); Mailchimp tags; concatenation templates.
"""

from __future__ import annotations

import copy
from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def either(a: str | None, b: str | None) -> str | None:
    """The first value unless it is blank, then the second (a two-step fallback)."""
    return b if blank(a) else a


def unsub(r: R) -> bool:
    """hs_email_optout as a flag; every text that reads it says a blank is not opted out."""
    return r["hs_email_optout"] == "true"


def drop_if_blank(v: object) -> object:
    """A value the text says to leave off when blank."""
    return OMIT if blank(v) else v


# a HubSpot contact with padded values and no phone numbers at all
HS_PAD: R = {
    "email": "tomas.novak@vltavaworks.cz", "firstname": " Tomas  ", "lastname": "Novak", "company": "  Vltava Works ",
    "phone": "", "mobilephone": "", "jobtitle": "  ", "hs_analytics_source": "DIRECT_TRAFFIC",
    "lifecyclestage": "opportunity", "country": "Czech Republic", "city": "Prague", "state": "  ", "zip": "110 00",
    "address": "Na Prikope 3", "annualrevenue": "  ", "numemployees": "140", "industry": "  ", "website": "  ",
    "createdate": "2024-05-21T13:10:00.000Z", "hs_email_optout": "  ",
}
# a HubSpot contact with a two-word first name, lower-case last name and city, high revenue
HS_TWO: R = {
    "email": "anna.lisa.berg@fjordmedia.no", "firstname": "Anna Lisa", "lastname": "berg", "company": "Fjord Media",
    "phone": "+47 55 55 01 23", "mobilephone": "", "jobtitle": "Creative Director", "hs_analytics_source": "SOCIAL_MEDIA",
    "lifecyclestage": "evangelist", "country": "Norway", "city": "bergen", "state": "Vestland", "zip": "5003",
    "address": "Bryggen 7", "annualrevenue": "7250000", "numemployees": "64", "industry": "Media",
    "website": "https://fjordmedia.no", "createdate": "2023-10-12T12:30:00.000Z", "hs_email_optout": "false",
}
HS_T: list[R] = [*copy.deepcopy(HS), copy.deepcopy(HS_TWO)]
HS_A: list[R] = [*copy.deepcopy(HS), copy.deepcopy(HS_PAD), copy.deepcopy(HS_TWO)]
HS_LOW: list[R] = copy.deepcopy(HS_T)
for _r in HS_LOW:
    _r["email"] = _r["email"].lower()

# two more UK leads (one with a padded company, one already in +44 form)
SFL_GB: list[R] = [
    {"Email": "Isla.Campbell@ThistleData.co.uk", "FirstName": "Isla", "LastName": "Campbell", "Company": "  Thistle Data ",
     "Title": "Data Lead", "Phone": "07700 900456", "Street": "9 Rose St", "City": "Edinburgh", "PostalCode": "EH2 2PR",
     "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "Advertisement",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "980000"},
    {"Email": "rhys.evans@valleyworks.co.uk", "FirstName": "Rhys", "LastName": "Evans", "Company": "Valley Works",
     "Title": "", "Phone": "+44 161 496 0011", "Street": "3 Oxford Rd", "City": "Manchester", "PostalCode": "M1 5QA",
     "Country": "United Kingdom", "Status": "Open - Not Contacted", "Rating": "Cold", "LeadSource": "Web",
     "HasOptedOutOfEmail": True, "AnnualRevenue": "150000.5"},
]
SFL_X: list[R] = [*copy.deepcopy(SFL), *copy.deepcopy(SFL_GB)]

# two more Salesforce contacts: a Swiss one and an Italian one
SFC_CH: R = {
    "Email": "marc.keller@zuerichtech.ch", "FirstName": "Marc", "LastName": "Keller", "Title": "CEO",
    "Department": "Management", "Phone": "+41 44 555 0123", "MailingCity": "Zurich", "MailingCountry": "Switzerland",
    "LeadSource": "Partner Referral", "HasOptedOutOfEmail": False, "Birthdate": "1979-02-14",
}
SFC_IT: R = {
    "Email": "giulia.conti@milanodesign.it", "FirstName": "Giulia", "LastName": "Conti", "Title": "Art Director",
    "Department": "Engineering", "Phone": "(646) 555-0102", "MailingCity": "Milan", "MailingCountry": "Italy",
    "LeadSource": "", "HasOptedOutOfEmail": False, "Birthdate": "",
}
SFC_2: list[R] = [*copy.deepcopy(SFC), copy.deepcopy(SFC_CH)]
SFC_3: list[R] = [*copy.deepcopy(SFC), copy.deepcopy(SFC_CH), copy.deepcopy(SFC_IT)]
SFC_LOW: list[R] = copy.deepcopy(SFC_2)
for _r in SFC_LOW:
    _r["Email"] = _r["Email"].lower()

# two more Mailchimp members: a subscribed one with a +44 number, one with no names at all
MC_X: list[R] = [
    *copy.deepcopy(MC),
    {"email_address": "harriet.cole@brightbooks.co.uk", "status": "subscribed",
     "merge_fields": {"FNAME": "Harriet", "LNAME": "Cole", "PHONE": "+44 20 7946 0123"},
     "tags": ["Newsletter"], "language": "en", "vip": False},
    {"email_address": "info@kestrelhomes.com", "status": "pending",
     "merge_fields": {"FNAME": "", "LNAME": "  ", "PHONE": "(303) 555-0171"},
     "tags": [], "language": "en", "vip": True},
]

# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h28-01-lead-core-fields", H, L,
      "Field-by-field sync brief: HubSpot contacts → Salesforce Leads\n"
      "Email — straight copy of their email\n"
      "First Name — straight copy\n"
      "Last Name — straight copy\n"
      "Company — their company name; 'Unknown' if blank\n"
      "Lead Source — fixed value 'Web'", HS_A)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "LeadSource": "Web"}


@case("h28-02-lead-phone-fallback-e164", H, L,
      "HubSpot → Salesforce Leads, phone clean-up\n"
      "Email — copied as is\n"
      "Last Name — copied as is\n"
      "Phone — their Phone Number, or their Mobile Phone Number when Phone Number is blank; "
      "formatted E.164 either way (assume US when there's no country code)", HS_T)
def _02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Phone": e164(either(r["phone"], r["mobilephone"]) or "")}


LS_03 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral"}


@case("h28-03-lead-source-table", H, L,
      "Lead Source mapping for the HubSpot → SF Leads sync:\n"
      "Email — straight copy of their email\n"
      "Lead Source — from Original Source: 'ORGANIC_SEARCH' → 'Web'; 'PAID_SEARCH' and 'PAID_SOCIAL' → "
      "'Advertisement'; 'REFERRALS' → 'External Referral'; anything else (blank included) → 'Other'\n"
      "Lead Status — fixed value 'Open - Not Contacted'", HS_A)
def _03(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": LS_03.get(r["hs_analytics_source"], "Other"),
            "Status": "Open - Not Contacted"}


@case("h28-04-lead-revenue-employees", H, L,
      "Email — straight copy\n"
      "Company — straight copy\n"
      "Annual Revenue — their annual revenue as a number; left off if blank\n"
      "Employees — Number of Employees as a whole number; left off if blank", HS_A)
def _04(r: R) -> Out:
    return keep({"Email": r["email"], "Company": r["company"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h28-05-lead-rating-by-revenue", H, L,
      "Rating brief (HubSpot → Salesforce Leads)\n"
      "Email — straight copy of their email\n"
      "Title — their job title; 'Not provided' if blank\n"
      "Rating — 'Hot' when annual revenue is over 5,000,000, otherwise 'Cold' (blank revenue → 'Cold')", HS_T)
def _05(r: R) -> Out:
    hot = not blank(r["annualrevenue"]) and float(r["annualrevenue"]) > 5_000_000
    return {"Email": r["email"], "Title": dflt(r["jobtitle"], "Not provided"), "Rating": "Hot" if hot else "Cold"}


@case("h28-06-lead-sales-ready-title-case", H, L,
      "Only sales-ready contacts for this one.\n"
      "Email — their email, lower-cased\n"
      "First Name — their first name, title case\n"
      "Last Name — their last name, title case\n"
      "City — their city, title case\n"
      "Notes: only contacts whose Lifecycle Stage is 'marketingqualifiedlead', 'salesqualifiedlead' or "
      "'customer'; everyone else stays out.", HS_T)
def _06(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead", "customer"):
        return None
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"])}


@case("h28-07-lead-trim-company-description", H, L,
      "Email — straight copy of their email\n"
      "Last Name — straight copy\n"
      "Company — their company, trimmed of stray spaces; 'Unknown' if blank\n"
      "Description — 'Stage: ' + their Lifecycle Stage + ', country: ' + their Country/Region "
      "(e.g. 'Stage: lead, country: Japan')", HS_A)
def _07(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Company": "Unknown" if blank(r["company"]) else r["company"].strip(),
            "Description": f"Stage: {r['lifecyclestage']}, country: {r['country']}"}


@case("h28-08-lead-skip-unsubscribed", H, L,
      "Email — straight copy\n"
      "Country — their Country/Region, upper-cased\n"
      "State/Province — their State/Region; left off if blank\n"
      "Notes: skip anyone whose 'Unsubscribed from all email' is 'true' (a blank counts as still subscribed).",
      HS_A)
def _08(r: R) -> Out:
    if unsub(r):
        return None
    return keep({"Email": r["email"], "Country": r["country"].upper(), "State": drop_if_blank(r["state"])})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h28-09-contact-optout-mobile", H, C,
      "HubSpot contacts → Salesforce Contacts\n"
      "Email — straight copy\n"
      "First Name / Last Name — straight copies\n"
      "Email Opt Out — ticked (true) when 'Unsubscribed from all email' is 'true', unticked (false) otherwise, "
      "blanks included\n"
      "Mobile Phone — their Mobile Phone Number as is; left off if blank", HS_A)
def _09(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "HasOptedOutOfEmail": unsub(r), "MobilePhone": drop_if_blank(r["mobilephone"])})


@case("h28-10-contact-title-department", H, C,
      "Email — straight copy of their email\n"
      "Title — their Job Title, trimmed; left off if blank\n"
      "Department — fixed value 'Marketing'\n"
      "Mailing City — their City, title case", HS_A)
def _10(r: R) -> Out:
    return keep({"Email": r["email"], "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].strip(),
                 "Department": "Marketing", "MailingCity": title(r["city"])})


DEPT_11 = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Marketing",
           "salesqualifiedlead": "Sales", "opportunity": "Sales", "customer": "Account Management",
           "evangelist": "Community"}


@case("h28-11-contact-department-by-stage", H, C,
      "Email — their email, lower-cased\n"
      "Department — by Lifecycle Stage: 'subscriber', 'lead' and 'marketingqualifiedlead' → 'Marketing'; "
      "'salesqualifiedlead' and 'opportunity' → 'Sales'; 'customer' → 'Account Management'; "
      "'evangelist' → 'Community'\n"
      "Mailing Country — straight copy of Country/Region", HS_T)
def _11(r: R) -> Out:
    return {"Email": r["email"].lower(), "Department": DEPT_11[r["lifecyclestage"]], "MailingCountry": r["country"]}


@case("h28-12-contact-phone-three-step", H, C,
      "Email — straight copy\n"
      "Last Name — straight copy\n"
      "Business Phone — their Phone Number; if blank, their Mobile Phone Number; if both blank, 'TBC'", HS_A)
def _12(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Phone": dflt(either(r["phone"], r["mobilephone"]), "TBC")}


@case("h28-13-contact-since-date", H, C,
      "Email — straight copy of their email\n"
      "Department — their Industry; 'General' if blank\n"
      "Contact Description — 'HubSpot contact since ' followed by their Create Date as YYYY-MM-DD "
      "(e.g. 'HubSpot contact since 2023-07-02')", HS_A)
def _13(r: R) -> Out:
    return {"Email": r["email"], "Department": dflt(r["industry"], "General"),
            "Description": "HubSpot contact since " + day(r["createdate"])}


@case("h28-14-contact-referral-donotcall", H, C,
      "Email — straight copy\n"
      "Lead Source — 'Partner Referral' when Original Source is 'REFERRALS', otherwise 'Web' (blank source → 'Web')\n"
      "Do Not Call — true when they have no Phone Number (blank), false when they do", HS_A)
def _14(r: R) -> Out:
    return {"Email": r["email"],
            "LeadSource": "Partner Referral" if r["hs_analytics_source"] == "REFERRALS" else "Web",
            "DoNotCall": blank(r["phone"])}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h28-15-mc-basic-subscribed", H, M,
      "HubSpot → Mailchimp audience\n"
      "Email Address — their email, lower-cased\n"
      "First Name (FNAME) — straight copy\n"
      "Last Name (LNAME) — straight copy\n"
      "Status — fixed value 'subscribed'", HS)
def _15(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "status": "subscribed"}


@case("h28-16-mc-status-from-optout-tags", H, M,
      "Email Address — straight copy of their email\n"
      "Status — 'unsubscribed' if 'Unsubscribed from all email' is 'true', else 'subscribed' (blank = subscribed)\n"
      "Notes: tag everyone 'HubSpot' and 'Newsletter', in that order.", HS_A)
def _16(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if unsub(r) else "subscribed",
            "tags": ["HubSpot", "Newsletter"]}


@case("h28-17-mc-first-word-upper-phone", H, M,
      "Email Address — straight copy\n"
      "First Name (FNAME) — first word of their First Name only\n"
      "Last Name (LNAME) — their Last Name, upper-cased\n"
      "Phone Number (PHONE) — their Phone Number in E.164 (US assumed); left off if blank", HS_T)
def _17(r: R) -> Out:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"].upper(),
                                  "PHONE": OMIT if blank(r["phone"]) else e164(r["phone"])}})


@case("h28-18-mc-vip-skip-no-company", H, M,
      "Email Address — straight copy of their email\n"
      "First Name (FNAME) — straight copy\n"
      "VIP — true when Lifecycle Stage is 'customer' or 'evangelist', false otherwise\n"
      "Notes: skip contacts with a blank Company Name.", HS_T)
def _18(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]},
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h28-19-mc-customer-tag-language", H, M,
      "Email Address — straight copy\n"
      "First Name (FNAME) — their First Name, title case\n"
      "Language — fixed value 'en'\n"
      "Tags — 'Customer' for contacts whose Lifecycle Stage is 'customer'; no tags (empty list) for everyone else",
      HS_T)
def _19(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])}, "language": "en",
            "tags": ["Customer"] if r["lifecyclestage"] == "customer" else []}


@case("h28-20-mc-mobile-first-e164", H, M,
      "Email Address — straight copy of their email\n"
      "Email type — fixed value 'html'\n"
      "Phone Number (PHONE) — their Mobile Phone Number, falling back to Phone Number; E.164 either way "
      "(US assumed); left off if both are blank", HS_A)
def _20(r: R) -> Out:
    ph = either(r["mobilephone"], r["phone"])
    return keep({"email_address": r["email"], "email_type": "html",
                 "merge_fields": {"PHONE": OMIT if blank(ph) else e164(ph or "")}})


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h28-21-seg-names-full-name", H, S,
      "HubSpot → Segment identify calls\n"
      "User ID — their email, lower-cased\n"
      "First name (traits.firstName) — straight copy\n"
      "Last name (traits.lastName) — straight copy\n"
      "Full name (traits.name) — first name, a space, then last name", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h28-22-seg-company-plan", H, S,
      "Company traits only for this one (match on email as usual).\n"
      "Company name (traits.company.name) — their company; 'Unknown' if blank\n"
      "Employee count (traits.company.employee_count) — Number of Employees as a whole number; left off if blank\n"
      "Company plan (traits.company.plan) — 'Enterprise' when Number of Employees is over 100, otherwise "
      "'Standard' (blank → 'Standard')", HS_A)
def _22(r: R) -> Out:
    n = None if blank(r["numemployees"]) else int(r["numemployees"])
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "employee_count": OMIT if n is None else n,
                                        "plan": "Enterprise" if n is not None and n > 100 else "Standard"}}})


@case("h28-23-seg-address-created", H, S,
      "User ID — straight copy of their email\n"
      "City (traits.address.city) — their City, title case\n"
      "Postal code (traits.address.postalCode) — straight copy of Postal Code\n"
      "Country (traits.address.country) — straight copy of Country/Region\n"
      "Created at (traits.createdAt) — Create Date, date only (YYYY-MM-DD)", HS_T)
def _23(r: R) -> Out:
    return {"userId": r["email"],
            "traits": {"address": {"city": title(r["city"]), "postalCode": r["zip"], "country": r["country"]},
                       "createdAt": day(r["createdate"])}}


@case("h28-24-seg-phone-website-title", H, S,
      "User ID — straight copy of their email\n"
      "Phone (traits.phone) — Phone Number in E.164 (US assumed), or Mobile Phone Number in E.164 if Phone "
      "Number is blank\n"
      "Website (traits.website) — their Website URL; left off if blank\n"
      "Title (traits.title) — job title; 'n/a' if blank", HS_T)
def _24(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"phone": e164(either(r["phone"], r["mobilephone"]) or ""),
                            "website": drop_if_blank(r["website"]), "title": dflt(r["jobtitle"], "n/a")}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h28-25-ga4-generate-lead-no-customers", H, G,
      "HubSpot → GA4 (Measurement Protocol) lead events\n"
      "Client ID — fixed value 'hubspot-crm'\n"
      "Event name — 'generate_lead'\n"
      "Event param 'currency' — fixed 'USD'\n"
      "Event param 'value' — Annual Revenue as a number; 0 if blank\n"
      "Notes: leave customers out (Lifecycle Stage 'customer').", HS_A)
def _25(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    value = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "hubspot-crm",
            "events": [{"name": "generate_lead", "params": {"currency": "USD", "value": value}}]}


@case("h28-26-ga4-sign-up-local-part", H, G,
      "Client ID — the part of their email before the @\n"
      "Event name — 'sign_up'\n"
      "Event param 'method' — Original Source, lower-cased; 'unknown' if blank\n"
      "Event param 'signup_date' — Create Date as YYYY-MM-DD", HS_LOW)
def _26(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "sign_up",
                        "params": {"method": "unknown" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


STAGE_27 = {"marketingqualifiedlead": "mql", "salesqualifiedlead": "sql"}


@case("h28-27-ga4-qualify-lead-stage", H, G,
      "Client ID — straight copy of their email\n"
      "Event name — 'qualify_lead'\n"
      "Event param 'lead_stage' — 'mql' for 'marketingqualifiedlead', 'sql' for 'salesqualifiedlead', "
      "'other' for any other Lifecycle Stage\n"
      "Event param 'employees' — Number of Employees as a whole number; left off if blank", HS_A)
def _27(r: R) -> Out:
    return keep({"client_id": r["email"],
                 "events": [{"name": "qualify_lead",
                             "params": keep({"lead_stage": STAGE_27.get(r["lifecyclestage"], "other"),
                                             "employees": OMIT if blank(r["numemployees"])
                                             else int(r["numemployees"])})}]})


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

STATUS_28 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h28-28-sfl-hs-lead-status-table", L, H,
      "Salesforce Leads → HubSpot contacts\n"
      "Email — straight copy\n"
      "First Name / Last Name — straight copies\n"
      "Company Name — their Company, trimmed\n"
      "Lead Status — from the Salesforce Lead Status: 'Open - Not Contacted' → 'NEW'; 'Working - Contacted' → "
      "'IN_PROGRESS'; 'Closed - Converted' → 'OPEN_DEAL'; 'Closed - Not Converted' → 'UNQUALIFIED'", SFL_X)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"].strip(), "hs_lead_status": STATUS_28[r["Status"]]}


@case("h28-29-sfl-hs-optout-stage-revenue", L, H,
      "Email — straight copy\n"
      "Unsubscribed from all email — the text 'true' when Email Opt Out is ticked, 'false' when not\n"
      "Lifecycle Stage — 'customer' if Lead Status is 'Closed - Converted', otherwise 'lead'\n"
      "Annual Revenue — as a number; left off if blank", SFL)
def _29(r: R) -> Out:
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h28-30-sfl-hs-uk-only-e164", L, H,
      "UK leads only.\n"
      "Email — straight copy\n"
      "Phone Number — their Phone in E.164, UK numbers assumed (+44)\n"
      "City — straight copy\n"
      "Country/Region — straight copy of Country\n"
      "Notes: only leads whose Country is 'United Kingdom'.", SFL_X)
def _30(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"], "country": r["Country"]}


SRC_31 = {"Web": "ORGANIC_SEARCH", "Trade Show": "OFFLINE", "Partner Referral": "REFERRALS"}


@case("h28-31-sfl-hs-source-table-title", L, H,
      "Email — their Email, lower-cased\n"
      "Job Title — their Title; 'Not specified' if blank\n"
      "Original Source — from Lead Source: 'Web' → 'ORGANIC_SEARCH'; 'Trade Show' → 'OFFLINE'; "
      "'Partner Referral' → 'REFERRALS'; anything else, blank included → 'OTHER_CAMPAIGNS'", SFL_X)
def _31(r: R) -> Out:
    return {"email": r["Email"].lower(), "jobtitle": dflt(r["Title"], "Not specified"),
            "hs_analytics_source": SRC_31.get(r["LeadSource"], "OTHER_CAMPAIGNS")}


@case("h28-32-sfl-hs-message-template", L, H,
      "Email — straight copy of their Email\n"
      "Street Address — straight copy of Street\n"
      "Postal Code — straight copy\n"
      "Message — their Rating + ' lead from ' + their Company (e.g. 'Warm lead from Kumo KK')\n"
      "Notes: exclude leads with Lead Status 'Closed - Not Converted'.", SFL)
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "address": r["Street"], "zip": r["PostalCode"],
            "message": f"{r['Rating']} lead from {r['Company']}"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h28-33-sfc-mc-status-tag", C, M,
      "Salesforce Contacts → Mailchimp\n"
      "Email Address — their Email, lower-cased\n"
      "First Name (FNAME) / Last Name (LNAME) — straight copies\n"
      "Status — 'unsubscribed' when Email Opt Out is ticked, otherwise 'subscribed'\n"
      "Notes: tag everyone 'Salesforce'.", SFC_2)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": ["Salesforce"]}


@case("h28-34-sfc-mc-merge-fields", C, M,
      "Merge fields brief:\n"
      "First Name (FNAME) — their First Name, upper-cased\n"
      "Birthday (BIRTHDAY) — their Birthdate as is; left off if blank\n"
      "Phone Number (PHONE) — Business Phone in E.164 (assume US)", SFC)
def _34(r: R) -> Out:
    return keep({"email_address": r["Email"],
                 "merge_fields": {"FNAME": r["FirstName"].upper(), "BIRTHDAY": drop_if_blank(r["Birthdate"]),
                                  "PHONE": e164(r["Phone"])}})


@case("h28-35-sfc-mc-dach-only", C, M,
      "DACH contacts only.\n"
      "Email Address — straight copy of their Email\n"
      "First Name (FNAME) — straight copy\n"
      "Language — fixed value 'de'\n"
      "Notes: only contacts whose Mailing Country is 'Germany', 'Austria' or 'Switzerland'; tag them 'DACH'.",
      SFC_3)
def _35(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria", "Switzerland"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}, "language": "de",
            "tags": ["DACH"]}


TAG_36 = {"Engineering": ["Tech"], "Sales": ["Sales"]}


@case("h28-36-sfc-mc-vip-department-tags", C, M,
      "Email Address — straight copy\n"
      "VIP — true if their Title is 'CTO' or 'CEO', false otherwise (blank Title → false)\n"
      "Tags — 'Tech' when Department is 'Engineering', 'Sales' when it's 'Sales', no tags for any other "
      "department or a blank one", SFC_3)
def _36(r: R) -> Out:
    return {"email_address": r["Email"], "vip": r["Title"] in ("CTO", "CEO"), "tags": TAG_36.get(r["Department"], [])}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h28-37-sfc-seg-title-birthday", C, S,
      "Salesforce Contacts → Segment\n"
      "User ID — their Email, lower-cased\n"
      "Email (traits.email) — straight copy of Email\n"
      "Title (traits.title) — their Title; left off if blank\n"
      "Birthday (traits.birthday) — their Birthdate; left off if blank", SFC_2)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "title": drop_if_blank(r["Title"]),
                            "birthday": drop_if_blank(r["Birthdate"])}})


@case("h28-38-sfc-seg-name-city-domain", C, S,
      "User ID — straight copy of their Email\n"
      "Full name (traits.name) — First Name, a space, Last Name\n"
      "City (traits.address.city) — Mailing City\n"
      "Website (traits.website) — the part of their Email after the @", SFC_LOW)
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"name": r["FirstName"] + " " + r["LastName"], "address": {"city": r["MailingCity"]},
                       "website": after_at(r["Email"])}}


@case("h28-39-sfc-seg-skip-optouts", C, S,
      "User ID — straight copy of their Email\n"
      "First name (traits.firstName) — their First Name, upper-cased\n"
      "Description (traits.description) — their Lead Source; 'Unknown' if blank\n"
      "Notes: leave out contacts with Email Opt Out ticked.", SFC_3)
def _39(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"userId": r["Email"],
            "traits": {"firstName": r["FirstName"].upper(), "description": dflt(r["LeadSource"], "Unknown")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h28-40-mc-hs-title-case-optout", M, H,
      "Mailchimp → HubSpot\n"
      "Email — straight copy of Email Address\n"
      "First Name — FNAME merge field, title case\n"
      "Last Name — LNAME merge field, title case\n"
      "Unsubscribed from all email — the text 'true' when Status is 'unsubscribed', 'false' for any other status",
      MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"}


@case("h28-41-mc-hs-subscribed-only", M, H,
      "Subscribed members only.\n"
      "Email — straight copy of Email Address\n"
      "Phone Number — PHONE merge field in E.164 (US assumed); left off if blank\n"
      "Preferred language — straight copy of Language\n"
      "Lifecycle Stage — fixed value 'subscriber'\n"
      "Notes: only members whose Status is 'subscribed'.", MC_X)
def _41(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph),
                 "hs_language": r["language"], "lifecyclestage": "subscriber"})


@case("h28-42-mc-hs-last-name-chain-vip", M, H,
      "Email — straight copy of Email Address\n"
      "Last Name — LNAME merge field; FNAME if LNAME is blank; 'Unknown' if both are blank\n"
      "Lifecycle Stage — 'customer' when VIP is true, otherwise 'subscriber'", MC_X)
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "lastname": dflt(either(mf["LNAME"], mf["FNAME"]), "Unknown"),
            "lifecyclestage": "customer" if r["vip"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set28")
