"""Held-out set 173 for the offline mapping drafter.

Persona: Ingrid Solberg, marketing automation manager at a ferry company in Bergen, Norway
(Hordaland Kystferjer AS), writing to the integration team. She writes each mapping as a
two-column 'Field | What to do' plain-text table, with pipes or tabs and columns that are
sometimes aligned and sometimes ragged, followed by a short 'Rules' paragraph in slightly formal
Scandinavian English: 'please observe', 'it shall', 'in case of', 'kindly note'. Now and then a
field name carries a Norwegian gloss in parentheses ('Last Name (etternavn)', 'Mailing City
(poststed)'), and a value table sits below the main table. Her records are passengers, travel
agencies, freight customers and cruise partners; numbers without '+' come from North American
partners, Norwegian ones are written with +47.

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
Every text names the destination's match key (authoring.MATCH_KEY_NOTE).
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
    "h173-01-group-travel-enquiries-copy",
    H,
    L,
    """Hello,

Here is the first mapping, for the group travel enquiries: HubSpot contacts to Salesforce Leads.

Salesforce field | What to do
Email | copy HubSpot Email
First Name (fornavn) | copy HubSpot First Name
Last Name (etternavn) | copy HubSpot Last Name
Company | copy HubSpot Company Name
Title | copy HubSpot Job Title
Mobile Phone | copy HubSpot Mobile Phone Number
City | copy HubSpot City
Country | copy HubSpot Country/Region
Lead Source | always the fixed value "Web"
Lead Status | always "Open - Not Contacted"

Rules: Please observe that every copy shall be exact, with no trimming and no change of capital
letters. In case the HubSpot field is empty, the Lead field shall also be sent as empty text; it
shall not be left out, and no default is wanted.

Best regards,
Ingrid Solberg
Marketing Automation, Hordaland Kystferjer AS""",
    extended(
        HS,
        hs(
            email="sigrid.haugland@fjordreiser.no",
            firstname="Sigrid",
            lastname="Haugland",
            company="Fjordreiser AS",
            jobtitle="",
            mobilephone="+47 912 34 567",
            city="Bergen",
            country="Norway",
        ),
        hs(
            email="ola.nordmann@gmail.com",
            firstname=" Ola",
            lastname="Nordmann ",
            company="  ",
            jobtitle="  ",
            mobilephone="",
            city="BERGEN",
            country="",
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
        "MobilePhone": r["mobilephone"],
        "City": r["city"],
        "Country": r["country"],
        "LeadSource": "Web",
        "Status": "Open - Not Contacted",
    }


@case(
    "h173-02-checkin-form-defaults-trim",
    H,
    L,
    """HubSpot contacts -> Salesforce Lead, from the web check-in form

Field          | What to do
Email          | copy from HubSpot Email, untouched
First Name     | HubSpot First Name, trimmed (spaces before and after removed)
Last Name      | HubSpot Last Name, trimmed the same way
Company        | HubSpot Company Name; if empty, put "Private Traveller"
Title          | HubSpot Job Title; if empty, put "Not specified"

Rules
Kindly note that "empty" here means no value at all or only spaces. When Company Name or Job Title
do have a value, it shall be copied exactly as it stands, without trimming. Salesforce refuses a
Lead without Company, hence the default.""",
    extended(
        HS,
        hs(
            email="bjorn.eide@hotmail.no",
            firstname="  Bjørn",
            lastname="Eide  ",
            company="",
            jobtitle="   ",
        ),
        hs(
            email="kari.lunde@bergenbuss.no",
            firstname="Kari ",
            lastname=" Lunde",
            company=" Bergen Buss AS",
            jobtitle="Innkjøper",
        ),
        hs(
            email="geir.tangen@tangenfisk.no",
            firstname="Geir",
            lastname="Tangen",
            company="   ",
            jobtitle="Daglig leder ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Private Traveller"),
        "Title": dflt(r["jobtitle"], "Not specified"),
    }


@case(
    "h173-03-callback-list-mobile-first",
    H,
    L,
    """Hi,
Mapping for the callback list (HubSpot -> Salesforce Lead). Our customer service wants a number they can ring.

Field\tWhat to do
Email\tcopy HubSpot Email
First Name\tHubSpot First Name in title case
Last Name\tHubSpot Last Name in title case
Mobile Phone\tHubSpot Mobile Phone Number; in case it is empty, take Phone Number instead

Rules: title case means each word begins with a capital letter and the rest of the word is in
small letters ("SOLVEIG marie" becomes "Solveig Marie"). The phone number shall be copied as it
stands, no formatting. In case both Mobile Phone Number and Phone Number are empty, Mobile Phone
shall be left out of the Lead entirely (not sent as empty).""",
    extended(
        HS,
        hs(
            email="trond.vik@vikfrakt.no",
            firstname="TROND",
            lastname="vik",
            mobilephone="  ",
            phone="55 30 12 00",
        ),
        hs(
            email="astrid.moe@online.no",
            firstname="astrid marie",
            lastname="MOE",
            mobilephone="",
            phone=" ",
        ),
        hs(
            email="sverre.lid@lid.no",
            firstname="Sverre",
            lastname="LID",
            mobilephone="+47 481 22 930",
            phone="55 11 00 00",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
        }
    )


@case(
    "h173-04-freight-industry-table",
    H,
    L,
    """HubSpot contact -> Salesforce Lead (freight customers)

Salesforce field | What to do
Email | HubSpot Email in lower case (small letters only)
Last Name | copy HubSpot Last Name
Industry | translate HubSpot Industry with the table below

HubSpot Industry | Salesforce Industry
Software  | Technology
Logistics | Shipping
Food      | Food & Beverage
Design    | Media
Fishing   | Agriculture

