"""Held-out set 117 for the offline mapping drafter.

Persona: Rafael Costa, CRM analyst at a fintech in São Paulo, Portuguese first language. Writes every
request as a Jira ticket (Summary / Description / Acceptance criteria, often Given-When-Then or '[ ]'
checkboxes), in Portuguese-shaped English ('the field X must receive', 'in case of', 'maintain the
value'); some tickets are short with only two or three criteria.

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
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h117-01-lead-basic-copy", H, L, """\
Summary: Send HubSpot contacts to Salesforce as Lead (basic fields)

Description:
We need the HubSpot contacts in Salesforce as Leads. The Lead must receive the fields below, copied
exactly like they are in HubSpot (no format change, no trim):
- email -> Email (this is the key to find the Lead)
- firstname -> FirstName
- lastname -> LastName
- company -> Company
- jobtitle -> Title
The Status of the Lead must always receive "Open - Not Contacted", fixed value for all.

Acceptance criteria:
[ ] In case of the HubSpot field is empty, the Lead field receives empty also (no default, no placeholder)
[ ] Status = "Open - Not Contacted" in all the leads
[ ] No other field is sent""",
      extended(HS, hs(email="ana.lima@pagtech.com.br", firstname="Ana", lastname="Lima", company="", jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Status": "Open - Not Contacted"}


@case("h117-02-lead-empty-company-title", H, L, """\
Summary: Lead creation from HubSpot - treat empty Company and Title

Description:
Sales team is complaining that leads arrive without Company and Title. Please map the HubSpot contact
to Salesforce Lead like this:
- Email receives the email of the contact, as it is (it is the match key)
- LastName receives lastname, as it is
- FirstName receives firstname but without the spaces in the beginning and in the end (some forms save
  it like "  Bruno ")
- Company receives company; when it is empty, put "Not informed"
- Title receives jobtitle; when it is empty, put "Not informed"

Acceptance criteria:
Given a contact with company "   " (only spaces)
When the sync runs
Then the Lead Company must be "Not informed"

Given a contact with jobtitle filled
When the sync runs
Then Title maintains the value of HubSpot without change""",
      extended(HS, hs(email="bruno.alves@quitanda.com.br", firstname="  Bruno ", lastname="Alves", company="   ",
                      jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"].strip(),
            "Company": dflt(r["company"], "Not informed"), "Title": dflt(r["jobtitle"], "Not informed")}


@case("h117-03-lead-phone-fallback-titlecase", H, L, """\
Summary: [Leads] Phone fallback to mobile + last name and city in title case

