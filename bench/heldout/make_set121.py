"""Held-out set 121 for the offline mapping drafter.

Persona: Agnieszka Kowalska, marketing data analyst at an e-commerce company in Warsaw, Polish
first language. She pastes rows straight from the team's mapping spreadsheet as CSV text: a
header row (column names vary from sheet to sheet), comma- or semicolon-separated (Polish Excel
exports use ';'), cells with commas inside double-quoted, empty cells left empty. Around the rows
she adds one to three lines of Polish-shaped English (articles dropped, 'in case when', 'only
this contacts'); conditions and filters sit in a notes column or in the lines around the table.

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h121-01-lead-copies-websource", H, L, """\
Hello, below mapping HubSpot contacts -> Salesforce Lead, copied from our sheet:
target,source,transformation,notes
Email,email,copy,
FirstName,firstname,copy,
LastName,lastname,copy,
Company,company,copy,"when empty in HubSpot, empty also in SF, it is ok"
Title,jobtitle,copy,empty also copied as empty
LeadSource,,fixed value Web,"same for all contacts, no source field"
Other Lead fields are not needed for now.""",
      extended(HS, hs(email="ola.nowak@kwiaciarnia.pl", firstname="Ola", lastname="Nowak", company="", jobtitle=""),
               hs(email="b.mazur@sklep-sport.pl", firstname="", lastname="Mazur", company="Sport Mazur", jobtitle="Owner")))
def o01(r):
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h121-02-lead-defaults-trim", H, L, """\
Target field;Source field;Transformation;Default if empty
Email;email;1:1;
LastName;lastname;trim spaces at begin and end;
Company;company;1:1;Unknown
Title;jobtitle;1:1;Not provided
City;city;1:1;
Default is used only in case when HubSpot field is empty (or has only spaces), otherwise value goes as it is.""",
      extended(HS, hs(email="k.lewandowski@meble-dom.pl", lastname="  Lewandowski ", company="   ", jobtitle=""),
               hs(email="m.dabrowska@kosmetyki.pl", lastname="Dabrowska  ", company="Kosmetyki Online", jobtitle="  ")))
def o02(r):
    return {"Email": r["email"], "LastName": r["lastname"].strip(), "Company": dflt(r["company"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Not provided"), "City": r["city"]}


@case("h121-03-lead-phone-chain-titlecase", H, L, """\
HubSpot property,Lead field,rule
email,Email,copy without change
firstname,FirstName,Title Case (first letter big rest small)
lastname,LastName,Title Case
city,City,Title Case
"mobilephone, phone",Phone,"take mobilephone; if it is empty take phone; if both are empty do not send Phone field"
Phone numbers are copied as they are, no formatting is needed.""",
      extended(HS, hs(email="jan.kowalski@sklep.pl", firstname="JAN", lastname="kowalski", city="gdańsk",
                      mobilephone="", phone=""),
               hs(email="iza.krol@butik.pl", firstname="iza", lastname="Król", city="POZNAŃ",
                  mobilephone="  ", phone="+48 22 555 0199")))
def o03(r):
    p = first_filled(r["mobilephone"], r["phone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if p is None else p})


SRC_04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h121-04-lead-source-table-lower", H, L, """\
For Lead we need Lead Source from HubSpot Original Source (hs_analytics_source) with this table:
Original Source;Lead Source
ORGANIC_SEARCH;Web
PAID_SEARCH;Advertisement
PAID_SOCIAL;Advertisement
REFERRALS;External Referral
(any other value);Other
When Original Source is empty - also Other.
Email goes to Email but in lowercase, SF dedupe compares case sensitive. Only this two fields.""",
      extended(HS, hs(email="Tomasz.Wisniewski@Sklep.PL", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="ADAM@Kawa-Palarnia.pl", hs_analytics_source="DIRECT_TRAFFIC")))
def o04(r):
    return {"Email": r["email"].lower(), "LeadSource": SRC_04.get(r["hs_analytics_source"], "Other")}


@case("h121-05-lead-two-exclusions", H, L, """\
HubSpot contacts to SF Lead, but two groups are excluded:
1) Lifecycle Stage = customer - they are in SF already as Contacts, skip them
2) hs_email_optout = true - skip them too. When hs_email_optout is empty it means not unsubscribed and contact is sent.
Lead field,HubSpot field,comment
Email,email,
FirstName,firstname,
LastName,lastname,
Company,company,
Status,,"always Open - Not Contacted, it is starting status"
All fields 1:1 except Status.""",
      extended(HS, hs(email="p.wrobel@ogrod24.pl", lifecyclestage="customer", hs_email_optout="false"),
               hs(email="n.kaczmarek@zoo-sklep.pl", lifecyclestage="opportunity", hs_email_optout="true"),
               hs(email="r.pawlak@rowery.pl", firstname="Robert", lastname="Pawlak", company="Rowery Pawlak",
                  lifecyclestage="lead", hs_email_optout="false")))
def o05(r):
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h121-06-lead-rating-employees", H, L, """\
Rating for Lead is counted from annual revenue (HubSpot annualrevenue):
condition;Rating
annualrevenue more than 5 000 000;Hot
annualrevenue less than 1 000 000;Cold
between 1 000 000 and 5 000 000;Warm
annualrevenue empty;Cold
Also NumberOfEmployees = numemployees as whole number (integer), in case when numemployees is empty don't send NumberOfEmployees.
Email -> Email 1:1.""",
      extended(HS, hs(email="s.jankowska@perfumeria.pl", annualrevenue="999999.5", numemployees="1200"),
               hs(email="w.szymanski@elektro-hurt.pl", annualrevenue="5000001", numemployees="")))
def o06(r):
    v = rev(r)
    rating = "Cold" if v is None else "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h121-07-lead-e164-titlecase", H, L, """\
