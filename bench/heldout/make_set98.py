"""Held-out set 98 for the offline mapping drafter.

Persona: Linh, CRM executive in Ho Chi Minh City, Vietnamese first language, chatting with a
contractor (Zalo/Slack): many short lines, dropped articles, loose plurals, "if ... then ...",
"no have" for empty, "same same" for a plain copy, "nhé"/"ạ"/"ok?" now and then; careful with values.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h98-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Linh's own.
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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h98-01-lead-plain-copy-web", H, L, """\
hi anh, need new sync HubSpot contact to Salesforce Lead
email put to Email
firstname to FirstName, lastname to LastName, same same
company to Company, jobtitle to Title
if some field no have in HubSpot then Lead field also empty, just copy the empty, no default
LeadSource always "Web" for all lead
that's all field, thanks ạ""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h98-02-lead-defaults-trim", H, L, """\
Contact → Lead again pls
1. email copy to Email same same
2. firstname to FirstName but trim space before and after, some contact have space
3. company to Company, if company no have then put "Unknown"
4. jobtitle to Title, if no have then put "Not Provided"
only these 4 ok?""", extended(HS, hs(email="thu.nguyen@saigonmart.vn", firstname="  Thu  ", lastname="Nguyen",
                                       company="   ", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h98-03-lead-phone-chain-titlecase", H, L, """\
anh ơi, one more mapping HubSpot → SF Lead
Email = email
Phone: take phone first. if phone no have then take mobilephone. if both no have then don't put Phone at all
keep number like it is, no format
FirstName and LastName from firstname / lastname but make Title Case pls (first letter big, rest small)
some name all caps like GARCIA so need fix""",
      extended(HS, hs(email="bao.le@riverbank.vn", firstname="bao", lastname="LE", phone="", mobilephone="")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "Phone": OMIT if ph is None else ph,
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h98-04-lead-source-table", H, L, """\
HubSpot contact to Lead, for lead source
Email: email but all lower case
LastName: lastname same same
LeadSource from hs_analytics_source (Original Source):
if ORGANIC_SEARCH then "Web"
if PAID_SEARCH then "Advertisement"
if REFERRALS then "External Referral"
other value, or source no have, then "Other"
nhé""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h98-05-lead-skip-customer-optout", H, L, """\
need sync contact → Lead but not everybody
if lifecyclestage is "customer" then skip, don't send
if hs_email_optout is "true" then skip also
(optout empty then still send, only "true" skip)
email → Email, firstname → FirstName, lastname → LastName, company → Company, copy same same
Status put "Open - Not Contacted" for all""",
      extended(HS, hs(email="an.pham@lotusfarm.vn", firstname="An", lastname="Pham", lifecyclestage="customer",
                      hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h98-06-lead-rating-employees", H, L, """\
Rating for Lead, from annual revenue
if annualrevenue more than 5000000 then Rating "Hot"
if annualrevenue less than 1000000 then Rating "Cold"
if between then "Warm"
if annualrevenue no have then "Cold" also
NumberOfEmployees from numemployees, whole number. if numemployees no have then don't put it
Email = email ạ""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1000000 else ("Hot" if v > 5000000 else "Warm")
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                 "Email": r["email"]})


