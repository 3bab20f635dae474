"""Held-out set 163 for the offline mapping drafter.

Persona: Maricel ('Cel') Santos, marketing associate at a BPO-serviced e-commerce brand in Manila,
who writes in Filipino English with a little Taglish. Every mapping reaches the developer
(Kuya Jun) as Viber/Messenger messages typed fast on her phone: texting abbreviations ('pls',
'fname', 'lname', 'w/', 'w/o', 'b4', 'thru', 'bcoz', 'dnt', 'ur', 'pls note', 'tnx', 'ty po'),
polite particles ('po', 'naman', 'ha'), 'kindly', 'same lang' for 'same', 'nalang' for 'just',
'ok na' for 'is fine', 'blank' / 'empty' / 'wala' for no value, an emoji now and then, several
short messages in a row rather than one long one, and an occasional typo she corrects in the next
message with '*'. Jun sometimes asks a short question and she answers. She is precise about
values despite the informal style.

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


@case("h163-01-straight-copy-web-source", H, L, """Kuya Jun good morning po 🙏
pls set up HubSpot contacts -> SF Leads
email -> Email
fname -> First Name
lname -> Last Name
company name -> Company
job title -> Title
mobile phone number -> Mobile Phone
pure copy lang po lahat, no trimming, no changing of small/capital letters
pls note if empty sa HubSpot, empty din ipapasa, dnt put anything
w/ spaces lang? copy the spaces as is din
then Lead Source = Web for everyone ha
tnx!""",
      extended(HS,
               hs(email="jhun.aquino@tindahanni.ph", firstname="Jhun", lastname="Aquino", company="",
                  jobtitle="  ", mobilephone="+63 917 555 0123"),
               hs(email="bea.reyes@gmail.com", firstname="Bea", lastname="Reyes", company="Sari Sari Hub ",
                  jobtitle="", mobilephone="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "MobilePhone": r["mobilephone"], "LeadSource": "Web"}


@case("h163-02-required-fields-defaults", H, L, """Kuya another HS -> SF Lead po
bcoz SF needs Last Name and Company, kindly add defaults ha
Last Name = lname w/ the spaces removed sa start and end. if lname is blank (wala or spaces lang) -> Unknown
Company = company name, copy as is, NO trim. if blank -> Online Shopper
First Name = fname, trim lang din (no default)
Phone = phone number, Email = email. same lang, no changes
ty po 🙏""",
      extended(HS,
               hs(email="rowena.cruz@yahoo.com", firstname=" Rowena ", lastname="   ", company="  ", phone=""),
               hs(email="paolo.lim@limtrading.ph", firstname="Paolo", lastname=" Lim ", company=" Lim Trading ",
                  phone="+63 2 8555 0100"),
               hs(email="kat.bautista@gmail.com", firstname="Kat ", lastname="", company="", phone="  ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "LastName": dflt(r["lastname"], "Unknown").strip(), "Company": dflt(r["company"], "Online Shopper"),
            "Phone": r["phone"]}


@case("h163-03-phone-fallback-capitalized-names", H, L, """Cel Santos 10:02 AM
Kuya for the Leads po, Phone field:
use phone number first. if blank, mobile phone number nalang
if both are blank (or spaces lang), wag na isama yung Phone field sa record
copy the number as is, no formatting
Cel Santos 10:04 AM
First Name and Last Name = fname and lname, capital first letter each word tapos small the rest
ex. ANGELICA mae -> Angelica Mae, VILLANUEVA -> Villanueva
Email copy lang""",
      extended(HS,
               hs(email="angelica.tan@gmail.com", firstname="ANGELICA mae", lastname="tan", phone="  ",
                  mobilephone="+63 918 555 0147"),
               hs(email="joy.villanueva@joyfulbakes.ph", firstname="joy", lastname="VILLANUEVA", phone="",
                  mobilephone="  "),
               hs(email="ramon.uy@uytextiles.ph", firstname="Ramon", lastname="Uy", phone="+63 2 8555 0199",
                  mobilephone="+63 917 555 0001")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h163-04-source-table-lower-email", H, L, """Kuya Lead Source naman po, from Original Source sa HubSpot:
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisment
PAID_SOCIAL -> Advertisement
SOCIAL_MEDIA -> Word of mouth
REFERRALS -> External Referral
*Advertisement for PAID_SEARCH 😅 typo
lahat ng iba pa, pati blank -> Other
Email pls all small letters, whole address
Company = company name, copy lang""",
      extended(HS,
               hs(email="Trisha.Gomez@Gmail.com", company="Trishas Closet", hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="MIGUEL.SY@SYHARDWARE.PH", company="Sy Hardware", hs_analytics_source="  "),
               hs(email="Nina.Ong@OngFoods.ph", company="", hs_analytics_source="DIRECT_TRAFFIC")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "SOCIAL_MEDIA": "Word of mouth", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "Company": r["company"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h163-05-skip-subscribers-and-unsubs", H, L, """HubSpot -> SF Leads ulit po
