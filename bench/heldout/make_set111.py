"""Held-out set 111 for the offline mapping drafter.

Persona: Ji-woo Park, growth marketer at a beauty e-commerce brand in Seoul, writing short
messages to an overseas contractor. Korean is her first language: fluent but Korean-shaped
English, topic first ("About phone, ...", "For company field, ..."), articles often dropped,
"is okay" / "is fine", "please" at the end, "~" and "^^", "in empty case", "except" for
"leave out", numbers written 1,000,000, and a polite closing ("Thank you for your hard work").

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


def whole(v: str) -> int:
    return int(float(v))


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h111-01-copy-as-is-web-source", H, L, """\
Hello~ This one is HubSpot contact to Salesforce Lead.
Please copy email to Email, first name to FirstName, last name to LastName, company to Company, \
job title to Title. Same value, no change please. If HubSpot value is empty, is fine, just send empty as it is.
And LeadSource, put "Web" for everyone please (all our leads come from online mall).
Thank you for your hard work!""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h111-02-unknown-company-trim-first", H, L, """\
About HubSpot contact -> Lead sync, few things please.
- Email: copy same to Email.
- First name: some people typed space before/after name, so please cut the spaces (trim) and put to FirstName.
- Last name: copy same to LastName.
- Company: in empty case put "Unknown" to Company please. If company is there, use as it is.
- Title: from job title. If it is empty case, "Not provided" please.
Thank you~""", extended(
    HS,
    hs(email="minji.kim@glowlab.kr", firstname="  Minji ", lastname="Kim", company="   ", jobtitle="Marketing Manager"),
    hs(email="hyun.woo@dalbit.kr", firstname="Hyunwoo  ", lastname="Woo", company="Dalbit Cosmetics", jobtitle="  "),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not provided")}


@case("h111-03-phone-or-mobile-name-case", H, L, """\
For Lead Phone, please use HubSpot phone. If phone is empty, mobile phone is okay. If both are empty, \
don't put Phone field at all please (not empty string, just skip it).
About first name and last name, data is messy (some all small letter, some all capital), so please make \
first letter capital and the rest small, then to FirstName / LastName.
Email copy to Email same.
Thank you for your hard work ^^""", extended(
    HS,
    hs(email="sora.lee@dewdrop.kr", firstname="sora", lastname="LEE", phone="", mobilephone=""),
    hs(email="minho.bae@dewdrop.kr", firstname="MINHO", lastname="bae", phone=" ", mobilephone="010-5555-0199"),
))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


SOURCE_04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "EMAIL_MARKETING": "Email", "REFERRALS": "External Referral"}


@case("h111-04-source-to-leadsource-lower-email", H, L, """\
HubSpot contact -> Lead. Email please make all small letters and put to Email.
And original source (hs_analytics_source) to LeadSource like below:
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
EMAIL_MARKETING -> Email
REFERRALS -> External Referral
Other values, and also when source is empty, all "Other" please.
Thank you!""", extended(
    HS,
    hs(email="Yuna.Choi@PeachSkin.kr", hs_analytics_source="EMAIL_MARKETING"),
    hs(email="Bora.Shin@CicaLab.kr", hs_analytics_source="OFFLINE"),
))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LeadSource": SOURCE_04.get(r["hs_analytics_source"], "Other")}


@case("h111-05-no-customers-no-optouts", H, L, """\
For Lead sync, please except two kind of contacts, don't send them:
1) lifecycle stage is "customer" (they already bought, sales team don't need)
2) unsubscribed from all email, I mean hs_email_optout is "true"
If opt-out value is empty, it is not "true", so sending is okay.
For other contacts: email -> Email, first name -> FirstName, last name -> LastName, company -> Company, just copy.
And Status, always "Open - Not Contacted" please.
Thank you for your hard work~""", extended(
    HS,
    hs(email="hana.jung@roseandco.kr", firstname="Hana", lastname="Jung", company="Rose and Co",
       lifecyclestage="customer", hs_email_optout="false"),
    hs(email="yujin.kwon@mintleaf.kr", firstname="Yujin", lastname="Kwon", company="Mint Leaf",
       lifecyclestage="lead", hs_email_optout="true"),
    hs(email="seojun.lim@oceanmist.kr", firstname="Seojun", lastname="Lim", company="Ocean Mist",
       lifecyclestage="opportunity", hs_email_optout="false"),
))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h111-06-rating-by-revenue-employees", H, L, """\
About Rating of Lead, please decide by HubSpot annual revenue:
- more than 5,000,000 -> "Hot"
- less than 1,000,000 -> "Cold"
- between them -> "Warm"
- if revenue is empty case -> also "Cold"
And number of employees put to NumberOfEmployees as whole number (integer, no decimal). If number of \
employees is empty, just don't send that field.
Email copy to Email please.
Thanks~""", extended(
    HS,
    hs(email="dahye.yoon@purebloom.kr", annualrevenue="5600000", numemployees="75"),
    hs(email="jaemin.cha@skinnote.kr", annualrevenue="1000500", numemployees="3"),
))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else "Hot" if v > 5_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], whole)})


@case("h111-07-us-e164-city-case", H, L, """\
Phone -> Lead Phone, please change to E.164 format. Most of our B2B contacts are US, so if number has no \
country code, think it is US (+1). If number already starts with +, keep that country code.
In empty phone case, please don't send Phone.
City -> City, make title case please (first letter of each word capital, other small). Some are typed all \
small like "monterrey".
Email copy same to Email.
Thank you for your hard work!""", extended(
    HS,
    hs(email="jenny.ahn@nyglow.com", phone="1 (206) 555-0111", city="new york"),
    hs(email="kevin.oh@lalabeauty.com", phone="", city="los angeles"),
))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h111-08-us-only-state-upper-created", H, L, """\
Only US contacts please (country is "United States"). Other country, don't send to Lead.
Email -> Email same.
State -> State, all capital letter please (some are small like "ca").
Description: please write like "From HubSpot, created 2023-03-14". The date is create date of contact, \
only YYYY-MM-DD part.
Thanks~""", extended(
    HS,
    hs(email="jisoo.han@hanriver.com", country="United States", state="ny", createdate="2024-02-29T13:20:00.000Z"),
    hs(email="gaeun.noh@seoulsilk.kr", country="South Korea", state="", createdate="2024-03-02T12:00:00.000Z"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "From HubSpot, created " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h111-09-mailing-address-copy", H, C, """\
