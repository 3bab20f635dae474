"""Held-out set 96 for the offline mapping drafter.

Persona: Katrin, marketing-operations manager in Munich, German first language. She writes
formal, precise, German-shaped English emails to an external integration partner: "Please note
that...", "in case the field is empty", "resp.", late verbs, "bigger than", 1.000.000-style numbers
(always made unambiguous) and now and then a German word in brackets.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h96-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Katrin's own.
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


def without(rec: R, key: str) -> R:
    """A record that lacks ``key`` altogether (the field does not exist at the contact)."""
    return {k: v for k, v in rec.items() if k != key}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h96-01-lead-copies-web", H, L, """\
Dear team,

please find below the fields which are to be transferred from the HubSpot contacts into the
Salesforce Leads:

- email -> Email
- firstname -> FirstName
- lastname -> LastName
- company -> Company
- jobtitle -> Title
- phone -> Phone

Please note that in case one of these fields is empty in HubSpot, it shall be transferred empty as
well, i.e. no placeholder and no default value. Additionally the LeadSource shall be set to "Web"
for every lead.

Many thanks in advance,
Katrin""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h96-02-lead-defaults-trimmed-city", H, L, """\
Hello,

for the lead creation from HubSpot I need the following. Email and LastName (Nachname) are taken
over 1:1 from email resp. lastname. The company name field goes into Company; in case it is empty
or contains only blanks, please write "Unknown" instead. The same for the job title: jobtitle into
Title, and if it empty is, "Not specified". The city (city -> City) shall be transferred with the
leading and trailing spaces removed, otherwise unchanged.

Best regards
Katrin""", extended(HS, hs(email="stefan.maier@bergblick.de", firstname="Stefan", lastname="Maier",
                            company="   ", jobtitle="Einkaufsleiter", city="  Rosenheim ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Not specified"), "City": r["city"].strip()}


@case("h96-03-lead-phone-chain-title-case", H, L, """\
Dear colleagues,

for the HubSpot -> Salesforce Lead sync please map:

1. email to Email, unchanged.
2. First name and last name (Vorname / Nachname) to FirstName and LastName, each in title case,
   i.e. first letter capital and the rest small (e.g. "GARCIA" becomes "Garcia").
3. Phone: please take phone as it is; in case it is empty, take mobilephone instead (also as it
   is). If both are empty, Phone shall not be set at all, i.e. leave the field out.

Thank you and kind regards, Katrin""",
       extended(HS, hs(email="anna.schmidt@isartal.de", firstname="ANNA", lastname="schmidt",
                       phone="", mobilephone="")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h96-04-lead-source-table", H, L, """\
Hi,

a short one: the Original Source (hs_analytics_source) of the HubSpot contact shall be translated
into the LeadSource of the Salesforce Lead as follows:

ORGANIC_SEARCH = Web
PAID_SEARCH = Advertisement
REFERRALS = External Referral
all other values, and also in case the source is empty = Other

Additionally please transfer the email address into Email in lower case, and the lastname into
LastName as it is.

Many thanks, Katrin""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h96-05-lead-skip-customers-optouts", H, L, """\
Dear team,

the following HubSpot contacts are NOT to be transferred to the Salesforce Leads:
- contacts with the lifecycle stage "customer" (these exist in Salesforce already as contacts)
- contacts with hs_email_optout = "true"

Please note: if hs_email_optout is empty, the contact shall be transferred normally.

For all other contacts the fields email, firstname, lastname and company are to be copied into
Email, FirstName, LastName and Company. Status shall always be "Open - Not Contacted".

Many thanks in advance,
Katrin""", extended(HS, hs(email="julia.berger@werkraum.de", firstname="Julia", lastname="Berger",
                            company="Werkraum GmbH", lifecyclestage="customer", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h96-06-lead-rating-by-revenue", H, L, """\
Hello together,

we would like to set the Rating of the Salesforce Lead per contact depending on the annual revenue
(Umsatz) in HubSpot:
- annual revenue bigger than 5.000.000 (five million): "Hot"
- annual revenue smaller than 1.000.000 (one million): "Cold"
- everything in between: "Warm"
In case the annual revenue field is empty, the Rating shall be "Cold" as well.

Further, the number of employees (numemployees) shall go into NumberOfEmployees as a whole number;
if the number of employees empty is, please leave NumberOfEmployees out. Email and Company are
copied unchanged from email and company.

