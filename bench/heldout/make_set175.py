"""Held-out set 175 for the offline mapping drafter.

Persona: Lucía Paredes, marketing analyst at a travel agency group in Lima, Peru, writing to the
integration team. She specifies by example: for each field one or two worked examples, 'HubSpot
has X -> Salesforce should get Y' or 'e.g. "x" stays "x"', often as bullets, then a short
sentence that generalises the rule ('i.e. ...'). Spanish-flavoured English: 'the same of
HubSpot', 'in case it comes empty', 'put it in mayúsculas (uppercase)', 'minúsculas', an
opening 'Hola team' / 'Buenos días' and a 'Gracias' or 'Saludos, Lucía' now and then. Her
records are travellers, corporate travel buyers and tour operators; she mentions the Miami desk
(US numbers), the London partners, the travel fairs and Peru's data-protection law.

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
    "h175-01-corporate-buyers-web-leads",
    H,
    L,
    """Hola team! First mapping, for the corporate travel buyers: HubSpot contacts -> Salesforce Leads.
These fields are copied as they come, I put examples so it is clear:
- Email: e.g. "rosa.huaman@mineraandina.pe" stays "rosa.huaman@mineraandina.pe"
- First Name: HubSpot has "Rosa" -> Salesforce should get "Rosa"
- Last Name: HubSpot has "Huamán" -> Salesforce should get "Huamán"
- Company Name -> Company: HubSpot has "Minera Andina SAC" -> Salesforce should get "Minera Andina SAC"
- Job Title -> Title: HubSpot has "Travel Manager" -> Salesforce should get "Travel Manager"
- City: HubSpot has "Arequipa" -> Salesforce should get "Arequipa"
i.e. the same of HubSpot, no changes at all (no trim, no mayúsculas, nothing). In case it comes empty in HubSpot, it goes empty to Salesforce too, for example a traveller with no company -> Company "" (we don't invent anything).
Lead Source: always "Web", for every lead of this sync, e.g. HubSpot has whatever -> Salesforce Lead Source "Web".
Gracias!
Lucía""",
    extended(
        HS,
        hs(
            email="rosa.huaman@mineraandina.pe",
            firstname="Rosa",
            lastname="Huamán",
            company="Minera Andina SAC",
            jobtitle="Travel Manager",
            city="Arequipa",
        ),
        hs(
            email="jorge.quispe@gmail.com",
            firstname="Jorge",
            lastname="Quispe",
            company="",
            jobtitle="  ",
            city="Cusco",
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
    "h175-02-quote-form-trim-and-defaults",
    H,
    L,
    """Hi team, second one for Leads (HubSpot contacts -> Salesforce Lead). These come from the web form "Cotiza tu viaje" and people type with spaces before and after the names, so:
- First Name: e.g. HubSpot has "  Valeria " -> Salesforce should get "Valeria"
- Last Name: HubSpot has "Torres  " -> Salesforce should get "Torres"
  i.e. remove the spaces at the beginning and at the end (trim), nothing more.
- Company Name -> Company: HubSpot has "Andes Explorer Tours" -> Salesforce should get "Andes Explorer Tours", as it is (here no trim, only the names). In case it comes empty (or only spaces) -> "Individual Traveller", because Salesforce does not accept a Lead without company.
- City: HubSpot has "Trujillo" -> Salesforce should get "Trujillo", as it is. In case it comes empty (or only spaces) -> "Lima" (most of our travellers are from Lima).
- Email: the same of HubSpot, e.g. "valeria.torres@hotmail.com" stays "valeria.torres@hotmail.com".
Saludos,
Lucía""",
    extended(
        HS,
        hs(
            email="valeria.torres@hotmail.com",
            firstname="  Valeria ",
            lastname="Torres  ",
            company="   ",
            city="",
        ),
        hs(
            email="luis.paredes@viajespacifico.pe",
            firstname="Luis",
            lastname=" Paredes",
            company="Viajes Pacífico SAC ",
            city="  ",
        ),
        hs(
            email="ana.mendoza@gmail.com",
            firstname=" Ana",
            lastname="Mendoza",
            company="",
            city="Trujillo",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Individual Traveller"),
        "City": dflt(r["city"], "Lima"),
    }


@case(
    "h175-03-call-center-callback-phone",
    H,
    L,
    """Hola! This is for the Leads that our call center calls back (HubSpot -> Salesforce Lead).
Phone: we want only one number in the Salesforce Phone field. Examples:
- HubSpot has Phone Number "(01) 555-0147" and Mobile Phone Number "987 111 222" -> Salesforce Phone should get "(01) 555-0147"
- HubSpot has Phone Number empty and Mobile Phone Number "987 654 321" -> Salesforce Phone should get "987 654 321"
- both empty (or only spaces) -> don't send the Phone field at all, not even empty
i.e. first the Phone Number; if it is empty, the Mobile Phone Number; if that one is also empty, nothing. The numbers go as they are, no formatting.
First Name and Last Name:
- HubSpot has "JUAN CARLOS" -> Salesforce should get "Juan Carlos"
- HubSpot has "rojas" -> Salesforce should get "Rojas"
i.e. each word with the first letter in mayúscula and the rest in minúsculas.
Email: the same of HubSpot, e.g. "jc.rojas@gmail.com" stays "jc.rojas@gmail.com".""",
    extended(
        HS,
        hs(
            email="jc.rojas@gmail.com",
            firstname="JUAN CARLOS",
            lastname="rojas",
            phone="",
            mobilephone="987 654 321",
        ),
        hs(
            email="milagros.vega@yahoo.com",
            firstname="milagros",
            lastname="VEGA",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="ricardo.salas@salastours.pe",
            firstname="Ricardo",
            lastname="Salas",
            phone="(01) 555-0147",
            mobilephone="987 111 222",
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
    "h175-04-industry-equivalence-lower-email",
    H,
    L,
    """Hi team, for the Lead Industry please use the HubSpot Industry with this equivalence (examples of what I mean):
- HubSpot has "Mining" -> Salesforce should get "Energy"
- HubSpot has "Software" -> Salesforce should get "Technology"
- "Logistics" -> "Transportation"
- "Food" -> "Food & Beverage"
- "Banking" -> "Banking"
- "Tourism" -> "Hospitality"
Any other industry -> "Other", for example "Design" -> "Other". In case Industry comes empty, also "Other".
Email in minúsculas (lowercase): e.g. HubSpot has "Priya.Raman@Northwind.io" -> Salesforce should get "priya.raman@northwind.io". i.e. all the letters in lowercase, because the duplicate rule in Salesforce is case sensitive.
Only these two fields please.
Lucía""",
    extended(
        HS,
        hs(email="Compras@MineraAndina.pe", industry="Mining"),
        hs(email="Reservas@HotelSolar.PE", industry="Tourism"),
        hs(email="Viajes@BancoDelSur.pe", industry="Banking"),
        hs(email="Rector@UniLima.edu.pe", industry="Education"),
        hs(email="Sin.Rubro@Gmail.com", industry="  "),
    ),
)
def o04(r: R) -> Out:
    table = {
        "Mining": "Energy",
        "Software": "Technology",
        "Logistics": "Transportation",
        "Food": "Food & Beverage",
        "Banking": "Banking",
        "Tourism": "Hospitality",
    }
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case(
    "h175-05-no-suppliers-no-domestic",
    H,
    L,
    """Buenos días team. HubSpot contacts -> Salesforce Leads, but two groups must NOT go:
1. The suppliers: Lifecycle Stage = "other". For example a hotel in Cusco or a tour operator that we buy from has Lifecycle Stage "other" in HubSpot -> we don't send it.
2. The domestic travellers: Country/Region = "Peru". E.g. a traveller from Arequipa with Country/Region "Peru" -> not sent, those go to the Lima office org. In case Country/Region comes empty, the contact does go.
All the others go, with these fields copied as they are:
- Email: e.g. "sarah.jones@globetrek.com" stays "sarah.jones@globetrek.com"
- Last Name: "Jones" -> "Jones"
- Company Name -> Company: "GlobeTrek Ltd" -> "GlobeTrek Ltd"
- Country/Region -> Country: "United States" -> "United States"
Empty stays empty, e.g. no company -> Company "".
Lead Status: put "Open - Not Contacted" to all of them, always the same value.""",
    extended(
        HS,
        hs(
            email="reservas@hostalinti.pe",
            lastname="Mamani",
            company="Hostal Inti",
            lifecyclestage="other",
            country="Peru",
        ),
        hs(
            email="ops@condortours.cl",
            lastname="Soto",
            company="Condor Tours",
            lifecyclestage="other",
            country="Chile",
        ),
        hs(
            email="daniel.cruz@gmail.com",
            lastname="Cruz",
            company="",
            lifecyclestage="lead",
            country="Peru",
        ),
        hs(
            email="sarah.jones@globetrek.com",
            lastname="Jones",
            company="GlobeTrek Ltd",
            lifecyclestage="opportunity",
            country="",
        ),
        hs(
            email="m.weber@reisenweber.de",
            lastname="Weber",
            company="Reisen Weber",
            lifecyclestage="customer",
            country="Germany",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "other" or r["country"] == "Peru":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Country": r["country"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h175-06-rating-by-revenue-employees",
    H,
    L,
    """Hola, the Lead Rating depends on the Annual Revenue in HubSpot. Examples:
- HubSpot has Annual Revenue 12000000 -> Salesforce Rating should be "Hot"
- HubSpot has 800000 -> "Warm"
- HubSpot has 250000 -> "Cold"
i.e. more than 5,000,000 is Hot, less than 500,000 is Cold, and anything in the middle is Warm. In case Annual Revenue comes empty -> "Cold" too (we don't know them yet).
Number of Employees -> Employees as a whole number, not text: e.g. HubSpot has "250" -> Salesforce should get 250. (All these contacts have it filled, the form asks it as obligatory.)
Email: the same of HubSpot, e.g. "kenji.tanaka@sakura-robotics.jp" stays equal.
Gracias!""",
    extended(
        [HS[0], HS[1], HS[3], HS[4]],
        hs(email="compras@andinamining.pe", annualrevenue="250000", numemployees="1200"),
        hs(email="viajes@bancodelsur.pe", annualrevenue="  ", numemployees="85"),
        hs(email="rrhh@textilinca.pe", annualrevenue="3200000", numemployees="430"),
        hs(email="travel@pacificfishing.com", annualrevenue="75000000", numemployees="2600"),
    ),
)
def o06(r: R) -> Out:
    rv = r["annualrevenue"]
    if blank(rv):
        rating = "Cold"
    else:
        v = float(rv)
        rating = "Hot" if v > 5_000_000 else ("Cold" if v < 500_000 else "Warm")
    return {
        "Email": r["email"],
        "Rating": rating,
        "NumberOfEmployees": int(float(r["numemployees"])),
    }


@case(
    "h175-07-miami-desk-e164",
    H,
    L,
    """Hi team, these Leads are for our Miami office (the US corporate accounts), so the Phone in Salesforce must be in E.164. Examples:
- HubSpot has "(305) 555-0110" -> Salesforce Phone should get "+13055550110"
- HubSpot has "1-305-555-0188" -> "+13055550188" (it already had the 1, we only add the +)
- HubSpot has "+51 1 555 0101" -> "+5115550101" (it has the + already, so it keeps its own country code)
i.e. only digits with a + in front; without + it is a US number and gets +1. In case Phone Number comes empty (or only spaces) -> don't send Phone at all.
City: each word with the first letter in mayúscula and the rest in minúsculas, e.g. "MIAMI BEACH" -> "Miami Beach", "monterrey" -> "Monterrey".
Email: copy the same of HubSpot.""",
    extended(
        HS,
        hs(email="mike.brown@coralbiz.com", phone="(305) 555-0110", city="MIAMI BEACH"),
        hs(email="pedro.lozano@lozanogroup.com", phone="1-305-555-0188", city="fort lauderdale"),
        hs(email="carla.rios@riostravel.pe", phone="+51 1 555 0101", city="lima"),
        hs(email="no.phone@gmail.com", phone="  ", city="ORLANDO"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])}
    )


@case(
    "h175-08-peruvian-travellers-description",
    H,
    L,
    """Hola equipo. This batch is only for Peruvian travellers: only the contacts with Country/Region "Peru" go to Salesforce Leads. Examples:
- Country/Region "Peru" -> yes
- "Chile", "Mexico" or empty -> no
- "Perú" with tilde -> no, it must be exactly "Peru"
Last Name in mayúsculas (uppercase): HubSpot has "Quispe Mamani" -> Salesforce should get "QUISPE MAMANI".
Description: the Original Source, then " | ", then the Create Date, only the date part (YYYY-MM-DD). For example HubSpot has Original Source "PAID_SOCIAL" and Create Date "2024-03-15T14:20:00.000Z" -> Description "PAID_SOCIAL | 2024-03-15".
Email: the same of HubSpot.
Saludos, Lucía""",
    extended(
        HS,
        hs(
            email="yolanda.quispe@gmail.com",
            lastname="Quispe Mamani",
            country="Peru",
            hs_analytics_source="PAID_SOCIAL",
            createdate="2024-03-15T14:20:00.000Z",
        ),
        hs(
            email="diego.chavez@outlook.com",
            lastname="Chavez",
            country="Peru",
            hs_analytics_source="ORGANIC_SEARCH",
            createdate="2024-05-02T12:10:00.000Z",
        ),
        hs(
            email="ines.flores@yahoo.es",
            lastname="Flores",
            country="Perú",
            hs_analytics_source="REFERRALS",
            createdate="2024-06-20T11:00:00.000Z",
        ),
        hs(
            email="tomas.vidal@gmail.com",
            lastname="Vidal",
            country="Chile",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2024-02-01T12:30:00.000Z",
        ),
        hs(
            email="sin.pais@gmail.com",
            lastname="Ramos",
            country="",
            hs_analytics_source="OFFLINE",
            createdate="2024-04-04T13:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Peru":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Description": f"{r['hs_analytics_source']} | {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h175-09-buyer-mailing-address",
    H,
    C,
    """Hi team, HubSpot contacts -> Salesforce Contact, the address of our corporate travel buyers. Everything copied, no changes:
- Street Address -> Mailing Street: e.g. HubSpot has "Av. José Larco 345, Of. 702" -> Salesforce should get "Av. José Larco 345, Of. 702"
- City -> Mailing City: "Miraflores" -> "Miraflores"
- State/Region -> Mailing State/Province: "Lima" -> "Lima"
- Postal Code -> Mailing Zip/Postal Code: "15074" -> "15074"
- Country/Region -> Mailing Country: "Peru" -> "Peru"
- Email -> Email, the same
In case something comes empty, it goes empty, e.g. State/Region "" -> Mailing State/Province "". i.e. the same of HubSpot, character by character (spaces included).""",
    extended(
        HS,
        hs(
            email="patricia.leon@cementosur.pe",
            address="Av. José Larco 345, Of. 702",
            city="Miraflores",
            state="Lima",
            zip="15074",
            country="Peru",
        ),
        hs(
            email="andres.ugarte@gmail.com",
            address="  ",
            city="Cusco ",
            state="",
            zip="",
            country="Peru",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h175-10-optout-and-do-not-call",
    H,
    C,
    """Hola team, two checkboxes in Salesforce Contact, from HubSpot.
Email Opt Out:
- HubSpot "Unsubscribed from all email" = "true" -> Email Opt Out true (ticked)
- "false" -> false (not ticked)
- in case it comes empty -> true as well. We don't have the consent, so for the Ley de Protección de Datos Personales we treat it as opted out.
Do Not Call:
- e.g. contact with Phone Number "(01) 555-0190" and no mobile -> false
- contact with Phone Number empty but Mobile Phone Number "987 654 321" -> false
- both empty (or only spaces) -> true
i.e. true only when there is no number at all to call.
Also Email and Last Name, copied the same of HubSpot.""",
    extended(
        HS,
        hs(
            email="carmen.rivas@gmail.com",
            lastname="Rivas",
            hs_email_optout="  ",
            phone="",
            mobilephone="  ",
        ),
        hs(
            email="oscar.benavides@benavidestours.pe",
            lastname="Benavides",
            hs_email_optout="false",
            phone="",
            mobilephone="987 654 321",
        ),
        hs(
            email="julia.ortiz@ortizviajes.pe",
            lastname="Ortiz",
            hs_email_optout="true",
            phone="(01) 555-0190",
            mobilephone="",
        ),
    ),
)
def o10(r: R) -> Out:
    opt = r["hs_email_optout"]
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": opt == "true" or blank(opt),
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h175-11-last-name-from-instagram-form",
    H,
    C,
    """Hi team, in Salesforce Contact the Last Name is obligatory, but many travellers from the Instagram form put only one name or nothing. So for Last Name:
- HubSpot has Last Name "Céspedes" -> Salesforce should get "Céspedes"
- HubSpot has Last Name empty and First Name "Gabriela" -> Salesforce should get "Gabriela"
- both empty, email "mochilero.andino@gmail.com" -> Salesforce should get "mochilero.andino" (the part before the @)
i.e. the Last Name; if it is empty, the First Name; if that is also empty, what is before the @ of the email. Empty also means only spaces.
Email -> Email, the same of HubSpot (they are all in minúsculas already).""",
    extended(
        lower_emails(HS),
        hs(email="gabriela.nunez@gmail.com", firstname="Gabriela", lastname=""),
        hs(email="mochilero.andino@gmail.com", firstname="", lastname="  "),
        hs(email="f.cespedes@hotmail.com", firstname="  ", lastname="Céspedes"),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"])),
    }


@case(
    "h175-12-country-in-spanish-state-caps",
    H,
    C,
    """Hola! Our Salesforce keeps the Mailing Country in Spanish, so please translate the HubSpot Country/Region like this:
- "United States" -> "Estados Unidos"
- "Japan" -> "Japón"
- "Mexico" -> "México"
- "France" -> "Francia"
- "Peru" -> "Perú"
- "Chile" -> "Chile"
(there are no other countries in these contacts, I checked with a report)
State/Region -> Mailing State/Province in mayúsculas (uppercase), e.g. HubSpot has "Cusco" -> Salesforce should get "CUSCO", "ma" -> "MA". In case it comes empty (or only spaces), don't send Mailing State/Province at all, i.e. not empty, just leave it out.
Email -> Email, the same of HubSpot.""",
    extended(
        HS,
        hs(email="hector.paz@pazviajes.pe", country="Peru", state="Cusco"),
        hs(email="camila.reyes@gmail.com", country="Chile", state="  "),
        hs(email="lorena.diaz@arequipatours.pe", country="Peru", state="arequipa"),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "United States": "Estados Unidos",
        "Japan": "Japón",
        "Mexico": "México",
        "France": "Francia",
        "Peru": "Perú",
        "Chile": "Chile",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h175-13-customers-only-mobile",
    H,
    C,
    """Hi team, only the travellers who already bought a trip with us go to Salesforce Contact, i.e. Lifecycle Stage = "customer". E.g. Lifecycle Stage "customer" -> yes; "lead", "opportunity" or empty -> no.
- Email in minúsculas: "Maria.Garcia@FiestaFoods.mx" -> "maria.garcia@fiestafoods.mx"
- Mobile Phone: HubSpot has Mobile Phone Number "987 654 321" -> Salesforce Mobile Phone should get "987 654 321". In case the mobile comes empty (or only spaces), use the Phone Number, e.g. mobile empty and phone "(01) 555-0133" -> "(01) 555-0133". Numbers as they are. (All our customers have at least one of the two.)
- Contact Description: always "Cliente - viaje comprado", the same text for all of them.
Gracias, Lucía""",
    extended(
        HS,
        hs(
            email="Elena.Castro@Gmail.com",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="(01) 555-0133",
        ),
        hs(
            email="Raul.Medina@MedinaSAC.pe",
            lifecyclestage="customer",
            mobilephone="987 654 321",
            phone="(01) 555-0144",
        ),
        hs(email="Sofia.Luna@Outlook.com", lifecyclestage="lead", mobilephone="912 345 678"),
        hs(email="Nadie.Sabe@Gmail.com", lifecyclestage="", mobilephone="999 888 777"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Cliente - viaje comprado",
    }


@case(
    "h175-14-names-title-lead-source",
    H,
    C,
    """Hola team, HubSpot -> Salesforce Contact:
- Job Title -> Title: only remove the spaces at the start and at the end, e.g. "  Travel Manager " -> "Travel Manager". Nothing else changes.
- First Name and Last Name: capital letter at the start of each word and the rest lowercase, e.g. "ROSA MARÍA" -> "Rosa María", "huamán" -> "Huamán".
- Original Source -> Lead Source, examples:
  - "ORGANIC_SEARCH" -> "Web"
  - "PAID_SEARCH" -> "Advertisement"
  - "PAID_SOCIAL" -> "Advertisement"
  - "REFERRALS" -> "External Referral"
  - "OFFLINE" -> "Trade Show" (the travel fairs, e.g. the FIT Perú)
  Any other source -> "Other". In case Original Source comes empty, also "Other".
- Email: the same of HubSpot.""",
    extended(
        HS,
        hs(
            email="rosamaria.huaman@gmail.com",
            firstname="ROSA MARÍA",
            lastname="huamán",
            jobtitle="  Travel Manager ",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="victor.salazar@salazarsac.pe",
            firstname="victor",
            lastname="SALAZAR",
            jobtitle="   ",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="karen.lopez@hotmail.com",
            firstname="Karen",
            lastname="López",
            jobtitle="Gerente de Compras",
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
        "OFFLINE": "Trade Show",
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
    "h175-15-escapate-newsletter-language",
    H,
    M,
    """Hi team, HubSpot contacts -> Mailchimp, the "Escápate" newsletter audience:
- Email -> Email Address: e.g. "lucho.ramos@gmail.com" stays "lucho.ramos@gmail.com"
- First Name -> FNAME: "Luis" -> "Luis"
- Last Name -> LNAME: "Ramos" -> "Ramos"
  (the same of HubSpot; in case it comes empty, it goes empty)
- Status: "subscribed" for everybody.
- Language: from the HubSpot Preferred language, e.g. "en" -> "en", "pt" -> "pt". In case it comes empty, or the contact doesn't have the property at all (most of them don't), -> "es". We are a Peruvian agency after all :)""",
    extended(
        HS,
        hs(email="lucho.ramos@gmail.com", firstname="Luis", lastname="Ramos", hs_language="  "),
        hs(email="emma.clark@clarkfamily.co.uk", firstname="Emma", lastname="", hs_language="en"),
        hs(email="paulo.souza@viagensbr.com.br", firstname="", lastname="Souza", hs_language="pt"),
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
    "h175-16-status-from-unsubscribed",
    H,
    M,
    """Hola! For Mailchimp the Status comes from HubSpot "Unsubscribed from all email". Examples:
- "true" -> "unsubscribed"
- "false" -> "subscribed"
- empty (or only spaces) -> "pending" (they get the double opt-in email and confirm by themselves)
Tags: all of them get the tag "HubSpot", i.e. tags = ["HubSpot"].
Email -> Email Address, the same of HubSpot.""",
    extended(
        HS,
        hs(email="renzo.galvez@gmail.com", hs_email_optout="  "),
        hs(email="lucia.m@viajesperu.pe", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case(
    "h175-17-corporate-repeat-traveller-tags",
    H,
    M,
    """Hi team, Mailchimp tags from the HubSpot data. Examples first:
- Number of Employees "250" and Lifecycle Stage "customer" -> tags ["Corporate", "Repeat Traveller"]
- Number of Employees "250" and Lifecycle Stage "lead" -> tags ["Corporate"]
- Number of Employees "12" and Lifecycle Stage "customer" -> tags ["Repeat Traveller"]
- Number of Employees "12" and Lifecycle Stage "lead" -> tags [] (empty list)
i.e. "Corporate" when the Number of Employees is more than 100, and "Repeat Traveller" when the Lifecycle Stage is "customer", always in this order. In case Number of Employees comes empty, no "Corporate".
Email -> Email Address, the same of HubSpot.""",
    extended(
        HS,
        hs(email="viajes@cervecerianorte.pe", numemployees="500", lifecyclestage="customer"),
        hs(email="info@agencialuna.pe", numemployees="99", lifecyclestage="customer"),
        hs(email="nestor.pinto@gmail.com", numemployees="  ", lifecyclestage="customer"),
        hs(email="compras@aceroslima.pe", numemployees="101", lifecyclestage="opportunity"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Corporate")
    if r["lifecyclestage"] == "customer":
        tags.append("Repeat Traveller")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h175-18-short-fname-mobile-e164",
    H,
    M,
    """Hola team, Mailchimp merge fields from HubSpot:
FNAME: only the first word of the First Name, e.g. "Juan Carlos" -> "Juan", "Priya" -> "Priya".
PHONE: first the Mobile Phone Number; in case it comes empty, the Phone Number. Always in E.164:
- "(305) 555-0177" -> "+13055550177"
- "1 786 555 0123" -> "+17865550123"
- "+51 987 654 321" -> "+51987654321"
i.e. digits only with + in front; if it doesn't have + it is a US number (from our Miami desk) and gets +1 (if it already has 11 digits starting with 1, only the +). Every contact here has at least one of the two numbers.
Email -> Email Address, the same of HubSpot.""",
    extended(
        HS,
        hs(
            email="juancarlos.mejia@gmail.com",
            firstname="Juan Carlos",
            mobilephone="+51 987 654 321",
            phone="(01) 555-0102",
        ),
        hs(
            email="ana.lucia.vera@veracorp.com",
            firstname="Ana Lucía",
            mobilephone="  ",
            phone="1 786 555 0123",
        ),
        hs(
            email="brian.k@sunshinetravel.com",
            firstname="Brian",
            mobilephone="(305) 555-0177",
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
    "h175-19-city-departures-promo",
    H,
    M,
    """Hi team, Mailchimp for the "Salidas desde tu ciudad" promos. We need the city, so the contacts with City empty (or only spaces) don't go, e.g. a contact with City "" -> not sent.
