"""Held-out set 36: mapping texts written by a new author (written before any tuning on it).

Persona: a technically minded marketing-ops engineer who writes terse pseudo-assignment lines
instead of prose -- one rule a line (`Lead.Company = company (or "Unknown" if blank)`,
`FNAME := firstname, title-cased`, `Phone = first non-empty of phone, mobilephone; E.164 (US)`),
object prefixes now and then (contact., lead., member., traits.), operators such as ==, !=, >, ||,
"else", "n/a", and plain English words for transforms and intent (never function-call syntax or
lambdas). 2-7 lines a case, sometimes a one-line "#" or "//" comment.

Pair distribution (42): hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6 (09-14),
-> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3 (25-27);
salesforce.Lead -> hubspot.contacts 5 (28-32); salesforce.Contact -> mailchimp.members 4 (33-36),
-> segment.identify 3 (37-39); mailchimp.members -> hubspot.contacts 3 (40-42).

Rule kinds covered: copies, constants (strings, a boolean, a constant tag, GA4 client_id / event
name), defaults when empty, fallback chains (2 long: 02, 08, 23; 3 long: 14, and 20 ending in "leave
it out"), omit when empty, transforms (lower, upper, trim, title case, first word, part before/after
the @, E.164 with US and UK stated, as a number, whole number, date YYYY-MM-DD), value tables with
an "otherwise" (03, 11, 32) and without (04, 29, 42), conditions (equality, greater than, blank),
true/false flags in both directions (07, 10, 18, 33, 35, 38; hs_email_optout read as text in 07,
13, 16, 24 and written as text in 30, 40), filters (only / skip / exclude), nested destinations
(Segment traits.company.x and traits.address.x, Mailchimp merge_fields.X, GA4 events[0].params.x),
Mailchimp tags (constant 15, 34; conditional 16, 18, 20, 35), concatenation / templates (06 with a
date part, 21, 23, 39).

Match key: every text names the destination's match key except h36-12 (HubSpot -> Contact), whose
oracle still writes Contact Email from the contact's email (the obvious source), as authoring.py's
MATCH_KEY_NOTE says a v2 mapping must.
"""

from __future__ import annotations

from pathlib import Path

