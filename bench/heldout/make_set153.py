# ruff: noqa: RUF001, RUF002
# (the persona types some item names with a full-width colon on purpose: part of her wording)
"""Held-out set 153 for the offline mapping drafter.

Persona: Haruka Sato, marketing operations lead at a SaaS company in Tokyo, whose first language
is Japanese. She writes each mapping as a polite, carefully structured email to an offshore
integration partner (Rahul-san): a 'Thank you for your continuous support.' opener, numbered
items '(1)', '(2)', full-width-looking punctuation ('：' after item names, '・' bullets),
'please kindly', 'we would like to request', articles often dropped and plurals often missing,
'in case of' for if, 'blank' / 'no data' for empty, 'as is' for a plain copy, and a closing
'Best regards, Sato'. Now and then a 'Supplement:' or '*Note:' line after the list changes or
clarifies one of the items; the later line wins.

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


@case("h153-01-lead-copy-fixed-source", H, L, """Dear Rahul-san,

Thank you for your continuous support.
We would like to request to create new sync, HubSpot contact → Salesforce Lead.
Please kindly map the field as below.

(1) Email → Email
(2) First name → First Name
(3) Last name → Last Name
(4) Company name → Company
(5) Job title → Title
(6) Mobile phone number → Mobile Phone
(7) Lead Source: fixed value "Web" for every lead

For (1)-(6), please copy as is. No trim, no change of upper/lower case.
In case HubSpot field is blank, please send blank as is also (no need to put other value).

Best regards,
Sato""",
      extended(HS,
               hs(email="yuki.tanaka@kirin-soft.jp", firstname="Yuki", lastname="Tanaka", company="  ",
                  jobtitle="", mobilephone="090-5555-0123"),
               hs(email="ren.kobayashi@hoshi.co.jp", firstname=" Ren", lastname="KOBAYASHI",
                  company="Hoshi Trading ", jobtitle=" Manager", mobilephone="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "MobilePhone": r["mobilephone"], "LeadSource": "Web"}


@case("h153-02-business-card-trim-defaults", H, L, """Dear Rahul-san,

Thank you for your continuous support.
This is second request for HubSpot contact → Salesforce Lead. Data of these contact came from business card scanning at event, so sometimes there is extra space, or no data.

(1) Email：as is
(2) Last Name：last name, please remove space at beginning and end
(3) Company：company name, also remove space at beginning and end. In case of blank, please put "Unknown Company"
(4) Title：job title. In case of blank, please put "Not Provided". If it has value, please send as is (no trim for this one)

*Note: "blank" means no data, or only space.

Best regards,
Sato""",
      extended(HS,
               hs(email="haruto.ito@meishi-scan.jp", lastname="  Ito ", company="   ", jobtitle="  "),
               hs(email="mio.watanabe@sakura-ad.co.jp", lastname="Watanabe", company=" Sakura Ad ",
                  jobtitle=" Director"),
               hs(email="sota.kato@gmail.com", lastname=" Kato", company="", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown Company").strip(), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h153-03-phone-fallback-name-city-case", H, L, """Dear Rahul-san,

Thank you for your continuous support.
For Lead sync from HubSpot, we would like to request below rule for phone and name.

(1) Phone (of Lead): please use HubSpot phone number. In case of blank, please use mobile phone number instead. In case both are blank, please do not send Phone field at all (not blank value, just no field).
    Phone value itself please send as is, no formatting.
(2) Last Name: last name with capital letter at first of each word, and other letter small. (example: GARCIA → Garcia)
(3) City: same rule as (2). (monterrey → Monterrey, NEW YORK → New York)
(4) Email: as is

Best regards,
Sato""",
      extended(HS,
               hs(email="takumi.ono@ono-design.jp", lastname="ONO", city="osaka", phone="  ",
                  mobilephone="080-5555-0199"),
               hs(email="aoi.mori@mori-farm.jp", lastname="mori", city="KYOTO", phone="", mobilephone=" "),
               hs(email="grace.lee@bayside.com", lastname="lee", city="new york", phone="212-555-0101",
                  mobilephone="212-555-0102")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
                 "LastName": title(r["lastname"]), "City": title(r["city"])})


@case("h153-04-lifecycle-to-lead-status", H, L, """Dear Rahul-san,

Thank you for your continuous support.
We would like to set Lead Status in Salesforce from HubSpot lifecycle stage. Please kindly use below table.

・subscriber → Open - Not Contacted
・lead → Open - Not Contacted
・marketingqualifiedlead → Working - Contacted
・salesqualifiedlead → Working - Contacted
・opportunity → Working - Contacted
・customer → Closed - Converted
・other stage, and also in case lifecycle stage is blank → Closed - Not Converted

And additionally,
(1) Email：please change to lowercase (all letter)
(2) Last Name：as is

Best regards,
Sato""",
      extended(HS,
               hs(email="Daiki.Yamada@Yamada-Kogyo.JP", lastname="Yamada", lifecyclestage="evangelist"),
               hs(email="NANA.SUZUKI@FUJI-NET.JP", lastname="Suzuki", lifecyclestage=""),
               hs(email="Kaito.Hayashi@Hayashi.jp", lastname="Hayashi", lifecyclestage="opportunity")))
def o04(r: R) -> Out:
    table = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
             "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "opportunity": "Working - Contacted", "customer": "Closed - Converted"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Status": table.get(r["lifecyclestage"], "Closed - Not Converted")}


@case("h153-05-skip-customers-and-japan", H, L, """Subject: [Request] HubSpot → Salesforce Lead, exclusion condition

