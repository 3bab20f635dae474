"""Held-out set 128 for the offline mapping drafter.

Persona: Mikko, a marketing-operations specialist in Helsinki whose first language is Finnish.
He writes to the integration vendor in formal, careful emails: a polite greeting, numbered
points written as '1)' '2)', 'Additionally' and 'Please note' paragraphs, and 'Best regards,
Mikko' at the end. His English follows Finnish shapes: articles are dropped or misused, the
phrasing is very literal ('it must be so that', 'in the case that', 'the value is put'),
passive voice everywhere, 'the field X shall get the value Y', long compound noun phrases
('lead status value', 'annual revenue limit value'), the Finnish UI label of a field now and
then with the English one in brackets, and sometimes the rule comes first and the field is
named only at the end of the sentence.

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

import copy
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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def without(rec: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A record with some of its own keys missing altogether (not only empty)."""
    return {k: v for k, v in rec.items() if k not in keys}


def mc_without(member: dict[str, Any], *merge_keys: str) -> dict[str, Any]:
    """A Mailchimp member whose merge fields lack some tags altogether."""
    out = copy.deepcopy(member)
    for k in merge_keys:
        out["merge_fields"].pop(k, None)
    return out


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h128-01-plain-lead-copy", H, L, """Hello,

we are starting now the synchronisation of HubSpot contacts to Salesforce as leads, and I send
the field mapping for first phase. Mapping is following:

1) Email (Sähköposti) -> Email
2) First Name (Etunimi) -> FirstName
3) Last Name (Sukunimi) -> LastName
4) Company Name (Yrityksen nimi) -> Company
5) Job Title (Tehtävänimike) -> Title

All five values are copied as they are, without any change. Please note that in the case that
the HubSpot field is empty, also the Salesforce field shall get the empty value. We do not want
any placeholder text there, not "-" and not "N/A".

Additionally the Lead Source of every created lead must be so that it is "Web", because all these
contacts have come through our web forms.

Best regards,
Mikko""", extended(
    HS,
    hs(email="anna.lindqvist@norrsken.fi", firstname="Anna", lastname="Lindqvist", company="", jobtitle=""),
    hs(email="timo.heikkinen@revontuli.fi", firstname="", lastname="Heikkinen", company="Revontuli Oy", jobtitle=""),
))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h128-02-lead-defaults-trim", H, L, """Good morning,

Here is definition for the lead creation from HubSpot, as we agreed in the meeting on Tuesday.

Lead Email is got from HubSpot email without changes, and same for Last Name (it is copied to
LastName as it is).

First name is put to FirstName so that the spaces in beginning and in end are removed.

Company: value of company name is trimmed, it means whitespace from both ends is taken away. In the
case that company name is empty, the Company shall get the value "Not provided".

Job title goes to Title as it is, no trimming there. Only if job title is empty, Title shall get the
value "Unknown".

Nothing else is needed for this phase.

Best regards, Mikko""", extended(
    HS,
    hs(email="juha.salo@kivi.fi", firstname="  Juha ", lastname="Salo", company="   ", jobtitle="  Analyst  "),
    hs(email="sari.ahonen@kone-esim.fi", firstname="Sari", lastname="Ahonen", company="  Kone Esim Oy  ", jobtitle="   "),
    hs(email="leo.vainio@pohja.fi", firstname="", lastname="Vainio", company="", jobtitle=""),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"].strip(),
            "Company": dflt(r["company"], "Not provided").strip(), "Title": dflt(r["jobtitle"], "Unknown")}


@case("h128-03-lead-phone-fallback", H, L, """Dear support,

Please configure phone of the lead as follows. Salesforce Phone shall get the HubSpot Phone Number
(Puhelinnumero). In the case that it is empty, the Mobile Phone Number (Matkapuhelinnumero) is used
instead of it. If also mobile phone number is empty, then Phone is not put at all, field must be left
out from the lead. Number is copied as it is, no formatting is done.

Additionally the names and the city must be in title case, it means first letter of each word is
big and rest of letters small:
1) firstname -> FirstName
2) lastname -> LastName
3) city -> City

Email is copied to Email unchanged.

Best regards,
Mikko""", extended(
    HS,
    hs(email="sanna.korhonen@lakeus.fi", firstname="sanna", lastname="KORHONEN", city="TAMPERE", phone="", mobilephone=""),
    hs(email="pekka.laine@saari.fi", firstname="pEKKA", lastname="laine", city="new york", phone="   ", mobilephone="040 123 4567"),
))
def o03(r: R) -> Out:
    phone = first_filled(r["phone"], r["mobilephone"])
    return keep({"Phone": OMIT if phone is None else phone, "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"]), "City": title(r["city"]), "Email": r["email"]})


@case("h128-04-lead-source-table", H, L, """Hello,

For the lead source value of lead we need conversion from HubSpot Original Source (Alkuperäinen
lähde). Table is this:

ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
REFERRALS -> External Referral

All other original source values, and also when the original source is empty, Lead Source shall get
"Other".

