"""Held-out set 30: 42 mapping requests from a new author who never saw the drafter.

Persona: a marketing automation specialist who thinks in HubSpot/Marketo workflows. Each sync is
written as a workflow: "Enrollment criteria:" / "Trigger:" say which records go, "Action: set
property X to ...", "Copy property value: A -> B", "If/then branch: if X is known ... / if X is
unknown ...", "Else: ...", "Tag with", "is known"/"is unknown" (non-blank/blank), "is any of",
"contains any of", "is equal to", "is greater than", "format data: title case / lowercase / phone
number"; workflow-name, "Delay" and "Goal" lines carry no rule. Layouts vary: step lists,
indented branches, and a few one- or two-sentence cases in the same vocabulary.

The oracles below follow the semantics in the mapping cases' README (tests/mapping/cases/README.md): blank means
absent, empty or whitespace-only; defaults and fallbacks fire only on blank; a field to be left
out is absent (OMIT + keep); filtered records are dropped; value tables match case-sensitively;
E.164 takes the assumed country. Every expected record carries the destination's match key
(authoring.MATCH_KEY_NOTE) -- Email, email, email_address, userId or client_id -- even where
the text leaves it implicit (one case).

Source -> destination counts: HubSpot contacts to Salesforce Lead 8, to Salesforce Contact 6,
to Mailchimp members 6, to Segment identify 4, to GA4 events 3; Salesforce Lead to HubSpot 5;
Salesforce Contact to Mailchimp 4 and to Segment 3; Mailchimp members to HubSpot 3.

What the set exercises: plain copies; constants; defaults on blank; fallback chains of two and
of three; leaving a field out when blank; lower/upper case, trimming, title case, first word,
the parts before and after the @, E.164 (US and UK), numbers and whole numbers, dates;
lookup tables with and without a catch-all; branches on equality, on "greater than" and on
known/unknown; booleans (plain, inverted, and HubSpot's opt-out written as text); enroll-only
and exclude filters; nested targets (Segment traits.a.b, Mailchimp merge_fields, GA4 event
params); Mailchimp tags; concatenated text.
"""

from __future__ import annotations

import copy
from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def unsubscribed(r: R) -> bool:
    """The contact's 'Unsubscribed from all email' as a flag: only the text 'true' counts (the
    texts that read it all say an unknown value means not unsubscribed)."""
    return r["hs_email_optout"] == "true"


# --- pool extensions (this set's own records) -------------------------------------------------

# a Swedish MQL: odd-case two-word first name, padded company and job title, whitespace-only
# opt-out, no phone but a mobile with its own country code
HS_A: R = {
    "email": "rosa.lindgren@fjordline.se", "firstname": "rOSA maj", "lastname": "lindgren",
    "company": "  Fjordline Shipping ", "phone": "", "mobilephone": "+46 8 555 0130", "jobtitle": "  Fleet Manager ",
    "hs_analytics_source": "EMAIL_MARKETING", "lifecyclestage": "marketingqualifiedlead", "country": "Sweden",
    "city": "gothenburg", "state": "", "zip": "411 04", "address": "Skeppsbron 3", "annualrevenue": "950000.5",
    "numemployees": "64", "industry": "Shipping", "website": "https://fjordline.se",
    "createdate": "2024-02-21T13:10:00.000Z", "hs_email_optout": "   ",
}
# a sparse opportunity: whitespace-only first name, job title, revenue and employees; no company,
# no phone numbers, no country or city; a website without a company
HS_B: R = {
    "email": "tom.becker@greenleafhq.com", "firstname": "   ", "lastname": "Becker", "company": "",
    "phone": "", "mobilephone": "", "jobtitle": "   ", "hs_analytics_source": "OFFLINE",
    "lifecyclestage": "opportunity", "country": "", "city": "", "state": "", "zip": "", "address": "",
    "annualrevenue": "   ", "numemployees": "   ", "industry": "Retail", "website": "greenleafhq.com",
    "createdate": "2024-05-06T16:45:00.000Z", "hs_email_optout": "false",
}
HS_X: list[R] = [*copy.deepcopy(HS), copy.deepcopy(HS_A), copy.deepcopy(HS_B)]
# without the contact whose first name is blank (for the template case)
HS_Y: list[R] = [*copy.deepcopy(HS), copy.deepcopy(HS_A)]
# every email already lower case (for the before-the-@ case)
HS_LOW: list[R] = copy.deepcopy(HS_X)
for _r in HS_LOW:
    _r["email"] = _r["email"].lower()
