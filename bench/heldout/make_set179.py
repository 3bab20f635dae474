"""Held-out set 179 for the offline mapping drafter.

Persona: Aroha Ngata, marketing coordinator at a regional tourism board in Wellington, New
Zealand, writing to the integration team. She thinks in spreadsheet formulas: each rule is the
formula she would type into the destination column (=IF(TRIM([Company Name])="",...),
=PROPER([First Name]), =LEFT([Email],FIND("@",[Email])-1), =IFS(...,TRUE,"Other")), with the
source columns in square brackets as they appear in her export, and a short plain-English gloss
after some of them ('(i.e. capitalise each word)'). Where a rule drops a column she says 'leave
the column out if blank'; E.164 numbers, which no formula does neatly, she spells out in words.
NZ English ('Kia ora', 'cheers', 'ta', 'capitalise'); her records are visitors, tourism operators
and i-SITE partners (TRENZ, Wellington On a Plate, Matariki, the cruise season).

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
    "h179-01",
    H,
    L,
    """Kia ora team,

First cab off the rank: the Wellington On a Plate competition entrants, HubSpot contacts into Salesforce Leads. This is what goes in each Lead column:

Email =[Email]
First Name =[First Name]
Last Name =[Last Name]
Company =[Company Name]
Title =[Job Title]
City =[City]
Lead Source ="Web"

The first six are straight references, nothing tidied up - whatever is in the HubSpot cell lands in the Lead exactly as it is, and an empty cell just comes across empty (no filler text). Lead Source is the same "Web" on every row, they all entered through the online form.

Cheers,
Aroha""",
    extended(
        HS,
        hs(
            email="mere.tawhiri@xtra.co.nz",
            firstname="Mere",
            lastname="Tawhiri",
            company="",
            jobtitle="",
            city="Wellington",
        ),
        hs(
            email="josh.barrett@gmail.com",
            firstname="Josh ",
            lastname="Barrett",
            company="  ",
            jobtitle="Cafe Owner",
            city=" Lower Hutt",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Title": r["jobtitle"],
        "City": r["city"],
        "LeadSource": "Web",
    }


@case(
    "h179-02",
    H,
    L,
    """Hi again - second Lead sheet, the i-SITE walk-in enquiry forms. The counter staff type these up by hand so the names have stray spaces at the front and back.

Email  =[Email]   (leave it exactly as it is)
First Name  =TRIM([First Name])   (i.e. strip the spaces off both ends)
Last Name  =TRIM([Last Name])
Company  =IF(TRIM([Company Name])="","Independent Traveller",[Company Name])
Title  =IF(TRIM([Job Title])="","Not supplied",[Job Title])

For Company and Title: a cell that's empty or only spaces gets the words in quotes; anything else goes across untouched - don't trim those two.

Cheers""",
    extended(
        HS,
        hs(
            email="tane.walker@outlook.co.nz",
            firstname=" Tane",
            lastname="Walker ",
            company="   ",
            jobtitle="",
        ),
        hs(
            email="sarah.connor@kiwiadventures.co.nz",
            firstname="Sarah ",
            lastname=" Connor",
            company=" Kiwi Adventures ",
            jobtitle="  ",
        ),
        hs(
            email="ben.okoro@harbourwalks.nz",
            firstname="Ben",
            lastname="Okoro",
            company="Harbour Walks",
            jobtitle=" Guide",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Independent Traveller"),
        "Title": dflt(r["jobtitle"], "Not supplied"),
    }


@case(
    "h179-03",
    H,
    L,
    """Kia ora, Lead sheet number 3 - people who asked for a callback about the Matariki events, so sales need a number to ring.

Phone =IF(TRIM([Phone Number])<>"",[Phone Number],[Mobile Phone Number])
   (i.e. the office phone, or the mobile if the office phone is empty/just spaces; copied exactly as typed, no reformatting). If both are blank, leave the Phone column out of the Lead altogether - don't send an empty one.
First Name =PROPER([First Name])
Last Name =PROPER([Last Name])
   (i.e. capitalise each word and lower-case the rest: "ANNA maree" -> "Anna Maree")
Email =[Email]""",
    extended(
        HS,
        hs(
            email="wiremu.henare@gmail.com",
            firstname="WIREMU",
            lastname="henare",
            phone=" ",
            mobilephone="021 555 0147",
        ),
        hs(
            email="anna.sinclair@gmail.com",
            firstname="anna maree",
            lastname="SINCLAIR",
            phone="",
            mobilephone="  ",
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
    "h179-04",
    H,
    L,
    """Next one: Industry on the Lead. Our HubSpot Industry values don't line up with the Salesforce picklist, so

Industry =IFS([Industry]="Software","Technology",[Industry]="Food","Food & Beverage",[Industry]="Logistics","Transportation",[Industry]="Tourism","Hospitality",[Industry]="Film","Entertainment",TRUE,"Other")

The TRUE,"Other" on the end catches everything else, including rows where Industry is empty. Matches are exact, capitals and all.

Email =LOWER([Email])   (all lower case - the SF duplicate rule trips over capitals)
Last Name =[Last Name]

