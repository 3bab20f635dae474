"""Held-out set 86: 42 plain-text mapping requests and their expected records.

Persona: Rafaela ("Rafa"), a CRM analyst in São Paulo writing in good but Portuguese-flavoured
English to a foreign contractor (Mark) over email: "the X of the contact", "case it's empty",
"stays empty", "for the rest, put ...", "pretend" for intend, numbered "1)" lists now and then,
a Portuguese word in parentheses, and always "Abraços, Rafa" at the end.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h86-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is the persona's.
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


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h86-01-lead-plain-copies-web-source", H, L, """Hi Mark,

We pretend to start sending the HubSpot contacts to Salesforce as Leads. This first one is simple, only copy:
- the email -> Email
- the first name and the last name -> FirstName / LastName
- the company -> Company
- the job title -> Title
- the city -> City
Case one of these is empty in HubSpot (vazio), it stays empty in the lead too, just send the empty value.
And the Lead Source of all the leads is "Web".

Abraços, Rafa""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Web"}


@case("h86-02-lead-trim-names-company-default", H, L, """Mark, another one for the leads (HubSpot -> Salesforce Lead):
1) Email: the email of the contact, like it is.
2) FirstName and LastName: people put spaces before and after the name in the form, so please trim both \
(remove the spaces of the start and of the end, nothing more).
3) Company: the company name, but case it is empty, put "Unknown Company" (in Salesforce the Company is mandatory).
4) Title: the job title; case it's empty, put "Not informed".
No other field.
Abraços, Rafa""", extended(
    HS,
    hs(email="bruno.teixeira@cafeserra.com.br", firstname="  Bruno", lastname="Teixeira  ", company="   ",
       jobtitle="", phone="", mobilephone="", country="Brazil", city="Campinas", state="SP", zip="13010-000",
       address="Rua Barao de Jaguara 900", annualrevenue="", numemployees="8", industry="Food",
       website="", createdate="2024-02-19T13:20:00.000Z", hs_email_optout="false"),
))
def _02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown Company"), "Title": dflt(r["jobtitle"], "Not informed")}


