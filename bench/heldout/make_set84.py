"""Held-out set 84 for the offline mapping drafter.

Persona: Dmitry, CRM data analyst in Berlin, first language Russian. Fluent but Russian-shaped
English: articles dropped or misused, "it is necessary to", "in case if", "is absent" / "is not
filled" for empty, "must be filled by 'X'", "to transfer", object-first sentences ("Field X we take
from Y"), "only those contacts, whose ...". Short paragraphs or numbered lines, every rule spelled out.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h84-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: the brief's fixed table, authoring.RULE_KINDS (one table for every
set since set 76).
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
    hs,
    lower_emails,
    mc,
    omit_if_blank,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def _phone_chain(r: R) -> Any:
    """HubSpot phone number, else mobile phone, else OMIT."""
    if not blank(r["phone"]):
        return r["phone"]
    if not blank(r["mobilephone"]):
        return r["mobilephone"]
    return OMIT


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h84-01", H, L, """Hello! It is necessary to transfer HubSpot contacts into Salesforce as Leads.

Take email from contact and write to Email. Also first name goes to FirstName, last name to LastName, company name \
to Company and job title to Title. All this is simple copy, without any changes. In case if some value in HubSpot \
is empty, to Lead is written also empty value, nothing else.

Field LeadSource must be filled by 'Web' for every lead.""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h84-02", H, L, """HubSpot contacts -> Salesforce Lead.
1. Email of contact we write to Email as it is.
2. City we take from city, simple copy.
3. Company we take from company name, but it is necessary to remove spaces at beginning and at end of value. In \
case if company name is not filled (or there are only spaces inside), Company must be filled by 'Unknown'.
4. Title we take from job title without changes. When job title is absent (empty or only spaces), Title must be \
filled by 'Not specified'.""", extended(
    HS,
    hs(email="olga.petrova@baltic-amber.lv", firstname="Olga", lastname="Petrova", company="  Baltic Amber  ",
       jobtitle="   ", city="Riga"),
    hs(email="tom.becker@kranich.de", firstname="Tom", lastname="Becker", company="Kranich Logistik ",
       jobtitle="Buyer", city="Hamburg"),
    hs(email="sara.lind@vinterljus.se", firstname="Sara", lastname="Lind", company="   ", jobtitle="", city="Uppsala"),
))
def _02(r: R) -> Out:
    return {"Email": r["email"], "City": r["city"], "Company": dflt(r["company"], "Unknown").strip(),
            "Title": dflt(r["jobtitle"], "Not specified")}


@case("h84-03", H, L, """Sync of contacts from HubSpot to Salesforce Leads, please.
- Email: from email of contact, copy.
- FirstName and LastName: from first name and last name, but in title case (for every word first letter big, other \
letters small).
- Phone: we take phone number of contact. If it is absent, we take mobile phone number. If also mobile phone is \
absent, field Phone is not transferred at all (no such key in lead, also not empty string).
Phone numbers are copied as they are, without any formatting.""", extended(
    HS,
    hs(email="jakob.winter@eisberg.at", firstname="JAKOB", lastname="winter", phone="", mobilephone=""),
))
def _03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": _phone_chain(r)})


_SRC_04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral"}


@case("h84-04", H, L, """It is necessary to create Leads in Salesforce from HubSpot contacts.

Email: take email from contact and write it in lower case.
Company: copy from company name.
Lead Source we fill from Original Source (hs_analytics_source) by this table:
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
REFERRALS -> External Referral
For all other values, and also in case if Original Source is not filled, Lead Source is 'Other'.""", extended(
    HS,
    hs(email="Lea.Brunner@Alpenglanz.CH", company="Alpenglanz AG", hs_analytics_source="EMAIL_MARKETING"),
))
def _04(r: R) -> Out:
    return {"Email": r["email"].lower(), "Company": r["company"],
            "LeadSource": _SRC_04.get(r["hs_analytics_source"], "Other")}


@case("h84-05", H, L, """Transfer of HubSpot contacts to Salesforce Lead. Not all contacts must be transferred:
- contacts, whose hs_email_optout is "true", we do not transfer (when this field is empty, contact is transferred \
normally);
- contacts, whose lifecycle stage is "customer", we also do not transfer.

