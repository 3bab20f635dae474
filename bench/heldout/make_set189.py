"""Held-out set 189 for the offline mapping drafter.

Persona: Neema Mushi, marketing coordinator at a safari-lodge group with offices in Arusha and Dar
es Salaam (tented camps in the Serengeti, a beach lodge on Zanzibar). Her contacts are travel
agents in Europe and the US, direct bookers, wedding planners and incentive-trip leads from fairs
such as ITB Berlin, WTM London and the Karibu-KiliFair. She writes every sync as an Airtable
automation recipe: 'Trigger: When record matches conditions' (the conditions are the filter),
then 'Action 1: Create record' / 'Update record' with one line per destination field whose value
is a field token in braces ({First name}, {Email}) or an Airtable formula (IF(), BLANK(), TRIM(),
LOWER(), UPPER(), CONCATENATE() or &, FIND(), LEFT/RIGHT/MID, SWITCH(), VALUE(), INT(),
DATETIME_FORMAT()), 'Conditional group' blocks written 'If ... / Otherwise', and short notes where
Airtable has no formula (capitalising words, E.164 phones, 'leave the field out'). Source fields are
named by their HubSpot / Salesforce / Mailchimp labels in braces, with the internal name beside the
odd ones. Swahili-shaped English: 'Karibu', 'Asante sana', 'pole pole', 'sawa'; signs '- Neema'.

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
Where her formula tests TRIM({x}) = "" but then writes {x} untouched, a filled value keeps any
padding it has (the text says so where an input carries some).
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
    "h189-01",
    H,
    L,
    """Karibu! First recipe: the ITB Berlin stand scans, HubSpot contacts -> Salesforce Leads.

Trigger: When record matches conditions
  Table: HubSpot Contacts. Conditions: none, every contact goes.
Action 1: Create record in Salesforce Lead (match on Email)
  Email       = {Email}
  First Name  = {First name}
  Last Name   = {Last name}
  Company     = {Company name}
  Phone       = {Phone number}
  City        = {City}
  Lead Source = "Trade Show"

Only tokens, no formula, no TRIM. If the HubSpot field is empty the Lead field gets the same
empty value (a City of only spaces also goes exactly like that). Lead Source is the same fixed
text on every Lead.

Asante sana - Neema""",
    extended(
        HS,
        hs(
            email="stefan.krause@reisewelt-afrika.de",
            firstname="Stefan",
            lastname="Krause",
            company="",
            phone="+49 30 5550 1188",
            city="Berlin",
        ),
        hs(
            email="anneke.devries@savannahreizen.nl",
            firstname="",
            lastname="de Vries",
            company="Savannah Reizen",
            phone="",
            city="   ",
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
    "h189-02",
    H,
    L,
    """Direct bookers from the website enquiry form -> Salesforce Leads. Guests fill the form on
their phones on game drives, so spaces everywhere, pole pole.

Trigger: When record matches conditions (all HubSpot contacts)
Action 1: Create record -> Salesforce Lead, match on Email
  Email     = {Email}
  Last Name = {Last name}
  Company   = IF(TRIM({Company name}) = "", "Direct Booker", {Company name})
  Title     = IF(TRIM({Job title}) = "", "Guest", {Job title})
  City      = TRIM({City})

Email and Last Name are plain tokens. For Company and Title the default is only for empty or
only-spaces; a filled one goes exactly as typed, even with a space in front. TRIM on City takes
away spaces at start and end only (a City of only spaces becomes empty text).

- Neema""",
    extended(
        HS,
        hs(
            email="joyce.mwakalinga@gmail.com",
            lastname="Mwakalinga",
            company="  ",
            jobtitle="",
            city=" Dodoma ",
        ),
        hs(
            email="p.hughes@hughesfamily.co.uk",
            lastname="Hughes",
            company=" Hughes & Sons Travel",
            jobtitle="   ",
            city="Leeds  ",
        ),
        hs(
            email="li.wen@outlook.com",
            lastname="Wen",
            company="",
            jobtitle="Photographer",
            city="  ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Direct Booker"),
        "Title": dflt(r["jobtitle"], "Guest"),
        "City": r["city"].strip(),
    }


@case(
    "h189-03",
    H,
    L,
    """Reservations team WhatsApps every new lead, so the Lead needs a mobile.

Trigger: When record matches conditions - all HubSpot contacts
Action 1: Create record (Salesforce Lead, match on Email)
  Email        = {Email}
  Mobile Phone = Conditional group:
                   If {Mobile phone number} is not empty -> {Mobile phone number}
                   Otherwise if {Phone number} is not empty -> {Phone number}
                   Otherwise -> do not send Mobile Phone at all (no empty value)
  Last Name    = {Last name}, capitalised
  City         = {City}, capitalised

"Empty" = nothing or only spaces. Numbers go as typed, no formatting.
Capitalised: Airtable has no PROPER(), so in words: every word gets a big first letter and the
rest small, "STONE TOWN" -> "Stone Town", "kimaro" -> "Kimaro".""",
    extended(
        HS,
        hs(
            email="baraka.kimaro@yahoo.com",
            lastname="kimaro",
            city="STONE TOWN",
            mobilephone="  ",
            phone="+255 24 555 0133",
        ),
        hs(
            email="olivia.brandt@gmail.com",
            lastname="BRANDT",
            city="arusha",
            mobilephone="",
            phone=" ",
        ),
        hs(
            email="m.rossi@viaggiafrica.it",
            lastname="rossi",
            city="milano",
            mobilephone="+39 347 555 0192",
            phone="+39 02 5550 1234",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
            "LastName": title(r["lastname"]),
            "City": title(r["city"]),
        }
    )


@case(
    "h189-04",
    H,
    L,
    """Lead Source from HubSpot's Original source (hs_analytics_source), and website in small letters.

Trigger: When record matches conditions (no conditions)
Action 1: Create record -> Salesforce Lead, match on Email
  Email       = {Email}
  Lead Source = SWITCH({Original source},
                  "ORGANIC_SEARCH", "Web",
                  "PAID_SOCIAL", "Advertisement",
                  "REFERRALS", "Partner Referral",
                  "OFFLINE", "Trade Show",
                  "EMAIL_MARKETING", "Email",
                  "Other")
  Website     = LOWER({Website URL})

SWITCH is exact, capitals like HubSpot keeps them. Anything not in the list goes to "Other",
and an empty Original source also gets "Other". Website: whole thing lower case; empty stays
empty text.