For Salesforce Contact, address should go to Mailing fields please.
address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry
Just copy, no change. Some contacts have empty state, then MailingState also empty is fine.
And email -> Email, first name -> FirstName, last name -> LastName, same copy.
Thank you!""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h111-10-optout-and-no-phone-flags", H, C, """\
HubSpot -> Salesforce Contact. Email copy to Email.
About HasOptedOutOfEmail: if hs_email_optout is "true" then true, if "false" then false. In empty case, \
please think as not opted out -> false.
DoNotCall: if phone field is empty, true (we cannot call anyway ^^). If phone has number, false. Only \
check phone, not mobile phone.
Thank you~""", extended(
    HS,
    hs(email="taeho.jang@greentea.kr", phone="   ", mobilephone="010-5555-0123", hs_email_optout="false"),
))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h111-11-name-from-email-phone-chain", H, C, """\
For Contact FirstName, use first name. If first name is empty case, please use the ID part of email \
(before @) instead, so at least something is there.
Phone: use phone first, if empty then mobile phone. If both empty, just leave Phone empty (empty string) is fine.
Email -> Email and last name -> LastName, copy same.
Thank you for your hard work!""", extended(
    lower_emails(HS),
    hs(email="yerin.oh@soomskin.kr", firstname="", lastname="Oh", phone="", mobilephone=""),
    hs(email="dowon.seo@soomskin.kr", firstname=" ", lastname="Seo", phone="", mobilephone="(929) 555-0130"),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "LastName": r["lastname"], "Phone": dflt(first_filled(r["phone"], r["mobilephone"]), "")}


STAGE_12 = {"subscriber": "Newsletter", "lead": "Prospect", "marketingqualifiedlead": "MQL",
            "salesqualifiedlead": "SQL", "customer": "Customer"}


@case("h111-12-stage-to-department-title-upper", H, C, """\
We use Department field of Contact as customer segment, so please fill it from lifecycle stage:
subscriber -> Newsletter
lead -> Prospect
marketingqualifiedlead -> MQL
salesqualifiedlead -> SQL
customer -> Customer
(Our contacts are only these 5 stages.)
Title: job title in capital letters please (ex. "VP MARKETING"). If job title is empty, don't send Title.
Email copy to Email.
Thank you~""", extended(
    HS,
    hs(email="nari.go@lotusdew.kr", lifecyclestage="salesqualifiedlead", jobtitle="  "),
    hs(email="woojin.ryu@lotusdew.kr", lifecyclestage="lead", jobtitle="Growth Manager"),
))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "Department": STAGE_12[r["lifecyclestage"]],
                 "Title": omit_if_blank(r["jobtitle"], str.upper)})


@case("h111-13-customers-only-mobile-first", H, C, """\
Only customer please (lifecycle stage = customer). Other stages, no need in Contact.
Email -> Email, but small letters please.
Phone: mobile phone first. If mobile phone is empty, then phone.
LeadSource: "Web" for all (they bought in our online mall).
Thank you for your hard work!""", extended(
    HS,
    hs(email="Eunji.Seo@BloomBeauty.kr", lifecyclestage="customer", mobilephone="", phone="(310) 555-0165"),
    hs(email="TAEYANG.KO@BloomBeauty.kr", lifecyclestage="customer", mobilephone="+82 10 5555 0177",
       phone="(213) 555-0102"),
))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Web"}


SOURCE_14 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}


@case("h111-14-trim-title-lastname-case-source", H, C, """\
HubSpot -> Contact please.
- Email copy to Email.
- Job title -> Title, but remove spaces at start and end (trim).
- Last name -> LastName with title case (only first letter capital). Some are all capital like "GARCIA".
- LeadSource from original source: ORGANIC_SEARCH is "Web", PAID_SEARCH is "Advertisement", REFERRALS is \
"External Referral". Any other source or empty source -> "Other".
Thanks~""", extended(
    HS,
    hs(email="sehee.park@velvetrose.kr", jobtitle="  Content Lead ", lastname="PARK", hs_analytics_source="SOCIAL_MEDIA"),
))
def o14(r: R) -> Out:
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "LastName": title(r["lastname"]),
            "LeadSource": SOURCE_14.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h111-15-subscribed-language-default-ko", H, M, """\
