"""Held-out set 181 for the offline mapping drafter.

Persona: Lars Haugen, Salesforce admin at a ferry and travel operator in Oslo, Norway. He
describes every sync the way he builds a Salesforce Flow: 'Get Records' says which records go
(with its conditions), 'Decision' elements have named Outcomes and a Default Outcome, and
'Assignment' elements set Field = value or formula (sometimes a 'formula resource'). He
writes Salesforce fields by API name (Lead.LeadSource, Contact.MailingCity), HubSpot properties
by their label, Mailchimp by merge tag, and always adds a note on what 'null' means for him
(empty or only spaces). Terse, Norwegian-flavoured English ('Hei', 'Takk', 'Mvh Lars', 'ja',
'this we do not touch'); his records are ferry passengers, travel agencies and fjord cruise
bookings (the Oslo-Kiel crossing, Bergen and Geirangerfjord cruises, US and UK agents).

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
    "h181-01",
    H,
    L,
    """Hei,

Flow 1: HubSpot contacts -> Salesforce Lead. Passengers who asked about the Oslo-Kiel crossing.

Get Records: all contacts, no conditions.

Assignment "Passenger to Lead":
  Lead.Email = Email
  Lead.FirstName = First Name
  Lead.LastName = Last Name
  Lead.Company = Company Name
  Lead.Phone = Phone Number
  Lead.City = City
  Lead.LeadSource = "Phone Inquiry"   (fixed text, same on every Lead)

The first six are direct copies, nothing cleaned. About null: when the HubSpot value is empty, the Lead field gets the same empty value, no default. A value with spaces comes over with the spaces.

Mvh Lars""",
    extended(
        HS,
        hs(
            email="ingrid.solberg@online.no",
            firstname="Ingrid",
            lastname="Solberg",
            company="",
            phone="  ",
            city="Oslo",
        ),
        hs(
            email="ola.nordmann@gmail.com",
            firstname="Ola ",
            lastname="Nordmann",
            company="Nordic Reiser AS",
            phone="+47 22 33 44 55",
            city="",
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
        "LeadSource": "Phone Inquiry",
    }


@case(
    "h181-02",
    H,
    L,
    """Flow 2, Lead again. Walk-in passengers from the Vippetangen terminal desk - staff type them in with extra spaces everywhere.

Assignment "Trim":
  Lead.FirstName = TRIM(First Name)
  Lead.City = TRIM(City)
(spaces off start and end, nothing more)

Decision "Company null?"
  Outcome "No company": Company Name is null -> Lead.Company = "Private Passenger"
  Default Outcome: Lead.Company = Company Name exactly as it is (this one no trim)

Decision "Last name null?"
  Outcome "No last name": Last Name is null -> Lead.LastName = "Unknown"
  Default Outcome: Lead.LastName = Last Name as it is, also no trim

Lead.Email = Email, plain copy.

Null for me = empty or only spaces.""",
    extended(
        HS,
        hs(
            email="kari.bakken@hotmail.com",
            firstname=" Kari ",
            lastname="  ",
            company="",
            city=" Drammen ",
        ),
        hs(
            email="per.lie@fjordagent.no",
            firstname="Per",
            lastname=" Lie",
            company=" Fjordagent AS ",
            city="Oslo",
        ),
        hs(
            email="siv.ek@gmail.com",
            firstname="Siv  ",
            lastname="Ek",
            company="   ",
            city="  ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": dflt(r["lastname"], "Unknown"),
        "Company": dflt(r["company"], "Private Passenger"),
        "City": r["city"].strip(),
    }


@case(
    "h181-03",
    H,
    L,
    """Hei. Flow 3 is the callback list for the fjord cruise sales desk. Lead records.

Decision "Which number to call"
  Outcome "Mobile": Mobile Phone Number is not null -> Lead.MobilePhone = Mobile Phone Number
  Outcome "Office": Mobile null, Phone Number not null -> Lead.MobilePhone = Phone Number
  Default Outcome (both null): no Assignment, MobilePhone is not in the record at all. Not empty string - just not there.
Numbers copied as typed, no formatting. Null = empty or only spaces.

Assignment "Names":
  Lead.FirstName = First Name in title case
  Lead.LastName = Last Name in title case
  (every word: first letter capital, rest small. "SIGRID marie" -> "Sigrid Marie")
  Lead.Email = Email""",
    extended(
        HS,
        hs(
            email="sigrid.haug@gmail.com",
            firstname="SIGRID marie",
            lastname="haug",
            mobilephone="  ",
            phone="",
        ),
        hs(
            email="erik.moen@online.no",
            firstname="erik",
            lastname="MOEN",
            mobilephone=" ",
            phone="22 11 00 99",
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
    "h181-04",
    H,
    L,
    """Flow 4. We set Lead.Rating from the HubSpot Lifecycle Stage. One Decision, exact match on the internal value:

Decision "Stage to Rating"
  Outcome "Hot": lifecyclestage = customer or salesqualifiedlead -> Rating = "Hot"
  Outcome "Warm": lifecyclestage = marketingqualifiedlead or lead -> Rating = "Warm"
  Default Outcome -> Rating = "Cold". This catches every other stage, and a null stage (empty/spaces) also ends here.

Assignment:
  Lead.Email = LOWER(Email)   - whole address small letters, our duplicate rule is case sensitive
  Lead.LastName = Last Name   - copy

Takk!""",
    extended(
        HS,
        hs(email="Magnus.Dahl@Fjordreiser.NO", lastname="Dahl", lifecyclestage="  "),
        hs(email="TORA.VIK@GMAIL.COM", lastname="Vik", lifecyclestage="evangelist"),
        hs(email="Jonas.Berg@Online.no", lastname="Berg", lifecyclestage="salesqualifiedlead"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "customer": "Hot",
        "salesqualifiedlead": "Hot",
        "marketingqualifiedlead": "Warm",
        "lead": "Warm",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "Rating": table.get(r["lifecyclestage"], "Cold"),
    }


@case(
    "h181-05",
    H,
    L,
    """Hei, Flow 5 - travel agency leads from our Oslo agent workshop.