# one contact padded with spaces around email, first and last name (for the trim case)
HS_PADDED: R = {
    "email": " ines.moreau@atelierbleu.fr ", "firstname": "  Inès ", "lastname": "Moreau  ",
    "company": "Atelier Bleu", "phone": "+33 4 55 55 01 10", "mobilephone": "", "jobtitle": "Art Director",
    "hs_analytics_source": "SOCIAL_MEDIA", "lifecyclestage": "lead", "country": "France", "city": "Lyon",
    "state": "", "zip": "69002", "address": "8 Quai Saint-Antoine", "annualrevenue": "700000",
    "numemployees": "9", "industry": "Design", "website": "https://atelierbleu.fr",
    "createdate": "2024-04-02T12:00:00.000Z", "hs_email_optout": "false",
}
HS_P: list[R] = [*copy.deepcopy(HS_X), copy.deepcopy(HS_PADDED)]

# a second UK lead: blank company and rating, padded title, opted out
SFL_A: R = {
    "Email": "harriet.cole@quayside.co.uk", "FirstName": "harriet", "LastName": "cole", "Company": "",
    "Title": "  Content Lead ", "Phone": "0113 496 0822", "Street": "4 Wharf St", "City": "Leeds",
    "PostalCode": "LS2 7EQ", "Country": "United Kingdom", "Status": "Open - Not Contacted", "Rating": "",
    "LeadSource": "Email", "HasOptedOutOfEmail": True, "AnnualRevenue": "1800000.25",
}
SFL_X: list[R] = [*copy.deepcopy(SFL), copy.deepcopy(SFL_A)]

# a fourth Salesforce contact: odd-case names, padded department, no phone
SFC_A: R = {
    "Email": "noor.haddad@cedarlane.ae", "FirstName": "noor", "LastName": "HADDAD", "Title": "Operations Lead",
    "Department": "  Operations ", "Phone": "", "MailingCity": "Dubai", "MailingCountry": "United Arab Emirates",
    "LeadSource": "Partner", "HasOptedOutOfEmail": False, "Birthdate": "1992-08-14",
}
SFC_X: list[R] = [*copy.deepcopy(SFC), copy.deepcopy(SFC_A)]

# a fifth Mailchimp member: upper-case first name, phone with its own country code
MC_A: R = {
    "email_address": "grete.nilsen@fjellkraft.no", "status": "subscribed",
    "merge_fields": {"FNAME": "GRETE", "LNAME": "nilsen", "PHONE": "+47 22 55 50 17", "COMPANY": "Fjellkraft"},
    "tags": ["Webinar", "Customer"], "language": "no", "vip": False,
}
MC_X: list[R] = [*copy.deepcopy(MC), copy.deepcopy(MC_A)]


def hs_phone(r: R) -> object:
    """phone, else mobile phone, else nothing; E.164 US."""
    if not blank(r["phone"]):
        return e164(r["phone"])
    if not blank(r["mobilephone"]):
        return e164(r["mobilephone"])
    return OMIT


# ============================ hubspot.contacts -> salesforce.Lead (8) ============================

@case("h30-01-lead-basics", H, L,
      "Workflow: New HubSpot contact -> Salesforce Lead\n"
      "Trigger: contact is created or updated\n"
      "Step 1: Copy property value: Email -> Email\n"
      "Step 2: Copy property value: First Name -> FirstName, Last Name -> LastName\n"
      "Step 3: If/then branch: if Company Name is known, copy it to Company. If Company Name is unknown, "
      "set Company to 'Not Provided'.\n"
      "Step 4: Action: set property LeadSource to 'Web'",
      HS_X)
def _c01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not Provided"), "LeadSource": "Web"}


@case("h30-02-lead-phone-routing", H, L,
      "Workflow: Lead phone routing\n"
      "Copy property value: Last Name -> LastName, Email -> Email\n"
      "If/then branch on Phone:\n"
      "  if Phone Number is known: set Phone to Phone Number\n"
      "  if Phone Number is unknown and Mobile Phone Number is known: set Phone to Mobile Phone Number\n"
      "  Else (both unknown): don't send Phone at all\n"
      "Format data: phone number - Phone in E.164, assume US when there is no country code",
      HS_X)
def _c02(r: R) -> Out:
    return keep({"LastName": r["lastname"], "Email": r["email"], "Phone": hs_phone(r)})


SRC_TABLE_03 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
                "REFERRALS": "External Referral"}