HubSpot contact -> Mailchimp member.
email -> email_address, first name -> FNAME, last name -> LNAME (merge fields). Just copy.
Status: "subscribed" for everyone please (we checked consent already in our mall).
Language: use HubSpot preferred language (hs_language). Many contacts don't have this property, in that \
case put "ko".
Thank you!""", extended(
    HS,
    hs(email="sunny.jeon@bloomday.com", firstname="Sunny", lastname="Jeon", hs_language="en"),
    hs(email="areum.baek@bloomday.kr", firstname="Areum", lastname="Baek", hs_language=""),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "ko")}


@case("h111-16-optout-three-status", H, M, """\
About Mailchimp status, please follow HubSpot "Unsubscribed from all email" (hs_email_optout):
"true" -> unsubscribed
"false" -> subscribed
empty -> pending (we will send double opt-in mail)
Email -> email_address copy.
And tag "hubspot" to all members please.
Thank you for your hard work~""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot"]}


@case("h111-17-vip-and-customer-tags", H, M, """\
Tags for Mailchimp, please make like this:
- annual revenue more than 5,000,000 -> "VIP"
- lifecycle stage is "customer" -> "Customer"
If both, both tags (VIP first, then Customer). If revenue is empty, no VIP tag. If nothing matched, tags \
is empty list [].
email -> email_address copy please.
Thank you!""", extended(
    HS,
    hs(email="yeji.moon@silkroad.kr", annualrevenue="7300000", lifecyclestage="customer"),
    hs(email="hayoung.ki@silkroad.kr", annualrevenue="", lifecyclestage="customer"),
))
def o17(r: R) -> Out:
    tags = (["VIP"] if gt(r["annualrevenue"], 5_000_000) else []) + (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h111-18-first-word-fname-e164-phone", H, M, """\
For FNAME, please use only first word of first name. Some people put first and middle name together like \
"Anna Marie", then only "Anna".
PHONE (merge field): use phone, in empty case use mobile phone. And please make E.164 format; number with \
no country code is US, so +1. If it already has + country code, keep it.
email -> email_address same.
Thank you for your hard work^^""", extended(
    HS,
    hs(email="anna.lee@glossy.com", firstname="Anna Marie", phone="", mobilephone="+82 10 5555 0123"),
    hs(email="mary.choi@glossy.com", firstname="Mary Jane", phone="212.555.0144"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
                                                          "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h111-19-skip-no-company-customer-vip", H, M, """\
Mailchimp sync, please except contacts without company (company empty). Don't send them.
Others:
email -> email_address copy
status -> always "subscribed"
vip -> true if lifecycle stage is "customer", else false
Thank you~""", extended(
    HS,
    hs(email="jiyoung.nam@glowlab.kr", company="Glow Lab", lifecyclestage="customer"),
    hs(email="bomi.heo@glowlab.kr", company="  ", lifecyclestage="customer"),
))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h111-20-name-case-company-tag-domain-vip", H, M, """\
HubSpot -> Mailchimp.
email -> email_address copy.
FNAME and LNAME: title case please (first letter capital, others small).
Tags: one tag with company name. If company is empty, use email domain (the part after @) as the tag instead.
vip: true when annual revenue is more than 10,000,000. Less or empty revenue -> false.
Thank you for your hard work!""", extended(
    lower_emails(HS),
    hs(email="soyeon.kim@hanbitcos.kr", firstname="SOYEON", lastname="kim", company="", annualrevenue="15000000"),
    hs(email="chaewon.yu@mokpoherb.kr", firstname="chaewon", lastname="YU", company=" ", annualrevenue="9500000"),
))
def o20(r: R) -> Out:
    tag = r["company"] if not blank(r["company"]) else after_at(r["email"])
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [tag], "vip": gt(r["annualrevenue"], 10_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h111-21-seg-lower-id-full-name", H, S, """\
For Segment identify:
userId = email in all small letters.
traits.email = email copy as it is.
traits.firstName = first name, traits.lastName = last name, copy.
traits.name = first name + space + last name (ex. "Priya Raman").
Thank you!""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h111-22-seg-company-traits", H, S, """\
Segment identify, company info go into traits.company please.
userId is email, copy same.
traits.company.name <- company. If company is empty, don't send name.
traits.company.industry <- industry. In empty case "Unknown".
traits.company.employee_count <- number of employees, as integer. Empty case, skip this one too.
Thank you for your hard work~""", extended(
    HS,
    hs(email="inho.song@noblecos.kr", company="", industry="", numemployees="7"),
))
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": omit_if_blank(r["company"]),
        "industry": dflt(r["industry"], "Unknown"),
        "employee_count": omit_if_blank(r["numemployees"], whole)}}})


@case("h111-23-seg-address-phone-fallback", H, S, """\
Segment identify please.
userId: email same.
Address in traits.address: city -> city, state -> state, zip -> postalCode, country -> country. If state \
is empty, don't send state (many non-US contacts).
traits.phone: phone with E.164 (no + means US number, +1). If phone empty, use mobile phone. Both empty \
case, no traits.phone.
Thanks~""", extended(
    HS,
    hs(email="rachel.kang@pinkpeony.com", phone="", mobilephone="(646) 555-0101", state="NY", city="New York", zip="10001"),
    hs(email="daeun.bang@pinkpeony.kr", phone="", mobilephone="", state="", city="Seoul", zip="04524",
       country="South Korea"),
))
def o23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                    "country": r["country"]},
        "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h111-24-seg-clean-id-optout-revenue", H, S, """\
Segment identify from HubSpot.
userId: email, but please remove space at front/back and make small letters. (Some emails typed \
like " Sujin.Kang@GlowUp.kr ")
traits.firstName: first name copy.
traits.unsubscribed: true if hs_email_optout is "true". "false" or empty -> false.
traits.annualRevenue: annual revenue as number, not text (ex. 12,000,000 -> 12000000). If it is empty, \
don't send this trait.
Thank you for your hard work^^""", extended(
    HS,
    hs(email="  Sujin.Kang@GlowUp.kr ", firstname="Sujin", hs_email_optout="", annualrevenue="3300000.5"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
        "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h111-25-ga4-sync-event-source-date", H, G, """\
GA4 event for each HubSpot contact please.
client_id: email copy.
Event name: "crm_contact_sync" (same for all).
Params:
- method: "hubspot" always
- traffic_source: original source in small letters (ex. organic_search). If source is empty, send empty \
string "" is fine.
- created_date: create date, only YYYY-MM-DD.
Thank you!""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "crm_contact_sync", "params": {
        "method": "hubspot", "traffic_source": r["hs_analytics_source"].lower(),
        "created_date": day(r["createdate"])}}]}