Cheers,
Aroha""",
    extended(
        HS,
        hs(email="Kiri.Parata@WellyWalks.co.nz", lastname="Parata", industry="Tourism"),
        hs(email="INFO@HARBOURCRUISES.NZ", lastname="Nguyen", industry="  "),
        hs(email="Tom.Reid@FilmTours.co.nz", lastname="Reid", industry="Film"),
        hs(email="Lisa.Ward@WardWines.co.nz", lastname="Ward", industry="Wine"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "Software": "Technology",
        "Food": "Food & Beverage",
        "Logistics": "Transportation",
        "Tourism": "Hospitality",
        "Film": "Entertainment",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "Industry": table.get(r["industry"], "Other"),
    }


@case(
    "h179-05",
    H,
    L,
    """Kia ora - the TRENZ follow-up Leads. Two lots of rows to drop before anything goes near Salesforce:
1. [Unsubscribed from all email]="true" - skip them. Where that cell says "false" or is blank, they stay in.
2. [Lifecycle Stage]="other" - skip, those are our own i-SITE staff test records.

Everyone left gets:
Email =[Email]
Last Name =[Last Name]
Company =[Company Name]
Phone =[Phone Number]
(plain copies, blanks come over blank)
Lead Source ="Trade Show" on every one of them.

Cheers""",
    extended(
        HS,
        hs(
            email="ops@kapitiexplorer.co.nz",
            lastname="Hohaia",
            company="Kapiti Explorer",
            phone="04 555 0199",
            hs_email_optout="false",
            lifecyclestage="other",
        ),
        hs(
            email="bookings@zealandiaecotours.nz",
            lastname="Ferris",
            company="",
            phone="",
            hs_email_optout="  ",
            lifecyclestage="opportunity",
        ),
        hs(
            email="hello@capitalcycles.co.nz",
            lastname="Moana",
            company="Capital Cycles",
            phone="04 555 0110",
            hs_email_optout="true",
            lifecyclestage="lead",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "other":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Phone": r["phone"],
        "LeadSource": "Trade Show",
    }


@case(
    "h179-06",
    H,
    L,
    """Lead Rating for the operator leads, going off headcount:

Rating =IF(TRIM([Number of Employees])="","Warm",IF(VALUE([Number of Employees])>100,"Hot",IF(VALUE([Number of Employees])<10,"Cold","Warm")))

So more than 100 staff is Hot, fewer than 10 is Cold, anything in between is Warm - and a blank headcount (empty or spaces) is Warm as well.

Employees =INT(VALUE([Number of Employees]))   - a whole number, not text. Leave the column out if blank.
Email =[Email]

Ta!""",
    extended(
        HS,
        hs(email="info@tinyboattours.nz", numemployees="3"),
        hs(email="kiaora@nohead.co.nz", numemployees="  "),
        hs(email="groups@bigcoachlines.co.nz", numemployees="1200"),
        hs(email="team@midsizelodge.nz", numemployees="99"),
    ),
)
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n):
        rating = "Warm"
    else:
        v = float(n)
        rating = "Hot" if v > 100 else ("Cold" if v < 10 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(n, lambda x: int(float(x))),
        }
    )


@case(
    "h179-07",
    H,
    L,
    """Kia ora team, these are the US travel-trade leads from the Los Angeles roadshow. Sales want to dial straight out of Salesforce.

Phone - no tidy formula for this one, so in words: take [Phone Number], keep only the digits and put a + in front (E.164). A number that already starts with + keeps its own country code; one without a + is a US number, so +1 goes in front - unless it's already 11 digits starting with 1, then it just gets the +. E.g. (415) 555-0100 -> +14155550100. If [Phone Number] is blank, leave the Phone column out.
City =PROPER([City])   (capitalise each word: "palmerston north" -> "Palmerston North")
Email =[Email]""",
    extended(
        HS,
        hs(email="megan.lowe@pacifictrails.com", phone="1 (303) 555-0134", city="DENVER"),
        hs(email="hamish.grant@gmail.com", phone="  ", city="palmerston north"),
        hs(email="li.wei@travelsino.cn", phone="+86 10 5555 0188", city="beijing"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])}
    )


@case(
    "h179-08",
    H,
    L,
    """Only the Kiwi contacts for this one please - a row goes to Salesforce only if [Country/Region]="New Zealand", spelt exactly like that. Anything else, blank included, stays out.

Email =[Email]
Last Name =UPPER([Last Name])
Description ="Joined "&TEXT([Create Date],"yyyy-mm-dd")&" via "&[Original Source]
   e.g. Joined 2024-02-06 via SOCIAL_MEDIA (Create Date as the date only, year-month-day; Original Source exactly as HubSpot has it)

Cheers, Aroha""",
    extended(
        HS,
        hs(
            email="ngaio.marsh@gmail.com",
            lastname="Marsh",
            country="New Zealand",
            hs_analytics_source="SOCIAL_MEDIA",
            createdate="2024-02-06T12:00:00.000Z",
        ),
        hs(
            email="fiona.mckenzie@xtra.co.nz",
            lastname="McKenzie",
            country="New Zealand",
            hs_analytics_source="OFFLINE",
            createdate="2024-10-21T13:30:00.000Z",
        ),
        hs(
            email="jack.smith@aussieroam.com.au",
            lastname="Smith",
            country="Australia",
            hs_analytics_source="PAID_SEARCH",
            createdate="2024-03-11T12:00:00.000Z",
        ),
        hs(
            email="kiwi.lowercase@gmail.com",
            lastname="Brown",
            country="new zealand",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2024-04-01T12:00:00.000Z",
        ),
        hs(
            email="nowhere@gmail.com",
            lastname="Hill",
            country="  ",
            hs_analytics_source="REFERRALS",
            createdate="2024-05-05T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "New Zealand":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Description": f"Joined {day(r['createdate'])} via {r['hs_analytics_source']}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h179-09",
    H,
    C,
    """Kia ora! On to Salesforce Contacts now - the i-SITE partner staff. Address columns first:

Mailing Street =[Street Address]
Mailing City =[City]
Mailing State/Province =[State/Region]
Mailing Zip/Postal Code =[Postal Code]
Mailing Country =[Country/Region]
Email =[Email]
First Name =[First Name]
Last Name =[Last Name]

Straight copies, no cleaning up. If a HubSpot cell is empty the Contact field gets the same empty value. Please leave the Other address fields alone.""",
    extended(
        HS,
        hs(
            email="hemi.potae@wellingtonisite.nz",
            firstname="Hemi",
            lastname="Potae",
            address="101 Wakefield St",
            city="Wellington",
            state="Wellington",
            zip="6011",
            country="New Zealand",
        ),
        hs(
            email="kate.lyons@martinboroughisite.nz",
            firstname="Kate",
            lastname="Lyons",
            address="  ",
            city="Martinborough",
            state="",
            zip="",
            country="New Zealand ",
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
    "h179-10",
    H,
    C,
    """Two tick-boxes on the Contact:

Email Opt Out =[Unsubscribed from all email]="true"
   i.e. TRUE only when HubSpot has the text "true"; "false" or a blank cell -> FALSE
Do Not Call =AND(TRIM([Phone Number])="",TRIM([Mobile Phone Number])="")
   i.e. TRUE when there's no phone and no mobile at all (empty or just spaces counts as none), FALSE as soon as either one has a number

And the usual:
Email =[Email]
Last Name =[Last Name]

Cheers""",
    extended(
        HS,
        hs(
            email="rangi.parker@gmail.com",
            lastname="Parker",
            phone="  ",
            mobilephone="",
            hs_email_optout="  ",
        ),
        hs(
            email="claire.dunn@xtra.co.nz",
            lastname="Dunn",
            phone="",
            mobilephone="027 555 0102",
            hs_email_optout="true",
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
    "h179-11",
    H,
    C,
    """Salesforce won't save a Contact without a Last Name, and plenty of our visitor sign-ups only gave one name (or none at all), so:

Last Name =IF(TRIM([Last Name])<>"",[Last Name],IF(TRIM([First Name])<>"",[First Name],LEFT([Email],FIND("@",[Email])-1)))

