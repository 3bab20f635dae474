"""Held-out set 177 for the offline mapping drafter.

Persona: Jonah Whitfield, marketing-ops lead at an outdoor-gear retailer in Vancouver, Canada,
documenting each sync on a Confluence page for the integration team. One line per destination
field, written 'SourceField → DestField' with a status emoji and a short remark behind it
(✅ straight copy, ⚠️ needs a rule, ❌ leave out), and the ⚠️ rules spelled out in a 'Rules'
section under the list that the lines point back to ('see rule 2', 'rule 1'). Canadian spelling
(colour, centre, catalogue), never says 'eh', terse, exact about values, quotes the literal value
wherever it matters; mentions CASL when consent comes up. His records are shoppers, Trail Club
members and wholesale buyers (partner stores, UK trade-fair buyers).

Pair distribution (42 cases):
    hubspot.contacts   -> salesforce.Lead     8  (01-08)
    hubspot.contacts   -> salesforce.Contact  6  (09-14)
    hubspot.contacts   -> mailchimp.members   6  (15-20)
    hubspot.contacts   -> segment.identify    4  (21-24)
    hubspot.contacts   -> ga4.events          3  (25-27)
    salesforce.Lead    -> hubspot.contacts    5  (28-32)
    salesforce.Contact -> mailchimp.members   4  (33-36)
    salesforce.Contact -> segment.identify    3  (37-39)
    mailchimp.members  -> hubspot.contacts    3  (40-42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is the persona's own.
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
    first_filled,
    gt,
    hs,
    lower_emails,
    mc,
    omit_if_blank,
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case(
    "h177-01-gear-swap-booth-leads",
    H,
    L,
    """HubSpot contacts → Salesforce Lead: Gear Swap booth sign-ups (April)

Email → Email ✅
First Name → First Name ✅
Last Name → Last Name ✅
Company Name → Company ✅
Phone Number → Phone ✅
City → City ✅
(fixed value) → Lead Source ⚠️ see rule 1
Mobile Phone Number → Mobile Phone ❌ not this round

✅ = copied exactly as HubSpot holds it. Blank in HubSpot = blank on the Lead, no filler text.

Rules
1. Lead Source = "Trade Show" on every Lead. All of these signed up at the swap booth.""",
    extended(
        HS,
        hs(
            email="tessa.lindqvist@gmail.com",
            firstname="Tessa",
            lastname="Lindqvist",
            company="",
            phone="",
            city="North Vancouver",
        ),
        hs(
            email="owen.baptiste@shaw.ca",
            firstname="Owen ",
            lastname="Baptiste",
            company="  ",
            phone="604-555-0117",
            city=" Squamish",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Phone": r["phone"],
        "City": r["city"],
        "LeadSource": "Trade Show",
    }


@case(
    "h177-02-warranty-registration-defaults",
    H,
    L,
    """Page: Warranty registration → SF Leads
Source: HubSpot contacts. The registration form pads names with spaces, hence rule 1.

Email → Email ✅
First Name → First Name ⚠️ rule 1
Last Name → Last Name ⚠️ rule 1
Company Name → Company ⚠️ rule 2
Job Title → Title ⚠️ rule 3

Rules
1. Trim spaces off both ends. No other change.
2. Blank (empty or only spaces) → "Individual Shopper". Has a value → copy it exactly, no trimming. SF won't take a Lead without Company.
3. Blank → "Not Provided". Has a value → copy exactly.""",
    extended(
        HS,
        hs(
            email="marcus.oyelaran@gmail.com",
            firstname="  Marcus",
            lastname="Oyelaran ",
            company="   ",
            jobtitle="",
        ),
        hs(
            email="petra.novak@coastpaddle.ca",
            firstname="Petra ",
            lastname=" Novak",
            company=" Coast Paddle Co ",
            jobtitle="  ",
        ),
        hs(
            email="dev.sandhu@sandhusports.ca",
            firstname="Dev",
            lastname="Sandhu",
            company="Sandhu Sports",
            jobtitle=" Buyer",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Individual Shopper"),
        "Title": dflt(r["jobtitle"], "Not Provided"),
    }


@case(
    "h177-03-bike-shop-callbacks",
    H,
    L,
    """Bike shop callback list. HubSpot → Salesforce Lead.

Email → Email ✅
First Name → First Name ⚠️ see rule 1
Last Name → Last Name ⚠️ see rule 1
Phone Number / Mobile Phone Number → Phone ⚠️ see rule 2

"Blank" below = empty or only spaces.

Rules
1. Title case: every space-separated word gets a capital first letter, the rest lower case. "SIENNA" → "Sienna", "anne marie" → "Anne Marie".
2. Take Phone Number. Blank → take Mobile Phone Number. Both blank → no Phone on the Lead at all (not an empty value). The number goes over as typed; no reformatting.""",
    extended(
        HS,
        hs(
            email="sienna.holt@telus.net",
            firstname="SIENNA",
            lastname="holt",
            phone="  ",
            mobilephone="250 555 0193",
        ),
        hs(
            email="annemarie.roy@gmail.com",
            firstname="anne marie",
            lastname="ROY",
            phone="",
            mobilephone=" ",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
        }
    )


@case(
    "h177-04-wholesale-industry-picklist",
    H,
    L,
    """HubSpot → SF Lead, wholesale buyers: Industry mapping

Email → Email ⚠️ rule 1
Company Name → Company ✅
Industry → Industry ⚠️ rule 2

