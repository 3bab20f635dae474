"""Held-out set 123 for the offline mapping drafter.

Persona: Khalid Al-Mansoori, CRM lead at a real-estate developer in Dubai, Arabic first
language, writing WhatsApp messages to the integration contractor. His English is
Arabic-shaped: he drops articles ("put in Lead field Company"), says "same like", "if it is
not there", "don't bring", "take it from", "in case of empty", sometimes puts the rule before
the field ("if empty then Unknown — for Company"), separates items with the Arabic comma
("first، second"), lets voice-to-text run sentences together without punctuation, now and then
starts lines with a tick, and drops an "inshallah", "yalla" or (rarely) "habibi". He knows
the UI labels (First Name, Company Name, Lead Status) better than the API names and mixes
both. Every rule the expected records need is still stated in his words.

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


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h123-01-copy-with-web-source", H, L, """Hi habibi, for HubSpot contact to Salesforce Lead please
✅ Email -> Email
✅ First Name، Last Name same like they are -> FirstName، LastName
✅ Company Name put in Lead field Company
✅ Job Title -> Title
if any of these is empty in HubSpot just send it empty like that no default nothing
✅ Lead Source always Web for all of them""",
      extended(HS,
               hs(email="omar.haddad@emaar-test.ae", firstname="", lastname="Haddad", jobtitle="  "),
               hs(email="reem.saleh@damac-test.ae", firstname="Reem", lastname="Saleh", company="")))
def o01(r):
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h123-02-unknown-company-trim-first", H, L, """Salam, mapping HubSpot contacts into SF Lead:
Email take it from Email as it is
First Name -> FirstName but remove the spaces from start and end, sales team type with space sometimes
Last Name -> LastName as it is
City -> City as it is
if empty then Unknown — for Company (take it from Company Name, if it is there copy as it is)
if empty then Staff — for Title (take it from Job Title, if it is there copy as it is)
empty mean also only spaces inshallah clear""",
      extended(HS,
               hs(email="khalid.test@aldar-demo.ae", firstname="  Khalid ", company="   "),
               hs(email="noura.f@meraas-demo.ae", firstname="Noura  ", jobtitle="")))
def o02(r):
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "City": r["city"], "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Staff")}


@case("h123-03-phone-chain-title-names", H, L, """HubSpot -> Lead
Email to Email normal
First Name and Last Name put in FirstName and LastName but make it title case first letter capital rest small for each word our agents type GARCIA or maria all styles
for Phone take it from Phone Number if it is not there take Mobile Phone Number if also not there don't bring Phone field at all leave it out
no formatting on the phone just like it is""",
      extended(HS,
               hs(email="yousef.n@sobha-demo.ae", firstname="YOUSEF", lastname="nasser", phone="", mobilephone=""),
               hs(email="hessa.k@nakheel-demo.ae", firstname="hessa", lastname="KHALIFA", phone="  ",
                  mobilephone="050 123 4567")))
def o03(r):
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h123-04-source-table-lower-email", H, L, """✅ Email -> Email all small letters (lowercase)
✅ Last Name -> LastName as is
✅ Lead Source from Original Source with this table
ORGANIC_SEARCH (organic search) = Web
PAID_SEARCH = Advertisement
REFERRALS = External Referral
anything else، or Original Source is empty = Other""",
      extended(HS,
               hs(email="Sara.Ali@Damac-Test.ae", lastname="Ali", hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="FAISAL.O@Emaar-Test.AE", lastname="Obaid", hs_analytics_source="   ")))
def o04(r):
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h123-05-skip-customers-and-unsubs", H, L, """yalla next one HubSpot to Lead
don't bring contacts where Lifecycle Stage is customer they are already buyers in Salesforce
also don't bring contacts where Unsubscribed from all email is true — if this field is empty it's ok bring them
for the rest: Email، First Name، Last Name، Company Name copy same like to Email، FirstName، LastName، Company
Status (Lead Status) fix value Open - Not Contacted for all""",
      extended(HS,
               hs(email="ali.r@azizi-demo.ae", lifecyclestage="customer", hs_email_optout="false"),
               hs(email="mona.s@azizi-demo.ae", lifecyclestage="lead", hs_email_optout="true"),
               hs(email="tariq.b@azizi-demo.ae", lifecyclestage="opportunity", hs_email_optout="", company="")))
def o05(r):
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h123-06-rating-by-revenue-employees", H, L, """HubSpot contact to Lead, for Rating
if Annual Revenue more than 5,000,000 then Hot
if less than 1,000,000 then Cold
between them or Annual Revenue empty then Warm
Number of Employees put in Employees (NumberOfEmployees) as whole number in case of empty don't send Employees field
and Email to Email same like""",
      extended(HS,
               hs(email="rashid.m@binghatti-demo.ae", annualrevenue="5000000.5", numemployees="75"),
               hs(email="layla.h@binghatti-demo.ae", annualrevenue="999999", numemployees="  ")))
def o06(r):
    v = rev(r)
    if v is not None and v > 5_000_000:
        rating = "Hot"
    elif v is not None and v < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(num(x)))})


@case("h123-07-us-phone-title-city", H, L, """Khalid here. HubSpot -> Lead:
Phone Number to Phone in international format like US numbers +1 (E.164) if number already start with + keep its own country code. in case of empty Phone Number leave Phone out dont send it
City and Last Name title case (first letter of each word capital rest small) City -> City، Last Name -> LastName""",
      extended(HS,
               hs(email="salem.j@ellington-demo.ae", lastname="JABER", city="abu dhabi", phone="  "),
               hs(email="dana.q@ellington-demo.ae", lastname="qasim", city="NEW YORK", phone="1 415 555 0100")))
def o07(r):
    return keep({"Email": r["email"], "LastName": title(r["lastname"]), "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h123-08-us-only-upper-created-note", H, L, """only bring contacts where Country/Region is United States exactly، others skip them