Get Records: HubSpot contacts, with two conditions that keep records out:
  1. Lifecycle Stage = "customer" -> not included (they have cruise bookings already, sales does not want them as Leads)
  2. Unsubscribed from all email = "true" -> not included. "false" or null stays in.
A contact that hits either one is skipped.

Assignment for the rest:
  Lead.Email = Email
  Lead.FirstName = First Name
  Lead.LastName = Last Name
  Lead.Company = Company Name
  Lead.Status = "Open - Not Contacted"   (same value on all)
The four copies are 1:1. Null in HubSpot gives the same empty value on the Lead.

Mvh Lars""",
    extended(
        HS,
        hs(
            email="booking@nordkappreiser.no",
            firstname="Hilde",
            lastname="Strand",
            company="Nordkapp Reiser AS",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
        hs(
            email="post@vestlandtravel.no",
            firstname="Anders",
            lastname="Ruud",
            company="",
            lifecyclestage="lead",
            hs_email_optout="  ",
        ),
        hs(
            email="info@sorlandagent.no",
            firstname="",
            lastname="Aas",
            company="Sørland Agent",
            lifecyclestage="opportunity",
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
        "Status": "Open - Not Contacted",
    }


@case(
    "h181-06",
    H,
    L,
    """Flow 6: Lead.Rating for agencies, from their revenue. Annual Revenue read as a number.

Decision "Revenue band" (outcomes checked top to bottom)
  Outcome "No revenue": Annual Revenue is null (empty or only spaces) -> Rating = "Cold"
  Outcome "Big": Annual Revenue > 10000000 -> Rating = "Hot"
  Outcome "Small": Annual Revenue < 1000000 -> Rating = "Cold"
  Default Outcome -> Rating = "Warm"

Assignment:
  Lead.NumberOfEmployees = Number of Employees as a whole number (integer, not text). If Number of Employees is null, do not set the field - leave it out of the record.
  Lead.Email = Email""",
    extended(
        HS,
        hs(email="salg@bigfjordtravel.no", annualrevenue="15000000.5", numemployees="320"),
        hs(email="hei@tinyagent.no", annualrevenue="  ", numemployees=" "),
        hs(email="kontor@midtnorsk.no", annualrevenue="999000", numemployees="7"),
    ),
)
def o06(r: R) -> Out:
    v = r["annualrevenue"]
    if blank(v):
        rating = "Cold"
    elif float(v) > 10_000_000:
        rating = "Hot"
    elif float(v) < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h181-07",
    H,
    L,
    """Hei. Flow 7, Leads from the US agents who sell our fjord cruises (Chicago and Seattle offices mostly).

Formula resource fxPhone, goes to Lead.Phone: Phone Number in E.164. Digits only, + at the start. If the number already starts with +, keep that country code. No + means a US number, so +1 in front - but if it is 11 digits starting with 1, only add the +. Example (206) 555-0100 -> +12065550100.
Decision "Phone null?": Phone Number null (empty or spaces) -> skip the assignment, the Lead has no Phone field at all.

Assignment:
  Lead.FirstName = First Name in title case (first letter of every word capital, rest lower)
  Lead.LastName = Last Name, title case the same way
  Lead.Email = Email""",
    extended(
        HS,
        hs(
            email="tom.larsen@seattlescandi.com",
            firstname="TOM",
            lastname="larsen",
            phone="1 (206) 555-0166",
        ),
        hs(
            email="ann.olsen@midwestnordic.com",
            firstname="ann kristin",
            lastname="OLSEN",
            phone="  ",
        ),
        hs(
            email="bjorn.eide@eidetravel.no",
            firstname="Bjørn",
            lastname="eide",
            phone="+47 55 12 34 56",
        ),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "Phone": omit_if_blank(r["phone"], e164),
        }
    )


@case(
    "h181-08",
    H,
    L,
    """Flow 8. Only Norwegian passengers this time.

Get Records: HubSpot contacts where Country/Region = "Norway". Exact text - so "norway", "Norge" or a null country are not picked up.

Assignment:
  Lead.Email = Email
  Lead.LastName = UPPER(Last Name)   (all capitals, this is how the ferry manifest wants it)
  Lead.Description = "Source: " & Original Source & ", created " & Create Date
     Create Date only the date part, YYYY-MM-DD, no time. Original Source as HubSpot stores it.
     Example: Source: OFFLINE, created 2024-05-17

Takk""",
    extended(
        HS,
        hs(
            email="liv.hauge@online.no",
            lastname="Hauge",
            country="Norway",
            hs_analytics_source="OFFLINE",
            createdate="2024-05-17T12:00:00.000Z",
        ),
        hs(
            email="knut.aasen@gmail.com",
            lastname="Aasen",
            country="Norway",
            hs_analytics_source="EMAIL_MARKETING",
            createdate="2024-08-02T11:30:00.000Z",
        ),
        hs(
            email="astrid.braten@gmail.com",
            lastname="Bråten",
            country="Norway",
            hs_analytics_source="SOCIAL_MEDIA",
            createdate="2025-02-10T12:45:00.000Z",
        ),
        hs(
            email="nils.vik@online.no",
            lastname="Vik",
            country="Norge",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2024-03-01T12:00:00.000Z",
        ),
        hs(
            email="sven.lund@gmail.com",
            lastname="Lund",
            country="norway",
            hs_analytics_source="REFERRALS",
            createdate="2024-04-04T12:00:00.000Z",
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
    "h181-09",
    H,
    C,
    """Hei! Now to Salesforce Contact. Flow 9 is the travel agency staff with their office address.

