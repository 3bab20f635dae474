"""Held-out set 22, written by a new author who never saw the drafter.

Author persona: a demand-generation manager at a mid-size SaaS company, explaining each sync
to a colleague in plain full sentences (one or two rules a sentence, everyday words for the
fields, now and then a field's API name, the odd casual phrase or typo).

Expected records are computed here from the mapping-cases README's semantics (blank = empty or
whitespace, defaults and fallbacks only on blank, "leave out" = key absent, filters drop the
record, value tables are case-sensitive, E.164 with an assumed country, title case, etc.).
The destination's match key is always written (authoring.MATCH_KEY_NOTE).

Pairs (43 cases): hubspot.contacts -> salesforce.Lead (8), salesforce.Contact (6),
mailchimp.members (6), segment.identify (4), ga4.events (3); salesforce.Lead ->
hubspot.contacts (5); salesforce.Contact -> mailchimp.members (4), segment.identify (3);
mailchimp.members -> hubspot.contacts (4).

Rule kinds: copies, constants, defaults when empty, fallbacks, leave out when empty, transforms
(lower, upper, trim, title case, first word, before/after the @, E.164 US/UK, number, whole
number, date), value tables with and without an otherwise, conditions (equality, greater/less
than, blank), true/false flags, filters (only / skip), nested destinations (Segment traits.x.y,
Mailchimp merge_fields.X, GA4 events[].params), tags, templates. Account lookup by company is
not covered (the expected output of a lookup in a preview is not given by the README).
"""

from __future__ import annotations

import copy
from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def optout(v: str) -> bool:
    """hs_email_optout read as a flag; the texts say a blank is not opted out."""
    return v == "true"


# HubSpot contacts with every email already in lower case (for the before/after-@ cases)
HS_LOWER: list[R] = copy.deepcopy(HS)
for _r in HS_LOWER:
    _r["email"] = _r["email"].lower()

# one more contact: blank first name, padded company, no phone at all
HS_EXTRA: R = {
    "email": "sam.ortiz@brightpath.io", "firstname": "", "lastname": "Ortiz", "company": "  BrightPath  ",
    "phone": "", "mobilephone": "", "jobtitle": "growth marketer", "hs_analytics_source": "EMAIL_MARKETING",
    "lifecyclestage": "marketingqualifiedlead", "country": "Canada", "city": "toronto", "state": "on", "zip": "M5V 2T6",
    "address": "88 King St W", "annualrevenue": "950000", "numemployees": "9", "industry": "Education",
    "website": "", "createdate": "2024-02-20T13:15:00.000Z", "hs_email_optout": "false",
}
HS6: list[R] = [*HS, HS_EXTRA]

# one more UK lead (mobile-style national number)
SFL_UK: R = {
    "Email": "isla.campbell@thistledigital.co.uk", "FirstName": "Isla", "LastName": "Campbell", "Company": "Thistle Digital",
    "Title": "Head of Growth", "Phone": "07700 900123", "Street": "5 Rose St", "City": "Edinburgh", "PostalCode": "EH2 2PR",
    "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "Web",
    "HasOptedOutOfEmail": True, "AnnualRevenue": "2200000",
}
SFL5: list[R] = [*SFL, SFL_UK]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h22-01-lead-straight-copies", H, L,
      "We're starting to push our HubSpot contacts into Salesforce as leads. For now just bring over the first name, "
      "last name, email and company exactly as they are in HubSpot. The contact's job title should go into the lead's "
      "Title field as well.", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"]}


SRC_TO_LS = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral"}


@case("h22-02-lead-source-from-original-source", H, L,
      "Please set the Lead Source on each lead based on where HubSpot says the contact originally came from. Organic "
      "search should become Web, paid search and paid social both become Advertisement, and referrals become Partner "
      "Referral. Anything else, including contacts with no original source at all, gets Other. The email comes across "
      "as is, and every one of these leads should start with a Status of Open - Not Contacted.", HS)