@case("h86-03-lead-phone-fallback-title-names", H, L, """Hello Mark,
For the leads we need the phone, and the names more clean:
- Email = the email of the contact.
- Phone = the phone number. Case the phone number is empty, take the mobile phone number. Case both are empty, \
don't send the Phone at all (leave it out of the lead). Copy the number as it is, no formatting.
- FirstName and LastName in title case (first letter of each word capital, the rest small), because in HubSpot \
we have "maria GARCIA" and things like this.
Abraços, Rafa""", extended(
    HS,
    hs(email="carla.mendes@ipanemadesign.com", firstname="CARLA", lastname="mendes", company="Ipanema Design",
       phone="", mobilephone="", jobtitle="Designer", country="Brazil", city="Rio de Janeiro", state="RJ",
       zip="22410-003", address="Rua Visconde de Piraja 300", annualrevenue="150000", numemployees="5",
       industry="Design", website="", createdate="2024-03-01T12:10:00.000Z", hs_email_optout="false"),
))
def _03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "Phone": OMIT if ph is None else ph,
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h86-04-lead-industry-picklist-lower-email", H, L, """Hi Mark,
In Salesforce the Industry of the lead is a picklist, so we can't copy the HubSpot industry directly. Please translate:
Software -> Technology
Food -> Food & Beverage
Logistics -> Shipping
For the rest, put "Other" (also case the industry is empty).
And the Email of the lead is the email of the contact in lower case.
That's all for this one, obrigado!
Abraços, Rafa""", HS)
def _04(r: R) -> Out:
    table = {"Software": "Technology", "Food": "Food & Beverage", "Logistics": "Shipping"}
    return {"Industry": table.get(r["industry"], "Other"), "Email": r["email"].lower()}


@case("h86-05-lead-skip-customers-and-japan", H, L, """Mark,
Two exceptions for the HubSpot -> Lead sync: don't send the contacts with lifecycle stage "customer" (they are \
already clients, not leads anymore), and don't send the contacts where the country is "Japan" (the Tokyo office \
has its own Salesforce).
For the others: Email, LastName, Company and Phone come from the email, last name, company and phone number of \
the contact, copied like they are. The Status of the lead is always "Working - Contacted".
Abraços, Rafa""", HS)
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Phone": r["phone"],
            "Status": "Working - Contacted"}


@case("h86-06-lead-rating-by-revenue-employees-int", H, L, """Hi Mark, now the Rating of the lead. We calculate by the annual revenue of the contact:
1) more than 5,000,000 -> "Hot"
2) less than 1,000,000 -> "Cold"
3) between the two -> "Warm"
Case the annual revenue is empty, consider "Cold" too.
Also send NumberOfEmployees = the number of employees as integer (whole number). Case it's empty, leave the \
NumberOfEmployees out of the lead, don't send zero.
And the Email of course, the email as it is.
Abraços, Rafa""", HS)
def _06(r: R) -> Out:
    if gt(r["annualrevenue"], 5_000_000):
        rating = "Hot"
    elif blank(r["annualrevenue"]) or float(r["annualrevenue"]) < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v))),
                 "Email": r["email"]})


@case("h86-07-lead-phone-e164-title-city", H, L, """Hello Mark,
Sales complained that the phones of the leads are in all the formats. Please:
- Phone: the phone number of the contact in E.164 (+ and only digits). Numbers without country code are from \
the USA (+1); numbers that already start with + keep their own code. Case the phone is empty, don't send the Phone.
- City and LastName: title case (Monterrey, not monterrey).
- Email: the email, copy.
Abraços, Rafa""", HS)
def _07(r: R) -> Out:
    return keep({"Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]),
                 "LastName": title(r["lastname"]), "Email": r["email"]})


@case("h86-08-lead-open-stages-upper-description", H, L, """Mark, good morning!
This sync is ONLY for the contacts with lifecycle stage lead, marketingqualifiedlead or salesqualifiedlead; the \
other stages don't go.
In the lead:
- Email: the email, same value
- LastName: the last name in UPPER CASE (the SDR team prefers like this)
- Description: the text "Created in HubSpot on " + the create date as YYYY-MM-DD + ", source: " + the original \
source. Example: Created in HubSpot on 2023-03-14, source: ORGANIC_SEARCH
Abraços, Rafa""", HS)
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"Created in HubSpot on {day(r['createdate'])}, source: {r['hs_analytics_source']}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h86-09-contact-mailing-address-copies", H, C, """Hi Mark,
For the Contacts in Salesforce (not Leads), we need to actualize also the address of the contact. In Salesforce \
it goes to the Mailing fields:
address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry
plus the email -> Email. Copy everything like it is; case a field is empty in HubSpot, the Mailing field stays \
empty ("").
Abraços, Rafa""", HS)
def _09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"]}


@case("h86-10-contact-optout-donotcall-flags", H, C, """Mark,
Two checkboxes in the Salesforce Contact, and the Email (copy of the email):
1) HasOptedOutOfEmail (Email Opt Out) = true when hs_email_optout of the contact is "true". When it's "false" \
or empty, false.
2) DoNotCall = true when the contact has no Phone Number (the phone field empty), false when it has. Don't look \
the mobile phone for this.
Abraços, Rafa""", HS)
def _10(r: R) -> Out:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"]),
            "Email": r["email"]}


@case("h86-11-contact-firstname-from-email-mobile-fallback", H, C, """Hi Mark,
To HubSpot -> Salesforce Contact:
- Email: copy the email.
- FirstName: the first name; case the first name is empty in HubSpot, use the part of the email before the @ \
(better than nothing for the sales team).
- MobilePhone: the mobile phone number; case it's empty, take the phone number. Copy the value as it is.
Abraços, Rafa""", extended(
    lower_emails(HS),
    hs(email="rodrigo.alves@pampaagro.com.br", firstname="", lastname="Alves", company="Pampa Agro",
       phone="(305) 555-0161", mobilephone="", jobtitle="Buyer", country="Brazil", city="Porto Alegre", state="RS",
       zip="90010-000", address="Av Borges de Medeiros 50", annualrevenue="3000000", numemployees="60",
       industry="Agriculture", website="", createdate="2023-09-12T14:00:00.000Z", hs_email_optout="false"),
))
def _11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "MobilePhone": dflt(r["mobilephone"], r["phone"])}


@case("h86-12-contact-iso-country-upper-state", H, C, """Mark, for the Salesforce Contact we use ISO codes in the Mailing Country. Translate the country of HubSpot like this:
United States = US
Japan = JP
Mexico = MX
France = FR
(today we only have these four countries in HubSpot.)
The MailingState is the state in capital letters (UPPER CASE); case the state is empty, don't send MailingState.
Email = the email. Nothing more.
Abraços, Rafa""", extended(
    HS,
    hs(email="owen.price@hudsonmill.com", firstname="Owen", lastname="Price", company="Hudson Mill",
       phone="518-555-0190", mobilephone="", jobtitle="Plant Manager", country="United States", city="Albany",
       state="ny", zip="12207", address="40 Broadway", annualrevenue="900000", numemployees="30",
       industry="Manufacturing", website="", createdate="2023-05-22T16:40:00.000Z", hs_email_optout="false"),
))
def _12(r: R) -> Out:
    iso = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep({"MailingCountry": iso[r["country"]], "MailingState": omit_if_blank(r["state"], str.upper),
                 "Email": r["email"]})


@case("h86-13-contact-us-only-lower-email", H, C, """Hello Mark!
Only the contacts from the United States (country = "United States") go to Salesforce Contact in this sync, \
the others we ignore.
- Email: email of the contact in lowercase
- Phone: the phone number; case it's empty, use the mobile phone number
- Description: always "Imported from HubSpot - US team"
Abraços, Rafa""", extended(
    HS,
    hs(email="Tyler.Brooks@GreenFork.com", firstname="Tyler", lastname="Brooks", company="Green Fork",
       phone="", mobilephone="(720) 555-0134", jobtitle="Owner", country="United States", city="Denver",
       state="CO", zip="80202", address="1600 Wazee St", annualrevenue="1200000", numemployees="22",
       industry="Food", website="https://greenfork.com", createdate="2023-10-17T12:30:00.000Z",
       hs_email_optout="false"),
))
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]),
            "Description": "Imported from HubSpot - US team"}


@case("h86-14-contact-trim-title-source-table", H, C, """Hi Mark,
Salesforce Contact, this one has some cleanup:
1) Email: the email, copy.
2) Title: the job title without the spaces in the start and in the end (trim). Case it's empty, stays empty.
3) MailingCity: the city in title case (each word with the first letter capital, the rest small).
4) Lead Source, depending of the original source of HubSpot:
   ORGANIC_SEARCH -> Web
   PAID_SEARCH and PAID_SOCIAL -> Advertisement
   REFERRALS -> External Referral
   for the rest, put Other (also when the original source is empty)