The rest go:
- Email -> Email Address, the same of HubSpot
- Language: "es" for all of them, always.
- VIP: e.g. Lifecycle Stage "customer" -> true; "lead" -> false; empty -> false. i.e. true only for customers.
Saludos,
Lucía""",
    extended(
        HS,
        hs(email="sin.ciudad@gmail.com", city="", lifecyclestage="customer"),
        hs(email="espacios@gmail.com", city="   ", lifecyclestage="lead"),
        hs(email="martha.solis@gmail.com", city="Arequipa", lifecyclestage="customer"),
        hs(email="pablo.ibarra@hotmail.com", city="Cusco", lifecyclestage=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["city"]):
        return None
    return {"email_address": r["email"], "language": "es", "vip": r["lifecyclestage"] == "customer"}


@case(
    "h175-20-corporate-list-vip-revenue",
    H,
    M,
    """Hola! HubSpot -> Mailchimp, the corporate buyers list:
- FNAME: First Name with each word starting in mayúscula and the rest in minúsculas, e.g. "ROSA MARÍA" -> "Rosa María", "maria" -> "Maria".
- LNAME: Last Name the same of HubSpot, e.g. "Huamán" -> "Huamán". In case it comes empty (or only spaces), put the domain of the email, i.e. what is after the @, e.g. "compras@mineraandina.pe" -> "mineraandina.pe" (so at least we know the company).
- VIP: true when Annual Revenue is more than 2,000,000, e.g. 12000000 -> true, 800000 -> false. In case it comes empty -> false.
- Email -> Email Address, the same of HubSpot.""",
    extended(
        lower_emails(HS),
        hs(
            email="compras@mineraandina.pe",
            firstname="ROSA MARÍA",
            lastname="",
            annualrevenue="45000000",
        ),
        hs(
            email="gerencia@turismoandes.pe",
            firstname="carlos alberto",
            lastname="  ",
            annualrevenue="  ",
        ),
        hs(
            email="t.huaman@gmail.com",
            firstname="teresa",
            lastname="Huamán",
            annualrevenue="1999999.99",
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
    "h175-21-identify-full-name",
    H,
    S,
    """Hi team, Segment identify from HubSpot contacts:
- userId: the email in minúsculas, e.g. "Priya.Raman@Northwind.io" -> "priya.raman@northwind.io"
- traits.firstName: First Name, the same: "Priya" -> "Priya"
- traits.lastName: Last Name, the same: "Raman" -> "Raman"
- traits.name: First Name + one space + Last Name, e.g. "José Luis" and "Pérez Albela" -> "José Luis Pérez Albela"
Gracias!""",
    extended(
        HS,
        hs(email="JoseLuis.Perez@PerezAlbela.PE", firstname="José Luis", lastname="Pérez Albela"),
        hs(email="MARIELA.TAPIA@GMAIL.COM", firstname="Mariela", lastname="Tapia"),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h175-22-company-traits-nested",
    H,
    S,
    """Hola team, in Segment the company goes inside traits.company (nested, i.e. {"traits": {"company": {"name": ...}}}, not flat):
- traits.company.name: Company Name, e.g. "Minera Andina SAC" -> "Minera Andina SAC". In case it comes empty (or only spaces) -> "Viajero Particular".
- traits.company.industry: Industry, e.g. "Mining" -> "Mining". In case it comes empty -> don't send it (leave out the key).
- traits.company.employee_count: Number of Employees as a whole number, e.g. "250" -> 250. In case it comes empty -> don't send it either.
- userId: the email, the same of HubSpot.""",
    extended(
        HS,
        hs(
            email="compras@mineraandina.pe",
            company="Minera Andina SAC",
            industry="Mining",
            numemployees="1800",
        ),
        hs(email="diana.vargas@gmail.com", company="  ", industry="", numemployees="  "),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Viajero Particular"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h175-23-address-traits-phone",
    H,
    S,
    """Hi team, Segment with the address nested under traits.address:
- traits.address.street: Street Address, e.g. "Av. Pardo 610" -> "Av. Pardo 610"
- traits.address.city: City, "Miraflores" -> "Miraflores"
- traits.address.postalCode: Postal Code, "15074" -> "15074"
  (these three the same of HubSpot, empty goes empty)
- traits.address.state: State/Region, e.g. "Lima" -> "Lima"; in case it comes empty (or only spaces), don't send state.
- traits.phone: the Phone Number; in case it comes empty, the Mobile Phone Number; both empty -> no traits.phone at all. In E.164:
  - "(305) 555-0142" -> "+13055550142"
  - "+51 1 555 0199" -> "+5115550199"
  i.e. digits with + in front; without + it is a US number (+1, or only the + if it is 11 digits starting with 1).
- userId: the email, the same of HubSpot.""",
    extended(
        HS,
        hs(
            email="silvia.nunez@gmail.com",
            address="Av. Pardo 610",
            city="Miraflores",
            state="Lima",
            zip="15074",
            phone="",
            mobilephone="+51 1 555 0199",
        ),
        hs(
            email="no.numbers@gmail.com",
            address="Jr. Cusco 120",
            city="Lima",
            state="  ",
            zip="",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="greg.hall@hallventures.com",
            address="200 Brickell Ave",
            city="Miami",
            state="FL",
            zip="33131",
            phone="(305) 555-0142",
            mobilephone="(305) 555-0999",
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
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h175-24-clean-userid-marketing-consent",
    H,
    S,
    """Hola, one more Segment identify:
- userId: the email cleaned, i.e. without the spaces at the start and at the end, and all in minúsculas. E.g. "  Rosa.Huaman@MineraAndina.pe " -> "rosa.huaman@mineraandina.pe".
- traits.title: Job Title, the same of HubSpot, e.g. "Travel Manager" -> "Travel Manager" (empty -> empty).
- traits.accepts_marketing: true or false (boolean, not text). Examples: Unsubscribed from all email "false" -> true; "true" -> false; empty -> false (no consent, no marketing).
- traits.annual_revenue: Annual Revenue as a number, e.g. "2500000.75" -> 2500000.75, "800000" -> 800000. In case it comes empty -> don't send this trait.
Lucía""",
    extended(
        HS,
        hs(
            email="  Rosa.Huaman@MineraAndina.pe ",
            jobtitle="Travel Manager",
            hs_email_optout="false",
            annualrevenue="  ",
        ),
        hs(
            email="Ernesto.Pinedo@Gmail.com ",
            jobtitle="",
            hs_email_optout="  ",
            annualrevenue="150000.50",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "accepts_marketing": r["hs_email_optout"] == "false",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h175-25-ga4-traveller-sync",
    H,
    G,
    """Hi team, GA4 (Measurement Protocol), one event for each HubSpot contact:
- client_id: the email, the same of HubSpot
- event name: always "crm_traveller_sync"
- params.agency: always "lima_hq"
- params.stage: Lifecycle Stage, the same, e.g. "customer" -> "customer"
- params.source: Original Source in minúsculas, e.g. "PAID_SOCIAL" -> "paid_social". In case it comes empty, send it empty (""), nothing else.
- params.created: the Create Date, only the date, e.g. "2024-03-15T14:20:00.000Z" -> "2024-03-15" (YYYY-MM-DD)""",
    extended(
        HS,
        hs(
            email="fiorella.campos@gmail.com",
            lifecyclestage="lead",
            hs_analytics_source="",
            createdate="2024-08-28T12:40:00.000Z",
        ),
        hs(
            email="martin.eyzaguirre@eyzatours.pe",
            lifecyclestage="customer",
            hs_analytics_source="OFFLINE",
            createdate="2024-10-05T15:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_traveller_sync",
                "params": {
                    "agency": "lima_hq",
                    "stage": r["lifecyclestage"],
                    "source": r["hs_analytics_source"].lower(),
                    "created": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h175-26-ga4-corporate-accounts",
    H,
    G,
    """Hola! GA4 only for the corporate accounts, i.e. Number of Employees more than 30. E.g. "250" -> yes, "12" -> no; in case it comes empty -> no.