Target field,Source field,Transformation
Email,email,no change
FirstName,firstname,Title Case
LastName,lastname,Title Case
Phone,phone,"E.164 (+ and digits only), numbers without country code are from US so +1"
In case when phone is empty in HubSpot, Phone is not sent at all (not as empty string).
Numbers which already start with + keep own country code.""",
      extended(HS, hs(email="ewa.zielinska@moda.pl", firstname="ewa", lastname="ZIELIŃSKA", phone="1 (305) 555-0170"),
               hs(email="l.wozniak@herbata.pl", firstname="Lucyna", lastname="Woźniak", phone="   ")))
def o07(r):
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h121-08-lead-us-only-description", H, L, """\
Only this contacts where Country/Region is exactly United States, other countries are in separate process.
Lead field;HubSpot;Transformation;Example
Email;email;copy;
State;state;UPPERCASE;ny -> NY
Description;company + createdate;company and Create Date (only date YYYY-MM-DD) joined with " | " between;Northwind Analytics | 2023-03-14""",
      extended(HS, hs(email="john.miller@bluelake.com", country="United States", state="ny", company="Blue Lake Supply",
                      createdate="2024-02-20T12:30:00.000Z"),
               hs(email="ola.sikora@sklep-zoo.pl", country="Poland", state="mazowieckie", company="Zoo Sikora")))
def o08(r):
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(), "Description": f"{r['company']} | {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h121-09-contact-mailing-address", H, C, """\
HubSpot -> Salesforce Contact, address goes to Mailing fields. Everything copy 1:1, empty stays empty.
HubSpot (label);HubSpot (internal);Salesforce Contact
Email;email;Email
Street Address;address;MailingStreet
City;city;MailingCity
State/Region;state;MailingState
Postal Code;zip;MailingPostalCode
Country/Region;country;MailingCountry""",
      extended(HS, hs(email="a.wisniewska@ceramika.pl", address="ul. Marszałkowska 10", city="Warszawa", state="",
                      zip="00-590", country="Poland")))
def o09(r):
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h121-10-contact-checkboxes", H, C, """\
Two checkboxes in SF Contact are needed, plus Email (HubSpot email -> Email, copy).
SF field,value,condition
HasOptedOutOfEmail,true,"HubSpot hs_email_optout = ""true""\"
HasOptedOutOfEmail,false,"hs_email_optout = ""false"" or empty"
DoNotCall,true,HubSpot phone is empty (or only spaces)
DoNotCall,false,HubSpot phone is filled
This are real booleans in SF (true/false), not text.""",
      extended(HS, hs(email="g.michalska@apteka-zdrowie.pl", hs_email_optout="", phone="", mobilephone="601 555 333"),
               hs(email="d.grabowski@narzedzia.pl", hs_email_optout="true", phone="  ")))
def o10(r):
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h121-11-contact-lastname-fallback", H, C, """\
target;source;notes
Email;email;copy
FirstName;firstname;copy (empty stays empty)
LastName;lastname;LastName is mandatory in SF so fallback: lastname -> if empty firstname -> if also empty part of email before @
example: lastname empty, firstname empty, email jan.k@sklep.pl -> LastName = jan.k""",
      extended(lower_emails(HS), hs(email="marta.zajac@kwiatowa.pl", firstname="Marta", lastname=""),
               hs(email="k.zielinski@allegro-shop.pl", firstname="", lastname="  ")))
def o11(r):
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


COUNTRY_12 = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Poland": "PL"}


@case("h121-12-contact-country-codes", H, C, """\
Country we keep in SF as 2-letter code. Table below is complete (there are only this countries in HubSpot).
HubSpot country;SF MailingCountry
United States;US
Japan;JP
Mexico;MX
France;FR
Poland;PL
MailingState = HubSpot state in capital letters; in case when state is empty don't send MailingState.
And Email -> Email, copy.""",
      extended(HS, hs(email="z.kwiatkowska@lampy.pl", country="Poland", state="mz"),
               hs(email="h.ito@kaisha.jp", country="Japan", state="")))
def o12(r):
    return keep({"Email": r["email"], "MailingCountry": COUNTRY_12[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h121-13-contact-customers-only", H, C, """\