from authoring import (  # noqa: F401
    MATCH_KEY_NOTE,
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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def T(*lines: str) -> str:
    return "\n".join(lines)


_HS_KEYS = list(HS[0].keys())


def hs(**kw: str) -> R:
    """A set-specific HubSpot contact (every pool key present, unset ones blank)."""
    r: R = {k: "" for k in _HS_KEYS}
    r.update(kw)
    return r


# set-specific HubSpot contacts
SAM = hs(email="sam.lee@brightpath.co", firstname="  sam ", lastname="lee", company="  Brightpath Co  ",
         jobtitle="  Data Engineer ", hs_analytics_source="EMAIL_MARKETING", lifecyclestage="opportunity",
         country="Canada", city="Toronto", state="ON", zip="M5V 2T6", annualrevenue="950000", numemployees="75",
         industry="Technology", createdate="2024-06-18T13:20:00.000Z", hs_email_optout="false")
OLU = hs(email="olu.adeyemi@lagoshub.ng", firstname="Oluwaseun", lastname="Adeyemi", company="Lagos Hub",
         jobtitle="CTO", hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="evangelist", country="Nigeria",
         city="Lagos", annualrevenue="1500000", numemployees="30", website="lagoshub.ng",
         createdate="2024-02-29T12:00:00.000Z", hs_email_optout="")
TESS = hs(email="tess.nguyen@harborview.com", firstname="Tess Marie", lastname="nguyen", company="Harborview Dental",
          phone="212 555 0166", jobtitle="Office Manager", hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="lead",
          country="United States", city="  Brooklyn ", state="ny", zip="11201", address="88 Court St",
          annualrevenue="650000", numemployees="9", industry="Healthcare", website="harborviewdental.com",
          createdate="2025-03-03T16:40:00.000Z", hs_email_optout="false")
RAHEEM = hs(email="r.khan@meridianlabs.com", firstname="", lastname="KHAN", company="Meridian Labs",
            phone="020 7946 0958", jobtitle="Analyst", hs_analytics_source="", lifecyclestage="lead",
            country="United Kingdom", city="London", zip="EC1V 9HX", annualrevenue="3200000", numemployees="140",
            industry="Consulting", createdate="2025-08-12T10:15:00.000Z", hs_email_optout="false")
PAT = hs(email="pat.quinn@quinnco.ie", firstname="pat", lastname="quinn", company="Quinn & Co",
         mobilephone="+353 87 555 0144", jobtitle="Founder", hs_analytics_source="OFFLINE", lifecyclestage="other",
         country="Ireland", city="Dublin", annualrevenue="400000", numemployees="5",
         createdate="2025-01-21T14:00:00.000Z", hs_email_optout="false")
NINA = hs(email="nina.berg@fjordretail.no", firstname="Nina", lastname="Berg", company="Fjord Retail",
          phone="+47 22 55 50 11", jobtitle="", industry="Retail", hs_analytics_source="ORGANIC_SEARCH",
          lifecyclestage="customer", country="Norway", city="Oslo", state="", address="Karl Johans gate 1",
          annualrevenue="7000000", numemployees="320", createdate="2023-05-30T11:00:00.000Z", hs_email_optout="false")
ANNA = hs(email="annamaria.lopez@solnet.es", firstname="Anna Maria", lastname="Lopez", company="",
          phone="+34 91 555 0123", jobtitle="Buyer", hs_analytics_source="PAID_SEARCH", lifecyclestage="lead",
          country="Spain", city="Madrid", createdate="2025-10-02T12:30:00.000Z", hs_email_optout="false")

NORA = {"Email": "nora.lind@vasaverktyg.se", "FirstName": "Nora", "LastName": "Lind", "Company": "Vasa Verktyg",
        "Title": "Buyer", "Phone": "+46 8 555 0133", "Street": "Kungsgatan 5", "City": "Stockholm",
        "PostalCode": "111 43", "Country": "Sweden", "Status": "Open - Not Contacted", "Rating": "Warm",
        "LeadSource": "Email", "HasOptedOutOfEmail": True, "AnnualRevenue": "2200000"}
MARCO = {"Email": "marco.keller@bergbahn.ch", "FirstName": "Marco", "LastName": "Keller", "Title": "Head of Marketing",
         "Department": "Marketing", "Phone": "+41 44 555 0170", "MailingCity": "Zurich", "MailingCountry": "Switzerland",
         "LeadSource": "Partner Referral", "HasOptedOutOfEmail": True, "Birthdate": "1979-08-14"}
OLIVIA = {"Email": "olivia.reed@lakeshore.com", "FirstName": "Olivia", "LastName": "Reed", "Title": "Analyst",
          "Department": "Finance", "Phone": "(608) 555-0102", "MailingCity": "Madison", "MailingCountry": "United States",
          "LeadSource": "Web", "HasOptedOutOfEmail": False, "Birthdate": ""}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead (8)

@case("h36-01-lead-names-titlecase", H, L, T(
    "Lead.Email = email",
    "Lead.FirstName := firstname, title-cased",
    "Lead.LastName := lastname, title-cased",
    'Lead.Company = company (or "Unknown" if blank)',
), HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Company": dflt(r["company"], "Unknown")}


@case("h36-02-lead-phone-and-rating", H, L, T(
    "Email = email",
    "Phone = first non-empty of phone, mobilephone; E.164 (US); neither set -> leave Phone off",
    'Rating = "Hot" if annualrevenue > 1M else "Cold"   // blank revenue -> "Cold"',
), extended(HS, SAM))
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    v = rev(r)
    return keep({"Email": r["email"], "Phone": OMIT if blank(ph) else e164(ph, "1"),
                 "Rating": "Hot" if v is not None and v > 1_000_000 else "Cold"})


@case("h36-03-lead-status-by-stage", H, L, T(
    'skip where lifecyclestage == "subscriber"',
    "lead.Email = email",
    'lead.Status by lifecyclestage: marketingqualifiedlead -> "Open - Not Contacted", salesqualifiedlead -> '
    '"Working - Contacted", customer -> "Closed - Converted", anything else -> "Closed - Not Converted"',
    'lead.LeadSource = "Web"  # constant',
), extended(HS, SAM, OLU))
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    table = {"marketingqualifiedlead": "Open - Not Contacted", "salesqualifiedlead": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"], "Status": table.get(r["lifecyclestage"], "Closed - Not Converted"), "LeadSource": "Web"}


@case("h36-04-lead-source-table-only-known", H, L, T(
    "# only contacts that have an Original Source",
    "skip where hs_analytics_source is blank",
    "Lead.Email = email",
    'Lead.LeadSource = ORGANIC_SEARCH -> "Web", PAID_SEARCH -> "Advertisement", PAID_SOCIAL -> "Advertisement", '
    'REFERRALS -> "External Referral"',
    "Lead.Company = company",
), HS)
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]], "Company": r["company"]}