Kind regards
Katrin""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Company": r["company"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h96-07-lead-e164-city-title", H, L, """\
Dear all, please note the following for the Lead import. The phone number (phone) shall be written
into Phone in the international format E.164, e.g. +14155550142: numbers without country code are
US numbers (+1), numbers which start with + already keep their own country code. In case the phone
number is empty, Phone shall not be set. The city shall be written into City in title case (first
letter of each word capital, the rest small). Email and LastName are copied 1:1 from email and
lastname. Thanks, Katrin""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h96-08-lead-us-only-description", H, L, """\
Hello,

for the US campaign only the contacts with country "United States" shall be transferred to
Salesforce as Leads; all others are to be ignored.

Per lead:
- Email = email
- LastName = lastname in capital letters (upper case)
- Company = company
- Description = the job title, then ", HubSpot contact since " and then the create date
  (createdate) in the format YYYY-MM-DD, e.g. "VP Marketing, HubSpot contact since 2023-03-14"

Many thanks in advance,
Katrin""", extended(HS,
                    hs(email="jessica.lee@bluebaymedia.com", firstname="Jessica", lastname="Lee",
                       company="Blue Bay Media", jobtitle="Marketing Analyst", country="United States",
                       createdate="2024-02-20T13:15:00.000Z"),
                    hs(email="jan.novak@brnotech.cz", firstname="Jan", lastname="Novak", company="Brno Tech",
                       country="Czech Republic", jobtitle="CFO")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": f"{r['jobtitle']}, HubSpot contact since {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h96-09-contact-mailing-address", H, C, """\
Dear team,

for the Salesforce Contacts the address from HubSpot shall go into the Mailing address
(Postanschrift) fields:

address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry

Additionally email -> Email and lastname -> LastName. All values are to be copied exactly as they
are; in case a field is empty in HubSpot (e.g. the state for contacts outside the US), the empty
value shall be transferred.

Many thanks in advance, Katrin""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h96-10-contact-optout-donotcall", H, C, """\
Hello,

please set two checkboxes at the Salesforce Contact:

HasOptedOutOfEmail: true if hs_email_optout in HubSpot is "true"; false if it is "false" or empty.
DoNotCall: true in case the phone number (phone) empty is, otherwise false.

Besides that only Email (from email) and LastName (from lastname), both unchanged.

Best regards
Katrin""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h96-11-contact-firstname-from-email", H, C, """\
Dear colleagues,

please map the HubSpot contacts to Salesforce Contacts as follows. Email and LastName are taken
1:1 from email resp. lastname.

FirstName: the firstname; in case it is empty, the part of the email address before the @ shall
be used instead.
Title: the jobtitle; if the jobtitle is empty, take the industry; if also the industry is empty,
write "Employee".

Thank you!
Katrin""", lower_emails(extended(HS, hs(email="lukas.brandt@nordlicht-energie.de", firstname="",
                                        lastname="Brandt", jobtitle="", industry="Energy"))))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Employee")}


@case("h96-12-contact-stage-description", H, C, """\
Hello,

the lifecycle stage (Lebenszyklusphase) shall be written into the Description of the Salesforce
Contact with the following texts:

subscriber -> Newsletter subscriber
lead -> Lead
marketingqualifiedlead -> MQL
salesqualifiedlead -> SQL
customer -> Customer

The state shall go into MailingState in upper case; in case the state is empty, please do not set
MailingState at all. Email and LastName are copied unchanged from email and lastname.

Kind regards, Katrin""", HS)
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return keep({"Email": r["email"], "LastName": r["lastname"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h96-13-contact-only-not-opted-out", H, C, """\
Dear team,

only contacts which have hs_email_optout = "false" shall be synchronised into the Salesforce
Contacts. Please note that contacts where this field is empty are also not to be transferred.

The following fields are to be transferred:
- Email: the email in lower case
- LastName: lastname, unchanged
- Phone: phone; in case the phone is empty, the mobilephone (both as they are)
- Description: always the fixed text "Synced from HubSpot"

Many thanks in advance,
Katrin""", extended(HS, hs(email="Tobias.Keller@Alpenblick.DE", firstname="Tobias", lastname="Keller",
                            phone="", mobilephone="+49 171 5550123", hs_email_optout="false")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Phone": first_filled(r["phone"], r["mobilephone"]), "Description": "Synced from HubSpot"}


@case("h96-14-contact-country-codes", H, C, """\
Hi,

for the Contact sync I need:

FirstName and LastName from firstname and lastname, both in title case (i.e. "sabine" -> "Sabine",
"KOCH" -> "Koch").
Title from jobtitle, with leading and trailing spaces removed.
Email from email, unchanged.
MailingCountry as two-letter code depending on country: "United States" = US, "Mexico" = MX,
"Germany" = DE; for all other countries please set "INT" (international).

Thanks and best regards
Katrin""", extended(HS, hs(email="sabine.koch@isarwerk.de", firstname="sabine", lastname="KOCH",
                            company="Isarwerk", jobtitle="  Leiterin Marketing ", country="Germany",
                            city="Munich", state="")))
def o14(r: R) -> Out:
    codes = {"United States": "US", "Mexico": "MX", "Germany": "DE"}
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Title": r["jobtitle"].strip(),
            "Email": r["email"], "MailingCountry": codes.get(r["country"], "INT")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h96-15-mc-copies-company-na", H, M, """\
Dear team,

the following fields are to be transferred from HubSpot into the Mailchimp audience:

email -> email_address
firstname -> merge field FNAME
lastname -> merge field LNAME
company -> merge field COMPANY (Firma)

Please note that in case the company is missing (the field does not exist at the contact or it is
empty), COMPANY shall be filled with "n/a". All members shall get the status "subscribed".

Many thanks in advance,
Katrin""", extended(HS, without(hs(email="petra.wolf@example.de", firstname="Petra", lastname="Wolf"),
                                 "company")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                             "COMPANY": dflt(r.get("company"), "n/a")}}


@case("h96-16-mc-status-from-optout", H, M, """\
Hello,

the Mailchimp status shall depend on the HubSpot field hs_email_optout:
"false" -> subscribed
"true" -> unsubscribed
empty -> pending (so that the contact must confirm first)

Every member gets the tag "HubSpot" (only this one tag). The email address comes from email, FNAME
from firstname.

Kind regards
Katrin""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"],
            "merge_fields": {"FNAME": r["firstname"]}}


@case("h96-17-mc-key-account-customer-tags", H, M, """\
Dear colleagues,

we need tags in Mailchimp depending on the HubSpot data. Per contact:
- tag "Key Account" if the annual revenue is bigger than 3.000.000 (three million); an empty annual
  revenue counts as not bigger
- tag "Customer" if the lifecycle stage is "customer"
If both apply, first "Key Account", then "Customer". If none applies, the tag list shall be empty.

Besides the tags: email -> email_address, firstname -> FNAME, lastname -> LNAME, unchanged.

Many thanks in advance,
Katrin""", extended(HS, hs(email="georg.huber@huber-maschinen.de", firstname="Georg", lastname="Huber",
                            lifecyclestage="customer", annualrevenue="7500000")))