def _02(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"Email": r["email"], "LeadSource": SRC_TO_LS.get(src, "Other"), "Status": "Open - Not Contacted"}


@case("h22-03-lead-rating-by-revenue", H, L,
      "I want sales to see a Rating on every lead that's based on the contact's annual revenue. If the revenue is over "
      "5 million the lead is Hot, between 1 million and 5 million it's Warm, and under 1 million it's Cold. When we "
      "don't know the revenue at all, don't set a rating. Send the annual revenue itself over as a number too, and "
      "leave that field off as well when it's empty.", HS)
def _03(r: R) -> Out:
    v = rev(r)
    rating = OMIT if v is None else ("Hot" if v > 5_000_000 else "Warm" if v > 1_000_000 else "Cold")
    return keep({"Email": r["email"], "Rating": rating,
                 "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"])})


@case("h22-04-lead-phone-fallback-e164", H, L,
      "For the lead's Phone, use the contact's phone number, and if that one's empty use their mobile number instead. "
      "Either way it should be formatted in E.164; treat it as a US number unless it already starts with a +. Also map "
      "the email, and put the company name in Company, or Unknown when the contact has no company.", HS)
def _04(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "Phone": e164(ph), "Company": dflt(r["company"], "Unknown")}


@case("h22-05-lead-us-only-address", H, L,
      "Only contacts whose country is United States should be synced to Salesforce; leave everyone else out. For "
      "those, copy the email, the street address into Street, the city into City, the state into State and the zip "
      "code into PostalCode. Country on the lead should just say USA.", HS)
def _05(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Street": r["address"], "City": r["city"], "State": r["state"],
            "PostalCode": r["zip"], "Country": "USA"}


@case("h22-06-lead-name-cleanup", H, L,
      "Our HubSpot names are kind of a mess (some all lower case, some all caps), so put the first name and last name "
      "into the lead in title case. The email should go over in all lower case. Company gets trimmed of any extra "
      "spaces at the start or end.", HS6)
def _06(r: R) -> Out:
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Email": r["email"].lower(),
            "Company": r["company"].strip()}


@case("h22-07-lead-optout-skip-customers", H, L,
      "Skip any contact whose lifecycle stage is customer, sales doesn't want existing customers showing up as leads. "
      "For everyone else, map the email, and set HasOptedOutOfEmail to true when hs_email_optout is \"true\" and to "
      "false otherwise (a blank opt-out means they haven't opted out). DoNotCall should be false on all of them.", HS)
def _07(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "HasOptedOutOfEmail": optout(r["hs_email_optout"]), "DoNotCall": False}


@case("h22-08-lead-employees-title-default", H, L,
      "Put the number of employees on the lead as a whole number in NumberOfEmployees, but if HubSpot has nothing "
      "there just don't set it. The job title goes into Title, and when it's blank use 'Not specified'. Don't send "
      "contacts that are still only subscribers. Email maps across like usual.", HS6)