Sync to SF Contact is only for customers: only contacts with Lifecycle Stage = customer, rest is skipped.
Contact field,source,rule,notes
Email,email,lowercase,
Phone,"phone, mobilephone","phone; in case when phone is empty then mobilephone",numbers as they are
LeadSource,,always Web,all our customers come from e-shop""",
      extended(HS, hs(email="Anna.Lewandowska@Gmail.com", lifecyclestage="customer", phone="+48 22 555 0101",
                      mobilephone=""),
               hs(email="PIOTR.Mazur@wp.pl", lifecyclestage="customer", phone="", mobilephone="+48 601 555 222"),
               hs(email="e.baran@o2.pl", lifecyclestage="evangelist")))
def o13(r):
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


STAGE_14 = {"subscriber": "Newsletter", "customer": "Customer", "evangelist": "Customer"}


@case("h121-14-contact-description-table", H, C, """\
Pole docelowe (target);Pole źródłowe (source);Transformacja (transformation)
Email;email;bez zmian (no change)
FirstName;firstname;Title Case
LastName;lastname;Title Case
Title;jobtitle;trim - remove spaces at begin/end
Description;lifecyclestage;see table below
Table for Description (lifecyclestage -> Description):
subscriber;Newsletter
customer;Customer
evangelist;Customer
every other stage;Prospect""",
      extended(HS, hs(email="k.wojcik@sklep-obuwniczy.pl", firstname="KATARZYNA", lastname="wójcik",
                      jobtitle="  Specjalista ds. marketingu ", lifecyclestage="evangelist"),
               hs(email="m.kaminski@hurt.pl", firstname="marek", lastname="Kamiński", jobtitle="",
                  lifecyclestage="opportunity")))
def o14(r):
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "Description": STAGE_14.get(r["lifecyclestage"], "Prospect")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h121-15-mc-newsletter-language", H, M, """\
Mailchimp audience Newsletter PL - fields from HubSpot:
mailchimp;hubspot;comment
email_address;email;copy
merge_fields.FNAME;firstname;copy
merge_fields.LNAME;lastname;copy
status;;always subscribed
language;hs_language (Preferred language);if contact has no language (property missing or empty) then en""",
      extended(HS, hs(email="beata.krawczyk@onet.pl", firstname="Beata", lastname="Krawczyk", hs_language="pl"),
               hs(email="t.adamski@interia.pl", firstname="Tadeusz", lastname="", hs_language="  "),
               hs(email="j.dudek@poczta.pl", firstname="Julia", lastname="Dudek", hs_language=None)))
def o15(r):
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h121-16-mc-status-three-way", H, M, """\
Status in Mailchimp depends on HubSpot "Unsubscribed from all email" (hs_email_optout):
hs_email_optout,Mailchimp status
true,unsubscribed
false,subscribed
(empty),pending
pending because for empty we have no consent and double opt-in is needed.
Plus email -> email_address (copy), and every member gets one tag: „HubSpot import”.""",
      extended(HS, hs(email="o.pietrzak@galanteria.pl", hs_email_optout="  "),
               hs(email="f.jablonski@sklep-audio.pl", hs_email_optout="true")))
def o16(r):
    status = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot import"]}


@case("h121-17-mc-conditional-tags", H, M, """\
target,source,rule
email_address,email,copy
merge_fields.FNAME,firstname,copy
tags,"annualrevenue, lifecyclestage",see conditions below
Tag conditions (in this order):
- tag "High revenue" in case when annualrevenue is more than 3000000 (empty revenue = no tag)
- tag "Customer" in case when lifecyclestage = customer
Contact without any of this gets empty tags list [].""",
      extended(HS, hs(email="u.majewska@bizuteria.pl", firstname="Urszula", annualrevenue="7000000",
                      lifecyclestage="customer"),
               hs(email="c.olszewski@papiernik.pl", firstname="Cezary", annualrevenue="3000000.5",
                  lifecyclestage="lead")))
def o17(r):
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High revenue")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h121-18-mc-firstword-phone", H, M, """\
Mailchimp field;HubSpot field;Transformation
email_address;email;copy
FNAME (merge field);firstname;only first word (we have double names like Anna Maria, in Mailchimp only Anna)
PHONE (merge field);mobilephone;E.164, number without country code is US (+1), with + it keeps own code; if mobilephone is empty take phone (also E.164)""",
      extended(HS, hs(email="anna.maria.nowicka@sklep.pl", firstname="Anna Maria", mobilephone="",
                      phone="(312) 555-0100"),
               hs(email="jp.gorski@antyki.pl", firstname="Jan Paweł", mobilephone="+48 601 555 777")))
def o18(r):
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h121-19-mc-consent-only-vip", H, M, """\
Only contacts with consent!! Contact with hs_email_optout = true is skipped, and in case when hs_email_optout is empty also skipped (no consent = no newsletter). Only "false" goes.
target;source;rule
email_address;email;copy
status;;subscribed for all
vip;lifecyclestage;true when lifecyclestage = customer, otherwise false""",
      extended(HS, hs(email="w.sobczak@perfumy.pl", hs_email_optout="false", lifecyclestage="customer"),
               hs(email="i.wlodarczyk@firanki.pl", hs_email_optout="   ", lifecyclestage="customer")))
def o19(r):
    if r["hs_email_optout"] != "false":
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h121-20-mc-titlecase-domain-vip", H, M, """\
FNAME / LNAME in Mailchimp must look nice, so Title Case:
Mailchimp,HubSpot,how
email_address,email,copy
merge_fields.FNAME,firstname,Title Case
merge_fields.LNAME,lastname,Title Case
merge_fields.COMPANY,company,"copy; in case when company is empty use email domain (part after @), e.g. fiestafoods.mx"
vip,annualrevenue,"true if annualrevenue > 2000000, false if not or empty\"""",
      extended(lower_emails(HS), hs(email="ewa.nowak@zabawki24.pl", firstname="EWA", lastname="nowak", company="",
                                    annualrevenue="1999999.9")))