pls DON'T include these 2 groups:
1. lifecycle stage = subscriber (newsletter signups lang sila, not leads)
2. Unsubscribed from all email = true
Jun: pano yung blank yung unsubscribed?
isama pa rin po, "true" lang ang i-skip
the rest copy lang: email -> Email, fname -> First Name, lname -> Last Name, company name -> Company
Description = HubSpot PH webstore, same for all""",
      extended(HS,
               hs(email="liza.santos@kakanin.ph", firstname="Liza", lastname="Santos", company="Kakanin Co",
                  lifecyclestage="subscriber", hs_email_optout="false"),
               hs(email="mark.dizon@gmail.com", firstname="Mark", lastname="Dizon", company="",
                  lifecyclestage="lead", hs_email_optout=""),
               hs(email="ana.perez@perezprints.ph", firstname="Ana", lastname="Perez", company="Perez Prints",
                  lifecyclestage="opportunity", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Description": "HubSpot PH webstore"}


@case("h163-06-revenue-rating-employee-int", H, L, """Rating sa Lead po, based on annual revenue
more than 3,000,000 -> Hot
less than 500,000 -> Cold
in between -> Warm
walang annual revenue (blank) -> Cold din
then Employees = number of employees as whole number (integer)
if blank number of employees, dnt include Employees nalang
👍""",
      extended(HS,
               hs(email="carlo.ramos@ramosmotors.ph", annualrevenue="3500000", numemployees="1200"),
               hs(email="grace.lopez@lopezcrafts.ph", annualrevenue="499999", numemployees="  "),
               hs(email="ben.tiu@tiutrading.ph", annualrevenue="  ", numemployees="8")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 500_000 else ("Hot" if v > 3_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h163-07-sms-mobile-e164-city-caps", H, L, """Kuya pa-setup po HS -> Leads, for the SMS blast 📱
Mobile Phone = mobile phone number in E.164 pls: + then digits lang
kung may + na sa HubSpot, keep its country code
walang + -> US number yan, add +1 (if 11 digits na and starts w/ 1, + nalang)
if mobile is blank -> wag na isama Mobile Phone
First Name = fname, City = city, both w/ capital first letter each word, small the rest (quezon city -> Quezon City)
Email same lang""",
      extended(HS,
               hs(email="mika.castro@gmail.com", firstname="MIKA", city="quezon city", mobilephone="  "),
               hs(email="james.go@gotech.ph", firstname="james", city="MAKATI", mobilephone="1 (650) 555-0111"),
               hs(email="rina.chua@chuaimports.ph", firstname="Rina", city="san juan",
                  mobilephone="+63 917 555 0123")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "City": title(r["city"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h163-08-ph-only-caps-since-date", H, L, """PH contacts lang po isasync sa Leads (country/region = Philippines)
others skip muna
Last Name = lname in ALL CAPS
Description = "HubSpot since " + create date, yung date lang (YYYY-MM-DD)
so like "HubSpot since 2024-02-14"
Email copy, tnx po""",
      extended(HS,
               hs(email="carlo.mendoza@kapetayo.ph", lastname="Mendoza", country="Philippines",
                  createdate="2024-02-14T12:30:00.000Z"),
               hs(email="liza.soriano@gmail.com", lastname="soriano", country="Philippines",
                  createdate="2023-09-01T11:15:00.000Z"),
               hs(email="wei.lim@lionmart.sg", lastname="Lim", country="Singapore",
                  createdate="2024-05-20T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "Philippines":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"HubSpot since {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h163-09-mailing-address-copy", H, C, """Kuya SF Contacts naman po, address fields lang muna
