"""Held-out set 161 for the offline mapping drafter.

Persona: Diego Hernández, account director at a marketing agency in Guadalajara, whose first
language is Spanish. He writes every mapping as an annex of a statement of work for a client:
'ANNEX B - Field mapping' style headings, 'Scope:', 'Business rules:' and 'Out of scope:'
sections, rules as lettered clauses ('(a)', '(b)', now and then '(i)', '(ii)') and, in some
annexes, a 'Source field / Target field / Transformation' table aligned with tabs or with runs of
spaces. His English is Spanish-shaped: 'in case the field comes empty', 'it must be sent', 'it is
not sent', 'the value of', 'capital letters', 'only the first name (the first word)', 'assign',
'register' for record, 'actualize' for update, 'conserve' for keep; with legal touches ('shall',
'hereinafter "the Client"').

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
Every case names the destination's match key (authoring.MATCH_KEY_NOTE).
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


def _int(v: str) -> int:
    return int(float(v))


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h161-01-annex-copy-partner-source", H, L, """ANNEX B \u2013 Field mapping
Statement of Work GDL-2024-07 between Agencia Índigo and Mueblería Casa Tapatía, S.A. de C.V. (hereinafter "the Client")

Scope: all the contacts of the HubSpot portal of the Client shall be registered in Salesforce as Leads.

Source field (HubSpot)    Target field (Salesforce Lead)    Transformation
Email                     Email                             none
First Name                First Name                        none
Last Name                 Last Name                         none
Company Name              Company                           none
Job Title                 Title                             none
City                      City                              none
(no source)               Lead Source                       fixed value "Partner"

Business rules:
(a) "none" means that the value of HubSpot is sent exactly as it comes: spaces are not removed and capital letters are not changed.
(b) In case the field comes empty in HubSpot, it must be sent empty to Salesforce as well. The agency shall not complete missing values.
(c) Lead Source is the same for every register, because all these leads come through the partner agency.

Out of scope: phone numbers, street address and the owner of the lead.""",
      extended(HS,
               hs(email="alejandra.orozco@casatapatia.mx", firstname="Alejandra", lastname="Orozco", company="",
                  jobtitle="  ", city=" Zapopan"),
               hs(email="Rodrigo.Anaya@Ferreteria-Anaya.MX", firstname="rodrigo", lastname="ANAYA ",
                  company="Ferretería Anaya", jobtitle="", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Partner"}


@case("h161-02-hot-sale-trim-and-defaults", H, L, """ANNEX B - Field mapping (HubSpot contacts to Salesforce Leads)

Scope: synchronization into Salesforce, as Leads, of the contacts captured in the landing pages of the campaign "Hot Sale 2024" of the Client.

Business rules:
(a) The email is sent to the Email of the Lead as it comes, without any change.
(b) First Name and Last Name: the spaces at the beginning and at the end shall be removed (trim). Nothing else is changed.
(c) Company: in case the field comes empty or only with spaces, it must be sent the text "Independent", because Salesforce does not accept a lead without company. When it has a value, the value is conserved exactly as it comes, without trim.
(d) Title: the value of the Job Title, copied as it comes. In case the Job Title comes empty (or with spaces only), assign "Not specified".

Out of scope: lifecycle stage and lead status; these are managed directly in Salesforce by the sales team of the Client.""",
      extended(HS,
               hs(email="fernanda.ibarra@gmail.com", firstname="  Fernanda", lastname="Ibarra  ", company="   ",
                  jobtitle=""),
               hs(email="hector.valdez@valdez-hnos.mx", firstname="Héctor ", lastname=" Valdez",
                  company=" Valdez Hermanos ", jobtitle="  "),
               hs(email="lucia.camarena@outlook.com", firstname="Lucía", lastname="Camarena", company="",
                  jobtitle=" Gerente ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Independent"), "Title": dflt(r["jobtitle"], "Not specified")}


@case("h161-03-telemarketing-phone-fallback", H, L, """ANNEX B \u2013 Field mapping
Client: Grupo Ópticas del Bajío (hereinafter "the Client")
Object: HubSpot contacts to Salesforce Leads, for the telemarketing campaign of the second semester.

Business rules:
(a) Email: it is sent the value of the HubSpot email, without changes.
(b) First Name and Last Name: each word with the first letter in capital letters and the rest of the letters in lowercase (for example "ANA PAULA" shall be "Ana Paula" and "ramírez" shall be "Ramírez").
(c) Phone of the Lead: the value of Phone Number of HubSpot. In case that field comes empty, the value of Mobile Phone Number is used. In case both come empty (or only with spaces), the Phone is not sent at all, not even as an empty value.
(d) The phone numbers are copied as they come; their format is not changed in this phase.

Out of scope: the Mobile Phone field of Salesforce, the city and the address.""",
      extended(HS,
               hs(email="ana.paula.rios@opticasbajio.mx", firstname="ANA PAULA", lastname="ríos", phone="  ",
                  mobilephone="+52 477 555 0101"),
               hs(email="jorge.ramirez@gmail.com", firstname="jorge", lastname="RAMÍREZ", phone="",
                  mobilephone="  "),
               hs(email="sofia.lara@laralentes.mx", firstname="Sofía", lastname="lara", phone="+52 33 5555 0102",
                  mobilephone="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h161-04-source-table-lower-email", H, L, """ANNEX B \u2013 Field mapping

Scope: Leads of Salesforce created from the HubSpot contacts of the Client.

The Lead Source shall be assigned from the Original Source of HubSpot, as follows:

Original Source (HubSpot)     Lead Source (Salesforce)
ORGANIC_SEARCH                Web
DIRECT_TRAFFIC                Web
PAID_SEARCH                   Advertisement
PAID_SOCIAL                   Advertisement
REFERRALS                     External Referral

Business rules:
(a) For any other value of Original Source, and also in case the field comes empty, the Lead Source shall be "Other".
(b) Email: the value of the email in lowercase (all the letters), because the Client had duplicated leads in Salesforce caused by capital letters.
(c) Company: the company name, copied without changes.