Rules: Any other Industry value, and also an empty Industry, shall become "Other". Please observe
that the values must match exactly as written above, capital letters included.""",
    extended(
        HS,
        hs(email="Hilde.Brekke@Brekke-Sjomat.NO", lastname="Brekke", industry="Fishing"),
        hs(email="ERLEND.STRAND@GMAIL.COM", lastname="Strand", industry="  "),
        hs(email="Marit.Holm@Holmfrakt.no", lastname="Holm", industry="logistics"),
        hs(email="Post@Fjordhotellet.no", lastname="Rygg", industry="Tourism"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "Software": "Technology",
        "Logistics": "Shipping",
        "Food": "Food & Beverage",
        "Design": "Media",
        "Fishing": "Agriculture",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "Industry": table.get(r["industry"], "Other"),
    }


@case(
    "h173-05-leads-not-customers-not-unsubscribed",
    H,
    L,
    """Salesforce Lead import from HubSpot. Two groups shall NOT be sent:
1) contacts with Lifecycle Stage (livsløpsfase) = customer - they belong in Contacts, not Leads
2) contacts where Unsubscribed from all email is "true"

Field | What to do
Email | copy HubSpot Email
Last Name | copy HubSpot Last Name
Company | copy HubSpot Company Name
City | copy HubSpot City
Lead Status | fixed value "Open - Not Contacted"

Rules: A contact whose Unsubscribed from all email is "false" or empty is not stopped; it shall be
sent. The copies are exact; an empty Company Name or City is sent as empty.""",
    extended(
        HS,
        hs(
            email="lars.fosse@fosse-transport.no",
            lastname="Fosse",
            company="Fosse Transport AS",
            city="Florø",
            lifecyclestage="lead",
            hs_email_optout="",
        ),
        hs(
            email="ingvild.ruud@ruud.no",
            lastname="Ruud",
            company="",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
        hs(
            email="per.aas@gmail.com",
            lastname="Aas",
            company="  ",
            city="Voss",
            lifecyclestage="opportunity",
            hs_email_optout="true",
        ),
        hs(
            email="marta.sel@selreiser.no",
            lastname="Sel",
            company="  ",
            city="",
            lifecyclestage="evangelist",
            hs_email_optout="  ",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "City": r["city"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h173-06-rating-by-revenue",
    H,
    L,
    """Field     | What to do
Email     | copy from HubSpot Email
Rating    | decided from HubSpot Annual Revenue, see rules
Employees | HubSpot Number of Employees as a whole number (integer, not text)

Rules: Rating shall be "Hot" when Annual Revenue is more than 5 000 000, "Cold" when it is less
than 1 000 000, and "Warm" for everything in between. In case Annual Revenue is empty, Rating
shall be "Cold". In case Number of Employees is empty, please leave Employees out of the Lead.""",
    extended(
        HS,
        hs(email="post@hardangerbaat.no", annualrevenue="5000000.01", numemployees="61"),
        hs(email="kontor@smaabaat.no", annualrevenue="999999", numemployees="  "),
        hs(email="booking@kystpuls.no", annualrevenue="  ", numemployees="7"),
    ),
)
def o06(r: R) -> Out:
    rv = r["annualrevenue"]
    if blank(rv):
        rating = "Cold"
    else:
        v = float(rv)
        rating = "Hot" if v > 5_000_000 else ("Cold" if v < 1_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h173-07-cruise-partners-e164",
    H,
    L,
    """HubSpot -> Salesforce Lead, the cruise partner contacts.

Field\tWhat to do
Email\tcopy HubSpot Email
Phone\tHubSpot Phone Number in E.164 format
City\tHubSpot City in title case

Rules: E.164 shall be a "+" followed by digits only. A number that already begins with "+" keeps
its own country code. A number without "+" is a North American number from our US cruise
partners, so put +1 in front; if such a number already has 11 digits starting with 1, only add
the "+". In case Phone Number is empty, leave Phone out. Title case: first letter of each word
capital, the rest small ("NEW YORK" -> "New York").""",
    extended(
        HS,
        hs(email="j.olsen@alaskacruise.com", phone="1 907 555 0142", city="JUNEAU"),
        hs(email="siri.dahl@dahl.no", phone="+47 55 55 01 23", city="bergen"),
        hs(email="ingen.telefon@fjord.no", phone="   ", city="stord"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])}
    )


@case(
    "h173-08-norway-only-source-description",
    H,
    L,
    """Only Norwegian contacts for this one, please: Country/Region (land) must be exactly "Norway".
Contacts with any other country, an empty country or another spelling (for example "NORWAY")
shall not be sent.

Salesforce Lead field | What to do
Email | copy HubSpot Email
Last Name | HubSpot Last Name in upper case (capital letters)
Description | the text "Source: ", then Original Source, then ", created ", then Create Date as YYYY-MM-DD

Rules: an example of a Description: Source: OFFLINE, created 2024-02-12""",
    extended(
        HS,
        hs(
            email="oddvar.odegard@kystlink.no",
            lastname="Ødegård",
            country="Norway",
            hs_analytics_source="OFFLINE",
            createdate="2024-02-12T12:00:00.000Z",
        ),
        hs(
            email="linn.berg@gmail.com",
            lastname="Berg",
            country="Norway",
            hs_analytics_source="PAID_SOCIAL",
            createdate="2024-08-30T11:20:00.000Z",
        ),
        hs(
            email="sven.karlsson@sjofart.se",
            lastname="Karlsson",
            country="Sweden",
            hs_analytics_source="REFERRALS",
            createdate="2024-03-01T12:00:00.000Z",
        ),
        hs(
            email="tor.hauge@hauge.no",
            lastname="Hauge",
            country="NORWAY",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2024-04-04T12:30:00.000Z",
        ),
        hs(
            email="ukjent.land@gmail.com",
            lastname="Vang",
            country="  ",
            hs_analytics_source="ORGANIC_SEARCH",
            createdate="2024-06-06T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Norway":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Description": f"Source: {r['hs_analytics_source']}, created {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h173-09-timetable-mailing-address",
    H,
    C,
    """Hei,