@case("h30-03-lead-source-company-chain", H, L,
      "Enrollment criteria: all contacts. Action: Copy property value: Email -> Email, Last Name -> LastName.\n"
      "Action: set Company to Company Name; if Company Name is unknown use Website URL instead; if that is "
      "unknown too, set Company to 'Unknown'.\n"
      "If/then branch on Original Source -> LeadSource:\n"
      "  is equal to ORGANIC_SEARCH: 'Web' | is any of PAID_SEARCH, PAID_SOCIAL: 'Advertisement' | "
      "is equal to REFERRALS: 'External Referral'\n"
      "  Else (any other value, or Original Source is unknown): 'Other'",
      HS_X)
def _c03(r: R) -> Out:
    company = r["company"] if not blank(r["company"]) else dflt(r["website"], "Unknown")
    return {"Email": r["email"], "LastName": r["lastname"], "Company": company,
            "LeadSource": SRC_TABLE_03.get(r["hs_analytics_source"], "Other")}


@case("h30-04-lead-mql-sql-only", H, L,
      "Enrollment criteria: Lifecycle Stage is any of 'marketingqualifiedlead', 'salesqualifiedlead'. "
      "Everyone else stays out.\n"
      "Step 1: Copy property value: Email -> Email.\n"
      "Step 2: Copy First Name -> FirstName and Last Name -> LastName, format data: title case.\n"
      "Step 3: Action: set property Status to 'Open - Not Contacted'.\n"
      "Goal: contact is worked by the SDR team",
      HS_X)
def _c04(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Status": "Open - Not Contacted"}


@case("h30-05-lead-rating-by-revenue", H, L,
      "Trigger: any contact. Copy property value: Email -> Email.\n"
      "Copy property value: Annual Revenue -> AnnualRevenue as a number; if Annual Revenue is unknown, leave "
      "AnnualRevenue off the record.\n"
      "If/then branch:\n"
      "  if Annual Revenue is greater than 1000000: set Rating to 'Hot'\n"
      "  Else (1000000 or less, or Annual Revenue is unknown): set Rating to 'Cold'",
      HS_X)
def _c05(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"]),
                 "Rating": "Hot" if v is not None and v > 1000000 else "Cold"})


@case("h30-06-lead-optout-title", H, L,
      "Opt-out sync to Salesforce leads: set HasOptedOutOfEmail to true when Unsubscribed from all email is "
      "equal to 'true', and to false when it is 'false' or unknown. Copy Job Title -> Title with format data: "
      "trim whitespace, and if Job Title is unknown set Title to 'Unknown' instead.",
      HS_X)
def _c06(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": unsubscribed(r),
            "Title": "Unknown" if blank(r["jobtitle"]) else r["jobtitle"].strip()}


@case("h30-07-lead-description-template", H, L,
      "Workflow name: Lead enrichment v2 (Delay: none)\n"
      "Step 1: Copy property value: Email -> Email\n"
      "Step 2: Action: set property Description to: Stage: [Lifecycle Stage] (created [Create Date as "
      "YYYY-MM-DD])\n"
      "Step 3: Copy property value: City -> City, format data: title case. If City is unknown, don't set City.",
      HS_X)
def _c07(r: R) -> Out:
    return keep({"Email": r["email"],
                 "Description": f"Stage: {r['lifecyclestage']} (created {day(r['createdate'])})",
                 "City": OMIT if blank(r["city"]) else title(r["city"])})


@case("h30-08-lead-exclude-customers", H, L,
      "Enrollment criteria: exclude contacts whose Lifecycle Stage is any of 'customer', 'evangelist'.\n"
      "Actions for everyone enrolled:\n"
      "- Copy property value: Email -> Email\n"
      "- FirstName = first word of First Name only; if First Name is unknown set FirstName to 'Friend'\n"
      "- Copy Number of Employees -> NumberOfEmployees as a whole number; if it is unknown, skip the field",
      HS_X)