Description
Today the Lead Phone comes empty for many contacts because they only fill the mobile. The rule must be:
1. Email of the Lead = email of HubSpot (key, copy as it is)
2. Phone = phone of HubSpot. In case phone is empty, use mobilephone. In case both are empty, the Lead
   must not receive the Phone field (don't send it, not even empty).
   Obs.: the phone goes as it is, no formatting.
3. LastName = lastname in title case (first letter of each word capital, the rest small). Ex.: GARCIA -> Garcia
4. City = city also in title case. Ex.: "são paulo" -> "São Paulo"

Acceptance criteria
- [ ] contact with phone and mobilephone empty -> Lead without Phone
- [ ] contact without phone but with mobilephone -> Phone = mobilephone
- [ ] LastName and City in title case""",
      extended(HS, hs(email="carla.souza@bancoazul.com.br", firstname="Carla", lastname="SOUZA", city="são paulo",
                      phone="", mobilephone="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
                 "LastName": title(r["lastname"]), "City": title(r["city"])})


_SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h117-04-lead-source-table", H, L, """\
Summary: Map HubSpot Original Source to Lead Source

Description:
The LeadSource of the Lead must receive a value according to hs_analytics_source (Original Source) of the contact:

|| hs_analytics_source || LeadSource ||
| ORGANIC_SEARCH | Web |
| PAID_SEARCH | Advertisement |
| PAID_SOCIAL | Advertisement |
| REFERRALS | External Referral |

Any other value, and also when the source is empty, LeadSource must receive "Other".
Also: Email receives the email of the contact in lower case (it is the key of the Lead), and LastName
receives lastname without change. Only these three fields.

AC:
* Given source = EMAIL_MARKETING then LeadSource = Other
* Given source empty then LeadSource = Other
* Given source = PAID_SOCIAL then LeadSource = Advertisement""",
      extended(HS, hs(email="Tiago.Mendes@PixPay.com.br", lastname="Mendes", hs_analytics_source="EMAIL_MARKETING")))
def o04(r: R) -> Out:
    return {"LeadSource": _SRC04.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower(),
            "LastName": r["lastname"]}


@case("h117-05-lead-exclude-customers-optout", H, L, """\
Summary: Do not send customers and unsubscribed contacts to Salesforce Leads

Description:
The contacts that are customers (lifecyclestage = customer) must not be sent to Salesforce as Lead, they
are already in the Account. Also the contacts that are unsubscribed from email (hs_email_optout = "true")
must not be sent.
For the others, copy:
email -> Email (key)
firstname -> FirstName
lastname -> LastName
company -> Company
and Rating must receive "Warm" for all of them.

Acceptance criteria:
[ ] lifecyclestage = customer -> not sent
[ ] hs_email_optout = "true" -> not sent
[ ] hs_email_optout empty is NOT considered unsubscribed, the contact is sent normally
[ ] Rating = Warm""",
      extended(HS, hs(email="renata.costa@creditofacil.com.br", firstname="Renata", lastname="Costa",
                      company="Crédito Fácil", lifecyclestage="customer", hs_email_optout="false"),
               hs(email="pedro.nunes@cambiox.com.br", firstname="Pedro", lastname="Nunes", company="CambioX",
                  lifecyclestage="opportunity", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Rating": "Warm"}


def _rating06(r: R) -> str:
    v = rev(r)
    if v is None or v < 1000000:
        return "Cold"
    return "Hot" if v > 5000000 else "Warm"


@case("h117-06-lead-rating-by-revenue", H, L, """\
Summary: Lead Rating calculated by annual revenue + number of employees

Description
Rating of the Lead must be calculated from annualrevenue of HubSpot:
- annualrevenue greater than 5000000 -> "Hot"
- annualrevenue less than 1000000 -> "Cold"
- between these two values -> "Warm"
- in case annualrevenue is empty -> "Cold" too

NumberOfEmployees receives numemployees as whole number (integer). When numemployees is empty, don't send
NumberOfEmployees.
Email = email of the contact, as it is (key).

AC
Given annualrevenue = 12000000 Then Rating = Hot
Given annualrevenue empty Then Rating = Cold
Given numemployees = "250" Then NumberOfEmployees = 250 (number, not text)""",
      extended(HS, hs(email="julia.freitas@investmais.com.br", annualrevenue="7500000", numemployees="1200")))
def o06(r: R) -> Out:
    return keep({"Email": r["email"], "Rating": _rating06(r),
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h117-07-lead-phone-e164", H, L, """\
Summary: Phone in E.164 format on Lead

Description: the Salesforce dialer only accepts E.164. When the contact goes to Lead:
- Email must receive email (key, no change)
- Phone must receive phone in E.164 format. Consider that the numbers are from US (+1), except when the
  number already starts with +, then maintain its own country code. Ex: (415) 555-0142 -> +14155550142.
  If the US number already has the 1 in front, don't put it twice.
- In case phone is empty, don't send Phone to Salesforce (the field must not exist in the Lead, not empty string)
- FirstName and LastName in title case (maria -> Maria, GARCIA -> Garcia)

Acceptance criteria:
Given phone "+33 1 55 55 01 42" When sync Then Phone "+33155550142"
Given phone empty When sync Then Lead without Phone""",
      extended(HS, hs(email="lucas.pereira@vaquinha.com.br", firstname="LUCAS", lastname="pereira",
                      phone="1 (305) 555-0161")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164),
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h117-08-lead-us-only-description", H, L, """\
Summary: Only US contacts to Leads, with creation date in Description

Description
Only contacts with country "United States" must go to Salesforce Lead. The others are ignored.
Fields:
* Email = email (key, as it is)
* LastName = lastname in capital letters
* Company = company (copy)
* Description = the text "HubSpot contact created on " followed by the creation date (createdate) in
  format YYYY-MM-DD. Ex: "HubSpot contact created on 2023-03-14"

AC: [ ] contact from Japan or Brazil is not sent""",
      extended(HS, hs(email="sam.ortiz@bluefin.com", lastname="Ortiz", company="Bluefin Capital",
                      createdate="2024-06-18T13:20:00.000Z"),
               hs(email="vitor.ramos@paguelev.com.br", lastname="Ramos", country="Brazil")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": "HubSpot contact created on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h117-09-contact-mailing-address", H, C, """\
Summary: HubSpot address to the Mailing address of Salesforce Contact

Description:
When we sync HubSpot contacts to Salesforce Contact, the address must go to the Mailing fields:
address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry
And Email receives email (this is how we find the Contact).
All values copied as they are. When a value is empty in HubSpot, the Mailing field receives empty also.

Acceptance criteria:
Given a contact from France without state
When it is synced
Then MailingState is empty ("") and the other Mailing fields have the values of HubSpot""",
      extended(HS, hs(email="helena.prado@fintra.com.br", address="Rua Augusta 1500", city="São Paulo", state="SP",
                      zip="", country="Brazil")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h117-10-contact-flags", H, C, """\
Summary: Email opt-out and Do Not Call flags on Contact

Description:
The Salesforce Contact must receive two flags (true/false):
- HasOptedOutOfEmail: true when hs_email_optout is "true"; false when it is "false"; when it is empty, false.
- DoNotCall: true when the contact has no phone (phone empty or only spaces), false when it has phone.
  Only the phone field counts, mobilephone does not count.
Plus Email (key) and LastName copied from HubSpot.

AC:
[ ] hs_email_optout "" -> HasOptedOutOfEmail false
[ ] phone "" -> DoNotCall true
[ ] the flags must be real boolean, not text""",
      extended(HS, hs(email="otavio.melo@contafacil.com.br", lastname="Melo", phone="   ", hs_email_optout="false")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h117-11-contact-firstname-from-email", H, C, """\
Summary: Contact without first name - use the email

Description:
Some contacts come from the app signup without first name. In this case FirstName must receive the part
of the email before the @ (ex: gui.nakamura@fintrust.com.br -> gui.nakamura). When firstname is filled,
use firstname as it is.
MobilePhone: use mobilephone; in case it is empty, use phone. No format change.
Email = email, LastName = lastname (copy).

AC
Given firstname empty and email "gui.nakamura@fintrust.com.br" Then FirstName = "gui.nakamura"
Given mobilephone empty and phone "617-555-0123" Then MobilePhone = "617-555-0123\"""",
      extended(lower_emails(HS), hs(email="gui.nakamura@fintrust.com.br", firstname="", lastname="Nakamura",
                                    mobilephone="", phone="(11) 5555-0123")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": first_filled(r["firstname"], before_at(r["email"])),
            "MobilePhone": first_filled(r["mobilephone"], r["phone"])}


_STAGE12 = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
            "salesqualifiedlead": "SQL", "opportunity": "Opportunity", "customer": "Customer"}