@case("h36-05-lead-us-address", H, L, T(
    'only where country == "United States"',
    "Lead.Email = email",
    "Lead.State = state, upper case",
    "Lead.City = city, trimmed",
    "Lead.PostalCode = zip",
), extended(HS, TESS, SAM))
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(), "City": r["city"].strip(), "PostalCode": r["zip"]}


@case("h36-06-lead-numbers-and-description", H, L, T(
    "Lead.Email = email",
    "Lead.AnnualRevenue = annualrevenue as a number; blank -> don't set it",
    "Lead.NumberOfEmployees = numemployees as a whole number, 0 when blank",
    'Lead.Description = "Created in HubSpot on <createdate as YYYY-MM-DD>"',
), HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": 0 if blank(r["numemployees"]) else int(float(r["numemployees"])),
                 "Description": f"Created in HubSpot on {day(r['createdate'])}"})


@case("h36-07-lead-optout-flag-title", H, L, T(
    "lead.Email = email",
    'lead.HasOptedOutOfEmail = true when hs_email_optout == "true", else false (blank optout -> false)',
    'lead.Title = jobtitle || "n/a"',
    "lead.LastName = lastname",
), extended(HS, OLU))
def _(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "Title": dflt(r["jobtitle"], "n/a"), "LastName": r["lastname"]}


@case("h36-08-lead-firstword-company-domain", H, L, T(
    "Lead.Email = email",
    "Lead.FirstName := first word of firstname",
    "Lead.LastName = lastname",
    "Lead.Company = company; if company is blank -> the part of email after the @",
), extended(lower_emails(HS), ANNA))
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Company": after_at(r["email"]) if blank(r["company"]) else r["company"]}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact (6)

@case("h36-09-contact-mailing-address", H, C, T(
    "contact.Email = email",
    "contact.FirstName = firstname",
    "contact.LastName = lastname",
    "contact.MailingCity = city, title case",
    "contact.MailingCountry = country",
    "contact.MailingPostalCode = zip",
), HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingCity": title(r["city"]), "MailingCountry": r["country"], "MailingPostalCode": r["zip"]}


@case("h36-10-contact-phones-dnc", H, C, T(
    "Contact.Email = email",
    "Contact.Phone = phone in E.164, US default; leave it out when phone is empty",
    "Contact.MobilePhone = mobilephone in E.164, US default; leave it out when mobilephone is empty",
    "Contact.DoNotCall = true if phone is blank else false",
    "Contact.Title = jobtitle",
), HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": OMIT if blank(r["phone"]) else e164(r["phone"], "1"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "1"),
                 "DoNotCall": blank(r["phone"]), "Title": r["jobtitle"]})