Assignment "Address":
  Contact.MailingStreet = Street Address
  Contact.MailingCity = City
  Contact.MailingState = State/Region
  Contact.MailingPostalCode = Postal Code
  Contact.MailingCountry = Country/Region
Assignment "Person":
  Contact.Email = Email
  Contact.FirstName = First Name
  Contact.LastName = Last Name

All 1:1 copies. Null in HubSpot -> the same empty value on the Contact, no defaults, no trim. The Other address fields this flow does not touch.

Mvh Lars""",
    extended(
        HS,
        hs(
            email="ragnhild.berg@bergenreise.no",
            firstname="Ragnhild",
            lastname="Berg",
            address="Strandkaien 4",
            city="Bergen",
            state="Vestland",
            zip="5013",
            country="Norway",
        ),
        hs(
            email="ole.jensen@danfjord.dk",
            firstname="Ole",
            lastname="Jensen",
            address="",
            city="København",
            state="  ",
            zip="1050",
            country="Denmark",
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
    "h181-10",
    H,
    C,
    """Flow 10, two checkboxes on the Contact.

Decision "Opt out"
  Outcome "Unsubscribed": Unsubscribed from all email = "true" -> Contact.HasOptedOutOfEmail = true
  Default Outcome -> false. This covers "false" and null too.

Decision "Can we call"
  Outcome "No mobile": Mobile Phone Number is null (empty or only spaces) -> Contact.DoNotCall = true
  Default Outcome -> Contact.DoNotCall = false
  Only the mobile counts here, the office Phone Number we ignore - the ferry desk calls mobiles only.

Both are real booleans, not text.

Plus:
Contact.Email = Email
Contact.LastName = Last Name""",
    extended(
        HS,
        hs(email="siri.holm@gmail.com", lastname="Holm", mobilephone="  ", hs_email_optout="  "),
        hs(
            email="geir.nilsen@online.no",
            lastname="Nilsen",
            mobilephone="+47 900 11 222",
            hs_email_optout="true",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["mobilephone"]),
    }


@case(
    "h181-11",
    H,
    C,
    """Hei. Flow 11. A Contact needs a LastName, Salesforce will not save it without. Many agency sign-ups have no person name, only the agency, so:

Decision "Last name source"
  Outcome "Has last name": Last Name not null -> Contact.LastName = Last Name
  Outcome "Has agency": Last Name null and Company Name not null -> Contact.LastName = Company Name
  Default Outcome: Contact.LastName = the part of Email before the @ (booking.vest@fjordreiser.no -> booking.vest)
Null = empty or just spaces. Values are copied as they are.

Assignment:
  Contact.Email = Email
  Contact.FirstName = First Name (copy, null stays empty)""",
    extended(
        lower_emails(HS),
        hs(email="booking.vest@fjordreiser.no", firstname="", lastname="  ", company=" "),
        hs(email="post@hurtigagent.no", firstname="", lastname="", company="Hurtig Agent AS"),
        hs(email="marte.sand@gmail.com", firstname="Marte", lastname="Sand", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h181-12",
    H,
    C,
    """Flow 12. Contact.MailingCountry must be the two-letter ISO code, not the name.

Decision "Country code" on Country/Region:
  United States -> "US"
  Japan -> "JP"
  Mexico -> "MX"
  France -> "FR"
  Norway -> "NO"
  Sweden -> "SE"
  Denmark -> "DK"
No Default Outcome needed - I checked the report, only these seven countries are in this list.

Contact.MailingPostalCode = UPPER(Postal Code). If Postal Code is null (empty or spaces), leave MailingPostalCode out of the record, not an empty string.
Contact.Email = Email

Mvh Lars""",
    extended(
        HS,
        hs(email="anna.lund@gmail.se", country="Sweden", zip="se-411 04"),
        hs(email="mads.holm@rejser.dk", country="Denmark", zip="dk-1050"),
        hs(email="kjell.ask@online.no", country="Norway", zip="  "),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "United States": "US",
        "Japan": "JP",
        "Mexico": "MX",
        "France": "FR",
        "Norway": "NO",
        "Sweden": "SE",
        "Denmark": "DK",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h181-13",
    H,
    C,
    """Hei, Flow 13: passengers with a booked fjord cruise, nobody else.

Get Records: HubSpot contacts with Lifecycle Stage = "customer". Other stages and a null stage are not picked.

Assignment:
  Contact.Email = LOWER(Email)
  Contact.Phone = Phone Number; if that is null (empty or spaces) then Mobile Phone Number instead. As typed, no formatting. (Every booked passenger has one of the two, booking requires it.)
  Contact.Description = "Fjord cruise passenger - from HubSpot"   (same text on all)

Takk""",
    extended(
        HS,
        hs(
            email="Eva.Strom@Gmail.com",
            lifecyclestage="customer",
            phone="  ",
            mobilephone="+47 915 55 012",
        ),
        hs(
            email="HANS.KROG@ONLINE.NO",
            lifecyclestage="customer",
            phone="+47 22 00 11 22",
            mobilephone="",
        ),
        hs(
            email="Not.Booked@Gmail.com", lifecyclestage="opportunity", mobilephone="+47 911 00 000"
        ),
        hs(email="No.Stage@Online.no", lifecyclestage=" "),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "Description": "Fjord cruise passenger - from HubSpot",
    }


@case(
    "h181-14",
    H,
    C,
    """Flow 14, Contacts for the agency staff.

Assignment:
  Contact.Title = TRIM(Job Title)   (spaces off start and end only; a value of only spaces becomes empty)
  Contact.MailingCity = City in title case (each word capital first letter, rest lower)
  Contact.Email = Email

