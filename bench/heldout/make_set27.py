"""Held-out set 27, written by a new author who never saw the drafter.

Author persona: a Salesforce administrator who writes every sync as a formal specification:
numbered requirements ("1. The system shall ..."), "must", "in the event that", field labels
qualified by their object ("the Lead's Annual Revenue", "the HubSpot contact's Job Title"),
explicit about empty values ("null or empty"), and the verbs populate / derive / set to /
exclude records where.

Expected records are computed here from the mapping-cases README's semantics (blank = empty or
whitespace, defaults and fallbacks only on blank, "omit" = key absent, filters drop the record,
value tables are case-sensitive, E.164 with an assumed country, title case, etc.). The
destination's match key is always written (authoring.MATCH_KEY_NOTE): Email, email,
email_address, Segment's userId, GA4's client_id.

Pairs (42 cases): hubspot.contacts -> salesforce.Lead (8), salesforce.Contact (6),
mailchimp.members (6), segment.identify (4), ga4.events (3); salesforce.Lead ->
hubspot.contacts (5); salesforce.Contact -> mailchimp.members (4), segment.identify (3);
mailchimp.members -> hubspot.contacts (3).

Rule kinds: copies, constants, defaults when empty, fallbacks (chains of two and three),
omit when empty, transforms (lower, upper, trim, title case, first word, before/after the @,
E.164 US/UK, number, whole number, date), value tables with and without an otherwise,
conditions (equality, greater than, blank), true/false flags (both directions, and the
HubSpot opt-out as text), filters (only / exclude), nested destinations (Segment traits.x.y,
Mailchimp merge_fields.X, GA4 events[].params), tags, templates. Account lookup by company is
not covered.
"""

from __future__ import annotations

from pathlib import Path

from authoring import (
    C,
    Case,
    G,
    H,
    L,
    M,
    Out,
    R,
    S,
    build,
    collector,
    dflt,
    extended,
    lower_emails,
    rev,
)
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def opted_out(v: str | None) -> bool:
    """hs_email_optout read as a flag; every text that reads it says null or empty is false."""
    return v == "true"


def omit_blank(v: object) -> object:
    return OMIT if blank(v) else v


# one more HubSpot contact: padded first name and company, whitespace-only job title,
# revenue and opt-out, no phone numbers at all
HS_PAD: R = {
    "email": "nadia.petrova@blueharbor.co", "firstname": "  Nadia ", "lastname": "Petrova",
    "company": "  Blue Harbor Partners ", "phone": "", "mobilephone": "", "jobtitle": "   ",
    "hs_analytics_source": "DIRECT_TRAFFIC", "lifecyclestage": "opportunity", "country": "Canada",
    "city": "VANCOUVER", "state": "BC", "zip": "V6B 1A1", "address": "10 Water St", "annualrevenue": "   ",
    "numemployees": "75", "industry": "Consulting", "website": "", "createdate": "2024-03-18T12:20:00.000Z",
    "hs_email_optout": "   ",
}
HS_P: list[R] = extended(HS, HS_PAD)

# one more HubSpot contact whose names are written in odd case (for title case), not padded
HS_CASE: R = {
    "email": "owen.harrington@tallpines.org", "firstname": "oWEN", "lastname": "harrington", "company": "Tall Pines Trust",
    "phone": "312 555 0161", "mobilephone": "", "jobtitle": "program director", "hs_analytics_source": "SOCIAL_MEDIA",
    "lifecyclestage": "evangelist", "country": "United States", "city": "chicago", "state": "IL", "zip": "60611",
    "address": "77 Rush St", "annualrevenue": "640000", "numemployees": "31", "industry": "Nonprofit",
    "website": "https://tallpines.org", "createdate": "2023-09-27T14:40:00.000Z", "hs_email_optout": "",
}
HS_C: list[R] = extended(HS, HS_CASE)

# HubSpot contacts with every email already in lower case (for the before/after-@ cases)
HS_LOWER: list[R] = lower_emails(HS_C)