@case("h98-07-lead-mobile-e164-city", H, L, """\
hi, HubSpot to Lead for phone + city
email → Email
mobilephone → MobilePhone, format E.164, number is US so add +1
if number already start with "+" then keep its own country code
if mobilephone no have then leave MobilePhone out, don't send empty
city → City in Title Case (like "san francisco" → "San Francisco")""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], e164),
                 "City": title(r["city"])})


@case("h98-08-lead-us-only-description", H, L, """\
only US contact pls, country = "United States", other country skip
Email same same from email
State: state upper case
Description = lifecyclestage + " since " + create date as YYYY-MM-DD
example: "lead since 2024-02-20"
all US contact have state and create date, so no empty case""",
      extended(HS, hs(email="nam.ho@bluepeak.us", firstname="Nam", lastname="Ho", state="wa", city="Seattle",
                      lifecyclestage="lead", createdate="2024-02-20T13:15:00.000Z"),
               hs(email="minh.vu@hanoitech.vn", country="Vietnam", state="", lifecyclestage="lead")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": r["lifecyclestage"] + " since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h98-09-contact-mailing-address", H, C, """\
now Contact, address part
email → Email
lastname → LastName
address → MailingStreet
city → MailingCity
state → MailingState
zip → MailingPostalCode
country → MailingCountry
all same same, no change. if HubSpot no have value then copy empty, ok?""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h98-10-contact-optout-donotcall", H, C, """\
2 checkbox on Salesforce Contact pls
HasOptedOutOfEmail: if hs_email_optout = "true" then true. if "false" or empty then false
DoNotCall: if contact have no phone (phone field empty) then true, if have phone then false
mobile not count, only phone field
and Email from email""", HS)
def o10(r: R) -> Out:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"]),
            "Email": r["email"]}


@case("h98-11-contact-name-from-email", H, C, """\
Contact mapping, for contact missing name
Email = email
FirstName = firstname. if firstname no have then take part before @ of email (ex "lan.vo@mekongtea.vn" → "lan.vo")
Title = jobtitle, if jobtitle no have then industry, if industry also no have then "Staff"
nhé anh""", extended(lower_emails(HS), hs(email="lan.vo@mekongtea.vn", firstname="", lastname="Vo",
                                        jobtitle="", industry="Beverage")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Staff")}


@case("h98-12-contact-dept-stage-table", H, C, """\
Contact: Department and Description
Department = industry in UPPER CASE. if industry no have then don't put Department
Description from lifecyclestage, we only use these 5 stage:
marketingqualifiedlead → "MQL"
salesqualifiedlead → "SQL"
lead → "Lead"
customer → "Customer"
subscriber → "Subscriber"
Email = email as usual""", HS)
def o12(r: R) -> Out:
    table = {"marketingqualifiedlead": "MQL", "salesqualifiedlead": "SQL", "lead": "Lead",
             "customer": "Customer", "subscriber": "Subscriber"}
    return keep({"Department": omit_if_blank(r["industry"], str.upper),
                 "Description": table[r["lifecyclestage"]], "Email": r["email"]})


@case("h98-13-contact-optin-only-mobile", H, C, """\
only contact that hs_email_optout is "false" pls
if optout is "true" or empty then skip
Email: email lower case
MobilePhone: mobilephone, if no have then take phone
LeadSource put "Email" for all""",
      extended(HS, hs(email="Hoa.Dang@Lotus-Spa.vn", firstname="Hoa", lastname="Dang", mobilephone="",
                      phone="+84 28 3822 1234", hs_email_optout="false")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": dflt(r["mobilephone"], r["phone"]), "LeadSource": "Email"}


@case("h98-14-contact-trim-title-source", H, C, """\
HubSpot → SF Contact
Email same same
FirstName, LastName: Title Case from firstname, lastname
Title: jobtitle but trim space. if jobtitle no have then Title also empty ""
LeadSource from hs_analytics_source:
if PAID_SEARCH or PAID_SOCIAL then "Advertisement"
if REFERRALS then "Partner Referral"
other value or empty then "Web\"""",
      extended(HS, hs(email="quynh.tran@songhong.vn", firstname="QUYNH", lastname="tran", jobtitle="  Sales Lead ",
                      hs_analytics_source="OFFLINE")))
def o14(r: R) -> Out:
    src = r["hs_analytics_source"]
    ls = "Advertisement" if src in ("PAID_SEARCH", "PAID_SOCIAL") else ("Partner Referral" if src == "REFERRALS" else "Web")
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": ls}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

_no_company = {k: v for k, v in hs(email="bao.le@mekongsoft.vn", firstname="Bao", lastname="Le").items()
               if k != "company"}