Decision "Lead Source" on Original Source:
  Outcome "Web": ORGANIC_SEARCH or DIRECT_TRAFFIC -> Contact.LeadSource = "Web"
  Outcome "Ads": PAID_SEARCH or PAID_SOCIAL -> "Advertisement"
  Outcome "Partner": REFERRALS -> "Partner Referral"
  Outcome "Fair": OFFLINE -> "Trade Show"
  Default Outcome -> "Other" (every other source, null also)

Mvh Lars""",
    extended(
        HS,
        hs(
            email="lise.fjeld@fjeldreiser.no",
            jobtitle=" Booking Manager ",
            city="LILLEHAMMER",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="arne.bo@gmail.com",
            jobtitle="   ",
            city="mo i rana",
            hs_analytics_source="SOCIAL_MEDIA",
        ),
        hs(
            email="ida.wold@oslotravel.no",
            jobtitle="Agent",
            city="oslo",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "Partner Referral",
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
    "h181-15",
    H,
    M,
    """Hei! Now Mailchimp, the fjord cruise newsletter audience. Flow 15.

Assignment:
  Email Address = Email
  FNAME = First Name
  LNAME = Last Name
  (copies; null gives an empty merge field)
  status = "subscribed"   (constant)
  language = Preferred language, with a Decision: Preferred language is null -> "en"

Note: on most contacts the Preferred language property does not exist at all. Missing property, empty value or only spaces - for me all of it is null, so "en". When it has a value, copy it as it is.

Mvh Lars""",
    extended(
        HS,
        hs(email="astrid.lunde@online.no", firstname="Astrid", lastname="Lunde", hs_language="nb"),
        hs(email="hans.mueller@web.de", firstname="Hans", lastname="", hs_language="de"),
        hs(email="ella.park@gmail.com", firstname="", lastname="Park", hs_language="   "),
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
    "h181-16",
    H,
    M,
    """Flow 16: Mailchimp status, from the HubSpot unsubscribe flag.

Decision "Status"
  Outcome "Out": Unsubscribed from all email = "true" -> status = "unsubscribed"
  Outcome "In": Unsubscribed from all email = "false" -> status = "subscribed"
  Default Outcome (value is null, so empty or spaces) -> status = "pending". They get the confirm email first, GDPR.

tags = one tag, "Ferry Passenger", for everybody
Email Address = Email

Takk""",
    extended(
        HS,
        hs(email="jorunn.aas@gmail.com", hs_email_optout="  "),
        hs(email="leif.bakke@online.no", hs_email_optout="true"),
        hs(email="nora.eng@hotmail.com", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    if v == "true":
        status = "unsubscribed"
    elif v == "false":
        status = "subscribed"
    else:
        status = "pending"
    return {"email_address": r["email"], "status": status, "tags": ["Ferry Passenger"]}


@case(
    "h181-17",
    H,
    M,
    """Hei, Flow 17 - tags for the cruise audience, two Decisions after each other.

Decision 1 "High value": Annual Revenue (as number) > 5000000 -> add tag "High Value". Null revenue: no tag.
Decision 2 "Booked": Lifecycle Stage = "customer" -> add tag "Cruise Booked".

Both can be true, then the order is "High Value", "Cruise Booked". If none is true, tags = empty list [] (not null, an empty list).

Email Address = Email

That is all for this one.""",
    extended(
        HS,
        hs(email="direktor@fjordluxury.no", annualrevenue="8000000", lifecyclestage="customer"),
        hs(email="familie.berg@gmail.com", annualrevenue="  ", lifecyclestage="customer"),
        hs(email="kontor@smalltravel.no", annualrevenue="4999000", lifecyclestage="lead"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5_000_000):
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Cruise Booked")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h181-18",
    H,
    M,
    """Flow 18, the SMS reminders before departure (Mailchimp).

Assignment:
  FNAME = first word of First Name ("Anne Marie" -> "Anne")
  PHONE = Phone Number, or Mobile Phone Number when Phone Number is null (empty or spaces). Then E.164: only digits, + in front. Starts with + already -> keep its own country code. No + -> a US number, put +1 in front (11 digits beginning with 1 only gets the +).
  Email Address = Email

Every contact in this list has at least one of the two numbers, I checked it in the report.

Mvh Lars""",
    extended(
        HS,
        hs(
            email="anne.marie@gmail.com",
            firstname="Anne Marie",
            phone="  ",
            mobilephone="1-907-555-0143",
        ),
        hs(
            email="per.olav@online.no",
            firstname="Per Olav",
            phone="+47 22 41 50 00",
            mobilephone="+47 915 55 012",
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
    "h181-19",
    H,
    M,
    """Hei. Flow 19 - Mailchimp audience for travel agencies only.

Get Records: HubSpot contacts, but exclude the ones where Company Name is null (empty or only spaces). Those are private passengers, not agencies.

Assignment for the agencies:
  Email Address = Email
  status = "subscribed" (all of them)
  VIP = true when Industry = "Tourism" (exact). Other industry or null industry -> false.

Takk""",
    extended(
        HS,
        hs(email="privat@gmail.com", company="  ", industry="Tourism"),
        hs(email="salg@nordicfjordtravel.no", company="Nordic Fjord Travel AS", industry="Tourism"),
        hs(email="post@osloreisebyra.no", company="Oslo Reisebyrå", industry=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["industry"] == "Tourism",
    }


@case(
    "h181-20",
    H,
    M,
    """Flow 20, Mailchimp again.

Assignment:
  FNAME = First Name in title case (every word capital first letter, rest lower)
  LNAME = Last Name. Decision: Last Name null -> use the part of Email after the @ instead (post@fjordagent.no -> fjordagent.no). Not null -> Last Name as it is.
  VIP = true if Number of Employees (as number) > 30. Null employees -> false, and 30 or less -> false.
  Email Address = Email