HubSpot contacts -> Salesforce Contact, with the postal address for the printed timetable mailing.

Salesforce Contact field | What to do
Email | copy HubSpot Email
First Name | copy HubSpot First Name
Last Name | copy HubSpot Last Name
Title | copy HubSpot Job Title
Business Phone | copy HubSpot Phone Number
Mailing Street (gateadresse) | copy HubSpot Street Address
Mailing City (poststed) | copy HubSpot City
Mailing State/Province (fylke) | copy HubSpot State/Region
Mailing Zip/Postal Code (postnummer) | copy HubSpot Postal Code
Mailing Country | copy HubSpot Country/Region

Rules: All fields are plain copies; kindly do not trim or change letters. An empty value in
HubSpot shall be written as empty. The Other address fields shall not be touched.

Vennlig hilsen / Best regards,
Ingrid""",
    extended(
        HS,
        hs(
            email="gunnar.lie@lie-fisk.no",
            firstname="Gunnar",
            lastname="Lie",
            jobtitle="Innkjøpssjef",
            phone="+47 55 23 45 67",
            address="Bryggen 7",
            city="Bergen",
            state="Vestland",
            zip="5003",
            country="Norway",
        ),
        hs(
            email="anne.vold@vold.no",
            firstname="Anne",
            lastname="Vold",
            jobtitle="",
            phone="",
            address="  ",
            city="Os ",
            state="",
            zip="",
            country="Norway",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Title": r["jobtitle"],
        "Phone": r["phone"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h173-10-optout-and-no-number-flags",
    H,
    C,
    """Field         | What to do
Email         | copy HubSpot Email
Last Name     | copy HubSpot Last Name
Email Opt Out | true when HubSpot Unsubscribed from all email is "true", otherwise false
Do Not Call   | true when the contact has no Phone Number and no Mobile Phone Number

Rules: For Email Opt Out, please observe that "false" and an empty value both give false.
For Do Not Call: it shall be true only when both Phone Number and Mobile Phone Number are empty
(nothing or only spaces); if at least one of them has a value, it shall be false.""",
    extended(
        HS,
        hs(
            email="mona.tveit@tveit.no",
            lastname="Tveit",
            hs_email_optout="  ",
            phone=" ",
            mobilephone="",
        ),
        hs(
            email="rune.myklebust@mykle.no",
            lastname="Myklebust",
            hs_email_optout="true",
            phone="",
            mobilephone="+47 413 22 110",
        ),
        hs(
            email="eva.sande@sande.no",
            lastname="Sande",
            hs_email_optout="true",
            phone="  ",
            mobilephone="   ",
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
    "h173-11-last-name-company-or-mailbox",
    H,
    C,
    """Salesforce Contact requires a Last Name (etternavn), and our booking form often lacks it.

Field      | What to do
Email      | copy HubSpot Email
First Name | copy HubSpot First Name (an empty one is sent empty)
Last Name  | HubSpot Last Name; if empty, Company Name; if that is also empty, the part of the Email before the @

Rules: The fallbacks are tried in the order written. An example of the last step:
frakt77@gmail.com gives frakt77. Kindly note that a value of only spaces counts as empty.""",
    extended(
        lower_emails(HS),
        hs(
            email="booking@sunnfjordturist.no",
            firstname="",
            lastname="",
            company="Sunnfjord Turist AS",
        ),
        hs(email="hege.n@online.no", firstname="Hege", lastname="  ", company=" "),
        hs(email="frakt77@gmail.com", firstname="", lastname="", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h173-12-norwegian-country-names",
    H,
    C,
    """Our Salesforce keeps Mailing Country in Norwegian. Please translate HubSpot Country/Region like this:

HubSpot Country/Region | Mailing Country
United States | USA
Japan | Japan
Mexico | Mexico
France | Frankrike
Norway | Norge
Sweden | Sverige
Denmark | Danmark

The other Salesforce Contact fields:
Field | What to do
Email | copy HubSpot Email
Mailing City | HubSpot City in capital letters (upper case)

Rules: These seven are the only countries we have in HubSpot at present. In case City is empty,
Mailing City shall be left out altogether, not sent as empty.""",
    extended(
        HS,
        hs(email="kjell.nes@nes.no", country="Norway", city="tromsø"),
        hs(email="elsa.lind@lind.se", country="Sweden", city="  "),
        hs(email="mette.holm@holm.dk", country="Denmark", city="Aarhus"),
        hs(email="ida.sunde@sunde.no", country="Norway", city=""),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "United States": "USA",
        "Japan": "Japan",
        "Mexico": "Mexico",
        "France": "Frankrike",
        "Norway": "Norge",
        "Sweden": "Sverige",
        "Denmark": "Danmark",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingCity": omit_if_blank(r["city"], str.upper),
        }
    )


@case(
    "h173-13-customers-only-mobile-fallback",
    H,
    C,
    """Only customers this time: send a contact only if its Lifecycle Stage is customer. All other
stages, and an empty stage, shall be skipped.

Field\tWhat to do
Email\tHubSpot Email in lower case
Mobile Phone\tHubSpot Mobile Phone Number; in case it is empty, use Phone Number (copied as it stands)
Contact Description\talways "Ferry passenger (HubSpot)"

Rules: kindly note that "empty" includes a value of only spaces.""",
    extended(
        HS,
        hs(
            email="Synnove.Bakke@Gmail.com",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="+47 55 11 22 33",
        ),
        hs(
            email="TORE.HELLE@HELLE.NO",
            lifecyclestage="customer",
            mobilephone="+47 950 00 111",
            phone="",
        ),
        hs(email="Vidar.Sol@Sol.no", lifecyclestage="lead", mobilephone="", phone=""),
        hs(email="Randi.Fure@Fure.no", lifecyclestage="  ", mobilephone="+47 977 11 000"),
        hs(email="Aslak.Berge@Berge.NO", lifecyclestage="evangelist", mobilephone="+47 926 44 321"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Ferry passenger (HubSpot)",
    }


@case(
    "h173-14-agency-contacts-source-table",
    H,
    C,
    """HubSpot -> Salesforce Contact, the travel agency contacts