def _c08(r: R) -> Out:
    if r["lifecyclestage"] in ("customer", "evangelist"):
        return None
    return keep({"Email": r["email"],
                 "FirstName": "Friend" if blank(r["firstname"]) else first_word(r["firstname"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


# ============================ hubspot.contacts -> salesforce.Contact (6) ============================

@case("h30-09-contact-plain-copies", H, C,
      "Simple contact sync, no branches: copy Email -> Email, First Name -> FirstName, Last Name -> LastName "
      "and City -> MailingCity, and set property Department to 'Marketing' on every record.",
      HS_X)
def _c09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingCity": r["city"], "Department": "Marketing"}


@case("h30-10-contact-phones-e164", H, C,
      "Trigger: contact property change.\n"
      "Action: Copy Email -> Email, format data: lowercase.\n"
      "Action: Copy Phone Number -> Phone, format data: phone number (E.164, US is the default country). "
      "If Phone Number is unknown, leave Phone out.\n"
      "Action: Copy Mobile Phone Number -> MobilePhone, same formatting. If Mobile Phone Number is unknown, "
      "leave MobilePhone out.",
      HS_X)
def _c10(r: R) -> Out:
    return keep({"Email": r["email"].lower(),
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


SRC_TABLE_11 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
                "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email", "OFFLINE": "Trade Show"}


@case("h30-11-contact-source-table-known-only", H, C,
      "Enrollment criteria: Original Source is known (contacts with an unknown Original Source are not "
      "enrolled).\n"
      "Copy property value: Email -> Email\n"
      "Set LeadSource from Original Source: ORGANIC_SEARCH -> 'Web', PAID_SEARCH -> 'Advertisement', "
      "PAID_SOCIAL -> 'Advertisement', REFERRALS -> 'External Referral', EMAIL_MARKETING -> 'Email', "
      "OFFLINE -> 'Trade Show'\n"
      "Copy property value: Job Title -> Title; if Job Title is unknown, set Title to 'Team Member'.",
      HS_X)
def _c11(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    return {"Email": r["email"], "LeadSource": SRC_TABLE_11[r["hs_analytics_source"]],
            "Title": dflt(r["jobtitle"], "Team Member")}


@case("h30-12-contact-optout-customer-branch", H, C,
      "Step 1: Copy property value: Email -> Email.\n"
      "Step 2: Copy Last Name -> LastName, format data: uppercase.\n"
      "Step 3: If/then branch: if Unsubscribed from all email is equal to 'true', set HasOptedOutOfEmail to "
      "true. Else ('false' or unknown): set HasOptedOutOfEmail to false.\n"
      "Step 4: If/then branch: if Lifecycle Stage is equal to 'customer', set Description to 'Existing "
      "customer'. Else: set Description to 'Prospect'.",
      HS_X)
def _c12(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "HasOptedOutOfEmail": unsubscribed(r),
            "Description": "Existing customer" if r["lifecyclestage"] == "customer" else "Prospect"}


@case("h30-13-contact-title-chain", H, C,
      "Copy property value: Email -> Email and Last Name -> LastName.\n"
      "Title: use Job Title if it is known; if Job Title is unknown, use Industry; if Industry is unknown as "
      "well, set Title to 'Unknown'.\n"
      "If/then branch: if Country/Region is known, copy it to MailingCountry; if Country/Region is unknown, "
      "set MailingCountry to 'United States'.",
      HS_X)
def _c13(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Unknown")
    return {"Email": r["email"], "LastName": r["lastname"], "Title": t,
            "MailingCountry": dflt(r["country"], "United States")}


@case("h30-14-contact-exclude-paid", H, C,
      "Enrollment criteria: every contact EXCEPT those whose Original Source contains any of 'PAID' "
      "(contacts with an unknown Original Source are enrolled).\n"
      "Copy property value: Email -> Email.\n"
      "Copy property value: Last Name -> LastName, format data: title case.\n"
      "Copy property value: City -> MailingCity, format data: title case; if City is unknown, don't send "
      "MailingCity.",
      HS_X)
def _c14(r: R) -> Out:
    if "PAID" in r["hs_analytics_source"]:
        return None
    return keep({"Email": r["email"], "LastName": title(r["lastname"]),
                 "MailingCity": OMIT if blank(r["city"]) else title(r["city"])})


# ============================ hubspot.contacts -> mailchimp.members (6) ============================

@case("h30-15-mc-newsletter-status", H, M,
      "Workflow: Newsletter audience sync\n"
      "Copy property value: Email -> email_address, First Name -> FNAME merge field, Last Name -> LNAME "
      "merge field.\n"
      "If/then branch: if Unsubscribed from all email is equal to 'true', set status to 'unsubscribed'. If it "
      "is 'false' or unknown, set status to 'subscribed'.\n"
      "Tag with 'hubspot-sync'.",
      HS_X)
def _c15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if unsubscribed(r) else "subscribed",
            "tags": ["hubspot-sync"]}


@case("h30-16-mc-phone-fallback", H, M,
      "Action: Copy Email -> email_address, format data: lowercase.\n"
      "Action: Copy First Name -> FNAME, format data: title case. If First Name is unknown, don't send FNAME.\n"
      "If/then branch for the PHONE merge field:\n"
      "  if Phone Number is known: use Phone Number\n"
      "  else if Mobile Phone Number is known: use Mobile Phone Number\n"
      "  else: no PHONE at all\n"
      "Format data: PHONE as phone number in E.164, assuming US when there's no country code.",
      HS_X)
def _c16(r: R) -> Out:
    return keep({"email_address": r["email"].lower(),
                 "merge_fields": {"FNAME": OMIT if blank(r["firstname"]) else title(r["firstname"]),
                                  "PHONE": hs_phone(r)}})


@case("h30-17-mc-tags-vip", H, M,
      "Trigger: all contacts. Copy Email -> email_address and set status to 'subscribed'.\n"
      "Tag with 'newsletter'. If/then branch: if Lifecycle Stage is any of 'customer', 'evangelist', also tag "
      "with 'customer' (after 'newsletter').\n"
      "If Annual Revenue is greater than 3000000, set vip to true. Else (3000000 or less, or Annual Revenue "
      "unknown): vip is false.",
      HS_X)
def _c17(r: R) -> Out:
    tags = ["newsletter"]
    if r["lifecyclestage"] in ("customer", "evangelist"):
        tags.append("customer")
    v = rev(r)
    return {"email_address": r["email"], "status": "subscribed", "tags": tags,
            "vip": v is not None and v > 3000000}


@case("h30-18-mc-first-word-stages", H, M,
      "Enrollment criteria: Lifecycle Stage is any of 'subscriber', 'marketingqualifiedlead'. No one else goes "
      "to Mailchimp.\n"
      "Step 1: Copy Email -> email_address.\n"
      "Step 2: Set status to 'subscribed' and language to 'en'.\n"
      "Step 3: FNAME = only the first word of First Name.\n"
      "Step 4: Copy Last Name -> LNAME.\n"
      "Delay: 0 minutes",
      HS_X)
def _c18(r: R) -> Out:
    if r["lifecyclestage"] not in ("subscriber", "marketingqualifiedlead"):
        return None
    return {"email_address": r["email"], "status": "subscribed", "language": "en",
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"]}}


@case("h30-19-mc-suppress-optouts-stage-tag", H, M,
      "Suppression: contacts where Unsubscribed from all email is equal to 'true' are not enrolled (if it's "
      "'false' or unknown they are).\n"
      "Copy Email -> email_address. Set language to 'en'.\n"
      "Tag with 'hubspot', then tag with 'stage-' followed by the Lifecycle Stage (e.g. a lead gets "
      "'stage-lead').",
      HS_X)
def _c19(r: R) -> Out:
    if unsubscribed(r):
        return None
    return {"email_address": r["email"], "language": "en",
            "tags": ["hubspot", "stage-" + r["lifecyclestage"]]}


@case("h30-20-mc-trim-hygiene", H, M,
      "Data hygiene workflow before the Mailchimp push.\n"
      "Format data: trim leading/trailing spaces on Email, First Name and Last Name.\n"
      "Copy the trimmed Email -> email_address, trimmed First Name -> FNAME, trimmed Last Name -> LNAME.\n"
      "If/then branch: if First Name is unknown, leave FNAME off.\n"
      "Action: set status to 'pending'.",
      HS_P)
def _c20(r: R) -> Out:
    return keep({"email_address": r["email"].strip(),
                 "merge_fields": {"FNAME": OMIT if blank(r["firstname"]) else r["firstname"].strip(),
                                  "LNAME": r["lastname"].strip()},
                 "status": "pending"})


# ============================ hubspot.contacts -> segment.identify (4) ============================

@case("h30-21-seg-names-template", H, S,
      "Segment identify workflow:\n"
      "Action: userId = Email, format data: lowercase.\n"
      "Copy property value: Email -> traits.email (as is).\n"
      "Copy property value: First Name -> traits.firstName, Last Name -> traits.lastName.\n"
      "Action: set traits.name to First Name + ' ' + Last Name.",
      HS_Y)
def _c21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h30-22-seg-company-traits", H, S,
      "Trigger: contact created. Copy Email -> userId.\n"
      "Company traits (nested under traits.company):\n"
      "  Copy Company Name -> traits.company.name; if Company Name is unknown, set it to 'Independent'\n"
      "  Copy Number of Employees -> traits.company.employee_count as a whole number; if unknown, skip it\n"
      "  Copy Industry -> traits.company.industry; if Industry is unknown, skip it",
      HS_X)
def _c22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], "Independent"),
                     "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
                     "industry": dflt(r["industry"], OMIT)}}})