def o17(r: R) -> Out:
    tags = (["Key Account"] if gt(r["annualrevenue"], 3_000_000) else []) + \
        (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags,
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h96-18-mc-first-word-phone", H, M, """\
Hello,

for Mailchimp please only the first word of the firstname into FNAME (e.g. "Anna Lena" becomes
"Anna"). The phone number shall go into the merge field PHONE in E.164 format, i.e. + and digits;
without country code it is a US number (+1), numbers with + keep their own country code. Please
take phone, resp. mobilephone in case phone is empty. The email goes into email_address.

Thank you, Katrin""", extended(HS, hs(email="anna.lena.vogt@example.de", firstname="Anna Lena",
                                       lastname="Vogt", phone="", mobilephone="(305) 555-0123")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h96-19-mc-skip-no-company-vip", H, M, """\
Dear team,

contacts without a company name (company empty) are not to be transferred to Mailchimp.

For the others:
- email_address = email
- merge field COMPANY = company
- language = "en" for all
- VIP = true if the annual revenue is bigger than 10.000.000 (ten million), otherwise false; an
  empty revenue means also false

Many thanks in advance,
Katrin""", extended(HS, hs(email="moritz.lang@example.de", firstname="Moritz", lastname="Lang", company="  ")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"COMPANY": r["company"]}, "language": "en",
            "vip": gt(r["annualrevenue"], 10_000_000)}


@case("h96-20-mc-title-domain-vip", H, M, """\
Hello together,

please the following mapping HubSpot -> Mailchimp:

FNAME: firstname in title case (each word with capital first letter, the rest small)
LNAME: lastname in title case
COMPANY: company; in case the company name field is empty, take the part of the email after the @
(i.e. the domain, e.g. "fiestafoods.mx")
email_address: email
vip: true if the number of employees (numemployees) is bigger than 100, else false; if the number
of employees is empty, false

Best regards
Katrin""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"], "vip": gt(r["numemployees"], 100),
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": dflt(r["company"], after_at(r["email"]))}}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h96-21-seg-full-name", H, S, """\
Dear team,

for the Segment identify calls from HubSpot please set the userId to the email address in lower
case. traits.firstName, traits.lastName and traits.title shall be copied unchanged from firstname,
lastname and jobtitle (an empty job title stays empty). Additionally traits.name shall be the full
name, i.e. firstname, one space, lastname.

Many thanks in advance,
Katrin""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h96-22-seg-company-traits", H, S, """\
Hello,

please note the following for the company traits in Segment (nested under traits.company):

traits.company.name = company; in case the company is empty: "Unknown"
traits.company.industry = industry; in case the industry is empty, please leave this trait out
traits.company.employee_count = numemployees as whole number (integer); if empty, leave it out too

The userId shall be the email, unchanged.

Kind regards, Katrin""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h96-23-seg-address-phone", H, S, """\
Dear colleagues,

the Segment identify shall contain userId = email (unchanged) and the following traits:

- traits.address.city = city
- traits.address.postalCode = zip
- traits.address.state = state, but only if the state is filled; if it empty is, please do not
  send it
- traits.phone = the phone number in E.164 (numbers without + are US numbers, +1 in front; numbers
  with + keep their country code). Take phone; if phone is empty, take mobilephone; if both are
  empty, traits.phone is not to be sent.

Many thanks in advance,
Katrin""", extended(HS, hs(email="florian.ebner@example.de", firstname="Florian", lastname="Ebner",
                            phone="", mobilephone="", state="")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h96-24-seg-unsubscribed-revenue", H, S, """\
Hello,

for the HubSpot -> Segment sync: userId = email, but trimmed (no leading or trailing spaces) and in
lower case. traits.firstName = firstname as it is. traits.unsubscribed shall be a real boolean:
true if hs_email_optout is "true", false if it is "false". Please note that in case hs_email_optout
is empty, it shall be true as well (for data protection reasons we assume no consent).
traits.annual_revenue = annualrevenue as a number; in case the annual revenue is empty, please
leave the trait out.

Best regards, Katrin""", extended(HS, hs(email="  Stefan.Maier@Bergblick.DE ", firstname="Stefan",
                                         lastname="Maier", hs_email_optout="false", annualrevenue="950000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] != "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h96-25-ga4-contact-sync-event", H, G, """\
Dear team,

per HubSpot contact one GA4 event shall be sent:

client_id: the email, unchanged
event name: always "crm_contact_sync"
parameter source: always "hubspot"
parameter lifecycle_stage: lifecyclestage, copied
parameter industry: the industry in lower case; in case the industry is empty, the parameter
shall be sent as empty text ("")
parameter created_date: createdate as a date in the format YYYY-MM-DD

Many thanks in advance,
Katrin""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"source": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                   "industry": r["industry"].lower(), "created_date": day(r["createdate"])}}]}


@case("h96-26-ga4-high-value", H, G, """\
Hello,

only contacts whose annual revenue is bigger than 1.000.000 (one million) shall be sent to GA4;
contacts with an empty annual revenue are not to be sent. The event name shall be
"high_value_contact", the client_id the part of the email before the @. Parameters: value =
annualrevenue as a number, currency = "USD" (fixed).

Thanks, Katrin""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h96-27-ga4-stage-event-name", H, G, """\
Dear colleagues,

the event name in GA4 shall depend on the lifecycle stage: for lifecyclestage "customer" it is
"customer_sync", for all other stages "lead_sync". client_id = email. Two parameters per event:
company (the company name; if it is empty, please "unknown") and country (copied 1:1 from country).

Kind regards
Katrin""", HS)
def o27(r: R) -> Out:
    name = "customer_sync" if r["lifecyclestage"] == "customer" else "lead_sync"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"company": dflt(r["company"], "unknown"),
                                                 "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h96-28-hs-lead-copies", L, H, """\
Hello,

from the Salesforce Leads into the HubSpot contacts the following fields are to be copied 1:1:

Email -> email
FirstName -> firstname
LastName -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
City -> city
Country -> country

Please note: empty values shall also be transferred as empty, i.e. no default values.

Viele Grüße / best regards
Katrin""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"], "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"],
            "country": r["Country"]}