# one more UK lead (a second UK number for the E.164 UK case)
SFL_UK: R = {
    "Email": "olivia.bennett@thamesgrid.co.uk", "FirstName": "Olivia", "LastName": "Bennett", "Company": "  Thames Grid",
    "Title": "Energy Analyst", "Phone": "0161 496 0754", "Street": "5 Deansgate", "City": "Manchester",
    "PostalCode": "M3 2BW", "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm",
    "LeadSource": "Web", "HasOptedOutOfEmail": True, "AnnualRevenue": "750000.5",
}
SFL_X: list[R] = extended(SFL, SFL_UK)


# ---------------------------------------------------------------- HubSpot contact -> Salesforce Lead

@case("h27-01-hs-lead-core-copies", H, L,
      "Requirements for the HubSpot contact to Salesforce Lead synchronization:\n"
      "1. The system shall populate the Lead's Email with the HubSpot contact's Email.\n"
      "2. The system shall populate the Lead's First Name and Last Name with the contact's First Name and Last Name "
      "respectively, unchanged.\n"
      "3. The Lead's Company must be set to the contact's Company Name. In the event that the Company Name is null or "
      "empty, the Lead's Company shall be set to \"Unknown Company\".", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown Company")}


@case("h27-02-hs-lead-title-case-names", H, L,
      "1. The system shall set the Lead's Email to the HubSpot contact's Email converted to lower case.\n"
      "2. The Lead's First Name shall be derived from the contact's First Name in title case (first letter of each "
      "word upper case, remaining letters lower case).\n"
      "3. The Lead's Last Name shall be derived from the contact's Last Name in title case as well.\n"
      "4. The Lead's City shall be populated with the contact's City, also in title case.", HS_C)
def _02(r: R) -> Out:
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"])}


@case("h27-03-hs-lead-phone-fallback-e164", H, L,
      "Phone requirements (Lead):\n"
      "1. The Lead's Email shall be populated from the HubSpot contact's Email.\n"
      "2. The Lead's Phone shall be derived from the contact's Phone Number, formatted as E.164 with United States "
      "as the assumed country.\n"
      "3. In the event that the contact's Phone Number is null or empty, the Lead's Phone shall instead be derived "
      "from the contact's Mobile Phone Number, formatted the same way (E.164, US assumed).\n"
      "4. In the event that both numbers are null or empty, the Lead's Phone must be omitted from the record.", HS_P)
def _03(r: R) -> Out:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(src) else e164(src)})


@case("h27-04-hs-lead-status-from-lifecycle", H, L,
      "1. The system shall populate the Lead's Email with the HubSpot contact's Email.\n"
      "2. The Lead's Lead Status shall be derived from the contact's Lifecycle Stage as follows: \"lead\" -> "
      "\"Open - Not Contacted\"; \"marketingqualifiedlead\" and \"salesqualifiedlead\" -> \"Working - Contacted\"; "
      "\"customer\" -> \"Closed - Converted\". For any other Lifecycle Stage value, the Lead Status shall be set to "
      "\"Open - Not Contacted\".\n"
      "3. The Lead's Rating must be set to the constant \"Warm\" for every record.", HS_P)
def _04(r: R) -> Out:
    st = {"lead": "Open - Not Contacted", "marketingqualifiedlead": "Working - Contacted",
          "salesqualifiedlead": "Working - Contacted", "customer": "Closed - Converted"}
    return {"Email": r["email"], "Status": st.get(r["lifecyclestage"], "Open - Not Contacted"), "Rating": "Warm"}


@case("h27-05-hs-lead-revenue-employees-numbers", H, L,
      "1. The Lead's Email shall be populated with the HubSpot contact's Email.\n"
      "2. The Lead's Annual Revenue shall be derived from the contact's Annual Revenue, converted to a number. In "
      "the event that the contact's Annual Revenue is null or empty, the Lead's Annual Revenue must be omitted.\n"
      "3. The Lead's Employees shall be derived from the contact's Number of Employees as a whole number (integer). "
      "In the event that the Number of Employees is null or empty, the Lead's Employees shall be set to 0.", HS_P)
def _05(r: R) -> Out:
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": 0 if blank(r["numemployees"]) else int(float(r["numemployees"]))})


