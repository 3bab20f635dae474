"""Held-out set 157 for the offline mapping drafter.

Persona: Rafael Souza, CRM operations analyst at a retailer in São Paulo (stores, e-commerce and a
small B2B/corporate sales team, plus an office in Miami). He submits every mapping as an IT
change-request form pasted as plain text, with the fields 'Short description:', 'Requester:',
'Business justification:', 'Detailed request:' (numbered steps or a field-by-field list) and
'Acceptance test:' (one or two example records described in words). His English is
Brazilian-Portuguese-flavoured: 'inform' for enter/provide, 'actualize' for update, 'case' for
if ('case the phone is empty'), 'register' for record, adjectives placed after nouns now and then
('the field empty', 'the list empty'), and numbers written the Brazilian way, with a comma for
decimals and a dot for thousands ('R$ 1.000.000', '2,5'). He mentions LGPD, the Correios, the
stores' POS and the fidelity club as context.

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


def whole(v: str) -> int:
    return int(float(v))


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h157-01-televendas-basic-leads", H, L, """Short description: HubSpot contacts -> Salesforce Leads, basic fields
Requester: Rafael Souza (CRM Operations, São Paulo)
Business justification: The televendas team in Campinas works only inside Salesforce. Today they copy the contacts of the site by hand, one by one, and lose around 2 hours per day with this.
Detailed request:
1. Email of HubSpot -> Email of the Lead. Salesforce uses this field to find the lead that already exists.
2. First Name -> First Name
3. Last Name -> Last Name
4. Company Name -> Company
5. Job Title -> Title
6. Phone Number -> Phone
7. From step 2 to step 6 the value passes exactly like it is in HubSpot, without any adjust. Case the field is empty in HubSpot, it goes empty to the Lead also, please don't invent values.
8. Lead Source: inform always the value Web, for every register of this integration.
Acceptance test: the contact Kenji Tanaka (Sakura Robotics) has Job Title empty. The Lead must have Title empty, Company "Sakura Robotics" and Lead Source "Web".""",
      extended(HS,
               hs(email="ana.lima@lojasol.com.br", firstname="Ana", lastname="Lima", company="", phone="  ",
                  jobtitle="Gerente de Compras"),
               hs(email="rodrigo.alves@casaverde.com.br", firstname="", lastname="Alves",
                  company="Casa Verde Móveis", phone="+55 11 5555 0130", jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h157-02-magento-import-defaults", H, L, """Short description: Leads of the old e-commerce import (defaults + trim)
Requester: Rafael Souza - CRM Ops
Business justification: The contacts imported from the old Magento platform have spaces around the Last Name, and many have no company or no city. Salesforce rejects a Lead without Company, and the regional report of the sales manager breaks with city empty.
Detailed request:
- Email (Lead) = Email of the contact, copy without changes.
- Last Name = Last Name of HubSpot with the spaces of the beginning and of the end removed (trim).
- Company = Company Name. Case it is empty (nothing or only spaces), inform "Consumidor Final".
- City = City. Case it is empty (nothing or only spaces), inform "São Paulo" (our principal market).
Only Last Name receives the trim. Company and City, when they are filled, go exactly as they are in HubSpot, also with their spaces.
Acceptance test: register with Last Name "  Moura " and Company empty -> Lead with Last Name "Moura" and Company "Consumidor Final".""",
      extended(HS,
               hs(email="patricia.moura@uol.com.br", firstname="Patrícia", lastname="  Moura ", company="  ",
                  city=""),
               hs(email="thiago.reis@reisauto.com.br", firstname="Thiago", lastname="Reis",
                  company=" Reis Autopeças", city="  "),
               hs(email="sonia.matos@matosdecor.com.br", firstname="Sônia", lastname="Matos ",
                  company="Matos Decor", city="Santos")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Consumidor Final"), "City": dflt(r["city"], "São Paulo")}


@case("h157-03-phone-fallback-name-case", H, L, """Short description: Actualize phone and names of the Leads coming from HubSpot
Requester: Rafael Souza
Business justification: Sellers complain that the names arrive all in capital letters (or all small) from the site forms, and that many Leads are without phone even when HubSpot has the mobile of the person.
Detailed request:
1) First Name and Last Name: first letter of each word in capital, the rest of the word in small letters. Example: "joão pedro" -> "João Pedro", "FERREIRA" -> "Ferreira".
2) Phone of the Lead: use the Phone Number of HubSpot. Case it is empty, use the Mobile Phone Number. Case both are empty, the Phone field is not sent to Salesforce at all (not even empty, to not erase what the seller typed there). The number goes like it is, no format.
3) Email -> Email (key of the Lead), simple copy.
Acceptance test: Carla Nunes, written CARLA / nunes, Phone Number empty and mobile +55 11 95555 0142 -> First Name "Carla", Last Name "Nunes", Phone "+55 11 95555 0142".""",
      extended(HS,
               hs(email="carla.nunes@gmail.com", firstname="CARLA", lastname="nunes", phone="",
                  mobilephone="+55 11 95555 0142"),
               hs(email="joao.pedro.ferreira@hotmail.com", firstname="joão pedro", lastname="FERREIRA", phone="  ",
                  mobilephone=" "),
               hs(email="luiza.costa@costamendes.com.br", firstname="luiza", lastname="costa mendes",
                  phone="(11) 3555-0190", mobilephone="(11) 95555-0191")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h157-04-rating-by-stage", H, L, """Short description: Rating of the Salesforce Lead by Lifecycle Stage
Requester: Rafael Souza / CRM Operations
Business justification: Sellers organize the queue by Rating, and today all Leads arrive without Rating.
Detailed request (field by field):
Email (Lead): the HubSpot Email all in small letters (lowercase), because Salesforce creates a Lead duplicated when the same address comes with capital letters.
Rating (Lead), from the Lifecycle Stage of HubSpot:
  customer -> Hot
  opportunity -> Hot
  salesqualifiedlead -> Warm
  marketingqualifiedlead -> Warm
  any other stage -> Cold
  stage empty -> Cold also
Acceptance test:
- Priya Raman, marketingqualifiedlead, email Priya.Raman@Northwind.io -> Email priya.raman@northwind.io, Rating Warm.
- contact with Lifecycle Stage empty -> Rating Cold.""",
      extended(HS,
               hs(email="Fernanda.Rocha@LojaRocha.com.BR", lifecyclestage="opportunity"),
               hs(email="GUSTAVO.PINTO@TERRA.COM.BR", lifecyclestage=""),
               hs(email="Bruna.Castro@Gmail.com", lifecyclestage="evangelist"),
               hs(email="lucas.melo@melo.com.br", lifecyclestage="  ")))
def o04(r: R) -> Out:
    table = {"customer": "Hot", "opportunity": "Hot", "salesqualifiedlead": "Warm",
             "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h157-05-no-suppliers-no-pos", H, L, """Short description: Take suppliers and store registers out of the Lead integration