Out of scope: the rest of the HubSpot properties.""",
      extended(HS,
               hs(email="Marco.Villasenor@Tequilera-Altos.MX", company="Tequilera Los Altos",
                  hs_analytics_source="OFFLINE"),
               hs(email="PAOLA.CHAVEZ@GMAIL.COM", company="", hs_analytics_source="  "),
               hs(email="Ivan.Mora@MoraConsult.com", company="Mora Consultores", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="Elisa.Duarte@Duarte.mx", company=" Duarte Textil", hs_analytics_source="DIRECT_TRAFFIC")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "Company": r["company"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h161-05-exclude-subscribers-and-offline", H, L, """ANNEX B \u2013 Field mapping, HubSpot contacts to Salesforce Leads
Scope: Laboratorios Cumbre (hereinafter "the Client") wants in Salesforce only the contacts that its sales team can work.

Business rules:
(a) It is not sent any contact whose Lifecycle Stage is "subscriber"; these registers only receive the newsletter.
(b) It is not sent any contact whose Original Source is "OFFLINE"; these came from the trade fair lists and the Client already registered them in Salesforce by hand.
(c) A contact with the Lifecycle Stage or the Original Source empty is not excluded for that reason; it is sent normally.
(d) For the registers that are sent, Email, First Name, Last Name and Company Name are copied to Email, First Name, Last Name and Company, without changes (empty values are sent empty).
(e) Lead Source shall be "Web" in all the leads.

Out of scope: lead status, rating and owner.""",
      extended(HS,
               hs(email="raul.cervantes@cumbrelab.mx", firstname="Raúl", lastname="Cervantes",
                  company="Laboratorios Cumbre", lifecyclestage="lead", hs_analytics_source="OFFLINE"),
               hs(email="gabriela.nunez@gmail.com", firstname="Gabriela", lastname="Núñez", company="",
                  lifecyclestage="", hs_analytics_source=""),
               hs(email="tomas.aguirre@aguirre.mx", firstname="Tomás", lastname="Aguirre",
                  company="Aguirre Distribuciones", lifecyclestage="subscriber", hs_analytics_source="PAID_SEARCH"),
               hs(email="irma.solis@solis.mx", firstname="Irma", lastname="Solís", company=" ",
                  lifecyclestage="opportunity", hs_analytics_source="  ")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h161-06-revenue-rating-employees-int", H, L, """ANNEX B \u2013 Field mapping
Scope: HubSpot contacts -> Salesforce Leads (Rating and Employees).

Business rules:
(a) The Rating of the Lead is assigned from the Annual Revenue of HubSpot:
    - more than 3,000,000: "Hot";
    - less than 500,000: "Cold";
    - from 500,000 up to 3,000,000: "Warm".
(b) In case the Annual Revenue comes empty, the Rating shall be "Warm" as well.
(c) Employees = Number of Employees, sent as a whole number (integer), not as text. In case the field comes empty, Employees is not sent.
(d) The email goes to the Email of the Lead without change.

Out of scope: the Annual Revenue itself is not sent to the Lead in this phase.""",
      extended(HS,
               hs(email="ernesto.galvan@galvanagro.mx", annualrevenue="450000", numemployees="8"),
               hs(email="monica.pena@penaimport.mx", annualrevenue="  ", numemployees="  "),
               hs(email="alberto.rivas@rivasmetal.mx", annualrevenue="3000000.5", numemployees="1200"),
               hs(email="diana.fuentes@fuentes.mx", annualrevenue="499999.99", numemployees="")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Warm"
    elif v > 3_000_000:
        rating = "Hot"
    elif v < 500_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], _int)})


@case("h161-07-mobile-e164-city-caps", H, L, """ANNEX B \u2013 Field mapping
Client: Clínica Dental Sonrisa Plus, with offices in Texas (hereinafter "the Client"). HubSpot contacts to Salesforce Leads.

Source field           Target field        Transformation
Email                  Email               it is copied as it comes
Mobile Phone Number    Mobile Phone        E.164 format, see rule (a)
City                   City                capital letter at the start of each word, see rule (b)

Business rules:
(a) E.164: the phone is sent with "+", the country code and only the digits. The numbers of the Client without "+" are from the United States, so "+1" is put before the digits; if the number already has 11 digits starting with 1, only the "+" is added. A number that already starts with "+" conserves its own country code. In case the mobile comes empty or with spaces only, the Mobile Phone is not sent.
(b) City: the first letter of each word in capital letters and the other letters in lowercase ("SAN ANTONIO" -> "San Antonio").

Out of scope: the Phone of the Lead (office phone) is not sent.""",
      extended(HS,
               hs(email="carmen.ortiz@sonrisaplus.com", mobilephone="1 (210) 555-0143", city="SAN ANTONIO"),
               hs(email="luis.benitez@gmail.com", mobilephone="   ", city="el paso"),
               hs(email="regina.tapia@tapia.mx", mobilephone="+52 33 5555 0199", city="guadalajara")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], e164), "City": title(r["city"])})


@case("h161-08-mexico-only-description", H, L, """ANNEX C \u2013 Field mapping for the leads of Mexico
Scope: only the HubSpot contacts whose Country/Region is exactly "Mexico" shall be sent to Salesforce as Leads. The contacts of any other country, and the ones with the Country/Region empty, are not sent.

Business rules:
(a) Email: copied from the HubSpot email.
(b) Last Name: in capital letters (the whole value), e.g. "Garcia" -> "GARCIA".
(c) Description: the Create Date of the contact in format YYYY-MM-DD, followed by " | " (space, vertical bar, space) and then the Lifecycle Stage as it comes. Example: "2022-11-20 | customer".

Out of scope: First Name and Company; the sales team actualizes them in Salesforce, not this integration.""",
      extended(HS,
               hs(email="esteban.quintero@quintero.mx", lastname="Quintero", country="Mexico",
                  lifecyclestage="lead", createdate="2024-04-30T12:15:00.000Z"),
               hs(email="valeria.montes@montes.com.gt", lastname="Montes", country="Guatemala",
                  lifecyclestage="lead", createdate="2024-05-02T12:00:00.000Z"),
               hs(email="pablo.cardenas@gmail.com", lastname="Cárdenas Ruiz", country="Mexico",
                  lifecyclestage="opportunity", createdate="2023-09-15T13:40:00.000Z"),
               hs(email="nadia.robles@robles.mx", lastname="Robles", country="", lifecyclestage="customer",
                  createdate="2024-01-10T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "Mexico":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{day(r['createdate'])} | {r['lifecyclestage']}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h161-09-mailing-address-tab-table", H, C, """ANNEX B \u2013 Field mapping