def _08(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return keep({"NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                 "Title": dflt(r["jobtitle"], "Not specified"), "Email": r["email"]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h22-09-contact-basic-mailing", H, C,
      "This one creates Salesforce contacts from HubSpot. Bring over email, first name, last name and job title (into "
      "Title). The contact's city goes into MailingCity and their country into MailingCountry, no changes.", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "MailingCity": r["city"], "MailingCountry": r["country"]}


@case("h22-10-contact-mailing-cleanup", H, C,
      "Map the email and fix up the mailing address on the way in. The city should be title cased before it goes into "
      "MailingCity. State goes to MailingState in upper case, but if the contact has no state, leave MailingState out. "
      "Zip goes to MailingPostalCode untouched.", HS6)
def _10(r: R) -> Out:
    return keep({"Email": r["email"], "MailingCity": title(r["city"]),
                 "MailingState": OMIT if blank(r["state"]) else r["state"].upper(), "MailingPostalCode": r["zip"]})


SRC_TO_CLS = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
              "REFERRALS": "Word of mouth", "EMAIL_MARKETING": "Email"}


@case("h22-11-contact-source-table-only-known", H, C,
      "Only sync contacts that actually have an original source in HubSpot; if it's empty, skip the contact. The "
      "Salesforce LeadSource is picked from that source like this: ORGANIC_SEARCH is Web, PAID_SEARCH and "
      "PAID_SOCIAL are Advertisement, REFERRALS is Word of mouth, and EMAIL_MARKETING is Email. Plus the email and "
      "last name.", HS6)
def _11(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "LeadSource": SRC_TO_CLS[r["hs_analytics_source"]]}


@case("h22-12-contact-mobile-e164-omit", H, C,
      "The contact's mobile number should land in MobilePhone, formatted as E.164 (assume US unless the number starts "
      "with +). If someone doesn't have a mobile number, don't set MobilePhone at all. Their regular phone goes into "
      "Phone exactly as it is, and of course map email to Email.", HS)
def _12(r: R) -> Out:
    return keep({"MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]), "Phone": r["phone"],
                 "Email": r["email"]})


@case("h22-13-contact-description-created", H, C,
      "On each Salesforce contact I'd like the Description to say 'Created in HubSpot on ' followed by the contact's "
      "create date written as YYYY-MM-DD. Also copy over the email and the last name.", HS)
def _13(r: R) -> Out:
    return {"Description": "Created in HubSpot on " + day(r["createdate"]), "Email": r["email"],
            "LastName": r["lastname"]}


@case("h22-14-contact-department-first-word", H, C,
      "For Department, just take the first word of the person's job title (so 'VP Marketing' gives 'VP'). If there's "
      "no job title, put General instead. Email and first name map straight across.", HS)
def _14(r: R) -> Out:
    return {"Department": "General" if blank(r["jobtitle"]) else first_word(r["jobtitle"]), "Email": r["email"],
            "FirstName": r["firstname"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h22-15-mc-status-from-optout", H, M,
      "Every HubSpot contact should go into our Mailchimp audience with their email address. First name goes in the "
      "FNAME merge field and last name in LNAME. If they've opted out (hs_email_optout is \"true\") their status is "
      "unsubscribed, otherwise it's subscribed. A blank opt-out counts as not opted out.", HS)
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if optout(r["hs_email_optout"]) else "subscribed"}


@case("h22-16-mc-tags-by-stage", H, M,
      "Add everyone to Mailchimp as subscribed, using their email. Every member gets the tag 'hubspot-sync'. After "
      "that, customers also get a 'customer' tag, and contacts in the marketingqualifiedlead or salesqualifiedlead "
      "stage get a 'qualified' tag. Nobody else gets any extra tags.", HS6)
def _16(r: R) -> Out:
    tags = ["hubspot-sync"]
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    if r["lifecyclestage"] in ("marketingqualifiedlead", "salesqualifiedlead"):
        tags.append("qualified")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h22-17-mc-phone-fallback-language", H, M,
      "Map the email to the member's email address. For the PHONE merge field use the contact's phone, or their "
      "mobile if the phone is empty, and format it as E.164 - numbers without a + in front are US numbers. Set the "
      "language to en for everybody.", HS)
def _17(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"email_address": r["email"], "merge_fields": {"PHONE": e164(ph)}, "language": "en"}


@case("h22-18-mc-vip-by-revenue", H, M,
      "Mark a member as VIP (vip = true) when the contact's annual revenue is more than 3 million; everyone else, "
      "including contacts with no revenue, gets vip false. Names should be title-cased into FNAME and LNAME. Email "
      "address is just the email.", HS)
def _18(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 3_000_000,
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "email_address": r["email"]}


@case("h22-19-mc-skip-optouts-fname-default", H, M,
      "Don't sync anyone who has opted out of email, meaning hs_email_optout is \"true\". If that field is blank "
      "treat them as still opted in. Everybody who's left goes in as subscribed with their email, and FNAME gets "
      "their first name, or 'there' if we don't have a first name (so the greeting reads 'Hi there').", HS6)
