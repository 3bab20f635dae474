"""Held-out set 39 for the offline mapping drafter.

Persona: a British agency account manager writing a client-facing brief for the sync build.
British spelling throughout ("organisation", "surname", "postcode", "colour"), polite but
brisk, often a leading sentence followed by a short Markdown-ish list ("- Surname -> Last
Name, in proper case"), sometimes pure prose, sometimes a bare list. Says "whilst",
"cheers", "ta", "where applicable", "n/a" (for blank), "tick box" for booleans, "mobile"
for the cell phone and "postcode" for the zip.

Pair distribution (42): hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6
(09-14), -> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3 (25-27);
salesforce.Lead -> hubspot.contacts 5 (28-32); salesforce.Contact -> mailchimp.members 4 (33-36),
-> segment.identify 3 (37-39); mailchimp.members -> hubspot.contacts 3 (40-42).
Rule kinds: copies, constants, defaults when empty, fallback chains (2 long: 14, 19, 24, 42;
3 long ending in a constant: 08, 36; 3 long ending in "leave it out": 02), omit when empty,
transforms (lower 06/16/26/33/39, upper 11/35, trim 14, title case 01/08/10/16/40, first word 07,
before @ 19, after @ 19/38/42, E.164 US 02/12/17/24/34 and UK 32, as a number 05/25/30,
whole number 05/23/27, date YYYY-MM-DD 20/22/26), value tables with (03/20/24/39) and without
(13/29/35) "otherwise", conditions (equality 16/18/27/29/34, greater than 04/17, blank 10/36),
true/false flags (10, 17, 24, 30 as text, 33, 35, 38, 41 as text), filters (only 04/12/20/32/42,
exclude 06/13/16/23/26/31/34/39/41), nested destinations (Segment traits.company.x,
traits.address.x; Mailchimp merge_fields.X; GA4 params.x), Mailchimp tags (constant 15/33,
conditional 16/34, both 18/36), concatenation/templates (07, 21, 39).
Match key: every text names the destination's match key (see authoring.MATCH_KEY_NOTE).
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


def _hs(**kw: object) -> R:
    """A HubSpot contact with every pool key (set 39's own edge records)."""
    base: R = {k: "" for k in HS[0]}
    base.update(kw)
    return base


# both phones blank (the 3-long chain that ends in "leave it out")
HX_NOPHONE = _hs(email="tom.whitfield@brambleandco.co.uk", firstname="Tom", lastname="Whitfield", company="Bramble & Co",
                 jobtitle="Director", hs_analytics_source="EMAIL_MARKETING", lifecyclestage="opportunity",
                 country="United Kingdom", city="Leeds", zip="LS1 4DY", address="3 Park Row", annualrevenue="950000",
                 numemployees="30", industry="Retail", createdate="2024-02-19T12:30:00.000Z", hs_email_optout="false")
# job title with stray spaces (trim), office phone blank, mobile set
HX_PADDED = _hs(email="oliver.price@kestrelpartners.co.uk", firstname="Oliver", lastname="Price", company="Kestrel Partners",
                mobilephone="07700 900456", jobtitle="  Finance Director ", hs_analytics_source="DIRECT_TRAFFIC",
                lifecyclestage="opportunity", country="United Kingdom", city="Manchester", zip="M1 2AB",
                address="10 Piccadilly", annualrevenue="3200000", numemployees="55", industry="Finance",
                website="kestrelpartners.co.uk", createdate="2024-03-08T13:15:00.000Z", hs_email_optout="false")
# a middle name (first word)
HX_MIDDLE = _hs(email="anna.fletcher@fletcherbotanicals.co.uk", firstname="Anna Louise", lastname="Fletcher",
                company="Fletcher Botanicals", phone="0117 496 0128", jobtitle="Founder", hs_analytics_source="SOCIAL_MEDIA",
                lifecyclestage="lead", country="United Kingdom", city="Bristol", zip="BS1 4DJ", address="2 Corn St",
                annualrevenue="600000", numemployees="9", industry="Retail", website="fletcherbotanicals.co.uk",
                createdate="2024-04-22T12:00:00.000Z", hs_email_optout="false")
# no first name, surname (before @)
HX_ROLE = _hs(email="info@hollybushflorist.co.uk", company="Hollybush Florist", phone="01632 960312",
              hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="lead", country="United Kingdom", city="Bath",
              zip="BA1 1LT", address="4 Milsom St", numemployees="4", industry="Retail", website="hollybushflorist.co.uk",
              createdate="2024-05-14T12:00:00.000Z", hs_email_optout="false")
# no company but a website (middle link of the company chain), lower-case city
HX_NOCO = _hs(email="harriet.lowe@greenfinchcycles.co.uk", firstname="Harriet", lastname="Lowe", phone="0113 496 0421",
              jobtitle="Owner", hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="lead", country="United Kingdom",
              city="york", zip="YO1 7HH", address="8 Stonegate", annualrevenue="450000", numemployees="6",
              industry="Retail", website="www.greenfinchcycles.co.uk", createdate="2024-04-02T12:10:00.000Z",
              hs_email_optout="false")

# UK leads (E.164 with +44)
SFL_UK = extended(
    SFL,
    {"Email": "sarah.bennett@copperkettle.co.uk", "FirstName": "Sarah", "LastName": "Bennett", "Company": "Copper Kettle Ltd",
     "Title": "Head of Growth", "Phone": "0161 496 0753", "Street": "14 Deansgate", "City": "Manchester",
     "PostalCode": "M3 2BW", "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm",
     "LeadSource": "Web", "HasOptedOutOfEmail": False, "AnnualRevenue": "2750000"},
    {"Email": "james.holloway@fenwickdesign.co.uk", "FirstName": "James", "LastName": "Holloway", "Company": "Fenwick Design",
     "Title": "Studio Manager", "Phone": "+44 20 7946 0958", "Street": "5 Long Acre", "City": "London",
     "PostalCode": "WC2E 9LH", "Country": "United Kingdom", "Status": "Open - Not Contacted", "Rating": "Cold",
     "LeadSource": "Email", "HasOptedOutOfEmail": True, "AnnualRevenue": ""},
)

# a contact with no title, no department, no birthday, an unlisted lead source
SFC_X = extended(
    SFC,
    {"Email": "rhys.morgan@valleyworks.co.uk", "FirstName": "Rhys", "LastName": "Morgan", "Title": "", "Department": "",
     "Phone": "029 2018 0455", "MailingCity": "Cardiff", "MailingCountry": "United Kingdom", "LeadSource": "Email",
     "HasOptedOutOfEmail": False, "Birthdate": ""},
)


def optout(r: R) -> bool:
    """HubSpot's text flag, blank = not opted out (as every text that reads it says)."""
    return r["hs_email_optout"] == "true"


def over(v: str, limit: float) -> bool:
    """Numeric 'more than', blank counting as not more (as the texts say)."""
    return not blank(v) and float(v) > limit


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead (8)

@case("h39-01-lead-proper-case", H, L,
      "Morning! First one's straightforward - HubSpot contacts into Salesforce Leads, matched on the Lead's Email:\n"
      "- Email -> Email\n"
      "- First name -> First Name, as is\n"
      "- Surname -> Last Name, in proper case\n"
      "- Organisation -> Company; where it's n/a please put \"Not Provided\"\n"
      "- Job title -> Title\n"
      "Cheers!", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": title(r["lastname"]),
            "Company": dflt(r["company"], "Not Provided"), "Title": r["jobtitle"]}


@case("h39-02-lead-phone-chain", H, L,
      "For Leads (matched on Email), bring the surname across to Last Name and the organisation to Company, "
      "with Company defaulting to \"Unknown Organisation\" where blank. Phone should be their office phone, or "
      "their mobile if there's no office number, formatted as E.164 - treat them as US numbers unless they already "
      "start with a +. If they've got neither, just leave Phone off altogether. Ta.",
      extended(HS, HX_NOPHONE))
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown Organisation"),
                 "Phone": OMIT if blank(ph) else e164(ph, "1")})