def o20(r):
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": dflt(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h121-21-seg-identify-name", H, S, """\
Segment identify from HubSpot contacts.
Segment;HubSpot;Notes
userId;email;lowercase
traits.email;email;copy as it is
traits.firstName;firstname;copy
traits.lastName;lastname;copy
traits.title;jobtitle;copy (empty also)
traits.name;firstname + lastname;join with one space between, e.g. Priya Raman""",
      extended(HS, hs(email="Piotr.Zielinski@Sklep.PL", firstname="Piotr", lastname="Zieliński", jobtitle="")))
def o21(r):
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h121-22-seg-company-traits", H, S, """\
Company info goes nested into traits.company in identify call.
target,source,remarks
userId,email,as it is
traits.company.name,company,"when company empty, leave name out"
traits.company.industry,industry,"when empty, put Unknown"
traits.company.employee_count,numemployees,"integer; when empty, don't send\"""",
      extended(HS, hs(email="r.kubiak@kawiarnia.pl", company="", industry="  ", numemployees=""),
               hs(email="e.mroz@meble.pl", company="Meble Mróz", industry="Furniture", numemployees="1500")))
def o22(r):
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]), "industry": dflt(r["industry"], "Unknown"),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h121-23-seg-address-phone", H, S, """\
Identify call with nested address (traits.address.*) and phone.
Segment field;HubSpot field;Rule
userId;email;copy
traits.address.street;address;copy
traits.address.city;city;copy
traits.address.state;state;copy, leave out when empty
traits.address.postalCode;zip;copy
traits.address.country;country;copy
traits.phone;phone;E.164 (US when no +). If phone empty then mobilephone (E.164 too). Both empty -> no traits.phone""",
      extended(HS, hs(email="a.borkowska@pasmanteria.pl", phone="", mobilephone="", state=""),
               hs(email="s.czarnecki@gry.pl", phone="  ", mobilephone="305-555-0111")))
def o23(r):
    p = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if p is None else e164(p)}})


@case("h121-24-seg-optout-revenue", H, S, """\
target;source;transformation;notes
userId;email;trim + lowercase;some emails in HubSpot have spaces at the end
traits.firstName;firstname;copy;
traits.unsubscribed;hs_email_optout;boolean;"true" -> true, "false" -> false, empty -> false
traits.annualRevenue;annualrevenue;number;in case when empty do not send this trait""",
      extended(HS, hs(email="  Marek.Nowak@Shop.PL ", firstname="Marek", hs_email_optout="", annualrevenue=""),
               hs(email="ANIA.K@SKLEP.PL  ", firstname="Ania", hs_email_optout="true", annualrevenue="150000")))
def o24(r):
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h121-25-ga4-generate-lead", H, G, """\
GA4 Measurement Protocol - one event per HubSpot contact.
GA4 field,value / source,notes
client_id,email,we use HubSpot email as client_id (no change)
event name,generate_lead,constant
params.crm,hubspot,constant
params.city,city,copy
params.lead_source,hs_analytics_source,"lowercase; if empty send unknown"
params.signup_date,createdate,only date YYYY-MM-DD""",
      extended(HS, hs(email="d.lis@sklep-wedkarski.pl", hs_analytics_source="", city="Kraków",
                      createdate="2024-03-01T12:00:00.000Z"),
               hs(email="k.sowa@ksiegarnia.pl", hs_analytics_source="EMAIL_MARKETING")))
def o25(r):
    return {"client_id": r["email"],
            "events": [{"name": "generate_lead",
                        "params": {"crm": "hubspot", "city": r["city"],
                                   "lead_source": dflt(r["hs_analytics_source"], "unknown").lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h121-26-ga4-big-companies", H, G, """\