In lower case letters is put the email to the Salesforce Email, because our Salesforce duplicate
rule is comparing the email exactly.

Best regards, Mikko""", extended(
    HS,
    hs(email="Tuomas.Nieminen@EXAMPLE.fi", hs_analytics_source="EMAIL_MARKETING"),
    hs(email="Kaisa.Ranta@Ranta.FI", hs_analytics_source="   "),
    hs(email="ilkka.puro@puro.fi", hs_analytics_source="PAID_SOCIAL"),
))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower()}


@case("h128-05-lead-two-exclusions", H, L, """Hello again,

it must be so that following HubSpot contacts are not sent to Salesforce at all:

1) contacts who have unsubscribed, it means that "Unsubscribed from all email" has the value "true".
   If this value is "false" or it is empty, the contact is sent normally.
2) contacts whose Lifecycle Stage is "customer", because they are handled already by our sales team
   in the account side.

For the rest of contacts: email, firstname, lastname and company are copied as they are to Email,
FirstName, LastName and Company (also the empty values stay empty).

Lead Status shall get the fixed value "Open - Not Contacted" for every lead.

Best regards,
Mikko""", extended(
    HS,
    hs(email="mervi.laakso@laakso.fi", lifecyclestage="customer", hs_email_optout="false"),
    hs(email="jari.koski@koski.fi", firstname="Jari", lastname="Koski", company="", hs_email_optout="", lifecyclestage="opportunity"),
    hs(email="eija.rinne@rinne.fi", firstname="Eija", lastname="Rinne", company="Rinne Ky", hs_email_optout="true", lifecyclestage="lead"),
))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h128-06-lead-rating-bands", H, L, """Good day,

We want that the Rating of Salesforce lead is calculated from HubSpot Annual Revenue (Vuositulot):

- annual revenue more than 5 000 000 -> Rating "Hot"
- annual revenue less than 1 000 000 -> Rating "Cold"
- between these two, also when it is exactly 1 000 000 or exactly 5 000 000 -> Rating "Warm"
- in the case annual revenue is empty, Rating is "Cold"

Additionally the Number of Employees (Työntekijöiden määrä) is put to Employees (NumberOfEmployees)
as whole number. Please note that HubSpot keeps this value as text. When it is empty,
NumberOfEmployees is left out from lead.

Email goes to Email as it is.

Thank you in advance.

Best regards,
Mikko""", extended(
    HS,
    hs(email="a.lehto@lehto.fi", annualrevenue="5000000", numemployees="1500"),
    hs(email="b.lehto@lehto.fi", annualrevenue="1000000", numemployees="  "),
    hs(email="c.lehto@lehto.fi", annualrevenue="999999.99", numemployees="3"),
    hs(email="d.lehto@lehto.fi", annualrevenue="5000000.01", numemployees="75"),
    hs(email="e.lehto@lehto.fi", annualrevenue="   ", numemployees="9"),
))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else "Hot" if v > 5_000_000 else "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                 "Email": r["email"]})


@case("h128-07-lead-e164-names", H, L, """Hello,

In Salesforce our sales people call directly from lead, so the phone number must be in international
E.164 format. HubSpot Phone Number is converted so: only the digits are kept, with + in front, and
the country code 1 (USA) is added, because our numbers are mostly American. In the case that number
is American and has the 1 already in beginning (11 digits), it is not added second time. Number which
already begins with + keeps its own country code. In the case that phone is empty, Phone field is left
out from the lead.

Also first name, last name and city are written to FirstName, LastName and City in title case
(isot alkukirjaimet), for example "jOHN smith" becomes "John Smith".

Email -> Email, unchanged.

Best regards, Mikko""", extended(
    HS,
    hs(email="olavi.virtanen@virta.fi", firstname="OLAVI", lastname="virtanen", city="salt lake city", phone="1 (801) 555-0111"),
    hs(email="hanna.mattila@matti.fi", firstname="hanna", lastname="MATTILA", city="OULU", phone="   "),
))
def o07(r: R) -> Out:
    return keep({"Phone": omit_if_blank(r["phone"], e164), "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"]), "City": title(r["city"]), "Email": r["email"]})


@case("h128-08-lead-qualified-only", H, L, """Hello,

Only the HubSpot contacts whose lifecycle stage is "marketingqualifiedlead" or "salesqualifiedlead"
are created as leads. All others, also the ones where lifecycle stage is empty, are skipped.

For these leads:
1) Email is copied to Email.
2) With capital letters (upper case) the last name is written to LastName.
3) Description shall get text which is made so: "HubSpot " + lifecycle stage value + " since " +
   create date as YYYY-MM-DD. For example "HubSpot salesqualifiedlead since 2023-12-05".

Best regards,
Mikko""", extended(
    HS,
    hs(email="jussi.makela@saimaa.fi", lastname="Mäkelä", lifecyclestage="salesqualifiedlead", createdate="2024-02-29T12:00:00.000Z"),
    hs(email="minna.aalto@aalto.fi", lifecyclestage="opportunity"),
    hs(email="kalle.niemi@niemi.fi", lifecyclestage=""),
))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": "HubSpot " + r["lifecyclestage"] + " since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h128-09-contact-mailing-address", H, C, """Dear Sir or Madam,