Abraços, Rafa""", extended(
    HS,
    hs(email="joana.prado@mineirabank.com.br", firstname="Joana", lastname="Prado", company="Mineira Bank",
       phone="+55 31 5555 0140", mobilephone="", jobtitle="  Sales Director ", hs_analytics_source="EMAIL_MARKETING",
       lifecyclestage="lead", country="Brazil", city="belo horizonte", state="MG", zip="30130-000",
       address="Av Afonso Pena 1000", annualrevenue="7000000", numemployees="120", industry="Finance",
       website="", createdate="2024-04-08T11:15:00.000Z", hs_email_optout="false"),
))
def _14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h86-15-mc-copies-subscribed-language-default", H, M, """Mark, now Mailchimp. Each contact of HubSpot becomes a member of the audience:
- email_address = the email
- FNAME = first name, LNAME = last name (merge fields), copied
- status = "subscribed" for all
- language = the Preferred language of the contact (hs_language). Almost nobody has it: in most records the \
property is empty or doesn't even exist. In this case put "en".
Abraços, Rafa""", extended(
    HS,
    hs(email="lucia.fernandes@gmail.com", firstname="Lucia", lastname="Fernandes", company="", phone="",
       mobilephone="(407) 555-0177", jobtitle="Consultant", hs_analytics_source="DIRECT_TRAFFIC",
       lifecyclestage="lead", country="United States", city="Orlando", state="FL", zip="32801",
       address="", annualrevenue="", numemployees="", industry="", website="",
       createdate="2024-05-06T12:45:00.000Z", hs_email_optout="false", hs_language="pt"),
    hs(email="tomas.herrera@vinaslaluna.cl", firstname="Tomas", lastname="Herrera", company="Vinas La Luna",
       phone="+56 2 5555 0190", mobilephone="", jobtitle="Export Manager", hs_analytics_source="REFERRALS",
       lifecyclestage="lead", country="Chile", city="Santiago", state="", zip="8320000",
       address="Av Providencia 1200", annualrevenue="1500000", numemployees="45", industry="Food", website="",
       createdate="2024-05-20T12:15:00.000Z", hs_email_optout="false", hs_language=""),
))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h86-16-mc-status-three-ways-hubspot-tag", H, M, """Hi Mark,
For the Mailchimp status we look at hs_email_optout of the contact:
"true" -> unsubscribed
"false" -> subscribed
empty (vazio) -> pending, so they receive the confirmation email
The email_address is the email, and every member gets one tag: "hubspot" (tags = ["hubspot"]).
Abraços, Rafa""", HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "email_address": r["email"], "tags": ["hubspot"]}


@case("h86-17-mc-tags-revenue-and-customer", H, M, """Mark,
Tags in Mailchimp, two rules:
1) annual revenue more than 3,000,000 -> tag "high-revenue" (empty revenue doesn't get it)
2) lifecycle stage = customer -> tag "customer"
If both apply, the order is high-revenue first, then customer. If nothing applies, tags is an empty list [].
email_address = the email of the contact, as it is. Only these two fields.
Abraços, Rafa""", extended(
    HS,
    hs(email="rafael.nunes@serradourada.com.br", firstname="Rafael", lastname="Nunes", company="Serra Dourada",
       phone="+55 62 5555 0123", mobilephone="", jobtitle="CFO", hs_analytics_source="OFFLINE",
       lifecyclestage="customer", country="Brazil", city="Goiania", state="GO", zip="74000-000",
       address="Av Goias 200", annualrevenue="9000000", numemployees="300", industry="Agriculture",
       website="", createdate="2022-08-30T12:00:00.000Z", hs_email_optout="false"),
))
def _17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("high-revenue")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"tags": tags, "email_address": r["email"]}


@case("h86-18-mc-first-word-fname-phone-e164", H, M, """Hello Mark,
For Mailchimp:
- email_address: the email
- FNAME: only the first word of the first name (we have "Ana Paula" and similar, and in the newsletter we want only "Ana")
- PHONE: the phone number in E.164, US numbers (+1) except the ones that already start with + (they keep their \
code). Case the phone number is empty, use the mobile phone number (same format).
Abraços, Rafa""", extended(
    HS,
    hs(email="anapaula.ribeiro@brisamar.com", firstname="Ana Paula", lastname="Ribeiro", company="Brisa Mar",
       phone="", mobilephone="(786) 555-0112", jobtitle="Owner", hs_analytics_source="SOCIAL_MEDIA",
       lifecyclestage="lead", country="United States", city="Miami", state="FL", zip="33131",
       address="100 Brickell Ave", annualrevenue="450000", numemployees="6", industry="Hospitality",
       website="", createdate="2024-06-11T13:00:00.000Z", hs_email_optout="false"),
))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h86-19-mc-skip-no-company-vip-revenue", H, M, """Mark,
1) Contacts with the company empty don't go to Mailchimp, skip them.
2) email_address = the email; status = "subscribed" always.
3) vip = true when the annual revenue is more than 10,000,000; for the rest false (also case the revenue is empty).
Abraços, Rafa""", HS)
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": gt(r["annualrevenue"], 10_000_000)}


@case("h86-20-mc-title-names-company-tag-vip", H, M, """Hi Mark,
One more to Mailchimp:
- email_address = email
- FNAME and LNAME = first name and last name in title case ("GARCIA" -> "Garcia")
- tags = one tag only, the company name. Case the company is empty, the tag is the domain of the email (the \
part after the @), e.g. fiestafoods.mx
- vip = true if the number of employees is more than 100, false if not or if the number of employees is empty.
Abraços, Rafa""", lower_emails(HS))
def _20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["numemployees"], 100)}


# ---------------------------------------------------------------- HubSpot -> Segment identify

@case("h86-21-seg-lower-userid-full-name", H, S, """Mark, now Segment (identify). For each contact:
userId = the email all in lowercase
traits.email = the email, like it is (without lowercase)
traits.firstName = first name, traits.lastName = last name
traits.name = first name + one space + last name, exactly how they are in HubSpot
Abraços, Rafa""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h86-22-seg-company-traits-unknown-omit", H, S, """Hi Mark,
Segment identify, with the company inside traits.company:
- userId: the email of the contact
- traits.company.name: the company; case it's empty put "Unknown"
- traits.company.industry: the industry; case it's empty, leave out the industry (don't send "")
- traits.company.employee_count: the number of employees as integer; case it's empty, also leave it out
Abraços, Rafa""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"), "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h86-23-seg-address-phone-e164-fallback", H, S, """Mark, the address and the phone to Segment.
userId = email.
traits.address: street from the address, city, state, postalCode from the zip, country. All copied. Only the \
state is often empty (outside US): case the state is empty, don't send traits.address.state.
traits.phone = phone number in E.164 (assume US +1 when there is no +, keep the code when it starts with +). \
Case the phone is empty, use the mobile phone; case the two are empty, don't send traits.phone.
Abraços, Rafa""", extended(
    HS,
    hs(email="paulo.reis@atlanticsurf.com", firstname="Paulo", lastname="Reis", company="Atlantic Surf",
       phone="", mobilephone="", jobtitle="Founder", hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="lead",
       country="United States", city="San Diego", state="CA", zip="92101", address="700 Harbor Dr",
       annualrevenue="350000", numemployees="4", industry="Retail", website="",
       createdate="2024-02-02T12:20:00.000Z", hs_email_optout="false"),
))
def _23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": OMIT if ph is None else e164(ph)}})


@case("h86-24-seg-trim-lower-userid-optout-revenue", H, S, """Hi Mark,
Segment again:
1) userId = the email, without spaces in the start/end (trim) and in lowercase. Some emails came from a CSV \
import with spaces.
2) traits.title = the job title (copy, empty stays empty)
3) traits.unsubscribed = true if hs_email_optout is "true", false if "false" or empty
4) traits.annualRevenue = the annual revenue as number (not text). Case empty, don't send this trait.
Abraços, Rafa""", extended(
    HS,
    hs(email=" Lucas.Moura@Cerrado.com.br  ", firstname="Lucas", lastname="Moura", company="Cerrado Tech",
       phone="+55 61 5555 0188", mobilephone="", jobtitle="IT Manager", hs_analytics_source="OTHER_CAMPAIGNS",
       lifecyclestage="lead", country="Brazil", city="Brasilia", state="DF", zip="70040-000",
       address="SBS Quadra 2", annualrevenue="640000", numemployees="35", industry="Software", website="",
       createdate="2024-03-18T12:05:00.000Z", hs_email_optout="true"),
))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h86-25-ga4-contact-synced-event", H, G, """Mark, the GA4 event (Measurement Protocol), one event for each contact:
- client_id: always "hubspot-crm"
- event name: always "crm_contact_synced"
- params:
  source = the original source in lowercase (case it's empty, source stays "" empty)
  lifecycle_stage = the lifecycle stage, copy
  created_date = the create date of the contact, only the date, YYYY-MM-DD
Abraços, Rafa""", HS)
def _25(r: R) -> Out:
    return {"client_id": "hubspot-crm", "events": [{"name": "crm_contact_synced", "params": {
        "source": r["hs_analytics_source"].lower(), "lifecycle_stage": r["lifecyclestage"],
        "created_date": day(r["createdate"])}}]}


@case("h86-26-ga4-high-value-user-id-local-part", H, G, """Hi Mark,
GA4 again. Send only the contacts with annual revenue more than 1,000,000 (empty revenue: don't send).
client_id "crm-offline", one event "high_value_contact" with params value = the annual revenue as number and \
currency = "USD".
user_id = the part of the email before the @.
Abraços, Rafa""", lower_emails(HS))
def _26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": "crm-offline", "user_id": before_at(r["email"]), "events": [
        {"name": "high_value_contact", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h86-27-ga4-lead-or-convert-event", H, G, """Mark,
GA4, client_id = "hubspot". The name of the event depends of the lifecycle stage: customer -> "close_convert_lead", \
for the rest -> "generate_lead".
Params of the event:
- traffic_source = the original source; case it's empty, put "unknown"
- country = the country, copy
Abraços, Rafa""", HS)
def _27(r: R) -> Out:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": "hubspot", "events": [{"name": name, "params": {
        "traffic_source": dflt(r["hs_analytics_source"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h86-28-lead-to-hs-straight-copies", L, H, """Hi Mark,
Now the other direction, Salesforce Lead -> HubSpot contact. Simple copy:
Email -> email, FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle, \
Phone -> phone, Street -> address, City -> city, PostalCode -> zip, Country -> country.
Many leads have empty fields (Title, Phone, Street...). Case it's empty in Salesforce, it stays empty in \
HubSpot, send "" and no default.
Abraços, Rafa""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h86-29-lead-to-hs-rating-stage-optout-text", L, H, """Mark,
Leads to HubSpot:
1) email = Email
2) lifecyclestage from the Rating of the lead: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> lead
3) hs_email_optout = the Email Opt Out of the lead, as text: "true" or "false"
Abraços, Rafa""", SFL)
def _29(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return {"email": r["Email"], "lifecyclestage": stage,
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h86-30-lead-to-hs-status-revenue-lower", L, H, """Hello Mark,
Salesforce Lead -> HubSpot, to actualize the lead status of the contacts:
- email: the Email in lowercase (some come with capital letters)
- Lead Status in HubSpot (hs_lead_status) by the Status of the lead:
  Open - Not Contacted = NEW
  Working - Contacted = ATTEMPTED_TO_CONTACT
  Closed - Converted = CONNECTED
  Closed - Not Converted = UNQUALIFIED