@case("h27-06-hs-lead-source-table", H, L,
      "Lead Source requirements:\n"
      "1. The system shall populate the Lead's Email with the HubSpot contact's Email.\n"
      "2. The Lead's Lead Source shall be derived from the contact's Original Source using the following table: "
      "ORGANIC_SEARCH = \"Web\", PAID_SEARCH = \"Advertisement\", PAID_SOCIAL = \"Advertisement\", REFERRALS = "
      "\"External Referral\", DIRECT_TRAFFIC = \"Web\".\n"
      "3. In the event that the contact's Original Source is null or empty, the Lead's Lead Source must not be "
      "populated (omit the field).", HS_P)
def _06(r: R) -> Out:
    tbl = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral", "DIRECT_TRAFFIC": "Web"}
    src = r["hs_analytics_source"]
    return keep({"Email": r["email"], "LeadSource": OMIT if blank(src) else tbl[src]})


@case("h27-07-hs-lead-us-only-address", H, L,
      "Scope: only HubSpot contacts whose Country/Region is exactly \"United States\" shall be synchronized; the "
      "system shall exclude all other records, including records where the Country/Region is null or empty.\n"
      "1. The Lead's Email shall be populated from the contact's Email.\n"
      "2. The Lead's Street, City, State/Province and Zip/Postal Code shall be populated from the contact's Street "
      "Address, City, State/Region and Postal Code respectively, without modification.\n"
      "3. The Lead's Country shall be set to the constant \"USA\".", HS_C)
def _07(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Street": r["address"], "City": r["city"], "State": r["state"],
            "PostalCode": r["zip"], "Country": "USA"}


@case("h27-08-hs-lead-description-template", H, L,
      "1. The system shall populate the Lead's Email with the HubSpot contact's Email.\n"
      "2. The Lead's Description shall be set to the text \"HubSpot contact since <date>; stage: <stage>\", where "
      "<date> is the contact's Create Date in YYYY-MM-DD format and <stage> is the contact's Lifecycle Stage value "
      "as stored.\n"
      "3. The Lead's Last Name shall be populated with the contact's Last Name converted to upper case.", HS)
def _08(r: R) -> Out:
    return {"Email": r["email"],
            "Description": f"HubSpot contact since {r['createdate'][:10]}; stage: {r['lifecyclestage']}",
            "LastName": r["lastname"].upper()}


# ---------------------------------------------------------------- HubSpot contact -> Salesforce Contact

@case("h27-09-hs-contact-optout-flag", H, C,
      "1. The Salesforce Contact's Email shall be populated with the HubSpot contact's Email.\n"
      "2. The Contact's Email Opt Out shall be set to true in the event that the HubSpot contact's \"Unsubscribed "
      "from all email\" property holds the text \"true\". It shall be set to false when that property is \"false\" "
      "or is null or empty.\n"
      "3. The Contact's Last Name shall be copied from the contact's Last Name.", HS_P)
def _09(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": opted_out(r["hs_email_optout"]), "LastName": r["lastname"]}


@case("h27-10-hs-contact-mailing-address", H, C,
      "1. The system shall populate the Contact's Email with the HubSpot contact's Email.\n"
      "2. The Contact's Mailing City shall be derived from the HubSpot contact's City in title case.\n"
      "3. The Contact's Mailing State/Province shall be populated with the contact's State/Region. In the event "
      "that the State/Region is null or empty, the Mailing State/Province must be omitted.\n"
      "4. The Contact's Mailing Zip/Postal Code and Mailing Country shall be populated with the contact's Postal "
      "Code and Country/Region, unchanged.", HS_C)
def _10(r: R) -> Out:
    return keep({"Email": r["email"], "MailingCity": title(r["city"]), "MailingState": omit_blank(r["state"]),
                 "MailingPostalCode": r["zip"], "MailingCountry": r["country"]})


@case("h27-11-hs-contact-title-fallback-chain", H, C,
      "1. The Contact's Email shall be set to the HubSpot contact's Email in lower case.\n"
      "2. The Contact's Title shall be populated with the HubSpot contact's Job Title. In the event that the Job "
      "Title is null or empty, the system shall use the contact's Industry instead. In the event that both are null "
      "or empty, the Title shall be set to \"Not Provided\".\n"
      "3. The Contact's Department must be set to the constant \"Marketing\".", HS_P)
def _11(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Not Provided")
    return {"Email": r["email"].lower(), "Title": t, "Department": "Marketing"}


@case("h27-12-hs-contact-exclude-early-stages", H, C,
      "Scope: the system shall exclude records where the HubSpot contact's Lifecycle Stage is \"subscriber\" or "
      "\"lead\". All other records are synchronized.\n"
      "1. The Contact's Email shall be populated with the HubSpot contact's Email.\n"
      "2. The Contact's First Name and Last Name shall be copied from the contact's First Name and Last Name.\n"
      "3. The Contact's Department shall be derived from the first word of the contact's Job Title. In the event "
      "that the Job Title is null or empty, the Department must be omitted.\n"
      "4. The Contact's Lead Source shall be set to \"Web\".", HS_C)
def _12(r: R) -> Out:
    if r["lifecyclestage"] in ("subscriber", "lead"):
        return None
    jt = r["jobtitle"]
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "Department": OMIT if blank(jt) else jt.split()[0], "LeadSource": "Web"})


