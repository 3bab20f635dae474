"""Held-out set 144 for the offline mapping drafter.

Persona: Lucía, a CRM analyst in Madrid, writes her mapping specs in an English that keeps the
shape of her Spanish. She strings nouns together with 'of' ('the name of the company', 'the
field of email', 'the date of creation'), says 'pass' or 'put' where others say copy or set
('pass the email to Email', 'put 'Particular''), opens conditions with 'in case that' or 'in
case of', and puts the article on the systems themselves ('the Salesforce', 'the HubSpot'). Her
false friends slip in too: 'actual' where she means current ('the actual last name in the
HubSpot') and 'eventually' where she means possibly ('eventually some field is empty'), yet
each sentence stays clear in context. Subjects go missing now and then ('Is necessary to ...',
'is the law'). She writes thousands with dots and decimals with a comma ('3.000.000',
'750.000,25') and dates day first ('the 2/7/2023' for 2 July). Her points are numbered '1)',
'2)', with a little context before them, and some specs close with 'Thanks!!' or 'Any doubt,
tell me.'. Field names come as she sees them: HubSpot's labels or internal names, Salesforce
labels or API names, Mailchimp merge tags, Segment trait paths.

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


@case("h144-01-plain-lead-warm-rating", H, L, """Hola! This is the mapping of the HubSpot contacts to the Leads of the Salesforce:

1) the field of email -> Email
2) the first name -> First Name, and the last name -> Last Name
3) the name of the company -> Company
4) the phone of the office (the field "phone", not the mobile) -> Phone
5) Rating: always 'Warm', the same for all the leads

Pass all the values exactly like they are in the HubSpot, without cleaning nothing. In case that a field is empty in the HubSpot, it goes empty also to the Salesforce, don't invent a value.

Thanks!!""",
      extended(HS,
               hs(email="javier.moreno@aceitesdelsur.es", firstname="Javier", lastname="Moreno", company="",
                  phone=""),
               hs(email="Nuria.Pons@CavasPons.ES", firstname=" Nuria", lastname="Pons ", company="Cavas Pons",
                  phone="  ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "Rating": "Warm"}


@case("h144-02-fair-import-spaces", H, L, """HubSpot contacts -> Salesforce Lead. The import of the last fair left spaces everywhere, so:

1) Email: pass it like it is.
2) First Name and Last Name: the ones of the HubSpot but without the spaces of the beginning and of the end.
3) Company: also without the spaces of the beginning and the end. Is mandatory in the Salesforce, so in case that the company is empty (or has only spaces) put 'Particular'.
4) Title: pass the job title like it is, don't touch the spaces here. Only in case that it is empty put 'Sin cargo'.

Empty = no value, or only spaces.""",
      extended(HS,
               hs(email="lola.santos@hierrosnorte.es", firstname="  Lola ", lastname=" Santos", company="  Hierros del Norte ",
                  jobtitle="  "),
               hs(email="ramon.vidal@vidalyvidal.es", firstname="Ramón", lastname="Vidal  ", company="   ",
                  jobtitle=" Gerente ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Particular").strip(), "Title": dflt(r["jobtitle"], "Sin cargo")}


@case("h144-03-office-phone-then-mobile", H, L, """For the Lead I want the names more clean and one phone only.

1) Email: the email of the HubSpot, like it is
2) First Name and Last Name: in title case, that is the first letter of each word in capital and the rest of the word in small letters ('maria' -> 'Maria', 'GARCIA' -> 'Garcia')
3) Phone: first the phone of the office. In case that it's empty, the mobile. In case that also the mobile is empty, don't send the field Phone at all (not empty, not null, the field doesn't go). The number goes like it is, without format.

Empty means nothing or only spaces. Any doubt, tell me.""",
      extended(HS,
               hs(email="pedro.alonso@bodegasalonso.es", firstname="PEDRO JOSE", lastname="alonso", phone="  ",
                  mobilephone=""),
               hs(email="carmen.ruiz@ruizabogados.es", firstname="carmen", lastname="RUIZ MARTIN", phone="",
                  mobilephone="+34 612 555 019")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h144-04-rating-by-stage", H, L, """The Rating of the Lead goes depending of the lifecycle stage of the contact in the HubSpot:

1) lifecycle stage 'customer' or 'opportunity' -> Rating 'Hot'
2) 'salesqualifiedlead' or 'marketingqualifiedlead' -> 'Warm'
3) any other stage -> 'Cold'. Also in case that the lifecycle stage is empty, 'Cold'.

And the email goes to Email in small letters (all lowercase), because the deduplication of the Salesforce we have it case sensitive.""",
      extended(HS,
               hs(email="Alba.Cano@CeramicasCano.ES", lifecyclestage="opportunity"),
               hs(email="IKER.ETXEBERRIA@TXAKOLI.EUS", lifecyclestage=""),
               hs(email="Sergi.Puig@PuigMarine.com", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"customer": "Hot", "opportunity": "Hot", "salesqualifiedlead": "Warm", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h144-05-fair-leads-no-spain-no-optout", H, L, """Leads of the fair of Barcelona, from the HubSpot to the Salesforce. Two exclusions:

1) The contacts that are unsubscribed of all the emails (the field hs_email_optout = 'true') don't pass. In case that the field is empty or 'false', they pass normally.
2) The contacts with country 'Spain' also don't pass, those ones we manage them in the other Salesforce of Iberia.

For the rest:
- pass the email to Email, firstname to FirstName, lastname to LastName, company to Company and the city to City, all like they are (the empty ones go empty)
- Lead Source: 'Trade Show' fixed for all

Thanks!!""",
      extended(HS,
               hs(email="marta.gil@gilconsulting.es", firstname="Marta", lastname="Gil", company="Gil Consulting",
                  city="Madrid", country="Spain", hs_email_optout="false"),
               hs(email="tiago.moura@portovinhos.pt", firstname="Tiago", lastname="Moura", company="", city="Porto",
                  country="Portugal", hs_email_optout=""),
               hs(email="elena.soler@soler.es", firstname="Elena", lastname="Soler", company="Soler",
                  city="Valencia", country="Spain", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["country"] == "Spain":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "City": r["city"], "LeadSource": "Trade Show"}


@case("h144-06-rating-revenue-bands-employees", H, L, """1) Email: copy of the email of the HubSpot.
2) Rating, depending of the annual revenue:
   - more than 3.000.000 -> 'Hot'
   - less than 300.000 -> 'Cold'
   - between the two -> 'Warm'
   - in case that the annual revenue is empty we don't know nothing of the company, so 'Cold' also
3) Employees of the Lead (NumberOfEmployees): the number of employees of the HubSpot, as integer number (not text). In case that it is empty, is necessary to not put the field at all.

(the thousands I write them with dot: 3.000.000 is three millions)""",
      extended(HS,
               hs(email="pau.ferrer@ferrertextil.es", annualrevenue="299999.5", numemployees="  "),
               hs(email="blanca.ortiz@ortizlogistica.es", annualrevenue="3000000.5", numemployees="1200"),
               hs(email="gonzalo.rey@reyfrutas.es", annualrevenue="  ", numemployees="7")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 300_000:
        rating = "Cold"
    elif v > 3_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h144-07-mobile-e164-for-sms", H, L, """Is necessary to have the mobile of the HubSpot contacts in the Lead, in format E.164, because the tool of SMS of the Salesforce only accepts this.

1) Email -> Email, like it is
2) First Name, Last Name and City: in title case (first letter of every word capital, the rest small)
3) mobile phone of the HubSpot -> Mobile Phone of the Lead, in E.164: a '+' and only the digits. We assume USA, so in case that the number doesn't have country code, put +1 in front. In case that the number already starts with '+', it keeps its own code. A number of 11 digits that starts with 1 already has the code, only add the '+'.
4) In case that the contact has no mobile (empty or only spaces), don't send Mobile Phone. Not '+1', not empty: nothing.""",
      extended(HS,
               hs(email="luis.navarro@navarroimport.com", firstname="LUIS", lastname="navarro", city="SAN ANTONIO",
                  mobilephone="1 210 555 0166"),
               hs(email="irene.campos@camposdesign.com", firstname="irene", lastname="CAMPOS", city="el paso",
                  mobilephone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h144-08-paid-campaign-leads-description", H, L, """Only for the contacts that come of paid campaigns: only the ones with original source 'PAID_SEARCH' or 'PAID_SOCIAL'. The rest, don't pass them to the Salesforce.

1) Email, Last Name and Company: copy like they are
2) City: in capital letters (all the text in uppercase)
3) Description: the text 'Origin ' + the original source + ', created ' + the date of creation of the contact in format year-month-day. For example a contact of PAID_SEARCH created the 2/7/2023 has the Description 'Origin PAID_SEARCH, created 2023-07-02'. Only the date, not the hour.""",
      extended(HS,
               hs(email="rocio.leon@leonmuebles.es", lastname="León", company="León Muebles", city="valència",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-05-31T12:00:00.000Z"),
               hs(email="hugo.marin@marinsports.es", lastname="Marín", company="Marín Sports", city="Murcia",
                  hs_analytics_source="ORGANIC_SEARCH"),
               hs(email="celia.nieto@nietoyasoc.es", lastname="Nieto", company="", city="Burgos",
                  hs_analytics_source="", createdate="2024-10-01T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["hs_analytics_source"] not in ("PAID_SEARCH", "PAID_SOCIAL"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "City": r["city"].upper(),
            "Description": f"Origin {r['hs_analytics_source']}, created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h144-09-mailing-address-direct", H, C, """From the HubSpot contacts to the Contacts of the Salesforce, the address goes in the Mailing fields:

1) email -> Email, first name -> First Name, last name -> Last Name
2) street address -> Mailing Street
3) city -> Mailing City
4) state/region -> Mailing State/Province
5) postal code -> Mailing Zip/Postal Code
6) country/region -> Mailing Country

All copy direct, without changes. In case that eventually some field of the address is empty in the HubSpot, pass it empty as well.""",
      extended(HS,
               hs(email="jorge.pena@penaasociados.es", firstname="Jorge", lastname="Peña", address="", city="Zaragoza",
                  state="", zip="50001", country="Spain"),
               hs(email="ainhoa.garay@garay.eus", firstname="Ainhoa", lastname="Garay", address=" Calle Mayor 3 ",
                  city="Bilbao", state="  ", zip="", country="Spain")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h144-10-optout-and-no-mobile-checkboxes", H, C, """Two checkboxes in the Contact of the Salesforce, as real booleans (true/false, not the text):

1) Email Opt Out: true only in case that the field of 'Unsubscribed from all email' of the HubSpot is 'true'. In case that it's 'false' or empty -> false.
2) Do Not Call: true in case that the contact has no mobile phone (the field of mobile empty or with only spaces). In case that it has mobile, false. The phone of the office doesn't matter for this one.
3) And the email like it is to Email, of course.""",
      extended(HS,
               hs(email="silvia.mora@moravinos.es", hs_email_optout="  ", mobilephone="  ", phone="91 555 0100"),
               hs(email="david.prieto@prietotech.es", hs_email_optout="true", mobilephone="+34 622 555 010",
                  phone="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["mobilephone"])}


@case("h144-11-last-name-never-empty", H, C, """For the Contact, the Last Name is mandatory in the Salesforce, so:

1) Email: like it is
2) First Name: the first name of the HubSpot, like it is (empty if it is empty)
3) Last Name: the last name of the HubSpot. In case that it's empty, the name of the company. In case that also the company is empty, the part of the email before the @ (for 'jose.ramos@ramosyhijos.es' is 'jose.ramos').

Empty = nothing or only spaces. The values go without changes.""",
      extended(lower_emails(HS),
               hs(email="jose.ramos@ramosyhijos.es", firstname="José", lastname="", company=""),
               hs(email="info@talleresebro.es", firstname="  ", lastname="   ", company="Talleres Ebro"),
               hs(email="ana.vidal@gmail.com", firstname="Ana", lastname="", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h144-12-countries-in-spanish", H, C, """Our team of Madrid wants the countries in Spanish in the Contact. Table for Mailing Country, from the country of the HubSpot:

 'United States' -> 'Estados Unidos'
 'Japan'         -> 'Japón'
 'Mexico'        -> 'México'
 'France'        -> 'Francia'
 'Spain'         -> 'España'

At the actual moment we only have these five countries in the HubSpot, so no other value is possible.

Also:
1) Email like it is
2) Mailing State/Province: the state of the HubSpot in capital letters. In case that the state is empty, don't send the field.""",
      extended(HS,
               hs(email="paloma.rubio@rubioceramica.es", country="Spain", state="valencia"),
               hs(email="kevin.shaw@shawtools.com", country="United States", state="tx"),
               hs(email="yuki.ono@onotea.jp", country="Japan", state="  ")))
def o12(r: R) -> Out:
    table = {"United States": "Estados Unidos", "Japan": "Japón", "Mexico": "México", "France": "Francia",
             "Spain": "España"}
    return keep({"Email": r["email"], "MailingCountry": table[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h144-13-customers-only-mobile-first", H, C, """Only the customers! From the HubSpot to the Contact of the Salesforce pass only the contacts with lifecycle stage 'customer'. The other ones stay in the HubSpot.

For the customers:
1) Email: in small letters
2) Phone: the mobile; in case that the mobile is empty, the phone of the office. Like they are, without format. (All our customers have at least one of the two.)
3) Description: always the text 'Cliente HubSpot'""",
      extended(HS,
               hs(email="Rafael.Diez@DiezSeguros.es", lifecyclestage="customer", mobilephone="  ",
                  phone="+34 91 555 0123"),
               hs(email="MONICA.SANZ@SANZ.ES", lifecyclestage="customer", mobilephone="+34 633 555 044",
                  phone="+34 93 555 0101"),
               hs(email="Tomas.Egea@Egea.es", lifecyclestage="opportunity", mobilephone="+34 644 555 088")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Cliente HubSpot"}


@case("h144-14-clean-names-source-table", H, C, """HubSpot -> Contact of the Salesforce. Points:

1) Email: copy
2) First Name / Last Name: title case (capital letter at the start of each word, the rest small)
3) Title: the job title without the spaces of the beginning and the end
4) Lead Source, from the original source of the HubSpot:
   ORGANIC_SEARCH -> 'Web'
   PAID_SEARCH -> 'Advertisement'
   REFERRALS -> 'External Referral'
   OFFLINE -> 'Trade Show'
   any other value, and also in case that the original source is empty -> 'Other'