Requester: Rafael Souza
Business justification: Two groups arrive in the Lead queue and should not. Suppliers and our own employees are marked by marketing with Lifecycle Stage "other". Clients registered in the physical stores come with Original Source "OFFLINE" and are already in Salesforce by the POS integration. The sellers lose time calling these people.
Detailed request:
1. Do not send to Salesforce the contacts with Lifecycle Stage = other.
2. Do not send either the contacts with Original Source = OFFLINE.
3. All the rest is sent (also the ones with stage empty or source empty).
4. Email, First Name, Last Name, Company Name -> Email, First Name, Last Name, Company of the Lead, copied like they are.
5. Lead Status: inform "Open - Not Contacted" in all of them.
Acceptance test: contact with Lifecycle Stage other -> no Lead created. Contact Priya Raman (ORGANIC_SEARCH, marketingqualifiedlead) -> Lead with Status "Open - Not Contacted".""",
      extended(HS,
               hs(email="vendas@embalagens-abc.com.br", firstname="Carlos", lastname="Antunes",
                  company="Embalagens ABC", lifecyclestage="other", hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="marcos.silveira@gmail.com", firstname="Marcos", lastname="Silveira", company="",
                  lifecyclestage="customer", hs_analytics_source="OFFLINE"),
               hs(email="renata.prado@pradomodas.com.br", firstname="Renata", lastname="Prado",
                  company="Prado Modas", lifecyclestage="", hs_analytics_source=""),
               hs(email="igor.campos@camposbike.com.br", firstname="Igor", lastname="Campos",
                  company="Campos Bike", lifecyclestage="customer", hs_analytics_source="PAID_SEARCH")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "other" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h157-06-corporate-rating-revenue", H, L, """Short description: Lead Rating by annual revenue + number of employees
Requester: Rafael Souza (CRM Ops)
Business justification: The corporate sales team (uniforms and gifts for companies) wants the big accounts in the top of the queue.
Detailed request:
a) Email -> Email of the Lead (key), copy.
b) Rating, by the Annual Revenue of the contact:
   - more than R$ 10.000.000 -> Hot
   - less than R$ 1.000.000 -> Cold
   - between the two -> Warm
   - case Annual Revenue is empty we don't know the size, so Warm also
c) Employees (NumberOfEmployees) = Number of Employees of HubSpot as integer number (not text). Case Number of Employees is empty, don't send this field.
Acceptance test: contact with revenue 2.500.000,75 and employees empty -> Rating Warm and no Employees field. Contact with revenue 800.000 and 12 employees -> Rating Cold, Employees 12.""",
      extended(HS,
               hs(email="eduardo.brito@britotextil.com.br", annualrevenue="15000000", numemployees="320"),
               hs(email="simone.vaz@vazpresentes.com.br", annualrevenue="  ", numemployees=" "),
               hs(email="otavio.ramos@ramosgraf.com.br", annualrevenue="999999.99", numemployees="7")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else ("Hot" if v > 10_000_000 else ("Cold" if v < 1_000_000 else "Warm"))
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], whole)})


@case("h157-07-whatsapp-mobile-e164", H, L, """Short description: Mobile of the Lead in E.164 for the WhatsApp tool
Requester: Rafael Souza
Business justification: We contracted a WhatsApp Business tool that reads the Mobile Phone of the Salesforce Lead, and it only accepts numbers in E.164 format. The B2B contacts in HubSpot with a number without country code are from our office in Miami, so they are American numbers.
Detailed request:
1. Mobile Phone (Lead) = Mobile Phone Number of HubSpot in E.164: the sign +, the country code and only digits (no spaces, parenthesis, dots or hyphens).
   - case the number already starts with +, it has its own country code: keep it, only remove the other characters
   - case it has no +, consider it a number of the United States and put +1 in front of the digits. Exception: case it has 11 digits and the first one is 1, the country code is already there, put only the +
   - case Mobile Phone Number is empty, don't send Mobile Phone
2. First Name with the first letter of each word capital and the rest small (RAFAELA -> Rafaela, ana clara -> Ana Clara).
3. Email -> Email of the Lead, no change.
Acceptance test: mobile 415.555.0199 -> +14155550199. Mobile 1 (786) 555 0144 -> +17865550144. Mobile empty -> Lead without Mobile Phone.""",
      extended(HS,
               hs(email="rafaela.gomes@gomesimport.com", firstname="RAFAELA", mobilephone="1 (786) 555 0144"),
               hs(email="ana.clara.vieira@gmail.com", firstname="ana clara", mobilephone="+55 11 96555 0133"),
               hs(email="bob.hunt@huntsupply.com", firstname="bob", mobilephone="  ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h157-08-brazil-queue-description", H, L, """Short description: Only Brazilian contacts to the Lead queue of São Paulo
Requester: Rafael Souza - CRM Operations
Business justification: The queue of São Paulo attends only clients of Brazil. The foreign ones are treated by the Miami office in another process (other change request, CHG-2291).
Detailed request:
1. Send only the contacts with Country/Region exactly "Brazil" (written in English, like the HubSpot form saves). "Brasil" with s, other countries and country empty: don't send.
2. Email -> Email (Lead).
3. State/Province (Lead) = State/Region of HubSpot in capital letters (sp -> SP).
4. Description (Lead) = the Create Date of the contact, only the day in format YYYY-MM-DD, plus the text " - origin " plus the Original Source. Example: 2024-05-10 - origin PAID_SOCIAL
Acceptance test: Beatriz Souza, Brazil, state sp, source PAID_SOCIAL, created 10/05/2024 at 13:20 -> State/Province SP, Description "2024-05-10 - origin PAID_SOCIAL". Dmitri Volkov (United States) -> no Lead.""",
      extended(HS,
               hs(email="beatriz.souza@lojasbia.com.br", country="Brazil", state="sp",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-05-10T13:20:00.000Z"),
               hs(email="mauricio.lopes@lopesferragens.com.br", country="Brasil", state="PR",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-02-01T12:00:00.000Z"),
               hs(email="helena.dias@diasbrinquedos.com.br", country="Brazil", state="Rj",
                  hs_analytics_source="ORGANIC_SEARCH", createdate="2023-09-01T12:00:00.000Z"),
               hs(email="vitor.nogueira@nogueira.com.br", country="Brazil", state="MG",
                  hs_analytics_source="EMAIL_MARKETING", createdate="2024-11-29T14:45:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "Brazil":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"{day(r['createdate'])} - origin {r['hs_analytics_source']}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h157-09-catalogue-mailing-address", H, C, """Short description: Address of the HubSpot contact to the Salesforce Contact (Mailing)