@case("h27-13-hs-contact-trim-mobile", H, C,
      "1. The Contact's Email shall be populated with the HubSpot contact's Email.\n"
      "2. The Contact's First Name shall be derived from the HubSpot contact's First Name with leading and trailing "
      "whitespace trimmed.\n"
      "3. The Contact's Mobile Phone shall be derived from the contact's Mobile Phone Number in E.164 format, "
      "assuming United States numbers. In the event that the Mobile Phone Number is null or empty, the Contact's "
      "Mobile Phone must be omitted.", HS_P)
def _13(r: R) -> Out:
    m = r["mobilephone"]
    return keep({"Email": r["email"], "FirstName": r["firstname"].strip(), "MobilePhone": OMIT if blank(m) else e164(m)})


@case("h27-14-hs-contact-revenue-tier", H, C,
      "1. The system shall populate the Contact's Email with the HubSpot contact's Email.\n"
      "2. In the event that the HubSpot contact's Annual Revenue is greater than 1,000,000, the Contact's "
      "Description shall be set to \"Enterprise account\". Otherwise, including when the Annual Revenue is null or "
      "empty, the Description shall be set to \"Standard account\".", HS_P)
def _14(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Description": "Enterprise account" if v is not None and v > 1_000_000
            else "Standard account"}


# ---------------------------------------------------------------- HubSpot contact -> Mailchimp member

@case("h27-15-hs-mc-merge-fields", H, M,
      "1. The Mailchimp member's Email Address shall be populated with the HubSpot contact's Email in lower case.\n"
      "2. The member's merge field FNAME shall be populated with the contact's First Name, and merge field LNAME "
      "with the contact's Last Name, both unchanged.\n"
      "3. The member's Subscription status must be set to \"subscribed\".", HS)
def _15(r: R) -> Out:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed"}


@case("h27-16-hs-mc-status-from-optout", H, M,
      "1. The member's Email Address shall be populated from the HubSpot contact's Email.\n"
      "2. The member's Subscription status shall be derived from the contact's \"Unsubscribed from all email\" "
      "property: in the event that it is the text \"true\", set the status to \"unsubscribed\"; in every other case "
      "(\"false\", null or empty) set it to \"subscribed\".", HS_P)
def _16(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if opted_out(r["hs_email_optout"]) else "subscribed"}


@case("h27-17-hs-mc-tags", H, M,
      "1. The system shall populate the member's Email Address with the HubSpot contact's Email.\n"
      "2. The member's Tags shall be a list of exactly two entries, in this order: the constant \"HubSpot Sync\", "
      "followed by the contact's Lifecycle Stage value as stored.\n"
      "3. The member's Language shall be set to \"en\".", HS)
def _17(r: R) -> Out:
    return {"email_address": r["email"], "tags": ["HubSpot Sync", r["lifecyclestage"]], "language": "en"}