please find below the address mapping from HubSpot contact to Salesforce Contact. All the values
are copied one to one, no changes, and the empty ones stay empty:

1) Street Address (Katuosoite) -> MailingStreet
2) City (Kaupunki) -> MailingCity
3) State/Region (Osavaltio/alue) -> MailingState
4) Postal Code (Postinumero) -> MailingPostalCode
5) Country/Region (Maa) -> MailingCountry

Additionally email, first name and last name go to Email, FirstName and LastName, also without
changes.

Best regards, Mikko""", extended(
    HS,
    hs(email="paivi.lahti@lahti.fi", firstname="Päivi", lastname="Lahti", address="Mannerheimintie 1", city="Helsinki",
       state="", zip="", country="Finland"),
    hs(email="no.address@example.fi", firstname="Erkki", lastname="", address="", city="", state="", zip="", country=""),
))
def o09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"],
            "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h128-10-contact-checkboxes", H, C, """Hello,

Two checkbox fields of Salesforce Contact must be set from HubSpot.

Email Opt Out (HasOptedOutOfEmail): it is true when HubSpot "Unsubscribed from all email" has the text
"true". When text is "false" or the value is empty, it is false.

Do Not Call: true is put in the case that contact has no phone number and no mobile phone number,
so both of them are empty. If at least one of them has number, Do Not Call is false.

Email -> Email as it is.

Best regards,
Mikko""", extended(
    HS,
    hs(email="r.karppinen@karppi.fi", hs_email_optout="  ", phone="", mobilephone=""),
    hs(email="s.karppinen@karppi.fi", hs_email_optout=None, phone="   ", mobilephone="040 555 1234"),
    hs(email="t.karppinen@karppi.fi", hs_email_optout="true", phone="", mobilephone="  "),
))
def o10(r: R) -> Out:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]), "Email": r["email"]}


@case("h128-11-contact-title-chain", H, C, """Good morning,

Contact Title is filled with an order of preference: first the job title (Tehtävänimike); in the case
it is empty then the industry (Toimiala); and in the case also industry is empty, the text "Not known".

Last name: HubSpot last name is used, but if it is empty, the part of email address before the @ sign
is put instead (for example for "ville.koskinen@example.fi" it is "ville.koskinen").

Email goes to Email without change.

Best regards,
Mikko""", extended(
    lower_emails(HS),
    hs(email="ville.koskinen@example.fi", lastname="  ", jobtitle="", industry="Retail"),
    hs(email="noora.hakala@hakala.fi", lastname="", jobtitle="   ", industry="   "),
))
def o11(r: R) -> Out:
    return {"Title": first_filled(r["jobtitle"], r["industry"], "Not known"),
            "LastName": dflt(r["lastname"], before_at(r["email"])), "Email": r["email"]}


@case("h128-12-contact-stage-text", H, C, """Hello,

For Salesforce Contact Description we want short stage text, from HubSpot Lifecycle Stage
(Elinkaaren vaihe):

subscriber = Newsletter subscriber
lead = Lead
marketingqualifiedlead = MQL
salesqualifiedlead = SQL
customer = Customer

Other stages we do not have in the contact data which is synced.

MailingState shall get the HubSpot State/Region in upper case letters. Please note in the case that
state is empty, MailingState is not put at all.

Email to Email as it is.

Best regards, Mikko""", extended(
    HS,
    hs(email="u.peltonen@pelto.fi", state="on", lifecyclestage="lead"),
    hs(email="v.peltonen@pelto.fi", state="  ", lifecyclestage="customer"),
))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return keep({"Description": table[r["lifecyclestage"]], "MailingState": omit_if_blank(r["state"], str.upper),
                 "Email": r["email"]})


@case("h128-13-contact-us-only", H, C, """Hello,

it must be so that only contacts whose Country/Region is exactly "United States" are synced to
Salesforce Contact. The contacts with other country or with empty country are not synced.

1) Email is put to Email in small letters (lower case).
2) Phone shall get the HubSpot phone number; in the case the phone number is empty, the mobile phone
   number is used. Number is put as it is.
3) Lead Source gets always the fixed value "Advertisement".

Best regards,
Mikko""", extended(
    HS,
    hs(email="Laura.Smith@Acme-Corp.com", country="United States", phone="", mobilephone="(650) 555-0101"),
    hs(email="ben.carter@maple.ca", country="Canada"),
    hs(email="Tom.Reed@Example.com", country="", phone="(303) 555-0100"),
    hs(email="Joe.Hill@HILLCO.com", country="United States", phone="  ", mobilephone="312-555-0175"),
))
def o13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "LeadSource": "Advertisement"}


@case("h128-14-contact-source-table", H, C, """Dear support,

Next is Contact mapping part 2.