Scope: the HubSpot contacts of the Client are registered in Salesforce as Contacts, with their mailing address.

Source field\tTarget field\tTransformation
Email\tEmail\tnone
Last Name\tLast Name\tnone
Street Address\tMailing Street\tnone
City\tMailing City\tnone
State/Region\tMailing State/Province\tnone
Postal Code\tMailing Zip/Postal Code\tnone
Country/Region\tMailing Country\tnone

Business rules:
(a) All the values are copied exactly as they come from HubSpot (no trim, no change of capital letters).
(b) In case a field comes empty, it is sent empty; the Mailing fields are not completed with any default value.

Out of scope: the Other address fields of Salesforce (Other Street, Other City, etc.).""",
      extended(HS,
               hs(email="oscar.delgado@delgado.mx", lastname="Delgado", address="Av. Vallarta 1525 ",
                  city="Guadalajara", state="Jalisco", zip="44140", country="Mexico"),
               hs(email="teresa.luna@gmail.com", lastname="Luna", address="", city=" Tlaquepaque", state="  ",
                  zip="", country="Mexico")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h161-10-consent-flags-blank-rules", H, C, """ANNEX B \u2013 Field mapping (HubSpot -> Salesforce Contacts), consent flags
Scope: Email, Last Name and the two flags of contact preferences.

Business rules:
(a) Email and Last Name: copied without changes.
(b) Email Opt Out shall be true when the HubSpot property "Unsubscribed from all email" has the value "true", and false when it has "false". In case the property comes empty, Email Opt Out shall be false (the Client confirms that these contacts accepted its privacy notice).
(c) Do Not Call shall be true only in case the contact has no Phone Number and no Mobile Phone Number (both empty or with spaces only). If the contact has at least one of the two, Do Not Call is false.

Out of scope: the phone numbers themselves are not sent.""",
      extended(HS,
               hs(email="jaime.pacheco@pacheco.mx", lastname="Pacheco", hs_email_optout="  ", phone="",
                  mobilephone=""),
               hs(email="rosa.medina@medina.mx", lastname="Medina", hs_email_optout="true", phone="   ",
                  mobilephone=""),
               hs(email="beto.serrano@gmail.com", lastname="Serrano", hs_email_optout="", phone="",
                  mobilephone="+52 33 5555 0123"),
               hs(email="olga.ramos@ramos.mx", lastname="Ramos", hs_email_optout="false", phone="  ",
                  mobilephone="  ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h161-11-last-name-chain-local-part", H, C, """ANNEX B \u2013 Field mapping, HubSpot to Salesforce Contacts
Scope: the online shop of the Client creates contacts in HubSpot with incomplete names, and Salesforce requires a Last Name in every Contact.

Business rules:
(a) Email and First Name are copied without change.
(b) The Last Name shall be filled in this order: the Last Name of HubSpot; in case it comes empty, the First Name; in case the First Name also comes empty, the part of the email that is before the "@" (for "ventas.gdl@tienda.mx" it is "ventas.gdl").
(c) A value with only spaces is considered empty for rule (b).

Out of scope: Company Name (the account is assigned manually by the Client).""",
      extended(lower_emails(HS),
               hs(email="ventas.gdl@tiendaluna.mx", firstname="", lastname=""),
               hs(email="karla.m@gmail.com", firstname="Karla", lastname="  "),
               hs(email="pedidos@ceramicatonala.mx", firstname="  ", lastname=" "),
               hs(email="ulises.rangel@rangel.mx", firstname="Ulises", lastname="Rangel")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h161-12-stage-description-state-caps", H, C, """ANNEX B \u2013 Field mapping
Scope: HubSpot contacts -> Salesforce Contacts (description and state).

Business rules:
(a) The Contact Description takes the Lifecycle Stage of HubSpot, translated with this table:

    subscriber               Newsletter subscriber
    lead                     Lead
    marketingqualifiedlead   Marketing qualified lead
    salesqualifiedlead       Sales qualified lead
    opportunity              Open opportunity
    customer                 Customer

    The Client confirms that its HubSpot portal only uses these six stages.
(b) Mailing State/Province: the value of State/Region in capital letters. In case the State/Region comes empty, the Mailing State/Province is not sent.
(c) Email: as it comes from HubSpot.

Out of scope: Mailing Country and Mailing City.""",
      extended(HS,
               hs(email="adriana.soto@soto.mx", lifecyclestage="opportunity", state="jal"),
               hs(email="felipe.vargas@vargas.mx", lifecyclestage="lead", state="  "),
               hs(email="nora.leal@leal.mx", lifecyclestage="customer", state="Nuevo León")))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "Marketing qualified lead",
             "salesqualifiedlead": "Sales qualified lead", "opportunity": "Open opportunity", "customer": "Customer"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h161-13-paid-social-only-mobile", H, C, """ANNEX D \u2013 Field mapping for the campaign "Verano en Redes"
Scope: only the HubSpot contacts whose Original Source is "PAID_SOCIAL" shall be registered in Salesforce as Contacts. All the other contacts, including the ones with the Original Source empty, are out of this flow.

Business rules:
(a) Email: in lowercase.
(b) Mobile Phone: the Mobile Phone Number of HubSpot; in case it comes empty, the Phone Number is used instead. It is copied as it comes, without format.
(c) Lead Source: "Advertisement" for all the registers of this flow.