@case("h27-18-hs-mc-phone-vip", H, M,
      "1. The member's Email Address shall be populated with the HubSpot contact's Email.\n"
      "2. The member's merge field PHONE shall be derived from the contact's Phone Number formatted as E.164 (assumed "
      "country: United States). In the event that the Phone Number is null or empty, PHONE must be omitted.\n"
      "3. The member's VIP flag shall be set to true in the event that the contact's Lifecycle Stage is "
      "\"customer\", and to false otherwise.", HS_C)
def _18(r: R) -> Out:
    p = r["phone"]
    return keep({"email_address": r["email"], "merge_fields": {"PHONE": OMIT if blank(p) else e164(p)},
                 "vip": r["lifecyclestage"] == "customer"})


@case("h27-19-hs-mc-exclude-unsubscribed", H, M,
      "Scope: the system shall exclude records where the HubSpot contact's \"Unsubscribed from all email\" property "
      "is the text \"true\". Records where it is \"false\", null or empty shall be synchronized.\n"
      "1. The member's Email Address shall be populated from the contact's Email.\n"
      "2. The member's merge field FNAME shall be derived from the contact's First Name in title case.\n"
      "3. The member's Subscription status shall be set to \"subscribed\".", HS_C)
def _19(r: R) -> Out:
    if opted_out(r["hs_email_optout"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])}, "status": "subscribed"}


@case("h27-20-hs-mc-language-table", H, M,
      "1. The member's Email Address shall be populated with the HubSpot contact's Email.\n"
      "2. The member's Language shall be derived from the contact's Country/Region: \"United States\" -> \"en\", "
      "\"Japan\" -> \"ja\", \"Mexico\" -> \"es\", \"France\" -> \"fr\". For any other value, including null or "
      "empty, the Language shall be set to \"en\".\n"
      "3. The member's merge field LNAME shall be derived from the contact's Last Name in upper case.", HS_C)
def _20(r: R) -> Out:
    lang = {"United States": "en", "Japan": "ja", "Mexico": "es", "France": "fr"}
    return {"email_address": r["email"], "language": lang.get(r["country"], "en"),
            "merge_fields": {"LNAME": r["lastname"].upper()}}


# ---------------------------------------------------------------- HubSpot contact -> Segment identify

@case("h27-21-hs-seg-company-traits", H, S,
      "1. The Segment identify call's User ID (userId) shall be populated with the HubSpot contact's Email in lower "
      "case.\n"
      "2. The trait traits.company.name shall be populated with the contact's Company Name; in the event that it is "
      "null or empty, it must be omitted.\n"
      "3. The trait traits.company.industry shall be populated with the contact's Industry; in the event that it is "
      "null or empty, it must be omitted.\n"
      "4. The trait traits.company.employee_count shall be derived from the contact's Number of Employees as a "
      "whole number; in the event that it is null or empty, it must be omitted.", HS_C)
def _21(r: R) -> Out:
    ne = r["numemployees"]
    return keep({"userId": r["email"].lower(), "traits": {"company": {
        "name": omit_blank(r["company"]), "industry": omit_blank(r["industry"]),
        "employee_count": OMIT if blank(ne) else int(float(ne))}}})


@case("h27-22-hs-seg-address-traits", H, S,
      "1. The system shall set userId on the Segment identify call to the HubSpot contact's Email, unchanged.\n"
      "2. The system shall also populate traits.email with the contact's Email, unchanged.\n"
      "3. traits.address.city, traits.address.postalCode and traits.address.country shall be populated with the "
      "contact's City, Postal Code and Country/Region respectively.\n"
      "4. traits.address.state shall be populated with the contact's State/Region; in the event that the "
      "State/Region is null or empty, traits.address.state must be omitted.", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"email": r["email"], "address": {
        "city": r["city"], "postalCode": r["zip"], "country": r["country"], "state": omit_blank(r["state"])}}})


@case("h27-23-hs-seg-full-name-template", H, S,
      "1. The Segment userId shall be populated with the HubSpot contact's Email.\n"
      "2. traits.name shall be set to the contact's First Name, a single space, then the contact's Last Name, "
      "both as stored.\n"
      "3. traits.firstName shall be derived from the contact's First Name in title case.\n"
      "4. traits.createdAt shall be populated with the contact's Create Date, unchanged.", HS_C)