Requester: Rafael Souza
Business justification: The logistics team sends the printed catalogue by post twice per year and uses the Mailing Address of the Contact in Salesforce.
Detailed request, field by field:
- Email -> Email (this is how Salesforce finds the Contact)
- Street Address -> Mailing Street
- City -> Mailing City
- State/Region -> Mailing State/Province
- Postal Code -> Mailing Zip/Postal Code
- Country/Region -> Mailing Country
Everything copied exactly like it is in HubSpot, no adjust. A field empty in HubSpot goes empty.
Acceptance test: Kenji Tanaka, 1-1 Marunouchi, Tokyo, state empty, 100-0005, Japan -> the same values in the Mailing fields, and Mailing State/Province empty.""",
      extended(HS,
               hs(email="claudia.martins@gmail.com", address="Rua Augusta 1500", city="São Paulo", state="SP",
                  zip="01304-001", country="Brazil"),
               hs(email="sergio.queiroz@queirozmoveis.com.br", address="", city=" Curitiba", state="  ", zip="",
                  country="Brazil")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h157-10-lgpd-flags", H, C, """Short description: Email Opt Out and Do Not Call on the Contact (LGPD)
Requester: Rafael Souza (CRM Ops), with approval of the DPO (juridical area)
Business justification: By the LGPD we can only send email to who gave consent. And we cannot call who has no phone registered with us, because those numbers came from lists of third parties.
Detailed request:
1. Email -> Email of the Contact.
2. Email Opt Out (checkbox): checked (true) case the HubSpot field Unsubscribed from all email is "true"; not checked (false) case it is "false". Case it is empty, we have no consent registered, so checked (true).
3. Do Not Call (checkbox): checked (true) case the contact has Phone Number empty AND Mobile Phone Number empty. Case at least one of the two is filled, not checked (false).
Acceptance test: Kenji Tanaka: Unsubscribed empty, Phone Number +81 3 5555 0100, mobile empty -> Email Opt Out true, Do Not Call false.""",
      extended(HS,
               hs(email="daniela.freitas@gmail.com", phone="", mobilephone="  ", hs_email_optout="false"),
               hs(email="wagner.lima@limaeletro.com.br", phone=" ", mobilephone="", hs_email_optout="  "),
               hs(email="rosana.cruz@cruzpapelaria.com.br", phone="", mobilephone="+55 11 97555 0120",
                  hs_email_optout="true")))
def o10(r: R) -> Out:
    return {"Email": r["email"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true" or blank(r["hs_email_optout"]),
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h157-11-last-name-required", H, C, """Short description: Fill Last Name of the Contact (field required in SF)
Requester: Rafael Souza
Business justification: In the checkout of the e-commerce many clients inform the complete name only in the First Name field, or inform no name at all. Salesforce refuses a Contact without Last Name and the integration stops in the middle.
Detailed request:
- Email: copy to the Email of the Contact.
- Last Name: take the Last Name of HubSpot. Case it is empty, take the First Name. Case First Name is also empty, take the part of the Email before the @ (for cliente1234@bol.com.br -> cliente1234).
Acceptance test: register with First Name "Marina Teixeira" and Last Name empty -> Last Name "Marina Teixeira".""",
      extended(lower_emails(HS),
               hs(email="marina.teixeira@gmail.com", firstname="Marina Teixeira", lastname=""),
               hs(email="cliente1234@bol.com.br", firstname=" ", lastname="  "),
               hs(email="paulo.henrique@ig.com.br", firstname="", lastname="Henrique")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h157-12-correios-labels", H, C, """Short description: Mailing Country in Portuguese and Mailing City in capital letters
Requester: Rafael Souza - CRM Operations
Business justification: The labels of the Correios are printed from Salesforce, and the post office asks the country written in Portuguese and the city in capital letters.
Detailed request:
1. Email -> Email (Contact)
2. Mailing Country, from the Country/Region of HubSpot:
   United States -> Estados Unidos
   Japan -> Japão
   Mexico -> México
   France -> França
   Brazil -> Brasil
   (I verified the base today: only these five countries exist.)
3. Mailing City = City in capital letters (ribeirão preto -> RIBEIRÃO PRETO). Case City is empty, don't send Mailing City, so we don't erase the city that the seller informed manually.
Acceptance test: Chloé Dubois, France, Paris -> Mailing Country "França", Mailing City "PARIS".""",
      extended(HS,
               hs(email="joana.pires@piresdoces.com.br", country="Brazil", city="  "),
               hs(email="caio.barros@barrosagro.com.br", country="Brazil", city="ribeirão preto"),
               hs(email="yuki.mori@morishop.jp", country="Japan", city="")))
def o12(r: R) -> Out:
    names = {"United States": "Estados Unidos", "Japan": "Japão", "Mexico": "México", "France": "França",
             "Brazil": "Brasil"}
    return keep({"Email": r["email"], "MailingCountry": names[r["country"]],
                 "MailingCity": omit_if_blank(r["city"], str.upper)})


@case("h157-13-clube-fiel-contacts", H, C, """Short description: Clube Fiel clients to Salesforce Contact
Requester: Rafael Souza
Business justification: The fidelity program Clube Fiel will be managed in Salesforce from next month. Only who already bought with us participates, this is Lifecycle Stage customer.
Detailed request:
1) Filter: only the contacts with Lifecycle Stage = customer. The others stay only in HubSpot.
2) Email of the Contact = Email of HubSpot in small letters.
3) Mobile Phone of the Contact = Mobile Phone Number. Case the mobile is empty, use the Phone Number. Copy the number like it is.
4) Description = "Cliente Clube Fiel", fixed text for all.
Acceptance test: Maria Garcia (customer, phone empty, mobile (212) 555-0187) -> Mobile Phone (212) 555-0187, Description Cliente Clube Fiel. Priya Raman (marketingqualifiedlead) -> not sent.""",
      extended(HS,
               hs(email="Sergio.Prado@PradoCalcados.com.BR", lifecyclestage="customer", mobilephone=" ",
                  phone="+55 11 3555 0100"),
               hs(email="Aline.Ramos@Gmail.com", lifecyclestage="customer", mobilephone="(11) 98555-0177",
                  phone="(11) 3555-0178"),
               hs(email="Otto.Klein@KleinBier.com.BR", lifecyclestage="opportunity", mobilephone="(47) 98555-0101")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Cliente Clube Fiel"}


@case("h157-14-contacts-by-channel", H, C, """Short description: Contacts - names, title and Lead Source
Requester: Rafael Souza (CRM Ops)
Business justification: The report "Contacts by channel" of the diretoria is made from Lead Source, and today it shows everything as Other.
Detailed request:
- Email -> Email (Contact), copy
- First Name and Last Name: each word with the first letter capital, the rest small
- Title = Job Title without the spaces of the start and of the end
- Lead Source, from the Original Source:
    ORGANIC_SEARCH -> Web
    PAID_SEARCH -> Advertisement
    PAID_SOCIAL -> Advertisement
    SOCIAL_MEDIA -> Word of mouth
    REFERRALS -> External Referral
    EMAIL_MARKETING -> Email
  other sources, or source empty -> Other