Out of scope: the names and the address (the Client completes them in the second phase).""",
      extended(HS,
               hs(email="Marisol.Herrera@Herrera.MX", hs_analytics_source="PAID_SOCIAL", mobilephone="  ",
                  phone="+52 33 5555 0145"),
               hs(email="DAVID.ZUNIGA@GMAIL.COM", hs_analytics_source="PAID_SOCIAL", mobilephone="+52 1 33 5555 0146",
                  phone="33 5555 0147"),
               hs(email="Elena.Pardo@Pardo.mx", hs_analytics_source="PAID_SEARCH", mobilephone="+52 33 5555 0148"),
               hs(email="Omar.Lozano@Lozano.mx", hs_analytics_source="", mobilephone="+52 33 5555 0149")))
def o13(r: R) -> Out:
    if r["hs_analytics_source"] != "PAID_SOCIAL":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Advertisement"}


@case("h161-14-names-title-country-spanish", H, C, """ANNEX B \u2013 Field mapping, HubSpot -> Salesforce Contacts
Scope: the Salesforce of the Client is used by its team in Guadalajara, so the country is registered in Spanish.

Source field       Target field       Transformation
Email              Email              none
First Name         First Name         capital first letter in each word, the rest lowercase
Last Name          Last Name          capital first letter in each word, the rest lowercase
Job Title          Title              trim (spaces at the beginning and at the end removed)
Country/Region     Mailing Country    table of rule (a)

Business rules:
(a) Table of countries:
    United States -> Estados Unidos
    Mexico -> México
    Japan -> Japón
    France -> Francia
    any other country, or in case the Country/Region comes empty -> Otro
(b) "none" means copied without any change.

Out of scope: Mailing City and Mailing State/Province.""",
      extended(HS,
               hs(email="ana.sofia.barrera@barrera.mx", firstname="ANA SOFÍA", lastname="barrera",
                  jobtitle="  Gerente de Compras ", country="Mexico"),
               hs(email="liam.brennan@maplefoods.ca", firstname="liam", lastname="BRENNAN", jobtitle="   ",
                  country="Canada"),
               hs(email="ivan.rojas@rojas.mx", firstname="Iván", lastname="Rojas", jobtitle="Director", country="  ")))
def o14(r: R) -> Out:
    table = {"United States": "Estados Unidos", "Mexico": "México", "Japan": "Japón", "France": "Francia"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "MailingCountry": table.get(r["country"], "Otro")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h161-15-audience-language-es-default", H, M, """ANNEX B \u2013 Field mapping, HubSpot contacts to the Mailchimp audience "Clientes Jalisco"

Source field (HubSpot)     Target field (Mailchimp)     Transformation
Email                      Email Address                none
First Name                 FNAME (merge field)          none
Last Name                  LNAME (merge field)          none
Preferred language         Language                     default "es", rule (b)
(fixed)                    Subscription status          "subscribed"

Business rules:
(a) "none": the value is copied as it comes; if it comes empty, it is sent empty.
(b) Many contacts of the Client do not have the property Preferred language at all, or have it empty. In those cases the Language must be "es". When it has a value, that value is sent as it comes.
(c) The Subscription status is "subscribed" for every register (the Client has the consent in its own system).

Out of scope: tags and VIP.""",
      extended(HS,
               hs(email="gustavo.mejia@mejia.mx", firstname="Gustavo", lastname="", hs_language="en"),
               hs(email="patricia.uribe@uribe.mx", firstname="", lastname="Uribe", hs_language="  "),
               hs(email="jean.martin@martin.fr", firstname="Jean", lastname="Martin", hs_language="fr"),
               hs(email="karen.solorzano@solorzano.mx", firstname="Karen", lastname="Solórzano", hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "es"), "status": "subscribed"}


@case("h161-16-status-three-ways-migration-tag", H, M, """ANNEX B \u2013 Field mapping
Scope: HubSpot contacts of the Client -> members of its Mailchimp audience.

Business rules:
(a) Email Address: the email of HubSpot, without change.
(b) The Subscription status depends on "Unsubscribed from all email" of HubSpot:
    (i) value "true": status "unsubscribed";
    (ii) value "false": status "subscribed";
    (iii) in case the property comes empty: status "pending", so that Mailchimp sends the confirmation email (double opt-in).
(c) Tags: every member shall receive one tag only, "Migración HubSpot".

Out of scope: the merge fields; they are loaded in a later annex.""",
      extended(HS,
               hs(email="ximena.rocha@rocha.mx", hs_email_optout="   "),
               hs(email="mauricio.pinto@pinto.mx", hs_email_optout="true"),
               hs(email="ines.cortes@cortes.mx", hs_email_optout="false")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Migración HubSpot"]}


@case("h161-17-size-and-food-tags", H, M, """ANNEX B \u2013 Field mapping, tags for Mailchimp
Scope: the HubSpot contacts are sent to Mailchimp with the Email Address (the HubSpot email, as it comes) and with tags.

Business rules:
(a) If the Number of Employees is more than 100, the member receives the tag "Empresa grande".
(b) If the Industry is exactly "Food", the member receives the tag "Alimentos".
(c) When both rules apply, the tags go in this order: first "Empresa grande", then "Alimentos". When none applies, the tags shall be an empty list.
(d) In case the Number of Employees comes empty, rule (a) does not apply (there is no tag "Empresa grande").

Out of scope: status and merge fields.""",
      extended(HS,
               hs(email="arturo.leon@panaderialeon.mx", numemployees="340", industry="Food"),
               hs(email="carla.vega@vega.mx", numemployees="100.5", industry="food"),
               hs(email="mario.ochoa@ochoa.mx", numemployees="99", industry="Food"),
               hs(email="silvia.parra@parra.mx", numemployees="  ", industry="Retail")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Empresa grande")
    if r["industry"] == "Food":
        tags.append("Alimentos")
    return {"email_address": r["email"], "tags": tags}


@case("h161-18-sms-first-word-phone-e164", H, M, """ANNEX B \u2013 Field mapping, HubSpot -> Mailchimp (SMS program of the Client)

Business rules:
(a) Email Address = the email of HubSpot, as it comes.
(b) FNAME: only the first name (the first word) of the First Name. Example: "José Luis" -> "José".
(c) PHONE: the Phone Number of HubSpot; in case it comes empty, the Mobile Phone Number. The number must be sent in E.164: "+", country code and digits only. A number that starts with "+" conserves its country code; a number without "+" is of the United States and receives "+1" (in case it has 11 digits starting with 1, only the "+" is put).
(d) The Client guarantees that every contact has at least one of the two phones.