Email -> Email
Last Name -> LastName in CAPITAL all upper case
Description = text Created in HubSpot on then the create date (Create Date only date YYYY-MM-DD no time)
so example Created in HubSpot on 2023-03-14""",
      extended(HS,
               hs(email="majid.k@select-demo.ae", lastname="al mansoori", country="United States",
                  createdate="2024-02-11T12:30:00.000Z"),
               hs(email="huda.z@select-demo.ae", country="United Arab Emirates")))
def o08(r):
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h123-09-mailing-address-copies", H, C, """HubSpot contacts into Salesforce Contact (not Lead this time)
Email، First Name، Last Name -> Email، FirstName، LastName
address all go in Mailing fields:
Street Address -> MailingStreet
City -> MailingCity
State/Region -> MailingState
Postal Code -> MailingPostalCode
Country/Region -> MailingCountry
copy all same like if something is empty send it empty no problem""",
      extended(HS,
               hs(email="fatima.a@dubaihills-demo.ae", address="Villa 7 Street 3", city="Dubai", state="",
                  zip="", country="United Arab Emirates")))
def o09(r):
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h123-10-optout-and-donotcall-flags", H, C, """HubSpot -> SF Contact
✅ Email -> Email
✅ Last Name -> LastName
✅ Email Opt Out (HasOptedOutOfEmail) = true if Unsubscribed from all email is "true" otherwise false — also false when it is empty
✅ Do Not Call = true when contact has no Phone Number (empty) if Phone Number is there then false""",
      extended(HS,
               hs(email="bader.s@emaar-demo.ae", phone="   ", hs_email_optout=""),
               hs(email="amal.t@emaar-demo.ae", phone="", hs_email_optout="true")))
def o10(r):
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h123-11-firstname-from-email-dept-chain", H, C, """For Contact:
Email -> Email as it is
FirstName take it from First Name if it is not there take part of email before @ (like ahmed.k from ahmed.k@x.com)
Department take it from Industry، if it is not there take Job Title، if also not there write General
Last Name -> LastName""",
      extended(lower_emails(HS),
               hs(email="fatima.k@nakheel-demo.ae", firstname="", industry="", jobtitle="Broker"),
               hs(email="saeed.m@nakheel-demo.ae", firstname="  ", industry=" ", jobtitle="")))
def o11(r):
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Department": first_filled(r["industry"], r["jobtitle"], "General"), "LastName": r["lastname"]}


@case("h123-12-stage-note-upper-state", H, C, """HubSpot to Contact
Description depends on Lifecycle Stage:
subscriber => Newsletter
lead => New enquiry
marketingqualifiedlead => Marketing qualified
salesqualifiedlead => Sales qualified
customer => Buyer
State/Region -> MailingState capital letters، in case of empty don't bring MailingState""",
      extended(HS,
               hs(email="rana.y@damac-demo.ae", lifecyclestage="lead", state="dxb"),
               hs(email="hamad.o@damac-demo.ae", lifecyclestage="customer", state=" ")))