street address -> Mailing Street
city -> Mailing City
state/region -> Mailing State/Province
postal code -> Mailing Zip/Postal Code
country/region -> Mailing Country
email -> Email
copy lang lahat, as is. blank sa HubSpot = blank din sa SF
no trimming ha, kahit may extra spaces
pls check on ur side if ok na, tnx""",
      extended(HS,
               hs(email="joanna.reyes@gmail.com", address="  ", city="Pasig", state="", zip="1600",
                  country="Philippines"),
               hs(email="rico.valdez@valdezfarm.ph", address="Purok 3 Brgy Malinta", city="Valenzuela ",
                  state="Metro Manila", zip="", country="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h163-10-optout-and-do-not-call", H, C, """2 checkbox fields sa SF Contact po
Email Opt Out -> true only if Unsubscribed from all email is "true"
if "false" or blank -> false
Do Not Call -> true if BOTH phone number and mobile phone number are blank (wala or spaces lang)
may kahit isang number -> false""",
      extended(HS,
               hs(email="dennis.yap@yapgroup.ph", hs_email_optout="  ", phone="  ", mobilephone=""),
               hs(email="mae.flores@gmail.com", hs_email_optout="true", phone="", mobilephone="+63 917 555 0100"),
               hs(email="toni.rivera@riverashop.ph", hs_email_optout="false", phone="", mobilephone="  ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h163-11-guest-checkout-name-fallbacks", H, C, """Kuya some contacts walang fname kasi guest checkout 😅
First Name = fname. if blank, get the part of the email b4 the @ (shopper.mae@gmail.com -> shopper.mae)
Title = job title -> if blank, industry -> if blank pa rin, "Customer"
Email copy lang po""",
      extended(lower_emails(HS),
               hs(email="shopper.mae@gmail.com", firstname="", jobtitle="  ", industry="Retail"),
               hs(email="bong.ilagan@yahoo.com", firstname="  ", jobtitle="", industry="  "),
               hs(email="che.manalo@manalo.ph", firstname="Che", jobtitle="Purchaser", industry="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Customer")}


@case("h163-12-country-codes-city-caps", H, C, """Mailing Country sa SF Contacts = 2-letter code pls:
United States = US
Japan = JP
Mexico = MX
France = FR
Philippines = PH
Singapore = SG
yan lang po ang countries natin sa HubSpot, checked ko na
Mailing City = city in ALL CAPS (for the courier)
if walang city, dnt send Mailing City
Email same lang""",
      extended(HS,
               hs(email="ivy.salazar@gmail.com", country="Philippines", city="cebu city"),
               hs(email="ken.ng@ngtrading.sg", country="Singapore", city="  "),
               hs(email="luz.pascual@pascual.ph", country="Philippines", city="")))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Philippines": "PH",
             "Singapore": "SG"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingCity": omit_if_blank(r["city"], str.upper)})


@case("h163-13-customers-only-phone-fallback", H, C, """Cel Santos 3:15 PM
customers lang po (lifecycle stage = customer), yung iba wag na
Email -> lowercase lahat
Business Phone = mobile phone number, if blank -> phone number. as is, no formatting
Cel Santos 3:16 PM
Description = Webstore customer, for all""",
      extended(HS,
               hs(email="Aileen.Cortez@Gmail.com", lifecyclestage="customer", mobilephone="  ",
                  phone="+63 2 8555 0111"),
               hs(email="RJ.Navarro@navarro.PH", lifecyclestage="customer", mobilephone="+63 917 555 0199",
                  phone="+63 2 8555 0122"),
               hs(email="Paul.Tan@TanBooks.ph", lifecyclestage="opportunity", mobilephone="+63 917 555 0133")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Webstore customer"}


@case("h163-14-names-city-trim-source-table", H, C, """HS -> SF Contact po
First Name, Last Name = fname, lname, capital first letter per word then small the rest
Mailing City = city, trimmed (remove spaces b4 and after)
Lead Source from Original Source:
PAID_SOCIAL -> Advertisement
PAID_SEARCH -> Advertisement
SOCIAL_MEDIA -> Word of mouth
REFERRALS -> Employee Referral
anything else, or blank -> Web
email -> Email""",
      extended(HS,
               hs(email="cristina.garcia@gmail.com", firstname="MA. CRISTINA", lastname="garcia", city=" Taguig ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="noel.bernardo@bernardo.ph", firstname="noel", lastname="BERNARDO", city="Pasay  ",
                  hs_analytics_source="  "),
               hs(email="abby.samson@samson.ph", firstname="Abby", lastname="Samson", city="Antipolo",
                  hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    table = {"PAID_SOCIAL": "Advertisement", "PAID_SEARCH": "Advertisement", "SOCIAL_MEDIA": "Word of mouth",
             "REFERRALS": "Employee Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "MailingCity": r["city"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h163-15-audience-language-en-default", H, M, """Mailchimp po: HubSpot contacts -> audience members