@case("h117-12-contact-stage-description", H, C, """\
Summary: Lifecycle stage in Contact Description + state in uppercase

Description:
Map HubSpot contact to Salesforce Contact:
- Email: email (key)
- Description must receive the stage name according to lifecyclestage:
   subscriber = "Newsletter subscriber"
   lead = "Lead"
   marketingqualifiedlead = "MQL"
   salesqualifiedlead = "SQL"
   opportunity = "Opportunity"
   customer = "Customer"
- MailingState: state in capital letters. When state is empty, don't send MailingState.

AC:
- [ ] state "sp" -> MailingState "SP"
- [ ] state empty -> no MailingState in the record""",
      extended(HS, hs(email="larissa.campos@pagfacil.com.br", state="sp", lifecyclestage="opportunity")))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "Description": _STAGE12[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h117-13-contact-consent-only", H, C, """\
Summary: Only contacts that accept email go to Salesforce Contact

Description
Only contacts with hs_email_optout = "false" must be synced to Contact. If it is "true" or empty, the
contact is not sent (empty means we don't know the consent, so we don't send).
Mapping:
- Email <- email in lower case (key)
- Phone <- phone; in case phone is empty, mobilephone (as it is)
- LeadSource <- fixed "Web" for all

Acceptance criteria:
Scenario: contact without consent info
  Given hs_email_optout is empty
  When the sync runs
  Then nothing is sent for this contact
Scenario: contact with only mobile
  Given phone is empty and mobilephone is "(11) 95555-0134"
  When the sync runs
  Then Phone = "(11) 95555-0134\"""",
      extended(HS, hs(email="Beatriz.Rocha@NuCard.com.br", phone="", mobilephone="(11) 95555-0134",
                      hs_email_optout="false")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


_CTRY14 = {"United States": "US", "Brazil": "BR", "Mexico": "MX", "Japan": "JP"}


@case("h117-14-contact-title-city-country", H, C, """\
Summary: Contact - trim of title, city in title case, country code

Description:
- Email: copy from email (key)
- Title: jobtitle without spaces in the beginning/end. If jobtitle is empty, Title is empty too ("").
- MailingCity: city in title case (each word with the first letter capital and the rest small)
- MailingCountry: country code according to this table:
   United States -> US
   Brazil -> BR
   Mexico -> MX
   Japan -> JP
  any other country, or country empty -> "INTL"

AC:
[ ] jobtitle "  Head of Growth  " -> Title "Head of Growth"
[ ] France -> INTL
[ ] "belo horizonte" -> "Belo Horizonte\"""",
      extended(HS, hs(email="rodrigo.lins@credpag.com.br", jobtitle="  Head of Growth  ", city="belo horizonte",
                      country="Brazil"),
               hs(email="nina.berg@finnvest.se", jobtitle="CFO", city="STOCKHOLM", country="")))
def o14(r: R) -> Out:
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]),
            "MailingCountry": _CTRY14.get(r["country"], "INTL")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