def _19(r: R) -> Out:
    if optout(r["hs_email_optout"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["firstname"], "there")}}


@case("h22-20-mc-pending-subscribers-stage-tag", H, M,
      "Contacts who are still at the subscriber lifecycle stage should go into Mailchimp as pending so they get the "
      "double opt-in email; evryone else goes in as subscribed. Tag each member with their lifecycle stage (just the "
      "one tag, the stage value as HubSpot has it). Use their email for the email address.", HS)
def _20(r: R) -> Out:
    return {"status": "pending" if r["lifecyclestage"] == "subscriber" else "subscribed",
            "tags": [r["lifecyclestage"]], "email_address": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h22-21-seg-basic-traits", H, S,
      "Send a Segment identify for every contact. The userId is their email in lower case. In the traits, email is the "
      "email as it is, firstName and lastName come from the first and last name, title is the job title, and "
      "company.name is the company.", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "company": {"name": r["company"]}}}


@case("h22-22-seg-company-plan", H, S,
      "Identify each contact in Segment with the email as the userId. Under traits.company I want: name from the "
      "company, industry from the industry (or Unknown when it's blank), and employee_count as a whole number from "
      "the number of employees, left out if that's empty. traits.company.plan should be enterprise when the annual "
      "revenue is 10 million or more and smb otherwise; a contact with no revenue counts as smb.", HS)
def _22(r: R) -> Out:
    v = rev(r)
    return keep({"userId": r["email"], "traits": {"company": {
        "name": r["company"], "industry": dflt(r["industry"], "Unknown"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
        "plan": "enterprise" if v is not None and v >= 10_000_000 else "smb"}}})


@case("h22-23-seg-address-created", H, S,
      "userId is the contact's email. Put the address into traits.address: street is the street address, city is "
      "the city in title case, postalCode is the zip and country is the country. Then set traits.createdAt to the "
      "day the contact was created, just the date as YYYY-MM-DD.", HS6)
def _23(r: R) -> Out:
    return {"userId": r["email"],
            "traits": {"address": {"street": r["address"], "city": title(r["city"]), "postalCode": r["zip"],
                                   "country": r["country"]},
                       "createdAt": day(r["createdate"])}}


@case("h22-24-seg-website-username", H, S,
      "Send identifies where userId is the email. traits.website should be the contact's website, but if they don't "
      "have one, make it 'https://' plus whatever comes after the @ in their email. traits.username is the part of "
      "the email before the @.", HS_LOWER)
def _24(r: R) -> Out:
    e = r["email"]
    return {"userId": e, "traits": {"website": r["website"] if not blank(r["website"]) else "https://" + after_at(e),
                                    "username": before_at(e)}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h22-25-ga4-sign-up", H, G,
      "For every HubSpot contact, send GA4 a request with client_id 'hubspot-crm' and user_id set to the email in "
      "lower case. It carries one event called sign_up, whose method param is the contact's original source in lower "
      "case, or 'unknown' when the source is blank.", HS)
def _25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-crm", "user_id": r["email"].lower(),
            "events": [{"name": "sign_up", "params": {"method": "unknown" if blank(src) else src.lower()}}]}


@case("h22-26-ga4-purchase-customers-sqls", H, G,
      "We only send GA4 events for contacts whose lifecycle stage is customer or salesqualifiedlead; the rest are "
      "skipped. Each request uses client_id 'crm-offline' and has a single purchase event with params currency = "
      "'USD' and value = the annual revenue as a number.", HS)