Field         | What to do
Email         | copy HubSpot Email
First Name    | HubSpot First Name in title case
Last Name     | HubSpot Last Name in title case
Title         | HubSpot Job Title with the spaces before and after removed (trim); nothing else changed
Mailing City  | HubSpot City in title case
Lead Source   | from HubSpot Original Source:
                ORGANIC_SEARCH   -> Web
                PAID_SEARCH      -> Advertisement
                PAID_SOCIAL      -> Advertisement
                REFERRALS        -> External Referral
                OFFLINE          -> Trade Show
                EMAIL_MARKETING  -> Email

Rules: Any other Original Source, and an empty one, shall give "Other". Title case = a capital
first letter in every word and the rest in small letters.""",
    extended(
        HS,
        hs(
            email="liv.bjorge@bjorge.no",
            firstname="LIV",
            lastname="bjørge",
            jobtitle="  Reiseleder  ",
            hs_analytics_source="OFFLINE",
            city="BERGEN",
        ),
        hs(
            email="h.skaar@skaar.no",
            firstname="halvor",
            lastname="SKAAR",
            jobtitle="   ",
            hs_analytics_source="  ",
            city="ålesund",
        ),
        hs(
            email="mia.rong@rong.no",
            firstname="Mia",
            lastname="Rong",
            jobtitle="Skipper",
            hs_analytics_source="AI_REFERRALS",
            city="leirvik",
        ),
        hs(
            email="jens.ulv@ulvreiser.no",
            firstname="jens petter",
            lastname="Ulv",
            jobtitle="Selger ",
            hs_analytics_source="EMAIL_MARKETING",
            city="Sandnessjøen",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "External Referral",
        "OFFLINE": "Trade Show",
        "EMAIL_MARKETING": "Email",
    }
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "MailingCity": title(r["city"]),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h173-15-fjord-news-language-default",
    H,
    M,
    """Mailchimp audience "Fjord News", from HubSpot contacts

Mailchimp field | What to do
Email Address   | copy HubSpot Email
FNAME           | copy HubSpot First Name
LNAME           | copy HubSpot Last Name
status          | always "subscribed"
language        | HubSpot Preferred language; in case it is empty or not present, "no"

Rules: FNAME and LNAME are exact copies, an empty name is sent as empty. Please observe that many
of our contacts do not have Preferred language at all; those shall get "no" (Norwegian).""",
    extended(
        HS,
        hs(
            email="eirik.rasmussen@gmail.com",
            firstname="Eirik",
            lastname="Rasmussen",
            hs_language="nb",
        ),
        hs(email="tuva.lien@lien.no", firstname="Tuva", lastname="", hs_language=" "),
        hs(email="k.weber@weber.de", firstname="", lastname="Weber", hs_language="de"),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "no"),
    }


@case(
    "h173-16-status-three-ways-route-tag",
    H,
    M,
    """Field | What to do
Email Address | copy HubSpot Email
status | from Unsubscribed from all email: "true" -> unsubscribed, "false" -> subscribed, empty -> pending
tags | one tag, "Bergen route", on every member

Rules: pending is used so that those without a recorded choice receive the confirmation email.""",
    extended(
        HS,
        hs(email="nils.fjeld@fjeld.no", hs_email_optout=" "),
        hs(email="ragnhild.os@os.no", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Bergen route"]}


@case(
    "h173-17-corporate-and-passenger-tags",
    H,
    M,
    """Field\t\tWhat to do
Email Address\tcopy HubSpot Email
tags\t\tsee rules

Rules: A member shall get the tag "Corporate account" when Number of Employees is more than 50,
and the tag "Passenger" when Lifecycle Stage is customer. In case both apply, the tags shall be
"Corporate account", "Passenger" in that order. In case none applies, tags shall be an empty list
[]. An empty Number of Employees does not give the "Corporate account" tag.""",
    extended(
        HS,
        hs(email="innkjop@vestlandbygg.no", numemployees="320", lifecyclestage="customer"),
        hs(email="turid.vatne@gmail.com", numemployees="  ", lifecyclestage="customer"),
        hs(email="post@lillerederi.no", numemployees="49", lifecyclestage="lead"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Corporate account")
    if r["lifecyclestage"] == "customer":
        tags.append("Passenger")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h173-18-first-word-phone-e164",
    H,
    M,
    """Field\t| What to do
Email Address\t| copy HubSpot Email
FNAME | only the first word of HubSpot First Name ("Anne Marit" -> "Anne")
PHONE | HubSpot Mobile Phone Number, or Phone Number when the mobile is empty; in E.164

Rules: E.164 shall be written as "+" and digits only. If the number already starts with "+",
keep its country code. If not, it is a US number: put +1 in front (when it has 11 digits and
starts with 1, add only the "+").""",
    extended(
        HS,
        hs(
            email="anne.marit@fjordbuss.no",
            firstname="Anne Marit",
            mobilephone="  ",
            phone="+47 55 20 30 40",
        ),
        hs(
            email="billy.joe@texasferry.com",
            firstname="Billy Joe",
            mobilephone="1-409-555-0170",
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
    "h173-19-home-town-required-vip",
    H,
    M,
    """We sort the newsletter by home town, so contacts without a City (nothing, or only spaces) shall
not be sent to Mailchimp.

Mailchimp field | What to do
Email Address | copy HubSpot Email
status | always "subscribed"
VIP | true when Lifecycle Stage is customer, otherwise false