email -> Email Address
fname -> FNAME, lname -> LNAME, copy lang even if blank
status = subscribed lahat
language = Preferred language sa HubSpot
madami walang value, or wala talaga yung property sa contact -> en nalang""",
      extended(HS,
               hs(email="jericho.lim@gmail.com", firstname="Jericho", lastname="Lim", hs_language="tl"),
               hs(email="sam.go@gomart.ph", firstname="", lastname="Go", hs_language="  "),
               hs(email="yuki.mori@morishop.jp", firstname="Yuki", lastname="", hs_language="ja")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h163-16-three-way-status-ph-tag", H, M, """Kuya Mailchimp status pls, based on Unsubscribed from all email sa HubSpot:
"true" -> unsubscribed
"false" -> subscribed
blank (wala or spaces lang) -> pending, para ma-reconfirm sila
then tags: isang tag lang for everyone, "HubSpot PH"
email -> Email Address""",
      extended(HS,
               hs(email="marvin.cruz@gmail.com", hs_email_optout="  "),
               hs(email="tess.mercado@mercado.ph", hs_email_optout="false"),
               hs(email="alvin.dy@dyhome.ph", hs_email_optout="true")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot PH"]}


@case("h163-17-corporate-ambassador-tags", H, M, """Kuya tags sa Mailchimp (from HubSpot) pls 🙏
- number of employees more than 50 -> "Corporate"
- lifecycle stage is evangelist -> "Ambassador"
if both, Corporate first then Ambassador
pag wala sa dalawa -> empty list []
Jun: employees blank?
no Corporate tag po pag blank
Email Address = email""",
      extended(HS,
               hs(email="patricia.lao@laoenterprises.ph", numemployees="75", lifecyclestage="evangelist"),
               hs(email="gino.sison@gmail.com", numemployees="  ", lifecyclestage="evangelist"),
               hs(email="hazel.co@cocafe.ph", numemployees="49", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Corporate")
    if r["lifecyclestage"] == "evangelist":
        tags.append("Ambassador")
    return {"email_address": r["email"], "tags": tags}


@case("h163-18-first-word-phone-e164", H, M, """FNAME = first word lang ng fname (Juan Miguel -> Juan)
PHONE = mobile phone number, if blank use phone number
format E.164 pls: + and digits only
may + na -> keep the country code
walang + -> US, add +1 (11 digits starting w/ 1 -> + nalang)
Email Address = email""",
      extended(HS,
               hs(email="juan.miguel@gmail.com", firstname="Juan Miguel", mobilephone="  ", phone="(917) 555-0100"),
               hs(email="kyla.santiago@santiago.ph", firstname="Kyla", mobilephone="+63 917 555 0142", phone=""),
               hs(email="pj.morales@gmail.com", firstname="Paolo Jose", mobilephone="", phone="1-202-555-0190")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h163-19-skip-no-fname-vip-stages", H, M, """Kuya for the personalized "Hi <name>" campaign po
skip contacts w/o fname (blank or spaces lang), dnt send them to Mailchimp
the rest:
Email Address = email
Email type = html, for all
VIP = true if lifecycle stage is customer or evangelist
other stages and blank stage = false""",
      extended(HS,
               hs(email="no.name1@gmail.com", firstname="  ", lifecyclestage="customer"),
               hs(email="no.name2@yahoo.com", firstname="", lifecyclestage="lead"),
               hs(email="kristine.aguilar@gmail.com", firstname="Kristine", lifecyclestage="evangelist"),
               hs(email="arnel.pineda@gmail.com", firstname="Arnel", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "email_type": "html",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h163-20-names-domain-company-revenue-vip", H, M, """HS -> Mailchimp po