Event for bigger companies only: contacts with annualrevenue > 1000000. Empty revenue = not sent.
target;source;rule
client_id;email;only part before @
events[0].name;;qualified_company (constant)
events[0].params.value;annualrevenue;as number
events[0].params.currency;;USD (constant)""",
      extended(lower_emails(HS), hs(email="sklep@hurtownia-abc.pl", annualrevenue="1000000.5"),
               hs(email="biuro@male-studio.pl", annualrevenue="   ")))
def o26(r):
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_company", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h121-27-ga4-event-by-stage", H, G, """\
Event name depends on Lifecycle Stage:
- lifecyclestage = customer -> event close_convert_lead
- any other stage (also empty) -> generate_lead
GA4;HubSpot;info
client_id;email;copy
params.company;company;copy, empty company sent as empty text
params.industry;industry;in case when empty: other""",
      extended(HS, hs(email="m.gorecka@salon-urody.pl", lifecyclestage="customer", industry="", company=""),
               hs(email="t.rutkowski@bud-mat.pl", lifecyclestage="opportunity", industry="Construction")))
def o27(r):
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"company": r["company"], "industry": dflt(r["industry"], "other")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h121-28-hs-lead-copies", L, H, """\
Lead -> HubSpot contact, all 1:1 copy. Empty values in SF are sent also as empty (we want to clear old values in HubSpot).
SF Lead,HubSpot contact
Email,email
FirstName,firstname
LastName,lastname
Company,company
Title,jobtitle
Phone,phone
Street,address
City,city
PostalCode,zip
Country,country""",
      extended(SFL, sfl(Email="h.walczak@drogeria.pl", FirstName="", LastName="Walczak", Title="", Phone="",
                        Street="", PostalCode="", City="Łódź", Country="Poland")))
def o28(r):
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


STATUS_29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h121-29-hs-lead-status-table", L, H, """\
Lead Status (SF) -> Lead Status in HubSpot (hs_lead_status), only this 4 values exist in SF:
SF Status;hs_lead_status
Open - Not Contacted;NEW
Working - Contacted;IN_PROGRESS
Closed - Converted;OPEN_DEAL
Closed - Not Converted;UNQUALIFIED
Email -> email copy. Email Opt Out (HasOptedOutOfEmail) -> hs_email_optout as text "true" / "false" (HubSpot keeps it as string).""",
      extended(SFL, sfl(Email="j.krajewski@optyk.pl", Status="Closed - Converted", HasOptedOutOfEmail=True)))
def o29(r):
    return {"email": r["Email"], "hs_lead_status": STATUS_29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING_30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h121-30-hs-rating-revenue", L, H, """\