@case("h39-03-lead-source-table", H, L,
      "Whilst we're on Leads: key on Email, Last Name from surname, Company from the organisation (\"TBC\" if it's "
      "empty). Lead Source comes from HubSpot's Original Source like so:\n"
      "- ORGANIC_SEARCH -> Web\n"
      "- PAID_SEARCH -> Advertisement\n"
      "- REFERRALS -> External Referral\n"
      "- anything else, blanks included -> Other", HS)
def _(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "TBC"),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h39-04-lead-mql-sql-rating", H, L,
      "Only push contacts whose lifecycle stage is marketingqualifiedlead or salesqualifiedlead please - nobody else. "
      "Match on Email; surname to Last Name, organisation to Company. Lead Status is always \"Open - Not Contacted\". "
      "For Rating (the colour-coded Hot/Warm/Cold one): Hot where annual revenue is over 1,000,000, otherwise Warm "
      "(a blank revenue counts as Warm).", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Status": "Open - Not Contacted",
            "Rating": "Hot" if over(r["annualrevenue"], 1_000_000) else "Warm"}


@case("h39-05-lead-numbers", H, L,
      "Lead sync, numbers edition. Email is the match key.\n"
      "- Surname -> Last Name\n"
      "- Organisation -> Company, \"Unknown\" if blank\n"
      "- Annual revenue -> Annual Revenue, as a number\n"
      "- Number of employees -> Employees, as a whole number\n"
      "Where either of the last two is n/a, leave that field out rather than sending a blank.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h39-06-lead-exclude-optouts", H, L,
      "Please exclude anyone who's unsubscribed from all email (that flag reads \"true\"; a blank one means they're "
      "still opted in, so keep them). For everyone else: Email in lower case (it's the match key), surname to "
      "Last Name, organisation to Company, and website to Website where applicable - leave Website out if they "
      "haven't got one.", HS)