Any doubt, tell me.""",
      extended(HS,
               hs(email="teresa.blanco@blancohoteles.es", firstname="TERESA", lastname="blanco",
                  jobtitle="  Directora Comercial ", hs_analytics_source="OFFLINE"),
               hs(email="oscar.vega@vegamotor.es", firstname="oscar", lastname="VEGA", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="lucia.gomez@gomezlab.es", firstname="Lucía", lastname="Gómez", jobtitle="Analyst",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral",
             "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h144-15-double-optin-spanish-default", H, M, """HubSpot contacts to the audience of the Mailchimp:

1) email -> Email Address
2) first name -> FNAME and last name -> LNAME (merge fields), copied like they are, also when they are empty
3) status: always 'pending'. In Spain we need the double opt-in, is the law.
4) language: the preferred language of the contact (hs_language). The most of the contacts don't have this field at all, so in case that it doesn't exist or is empty, put 'es'.""",
      extended(HS,
               hs(email="claire.martin@bordeaux-vins.fr", firstname="Claire", lastname="Martin", hs_language="fr"),
               hs(email="xavi.roca@rocaarquitectes.cat", firstname="Xavi", lastname="", hs_language="  "),
               hs(email="enzo.ricci@riccimoda.it", firstname="Enzo", lastname="Ricci", hs_language="it")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending", "language": dflt(r.get("hs_language"), "es"),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h144-16-consent-status-sync-tag", H, M, """The status of the member in the Mailchimp depends of the field 'Unsubscribed from all email' of the HubSpot (hs_email_optout):

1) 'true' -> status 'unsubscribed'
2) 'false' -> status 'subscribed'
3) in case that it is empty (nothing or only spaces), we don't know the actual consent of the person, so -> 'pending'

The email of the contact goes to email_address like it is, and all the members get one tag: 'hubspot-sync'.""",
      extended(HS,
               hs(email="nerea.lopez@lopezfit.es", hs_email_optout="  "),
               hs(email="adrian.cruz@cruzdigital.es", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h144-17-big-account-and-france-tags", H, M, """Tags of the member in the Mailchimp, from the HubSpot contact:

1) In case that the annual revenue is more than 1.000.000 -> tag 'gran-cuenta'. In case that the revenue is empty, no tag.
2) In case that the country is 'France' -> tag 'France'.

The order of the tags: first 'gran-cuenta', after 'France'. If the contact has none of the two, tags is an empty list [].
The email goes to email_address, like it is. Nothing more.""",
      extended(HS,
               hs(email="amelie.roux@rouxparis.fr", annualrevenue="999999.99", country="France"),
               hs(email="jaime.serra@serrahnos.es", annualrevenue="1000000.5", country="Spain"),
               hs(email="louis.petit@petitbois.fr", annualrevenue="  ", country="France")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1_000_000):
        tags.append("gran-cuenta")
    if r["country"] == "France":
        tags.append("France")
    return {"email_address": r["email"], "tags": tags}


@case("h144-18-first-word-office-phone-e164", H, M, """For the Mailchimp member:

1) email of the HubSpot -> email_address
2) FNAME: only the first word of the first name ('Juan Carlos' -> 'Juan')
3) PHONE: the phone of the office; in case that it's empty (or only spaces), the mobile. In E.164 format: '+' and the digits; by default we assume USA (+1); a number that already starts with '+' keeps its code; a number of 11 digits starting with 1 already has the code, only put the '+'.

All the contacts we send have at least one of the two phones.""",
      extended(HS,
               hs(email="juan.carlos@jcmotors.com", firstname="Juan Carlos", phone="  ", mobilephone="1-305-555-0144"),
               hs(email="maria.elena@mecatering.com", firstname="María Elena", phone="786.555.0102", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h144-19-b2b-needs-website-vip", H, M, """Contacts without website we don't want them in the audience B2B (normally they are particulars, not companies). So: in case that the website of the contact is empty (or only spaces), the contact doesn't pass.

The rest:
1) email -> email_address
2) status: 'subscribed' for all
3) vip: true in case that the lifecycle stage is 'customer' or 'evangelist', false in any other case

Thanks!!""",
      extended(HS,
               hs(email="bruno.costa@costaimoveis.pt", website="https://costaimoveis.pt", lifecyclestage="evangelist"),
               hs(email="laura.mendez@gmail.com", website="   ", lifecyclestage="customer"),
               hs(email="felipe.arias@ariasagro.es", website="ariasagro.es", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["website"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h144-20-company-or-domain-tag-vip", H, M, """1) email -> email_address (like it is)