def o12(r):
    table = {"subscriber": "Newsletter", "lead": "New enquiry", "marketingqualifiedlead": "Marketing qualified",
             "salesqualifiedlead": "Sales qualified", "customer": "Buyer"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h123-13-subscribed-only-phone-fallback", H, C, """only contacts where Unsubscribed from all email is false — if it is empty or true don't bring the contact
Email -> Email lowercase
Phone take from Phone Number if it is not there take from Mobile Phone Number
Lead Source always Web
Last Name -> LastName""",
      extended(HS,
               hs(email="Yousef.Ahmed@Aldar-Test.ae", lastname="Ahmed", hs_email_optout="false", phone="",
                  mobilephone="050 555 1234"),
               hs(email="nadia.r@aldar-test.ae", hs_email_optout=""),
               hs(email="omar.f@aldar-test.ae", hs_email_optout="true")))
def o13(r):
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "LeadSource": "Web", "LastName": r["lastname"]}


@case("h123-14-trim-title-source-table", H, C, """Contact mapping please
✅ Job Title -> Title just remove extra spaces at beginning and end
✅ First Name، Last Name -> FirstName، LastName in title case (capital first letter each word rest small)
✅ Lead Source from Original Source:
ORGANIC_SEARCH -> Web
PAID_SEARCH or PAID_SOCIAL -> Advertisement
REFERRALS -> External Referral
anything else also empty -> Other
email to Email same""",
      extended(HS,
               hs(email="ahmed.q@meraas-demo.ae", jobtitle="  Leasing Manager ", firstname="ahmed",
                  lastname="QASSIMI", hs_analytics_source="OFFLINE")))
def o14(r):
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h123-15-language-default-en", H, M, """HubSpot to Mailchimp audience:
Email -> Email Address (email_address)
First Name -> FNAME، Last Name -> LNAME same like
Subscription status always subscribed
Language take from Preferred language if it is not there (many contacts don't have this field at all) or empty then en""",
      extended(HS,
               hs(email="mariam.k@sobha-demo.ae", hs_language="ar"),
               hs(email="zayed.h@sobha-demo.ae", hs_language="")))
def o15(r):
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h123-16-three-way-status-launch-tag", H, M, """✅ email to Email Address
✅ Status (subscription): if Unsubscribed from all email is true -> unsubscribed، if false -> subscribed، if it is empty -> pending
✅ tag Dubai Hills Launch on every member، only this one tag""",
      extended(HS, hs(email="khalifa.r@emaar-demo.ae", hs_email_optout="  ")))
def o16(r):
    opt = r["hs_email_optout"]
    status = "pending" if blank(opt) else ("unsubscribed" if opt == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Dubai Hills Launch"]}


@case("h123-17-tags-high-value-customer", H, M, """Mailchimp tags from HubSpot:
put tag High Value when Annual Revenue more than 3,000,000 (empty revenue no tag)
put tag Customer when Lifecycle Stage = customer
if both then High Value first then Customer، if none of them then empty tags list
also Email -> email_address and First Name -> FNAME""",
      extended(HS,
               hs(email="sultan.a@aldar-demo.ae", annualrevenue="7500000", lifecyclestage="customer"),
               hs(email="jumana.f@aldar-demo.ae", annualrevenue="", lifecyclestage="customer")))
def o17(r):
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h123-18-first-name-word-phone-e164", H, M, """HubSpot → Mailchimp
Email to email_address
FNAME = only first word of First Name (some people have 2 names like Mohammed Rashid we want Mohammed)
LNAME = Last Name as it is
PHONE = Phone Number in E.164 US style (+1...) if number start with + keep it like that; if Phone Number is empty take Mobile Phone Number instead with same formatting""",
      extended(HS,
               hs(email="mohammed.r@ellington-demo.ae", firstname="Mohammed Rashid", phone="",
                  mobilephone="212 555 0100"),
               hs(email="layla.s@ellington-demo.ae", firstname="Layla", phone="1-646-555-0101")))
def o18(r):
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h123-19-skip-no-company-vip-customer", H, M, """don't bring contacts with empty Company Name، skip them
others to Mailchimp:
status fix subscribed
VIP = yes (true) when Lifecycle Stage is customer otherwise false""",
      extended(HS,
               hs(email="hind.m@azizi-demo.ae", company="  "),
               hs(email="fahad.n@azizi-demo.ae", company="Palm View Holdings", lifecyclestage="customer")))
def o19(r):
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h123-20-title-fname-domain-lname-vip", H, M, """yalla Mailchimp one more
email to email_address
FNAME = First Name in title case
LNAME = Last Name as it is، in case of empty take part after @ of the email (the domain) instead
VIP true when Annual Revenue more than 2,000,000 if less or empty then false""",
      extended(lower_emails(HS),
               hs(email="info@sobha-test.ae", firstname="SALMA", lastname="", annualrevenue="2100000"),
               hs(email="sales@binghatti-test.ae", firstname="tamer", lastname=" ", annualrevenue="")))
def o20(r):
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": dflt(r["lastname"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h123-21-lower-userid-full-name", H, S, """HubSpot -> Segment identify
userId = email but all lowercase
traits.firstName = First Name، traits.lastName = Last Name، traits.title = Job Title — copy same like
traits.name = First Name + space + Last Name together (like Priya Raman)""",
      extended(HS, hs(email="Abdulla.Saif@Meraas-Demo.AE", firstname="Abdulla", lastname="Saif", jobtitle="")))
def o21(r):
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h123-22-company-traits-independent", H, S, """Segment identify from HubSpot contact
userId = Email as it is
company inside traits (traits.company):
- name from Company Name، if empty then Independent
- industry from Industry، in case of empty don't send industry
- employee_count from Number of Employees as whole number، in case of empty leave it out""",
      extended(HS,
               hs(email="obaid.k@nakheel-demo.ae", company="", industry="", numemployees=""),
               hs(email="shamma.a@nakheel-demo.ae", company="Creek Towers", industry=" ", numemployees="320")))
def o22(r):
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(num(x)))}}})


@case("h123-23-address-and-phone-fallback", H, S, """userId -> Email as is
traits.address (nested):
street = Street Address، city = City، postalCode = Postal Code، country = Country/Region copy as is
state = State/Region but if empty don't put state
traits.phone = Phone Number in E.164 (US default +1، number with + keep its code) if it is not there take Mobile Phone Number same format، if both empty no phone trait at all""",
      extended(HS,
               hs(email="hamdan.b@select-demo.ae", phone="", mobilephone="", state=""),
               hs(email="alia.r@select-demo.ae", phone=" ", mobilephone="+971 50 123 4567")))
def o23(r):
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h123-24-clean-userid-optout-revenue", H, S, """userId = Email remove spaces before and after and make it lowercase
traits.firstName = First Name same
traits.unsubscribed = true if Unsubscribed from all email is "true" else false (empty also false)
traits.annual_revenue = Annual Revenue as number، if empty don't send it""",
      extended(HS,
               hs(email="  Rashed.Obaid@Emaar-Demo.ae ", hs_email_optout="", annualrevenue=""),
               hs(email="maha.s@emaar-demo.ae  ", hs_email_optout="true", annualrevenue="350000.5")))
