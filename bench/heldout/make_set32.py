"""Held-out set 32: mapping texts written by a new author, before any tuning on them.

Persona: a development (fundraising) coordinator at a mid-size nonprofit. Not technical; she
writes to the integrations person the way she writes email to a colleague: polite and
conversational, hedged ("could we", "please", "I think"), long sentences that give the reason
for a rule in passing (board reports, gift officers, galas, phone-a-thons), fields named mostly
by the on-screen labels she sees in HubSpot / Salesforce / Mailchimp (sometimes a little off:
"the Company Name box", "mobile #", "the Email Opt Out box"), parentheses and dashes, now and
then two rules in one sentence. American spelling throughout.

Pairs (42): hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6 (09-14),
-> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3 (25-27);
salesforce.Lead -> hubspot.contacts 5 (28-32); salesforce.Contact -> mailchimp.members 4 (33-36),
-> segment.identify 3 (37-39); mailchimp.members -> hubspot.contacts 3 (40-42).

Rule kinds: copies; constants (02, 09, 19, 25, 29, 34, 41); defaults when empty (08, 10, 22, 24,
25, 27, 30, 38, 42); fallback chains of 2 (18, 20) and 3 (01), one ending in "leave it out" (03);
omit when empty (06, 11, 22, 24, 28, 30, 32, 35, 37, 38, 40, 41); transforms: lower (09, 21, 25,
33, 37, 39), upper (23), trim (04, 36), title case (04, 10, 27, 40), first word (16), before/after
the @ (20, 27), E.164 with a stated country (03, 11, 32, 35, 41 US; 18 UK), as a number (06, 26,
30), whole number (06, 22), date YYYY-MM-DD (07, 24); value tables with 'otherwise' (02, 30, 35,
39) and without (12, 23, 29); conditions: equality (14, 19, 36, 42), greater than (05, 17, 26),
blank (05, 13, 15, 14); true/false flags in both directions (08 text->bool, 28 bool->text,
39 negated, 40 status->text); filters only (05, 18, 26, 31, 32, 41) and exclude (12, 14, 20, 25,
29, 34); nested destinations (Segment traits.company.x / traits.address.x, Mailchimp
merge_fields.X, GA4 events[].params.x); Mailchimp tags constant (16) and conditional (17, 34);
concatenation / templates (07 with a date part, 13, 21, 31, 38).

Match key: every text names the destination's match key (Lead/Contact Email, HubSpot email,
Mailchimp email_address, Segment userId, GA4 client_id); the oracle writes it in every record.
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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def t(s: str) -> str:
    """One paragraph of text, however it is wrapped in this file."""
    return " ".join(s.split())


# ---- set-specific input records -------------------------------------------------------------

TOM = {"email": "tom.becker@riverbendtrust.org", "firstname": "TOM", "lastname": "becker",
       "company": "  Riverbend Community Trust ", "phone": "(503) 555-0161", "mobilephone": "503-555-0162",
       "jobtitle": "Board Treasurer", "hs_analytics_source": "EMAIL_MARKETING", "lifecyclestage": "opportunity",
       "country": "", "city": "portland", "state": "OR", "zip": "97205", "address": "410 SW Oak St",
       "annualrevenue": "150000", "numemployees": "8", "industry": "Nonprofit", "website": "riverbendtrust.org",
       "createdate": "2024-05-21T13:10:00.000Z", "hs_email_optout": "false"}
NGOZI = {"email": "ngozi.eze@brightpathfoundation.org", "firstname": "ngozi", "lastname": "eze", "company": "",
         "phone": "", "mobilephone": "", "jobtitle": "", "hs_analytics_source": "OFFLINE",
         "lifecyclestage": "salesqualifiedlead", "country": "Nigeria", "city": "lagos", "state": "", "zip": "100001",
         "address": "5 Marina Rd", "annualrevenue": "", "numemployees": "", "industry": "",
         "website": "www.brightpathfoundation.org", "createdate": "2025-02-03T16:45:00.000Z", "hs_email_optout": ""}
ANNA = {"email": "anna.costa@stlukechoir.org.uk", "firstname": "Anna Maria", "lastname": "Costa",
        "company": "St Luke Choir Society", "phone": "020 7946 0112", "mobilephone": "07700 900456",
        "jobtitle": "Choir Director", "hs_analytics_source": "DIRECT_TRAFFIC", "lifecyclestage": "other",
        "country": "United Kingdom", "city": "london", "state": "", "zip": "sw1a 1aa", "address": "2 Queen Anne Gate",
        "annualrevenue": "", "numemployees": "5", "industry": "Arts", "website": "",
        "createdate": "2024-10-30T12:20:00.000Z", "hs_email_optout": "true"}
OLIVER = {"email": "oliver.hughes@thamesreach.org.uk", "firstname": "Oliver", "lastname": "Hughes",
          "company": "Thames Reach Trust", "phone": "", "mobilephone": "07700 900789", "jobtitle": "",
          "hs_analytics_source": "SOCIAL_MEDIA", "lifecyclestage": "lead", "country": "United Kingdom",
          "city": "Manchester", "state": "", "zip": "m1 1ae", "address": "1 Piccadilly", "annualrevenue": "600000",
          "numemployees": "30", "industry": "Housing", "website": "https://thamesreach.org.uk",
          "createdate": "2025-06-17T14:00:00.000Z", "hs_email_optout": "false"}
SAM = {"email": "info@eastsidepantry.org", "firstname": "", "lastname": "", "company": "Eastside Food Pantry",
       "phone": "312-555-0190", "mobilephone": "", "jobtitle": "", "hs_analytics_source": "DIRECT_TRAFFIC",
       "lifecyclestage": "customer", "country": "United States", "city": "Chicago", "state": "IL", "zip": "60616",
       "address": "2200 S Wentworth Ave", "annualrevenue": "", "numemployees": "", "industry": "Food",
       "website": "eastsidepantry.org", "createdate": "2025-09-08T15:30:00.000Z", "hs_email_optout": "false"}

MARCUS = {"Email": "marcus.bell@hopehousesf.org", "FirstName": "Marcus", "LastName": "Bell", "Company": "Hope House SF",
          "Title": "Executive Director", "Phone": "415-555-0176", "Street": "88 Valencia St", "City": "San Francisco",
          "PostalCode": "94110", "Country": "United States", "Status": "Working - Contacted", "Rating": "",
          "LeadSource": "Email", "HasOptedOutOfEmail": False, "AnnualRevenue": "950000.50"}
DANA = {"Email": "dana.kowalski@lakeshoreyouth.org", "FirstName": "Dana", "LastName": "Kowalski",
        "Company": "Lakeshore Youth League", "Title": "", "Phone": "", "Street": "700 N Water St", "City": "Milwaukee",
        "PostalCode": "53202", "Country": "United States", "Status": "Open - Not Contacted", "Rating": "Cold",
        "LeadSource": "Web", "HasOptedOutOfEmail": True, "AnnualRevenue": ""}

ROSA = {"Email": "rosa.mendez@casaverde.org", "FirstName": " Rosa ", "LastName": "Mendez  ", "Title": "Board Chair",
        "Department": "Board", "Phone": "(773) 555-0102", "MailingCity": "Chicago", "MailingCountry": "United States",
        "LeadSource": "Partner Referral", "HasOptedOutOfEmail": False, "Birthdate": "1975-08-14"}
OWEN = {"Email": "owen.price@valleyarts.org", "FirstName": "Owen", "LastName": "Price", "Title": "", "Department": "",
        "Phone": "", "MailingCity": "Cardiff", "MailingCountry": "United Kingdom", "LeadSource": "Employee Referral",
        "HasOptedOutOfEmail": True, "Birthdate": ""}

GRACE_LIN = {"email_address": "grace.lin@harborliteracy.org", "status": "pending",
             "merge_fields": {"FNAME": "Grace", "LNAME": "Lin", "PHONE": "(206) 555-0111",
                              "COMPANY": "Harbor Literacy Project"},
             "tags": ["Gala 2026"], "language": "en", "vip": False}
WALT = {"email_address": "walt.okoye@northsidemeals.org", "status": "subscribed",
        "merge_fields": {"FNAME": "Walt", "LNAME": "  ", "PHONE": "312.555.0144", "COMPANY": ""},
        "tags": [], "language": "", "vip": False}


def first_of(*vals: object) -> object:
    """The first non-blank value, OMIT when all are blank."""
    for v in vals:
        if not blank(v):
            return v
    return OMIT


# ---- hubspot.contacts -> salesforce.Lead (8) ------------------------------------------------

@case("h32-01-lead-company-three-step", H, L, t("""
Hi! For the HubSpot to Salesforce leads sync, could we please bring over the Email, First Name and Last Name
as they are, and for the Salesforce Company field use the Company Name from HubSpot - if that's empty, their
Website URL instead, and if that's empty too, just put "Individual Donor" (Salesforce won't save a lead without
a company, and most of our folks with nothing there are individual givers anyway)."""), extended(HS, NGOZI, TOM))
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(dflt(r["company"], r["website"]), "Individual Donor")}


@case("h32-02-lead-source-from-original-source", H, L, t("""
When a HubSpot contact goes over as a Salesforce lead I'd love the Lead Source to show where they originally
found us, based on Original Source in HubSpot: Organic Search and Paid Search should both be "Web", Paid Social
should be "Advertisement", Referrals should be "External Referral", and anything else (including when Original
Source is empty) should just say "Other". Could you also set Lead Status to "Open - Not Contacted" on every one
of them, so the gift officers know nobody has reached out yet? Plus the email and last name, please."""),
       extended(HS, TOM, NGOZI, ANNA))
def _(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Web", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other"), "Status": "Open - Not Contacted"}


@case("h32-03-lead-phone-mobile-or-nothing", H, L, t("""
Could we please send the phone to Salesforce in the international E.164 style (+1 and then the digits - we're
US-based, so a number without a country code on it is an American one)? Use the contact's Phone Number, or
their mobile # if there isn't one, and if they have neither please just leave the lead's Phone field out
rather than sending something empty. Email and Last Name as they are, too."""), extended(HS, NGOZI, TOM))
def _(r: R) -> Out:
    p = first_of(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "LastName": r["lastname"], "Phone": OMIT if p is OMIT else e164(p, "1")})


@case("h32-04-lead-name-casing-company-trim", H, L, t("""
Our HubSpot names are a bit of a mess (people type them in all caps or all lowercase on the donation form), so
when they go over to Salesforce leads could First Name and Last Name be fixed to proper capitalization - capital
first letter, the rest lowercase, for each word? The Company Name also sometimes has stray spaces before or
after it, so please trim those off before it goes into Company. The email can just be copied over."""),
       extended(HS, TOM, NGOZI))
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Company": r["company"].strip()}


@case("h32-05-lead-qualified-only-rating", H, L, t("""
Could we please only create Salesforce leads for contacts whose Lifecycle Stage is Marketing Qualified Lead or
Sales Qualified Lead? Everyone else can stay in HubSpot for now. For those, send the email, last name and
company name as they are, and set Rating to "Hot" when Annual Revenue is over 1,000,000, "Warm" when it's
1,000,000 or under, and "Cold" when there's no annual revenue at all - that's roughly how our corporate giving
team sorts prospects."""), extended(HS, NGOZI, TOM))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 1_000_000 else "Warm")
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Rating": rating}


@case("h32-06-lead-revenue-and-headcount", H, L, t("""
For our major-gifts prospect research we'd love the company size info on the Salesforce lead: Annual Revenue
as an actual number (not text) in Annual Revenue, and HubSpot's Number of Employees as a whole number in
Employees. If either one is empty in HubSpot, please leave that field off the lead instead of putting a zero
in it. And the email, of course."""), extended(HS, NGOZI))
def _(r: R) -> Out:
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h32-07-lead-description-import-note", H, L, t("""
It would really help our data audits if each lead's Description said when and where it came from, in exactly
this form: Imported from HubSpot on 2023-03-14 (stage: marketingqualifiedlead) - that is, the contact's Create
Date as YYYY-MM-DD, and then their Lifecycle Stage in parentheses just the way HubSpot stores it. Email and
Last Name should come across too, please."""), extended(HS, TOM))
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Description": f"Imported from HubSpot on {day(r['createdate'])} (stage: {r['lifecyclestage']})"}


@case("h32-08-lead-optout-box-title-default", H, L, t("""
The Email Opt Out checkbox in Salesforce should be checked for anyone whose "Unsubscribed from all email" is
true in HubSpot and unchecked otherwise (a blank there should count as unchecked too, since those people never
actually opted out). Could you also copy the Email and Last Name, and put Job Title into the lead's Title -
if there's no job title, "Supporter" is fine."""), extended(HS, NGOZI, ANNA))
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "Supporter"),
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