Acceptance test: ANA PAULA barbosa, job title "  Compradora ", source SOCIAL_MEDIA -> First Name Ana Paula, Last Name Barbosa, Title Compradora, Lead Source Word of mouth.""",
      extended(HS,
               hs(email="ana.barbosa@barbosakids.com.br", firstname="ANA PAULA", lastname="barbosa",
                  jobtitle="  Compradora ", hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="eduardo.lima@limapet.com.br", firstname="eduardo", lastname="LIMA", jobtitle="   ",
                  hs_analytics_source=""),
               hs(email="gisele.moreira@moreira.com.br", firstname="Gisele", lastname="Moreira", jobtitle="Sócia ",
                  hs_analytics_source="AI_REFERRALS")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "SOCIAL_MEDIA": "Word of mouth", "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h157-15-newsletter-loja-language", H, M, """Short description: HubSpot contacts to the Mailchimp audience "Newsletter Loja"
Requester: Rafael Souza
Business justification: The weekly newsletter of offers goes by Mailchimp, and the audience is not actualized since March.
Detailed request:
1. Email Address (Mailchimp) = Email of HubSpot. It is the key of the member.
2. First Name (FNAME) = First Name, and Phone Number (PHONE) = Phone Number. Copy, also when empty.
3. Status: subscribed, fixed for all.
4. Language = Preferred language of HubSpot. A lot of contacts don't have this property at all (it was created only in 2024), or have it empty: in these cases inform "pt".
Acceptance test: Priya Raman, without Preferred language -> language pt, FNAME Priya, PHONE (415) 555-0142, status subscribed.""",
      extended(HS,
               hs(email="lucia.fernandes@bol.com.br", firstname="Lúcia", phone="", hs_language="es"),
               hs(email="renan.souto@soutoesportes.com.br", firstname="Renan", phone="(11) 3555-0144",
                  hs_language="  "),
               hs(email="emma.clark@clarkhome.com", firstname="", phone="305-555-0170", hs_language="en")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "PHONE": r["phone"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "pt")}


@case("h157-16-lgpd-status-three-ways", H, M, """Short description: Mailchimp status from the HubSpot unsubscribe (LGPD audit)
Requester: Rafael Souza / CRM Ops
Business justification: The LGPD audit of last quarter found members subscribed in Mailchimp that had unsubscribed in HubSpot. We must correct it before the next campaign.
Detailed request:
Email Address <- Email
Status <- Unsubscribed from all email:
   "true"  -> unsubscribed
   "false" -> subscribed
   empty   -> transactional (without consent registered we send only the emails of orders, no marketing)
Tags <- one tag only, "Origem HubSpot", for every member.
Acceptance test: Kenji Tanaka, Unsubscribed empty -> status transactional, tags [Origem HubSpot]. Priya Raman, "false" -> subscribed.""",
      extended(HS,
               hs(email="fabiana.rezende@gmail.com", hs_email_optout="  "),
               hs(email="roberto.machado@machadovinhos.com.br", hs_email_optout="true")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "transactional" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Origem HubSpot"]}


@case("h157-17-b2b-campaign-tags", H, M, """Short description: Tags of segmentation for the B2B campaign of end of year
Requester: Rafael Souza
Business justification: Marketing will send the corporate gifts catalogue only to big accounts and to our ambassadors, with different texts.
Detailed request:
1. Email Address = Email.
2. Tags, two rules:
   a. Annual Revenue greater than R$ 3.000.000 -> tag "Grande Conta"
   b. Lifecycle Stage = evangelist -> tag "Embaixador"
   When the two apply, the order is "Grande Conta" first and after "Embaixador". When none applies, send the tags as a list empty ([]). Annual Revenue empty does not give the tag Grande Conta.
Acceptance test: revenue 3.000.000,50 and stage evangelist -> ["Grande Conta", "Embaixador"]. Revenue 2.999.999 and stage customer -> [].""",
      extended(HS,
               hs(email="marta.guedes@guedesbrindes.com.br", annualrevenue="3000000.50", lifecyclestage="evangelist"),
               hs(email="ivo.sampaio@gmail.com", annualrevenue="  ", lifecyclestage="evangelist"),
               hs(email="celia.araujo@araujotextil.com.br", annualrevenue="2999999", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Grande Conta")
    if r["lifecyclestage"] == "evangelist":
        tags.append("Embaixador")
    return {"email_address": r["email"], "tags": tags}


@case("h157-18-black-friday-sms", H, M, """Short description: FNAME and PHONE for the SMS campaign of Black Friday
Requester: Rafael Souza
Business justification: The SMS has a limit of characters, so only the first name, and the SMS provider integrated with Mailchimp needs the phone in international format.
Detailed request:
- Email Address: Email of the contact.
- FNAME: only the first word of First Name (Ana Beatriz -> Ana).
- PHONE: Phone Number of HubSpot; case it is empty, the Mobile Phone Number. Always in E.164 format: +, country code and digits only. A number that already has + keeps its own country code. A number without + is American: +1 in front. And case it has 11 digits beginning with 1, only put the + (the 1 is already the code).
Acceptance test: Maria Garcia: phone empty, mobile (212) 555-0187 -> PHONE +12125550187. Kenji Tanaka: +81 3 5555 0100 -> +81355550100.""",
      extended(HS,
               hs(email="ana.beatriz.lopes@gmail.com", firstname="Ana Beatriz", phone="  ",
                  mobilephone="+55 21 98555 0111"),
               hs(email="luiz.carlos@lcimports.com", firstname="Luiz Carlos", phone="1 (305) 555 0100",
                  mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h157-19-greeting-needs-name", H, M, """Short description: Personalized newsletter - take out the registers without name