FNAME / LNAME -> capitalize first letter each word, small the rest
COMPANY = company name. if blank, get the domain from the email (yung after @) e.g. juan@tindahan.ph -> tindahan.ph
VIP = true if annual revenue is more than 5,000,000
not more than that, or blank -> false
Email Address copy""",
      extended(lower_emails(HS),
               hs(email="rey.manalastas@manalastas.ph", firstname="REY", lastname="manalastas", company="  ",
                  annualrevenue="5000000.5"),
               hs(email="dina.robles@robles.ph", firstname="dina", lastname="ROBLES", company="Robles Bakery",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h163-21-identify-lower-id-full-name", H, S, """Segment identify from HubSpot po
userId = email, all lowercase
traits.email = email, same lang (no changes)
traits.firstName = fname, traits.lastName = lname
traits.title = job title, pag blank send blank ok na
traits.name = fname + space + lname (Juan Cruz)""",
      extended(HS,
               hs(email="Lara.Rosario@Gmail.com", firstname="Lara", lastname="Rosario", jobtitle=""),
               hs(email="NICO.FERNANDEZ@FERNANDEZ.PH", firstname="Nico", lastname="Fernandez",
                  jobtitle="Store Manager")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h163-22-company-traits-individual-buyer", H, S, """Kuya under traits.company po (nested):
name = company name, if blank -> Individual Buyer
industry = industry, if blank dnt send
employee_count = number of employees as integer, if blank dnt send din
userId = email as is""",
      extended(HS,
               hs(email="jay.villa@gmail.com", company="  ", industry="  ", numemployees="  "),
               hs(email="ofelia.tan@tanfoods.ph", company="Tan Foods", industry="Food", numemployees="320"),
               hs(email="ria.luna@lunadesign.ph", company="", industry="Design", numemployees="3")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual Buyer"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h163-23-address-traits-phone-e164", H, S, """traits.address (nested) pls:
street = street address
city = city
state = state/region, pero if blank wag na isama
postalCode = postal code
country = country/region
copy lang these, as is
traits.phone = phone number, if blank mobile phone number
in E.164 (+ digits lang; no + -> US so +1; 11 digits starting w/ 1 -> + lang; may + -> keep code)
both blank -> no phone trait
userId = email""",
      extended(HS,
               hs(email="lea.mallari@gmail.com", address="", city="Cavite", state="", zip="4100",
                  country="Philippines", phone="  ", mobilephone=""),
               hs(email="ron.baltazar@baltazar.ph", address="12 Katipunan Ave", city="Quezon City", state="NCR",
                  zip="1108", country="Philippines", phone="", mobilephone="+63 917 555 0155")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h163-24-clean-userid-unsub-revenue", H, S, """userId = email pero trimmed + lowercase pls (may extra spaces kasi yung iba)
traits.industry = industry, copy
traits.unsubscribed = true if Unsubscribed from all email is "true" OR blank
false lang pag "false"
traits.revenue = annual revenue as number, dnt send if blank""",
      extended(HS,
               hs(email="  Jessa.Ramos@Gmail.com ", industry="  ", hs_email_optout="  ", annualrevenue="  "),
               hs(email="Oscar.Lee@LeeMotors.ph ", industry="Automotive", hs_email_optout="false",
                  annualrevenue="750000.25")))
def o24(r: R) -> Out:
    v = r["hs_email_optout"]
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "unsubscribed": v == "true" or blank(v),
                            "revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h163-25-ga4-crm-signup-event", H, G, """GA4 po, sending thru Measurement Protocol
client_id = email, as is
event name = crm_signup, always
params:
store = ph_webstore (fixed, same for all)
country = country/region, copy
source = Original Source in lowercase. if blank -> none
signup_date = create date, YYYY-MM-DD lang""",
      extended(HS,
               hs(email="bianca.roxas@gmail.com", country="Philippines", hs_analytics_source="  ",
                  createdate="2024-03-08T12:45:00.000Z"),
               hs(email="leo.santos@santoshw.ph", country="Philippines", hs_analytics_source="SOCIAL_MEDIA",
                  createdate="2024-10-10T11:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_signup",
                        "params": {"store": "ph_webstore", "country": r["country"],
                                   "source": "none" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h163-26-ga4-high-value-revenue", H, G, """Kuya GA4 ulit, high value contacts lang: annual revenue more than 1,000,00