Asante!""",
    extended(
        HS,
        hs(
            email="bookings@dhow-safaris.co.tz",
            hs_analytics_source="OFFLINE",
            website="WWW.Dhow-Safaris.CO.TZ",
        ),
        hs(email="k.lindqvist@safarinord.se", hs_analytics_source="EMAIL_MARKETING", website=""),
        hs(
            email="hello@wildroutes.com",
            hs_analytics_source="  ",
            website="https://WildRoutes.com/Tanzania",
        ),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "Partner Referral",
        "OFFLINE": "Trade Show",
        "EMAIL_MARKETING": "Email",
    }
    return {
        "Email": r["email"],
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
        "Website": r["website"].lower(),
    }


@case(
    "h189-05",
    H,
    L,
    """New business leads for the sales team. Two kinds of contact must NOT come over.

Trigger: When record matches conditions
  Table: HubSpot Contacts
  Conditions (AND):
    {Lifecycle stage} is not "customer"   <- guests who already booked, reservations has them
    {Industry} is not "Travel Agency"     <- agents are owned by the trade desk
  So a contact is skipped if either one matches exactly. Empty stage or empty industry = kept.
Action 1: Create record -> Salesforce Lead (match on Email)
  Email       = {Email}
  First Name  = {First name}
  Last Name   = {Last name}
  Company     = {Company name}
  Title       = {Job title}
  Lead Status = "Open - Not Contacted"

Tokens straight, empty goes as empty. Lead Status is fixed for all.
- Neema""",
    extended(
        HS,
        hs(
            email="t.becker@afrika-reisen.de",
            firstname="Tobias",
            lastname="Becker",
            company="Afrika Reisen GmbH",
            jobtitle="Product Manager",
            lifecyclestage="lead",
            industry="Travel Agency",
        ),
        hs(
            email="aisha.salim@gmail.com",
            firstname="Aisha",
            lastname="Salim",
            company="",
            jobtitle="",
            lifecyclestage="",
            industry="",
        ),
        hs(
            email="r.carter@carterweddings.com",
            firstname="Rachel",
            lastname="Carter",
            company="Carter Weddings",
            jobtitle="Planner",
            lifecyclestage="customer",
            industry="Events",
        ),
        hs(
            email="j.okello@incentivesea.com",
            firstname="James",
            lastname="Okello",
            company="Incentive East Africa",
            jobtitle="Director",
            lifecyclestage="opportunity",
            industry="Events",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["industry"] == "Travel Agency":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Title": r["jobtitle"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h189-06",
    H,
    L,
    """Rating for incentive-trip companies, from annual revenue (USD).

Trigger: When record matches conditions - every contact
Action 1: Create record -> Salesforce Lead, match on Email
  Email  = {Email}
  Rating = IF(TRIM({Annual revenue}) = "", "Warm",
             IF(VALUE({Annual revenue}) > 10000000, "Hot",
               IF(VALUE({Annual revenue}) < 1000000, "Cold", "Warm")))
  No. of Employees (NumberOfEmployees) = INT(VALUE({Number of Employees}))

Rating: more than 10 million Hot, less than 1 million Cold, in between Warm. No revenue at all
(empty / spaces) we don't know the size, so Warm also.
Employees must be a whole number, not text. If {Number of Employees} is empty, leave
NumberOfEmployees out of the Lead completely, sawa?""",
    extended(
        HS,
        hs(
            email="events@kilimanjaro-bank.co.tz",
            annualrevenue="85000000",
            numemployees="1400",
        ),
        hs(email="info@smallsafari.co.tz", annualrevenue="  ", numemployees="9"),
        hs(email="team@pixelhaus.de", annualrevenue="650000", numemployees=" "),
    ),
)
def o06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Warm"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 10_000_000 else ("Cold" if v < 1_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h189-07",
    H,
    L,
    """US agents from the Adventure Travel show. Salesforce dialer only takes E.164 numbers.

Trigger: When record matches conditions (all contacts)
Action 1: Create record -> Salesforce Lead (match on Email)
  Email      = {Email}
  First Name = {First name}, every word capitalised (first letter big, rest small),
               "mary beth" -> "Mary Beth", "DAVID" -> "David"
  Phone      = {Phone number} in E.164

No formula for E.164 in Airtable, so in words: keep only the digits and put "+" in front.
Already starts with "+" -> keep its own country code (our Tanzanian ones are +255).
No "+" -> it is a US number: "+1" in front, but if it is 11 digits starting with 1 then only
the "+". (303) 555-0166 -> +13035550166.
Phone empty or only spaces -> leave Phone out of the Lead, don't send empty.""",
    extended(
        HS,
        hs(email="d.ross@wildtrails.com", firstname="DAVID", phone="1 (303) 555-0166"),
        hs(email="marybeth@beyondsafari.com", firstname="mary beth", phone="(720) 555-0104"),
        hs(email="halima.juma@serena-arusha.co.tz", firstname="halima", phone="+255 754 555 012"),
        hs(email="kevin.o@gmail.com", firstname="kevin", phone="  "),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "Phone": omit_if_blank(r["phone"], e164),
        }
    )


