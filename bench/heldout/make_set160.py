"""Held-out set 160 for the offline mapping drafter.

Persona: Ji-woo Park, marketing automation manager at Dalbit, a cosmetics brand in Seoul. She
writes every mapping as a Notion page and exports it to plain text, so each text has the page
title on its first line, '▸' toggle lines, '☐'/'☑' to-dos (a checked one is a decided rule, an
open one is something for later and not part of the mapping), callouts that start with '💡' or
'⚠️', and two-column tables exported as pipe rows ('Field | Rule' or a value table such as
'Lifecycle stage | Lead Status'), sometimes with a '--- | ---' header separator and sometimes
without. Her English is Korean-shaped: topic first ('Phone, E.164 please'), articles and plurals
dropped, 'please' at the end of a sentence, 'no value' / 'value none' for empty, 'same value' for
a plain copy, now and then 'big letter' for capitals, and Korean-style numbering '①②③'.

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
Two texts (10 and 31) name no email: their expected records still carry the destination's match
key, copied from the source email (authoring.MATCH_KEY_NOTE).
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
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _int(v: str) -> int:
    return int(float(v))


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h160-01-global-inquiry-copy-web", H, L, """HubSpot → Salesforce Lead (global B2B inquiry)
▸ Scope: every HubSpot contact, no filter
Field | Rule
--- | ---
Email | HubSpot email, same value
First Name | first name, same value
Last Name | last name, same value
Company | company name, same value
Title | job title, same value
City | city, same value
Lead Source | always "Web"
💡 Same value = exactly same. When HubSpot field is empty, Lead field also empty text. No trim, no big/small letter change please.""",
      extended(HS,
               hs(email="minji.kim@dalbitbeauty.kr", firstname="Minji", lastname="Kim", company="", jobtitle="  ",
                  city="Seoul"),
               hs(email="hyunwoo.lee@glowlab.co.kr", firstname=" Hyunwoo", lastname="LEE", company="Glow Lab ",
                  jobtitle="", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Web"}


@case("h160-02-wholesale-form-trim-defaults", H, L, """Wholesale form lead — HubSpot to SF Lead
① Email : same value
② Last Name : remove space both side (trim) please
③ Company : trim also. Value none (empty or only space) → "Individual Buyer"
④ Title : from job title. No value → "Not provided". Has value → same value, no trim for this one
⚠️ Salesforce reject lead without Company, so ③ default is important!""",
      extended(HS,
               hs(email="soyeon.park@hanbit.kr", lastname=" Park ", company="   ", jobtitle=" "),
               hs(email="daniel.cho@aurora-trade.com", lastname="Cho", company="  Aurora Trade  ", jobtitle=" Buyer "),
               hs(email="yuna.jang@naver.com", lastname="Jang  ", company="", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Individual Buyer").strip(), "Title": dflt(r["jobtitle"], "Not provided")}


@case("h160-03-phone-fallback-name-city-case", H, L, """Lead phone + name cleanup
▸ Phone
Phone on Lead: HubSpot phone number first. No value → mobile phone number. Both no value (empty or space only) → please don't send Phone field at all. Number itself same value, no format change.
▸ Last name / city
Last Name and City: every word first letter big, others small (GARCIA → Garcia, san jose → San Jose).
▸ Email
same value""",
      extended(HS,
               hs(email="jiwon.han@seoulmade.kr", lastname="HAN", city="SEOUL", phone="  ",
                  mobilephone="+82 10 5555 0147"),
               hs(email="olivia.reed@reedspa.com", lastname="reed", city="san jose", phone="", mobilephone=" "),
               hs(email="taeyang.song@songco.kr", lastname="song", city="busan", phone="+82 51 555 0102",
                  mobilephone="+82 10 5555 0110")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
                 "LastName": title(r["lastname"]), "City": title(r["city"])})


@case("h160-04-stage-to-lead-status-lower-email", H, L, """SF Lead Status from HubSpot lifecycle stage
Lifecycle stage | Lead Status
--- | ---
salesqualifiedlead | Working - Contacted
opportunity | Working - Contacted
customer | Closed - Converted
any other stage | Open - Not Contacted
💡 Stage no value → also Open - Not Contacted.
Email, whole address small letter please (SF find duplicate because of capital letter).
Only these 2 field.""",
      extended(HS,
               hs(email="Jisoo.Hwang@Hwang-Cos.KR", lifecyclestage="opportunity"),
               hs(email="MIRAE.AHN@naver.com", lifecyclestage=""),
               hs(email="Ben.Ortiz@OrtizSpa.com", lifecyclestage="evangelist"),
               hs(email="Nayeon.Yoo@Gmail.com", lifecyclestage="  ")))
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Working - Contacted", "opportunity": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"].lower(), "Status": table.get(r["lifecyclestage"], "Open - Not Contacted")}


@case("h160-05-skip-optout-and-korea", H, L, """HubSpot → SF Lead (overseas team only)
⚠️ These contacts skip, don't send to Salesforce:
① 'Unsubscribed from all email' is "true". ("false" or no value → send normally)
② Country/Region is exactly "South Korea". Korean contact is managed in our Korean CRM.
Field | Rule
Email | same value
First Name | same value
Last Name | same value
Company | company name, same value
Description | fixed text "Global HubSpot sync\"""",
      extended(HS,
               hs(email="sora.yoon@dalbit.kr", firstname="Sora", lastname="Yoon", company="Dalbit",
                  country="South Korea", hs_email_optout="false"),
               hs(email="ethan.moore@moorebeauty.com", firstname="Ethan", lastname="Moore", company="",
                  country="", hs_email_optout="  "),
               hs(email="mina.seo@glowup.jp", firstname="Mina", lastname="Seo", company="Glow Up",
                  country="Japan", hs_email_optout="true"),
               hs(email="lucas.silva@belezabr.com", firstname="Lucas", lastname="Silva", company="Beleza BR",
                  country="Brazil", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["country"] == "South Korea":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Description": "Global HubSpot sync"}


@case("h160-06-size-rating-employees-int", H, L, """Lead Rating by company size
▸ Rating, from HubSpot number of employees
more than 100 → Hot
less than 20 → Cold
20 ~ 100 → Warm
value none → Cold
▸ Employees
number of employees as integer (whole number, not text). No value → leave this field out
▸ Email same value""",
      extended(HS,
               hs(email="chaeyoung.lim@limderm.kr", numemployees="  "),
               hs(email="paul.grant@grantlabs.com", numemployees="99"),
               hs(email="seojun.oh@ohbeauty.kr", numemployees="1500")))
def o06(r: R) -> Out:
    n = None if blank(r["numemployees"]) else float(r["numemployees"])
    rating = "Cold" if n is None or n < 20 else ("Hot" if n > 100 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], _int)})