2) FNAME and LNAME: first name and last name in title case (each word with the first letter capital and the rest small)
3) tags: one tag with the name of the company. In case that the company is empty, the tag is the domain of the email, that is the part after the @ (without changes), for example 'gmail.com'.
4) vip: true in case that the annual revenue is more than 5.000.000; false in other case, and false also in case that the revenue is empty.""",
      extended(lower_emails(HS),
               hs(email="sofia.herrera@gmail.com", firstname="SOFIA", lastname="herrera", company="",
                  annualrevenue="5000000.5"),
               hs(email="tomas.ibanez@ibanezsl.es", firstname="tomas", lastname="IBANEZ", company="  ",
                  annualrevenue="  "),
               hs(email="ines.fuentes@fuentesagua.es", firstname="ines", lastname="fuentes", company="Fuentes Agua",
                  annualrevenue="4999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 5_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h144-21-identify-with-full-name", H, S, """Identify of the Segment from the HubSpot contacts:

1) userId: the email, all in small letters
2) traits.email: the email like it is in the HubSpot (without changing the capitals)
3) traits.firstName and traits.lastName: copy of the first name and the last name
4) traits.name: the first name, a space, and the last name ('Priya Raman')
5) traits.title: the job title, copy; in case that it is empty pass it empty""",
      extended(HS,
               hs(email="Mercedes.Alba@AlbaEventos.ES", firstname="Mercedes", lastname="Alba", jobtitle=""),
               hs(email="nacho.bravo@bravoyasociados.es", firstname="Nacho", lastname="Bravo Ruiz", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h144-22-company-traits-autonomo", H, S, """Segment identify, the userId is the email of the contact like it is. The data of the company goes inside traits.company:

1) traits.company.name: the name of the company. In case that it is empty, put 'Autónomo' (freelance, for us is the same).
2) traits.company.industry: the industry; in case that it is empty, don't send this key.
3) traits.company.employee_count: the number of employees, as integer number. In case that it is empty, don't send it either.""",
      extended(HS,
               hs(email="quique.santos@quiquesantos.es", company="  ", industry="", numemployees="1"),
               hs(email="gema.lara@laratech.es", company="LaraTech", industry="  ", numemployees="85"),
               hs(email="raul.moya@gmail.com", company="", industry="Retail", numemployees="  ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Autónomo"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h144-23-address-traits-mobile-e164", H, S, """The address and the phone of the HubSpot contact to the traits of the Segment (identify). userId = the email, without changes.

1) traits.address.street = street address, traits.address.city = city, traits.address.postalCode = postal code, traits.address.country = country. Copy direct, the empty ones go empty.
2) traits.address.state = the state/region, but only in case that it has value; empty -> no key.
3) traits.phone: the mobile; in case that the mobile is empty, the phone of the office; in case that both are empty, no traits.phone. Format E.164 for USA: '+1' and the digits; if the number starts already with '+' it keeps its own code; 11 digits starting with 1 -> only add the '+'.

Empty = nothing or only spaces.""",
      extended(HS,
               hs(email="elisa.marco@marcoestudio.es", mobilephone="  ", phone="", state=""),
               hs(email="victor.sanz@sanzmedia.com", mobilephone="", phone="1 (305) 555-0190", state="FL",
                  address="", zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h144-24-clean-userid-unsubscribed-revenue", H, S, """Another identify for the Segment. The emails in the HubSpot eventually have spaces and capitals, so:

1) userId: the email without spaces at the start and the end, and in small letters
2) traits.industry: the industry, copy like it is
3) traits.unsubscribed: true in case that 'Unsubscribed from all email' is 'true'; false in case that it is 'false', and also false in case that it's empty (nothing or spaces). Boolean, not text.
4) traits.annual_revenue: the annual revenue as a number, not text (a revenue of 2.500.000,75 is the number 2500000.75, and a revenue of 800.000 is 800000, without decimals). In case that it is empty, don't send this trait.""",
      extended(HS,
               hs(email="  Pablo.Gil@Olivares.ES ", industry="Agriculture", hs_email_optout="", annualrevenue="1500.5"),
               hs(email="BEA.NUNEZ@NUNEZ.ES", industry="", hs_email_optout="true", annualrevenue="   "),
               hs(email="ivan.soto@sotoyhijos.es ", industry="  ", hs_email_optout="  ", annualrevenue="0")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h144-25-ga4-contact-sync-event", H, G, """Event of GA4 for each contact of the HubSpot:

1) client_id: always 'crm-hubspot' (fixed)
2) name of the event: always 'contact_sync'
3) params:
   - stage: the lifecycle stage, copy
   - origin: the original source in small letters ('PAID_SEARCH' -> 'paid_search'). In case that the original source is empty, send 'unknown'.
   - created: the date of creation, only the date in format year-month-day (a contact created the 14/03/2023 at 15:02 -> '2023-03-14')""",
      extended(HS,
               hs(email="nuria.castro@castrofarma.es", lifecyclestage="opportunity", hs_analytics_source="  ",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="alex.pardo@pardoweb.es", lifecyclestage="other", hs_analytics_source="AI_REFERRALS",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    return {"client_id": "crm-hubspot",
            "events": [{"name": "contact_sync",
                        "params": {"stage": r["lifecyclestage"],
                                   "origin": dflt(r["hs_analytics_source"], "unknown").lower(),
                                   "created": day(r["createdate"])}}]}


@case("h144-26-ga4-team-size-over-twenty", H, G, """To the GA4 only the contacts of companies with more than 20 employees. In case that the number of employees is empty, the contact doesn't go.