def _23(r: R) -> Out:
    return {"userId": r["email"], "traits": {"name": f"{r['firstname']} {r['lastname']}",
                                             "firstName": title(r["firstname"]), "createdAt": r["createdate"]}}


@case("h27-24-hs-seg-email-parts", H, S,
      "1. The Segment userId shall be populated with the HubSpot contact's Email.\n"
      "2. traits.username shall be derived from the portion of the contact's Email before the @ sign.\n"
      "3. A custom trait traits.email_domain shall be derived from the portion of the contact's Email after the @ "
      "sign.", HS_LOWER)
def _24(r: R) -> Out:
    e = r["email"]
    return {"userId": e, "traits": {"username": e.split("@", 1)[0], "email_domain": e.split("@", 1)[1]}}


# ---------------------------------------------------------------- HubSpot contact -> GA4 events

@case("h27-25-hs-ga4-lead-event", H, G,
      "GA4 Measurement Protocol requirements:\n"
      "1. The Client ID (client_id) shall be derived from the HubSpot contact's Email converted to lower case.\n"
      "2. Each record shall carry one event, events[0], whose name must be set to \"generate_lead\".\n"
      "3. The event parameter events[0].params.lifecycle_stage shall be populated with the contact's Lifecycle "
      "Stage.\n"
      "4. The event parameter events[0].params.original_source shall be populated with the contact's Original "
      "Source; in the event that it is null or empty, it shall be set to \"UNKNOWN\".", HS_P)
def _25(r: R) -> Out:
    return {"client_id": r["email"].lower(), "events": [{"name": "generate_lead", "params": {
        "lifecycle_stage": r["lifecyclestage"], "original_source": dflt(r["hs_analytics_source"], "UNKNOWN")}}]}


@case("h27-26-hs-ga4-revenue-value", H, G,
      "1. The GA4 client_id must be set to the constant \"hubspot-connector\" for every record.\n"
      "2. The GA4 user_id shall be populated with the HubSpot contact's Email, unchanged.\n"
      "3. events[0].name shall be set to \"crm_contact_synced\".\n"
      "4. events[0].params.value shall be derived from the contact's Annual Revenue as a number; in the event that "
      "the Annual Revenue is null or empty, it shall be set to 0.\n"
      "5. events[0].params.currency shall be set to \"USD\".", HS_P)
def _26(r: R) -> Out:
    v = r["annualrevenue"]
    return {"client_id": "hubspot-connector", "user_id": r["email"], "events": [{"name": "crm_contact_synced", "params": {
        "value": 0 if blank(v) else num(v), "currency": "USD"}}]}


@case("h27-27-hs-ga4-qualified-only", H, G,
      "Scope: only HubSpot contacts whose Lifecycle Stage is \"salesqualifiedlead\" or \"customer\" shall be "
      "sent; the system shall exclude all other records.\n"
      "1. The GA4 client_id shall be populated with the contact's Email.\n"
      "2. events[0].name shall be set to \"qualified_contact\".\n"
      "3. events[0].params.created_on shall be derived from the contact's Create Date, formatted as YYYY-MM-DD.", HS_C)