Three columns from SF Lead to HubSpot contact:
target;source;transformation
email;Email;lowercase
lifecyclestage;Rating;Hot = salesqualifiedlead / Warm = marketingqualifiedlead / Cold = lead
annualrevenue;AnnualRevenue;as number, if AnnualRevenue is empty don't send""",
      extended(SFL, sfl(Email="Marta.Krol@Drogeria-Plus.PL", Rating="Warm", AnnualRevenue="750000.5"),
               sfl(Email="BIURO@Okna-Serwis.pl", Rating="Cold", AnnualRevenue="")))
def o30(r):
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING_30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h121-31-hs-uk-leads", L, H, """\
Only UK leads (Country = United Kingdom) go to HubSpot UK portal, others no.
HubSpot field,SF Lead field,transformation
email,Email,copy
phone,Phone,"E.164 with UK code +44 (remove first 0), e.g. 020 7946 0321 -> +442079460321"
zip,PostalCode,UPPER CASE
jobtitle,Title,"copy, when Title is empty then ""Not specified""\"""",
      extended(SFL, sfl(Email="oliver.bennett@thamesgoods.co.uk", Country="United Kingdom", Phone="07700 900123",
                        PostalCode="sw1a 1aa", Title="", City="London"),
               sfl(Email="sean.obrien@dublinfoods.ie", Country="Ireland", Phone="01 555 0123", PostalCode="d02 x285")))