@case(
    "h189-08",
    H,
    L,
    """Only American contacts, for our US rep in Denver.

Trigger: When record matches conditions
  {Country/Region} is "United States"   (exact; "USA", "us", empty etc. do not trigger)
Action 1: Create record -> Salesforce Lead, match on Email
  Email       = {Email}
  State       = UPPER({State/Region})        ("co" -> "CO"; empty stays empty)
  Description = {First name} & " " & {Last name} & " - first enquiry " &
                DATETIME_FORMAT({Create date}, 'YYYY-MM-DD')

Description example: "Megan Hill - first enquiry 2024-08-12". Names as they are, date is just
the date part of Create date. All US contacts have both names filled.

Asante sana!""",
    extended(
        HS,
        hs(
            email="megan.hill@rockytravel.com",
            firstname="Megan",
            lastname="Hill",
            country="United States",
            state="co",
            createdate="2024-08-12T12:00:00.000Z",
        ),
        hs(
            email="b.nguyen@gmail.com",
            firstname="Bao",
            lastname="Nguyen",
            country="United States",
            state="",
            createdate="2024-09-01T13:15:00.000Z",
        ),
        hs(
            email="agent@texassafaris.com",
            firstname="Cody",
            lastname="Ray",
            country="USA",
            state="TX",
            createdate="2024-09-03T12:00:00.000Z",
        ),
        hs(
            email="upendo.k@gmail.com",
            firstname="Upendo",
            lastname="Kweka",
            country="Tanzania",
            state="",
            createdate="2024-09-04T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['firstname']} {r['lastname']} - first enquiry {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h189-09",
    H,
    C,
    """Christmas cards to the agents - postal address into Salesforce Contact, the Mailing ones.

Trigger: When record matches conditions (all HubSpot contacts)
Action 1: Update record -> Salesforce Contact, match on Email
  Email                     = {Email}
  Last Name                 = {Last name}
  Mailing Street            = {Street address}
  Mailing City              = {City}
  Mailing State/Province    = {State/Region}
  Mailing Zip/Postal Code   = {Postal code}
  Mailing Country           = {Country/Region}

All plain tokens. Empty in HubSpot -> the same empty value on the Contact, nothing filled in.
Not the Other* address fields please.""",
    extended(
        HS,
        hs(
            email="s.moreau@horizons-afrique.fr",
            lastname="Moreau",
            address="8 Rue Oberkampf",
            city="Paris",
            state="",
            zip="75011",
            country="France",
        ),
        hs(
            email="office@zanzibar-weddings.com",
            lastname="Said",
            address="",
            city="Zanzibar",
            state="  ",
            zip="",
            country="Tanzania",
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
    "h189-10",
    H,
    C,
    """Two tick boxes on the Contact. Real checkboxes (true/false), not text.

Trigger: When record matches conditions - all contacts
Action 1: Update record -> Salesforce Contact (match on Email)
  Email          = {Email}
  Last Name      = {Last name}
  Email Opt Out (HasOptedOutOfEmail) =
      IF({Unsubscribed from all email} = "true", TRUE(), FALSE())
      -> the HubSpot field (hs_email_optout) is text "true"/"false"; empty or spaces -> FALSE
  Do Not Call (DoNotCall) =
      IF(AND(TRIM({Phone number}) = "", TRIM({Mobile phone number}) = ""), TRUE(), FALSE())
      -> ticked only when BOTH numbers are empty/spaces; one number is enough for FALSE

- Neema""",
    extended(
        HS,
        hs(
            email="grace.massawe@gmail.com",
            lastname="Massawe",
            hs_email_optout=" ",
            phone="",
            mobilephone="   ",
        ),
        hs(
            email="h.schneider@web.de",
            lastname="Schneider",
            hs_email_optout="true",
            phone="  ",
            mobilephone="+49 170 5550 321",
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
    "h189-11",
    H,
    C,
    """Salesforce won't save a Contact without Last Name and many website bookers skip it. All emails
in this list are small letters already.

Trigger: When record matches conditions (every contact)
Action 1: Update record -> Salesforce Contact, match on Email
  Email     = {Email}
  Last Name = Conditional group:
                If {Last name} is not empty -> {Last name}
                Otherwise if {Company name} is not empty -> {Company name}
                Otherwise -> LEFT({Email}, FIND("@", {Email}) - 1)
                  (the bit before the @: "honeymoon.ali@gmail.com" -> "honeymoon.ali")
  Empty here means nothing or only spaces.""",
    extended(
        lower_emails(HS),
        hs(email="karibu@ngorongoro-tours.co.tz", lastname="", company="Ngorongoro Tours"),
        hs(email="honeymoon.ali@gmail.com", lastname="  ", company=" "),
        hs(email="eva.novak@seznam.cz", lastname="Novak", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h189-12",
    H,
    C,
    """Each agent Contact gets the sales desk for its country, and the post code in capitals.

Trigger: When record matches conditions (all HubSpot contacts)
Action 1: Update record -> Salesforce Contact, match on Email
  Email      = {Email}
  Department = SWITCH({Country/Region},
                 "United States", "Americas Desk",
                 "Mexico", "Americas Desk",
                 "Japan", "Asia Desk",
                 "France", "Europe Desk",
                 "Germany", "Europe Desk",
                 "United Kingdom", "Europe Desk",
                 "Tanzania", "East Africa Desk")
  Mailing Zip/Postal Code = UPPER({Postal code})

No default in the SWITCH, I checked: every contact has one of these seven countries.
Post code all capitals ("sw1a 1aa" -> "SW1A 1AA"). If Postal code is empty or only spaces,
don't send Mailing Zip/Postal Code at all.""",
    extended(
        HS,
        hs(email="c.wright@wrightjourneys.co.uk", country="United Kingdom", zip="sw1a 1aa"),
        hs(email="reisen@lowenherz.de", country="Germany", zip="  "),
        hs(email="frank.mollel@gmail.com", country="Tanzania", zip=""),
    ),
)
def o12(r: R) -> Out:
    desks = {
        "United States": "Americas Desk",
        "Mexico": "Americas Desk",
        "Japan": "Asia Desk",
        "France": "Europe Desk",
        "Germany": "Europe Desk",
        "United Kingdom": "Europe Desk",
        "Tanzania": "East Africa Desk",
    }
    return keep(
        {
            "Email": r["email"],
            "Department": desks[r["country"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h189-13",
    H,
    C,
    """Wedding planners only -> Salesforce Contacts for the Zanzibar beach weddings.

Trigger: When record matches conditions
  {Industry} is "Events"   (exactly like this; "events", other industries or empty -> no)
Action 1: Update record -> Salesforce Contact (match on Email)
  Email       = LOWER({Email})
  Phone       = IF(TRIM({Phone number}) = "", {Mobile phone number}, {Phone number})
  Lead Source = "Partner"

Phone: the office number, and if that one is empty/only spaces then the mobile. As typed, no
formatting. Every planner has at least one of the two.
Lead Source is the same for all.""",
    extended(
        HS,
        hs(
            email="Amina.Haji@ZanziBliss.com",
            industry="Events",
            phone="+255 24 555 0190",
            mobilephone="",
        ),
        hs(
            email="LAURA@ITALIANWEDDINGS.IT",
            industry="Events",
            phone="   ",
            mobilephone="+39 333 555 0144",
        ),
        hs(email="Tom.Fisher@Gmail.com", industry="events", phone="(646) 555-0110"),
        hs(email="Sam.Kato@Outlook.com", industry="", phone="+256 41 555 0101"),
    ),
)
def o13(r: R) -> Out:
    if r["industry"] != "Events":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "LeadSource": "Partner",
    }


@case(
    "h189-14",
    H,
    C,
    """Trigger: When record matches conditions (all contacts)
Action 1: Update record -> Salesforce Contact, match on Email
  Email      = {Email}
  Title      = TRIM({Job title})
  First Name = {First name} with every word capitalised (big first letter, rest small):
               "ABDUL" -> "Abdul", "anna lena" -> "Anna Lena"
  Department = Conditional group on {Industry} (exact match):
                 If "Travel Agency" -> "Trade Sales"
                 If "Events"        -> "Weddings & Events"
                 If "Hospitality"   -> "Partnerships"
                 Otherwise          -> "Direct Sales" (also when Industry is empty)

TRIM only cuts spaces at the start and the end; a title of only spaces becomes empty text.

Asante - Neema""",
    extended(
        HS,
        hs(
            email="abdul.rashid@kilitours.co.tz",
            firstname="ABDUL",
            jobtitle="  Operations Manager ",
            industry="Travel Agency",
        ),
        hs(
            email="anna.lena@hochzeit-ideen.de",
            firstname="anna lena",
            jobtitle="  ",
            industry="Events",
        ),
        hs(
            email="gm@lakemanyara-lodge.com",
            firstname="peter",
            jobtitle="General Manager",
            industry="Hospitality",
        ),
        hs(email="s.patel@gmail.com", firstname="sunita", jobtitle="", industry="   "),
    ),
)
def o14(r: R) -> Out:
    dept = {
        "Travel Agency": "Trade Sales",
        "Events": "Weddings & Events",
        "Hospitality": "Partnerships",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "FirstName": title(r["firstname"]),
        "Department": dept.get(r["industry"], "Direct Sales"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h189-15",
    H,
    M,
    """"Habari za Serengeti" newsletter: all HubSpot contacts into the Mailchimp audience.

Trigger: When record matches conditions (no conditions)
Action 1: Create record -> Mailchimp member, match on Email Address
  Email Address = {Email}
  FNAME         = {First name}
  LNAME         = {Last name}
  Status        = "subscribed"
  Language      = IF(TRIM({Preferred language}) = "", "en", {Preferred language})

FNAME/LNAME are plain tokens, empty name -> empty merge field. Status is fixed.
Preferred language is hs_language; most contacts don't have that field at all -> "en",
same as empty or spaces. A filled one ("sw", "de") goes as it is.""",
    extended(
        HS,
        hs(email="rehema.ngowi@gmail.com", firstname="Rehema", lastname="Ngowi", hs_language="sw"),
        hs(email="k.weber@gmx.de", firstname="Katrin", lastname="", hs_language="de"),
        hs(email="wanderlust77@yahoo.com", firstname="", lastname="Moss", hs_language="  "),
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
    "h189-16",
    H,
    M,
    """Website bookers -> Mailchimp. We only send to people who said yes, so no answer = ask first.

Trigger: When record matches conditions - all contacts
Action 1: Create record -> Mailchimp member (match on Email Address)
  Email Address = {Email}
  Status = Conditional group on {Unsubscribed from all email} (hs_email_optout, text):
             If "true"  -> "unsubscribed"
             If "false" -> "subscribed"
             Otherwise (empty / only spaces) -> "pending", Mailchimp sends the confirm mail
  Tags   = "Safari News"   (just this one tag, for everybody)

- Neema""",
    extended(
        HS,
        hs(email="john.mrema@gmail.com", hs_email_optout=""),
        hs(email="claire.dubois@orange.fr", hs_email_optout="false"),
        hs(email="mike.t@hotmail.com", hs_email_optout="  "),
        hs(email="saida.ali@yahoo.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Safari News"]}


@case(
    "h189-17",
    H,
    M,
    """Tags for the trade mailing, so we can send incentive offers to big companies.

Trigger: When record matches conditions (all)
Action 1: Create record -> Mailchimp member, match on Email Address
  Email Address = {Email}
  Tags (list):
    add "Incentive" if VALUE({Number of Employees}) > 100
        (empty Number of Employees -> no "Incentive")
    add "US Agent"  if {Country/Region} = "United States"   (exact, "united states" is not it)
  Order: "Incentive" first, then "US Agent". If none applies send the empty list [], not nothing.

Asante sana""",
    extended(
        HS,
        hs(email="travel@apexbank.com", numemployees="5200", country="United States"),
        hs(email="hello@tinytrips.com", numemployees="  ", country="United States"),
        hs(email="hr@rotterdam-port.nl", numemployees="300", country="united states"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Incentive")
    if r["country"] == "United States":
        tags.append("US Agent")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h189-18",
    H,
    M,
    """SMS reminders for the Great Migration webinar.

Trigger: When record matches conditions (all contacts)
Action 1: Create record -> Mailchimp member (match on Email Address)
  Email Address = {Email}
  FNAME = LEFT({First name}, FIND(" ", {First name} & " ") - 1)
          -> only the first word: "Mary Ann" -> "Mary"
  PHONE = IF(TRIM({Mobile phone number}) = "", {Phone number}, {Mobile phone number})
          -> mobile, or the phone number when mobile is empty/spaces (each one has one of them)
  then PHONE in E.164, in words: only digits with "+" in front. Starts with "+" -> keep that
  country code. No "+" -> American: "+1" and the digits, but 11 digits beginning with 1 only get
  the "+". (202) 555-0139 -> +12025550139.""",
    extended(
        HS,
        hs(
            email="maryann.cole@gmail.com",
            firstname="Mary Ann",
            mobilephone="",
            phone="1-202-555-0139",
        ),
        hs(
            email="juma.hassan@gmail.com",
            firstname="Juma Hassan",
            mobilephone="+255 713 555 077",
            phone="",
        ),
        hs(
            email="leo.b@icloud.com",
            firstname="Leo",
            mobilephone="  ",
            phone="(312) 555-0170",
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
    "h189-19",
    H,
    M,
    """Agency audience. A contact with no company is a private guest, not an agency, so skip them.

Trigger: When record matches conditions
  {Company name} is not empty   (empty or only spaces -> not triggered)
Action 1: Create record -> Mailchimp member, match on Email Address
  Email Address = {Email}
  Status        = "subscribed"
  VIP           = IF({Job title} = "Owner", TRUE(), FALSE())

VIP: exactly "Owner". "owner", other titles, empty title -> FALSE.
- Neema""",
    extended(
        HS,
        hs(email="info@kilimanjaro-dreams.com", company="Kilimanjaro Dreams Ltd", jobtitle="Owner"),
        hs(email="guest.family@gmail.com", company="   ", jobtitle="Owner"),
        hs(email="mail@afrikatours.at", company="Afrika Tours", jobtitle="owner"),
        hs(email="sales@safari-link.com", company="Safari Link", jobtitle=""),
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
    "h189-20",
    H,
    M,
    """Big incentive clients audience. Emails are already in small letters here.

Trigger: When record matches conditions (no conditions)
Action 1: Create record -> Mailchimp member (match on Email Address)
  Email Address = {Email}
  FNAME = {First name}, each word capitalised ("WANJIKU" -> "Wanjiku", "lars" -> "Lars")
  LNAME = IF(TRIM({Last name}) = "", MID({Email}, FIND("@", {Email}) + 1, LEN({Email})), {Last name})
          -> no last name (empty/spaces): the domain after the @, "events@tanzaniteholdings.com"
             gives "tanzaniteholdings.com"
  VIP   = IF(VALUE({Annual revenue}) > 5000000, TRUE(), FALSE())
          -> more than 5 million TRUE; empty revenue FALSE

Asante!""",
    extended(
        lower_emails(HS),
        hs(
            email="events@tanzaniteholdings.com",
            firstname="WANJIKU",
            lastname="",
            annualrevenue="7500000",
        ),
        hs(email="lars@nordicincentives.no", firstname="lars", lastname="  ", annualrevenue="  "),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["annualrevenue"], 5_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h189-21",
    H,
    S,
    """Segment identify for the new booking portal login.

Trigger: When record matches conditions (all contacts)
Action 1: Create record -> Segment identify
  userId        = LOWER({Email})        (the match key, whole email small letters)
  traits.title   = {Job title}
  traits.website = {Website URL}
  traits.name    = {First name} & " " & {Last name}   ("Fatuma Said", one space)

title and website are plain tokens, empty stays empty text.
- Neema""",
    extended(
        HS,
        hs(
            email="Fatuma.Said@Gmail.com",
            firstname="Fatuma",
            lastname="Said",
            jobtitle="",
            website="",
        ),
        hs(
            email="BOOKINGS@SAFARIWORLD.COM",
            firstname="Henry",
            lastname="Mills",
            jobtitle="Travel Designer",
            website="https://safariworld.com",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "title": r["jobtitle"],
            "website": r["website"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h189-22",
    H,
    S,
    """Company info on the Segment profile, nested inside traits.company (not flat).

Trigger: When record matches conditions - every contact
Action 1: Create record -> Segment identify
  userId                        = {Email}
  traits.company.name           = IF(TRIM({Company name}) = "", "Independent Traveller", {Company name})
  traits.company.industry       = {Industry}
  traits.company.employee_count = INT(VALUE({Number of Employees}))   -> whole number

industry and employee_count: when the HubSpot field is empty or only spaces, leave that key out
completely (no null, no empty text).

Asante sana""",
    extended(
        HS,
        hs(
            email="ops@serengeti-balloons.co.tz",
            company="Serengeti Balloons",
            industry="Aviation",
            numemployees="35",
        ),
        hs(email="solo.traveller@gmail.com", company=" ", industry="  ", numemployees=""),
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
    "h189-23",
    H,
    S,
    """Where to send the printed travel documents: address under traits.address, plus phone.

Trigger: When record matches conditions (all)
Action 1: Create record -> Segment identify
  userId                    = {Email}
  traits.address.city       = {City}
  traits.address.country    = {Country/Region}
  traits.address.postalCode = {Postal code}   -> only if filled; empty/spaces = no postalCode key
  traits.phone              = {Phone number}, or {Mobile phone number} when phone is empty/spaces

traits.phone in E.164: digits only, "+" first. Has "+" already -> keep its code. No "+" -> US,
"+1" in front (if 11 digits starting with 1, just the "+"). 512.555.0147 -> +15125550147.
Both numbers empty -> no traits.phone at all.""",
    extended(
        HS,
        hs(
            email="c.ortiz@texasadventures.com",
            city="Austin",
            country="United States",
            zip="",
            phone="  ",
            mobilephone="512.555.0147",
        ),
        hs(
            email="mwanaisha.k@gmail.com",
            city="Moshi",
            country="Tanzania",
            zip="  ",
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
    "h189-24",
    H,
    S,
    """Email from the Zanzibar wifi sign-up page sometimes has spaces around it, so TRIM first.

Trigger: When record matches conditions (all contacts)
Action 1: Create record -> Segment identify
  userId                = LOWER(TRIM({Email}))   (" Zuhura.M@Gmail.com " -> "zuhura.m@gmail.com")
  traits.title          = {Job title}            (plain token)
  traits.marketing_ok   = IF({Unsubscribed from all email} = "false", TRUE(), FALSE())
      -> a real true/false. "false" (not unsubscribed) -> TRUE, "true" -> FALSE,
         and empty/spaces -> FALSE (no answer, we don't assume)
  traits.annual_revenue = VALUE({Annual revenue})   -> a number, keep decimals
      -> empty revenue: leave annual_revenue out

- Neema""",
    extended(
        HS,
        hs(email=" Zuhura.M@Gmail.com ", jobtitle="", hs_email_optout="", annualrevenue=""),
        hs(
            email="Sales@Kibo-Incentives.CO.TZ  ",
            jobtitle="Sales Lead",
            hs_email_optout="false",
            annualrevenue="3200000.50",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "marketing_ok": r["hs_email_optout"] == "false",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h189-25",
    H,
    G,
    """GA4 Measurement Protocol: one lodge_enquiry event per contact, the event in events[0].

Trigger: When record matches conditions (all contacts)
Action 1: Create record -> GA4 event
  client_id                       = {Email}
  events[0].name                  = "lodge_enquiry"
  events[0].params.lodge          = "serengeti"        (fixed)
  events[0].params.company        = {Company name}     (plain, empty stays empty)
  events[0].params.country        = IF(TRIM({Country/Region}) = "", "not_set", LOWER({Country/Region}))
  events[0].params.enquiry_date   = DATETIME_FORMAT({Create date}, 'YYYY-MM-DD')

country: small letters; if empty or only spaces send "not_set". enquiry_date: date part only.""",
    extended(
        HS,
        hs(
            email="ben.adler@gmail.com",
            company="",
            country="  ",
            createdate="2025-01-15T12:00:00.000Z",
        ),
        hs(
            email="reservations@kenyaskies.co.ke",
            company="Kenya Skies",
            country="KENYA",
            createdate="2025-01-16T14:20:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "lodge_enquiry",
                "params": {
                    "lodge": "serengeti",
                    "company": r["company"],
                    "country": "not_set" if blank(r["country"]) else r["country"].lower(),
                    "enquiry_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h189-26",
    H,
    G,
    """Incentive leads value for the GA4 dashboard. Emails in this source are small letters.

Trigger: When record matches conditions
  VALUE({Annual revenue}) > 1000000   (more than 1 million; empty revenue -> NOT triggered)
Action 1: Create record -> GA4 event
  client_id                = LEFT({Email}, FIND("@", {Email}) - 1)
                             (before the @: "travel@mzinga.co.tz" -> "travel")
  events[0].name           = "incentive_lead"
  events[0].params.value   = VALUE({Annual revenue})   (a number, decimals kept)
  events[0].params.currency = "USD"

Asante sana""",
    extended(
        lower_emails(HS),
        hs(email="travel@mzinga.co.tz", annualrevenue="48000000"),
        hs(email="hello@smallco.de", annualrevenue="450000"),
        hs(email="info@unknownsize.com", annualrevenue="   "),
        hs(email="events@lakezone.co.tz", annualrevenue="1750000.5"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "incentive_lead",
                "params": {"value": num(r["annualrevenue"]), "currency": "USD"},
            }
        ],
    }


@case(
    "h189-27",
    H,
    G,
    """Trigger: When record matches conditions (all contacts)
Action 1: Create record -> GA4 event
  client_id      = {Email}
  events[0].name = IF({Lifecycle stage} = "opportunity", "quote_requested", "lodge_enquiry")
                   -> any other stage, and empty stage, is "lodge_enquiry"
  events[0].params.country   = IF(TRIM({Country/Region}) = "", "Tanzania", {Country/Region})
  events[0].params.job_title = {Job title}   (plain token)

Karibu GA4 :) - Neema""",
    extended(
        HS,
        hs(email="omar.k@gmail.com", lifecyclestage="opportunity", country="  ", jobtitle=""),
        hs(
            email="e.lindgren@polarsafari.se",
            lifecyclestage="",
            country="Sweden",
            jobtitle="Owner",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "quote_requested" if r["lifecyclestage"] == "opportunity" else "lodge_enquiry"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"country": dflt(r["country"], "Tanzania"), "job_title": r["jobtitle"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h189-28",
    L,
    H,
    """Other way now: Salesforce Leads into HubSpot contacts.

Trigger: When record matches conditions (all Leads)
Action 1: Update record -> HubSpot contact, match on Email
  Email             = {Email}
  First name        = {First Name}
  Last name         = {Last Name}
  Company name      = {Company}
  Job title         = {Title}
  Phone number      = {Phone}
  Street address    = {Street}
  City              = {City}
  Postal code       = {Zip/Postal Code}
  Country/Region    = {Country}

Only tokens. When the Lead field is empty HubSpot gets the same empty value, no skipping.""",
    extended(
        SFL,
        sfl(
            Email="p.shirima@tanzaniatrails.co.tz",
            FirstName="Paul",
            LastName="Shirima",
            Company="Tanzania Trails",
            Title="",
            Phone="+255 27 555 0145",
            Street="Sokoine Rd 14",
            City="Arusha",
            PostalCode="",
            Country="Tanzania",
        ),
        sfl(
            Email="m.keller@fernweh.ch",
            FirstName="",
            LastName="Keller",
            Company="",
            Title="Reiseberaterin",
            Phone="",
            Street="",
            City="Zürich",
            PostalCode="8001",
            Country="Switzerland",
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
    "h189-29",
    L,
    H,
    """HubSpot lifecycle stage from the Lead Status.

Trigger: When record matches conditions - all Leads
Action 1: Update record -> HubSpot contact (match on Email)
  Email           = {Email}
  Lifecycle stage = SWITCH({Lead Status},
                      "Open - Not Contacted", "lead",
                      "Working - Contacted", "salesqualifiedlead",
                      "Closed - Converted", "customer",
                      "Closed - Not Converted", "other")
  Unsubscribed from all email (hs_email_optout) = IF({Email Opt Out}, "true", "false")

No default in the SWITCH, our org has only these four statuses.
Opt out goes as the text "true" or "false" (ticked -> "true").""",
    extended(
        SFL,
        sfl(Email="w.otieno@maasaimara.ke", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(Email="info@baltic-safaris.lv", Status="Closed - Converted", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    stage = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "salesqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return {
        "email": r["Email"],
        "lifecyclestage": stage[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h189-30",
    L,
    H,
    """Lead status in HubSpot from the Salesforce Rating. Email small letters please, otherwise HubSpot
makes double contacts.

Trigger: When record matches conditions (all Leads)
Action 1: Update record -> HubSpot contact, match on Email
  Email          = LOWER({Email})
  Lead status (hs_lead_status) = SWITCH({Rating}, "Hot", "OPEN_DEAL", "Warm", "IN_PROGRESS", "Cold", "BAD_TIMING")
  Annual revenue = VALUE({Annual Revenue})  -> a number, decimals kept

Every Lead has one of the three ratings, so no default.
If Annual Revenue is empty, don't send Annual revenue at all.
- Neema""",
    extended(
        SFL,
        sfl(Email="Bookings@KaribuHolidays.DE", Rating="Warm", AnnualRevenue=""),
        sfl(Email="Travel@Acme-Incentives.COM", Rating="Hot", AnnualRevenue="9400000.75"),
    ),
)
def o30(r: R) -> Out:
    status = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "BAD_TIMING"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": status[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h189-31",
    L,
    H,
    """UK agents only, after WTM London.

Trigger: When record matches conditions
  {Country} is "United Kingdom"   (exact: "UK", "England", empty -> not triggered)
Action 1: Update record -> HubSpot contact (match on Email)
  Email        = {Email}
  Phone number = {Phone} in E.164 (UK)
  Postal code  = UPPER({Zip/Postal Code})
  Job title    = IF(TRIM({Title}) = "", "Travel Consultant", {Title})

E.164 for UK in words: only the digits, drop the first 0 and put +44 in front
(0131 496 0555 -> +441314960555). If it already starts with "+", keep its code and just the
digits after the "+". All UK leads have a phone.""",
    extended(
        SFL,
        sfl(
            Email="j.patel@londonsafaris.co.uk",
            Country="United Kingdom",
            Phone="0131 496 0555",
            PostalCode="eh1 1yz",
            Title="  ",
        ),
        sfl(
            Email="h.green@greenroutes.co.uk",
            Country="United Kingdom",
            Phone="+44 161 496 0011",
            PostalCode="m2 5db",
            Title="Owner",
        ),
        sfl(
            Email="s.byrne@irishtrails.ie",
            Country="Ireland",
            Phone="+353 1 555 0177",
            PostalCode="d02 y754",
            Title="",
        ),
        sfl(
            Email="k.ahmed@africaexpert.co.uk",
            Country="UK",
            Phone="020 7946 0999",
            PostalCode="n1 9gu",
            Title="",
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
    "h189-32",
    L,
    H,
    """Leads -> HubSpot, but the dead ones stay in Salesforce.

Trigger: When record matches conditions
  {Lead Status} is not "Closed - Not Converted"
Action 1: Update record -> HubSpot contact, match on Email
  Email          = {Email}
  Street address = IF(TRIM({Street}) = "", {City}, {Street} & ", " & {City})
                   -> "Plot 21 Njiro Rd, Arusha"; no street (empty/spaces) -> only the city, no comma
  Company name   = IF(TRIM({Company}) = "", "Direct Booker", {Company})

City is filled on every Lead that passes.
Asante sana!""",
    extended(
        SFL,
        sfl(
            Email="n.lyimo@gmail.com",
            Status="Working - Contacted",
            Street="  ",
            City="Moshi",
            Company="",
        ),
        sfl(
            Email="d.kessy@njiro-lodge.co.tz",
            Status="Open - Not Contacted",
            Street="Plot 21 Njiro Rd",
            City="Arusha",
            Company="  ",
        ),
        sfl(
            Email="lost.lead@oldagency.com",
            Status="Closed - Not Converted",
            Street="",
            City="Mwanza",
            Company="Old Agency",
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
        "company": dflt(r["Company"], "Direct Booker"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h189-33",
    C,
    M,
    """Salesforce Contacts (trade partners) -> Mailchimp "Agent Updates" audience.

Trigger: When record matches conditions (all Contacts)
Action 1: Create record -> Mailchimp member, match on Email Address
  Email Address = LOWER({Email})
  Status        = IF({Email Opt Out}, "unsubscribed", "subscribed")
  Tags          = "Trade Partner" for everyone, and after it "German Market" only when
                  {Mailing Country} = "Germany" (exact)

- Neema""",
    extended(
        SFC,
        sfc(
            Email="J.Hoffmann@Safari-Reisen.DE", MailingCountry="Germany", HasOptedOutOfEmail=False
        ),
        sfc(Email="M.Lang@Lang-Touristik.DE", MailingCountry="germany", HasOptedOutOfEmail=True),
        sfc(Email="A.Vogel@Vogel-Travel.DE", MailingCountry="Germany", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Trade Partner"] + (["German Market"] if r["MailingCountry"] == "Germany" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h189-34",
    C,
    M,
    """SMS audience from Contacts. No phone, nothing to send, so those don't come.

Trigger: When record matches conditions
  {Phone} is not empty   (empty or only spaces -> skipped)
Action 1: Create record -> Mailchimp member (match on Email Address)
  Email Address = {Email}
  PHONE         = {Phone} in E.164
  Language      = SWITCH({Mailing Country},
                    "Germany", "de", "Austria", "de", "United States", "en",
                    "Tanzania", "sw", "Italy", "it")
PHONE E.164: digits only, "+" first; already "+" -> keep that code; no "+" -> US, "+1" + digits,
except 11 digits starting with 1 which only get the "+".
No default for Language: only these five countries are in the list.""",
    extended(
        SFC,
        sfc(Email="zawadi.m@gmail.com", Phone="+255 784 555 210", MailingCountry="Tanzania"),
        sfc(Email="g.ricci@safariitalia.it", Phone="", MailingCountry="Italy"),
        sfc(
            Email="t.baker@bakertravel.com",
            Phone="1 (415) 555-0163",
            MailingCountry="United States",
        ),
        sfc(Email="f.gruber@reisebuero-gruber.at", Phone="   ", MailingCountry="Austria"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Germany": "de",
        "Austria": "de",
        "United States": "en",
        "Tanzania": "sw",
        "Italy": "it",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h189-35",
    C,
    M,
    """Wedding newsletter from Salesforce Contacts.

Trigger: When record matches conditions (all)
Action 1: Create record -> Mailchimp member, match on Email Address
  Email Address = {Email}
  FNAME         = IF(TRIM({First Name}) = "", "Rafiki", {First Name})   (rafiki = friend)
  LNAME         = {Last Name}    (plain, empty is ok)
  VIP           = IF({Title} = "Wedding Planner", TRUE(), FALSE())
                  -> exact; empty title or "wedding planner" -> FALSE
  Status        = "subscribed"   (same for all)""",
    extended(
        SFC,
        sfc(
            Email="info@pwani-weddings.co.tz",
            FirstName="",
            LastName="Mohamed",
            Title="Wedding Planner",
        ),
        sfc(Email="someone@gmail.com", FirstName="   ", LastName="", Title="  "),
        sfc(
            Email="c.ferrari@sposi.it",
            FirstName="Chiara",
            LastName="Ferrari",
            Title="wedding planner",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Rafiki"), "LNAME": r["LastName"]},
        "vip": r["Title"] == "Wedding Planner",
        "status": "subscribed",
    }


@case(
    "h189-36",
    C,
    M,
    """Website bookers from Salesforce, clean start in Mailchimp (old tags cleared).

Trigger: When record matches conditions
  {Lead Source} is "Web"   (exact; other sources and empty Lead Source -> not triggered)
Action 1: Create record -> Mailchimp member (match on Email Address)
  Email Address = {Email}
  FNAME         = {First Name}
  LNAME         = {Last Name}
  Status        = "subscribed"
  Language      = "en"
  Tags          = empty list []   (so the member has no tags after)

FNAME/LNAME plain tokens, empty goes empty.
Asante - Neema""",
    extended(
        SFC,
        sfc(Email="l.martin@gmail.com", FirstName="Lucy", LastName="", LeadSource="Web"),
        sfc(
            Email="agent@far-horizons.com",
            FirstName="Ian",
            LastName="Cole",
            LeadSource="Trade Show",
        ),
        sfc(Email="no.source@yahoo.com", FirstName="", LastName="Mbwambo", LeadSource="  "),
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
    "h189-37",
    C,
    S,
    """Segment profile for agents who log in to the rates portal.

Trigger: When record matches conditions (all Contacts)
Action 1: Create record -> Segment identify
  userId           = LOWER({Email})
  traits.firstName = {First Name}
  traits.lastName  = {Last Name}
  traits.phone     = {Phone}        (these three: plain, empty stays empty)
  traits.title     = {Title}        only when Title has something; empty/spaces -> no title key""",
    extended(
        SFC,
        sfc(
            Email="Deo.Swai@Kibo-Travel.CO.TZ",
            FirstName="Deo",
            LastName="",
            Title="   ",
            Phone="",
        ),
        sfc(
            Email="S.KOWALCZYK@AFRYKA.PL",
            FirstName="Sylwia",
            LastName="Kowalczyk",
            Title="Agent",
            Phone="+48 22 555 01 66",
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
                "phone": r["Phone"],
                "title": omit_if_blank(r["Title"]),
            },
        }
    )


@case(
    "h189-38",
    C,
    S,
    """Trigger: When record matches conditions - every Contact
Action 1: Create record -> Segment identify
  userId                 = {Email}
  traits.address.city    = TRIM({Mailing City})
      -> spaces off both ends only; a city of only spaces becomes ""
  traits.address.country = IF(TRIM({Mailing Country}) = "", "Tanzania", {Mailing Country})
      -> empty/spaces -> "Tanzania" (most of our guests without a country are local)
Both go nested under traits.address.
- Neema""",
    extended(
        SFC,
        sfc(Email="hamisi.b@gmail.com", MailingCity="  Mwanza ", MailingCountry=""),
        sfc(Email="r.mollel@yahoo.com", MailingCity="   ", MailingCountry="  "),
        sfc(Email="a.keller@afrika-spezial.de", MailingCity="Hamburg", MailingCountry="Germany"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Tanzania"),
            }
        },
    }


@case(
    "h189-39",
    C,
    S,
    """Segment traits: phone, full name and where the agent came from.

Trigger: When record matches conditions (all Contacts)
Action 1: Create record -> Segment identify
  userId             = {Email}
  traits.phone       = {Phone} in E.164: only digits with "+" in front; begins with "+" -> keep
                       its code; otherwise US -> "+1" first, but 11 digits starting with 1 only "+"
  traits.name        = {First Name} & " " & {Last Name}   ("Grace Lema")
  traits.lead_source = Conditional group on {Lead Source}:
                         If "Web" -> "website"
                         If "Trade Show" -> "trade_fair"
                         If "Partner Referral" -> "agent_network"
                         Otherwise (other sources, empty) -> "other"

Asante sana""",
    extended(
        SFC,
        sfc(
            Email="grace.lema@serengetihorizons.com",
            FirstName="Grace",
            LastName="Lema",
            LeadSource="Partner Referral",
            Phone="+255 27 555 0188",
        ),
        sfc(
            Email="b.jones@atlantasafaris.com",
            FirstName="Brian",
            LastName="Jones",
            LeadSource="Advertisement",
            Phone="1-404-555-0121",
        ),
    ),
)
def o39(r: R) -> Out:
    src = {"Web": "website", "Trade Show": "trade_fair", "Partner Referral": "agent_network"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "lead_source": src.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h189-40",
    M,
    H,
    """Mailchimp members back into HubSpot.

Trigger: When record matches conditions (all members)
Action 1: Update record -> HubSpot contact, match on Email
  Email        = {Email Address}
  First name   = {FNAME} with each word capitalised ("ZAWADI" -> "Zawadi", "anna maria" -> "Anna Maria")
  Phone number = {PHONE}        -> as is; if PHONE is empty/spaces leave Phone number out
  Company name = IF(TRIM({COMPANY}) = "", "Direct Booker", {COMPANY})
  Unsubscribed from all email (hs_email_optout) = IF({Status} = "unsubscribed", "true", "false")
      -> the text "true"/"false". Only unsubscribed is "true"; subscribed, pending, cleaned
         all "false"

- Neema""",
    extended(
        MC,
        mc(
            {"FNAME": "ZAWADI", "LNAME": "Mrisho", "PHONE": "  ", "COMPANY": ""},
            email_address="zawadi.mrisho@gmail.com",
            status="pending",
        ),
        mc(
            {
                "FNAME": "anna maria",
                "LNAME": "Conti",
                "PHONE": "+39 06 5550 1290",
                "COMPANY": "Conti Viaggi",
            },
            email_address="annamaria@contiviaggi.it",
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
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Direct Booker"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h189-41",
    M,
    H,
    """Repeat guests audience -> HubSpot, but not the bounced addresses.

Trigger: When record matches conditions
  {Status} is not "cleaned"
Action 1: Update record -> HubSpot contact (match on Email)
  Email           = {Email Address}
  Phone number    = {PHONE} in E.164
  Company name    = {COMPANY}    (plain token, empty stays empty)
  Lifecycle stage = IF({VIP}, "evangelist", "subscriber")

E.164 in words: only digits, "+" in front. Has "+" -> keep its country code. No "+" -> US: "+1"
first (11 digits beginning with 1 just get the "+"). (919) 555-0133 -> +19195550133.
PHONE empty/spaces -> don't set Phone number at all.""",
    extended(
        MC,
        mc(
            {"PHONE": "(919) 555-0133", "COMPANY": "Carolina Safari Club"},
            email_address="club@carolinasafari.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": " ", "COMPANY": ""},
            email_address="happy.guest@gmail.com",
            status="unsubscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "+255 755 555 400", "COMPANY": "Old Mail"},
            email_address="bounced@oldmail.co.tz",
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
            "lifecyclestage": "evangelist" if r["vip"] else "subscriber",
        }
    )


@case(
    "h189-42",
    M,
    H,
    """Last one! Mailchimp emails are all small letters already.

Trigger: When record matches conditions (all members)
Action 1: Update record -> HubSpot contact, match on Email
  Email        = {Email Address}
  First name   = LEFT({FNAME}, FIND(" ", {FNAME} & " ") - 1)    -> first word, "Mary Jane" -> "Mary"
  Company name = IF(TRIM({COMPANY}) = "", MID({Email Address}, FIND("@", {Email Address}) + 1, 99), {COMPANY})
                 -> no company: the domain after the @, "mary@honeymoonhaven.com" -> "honeymoonhaven.com"
  Lead status (hs_lead_status) = IF(the tags include "Wedding", "OPEN", "NEW")
                 -> exact tag "Wedding" (capital W); everybody else "NEW"

Asante sana kwa msaada!""",
    extended(
        MC,
        mc(
            {"FNAME": "Mary Jane", "COMPANY": "   "},
            email_address="mary@honeymoonhaven.com",
            tags=["Newsletter", "Wedding"],
        ),
        mc(
            {"FNAME": "Kassim", "COMPANY": "Kassim Events"},
            email_address="kassim@kassimevents.co.tz",
            tags=["wedding"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "hs_lead_status": "OPEN" if "Wedding" in r["tags"] else "NEW",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set189")