@case("h111-26-ga4-big-company-value", H, G, """\
GA4, only big company contacts please: annual revenue more than 1,000,000 (1 million. It is dollar in \
HubSpot, not won ^^). Empty revenue, don't send.
client_id: email ID part (before @).
Event name: "big_company_lead"
params.value: annual revenue as number
params.currency: "USD"
Thank you for your hard work~""", extended(
    lower_emails(HS),
    hs(email="minseo.yang@aquaveil.kr", annualrevenue="950000"),
    hs(email="doyun.pyo@aquaveil.kr", annualrevenue="1200000"),
))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "big_company_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h111-27-ga4-customer-event-name", H, G, """\
For GA4 event name, customer and others are different:
- lifecycle stage "customer" -> "purchase_customer"
- all other stages -> "lead_sync"
client_id = email copy.
params.source = original source; in empty case "UNKNOWN" please.
params.city = city copy.
Thanks~""", extended(
    HS,
    hs(email="hyejin.lee@camellia.kr", lifecyclestage="customer", hs_analytics_source="PAID_SOCIAL", city="Seoul"),
))
def o27(r: R) -> Out:
    name = "purchase_customer" if r["lifecyclestage"] == "customer" else "lead_sync"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "source": dflt(r["hs_analytics_source"], "UNKNOWN"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h111-28-lead-to-contact-copy", L, H, """\
Now reverse, Salesforce Lead -> HubSpot contact.
Email -> email, FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle, \
City -> city, Country -> country.
All copy as it is. If Lead field is empty, HubSpot also empty, is okay.
Thank you!""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "city": r["City"], "country": r["Country"]}


