"""Held-out set 34: 42 mapping cases written by a new author.

Persona: a marketing manager in Madrid. Good English with Spanish influence: "the field of the
company", "in case that ... is empty", "put always X", "if not, ...", "the leads that have ...",
"for to", adjectives after nouns now and then ("the email lowercase"), present tense everywhere,
field names mostly as the platform labels them in English (sometimes lower case). Mostly 2-5 plain
sentences per case, sometimes a short list after a colon.

Pairs (42): hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6 (09-14),
-> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3 (25-27);
salesforce.Lead -> hubspot.contacts 5 (28-32); salesforce.Contact -> mailchimp.members 4 (33-36),
-> segment.identify 3 (37-39); mailchimp.members -> hubspot.contacts 3 (40-42).

Rule kinds: copies, constants, defaults when empty, fallback chains (2 long: 42; 3 long: 14;
ending in "leave it out": 03), omit when empty, lower/upper/trim/title case/first word,
before/after the @, E.164 (US, UK, DE), as a number, whole number, date YYYY-MM-DD, value tables
with and without "otherwise", conditions (equality, greater than, blank), true/false flags in both
directions (hs_email_optout as the text "true"/"false"), filters (only / exclude), nested
destinations (Segment traits.x.y, Mailchimp merge_fields.X, GA4 params), Mailchimp tags (constant,
conditional, explicit empty list), concatenation/templates (07 with a date part).

Match key: every expected record holds the destination's match key; the texts name it.
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
    lower_emails,
    rev,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)

_HS_KEYS = list(HS[0].keys())


def hs(**kw: object) -> R:
    r: R = {k: "" for k in _HS_KEYS}
    r.update(kw)
    return r


def sfl(**kw: object) -> R:
    r: R = {k: "" for k in SFL[0]}
    r["HasOptedOutOfEmail"] = False
    r.update(kw)
    return r


def sfc(**kw: object) -> R:
    r: R = {k: "" for k in SFC[0]}
    r["HasOptedOutOfEmail"] = False
    r.update(kw)
    return r


def mc(email: str, status: str, fname: str, lname: str, phone: str, company: str, tags: list[str],
       language: str, vip: bool) -> R:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": company},
            "tags": tags, "language": language, "vip": vip}


def optout(v: str) -> bool:
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead
HS01 = extended(HS, hs(email="pablo.moreno@tallerverde.es", firstname="Pablo", lastname="Moreno", company="   ",
                       country="Spain", createdate="2024-05-10T12:00:00.000Z", hs_email_optout="false"))


@case("h34-01-lead-basic-company-unknown", H, L,
      "I need the contacts of HubSpot as leads in Salesforce. Email, First Name and Last Name go as they are. "
      "For the Company of the lead we use the Company Name of HubSpot, but in case that it is empty put \"Unknown\".",
      HS01)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown")}


@case("h34-02-lead-source-from-original-source", H, L,
      "The Lead Source of the lead depends of the Original Source in HubSpot: ORGANIC_SEARCH is \"Web\", "
      "PAID_SEARCH and PAID_SOCIAL are \"Advertisement\", REFERRALS is \"External Referral\". For any other value, "
      "and also when the source is empty, put \"Other\". The Email goes lowercase, and Last Name and Company "
      "(from Company Name) are copied without changes.",
      extended(HS, hs(email="Nuria.Vidal@Olivar.es", lastname="Vidal", company="Olivar", hs_analytics_source="OFFLINE")))
def _(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h34-03-lead-phone-e164-mobile-fallback-omit", H, L,
      "For the Phone of the lead: take the Phone Number of the contact, and if it is empty take the Mobile Phone "
      "Number. The result goes in E.164 format; the numbers without + are of United States. In case that the two "
      "phones are empty, don't put Phone at all. Email and Last Name are copied as they are.",
      extended(HS, hs(email="irene.soto@brisa.es", lastname="Soto", phone="", mobilephone="", country="Spain"),
               hs(email="tom.hale@ridgeway.com", lastname="Hale", phone=" ", mobilephone="1-646-555-0111")))
def _(r: R) -> Out:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "LastName": r["lastname"], "Phone": OMIT if blank(src) else e164(src)})


@case("h34-04-lead-rating-by-revenue-employees-int", H, L,
      "Rating of the lead is \"Hot\" when the Annual Revenue of the contact is more than 5000000, if not it is "
      "\"Cold\". The contacts that have the annual revenue empty get \"Cold\" too. Employees (NumberOfEmployees) is "
      "the Number of Employees as whole number, only when it is not empty; if empty, leave it out. Email copied.",
      extended(HS, hs(email="marta.leon@acerosleon.es", annualrevenue="7500000", numemployees="90")))
def _(r: R) -> Out:
    rv = rev(r)
    return keep({"Email": r["email"], "Rating": "Hot" if rv is not None and rv > 5000000 else "Cold",
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h34-05-lead-only-pipeline-stages-status", H, L,
      "Only the contacts with Lifecycle Stage lead, marketingqualifiedlead or salesqualifiedlead go to Salesforce, "
      "the rest no. The Lead Status is: lead -> \"Open - Not Contacted\", marketingqualifiedlead -> \"Working - "
      "Contacted\", salesqualifiedlead -> \"Working - Contacted\". Copy also the Email, the Last Name and the "
      "Company Name into Company.",
      extended(HS, hs(email="alba.ruiz@pinar.es", lastname="Ruiz", company="Pinar SL", lifecyclestage="opportunity")))
def _(r: R) -> Out:
    table = {"lead": "Open - Not Contacted", "marketingqualifiedlead": "Working - Contacted",
             "salesqualifiedlead": "Working - Contacted"}
    if r["lifecyclestage"] not in table:
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "Status": table[r["lifecyclestage"]]}


@case("h34-06-lead-title-case-names-trim-city", H, L,
      "Please clean the names for Salesforce: First Name and Last Name in title case (first letter of each word in "
      "capital, the rest small). The City goes trimmed, without spaces at the start or the end. Put always "
      "\"Partner\" in Lead Source. The email is copied as it is.",
      extended(HS, hs(email="ana.belen@ruizortega.es", firstname="ana belén", lastname="RUIZ ortega", city="  Madrid "),
               hs(email="jordi.puig@mar.cat", firstname="JORDI", lastname="puig", city="Barcelona   ")))
def _(r: R) -> Out:
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "City": r["city"].strip(),
            "LeadSource": "Partner", "Email": r["email"]}


@case("h34-07-lead-exclude-optout-description-date", H, L,
      "Exclude the contacts that have Unsubscribed from all email = \"true\" (when this field is empty the contact "
      "is not excluded). For the rest: Email, Last Name, Company copied, and Description is the text "
      "\"HubSpot since \" + the Create Date as YYYY-MM-DD + \" / \" + the Original Source. "
      "Example: HubSpot since 2023-03-14 / ORGANIC_SEARCH",
      extended(HS, hs(email="rocio.blanco@blancoeventos.es", lastname="Blanco", company="Blanco Eventos",
                      hs_analytics_source="EMAIL_MARKETING", createdate="2025-02-17T13:20:00.000Z", hs_email_optout="false")))
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "Description": f"HubSpot since {day(r['createdate'])} / {r['hs_analytics_source']}"}


@case("h34-08-lead-optout-flag-state-upper-website", H, L,
      "Map these fields for the leads: Email as is; State is the State/Region in upper case; Email Opt Out "
      "(HasOptedOutOfEmail) is true when hs_email_optout is \"true\", and false when it is \"false\" or empty. "
      "Website is the Website URL, but in case that the contact has no website, leave Website out.",
      extended(HS, hs(email="lucia.gil@gilabogados.es", state="madrid", website="gilabogados.es", hs_email_optout="true")))
def _(r: R) -> Out:
    return keep({"Email": r["email"], "State": r["state"].upper(), "HasOptedOutOfEmail": optout(r["hs_email_optout"]),
                 "Website": OMIT if blank(r["website"]) else r["website"]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact
@case("h34-09-contact-title-default-mailing", H, C,
      "From HubSpot contacts to Salesforce Contacts. The email lowercase goes in Email. Title is the Job Title; "
      "in case that the job title is empty, put \"Contact\". The city goes to MailingCity and the country to "
      "MailingCountry, without changes. Last Name also copied.",
      extended(HS, hs(email="sergio.cano@canovinos.es", lastname="Cano", jobtitle="  ", city="Logroño", country="Spain")))
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "Title": dflt(r["jobtitle"], "Contact"), "MailingCity": r["city"],
            "MailingCountry": r["country"], "LastName": r["lastname"]}


@case("h34-10-contact-only-us-address-donotcall", H, C,
      "Only the contacts where Country/Region is \"United States\" go to Salesforce Contact. For them: Email, "
      "Last Name, the Street Address into MailingStreet, the State/Region into MailingState and the Postal Code "
      "into MailingPostalCode, all as they are. Do Not Call is always false.",
      extended(HS, hs(email="kim.lee@harborview.com", lastname="Lee", address="88 Pier Ave", state="", zip="98101",
                      country="United States"),
               hs(email="raul.ortiz@ortiz.es", lastname="Ortiz", address="Calle Mayor 5", zip="28013", country="Spain")))
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "DoNotCall": False}


@case("h34-11-contact-phones-e164-omit", H, C,
      "For the phones of the Salesforce contact we want always the E.164 format, and the numbers without country "
      "code are of USA. Phone comes from Phone Number and MobilePhone from Mobile Phone Number. If one of them is "
      "empty in HubSpot, don't send this field. Email is copied.",
      HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


@case("h34-12-contact-leadsource-by-stage-lastname-upper", H, C,
      "The Lead Source of the contact comes from the lifecycle stage:\n"
      "- subscriber: Email\n- lead: Web\n- marketingqualifiedlead: Web\n- salesqualifiedlead: Phone Inquiry\n"
      "- customer: Other\n"
      "Also Email as it is and the Last Name in upper case.",
      HS)
def _(r: R) -> Out:
    table = {"subscriber": "Email", "lead": "Web", "marketingqualifiedlead": "Web",
             "salesqualifiedlead": "Phone Inquiry", "customer": "Other"}
    return {"LeadSource": table[r["lifecyclestage"]], "Email": r["email"], "LastName": r["lastname"].upper()}


@case("h34-13-contact-department-if-jobtitle-optout", H, C,
      "Department depends of the job title: if the contact has a job title, Department is \"Business\"; if the job "
      "title is empty, \"General\". HasOptedOutOfEmail is true for the contacts with hs_email_optout \"true\"; "
      "with \"false\" or empty it is false. Copy also Email and Last Name.",
      extended(HS, hs(email="eva.marin@marin.es", lastname="Marín", jobtitle="   ", hs_email_optout="true")))
def _(r: R) -> Out:
    return {"Department": "General" if blank(r["jobtitle"]) else "Business",
            "HasOptedOutOfEmail": optout(r["hs_email_optout"]), "Email": r["email"], "LastName": r["lastname"]}


@case("h34-14-contact-title-three-step-fallback", H, C,
      "Title in Salesforce: we use the Job Title; if not, the Industry; and if the two are empty, put \"N/A\". "
      "Email, First Name and Last Name copied as they are.",
      extended(HS, hs(email="diego.sanz@sanzretail.es", firstname="Diego", lastname="Sanz", jobtitle="", industry="Retail")))
def _(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "N/A")
    return {"Title": t, "Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members
@case("h34-15-mc-status-from-optout-const-tag", H, M,
      "We send the HubSpot contacts to the Mailchimp audience. Email Address is the email. The status is "
      "\"unsubscribed\" when hs_email_optout is \"true\", in other case \"subscribed\" (also when it is empty). "
      "FNAME and LNAME from First Name and Last Name. Put always the tag \"hubspot-sync\".",
      HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if optout(r["hs_email_optout"]) else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": ["hubspot-sync"]}


@case("h34-16-mc-first-word-fname-stage-tags", H, M,
      "For Mailchimp: email_address is the email lowercase, and FNAME is only the first word of the First Name (for "
      "\"Ana María\" it is \"Ana\"). Tags: the contacts in marketingqualifiedlead get the tag \"mql\", the ones in "
      "customer get \"customer\", and the others no tags (empty list).",
      extended(HS, hs(email="Ana.Maria@Soleado.es", firstname="Ana María", lifecyclestage="customer")))
def _(r: R) -> Out:
    tags = {"marketingqualifiedlead": ["mql"], "customer": ["customer"]}.get(r["lifecyclestage"], [])
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": first_word(r["firstname"])}, "tags": tags}


@case("h34-17-mc-only-uk-phone-e164", H, M,
      "Only the contacts with Country/Region \"United Kingdom\" go to this audience. For them the PHONE merge field "
      "is the Phone Number in E.164; the numbers are british (+44) when they have no + at the start. FNAME is the "
      "First Name, email_address the email, and status always \"subscribed\".",
      extended(HS, hs(email="oliver.grant@kestrel.co.uk", firstname="Oliver", phone="020 7946 0958", country="United Kingdom"),
               hs(email="amy.shaw@moorfield.co.uk", firstname="Amy", phone="+44 161 496 0000", country="United Kingdom"),
               hs(email="rhys.evans@valleyworks.co.uk", firstname="Rhys", phone="01632 960123", country="United Kingdom")))
def _(r: R) -> Out:
    if r["country"] != "United Kingdom":
        return None
    return {"merge_fields": {"PHONE": e164(r["phone"], "44"), "FNAME": r["firstname"]}, "email_address": r["email"],
            "status": "subscribed"}


@case("h34-18-mc-vip-by-employees-language", H, M,
      "VIP in Mailchimp is true for the contacts with Number of Employees more than 100, and false for the rest; "
      "when the number of employees is empty it is false too. The language put always \"en\". Email Address is the "
      "email of the contact.",
      extended(HS, hs(email="carlos.vega@vegagroup.es", numemployees="1500")))
def _(r: R) -> Out:
    return {"vip": not blank(r["numemployees"]) and float(r["numemployees"]) > 100, "language": "en",
            "email_address": r["email"]}


@case("h34-19-mc-exclude-subscriber-paid-tag", H, M,
      "Exclude the contacts with lifecycle stage subscriber, these no. The others: email_address from email, LNAME "
      "is the Last Name in capital letters, and tags: always \"crm\", and also \"paid\" in case that the Original "
      "Source is PAID_SEARCH or PAID_SOCIAL (first \"crm\", then \"paid\").",
      HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    tags = ["crm"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return {"email_address": r["email"], "merge_fields": {"LNAME": r["lastname"].upper()}, "tags": tags}


@case("h34-20-mc-clean-email-fname-default-lname-omit", H, M,
      "The email in HubSpot is sometimes dirty, so email_address is the email trimmed and in lower case. FNAME is "
      "the first name, and in case that it is empty put \"Friend\". LNAME is the last name, but if the last name is "
      "empty don't send LNAME. Status put always \"pending\".",
      extended(HS, hs(email="  Laura.Gomez@Brisamar.ES ", firstname="", lastname="Gómez"),
               hs(email="pedro.navas@navas.es ", firstname="Pedro", lastname="   ")))
def _(r: R) -> Out:
    return keep({"email_address": r["email"].strip().lower(),
                 "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"),
                                  "LNAME": OMIT if blank(r["lastname"]) else r["lastname"]},
                 "status": "pending"})


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify
@case("h34-21-seg-address-city-title", H, S,
      "Identify in Segment for each contact. userId is the email lowercase. In traits.address we put: city = the "
      "City in title case, postalCode = the Postal Code, country = the Country/Region as it is.",
      extended(HS, hs(email="Rosa.Diaz@Brooklyncafe.com", city="NEW YORK", zip="11201", country="United States")))
def _(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"address": {"city": title(r["city"]), "postalCode": r["zip"], "country": r["country"]}}}


@case("h34-22-seg-company-traits-default-int", H, S,
      "For Segment the userId is the email, without changes. The data of the company goes in traits.company: name "
      "is the Company Name (in case that it is empty, \"Independent\"), industry is the Industry as it is, and "
      "employee_count is the Number of Employees as integer; if the number of employees is empty, leave "
      "employee_count out.",
      HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"), "industry": r["industry"],
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h34-23-seg-fullname-username-website", H, S,
      "Send to Segment identify with userId = email. traits.name is the First Name, one space and the Last Name. "
      "traits.username is the part of the email before the @. traits.website is the Website URL, and if it is "
      "empty we don't send it.",
      lower_emails(HS))
def _(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"name": f"{r['firstname']} {r['lastname']}", "username": before_at(r["email"]),
                            "website": OMIT if blank(r["website"]) else r["website"]}})


@case("h34-24-seg-description-table-plan-by-revenue", H, S,
      "userId is the email. traits.email is the email lowercase. traits.description comes from the lifecycle stage: "
      "customer is \"Customer\", salesqualifiedlead and marketingqualifiedlead are \"Pipeline\", and any other stage "
      "is \"Prospect\". traits.company.plan is \"Enterprise\" when the Annual Revenue is more than 10000000, if not "
      "\"SMB\" (empty revenue is \"SMB\" also).",
      HS)
def _(r: R) -> Out:
    desc = {"customer": "Customer", "salesqualifiedlead": "Pipeline", "marketingqualifiedlead": "Pipeline"}
    rv = rev(r)
    return {"userId": r["email"],
            "traits": {"email": r["email"].lower(), "description": desc.get(r["lifecyclestage"], "Prospect"),
                       "company": {"plan": "Enterprise" if rv is not None and rv > 10000000 else "SMB"}}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events
@case("h34-25-ga4-sign-up-method-default", H, G,
      "For each HubSpot contact we send one event \"sign_up\" to GA4. The client_id is the email lowercase. In the "
      "params of the event: method is the Original Source in lower case, and in case that it is empty put "
      "\"unknown\"; country is the Country/Region as it is. The contacts with Unsubscribed from all email = \"true\" "
      "are not sent (with the field empty yes, they are sent).",
      extended(HS, hs(email="Teresa.Mora@MoraViajes.es", country="Spain", hs_analytics_source="", hs_email_optout="false")))
def _(r: R) -> Out:
    if optout(r["hs_email_optout"]):
        return None
    return {"client_id": r["email"].lower(),
            "events": [{"name": "sign_up",
                        "params": {"method": dflt(r["hs_analytics_source"], "unknown").lower(), "country": r["country"]}}]}


@case("h34-26-ga4-generate-lead-value-number", H, G,
      "Only the contacts in marketingqualifiedlead or salesqualifiedlead. For each one a GA4 event generate_lead, "
      "client_id is the email of the contact (as it is). Params: currency always \"EUR\", value is the Annual "
      "Revenue as a number, and company is the Company Name.",
      extended(HS, hs(email="javier.rey@reyconsulting.es", company="Rey Consulting", lifecyclestage="salesqualifiedlead",
                      annualrevenue="150000.5")))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"client_id": r["email"],
            "events": [{"name": "generate_lead",
                        "params": {"currency": "EUR", "value": num(r["annualrevenue"]), "company": r["company"]}}]}


@case("h34-27-ga4-contact-created-date-employees", H, G,
      "We want a GA4 event \"contact_created\" only for the contacts with more than 15 employees (Number of "
      "Employees); the ones with this field empty are not sent. client_id = the email lowercase. Params of the "
      "event:\n- created_on: the Create Date in format YYYY-MM-DD\n- country: the Country/Region in upper case\n"
      "- employees: the number of employees as whole number",
      HS)
def _(r: R) -> Out:
    if blank(r["numemployees"]) or float(r["numemployees"]) <= 15:
        return None
    return {"client_id": r["email"].lower(),
            "events": [{"name": "contact_created",
                        "params": {"created_on": day(r["createdate"]), "country": r["country"].upper(),
                                   "employees": int(num(r["numemployees"]))}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts
@case("h34-28-hs-from-lead-basic-status-table", L, H,
      "Salesforce leads to HubSpot contacts. email, firstname, lastname and company are copied from the same "
      "fields of the lead, and the Title goes to jobtitle. The Lead Status goes to hs_lead_status like this: "
      "Open - Not Contacted = NEW, Working - Contacted = IN_PROGRESS, Closed - Converted = CONNECTED, "
      "Closed - Not Converted = UNQUALIFIED.",
      SFL)
def _(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "hs_lead_status": table[r["Status"]]}


@case("h34-29-hs-from-lead-optout-text-rating-stage", L, H,
      "For the HubSpot contact: email from Email, phone from Phone as it is. hs_email_optout is the text \"true\" "
      "when the lead has Email Opt Out checked, and \"false\" when not. The lifecycle stage comes from the Rating: "
      "Hot is salesqualifiedlead, Warm is marketingqualifiedlead, and Cold or empty rating is lead.",
      extended(SFL, sfl(Email="monica.prieto@prietolab.es", LastName="Prieto", Company="Prieto Lab", Phone="+34 91 555 0101",
                        Rating="", HasOptedOutOfEmail=True)))
def _(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return {"email": r["Email"], "phone": r["Phone"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "lifecyclestage": stage}


@case("h34-30-hs-from-lead-only-germany-e164-de", L, H,
      "Only the leads of Germany (Country = \"Germany\") for to send to HubSpot. The phone is the Phone of the lead "
      "in E.164 with the german code +49 (if the number has already a + it keeps its own code). city is the City "
      "and zip is the PostalCode. email is the Email.",
      extended(SFL, sfl(Email="jonas.becker@nordhafen.de", LastName="Becker", Company="Nordhafen", Phone="030 5550 1234",
                        City="Berlin", PostalCode="10115", Country="Germany"),
               sfl(Email="anna.schmidt@isarwerk.de", LastName="Schmidt", Company="Isarwerk", Phone="+49 89 5550 7788",
                   City="München", PostalCode="80331", Country="Germany"),
               sfl(Email="paul.klein@domtech.de", LastName="Klein", Company="Domtech", Phone="0221/555-0199",
                   City="Köln", PostalCode="50667", Country="Germany")))
def _(r: R) -> Out:
    if r["Country"] != "Germany":
        return None
    return {"phone": e164(r["Phone"], "49"), "city": r["City"], "zip": r["PostalCode"], "email": r["Email"]}


@case("h34-31-hs-from-lead-exclude-converted-revenue-stage", L, H,
      "We don't want the leads with Lead Status \"Closed - Converted\", exclude them. For the rest: email as it is; "
      "annualrevenue is the Annual Revenue as a number, and in case that it is empty leave it out. The "
      "lifecyclestage is \"subscriber\" if the Lead Source of the lead is empty, if not \"lead\".",
      extended(SFL, sfl(Email="ines.ferrer@ferrerhome.es", LastName="Ferrer", Company="Ferrer Home",
                        Status="Working - Contacted", LeadSource="Web", AnnualRevenue="1250000.5")))
def _(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return keep({"email": r["Email"],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "lifecyclestage": "subscriber" if blank(r["LeadSource"]) else "lead"})


@case("h34-32-hs-from-lead-trim-message-website", L, H,
      "From the lead to HubSpot: email copied, firstname is the First Name trimmed (sometimes it has spaces). The "
      "message is \"SF lead: \" + First Name + \" \" + Last Name + \" (\" + Company + \")\", with the values as they "
      "are. And website is \"https://\" followed by the part of the Email after the @.",
      extended(SFL, sfl(Email="carlos.mena@menafoods.es", FirstName="Carlos", LastName="Mena", Company="Mena Foods"),
               sfl(Email="sara.lopez@altamar.es", FirstName="  Sara ", LastName="López", Company="Altamar")))
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"].strip(),
            "message": f"SF lead: {r['FirstName']} {r['LastName']} ({r['Company']})",
            "website": "https://" + after_at(r["Email"])}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members
@case("h34-33-mc-from-contact-status-by-optout", C, M,
      "Salesforce contacts into Mailchimp. email_address is the Email in lower case. status is \"unsubscribed\" "
      "when Email Opt Out is true and \"subscribed\" when it is false. FNAME = First Name and LNAME = Last Name.",
      SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


@case("h34-34-mc-from-contact-exclude-optout-tags-birthday", C, M,
      "Exclude the contacts that have HasOptedOutOfEmail true. For the others: email_address is the Email, the "
      "BIRTHDAY merge field is the Birthdate as it is (if empty, don't send BIRTHDAY), and tags: put always "
      "\"salesforce\", and after it \"event\" when the Lead Source is \"Trade Show\".",
      extended(SFC, sfc(Email="marcos.iglesias@iglesias.es", FirstName="Marcos", LastName="Iglesias",
                        LeadSource="Web", Birthdate="")))
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    tags = ["salesforce"] + (["event"] if r["LeadSource"] == "Trade Show" else [])
    return keep({"email_address": r["Email"],
                 "merge_fields": {"BIRTHDAY": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}, "tags": tags})


@case("h34-35-mc-from-contact-language-by-country", C, M,
      "The language of the member depends of the Mailing Country of the contact: Germany and Austria are \"de\", "
      "Spain is \"es\", and for any other country \"en\". Also email_address from Email and FNAME from the First "
      "Name, both as they are.",
      extended(SFC, sfc(Email="elena.campos@camposdigital.es", FirstName="Elena", LastName="Campos", MailingCountry="Spain"),
               sfc(Email="nico.meier@bergsicht.ch", FirstName="Nico", LastName="Meier", MailingCountry="Switzerland")))
def _(r: R) -> Out:
    lang = {"Germany": "de", "Austria": "de", "Spain": "es"}.get(r["MailingCountry"], "en")
    return {"language": lang, "email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}}


@case("h34-36-mc-from-contact-phone-e164-html-no-tags", C, M,
      "For Mailchimp: email_address = Email, PHONE = the Business Phone in E.164 (numbers with no + are from the US), "
      "LNAME = the Last Name in upper case. Email type put always \"html\". And tags: none, an empty list.",
      SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"]), "LNAME": r["LastName"].upper()},
            "email_type": "html", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify
@case("h34-37-seg-from-contact-names-title-default-address", C, S,
      "Salesforce contacts to Segment identify. userId is the Email lowercase. traits.firstName and traits.lastName "
      "from First Name and Last Name. traits.title is the Title, in case that it is empty put \"Unknown\". In "
      "traits.address: city from Mailing City, and country is the Mailing Country in upper case.",
      SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"].lower(),
            "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": dflt(r["Title"], "Unknown"),
                       "address": {"city": r["MailingCity"], "country": r["MailingCountry"].upper()}}}


@case("h34-38-seg-from-contact-birthday-description-phone", C, S,
      "userId = the Email of the contact, no changes. traits.birthday is the Birthdate; when it is empty, leave it "
      "out. traits.description is \"Salesforce contact - \" and the Department (for example \"Salesforce contact - "
      "Sales\"), but in case that the Department is empty put only \"Salesforce contact\". traits.phone is the "
      "Phone in E.164, the numbers without + are american.",
      SFC)
def _(r: R) -> Out:
    desc = "Salesforce contact" if blank(r["Department"]) else f"Salesforce contact - {r['Department']}"
    return keep({"userId": r["Email"],
                 "traits": {"birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"], "description": desc,
                            "phone": e164(r["Phone"])}})


@case("h34-39-seg-from-contact-exclude-optout-username-domain", C, S,
      "The contacts with Email Opt Out true are excluded. For the rest the userId is the Email. traits.username is "
      "what is before the @ in the email, and traits.website is \"https://\" + what is after the @. traits.title is "
      "the Title, only if it is not empty (if empty, no traits.title).",
      extended(lower_emails(SFC, "Email"), sfc(Email="hugo.serrano@serranotech.es", FirstName="Hugo", LastName="Serrano",
                                               Title="Founder")))
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return keep({"userId": r["Email"],
                 "traits": {"username": before_at(r["Email"]), "website": "https://" + after_at(r["Email"]),
                            "title": OMIT if blank(r["Title"]) else r["Title"]}})


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts
@case("h34-40-hs-from-mc-title-names-optout-text", M, H,
      "Mailchimp members to HubSpot. email is the email_address. firstname and lastname are FNAME and LNAME in "
      "title case. hs_email_optout is the text \"true\" when the status is unsubscribed or cleaned, and \"false\" "
      "for any other status.",
      extended(MC, mc("victor.alonso@alonsoyhijos.es", "pending", "VICTOR", "alonso", "", "", [], "es", False)))
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"}


@case("h34-41-hs-from-mc-only-subscribed-phone-company-vip", M, H,
      "Only the members with status subscribed. For them: email from email_address; phone is PHONE in E.164 (without "
      "+ the number is of USA), and if PHONE is empty don't put phone; company is the COMPANY merge field, in case "
      "that it is empty \"Unknown\". lifecyclestage is \"customer\" when VIP is true and \"subscriber\" when VIP is "
      "false.",
      extended(MC, mc("beatriz.luna@lunastudio.com", "subscribed", "Beatriz", "Luna", "212-555-0160", "", ["Webinar"],
                      "es", False)))
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": dflt(mf["COMPANY"], "Unknown"), "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h34-42-hs-from-mc-lastname-fallback-language", M, H,
      "From Mailchimp to HubSpot contacts: email = email_address. For lastname we use LNAME; if LNAME is empty, we "
      "use FNAME. The Preferred language (hs_language) is the language of the member as it is. Lead Status put "
      "always \"NEW\".",
      MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "lastname": dflt(mf["LNAME"], mf["FNAME"]), "hs_language": r["language"],
            "hs_lead_status": "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set34")
