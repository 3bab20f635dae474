"""Held-out set 149 for the offline mapping drafter.

Persona: Putri Rahayu, digital marketing lead at a fintech in Jakarta; Indonesian is her first
language. She sends every mapping to a freelance integration developer (Raka) as a run of short
WhatsApp messages, exported with their '[HH:MM, DD/MM/YYYY] Putri:' stamps. Her English is
Indonesian-shaped: 'already' / 'not yet' for aspect, 'can' for yes, 'no need' for don't,
'make it small letter' for lower case, 'follow HubSpot' for a copy, 'same like before', 'just'
softeners, 'pls', 'thx' and 'ya' at line ends, and now and then one Indonesian word glossed in
brackets ('kosong (empty)', 'HP (mobile)'). Raka sometimes asks a question in between and she
answers it, and she corrects herself in a later message ('eh sorry, not Phone, MobilePhone'), so
the rule that counts is the conversation's last word.

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


@case("h149-01-webinar-leads-plain-copy", H, L, """[10:12, 01/12/2026] Putri: Mas Raka, pagi. First one: HubSpot contacts -> Salesforce Lead ya
[10:12, 01/12/2026] Putri: email -> Email, first name -> FirstName, last name -> LastName, company -> Company, job title -> Title
[10:13, 01/12/2026] Putri: and Lead Source all of them put "Seminar - Internal", because they all come from our webinar
[10:15, 01/12/2026] Raka: ok noted. need any cleaning? trim, capital etc?
[10:16, 01/12/2026] Putri: no need, just copy exactly same like in HubSpot, spaces and all
[10:16, 01/12/2026] Raka: and if the HubSpot field is empty?
[10:17, 01/12/2026] Putri: if kosong (empty) just send it kosong also, the empty value. no need fill anything, no need skip the field
[10:17, 01/12/2026] Putri: thx ya""",
      extended(HS,
               hs(email="agus.wijaya@danaku.id", firstname="Agus", lastname="Wijaya", company="", jobtitle="  "),
               hs(email="Rina.Putri@Bayarin.co.id", firstname=" Rina", lastname="Putri ", company="Bayarin",
                  jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Seminar - Internal"}


@case("h149-02-trim-lastname-company-defaults", H, L, """[13:40, 01/12/2026] Putri: next one, HubSpot contact -> SF Lead
[13:40, 01/12/2026] Putri: Email follow HubSpot email, Phone follow HubSpot phone. just copy both, as is
[13:41, 01/12/2026] Putri: Last Name and Company pls trim the space in front and behind, many data from the CSV import got extra space
[13:42, 01/12/2026] Putri: Company if kosong (empty) put "Personal", SF cannot save lead without company
[13:43, 01/12/2026] Raka: ok. Title also?
[13:44, 01/12/2026] Putri: Title from job title. that one no need trim ya. only if empty put "Not Specified", if already have value send as is
[13:45, 01/12/2026] Putri: empty = no value or only spaces, for both Company and Title""",
      extended(HS,
               hs(email="dewi.lestari@kreditpro.id", lastname="  Lestari ", company="   ", jobtitle="", phone=""),
               hs(email="yusuf.hakim@paydo.co.id", lastname="Hakim", company=" PayDo Indonesia ",
                  jobtitle="  Finance Officer ", phone="  "),
               hs(email="wayan.sudarma@balipay.id", lastname="Sudarma ", company="BaliPay", jobtitle="   ",
                  phone="0361 555 010")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "Phone": r["phone"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Personal").strip(), "Title": dflt(r["jobtitle"], "Not Specified")}


@case("h149-03-mobile-first-into-mobilephone", H, L, """[09:05, 02/12/2026] Putri: Raka, for the SF Lead the phone pls take from HubSpot mobile phone first. if mobile kosong (empty), take the phone number. if both also kosong, no need send the phone field at all
[09:06, 02/12/2026] Putri: put it in Phone ya
[09:06, 02/12/2026] Putri: first name and last name make it title case -> every word first letter big, the rest small letter. maria -> Maria, GARCIA -> Garcia
[09:09, 02/12/2026] Putri: eh sorry, not Phone, MobilePhone. the Phone field in SF we leave it alone, don't send
[09:10, 02/12/2026] Raka: ok MobilePhone. number format as is? and only spaces = kosong?
[09:11, 02/12/2026] Putri: can, only spaces also count kosong. the number as is, no need formatting
[09:11, 02/12/2026] Putri: and Email just copy from HubSpot email ya""",
      extended(HS,
               hs(email="ahmad.fauzi@modalin.id", firstname="AHMAD", lastname="fauzi", mobilephone="  ", phone=""),
               hs(email="siti.rahma@tabungku.id", firstname="siti nur", lastname="RAHMA", mobilephone="",
                  phone="021 5550 1234"),
               hs(email="eko.prasetyo@kasbon.id", firstname="Eko", lastname="PRASETYO", mobilephone="0812 5550 7788",
                  phone="021 5550 9999")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h149-04-lifecycle-to-rating-lower-email", H, L, """[15:20, 02/12/2026] Putri: Raka, Rating in SF Lead pls follow the Lifecycle Stage in HubSpot:
[15:20, 02/12/2026] Putri: salesqualifiedlead -> Hot
opportunity -> Hot
marketingqualifiedlead -> Warm
lead -> Warm
[15:21, 02/12/2026] Putri: the other stages all Cold
[15:23, 02/12/2026] Raka: if Lifecycle Stage is empty?
[15:24, 02/12/2026] Putri: kosong also Cold
[15:24, 02/12/2026] Putri: and Email (from HubSpot email) make it small letter semua (all), our SF duplicate rule is case sensitive
[15:25, 02/12/2026] Putri: only these 2 fields, Email and Rating. thx""",
      extended(HS,
               hs(email="BAYU.ADI@PINJAMIN.ID", lifecyclestage="opportunity"),
               hs(email="Lia.Kurnia@Dompetku.ID", lifecyclestage=""),
               hs(email="rudi.h@Gajiku.id", lifecyclestage="evangelist"),
               hs(email="Nanda@Kirimin.ID", lifecyclestage="  ")))
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm", "lead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h149-05-skip-unsubscribed-and-customers", H, L, """[11:02, 03/12/2026] Putri: HubSpot contacts -> SF Lead, but 2 kind of contact no need to sync:
[11:02, 03/12/2026] Putri: 1. the ones already unsubscribe from email (Unsubscribed from all email = "true")
[11:03, 03/12/2026] Putri: 2. the ones Lifecycle Stage already customer. sales team don't want customer appear as lead
[11:05, 03/12/2026] Raka: if the unsubscribe field is empty?
[11:05, 03/12/2026] Putri: empty means not yet unsubscribe, so can sync
[11:07, 03/12/2026] Putri: the rest just copy, no changes: email -> Email, firstname -> FirstName, lastname -> LastName, company -> Company
[11:07, 03/12/2026] Putri: and Status all "Open - Not Contacted" ya""",
      extended(HS,
               hs(email="gita.savitri@bankin.id", firstname="Gita", lastname="Savitri", lifecyclestage="customer",
                  hs_email_optout="false"),
               hs(email="hari.susanto@ojekpay.id", firstname="Hari", lastname="Susanto", company="",
                  lifecyclestage="opportunity", hs_email_optout=""),
               hs(email="lukas.tan@remitku.id", firstname="Lukas", lastname="Tan", company="RemitKu",
                  lifecyclestage="lead", hs_email_optout="true"),
               hs(email="maya.sari@celengan.id", firstname="Maya", lastname="Sari", company="Celengan",
                  lifecyclestage="subscriber", hs_email_optout="  ")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h149-06-revenue-rating-employee-count", H, L, """[16:30, 03/12/2026] Putri: Raka, for lead routing pls set Rating from HubSpot Annual Revenue (as number):
[16:31, 03/12/2026] Putri: more than 5,000,000 -> Hot
less than 1,000,000 -> Cold
in between -> Warm
[16:33, 03/12/2026] Raka: revenue empty -> which one?
[16:34, 03/12/2026] Putri: kosong (empty) put Cold
[16:35, 03/12/2026] Putri: also Number of Employees -> NumberOfEmployees, as whole number (integer) not text. if kosong no need send that field
[16:35, 03/12/2026] Putri: Email just follow HubSpot email""",
      extended(HS,
               hs(email="adi.nugraha@saham.id", annualrevenue="5000000.5", numemployees="1200"),
               hs(email="sinta.dewi@koinku.id", annualrevenue="999999.99", numemployees="  "),
               hs(email="bambang.s@arisan.id", annualrevenue="  ", numemployees="7")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else "Hot" if v > 5_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h149-07-e164-phone-title-names", H, L, """[08:50, 04/12/2026] Putri: pagi Mas. SF Lead again, from HubSpot contacts