Requester: Rafael Souza
Business justification: The new template of the newsletter opens with "Olá" and the name of the client; without the name it looks strange and clients complained in Reclame Aqui.
Detailed request:
1. Registers with First Name empty (or only spaces) are NOT sent to Mailchimp.
2. Email Address = Email.
3. Email type = html for all.
4. VIP = true case the Lifecycle Stage is evangelist (our ambassadors), false for any other stage, and false also when the stage is empty.
Acceptance test: contact with First Name empty -> not sent. Contact evangelist with name -> VIP true. Priya Raman -> VIP false, email type html.""",
      extended(HS,
               hs(email="sem.nome@gmail.com", firstname="  ", lifecyclestage="evangelist"),
               hs(email="cliente.site@hotmail.com", firstname="", lifecyclestage="customer"),
               hs(email="tatiane.borges@gmail.com", firstname="Tatiane", lifecyclestage="evangelist"),
               hs(email="diego.rangel@rangel.com.br", firstname="Diego", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "email_type": "html", "vip": r["lifecyclestage"] == "evangelist"}


@case("h157-20-b2b-audience-company-domain", H, M, """Short description: Mailchimp B2B audience - names, company and VIP
Requester: Rafael Souza (CRM Ops)
Business justification: -
Detailed request:
Email Address = Email
FNAME = First Name with the first letter of each word capital and the rest small
LNAME = Last Name, same rule
COMPANY (merge field) = Company Name; case it is empty, the domain of the email (the part after the @), example ana@lojasol.com.br -> lojasol.com.br
VIP = true case Number of Employees is more than 100; false case it is 100 or less, or empty
Acceptance test: maria GARCIA, company empty, email maria.garcia@fiestafoods.mx -> FNAME Maria, LNAME Garcia, COMPANY fiestafoods.mx, VIP false.""",
      extended(lower_emails(HS),
               hs(email="henrique.tavares@tavaresmalhas.com.br", firstname="HENRIQUE", lastname="tavares",
                  company="  ", numemployees="100"),
               hs(email="vera.lucia@gmail.com", firstname="vera lúcia", lastname="SANTOS", company="Ateliê Vera",
                  numemployees="1500")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["numemployees"], 100)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h157-21-identify-profile", H, S, """Short description: Segment identify from HubSpot (profile of the client)
Requester: Rafael Souza
Business justification: The personalization of the site (banner with the name of the client) reads the traits of Segment.
Detailed request:
1. userId = Email in small letters.
2. traits.firstName = First Name, traits.lastName = Last Name, traits.phone = Phone Number, traits.title = Job Title. Copy like they are; empty stays empty.
3. traits.name = First Name + one space + Last Name (example: Priya Raman).
Acceptance test: Camila Duarte, Camila.Duarte@Lojas-Duarte.COM.BR, phone empty -> userId camila.duarte@lojas-duarte.com.br, traits.name "Camila Duarte", traits.phone empty.""",
      extended(HS,
               hs(email="Camila.Duarte@Lojas-Duarte.COM.BR", firstname="Camila", lastname="Duarte", phone="",
                  jobtitle="Compradora")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "phone": r["phone"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h157-22-company-object-traits", H, S, """Short description: Company data in the Segment profile
Requester: Rafael Souza
Business justification: The data team wants to separate B2C and B2B clients in the dashboards; clients without company are pessoa física (consumer, without CNPJ).
Detailed request:
- userId: Email, without change
- traits.company (an object inside traits, not flat fields):
   name: Company Name. Case empty, inform "Pessoa Física".
   industry: Industry, copied. Case Industry is empty, don't send industry.
   employee_count: Number of Employees as integer. Empty -> don't send employee_count.
Acceptance test: Maria Garcia: company empty, industry Food, employees empty -> traits.company = name "Pessoa Física", industry "Food", no employee_count.""",
      extended(HS,
               hs(email="mirela.pinto@gmail.com", company="  ", industry="", numemployees="  "),
               hs(email="alexandre.cunha@magpaulista.com.br", company="Magazine Paulista", industry="Retail",
                  numemployees="1800")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Pessoa Física"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], whole)}}})


@case("h157-23-address-and-whatsapp", H, S, """Short description: Address and phone traits in Segment
Requester: Rafael Souza - CRM Operations
Business justification: The delivery app and the WhatsApp bot read the address and the phone from Segment.
Detailed request:
userId = Email
traits.address (object):
  street = Street Address
  city = City
  postalCode = Postal Code
  state = State/Region, only case it is filled; state empty -> the state key is not sent
traits.phone = Mobile Phone Number; case empty, the Phone Number. In E.164: + with the country code and only digits. Number starting with + keeps its code. Number without + is from the United States (+1), and with 11 digits starting with 1 it already has the code, only put +. Case both numbers are empty, no phone trait.
Acceptance test: Dmitri Volkov: mobile empty, phone 617-555-0123 -> traits.phone +16175550123, address state MA.""",
      extended(HS,
               hs(email="priscila.araujo@gmail.com", address="Rua Oscar Freire 300", city="São Paulo", state="  ",
                  zip="01426-000", mobilephone="", phone=""),
               hs(email="kevin.moss@mossgoods.com", address="10 Ocean Dr", city="Miami", state="FL", zip="33139",
                  mobilephone=" ", phone="(305) 555-0188")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h157-24-clean-userid-revenue", H, S, """Short description: Segment - clean userId, unsubscribed flag and revenue
Requester: Rafael Souza
Business justification: The identities in Segment are duplicated because the emails came with spaces and capital letters from the stores' tablets.
Detailed request:
1. userId = Email without spaces in the beginning and in the end, and all in small letters.
2. traits.industry = Industry, copy.
3. traits.unsubscribed = true (boolean) case Unsubscribed from all email is "true". Case it is "false" or empty -> false.
4. traits.annual_revenue = Annual Revenue as a number (2.500.000,75 becomes the number 2500000.75). Case empty, don't send this trait.
Acceptance test: email "  Roberto.Guerra@Guerra.com.BR  ", unsubscribed empty, revenue empty -> userId roberto.guerra@guerra.com.br, traits.unsubscribed false, no annual_revenue.""",
      extended(HS,
               hs(email="  Roberto.Guerra@Guerra.com.BR  ", hs_email_optout="  ", annualrevenue="  ",
                  industry="Retail"),
               hs(email="VANESSA.LEAL@gmail.com ", hs_email_optout="true", annualrevenue="750000.5", industry="")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h157-25-ga4-crm-lead-event", H, G, """Short description: GA4 event for each contact of HubSpot
Requester: Rafael Souza
Business justification: The marketing team wants to cross in GA4 the leads of the CRM with the online campaigns.
Detailed request:
- client_id = Email of HubSpot, exactly like it is.
- Event: name "crm_lead" (fixed).
- Params of the event:
   store = "online" (fixed)
   channel = Original Source in small letters (PAID_SEARCH -> paid_search). Case the source is empty, channel goes as text empty ("").
   signup_date = Create Date, only the date, YYYY-MM-DD.
Acceptance test: Priya Raman, ORGANIC_SEARCH, created 2023-03-14T15:02:11.000Z -> crm_lead with store online, channel organic_search, signup_date 2023-03-14.""",
      extended(HS,
               hs(email="leticia.mendes@gmail.com", hs_analytics_source="  ", createdate="2024-06-18T12:10:00.000Z"),
               hs(email="fabio.correia@correiasports.com.br", hs_analytics_source="SOCIAL_MEDIA",
                  createdate="2024-09-07T13:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_lead",
                        "params": {"store": "online", "channel": "" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h157-26-ga4-big-account", H, G, """Short description: GA4 event "big_account" for companies with revenue high