@case("h160-07-us-phone-e164-name-company-case", H, L, """SF Lead — phone format fix
Phone, E.164 please.
☑ Number start with + : keep its country code, only digits after +
☑ Number without + : it is US number. Put +1 in front (11 digit starting with 1 → 1 already there, only add +)
☑ Phone no value → Phone field not sending
First Name and Company: capital first letter of each word, rest small.
Email same value.""",
      extended(HS,
               hs(email="grace.kwon@kwonmedi.com", firstname="GRACE", company="KWON MEDICAL SUPPLY",
                  phone="1 (213) 555-0176"),
               hs(email="junho.bae@bae.kr", firstname="junho", company="bae beauty lab", phone="   "),
               hs(email="amy.lin@linco.com", firstname="amy", company="Lin Cosmetics", phone="+82 2 555 0199")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "FirstName": title(r["firstname"]),
                 "Company": title(r["company"])})


@case("h160-08-paid-social-only-description", H, L, """Instagram ad lead → SF
⚠️ Only contact with Original Source = PAID_SOCIAL. Other source, no value → not send.
Last Name | all big letter (Kim → KIM)
Description | city + " / " + create date as YYYY-MM-DD. ex) Boston / 2023-12-05
Email | same value""",
      extended(HS,
               hs(email="hana.choi@blossom.kr", lastname="Choi", hs_analytics_source="PAID_SOCIAL", city="Seoul",
                  createdate="2024-03-08T12:00:00.000Z"),
               hs(email="liam.baker@bakerco.com", lastname="Baker", hs_analytics_source="PAID_SEARCH",
                  city="Denver", createdate="2024-05-02T12:00:00.000Z"),
               hs(email="noah.kang@kang.kr", lastname="kang", hs_analytics_source="", city="Daejeon",
                  createdate="2024-06-12T12:00:00.000Z"),
               hs(email="sujin.oh@glowmall.kr", lastname="Oh", hs_analytics_source="PAID_SOCIAL", city="Incheon",
                  createdate="2024-10-21T13:15:00.000Z")))