[08:50, 04/12/2026] Putri: Email copy from email. FirstName and LastName make title case (each word first letter capital, rest small letter)
[08:51, 04/12/2026] Putri: Phone pls format to E.164 -> "+" and then only the digits. if the number not start with "+" it's US number, so put +1 in front (if already 11 digits start with 1, just add the "+"). if already start with "+" keep its own country code
[08:53, 04/12/2026] Raka: and if phone kosong?
[08:53, 04/12/2026] Putri: no phone (empty or only spaces) -> don't send Phone at all ya""",
      extended(HS,
               hs(email="mike.tan@sgpay.sg", firstname="MIKE", lastname="tan", phone="1 (650) 555-0111"),
               hs(email="dian.safitri@kasbon.id", firstname="dian", lastname="safitri", phone="+62 21 5550 1234"),
               hs(email="joe.park@lapay.com", firstname="JOE", lastname="PARK", phone="  ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h149-08-indonesia-only-description", H, L, """[14:02, 04/12/2026] Putri: Raka, this one only for contacts with Country/Region "Indonesia". other countries no need
[14:03, 04/12/2026] Putri: Email, LastName, Company just follow HubSpot
[14:03, 04/12/2026] Putri: State in SF from HubSpot State/Region, make it big letter semua (all caps)
[14:05, 04/12/2026] Putri: Description pls combine: lifecycle stage + " - " + create date only the date part YYYY-MM-DD
[14:05, 04/12/2026] Putri: example "lead - 2024-05-20"
[14:06, 04/12/2026] Raka: ok, Company empty also copy empty?
[14:06, 04/12/2026] Putri: yes same like HubSpot""",
      extended(HS,
               hs(email="budi.santoso@kopikita.co.id", firstname="Budi", lastname="Santoso", company="Kopi Kita",
                  country="Indonesia", state="dki jakarta", lifecyclestage="lead",
                  createdate="2024-05-20T12:00:00.000Z"),
               hs(email="intan.permata@modalmaju.id", firstname="Intan", lastname="Permata", company="Modal Maju",
                  country="Indonesia", state="Jawa Barat", lifecyclestage="marketingqualifiedlead",
                  createdate="2025-02-11T13:30:00.000Z"),
               hs(email="kadek.ayu@balitrip.id", firstname="Kadek", lastname="Ayu", company="",
                  country="Indonesia", state="bali", lifecyclestage="opportunity",
                  createdate="2024-10-02T11:15:00.000Z"),
               hs(email="tran.minh@saigonpay.vn", firstname="Minh", lastname="Tran", company="Saigon Pay",
                  country="Vietnam", state="hcm", lifecyclestage="lead", createdate="2024-08-08T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "Indonesia":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "State": r["state"].upper(),
            "Description": f"{r['lifecyclestage']} - {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h149-09-alamat-into-mailing-fields", H, C, """[10:20, 05/12/2026] Putri: Mas Raka, now HubSpot contacts -> SF Contact
[10:20, 05/12/2026] Putri: the alamat (address) pls put in the Mailing fields:
Street Address -> MailingStreet
City -> MailingCity
State/Region -> MailingState
Postal Code -> MailingPostalCode
Country/Region -> MailingCountry
[10:21, 05/12/2026] Putri: plus email -> Email and last name -> LastName
[10:23, 05/12/2026] Raka: any cleanup?
[10:23, 05/12/2026] Putri: no, copy 1:1 only. if kosong (empty) send kosong, don't skip""",
      extended(HS,
               hs(email="andi.saputra@kasku.id", lastname="Saputra", address="Jl. Sudirman No. 5",
                  city="Jakarta Selatan", state="", zip="12190", country="Indonesia"),
               hs(email="rani.m@cicilaja.id", lastname="Maharani", address="  ", city="Bandung", state=" Jawa Barat",
                  zip="", country="Indonesia")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h149-10-optout-and-no-hp-flags", H, C, """[13:15, 05/12/2026] Putri: SF Contact from HubSpot, 2 checkbox pls (real true/false, not text)
[13:16, 05/12/2026] Putri: HasOptedOutOfEmail -> true if HubSpot "Unsubscribed from all email" is "true". if "false" or kosong (empty) -> false
[13:17, 05/12/2026] Putri: DoNotCall -> true if the contact don't have HP (mobile phone) number. our sales only call to HP. if HP have number -> false
[13:18, 05/12/2026] Raka: HP only spaces = no HP?
[13:18, 05/12/2026] Putri: yes only spaces = no HP. office phone not important for this
[13:19, 05/12/2026] Putri: and Email from HubSpot email ya""",
      extended(HS,
               hs(email="tommy.h@lunasin.id", hs_email_optout="  ", mobilephone="  "),
               hs(email="wati@bayarnanti.id", hs_email_optout="true", mobilephone="0812 5550 4433", phone=""),
               hs(email="yoga@kasir.id", hs_email_optout="", mobilephone="", phone="021 5550 1111")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["mobilephone"])}


@case("h149-11-lastname-fallback-local-part", H, C, """[09:30, 06/12/2026] Putri: Raka, SF Contact must have LastName, if not the insert error
[09:31, 06/12/2026] Putri: so LastName: take HubSpot last name. if kosong (empty), take company. if company also kosong, take the email part before the @
[09:31, 06/12/2026] Putri: example joko@warungpay.id -> joko
[09:33, 06/12/2026] Raka: ok. FirstName?
[09:33, 06/12/2026] Putri: FirstName just follow HubSpot first name, as is, also if kosong. Email also copy
[09:34, 06/12/2026] Putri: only spaces = kosong ya""",
      extended(lower_emails(HS),
               hs(email="joko@warungpay.id", firstname="Joko", lastname="", company=""),
               hs(email="mega.sari@tunaiku.id", firstname="Mega", lastname="  ", company="Tunaiku"),
               hs(email="teguh.w@gmail.com", firstname="  ", lastname=" ", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h149-12-iso3-country-state-caps", H, C, """[15:00, 06/12/2026] Putri: for SF Contact, MailingCountry pls use 3 letter code, not full name:
United States -> USA
Japan -> JPN
Mexico -> MEX
France -> FRA
Indonesia -> IDN
[15:01, 06/12/2026] Putri: our HubSpot only have these 5 countries, so no need other
[15:02, 06/12/2026] Putri: MailingState from State/Region make it big letter
[15:04, 06/12/2026] Raka: state kosong -> send empty?
[15:04, 06/12/2026] Putri: no need send, just leave MailingState out if kosong (empty or only space)
[15:05, 06/12/2026] Putri: Email copy from HubSpot email""",
      extended(HS,
               hs(email="reza.pahlevi@finsmart.id", country="Indonesia", state="jawa timur"),
               hs(email="ana.lopez@pagomx.mx", country="Mexico", state="  "),
               hs(email="jake.moss@pdxpay.com", country="United States", state="or")))
def o12(r: R) -> Out:
    iso3 = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "Indonesia": "IDN"}
    return keep({"Email": r["email"], "MailingCountry": iso3[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h149-13-customers-only-hp-first", H, C, """[11:11, 07/12/2026] Putri: Raka, to SF Contact only sync the contacts with Lifecycle Stage customer or evangelist. the others stay in HubSpot only
[11:12, 07/12/2026] Putri: Email make it small letter
[11:12, 07/12/2026] Putri: Phone: take HP (mobile phone) first, if HP kosong (empty) take the office phone. copy as is, no formatting
[11:13, 07/12/2026] Putri: all customer already have minimal one number
[11:14, 07/12/2026] Putri: and Description all "HubSpot customer"
[11:16, 07/12/2026] Raka: HP with only spaces -> use office?
[11:16, 07/12/2026] Putri: yes""",
      extended(HS,
               hs(email="Hendra.Gunawan@BayarYuk.ID", lifecyclestage="customer", mobilephone="  ",
                  phone="021 5550 4321"),
               hs(email="LINDA.W@CICILAN.ID", lifecyclestage="evangelist", mobilephone="+62 811 5550 222", phone=""),
               hs(email="Tono@Kredit.ID", lifecyclestage="opportunity", mobilephone="0813 5550 1010")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "HubSpot customer"}


@case("h149-14-title-trim-source-table", H, C, """[14:40, 07/12/2026] Putri: SF Contact from HubSpot again
[14:40, 07/12/2026] Putri: Title = job title but trim the spaces in front and behind
[14:41, 07/12/2026] Putri: FirstName, LastName title case pls (each word first letter big, rest small)
[14:42, 07/12/2026] Putri: Lead Source from HubSpot Original Source:
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
REFERRALS -> External Referral
EMAIL_MARKETING -> Email
[14:43, 07/12/2026] Putri: other source -> Other
[14:45, 07/12/2026] Raka: Original Source kosong?
[14:45, 07/12/2026] Putri: kosong also Other
[14:46, 07/12/2026] Putri: Email same like HubSpot, no change""",
      extended(HS,
               hs(email="putu.eka@nusapay.id", firstname="PUTU EKA", lastname="wirawan",
                  jobtitle="  Product Manager ", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="sari.dewi@gopayung.id", firstname="sari", lastname="DEWI", jobtitle="   ",
                  hs_analytics_source="OFFLINE"),
               hs(email="arya.b@sahamku.id", firstname="Arya", lastname="Bima", jobtitle="Analyst",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    source = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
              "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h149-15-audience-language-default", H, M, """[09:00, 08/12/2026] Putri: Mas, now HubSpot -> Mailchimp audience
[09:00, 08/12/2026] Putri: email -> email_address, first name -> FNAME, last name -> LNAME. copy only, kosong (empty) also copy kosong
[09:01, 08/12/2026] Putri: status all "subscribed"
[09:02, 08/12/2026] Putri: language follow HubSpot Preferred language (hs_language)
[09:04, 08/12/2026] Raka: most contacts don't have hs_language at all, what to send?
[09:05, 08/12/2026] Putri: oh ya. if not exist or kosong -> "en" ya""",
      extended(HS,
               hs(email="citra.lestari@uangku.id", firstname="Citra", lastname="Lestari", hs_language="id"),
               hs(email="ken.sato@yenpay.jp", firstname="Ken", lastname="", hs_language="  "),
               hs(email="mei.lin@twpay.tw", firstname="Mei", lastname="Lin", hs_language="zh")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h149-16-optout-three-way-status", H, M, """[13:30, 08/12/2026] Putri: Mailchimp status from HubSpot "Unsubscribed from all email":
[13:30, 08/12/2026] Putri: "true" -> unsubscribed
"false" -> subscribed
[13:32, 08/12/2026] Raka: and empty?
[13:33, 08/12/2026] Putri: if kosong (empty or only space) we don't know, so "pending", they get the confirm email first
[13:34, 08/12/2026] Putri: also put 1 tag "hubspot" for everybody
[13:34, 08/12/2026] Putri: email_address from email, same like before""",
      extended(HS,
               hs(email="fitri.a@kreditin.id", hs_email_optout="   "),
               hs(email="galang.p@paylite.id", hs_email_optout="false"),
               hs(email="oscar.r@remitpro.id", hs_email_optout="true")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot"]}


@case("h149-17-big-ticket-customer-tags", H, M, """[16:10, 08/12/2026] Putri: Raka, for Mailchimp tags from HubSpot pls:
[16:10, 08/12/2026] Putri: Annual Revenue more than 3,000,000 -> tag "big-ticket"
[16:11, 08/12/2026] Putri: Lifecycle Stage customer -> tag "customer"
[16:12, 08/12/2026] Putri: can both, then order big-ticket first then customer. if none match the tags is empty list []
[16:14, 08/12/2026] Raka: revenue kosong?
[16:14, 08/12/2026] Putri: kosong -> no big-ticket tag
[16:15, 08/12/2026] Putri: only send email_address (from email) and tags ya, nothing else""",
      extended(HS,
               hs(email="rahmat.h@dananusa.id", annualrevenue="9000000", lifecyclestage="customer"),
               hs(email="vina.k@kreditcepat.id", annualrevenue="3000000.5", lifecyclestage="lead"),
               hs(email="dodi.s@payku.id", annualrevenue=" ", lifecyclestage="customer"),
               hs(email="lusi.m@tabungan.id", annualrevenue="2999999", lifecyclestage="opportunity")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("big-ticket")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "tags": tags}


@case("h149-18-first-word-hp-e164", H, M, """[10:05, 09/12/2026] Putri: HubSpot -> Mailchimp, for the SMS campaign
[10:05, 09/12/2026] Putri: FNAME only the first word of first name. "Siti Nurhaliza" -> "Siti"
[10:06, 09/12/2026] Putri: PHONE merge field: HP (mobile phone) first, if HP kosong (empty / only spaces) take office phone
[10:07, 09/12/2026] Putri: format E.164 pls: "+" then digits only. not start with "+" -> US number, add +1 (11 digits start with 1 -> only add "+"). already start with "+" -> keep the country code
[10:08, 09/12/2026] Putri: all contact already have minimal one number, no worry
[10:09, 09/12/2026] Putri: email_address copy from email""",
      extended(HS,
               hs(email="siti.nurhaliza@danain.id", firstname="Siti Nurhaliza", mobilephone="+62 812 5550 3344",
                  phone=""),
               hs(email="mary.jo@texpay.com", firstname="Mary Jo", mobilephone="  ", phone="1-512-555-0160")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h149-19-skip-no-jobtitle-vip-customer", H, M, """[14:20, 09/12/2026] Putri: for the B2B audience in Mailchimp, contact without job title no need sync (job title kosong or only spaces -> skip)
[14:21, 09/12/2026] Putri: the rest: email_address from email, status "subscribed"
[14:22, 09/12/2026] Putri: VIP = true if Lifecycle Stage is customer, else false
[14:23, 09/12/2026] Raka: vip as boolean?
[14:23, 09/12/2026] Putri: yes boolean true/false""",
      extended(HS,
               hs(email="joni.p@cuanin.id", jobtitle="  ", lifecyclestage="customer"),
               hs(email="meli.r@bayarin.id", jobtitle="CFO", lifecyclestage="customer"),
               hs(email="ferry.t@payday.id", jobtitle="Analyst", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h149-20-names-company-tag-revenue-vip", H, M, """[17:00, 09/12/2026] Putri: last Mailchimp one for today
[17:00, 09/12/2026] Putri: FNAME, LNAME from first name, last name, title case (each word first letter big, rest small letter)
[17:01, 09/12/2026] Putri: tags: 1 tag with the company name. if company kosong (empty), use the email domain (the part after @) as the tag
[17:02, 09/12/2026] Putri: vip true if Annual Revenue more than 2,000,000. kosong revenue -> false
[17:03, 09/12/2026] Putri: email_address from email as is
[17:05, 09/12/2026] Raka: company only spaces = kosong?
[17:05, 09/12/2026] Putri: ya""",
      extended(lower_emails(HS),
               hs(email="rizky.ramadhan@kasbonku.id", firstname="RIZKY", lastname="ramadhan", company="  ",
                  annualrevenue="2000000.5"),
               hs(email="nur.aini@tokoemas.id", firstname="nur", lastname="AINI", company="Toko Emas",
                  annualrevenue="1999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 2_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h149-21-identify-lower-userid-full-name", H, S, """[09:40, 10/12/2026] Putri: Raka, now Segment identify from HubSpot contact
[09:40, 10/12/2026] Putri: userId = email, make it small letter
[09:41, 10/12/2026] Putri: traits: email (original, no change), firstName, lastName, company -> follow HubSpot as is
[09:42, 10/12/2026] Putri: and traits.name = first name + space + last name
[09:43, 10/12/2026] Raka: company empty -> still send?
[09:43, 10/12/2026] Putri: can, send the empty""",
      extended(HS,
               hs(email="Fajar.Nugroho@LunasIn.ID", firstname="Fajar", lastname="Nugroho", company=""),
               hs(email="ayu.lestari@dompetku.id", firstname="Ayu", lastname="Lestari", company="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "company": r["company"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h149-22-company-object-traits", H, S, """[13:00, 10/12/2026] Putri: Segment identify, userId = HubSpot email as is
[13:01, 10/12/2026] Putri: company info put inside traits.company:
- name = company, if kosong (empty) put "Individual"
- industry = industry, if kosong don't send this key
- employee_count = Number of Employees as integer, if kosong also don't send
[13:03, 10/12/2026] Raka: noted. spaces only = kosong?
[13:03, 10/12/2026] Putri: yes betul (correct)""",
      extended(HS,
               hs(email="eka.s@warung.id", company="  ", industry="  ", numemployees="3"),
               hs(email="hana.k@finverse.id", company="Finverse", industry="", numemployees="  "),
               hs(email="lina.h@pasar.id", company="", industry="Retail", numemployees="2500")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h149-23-address-traits-office-phone", H, S, """[15:30, 10/12/2026] Putri: Segment again. userId = HubSpot email, no change
[15:31, 10/12/2026] Putri: traits.address: street from Street Address, city from City, postalCode from Postal Code, country from Country/Region. copy only, kosong also copy kosong
[15:31, 10/12/2026] Putri: state from State/Region, but if kosong (empty) no need send state
[15:33, 10/12/2026] Putri: traits.phone: office phone first, if kosong take HP (mobile). format E.164: "+" and digits. number without "+" is US -> +1 in front (11 digits start with 1 -> just "+"). start with "+" -> keep the code
[15:34, 10/12/2026] Raka: both number kosong?
[15:35, 10/12/2026] Putri: then no traits.phone at all. only spaces also count kosong""",
      extended(HS,
               hs(email="gilang.r@dompetin.id", phone="  ", mobilephone="", state="", address="Jl. Merdeka 10",
                  city="Tangerang", zip="15111", country="Indonesia"),
               hs(email="ratna.s@bayarin.id", phone="", mobilephone="+62 813 5550 7070", state="Banten", address="",
                  city="Serang", zip="", country="Indonesia")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h149-24-clean-userid-unsubscribed-revenue", H, S, """[10:00, 11/12/2026] Putri: Raka, HubSpot emails sometimes got space and capital letter
[10:00, 11/12/2026] Putri: so Segment userId = email trimmed (remove space in front and behind) and small letter
[10:01, 11/12/2026] Putri: traits.title = job title, copy as is
[10:02, 11/12/2026] Putri: traits.unsubscribed = true if "Unsubscribed from all email" is "true". "false" or kosong (empty) -> false. boolean ya
[10:03, 11/12/2026] Putri: traits.annual_revenue = Annual Revenue as number
[10:05, 11/12/2026] Raka: and revenue kosong?
[10:05, 11/12/2026] Putri: no need send annual_revenue then""",
      extended(HS,
               hs(email="  Yoga.Pratama@KasPlus.ID ", hs_email_optout="  ", annualrevenue="150000.5", jobtitle=" "),
               hs(email="DINA@PAYLATER.ID", hs_email_optout="true", annualrevenue="  ", jobtitle="CMO")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h149-25-ga4-contact-sync-event", H, G, """[14:00, 11/12/2026] Putri: Raka, GA4 now. 1 event per HubSpot contact
[14:00, 11/12/2026] Putri: client_id = HubSpot email as is
[14:01, 11/12/2026] Putri: event name always "hubspot_contact_sync"
[14:02, 11/12/2026] Putri: params:
crm = "hubspot" (fixed)
lifecycle_stage = Lifecycle Stage, copy
source = Original Source in small letter
created_on = Create Date, only YYYY-MM-DD
[14:04, 11/12/2026] Raka: Original Source kosong -> ?
[14:04, 11/12/2026] Putri: kosong or only spaces -> send empty text "" ya""",
      extended(HS,
               hs(email="arief.b@cuanku.id", lifecyclestage="opportunity", hs_analytics_source="  ",
                  createdate="2025-06-30T12:10:00.000Z"),
               hs(email="nina.w@robopay.id", lifecyclestage="other", hs_analytics_source="AI_REFERRALS",
                  createdate="2026-01-05T14:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "hubspot_contact_sync",
                        "params": {"crm": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                   "source": "" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h149-26-ga4-big-accounts-only", H, G, """[16:45, 11/12/2026] Putri: GA4 only for big accounts: Annual Revenue more than 2,000,000. revenue kosong (empty) -> skip also
[16:46, 11/12/2026] Putri: client_id = email part before the @
[16:46, 11/12/2026] Putri: event name "big_account"
[16:47, 11/12/2026] Putri: params: value = Annual Revenue as number, currency = "USD" fixed
[16:48, 11/12/2026] Putri: thx Mas""",
      extended(lower_emails(HS),
               hs(email="surya.d@sahamin.id", annualrevenue="2000000.01"),
               hs(email="wira.p@kopay.id", annualrevenue="  "),
               hs(email="tika.m@belanja.id", annualrevenue="1999999.99")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 2_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_account", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h149-27-ga4-customer-or-prospect", H, G, """[09:20, 12/12/2026] Putri: GA4 event from HubSpot contact, client_id = email (no change)
[09:21, 12/12/2026] Putri: event name: if Lifecycle Stage customer -> "customer_synced", other stage -> "prospect_synced"
[09:22, 12/12/2026] Putri: params.industry = industry, if kosong (empty/only spaces) put "unknown"
[09:22, 12/12/2026] Putri: params.city = city, just copy, kosong also copy
[09:24, 12/12/2026] Raka: ok, nothing else in params?
[09:24, 12/12/2026] Putri: not yet, only those 2""",
      extended(HS,
               hs(email="wulan.s@emasdigi.id", lifecyclestage="customer", industry="  ", city=""),
               hs(email="yudi.k@kripto.id", lifecyclestage="other", industry="Fintech", city="Surabaya")))
def o27(r: R) -> Out:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "prospect_synced"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h149-28-sf-lead-back-to-hubspot", L, H, """[11:00, 13/12/2026] Putri: Mas Raka, other direction now: SF Lead -> HubSpot contact
[11:01, 13/12/2026] Putri: Email -> email, FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle, Phone -> phone, City -> city, PostalCode -> zip, Country -> country
[11:02, 13/12/2026] Putri: all copy only, no change
[11:04, 13/12/2026] Raka: if the lead field empty, skip it or send empty?
[11:04, 13/12/2026] Putri: send empty, same like SF""",
      extended(SFL,
               sfl(Email="bima.arya@lendana.id", FirstName="Bima", LastName="Arya", Company="Lendana", Title="  ",
                   Phone="", City="Jakarta", PostalCode="", Country="Indonesia")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h149-29-lead-status-optout-text", L, H, """[14:10, 13/12/2026] Putri: SF Lead -> HubSpot, Lead Status pls:
Open - Not Contacted -> NEW
Working - Contacted -> ATTEMPTED_TO_CONTACT
Closed - Converted -> CONNECTED
Closed - Not Converted -> UNQUALIFIED
[14:11, 13/12/2026] Putri: SF only have these 4 status
[14:12, 13/12/2026] Putri: Email Opt Out -> hs_email_optout, but HubSpot want the text "true" / "false", not boolean
[14:12, 13/12/2026] Putri: email from Email ya""",
      extended(SFL,
               sfl(Email="galih.p@danakita.id", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="sekar.a@bayarku.id", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h149-30-rating-to-hs-lead-status", L, H, """[16:00, 13/12/2026] Putri: SF Lead -> HubSpot contact
[16:00, 13/12/2026] Putri: email = Email but small letter semua (all)
[16:01, 13/12/2026] Putri: HubSpot Lead Status from SF Rating:
Hot -> OPEN_DEAL
Warm -> IN_PROGRESS
Cold -> OPEN
[16:01, 13/12/2026] Putri: every lead already have Rating, only these 3
[16:02, 13/12/2026] Putri: annualrevenue = AnnualRevenue as number (not text)
[16:04, 13/12/2026] Raka: AnnualRevenue kosong?
[16:04, 13/12/2026] Putri: kosong or only spaces -> don't send annualrevenue""",
      extended(SFL,
               sfl(Email="Nadia.Putri@KreditKu.ID", Rating="Warm", AnnualRevenue="450000.5"),
               sfl(Email="ARIS.W@PINJAM.ID", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    status = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "OPEN"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h149-31-uk-leads-e164-postcode", L, H, """[10:30, 14/12/2026] Putri: Raka, our London partner want the UK leads in HubSpot. so only leads with Country "United Kingdom", other country no need
[10:31, 14/12/2026] Putri: phone = Phone in E.164 UK: +44, and remove the 0 in front. if number already start with "+", keep its own code, just "+" and the digits
[10:32, 14/12/2026] Putri: zip = PostalCode big letter
[10:33, 14/12/2026] Putri: jobtitle = Title, if kosong (empty or only spaces) put "Not Provided"
[10:33, 14/12/2026] Putri: email from Email""",
      extended(SFL,
               sfl(Email="olivia.hart@thamespay.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="sw1a 1aa", Title=""),
               sfl(Email="raj.patel@leedsfin.co.uk", Country="United Kingdom", Phone="+44 113 496 0000",
                   PostalCode="ls1 4ap", Title="  "),
               sfl(Email="nina.berg@oslopay.no", Country="Norway", Phone="+47 22 55 50 10", PostalCode="0150")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not Provided")}


@case("h149-32-skip-dead-leads-one-line-address", L, H, """[13:20, 14/12/2026] Putri: SF Lead -> HubSpot, but lead with Status "Closed - Not Converted" no need, skip
[13:21, 14/12/2026] Putri: email from Email
[13:21, 14/12/2026] Putri: jobtitle from Title, if kosong put "Not Specified"
[13:22, 14/12/2026] Putri: HubSpot address 1 line: Street + ", " + City. example "200 Lake St, Chicago"
[13:24, 14/12/2026] Raka: if Street empty? you get ", Chicago"
[13:25, 14/12/2026] Putri: oh ya. Street kosong (empty / only spaces) -> only City, no comma. City always have value""",
      extended(SFL,
               sfl(Email="dimas.a@cicil.id", Street="  ", City="Depok", Status="Open - Not Contacted", Title="Owner"),
               sfl(Email="putri.n@fintara.id", Street="Jl. Thamrin 1", City="Jakarta", Status="Working - Contacted",
                   Title="  "),
               sfl(Email="rendy.k@kopay.id", Street="", City="Bogor", Status="Closed - Converted", Title=""),
               sfl(Email="hasan.b@tunai.id", Street="Jl. Asia Afrika 8", City="Bandung",
                   Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not Specified"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h149-33-sf-contact-optout-status-tags", C, M, """[09:10, 15/12/2026] Putri: Raka, SF Contact -> Mailchimp
[09:10, 15/12/2026] Putri: email_address = Email small letter
[09:11, 15/12/2026] Putri: status: Email Opt Out checked -> "unsubscribed", not checked -> "subscribed"
[09:12, 15/12/2026] Putri: tags: everybody get "sf-contact". if Lead Source is "Web" add also "inbound", after sf-contact
[09:13, 15/12/2026] Putri: that's all""",
      extended(SFC,
               sfc(Email="Bagus.Wicaksono@PayFlex.ID", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="RINI.S@TUNAIKU.ID", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["sf-contact"] + (["inbound"] if r["LeadSource"] == "Web" else [])}


@case("h149-34-sms-contacts-e164-language", C, M, """[11:30, 15/12/2026] Putri: for SMS audience in Mailchimp, from SF Contact. contact without Phone no need (Phone kosong / only spaces -> skip)
[11:31, 15/12/2026] Putri: PHONE merge field = Phone in E.164: "+" and digits. no "+" in front -> US, add +1 (11 digits start with 1 -> just "+"). already "+" -> keep its code
[11:32, 15/12/2026] Putri: language from Mailing Country:
Germany -> de
Austria -> de
United States -> en
Indonesia -> id
[11:32, 15/12/2026] Putri: only these 4 countries in our SF
[11:33, 15/12/2026] Putri: email_address = Email as is""",
      extended(SFC,
               sfc(Email="agung.p@fintek.id", Phone="+62 21 5550 8899", MailingCountry="Indonesia"),
               sfc(Email="amy.cole@sfpay.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="jens.bauer@zahl.de", Phone="", MailingCountry="Germany"),
               sfc(Email="will.ross@napapay.com", Phone="1 (415) 555-0166", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Indonesia": "id"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h149-35-friend-greeting-sales-vip", C, M, """[14:00, 15/12/2026] Putri: SF Contact -> Mailchimp
[14:00, 15/12/2026] Putri: FNAME = FirstName, if kosong (empty / only spaces) put "Friend", so the email say "Hi Friend"
[14:01, 15/12/2026] Putri: LNAME = LastName, copy only, kosong stay kosong
[14:02, 15/12/2026] Putri: vip true if Department is "Sales", other -> false
[14:03, 15/12/2026] Raka: Department empty -> false?
[14:03, 15/12/2026] Putri: yes false
[14:04, 15/12/2026] Putri: language all "id". email_address = Email
[14:06, 15/12/2026] Putri: eh sorry, language not "id", all "en". this audience is international""",
      extended(SFC,
               sfc(Email="eka.putra@dana.id", FirstName="", LastName="Putra", Department="Sales"),
               sfc(Email="ina.m@kasbon.id", FirstName="  ", LastName="", Department="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "language": "en"}


@case("h149-36-trade-show-contacts-no-tags", C, M, """[16:20, 15/12/2026] Putri: Raka, the expo audience: only SF Contacts with Lead Source "Trade Show". others skip
[16:21, 15/12/2026] Putri: email_address = Email, FNAME = FirstName, LNAME = LastName, copy only
[16:21, 15/12/2026] Putri: status "subscribed" and email_type "html" for all
[16:23, 15/12/2026] Raka: tags?
[16:23, 15/12/2026] Putri: no tag, send empty list [] ya""",
      extended(SFC,
               sfc(Email="hadi.s@expofin.id", FirstName="Hadi", LastName="", LeadSource="Trade Show"),
               sfc(Email="vera.l@webpay.id", FirstName="Vera", LastName="Lim", LeadSource="Web"),
               sfc(Email="anton.g@gajian.id", FirstName="Anton", LastName="Gani", LeadSource="  ")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h149-37-sf-identify-optional-title-phone", C, S, """[10:10, 16/12/2026] Putri: Segment identify from SF Contact
[10:10, 16/12/2026] Putri: userId = Email in small letter
[10:11, 16/12/2026] Putri: traits.firstName = FirstName, traits.lastName = LastName, copy (kosong also copy)
[10:12, 16/12/2026] Putri: traits.title = Title and traits.phone = Phone (as is, no format), but these 2 only if have value. kosong (empty / only spaces) -> don't send the key""",
      extended(SFC,
               sfc(Email="Yuni.Astuti@Kredivo.ID", FirstName="Yuni", LastName="", Title="  ", Phone=""),
               sfc(Email="andre.s@payfast.id", FirstName="Andre", LastName="Setiawan", Title="Head of Growth",
                   Phone="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "phone": omit_if_blank(r["Phone"])}})


@case("h149-38-mailing-city-trim-country-default", C, S, """[13:45, 16/12/2026] Putri: Segment from SF Contact, userId = Email (no change)
[13:46, 16/12/2026] Putri: traits.address.city = Mailing City, pls trim the space in front and behind, old import data got extra space
[13:46, 16/12/2026] Putri: traits.address.country = Mailing Country. if kosong (empty / only spaces) put "Unknown"
[13:47, 16/12/2026] Putri: only those""",
      extended(SFC,
               sfc(Email="tari.w@fintara.id", MailingCity="  Yogyakarta ", MailingCountry=""),
               sfc(Email="benny.h@medanpay.id", MailingCity="Medan", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h149-39-sf-identify-phone-name-channel", C, S, """[15:50, 16/12/2026] Putri: last Segment one: SF Contact -> identify, userId = Email
[15:51, 16/12/2026] Putri: traits.phone = Phone E.164, same like before: "+" and digits, not start with "+" -> US +1 (11 digits start with 1 -> only add "+"), start with "+" keep its code
[15:51, 16/12/2026] Putri: traits.name = FirstName + " " + LastName
[15:53, 16/12/2026] Putri: traits.lead_channel from Lead Source:
Web -> digital
Advertisement -> digital
Trade Show -> event
Partner Referral -> partner
[15:53, 16/12/2026] Putri: other Lead Source, or kosong -> "other"
[15:54, 16/12/2026] Putri: all contacts have phone""",
      extended(SFC,
               sfc(Email="bella.sari@investin.id", FirstName="Bella", LastName="Sari", Phone="+62 812 5550 6060",
                   LeadSource="Advertisement"),
               sfc(Email="tom.ford@austinpay.com", FirstName="Tom", LastName="Ford", Phone="512 555 0101",
                   LeadSource="Employee Referral")))
def o39(r: R) -> Out:
    channel = {"Web": "digital", "Advertisement": "digital", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "lead_channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h149-40-mc-members-into-hubspot", M, H, """[09:30, 17/12/2026] Putri: Mas Raka, Mailchimp members -> HubSpot contacts
[09:30, 17/12/2026] Putri: email = email_address
[09:31, 17/12/2026] Putri: firstname = FNAME, lastname = LNAME, both title case (each word first letter big, rest small letter)
[09:32, 17/12/2026] Putri: but if LNAME kosong (empty / only spaces) don't send lastname, so we don't erase the HubSpot one
[09:33, 17/12/2026] Putri: company = COMPANY merge field, if kosong put "Unknown"
[09:34, 17/12/2026] Putri: hs_email_optout = text "true" if status unsubscribed, other status -> "false"
[09:35, 17/12/2026] Raka: "true" as string ya?
[09:35, 17/12/2026] Putri: yes string""",
      extended(MC,
               mc({"FNAME": "DEWI AYU", "LNAME": "  ", "COMPANY": "  "}, email_address="dewi.ayu@cepat.id",
                  status="pending"),
               mc({"FNAME": "andre", "LNAME": "WIJAYA", "COMPANY": "Wijaya Group"}, email_address="andre.w@wijaya.id",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h149-41-skip-unsubscribed-vip-customers", M, H, """[13:10, 17/12/2026] Putri: Mailchimp -> HubSpot, but member with status "unsubscribed" no need sync
[13:11, 17/12/2026] Putri: email = email_address, firstname = FNAME, lastname = LNAME, copy only
[13:12, 17/12/2026] Putri: phone = PHONE in E.164 ("+" and digits. without "+" -> US, add +1, 11 digits start with 1 -> only "+". with "+" keep the code)
[13:13, 17/12/2026] Putri: PHONE kosong (empty / only spaces) -> don't send phone
[13:14, 17/12/2026] Putri: lifecyclestage: VIP member -> "customer", not VIP -> "lead" ya""",
      extended(MC,
               mc({"FNAME": "Arif", "LNAME": "Hidayat", "PHONE": "+62 857 5550 1212"}, email_address="arif.h@dompet.id",
                  status="subscribed", vip=False),
               mc({"FNAME": "Kim", "LNAME": "Lee", "PHONE": "1 212 555 0199"}, email_address="kim.lee@nypay.com",
                  status="pending", vip=True),
               mc({"FNAME": "Rob", "LNAME": "Day", "PHONE": "(718) 555-0100"}, email_address="rob.day@bkpay.com",
                  status="unsubscribed", vip=False),
               mc({"FNAME": "Sri", "LNAME": "Utami", "PHONE": "  "}, email_address="sri.utami@emas.id",
                  status="subscribed", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h149-42-webinar-tag-to-mql", M, H, """[16:00, 17/12/2026] Putri: last one Mas, Mailchimp -> HubSpot
[16:00, 17/12/2026] Putri: email = email_address
[16:01, 17/12/2026] Putri: firstname = only first word of FNAME
[16:01, 17/12/2026] Putri: company = COMPANY, if kosong (empty / only spaces) use the email domain, the part after @
[16:03, 17/12/2026] Putri: lifecyclestage = "marketingqualifiedlead" if member have tag "Webinar", if not -> "subscriber"
[16:05, 17/12/2026] Raka: tag "webinar" small w also count?
[16:05, 17/12/2026] Putri: no, must exactly "Webinar" with big W
[16:06, 17/12/2026] Putri: thx a lot ya 🙏""",
      extended(MC,
               mc({"FNAME": "Sri Wahyuni", "COMPANY": "  "}, email_address="sri.wahyuni@tanamduit.id",
                  tags=["VIP", "Webinar"]),
               mc({"FNAME": "Doni", "COMPANY": "Kopi Pay"}, email_address="doni.s@kopipay.id", tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set149")