@case("h96-29-hs-lead-status-optout", L, H, """\
Dear team,

the Lead Status from Salesforce shall be translated into hs_lead_status in HubSpot:

"Open - Not Contacted" -> NEW
"Working - Contacted" -> IN_PROGRESS
"Closed - Converted" -> CONNECTED
"Closed - Not Converted" -> UNQUALIFIED

Further, HasOptedOutOfEmail shall be written into hs_email_optout as the text "true" resp.
"false". And of course Email -> email, unchanged.

Best regards
Katrin""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h96-30-hs-rating-stage-revenue", L, H, """\
Hello together,

please derive the HubSpot lifecycle stage (lifecyclestage) from the Salesforce Rating: Hot =
salesqualifiedlead, Warm = marketingqualifiedlead, Cold = lead. The AnnualRevenue shall go as a
number into annualrevenue; in case the AnnualRevenue empty is, annualrevenue shall not be set.
email = Email in lower case.

Many thanks in advance,
Katrin""", extended(SFL, sfl(Email="Jana.Novak@Vltava-Media.CZ", FirstName="Jana", LastName="Novak",
                              Company="Vltava Media", Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    stages = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stages[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h96-31-hs-uk-leads-only", L, H, """\
Dear colleagues,

for our UK campaign only the leads with Country "United Kingdom" are to be transferred into
HubSpot.

Fields:
- email: Email, unchanged
- phone: Phone in E.164 format; numbers without + are UK numbers, i.e. the leading 0 is removed and
  +44 is put in front (e.g. "020 7946 0321" becomes "+442079460321"); numbers with + keep their
  own country code
- zip: PostalCode in upper case
- jobtitle: Title; in case the Title is empty, "Unknown"

Many thanks in advance,
Katrin""", extended(SFL,
                    sfl(Email="oliver.bennett@mancunia.co.uk", FirstName="Oliver", LastName="Bennett",
                        Company="Mancunia Ltd", Title="", Phone="0161 555 0199", Street="1 Piccadilly",
                        City="Manchester", PostalCode="m1 1ae", Country="United Kingdom"),
                    sfl(Email="fiona.reid@thistle.co.uk", FirstName="Fiona", LastName="Reid",
                        Company="Thistle Digital", Title="Head of CRM", Phone="+44 131 555 0142",
                        City="Edinburgh", PostalCode="EH1 1YZ", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h96-32-hs-jobtitle-with-company", L, H, """\
Hello,

leads with the Status "Closed - Not Converted" shall not be transferred to HubSpot.

For all others please set:
email = Email (unchanged)
jobtitle = Title, then a comma and a space, then Company, e.g. "Procurement Manager, Sunrise
Solar". In case the Title is empty, jobtitle shall contain only the Company (without comma).
country = Country; if the Country field is empty, "Not specified"

Kind regards, Katrin""", extended(SFL, sfl(Email="lucia.ferrari@verdeluce.it", FirstName="Lucia",
                                           LastName="Ferrari", Company="Verde Luce", Title="Buyer",
                                           Country="", Status="Working - Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    job = r["Company"] if blank(r["Title"]) else f"{r['Title']}, {r['Company']}"
    return {"email": r["Email"], "jobtitle": job, "country": dflt(r["Country"], "Not specified")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h96-33-mc-contact-status-tags", C, M, """\
Dear team,

for Salesforce Contacts -> Mailchimp:

email_address: Email in lower case
status: "unsubscribed" if HasOptedOutOfEmail is true, "subscribed" if it is false
tags: every member gets the tag "Salesforce"; if the LeadSource is "Trade Show", additionally the
tag "Trade Show" (after "Salesforce")

Many thanks in advance,
Katrin""", SFC)
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h96-34-mc-contact-dept-required", C, M, """\
Hello,

please note that contacts without department (Abteilung), i.e. with Department empty, are not to
be transferred to Mailchimp.

For the rest:
- email_address = Email
- merge field PHONE = Phone in E.164 format; without + it is a US number (+1), with + the own
  country code is kept
- language depending on MailingCountry: Germany = de, Austria = de, United States = en

Best regards
Katrin""", extended(SFC,
                    sfc(Email="rachel.stone@granitepeak.com", FirstName="Rachel", LastName="Stone",
                        Department="Marketing", Phone="503 555 0101", MailingCity="Seattle",
                        MailingCountry="United States"),
                    sfc(Email="max.roth@roth-bau.de", FirstName="Max", LastName="Roth", Department="  ")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h96-35-mc-contact-trade-show-vip", C, M, """\
Dear colleagues,

the following fields are to be transferred from the Salesforce Contact into Mailchimp:
- Email -> email_address
- FirstName -> FNAME
- Department -> merge field DEPT; in case the Department is empty, "General"
- status: always "subscribed"
- vip: true if the LeadSource is exactly "Trade Show", otherwise false (also false when the
  LeadSource is empty)

Many thanks in advance,
Katrin""", SFC)
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed", "vip": r["LeadSource"] == "Trade Show",
            "merge_fields": {"FNAME": r["FirstName"], "DEPT": dflt(r["Department"], "General")}}


@case("h96-36-mc-contact-opted-in-only", C, M, """\
Hello,

only contacts with HasOptedOutOfEmail = false shall be synchronised to Mailchimp. For these: Email
into email_address, FirstName into FNAME, LastName into LNAME (unchanged), the status "subscribed"
and the language "de" for all. Please set no tags, i.e. the tags shall be an empty list.

Thank you and kind regards,
Katrin""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "de", "tags": [],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h96-37-seg-contact-basic", C, S, """\
Dear team,

for Segment: userId = the Email in lower case. traits.firstName = FirstName, traits.lastName =
LastName, traits.email = Email (unchanged). traits.title = Title, but in case the Title empty is,
traits.title shall be left out completely.

Many thanks in advance,
Katrin""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "email": r["Email"],
                            "title": omit_if_blank(r["Title"])}})