(i.e. the last name; if that's blank, the first name; if that's blank too, the bit of the email before the @ - kiaorakayaks@gmail.com -> kiaorakayaks). Blank = empty or only spaces.
First Name =[First Name]   (plain copy, fine if it's empty)
Email =[Email]""",
    extended(
        lower_emails(HS),
        hs(email="kiaorakayaks@gmail.com", firstname="", lastname=""),
        hs(email="tui.morgan@xtra.co.nz", firstname="Tui", lastname="  "),
        hs(email="cruise.guest42@hotmail.com", firstname="  ", lastname=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"])),
    }


@case(
    "h179-12",
    H,
    C,
    """Kia ora - Mailing Country on the Contact needs to be the three-letter code, not the full name:

Mailing Country =IFS([Country/Region]="New Zealand","NZL",[Country/Region]="Australia","AUS",[Country/Region]="United States","USA",[Country/Region]="Japan","JPN",[Country/Region]="France","FRA",[Country/Region]="Mexico","MEX")
(no catch-all needed, I've checked and those six are the only countries in this export)

Mailing State/Province =UPPER([State/Region])   - leave the column out if blank
Email =[Email]

Cheers""",
    extended(
        HS,
        hs(email="aroha.k@rotoruaisite.nz", country="New Zealand", state="bay of plenty"),
        hs(email="mick.oshea@sydneytravel.com.au", country="Australia", state="nsw"),
        hs(email="pania.reid@gmail.com", country="New Zealand", state="  "),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "New Zealand": "NZL",
        "Australia": "AUS",
        "United States": "USA",
        "Japan": "JPN",
        "France": "FRA",
        "Mexico": "MEX",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h179-13",
    H,
    C,
    """Only contacts with [Lifecycle Stage]="customer" (visitors who've actually booked something through us) go into Contacts this time - every other stage, or a blank one, gets skipped.

Email =LOWER([Email])
Mobile Phone =IF(TRIM([Mobile Phone Number])="",[Phone Number],[Mobile Phone Number])
   (the mobile if they gave one, otherwise the landline; copied as typed)
Contact Description ="Booked visitor - synced from HubSpot"

Ta""",
    extended(
        HS,
        hs(
            email="Rawiri.Kingi@Gmail.com",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="04 555 0123",
        ),
        hs(email="Emma.Clarke@Outlook.co.nz", lifecyclestage="lead", mobilephone="021 555 0166"),
        hs(
            email="SAM.TAYLOR@XTRA.CO.NZ",
            lifecyclestage="customer",
            mobilephone="022 555 0190",
            phone="",
        ),
        hs(email="No.Stage@Gmail.com", lifecyclestage="", mobilephone="021 555 0001"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Booked visitor - synced from HubSpot",
    }


@case(
    "h179-14",
    H,
    C,
    """Contact sheet for the operators' marketing people:

Title =TRIM([Job Title])   (just the spaces off the ends; a cell that's only spaces ends up empty)
Mailing City =PROPER([City])   (i.e. capitalise each word)
Lead Source =IFS([Original Source]="ORGANIC_SEARCH","Web",[Original Source]="PAID_SEARCH","Advertisement",[Original Source]="PAID_SOCIAL","Advertisement",[Original Source]="REFERRALS","External Referral",[Original Source]="EMAIL_MARKETING","Email",[Original Source]="OFFLINE","Trade Show",TRUE,"Other")
   - anything not in that list, and blanks, end up as Other
Email =[Email]

Cheers, Aroha""",
    extended(
        HS,
        hs(
            email="nikau.james@wildwellington.nz",
            jobtitle="  Tour Guide ",
            city="WHANGANUI",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="holly.chen@gmail.com",
            jobtitle="   ",
            city="upper hutt",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="matt.king@kingstours.co.nz",
            jobtitle="Director",
            city="Nelson",
            hs_analytics_source="SOCIAL_MEDIA",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "External Referral",
        "EMAIL_MARKETING": "Email",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "MailingCity": title(r["city"]),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h179-15",
    H,
    M,
    """Kia ora! Mailchimp now - HubSpot contacts into the Visitor Guide audience.

Email Address =[Email]
FNAME =[First Name]
LNAME =[Last Name]
(copies as they are; empty stays empty)
status ="subscribed" for everyone
language =IF(TRIM([Preferred language])="","en",[Preferred language])

Heads up: most of these records don't have a Preferred language at all - the property is missing on lots of them - so missing, empty or just spaces all mean "en".

Cheers""",
    extended(
        HS,
        hs(email="sione.tupou@gmail.com", firstname="Sione", lastname="Tupou", hs_language="to"),
        hs(email="yuna.kim@naver.com", firstname="Yuna", lastname="", hs_language="ko"),
        hs(email="greg.hall@gmail.com", firstname="", lastname="Hall", hs_language="  "),
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
    "h179-16",
    H,
    M,
    """Mailchimp status off the HubSpot unsubscribe column, three ways:

status =IFS([Unsubscribed from all email]="true","unsubscribed",[Unsubscribed from all email]="false","subscribed",TRUE,"pending")
   the TRUE branch is for blank cells (empty or spaces) - those people get the double opt-in email, hence pending
tags ={"Wellington Visitor"}   - just that one tag, on everybody
Email Address =[Email]

Ta""",
    extended(
        HS,
        hs(email="jade.wilson@gmail.com", hs_email_optout=" "),
        hs(email="tom.fraser@fraserfarmstay.co.nz", hs_email_optout="false"),
        hs(email="lucy.ng@outlook.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Wellington Visitor"]}


@case(
    "h179-17",
    H,
    M,
    """Kia ora, tags for the operator newsletter:

"Large Operator" if VALUE([Number of Employees])>50   (a blank headcount doesn't get it)
"Booked" if [Lifecycle Stage]="customer"

Both can apply - then it's "Large Operator" first, "Booked" second. If neither applies, send an empty tag list [].
Email Address =[Email]

Cheers""",
    extended(
        HS,
        hs(email="sales@interislandcoaches.nz", numemployees="75", lifecyclestage="customer"),
        hs(email="hi@smallbnb.co.nz", numemployees=" ", lifecyclestage="customer"),
        hs(email="ops@harbourferries.nz", numemployees="49", lifecyclestage="customer"),
        hs(email="info@zipline.nz", numemployees="60", lifecyclestage=""),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Large Operator")
    if r["lifecyclestage"] == "customer":
        tags.append("Booked")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h179-18",
    H,
    M,
    """Two merge fields for the SMS reminder campaign:

FNAME =LEFT([First Name],FIND(" ",[First Name]&" ")-1)   (i.e. first word only: "Mary Jane" -> "Mary")
PHONE =IF(TRIM([Mobile Phone Number])<>"",[Mobile Phone Number],[Phone Number])
   mobile first, landline if the mobile is blank - and then put into E.164: digits only with a + in front. A number that already starts with + keeps its own country code; one without a + is a US number so +1 goes in front (if it's 11 digits starting with 1, it just gets the +).
Email Address =[Email]""",
    extended(
        HS,
        hs(
            email="mary.jane@gmail.com",
            firstname="Mary Jane",
            mobilephone="  ",
            phone="1-206-555-0171",
        ),
        hs(
            email="ana.lucia@outlook.com",
            firstname="Ana Lucia",
            mobilephone="+64 21 555 0133",
            phone="",
        ),
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
    "h179-19",
    H,
    M,
    """Kia ora - the operator partners audience. Rows with no [Company Name] (empty or only spaces) are individual visitors, so drop those.

For everyone else:
Email Address =[Email]
status ="subscribed"
VIP =[Lifecycle Stage]="evangelist"   (TRUE for our i-SITE partner champions; FALSE for any other stage or a blank one)

Cheers, Aroha""",
    extended(
        HS,
        hs(email="solo.traveller@gmail.com", company="  "),
        hs(email="partners@tepapatours.nz", company="Te Papa Tours", lifecyclestage="evangelist"),
        hs(email="info@cablecarco.nz", company="Wellington Cable Car Co", lifecyclestage=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "evangelist",
    }


@case(
    "h179-20",
    H,
    M,
    """Mailchimp again:

FNAME =PROPER([First Name])   (i.e. capitalise each word)
LNAME =IF(TRIM([Last Name])="",MID([Email],FIND("@",[Email])+1,100),[Last Name])
   i.e. the last name as it is, or if that's blank the email domain after the @ (info@rimutakatrails.nz -> rimutakatrails.nz) so we can tell which operator it is
VIP =IF(VALUE([Annual Revenue])>1000000,TRUE,FALSE)   - a blank revenue is FALSE
Email Address =[Email]""",
    extended(
        lower_emails(HS),
        hs(email="kiaora@harbourkayaks.co.nz", firstname="HANA", lastname="", annualrevenue="  "),
        hs(
            email="info@rimutakatrails.nz",
            firstname="james paul",
            lastname="  ",
            annualrevenue="1500000",
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
        "vip": gt(r["annualrevenue"], 1_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h179-21",
    H,
    S,
    """Segment identify calls from HubSpot please:

userId =LOWER([Email])
traits.firstName =[First Name]
traits.lastName =[Last Name]   (straight copies, empty comes across empty)
traits.location =[City]&", "&[Country/Region]   e.g. Petone, New Zealand

Ta""",
    extended(
        HS,
        hs(
            email="Manaia.Rewi@Gmail.com",
            firstname="Manaia",
            lastname="Rewi",
            city="Wellington",
            country="New Zealand",
        ),
        hs(
            email="HELLO@CUBAGIGS.CO.NZ",
            firstname="Lucy",
            lastname="",
            city="Petone",
            country="New Zealand",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "location": f"{r['city']}, {r['country']}",
        },
    }


@case(
    "h179-22",
    H,
    S,
    """Kia ora, for Segment I need the company details as a nested object, traits.company.*, not flat traits:

traits.company.name =IF(TRIM([Company Name])="","Independent",[Company Name])
traits.company.industry =[Industry]   - leave it out if blank
traits.company.employee_count =INT(VALUE([Number of Employees]))   - whole number; leave it out if blank
userId =[Email]

Cheers""",
    extended(
        HS,
        hs(email="freya.lund@gmail.com", company="  ", industry="", numemployees="  "),
        hs(
            email="sales@interislanderpartners.nz",
            company="Interislander Partners",
            industry="Tourism",
            numemployees="420",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Independent"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h179-23",
    H,
    S,
    """Segment address and phone:

traits.address.city =[City]
traits.address.country =[Country/Region]
traits.address.postalCode =[Postal Code]   (leave the column out if blank)
(all three nested under traits.address; city and country are straight copies)

traits.phone =IF(TRIM([Phone Number])<>"",[Phone Number],[Mobile Phone Number]) in E.164 - digits only with a leading +; keep the country code if it already starts with +, otherwise it's a US number so +1 (an 11-digit number starting with 1 just gets the +). If both are blank, no traits.phone at all.
userId =[Email]""",
    extended(
        HS,
        hs(
            email="oliver.baker@gmail.com",
            city="Wellington",
            country="New Zealand",
            zip="  ",
            phone="",
            mobilephone="",
        ),
        hs(
            email="jenna.cole@oregontrips.com",
            city="Eugene",
            country="United States",
            zip="97401",
            phone=" ",
            mobilephone="1 541 555 0112",
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
    "h179-24",
    H,
    S,
    """Kia ora - one more identify call, from the cruise-ship visitor sign-ups (the tablet form adds spaces around the email, annoyingly).

userId =LOWER(TRIM([Email]))   (spaces off the ends, then all lower case)
traits.title =[Job Title]   (copy, blank stays blank)
traits.marketingConsent =[Unsubscribed from all email]<>"true"
   i.e. TRUE when the cell says "false" or is blank, FALSE only when it says "true" - a real true/false, not text
traits.annualRevenue =VALUE([Annual Revenue])   - as a number; leave it out if blank

Cheers""",
    extended(
        HS,
        hs(email="  Pita.Sharp@Gmail.com ", jobtitle="", hs_email_optout="  ", annualrevenue="  "),
        hs(
            email="Info@ZooTours.co.nz ",
            jobtitle="Marketing",
            hs_email_optout="true",
            annualrevenue="350000.50",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "marketingConsent": r["hs_email_optout"] != "true",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h179-25",
    H,
    G,
    """GA4 Measurement Protocol, one event per contact:

client_id =[Email]
event name ="crm_visitor_sync"
params.crm ="hubspot"
params.stage =[Lifecycle Stage]   (copy)
params.source =IF(TRIM([Original Source])="","unknown",LOWER([Original Source]))   i.e. lower case, and "unknown" when it's blank
params.created =TEXT([Create Date],"yyyy-mm-dd")   (just the date)

Ta, Aroha""",
    extended(
        HS,
        hs(
            email="amelia.ross@gmail.com",
            hs_analytics_source="  ",
            createdate="2024-09-09T12:15:00.000Z",
            lifecyclestage="lead",
        ),
        hs(
            email="noah.tane@xtra.co.nz",
            hs_analytics_source="SOCIAL_MEDIA",
            createdate="2024-11-11T13:00:00.000Z",
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
                "name": "crm_visitor_sync",
                "params": {
                    "crm": "hubspot",
                    "stage": r["lifecyclestage"],
                    "source": "unknown" if blank(src) else src.lower(),
                    "created": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h179-26",
    H,
    G,
    """Kia ora - a GA4 event for the bigger operators only. A row goes through only where VALUE([Number of Employees])>20; a blank headcount doesn't count, leave those out.

client_id =LEFT([Email],FIND("@",[Email])-1)   (the part of the email before the @)
event name ="operator_profile"
params.employees =VALUE([Number of Employees])   (as a number)

Cheers""",
    extended(
        lower_emails(HS),
        hs(email="groups@bigcoachlines.co.nz", numemployees="300"),
        hs(email="hello@twopersontours.nz", numemployees="5"),
        hs(email="info@unknownsize.nz", numemployees="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "operator_profile", "params": {"employees": num(r["numemployees"])}}],
    }


@case(
    "h179-27",
    H,
    G,
    """GA4 again - the event name depends on whether they've booked:

event name =IF([Lifecycle Stage]="customer","visitor_booked","visitor_enquiry")   (any other stage, or a blank stage, is visitor_enquiry)
client_id =[Email]
params.city =IF(TRIM([City])="","Wellington",[City])
params.country =[Country/Region]   (copy, empty stays empty)""",
    extended(
        HS,
        hs(email="isla.grey@gmail.com", lifecyclestage="", city="  ", country="New Zealand"),
        hs(email="leo.marino@outlook.com", lifecyclestage="customer", city="Napier", country=""),
    ),
)
def o27(r: R) -> Out:
    name = "visitor_booked" if r["lifecyclestage"] == "customer" else "visitor_enquiry"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Wellington"), "country": r["country"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h179-28",
    L,
    H,
    """Kia ora! Other direction now: Salesforce Leads back into HubSpot contacts.

Email =[Email]
First Name =[First Name]
Last Name =[Last Name]
Company Name =[Company]
Job Title =[Title]
Phone Number =[Phone]
City =[City]
Postal Code =[Zip/Postal Code]
Country/Region =[Country]

All plain copies, no tidying. Where the Lead field is empty, the HubSpot property gets the same empty value.

Cheers""",
    extended(
        SFL,
        sfl(
            Email="marama.davis@wellyeats.co.nz",
            FirstName="Marama",
            LastName="Davis",
            Company="",
            Title="  ",
            Phone="",
            City="Wellington",
            PostalCode="6021",
            Country="New Zealand",
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
    "h179-29",
    L,
    H,
    """HubSpot Lead Status from the Salesforce one:

Lead Status =IFS([Lead Status]="Open - Not Contacted","NEW",[Lead Status]="Working - Contacted","ATTEMPTED_TO_CONTACT",[Lead Status]="Closed - Converted","CONNECTED",[Lead Status]="Closed - Not Converted","UNQUALIFIED")
(those four are all we use, so no catch-all)
Unsubscribed from all email =IF([Email Opt Out],"true","false")   - as the text "true" or "false", which is what HubSpot wants
Email =[Email]""",
    extended(
        SFL,
        sfl(Email="ella.grant@gmail.com", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(
            Email="kauri.hapi@xtra.co.nz", Status="Closed - Not Converted", HasOptedOutOfEmail=False
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
    "h179-30",
    L,
    H,
    """Kia ora - HubSpot Lead Status off the Lead Rating this time:

Lead Status =IFS([Rating]="Hot","CONNECTED",[Rating]="Warm","IN_PROGRESS",[Rating]="Cold","OPEN")
(every lead has a rating, nothing else turns up)
Annual Revenue =VALUE([Annual Revenue])   - as a number; leave the column out if blank
Email =LOWER([Email])

Cheers""",
    extended(
        SFL,
        sfl(Email="Nikau.Brown@KapitiCoastTours.co.nz", Rating="Cold", AnnualRevenue="  "),
        sfl(Email="Ruby.Ellis@Gmail.COM", Rating="Warm", AnnualRevenue="95000.5"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "CONNECTED", "Warm": "IN_PROGRESS", "Cold": "OPEN"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h179-31",
    L,
    H,
    """UK agents only for this one - a Lead is sent only where [Country]="United Kingdom". Other countries, or no country, skip.

Phone Number: [Phone] in E.164 for the UK - digits only, drop the leading 0 and put +44 in front (020 7946 0321 -> +442079460321). If it already starts with +, keep its own code and just the digits after it.
Postal Code =UPPER([Zip/Postal Code])
Job Title =IF(TRIM([Title])="","Travel Agent",[Title])
Email =[Email]

Ta""",
    extended(
        SFL,
        sfl(
            Email="olivia.hughes@britventures.co.uk",
            Country="United Kingdom",
            Phone="0161 496 0753",
            PostalCode="m1 1ae",
            Title="",
        ),
        sfl(
            Email="george.patel@longhaul.co.uk",
            Country="United Kingdom",
            Phone="+44 20 7946 0958",
            PostalCode="ec1a 1bb",
            Title="  ",
        ),
        sfl(
            Email="kiwi.agent@flightcentre.co.nz",
            Country="New Zealand",
            Phone="+64 4 555 0100",
            PostalCode="6011",
            Title="Agent",
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
        "jobtitle": dflt(r["Title"], "Travel Agent"),
    }


@case(
    "h179-32",
    L,
    H,
    """Kia ora, Leads into HubSpot, but leave out anything with [Lead Status]="Closed - Not Converted".

Street Address =[Street]&", "&[City]   e.g. 45 Cuba St, Wellington - if City is blank (empty or spaces), just the Street on its own, no comma
Company Name =IF(TRIM([Company])="","Private Traveller",[Company])
Email =[Email]

Cheers""",
    extended(
        SFL,
        sfl(
            Email="mia.thompson@gmail.com",
            Status="Working - Contacted",
            Street="45 Cuba St",
            City="  ",
            Company="",
        ),
        sfl(
            Email="sam.rata@orientalbaytours.nz",
            Status="Open - Not Contacted",
            Street="12 Oriental Pde",
            City="Wellington",
            Company="  ",
        ),
        sfl(
            Email="dead.lead@nowhere.nz",
            Status="Closed - Not Converted",
            Street="1 Lambton Quay",
            City="Wellington",
            Company="Nowhere Ltd",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["City"]) else f"{r['Street']}, {r['City']}"
    return {
        "email": r["Email"],
        "address": addr,
        "company": dflt(r["Company"], "Private Traveller"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h179-33",
    C,
    M,
    """Salesforce Contacts into Mailchimp (the i-SITE network list):

Email Address =LOWER([Email])
status =IF([Email Opt Out],"unsubscribed","subscribed")
tags: "i-SITE Network" on everyone, and if [Lead Source]="Trade Show" add "TRENZ" after it
   i.e. ["i-SITE Network"] or ["i-SITE Network","TRENZ"]

Cheers, Aroha""",
    extended(
        SFC,
        sfc(
            Email="Kahu.Nikora@NapierISITE.co.nz", LeadSource="Trade Show", HasOptedOutOfEmail=False
        ),
        sfc(Email="JO.BLAKE@GMAIL.COM", LeadSource="", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["i-SITE Network"] + (["TRENZ"] if r["LeadSource"] == "Trade Show" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h179-34",
    C,
    M,
    """Kia ora - SMS audience from Salesforce Contacts. No [Business Phone] (empty or only spaces) means not in the audience, skip them.

PHONE: [Business Phone] in E.164 - digits only with + in front; if it starts with + already, keep its country code; no + means a US number so +1 (if it's 11 digits starting with 1, just the +)
language =IFS([Mailing Country]="New Zealand","en",[Mailing Country]="United States","en",[Mailing Country]="Germany","de",[Mailing Country]="Austria","de",[Mailing Country]="Japan","ja")
   (those five are the only countries we've got, no catch-all)
Email Address =[Email]""",
    extended(
        SFC,
        sfc(
            Email="tama.wright@wellingtonisite.nz",
            Phone="+64 4 555 0177",
            MailingCountry="New Zealand",
        ),
        sfc(Email="no.phone@gmail.com", Phone="   ", MailingCountry="New Zealand"),
        sfc(
            Email="kai.akana@hawaiitravel.com",
            Phone="1 808 555 0123",
            MailingCountry="United States",
        ),
        sfc(Email="haruto.sato@jtbnz.jp", Phone="+81 3 5555 0144", MailingCountry="Japan"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "New Zealand": "en",
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
    "h179-35",
    C,
    M,
    """Contacts into Mailchimp for the partner update:

FNAME =IF(TRIM([First Name])="","Traveller",[First Name])
LNAME =[Last Name]   (copy, empty is fine)
VIP =[Department]="Partnerships"   (TRUE for our partnerships people; any other department, or an empty one, is FALSE)
status ="subscribed"
Email Address =[Email]

Ta""",
    extended(
        SFC,
        sfc(
            Email="rose.henare@partners.co.nz",
            FirstName="  ",
            LastName="Henare",
            Department="Partnerships",
        ),
        sfc(Email="jim.cook@gmail.com", FirstName="", LastName="", Department="  "),
        sfc(
            Email="anahera.smith@isite.nz",
            FirstName="Anahera",
            LastName="Smith",
            Department="Partnerships",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Traveller"), "LNAME": r["LastName"]},
        "vip": r["Department"] == "Partnerships",
        "status": "subscribed",
    }


@case(
    "h179-36",
    C,
    M,
    """Kia ora - only Contacts where [Lead Source]="Web" go into this audience; any other source, or none, skip.

Email Address =[Email]
FNAME =[First Name]
LNAME =[Last Name]
(copied as they are, blanks too)
status ="pending"
language ="en"
tags = an empty list [] - we want their old tags cleared off

Cheers""",
    extended(
        SFC,
        sfc(Email="ella.watson@gmail.com", FirstName="Ella", LastName="", LeadSource="Web"),
        sfc(Email="ray.tuck@tuckstours.nz", FirstName="Ray", LastName="Tuck", LeadSource="Email"),
        sfc(Email="blank.source@gmail.com", FirstName="Zoe", LastName="Park", LeadSource="  "),
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
    "h179-37",
    C,
    S,
    """Segment identify from Salesforce Contacts:

userId =LOWER([Email])
traits.firstName =[First Name]
traits.lastName =[Last Name]
traits.department =[Department]
(those three are straight copies, blank stays blank)
traits.title =[Title]   - but leave the column out if blank

Cheers""",
    extended(
        SFC,
        sfc(
            Email="Mihi.Kereama@Gmail.com",
            FirstName="Mihi",
            LastName="Kereama",
            Title="  ",
            Department="",
        ),
        sfc(
            Email="ADAM.FOX@HUTTVALLEYTOURS.CO.NZ",
            FirstName="Adam",
            LastName="Fox",
            Title="Owner",
            Department="Operations",
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
                "department": r["Department"],
                "title": omit_if_blank(r["Title"]),
            },
        }
    )


@case(
    "h179-38",
    C,
    S,
    """Kia ora, address traits for Segment, nested under traits.address:

traits.address.city =TRIM([Mailing City])   (spaces off both ends only)
traits.address.country =IF(TRIM([Mailing Country])="","New Zealand",[Mailing Country])
userId =[Email]

Ta""",
    extended(
        SFC,
        sfc(Email="liam.te.ao@gmail.com", MailingCity=" Wellington ", MailingCountry=""),
        sfc(Email="sophie.ball@nelsonisite.nz", MailingCity="Nelson", MailingCountry="  "),
        sfc(Email="mark.lee@gmail.com.au", MailingCity="  ", MailingCountry="Australia"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "New Zealand"),
            }
        },
    }


@case(
    "h179-39",
    C,
    S,
    """Segment from Contacts, three traits:

traits.phone: [Business Phone] in E.164 - only digits, + at the front; keep the code if it's already got a +, otherwise it's a US number so +1 (11 digits starting with 1 just gets the +)
traits.name =[First Name]&" "&[Last Name]
traits.partnerType =IFS([Lead Source]="Partner Referral","i-SITE partner",[Lead Source]="Trade Show","trade",[Lead Source]="Web","online",TRUE,"direct")
   - anything else, blank included, is "direct"
userId =[Email]

Cheers, Aroha""",
    extended(
        SFC,
        sfc(
            Email="whetu.marino@kapitiisite.nz",
            FirstName="Whetu",
            LastName="Marino",
            LeadSource="Partner Referral",
            Phone="+64 4 555 0188",
        ),
        sfc(
            Email="dan.price@pricetravel.com",
            FirstName="Dan",
            LastName="Price",
            LeadSource="Advertisement",
            Phone="1 (503) 555-0109",
        ),
        sfc(
            Email="amy.fong@gmail.com",
            FirstName="Amy",
            LastName="Fong",
            LeadSource="  ",
            Phone="971-555-0150",
        ),
    ),
)
def o39(r: R) -> Out:
    kind = {"Partner Referral": "i-SITE partner", "Trade Show": "trade", "Web": "online"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "partnerType": kind.get(r["LeadSource"], "direct"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h179-40",
    M,
    H,
    """Kia ora! Last bit: Mailchimp members into HubSpot contacts.

First Name =PROPER([First Name])
Last Name =PROPER([Last Name])
   (the FNAME / LNAME merge fields; capitalise each word, rest lower case)
Phone Number =[Phone Number]   (the PHONE merge field, copied as is - leave the column out if blank)
Company Name =IF(TRIM([Company])="","Independent Traveller",[Company])   (the COMPANY merge field)
Unsubscribed from all email =IF([Status]="unsubscribed","true","false")   as text, "true" or "false" - every other status is "false"
Email =[Email Address]

Cheers""",
    extended(
        MC,
        mc(
            {"FNAME": "MERE", "LNAME": "paewai", "PHONE": "  ", "COMPANY": "  "},
            email_address="mere.paewai@gmail.com",
            status="pending",
        ),
        mc(
            {
                "FNAME": "kirsty anne",
                "LNAME": "DOUGLAS",
                "PHONE": "04 555 0155",
                "COMPANY": "Zest Food Tours",
            },
            email_address="kirsty@zestfoodtours.co.nz",
            status="unsubscribed",
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
            "company": dflt(mf["COMPANY"], "Independent Traveller"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h179-41",
    M,
    H,
    """Mailchimp into HubSpot, skipping the bounced ones: any member whose status is "cleaned" stays out.

Phone Number: the PHONE merge field in E.164 - digits only with a +; keep the code if it starts with +, otherwise it's US so +1 (11 digits starting with 1 just gets the +). Leave the column out if PHONE is blank.
Company Name =[Company]   (the COMPANY merge field, copied as is)
Lifecycle Stage =IF([VIP],"customer","lead")   (VIP members are customer, everyone else lead)
Email =[Email Address]

Ta, Aroha""",
    extended(
        MC,
        mc(
            {"PHONE": "1 415 555 0177", "COMPANY": "Wellington Wine Walks"},
            email_address="hello@winewalks.co.nz",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": ""},
            email_address="pat.quinn@gmail.com",
            status="subscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "+64 21 555 0144", "COMPANY": "Bounce Ltd"},
            email_address="gone@bounce.nz",
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
            "lifecyclestage": "customer" if r["vip"] else "lead",
        }
    )


@case(
    "h179-42",
    M,
    H,
    """Kia ora - last one.

First Name =LEFT([First Name],FIND(" ",[First Name]&" ")-1)   (the FNAME merge field, first word only)
Company Name =IF(TRIM([Company])="",MID([Email Address],FIND("@",[Email Address])+1,100),[Company])
   i.e. the COMPANY merge field, or if that's blank the email's domain (everything after the @)
Lifecycle Stage ="evangelist" if the member's tags include "i-SITE Partner" (exactly that, capitals and all), otherwise "subscriber"
Email =[Email Address]

Cheers heaps""",
    extended(
        MC,
        mc(
            {"FNAME": "Mary Anne", "COMPANY": "  "},
            email_address="maryanne@capitalcityguides.co.nz",
            tags=["Newsletter", "i-SITE Partner"],
        ),
        mc(
            {"FNAME": "Rua", "COMPANY": ""},
            email_address="rua@wairarapawines.nz",
            tags=["i-site partner"],
        ),
        mc(
            {"FNAME": "Tipene James", "COMPANY": "Kapiti Island Nature Tours"},
            email_address="tipene@kapitinature.nz",
            tags=["i-SITE Partner"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "evangelist" if "i-SITE Partner" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set179")
