"""Held-out set 171 for the offline mapping drafter.

Persona: Rosa Albuquerque, CRM analyst at a cosmetics brand in Lisbon, Portugal (Alma Lusa),
writing to the integration developer (Tiago). She writes every mapping as a numbered procedure:
'Passo 1', 'Passo 2', ... one instruction a step, in English with Portuguese words now and then
('obrigada', 'atenção', 'ou seja', 'olá', 'bom dia'). Warnings about blanks and exact values go in
an 'Atenção:' line; now and then an 'Exemplo:' line shows one record before and after. Value tables
sit indented under their step. Her contacts are salons, perfumarias, pharmacies, distributors
and beauty professionals, mostly Portuguese, with a US distributor and a London pop-up store.

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
Lengths vary: short (11, 12, 26, 30, 37, 38), long (01, 09, 14, 23, 28), the rest medium.
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
    "h171-01-masterclass-leads-plain-copy",
    H,
    L,
    """Olá Tiago! First mapping of the week: HubSpot contacts -> Salesforce Leads (the people from the masterclass we ran with our distributor).
Passo 1: Email -> Email.
Passo 2: First Name -> First Name.
Passo 3: Last Name -> Last Name.
Passo 4: Company Name -> Company.
Passo 5: Job Title -> Title.
Passo 6: Phone Number -> Phone.
Passo 7: Website URL -> Website.
Passo 8: City -> City.
Passo 9: Postal Code -> Zip/Postal Code.
Passo 10: Country/Region -> Country.
Passo 11: Lead Source = "Seminar - Partner" on every lead.
Atenção: Passos 1 to 10 are straight copies, ou seja no trimming and no changing of capitals. When HubSpot has an empty value, the Lead gets the same empty value; please don't invent anything.
Obrigada!
Rosa""",
    extended(
        HS,
        hs(
            email="ines.carvalho@belezapura.pt",
            firstname="Inês",
            lastname="Carvalho",
            company="Beleza Pura",
            jobtitle="Esteticista",
            phone="+351 21 555 0147",
            website="",
            city="Lisboa",
            zip="1200-195",
            country="Portugal",
        ),
        hs(
            email="Rui.Almeida@SpaDoRio.pt",
            firstname="Rui ",
            lastname="ALMEIDA",
            company="  ",
            jobtitle="",
            phone="",
            website="spadorio.pt",
            city=" Porto",
            zip="",
            country="Portugal",
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
        "Phone": r["phone"],
        "Website": r["website"],
        "City": r["city"],
        "PostalCode": r["zip"],
        "Country": r["country"],
        "LeadSource": "Seminar - Partner",
    }


@case(
    "h171-02-reseller-form-defaults-trim",
    H,
    L,
    """Bom dia Tiago,
Second Lead mapping (HubSpot -> Salesforce Lead). These contacts came from the "Quero ser revendedor" form on the site and people type spaces everywhere.
Passo 1: Email -> Email, copied exactly.
Passo 2: First Name -> First Name, trimmed (remove the spaces at the start and at the end).
Passo 3: Last Name -> Last Name, trimmed the same way.
Passo 4: Company Name -> Company; if it is blank, write "Consumidor Final".
Passo 5: City -> City; if it is blank, write "Lisboa".
Atenção: blank means empty or only spaces. When Company Name or City do have a value, copy it exactly as it is, no trimming on those two.
Exemplo: Company Name "   " and City " Porto" -> Company "Consumidor Final", City " Porto".
Obrigada, Rosa""",
    extended(
        HS,
        hs(
            email="marta.sousa@gmail.com",
            firstname="  Marta",
            lastname="Sousa  ",
            company="   ",
            city=" Porto",
        ),
        hs(
            email="joana.pires@perfumariaflor.pt",
            firstname="Joana ",
            lastname=" Pires",
            company=" Perfumaria Flor",
            city="",
        ),
        hs(
            email="carlos.mendes@mendesfarma.pt",
            firstname="Carlos",
            lastname="Mendes",
            company="Mendes Farma",
            city="  ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Consumidor Final"),
        "City": dflt(r["city"], "Lisboa"),
    }


@case(
    "h171-03-call-centre-mobile-first",
    H,
    L,
    """Olá! HubSpot -> Salesforce Leads for the phone campaign; the call centre wants mobiles first.
Passo 1: Email -> Email.
Passo 2: Last Name -> Last Name in title case: every word starts with a capital letter and the rest of the word is in small letters.
Passo 3: City -> City, also in title case.
Passo 4: Mobile Phone -> the HubSpot Mobile Phone Number.
Passo 5: if the Mobile Phone Number is blank, use the Phone Number instead.
Passo 6: if both are blank, leave Mobile Phone out of the Lead completely (not even an empty value).
Atenção: the phone numbers are copied as they are, no formatting at all.
Exemplo: City "CASTELO BRANCO" -> "Castelo Branco", Last Name "ferreira" -> "Ferreira".
Obrigada!""",
    extended(
        HS,
        hs(
            email="sofia.ferreira@gmail.com",
            lastname="ferreira",
            city="CASTELO BRANCO",
            mobilephone="  ",
            phone="+351 272 555 010",
        ),
        hs(
            email="tiago.neves@nevesbeauty.pt",
            lastname="NEVES",
            city="viseu",
            mobilephone="",
            phone=" ",
        ),
        hs(
            email="ana.lopes@lopes.pt",
            lastname="lopes",
            city="faro",
            mobilephone="+351 91 555 0123",
            phone="+351 289 555 010",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "LastName": title(r["lastname"]),
            "City": title(r["city"]),
            "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
        }
    )


@case(
    "h171-04-rating-from-stage-lower-email",
    H,
    L,
    """Olá Tiago,
Lead Rating from the HubSpot Lifecycle Stage, please.
Passo 1: Email -> Email, all in small letters (the Salesforce duplicate rules complain about capitals).
Passo 2: Last Name -> Last Name, copied.
Passo 3: Company Name -> Company, copied.
Passo 4: Rating comes from Lifecycle Stage with this table:
    customer -> Hot
    opportunity -> Hot
    salesqualifiedlead -> Warm
    marketingqualifiedlead -> Warm
    any other stage -> Cold