For the rest: Email from email, FirstName from firstname, LastName from lastname, Company from company, copy as is. \
Status of lead must be filled by 'Open - Not Contacted'.""", extended(
    HS,
    hs(email="omar.haddad@cedarbank.com", firstname="Omar", lastname="Haddad", company="Cedar Bank",
       lifecyclestage="customer", hs_email_optout="false"),
    hs(email="ines.moreau@atelier-sud.fr", firstname="Ines", lastname="Moreau", company="Atelier Sud",
       lifecyclestage="opportunity", hs_email_optout=""),
))
def _05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h84-06", H, L, """HubSpot -> Salesforce, object Lead.
Email we take from email of contact.
Rating is calculated from Annual Revenue:
  more than 5000000 -> 'Hot'
  less than 1000000 -> 'Cold'
  everything between -> 'Warm'
Please pay attention: in case if annual revenue is not filled, Rating is 'Cold'.
NumberOfEmployees (Employees) we take from number of employees, as whole number (integer). When number of \
employees is absent, NumberOfEmployees is not written into lead.""", HS)
def _06(r: R) -> Out:
    rev = r["annualrevenue"]
    if blank(rev) or float(rev) < 1000000:
        rating = "Cold"
    elif float(rev) > 5000000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h84-07", H, L, """Please make mapping HubSpot contact -> Salesforce Lead.
1) Email: from email, without changes.
2) Phone: from phone number of contact, converted to E.164 format. Numbers without country code are US numbers \
(+1). In case if phone number is not filled, Phone is left out from lead.
3) City: from city of contact in title case (every word with big first letter, rest of letters small).""", HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h84-08", H, L, """Only those contacts, whose Country/Region is exactly "United States", go to Salesforce as \
Leads. Other contacts are skipped (also contacts with empty country).

Field Email we take from email. Field State we take from State/Region and write it in upper case.
Description is combined from lifecycle stage and create date: first lifecycle stage value, then text " since ", \
then create date in format YYYY-MM-DD. So it looks like "lead since 2020-01-31".""", extended(
    HS,
    hs(email="ava.miller@lonestarhvac.com", firstname="Ava", lastname="Miller", state="tx", country="United States",
       lifecyclestage="lead", createdate="2024-02-19T13:20:00.000Z"),
    hs(email="noor.aziz@desertbloom.ae", firstname="Noor", lastname="Aziz", state="du", country="",
       lifecyclestage="lead", createdate="2024-03-01T12:00:00.000Z"),
))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": r["lifecyclestage"] + " since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h84-09", H, C, """Contacts from HubSpot we transfer to Salesforce Contact. Address goes into Mailing fields:
street address -> MailingStreet
city -> MailingCity
state/region -> MailingState
postal code (zip) -> MailingPostalCode
country/region -> MailingCountry
And email of contact -> Email. Everything is copied 1:1, empty values stay empty strings.""", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h84-10", H, C, """HubSpot contact -> Salesforce Contact.
Email and LastName we copy from email and last name.
Two checkbox fields it is necessary to fill (true/false):
- HasOptedOutOfEmail (Email Opt Out) is true, when hs_email_optout of contact is "true". When it is "false" or is \
not filled, it is false.
- DoNotCall is true, when phone number of contact is not filled (empty). When phone number is filled, DoNotCall is \
false. Mobile phone is not considered here.""", extended(
    HS,
    hs(email="pablo.ruiz@sierra-azul.es", lastname="Ruiz", phone="  ", mobilephone="", hs_email_optout=""),
))
def _10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h84-11", H, C, """For HubSpot -> Salesforce Contact it is necessary following:
Email: copy from email.
FirstName: from first name; in case if first name is absent, take part of email before "@".
Title: from job title; if job title is empty, then from industry; if also industry is empty, Title must be filled \
by 'n/a'.""", extended(
    lower_emails(HS),
    hs(email="einkauf@kranich-bau.de", firstname="", lastname="Kranich", jobtitle="", industry="Construction"),
))
def _11(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "n/a")
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])), "Title": t}


_STAGE_12 = {"subscriber": "Newsletter only", "lead": "New lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}


@case("h84-12", H, C, """Mapping of HubSpot contacts to Salesforce Contacts.