def _(r: R) -> Out:
    if optout(r):
        return None
    return keep({"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
                 "Website": OMIT if blank(r["website"]) else r["website"]})


@case("h39-07-lead-first-word-description", H, L,
      "A few of the first names have middle names tacked on, so for First Name just take the first word. "
      "Otherwise: Email -> Email (match key), surname -> Last Name, organisation -> Company with \"Unknown\" when "
      "it's blank, and Description should read \"HubSpot stage: \" followed by their lifecycle stage. Cheers.",
      extended(HS, HX_MIDDLE))
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "Description": "HubSpot stage: " + r["lifecyclestage"]}


@case("h39-08-lead-address-company-chain", H, L,
      "Address bits for the Leads, matched on Email:\n"
      "- Surname -> Last Name\n"
      "- Company: their organisation; failing that their website; failing that just \"Unknown\"\n"
      "- Street address -> Street\n"
      "- City -> City, in title case (some are typed all lower case)\n"
      "- Postcode -> Zip/Postal Code", extended(HS, HX_NOCO))
def _(r: R) -> Out:
    co = r["company"] if not blank(r["company"]) else (r["website"] if not blank(r["website"]) else "Unknown")
    return {"Email": r["email"], "LastName": r["lastname"], "Company": co, "Street": r["address"],
            "City": title(r["city"]), "PostalCode": r["zip"]}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact (6)

@case("h39-09-contact-mobile-constant", H, C,
      "Now Salesforce Contacts. Match on the Contact's Email, please.\n"
      "- Email -> Email\n"
      "- First name and surname straight across\n"
      "- Mobile -> Mobile Phone, left off where n/a\n"
      "- Lead Source: always \"Web\"", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"], "LeadSource": "Web"})


@case("h39-10-contact-tick-boxes", H, C,
      "For Contacts (keyed on Email) we want first name and surname both in proper case, plus two tick boxes. "
      "Email Opt Out is ticked where HubSpot's \"unsubscribed from all email\" says \"true\" and unticked otherwise "
      "(blank counts as unticked). Do Not Call is ticked where their main Phone Number is blank - ignore the "
      "mobile for this - and unticked where there is one.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "HasOptedOutOfEmail": optout(r), "DoNotCall": blank(r["phone"])}


@case("h39-11-contact-mailing-address", H, C,
      "Mailing address onto the Contact, please - match on Email, surname into Last Name, then:\n"
      "- Street address -> Mailing Street\n"
      "- City -> Mailing City\n"
      "- State/region -> Mailing State, only where applicable (leave it out if blank)\n"
      "- Postcode -> Mailing Postcode\n"
      "- Country -> Mailing Country, in capitals", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
                 "MailingState": OMIT if blank(r["state"]) else r["state"], "MailingPostalCode": r["zip"],
                 "MailingCountry": r["country"].upper()})


@case("h39-12-contact-us-phones", H, C,
      "This one's for the US team only, so just contacts whose country is \"United States\". Match on Email; "
      "surname to Last Name; job title to Title. Phone goes to Business Phone and mobile to Mobile Phone, both in "
      "E.164 as US numbers. If there's no mobile, don't set Mobile Phone at all.", HS)
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return keep({"Email": r["email"], "LastName": r["lastname"], "Title": r["jobtitle"], "Phone": e164(r["phone"], "1"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "1")})


@case("h39-13-contact-source-no-otherwise", H, C,
      "Skip any contact with no Original Source at all. The rest go to Contacts matched on Email, with first name "
      "and surname as they are, and Lead Source set from Original Source:\n"
      "- ORGANIC_SEARCH -> Web\n"
      "- PAID_SEARCH -> Advertisement\n"
      "- PAID_SOCIAL -> Advertisement\n"
      "- REFERRALS -> Word of mouth", HS)
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Word of mouth"}
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "LeadSource": table[r["hs_analytics_source"]]}