*1,000,000
blank annual revenue -> skip din
client_id = part of email b4 the @
event name "high_value_lead"
param revenue = annual revenue, as a number""",
      extended(lower_emails(HS),
               hs(email="marco.villar@villar.ph", annualrevenue="999999"),
               hs(email="jenny.ocampo@ocampo.ph", annualrevenue="  "),
               hs(email="gab.reyes@reyesfurniture.ph", annualrevenue="1500000")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h163-27-ga4-optout-or-active-event", H, G, """event name:
"optout_contact" if Unsubscribed from all email is "true"
else "active_contact" (pati blank -> active_contact)
client_id = email
params: job_title = job title, if blank -> none
company = company name, copy (blank stays blank)""",
      extended(HS,
               hs(email="celine.uy@gmail.com", hs_email_optout="  ", jobtitle="  ", company=""),
               hs(email="dante.lim@limsons.ph", hs_email_optout="true", jobtitle="Owner", company="Lim & Sons")))
def o27(r: R) -> Out:
    name = "optout_contact" if r["hs_email_optout"] == "true" else "active_contact"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "none"),
                                                 "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h163-28-leads-back-to-hubspot-copy", L, H, """Kuya reverse naman po: SF Leads -> HubSpot contacts
Email -> email
First Name -> fname
Last Name -> lname
Company -> company name
Title -> job title
Phone -> phone number
Street -> street address
Zip/Postal Code -> postal code
straight copy, if empty sa SF empty din sa HubSpot""",
      extended(SFL,
               sfl(Email="mara.lopez@lopezcatering.ph", FirstName="Mara", LastName="Lopez", Company="",
                   Title="  ", Phone="", Street="", PostalCode=" 1100"),
               sfl(Email="vic.sy@sytools.ph", FirstName="Vic", LastName="Sy", Company="Sy Tools ", Title="Owner",
                   Phone="+63 2 8555 0177", Street="45 Banawe St", PostalCode="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"]}


@case("h163-29-lead-status-table-optout-text", L, H, """Cel Santos 9:40 AM
Lead Status sa HubSpot from SF Lead Status po:
Open - Not Contacted -> NEW
Working - Contacted -> ATTEMPTED_TO_CONTACT
Closed - Converted -> OPEN_DEAL
Closed - Not Converted -> BAD_TIMING
4 lang yan sa SF natin
Cel Santos 9:42 AM
Unsubscribed from all email = text "true" if Email Opt Out is checked, "false" if not
email = Email""",
      extended(SFL,
               sfl(Email="jomar.bravo@bravo.ph", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="tina.ferrer@ferrer.ph", Status="Closed - Not Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "BAD_TIMING"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h163-30-rating-stage-revenue-lower-email", L, H, """Leads -> HubSpot
Rating -> lifecycle stage:
Hot -> opportunity
Warm -> salesqualifiedlead
Cold -> lead
annual revenue = Annual Revenue as a number; if blank dnt include
email = Email, lowercase pls""",
      extended(SFL,
               sfl(Email="Ernesto.Gatchalian@Gatchalian.PH", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="Bel.Cruz@CruzFarms.ph", Rating="Cold", AnnualRevenue="820000.50")))
def o30(r: R) -> Out:
    table = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h163-31-uk-reseller-leads", L, H, """for our UK reseller po: UK leads lang (Country = United Kingdom), others wag na