def o24(r):
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h123-25-ga4-generate-lead", H, G, """HubSpot → GA4 event
client_id = Email as it is
event name always generate_lead
params:
source = hubspot (fix value)
job_title = Job Title copy
industry = Industry in small letters، if Industry empty send empty value "" don't skip it
signup_date = Create Date only the date YYYY-MM-DD""",
      extended(HS, hs(email="wafa.j@aldar-demo.ae", industry="REAL ESTATE", createdate="2024-03-03T12:00:00.000Z")))
def o25(r):
    return {"client_id": r["email"],
            "events": [{"name": "generate_lead",
                        "params": {"source": "hubspot", "job_title": r["jobtitle"],
                                   "industry": r["industry"].lower(), "signup_date": day(r["createdate"])}}]}


@case("h123-26-ga4-qualified-revenue", H, G, """GA4 again only contacts with Annual Revenue more than 1,000,000 — empty revenue don't send event
client_id = part of email before @
event name qualified_lead
params value = Annual Revenue as number، params currency = AED always""",
      extended(lower_emails(HS),
               hs(email="omar.s@binghatti-test.ae", annualrevenue="1500000.5"),
               hs(email="nour.h@binghatti-test.ae", annualrevenue="  ")))
def o26(r):
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_lead", "params": {"value": num(r["annualrevenue"]), "currency": "AED"}}]}


@case("h123-27-ga4-customer-or-lead-event", H, G, """event name: if Lifecycle Stage is customer then customer_update otherwise lead_update
client_id = Email
params company = Company Name، in case of empty Unknown
params city = City copy""",
      extended(HS, hs(email="saif.d@damac-demo.ae", lifecyclestage="customer", company="Marina Gate Owners")))
def o27(r):
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"company": dflt(r["company"], "Unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h123-28-lead-back-copies", L, H, """Salesforce Lead back to HubSpot contact
Email -> Email
First Name -> First Name
Last Name -> Last Name
Company -> Company Name
Title -> Job Title
Phone -> Phone Number
City -> City
all copy same like if empty in SF then empty in HubSpot don't fill anything""",
      extended(SFL, sfl(Email="waleed.h@select-demo.ae", FirstName="", Company="", City="")))