@case("h39-14-contact-trim-phone-fallback", H, C,
      "Contacts again, tidied up a bit - Email in lower case please, as it's what we match on.\n"
      "- Surname -> Last Name\n"
      "- Job title -> Title, trimmed (there are stray spaces round some of them)\n"
      "- Business Phone: their phone number, or their mobile where the phone is blank\n"
      "- Industry -> Department, as is",
      extended(HS, HX_PADDED))
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Title": r["jobtitle"].strip(),
            "Phone": r["phone"] if not blank(r["phone"]) else r["mobilephone"], "Department": r["industry"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members (6)

@case("h39-15-mc-status-constant-tag", H, M,
      "Right, Mailchimp. Members are matched on email_address, which is just their HubSpot email.\n"
      "- First name -> FNAME merge field, surname -> LNAME\n"
      "- Status: \"unsubscribed\" where they've unsubscribed from all email (\"true\"), otherwise \"subscribed\" "
      "(blanks included)\n"
      "- Tag everyone with \"HubSpot Import\"", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if optout(r) else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": ["HubSpot Import"]}


@case("h39-16-mc-mql-tag", H, M,
      "Leave out anyone unsubscribed from all email (\"true\" - a blank means they're fine to include). For the "
      "rest, email_address is their email in lower case, FNAME and LNAME are first name and surname in proper "
      "case, and COMPANY is their organisation. Tags: \"MQL\" if the lifecycle stage is marketingqualifiedlead, "
      "otherwise no tags at all (an empty list).", HS)
def _(r: R) -> Out:
    if optout(r):
        return None
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]), "COMPANY": r["company"]},
            "tags": ["MQL"] if r["lifecyclestage"] == "marketingqualifiedlead" else []}


@case("h39-17-mc-vip-phone", H, M,
      "Mailchimp audience, matched on email_address (= email), with FNAME from first name and language always "
      "\"en\". The PHONE merge field gets their phone in E.164, treated as US unless it already has a +, and is "
      "left off where there's no phone. VIP tick box: ticked where annual revenue is more than 3,000,000, "
      "unticked otherwise, blank revenue included.", HS)
def _(r: R) -> Out:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": r["firstname"], "PHONE": OMIT if blank(r["phone"]) else e164(r["phone"], "1")},
                 "language": "en", "vip": over(r["annualrevenue"], 3_000_000)})


@case("h39-18-mc-two-tags", H, M,
      "Quick one: email -> email_address (match key), first name -> FNAME, surname -> LNAME, organisation -> "
      "COMPANY but only where applicable - no COMPANY at all if it's blank. Every member gets the tag "
      "\"Agency Import\", and customers (lifecycle stage customer) get \"Customer\" as a second tag after it.", HS)
def _(r: R) -> Out:
    tags = ["Agency Import"] + (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                                  "COMPANY": OMIT if blank(r["company"]) else r["company"]},
                 "tags": tags})


