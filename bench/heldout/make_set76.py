"""Held-out set 76 for the offline mapping drafter.

Persona: a CRM specialist in Warsaw writing in Polish-influenced English: articles dropped or
misused ("Take email from contact and put to Email field"), "in case of empty" / "in case when",
"is necessary", "should be" for every rule, "the same like", "from the other side", unusual word
order now and then, some plurals off, formal courtesy at the start or the end ("Best regards").
Shapes vary: one-liners, numbered or dashed points, short paragraphs.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h76-01 .. h76-08)
  hubspot.contacts -> salesforce.Contact   6  (h76-09 .. h76-14)
  hubspot.contacts -> mailchimp.members    6  (h76-15 .. h76-20)
  hubspot.contacts -> segment.identify     4  (h76-21 .. h76-24)
  hubspot.contacts -> ga4.events           3  (h76-25 .. h76-27)
  salesforce.Lead  -> hubspot.contacts     5  (h76-28 .. h76-32)
  salesforce.Contact -> mailchimp.members  4  (h76-33 .. h76-36)
  salesforce.Contact -> segment.identify   3  (h76-37 .. h76-39)
  mailchimp.members -> hubspot.contacts    3  (h76-40 .. h76-42)

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
    rev,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = dict[str, Any] | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h76-01", H, L,
      "Dear Team,\n"
      "please prepare mapping from HubSpot contact to Salesforce Lead. Take email from contact and put to "
      "Email field, by Email we will match the leads. First name, last name, company and job title (this one "
      "to Title) should be copied without any change. LeadSource should be always 'Web'.\n"
      "Best regards",
      HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h76-02", H, L,
      "Hello,\n"
      "Email from email, it is the key for matching. Company is necessary in Salesforce, so in case of empty "
      "company put 'Unknown'. Title should be job title, in case when it is empty - 'Not provided'. City "
      "should be without spaces on beginning and end (trim). Country copy the same like it is in HubSpot.",
      extended(HS,
               hs(email="tomasz.nowak@wislatech.pl", firstname="Tomasz", lastname="Nowak", company="   ",
                  jobtitle="Sales Director", city="  Warszawa ", country="Poland"),
               hs(email="ewa.mazur@kwiatex.pl", firstname="Ewa", lastname="Mazur", company="Kwiatex",
                  jobtitle="  ", city="Gdansk  ", country="Poland")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Not provided"), "City": r["city"].strip(), "Country": r["country"]}


@case("h76-03", H, L,
      "Mapping HubSpot -> Salesforce Lead, points:\n"
      "1. Email to Email, by this field we match.\n"
      "2. Phone: take phone from contact, in case of empty take mobile phone. When both are empty, Phone "
      "field should not be sent at all.\n"
      "3. FirstName and LastName should be in title case (first letter of each word big, rest of letters "
      "small).\n"
      "Thank you in advance.",
      extended(HS,
               hs(email="anna.kowalska@example.pl", firstname="ANNA", lastname="kowalska", phone="",
                  mobilephone="  "),
               hs(email="piotr.wisniewski@example.pl", firstname="piotr jan", lastname="WISNIEWSKI",
                  phone="  ", mobilephone="+48 601 555 201")))
def _03(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": phone, "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"])})


SRC_TABLE = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}


@case("h76-04", H, L,
      "LeadSource should depend from original source in HubSpot: ORGANIC_SEARCH give 'Web', PAID_SEARCH and "
      "PAID_SOCIAL give 'Advertisement', REFERRALS give 'External Referral', EMAIL_MARKETING give 'Email'. "
      "For all other values and also in case of empty source - 'Other'. In Email field, which is the match "
      "key, should be email of contact in lower case.\n"
      "Best regards, Agnieszka",
      extended(HS,
               hs(email="Lukasz.Pawlak@Example.PL", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="marta.sowa@example.pl", hs_analytics_source="DIRECT_TRAFFIC")))
def _04(r: R) -> Out:
    return {"LeadSource": SRC_TABLE.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower()}


@case("h76-05", H, L,
      "We don't want subscribers in Salesforce, so contacts with lifecycle stage 'subscriber' should be "
      "skipped. Also skip contacts where company is empty, Salesforce is not accepting lead without company. "
      "From the other side all other contacts should go with: Email (we match by it) from email, LastName from "
      "last name, Company from company, and Status always 'Open - Not Contacted'.",
      extended(HS,
               hs(email="robert.lis@example.pl", lastname="Lis", company="  ", lifecyclestage="lead"),
               hs(email="olga.sikora@example.pl", lastname="Sikora", company="Sikora Design",
                  lifecyclestage="subscriber"),
               hs(email="pawel.dabrowski@example.pl", lastname="Dabrowski", company="Dabro Trans",
                  lifecyclestage="opportunity")))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or blank(r["company"]):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h76-06", H, L,
      "Email -> Email, match key.\n"
      "Rating depends on annual revenue: more than 5000000 is 'Hot', less than 1000000 is 'Cold', between "
      "them 'Warm'. In case of empty revenue Rating should be 'Cold'.\n"
      "NumberOfEmployees is number of employees as whole number, in case when it is empty do not send this "
      "field.",
      extended(HS, hs(email="marek.duda@vistula.pl", annualrevenue="7500000", numemployees="1200")))
def _06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1000000 else ("Hot" if v > 5000000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(num(x)))})


@case("h76-07", H, L,
      "Please map: Email = email (key for match); Phone = phone in E.164 format, numbers without + are from "
      "USA so add +1; if phone is empty then Phone is not sent; City in title case.",
      extended(HS,
               hs(email="o.kaminski@example.com", phone="   ", city="new york"),
               hs(email="laura.bell@example.com", phone="646.555.0101", city="los angeles")))
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h76-08", H, L,
      "Only contacts from United States (country = 'United States') should go to Salesforce. Email copy to "
      "Email, it is match key. State upper case. Description should be text 'HubSpot since ' and after it "
      "create date as YYYY-MM-DD, example: 'HubSpot since 2023-03-14'.\n"
      "Regards",
      extended(HS,
               hs(email="jake.miller@example.com", country="United States", state="ny",
                  createdate="2024-02-20T13:15:00.000Z"),
               hs(email="sara.lee@example.ca", country="Canada", state="on")))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "HubSpot since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h76-09", H, C,
      "Hello,\n"
      "for Salesforce Contact please map fields like below, all as is, without changes:\n"
      "- email -> Email (match key)\n"
      "- address -> MailingStreet\n"
      "- city -> MailingCity\n"
      "- state -> MailingState\n"
      "- zip -> MailingPostalCode\n"
      "- country -> MailingCountry\n"
      "Thanks and regards",
      HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h76-10", H, C,
      "Email to Email, contacts we match by it. HasOptedOutOfEmail should be true when hs_email_optout is "
      "'true'; when it is 'false' or empty, then false. DoNotCall should be true in case when contact has no "
      "phone and no mobile phone (both empty), in other case false.",
      extended(HS,
               hs(email="krzysztof.zajac@example.pl", phone="", mobilephone="", hs_email_optout="  "),
               hs(email="dorota.wrobel@example.pl", phone=" ", mobilephone="", hs_email_optout="true")))
def _10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h76-11", H, C,
      "Email from email, is matching key. FirstName copy from first name. LastName is necessary in "
      "Salesforce: take last name, in case of empty take first name, and in case when also first name is "
      "empty take the part of email before the @.",
      extended(lower_emails(HS),
               hs(email="zofia.krol@example.pl", firstname="Zofia", lastname=""),
               hs(email="biuro@piekarnia.pl", firstname="", lastname="  ")))
def _11(r: R) -> Out:
    last = r["lastname"] if not blank(r["lastname"]) else (
        r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]))
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": last}


STAGE_SRC = {"subscriber": "Email", "lead": "Web", "marketingqualifiedlead": "Web",
             "salesqualifiedlead": "Phone Inquiry", "customer": "Partner"}


@case("h76-12", H, C,
      "1) Email = email, match key\n"
      "2) LeadSource from lifecycle stage: subscriber -> Email, lead -> Web, marketingqualifiedlead -> Web, "
      "salesqualifiedlead -> Phone Inquiry, customer -> Partner\n"
      "3) Title is job title in capital letters; in case of empty job title do not send Title",
      extended(HS, hs(email="grzegorz.baran@example.pl", lifecyclestage="lead", jobtitle="   ")))
def _12(r: R) -> Out:
    return keep({"Email": r["email"], "LeadSource": STAGE_SRC[r["lifecyclestage"]],
                 "Title": omit_if_blank(r["jobtitle"], str.upper)})


@case("h76-13", H, C,
      "Only customers and evangelists (lifecycle stage 'customer' or 'evangelist') should be synchronised to "
      "Salesforce Contacts, rest of contacts ignore. Email in lower case, it is key. Phone: office phone, in "
      "case of empty the mobile phone. Description always 'Imported from HubSpot'.",
      extended(HS,
               hs(email="Jan.Kowalczyk@Example.PL", lifecyclestage="evangelist", phone="",
                  mobilephone="+48 22 555 0101"),
               hs(email="Kasia.Bednarek@Example.com", lifecyclestage="customer", phone="(646) 555-0175"),
               hs(email="adam.wojcik@example.pl", lifecyclestage="opportunity")))
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]),
            "Description": "Imported from HubSpot"}


@case("h76-14", H, C,
      "Good morning,\n"
      "FirstName and LastName from contact should be trimmed (without spaces on start and end). Title is job "
      "title in title case, first letter of every word big and rest small; empty job title stays empty. "
      "Description depends from lifecycle stage: customer or evangelist -> 'Existing customer', for every other "
      "stage 'Prospect'. Email copy to Email, matching is by Email.\n"
      "Best regards",
      extended(HS,
               hs(email="adam.nowak@example.pl", firstname="  Adam", lastname="Nowak  ",
                  jobtitle="key account manager", lifecyclestage="evangelist")))
def _14(r: R) -> Out:
    desc = "Existing customer" if r["lifecyclestage"] in ("customer", "evangelist") else "Prospect"
    return {"FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Title": title(r["jobtitle"]), "Description": desc, "Email": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h76-15", H, M,
      "Mailchimp audience, matching by email_address which is email from HubSpot. FNAME from first name, "
      "LNAME from last name, PHONE from phone, all as is. status should be 'subscribed' for everybody. "
      "language from preferred language (hs_language), in case of empty put 'en'.",
      extended(HS,
               hs(email="michal.kubiak@example.pl", firstname="Michał", lastname="Kubiak", hs_language="pl"),
               hs(email="hans.berger@example.de", firstname="Hans", lastname="Berger", hs_language="  ")))
def _15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": r["phone"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h76-16", H, M,
      "email_address = email (match key). status should be: 'unsubscribed' when hs_email_optout is 'true', "
      "'subscribed' when it is 'false', and 'pending' in case of empty. Every member gets tag 'HubSpot'.",
      HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h76-17", H, M,
      "Hello,\n"
      "email_address from email, this is the key. Tags should be built like this: tag 'Big account' when "
      "annual revenue is more than 3000000 (empty revenue - no this tag), and tag 'Customer' when lifecycle "
      "stage is customer. Order: first 'Big account', then 'Customer'. In case when no tag applies, tags "
      "should be empty list.\n"
      "Best regards",
      extended(HS, hs(email="beata.krawczyk@example.pl", lifecyclestage="customer", annualrevenue="9000000")))
def _17(r: R) -> Out:
    v = rev(r)
    tags = (["Big account"] if v is not None and v > 3000000 else []) + (
        ["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h76-18", H, M,
      "email_address is email (key). FNAME only first word of first name (e.g. 'Anna Maria' -> 'Anna'). PHONE "
      "in E.164 format: take phone, when empty take mobile phone; numbers without + at beginning are from US.",
      extended(HS,
               hs(email="jan.pawel@example.pl", firstname="Jan Paweł", phone="", mobilephone="+48 601 555 014"),
               hs(email="mary.ann@example.com", firstname="Mary Ann", phone="212 555 0166")))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h76-19", H, M,
      "Contacts which opted out from email (hs_email_optout is 'true') should be skipped. Empty value we treat "
      "like not opted out, so such contacts go. email_address from email, it is for matching. language always "
      "'en'. vip should be true for stages salesqualifiedlead and customer, for others false.",
      extended(HS, hs(email="irena.mroz@example.pl", lifecyclestage="customer", hs_email_optout="false")))
def _19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "language": "en",
            "vip": r["lifecyclestage"] in ("salesqualifiedlead", "customer")}


@case("h76-20", H, M,
      "Dear colleagues,\n"
      "1. email_address - email, match key.\n"
      "2. FNAME - first name in title case.\n"
      "3. LNAME - last name as is; in case of empty last name put the part of email after @.\n"
      "4. vip true when number of employees is more than 100, else false (empty number also false).\n"
      "Regards",
      extended(lower_emails(HS),
               hs(email="kontakt@stolarnia.pl", firstname="MARIUSZ", lastname="", numemployees="150"),
               hs(email="ela@sklepik.pl", firstname="ela", lastname=" ", numemployees="")))
def _20(r: R) -> Out:
    n = r["numemployees"]
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]),
                             "LNAME": dflt(r["lastname"], after_at(r["email"]))},
            "vip": not blank(n) and float(n) > 100}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h76-21", H, S,
      "Segment identify: userId should be email in lower case, traits.email the same (lower case). "
      "traits.firstName from first name and traits.lastName from last name, copy. traits.name - first name, "
      "space, last name together.",
      HS)
def _21(r: R) -> Out:
    e = r["email"].lower()
    return {"userId": e, "traits": {"email": e, "firstName": r["firstname"], "lastName": r["lastname"],
                                    "name": r["firstname"] + " " + r["lastname"]}}


@case("h76-22", H, S,
      "userId - email as is, it is identifier for Segment.\n"
      "traits.company.name from company; in case of empty 'Independent'.\n"
      "traits.company.industry from industry, but when industry is empty don't put it.\n"
      "traits.company.employee_count: number of employees as integer, when empty leave out.",
      HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(num(x)))}}})


@case("h76-23", H, S,
      "userId is email from HubSpot. Address goes to traits.address: city to traits.address.city, state to "
      "traits.address.state, country to traits.address.country; state in case of empty should be left out. "
      "traits.phone in E.164, default country is USA (+1): from phone, or from mobile phone when phone is "
      "empty. When both phones are empty, traits.phone is not sent.",
      extended(HS, hs(email="wiktor.bak@example.com", phone="", mobilephone=" ", state="  ",
                      city="Chicago", country="United States")))
def _23(r: R) -> Out:
    ph = dflt(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "state": omit_if_blank(r["state"]), "country": r["country"]},
        "phone": omit_if_blank(ph, e164)}})


@case("h76-24", H, S,
      "1. userId: email, trimmed and in lower case\n"
      "2. traits.title - job title copy\n"
      "3. traits.unsubscribed: true when hs_email_optout is 'true', false in other case (also when empty)\n"
      "4. traits.revenue - annual revenue as number; in case of empty not send",
      extended(HS, hs(email="  Adam.Lis@Example.PL ", jobtitle="CFO", hs_email_optout="true",
                      annualrevenue="350000.5")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h76-25", H, G,
      "GA4 event for every contact. client_id should be always 'crm-hubspot'. Event name 'sign_up'. Params: "
      "method 'hubspot_import', stage - lifecycle stage copy, source - original source in small letters (empty "
      "source stays empty text), signup_date - create date as YYYY-MM-DD.\n"
      "Thank you",
      HS)
def _25(r: R) -> Out:
    return {"client_id": "crm-hubspot", "events": [{"name": "sign_up", "params": {
        "method": "hubspot_import", "stage": r["lifecyclestage"],
        "source": r["hs_analytics_source"].lower(), "signup_date": day(r["createdate"])}}]}


@case("h76-26", H, G,
      "Only contacts with annual revenue more than 1000000 should be sent to GA4; contacts with empty revenue "
      "not send. client_id is the part of email before @. Event 'qualified_lead', params: value = annual "
      "revenue as number, currency 'USD'.",
      extended(lower_emails(HS), hs(email="firma@budmax.pl", annualrevenue="1500000")))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1000000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h76-27", H, G,
      "client_id from email, as is. Event name depends from lifecycle stage: for customer 'purchase', for all "
      "other stages 'generate_lead'. In params: company from company (in case of empty 'n/a') and country copy "
      "from country.",
      HS)
def _27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "company": dflt(r["company"], "n/a"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h76-28", L, H,
      "Salesforce Lead to HubSpot contact, 1:1 copy without changes: Email -> email (match key), FirstName -> "
      "firstname, LastName -> lastname, Company -> company, Title -> jobtitle, Phone -> phone, City -> city, "
      "Country -> country.",
      SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"], "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"],
            "country": r["Country"]}


LEAD_STATUS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
               "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h76-29", L, H,
      "Dear Team,\n"
      "email from Email, we match contacts by email. hs_lead_status from lead Status:\n"
      "- Open - Not Contacted -> NEW\n"
      "- Working - Contacted -> IN_PROGRESS\n"
      "- Closed - Converted -> CONNECTED\n"
      "- Closed - Not Converted -> UNQUALIFIED\n"
      "hs_email_optout should be the text 'true' when lead has opted out of email, in other case text "
      "'false'.\n"
      "Best regards",
      SFL)
def _29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": LEAD_STATUS[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING_STAGE = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h76-30", L, H,
      "lifecyclestage from Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> lead. "
      "annualrevenue = AnnualRevenue as number, if empty - leave out. email should be Email in lower case, it "
      "is key.",
      extended(SFL, sfl(Email="Marta.Zielinska@Baltic.PL", Rating="Warm", AnnualRevenue="640000.25")))
def _30(r: R) -> Out:
    return keep({"lifecyclestage": RATING_STAGE[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num), "email": r["Email"].lower()})


@case("h76-31", L, H,
      "Only leads from United Kingdom (Country = 'United Kingdom'). email = Email (key). phone in E.164 format, "
      "country is UK (+44). country in upper case. jobtitle from Title, in case of empty 'Unknown'.",
      extended(SFL,
               sfl(Email="olivia.hughes@thamesbank.co.uk", Title="", Phone="07700 900123",
                   Country="United Kingdom"),
               sfl(Email="james.reid@clydeworks.co.uk", Title="Engineer", Phone="+44 141 555 0182",
                   Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "country": r["Country"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h76-32", L, H,
      "Leads with status 'Closed - Not Converted' skip. email = Email, match key. company from Company, in case "
      "of empty 'Unknown company'. message should be text 'Lead source: ' and LeadSource; in case when "
      "LeadSource is empty put word 'none' instead, so 'Lead source: none'.",
      extended(SFL, sfl(Email="igor.lewandowski@example.pl", Company="", LeadSource="Email",
                        Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown company"),
            "message": "Lead source: " + dflt(r["LeadSource"], "none")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h76-33", C, M,
      "email_address - Email in lower case (for match). status 'unsubscribed' when HasOptedOutOfEmail is true, "
      "otherwise 'subscribed'. Tags: always 'Salesforce', and second tag 'Trade show' only when LeadSource is "
      "'Trade Show'.",
      SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + (["Trade show"] if r["LeadSource"] == "Trade Show" else [])}


SRC_STATUS = {"Web": "subscribed", "Trade Show": "pending", "Partner Referral": "pending"}


@case("h76-34", C, M,
      "Hello,\n"
      "Contacts with empty Lead Source should be skipped.\n"
      "For others:\n"
      "1. email_address = Email (key)\n"
      "2. PHONE = Phone in E.164, numbers without country code are American (+1)\n"
      "3. status by Lead Source: Web -> subscribed, Trade Show -> pending, Partner Referral -> pending\n"
      "Regards",
      extended(SFC,
               sfc(Email="noah.king@example.com", LeadSource="Partner Referral", Phone="212.555.0150"),
               sfc(Email="piotr.lis@example.pl", LeadSource="  ", Phone="")))
def _34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "status": SRC_STATUS[r["LeadSource"]]}


@case("h76-35", C, M,
      "email_address is Email as is (match). FNAME from FirstName, in case of empty 'Customer'. LNAME copy from "
      "LastName. vip true when Department is 'Sales', in other case false (also for empty department). status "
      "always 'subscribed'.",
      extended(SFC,
               sfc(Email="renata.gorska@example.pl", FirstName="", LastName="Gorska", Department="Sales"),
               sfc(Email="leon.bauer@example.de", FirstName="  ", LastName="Bauer", Department="Marketing")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h76-36", C, M,
      "Only contacts from Germany and Austria (MailingCountry). email_address = Email, FNAME = FirstName, "
      "LNAME = LastName, without changes. language 'de' and status 'pending' for all of them. tags should be "
      "empty list.",
      extended(SFC,
               sfc(Email="marco.keller@bergbau.ch", FirstName="Marco", LastName="Keller",
                   MailingCountry="Switzerland"),
               sfc(Email="julia.schmidt@hafen.de", FirstName="Julia", LastName="Schmidt",
                   MailingCountry="Germany")))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "language": "de", "status": "pending", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h76-37", C, S,
      "userId should be Email in lower case. traits.firstName, traits.lastName and traits.title copy from "
      "FirstName, LastName, Title. traits.department from Department, but in case of empty do not send it.",
      SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
        "department": omit_if_blank(r["Department"])}})


@case("h76-38", C, S,
      "userId is Email as it is. traits.address.city from MailingCity, trimmed from spaces. "
      "traits.address.country from MailingCountry; if empty - 'Unknown'.",
      extended(SFC,
               sfc(Email="tomasz.zielinski@example.pl", MailingCity="  Kraków ", MailingCountry=""),
               sfc(Email="ola.maj@example.pl", MailingCity="Gdynia  ", MailingCountry="   ")))
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h76-39", C, S,
      "userId = Email.\n"
      "traits.phone = Phone in E.164 (no country code means US number).\n"
      "traits.name = FirstName + space + LastName.\n"
      "traits.source: Web -> 'website', Trade Show -> 'event', all other and empty -> 'other'.",
      extended(SFC, sfc(Email="nina.ross@example.com", FirstName="Nina", LastName="Ross",
                        LeadSource="Partner Referral", Phone="(415) 555-0111")))
def _39(r: R) -> Out:
    src = {"Web": "website", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]),
                                             "name": r["FirstName"] + " " + r["LastName"], "source": src}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h76-40", M, H,
      "email = email_address, match key. firstname from FNAME and lastname from LNAME, both in title case; "
      "lastname in case of empty LNAME not send. company from merge field COMPANY, in case of empty 'Unknown'. "
      "hs_email_optout should be text 'true' for status unsubscribed and cleaned, for rest text 'false'.",
      MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h76-41", M, H,
      "Members with status 'cleaned' skip. email from email_address (key). phone = PHONE in E.164, US is "
      "default country; when PHONE is empty leave phone out. hs_language copy from language. lifecyclestage "
      "'customer' when vip is true, otherwise 'subscriber'.",
      extended(MC, mc({"FNAME": "Emma", "PHONE": "212-555-0190"}, email_address="emma.clark@bluebird.com",
                      vip=True, language="en")))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return keep({"email": r["email_address"], "phone": omit_if_blank(r["merge_fields"]["PHONE"], e164),
                 "hs_language": r["language"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h76-42", M, H,
      "email from email_address, match key. firstname - first word of FNAME. company: COMPANY, but in case of "
      "empty take the part of email after @. lifecyclestage 'customer' when member has tag 'Customer', in "
      "other case 'subscriber'.",
      extended(MC, mc({"FNAME": "Anna Maria", "LNAME": "Nowicka", "COMPANY": ""},
                      email_address="anna.maria@kawiarnia.pl", tags=["Webinar", "Customer"])))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set76")