def _26(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "salesqualifiedlead"):
        return None
    return {"client_id": "crm-offline",
            "events": [{"name": "purchase", "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


STAGE_EVENT = {"lead": "generate_lead", "marketingqualifiedlead": "generate_lead",
               "salesqualifiedlead": "qualify_lead", "customer": "close_convert_lead"}


@case("h22-27-ga4-event-by-stage", H, G,
      "Send one GA4 event per contact with client_id set to 'hs-lifecycle'. The event's name depends on the "
      "lifecycle stage: lead and marketingqualifiedlead are generate_lead, salesqualifiedlead is qualify_lead, "
      "customer is close_convert_lead, and any other stage is engage. Add a param called stage holding the lifecycle "
      "stage exactly as HubSpot has it.", HS)
def _27(r: R) -> Out:
    st = r["lifecyclestage"]
    return {"client_id": "hs-lifecycle", "events": [{"name": STAGE_EVENT.get(st, "engage"), "params": {"stage": st}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h22-28-lead-to-hs-basic", L, H,
      "Going the other way now: Salesforce leads into HubSpot contacts. Copy Email to email, FirstName to firstname, "
      "LastName to lastname, Company to company, Title to jobtitle and Phone to phone, all as they are.", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


STATUS_TO_HS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
                "Closed - Not Converted": "UNQUALIFIED"}


@case("h22-29-lead-to-hs-status-stage", L, H,
      "Bring leads over with their email. The HubSpot lead status comes from the Salesforce lead status: Open - Not "
      "Contacted is NEW, Working - Contacted is IN_PROGRESS, Closed - Converted is OPEN_DEAL and Closed - Not "
      "Converted is UNQUALIFIED. Lifecycle stage should be opportunity for converted leads (Closed - Converted) and "
      "lead for all the others.", SFL5)
def _29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": STATUS_TO_HS[r["Status"]],
            "lifecyclestage": "opportunity" if r["Status"] == "Closed - Converted" else "lead"}


@case("h22-30-lead-to-hs-optout-revenue", L, H,
      "When a lead has opted out of email in Salesforce, hs_email_optout in HubSpot should be the text \"true\", and "
      "if they haven't, the text \"false\". Bring the annual revenue over as a number, but skip that field when the "
      "lead has no revenue. Email goes to email.", SFL5)
def _30(r: R) -> Out:
    return keep({"hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]), "email": r["Email"]})


@case("h22-31-lead-to-hs-uk-only-phone", L, H,
      "This sync is just for the UK team, so only leads whose Country is United Kingdom come over. Put their phone "
      "number into HubSpot's phone field in E.164 format as a UK number (+44, dropping the leading 0). Email, first "
      "name and last name copy across as they are.", SFL5)
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "email": r["Email"], "firstname": r["FirstName"],
            "lastname": r["LastName"]}


@case("h22-32-lead-to-hs-country-default-skip-converted", L, H,
      "Skip leads that are already Closed - Converted, the customer team handles those. For the rest: email and city "
      "copy straight over, country comes from Country but should be 'Unknown' when it's empty, and the lifecycle "
      "stage is always lead. The job title goes in upper case into jobtitle.", SFL5)
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return {"email": r["Email"], "city": r["City"], "country": dflt(r["Country"], "Unknown"), "lifecyclestage": "lead",
            "jobtitle": r["Title"].upper()}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h22-33-sfc-mc-basic-status", C, M,
      "Salesforce contacts go into the Mailchimp audience. Email is the email address, FirstName goes into FNAME and "
      "LastName into LNAME. If the contact has opted out of email (HasOptedOutOfEmail is true), the member is "
      "unsubscribed; if not, subscribed.", SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("h22-34-sfc-mc-skip-optouts-tags", C, M,
      "Leave out anyone who has opted out of email in Salesforce. Everyone else is added as subscribed with their "
      "email in lower case. Tag them all 'salesforce', and contacts whose lead source is Trade Show get a second tag, "
      "'event'.", SFC)
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    tags = ["salesforce"] + (["event"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "subscribed", "tags": tags}


LANG = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h22-35-sfc-mc-language-phone", C, M,
      "Set the member's language from the mailing country: Germany and Austria are de, United States is en. The phone "
      "number goes into the PHONE merge field in E.164; any number that doesn't start with a + is a US number. Email "
      "address comes from Email.", SFC)
def _35(r: R) -> Out:
    return {"language": LANG[r["MailingCountry"]], "merge_fields": {"PHONE": e164(r["Phone"])},
            "email_address": r["Email"]}


@case("h22-36-sfc-mc-vip-department", C, M,
      "Only contacts that have a department filled in should be synched. For them, vip is true when the lead source "
      "is Trade Show and false for any other source. FNAME is the first name in capitals, and the email address is "
      "the Salesforce email.", SFC)
def _36(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"vip": r["LeadSource"] == "Trade Show", "merge_fields": {"FNAME": r["FirstName"].upper()},
            "email_address": r["Email"]}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h22-37-sfc-seg-name-title", C, S,
      "For each Salesforce contact send a Segment identify with userId = the Email in lower case. traits.name is the "
      "first name, a space, then the last name. traits.title is the contact's Title, or 'Unknown' if it's blank, and "
      "traits.email is the Email unchanged.", SFC)
def _37(r: R) -> Out:
    return {"userId": r["Email"].lower(),
            "traits": {"name": r["FirstName"] + " " + r["LastName"], "title": dflt(r["Title"], "Unknown"),
                       "email": r["Email"]}}


@case("h22-38-sfc-seg-birthday-address", C, S,
      "userId should be the contact's email. Send the birthdate as traits.birthday, but leave it out when the contact "
      "has no birthdate. The mailing city goes to traits.address.city and the mailing country to "
      "traits.address.country. Put the department in traits.department, with 'Unassigned' when it's empty.", SFC)
def _38(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                            "department": dflt(r["Department"], "Unassigned")}})


@case("h22-39-sfc-seg-email-opt-in", C, S,
      "Identify every contact with the lower-cased Email as the userId. I also want a trait called email_opt_in that's "
      "true when the contact has NOT opted out of email and false when they have. And traits.lead_source is their lead "
      "source, or 'none' if it's empty.", SFC)
def _39(r: R) -> Out:
    return {"userId": r["Email"].lower(),
            "traits": {"email_opt_in": not r["HasOptedOutOfEmail"], "lead_source": dflt(r["LeadSource"], "none")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h22-40-mc-hs-basic", M, H,
      "Mailchimp members should come into HubSpot as contacts. email is the member's email address, firstname comes "
      "from FNAME, lastname from LNAME, phone from the PHONE merge field and company from COMPANY. Copy them as is.", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"], "phone": mf["PHONE"],
            "company": mf["COMPANY"]}


@case("h22-41-mc-hs-skip-cleaned-title", M, H,
      "Skip members whose status is cleaned, those addresses are dead. For the rest, map the email address to email "
      "and title-case FNAME and LNAME into firstname and lastname. VIP members get the lifecycle stage opportunity, "
      "everybody else gets subscriber.", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "lifecyclestage": "opportunity" if r["vip"] else "subscriber"}


@case("h22-42-mc-hs-optout-language-phone", M, H,
      "Bring members into HubSpot with their email. hs_email_optout should be the string \"true\" when the member's "
      "status is unsubscribed or cleaned, and \"false\" for any other status. Copy language to hs_language. The phone "
      "goes in E.164 (US unless it starts with +), and if a member has no phone, don't set it.", MC)
def _42(r: R) -> Out:
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"],
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "hs_language": r["language"], "phone": OMIT if blank(ph) else e164(ph)})


@case("h22-43-mc-hs-company-fallback", M, H,
      "For each member, email comes from the email address. The company should be the COMPANY merge field, and when "
      "that's empty, fall back to the domain of their email (the bit after the @). lastname is LNAME, or '(none)' when "
      "LNAME is blank.", MC)
def _43(r: R) -> Out:
    mf = r["merge_fields"]
    e = r["email_address"]
    return {"email": e, "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(e),
            "lastname": dflt(mf["LNAME"], "(none)")}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set22")