Requester: Rafael Souza (CRM Ops)
Business justification: Media team wants an audience in Google Ads of the big companies.
Detailed request:
1. Send to GA4 only the contacts with Annual Revenue more than R$ 1.000.000. Case Annual Revenue is empty, don't send the contact.
2. client_id = part of the Email before the @.
3. Event name = big_account, always.
4. Param revenue = Annual Revenue as number.
Acceptance test: maria.garcia@fiestafoods.mx with revenue 2.500.000,75 -> client_id maria.garcia, revenue 2500000.75. Kenji Tanaka (revenue empty) -> nothing.""",
      extended(lower_emails(HS),
               hs(email="gilberto.serra@serramoveis.com.br", annualrevenue="1500000"),
               hs(email="nadia.costa@gmail.com", annualrevenue="  "),
               hs(email="jorge.amaral@amaralfrutas.com.br", annualrevenue="999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_account", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h157-27-ga4-active-or-unsubscribed", H, G, """Short description: GA4 - active contact x unsubscribed contact
Requester: Rafael Souza
Business justification: We want to measure in GA4 how many unsubscribed contacts still visit the site.
Detailed request:
client_id = Email, copy
Event name:
  - "contato_descadastrado" case Unsubscribed from all email is "true"
  - "contato_ativo" in the other cases ("false" or empty)
Params:
  - region = State/Region; case empty, inform "sem_estado"
  - country = Country/Region, copy
Acceptance test: Chloé Dubois: unsubscribed "true", state empty, France -> contato_descadastrado, region sem_estado, country France.""",
      extended(HS,
               hs(email="otavio.franco@gmail.com", hs_email_optout="  ", state="SP", country="Brazil"),
               hs(email="larissa.gil@gilcosmeticos.com.br", hs_email_optout="true", state="  ", country="Brazil")))
def o27(r: R) -> Out:
    name = "contato_descadastrado" if r["hs_email_optout"] == "true" else "contato_ativo"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"region": dflt(r["state"], "sem_estado"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h157-28-leads-back-to-hubspot", L, H, """Short description: Salesforce Leads -> HubSpot contacts (return)
Requester: Rafael Souza
Business justification: Leads registered by the sellers directly in Salesforce (phone and fairs) don't exist in HubSpot, so marketing cannot include them in the nurturing flows.
Detailed request, field by field (Salesforce -> HubSpot):
Email -> Email (key of the contact in HubSpot)
First Name -> First Name
Last Name -> Last Name
Company -> Company Name
Title -> Job Title
Phone -> Phone Number
Street -> Street Address
Zip/Postal Code -> Postal Code
Country -> Country/Region
All copied without change. Case the field is empty in Salesforce, it goes empty to HubSpot too.
Acceptance test: Amara Diallo: Phone, Street, Postal Code and Country empty -> these four empty in HubSpot, Company Baobab Energy.""",
      extended(SFL,
               sfl(Email="debora.campos@camposflores.com.br", FirstName="Débora", LastName="Campos",
                   Company="Campos Flores", Title="", Phone="  ", Street="", PostalCode="", Country="Brazil")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h157-29-lead-status-to-stage", L, H, """Short description: Lifecycle Stage and unsubscribe in HubSpot from the Lead
Requester: Rafael Souza / CRM Operations
Business justification: Marketing automation in HubSpot depends on the Lifecycle Stage, and today the leads of Salesforce arrive without stage.
Detailed request:
1. email (HubSpot) = Email of the Lead.
2. Lifecycle Stage, from the Lead Status:
   Open - Not Contacted -> lead
   Working - Contacted -> marketingqualifiedlead
   Closed - Converted -> customer
   Closed - Not Converted -> other
   (our Salesforce only has these four status.)
3. Unsubscribed from all email: the text "true" case Email Opt Out is checked in the Lead, the text "false" case it is not checked.
Acceptance test: Hiroshi Sato, Working - Contacted, Email Opt Out checked -> marketingqualifiedlead, "true".""",
      extended(SFL,
               sfl(Email="adriana.melo@melotur.com.br", Status="Closed - Not Converted", HasOptedOutOfEmail=True),
               sfl(Email="fernando.rios@riospneus.com.br", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h157-30-rating-to-lead-status", L, H, """Short description: Lead Status of HubSpot from the Rating of Salesforce
Requester: Rafael Souza
Business justification: The SDR team works the queue in HubSpot and wants to see how hot the lead is.
Detailed request:
- email = Email of the Lead in small letters (HubSpot is case sensitive in our deduplication workflow).
- Lead Status (HubSpot) from Rating:
     Hot  -> OPEN_DEAL
     Warm -> IN_PROGRESS
     Cold -> ATTEMPTED_TO_CONTACT
  There is no other Rating value in our base.
- Annual Revenue = Annual Revenue of the Lead as a number. Case it is empty, don't send Annual Revenue.
Acceptance test: Lead with Email Marcelo.Dias@DiasFarma.com.BR, Rating Warm, revenue 3.750.000,25 -> email marcelo.dias@diasfarma.com.br, IN_PROGRESS, 3750000.25.""",
      extended(SFL,
               sfl(Email="Marcelo.Dias@DiasFarma.com.BR", Rating="Warm", AnnualRevenue="3750000.25"),
               sfl(Email="Tais.Bastos@BastosCafe.com.br", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    table = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h157-31-uk-leads-london-team", L, H, """Short description: UK Leads to HubSpot (new London showroom)