Job title is put to Title so that empty spaces from beginning and from end are removed (trim).

First name and last name are written to FirstName and LastName in title case, which means every word
starts with capital letter and other letters are small.

Lead Source is got from HubSpot original source with this table:
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
REFERRALS -> Partner Referral
everything else, also empty original source -> Other

Email is copied to Email.

Best regards,
Mikko""", extended(
    HS,
    hs(email="tiina.hamalainen@hame.fi", jobtitle="  Sales Director  ", firstname="TIINA", lastname="hämäläinen",
       hs_analytics_source="EMAIL_MARKETING"),
    hs(email="aki.ojala@ojala.fi", jobtitle="   ", firstname="aki", lastname="OJALA", hs_analytics_source=""),
))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h128-15-members-pending", H, M, """Hello,

In the Mailchimp audience the members from HubSpot shall be created like this:

1) email -> email_address
2) first name -> FNAME merge field
3) last name -> LNAME merge field
4) company name -> COMPANY merge field

These are copied as they are, also when the value is empty. Exception is company: in the case that
company is empty, or the contact does not have the company property at all, COMPANY shall get value
"Private person".

Status is put as "pending" for all, because we want double opt-in for these.

Best regards, Mikko""", extended(
    HS,
    without(hs(email="helmi.jokela@jokela.fi", firstname="Helmi", lastname="Jokela"), "company"),
    hs(email="kari.seppala@seppa.fi", firstname="Kari", lastname="", company="   "),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
            "COMPANY": dflt(r.get("company"), "Private person")}, "status": "pending"}


@case("h128-16-members-status-three-way", H, M, """Dear integration team,

Mailchimp subscription status is decided by the HubSpot "Unsubscribed from all email" (Peruutettu
kaikkien sähköpostien tilaus) value:
- "true" -> status "unsubscribed"
- "false" -> status "subscribed"
- empty -> status "pending"

Each member shall also get one tag "HubSpot sync".

Email to email_address without change.

Best regards,
Mikko""", extended(
    HS,
    hs(email="maija.heino@heino.fi", hs_email_optout="  "),
    hs(email="oskari.heino@heino.fi", hs_email_optout=None),
))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"status": status, "tags": ["HubSpot sync"], "email_address": r["email"]}


@case("h128-17-members-conditional-tags", H, M, """Hello,

We want tags in Mailchimp depending on the HubSpot data. Tags are put in this order:

1) "Big account", in the case that annual revenue is more than 1 000 000. Exactly 1 000 000 is not
   enough. When annual revenue is empty, this tag is not put.
2) "Customer", in the case that lifecycle stage is "customer".

If neither condition is true, the member gets an empty tag list.

The email is copied to email_address.

Best regards,
Mikko""", extended(
    HS,
    hs(email="raimo.kallio@kallio.fi", annualrevenue="1000000", lifecyclestage="lead"),
    hs(email="sirpa.kallio@kallio.fi", annualrevenue="1000000.01", lifecyclestage="customer"),
    hs(email="urho.kallio@kallio.fi", annualrevenue="", lifecyclestage="customer"),
))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1_000_000):
        tags.append("Big account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"tags": tags, "email_address": r["email"]}


@case("h128-18-members-first-word-phone", H, M, """Hello,

Only the first word of HubSpot first name is put to FNAME, for example "Anna Maria" -> "Anna".

PHONE merge field shall get phone number in the E.164 format: the HubSpot phone number is used, and in
the case that phone number is empty, then the mobile phone number. From the number only digits are
kept and "+1" is put before them (US numbers). If the number starts with + already, it keeps its own
country code and only + and digits are kept.

email -> email_address, unchanged.

Best regards, Mikko""", extended(
    HS,
    hs(email="mari.liisa@koivu.fi", firstname="Mari Liisa", phone="  ", mobilephone="212 555 0166"),
    hs(email="olli.rantanen@ranta.fi", firstname="Olli", phone="+358 40 555 0123", mobilephone=""),
))
def o18(r: R) -> Out:
    return {"merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))},
            "email_address": r["email"]}


@case("h128-19-members-need-company", H, M, """Hello,

We had in the pilot phase the problem that private persons were getting our B2B newsletter. Therefore
it must be so that contacts without company name do not go to Mailchimp. It means the contacts where
company is empty (or it has only spaces) are skipped, they are not created and not updated.

For the others:
1) email -> email_address, as it is
2) status is always "subscribed"
3) VIP shall be true in the case lifecycle stage is "customer", otherwise false

Best regards,
Mikko""", extended(
    HS,
    hs(email="pirjo.nurmi@nurmi.fi", company="   "),
    hs(email="veikko.nurmi@valio-esim.fi", company="Valio Esim", lifecyclestage="customer"),
))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h128-20-members-domain-fallback", H, M, """Good morning,

Next mapping is HubSpot to Mailchimp, like this:

1) FNAME and LNAME shall get first name and last name in title case (every word with capital first
   letter, rest small).