@case("h30-23-seg-address-created", H, S,
      "For the Segment identify, copy Email to userId, put City into traits.address.city (format data: title "
      "case, and skip it when City is unknown), copy Postal Code to traits.address.postalCode, and set "
      "traits.createdAt to the Create Date formatted as YYYY-MM-DD.",
      HS_X)
def _c23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": OMIT if blank(r["city"]) else title(r["city"]),
                                        "postalCode": r["zip"]},
                            "createdAt": day(r["createdate"])}})


FUNNEL_24 = {"subscriber": "top", "lead": "top", "marketingqualifiedlead": "middle",
             "salesqualifiedlead": "middle"}


@case("h30-24-seg-funnel-stage", H, S,
      "Step 1: Copy property value: Email -> userId.\n"
      "Step 2: If/then branch on Lifecycle Stage for traits.funnel_stage:\n"
      "  is any of 'subscriber', 'lead' -> 'top'\n"
      "  is any of 'marketingqualifiedlead', 'salesqualifiedlead' -> 'middle'\n"
      "  Else (any other stage) -> 'bottom'\n"
      "Step 3: Copy Job Title -> traits.title. If Job Title is unknown, don't send traits.title.",
      HS_X)
def _c24(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"funnel_stage": FUNNEL_24.get(r["lifecyclestage"], "bottom"),
                            "title": dflt(r["jobtitle"], OMIT)}})