Null here = empty or spaces only.

Mvh Lars""",
    extended(
        lower_emails(HS),
        hs(email="post@fjordagent.no", firstname="SOLVEIG", lastname="  ", numemployees="45"),
        hs(email="tor.vang@gmail.com", firstname="tor erik", lastname="", numemployees=" "),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["numemployees"], 30),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h181-21",
    H,
    S,
    """Hei! Segment identify, Flow 21. The web team wants our passengers in Segment before the Geirangerfjord summer season starts.

Get Records: every HubSpot contact, no conditions.

Assignment:
  userId = LOWER(Email)
  traits.email = Email   (as it is, capitals kept)
  traits.city = City   (copy, null -> empty)
  traits.name = First Name & " " & Last Name   (one space between, e.g. "Kari Nordmann")

No trimming or other cleaning on any of them.

Mvh Lars""",
    extended(
        HS,
        hs(email="Kari.Nordmann@Online.NO", firstname="Kari", lastname="Nordmann", city=""),
        hs(email="STIAN.FOSS@GMAIL.COM", firstname="Stian", lastname="Foss", city="Tromsø"),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "email": r["email"],
            "city": r["city"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h181-22",
    H,
    S,
    """Flow 22. To Segment, the agency info as a nested object under traits.company - not flat traits.

Assignment:
  traits.company.name = Company Name; if null -> "Private Passenger"
  traits.company.industry = Industry; if null -> do not set it, the key is not there
  traits.company.employee_count = Number of Employees as integer (whole number); if null -> do not set
  userId = Email

Null = empty or spaces.""",
    extended(
        HS,
        hs(email="ola.privat@gmail.com", company=" ", industry="  ", numemployees=""),
        hs(
            email="salg@fjordline-agent.no",
            company="Fjordline Agent AS",
            industry="Tourism",
            numemployees="85",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Private Passenger"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h181-23",
    H,
    S,
    """Hei, Flow 23, Segment with address and phone.

Under traits.address (nested):
  traits.address.street = Street Address
  traits.address.city = City
  (two copies)
  traits.address.postalCode = Postal Code; null -> leave it out

traits.phone: Mobile Phone Number first; if null, Phone Number. Then E.164: digits only with +, keep the own country code if it starts with +, without + it is US so +1 in front (11 digits starting with 1 -> only the +). Both numbers null -> no traits.phone at all.
userId = Email

Null = empty or only spaces.""",
    extended(
        HS,
        hs(
            email="marit.vold@online.no",
            address="Karl Johans gate 1",
            city="Oslo",
            zip="  ",
            mobilephone="",
            phone=" ",
        ),
        hs(
            email="dan.ryan@alaskanordic.com",
            address="12 Harbor Rd",
            city="Juneau",
            zip="99801",
            mobilephone=" ",
            phone="1 907 555 0188",
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
                    "postalCode": omit_if_blank(r["zip"]),
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h181-24",
    H,
    S,
    """Flow 24. Segment identify for the kiosk sign-ups on board. The kiosk puts spaces around the email.

Assignment:
  userId = LOWER(TRIM(Email))   (trim first, then all lower case)
  traits.title = Job Title   (copy; null stays empty)
  traits.emailOptOut: Decision on Unsubscribed from all email - "true" -> true; "false" -> false; null (empty/spaces) -> false as well. Boolean, not text.
  traits.annualRevenue = Annual Revenue as a number; if null, leave it out

Mvh Lars""",
    extended(
        HS,
        hs(
            email="  Elin.Tveit@Online.no ",
            jobtitle="",
            hs_email_optout=" ",
            annualrevenue="  ",
        ),
        hs(
            email="Post@VikingFjord.NO ",
            jobtitle="Owner",
            hs_email_optout="true",
            annualrevenue="675000.25",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "emailOptOut": r["hs_email_optout"] == "true",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h181-25",
    H,
    G,
    """Hei. Flow 25 goes to GA4 (Measurement Protocol), one event for each contact. Marketing wants to compare the CRM stages with the booking funnel on the website.

Get Records: all contacts.

Assignment:
  client_id = Email
  event name = "crm_passenger_sync"   (constant)
  params.crm = "hubspot"   (constant)
  params.stage = Lifecycle Stage   (copy, empty stays empty)
  params.industry = LOWER(Industry); when Industry is null (empty or spaces) -> "none"
  params.signup_date = Create Date, date part only, YYYY-MM-DD

Takk""",
    extended(
        HS,
        hs(
            email="reidar.moe@gmail.com",
            industry="  ",
            lifecyclestage="lead",
            createdate="2024-06-21T12:00:00.000Z",
        ),
        hs(
            email="info@fjordtours-agent.no",
            industry="Tourism",
            lifecyclestage="",
            createdate="2025-01-15T13:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_passenger_sync",
                "params": {
                    "crm": "hubspot",
                    "stage": r["lifecyclestage"],
                    "industry": "none" if blank(ind) else ind.lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h181-26",
    H,
    G,
    """Flow 26: a GA4 event only for the bigger agencies, the ones who sell many cabins on the Bergen cruise.

Get Records: contacts where Annual Revenue > 1000000 (compared as a number). Null revenue, so empty or spaces - not included.

Assignment:
  client_id = the part of Email before the @
  event name = "agency_revenue"
  params.revenue = Annual Revenue as a number (not text)
Nothing more in the event.

Mvh Lars""",
    extended(
        lower_emails(HS),
        hs(email="salg@storefjord.no", annualrevenue="3000000"),
        hs(email="hei@litenreise.no", annualrevenue="950000"),
        hs(email="ukjent@reise.no", annualrevenue="   "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "agency_revenue", "params": {"revenue": num(r["annualrevenue"])}}],
    }


@case(
    "h181-27",
    H,
    G,
    """Hei, Flow 27 - GA4 again, the sign-up event.