- client_id: the part of the email before the @, e.g. "viajes@bancodelsur.pe" -> "viajes"
- event name: "corporate_account", always
- params.employees: Number of Employees as a number, e.g. "250" -> 250""",
    extended(
        lower_emails(HS),
        hs(email="viajes@bancodelsur.pe", numemployees="85"),
        hs(email="info@pequenotour.pe", numemployees="8"),
        hs(email="rrhh@textilinca.pe", numemployees="  "),
        hs(email="compras@andinamining.pe", numemployees="1200"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 30):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "corporate_account", "params": {"employees": num(r["numemployees"])}}],
    }


@case(
    "h175-27-ga4-booked-or-interest",
    H,
    G,
    """Hi team, one GA4 event per HubSpot contact, and the event name depends on the Lifecycle Stage:
- "customer" -> event name "trip_booked"
- any other stage, e.g. "lead" or "subscriber" -> "trip_interest"; in case it comes empty, also "trip_interest"
Then:
- client_id: the email, the same of HubSpot
- params.city: City, e.g. "Cusco" -> "Cusco"; in case it comes empty (or only spaces) -> "Lima"
- params.company: Company Name, the same of HubSpot (empty goes empty)""",
    extended(
        HS,
        hs(email="rafael.soto@gmail.com", lifecyclestage="", city="", company=""),
        hs(
            email="gloria.tello@tellosac.pe",
            lifecyclestage="customer",
            city="Cusco",
            company="Tello SAC",
        ),
        hs(
            email="hugo.arce@gmail.com",
            lifecyclestage="lead",
            city="  ",
            company="Arce y Asociados",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "trip_booked" if r["lifecyclestage"] == "customer" else "trip_interest"
    return {
        "client_id": r["email"],
        "events": [
            {"name": name, "params": {"city": dflt(r["city"], "Lima"), "company": r["company"]}}
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h175-28-leads-back-to-hubspot",
    L,
    H,
    """Hola team, now the other way: Salesforce Leads -> HubSpot contacts. Everything copied, the same of Salesforce:
- Email -> Email: e.g. "grace.okafor@sunrisesolar.com" stays "grace.okafor@sunrisesolar.com"
- First Name -> First Name: "Grace" -> "Grace"
- Last Name -> Last Name: "Okafor" -> "Okafor"
- Company -> Company Name: "Sunrise Solar" -> "Sunrise Solar"
- Title -> Job Title: "Procurement Manager" -> "Procurement Manager"
- Phone -> Phone Number: "(312) 555-0110" -> "(312) 555-0110" (no format)
- City -> City
- Country -> Country/Region
In case something comes empty in Salesforce, it goes empty to HubSpot (""), e.g. Title "" -> Job Title "". We don't fill anything and don't clean anything.""",
    extended(
        SFL,
        sfl(
            Email="renata.salinas@salinastravel.pe",
            FirstName="Renata",
            LastName="Salinas",
            Company="Salinas Travel",
            Title="  ",
            Phone="",
            City="Lima",
            Country="Peru",
        ),
        sfl(
            Email="owen.price@gmail.com",
            FirstName="Owen",
            LastName="Price",
            Company="",
            Title="Backpacker",
            Phone="+44 7700 900123",
            City="",
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
        "country": r["Country"],
    }


@case(
    "h175-29-lead-status-and-optout-text",
    L,
    H,
    """Hi team, Salesforce Lead -> HubSpot contact:
Lead Status -> HubSpot Lead Status, like this (these are the only 4 statuses we use):
- "Open - Not Contacted" -> "NEW"
- "Working - Contacted" -> "ATTEMPTED_TO_CONTACT"
- "Closed - Converted" -> "CONNECTED"
- "Closed - Not Converted" -> "UNQUALIFIED"
Email Opt Out -> Unsubscribed from all email, but as text: ticked -> "true", not ticked -> "false" (the words as strings, because HubSpot keeps them like that).
Email -> Email, the same of Salesforce.""",
    extended(
        SFL,
        sfl(
            Email="walter.chirinos@gmail.com",
            Status="Closed - Not Converted",
            HasOptedOutOfEmail=True,
        ),
        sfl(
            Email="beatriz.olaya@olayatours.pe",
            Status="Open - Not Contacted",
            HasOptedOutOfEmail=True,
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
    "h175-30-rating-to-lifecycle-revenue",
    L,
    H,
    """Hola! Salesforce Leads -> HubSpot:
- Rating -> Lifecycle Stage:
  - "Hot" -> "salesqualifiedlead"
  - "Warm" -> "marketingqualifiedlead"
  - "Cold" -> "lead"
  (all the leads have Rating, there are no empty ones)
- Annual Revenue -> Annual Revenue as a number, e.g. "5000000" -> 5000000, "125000.50" -> 125000.5. In case it comes empty -> don't send it.
- Email in minúsculas: "Grace.Okafor@SunriseSolar.com" -> "grace.okafor@sunrisesolar.com".
Gracias, Lucía""",
    extended(
        SFL,
        sfl(Email="Grace.Okafor@SunriseSolar.com", Rating="Warm", AnnualRevenue="125000.50"),
        sfl(Email="JAVIER.MORI@MORITOURS.PE", Rating="Cold", AnnualRevenue="  "),
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
    "h175-31-london-partners-uk-phone",
    L,
    H,
    """Hi team, only the tour operators from the United Kingdom go to HubSpot (our London partners), i.e. Country = "United Kingdom". E.g. "United Kingdom" -> yes; "United States", "Japan" or empty -> no.