Dear Rahul-san,

Thank you for your continuous support.
Please kindly set HubSpot contact → Salesforce Lead sync with below condition.

[Contact NOT to send]
(1) Contact whose lifecycle stage is "customer" (they are already customer, so no need as lead)
(2) Contact whose Country/Region is "Japan" (domestic lead is managed by Tokyo inside sales team in other system)
In case of (1) or (2), please skip the contact. All other contact please send.

[Field]
(3) Email, First Name, Last Name, Company: copy from HubSpot email, first name, last name, company name as is
(4) Lead Status: fixed "Open - Not Contacted"

Best regards,
Sato""",
      extended(HS,
               hs(email="minato.aoki@aoki-sangyo.jp", firstname="Minato", lastname="Aoki", company="Aoki Sangyo",
                  country="Japan", lifecyclestage="lead"),
               hs(email="olivia.chen@harborview.sg", firstname="Olivia", lastname="Chen", company="",
                  country="Singapore", lifecyclestage="customer"),
               hs(email="ravi.menon@tealeaf.in", firstname="Ravi", lastname="Menon", company="Tealeaf Systems",
                  country="", lifecyclestage="opportunity")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h153-06-revenue-rating-employee-integer", H, L, """Dear Rahul-san,

Thank you for your continuous support.
We would like to request Rating rule for Lead, based on HubSpot annual revenue.

(1) Rating：
    ・annual revenue is more than 10,000,000 → Hot
    ・annual revenue is less than 1,000,000 → Cold
    ・between them → Warm
    ・in case annual revenue is blank (no data) → Cold
(2) Employees：number of employees, please send as integer (whole number). In case of blank, please do not send Employees field.
(3) Email：as is

Best regards,
Sato""",
      extended(HS,
               hs(email="kenta.fujii@fujii-denki.co.jp", annualrevenue="9999999.9", numemployees="  "),
               hs(email="emi.nakamura@nakamura-cafe.jp", annualrevenue="  ", numemployees="8"),
               hs(email="sho.kimura@kimura-steel.co.jp", annualrevenue="35000000", numemployees="1200")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 10_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h153-07-sms-mobile-e164-first-name", H, L, """Dear Rahul-san,

Thank you for your continuous support.
Our sales team will start SMS from Salesforce, so we would like to request below for Lead.

(1) Mobile Phone: HubSpot mobile phone number in E.164 format.
    - Number without "+" is US number, so please add +1 and keep only digit. (415.555.0199 → +14155550199)
    - In case number has 11 digits and starts with 1, it has already country code, so only add "+".
    - Number starting with "+" keeps own country code, only digits after "+".
    - In case mobile phone is blank, please do not send Mobile Phone field.
(2) First Name: first letter of each word capital, other letter lowercase
(3) Email: as is

Best regards,
Sato""",
      extended(HS,
               hs(email="sakura.honda@honda-books.jp", firstname="SAKURA", mobilephone="+81 90-5555-0123"),
               hs(email="mary.jane.fox@foxhollow.com", firstname="mary jane", mobilephone="1-650-555-0123"),
               hs(email="kei.ota@ota-lab.jp", firstname="kei", mobilephone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], e164),
                 "FirstName": title(r["firstname"])})


@case("h153-08-japan-only-description", H, L, """Dear Rahul-san,

Thank you for your continuous support.
This request is for Japan lead only.

(1) Target：only contact whose Country/Region is "Japan". Contact of other country, and contact with blank country, please do not send.
(2) Email：as is
(3) Last Name：all uppercase (Tanaka → TANAKA)
(4) Description：please combine as below.
    "Source: " + original source + ", created " + create date
    Create date is only date part, YYYY-MM-DD format.
    Example：Source: PAID_SEARCH, created 2023-07-02

Best regards,
Sato""",
      extended(HS,
               hs(email="yui.matsumoto@matsu-ya.jp", lastname="Matsumoto", country="Japan",
                  hs_analytics_source="ORGANIC_SEARCH", createdate="2024-04-01T12:00:00.000Z"),
               hs(email="jiwoo.park@hanriver.kr", lastname="Park", country="South Korea",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-05-20T12:00:00.000Z"),
               hs(email="haru.inoue@inoue-tech.jp", lastname="Inoue", country="",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-09-10T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "Japan":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"Source: {r['hs_analytics_source']}, created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h153-09-mailing-address-as-is", H, C, """Dear Rahul-san,

Thank you for your continuous support.
Next, we would like to request HubSpot contact → Salesforce Contact. Address should go to Mailing address of Contact.

(1) Email → Email
(2) First name → First Name
(3) Last name → Last Name
(4) Street address → Mailing Street
(5) City → Mailing City
(6) State/Region → Mailing State/Province
(7) Postal code → Mailing Zip/Postal Code
(8) Country/Region → Mailing Country

All item please copy as is. Blank is also OK, please send blank as it is.