@case("h39-19-mc-email-parts", H, M,
      "Some of these are generic inboxes with no name on them, so:\n"
      "- email_address = email (that's the match key)\n"
      "- FNAME = first name, or where that's blank, the bit of the email before the @\n"
      "- LNAME = surname, as is\n"
      "- COMPANY = organisation, or where that's blank, the bit of the email after the @\n"
      "Ta very much.", lower_emails(extended(HS, HX_ROLE)))
def _(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], before_at(r["email"])), "LNAME": r["lastname"],
                             "COMPANY": dflt(r["company"], after_at(r["email"]))}}


@case("h39-20-mc-language-joined", H, M,
      "Please don't send customers (lifecycle stage customer) to Mailchimp - everyone else is fine. Match on "
      "email_address from their email, set status to \"subscribed\", FNAME from first name, and put the date they "
      "were created in HubSpot into a JOINED merge field as YYYY-MM-DD. Language by country: Japan -> \"ja\", "
      "France -> \"fr\", anywhere else \"en\".", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "JOINED": day(r["createdate"])},
            "language": {"Japan": "ja", "France": "fr"}.get(r["country"], "en")}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify (4)

@case("h39-21-seg-name-company", H, S,
      "Segment identify calls: userId is the contact's email, and pop the email into traits.email as well. "
      "traits.firstName and traits.lastName from first name and surname, traits.name as first name, a space, then "
      "surname, and traits.company.name from the organisation - leave that out where it's n/a.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                            "name": r["firstname"] + " " + r["lastname"],
                            "company": {"name": OMIT if blank(r["company"]) else r["company"]}}})


@case("h39-22-seg-address-created", H, S,
      "Address traits for Segment, userId = email:\n"
      "- traits.address.city = city\n"
      "- traits.address.state = state/region, left out where blank\n"
      "- traits.address.postalCode = postcode\n"
      "- traits.address.country = country\n"
      "- traits.createdAt = HubSpot create date, date only (YYYY-MM-DD)", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": OMIT if blank(r["state"]) else r["state"],
                                        "postalCode": r["zip"], "country": r["country"]},
                            "createdAt": day(r["createdate"])}})


@case("h39-23-seg-company-traits", H, S,
      "We don't want subscribers (lifecycle stage subscriber) in Segment, so exclude those. For the others: userId "
      "is their email; traits.company.name is the organisation as is; traits.company.industry is industry, or "
      "\"Other\" if it's blank; traits.company.employee_count is number of employees as a whole number, left out "
      "where n/a; and traits.title is job title, again left out if there isn't one.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": r["company"], "industry": dflt(r["industry"], "Other"),
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))},
                            "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


