"""Held-out set 183 for the offline mapping drafter.

Persona: Camila Andrade, growth marketer at a travel-experience startup in Quito, Ecuador. She
describes every sync as the Make.com (formerly Integromat) scenario she would build: numbered
modules ('1. HubSpot CRM - Watch Contacts', '2. Router', a 'Filter' on a route with conditions
such as 'Text operators: Equal to', 'Numeric operators: Greater than', 'Exists' / 'Does not
exist'), 'Set variable' modules, and field mappings written with Make's inline functions
({{lower(1.email)}}, {{ifempty(1.company; "Independent")}}, {{trim(...)}}, {{upper(...)}},
{{formatDate(1.createdate; "YYYY-MM-DD")}}, {{first(split(1.firstname; " "))}},
{{if(...; ...; ...)}}, {{switch(...)}}). Where no function fits (E.164, capitalising every word)
she says it in words. Ecuadorian English with the odd Spanish word ('listo', 'porfa', 'gracias',
'ojo:', 'chévere'); her records are travellers, tour operators, Galápagos cruise agents and
Andes trekking leads.

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
    rev,
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case(
    "h183-01",
    H,
    L,
    """Hola team! First scenario: our Galápagos cruise agents live in HubSpot and sales wants them as Leads in Salesforce.

1. HubSpot CRM - Watch Contacts (all contacts, no filter)
2. Salesforce - Upsert a Record, object Lead, matched on Email

Mapping in module 2:
- Email = {{1.email}}
- First Name = {{1.firstname}}
- Last Name = {{1.lastname}}
- Company = {{1.company}}
- Title = {{1.jobtitle}}
- City = {{1.city}}
- Lead Source = Partner  (typed by hand, the same fixed text for every record)

No functions on anything, porfa, just the raw values. Ojo: if a field is empty in HubSpot it goes to Salesforce as that same empty value, I don't want ifempty() or placeholders there.

Gracias!
Camila""",
    extended(
        HS,
        hs(
            email="reservas@galapagosdreams.ec",
            firstname="Mateo",
            lastname="Salazar",
            company="Galápagos Dreams Cruises",
            jobtitle="",
            city="Puerto Ayora",
        ),
        hs(
            email="lucia.paredes@gmail.com",
            firstname="",
            lastname="Paredes",
            company="  ",
            jobtitle="Freelance Cruise Agent",
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
        "Title": r["jobtitle"],
        "City": r["city"],
        "LeadSource": "Partner",
    }


@case(
    "h183-02",
    H,
    L,
    """Scenario for the trekking sign-ups from our website form -> Salesforce Leads. Salesforce complains when Company is empty, so:

Module 1: HubSpot CRM - Watch Contacts
Module 2: Salesforce - Upsert a Record (Lead, key = Email)

  Email       {{1.email}}
  Last Name   {{1.lastname}}
  Company     {{ifempty(1.company; "Independent Traveller")}}
  Industry    {{ifempty(1.industry; "Hospitality")}}
  City        {{trim(1.city)}}

Ojo with the ifempty: for me a value with only spaces is also empty, so "   " must get the default too. When Company or Industry do have a value, it goes exactly as it is, no trim on those two.
City only gets the trim (spaces at the start and end out, nothing else touched). Email and Last Name are straight copies.

Listo, gracias!""",
    extended(
        HS,
        hs(email="trek.banos@gmail.com", lastname="Villacís", company="  ", industry="", city=" Baños "),
        hs(
            email="info@andestrek.ec",
            lastname="Guamán",
            company=" Andes Trek Co",
            industry="Hospitality",
            city="Cuenca  ",
        ),
        hs(email="solo.viajero@hotmail.com", lastname="Pérez", company="", industry="   ", city="Otavalo"),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Independent Traveller"),
        "Industry": dflt(r["industry"], "Hospitality"),
        "City": r["city"].strip(),
    }


@case(
    "h183-03",
    H,
    L,
    """Hi! Our sales reps call the travellers by WhatsApp, so the Lead needs a mobile number. The scenario:

1. HubSpot CRM - Watch Contacts
2. Set variable "whatsapp": the Mobile phone number (1.mobilephone). If that's empty, then the Phone number (1.phone) instead. Empty means empty string or only spaces.
3. Salesforce - Upsert a Record (Lead, matched on Email)
   - Mobile Phone = the "whatsapp" variable, exactly as typed, no reformatting. If both mobile and phone are empty, don't map Mobile Phone at all - leave the field out, not even an empty value.
   - First Name = 1.firstname and Last Name = 1.lastname, but with every word starting with a capital letter and the rest in small letters ("ana lucía" -> "Ana Lucía", "MORENO VEGA" -> "Moreno Vega"). Ojo: Make's capitalize() only does the first letter of the whole text, so this has to be done word by word.
   - Email = 1.email, as it is.

Gracias!""",
    extended(
        HS,
        hs(
            email="ana.lucia@yahoo.com",
            firstname="ana lucía",
            lastname="MORENO VEGA",
            mobilephone="  ",
            phone="02-2901-555",
        ),
        hs(email="pedro.quishpe@gmail.com", firstname="PEDRO", lastname="quishpe", mobilephone="", phone="  "),
        hs(
            email="sofia.andrade@gmail.com",
            firstname="sofía",
            lastname="andrade",
            mobilephone="099 123 4567",
            phone="02-2500-100",
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
    "h183-04",
    H,
    L,
    """Lead Source mapping for the Amazon lodge campaign. HubSpot's Original source doesn't speak Salesforce picklist, so in the Salesforce - Upsert a Record (Lead) module I use switch() on 1.hs_analytics_source:

{{switch(1.hs_analytics_source; "ORGANIC_SEARCH"; "Web"; "PAID_SEARCH"; "Advertisement"; "PAID_SOCIAL"; "Advertisement"; "SOCIAL_MEDIA"; "Word of mouth"; "REFERRALS"; "External Referral"; "OFFLINE"; "Trade Show"; "Other")}}

So: ORGANIC_SEARCH -> Web, PAID_SEARCH and PAID_SOCIAL -> Advertisement, SOCIAL_MEDIA -> Word of mouth, REFERRALS -> External Referral, OFFLINE -> Trade Show (the travel fairs in Guayaquil), and the last "Other" is the else. Every other value (EMAIL_MARKETING, DIRECT_TRAFFIC...) AND an empty Original source end up as "Other". Values compared exactly as HubSpot stores them.

Email = {{lower(1.email)}} - the whole email in small letters, people type it any way in the form.

