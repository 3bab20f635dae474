"""Held-out set 31, written by a new author who never saw the drafter.

Author persona: a freelance marketing-ops contractor who writes each mapping as a Notion checklist:
an optional one-line context sentence, then Markdown checkboxes ("- [ ] ...", "- [x] ..." for items
already agreed, which still apply), short imperative lines mixing platform labels and API names,
the odd "NB:" / "FYI" line that restates or qualifies a rule, arrows ("→", "=>") between fields,
conditions as "only when ...", "unless ...", "for ... only"; about one case in five is two or three
plain sentences instead. American spelling.

Expected records are computed here from the mapping-cases README's semantics (blank = empty or
whitespace, defaults and fallbacks only on blank, "omit" = key absent, filters drop the record,
value tables are case-sensitive, E.164 with an assumed country, title case, etc.). The
destination's match key is always written (authoring.MATCH_KEY_NOTE): Email, email,
email_address, Segment's userId, GA4's client_id (two texts, h31-12 and h31-36, name no email).

Pairs (42 cases): hubspot.contacts -> salesforce.Lead (8), salesforce.Contact (6),
mailchimp.members (6), segment.identify (4), ga4.events (3); salesforce.Lead ->
hubspot.contacts (5); salesforce.Contact -> mailchimp.members (4), segment.identify (3);
mailchimp.members -> hubspot.contacts (3).

Rule kinds: copies, constants, defaults when empty, fallbacks (chains of two and three, one
ending in "leave it out", one ending in the part after the @), omit when empty, transforms
(lower, upper, trim, title case, first word, before/after the @, E.164 US/UK, number, whole
number, date), value tables with and without an otherwise, conditions (equality, greater than,
blank), true/false flags (both directions, and the HubSpot opt-out as text), filters (only /
exclude), nested destinations (Segment traits.x.y, Mailchimp merge_fields.X, GA4
events[].params), tags (constant and conditional), templates (one with a date part).
"""

from __future__ import annotations

import copy
from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _hs(base: int, **over: str) -> R:
    r = copy.deepcopy(HS[base])
    r.update(over)
    return r


# a HubSpot contact with padded first name / company, whitespace-only job title, revenue and
# opt-out, and no phone numbers at all (a Canadian opportunity)
HS_PAD: R = _hs(
    3, email="tomas.novak@greenfieldlabs.ca", firstname=" Tomas  ", lastname="Novak",
    company=" Greenfield Labs  ", phone="", mobilephone="", jobtitle="  ", hs_analytics_source="OFFLINE",
    lifecyclestage="opportunity", country="Canada", city="TORONTO", state="ON", zip="M5V 2T6",
    address="88 King St W", annualrevenue="  ", numemployees="140", industry="Research", website="",
    createdate="2024-05-21T13:10:00.000Z", hs_email_optout="  ",
)
HS_P: list[R] = [*copy.deepcopy(HS), HS_PAD]

# a US evangelist whose names and city are in odd case (title case), opt-out blank
HS_CASE: R = _hs(
    0, email="samuel.whitaker@ironbridge.org", firstname="sAMUEL", lastname="whitaker",
    company="Ironbridge Foundation", phone="(602) 555-0174", mobilephone="", jobtitle="grants manager",
    hs_analytics_source="EMAIL_MARKETING", lifecyclestage="evangelist", city="phoenix", state="AZ", zip="85004",
    address="40 Central Ave", annualrevenue="910000", numemployees="27", industry="Nonprofit",
    website="https://ironbridge.org", createdate="2023-08-15T16:25:00.000Z", hs_email_optout="",
)
HS_C: list[R] = [*copy.deepcopy(HS), HS_CASE]

# a contact with no company name but a website (for the company -> website -> constant chain)
HS_WEB: R = _hs(
    3, email="rosa.lindgren@brightlane.com", firstname="Rosa", lastname="Lindgren", company="",
    website="brightlane.com", phone="(720) 555-0133", lifecyclestage="lead", jobtitle="Growth Lead",
)
HS_W: list[R] = [*copy.deepcopy(HS), HS_WEB, copy.deepcopy(HS_PAD)]