2) COMPANY shall get company name. In the case it is empty, part of email after @ sign is put, so the
   domain (for example "example.fi").
3) VIP member is true when the Number of Employees (Työntekijöiden määrä) is more than 100. When number
   of employees is 100 or less, or it is empty, VIP is false.
4) email is copied to email_address.

Best regards,
Mikko""", extended(
    lower_emails(HS),
    hs(email="esa.holm@holmberg.fi", firstname="ESA", lastname="holm", company="", numemployees="100"),
    hs(email="liisa.berg@berg.fi", firstname="liisa", lastname="BERG", company="  ", numemployees="101"),
    hs(email="aarne.kivi@kivi.fi", firstname="Aarne", lastname="Kivi", company="Kivi Oy", numemployees=""),
))
def o20(r: R) -> Out:
    return {"merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
            "COMPANY": dflt(r["company"], after_at(r["email"]))}, "vip": gt(r["numemployees"], 100),
            "email_address": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h128-21-identify-full-name", H, S, """Hello,

For the Segment identify call the userId is the HubSpot email in lower case.

As traits following:
- traits.email = email, unchanged
- traits.firstName = first name
- traits.lastName = last name
- traits.title = job title
- traits.name = first name + one space + last name, for example "Priya Raman"

Copied values are put as they are, also the empty ones.

Best regards,
Mikko""", extended(
    HS,
    hs(email="Eero.Aho@Example.FI", firstname="Eero", lastname="Aho", jobtitle=""),
    hs(email="Ritva.Salmi@Salmi.fi", firstname="Ritva", lastname="Salmi", jobtitle="", phone=""),
))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "firstName": r["firstname"],
            "lastName": r["lastname"], "title": r["jobtitle"], "name": r["firstname"] + " " + r["lastname"]}}


@case("h128-22-identify-company-object", H, S, """Good day,

Company information is sent to Segment as company object inside traits:

traits.company.name shall get HubSpot company name; in the case it is empty, "Unknown" is put.
traits.company.industry is the industry, but when industry is empty the field is left out.
traits.company.employee_count is Number of Employees as integer; when it is empty, it is left out.

userId is the HubSpot email as it is.

Best regards, Mikko""", extended(
    HS,
    hs(email="jaana.toivonen@toivo.fi", company="  ", industry="  ", numemployees="7"),
    hs(email="matti.toivonen@toivo.fi", company="Toivo Oy", industry="Construction", numemployees="   "),
))
def o22(r: R) -> Out:
    return keep({"traits": {"company": {"name": dflt(r["company"], "Unknown"), "industry": omit_if_blank(r["industry"]),
                 "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}, "userId": r["email"]})


@case("h128-23-identify-address-phone", H, S, """Hello,

Segment identify shall get the address of the contact as traits.address object:
1) city -> traits.address.city
2) State/Region -> traits.address.state
3) Postal Code -> traits.address.postalCode
4) Country/Region -> traits.address.country
Values are copied as they are. Each address part which is empty is left out, and if all of them are
empty, the address is not sent at all.

traits.phone: E.164 format, US country code (+1) is assumed. The phone number is used; in the case that
phone number is empty then the mobile phone number; and in the case both are empty, traits.phone is left
out. A number that starts with + keeps its own country code, only + and digits are kept.

userId = email without change.

Best regards, Mikko""", extended(
    HS,
    hs(email="no.where@example.fi", city="", state="  ", zip="", country="", phone="", mobilephone="  "),
    hs(email="kerttu.lampi@lampi.fi", city="Austin", state="TX", zip="", country="United States", phone="  ",
       mobilephone="512-555-0144"),
))
def o23(r: R) -> Out:
    phone = first_filled(r["phone"], r["mobilephone"])
    return keep({"traits": {"address": {"city": omit_if_blank(r["city"]), "state": omit_if_blank(r["state"]),
                 "postalCode": omit_if_blank(r["zip"]), "country": omit_if_blank(r["country"])},
                 "phone": OMIT if phone is None else e164(phone)}, "userId": r["email"]})


@case("h128-24-identify-optout-revenue", H, S, """Hello,

userId: the email, trimmed and in lower case.

traits.firstName: first name as it is.

Boolean value is put to traits.unsubscribed: true when "Unsubscribed from all email" is "true", false
when it is "false", and also false when it is empty.

traits.annual_revenue: annual revenue as number (not as text). In the case annual revenue is empty, the
trait is left out.

Best regards, Mikko""", extended(
    HS,
    hs(email="  Outi.Laine@Example.FI ", firstname="Outi", hs_email_optout="", annualrevenue="0"),
    hs(email="Pasi.Laine@laine.fi", firstname="", hs_email_optout="true", annualrevenue="  "),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {"firstName": r["firstname"],
                 "unsubscribed": r["hs_email_optout"] == "true", "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h128-25-ga4-contact-sync", H, G, """Hello,

GA4 event from HubSpot contact is wanted so:
- event name always "crm_contact_sync"
- client_id: email as it is
- parameter "platform" = "hubspot" (fixed value)
- parameter "traffic_source" = Original Source in lower case, for example "organic_search". In the
  case original source is empty, the parameter is sent with empty text "".