def o28(r):
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h123-29-status-table-optout-text", L, H, """Lead → HubSpot
Lead Status (Status) to HubSpot Lead Status (hs_lead_status):
Open - Not Contacted = NEW
Working - Contacted = IN_PROGRESS
Closed - Converted = OPEN_DEAL
Closed - Not Converted = UNQUALIFIED
Email Opt Out -> Unsubscribed from all email as text "true" or "false"
email -> email""",
      extended(SFL, sfl(Email="ghada.m@meraas-demo.ae", Status="Working - Contacted", HasOptedOutOfEmail=True)))
def o29(r):
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"hs_lead_status": table[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h123-30-rating-stage-revenue", L, H, """Rating to Lifecycle Stage:
Hot → salesqualifiedlead، Warm → marketingqualifiedlead، Cold → lead
Annual Revenue -> Annual Revenue as number if empty leave it out
Email -> email small letters""",
      extended(SFL,
               sfl(Email="Reem.Haddad@Meraas-Test.ae", Rating="Cold", AnnualRevenue="725000.25"),
               sfl(Email="ZAINAB.K@Meraas-Test.AE", Rating="Warm", AnnualRevenue=" ")))
def o30(r):
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"lifecyclestage": table[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h123-31-uk-only-phone-postcode", L, H, """only UK leads please (Country = United Kingdom) others don't bring
email -> email
Phone -> Phone Number in E.164 UK: remove first 0 and put +44، if it already starts with + keep it
Zip/Postal Code -> Postal Code CAPITAL letters
Title -> Job Title، if empty then Not given""",
      extended(SFL,
               sfl(Email="james.p@harbour-demo.co.uk", Country="United Kingdom", Phone="07700 900123",
                   PostalCode="ec1a 1bb", Title=""),
               sfl(Email="aisha.k@harbour-demo.co.uk", Country="United Kingdom", Phone="+44 20 7946 0000",
                   PostalCode="w1k 2aa", Title="Broker")))
def o31(r):
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not given")}


@case("h123-32-skip-converted-city-country", L, H, """don't bring leads with Status Closed - Converted
Email to email، LastName to Last Name
Title -> Job Title in case of empty Unknown
City: Lead City + comma + space + Country (like Chicago, United States) — if Country is empty then only City without comma""",
      extended(SFL,
               sfl(Email="mansour.t@emaar-demo.ae", City="Dubai", Country="United Arab Emirates", Title=""),
               sfl(Email="dalia.f@emaar-demo.ae", City="Sharjah", Country="  ")))
def o32(r):
    if r["Status"] == "Closed - Converted":
        return None
    city = r["City"] if blank(r["Country"]) else r["City"] + ", " + r["Country"]
    return {"email": r["Email"], "lastname": r["LastName"], "jobtitle": dflt(r["Title"], "Unknown"), "city": city}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h123-33-optout-status-event-tag", C, M, """SF Contact → Mailchimp
email -> email_address lower case
status: Email Opt Out true → unsubscribed، false → subscribed
tags: always SF Contact، and add Events tag if Lead Source is Trade Show (SF Contact first then Events)""",
      extended(SFC, sfc(Email="Noor.Hamad@Sobha-Demo.AE", HasOptedOutOfEmail=True, LeadSource="Trade Show")))
def o33(r):
    tags = ["SF Contact"]
    if r["LeadSource"] == "Trade Show":
        tags.append("Events")
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h123-34-phone-required-language-table", C, M, """don't bring contacts with no Business Phone (empty)
email -> email_address
PHONE = Business Phone E.164 US format (+1) and numbers with + keep as they are
language from Mailing Country:
Germany → de
Austria → de
United States → en
United Arab Emirates → ar""",
      extended(SFC,
               sfc(Email="hazza.m@aldar-demo.ae", Phone="", MailingCountry="United Arab Emirates"),
               sfc(Email="sheikha.r@aldar-demo.ae", Phone="+971 4 555 0123", MailingCountry="United Arab Emirates")))
def o34(r):
    if blank(r["Phone"]):
        return None
    table = {"Germany": "de", "Austria": "de", "United States": "en", "United Arab Emirates": "ar"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": table[r["MailingCountry"]]}


@case("h123-35-friend-default-sales-vip", C, M, """✅ FNAME ← First Name، if empty then Friend
✅ LNAME ← Last Name copy
✅ VIP true only when Department = Sales، other departments or empty → false
✅ status always subscribed""",
      extended(SFC,
               sfc(Email="yara.b@damac-demo.ae", FirstName="", Department="Sales"),
               sfc(Email="kareem.l@damac-demo.ae", FirstName="  ", Department="")))
def o35(r):
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h123-36-web-only-pending-no-tags", C, M, """only Contacts with Lead Source = Web
Email، First Name، Last Name → email_address، FNAME، LNAME copy
status pending (double opt in) for all، language en for all
tags empty list [] don't put any tag""",
      extended(SFC,
               sfc(Email="hamdan.r@select-test.ae", FirstName="Hamdan", LastName="Rashid", LeadSource="Web"),
               sfc(Email="lubna.k@select-test.ae", LeadSource="")))