# a contact with a two-word first name (for the first-word case)
HS_MULTI: R = _hs(
    0, email="mary.ann.lowe@ridgefield.com", firstname="Mary Ann", lastname="Lowe", company="Ridgefield Dental",
    hs_email_optout="false", lifecyclestage="lead",
)
HS_M: list[R] = [*copy.deepcopy(HS), HS_MULTI]

# every email in lower case (before/after-@ cases) plus a contact with a blank first name
HS_LOWER: list[R] = copy.deepcopy(HS_C)
for _r in HS_LOWER:
    _r["email"] = _r["email"].lower()
HS_NOFIRST: R = _hs(
    3, email="t.quinn@meadowlark.net", firstname="", lastname="Quinn", company="Meadowlark Farms",
    lifecyclestage="subscriber",
)
HS_LF: list[R] = [*copy.deepcopy(HS_LOWER), HS_NOFIRST]

# one more UK lead (a second UK number), company padded on the left
SFL_UK: R = copy.deepcopy(SFL[3])
SFL_UK.update(
    Email="harriet.cole@mersey-freight.co.uk", FirstName="Harriet", LastName="Cole", Company="  Mersey Freight",
    Title="Logistics Planner", Phone="0151 496 0832", Street="12 Water St", City="Liverpool", PostalCode="L2 8TD",
    Status="Working - Contacted", Rating="Warm", LeadSource="Web", HasOptedOutOfEmail=True, AnnualRevenue="420000.5",
)
SFL_X: list[R] = [*copy.deepcopy(SFL), SFL_UK]

# Salesforce contacts with lower-case emails (before-@ case)
SFC_LOWER: list[R] = copy.deepcopy(SFC)
for _r in SFC_LOWER:
    _r["Email"] = _r["Email"].lower()


def mf(r: R, k: str) -> str:
    v: str = r["merge_fields"][k]
    return v


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead (8)

@case("h31-01-hs-lead-basics-company-default", H, L,
      "HubSpot → SF Lead, basic push for the Q3 cleanup.\n"
      "- [x] email → Email\n"
      "- [x] firstname → FirstName, lastname → LastName\n"
      "- [ ] Company Name → Company, unless it's blank, then use 'Unknown'\n"
      "- [ ] Job Title → Title as is", HS_P)
def c01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "Title": r["jobtitle"]}


@case("h31-02-hs-lead-source-table-status", H, L,
      "- [ ] Email => Email\n"
      "- [ ] LeadSource from Original Source (hs_analytics_source):\n"
      "  - ORGANIC_SEARCH → 'Web'\n"
      "  - PAID_SEARCH and PAID_SOCIAL → 'Advertisement'\n"
      "  - REFERRALS → 'Partner Referral'\n"
      "  - anything else → 'Other'\n"
      "- [ ] Status = 'Open - Not Contacted' on every lead\n"
      "NB: a blank original source counts as anything else, so 'Other'", HS)
def c02(r: R) -> Out:
    src = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "Partner Referral"}.get(r["hs_analytics_source"], "Other")
    return {"Email": r["email"], "LeadSource": src, "Status": "Open - Not Contacted"}


@case("h31-03-hs-lead-phone-chain-e164", H, L,
      "Phones for the lead sync.\n"
      "- [x] email → Email, lastname → LastName\n"
      "- [ ] Phone = phone, or mobilephone when phone is blank\n"
      "- [ ] format Phone as E.164, assume US numbers\n"
      "- [ ] no phone and no mobile → leave Phone off the lead\n"
      "FYI numbers that already start with + keep their own country code", HS_P)
def c03(r: R) -> Out:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "LastName": r["lastname"], "Phone": OMIT if blank(p) else e164(p)})


@case("h31-04-hs-lead-revenue-rating", H, L,
      "Revenue and headcount for the Lead sync. Send the HubSpot email to Email, Annual Revenue to "
      "AnnualRevenue as a number and Number of Employees to NumberOfEmployees as a whole number, "
      "leaving either one off the lead when it's blank. Rating is 'Hot' when annual revenue is greater "
      "than 1,000,000 and 'Cold' otherwise, and a blank revenue also gets 'Cold'.", HS_P)
def c04(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                 "Rating": "Hot" if v is not None and v > 1_000_000 else "Cold"})