# ============================ hubspot.contacts -> ga4.events (3) ============================

@case("h30-25-ga4-sign-up", H, G,
      "GA4 sign-up workflow. For every contact send one event named 'sign_up'.\n"
      "client_id = the part of Email before the @.\n"
      "Event params: method = Original Source, format data: lowercase (if Original Source is unknown, set "
      "method to 'unknown'); signup_date = Create Date as YYYY-MM-DD.",
      HS_LOW)
def _c25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "sign_up",
                        "params": {"method": "unknown" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h30-26-ga4-generate-lead-revenue", H, G,
      "Enrollment criteria: Annual Revenue is greater than 1000000 (contacts with unknown Annual Revenue are "
      "not enrolled).\n"
      "Action: set client_id to 'crm-import'.\n"
      "Action: send one event 'generate_lead' with params currency = 'USD', value = Annual Revenue as a number, "
      "and lead_stage = Lifecycle Stage copied as is.\n"
      "Goal: revenue-qualified leads show up in GA4",
      HS_X)
def _c26(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1000000:
        return None
    return {"client_id": "crm-import",
            "events": [{"name": "generate_lead",
                        "params": {"currency": "USD", "value": num(r["annualrevenue"]),
                                   "lead_stage": r["lifecyclestage"]}}]}


@case("h30-27-ga4-qualify-lead", H, G,
      "Trigger: Lifecycle Stage is any of 'marketingqualifiedlead', 'salesqualifiedlead' (nobody else).\n"
      "Copy property value: Email -> client_id.\n"
      "Event: one event named 'qualify_lead' with these params:\n"
      "  company = Company Name, format data: trim whitespace\n"
      "  employees = Number of Employees as a whole number",
      HS_X)
def _c27(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"client_id": r["email"],
            "events": [{"name": "qualify_lead",
                        "params": {"company": r["company"].strip(),
                                   "employees": int(float(r["numemployees"]))}}]}


# ============================ salesforce.Lead -> hubspot.contacts (5) ============================

STATUS_28 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h30-28-sfl-hs-lead-status", L, H,
      "Salesforce lead to HubSpot contact.\n"
      "Copy property value: Email -> email, FirstName -> firstname, LastName -> lastname.\n"
      "Set Lead Status (hs_lead_status) from the lead's Status:\n"
      "  'Open - Not Contacted' -> 'NEW'\n"
      "  'Working - Contacted' -> 'IN_PROGRESS'\n"
      "  'Closed - Converted' -> 'CONNECTED' | 'Closed - Not Converted' -> 'UNQUALIFIED'",
      SFL_X)
def _c28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "hs_lead_status": STATUS_28[r["Status"]]}


