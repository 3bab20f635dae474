"""Held-out set 147 for the offline mapping drafter.

Persona: Minh Anh Nguyen, a marketing executive at an e-commerce company in Ho Chi Minh City;
Vietnamese is her first language. She writes each mapping request as a short email to the
outsourced integration team in Vietnamese-shaped English: topic first then comment ('Field
phone: please change to +1 format'), few articles and plurals, no tense marking ('yesterday
customer complain'), 'already' and 'not yet' as aspect, 'please help' / 'can or not?', 'same
same' for unchanged, 'in case' for 'if', 'take from' for the source, 'put' / 'fill' for writing
a value, 'don't fill' / 'don't send' for leaving a field out. Greeting 'Dear team,' or 'Hi anh
Tuan,', sign-off 'Thanks and best regards, Minh Anh'. Sometimes numbered points, sometimes one
long paragraph; sometimes a short politeness line at the end ('Sorry for disturb').

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

SIGN = "Thanks and best regards,\nMinh Anh"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h147-01-plain-copy-web-source", H, L, f"""Dear team,

Please help me setup the sync HubSpot contact -> Salesforce Lead. This one easy only:

1. Email, First Name, Last Name, Company Name, Job Title: take from HubSpot, put to the Lead field
   (Job Title go to Title, Company Name go to Company, other same name). Value same same, don't
   change anything: no cut space, no change upper/lower.
2. In case HubSpot field is empty, Lead field also empty (copy the empty text), don't fill
   anything else.
3. Lead Source: put "Web" for all lead, because all customer come from our website shop.

{SIGN}""",
      extended(HS,
               hs(email="thanh.vo@saigonmart.vn", firstname=" Thanh ", lastname="Vo", company="",
                  jobtitle="  "),
               hs(email="hoa.le@lotusbeauty.vn", firstname="", lastname="Le", company="Lotus Beauty ",
                  jobtitle="Buyer")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h147-02-trim-company-default-title", H, L, f"""Hi anh Tuan,

Lead sync from HubSpot: some contact import from Excel file so have space before and after.
Please help:
- Email: same same.
- Last Name: take from HubSpot Last Name, cut the space at begin and at end.
- Company: take from Company Name, cut space begin and end also. In case company empty (empty
  or only space) then put "Individual", because Salesforce not accept lead without company.
- Title: take from Job Title. This one no need cut space, keep same same. Only in case it empty
  (or only space) then fill "Customer".

Only 4 field above, other field not send.

{SIGN}""",
      extended(HS,
               hs(email="duc.tran@phuongnam.vn", lastname=" Tran ", company="  Saigon Mart ",
                  jobtitle="  Buyer "),
               hs(email="mai.ho@gmail.com", lastname="Ho  ", company="   ", jobtitle="  "),
               hs(email="son.ly@lyfamily.vn", lastname="Ly", company="", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Individual").strip(), "Title": dflt(r["jobtitle"], "Customer")}


@case("h147-03-mobile-first-title-names", H, L, f"""Dear team,

For HubSpot contact -> Salesforce Lead please help 2 thing. First is name: customer type name very messy, some all capital, some all small, so First Name and Last Name please change to title case, mean each word first letter capital and other letter small (example "NGUYEN" become "Nguyen", "thu ha" become "Thu Ha"). Second is phone: Lead Phone take from Mobile Phone Number first, in case mobile empty then take from Phone Number, number keep same same, no need format. In case both empty (or only space) then don't fill Phone, don't send this field at all. Email same same as HubSpot. Can or not?

{SIGN}""",
      extended(HS,
               hs(email="thuha.nguyen@hoasen.vn", firstname="thu ha", lastname="NGUYEN", mobilephone="",
                  phone=""),
               hs(email="quang.bui@mekongtea.vn", firstname="QUANG", lastname="bui", mobilephone="   ",
                  phone="+84 28 3822 1234"),
               hs(email="an.dang@dangshop.vn", firstname="an", lastname="Dang", mobilephone="  ",
                  phone="  ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h147-04-original-source-table", H, L, f"""Dear team,

Field Lead Source on Salesforce Lead: please take from HubSpot Original Source
(hs_analytics_source) like this:
ORGANIC_SEARCH -> Web
DIRECT_TRAFFIC -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
EMAIL_MARKETING -> Email
REFERRALS -> Partner Referral
Other value not in this list, or Original Source empty -> Other

Field Email: please change all to lowercase. Yesterday sales team complain duplicate lead because
upper case email.

Only need these 2 field.