Rules: please observe that an empty Lifecycle Stage gives VIP false.""",
    extended(
        HS,
        hs(email="uten.by@gmail.com", city="  ", lifecyclestage="customer"),
        hs(email="sunniva.ek@ek.no", city="Bergen", lifecyclestage=""),
        hs(email="karsten.borg@borg.no", city="", lifecyclestage="lead"),
        hs(email="vip@flaamcruise.no", city="Flåm", lifecyclestage="customer"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["city"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "customer",
    }


@case(
    "h173-20-fname-title-lname-domain-vip",
    H,
    M,
    """Field | What to do
Email Address | copy HubSpot Email
FNAME | HubSpot First Name in title case (first letter of each word capital, the others small)
LNAME | HubSpot Last Name as it stands; in case it is empty, use the domain of the Email, i.e. the part after the @
VIP | true when Annual Revenue is more than 2 000 000, else false

Rules: Kindly note that LNAME is not title-cased, only FNAME. An empty Annual Revenue gives VIP
false. An example of the domain: booking@hurtigbaat.no -> hurtigbaat.no.""",
    extended(
        lower_emails(HS),
        hs(
            email="booking@hurtigbaat.no",
            firstname="SOLVEIG",
            lastname="",
            annualrevenue="1999999.5",
        ),
        hs(
            email="t.aasen@aasenreiser.no", firstname="tone lise", lastname="  ", annualrevenue="  "
        ),
        hs(email="geir@vikferje.no", firstname="Geir", lastname="vik", annualrevenue="3000000"),
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
    "h173-21-identify-full-name",
    H,
    S,
    """Segment identify from HubSpot contacts

Segment field    | What to do
userId           | HubSpot Email in lower case
traits.firstName | copy First Name
traits.lastName  | copy Last Name
traits.title     | copy Job Title (an empty one stays empty)
traits.name      | First Name, one space, Last Name (e.g. "Arne Johan Krok")

Rules: no other traits shall be sent.""",
    extended(
        HS,
        hs(
            email="Bente.Rolland@Rolland.NO",
            firstname="Bente",
            lastname="Rolland",
            jobtitle="Styreleder",
        ),
        hs(email="ARNE.KROK@GMAIL.COM", firstname="Arne Johan", lastname="Krok", jobtitle="  "),
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
    "h173-22-company-trait-nested",
    H,
    S,
    """Segment: the company details shall be nested under traits.company.

Segment field | What to do
userId | copy HubSpot Email
traits.company.name | HubSpot Company Name; if empty, "Private traveller"
traits.company.industry | HubSpot Industry; if empty, leave it out
traits.company.employee_count | HubSpot Number of Employees as an integer; if empty, leave it out""",
    extended(
        HS,
        hs(email="tove.nilsen@gmail.com", company="", industry="  ", numemployees="  "),
        hs(
            email="drift@kystruter.no",
            company="Kystruter AS",
            industry="Shipping",
            numemployees="1250",
        ),
        hs(email="hallo@bryggekafe.no", company="  ", industry="Food", numemployees=""),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Private traveller"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h173-23-address-trait-phone-fallback",
    H,
    S,
    """Segment field\t\tWhat to do
userId\t\t\tcopy HubSpot Email
traits.address.street\tcopy Street Address
traits.address.city\tcopy City
traits.address.postalCode\tcopy Postal Code
traits.address.country\tCountry/Region; leave out when empty
traits.phone\t\tPhone Number, or Mobile Phone Number when Phone Number is empty, in E.164

Rules: the address fields shall be one nested object under traits.address. E.164: "+" and digits
only; a number with "+" keeps its own country code; a number without "+" is a US number and gets
+1 (11 digits beginning with 1: only add the "+"). In case both phone fields are empty,
traits.phone shall be left out.""",
    extended(
        HS,
        hs(
            email="leif.hamre@hamre.no",
            address="Strandkaien 2",
            city="Bergen",
            zip="5013",
            country="  ",
            phone="",
            mobilephone="",
        ),
        hs(
            email="jenny.cole@seattleferry.com",
            address="801 Alaskan Way",
            city="Seattle",
            zip="98104",
            country="United States",
            phone="  ",
            mobilephone="1 206 555 0133",
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
                    "postalCode": r["zip"],
                    "country": omit_if_blank(r["country"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h173-24-clean-userid-consent-revenue",
    H,
    S,
    """Segment field        | What to do
userId               | HubSpot Email, first trimmed of spaces at both ends, then in lower case
traits.title         | copy Job Title
traits.emailConsent  | true or false, see rules
traits.annualRevenue | Annual Revenue as a number (not text); leave out when empty

Rules: traits.emailConsent shall be true only when Unsubscribed from all email is "false". In case
it is "true" or empty, it shall be false.""",
    extended(
        HS,
        hs(email="  Ragnar.Holm@Holm.NO", jobtitle="", hs_email_optout=" ", annualrevenue=" "),
        hs(
            email="Wenche.Aa@Gmail.com  ",
            jobtitle="Kaptein",
            hs_email_optout="false",
            annualrevenue="725000.5",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "emailConsent": r["hs_email_optout"] == "false",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h173-25-ga4-passenger-sync",
    H,
    G,
    """GA4 Measurement Protocol, one event per HubSpot contact

Field             | What to do
client_id         | copy HubSpot Email
event name        | always "crm_passenger_sync"
params.system     | always "hubspot"
params.origin     | Original Source in lower case; in case it is empty, "direct"
params.city       | copy City
params.first_seen | Create Date as YYYY-MM-DD

Rules: an empty City is sent as empty.""",
    extended(
        HS,
        hs(
            email="aud.lerum@lerum.no",
            hs_analytics_source="  ",
            city="Sogndal",
            createdate="2024-05-17T12:00:00.000Z",
        ),
        hs(
            email="kim.tran@ferjefan.no",
            hs_analytics_source="DIRECT_TRAFFIC",
            city="",
            createdate="2024-10-01T10:30:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_passenger_sync",
                "params": {
                    "system": "hubspot",
                    "origin": "direct" if blank(src) else src.lower(),
                    "city": r["city"],
                    "first_seen": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h173-26-ga4-corporate-accounts",
    H,
    G,
    """GA4, only for companies with more than 15 employees (Number of Employees). A contact with an