@case("h36-11-contact-leadsource-otherwise", H, C, T(
    "Contact.Email = email",
    'Contact.LeadSource: PAID_SEARCH or PAID_SOCIAL -> "Advertisement"; REFERRALS -> "External Referral"; '
    'anything else, blank included -> "Web"',
    'Contact.Description = "Imported from HubSpot (stage: <lifecyclestage>)"',
), extended(HS, OLU))
def _(r: R) -> Out:
    src = r["hs_analytics_source"]
    ls = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral"}.get(src, "Web")
    return {"Email": r["email"], "LeadSource": ls,
            "Description": f"Imported from HubSpot (stage: {r['lifecyclestage']})"}


@case("h36-12-contact-size-department", H, C, T(
    "# sizing hack: Department is free on our Contact layout",
    'Contact.Department = "Enterprise" if numemployees > 100 else "SMB"; blank numemployees -> "SMB"',
    "Contact.LastName = lastname, upper case",
), extended(HS, NINA))
def _(r: R) -> Out:
    big = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    # the text names no email: the match key comes from the contact's email (MATCH_KEY_NOTE)
    return {"Email": r["email"], "Department": "Enterprise" if big else "SMB", "LastName": r["lastname"].upper()}


@case("h36-13-contact-skip-optouts", H, C, T(
    'skip where hs_email_optout == "true"   // blank optout -> keep the contact',
    "Contact.Email = email, lowercased",
    'Contact.Title = jobtitle, trimmed; "Unknown" if blank',
    "Contact.HasOptedOutOfEmail = false  # always, opt-outs never get here",
), extended(HS, SAM))
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"].lower(), "Title": "Unknown" if blank(r["jobtitle"]) else r["jobtitle"].strip(),
            "HasOptedOutOfEmail": False}


@case("h36-14-contact-title-chain", H, C, T(
    "Contact.Email = email",
    'Contact.Title = jobtitle || industry || "Contact"   (first non-blank wins)',
    "Contact.MailingStreet = address",
    'Contact.MailingState = state, "n/a" when blank',
), extended(HS, NINA))
def _(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else (r["industry"] if not blank(r["industry"]) else "Contact")
    return {"Email": r["email"], "Title": t, "MailingStreet": r["address"], "MailingState": dflt(r["state"], "n/a")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members (6)

@case("h36-15-mc-pending-constant-tag", H, M, T(
    "member.email_address = email, lower-case",
    "member.merge_fields.FNAME = firstname",
    "member.merge_fields.LNAME = lastname",
    'member.status = "pending"   # double opt-in for everyone',
    'member.tags = ["hubspot-import"]',
), HS)
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "pending", "tags": ["hubspot-import"]}


@case("h36-16-mc-status-from-optout-customer-tag", H, M, T(
    "email_address = email",
    'status = "unsubscribed" if hs_email_optout == "true" else "subscribed"  // blank -> subscribed',
    'tags = ["customer"] if lifecyclestage == "customer" else empty list',
), extended(HS, NINA, OLU))
def _(r: R) -> Out:
    return {"email_address": r["email"],
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "tags": ["customer"] if r["lifecyclestage"] == "customer" else []}


@case("h36-17-mc-north-america-firstword-phone", H, M, T(
    "# North America audience only",
    'only where country == "United States" || country == "Canada"',
    "member.email_address = email",
    "member.merge_fields.FNAME := first word of firstname",
    "member.merge_fields.PHONE = phone, E.164 (US); no phone -> leave PHONE out",
), extended(HS, SAM, TESS))
def _(r: R) -> Out:
    if r["country"] not in ("United States", "Canada"):
        return None
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]),
                                  "PHONE": OMIT if blank(r["phone"]) else e164(r["phone"], "1")}})