@case("h98-15-mc-copies-company-default", H, M, """\
Mailchimp audience from HubSpot
email → email_address
firstname → FNAME, lastname → LNAME, same same
company → COMPANY merge field. if contact no have company (empty or field not there at all) then "Independent"
status always "subscribed\"""", extended(HS, _no_company))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                             "COMPANY": dflt(r.get("company"), "Independent")}}


@case("h98-16-mc-status-from-optout", H, M, """\
status for Mailchimp from HubSpot unsubscribe field (hs_email_optout)
"true" → "unsubscribed"
"false" → "subscribed"
empty → "pending"
tags: only one tag "HubSpot"
email_address = email
that's it""", HS)
def o16(r: R) -> Out:
    st = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"status": st, "tags": ["HubSpot"], "email_address": r["email"]}


@case("h98-17-mc-conditional-tags", H, M, """\
tags for Mailchimp pls
if annualrevenue more than 3000000 then add tag "Big Account"
if lifecyclestage = "customer" then add tag "Customer"
order: "Big Account" first, then "Customer"
if annualrevenue no have then no "Big Account" tag
if no tag match then tags = [] empty list
email → email_address""",
      extended(HS, hs(email="tam.ly@phuquoc-resort.vn", firstname="Tam", lastname="Ly", lifecyclestage="customer",
                      annualrevenue="9000000")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3000000):
        tags.append("Big Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"tags": tags, "email_address": r["email"]}


@case("h98-18-mc-first-word-phone", H, M, """\
FNAME: only first word of firstname (some people type 2 name in firstname, ex "Mai Anh" → "Mai")
PHONE: phone in E.164, we assume US (+1). if phone no have then use mobilephone
if number start with "+" then keep own country code
if phone and mobilephone both no have then no PHONE
email_address from email nhé""",
      extended(HS, hs(email="mai.anh@cholon.vn", firstname="Mai Anh", lastname="Nguyen", phone="", mobilephone="")))
def o18(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if ph is None else e164(ph)},
                 "email_address": r["email"]})