# ---- hubspot.contacts -> salesforce.Contact (6) ---------------------------------------------

@case("h32-09-contact-lowercase-email-dept", H, C, t("""
When HubSpot contacts become Salesforce Contacts, could we please make the email all lowercase? Salesforce has
been treating Priya.Raman@ and priya.raman@ as two different people, which is a real headache for the gift
entry team. First Name and Last Name as they are, and the Department should just say "Donor Relations" on all
of them."""), extended(HS, TOM))
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "FirstName": r["firstname"], "LastName": r["lastname"],
            "Department": "Donor Relations"}


@case("h32-10-contact-mailing-address", H, C, t("""
Please map the address over to the Mailing address on the Contact: Street Address to Mailing Street, City to
Mailing City (in proper case please, capital first letter of each word, since some of ours were typed all
lowercase), State/Region to Mailing State/Province, Postal Code to the Mailing Zip, and Country/Region to
Mailing Country - with "United States" filled in when the country is blank, because nearly all of our donors
are domestic. The email too."""), extended(HS, TOM, NGOZI))
def _(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": title(r["city"]),
            "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": dflt(r["country"], "United States")}


@case("h32-11-contact-mobile-e164-phone-copy", H, C, t("""
The mobile # should go to the Contact's Mobile Phone in E.164 format, like +14155550199 (assume it's a US number
when it doesn't start with a +), and if the mobile number is empty please don't set Mobile Phone at all. The
regular Phone Number can go into Business Phone just as it is, blank or not. And the email address,
please."""), extended(HS, TOM))
def _(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": r["phone"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "1")})


@case("h32-12-contact-known-source-table", H, C, t("""
I think we should only bring over contacts where HubSpot actually knows the Original Source - if it's empty,
please skip them, and we'll clean those up by hand. Then for the Lead Source on the Contact: ORGANIC_SEARCH
becomes Web, PAID_SEARCH and PAID_SOCIAL both become Advertisement, REFERRALS becomes Word of mouth,
EMAIL_MARKETING becomes Email, and OFFLINE becomes Seminar - Internal (that's our galas and breakfasts). Email
and Last Name as well, please."""), extended(HS, TOM, NGOZI))
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Word of mouth", "EMAIL_MARKETING": "Email", "OFFLINE": "Seminar - Internal"}
    return {"Email": r["email"], "LastName": r["lastname"], "LeadSource": table[r["hs_analytics_source"]]}


@case("h32-13-contact-description-job-note", H, C, t("""
In the Contact Description, could it say "Job title in HubSpot: " followed by their job title (so for example
Job title in HubSpot: VP Marketing) - or, if they don't have a job title at all, just the words "No job title on
file"? Email, First Name and Last Name as well, straight across."""), extended(HS, NGOZI))
def _(r: R) -> Out:
    desc = "No job title on file" if blank(r["jobtitle"]) else f"Job title in HubSpot: {r['jobtitle']}"
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Description": desc}


@case("h32-14-contact-do-not-call-non-us", H, C, t("""
Our phone-a-thon volunteers only call US donors, so could the Do Not Call box on the Contact be checked for anyone
whose Country/Region is something other than United States, and unchecked for the United States ones (please
treat a blank country as US - most of those are older local records)? Also please leave out anybody whose
Lifecycle Stage is Subscriber, since those are newsletter-only people and shouldn't be Salesforce contacts.
Email and Last Name as usual."""), extended(HS, TOM))
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    us = blank(r["country"]) or r["country"] == "United States"
    return {"Email": r["email"], "LastName": r["lastname"], "DoNotCall": not us}


# ---- hubspot.contacts -> mailchimp.members (6) ----------------------------------------------

@case("h32-15-mc-status-from-unsubscribed", H, M, t("""
For Mailchimp, could the subscription status follow the "Unsubscribed from all email" field in HubSpot? If it
says true they should go in as unsubscribed, if it says false as subscribed, and if it's blank please use
pending, so Mailchimp sends them a confirmation email first (we'd rather ask than assume). First name and last
name into the FNAME and LNAME merge fields, and of course the email address."""), extended(HS, NGOZI))
def _(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status,
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h32-16-mc-first-word-import-tag", H, M, t("""
Some people typed a double first name into First Name on our donation forms, so for the FNAME merge field could
we please use just the first word of HubSpot's First Name (our appeals start "Dear Anna," and it looks odd
otherwise)? Last Name can go to LNAME as is, the email address too, and could every one of them get the tag
"HubSpot Import"?"""), extended(HS, ANNA, TOM))
def _(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"]},
            "tags": ["HubSpot Import"]}


@case("h32-17-mc-tags-by-revenue-and-stage", H, M, t("""
Tags for the Mailchimp audience, in this order please: everybody gets "Supporter"; then "Corporate
Prospect" if their Annual Revenue is more than 1,000,000 (no tag for that when revenue is blank); and then
"Newsletter Only" if their Lifecycle Stage is Subscriber. Nothing else besides the email address, please -
the names are already in Mailchimp from the last import."""), extended(HS, NGOZI, TOM))
def _(r: R) -> Out:
    tags = ["Supporter"]
    v = rev(r)
    if v is not None and v > 1_000_000:
        tags.append("Corporate Prospect")
    if r["lifecyclestage"] == "subscriber":
        tags.append("Newsletter Only")
    return {"email_address": r["email"], "tags": tags}


@case("h32-18-mc-uk-friends-phone", H, M, t("""
For the UK Friends appeal could we only send contacts whose Country/Region is United Kingdom over to Mailchimp,
and put their phone into the PHONE merge field in E.164 format, treating the numbers as UK ones (so 020 ...
becomes +4420...)? Use the Phone Number first, and the mobile # if the phone is empty. Email address and first
name (into FNAME) as well, please."""), extended(HS, ANNA, OLIVER))
def _(r: R) -> Out:
    if r["country"] != "United Kingdom":
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "PHONE": e164(dflt(r["phone"], r["mobilephone"]), "44")}}


@case("h32-19-mc-vip-donors-english", H, M, t("""
Could we flag our donors as VIP in Mailchimp? vip should be true when the HubSpot Lifecycle Stage is Customer or
Evangelist (that's what we use for donors and monthly givers) and false for every other stage. And could the
language just be set to en for everyone, since all our appeals go out in English. Email address of course."""),
       extended(HS, TOM, SAM))
def _(r: R) -> Out:
    return {"email_address": r["email"], "vip": r["lifecyclestage"] in ("customer", "evangelist"), "language": "en"}


@case("h32-20-mc-fname-from-email-skip-other", H, M, t("""
Please skip anyone whose Lifecycle Stage is Other (those are mostly vendors and staff, not supporters). For
everyone else: the email address, Last Name into LNAME, and First Name into FNAME - and if First Name is empty,
could FNAME use the bit of their email before the @ instead, so it at least says something like "info"."""),
       lower_emails(extended(HS, SAM, ANNA)))
def _(r: R) -> Out:
    if r["lifecyclestage"] == "other":
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], before_at(r["email"])), "LNAME": r["lastname"]}}


# ---- hubspot.contacts -> segment.identify (4) -----------------------------------------------

@case("h32-21-seg-names-and-full-name", H, S, t("""
Our web team asked for this one for Segment: the userId should be the contact's email in all lowercase, and then
in the traits please put the email (as it is, no lowercasing there), firstName and lastName straight from
HubSpot, and a name trait that's the first name, a space, and the last name put together."""), extended(HS, TOM))
def _(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h32-22-seg-company-object", H, S, t("""
For the Segment identify calls, userId = the email, and could the company info go under traits.company, please:
traits.company.name from the Company Name box (if that's empty just leave the name out), traits.company.industry
from Industry with "Unspecified" when it's blank, and traits.company.employee_count as a whole number from Number
of Employees - left out when there's no number."""), extended(HS, NGOZI))
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": OMIT if blank(r["company"]) else r["company"],
        "industry": dflt(r["industry"], "Unspecified"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h32-23-seg-address-country-codes", H, S, t("""
Segment wants country codes rather than names, I'm told, so in traits.address.country could we send US for
United States, JP for Japan, MX for Mexico, FR for France and GB for United Kingdom (those are the only countries
in this batch). traits.address.city is just the City as is, and traits.address.postalCode is the Postal Code in
all capitals, since the UK ones were typed in lowercase. The userId is their email."""),
       extended(HS, OLIVER, ANNA))
def _(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "United Kingdom": "GB"}
    return {"userId": r["email"],
            "traits": {"address": {"city": r["city"], "postalCode": r["zip"].upper(),
                                   "country": codes[r["country"]]}}}


@case("h32-24-seg-created-title-website", H, S, t("""
One more for Segment, please - userId is the email; traits.createdAt should be just the date part of the
HubSpot Create Date (YYYY-MM-DD, no time); traits.title comes from Job Title, or "Friend" if they haven't given
one; and traits.website is the Website URL, but only when there is one (otherwise please don't send a website
trait at all)."""), extended(HS, SAM))
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "createdAt": day(r["createdate"]), "title": dflt(r["jobtitle"], "Friend"),
        "website": OMIT if blank(r["website"]) else r["website"]}})


# ---- hubspot.contacts -> ga4.events (3) ------------------------------------------------------

@case("h32-25-ga4-sign-up-method", H, G, t("""
For GA4 could we send one sign_up event per contact, with the client_id set to "hubspot-crm" for all of them, and
a method param that's the contact's Original Source in lowercase ("unknown" if Original Source is empty)?
Please leave out the Subscriber-stage contacts though - they only signed up for the newsletter and our
analytics person counts those separately."""), extended(HS, TOM))
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    src = "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": "hubspot-crm", "events": [{"name": "sign_up", "params": {"method": src}}]}


@case("h32-26-ga4-big-prospects-value", H, G, t("""
On the GA4 side, could we please send a generate_lead event only for contacts whose Annual Revenue is more than
1,000,000 (blank revenue means don't send anything)? Use their email as the client_id, and give the event two
params: currency set to USD, and value set to the Annual Revenue as a number."""), extended(HS, TOM))
def _(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1_000_000:
        return None
    return {"client_id": r["email"], "events": [{"name": "generate_lead",
                                                 "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h32-27-ga4-newsletter-signup-place", H, G, t("""
Our web person says the GA4 client_id can be anything stable, so could we use the part of the email before the
@ for it. The event should be called newsletter_signup, with params email_domain (the part of the email after
the @), city (the City, capitalized properly - first letter of each word upper case, the rest lower) and country
(the Country/Region, or "Unknown" when that's blank)."""), lower_emails(extended(HS, TOM, NGOZI)))
def _(r: R) -> Out:
    return {"client_id": before_at(r["email"]), "events": [{"name": "newsletter_signup", "params": {
        "email_domain": after_at(r["email"]), "city": title(r["city"]), "country": dflt(r["country"], "Unknown")}}]}


# ---- salesforce.Lead -> hubspot.contacts (5) -------------------------------------------------

@case("h32-28-hs-from-lead-basics-optout-text", L, H, t("""
Going the other way now, from Salesforce leads into HubSpot: Email, First Name, Last Name and Company straight
across; Title into Job Title (but if the lead has no Title please don't touch Job Title at all, so we don't wipe
out whatever HubSpot already has); and "Unsubscribed from all email" should be the text "true" when the Email
Opt Out box is checked in Salesforce and "false" when it isn't."""), SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
                 "company": r["Company"], "jobtitle": OMIT if blank(r["Title"]) else r["Title"],
                 "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"})


@case("h32-29-hs-lead-status-skip-converted", L, H, t("""
Converted leads are already Contacts in Salesforce, so please skip any lead whose Lead Status is Closed -
Converted. For the rest, HubSpot's Lead Status should be NEW for "Open - Not Contacted", IN_PROGRESS for
"Working - Contacted", and UNQUALIFIED for "Closed - Not Converted"; the Lifecycle Stage should be lead for all
of them, and the email comes over as is."""), extended(SFL, MARCUS, DANA))
def _(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]], "lifecyclestage": "lead"}


@case("h32-30-hs-stage-from-rating-revenue", L, H, t("""
Could the HubSpot Lifecycle Stage come from the lead's Rating - Hot leads become salesqualifiedlead, Warm ones
marketingqualifiedlead, and anything else (Cold, or no rating) just lead? Also Annual Revenue into Annual Revenue
as a number, left off when Salesforce doesn't have one, and Country into Country/Region with "Unknown" when it's
blank. Email too, please."""), extended(SFL, MARCUS, DANA))
def _(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return keep({"email": r["Email"], "lifecyclestage": stage,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "country": dflt(r["Country"], "Unknown")})


@case("h32-31-hs-hot-warm-message-note", L, H, t("""
Could we only bring over the Hot and Warm leads (going by Rating - the Cold and unrated ones stay in Salesforce
for now)? For those I'd like the email and first name, plus HubSpot's Message field filled with a little note
in the form "Salesforce status: <Lead Status>; source: <Lead Source>", for example "Salesforce status: Working -
Contacted; source: Web", and if the Lead Source is empty please write unknown in its place."""),
       extended(SFL, MARCUS, DANA))
def _(r: R) -> Out:
    if r["Rating"] not in ("Hot", "Warm"):
        return None
    return {"email": r["Email"], "firstname": r["FirstName"],
            "message": f"Salesforce status: {r['Status']}; source: {dflt(r['LeadSource'], 'unknown')}"}


@case("h32-32-hs-us-leads-phone", L, H, t("""
This one is for our US outreach list: please only sync leads whose Country is United States, and count a blank
Country as US too (those are nearly all walk-ins from our local events). Email and City as they are, and the
Phone into HubSpot's Phone Number in E.164 format assuming US numbers - if the lead has no phone, please just
leave Phone Number out."""), extended(SFL, MARCUS, DANA))
def _(r: R) -> Out:
    if not (blank(r["Country"]) or r["Country"] == "United States"):
        return None
    return keep({"email": r["Email"], "city": r["City"],
                 "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1")})


# ---- salesforce.Contact -> mailchimp.members (4) ---------------------------------------------

@case("h32-33-mc-from-contact-status-lower", C, M, t("""
From Salesforce Contacts into our Mailchimp audience, please: the email address in all lowercase (Mailchimp
and our other lists have tripped over capitals before), First Name into FNAME and Last Name into LNAME, and the
status unsubscribed when the Email Opt Out box is checked, otherwise subscribed."""), extended(SFC, OWEN))
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


@case("h32-34-mc-from-contact-event-board-tags", C, M, t("""
Please don't send anyone whose Email Opt Out is checked - we must not email them. Everyone else goes in with their
email address, the status subscribed, and tags in this order: "Salesforce" for all of them, then "Event
Attendee" if their Lead Source is Trade Show (that's what we pick for gala guests), then "Board" if their
Department is Board."""), extended(SFC, ROSA, OWEN))
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    tags = ["Salesforce"]
    if r["LeadSource"] == "Trade Show":
        tags.append("Event Attendee")
    if r["Department"] == "Board":
        tags.append("Board")
    return {"email_address": r["Email"], "status": "subscribed", "tags": tags}


@case("h32-35-mc-from-contact-language-phone", C, M, t("""
For the Contacts going to Mailchimp, could the language be de when the Mailing Country is Germany, Austria or
Switzerland (our German-speaking chapter sends its own appeals) and en for every other country? Then the email
address, First Name into FNAME as is, and the Business Phone into the PHONE merge field in E.164 format (assume
US numbers unless they already start with a +), with PHONE left out completely when there's no phone."""),
       extended(SFC, ROSA, OWEN))
def _(r: R) -> Out:
    lang = "de" if r["MailingCountry"] in ("Germany", "Austria", "Switzerland") else "en"
    return keep({"email_address": r["Email"], "language": lang,
                 "merge_fields": {"FNAME": r["FirstName"],
                                  "PHONE": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1")}})


@case("h32-36-mc-from-contact-trim-board-vip", C, M, t("""
A few of our Salesforce names have extra spaces at the start or end (copy-paste from the board roster, I
think), so could FNAME and LNAME be the First Name and Last Name with those spaces trimmed off? And vip should be
true for anyone whose Department is Board, and false for everyone else, including people with no department.
Email address as well."""), extended(SFC, ROSA, OWEN))
def _(r: R) -> Out:
    return {"email_address": r["Email"], "vip": r["Department"] == "Board",
            "merge_fields": {"FNAME": r["FirstName"].strip(), "LNAME": r["LastName"].strip()}}


# ---- salesforce.Contact -> segment.identify (3) ----------------------------------------------

@case("h32-37-seg-from-contact-birthday-city", C, S, t("""
For Salesforce Contacts into Segment, could the userId be the Contact's Email in lowercase, please? Then
traits.birthday from Birthdate (only when there is one - if it's blank, leave birthday out), and the Mailing City
and Mailing Country into traits.address.city and traits.address.country, just as they are."""),
       extended(SFC, ROSA, OWEN))
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}})


@case("h32-38-seg-from-contact-name-title-dept", C, S, t("""
Segment again, from Salesforce Contacts: userId is the Email exactly as it is in Salesforce; traits.name is the
First Name and Last Name joined with a space; traits.title is the Title, or "Volunteer" when it's empty (most of
our untitled contacts are volunteers); and a traits.department with the Department - but only if they have one,
otherwise no department trait."""), extended(SFC, OWEN))
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "name": f"{r['FirstName']} {r['LastName']}", "title": dflt(r["Title"], "Volunteer"),
        "department": OMIT if blank(r["Department"]) else r["Department"]}})


@case("h32-39-seg-from-contact-subscribed-source", C, S, t("""
Could the Segment userId be the Contact's Email as is, with traits.email being that same email in lowercase?
I'd also like a traits.subscribed that is true when the Email Opt Out box is NOT checked and false when it is,
and a traits.lead_source that says online for a Lead Source of Web, event for Trade Show, and offline for
anything else (blank included)."""), extended(SFC, ROSA, OWEN))
def _(r: R) -> Out:
    src = {"Web": "online", "Trade Show": "event"}.get(r["LeadSource"], "offline")
    return {"userId": r["Email"], "traits": {"email": r["Email"].lower(),
                                             "subscribed": not r["HasOptedOutOfEmail"], "lead_source": src}}


# ---- mailchimp.members -> hubspot.contacts (3) -----------------------------------------------

@case("h32-40-hs-from-mc-names-optout", M, H, t("""
Bringing the Mailchimp audience back into HubSpot: email address into Email; FNAME and LNAME into First Name and
Last Name with proper capitalization (first letter of each word capital, rest lowercase), and if LNAME is empty
please leave Last Name out entirely; and "Unsubscribed from all email" set to the text "true" when the Mailchimp
status is unsubscribed or cleaned, "false" for any other status."""), MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h32-41-hs-from-mc-subscribed-only", M, H, t("""
Only members whose status is subscribed should come into HubSpot, please (not pending, unsubscribed or cleaned).
For them: the email address, COMPANY into the Company Name, PHONE into Phone Number in E.164 format assuming
US numbers (leave Phone Number out if PHONE is empty), and Lifecycle Stage set to subscriber for all of
them."""), extended(MC, GRACE_LIN, WALT))
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "company": mf["COMPANY"],
                 "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"), "lifecyclestage": "subscriber"})


@case("h32-42-hs-from-mc-vip-customers", M, H, t("""
Last one! From Mailchimp to HubSpot: email address to Email, FNAME to First Name, LNAME to Last Name (with
"Unknown" when LNAME is blank, since HubSpot reports look odd without it), and language into Preferred language.
Could the Lifecycle Stage be customer when the member is marked VIP, and subscriber when they're not?"""),
       extended(MC, GRACE_LIN, WALT))
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": dflt(mf["LNAME"], "Unknown"),
            "hs_language": r["language"], "lifecyclestage": "customer" if r["vip"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set32")