@case("h31-05-hs-lead-skip-subscribers-title-case", H, L,
      "- [ ] skip contacts whose Lifecycle Stage is subscriber, everyone else syncs\n"
      "- [ ] Email = email lowercased\n"
      "- [ ] FirstName, LastName → title case (first letter caps, rest lower)", HS_C)
def c05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])}


@case("h31-06-hs-lead-description-template-website", H, L,
      "Lead notes, v2.\n"
      "- [ ] email → Email\n"
      "- [ ] Description => \"HubSpot stage: \" + lifecyclestage + \", created \" + Create Date as YYYY-MM-DD\n"
      "- [ ] Website → Website for contacts that have one only, otherwise don't set it\n"
      "- [ ] City → City in title case", HS_P)
def c06(r: R) -> Out:
    return keep({"Email": r["email"],
                 "Description": f"HubSpot stage: {r['lifecyclestage']}, created {day(r['createdate'])}",
                 "Website": OMIT if blank(r["website"]) else r["website"], "City": title(r["city"])})


@case("h31-07-hs-lead-stage-status-optout", H, L,
      "- [x] Email → Email\n"
      "- [ ] Status from lifecyclestage:\n"
      "  - subscriber, lead, marketingqualifiedlead → 'Open - Not Contacted'\n"
      "  - salesqualifiedlead → 'Working - Contacted'\n"
      "  - customer → 'Closed - Converted'\n"
      "- [ ] HasOptedOutOfEmail = true only when hs_email_optout is \"true\", false for anything else\n"
      "NB: blank opt-out means false", HS)
def c07(r: R) -> Out:
    st = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
          "marketingqualifiedlead": "Open - Not Contacted", "salesqualifiedlead": "Working - Contacted",
          "customer": "Closed - Converted"}[r["lifecyclestage"]]
    return {"Email": r["email"], "Status": st, "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


@case("h31-08-hs-lead-company-three-step", H, L,
      "- [ ] email → Email\n"
      "- [ ] FirstName ← firstname\n"
      "- [ ] LastName ← lastname, all caps\n"
      "- [ ] Company: Company Name first; if that's blank use Website URL; if both are blank put 'Not provided'", HS_W)
def c08(r: R) -> Out:
    co = r["company"] if not blank(r["company"]) else dflt(r["website"], "Not provided")
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"].upper(), "Company": co}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact (6)

@case("h31-09-hs-contact-mailing-enrichment-flag", H, C,
      "HubSpot contacts into SF Contacts.\n"
      "- [x] email → Email, firstname → FirstName, lastname → LastName\n"
      "- [ ] city / state / zip / country → MailingCity / MailingState / MailingPostalCode / MailingCountry\n"
      "- [ ] LeadSource = 'Web' for everyone\n"
      "- [ ] Description = 'needs enrichment' only when Job Title is blank; otherwise leave Description out", HS)
def c09(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
                 "MailingCountry": r["country"], "LeadSource": "Web",
                 "Description": "needs enrichment" if blank(r["jobtitle"]) else OMIT})


@case("h31-10-hs-contact-two-phones-e164", H, C,
      "- [ ] Email ← email\n"
      "- [ ] Phone ← phone, E.164 (US default)\n"
      "- [ ] MobilePhone ← mobilephone, E.164 (US default)\n"
      "- [ ] leave Phone / MobilePhone off when its HubSpot number is empty\n"
      "- [ ] Title ← jobtitle, 'Contact' when blank", HS)