Rules
1. Whole address lower case. SF duplicate matching trips on capitals.
2. HubSpot value → SF picklist value, exact match:
   Sporting Goods → Retail
   Outdoor Recreation → Recreation
   Apparel → Apparel
   Software → Technology
   Food → Food & Beverage
   Logistics → Shipping
   Anything else, blank included → Other""",
    extended(
        HS,
        hs(
            email="Nadia.Brooks@TrailheadSupply.ca",
            company="Trailhead Supply",
            industry="Sporting Goods",
        ),
        hs(
            email="ORDERS@BACKCOUNTRYGUIDES.CA",
            company="Backcountry Guides",
            industry="Outdoor Recreation",
        ),
        hs(email="Lee.Chen@Rainfall-Apparel.com", company="Rainfall Apparel", industry="Apparel"),
        hs(email="Ian.Park@Gmail.com", company="", industry="  "),
        hs(
            email="Kai.Mercer@SkeenaGuiding.ca",
            company="Skeena Guiding",
            industry="Guiding Services",
        ),
    ),
)
def o04(r: R) -> Out:
    table = {
        "Sporting Goods": "Retail",
        "Outdoor Recreation": "Recreation",
        "Apparel": "Apparel",
        "Software": "Technology",
        "Food": "Food & Beverage",
        "Logistics": "Shipping",
    }
    return {
        "Email": r["email"].lower(),
        "Company": r["company"],
        "Industry": table.get(r["industry"], "Other"),
    }


@case(
    "h177-05-prospects-minus-suppliers-and-unsubs",
    H,
    L,
    """SF Leads from HubSpot: wholesale prospects

Two kinds of contact never go across, see rule 1.

Email → Email ✅
Last Name → Last Name ✅
Company Name → Company ✅
Job Title → Title ✅ blank stays blank
(fixed value) → Lead Status ⚠️ rule 2

Rules
1. Skip the contact when either is true:
   a) Lifecycle Stage is "other" (our suppliers and reps)
   b) Unsubscribed from all email is "true"
   "false" or blank on the unsubscribe flag → the contact goes across.
2. Lead Status = "Open - Not Contacted" on every Lead.""",
    extended(
        HS,
        hs(
            email="rep@summitdistribution.ca",
            lastname="Moreau",
            company="Summit Distribution",
            lifecyclestage="other",
            hs_email_optout="false",
        ),
        hs(
            email="buyer@alpinegoods.ca",
            lastname="Fitzgerald",
            company="Alpine Goods",
            jobtitle="",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
        hs(
            email="greta.holm@holmoutdoor.ca",
            lastname="Holm",
            company="Holm Outdoor",
            jobtitle="Owner",
            lifecyclestage="opportunity",
            hs_email_optout="  ",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "other" or r["hs_email_optout"] == "true":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Title": r["jobtitle"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h177-06-rating-by-revenue",
    H,
    L,
    """Lead Rating for wholesale accounts (HubSpot → SF Lead)

Email → Email ✅
Annual Revenue → Rating ⚠️ see rule 1
Number of Employees → Employees ⚠️ see rule 2

Rules
1. Annual Revenue over 5,000,000 → Hot. Under 250,000 → Cold. Anything in between → Warm. No revenue (blank) → Cold.
2. Whole number (integer), not text: "250" → 250. Blank → leave Employees off the Lead.""",
    extended(
        HS,
        hs(email="accounts@cascadecycle.ca", annualrevenue="180000", numemployees="6"),
        hs(email="purchasing@northshoreski.ca", annualrevenue="7500000", numemployees="1200"),
        hs(email="hello@tofinosurfco.ca", annualrevenue="  ", numemployees="  "),
    ),
)
def o06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Cold"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 5_000_000 else ("Cold" if v < 250_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h177-07-north-american-buyers-e164",
    H,
    L,
    """HubSpot → SF Lead · wholesale buyers, phone clean-up

Email → Email ✅
Phone Number → Phone ⚠️ rule 1
City → City ⚠️ rule 2

Rules
1. E.164. Digits only, with a + in front. Already starts with + → keep that country code, just strip everything but digits after it. No + → treat as North American and put +1 in front; if it is already 11 digits starting with 1, only add the +. Blank Phone Number → don't send Phone at all.
2. Title case each word: "PORT MOODY" → "Port Moody", "whistler" → "Whistler".""",
    extended(
        HS,
        hs(email="mo.haddad@portmoodyoutfitters.ca", phone="1 (604) 555-0166", city="PORT MOODY"),
        hs(email="claire.dube@gmail.com", phone="   ", city="whistler"),
        hs(email="ops@okanaganbikes.ca", phone="+1 250 555 0101", city="kelowna"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])}
    )


@case(
    "h177-08-canadian-shoppers-description",
    H,
    L,
    """HubSpot → SF Lead: Canadian shoppers only

Scope: Country/Region exactly "Canada". Any other country, or blank, stays in HubSpot.

Email → Email ✅
State/Region → State/Province ⚠️ rule 1
Original Source + Create Date → Description ⚠️ rule 2

Rules
1. Upper case. "bc" → "BC".
2. Original Source, then space, hyphen, space, then Create Date as YYYY-MM-DD. Example: OFFLINE - 2024-05-11""",
    extended(
        HS,
        hs(
            email="riley.chow@gmail.com",
            country="Canada",
            state="bc",
            hs_analytics_source="OFFLINE",
            createdate="2024-05-11T18:20:00.000Z",
        ),
        hs(
            email="sam.tremblay@videotron.ca",
            country="Canada",
            state="Qc",
            hs_analytics_source="ORGANIC_SEARCH",
            createdate="2024-02-27T15:00:00.000Z",
        ),
        hs(
            email="jo.barnes@outlook.com",
            country="United States",
            state="wa",
            hs_analytics_source="PAID_SEARCH",
            createdate="2024-03-03T12:00:00.000Z",
        ),
        hs(
            email="no.country@gmail.com",
            country="",
            state="ab",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2024-04-04T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Canada":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['hs_analytics_source']} - {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h177-09-catalogue-mailing-address",
    H,
    C,
    """Trail Club members → SF Contact, mailing address for the fall catalogue

Email → Email ✅
First Name → First Name ✅
Last Name → Last Name ✅
Street Address → Mailing Street ✅
City → Mailing City ✅
State/Region → Mailing State/Province ✅
Postal Code → Mailing Zip/Postal Code ✅
Country/Region → Mailing Country ✅
(none) → Other address fields ❌ leave alone

