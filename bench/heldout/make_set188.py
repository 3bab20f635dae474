"""Held-out set 188 for the offline mapping drafter.

Persona: Valentina Ríos, CRM lead at a Bogotá (Colombia) specialty-coffee exporter and roastery.
Her contacts are cafés and roasters abroad, green-coffee importers in the US and EU, web-shop
subscription customers, barista-course students and trade-show leads (SCA Expo, World of Coffee,
cupping sessions). She writes every sync request as a change to last quarter's mapping notes, in a
```diff fenced block: '+' lines are rules she wants now, '-' lines are old rules that are gone and
must not be applied, ' ' lines are unchanged rules that still hold; sometimes '@@ ... @@' hunk
headers and a one-line context sentence ('Changes vs Q3 notes:') above the block. Now and then a
removed line and an added line are the same rule with a new value (the added one wins).
Friendly Colombian-flavoured English ('Hola team', 'porfa', 'mil gracias', 'quedo atenta').

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
    "h188-01",
    H,
    L,
    """Hola team! Porfa update the SCA Expo booth sync (HubSpot contacts → Salesforce Leads). Changes vs Q3 notes:

```diff
@@ Lead fields @@
 Email → Email
 First name → First Name
 Last name → Last Name
 Company name → Company
-Job title → Title
+Phone number → Phone
-Lead Source = "Trade Show" on every lead
+Lead Source = "Seminar - Partner" on every lead (this year we were inside the ProColombia pavilion)
 All copies go exactly as they are in HubSpot, no cleaning at all; if a HubSpot field is empty, the Lead field gets that same empty value
```

Mil gracias!
Vale""",
    extended(
        HS,
        hs(
            email="jake.morrison@eastsideroasters.com",
            firstname="Jake",
            lastname="Morrison",
            company="",
            phone="(213) 555-0175",
            jobtitle="Head Roaster",
        ),
        hs(
            email="ines.vogel@roestwerk-hamburg.de",
            firstname="Ines",
            lastname="Vogel",
            company="Röstwerk Hamburg",
            phone="  ",
            jobtitle="Green Buyer",
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
        "LeadSource": "Seminar - Partner",
    }


@case(
    "h188-02",
    H,
    L,
    """Hola! The web-shop form leaves a lot of junk spaces in City, and Salesforce keeps complaining about leads with no company. Changes vs Q3 notes:

```diff
@@ Lead fields @@
 Email → Email, as is
 Last name → Last Name, as is
-Company name empty → Company = "N/A"
+Company name empty or only spaces → Company = "Home Brewer" (these are subscription people, not businesses)
 Company name with a value → Company, copied exactly (no trimming, even if it has spaces)
+Industry empty or only spaces → Industry = "Food & Beverage"; Industry with a value → Industry, copied exactly as is
-City → City as is
+City → City with the spaces at the start and the end cut off (nothing else changes)
```

Quedo atenta,
Valentina""",
    extended(
        HS,
        hs(
            email="camila.restrepo@gmail.com",
            lastname="Restrepo",
            company="  ",
            industry="",
            city="  Bogotá ",
        ),
        hs(
            email="orders@ritualroasters.com",
            lastname="Kim",
            company=" Ritual Roasters",
            industry="Hospitality",
            city="San Francisco  ",
        ),
        hs(
            email="tomas.berg@kaffebar.se",
            lastname="Berg",
            company="",
            industry="   ",
            city="Stockholm",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Home Brewer"),
        "Industry": dflt(r["industry"], "Food & Beverage"),
        "City": r["city"].strip(),
    }


@case(
    "h188-03",
    H,
    L,
    """Hola team, the export sales guys call everybody on WhatsApp, so they want something in Mobile Phone whenever we have any number. Here are the changes:

```diff
@@ Lead fields @@
 Email → Email
-Mobile Phone ← Mobile phone number, nothing else
+Mobile Phone ← Mobile phone number; if that one is empty or only spaces, use Phone number; if both are empty, don't send Mobile Phone at all (not even blank)
 Phone numbers go over as typed, no reformatting
-Last Name ← Last name in CAPITALS
+Last Name ← Last name in title case: first letter of every word capital, the rest lowercase ("GÓMEZ" → "Gómez")
+City ← City in title case too ("SANTA MARTA" → "Santa Marta")
```

Mil gracias 🙏""",
    extended(
        HS,
        hs(
            email="andres.gomez@cafeterosunidos.co",
            lastname="GÓMEZ",
            city="SANTA MARTA",
            mobilephone="  ",
            phone="+57 605 555 0190",
        ),
        hs(
            email="lucy.hart@gmail.com",
            lastname="hart",
            city="portland",
            mobilephone="",
            phone="",
        ),
        hs(
            email="mateo.ruiz@gmail.com",
            lastname="ruiz",
            city="medellín",
            mobilephone="+57 310 555 0123",
            phone="+57 604 555 0111",
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
    "h188-04",
    H,
    L,
    """Hola! Marketing changed how we count paid social, and we want walk-ins from the roastery tours tagged properly. Changes vs Q3 notes for Lead Source + website:

```diff
@@ Lead Source, from HubSpot Original source (exact values) @@
 ORGANIC_SEARCH → "Web"
 DIRECT_TRAFFIC → "Web"
 PAID_SEARCH → "Advertisement"
-PAID_SOCIAL → "Advertisement"
+PAID_SOCIAL → "Web"
 REFERRALS → "External Referral"
+OFFLINE → "Trade Show"
-no Original source → leave Lead Source out
+anything else, including an empty Original source → "Other"
@@ Other fields @@
 Email → Email
+Website URL → Website, all lowercase (empty stays empty)
```

Porfa let me know when it's live!
Vale""",
    extended(
        HS,
        hs(
            email="tour.group@cafeciudadela.co",
            hs_analytics_source="OFFLINE",
            website="HTTPS://CafeCiudadela.CO",
        ),
        hs(email="barista.nico@gmail.com", hs_analytics_source="SOCIAL_MEDIA", website=""),
        hs(
            email="hello@slowpourcafe.com",
            hs_analytics_source="  ",
            website="www.SlowPourCafe.com",
        ),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Web",
        "REFERRALS": "External Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
        "Website": r["website"].lower(),
    }


@case(
    "h188-05",
    H,
    L,
    """Hola team, small update on who goes over to Salesforce as a Lead. Changes vs Q3 notes:

```diff
@@ Who goes over @@
 Skip contacts whose Lifecycle stage is "customer" (they already buy from us)
+Skip contacts whose Original source is "OFFLINE" (cupping walk-ins, Sebastián types those into Salesforce by hand)
-Skip contacts whose Country/Region is "Japan"
 Everyone else goes, also contacts with an empty Lifecycle stage or an empty Original source
@@ Lead fields @@
 Email → Email
 First name → First Name
 Last name → Last Name
 Phone number → Phone
 (these four are plain copies, empty in HubSpot = empty on the Lead)
-Lead Status = "Working - Contacted" for all
+Lead Status = "Open - Not Contacted" for all
```

Gracias!!""",
    extended(
        HS,
        hs(
            email="yuki.mori@kissaten-mori.jp",
            firstname="Yuki",
            lastname="Mori",
            phone="+81 6 5555 0177",
            lifecyclestage="lead",
            hs_analytics_source="REFERRALS",
            country="Japan",
        ),
        hs(
            email="felipe.arango@gmail.com",
            firstname="Felipe",
            lastname="Arango",
            phone="+57 312 555 0144",
            lifecyclestage="opportunity",
            hs_analytics_source="OFFLINE",
            country="Colombia",
        ),
        hs(
            email="subs.julia@gmail.com",
            firstname="Julia",
            lastname="Becker",
            phone="",
            lifecyclestage="customer",
            hs_analytics_source="ORGANIC_SEARCH",
            country="Germany",
        ),
        hs(
            email="sam.oconnell@brewlab.ie",
            firstname="Sam",
            lastname="",
            phone="+353 1 555 0166",
            lifecyclestage="",
            hs_analytics_source="",
            country="Ireland",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Phone": r["phone"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h188-06",
    H,
    L,
    """Hola! Sales says too many importers were showing as Hot, so we moved the bar up. Changes vs Q3 notes:

```diff
@@ Rating (Annual revenue read as a number) @@
-Annual revenue above 5,000,000 → Rating "Hot"
+Annual revenue above 20,000,000 → Rating "Hot"
 Annual revenue below 500,000 → Rating "Cold"
 Anything in between → Rating "Warm"
+Annual revenue empty or only spaces → Rating "Cold" (no data = we don't chase them yet)
@@ Employees @@
+Number of employees → Employees as a whole number (integer, not text); if Number of employees is empty, leave Employees out completely
@@ Always @@
 Email → Email
```

Mil gracias, quedo atenta""",
    extended(
        HS,
        hs(email="procurement@atlanticgreen.com", annualrevenue="35000000", numemployees="420"),
        hs(email="info@tostadorapequena.co", annualrevenue="120000", numemployees="6"),
        hs(email="hola@cafemundo.es", annualrevenue="  ", numemployees="  "),
    ),
)
def o06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Cold"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 20_000_000 else ("Cold" if v < 500_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h188-07",
    H,
    L,
    """Hola team, for the US café owners we met in Portland and Seattle. The dialer in Salesforce only likes international format. Changes vs Q3 notes:

```diff
@@ Lead fields @@
 Email → Email
-Phone number → Phone exactly as typed
+Phone number → Phone in E.164: keep only the digits with a "+" in front; a number that already starts with "+" keeps its own country code; no "+" means it's a US number, so put +1 in front (if it's already 11 digits starting with 1, just add the "+"). Example: (206) 555-0143 → +12065550143
+Phone number empty → don't send Phone at all
-Mobile phone number → Mobile Phone
+First name → First Name in title case, every word with the first letter capital and the rest small ("mary beth" → "Mary Beth")
```

Porfa, gracias!""",
    extended(
        HS,
        hs(email="marybeth@stumptowncorner.com", firstname="mary beth", phone="1 (503) 555-0166"),
        hs(email="pierre.lambert@cafecoutume.fr", firstname="PIERRE", phone="  "),
        hs(email="juliana.vargas@gmail.com", firstname="juliana", phone="+57 601 555 0134"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "Phone": omit_if_blank(r["phone"], e164),
            "FirstName": title(r["firstname"]),
        }
    )


@case(
    "h188-08",
    H,
    L,
    """Hola! HubSpot now saves the country as "United States", so the old filter was catching nobody 🙈. Changes vs Q3 notes for the US leads sync:

```diff
@@ Filter @@
-Only contacts with Country/Region = "USA"
+Only contacts with Country/Region = "United States" (exactly like that; any other country, a lowercase one or an empty one is skipped)
@@ Lead fields @@
 Email → Email
-State/Region → State/Province as is
+State/Region → State/Province in UPPERCASE (empty stays empty)
+Description = First name + " " + Last name + " - SCA lead since " + Create date as YYYY-MM-DD, e.g. "Priya Raman - SCA lead since 2023-03-14" (names exactly as in HubSpot; all US contacts have both names)
```

Mil gracias!
Vale""",
    extended(
        HS,
        hs(
            email="nate.fischer@rustbeltcoffee.com",
            firstname="Nate",
            lastname="Fischer",
            country="United States",
            state="oh",
            createdate="2024-04-11T12:00:00.000Z",
        ),
        hs(
            email="rosa.delgado@gmail.com",
            firstname="Rosa",
            lastname="Delgado",
            country="United States",
            state="",
            createdate="2024-06-20T13:15:00.000Z",
        ),
        hs(
            email="carlos.pinzon@cafepinzon.co",
            firstname="Carlos",
            lastname="Pinzón",
            country="Colombia",
            state="Huila",
            createdate="2024-07-01T12:00:00.000Z",
        ),
        hs(
            email="emma.clarke@gmail.com",
            firstname="Emma",
            lastname="Clarke",
            country="united states",
            state="ny",
            createdate="2024-07-09T12:00:00.000Z",
        ),
        hs(
            email="usa.lead@gmail.com",
            firstname="Kyle",
            lastname="Dunn",
            country="USA",
            state="tx",
            createdate="2024-08-02T12:00:00.000Z",
        ),
        hs(
            email="nocountry@gmail.com",
            firstname="Lina",
            lastname="Soto",
            country="  ",
            state="ca",
            createdate="2024-08-03T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['firstname']} {r['lastname']} - SCA lead since {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h188-09",
    H,
    C,
    """Hola team! For the importer Contacts in Salesforce: logistics sends the sample boxes to the Mailing address, not the Other one, so we fixed that. Changes vs Q3 notes:

```diff
@@ Contact fields @@
 Email → Email
 Last name → Last Name
-Street address → Other address Street
+Street address → Mailing Street
 City → Mailing City
 State/Region → Mailing State/Province
 Postal code → Mailing Zip/Postal Code
+Country/Region → Mailing Country
 Everything copied exactly as it is in HubSpot; an empty value stays empty (no dashes, nothing)
```

Gracias!!""",
    extended(
        HS,
        hs(
            email="lars.jensen@nordicgreen.dk",
            lastname="Jensen",
            address="Havnegade 12",
            city="Copenhagen",
            state="",
            zip="1058",
            country="Denmark",
        ),
        hs(
            email="import@bayareabeans.com",
            lastname="Nguyen",
            address="",
            city="Oakland",
            state="CA",
            zip="  ",
            country="United States",
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
    "h188-10",
    H,
    C,
    """Hola! Legal reviewed the checkboxes on Contacts, and the call center only calls the office line now. Changes vs Q3 notes (both are real true/false checkboxes, not text):

```diff
@@ Email Opt Out @@
 Email Opt Out = true when Unsubscribed from all email is "true"
 Email Opt Out = false when Unsubscribed from all email is "false"
-Email Opt Out = true when Unsubscribed from all email is empty
+Email Opt Out = false when Unsubscribed from all email is empty or only spaces (no recorded opt-out = not opted out)
@@ Do Not Call @@
-Do Not Call = true when Mobile phone number is empty
+Do Not Call = true when Phone number is empty or only spaces; false when Phone number has something (the mobile doesn't matter anymore)
@@ Contact fields @@
 Email → Email
 Last name → Last Name
```

Quedo atenta,
Valentina""",
    extended(
        HS,
        hs(
            email="cafe.luna@gmail.com",
            lastname="Luna",
            hs_email_optout="  ",
            phone="  ",
            mobilephone="+57 300 555 0101",
        ),
        hs(
            email="k.owens@greenimports.us",
            lastname="Owens",
            hs_email_optout="false",
            phone="(646) 555-0190",
            mobilephone="",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["phone"]),
    }


@case(
    "h188-11",
    H,
    C,
    """Hola team, the barista-course students often only type one name, and "Cliente" as last name looked horrible in the certificates 😅. Changes vs Q3 notes (emails in this list are all lowercase already):

```diff
@@ Last Name (Salesforce needs one) @@
 Last name filled → Last Name = Last name
+Last name empty or only spaces, First name filled → Last Name = First name
-Last name empty → Last Name = "Cliente"
+Last name and First name both empty → Last Name = the part of the email before the @ (baristacourse23@gmail.com → "baristacourse23")
@@ Other @@
 First Name ← First name, copied as is (also when it's empty)
 Email → Email
```

Mil gracias!""",
    extended(
        lower_emails(HS),
        hs(email="baristacourse23@gmail.com", firstname="", lastname=""),
        hs(email="daniela.mora@gmail.com", firstname="Daniela", lastname="  "),
        hs(email="tostador.casero@hotmail.com", firstname="  ", lastname=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"])),
    }


@case(
    "h188-12",
    H,
    C,
    """Hola! The Contact Description notes are read by our EU agents now, so English please. Also the UK postcodes come in lowercase. Changes vs Q3 notes:

```diff
@@ Contact Description, from Lifecycle stage @@
 subscriber → "Harvest newsletter reader"
 lead → "Sample request"
 marketingqualifiedlead → "Cupping session attendee"
 salesqualifiedlead → "Price list sent"
 opportunity → "Container offer in progress"
-customer → "Cliente activo"
+customer → "Active buyer"
 evangelist → "Brand ambassador"
 (every contact in this list has one of these seven stages)
@@ Postal code @@
-Postal code → Mailing Zip/Postal Code as typed
+Postal code → Mailing Zip/Postal Code in UPPERCASE; if Postal code is empty or only spaces, don't send Mailing Zip/Postal Code at all
@@ Always @@
 Email → Email
```

Gracias, team!""",
    extended(
        HS,
        hs(email="buying@eastlondonroast.co.uk", lifecyclestage="opportunity", zip="e2 7ns"),
        hs(email="info@kaffeeroesterei.at", lifecyclestage="evangelist", zip="  "),
    ),
)
def o12(r: R) -> Out:
    notes = {
        "subscriber": "Harvest newsletter reader",
        "lead": "Sample request",
        "marketingqualifiedlead": "Cupping session attendee",
        "salesqualifiedlead": "Price list sent",
        "opportunity": "Container offer in progress",
        "customer": "Active buyer",
        "evangelist": "Brand ambassador",
    }
    return keep(
        {
            "Email": r["email"],
            "Description": notes[r["lifecyclestage"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h188-13",
    H,
    C,
    """Hola team, this one is the subscription customers → Salesforce Contacts. Changes vs Q3 notes:

```diff
@@ Who @@
-Only contacts with Lifecycle stage "evangelist"
+Only contacts with Lifecycle stage "customer" (our coffee subscription people); any other stage, or no stage, is skipped
@@ Contact fields @@
 Email → Email, all in lowercase
+Mobile Phone ← Mobile phone number; if that is empty or only spaces, use Phone number instead (everybody here has at least one), copied as typed
-Lead Source = "Phone Inquiry"
+Lead Source = "Web" for all of them (they all signed up in the web shop)
```

Quedo atenta!
Vale""",
    extended(
        HS,
        hs(
            email="Sara.Lindqvist@Gmail.com",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="+46 8 555 0101",
        ),
        hs(
            email="BEN.OKAFOR@YAHOO.COM",
            lifecyclestage="customer",
            mobilephone="(718) 555-0140",
            phone="",
        ),
        hs(
            email="Rosa.Mejia@Gmail.com",
            lifecyclestage="evangelist",
            mobilephone="+57 301 555 0188",
        ),
        hs(email="No.Stage@Hotmail.com", lifecyclestage="", mobilephone="+57 320 555 0100"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "LeadSource": "Web",
    }


@case(
    "h188-14",
    H,
    C,
    """Hola! Departments for the café and shop buyers, porfa. Changes vs Q3 notes:

```diff
@@ Contact fields @@
 Email → Email
+Job title → Title, trimmed (only the spaces at the start and end go away; a title that is only spaces becomes empty)
 First name → First Name in title case ("ana lucía" → "Ana Lucía", "JORGE" → "Jorge")
@@ Department, from Industry (exact match) @@
 Hospitality → "Café Operations"
 Food → "Green Coffee Buying"
-Software → "IT"
+Retail → "Retail Buying"
 anything else, and an empty Industry → "General"
```

Mil gracias 💛""",
    extended(
        HS,
        hs(
            email="ana.lucia@cafeteriaaroma.co",
            firstname="ana lucía",
            jobtitle="  Store Manager ",
            industry="Hospitality",
        ),
        hs(
            email="jorge.pena@deliandina.com",
            firstname="JORGE",
            jobtitle="   ",
            industry="Retail",
        ),
        hs(
            email="mika.lehto@kahvila.fi",
            firstname="mika",
            jobtitle="Owner",
            industry="hospitality",
        ),
    ),
)
def o14(r: R) -> Out:
    dept = {
        "Hospitality": "Café Operations",
        "Food": "Green Coffee Buying",
        "Retail": "Retail Buying",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "FirstName": title(r["firstname"]),
        "Department": dept.get(r["industry"], "General"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h188-15",
    H,
    M,
    """Hola team! Mailchimp, the "Cosecha" harvest-report audience. Changes vs Q3 notes:

```diff
@@ Members @@
 Email → Email Address
 First name → FNAME
 Last name → LNAME
 (those three copied as they are; an empty name goes over empty)
-status = "pending"
+status = "subscribed" for everyone (they already confirmed in the web shop)
-language = "en" when Preferred language is empty
+language ← Preferred language; when the contact doesn't have it (most don't even have the property), or it's empty or only spaces → "es"
```

Mil gracias!
Vale""",
    extended(
        HS,
        hs(email="luisa.fernanda@gmail.com", firstname="Luisa", lastname="", hs_language="es"),
        hs(email="oliver.grant@gmail.com", firstname="Oliver", lastname="Grant", hs_language="en"),
        hs(email="rene.martin@gmail.com", firstname="", lastname="Martin", hs_language="  "),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "es"),
    }


@case(
    "h188-16",
    H,
    M,
    """Hola! GDPR people in the EU complained, so empty opt-out now goes to double opt-in. Changes vs Q3 notes for the Harvest Report audience:

```diff
@@ status, from Unsubscribed from all email @@
 "true" → "unsubscribed"
 "false" → "subscribed"
-empty → "subscribed"
+empty or only spaces → "pending" (Mailchimp asks them to confirm first)
@@ tags @@
-tags = ["Newsletter"]
+tags = ["Harvest Report"] (only this one tag, for everybody)
@@ Always @@
 Email → Email Address
```

Gracias!""",
    extended(
        HS,
        hs(email="mila.novak@kavarna.si", hs_email_optout="  "),
        hs(email="joao.pereira@gmail.com", hs_email_optout="false"),
        hs(email="greta.holm@gmail.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Harvest Report"]}


@case(
    "h188-17",
    H,
    M,
    """Hola team, wholesale tags in Mailchimp changed a bit. Changes vs Q3 notes:

```diff
@@ tags (in this order) @@
-"Big Account" when Number of employees is more than 200
+"Wholesale" when Number of employees is more than 50 (empty Number of employees → no "Wholesale")
 "Café" when Industry is exactly "Hospitality" (capital H)
 if none of them applies, tags is an empty list [], send it anyway
@@ Always @@
 Email → Email Address
```

Porfa 🙏""",
    extended(
        HS,
        hs(email="ops@dailygrindcafes.com", numemployees="80", industry="Hospitality"),
        hs(email="hola@cafetintico.co", numemployees="  ", industry="Hospitality"),
        hs(email="manager@beanbar.nl", numemployees="30", industry="hospitality"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Wholesale")
    if r["industry"] == "Hospitality":
        tags.append("Café")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h188-18",
    H,
    M,
    """Hola! For the SMS reminders of the barista course (the ones in our Miami partner café too). Changes vs Q3 notes:

```diff
@@ merge fields @@
-FNAME ← First name
+FNAME ← First name, first word only ("Juan Pablo" → "Juan")
-PHONE ← Mobile phone number first, then Phone number
+PHONE ← Phone number first; if it's empty or only spaces, Mobile phone number (everybody has one of the two)
+PHONE in E.164: digits only with a "+" in front; starts with "+" → keeps its own country code; no "+" → US number, put +1 in front (11 digits starting with 1 → just add the "+")
@@ Always @@
 Email → Email Address
```

Mil gracias!
Vale""",
    extended(
        HS,
        hs(
            email="juanpablo.cruz@gmail.com",
            firstname="Juan Pablo",
            phone="  ",
            mobilephone="+57 315 555 0177",
        ),
        hs(
            email="maria.jose@gmail.com",
            firstname="María José",
            phone="1 (305) 555-0122",
            mobilephone="(305) 555-0199",
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
    "h188-19",
    H,
    M,
    """Hola team, the wholesale audience should only have businesses, so the filter changed. Changes vs Q3 notes:

```diff
@@ Who @@
-Skip contacts with no Country/Region
+Skip contacts with no Company name (empty or only spaces)
@@ Members @@
 Email → Email Address
 status = "subscribed"
+VIP = true when Lifecycle stage is "customer"; anything else, or an empty stage → false
```

Quedo atenta!""",
    extended(
        HS,
        hs(
            email="compras@cafelaterraza.co",
            company="Café La Terraza",
            country="",
            lifecyclestage="customer",
        ),
        hs(email="someone@gmail.com", company="  ", country="Colombia", lifecyclestage="customer"),
        hs(
            email="buyer@kaffihus.is",
            company="Kaffihús Reykjavík",
            country="Iceland",
            lifecyclestage="",
        ),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "customer",
    }


@case(
    "h188-20",
    H,
    M,
    """Hola! Importers audience (all emails are lowercase already). Changes vs Q3 notes:

```diff
@@ merge fields @@
 FNAME ← First name in title case ("JUAN CAMILO" → "Juan Camilo")
-LNAME ← Last name, and "Sin apellido" when it's empty
+LNAME ← Last name; if empty or only spaces → the part of the email after the @ (compras@greenbeanimports.com → "greenbeanimports.com")
@@ VIP @@
-VIP when Annual revenue is more than 10,000,000
+VIP = true when Annual revenue is more than 3,000,000; otherwise false, also when Annual revenue is empty
@@ Always @@
 Email → Email Address
```