def _no_company(**kw: Any) -> R:
    return {k: v for k, v in hs(**kw).items() if k != "company"}


@case("h117-15-mc-double-optin", H, M, """\
Summary: HubSpot contacts to Mailchimp audience (double opt-in)

Description:
Send the HubSpot contacts to the Mailchimp audience as members:
- email_address = email (key)
- merge_fields.FNAME = firstname
- merge_fields.LNAME = lastname
- merge_fields.COMPANY = company. In case the contact has no company (the property does not come in the
  record, or it comes empty), put "Individual"
- status must be "pending" for all (they confirm by double opt-in)
Copy the values as they are.

AC: [ ] contact without company property -> COMPANY = "Individual\"""",
      extended(HS, _no_company(email="marcelo.teles@pixnow.com.br", firstname="Marcelo", lastname="Teles")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                             "COMPANY": dflt(r.get("company"), "Individual")}}


@case("h117-16-mc-status-from-optout", H, M, """\
Summary: Mailchimp status following HubSpot opt-out

Description:
The status of the member depends on hs_email_optout:
- "true" -> unsubscribed
- "false" -> subscribed
- empty -> pending
All the members must receive the tag "HubSpot" (tags = ["HubSpot"]).
email_address = email, merge_fields.FNAME = firstname. Nothing more.

AC
Given hs_email_optout = "" When sync Then status = pending""",
      extended(HS))
def o16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "merge_fields": {"FNAME": r["firstname"]},
            "tags": ["HubSpot"]}