Decision "Event name"
  Outcome "Terminal": Original Source = OFFLINE -> event name = "terminal_signup"
  Default Outcome -> event name = "web_signup" (all other sources, and null source also)

Assignment:
  client_id = Email
  params.city = City; if City is null (empty or spaces) -> "Oslo"
  params.company = Company Name (copy, empty stays empty)""",
    extended(
        HS,
        hs(email="gunnar.ekra@online.no", hs_analytics_source="OFFLINE", city="  ", company=""),
        hs(
            email="trine.sol@gmail.com",
            hs_analytics_source="",
            city="Stavanger",
            company="Sol Reiser",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "terminal_signup" if r["hs_analytics_source"] == "OFFLINE" else "web_signup"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Oslo"), "company": r["company"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h181-28",
    L,
    H,
    """Hei! Other direction now. Flow 28: Salesforce Lead -> HubSpot contact.

Get Records: all Leads.
Assignment, all plain copies:
  Email = Lead.Email
  First Name = Lead.FirstName
  Last Name = Lead.LastName
  Company Name = Lead.Company
  Job Title = Lead.Title
  Phone Number = Lead.Phone
  Street Address = Lead.Street
  City = Lead.City
  Postal Code = Lead.PostalCode
  Country/Region = Lead.Country

No cleaning, no trim - spaces stay as they are. Null on the Lead -> the HubSpot property gets the same empty value.

Mvh Lars""",
    extended(
        SFL,
        sfl(
            Email="sindre.haugen@fjordreiser.no",
            FirstName="Sindre",
            LastName="Haugen",
            Company="Fjordreiser AS",
            Title="",
            Phone="  ",
            Street="Rådhusplassen 1",
            City="Oslo",
            PostalCode="0160",
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
    "h181-29",
    L,
    H,
    """Flow 29. The Lead Rating decides the HubSpot Lifecycle Stage.

Decision "Rating"
  Outcome "Hot" -> Lifecycle Stage = "salesqualifiedlead"
  Outcome "Warm" -> Lifecycle Stage = "marketingqualifiedlead"
  Outcome "Cold" -> Lifecycle Stage = "lead"
No Default Outcome, all our Leads have one of the three.

Unsubscribed from all email = "true" when Lead.HasOptedOutOfEmail is checked, otherwise "false". Text value - HubSpot wants the string, not a boolean.
Email = Lead.Email

Takk""",
    extended(
        SFL,
        sfl(Email="berit.dale@nordreise.no", Rating="Cold", HasOptedOutOfEmail=True),
        sfl(Email="jon.aune@gmail.com", Rating="Warm", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {
        "email": r["Email"],
        "lifecyclestage": table[r["Rating"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h181-30",
    L,
    H,
    """Hei. Flow 30: Salesforce Lead Status -> HubSpot Lead Status.

Decision on Lead.Status:
  "Open - Not Contacted" -> "NEW"
  "Working - Contacted" -> "IN_PROGRESS"
  "Closed - Converted" -> "CONNECTED"
  "Closed - Not Converted" -> "UNQUALIFIED"
(these four are the whole picklist, nothing else comes)

Annual Revenue = Lead.AnnualRevenue as a number. Null (empty or spaces) -> leave the property out.
Email = LOWER(Lead.Email)

Mvh Lars""",
    extended(
        SFL,
        sfl(Email="Kristin.Foss@FossReiser.NO", Status="Working - Contacted", AnnualRevenue="  "),
        sfl(
            Email="OYSTEIN.LIE@GMAIL.COM",
            Status="Closed - Not Converted",
            AnnualRevenue="450000.5",
        ),
    ),
)
def o30(r: R) -> Out:
    table = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "IN_PROGRESS",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": table[r["Status"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h181-31",
    L,
    H,
    """Flow 31: only the UK agencies - they sell the Newcastle-Bergen route for us.

Get Records: Leads where Country = "United Kingdom". Other country or null -> not picked.

Assignment:
  Phone Number = Lead.Phone in E.164 for UK: keep the digits, drop the first 0, +44 in front (020 7946 0321 -> +442079460321). If it already starts with +, keep that code, just the digits after the +.
  Postal Code = UPPER(Lead.PostalCode)
  Job Title = Lead.Title; null (empty or spaces) -> "Travel Agent"
  Email = Lead.Email

Takk""",
    extended(
        SFL,
        sfl(
            Email="fiona.reid@northsea-travel.co.uk",
            Country="United Kingdom",
            Phone="0191 498 0123",
            PostalCode="ne1 3ab",
            Title="",
        ),
        sfl(
            Email="ian.scott@highlandagents.co.uk",
            Country="United Kingdom",
            Phone="+44 131 496 0777",
            PostalCode="eh1 1yz",
            Title="  ",
        ),
        sfl(
            Email="lars.nord@reise.no",
            Country="Norway",
            Phone="+47 22 00 00 00",
            PostalCode="0150",
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
    "h181-32",
    L,
    H,
    """Hei, Flow 32, Leads to HubSpot except the dead ones.

Get Records: skip Leads with Status = "Closed - Not Converted". All other statuses go.

Assignment:
  City = Lead.PostalCode & " " & Lead.City   (Norwegian style, "0150 Oslo"). If PostalCode is null (empty or spaces) -> only Lead.City, no space in front.
  Job Title = Lead.Title; null -> "Booking Contact"
  Email = Lead.Email