Mil gracias!""",
    extended(
        lower_emails(HS),
        hs(
            email="compras@greenbeanimports.com",
            firstname="JUAN CAMILO",
            lastname="  ",
            annualrevenue="6500000",
        ),
        hs(
            email="anke@kaffeehandel.de",
            firstname="anke",
            lastname="",
            annualrevenue="  ",
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
        "vip": gt(r["annualrevenue"], 3_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h188-21",
    H,
    S,
    """Hola team, Segment identify for the web shop. Changes vs Q3 notes:

```diff
@@ identify @@
 userId ← Email in lowercase
-traits.email ← Email
 traits.title ← Job title (copy; empty stays empty)
+traits.phone ← Phone number (copy; empty stays empty)
+traits.name ← Last name + ", " + First name, like "Restrepo, Camila" (names exactly as they are)
```

Gracias!!
Vale""",
    extended(
        HS,
        hs(
            email="Camila.Restrepo@Gmail.com",
            firstname="Camila",
            lastname="Restrepo",
            jobtitle="",
            phone="+57 601 555 0155",
        ),
        hs(
            email="SHOP@COFFEEHAUS.DE",
            firstname="Jonas",
            lastname="Weber",
            jobtitle="Inhaber",
            phone="",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "title": r["jobtitle"],
            "phone": r["phone"],
            "name": f"{r['lastname']}, {r['firstname']}",
        },
    }


@case(
    "h188-22",
    H,
    S,
    """Hola! Company traits in Segment (nested inside traits.company, please not flat). Changes vs Q3 notes:

```diff
@@ traits.company @@
 traits.company.name ← Company name; if it's empty or only spaces, don't send name
-traits.company.industry ← Industry as is
+traits.company.industry ← Industry; if empty or only spaces → "Coffee"
+traits.company.employee_count ← Number of employees as a whole number (integer); empty → leave employee_count out
-traits.company.plan = "wholesale"
@@ id @@
 userId ← Email
```

Mil gracias!""",
    extended(
        HS,
        hs(email="hola@cafecito.mx", company="  ", industry="", numemployees="  "),
        hs(
            email="trade@volcanicagreen.com",
            company="Volcánica Green Imports",
            industry="Wholesale",
            numemployees="64",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": omit_if_blank(r["company"]),
                    "industry": dflt(r["industry"], "Coffee"),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h188-23",
    H,
    S,
    """Hola team, address and phone traits for the US subscription boxes. Changes vs Q3 notes:

```diff
@@ traits.address (nested) @@
 traits.address.city ← City (copy)
 traits.address.postalCode ← Postal code (copy)
+traits.address.state ← State/Region, only if it has a value; empty or only spaces → no state at all
-traits.address.country ← Country/Region
@@ phone @@
-traits.phone ← Phone number as typed
+traits.phone ← Mobile phone number, or Phone number if the mobile is empty or only spaces, in E.164: digits only with "+"; a number starting with "+" keeps its own code; otherwise it's US so +1 in front (11 digits starting with 1 → just the "+"); if both are empty, no traits.phone
@@ id @@
 userId ← Email
```

Quedo atenta 🙂""",
    extended(
        HS,
        hs(
            email="subs.ethan@gmail.com",
            city="Austin",
            zip="78701",
            state="TX",
            mobilephone="  ",
            phone="(512) 555-0166",
        ),
        hs(
            email="nophone.subs@gmail.com",
            city="Denver",
            zip="",
            state="  ",
            mobilephone="",
            phone=" ",
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
                    "postalCode": r["zip"],
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h188-24",
    H,
    S,
    """Hola! The checkout form sometimes saves the email with spaces and capitals, and Segment was making duplicates. Changes vs Q3 notes:

```diff
@@ identify @@
-userId ← Email as is
+userId ← Email, trimmed and then lowercase ("  Juan.Diaz@Gmail.com " → "juan.diaz@gmail.com")
 traits.website ← Website URL (copy; empty stays empty)
+traits.unsubscribed = true when Unsubscribed from all email is "true"; "false" or empty → false (a real boolean)
+traits.annualRevenue ← Annual revenue as a number; if it's empty, don't send annualRevenue
```

Gracias, team!""",
    extended(
        HS,
        hs(
            email="  Juan.Diaz@Gmail.com ",
            website="",
            hs_email_optout="  ",
            annualrevenue="  ",
        ),
        hs(
            email="Orders@CafeAltura.COM  ",
            website="https://cafealtura.com",
            hs_email_optout="true",
            annualrevenue="950000.5",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "website": r["website"],
                "unsubscribed": r["hs_email_optout"] == "true",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h188-25",
    H,
    G,
    """Hola team, GA4 event for every Harvest Report sign-up. Changes vs Q3 notes:

```diff
@@ GA4 event @@
 client_id ← Email
-event name = "newsletter_signup"
+event name = "harvest_report_signup"
 params.crm = "hubspot"
 params.company ← Company name (copy; empty stays empty)
+params.country ← Country/Region in lowercase; if empty or only spaces → "unknown"
+params.signup_date ← Create date, only the date as YYYY-MM-DD
```

Mil gracias!
Vale""",
    extended(
        HS,
        hs(
            email="pablo.rincon@gmail.com",
            company="",
            country="  ",
            createdate="2025-02-03T12:00:00.000Z",
        ),
        hs(
            email="hello@thirdwavecafe.co.uk",
            company="Third Wave Café",
            country="United Kingdom",
            createdate="2025-02-10T14:30:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "harvest_report_signup",
                "params": {
                    "crm": "hubspot",
                    "company": r["company"],
                    "country": "unknown" if blank(r["country"]) else r["country"].lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h188-26",
    H,
    G,
    """Hola! GA4 event for the bigger importers only; finance wants it in dollars now. Changes vs Q3 notes (all emails here are lowercase):

```diff
@@ Who @@
-Only contacts with Annual revenue greater than 1,000,000
+Only contacts with Annual revenue greater than 2,000,000 (empty Annual revenue → skipped)
@@ Event @@
 client_id ← the part of the Email before the @ (compras@andesimport.com → "compras")
 event name = "importer_revenue_update"
 params.revenue ← Annual revenue as a number
-params.currency = "COP"
+params.currency = "USD"
```