phone number = Phone in E.164 UK: +44, remove the 0 sa start, digits lang
(020 7946 0321 -> +442079460321)
if may + na, keep as is, just the digits after +
postal code = Zip/Postal Code in CAPS
company name = Company, if blank -> Independent
email = Email""",
      extended(SFL,
               sfl(Email="amelia.price@priceandco.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="sw1a 1aa", Company=""),
               sfl(Email="harry.cole@colemart.co.uk", Country="United Kingdom", Phone="+44 113 496 0000",
                   PostalCode="ls1 4ap", Company="  "),
               sfl(Email="claire.byrne@byrne.ie", Country="Ireland", Phone="+353 1 555 0111",
                   PostalCode="D04 X2Y3", Company="Byrne Ltd")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Independent")}


@case("h163-32-skip-cold-street-city", L, H, """Leads -> HubSpot, exclude the Cold ones po (Rating = Cold)
street address = Street + ", " + City (e.g. 88 Ayala Ave, Makati)
if Street is blank -> City lang, w/o the comma
job title = Title, if blank -> Not specified
email = Email""",
      extended(SFL,
               sfl(Email="joel.ramirez@ramirez.ph", Rating="Warm", Street="  ", City="Cebu City", Title=""),
               sfl(Email="aira.gomez@gomezlabs.ph", Rating="Hot", Street="88 Ayala Ave", City="Makati",
                   Title="  "),
               sfl(Email="rod.lacson@lacson.ph", Rating="Cold", Street="7 Roxas Blvd", City="Pasay",
                   Title="Buyer")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "jobtitle": dflt(r["Title"], "Not specified")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h163-33-optout-status-marketers-tag", C, M, """SF Contacts -> Mailchimp po
Email Address = Email in lowercase
status: Email Opt Out checked -> unsubscribed, not checked -> subscribed
tags: "Salesforce" for all
plus "Marketers" if Department is exactly Marketing (Salesforce muna, then Marketers)""",
      extended(SFC,
               sfc(Email="Claudine.Reyes@ReyesPR.PH", Department="Marketing", HasOptedOutOfEmail=True),
               sfc(Email="ely.santos@santos.ph", Department="", HasOptedOutOfEmail=False),
               sfc(Email="Mon.Garcia@Garcia.ph", Department="Sales", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Marketers"] if r["Department"] == "Marketing" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h163-34-sms-list-language-table", C, M, """SMS list po from SF Contacts
skip contacts w/o Business Phone (blank or spaces lang)
PHONE = Business Phone in E.164: + and digits. walang + -> US, add +1 (11 digits w/ 1 at start -> + lang). may + -> keep
language from Mailing Country:
Germany -> de
Austria -> de
United States -> en
Philippines -> en
Japan -> ja
Email Address = Email""",
      extended(SFC,
               sfc(Email="raffy.torres@torres.ph", Phone="+63 917 555 0188", MailingCountry="Philippines"),
               sfc(Email="aya.kimura@kimura.jp", Phone="+81 3 5555 0123", MailingCountry="Japan"),
               sfc(Email="gemma.cruz@gmail.com", Phone="  ", MailingCountry="Philippines"),
               sfc(Email="tom.baker@bakerbikes.com", Phone="1 503 555 0133", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Philippines": "en", "Japan": "ja"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h163-35-suki-default-trade-show-vip", C, M, """FNAME = First Name, if blank -> Suki
(greeting namin "Hi Suki!" 😊)
LNAME = Last Name, copy lang
VIP = true if Lead Source is exactly Trade Show, else false (blank = false din)
status = subscribed for all
Email Address = Email""",
      extended(SFC,
               sfc(Email="marites.diaz@diaz.ph", FirstName="", LastName="Diaz", LeadSource="Trade Show"),
               sfc(Email="ronnie.yu@yu.ph", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Suki"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h163-36-web-contacts-clear-tags", C, M, """only Contacts w/ Lead Source = Web po, the rest skip
Email Address = Email, FNAME = First Name, LNAME = Last Name, copy lang
status = subscribed, email type = html
tags = empty list [] pls, para ma-clear yung old tags""",
      extended(SFC,
               sfc(Email="daisy.ramos@gmail.com", FirstName="Daisy", LastName="", LeadSource="Web"),
               sfc(Email="enzo.martin@martin.ph", FirstName="Enzo", LastName="Martin", LeadSource="Phone Inquiry"),
               sfc(Email="kim.chiu@chiu.ph", FirstName="", LastName="Chiu", LeadSource="Web")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h163-37-identify-phone-if-any", C, S, """Kuya Segment from SF Contacts