1) client_id: the part of the email before the @ ('kenji.tanaka' for 'kenji.tanaka@sakura-robotics.jp')
2) event name: 'team_size', the same for all
3) params.employees: the number of employees as a number (not text)
4) params.source_system: 'hubspot' fixed""",
      extended(lower_emails(HS),
               hs(email="marc.vila@vilaconstruccions.es", numemployees="21"),
               hs(email="olga.rey@reyabogados.es", numemployees="  "),
               hs(email="dani.gallego@gallegobikes.es", numemployees="19")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_size",
                        "params": {"employees": num(r["numemployees"]), "source_system": "hubspot"}}]}


@case("h144-27-ga4-client-or-prospect-event", H, G, """Event GA4 from the HubSpot contacts, the name of the event changes:

1) In case that the lifecycle stage is 'customer' or 'evangelist' -> name 'client_update'. In any other case -> 'prospect_update'.
2) client_id: the email of the contact, like it is.
3) params.industry: the industry; in case that it is empty put 'Other'.
4) params.country: the country, copy like it is (empty goes empty).""",
      extended(HS,
               hs(email="ramiro.paz@pazimprenta.es", lifecyclestage="evangelist", industry="  ", country=""),
               hs(email="eva.rios@riostextil.es", lifecyclestage="lead", industry="Textile", country="Spain")))
def o27(r: R) -> Out:
    name = "client_update" if r["lifecyclestage"] in ("customer", "evangelist") else "prospect_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "Other"),
                                                 "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h144-28-lead-to-contact-field-by-field", L, H, """Now the inverse: the Leads of the Salesforce to the contacts of the HubSpot. Copy field to field:

1) Email -> email
2) First Name -> firstname, Last Name -> lastname
3) Company -> company (Company Name)
4) Title -> jobtitle
5) Phone -> phone
6) Street -> address (Street Address)
7) Zip/Postal Code -> zip
8) City -> city

No transformation. In case that a field of the Lead is empty, it goes empty to the HubSpot too (the key must be there, with the value empty).""",
      extended(SFL,
               sfl(Email="berta.galan@galanhermanos.es", FirstName="Berta", LastName="Galán", Company="Galán SL",
                   Title="", Phone="", Street="  ", PostalCode="", City="Toledo")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"],
            "city": r["City"]}


@case("h144-29-status-to-lifecycle-optout-text", L, H, """The lifecycle stage in the HubSpot depends of the Lead Status of the Salesforce:

 'Open - Not Contacted'   -> 'lead'
 'Working - Contacted'    -> 'salesqualifiedlead'
 'Closed - Converted'     -> 'customer'
 'Closed - Not Converted' -> 'other'

(All our leads have one of these four.)

Also:
1) Email -> email, like it is
2) Email Opt Out -> hs_email_optout, but the HubSpot wants it as text: 'true' or 'false' (the string, not the boolean).

Thanks!!""",
      extended(SFL,
               sfl(Email="cesar.molina@molinaseguros.es", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="julia.vera@veradiseno.es", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h144-30-rating-to-lead-status-revenue", L, H, """1) email: the Email of the Lead in small letters
2) hs_lead_status (Lead Status in the HubSpot) depending of the Rating:
   Hot -> 'OPEN_DEAL'
   Warm -> 'IN_PROGRESS'
   Cold -> 'ATTEMPTED_TO_CONTACT'
   All the leads have Rating, one of these three.
3) annualrevenue: the Annual Revenue as a number (integer if it is round, for example 5.000.000 -> 5000000; with decimals, 750.000,25 -> 750000.25). In case that it is empty, don't put annualrevenue.""",
      extended(SFL,
               sfl(Email="Ignacio.Pastor@PastorVinos.ES", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="ROSA.CORTES@CORTESYCIA.ES", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    table = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h144-31-uk-leads-for-london-team", L, H, """Only the leads of the United Kingdom (Country = 'United Kingdom'), the rest don't pass, the team of London works them from the HubSpot.

1) email: the Email like it is
2) phone: the Phone of the Lead in E.164 for UK: '+44' and the digits, removing the 0 of the start (the national prefix). In case that the number already starts with '+', keep its code like it is.
3) zip: the postal code in capital letters
4) company: the Company; in case that it's empty put 'N/D'""",
      extended(SFL,
               sfl(Email="oliver.grant@grantco.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="sw1a 1aa", Company=""),
               sfl(Email="emma.hall@hallmarine.co.uk", Country="United Kingdom", Phone="+44 161 555 0100",
                   PostalCode="m1 1ae", Company="  "),
               sfl(Email="pilar.ros@rosinteriores.es", Country="Spain", Phone="+34 91 555 0100", PostalCode="28013")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "N/D")}