Takk""",
    extended(
        SFL,
        sfl(
            Email="vidar.rom@bergenagent.no",
            Status="Open - Not Contacted",
            PostalCode="  ",
            City="Bergen",
            Title="  ",
        ),
        sfl(
            Email="hege.ask@osloferie.no",
            Status="Working - Contacted",
            PostalCode="0150",
            City="Oslo",
            Title="Daglig leder",
        ),
        sfl(
            Email="gone@nothing.no",
            Status="Closed - Not Converted",
            PostalCode="5003",
            City="Bergen",
            Title="",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    city = r["City"] if blank(r["PostalCode"]) else f"{r['PostalCode']} {r['City']}"
    return {
        "email": r["Email"],
        "city": city,
        "jobtitle": dflt(r["Title"], "Booking Contact"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h181-33",
    C,
    M,
    """Flow 33, Salesforce Contact -> Mailchimp. This is the agency newsletter with the new ferry timetables.

Get Records: all Contacts, no filter.

Assignment:
  Email Address = LOWER(Contact.Email)
  status: Decision on Contact.HasOptedOutOfEmail - true -> "unsubscribed", false -> "subscribed"
  tags: always "Agency Network". Decision "Norwegian": Contact.MailingCountry = "Norway" -> add "Norway" as second tag.
     So it is ["Agency Network"] or ["Agency Network", "Norway"].

Mvh Lars""",
    extended(
        SFC,
        sfc(Email="Torill.Haug@FjordAgent.NO", MailingCountry="Norway", HasOptedOutOfEmail=False),
        sfc(Email="KAREN.LUND@GMAIL.DK", MailingCountry="Denmark", HasOptedOutOfEmail=True),
        sfc(Email="Odd.Rise@Online.no", MailingCountry="Norway", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Agency Network"] + (["Norway"] if r["MailingCountry"] == "Norway" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h181-34",
    C,
    M,
    """Hei. Flow 34 is the SMS audience, from Contacts.

Get Records: skip Contacts where Contact.Phone (Business Phone) is null - empty or only spaces.

Assignment:
  PHONE = Contact.Phone in E.164: digits only, + first. If it already starts with +, keep that country code; without + it is a US number -> +1 in front (11 digits with 1 first: only add the +).
  language, Decision on Contact.MailingCountry:
    Norway -> "no"
    Sweden -> "sv"
    Germany -> "de"
    Austria -> "de"
    United States -> "en"
   No Default Outcome, only these five countries are here.
  Email Address = Contact.Email""",
    extended(
        SFC,
        sfc(Email="hanne.berg@online.no", Phone="+47 22 86 30 00", MailingCountry="Norway"),
        sfc(Email="nophone@gmail.com", Phone="   ", MailingCountry="Norway"),
        sfc(Email="erik.sund@resor.se", Phone="+46 8 555 012 34", MailingCountry="Sweden"),
        sfc(
            Email="amy.cole@alaskacruise.com",
            Phone="1 907 555 0133",
            MailingCountry="United States",
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Norway": "no",
        "Sweden": "sv",
        "Germany": "de",
        "Austria": "de",
        "United States": "en",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h181-35",
    C,
    M,
    """Flow 35, Contacts into the partner list - we send them the fjord cruise prices for next season first, before the public.

Get Records: all Contacts.

Assignment:
  FNAME = Contact.FirstName; null (empty or spaces) -> "Traveller"
  LNAME = Contact.LastName   (copy; empty is ok)
  VIP: true when Contact.LeadSource = "Partner Referral". Other source or null source -> false.
  language = "no" for everybody (constant)
  Email Address = Contact.Email

Takk""",
    extended(
        SFC,
        sfc(
            Email="randi.myhre@partnerreiser.no",
            FirstName="  ",
            LastName="Myhre",
            LeadSource="Partner Referral",
        ),
        sfc(Email="unknown.guest@gmail.com", FirstName="", LastName="", LeadSource="  "),
        sfc(
            Email="trond.viken@fjordpartner.no",
            FirstName="Trond",
            LastName="Viken",
            LeadSource="Partner Referral",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Traveller"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
        "language": "no",
    }


@case(
    "h181-36",
    C,
    M,
    """Hei, Flow 36 - the sales people at our partner agencies.

Get Records: Contacts where Department = "Sales", exact. Other departments or null department - not in.

Assignment:
  Email Address = Contact.Email
  FNAME = Contact.FirstName
  LNAME = Contact.LastName
  (copies, also when the value is empty)
  status = "subscribed"
  language = "en"
  tags = empty list [] - the old tags must be removed

Mvh Lars""",
    extended(
        SFC,
        sfc(Email="maja.krogh@fjordsales.no", FirstName="Maja", LastName="", Department="Sales"),
        sfc(Email="tore.hansen@gmail.com", FirstName="Tore", LastName="Hansen", Department="sales"),
        sfc(Email="blank.dept@gmail.com", FirstName="Geir", LastName="Lid", Department="  "),
    ),
)
def o36(r: R) -> Out:
    if r["Department"] != "Sales":
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
    "h181-37",
    C,
    S,
    """Flow 37: Salesforce Contact -> Segment identify. It is for the agency staff who log in to our booking portal, so the web team can see who is who.

Get Records: all Contacts.

Assignment:
  userId = LOWER(Contact.Email)
  traits.firstName = Contact.FirstName
  traits.lastName = Contact.LastName
  traits.title = Contact.Title
  (three plain copies, value exactly as it is - empty stays empty, only-spaces stays spaces, no trim)
  traits.department = Contact.Department, but only when it is not null. Null (empty or spaces) -> no department key at all.

Takk""",
    extended(
        SFC,
        sfc(
            Email="Jorun.Ness@FjordAgent.no",
            FirstName="Jorun",
            LastName="Ness",
            Title="  ",
            Department="  ",
        ),
        sfc(
            Email="ARVID.LIE@ONLINE.NO",
            FirstName="Arvid",
            LastName="Lie",
            Title="Booking Manager",
            Department="Groups",
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
                "department": omit_if_blank(r["Department"]),
            },
        }
    )


@case(
    "h181-38",
    C,
    S,
    """Hei. Flow 38 - Segment identify with the address nested under traits.address (city and country inside one address object, not flat traits). For the departure-port statistics.

