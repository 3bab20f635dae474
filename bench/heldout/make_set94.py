"""Held-out set 94 for the offline mapping drafter.

Persona: Lucía, a marketing coordinator in Madrid who writes her requests in English as a second
language: Spanish calques ("the field of the email", "if it comes empty", "the rest of cases",
"put it in capital letters"), polite openings, long sentences joined by "and", "Thanks in advance".

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h94-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Lucía's own.
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
    rev,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h94-01-lead-copies-web-source", H, L, """\
Hello! We need to pass the contacts of HubSpot to Salesforce as leads. Please copy the field of the \
email to Email, the first name to FirstName, the last name to LastName, the company to Company and \
the job title to Title, and if some of these comes empty it stays empty in the lead, we don't want \
to invent nothing. And for all the leads the LeadSource must be 'Web', always the same value, ok?
Thanks in advance!""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h94-02-lead-company-trim-defaults", H, L, """\
Hi, for this sync of HubSpot contacts into Salesforce leads I need the following. The email goes \
to Email as it is. The company goes to Company but cleaned of the spaces at the beginning and at \
the end (trim), and in the case that it comes empty (vacío) we put 'Unknown Company'. The job \
title goes to Title, and if it comes empty put 'Not informed'. The city is copied to City without \
touching it, exactly like it comes.
Thank you!""", extended(HS, hs(email="sergio.blanco@olivarfoods.es", firstname="Sergio", lastname="Blanco",
                               company="  Olivar Foods  ", jobtitle="   ", city=" Sevilla", country="Spain")))
def o02(r: R) -> Out:
    return {"Email": r["email"],
            "Company": "Unknown Company" if blank(r["company"]) else r["company"].strip(),
            "Title": dflt(r["jobtitle"], "Not informed"), "City": r["city"]}


@case("h94-03-lead-phone-chain-names-title", H, L, """\
Good morning. HubSpot contacts to Salesforce Lead. We send the email to Email, and the first name \
and the last name put them in title case in FirstName and LastName (first letter in capital and \
the rest in small letters, in every word), because some people write all in capitals. For the \
Phone we want the phone of the contact; if it comes empty use the mobile phone, and if also the \
mobile comes empty then don't put Phone at all, the lead goes without it.
Thank you so much.""", extended(HS, hs(email="tomas.ruiz@bodegasruiz.es", firstname="TOMAS", lastname="ruiz",
                                        phone="", mobilephone="  ", country="Spain")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h94-04-lead-source-table-lower-email", H, L, """\
Hola! One more mapping, HubSpot contacts -> Salesforce Lead. The email put it in small letters \
(lower case) in Email. And the LeadSource depends of the original source of HubSpot: ORGANIC_SEARCH \
is 'Web', PAID_SEARCH is 'Advertisement' and REFERRALS is 'External Referral'. The rest of cases, \
also when the original source comes empty, the LeadSource is 'Other'.
Thanks in advance!""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h94-05-lead-no-customers-no-japan", H, L, """\
Hi team, we need to realize the sync of the contacts from HubSpot into Salesforce leads, but with \
two exclusions: we don't want the contacts that have the lifecycle stage 'customer', because they \
are already clients, and we don't want either the contacts whose country is 'Japan', because the \
Tokyo office has its own process. With the others you copy the email, first name, last name, \
company and country to the fields of the lead with the same name (Email, FirstName, LastName, \
Company, Country), and the Status is always 'Open - Not Contacted'.
Thanks!""", HS)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Country": r["country"], "Status": "Open - Not Contacted"}


@case("h94-06-lead-rating-bands-employees", H, L, """\
Hello, we need to send to the Salesforce leads the email (to Email) and a Rating that we calculate \
with the annual revenue of HubSpot. If the revenue is more than 5000000 the Rating is 'Hot', if it \
is less than 1000000 the Rating is 'Cold', and between these two it is 'Warm'. In the case that \
the revenue comes empty we put 'Cold' also. And the number of employees must go to \
NumberOfEmployees as a whole number (integer), and if it comes empty we don't send this field.
Thanks in advance.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 1_000_000:
        rating = "Cold"
    elif v > 5_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    emp = OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": emp})