Best regards,
Sato""",
      extended(HS,
               hs(email="rin.shimizu@shimizu-law.jp", firstname="Rin", lastname="Shimizu",
                  address="3-7-1 Nishi-Shinjuku ", city="Shinjuku-ku", state="Tokyo", zip="160-0023",
                  country="Japan"),
               hs(email="tom.baker@bakerandsons.com", firstname="Tom", lastname="Baker", address="", city=" Austin",
                  state="  ", zip="", country="United States")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h153-10-opt-out-and-do-not-call", H, C, """Dear Rahul-san,

Thank you for your continuous support.
For Salesforce Contact, we would like to request 2 checkbox field.

(1) Email Opt Out:
    ・HubSpot "Unsubscribed from all email" is "true" → true
    ・"false" → false
    ・blank (no data) → false
(2) Do Not Call: true in case both phone number and mobile phone number are blank in HubSpot. If at least one of them has number → false.
(3) Email, Last Name: as is

Best regards,
Sato""",
      extended(HS,
               hs(email="goro.abe@abe-shoten.jp", lastname="Abe", hs_email_optout="  ", phone="  ", mobilephone=""),
               hs(email="mika.endo@endo-clinic.jp", lastname="Endo", hs_email_optout="true", phone="",
                  mobilephone="070-5555-0188")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h153-11-last-name-order", H, C, """Dear Rahul-san,

Thank you for your continuous support.
Salesforce Contact needs Last Name always, but some HubSpot contact has no last name (for example, people who only downloaded whitepaper).
So please kindly set Last Name in below order.

(1) Last Name：
    1st：HubSpot last name
    2nd：in case last name is blank → company name
    3rd：in case company name is also blank → part of email before "@" (yamada.taro@example.jp → yamada.taro)
(2) Email, First Name：as is

Best regards,
Sato""",
      extended(lower_emails(HS),
               hs(email="whitepaper.dl@kumo-cloud.jp", firstname="", lastname="", company="Kumo Cloud"),
               hs(email="t.ogawa@gmail.com", firstname="Takeshi", lastname="  ", company="   "),
               hs(email="nozomi_h@yahoo.co.jp", firstname="Nozomi", lastname="", company="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h153-12-iso3-country-postal-upper", H, C, """Dear Rahul-san,

Thank you for your continuous support.
In Salesforce Contact, our company rule is to keep country as 3-letter ISO code. Please kindly convert HubSpot Country/Region to Mailing Country as below.

United States → USA
Japan → JPN
Mexico → MEX
France → FRA
United Kingdom → GBR
Singapore → SGP

(We checked HubSpot data, there is only these 6 country.)

Also,
(1) Mailing Zip/Postal Code: HubSpot postal code in uppercase. In case postal code is blank, please do not send this field.
(2) Email: as is