{SIGN}""",
      extended(HS,
               hs(email="BAO.LE@MINHCHAU.VN", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="Kim.Pham@HoaMai.vn", hs_analytics_source="OFFLINE"),
               hs(email="tuan.vu@Vuhome.VN", hs_analytics_source="  "),
               hs(email="LINH.DO@gmail.com", hs_analytics_source="DIRECT_TRAFFIC")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "EMAIL_MARKETING": "Email", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h147-05-skip-customers-and-japan", H, L, f"""Hi anh Tuan,

Please help sync HubSpot contact to Salesforce Lead, but have 2 exclude:
1. Lifecycle Stage = "customer": don't sync, they buy already, not lead anymore.
2. Country/Region = "Japan": don't sync, our Tokyo partner handle Japan customer.
Other contact sync normal.

Email, First Name, Last Name, Company: take from HubSpot (Company Name) same same, in case empty
then Lead also empty. Lead Status: put "Open - Not Contacted" for all.

Sorry for disturb.
{SIGN}""",
      extended(HS,
               hs(email="yuki.sato@osakaweb.jp", firstname="Yuki", lastname="Sato", company="Osaka Web",
                  country="Japan", lifecyclestage="customer"),
               hs(email="nam.phan@phanfurniture.vn", firstname="Nam", lastname="Phan", company="",
                  country="Vietnam", lifecyclestage="lead"),
               hs(email="lisa.wong@harborgoods.com", firstname="Lisa", lastname="Wong", company="Harbor Goods",
                  country="United States", lifecyclestage="customer")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h147-06-rating-by-revenue-headcount", H, L, f"""Dear team,

Rating for Salesforce Lead, please take from HubSpot Annual Revenue:
- revenue more than 5,000,000 -> "Hot"
- revenue less than 1,000,000 -> "Cold"
- revenue from 1,000,000 to 5,000,000 -> "Warm"
- in case revenue empty -> "Cold" also

Number of Employees: put to Lead Employees (NumberOfEmployees) as whole number (integer, not
text). In case empty then don't fill, no send this field.

Email same same.

{SIGN}""",
      extended(HS,
               hs(email="hung.ngo@ngogroup.vn", annualrevenue="5000000.5", numemployees="  "),
               hs(email="my.ta@tashop.vn", annualrevenue="999999.99", numemployees="7"),
               hs(email="phuc.la@lacraft.vn", annualrevenue="   ", numemployees="65")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 1_000_000:
        rating = "Cold"
    elif v > 5_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h147-07-plus-one-phone-title-case", H, L, f"""Hi anh Tuan,

HubSpot -> Salesforce Lead.

