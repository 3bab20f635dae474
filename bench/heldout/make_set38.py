"""Held-out set 38 for the offline mapping drafter.

Persona: a busy marketing director who dictates instructions to a phone (voice-to-text) and
pastes them unedited: mostly lower case, long run-on sentences joined with "and" / "and then" /
"oh and", few commas, symbols and numbers sometimes spelled out ("at sign", "plus one",
"underscore", "all caps", "year dash month dash day"), filler ("basically", "like", "you know")
and mid-sentence self-corrections ("no wait, use the mobile"), but always unambiguous to a
colleague who reads carefully.

Pair distribution (42): hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6
(09-14), -> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3 (25-27);
salesforce.Lead -> hubspot.contacts 5 (28-32); salesforce.Contact -> mailchimp.members 4 (33-36),
-> segment.identify 3 (37-39); mailchimp.members -> hubspot.contacts 3 (40-42).

Rule kinds: copies; constants; defaults when empty; fallback chains (2 long: 11, 13, 17, 18, 23,
24, 41; 3 long ending in a constant: 14; 3 long ending in "leave it out": 02, 38); omit when empty
(05, 09, 14, 16, 21, 22, 23, 24, 31, 37, 41); transforms lower (03, 20, 27, 33, 37), upper (03, 22,
35, 36), trim (11), title case (03, 10, 19, 22, 40), first word (11), before @ (18), after @ (23,
31, 41), E.164 US (02, 09, 13, 17, 24, 34, 38, 41) and UK (30), as a number (05, 24, 26, 31),
whole number (06, 21), date YYYY-MM-DD (07, 20, 22); value tables with 'otherwise' (04, 17, 27,
32, 34, 39) and without (12, 28); conditions equality (13, 15, 29, 33, 40), greater than (05, 16,
24), blank (08, 35); true/false flags (08, 13, 18, 27, 35, 39); filters only (06, 12, 26, 30, 42)
and exclude (08, 19, 32, 36); nested destinations (Segment traits.company.x / traits.address.x:
21, 22, 38; Mailchimp merge_fields.X: 15-20, 33-36; GA4 params.x: 25-27); Mailchimp tags constant
(15, 19, 33) and conditional (16, 35); concatenation/templates (07, 20, 31, 36, 37).

Match key: every text names the destination's match key (see authoring.MATCH_KEY_NOTE).
GA4 records are written flat: client_id, name (the event name), params.x.
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
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _hs(**kw: str) -> dict[str, str]:
    """A HubSpot contact with every pool key (blank unless given)."""
    base = {k: "" for k in HS[0]}
    base.update(kw)
    return base


# set-specific HubSpot inputs
NO_PHONES = _hs(email="sam.ortiz@bluepeak.co", firstname="Sam", lastname="Ortiz", company="", phone="", mobilephone="",
                jobtitle="Analyst", hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="lead", country="United States",
                city="Denver", state="CO", zip="80202", address="1600 Blake St", annualrevenue="150000", numemployees="8",
                industry="Consulting", createdate="2024-02-12T12:00:00.000Z", hs_email_optout="false")
SPACEY = _hs(email="mary.baker@greenleaf.co", firstname="  Mary Ann ", lastname="Baker", company="Greenleaf Co",
             phone="(720) 555-0133", jobtitle="  Sales Rep  ", hs_analytics_source="OFFLINE", lifecyclestage="lead",
             country="United States", city="Boulder", state="CO", zip="80302", address="900 Pearl St",
             annualrevenue="600000", numemployees="5", industry="", createdate="2024-04-18T12:00:00.000Z",
             hs_email_optout="false")
NO_COUNTRY = _hs(email="raj.patel@cactusworks.com", firstname="Raj", lastname="Patel", company="Cactus Works",
                 phone="(512) 555-0170", jobtitle="Founder", hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="opportunity",
                 country="", city="austin", state="TX", zip="78701", address="300 Congress Ave", annualrevenue="950000",
                 numemployees="30", industry="Retail", createdate="2023-09-09T12:00:00.000Z", hs_email_optout="false")
NO_TITLE = _hs(email="ines.moreau@boutiquebleu.fr", firstname="Ines", lastname="Moreau", company="Boutique Bleu",
               phone="+33 4 55 55 01 10", jobtitle="", hs_analytics_source="REFERRALS", lifecyclestage="lead",
               country="France", city="Lyon", state="", zip="69002", address="4 Rue Merciere", annualrevenue="300000",
               numemployees="6", industry="Retail", createdate="2024-03-03T12:00:00.000Z", hs_email_optout="")
BIG_CUSTOMER = _hs(email="olu.adeyemi@savannahfarms.ng", firstname="Olu", lastname="Adeyemi", company="Savannah Farms",
                   phone="+234 1 555 0101", jobtitle="COO", hs_analytics_source="OFFLINE", lifecyclestage="customer",
                   country="Nigeria", city="Lagos", state="", zip="100001", address="7 Marina Rd", annualrevenue="5000000",
                   numemployees="120", industry="Agriculture", createdate="2022-06-15T12:00:00.000Z",
                   hs_email_optout="false")
CANADIAN = _hs(email="claire.roy@maplebyte.ca", firstname="Claire", lastname="Roy", company="Maplebyte",
               phone="(604) 555-0111", mobilephone="", jobtitle="Director", hs_analytics_source="ORGANIC_SEARCH",
               lifecyclestage="lead", country="Canada", city="Vancouver", state="BC", zip="V6B 1A1",
               address="800 Robson St", annualrevenue="700000", numemployees="22", industry="Software",
               createdate="2023-10-10T12:00:00.000Z", hs_email_optout="false")
NO_FIRSTNAME = _hs(email="jordan.lee@brightpath.org", firstname="", lastname="Lee", company="Brightpath",
                   phone="(303) 555-0190", jobtitle="Volunteer Lead", hs_analytics_source="EMAIL_MARKETING",
                   lifecyclestage="evangelist", country="United States", city="Denver", state="CO", zip="80203",
                   address="20 Colfax Ave", annualrevenue="", numemployees="3", industry="Nonprofit",
                   createdate="2024-06-01T12:00:00.000Z", hs_email_optout="false")

# set-specific Salesforce inputs
UK_LEADS = [
    {"Email": "olivia.bennett@thamesdigital.co.uk", "FirstName": "Olivia", "LastName": "Bennett", "Company": "Thames Digital",
     "Title": "Founder", "Phone": "07700 900123", "Street": "10 Deansgate", "City": "Manchester", "PostalCode": "M3 1AZ",
     "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "Web",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "900000"},
    {"Email": "callum.reid@northloch.co.uk", "FirstName": "Callum", "LastName": "Reid", "Company": "North Loch",
     "Title": "", "Phone": "+44 131 496 0000", "Street": "5 Princes St", "City": "Edinburgh", "PostalCode": "EH2 2AN",
     "Country": "United Kingdom", "Status": "Open - Not Contacted", "Rating": "Cold", "LeadSource": "",
     "HasOptedOutOfEmail": False, "AnnualRevenue": ""},
]
NO_TITLE_NO_DEPT = {"Email": "nora.quinn@bluefinch.io", "FirstName": "Nora", "LastName": "Quinn", "Title": "", "Department": "",
                    "Phone": "(971) 555-0102", "MailingCity": "Seattle", "MailingCountry": "United States", "LeadSource": "Web",
                    "HasOptedOutOfEmail": False, "Birthdate": ""}


def _big(v: str, limit: float) -> bool:
    return not blank(v) and float(v) > limit


def _optout(v: str) -> bool:
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead (8)

@case("h38-01-leads-basic", H, L,
      "ok so basically we need hubspot contacts going into salesforce as leads and match them on email so the email "
      "goes into the Email field, and then first name and last name just copy straight across and company name goes "
      "into Company but if it's empty put UNKNOWN in all caps, no wait, just Unknown with a capital u and the rest lower "
      "case, and oh and set lead source to Web for everybody", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "LeadSource": "Web"}


@case("h38-02-lead-phone-chain", H, L,
      "hubspot contacts to salesforce leads matched on the Email field which is just their email and then last name "
      "into LastName and company into Company and if company's blank put N slash A like N/A, and then for Phone use "
      "their phone number and if there isn't one use the mobile and if there's no mobile either just leave Phone off "
      "completely, and basically format it e164 assuming us numbers so plus one in front", extended(HS, NO_PHONES))
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "N/A"),
                 "Phone": OMIT if blank(ph) else e164(ph, "1")})


@case("h38-03-lead-cases", H, L,
      "ok leads from hubspot and the match key is Email which should be the email address all lower case, and then "
      "FirstName and LastName in title case you know capital first letter and the rest lower, company into Company and "
      "Unknown if there's nothing there, and the State field is their state in all caps", HS)
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Company": dflt(r["company"], "Unknown"), "State": r["state"].upper()}


@case("h38-04-lead-source-table", H, L,
      "push contacts into salesforce leads keyed on Email, like the hubspot email, and then last name to LastName and "
      "company to Company or Unknown if it's empty and then lead source basically depends on original source so organic "
      "search becomes Web and paid search becomes Advertisement and referrals becomes External Referral and anything "
      "else including blank is Other", HS)
def _(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h38-05-lead-revenue-rating", H, L,
      "hubspot contacts to leads match on Email from email and then LastName is last name, Company is company but use "
      "Independent if it's blank, AnnualRevenue is annual revenue as an actual number and leave it off if it's empty, "
      "and then Rating is Hot if annual revenue is more than one million and Cold otherwise and blank revenue counts as "
      "Cold", HS)
def _(r: R) -> Out:
    rv = r["annualrevenue"]
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Independent"),
                 "AnnualRevenue": OMIT if blank(rv) else num(rv),
                 "Rating": "Hot" if _big(rv, 1_000_000) else "Cold"})


@case("h38-06-lead-only-pipeline", H, L,
      "so only contacts whose lifecycle stage is lead or marketing qualified lead or sales qualified lead go over to "
      "salesforce leads, skip everyone else, match on Email with their email and then LastName and Company copied and "
      "Company defaults to Unknown, and Title is the job title and NumberOfEmployees is number of employees as a whole "
      "number", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "Title": r["jobtitle"], "NumberOfEmployees": int(num(r["numemployees"]))}


@case("h38-07-lead-description", H, L,
      "hubspot to salesforce leads matched on Email from email and LastName and Company straight copies except Company "
      "gets Unknown if it's empty, and then Description should say HubSpot contact since and then the create date as "
      "year dash month dash day and then comma space city comma space country, so like HubSpot contact since "
      "2023-03-14, San Francisco, United States", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "Description": f"HubSpot contact since {day(r['createdate'])}, {r['city']}, {r['country']}"}


@case("h38-08-lead-flags-no-japan", H, L,
      "leads from hubspot, match on Email with the email, exclude anyone whose country is Japan, and then LastName and "
      "Company with Unknown when company's empty, and HasOptedOutOfEmail should be true when unsubscribed from all email "
      "is the text true and false otherwise and blank counts as false, and then DoNotCall is true if their phone number "
      "field is empty and false if it's got something in it", HS)
def _(r: R) -> Out:
    if r["country"] == "Japan":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "HasOptedOutOfEmail": _optout(r["hs_email_optout"]), "DoNotCall": blank(r["phone"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact (6)

@case("h38-09-contact-mobile", H, C,
      "hubspot contacts into salesforce contacts matched on Email from email and then first name last name copied over "
      "and put their phone, no wait, put their mobile phone into MobilePhone in e164 with plus one for us numbers and if "
      "there's no mobile leave MobilePhone out, oh and Department just set it to Marketing for all of them", HS)
def _(r: R) -> Out:
    mob = r["mobilephone"]
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "MobilePhone": OMIT if blank(mob) else e164(mob, "1"), "Department": "Marketing"})


@case("h38-10-contact-mailing", H, C,
      "sync these to salesforce contact and match on Email using their email and then LastName from last name and "
      "MailingStreet from the street address and MailingCity from city but title case it and MailingPostalCode from zip "
      "and then MailingCountry from country or United States if country is blank", extended(HS, NO_COUNTRY))
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": title(r["city"]), "MailingPostalCode": r["zip"],
            "MailingCountry": dflt(r["country"], "United States")}


@case("h38-11-contact-trim-firstword", H, C,
      "hubspot to salesforce Contact match on Email from email, and then FirstName is just the first word of their "
      "first name, LastName as is, Title is the job title with the extra spaces trimmed off both ends and if job title is "
      "empty put Owner, no wait, put Contact, and Description is the industry and if there's no industry use the company "
      "name instead", extended(HS, SPACEY))
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Title": dflt(r["jobtitle"], "Contact").strip(),
            "Description": r["industry"] if not blank(r["industry"]) else r["company"]}


@case("h38-12-contact-source-no-otherwise", H, C,
      "contacts from hubspot to salesforce contacts, match on Email from email, and basically skip anybody who doesn't have an "
      "original source, and then FirstName LastName from first and last name and LeadSource from original source where "
      "organic search is Web, paid search and paid social are both Advertisement and referrals is External Referral", HS)
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "LeadSource": table[r["hs_analytics_source"]]}


@case("h38-13-contact-phone-customer", H, C,
      "hubspot contacts to salesforce Contact matched on Email from the email, LastName from last name, Phone is their "
      "phone number or the mobile if phone is empty and put it in e164 format assuming us, HasOptedOutOfEmail true if "
      "unsubscribed from all email is the string true otherwise false and blank means false too, and Description is "
      "Existing customer when lifecycle stage is customer and Prospect for everything else", HS)
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "LastName": r["lastname"], "Phone": e164(ph, "1"),
            "HasOptedOutOfEmail": _optout(r["hs_email_optout"]),
            "Description": "Existing customer" if r["lifecyclestage"] == "customer" else "Prospect"}


@case("h38-14-contact-title-chain", H, C,
      "into salesforce contacts and the match is Email from email, and then FirstName LastName straight across and "
      "Title should be the job title and if that's empty use the industry and if that's empty too just put Team Member, "
      "and MailingState is state or leave it off if there's no state", extended(HS, NO_TITLE))
def _(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else (r["industry"] if not blank(r["industry"]) else "Team Member")
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": t,
                 "MailingState": OMIT if blank(r["state"]) else r["state"]})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members (6)

@case("h38-15-mc-status-tag", H, M,
      "hubspot contacts into the mailchimp audience matched on email address which is just their email, and then the "
      "FNAME merge field is first name and LNAME is last name and status is unsubscribed if unsubscribed from all email "
      "is the text true and subscribed otherwise including when it's blank, and tag everyone HubSpot Import", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if _optout(r["hs_email_optout"]) else "subscribed", "tags": ["HubSpot Import"]}


@case("h38-16-mc-conditional-tags", H, M,
      "to mailchimp members and email underscore address is the email, FNAME merge field is first name, and then tags, "
      "basically add Customer if lifecycle stage is customer and add Big Account if annual revenue is more than three "
      "million, blank revenue means no Big Account, in that order and if neither applies tags is just an empty list, oh "
      "and the COMPANY merge field is company name and leave it out if they don't have one", extended(HS, BIG_CUSTOMER))
def _(r: R) -> Out:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    if _big(r["annualrevenue"], 3_000_000):
        tags.append("Big Account")
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": r["firstname"], "COMPANY": OMIT if blank(r["company"]) else r["company"]},
                 "tags": tags})


@case("h38-17-mc-phone-language", H, M,
      "hubspot to mailchimp matched on email underscore address equals email and then the PHONE merge field is the "
      "mobile or if there's no mobile the regular phone, e164 format assuming us so plus one, and FNAME is first name, "
      "and language is like a lookup on country so United States is en, France is fr, Japan is ja, Mexico is es and "
      "anything else en", extended(HS, CANADIAN))
def _(r: R) -> Out:
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    lang = {"United States": "en", "France": "fr", "Japan": "ja", "Mexico": "es"}.get(r["country"], "en")
    return {"email_address": r["email"], "merge_fields": {"PHONE": e164(ph, "1"), "FNAME": r["firstname"]},
            "language": lang}


@case("h38-18-mc-before-at-vip", H, M,
      "hubspot contacts into mailchimp, match on email address from their email and then FNAME is first name but if "
      "first name is blank use the part of the email before the at sign, and vip should be true when lifecycle stage is "
      "customer or evangelist and false for everyone else, and status is just subscribed for everybody",
      extended(lower_emails(HS), NO_FIRSTNAME))
def _(r: R) -> Out:
    fn = r["firstname"] if not blank(r["firstname"]) else before_at(r["email"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": fn},
            "vip": r["lifecyclestage"] in ("customer", "evangelist"), "status": "subscribed"}


@case("h38-19-mc-exclude-optout", H, M,
      "send hubspot contacts to mailchimp but exclude anyone whose unsubscribed from all email is the text true, blank "
      "ones are fine send those, match on email_address from email, FNAME and LNAME merge fields from first and last "
      "name in title case, and tags are Newsletter and Q1 Promo, no wait, Newsletter and Spring Promo, in that order", HS)
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": ["Newsletter", "Spring Promo"]}


@case("h38-20-mc-place-joined", H, M,
      "mailchimp members from hubspot matched on email address which is the email in lower case, LNAME from last name, "
      "and a merge field called PLACE that's the city then comma space then the country like San Francisco, United "
      "States, and another merge field JOINED with the create date as year dash month dash day, and status subscribed",
      HS)
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"LNAME": r["lastname"], "PLACE": f"{r['city']}, {r['country']}",
                             "JOINED": day(r["createdate"])},
            "status": "subscribed"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify (4)

@case("h38-21-seg-company", H, S,
      "ok so hubspot contacts into segment identify calls, userId is the email and also put the email in traits email, and "
      "then traits firstName and lastName from first and last name, and under traits company put name from company, "
      "industry from industry and employee_count from number of employees as a whole number, and leave any of those "
      "company bits out when they're empty", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
        "company": {"name": OMIT if blank(r["company"]) else r["company"],
                    "industry": OMIT if blank(r["industry"]) else r["industry"],
                    "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h38-22-seg-address", H, S,
      "segment identify from hubspot and the match is traits dot email from email, no userId, and then traits address "
      "city is the city in title case and traits address state is state in all caps or leave it out if there's no "
      "state and traits address postalCode from zip and traits address country from country and then traits createdAt "
      "from create date but just the date part year dash month dash day", HS)
def _(r: R) -> Out:
    return keep({"traits": {
        "email": r["email"],
        "address": {"city": title(r["city"]), "state": OMIT if blank(r["state"]) else r["state"].upper(),
                    "postalCode": r["zip"], "country": r["country"]},
        "createdAt": day(r["createdate"])}})


@case("h38-23-seg-website-domain", H, S,
      "hubspot to segment identify, userId is the email, traits website is their website and if that's empty use the "
      "part of the email after the at sign, and traits title is job title or leave it out if there's no job title, oh "
      "and a custom trait lifecycle underscore stage with the lifecycle stage as is", lower_emails(HS))
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "website": r["website"] if not blank(r["website"]) else after_at(r["email"]),
        "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"],
        "lifecycle_stage": r["lifecyclestage"]}})


@case("h38-24-seg-tier", H, S,
      "identify calls to segment from hubspot, userId is email, then annual revenue as a number in a trait called "
      "annualRevenue and skip it if blank, and traits tier is Enterprise if revenue is over five million and SMB if not "
      "and blank revenue counts as SMB, and traits phone is the phone number in e164 assuming us and if there's no "
      "phone use the mobile", HS)
def _(r: R) -> Out:
    rv = r["annualrevenue"]
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"], "traits": {
        "annualRevenue": OMIT if blank(rv) else num(rv),
        "tier": "Enterprise" if _big(rv, 5_000_000) else "SMB",
        "phone": e164(ph, "1")}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events (3)

@case("h38-25-ga4-generate-lead", H, G,
      "send hubspot contacts to ga4 as events, client_id is the email, event name is generate underscore lead for all of "
      "them, and then params lifecycle_stage is lifecycle stage and params source is original source and if original "
      "source is blank put direct", HS)
def _(r: R) -> Out:
    return {"client_id": r["email"], "name": "generate_lead",
            "params": {"lifecycle_stage": r["lifecyclestage"], "source": dflt(r["hs_analytics_source"], "direct")}}


@case("h38-26-ga4-value", H, G,
      "ga4 events from hubspot and like only contacts where annual revenue isn't empty, client_id is email, event name is "
      "qualified_account, params value is annual revenue as a number and params currency is USD all caps, and params "
      "country is the country", HS)
def _(r: R) -> Out:
    if blank(r["annualrevenue"]):
        return None
    return {"client_id": r["email"], "name": "qualified_account",
            "params": {"value": num(r["annualrevenue"]), "currency": "USD", "country": r["country"]}}


@case("h38-27-ga4-stage-events", H, G,
      "hubspot contacts into ga4 and client underscore id is the email lower cased, and the event name depends on "
      "lifecycle stage so customer is purchase_complete, salesqualifiedlead is sql_reached, lead is lead_created and "
      "anything else is contact_synced, and then params opted_out is true if unsubscribed from all email is the text "
      "true, false otherwise with blank as false, and params city is city", HS)
def _(r: R) -> Out:
    ev = {"customer": "purchase_complete", "salesqualifiedlead": "sql_reached",
          "lead": "lead_created"}.get(r["lifecyclestage"], "contact_synced")
    return {"client_id": r["email"].lower(), "name": ev,
            "params": {"opted_out": _optout(r["hs_email_optout"]), "city": r["city"]}}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts (5)

@case("h38-28-lead-hs-status", L, H,
      "salesforce leads back into hubspot contacts matched on email from the lead Email, and then firstname lastname "
      "company copied over, and hs lead status maps like open not contacted is NEW, working contacted is IN_PROGRESS, "
      "closed converted is CONNECTED and closed not converted is UNQUALIFIED", SFL)
def _(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "hs_lead_status": table[r["Status"]]}


@case("h38-29-lead-hs-optout-text", L, H,
      "leads to hubspot, match on email from Email, and then unsubscribed from all email should be the text true or "
      "false depending on email opt out, and lifecycle stage is customer when the lead status is closed converted and "
      "lead for all the others, and job title from Title and if Title is blank put Not Specified", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead",
            "jobtitle": dflt(r["Title"], "Not Specified")}


@case("h38-30-lead-hs-uk-phone", L, H,
      "ok and then leads from salesforce into hubspot but only the ones where Country is United Kingdom, match on email from Email, "
      "firstname lastname copied, phone from Phone in e164 format assuming UK so plus four four and drop the leading "
      "zero, and then city and zip from City and PostalCode", extended(SFL, *UK_LEADS))
def _(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "phone": e164(r["Phone"], "44"),
            "city": r["City"], "zip": r["PostalCode"]}


@case("h38-31-lead-hs-website", L, H,
      "salesforce leads to hubspot matched on email from the Email field, company from Company, website should be like "
      "https colon slash slash and then the part of the email after the at sign, annual revenue as a number and leave it out "
      "if it's blank, and city is City", SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "company": r["Company"], "website": "https://" + after_at(r["Email"]),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]), "city": r["City"]})


@case("h38-32-lead-hs-rating", L, H,
      "leads into hubspot, skip anyone who has email opt out checked, match on email equals Email, lastname from "
      "LastName, lifecycle stage from Rating where Hot is salesqualifiedlead and Warm is marketingqualifiedlead and "
      "anything else is lead, and country from Country and if it's empty say Unknown", SFL)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return {"email": r["Email"], "lastname": r["LastName"], "lifecyclestage": stage,
            "country": dflt(r["Country"], "Unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members (4)

@case("h38-33-contact-mc-basic", C, M,
      "salesforce contacts into mailchimp, email underscore address is the Email all lower case, FNAME and LNAME from "
      "first and last name, status unsubscribed if email opt out is true and subscribed if it's false, and tag them all "
      "Salesforce", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": ["Salesforce"]}


@case("h38-34-contact-mc-phone-dept", C, M,
      "contacts to mailchimp, match on email address from Email, PHONE merge field is Phone in e164 and assume us "
      "numbers so plus one unless it already starts with a plus, merge field DEPT is Department or General if there's "
      "no department, and language is de for Germany and Austria and en for everyone else based on MailingCountry", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"PHONE": e164(r["Phone"], "1"), "DEPT": dflt(r["Department"], "General")},
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en"}


@case("h38-35-contact-mc-tags-vip", C, M,
      "salesforce contacts into mailchimp matched on email_address which is Email as is, and tags should be Web Lead if "
      "lead source is Web and Event if lead source is Trade Show and otherwise no tags just an empty list, and vip is "
      "true if they have a Title and false if Title is blank, and LNAME in all caps", SFC)
def _(r: R) -> Out:
    tags = {"Web": ["Web Lead"], "Trade Show": ["Event"]}.get(r["LeadSource"], [])
    return {"email_address": r["Email"], "tags": tags, "vip": not blank(r["Title"]),
            "merge_fields": {"LNAME": r["LastName"].upper()}}


@case("h38-36-contact-mc-fullname", C, M,
      "salesforce contacts to mailchimp but exclude anyone with email opt out true, match on email_address from Email, "
      "and then a merge field FULLNAME that's first name space last name, and the CITY merge field is MailingCity in all "
      "caps, oh and status is subscribed for everyone", SFC)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FULLNAME": f"{r['FirstName']} {r['LastName']}", "CITY": r["MailingCity"].upper()},
            "status": "subscribed"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify (3)

@case("h38-37-contact-seg-name", C, S,
      "salesforce contacts into segment identify, userId is the Email lower cased and traits email is the Email as is, "
      "traits name is first name then a space then last name, traits title is Title or leave it out when blank, and "
      "traits birthday is Birthdate and leave birthday out too if it's empty", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "name": f"{r['FirstName']} {r['LastName']}",
        "title": OMIT if blank(r["Title"]) else r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h38-38-contact-seg-address-title", C, S,
      "you know the contacts from salesforce, send them to segment identify with userId equals Email, traits address city from MailingCity and "
      "traits address country from MailingCountry, traits phone is Phone in e164 assume us, and traits title is Title "
      "and if that's blank use the Department and if that's blank too just leave title out",
      extended(SFC, NO_TITLE_NO_DEPT))
def _(r: R) -> Out:
    t = r["Title"] if not blank(r["Title"]) else (r["Department"] if not blank(r["Department"]) else OMIT)
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
        "phone": e164(r["Phone"], "1"), "title": t}})


@case("h38-39-contact-seg-custom-traits", C, S,
      "salesforce contacts to segment identify calls, match on traits dot email which is Email, no user id, then a trait "
      "email_opt_out that's true or false straight from email opt out, a trait acquisition that's website when lead "
      "source is Web, event when it's Trade Show and other for anything else including blank, and a trait department "
      "that's Department or Unassigned if blank", SFC)
def _(r: R) -> Out:
    acq = {"Web": "website", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"traits": {"email": r["Email"], "email_opt_out": bool(r["HasOptedOutOfEmail"]), "acquisition": acq,
                       "department": dflt(r["Department"], "Unassigned")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts (3)

@case("h38-40-mc-hs-names", M, H,
      "basically mailchimp members into hubspot contacts matched on email from email_address, and firstname and lastname from the "
      "FNAME and LNAME merge fields both in title case and if LNAME is empty just put Unknown, and unsubscribed from all "
      "email is the text true when status is unsubscribed or cleaned and the text false when it's subscribed", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(dflt(mf["LNAME"], "Unknown")),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"}


@case("h38-41-mc-hs-phone-company", M, H,
      "mailchimp to hubspot, match on email equals email_address, phone from the PHONE merge field in e164 assuming us "
      "and leave phone out when it's empty, company from the COMPANY merge field or if that's empty the bit of the email "
      "after the at sign, and preferred language just copied from language", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"),
                 "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
                 "hs_language": r["language"]})


@case("h38-42-mc-hs-subscribed-only", M, H,
      "only subscribed mailchimp members go into hubspot, match on email from email_address, firstname from FNAME, "
      "lifecycle stage is customer if vip is true and subscriber if not, and you know lead status is NEW for all of "
      "them", MC)
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"],
            "lifecyclestage": "customer" if r["vip"] else "subscriber", "hs_lead_status": "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set38")
