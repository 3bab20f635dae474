"""Held-out set 65 for the offline mapping drafter.

Persona: Alejandro, a CRM coordinator in Mexico City. His first language is Spanish; he writes
fluent, professional English in short paragraphs with Spanish-influenced phrasing ("the email is
the key for to match", "if the phone is empty, not send it", "in case that the company is empty,
put 'Particular'", "put the name in capital letter only the first letter", "actually" = currently).
He always says what to match on and what happens to the empty values.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h65-01 .. h65-08)
  hubspot.contacts -> salesforce.Contact   6  (h65-09 .. h65-14)
  hubspot.contacts -> mailchimp.members    6  (h65-15 .. h65-20)
  hubspot.contacts -> segment.identify     4  (h65-21 .. h65-24)
  hubspot.contacts -> ga4.events           3  (h65-25 .. h65-27)
  salesforce.Lead  -> hubspot.contacts     5  (h65-28 .. h65-32)
  salesforce.Contact -> mailchimp.members  4  (h65-33 .. h65-36)
  salesforce.Contact -> segment.identify   3  (h65-37 .. h65-39)
  mailchimp.members -> hubspot.contacts    3  (h65-40 .. h65-42)

Rule kinds per case:
  01 copies (blanks copied), constant        22 nested company traits, default, omit, integer, after @
  02 defaults, omit-when-empty, copy         23 nested address, title case, omit, default, E.164 US/omit
  03 lower, title case, fallback chain+omit  24 trim+lower userId, boolean (blank stated), number/omit, date
  04 value table w/ otherwise (blank), const 25 GA4 constants, lower (blank stays), date
  05 exclude filter (blank stated), const    26 GA4 only filter (> w/ blank), number, part before @
  06 > condition (blank stated), number,     27 GA4 conditional event name, default, copies
     integer, omit                           28 copies (with empty values)
  07 fallback + E.164 US + omit, upper/omit, 29 value table (no otherwise), "true"/"false" text
     constant-prefix concatenation           30 lower, table (no otherwise), number/omit, copy
  08 only filter, table (no otherwise),      31 only filter, E.164 UK/omit, upper, default
     default, concat + date                  32 exclude filter, default, concat with blank part
  09 copies into Mailing* fields             33 lower, boolean->status, constant + conditional tag
  10 boolean flags (blank stated), copy      34 exclude filter, E.164 US/omit, table (no otherwise)/omit
  11 fallbacks: before @, default, chain     35 default, copies, equality -> vip flag, constant
  12 table (no otherwise)/omit, upper/omit   36 only filter, constant status, empty tag list, copies
  13 only filter, lower, fallback/omit, const 37 lower userId, copies, omit-when-empty
  14 trim+title case, table w/ otherwise     38 trim, nested address, defaults
  15 copies, default, constants              39 E.164 US/omit, concatenation, table w/ otherwise
  16 3-way status (blank stated), tag        40 title case + default, title/omit, "true"/"false", const
  17 conditional tags (> and equality), []   41 exclude filter, E.164 US/omit, copy, vip condition
  18 first word, E.164 w/ fallback + omit    42 exclude filter, first word w/ fallback to before @, copies
  19 exclude filter, constant, vip flag
  20 title case, status condition, constant tags
  21 lower userId, copies, concatenation
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails, rev
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


def mc(email: str, status: str, fname: str, lname: str, phone: str, company: str, tags: list[str],
       language: str, vip: bool) -> R:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": company},
            "tags": tags, "language": language, "vip": vip}


# ---------------------------------------------------------------- Alejandro's own records
RODRIGO = hs(email="Rodrigo.Mendez@GrupoAltavista.com", firstname="rodrigo", lastname="MENDEZ", company="Grupo Altavista",
             phone="", mobilephone="(312) 555-0165", jobtitle="director comercial", hs_analytics_source="DIRECT_TRAFFIC",
             lifecyclestage="opportunity", country="Mexico", city="Guadalajara", state="jal", zip="44100",
             address="Av Chapultepec 15", annualrevenue="950000", numemployees="85", industry="Retail",
             website="grupoaltavista.com", createdate="2024-02-19T13:20:00.000Z", hs_email_optout="false")
LUCIA = hs(email="lucia.fernandez@veracruzlabs.com", firstname="  Lucia ", lastname="Fernandez ", company="   ",
           phone="+52 55 5555 0123", mobilephone="", jobtitle="", hs_analytics_source="EMAIL_MARKETING",
           lifecyclestage="lead", country="", city="", state="", zip="", address="", annualrevenue="", numemployees="",
           industry="", website="", createdate="2024-05-30T16:45:00.000Z", hs_email_optout="  ")
TOM = hs(email="tom.becker@lakeviewdental.com", firstname="Tom", lastname="Becker", company="Lakeview Dental",
         phone="1-646-555-0111", mobilephone="646 555 0112", jobtitle="office manager", hs_analytics_source="SOCIAL_MEDIA",
         lifecyclestage="evangelist", country="United States", city="new york", state="NY", zip="10001",
         address="350 5th Ave", annualrevenue="1500000", numemployees="9", industry="Healthcare",
         website="https://lakeviewdental.com", createdate="2023-09-11T14:00:00.000Z", hs_email_optout="false")
VALERIA = hs(email="valeria.ortiz@pueblaverde.mx", firstname="valeria", lastname="ortiz", company="",
             phone="", mobilephone="  ", jobtitle="Compras", hs_analytics_source="OFFLINE",
             lifecyclestage="marketingqualifiedlead", country="Mexico", city="Puebla", state="PUE", zip="72000",
             address="Calle 5 de Mayo 20", annualrevenue="3200000", numemployees="60", industry="Agriculture",
             website="", createdate="2024-03-03T12:10:00.000Z", hs_email_optout="false")
VENTAS = hs(email="ventas@ferreteriaelsol.mx", firstname="", lastname="", company="Ferreteria El Sol",
            phone="(210) 555-0177", mobilephone="", jobtitle="", hs_analytics_source="PAID_SEARCH",
            lifecyclestage="salesqualifiedlead", country="Mexico", city="Monterrey", state="NL", zip="64010",
            address="Av Juarez 300", annualrevenue="5600000", numemployees="120", industry="Retail",
            website="ferreteriaelsol.mx", createdate="2024-06-14T15:00:00.000Z", hs_email_optout="")
JUAN = hs(email="juancarlos.reyes@cervezadelvalle.com", firstname="Juan Carlos", lastname="Reyes",
          company="Cerveza del Valle", phone="(956) 555-0133", mobilephone="956-555-0134", jobtitle="Gerente de Marca",
          hs_analytics_source="REFERRALS", lifecyclestage="customer", country="United States", city="Laredo", state="TX",
          zip="78040", address="1200 Main St", annualrevenue="6000000", numemployees="200", industry="Food",
          website="https://cervezadelvalle.com", createdate="2023-10-25T17:30:00.000Z", hs_email_optout="true")
PRENSA = hs(email="prensa@diarioregional.mx", firstname="Equipo", lastname="Prensa", company="Diario Regional",
            phone="", mobilephone="", jobtitle="", hs_analytics_source="OTHER_CAMPAIGNS", lifecyclestage="other",
            country="Mexico", city="Merida", state="YUC", zip="97000", address="Calle 60 No 500", annualrevenue="",
            numemployees="", industry="Media", website="", createdate="2024-04-01T10:00:00.000Z", hs_email_optout="false")
ANDREA = hs(email="Andrea.Soto@BlueMesa.com", firstname="Andrea", lastname="Soto", company="Blue Mesa Tours",
            phone="", mobilephone="(480) 555-0177", jobtitle="Travel Manager", hs_analytics_source="ORGANIC_SEARCH",
            lifecyclestage="lead", country="United States", city="Phoenix", state="AZ", zip="85004",
            address="2 N Central Ave", annualrevenue="700000", numemployees="15", industry="Travel",
            website="bluemesa.com", createdate="2024-01-22T18:00:00.000Z", hs_email_optout="false")
MUEBLES = hs(email="compras@mueblesdelcentro.mx", firstname="Compras", lastname="Muebles", company="Muebles del Centro",
             phone="", mobilephone="", jobtitle="", hs_analytics_source="OFFLINE", lifecyclestage="lead",
             country="  ", city="queretaro", state="", zip="76000", address="Calle Madero 40", annualrevenue="",
             numemployees="", industry="", website="", createdate="2024-07-08T12:00:00.000Z", hs_email_optout="false")
PAOLA = hs(email="  Paola.Nunez@TacosDelNorte.mx ", firstname="Paola", lastname="Nunez", company="Tacos del Norte",
           phone="(915) 555-0150", mobilephone="", jobtitle="Owner", hs_analytics_source="SOCIAL_MEDIA",
           lifecyclestage="customer", country="United States", city="El Paso", state="TX", zip="79901",
           address="300 Mesa St", annualrevenue="780000.50", numemployees="22", industry="Food",
           website="", createdate="2023-08-17T13:15:00.000Z", hs_email_optout="true")

SFL_UK1 = sfl(Email="oliver.bennett@thamesprint.co.uk", FirstName="Oliver", LastName="Bennett", Company="", Title="Director",
              Phone="0161 496 0754", Street="10 Deansgate", City="Manchester", PostalCode="M3 2BW",
              Country="United Kingdom", Status="Working - Contacted", Rating="Warm", LeadSource="Web",
              HasOptedOutOfEmail=False, AnnualRevenue="750000.5")
SFL_UK2 = sfl(Email="Sarah.Khan@LeedsMetrics.co.uk", FirstName="Sarah", LastName="Khan", Company="Leeds Metrics", Title="",
              Phone="", Street="", City="leeds", PostalCode="LS1 4AP", Country="United Kingdom",
              Status="Open - Not Contacted", Rating="Cold", LeadSource="", HasOptedOutOfEmail=True, AnnualRevenue="")
SFL_MX = sfl(Email="Fernando.Castillo@Minerva.mx", FirstName="Fernando", LastName="Castillo", Company="Minerva Consultores",
             Title="Socio", Phone="+52 81 5555 0110", Street="Av Reforma 222", City="Ciudad de Mexico", PostalCode="06600",
             Country="Mexico", Status="Working - Contacted", Rating="Hot", LeadSource="Partner",
             HasOptedOutOfEmail=False, AnnualRevenue="2100000")

SFC_MX1 = sfc(Email="Mariana.Lopez@Textiles-Anahuac.mx", FirstName="Mariana", LastName="Lopez", Title="CEO",
              Department="Marketing", Phone="+52 33 5555 0101", MailingCity=" Monterrey ", MailingCountry="Mexico",
              LeadSource="Web", HasOptedOutOfEmail=False, Birthdate="1988-02-14")
SFC_MX2 = sfc(Email="jorge.herrera@autopartesjh.mx", FirstName="", LastName="Herrera", Title="", Department="Marketing",
              Phone="", MailingCity="Queretaro", MailingCountry="", LeadSource="Phone Inquiry",
              HasOptedOutOfEmail=False, Birthdate="")
SFC_US = sfc(Email="nina.patel@brightloop.com", FirstName="Nina", LastName="Patel", Title="Growth Lead",
             Department="Marketing", Phone="1 (646) 555-0122", MailingCity="New York", MailingCountry="United States",
             LeadSource="Trade Show", HasOptedOutOfEmail=True, Birthdate="1992-07-08")
SFC_RAUL = sfc(Email="raul.dominguez@logisticadelbajio.mx", FirstName="Raul", LastName="Dominguez", Title="Gerente",
               Department="", Phone="", MailingCity="Leon ", MailingCountry="Mexico", LeadSource="Partner",
               HasOptedOutOfEmail=False, Birthdate="1979-09-30")

MC_ANA = mc("ana.vega@floreriaroma.mx", "subscribed", "ana sofía", "VEGA", "+52 55 1234 5678", "Floreria Roma",
            ["Evento CDMX"], "es", True)
MC_HOTEL = mc("contacto@hotelbahia.mx", "pending", "", "", "(305) 555-0160", "Hotel Bahia", [], "es", False)
MC_BETO = mc("beto.salinas@gmail.com", "transactional", "Roberto", "Salinas", "305.555.0199", "", [], "es", False)
MC_DIEGO = mc("diego.ramos@cafetalsur.mx", "subscribed", "Diego", "", "", "Cafetal Sur", [], "", False)
MC_HOLA = mc("hola@panaderiaelangel.mx", "subscribed", "  ", "", "", "", ["Panaderias"], "es", False)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h65-01-lead-copy-web", H, L,
      "Hello, I need to pass our HubSpot contacts to Salesforce as Leads. The email is the key for to match.\n\n"
      "Send the email, first name, last name and the company name exactly like they are in HubSpot, without "
      "changes (if something is empty, it goes empty). And to all the leads put Lead Source = 'Web', fixed.",
      extended(HS, RODRIGO, LUCIA))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h65-02-lead-particular-defaults", H, L,
      "HubSpot contacts to Salesforce Lead, match by email.\n\n"
      "Fields: email to Email, last name to Last Name, company to Company, job title to Title, city to City and "
      "country to Country.\n\n"
      "In case that the company is empty, put 'Particular'. If the job title is empty, not send it. If the country "
      "is empty put 'Mexico', because actually almost all our contacts are from here. The city goes like it is, "
      "also when it is empty.",
      extended(HS, LUCIA, VALERIA))
def _(r: R) -> R:
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Particular"),
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"], "City": r["city"],
                 "Country": dflt(r["country"], "Mexico")})


@case("h65-03-lead-names-capital-phone", H, L,
      "Sync of contacts (HubSpot) to Leads (Salesforce), the key for to match is the email.\n\n"
      "Email: put it all in lowercase. First name and last name: put the name in capital letter only the first "
      "letter, the rest in lowercase (for example 'MENDEZ' must be 'Mendez'). Company goes equal, without changes.\n\n"
      "For the Phone, use the office phone; if the office phone is empty, use the mobile; and if the two are empty, "
      "not send the Phone. The phone goes like it is, without format.",
      extended(HS, RODRIGO, VALERIA, TOM))
def _(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Company": r["company"], "Phone": ph})


SRC_04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}


@case("h65-04-lead-source-table-other", H, L,
      "Match by email, HubSpot contact -> Salesforce Lead. Send email, last name and company like they are. "
      "The Lead Status is always 'Open - Not Contacted'.\n\n"
      "The Lead Source depends of the Original Source of HubSpot:\n"
      "- ORGANIC_SEARCH -> Web\n"
      "- PAID_SEARCH and PAID_SOCIAL -> Advertisement\n"
      "- REFERRALS -> External Referral\n"
      "- EMAIL_MARKETING -> Email\n"
      "Any other source, or if the source is empty, put 'Other'.",
      extended(HS, RODRIGO, LUCIA, TOM))
def _(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Status": "Open - Not Contacted",
            "LeadSource": SRC_04.get(r["hs_analytics_source"], "Other")}


@case("h65-05-lead-skip-optout", H, L,
      "We pass HubSpot contacts to Salesforce Leads and we match them with the email.\n\n"
      "The contacts that have opt-out (the 'Unsubscribed from all email' is 'true'), we don't sync them, they stay "
      "out. If that field is empty or 'false', yes we sync the contact.\n\n"
      "For each lead send: Email, First Name, Last Name, Company and Phone (the office phone, like it is, also if "
      "it's empty). Rating put 'Warm' for all.",
      extended(HS, LUCIA, JUAN, VALERIA))
def _(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "Rating": "Warm"}


@case("h65-06-lead-rating-by-revenue", H, L,
      "Contacts of HubSpot to Leads of Salesforce, match on the email.\n\n"
      "I need: Email and Last Name copied. The Annual Revenue as a number; if it's empty, not send it. The "
      "Employees (number of employees) as a whole number, without decimals; if it's empty, not send it either.\n\n"
      "And the Rating: 'Hot' when the annual revenue is more than 5,000,000, 'Cold' when it is 5,000,000 or less, "
      "and also 'Cold' when the revenue is empty.",
      extended(HS, RODRIGO, LUCIA, VENTAS))
def _(r: R) -> R:
    v = rev(r)
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
                 "Rating": "Hot" if v is not None and v > 5_000_000 else "Cold"})


@case("h65-07-lead-e164-state-stage", H, L,
      "From HubSpot contacts to Salesforce Leads. The match is by email. Send Email and Company equal.\n\n"
      "For the Phone: take the office phone, and if it is empty take the mobile; put it in international format "
      "E.164, and when the number doesn't start with '+' assume it's from USA (+1). If the contact has no office "
      "phone and no mobile, not send Phone.\n\n"
      "The State put it in capital letters (uppercase); if the state is empty, not send it. In Description put the "
      "text 'HubSpot stage: ' and after it the lifecycle stage, for example 'HubSpot stage: lead'.",
      extended(HS, RODRIGO, VALERIA, TOM))
def _(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Company": r["company"], "Phone": OMIT if blank(src) else e164(src, "1"),
                 "State": OMIT if blank(r["state"]) else r["state"].upper(),
                 "Description": "HubSpot stage: " + r["lifecyclestage"]})


STATUS_08 = {"marketingqualifiedlead": "Open - Not Contacted", "salesqualifiedlead": "Working - Contacted"}


@case("h65-08-lead-mql-sql-only", H, L,
      "HubSpot -> Salesforce Lead, match with email. Only the contacts in lifecycle stage 'marketingqualifiedlead' "
      "or 'salesqualifiedlead' go to Salesforce; the rest of the stages we don't send.\n\n"
      "Lead Status: for marketingqualifiedlead put 'Open - Not Contacted' and for salesqualifiedlead put "
      "'Working - Contacted'. Send Email and Last Name like they are, and Company, but in case that the company is "
      "empty, put 'Particular'.\n\n"
      "In Description write 'Created in HubSpot on ' plus the create date in format YYYY-MM-DD (only the date, "
      "without the hour). Example: 'Created in HubSpot on 2024-03-03'.",
      extended(HS, RODRIGO, VALERIA, VENTAS))
def _(r: R) -> R | None:
    if r["lifecyclestage"] not in STATUS_08:
        return None
    return {"Email": r["email"], "Status": STATUS_08[r["lifecyclestage"]], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Particular"), "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h65-09-contact-mailing-copies", H, C,
      "HubSpot contacts to Salesforce Contacts, we match by email.\n\n"
      "Copy like they are: email -> Email, first name -> First Name, last name -> Last Name. And the address of "
      "HubSpot goes to the Mailing fields: street address -> Mailing Street, city -> Mailing City, state -> Mailing "
      "State, postal code -> Mailing Zip, country -> Mailing Country.\n\n"
      "If some of these is empty in HubSpot, it goes empty also in Salesforce.",
      extended(HS, LUCIA, RODRIGO))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h65-10-contact-optout-donotcall", H, C,
      "From HubSpot to Salesforce Contact, the email is the key for to match. Send Email and Last Name.\n\n"
      "Email Opt Out must be true when in HubSpot the 'Unsubscribed from all email' is 'true'; when it is 'false' "
      "or empty, put false.\n\n"
      "Also Do Not Call: put true when the contact doesn't have office phone (empty), and false when he has one. "
      "And Phone: copy the office phone like it is.",
      extended(HS, LUCIA, VALERIA, JUAN))
def _(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]), "Phone": r["phone"]}


@case("h65-11-contact-name-fallbacks", H, C,
      "HubSpot contacts -> Salesforce Contacts, match on email (all our emails are already in lowercase). Email "
      "goes equal.\n\n"
      "First Name: the first name of HubSpot; if it's empty, use the part of the email before the '@' (for "
      "'ventas@ferreteriaelsol.mx' that is 'ventas'). Last Name: the last name, and if it's empty put "
      "'Sin apellido'.\n\n"
      "Mobile Phone: the mobile; if the mobile is empty use the office phone; and if the two are empty, not send "
      "Mobile Phone. Like they are, without format.",
      lower_emails(extended(HS, VENTAS, VALERIA, LUCIA)))
def _(r: R) -> R:
    mob = r["mobilephone"] if not blank(r["mobilephone"]) else (r["phone"] if not blank(r["phone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]),
                 "LastName": dflt(r["lastname"], "Sin apellido"), "MobilePhone": mob})


SRC_12 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral", "DIRECT_TRAFFIC": "Web"}


@case("h65-12-contact-title-upper-source", H, C,
      "Sync HubSpot contact to Salesforce Contact, match on the email. Email like it is, Last Name like it is.\n\n"
      "Title: the job title in uppercase; if the job title is empty, not send Title.\n\n"
      "Lead Source from the Original Source, with this table (actually we only have these sources): "
      "ORGANIC_SEARCH = Web, PAID_SEARCH = Advertisement, PAID_SOCIAL = Advertisement, REFERRALS = External "
      "Referral, DIRECT_TRAFFIC = Web. If the original source is empty, not send Lead Source.",
      extended(HS, RODRIGO))
def _(r: R) -> R:
    src = r["hs_analytics_source"]
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].upper(),
                 "LeadSource": OMIT if blank(src) else SRC_12[src]})


@case("h65-13-contact-usa-expo", H, C,
      "Only the contacts of United States (country = 'United States') pass to Salesforce Contact; the contacts "
      "of other countries or without country, no. Match by email.\n\n"
      "Email in lowercase. First Name and Last Name equal. Phone: the office phone, or if it's empty the mobile "
      "(like they are, without format); if both are empty, not send it.\n\n"
      "Lead Source: 'Trade Show' for all, because all of them come from the expo of Chicago.",
      extended(HS, TOM, JUAN, ANDREA, RODRIGO))
def _(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"].lower(), "FirstName": r["firstname"], "LastName": r["lastname"], "Phone": ph,
                 "LeadSource": "Trade Show"})


DESC_14 = {"customer": "Cliente", "opportunity": "Oportunidad", "evangelist": "Promotor"}


@case("h65-14-contact-clean-names-stage", H, C,
      "HubSpot -> Salesforce Contact, the match is with the email. Email equal.\n\n"
      "For First Name and Last Name: first remove the spaces at the beginning and at the end, and then put capital "
      "letter only in the first letter of each word (the rest in lowercase).\n\n"
      "Description depends on the lifecycle stage: customer -> 'Cliente', opportunity -> 'Oportunidad', "
      "evangelist -> 'Promotor'; any other stage -> 'Prospecto'.",
      extended(HS, RODRIGO, LUCIA, TOM, JUAN))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"].strip()),
            "Description": DESC_14.get(r["lifecyclestage"], "Prospecto")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h65-15-mc-basic-cliente", H, M,
      "We put the HubSpot contacts in our Mailchimp audience; match with the email (email -> Email Address).\n\n"
      "First name to FNAME, and if the first name is empty put 'Cliente'. Last name to LNAME like it is (empty "
      "stays empty). Office phone to PHONE, also like it is.\n\n"
      "The status always 'subscribed' and the language always 'es'.",
      extended(HS, VENTAS, RODRIGO))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Cliente"), "LNAME": r["lastname"], "PHONE": r["phone"]},
            "status": "subscribed", "language": "es"}


@case("h65-16-mc-status-three-ways", H, M,
      "HubSpot contacts to Mailchimp members, match by email address.\n\n"
      "The status depends of the field 'Unsubscribed from all email': if it's 'true' -> unsubscribed; if it's "
      "'false' -> subscribed; if it's empty -> pending (so they confirm with the double opt-in).\n\n"
      "All the members with the tag 'HubSpot' (only this tag). FNAME with the first name like it is.",
      extended(HS, LUCIA, JUAN, VENTAS))
def _(r: R) -> R:
    o = r["hs_email_optout"]
    st = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": st, "tags": ["HubSpot"], "merge_fields": {"FNAME": r["firstname"]}}


@case("h65-17-mc-tags-cliente-alto-valor", H, M,
      "From HubSpot to Mailchimp, match on email. Send the email and FNAME (first name, equal).\n\n"
      "Tags: put 'cliente' when the lifecycle stage is customer, and put 'alto-valor' when the annual revenue is "
      "more than 3,000,000 (if the revenue is empty, no 'alto-valor'). If both apply, first 'cliente' and after "
      "'alto-valor'. If none applies, send the tags like an empty list.",
      extended(HS, JUAN, VALERIA, RODRIGO))
def _(r: R) -> R:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("cliente")
    v = rev(r)
    if v is not None and v > 3_000_000:
        tags.append("alto-valor")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h65-18-mc-first-name-mobile-e164", H, M,
      "HubSpot contacts -> Mailchimp, match with the email.\n\n"
      "FNAME: only the first word of the first name (some persons have two names, like 'Juan Carlos', and we want "
      "only 'Juan'). LNAME: the last name equal.\n\n"
      "PHONE: the mobile; if the mobile is empty, the office phone; in format E.164, assuming USA (+1) when the "
      "number doesn't have '+' at the start. If there is no mobile and no office phone, leave PHONE out.",
      extended(HS, JUAN, LUCIA, VALERIA))
def _(r: R) -> R:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                                  "PHONE": OMIT if blank(src) else e164(src, "1")}})


@case("h65-19-mc-skip-subscriber-other-vip", H, M,
      "HubSpot to Mailchimp members (the key is the email address).\n\n"
      "The contacts in lifecycle stage 'subscriber' or 'other' we don't send them. For the rest: the email "
      "address, status 'subscribed' for all, and VIP = true when the stage is customer or evangelist, false for "
      "the other stages.",
      extended(HS, TOM, PRENSA, JUAN))
def _(r: R) -> R | None:
    if r["lifecyclestage"] in ("subscriber", "other"):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h65-20-mc-capital-names-status", H, M,
      "Sync HubSpot -> Mailchimp, match on email.\n\n"
      "FNAME and LNAME: put the name with capital letter only the first letter of each word and the rest in "
      "lowercase (e.g. 'maria' -> 'Maria', 'GARCIA' -> 'Garcia').\n\n"
      "Status: 'unsubscribed' when 'Unsubscribed from all email' is 'true', and 'subscribed' in any other case, "
      "also when it's empty. Tags: 'hubspot' and 'newsletter-mx', in this order, to everybody.",
      extended(HS, RODRIGO, VALERIA, JUAN))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "tags": ["hubspot", "newsletter-mx"]}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h65-21-seg-userid-fullname", H, S,
      "HubSpot contacts to Segment identify. The userId is the email in lowercase (this is what we match on).\n\n"
      "In traits: email = the email like it is (without changing it), name = first name + a space + last name, "
      "title = the job title (if it's empty it goes empty).",
      extended(HS, RODRIGO, TOM))
def _(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"], "title": r["jobtitle"]}}


@case("h65-22-seg-company-domain", H, S,
      "Send HubSpot contacts to Segment (identify), userId = the email, that is the key for to match.\n\n"
      "Inside traits.company: name = the company, in case that it's empty put 'Particular'; industry = the "
      "industry, if empty not send it; employee_count = the number of employees as a whole number, and if empty "
      "not send it.\n\n"
      "Also a trait 'domain' (traits.domain) with the part of the email after the '@' (our emails are in "
      "lowercase).",
      lower_emails(extended(HS, VENTAS, LUCIA, VALERIA)))
def _(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Particular"),
                                        "industry": OMIT if blank(r["industry"]) else r["industry"],
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))},
                            "domain": after_at(r["email"])}})


@case("h65-23-seg-address-phone", H, S,
      "HubSpot -> Segment identify, match on userId = the email.\n\n"
      "traits.address: street = the street address; city = the city with capital letter only the first letter of "
      "each word ('new york' -> 'New York'); state = the state, and if it's empty not send it; postalCode = the "
      "postal code; country = the country, and if it's empty put 'Mexico'.\n\n"
      "traits.phone = the office phone in E.164 (+1 of USA when it doesn't start with '+'); if the office phone is "
      "empty, not send traits.phone.",
      extended(HS, RODRIGO, TOM, MUEBLES))
def _(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": title(r["city"]),
                                        "state": OMIT if blank(r["state"]) else r["state"], "postalCode": r["zip"],
                                        "country": dflt(r["country"], "Mexico")},
                            "phone": OMIT if blank(r["phone"]) else e164(r["phone"], "1")}})


@case("h65-24-seg-clean-userid-revenue", H, S,
      "HubSpot -> Segment identify. The userId is the email, but clean: without spaces at the start or the end, "
      "and all in lowercase. We match on this userId.\n\n"
      "traits.unsubscribed: true if 'Unsubscribed from all email' is 'true', false if it's 'false' or empty. "
      "traits.annualRevenue: the annual revenue as a number; if it's empty, not send it. traits.lifecycleStage: "
      "the lifecycle stage like it is. traits.createdAt: the create date, only the date as YYYY-MM-DD.",
      extended(HS, PAOLA, LUCIA))
def _(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"unsubscribed": r["hs_email_optout"] == "true",
                            "annualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                            "lifecycleStage": r["lifecyclestage"], "createdAt": day(r["createdate"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h65-25-ga4-contact-synced", H, G,
      "HubSpot contacts -> GA4 (Measurement Protocol). client_id is always 'hubspot-crm' (that is the key), and "
      "user_id is the email in lowercase.\n\n"
      "One event per contact, with the name 'contact_synced', and these params: lifecycle_stage = the lifecycle "
      "stage equal; traffic_source = the Original Source in lowercase (if it's empty it stays empty); "
      "signup_date = the create date as YYYY-MM-DD.",
      extended(HS, RODRIGO))
def _(r: R) -> R:
    return {"client_id": "hubspot-crm", "user_id": r["email"].lower(),
            "events": [{"name": "contact_synced",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "traffic_source": r["hs_analytics_source"].lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h65-26-ga4-big-revenue-leads", H, G,
      "Send to GA4 only the HubSpot contacts with annual revenue more than 1,000,000; if the revenue is empty, the "
      "contact is not sent.\n\n"
      "client_id = 'hs-offline' (this is the key). user_id = the part of the email before the '@' (our emails are "
      "in lowercase). The event is 'generate_lead' with params: value = the annual revenue as a number, "
      "currency = 'MXN'.",
      lower_emails(extended(HS, RODRIGO, TOM, VALERIA)))
def _(r: R) -> R | None:
    v = rev(r)
    if v is None or not v > 1_000_000:
        return None
    return {"client_id": "hs-offline", "user_id": before_at(r["email"]),
            "events": [{"name": "generate_lead", "params": {"value": num(r["annualrevenue"]), "currency": "MXN"}}]}


@case("h65-27-ga4-purchase-or-lead", H, G,
      "HubSpot -> GA4 events. client_id: always 'hubspot' (this is the key for to match). user_id: the email "
      "equal.\n\n"
      "The event name depends on the stage: if the lifecycle stage is customer the event is 'purchase', for any "
      "other stage it is 'generate_lead'.\n\n"
      "Params of the event: city = the city, and if the city is empty put 'Desconocida'; company = the company "
      "like it is.",
      extended(HS, LUCIA, JUAN))
def _(r: R) -> R:
    return {"client_id": "hubspot", "user_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"city": dflt(r["city"], "Desconocida"), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h65-28-sflead-copies", L, H,
      "Salesforce Leads to HubSpot contacts, match by email.\n\n"
      "Copy all equal, without changes: Email -> email, First Name -> first name, Last Name -> last name, "
      "Company -> company name, Title -> job title, Phone -> phone number, City -> city, Country -> country. "
      "The empty ones stay empty.",
      extended(SFL, SFL_MX))
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


LS_29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
         "Closed - Not Converted": "UNQUALIFIED"}


@case("h65-29-sflead-lead-status-optout", L, H,
      "Leads of Salesforce -> contacts of HubSpot, the email is the key for to match. Send the email.\n\n"
      "The Lead Status of HubSpot comes from the Lead Status of Salesforce: 'Open - Not Contacted' -> NEW, "
      "'Working - Contacted' -> IN_PROGRESS, 'Closed - Converted' -> OPEN_DEAL, 'Closed - Not Converted' -> "
      "UNQUALIFIED.\n\n"
      "And 'Unsubscribed from all email' as the text 'true' when Email Opt Out is checked, and the text 'false' "
      "when not.",
      extended(SFL, SFL_UK2))
def _(r: R) -> R:
    return {"email": r["Email"], "hs_lead_status": LS_29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


STAGE_30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h65-30-sflead-rating-stage-revenue", L, H,
      "Salesforce Lead -> HubSpot contact, match on email. The email put it in lowercase.\n\n"
      "Lifecycle stage from the Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> lead.\n\n"
      "Annual revenue as a number; if Salesforce has it empty, not send it. Company like it is.",
      extended(SFL, SFL_MX, SFL_UK1, SFL_UK2))
def _(r: R) -> R:
    return keep({"email": r["Email"].lower(), "lifecyclestage": STAGE_30[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "company": r["Company"]})


@case("h65-31-sflead-uk-only-e164", L, H,
      "From Salesforce Leads to HubSpot, but only the leads of United Kingdom (Country = 'United Kingdom'); the "
      "others, we don't pass them. Match by email, and the email goes equal.\n\n"
      "Phone: in E.164 format for UK (+44, taking out the 0 of the beginning when the number doesn't have '+'); if "
      "the phone is empty, not send it. City in uppercase. Company: if it's empty, put 'Unknown'.",
      extended(SFL, SFL_UK1, SFL_UK2, SFL_MX))
def _(r: R) -> R | None:
    if r["Country"] != "United Kingdom":
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44"),
                 "city": r["City"].upper(), "company": dflt(r["Company"], "Unknown")})


@case("h65-32-sflead-skip-not-converted-message", L, H,
      "Salesforce Leads -> HubSpot contacts, match on email. The leads with Lead Status 'Closed - Not Converted' "
      "we don't sync them.\n\n"
      "For the rest: email, first name and last name equal. Job title = the Title, and if it's empty put "
      "'Not defined'.\n\n"
      "In the field message put it like this: Status=<Lead Status>; Source=<Lead Source>, for example "
      "'Status=Open - Not Contacted; Source=Web'. If the Lead Source is empty, it stays 'Source=' with nothing "
      "after.",
      extended(SFL, SFL_UK2, SFL_MX))
def _(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "jobtitle": dflt(r["Title"], "Not defined"),
            "message": "Status=" + r["Status"] + "; Source=" + r["LeadSource"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h65-33-sfc-mc-status-web-tag", C, M,
      "Salesforce Contacts -> Mailchimp audience, match with the email address. The email in lowercase. FNAME = "
      "the First Name equal.\n\n"
      "Status: 'unsubscribed' if the contact has Email Opt Out checked, if not 'subscribed'.\n\n"
      "Tags: always 'salesforce', and if the Lead Source is 'Web' add also 'web' after it.",
      extended(SFC, SFC_MX1, SFC_MX2))
def _(r: R) -> R:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce", "web"] if r["LeadSource"] == "Web" else ["salesforce"]}


LANG_34 = {"Germany": "de", "Austria": "de", "United States": "en", "Mexico": "es"}


@case("h65-34-sfc-mc-language-by-country", C, M,
      "Salesforce Contact -> Mailchimp. Match by email address (the Email equal). The contacts with Email Opt Out "
      "checked, we don't send them.\n\n"
      "PHONE: the phone in E.164, assuming USA (+1) when it doesn't start with '+'; if the phone is empty, not send "
      "PHONE.\n\n"
      "The language depends on the Mailing Country: Germany -> de, Austria -> de, United States -> en, "
      "Mexico -> es. If the country is empty, don't send language.",
      extended(SFC, SFC_MX1, SFC_MX2, SFC_US))
def _(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return keep({"email_address": r["Email"],
                 "merge_fields": {"PHONE": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1")},
                 "language": OMIT if blank(r["MailingCountry"]) else LANG_34[r["MailingCountry"]]})


@case("h65-35-sfc-mc-vip-bosses", C, M,
      "Salesforce Contacts to Mailchimp members, the key is the email address.\n\n"
      "Email, FNAME (First Name) and LNAME (Last Name) equal, but if the First Name is empty put 'Cliente' in "
      "FNAME.\n\n"
      "VIP: true when the Title is 'CEO' or 'CTO', false in other case (also if the title is empty). Status "
      "'subscribed' for all.",
      extended(SFC, SFC_MX1, SFC_MX2))
def _(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Cliente"), "LNAME": r["LastName"]},
            "vip": r["Title"] in ("CEO", "CTO"), "status": "subscribed"}


@case("h65-36-sfc-mc-marketing-pending", C, M,
      "From Salesforce Contacts to Mailchimp, only the contacts of the department 'Marketing' (Department = "
      "Marketing); the contacts of other departments or without department we don't send. Match by email.\n\n"
      "Email Address, FNAME and LNAME equal (first name and last name). Status 'pending' for all, because they "
      "need to confirm. Tags: send them empty, without any tag (an empty list).",
      extended(SFC, SFC_MX1, SFC_MX2, SFC_US))
def _(r: R) -> R | None:
    if r["Department"] != "Marketing":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h65-37-sfc-seg-basic-title", C, S,
      "Salesforce Contacts -> Segment identify. userId = the Email in lowercase; we match on the userId.\n\n"
      "traits.email = the Email like it is. traits.firstName and traits.lastName = the first and last name "
      "equal. traits.title = the Title; if the title is empty, not send it.",
      extended(SFC, SFC_MX1, SFC_MX2))
def _(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h65-38-sfc-seg-city-country-dept", C, S,
      "Salesforce Contact to Segment, match on userId, and the userId is the Email (equal).\n\n"
      "traits.address.city = the Mailing City without the spaces at the start and at the end. "
      "traits.address.country = the Mailing Country, in case that it's empty put 'Mexico'.\n\n"
      "traits.department = the Department; if it's empty put 'General'.",
      extended(SFC, SFC_MX1, SFC_MX2, SFC_RAUL))
def _(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Mexico")},
                       "department": dflt(r["Department"], "General")}}


LS_39 = {"Web": "website", "Trade Show": "event"}


@case("h65-39-sfc-seg-phone-name-source", C, S,
      "Salesforce Contacts -> Segment identify. userId = the email like it is, we match on it.\n\n"
      "traits.phone = the Phone in E.164, with +1 (USA) when the number doesn't start with '+'; if the phone is "
      "empty, not send it. traits.name = First Name + space + Last Name.\n\n"
      "traits.leadSource: 'website' when the Lead Source is Web, 'event' when it is Trade Show, and 'other' for "
      "anything else, including empty.",
      extended(SFC, SFC_US, SFC_MX1, SFC_RAUL))
def _(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1"),
                            "name": r["FirstName"] + " " + r["LastName"],
                            "leadSource": LS_39.get(r["LeadSource"], "other")}})


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h65-40-mc-hs-capital-names-optout", M, H,
      "Mailchimp members -> HubSpot contacts, match on email (Email Address -> email).\n\n"
      "firstname: the FNAME with capital letter only the first letter of each word; if FNAME is empty put "
      "'Amigo'. lastname: the LNAME also with the first letter capital; if LNAME is empty, not send lastname.\n\n"
      "hs_email_optout: the text 'true' when the status is unsubscribed or cleaned, and the text 'false' for any "
      "other status. lifecyclestage: 'subscriber' for all.",
      extended(MC, MC_ANA, MC_HOTEL))
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": "Amigo" if blank(mf["FNAME"]) else title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "lifecyclestage": "subscriber"})


@case("h65-41-mc-hs-skip-cleaned-vip", M, H,
      "Mailchimp -> HubSpot, match by the email. The members with status 'cleaned' we don't pass them.\n\n"
      "email = Email Address, firstname = FNAME equal. phone = the PHONE in E.164 (USA +1 when it doesn't start "
      "with '+'); if PHONE is empty, not send phone.\n\n"
      "lifecyclestage = 'customer' when the member is VIP, and 'subscriber' when not.",
      extended(MC, MC_ANA, MC_BETO, MC_DIEGO))
def _(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h65-42-mc-hs-first-word-language", M, H,
      "Mailchimp members to HubSpot contacts, the key for to match is the email. The members with status "
      "'pending' or 'transactional' we don't sync.\n\n"
      "email = the email address. firstname = only the first word of FNAME; if FNAME is empty, use the part of "
      "the email before the '@' (the emails of Mailchimp are in lowercase). lastname = LNAME like it is.\n\n"
      "Preferred language (hs_language) = the language of the member, like it is (empty stays empty).",
      extended(MC, MC_ANA, MC_HOTEL, MC_BETO, MC_DIEGO, MC_HOLA))
def _(r: R) -> R | None:
    if r["status"] in ("pending", "transactional"):
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"],
            "firstname": first_word(mf["FNAME"]) if not blank(mf["FNAME"]) else before_at(r["email_address"]),
            "lastname": mf["LNAME"], "hs_language": r["language"]}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    build(CASES, Path(__file__).parent / "set65")
    print(f"wrote {len(CASES)} cases to set65/")