Field Phone: please change to +1 format (E.164). Mean keep only digit and put "+1" in front,
example (415) 555-0142 become +14155550142. In case number start with "+" already then keep its
own country code, only remove space and symbol. In case number have 11 digit and start with 1,
it have country code already, only put "+" in front. In case HubSpot Phone Number empty then
don't fill Phone, don't send the field (please don't send "+1" only).

Field First Name, Last Name, City: change to title case (each word first letter capital, the
rest small letter).

Field Email: same same.

{SIGN}""",
      extended(HS,
               hs(email="kevin.tran@bayareasnacks.com", firstname="KEVIN", lastname="tran", city="san jose",
                  phone="1 (408) 555-0111"),
               hs(email="cuong.le@lefarm.vn", firstname="cuong", lastname="LE", city="HO CHI MINH",
                  phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h147-08-mql-sql-description", H, L, f"""Dear team,

Only sync contact with Lifecycle Stage "marketingqualifiedlead" or "salesqualifiedlead" (MQL and
SQL) to Salesforce Lead. Other stage not sync yet.

Fields:
- Email, Last Name, Company: same same from HubSpot (Company Name -> Company)
- State: take from HubSpot State/Region, change to upper case (ca -> CA). Empty then empty.
- Description: put text "HubSpot " + lifecycle stage + " since " + create date. Create date only
  take the YYYY-MM-DD part. Example: "HubSpot salesqualifiedlead since 2023-12-05".

{SIGN}""",
      extended(HS,
               hs(email="van.trinh@trinhtech.com", lastname="Trinh", company="Trinh Tech",
                  lifecyclestage="salesqualifiedlead", state="ny", createdate="2024-04-18T12:00:00.000Z"),
               hs(email="ha.mac@macdesign.vn", lastname="Mac", company="Mac Design",
                  lifecyclestage="marketingqualifiedlead", state="", country="Vietnam",
                  createdate="2025-02-03T13:20:00.000Z"),
               hs(email="tam.chau@chauco.vn", lastname="Chau", lifecyclestage="opportunity", state="wa")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "State": r["state"].upper(),
            "Description": f"HubSpot {r['lifecyclestage']} since {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h147-09-address-to-mailing", H, C, f"""Hi anh Tuan,

Please help map HubSpot contact address to Salesforce Contact. Take from HubSpot, put to Mailing
address of the Contact:
Street Address -> MailingStreet
City -> MailingCity
State/Region -> MailingState
Postal Code -> MailingPostalCode
Country/Region -> MailingCountry
Also Email, First Name, Last Name same same. All field copy as it is, no fix format, HubSpot
empty then Contact empty.

{SIGN}""",
      extended(HS,
               hs(email="thao.dinh@dinhhouse.vn", firstname="Thao", lastname="Dinh", address="",
                  city="Da Nang", state="", zip="", country="Vietnam"),
               hs(email="binh.kieu@kieutrade.vn", firstname="Binh", lastname="Kieu", address=" 12 Le Loi ",
                  city="ho chi minh", state="  ", zip="700000", country="Vietnam")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h147-10-optout-and-do-not-call", H, C, f"""Dear team,

Two checkbox on Salesforce Contact, please put true/false (real boolean, not text):

1. Email Opt Out (HasOptedOutOfEmail): take from HubSpot "Unsubscribed from all email".
   "true" -> true, "false" -> false. In case empty (or only space), we not know customer agree or
   not, so put true for safe, we don't want spam complain.
2. Do Not Call: our call center only call mobile. Mobile Phone Number empty (or only space) ->
   true; have mobile -> false. Phone Number (office) not care.

Email same same.

{SIGN}""",
      extended(HS,
               hs(email="lan.truong@truongspa.vn", hs_email_optout="  ", mobilephone="  "),
               hs(email="khoa.mai@maibakery.vn", hs_email_optout="false", mobilephone="0903 123 456",
                  phone="")))
def o10(r: R) -> Out:
    opt = r["hs_email_optout"]
    return {"Email": r["email"], "HasOptedOutOfEmail": opt == "true" or blank(opt),
            "DoNotCall": blank(r["mobilephone"])}


@case("h147-11-last-name-fallback-local-part", H, C, f"""Hi anh Tuan,

Salesforce Contact need Last Name, cannot empty. Please help do fallback:
- Last Name: take HubSpot Last Name. In case empty -> take Company Name. In case company also
  empty -> take the email part before "@" (example lan.pham@gmail.com -> lan.pham).
- First Name: take HubSpot First Name, in case empty -> email part before "@" also.
- Email: same same.
Empty mean empty text or only space.

{SIGN}""",
      extended(lower_emails(HS),
               hs(email="lan.pham@gmail.com", firstname="", lastname="", company=""),
               hs(email="order@hoangkim.vn", firstname="  ", lastname=" ", company="Hoang Kim Jewelry"),
               hs(email="vy.luu@yahoo.com", firstname="Vy", lastname="  ", company="   ")))
def o11(r: R) -> Out:
    local = before_at(r["email"])
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], local),
            "LastName": first_filled(r["lastname"], r["company"], local)}


@case("h147-12-country-code-state-upper", H, C, f"""Dear team,

HubSpot contact -> Salesforce Contact. MailingCountry please put country code, not full name:
United States = US, Japan = JP, Mexico = MX, France = FR, Vietnam = VN
(now HubSpot only have these 5 country, so no need other case)

MailingState: take from State/Region, change to upper case. In case state empty, don't fill,
don't send MailingState.

Email same same.

{SIGN}""",
      extended(HS,
               hs(email="hieu.nguyen@hieushop.vn", country="Vietnam", state="hcm"),
               hs(email="ngan.cao@caofood.vn", country="Vietnam", state="  "),
               hs(email="jake.moss@rainierbrew.com", country="United States", state="wa")))
def o12(r: R) -> Out:
    iso2 = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Vietnam": "VN"}
    return keep({"Email": r["email"], "MailingCountry": iso2[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h147-13-buyers-only-web-source", H, C, f"""Hi anh Tuan, please only sync contact who buy already to Salesforce Contact, mean Lifecycle Stage "customer" or "evangelist", other stage no need. Email please change lowercase. Phone take from Mobile Phone Number, in case mobile empty (or only space) then take Phone Number, number same same no format; these customer all have at least 1 number already. Lead Source put "Web" for all, because they all buy on website. Only these 3 field.

{SIGN}""",
      extended(HS,
               hs(email="Trang.Ha@HaTextile.VN", lifecyclestage="evangelist", mobilephone="  ",
                  phone="+84 28 3930 5555"),
               hs(email="loc.quach@quachco.vn", lifecyclestage="customer", mobilephone="0903 555 010",
                  phone="(415) 555-0100"),
               hs(email="MINH.TO@TOMART.VN", lifecyclestage="lead", mobilephone="0912 000 111")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Web"}


@case("h147-14-stage-to-description", H, C, f"""Dear team,

HubSpot -> Salesforce Contact, please help:
1. First Name, Last Name: title case (first letter of each word capital, other letter small).
2. Title: take from Job Title, cut space at begin and end.
3. Description: take from Lifecycle Stage:
   customer -> "Buyer"
   evangelist -> "Buyer"
   opportunity -> "Hot prospect"
   other stage, or stage empty -> "Prospect"
4. Email same same.

{SIGN}""",
      extended(HS,
               hs(email="minh.tran@tranvanshop.vn", firstname="MINH", lastname="tran van",
                  jobtitle="  Shop Owner  ", lifecyclestage="opportunity"),
               hs(email="yen.ly@lyyen.vn", firstname="yen", lastname="LY", jobtitle="  ", lifecyclestage=""),
               hs(email="dat.vuong@vuongdat.vn", firstname="Dat", lastname="Vuong", jobtitle="Founder ",
                  lifecyclestage="evangelist")))
def o14(r: R) -> Out:
    desc = {"customer": "Buyer", "evangelist": "Buyer", "opportunity": "Hot prospect"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "Description": desc.get(r["lifecyclestage"], "Prospect")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h147-15-audience-language-default", H, M, f"""Hi anh Tuan,

HubSpot contact to Mailchimp audience, please setup:
- email_address: HubSpot email same same
- merge field FNAME, LNAME: First Name, Last Name same same, empty then empty
- status: "subscribed" for all
- language: take from HubSpot Preferred language (hs_language). Many contact not have this field
  at all, or it empty -> put "en".

{SIGN}""",
      extended(HS,
               hs(email="uyen.lam@lamflower.vn", firstname="Uyen", lastname="Lam", hs_language="vi"),
               hs(email="sakura.ito@itoya.jp", firstname="Sakura", lastname="", hs_language="ja"),
               hs(email="peter.ng@ngtrading.sg", firstname="Peter", lastname="Ng", hs_language="  ")))
def o15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h147-16-optout-three-way-status", H, M, f"""Dear team,

Mailchimp status please take from HubSpot "Unsubscribed from all email" (hs_email_optout):
"true" -> "unsubscribed"
"false" -> "subscribed"
empty (or only space) -> "pending", so Mailchimp send confirm email first

Tag: put tag "hubspot-sync" for every member (only this 1 tag). email_address same same.

{SIGN}""",
      extended(HS,
               hs(email="quyen.do@dohome.vn", hs_email_optout="   "),
               hs(email="tri.ton@tonbike.vn", hs_email_optout="true")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h147-17-wholesale-returning-tags", H, M, f"""Hi anh Tuan,

Please help add tag when sync HubSpot -> Mailchimp. Tag rule:
- Annual Revenue more than 3,000,000 -> tag "Wholesale"
- Lifecycle Stage is "customer" -> tag "Returning"
Contact match both then have 2 tag, order "Wholesale" first then "Returning". Match nothing then
tag list empty. Revenue empty -> no "Wholesale" tag.

Only send email_address (HubSpot email same same) and tags.

{SIGN}""",
      extended(HS,
               hs(email="nhung.bach@bachmart.vn", annualrevenue="3000000.5", lifecyclestage="customer"),
               hs(email="long.thai@thaitoys.vn", annualrevenue="2999999", lifecyclestage="customer"),
               hs(email="an.kha@khaimport.vn", annualrevenue="  ", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Wholesale")
    if r["lifecyclestage"] == "customer":
        tags.append("Returning")
    return {"email_address": r["email"], "tags": tags}


@case("h147-18-first-word-mobile-e164", H, M, f"""Dear team,

HubSpot -> Mailchimp, merge field:

FNAME: only first word of First Name (example "Anh Thu" -> "Anh").
PHONE: take Mobile Phone Number, in case mobile empty (or only space) then take Phone Number.
Then change to E.164: keep digit only and put +1 in front (US). Number start with "+" already:
keep that country code. Number 11 digit start with 1: only put "+". Every contact have at least
one number.

email_address: HubSpot email same same.

{SIGN}""",
      extended(HS,
               hs(email="anhthu.vo@vofashion.vn", firstname="Anh Thu", mobilephone="  ",
                  phone="1-650-555-0100"),
               hs(email="bich.ngoc@ngocgems.vn", firstname="Bich Ngoc", mobilephone="+84 903 222 333",
                  phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h147-19-no-country-no-sync-vip", H, M, f"""Hi anh Tuan, contact without Country/Region (empty or only space) please don't sync to Mailchimp, we cannot ship to them so no need email. Other contact: email_address is HubSpot email same same, status put "subscribed" for all, and vip is true in case Lifecycle Stage is "customer", other stage false.

Sorry for disturb.
{SIGN}""",
      extended(HS,
               hs(email="giang.hua@huagarden.vn", country="", lifecyclestage="customer"),
               hs(email="kha.lu@lushop.vn", country="  ", lifecyclestage="lead"),
               hs(email="oanh.tang@tangtea.vn", country="Vietnam", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["country"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h147-20-company-or-domain-vip", H, M, f"""Dear team,

Please help HubSpot -> Mailchimp:
- FNAME and LNAME: title case from First Name / Last Name (each word first letter capital, other
  letter small)
- merge field COMPANY: take Company Name. In case empty (or only space) then take domain of email
  (part after "@", example "shop.vn" from "lan@shop.vn").
- vip: Annual Revenue more than 1,000,000 -> true. Not more than 1,000,000, or revenue empty ->
  false.
- email_address: same same.

{SIGN}""",
      extended(lower_emails(HS),
               hs(email="thu.kieu@kieuhandmade.vn", firstname="THU", lastname="kieu", company="",
                  annualrevenue="1000000.5"),
               hs(email="dung.ha@gmail.com", firstname="dung", lastname="HA", company="  ", annualrevenue=""),
               hs(email="phong.le@lephong.vn", firstname="Phong", lastname="le", company="Le Phong Decor",
                  annualrevenue="999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 1_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h147-21-identify-location", H, S, f"""Hi anh Tuan,

Segment identify from HubSpot contact:
userId: email change to lowercase
traits.email: email same same (not change)
traits.firstName, traits.lastName: First Name, Last Name same same
traits.location: City + ", " + Country/Region, example "Boston, United States"

{SIGN}""",
      extended(HS,
               hs(email="Hanh.Vu@VuCosmetics.VN", firstname="Hanh", lastname="Vu", city="Hanoi",
                  country="Vietnam"),
               hs(email="tien.la@lashoes.vn", firstname="Tien", lastname="", city="Can Tho",
                  country="Vietnam")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "location": f"{r['city']}, {r['country']}"}}


@case("h147-22-company-traits-nested", H, S, f"""Dear team,

Segment identify, userId = HubSpot email same same. Company info put inside traits.company:
- traits.company.name: Company Name. In case empty, don't fill, no send name key at all.
- traits.company.industry: Industry. In case empty then put "Other".
- traits.company.employee_count: Number of Employees as integer number. In case empty, don't
  send this key.
(empty mean empty or only space)

{SIGN}""",
      extended(HS,
               hs(email="xuan.mac@macxuan.vn", company="  ", industry="Retail", numemployees="3"),
               hs(email="sang.thach@thachco.vn", company="Thach Co", industry="  ", numemployees=" "),
               hs(email="vinh.ong@ongvinh.vn", company="", industry="", numemployees="1500")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]),
                                        "industry": dflt(r["industry"], "Other"),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h147-23-address-zip-and-phone", H, S, f"""Hi anh Tuan,

HubSpot -> Segment identify. userId: HubSpot email same same.
traits.address.city: City same same
traits.address.country: Country/Region same same
traits.address.postalCode: Postal Code. In case empty then don't fill (no key).
traits.phone: take mobile first (Mobile Phone Number), mobile empty then Phone Number. Format
E.164: +1 and the digits (US), number already start with "+" keep its own code, 11 digit start
with 1 only add "+". Both number empty (or only space) -> don't send traits.phone.

{SIGN}""",
      extended(HS,
               hs(email="hai.tong@tonghai.vn", city="Hue", country="Vietnam", zip="", mobilephone="  ",
                  phone=""),
               hs(email="mark.ellis@ellisgear.com", city="Austin", country="United States", zip="  ",
                  mobilephone="", phone="1 512 555 0177")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "country": r["country"],
                                        "postalCode": omit_if_blank(r["zip"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h147-24-identify-consent-revenue", H, S, f"""Dear team,

Segment identify from HubSpot, please help:
1. userId: email, cut space both side and change lowercase (some email have space and capital).
2. traits.title: Job Title same same.
3. traits.email_consent: boolean true/false. "Unsubscribed from all email" = "false" -> true
   (customer still agree). "true" -> false. Empty -> false also (not sure then count as not
   agree).
4. traits.annual_revenue: Annual Revenue as number (not text). In case empty then don't send.

{SIGN}""",
      extended(HS,
               hs(email="  Quynh.Ly@LyQuynh.VN ", hs_email_optout="", annualrevenue="1500.5", jobtitle=" "),
               hs(email="THANG.PHU@PHUTHANG.VN", hs_email_optout="false", annualrevenue="  ",
                  jobtitle="Director")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "email_consent": r["hs_email_optout"] == "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h147-25-ga4-crm-contact-sync", H, G, f"""Hi anh Tuan,

GA4 event for each HubSpot contact, please:
client_id: HubSpot email same same
event name: "crm_contact_sync"
params:
  crm: "hubspot" (fix value for all)
  stage: Lifecycle Stage same same
  traffic_source: Original Source change to lowercase (PAID_SEARCH -> paid_search). Original
    Source empty (or only space) then put "(not set)".
  created_on: Create Date, only YYYY-MM-DD

{SIGN}""",
      extended(HS,
               hs(email="thuy.lai@laithuy.vn", lifecyclestage="lead", hs_analytics_source="  ",
                  createdate="2024-08-20T12:10:00.000Z"),
               hs(email="khanh.mo@mokhanh.vn", lifecyclestage="other", hs_analytics_source="SOCIAL_MEDIA",
                  createdate="2025-03-01T14:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"crm": "hubspot", "stage": r["lifecyclestage"],
                                   "traffic_source": "(not set)" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h147-26-ga4-business-accounts", H, G, f"""Dear team,

Only contact with Number of Employees more than 20 send to GA4. Number of Employees empty ->
not send.
client_id: email part before "@"
event name: "b2b_account"
params.employees: Number of Employees as number
params.account_type: "business" (fix)

{SIGN}""",
      extended(lower_emails(HS),
               hs(email="ky.banh@banhco.vn", numemployees="21"),
               hs(email="tu.an@anfoods.vn", numemployees="19"),
               hs(email="lam.ca@calam.vn", numemployees="  ")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "b2b_account",
                        "params": {"employees": num(r["numemployees"]), "account_type": "business"}}]}


@case("h147-27-ga4-subscribe-event-name", H, G, f"""Hi anh Tuan, GA4 from HubSpot contact. Event name depend on "Unsubscribed from all email": value "true" -> event "email_unsubscribed"; value "false" or empty -> event "email_subscribed". client_id take email same same. params.city: City, in case empty (or only space) put "unknown". params.country: Country/Region same same. That all, thank you.

{SIGN}""",
      extended(HS,
               hs(email="luan.ha@haluan.vn", hs_email_optout="", city="  ", country="Vietnam"),
               hs(email="mo.ye@yemo.vn", hs_email_optout="true", city="", country="")))
def o27(r: R) -> Out:
    name = "email_unsubscribed" if r["hs_email_optout"] == "true" else "email_subscribed"
    return {"client_id": r["email"],
            "events": [{"name": name,
                        "params": {"city": dflt(r["city"], "unknown"), "country": r["country"]}}]}


# ------------------------------------------------------------------ salesforce.Lead -> hubspot.contacts


@case("h147-28-lead-straight-copy", L, H, f"""Dear team,

Salesforce Lead -> HubSpot contact, simple copy only:
Email -> email
First Name -> firstname
Last Name -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
Same same all, no change format. Lead field empty then HubSpot also empty text.

{SIGN}""",
      extended(SFL,
               sfl(Email="hoang.yen@yenhome.vn", FirstName="", LastName="Hoang", Company="Yen Home",
                   Title="  ", Phone=" 0903 777 888")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"], "jobtitle": r["Title"], "phone": r["Phone"]}


@case("h147-29-status-and-optout-text", L, H, f"""Hi anh Tuan,

Lead Status of Salesforce put to HubSpot Lead Status (hs_lead_status):
Open - Not Contacted -> NEW
Working - Contacted -> IN_PROGRESS
Closed - Converted -> OPEN_DEAL
Closed - Not Converted -> UNQUALIFIED
(all lead have 1 of these 4 status)

Email Opt Out checkbox -> hs_email_optout. HubSpot need text "true" / "false", not boolean: tick
-> "true", not tick -> "false".

email: Lead Email same same.

{SIGN}""",
      extended(SFL,
               sfl(Email="phat.dam@damphat.vn", Status="Working - Contacted", HasOptedOutOfEmail=False),
               sfl(Email="nhi.kim@kimnhi.vn", Status="Closed - Not Converted", HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h147-30-rating-to-stage-revenue", L, H, f"""Dear team,

Salesforce Lead -> HubSpot:
- email: Lead Email change to lowercase
- lifecyclestage: from Rating. Hot -> "opportunity", Warm -> "salesqualifiedlead", Cold -> "lead".
  (every lead have rating already)
- annualrevenue: Annual Revenue as number. In case empty (or only space), don't fill this field,
  HubSpot keep old value.

{SIGN}""",
      extended(SFL,
               sfl(Email="Vu.Dinh@DinhVu.VN", Rating="Warm", AnnualRevenue="1250000.5"),
               sfl(Email="CHI.MAI@MAICHI.VN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h147-31-uk-distributor-leads", L, H, f"""Hi anh Tuan,

Only lead with Country = "United Kingdom" sync to HubSpot (our UK distributor manage them),
other country skip.
phone: Phone to E.164 UK format: remove the 0 at begin, put +44, digit only (020 7946 0321 ->
+442079460321). Number start with "+" already then keep its country code.
zip: Postal Code change upper case.
jobtitle: Title, in case empty (or only space) put "N/A".
email: same same.

{SIGN}""",
      extended(SFL,
               sfl(Email="oliver.hart@hartandco.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="m1 1ae", Title=""),
               sfl(Email="amy.shaw@shawtea.co.uk", Country="United Kingdom", Phone="+44 161 555 0100",
                   PostalCode="Ls1 4dy", Title="  "),
               sfl(Email="duy.mach@machduy.vn", Country="Vietnam", Phone="+84 24 3825 1111",
                   PostalCode="100000")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "N/A")}


@case("h147-32-open-leads-one-line-address", L, H, f"""Dear team,

Lead with Status "Closed - Not Converted" please don't sync to HubSpot. Other lead sync:
email: Email same same
jobtitle: Title, empty (or only space) then fill "Not provided"
address: Street + ", " + City in one line (example "200 Lake St, Chicago"). In case Street
empty (or only space) then only put City, no comma. All lead have City already.

{SIGN}""",
      extended(SFL,
               sfl(Email="kiet.luong@luongkiet.vn", Street="", City="Ho Chi Minh City",
                   Status="Open - Not Contacted", Title=""),
               sfl(Email="tra.my@mytra.vn", Street="  ", City="Hanoi", Status="Working - Contacted",
                   Title="Owner"),
               sfl(Email="bo.nguyen@nguyenbo.vn", Street="5 Tran Phu", City="Nha Trang",
                   Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not provided"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h147-33-optout-status-web-tag", C, M, f"""Hi anh Tuan,

Salesforce Contact -> Mailchimp.
email_address: Email, change lowercase
status: Email Opt Out tick -> "unsubscribed", not tick -> "subscribed"
tags: all member have tag "Salesforce". In case Lead Source is "Web" then add 2nd tag "Website"
after it.

{SIGN}""",
      extended(SFC,
               sfc(Email="Tuyet.Ngo@NgoTuyet.VN", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="SON.HA@HASON.VN", HasOptedOutOfEmail=False, LeadSource="Trade Show")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + (["Website"] if r["LeadSource"] == "Web" else [])}


@case("h147-34-sms-audience-language", C, M, f"""Dear team,

Next month we run SMS campaign, so Contact without Phone (empty or space only) don't sync to
Mailchimp.
email_address: Email same same
merge field PHONE: Phone in E.164 format, default US +1 (digit only, "+1" in front). Number begin
with "+" keep its own code. 11 digit start with 1 only add "+".
language: from MailingCountry: Germany -> "de", Austria -> "de", United States -> "en", Vietnam ->
"vi" (only have these 4 country).

{SIGN}""",
      extended(SFC,
               sfc(Email="lien.phung@phunglien.vn", Phone="+84 90 123 4567", MailingCountry="Vietnam"),
               sfc(Email="hans.brandt@brandtbau.de", Phone="", MailingCountry="Germany"),
               sfc(Email="cole.hayes@hayesoutdoor.com", Phone="1 (971) 555-0123", MailingCountry="United States"),
               sfc(Email="nga.le@lenga.vn", Phone="   ", MailingCountry="Vietnam")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Vietnam": "vi"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h147-35-hi-customer-web-vip", C, M, f"""Hi anh Tuan,

Salesforce Contact -> Mailchimp:
- FNAME: First Name, in case empty (or only space) fill "Customer" (so email say "Hi Customer")
- LNAME: Last Name same same
- vip: Lead Source = "Web" -> true. Other source, or Lead Source empty -> false.
- status: "subscribed" all
- email_address: Email same same

{SIGN}""",
      extended(SFC,
               sfc(Email="hau.trieu@trieuhau.vn", FirstName="", LastName="Trieu", LeadSource="Web"),
               sfc(Email="kim.cu@cukim.vn", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Web"}


@case("h147-36-trade-show-audience", C, M, f"""Dear team, only Contact with Lead Source "Trade Show" sync to Mailchimp, this audience for event only. email_address, FNAME, LNAME take Email, First Name, Last Name same same. status put "pending" (they confirm by email first). language put "en" for all. tags: empty list, no tag at all.

{SIGN}""",
      extended(SFC,
               sfc(Email="quoc.lo@loquoc.vn", FirstName="Quoc", LastName="Lo", LeadSource="Trade Show"),
               sfc(Email="mia.kraus@krausdesign.de", FirstName="Mia", LastName="", LeadSource="Trade Show"),
               sfc(Email="phu.ma@maphu.vn", FirstName="Phu", LastName="Ma", LeadSource="Web")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h147-37-contact-identify-title", C, S, f"""Hi anh Tuan,

Segment identify from Salesforce Contact:
userId = Email change lowercase
traits.email = Email same same
traits.firstName, traits.lastName = First Name, Last Name same same
traits.title = Title; in case Title empty (or only space) then don't send traits.title.

{SIGN}""",
      extended(SFC,
               sfc(Email="Tai.Dong@DongTai.VN", FirstName="Tai", LastName="Dong", Title="  "),
               sfc(Email="hong.mau@mauhong.vn", FirstName="Hong", LastName="", Title="Buyer")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h147-38-mailing-city-trim", C, S, f"""Dear team,

Segment identify, userId = Salesforce Contact Email same same.
traits.address.city: MailingCity, cut space at begin and end (old import have space). In case
empty (or only space) put "Unknown".
traits.address.country: MailingCountry same same, empty then empty.

{SIGN}""",
      extended(SFC,
               sfc(Email="loan.vi@viloan.vn", MailingCity="  Vung Tau ", MailingCountry="Vietnam"),
               sfc(Email="tom.beck@beckwerk.de", MailingCity="   ", MailingCountry=""),
               sfc(Email="ut.tho@thout.vn", MailingCity="", MailingCountry="Vietnam")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown").strip(),
                                   "country": r["MailingCountry"]}}}


@case("h147-39-phone-name-channel", C, S, f"""Hi anh Tuan,

Salesforce Contact -> Segment:
userId: Email same same
traits.phone: Phone to E.164 (+1 US and digit only; number start with "+" keep its own code;
11 digit start with 1 just add "+")
traits.name: First Name + space + Last Name
traits.channel: from Lead Source: Web -> "online", Trade Show -> "offline", Partner Referral ->
"partner", other value or empty -> "other"

Sorry for disturb.
{SIGN}""",
      extended(SFC,
               sfc(Email="xuan.tu@tuxuan.vn", FirstName="Xuan", LastName="Tu", Phone="+84 28 3456 7890",
                   LeadSource="Partner Referral"),
               sfc(Email="gail.reed@reedcraft.com", FirstName="Gail", LastName="Reed", Phone="1.503.555.0160",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "offline", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h147-40-member-back-to-hubspot", M, H, f"""Dear team,

Mailchimp member -> HubSpot contact:
email: email_address same same
firstname: merge field FNAME, change title case (each word first letter capital, other small)
phone: merge field PHONE same same, no format. In case empty (or only space) then don't send
phone, not overwrite HubSpot.
company: merge field COMPANY, empty (or only space) -> "Unknown"
hs_email_optout: text "true" when status "unsubscribed" or "cleaned", other status text "false"

{SIGN}""",
      extended(MC,
               mc({"FNAME": "NGOC LAN", "PHONE": "  ", "COMPANY": "  "}, email_address="ngoclan@lanshop.vn",
                  status="pending"),
               mc({"FNAME": "hieu", "PHONE": "0908 111 222", "COMPANY": "Hieu Bakery"},
                  email_address="hieu@hieubakery.vn", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h147-41-skip-unsubscribed-vip-customer", M, H, f"""Hi anh Tuan,

Mailchimp -> HubSpot. Member status "unsubscribed": skip, don't sync.
email: email_address same same
company: merge field COMPANY same same
phone: merge field PHONE to E.164 (+1 US and digit only; start with "+" keep its code; 11 digit
start with 1 only add "+"). PHONE empty (or only space) -> don't send phone.
lifecyclestage: vip true -> "customer", vip false -> "lead"

{SIGN}""",
      extended(MC,
               mc({"PHONE": "1 (646) 555-0177", "COMPANY": "Pho Corner"}, email_address="owner@phocorner.com",
                  status="subscribed", vip=True),
               mc({"PHONE": "  ", "COMPANY": ""}, email_address="tho.le@letho.vn",
                  status="pending", vip=False),
               mc({"PHONE": "(718) 555-0150", "COMPANY": "Banh Mi Co"}, email_address="hello@banhmico.com",
                  status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "company": mf["COMPANY"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h147-42-webinar-tag-to-mql", M, H, f"""Dear team,

Mailchimp member -> HubSpot:
firstname: only first word of FNAME
company: merge field COMPANY. Empty (or only space) -> email domain (part after "@")
lifecyclestage: member have tag "Webinar" -> "marketingqualifiedlead", not have -> "subscriber"
(tag name exact "Webinar")
email: email_address same same

{SIGN}""",
      extended(MC,
               mc({"FNAME": "Ngoc Anh", "COMPANY": "  "}, email_address="ngocanh@anhflower.vn",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Bao", "COMPANY": "Bao Tea"}, email_address="bao@baotea.vn", tags=["VIP"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set147")