@case("h144-32-not-converted-city-with-country", L, H, """Leads of the Salesforce to the HubSpot. The leads with Status 'Closed - Converted' don't pass (they are already contacts). For the rest:

1) email: the Email, copy
2) jobtitle: the Title; in case that it is empty, 'Not informed'
3) city: the City, and after it the country between parenthesis: 'Chicago (United States)'. In case that the Country is empty, only the City, without the parenthesis: 'Dakar'. All the leads have City.

Empty = nothing or only spaces.""",
      extended(SFL,
               sfl(Email="nacho.ferrer@ferrerfincas.es", City="Sevilla", Country="  ", Title=" ",
                   Status="Open - Not Contacted"),
               sfl(Email="ana.oliva@olivaconserveras.es", City="Murcia", Country="Spain", Title="CFO",
                   Status="Working - Contacted"),
               sfl(Email="luis.tena@tenaobras.es", City="Huesca", Country="Spain", Title="", Status="Closed - Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    city = r["City"] if blank(r["Country"]) else f"{r['City']} ({r['Country']})"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not informed"), "city": city}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h144-33-crm-tag-plus-event-tag", C, M, """Contacts of the Salesforce to the Mailchimp:

1) email_address: the Email in small letters
2) status: in case that Email Opt Out is true -> 'unsubscribed'; in case that it is false -> 'subscribed'
3) tags: all the members have the tag 'CRM'. In case that the Lead Source of the contact is 'Trade Show', also the tag 'Evento', after 'CRM'.""",
      extended(SFC,
               sfc(Email="Ramon.Llull@LlullEditorial.ES", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
               sfc(Email="MAR.SOLE@SOLEDISSENY.CAT", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["CRM"] + (["Evento"] if r["LeadSource"] == "Trade Show" else [])}


@case("h144-34-sms-campaign-language-table", C, M, """For the campaign of SMS we need contacts with phone. In case that the contact has no Phone (empty or only spaces), it doesn't pass.

1) email_address: the Email like it is
2) merge_fields.PHONE: the Phone in E.164: '+' and the digits; we assume USA (+1) when the number has no code; if it starts with '+' it keeps its code; 11 digits starting by 1 -> only add the '+'.
3) language, depending of the Mailing Country:
   Germany -> 'de', Austria -> 'de', United States -> 'en', Spain -> 'es'
   (at the actual moment we only have these four countries in the Contacts)""",
      extended(SFC,
               sfc(Email="jordi.mas@masindustrial.es", Phone="+34 93 555 0188", MailingCountry="Spain"),
               sfc(Email="hans.bauer@bauerwerk.de", Phone="  ", MailingCountry="Germany"),
               sfc(Email="kate.lopez@lopezusa.com", Phone="1-786-555-0133", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Spain": "es"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h144-35-hola-amigo-web-vip", C, M, """1) email_address: the Email of the Contact, copy
2) status: 'subscribed' for everybody
3) merge_fields.FNAME: the First Name; in case that it is empty put 'Amigo' (the newsletter starts 'Hola *|FNAME|*')
4) merge_fields.LNAME: the Last Name, copy (empty goes empty)
5) vip: true in case that the Lead Source is 'Web', false in other case; in case that the Lead Source is empty -> false

Any doubt, tell me.""",
      extended(SFC,
               sfc(Email="sara.bueno@buenoyasociados.es", FirstName="", LastName="Bueno", LeadSource="Web"),
               sfc(Email="leo.campos@camposvinos.es", FirstName="   ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Amigo"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Web"}


@case("h144-36-sales-department-audience", C, M, """New audience for the team of sales. Only the Contacts of the Department 'Sales', the others don't pass.

1) email_address <- Email
2) merge_fields.FNAME <- First Name, merge_fields.LNAME <- Last Name (copy, empty goes empty)
3) status: 'subscribed' fixed
4) language: 'en' fixed
5) tags: no tags, is necessary to send the list empty ([])""",
      extended(SFC,
               sfc(Email="alvaro.diaz@diazcomercial.es", FirstName="Álvaro", LastName="Díaz", Department="Sales"),
               sfc(Email="noelia.pena@penamarketing.es", FirstName="Noelia", LastName="Peña", Department="Marketing"),
               sfc(Email="tere.lobo@loboventas.es", FirstName="Tere", LastName="", Department="Sales")))
def o36(r: R) -> Out:
    if r["Department"] != "Sales":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h144-37-identify-department-birthday-optional", C, S, """Identify of the Segment from the Contact of the Salesforce:

1) userId: the Email in small letters
2) traits.firstName and traits.lastName: First Name and Last Name, copy
3) traits.department: the Department, only in case that it has value; in case that it is empty (or only spaces), don't send the key
4) traits.birthday: the Birthdate, the same: only in case that it has value, copy like it is""",
      extended(SFC,
               sfc(Email="Jaime.Ortega@OrtegaFarma.ES", FirstName="Jaime", LastName="Ortega", Department="  ",
                   Birthdate="1979-12-01"),
               sfc(Email="LUZ.MARIN@MARINLEGAL.ES", FirstName="Luz", LastName="", Department="Finance",
                   Birthdate="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "department": omit_if_blank(r["Department"]),
                            "birthday": omit_if_blank(r["Birthdate"])}})


@case("h144-38-mailing-city-trim-country-nd", C, S, """Segment identify from the Salesforce Contacts, userId = the Email without changes.

1) traits.address.city: the Mailing City without the spaces of the beginning and the end (the old import left spaces)
2) traits.address.country: the Mailing Country like it is; in case that it is empty (or only spaces), put 'N/D'""",
      extended(SFC,
               sfc(Email="marina.soto@sotoabogados.es", MailingCity="  Málaga ", MailingCountry=""),
               sfc(Email="pedro.lara@larapesca.es", MailingCity="Cádiz", MailingCountry="   "),
               sfc(Email="rui.santos@santosvinhos.pt", MailingCity=" Lisboa", MailingCountry="Portugal")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "N/D")}}}


@case("h144-39-phone-name-channel", C, S, """Segment, from the Contacts of the Salesforce:

1) userId: the Email, copy
2) traits.phone: the Phone in E.164 (USA: '+1' + the digits; a number with '+' keeps its code; 11 digits starting with 1 only gets the '+'). All the contacts have phone.
3) traits.name: First Name + space + Last Name
4) traits.channel, from the Lead Source:
   Web -> 'online'
   Trade Show -> 'offline'
   Partner Referral -> 'partners'
   any other Lead Source, and also when it is empty -> 'unknown'

Thanks!!""",
      extended(SFC,
               sfc(Email="rita.moreno@morenodance.es", FirstName="Rita", LastName="Moreno", Phone="305 555 0122",
                   LeadSource="Partner Referral"),
               sfc(Email="gus.vidal@vidalfoods.com", FirstName="Gus", LastName="Vidal", Phone="+1 (786) 555-0109",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "offline", "Partner Referral": "partners"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "unknown")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h144-40-members-into-hubspot-keep-lastname", M, H, """Members of the Mailchimp to contacts of the HubSpot:

1) email <- email_address
2) firstname: FNAME in title case (each word with the first letter capital, the rest small)
3) lastname: LNAME in title case too, but in case that LNAME is empty, don't send lastname (we don't want to delete the actual last name that the contact has in the HubSpot)
4) company: the COMPANY merge field; in case that it is empty, 'Particular'
5) hs_email_optout: the text 'true' in case that the status of the member is 'unsubscribed', and the text 'false' for any other status""",
      extended(MC,
               mc({"FNAME": "JUAN PABLO", "LNAME": "  ", "COMPANY": "  "}, email_address="juanpablo@jpreformas.es",
                  status="pending"),
               mc({"FNAME": "rocio", "LNAME": "DURAN", "COMPANY": "Durán Hnos"}, email_address="rocio.duran@duranhnos.es",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "Particular"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h144-41-skip-unsubscribed-vip-evangelist", M, H, """From the Mailchimp to the HubSpot. The members with status 'unsubscribed' don't pass.

1) email <- email_address; firstname <- FNAME; lastname <- LNAME. Copy, without changes.
2) phone: the PHONE in E.164 (assume USA, +1; in case that it starts with '+' it keeps its code; 11 digits that start with 1 only get the '+'). In case that PHONE is empty, don't send phone.
3) lifecyclestage: 'evangelist' in case that the member is VIP; if not, 'subscriber'""",
      extended(MC,
               mc({"FNAME": "Jon", "LNAME": "Arana", "PHONE": "1 305 555 0177"}, email_address="jon.arana@aranagroup.com",
                  status="pending", vip=False),
               mc({"FNAME": "Nora", "LNAME": "Ibarra", "PHONE": "  "}, email_address="nora.ibarra@ibarradesign.es",
                  status="subscribed", vip=True),
               mc({"FNAME": "Saul", "LNAME": "Rey", "PHONE": "(305) 555-0150"}, email_address="saul.rey@reymotos.com",
                  status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h144-42-webinar-tag-to-mql", M, H, """Mailchimp -> HubSpot:

1) email <- email_address
2) firstname: only the first word of FNAME ('João Pedro' -> 'João')
3) company: the COMPANY; in case that it is empty, the domain of the email (the part after the @, like it is)
4) lifecyclestage: 'marketingqualifiedlead' in case that the member has the tag 'Webinar' (exactly this, with capital W); if not, 'subscriber'""",
      extended(MC,
               mc({"FNAME": "Ana Belén", "COMPANY": "  "}, email_address="anabelen@belenflores.es",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Quim", "COMPANY": "Quim Studio"}, email_address="quim@quimstudio.cat",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set144")