Gracias!!""",
    extended(
        lower_emails(HS),
        hs(email="compras@andesimport.com", annualrevenue="18000000"),
        hs(email="info@midsizeroast.com", annualrevenue="1500000"),
        hs(email="sinrevenue@cafe.co", annualrevenue="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 2_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "importer_revenue_update",
                "params": {"revenue": num(r["annualrevenue"]), "currency": "USD"},
            }
        ],
    }


@case(
    "h188-27",
    H,
    G,
    """Hola team, GA4 event names for the subscription funnel. Changes vs Q3 notes:

```diff
@@ event name @@
-Lifecycle stage "customer" → "purchase"
+Lifecycle stage "customer" → "subscription_renewal"
 any other stage, or an empty one → "lead_captured"
@@ params @@
 client_id ← Email
+params.city ← City; if empty or only spaces → "Bogotá"
 params.job_title ← Job title (copy; empty stays empty)
```

Quedo atenta!""",
    extended(
        HS,
        hs(email="laura.quintero@gmail.com", lifecyclestage="customer", city="  ", jobtitle=""),
        hs(email="tim.walsh@gmail.com", lifecyclestage="", city="Chicago", jobtitle="Barista"),
    ),
)
def o27(r: R) -> Out:
    name = "subscription_renewal" if r["lifecyclestage"] == "customer" else "lead_captured"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Bogotá"), "job_title": r["jobtitle"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h188-28",
    L,
    H,
    """Hola team! Now the other way: Salesforce Leads back into HubSpot contacts. Changes vs Q3 notes:

```diff
@@ Lead → HubSpot contact @@
 Email → Email
 First Name → First name
 Last Name → Last name
 Company → Company name
 Title → Job title
 Phone → Phone number
-Street → Street address
 City → City
+Zip/Postal Code → Postal code
 Country → Country/Region
 All straight copies; an empty Lead field goes across as the same empty value (don't skip it, don't fill it)
```

Mil gracias!
Vale""",
    extended(
        SFL,
        sfl(
            Email="diego.salazar@gmail.com",
            FirstName="Diego",
            LastName="Salazar",
            Company="",
            Title="",
            Phone="+57 318 555 0170",
            Street="Calle 85 # 11-53",
            City="Bogotá",
            PostalCode="",
            Country="Colombia",
        ),
        sfl(
            Email="purchasing@harborbeans.com",
            FirstName="",
            LastName="Purchasing Team",
            Company="Harbor Beans Co",
            Title="  ",
            Phone="",
            Street="",
            City="Baltimore",
            PostalCode="21230",
            Country="",
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
    "h188-29",
    L,
    H,
    """Hola! HubSpot Lead status from Salesforce, plus the opt-out. Changes vs Q3 notes:

```diff
@@ Lead status (HubSpot) from Lead Status (Salesforce) @@
 Open - Not Contacted → NEW
 Working - Contacted → IN_PROGRESS
-Closed - Converted → CONNECTED
+Closed - Converted → OPEN_DEAL
 Closed - Not Converted → UNQUALIFIED
 (we only use these four, nothing else comes through)
@@ opt-out @@
+Unsubscribed from all email ← the text "true" when Email Opt Out is ticked, the text "false" when it's not
@@ Always @@
 Email → Email
```

Gracias!""",
    extended(
        SFL,
        sfl(Email="cata.henao@gmail.com", Status="Open - Not Contacted", HasOptedOutOfEmail=True),
        sfl(
            Email="green@roastworks.ca",
            Status="Closed - Converted",
            HasOptedOutOfEmail=False,
        ),
    ),
)
def o29(r: R) -> Out:
    status = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "IN_PROGRESS",
        "Closed - Converted": "OPEN_DEAL",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return {
        "email": r["Email"],
        "hs_lead_status": status[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h188-30",
    L,
    H,
    """Hola team, Lifecycle stage from the sales Rating, and HubSpot keeps making duplicates when the email has capitals. Changes vs Q3 notes:

```diff
@@ Lifecycle stage, from Rating @@
 Hot → salesqualifiedlead
-Warm → lead
+Warm → marketingqualifiedlead
 Cold → lead
 (every Lead has one of these three)
@@ Other fields @@
+Annual revenue ← Annual Revenue as a number; if it's empty, don't set Annual revenue
-Email → Email as is
+Email → Email in lowercase
```

Porfa, mil gracias!""",
    extended(
        SFL,
        sfl(Email="Compras@TostaduriaSur.CO", Rating="Warm", AnnualRevenue="  "),
        sfl(Email="Head.Buyer@NordicRoast.SE", Rating="Hot", AnnualRevenue="7400000.25"),
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
    "h188-31",
    L,
    H,
    """Hola! UK roasters only (London Coffee Festival leads). Someone put +1 on all of them last quarter 🤦‍♀️. Changes vs Q3 notes:

```diff
@@ Who @@
 Only Leads with Country = "United Kingdom" (exactly; other countries, lowercase, or empty are skipped)
@@ Fields @@
 Email → Email
-Phone → Phone number with +1 in front
+Phone → Phone number in E.164 as a UK number: digits only, drop the leading 0 and put +44 in front (020 7946 0958 → +442079460958); if it already starts with "+", it keeps its own code (every UK lead has a phone)
+Zip/Postal Code → Postal code in UPPERCASE
 Title → Job title; if empty or only spaces → "Coffee Buyer"
```

Mil gracias!
Vale""",
    extended(
        SFL,
        sfl(
            Email="tom.barker@squareroast.co.uk",
            Country="United Kingdom",
            Phone="0161 496 0555",
            PostalCode="m4 1hn",
            Title="",
        ),
        sfl(
            Email="priya.shah@brewbristol.co.uk",
            Country="United Kingdom",
            Phone="+44 117 496 0123",
            PostalCode="bs1 5tr",
            Title="  ",
        ),
        sfl(
            Email="aoife.byrne@dublinbeans.ie",
            Country="Ireland",
            Phone="+353 1 555 0142",
            PostalCode="d02 x285",
            Title="Owner",
        ),
        sfl(
            Email="ian.ross@glasgowgrind.co.uk",
            Country="united kingdom",
            Phone="0141 496 0777",
            PostalCode="g1 1aa",
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
        "jobtitle": dflt(r["Title"], "Coffee Buyer"),
    }


@case(
    "h188-32",
    L,
    H,
    """Hola team, Leads → HubSpot for the cafés. We stopped skipping the Cold ones (they still buy samples!). Changes vs Q3 notes:

```diff
@@ Who @@
 Skip Leads with Lead Status "Closed - Not Converted"
-Skip Leads with Rating "Cold"
@@ Fields @@
 Email → Email
+Street address ← Street + ", " + City (like "Carrera 7 # 72-41, Bogotá"); if Street is empty or only spaces, just the City alone, no comma (City is always filled)
 Company name ← Company; if empty or only spaces → "Independent Café"
```

Quedo atenta!""",
    extended(
        SFL,
        sfl(
            Email="cafe.sietesemillas@gmail.com",
            Status="Working - Contacted",
            Rating="Cold",
            Street="Carrera 7 # 72-41",
            City="Bogotá",
            Company="",
        ),
        sfl(
            Email="ruta.del.cafe@gmail.com",
            Status="Open - Not Contacted",
            Rating="Warm",
            Street="  ",
            City="Salento",
            Company="  ",
        ),
        sfl(
            Email="closed.lead@beanery.com",
            Status="Closed - Not Converted",
            Rating="Hot",
            Street="9 Main St",
            City="Austin",
            Company="The Beanery",
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
        "company": dflt(r["Company"], "Independent Café"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h188-33",
    C,
    M,
    """Hola! Importer Contacts → Mailchimp green-coffee audience. Mailchimp told us "cleaned" can't be set like that, so: changes vs Q3 notes:

```diff
@@ Members @@
 Email Address ← Email, all lowercase
-status: Email Opt Out ticked → "cleaned"
+status: Email Opt Out ticked → "unsubscribed"
 status: Email Opt Out not ticked → "subscribed"
@@ tags (in this order) @@
 everybody gets "Green Coffee Buyer"
+if Lead Source is exactly "Trade Show", also add "Trade Show" after it
```

