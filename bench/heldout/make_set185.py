"""Held-out set 185 for the offline mapping drafter.

Persona: Shannon O'Brien, marketing coordinator at a Hobart (Tasmania) eco-tourism and
whisky-trail operator. She writes every sync as a 'Dos and Don'ts' brief: a 'DO:' section and a
'DON'T:' section (sometimes 'Do' / 'Don't' bullets mixed, sometimes ticks and crosses), where the
DON'T items say what must not happen (don't send contacts with X, don't overwrite Y with a blank,
don't guess a country code) and are followed literally; plus the odd 'Heads up:' line. Relaxed
Aussie English ('reckon', 'heaps', 'no worries', 'arvo', 'cheers'); her records are cellar-door
visitors, whisky-trail tour bookers, travel agents (Tasmanian, US and UK), trade partners
(bars, bottle shops, hotels) and distillery club members.

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
    "h185-01",
    H,
    L,
    """G'day team! First cab off the rank: cellar-door sign-ups from HubSpot into Salesforce as Leads.

DO:
- Email → Email
- First name → First Name
- Last name → Last Name
- Company name → Company
- Mobile phone number → Mobile Phone
- City → City
- Lead Source = "Word of mouth" on every single Lead (that's how heaps of them found us, and the boss wants it that way)

DON'T:
- Don't tidy anything up on the way across - no trimming, no capitals, no phone formatting. Straight copies.
- Don't skip a field because it's empty in HubSpot, and don't stick a placeholder in it either. Empty in HubSpot = the same empty value on the Lead.

Cheers,
Shannon""",
    extended(
        HS,
        hs(
            email="jack.mcallister@bigpond.com",
            firstname="Jack",
            lastname="McAllister",
            company="",
            mobilephone="0412 555 018",
            city="Hobart",
        ),
        hs(
            email="sophie.nguyen@outlook.com.au",
            firstname="Sophie",
            lastname="Nguyen",
            company="  ",
            mobilephone="",
            city=" Launceston ",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "MobilePhone": r["mobilephone"],
        "City": r["city"],
        "LeadSource": "Word of mouth",
    }


@case(
    "h185-02",
    H,
    L,
    """Next up - whisky trail tour bookers into Leads. Our booking form's a bit rubbish, it leaves spaces around the City.

DO:
✓ Email → Email, as is
✓ Last name → Last Name, as is
✓ Company name → Company. If it's empty or only spaces, put "Private Booking" instead
✓ Job title → Title. Empty or only spaces → "Whisky Enthusiast"
✓ City → City with the spaces trimmed off the start and the end ("  Hobart " becomes "Hobart")

DON'T:
✗ Don't trim or change Company name or Job title when they've got something in them - copy those exactly as typed
✗ Don't send a blank Company - Salesforce spits the dummy without one

Heads up: the City trim is only the leading/trailing spaces, leave the capitals alone.""",
    extended(
        HS,
        hs(
            email="tom.bruce@gmail.com",
            lastname="Bruce",
            company="",
            jobtitle="  ",
            city="  Hobart ",
        ),
        hs(
            email="kylie.harris@tassietravel.com.au",
            lastname="Harris",
            company=" Tassie Travel Co",
            jobtitle="Travel Agent ",
            city="Devonport  ",
        ),
        hs(
            email="gus.lane@gmail.com",
            lastname="Lane",
            company="  ",
            jobtitle="",
            city="New Norfolk",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Private Booking"),
        "Title": dflt(r["jobtitle"], "Whisky Enthusiast"),
        "City": r["city"].strip(),
    }


@case(
    "h185-03",
    H,
    L,
    """Lead phone for the tour bookers - the guides give them a ring the arvo before the tour, so we want whatever number we've got.

DO:
- Phone ← Mobile phone number first. If that's empty (or only spaces), use Phone number instead. Number copied exactly as typed.
- First name → First Name and Last name → Last Name, both in title case: first letter of every word a capital, the rest lower case ("MARY JANE" → "Mary Jane", "smith" → "Smith").
- Email → Email, untouched.

DON'T:
- Don't send a blank Phone. If the mobile AND the phone number are both empty, leave Phone off the Lead altogether.
- Don't reformat the numbers themselves.

Ta!""",
    extended(
        HS,
        hs(
            email="mary.jane@gmail.com",
            firstname="MARY JANE",
            lastname="smith",
            mobilephone="  ",
            phone="(03) 6231 0000",
        ),
        hs(
            email="no.number@gmail.com",
            firstname="liam",
            lastname="PATERSON",
            mobilephone="",
            phone=" ",
        ),
        hs(
            email="anh.tran@gmail.com",
            firstname="anh",
            lastname="tran",
            mobilephone="0400 123 456",
            phone="03 6223 1234",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
        }
    )


@case(
    "h185-04",
    H,
    L,
    """Online enquiries → Leads. Lead Source gets worked out from HubSpot's Original source (exact values, caps and all).

DO:
ORGANIC_SEARCH → Web
DIRECT_TRAFFIC → Web
PAID_SEARCH → Advertisement
PAID_SOCIAL → Advertisement
EMAIL_MARKETING → Email
REFERRALS → External Referral
OFFLINE → Trade Show (the tourism expo leads)
anything else → Other

Also DO: Email → Email, but the whole address in lower case.

DON'T:
Don't leave Lead Source empty when Original source is blank (empty or just spaces) - those get "Other" as well.
Don't carry the HubSpot value across as-is for sources that aren't in my list (SOCIAL_MEDIA and so on) - they're "Other" too.""",
    extended(
        HS,
        hs(email="Bookings@TasWhiskyTours.com.au", hs_analytics_source="OFFLINE"),
        hs(email="Jess.Wong@Gmail.com", hs_analytics_source="  "),
        hs(email="ben.k@yahoo.com", hs_analytics_source="SOCIAL_MEDIA"),
        hs(email="Ella.M@icloud.com", hs_analytics_source="EMAIL_MARKETING"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "EMAIL_MARKETING": "Email",
        "REFERRALS": "External Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"].lower(),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


@case(
    "h185-05",
    H,
    L,
    """HubSpot → Salesforce Leads for the autumn whisky trail push.

DON'T send:
✗ contacts with Lifecycle stage "customer" - they're distillery club members already, Salesforce gets them from the club system
✗ contacts whose Unsubscribed from all email is "true" - no worries, just leave them out
If either one applies, skip the contact. A blank Lifecycle stage or a blank Unsubscribed from all email doesn't trigger either rule - those contacts still go through.

DO, for everyone else:
✓ Email → Email
✓ First name → First Name
✓ Last name → Last Name
✓ Company name → Company
(straight copies, empty stays empty)
✓ Rating = "Warm" for the lot

Cheers""",
    extended(
        HS,
        hs(
            email="club.member@gmail.com",
            firstname="Fiona",
            lastname="Reid",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
        hs(
            email="nick.p@gmail.com",
            firstname="Nick",
            lastname="Papadopoulos",
            company="",
            lifecyclestage="",
            hs_email_optout="  ",
        ),
        hs(
            email="ruth.o@gmail.com",
            firstname="Ruth",
            lastname="Osborne",
            lifecyclestage="lead",
            hs_email_optout="true",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Rating": "Warm",
    }


@case(
    "h185-06",
    H,
    L,
    """Travel agents into Salesforce Leads - sales reckon they need a rating by size.

DO:
- Rating from Annual revenue (read it as a number):
  • more than 5,000,000 → "Hot"
  • less than 500,000 → "Cold"
  • anything in between → "Warm"
- Employees ← Number of employees, as a whole number (integer, not text)
- Email → Email

DON'T:
- Don't rate a contact with a blank Annual revenue (empty or only spaces) as "Warm" - blanks are "Cold", we reckon they're tiny operators.
- Don't send Employees as 0 or as an empty value when Number of employees is empty or only spaces - just leave Employees off the Lead.""",
    extended(
        HS,
        hs(email="sales@tassieescapes.com.au", annualrevenue="7200000", numemployees="35"),
        hs(email="hello@bespoketours.com.au", annualrevenue="  ", numemployees="  "),
        hs(email="info@islandwalks.com.au", annualrevenue="320000.50", numemployees="4"),
    ),
)
def o06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Cold"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 5_000_000 else ("Cold" if v < 500_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h185-07",
    H,
    L,
    """US travel agents (the ones selling our whisky trail packages over in the States) → Salesforce Leads.

DO:
- Phone ← Phone number in E.164: only the digits, with a "+" in front. No "+" at the start means it's a US number, so put +1 on the front - unless it's already 11 digits starting with 1, then it only needs the "+". E.g. (206) 555-0147 → +12065550147.
- City → City in title case (capital first letter on each word, rest lower case: "SAN DIEGO" → "San Diego").
- Email → Email.

DON'T:
- Don't guess or swap the country code on a number that already starts with "+" - it keeps its own code, just strip it down to the + and the digits.
- Don't send an empty Phone: if Phone number is empty or only spaces, leave Phone out.""",
    extended(
        HS,
        hs(email="agent@pacifictravel.com", phone="1 (206) 555-0147", city="SEATTLE"),
        hs(email="desk@bourbontrails.com", phone="  ", city="louisville"),
        hs(email="amy@wanderlust.com", phone="+61 3 6231 0001", city="san diego"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "Phone": omit_if_blank(r["phone"], e164),
            "City": title(r["city"]),
        }
    )


@case(
    "h185-08",
    H,
    L,
    """Aussie cellar-door visitors only → Leads.

DO:
✓ Only send contacts whose Country/Region is exactly "Australia" (capital A).
✓ Email → Email, as is.
✓ State/Region → State/Province in capitals ("tas" → "TAS"). If State/Region is empty it just stays empty.
✓ Description = City + " cellar door visit on " + the Create date as YYYY-MM-DD. Like "Hobart cellar door visit on 2025-02-14". City exactly as it is in HubSpot.

DON'T:
✗ Don't send anyone from another country, anyone with a blank Country/Region, or "australia" in lower case.
✗ Don't put the time in the date, just year-month-day.

Heads up: everyone in this lot has a City filled in.""",
    extended(
        HS,
        hs(
            email="bec.taylor@gmail.com",
            country="Australia",
            state="tas",
            city="Hobart",
            createdate="2025-02-14T12:00:00.000Z",
        ),
        hs(
            email="dan.lee@gmail.com",
            country="Australia",
            state="",
            city="Melbourne",
            createdate="2025-03-01T12:30:00.000Z",
        ),
        hs(
            email="kiwi.visitor@gmail.com",
            country="New Zealand",
            state="Otago",
            city="Dunedin",
            createdate="2025-03-02T12:00:00.000Z",
        ),
        hs(
            email="lower.case@gmail.com",
            country="australia",
            state="vic",
            city="Geelong",
            createdate="2025-03-03T12:00:00.000Z",
        ),
        hs(
            email="blank.country@gmail.com",
            country="  ",
            state="nsw",
            city="Sydney",
            createdate="2025-03-04T12:00:00.000Z",
        ),
        hs(
            email="ella.frost@gmail.com",
            country="Australia",
            state="Tas",
            city="Cygnet",
            createdate="2025-03-08T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Australia":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['city']} cellar door visit on {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h185-09",
    H,
    C,
    """Salesforce Contacts now - the distillery club members, so we can post out the quarterly bottle. Postal address goes in the Mailing fields.

DO:
- Street address → Mailing Street
- City → Mailing City
- State/Region → Mailing State/Province
- Postal code → Mailing Zip/Postal Code
- Country/Region → Mailing Country
- Last name → Last Name
- Email → Email

DON'T:
- Don't touch the Other address fields at all.
- Don't fix up or reformat anything - postcodes stay as typed, no capitals changed.
- Don't leave a field out just because it's empty in HubSpot - empty goes across as empty.

Cheers, Shannon""",
    extended(
        HS,
        hs(
            email="margaret.reid@bigpond.com",
            lastname="Reid",
            address="14 Salamanca Pl",
            city="Battery Point",
            state="TAS",
            zip="7004",
            country="Australia",
        ),
        hs(
            email="greg.w@gmail.com",
            lastname="Walsh",
            address="",
            city="Launceston",
            state="  ",
            zip="",
            country="Australia",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h185-10",
    H,
    C,
    """Two tick boxes on the club member Contacts.

Do: Email Opt Out ticked (true) when Unsubscribed from all email is "true"; when it's "false", not ticked (false).
Don't: opt someone out just because Unsubscribed from all email is blank - blank (empty or spaces) only means nobody filled it in, so Email Opt Out is false for blanks too.
Do: Do Not Call ticked (true) only when they've got no number at all - Phone number AND Mobile phone number both empty (or only spaces). If either one has a number, Do Not Call is false.
Don't: send these as text - proper true/false checkbox values please.
Do: Email → Email and Last name → Last Name, straight copies.""",
    extended(
        HS,
        hs(
            email="quiet.one@gmail.com",
            lastname="Quinn",
            phone="  ",
            mobilephone="",
            hs_email_optout="  ",
        ),
        hs(
            email="mobile.only@gmail.com",
            lastname="Fraser",
            phone="",
            mobilephone="0418 555 222",
            hs_email_optout="true",
        ),
        hs(
            email="landline.only@gmail.com",
            lastname="Moore",
            phone="03 6225 4411",
            mobilephone=" ",
            hs_email_optout="",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h185-11",
    H,
    C,
    """Contacts need a Last Name or Salesforce won't have a bar of it, and heaps of the cellar-door iPad sign-ups only give one name.

DO:
- Last Name ← Last name.
  If Last name is empty (or only spaces) → use First name instead.
  If First name is empty or only spaces as well → use the bit of the email before the @ (whiskylover88@gmail.com → "whiskylover88").
- First name → First Name, straight copy, even when it's empty.
- Email → Email.

DON'T:
- Don't ever send a blank Last Name.
- Don't change the case of anything - the emails in this list are all lower case already anyway.""",
    extended(
        lower_emails(HS),
        hs(email="whiskylover88@gmail.com", firstname="", lastname=""),
        hs(email="cate.b@outlook.com", firstname="Cate", lastname=" "),
        hs(email="peaty.pete@gmail.com", firstname="  ", lastname=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"])),
    }


@case(
    "h185-12",
    H,
    C,
    """Contact Description from Lifecycle stage, so the cellar door crew know who's who when they look someone up:

DO:
subscriber → "Newsletter only"
lead → "Enquired about a tour"
marketingqualifiedlead → "Booked a tasting"
salesqualifiedlead → "Group tour quote sent"
opportunity → "Group tour pending"
customer → "Distillery club member"
evangelist → "Whisky trail ambassador"
(every contact in this list has one of those seven, nothing else turns up)

DO: Mailing State/Province ← State/Region in capitals, e.g. "tas" → "TAS".
DO: Email → Email.

DON'T: send an empty Mailing State/Province - if State/Region is empty or just spaces, leave that field off the Contact.""",
    extended(
        HS,
        hs(email="sam.k@gmail.com", lifecyclestage="evangelist", state="tas"),
        hs(email="jo.m@gmail.com", lifecyclestage="opportunity", state="  "),
        hs(email="abbey.c@gmail.com", lifecyclestage="lead", state="Vic"),
    ),
)
def o12(r: R) -> Out:
    notes = {
        "subscriber": "Newsletter only",
        "lead": "Enquired about a tour",
        "marketingqualifiedlead": "Booked a tasting",
        "salesqualifiedlead": "Group tour quote sent",
        "opportunity": "Group tour pending",
        "customer": "Distillery club member",
        "evangelist": "Whisky trail ambassador",
    }
    return keep(
        {
            "Email": r["email"],
            "Description": notes[r["lifecyclestage"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h185-13",
    H,
    C,
    """Travel agents who've asked for a trade rate → Salesforce Contacts.

DO:
✓ Only the contacts with Lifecycle stage "salesqualifiedlead".
✓ Email → Email, all in lower case.
✓ Mobile Phone ← Mobile phone number; if that's empty or only spaces, Phone number instead. Copied as typed. (Every one of them has at least one of the two.)
✓ Lead Source = "Partner" for all of them.

DON'T:
✗ Don't send any other stage, or contacts with no stage at all.
✗ Don't send anything else - just those three fields.""",
    extended(
        HS,
        hs(
            email="Trade@HobartHolidays.com.au",
            lifecyclestage="salesqualifiedlead",
            mobilephone="  ",
            phone="03 6234 5678",
        ),
        hs(
            email="KATE@WILDTAS.COM.AU",
            lifecyclestage="salesqualifiedlead",
            mobilephone="0409 888 111",
            phone="03 6200 0000",
        ),
        hs(email="Not.Yet@Gmail.com", lifecyclestage="lead", mobilephone="0400 000 111"),
        hs(email="No.Stage@Gmail.com", lifecyclestage="", mobilephone="0400 000 222"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "LeadSource": "Partner",
    }


@case(
    "h185-14",
    H,
    C,
    """Trade partner Contacts (the bottle shops, bars and hotels that stock our drops).

DO:
1. Title ← Job title with the spaces trimmed off both ends (only the ends; a job title that's nothing but spaces ends up empty).
2. First Name ← First name in title case - capital first letter on each word, rest lower case ("ANNA LOUISE" → "Anna Louise").
3. Department ← from Industry:
   Hospitality → "On-Premise"
   Retail → "Bottle Shops"
   Travel → "Trade Partners"
   anything else → "General"
4. Email → Email.

DON'T:
- Don't leave Department empty when Industry is blank - blank goes to "General" as well.
- Don't match Industry loosely: "retail" in lower case isn't "Retail", so that one's "General".""",
    extended(
        HS,
        hs(
            email="anna@salamancabar.com.au",
            firstname="ANNA LOUISE",
            jobtitle="  Bar Manager ",
            industry="Hospitality",
        ),
        hs(email="orders@cellarsandco.com.au", firstname="raj", jobtitle="   ", industry="retail"),
        hs(
            email="tim@taswinetours.com.au", firstname="tim", jobtitle="Director", industry="Travel"
        ),
        hs(email="lisa@bottleo.com.au", firstname="Lisa", jobtitle="Buyer", industry="Retail"),
    ),
)
def o14(r: R) -> Out:
    dept = {"Hospitality": "On-Premise", "Retail": "Bottle Shops", "Travel": "Trade Partners"}
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "FirstName": title(r["firstname"]),
        "Department": dept.get(r["industry"], "General"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h185-15",
    H,
    M,
    """Mailchimp time! HubSpot contacts → our "Dram Times" newsletter audience.

DO:
- Email → Email Address
- First name → FNAME
- Last name → LNAME
- status = "subscribed" for everyone (they all ticked the box at the cellar door)
- language ← Preferred language

DON'T:
- Don't fiddle with the names - copy them as they are, and an empty name goes across empty.
- Don't leave language blank: loads of our contacts don't even have Preferred language on their record (the property just isn't there), and some have it empty or only spaces - all of those get "en".""",
    extended(
        HS,
        hs(email="li.wei@163.com", firstname="Wei", lastname="Li", hs_language="zh"),
        hs(email="yuki.s@docomo.ne.jp", firstname="Yuki", lastname="", hs_language="ja"),
        hs(email="no.lang@gmail.com", firstname="", lastname="Byrne", hs_language="  "),
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
    "h185-16",
    H,
    M,
    """Newsletter status comes off Unsubscribed from all email - three ways:

DO:
"true" → status "unsubscribed"
"false" → status "subscribed"
blank (empty or just spaces) → status "pending", so Mailchimp sends them the confirm email first
Tag everyone with "Whisky Trail" - just that one tag.
Email → Email Address.

DON'T:
Don't subscribe a blank - they're "pending", not "subscribed".
Don't add any other tags.""",
    extended(
        HS,
        hs(email="harriet.b@gmail.com", hs_email_optout="  "),
        hs(email="col.m@bigpond.com", hs_email_optout="false"),
        hs(email="optout.olly@gmail.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Whisky Trail"]}


@case(
    "h185-17",
    H,
    M,
    """Tags for the trade newsletter - two separate checks:

DO:
✓ Number of employees more than 50 → tag "Group Bookings"
✓ Industry exactly "Travel" → tag "Travel Trade"
✓ If both apply, "Group Bookings" first, then "Travel Trade"
✓ Email → Email Address

DON'T:
✗ Don't give "Group Bookings" to anyone with a blank Number of employees.
✗ Don't count "travel" in lower case, it has to be "Travel".
✗ Don't leave tags off when neither applies - send an empty list [].""",
    extended(
        HS,
        hs(email="groups@tasmaniantours.com.au", numemployees="120", industry="Travel"),
        hs(email="solo@guidedwalks.com.au", numemployees="  ", industry="Travel"),
        hs(email="big@harbourhotel.com.au", numemployees="75", industry="travel"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Group Bookings")
    if r["industry"] == "Travel":
        tags.append("Travel Trade")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h185-18",
    H,
    M,
    """SMS list for the tour reminders → Mailchimp.

DO:
- FNAME ← just the first word of First name ("Mary Kate" → "Mary").
- PHONE ← Mobile phone number, or Phone number if the mobile's empty or only spaces. Then into E.164: digits only with a "+" in front. If it's got a "+" already, keep that country code (our Aussie numbers are all saved with +61). No "+" means it's one of the US agents, so +1 goes in front - except an 11-digit number starting with 1, which just gets the "+".
- Email → Email Address.

DON'T:
- Don't go guessing a country code from Country/Region - the "+" (or no "+") on the number is all that counts.

Heads up: everyone on this list has at least one number, so no need to worry about empties.""",
    extended(
        HS,
        hs(
            email="mary.kate@gmail.com",
            firstname="Mary Kate",
            mobilephone="+61 412 555 019",
            phone="",
        ),
        hs(email="bob@bourbonland.com", firstname="Bob", mobilephone="  ", phone="1-502-555-0110"),
    ),
)
def o18(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": first_word(r["firstname"]),
            "PHONE": e164(first_filled(r["mobilephone"], r["phone"])),
        },
    }


@case(
    "h185-19",
    H,
    M,
    """Trade audience in Mailchimp - bottle shops, bars and agents only.

DON'T:
- Don't send contacts with no Company name (empty or just spaces) - they're not trade.

DO:
- Email → Email Address
- status = "subscribed"
- VIP = true when Job title is exactly "Owner". Everyone else gets VIP = false - that includes a blank Job title, and things like "owner" or "Co-Owner".""",
    extended(
        HS,
        hs(email="owner@thedramshop.com.au", company="The Dram Shop", jobtitle="Owner"),
        hs(email="casual.visitor@gmail.com", company="  ", jobtitle="Owner"),
        hs(email="manager@customshouse.com.au", company="Customs House Hotel", jobtitle=""),
        hs(email="co@larkbar.com.au", company="Lark Bar", jobtitle="Co-Owner"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["jobtitle"] == "Owner",
    }


@case(
    "h185-20",
    H,
    M,
    """Travel agents audience. Heads up: the emails here are all lower case already.

DO:
- FNAME ← First name in title case (first letter of each word a capital, the rest lower case): "JOHN PAUL" → "John Paul".
- LNAME ← Last name. If it's empty or only spaces, use the part of the email after the @ instead (bookings@tassietravel.com.au → "tassietravel.com.au").
- VIP ← true when Annual revenue is more than 2,000,000, otherwise false.
- Email → Email Address.

DON'T:
- Don't make anyone VIP with a blank Annual revenue - blank is false.
- Don't change Last name when it's got a value, copy it as is.""",
    extended(
        lower_emails(HS),
        hs(
            email="bookings@tassietravel.com.au",
            firstname="JOHN PAUL",
            lastname="",
            annualrevenue="  ",
        ),
        hs(
            email="sarah@islandagents.com.au",
            firstname="sarah",
            lastname="  ",
            annualrevenue="3100000",
        ),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["annualrevenue"], 2_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h185-21",
    H,
    S,
    """Segment identify from HubSpot, for the new booking app.

DO:
- userId ← Email, all lower case.
- traits.phone ← Phone number
- traits.website ← Website URL
  (those two are straight copies - empty stays empty)
- traits.name ← First name, one space, then Last name, e.g. "Mia Collins".

DON'T:
- Don't change the names themselves or add anything else into traits.name.

Cheers!""",
    extended(
        HS,
        hs(
            email="Mia.Collins@Gmail.COM",
            firstname="Mia",
            lastname="Collins",
            phone="",
            website="https://miacollins.com.au",
        ),
        hs(
            email="OLD.SALT@bigpond.com",
            firstname="Ray",
            lastname="Dunn",
            phone="03 6250 1111",
            website="",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "phone": r["phone"],
            "website": r["website"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h185-22",
    H,
    S,
    """Segment - company info, nested under traits.company (not flat, please).

DO:
- traits.company.name ← Company name; if it's blank (empty or only spaces) → "Independent Traveller"
- traits.company.industry ← Industry
- traits.company.employee_count ← Number of employees as a whole number (integer)
- userId ← Email, as is

DON'T:
- Don't send an empty industry - if Industry is blank, leave industry out.
- Don't send employee_count as text, and don't send it at all when Number of employees is empty (or only spaces).""",
    extended(
        HS,
        hs(email="backpacker@gmail.com", company="  ", industry="", numemployees="  "),
        hs(
            email="ops@mtfieldtours.com.au",
            company="Mt Field Tours",
            industry="Tourism",
            numemployees="28",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Independent Traveller"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h185-23",
    H,
    S,
    """Segment identify with the address tucked under traits.address:

DO:
- traits.address.city ← City (copy)
- traits.address.country ← Country/Region (copy)
- traits.address.postalCode ← Postal code
- traits.phone ← Phone number, or Mobile phone number if Phone number is empty or spaces, in E.164: only the digits with a "+" in front; if it starts with "+" it keeps its own code; no "+" → it's a US number, so +1 on the front (already 11 digits starting with 1 → just add the "+").
- userId ← Email

DON'T:
- Don't send a blank postalCode - no Postal code (empty or spaces), no postalCode.
- Don't send traits.phone at all if both numbers are empty.

Heads up: the city and country copies stay exactly as typed - an empty City or Country/Region goes across empty.""",
    extended(
        HS,
        hs(
            email="no.postcode@gmail.com",
            city="Richmond",
            country="Australia",
            zip="  ",
            phone="  ",
            mobilephone="+61 400 111 222",
        ),
        hs(
            email="no.phone@gmail.com",
            city="",
            country="",
            zip="7000",
            phone="",
            mobilephone=" ",
        ),
    ),
)
def o23(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "address": {
                    "city": r["city"],
                    "country": r["country"],
                    "postalCode": omit_if_blank(r["zip"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h185-24",
    H,
    S,
    """Segment from the kiosk at the cellar door - it sometimes puts spaces around the email, no idea why.

DO:
✓ userId ← Email with the spaces trimmed off both ends, then all lower case (" Tom.Hart@Gmail.com " → "tom.hart@gmail.com")
✓ traits.industry ← Industry, straight copy (empty stays empty)
✓ traits.unsubscribed ← true when Unsubscribed from all email is "true", false when it's "false" (a real boolean)
✓ traits.annualRevenue ← Annual revenue as a number

DON'T:
✗ Don't leave traits.unsubscribed out for blanks - empty or spaces → false.
✗ Don't send annualRevenue when Annual revenue is empty or spaces - leave it out. And never as text.""",
    extended(
        HS,
        hs(email=" Tom.Hart@Gmail.com ", industry="", hs_email_optout=" ", annualrevenue="  "),
        hs(
            email="Info@TasDistillers.COM.AU  ",
            industry="Beverages",
            hs_email_optout="true",
            annualrevenue="950000",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "industry": r["industry"],
                "unsubscribed": r["hs_email_optout"] == "true",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h185-25",
    H,
    G,
    """GA4 - one event per cellar-door sign-up.

DO:
- client_id ← Email (as is)
- event name: "cellar_door_signup" (always)
- params.source = "hubspot" (always)
- params.country ← Country/Region, straight copy (empty stays empty)
- params.region ← State/Region in lower case ("TAS" → "tas")
- params.signup_date ← Create date, just the date as YYYY-MM-DD

DON'T:
- Don't send params.region when State/Region is empty or only spaces - leave it out of the params.""",
    extended(
        HS,
        hs(
            email="cellar.visit@gmail.com",
            state="TAS",
            country="Australia",
            createdate="2025-04-19T12:00:00.000Z",
        ),
        hs(
            email="no.state@gmail.com",
            state="  ",
            country="",
            createdate="2025-04-20T12:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return keep(
        {
            "client_id": r["email"],
            "events": [
                keep(
                    {
                        "name": "cellar_door_signup",
                        "params": {
                            "source": "hubspot",
                            "country": r["country"],
                            "region": omit_if_blank(r["state"], str.lower),
                            "signup_date": day(r["createdate"]),
                        },
                    }
                )
            ],
        }
    )


@case(
    "h185-26",
    H,
    G,
    """GA4 event for the bigger trade partners only.

DO:
- Only contacts with Annual revenue over 1,000,000.
- client_id ← the bit of the email before the @ (they're all lower case), e.g. sales@tasmanianspirits.com.au → "sales"
- event name = "trade_partner_sync"
- params.value ← Annual revenue as a number
- params.currency = "AUD"

DON'T:
- Don't send anyone with a blank Annual revenue - no revenue, no event.""",
    extended(
        lower_emails(HS),
        hs(email="sales@tasmanianspirits.com.au", annualrevenue="18000000"),
        hs(email="hello@smallbar.com.au", annualrevenue="600000"),
        hs(email="unknown@agent.com.au", annualrevenue=" "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "trade_partner_sync",
                "params": {"value": num(r["annualrevenue"]), "currency": "AUD"},
            }
        ],
    }


@case(
    "h185-27",
    H,
    G,
    """GA4 - the event name depends on whether they're in the distillery club.

DO:
- event name: Lifecycle stage "customer" → "club_member_sync"; any other stage → "visitor_sync"
- client_id ← Email
- params.city ← City; if City is blank (empty or spaces) → "Hobart" (most of them are Hobart locals anyway)
- params.company ← Company name, straight copy (empty stays empty)

DON'T:
- Don't leave the event name blank for contacts with no Lifecycle stage - they're "visitor_sync" too.""",
    extended(
        HS,
        hs(email="club.regular@gmail.com", lifecyclestage="customer", city="  ", company=""),
        hs(
            email="walkin@gmail.com",
            lifecyclestage="",
            city="Launceston",
            company="Bridestowe Lavender",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "club_member_sync" if r["lifecyclestage"] == "customer" else "visitor_sync"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Hobart"), "company": r["company"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h185-28",
    L,
    H,
    """Other direction now - Salesforce Leads back into HubSpot contacts.

DO (Lead field → HubSpot property):
Email → Email
First Name → First name
Last Name → Last name
Company → Company name
Title → Job title
Phone → Phone number
City → City
Zip/Postal Code → Postal code
Country → Country/Region

DON'T:
Don't change anything on the way - no trimming, no phone formatting, no capitals.
Don't skip a field because it's empty on the Lead, and don't put "N/A" or anything in it. Empty on the Lead = empty in HubSpot.

No worries if that's a lot of fields, they're all plain copies!""",
    extended(
        SFL,
        sfl(
            Email="cellar.guest@gmail.com",
            FirstName="Hamish",
            LastName="Grant",
            Company="",
            Title="",
            Phone="0417 555 302",
            City="Hobart",
            PostalCode="7000",
            Country="Australia",
        ),
        sfl(
            Email="agent@travelsouth.com.au",
            FirstName="",
            LastName="Travel South",
            Company="Travel South",
            Title="  ",
            Phone="",
            City="",
            PostalCode="",
            Country="Australia",
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
    "h185-29",
    L,
    H,
    """Leads → HubSpot, for the lead status and the unsubscribe flag.

DO:
- HubSpot Lead status ← Salesforce Lead Status:
  Open - Not Contacted → NEW
  Working - Contacted → ATTEMPTED_TO_CONTACT
  Closed - Converted → CONNECTED
  Closed - Not Converted → UNQUALIFIED
  (those are the only four we've got, nothing else comes through)
- Unsubscribed from all email ← Email Opt Out: ticked → the text "true", not ticked → the text "false"
- Email → Email

DON'T:
- Don't send the opt-out as a real true/false - HubSpot wants the words "true" / "false" as text.""",
    extended(
        SFL,
        sfl(Email="tour.guest@gmail.com", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(Email="maybe.later@gmail.com", Status="Open - Not Contacted", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    status = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "ATTEMPTED_TO_CONTACT",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return {
        "email": r["Email"],
        "hs_lead_status": status[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h185-30",
    L,
    H,
    """Trade Leads → HubSpot.

DO:
✓ Lifecycle stage from Rating: Hot → "salesqualifiedlead", Warm → "marketingqualifiedlead", Cold → "lead". (Every Lead has one of those three.)
✓ Annual revenue ← Annual Revenue, as a number.
✓ Email ← Email, all in lower case - HubSpot makes dupes otherwise.

DON'T:
✗ Don't send Annual revenue when the Lead's Annual Revenue is empty (or only spaces) - leave it off, and definitely don't send 0.""",
    extended(
        SFL,
        sfl(Email="Ops@TasWalkingCo.com.au", Rating="Warm", AnnualRevenue="  "),
        sfl(Email="GM@HadleysHotel.COM.AU", Rating="Cold", AnnualRevenue="4100000.25"),
    ),
)
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep(
        {
            "email": r["Email"].lower(),
            "lifecyclestage": stage[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h185-31",
    L,
    H,
    """UK travel agents only - the Scotch-versus-Tassie whisky crowd.

DO:
✓ Only Leads with Country exactly "United Kingdom".
✓ Phone number ← Phone in E.164 for the UK: digits only, drop the leading 0 and put +44 on the front (0131 496 0000 → +441314960000). A number that already starts with "+" keeps its own code - just the "+" and the digits.
✓ Postal code ← Zip/Postal Code in capitals ("eh1 1yz" → "EH1 1YZ").
✓ Job title ← Title; if Title is empty or only spaces → "Travel Consultant".
✓ Email → Email.

DON'T:
✗ Don't send other countries, "united kingdom" in lower case, "UK", or a blank Country.

Heads up: every UK lead has a phone number.""",
    extended(
        SFL,
        sfl(
            Email="fiona@scotchtours.co.uk",
            Country="United Kingdom",
            Phone="0131 496 0000",
            PostalCode="eh1 1yz",
            Title="",
        ),
        sfl(
            Email="ian@maltmiles.co.uk",
            Country="United Kingdom",
            Phone="+44 20 7946 0999",
            PostalCode="sw1a 1aa",
            Title="  ",
        ),
        sfl(
            Email="uk.short@drambreaks.co.uk",
            Country="UK",
            Phone="0161 496 0123",
            PostalCode="m1 1ae",
            Title="",
        ),
        sfl(
            Email="lower@whiskyroutes.co.uk",
            Country="united kingdom",
            Phone="0141 496 0456",
            PostalCode="g1 1xq",
            Title="Owner",
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
        "jobtitle": dflt(r["Title"], "Travel Consultant"),
    }


@case(
    "h185-32",
    L,
    H,
    """Leads → HubSpot contacts, minus the dead ones.

DON'T:
- Don't send Leads with Lead Status "Closed - Not Converted".
- Don't leave a stray ", " at the front of the address when Street is empty.

DO:
- Street address ← Street + ", " + City, e.g. "2 Macquarie St, Hobart". If Street is empty or only spaces, just the City on its own. (City's always filled on these.)
- Company name ← Company; if it's empty or only spaces → "Private Guest".
- Email → Email.""",
    extended(
        SFL,
        sfl(
            Email="guest.one@gmail.com",
            Status="Open - Not Contacted",
            Street="  ",
            City="Hobart",
            Company="",
        ),
        sfl(
            Email="guest.two@gmail.com",
            Status="Working - Contacted",
            Street="2 Macquarie St",
            City="Hobart",
            Company="  ",
        ),
        sfl(
            Email="dead.lead@gmail.com",
            Status="Closed - Not Converted",
            Street="",
            City="Launceston",
            Company="Nope Pty Ltd",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {
        "email": r["Email"],
        "address": addr,
        "company": dflt(r["Company"], "Private Guest"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h185-33",
    C,
    M,
    """Salesforce Contacts → the Mailchimp club audience.

DO:
- Email Address ← Email, all lower case.
- status: Email Opt Out ticked → "unsubscribed", not ticked → "subscribed".
- tags: everyone gets "Distillery Club". If Lead Source is exactly "Trade Show", add "Expo" after it. So it's either ["Distillery Club"] or ["Distillery Club", "Expo"].

DON'T:
- Don't add "Expo" for a blank Lead Source, or for anything that isn't exactly "Trade Show".""",
    extended(
        SFC,
        sfc(Email="Pat.Reilly@Gmail.com", LeadSource="Trade Show", HasOptedOutOfEmail=True),
        sfc(Email="JEN.W@OUTLOOK.COM", LeadSource="trade show", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["Distillery Club"] + (["Expo"] if r["LeadSource"] == "Trade Show" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h185-34",
    C,
    M,
    """SMS audience from Salesforce Contacts.

DON'T:
✗ Don't send Contacts with no Business Phone (empty or just spaces) - no number, no SMS.
✗ Don't mess with the country code on numbers that start with "+" - they keep their own.

DO:
✓ PHONE ← Business Phone in E.164: digits only, "+" in front. No "+" → it's a US number, add +1 (already 11 digits starting with 1 → just the "+").
✓ language ← Mailing Country:
   Australia → "en"
   United States → "en"
   Germany → "de"
   Austria → "de"
   Japan → "ja"
   (only these five ever turn up)
✓ Email Address ← Email.""",
    extended(
        SFC,
        sfc(Email="kate@huonvalley.com.au", Phone="+61 3 6264 0000", MailingCountry="Australia"),
        sfc(Email="no.phone@gmail.com", Phone="  ", MailingCountry="Australia"),
        sfc(Email="ken@whiskyjapan.jp", Phone="+81 3 5555 0123", MailingCountry="Japan"),
        sfc(Email="sam@ustravel.com", Phone="1-503-555-0199", MailingCountry="United States"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Australia": "en",
        "United States": "en",
        "Germany": "de",
        "Austria": "de",
        "Japan": "ja",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h185-35",
    C,
    M,
    """Contacts → Mailchimp, the bar and restaurant trade list.

DO:
- FNAME ← First Name. Empty or only spaces → "Mate" (hey, it's Tassie)
- LNAME ← Last Name, plain copy, empty is fine
- VIP ← true when Title is exactly "Bar Manager", false otherwise
- language = "en" for everyone
- Email Address ← Email

DON'T:
- Don't make a blank Title VIP - that's false. "bar manager" in small letters is false too.""",
    extended(
        SFC,
        sfc(Email="bar@hobarthotel.com.au", FirstName="  ", LastName="Lowe", Title="Bar Manager"),
        sfc(Email="info@therestaurant.com.au", FirstName="", LastName="", Title=" "),
        sfc(Email="kim@cocktailco.com.au", FirstName="Kim", LastName="Ng", Title="bar manager"),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Mate"), "LNAME": r["LastName"]},
        "vip": r["Title"] == "Bar Manager",
        "language": "en",
    }


@case(
    "h185-36",
    C,
    M,
    """Web enquiries from Salesforce Contacts → Mailchimp.

DO:
✓ Only Contacts whose Lead Source is "Web".
✓ Email → Email Address, First Name → FNAME, Last Name → LNAME (as is, empty is fine)
✓ status = "pending"
✓ language = "en"
✓ tags = an empty list [] - we want their old tags cleared out

DON'T:
✗ Don't send any other Lead Source, or a blank one.

Cheers heaps""",
    extended(
        SFC,
        sfc(Email="web.one@gmail.com", FirstName="Olivia", LastName="", LeadSource="Web"),
        sfc(
            Email="phone.in@gmail.com",
            FirstName="Dave",
            LastName="Kerr",
            LeadSource="Phone Inquiry",
        ),
        sfc(Email="blank.src@gmail.com", FirstName="Mel", LastName="Ford", LeadSource="  "),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "pending",
        "language": "en",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h185-37",
    C,
    S,
    """Segment identify from Salesforce Contacts (club members who log into the bookings portal).

DO:
- userId ← Email, all lower case
- traits.firstName ← First Name
- traits.lastName ← Last Name
  (plain copies, empty goes across empty)
- traits.title ← Title

DON'T:
- Don't send an empty title - if Title is blank or only spaces, leave title out.""",
    extended(
        SFC,
        sfc(Email="Hamish.G@Gmail.com", FirstName="Hamish", LastName="", Title="  "),
        sfc(
            Email="SOMMELIER@HOTELGRAND.COM.AU",
            FirstName="",
            LastName="Baxter",
            Title="Head Sommelier",
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
                "title": omit_if_blank(r["Title"]),
            },
        }
    )


@case(
    "h185-38",
    C,
    S,
    """Segment - the address goes under traits.address.

DO:
- traits.address.city ← Mailing City with the spaces trimmed off both ends (a city that's only spaces ends up as an empty "")
- traits.address.country ← Mailing Country; if it's empty or only spaces → "Australia"
- userId ← Email

DON'T:
- Don't trim or change Mailing Country when it's got something in it - send it as is.""",
    extended(
        SFC,
        sfc(Email="pip@gmail.com", MailingCity=" Hobart ", MailingCountry=""),
        sfc(Email="rob@gmail.com", MailingCity="  ", MailingCountry=" Australia"),
        sfc(Email="tess@gmail.com", MailingCity="Launceston", MailingCountry="  "),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Australia"),
            }
        },
    }


@case(
    "h185-39",
    C,
    S,
    """Segment from Contacts - phone, full name and where they came from.

DO:
- traits.phone ← Business Phone in E.164: digits only with a "+" in front. Starts with "+" → keep that code. No "+" → US number, +1 on the front (11 digits starting with 1 → just the "+").
- traits.name ← First Name + " " + Last Name ("Ava Mitchell")
- traits.source ← Lead Source:
   Web → "website"
   Trade Show → "expo"
   Partner Referral → "agent"
   Word of mouth → "cellar_door"
   anything else → "other"
- userId ← Email

DON'T:
- Don't send traits.source empty when Lead Source is blank - blank is "other" as well.""",
    extended(
        SFC,
        sfc(
            Email="ava.m@gmail.com",
            FirstName="Ava",
            LastName="Mitchell",
            LeadSource="Word of mouth",
            Phone="+61 417 555 100",
        ),
        sfc(
            Email="brad@ustours.com",
            FirstName="Brad",
            LastName="Cole",
            LeadSource="Partner Referral",
            Phone="1 (503) 555-0160",
        ),
        sfc(
            Email="zoe.h@gmail.com",
            FirstName="Zoe",
            LastName="Hill",
            LeadSource="Advertisement",
            Phone="503-555-0111",
        ),
    ),
)
def o39(r: R) -> Out:
    source = {
        "Web": "website",
        "Trade Show": "expo",
        "Partner Referral": "agent",
        "Word of mouth": "cellar_door",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "source": source.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h185-40",
    M,
    H,
    """Mailchimp members → HubSpot contacts.

DO:
✓ First name ← FNAME in title case ("MARY ELLEN" → "Mary Ellen")
✓ Phone number ← PHONE merge field, as is
✓ Company name ← COMPANY merge field; if it's empty or only spaces → "Independent"
✓ Unsubscribed from all email ← the text "true" when status is "unsubscribed" or "cleaned", the text "false" for any other status
✓ Email ← Email Address

DON'T:
✗ Don't overwrite Phone number with a blank - if PHONE is empty or just spaces, leave Phone number out.
✗ Don't send the unsubscribe as a real boolean - HubSpot wants the words.""",
    extended(
        MC,
        mc(
            {"FNAME": "MARY ELLEN", "PHONE": "  ", "COMPANY": "  "},
            email_address="mary.ellen@gmail.com",
            status="pending",
        ),
        mc(
            {"FNAME": "dougal", "PHONE": "0418 222 333", "COMPANY": "Bruny Island Cheese"},
            email_address="dougal@brunycheese.com.au",
            status="cleaned",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": title(mf["FNAME"]),
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Independent"),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
        }
    )


@case(
    "h185-41",
    M,
    H,
    """Mailchimp → HubSpot, the club audience.

DON'T:
- Don't send "cleaned" members, their emails bounce.
- Don't overwrite Phone number with an empty value - PHONE blank (empty or spaces) → leave Phone number off.

DO:
- Phone number ← PHONE in E.164: digits with a "+" in front; already has a "+" → keep its code; no "+" → US, put +1 on the front (an 11-digit number starting with 1 just gets the "+").
- Company name ← COMPANY, straight copy (an empty COMPANY goes across empty, that one's fine).
- Lifecycle stage ← "customer" if VIP is true, "subscriber" if it's false.
- Email ← Email Address.""",
    extended(
        MC,
        mc(
            {"PHONE": "1-206-555-0188", "COMPANY": "Seattle Spirits"},
            email_address="orders@seattlespirits.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": ""},
            email_address="new.member@gmail.com",
            status="pending",
            vip=False,
        ),
        mc(
            {"PHONE": "+61 3 6231 5555", "COMPANY": "Old Bar"},
            email_address="bounced@oldbar.com.au",
            status="cleaned",
            vip=True,
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
            "lifecyclestage": "customer" if r["vip"] else "subscriber",
        }
    )


@case(
    "h185-42",
    M,
    H,
    """Last one - Mailchimp members → HubSpot contacts (the emails are all lower case already).

DO:
- First name ← FNAME, first word only ("Mary Kate" → "Mary")
- Company name ← COMPANY; if COMPANY is empty or only spaces, use the part of the Email Address after the @ (jo@huonpubs.com.au → "huonpubs.com.au")
- Lifecycle stage ← "customer" if they've got the tag "Club Member" (exact spelling and capitals), otherwise "subscriber"
- Email ← Email Address

DON'T:
- Don't count "club member" in lower case or near-misses like "Club Members".

Cheers heaps, that's the lot!
Shannon""",
    extended(
        MC,
        mc(
            {"FNAME": "Mary Kate", "COMPANY": "  "},
            email_address="jo@huonpubs.com.au",
            tags=["Newsletter", "Club Member"],
        ),
        mc(
            {"FNAME": "Harry", "COMPANY": ""}, email_address="harry@gmail.com", tags=["club member"]
        ),
        mc(
            {"FNAME": "Nell Rose", "COMPANY": "Salamanca Arts"},
            email_address="nell@salamanca.com.au",
            tags=["Club Members"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Club Member" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set185")