@case("h117-17-mc-revenue-customer-tags", H, M, """\
Summary: Tags in Mailchimp for high revenue and customers

Description:
email_address receives the email of the contact. merge_fields.FNAME receives firstname.
Tags:
1. "High Revenue" when annualrevenue is greater than 1000000. Empty annualrevenue does not receive this tag.
2. "Customer" when lifecyclestage is customer.
When both apply, the order is "High Revenue" then "Customer". When none applies, tags must be an empty list [].

AC
[ ] revenue 2500000.75 and customer -> ["High Revenue", "Customer"]
[ ] revenue 800000 and not customer -> []""",
      extended(HS, hs(email="sergio.matos@boletofy.com.br", firstname="Sérgio", annualrevenue="950000",
                      lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1000000):
        tags.append("High Revenue")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h117-18-mc-first-word-phone", H, M, """\
Summary: Mailchimp FNAME with only the first name + PHONE in E.164

Description:
Some people write the full name in the firstname field ("Ana Paula"). In Mailchimp the FNAME must receive
only the first word of firstname.
PHONE (merge_fields.PHONE): phone of the contact in E.164. When phone is empty, use mobilephone (also in
E.164). Numbers without + are US (+1); numbers with + maintain their country code.
email_address = email.

AC:
Given firstname "Ana Paula" Then FNAME "Ana"
Given phone "" and mobilephone "(212) 555-0187" Then PHONE "+12125550187\"""",
      extended(HS, hs(email="anapaula.reis@vetorbank.com.br", firstname="Ana Paula", phone="",
                      mobilephone="305.555.0148")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h117-19-mc-b2b-vip", H, M, """\
Summary: Mailchimp - skip contacts without company + VIP for big accounts

Description:
The contacts that have company empty must not be sent to Mailchimp (this audience is B2B only).
Member fields:
- email_address: email
- merge_fields.COMPANY: company
- status: "subscribed" fixed
- vip: true if annualrevenue is greater than 10000000, otherwise false. Empty annualrevenue = false.

AC:
- [ ] company "" -> not sent
- [ ] annualrevenue "12000000" -> vip true
- [ ] annualrevenue "" -> vip false""",
      extended(HS, hs(email="fernanda.luz@gmail.com", company=""),
               hs(email="caio.barros@bancoverde.com.br", company="Banco Verde", annualrevenue="15000000")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"COMPANY": r["company"]}, "status": "subscribed",
            "vip": gt(r["annualrevenue"], 10000000)}


@case("h117-20-mc-titlecase-domain-vip", H, M, """\
Summary: Mailchimp - names in title case, company from the email domain

Description
FNAME and LNAME in Mailchimp (merge_fields) must be in title case (maria -> Maria, GARCIA -> Garcia),
from firstname and lastname.
COMPANY (merge_fields.COMPANY): company of the contact; in case it is empty, put the part of the email
after the @ (the domain), ex. fiestafoods.mx.
vip = true when numemployees is greater than 100, else false (empty numemployees -> false).
email_address = email of the contact, as it is.""",
      extended(lower_emails(HS), hs(email="tatiana.moura@fluxopay.com.br", firstname="TATIANA", lastname="moura",
                                    company="", numemployees="140")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["numemployees"], 100)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h117-21-seg-identify-basic", H, S, """\
Summary: Segment identify for the HubSpot contacts

Description:
Create one identify call for each HubSpot contact:
userId -> email in lower case
traits.firstName -> firstname
traits.lastName -> lastname
traits.title -> jobtitle (when it is empty, send empty)
traits.name -> firstname + " " + lastname (one space between them)
Copies without any change, only the userId is in lower case.

AC:
Given email "Priya.Raman@Northwind.io" Then userId "priya.raman@northwind.io"
Given firstname "Kenji" and lastname "Tanaka" Then traits.name "Kenji Tanaka\"""",
      extended(HS, hs(email="Rafaela.Dias@Bankly.com.br", firstname="Rafaela", lastname="Dias", jobtitle="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h117-22-seg-company-traits", H, S, """\
Summary: Segment - company object in traits

Description
In the identify call (userId = email of HubSpot, without change) fill the company object inside traits:
- traits.company.name = company; when it is empty, put "Individual"
- traits.company.industry = industry; when it is empty, do not send this key
- traits.company.employee_count = numemployees as integer number; when it is empty, do not send this key""",
      extended(HS, hs(email="diego.alencar@moneyup.com.br", company="", industry="", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h117-23-seg-address-phone", H, S, """\
Summary: Segment - address and phone traits

Description:
userId = email (as it is).
traits.address must be an object with:
  street <- address
  city <- city
  state <- state (when state is empty, do not send state)
  postalCode <- zip
  country <- country
traits.phone <- phone in E.164 (US +1 if there is no +; with + maintain the code). In case phone is empty,
use mobilephone (same format). In case both are empty, traits.phone must not be sent.

Acceptance criteria:
[ ] contact from France (state empty) -> address without state
[ ] contact with phone and mobilephone empty -> no traits.phone""",
      extended(HS, hs(email="eduardo.pinto@recebix.com.br", address="Av Paulista 1000", city="São Paulo", state="SP",
                      zip="01310-100", country="Brazil", phone="", mobilephone="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h117-24-seg-normalized-userid", H, S, """\
Summary: Segment userId normalized + unsubscribed trait + revenue

Description:
- userId: email without spaces at the start/end and in lower case (we have emails like " Marcos.Vieira@Zapay.com.br ")
- traits.firstName: firstname copied
- traits.unsubscribed: boolean, true when hs_email_optout = "true", false when "false". When
  hs_email_optout is empty, consider false.
- traits.annualRevenue: annualrevenue as number (not text). Empty -> don't send the trait.

AC:
Given annualrevenue "2500000.75" Then traits.annualRevenue = 2500000.75
Given annualrevenue "" Then no traits.annualRevenue""",
      extended(HS, hs(email=" Marcos.Vieira@Zapay.com.br ", firstname="Marcos", hs_email_optout="",
                      annualrevenue="")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h117-25-ga4-contact-sync-event", H, G, """\
Summary: GA4 event for each contact synced from HubSpot

Description:
For each HubSpot contact send one event to GA4 (Measurement Protocol):
- client_id = email of the contact (copy)
- event name: "crm_contact_sync" (fixed)
- params.platform: "hubspot" (fixed)
- params.industry: industry in lower case. If industry is empty, send empty string "".
- params.created_date: createdate, only the date, format YYYY-MM-DD

AC:
Given industry "Software" Then params.industry = "software"
Given createdate "2023-03-14T15:02:11.000Z" Then params.created_date = "2023-03-14\"""",
      extended(HS, hs(email="paula.ventura@carteirax.com.br", industry="FINANCIAL SERVICES",
                      createdate="2024-08-21T12:10:00.000Z")))
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"platform": "hubspot", "industry": r["industry"].lower(),
                                   "created_date": day(r["createdate"])}}]}


@case("h117-26-ga4-high-value-lead", H, G, """\
Summary: GA4 "high_value_lead" event

Description:
Send to GA4 only the contacts with annualrevenue greater than 1000000. The contacts with empty
annualrevenue are not sent.
Event:
- client_id: the part of the email before the @
- name: high_value_lead
- params.value: annualrevenue as number
- params.currency: "USD\"""",
      extended(lower_emails(HS), hs(email="rita.assis@lendbr.com.br", annualrevenue="3200000.5"),
               hs(email="joana.paiva@microcred.com.br", annualrevenue="450000")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h117-27-ga4-event-by-stage", H, G, """\
Summary: GA4 - event name depends on the lifecycle stage

Description:
client_id must receive the email of the contact.
Event name:
  when lifecyclestage = customer -> "customer_synced"
  all the other stages -> "lead_synced"
params.source receives hs_analytics_source; in case it is empty, put "UNKNOWN".
params.stage receives lifecyclestage as it is.""",
      extended(HS))
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_synced" if r["lifecyclestage"] == "customer" else "lead_synced",
                        "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN"),
                                   "stage": r["lifecyclestage"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h117-28-lead-to-hs-copy", L, H, """\
Summary: Salesforce Leads -> HubSpot contacts (simple copy)

Description:
Copy the Lead fields to the HubSpot contact, no transformation:
Email -> email (key)
FirstName -> firstname
LastName -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
When the Lead field is empty, HubSpot receives empty string (we want to clean the value in HubSpot also).""",
      extended(SFL))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


_STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h117-29-lead-status-optout", L, H, """\
Summary: Lead Status -> HubSpot Lead Status + email opt-out

Description:
hs_lead_status of HubSpot must receive according to the Status of the Lead:
Open - Not Contacted => NEW
Working - Contacted => IN_PROGRESS
Closed - Converted => CONNECTED
Closed - Not Converted => UNQUALIFIED
hs_email_optout must receive the text "true" when HasOptedOutOfEmail is true and the text "false" when it is
false (the HubSpot property is text here, not boolean).
email = Email.""",
      extended(SFL))
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h117-30-lead-rating-lifecycle", L, H, """\
Summary: HubSpot lifecycle stage from the Lead Rating

Description
- email: Email of the Lead in lower case (key)
- lifecyclestage according to Rating:
   Hot -> salesqualifiedlead
   Warm -> marketingqualifiedlead
   Cold -> lead
- annualrevenue: AnnualRevenue as a number. In case it is empty, don't send annualrevenue.""",
      extended(SFL, sfl(Email="Marina.Teixeira@Cobre.com.br", Rating="Warm", AnnualRevenue="950000.5")))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h117-31-lead-uk-only", L, H, """\
Summary: UK leads to HubSpot (London office)

Description:
Only Leads with Country "United Kingdom" must be synced to HubSpot. All the others, ignore.
- email = Email
- phone = Phone in E.164 with the UK code (+44). Remove the 0 in the beginning (020 7946 0321 -> +442079460321).
  If the number already starts with +, maintain it (only the + and the digits).
- lastname = LastName in capital letters
- jobtitle = Title; when it is empty, put "Not informed"

AC
[ ] Lead from United States -> not sent
[ ] UK Lead without Title -> jobtitle "Not informed\"""",
      extended(SFL, sfl(Email="olivia.hart@thamespay.co.uk", FirstName="Olivia", LastName="Hart", Company="ThamesPay",
                        Title="", Phone="07700 900123", City="Bristol", Country="United Kingdom"),
               sfl(Email="raj.mehta@northfin.co.uk", FirstName="Raj", LastName="Mehta", Company="NorthFin",
                   Title="Head of Risk", Phone="+44 161 555 0144", City="Manchester", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "lastname": r["LastName"].upper(),
            "jobtitle": dflt(r["Title"], "Not informed")}


@case("h117-32-lead-exclude-closed-address", L, H, """\
Summary: Leads "Closed - Not Converted" must not go to HubSpot

Description:
Leads with Status "Closed - Not Converted" must not be sent.
For the others:
- email <- Email
- jobtitle <- Title; when it is empty -> "No title"
- address <- Street + ", " + City (ex: "200 Lake St, Chicago"). In case Street is empty, address receives
  only the City, without the comma.""",
      extended(SFL, sfl(Email="camila.rocha@trocofacil.com.br", Street="", City="Curitiba", Title="",
                        Status="Working - Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "No title"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h117-33-sfc-mc-status-tags", C, M, """\
Summary: Salesforce Contacts -> Mailchimp, status and tags

Description:
- email_address: Email in lower case
- status: "unsubscribed" when HasOptedOutOfEmail is true, "subscribed" when it is false
- tags: all the members receive the tag "Salesforce". When LeadSource is "Trade Show", add also the tag
  "Trade Show" (after "Salesforce").

AC:
Given LeadSource "Trade Show" Then tags = ["Salesforce", "Trade Show"]
Given LeadSource "Web" Then tags = ["Salesforce"]""",
      extended(SFC))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


_LANG34 = {"Germany": "de", "Austria": "de", "United States": "en", "Brazil": "pt"}


@case("h117-34-sfc-mc-language", C, M, """\
Summary: Mailchimp - contacts without lead source are not synced; language by country

Description
The Contacts with LeadSource empty must not be sent to Mailchimp.
For the others:
- email_address = Email (as it is)
- merge_fields.PHONE = Phone in E.164. US number by default (+1); if it starts with + maintain its
  country code.
- language according to MailingCountry:
    Germany -> de
    Austria -> de
    United States -> en
    Brazil -> pt""",
      extended(SFC, sfc(Email="leticia.farias@kashin.com.br", FirstName="Letícia", LastName="Farias",
                        Phone="+55 11 95555 0101", MailingCity="São Paulo", MailingCountry="Brazil", LeadSource="Web"),
               sfc(Email="mark.dolan@ledgerly.com", FirstName="Mark", LastName="Dolan", Phone="(646) 555-0111",
                   MailingCity="New York", MailingCountry="United States", LeadSource="Partner")))
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _LANG34[r["MailingCountry"]]}


@case("h117-35-sfc-mc-fname-vip", C, M, """\
Summary: Mailchimp FNAME default + VIP for the Sales department

Description:
email_address = Email. merge_fields.LNAME = LastName (copy).
merge_fields.FNAME = FirstName; when it is empty, put "Cliente" (our newsletters start with "Olá, *|FNAME|*").
vip: true when Department is exactly "Sales", false for any other department and also when Department is empty.
status: "subscribed" for all.""",
      extended(SFC, sfc(Email="contato@lojadoze.com.br", FirstName="", LastName="Doze", Department="Sales")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"], "FNAME": dflt(r["FirstName"], "Cliente")},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h117-36-sfc-mc-clear-tags", C, M, """\
Summary: Clean the tags of Salesforce contacts in Mailchimp

Description:
Only Contacts with HasOptedOutOfEmail = false are synced.
- email_address <- Email
- merge_fields.FNAME <- FirstName
- merge_fields.LNAME <- LastName
- status <- "subscribed"
- language <- "en"
- tags <- empty list (we want to remove the old tags, so send [] )

AC: [ ] contact with HasOptedOutOfEmail true -> not sent""",
      extended(SFC))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h117-37-sfc-seg-identify", C, S, """\
Summary: Segment identify for Salesforce Contacts

Description:
userId must receive the Email in lower case.
traits.email = Email without change, traits.firstName = FirstName, traits.lastName = LastName.
traits.title = Title, but when Title is empty do not send traits.title.""",
      extended(SFC))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h117-38-sfc-seg-address", C, S, """\
Summary: Segment address from the Mailing fields

Description:
userId = Email.
traits.address.city = MailingCity without the spaces in the beginning and in the end.
traits.address.country = MailingCountry; when it is empty, put "Not informed".

AC
Given MailingCity "  Campinas " Then city = "Campinas"
Given MailingCountry empty Then country = "Not informed\"""",
      extended(SFC, sfc(Email="andre.queiroz@cashly.com.br", MailingCity="  Campinas ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Not informed")}}}


_CHAN39 = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partners"}


@case("h117-39-sfc-seg-phone-name-channel", C, S, """\
Summary: Segment - phone, full name and acquisition channel

Description:
userId <- Email
traits.phone <- Phone in E.164 (+1 for the numbers without +, the ones with + maintain the code)
traits.name <- FirstName + " " + LastName
traits.acquisition_channel <- according to LeadSource:
   Web -> inbound
   Trade Show -> events
   Partner Referral -> partners
   any other value, or empty -> other""",
      extended(SFC, sfc(Email="bianca.motta@investfacil.com.br", FirstName="Bianca", LastName="Motta",
                        Phone="+55 21 95555 0177", LeadSource="Advertisement")))
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                       "acquisition_channel": _CHAN39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h117-40-mc-hs-names-optout", M, H, """\
Summary: Mailchimp members -> HubSpot contacts

Description:
- email <- email_address (key)
- firstname <- merge_fields.FNAME in title case
- lastname <- merge_fields.LNAME in title case; in case LNAME is empty, don't send lastname
- company <- merge_fields.COMPANY; when it is empty, put "Not informed"
- hs_email_optout <- the text "true" when status is unsubscribed, and the text "false" for any other status

AC
[ ] FNAME "liam", LNAME "WALSH" -> "Liam" / "Walsh"
[ ] status cleaned -> hs_email_optout "false\"""",
      extended(MC))
def o40(r: R) -> Out:
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "Not informed"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h117-41-mc-hs-exclude-cleaned", M, H, """\
Summary: Mailchimp -> HubSpot: ignore cleaned, phone E.164, VIP as customer

Description:
Members with status "cleaned" must not be sent to HubSpot.
- email = email_address
- firstname = FNAME, lastname = LNAME (copy, as they are)
- phone = PHONE in E.164 (US +1 by default; numbers with + maintain their code). When PHONE is empty,
  don't send phone.
- lifecyclestage = "customer" when vip is true; when vip is false = "lead\"""",
      extended(MC, mc({"FNAME": "Renan", "LNAME": "Guedes", "PHONE": "212.555.0163", "COMPANY": "Guedes Câmbio"},
                      email_address="renan.guedes@guedescambio.com.br", vip=True, tags=[])))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "lastname": m["LNAME"],
                 "phone": omit_if_blank(m["PHONE"], e164), "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h117-42-mc-hs-firstword-domain-tag", M, H, """\
Summary: Mailchimp -> HubSpot: first name, company and stage by tag

Description:
- email <- email_address
- firstname <- only the first word of FNAME (ex: "Ana Clara" -> "Ana")
- company <- COMPANY; in case it is empty, the domain of the email (the part after the @)
- lifecyclestage <- "customer" when the member has the tag "Customer", otherwise "subscriber\"""",
      extended(MC, mc({"FNAME": "Ana Clara", "LNAME": "Brito", "COMPANY": ""}, email_address="ana.brito@vivacred.com.br",
                      tags=["Webinar", "Customer"])))
def o42(r: R) -> Out:
    m = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(m["FNAME"]),
            "company": first_filled(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set117")