- parameter "created_date" = Create Date (Luontipäivä) as YYYY-MM-DD

Best regards, Mikko""", extended(
    HS,
    hs(email="jani.koivisto@koivisto.fi", hs_analytics_source="  ", createdate="2024-06-30T12:00:00.000Z"),
))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"], "events": [{"name": "crm_contact_sync", "params": {
        "platform": "hubspot", "traffic_source": "" if blank(src) else src.lower(), "created_date": day(r["createdate"])}}]}


@case("h128-26-ga4-high-value", H, G, """Good afternoon,

For the GA4 property of the marketing team we want one event for the bigger contacts. To GA4 only the
contacts with annual revenue (Vuositulot) more than 1 000 000 are sent (exactly 1 000 000 is not
sent). Contact with empty annual revenue is not sent either.

Event name: "high_value_contact".
client_id: part of email before @.
Parameter "value" = annual revenue as number, parameter "currency" = "USD" always.

Best regards, Mikko""", extended(
    lower_emails(HS),
    hs(email="arto.hirvonen@hirvi.fi", annualrevenue="1000000"),
    hs(email="elina.hirvonen@hirvi.fi", annualrevenue="1000000.5"),
    hs(email="simo.hirvonen@hirvi.fi", annualrevenue="  "),
))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "high_value_contact", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h128-27-ga4-stage-event", H, G, """Hello,

GA4 event name depends on lifecycle stage: when lifecycle stage is "customer", event name is
"customer_update"; for all the other stages, and also when lifecycle stage is empty, it is
"lead_update".

client_id is HubSpot email, copied.
Parameter "industry" is the HubSpot industry, with default "unknown" in the case it is empty.
Parameter "city" is the city as it is.

Best regards, Mikko""", extended(
    HS,
    hs(email="reijo.manninen@manni.fi", lifecyclestage="", industry="   ", city=""),
    hs(email="tuula.manninen@manni.fi", lifecyclestage="customer", industry="", city="Turku"),
))
def o27(r: R) -> Out:
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "industry": dflt(r["industry"], "unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h128-28-leads-back-copy", L, H, """Hello,

Now opposite direction, Salesforce Lead to HubSpot contact. Only simple copying, nothing is changed,
and if Salesforce value is empty the HubSpot property shall get the empty value as well:

1) Email -> email
2) FirstName -> firstname
3) LastName -> lastname
4) Company -> company
5) Title -> jobtitle (Tehtävänimike)
6) Phone -> phone
7) City -> city
8) Country -> country

Best regards,
Mikko""", extended(
    SFL,
    sfl(Email="heikki.ruotsalainen@ruot.fi", FirstName="", LastName="Ruotsalainen", Title="", City="", Phone="", Company=""),
))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h128-29-leads-status-table", L, H, """Dear support,

The HubSpot Lead Status (Liidin tila) is set from Salesforce lead status value like this:

Open - Not Contacted -> NEW
Working - Contacted -> IN_PROGRESS
Closed - Converted -> CONNECTED
Closed - Not Converted -> UNQUALIFIED

Salesforce Email Opt Out checkbox is put to "Unsubscribed from all email" as text: "true" when it is
checked, "false" when it is not checked.

Email to email as is.

Best regards, Mikko""", extended(
    SFL,
    sfl(Email="kirsi.lind@lind.fi", Status="Working - Contacted", HasOptedOutOfEmail=True),
    sfl(Email="petri.lind@lind.fi", Status="Closed - Not Converted", HasOptedOutOfEmail=False),
))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"hs_lead_status": table[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h128-30-leads-rating-stage", L, H, """Good day,

Lifecycle stage of HubSpot contact shall be decided by Salesforce Rating:
Hot = salesqualifiedlead
Warm = marketingqualifiedlead
Cold = lead

As number is put the Salesforce Annual Revenue to HubSpot annual revenue (Vuositulot); in the case
Salesforce annual revenue is empty, it is left out.

Email goes in lower case.

Best regards, Mikko""", extended(
    SFL,
    sfl(Email="Pekka.Nurmi@Example.FI", Rating="Cold", AnnualRevenue="75000.5"),
    sfl(Email="Aila.Nurmi@NURMI.fi", Rating="Warm", AnnualRevenue="  "),
))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"lifecyclestage": table[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h128-31-leads-uk-office", L, H, """Hello,

This sync is for our UK office: only the leads whose Country is "United Kingdom" are taken to HubSpot,
others are skipped.

1) phone: the Salesforce Phone in E.164, UK numbers, so the leading 0 is dropped and +44 is put before
   it; if the number already starts with +, its own country code stays. Only the digits after +.
2) zip: PostalCode in upper case.
3) jobtitle: Title, but in the case Title is empty, "Not known" is put.
4) email: Email unchanged.