@case("h98-19-mc-skip-no-company-vip", H, M, """\
send contact to Mailchimp, but if company no have then skip that contact
status "subscribed" for everybody
if hs_analytics_source is "REFERRALS" then vip true, other source or empty then vip false
email_address = email""",
      extended(HS, hs(email="son.truong@nhatrang.vn", company="  ", hs_analytics_source="REFERRALS")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"status": "subscribed", "vip": r["hs_analytics_source"] == "REFERRALS", "email_address": r["email"]}


@case("h98-20-mc-names-company-domain-vip", H, M, """\
Mailchimp again, name + company + vip
email → email_address
FNAME = firstname Title Case, LNAME = lastname Title Case
COMPANY = company. if company no have then use part after @ in email (ex "fiestafoods.mx")
if annualrevenue more than 3000000 then vip true, else false. if revenue no have then false""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": dflt(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 3000000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h98-21-seg-userid-fullname", H, S, """\
Segment identify from HubSpot
userId = email but lower case all
traits.firstName = firstname, traits.lastName = lastname, same same
traits.name = firstname + " " + lastname (one space between)""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h98-22-seg-company-traits", H, S, """\
Segment company traits
userId: email copy
traits.company.name = company, if no have then "Unknown"
traits.company.industry = industry, if no have then leave out
traits.company.employee_count = numemployees as integer, if no have then leave out also""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h98-23-seg-address-phone", H, S, """\
Segment address + phone
userId = email
traits.address.city = city
traits.address.state = state, if state no have then don't send state
traits.phone: phone, if phone no have then mobilephone. format E.164 with US +1 (if already "+" then keep that country code)
if both number no have then no traits.phone""",
      extended(HS, hs(email="vy.huynh@cantho.vn", firstname="Vy", lastname="Huynh", phone="", mobilephone="",
                      city="Can Tho", state="")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_if_blank(r["state"])},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h98-24-seg-clean-id-flags", H, S, """\
some HubSpot email have space and upper case, so
userId: email trim space + lower case
traits.firstName = firstname same same
if hs_email_optout is "true" then traits.unsubscribed true, if "false" or empty then false
traits.annual_revenue = annualrevenue as number. if no have then leave out""",
      extended(HS, hs(email="  Tuan.Le@GreenLeaf.vn ", firstname="Tuan", hs_email_optout="true",
                      annualrevenue="150000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h98-25-ga4-sync-event", H, G, """\
GA4 event from HubSpot contact
client_id = email
event name "crm_contact_sync"
params:
platform = "hubspot" always
source = hs_analytics_source lower case (ORGANIC_SEARCH → organic_search). if source no have then "direct"
created_on = createdate only date, YYYY-MM-DD""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"platform": "hubspot",
                                   "source": dflt(r["hs_analytics_source"], "direct").lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h98-26-ga4-high-value", H, G, """\
GA4: only contact with annualrevenue more than 1000000. if annualrevenue no have then skip
client_id = part before @ of email
event name = "high_value_contact"
params.value = annualrevenue as number
params.currency = "USD\"""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h98-27-ga4-stage-event-name", H, G, """\
event name depend lifecyclestage:
if lifecyclestage = "customer" then event name "customer_update", other stage then "lead_update"
client_id from email
params.company = company, if company no have then "none"
params.lifecycle_stage = lifecyclestage same same""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_update" if r["lifecyclestage"] == "customer" else "lead_update",
                        "params": {"company": dflt(r["company"], "none"), "lifecycle_stage": r["lifecyclestage"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h98-28-hs-from-lead-copies", L, H, """\
now other direction, Salesforce Lead → HubSpot
Email → email
FirstName → firstname
LastName → lastname
Company → company
Title → jobtitle
Phone → phone
City → city
just copy, same same. if Lead no have value then HubSpot get empty also, no default""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h98-29-hs-lead-status-optout", L, H, """\
Lead Status → hs_lead_status:
"Open - Not Contacted" → "NEW"
"Working - Contacted" → "IN_PROGRESS"
"Closed - Converted" → "CONNECTED"
"Closed - Not Converted" → "UNQUALIFIED"
HasOptedOutOfEmail → hs_email_optout, write as text "true" / "false"
email from Email ạ""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"hs_lead_status": table[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h98-30-hs-rating-stage-revenue", L, H, """\
Lead → HubSpot, rating to lifecycle
Rating "Hot" → lifecyclestage "salesqualifiedlead"
"Warm" → "marketingqualifiedlead"
"Cold" → "lead"
AnnualRevenue → annualrevenue as number, if AnnualRevenue no have then don't send
email = Email lower case""",
      extended(SFL, sfl(Email="Minh.Chau@VinaSteel.vn", FirstName="Minh", LastName="Chau", Rating="Warm",
                        AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"lifecyclestage": stage, "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h98-31-hs-uk-leads", L, H, """\
only UK lead pls (Country = "United Kingdom"), other skip
email = Email
phone = Phone in E.164, UK number so +44 and remove first 0
city = City upper case
jobtitle = Title, if Title no have then "Unknown\"""",
      extended(SFL, sfl(Email="olivia.bennett@thamesgrid.co.uk", FirstName="Olivia", LastName="Bennett",
                        Country="United Kingdom", Phone="0161 496 0754", City="Manchester", Title="")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h98-32-hs-address-join", L, H, """\
if Status is "Closed - Not Converted" then don't sync that lead
email = Email
jobtitle = Title, if Title no have then "Not given"
address = Street + ", " + City (ex "200 Lake St, Chicago")
if Street no have then address = only City""",
      extended(SFL, sfl(Email="bich.ngoc@hanmarket.vn", FirstName="Bich", LastName="Ngoc", Street="", City="Da Nang",
                        Status="Working - Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not given"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h98-33-mc-from-contact-status-tags", C, M, """\
SF Contact → Mailchimp
email_address = Email lower case
status: if HasOptedOutOfEmail true then "unsubscribed", if false then "subscribed"
tags: always "Salesforce". if LeadSource = "Trade Show" then add "Event" after "Salesforce\"""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Event"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h98-34-mc-contact-dept-phone-lang", C, M, """\
Contact no have Department then skip, not send to Mailchimp
email_address = Email
PHONE = Phone E.164, US number add +1, if start with "+" then keep
language from MailingCountry:
"Germany" → "de"
"Austria" → "de"
"United States" → "en\"""", SFC)
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h98-35-mc-contact-web-vip", C, M, """\
email_address = Email
FNAME = FirstName, if FirstName no have then "there" (for "Hi there")
LNAME = LastName same same
if LeadSource is "Web" then vip true, other source or empty then vip false
status "subscribed" all""",
      extended(SFC, sfc(Email="khanh.do@dalatcoffee.vn", FirstName="", LastName="Do", LeadSource="Web")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Web", "status": "subscribed"}


@case("h98-36-mc-contact-optin-no-tags", C, M, """\
only contact not opt out (HasOptedOutOfEmail false) go to Mailchimp, if opt out true then skip
email_address = Email, FNAME = FirstName, LNAME = LastName same same
status "subscribed", language "en"
tags = [] empty list, no tag""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h98-37-seg-contact-basic", C, S, """\
Contact → Segment
userId = Email lower case
traits.firstName = FirstName
traits.lastName = LastName
traits.title = Title, if Title empty then don't send traits.title""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": omit_if_blank(r["Title"])}})


@case("h98-38-seg-contact-address", C, S, """\
userId = Email
traits.address.city = MailingCity, trim space
traits.address.country = MailingCountry, if no have then "Unknown"
ok?""", extended(SFC, sfc(Email="duc.pham@hanoisteel.vn", FirstName="Duc", LastName="Pham", MailingCity="  Hanoi ",
                           MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h98-39-seg-contact-team", C, S, """\
userId = Email
traits.name = FirstName + " " + LastName
traits.phone = Phone E.164 (US, +1. if number have "+" already then keep it)
traits.team from Department:
if "Engineering" then "tech"
if "Sales" then "revenue"
other or empty then "general\"""",
      extended(SFC, sfc(Email="hai.dinh@vungtau.vn", FirstName="Hai", LastName="Dinh", Department="Marketing",
                        Phone="206-555-0161")))
def o39(r: R) -> Out:
    team = {"Engineering": "tech", "Sales": "revenue"}.get(r["Department"], "general")
    return {"userId": r["Email"],
            "traits": {"name": r["FirstName"] + " " + r["LastName"], "phone": e164(r["Phone"]), "team": team}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h98-40-hs-from-mc-names-optout", M, H, """\
Mailchimp member → HubSpot contact
email = email_address
firstname = FNAME Title Case
lastname = LNAME Title Case, if LNAME no have then leave lastname out
company = COMPANY, if no have then "Unknown"
hs_email_optout: if status "unsubscribed" then text "true", other status then text "false\"""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h98-41-hs-from-mc-skip-cleaned", M, H, """\
if member status "cleaned" then skip
email = email_address
firstname = FNAME same same
phone = PHONE E.164, US so +1, if start with "+" then keep. if PHONE no have then no phone field
if vip true then lifecyclestage "evangelist", if vip false then "subscriber\"""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h98-42-hs-from-mc-company-stage", M, H, """\
last one ạ
email = email_address
firstname = first word of FNAME
company = COMPANY, if no have then part after @ of email (ex "hanabi.jp")
lifecyclestage: if member tags have "Customer" then "customer", if not then "lead\"""",
      extended(lower_emails(MC, "email_address"),
               mc({"FNAME": "Ngoc Anh", "LNAME": "Tran", "COMPANY": "Pho Saigon"}, email_address="ngoc.anh@phosaigon.vn",
                  tags=["Customer", "Webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set98")