Out of scope: LNAME and the address.""",
      extended(HS,
               hs(email="jose.luis.pena@pena.mx", firstname="José Luis", phone="  ", mobilephone="+52 1 33 5555 0188"),
               hs(email="mary.kate.lee@leeco.com", firstname="  Mary Kate", phone="1-312-555-0166", mobilephone=""),
               hs(email="r.alvarez@alvarez.mx", firstname="Ramón", phone="+52 33 5555 0177", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h161-19-skip-nameless-vip-stage", H, M, """ANNEX B \u2013 Field mapping
Scope: the Mailchimp audience "Boletín Mayoristas" of the Client, fed from the HubSpot contacts.

Business rules:
(a) The contacts without First Name (empty, or only with spaces) are not sent to Mailchimp, because the newsletter is personalized with the name.
(b) For the rest: Email Address = the HubSpot email; FNAME = the First Name, copied as it comes.
(c) Language: "es" for all the members.
(d) VIP: true when the Lifecycle Stage is "customer" or "evangelist"; for any other stage, or in case the stage comes empty, false.

Out of scope: tags.""",
      extended(HS,
               hs(email="compras@distribuidora-sol.mx", firstname="", lifecyclestage="customer"),
               hs(email="info.mayoreo@gmail.com", firstname="   ", lifecyclestage="lead"),
               hs(email="alicia.ponce@ponce.mx", firstname="Alicia", lifecyclestage="evangelist"),
               hs(email="bruno.silva@silva.mx", firstname=" Bruno", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "language": "es",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h161-20-names-domain-company-vip", H, M, """ANNEX B \u2013 Field mapping, HubSpot -> Mailchimp merge fields

Source field          Target field       Transformation
Email                 Email Address      none
First Name            FNAME              first letter of each word in capital letters, the rest lowercase
Last Name             LNAME              the same as FNAME
Company Name          COMPANY            see rule (a)
Annual Revenue        VIP                see rule (b)

Business rules:
(a) COMPANY is the Company Name; in case it comes empty, it is assigned the domain of the email, this is the part after the "@" (for "compras@hotelcabanas.mx": "hotelcabanas.mx").
(b) VIP is true when the Annual Revenue is more than 5,000,000; otherwise false. In case the revenue comes empty, VIP is false.

Out of scope: the subscription status.""",
      extended(lower_emails(HS),
               hs(email="compras@hotelcabanas.mx", firstname="MARÍA JOSÉ", lastname="cabañas", company="   ",
                  annualrevenue="5000000.01"),
               hs(email="leo.garza@garza.mx", firstname="leo", lastname="GARZA", company="Garza Motors",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h161-21-identify-lower-id-name-comma", H, S, """ANNEX B \u2013 Field mapping, HubSpot contacts -> Segment (identify calls)

Business rules:
(a) userId: the email of HubSpot in lowercase.
(b) traits.firstName = First Name, traits.lastName = Last Name, traits.title = Job Title. These are copied as they come, also when they come empty.
(c) traits.name: the Last Name, a comma and a space, and then the First Name. Example: "Raman, Priya".

Out of scope: traits.email and the address.""",
      extended(HS,
               hs(email="Arturo.Nava@Nava.MX", firstname="Arturo", lastname="Nava", jobtitle="  "),
               hs(email="GLORIA.IBARRA@GMAIL.COM", firstname="Gloria", lastname="Ibarra Ruiz", jobtitle="Socia")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['lastname']}, {r['firstname']}"}}


@case("h161-22-company-object-default-omit", H, S, """ANNEX B \u2013 Field mapping
Scope: Segment identify calls for the HubSpot contacts, with the company of the contact as the nested object traits.company.

Business rules:
(a) userId = the email of HubSpot, without change.
(b) traits.company.name = Company Name. In case it comes empty, assign "Individual".
(c) traits.company.industry = Industry. In case it comes empty, the industry is not sent.
(d) traits.company.employee_count = Number of Employees as an integer. In case it comes empty, it is not sent either.

Out of scope: the plan and the id of the company.""",
      extended(HS,
               hs(email="valentina.rey@gmail.com", company="  ", industry="   ", numemployees="  "),
               hs(email="german.cruz@cruzlogistica.mx", company="Cruz Logística", industry="Logistics",
                  numemployees="2300")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], _int)}}})


@case("h161-23-address-state-optional-phone", H, S, """ANNEX B \u2013 Field mapping
Scope: identify calls of Segment from the HubSpot contacts, with address and phone.

Source field          Target field                   Transformation
Email                 userId                         none
Street Address        traits.address.street          none
City                  traits.address.city            none
State/Region          traits.address.state           only if it has a value, rule (a)
Postal Code           traits.address.postalCode      none
Country/Region        traits.address.country         none
Mobile / Phone        traits.phone                   E.164, rule (b)

Business rules:
(a) In case the State/Region comes empty, traits.address.state is not sent.
(b) traits.phone is the Mobile Phone Number; in case it comes empty, the Phone Number. Format E.164: "+", country code and digits. A number without "+" is from the United States ("+1" in front, except when it already has 11 digits starting with 1: then only the "+"); a number with "+" conserves its code. In case both phones come empty, traits.phone is not sent.
(c) "none" = copied as it comes, including the empty values.""",
      extended(HS,
               hs(email="sergio.mendez@mendez.mx", address="", city="Zapopan", state="  ", zip="45010",
                  country="Mexico", mobilephone="", phone=""),
               hs(email="amy.carter@carterinc.com", address="77 Main St", city="Austin", state="TX", zip="78701",
                  country="United States", mobilephone="   ", phone="1 512 555 0175")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                                        "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h161-24-clean-id-unsubscribed-revenue", H, S, """ANNEX B \u2013 Field mapping (Segment)

Business rules:
(a) userId: the HubSpot email, cleaned: the spaces at the beginning and at the end are removed and all the letters go in lowercase.
(b) traits.industry: the Industry, copied as it comes.
(c) traits.unsubscribed: true when "Unsubscribed from all email" is "true", and also in case it comes empty (the Client prefers not to contact persons without a clear consent); false only when it is "false".
(d) traits.annual_revenue: the Annual Revenue as a number. In case it comes empty, it is not sent.