Straight copy on every ✅ line: blanks go over blank, spaces and capitals untouched.""",
    extended(
        HS,
        hs(
            email="leah.morrison@gmail.com",
            firstname="Leah",
            lastname="Morrison",
            address="2150 W 4th Ave",
            city="Vancouver",
            state="BC",
            zip="V6K 1N6",
            country="Canada",
        ),
        hs(
            email="arjun.bains@shaw.ca",
            firstname="Arjun",
            lastname="Bains",
            address="  ",
            city="Surrey ",
            state="",
            zip="",
            country="Canada",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h177-10-casl-optout-and-do-not-call",
    H,
    C,
    """HubSpot → SF Contact · consent flags

Email → Email ✅
Last Name → Last Name ✅
Unsubscribed from all email → Email Opt Out ⚠️ see rule 1
Phone Number + Mobile Phone Number → Do Not Call ⚠️ see rule 2

Rules
1. CASL: no consent on file means no email. Email Opt Out = false only when HubSpot says "false". "true" → true. Blank (empty or spaces) → true.
2. Do Not Call = true when Phone Number and Mobile Phone Number are both blank (empty or spaces). Either one has a number → false.""",
    extended(
        HS,
        hs(
            email="nora.kehoe@gmail.com",
            lastname="Kehoe",
            hs_email_optout="  ",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="ben.ito@itodesign.ca",
            lastname="Ito",
            hs_email_optout="false",
            phone="",
            mobilephone="604 555 0134",
        ),
        hs(
            email="sasha.pryce@telus.net",
            lastname="Pryce",
            hs_email_optout="true",
            phone="",
            mobilephone="",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h177-11-last-name-fallbacks",
    H,
    C,
    """SF Contact needs a Last Name. Half our gear-rental forms don't have one.

Email → Email ✅
First Name → First Name ✅ blanks fine
Last Name → Last Name ⚠️ rule 1

Rules
1. First non-blank of, in this order: HubSpot Last Name, then Company Name, then the part of the email before the @ (trailhead.kim@gmail.com → trailhead.kim). Blank = empty or spaces only. Whichever one is used goes over unchanged.""",
    extended(
        lower_emails(HS),
        hs(
            email="bookings@seatoskyguides.ca",
            firstname="Mara",
            lastname="",
            company="Sea to Sky Guides",
        ),
        hs(email="trailhead.kim@gmail.com", firstname="", lastname="  ", company=""),
        hs(email="ridgeline.rae@telus.net", firstname="Rae", lastname=" ", company="   "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h177-12-iso-country-postal-caps",
    H,
    C,
    """HubSpot → SF Contact: country codes for the distribution centre

Email → Email ✅
Country/Region → Mailing Country ⚠️ rule 1
Postal Code → Mailing Zip/Postal Code ⚠️ rule 2

Rules
1. Two-letter code:
   Canada → CA
   United States → US
   Japan → JP
   Mexico → MX
   France → FR
   Those are the only countries in the data, checked.
2. Upper case ("v6b 1a1" → "V6B 1A1"). Blank postal code → no Mailing Zip/Postal Code field on the Contact.""",
    extended(
        HS,
        hs(email="liv.anders@gmail.com", country="Canada", zip="v6b 1a1"),
        hs(email="pat.osei@shaw.ca", country="Canada", zip="  "),
        hs(email="dan.reyes@cascadiagear.com", country="United States", zip="98101"),
    ),
)
def o12(r: R) -> Out:
    codes = {"Canada": "CA", "United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h177-13-shop-customers-only",
    H,
    C,
    """HubSpot → SF Contact · shop customers

Only contacts with Lifecycle Stage = customer. Every other stage, and blank, is skipped.

Email → Email ⚠️ rule 1
Mobile Phone Number → Mobile Phone ⚠️ rule 2
(fixed value) → Contact Description ⚠️ rule 3

Rules
1. Lower case.
2. Mobile Phone Number; if that's blank, Phone Number instead. Copied as typed. (Every customer has at least one.)
3. "Synced from HubSpot (retail)" on every Contact.""",
    extended(
        HS,
        hs(
            email="Dana.Kowalski@Shaw.CA",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="604 555 0150",
        ),
        hs(
            email="J.Nakamura@Gmail.com",
            lifecyclestage="customer",
            mobilephone="778-555-0121",
            phone="",
        ),
        hs(email="Walk.In@Gmail.com", lifecyclestage="", mobilephone="778-555-0199", phone=""),
        hs(
            email="Prospect.One@Gmail.com",
            lifecyclestage="lead",
            mobilephone="",
            phone="604 555 0111",
        ),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Synced from HubSpot (retail)",
    }


@case(
    "h177-14-names-title-source",
    H,
    C,
    """HubSpot → SF Contact

Email → Email ✅
First Name → First Name ⚠️ rule 1
Last Name → Last Name ⚠️ rule 1
Job Title → Title ⚠️ rule 2
Original Source → Lead Source ⚠️ rule 3

Rules
1. Title case, word by word: first letter capital, rest lower. "MAYA" → "Maya".
2. Trim spaces at both ends. Nothing else.
3. ORGANIC_SEARCH → Web
   PAID_SEARCH → Advertisement
   PAID_SOCIAL → Advertisement
   REFERRALS → Word of mouth
   OFFLINE → Trade Show
   EMAIL_MARKETING → Email
   any other source, or blank → Other""",
    extended(
        HS,
        hs(
            email="maya.lee@gmail.com",
            firstname="MAYA",
            lastname="LEE",
            jobtitle="  Store Lead ",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="ravi.singh@outlook.com",
            firstname="ravi",
            lastname="singh",
            jobtitle="   ",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
        hs(
            email="erin.cole@colebikes.ca",
            firstname="Erin",
            lastname="Cole",
            jobtitle="Buyer",
            hs_analytics_source="EMAIL_MARKETING",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "Word of mouth",
        "OFFLINE": "Trade Show",
        "EMAIL_MARKETING": "Email",
    }
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h177-15-trail-club-newsletter",
    H,
    M,
    """HubSpot → Mailchimp · Trail Club newsletter audience