Requester: Rafael Souza
Business justification: We opened a showroom in London in September. The UK team uses HubSpot, and the numbers must be in international format for their dialer.
Detailed request:
1. Only Leads with Country exactly "United Kingdom". Leads of other countries (or country empty) are not sent.
2. email = Email.
3. Phone Number = Phone in E.164 of the UK: + 44 and the digits, removing the 0 of the beginning (020 7946 0321 -> +442079460321). Case the Phone already starts with +, keep its code and only take the digits.
4. City = City in capital letters.
5. Company Name = Company; case Company is empty, inform "Independent".
Acceptance test: Eoin Murphy, London, 020 7946 0321, Harbourline -> +442079460321, LONDON, Harbourline.""",
      extended(SFL,
               sfl(Email="harry.lewis@lewisandsons.co.uk", Country="United Kingdom", Phone="07911 123456",
                   City="manchester", Company=""),
               sfl(Email="amelia.ward@wardinteriors.co.uk", Country="United Kingdom", Phone="+44 113 496 0123",
                   City="Leeds", Company="  "),
               sfl(Email="ciara.byrne@byrne.ie", Country="Ireland", Phone="+353 1 555 0199", City="Dublin",
                   Company="Byrne Ltd"),
               sfl(Email="tom.hale@halebrothers.co.uk", Country="UK", Phone="020 7946 0555", City="London",
                   Company="Hale Brothers")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "company": dflt(r["Company"], "Independent")}


@case("h157-32-skip-cold-leads-address", L, H, """Short description: Leads to HubSpot without the Cold ones, with address line
Requester: Rafael Souza - CRM Operations
Business justification: Cold leads only make noise in the HubSpot workflows and count in our contact tier (we pay by contact).
Detailed request:
1. Leads with Rating = Cold: skip, don't send to HubSpot.
2. email = Email.
3. Job Title = Title; case the Title is empty, inform "Não informado".
4. Street Address = Street + ", " + Zip/Postal Code, like "Av. Paulista 1000, 01310-100". Case the Postal Code is empty, only the Street, without the comma.
Acceptance test: Grace Okafor (Hot): 200 Lake St, 60601 -> "200 Lake St, 60601". Lead with Street "Av. Paulista 1000" and no Postal Code -> "Av. Paulista 1000".""",
      extended(SFL,
               sfl(Email="roberta.nascimento@gmail.com", Street="Av. Paulista 1000", PostalCode="", Rating="Warm",
                   Title="  "),
               sfl(Email="julia.farias@fariasjoias.com.br", Street="Rua Oscar Freire 500", PostalCode="01426-001",
                   Rating="Hot", Title="Diretora"),
               sfl(Email="caio.torres@torres.com.br", Street="Rua Bahia 20", PostalCode="  ", Rating="Hot",
                   Title=""),
               sfl(Email="lara.nunes@nunes.com.br", Street="Rua XV 10", PostalCode="80020-310", Rating="Cold")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else f"{r['Street']}, {r['PostalCode']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Não informado"), "address": addr}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h157-33-contacts-crm-fair-tags", C, M, """Short description: Salesforce Contacts to Mailchimp, status and tags
Requester: Rafael Souza
Business justification: After the fair Expo Varejo the sellers registered many contacts in Salesforce, and marketing wants to send them the follow-up by Mailchimp.
Detailed request:
1. Email Address = Email of the Contact in small letters.
2. Status: Email Opt Out checked -> unsubscribed; not checked -> subscribed.
3. Tags: every member receives the tag "CRM". Case Lead Source is Trade Show, also the tag "Feira", after "CRM".
Acceptance test: Lena Huber, Trade Show, not opted out -> lena.huber@alpenwerk.at, subscribed, tags CRM and Feira. Felix Wagner (Web) -> felix.wagner@rheinsoft.de, tags only CRM.""",
      extended(SFC,
               sfc(Email="Rogerio.Paiva@PaivaMoveis.com.BR", LeadSource="Trade Show", HasOptedOutOfEmail=True),
               sfc(Email="Livia.Cardoso@gmail.com", LeadSource="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["CRM"] + (["Feira"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h157-34-sms-audience-by-country", C, M, """Short description: SMS audience in Mailchimp from Salesforce Contacts
Requester: Rafael Souza
Business justification: New SMS channel of promotions (pilot with 5 thousand contacts).
Detailed request:
1) Contacts with Business Phone empty (or only spaces): skip, they don't go to Mailchimp.
2) Email Address = Email.
3) PHONE (merge field) = Business Phone in E.164: + and digits. Case it starts with +, it keeps its own code. Without +, it is United States, put +1; with 11 digits starting with 1, only the +.
4) Language, by the Mailing Country:
     Germany -> de
     Austria -> de
     United States -> en
     Brazil -> pt
   (only these countries in the Contacts with phone.)
Acceptance test: Felix Wagner, Germany, (503) 555-0148 -> PHONE +15035550148, language de. Contact with Business Phone empty -> not sent.""",
      extended(SFC,
               sfc(Email="mariana.leite@leitecasa.com.br", Phone="+55 11 3555 0177", MailingCountry="Brazil"),
               sfc(Email="ricardo.moraes@gmail.com", Phone="   ", MailingCountry="Brazil"),
               sfc(Email="jill.porter@porterfarm.com", Phone="1-415-555-0100", MailingCountry="United States"),
               sfc(Email="klaus.berg@berg.de", Phone="", MailingCountry="Germany")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Brazil": "pt"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h157-35-partner-stores-vip", C, M, """Short description: Contacts of partner stores as VIP in Mailchimp
Requester: Rafael Souza
Business justification: The partner stores (franchises) receive a special newsletter with wholesale prices; in Mailchimp we identify them by the VIP flag.
Detailed request:
Email Address = Email, copy
FNAME = First Name; case empty, inform "Cliente"
LNAME = Last Name, copy (empty goes empty)
VIP = true only case Lead Source is exactly "Partner". Other sources and Lead Source empty -> false
Email type = html, for all the members
Acceptance test: Contact with First Name empty, Last Name Rezende, Lead Source Partner -> FNAME Cliente, LNAME Rezende, VIP true.""",
      extended(SFC,
               sfc(Email="otavio.rezende@rezendefranquias.com.br", FirstName="", LastName="Rezende",
                   LeadSource="Partner"),
               sfc(Email="bianca.soares@gmail.com", FirstName="  ", LastName="", LeadSource=""),
               sfc(Email="nelson.farias@fariasmodas.com.br", FirstName="Nelson", LastName="Farias",
                   LeadSource="Partner Referral")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Cliente"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner", "email_type": "html"}


@case("h157-36-web-contacts-clear-tags", C, M, """Short description: Web Contacts to Mailchimp, clean the old tags
Requester: Rafael Souza
Business justification: The tags of the old agency are wrong and pollute the segments; we will recreate them later.
Detailed request:
1. Only Contacts with Lead Source = Web. Other sources, and source empty, stay out.
2. Email Address, FNAME and LNAME = Email, First Name and Last Name, copy.
3. Status = subscribed; Language = pt. Fixed for all.
4. Tags = list empty ([]), to remove the tags old.
Acceptance test: Felix Wagner (Web) -> Felix / Wagner, subscribed, pt, tags []. Lena Huber (Trade Show) -> not sent.""",
      extended(SFC,
               sfc(Email="camila.rocha@gmail.com", FirstName="Camila", LastName="", LeadSource="Web"),
               sfc(Email="andre.neves@nevesauto.com.br", FirstName="André", LastName="Neves", LeadSource="Email")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "pt", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h157-37-identify-contacts-title", C, S, """Short description: Segment identify for the Salesforce Contacts