Out of scope: names and phones.""",
      extended(HS,
               hs(email="  Rebeca.Solano@Solano.MX ", industry="  ", hs_email_optout="  ", annualrevenue="   "),
               hs(email="Hugo.Trejo@gmail.com ", industry="Construction", hs_email_optout="false",
                  annualrevenue="150000.5")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "unsubscribed": r["hs_email_optout"] != "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h161-25-ga4-sync-event-source-date", H, G, """ANNEX B \u2013 Field mapping, HubSpot -> Google Analytics 4 (Measurement Protocol)
Scope: one event for each HubSpot contact.

Target                      Value
client_id                   the email of HubSpot, as it comes
event name                  always "crm_lead_sync"
param platform              always "hubspot"
param source                the Original Source in lowercase, rule (a)
param signup_date           the Create Date, only the date: YYYY-MM-DD

Business rules:
(a) The source is sent in lowercase letters (ORGANIC_SEARCH -> organic_search). In case the Original Source comes empty, the param source shall be "unknown".
(b) All the params go inside the only event of the register.""",
      extended(HS,
               hs(email="lorena.aviles@aviles.mx", hs_analytics_source="  ", createdate="2024-03-21T12:30:00.000Z"),
               hs(email="cesar.ochoa@ochoa.mx", hs_analytics_source="SOCIAL_MEDIA",
                  createdate="2024-10-01T14:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_lead_sync",
                        "params": {"platform": "hubspot", "source": "unknown" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h161-26-ga4-high-value-revenue", H, G, """ANNEX B \u2013 Field mapping, GA4 events for contacts of high value
Scope: only the contacts with an Annual Revenue of more than 1,000,000 generate an event. The contacts with the Annual Revenue empty do not generate any event.

Business rules:
(a) client_id: the part of the HubSpot email before the "@" (for "ana.lopez@empresa.mx" it is "ana.lopez").
(b) Event name: "high_value_lead", the same for all.
(c) Param value: the Annual Revenue as a number.
(d) Param currency: always "MXN".

Out of scope: user_id and user_properties.""",
      extended(lower_emails(HS),
               hs(email="ana.lopez@empresa.mx", annualrevenue="1000000.01"),
               hs(email="ramon.beltran@beltran.mx", annualrevenue="   "),
               hs(email="olga.farias@farias.mx", annualrevenue="999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "MXN"}}]}


@case("h161-27-ga4-signup-or-contact", H, G, """ANNEX B \u2013 Field mapping, HubSpot -> GA4

Business rules:
(a) client_id = the email of HubSpot, as it comes.
(b) The event name depends on the Lifecycle Stage: "newsletter_signup" when the stage is "subscriber"; for any other stage, and in case the stage comes empty, "crm_contact".
(c) Param job_title: the Job Title; in case it comes empty, "not_set".
(d) Param company: the Company Name, copied as it comes (an empty one is sent empty).

Out of scope: timestamp_micros (GA4 assigns the time of reception).""",
      extended(HS,
               hs(email="mariana.cano@cano.mx", lifecyclestage="subscriber", jobtitle="  ", company=""),
               hs(email="joel.rios@rios.mx", lifecyclestage="", jobtitle="Comprador", company="Ríos y Asociados")))
def o27(r: R) -> Out:
    name = "newsletter_signup" if r["lifecyclestage"] == "subscriber" else "crm_contact"
    return {"client_id": r["email"],
            "events": [{"name": name,
                        "params": {"job_title": dflt(r["jobtitle"], "not_set"), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h161-28-inverse-flow-tab-copies", L, H, """ANNEX B \u2013 Field mapping (inverse flow: Salesforce Leads -> HubSpot contacts)
Scope: the Leads that the sales team of the Client registers in Salesforce are replicated in HubSpot.

Salesforce Lead\tHubSpot contact\tTransformation
Email\tEmail\tnone
First Name\tFirst Name\tnone
Last Name\tLast Name\tnone
Company\tCompany Name\tnone
Title\tJob Title\tnone
Phone\tPhone Number\tnone
Street\tStreet Address\tnone
Zip/Postal Code\tPostal Code\tnone
Country\tCountry/Region\tnone

Business rules:
(a) No transformation is applied: the values are copied exactly as they come, and the empty values are sent empty to HubSpot as well.

Out of scope: City, Lead Status and Rating.""",
      extended(SFL,
               sfl(Email="cristina.paz@paz.mx", FirstName="Cristina", LastName="Paz", Company="", Title="  ",
                   Phone="", Street=" Av. Chapultepec 15", PostalCode="", Country="Mexico")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h161-29-status-table-optout-text", L, H, """ANNEX B \u2013 Field mapping, Salesforce Leads -> HubSpot

Business rules:
(a) The Email of HubSpot = the Email of the Lead.
(b) The Lead Status of HubSpot is assigned from the Lead Status of Salesforce:
    Open - Not Contacted      -> NEW
    Working - Contacted       -> ATTEMPTED_TO_CONTACT
    Closed - Converted        -> OPEN_DEAL
    Closed - Not Converted    -> UNQUALIFIED
    (in the org of the Client there are no other statuses)
(c) "Unsubscribed from all email" shall be sent as the text "true" when Email Opt Out is checked in Salesforce, and as the text "false" when it is not checked.

Out of scope: names and company.""",
      extended(SFL,
               sfl(Email="hilda.murillo@murillo.mx", Status="Closed - Converted", HasOptedOutOfEmail=True),
               sfl(Email="raul.bravo@bravo.mx", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h161-30-rating-stage-revenue-number", L, H, """ANNEX B \u2013 Field mapping
Scope: Salesforce Leads -> HubSpot contacts (stage and revenue).

Rating (Salesforce)     Lifecycle Stage (HubSpot)
Hot                     opportunity
Warm                    salesqualifiedlead
Cold                    marketingqualifiedlead