Email = email of contact (copy).
Department = Industry in UPPER CASE. In case if industry is not filled, Department we do not send at all.
Description we fill from lifecycle stage by table:
subscriber -> 'Newsletter only'
lead -> 'New lead'
marketingqualifiedlead -> 'MQL'
salesqualifiedlead -> 'SQL'
customer -> 'Customer'""", HS)
def _12(r: R) -> Out:
    return keep({"Email": r["email"], "Department": omit_if_blank(r["industry"], str.upper),
                 "Description": _STAGE_12[r["lifecyclestage"]]})


@case("h84-13", H, C, """We transfer to Salesforce Contact only those HubSpot contacts, whose Original Source is \
"PAID_SEARCH" or "PAID_SOCIAL". Contacts with other source or with empty source are not transferred.

Field Email we take from email in lower case.
Field Phone we take from phone number; when it is absent, from mobile phone number (no formatting, as is).
Field LeadSource must be filled by 'Advertisement' for all.""", extended(
    HS,
    hs(email="Noah.Fischer@Blauwal.DE", firstname="Noah", lastname="Fischer", hs_analytics_source="PAID_SOCIAL",
       phone="", mobilephone="(303) 555-0166"),
))
def _13(r: R) -> Out:
    if r["hs_analytics_source"] not in ("PAID_SEARCH", "PAID_SOCIAL"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]), "LeadSource": "Advertisement"}


@case("h84-14", H, C, """HubSpot -> Salesforce Contact, please.
1. Email is email of contact, as is.
2. FirstName and LastName: from first name and last name in title case (for each word first letter upper, other \
letters lower).
3. Title: job title, where spaces at start and at end are removed (trim). Nothing else is changed.
4. Description from lifecycle stage:
   customer -> "Existing customer"
   salesqualifiedlead -> "Sales ready"
   any other stage, and also empty stage -> "Prospect".""", extended(
    HS,
    hs(email="anna.schmidt@elbwerk.de", firstname="anna", lastname="SCHMIDT", jobtitle="  Office Manager ",
       lifecyclestage=""),
))
def _14(r: R) -> Out:
    desc = {"customer": "Existing customer", "salesqualifiedlead": "Sales ready"}.get(r["lifecyclestage"], "Prospect")
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "Description": desc}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h84-15", H, M, """Contacts of HubSpot we add to Mailchimp audience.
email_address from email. First name goes to merge field FNAME, last name to LNAME (copy, no changes).
status must be 'subscribed' for all members.
language we take from Preferred language (hs_language). Please pay attention: in many contacts this field is \
absent at all, in such case language is 'en'.""", extended(
    HS,
    hs(email="katrin.vogel@seeblick.de", firstname="Katrin", lastname="Vogel", hs_language="de"),
))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h84-16", H, M, """HubSpot contacts to Mailchimp members.
Email Address = email of contact.
Status depends from hs_email_optout:
  "true" -> unsubscribed
  "false" -> subscribed
  not filled -> pending
Each member gets one tag: "HubSpot".""", HS)
def _16(r: R) -> Out:
    status = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h84-17", H, M, """It is necessary to sync contacts from HubSpot into Mailchimp.
email_address we take from email, FNAME from first name (copy).
Tags are set by conditions, in this order:
1. "big-company", in case if number of employees is more than 100 (when number of employees is empty, this tag is \
not given);
2. "customer", in case if lifecycle stage is equal to "customer".
When no condition is true, tags is empty list.""", extended(
    HS,
    hs(email="omar.haddad@cedarbank.com", firstname="Omar", numemployees="300", lifecyclestage="customer"),
))
def _17(r: R) -> Out:
    tags = []
    if not blank(r["numemployees"]) and float(r["numemployees"]) > 100:
        tags.append("big-company")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h84-18", H, M, """HubSpot -> Mailchimp.