def _27(r: R) -> Out:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "customer"):
        return None
    return {"client_id": r["email"], "events": [{"name": "qualified_contact",
                                                 "params": {"created_on": r["createdate"][:10]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot contact

@case("h27-28-lead-hs-core", L, H,
      "Salesforce Lead to HubSpot contact requirements:\n"
      "1. The HubSpot contact's Email shall be populated with the Lead's Email.\n"
      "2. The contact's First Name and Last Name shall be populated with the Lead's First Name and Last Name.\n"
      "3. The contact's Company Name shall be derived from the Lead's Company with leading and trailing whitespace "
      "trimmed.\n"
      "4. The contact's Job Title shall be populated with the Lead's Title. In the event that the Lead's Title is "
      "null or empty, the Job Title must be omitted.", SFL_X)
def _28(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
                 "company": r["Company"].strip(), "jobtitle": omit_blank(r["Title"])})


@case("h27-29-lead-hs-status-table", L, H,
      "1. The system shall populate the HubSpot contact's Email with the Lead's Email.\n"
      "2. The HubSpot Lead Status (hs_lead_status) shall be derived from the Lead's Lead Status according to the "
      "following mapping: \"Open - Not Contacted\" = NEW; \"Working - Contacted\" = IN_PROGRESS; \"Closed - "
      "Converted\" = OPEN_DEAL; \"Closed - Not Converted\" = UNQUALIFIED.", SFL_X)
def _29(r: R) -> Out:
    tbl = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
           "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": tbl[r["Status"]]}


@case("h27-30-lead-hs-uk-phone", L, H,
      "Scope: only Leads whose Country is exactly \"United Kingdom\" shall be synchronized; the system shall exclude "
      "all other records, including those with a null or empty Country.\n"
      "1. The HubSpot contact's Email shall be populated with the Lead's Email.\n"
      "2. The contact's Phone Number shall be derived from the Lead's Phone in E.164 format, with the United Kingdom "
      "as the assumed country (+44).\n"
      "3. The contact's City shall be populated with the Lead's City.", SFL_X)
def _30(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"]}


@case("h27-31-lead-hs-optout-text-revenue", L, H,
      "1. The HubSpot contact's Email shall be populated with the Lead's Email.\n"
      "2. The contact's \"Unsubscribed from all email\" property shall be set to the text \"true\" when the Lead's "
      "Email Opt Out is true, and to the text \"false\" when it is false.\n"
      "3. The contact's Annual Revenue shall be derived from the Lead's Annual Revenue as a number. In the event "
      "that the Lead's Annual Revenue is null or empty, the contact's Annual Revenue must be omitted.", SFL_X)
def _31(r: R) -> Out:
    v = r["AnnualRevenue"]
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(v) else num(v)})


@case("h27-32-lead-hs-rating-stage", L, H,
      "1. The HubSpot contact's Email shall be derived from the Lead's Email in lower case.\n"
      "2. In the event that the Lead's Rating is \"Hot\", the contact's Lifecycle Stage shall be set to "
      "\"salesqualifiedlead\". In all other cases it shall be set to \"lead\".\n"
      "3. The contact's City shall be derived from the Lead's City in upper case.", SFL)
def _32(r: R) -> Out:
    return {"email": r["Email"].lower(), "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead",
            "city": r["City"].upper()}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp member

@case("h27-33-contact-mc-core", C, M,
      "Salesforce Contact to Mailchimp audience requirements:\n"
      "1. The member's Email Address shall be derived from the Contact's Email in lower case.\n"
      "2. Merge fields FNAME and LNAME shall be populated with the Contact's First Name and Last Name.\n"
      "3. Merge field PHONE shall be derived from the Contact's Business Phone in E.164 format, United States "
      "assumed.\n"
      "4. The member's Subscription status shall be set to \"subscribed\".", SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": e164(r["Phone"])},
            "status": "subscribed"}


@case("h27-34-contact-mc-status-flag", C, M,
      "1. The member's Email Address shall be populated with the Contact's Email, unchanged.\n"
      "2. In the event that the Contact's Email Opt Out is true, the member's Subscription status shall be set to "
      "\"unsubscribed\"; in the event that it is false, the status shall be set to \"subscribed\".\n"
      "3. The member's VIP flag must be set to false for every record.", SFC)
def _34(r: R) -> Out:
    return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "vip": False}


@case("h27-35-contact-mc-tags-lead-source", C, M,
      "Scope: the system shall exclude records where the Contact's Lead Source is null or empty.\n"
      "1. The member's Email Address shall be populated with the Contact's Email.\n"
      "2. The member's Tags shall be a list of two entries in this order: the constant \"Salesforce Contact\", then "
      "the Contact's Lead Source value.", SFC)
def _35(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "tags": ["Salesforce Contact", r["LeadSource"]]}


@case("h27-36-contact-mc-birthday", C, M,
      "1. The member's Email Address shall be populated with the Contact's Email.\n"
      "2. Merge field BIRTHDAY shall be populated with the Contact's Birthdate, unchanged. In the event that the "
      "Birthdate is null or empty, BIRTHDAY must be omitted.\n"
      "3. Merge field FNAME shall be derived from the Contact's First Name in upper case.", SFC)