Only those two fields on this one. Porfa and thanks!""",
    extended(
        HS,
        hs(email="Viajes.Mitad@Hotmail.com", hs_analytics_source="OFFLINE"),
        hs(email="MOCHILERO.EC@GMAIL.COM", hs_analytics_source="SOCIAL_MEDIA"),
        hs(email="Sin.Fuente@Yahoo.es", hs_analytics_source="  "),
        hs(email="newsletter.fan@gmail.com", hs_analytics_source="EMAIL_MARKETING"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "SOCIAL_MEDIA": "Word of mouth",
        "REFERRALS": "External Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"].lower(),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


@case(
    "h183-05",
    H,
    L,
    """Next one. Contacts -> Salesforce Leads, but with a filter between the modules:

1. HubSpot CRM - Watch Contacts
   Filter "not booked, not from fairs" (both conditions must pass, AND):
     - Lifecycle stage | Text operators: Not equal to | customer
       (customers already booked a tour with us, sales doesn't want them as Leads)
     - Original source | Text operators: Not equal to | OFFLINE
       (fair contacts are typed into Salesforce by hand by the team)
   Ojo: these are case-sensitive, like Make's normal Equal/Not equal. So a contact whose Lifecycle stage is empty, or whose Original source is empty, passes the filter normally.
2. Salesforce - Upsert a Record (Lead, matched on Email)
     Email = 1.email
     First Name = 1.firstname
     Last Name = 1.lastname
     Company = 1.company
     Lead Status = Working - Contacted   (fixed text for all)

The four mapped fields are plain copies, empty stays empty. Chévere, thanks!""",
    extended(
        HS,
        hs(
            email="ya.reservo@gmail.com",
            firstname="Daniela",
            lastname="Ortiz",
            company="",
            lifecyclestage="customer",
            hs_analytics_source="PAID_SEARCH",
        ),
        hs(
            email="feria.gye@gmail.com",
            firstname="Jorge",
            lastname="Mendoza",
            company="Mendoza Travel",
            lifecyclestage="lead",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="sin.datos@gmail.com",
            firstname="",
            lastname="Cárdenas",
            company="  ",
            lifecyclestage="",
            hs_analytics_source="",
        ),
        hs(
            email="mayuscula@gmail.com",
            firstname="Valeria",
            lastname="Ruiz",
            company="Ruiz Viajes",
            lifecyclestage="Customer",
            hs_analytics_source="REFERRALS",
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
        "Company": r["company"],
        "Status": "Working - Contacted",
    }


@case(
    "h183-06",
    H,
    L,
    """Hola, this is for the corporate retreats (companies that send their teams to the Andes). Sales wants a Rating.

1. HubSpot CRM - Watch Contacts
2. Router with three routes into Salesforce - Upsert a Record (Lead, key Email), Annual revenue read as a number:
   Route A - Filter: Annual revenue | Numeric operators: Greater than | 5000000 -> Rating = Hot
   Route B - Filter: Annual revenue | Numeric operators: Less than | 500000 -> Rating = Cold
   Route C - fallback route (everything between 500,000 and 5,000,000) -> Rating = Warm
   Ojo: when Annual revenue is empty (or only spaces) I want Rating = Cold, not Warm. No revenue, no hot lead jaja.

On every route also:
   Employees = 1.numemployees as a whole number (integer), not text, like parseNumber and no decimals. If Number of employees is empty, don't map Employees at all (leave it out).
   Email = 1.email, just copied.

Gracias!""",
    extended(
        HS,
        hs(email="rrhh@banco-andino.ec", annualrevenue="  ", numemployees="  "),
        hs(email="eventos@startupquito.ec", annualrevenue="250000", numemployees="8"),
        hs(email="viajes@petroamazonas.ec", annualrevenue="7500000", numemployees="1200"),
    ),
)
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 500_000:
        rating = "Cold"
    elif v > 5_000_000:
        rating = "Hot"
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
    "h183-07",
    H,
    L,
    """US tour operators we met at the New York travel show -> Salesforce Leads. The dialer in Salesforce only accepts E.164.

Module 2 (Salesforce - Upsert a Record, Lead, matched on Email):

Phone: from 1.phone in E.164. There's no Make function for that, so in words: keep only the digits and put a "+" in front. If the number already starts with "+", it keeps its own country code (so +593 or +33 numbers stay as they are, just digits after the +). If there is no "+", it's a US number: put +1 in front, except when it already has 11 digits starting with 1, then only the "+" is added. Example: (305) 555-0147 -> +13055550147. If Phone number is empty, Phone must not be sent at all.

City: 1.city with each word starting with a capital and the rest small letters, e.g. "san cristóbal" -> "San Cristóbal", "QUITO" -> "Quito".

Email: {{1.email}} as is.

Listo!""",
    extended(
        HS,
        hs(email="ops@miamidivers.com", phone="1 (305) 555-0147", city="QUITO"),
        hs(email="sea.lion.tours@gmail.com", phone="  ", city="san cristóbal"),
        hs(email="hola@quitoexpress.ec", phone="+593 2 250 1234", city="puerto baquerizo moreno"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "City": title(r["city"]),
            "Phone": omit_if_blank(r["phone"], e164),
        }
    )


@case(
    "h183-08",
    H,
    L,
    """Local leads only! This scenario is just for travellers from Ecuador (the "Viaja en tu país" campaign).

1. HubSpot CRM - Watch Contacts
   Filter: Country/Region | Text operators: Equal to | Ecuador
   Exactly "Ecuador" with capital E. Any other country, "ecuador" in small letters or an empty country does not pass.
2. Salesforce - Upsert a Record (Lead, key Email)
   - Email = 1.email (no changes)
   - State/Province = {{upper(1.state)}}  -> "pichincha" becomes "PICHINCHA". Empty state stays empty.
   - Description = {{1.firstname}} {{1.lastname}} - lead since {{formatDate(1.createdate; "YYYY-MM-DD")}}
     so first name, a space, last name, then " - lead since " and the create date (date only, the UTC date). Example: "Karla Benítez - lead since 2024-05-18". Names as they come from HubSpot, all of these have both names.

Gracias, team!""",
    extended(
        HS,
        hs(
            email="karla.benitez@gmail.com",
            firstname="Karla",
            lastname="Benítez",
            country="Ecuador",
            state="pichincha",
            createdate="2024-05-18T12:00:00.000Z",
        ),
        hs(
            email="andres.vera@gmail.com",
            firstname="Andrés",
            lastname="Vera",
            country="Ecuador",
            state="",
            createdate="2024-06-02T13:15:00.000Z",
        ),
        hs(
            email="isla.santa.cruz@gmail.com",
            firstname="Nicolás",
            lastname="Espinoza",
            country="Ecuador",
            state="Galápagos",
            createdate="2024-07-21T11:30:00.000Z",
        ),
        hs(
            email="minusculas@gmail.com",
            firstname="Paula",
            lastname="Ríos",
            country="ecuador",
            state="Azuay",
            createdate="2024-08-01T12:00:00.000Z",
        ),
        hs(
            email="lima.traveller@gmail.com",
            firstname="Rosa",
            lastname="Quispe",
            country="Peru",
            state="Cusco",
            createdate="2024-08-03T12:00:00.000Z",
        ),
        hs(
            email="no.country@gmail.com",
            firstname="Luis",
            lastname="Mora",
            country="  ",
            state="Loja",
            createdate="2024-08-04T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Ecuador":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['firstname']} {r['lastname']} - lead since {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h183-09",
    H,
    C,
    """Hi! Now Salesforce Contacts. We send a printed Galápagos map + postcard to every past traveller, so the postal address must land in the Mailing fields of the Contact.

1. HubSpot CRM - Watch Contacts
2. Salesforce - Upsert a Record, object Contact, matched on Email:
   Email                    <- 1.email
   First Name               <- 1.firstname
   Last Name                <- 1.lastname
   Mailing Street           <- 1.address
   Mailing City             <- 1.city
   Mailing State/Province   <- 1.state
   Mailing Zip/Postal Code  <- 1.zip
   Mailing Country          <- 1.country

All direct, no functions. Empty in HubSpot = the same empty value in Salesforce, ok? Don't touch the Other address, only Mailing.

Gracias, Cami""",
    extended(
        HS,
        hs(
            email="familia.torres@gmail.com",
            firstname="Elena",
            lastname="Torres",
            address="Av. 6 de Diciembre N34-120",
            city="Quito",
            state="Pichincha",
            zip="170517",
            country="Ecuador",
        ),
        hs(
            email="backpacker.joe@gmail.com",
            firstname="",
            lastname="Miller",
            address="",
            city="Guayaquil",
            state="  ",
            zip="",
            country="Ecuador",
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
    "h183-10",
    H,
    C,
    """Two checkboxes on the Contact, the legal team asked for them.

In the Salesforce - Upsert a Record module (Contact, key Email):

Email Opt Out = {{if(1.hs_email_optout = "true"; true; false)}}
  -> ticked only when Unsubscribed from all email is exactly the text "true". If it's "false" or empty, unticked (false).

Do Not Call = true when the contact has NO number at all, meaning Phone number (1.phone) is empty AND Mobile phone number (1.mobilephone) is empty too (empty or only spaces, both). If at least one of the two has something, Do Not Call = false.

Both are real booleans (checkbox true/false), not the words.

And the basics: Email <- 1.email, Last Name <- 1.lastname, copied.

Listo, gracias!""",
    extended(
        HS,
        hs(email="no.phone@gmail.com", lastname="Chávez", hs_email_optout="  ", phone="", mobilephone=" "),
        hs(
            email="solo.movil@gmail.com",
            lastname="Naranjo",
            hs_email_optout="true",
            phone="",
            mobilephone="099 555 1234",
        ),
        hs(email="nada.de.nada@gmail.com", lastname="Yépez", hs_email_optout="false", phone="  ", mobilephone=""),
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
    "h183-11",
    H,
    C,
    """Salesforce won't create a Contact without Last Name, and half of our trekking guides only register with a first name or their agency. So in module 2 (Salesforce - Upsert a Record, Contact, key Email):

Last Name = {{ifempty(1.lastname; ifempty(1.company; <email before the @>))}}
In words: use Last name; if Last name is empty, use Company name; if Company name is also empty, take the email and keep only the part before the @ (guia.montana@gmail.com -> "guia.montana"). Ojo: only spaces counts as empty everywhere in this chain.

Email = 1.email, copied. (All emails in this list are already in small letters.)

Nothing else. Gracias!""",
    extended(
        lower_emails(HS),
        hs(email="cotopaxi.guide@gmail.com", lastname="", company="Cotopaxi Treks"),
        hs(email="guia.montana@gmail.com", lastname="  ", company=" "),
        hs(email="rafael.guaman@andesguides.ec", lastname="Guamán", company="Andes Guides"),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h183-12",
    H,
    C,
    """For the Contacts, the travel advisors want a short note in Contact Description from the Lifecycle stage. I do it with switch() on 1.lifecyclestage:

  subscriber             -> "Newsletter only"
  lead                   -> "Asked for a quote"
  marketingqualifiedlead -> "Downloaded the trip guide"
  salesqualifiedlead     -> "Talking to an advisor"
  opportunity            -> "Quote sent"
  customer               -> "Booked a trip"
  evangelist             -> "Brand ambassador"

No else value needed, I checked and everyone in this list has one of those seven.

Mailing State/Province = {{upper(1.state)}}, all capitals ("azuay" -> "AZUAY"). Ojo: when State/Region is empty, don't map Mailing State/Province at all, skip the field.

Email = 1.email.

Porfa and thanks""",
    extended(
        HS,
        hs(email="embajadora@gmail.com", lifecyclestage="evangelist", state="azuay"),
        hs(email="cotizacion@gmail.com", lifecyclestage="opportunity", state="  "),
    ),
)
def o12(r: R) -> Out:
    notes = {
        "subscriber": "Newsletter only",
        "lead": "Asked for a quote",
        "marketingqualifiedlead": "Downloaded the trip guide",
        "salesqualifiedlead": "Talking to an advisor",
        "opportunity": "Quote sent",
        "customer": "Booked a trip",
        "evangelist": "Brand ambassador",
    }
    return keep(
        {
            "Email": r["email"],
            "Description": notes[r["lifecyclestage"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h183-13",
    H,
    C,
    """Referral program scenario -> Salesforce Contacts.

1. HubSpot CRM - Watch Contacts
   Filter: Original source | Text operators: Equal to | REFERRALS
   (only the ones friends referred; any other source or empty source stops here)
2. Salesforce - Upsert a Record (Contact, matched on Email)
   - Email = {{lower(1.email)}}  (all small letters)
   - Mobile Phone = {{ifempty(1.mobilephone; 1.phone)}}: the mobile, and when mobile is empty or only spaces, the Phone number. Copied as typed. Everyone referred has at least one of the two.
   - Lead Source = External Referral  (fixed)

That's it, chévere.""",
    extended(
        HS,
        hs(
            email="Camilo.Torres@Gmail.com",
            hs_analytics_source="REFERRALS",
            mobilephone="  ",
            phone="02-2345-678",
        ),
        hs(
            email="AMIGA.DE.VALE@HOTMAIL.COM",
            hs_analytics_source="REFERRALS",
            mobilephone="0991234567",
            phone="",
        ),
        hs(email="Small.Letters@Gmail.com", hs_analytics_source="referrals", mobilephone="0987654321"),
        hs(email="No.Source@Gmail.com", hs_analytics_source="", mobilephone="0981112233"),
    ),
)
def o13(r: R) -> Out:
    if r["hs_analytics_source"] != "REFERRALS":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "LeadSource": "External Referral",
    }