Email → Email Address ✅
First Name → FNAME ✅
Last Name → LNAME ✅
(fixed value) → status ⚠️ see rule 1
Preferred language → language ⚠️ see rule 2

✅ lines copy as-is, blanks included.

Rules
1. status = subscribed for everyone. The club sign-up form has the consent box.
2. Copy Preferred language. Most contacts don't have that property at all, or it's blank: then "en".""",
    extended(
        HS,
        hs(
            email="genevieve.lapointe@gmail.com",
            firstname="Geneviève",
            lastname="Lapointe",
            hs_language="fr",
        ),
        hs(email="tom.wiebe@shaw.ca", firstname="Tom", lastname="", hs_language="  "),
        hs(email="hana.sato@gmail.com", firstname="", lastname="Sato", hs_language="ja"),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h177-16-status-from-unsubscribe-flag",
    H,
    M,
    """Mailchimp status from HubSpot's unsubscribe flag

Email → Email Address ✅
Unsubscribed from all email → status ⚠️ rule 1
(fixed value) → tags ⚠️ rule 2

Rules
1. "true" → unsubscribed
   "false" → subscribed
   blank (no value, or spaces) → pending. No express consent on file, so they get the double opt-in email first.
2. One tag on every member: "HubSpot Sync".""",
    extended(
        HS,
        hs(email="elise.fournier@gmail.com", hs_email_optout="  "),
        hs(email="grant.mcleod@telus.net", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Sync"]}


@case(
    "h177-17-wholesale-and-club-tags",
    H,
    M,
    """HubSpot → Mailchimp · tags

Email → Email Address ✅
Annual Revenue + Lifecycle Stage → tags ⚠️ see rule 1

Rules
1. Build the tag list in this order:
   - "Wholesale" when Annual Revenue is over 1,000,000. Blank revenue → no Wholesale tag.
   - "Club Member" when Lifecycle Stage is evangelist.
   Neither applies → empty list [], so old tags get cleared.""",
    extended(
        HS,
        hs(
            email="frank.dyck@dyckoutdoors.ca", annualrevenue="1500000", lifecyclestage="evangelist"
        ),
        hs(email="ivy.tran@gmail.com", annualrevenue="  ", lifecyclestage="evangelist"),
        hs(email="hal.berg@bergsport.ca", annualrevenue="999999.50", lifecyclestage="customer"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1_000_000):
        tags.append("Wholesale")
    if r["lifecyclestage"] == "evangelist":
        tags.append("Club Member")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h177-18-rental-return-sms",
    H,
    M,
    """Rental return reminders (SMS) · HubSpot → Mailchimp merge fields

Email → Email Address ✅
First Name → FNAME ⚠️ rule 1
Phone Number / Mobile Phone Number → PHONE ⚠️ rule 2

Rules
1. First word only: "Anne Marie" → "Anne".
2. Phone Number; if blank, Mobile Phone Number. Then E.164: a + followed by digits only. Starts with + already → keep its own country code. No + → North American, prefix +1 (11 digits that already start with 1 → just add the +). Every contact on this list has at least one of the two numbers.""",
    extended(
        HS,
        hs(
            email="annemarie.dion@gmail.com",
            firstname="Anne Marie",
            phone="  ",
            mobilephone="604.555.0172",
        ),
        hs(
            email="luc.gagnon@videotron.ca", firstname="Luc", phone="1-250-555-0139", mobilephone=""
        ),
    ),
)
def o18(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": first_word(r["firstname"]),
            "PHONE": e164(first_filled(r["phone"], r["mobilephone"])),
        },
    }


@case(
    "h177-19-wholesale-bulletin-vip",
    H,
    M,
    """Wholesale buyer bulletin (HubSpot → Mailchimp)

Contacts with no Company Name (blank or only spaces) are skipped. Not buyers.

Email → Email Address ✅
(fixed value) → language ⚠️ rule 1
Lifecycle Stage → vip ⚠️ rule 2
First Name → FNAME ❌ bulletin isn't personalised

Rules
1. language = en on everyone.
2. vip = true when Lifecycle Stage is customer. Any other stage, or no stage at all → false.""",
    extended(
        HS,
        hs(
            email="orders@rainshadowoutfitters.ca",
            company="Rainshadow Outfitters",
            lifecyclestage="customer",
        ),
        hs(email="info@kootenaykayak.ca", company="Kootenay Kayak", lifecyclestage=""),
        hs(email="someone@gmail.com", company="  ", lifecyclestage="customer"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "language": "en", "vip": r["lifecyclestage"] == "customer"}


@case(
    "h177-20-partner-store-buyers",
    H,
    M,
    """HubSpot → Mailchimp · buyers at partner stores

Email → Email Address ✅
First Name → FNAME ⚠️ rule 1
Last Name → LNAME ⚠️ rule 2
Number of Employees → vip ⚠️ rule 3

Rules
1. Title case: "ELLA" → "Ella", "jean paul" → "Jean Paul".
2. Copy Last Name as is. Blank → the email's domain, i.e. everything after the @ (orders@ridgewoodsports.ca → ridgewoodsports.ca).
3. vip = true if Number of Employees is more than 50. 50 or fewer, or blank → false.""",
    extended(
        lower_emails(HS),
        hs(email="orders@ridgewoodsports.ca", firstname="ELLA", lastname="", numemployees="75"),
        hs(email="jp@lakesideski.ca", firstname="jean paul", lastname="  ", numemployees="  "),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["numemployees"], 50),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h177-21-shopper-identify-full-name",
    H,
    S,
    """HubSpot → Segment identify · shoppers