1. email_address: email of contact, copy.
2. FNAME: only first word of first name (till first space).
3. merge field PHONE: phone number in E.164. If phone number is not filled, we take mobile phone number instead. \
Numbers without country code are from USA, so +1.""", extended(
    HS,
    hs(email="mary.ellen.price@bluegrass.com", firstname="Mary Ellen", lastname="Price", phone="1 (859) 555-0107"),
))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h84-19", H, M, """Transfer of HubSpot contacts to Mailchimp audience. Contacts, whose company name is not \
filled, we do not transfer.
For other contacts: email_address from email, FNAME from firstname, LNAME from lastname.
status must be filled by "subscribed".
vip = true only for contacts, whose lifecycle stage is "salesqualifiedlead"; for all others vip = false.""", extended(
    HS,
    hs(email="ruth.adler@kiefernwald.de", firstname="Ruth", lastname="Adler", company="   "),
))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "vip": r["lifecyclestage"] == "salesqualifiedlead"}


@case("h84-20", H, M, """HubSpot -> Mailchimp members, please do following:
- email_address: take from email.
- FNAME: from first name as it is. In case if first name is absent, write to FNAME part of email after "@" \
(domain).
- LNAME: last name in title case.
- vip: true, when annual revenue is more than 3000000. In case if revenue is less or it is not filled, vip is \
false.""", extended(
    lower_emails(HS),
    hs(email="info@seeblick-hotel.de", firstname="", lastname="SEEBLICK", annualrevenue=""),
))
def _20(r: R) -> Out:
    rev = r["annualrevenue"]
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], after_at(r["email"])), "LNAME": title(r["lastname"])},
            "vip": not blank(rev) and float(rev) > 3000000}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h84-21", H, S, """HubSpot contact -> Segment identify.
userId: email of contact in lower case.
traits.firstName from first name, traits.lastName from last name, traits.title from job title: copy without \
changes (empty stays empty).
traits.name: first name + one space + last name.""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h84-22", H, S, """For Segment identify from HubSpot contacts:
userId = email.
Company information it is necessary to put into traits.company (nested object):
- name: from company name. When company name is not filled, name must be filled by 'Independent'.
- industry: from industry; if industry is empty, key industry is not written.
- employee_count: number of employees as integer; if number of employees is empty, employee_count is also not \
written.""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h84-23", H, S, """HubSpot -> Segment identify. userId we take from email of contact.
Address goes to traits.address:
  street <- street address
  city <- city
  postalCode <- postal code
  state <- state/region, but in case if state is empty, state key is omitted
traits.phone: phone number in E.164 format (without country code it is US number). If phone number is absent, we \
take mobile phone. If both are absent, traits.phone is not sent.""", extended(
    HS,
    hs(email="lars.nilsson@fjordline.no", phone="", mobilephone="", address="Bryggen 4", city="Bergen", state="",
       zip="5003"),
))
def _23(r: R) -> Out:
    ph = _phone_chain(r)
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": ph if ph is OMIT else e164(ph)}})


@case("h84-24", H, S, """HubSpot -> Segment.
1. userId: email, but first remove spaces at beginning and at end, and then make lower case.
2. traits.title: copy from job title.
3. traits.unsubscribed: boolean. true when hs_email_optout is "true"; false when it is "false" and also when it is \
not filled.
4. traits.annual_revenue: annual revenue as number (not string). When annual revenue is absent, this trait is \
omitted.""", extended(
    HS,
    hs(email="  Ben.Hartmann@Nordsee-Fisch.de ", jobtitle="Buyer", hs_email_optout="false", annualrevenue="95000"),
))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h84-25", H, G, """HubSpot contacts -> GA4 (Measurement Protocol).
client_id must be filled by 'hubspot-crm' for every contact. One event with name 'crm_contact_sync'.
Event params:
  stage = lifecycle stage, copy
  source = Original Source in lower case; in case if Original Source is not filled, source is empty string
  created = create date of contact as YYYY-MM-DD""", HS)
def _25(r: R) -> Out:
    return {"client_id": "hubspot-crm",
            "events": [{"name": "crm_contact_sync",
                        "params": {"stage": r["lifecyclestage"], "source": r["hs_analytics_source"].lower(),
                                   "created": day(r["createdate"])}}]}


@case("h84-26", H, G, """To GA4 we send only contacts, whose annual revenue is more than 1000000. When annual \
revenue is not filled, contact is not sent.
client_id = part of email before "@".
Event name is constant 'high_value_contact'. In params: value = annual revenue as number, currency = 'EUR'.""",
      lower_emails(HS))
def _26(r: R) -> Out:
    if blank(r["annualrevenue"]) or float(r["annualrevenue"]) <= 1000000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h84-27", H, G, """HubSpot -> GA4 events.