@case("h94-07-lead-mobile-e164-title-case", H, L, """\
Hi! HubSpot contacts to Salesforce Lead, please. Email goes to Email. The mobile phone we need it \
in E.164 format (for example +14155550100) in MobilePhone; the numbers are of the United States, \
except when they start already with + and their own country code. If the mobile comes empty, don't \
write MobilePhone. And the last name and the city put them in title case in LastName and City \
(each word with the first letter in capital and the rest small), ok?
Thanks.""", HS)
def o07(r: R) -> Out:
    mob = OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])
    return keep({"Email": r["email"], "MobilePhone": mob, "LastName": title(r["lastname"]),
                 "City": title(r["city"])})


@case("h94-08-lead-us-only-upper-description", H, L, """\
Good afternoon. We only want to pass to Salesforce the HubSpot contacts whose country is 'United \
States', the rest no. For these ones the email goes to Email, and the last name goes to LastName \
but put it in capital letters. In the Description we need the text 'Contact from HubSpot, created ' \
followed by the create date of the contact in format YYYY-MM-DD, so for example it stays like \
'Contact from HubSpot, created 2023-03-14'.
Thanks in advance!""", extended(HS, hs(email="luz.ortega@desertbloom.com", firstname="Luz", lastname="ortega",
                                        city="Phoenix", state="AZ", createdate="2024-02-20T13:15:00.000Z"),
                                 hs(email="ines.prat@costabrava.es", firstname="Ines", lastname="Prat",
                                    country="Spain", createdate="2024-03-11T12:40:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": "Contact from HubSpot, created " + day(r["createdate"])}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h94-09-contact-mailing-address", H, C, """\
Hello, this time it is HubSpot contacts into Salesforce Contact. Copy the email to Email, the first \
name to FirstName and the last name to LastName, and the address of the contact goes to the \
Mailing fields: the street address to MailingStreet, the city to MailingCity, the state to \
MailingState, the zip to MailingPostalCode and the country to MailingCountry. All as it comes, and \
when something comes empty, empty must stay the field in Salesforce too.
Thank you!""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h94-10-contact-optout-donotcall", H, C, """\
Hi, for the Salesforce Contacts that come from HubSpot we need Email (the email) and LastName (the \
last name) copied, and also two checkboxes. HasOptedOutOfEmail must be true when hs_email_optout of \
HubSpot is "true", and false when it is "false" or when it comes empty. DoNotCall must be true when \
the contact has the phone empty (no phone number), and false when it has one; here we only look at \
the field of the phone, not the mobile.
Thanks in advance!""", extended(HS, hs(email="gema.soler@azahar.es", firstname="Gema", lastname="Soler",
                                        phone="   ", hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h94-11-contact-lastname-chain-local", H, C, """\
Hello! Salesforce needs always a last name in the Contact, so please do it like this: LastName is \
the last name of HubSpot; in the case that it comes empty we take the first name, and if the first \
name also comes empty, then the part of the email before the @. FirstName is the first name as it \
is (also empty if it comes empty) and Email is the email.
Thanks so much.""", extended(lower_emails(HS),
                             hs(email="beatriz.navarro@luzdelsur.es", firstname="Beatriz", lastname="  "),
                             hs(email="info.compras@granjasol.es", firstname="", lastname="")))
def o11(r: R) -> Out:
    ln = first_filled(r["lastname"], r["firstname"])
    return {"LastName": ln if ln is not None else before_at(r["email"]), "FirstName": r["firstname"],
            "Email": r["email"]}


@case("h94-12-contact-source-table-state-upper", H, C, """\
Hi, HubSpot -> Salesforce Contact. Email is the email. The LeadSource comes from the original \
source of the contact with this table:
ORGANIC_SEARCH = Web
PAID_SEARCH = Advertisement
PAID_SOCIAL = Advertisement
REFERRALS = External Referral
EMAIL_MARKETING = Email
And the state goes to MailingState in capital letters, but if the state comes empty we don't send \
MailingState.
Thanks!""", extended([HS[0], HS[1], HS[3], HS[4]],
                     hs(email="valeria.costa@brisamar.com", firstname="Valeria", lastname="Costa",
                        hs_analytics_source="EMAIL_MARKETING", city="Miami", state="fl")))
def o12(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    st = OMIT if blank(r["state"]) else r["state"].upper()
    return keep({"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]], "MailingState": st})


@case("h94-13-contact-optin-only-phone-fallback", H, C, """\
Good morning. We need to pass to Salesforce Contact only the HubSpot contacts that have \
hs_email_optout = "false"; the ones with "true" no, and the ones where it comes empty also no. For \
them: the email in lower case in Email, and in Phone the phone of the contact or, if the phone comes \
empty, the mobile phone. The Department is always 'Inbound'.
Thanks in advance, Lucía""", extended(HS, hs(email="Rosa.Vidal@CostaVerde.com", firstname="Rosa", lastname="Vidal",
                                              hs_email_optout="false", phone=" ", mobilephone="(305) 555-0166")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Department": "Inbound"}


@case("h94-14-contact-department-by-stage", H, C, """\
Hello. From HubSpot to Salesforce Contact we need: Email = the email; FirstName = the first name in \
title case (the first letter of each word in capital, the rest small); Title = the job title but \
without the spaces in the beginning and in the end. And the Department depends of the lifecycle \
stage: for 'customer' it is 'Customer Success', for 'salesqualifiedlead' it is 'Sales', and for the \
rest of stages it is 'Marketing'.
Thanks!""", extended(HS, hs(email="ana.lucia.rey@mareanorte.es", firstname="ANA LUCIA", lastname="Rey",
                            jobtitle="  Growth Manager ", lifecyclestage="opportunity")))
def o14(r: R) -> Out:
    dept = {"customer": "Customer Success", "salesqualifiedlead": "Sales"}.get(r["lifecyclestage"], "Marketing")
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "Title": r["jobtitle"].strip(),
            "Department": dept}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h94-15-mc-language-default-en", H, M, """\
Hi! We want to add the HubSpot contacts to our Mailchimp audience. Copy the email to email_address, \
the first name to FNAME and the last name to LNAME. The status is 'subscribed' for all of them. And \
the language of the member comes from the preferred language of HubSpot (hs_language), but many \
contacts don't have this field at all, so in the case that it is not there or it comes empty, put \
'en'.
Thanks in advance!""", extended(HS, hs(email="pablo.serrano@tierraalta.es", firstname="Pablo", lastname="Serrano",
                                        hs_language="es"),
                                 hs(email="elena.ferrer@mediterrania.es", firstname="Elena", lastname="Ferrer",
                                    hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h94-16-mc-three-way-status", H, M, """\
Hello, HubSpot to Mailchimp. The email goes to email_address. We need that the status is \
'unsubscribed' when hs_email_optout is "true", 'subscribed' when it is "false", and when it comes \
empty 'pending', so these people receive the email of double opt-in. And all the members get one \
tag, 'HubSpot', nothing more.
Thanks!""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h94-17-mc-tags-revenue-customer", H, M, """\
Hi, for the Mailchimp members from HubSpot please send the email in email_address and put the tags \
like this: if the annual revenue is more than 3000000 they get the tag 'big-account', and if the \
lifecycle stage is 'customer' they get the tag 'customer'. When both apply, first 'big-account' and \
after 'customer'. If the revenue comes empty it doesn't count as more than 3000000. And if no tag \
applies, the tags must be an empty list.
Thanks in advance!""", extended(HS, hs(email="jorge.pena@grupoandino.com", firstname="Jorge", lastname="Pena",
                                        lifecyclestage="customer", annualrevenue="9000000")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "tags": tags}


@case("h94-18-mc-first-word-phone-e164", H, M, """\
Good morning! In the FNAME of Mailchimp we want only the first word of the first name of HubSpot \
(some people put the two names, like 'Juan Carlos', and we want only 'Juan'). The email goes to \
email_address. And PHONE is the phone of the contact in E.164 format, for example +14155550100, \
taking the numbers as numbers of USA if they don't start with +; in the case that the phone comes \
empty, use the mobile phone, also in E.164.
Thanks.""", extended(HS, hs(email="juan.carlos.mendez@solymar.com", firstname="Juan Carlos", lastname="Mendez",
                            phone="", mobilephone="+1 (786) 555-0120")))
def o18(r: R) -> Out:
    return {"merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))},
            "email_address": r["email"]}


@case("h94-19-mc-skip-no-company-vip", H, M, """\
Hello! We send the HubSpot contacts to Mailchimp, except the ones that have the company empty \
(vacío), these we don't send. For all the others: the email to email_address, status 'subscribed' \
always, and vip must be true when the lifecycle stage is 'salesqualifiedlead' or 'customer', and \
false in the rest of cases.
Thanks in advance.""", extended(HS, hs(email="carla.mora@verdeluz.com", firstname="Carla", lastname="Mora",
                                        company="   "),
                                 hs(email="ramon.ibanez@hierrosnorte.es", firstname="Ramon", lastname="Ibanez",
                                    company="Hierros Norte", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("salesqualifiedlead", "customer")}


@case("h94-20-mc-title-names-domain-vip", H, M, """\
Hi, HubSpot contacts into Mailchimp. email_address is the email. FNAME and LNAME are the first name \
and the last name put in title case (each word with the first letter in capital and the rest in \
small letters). In the case that the last name comes empty, LNAME will be the part of the email \
after the @, as it is, without title case. And the member is vip (true) when the number of \
employees is more than 100; if it is 100 or less, or it comes empty, vip is false.
Thanks!""", extended(lower_emails(HS), hs(email="info@casapepe.es", firstname="pepe", lastname="",
                                          numemployees="150")))
def o20(r: R) -> Out:
    ln = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": ln},
            "vip": gt(r["numemployees"], 100)}


# ---------------------------------------------------------------- HubSpot -> Segment

@case("h94-21-seg-lower-id-full-name", H, S, """\
Hello, we need the identify calls in Segment for the HubSpot contacts. The userId is the email in \
lower case. In the traits: email with the email as it comes (without changing nothing), firstName \
with the first name and lastName with the last name, also as they come, and name with the first \
name, a space and the last name together (for example 'Priya Raman').
Thanks in advance!""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h94-22-seg-company-object", H, S, """\
Hi! For the Segment identify: userId = the email of the contact, as it is. And we need the \
information of the company inside traits.company: the name is the company, and if it comes empty \
put 'Independent'; the industry is the industry, but if it comes empty don't send the industry; \
and employee_count is the number of employees as an integer, and if this one comes empty we don't \
send it either.
Thanks.""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], "Independent"),
                     "industry": OMIT if blank(r["industry"]) else r["industry"],
                     "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h94-23-seg-address-phone-chain", H, S, """\
Good morning. Segment identify from HubSpot: userId is the email. In traits.address we put street \
(from the address), city, state, postalCode (from the zip) and country; the state, if it comes \
empty, we leave it out, and the other ones we copy as they come. And traits.phone is the phone in \
E.164, as a US number when it doesn't have + at the beginning; in the case that the phone comes \
empty we use the mobile phone (also in E.164), and if the two are empty, no phone in the traits.
Thank you!""", extended(HS, hs(email="marc.puig@vinyesdelsud.es", firstname="Marc", lastname="Puig", phone="",
                               mobilephone="", address="Carrer Major 3", city="Girona", state="", zip="17001",
                               country="Spain")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": OMIT if blank(r["state"]) else r["state"],
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h94-24-seg-clean-id-optout-revenue", H, S, """\
Hello. In Segment the userId must be the email without spaces at the start and at the end and in \
lower case (some emails in HubSpot have spaces). traits.title is the job title copied as it is. \
traits.unsubscribed is true if hs_email_optout is "true" and false if not, and when it comes empty \
it is false also. And traits.annual_revenue is the annual revenue like a number, but if it comes \
empty we don't send it.
Thanks in advance!""", extended(HS, hs(email="  Marta.Gil@RiojaVinos.es ", firstname="Marta", lastname="Gil",
                                        jobtitle="Buyer", hs_email_optout="true", annualrevenue="150000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h94-25-ga4-sync-event-source-date", H, G, """\
Hi, we need to send to GA4 (Measurement Protocol) one event for each HubSpot contact. The client_id \
is always 'hubspot-crm' and the name of the event always 'crm_contact_sync'. The user_id is the \
email as it is. In the params of the event: lead_source is the original source in small letters \
(lower case), and if the source comes empty put 'unknown'; and created_on is the create date of \
the contact only with the date, YYYY-MM-DD.
Thanks!""", HS)
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-crm", "user_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"lead_source": "unknown" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h94-26-ga4-high-value-eur", H, G, """\
Hello! To GA4 we send only the contacts with annual revenue more than 1000000 (the ones with the \
revenue empty we don't send them). The client_id is the part of the email before the @. The event \
is called 'high_value_company', and in its params the value is the annual revenue as a number and \
the currency is always 'EUR'.
Thanks in advance.""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_company",
                        "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h94-27-ga4-purchase-or-lead", H, G, """\
Hi, HubSpot to GA4 events, please. The client_id is the email of the contact as it comes. The name \
of the event depends: if the lifecycle stage is 'customer' the event is 'purchase', and in the rest \
of cases it is 'generate_lead'. In the params: job_title is the job title, and if it comes empty \
put 'unknown'; and company is the company as it is, also empty if it is empty.
Thanks!""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"job_title": dflt(r["jobtitle"], "unknown"), "company": r["company"]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h94-28-hs-from-lead-copies", L, H, """\
Hello, now the other direction, Salesforce Lead to HubSpot contacts. Please copy Email to email, \
FirstName to firstname, LastName to lastname, Company to company, Title to jobtitle, Phone to \
phone, City to city and PostalCode to zip. All like it comes; when the value comes empty it goes \
empty, ok?
Thanks in advance!""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"]}


@case("h94-29-hs-stage-from-status-optout-text", L, H, """\
Hi! Salesforce leads into HubSpot. Email to email. The lifecycle stage we take it from the Status \
of the lead: 'Open - Not Contacted' is lead, 'Working - Contacted' is marketingqualifiedlead, \
'Closed - Converted' is customer and 'Closed - Not Converted' is other. And hs_email_optout has to \
be the text "true" when HasOptedOutOfEmail is checked and the text "false" when it is not.
Thanks.""", SFL)
def o29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}[r["Status"]]
    return {"email": r["Email"], "lifecyclestage": stage,
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h94-30-hs-lead-status-by-rating", L, H, """\
Good morning. From Salesforce Lead to HubSpot: the email in small letters to email (some come with \
capitals). hs_lead_status from the Rating: Hot -> IN_PROGRESS, Warm -> OPEN, Cold -> UNQUALIFIED. \
And annualrevenue is the AnnualRevenue as a number; if it comes empty don't put annualrevenue.
Thanks in advance!""", extended(SFL, sfl(Email="Nuria.Campos@VientoSur.es", FirstName="Nuria", LastName="Campos",
                                         Company="Viento Sur", Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(),
                 "hs_lead_status": {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h94-31-hs-uk-only-e164-postcode", L, H, """\
Hello, these leads are for the UK team, so only the leads with Country 'United Kingdom' pass, the \
rest of countries we don't pass. Email goes to email. Phone goes to phone in E.164, and the numbers \
without + are numbers of UK (the 0 of the beginning goes out and we add +44). The PostalCode goes \
to zip but put it in capital letters. And jobtitle is the Title, but in the case that the Title \
comes empty put 'Unknown'.
Thanks!""", extended(SFL, sfl(Email="fiona.clarke@pennineworks.co.uk", FirstName="Fiona", LastName="Clarke",
                              Company="Pennine Works", Title="", Phone="0161 496 0555", Street="1 Mill Ln",
                              City="Manchester", PostalCode="m1 1ae", Country="United Kingdom"),
                          sfl(Email="james.hale@severnlabs.co.uk", FirstName="James", LastName="Hale",
                              Company="Severn Labs", Title="Data Analyst", Phone="+44 117 496 0777",
                              Street="4 Quay St", City="Bristol", PostalCode="bs1 4dj", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h94-32-hs-skip-lost-address-join", L, H, """\
Hi, Salesforce Lead -> HubSpot contacts. Please don't pass the leads with Status 'Closed - Not \
Converted'. For the rest: email from Email; company from Company, and if the Company comes empty put \
'Unknown'; and in address we want the Street, then a comma and a space, and then the PostalCode, \
like '200 Lake St, 60601'. If the PostalCode comes empty, the address is only the Street, without \
the comma.
Thanks in advance!""", extended(SFL, sfl(Email="alvaro.gomez@tallermadrid.es", FirstName="Alvaro", LastName="Gomez",
                                         Company="", Street="Calle Mayor 5", PostalCode="", City="Madrid",
                                         Country="Spain", Status="Open - Not Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else r["Street"] + ", " + r["PostalCode"]
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h94-33-mc-from-contact-status-tags", C, M, """\
Hello! Salesforce Contacts to Mailchimp. email_address is the Email in lower case. The status: \
'unsubscribed' if HasOptedOutOfEmail is true, 'subscribed' if it is false. Tags: every member has \
the tag 'salesforce', and the ones with Lead Source 'Trade Show' have also a second tag \
'trade-show' (after 'salesforce').
Thanks in advance.""", SFC)
def o33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h94-34-mc-from-contact-language-table", C, M, """\
Hi, Salesforce Contact to Mailchimp members. The contacts with the Lead Source empty we don't want \
them, exclude them please. For the others: email_address is the Email, PHONE is the Phone in E.164 \
(US numbers except if they start with +), and the language comes from the MailingCountry: \
Germany -> de, Austria -> de, Spain -> es, United States -> en.
Thanks!""", extended(SFC, sfc(Email="irene.sanz@solnorte.es", FirstName="Irene", LastName="Sanz",
                              Phone="+34 91 555 0123", MailingCity="Madrid", MailingCountry="Spain", LeadSource="Web"),
                          sfc(Email="karl.berger@bergerbau.de", FirstName="Karl", LastName="Berger",
                              Phone="+49 89 5550 1234", MailingCity="Munich", LeadSource="  ")))
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "Spain": "es", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h94-35-mc-from-contact-friend-vip-sales", C, M, """\
Good morning. For Mailchimp from the Salesforce Contacts: email_address = Email, LNAME = LastName as \
it comes, and FNAME = FirstName, but if it comes empty put 'Friend' (so the email says 'Hi \
Friend'). vip is true only when the Department is exactly 'Sales'; the other departments and the \
empty Department are false. And status 'subscribed' for everybody.
Thanks in advance!""", extended(SFC, sfc(Email="hola@pastelerialuna.es", FirstName="", LastName="Luna",
                                         Department="Sales", MailingCity="Valencia", MailingCountry="Spain")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"LNAME": r["LastName"], "FNAME": dflt(r["FirstName"], "Friend")},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h94-36-mc-from-contact-optin-no-tags", C, M, """\
Hello, we want to pass to Mailchimp only the Salesforce contacts with HasOptedOutOfEmail false. The \
Email goes to email_address, FirstName to FNAME and LastName to LNAME, copied. All of them with \
status 'subscribed' and language 'en'. And we need that the tags are empty, an empty list, no tags \
at all.
Thanks!""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h94-37-seg-from-contact-title-omit", C, S, """\
Hi! Segment identify from Salesforce Contact. userId is the Email put in small letters. \
traits.email is the Email as it comes, traits.firstName the FirstName and traits.lastName the \
LastName, copied. traits.title is the Title, but when the Title comes empty we don't send the title \
trait.
Thanks in advance.""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h94-38-seg-from-contact-address", C, S, """\
Hello. For Segment the userId is the Email of the Salesforce contact, as it is. In traits.address \
we need city and country: the city is the MailingCity without spaces at the beginning and the end \
(trim), and the country is the MailingCountry, and in the case that the country comes empty we put \
'Unknown'.
Thanks!""", extended(SFC, sfc(Email="maria.hofer@bergblick.at", FirstName="Maria", LastName="Hofer",
                              MailingCity="  Salzburg ", MailingCountry="  ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h94-39-seg-from-contact-phone-channel", C, S, """\
Hi, Salesforce Contact to Segment. userId = the Email. traits.phone = the Phone in E.164 format, \
numbers of USA when they don't start with +. traits.name = FirstName, one space and LastName. And \
traits.channel comes from the LeadSource: 'Web' is 'online', 'Trade Show' is 'events', and any \
other value, or empty, is 'other'.
Thanks in advance!""", extended(SFC, sfc(Email="oscar.vega@puertoazul.com", FirstName="Oscar", LastName="Vega",
                                         Phone="305-555-0144", LeadSource="Partner Referral")))
def o39(r: R) -> Out:
    ch = {"Web": "online", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"], "channel": ch}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h94-40-hs-from-mc-title-language-optout", M, H, """\
Hello, Mailchimp members to HubSpot contacts. email from email_address. firstname is the FNAME in \
title case and lastname is the LNAME in title case (first letter capital, rest small, in each \
word); if the LNAME comes empty we don't send lastname. hs_language is the language of the member, \
and if it comes empty 'en'. And hs_email_optout must be the text "true" for the unsubscribed \
members and the text "false" for all the others.
Thanks!""", extended(MC, mc({"FNAME": "CARMEN", "LNAME": "lópez", "PHONE": "", "COMPANY": ""},
                            email_address="carmen.lopez@floresdelsur.es", language="")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h94-41-hs-from-mc-no-cleaned-vip-stage", M, H, """\
Hi! From Mailchimp to HubSpot, but the members with status 'cleaned' we don't want them. For the \
rest: email is the email_address, firstname is the FNAME and lastname the LNAME, copied as they \
come, and phone is the PHONE in E.164 (US when it has no +); if the PHONE comes empty we don't put \
phone. The lifecyclestage is 'customer' when the member is VIP and 'subscriber' when not.
Thanks in advance!""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h94-42-hs-from-mc-first-word-domain-tag", M, H, """\
Good morning! Mailchimp to HubSpot contacts. email = email_address. For firstname only the first \
word of FNAME (we have some members with two names). lastname is the LNAME, and in the case that \
the LNAME comes empty, the part of the email after the @. And if between the tags of the member \
there is 'Customer', the lifecyclestage is 'customer'; in the rest of cases 'subscriber'.
Thanks, Lucía""", extended(MC, mc({"FNAME": "Maria Jose", "LNAME": "Ortiz", "PHONE": "", "COMPANY": "Oliva Sur"},
                                  email_address="maria.jose.ortiz@olivasur.es", tags=["Newsletter", "Customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": after_at(r["email_address"]) if blank(mf["LNAME"]) else mf["LNAME"],
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set94")