empty Number of Employees shall not be sent.

Field            | What to do
client_id        | the part of HubSpot Email before the @ (post@firma.no -> post)
event name       | always "corporate_account"
params.employees | Number of Employees as a number""",
    extended(
        lower_emails(HS),
        hs(email="reise@bergenkommune.no", numemployees="4200"),
        hs(email="liten@butikk.no", numemployees="9"),
        hs(email="ukjent@firma.no", numemployees="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 15):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "corporate_account", "params": {"employees": num(r["numemployees"])}}],
    }


@case(
    "h173-27-ga4-returning-or-prospect",
    H,
    G,
    """GA4, one event per contact. The event name depends on Lifecycle Stage:
customer -> "returning_passenger"
any other stage, also an empty one -> "prospect_contact"

Field          | What to do
client_id      | copy HubSpot Email
params.country | Country/Region; in case it is empty, "Norway"
params.city    | copy City (an empty one stays empty)""",
    extended(
        HS,
        hs(email="gro.tangen@tangen.no", lifecyclestage="customer", country="  ", city="Haugesund"),
        hs(email="frode.lie@lie.no", lifecyclestage="", country="", city=""),
    ),
)
def o27(r: R) -> Out:
    name = "returning_passenger" if r["lifecyclestage"] == "customer" else "prospect_contact"
    return {
        "client_id": r["email"],
        "events": [
            {"name": name, "params": {"country": dflt(r["country"], "Norway"), "city": r["city"]}}
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h173-28-leads-back-to-hubspot",
    L,
    H,
    """Hello,
Reverse direction now: Salesforce Leads into HubSpot contacts.

HubSpot field  | What to do
Email          | copy Lead Email
First Name     | copy First Name
Last Name      | copy Last Name
Company Name   | copy Company
Job Title      | copy Title
Phone Number   | copy Phone
Street Address | copy Street
City           | copy City
Postal Code    | copy Zip/Postal Code
Country/Region | copy Country

Rules: plain copies only. Kindly note that when a Lead field is empty, the HubSpot property shall
be set to the empty value as well, with no default.""",
    extended(
        SFL,
        sfl(
            Email="marte.sunde@sundeturer.no",
            FirstName="Marte",
            LastName="Sunde",
            Company="Sunde Turer",
            Title="  ",
            Phone="",
            Street="Nygårdsgaten 5",
            City="Bergen",
            PostalCode="5015",
            Country="Norway",
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
        "address": r["Street"],
        "city": r["City"],
        "zip": r["PostalCode"],
        "country": r["Country"],
    }


@case(
    "h173-29-lead-status-optout-text",
    L,
    H,
    """HubSpot field | What to do
Email | copy Lead Email
Lead Status | from Salesforce Lead Status, see the table
Unsubscribed from all email | from Email Opt Out, as the text "true" or "false"

Salesforce Lead Status | HubSpot Lead Status
Open - Not Contacted   | OPEN
Working - Contacted    | IN_PROGRESS
Closed - Converted     | CONNECTED
Closed - Not Converted | UNQUALIFIED

Rules: these four are all the statuses we use. Unsubscribed from all email shall be "true" when
Email Opt Out is ticked and "false" when it is not.""",
    extended(
        SFL,
        sfl(Email="odd.rye@rye.no", Status="Open - Not Contacted", HasOptedOutOfEmail=True),
        sfl(
            Email="vigdis.helle@helle.no", Status="Closed - Not Converted", HasOptedOutOfEmail=False
        ),
    ),
)
def o29(r: R) -> Out:
    table = {
        "Open - Not Contacted": "OPEN",
        "Working - Contacted": "IN_PROGRESS",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return {
        "email": r["Email"],
        "hs_lead_status": table[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h173-30-rating-to-stage-revenue",
    L,
    H,
    """Field\tWhat to do
Email\tLead Email in lower case
Lifecycle Stage\tfrom Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> subscriber
Annual Revenue\tLead Annual Revenue as a number; leave out when empty

Rules: every Lead has one of these three ratings.""",
    extended(
        SFL,
        sfl(Email="Petter.Aune@AuneFrakt.NO", Rating="Cold", AnnualRevenue=" "),
        sfl(Email="Randi.Sether@Gmail.com", Rating="Warm", AnnualRevenue="1250000.5"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "subscriber"}
    return keep(
        {
            "email": r["Email"].lower(),
            "lifecyclestage": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h173-31-uk-route-leads",
    L,
    H,
    """Only Leads with Country exactly "United Kingdom" (for the Bergen - Newcastle route). Other or
empty Country: do not send.

HubSpot field | What to do
Email         | copy Lead Email
Phone Number  | Lead Phone in E.164 for the UK
Postal Code   | Lead Zip/Postal Code in upper case
Company Name  | Lead Company; if empty, "Private"

Rules: UK E.164 means digits only with "+44" in front, and the leading 0 of the national number
removed (01224 555 019 -> +441224555019). A number that already starts with "+" keeps its own
country code; only the + and the digits are kept.""",
    extended(
        SFL,
        sfl(
            Email="fiona.reid@aberdeenlines.co.uk",
            Country="United Kingdom",
            Phone="01224 555 019",
            PostalCode="ab11 5aa",
            Company="  ",
        ),
        sfl(
            Email="owen.price@gmail.com",
            Country="United Kingdom",
            Phone="+44 7700 900123",
            PostalCode="cf10 1aa",
            Company="",
        ),
        sfl(
            Email="knut.berg@berg.no", Country="Norway", Phone="+47 55 00 00 00", PostalCode="5003"
        ),
        sfl(
            Email="alan.gray@grayco.co.uk",
            Country="UK",
            Phone="0191 555 0100",
            PostalCode="ne1 3dx",
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
        "company": dflt(r["Company"], "Private"),
    }


@case(
    "h173-32-skip-lost-postcode-city",
    L,
    H,
    """Leads with Lead Status "Closed - Not Converted" shall be skipped.