def c10(r: R) -> Out:
    return keep({"Email": r["email"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Title": dflt(r["jobtitle"], "Contact")})


@case("h31-11-hs-contact-size-description", H, C,
      "Map the email to Email in lower case and lastname straight to LastName. Description should say "
      "'Enterprise' when Number of Employees is greater than 100 and 'SMB' otherwise, including when the "
      "employee count is empty. DoNotCall is always false.", HS_P)
def c11(r: R) -> Out:
    big = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Description": "Enterprise" if big else "SMB", "DoNotCall": False}


@case("h31-12-hs-contact-us-only-title-case", H, C,
      "US list only.\n"
      "- [ ] for Country/Region 'United States' only, drop the rest\n"
      "- [ ] FirstName, LastName and MailingCity in title case (from firstname, lastname, city)", HS_C)
def c12(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "MailingCity": title(r["city"])}


@case("h31-13-hs-contact-description-template-optout", H, C,
      "- [ ] skip anyone with no Job Title\n"
      "- [ ] Email → Email\n"
      "- [ ] Title = jobtitle in upper case\n"
      "- [ ] Description → firstname + \" \" + lastname + \" <\" + email + \">\"\n"
      "- [ ] HasOptedOutOfEmail: true when hs_email_optout is \"true\", else false (blank = false)", HS_P)
def c13(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"Email": r["email"], "Title": r["jobtitle"].upper(),
            "Description": f"{r['firstname']} {r['lastname']} <{r['email']}>",
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


@case("h31-14-hs-contact-title-chain-department", H, C,
      "- [x] email → Email, lastname → LastName\n"
      "- [ ] Title: Job Title, fall back to Industry, and 'Staff' if both are blank\n"
      "- [ ] Department = Industry, default 'General' when empty", HS_P)
def c14(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Staff")
    return {"Email": r["email"], "LastName": r["lastname"], "Title": t, "Department": dflt(r["industry"], "General")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members (6)

@case("h31-15-hs-mc-optout-status-names", H, M,
      "Newsletter audience sync.\n"
      "- [ ] email_address = HubSpot email, lowercased\n"
      "- [ ] status 'unsubscribed' when hs_email_optout is \"true\", 'subscribed' otherwise (blank too)\n"
      "- [ ] merge_fields.FNAME ← firstname, merge_fields.LNAME ← lastname", HS)
def c15(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h31-16-hs-mc-phone-chain-tags", H, M,
      "- [x] email → email_address\n"
      "- [x] status = 'subscribed'\n"
      "- [ ] merge_fields.PHONE: Mobile Phone Number first, Phone Number when mobile is blank, unchanged\n"
      "- [ ] NB: neither number → don't send PHONE at all\n"
      "- [ ] tags: 'hubspot' on everyone, plus 'customer' after it for lifecyclestage customer only", HS_P)
def c16(r: R) -> Out:
    p = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    tags = ["hubspot", "customer"] if r["lifecyclestage"] == "customer" else ["hubspot"]
    return keep({"email_address": r["email"], "status": "subscribed",
                 "merge_fields": {"PHONE": OMIT if blank(p) else p}, "tags": tags})


@case("h31-17-hs-mc-exclude-optouts-first-word", H, M,
      "- [ ] exclude contacts where hs_email_optout is \"true\" (blank or \"false\" still go)\n"
      "- [ ] email → email_address\n"
      "- [ ] FNAME = first word of firstname only\n"
      "- [ ] LNAME = lastname\n"
      "- [ ] language → 'en'", HS_M)
def c17(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "language": "en",
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"]}}


@case("h31-18-hs-mc-vip-customers-trim", H, M,
      "VIP flag for the customer newsletter.\n"
      "- [ ] email_address ← email\n"
      "- [ ] vip = true for lifecyclestage customer only, false for every other stage\n"
      "- [ ] merge_fields.FNAME ← firstname with surrounding spaces trimmed\n"
      "- [ ] merge_fields.LNAME ← lastname", HS_P)
def c18(r: R) -> Out:
    return {"email_address": r["email"], "vip": r["lifecyclestage"] == "customer",
            "merge_fields": {"FNAME": r["firstname"].strip(), "LNAME": r["lastname"]}}


@case("h31-19-hs-mc-language-by-country", H, M,
      "Every contact goes in with its email as email_address, status 'pending' and a single tag 'hubspot'. "
      "Set language from Country/Region: United States is 'en', Japan is 'ja', Mexico is 'es', France is 'fr', "
      "and any other country gets 'en'.", HS_P)
def c19(r: R) -> Out:
    lang = {"United States": "en", "Japan": "ja", "Mexico": "es", "France": "fr"}.get(r["country"], "en")
    return {"email_address": r["email"], "status": "pending", "tags": ["hubspot"], "language": lang}


@case("h31-20-hs-mc-fname-from-email", H, M,
      "- [ ] email → email_address\n"
      "- [ ] FNAME ← firstname, unless it's blank, then the part of the email before the @\n"
      "- [ ] LNAME ← lastname in upper case\n"
      "- [x] tags = 'hubspot', 'newsletter' (in that order)", HS_LF)
def c20(r: R) -> Out:
    fn = r["firstname"] if not blank(r["firstname"]) else before_at(r["email"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": fn, "LNAME": r["lastname"].upper()},
            "tags": ["hubspot", "newsletter"]}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify (4)

@case("h31-21-hs-seg-identify-names-title", H, S,
      "Segment identify from HubSpot.\n"
      "- [ ] userId = email, lower case\n"
      "- [ ] traits.email = email unchanged\n"
      "- [ ] traits.firstName ← firstname, traits.lastName ← lastname\n"
      "- [ ] traits.title ← jobtitle, leave it out when blank", HS)
def c21(r: R) -> Out:
    return keep({"userId": r["email"].lower(),
                 "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                            "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


@case("h31-22-hs-seg-company-object", H, S,
      "- [x] userId → email\n"
      "- [ ] traits.company.name = company, trimmed; leave it out when blank\n"
      "- [ ] traits.company.industry = industry, 'Unknown' if empty\n"
      "- [ ] traits.company.employee_count = numemployees as a whole number, leave out when blank", HS_P)
def c22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": OMIT if blank(r["company"]) else r["company"].strip(),
                     "industry": dflt(r["industry"], "Unknown"),
                     "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h31-23-hs-seg-address-country-code-created", H, S,
      "Send each contact to Segment with userId set to the email. traits.address.city comes from city, and "
      "traits.address.country is a two-letter code from Country/Region: United States = 'US', Japan = 'JP', "
      "Mexico = 'MX', France = 'FR', Canada = 'CA'. traits.createdAt is the Create Date as YYYY-MM-DD.", HS_P)
def c23(r: R) -> Out:
    cc = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Canada": "CA"}[r["country"]]
    return {"userId": r["email"], "traits": {"address": {"city": r["city"], "country": cc},
                                             "createdAt": day(r["createdate"])}}


@case("h31-24-hs-seg-username-full-name", H, S,
      "- [ ] exclude lifecyclestage customer\n"
      "- [ ] userId ← email\n"
      "- [ ] traits.username ← part of the email before the @\n"
      "- [ ] traits.name => firstname + \" \" + lastname", HS_LOWER)
def c24(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"userId": r["email"], "traits": {"username": before_at(r["email"]),
                                             "name": f"{r['firstname']} {r['lastname']}"}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events (3)

@case("h31-25-hs-ga4-close-convert", H, G,
      "Offline conversions to GA4.\n"
      "- [ ] for lifecyclestage customer or evangelist only\n"
      "- [ ] client_id = 'hs-offline'\n"
      "- [ ] one event, name 'close_convert_lead'\n"
      "- [ ] params: currency 'USD', value = Annual Revenue as a number", HS_C)
def c25(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"client_id": "hs-offline", "events": [{"name": "close_convert_lead",
                                                   "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h31-26-hs-ga4-stage-event-names", H, G,
      "- [ ] skip contacts in Lifecycle Stage subscriber\n"
      "- [ ] client_id → 'hubspot.crm' (constant)\n"
      "- [ ] user_id → email in lower case\n"
      "- [ ] event name from lifecyclestage:\n"
      "  - lead => 'generate_lead'\n"
      "  - marketingqualifiedlead => 'qualify_lead'\n"
      "  - salesqualifiedlead => 'working_lead'\n"
      "  - customer => 'close_convert_lead'\n"
      "- [ ] params.value = Annual Revenue as a number, 0 when it's blank", HS)
def c26(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    name = {"lead": "generate_lead", "marketingqualifiedlead": "qualify_lead", "salesqualifiedlead": "working_lead",
            "customer": "close_convert_lead"}[r["lifecyclestage"]]
    value = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "hubspot.crm", "user_id": r["email"].lower(),
            "events": [{"name": name, "params": {"value": value}}]}


@case("h31-27-hs-ga4-generate-lead-currency", H, G,
      "Send every contact as one GA4 event named 'generate_lead', with client_id 'hubspot-export'. In the event's "
      "params, value is the annual revenue as a number (leave value out when revenue is blank) and currency depends "
      "on Country/Region: Japan is 'JPY', France is 'EUR', Mexico is 'MXN', and any other country is 'USD'.",
      HS_P)
def c27(r: R) -> Out:
    cur = {"Japan": "JPY", "France": "EUR", "Mexico": "MXN"}.get(r["country"], "USD")
    params = keep({"value": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": cur})
    return {"client_id": "hubspot-export", "events": [{"name": "generate_lead", "params": params}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts (5)

@case("h31-28-sflead-hs-basics-trim-default", L, H,
      "SF Leads back into HubSpot.\n"
      "- [x] Email → email, FirstName → firstname, LastName → lastname\n"
      "- [ ] Company → company, trim the spaces\n"
      "- [ ] Title → jobtitle; 'Unknown' when the lead has no title", SFL_X)
def c28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"].strip(), "jobtitle": dflt(r["Title"], "Unknown")}


@case("h31-29-sflead-hs-lead-status-optout-text", L, H,
      "- [ ] Email → email\n"
      "- [ ] Lead Status (Status) → hs_lead_status:\n"
      "  - Open - Not Contacted => NEW\n"
      "  - Working - Contacted => IN_PROGRESS\n"
      "  - Closed - Converted => CONNECTED\n"
      "  - Closed - Not Converted => UNQUALIFIED\n"
      "- [ ] lifecyclestage = 'lead' for all\n"
      "- [ ] hs_email_optout = the text \"true\" when HasOptedOutOfEmail is checked, the text \"false\" when not", SFL)
def c29(r: R) -> Out:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
          "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return {"email": r["Email"], "hs_lead_status": st, "lifecyclestage": "lead",
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h31-30-sflead-hs-uk-only-e164", L, H,
      "UK leads only.\n"
      "- [ ] for Country = 'United Kingdom' only\n"
      "- [ ] Email → email\n"
      "- [ ] Phone → phone, E.164 with UK as the country\n"
      "- [ ] City → city in all caps\n"
      "- [ ] PostalCode → zip, Country → country", SFL_X)
def c30(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h31-31-sflead-hs-rating-stage-revenue", L, H,
      "Copy the lead's Email to email and AnnualRevenue to annualrevenue as a number, leaving annualrevenue off "
      "when it's empty. lifecyclestage comes from Rating: Hot becomes 'salesqualifiedlead', Warm becomes "
      "'marketingqualifiedlead' and Cold becomes 'lead'. country is the lead's Country, or 'Unknown' if it's blank.",
      SFL)
def c31(r: R) -> Out:
    st = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "lifecyclestage": st, "country": dflt(r["Country"], "Unknown")})


@case("h31-32-sflead-hs-exclude-lost-message", L, H,
      "- [ ] exclude leads with Status 'Closed - Not Converted'\n"
      "- [ ] Email → email\n"
      "- [ ] Street → address, PostalCode → zip\n"
      "- [ ] message => \"SF status: \" + Status + \", rating \" + Rating", SFL_X)
def c32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "address": r["Street"], "zip": r["PostalCode"],
            "message": f"SF status: {r['Status']}, rating {r['Rating']}"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members (4)

@case("h31-33-sfc-mc-optout-status", C, M,
      "- [ ] email_address = Email lowercased\n"
      "- [ ] status → 'unsubscribed' if Email Opt Out is checked, 'subscribed' if not\n"
      "- [ ] FirstName → merge_fields.FNAME, LastName → merge_fields.LNAME", SFC)
def c33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


@case("h31-34-sfc-mc-exclude-us-dach-tag", C, M,
      "DACH list.\n"
      "- [ ] exclude contacts whose MailingCountry is 'United States'\n"
      "- [ ] Email → email_address\n"
      "- [ ] language = 'de'\n"
      "- [ ] tags = ['dach']\n"
      "- [ ] Business Phone → merge_fields.PHONE as is", SFC)
def c34(r: R) -> Out:
    if r["MailingCountry"] == "United States":
        return None
    return {"email_address": r["Email"], "language": "de", "tags": ["dach"], "merge_fields": {"PHONE": r["Phone"]}}


@case("h31-35-sfc-mc-source-tags-vip", C, M,
      "Each Salesforce contact goes to Mailchimp with Email as email_address and the phone in E.164 "
      "(US numbers by default) as merge_fields.PHONE. Tag everyone 'salesforce', then add a second tag from "
      "LeadSource: Web gives 'web', Trade Show gives 'trade-show', and a blank LeadSource adds no second tag. "
      "vip is true only when Department is 'Sales'; any other department, or none, is false.", SFC)
def c35(r: R) -> Out:
    extra = {"Web": ["web"], "Trade Show": ["trade-show"], "": []}[r["LeadSource"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "tags": ["salesforce", *extra], "vip": r["Department"] == "Sales"}


@case("h31-36-sfc-mc-skip-optouts-language", C, M,
      "- [ ] skip contacts with HasOptedOutOfEmail checked\n"
      "- [ ] FNAME ← FirstName, LNAME ← LastName\n"
      "- [ ] language from Mailing Country: Germany => 'de', Austria => 'de', anything else => 'en'", SFC)
def c36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de"}.get(r["MailingCountry"], "en")
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "language": lang}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify (3)

@case("h31-37-sfc-seg-title-birthday", C, S,
      "- [ ] userId = Email, lower case\n"
      "- [ ] traits.email = Email as is\n"
      "- [ ] traits.title ← Title, default 'Unknown'\n"
      "- [ ] traits.birthday ← Birthdate; no birthdate → leave the trait out", SFC)
def c37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "title": dflt(r["Title"], "Unknown"),
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h31-38-sfc-seg-address-phone-dept", C, S,
      "Identify each Salesforce contact in Segment with Email as the userId. Put MailingCity and MailingCountry "
      "under traits.address as city and country, send Business Phone as traits.phone in E.164 assuming US, and set "
      "traits.description to the Department, or 'General' when the contact has no department.", SFC)
def c38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                       "phone": e164(r["Phone"]), "description": dflt(r["Department"], "General")}}


@case("h31-39-sfc-seg-web-events-username", C, S,
      "- [ ] for LeadSource 'Web' or 'Trade Show' only (blank lead source = skip)\n"
      "- [ ] userId ← Email\n"
      "- [ ] traits.username ← Email, the part before the @\n"
      "- [ ] traits.firstName ← FirstName\n"
      "- [ ] traits.name → FirstName + \" \" + LastName", SFC_LOWER)
def c39(r: R) -> Out:
    if r["LeadSource"] not in ("Web", "Trade Show"):
        return None
    return {"userId": r["Email"], "traits": {"username": before_at(r["Email"]), "firstName": r["FirstName"],
                                             "name": f"{r['FirstName']} {r['LastName']}"}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts (3)

@case("h31-40-mc-hs-title-case-optout-text", M, H,
      "Mailchimp → HubSpot backfill.\n"
      "- [ ] email_address → email\n"
      "- [ ] FNAME → firstname, LNAME → lastname, both in title case\n"
      "- [ ] hs_email_optout = the string \"true\" for status unsubscribed or cleaned, the string \"false\" otherwise",
      MC)
def c40(r: R) -> Out:
    return {"email": r["email_address"], "firstname": title(mf(r, "FNAME")), "lastname": title(mf(r, "LNAME")),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"}


@case("h31-41-mc-hs-subscribed-vip-stage", M, H,
      "Only subscribed members come over; any other status is skipped. Map email_address to email, the PHONE merge "
      "field to phone in E.164 (US) but leave phone off when PHONE is empty, and COMPANY to company with 'Unknown' "
      "when it's blank. lifecyclestage is 'customer' when vip is true and 'subscriber' when it's false.", MC)
def c41(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    return keep({"email": r["email_address"],
                 "phone": OMIT if blank(mf(r, "PHONE")) else e164(mf(r, "PHONE")),
                 "company": dflt(mf(r, "COMPANY"), "Unknown"),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h31-42-mc-hs-company-domain-fallback", M, H,
      "- [x] email_address → email\n"
      "- [ ] language → hs_language\n"
      "- [ ] company ← COMPANY merge field; when it's empty use the part of the email after the @\n"
      "- [ ] lastname ← LNAME, 'Unknown' if blank\n"
      "- [ ] lifecyclestage = 'subscriber'\n"
      "FYI the domain fallback is only for members with no COMPANY", MC)
def c42(r: R) -> Out:
    co = mf(r, "COMPANY") if not blank(mf(r, "COMPANY")) else after_at(r["email_address"])
    return {"email": r["email_address"], "hs_language": r["language"], "company": co,
            "lastname": dflt(mf(r, "LNAME"), "Unknown"), "lifecyclestage": "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set31")
