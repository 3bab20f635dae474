"""Held-out set 35 for the offline mapping drafter.

Persona: a precise, experienced marketing-operations manager at a B2B software company, writing
for a colleague in the register of a good internal spec: full sentences, one clear statement per
rule, fields named by a mix of on-screen labels (Company Name, Email Opt Out, Original Source) and
API names (hs_email_optout, MailingCity, merge_fields.PHONE), with an occasional short bulleted list.

Pair distribution (42): hubspot.contacts -> salesforce.Lead 8 (h35-01..08), -> salesforce.Contact 6
(09..14), -> mailchimp.members 6 (15..20), -> segment.identify 4 (21..24), -> ga4.events 3 (25..27);
salesforce.Lead -> hubspot.contacts 5 (28..32); salesforce.Contact -> mailchimp.members 4 (33..36),
-> segment.identify 3 (37..39); mailchimp.members -> hubspot.contacts 3 (40..42).

Rule kinds: copies, constants, defaults when empty, fallback chains (2 long: 07, 42; 3 long: 14
ending in a constant, 02 and 16 ending in "leave it out"), omit when empty, transforms (lower,
upper, trim, title case, first word, before/after the @, E.164 with US and German country, as a
number, whole number, YYYY-MM-DD), value tables with (03, 18, 27, 36) and without (12, 28)
"otherwise", conditions (equality, greater than, blank branch), true/false flags both ways
(hs_email_optout read and written as text), filters (only / exclude), nested destinations
(Segment traits.company.name / traits.address.x, Mailchimp merge_fields.X, GA4 params), Mailchimp
tags (constant and conditional), concatenation/templates (08 with a date part, 21, 39).

Match key: every text names the destination's match key (see authoring.MATCH_KEY_NOTE); GA4
client_id is the email in 25/27 and a constant in 26.
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

# ---- set-specific input records -------------------------------------------------------------
HSX = extended(
    HS,
    {"email": "tomas.novak@vltava.cz", "firstname": "tomas", "lastname": "novak", "company": "  ",
     "phone": "", "mobilephone": "", "jobtitle": "  Analyst ", "hs_analytics_source": "EMAIL_MARKETING",
     "lifecyclestage": "opportunity", "country": "Czech Republic", "city": "prague", "state": "", "zip": "11000",
     "address": "Na Prikope 1", "annualrevenue": "950000", "numemployees": "75", "industry": "Finance",
     "website": "https://vltava.cz", "createdate": "2024-06-18T13:20:00.000Z", "hs_email_optout": "false"},
    {"email": "ava.thompson@brightpath.com", "firstname": "Ava", "lastname": "Thompson", "company": "BrightPath Labs",
     "phone": "212 555 0166", "mobilephone": "(917) 555-0102", "jobtitle": "", "hs_analytics_source": "DIRECT_TRAFFIC",
     "lifecyclestage": "salesqualifiedlead", "country": "United States", "city": "New York", "state": "NY",
     "zip": "10001", "address": "350 5th Ave", "annualrevenue": "", "numemployees": "1200", "industry": "Software",
     "website": "brightpath.com", "createdate": "2024-02-27T14:10:00.000Z", "hs_email_optout": ""},
    {"email": "lucas.moreau@ardoise.be", "firstname": "Lucas Pierre", "lastname": "Moreau", "company": "Ardoise",
     "phone": "", "mobilephone": "+32 470 55 01 23", "jobtitle": "CFO", "hs_analytics_source": "SOCIAL_MEDIA",
     "lifecyclestage": "marketingqualifiedlead", "country": "Belgium", "city": "Brussels", "state": "", "zip": "1000",
     "address": "Rue Neuve 5", "annualrevenue": "1750000.5", "numemployees": "33", "industry": "",
     "website": "", "createdate": "2024-09-03T16:45:00.000Z", "hs_email_optout": "false"},
)
HSX_LOW = lower_emails(HSX)

SFLX = extended(
    SFL,
    {"Email": "noor.haddad@cedarline.ae", "FirstName": "noor", "LastName": "HADDAD", "Company": "Cedarline Trading",
     "Title": "  Buyer", "Phone": "+971 4 555 0123", "Street": "", "City": "Dubai", "PostalCode": "",
     "Country": "United Arab Emirates", "Status": "Working - Contacted", "Rating": "", "LeadSource": "Advertisement",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "7250000.5"},
    {"Email": "sam.carter@ridgeway.com", "FirstName": "Sam", "LastName": "Carter", "Company": "Ridgeway Freight",
     "Title": "Ops Analyst", "Phone": "773-555-0199", "Street": "9 Dock Rd", "City": "Chicago", "PostalCode": "60607",
     "Country": "United States", "Status": "Open - Not Contacted", "Rating": "Cold", "LeadSource": "Purchased List",
     "HasOptedOutOfEmail": True, "AnnualRevenue": "950000"},
)

SFCX = extended(
    SFC,
    {"Email": "olivia.chen@harborview.com", "FirstName": "olivia", "LastName": "chen", "Title": "Events Manager",
     "Department": "Marketing", "Phone": "", "MailingCity": "Seattle", "MailingCountry": "United States",
     "LeadSource": "Advertisement", "HasOptedOutOfEmail": False, "Birthdate": "1988-02-14"},
    {"Email": "jonas.becker@nordhafen.de", "FirstName": "Jonas", "LastName": "Becker", "Title": "Buyer",
     "Department": "Purchasing", "Phone": "040 5555 0142", "MailingCity": "Hamburg", "MailingCountry": "Germany",
     "LeadSource": "Partner Referral", "HasOptedOutOfEmail": True, "Birthdate": ""},
)

MCX = extended(
    MC,
    {"email_address": "nina.petrova@volgatech.ru", "status": "pending",
     "merge_fields": {"FNAME": "nina", "LNAME": "petrova", "PHONE": "(305) 555-0121", "COMPANY": "Volga Tech"},
     "tags": ["Trial", "Customer"], "language": "ru", "vip": False},
)

CASES: list[Case] = []
case = collector(CASES)


def _opt(r: R) -> bool:
    return r["hs_email_optout"] == "true"


# ---- hubspot.contacts -> salesforce.Lead (8) -------------------------------------------------
@case("h35-01-lead-company-placeholder", H, L,
      "For each HubSpot contact we need a Salesforce lead. Copy Email, First Name and Last Name across unchanged, "
      "and map Company Name to the lead's Company. Salesforce won't accept a lead without a company, so when the "
      "contact has none, put \"Not provided\" in Company instead. Every lead created through this sync should carry "
      "the Lead Source \"Web\".", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not provided"), "LeadSource": "Web"}


@case("h35-02-lead-phone-chain-e164", H, L,
      "Please send the contact's email to the lead's Email field and fill the lead's Phone with a number in E.164 "
      "format, treating any number without a country code as a US number. Use the HubSpot Phone Number first; when "
      "it is empty, use the Mobile Phone Number instead, and when both are empty, leave Phone off the lead entirely. "
      "The lead's MobilePhone field should get the contact's mobile number exactly as it is stored in HubSpot.", HSX)
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(ph) else e164(ph, "1"), "MobilePhone": r["mobilephone"]})


@case("h35-03-lead-source-table", H, L,
      "Map the contact's Original Source (hs_analytics_source) to Lead Source as follows:\n"
      "- ORGANIC_SEARCH and PAID_SEARCH become Web\n"
      "- REFERRALS becomes External Referral\n"
      "- PAID_SOCIAL becomes Advertisement\n"
      "Any other value, and a blank source too, becomes Other. Apart from that, the lead only needs Email, LastName "
      "and Company copied straight from the contact.", HSX)
def _(r: R) -> Out:
    t = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Web", "REFERRALS": "External Referral", "PAID_SOCIAL": "Advertisement"}
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": t.get(r["hs_analytics_source"], "Other")}


@case("h35-04-lead-qualified-numbers", H, L,
      "This sync is for qualified contacts only: take contacts whose Lifecycle Stage is marketingqualifiedlead or "
      "salesqualifiedlead and ignore everyone else. Each lead gets the contact's email in Email, Annual Revenue "
      "converted to a number in AnnualRevenue, and Number of Employees converted to a whole number in "
      "NumberOfEmployees. If a contact has no annual revenue, don't set AnnualRevenue on that lead.", HSX)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": int(float(r["numemployees"]))})


@case("h35-05-lead-rating-by-revenue", H, L,
      "The lead's Rating should reflect the size of the account, based on the contact's Annual Revenue: above "
      "5,000,000 is Hot, above 1,000,000 but not above 5,000,000 is Warm, and anything lower is Cold. A contact "
      "with no revenue on file is also Cold. Along with Rating, pass Email and Last Name through unchanged.", HSX)
def _(r: R) -> Out:
    v = None if blank(r["annualrevenue"]) else float(r["annualrevenue"])
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else "Warm" if v > 1_000_000 else "Cold")
    return {"Email": r["email"], "LastName": r["lastname"], "Rating": rating}


@case("h35-06-lead-name-casing", H, L,
      "Our HubSpot names are a mix of all-caps and all-lowercase, so please put FirstName and LastName on the lead "
      "in title case, and do the same for City. Country should go across in upper case (for example UNITED STATES). "
      "Email is copied as is.", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"]), "Country": r["country"].upper()}


@case("h35-07-lead-exclude-domain-fallback", H, L,
      "Leave out contacts whose lifecycle stage is customer or subscriber; everyone else becomes a lead. Email goes "
      "over unchanged. For Company, use the HubSpot company name, and if that is blank, use the domain of the "
      "contact's email address, i.e. everything after the @. Copy Website URL into Website, but only when the "
      "contact actually has one; otherwise don't set Website.", HSX_LOW)
def _(r: R) -> Out:
    if r["lifecyclestage"] in ("customer", "subscriber"):
        return None
    return keep({"Email": r["email"], "Company": dflt(r["company"], after_at(r["email"])),
                 "Website": OMIT if blank(r["website"]) else r["website"]})


@case("h35-08-lead-description-optout", H, L,
      "Please write a short note into the lead's Description in the form \"HubSpot import: <first name> <last "
      "name>, created <create date as YYYY-MM-DD>\", for example \"HubSpot import: Jane Doe, created 2024-01-31\". "
      "Email Opt Out (HasOptedOutOfEmail) should be checked when the contact's hs_email_optout is \"true\" and "
      "unchecked in every other case, blank included. Also send the email address to Email.", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"],
            "Description": f"HubSpot import: {r['firstname']} {r['lastname']}, created {day(r['createdate'])}",
            "HasOptedOutOfEmail": _opt(r)}


# ---- hubspot.contacts -> salesforce.Contact (6) ----------------------------------------------
@case("h35-09-contact-mailing-address", H, C,
      "Build the Salesforce contact's mailing address from the HubSpot address fields: Street Address into "
      "MailingStreet, City into MailingCity in title case, Postal Code into MailingPostalCode, and State/Region "
      "into MailingState. Some of our international contacts have no state, and in that case MailingState should "
      "simply not be set. Match on Email as usual, copying it over unchanged.", HSX)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "MailingStreet": r["address"], "MailingCity": title(r["city"]),
                 "MailingPostalCode": r["zip"], "MailingState": OMIT if blank(r["state"]) else r["state"]})


@case("h35-10-contact-optout-flag-title", H, C,
      "For the Salesforce contact, lower-case the HubSpot email before writing it to Email. HasOptedOutOfEmail "
      "should be true when the HubSpot property hs_email_optout is \"true\" and false when it is \"false\" or "
      "empty. Title takes the contact's Job Title; where that's blank, write \"Not given\".", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "HasOptedOutOfEmail": _opt(r), "Title": dflt(r["jobtitle"], "Not given")}


@case("h35-11-contact-us-only-e164", H, C,
      "Only contacts based in the United States (Country/Region equal to \"United States\") should be synced to "
      "Salesforce Contacts; skip the rest. For those, write Email as is and convert both numbers to E.164 with +1 "
      "as the country: Phone Number goes to Phone and Mobile Phone Number goes to MobilePhone. If there's no mobile "
      "number, leave MobilePhone out rather than sending it empty.", HSX)
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return keep({"Email": r["email"], "Phone": e164(r["phone"], "1"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "1")})


@case("h35-12-contact-source-table-skip-blank", H, C,
      "Contacts without an Original Source should be skipped. For the others, copy Email and Last Name, and set "
      "LeadSource according to this table:\n"
      "- ORGANIC_SEARCH → Web\n"
      "- DIRECT_TRAFFIC → Web\n"
      "- PAID_SEARCH → Advertisement\n"
      "- PAID_SOCIAL → Advertisement\n"
      "- REFERRALS → External Referral\n"
      "- EMAIL_MARKETING → Email\n"
      "- SOCIAL_MEDIA → Word of mouth", HSX)
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    t = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
         "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email",
         "SOCIAL_MEDIA": "Word of mouth"}
    return {"Email": r["email"], "LastName": r["lastname"], "LeadSource": t[r["hs_analytics_source"]]}


@case("h35-13-contact-donotcall-by-country", H, C,
      "Our SDRs only call US numbers, so tick Do Not Call on every contact whose Country/Region is anything other "
      "than \"United States\", and leave it unticked (false) for contacts in the United States. Set Department to "
      "\"Marketing\" on all of them, and carry over Email and the Phone Number (into Phone) without changes.", HSX)
def _(r: R) -> Out:
    return {"Email": r["email"], "Phone": r["phone"], "DoNotCall": r["country"] != "United States",
            "Department": "Marketing"}


@case("h35-14-contact-first-word-title-chain", H, C,
      "Salesforce's FirstName should be just the first word of the HubSpot first name, since some contacts typed a "
      "middle name in there too; LastName is copied as it is. For Title, use Job Title if it's filled in, fall back "
      "to Industry if it isn't, and if both are empty, use \"Contact\". Email is copied unchanged.", HSX)
def _(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Contact")
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"], "Title": t}


# ---- hubspot.contacts -> mailchimp.members (6) -----------------------------------------------
@case("h35-15-mc-status-three-way", H, M,
      "Push HubSpot contacts into the Mailchimp audience with the email as email_address. The subscription status "
      "depends on hs_email_optout: \"true\" means unsubscribed, \"false\" means subscribed, and if the property is "
      "empty, add them as pending so they get a confirmation email. Put First Name in the FNAME merge field and "
      "Last Name in LNAME, and give every member the tag \"From HubSpot\".", HSX)
def _(r: R) -> Out:
    st = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"email_address": r["email"], "status": st,
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": ["From HubSpot"]}


@case("h35-16-mc-skip-optout-phone-chain", H, M,
      "Anyone who has unsubscribed from all email in HubSpot (hs_email_optout is \"true\") must not be sent to "
      "Mailchimp at all; a blank value there does not count as unsubscribed. For the remaining contacts, set "
      "email_address from the email, FNAME to the first word of the first name, and PHONE to the Phone Number, "
      "falling back to the Mobile Phone Number, and leaving PHONE out when the contact has neither.", HSX)
def _(r: R) -> Out:
    if _opt(r):
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(ph) else ph}})


@case("h35-17-mc-stage-tags-vip", H, M,
      "Tag members by lifecycle stage: customers get the tag \"customer\", opportunities get \"open-opp\", and "
      "everyone else gets no tags (an empty tag list). Mark a member as VIP (vip = true) when their company's "
      "Annual Revenue is greater than 3,000,000; otherwise, including when revenue is blank, vip is false. "
      "email_address is the contact's email.", HSX)
def _(r: R) -> Out:
    tags = {"customer": ["customer"], "opportunity": ["open-opp"]}.get(r["lifecyclestage"], [])
    vip = not blank(r["annualrevenue"]) and float(r["annualrevenue"]) > 3_000_000
    return {"email_address": r["email"], "tags": tags, "vip": vip}


@case("h35-18-mc-language-by-country", H, M,
      "Set the member's language from the contact's Country/Region: United States → en, Japan → ja, Mexico → es, "
      "France → fr. For any other country, use en. The email_address should be the contact's email in lower case, "
      "and every member is added with status subscribed.", HSX)
def _(r: R) -> Out:
    lang = {"United States": "en", "Japan": "ja", "Mexico": "es", "France": "fr"}.get(r["country"], "en")
    return {"email_address": r["email"].lower(), "language": lang, "status": "subscribed"}


@case("h35-19-mc-mobile-only-e164", H, M,
      "Only contacts with a Mobile Phone Number go to this audience; skip anyone whose mobile is empty. Write the "
      "mobile number to merge_fields.PHONE in E.164, assuming US for numbers without a leading +. FNAME and LNAME "
      "should be in title case. Include the email in email_address.", HSX)
def _(r: R) -> Out:
    if blank(r["mobilephone"]):
        return None
    return {"email_address": r["email"],
            "merge_fields": {"PHONE": e164(r["mobilephone"], "1"), "FNAME": title(r["firstname"]),
                             "LNAME": title(r["lastname"])}}


@case("h35-20-mc-paid-tag-email-type", H, M,
      "Every member gets the tag \"hubspot\". Contacts whose Original Source is PAID_SEARCH or PAID_SOCIAL get a "
      "second tag, \"paid\", after it. Set email_type to \"html\" for everyone and use the contact's email for "
      "email_address.", HSX)
def _(r: R) -> Out:
    tags = ["hubspot"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return {"email_address": r["email"], "tags": tags, "email_type": "html"}


# ---- hubspot.contacts -> segment.identify (4) ------------------------------------------------
@case("h35-21-seg-name-company", H, S,
      "In the identify call, userId is the contact's email lower-cased. Under traits, set email to the email exactly "
      "as HubSpot has it, name to the first name and last name joined by a single space, and company.name to the "
      "Company Name, using \"Independent\" when the contact has no company.", HSX)
def _(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": f"{r['firstname']} {r['lastname']}",
                       "company": {"name": dflt(r["company"], "Independent")}}}


@case("h35-22-seg-address-traits", H, S,
      "Use the email as userId, unchanged. Fill the address traits as follows: traits.address.city from City in "
      "title case, traits.address.country from Country/Region, traits.address.postalCode from Postal Code, and "
      "traits.address.state from State/Region, but only if there is a state; otherwise leave that trait out.", HSX)
def _(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": title(r["city"]), "country": r["country"], "postalCode": r["zip"],
                                        "state": OMIT if blank(r["state"]) else r["state"]}}})


@case("h35-23-seg-created-employees-industry", H, S,
      "Send userId as the contact's email. Add traits.createdAt as the HubSpot Create Date, untouched, and "
      "traits.company.employee_count as Number of Employees converted to a whole number; if that field is empty, "
      "skip employee_count. traits.company.industry should be the Industry, or \"Unknown\" when there isn't one.",
      HSX)
def _(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"createdAt": r["createdate"],
                            "company": {"employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
                                        "industry": dflt(r["industry"], "Unknown")}}})


@case("h35-24-seg-username-title-optout", H, S,
      "Don't send subscribers (lifecycle stage subscriber) to Segment. For everyone else, userId is the email, "
      "traits.username is the part of the email before the @, and traits.title is the Job Title with leading and "
      "trailing spaces trimmed (leave title out if the contact has no job title). Also add a custom trait, "
      "traits.marketing_opt_out, that is true when hs_email_optout is \"true\" and false otherwise, blank included.",
      HSX_LOW)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return keep({"userId": r["email"],
                 "traits": {"username": before_at(r["email"]),
                            "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].strip(),
                            "marketing_opt_out": _opt(r)}})


# ---- hubspot.contacts -> ga4.events (3) ------------------------------------------------------
@case("h35-25-ga4-close-convert", H, G,
      "Only contacts at the marketingqualifiedlead, opportunity or customer stage should produce a GA4 event; "
      "nothing is sent for other stages. Use the contact's email as client_id. The event is named "
      "close_convert_lead, and its parameters are currency set to \"EUR\", value set to Annual Revenue as a number, "
      "and company set to the Company Name, or \"unknown\" if it's blank.", HSX)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "opportunity", "customer"):
        return None
    return {"client_id": r["email"],
            "events": [{"name": "close_convert_lead",
                        "params": {"currency": "EUR", "value": num(r["annualrevenue"]),
                                   "company": dflt(r["company"], "unknown")}}]}


@case("h35-26-ga4-signup-constant-client", H, G,
      "Every contact becomes one GA4 sign_up event. The client_id is the fixed value \"hubspot-offline-01\" for all "
      "of them. In the event params, method is the Original Source in lower case, or \"direct\" when the source is "
      "blank, and signup_date is the contact's Create Date cut down to YYYY-MM-DD.", HSX)
def _(r: R) -> Out:
    src = "direct" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": "hubspot-offline-01",
            "events": [{"name": "sign_up", "params": {"method": src, "signup_date": day(r["createdate"])}}]}


@case("h35-27-ga4-event-by-stage", H, G,
      "Skip contacts who are unsubscribed from all email (hs_email_optout \"true\"; an empty value means they are "
      "not). Send the rest with client_id set to the email in lower case and one event whose name depends on the "
      "lifecycle stage: lead becomes generate_lead, marketingqualifiedlead or salesqualifiedlead becomes "
      "qualify_lead, and anything else becomes working_lead. Give the event a single parameter, employees, holding "
      "Number of Employees as a whole number.", HSX)
def _(r: R) -> Out:
    if _opt(r):
        return None
    st = r["lifecyclestage"]
    name = "generate_lead" if st == "lead" else "qualify_lead" if st in ("marketingqualifiedlead", "salesqualifiedlead") else "working_lead"
    return {"client_id": r["email"].lower(),
            "events": [{"name": name, "params": {"employees": int(float(r["numemployees"]))}}]}


# ---- salesforce.Lead -> hubspot.contacts (5) -------------------------------------------------
@case("h35-28-hs-lead-status-table", L, H,
      "Map the Salesforce Lead Status to HubSpot's Lead Status (hs_lead_status): Open - Not Contacted becomes NEW, "
      "Working - Contacted becomes IN_PROGRESS, Closed - Converted becomes CONNECTED, and Closed - Not Converted "
      "becomes UNQUALIFIED. Copy email, firstname, lastname and company from the lead's Email, FirstName, LastName "
      "and Company.", SFLX)
def _(r: R) -> Out:
    t = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
         "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "hs_lead_status": t[r["Status"]]}


@case("h35-29-hs-open-leads-phone-optout", L, H,
      "Only leads that are still open, meaning Lead Status is Open - Not Contacted or Working - Contacted, should "
      "reach HubSpot. For each of them, send the email, put the lead's Phone into phone in E.164 (numbers with no "
      "country code are US numbers), set hs_email_optout to the text \"true\" if Email Opt Out is checked and "
      "\"false\" if it is not, and set lifecyclestage to lead.", SFLX)
def _(r: R) -> Out:
    if r["Status"] not in ("Open - Not Contacted", "Working - Contacted"):
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "1"),
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false", "lifecyclestage": "lead"}


@case("h35-30-hs-rating-stage-revenue", L, H,
      "HubSpot's lifecyclestage comes from the lead's Rating: Hot means salesqualifiedlead, Warm means "
      "marketingqualifiedlead, and Cold, or no rating at all, means lead. Title-case firstname and lastname, and "
      "write AnnualRevenue to annualrevenue as a number, leaving annualrevenue off when the lead has no revenue. "
      "Email goes to email.", SFLX)
def _(r: R) -> Out:
    st = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return keep({"email": r["Email"], "lifecyclestage": st, "firstname": title(r["FirstName"]),
                 "lastname": title(r["LastName"]),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h35-31-hs-trim-title-country-street", L, H,
      "Copy Email to email. The jobtitle is the lead's Title with surrounding whitespace removed; when the lead has "
      "no title, use \"Unknown\". Country goes to country, and if it's empty, write \"Not specified\". Street maps "
      "to address only when the lead has a street; otherwise don't send address.", SFLX)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "jobtitle": dflt(r["Title"].strip(), "Unknown"),
                 "country": dflt(r["Country"], "Not specified"),
                 "address": OMIT if blank(r["Street"]) else r["Street"]})


@case("h35-32-hs-exclude-purchased-status-by-revenue", L, H,
      "Leave out leads whose Lead Source is Purchased List. For the others, hs_lead_status is OPEN when "
      "AnnualRevenue is more than 1,000,000, and NEW when it is 1,000,000 or less or blank. Send company in upper "
      "case and email as is.", SFLX)
def _(r: R) -> Out:
    if r["LeadSource"] == "Purchased List":
        return None
    big = not blank(r["AnnualRevenue"]) and float(r["AnnualRevenue"]) > 1_000_000
    return {"email": r["Email"], "hs_lead_status": "OPEN" if big else "NEW", "company": r["Company"].upper()}


# ---- salesforce.Contact -> mailchimp.members (4) ---------------------------------------------
@case("h35-33-mc-contact-status-constant-tags", C, M,
      "Add Salesforce contacts to Mailchimp using their Email as email_address. If Email Opt Out "
      "(HasOptedOutOfEmail) is ticked, the member's status is unsubscribed; if not, subscribed. FNAME and LNAME "
      "come from First Name and Last Name, and all members get two tags, \"salesforce\" and \"contact\", in that "
      "order.", SFCX)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": ["salesforce", "contact"]}


@case("h35-34-mc-sales-purchasing-de-phone", C, M,
      "Only contacts in the Sales or Purchasing departments belong in this audience. Send their Email as "
      "email_address, First Name as FNAME unchanged, and the Business Phone as merge_fields.PHONE in E.164; treat "
      "a number without a country code as German (drop the leading 0 and prefix +49). Set language to \"de\" for "
      "all of them.", SFCX)
def _(r: R) -> Out:
    if r["Department"] not in ("Sales", "Purchasing"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "PHONE": e164(r["Phone"], "49")},
            "language": "de"}


@case("h35-35-mc-source-tags-lname", C, M,
      "Tag Mailchimp members by Lead Source: Trade Show gets the tag \"event\", Web gets \"inbound\", and any other "
      "source, or none, gets no tags, i.e. an empty list. LNAME should be the Last Name in title case. "
      "email_address is the contact's Email.", SFCX)
def _(r: R) -> Out:
    tags = {"Trade Show": ["event"], "Web": ["inbound"]}.get(r["LeadSource"], [])
    return {"email_address": r["Email"], "tags": tags, "merge_fields": {"LNAME": title(r["LastName"])}}


@case("h35-36-mc-lower-email-language-pending", C, M,
      "Lower-case the Email for email_address and put First Name in title case into FNAME. The member's language "
      "depends on Mailing Country: Germany and Austria map to de, everything else to en. New members should come "
      "in as pending.", SFCX)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": title(r["FirstName"])},
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en", "status": "pending"}


# ---- salesforce.Contact -> segment.identify (3) ----------------------------------------------
@case("h35-37-seg-contact-basics-city", C, S,
      "Identify each Salesforce contact in Segment with userId set to the Email in lower case. As traits, copy "
      "firstName and lastName from First Name and Last Name, title from Title (left out if the contact has no "
      "title), and address.city and address.country from Mailing City and Mailing Country.", SFCX)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"],
                            "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}})


@case("h35-38-seg-birthday-department-source", C, S,
      "The userId is the contact's Email, unchanged. Add traits.birthday from Birthdate, but only when there is "
      "one. Put the Department in a custom trait, traits.department, and the Lead Source in traits.lead_source, "
      "writing \"Unknown\" when Lead Source is blank.", SFCX)
def _(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "department": r["Department"], "lead_source": dflt(r["LeadSource"], "Unknown")}})


@case("h35-39-seg-skip-optout-name-phone", C, S,
      "Contacts with Email Opt Out checked are not identified at all. For the rest, userId is the Email, "
      "traits.name is written as \"<Last Name>, <First Name>\" (e.g. \"Doe, Jane\"), and traits.phone is the "
      "Business Phone converted to E.164 with US as the default country; if there's no phone, don't send "
      "traits.phone.", SFCX)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return keep({"userId": r["Email"],
                 "traits": {"name": f"{r['LastName']}, {r['FirstName']}",
                            "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1")}})


# ---- mailchimp.members -> hubspot.contacts (3) -----------------------------------------------
@case("h35-40-hs-from-mc-optout-text", M, H,
      "Bring Mailchimp members into HubSpot with email_address as email and FNAME as firstname. The lastname comes "
      "from LNAME, or \"Unknown\" if LNAME is blank. company comes from the COMPANY merge field and is left out "
      "when that's empty. hs_email_optout should be the text \"true\" for members whose status is unsubscribed or "
      "cleaned, and \"false\" for every other status.", MCX)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": dflt(mf["LNAME"], "Unknown"),
                 "company": OMIT if blank(mf["COMPANY"]) else mf["COMPANY"],
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h35-41-hs-from-mc-active-only", M, H,
      "We only want members whose status is subscribed or pending. Title-case FNAME and LNAME into firstname and "
      "lastname, copy the member's language into hs_language, and write the PHONE merge field to phone in E.164 "
      "(assume US if there's no +); if PHONE is empty, don't set phone. The email comes from email_address.", MCX)
def _(r: R) -> Out:
    if r["status"] not in ("subscribed", "pending"):
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "hs_language": r["language"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1")})


@case("h35-42-hs-from-mc-customer-tag-company", M, H,
      "Set lifecyclestage to customer for members carrying the Customer tag and to subscriber for everyone else. "
      "For company, use the COMPANY merge field, falling back to the domain part of the email address (whatever "
      "follows the @) when it's empty. The email is the email_address as is.", MCX)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"],
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber",
            "company": dflt(mf["COMPANY"], after_at(r["email_address"]))}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set35")