Atenção: a contact with no Lifecycle Stage (empty or only spaces) also gets Cold.
Exemplo: "Marta.Reis@SalaoAurora.PT" with stage opportunity -> Email "marta.reis@salaoaurora.pt", Rating "Hot".
Obrigada!""",
    extended(
        HS,
        hs(
            email="Marta.Reis@SalaoAurora.PT",
            lastname="Reis",
            company="Salão Aurora",
            lifecyclestage="opportunity",
        ),
        hs(email="PEDRO.COSTA@GMAIL.COM", lastname="Costa", company="", lifecyclestage="  "),
        hs(
            email="Helena.Matos@FarmaciaLuz.pt",
            lastname="Matos",
            company="Farmácia Luz",
            lifecyclestage="evangelist",
        ),
        hs(
            email="rita.gomes@ritagomes.pt",
            lastname="Gomes",
            company="Rita Gomes Makeup",
            lifecyclestage="",
        ),
    ),
)
def o04(r: R) -> Out:
    table = {
        "customer": "Hot",
        "opportunity": "Hot",
        "salesqualifiedlead": "Warm",
        "marketingqualifiedlead": "Warm",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "Company": r["company"],
        "Rating": table.get(r["lifecyclestage"], "Cold"),
    }


@case(
    "h171-05-skip-customers-and-unsubscribed",
    H,
    L,
    """Olá! HubSpot -> Salesforce Leads from the "become a reseller" page. Two groups must NOT go to Salesforce.
