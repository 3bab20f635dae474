"""Held-out set 20, written BEFORE the session that measures it and not tuned against: an agency consultant's
compact integration specs (one to three sentences or short bullets, marketing-ops jargon: MQLs, SQLs,
opted-out, audience, identify call, merge tags, event params; API names mixed with plain names; about one
case in six casual). Pairs: hubspot.contacts -> salesforce.Lead / salesforce.Contact / mailchimp.members /
segment.identify / ga4.events (GA4, Segment and Mailchimp weighted up), salesforce.Lead -> hubspot.contacts,
salesforce.Contact -> mailchimp.members / segment.identify, mailchimp.members -> hubspot.contacts. Rule kinds:
copies, constants, defaults, fallbacks, leave-out, transforms (lower/upper/trim/title/first word/before and
after the @/E.164/number/whole number/date), value tables with and without an otherwise, conditions
(equality, greater/less than with a bound, blank), true/false flags, filters, nested destinations, tags,
templates, account lookup by company name.
The match key is always written: cases naming no email expect it mapped by name; no case writes a
read-only or unknown destination field; an object left empty by omission is dropped.
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set20.py  -> bench/heldout/set20/*.yaml"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)

# extra HubSpot contacts (every field the pool's other records have): a padded company and job title,
# a two-word first name, a UK number, an opportunity, a contact with no country/phone/revenue
NOAH: dict[str, Any] = {
    "email": "noah.cohen@bluefin.io", "firstname": "Noah", "lastname": "Cohen", "company": "  Bluefin Labs ",
    "phone": "030 5555 0100", "mobilephone": "", "jobtitle": " Product Lead  ", "hs_analytics_source": "EMAIL_MARKETING",
    "lifecyclestage": "opportunity", "country": "Germany", "city": "Berlin", "state": "", "zip": "10115",
    "address": "Torstrasse 1", "annualrevenue": "45000000", "numemployees": "600", "industry": "Fintech",
    "website": "https://bluefin.io", "createdate": "2024-06-18T12:30:00.000Z", "hs_email_optout": "false"}
AVA: dict[str, Any] = {
    "email": "ava.thompson@brightpath.co.uk", "firstname": "ava grace", "lastname": "thompson", "company": "BrightPath",
    "phone": "020 7946 0958", "mobilephone": "07700 900123", "jobtitle": "marketing coordinator",
    "hs_analytics_source": "DIRECT_TRAFFIC", "lifecyclestage": "lead", "country": "United Kingdom", "city": "Leeds",
    "state": "", "zip": "LS1 4AP", "address": "10 Park Row", "annualrevenue": "950000", "numemployees": "75",
    "industry": "Education", "website": "brightpath.co.uk", "createdate": "2024-02-27T13:15:00.000Z",
    "hs_email_optout": ""}
OLU: dict[str, Any] = {
    "email": "olu.adeyemi@lagoshub.ng", "firstname": "Oluwaseun", "lastname": "Adeyemi", "company": "Lagos Hub",
    "phone": "", "mobilephone": "", "jobtitle": "Founder", "hs_analytics_source": "SOCIAL_MEDIA",
    "lifecyclestage": "salesqualifiedlead", "country": "", "city": "Lagos", "state": "", "zip": "", "address": "",
    "annualrevenue": "", "numemployees": "8", "industry": "", "website": "", "createdate": "2024-04-03T12:00:00.000Z",
    "hs_email_optout": "false"}

HSX = [*HS, NOAH, AVA, OLU]
HSO = [*HS, OLU]  # no non-US national numbers: safe for "assume US" E.164
# an extra Salesforce Contact: a Department no team table lists, a non-US number with its own code
SFCX = [*SFC, {
    "Email": "camille.martin@papeterie-lyon.fr", "FirstName": "Camille", "LastName": "Martin",
    "Title": "Head of Marketing", "Department": "Marketing", "Phone": "+33 4 55 55 01 23", "MailingCity": "Lyon",
    "MailingCountry": "France", "LeadSource": "Partner Referral", "HasOptedOutOfEmail": True, "Birthdate": "1988-02-14"}]
# lower-case emails for the "part before/after the @" cases (README 8)
HSL = [{**r, "email": r["email"].lower()} for r in HSX]


def yes(v: Any) -> bool:
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead
@case("h20-01-lead-straight-copies", H, L,
      "Client A, HubSpot contacts into SFDC as Leads. Straight copies: email -> Email, firstname -> FirstName, "
      "lastname -> LastName, company -> Company, jobtitle -> Title.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"]}


SRC = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
       "REFERRALS": "External Referral"}


@case("h20-02-lead-source-table", H, L,
      "Set LeadSource from HubSpot's original source: ORGANIC_SEARCH is Web, PAID_SEARCH and PAID_SOCIAL are both "
      "Advertisement, REFERRALS is External Referral. Any other source, or no source at all, goes in as Other. "
      "Email maps across as usual.", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": SRC.get(r["hs_analytics_source"], "Other")}


@case("h20-03-lead-mqls-sqls-status", H, L,
      "Only MQLs and SQLs go to Salesforce, nothing else. MQLs land with Lead Status 'Open - Not Contacted', SQLs "
      "with 'Working - Contacted'. Carry over email and last name too.", HSX)
def _(r: R) -> Out:
    st = {"marketingqualifiedlead": "Open - Not Contacted", "salesqualifiedlead": "Working - Contacted"}
    if r["lifecyclestage"] not in st:
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Status": st[r["lifecyclestage"]]}


@case("h20-04-lead-account-by-company", H, L,
      "Link each lead to its account by company name; if the contact has no company, use 'Unknown Account' so the "
      "lead still saves.", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Unknown Account")}


@case("h20-05-lead-revenue-headcount", H, L,
      "AnnualRevenue = HubSpot annual revenue as a number, NumberOfEmployees = number of employees as a whole number. "
      "Don't send either field when it's blank in HubSpot. Email as the key.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


@case("h20-06-lead-rating-revenue-bands", H, L,
      "- Email -> Email\n- Rating: Hot when annual revenue is above 10,000,000; Warm when it's above 1,000,000 "
      "(up to 10M); Cold for everything below that, and Cold when revenue is empty", HSX)
def _(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v <= 1_000_000 else ("Hot" if v > 10_000_000 else "Warm")
    return {"Email": r["email"], "Rating": rating}


@case("h20-07-lead-phone-e164-mobile-fallback", H, L,
      "Phone in E.164, numbers without a country code are US. Use the contact's phone; if that's empty fall back to "
      "their mobile (same formatting). No phone and no mobile = leave Phone off the lead. Plus the email.", HSO)
def _(r: R) -> Out:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(p) else e164(p, "1")})


@case("h20-08-lead-opted-out-flag", H, L,
      "HasOptedOutOfEmail should be true for contacts who unsubscribed in HubSpot (hs_email_optout = \"true\") and "
      "false for everyone else, blanks included. Email too.", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": yes(r["hs_email_optout"])}


@case("h20-09-lead-description-template", H, L,
      "Write Description as: Imported from HubSpot (stage: <lifecycle stage>, city: <city>) and map email.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"],
            "Description": f"Imported from HubSpot (stage: {r['lifecyclestage']}, city: {r['city']})"}


@case("h20-10-lead-casual-cleanup", H, L,
      "pls lowercase the e-mail before it goes in, Title Case the first name and surname, and trim spaces off the "
      "job role (Title)", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip()}


@case("h20-11-lead-skip-customers-optouts", H, L,
      "Skip customers and anyone opted-out of email (a blank opt-out means they're fine to send). For the rest: "
      "email, City as is, and Country with 'Unknown' when HubSpot has none.", HSX)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or yes(r["hs_email_optout"]):
        return None
    return {"Email": r["email"], "City": r["city"], "Country": dflt(r["country"], "Unknown")}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact
@case("h20-12-contact-mailing-address", H, C,
      "HubSpot -> Salesforce Contact for Client B: Email, FirstName, LastName, Title from jobtitle, and the "
      "mailing address: MailingStreet from address, MailingCity from city, MailingPostalCode from zip, MailingCountry "
      "from country.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h20-13-contact-paid-only", H, C,
      "Only paid contacts (original source PAID_SEARCH or PAID_SOCIAL) get synced as Contacts. Lead Source is always "
      "'Advertisement', and Description gets the original source in lowercase. Email as usual.", HSX)
def _(r: R) -> Out:
    if r["hs_analytics_source"] not in ("PAID_SEARCH", "PAID_SOCIAL"):
        return None
    return {"Email": r["email"], "LeadSource": "Advertisement", "Description": r["hs_analytics_source"].lower()}


@case("h20-14-contact-do-not-call", H, C,
      "Flag DoNotCall = true on contacts with no phone number in HubSpot, false when they have one. MobilePhone copied "
      "straight from mobilephone, and the email.", HSO)
def _(r: R) -> Out:
    return {"Email": r["email"], "DoNotCall": blank(r["phone"]), "MobilePhone": r["mobilephone"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members
@case("h20-15-mc-audience-basic", H, M,
      "Everyone from HubSpot into the Mailchimp audience as subscribed. email_address is the email lowercased, FNAME "
      "and LNAME merge tags from first/last name.", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(), "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h20-16-mc-optout-status-stage-tag", H, M,
      "Opted-out contacts (hs_email_optout \"true\") go in unsubscribed, everybody else subscribed, including blanks. "
      "Two tags per member: 'hubspot-sync' first, then their lifecycle stage.", HSX)
def _(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if yes(r["hs_email_optout"]) else "subscribed",
            "tags": ["hubspot-sync", r["lifecyclestage"]]}


@case("h20-17-mc-exclude-optouts-phone", H, M,
      "exclude anyone who's opted out (blank opt-out = keep them). FNAME from firstname, and the PHONE merge tag in "
      "E.164 assuming US numbers; if there's no phone just don't set PHONE", HSO)
def _(r: R) -> Out:
    if yes(r["hs_email_optout"]):
        return None
    return keep({"email_address": r["email"], "merge_fields": {
        "FNAME": r["firstname"], "PHONE": OMIT if blank(r["phone"]) else e164(r["phone"], "1")}})


@case("h20-18-mc-vip-by-revenue", H, M,
      "Mark members vip = true when annual revenue is 5,000,000 or more, vip = false otherwise (no revenue counts as "
      "not VIP). VIPs get the tag 'big-fish', everyone else an empty tag list. Email address from email.", HSX)
def _(r: R) -> Out:
    v = rev(r)
    vip = v is not None and v >= 5_000_000
    return {"email_address": r["email"], "vip": vip, "tags": ["big-fish"] if vip else []}


@case("h20-19-mc-language-by-country", H, M,
      "Mailchimp language from HubSpot country: United States -> en, France -> fr, Japan -> ja, Mexico -> es. Any "
      "other country, or a blank one, gets en. Plus email_address.", HSX)
def _(r: R) -> Out:
    lang = {"United States": "en", "France": "fr", "Japan": "ja", "Mexico": "es"}
    return {"email_address": r["email"], "language": lang.get(r["country"], "en")}


@case("h20-20-mc-first-word-bullets", H, M,
      "- email_address: the email in lower case\n- FNAME: first word of the first name only\n- LNAME: surname in "
      "upper case\n- tag everyone 'Newsletter'", HSX)
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": r["firstname"].split()[0], "LNAME": r["lastname"].upper()},
            "tags": ["Newsletter"]}


@case("h20-21-mc-status-by-stage", H, M,
      "Member status by lifecycle stage: subscriber -> pending (they still need to double opt-in); lead, "
      "marketingqualifiedlead, salesqualifiedlead and opportunity -> subscribed; customer -> transactional. Map email "
      "and the LNAME merge tag as well.", HSX)
def _(r: R) -> Out:
    st = {"subscriber": "pending", "lead": "subscribed", "marketingqualifiedlead": "subscribed",
          "salesqualifiedlead": "subscribed", "opportunity": "subscribed", "customer": "transactional"}
    return {"email_address": r["email"], "status": st[r["lifecyclestage"]], "merge_fields": {"LNAME": r["lastname"]}}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify
@case("h20-22-seg-identify-basic", H, S,
      "Identify call per contact: userId = lowercased email. Traits: email (as is), firstName, lastName, phone.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "firstName": r["firstname"],
                                                     "lastName": r["lastname"], "phone": r["phone"]}}


@case("h20-23-seg-full-name-title", H, S,
      "Segment identify with the email as userId. traits.name is first name, a space, then last name. traits.title "
      "from jobtitle, but leave the title trait off when the contact has no job title.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"name": f"{r['firstname']} {r['lastname']}",
                                                  "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


@case("h20-24-seg-address-traits", H, S,
      "Send the address as traits.address: city, state (skip state when it's blank), postalCode from zip, and "
      "country. userId is the email.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"address": {
        "city": r["city"], "state": OMIT if blank(r["state"]) else r["state"], "postalCode": r["zip"],
        "country": r["country"]}}})


@case("h20-25-seg-created-and-stage", H, S,
      "userId = email; traits.createdAt = the HubSpot create date as YYYY-MM-DD; and a custom trait lifecycle_stage "
      "with the lifecycle stage copied as is", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"createdAt": r["createdate"][:10], "lifecycle_stage": r["lifecyclestage"]}}


@case("h20-26-seg-company-fallback", H, S,
      "Company traits on the identify call: traits.company.name from company, falling back to the email domain (the "
      "bit after the @) if company is empty; traits.company.employee_count = number of employees as an integer, left "
      "out when blank. Also traits.website, left out when blank. userId: email.", HSL)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "company": {"name": dflt(r["company"], r["email"].split("@")[1]),
                    "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))},
        "website": OMIT if blank(r["website"]) else r["website"]}})


@case("h20-27-seg-mql-optout-flags", H, S,
      "- userId: email\n- traits.is_mql: true if lifecycle stage is marketingqualifiedlead, otherwise false\n"
      "- traits.opted_out: true when hs_email_optout is \"true\"; false otherwise (blank = false)", HSX)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"is_mql": r["lifecyclestage"] == "marketingqualifiedlead",
                                             "opted_out": yes(r["hs_email_optout"])}}


@case("h20-28-seg-skip-no-company", H, S,
      "Don't identify contacts with no company. Everyone else: userId = email, traits.company.name = company, "
      "traits.company.industry = industry, both copied as is.", HSX)
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"userId": r["email"], "traits": {"company": {"name": r["company"], "industry": r["industry"]}}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events
def ga4(cid: str, name: str, params: dict[str, Any], **top: Any) -> dict[str, Any]:
    return keep({"client_id": cid, **top, "events": [keep({"name": name, "params": params})]})


@case("h20-29-ga4-sign-up", H, G,
      "GA4 Measurement Protocol: client_id is always 'crm-import', user_id is the email lowercased, one sign_up event "
      "per contact with event param method = 'hubspot'.", HS)
def _(r: R) -> Out:
    return ga4("crm-import", "sign_up", {"method": "hubspot"}, user_id=r["email"].lower())


@case("h20-30-ga4-generate-lead-mql-sql", H, G,
      "Fire generate_lead for MQLs and SQLs only. client_id = the part of the email before the @. Event params: "
      "currency 'USD' and value = annual revenue as a number; leave value out when there's no revenue.", HSL)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return ga4(r["email"].split("@")[0], "generate_lead",
               {"currency": "USD", "value": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h20-31-ga4-lead-tier", H, G,
      "One lead_scored event per contact, client_id 'hs.backfill'. Event param tier: 'enterprise' if number of "
      "employees is over 200, 'mid' if it's over 20 (up to 200), else 'small'. Blank employee count = 'small'.", HSX)
def _(r: R) -> Out:
    n = None if blank(r["numemployees"]) else float(r["numemployees"])
    tier = "small" if n is None or n <= 20 else ("enterprise" if n > 200 else "mid")
    return ga4("hs.backfill", "lead_scored", {"tier": tier})


@case("h20-32-ga4-crm-sync-params", H, G,
      "- client_id = email\n- event name: crm_sync\n- params: stage = lifecycle stage as is; source = original source "
      "lowercased, or 'unknown' when there isn't one", HSX)
def _(r: R) -> Out:
    src = "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return ga4(r["email"], "crm_sync", {"stage": r["lifecyclestage"], "source": src})


@case("h20-33-ga4-purchase-currency", H, G,
      "Send a purchase event for everyone except opted-out contacts (blank opt-out isn't opted out). client_id "
      "'offline-revenue'. Event params: value = annual revenue as a number, 0 if it's empty; currency EUR for France "
      "and Germany, GBP for United Kingdom, USD for any other or no country.", HSX)
def _(r: R) -> Out:
    if yes(r["hs_email_optout"]):
        return None
    cur = {"France": "EUR", "Germany": "EUR", "United Kingdom": "GBP"}.get(r["country"], "USD")
    return ga4("offline-revenue", "purchase",
               {"value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": cur})


@case("h20-34-ga4-casual-domain-date", H, G,
      "ga4: client id = the e-mail lowercased, event 'crm_contact', params company_domain (whatever's after the @) "
      "and signup_date as YYYY-MM-DD from createdate. thx", HSL)
def _(r: R) -> Out:
    return ga4(r["email"].lower(), "crm_contact",
               {"company_domain": r["email"].split("@")[1], "signup_date": r["createdate"][:10]})


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts
@case("h20-35-sfl-hs-lead-status-table", L, H,
      "SFDC Leads back into HubSpot: email, firstname, lastname, company straight across. hs_lead_status from Lead "
      "Status: 'Open - Not Contacted' = NEW, 'Working - Contacted' = IN_PROGRESS, 'Closed - Converted' = OPEN_DEAL, "
      "'Closed - Not Converted' = UNQUALIFIED.", SFL)
def _(r: R) -> Out:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
          "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "hs_lead_status": st[r["Status"]]}


@case("h20-36-sfl-hs-optout-hot-sql", L, H,
      "hs_email_optout gets the text \"true\" when HasOptedOutOfEmail is true, \"false\" when it isn't. Hot leads "
      "(Rating = Hot) become salesqualifiedlead, any other rating becomes lead. Email as the key.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead"}


@case("h20-37-sfl-hs-open-only-phone", L, H,
      "Skip closed leads (Closed - Converted and Closed - Not Converted). For open ones: email, phone in E.164 (US "
      "when there's no country code, leave phone out if blank), annualrevenue as a number (left out when blank), "
      "city copied.", SFL)
def _(r: R) -> Out:
    if r["Status"].startswith("Closed"):
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1"),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]), "city": r["City"]})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members
@case("h20-38-sfc-mc-optout-birthday", C, M,
      "Salesforce Contacts into the audience: email_address = Email lowercased, FNAME/LNAME merge tags from first and "
      "last name. Opted-out contacts (HasOptedOutOfEmail true) are unsubscribed, the rest subscribed. BIRTHDAY merge "
      "tag = Birthdate as is, not set when there's no birthdate.", SFCX)
def _(r: R) -> Out:
    return keep({"email_address": r["Email"].lower(),
                 "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"],
                                  "BIRTHDAY": OMIT if blank(r["Birthdate"]) else r["Birthdate"]},
                 "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"})


@case("h20-39-sfc-mc-department-tags", C, M,
      "Skip contacts with a blank LeadSource. Tags: 'salesforce' then a team tag from Department: Engineering -> "
      "tech, Sales -> sales, anything else -> general. email_address from Email.", SFCX)
def _(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    team = {"Engineering": "tech", "Sales": "sales"}.get(r["Department"], "general")
    return {"email_address": r["Email"], "tags": ["salesforce", team]}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify
@case("h20-40-sfc-seg-identify", C, S,
      "Identify SF Contacts in Segment: userId = Email in lower case; traits firstName, lastName, title (omit title "
      "if blank); traits.address.city from MailingCity and traits.address.country from MailingCountry.", SFCX)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"], "title": OMIT if blank(r["Title"]) else r["Title"],
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}})


@case("h20-41-sfc-seg-birthday-phone", C, S,
      "userId is the Email as is. traits.birthday from Birthdate, left out when empty. traits.phone = Phone in E.164 "
      "with US assumed, and traits.unsubscribed = HasOptedOutOfEmail copied over.", SFCX)
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"], "phone": e164(r["Phone"], "1"),
        "unsubscribed": r["HasOptedOutOfEmail"]}})


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts
@case("h20-42-mc-hs-subscribed-only", M, H,
      "only subscribed members come back into HubSpot, unsubscribed/cleaned stay out. email from email_address, "
      "firstname from FNAME, lastname from LNAME, company from the COMPANY merge field", MC)
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"], "company": mf["COMPANY"]}


@case("h20-43-mc-hs-optout-title-case", M, H,
      "hs_email_optout = the text \"false\" for subscribed members and \"true\" for any other status. FNAME and LNAME "
      "into firstname/lastname in Title Case; if LNAME is blank leave lastname off. Email address -> email.", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "hs_email_optout": "false" if r["status"] == "subscribed" else "true",
                 "firstname": title(mf["FNAME"]), "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"])})


@case("h20-44-mc-hs-phone-language", M, H,
      "Exclude cleaned members. Phone from the PHONE merge tag as E.164 (US if no country code), don't set phone "
      "when it's empty; hs_language from language; email from email_address.", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph, "1"),
                 "hs_language": r["language"]})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set20")