client_id we take from email of contact as is.
Event name depends from lifecycle stage: for "subscriber" it is 'sign_up', for all other stages it is \
'generate_lead'.
Params of event:
- job_title from job title; when job title is absent, must be filled by 'unknown';
- company from company name, simple copy (empty stays empty).""", HS)
def _27(r: R) -> Out:
    name = "sign_up" if r["lifecyclestage"] == "subscriber" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "unknown"), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h84-28", L, H, """Salesforce Lead -> HubSpot contact, simple copy of fields:
Email -> email
FirstName -> firstname
LastName -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
City -> city
Please pay attention: values are transferred as they are, also empty ones (empty string stays empty string).""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


_STATUS_29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
              "Closed - Not Converted": "UNQUALIFIED"}


@case("h84-29", L, H, """Leads from Salesforce it is necessary to transfer to HubSpot contacts.
Email of lead -> email.
Lead Status we translate into hs_lead_status:
'Open - Not Contacted' -> 'NEW'
'Working - Contacted' -> 'IN_PROGRESS'
'Closed - Converted' -> 'CONNECTED'
'Closed - Not Converted' -> 'UNQUALIFIED'
hs_email_optout must be text "true" when Email Opt Out (HasOptedOutOfEmail) is checked, and text "false" when it is \
not checked.""", SFL)
def _29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _STATUS_29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h84-30", L, H, """Salesforce Lead -> HubSpot.
email: Email of lead in lower case.
lifecyclestage from Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> lead.
annualrevenue: AnnualRevenue as number. In case if AnnualRevenue is not filled, annualrevenue is not \
transferred.""", extended(
    SFL,
    sfl(Email="Marta.Kowalska@Wisla-Trans.PL", FirstName="Marta", LastName="Kowalska", Rating="Warm",
        AnnualRevenue="750000.5"),
))
def _30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage,
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h84-31", L, H, """Only those leads, whose Country is "United Kingdom", we transfer to HubSpot. Leads from \
other countries and leads with empty Country are skipped.
- email from Email
- phone from Phone in E.164; numbers without "+" are UK numbers (+44, first 0 is removed)
- zip from PostalCode in upper case
- jobtitle from Title; when Title is absent, jobtitle must be filled by 'Unknown'""", extended(
    SFL,
    sfl(Email="oliver.bennett@thamesworks.co.uk", FirstName="Oliver", LastName="Bennett", Phone="0161 496 0123",
        City="Manchester", PostalCode="m1 1aa", Country="United Kingdom", Title=""),
    sfl(Email="rhys.evans@cardiffbay.co.uk", FirstName="Rhys", LastName="Evans", Phone="+44 29 2018 0123",
        City="Cardiff", PostalCode="cf10 5aa", Country="United Kingdom", Title="Director"),
))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h84-32", L, H, """Salesforce leads -> HubSpot contacts. Leads with Status "Closed - Not Converted" are not \
transferred.
email: copy from Email.
country: from Country; in case if Country is not filled, country must be filled by 'United States'.
jobtitle: Title + " at " + Company (for example "CEO at Acme"). In case if Title is empty, jobtitle is only \
Company, without " at ".""", extended(
    SFL,
    sfl(Email="luis.ortega@pampaverde.com", FirstName="Luis", LastName="Ortega", Company="Pampa Verde", Title="",
        Country="", Status="Working - Contacted"),
))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    jt = r["Company"] if blank(r["Title"]) else r["Title"] + " at " + r["Company"]
    return {"email": r["Email"], "country": dflt(r["Country"], "United States"), "jobtitle": jt}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h84-33", C, M, """Salesforce Contact -> Mailchimp member.