HubSpot field | What to do
Email | copy Lead Email
City (poststed) | Zip/Postal Code, one space, then City, as we write it in Norway ("5003 Bergen")
Job Title | Lead Title; if empty, "Not given"

Rules: in case Zip/Postal Code is empty, City shall be only the Lead City, without a space in
front.""",
    extended(
        SFL,
        sfl(
            Email="hans.eikeland@eikeland.no",
            Status="Working - Contacted",
            PostalCode="  ",
            City="Lindås",
            Title="",
        ),
        sfl(
            Email="berit.fosen@fosen.no",
            Status="Open - Not Contacted",
            PostalCode="5252",
            City="Søreidgrend",
            Title="Daglig leder",
        ),
        sfl(
            Email="tapt@lukket.no",
            Status="Closed - Not Converted",
            PostalCode="5000",
            City="Bergen",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    city = r["City"] if blank(r["PostalCode"]) else f"{r['PostalCode']} {r['City']}"
    return {"email": r["Email"], "city": city, "jobtitle": dflt(r["Title"], "Not given")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h173-33-contact-status-online-tag",
    C,
    M,
    """Salesforce Contact -> Mailchimp

Mailchimp field | What to do
Email Address   | Contact Email in lower case
status          | Email Opt Out ticked -> unsubscribed; not ticked -> subscribed
tags            | "SF contact" on everyone; in addition "Online booker" after it when Lead Source is Web""",
    extended(
        SFC,
        sfc(Email="Tonje.Vik@VIK.no", LeadSource="Web", HasOptedOutOfEmail=True),
        sfc(Email="JOHAN.AS@GMAIL.COM", LeadSource="Phone Inquiry", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["SF contact"] + (["Online booker"] if r["LeadSource"] == "Web" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h173-34-sms-reminders-language",
    C,
    M,
    """SMS reminders list. Contacts with an empty Business Phone (nothing or only spaces) shall be skipped.

Mailchimp field | What to do
Email Address | copy Contact Email
PHONE | Business Phone in E.164
language | from Mailing Country, see the table below

Mailing Country | language
Norway        | no
Sweden        | sv
Germany       | de
Austria       | de
United States | en

Rules: E.164 = "+" and digits only. A number starting with "+" keeps its own country code; a
number without "+" is American, put +1 in front (if it has 11 digits starting with 1, only add
the "+"). The five countries above are the only ones in our Contacts.""",
    extended(
        SFC,
        sfc(Email="kristin.foss@foss.no", Phone="+47 55 98 76 54", MailingCountry="Norway"),
        sfc(Email="ingen.nummer@sverige.se", Phone=" ", MailingCountry="Sweden"),
        sfc(Email="mikael.berg@berg.se", Phone="+46 31 555 01 20", MailingCountry="Sweden"),
        sfc(Email="agent@cruiseusa.com", Phone="1.206.555.0111", MailingCountry="United States"),
        sfc(Email="tomt@felt.no", Phone="", MailingCountry="Norway"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Norway": "no", "Sweden": "sv", "Germany": "de", "Austria": "de", "United States": "en"}
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h173-35-traveller-default-sales-vip",
    C,
    M,
    """Mailchimp field | What to do
Email Address | copy Contact Email
FNAME | Contact First Name; if empty, "Traveller"
LNAME | copy Contact Last Name (an empty one stays empty)
VIP | true when Department is exactly "Sales" (our agency sellers), otherwise false
language | always "en"

Rules: an empty Department gives VIP false. Kindly note that "sales" in small letters is not the
same and gives false.""",
    extended(
        SFC,
        sfc(Email="kine.hauge@hauge.no", FirstName="", LastName="Hauge", Department="Sales"),
        sfc(Email="ola.strand@strand.no", FirstName="  ", LastName="", Department="  "),
        sfc(Email="paal.berg@berg.no", FirstName="Pål", LastName="Berg", Department="sales"),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Traveller"), "LNAME": r["LastName"]},
        "vip": r["Department"] == "Sales",
        "language": "en",
    }


@case(
    "h173-36-kystkalender-norway-only",
    C,
    M,
    """Only Contacts with Mailing Country "Norway" shall go to the Mailchimp list "Kystkalender"; all
others shall be skipped.

Mailchimp field\tWhat to do
Email Address\tcopy Contact Email
FNAME\tcopy First Name
LNAME\tcopy Last Name
status\talways "subscribed"
language\talways "no"
tags\tan empty list [] (to remove the old tags)

Rules: empty names are copied as empty.""",
    extended(
        SFC,
        sfc(
            Email="sindre.moen@moen.no",
            FirstName="Sindre",
            LastName="Moen",
            MailingCountry="Norway",
        ),
        sfc(Email="hanne.ask@ask.no", FirstName="Hanne", LastName="", MailingCountry="Norway"),
        sfc(Email="lisa.ek@ek.se", FirstName="Lisa", LastName="Ek", MailingCountry="Sweden"),
    ),
)
def o36(r: R) -> Out:
    if r["MailingCountry"] != "Norway":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "no",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h173-37-contact-identify-birthday",
    C,
    S,
    """Segment identify from Salesforce Contact