Email → userId ⚠️ rule 1
First Name → traits.firstName ✅
Last Name → traits.lastName ✅
Job Title → traits.title ✅ blank goes as blank
First Name + Last Name → traits.name ⚠️ rule 2

Rules
1. Lower case, whole address.
2. First Name, one space, Last Name. "Noah" + "Fraser" → "Noah Fraser".""",
    extended(
        HS,
        hs(email="Noah.Fraser@Gmail.COM", firstname="Noah", lastname="Fraser", jobtitle=""),
        hs(
            email="Amelia.Grant@GrantCycles.CA",
            firstname="Amelia",
            lastname="Grant",
            jobtitle="Owner",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "title": r["jobtitle"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h177-22-company-object",
    H,
    S,
    """Segment identify from HubSpot: company object for wholesale accounts

traits.company is one nested object (traits → company → name/industry/employee_count), not flat keys.

Email → userId ✅
Company Name → traits.company.name ⚠️ see rule 1
Industry → traits.company.industry ⚠️ see rule 2
Number of Employees → traits.company.employee_count ⚠️ see rule 3

Rules
1. Blank → "Independent Shopper". Otherwise copy.
2. Copy. Blank → no industry key.
3. Integer, "32" → 32. Blank → no employee_count key.""",
    extended(
        HS,
        hs(email="walkin@gmail.com", company="  ", industry="", numemployees=""),
        hs(
            email="buying@coastlinecycle.ca",
            company="Coastline Cycle Co",
            industry="Sporting Goods",
            numemployees="32",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Independent Shopper"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h177-23-address-object-and-phone",
    H,
    S,
    """HubSpot → Segment identify · address and phone

Email → userId ✅
Street Address → traits.address.street ✅
City → traits.address.city ✅
State/Region → traits.address.state ⚠️ rule 1
Postal Code → traits.address.postalCode ✅
Mobile Phone Number / Phone Number → traits.phone ⚠️ rule 2

Address keys sit under traits.address as a nested object.