Best regards,
Sato""",
      extended(HS,
               hs(email="james.clark@clarkmotors.co.uk", country="United Kingdom", zip="sw1a 1aa"),
               hs(email="wei.lim@lionbay.sg", country="Singapore", zip="  "),
               hs(email="hana.okada@okada-ya.jp", country="Japan", zip="")))
def o12(r: R) -> Out:
    codes = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "United Kingdom": "GBR",
             "Singapore": "SGP"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingPostalCode": omit_if_blank(r["zip"], str.upper)})


@case("h153-13-email-ok-contacts-only", H, C, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly create Salesforce Contact sync for contact who accept our email.

(1) Target：only contact whose "Unsubscribed from all email" is "false". In case it is "true" or blank, please do not send.
(2) Email：lowercase
(3) Mobile Phone：mobile phone number as is. In case of blank, please use phone number (as is) instead.
(4) Contact Description：fixed text "Email OK (from HubSpot)"

Best regards,
Sato""",
      extended(HS,
               hs(email="Shun.Morita@Morita-Gumi.JP", hs_email_optout="false", mobilephone="  ",
                  phone="03-5555-0142"),
               hs(email="Ayaka.Ishii@Ishii.jp", hs_email_optout="false", mobilephone="080-5555-0177", phone=""),
               hs(email="Jun.Hara@Hara.jp", hs_email_optout="  ", mobilephone="090-5555-0111", phone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Email OK (from HubSpot)"}


@case("h153-14-source-table-seminar-supplement", H, C, """Dear Rahul-san,

Thank you for your continuous support.
We would like to request another rule for HubSpot contact → Salesforce Contact.

(1) First Name, Last Name: capital letter at start of each word, rest lowercase (maria → Maria, GARCIA → Garcia)
(2) Title: job title, please remove space of beginning and end
(3) Lead Source: from HubSpot original source, as below
    ・ORGANIC_SEARCH → Web
    ・DIRECT_TRAFFIC → Web
    ・PAID_SEARCH → Advertisement
    ・PAID_SOCIAL → Advertisement
    ・REFERRALS → External Referral
    ・OFFLINE → Trade Show
    ・any other source, or blank → Other
(4) Email: as is

Supplement: OFFLINE contact are mostly from seminar we hosted by ourself, so please map OFFLINE to "Seminar - Internal", not "Trade Show". Other line of (3) is no change.

Best regards,
Sato""",
      extended(HS,
               hs(email="yusuke.kondo@kondo-sys.jp", firstname="YUSUKE", lastname="kondo",
                  jobtitle="  Sales Manager ", hs_analytics_source="OFFLINE"),
               hs(email="ai.fukuda@fukuda-works.jp", firstname="ai", lastname="FUKUDA", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="mark.evans@evansgroup.com", firstname="mark", lastname="evans", jobtitle="CFO ",
                  hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral", "OFFLINE": "Seminar - Internal"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h153-15-member-copy-text-type-language", H, M, """Dear Rahul-san,

Thank you for your continuous support.
We would like to request new sync: HubSpot contact → Mailchimp audience member.

(1) Email Address: HubSpot email, as is
(2) FNAME (merge field): first name, as is
(3) LNAME (merge field): last name, as is
    *for (2)(3), in case of blank please send blank as is
(4) Email type: please set "text" for all member (our newsletter is plain text)
(5) Language: HubSpot Preferred language. Many contact do not have this property at all, or it is blank. In that case please set "en".

Best regards,
Sato""",
      extended(HS,
               hs(email="riko.tamura@tamura-gakki.jp", firstname="Riko", lastname="Tamura", hs_language="ja"),
               hs(email="noah.weber@weberhaus.de", firstname="", lastname="Weber", hs_language="  "),
               hs(email="lucie.martin@atelier-lm.fr", firstname="Lucie", lastname="", hs_language="fr")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "email_type": "text", "language": dflt(r.get("hs_language"), "en")}


@case("h153-16-status-transactional-blank", H, M, """Dear Rahul-san,

Thank you for your continuous support.
For Mailchimp status, please kindly refer HubSpot "Unsubscribed from all email".

(1) Status:
    "true" → unsubscribed
    "false" → subscribed
    blank (no data) → transactional   (we can not confirm consent, so only transactional mail is OK)
(2) Tags: one tag "HubSpot" for every member
(3) Email Address: HubSpot email as is

Best regards,
Sato""",
      extended(HS,
               hs(email="kazuki.mori@mori-denki.jp", hs_email_optout="   "),
               hs(email="sara.nilsson@nordlys.se", hs_email_optout="true")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "transactional" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h153-17-enterprise-paid-social-tags", H, M, """Dear Rahul-san,

Thank you for your continuous support.
We would like to request tag rule for Mailchimp member.

(1) Tags：
    ・number of employees is more than 100 → tag "Enterprise"
    ・original source is "PAID_SOCIAL" → tag "Paid Social"
    Contact can have both tag, then order is "Enterprise" first, "Paid Social" second. If no rule match, please send empty tag list.
(2) Email Address：HubSpot email, as is

*Note: in case number of employees is blank, "Enterprise" tag is not needed.

Best regards,
Sato""",
      extended(HS,
               hs(email="hiro.kaneko@kaneko-corp.jp", numemployees="101", hs_analytics_source="PAID_SOCIAL"),
               hs(email="yoko.sato@tsubame-ya.jp", numemployees="  ", hs_analytics_source="PAID_SOCIAL"),
               hs(email="ben.howard@howardlabs.com", numemployees="99", hs_analytics_source="PAID_SEARCH")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Enterprise")
    if r["hs_analytics_source"] == "PAID_SOCIAL":
        tags.append("Paid Social")
    return {"email_address": r["email"], "tags": tags}


@case("h153-18-first-word-phone-e164", H, M, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly set below for HubSpot contact → Mailchimp member.

(1) FNAME：only first word of HubSpot first name (example："Mary Ann" → "Mary")
(2) PHONE：HubSpot phone number. In case phone number is blank, mobile phone number instead.
    Format is E.164：
    ・number start with "+" → keep its country code, only "+" and digits
    ・other number is US number → "+1" and digits
    ・but if 11 digits and starts with "1", country code is already there, so only "+" in front
(3) Email Address：as is

Best regards,
Sato""",
      extended(HS,
               hs(email="mary.ann.ross@rosshill.com", firstname="Mary Ann", phone="  ",
                  mobilephone="1 (503) 555-0166"),
               hs(email="keiko.sugiyama@sugi-ya.jp", firstname="Keiko", phone="+81 3-5555-0177", mobilephone=""),
               hs(email="jean.luc.moreau@moreau.ca", firstname="Jean Luc", phone="416-555-0190",
                  mobilephone="416-555-0191")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h153-19-seminar-invite-job-title-vip", H, M, """Dear Rahul-san,

Thank you for your continuous support.
We will send B2B seminar invitation from Mailchimp, so we would like to request below.

(1) Contact with no job title (blank, or only space) → please do not send to Mailchimp
(2) Email Address: as is
(3) Language: "en" for all
(4) VIP: true in case lifecycle stage is "customer" or "evangelist". Other stage (and blank stage) → false

Best regards,
Sato""",
      extended(HS,
               hs(email="tetsuya.hirano@hirano-kk.jp", jobtitle="  ", lifecyclestage="customer"),
               hs(email="lily.grant@grantco.com", jobtitle="Founder", lifecyclestage="evangelist"),
               hs(email="shinji.ueda@ueda-mfg.jp", jobtitle="Plant Manager", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"email_address": r["email"], "language": "en",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h153-20-names-domain-lname-revenue-vip", H, M, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly set below for Mailchimp member from HubSpot contact.

(1) FNAME: first name. Capital letter at beginning of each word, other letter small.
(2) LNAME: last name, same capital rule as (1).
    In case last name is blank, please use email domain (part after "@") instead, as is without capital change. Example: info@kumo.jp → kumo.jp
    (Our greeting is "Dear" + LNAME, like Japanese "御中" style, so company domain is better than nothing.)
(3) VIP: true in case annual revenue is more than 3,000,000, otherwise false. Blank annual revenue → false.
(4) Email Address: as is

Best regards,
Sato""",
      extended(lower_emails(HS),
               hs(email="daisuke.ikeda@ikeda-shoji.co.jp", firstname="DAISUKE", lastname="  ",
                  annualrevenue="3000000.5"),
               hs(email="emma.stone@stonebridge.io", firstname="emma", lastname="STONE", annualrevenue="  "),
               hs(email="info@kumo-hotel.jp", firstname="", lastname="", annualrevenue="500000")))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["annualrevenue"], 3_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h153-21-identify-japanese-name-order", H, S, """Dear Rahul-san,

Thank you for your continuous support.
We would like to start Segment identify call from HubSpot contact.

(1) userId: HubSpot email, all lowercase
(2) traits.firstName: first name, as is
(3) traits.lastName: last name, as is
(4) traits.title: job title, as is (blank is OK, send blank)
(5) traits.name: last name + " " (one space) + first name. This is Japanese order, family name comes first. Example: Raman Priya

Best regards,
Sato""",
      extended(HS,
               hs(email="Takeshi.Kaneda@Kaneda-Soft.JP", firstname="Takeshi", lastname="Kaneda", jobtitle=""),
               hs(email="Mei.Wong@Orchid-HK.com", firstname="Mei", lastname="Wong", jobtitle=" Buyer")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['lastname']} {r['firstname']}"}}


@case("h153-22-company-object-individual", H, S, """Dear Rahul-san,

Thank you for your continuous support.
For Segment identify, we would like to put company information under traits.company (nested object).

(1) userId：HubSpot email as is
(2) traits.company.name：company name. In case of blank → "Individual"
(3) traits.company.industry：industry. In case of blank, please do not send industry.
(4) traits.company.employee_count：number of employees as integer. In case of blank, please do not send this one also.

Best regards,
Sato""",
      extended(HS,
               hs(email="kouhei.nishida@nishida.jp", company="  ", industry="  ", numemployees=""),
               hs(email="ana.souza@verdemar.br", company="Verde Mar", industry="Retail", numemployees="3200")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h153-23-address-object-phone-fallback", H, S, """Dear Rahul-san,

Thank you for your continuous support.
Next request for Segment identify, about address and phone.

(1) userId: HubSpot email, as is
(2) traits.address.street: street address, as is
(3) traits.address.city: city, as is
(4) traits.address.state: state/region. In case of blank, please do not send state.
(5) traits.address.country: country/region, as is
(6) traits.phone: phone number in E.164. In case phone number is blank, use mobile phone number. In case both are blank, please do not send traits.phone.
    E.164 rule: number with "+" keeps own country code (only "+" and digits). Number without "+" is US, add "+1". If it is 11 digits starting with "1", only add "+".

Best regards,
Sato""",
      extended(HS,
               hs(email="ryo.kubo@kubo-lab.jp", address="", city="Sapporo", state="Hokkaido", country="Japan",
                  phone="  ", mobilephone=""),
               hs(email="nina.patel@patelfoods.com", address="88 Market St ", city="Seattle", state="   ",
                  country="United States", phone="", mobilephone="206.555.0144")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h153-24-clean-userid-unsubscribed-revenue", H, S, """Dear Rahul-san,

Thank you for your continuous support.
Some HubSpot email has space or capital letter because of manual input. For Segment, please kindly set below.

(1) userId: email, remove space at beginning and end, and change to lowercase
(2) traits.title: job title, as is
(3) traits.unsubscribed: true / false (boolean)
    ・"Unsubscribed from all email" is "true" → true
    ・"false" → false
    ・blank → true  (we can not confirm, so we treat as unsubscribed)
(4) traits.annual_revenue: annual revenue as number. In case of blank, please do not send.

Best regards,
Sato""",
      extended(HS,
               hs(email="  Kana.Yoshida@Yoshida-Ya.JP ", jobtitle="  ", hs_email_optout="  ", annualrevenue="  "),
               hs(email="Oscar.Lind@Lindqvist.SE ", jobtitle="COO", hs_email_optout="false",
                  annualrevenue="720000.25")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"],
                            "unsubscribed": r["hs_email_optout"] == "true" or blank(r["hs_email_optout"]),
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h153-25-ga4-crm-sync-industry", H, G, """Dear Rahul-san,

Thank you for your continuous support.
We would like to send HubSpot contact to GA4 by Measurement Protocol.

(1) client_id：HubSpot email, as is
(2) Event name：fixed "crm_sync"
(3) Event parameter
    ・platform：fixed "hubspot"
    ・industry：industry in lowercase (Software → software). In case industry is blank, please send "none".
    ・signup_date：create date, only date part (YYYY-MM-DD)

Best regards,
Sato""",
      extended(HS,
               hs(email="sayaka.noguchi@noguchi-med.jp", industry="  ", createdate="2024-10-01T12:30:00.000Z"),
               hs(email="ethan.cole@colebrew.com", industry="FOOD & BEVERAGE", createdate="2024-03-15T11:00:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_sync",
                        "params": {"platform": "hubspot", "industry": "none" if blank(ind) else ind.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h153-26-ga4-high-value-border-changed", H, G, """Dear Rahul-san,

Thank you for your continuous support.
Second GA4 request. This one is only for high value contact.

(1) Target: only contact whose annual revenue is more than 1,000,000. In case annual revenue is blank, please do not send.
(2) client_id: part of email before "@"
(3) Event name: "high_value_contact" (fixed)
(4) Event parameter "revenue": annual revenue as number

Supplement: after discussion with sales team, border of (1) is changed to 3,000,000. (only more than 3,000,000 is target, blank is still not send)

Best regards,
Sato""",
      extended(lower_emails(HS),
               hs(email="genki.arai@arai-holdings.jp", annualrevenue="3000000.01"),
               hs(email="lisa.wong@wongtech.hk", annualrevenue="  "),
               hs(email="yuta.miura@miura.jp", annualrevenue="1500000")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 3_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h153-27-ga4-paid-or-organic-event", H, G, """Dear Rahul-san,

Thank you for your continuous support.
One more GA4 request, please kindly check.

(1) client_id: email, as is
(2) Event name:
    ・original source is "PAID_SEARCH" or "PAID_SOCIAL" → "paid_contact"
    ・any other source, also blank source → "organic_contact"
(3) Event parameter
    ・job_title: job title. In case of blank → "unknown"
    ・city: city, as is

Best regards,
Sato""",
      extended(HS,
               hs(email="mao.takeda@takeda-ya.jp", hs_analytics_source="  ", jobtitle="", city="Nagoya"),
               hs(email="leo.ricci@riccidesign.it", hs_analytics_source="PAID_SOCIAL", jobtitle="  ", city="Milano")))
def o27(r: R) -> Out:
    name = "paid_contact" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "organic_contact"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h153-28-lead-to-contact-as-is", L, H, """Dear Rahul-san,

Thank you for your continuous support.
This time it is opposite direction: Salesforce Lead → HubSpot contact.

(1) Email → email
(2) First Name → first name
(3) Last Name → last name
(4) Company → company name
(5) Title → job title
(6) Phone → phone number
(7) Zip/Postal Code → postal code
(8) Country → country/region

Please copy all as is. In case Salesforce value is blank, please send blank (empty) as is.

Best regards,
Sato""",
      extended(SFL,
               sfl(Email="chie.kojima@kojima-net.jp", FirstName="Chie", LastName="Kojima", Company="  ", Title="",
                   Phone="", PostalCode=" 530-0001", Country="Japan")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "zip": r["PostalCode"], "country": r["Country"]}


@case("h153-29-status-to-lifecycle-optout-text", L, H, """Dear Rahul-san,

Thank you for your continuous support.
For Salesforce Lead → HubSpot contact, we would like to request below.

(1) Lifecycle stage：from Lead Status
    Open - Not Contacted → lead
    Working - Contacted → marketingqualifiedlead
    Closed - Converted → customer
    Closed - Not Converted → other
    (Our Salesforce has only these 4 status.)
(2) Unsubscribed from all email：please send as text. Email Opt Out is checked → "true", not checked → "false"
(3) email：Email as is

Best regards,
Sato""",
      extended(SFL,
               sfl(Email="natsuki.hayashi@hayashi-ins.jp", Status="Closed - Converted", HasOptedOutOfEmail=True),
               sfl(Email="paul.novak@novakparts.cz", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h153-30-rating-to-lead-status-revenue", L, H, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly add below for Lead → HubSpot contact.

(1) Lead Status (HubSpot): from Salesforce Rating
    ・Hot → OPEN_DEAL
    ・Warm → IN_PROGRESS
    ・Cold → ATTEMPTED_TO_CONTACT
(2) Annual Revenue: please send as number. In case of blank, do not send annual revenue.
(3) email: Salesforce Email in lowercase

Best regards,
Sato""",
      extended(SFL,
               sfl(Email="Ryota.Kudo@Kudo-Kensetsu.JP", Rating="Cold", AnnualRevenue="   "),
               sfl(Email="Sophie.Laurent@Laurent-Vins.FR", Rating="Warm", AnnualRevenue="2750000.5")))
def o30(r: R) -> Out:
    table = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h153-31-london-office-uk-only", L, H, """Dear Rahul-san,

Thank you for your continuous support.
We would like to sync only UK lead to HubSpot, for our London office.

(1) Target：only lead whose Country is "United Kingdom". Other country and blank country → please skip
(2) phone number：Phone in E.164 UK format. Remove national "0" at beginning and add "+44", only digits. (020 7946 0321 → +442079460321)
    If Phone is already starting with "+", please keep its country code as is (only "+" and digits).
(3) postal code：Zip/Postal Code in uppercase
(4) company name：Company. In case of blank → "Unknown"
(5) email：Email as is

Best regards,
Sato""",
      extended(SFL,
               sfl(Email="amelia.wright@wrightprint.co.uk", Country="United Kingdom", Phone="0161 496 0018",
                   PostalCode="m4 5jd", Company="  "),
               sfl(Email="harry.jones@jonesfarm.co.uk", Country="United Kingdom", Phone="+44 29 2018 0123",
                   PostalCode="cf10 1aa", Company="Jones Farm"),
               sfl(Email="mizuki.kondo@kondo-uk.jp", Country="Japan", Phone="03-5555-0123", PostalCode="100-0001",
                   Company="")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Unknown")}


@case("h153-32-skip-cold-postal-first-address", L, H, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly set Salesforce Lead → HubSpot contact as below.

(1) Lead with Rating "Cold" → please do not send
(2) street address: we would like Japanese style, postal code first. Zip/Postal Code + " " (one space) + Street.
    Example: 150-0002 2-2 Shibuya
    In case Zip/Postal Code is blank, Street only (no space in front).
(3) job title: Title. In case of blank → "Not registered"
(4) email: Email as is

Best regards,
Sato""",
      extended(SFL,
               sfl(Email="kenji.murata@murata-ss.jp", Rating="Warm", PostalCode="", Street="4-5 Umeda", Title="  "),
               sfl(Email="claire.dupont@dupont-sa.fr", Rating="Hot", PostalCode="  ", Street="8 Rue Cler",
                   Title="Buyer"),
               sfl(Email="sam.taylor@taylorcraft.com", Rating="Cold", PostalCode="73301", Street="9 Elm St",
                   Title="")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else f"{r['PostalCode']} {r['Street']}"
    return {"email": r["Email"], "address": addr, "jobtitle": dflt(r["Title"], "Not registered")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h153-33-optout-status-sfdc-web-tags", C, M, """Dear Rahul-san,

Thank you for your continuous support.
Now we would like to request Salesforce Contact → Mailchimp member.

(1) Email Address: Salesforce Email in lowercase
(2) Status: Email Opt Out is checked → "unsubscribed", not checked → "subscribed"
(3) Tags: all member get tag "SFDC". In addition, in case Lead Source is "Web", please add tag "Web Lead" after "SFDC".

Best regards,
Sato""",
      extended(SFC,
               sfc(Email="Tomoko.Hirata@Hirata-Sekkei.JP", LeadSource="Web", HasOptedOutOfEmail=True),
               sfc(Email="Ken.Yagi@Yagi.jp", LeadSource="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["SFDC"] + (["Web Lead"] if r["LeadSource"] == "Web" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h153-34-sms-campaign-phone-language", C, M, """Dear Rahul-san,

Thank you for your continuous support.
We plan SMS campaign from Mailchimp, so please kindly set below for Salesforce Contact → Mailchimp.

(1) Contact without Business Phone (blank or only space) → please do not send
(2) PHONE (merge field)：Business Phone in E.164.
    ・with "+" → keep own country code, "+" and digits only
    ・without "+" → US number, "+1" and digits (in case of 11 digits starting with "1", only add "+")
(3) Language：from Mailing Country
    Germany → de
    Austria → de
    United States → en
    Japan → ja
    Canada → en
    (no other country in our Salesforce data)
(4) Email Address：Email as is

Best regards,
Sato""",
      extended(SFC,
               sfc(Email="asuka.mori@mori-trading.jp", Phone="+81 6-5555-0190", MailingCountry="Japan"),
               sfc(Email="noel.tremblay@erable.ca", Phone="1 416 555 0175", MailingCountry="Canada"),
               sfc(Email="haruki.sakai@sakai.jp", Phone="   ", MailingCountry="Japan")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Japan": "ja", "Canada": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h153-35-dear-customer-ceo-vip", C, M, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly set below for Salesforce Contact → Mailchimp.

(1) FNAME: First Name. In case of blank, please put "Customer" (our mail greeting is "Dear" + FNAME)
(2) LNAME: Last Name, as is
(3) VIP: true only when Title is exactly "CEO". Other title, or blank title → false
(4) Email type: "html" for all
(5) Email Address: Email as is

Best regards,
Sato""",
      extended(SFC,
               sfc(Email="masaru.oda@oda-holdings.jp", FirstName="", LastName="Oda", Title="CEO"),
               sfc(Email="julia.meyer@meyer-gmbh.de", FirstName="  ", LastName="", Title="ceo")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["Title"] == "CEO", "email_type": "html"}


@case("h153-36-exhibition-follow-up-clear-tags", C, M, """Dear Rahul-san,

Thank you for your continuous support.
We would like to make Mailchimp audience for exhibition follow-up.

(1) Target：only Salesforce Contact whose Lead Source is "Trade Show". Other lead source, and blank → not send.
(2) Email Address, FNAME, LNAME：Email, First Name, Last Name as is
(3) Status："subscribed" for all
(4) Language："ja" for all
(5) Tags：please send empty list ( [] ). We would like to clear old tag from last exhibition.

*Note: (4) is changed. Please use "en" instead of "ja", because many visitor was from overseas.

Best regards,
Sato""",
      extended(SFC,
               sfc(Email="takashi.endo@endo-kikai.jp", FirstName="Takashi", LastName="", LeadSource="Trade Show"),
               sfc(Email="hannah.schmidt@schmidt-ag.de", FirstName="Hannah", LastName="Schmidt", LeadSource="Web"),
               sfc(Email="yuka.ono@ono.jp", FirstName="", LastName="Ono", LeadSource="Trade Show")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h153-37-identify-department-optional", C, S, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly create Segment identify from Salesforce Contact.

(1) userId: Email in lowercase
(2) traits.firstName: First Name, as is
(3) traits.lastName: Last Name, as is
(4) traits.title: Title, as is (blank → blank)
(5) traits.department: Department, only in case it has value. In case of blank, please do not send traits.department.

Best regards,
Sato""",
      extended(SFC,
               sfc(Email="Yoshiko.Kawai@Kawai-Gakuen.JP", FirstName="Yoshiko", LastName="Kawai", Title="",
                   Department="  "),
               sfc(Email="PETER.NGUYEN@LOTUSMED.COM", FirstName="Peter", LastName="Nguyen", Title="Lab Head",
                   Department="Research")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "department": omit_if_blank(r["Department"])}})


@case("h153-38-address-city-trim-japan-default", C, S, """Dear Rahul-san,

Thank you for your continuous support.
For Segment identify from Salesforce Contact, please add address.

(1) userId: Email as is
(2) traits.address.city: Mailing City, remove space at beginning and end
(3) traits.address.country: Mailing Country. In case of blank → "Japan" (most of our customer is in Japan)

Best regards,
Sato""",
      extended(SFC,
               sfc(Email="satoru.ikeda@ikeda-ss.jp", MailingCity="  Yokohama ", MailingCountry="  "),
               sfc(Email="anna.berg@bergdesign.se", MailingCity="Stockholm", MailingCountry="Sweden"),
               sfc(Email="hideki.goto@goto-ya.jp", MailingCity=" Fukuoka", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Japan")}}}


@case("h153-39-phone-western-name-channel", C, S, """Dear Rahul-san,

Thank you for your continuous support.
One more Segment request from Salesforce Contact.

(1) userId：Email as is
(2) traits.phone：Business Phone in E.164 (number with "+" keeps own country code; without "+" it is US, add "+1"; 11 digits starting with "1" → only add "+"). Only digits after "+".
(3) traits.name：First Name + " " + Last Name (this time western order, please)
(4) traits.channel：from Lead Source
    ・Web → online
    ・Trade Show → event
    ・Partner Referral → partner
    ・other Lead Source, and blank → other

Best regards,
Sato""",
      extended(SFC,
               sfc(Email="kaori.sano@sano-pharma.jp", FirstName="Kaori", LastName="Sano", Phone="+81 3 5555 0166",
                   LeadSource="Partner Referral"),
               sfc(Email="dave.miller@millerhvac.com", FirstName="Dave", LastName="Miller", Phone="1-971-555-0133",
                   LeadSource="Phone Inquiry")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h153-40-member-names-optout-text", M, H, """Dear Rahul-san,

Thank you for your continuous support.
Last part is Mailchimp member → HubSpot contact.

(1) email: Email Address as is
(2) first name: FNAME, capital letter at beginning of each word and other letter lowercase
(3) last name: LNAME, same capital rule as (2). In case LNAME is blank → "Unknown"
(4) company name: COMPANY as is. In case of blank, please do not send company name.
(5) Unsubscribed from all email: as text "true" / "false".
    status is "unsubscribed" or "cleaned" → "true", other status → "false"

Best regards,
Sato""",
      extended(MC,
               mc({"FNAME": "YUMI", "LNAME": "  ", "COMPANY": "  "}, email_address="yumi.kato@kato-shoten.jp",
                  status="pending"),
               mc({"FNAME": "anne marie", "LNAME": "DUPONT", "COMPANY": "Dupont Fleurs"},
                  email_address="annemarie@dupont-fleurs.fr", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": title(mf["LNAME"]) if not blank(mf["LNAME"]) else "Unknown",
                 "company": omit_if_blank(mf["COMPANY"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h153-41-skip-unsubscribed-vip-evangelist", M, H, """Dear Rahul-san,

Thank you for your continuous support.
Please kindly set Mailchimp member → HubSpot contact as below.

(1) Member whose status is "unsubscribed" → please skip, do not send
(2) phone number: PHONE in E.164 ("+" keeps own country code; without "+" → US, "+1"; 11 digits starting with "1" → only "+"). In case PHONE is blank, please do not send phone number.
(3) company name: COMPANY as is
(4) lifecycle stage: VIP member → "evangelist", not VIP → "subscriber"
(5) email: Email Address as is

Best regards,
Sato""",
      extended(MC,
               mc({"PHONE": "1 212 555 0144", "COMPANY": "  "}, email_address="ryo.ishida@ishida-us.com",
                  status="pending", vip=False),
               mc({"PHONE": "+81 90 5555 0133", "COMPANY": "Hanabi Sweets"},
                  email_address="mai.kubota@hanabi-sweets.jp", status="unsubscribed", vip=True),
               mc({"FNAME": "Tatsuya", "LNAME": "Mori", "PHONE": "  ", "COMPANY": "Mori Farm"},
                  email_address="tatsuya.mori@mori.jp", status="subscribed", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h153-42-first-word-domain-customer-tag", M, H, """Dear Rahul-san,

Thank you for your continuous support.
This is last request for this time：Mailchimp member → HubSpot contact.

(1) first name：only first word of FNAME (example："Mary Ann" → "Mary")
(2) company name：COMPANY. In case of blank, part of email after "@" (domain)
(3) lifecycle stage：member has tag "Customer" → "customer". No such tag → "subscriber"
(4) email：Email Address as is

Supplement: for (3), tag name must be exactly "Customer" (capital C). Tag "customer" (small c) or "Customer VIP" is not counted.

Best regards,
Sato""",
      extended(MC,
               mc({"FNAME": "Mary Ann", "COMPANY": "  "}, email_address="maryann@bloomfield.com",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Kenta", "COMPANY": ""}, email_address="kenta@nagano-soba.jp",
                  tags=["customer", "Customer VIP"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set153")