userId = Email in lowercase
traits.firstName = First Name, traits.lastName = Last Name, traits.title = Title
copy lang, blank stays blank
traits.phone = Business Phone as is, pero if blank dnt send phone""",
      extended(SFC,
               sfc(Email="Raymond.Chan@ChanLogistics.PH", FirstName="Raymond", LastName="Chan", Title="", Phone="  "),
               sfc(Email="ALMA.MORENO@MORENO.PH", FirstName="Alma", LastName="Moreno", Title="Owner",
                   Phone="+63 2 8555 0144")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "phone": omit_if_blank(r["Phone"])}})


@case("h163-38-address-city-trim-ph-default", C, S, """Segment identify from SF Contact po
traits.address.city = Mailing City, trimmed
traits.address.country = Mailing Country. if blank -> Philippines (most of our customers are here)
userId = Email, as is""",
      extended(SFC,
               sfc(Email="jun.pacquiao@pacquiao.ph", MailingCity=" General Santos ", MailingCountry="  "),
               sfc(Email="lovely.abella@gmail.com", MailingCity="Davao", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Philippines")}}}


@case("h163-39-phone-name-acquisition-table", C, S, """traits.phone = Business Phone, E.164
(+ digits lang; walang + = US so +1; 11 digits starting w/ 1 -> + lang; may + na -> keep code)
traits.name = First Name + " " + Last Name
traits.acquisition from Lead Source:
Web -> online
Trade Show -> event
Partner Referral -> partner
iba or blank -> other
userId = Email""",
      extended(SFC,
               sfc(Email="irene.bautista@irene.ph", FirstName="Irene", LastName="Bautista", LeadSource="Partner Referral",
                   Phone="+63 917 555 0166"),
               sfc(Email="mike.ross@rossco.com", FirstName="Mike", LastName="Ross", LeadSource="Phone Inquiry",
                   Phone="1 503 555 0100"),
               sfc(Email="nora.aunor@aunor.ph", FirstName="Nora", LastName="Aunor", LeadSource="  ",
                   Phone="(971) 555-0144")))
def o39(r: R) -> Out:
    acq = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "acquisition": acq.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h163-40-members-names-optout-text", M, H, """Mailchimp -> HubSpot contacts po
fname, lname = FNAME, LNAME w/ capital first letter each word, small the rest (blank stays blank)
phone number = PHONE as is, if blank dnt send
company name = COMPANY; blank -> Online Customer
Unsubscribed from all email, as text: "true" if status is unsubscribed or cleaned, "false" for the rest
email = Email Address""",
      extended(MC,
               mc({"FNAME": "MARIA CLARA", "LNAME": "ibarra", "PHONE": "  ", "COMPANY": "  "},
                  email_address="maria.ibarra@gmail.com", status="pending"),
               mc({"FNAME": "pepe", "LNAME": "RIZAL", "PHONE": "+63 917 555 0177", "COMPANY": "Calamba Books"},
                  email_address="pepe.rizal@calambabooks.ph", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Online Customer"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h163-41-skip-unsubs-phone-vip-stage", M, H, """Cel Santos 2:05 PM
members from Mailchimp -> HubSpot, skip yung unsubscribed (status = unsubscribed)
phone number = PHONE in E.164 (no + -> US, +1; 11 digits starting w/ 1 -> + lang; may + na -> keep code)
blank PHONE -> dnt send phone
Cel Santos 2:07 PM
company name = COMPANY, copy
lifecycle stage: VIP -> evangelist, not VIP -> subscriber
email = Email Address""",
      extended(MC,
               mc({"PHONE": "  ", "COMPANY": "Lola Nena Kakanin"}, email_address="nena.kakanin@gmail.com",
                  status="subscribed", vip=True),
               mc({"PHONE": "1 646 555 0111", "COMPANY": ""}, email_address="rick.ford@fordbakery.com",
                  status="pending", vip=False),
               mc({"PHONE": "(212) 555-0100"}, email_address="bye.na@gmail.com", status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h163-42-first-word-domain-customer-tag", M, H, """Mailchimp members -> HubSpot po
fname = first word ng FNAME (Maria Clara -> Maria)
company name = COMPANY, if blank -> email domain (after the @)
lifecycle stage = customer if may tag "Customer" (exact, capital C), else lead
email = Email Address""",
      extended(MC,
               mc({"FNAME": "Maria Clara", "COMPANY": "  "}, email_address="maria.clara@ibarrahome.ph",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Basilio", "COMPANY": ""}, email_address="basilio@sandiegoprints.ph",
                  tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set163")