@case("h36-18-mc-language-vip-bigaccount", H, M, T(
    "email_address = email",
    'language = "fr" if country == "France" else "en"',
    "vip = true if annualrevenue > 3M else false; blank annualrevenue -> false",
    'tags = ["big-account"] when annualrevenue > 3M, else []',
), extended(HS, NINA))
def _(r: R) -> Out:
    v = rev(r)
    big = v is not None and v > 3_000_000
    return {"email_address": r["email"], "language": "fr" if r["country"] == "France" else "en",
            "vip": big, "tags": ["big-account"] if big else []}


@case("h36-19-mc-names-exclude-other", H, M, T(
    'exclude lifecyclestage == "other"',
    "member.email_address = email",
    'member.merge_fields.FNAME = firstname title-cased, "Friend" when blank',
    "member.merge_fields.LNAME = lastname title-cased",
), extended(HS, RAHEEM, PAT))
def _(r: R) -> Out:
    if r["lifecyclestage"] == "other":
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": "Friend" if blank(r["firstname"]) else title(r["firstname"]),
                             "LNAME": title(r["lastname"])}}


@case("h36-20-mc-paid-tag-phone-chain", H, M, T(
    "member.email_address = email",
    'member.tags = "hubspot" always, plus "paid" as 2nd tag when hs_analytics_source == PAID_SEARCH || PAID_SOCIAL',
    "member.merge_fields.PHONE = mobilephone || phone || leave it out   // raw, no formatting",
), extended(HS, SAM))
def _(r: R) -> Out:
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else (r["phone"] if not blank(r["phone"]) else OMIT)
    tags = ["hubspot"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return keep({"email_address": r["email"], "tags": tags, "merge_fields": {"PHONE": ph}})


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify (4)

@case("h36-21-seg-fullname-address", H, S, T(
    "userId = email, lowercased",
    'traits.name = firstname + " " + lastname  (as is, one space between)',
    "traits.address.city = city",
    "traits.address.country = country",
), HS)
def _(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"name": f"{r['firstname']} {r['lastname']}",
                                                     "address": {"city": r["city"], "country": r["country"]}}}


@case("h36-22-seg-company-traits", H, S, T(
    "userId = email",
    'traits.company.name = company (or "Unknown" if blank)',
    "traits.company.employee_count = numemployees as integer; omit if blank",
    "traits.company.industry = industry; omit if empty",
), HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
        "industry": OMIT if blank(r["industry"]) else r["industry"]}}})


@case("h36-23-seg-username-website", H, S, T(
    "userId := email",
    "traits.username = part of email before the @",
    'traits.website = website; blank -> "https://" followed by the part of email after the @',
    "traits.createdAt = createdate   // full timestamp, untouched",
), lower_emails(HS))
def _(r: R) -> Out:
    site = f"https://{after_at(r['email'])}" if blank(r["website"]) else r["website"]
    return {"userId": r["email"], "traits": {"username": before_at(r["email"]), "website": site,
                                             "createdAt": r["createdate"]}}


@case("h36-24-seg-revenue-state-skip-optout", H, S, T(
    'skip where hs_email_optout == "true"  (blank = not opted out, keep)',
    "userId = email",
    "traits.annual_revenue = annualrevenue as a number, 0 if blank",
    "traits.address.state = state, upper case; leave it out when blank",
), extended(HS, TESS))
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return keep({"userId": r["email"], "traits": {
        "annual_revenue": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
        "address": {"state": OMIT if blank(r["state"]) else r["state"].upper()}}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events (3)

@case("h36-25-ga4-signup-method", H, G, T(
    'only where lifecyclestage == "lead" || lifecyclestage == "subscriber"',
    'client_id = "hubspot-crm"',
    'events[0].name = "sign_up"',
    'events[0].params.method = hs_analytics_source, lower case; "unknown" if blank',
), extended(HS, TESS, RAHEEM))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "subscriber"):
        return None
    m = "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": "hubspot-crm", "events": [{"name": "sign_up", "params": {"method": m}}]}