def o31(r):
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not specified")}


@case("h121-32-hs-address-concat", L, H, """\
Closed - Not Converted leads we don't send (Status = Closed - Not Converted), everything else yes.
target;source;rule
email;Email;copy
company;Company;copy, when Company is empty write Individual customer
address;Street + City;Street, comma, space, City e.g. 200 Lake St, Chicago. In case when Street is empty - only City without comma""",
      extended(SFL, sfl(Email="k.sadowska@ceramika-art.pl", Street="", City="Kraków", Status="Working - Contacted",
                        Company=""),
               sfl(Email="b.zawadzki@stal.pl", Status="Closed - Not Converted", Street="ul. Długa 5", City="Gdańsk")))
def o32(r):
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Individual customer"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h121-33-mc-sf-status-tags", C, M, """\
Salesforce Contact -> Mailchimp members
Mailchimp;Salesforce;rule
email_address;Email;lowercase
status;HasOptedOutOfEmail;true -> unsubscribed, false -> subscribed
tags;LeadSource;always tag „Salesforce”, plus tag „Event lead” only when LeadSource = Trade Show
Tags order: Salesforce first, then Event lead.""",
      extended(SFC, sfc(Email="Karolina.Wojcik@Moda-Sklep.PL", HasOptedOutOfEmail=True, LeadSource="Trade Show")))
def o33(r):
    tags = ["Salesforce"] + (["Event lead"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


LANG_34 = {"Germany": "de", "Austria": "de", "United States": "en", "Poland": "pl"}


@case("h121-34-mc-sf-language-phone", C, M, """\
Contacts without Lead Source we don't sync (LeadSource empty = skip).
Mailchimp;SF Contact;Rule
email_address;Email;copy
merge_fields.PHONE;Phone;E.164, default country US (numbers with + keep their code)
language;MailingCountry;Germany = de, Austria = de, United States = en, Poland = pl
Only this 4 countries are in our SF.""",
      extended(SFC, sfc(Email="w.kowal@sklep-rybny.pl", MailingCountry="Poland", LeadSource="Web", Phone="+48 22 555 0123"),
               sfc(Email="mike.ross@harborgoods.com", MailingCountry="United States", LeadSource="Email",
                   Phone="1-415-555-0100"),
               sfc(Email="p.baranek@owoce.pl", MailingCountry="Poland", LeadSource="  ", Phone="+48 61 555 0000")))
def o34(r):
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": LANG_34[r["MailingCountry"]]}


@case("h121-35-mc-sf-vip-tradeshow", C, M, """\
MC field;SF field;rule;notes
email_address;Email;copy;
merge_fields.FNAME;FirstName;copy;if FirstName is empty put Customer (then email says Dear Customer)
merge_fields.LNAME;LastName;copy;
vip;LeadSource;true only when LeadSource = Trade Show;other values and empty LeadSource -> false
status;;subscribed;same for everybody""",
      extended(SFC, sfc(Email="m.lis@targi-expo.pl", FirstName="", LastName="Lis", LeadSource="Trade Show"),
               sfc(Email="a.kot@sklep-kot.pl", FirstName="Agata", LastName="Kot", LeadSource="   ")))
def o35(r):
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h121-36-mc-sf-clean-tags", C, M, """\
Only contacts with Email Opt Out = false (HasOptedOutOfEmail), others are not sent.
Mailchimp field,Value
email_address,Email
merge_fields.FNAME,FirstName
merge_fields.LNAME,LastName
status,constant: subscribed
language,constant: pl
tags,empty list [] - we clean all tags""",
      extended(SFC, sfc(Email="z.kaminska@len.pl", FirstName="Zofia", LastName="Kamińska", HasOptedOutOfEmail=False),
               sfc(Email="r.nowicki@szklo.pl", FirstName="Rafał", LastName="Nowicki", HasOptedOutOfEmail=True)))
def o36(r):
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "pl", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h121-37-seg-sf-identify", C, S, """\
Segment identify from SF Contact.
target;source;comment
userId;Email;lowercase
traits.email;Email;copy (original)
traits.firstName;FirstName;copy
traits.lastName;LastName;copy
traits.title;Title;when empty - omit trait
traits.department;Department;when empty - omit trait""",
      extended(SFC, sfc(Email="Tomasz.Lis@Sklep24.PL", FirstName="Tomasz", LastName="Lis", Title="", Department="")))
def o37(r):
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h121-38-seg-sf-address", C, S, """\
userId = Email (copy). Address nested under traits.address:
Segment,Salesforce Contact,transformation
traits.address.city,MailingCity,trim (spaces at begin/end)
traits.address.country,MailingCountry,"copy, if empty then Poland - most of our customers are from Poland\"""",
      extended(SFC, sfc(Email="j.pawlowska@sklep.pl", MailingCity="  Kraków ", MailingCountry=""),
               sfc(Email="l.michalak@sklep.pl", MailingCity="Gdańsk  ", MailingCountry="   ")))
def o38(r):
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Poland")}}}


CHANNEL_39 = {"Web": "online", "Trade Show": "offline"}


@case("h121-39-seg-sf-channel", C, S, """\
target,source,rule
userId,Email,copy
traits.name,"FirstName, LastName",FirstName + space + LastName
traits.phone,Phone,"E.164, US is default country (+1)"
traits.channel,LeadSource,see table
Table for channel: Web -> online, Trade Show -> offline, any other or empty LeadSource -> other""",
      extended(SFC, sfc(Email="anna.w@kwiaty.pl", FirstName="Anna", LastName="Wiśniewska", LeadSource="Email",
                        Phone="1 503 555 0101")))
def o39(r):
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                       "channel": CHANNEL_39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h121-40-hs-mc-names-optout", M, H, """\
Mailchimp members -> HubSpot contacts
HubSpot;Mailchimp;rule
email;email_address;copy
firstname;FNAME;Title Case
lastname;LNAME;Title Case, in case when LNAME empty don't send lastname
company;COMPANY;when empty then Unknown
hs_email_optout;status;"true" as text when status = unsubscribed, for all other statuses "false\"""",
      extended(MC, mc({"FNAME": "KRZYSZTOF", "LNAME": "nowak", "COMPANY": ""},
                      email_address="krzysztof.nowak@sklep-rowerowy.pl", status="unsubscribed")))