@case("h30-29-sfl-hs-uk-only", L, H,
      "Enrollment criteria: lead Country is equal to 'United Kingdom'. Other countries are not enrolled.\n"
      "Step 1: Copy Email -> email and City -> city.\n"
      "Step 2: Copy Phone -> phone, format data: phone number in E.164, UK numbers (+44).\n"
      "Step 3: If/then branch: if Email Opt Out is true, set hs_email_optout to the text 'true'; else set it "
      "to the text 'false'.",
      SFL_X)
def _c29(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "city": r["City"], "phone": e164(r["Phone"], "44"),
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING_30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}


@case("h30-30-sfl-hs-rating-stage", L, H,
      "Copy property value: Email -> email.\n"
      "If/then branch on Rating -> lifecyclestage:\n"
      "  Rating is equal to 'Hot': 'salesqualifiedlead' | Rating is equal to 'Warm': 'marketingqualifiedlead'\n"
      "  Else (Cold, or Rating is unknown): 'lead'\n"
      "Copy AnnualRevenue -> annualrevenue as a number; if AnnualRevenue is unknown, don't send it.\n"
      "Copy Title -> jobtitle, format data: trim whitespace; if Title is unknown, don't send jobtitle.",
      SFL_X)
def _c30(r: R) -> Out:
    return keep({"email": r["Email"], "lifecyclestage": RATING_30.get(r["Rating"], "lead"),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "jobtitle": OMIT if blank(r["Title"]) else r["Title"].strip()})


@case("h30-31-sfl-hs-exclude-not-converted", L, H,
      "Enrollment criteria: exclude leads whose Status is equal to 'Closed - Not Converted'.\n"
      "Copy Email -> email.\n"
      "Copy FirstName -> firstname and LastName -> lastname, format data: title case on both.\n"
      "Company Name: copy Company if it is known; if Company is unknown, use the part of the Email after the @.",
      SFL_X)
def _c31(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "firstname": title(r["FirstName"]), "lastname": title(r["LastName"]),
            "company": r["Company"] if not blank(r["Company"]) else after_at(r["Email"])}


@case("h30-32-sfl-hs-message-template", L, H,
      "Leads coming into HubSpot: copy Email to email and PostalCode to zip, set message to 'Imported from "
      "Salesforce (' + Lead Source + ')' using 'Unknown' in place of the Lead Source when it is unknown, and "
      "set hs_email_optout to the text 'true' when Email Opt Out is true or the text 'false' when it is false.",
      SFL_X)
def _c32(r: R) -> Out:
    return {"email": r["Email"], "zip": r["PostalCode"],
            "message": "Imported from Salesforce (" + dflt(r["LeadSource"], "Unknown") + ")",
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


# ============================ salesforce.Contact -> mailchimp.members (4) ============================

@case("h30-33-sfc-mc-optout-status", C, M,
      "Workflow: Salesforce contacts -> Mailchimp\n"
      "Copy property value: Email -> email_address, format data: lowercase\n"
      "Copy FirstName -> FNAME and LastName -> LNAME\n"
      "If/then branch: if Email Opt Out is true, set status to 'unsubscribed'. Else: set status to "
      "'subscribed'.\n"
      "Tag with 'salesforce'.",
      SFC_X)
def _c33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"]}


@case("h30-34-sfc-mc-dach", C, M,
      "Enrollment criteria: Mailing Country is any of 'Germany', 'Austria', 'Switzerland'.\n"
      "Step 1: Copy Email -> email_address.\n"
      "Step 2: Copy FirstName -> FNAME; copy LastName -> LNAME, format data: uppercase.\n"
      "Step 3: Set language to 'de'.\n"
      "Step 4: Tag with 'dach'.",
      SFC_X)
def _c34(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria", "Switzerland"):
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"].upper()},
            "language": "de", "tags": ["dach"]}


@case("h30-35-sfc-mc-vip-titles-phone", C, M,
      "Copy Email -> email_address.\n"
      "If/then branch: if Title is any of 'CEO', 'CTO', 'Founder', set vip to true. Else (other titles, or "
      "Title is unknown): vip is false.\n"
      "Copy Business Phone (Phone) -> PHONE merge field, format data: phone number, E.164 assuming US. If Phone "
      "is unknown, leave PHONE out.",
      SFC_X)
def _c35(r: R) -> Out:
    return keep({"email_address": r["Email"], "vip": r["Title"] in ("CEO", "CTO", "Founder"),
                 "merge_fields": {"PHONE": OMIT if blank(r["Phone"]) else e164(r["Phone"])}})


@case("h30-36-sfc-mc-department-tag", C, M,
      "Copy property value: Email -> email_address.\n"
      "Copy LastName -> LNAME, format data: title case.\n"
      "Tag with the Department, format data: trim and lowercase. If Department is unknown, tag with 'general' "
      "instead. (One tag per member.)",
      SFC_X)
def _c36(r: R) -> Out:
    tag = "general" if blank(r["Department"]) else r["Department"].strip().lower()
    return {"email_address": r["Email"], "merge_fields": {"LNAME": title(r["LastName"])}, "tags": [tag]}


# ============================ salesforce.Contact -> segment.identify (3) ============================

@case("h30-37-sfc-seg-title-birthday", C, S,
      "Action: userId = Email, format data: lowercase. Copy Email -> traits.email unchanged.\n"
      "If/then branch: if Title is known, copy it to traits.title; if Title is unknown, set traits.title to "
      "'Unknown'.\n"
      "Copy Birthdate -> traits.birthday; if Birthdate is unknown, don't send traits.birthday.",
      SFC_X)
def _c37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "title": dflt(r["Title"], "Unknown"),
                            "birthday": dflt(r["Birthdate"], OMIT)}})