@case("h36-26-ga4-lead-value-tier", H, G, T(
    'skip where lifecyclestage == "customer"',
    "client_id = email",
    'event name = "generate_lead"',
    'params.currency = "USD"',
    "params.value = annualrevenue as a number, 0 when blank",
    'params.lead_tier = "enterprise" if numemployees > 100 else "smb"   // blank numemployees -> "smb"',
), extended(HS, RAHEEM, NINA))
def _(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    big = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    return {"client_id": r["email"], "events": [{"name": "generate_lead", "params": {
        "currency": "USD", "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
        "lead_tier": "enterprise" if big else "smb"}}]}


@case("h36-27-ga4-profile-date-country", H, G, T(
    "client_id := contact.email, lowercased",
    'events[0].name = "crm_profile"',
    "events[0].params.signup_date = createdate as YYYY-MM-DD",
    "events[0].params.country = country, all caps",
    "events[0].params.city = city, title case",
), HS)
def _(r: R) -> Out:
    return {"client_id": r["email"].lower(), "events": [{"name": "crm_profile", "params": {
        "signup_date": day(r["createdate"]), "country": r["country"].upper(), "city": title(r["city"])}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts (5)

@case("h36-28-hs-from-lead-basic", L, H, T(
    "email = Lead.Email",
    "firstname = FirstName",
    "lastname = LastName",
    "company = Company",
    'jobtitle = Title || "n/a"',
), SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": dflt(r["Title"], "n/a")}


@case("h36-29-hs-lead-status-table", L, H, T(
    "email = Email",
    'hs_lead_status: "Open - Not Contacted" -> NEW, "Working - Contacted" -> IN_PROGRESS, '
    '"Closed - Converted" -> CONNECTED, "Closed - Not Converted" -> UNQUALIFIED',
    'lifecyclestage = "salesqualifiedlead" if Rating == "Hot" else "lead"',
), SFL)
def _(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead"}


@case("h36-30-hs-optout-text-uk-phone", L, H, T(
    "email = Email",
    'hs_email_optout = the text "true" if HasOptedOutOfEmail is true, else the text "false"',
    'phone = Phone in E.164 (UK) -- only when Country == "United Kingdom", otherwise don\'t set phone',
    'country = Country, "Unknown" if blank',
), extended(SFL, NORA))
def _(r: R) -> Out:
    uk = r["Country"] == "United Kingdom"
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "phone": e164(r["Phone"], "44") if uk else OMIT, "country": dflt(r["Country"], "Unknown")})


@case("h36-31-hs-revenue-city-skip-lost", L, H, T(
    '// lost leads stay in SF',
    'skip Status == "Closed - Not Converted"',
    "email = Email",
    "annualrevenue = AnnualRevenue as a number; blank -> leave out",
    "city = City, uppercase",
), extended(SFL, NORA))
def _(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return keep({"email": r["Email"], "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "city": r["City"].upper()})


@case("h36-32-hs-source-table-otherwise", L, H, T(
    "email = Email",
    'hs_analytics_source: Web -> ORGANIC_SEARCH, "Partner Referral" -> REFERRALS, "Trade Show" -> OFFLINE, '
    "else (blank too) -> OTHER_CAMPAIGNS",
    'address = Street || "n/a"',
    "zip = PostalCode",
), extended(SFL, NORA))
def _(r: R) -> Out:
    src = {"Web": "ORGANIC_SEARCH", "Partner Referral": "REFERRALS", "Trade Show": "OFFLINE"}.get(r["LeadSource"],
                                                                                                  "OTHER_CAMPAIGNS")
    return {"email": r["Email"], "hs_analytics_source": src, "address": dflt(r["Street"], "n/a"), "zip": r["PostalCode"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members (4)

@case("h36-33-mc-from-contact-status", C, M, T(
    "member.email_address = Email, lower case",
    "member.merge_fields.FNAME = FirstName",
    "member.merge_fields.LNAME = LastName",
    'member.status = "unsubscribed" if HasOptedOutOfEmail == true else "subscribed"',
), extended(SFC, MARCO))
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("h36-34-mc-dach-only", C, M, T(
    "# DACH list",
    "only where MailingCountry is Germany, Austria or Switzerland",
    "email_address = Email",
    "merge_fields.FNAME = FirstName",
    'language = "de"',
    'tags = ["dach"]',
), extended(SFC, MARCO, OLIVIA))
def _(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria", "Switzerland"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}, "language": "de", "tags": ["dach"]}


@case("h36-35-mc-department-tag-vip", C, M, T(
    "email_address = Email",
    'tags = "sf-contact", then Department as a 2nd tag unless Department is blank',
    'vip = true if LeadSource == "Trade Show" else false   // blank LeadSource -> false',
), extended(SFC, OLIVIA))
def _(r: R) -> Out:
    tags = ["sf-contact"] + ([] if blank(r["Department"]) else [r["Department"]])
    return {"email_address": r["Email"], "tags": tags, "vip": r["LeadSource"] == "Trade Show"}


@case("h36-36-mc-phone-e164-skip-optout", C, M, T(
    "skip where HasOptedOutOfEmail == true",
    "email_address = Email",
    "merge_fields.LNAME = LastName, upper case",
    "merge_fields.PHONE = Phone, E.164 -- assume US unless the number already starts with +",
), extended(SFC, MARCO, OLIVIA))
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"].upper(), "PHONE": e164(r["Phone"], "1")}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify (3)

@case("h36-37-seg-contact-traits", C, S, T(
    "userId = Email",
    "traits.firstName = FirstName",
    "traits.lastName = LastName",
    'traits.title = Title, "n/a" if blank',
    "traits.address.city = MailingCity",
    "traits.address.country = MailingCountry",
), SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                                             "title": dflt(r["Title"], "n/a"),
                                             "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}}


@case("h36-38-seg-birthday-emailable", C, S, T(
    "userId = Email, lowercased",
    "traits.birthday = Birthdate; omit when blank",
    "traits.emailable = false if HasOptedOutOfEmail else true",
), extended(SFC, MARCO))
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"], "emailable": not r["HasOptedOutOfEmail"]}})


@case("h36-39-seg-sortname-department", C, S, T(
    "userId := Email",
    'traits.name = "<LastName>, <FirstName>"',
    'traits.department = Department || "General"',
), extended(SFC, OLIVIA))
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"name": f"{r['LastName']}, {r['FirstName']}",
                                             "department": dflt(r["Department"], "General")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts (3)

@case("h36-40-hs-from-mc-names-optout", M, H, T(
    "email = email_address",
    "firstname = merge_fields.FNAME, title-cased",
    "lastname = merge_fields.LNAME, title-cased; blank -> leave lastname out",
    'hs_email_optout = the string "true" if status == "unsubscribed" || status == "cleaned", else the string "false"',
), MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h36-41-hs-from-mc-subscribed-only", M, H, T(
    'only status == "subscribed"',
    "email = email_address",
    "company = merge_fields.COMPANY",
    "phone = merge_fields.PHONE, E.164 (US); leave out if blank",
    "hs_language = language",
), MC)
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "company": mf["COMPANY"],
                 "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"), "hs_language": r["language"]})


@case("h36-42-hs-from-mc-vip-stage-status", M, H, T(
    "email = email_address",
    'lifecyclestage = "opportunity" if vip == true else "lead"',
    "hs_lead_status by status: subscribed -> OPEN, unsubscribed -> UNQUALIFIED, cleaned -> BAD_TIMING",
    'company = merge_fields.COMPANY (or "n/a" if blank)',
), MC)
def _(r: R) -> Out:
    return {"email": r["email_address"], "lifecyclestage": "opportunity" if r["vip"] else "lead",
            "hs_lead_status": {"subscribed": "OPEN", "unsubscribed": "UNQUALIFIED", "cleaned": "BAD_TIMING"}[r["status"]],
            "company": dflt(r["merge_fields"]["COMPANY"], "n/a")}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set36")