def o40(r):
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h121-41-hs-mc-no-cleaned", M, H, """\
Cleaned members (status = cleaned) are not imported to HubSpot - bounced addresses.
HubSpot property,Mailchimp field,rule
email,email_address,copy
phone,merge_fields.PHONE,"E.164, US by default; when PHONE empty do not send phone"
company,merge_fields.COMPANY,copy
lifecyclestage,vip,"vip = true -> customer, vip = false -> lead\"""",
      extended(MC, mc({"PHONE": "  ", "COMPANY": ""}, email_address="n.zalewska@sklep-lalki.pl", status="pending"),
               mc({"PHONE": "(718) 555-0142"}, email_address="old.bounce@example.com", status="cleaned")))
def o41(r):
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(m["PHONE"], e164), "company": m["COMPANY"],
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h121-42-hs-mc-firstword-tags", M, H, """\
Mailchimp -> HubSpot, 4 rows from sheet:
target;source;rule
email;email_address;copy
firstname;FNAME;first word only (double names)
company;COMPANY;in case when COMPANY is empty take domain from email (part after @)
lifecyclestage;tags;customer when member has tag Customer, otherwise subscriber""",
      extended(MC, mc({"FNAME": "Anna Maria", "COMPANY": ""}, email_address="anna.maria@kwiaciarnia.pl",
                      tags=["Webinar", "Customer"])))
def o42(r):
    m = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(m["FNAME"]),
            "company": dflt(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set121")