def o36(r):
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h123-37-lower-userid-title-omit", C, S, """Contact → Segment
userId = Email lowercase
traits.email = Email as it is (don't lower this one)
traits.firstName، traits.lastName copy from First Name، Last Name
traits.title = Title، if Title empty don't send title""",
      extended(SFC, sfc(Email="Mahra.Saeed@Emaar-Demo.ae", Title="  ")))
def o37(r):
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h123-38-address-trim-uae-default", C, S, """userId = Email as is
traits.address.city = Mailing City remove spaces at start and end
traits.address.country = Mailing Country، in case of empty United Arab Emirates""",
      extended(SFC,
               sfc(Email="rashid.a@nakheel-demo.ae", MailingCity="  Dubai ", MailingCountry=""),
               sfc(Email="hala.j@nakheel-demo.ae", MailingCity="Al Ain", MailingCountry=" ")))
def o38(r):
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "United Arab Emirates")}}}


@case("h123-39-phone-name-channel", C, S, """userId = Email
traits.phone = Business Phone in E.164 US (+1 if no country code، numbers with + keep)
traits.name = First Name + " " + Last Name
traits.channel from Lead Source: Web → online، Trade Show → event، anything else or empty → other""",
      extended(SFC, sfc(Email="tamim.k@meraas-demo.ae", FirstName="Tamim", LastName="Kazim", LeadSource="Partner",
                        Phone="1 (503) 555-0160")))
def o39(r):
    channel = {"Web": "online", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"], "channel": channel}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h123-40-member-back-optout-text", M, H, """Mailchimp → HubSpot
email_address → Email
First Name from FNAME title case
Last Name from LNAME، if empty Unknown
Phone Number from PHONE same like، in case of empty don't send phone
Unsubscribed from all email: text "true" if status is unsubscribed، any other status "false" as text""",
      extended(MC,
               mc({"FNAME": "MARIAM", "LNAME": "", "PHONE": "  "}, email_address="mariam.s@damac-demo.ae",
                  status="unsubscribed")))
def o40(r):
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": dflt(mf["LNAME"], "Unknown"),
                 "phone": omit_if_blank(mf["PHONE"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h123-41-skip-cleaned-vip-stage", M, H, """don't bring members with status cleaned
FNAME -> First Name، LNAME -> Last Name copy
PHONE -> Phone Number E.164 US، if empty don't send
if VIP yes then Lifecycle Stage = opportunity otherwise lead""",
      extended(MC,
               mc({"PHONE": "050-555-0101"}, email_address="obaid.r@sobha-demo.ae", status="cleaned"),
               mc({"FNAME": "Jawaher", "LNAME": "Nasser", "PHONE": "(646) 555-0177"},
                  email_address="jawaher.n@sobha-demo.ae", status="pending", vip=True)))
def o41(r):
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164), "lifecyclestage": "opportunity" if r["vip"] else "lead"})


@case("h123-42-first-word-domain-customer-tag", M, H, """email_address → Email
First Name = first word of FNAME only
Last Name = LNAME، if it is not there take part after @ of the email
Lifecycle Stage = customer if member has tag Customer otherwise subscriber""",
      extended(MC,
               mc({"FNAME": "Mohammed Saeed", "LNAME": ""}, email_address="m.saeed@ellington-test.ae",
                  tags=["VIP", "Customer"]),
               mc({"FNAME": "Shaikha", "LNAME": " "}, email_address="shaikha@select-test.ae", tags=["Customers"])))
def o42(r):
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": dflt(mf["LNAME"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set123")