Best regards, Mikko""", extended(
    SFL,
    sfl(Email="olivia.price@thames.co.uk", Country="United Kingdom", Phone="0161 496 0123", PostalCode="m1 1ae", Title=""),
    sfl(Email="harry.cole@cole.co.uk", Country="United Kingdom", Phone="+44 20 7946 0999", PostalCode="ec1a 1bb", Title="  "),
    sfl(Email="siobhan.kelly@kelly.ie", Country="Ireland", Phone="01 555 0100"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(), "jobtitle": dflt(r["Title"], "Not known"),
            "email": r["Email"]}


@case("h128-32-leads-message-text", L, H, """Good day,

Leads with status "Closed - Not Converted" are not synced to HubSpot, they are skipped.

For the others:
1) email = Email as is.
2) city = City; in the case City is empty, "Unknown" is put.
3) message (Viesti) shall get a text made of: "Salesforce lead: " + FirstName + " " + LastName + ", " +
   Title. Please note that when Title is empty, the text ends after the last name, without the comma.

Best regards,
Mikko""", extended(
    SFL,
    sfl(Email="marko.heikkila@heikki.fi", FirstName="Marko", LastName="Heikkilä", City="  ", Title="   "),
    sfl(Email="jenni.heikkila@heikki.fi", Status="Closed - Not Converted"),
    sfl(Email="lauri.heikkila@heikki.fi", FirstName="Lauri", LastName="Heikkilä", City="", Title="Buyer",
        Status="Working - Contacted"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    msg = "Salesforce lead: " + r["FirstName"] + " " + r["LastName"]
    if not blank(r["Title"]):
        msg += ", " + r["Title"]
    return {"email": r["Email"], "city": dflt(r["City"], "Unknown"), "message": msg}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h128-33-sfc-members-status-tags", C, M, """Good afternoon,

Salesforce Contact to Mailchimp:

1) email_address = Email in lower case
2) status: when Email Opt Out is checked (true) then "unsubscribed", when it is not checked then
   "subscribed"
3) language always "en"
4) tags: every member gets tag "Salesforce"; additionally tag "Trade show" is put after it when Lead
   Source is "Trade Show".

Best regards, Mikko""", extended(
    SFC,
    sfc(Email="Minna.Salo@SALO.fi", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
    sfc(Email="erik.salo@salo.fi", HasOptedOutOfEmail=False, LeadSource=""),
))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "language": "en", "tags": tags}


@case("h128-34-sfc-members-phone-language", C, M, """Hello,

Contacts who have empty Business Phone (Phone) are not sent to Mailchimp at all.

For the ones which are sent:
- PHONE merge field = the phone in E.164: only digits are kept, and +1 is put as country code when
  number has no + in the beginning. In the case that the US number has already 1 in front (11
  digits), it is not doubled. Number with + keeps its own code.
- language is got from Mailing Country:
  Germany -> de
  Austria -> de
  United States -> en
- email_address = Email unchanged.

Best regards, Mikko""", extended(
    SFC,
    sfc(Email="no.phone@example.de", Phone="  ", MailingCountry="Germany"),
    sfc(Email="also.nophone@example.com", Phone="", MailingCountry="United States"),
    sfc(Email="greg.hall@hall-esim.com", Phone="1-503-555-0100", MailingCountry="United States"),
))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    table = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"merge_fields": {"PHONE": e164(r["Phone"])}, "language": table[r["MailingCountry"]],
            "email_address": r["Email"]}


@case("h128-35-sfc-members-friend-vip", C, M, """Hello,

Mapping Salesforce Contact -> Mailchimp member:

FNAME merge field shall get FirstName, and in the case FirstName is empty the value "Friend" is put (we
use it in greeting "Hello Friend").
LNAME = LastName, copied.
email_address = Email, copied.
VIP is true only when Lead Source is "Trade Show"; for other lead sources and for empty lead source it
is false.
status is always "subscribed".

Best regards,
Mikko""", extended(
    SFC,
    sfc(Email="no.first@example.fi", FirstName="", LastName="Saarinen", LeadSource="Trade Show"),
    sfc(Email="spaces.first@example.fi", FirstName="   ", LastName="", LeadSource="  "),
))
def o35(r: R) -> Out:
    return {"merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "email_address": r["Email"], "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h128-36-sfc-members-dach-list", C, M, """Hello,

Only Contacts with Email Opt Out not checked (false) go to Mailchimp; opted-out ones are skipped.
Please note this is legal requirement in Germany and Austria, so it must be exactly so.

Email -> email_address, FirstName -> FNAME, LastName -> LNAME, copied as they are (empty stays empty).
status = "subscribed" and language = "de" for all of them, because this audience is our DACH list.
tags shall be put as empty list, no tags at all.

Best regards, Mikko""", extended(
    SFC,
    sfc(Email="jonas.meier@meier.ch", HasOptedOutOfEmail=True),
    sfc(Email="nina.keller@keller.ch", FirstName="", LastName="Keller", HasOptedOutOfEmail=False),
))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h128-37-sfc-identify-optional", C, S, """Hello,