- Phone -> Phone Number in E.164 for UK: "020 7946 0321" -> "+442079460321" (we remove the 0 at the start and put +44). If it already has the +, e.g. "+44 161 496 0755" -> "+441614960755" or "+353 1 555 0123" -> "+35315550123", it keeps its own code, only digits.
- Postal Code -> Postal Code in mayúsculas (uppercase): "nw1 6xe" -> "NW1 6XE".
- Title -> Job Title: the same; in case it comes empty (or only spaces) -> "Tour Operator".
- Email -> Email, the same of Salesforce.""",
    extended(
        SFL,
        sfl(
            Email="ellie.ward@wardadventures.co.uk",
            Country="United Kingdom",
            Phone="+44 161 496 0755",
            PostalCode="m1 1ae",
            Title="  ",
        ),
        sfl(
            Email="sean.kelly@kellytours.ie",
            Country="United Kingdom",
            Phone="+353 1 555 0123",
            PostalCode="bt1 5gs",
            Title="Product Manager",
        ),
        sfl(
            Email="jack.hughes@andeanroutes.co.uk",
            Country="United Kingdom",
            Phone="0131 496 0022",
            PostalCode="Eh1 1yz",
            Title="",
        ),
        sfl(Email="nobody@nowhere.com", Country="", Phone="0161 496 0000", PostalCode="x1"),
    ),
)
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {
        "email": r["Email"],
        "phone": e164(r["Phone"], "44"),
        "zip": r["PostalCode"].upper(),
        "jobtitle": dflt(r["Title"], "Tour Operator"),
    }


@case(
    "h175-32-skip-lost-leads-street-postal",
    L,
    H,
    """Hola team, Salesforce Leads -> HubSpot, except the ones with Lead Status "Closed - Not Converted" (we lost them, we don't want them). E.g. Status "Closed - Not Converted" -> not sent; any other status -> sent.
- Street Address: Street + ", " + Postal Code. E.g. Street "Av. Larco 345" and Postal Code "15074" -> "Av. Larco 345, 15074". In case Postal Code comes empty (or only spaces), only the Street, without the comma: "Calle Los Pinos 120" -> "Calle Los Pinos 120". (The Street always comes filled in these leads.)
- Company -> Company Name; in case it comes empty (or only spaces) -> "Individual Traveller".
- Email -> Email, the same of Salesforce.""",
    extended(
        SFL,
        sfl(
            Email="monica.alva@gmail.com",
            Status="Working - Contacted",
            Street="Calle Los Pinos 120",
            PostalCode="  ",
            Company="",
        ),
        sfl(
            Email="felipe.ruiz@ruizviajes.pe",
            Status="Open - Not Contacted",
            Street="Av. Larco 345",
            PostalCode="15074",
            Company="  ",
        ),
        sfl(
            Email="perdido@gmail.com",
            Status="Closed - Not Converted",
            Street="Jr. Ica 200",
            PostalCode="15001",
            Company="Lost SAC",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else f"{r['Street']}, {r['PostalCode']}"
    return {
        "email": r["Email"],
        "address": addr,
        "company": dflt(r["Company"], "Individual Traveller"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h175-33-contact-status-buyer-tag",
    C,
    M,
    """Hi team, Salesforce Contact -> Mailchimp:
- Email -> Email Address in minúsculas: "Felix.Wagner@Rheinsoft.de" -> "felix.wagner@rheinsoft.de"
- Status from Email Opt Out: ticked -> "unsubscribed", not ticked -> "subscribed"
- Tags: everybody gets "Salesforce"; and when Department is "Procurement" (the corporate travel buyers), also "Corporate Buyer" after it. E.g. Department "Procurement" -> ["Salesforce", "Corporate Buyer"]; Department "Sales" or empty -> ["Salesforce"].""",
    extended(
        SFC,
        sfc(
            Email="Veronica.Salas@CementosPacasmayo.PE",
            Department="Procurement",
            HasOptedOutOfEmail=False,
        ),
        sfc(Email="ALBERTO.NEYRA@GMAIL.COM", Department="Procurement", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Corporate Buyer"] if r["Department"] == "Procurement" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h175-34-sms-audience-language",
    C,
    M,
    """Hola! SMS audience in Mailchimp from the Salesforce Contacts. Contacts with Business Phone empty (or only spaces) don't go, e.g. Phone "" -> not sent.
- PHONE: Business Phone in E.164, e.g. "(503) 555-0148" -> "+15035550148", "+51 987 654 321" -> "+51987654321". i.e. only digits with + in front; without + it is US (+1, or only the + if it already has 11 digits starting with 1).
- Language from Mailing Country:
  - "United States" -> "en"
  - "Germany" -> "de"
  - "Austria" -> "de"
  - "Peru" -> "es"
  - "Chile" -> "es"
  - "Brazil" -> "pt"
  (only these countries are in our Contacts)
- Email -> Email Address, the same of Salesforce.""",
    extended(
        SFC,
        sfc(Email="claudia.pena@gmail.com", Phone="+51 987 654 321", MailingCountry="Peru"),
        sfc(Email="rodrigo.fuentes@andestrip.cl", Phone="  ", MailingCountry="Chile"),
        sfc(Email="marcos.lima@viagens.com.br", Phone="+55 11 5555 0123", MailingCountry="Brazil"),
        sfc(
            Email="kate.moore@mooretravel.com",
            Phone="1 (503) 555-0166",
            MailingCountry="United States",
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "United States": "en",
        "Germany": "de",
        "Austria": "de",
        "Peru": "es",
        "Chile": "es",
        "Brazil": "pt",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h175-35-partner-referral-vip",
    C,
    M,
    """Hi team, Salesforce Contact -> Mailchimp:
- FNAME: First Name, e.g. "Felix" -> "Felix"; in case it comes empty (or only spaces) -> "Viajero".
- LNAME: Last Name, the same of Salesforce ("Wagner" -> "Wagner"; empty -> empty).
- VIP: Lead Source "Partner Referral" -> true; any other source -> false; empty Lead Source -> false.
- Language: "es" for all.
- Email -> Email Address, the same of Salesforce.
Saludos""",
    extended(
        SFC,
        sfc(
            Email="hotel.partner@gmail.com",
            FirstName="",
            LastName="Cárdenas",
            LeadSource="Partner Referral",
        ),
        sfc(Email="sin.nombre@gmail.com", FirstName="  ", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Viajero"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
        "language": "es",
    }


@case(
    "h175-36-travel-fair-followup",
    C,
    M,
    """Hola team, Mailchimp audience for the "Ferias de Viaje" follow-up: only the Salesforce Contacts with Lead Source "Trade Show". E.g. "Trade Show" -> yes; "Web" or empty -> no.
- Email -> Email Address, First Name -> FNAME, Last Name -> LNAME: the same of Salesforce, e.g. "Lena" -> "Lena" (empty -> empty)
- Status: "subscribed" for all; Language: "es" for all
- Tags: an empty list, i.e. tags = [] (we want to remove the old tags of the fair).""",
    extended(
        SFC,
        sfc(
            Email="ximena.torres@gmail.com",
            FirstName="Ximena",
            LastName="",
            LeadSource="Trade Show",
        ),
        sfc(Email="no.feria@gmail.com", FirstName="Iván", LastName="Rojas", LeadSource="Web"),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "es",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h175-37-contact-identify-birthday",
    C,
    S,
    """Hi team, Segment identify from the Salesforce Contact:
- userId: the Email in minúsculas, e.g. "Felix.Wagner@Rheinsoft.de" -> "felix.wagner@rheinsoft.de"
- traits.firstName: First Name, the same: "Felix" -> "Felix"
- traits.title: Title, the same, e.g. "CTO" -> "CTO"; empty -> "" (send it empty)
- traits.birthday: Birthdate, e.g. "1984-05-02" -> "1984-05-02"; in case it comes empty, don't send traits.birthday at all (we use it for the birthday discount).""",
    extended(
        SFC,
        sfc(Email="Pilar.Zegarra@Gmail.com", FirstName="Pilar", Title="", Birthdate="1992-07-28"),
        sfc(
            Email="GUSTAVO.LEON@LEONSAC.PE", FirstName="Gustavo", Title="Travel Buyer", Birthdate=""
        ),
    ),
)
def o37(r: R) -> Out:
    return keep(
        {
            "userId": r["Email"].lower(),
            "traits": {
                "firstName": r["FirstName"],
                "title": r["Title"],
                "birthday": omit_if_blank(r["Birthdate"]),
            },
        }
    )


