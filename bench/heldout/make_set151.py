"""Held-out set 151 for the offline mapping drafter.

Persona: Katarzyna ('Kasia') Wójcik, CRM specialist at an e-commerce company in Kraków, whose
first language is Polish. She hands mappings to a contractor (Tom) as Microsoft Teams chat
messages, pasted out of Teams with its headers still in ('Kasia Wójcik 10:14' or
'[10:14] Wójcik, Katarzyna' lines, now and then an 'Edited' marker or a 'Replying to ...' line
quoting an earlier message). Her English is Polish-shaped: articles dropped or misused, 'in
case of empty' / 'when is empty', 'fill with', 'it should be' for must, an occasional 'please
to' + verb, double negatives ('nothing not send'), 'the same like', 'big letters' for capitals,
'eventually' for 'possibly', 'actual' for 'current', 'concretely', 'control' for 'check'. Tom
sometimes asks a short question and she answers; a later message of hers can correct an earlier
one, and the later message wins.

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
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h151-01-plain-lead-copy-open-status", H, L, """Kasia Wójcik 09:02
Hi Tom, good morning :)
first mapping for today: HubSpot contacts -> Salesforce Leads
email -> Email
first name -> First Name, last name -> Last Name
company name -> Company
job title -> Title
phone number -> Phone
everything 1:1, no trimming, no changing of letters
Tom Ellis 09:06
ok. and when some of them are empty in HubSpot?
Kasia Wójcik 09:07
then empty goes also, the same like it is in HubSpot. don't fill nothing
and Lead Status on every lead it should be Open - Not Contacted""",
      extended(HS,
               hs(email="agnieszka.lis@modnakasia.pl", firstname="Agnieszka", lastname="Lis", company="  ",
                  jobtitle="", phone="12 555 01 44"),
               hs(email="bartek.nowicki@rowerownia.pl", firstname="bartek", lastname="NOWICKI",
                  company="Rowerownia ", jobtitle=" Owner", phone="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "Status": "Open - Not Contacted"}


@case("h151-02-csv-import-trim-and-fill", H, L, """[11:20] Wójcik, Katarzyna
HubSpot -> SF Lead, second one. This contacts came by csv import from our old shop system, so there is lot of spaces around the names
Email - copy how it is
First Name and Last Name - please to trim the spaces on begin and end
Company - also trim, and in case of empty fill with "Private customer" (SF don't accept lead without company)
Title from job title: when is empty fill with "n/a", when is not empty copy exactly, without trim
[11:21] Wójcik, Katarzyna
empty = nothing there or only spaces""",
      extended(HS,
               hs(email="agnieszka.nowak@wp.pl", firstname="  Agnieszka ", lastname=" Nowak  ", company="   ",
                  jobtitle="  "),
               hs(email="piotr.zielinski@bursztyn.pl", firstname="Piotr", lastname="Zieliński ",
                  company="  Bursztyn Sp. z o.o. ", jobtitle=" Buyer"),
               hs(email="ola.mazur@gmail.com", firstname="Ola", lastname="Mazur", company="", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Private customer").strip(), "Title": dflt(r["jobtitle"], "n/a")}


@case("h151-03-sms-mobile-fallback", H, L, """Kasia Wójcik 13:40
Leads from HubSpot again. We want to send SMS from Salesforce, so concretely:
Mobile Phone on the lead = mobile phone number from HubSpot. When mobile is empty, then take the normal phone number. When both are empty (or only spaces) - Mobile Phone field not send at all, not even empty
number copy as it is, no formatting
First Name, Last Name - first letter big and rest small, in every word (so GARCIA -> Garcia, anna maria -> Anna Maria)
Email copy""",
      extended(HS,
               hs(email="jan.kowalski@sklep-jan.pl", firstname="JAN", lastname="kowalski", mobilephone="  ", phone=""),
               hs(email="anna.wrobel@kwiatki.pl", firstname="anna maria", lastname="WRÓBEL", mobilephone=" ",
                  phone="+48 12 555 0177"),
               hs(email="marek.sowa@onet.pl", firstname="Marek", lastname="Sowa", mobilephone="", phone="   ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h151-04-stage-to-rating", H, L, """[14:05] Wójcik, Katarzyna
Rating on the Lead we want to fill from lifecycle stage in HubSpot:
customer -> Hot
salesqualifiedlead -> Hot
marketingqualifiedlead -> Warm
any other stage, and also when stage is empty -> Cold
[14:06] Wójcik, Katarzyna
Email please in small letters (whole address), SF has problem with duplicates because of big letters
Last Name copy like it is""",
      extended(HS,
               hs(email="Tomasz.Duda@Drewnex.PL", lastname="Duda", lifecyclestage="opportunity"),
               hs(email="ewa.KRAWIEC@interia.pl", lastname="Krawiec", lifecyclestage=""),
               hs(email="Jakub.Wolny@Gmail.com", lastname="Wolny", lifecyclestage="evangelist"),
               hs(email="IZA.GORSKA@O2.PL", lastname="Górska", lifecyclestage="  ")))
def o04(r: R) -> Out:
    table = {"customer": "Hot", "salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h151-05-skip-unsubscribed-and-customers", H, L, """Kasia Wójcik 08:51
Hi, HubSpot contacts to SF Leads, but two groups please to skip:
1) who is unsubscribed in HubSpot (Unsubscribed from all email = true)
2) who is already customer (lifecycle stage = customer)
these ones nothing not send to Salesforce
Tom Ellis 08:53
and contacts where the unsubscribed field is empty?
Kasia Wójcik 08:54
they go. only "true" we skip
rest: Email, First Name, Last Name, Company copy from HubSpot without changes, Description on every lead "Imported from HubSpot\"""",
      extended(HS,
               hs(email="karol.baran@sportowy.pl", firstname="Karol", lastname="Baran", company="Sportowy",
                  lifecyclestage="customer", hs_email_optout="false"),
               hs(email="julia.wilk@gmail.com", firstname="Julia", lastname="Wilk", company="",
                  lifecyclestage="opportunity", hs_email_optout=""),
               hs(email="adam.kruk@kruk.pl", firstname="Adam", lastname="Kruk", company="Kruk Meble",
                  lifecyclestage="lead", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Description": "Imported from HubSpot"}


@case("h151-06-revenue-rating-employees", H, L, """[10:32] Wójcik, Katarzyna
one more for Leads. Rating from annual revenue:
more than 5 000 000 -> Hot
less than 1 000 000 -> Cold
between -> Warm
if revenue is empty, then Cold as well
[10:33] Wójcik, Katarzyna
Employees = number of employees as whole number (integer, not text). When is empty, this field leave out
and Email copy of course""",
      extended(HS,
               hs(email="lukasz.pawlak@pawlak-trans.pl", annualrevenue="  ", numemployees="1200"),
               hs(email="magda.sikora@lniane.pl", annualrevenue="999999.5", numemployees="  "),
               hs(email="robert.lis@hurtownia-lis.pl", annualrevenue="7500000", numemployees="85")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h151-07-e164-phone-city-case", H, L, """Kasia Wójcik 15:10
Phone on the Leads from HubSpot phone number, but in E.164 format please. Most numbers are American, so:
- number starting with + keeps its own country code, only the digits stay
- number without + is US -> +1 and the digits (if it has 11 digits and starts with 1, then the 1 is already there, only + in front)
- no phone (empty or spaces) -> Phone not send on the lead
Kasia Wójcik 15:12 Edited
also City with big first letter of every word, rest small (monterrey -> Monterrey). Email copy""",
      extended(HS,
               hs(email="kevin.price@bluelake.com", phone="1 (305) 555-0177", city="NEW YORK"),
               hs(email="sara.lopez@sunbay.com", phone="   ", city="san diego"),
               hs(email="wiktor.nowak@amber.pl", phone="+48 12 555 0123", city="kraków")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h151-08-us-only-source-date", H, L, """[09:45] Wójcik, Katarzyna
US leads only!! Only contacts with Country/Region exactly "United States" go to SF, the others not (also not the ones with empty country)
Email copy
Last Name in big letters (Doe -> DOE)
Description = original source, then space, slash, space, and create date as YYYY-MM-DD. Example: ORGANIC_SEARCH / 2023-03-14""",
      extended(HS,
               hs(email="jake.miller@lonestarbikes.com", lastname="McAllister", country="United States",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-02-29T13:00:00.000Z"),
               hs(email="ola.bielska@bielska.pl", lastname="Bielska", country="Poland",
                  hs_analytics_source="EMAIL_MARKETING", createdate="2024-05-06T12:30:00.000Z"),
               hs(email="sam.ward@wardco.com", lastname="Ward", country="", hs_analytics_source="OFFLINE",
                  createdate="2024-03-01T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['hs_analytics_source']} / {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h151-09-mailing-address-copy", H, C, """Kasia Wójcik 12:15
now Salesforce Contacts from HubSpot. Address goes to the Mailing address of contact:
street address -> Mailing Street
city -> Mailing City
state/region -> Mailing State/Province
postal code -> Mailing Zip/Postal Code
country/region -> Mailing Country
plus Email and Last Name. Everything 1:1, empty values also empty
eventually later we add phones, but not now""",
      extended(HS,
               hs(email="zofia.kaminska@gmail.com", lastname="Kamińska", address="", city="Kraków", state="",
                  zip="31-042", country="Poland"),
               hs(email="filip.wrona@wrona.pl", lastname="Wrona", address="ul. Floriańska 3 ", city=" Kraków",
                  state="  ", zip="", country="Poland")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h151-10-gdpr-opt-out-flags", H, C, """[16:02] Wójcik, Katarzyna
Contacts to SF, the opt out flags:
Email Opt Out = true when in HubSpot unsubscribed is "true", false when it is "false". When it is empty we don't know, so because of GDPR it should be true also
Do Not Call = true when HubSpot phone number is empty (or only spaces), otherwise false. Mobile is not important here
[16:03] Wójcik, Katarzyna
Email and Last Name normal copy""",
      extended(HS,
               hs(email="bogdan.ryba@ryba.pl", lastname="Ryba", hs_email_optout="  ", phone="   "),
               hs(email="natalia.kot@kot.pl", lastname="Kot", hs_email_optout="false", phone="",
                  mobilephone="+48 601 555 010")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true" or blank(r["hs_email_optout"]),
            "DoNotCall": blank(r["phone"])}


@case("h151-11-last-name-from-company-or-email", H, C, """Kasia Wójcik 10:48
SF Contact needs Last Name always, and in HubSpot we have many without it (people from shop checkout)
so Last Name = last name; when empty then company name; when this also empty then the part of email before @ (for anna.k@gmail.com -> anna.k)
Email, First Name copy 1:1""",
      extended(lower_emails(HS),
               hs(email="kasztan.shop@gmail.com", firstname="", lastname="", company="Kasztan Shop"),
               hs(email="ola.k@poczta.pl", firstname="Ola", lastname="  ", company=" "),
               hs(email="m.zajac@wp.pl", firstname="Marta", lastname="", company="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h151-12-country-codes-state-caps", H, C, """[13:30] Wójcik, Katarzyna
Contacts: Mailing Country we keep as 2-letter codes in SF, so from HubSpot country/region:
United States -> US
Japan -> JP
Mexico -> MX
France -> FR
Poland -> PL
Germany -> DE
Tom Ellis 13:34
are there other countries in the data?
[13:35] Wójcik, Katarzyna
no, only these, I controlled it
Mailing State/Province = state/region in big letters; if state is empty, don't send this field
Email copy""",
      extended(HS,
               hs(email="kinga.lewandowska@gmail.com", country="Poland", state="  "),
               hs(email="jonas.becker@becker-shop.de", country="Germany", state="by"),
               hs(email="alice.green@greenleaf.com", country="United States", state="ny")))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Poland": "PL", "Germany": "DE"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h151-13-customers-only-phone", H, C, """Kasia Wójcik 11:02
only customers please (lifecycle stage = customer), the rest is not going to Salesforce Contacts
Email in small letters
Business Phone = phone number, if empty then mobile phone number (as it is, no formatting)
Lead Source on all of them: Web""",
      extended(HS,
               hs(email="Marek.Lis@Sklep-Lis.PL", lifecyclestage="customer", phone="  ", mobilephone="+48 601 555 123"),
               hs(email="Ewa.Mazur@Mazur.pl", lifecyclestage="customer", phone="12 555 0100", mobilephone=""),
               hs(email="Adam.Bak@Bak.pl", lifecyclestage="lead", phone="12 555 0101")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


@case("h151-14-source-buckets-corrected", H, C, """[09:20] Wójcik, Katarzyna
HubSpot -> SF Contact
First Name, Last Name -> each word first letter big, rest small
Title = job title but trimmed (spaces on start/end away)
Lead Source from original source:
ORGANIC_SEARCH, DIRECT_TRAFFIC -> Web
PAID_SEARCH, PAID_SOCIAL -> Advertisement
EMAIL_MARKETING -> Email
REFERRALS -> External Referral
everything else, or empty -> Other
[09:22] Wójcik, Katarzyna
Replying to "REFERRALS -> External Referral"
sorry, for REFERRALS it should be Partner Referral, not External Referral
and Email copy""",
      extended(HS,
               hs(email="krzysztof.kowalczyk@agd24.pl", firstname="KRZYSZTOF", lastname="kowalczyk",
                  jobtitle="  Key Account Manager ", hs_analytics_source="OFFLINE"),
               hs(email="ewa.nowak@perfumeria.pl", firstname="ewa maria", lastname="NOWAK", jobtitle="   ",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="leon.maj@maj.pl", firstname="Leon", lastname="Maj", jobtitle="Buyer ",
                  hs_analytics_source="DIRECT_TRAFFIC")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "EMAIL_MARKETING": "Email", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h151-15-audience-language-default", H, M, """Kasia Wójcik 14:44
Mailchimp now. HubSpot contacts -> audience members
email -> Email Address
first name -> FNAME, last name -> LNAME (merge fields), copy also when empty
Email type always html
Language from HubSpot Preferred language. For many contacts this property is not existing at all or is empty -> then "pl\"""",
      extended(HS,
               hs(email="martin.kraus@kraus.de", firstname="Martin", lastname="Kraus", hs_language="de"),
               hs(email="hanna.bura@bura.pl", firstname="", lastname="Bura", hs_language="  "),
               hs(email="oliver.hart@hart.co.uk", firstname="Oliver", lastname="", hs_language="en")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "email_type": "html", "language": dflt(r.get("hs_language"), "pl")}


@case("h151-16-three-way-status-import-tag", H, M, """[10:05] Wójcik, Katarzyna
Mailchimp status from HubSpot "Unsubscribed from all email":
"true" -> unsubscribed
"false" -> subscribed
empty -> pending (they will get confirmation mail)
and tags: every member gets one tag "HubSpot import"
[10:06] Wójcik, Katarzyna
Email Address = email, copy""",
      extended(HS,
               hs(email="weronika.sadowska@gmail.com", hs_email_optout="  "),
               hs(email="pawel.grab@grab.pl", hs_email_optout="false")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot import"]}


@case("h151-17-b2b-and-customer-tags", H, M, """Kasia Wójcik 15:30
tags for Mailchimp members from HubSpot, two rules:
- annual revenue more than 1 000 000 -> tag "B2B big"
- lifecycle stage is customer -> tag "Customer"
can be both, then first "B2B big" and after "Customer". When none of them, tags = empty list
Tom Ellis 15:32
revenue empty?
Kasia Wójcik 15:32
then no B2B tag
Email Address copy from email""",
      extended(HS,
               hs(email="renata.wojcik@meblex.pl", annualrevenue="  ", lifecyclestage="customer"),
               hs(email="stefan.kula@kula.pl", annualrevenue="999999", lifecyclestage="evangelist"),
               hs(email="irena.mroz@mroz.pl", annualrevenue="1000000.5", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1_000_000):
        tags.append("B2B big")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h151-18-first-name-word-mobile-e164", H, M, """[12:12] Wójcik, Katarzyna
HubSpot -> Mailchimp
FNAME = only the first word of first name (from "Anna Maria" we want "Anna")
PHONE = mobile phone number; when mobile is empty then phone number. Format E.164: + and country code, only digits. If number has + already, keep its country code. Without + it is US number, +1 in front (when it has 11 digits starting with 1, then only +)
Email Address = email""",
      extended(HS,
               hs(email="mary.ann.cole@colefarm.com", firstname="Mary Ann", mobilephone="  ", phone="1-202-555-0190"),
               hs(email="zofia.rak@rak.pl", firstname="Zofia", mobilephone="+48 512 555 019", phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
                                                          "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h151-19-wholesale-firms-only-vip", H, M, """Kasia Wójcik 09:58
Mailchimp audience for wholesale newsletter, so only firms
contacts without company name (empty or only spaces) - skip them, nothing not send
all others: Email Address = email, status = subscribed (they accepted B2B terms)
VIP = true when lifecycle stage is customer, for other stages false""",
      extended(HS,
               hs(email="dorota.lasek@dommody.pl", company="Dom Mody Kraków", lifecyclestage="customer"),
               hs(email="igor.maj@gmail.com", company="   ", lifecyclestage="customer"),
               hs(email="lucja.kwiatek@kwiatek.pl", company="Kwiatek Hurt", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h151-20-names-company-domain-vip", H, M, """[14:18] Wójcik, Katarzyna
HubSpot -> Mailchimp members
FNAME and LNAME with first letter big, rest small (each word)
COMPANY merge field = company name; in case of empty take domain of the email, this what is after @ (anna@sklep.pl -> sklep.pl)
VIP true when annual revenue is more than 2 000 000, else false. Empty revenue = false
Email Address copy""",
      extended(lower_emails(HS),
               hs(email="tomasz.duda@drewnex.pl", firstname="TOMASZ", lastname="duda", company="  ",
                  annualrevenue="1999999"),
               hs(email="ala.bednarz@bednarz.pl", firstname="ala", lastname="BEDNARZ", company="Bednarz i Syn",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h151-21-identify-name-traits", H, S, """Kasia Wójcik 11:11
Segment identify from HubSpot contacts
userId = email in small letters
traits: firstName = first name, lastName = last name, phone = phone number (copy, also when empty)
and trait name = first name + space + last name""",
      extended(HS,
               hs(email="Jan.Nowak@Allegro-Shop.PL", firstname="Jan", lastname="Nowak", phone="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "phone": r["phone"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h151-22-company-object", H, S, """[10:40] Wójcik, Katarzyna
Segment again, userId = HubSpot email like it is
company info under traits.company please (nested object, not flat):
name = company name. If no company name, then name not send
industry = industry; empty -> "Other"
employee_count = number of employees as integer; empty -> leave out""",
      extended(HS,
               hs(email="maja.sokol@sokol.pl", company="  ", industry="  ", numemployees="  "),
               hs(email="oskar.lis@amberhome.pl", company="Amber Home", industry="Retail", numemployees="1500")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]),
                                        "industry": dflt(r["industry"], "Other"),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h151-23-address-object-mobile-e164", H, S, """Kasia Wójcik 16:20
Segment traits for address, under traits.address:
city, postalCode, country -> from HubSpot city, postal code, country/region, copy
street -> street address, but only if it is filled. Empty street not send
traits.phone = mobile phone, if no mobile then phone number, in E.164 (+ and digits; without + we assume US, +1; 11 digits with 1 at start has it already, only +). When both are empty - no phone trait
userId = email""",
      extended(HS,
               hs(email="daria.pol@pol.pl", address="", mobilephone="", phone="", city="Kraków", zip="30-001",
                  country="Poland"),
               hs(email="mike.dunn@dunnbros.com", address="  ", mobilephone=" ", phone="(646) 555-0111",
                  city="New York", zip="10001", country="United States")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "street": omit_if_blank(r["address"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h151-24-clean-userid-consent", H, S, """[13:03] Wójcik, Katarzyna
Segment identify, userId from email but cleaned: spaces away from begin and end, and all small letters
traits.website = website, copy
traits.marketing_consent = true only when HubSpot unsubscribed is "false". When "true" or when empty -> false
traits.employees = number of employees as number; if empty, then don't send it""",
      extended(HS,
               hs(email="  Ewa.Nowak@Onet.PL ", hs_email_optout="  ", numemployees="  ", website="  "),
               hs(email="Lech.Gorski@Gorski.pl ", hs_email_optout="false", numemployees="7", website="gorski.pl")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "marketing_consent": r["hs_email_optout"] == "false",
                            "employees": omit_if_blank(r["numemployees"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h151-25-ga4-crm-contact-event", H, G, """Kasia Wójcik 10:00
GA4 Measurement Protocol from HubSpot contacts
client_id = HubSpot email, like it is
one event, name "crm_contact"
params:
- crm = "hubspot" (always the same)
- source = original source in small letters (PAID_SEARCH -> paid_search); when source is empty, send empty text ""
- created = create date, only the date part, YYYY-MM-DD""",
      extended(HS,
               hs(email="beata.stec@stec.pl", hs_analytics_source="  ", createdate="2024-06-18T12:10:00.000Z"),
               hs(email="artur.gil@gil.pl", hs_analytics_source="EMAIL_MARKETING",
                  createdate="2024-08-02T14:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact",
                        "params": {"crm": "hubspot", "source": "" if blank(src) else src.lower(),
                                   "created": day(r["createdate"])}}]}


@case("h151-26-ga4-b2b-employees", H, G, """[15:15] Wójcik, Katarzyna
second GA4: only contacts with number of employees more than 10. When employees empty -> don't send
client_id = part of email before @
event name always "b2b_lead"
param employees = number of employees as number
[15:17] Wójcik, Katarzyna
sorry, I checked with marketing, it should be more than 20 employees, not 10""",
      extended(lower_emails(HS),
               hs(email="patryk.zak@zak-logistyka.pl", numemployees="75"),
               hs(email="emilia.roz@roz.pl", numemployees="  "),
               hs(email="jerzy.mucha@mucha.pl", numemployees="15")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "b2b_lead", "params": {"employees": num(r["numemployees"])}}]}


@case("h151-27-ga4-buyer-or-prospect", H, G, """Kasia Wójcik 11:47
GA4 event for each contact:
event name "returning_buyer" when lifecycle stage is customer or evangelist, for all other stages (also empty) "prospect"
client_id = email copy
params: city = city, but empty city -> "unknown"; country = country/region copy""",
      extended(HS,
               hs(email="halina.dab@dab.pl", lifecyclestage="evangelist", city="  ", country="Poland"),
               hs(email="roman.buk@buk.pl", lifecyclestage="", city="Gdynia", country="Poland")))
def o27(r: R) -> Out:
    name = "returning_buyer" if r["lifecyclestage"] in ("customer", "evangelist") else "prospect"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"city": dflt(r["city"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h151-28-lead-to-contact-copy", L, H, """[09:05] Wójcik, Katarzyna
other direction now: Salesforce Leads -> HubSpot contacts
Email -> email
First Name -> first name
Last Name -> last name
Company -> company name
Title -> job title
Phone -> phone number
City -> city
1:1. empty goes also empty, don't fill nothing""",
      extended(SFL,
               sfl(Email="wanda.kos@kos.pl", FirstName="Wanda", LastName="Kos", Company="", Title="  ", Phone="",
                   City=" Lublin")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h151-29-lead-status-optout-text", L, H, """Kasia Wójcik 13:50
SF Lead -> HubSpot, Lead Status mapping:
Open - Not Contacted -> NEW
Working - Contacted -> IN_PROGRESS
Closed - Converted -> CONNECTED
Closed - Not Converted -> UNQUALIFIED
(in our actual SF there are only these 4)
Unsubscribed from all email in HubSpot: as text "true" when Email Opt Out is checked, "false" when not
email from Email""",
      extended(SFL,
               sfl(Email="kamil.rogal@rogal.pl", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="nina.bor@bor.pl", Status="Closed - Not Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h151-30-rating-to-stage-revenue", L, H, """[10:25] Wójcik, Katarzyna
Leads to HubSpot contacts
Rating -> Lifecycle Stage:
Hot = salesqualifiedlead
Warm = marketingqualifiedlead
Cold = lead
Annual Revenue as number; empty -> don't send annual revenue
email = Email in small letters""",
      extended(SFL,
               sfl(Email="Piotr.Zielinski@Bursztyn.PL", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="Kasia.Bury@Bury.pl", Rating="Cold", AnnualRevenue="1500000.50")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h151-31-uk-leads-phone-postcode", L, H, """Kasia Wójcik 14:30
only UK leads -> HubSpot (Country = United Kingdom), other countries not
phone number = Phone in E.164 for UK: digits only, +44 and the 0 at the beginning away (020 7946 0321 -> +442079460321). If it starts already with +, keep like is (only digits after +)
postal code = Postal Code in big letters
job title = Title; empty -> "Unknown"
email = Email""",
      extended(SFL,
               sfl(Email="olivia.hughes@teaandco.co.uk", Country="United Kingdom", Phone="07700 900123",
                   PostalCode="ec1a 1bb", Title=""),
               sfl(Email="george.bell@bellmill.co.uk", Country="United Kingdom", Phone="+44 161 496 0000",
                   PostalCode="m1 1ae", Title="  "),
               sfl(Email="sean.doyle@doyle.ie", Country="Ireland", Phone="+353 1 555 0100", PostalCode="D02 X285")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h151-32-skip-not-converted-address", L, H, """[16:40] Wójcik, Katarzyna
Leads -> HubSpot, skip leads with status Closed - Converted
street address in HubSpot = Street + ", " + City (e.g. "200 Lake St, Chicago"). If Street is empty, then only City, without comma
company name = Company; when empty "No company"
email = Email
[16:44] Wójcik, Katarzyna
correction: not Closed - Converted, I mean Closed - Not Converted ones we skip. Converted ones go normally""",
      extended(SFL,
               sfl(Email="roza.nowicka@nowicka.pl", Street="", City="Gdańsk", Status="Open - Not Contacted",
                   Company=""),
               sfl(Email="jacek.wrobel@wrobel.pl", Street="  ", City="Poznań", Status="Working - Contacted",
                   Company="  "),
               sfl(Email="teresa.gil@gil.pl", Street="ul. Długa 5", City="Gdańsk", Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "company": dflt(r["Company"], "No company")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h151-33-optout-status-trade-show-tag", C, M, """Kasia Wójcik 12:30
Salesforce Contacts -> Mailchimp
Email Address = Email in small letters
status: Email Opt Out checked -> unsubscribed, not checked -> subscribed
tags: all of them get "Salesforce", and when Lead Source is Trade Show then also "Trade show" after it""",
      extended(SFC,
               sfc(Email="Grzegorz.Pietrzak@Targi.PL", LeadSource="Trade Show", HasOptedOutOfEmail=True),
               sfc(Email="monika.szulc@szulc.pl", LeadSource="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h151-34-sms-audience-language", C, M, """[11:55] Wójcik, Katarzyna
SMS audience in Mailchimp from SF Contacts. Contacts without Business Phone (empty/spaces) we skip
PHONE merge field = Business Phone in E.164 (+ and digits; without + it's US, add +1; 11 digits starting with 1 -> just +; with + keep its code)
language from Mailing Country:
Germany -> de
Austria -> de
United States -> en
Poland -> pl
Email Address = Email""",
      extended(SFC,
               sfc(Email="tomasz.kaczmarek@kaczmarek.pl", Phone="+48 12 555 0199", MailingCountry="Poland"),
               sfc(Email="iwona.lis@lis.pl", Phone="   ", MailingCountry="Poland"),
               sfc(Email="dan.ross@rossbikes.com", Phone="", MailingCountry="United States"),
               sfc(Email="amy.shaw@shawco.com", Phone="1 503 555 0133", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Poland": "pl"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h151-35-dear-customer-partner-vip", C, M, """Kasia Wójcik 15:05
SF Contact -> Mailchimp
FNAME = First Name, in case of empty "Customer" (we use it in greeting "Dear Customer")
LNAME = Last Name copy
VIP = true when Lead Source is exactly Partner Referral; other sources and empty source -> false
status subscribed for all
Email Address = Email""",
      extended(SFC,
               sfc(Email="lidia.wrona@wrona.pl", FirstName="", LastName="Wrona", LeadSource="Partner Referral"),
               sfc(Email="maciej.dudek@dudek.pl", FirstName="  ", LastName="", LeadSource="")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral", "status": "subscribed"}


@case("h151-36-opted-in-clear-tags", C, M, """[08:30] Wójcik, Katarzyna
Contacts -> Mailchimp, only who is NOT opted out (Email Opt Out not checked). Opted out ones not send
Email Address, FNAME, LNAME copy from Email, First Name, Last Name
status = subscribed, language = pl for everybody
tags: empty list. Concretely [] , we want to clear the old tags""",
      extended(SFC,
               sfc(Email="agata.zych@zych.pl", FirstName="Agata", LastName="", HasOptedOutOfEmail=False),
               sfc(Email="borys.lew@lew.pl", FirstName="Borys", LastName="Lew", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "pl", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h151-37-identify-birthday-optional", C, S, """Kasia Wójcik 10:10
SF Contact -> Segment identify
userId = Email in small letters
traits.firstName, traits.lastName, traits.title = First Name, Last Name, Title, copy (empty stays empty)
traits.birthday = Birthdate, but when there is no birthdate - don't send birthday trait""",
      extended(SFC,
               sfc(Email="Julian.Kot@Kot.PL", Title="", Birthdate="  "),
               sfc(Email="ELA.MAK@MAK.PL", FirstName="Ela", LastName="Mak", Title="Owner", Birthdate="1979-02-14")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "birthday": omit_if_blank(r["Birthdate"])}})


@case("h151-38-address-poland-default", C, S, """[14:50] Wójcik, Katarzyna
Segment from SF Contacts, userId = Email without changes
traits.address.city = Mailing City with the spaces trimmed
traits.address.country = Mailing Country; when empty -> Poland (most of our customers are from there)""",
      extended(SFC,
               sfc(Email="kuba.sobczak@sobczak.pl", MailingCity=" Kraków ", MailingCountry="  "),
               sfc(Email="nela.gorecka@gorecka.pl", MailingCity="Wrocław", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Poland")}}}


@case("h151-39-phone-name-team", C, S, """Kasia Wójcik 16:05
Segment identify from SF Contact
userId = Email
traits.phone = Business Phone E.164 (US numbers +1; number with + keeps own country code; 11 digits starting with 1 -> only +)
traits.name = First Name + " " + Last Name
traits.team from Department:
Sales -> sales
Marketing -> marketing
Engineering -> tech
IT -> tech
other or empty -> other""",
      extended(SFC,
               sfc(Email="adrian.nowak@techmart.pl", FirstName="Adrian", LastName="Nowak", Department="IT",
                   Phone="1 503 555 0102"),
               sfc(Email="beata.kurek@kurek.pl", FirstName="Beata", LastName="Kurek", Department="Marketing",
                   Phone="(971) 555-0144"),
               sfc(Email="olga.sroka@sroka.pl", FirstName="Olga", LastName="Sroka", Department="  ",
                   Phone="+48 22 555 0134"),
               sfc(Email="tim.boyd@boydfin.com", FirstName="Tim", LastName="Boyd", Department="Finance",
                   Phone="503-555-0121")))
def o39(r: R) -> Out:
    team = {"Sales": "sales", "Marketing": "marketing", "Engineering": "tech", "IT": "tech"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "team": team.get(r["Department"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h151-40-members-to-contacts-optout-text", M, H, """[09:35] Wójcik, Katarzyna
Mailchimp -> HubSpot contacts
email = Email Address
first name, last name = FNAME, LNAME with first letter of each word big, rest small
phone number = PHONE copy, but empty PHONE not send
company name = COMPANY; empty -> "Individual"
Unsubscribed from all email, as text: "true" when Mailchimp status is unsubscribed, for every other status "false\"""",
      extended(MC,
               mc({"FNAME": "ANNA MARIA", "LNAME": "kowalska", "PHONE": "  ", "COMPANY": "  "},
                  email_address="anna.kowalska@kwiaty.pl", status="pending"),
               mc({"FNAME": "marek", "LNAME": "SZEWC", "PHONE": "+48 12 555 0166", "COMPANY": "Szewc Obuwie"},
                  email_address="marek.szewc@szewc.pl", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h151-41-skip-cleaned-vip-customer", M, H, """Kasia Wójcik 13:15
members from Mailchimp -> HubSpot. the cleaned ones (status cleaned) skip
phone number = PHONE in E.164 (+1 for US when no +; with + keep own code; 11 digits starting with 1 -> only +). Empty PHONE -> phone not send
company name = COMPANY copy
lifecycle stage: VIP member -> customer, not VIP -> lead
email = Email Address""",
      extended(MC,
               mc({"PHONE": "  ", "COMPANY": "Pierogarnia Babcia"}, email_address="jola.babcia@pierogarnia.pl",
                  status="subscribed", vip=True),
               mc({"PHONE": "1 646 555 0111", "COMPANY": ""}, email_address="nick.ford@fordbakery.com",
                  status="pending", vip=False),
               mc({"PHONE": "(212) 555-0100"}, email_address="old.address@dead.com", status="cleaned", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h151-42-webinar-tag-lead-status", M, H, """[10:55] Wójcik, Katarzyna
Mailchimp members -> HubSpot
first name = first word of FNAME ("Anna Maria" -> "Anna")
company name = COMPANY, when empty then email domain, the part after @
Lead Status: if member has tag "Webinar" -> CONNECTED, without this tag -> NEW
email = Email Address
Tom Ellis 10:58
tag "webinar" with small w also?
[10:59] Wójcik, Katarzyna
no, only exactly "Webinar" with big W""",
      extended(MC,
               mc({"FNAME": "Anna Maria", "COMPANY": "  "}, email_address="anna.maria@kwiaciarnia.pl",
                  tags=["VIP", "Webinar"]),
               mc({"FNAME": "Piotr", "COMPANY": ""}, email_address="piotr@drukarnia-k.pl", tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "hs_lead_status": "CONNECTED" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set151")