Segment identify from Salesforce Contact, please:

userId = Email in lower case.
traits.email = Email without changes.
traits.firstName = FirstName and traits.lastName = LastName, copied.
traits.title = Title, but it is left out when Title is empty.
traits.birthday = Birthdate, but it is left out when Birthdate is empty.

Best regards, Mikko""", extended(
    SFC,
    sfc(Email="Kaarina.Vuori@VUORI.fi", FirstName="Kaarina", LastName="", Title="  ", Birthdate=""),
))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"email": r["Email"], "firstName": r["FirstName"],
                 "lastName": r["LastName"], "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h128-38-sfc-identify-address", C, S, """Hello,

Mailing address of Salesforce Contact is put to Segment traits.address object:
- traits.address.city = Mailing City, trimmed
- traits.address.country = Mailing Country, trimmed
In the case that value is empty after trimming, "Unknown" is put.

userId = Email as it is.

Best regards, Mikko""", extended(
    SFC,
    sfc(Email="tapio.nyman@nyman.fi", MailingCity="  Espoo ", MailingCountry="   "),
    sfc(Email="sofia.nyman@nyman.fi", MailingCity="", MailingCountry=" Finland"),
))
def o38(r: R) -> Out:
    return {"traits": {"address": {"city": dflt(r["MailingCity"], "Unknown").strip(),
            "country": dflt(r["MailingCountry"], "Unknown").strip()}}, "userId": r["Email"]}


@case("h128-39-sfc-identify-channel", C, S, """Dear support team,

Segment identify from Salesforce Contact:

1) traits.phone = Business Phone in E.164 format; only + and digits, US country code +1 is added when
   the number does not start with +.
2) traits.name = FirstName + space + LastName.
3) traits.lead_channel from Lead Source: Web -> "online", Trade Show -> "event", all other values and
   empty -> "other".
4) userId = Email unchanged.

Best regards, Mikko""", extended(
    SFC,
    sfc(Email="aino.korpela@korpela.com", FirstName="Aino", LastName="Korpela", Phone="(206) 555-0123", LeadSource="Partner"),
))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
            "lead_channel": channel}, "userId": r["Email"]}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h128-40-mc-contacts-names", M, H, """Hello,

From Mailchimp to HubSpot contact:

1) firstname = FNAME in title case
2) lastname = LNAME in title case; in the case LNAME is empty or missing, lastname is left out
3) company = COMPANY; when it is empty, value "Not known"
4) hs_email_optout: text "true" when member status is "unsubscribed", otherwise text "false"
5) email = email_address

Best regards, Mikko""", extended(
    MC,
    mc_without(mc(email_address="veera.lahtinen@lahti.fi", merge={"FNAME": "VEERA", "COMPANY": "Lahti Design"}, status="pending"), "LNAME"),
    mc(email_address="aino.ylonen@ylo.fi", merge={"FNAME": "aino", "LNAME": "  ", "COMPANY": "  "}, status="cleaned"),
))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf.get("LNAME"), title),
                 "company": dflt(mf["COMPANY"], "Not known"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false", "email": r["email_address"]})


@case("h128-41-mc-contacts-vip-stage", M, H, """Hello,

Thank you for the quick answer yesterday. Here is the second Mailchimp direction.

Members with status "cleaned" are not synced to HubSpot, because their addresses are bouncing and we do
not want them in CRM at all. Members with other status values are synced.

phone = PHONE merge field in E.164 (+1 for numbers without + in front, number starting with + keeps its
code, only digits kept). In the case PHONE is empty, phone is left out.
firstname = FNAME, copied.
email = email_address, copied.
Lifecycle stage: "customer" when member is VIP, otherwise "lead".

Best regards, Mikko""", extended(
    MC,
    mc(email_address="kimmo.aro@aro.fi", merge={"FNAME": "Kimmo", "PHONE": "  "}, status="subscribed", vip=False),
    mc(email_address="leena.aro@aro.fi", merge={"FNAME": "", "PHONE": "(718) 555-0122"}, status="pending", vip=True),
    mc(email_address="gone.away@aro.fi", status="cleaned", vip=True),
))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"phone": omit_if_blank(mf["PHONE"], e164), "firstname": mf["FNAME"], "email": r["email_address"],
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h128-42-mc-contacts-domain-tag", M, H, """Hello,

Mailchimp -> HubSpot:
firstname = first word of FNAME (e.g. "Anna Kaisa" -> "Anna")
company = COMPANY; in the case it is empty, the domain part of email address after @ is used
lifecycle stage = "customer" when the member has tag "Customer", otherwise "subscriber"
email = email_address

Best regards, Mikko""", extended(
    MC,
    mc(email_address="anna.kaisa@tunturi.fi", merge={"FNAME": "Anna Kaisa", "COMPANY": "   "}, tags=["Webinar", "Customer"]),
    mc(email_address="pertti.vaara@vaara.fi", merge={"FNAME": "Pertti", "COMPANY": "Vaara Oy"}, tags=[]),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]), "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set128")