Passo 1: skip every contact whose Lifecycle Stage is "customer" (they are accounts already, sales doesn't want them as leads).
Passo 2: skip every contact whose "Unsubscribed from all email" is "true".
Passo 3: Email -> Email.
Passo 4: First Name -> First Name.
Passo 5: Last Name -> Last Name.
Passo 6: Company Name -> Company.
Passo 7: Phone Number -> Phone.
Passo 8: Lead Source = "Web" for all of them.
Atenção: Passos 3 to 7 are plain copies, an empty value stays empty. And a contact with a blank "Unsubscribed from all email" is not "true", so that one goes through normally.
Obrigada, Rosa""",
    extended(
        HS,
        hs(
            email="lucia.santos@salaolucia.pt",
            firstname="Lúcia",
            lastname="Santos",
            company="Salão Lúcia",
            phone="",
            lifecyclestage="lead",
            hs_email_optout="  ",
        ),
        hs(
            email="vasco.dias@diasefilhos.pt",
            firstname="Vasco",
            lastname="Dias",
            company="Dias & Filhos",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
        hs(
            email="beatriz.moura@gmail.com",
            firstname="Beatriz",
            lastname="Moura",
            company="",
            lifecyclestage="opportunity",
            hs_email_optout="true",
        ),
        hs(
            email="nuno.freitas@freitasspa.pt",
            firstname="Nuno",
            lastname="Freitas",
            company="",
            phone="+351 22 555 0190",
            lifecyclestage="opportunity",
            hs_email_optout="",
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
        "Phone": r["phone"],
        "LeadSource": "Web",
    }


@case(
    "h171-06-rating-by-revenue-headcount",
    H,
    L,
    """Olá Tiago,
For the distributor leads we set the Rating from the HubSpot Annual Revenue.
Passo 1: Email -> Email.
Passo 2: Annual Revenue more than 5,000,000 -> Rating "Hot".
Passo 3: Annual Revenue less than 1,000,000 -> Rating "Cold".
Passo 4: anything in between -> Rating "Warm".
Passo 5: a blank Annual Revenue -> Rating "Cold" as well.
Passo 6: Number of Employees -> Employees, as a whole number (an integer, not text).
Atenção: when Number of Employees is blank (empty or only spaces), leave Employees out of the Lead.
Obrigada!""",
    extended(
        HS,
        hs(email="geral@perfumariasnorte.pt", annualrevenue="5000000.5", numemployees="64"),
        hs(email="loja@cheirinho.pt", annualrevenue="  ", numemployees="3"),
        hs(email="compras@belezaexpress.pt", annualrevenue="999999", numemployees="  "),
        hs(email="info@dermaluz.pt", annualrevenue="1250000", numemployees="22"),
    ),
)
def o06(r: R) -> Out:
    v = r["annualrevenue"]
    if blank(v):
        rating = "Cold"
    else:
        f = float(v)
        rating = "Hot" if f > 5_000_000 else ("Cold" if f < 1_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h171-07-us-distributor-phone-e164",
    H,
    L,
    """Olá! These are for our new US distributor in New Jersey, HubSpot -> Salesforce Leads.
Passo 1: Email -> Email.
Passo 2: First Name -> First Name in title case (each word: first letter capital, the rest small).
Passo 3: Phone Number -> Phone in E.164 format, ou seja a "+" followed by digits only.
Passo 4: if the number already starts with "+", keep its own country code and just keep the digits.
Passo 5: if it has no "+", it is a US number: put +1 in front of the digits (when it is already 11 digits starting with 1, only add the "+").
Passo 6: if the Phone Number is blank, don't send Phone at all.
Exemplo: "(201) 555-0177" -> "+12015550177"; "+351 21 555 0100" -> "+351215550100".
Obrigada, Rosa""",
    extended(
        HS,
        hs(email="jennifer.walsh@glowny.com", firstname="JENNIFER LYNN", phone="1 (201) 555-0177"),
        hs(email="marcus.hill@hillbeauty.com", firstname="marcus", phone="   "),
        hs(email="teresa.vaz@vazcosmetica.pt", firstname="teresa", phone="+351 21 555 0100"),
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
    "h171-08-portugal-only-description",
    H,
    L,
    """Bom dia! HubSpot -> Salesforce Leads, but only Portugal this time.
Passo 1: send only contacts whose Country/Region is exactly "Portugal"; other countries and a blank country stay out.
Passo 2: Email -> Email.
Passo 3: City -> City in capital letters (Braga -> BRAGA).
Passo 4: Description = "Criado no HubSpot a " + the Create Date as YYYY-MM-DD + " (" + the Lifecycle Stage + ")".
Exemplo: Create Date 2024-02-10T12:00:00.000Z, Lifecycle Stage lead -> Description "Criado no HubSpot a 2024-02-10 (lead)".
Atenção: "portugal" in small letters comes from an old import and does not count, it must be exactly "Portugal".
Obrigada!""",
    extended(
        HS,
        hs(
            email="andreia.lima@bracaranails.pt",
            city="Braga",
            country="Portugal",
            createdate="2024-02-10T12:00:00.000Z",
            lifecyclestage="lead",
        ),
        hs(
            email="paulo.rocha@rochaspa.pt",
            city="coimbra",
            country="Portugal",
            createdate="2023-10-05T13:30:00.000Z",
            lifecyclestage="customer",
        ),
        hs(
            email="sara.nunes@gmail.com",
            city="Lisboa",
            country="portugal",
            createdate="2024-04-01T12:00:00.000Z",
            lifecyclestage="lead",
        ),
        hs(
            email="elena.ruiz@bellezamadrid.es",
            city="Madrid",
            country="Spain",
            createdate="2024-03-03T12:00:00.000Z",
            lifecyclestage="opportunity",
        ),
        hs(
            email="sem.pais@gmail.com",
            city="Setúbal",
            country="  ",
            createdate="2024-06-06T12:00:00.000Z",
            lifecyclestage="subscriber",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "Portugal":
        return None
    return {
        "Email": r["email"],
        "City": r["city"].upper(),
        "Description": f"Criado no HubSpot a {day(r['createdate'])} ({r['lifecyclestage']})",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h171-09-sample-shipments-mailing-address",
    H,
    C,
    """Olá Tiago! HubSpot contacts -> Salesforce Contacts, the address block for the sample shipments.
Passo 1: Email -> Email.
Passo 2: First Name -> First Name.
Passo 3: Last Name -> Last Name.
Passo 4: Street Address -> Mailing Street.
Passo 5: City -> Mailing City.
Passo 6: State/Region -> Mailing State/Province.
Passo 7: Postal Code -> Mailing Zip/Postal Code.
Passo 8: Country/Region -> Mailing Country.
Atenção: all plain copies, exactly as HubSpot has them; blank stays blank. Please do not fill the Other address fields.
Obrigada!""",
    extended(
        HS,
        hs(
            email="filipa.correia@correiabeauty.pt",
            firstname="Filipa",
            lastname="Correia",
            address="Rua Augusta 120, 2º Esq",
            city="Lisboa",
            state="",
            zip="1100-053",
            country="Portugal",
        ),
        hs(
            email="miguel.tavares@gmail.com",
            firstname="Miguel",
            lastname="Tavares",
            address="  ",
            city="Funchal ",
            state="Madeira",
            zip="",
            country="Portugal",
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
    "h171-10-rgpd-optout-do-not-call",
    H,
    C,
    """Olá! Two checkboxes on the Salesforce Contact, from HubSpot.
Passo 1: Email -> Email.
Passo 2: Last Name -> Last Name.
Passo 3: Email Opt Out = true when "Unsubscribed from all email" is "true" or blank; false only when it is "false".
Passo 4: Do Not Call = true when the Phone Number and the Mobile Phone Number are both blank; false when at least one of them has a value.
Atenção: blank = empty or only spaces. In Passo 3 we follow the RGPD: if we don't know, we treat the contact as opted out.
Obrigada, Rosa""",
    extended(
        HS,
        hs(
            email="claudia.ramos@ramosestetica.pt",
            lastname="Ramos",
            hs_email_optout="  ",
            phone="",
            mobilephone="  ",
        ),
        hs(
            email="hugo.martins@gmail.com",
            lastname="Martins",
            hs_email_optout="false",
            phone=" ",
            mobilephone="+351 93 555 0177",
        ),
        hs(
            email="diana.fonseca@fonseca.pt",
            lastname="Fonseca",
            hs_email_optout="false",
            phone="",
            mobilephone="",
        ),
    ),
)
def o10(r: R) -> Out:
    v = r["hs_email_optout"]
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": blank(v) or v == "true",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h171-11-last-name-company-or-mailbox",
    H,
    C,
    """Olá Tiago, quick one: HubSpot -> Salesforce Contacts. Last Name can never be empty in Salesforce.
Passo 1: Email -> Email.
Passo 2: Last Name -> the HubSpot Last Name; if that is blank, the Company Name; if that is blank too, the part of the email before the @.
Exemplo: no last name, no company, email "lojadamarta@gmail.com" -> Last Name "lojadamarta".
Obrigada!""",
    extended(
        lower_emails(HS),
        hs(email="lojadamarta@gmail.com", lastname="", company=""),
        hs(email="encomendas@farmaciacentral.pt", lastname="  ", company="Farmácia Central"),
        hs(email="vera.pinto@sapo.pt", lastname="", company="   "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h171-12-country-in-portuguese-state-caps",
    H,
    C,
    """Olá! Our Salesforce Contacts keep the Mailing Country in Portuguese (the Lisbon sales team asked for it).
Passo 1: Email -> Email.
Passo 2: Mailing Country from the HubSpot Country/Region:
    United States -> Estados Unidos
    Japan -> Japão
    Mexico -> México
    France -> França
    Spain -> Espanha
    Portugal -> Portugal
Passo 3: State/Region -> Mailing State/Province in capital letters; if State/Region is blank, leave Mailing State/Province out completely.
Atenção: only these six countries exist in our HubSpot, I checked.
Obrigada!""",
    extended(
        HS,
        hs(email="ricardo.faria@faria.pt", country="Portugal", state="lisboa"),
        hs(email="carmen.ortega@ortega.es", country="Spain", state="  "),
        hs(email="amelie.roux@roux.fr", country="France", state="idf"),
    ),
)
def o12(r: R) -> Out:
    table = {
        "United States": "Estados Unidos",
        "Japan": "Japão",
        "Mexico": "México",
        "France": "França",
        "Spain": "Espanha",
        "Portugal": "Portugal",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": table[r["country"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h171-13-customers-only-retail-department",
    H,
    C,
    """Olá Tiago, only our customers go to Salesforce Contacts.
Passo 1: send only contacts with Lifecycle Stage = "customer"; every other stage, or no stage at all, stays out.
Passo 2: Email -> Email in small letters.
Passo 3: Business Phone -> the Phone Number; if that is blank, the Mobile Phone Number (copied as it is).
Passo 4: Department = "Retalho" for all of them.
Obrigada!""",
    extended(
        HS,
        hs(
            email="Patricia.Lobo@LoboPerfumes.PT",
            lifecyclestage="customer",
            phone="+351 21 555 0161",
            mobilephone="",
        ),
        hs(
            email="JORGE.SILVA@GMAIL.COM",
            lifecyclestage="customer",
            phone="  ",
            mobilephone="+351 96 555 0144",
        ),
        hs(email="Ines.Baptista@Gmail.com", lifecyclestage="", phone="+351 21 555 0100"),
        hs(email="Rui.Couto@Couto.pt", lifecyclestage="opportunity", phone="+351 22 555 0111"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "Department": "Retalho",
    }


@case(
    "h171-14-contact-full-profile-source-table",
    H,
    C,
    """Olá Tiago! The big one for Salesforce Contacts, obrigada pela paciência.
Passo 1: Email -> Email, exactly as it is.
Passo 2: First Name -> First Name in title case (the first letter of each word capital, the rest small).
Passo 3: Last Name -> Last Name, in title case as well.
Passo 4: Job Title -> Title, trimmed (spaces removed at the start and at the end, nothing else changed).
Passo 5: City -> Mailing City, copied.
Passo 6: Mobile Phone Number -> Mobile Phone, copied exactly as it is, no trimming (blank stays blank).
Passo 7: Lead Source from the Original Source:
    ORGANIC_SEARCH -> Web
    DIRECT_TRAFFIC -> Web
    PAID_SEARCH -> Advertisement
    PAID_SOCIAL -> Advertisement
    SOCIAL_MEDIA -> Word of mouth
    REFERRALS -> Partner Referral
    EMAIL_MARKETING -> Email
    OFFLINE -> Trade Show
    anything else -> Other
Passo 8: Contact Description = "Importado do HubSpot" for every contact.
Atenção: a blank Original Source also gets "Other".
Exemplo: First Name "ANA RITA", Job Title "  Diretora de Loja " -> First Name "Ana Rita", Title "Diretora de Loja".
Obrigada!""",
    extended(
        HS,
        hs(
            email="ana.rita@lojasrita.pt",
            firstname="ANA RITA",
            lastname="gouveia",
            jobtitle="  Diretora de Loja ",
            city="Aveiro",
            mobilephone="+351 91 555 0188",
            hs_analytics_source="SOCIAL_MEDIA",
        ),
        hs(
            email="duarte.melo@melo.pt",
            firstname="duarte",
            lastname="MELO",
            jobtitle="   ",
            city="",
            mobilephone="",
            hs_analytics_source="",
        ),
        hs(
            email="sonia.brito@brito.pt",
            firstname="Sónia",
            lastname="Brito",
            jobtitle="Buyer",
            city="Évora",
            mobilephone="  ",
            hs_analytics_source="AI_REFERRALS",
        ),
        hs(
            email="raquel.lima@limanails.pt",
            firstname="raquel",
            lastname="lima",
            jobtitle="Owner ",
            city="Lisboa",
            mobilephone="",
            hs_analytics_source="EMAIL_MARKETING",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "SOCIAL_MEDIA": "Word of mouth",
        "REFERRALS": "Partner Referral",
        "EMAIL_MARKETING": "Email",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "MailingCity": r["city"],
        "MobilePhone": r["mobilephone"],
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
        "Description": "Importado do HubSpot",
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h171-15-clube-alma-language-default",
    H,
    M,
    """Olá! HubSpot contacts -> the Mailchimp audience "Clube Alma" (our newsletter).
Passo 1: Email -> Email Address.
Passo 2: First Name -> FNAME.
Passo 3: Last Name -> LNAME.
Passo 4: Status = "subscribed" for everyone (they all opted in at the checkout).
Passo 5: Language -> the HubSpot Preferred language; when a contact has no Preferred language (most don't even have the property) or it is blank, put "pt".
Atenção: Passos 1 to 3 are straight copies, an empty name stays empty.
Obrigada, Rosa""",
    extended(
        HS,
        hs(
            email="lucia.fernandez@gmail.com",
            firstname="Lucía",
            lastname="Fernández",
            hs_language="es",
        ),
        hs(email="goncalo.reis@reis.pt", firstname="Gonçalo", lastname="", hs_language="   "),
        hs(email="emma.jones@jonesbeauty.co.uk", firstname="", lastname="Jones", hs_language="en"),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "pt"),
    }


@case(
    "h171-16-status-three-ways-online-shop-tag",
    H,
    M,
    """Olá Tiago,
Mailchimp status from the HubSpot "Unsubscribed from all email":
Passo 1: "false" -> subscribed.
Passo 2: "true" -> unsubscribed.
Passo 3: blank (empty or only spaces) -> pending, so Mailchimp sends them the double opt-in e-mail (RGPD obriga).
Passo 4: Tags = one tag, "Loja Online", on every member.
Passo 5: Email -> Email Address.
Obrigada!""",
    extended(
        HS,
        hs(email="teresa.cunha@gmail.com", hs_email_optout="   "),
        hs(email="bruno.alves@alves.pt", hs_email_optout="false"),
        hs(email="irene.sa@sa.pt", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Loja Online"]}


@case(
    "h171-17-salon-chain-and-customer-tags",
    H,
    M,
    """Olá! Tags for the Mailchimp members that come from HubSpot.
Passo 1: Email -> Email Address.
Passo 2: if Number of Employees is more than 50, add the tag "Rede de Salões".
Passo 3: if Lifecycle Stage is "customer", add the tag "Cliente".
Passo 4: a contact with both gets the two tags in this order: "Rede de Salões", "Cliente".
Passo 5: a contact with neither gets an empty tag list [].
Atenção: a blank Number of Employees means no "Rede de Salões" tag.
Obrigada!""",
    extended(
        HS,
        hs(email="compras@redeglamour.pt", numemployees="120", lifecyclestage="customer"),
        hs(email="ola@salaoestrela.pt", numemployees="  ", lifecyclestage="customer"),
        hs(email="geral@bellanails.pt", numemployees="49", lifecyclestage="opportunity"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Rede de Salões")
    if r["lifecyclestage"] == "customer":
        tags.append("Cliente")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h171-18-sms-first-word-mobile-e164",
    H,
    M,
    """Olá Tiago, Mailchimp merge fields for the SMS + e-mail campaign (HubSpot -> Mailchimp).
Passo 1: Email -> Email Address.
Passo 2: FNAME -> only the first word of the First Name.
Passo 3: PHONE -> the Mobile Phone Number; if that is blank, the Phone Number.
Passo 4: PHONE must be in E.164: "+" and digits only; a number that already has "+" keeps its own country code; without "+" it is a US number, so +1 goes in front (11 digits starting with 1: just add the "+").
Exemplo: First Name "Ana Rita", mobile blank, phone "+351 21 555 0134" -> FNAME "Ana", PHONE "+351215550134".
Obrigada!""",
    extended(
        HS,
        hs(
            email="ana.rita.gomes@gmail.com",
            firstname="Ana Rita",
            mobilephone="  ",
            phone="+351 21 555 0134",
        ),
        hs(
            email="mary.beth@glowstudio.com",
            firstname="Mary Beth",
            mobilephone="1-917-555-0102",
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
    "h171-19-professionals-list-customer-vip",
    H,
    M,
    """Olá! Mailchimp list for beauty professionals only (HubSpot -> Mailchimp).
Passo 1: skip contacts with a blank Job Title (empty or only spaces); if we don't know the job, they are not pros.
Passo 2: Email -> Email Address.
Passo 3: Status = "subscribed" for all.
Passo 4: VIP = true when the Lifecycle Stage is "customer"; any other stage, or a blank stage, is false.
Obrigada, Rosa""",
    extended(
        HS,
        hs(email="sandra.leal@lealestetica.pt", jobtitle="Esteticista", lifecyclestage="customer"),
        hs(email="sem.cargo@gmail.com", jobtitle="   ", lifecyclestage="customer"),
        hs(email="paula.branco@branco.pt", jobtitle="Maquilhadora", lifecyclestage=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "customer",
    }


@case(
    "h171-20-b2b-buyers-domain-revenue-vip",
    H,
    M,
    """Olá Tiago, HubSpot -> Mailchimp for the B2B buyers list.
Passo 1: Email -> Email Address.
Passo 2: First Name -> FNAME, in title case (each word with a capital first letter and small letters after).
Passo 3: Last Name -> LNAME, copied as it is; if the Last Name is blank, use the e-mail domain instead, ou seja the part after the @.
Passo 4: VIP = true when Annual Revenue is more than 2,000,000; otherwise false.
Atenção: a blank Annual Revenue means VIP false.
Exemplo: First Name "JOANA", Last Name blank, email "joana@perfumariadouro.pt" -> FNAME "Joana", LNAME "perfumariadouro.pt".
Obrigada!""",
    extended(
        lower_emails(HS),
        hs(
            email="joana@perfumariadouro.pt",
            firstname="JOANA",
            lastname="",
            annualrevenue="3100000",
        ),
        hs(
            email="encomendas@bioflora.pt",
            firstname="rui pedro",
            lastname="   ",
            annualrevenue="  ",
        ),
        hs(
            email="marta.leite@leite.pt",
            firstname="marta",
            lastname="Leite",
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
    "h171-21-identify-full-name",
    H,
    S,
    """Olá! Segment identify calls from HubSpot contacts.
Passo 1: userId = the email in small letters.
Passo 2: traits.email = the email exactly as HubSpot has it.
Passo 3: traits.firstName = First Name.
Passo 4: traits.lastName = Last Name.
Passo 5: traits.name = First Name + one space + Last Name.
Exemplo: "Carla.Vieira@AlmaLusa.PT", Carla, Vieira -> userId "carla.vieira@almalusa.pt", traits.email "Carla.Vieira@AlmaLusa.PT", traits.name "Carla Vieira".
Obrigada!""",
    extended(
        HS,
        hs(email="Carla.Vieira@AlmaLusa.PT", firstname="Carla", lastname="Vieira"),
        hs(email="FILIPE.MOTA@GMAIL.COM", firstname="Filipe", lastname="Mota Costa"),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "email": r["email"],
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h171-22-company-object-industry-default",
    H,
    S,
    """Olá Tiago, Segment traits.company as a nested object (traits -> company -> name, industry, employee_count), from HubSpot.
Passo 1: userId = email, as it is.
Passo 2: traits.company.name = Company Name; if it is blank, leave name out.
Passo 3: traits.company.industry = Industry; if it is blank, put "Cosmetics".
Passo 4: traits.company.employee_count = Number of Employees as an integer; if it is blank, leave it out.
Obrigada!""",
    extended(
        HS,
        hs(
            email="geral@saboariaportuguesa.pt",
            company="Saboaria Portuguesa",
            industry="  ",
            numemployees="35",
        ),
        hs(email="ana@anamakeup.pt", company="   ", industry="Beauty", numemployees=""),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": omit_if_blank(r["company"]),
                    "industry": dflt(r["industry"], "Cosmetics"),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h171-23-address-object-phone-fallback",
    H,
    S,
    """Olá! Segment identify with the address nested under traits.address (HubSpot -> Segment).
Passo 1: userId = email.
Passo 2: traits.address.street = Street Address (copy).
Passo 3: traits.address.city = City (copy).
Passo 4: traits.address.country = Country/Region (copy).
Passo 5: traits.address.postalCode = Postal Code; leave it out when the Postal Code is blank.
Passo 6: traits.phone = Phone Number; when that is blank, the Mobile Phone Number.
Passo 7: traits.phone in E.164: "+" plus digits; the own country code is kept when the number starts with "+"; otherwise it is US, so +1 in front (11 digits beginning with 1 only get the "+").
Passo 8: when both phone numbers are blank, no traits.phone at all.
Atenção: blank = empty or only spaces. The copies in Passos 2 to 4 copy an empty value as empty.
Obrigada, Rosa""",
    extended(
        HS,
        hs(
            email="lara.queiroz@gmail.com",
            address="Av. da Liberdade 200",
            city="Lisboa",
            country="Portugal",
            zip="  ",
            phone="",
            mobilephone="+351 91 555 0111",
        ),
        hs(
            email="kim.parker@parkerbeauty.com",
            address="45 Main St",
            city="Hoboken",
            country="United States",
            zip="07030",
            phone=" ",
            mobilephone="  ",
        ),
        hs(
            email="tom.reed@reedsalon.com",
            address="",
            city="Newark",
            country="United States",
            zip="07102",
            phone="1 973 555 0156",
            mobilephone="",
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
                    "country": r["country"],
                    "postalCode": omit_if_blank(r["zip"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h171-24-clean-userid-consent-revenue",
    H,
    S,
    """Olá Tiago, one more Segment identify from HubSpot.
Passo 1: userId = email, first trimmed (no spaces at the start or the end) and then in small letters.
Passo 2: traits.industry = Industry, copied exactly as it is, no trimming (blank stays blank).
Passo 3: traits.marketingConsent = true only when "Unsubscribed from all email" is "false"; when it is "true" or blank, false.
Passo 4: traits.annualRevenue = Annual Revenue as a number (not text); if it is blank, leave the trait out.
Obrigada!""",
    extended(
        HS,
        hs(
            email="  Leonor.Pais@PaisCosmetica.PT ",
            industry="  ",
            hs_email_optout="   ",
            annualrevenue="650000.5",
        ),
        hs(
            email="Andre.Frade@gmail.com ",
            industry="Beauty",
            hs_email_optout="false",
            annualrevenue="  ",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "industry": r["industry"],
                "marketingConsent": r["hs_email_optout"] == "false",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h171-25-ga4-contact-import-event",
    H,
    G,
    """Olá! GA4 Measurement Protocol, one event per HubSpot contact.
Passo 1: client_id = email (copy).
Passo 2: event name = "crm_contact_import", always.
Passo 3: event parameter brand = "alma_lusa", always.
Passo 4: event parameter stage = Lifecycle Stage (copy; blank stays blank).
Passo 5: event parameter source = Original Source in small letters; if it is blank, "unknown".
Passo 6: event parameter created_on = Create Date as YYYY-MM-DD.
Exemplo: Original Source PAID_SOCIAL, Create Date 2023-12-05T10:05:00.000Z -> source "paid_social", created_on "2023-12-05".
Obrigada!""",
    extended(
        HS,
        hs(
            email="mafalda.cruz@gmail.com",
            hs_analytics_source="  ",
            lifecyclestage="",
            createdate="2024-05-20T12:00:00.000Z",
        ),
        hs(
            email="renata.vidal@vidal.pt",
            hs_analytics_source="AI_REFERRALS",
            lifecyclestage="lead",
            createdate="2024-08-01T14:45:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_contact_import",
                "params": {
                    "brand": "alma_lusa",
                    "stage": r["lifecyclestage"],
                    "source": "unknown" if blank(src) else src.lower(),
                    "created_on": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h171-26-ga4-salon-chains",
    H,
    G,
    """Olá Tiago, GA4 for the salon chains only.
Passo 1: send only contacts with Number of Employees more than 20; a blank Number of Employees is skipped too.
Passo 2: client_id = the part of the email before the @.
Passo 3: event name = "salon_chain" for all.
Passo 4: event parameter employees = Number of Employees as a number.
Exemplo: "geral@redeglamour.pt" with 120 employees -> client_id "geral", employees 120.
Obrigada!""",
    extended(
        lower_emails(HS),
        hs(email="geral@redeglamour.pt", numemployees="120"),
        hs(email="ola@pequenosalao.pt", numemployees="4"),
        hs(email="info@semdados.pt", numemployees="   "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "salon_chain", "params": {"employees": num(r["numemployees"])}}],
    }


@case(
    "h171-27-ga4-customer-or-prospect",
    H,
    G,
    """Olá! GA4 events from HubSpot, but the event name depends on the stage.
Passo 1: client_id = email.
Passo 2: event name = "customer_sync" when the Lifecycle Stage is "customer".
Passo 3: event name = "prospect_sync" for every other stage, and also when the stage is blank.
Passo 4: event parameter city = City; when City is blank, "Lisboa".
Passo 5: event parameter country = Country/Region (copy, blank stays blank).
Obrigada!""",
    extended(
        HS,
        hs(
            email="margarida.serra@serra.pt",
            lifecyclestage="customer",
            city="  ",
            country="Portugal",
        ),
        hs(email="joao.prates@gmail.com", lifecyclestage="  ", city="", country=""),
    ),
)
def o27(r: R) -> Out:
    name = "customer_sync" if r["lifecyclestage"] == "customer" else "prospect_sync"
    return {
        "client_id": r["email"],
        "events": [
            {"name": name, "params": {"city": dflt(r["city"], "Lisboa"), "country": r["country"]}}
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h171-28-leads-back-to-hubspot-copies",
    L,
    H,
    """Olá Tiago! Now the other direction: Salesforce Leads -> HubSpot contacts.
Passo 1: Email -> Email.
Passo 2: First Name -> First Name.
Passo 3: Last Name -> Last Name.
Passo 4: Company -> Company Name.
Passo 5: Title -> Job Title.
Passo 6: Phone -> Phone Number.
Passo 7: Street -> Street Address.
Passo 8: City -> City.
Passo 9: Zip/Postal Code -> Postal Code.
Passo 10: Country -> Country/Region.
Atenção: straight copies, nothing cleaned; when the Salesforce field is empty, HubSpot gets the same empty value.
Obrigada!""",
    extended(
        SFL,
        sfl(
            Email="helena.teixeira@teixeirabeauty.pt",
            FirstName="Helena",
            LastName="Teixeira",
            Company="Teixeira Beauty",
            Title="  ",
            Phone="",
            Street="Rua de Santa Catarina 55",
            City="Porto",
            PostalCode="4000-447",
            Country="Portugal",
        ),
        sfl(
            Email="gil.moreira@gmail.com",
            FirstName="Gil ",
            LastName="Moreira",
            Company="",
            Title="Barbeiro",
            Phone="+351 92 555 0133",
            Street="",
            City=" ",
            PostalCode="",
            Country="Portugal",
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
    "h171-29-status-to-lifecycle-optout-text",
    L,
    H,
    """Olá! Salesforce Leads -> HubSpot contacts, the Lifecycle Stage comes from the Lead Status.
Passo 1: Email -> Email.
Passo 2: Lifecycle Stage from Lead Status:
    Open - Not Contacted -> lead
    Working - Contacted -> marketingqualifiedlead
    Closed - Converted -> customer
    Closed - Not Converted -> other
Passo 3: Unsubscribed from all email = the text "true" when Email Opt Out is ticked, the text "false" when it is not.
Atenção: those four are the only Lead Status values in our org.
Obrigada!""",
    extended(
        SFL,
        sfl(Email="cristina.abreu@abreu.pt", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(Email="manuel.leitao@leitao.pt", Status="Closed - Converted", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    table = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "marketingqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return {
        "email": r["Email"],
        "lifecyclestage": table[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h171-30-rating-to-lead-status-revenue",
    L,
    H,
    """Olá Tiago, Leads -> HubSpot, the Lead Status comes from the Rating.
Passo 1: Email -> Email, in small letters.
Passo 2: Lead Status from Rating: Hot -> CONNECTED, Warm -> IN_PROGRESS, Cold -> ATTEMPTED_TO_CONTACT.
Passo 3: Annual Revenue -> Annual Revenue as a number; when it is blank, don't send it.
Atenção: every lead has a Rating, there are no blanks there.
Obrigada!""",
    extended(
        SFL,
        sfl(Email="Rosario.Vale@ValeSpa.PT", Rating="Cold", AnnualRevenue="  "),
        sfl(Email="TIAGO.BRANCO@GMAIL.COM", Rating="Warm", AnnualRevenue="420000.5"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "CONNECTED", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h171-31-covent-garden-popup-uk",
    L,
    H,
    """Olá! Only UK leads go to HubSpot this time (the London pop-up at Covent Garden).
Passo 1: send only Leads whose Country is exactly "United Kingdom"; every other country, or no country, stays out.
Passo 2: Email -> Email.
Passo 3: Phone -> Phone Number in E.164 for the UK: keep only the digits, drop the leading 0 and put +44 in front; if the number already starts with "+", keep its own code (just "+" and the digits).
Passo 4: Zip/Postal Code -> Postal Code in capital letters.
Passo 5: Company -> Company Name; if it is blank, "Independent Salon".
Exemplo: Phone "020 7946 0321" -> "+442079460321", Zip/Postal Code "wc2e 8rf" -> "WC2E 8RF".
Obrigada, Rosa""",
    extended(
        SFL,
        sfl(
            Email="olivia.grant@grantbeauty.co.uk",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="wc2e 8rf",
            Company="  ",
        ),
        sfl(
            Email="amelia.hughes@gmail.com",
            Country="United Kingdom",
            Phone="+44 161 496 0555",
            PostalCode="m1 1ae",
            Company="",
        ),
        sfl(
            Email="nora.byrne@byrne.ie",
            Country="Ireland",
            Phone="+353 1 555 0199",
            PostalCode="D02 X285",
            Company="Byrne Beauty",
        ),
        sfl(
            Email="ruth.king@kingsalon.co.uk",
            Country="united kingdom",
            Phone="020 7946 0999",
            PostalCode="se1 7pb",
            Company="King Salon",
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
        "company": dflt(r["Company"], "Independent Salon"),
    }


@case(
    "h171-32-skip-lost-street-city-address",
    L,
    H,
    """Olá Tiago, Leads -> HubSpot, without the lost ones.
Passo 1: skip Leads whose Lead Status is "Closed - Not Converted".
Passo 2: Email -> Email.
Passo 3: Street Address = Street + ", " + City (a comma and one space in between).
Passo 4: if Street is blank, Street Address is just the City, without the comma.
Passo 5: Title -> Job Title; if it is blank, "Esteticista".
Atenção: City is always filled in our Leads, only Street can be blank (empty or only spaces).
Exemplo: Street "Rua do Carmo 7", City "Lisboa" -> Street Address "Rua do Carmo 7, Lisboa".
Obrigada!""",
    extended(
        SFL,
        sfl(
            Email="catarina.rebelo@rebelo.pt",
            Status="Working - Contacted",
            Street="Rua do Carmo 7",
            City="Lisboa",
            Title="   ",
        ),
        sfl(
            Email="luis.amaral@amaral.pt",
            Status="Open - Not Contacted",
            Street="  ",
            City="Guimarães",
            Title="Cabeleireiro",
        ),
        sfl(
            Email="perdido@gmail.com",
            Status="Closed - Not Converted",
            Street="",
            City="Porto",
            Title="",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "jobtitle": dflt(r["Title"], "Esteticista")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h171-33-b2b-tag-partner-tag",
    C,
    M,
    """Olá! Salesforce Contacts -> Mailchimp.
Passo 1: Email -> Email Address, all in small letters.
Passo 2: Status = "unsubscribed" when Email Opt Out is ticked, "subscribed" when it is not.
Passo 3: Tags = "B2B" for every member.
Passo 4: when the Lead Source is "Partner Referral", add a second tag "Parceiro" after "B2B".
Obrigada!""",
    extended(
        SFC,
        sfc(
            Email="Joana.Castro@CastroEstetica.PT",
            LeadSource="Partner Referral",
            HasOptedOutOfEmail=False,
        ),
        sfc(Email="ALBERTO.SEQUEIRA@GMAIL.COM", LeadSource="", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["B2B"] + (["Parceiro"] if r["LeadSource"] == "Partner Referral" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h171-34-sms-audience-language-by-country",
    C,
    M,
    """Olá Tiago, SMS audience in Mailchimp from Salesforce Contacts.
Passo 1: skip Contacts whose Business Phone is blank (empty or just spaces).
Passo 2: Email -> Email Address.
Passo 3: PHONE = Business Phone in E.164: "+" and digits only; keep the number's own country code when it starts with "+"; with no "+" it is American, so +1 in front (if it is 11 digits starting with 1, only the "+").
Passo 4: Language from Mailing Country:
    Portugal -> pt
    Brazil -> pt
    Spain -> es
    Germany -> de
    Austria -> de
    United States -> en
Atenção: these are the only countries we have in Salesforce.
Obrigada!""",
    extended(
        SFC,
        sfc(Email="rita.valente@valente.pt", Phone="+351 21 555 0170", MailingCountry="Portugal"),
        sfc(Email="lucas.prado@prado.com.br", Phone="+55 11 5555 0123", MailingCountry="Brazil"),
        sfc(Email="marta.gil@gil.es", Phone="   ", MailingCountry="Spain"),
        sfc(
            Email="kate.moss@brooklynglow.com",
            Phone="1 718 555 0190",
            MailingCountry="United States",
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Portugal": "pt",
        "Brazil": "pt",
        "Spain": "es",
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
    "h171-35-clube-profissional-trade-show-vip",
    C,
    M,
    """Olá! Salesforce Contacts -> Mailchimp, the "Clube Profissional" audience.
Passo 1: Email -> Email Address.
Passo 2: First Name -> FNAME; if it is blank, "Cliente".
Passo 3: Last Name -> LNAME, copied (blank stays blank).
Passo 4: VIP = true when the Lead Source is exactly "Trade Show" (people we met at our stand); any other source, or no source, -> false.
Passo 5: Status = "subscribed" for all.
Obrigada!""",
    extended(
        SFC,
        sfc(
            Email="susana.prata@prata.pt", FirstName="  ", LastName="Prata", LeadSource="Trade Show"
        ),
        sfc(Email="edite.lemos@gmail.com", FirstName="Edite", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Cliente"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Trade Show",
        "status": "subscribed",
    }


@case(
    "h171-36-dia-da-mae-portugal-clear-tags",
    C,
    M,
    """Olá Tiago, Portuguese contacts only, for the Dia da Mãe campaign (Salesforce Contacts -> Mailchimp).
Passo 1: only Contacts with Mailing Country = "Portugal"; the others don't go.
Passo 2: Email -> Email Address.
Passo 3: First Name -> FNAME.
Passo 4: Last Name -> LNAME.
Passo 5: Status = "subscribed".
Passo 6: Language = "pt".
Passo 7: Tags = an empty list [], we want to clear the old tags.
Atenção: Passos 3 and 4 are plain copies, blank stays blank.
Obrigada!""",
    extended(
        SFC,
        sfc(
            Email="madalena.sa@sa.pt",
            FirstName="Madalena",
            LastName="Sá",
            MailingCountry="Portugal",
        ),
        sfc(
            Email="ze.carlos@gmail.com",
            FirstName="Zé Carlos",
            LastName="",
            MailingCountry="Portugal",
        ),
        sfc(Email="pilar.mora@mora.es", FirstName="Pilar", LastName="Mora", MailingCountry="Spain"),
    ),
)
def o36(r: R) -> Out:
    if r["MailingCountry"] != "Portugal":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "pt",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h171-37-identify-title-only-when-set",
    C,
    S,
    """Olá! Salesforce Contacts -> Segment identify.
Passo 1: userId = Email in small letters.
Passo 2: traits.firstName = First Name (copy).
Passo 3: traits.lastName = Last Name (copy).
Passo 4: traits.title = Title, but only when there is one; a blank Title means no traits.title at all.
Obrigada!""",
    extended(
        SFC,
        sfc(Email="Beatriz.Nobre@NobreSpa.PT", FirstName="Beatriz", LastName="Nobre", Title="  "),
        sfc(Email="HENRIQUE.VAZ@GMAIL.COM", FirstName="Henrique", LastName="Vaz", Title="Gerente"),
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
    "h171-38-address-city-trim-country-default",
    C,
    S,
    """Olá Tiago, Segment from Salesforce Contacts, with the address nested under traits.address.
Passo 1: userId = Email (as it is).
Passo 2: traits.address.city = Mailing City, trimmed (no spaces at the start or the end).
Passo 3: traits.address.country = Mailing Country copied as it is; when it is blank, "Portugal".
Atenção: Mailing City is never blank in our org; Mailing Country often is.
Obrigada!""",
    extended(
        SFC,
        sfc(Email="olga.matias@matias.pt", MailingCity=" Sintra ", MailingCountry="  "),
        sfc(Email="xavier.pinto@pinto.pt", MailingCity="Cascais", MailingCountry=""),
        sfc(Email="ursula.klein@klein.de", MailingCity="Munich  ", MailingCountry=" Germany"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Portugal"),
            }
        },
    }


@case(
    "h171-39-phone-surname-first-team-table",
    C,
    S,
    """Olá! Salesforce Contacts -> Segment identify.
Passo 1: userId = Email.
Passo 2: traits.phone = Business Phone in E.164: "+" and only digits; a "+" number keeps its country code; no "+" means US, add +1 (11 digits starting with 1: just the "+").
Passo 3: traits.name = Last Name + ", " + First Name.
Passo 4: traits.team from Department:
    Sales -> comercial
    Marketing -> marketing
    Purchasing -> compras
    anything else -> outros
Atenção: a blank Department also gets "outros".
Exemplo: First Name "Lena", Last Name "Huber" -> traits.name "Huber, Lena".
Obrigada!""",
    extended(
        SFC,
        sfc(
            Email="ivo.serrano@serrano.pt",
            FirstName="Ivo",
            LastName="Serrano",
            Department="Purchasing",
            Phone="+351 21 555 0122",
        ),
        sfc(
            Email="anne.baker@bakerbeauty.com",
            FirstName="Anne",
            LastName="Baker",
            Department="  ",
            Phone="1-212-555-0145",
        ),
        sfc(
            Email="carolina.reis@almalusa.pt",
            FirstName="Carolina",
            LastName="Reis",
            Department="Marketing",
            Phone="(646) 555-0121",
        ),
    ),
)
def o39(r: R) -> Out:
    team = {"Sales": "comercial", "Marketing": "marketing", "Purchasing": "compras"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['LastName']}, {r['FirstName']}",
            "team": team.get(r["Department"], "outros"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h171-40-members-to-contacts-unsub-text",
    M,
    H,
    """Olá Tiago! Mailchimp members -> HubSpot contacts.
Passo 1: Email Address -> Email.
Passo 2: FNAME -> First Name in title case (every word: a capital first letter, the rest small).
Passo 3: LNAME -> Last Name, copied.
Passo 4: PHONE -> Phone Number; when PHONE is blank, leave Phone Number out.
Passo 5: COMPANY -> Company Name; when it is blank, "Particular".
Passo 6: Unsubscribed from all email = the text "true" when the Mailchimp status is "unsubscribed", otherwise the text "false".
Obrigada!""",
    extended(
        MC,
        mc(
            {"FNAME": "MARIA JOÃO", "LNAME": "Antunes", "PHONE": "  ", "COMPANY": "   "},
            email_address="mj.antunes@gmail.com",
            status="pending",
        ),
        mc(
            {"FNAME": "rui", "LNAME": "", "PHONE": "+351 91 555 0166", "COMPANY": "Barbearia Rui"},
            email_address="rui@barbeariarui.pt",
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
            "lastname": mf["LNAME"],
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Particular"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h171-41-skip-cleaned-vip-customers",
    M,
    H,
    """Olá! Mailchimp -> HubSpot, but no cleaned addresses.
Passo 1: skip members whose status is "cleaned".
Passo 2: Email Address -> Email.
Passo 3: COMPANY -> Company Name (copy).
Passo 4: PHONE -> Phone Number in E.164: "+" and digits; a "+" number keeps its code; no "+" = US, +1 in front (11 digits starting with 1 just get the "+").
Passo 5: when PHONE is blank, no Phone Number at all.
Passo 6: Lifecycle Stage = "customer" for VIP members, "lead" for the others.
Obrigada, Rosa""",
    extended(
        MC,
        mc(
            {"PHONE": "1 305 555 0177", "COMPANY": "Miami Glow"},
            email_address="orders@miamiglow.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": ""},
            email_address="leonor.f@gmail.com",
            status="pending",
            vip=False,
        ),
        mc(
            {"PHONE": "+351 21 555 0155", "COMPANY": "Loja Antiga"},
            email_address="antiga@lojaantiga.pt",
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
            "company": mf["COMPANY"],
            "phone": omit_if_blank(mf["PHONE"], e164),
            "lifecyclestage": "customer" if r["vip"] else "lead",
        }
    )


@case(
    "h171-42-webinar-tag-domain-company",
    M,
    H,
    """Olá Tiago, last one, obrigada!
Mailchimp -> HubSpot.
Passo 1: Email Address -> Email.
Passo 2: First Name = only the first word of FNAME.
Passo 3: Company Name = COMPANY; if COMPANY is blank, the e-mail domain, ou seja the part after the @.
Passo 4: Lifecycle Stage = "marketingqualifiedlead" when the member has the tag "Webinar"; otherwise "subscriber".
Atenção: the tag must be exactly "Webinar" with a capital W; "webinar" in small letters doesn't count.
Exemplo: FNAME "Maria Inês", COMPANY blank, email "mariaines@salaoines.pt" -> First Name "Maria", Company Name "salaoines.pt".
Rosa""",
    extended(
        MC,
        mc(
            {"FNAME": "Maria Inês", "COMPANY": "  "},
            email_address="mariaines@salaoines.pt",
            tags=["Webinar", "Customer"],
        ),
        mc(
            {"FNAME": "Pedro", "COMPANY": ""},
            email_address="pedro@pedrobarber.pt",
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
    build(CASES, Path(__file__).parent / "set171")