def _36(r: R) -> Out:
    return keep({"email_address": r["Email"], "merge_fields": {"BIRTHDAY": omit_blank(r["Birthdate"]),
                                                                "FNAME": r["FirstName"].upper()}})


# ---------------------------------------------------------------- Salesforce Contact -> Segment identify

@case("h27-37-contact-seg-person-traits", C, S,
      "1. The Segment userId shall be derived from the Salesforce Contact's Email in lower case.\n"
      "2. traits.firstName and traits.lastName shall be populated with the Contact's First Name and Last Name.\n"
      "3. traits.title shall be populated with the Contact's Title; in the event that the Title is null or empty, "
      "traits.title shall be set to \"Unspecified\".\n"
      "4. traits.birthday shall be populated with the Contact's Birthdate; in the event that the Birthdate is null "
      "or empty, traits.birthday must be omitted.", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"], "title": dflt(r["Title"], "Unspecified"),
        "birthday": omit_blank(r["Birthdate"])}})


@case("h27-38-contact-seg-address-phone", C, S,
      "1. The Segment userId shall be populated with the Contact's Email, unchanged.\n"
      "2. traits.address.city shall be populated with the Contact's Mailing City, and traits.address.country with "
      "the Contact's Mailing Country.\n"
      "3. traits.phone shall be derived from the Contact's Business Phone in E.164 format, assuming United States "
      "numbers.", SFC)
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                                             "phone": e164(r["Phone"])}}


@case("h27-39-contact-seg-exclude-optout", C, S,
      "Scope: the system shall exclude records where the Contact's Email Opt Out is true.\n"
      "1. The Segment userId shall be populated with the Contact's Email.\n"
      "2. traits.email shall be derived from the Contact's Email in lower case.\n"
      "3. traits.description shall be set to the text \"Based in <city>, <country>\", where <city> is the Contact's "
      "Mailing City and <country> is the Contact's Mailing Country.", SFC)
def _39(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"userId": r["Email"], "traits": {"email": r["Email"].lower(),
                                             "description": f"Based in {r['MailingCity']}, {r['MailingCountry']}"}}


# ---------------------------------------------------------------- Mailchimp member -> HubSpot contact

@case("h27-40-mc-hs-names", M, H,
      "Mailchimp audience member to HubSpot contact requirements:\n"
      "1. The HubSpot contact's Email shall be populated with the member's Email Address.\n"
      "2. The contact's First Name shall be derived from merge field FNAME in title case.\n"
      "3. The contact's Last Name shall be derived from merge field LNAME in title case. In the event that LNAME is "
      "null or empty, the Last Name shall be set to \"Unknown\".", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]),
            "lastname": "Unknown" if blank(mf["LNAME"]) else title(mf["LNAME"])}


@case("h27-41-mc-hs-optout-from-status", M, H,
      "1. The HubSpot contact's Email shall be populated with the member's Email Address.\n"
      "2. The contact's \"Unsubscribed from all email\" property shall be set to the text \"true\" in the event that "
      "the member's Subscription status is \"unsubscribed\" or \"cleaned\"; for any other status it shall be set to "
      "the text \"false\".\n"
      "3. The contact's Preferred language shall be populated with the member's Language.", MC)
def _41(r: R) -> Out:
    return {"email": r["email_address"],
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
            "hs_language": r["language"]}


@case("h27-42-mc-hs-subscribed-phone", M, H,
      "Scope: only members whose Subscription status is \"subscribed\" shall be synchronized; the system shall "
      "exclude all other records.\n"
      "1. The HubSpot contact's Email shall be populated with the member's Email Address.\n"
      "2. The contact's Phone Number shall be derived from merge field PHONE in E.164 format (United States assumed). "
      "In the event that PHONE is null or empty, the Phone Number must be omitted.\n"
      "3. The contact's Lifecycle Stage shall be set to \"customer\" in the event that the member's VIP flag is true, "
      "and to \"subscriber\" otherwise.", MC)
def _42(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    p = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(p) else e164(p),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set27")