@case("h30-38-sfc-seg-address-reachable", C, S,
      "Step 1: Copy Email -> userId.\n"
      "Step 2: Copy Mailing City -> traits.address.city and Mailing Country -> traits.address.country (format "
      "data: uppercase on the country).\n"
      "Step 3: Copy Phone -> traits.phone, format data: phone number E.164, US default; skip when Phone is "
      "unknown.\n"
      "Step 4: If/then branch: if Phone is known, set traits.reachable to true; if Phone is unknown, set "
      "traits.reachable to false.",
      SFC_X)
def _c38(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"], "country": r["MailingCountry"].upper()},
                            "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"]),
                            "reachable": not blank(r["Phone"])}})


@case("h30-39-sfc-seg-name-optin", C, S,
      "Identify each Salesforce contact in Segment with userId from Email, traits.name set to FirstName + ' ' + "
      "LastName, traits.department from Department with whitespace trimmed (or 'Unassigned' if Department is "
      "unknown), and traits.email_opt_in as the opposite of Email Opt Out: true when Email Opt Out is false, "
      "false when it is true.",
      SFC_X)
def _c39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"name": r["FirstName"] + " " + r["LastName"],
                       "department": "Unassigned" if blank(r["Department"]) else r["Department"].strip(),
                       "email_opt_in": not r["HasOptedOutOfEmail"]}}


# ============================ mailchimp.members -> hubspot.contacts (3) ============================

@case("h30-40-mc-hs-title-case-names", M, H,
      "Mailchimp to HubSpot contact workflow.\n"
      "Copy property value: email_address -> Email.\n"
      "Copy property value: FNAME merge field -> First Name, format data: title case.\n"
      "Copy property value: LNAME merge field -> Last Name, format data: title case. If LNAME is unknown, "
      "don't set Last Name.",
      MC_X)
def _c40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"])})


@case("h30-41-mc-hs-optout-vip-stage", M, H,
      "Copy email_address -> Email and language -> hs_language (Preferred language).\n"
      "If/then branch: if status is any of 'unsubscribed', 'cleaned', set Unsubscribed from all email to the "
      "text 'true'. Else: set it to the text 'false'.\n"
      "If/then branch: if VIP is true, set Lifecycle Stage to 'customer'; else set it to 'subscriber'.",
      MC_X)
def _c41(r: R) -> Out:
    return {"email": r["email_address"], "hs_language": r["language"],
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
            "lifecyclestage": "customer" if r["vip"] else "subscriber"}


@case("h30-42-mc-hs-subscribed-webinar", M, H,
      "Enrollment criteria: status is equal to 'subscribed'. Everyone else is not enrolled.\n"
      "Copy email_address -> Email.\n"
      "Copy PHONE merge field -> Phone Number, format data: phone number in E.164 (assume US). If PHONE is "
      "unknown, leave Phone Number out.\n"
      "If/then branch: if tags contains any of 'Webinar', set Lead Status to 'OPEN'. Else: set Lead Status to "
      "'NEW'.",
      MC_X)
def _c42(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph),
                 "hs_lead_status": "OPEN" if "Webinar" in r["tags"] else "NEW"})


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    build(CASES, Path(__file__).parent / "set30")
    print(f"wrote {len(CASES)} cases to set30/")