def o08(r: R) -> Out:
    if r["hs_analytics_source"] != "PAID_SOCIAL":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['city']} / {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h160-09-mailing-address-same-value", H, C, """HubSpot contact → SF Contact: address
▸ Mailing address (all same value, empty stay empty)
Mailing Street | street address
Mailing City | city
Mailing State/Province | state/region
Mailing Zip/Postal Code | postal code
Mailing Country | country/region
▸ Plus Email, Last Name — same value
☐ Other address (for shipping) — next time, not in this page""",
      extended(HS,
               hs(email="eunji.lim@lim.kr", lastname="Lim", address="  ", city="Seongnam", state="Gyeonggi",
                  zip="13494", country="South Korea"),
               hs(email="tom.fisher@fisherbeauty.com", lastname="Fisher", address="123 Teheran-ro ", city="",
                  state="", zip=" 06234", country="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h160-10-optout-and-do-not-call-flags", H, C, """SF Contact — opt-out flags
① Email Opt Out : HubSpot 'Unsubscribed from all email' "true" → true / "false" → false / no value → false
② Do Not Call : true when phone number AND mobile phone number both no value (empty or only space). One of them has number → false
💡 Both are boolean (true/false), not text.""",
      extended(HS,
               hs(email="jaemin.noh@noh.kr", phone=" ", mobilephone="", hs_email_optout="true"),
               hs(email="ava.price@pricecare.com", phone="", mobilephone="+82 10 5555 0121", hs_email_optout="  "),
               hs(email="yeji.kwak@kwak.kr", phone="", mobilephone="   ", hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h160-11-last-name-fallback-local-part", H, C, """SF Contact Last Name fill
Last Name is required in SF, but many HubSpot contact (online shop member) have no last name.
Last Name rule, in this order:
① HubSpot last name
② no value → first name
③ also no value → part of email before @ (dalbit.lover@naver.com → dalbit.lover)
Email, Title (from job title) : same value.""",
      extended(lower_emails(HS),
               hs(email="skin.daily@naver.com", firstname="", lastname="", jobtitle=""),
               hs(email="jay.moon@moonlab.kr", firstname="Jay", lastname="  ", jobtitle="Chemist"),
               hs(email="glowqueen99@gmail.com", firstname=" ", lastname="", jobtitle="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "Title": r["jobtitle"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h160-12-stage-description-state-upper", H, C, """Contact Description = customer journey step
Lifecycle stage | Contact Description
subscriber | Newsletter only
lead | New lead
marketingqualifiedlead | Marketing qualified
salesqualifiedlead | Sales qualified
customer | Customer
💡 Our HubSpot use only these 5 stage, I checked already.
Mailing State/Province : state/region, upper case please. No value → don't send this field please.
Email : same value""",
      extended(HS,
               hs(email="yerin.go@go.kr", lifecyclestage="customer", state="gyeonggi"),
               hs(email="mark.hall@hallpharm.com", lifecyclestage="lead", state=" "),
               hs(email="bora.shin@shinbeauty.kr", lifecyclestage="subscriber", state="Seoul")))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter only", "lead": "New lead", "marketingqualifiedlead": "Marketing qualified",
             "salesqualifiedlead": "Sales qualified", "customer": "Customer"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h160-13-mail-ok-only-phone-fallback", H, C, """SF Contact — email-OK people only
⚠️ Only contact with 'Unsubscribed from all email' = "false". "true" or no value → don't send.
Email | all small letter
Business Phone | mobile phone number first; no value → phone number. Same value, no formatting
Lead Source | always "Web\"""",
      extended(HS,
               hs(email="Sehee.Nam@Dalbit.KR", hs_email_optout="false", mobilephone="  ", phone="+82 2 555 0123"),
               hs(email="Chris.Yoo@YooBeauty.com", hs_email_optout="  ", mobilephone="+82 10 5555 0177"),
               hs(email="Dahye.Ryu@Ryu.KR", hs_email_optout="false", mobilephone="+82 10 5555 0188", phone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Web"}


@case("h160-14-name-case-title-trim-source-table", H, C, """HubSpot → SF Contact (name + source)
Field | Rule
--- | ---
First Name | every word start with capital, rest small letter
Last Name | same rule as First Name
Title | job title, remove space at start and end (trim)
Lead Source | see table below
Email | same value

Original Source | Lead Source
--- | ---
ORGANIC_SEARCH | Web
DIRECT_TRAFFIC | Web
PAID_SEARCH | Advertisement
PAID_SOCIAL | Advertisement
SOCIAL_MEDIA | Word of mouth
REFERRALS | External Referral
anything else, or value none | Other""",
      extended(HS,
               hs(email="haeun.jung@jungcos.kr", firstname="ha eun", lastname="JUNG", jobtitle="  Brand Marketer ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="owen.clark@clarkretail.com", firstname="OWEN", lastname="clark", jobtitle="   ",
                  hs_analytics_source="OFFLINE"),
               hs(email="dabin.seo@seo.kr", firstname="Dabin", lastname="Seo", jobtitle="MD ",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "SOCIAL_MEDIA": "Word of mouth", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h160-15-audience-language-ko-default", H, M, """Mailchimp audience — HubSpot sync
Email Address ← email (same value)
FNAME ← first name, LNAME ← last name (merge field). Same value, empty is also empty.
Email type: html, fixed.
Language ← HubSpot 'Preferred language'. Many contact don't have this property at all, or it is empty → "ko" please.""",
      extended(HS,
               hs(email="james.wu@wuhealth.com", firstname="James", lastname="Wu", hs_language="en"),
               hs(email="sohee.bang@bang.kr", firstname="", lastname="Bang", hs_language="  "),
               hs(email="rin.takeda@takeda-cos.jp", firstname="Rin", lastname="", hs_language="ja")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "email_type": "html", "language": dflt(r.get("hs_language"), "ko")}


@case("h160-16-optout-three-way-status-tag", H, M, """Mailchimp status from HubSpot opt-out
'Unsubscribed from all email' → Mailchimp status
"true" → unsubscribed
"false" → subscribed
no value → transactional (only order mail, no marketing)
Tag: every member get one tag "hubspot-sync"
Email Address: email, same value""",
      extended(HS,
               hs(email="jihye.woo@woo.kr", hs_email_optout="  "),
               hs(email="carlos.vega@vegaspa.mx", hs_email_optout="false"),
               hs(email="nara.ko@kobeauty.kr", hs_email_optout="true")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "transactional" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h160-17-key-account-and-kr-tags", H, M, """Mailchimp tag rule
① annual revenue more than 3,000,000 → tag "Key account"
② country/region = "South Korea" → tag "KR"
Both → "Key account" first, "KR" after. None of them → tags = empty list [].
💡 Annual revenue no value → not key account.
Email Address = email, same value""",
      extended(HS,
               hs(email="doyoon.cha@chacos.kr", annualrevenue="5000000", country="South Korea"),
               hs(email="somin.ra@ra.kr", annualrevenue="  ", country="South Korea"),
               hs(email="ella.brown@brownbeauty.com", annualrevenue="2999999.99", country="United States")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Key account")
    if r["country"] == "South Korea":
        tags.append("KR")
    return {"email_address": r["email"], "tags": tags}


@case("h160-18-first-word-phone-e164-fallback", H, M, """HubSpot → Mailchimp (SMS campaign)
FNAME: first name, only first word ("Seo Yeon" → "Seo")
PHONE: phone number. If no value, mobile phone number. Then E.164 please —
 · start with + → keep own country code, only digits
 · no + → US number, add +1 (11 digits beginning with 1 → just add +)
Email Address: email same value""",
      extended(HS,
               hs(email="seoyeon.kim@dalbit.kr", firstname="Seo Yeon", phone="  ", mobilephone="+82 10 5555 0133"),
               hs(email="anna.bell@bellco.com", firstname="Anna Marie", phone="1.310.555.0164", mobilephone=""),
               hs(email="minho.ahn@ahn.kr", firstname="Minho", phone="", mobilephone="(917) 555-0120")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h160-19-dear-name-skip-vip-stage", H, M, """Mailchimp — "Dear {first name}" newsletter
⚠️ Contact with first name no value (empty or only space) → skip, don't send. Greeting look broken.
Field | Rule
Email Address | email, same value
FNAME | first name, same value
Status | "subscribed" for all
VIP | true when lifecycle stage is customer or evangelist. Other stage, or no value → false""",
      extended(HS,
               hs(email="ghost.user@naver.com", firstname="  ", lifecyclestage="customer"),
               hs(email="yejin.baek@baek.kr", firstname="Yejin", lifecyclestage="evangelist"),
               hs(email="nobody@glowmail.com", firstname="", lifecyclestage="lead"),
               hs(email="tom.hayes@hayes.com", firstname="Tom", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h160-20-b2b-names-domain-revenue-vip", H, M, """HubSpot → Mailchimp B2B list
FNAME, LNAME : title case (each word capital first, rest small)
COMPANY : company name. No value → email domain, part after @ (kim@glowlab.kr → glowlab.kr)
VIP : annual revenue more than 5,000,000 → true, else false. Value none → false
Email Address : same value""",
      extended(lower_emails(HS),
               hs(email="hyejin.shin@skinpure.kr", firstname="HYEJIN", lastname="shin", company="  ",
                  annualrevenue="5000000.5"),
               hs(email="ben.carter@cartershop.com", firstname="ben", lastname="CARTER", company="",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h160-21-identify-korean-name-order", H, S, """Segment identify ← HubSpot contact
userId : email, all small letter
traits.email : email, same value (no change)
traits.firstName / traits.lastName : first name / last name, same value
traits.name : last name + one space + first name (Korean order, family name first). ex) Park Jiwoo""",
      extended(HS,
               hs(email="JiWoo.Park@DalbitBeauty.KR", firstname="Jiwoo", lastname="Park"),
               hs(email="Emma.Stone@Stoneworks.com", firstname="Emma", lastname="Stone")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['lastname']} {r['firstname']}"}}


@case("h160-22-company-object-personal-default", H, S, """Segment — company traits
Put under traits.company please (nested object, not flat key)
name | company name. No value → "Personal buyer"
industry | industry. No value → don't send industry
employee_count | number of employees as integer. No value → don't send
☐ plan — ask product team later, not now
userId = email, same value""",
      extended(HS,
               hs(email="wonbin.yang@yang.kr", company="  ", industry="", numemployees="  "),
               hs(email="press@dalbitcosmetics.kr", company="Dalbit Cosmetics", industry="Cosmetics",
                  numemployees="320")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Personal buyer"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], _int)}}})


@case("h160-23-address-state-omit-mobile-e164", H, S, """Segment identify — address & phone
▸ traits.address (nested)
street ← street address
city ← city
postalCode ← postal code
country ← country/region
(above 4: same value, empty stay empty)
state ← state/region, only when it has value. No value → no state key
▸ traits.phone
mobile phone number first, no value → phone number. E.164: number with + keep own country code; without + → US, +1 (11 digit with leading 1 → only +). Both no value → no phone trait.
▸ userId = email, same value""",
      extended(HS,
               hs(email="gyuri.son@son.kr", mobilephone=" ", phone="", state="  ", address="", city="Daegu",
                  zip="41911", country="South Korea"),
               hs(email="nick.ross@rossnail.com", mobilephone="", phone="1 646 555 0142", state="NY",
                  address="88 Spring St", city="New York", zip="10012", country="United States")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h160-24-clean-userid-unsub-flag-revenue", H, S, """Segment identify, clean version
① userId : email → remove space at front/back, then all small letter
② traits.website : same value
③ traits.unsubscribed : 'Unsubscribed from all email' "true" → true, "false" → false. Value none → true (safe side, no marketing)
④ traits.annual_revenue : annual revenue as number. No value → leave out""",
      extended(HS,
               hs(email="  Nari.Seo@Dalbit.KR ", website="  ", hs_email_optout="  ", annualrevenue="  "),
               hs(email="Kevin.Park@ParkRetail.com  ", website="parkretail.com", hs_email_optout="false",
                  annualrevenue="150000.5")))
def o24(r: R) -> Out:
    v = r["hs_email_optout"]
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "unsubscribed": v == "true" or blank(v),
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h160-25-ga4-crm-sync-brand-source-date", H, G, """GA4 — CRM sync event
client_id : HubSpot email, same value
event name : "crm_sync" (fixed)
params
 · brand : "dalbit" fixed
 · source : original source in small letter (PAID_SOCIAL → paid_social). No value → "unknown"
 · signup_date : create date, only date part YYYY-MM-DD
 · country : country/region, same value (empty → empty)""",
      extended(HS,
               hs(email="dahyun.kwak@kwak.kr", hs_analytics_source="  ", country="",
                  createdate="2024-04-11T12:30:00.000Z"),
               hs(email="yuna.heo@heo.kr", hs_analytics_source="SOCIAL_MEDIA", country="South Korea",
                  createdate="2025-01-15T13:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_sync",
                        "params": {"brand": "dalbit", "source": "unknown" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"]), "country": r["country"]}}]}


@case("h160-26-ga4-big-account-revenue", H, G, """GA4 big account event
⚠️ Only contact with annual revenue more than 1,000,000. Revenue no value → don't send event.
client_id : part of email before @ (kim.hana@dalbit.kr → kim.hana)
event name : "big_account", always
params.revenue : annual revenue, as number (not text)""",
      extended(lower_emails(HS),
               hs(email="yoonseo.jin@jinpharm.kr", annualrevenue="1000000.5"),
               hs(email="harin.pyo@pyo.kr", annualrevenue="  "),
               hs(email="max.leroy@leroyskin.fr", annualrevenue="999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_account", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h160-27-ga4-loyal-or-potential", H, G, """GA4 event per HubSpot contact
Event name:
 · lifecycle stage customer or evangelist → "loyal_customer"
 · other stage, also no value → "potential_customer"
client_id: email, same value
params.industry: industry. No value → "unknown"
params.job_title: job title, same value (empty is ok, send empty)""",
      extended(HS,
               hs(email="sian.moon@moon.kr", lifecyclestage="evangelist", industry="  ", jobtitle=""),
               hs(email="ivy.chen@chenbeauty.com", lifecyclestage="", industry="Cosmetics", jobtitle="MD")))
def o27(r: R) -> Out:
    name = "loyal_customer" if r["lifecyclestage"] in ("customer", "evangelist") else "potential_customer"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "unknown"),
                                                 "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h160-28-lead-back-to-hubspot-copy", L, H, """SF Lead → HubSpot contact (reverse direction)
HubSpot field | from SF Lead
email | Email
first name | First Name
last name | Last Name
company name | Company
job title | Title
phone number | Phone
street address | Street
postal code | Postal Code
💡 All same value. SF empty → HubSpot also empty, don't fill anything.""",
      extended(SFL,
               sfl(Email="jisoo.hwang@hwang.kr", FirstName="Jisoo", LastName="Hwang", Company="", Title="  ",
                   Phone="", Street=" 45 Gangnam-daero", PostalCode="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"]}


@case("h160-29-lead-status-table-optout-text", L, H, """SF Lead status → HubSpot Lead Status
SF Lead Status | HubSpot Lead Status
--- | ---
Open - Not Contacted | NEW
Working - Contacted | ATTEMPTED_TO_CONTACT
Closed - Converted | CONNECTED
Closed - Not Converted | UNQUALIFIED
(SF has only these 4 value)
Unsubscribed from all email : text "true" when Email Opt Out is checked, text "false" when not checked
email : Email, same value""",
      extended(SFL,
               sfl(Email="minsu.jeon@jeon.kr", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="laura.hill@hillspa.com", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h160-30-rating-to-stage-revenue-number", L, H, """Lead Rating → HubSpot lifecycle stage
Hot → salesqualifiedlead
Warm → marketingqualifiedlead
Cold → subscriber
💡 Rating is always one of these 3 in our SF.
annual revenue : Annual Revenue as number. Value none → leave out
email : Email in small letter""",
      extended(SFL,
               sfl(Email="Hyunjin.Bae@BaeCos.KR", Rating="Cold", AnnualRevenue="  "),
               sfl(Email="Zoe.Adams@AdamsBeauty.com", Rating="Warm", AnnualRevenue="875000.25")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "subscriber"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h160-31-uk-distributors-phone-postcode", L, H, """UK distributor leads → HubSpot
⚠️ Only Country = "United Kingdom". Other country (or no value) → skip.
phone number : Phone, E.164 for UK. Only digits, remove first 0, put +44 in front (020 7946 0321 → +442079460321). Already start with + → keep that code, just digits.
postal code : Postal Code, all capital
company name : Company. No value → "Unknown\"""",
      extended(SFL,
               sfl(Email="oliver.hunt@huntbeauty.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="sw1a 1aa", Company="  "),
               sfl(Email="amelia.wood@woodskin.co.uk", Country="United Kingdom", Phone="+44 131 496 0011",
                   PostalCode="eh1 1yz", Company="Wood Skin"),
               sfl(Email="niamh.kelly@kellyglow.ie", Country="Ireland", Phone="+353 1 555 0142",
                   PostalCode="D02 X285", Company="Kelly Glow")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Unknown")}


@case("h160-32-skip-cold-korean-style-address", L, H, """SF Lead → HubSpot (address in Korean style)
⚠️ Rating = Cold lead → skip please.
street address = Postal Code + " " + Street (postal code first, like Korean address). Postal Code no value → only Street.
company name = Company. No value → "Personal"
email = Email""",
      extended(SFL,
               sfl(Email="eunwoo.cha@cha.kr", Rating="Warm", PostalCode="  ", Street="77 Seongsu-ro", Company=""),
               sfl(Email="old.lead@coldmail.com", Rating="Cold", PostalCode="10001", Street="5 Main St"),
               sfl(Email="jia.shim@shimlab.kr", Rating="Hot", PostalCode="04799", Street="12 Achasan-ro",
                   Company="  ")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else f"{r['PostalCode']} {r['Street']}"
    return {"email": r["Email"], "address": addr, "company": dflt(r["Company"], "Personal")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h160-33-contact-status-online-tag", C, M, """SF Contact → Mailchimp
Email Address : Email, small letter
Status : Email Opt Out checked → unsubscribed / not checked → subscribed
Tags :
① "salesforce" for every member
② plus "online" when Lead Source is Web
order ① then ②""",
      extended(SFC,
               sfc(Email="Hyemin.Baek@Baek.KR", LeadSource="Web", HasOptedOutOfEmail=True),
               sfc(Email="jake.ross@ROSS.com", LeadSource="Trade Show", HasOptedOutOfEmail=False),
               sfc(Email="Siwoo.Kang@kang.kr", LeadSource="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["salesforce"] + (["online"] if r["LeadSource"] == "Web" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h160-34-sms-skip-no-country-language", C, M, """SF Contact → Mailchimp SMS audience
⚠️ Mailing Country no value → skip this contact.
PHONE merge field : Business Phone, E.164 please (number with + keep own code; no + → US, +1; 11 digit starting with 1 → only +)
Language, from Mailing Country
Mailing Country | language
Germany | de
Austria | de
United States | en
South Korea | ko
Email Address : Email, same value""",
      extended(SFC,
               sfc(Email="minseo.ko@kobeauty.kr", MailingCountry="South Korea", Phone="+82 2 555 0177"),
               sfc(Email="no.country@mystery.com", MailingCountry="  ", Phone="(503) 555-0100"),
               sfc(Email="blank.all@mystery.com", MailingCountry="", Phone=""),
               sfc(Email="ruby.ford@fordnails.com", MailingCountry="United States", Phone="1 971 555 0111")))
def o34(r: R) -> Out:
    if blank(r["MailingCountry"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "South Korea": "ko"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h160-35-partner-news-friend-vip", C, M, """SF Contact → Mailchimp (partner newsletter)
FNAME : First Name. No value → "Friend" (mail say "Hi Friend")
LNAME : Last Name, same value
VIP : Lead Source exactly "Partner Referral" → true. Other source or no value → false
Status : subscribed, everyone
Email Address : Email, same value""",
      extended(SFC,
               sfc(Email="soojin.lee@leeskin.kr", FirstName="", LastName="Lee", LeadSource="Partner Referral"),
               sfc(Email="anon.partner@beautynet.com", FirstName="  ", LastName="", LeadSource="  "),
               sfc(Email="mark.dunn@dunnco.com", FirstName="Mark", LastName="Dunn", LeadSource="Partner")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral", "status": "subscribed"}


@case("h160-36-web-signups-only-clear-tags", C, M, """SF Contact → Mailchimp (web sign-up re-import)
⚠️ Only Lead Source = Web. Other source, or no value → not send.
Email Address / FNAME / LNAME ← Email / First Name / Last Name, same value
☑ status = subscribed, email type = html (fixed)
☑ tags = empty list [] — to clear old tag please""",
      extended(SFC,
               sfc(Email="gaeun.yoo@yoo.kr", FirstName="Gaeun", LastName="", LeadSource="Web"),
               sfc(Email="ian.ward@wardbeauty.com", FirstName="Ian", LastName="Ward", LeadSource="  "),
               sfc(Email="cho.web@cho.kr", FirstName="", LastName="Cho", LeadSource="Web")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h160-37-identify-title-only-when-filled", C, S, """Segment identify ← SF Contact
userId : Email, all small letter
traits.firstName, traits.lastName, traits.birthday : First Name, Last Name, Birthdate — same value (empty → empty)
traits.title : Title, only when it has value. No value → title trait not send""",
      extended(SFC,
               sfc(Email="Yuri.Han@HanCos.KR", FirstName="Yuri", LastName="Han", Title="  ", Birthdate="1995-07-19"),
               sfc(Email="ALEX.KIM@KIMTRADE.COM", FirstName="Alex", LastName="", Title="Buyer", Birthdate="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "birthday": r["Birthdate"],
                            "title": omit_if_blank(r["Title"])}})


@case("h160-38-address-city-na-country-trim", C, S, """Segment — address trait (SF Contact)
traits.address.city : Mailing City. Value none → "N/A"
traits.address.country : Mailing Country, trim the space at front and back
userId : Email, same value""",
      extended(SFC,
               sfc(Email="haneul.ji@ji.kr", MailingCity="  ", MailingCountry=" South Korea "),
               sfc(Email="max.braun@braun.de", MailingCity="", MailingCountry="Germany "),
               sfc(Email="hyeri.do@do.kr", MailingCity="Busan", MailingCountry="  ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "N/A"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h160-39-phone-name-channel-table", C, S, """Segment identify — SF Contact
userId : Email
traits.phone : Business Phone, E.164 (with + keep own code / without + it is US, +1 / 11 digit start with 1 → only +)
traits.name : Last Name + ", " + First Name (ex. Park, Jiwoo)
traits.channel from Lead Source:
Lead Source | channel
--- | ---
Web | online
Trade Show | offline
Partner Referral | partner
other source / no value | etc""",
      extended(SFC,
               sfc(Email="jiwoo.park@dalbitbeauty.kr", FirstName="Jiwoo", LastName="Park",
                   LeadSource="Partner Referral", Phone="+82 2 555 0160"),
               sfc(Email="nate.wells@wellsco.com", FirstName="Nate", LastName="Wells", LeadSource="Email",
                   Phone="1-503-555-0199"),
               sfc(Email="suah.byun@byun.kr", FirstName="Suah", LastName="Byun", LeadSource="  ",
                   Phone="(971) 555-0102")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "offline", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['LastName']}, {r['FirstName']}",
                       "channel": channel.get(r["LeadSource"], "etc")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h160-40-members-name-case-optout-text", M, H, """Mailchimp member → HubSpot contact
first name : FNAME, each word capital first letter + rest small
last name : LNAME, same rule. But LNAME no value → don't send last name
company name : COMPANY. Value none → "Personal"
Unsubscribed from all email : text "true" when status is unsubscribed or cleaned, other status → text "false"
email : Email Address""",
      extended(MC,
               mc({"FNAME": "HAE WON", "LNAME": "  ", "COMPANY": "  "}, email_address="haewon.jo@jo.kr",
                  status="pending"),
               mc({"FNAME": "grace", "LNAME": "KIM", "COMPANY": "Kim Beauty"}, email_address="grace.kim@kimbeauty.kr",
                  status="transactional")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Personal"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h160-41-skip-unsub-phone-vip-stage", M, H, """Mailchimp → HubSpot (active member)
⚠️ status unsubscribed → skip.
phone number : PHONE, E.164 (+ keep own code, without + → US +1, 11 digits starting 1 → only +). PHONE no value → don't send phone
first name : FNAME, same value
lifecycle stage : VIP member → evangelist, not VIP → subscriber
email : Email Address""",
      extended(MC,
               mc({"FNAME": "Jimin", "PHONE": "1 (213) 555-0190"}, email_address="jimin.seong@seong.kr",
                  status="pending", vip=False),
               mc({"FNAME": "Harper", "PHONE": "  "}, email_address="harper.lane@lanebeauty.com",
                  status="subscribed", vip=True),
               mc({"FNAME": "Dohyun", "PHONE": "(646) 555-0177"}, email_address="dohyun.lee@lee.kr",
                  status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "firstname": mf["FNAME"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h160-42-first-word-domain-customer-tag", M, H, """Mailchimp → HubSpot (pop-up store attendee)
first name : first word of FNAME ("Ji Woo" → "Ji")
company name : COMPANY. No value → email domain, part after @
lifecycle stage : member has tag "Customer" → customer. Don't have this tag → subscriber. (exact "Customer" with capital C only)
email : Email Address, same value""",
      extended(MC,
               mc({"FNAME": "Ji Woo", "COMPANY": "  "}, email_address="jiwoo.park@dalbitbeauty.kr",
                  tags=["Customer", "VIP"]),
               mc({"FNAME": "Daniel", "COMPANY": ""}, email_address="daniel@glowshop.com", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set160")