Business rules:
(a) The leads of the Client always have one of these three ratings.
(b) Annual Revenue: it is sent as a number. In case it comes empty, the Annual Revenue is not sent (to conserve the value that HubSpot already has).
(c) Email: the Email of the Lead in lowercase.""",
      extended(SFL,
               sfl(Email="Joaquin.Esparza@Esparza.MX", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="LETICIA.NAVA@GMAIL.COM", Rating="Cold", AnnualRevenue="275000.25")))
def o30(r: R) -> Out:
    table = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "marketingqualifiedlead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h161-31-london-office-uk-phone", L, H, """ANNEX E \u2013 Field mapping for the London office of the Client
Scope: only the Leads with the Country exactly "United Kingdom" are sent to HubSpot. The Leads of other countries are out of this flow.

Business rules:
(a) Phone Number: the Phone of the Lead in E.164 for the United Kingdom: "+44" followed by the digits, removing the 0 at the beginning of the national number (020 7946 0321 -> +442079460321). When the number already starts with "+", it conserves its code and only the digits are kept after the "+".
(b) Postal Code: the Zip/Postal Code in capital letters.
(c) Company Name: the Company; in case it comes empty, "Independent".
(d) Email: the Email of the Lead, without change.

Out of scope: the Street and the City of the Lead.""",
      extended(SFL,
               sfl(Email="harriet.cole@colefinch.co.uk", Country="United Kingdom", Phone="0161 496 0777",
                   PostalCode="m2 3ab", Company=""),
               sfl(Email="ravi.patel@patelco.co.uk", Country="United Kingdom", Phone="+44 20 7946 0999",
                   PostalCode="sw1a 1aa", Company="  "),
               sfl(Email="mateo.ruiz@ruiz.mx", Country="Mexico", Phone="+52 33 5555 0111", PostalCode="44100")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Independent")}


@case("h161-32-skip-cold-city-country", L, H, """ANNEX B \u2013 Field mapping, Salesforce Leads -> HubSpot
Scope: all the Leads, except the ones with Rating "Cold", which are not sent. The Leads with the Rating empty are sent normally.

Business rules:
(a) Email = the Email of the Lead.
(b) Job Title = Title; in case it comes empty, assign "Not informed".
(c) The City of HubSpot: the City, a comma, a space and the Country (for example "Chicago, United States"). In case the Country comes empty, only the City is sent, without the comma.

Out of scope: the Street.""",
      extended(SFL,
               sfl(Email="lourdes.campos@campos.mx", Rating="Warm", City="Guadalajara", Country="  ", Title="  "),
               sfl(Email="victor.salas@salas.mx", Rating="", City="León", Country="Mexico", Title="Director"),
               sfl(Email="compras@frioexpress.mx", Rating="Cold", City="Puebla", Country="", Title="")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    city = r["City"] if blank(r["Country"]) else f"{r['City']}, {r['Country']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not informed"), "city": city}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h161-33-optout-status-tech-tag", C, M, """ANNEX B \u2013 Field mapping, Salesforce Contacts -> Mailchimp

Business rules:
(a) Email Address: the Email of the Contact in lowercase.
(b) Subscription status: "unsubscribed" when Email Opt Out is checked; "subscribed" when it is not checked.
(c) Tags: every member receives the tag "Salesforce". Additionally, when the Department is exactly "Engineering", the tag "Tech team" is added after "Salesforce".

Out of scope: the merge fields.""",
      extended(SFC,
               sfc(Email="Karina.Olmos@Olmos.MX", Department="Engineering", HasOptedOutOfEmail=True),
               sfc(Email="PEDRO.LEYVA@GMAIL.COM", Department="engineering", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Tech team"] if r["Department"] == "Engineering" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h161-34-sms-skip-no-phone-language", C, M, """ANNEX B \u2013 Field mapping, Salesforce Contacts -> Mailchimp (SMS audience)
Scope: the Contacts without Business Phone (empty or only spaces) are not sent.

Business rules:
(a) Email Address = the Email, as it comes.
(b) PHONE (merge field): the Business Phone in E.164 ("+", country code and digits). The numbers without "+" are from the United States: "+1" is added, or only the "+" when the number already has 11 digits starting with 1. The numbers with "+" conserve their code.
(c) Language, from the Mailing Country:
    Germany         de
    Austria         de
    United States   en
    Mexico          es
    Spain           es
    (no other countries exist in the Contacts of the Client)""",
      extended(SFC,
               sfc(Email="rocio.ayala@ayala.mx", Phone="+52 33 5555 0190", MailingCountry="Mexico"),
               sfc(Email="jordi.puig@puig.es", Phone="  ", MailingCountry="Spain"),
               sfc(Email="nick.hale@halefarm.com", Phone="1 (541) 555 0120", MailingCountry="United States"),
               sfc(Email="marta.gil@gil.es", Phone="+34 91 555 0101", MailingCountry="Spain")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Mexico": "es", "Spain": "es"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h161-35-cliente-default-sales-vip", C, M, """ANNEX B \u2013 Field mapping
Scope: Salesforce Contacts -> the Mailchimp audience "Clientes".

Source field          Target field         Transformation
Email                 Email Address        none
First Name            FNAME                "Cliente" in case it comes empty
Last Name             LNAME                none (empty goes empty)
Department            VIP                  true only when the Department is exactly "Sales"
(fixed)               Email type           "html"

Business rules:
(a) For VIP: with any other Department, or in case the Department comes empty, VIP is false.
(b) When the First Name has a value, it is copied as it comes.""",
      extended(SFC,
               sfc(Email="norma.rivera@rivera.mx", FirstName="", LastName="Rivera", Department="Sales"),
               sfc(Email="quique.lara@lara.mx", FirstName="  ", LastName="", Department="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Cliente"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "email_type": "html"}


@case("h161-36-web-only-clear-tags", C, M, """ANNEX B \u2013 Field mapping
Scope: only the Contacts whose Lead Source is "Web" shall be sent to Mailchimp. The others (other sources, or the source empty) are not sent.

Business rules:
(a) Email Address, FNAME and LNAME are copied from Email, First Name and Last Name, as they come.
(b) Subscription status: "subscribed"; Language: "es". Both are fixed for all the members.
(c) Tags: it must be sent an empty list ([]), to clear the tags that the members have from the previous agency.