@case(
    "h183-14",
    H,
    C,
    """Tour operator partners -> Salesforce Contacts. Module 2 mapping:

Title = {{trim(1.jobtitle)}}   (only strips spaces at the beginning and end; if Job title is just spaces it ends up as empty "")

Last Name = 1.lastname with the first letter of every word capital and the rest small ("VILLACÍS" -> "Villacís", "tipán" -> "Tipán")

Department = switch on 1.country (exact text):
   Ecuador       -> "Ecuador Desk"
   Peru          -> "Peru Desk"
   Colombia      -> "Colombia Desk"
   United States -> "North America Desk"
   anything else, and also when Country/Region is empty -> "International Desk"

Email = 1.email

Gracias!""",
    extended(
        HS,
        hs(email="tipan@condortours.ec", jobtitle="  Trek Leader ", lastname="tipán", country="Ecuador"),
        hs(email="villacis@incatrail.pe", jobtitle="   ", lastname="VILLACÍS", country="Peru"),
        hs(email="smith@globetrotter.com", jobtitle="Guide", lastname="smith", country="  "),
    ),
)
def o14(r: R) -> Out:
    desk = {
        "Ecuador": "Ecuador Desk",
        "Peru": "Peru Desk",
        "Colombia": "Colombia Desk",
        "United States": "North America Desk",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "LastName": title(r["lastname"]),
        "Department": desk.get(r["country"], "International Desk"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h183-15",
    H,
    M,
    """Hola! Mailchimp time. Contacts -> our "Ecuador Off the Beaten Path" newsletter audience.

1. HubSpot CRM - Watch Contacts
2. MailChimp - Add/Update a Subscriber
   Email Address = 1.email
   First Name (FNAME) = 1.firstname
   Last Name (LNAME) = 1.lastname
   (raw copies; empty names go as empty, no problem)
   Status = subscribed  (fixed for everybody)
   Language = {{ifempty(1.hs_language; "en")}}

Ojo with language: most contacts never had Preferred language filled, on many of them the property is not even there in the bundle. Missing, empty or only spaces -> "en". If it has a value, copy it as it is.

Gracias!""",
    extended(
        HS,
        hs(email="hans.mueller@web.de", firstname="Hans", lastname="Müller", hs_language="de"),
        hs(email="carla.vega@gmail.com", firstname="Carla", lastname="", hs_language="es"),
        hs(email="anon.traveller@gmail.com", firstname="", lastname="Reyes", hs_language="  "),
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
    "h183-16",
    H,
    M,
    """Galápagos deals audience. Status depends on Unsubscribed from all email (1.hs_email_optout), I built it as a Router with three routes:

Route 1 - Filter: hs_email_optout | Text operators: Equal to | true  -> status "unsubscribed"
Route 2 - Filter: hs_email_optout | Text operators: Equal to | false -> status "subscribed"
Route 3 - Filter: hs_email_optout | Does not exist (empty or only spaces) -> status "pending", so Mailchimp sends the confirmation email first

Each route ends in MailChimp - Add/Update a Subscriber with:
  Email Address = 1.email
  Tags = Galápagos Cruise Deals   (just this one tag, for everyone)

Listo, gracias""",
    extended(
        HS,
        hs(email="indeciso@gmail.com", hs_email_optout="  "),
        hs(email="fan.de.galapagos@gmail.com", hs_email_optout="false"),
        hs(email="ya.no.quiero@gmail.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Galápagos Cruise Deals"]}


@case(
    "h183-17",
    H,
    M,
    """Tags for the B2B + repeat travellers list. In MailChimp - Add/Update a Subscriber I build the Tags array with two checks:

- Number of employees (1.numemployees) Numeric operators: Greater than 100 -> add tag "Corporate Group". Empty Number of employees doesn't get it.
- Lifecycle stage Text operators: Equal to "customer" -> add tag "Past Traveller".

Order when both apply: "Corporate Group" first, then "Past Traveller". If none applies, Tags is an empty array [] - send it empty, don't drop the field.

Email Address = 1.email.

Gracias!""",
    extended(
        HS,
        hs(email="team.retreat@bigcorp.ec", numemployees="300", lifecyclestage="customer"),
        hs(email="repeat.solo@gmail.com", numemployees="  ", lifecyclestage="customer"),
        hs(email="small.agency@gmail.com", numemployees="99", lifecyclestage="lead"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Corporate Group")
    if r["lifecyclestage"] == "customer":
        tags.append("Past Traveller")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h183-18",
    H,
    M,
    """SMS reminders before departure (Mailchimp SMS). Scenario:

1. HubSpot CRM - Watch Contacts
2. Set variable "cel" = {{ifempty(1.mobilephone; 1.phone)}} -> mobile first, and if mobile is empty or only spaces, Phone number. Every traveller in this list has at least one of them.
3. MailChimp - Add/Update a Subscriber
   FNAME = {{first(split(1.firstname; " "))}}  - only the first word of the first name ("María José" -> "María")
   PHONE = the "cel" variable in E.164. No function for that in Make, so: digits only and a "+" in front; if it already starts with "+" it keeps its country code; without "+" it's a US number, so +1 in front, unless it's already 11 digits starting with 1 - then only the "+". E.g. (212) 555-0187 -> +12125550187.
   Email Address = 1.email

Gracias!!""",
    extended(
        HS,
        hs(
            email="maria.jose@gmail.com",
            firstname="María José",
            mobilephone="  ",
            phone="+593 99 876 5432",
        ),
        hs(
            email="juan.carlos@gmail.com",
            firstname="Juan Carlos",
            mobilephone="1-786-555-0112",
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
    "h183-19",
    H,
    M,
    """Agencies audience in Mailchimp (we send them the commission sheet every month).

1. HubSpot CRM - Watch Contacts
   Filter: Company name | Basic operators: Exists
   -> a contact with empty Company name (or only spaces) stops here and is not synced. No agency, no commission sheet.
2. MailChimp - Add/Update a Subscriber
   Email Address = 1.email
   Status = subscribed (fixed)
   VIP = {{if(1.jobtitle = "Owner"; true; false)}} -> true only when Job title is exactly "Owner" (capital O). Empty job title, "owner", anything else -> false.

Listo!""",
    extended(
        HS,
        hs(email="dueno@yachtisabela.ec", company="Yacht Isabela Tours", jobtitle="Owner"),
        hs(email="sin.empresa@gmail.com", company="  ", jobtitle="Owner"),
        hs(email="selva@selvaviva.ec", company="Selva Viva Lodge", jobtitle="owner"),
        hs(email="info@andesexplorer.ec", company="Andes Explorer", jobtitle=""),
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
    "h183-20",
    H,
    M,
    """Partners audience (cruise agencies). All emails in this list are already small letters.

MailChimp - Add/Update a Subscriber:
- FNAME: 1.firstname with every word capitalised, rest small ("MARÍA BELÉN" -> "María Belén", "diego" -> "Diego"). Ojo, capitalize() alone only touches the first letter, I need every word.
- LNAME: {{ifempty(1.lastname; <domain of the email>)}} -> the Last name when there is one; when it's empty or just spaces, the part of the email after the @, so we at least see the agency (ventas@galapagosexpeditions.com -> "galapagosexpeditions.com").
- VIP: Annual revenue Numeric operators: Greater than 3000000 -> true; otherwise false. Empty Annual revenue = false.
- Email Address: 1.email

Gracias!""",
    extended(
        lower_emails(HS),
        hs(
            email="ventas@galapagosexpeditions.com",
            firstname="MARÍA BELÉN",
            lastname="",
            annualrevenue="  ",
        ),
        hs(email="diego@quitotours.ec", firstname="diego", lastname="  ", annualrevenue="3500000"),
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
    "h183-21",
    H,
    S,
    """Segment now! Identify calls from HubSpot for our trip-planner app.

1. HubSpot CRM - Watch Contacts
2. Segment - Identify
   User ID          = {{lower(1.email)}}
   traits.title     = 1.jobtitle
   traits.website   = 1.website
   traits.name      = {{1.firstname}} {{1.lastname}}   -> first name, one space, last name, e.g. "Andrea Cevallos"

Title and website are plain copies (empty stays empty). The names go as they are, no capitalising.

That's all, gracias!""",
    extended(
        HS,
        hs(
            email="Andrea.Cevallos@Outlook.COM",
            firstname="Andrea",
            lastname="Cevallos",
            jobtitle="",
            website="https://andreaviaja.com",
        ),
        hs(
            email="TOURS@MINDOBIRDS.EC",
            firstname="Pablo",
            lastname="Lasso",
            jobtitle="Birding Guide",
            website="",
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
    "h183-22",
    H,
    S,
    """Segment identify with the company info nested in traits.company (the app team insists on the nested object, not flat fields).

Segment - Identify:
  User ID = 1.email
  traits.company.name = {{ifempty(1.company; "Independent Traveller")}} (spaces-only counts as empty too)
  traits.company.industry = 1.industry, but only when it has a value - if Industry is empty or spaces, leave industry out completely
  traits.company.employee_count = 1.numemployees as a whole number (integer). Empty -> leave employee_count out.

Gracias!""",
    extended(
        HS,
        hs(email="viajero.solo@gmail.com", company="  ", industry="  ", numemployees="  "),
        hs(
            email="ops@andessummit.ec",
            company="Andes Summit Expeditions",
            industry="Tourism",
            numemployees="35",
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
    "h183-23",
    H,
    S,
    """Segment identify with address + phone, for the airport pick-up feature.

Segment - Identify:
  User ID = 1.email
  traits.address.city = 1.city (copy)
  traits.address.country = 1.country (copy)
  traits.address.postalCode = 1.zip only if it has a value; empty or only spaces -> don't send postalCode

  traits.phone: Set variable "tel" = {{ifempty(1.phone; 1.mobilephone)}} - Phone number first, Mobile phone number if Phone is empty/only spaces. Then E.164: only digits with "+" in front; if it already starts with "+", keep that country code; without "+" it's a US number -> +1 in front (11 digits starting with 1 just get the "+"). Ojo: when both phone and mobile are empty, no traits.phone at all.

Listo, gracias""",
    extended(
        HS,
        hs(
            email="pickup.uio@gmail.com",
            city="Tababela",
            country="Ecuador",
            zip="",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="transfer.gps@gmail.com",
            city="Quito",
            country="Ecuador",
            zip="170150",
            phone="",
            mobilephone="+593 98 765 4321",
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
    "h183-24",
    H,
    S,
    """Another Segment one, from the landing page form (people paste emails with spaces, ay).

Segment - Identify:
  User ID = {{lower(trim(1.email))}} -> trim the spaces at both ends, then all small letters. "  Gabriela.Rosero@Gmail.com " -> "gabriela.rosero@gmail.com"
  traits.title = 1.jobtitle, plain copy (empty stays empty)
  traits.unsubscribed = {{if(1.hs_email_optout = "true"; true; false)}} -> a real boolean. "true" -> true; "false" -> false; and empty also -> false.
  traits.annualRevenue = 1.annualrevenue as a number (parseNumber). If Annual revenue is empty, leave annualRevenue out.

Gracias!""",
    extended(
        HS,
        hs(email="  Gabriela.Rosero@Gmail.com ", jobtitle="", hs_email_optout="  ", annualrevenue="  "),
        hs(
            email="INFO@AMAZONLODGE.EC  ",
            jobtitle="Lodge Manager",
            hs_email_optout="true",
            annualrevenue="1800000.5",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "unsubscribed": r["hs_email_optout"] == "true",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h183-25",
    H,
    G,
    """GA4 via the Measurement Protocol (HTTP - Make a request module). One event per new traveller:

client_id = 1.email (as is)
events[0].name = "traveller_signup" (fixed)
events[0].params:
   crm = "hubspot" (fixed)
   country = 1.country, copied, empty stays empty
   city = {{lower(1.city)}}; ojo, if City is empty or only spaces send "unknown" instead
   signup_date = {{formatDate(1.createdate; "YYYY-MM-DD")}} (the UTC date of Create date)

Gracias!""",
    extended(
        HS,
        hs(
            email="nuevo.viajero@gmail.com",
            city="  ",
            country="Ecuador",
            createdate="2025-02-10T12:00:00.000Z",
        ),
        hs(
            email="otra.viajera@gmail.com",
            city="QUITO",
            country="",
            createdate="2025-02-11T14:30:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "traveller_signup",
                "params": {
                    "crm": "hubspot",
                    "country": r["country"],
                    "city": "unknown" if blank(r["city"]) else r["city"].lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h183-26",
    H,
    G,
    """GA4 event only for group trips (companies and schools that book for many people).

1. HubSpot CRM - Watch Contacts
   Filter: Number of employees | Numeric operators: Greater than | 20
   (empty Number of employees does not pass)
2. HTTP - Make a request (Measurement Protocol):
   client_id = the email before the @ only, e.g. reservas@andesgroup.ec -> "reservas" (emails here are all in small letters)
   events[0].name = "group_trip_lead"
   events[0].params.group_size = 1.numemployees as a number
   events[0].params.trip_type = "group" (fixed)

Listo!""",
    extended(
        lower_emails(HS),
        hs(email="reservas@andesgroup.ec", numemployees="45"),
        hs(email="colegio@unidadeducativa.ec", numemployees="  "),
        hs(email="familia@gmail.com", numemployees="8"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "group_trip_lead",
                "params": {"group_size": num(r["numemployees"]), "trip_type": "group"},
            }
        ],
    }


@case(
    "h183-27",
    H,
    G,
    """GA4 again, the event name changes with the stage:

events[0].name = {{if(1.lifecyclestage = "customer"; "repeat_traveller"; "new_prospect")}}
  -> "repeat_traveller" when Lifecycle stage is exactly "customer"; any other stage, or empty, -> "new_prospect"

client_id = 1.email
events[0].params.job_title = {{ifempty(1.jobtitle; "Traveller")}} (only spaces = empty too)
events[0].params.city = 1.city, copied as is

Gracias team""",
    extended(
        HS,
        hs(email="vuelve.siempre@gmail.com", lifecyclestage="customer", jobtitle="  ", city="Cuenca"),
        hs(email="operador@tourslatacunga.ec", lifecyclestage="", jobtitle="Tour Operator", city=""),
    ),
)
def o27(r: R) -> Out:
    name = "repeat_traveller" if r["lifecyclestage"] == "customer" else "new_prospect"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"job_title": dflt(r["jobtitle"], "Traveller"), "city": r["city"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h183-28",
    L,
    H,
    """Now the other direction: Salesforce Leads back into HubSpot.

1. Salesforce - Watch Records (Lead), every Lead
2. HubSpot CRM - Create/Update a Contact (by email):
   Email            <- 1.Email
   First name       <- 1.FirstName
   Last name        <- 1.LastName
   Company name     <- 1.Company
   Job title        <- 1.Title
   Phone number     <- 1.Phone
   City             <- 1.City
   Postal code      <- 1.PostalCode
   Country/Region   <- 1.Country

All straight, no functions at all. Ojo: if the Lead field is empty, HubSpot gets that same empty value - don't skip it and don't invent anything.

Gracias, Camila""",
    extended(
        SFL,
        sfl(
            Email="guia.chimborazo@gmail.com",
            FirstName="Segundo",
            LastName="Tenelema",
            Company="",
            Title="",
            Phone="099 222 3344",
            City="Riobamba",
            PostalCode="",
            Country="Ecuador",
        ),
        sfl(
            Email="ventas@galapagosyachts.ec",
            FirstName="",
            LastName="Ventas",
            Company="Galápagos Yachts",
            Title="  ",
            Phone="",
            City="Puerto Ayora",
            PostalCode="200350",
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
    "h183-29",
    L,
    H,
    """Leads -> HubSpot, to set the Lifecycle stage from the Salesforce Lead Status. In the HubSpot CRM - Create/Update a Contact module:

Lifecycle stage = switch(1.Status):
   Open - Not Contacted   -> lead
   Working - Contacted    -> salesqualifiedlead
   Closed - Converted     -> customer
   Closed - Not Converted -> other
(we only use those four statuses, so no else)

Unsubscribed from all email = {{if(1.HasOptedOutOfEmail; "true"; "false")}} -> the text "true" when Email Opt Out is ticked, the text "false" when not. HubSpot wants the words here.

Email <- 1.Email.

Listo""",
    extended(
        SFL,
        sfl(Email="trekker.ana@gmail.com", Status="Closed - Converted", HasOptedOutOfEmail=True),
        sfl(Email="cruise.curious@gmail.com", Status="Working - Contacted", HasOptedOutOfEmail=False),
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
    "h183-30",
    L,
    H,
    """Partner agencies from Salesforce Leads -> HubSpot. HubSpot Lead status from the Salesforce Rating, switch():

  Hot  -> CONNECTED
  Warm -> IN_PROGRESS
  Cold -> ATTEMPTED_TO_CONTACT
(every Lead has one of these three Ratings)

Annual revenue <- 1.AnnualRevenue as a number (parseNumber). When it's empty, don't map Annual revenue at all.

Email <- {{lower(1.Email)}}, because some agencies write their email with capitals and HubSpot makes duplicates. Whole thing in small letters.

Gracias!""",
    extended(
        SFL,
        sfl(Email="Reservas@GalapagosLegend.EC", Rating="Warm", AnnualRevenue="  "),
        sfl(Email="INFO@TREKANDES.COM", Rating="Cold", AnnualRevenue="950000.25"),
    ),
)
def o30(r: R) -> Out:
    status = {"Hot": "CONNECTED", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": status[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h183-31",
    L,
    H,
    """UK travel agents only (we're starting with British tour operators for the Galápagos season).

1. Salesforce - Watch Records (Lead)
   Filter: Country | Text operators: Equal to | United Kingdom
   Exactly like that. Other countries or empty Country don't continue.
2. HubSpot CRM - Create/Update a Contact:
   Phone number <- 1.Phone in E.164 for the UK (no Make function, so in words): digits only, drop the leading 0 and put +44 in front, e.g. 0161 496 0123 -> +441614960123. If the number already starts with "+", keep its own code, only the digits after the "+". All UK leads have a phone.
   Postal code <- {{upper(1.PostalCode)}} ("m1 1ae" -> "M1 1AE")
   Job title <- {{ifempty(1.Title; "Tour Partner")}}, empty or only spaces -> "Tour Partner"
   Email <- 1.Email

Cheers, as they say over there jaja""",
    extended(
        SFL,
        sfl(
            Email="j.hughes@britishexplorer.co.uk",
            Country="United Kingdom",
            Phone="0161 496 0123",
            PostalCode="m1 1ae",
            Title="",
        ),
        sfl(
            Email="s.reid@scotiatravel.co.uk",
            Country="United Kingdom",
            Phone="+44 131 496 0800",
            PostalCode="eh1 1yz",
            Title="  ",
        ),
        sfl(
            Email="k.byrne@dublintours.ie",
            Country="Ireland",
            Phone="+353 1 555 0123",
            PostalCode="d02 x285",
            Title="Agent",
        ),
        sfl(
            Email="l.evans@cardiffadventures.co.uk",
            Country="united kingdom",
            Phone="029 2018 0123",
            PostalCode="cf10 1aa",
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
        "jobtitle": dflt(r["Title"], "Tour Partner"),
    }


@case(
    "h183-32",
    L,
    H,
    """Leads -> HubSpot for the welcome-kit shipping, but without the cold ones.

1. Salesforce - Watch Records (Lead)
   Filter: Rating | Text operators: Not equal to | Cold   -> Cold leads are left out
2. HubSpot CRM - Create/Update a Contact:
   Street address <- {{1.Street}}, {{1.City}}  -> street, comma, space, city, like "Av. Amazonas N24-123, Quito". Ojo: when Street is empty or only spaces, send only the City, without the comma. (City always has a value.)
   Company name <- {{ifempty(1.Company; "Independent Agent")}} - empty or spaces -> "Independent Agent"
   Email <- 1.Email

Gracias!""",
    extended(
        SFL,
        sfl(Email="banos.adventure@gmail.com", Rating="Warm", Street="  ", City="Baños", Company=""),
        sfl(
            Email="quito.city.tours@gmail.com",
            Rating="Hot",
            Street="Av. Amazonas N24-123",
            City="Quito",
            Company="  ",
        ),
        sfl(
            Email="cold.lead@gmail.com",
            Rating="Cold",
            Street="Calle Larga 5-40",
            City="Cuenca",
            Company="Cuenca Walks",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {
        "email": r["Email"],
        "address": addr,
        "company": dflt(r["Company"], "Independent Agent"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h183-33",
    C,
    M,
    """Salesforce Contacts (our partner agency staff) -> Mailchimp "Andes Partners" audience.

1. Salesforce - Watch Records (Contact)
2. MailChimp - Add/Update a Subscriber
   Email Address = {{lower(1.Email)}} (all small letters)
   Status = {{if(1.HasOptedOutOfEmail; "unsubscribed"; "subscribed")}} -> Email Opt Out ticked -> unsubscribed, not ticked -> subscribed
   Tags: always "Andes Partners"; and if Department is exactly "Sales" (capital S) also "Sales Team" after it. So ["Andes Partners"] or ["Andes Partners", "Sales Team"].

Listo, gracias""",
    extended(
        SFC,
        sfc(Email="Marta.Lopez@AndesPartners.EC", Department="Sales", HasOptedOutOfEmail=True),
        sfc(Email="JUAN.PEREZ@ECOTOURS.EC", Department="sales", HasOptedOutOfEmail=False),
        sfc(Email="Ops.Team@Amazonia.EC", Department="  ", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["Andes Partners"] + (["Sales Team"] if r["Department"] == "Sales" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h183-34",
    C,
    M,
    """SMS audience from Salesforce Contacts (the local guides and partner offices).

1. Salesforce - Watch Records (Contact)
   Filter: Business Phone | Basic operators: Exists
   -> empty or only-spaces phone = the Contact is skipped, SMS without a number makes no sense.
2. MailChimp - Add/Update a Subscriber
   PHONE = 1.Phone in E.164: digits only with "+" in front. If it starts with "+" it keeps its own code (our Ecuador numbers are saved with +593). No "+" means a US office -> +1 in front; if it's already 11 digits starting with 1, only the "+".
   Language = switch on Mailing Country:
       Ecuador -> es
       Peru -> es
       United States -> en
       Germany -> de
       Austria -> de
     These five are the only countries in this list, no else needed.
   Email Address = 1.Email

Gracias!""",
    extended(
        SFC,
        sfc(Email="guia.cotopaxi@gmail.com", Phone="+593 99 111 2233", MailingCountry="Ecuador"),
        sfc(Email="oficina.cusco@gmail.com", Phone="  ", MailingCountry="Peru"),
        sfc(Email="lima.partner@gmail.com", Phone="+51 1 555 0101", MailingCountry="Peru"),
        sfc(Email="ny.office@andesadventures.com", Phone="1-212-555-0133", MailingCountry="United States"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Ecuador": "es", "Peru": "es", "United States": "en", "Germany": "de", "Austria": "de"}
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h183-35",
    C,
    M,
    """Contacts -> Mailchimp, the monthly newsletter for partner staff.

MailChimp - Add/Update a Subscriber:
  FNAME = {{ifempty(1.FirstName; "Viajero")}}  (ojo: spaces only = empty too, then "Viajero")
  LNAME = 1.LastName, plain copy, empty stays empty
  VIP = true when Lead Source is exactly "Partner Referral"; anything else -> false, also when Lead Source is empty
  Status = subscribed (fixed)
  Email Address = 1.Email

Gracias!!""",
    extended(
        SFC,
        sfc(Email="referido@andesagency.ec", FirstName="  ", LastName="Salinas", LeadSource="Partner Referral"),
        sfc(Email="rosa.partner@gmail.com", FirstName="Rosa", LastName="", LeadSource="  "),
        sfc(Email="web.partner@gmail.com", FirstName="", LastName="Cruz", LeadSource="Partner"),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Viajero"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
        "status": "subscribed",
    }


@case(
    "h183-36",
    C,
    M,
    """Spanish newsletter, only for Contacts that came from the website.

1. Salesforce - Watch Records (Contact)
   Filter: Lead Source | Text operators: Equal to | Web
   (any other source, "web" in small letters, or empty -> stop)
2. MailChimp - Add/Update a Subscriber
   Email Address = 1.Email
   FNAME = 1.FirstName
   LNAME = 1.LastName
     (copies, empty goes as empty)
   Status = pending
   Language = es
   Tags = [] -> an empty array, on purpose, to clear the old tags

Listo!""",
    extended(
        SFC,
        sfc(Email="web.viajera@gmail.com", FirstName="Gabriela", LastName="", LeadSource="Web"),
        sfc(Email="minus.web@gmail.com", FirstName="Iván", LastName="Paz", LeadSource="web"),
        sfc(Email="sin.fuente@gmail.com", FirstName="Inés", LastName="Ochoa", LeadSource=""),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "pending",
        "language": "es",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h183-37",
    C,
    S,
    """Segment identify for partner staff who log into our agent portal.

1. Salesforce - Watch Records (Contact)
2. Segment - Identify
   User ID = {{lower(1.Email)}}
   traits.firstName = 1.FirstName
   traits.lastName = 1.LastName
   traits.title = 1.Title
   (those three plain copies, empty stays empty)
   traits.birthday = 1.Birthdate, as it is, but only when there's a Birthdate; if it's empty don't send birthday at all (we send them a birthday discount, no date = no trait).

Gracias!""",
    extended(
        SFC,
        sfc(Email="Pilar.Zambrano@Galapagos.EC", FirstName="Pilar", LastName="Zambrano", Title="", Birthdate=""),
        sfc(
            Email="TOMAS.HIDALGO@ANDES.EC",
            FirstName="Tomás",
            LastName="",
            Title="Trek Leader",
            Birthdate="1988-02-29",
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
    "h183-38",
    C,
    S,
    """Segment, address of the Contacts in traits.address (nested object):

traits.address.city = {{trim(1.MailingCity)}} -> only spaces at start and end removed; a city that's only spaces becomes empty "".
traits.address.country = {{ifempty(1.MailingCountry; "Ecuador")}} -> empty or only spaces -> "Ecuador"; if it has a value, copy it exactly as is, no trim.
User ID = 1.Email

Listo, gracias""",
    extended(
        SFC,
        sfc(Email="cuenca.guide@gmail.com", MailingCity=" Cuenca ", MailingCountry="  "),
        sfc(Email="lima.agent@gmail.com", MailingCity="  ", MailingCountry=" Peru"),
        sfc(Email="gye.agent@gmail.com", MailingCity="Guayaquil", MailingCountry=""),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Ecuador"),
            }
        },
    }


@case(
    "h183-39",
    C,
    S,
    """Segment from Contacts - phone, name, channel and User ID.

Segment - Identify:
  traits.phone = Business Phone in E.164: only the digits with "+" in front; if it already starts with "+", its own code stays; no "+" -> US number, +1 in front (if 11 digits starting with 1, just add the "+").
  traits.name = {{1.FirstName}} {{1.LastName}} -> e.g. "Lucía Herrera"
  traits.channel = switch(1.LeadSource):
      Web -> online
      Trade Show -> travel_fair
      Partner Referral -> agency
      else -> other (any other source and also empty Lead Source)
  User ID = 1.Email

Gracias""",
    extended(
        SFC,
        sfc(
            Email="lucia.herrera@ecuadorwild.com",
            FirstName="Lucía",
            LastName="Herrera",
            LeadSource="Partner Referral",
            Phone="+593 2 290 1122",
        ),
        sfc(
            Email="mark.adams@hikeworld.com",
            FirstName="Mark",
            LastName="Adams",
            LeadSource="Advertisement",
            Phone="1 (720) 555-0166",
        ),
        sfc(
            Email="jenny.cole@gmail.com",
            FirstName="Jenny",
            LastName="Cole",
            LeadSource="  ",
            Phone="303-555-0190",
        ),
    ),
)
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "travel_fair", "Partner Referral": "agency"}
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
    "h183-40",
    M,
    H,
    """Last block: Mailchimp subscribers back into HubSpot.

1. MailChimp - Watch Subscribers
2. HubSpot CRM - Create/Update a Contact
   First name <- FNAME merge field, every word with capital first letter and rest small ("LIAM" -> "Liam", "ana maría" -> "Ana María")
   Phone number <- PHONE merge field, copied as it is; if PHONE is empty or only spaces, don't map Phone number
   Company name <- {{ifempty(COMPANY; "Independent Traveller")}} (COMPANY merge field; spaces only counts as empty)
   Unsubscribed from all email <- the text "true" when status is "unsubscribed"; any other status (subscribed, pending, cleaned...) -> the text "false"
   Email <- Email Address

Gracias!""",
    extended(
        MC,
        mc(
            {"FNAME": "ana maría", "PHONE": "  ", "COMPANY": "  "},
            email_address="ana.maria@gmail.com",
            status="pending",
        ),
        mc(
            {"FNAME": "JORGE LUIS", "PHONE": "099 765 4321", "COMPANY": "Tren Crucero Tours"},
            email_address="jorge.luis@trencrucero.ec",
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
            "company": dflt(mf["COMPANY"], "Independent Traveller"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h183-41",
    M,
    H,
    """Mailchimp -> HubSpot for the cruise-deals audience.

1. MailChimp - Watch Subscribers
   Filter: Status | Text operators: Not equal to | cleaned
   -> cleaned (bounced) addresses are not synced.
2. HubSpot CRM - Create/Update a Contact
   Phone number <- PHONE merge field in E.164: digits only with "+"; starts with "+" -> keep its code; no "+" -> US, so +1 in front (11 digits starting with 1 just get the "+"). If PHONE is empty, leave Phone number out.
   Company name <- COMPANY merge field, direct copy (empty stays empty)
   Lifecycle stage <- {{if(1.vip; "customer"; "lead")}} -> VIP true = "customer", VIP false = "lead"
   Email <- Email Address

Listo, gracias!!""",
    extended(
        MC,
        mc(
            {"PHONE": "1-305-555-0177", "COMPANY": "Miami Cruise Club"},
            email_address="club@miamicruise.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "+593 5 252 6789", "COMPANY": ""},
            email_address="hostal@isabela.ec",
            status="pending",
            vip=False,
        ),
        mc(
            {"PHONE": "415 555 0101", "COMPANY": "Bounce Travel"},
            email_address="bounced@bouncetravel.com",
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
    "h183-42",
    M,
    H,
    """Ya, last one! Mailchimp members -> HubSpot contacts.

HubSpot CRM - Create/Update a Contact:
  First name <- {{first(split(FNAME; " "))}} -> only the first word ("Ana María" -> "Ana")
  Company name <- COMPANY merge field; if COMPANY is empty or only spaces, use the part of the Email Address after the @ (reservas@mindocloudforest.ec -> "mindocloudforest.ec")
  Lifecycle stage <- "customer" when the member has the tag "Customer" (exactly like that, capital C); otherwise "subscriber"
  Email <- Email Address

Mil gracias, team!
Camila""",
    extended(
        MC,
        mc(
            {"FNAME": "Ana María", "COMPANY": "  "},
            email_address="reservas@mindocloudforest.ec",
            tags=["Birdwatching", "Customer"],
        ),
        mc(
            {"FNAME": "José Miguel", "COMPANY": ""},
            email_address="jose.miguel@gmail.com",
            tags=["customer"],
        ),
        mc(
            {"FNAME": "Verónica", "COMPANY": "Chocolate Route Tours"},
            email_address="vero@chocolateroute.ec",
            tags=["Customer"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set183")