Mil gracias!""",
    extended(
        SFC,
        sfc(Email="Hanna.Berg@NordicGreen.DK", LeadSource="Trade Show", HasOptedOutOfEmail=False),
        sfc(Email="J.KOWALSKI@KAWA.PL", LeadSource="trade show", HasOptedOutOfEmail=True),
        sfc(Email="Import@PacificBeans.COM", LeadSource="", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["Green Coffee Buyer"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h188-34",
    C,
    M,
    """Hola team, SMS audience for harvest alerts (the importers' offices). Changes vs Q3 notes:

```diff
@@ Who @@
+Skip Contacts with no Business Phone (empty or only spaces), no point without a number
@@ Members @@
 Email Address ← Email
 PHONE ← Business Phone in E.164: digits only with a "+"; a number starting with "+" keeps its own code; otherwise it's a US office, so +1 in front (11 digits starting with 1 → just the "+")
@@ language, from Mailing Country @@
 Colombia → "es"
 United States → "en"
 Germany → "de"
-Austria → "en"
+Austria → "de"
 Japan → "ja"
 (these are the only countries in this list)
```

Gracias!!
Vale""",
    extended(
        SFC,
        sfc(Email="ventas@cafexport.co", Phone="+57 601 555 0188", MailingCountry="Colombia"),
        sfc(Email="no.phone@roesterei.at", Phone="  ", MailingCountry="Austria"),
        sfc(Email="kenta@kohi-import.jp", Phone="+81 3 5555 0142", MailingCountry="Japan"),
        sfc(Email="rick@seattlegreen.com", Phone="1-206-555-0131", MailingCountry="United States"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Colombia": "es",
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
    "h188-35",
    C,
    M,
    """Hola! The buyers' newsletter goes out in English now, and VIP is only for the head buyers. Changes vs Q3 notes:

```diff
@@ Members @@
 FNAME ← First Name; if empty or only spaces → "Coffee Lover"
 LNAME ← Last Name (plain copy, empty stays empty)
-VIP when Title is "CEO"
+VIP = true only when Title is exactly "Head Buyer"; anything else, or an empty Title → false
-language = "es"
+language = "en" for everyone
 Email Address ← Email
```

Quedo atenta!""",
    extended(
        SFC,
        sfc(
            Email="marta.olsen@kaffeimport.no", FirstName="  ", LastName="Olsen", Title="Head Buyer"
        ),
        sfc(Email="ceo@beanandleaf.com", FirstName="Greg", LastName="", Title="CEO"),
        sfc(Email="staff@cafeorigen.co", FirstName="", LastName="", Title="  "),
        sfc(Email="assistant@greenroute.com", FirstName="Ivy", LastName="Chen", Title="head buyer"),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Coffee Lover"), "LNAME": r["LastName"]},
        "vip": r["Title"] == "Head Buyer",
        "language": "en",
    }


@case(
    "h188-36",
    C,
    M,
    """Hola team, World of Coffee follow-up list. We don't want last year's tag stuck on them. Changes vs Q3 notes:

```diff
@@ Who @@
 Only Contacts with Lead Source = "Trade Show"; any other Lead Source, or empty, is skipped
@@ Members @@
 Email Address ← Email
 FNAME ← First Name
 LNAME ← Last Name
 (copies; empty goes over empty)
 status = "subscribed"
+language = "en"
-tags = ["WoC 2024"]
+tags = [] (an empty list, to clear whatever tags they had)
```

Mil gracias!
Vale""",
    extended(
        SFC,
        sfc(
            Email="freya.nilsson@kafferost.se",
            FirstName="Freya",
            LastName="",
            LeadSource="Trade Show",
        ),
        sfc(Email="web.signup@gmail.com", FirstName="", LastName="Ortega", LeadSource="Web"),
        sfc(Email="nosource@gmail.com", FirstName="Leo", LastName="Marin", LeadSource="  "),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
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
    "h188-37",
    C,
    S,
    """Hola! Segment identify from the importer Contacts (for the buyers' portal). Changes vs Q3 notes:

```diff
@@ identify @@
 userId ← Email in lowercase
 traits.firstName ← First Name
 traits.lastName ← Last Name
+traits.title ← Title
 (the name and title traits are plain copies; empty comes across empty)
-traits.phone ← Business Phone
+traits.department ← Department, only when it has something; empty or only spaces → no department at all
```

Gracias, team!""",
    extended(
        SFC,
        sfc(
            Email="Nora.Lind@NordicGreen.DK",
            FirstName="Nora",
            LastName="Lind",
            Title="",
            Department="  ",
        ),
        sfc(
            Email="GUSTAVO.PAZ@CAFEPAZ.CO",
            FirstName="Gustavo",
            LastName="",
            Title="Export Manager",
            Department="Exports",
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
    "h188-38",
    C,
    S,
    """Hola team, address traits in Segment (nested in traits.address). "N/A" was showing up on the map dashboard 🙃. Changes vs Q3 notes:

```diff
@@ traits.address @@
-traits.address.city ← Mailing City; empty → "N/A"
+traits.address.city ← Mailing City; empty or only spaces → "Bogotá"; with a value, copy it exactly as is (no trimming here)
 traits.address.country ← Mailing Country with the spaces at the start and end trimmed (only spaces → "")
@@ id @@
 userId ← Email
```

Mil gracias!""",
    extended(
        SFC,
        sfc(Email="andrea.mejia@gmail.com", MailingCity="  ", MailingCountry=" Colombia "),
        sfc(Email="bruno.costa@gmail.com", MailingCity=" Medellín", MailingCountry="Colombia"),
        sfc(Email="no.city@gmail.com", MailingCity="", MailingCountry="   "),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": dflt(r["MailingCity"], "Bogotá"),
                "country": r["MailingCountry"].strip(),
            }
        },
    }


@case(
    "h188-39",
    C,
    S,
    """Hola! Segment channel trait: marketing wants "website" instead of "online". Changes vs Q3 notes:

```diff
@@ identify @@
 userId ← Email
 traits.phone ← Business Phone in E.164: digits only with "+"; starting with "+" keeps its own code; no "+" → US number, +1 in front (11 digits starting with 1 → only add the "+")
+traits.name ← First Name + " " + Last Name (e.g. "Sofía Arbeláez")
@@ traits.channel, from Lead Source @@
 Trade Show → "trade_show"
-Web → "online"
+Web → "website"
 Partner Referral → "partner"
 anything else, or an empty Lead Source → "other"
```

Quedo atenta!
Vale""",
    extended(
        SFC,
        sfc(
            Email="sofia.arbelaez@cafeterias.co",
            FirstName="Sofía",
            LastName="Arbeláez",
            LeadSource="Trade Show",
            Phone="+57 604 555 0150",
        ),
        sfc(
            Email="dan.fox@brooklynbeans.com",
            FirstName="Dan",
            LastName="Fox",
            LeadSource="Partner Referral",
            Phone="(718) 555-0111",
        ),
        sfc(
            Email="amy.liu@gmail.com",
            FirstName="Amy",
            LastName="Liu",
            LeadSource="  ",
            Phone="1 415 555 0102",
        ),
    ),
)
def o39(r: R) -> Out:
    channel = {"Trade Show": "trade_show", "Web": "website", "Partner Referral": "partner"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "channel": channel.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h188-40",
    M,
    H,
    """Hola team! Mailchimp members back into HubSpot contacts. Changes vs Q3 notes:

```diff
@@ Contact properties @@
 Email ← Email Address
 First name ← FNAME in title case (first letter of each word capital, the rest small: "PAULA ANDREA" → "Paula Andrea")
-Phone number ← PHONE, and empty when there's none
+Phone number ← PHONE as it is; if PHONE is empty or only spaces, don't set Phone number
 Company name ← COMPANY; if empty or only spaces → "Particular"
+Unsubscribed from all email ← the text "true" when status is "unsubscribed" or "cleaned"; the text "false" for any other status
```

Mil gracias!""",
    extended(
        MC,
        mc(
            {"FNAME": "PAULA ANDREA", "PHONE": "  ", "COMPANY": "  "},
            email_address="paula.andrea@gmail.com",
            status="pending",
        ),
        mc(
            {"FNAME": "henrik", "PHONE": "+45 33 55 01 22", "COMPANY": "Kaffe Kompagniet"},
            email_address="henrik@kaffekompagniet.dk",
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
            "company": dflt(mf["COMPANY"], "Particular"),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
        }
    )


@case(
    "h188-41",
    M,
    H,
    """Hola! Mailchimp → HubSpot for the wholesale audience. We want the unsubscribed ones in HubSpot too now; only the bounced addresses stay out. Changes vs Q3 notes:

```diff
@@ Who @@
-Skip members with status "unsubscribed"
+Skip members with status "cleaned"
@@ Contact properties @@
 Email ← Email Address
+Phone number ← PHONE in E.164: digits only with "+"; a number starting with "+" keeps its own code (our Colombian ones are +57); no "+" → US, +1 in front (11 digits starting with 1 → just the "+"); empty PHONE → don't set Phone number
 Company name ← COMPANY (copy; empty stays empty)
 Lifecycle stage ← "customer" when VIP is true, "lead" when VIP is false
```

Gracias!!
Vale""",
    extended(
        MC,
        mc(
            {"PHONE": "1-773-555-0190", "COMPANY": "Windy City Roasters"},
            email_address="buy@windycityroasters.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "+57 602 555 0133", "COMPANY": ""},
            email_address="tienda@cafevalle.co",
            status="unsubscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "312 555 0104", "COMPANY": "Bounced Beans"},
            email_address="old@bouncedbeans.com",
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
    "h188-42",
    M,
    H,
    """Última! Mailchimp members → HubSpot, subscription shop audience. Changes vs Q3 notes:

```diff
@@ Contact properties @@
-First name ← FNAME
+First name ← FNAME, only the first word ("Ana María" → "Ana")
 Company name ← COMPANY; if empty or only spaces → the part of the Email Address after the @ (pedidos@cafearoma.co → "cafearoma.co")
-Lifecycle stage = "customer" when the tags include "Customer"
+Lifecycle stage = "customer" when the tags include "Subscription" (exact spelling and capitals); otherwise "subscriber"
 Email ← Email Address
```

Mil mil gracias, team! Quedo atenta.
Valentina""",
    extended(
        MC,
        mc(
            {"FNAME": "Ana María", "COMPANY": "  "},
            email_address="pedidos@cafearoma.co",
            tags=["Harvest Report", "Subscription"],
        ),
        mc(
            {"FNAME": "Pedro Luis", "COMPANY": ""},
            email_address="pedro.luis@gmail.com",
            tags=["subscription"],
        ),
        mc(
            {"FNAME": "Nadia", "COMPANY": "Tostadores del Sur"},
            email_address="nadia@tostadoresdelsur.co",
            tags=["Subscription"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Subscription" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set188")