Segment field     | What to do
userId            | Contact Email in lower case
traits.firstName  | copy First Name
traits.lastName   | copy Last Name
traits.department | copy Department (an empty one is sent empty)
traits.birthday   | copy Birthdate as it stands; when empty, leave it out""",
    extended(
        SFC,
        sfc(
            Email="Marius.Lund@Lund.NO",
            FirstName="Marius",
            LastName="Lund",
            Department="",
            Birthdate="  ",
        ),
        sfc(
            Email="SOLVEIG.EIDE@EIDE.NO",
            FirstName="Solveig",
            LastName="Eide",
            Department="Innkjøp",
            Birthdate="1979-06-17",
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
                "birthday": omit_if_blank(r["Birthdate"]),
            },
        }
    )


@case(
    "h173-38-address-city-trim-country-default",
    C,
    S,
    """Segment field | What to do
userId | copy Contact Email
traits.address.city | Mailing City, trimmed of spaces before and after
traits.address.country | Mailing Country as it stands; in case it is empty, "Norway"

Rules: city and country shall be nested in traits.address. Please observe that a filled Mailing
Country is not trimmed.""",
    extended(
        SFC,
        sfc(Email="stian.bo@bo.no", MailingCity=" Bergen ", MailingCountry="  "),
        sfc(Email="e.nygaard@nygaard.no", MailingCity="Stavanger", MailingCountry=""),
        sfc(Email="l.kvam@kvam.dk", MailingCity="  København", MailingCountry="Denmark "),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Norway"),
            }
        },
    }


@case(
    "h173-39-manifest-name-channel",
    C,
    S,
    """Segment field   | What to do
userId          | copy Contact Email
traits.phone    | Business Phone in E.164
traits.name     | Last Name, a comma and a space, then First Name (as on the passenger list: "Rød, Andreas")
traits.channel  | from Lead Source: Web -> website, Trade Show -> fair, Phone Inquiry -> phone, Partner Referral -> partner

Rules: Any other Lead Source, or an empty one, gives "other". E.164: "+" and digits only; a "+"
number keeps its country code; without "+" it is a US number, prefix +1 (11 digits starting with
1: only add the "+").""",
    extended(
        SFC,
        sfc(
            Email="andreas.rod@rod.no",
            FirstName="Andreas",
            LastName="Rød",
            LeadSource="Trade Show",
            Phone="+47 412 34 567",
        ),
        sfc(
            Email="mary.jones@alaskatours.com",
            FirstName="Mary",
            LastName="Jones",
            LeadSource="Purchased List",
            Phone="1 (907) 555-0166",
        ),
        sfc(
            Email="bodil.rye@rye.no",
            FirstName="Bodil",
            LastName="Rye",
            LeadSource="Phone Inquiry",
            Phone="+47 55 60 70 80",
        ),
    ),
)
def o39(r: R) -> Out:
    chan = {
        "Web": "website",
        "Trade Show": "fair",
        "Phone Inquiry": "phone",
        "Partner Referral": "partner",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['LastName']}, {r['FirstName']}",
            "channel": chan.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h173-40-members-to-contacts-optout-text",
    M,
    H,
    """Mailchimp members -> HubSpot contacts

HubSpot field | What to do
Email | copy Email Address
First Name | FNAME in title case
Last Name | LNAME in title case
Phone Number | copy PHONE; leave out when empty
Company Name | COMPANY; if empty, "Private traveller"
Preferred language | copy language
Unsubscribed from all email | the text "false" when status is subscribed or pending; the text "true" for any other status

Rules: title case = each word with a capital first letter and the rest small ("jon erik" ->
"Jon Erik"). An empty LNAME stays empty.""",
    extended(
        MC,
        mc(
            {"FNAME": "INGEBORG", "LNAME": "sæther", "PHONE": " ", "COMPANY": ""},
            email_address="ingeborg.saether@gmail.com",
            status="pending",
            language="no",
        ),
        mc(
            {
                "FNAME": "jon erik",
                "LNAME": "HOLM",
                "PHONE": "+47 900 11 222",
                "COMPANY": "Holm Sjøtransport",
            },
            email_address="jon.erik@holmsjo.no",
            status="transactional",
            language="no",
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
            "company": dflt(mf["COMPANY"], "Private traveller"),
            "hs_language": r["language"],
            "hs_email_optout": "false" if r["status"] in ("subscribed", "pending") else "true",
        }
    )


@case(
    "h173-41-skip-cleaned-vip-customer",
    M,
    H,
    """Members with status cleaned shall not be brought over to HubSpot.

HubSpot field   | What to do
Email           | copy Email Address
Phone Number    | PHONE in E.164; leave out when PHONE is empty
Company Name    | copy COMPANY
Lifecycle Stage | VIP member -> customer, not VIP -> subscriber

Rules: E.164 = "+" with digits only. If PHONE begins with "+", its country code is kept;
otherwise it is a US number, put +1 in front (11 digits starting with 1: add only the "+").""",
    extended(
        MC,
        mc(
            {"PHONE": "+47 55 55 12 34", "COMPANY": "Fjordkroa"},
            email_address="post@fjordkroa.no",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "1 907 555 0190", "COMPANY": ""},
            email_address="tours@juneaushore.com",
            status="unsubscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": "Borte AS"},
            email_address="borte@gmail.com",
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
    "h173-42-passenger-tag-domain-company",
    M,
    H,
    """HubSpot field   | What to do
Email           | copy Email Address
First Name      | the first word of FNAME ("Kari Anne" -> "Kari")
Company Name    | COMPANY; if empty, the domain of the Email Address (the part after the @)
Lifecycle Stage | customer when the member has the tag "Passenger", otherwise subscriber

Rules: please observe that the tag must be exactly "Passenger"; "passenger" with a small p does
not count.""",
    extended(
        MC,
        mc(
            {"FNAME": "Kari Anne", "COMPANY": " "},
            email_address="kari.anne@bomlo-bat.no",
            tags=["Newsletter", "Passenger"],
        ),
        mc(
            {"FNAME": "Tor", "COMPANY": "Tor Frakt"},
            email_address="tor@torfrakt.no",
            tags=["passenger"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Passenger" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set173")