Rules
1. Copy. Blank → no state key at all.
2. Mobile Phone Number first; Phone Number if mobile is blank. Format E.164: + and digits only; already starting with + → keep its own country code; otherwise prefix +1 (North America), or only add the + when it's 11 digits starting with 1. Both blank → no phone trait.""",
    extended(
        HS,
        hs(
            email="quinn.harper@gmail.com",
            address="88 Lonsdale Ave",
            city="North Vancouver",
            state="  ",
            zip="V7M 2E6",
            mobilephone="",
            phone="",
        ),
        hs(
            email="bea.lam@shaw.ca",
            address="455 Granville St",
            city="Vancouver",
            state="BC",
            zip="V6C 1T2",
            mobilephone="  ",
            phone="1-604-555-0145",
        ),
    ),
)
def o23(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "address": {
                    "street": r["address"],
                    "city": r["city"],
                    "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"],
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h177-24-consent-and-revenue-traits",
    H,
    S,
    """HubSpot → Segment identify · consent + revenue

Email → userId ⚠️ rule 1
Website URL → traits.website ✅
Unsubscribed from all email → traits.emailConsent ⚠️ rule 2
Annual Revenue → traits.annualRevenue ⚠️ rule 3

Rules
1. Trim spaces at both ends, then lower case.
2. Boolean true/false. true only when the HubSpot value is "false" (never unsubscribed). "true" → false. Blank → false (CASL: nothing on file, no consent).
3. A number, not text (2500000.75 → 2500000.75, 800000 → 800000). Blank → leave the trait out.""",
    extended(
        HS,
        hs(
            email="  Rowan.Blake@BlakeBikes.CA ",
            website="  ",
            hs_email_optout="  ",
            annualrevenue="  ",
        ),
        hs(
            email="Tess.Ng@Gmail.com ",
            website="tessng.ca",
            hs_email_optout="false",
            annualrevenue="64000.25",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "website": r["website"],
                "emailConsent": r["hs_email_optout"] == "false",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h177-25-ga4-contact-sync-event",
    H,
    G,
    """HubSpot → GA4 Measurement Protocol. One event per contact.

Email → client_id ✅
(fixed value) → events[0].name ⚠️ rule 1
(fixed value) → events[0].params.platform ⚠️ rule 1
Lifecycle Stage → events[0].params.stage ✅
Original Source → events[0].params.source ⚠️ rule 2
Create Date → events[0].params.signup_date ⚠️ rule 3

Rules
1. Event name "hubspot_contact". params.platform = "hubspot_crm". Same on every event.
2. Lower case: PAID_SOCIAL → paid_social. Blank → "unknown".
3. Date only, YYYY-MM-DD.""",
    extended(
        HS,
        hs(
            email="kit.walsh@gmail.com",
            hs_analytics_source="  ",
            createdate="2024-08-19T16:40:00.000Z",
            lifecyclestage="lead",
        ),
        hs(
            email="moe.farah@shaw.ca",
            hs_analytics_source="SOCIAL_MEDIA",
            createdate="2024-10-02T13:00:00.000Z",
            lifecyclestage="",
        ),
    ),
)
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "hubspot_contact",
                "params": {
                    "platform": "hubspot_crm",
                    "stage": r["lifecyclestage"],
                    "source": "unknown" if blank(src) else src.lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h177-26-ga4-wholesale-accounts",
    H,
    G,
    """HubSpot → GA4 · wholesale accounts only

Filter: Annual Revenue over 750,000. Blank revenue → not sent.

Email → client_id ⚠️ rule 1
(fixed value) → event name ⚠️ rule 2
Annual Revenue → params.revenue ⚠️ rule 3

Rules
1. Only the part of the email before the @: buyer@ridgelinesupply.ca → buyer.
2. "wholesale_account" on every event.
3. As a number: 2500000.75 → 2500000.75, 800000 → 800000.""",
    extended(
        lower_emails(HS),
        hs(email="buyer@ridgelinesupply.ca", annualrevenue="950000"),
        hs(email="shop@smalltownsports.ca", annualrevenue="600000"),
        hs(email="norevenue@gmail.com", annualrevenue="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 750_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "wholesale_account", "params": {"revenue": num(r["annualrevenue"])}}],
    }


@case(
    "h177-27-ga4-shopper-or-prospect",
    H,
    G,
    """HubSpot → GA4 · event name depends on stage

Email → client_id ✅
Lifecycle Stage → event name ⚠️ see rule 1
City → params.city ⚠️ see rule 2
Country/Region → params.country ✅ blank goes blank

Rules
1. customer → "shopper_sync". Any other stage, or blank → "prospect_sync".
2. Copy. Blank → "Vancouver" (the flagship store).""",
    extended(
        HS,
        hs(email="lou.brennan@gmail.com", lifecyclestage="customer", city="  ", country="Canada"),
        hs(email="ada.kwan@shaw.ca", lifecyclestage="", city="Burnaby", country=""),
    ),
)
def o27(r: R) -> Out:
    name = "shopper_sync" if r["lifecyclestage"] == "customer" else "prospect_sync"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Vancouver"), "country": r["country"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h177-28-leads-back-to-hubspot",
    L,
    H,
    """Salesforce Lead → HubSpot contacts (wholesale leads, return trip)

Email → Email ✅
First Name → First Name ✅
Last Name → Last Name ✅
Company → Company Name ✅
Title → Job Title ✅
Phone → Phone Number ✅
City → City ✅
Zip/Postal Code → Postal Code ✅
Country → Country/Region ✅
Street → Street Address ❌ not needed in HubSpot

Every ✅ is a straight copy. Empty in Salesforce = empty in HubSpot.""",
    extended(
        SFL,
        sfl(
            Email="wes.harlow@harlowgear.ca",
            FirstName="Wes",
            LastName="Harlow",
            Company="Harlow Gear",
            Title="  ",
            Phone="",
            City="Prince George",
            PostalCode="",
            Country="Canada",
        ),
    ),
)
def o28(r: R) -> Out:
    return {
        "email": r["Email"],
        "firstname": r["FirstName"],
        "lastname": r["LastName"],
        "company": r["Company"],
        "jobtitle": r["Title"],
        "phone": r["Phone"],
        "city": r["City"],
        "zip": r["PostalCode"],
        "country": r["Country"],
    }


@case(
    "h177-29-lead-status-and-optout",
    L,
    H,
    """SF Lead → HubSpot · status and opt-out

Email → Email ✅
Lead Status → Lead Status ⚠️ rule 1
Email Opt Out → Unsubscribed from all email ⚠️ rule 2

Rules
1. Open - Not Contacted → NEW
   Working - Contacted → ATTEMPTED_TO_CONTACT
   Closed - Converted → CONNECTED
   Closed - Not Converted → UNQUALIFIED
   Those four are the only statuses we use.
2. HubSpot takes it as text: checked → "true", unchecked → "false".""",
    extended(
        SFL,
        sfl(Email="kerry.olsen@olsenski.ca", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(
            Email="abe.stroud@gmail.com", Status="Closed - Not Converted", HasOptedOutOfEmail=False
        ),
    ),
)
def o29(r: R) -> Out:
    table = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "ATTEMPTED_TO_CONTACT",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return {
        "email": r["Email"],
        "hs_lead_status": table[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h177-30-rating-to-lifecycle",
    L,
    H,
    """SF Lead → HubSpot contact: rating becomes lifecycle stage

Email → Email ⚠️ see rule 1
Rating → Lifecycle Stage ⚠️ see rule 2
Annual Revenue → Annual Revenue ⚠️ see rule 3

Rules
1. Lower case.
2. Hot → salesqualifiedlead
   Warm → marketingqualifiedlead
   Cold → lead
   Every Lead has a rating.
3. As a number, not text. Blank → don't send it.""",
    extended(
        SFL,
        sfl(Email="Rhea.Dalton@DaltonOutdoor.CA", Rating="Cold", AnnualRevenue="  "),
        sfl(Email="MILO.PETERS@GMAIL.COM", Rating="Warm", AnnualRevenue="420000.50"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep(
        {
            "email": r["Email"].lower(),
            "lifecyclestage": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h177-31-uk-trade-fair-buyers",
    L,
    H,
    """SF Lead → HubSpot · UK buyers from the Harrogate trade fair

Only Leads with Country = United Kingdom. Any other country, or blank, doesn't sync.

Email → Email ✅
Phone → Phone Number ⚠️ rule 1
Zip/Postal Code → Postal Code ⚠️ rule 2
Title → Job Title ⚠️ rule 3

Rules
1. E.164 for the UK: digits only, drop the leading 0, prefix +44 (020 7946 0321 → +442079460321). Already starts with + → keep its code, digits only after the +.
2. Upper case.
3. Blank → "Buyer". Otherwise copy.""",
    extended(
        SFL,
        sfl(
            Email="harriet.pike@pikeoutdoor.co.uk",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="le1 7rh",
            Title="  ",
        ),
        sfl(
            Email="tom.ashby@peakstores.co.uk",
            Country="United Kingdom",
            Phone="+44 161 496 0000",
            PostalCode="m1 1ae",
            Title="Category Manager",
        ),
        sfl(
            Email="jean.roy@royplein-air.ca",
            Country="Canada",
            Phone="514-555-0100",
            PostalCode="h2x 1y4",
        ),
    ),
)
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {
        "email": r["Email"],
        "phone": e164(r["Phone"], "44"),
        "zip": r["PostalCode"].upper(),
        "jobtitle": dflt(r["Title"], "Buyer"),
    }


@case(
    "h177-32-open-pipeline-city-country",
    L,
    H,
    """SF Lead → HubSpot · open pipeline

Leads with Lead Status = Closed - Not Converted are skipped.

Email → Email ✅
Company → Company Name ⚠️ rule 1
City + Country → City ⚠️ rule 2

Rules
1. Blank → "Individual". Otherwise copy.
2. City, a comma and a space, then Country: "Calgary, Canada". Country blank → City on its own, no comma. City is always filled on these.""",
    extended(
        SFL,
        sfl(
            Email="vera.lund@lundtrail.ca",
            Status="Working - Contacted",
            Company="  ",
            City="Calgary",
            Country="  ",
        ),
        sfl(
            Email="gus.lowe@gmail.com",
            Status="Closed - Not Converted",
            Company="",
            City="Victoria",
            Country="Canada",
        ),
        sfl(
            Email="nell.ash@islandpaddle.ca",
            Status="Open - Not Contacted",
            Company="Island Paddle",
            City="Nanaimo",
            Country="Canada",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    city = r["City"] if blank(r["Country"]) else f"{r['City']}, {r['Country']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Individual"), "city": city}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h177-33-wholesale-newsletter-tags",
    C,
    M,
    """SF Contact → Mailchimp · wholesale newsletter

Email → Email Address ⚠️ rule 1
Email Opt Out → status ⚠️ rule 2
Department → tags ⚠️ rule 3

Rules
1. Lower case.
2. Checked → unsubscribed. Unchecked → subscribed.
3. Always "Salesforce". Add "Buyer" after it when Department is exactly Purchasing. So the list is either ["Salesforce"] or ["Salesforce", "Buyer"].""",
    extended(
        SFC,
        sfc(Email="Ruth.Okafor@PeakRetail.CA", Department="Purchasing", HasOptedOutOfEmail=False),
        sfc(Email="GIL.ROSS@GMAIL.COM", Department="purchasing", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Buyer"] if r["Department"] == "Purchasing" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h177-34-store-pickup-sms",
    C,
    M,
    """SF Contact → Mailchimp · store pickup SMS alerts

Skip any Contact whose Business Phone is blank (empty or spaces).

Email → Email Address ✅
Business Phone → merge field PHONE ⚠️ rule 1
Mailing City → language ⚠️ rule 2

Rules
1. E.164: + and digits only. Starts with + → keep that country code. No + → North American, prefix +1; if it's already 11 digits starting with 1, just add the +.
2. Cologne → de
   Vienna → de
   Portland → en
   Vancouver → en
   Montréal → fr
   Quebec City → fr
   Only these cities are in SF right now.""",
    extended(
        SFC,
        sfc(Email="ally.chu@gmail.com", Phone="604-555-0102", MailingCity="Vancouver"),
        sfc(Email="remi.caron@videotron.ca", Phone="1 514 555 0190", MailingCity="Montréal"),
        sfc(Email="josee.pelletier@gmail.com", Phone="  ", MailingCity="Quebec City"),
        sfc(Email="dave.kerr@shaw.ca", Phone="", MailingCity="Vancouver"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Cologne": "de",
        "Vienna": "de",
        "Portland": "en",
        "Vancouver": "en",
        "Montréal": "fr",
        "Quebec City": "fr",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCity"]],
    }


@case(
    "h177-35-club-mailout-partner-vip",
    C,
    M,
    """SF Contact → Mailchimp · club mailout

Email → Email Address ✅
First Name → FNAME ⚠️ rule 1
Last Name → LNAME ✅ blank stays blank
Lead Source → vip ⚠️ rule 2
(fixed value) → language ⚠️ rule 3

Rules
1. Blank → "Friend". Otherwise copy.
2. vip = true only when Lead Source is Partner Referral. Any other source, or blank → false.
3. language = en.""",
    extended(
        SFC,
        sfc(
            Email="opal.greer@gmail.com",
            FirstName="",
            LastName="Greer",
            LeadSource="Partner Referral",
        ),
        sfc(Email="zed.mason@shaw.ca", FirstName="  ", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
        "language": "en",
    }


@case(
    "h177-36-web-signups-reimport",
    C,
    M,
    """SF Contact → Mailchimp · re-import of web sign-ups

Only Contacts with Lead Source = Web. All others are skipped.

Email → Email Address ✅
First Name → FNAME ✅
Last Name → LNAME ✅
(fixed value) → status ⚠️ rule 1
(fixed value) → language ⚠️ rule 1
(fixed value) → tags ⚠️ rule 2

Rules
1. status = subscribed, language = en. Same for all.
2. Empty tag list [], wipes the stale tags from the old import.""",
    extended(
        SFC,
        sfc(Email="faye.dunn@gmail.com", FirstName="Faye", LastName="", LeadSource="Web"),
        sfc(Email="oli.barr@shaw.ca", FirstName="Oli", LastName="Barr", LeadSource=""),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "en",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h177-37-contact-identify-birthday",
    C,
    S,
    """SF Contact → Segment identify

Email → userId ⚠️ rule 1
First Name → traits.firstName ✅
Last Name → traits.lastName ✅
Title → traits.title ✅ blank → blank
Birthdate → traits.birthday ⚠️ rule 2

Rules
1. Lower case.
2. Copy as-is when filled. Blank → no birthday trait at all.""",
    extended(
        SFC,
        sfc(
            Email="Iris.Vance@VanceGuiding.CA",
            FirstName="Iris",
            LastName="Vance",
            Title="",
            Birthdate="  ",
        ),
        sfc(
            Email="OWEN.PRATT@GMAIL.COM",
            FirstName="Owen",
            LastName="Pratt",
            Title="Buyer",
            Birthdate="1979-08-14",
        ),
    ),
)
def o37(r: R) -> Out:
    return keep(
        {
            "userId": r["Email"].lower(),
            "traits": {
                "firstName": r["FirstName"],
                "lastName": r["LastName"],
                "title": r["Title"],
                "birthday": omit_if_blank(r["Birthdate"]),
            },
        }
    )


@case(
    "h177-38-address-object-country-default",
    C,
    S,
    """SF Contact → Segment · address object (traits.address, nested)

Email → userId ✅
Mailing City → traits.address.city ⚠️ rule 1
Mailing Country → traits.address.country ⚠️ rule 2

Rules
1. Trim leading and trailing spaces.
2. Blank → "Canada". Otherwise copy unchanged.""",
    extended(
        SFC,
        sfc(Email="lena.fox@gmail.com", MailingCity=" Vancouver ", MailingCountry="  "),
        sfc(Email="hugh.dorn@banffgear.ca", MailingCity="Banff", MailingCountry=""),
        sfc(Email="cy.ward@outlook.com", MailingCity="Seattle  ", MailingCountry="United States"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Canada"),
            }
        },
    }


@case(
    "h177-39-phone-name-channel",
    C,
    S,
    """SF Contact → Segment identify

Email → userId ✅
Business Phone → traits.phone ⚠️ rule 1
First Name + Last Name → traits.name ⚠️ rule 2
Lead Source → traits.channel ⚠️ rule 3

Rules
1. E.164: + then digits only. Already starts with + → keep its own code. No + → +1 in front (North America); 11 digits starting with 1 → just the +.
2. First Name, one space, Last Name.
3. Web → online
   Trade Show → event
   Partner Referral → partner
   Word of mouth → referral
   anything else, or blank → other""",
    extended(
        SFC,
        sfc(
            Email="mina.cho@chooutdoor.ca",
            FirstName="Mina",
            LastName="Cho",
            LeadSource="Word of mouth",
            Phone="+1 604 555 0177",
        ),
        sfc(
            Email="rob.tate@tatebikes.com",
            FirstName="Rob",
            LastName="Tate",
            LeadSource="Partner Referral",
            Phone="1 (360) 555-0109",
        ),
        sfc(
            Email="kai.dunbar@gmail.com",
            FirstName="Kai",
            LastName="Dunbar",
            LeadSource="  ",
            Phone="778-555-0150",
        ),
    ),
)
def o39(r: R) -> Out:
    chan = {
        "Web": "online",
        "Trade Show": "event",
        "Partner Referral": "partner",
        "Word of mouth": "referral",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "channel": chan.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h177-40-club-members-to-hubspot",
    M,
    H,
    """Mailchimp → HubSpot · Trail Club members

Email Address → Email ✅
FNAME → First Name ⚠️ see rule 1
LNAME → Last Name ⚠️ see rule 1
PHONE → Phone Number ⚠️ see rule 2
COMPANY → Company Name ⚠️ see rule 3
status → Unsubscribed from all email ⚠️ see rule 4

Rules
1. Title case word by word ("liam" → "Liam", "WALSH" → "Walsh"). Blank stays blank.
2. Copy when filled. Blank → leave Phone Number out.
3. Blank → "Individual". Otherwise copy.
4. Text value, not a checkbox: "false" only when status is subscribed. Every other status → "true".""",
    extended(
        MC,
        mc(
            {"FNAME": "CALLUM", "LNAME": "reid", "PHONE": "  ", "COMPANY": "  "},
            email_address="callum.reid@gmail.com",
            status="pending",
        ),
        mc(
            {"FNAME": "nina", "LNAME": "ROSS", "PHONE": "604 555 0188", "COMPANY": "Ross Canoe Co"},
            email_address="nina@rosscanoe.ca",
            status="subscribed",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": title(mf["FNAME"]),
            "lastname": title(mf["LNAME"]),
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Individual"),
            "hs_email_optout": "false" if r["status"] == "subscribed" else "true",
        }
    )


@case(
    "h177-41-skip-cleaned-vip-customers",
    M,
    H,
    """Mailchimp → HubSpot. Members with status cleaned don't come across (bounced addresses).

Email Address → Email ✅
PHONE → Phone Number ⚠️ rule 1
COMPANY → Company Name ✅
VIP → Lifecycle Stage ⚠️ rule 2

Rules
1. E.164: + and digits only. Starts with + → keep its own code. No + → North American, +1 in front (11 digits starting with 1 → just add the +). Blank PHONE → no Phone Number on the contact.
2. VIP true → customer. VIP false → lead.""",
    extended(
        MC,
        mc(
            {"PHONE": "1 778 555 0123", "COMPANY": "Lynn Valley Bikes"},
            email_address="shop@lynnvalleybikes.ca",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "604 555 0160", "COMPANY": ""},
            email_address="old.address@gmail.com",
            status="cleaned",
            vip=False,
        ),
        mc(
            {"FNAME": "Bo", "LNAME": "Kent", "PHONE": "   ", "COMPANY": "Kent Climbing"},
            email_address="bo@kentclimbing.ca",
            status="unsubscribed",
            vip=False,
        ),
    ),
)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "phone": omit_if_blank(mf["PHONE"], e164),
            "company": mf["COMPANY"],
            "lifecyclestage": "customer" if r["vip"] else "lead",
        }
    )


@case(
    "h177-42-club-tag-domain-company",
    M,
    H,
    """Mailchimp → HubSpot · shop members

Email Address → Email ✅
FNAME → First Name ⚠️ rule 1
COMPANY → Company Name ⚠️ rule 2
tags → Lifecycle Stage ⚠️ rule 3
LNAME → Last Name ❌ not needed

Rules
1. First word only: "Jean Luc" → "Jean".
2. Copy. Blank → the email's domain, the part after the @ (info@squamishclimb.ca → squamishclimb.ca).
3. Tag "Club Member" present → evangelist. Not present → subscriber. Exact, case-sensitive: "club member" doesn't count.""",
    extended(
        MC,
        mc(
            {"FNAME": "Jean Luc", "COMPANY": "  "},
            email_address="info@squamishclimb.ca",
            tags=["Club Member", "Webinar"],
        ),
        mc(
            {"FNAME": "Tara", "COMPANY": ""},
            email_address="tara@fernieskiworks.ca",
            tags=["club member"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "evangelist" if "Club Member" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set177")