- annualrevenue: the AnnualRevenue as a number; case it's empty, don't send annualrevenue.
Abraços, Rafa""", extended(
    SFL,
    sfl(Email="Valentina.Reyes@AndesMining.cl", FirstName="Valentina", LastName="Reyes", Company="Andes Mining",
        Title="COO", Phone="+56 2 5555 0150", Street="Av Apoquindo 3000", City="Santiago", PostalCode="7550000",
        Country="Chile", Status="Working - Contacted", Rating="Warm", LeadSource="Advertisement",
        HasOptedOutOfEmail=False, AnnualRevenue="7250000.5"),
))
def _30(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return keep({"email": r["Email"].lower(), "hs_lead_status": status,
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h86-31-lead-to-hs-uk-only-e164-uk", L, H, """Hi Mark,
This is for the UK team: only the leads with Country = "United Kingdom", the rest don't go.
- email: the Email
- phone: the Phone in E.164. They are UK numbers: remove the 0 of the start and put +44; if the number already \
has +, keep its code (only digits, no spaces).
- zip: the PostalCode in upper case
- jobtitle: the Title; case it's empty, "Unknown"
Abraços, Rafa""", extended(
    SFL,
    sfl(Email="niamh.walsh@pennineoutdoor.co.uk", FirstName="Niamh", LastName="Walsh", Company="Pennine Outdoor",
        Title="", Phone="0161 496 0777", Street="12 Oldham St", City="Manchester", PostalCode="m1 1jq",
        Country="United Kingdom", Status="Open - Not Contacted", Rating="Warm", LeadSource="Web",
        HasOptedOutOfEmail=False, AnnualRevenue="2100000"),
    sfl(Email="james.hill@forthfinance.co.uk", FirstName="James", LastName="Hill", Company="Forth Finance",
        Title="Finance Director", Phone="+44 131 496 0011", Street="3 Princes St", City="Edinburgh",
        PostalCode="EH2 2an", Country="United Kingdom", Status="Working - Contacted", Rating="Hot",
        LeadSource="Email", HasOptedOutOfEmail=False, AnnualRevenue="9800000"),
))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h86-32-lead-to-hs-skip-lost-street-city", L, H, """Mark,
Leads -> HubSpot contacts, but the leads with Status "Closed - Not Converted" we don't pretend to bring (skip them).
- email = Email
- jobtitle = Title, or "Not provided" case the Title is empty
- address = Street + ", " + City (ex.: "200 Lake St, Chicago"). Case the Street is empty, put only the City, \
without the comma.
Abraços, Rafa""", extended(
    SFL,
    sfl(Email="marcos.lima@araucaria.com.br", FirstName="Marcos", LastName="Lima", Company="Araucaria Moveis",
        Title="Buyer", Phone="+55 41 5555 0166", Street="", City="Curitiba", PostalCode="",
        Country="Brazil", Status="Working - Contacted", Rating="Warm", LeadSource="Trade Show",
        HasOptedOutOfEmail=False, AnnualRevenue="1800000"),
))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not provided"), "address": addr}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h86-33-sfc-mc-optout-status-trade-show-tag", C, M, """Hi Mark,
Salesforce Contacts to Mailchimp:
1) email_address: the Email in lower case
2) status: "unsubscribed" when Email Opt Out (HasOptedOutOfEmail) is true, "subscribed" when false
3) tags: everybody gets "salesforce"; the contacts with Lead Source = "Trade Show" also get "trade-show" \
(after "salesforce")
Abraços, Rafa""", SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h86-34-sfc-mc-skip-no-source-phone-language", C, M, """Mark,
Contacts without Lead Source (empty) don't go to Mailchimp.
For the others:
- email_address = Email
- PHONE merge field = the Phone in E.164 (US, +1, when the number doesn't start with +; with + keep the code)
- language by the Mailing Country: Germany -> de, Austria -> de, United States -> en, Brazil -> pt
Abraços, Rafa""", extended(
    SFC,
    sfc(Email="megan.clark@tidewaterlabs.com", FirstName="Megan", LastName="Clark", Title="Lab Director",
        Department="Research", Phone="212.555.0160", MailingCity="New York", MailingCountry="United States",
        LeadSource="Partner Referral", HasOptedOutOfEmail=False, Birthdate="1987-02-14"),
))
def _34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Brazil": "pt"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h86-35-sfc-mc-friend-default-sales-vip", C, M, """Hi Mark,
For the Mailchimp from Salesforce Contact:
- email_address: the Email; LNAME: the Last Name (copy)
- FNAME: the First Name; case it's empty put "Friend"
- vip: true only when Department is exactly "Sales". Other departments, or Department empty -> false
- status: "pending" for everybody (double opt-in)
Abraços, Rafa""", extended(
    SFC,
    sfc(Email="info@oliveiraimport.com.br", FirstName="", LastName="Oliveira", Title="", Department="Sales",
        Phone="+55 11 5555 0101", MailingCity="Sao Paulo", MailingCountry="Brazil", LeadSource="Email",
        HasOptedOutOfEmail=False, Birthdate=""),
))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"LNAME": r["LastName"], "FNAME": dflt(r["FirstName"], "Friend")},
            "vip": r["Department"] == "Sales", "status": "pending"}


@case("h86-36-sfc-mc-opted-in-only-empty-tags", C, M, """Mark,
Only the contacts where Email Opt Out is false go to Mailchimp (who opted out, we don't send).
email_address = Email, FNAME = First Name, LNAME = Last Name, copied.
status "subscribed" and email_type "html" for all.
tags: send an empty list ([]), we pretend to clean the old tags of the import.
Abraços, Rafa""", SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h86-37-sfc-seg-lower-userid-optional-traits", C, S, """Hi Mark,
Salesforce Contact -> Segment identify:
userId = Email in lowercase
traits.email = Email (as it is), traits.firstName = First Name, traits.lastName = Last Name
traits.title = Title, traits.birthday = Birthdate. These two only when they have value; case empty, leave the \
trait out.
Abraços, Rafa""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h86-38-sfc-seg-address-trim-city-country-default", C, S, """Mark,
Segment from the Salesforce Contacts, only the address:
- userId: the Email
- traits.address.city: the Mailing City with trim (we have some with spaces around)
- traits.address.country: the Mailing Country; case it's empty, "Unknown"
Abraços, Rafa""", extended(
    SFC,
    sfc(Email="jonas.becker@isarwerk.de", FirstName="Jonas", LastName="Becker", Title="Buyer",
        Department="Purchasing", Phone="+49 89 5555 0123", MailingCity="  Munich ", MailingCountry="Germany",
        LeadSource="Web", HasOptedOutOfEmail=False, Birthdate="1979-08-30"),
    sfc(Email="sara.costa@douroazul.pt", FirstName="Sara", LastName="Costa", Title="Owner", Department="",
        Phone="+351 22 555 0145", MailingCity="Porto", MailingCountry="  ", LeadSource="",
        HasOptedOutOfEmail=False, Birthdate=""),
))
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h86-39-sfc-seg-phone-name-source-table", C, S, """Hi Mark,
Contact -> Segment:
1) userId = Email
2) traits.name = First Name + " " + Last Name
3) traits.phone = Phone in E.164; without + it's a US number (+1), with + it keeps its country code
4) traits.leadSource: Web -> "website", Trade Show -> "events", for the rest "other" (empty Lead Source too)
Abraços, Rafa""", extended(
    SFC,
    sfc(Email="noah.bennett@lakeshorepr.com", FirstName="Noah", LastName="Bennett", Title="Account Lead",
        Department="Marketing", Phone="(773) 555-0129", MailingCity="Chicago", MailingCountry="United States",
        LeadSource="Partner", HasOptedOutOfEmail=False, Birthdate=""),
))
def _39(r: R) -> Out:
    src = {"Web": "website", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"name": f"{r['FirstName']} {r['LastName']}",
                                             "phone": e164(r["Phone"]), "leadSource": src}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h86-40-mc-hs-title-names-optout-text", M, H, """Hello Mark,