@case("h39-24-seg-phone-lifecycle", H, S,
      "Last Segment one from HubSpot. userId = email. traits.phone is the phone number in E.164 (US unless it starts "
      "with +), using the mobile instead where the phone is blank. traits.lifecycle: customer -> \"Customer\"; "
      "lead, marketingqualifiedlead and salesqualifiedlead -> \"Prospect\"; any other stage -> \"Other\". And a "
      "traits.unsubscribed tick box: true where unsubscribed from all email is \"true\", false otherwise (blank = false).",
      HS)
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    stage = {"customer": "Customer", "lead": "Prospect", "marketingqualifiedlead": "Prospect",
             "salesqualifiedlead": "Prospect"}.get(r["lifecyclestage"], "Other")
    return {"userId": r["email"], "traits": {"phone": e164(ph, "1"), "lifecycle": stage, "unsubscribed": optout(r)}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events (3)

@case("h39-25-ga4-generate-lead", H, G,
      "GA4 events, one per contact, with client_id set to their email.\n"
      "- Event name: \"generate_lead\" for all of them\n"
      "- params.lifecycle_stage = lifecycle stage\n"
      "- params.value = annual revenue as a number, left out where n/a\n"
      "- params.currency = \"USD\"", HS)
def _(r: R) -> Out:
    return keep({"client_id": r["email"], "name": "generate_lead",
                 "params": {"lifecycle_stage": r["lifecyclestage"],
                            "value": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": "USD"}})


@case("h39-26-ga4-sign-up", H, G,
      "Exclude contacts without an Original Source. For the rest send a \"sign_up\" event with client_id = their "
      "email, plus three params: params.source as the Original Source in lower case, params.signup_date as the create "
      "date in YYYY-MM-DD, and params.country as their country. Cheers.", HS)
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    return {"client_id": r["email"], "name": "sign_up",
            "params": {"source": r["hs_analytics_source"].lower(), "signup_date": day(r["createdate"]),
                       "country": r["country"]}}


@case("h39-27-ga4-purchase-or-lead", H, G,
      "client_id is the contact's email. The event name depends on the lifecycle stage: \"purchase\" for customers, "
      "\"generate_lead\" for every other stage. Params: params.company_name from the organisation (\"Unknown\" if "
      "blank) and params.employees as the number of employees, a whole number, left off where it's blank.", HS)
def _(r: R) -> Out:
    return keep({"client_id": r["email"], "name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                 "params": {"company_name": dflt(r["company"], "Unknown"),
                            "employees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}})


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts (5)

@case("h39-28-hs-basic-from-lead", L, H,
      "Going the other way now: Salesforce Leads into HubSpot contacts, matched on HubSpot email.\n"
      "- Email -> email\n"
      "- First Name / Last Name -> first name / surname\n"
      "- Company -> company name\n"
      "- Title -> job title, only where applicable (omit if blank)\n"
      "- Phone -> phone, as is", SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
                 "jobtitle": OMIT if blank(r["Title"]) else r["Title"], "phone": r["Phone"]})


@case("h39-29-hs-lead-status-table", L, H,
      "Leads to HubSpot, match on email. First and last name straight across. HubSpot Lead Status from the Salesforce "
      "Lead Status:\n"
      "- Open - Not Contacted -> NEW\n"
      "- Working - Contacted -> IN_PROGRESS\n"
      "- Closed - Converted -> OPEN_DEAL\n"
      "- Closed - Not Converted -> UNQUALIFIED\n"
      "Lifecycle stage is salesqualifiedlead where the Rating is Hot, and lead for everyone else.", SFL)
def _(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "hs_lead_status": table[r["Status"]],
            "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead"}


@case("h39-30-hs-optout-text-revenue", L, H,
      "For the Lead -> HubSpot sync (keyed on email): the Email Opt Out tick box goes into \"unsubscribed from all "
      "email\" as the text \"true\" or \"false\". Annual Revenue across as a number, left out where blank. Country "
      "to country/region, with \"Unknown\" where there isn't one, and the postcode into postal code, but only where "
      "applicable - don't send an empty one.", SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "country": dflt(r["Country"], "Unknown"), "zip": OMIT if blank(r["PostalCode"]) else r["PostalCode"]})


@case("h39-31-hs-exclude-not-converted", L, H,
      "Please exclude Leads with a status of \"Closed - Not Converted\". Everyone else goes to HubSpot matched on "
      "email, with Street -> street address, City -> city, Zip/Postal Code -> postcode, Country -> country, and "
      "Title -> job title, putting \"Not Specified\" where the title is blank.", SFL)
def _(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "address": r["Street"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"], "jobtitle": dflt(r["Title"], "Not Specified")}


@case("h39-32-hs-uk-leads-e164", L, H,
      "UK leads only for this one (Country = \"United Kingdom\"). Into HubSpot, matched on email, with first name, "
      "last name, company and city as they are, and the phone in E.164 as a UK number (+44) - any that already "
      "start with + keep their own code.", SFL_UK)
def _(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "city": r["City"], "phone": e164(r["Phone"], "44")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members (4)

@case("h39-33-mc-from-contact-status", C, M,
      "Salesforce Contacts into Mailchimp now, matched on email_address - use the Contact's Email in lower case. "
      "FNAME and LNAME from First Name and Last Name. Status is \"unsubscribed\" where the Email Opt Out tick box "
      "is ticked and \"subscribed\" where it isn't. Tag them all \"Salesforce\".", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": ["Salesforce"]}


@case("h39-34-mc-trade-show-tag", C, M,
      "Leave out any Contact with Email Opt Out ticked. For the rest:\n"
      "- Email -> email_address (match key)\n"
      "- First Name -> FNAME\n"
      "- Business Phone -> PHONE merge field, in E.164, US unless it already has a +\n"
      "- Tags: \"Trade Show\" where Lead Source is Trade Show, otherwise an empty tag list", SFC)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "PHONE": e164(r["Phone"], "1")},
            "tags": ["Trade Show"] if r["LeadSource"] == "Trade Show" else []}


@case("h39-35-mc-language-table", C, M,
      "Contacts to Mailchimp, matched on email_address from Email. FNAME = First Name, LNAME = Last Name in capitals. "
      "Language from Mailing Country: Germany -> de, Austria -> de, United States -> en. VIP tick box unticked for "
      "everyone (false).", SFC)
def _(r: R) -> Out:
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"].upper()},
            "language": lang, "vip": False}


@case("h39-36-mc-title-chain-birthday-tag", C, M,
      "Last of the Contact -> Mailchimp ones. email_address = Email (match key), FNAME = First Name. A TITLE merge "
      "field: their Title, or if that's blank their Department, or if that's blank too, \"Team Member\". Tags: "
      "\"SF Contacts\" on everyone, then \"Birthday on file\" as well where Birthdate isn't blank.", SFC_X)
def _(r: R) -> Out:
    t = r["Title"] if not blank(r["Title"]) else (r["Department"] if not blank(r["Department"]) else "Team Member")
    tags = ["SF Contacts"] + ([] if blank(r["Birthdate"]) else ["Birthday on file"])
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "TITLE": t}, "tags": tags}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify (3)

@case("h39-37-seg-contact-basics", C, S,
      "Segment identify from Salesforce Contacts. userId = Email, and traits.email = Email too.\n"
      "- traits.firstName / traits.lastName from First Name / Last Name\n"
      "- traits.title from Title, left out where n/a\n"
      "- traits.birthday from Birthdate, left out where n/a", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"],
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h39-38-seg-contact-domain", C, S,
      "userId is the Contact's Email. Then traits.address.city from Mailing City, traits.address.country from "
      "Mailing Country, a traits.unsubscribed tick box copied straight from Email Opt Out, and traits.email_domain "
      "as the part of the Email after the @.", lower_emails(SFC, "Email"))
def _(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                       "unsubscribed": r["HasOptedOutOfEmail"], "email_domain": after_at(r["Email"])}}


@case("h39-39-seg-contact-source-table", C, S,
      "Exclude Contacts with no Lead Source. Otherwise: userId is the Email in lower case; traits.name is First Name, "
      "a space, Last Name; traits.department is Department, or \"Unassigned\" where blank; and traits.lead_source "
      "is \"inbound\" for Web, \"events\" for Trade Show and \"other\" for anything else.", SFC_X)
def _(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"userId": r["Email"].lower(),
            "traits": {"name": r["FirstName"] + " " + r["LastName"], "department": dflt(r["Department"], "Unassigned"),
                       "lead_source": {"Web": "inbound", "Trade Show": "events"}.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts (3)

@case("h39-40-hs-from-mc-proper-case", M, H,
      "Mailchimp members into HubSpot contacts, matched on email (from email_address).\n"
      "- FNAME -> first name, proper case\n"
      "- LNAME -> surname, proper case\n"
      "- COMPANY merge field -> company name, omitted where blank", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "company": OMIT if blank(mf["COMPANY"]) else mf["COMPANY"]})


@case("h39-41-hs-from-mc-optout", M, H,
      "Please exclude cleaned members. The rest go into HubSpot keyed on email (their email_address). \"Unsubscribed "
      "from all email\" is the text \"true\" where the Mailchimp status is unsubscribed and \"false\" otherwise. "
      "PHONE merge field -> phone number, only where applicable (don't send blanks), and language -> preferred "
      "language.", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
                 "phone": OMIT if blank(mf["PHONE"]) else mf["PHONE"], "hs_language": r["language"]})


@case("h39-42-hs-from-mc-vips", M, H,
      "VIPs only (VIP tick box ticked). Into HubSpot matched on email from email_address; first name from FNAME; "
      "surname from LNAME, \"Unknown\" if blank; company name from the COMPANY merge field, or failing that the part "
      "of their email after the @; and lifecycle stage set to \"customer\" for all of them. Cheers!", MC)
def _(r: R) -> Out:
    if not r["vip"]:
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": dflt(mf["LNAME"], "Unknown"),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])), "lifecyclestage": "customer"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set39")