STATUS_29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h111-29-lead-status-optout-text", L, H, """\
Lead -> HubSpot contact.
Email -> email copy.
Lead Status to HubSpot Lead Status (hs_lead_status):
Open - Not Contacted -> NEW
Working - Contacted -> IN_PROGRESS
Closed - Converted -> CONNECTED
Closed - Not Converted -> UNQUALIFIED
Email Opt Out (HasOptedOutOfEmail) -> hs_email_optout, but HubSpot wants text there, so please send the \
string "true" or "false".
Thank you for your hard work~""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": STATUS_29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING_30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h111-30-rating-to-stage-revenue", L, H, """\
Lead -> HubSpot.
Rating to lifecycle stage:
Hot -> salesqualifiedlead
Warm -> marketingqualifiedlead
Cold -> lead
AnnualRevenue -> annualrevenue as number. Empty case, don't send annualrevenue.
Email -> email with small letters please.
Thanks~""", extended(
    SFL,
    sfl(Email="Jiyeon.Lim@CoralCosmetics.kr", Rating="Warm", AnnualRevenue="750000.5"),
))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING_30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h111-31-uk-only-e164-city-upper", L, H, """\
Only UK leads please (Country = "United Kingdom"). Other countries skip.
Email -> email copy.
Phone -> phone with E.164. UK number, so remove first 0 and put +44. If it has + already, keep as it is.
City -> city in capital letters (LONDON).
Title -> jobtitle, if empty put "Marketing".
Thank you for your hard work!""", extended(
    SFL,
    sfl(Email="oliver.bennett@roseglow.co.uk", Country="United Kingdom", Phone="07700 900123",
        City="Manchester", Title=""),
    sfl(Email="isla.grant@thistleskin.co.uk", Country="United Kingdom", Phone="+44 131 555 0199",
        City="Edinburgh", Title="Buyer"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "jobtitle": dflt(r["Title"], "Marketing")}


@case("h111-32-skip-not-converted-one-line-address", L, H, """\
Lead -> HubSpot, please except leads with status "Closed - Not Converted" (don't send).
Email -> email copy.
Company -> company, empty case "Unknown".
HubSpot address: one line, Street + ", " + City, like "200 Lake St, Chicago". If Street is empty, only \
City (no comma).
Thank you~""", extended(
    SFL,
    sfl(Email="minji.song@haeundae.kr", Status="Working - Contacted", Street="", City="Busan", Company=""),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    address = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"), "address": address}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h111-33-contact-status-sf-tags", C, M, """\
Salesforce Contact -> Mailchimp.
Email -> email_address, small letters please.
status: HasOptedOutOfEmail true -> "unsubscribed", false -> "subscribed".
Tags: "salesforce" tag for everyone, and if LeadSource is "Trade Show", add "trade_show" tag too (after salesforce).
Thank you for your hard work^^""", SFC)
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["trade_show"] if r["LeadSource"] == "Trade Show" else [])}


LANG_34 = {"Germany": "de", "Austria": "de", "United States": "en", "South Korea": "ko"}


@case("h111-34-sms-phone-only-language", C, M, """\
Contact -> Mailchimp, for SMS campaign.
Contact with no phone, please except (Phone empty -> don't send).
Phone -> PHONE merge field in E.164. Number without country code is US (+1). With + keep it.
language from MailingCountry:
Germany -> de
Austria -> de
United States -> en
South Korea -> ko
Email -> email_address copy.
Thank you!""", extended(
    SFC,
    sfc(Email="max.bauer@hautwerk.de", Phone="", MailingCountry="Germany"),
    sfc(Email="jiwon.baek@maeilskin.kr", Phone="+82 2 555 0142", MailingCountry="South Korea"),
    sfc(Email="tom.reed@clearday.com", Phone=" ", MailingCountry="United States"),
))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": LANG_34[r["MailingCountry"]]}


@case("h111-35-hi-customer-trade-show-vip", C, M, """\
For Mailchimp from Salesforce Contact:
FNAME: first name. If empty case, put "Customer" (then mail says "Hi Customer").
LNAME: last name copy.
email_address: Email copy.
vip: true only when LeadSource is "Trade Show" (we met them at beauty fair). Other source or empty -> false.
email_type: "html" for all please.
Thanks~""", extended(
    SFC,
    sfc(Email="nayeon.ha@fairskin.kr", FirstName="", LastName="Ha", LeadSource="Trade Show"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "email_type": "html"}


@case("h111-36-opted-in-only-empty-tags", C, M, """\
Contact -> Mailchimp, only contacts who did NOT opt out (HasOptedOutOfEmail is false).
Email -> email_address, FirstName -> FNAME, LastName -> LNAME, copy.
status "subscribed", language "en" for all.
tags: empty list [] please, we will add tags later in Mailchimp.
Thank you for your hard work!""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h111-37-seg-contact-lower-id-title", C, S, """\
Salesforce Contact -> Segment identify.
userId: Email in small letters.
traits.email: Email as it is (no change).
traits.firstName, traits.lastName: copy.
traits.title: Title. If Title is empty, don't send it.
Thank you~""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"])}})


@case("h111-38-seg-trim-city-country-default", C, S, """\
Contact -> Segment.
userId: Email copy.
traits.address.city: MailingCity, please trim spaces (front/back).
traits.address.country: MailingCountry, in empty case "Unknown".
Thanks!""", extended(
    SFC,
    sfc(Email="yoona.shim@hanokbeauty.kr", MailingCity="  Seoul ", MailingCountry=""),
    sfc(Email="sungmin.cho@hanokbeauty.kr", MailingCity="Busan  ", MailingCountry="South Korea"),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


CHANNEL_39 = {"Web": "online", "Trade Show": "offline", "Partner Referral": "partner"}


@case("h111-39-seg-phone-name-channel", C, S, """\
Contact -> Segment identify.
userId: Email copy.
traits.phone: Phone as E.164, US is default (+1). If already + country code, keep.
traits.name: FirstName + " " + LastName.
traits.channel from LeadSource:
Web -> online
Trade Show -> offline
Partner Referral -> partner
others or empty -> unknown
Thank you for your hard work~""", extended(
    SFC,
    sfc(Email="grace.yim@k-glow.com", FirstName="Grace", LastName="Yim", Phone="971-555-0133",
        LeadSource="Partner Referral"),
    sfc(Email="noah.kwak@k-glow.com", FirstName="Noah", LastName="Kwak", Phone="1-415-555-0166",
        LeadSource="Email"),
))
def o39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
        "channel": CHANNEL_39.get(r["LeadSource"], "unknown")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h111-40-mc-names-case-optout-text", M, H, """\
Mailchimp member -> HubSpot contact.
email_address -> email copy.
FNAME -> firstname, LNAME -> lastname, title case both (first letter capital, rest small).
If FNAME is empty, firstname "Customer" please. If LNAME is empty, don't send lastname.
hs_email_optout: status "unsubscribed" -> text "true", other status -> text "false".
Thank you!""", extended(
    MC,
    mc({"FNAME": "", "LNAME": "CHO"}, email_address="yuri.cho@petalmail.kr", status="subscribed"),
))
def o40(r: R) -> Out:
    f = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": "Customer" if blank(f["FNAME"]) else title(f["FNAME"]),
                 "lastname": omit_if_blank(f["LNAME"], title),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h111-41-mc-skip-cleaned-phone-vip-stage", M, H, """\
Mailchimp -> HubSpot. Please except "cleaned" members (bounced address).
email_address -> email, FNAME -> firstname, copy.
PHONE -> phone, E.164 format. No country code means US (+1); if starts with + keep it. Empty phone -> \
don't send phone.
VIP member -> lifecyclestage "customer", not VIP -> "subscriber".
Thanks~""", extended(
    MC,
    mc({"FNAME": "Minseo", "PHONE": "917.555.0112"}, email_address="minseo.an@dewymail.com", status="pending", vip=True),
))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    f = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": f["FNAME"], "phone": omit_if_blank(f["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h111-42-mc-first-word-company-domain-tag", M, H, """\
Mailchimp -> HubSpot contact.
email_address -> email copy.
firstname: only first word of FNAME (ex. "Anna Maria" -> "Anna").
company: COMPANY merge field. If it is empty, use email domain (after @, like "hanabi.jp") instead.
lifecyclestage: if member has "Customer" tag -> "customer". Without that tag -> "subscriber".
Thank you for your hard work!""", extended(
    MC,
    mc({"FNAME": "Anna Maria", "COMPANY": ""}, email_address="anna.costa@bellaskin.com", tags=["Webinar", "Customer"]),
))
def o42(r: R) -> Out:
    f = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(f["FNAME"]),
            "company": dflt(f["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set111")