@case("h96-38-seg-contact-address", C, S, """\
Hello,

the Mailing address of the Salesforce Contact shall go into the Segment address traits:

traits.address.city = MailingCity, without leading and trailing spaces
traits.address.country = MailingCountry; in case it is empty, "Unknown"

userId = Email, unchanged.

Kind regards, Katrin""", extended(SFC, sfc(Email="markus.bauer@donautal.at", FirstName="Markus",
                                           LastName="Bauer", MailingCity="  Linz ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h96-39-seg-contact-source-table", C, S, """\
Dear colleagues,

please build the Segment identify from the Salesforce Contact as follows:
userId: Email
traits.name: FirstName + " " + LastName (i.e. with one space in between)
traits.phone: Phone in E.164; numbers without + are US numbers (+1 in front), numbers with + keep
their country code
traits.lead_source: depending on LeadSource: "Web" -> "website", "Trade Show" -> "event"; all
other values and also an empty LeadSource -> "other"

Many thanks in advance,
Katrin""", SFC)
def o39(r: R) -> Out:
    src = {"Web": "website", "Trade Show": "event"}
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                       "lead_source": src.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h96-40-hs-member-names-optout", M, H, """\
Dear team,

for the import of the Mailchimp members into HubSpot contacts please note:

email = email_address
firstname = FNAME in title case (first letter capital, the rest small)
lastname = LNAME in title case; if LNAME is empty, lastname shall not be set
company = merge field COMPANY; if it is empty, "Unknown"
hs_email_optout = the text "true" for members with status "unsubscribed" or "cleaned", the text
"false" for all other members

Many thanks in advance,
Katrin""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h96-41-hs-member-no-cleaned", M, H, """\
Hello,

cleaned members (status "cleaned") are not to be imported into HubSpot. For all others:

- email from email_address
- firstname from FNAME, unchanged
- phone from PHONE in E.164 (without + it is a US number, +1; with + the own country code stays);
  if PHONE is empty, phone shall not be set
- lifecyclestage: "customer" if the member is VIP (vip = true), otherwise "lead"

Best regards
Katrin""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h96-42-hs-member-customer-tag", M, H, """\
Dear colleagues,

last mapping for today, Mailchimp -> HubSpot. email = email_address (unchanged). firstname = only
the first word of FNAME, e.g. "Anna Maria" -> "Anna". company = COMPANY; in case the company is
empty, please the part of the email address after the @. lifecyclestage = "customer" if the member
has the tag "Customer", otherwise "lead".

Many thanks in advance and a nice weekend,
Katrin""", extended(MC, mc({"FNAME": "Anna Maria", "LNAME": "Berger", "PHONE": "", "COMPANY": ""},
                            email_address="anna.maria.berger@seenland.de", tags=["Webinar", "Customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set96")