Out of scope: the phones.""",
      extended(SFC,
               sfc(Email="diego.trevino@trevino.mx", FirstName="Diego", LastName="", LeadSource="Web"),
               sfc(Email="ofelia.marin@marin.mx", FirstName="Ofelia", LastName="Marín", LeadSource="Partner"),
               sfc(Email="samuel.ortega@ortega.mx", FirstName="Samuel", LastName="Ortega", LeadSource="  ")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "es", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h161-37-identify-department-optional", C, S, """ANNEX B \u2013 Field mapping, Salesforce Contacts -> Segment identify

Business rules:
(a) userId: the Email in lowercase.
(b) traits.firstName, traits.lastName and traits.title: the First Name, Last Name and Title, copied; when they come empty, they are sent empty.
(c) traits.department: the Department, but only in case it has a value. In case the Department comes empty, this trait is not sent.

Out of scope: phone and address.""",
      extended(SFC,
               sfc(Email="Julio.Cardona@Cardona.MX", FirstName="Julio", LastName="Cardona", Title="  ",
                   Department="  "),
               sfc(Email="ADELA.RUIZ@RUIZ.MX", FirstName="Adela", LastName="Ruiz", Title="", Department="Marketing")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "department": omit_if_blank(r["Department"])}})


@case("h161-38-address-city-unknown-trim", C, S, """ANNEX B \u2013 Field mapping
Scope: Segment identify from the Salesforce Contacts, with the address in traits.address.

Business rules:
(a) userId = the Email, without change.
(b) traits.address.city = Mailing City; in case it comes empty, "Unknown".
(c) traits.address.country = Mailing Country, with the spaces at the beginning and at the end removed.

Out of scope: the street and the postal code.""",
      extended(SFC,
               sfc(Email="emilio.pineda@pineda.mx", MailingCity="", MailingCountry=" Mexico "),
               sfc(Email="sara.tello@tello.mx", MailingCity="   ", MailingCountry="Mexico  "),
               sfc(Email="bea.navarro@navarro.mx", MailingCity=" Tonalá", MailingCountry="Mexico")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h161-39-phone-full-name-channel", C, S, """ANNEX B \u2013 Field mapping, Salesforce Contacts -> Segment

Business rules:
(a) userId: the Email.
(b) traits.phone: the Business Phone in E.164, this is "+", country code and digits. A number without "+" is from the United States and gets "+1" (if it already has 11 digits starting with 1, only the "+"); a number with "+" conserves its own code.
(c) traits.name: First Name + " " + Last Name.
(d) traits.channel, from the Lead Source:
    Web -> online
    Trade Show -> event
    Partner Referral -> partner
    any other source, or in case it comes empty -> other""",
      extended(SFC,
               sfc(Email="raquel.dominguez@dominguez.mx", FirstName="Raquel", LastName="Domínguez",
                   LeadSource="Partner Referral", Phone="1 (415) 555 0161"),
               sfc(Email="ivan.pardo@pardo.mx", FirstName="Iván", LastName="Pardo", LeadSource="Advertisement",
                   Phone="+52 33 5555 0171")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h161-40-members-names-optout-text", M, H, """ANNEX B \u2013 Field mapping, Mailchimp -> HubSpot

Source (Mailchimp)    Target (HubSpot)                 Transformation
Email Address         Email                            none
FNAME                 First Name                       capital letter at the start of each word, the rest lowercase
LNAME                 Last Name                        the same as First Name
PHONE                 Phone Number                     copied; not sent in case it comes empty
COMPANY               Company Name                     "Individual customer" in case it comes empty
status                Unsubscribed from all email      text, rule (a)

Business rules:
(a) "Unsubscribed from all email" is sent as the text "true" when the status is "unsubscribed" or "cleaned", and as the text "false" for any other status.
(b) "none" means copied without changes.""",
      extended(MC,
               mc({"FNAME": "LUZ MARÍA", "LNAME": "ESCOBEDO", "PHONE": "  ", "COMPANY": "  "},
                  email_address="luz.escobedo@escobedo.mx", status="pending"),
               mc({"FNAME": "rafael", "LNAME": "medrano", "PHONE": "+52 33 5555 0155", "COMPANY": "Medrano Textil"},
                  email_address="rafael.medrano@medranotextil.mx", status="transactional")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Individual customer"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h161-41-skip-unsubscribed-vip-status", M, H, """ANNEX B \u2013 Field mapping
Scope: Mailchimp members -> HubSpot contacts. The members with status "unsubscribed" are not sent to HubSpot.

Business rules:
(a) Email = the Email Address.
(b) Phone Number = PHONE in E.164 ("+", country code, digits). A PHONE without "+" is from the United States: "+1" in front, or only "+" when it has 11 digits starting with 1. A PHONE with "+" conserves its own code. In case PHONE comes empty, the Phone Number is not sent.
(c) Company Name = COMPANY, copied as it comes.
(d) Lead Status: "OPEN_DEAL" when the member is VIP; "NEW" when it is not VIP.""",
      extended(MC,
               mc({"PHONE": "1 646 555 0122", "COMPANY": "Panadería Luna"}, email_address="pedidos@panaderialuna.mx",
                  status="pending", vip=False),
               mc({"PHONE": "   ", "COMPANY": ""}, email_address="gerencia@hotelmaya.mx", status="subscribed",
                  vip=True),
               mc({"PHONE": "+52 33 5555 0133"}, email_address="ex.cliente@correo.mx", status="unsubscribed",
                  vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW"})


@case("h161-42-first-word-domain-customer-tag", M, H, """ANNEX B \u2013 Field mapping
Scope: Mailchimp members -> HubSpot contacts.

Business rules:
(a) Email = the Email Address.
(b) First Name = only the first name (the first word) of FNAME: "María Fernanda" -> "María".
(c) Company Name = COMPANY; in case it comes empty, the domain of the Email Address (the part after the "@").
(d) Lifecycle Stage: "customer" when the member has the tag "Customer" (exactly so, with capital C); "subscriber" when it does not have it.

Out of scope: the phone.""",
      extended(MC,
               mc({"FNAME": "María Fernanda", "COMPANY": "  "}, email_address="maria.fernanda@floreria-jalisco.mx",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Andrés", "COMPANY": ""}, email_address="andres@tacoslupita.mx", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set161")