Requester: Rafael Souza
Business justification: Segment only knows the contacts of the e-commerce; the B2B contacts of Salesforce are missing.
Detailed request:
userId: Email of the Contact in small letters
traits.email: Email, exactly like in Salesforce (without lowercase)
traits.firstName: First Name, copy
traits.lastName: Last Name, copy
traits.title: Title, but only case it is filled. Title empty -> the trait title is not sent.
Acceptance test: Felix.Wagner@Rheinsoft.de, CTO -> userId felix.wagner@rheinsoft.de, traits.email Felix.Wagner@Rheinsoft.de, title CTO. Lena Huber, Title empty -> no title.""",
      extended(SFC,
               sfc(Email="Paula.Xavier@XavierDesign.com.BR", FirstName="Paula", LastName="Xavier", Title="  "),
               sfc(Email="MAURO.LEMOS@LEMOS.COM.BR", FirstName="", LastName="Lemos", Title="Comprador")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h157-38-address-brazil-default", C, S, """Short description: Mailing City and Country of the Contact in the Segment address
Requester: Rafael Souza
Business justification: Most of our contacts are from Brazil, and in the old registers the country was not informed.
Detailed request:
1. userId = Email, copy.
2. traits.address.city = Mailing City, removing the spaces of the beginning and of the end.
3. traits.address.country = Mailing Country; case it is empty, inform "Brazil".
Acceptance test: Contact with Mailing City " Campinas " and Mailing Country empty -> city "Campinas", country "Brazil".""",
      extended(SFC,
               sfc(Email="gabriel.matos@matosfer.com.br", MailingCity=" Campinas ", MailingCountry="  "),
               sfc(Email="elaine.rosa@gmail.com", MailingCity="Recife", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Brazil")}}}


@case("h157-39-phone-name-channel", C, S, """Short description: Segment traits phone, name and channel from the Contact
Requester: Rafael Souza (CRM Ops)
Business justification: The attribution dashboard needs the channel of origin of each contact in Segment.
Detailed request:
- userId = Email
- traits.phone = Business Phone in E.164 (+ and digits; number with + keeps its country code; number without + is American, +1 in front, and when it has 11 digits starting with 1 only put the +)
- traits.name = First Name + " " + Last Name
- traits.channel, from the Lead Source:
     Web -> online
     Trade Show -> evento
     Phone Inquiry -> telefone
     any other value, or Lead Source empty -> outro
Acceptance test: Lena Huber, +43 1 555 0190, Trade Show -> +4315550190, "Lena Huber", evento. Ethan Brooks, Lead Source empty -> outro.""",
      extended(SFC,
               sfc(Email="silvio.prates@pratesbike.com.br", FirstName="Sílvio", LastName="Prates",
                   Phone="+55 11 3555 0150", LeadSource="Phone Inquiry"),
               sfc(Email="amy.ross@rossoutdoor.com", FirstName="Amy", LastName="Ross", Phone="1 503 555 0123",
                   LeadSource="Partner")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "evento", "Phone Inquiry": "telefone"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "outro")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h157-40-members-to-hubspot-language", M, H, """Short description: Mailchimp members -> HubSpot contacts (names, company, language, unsubscribe)
Requester: Rafael Souza
Business justification: The members who subscribed by the pop-up of the site exist only in Mailchimp; the CRM team needs them in HubSpot.
Detailed request:
1. email = Email Address.
2. First Name and Last Name = FNAME and LNAME, with the first letter of each word capital and the rest small.
3. Company Name = COMPANY, only case it is filled. COMPANY empty -> don't send Company Name (to not erase the one in HubSpot).
4. Preferred language = language of the member; case empty, inform "pt".
5. Unsubscribed from all email, as text: "true" case the Mailchimp status is unsubscribed or cleaned; "false" for the other status.
Acceptance test: Liam Walsh (liam / WALSH, unsubscribed, Cork Brewing Co) -> Liam, Walsh, Cork Brewing Co, "true".""",
      extended(MC,
               mc({"FNAME": "MARIA EDUARDA", "LNAME": "santos", "COMPANY": "  "},
                  email_address="maria.eduarda@gmail.com", status="pending", language=""),
               mc({"FNAME": "renato", "LNAME": "ALVES", "COMPANY": "Alves Óptica"},
                  email_address="renato@alvesoptica.com.br", status="subscribed", language="  ")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "company": omit_if_blank(mf["COMPANY"]), "hs_language": dflt(r["language"], "pt"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h157-41-members-skip-unsubscribed-vip", M, H, """Short description: Mailchimp -> HubSpot, without unsubscribed, VIP as open deal
Requester: Rafael Souza
Business justification: The VIP members of Mailchimp are the clients of the personal shopper service; the sellers in HubSpot must treat them first.
Detailed request:
1. Members with status unsubscribed: don't send to HubSpot.
2. email = Email Address.
3. Phone Number = PHONE in E.164: + and digits; case it starts with +, keep its code; without + it is American, put +1 (11 digits starting with 1: only +). Case PHONE is empty, don't send Phone Number.
4. Company Name = COMPANY, copy like it is.
5. Lead Status = OPEN_DEAL case the member is VIP; NEW case not VIP.
Acceptance test: Sofia Rossi, (646) 555-0134, not VIP -> +16465550134, Trattoria Uno, NEW. Liam Walsh (unsubscribed) -> not sent.""",
      extended(MC,
               mc({"PHONE": "  ", "COMPANY": "Empório Santa Luzia"}, email_address="clara.azevedo@emporiosl.com.br",
                  status="subscribed", vip=True),
               mc({"PHONE": "1 646 555 0111", "COMPANY": ""}, email_address="nina.ford@fordbakery.com",
                  status="pending", vip=False),
               mc({"PHONE": "+55 11 99555 0100"}, email_address="saiu@gmail.com", status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW"})


@case("h157-42-customer-tag-stage", M, H, """Short description: Mailchimp members to HubSpot - first name, company, stage by tag
Requester: Rafael Souza
Business justification: In Mailchimp the buyers are marked with the tag "Customer" by the e-commerce integration. HubSpot must know them as customers.
Detailed request:
- email = Email Address
- First Name = only the first word of FNAME (João Pedro -> João)
- Company Name = COMPANY; case empty, the domain of the email, the part after the @ (ana@lojasol.com.br -> lojasol.com.br)
- Lifecycle Stage = customer case the member has the tag "Customer" (exactly like this, with capital C); members without this tag -> subscriber
Acceptance test: Aiko Yamamoto, tag Customer, COMPANY empty, aiko.yamamoto@hanabi.jp -> First Name Aiko, Company Name hanabi.jp, stage customer.""",
      extended(MC,
               mc({"FNAME": "João Pedro", "COMPANY": "  "}, email_address="joao.pedro@padariacentral.com.br",
                  tags=["Black Friday", "Customer"]),
               mc({"FNAME": "Renata", "COMPANY": ""}, email_address="renata@floriculturaipe.com.br",
                  tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set157")