Last direction: Mailchimp members -> HubSpot contacts.
- email = email_address
- firstname / lastname = FNAME / LNAME in title case ("liam WALSH" -> "Liam Walsh"); case the LNAME is empty, \
lastname stays empty
- phone = PHONE as it is, but case PHONE is empty, don't send phone
- company = COMPANY; case empty, "Not informed"
- hs_email_optout = the text "true" when the status is unsubscribed, "false" for the rest
Abraços, Rafa""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Not informed"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h86-41-mc-hs-skip-cleaned-vip-customer", M, H, """Mark,
Mailchimp -> HubSpot, ignore the members with status "cleaned".
email, firstname, lastname = email_address, FNAME, LNAME (copy, don't change).
phone = PHONE in E.164, US (+1) except numbers with + that keep their code. Case PHONE is empty, leave phone out.
lifecyclestage = "customer" when vip is true, "lead" when vip is false.
Abraços, Rafa""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h86-42-mc-hs-first-word-domain-webinar-stage", M, H, """Hi Mark,
The last one (obrigado for the patience!), Mailchimp -> HubSpot:
- email: email_address
- firstname: only the first word of FNAME
- company: COMPANY, or the part of email_address after the @ case COMPANY is empty
- lifecyclestage: "marketingqualifiedlead" for the members with the tag "Webinar", for the rest "lead"
Abraços, Rafa""", extended(
    MC,
    mc({"FNAME": "Ana Clara", "LNAME": "Souza", "PHONE": "", "COMPANY": ""},
       email_address="anaclara.souza@floripasurf.com.br", status="subscribed", tags=["Customer", "Webinar"],
       language="pt", vip=False),
))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set86")