@case(
    "h175-38-contact-address-peru-default",
    C,
    S,
    """Hola! Segment from Salesforce Contacts, the address nested in traits.address:
- traits.address.city: Mailing City without the spaces at the start and at the end, e.g. " Cusco " -> "Cusco", "Vienna" -> "Vienna".
- traits.address.country: Mailing Country, e.g. "Germany" -> "Germany" (as it is); in case it comes empty (or only spaces) -> "Peru".
- userId: Email, the same of Salesforce.""",
    extended(
        SFC,
        sfc(Email="ruth.calle@gmail.com", MailingCity=" Cusco ", MailingCountry=""),
        sfc(Email="enzo.paz@pazcorp.pe", MailingCity="Piura  ", MailingCountry="  "),
        sfc(Email="nina.berg@bergreisen.de", MailingCity="Munich", MailingCountry="Germany"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Peru"),
            }
        },
    }


@case(
    "h175-39-contact-phone-name-area",
    C,
    S,
    """Hi team, Segment from Salesforce Contacts:
- traits.phone: Business Phone in E.164: "(503) 555-0148" -> "+15035550148", "1-503-555-0190" -> "+15035550190", "+43 1 555 0190" -> "+4315550190". i.e. + and only digits; without + it is a US number (+1, or only the + when it is 11 digits starting with 1).
- traits.name: First Name + " " + Last Name, e.g. "Lena" and "Huber" -> "Lena Huber".
- traits.area, from the Department:
  - "Sales" -> "commercial"
  - "Engineering" -> "technical"
  - "Procurement" -> "purchasing"
  - any other department -> "general", and also in case it comes empty
- userId: Email, the same of Salesforce.""",
    extended(
        SFC,
        sfc(
            Email="susana.rey@reycorp.pe",
            FirstName="Susana",
            LastName="Rey",
            Phone="+51 1 555 0177",
            Department="Procurement",
        ),
        sfc(
            Email="tim.fox@foxtravel.com",
            FirstName="Tim",
            LastName="Fox",
            Phone="1-503-555-0190",
            Department="Marketing",
        ),
        sfc(
            Email="nora.quiroz@gmail.com",
            FirstName="Nora",
            LastName="Quiroz",
            Phone="971-555-0150",
            Department="  ",
        ),
    ),
)
def o39(r: R) -> Out:
    area = {"Sales": "commercial", "Engineering": "technical", "Procurement": "purchasing"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "area": area.get(r["Department"], "general"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h175-40-members-names-optout-text",
    M,
    H,
    """Hola team, Mailchimp members -> HubSpot contacts:
- First Name / Last Name from FNAME / LNAME, each word with the first letter in mayúscula and the rest in minúsculas: "liam" -> "Liam", "WALSH" -> "Walsh".
- Phone Number from PHONE, the same; in case it comes empty (or only spaces), don't send the phone.
- Company Name from COMPANY; in case it comes empty (or only spaces) -> "Individual Traveller".
- Unsubscribed from all email, as text: status "unsubscribed" -> "true"; any other status (subscribed, cleaned, pending) -> "false".
- Email from Email Address, the same.""",
    extended(
        MC,
        mc(
            {"FNAME": "MARÍA JOSÉ", "LNAME": "pino", "PHONE": "  ", "COMPANY": "  "},
            email_address="mariajose.pino@gmail.com",
            status="pending",
        ),
        mc(
            {"FNAME": "andrés", "LNAME": "VELARDE", "PHONE": "+51 987 000 111", "COMPANY": ""},
            email_address="andres.velarde@hotmail.com",
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
            "company": dflt(mf["COMPANY"], "Individual Traveller"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h175-41-skip-cleaned-vip-customers",
    M,
    H,
    """Hi team, Mailchimp -> HubSpot, but not the members with status "cleaned" (the bounced emails), e.g. status "cleaned" -> not sent. All the other statuses go.
- Phone Number: PHONE in E.164, "(646) 555-0134" -> "+16465550134", "+353 21 555 0198" -> "+353215550198". i.e. digits with +; no + means a US number (+1, or only the + if it is 11 digits starting with 1). In case PHONE comes empty (or only spaces) -> don't send the phone.
- Company Name: COMPANY, the same (empty -> empty).
- Lifecycle Stage: VIP member -> "customer"; not VIP -> "lead".
- Email: Email Address, the same.""",
    extended(
        MC,
        mc(
            {"PHONE": "1 305 555 0111", "COMPANY": "Sunshine Travel"},
            email_address="ops@sunshinetravel.com",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": "Huaraz Trek"},
            email_address="info@huaraztrek.pe",
            status="subscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "+51 1 555 0123", "COMPANY": ""},
            email_address="rebote@gmail.com",
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
    "h175-42-webinar-tag-domain-company",
    M,
    H,
    """Hola! Mailchimp -> HubSpot:
- First Name: only the first word of FNAME, e.g. "María José" -> "María", "Sofia" -> "Sofia".
- Company Name: COMPANY; in case it comes empty (or only spaces) -> the domain of the email, i.e. what is after the @, e.g. "ana@andesviajes.pe" -> "andesviajes.pe".
- Lifecycle Stage: member with the tag "Webinar" -> "marketingqualifiedlead"; without it -> "subscriber". It must be exactly "Webinar", with capital W ("webinar" in small letters doesn't count).
- Email: Email Address, the same.
Gracias!
Lucía""",
    extended(
        MC,
        mc(
            {"FNAME": "María José", "COMPANY": "  "},
            email_address="ana@andesviajes.pe",
            tags=["Webinar", "Cusco 2024"],
        ),
        mc(
            {"FNAME": "Pedro", "COMPANY": ""},
            email_address="pedro@incatrail.com.pe",
            tags=["webinar"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set175")
