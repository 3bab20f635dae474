"""Held-out set 56 for the offline mapping drafter.

Persona: a CRM analyst in São Paulo whose first language is Brazilian Portuguese. Fluent but
Portuguese-influenced English ("the e-mail of the person", "in case the company comes empty",
"put the value 'X' always", "let it in blank" for leaving a field out, "transform in lowercase",
"only the ones that are customers"), mixing lead/contact loosely and dropping the odd Portuguese
word in parentheses ("(cargo)", "(empresa)", "(celular)"). Much of the base is Brazilian, so
phones often need +55 when they don't carry the DDI.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h56-01 .. h56-08)
  hubspot.contacts -> salesforce.Contact   6  (h56-09 .. h56-14)
  hubspot.contacts -> mailchimp.members    6  (h56-15 .. h56-20)
  hubspot.contacts -> segment.identify     4  (h56-21 .. h56-24)
  hubspot.contacts -> ga4.events           3  (h56-25 .. h56-27)
  salesforce.Lead  -> hubspot.contacts     5  (h56-28 .. h56-32)
  salesforce.Contact -> mailchimp.members  4  (h56-33 .. h56-36)
  salesforce.Contact -> segment.identify   3  (h56-37 .. h56-39)
  mailchimp.members -> hubspot.contacts    3  (h56-40 .. h56-42)

Rule kinds per case:
  01 copies (with empty values), constant     22 nested company traits, default, 2x omit-when-empty, integer
  02 two defaults (whitespace hits), copy ''  23 nested address, omit-when-empty, E.164 US w/ fallback, lower
  03 fallback chain phone->mobile->omit,      24 trim+lower userId, boolean (blank stated), number/omit, copy
     title case                               25 GA4: lower client_id, constant event, constant + copy params
  04 lower, value table w/ otherwise          26 GA4 filter (> w/ blank stated), before @, number, constant
  05 exclude filter (no email + stage), const 27 GA4 conditional event name, default, copy
  06 > condition (blank stated), integer/omit 28 copies (with empty values)
  07 E.164 BR (+55) x2, omit, upper           29 value table (no otherwise), "true"/"false" text
  08 only filter, concat + date, upper, copy  30 lower, value table (no otherwise), number/omit
  09 copies into Mailing* fields, default     31 only filter, E.164 UK, upper, default
  10 boolean from text (blank stated),        32 exclude filter, default, concat with default part
     boolean from is-empty condition          33 lower, boolean->status, constant + conditional tag
  11 fallback chain last->first->before @     34 exclude filter (no phone), E.164 US, table (no otherwise)
  12 table (no otherwise), upper + omit       35 default, copy, equality -> vip (blank stated), constant
  13 only filter, lower, default, fallback,   36 only filter, constants, empty tag list, copies
     constant                                 37 lower userId, copies, omit-when-empty
  14 trim, trim+title case, table w/ otherw.  38 nested address, trim, default
  15 copies, 2 constants, default             39 E.164 US, concatenation, table w/ otherwise
  16 3-way status (blank stated), const tag   40 title case, omit-when-empty, default, "true"/"false"
  17 conditional tags (> and equality), []    41 exclude filter, E.164 US, omit, vip condition
  18 first word, E.164 BR w/ fallback + omit  42 first word, fallback to part after @, tag condition
  19 exclude filter, constant, vip flag
  20 title case, tags const + part after @,
     equality condition (blank stated)
  21 lower userId, copies, concatenation
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import (
    C,
    Case,
    G,
    H,
    L,
    M,
    Out,
    S,
    build,
    collector,
    dflt,
    extended,
    lower_emails,
    rev,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(email: str, status: str, fields: R, tags: list[str], language: str, vip: bool) -> R:
    return {"email_address": email, "status": status, "merge_fields": fields, "tags": tags,
            "language": language, "vip": vip}


# Brazilian contacts used by several cases (full records, variants made per case)
BR1 = hs(email="rafael.souza@casaverde.com.br", firstname="Rafael", lastname="Souza", company="Casa Verde Móveis",
         phone="(11) 3555-0142", mobilephone="(11) 98765-4321", jobtitle="Gerente de Compras",
         hs_analytics_source="OFFLINE", lifecyclestage="customer", country="Brazil", city="São Paulo", state="sp",
         zip="01310-100", address="Av Paulista 1000", annualrevenue="30000000", numemployees="320", industry="Retail",
         website="https://casaverde.com.br", createdate="2021-08-17T13:20:00.000Z", hs_email_optout="false")
BR2 = hs(email="Ana.Lima@VerdeMar.com.br", firstname="ana paula", lastname="LIMA", company="",
         phone="21 3555 0199", mobilephone="", jobtitle="", hs_analytics_source="EMAIL_MARKETING",
         lifecyclestage="lead", country="Brazil", city="rio de janeiro", state="Rj", zip="22041-001",
         address="Rua Barata Ribeiro 50", annualrevenue="", numemployees="", industry="", website="",
         createdate="2024-02-10T14:00:00.000Z", hs_email_optout="")
BR3 = hs(email="carlos.mendes@minasagro.com.br", firstname="Carlos Eduardo", lastname="Mendes", company="Minas Agro",
         phone="", mobilephone="+55 31 99876-5432", jobtitle="Diretor", hs_analytics_source="PAID_SOCIAL",
         lifecyclestage="opportunity", country="Brazil", city="Belo Horizonte", state="MG", zip="30130-000",
         address="Av Afonso Pena 900", annualrevenue="7500000", numemployees="85", industry="Agriculture",
         website="minasagro.com.br", createdate="2023-05-22T16:45:00.000Z", hs_email_optout="true")


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h56-01-copies-leadsource-web", H, L,
      "Hi! We need to send the contacts of HubSpot to Salesforce as Leads, and the key for the match is the e-mail "
      "of the person (it goes in Email). Please copy the first name, the last name, the company (empresa) and the "
      "job title (cargo) - this last one goes in the Title field.\n\n"
      "Put the value 'Web' always in LeadSource, for all the leads.",
      HS)
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h56-02-company-title-not-informed", H, L,
      "Contacts to Leads. The e-mail of the contact goes to Email, this is how we find the lead in Salesforce. "
      "Company and Title are mandatory for our sales team: Company comes from the company and Title from the job "
      "title. In case the company comes empty put 'Not informed', and when the job title comes empty put "
      "'Not informed' too.\n\n"
      "The City you can copy like it is, without any default.",
      extended(HS, hs(email="bruno.costa@gmail.com", firstname="Bruno", lastname="Costa", company="   ",
                      jobtitle="Freelancer", city="", country="Brazil", state="SP")))
def _02(r: R) -> R:
    return {"Email": r["email"], "Company": dflt(r["company"], "Not informed"),
            "Title": dflt(r["jobtitle"], "Not informed"), "City": r["city"]}


@case("h56-03-phone-fallback-title-case", H, L,
      "Please map the contact to Lead using the e-mail as key (Email). For the Phone of the lead use the phone of "
      "the contact; when it doesn't have, use the mobile (celular) instead. If both are empty, let it in blank - "
      "I mean, don't send the Phone field at all.\n\n"
      "The FirstName and LastName transform in title case (first letter of each word in uppercase and the rest in "
      "lowercase), because we have people registered like 'maria' or 'GARCIA'.",
      extended(HS, hs(email="lucas.ferreira@techbr.com.br", firstname="LUCAS", lastname="ferreira", phone="",
                      mobilephone="", company="TechBR", country="Brazil")))
def _03(r: R) -> R:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": phone, "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"])})


@case("h56-04-lower-email-source-table", H, L,
      "We match the leads by e-mail, and the e-mail must go in Email transformed in lowercase (some people write it "
      "with uppercase letters). LeadSource comes from the original source of HubSpot (hs_analytics_source), like "
      "this:\n"
      "- ORGANIC_SEARCH -> Web\n"
      "- PAID_SEARCH and PAID_SOCIAL -> Advertisement\n"
      "- REFERRALS -> Partner Referral\n"
      "- OFFLINE -> Trade Show\n"
      "Any other value, and also when the source comes empty, put 'Other'.",
      extended([HS[0], HS[2], HS[3], HS[4]], hs(email="Fernanda.Rocha@AuroraEventos.com.br", hs_analytics_source="OFFLINE"),
               hs(email="tiago.alves@novaera.com.br", hs_analytics_source="EMAIL_MARKETING")))
def _04(r: R) -> R:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h56-05-skip-no-email-and-subscribers", H, L,
      "We don't want to send the ones without e-mail, and also skip the contacts that are still 'subscriber' in "
      "the lifecycle stage (they are not leads yet).\n\n"
      "For the rest: the e-mail in Email (it's the key), the last name in LastName, the company in Company, and "
      "put Status = 'Open - Not Contacted' always.",
      extended([HS[0], HS[1], HS[2], HS[4]], hs(email="", firstname="Paulo", lastname="Nunes", company="Nunes Transportes",
                      lifecyclestage="lead"),
               hs(email="  ", firstname="Silvia", lastname="Prado", company="Prado & Filhos",
                  lifecyclestage="salesqualifiedlead")))
def _05(r: R) -> Out:
    if blank(r["email"]) or r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h56-06-rating-by-revenue-employees", H, L,
      "Key is the e-mail, it goes to Email. The Rating of the lead depends on the annual revenue (faturamento): "
      "bigger than 5 million is 'Hot', the others are 'Cold' - and when the revenue comes empty it's 'Cold' too.\n\n"
      "NumberOfEmployees is the number of employees as a whole number; if it comes empty, don't send this field.",
      extended(HS, BR3))
def _06(r: R) -> R:
    v = rev(r)
    return keep({"Email": r["email"], "Rating": "Hot" if v is not None and v > 5_000_000 else "Cold",
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h56-07-br-phones-e164-state-upper", H, L,
      "This list is from our Brazilian base. The e-mail goes to Email (match key). Phone (from the phone) and "
      "MobilePhone (from the mobile) must go in the international format E.164, with +55 in front when the number "
      "doesn't have the DDI; if it already starts with +, keep its own country code. In case the mobile comes "
      "empty, let it in blank, that is, don't send MobilePhone.\n\n"
      "And the State (estado) transform in uppercase, we have 'sp', 'Rj' and so on.",
      [BR1,
       {**BR2},
       {**BR3, "phone": "(31) 3555-0111"},
       hs(email="jennifer.wu@baytrade.com", firstname="Jennifer", lastname="Wu", company="Bay Trade",
          phone="+1 (415) 555-0142", mobilephone="", state="ca"),
       hs(email="marcos.pinto@sulfrio.com.br", firstname="Marcos", lastname="Pinto", company="Sul Frio",
          phone="51 3555-0177", mobilephone="51 99911-2233", state="rs", country="Brazil", city="Porto Alegre")])
def _07(r: R) -> R:
    return keep({"Email": r["email"], "Phone": e164(r["phone"], "55"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "55"),
                 "State": r["state"].upper()})


@case("h56-08-customers-only-description-since", H, L,
      "Only the ones that are customers (lifecycle stage 'customer') go to Salesforce, the others we don't send. "
      "Match by e-mail (Email) and copy the company to Company.\n\n"
      "The Description must be the text 'HubSpot customer since ' followed by the create date in the format "
      "YYYY-MM-DD, for example 'HubSpot customer since 2021-01-31'. The Country put in uppercase.",
      extended([HS[0], HS[2], HS[4]], BR1, BR3,
               hs(email="helena.matos@lusavinhos.pt", firstname="Helena", lastname="Matos", company="Lusa Vinhos",
                  lifecyclestage="customer", country="portugal", city="Porto",
                  createdate="2020-06-30T12:00:00.000Z")))
def _08(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"], "Company": r["company"],
            "Description": "HubSpot customer since " + day(r["createdate"]), "Country": r["country"].upper()}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h56-09-mailing-address-country-default", H, C,
      "Now HubSpot contacts to Salesforce Contact, the match is by e-mail (Email). We need the complete address "
      "in the Mailing fields: address -> MailingStreet, city -> MailingCity, state -> MailingState, zip (CEP) -> "
      "MailingPostalCode and country -> MailingCountry.\n\n"
      "In case the country comes empty, put 'Brazil', because almost all our base without country is from here.",
      extended(HS, hs(email="juliana.reis@padariareis.com.br", firstname="Juliana", lastname="Reis",
                      address="Rua Augusta 1500", city="São Paulo", state="SP", zip="01304-001", country="")))
def _09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": dflt(r["country"], "Brazil")}


@case("h56-10-optout-and-donotcall-flags", H, C,
      "Contact of Salesforce: match by the e-mail -> Email, and also send the last name -> LastName.\n\n"
      "HasOptedOutOfEmail must be true when hs_email_optout is 'true' and false when it is 'false'; when it comes "
      "empty, consider false (the person didn't opt out). DoNotCall is true when the contact doesn't have phone "
      "(the phone field empty) and false when it has one - the mobile doesn't matter here.",
      extended(HS, hs(email="diego.martins@martinsfrete.com.br", firstname="Diego", lastname="Martins",
                      phone="   ", mobilephone="(11) 97777-0001", hs_email_optout="")))
def _10(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h56-11-lastname-fallback-chain", H, C,
      "Contacts to Salesforce Contact, the key is the e-mail (Email, like it is). Copy the first name to FirstName.\n\n"
      "LastName is mandatory there, so: use the last name (sobrenome); if it comes empty, use the first name; "
      "and if the first name is also empty, use the part of the e-mail before the @.",
      lower_emails(extended([HS[0], HS[1], HS[2], HS[4]], hs(email="joana@ateliejoana.com.br", firstname="Joana", lastname=""),
                            hs(email="contato.vendas@ribeiraoagro.com.br", firstname="", lastname=""))))
def _11(r: R) -> R:
    if not blank(r["lastname"]):
        last = r["lastname"]
    elif not blank(r["firstname"]):
        last = r["firstname"]
    else:
        last = before_at(r["email"])
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": last}


@case("h56-12-department-by-stage-state-upper", H, C,
      "Match by e-mail (Email). The Department we fill from the lifecycle stage:\n"
      "subscriber or lead -> 'Marketing'\n"
      "marketingqualifiedlead or salesqualifiedlead -> 'Sales'\n"
      "customer -> 'Customer Success'\n\n"
      "MailingState is the state transformed in uppercase; when the state comes empty, let it in blank (don't send "
      "MailingState).",
      extended(HS, hs(email="otavio.lins@recifetech.com.br", firstname="Otávio", lastname="Lins",
                      lifecyclestage="lead", state="pe", country="Brazil")))
def _12(r: R) -> R:
    table = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Sales",
             "salesqualifiedlead": "Sales", "customer": "Customer Success"}
    return keep({"Email": r["email"], "Department": table[r["lifecyclestage"]],
                 "MailingState": OMIT if blank(r["state"]) else r["state"].upper()})


@case("h56-13-brazil-only-title-phone", H, C,
      "Only the contacts with country 'Brazil' go to Salesforce Contact; the others stay only in HubSpot. The "
      "e-mail goes to Email transformed in lowercase (it's our key).\n\n"
      "Title (cargo) is the job title, and in case it comes empty put 'Not informed'. For Phone use the phone, and "
      "when it's empty, the mobile. LeadSource put 'Other' always.",
      extended([HS[0], HS[2], HS[4]], BR1, BR2, BR3))
def _13(r: R) -> Out:
    if r["country"] != "Brazil":
        return None
    return {"Email": r["email"].lower(), "Title": dflt(r["jobtitle"], "Not informed"),
            "Phone": dflt(r["phone"], r["mobilephone"]), "LeadSource": "Other"}


@case("h56-14-trim-title-source-table", H, C,
      "Match by e-mail -> Email, but please trim the e-mail first (remove the spaces in the start and in the end), "
      "some came from an import with spaces. FirstName and LastName: trim too, and after that transform in title "
      "case.\n\n"
      "LeadSource: PAID_SEARCH -> 'Advertisement', OFFLINE -> 'Trade Show', REFERRALS -> 'Partner Referral', and "
      "everything else (empty also) -> 'Web'.",
      extended(HS, hs(email="  beatriz.santos@luzdosol.com.br ", firstname=" BEATRIZ", lastname="santos  ",
                      hs_analytics_source="OFFLINE", country="Brazil")))
def _14(r: R) -> R:
    table = {"PAID_SEARCH": "Advertisement", "OFFLINE": "Trade Show", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"].strip(), "FirstName": title(r["firstname"].strip()),
            "LastName": title(r["lastname"].strip()), "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h56-15-mc-names-cliente-default", H, M,
      "Now to Mailchimp. The e-mail of the contact goes to email_address (the audience is by e-mail). FNAME is the "
      "first name and LNAME is the last name, like they are; in case the first name comes empty, put 'Cliente' in "
      "FNAME, so the e-mail says 'Olá, Cliente'.\n\n"
      "Put status 'subscribed' always and language 'pt' for everybody.",
      extended(HS, hs(email="compras@lojadobairro.com.br", firstname="", lastname="", company="Loja do Bairro")))
def _15(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Cliente"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "pt"}


@case("h56-16-mc-status-by-optout-pending", H, M,
      "The match in Mailchimp is the email_address (the e-mail of the contact). The status depends on "
      "hs_email_optout: when it is 'true' the member goes as 'unsubscribed', when it is 'false' goes as "
      "'subscribed', and when it comes empty put 'pending', so the person receives the confirmation (double "
      "opt-in).\n\n"
      "Put the tag 'hubspot' always.",
      extended(HS, hs(email="priscila.araujo@araujodoces.com.br", firstname="Priscila", hs_email_optout=" ")))
def _16(r: R) -> R:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot"]}


@case("h56-17-mc-customer-key-account-tags", H, M,
      "Send the contacts to Mailchimp with email_address = the e-mail and status 'subscribed' for everybody.\n\n"
      "About the tags: the ones that are customers (lifecycle stage 'customer') receive the tag 'customer', and "
      "the ones with annual revenue bigger than 10 million receive the tag 'key-account' - when it has both, first "
      "'customer' and then 'key-account'. Revenue empty doesn't count as bigger. If the contact doesn't fit in any "
      "of the two, the tags go as an empty list.",
      extended(HS[:4], BR1, hs(email="leticia.campos@camposenergia.com.br", firstname="Letícia",
                           lifecyclestage="opportunity", annualrevenue="15000000")))
def _17(r: R) -> R:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    v = rev(r)
    if v is not None and v > 10_000_000:
        tags.append("key-account")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h56-18-mc-first-word-phone-br", H, M,
      "For Mailchimp: email_address is the e-mail. In FNAME put only the first word of the first name - many people "
      "put the complete name there, like 'Ana Paula' or 'Carlos Eduardo'.\n\n"
      "PHONE goes in the international format (E.164), with +55 when it doesn't have the DDI: use the mobile, and "
      "in case the mobile comes empty use the phone. If both are empty, let it in blank (no PHONE).",
      [BR1, BR2, BR3,
       hs(email="gustavo.prado@pradoimoveis.com.br", firstname="Gustavo Henrique", lastname="Prado",
          phone="", mobilephone="", country="Brazil"),
       HS[4]])
def _18(r: R) -> R:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]),
                                  "PHONE": OMIT if blank(src) else e164(src, "55")}})


@case("h56-19-mc-skip-optout-vip", H, M,
      "Skip the contacts that have hs_email_optout = 'true', we can't send e-mail to them.\n\n"
      "The others go to Mailchimp with email_address (the e-mail), status 'subscribed', and vip = true when the "
      "lifecycle stage is 'customer' or 'evangelist', false for all the other stages.",
      extended([HS[0], HS[1], HS[2], HS[4]], hs(email="renata.vieira@vieiracafe.com.br", firstname="Renata", lifecyclestage="evangelist",
                      hs_email_optout="false"), BR1))
def _19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h56-20-mc-domain-tag-language", H, M,
      "To Mailchimp, email_address is the e-mail of the contact. FNAME is the first name in title case.\n\n"
      "The tags: always 'hubspot' and after it the domain of the e-mail (the part after the @), so we can segment "
      "by company. The language is 'pt' when the country is 'Brazil' and 'en' for the others (empty country is "
      "'en' too).",
      lower_emails(extended([HS[0], HS[2], HS[4]], BR1, BR2,
                            hs(email="daniel.klein@kleinbau.de", firstname="DANIEL", country=""))))
def _20(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])},
            "tags": ["hubspot", after_at(r["email"])], "language": "pt" if r["country"] == "Brazil" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h56-21-seg-name-title-industry", H, S,
      "Segment identify: the userId is the e-mail transformed in lowercase. In the traits put the email (the "
      "original one, without change), the name = first name + a space + last name, the title = job title (cargo) "
      "and the industry copied from the industry.",
      extended(HS, BR1))
def _21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"], "title": r["jobtitle"],
                       "industry": r["industry"]}}


@case("h56-22-seg-company-individual", H, S,
      "Identify with userId = the e-mail of the contact (like it is). Inside traits.company:\n"
      "- name = the company (empresa), and in case it comes empty put 'Individual'\n"
      "- industry = the industry, but when it is empty let it in blank (don't send this key)\n"
      "- employee_count = number of employees as integer, also don't send when it's empty",
      extended(HS, BR2))
def _22(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": OMIT if blank(r["industry"]) else r["industry"],
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h56-23-seg-address-phone-us", H, S,
      "userId is the e-mail transformed in lowercase. traits.address gets city, state and country from the "
      "contact; when the state comes empty don't send the state key.\n\n"
      "traits.phone: the phone in E.164 format, considering US numbers (+1) when the number doesn't start with +. "
      "If the phone comes empty, use the mobile, in the same format.",
      HS)
def _23(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"].lower(),
                 "traits": {"address": {"city": r["city"], "state": OMIT if blank(r["state"]) else r["state"],
                                        "country": r["country"]},
                            "phone": e164(src, "1")}})


@case("h56-24-seg-unsubscribed-revenue", H, S,
      "The userId must be the e-mail with trim and in lowercase.\n\n"
      "Traits: unsubscribed = true when hs_email_optout is 'true', and false in the other cases (including when "
      "it's empty). annual_revenue = the annual revenue as a number; when it's empty don't send it. And "
      "lifecycle_stage copied from the lifecycle stage.",
      extended(HS, {**BR2, "email": " Ana.Lima@VerdeMar.com.br  ", "annualrevenue": "350000.50"}))
def _24(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                            "lifecycle_stage": r["lifecyclestage"]}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h56-25-ga4-sign-up", H, G,
      "For GA4 we send one event for each contact. The client_id is the e-mail of the contact in lowercase. The "
      "event name is always 'sign_up', and in the params put method = 'hubspot' (fixed) and lifecycle_stage = the "
      "lifecycle stage of the contact.",
      extended(HS, BR3))
def _25(r: R) -> R:
    return {"client_id": r["email"].lower(),
            "events": [{"name": "sign_up", "params": {"method": "hubspot", "lifecycle_stage": r["lifecyclestage"]}}]}


@case("h56-26-ga4-revenue-over-1m", H, G,
      "Send to GA4 only the contacts with annual revenue bigger than 1 million; the ones with the revenue empty we "
      "don't send. client_id = the part of the e-mail before the @.\n\n"
      "The event is 'generate_lead', with the params value = annual revenue as a number and currency = 'BRL' "
      "always.",
      lower_emails(extended(HS, hs(email="rodrigo.farias@fariaspet.com.br", annualrevenue="950000"))))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1_000_000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead", "params": {"value": num(r["annualrevenue"]), "currency": "BRL"}}]}


@case("h56-27-ga4-event-by-stage", H, G,
      "GA4: the client_id is the e-mail, like it is. The event name is 'close_convert_lead' when the lifecycle "
      "stage is 'customer', otherwise it's 'generate_lead'.\n\n"
      "Params: source = the original source (hs_analytics_source), in case it comes empty put 'DIRECT_TRAFFIC'; "
      "and city = the city of the contact.",
      extended(HS, BR1))
def _27(r: R) -> R:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"source": dflt(r["hs_analytics_source"], "DIRECT_TRAFFIC"),
                                                 "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h56-28-lead-to-contact-copies", L, H,
      "Now the opposite way: Salesforce Lead to HubSpot contact, matching by e-mail (Email -> email). Copy "
      "FirstName -> firstname, LastName -> lastname, Company -> company, Title (cargo) -> jobtitle, City -> city "
      "and Country -> country. Only copy, no transformation.",
      SFL)
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "city": r["City"], "country": r["Country"]}


@case("h56-29-rating-to-stage-optout-text", L, H,
      "Salesforce leads to HubSpot, the e-mail is the key (Email -> email). The lifecyclestage comes from the "
      "Rating: 'Hot' -> 'salesqualifiedlead', 'Warm' -> 'marketingqualifiedlead', 'Cold' -> 'lead'.\n\n"
      "The hs_email_optout in HubSpot is text, so put the string 'true' when HasOptedOutOfEmail is marked and "
      "'false' when it isn't.",
      extended(SFL, sfl(Email="thiago.moreira@moreiratec.com.br", FirstName="Thiago", LastName="Moreira",
                        Rating="Warm", HasOptedOutOfEmail=False)))
def _29(r: R) -> R:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {"email": r["Email"], "lifecyclestage": table[r["Rating"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h56-30-status-table-revenue-number", L, H,
      "Lead -> contact, with email = the Email transformed in lowercase.\n\n"
      "hs_lead_status by the Status of the lead: 'Open - Not Contacted' -> 'NEW', 'Working - Contacted' -> "
      "'IN_PROGRESS', 'Closed - Converted' -> 'CONNECTED', 'Closed - Not Converted' -> 'UNQUALIFIED'. "
      "annualrevenue = AnnualRevenue as a number; in case it comes empty, don't send the field.",
      extended(SFL, sfl(Email="Marcelo.Teixeira@TeixeiraAuto.com.br", FirstName="Marcelo", LastName="Teixeira",
                        Status="Working - Contacted", AnnualRevenue="1750000.25")))
def _30(r: R) -> R:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Status"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h56-31-uk-only-phone-zip-city", L, H,
      "Only the leads with Country 'United Kingdom' - this sync is for the London office. email from Email.\n\n"
      "phone in E.164 from Phone: the numbers without DDI are from the UK (+44, and remove the 0 in the start). "
      "zip = PostalCode transformed in uppercase, and city = City, putting 'London' in case it comes empty.",
      extended([SFL[0], SFL[2], SFL[3]],
               sfl(Email="sophie.clarke@kentmills.co.uk", FirstName="Sophie", LastName="Clarke", Company="Kent Mills",
                   Phone="01632 960 123", City="", PostalCode="ct1 2ee", Country="United Kingdom"),
               sfl(Email="arjun.patel@brightbridge.co.uk", FirstName="Arjun", LastName="Patel",
                   Company="Bright Bridge", Phone="+44 161 496 0777", City="Manchester", PostalCode="m1 1ae",
                   Country="United Kingdom"),
               sfl(Email="pedro.alves@lisbonlabs.pt", FirstName="Pedro", LastName="Alves", Company="Lisbon Labs",
                   Phone="+351 21 555 0100", City="Lisboa", PostalCode="1100-148", Country="Portugal")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "city": dflt(r["City"], "London")}


@case("h56-32-skip-not-converted-message", L, H,
      "Skip the leads with Status 'Closed - Not Converted', these we don't want in HubSpot. The rest goes with "
      "email (from Email) and company (from Company) - in case the company comes empty, put 'Not informed'.\n\n"
      "In the message field put 'Salesforce lead source: ' + the LeadSource. When the LeadSource comes empty use "
      "the word 'unknown' in its place, like 'Salesforce lead source: unknown'.",
      extended(SFL, sfl(Email="vanessa.moura@mouraeventos.com.br", FirstName="Vanessa", LastName="Moura", Company="",
                        LeadSource="Seminar - Partner", Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": dflt(r["Company"], "Not informed"),
            "message": "Salesforce lead source: " + dflt(r["LeadSource"], "unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h56-33-sfc-mc-status-events-tag", C, M,
      "Salesforce Contact to Mailchimp. email_address = the Email transformed in lowercase (it's the key of the "
      "audience). status: 'unsubscribed' when HasOptedOutOfEmail is true, 'subscribed' when it is false.\n\n"
      "Tags: always 'salesforce', and the contacts with LeadSource 'Trade Show' receive also the tag 'events' "
      "after it.",
      extended(SFC, sfc(Email="Patricia.Gomes@GomesFeiras.com.br", FirstName="Patrícia", LastName="Gomes",
                        LeadSource="Trade Show", HasOptedOutOfEmail=True, MailingCountry="Brazil")))
def _33(r: R) -> R:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce", "events"] if r["LeadSource"] == "Trade Show" else ["salesforce"]}


@case("h56-34-sfc-mc-sms-phone-language", C, M,
      "Skip the contacts without phone, they are not for this audience (it's for the SMS campaign). For the "
      "others: email_address = Email, and the PHONE merge field in E.164 - consider US (+1) when the number "
      "doesn't have the DDI.\n\n"
      "The language by the MailingCountry: 'Germany' -> 'de', 'Austria' -> 'de', 'United States' -> 'en', "
      "'Brazil' -> 'pt'.",
      extended(SFC, sfc(Email="roberta.dias@diasmodas.com.br", FirstName="Roberta", LastName="Dias",
                        Phone="+55 11 3555 0123", MailingCity="São Paulo", MailingCountry="Brazil"),
               sfc(Email="henrique.barros@barroslog.com.br", FirstName="Henrique", LastName="Barros", Phone="",
                   MailingCity="Santos", MailingCountry="Brazil")))
def _34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    table = {"Germany": "de", "Austria": "de", "United States": "en", "Brazil": "pt"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "1")},
            "language": table[r["MailingCountry"]]}


@case("h56-35-sfc-mc-cliente-vip-partner", C, M,
      "Contacts of Salesforce to Mailchimp with email_address = Email. FNAME is the FirstName - in case it comes "
      "empty put 'Cliente', so the e-mail says 'Olá, Cliente'. LNAME = LastName like it is.\n\n"
      "vip is true only when the LeadSource is 'Partner Referral', false for the rest (empty LeadSource too). "
      "status 'subscribed' for all.",
      extended(SFC, sfc(Email="contato@padariasaojorge.com.br", FirstName="", LastName="Padaria São Jorge",
                        LeadSource="Partner Referral", MailingCity="Campinas", MailingCountry="Brazil")))
def _35(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Cliente"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral", "status": "subscribed"}


@case("h56-36-sfc-mc-portuguese-newsletter", C, M,
      "Only the contacts whose MailingCountry is 'Brazil' or 'Portugal' go to this audience (it's the newsletter in "
      "Portuguese). email_address = Email, FNAME = FirstName, LNAME = LastName.\n\n"
      "status 'pending' for everybody (double opt-in), language 'pt', and the tags go as an empty list - we will "
      "tag them later.",
      extended(SFC, sfc(Email="mariana.costa@costaarquitetura.com.br", FirstName="Mariana", LastName="Costa",
                        MailingCity="Florianópolis", MailingCountry="Brazil"),
               sfc(Email="joao.ferreira@portovinhos.pt", FirstName="João", LastName="", MailingCity="Porto",
                   MailingCountry="Portugal")))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Brazil", "Portugal"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "pt", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h56-37-sfc-seg-traits-title-omit", C, S,
      "Salesforce Contact to Segment identify: userId = the Email in lowercase. In the traits: firstName, lastName, "
      "email (the Email like it is) and title = the Title (cargo); when the Title comes empty let it in blank - "
      "don't send the title key.",
      extended(SFC, sfc(Email="Renato.Alves@AlvesSeguros.com.br", FirstName="Renato", LastName="Alves",
                        Title="Gerente Comercial", Department="Sales", MailingCity="Recife", MailingCountry="Brazil")))
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "email": r["Email"],
                            "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h56-38-sfc-seg-address-trim-default", C, S,
      "Segment identify, userId is the Email of the contact. traits.address.city = the MailingCity with trim (some "
      "have spaces before and after), and traits.address.country = the MailingCountry; in case it comes empty put "
      "'Brazil'.",
      extended(SFC, sfc(Email="claudia.rocha@rochacontabil.com.br", FirstName="Cláudia", LastName="Rocha",
                        MailingCity="  Curitiba ", MailingCountry=""),
               sfc(Email="fabio.lopes@lopesvinhos.com.br", FirstName="Fábio", LastName="Lopes",
                   MailingCity="Bento Gonçalves ", MailingCountry="Brazil")))
def _38(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Brazil")}}}


@case("h56-39-sfc-seg-phone-name-source-group", C, S,
      "userId = Email. traits.phone = the Phone in E.164, with +1 (US) for the numbers without DDI. traits.name = "
      "LastName + ', ' + FirstName (like 'Wagner, Felix').\n\n"
      "And a custom trait traits.source_group from the LeadSource: 'Web' -> 'inbound', 'Trade Show' -> 'events', "
      "any other value or empty -> 'outbound'.",
      extended(SFC, sfc(Email="sarah.miller@millerfoods.com", FirstName="Sarah", LastName="Miller",
                        Phone="212 555 0101", LeadSource="Partner Referral", MailingCity="New York",
                        MailingCountry="United States")))
def _39(r: R) -> R:
    table = {"Web": "inbound", "Trade Show": "events"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"], "1"), "name": r["LastName"] + ", " + r["FirstName"],
                       "source_group": table.get(r["LeadSource"], "outbound")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h56-40-mc-hs-title-company-optout", M, H,
      "Mailchimp members to HubSpot contacts, email = email_address. firstname and lastname from FNAME and LNAME, "
      "transformed in title case; when the LNAME comes empty, let it in blank (don't send lastname).\n\n"
      "company = COMPANY, in case it comes empty put 'Not informed'. hs_email_optout is text: 'true' when the "
      "status is 'unsubscribed' or 'cleaned', 'false' for the others.",
      MC)
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Not informed"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h56-41-mc-hs-skip-cleaned-phone-vip", M, H,
      "Skip the members with status 'cleaned' (bounced e-mails). For the others: email = email_address, and phone = "
      "PHONE in E.164 with +1 when it doesn't have the DDI - when the PHONE comes empty don't send phone.\n\n"
      "lifecyclestage 'customer' when vip is true, 'subscriber' when vip is false.",
      extended(MC, mc("kwame.mensah@goldcoastcoffee.com", "pending",
                      {"FNAME": "Kwame", "LNAME": "Mensah", "PHONE": "312-555-0102", "COMPANY": "Gold Coast Coffee"},
                      [], "en", False)))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph, "1"),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h56-42-mc-hs-first-word-domain-company", M, H,
      "Members -> contacts with email = email_address. firstname = only the first word of the FNAME. company = "
      "COMPANY, and when it comes empty use the domain of the e-mail (what is after the @).\n\n"
      "lifecyclestage = 'customer' when the member has the tag 'Customer', if not 'lead'.",
      extended(MC, mc("ana.beatriz@floriculturaipe.com.br", "subscribed",
                      {"FNAME": "Ana Beatriz", "LNAME": "Nogueira", "PHONE": "", "COMPANY": ""},
                      ["Webinar", "Customer"], "pt", False)))
def _42(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set56")