Get Records: all Contacts.

Assignment:
  traits.address.city = Contact.MailingCity; if null (empty or spaces) -> "Oslo", most of our people are here
  traits.address.country = TRIM(Contact.MailingCountry)   (spaces off both ends; only spaces gives an empty string, no default on this one)
  userId = Contact.Email

Mvh Lars""",
    extended(
        SFC,
        sfc(Email="synnove.dahl@gmail.com", MailingCity="  ", MailingCountry=" Norway "),
        sfc(Email="pal.eng@online.no", MailingCity="Ålesund", MailingCountry="   "),
        sfc(Email="mia.kvist@resor.se", MailingCity="", MailingCountry="Sweden"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": dflt(r["MailingCity"], "Oslo"),
                "country": r["MailingCountry"].strip(),
            }
        },
    }


@case(
    "h181-39",
    C,
    S,
    """Flow 39, Segment traits from Contact.

Assignment:
  traits.phone = Contact.Phone in E.164 - digits only, + in front; a number starting with + keeps its code, otherwise it is US so +1 (11 digits starting with 1 only gets the +)
  traits.name = Contact.LastName & ", " & Contact.FirstName   (e.g. "Nordmann, Kari")
  userId = Contact.Email

Decision "Channel" on Contact.LeadSource:
  Outcome "Web" -> traits.channel = "online"
  Outcome "Phone Inquiry" -> traits.channel = "phone"
  Outcome "Partner Referral" -> traits.channel = "agency"
  Default Outcome -> traits.channel = "other" (null source also)

Mvh Lars""",
    extended(
        SFC,
        sfc(
            Email="kari.nordmann@online.no",
            FirstName="Kari",
            LastName="Nordmann",
            LeadSource="Phone Inquiry",
            Phone="+47 22 33 44 55",
        ),
        sfc(
            Email="jim.hall@alaskacruise.com",
            FirstName="Jim",
            LastName="Hall",
            LeadSource="Partner Referral",
            Phone="1 (907) 555-0101",
        ),
        sfc(
            Email="siv.rye@gmail.com",
            FirstName="Siv",
            LastName="Rye",
            LeadSource="  ",
            Phone="907-555-0175",
        ),
    ),
)
def o39(r: R) -> Out:
    channel = {"Web": "online", "Phone Inquiry": "phone", "Partner Referral": "agency"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['LastName']}, {r['FirstName']}",
            "channel": channel.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h181-40",
    M,
    H,
    """Hei! Last part: Mailchimp -> HubSpot. Flow 40.

Assignment:
  First Name = FNAME in title case (each word capital first letter, rest lower)
  Last Name = LNAME, title case the same way
  Phone Number = PHONE merge field as it is; PHONE null -> leave Phone Number out of the record
  Preferred language = the member's language; null (empty or spaces) -> "en"
  Unsubscribed from all email: status = "unsubscribed" -> "true", any other status -> "false". As text, not boolean.
  Email = Email Address

Takk""",
    extended(
        MC,
        mc(
            {"FNAME": "INGEBORG", "LNAME": "strand", "PHONE": "  "},
            email_address="ingeborg.strand@online.no",
            status="pending",
            language="",
        ),
        mc(
            {"FNAME": "jan erik", "LNAME": "BERG", "PHONE": "+47 930 12 345"},
            email_address="janerik@fjordagent.no",
            status="unsubscribed",
            language="nb",
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
            "hs_language": dflt(r["language"], "en"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h181-41",
    M,
    H,
    """Flow 41. Mailchimp members -> HubSpot, but not the bounced ones.

Get Records: skip members with status = "cleaned".

Assignment:
  Phone Number = PHONE in E.164 - only digits with +; starts with + -> keep the code; no + -> US, +1 in front (11 digits starting with 1: only the +). PHONE null (empty or spaces) -> no Phone Number in the record.
  Last Name = LNAME (copy as it is)
  Lifecycle Stage: Decision on VIP - VIP true -> "evangelist", VIP false -> "subscriber"
  Email = Email Address

Mvh Lars""",
    extended(
        MC,
        mc(
            {"PHONE": "1 212 555 0166", "LNAME": "Rasmussen"},
            email_address="vip@cruiseagent.com",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "LNAME": ""},
            email_address="anon.passenger@gmail.com",
            status="subscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "+47 99 88 77 66", "LNAME": "Bakke"},
            email_address="bounced@old.no",
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
            "lastname": mf["LNAME"],
            "lifecyclestage": "evangelist" if r["vip"] else "subscriber",
        }
    )


@case(
    "h181-42",
    M,
    H,
    """Hei, the last flow, 42.

Assignment:
  First Name = first word of FNAME ("Jan Erik" -> "Jan")
  Company Name = the COMPANY merge field; if null (empty or spaces) -> the part of Email Address after the @ (post@fjordagent.no -> fjordagent.no)
  Email = Email Address

Decision "Agency tag"
  Outcome "Agency": the member's tags contain "Agency" (exact, capital A) -> Lifecycle Stage = "evangelist"
  Default Outcome -> Lifecycle Stage = "subscriber"

Takk for the help!
Lars""",
    extended(
        MC,
        mc(
            {"FNAME": "Jan Erik", "COMPANY": "  "},
            email_address="post@fjordagent.no",
            tags=["Newsletter", "Agency"],
        ),
        mc({"FNAME": "Liv", "COMPANY": ""}, email_address="liv@hardangerturer.no", tags=["agency"]),
        mc(
            {"FNAME": "Tor Arne", "COMPANY": "Nordfjord Reiser AS"},
            email_address="tor@nordfjordreiser.no",
            tags=["Agency"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "evangelist" if "Agency" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set181")