email_address is Email of contact in lower case.
status: when Email Opt Out (HasOptedOutOfEmail) is true -> "unsubscribed", when false -> "subscribed".
tags: every member gets tag "salesforce". Contacts, whose Lead Source is "Trade Show", get second tag "trade-show" \
after it.""", SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h84-34", C, M, """Contacts of Salesforce to Mailchimp. Contacts, whose Business Phone (Phone) is empty, we do \
not transfer.
- email_address = Email
- merge_fields.PHONE = Phone in E.164 format, numbers without country code are US (+1)
- language from Mailing Country by table: Germany -> "de", Austria -> "de", United States -> "en".""", extended(
    SFC,
    sfc(Email="paul.keller@rheinblick.de", FirstName="Paul", LastName="Keller", Phone="", MailingCountry="Germany"),
    sfc(Email="nina.ross@evergreen-labs.com", FirstName="Nina", LastName="Ross", Phone="1-503-555-0199",
        MailingCity="Seattle", MailingCountry="United States"),
))
def _34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h84-35", C, M, """Salesforce Contact -> Mailchimp audience.
1. email_address from Email (copy).
2. FNAME from FirstName; in case if FirstName is not filled, FNAME must be filled by 'Friend'.
3. LNAME from LastName (copy).
4. vip is true, when Lead Source is equal to "Trade Show". Otherwise false, also when Lead Source is empty.
5. status is always "subscribed".""", extended(
    SFC,
    sfc(Email="info@bergblick.ch", FirstName="", LastName="Berger", LeadSource="Trade Show"),
))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h84-36", C, M, """We transfer to Mailchimp only those Salesforce contacts, whose Mailing Country is \
"Germany" or "Austria". All other contacts we skip.
email_address, FNAME and LNAME we take from Email, FirstName and LastName without changes.
status must be "pending", language must be "de".
tags must be empty list (no tags at all).""", SFC)
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h84-37", C, S, """Salesforce Contact -> Segment identify.
userId: Email in lower case.
traits.email: Email as it is (here no lower case).
traits.firstName <- FirstName, traits.lastName <- LastName, simple copy.
traits.title <- Title and traits.department <- Department, but in case if value is empty, the trait is \
omitted.""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h84-38", C, S, """For Segment identify from Salesforce Contact:
userId is Email of contact.
traits.address.city we take from Mailing City with trimmed spaces (at start and at end).
traits.address.country we take from Mailing Country; when Mailing Country is not filled, country must be filled \
by 'Germany'.""", extended(
    SFC,
    sfc(Email="jonas.brandt@isarwerk.de", FirstName="Jonas", LastName="Brandt", MailingCity="  Munich ",
        MailingCountry=""),
    sfc(Email="eva.gruber@murtal.at", FirstName="Eva", LastName="Gruber", MailingCity="Graz ", MailingCountry="Austria"),
))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Germany")}}}


@case("h84-39", C, S, """Salesforce Contacts to Segment.
userId = Email.
traits.phone = Phone in E.164 (US number, if there is no country code).
traits.name = FirstName, space, LastName.
traits.lead_channel from Lead Source:
  Web -> "online"
  Trade Show -> "event"
  all other values and empty Lead Source -> "other" """, extended(
    SFC,
    sfc(Email="mia.torres@sunvale.com", FirstName="Mia", LastName="Torres", Phone="(541) 555-0121",
        LeadSource="Partner Referral"),
))
def _39(r: R) -> Out:
    ch = {"Web": "online", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"], "lead_channel": ch}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h84-40", M, H, """Mailchimp members -> HubSpot contacts.
email from Email Address.
firstname: FNAME in title case.
lastname: LNAME in title case; in case if LNAME is empty, lastname is not transferred.
company: from merge field COMPANY; when it is not filled, company must be filled by 'Unknown'.
hs_email_optout: text "true" for members with status "unsubscribed", text "false" for all other statuses.""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h84-41", M, H, """Members of Mailchimp audience we transfer to HubSpot, except members with status \
"cleaned": those are not transferred.
email <- email_address
firstname <- FNAME (copy)
phone <- PHONE in E.164 (number without country code is US number); when PHONE is empty, phone is omitted
lifecyclestage: "customer" when member is VIP (vip = true), otherwise "subscriber".""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h84-42", M, H, """Mailchimp -> HubSpot contacts, please.
email we take from email_address.
firstname is first word of FNAME.
company we take from COMPANY merge field; in case if COMPANY is absent, we use part of email after "@".
lifecyclestage: when member has tag "Customer", it is "customer"; when member has not this tag, it is "lead".""",
      lower_emails(extended(
          MC,
          mc(merge={"FNAME": "Anna Maria", "LNAME": "Conti", "COMPANY": ""}, email_address="anna.conti@vignaverde.it",
             tags=["Webinar", "Customer"]),
      ), key="email_address"))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set84")
