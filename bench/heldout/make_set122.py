"""Held-out set 122 for the offline mapping drafter.

Persona: Nattaya ('Nat') Srisuk, e-commerce marketing executive in Bangkok, Thai first
language, chatting with a freelance integration developer on the LINE app. Thai-shaped
English: no plurals or tenses ('all contact', 'if customer not have company'), the particles
'ka' and 'na', 'same same', 'can or not?', 'pls', emoji now and then, many short lines sent as
separate messages, sometimes '1)' '2)' numbering, 'ok ka' confirmations of her own earlier
line. She knows the field labels from the UIs and sometimes the API names.

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


@case("h122-01-lead-basic-copy", H, L, """\
hi ka 🙏 pls help sync HubSpot contact to Salesforce Lead na
email -> Email
firstname -> FirstName
lastname -> LastName
company -> Company
jobtitle -> Title
if some contact not have value, just send empty to Salesforce, no need put anything ka
and every lead set Lead Source = Web
ok ka""", extended(
    HS,
    hs(email="ploy.s@bkkbeauty.co.th", firstname="Ploy", lastname="Sukjai", company="", jobtitle=""),
    hs(email="tan@silomgadget.com", firstname="", lastname="Wong", company="Silom Gadget", jobtitle="Buyer"),
))
def o01(r):
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h122-02-lead-trim-defaults", H, L, """\
next one ka, HubSpot contact → Salesforce Lead
1) Email = email same same
2) FirstName, LastName from First Name / Last Name but cut the space front and back na
some sale staff type name with space before and after 😅
3) Company Name → Company. if empty put "Unknown Company" because Salesforce need it
4) Job Title → Title, if empty put "Customer"
that's all ka""", extended(
    HS,
    hs(email="nok.chai@siamtea.co.th", firstname="  Nok ", lastname=" Chaiyaporn ", company="", jobtitle="   "),
    hs(email="bank@ricebox.co.th", firstname="Bank", lastname="Srisawat  ", company="  ", jobtitle="Owner"),
))
def o02(r):
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown Company"), "Title": dflt(r["jobtitle"], "Customer")}


@case("h122-03-lead-phone-chain-proper", H, L, """\
Salesforce Lead from HubSpot contact again ka
- Email → Email
- First Name, Last Name → FirstName, LastName but make proper case pls (every word first letter big, other small)
bc some customer type all small or ALL CAPS
- Lead Phone: use Phone Number first. no Phone Number → use Mobile Phone Number
if 2 field empty both, don't send Phone at all na
can or not? 🙏""", extended(
    HS,
    hs(email="jaidee.p@cmfarm.co.th", firstname="JAIDEE", lastname="pongsri", phone="", mobilephone=""),
    hs(email="fon.r@bkkbag.com", firstname="fon", lastname="Rattana", phone="", mobilephone="089 555 0123"),
))
def o03(r):
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h122-04-lead-source-table", H, L, """\
for Lead Source na
HubSpot Original Source → Salesforce LeadSource like this
ORGANIC_SEARCH = Web
PAID_SEARCH = Advertisement
REFERRALS = External Referral
other value, or Original Source empty = Other
email → Lead Email but change to small letter all before send ka
last name → LastName same same
ok ka 👍""", extended(
    HS,
    hs(email="Kwan.P@BangkokBloom.COM", lastname="Pimchan", hs_analytics_source="SOCIAL_MEDIA"),
    hs(email="Art@ThaiTech.io", lastname="Arthit", hs_analytics_source="REFERRALS"),
    hs(email="Oil.N@SeaSalt.co.th", lastname="Nuan", hs_analytics_source="  "),
))
def o04(r):
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h122-05-lead-two-excludes", H, L, """\
HubSpot contact → Salesforce Lead ka
but 2 group don't send na:
1) Lifecycle Stage = customer (already buy, not lead anymore)
2) hs_email_optout = true
hs_email_optout empty → that one still send, ok
send: email to Email, firstname to FirstName, lastname to LastName, company to Company
and Status of every Lead = Open - Not Contacted""", extended(
    HS,
    hs(email="mook@lanna-coffee.com", firstname="Mook", lastname="Kanya", company="Lanna Coffee",
       lifecyclestage="customer", hs_email_optout="false"),
    hs(email="pete@islandtour.co.th", firstname="Pete", lastname="Somsak", company="Island Tour",
       lifecyclestage="lead", hs_email_optout="true"),
    hs(email="aom@herbshop.co.th", firstname="Aom", lastname="Thongdee", company="Herb Shop",
       lifecyclestage="opportunity", hs_email_optout=""),
))
def o05(r):
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h122-06-lead-rating-revenue", H, L, """\
Lead Rating I want from HubSpot annual revenue ka
annualrevenue more than 5000000 → Rating Hot
less than 1000000 → Cold
in between → Warm
if revenue empty → Cold also na
Number of Employees → NumberOfEmployees as integer (no .0 na)
no employee number → don't send NumberOfEmployees
Email → Email
ok ka""", extended(
    HS,
    hs(email="beam@pattayaboat.com", annualrevenue="950000", numemployees="7"),
    hs(email="gift@siamsilk.co.th", annualrevenue="6400000.5", numemployees=""),
    hs(email="oat@noodlebar.co.th", annualrevenue="1800000", numemployees="32"),
))
def o06(r):
    rv = rev(r)
    rating = "Hot" if rv is not None and rv > 5_000_000 else "Cold" if rv is None or rv < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h122-07-lead-e164-city", H, L, """\
Lead phone pls format E.164 (US number, +1) from HubSpot Phone Number → Salesforce Phone
number already have + in front → keep their own country code ka
no phone → leave Phone out, don't send empty
City → City in proper case, every word first letter big (Bangkok not bangkok / BANGKOK)
first name → FirstName proper case also
and email → Email na 🙏""", extended(
    HS,
    hs(email="win@korattire.com", firstname="WIN", city="nakhon ratchasima", phone="212-555-0166"),
    hs(email="may@fitfood.co.th", firstname="may", city="BANGKOK", phone=""),
))
def o07(r):
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h122-08-lead-us-only-desc", H, L, """\
only US contact na → Country/Region = United States
other country skip ka, we not sell to them on Salesforce yet
1) email → Email
2) lastname → LastName ALL CAPITAL
3) Description = company + " | " + Create Date (only date YYYY-MM-DD, no time)
   ex. ABC Shop | 2024-01-31
ok ka""", extended(
    HS,
    hs(email="somchai@bkkbrew.com", lastname="Kittisak", company="BKK Brew", country="Thailand"),
    hs(email="jenny.lee@pacificpet.com", lastname="Lee", company="Pacific Pet Supply", country="United States",
       createdate="2024-02-29T13:20:00.000Z"),
))
def o08(r):
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['company']} | {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h122-09-contact-mailing", H, C, """\
HubSpot contact to Salesforce Contact ka, the address part
Street Address → MailingStreet
City → MailingCity
State/Region → MailingState
Postal Code → MailingPostalCode
Country/Region → MailingCountry
copy straight, empty also send empty na
+ email → Email, last name → LastName""", extended(
    HS,
    hs(email="nid@phuketdive.com", lastname="Nidnoi", address="", city="Phuket", state="", zip="83000",
       country="Thailand"),
))
def o09(r):
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h122-10-contact-checkboxes", H, C, """\
Salesforce Contact have 2 checkbox na
Email Opt Out (HasOptedOutOfEmail): tick (true) when HubSpot hs_email_optout is "true"
"false" or empty → not tick (false)
Do Not Call: tick (true) when contact have no Phone Number in HubSpot, have phone → false
mobile not count ka, only Phone Number
and email → Email, lastname → LastName""", extended(
    HS,
    hs(email="ton@chiangraitea.com", lastname="Ton", phone="   ", hs_email_optout="true"),
    hs(email="ning@kbeauty.co.th", lastname="Ning", phone="02 555 0144", hs_email_optout=""),
))
def o10(r):
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h122-11-contact-lastname-chain", H, C, """\
Contact LastName is required in Salesforce ka 😅
so LastName: use HubSpot last name
no last name → use first name
no first name also → use the email front part, before @
(ex. nat.s@shop.com → nat.s)
firstname → FirstName copy same same
email → Email""", lower_emails([
    *HS,
    hs(email="ploy.w@sweetcorner.co.th", firstname="Ploy", lastname=""),
    hs(email="toey.k@gadgetbox.co.th", firstname="", lastname=" "),
]))
def o11(r):
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h122-12-contact-country-code", H, C, """\
Mailing Country in Salesforce we use 2 letter code ka
United States → US
Japan → JP
Mexico → MX
France → FR
Thailand → TH
(HubSpot Country/Region only have these 5)
State/Region → MailingState in CAPITAL, if state empty don't send MailingState na
email → Email, last name → LastName""", extended(
    HS,
    hs(email="fah@krabispa.com", lastname="Fah", country="Thailand", state="krabi"),
    hs(email="joe@texmexfood.com", lastname="Miller", country="United States", state="tx"),
))
def o12(r):
    table = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Thailand": "TH"}
    return keep({"Email": r["email"], "LastName": r["lastname"], "MailingCountry": table[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h122-13-contact-customers-only", H, C, """\
Contact sync only for customer na (Lifecycle Stage = customer), other stage not send
Email → Email but small letter all
Salesforce Phone: use HubSpot Mobile Phone Number first, if mobile empty use Phone Number
lastname → LastName
Lead Source put "Web" for every contact ka, all our customer come from website""", extended(
    HS,
    hs(email="Ann.Wong@ShopHappy.co", lastname="Wong", lifecyclestage="customer", phone="02 555 0101",
       mobilephone=""),
    hs(email="BEE@MAILBOX.TH", lastname="Bee", lifecyclestage="customer", mobilephone="081 555 0123",
       phone="02 555 0199"),
    hs(email="Korn@Mailbox.th", lastname="Korn", lifecyclestage="opportunity"),
))
def o13(r):
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "LastName": r["lastname"], "LeadSource": "Web"}


@case("h122-14-contact-trim-proper-source", H, C, """\
hubspot → SF Contact
Job Title → Title, trim the space ka (front/back)
First Name / Last Name → FirstName / LastName in proper case, like Somchai not SOMCHAI
Original Source → LeadSource:
  ORGANIC_SEARCH → Web
  PAID_SEARCH and PAID_SOCIAL → Advertisement
  REFERRALS → External Referral
  anything else, blank also → Other
email → Email na""", extended(
    HS,
    hs(email="suda@happyhome.co.th", firstname="SUDA", lastname="jaidee", jobtitle="  Store Manager ",
       hs_analytics_source="EMAIL_MARKETING"),
    hs(email="krit@mangotree.co.th", firstname="krit", lastname="Boonmee", jobtitle="Owner ",
       hs_analytics_source="PAID_SOCIAL"),
))
def o14(r):
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h122-15-mc-language-default", H, M, """\
now Mailchimp ka, HubSpot contact → audience member
email → email_address
firstname → FNAME, lastname → LNAME (copy only)
status: subscribed all
language: take from HubSpot Preferred language (hs_language)
many contact not have it → then put "en" na""", extended(
    HS,
    hs(email="mali@thaiorchid.co.th", firstname="Mali", lastname="Chan", hs_language="th"),
    hs(email="bo@riverbike.co.th", firstname="Bo", lastname="Sirichai", hs_language=""),
))
def o15(r):
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h122-16-mc-status-3way", H, M, """\
Mailchimp status from HubSpot hs_email_optout ka
"true" → unsubscribed
"false" → subscribed
empty → pending (we send confirm mail first)
tags: put only 1 tag "HubSpot" na
email → email_address""", extended(
    HS,
    hs(email="pim@bkkbakery.com", hs_email_optout="  "),
))
def o16(r):
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else "unsubscribed" if o == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h122-17-mc-conditional-tags", H, M, """\
tag for Mailchimp pls 🙏
- Annual Revenue more than 3000000 → tag "High Value"
- Lifecycle Stage = customer → tag "Customer"
both match → 2 tag, High Value first then Customer
no match → tags empty list []
revenue empty = not high value na
email → email_address, first name → FNAME""", extended(
    HS,
    hs(email="tum@goldshop.co.th", firstname="Tum", annualrevenue="9000000", lifecyclestage="customer"),
    hs(email="nan@petmart.co.th", firstname="Nan", annualrevenue="", lifecyclestage="customer"),
))
def o17(r):
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h122-18-mc-firstword-phone", H, M, """\
Mailchimp FNAME = only first word of HubSpot first name ka (some put 2 word like Siri Porn → Siri)
PHONE merge field = HubSpot Phone Number, if empty use Mobile Phone Number
then format E.164 with US +1 na, number start with + keep its own country code
email → email_address
ok ka""", extended(
    HS,
    hs(email="siri@flowerbox.co.th", firstname="Siri Porn", phone="", mobilephone="(646) 555-0111"),
    hs(email="jo.anne@craftcorner.com", firstname="Jo Anne Marie", phone="212.555.0100", mobilephone=""),
))
def o18(r):
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h122-19-mc-no-company-skip", H, M, """\
contact not have Company Name (empty) → don't add to Mailchimp na
the others:
email → email_address
status = subscribed
VIP = true when Lifecycle Stage is customer, other stage VIP false ka""", extended(
    HS,
    hs(email="golf@bikeshop.co.th", company="Golf Bike Shop", lifecyclestage="customer"),
    hs(email="ice@icecafe.co.th", company=" ", lifecyclestage="customer"),
))
def o19(r):
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h122-20-mc-company-domain-vip", H, M, """\
Mailchimp again ka
FNAME, LNAME from First Name / Last Name, make proper case na (Somchai Jaidee style)
COMPANY merge field = Company Name, if empty put the email domain (after @) instead
vip true if Annual Revenue > 1,000,000 ; revenue blank or less → false
email_address = email""", lower_emails([
    *HS,
    hs(email="nong@lampangcraft.com", firstname="NONG", lastname="saeng", company="", annualrevenue="1500000"),
]))
def o20(r):
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": dflt(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 1_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h122-21-seg-fullname", H, S, """\
Segment identify na
userId = HubSpot email, all small letter
traits.firstName ← firstname, traits.lastName ← lastname (just copy)
traits.name = firstname + space + lastname
so marketing team see full name 😊""", extended(
    HS,
    hs(email="Pat.Somboon@KhaoSanHostel.com", firstname="Pat", lastname="Somboon"),
))
def o21(r):
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h122-22-seg-company-object", H, S, """\
Segment traits.company ka (nested object)
traits.company.name ← Company Name, empty → "Personal"
traits.company.industry ← Industry, if empty don't send this one
traits.company.employee_count ← Number of Employees as whole number, empty → don't send also
userId = email same same""", extended(
    HS,
    hs(email="beer@craftbeer.co.th", company="", industry="", numemployees=""),
    hs(email="jib@jibspa.co.th", company="Jib Spa", industry="Wellness", numemployees="9"),
))
def o22(r):
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Personal"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h122-23-seg-address-phone", H, S, """\
Segment address pls
traits.address.street ← Street Address
traits.address.city ← City
traits.address.state ← State/Region
traits.address.postalCode ← Postal Code
traits.address.country ← Country/Region
any one empty → skip that key, don't send ""
traits.phone: Mobile Phone Number first, no mobile → Phone Number
then E.164 (+1 if no country code, have + keep it). both empty → no traits.phone
userId ← email ka""", extended(
    HS,
    hs(email="dao@chiangmaicraft.com", address="", city="Chiang Mai", state="", zip="", country="Thailand",
       phone="", mobilephone=""),
    hs(email="keng@miamisurf.com", mobilephone=" ", phone="(305) 555-0190"),
))
def o23(r):
    ph = first_filled(r["mobilephone"], r["phone"])
    addr = {"street": r["address"], "city": r["city"], "state": r["state"], "postalCode": r["zip"],
            "country": r["country"]}
    return keep({"userId": r["email"],
                 "traits": {"address": {k: omit_if_blank(v) for k, v in addr.items()},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h122-24-seg-trim-lower-flag", H, S, """\
userId = email, trim space and lower case pls (our staff copy-paste email with space 😅)
traits.title = Job Title copy
traits.unsubscribed = true if hs_email_optout "true", otherwise false (empty also false ka)
traits.annual_revenue = Annual Revenue as number, empty → don't send
ok ka""", extended(
    HS,
    hs(email="  Mint.T@Example.CO.TH ", jobtitle="Admin", hs_email_optout="true", annualrevenue="350000.50"),
))
def o24(r):
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h122-25-ga4-contact-sync", H, G, """\
GA4 event from HubSpot contact na
client_id = email (copy)
event name always "crm_contact_sync"
params:
 1) platform = "hubspot" (fix value)
 2) source = Original Source in small letter, if empty send "unknown"
 3) signup_date = Create Date only YYYY-MM-DD
can or not ka?""", extended(
    HS,
    hs(email="fern@lotusyoga.co.th", hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-05-17T12:40:00.000Z"),
))
def o25(r):
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"platform": "hubspot", "source": "unknown" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h122-26-ga4-high-value", H, G, """\
GA4 only for big contact ka: Annual Revenue more than 1000000
revenue empty → not send
client_id = email
event name = "high_value_lead"
params.value = Annual Revenue as number
params.account = email part before @
params.currency = "USD" fix""", lower_emails([
    *HS,
    hs(email="chai@rubberexport.co.th", annualrevenue="1000000.5"),
    hs(email="nut@smallshop.co.th", annualrevenue=" "),
]))
def o26(r):
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": r["email"],
            "events": [{"name": "high_value_lead",
                        "params": {"value": num(r["annualrevenue"]), "account": before_at(r["email"]),
                                   "currency": "USD"}}]}


@case("h122-27-ga4-stage-event", H, G, """\
GA4 event name depend on Lifecycle Stage na
customer → "customer_update"
other stage → "lead_update"
client_id = email
params.country = Country/Region, empty → "Unknown"
params.city = City copy same same""", extended(
    HS,
    hs(email="art@artgallery.co.th", lifecyclestage="customer", country="", city=""),
    hs(email="yai@yaifood.co.th", lifecyclestage="evangelist", country="Thailand", city="Bangkok"),
))
def o27(r):
    return {"client_id": r["email"],
            "events": [{"name": "customer_update" if r["lifecyclestage"] == "customer" else "lead_update",
                        "params": {"country": dflt(r["country"], "Unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h122-28-lead-to-hs-copy", L, H, """\
now opposite way ka, Salesforce Lead → HubSpot contact
Email → email
FirstName → firstname
LastName → lastname
Company → company
Title → jobtitle
Phone → phone
City → city
just copy, empty → empty na, no default""", extended(
    SFL,
    sfl(Email="nam@riverside.co.th", FirstName="Nam", LastName="Riverside", Title="", Phone="", City=""),
))
def o28(r):
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h122-29-lead-status-table", L, H, """\
Lead Status → HubSpot Lead Status (hs_lead_status)
Open - Not Contacted = NEW
Working - Contacted = IN_PROGRESS
Closed - Converted = CONNECTED
Closed - Not Converted = UNQUALIFIED
Email Opt Out checkbox → hs_email_optout as text "true" / "false" ka
Email → email""", extended(
    SFL,
    sfl(Email="lek@thaiwood.co.th", Status="Working - Contacted", HasOptedOutOfEmail=True),
))
def o29(r):
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h122-30-lead-rating-stage", L, H, """\
Rating of Lead → Lifecycle Stage in HubSpot
Hot → salesqualifiedlead
Warm → marketingqualifiedlead
Cold → lead
Annual Revenue → annualrevenue as number. no revenue → don't send na
Email → email, all lower case pls
ok ka 🙏""", extended(
    SFL,
    sfl(Email="Joy.K@SiamSport.CO.TH", Rating="Warm", AnnualRevenue="750000.25"),
    sfl(Email="Tong@NorthTea.com", Rating="Cold", AnnualRevenue=""),
))
def o30(r):
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h122-31-lead-uk-only", L, H, """\
only Lead from UK na (Country = United Kingdom)
1) Email → email
2) Phone → phone, E.164 UK format (+44, drop the 0 in front)
3) PostalCode → zip in CAPITAL
4) Title → jobtitle, if empty put "Marketing Contact"
other country not sync ka""", extended(
    SFL,
    sfl(Email="amelia.jones@teashop.co.uk", Country="United Kingdom", Phone="07700 900123", PostalCode="sw1a 1aa",
        Title=""),
    sfl(Email="sean@dublinbikes.ie", Country="Ireland", Phone="01 555 0101", PostalCode="d02 x285"),
))
def o31(r):
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Marketing Contact")}


@case("h122-32-lead-address-concat", L, H, """\
Lead with Status "Closed - Not Converted" → no need in HubSpot, skip ka
other lead:
- Email → email
- Title → jobtitle, empty → "Not specified"
- HubSpot Street Address (address) = Street + ", " + City
  if Street empty → just City only (no comma)""", extended(
    SFL,
    sfl(Email="nim@chiangmaihome.com", Street="", City="Chiang Mai", Status="Working - Contacted", Title=""),
))
def o32(r):
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not specified"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h122-33-sfc-mc-status-tags", C, M, """\
Salesforce Contact → Mailchimp
email_address = Email in lower case
Email Opt Out tick → status unsubscribed, not tick → subscribed
tags: always "Salesforce", and add "Trade Show" when Lead Source = Trade Show
(Salesforce first na)""", extended(
    SFC,
    sfc(Email="Wan.T@ExpoAsia.COM", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
))
def o33(r):
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h122-34-sfc-mc-dept-phone-lang", C, M, """\
Contact with no Department → skip na, don't put in Mailchimp
PHONE merge field = Business Phone (Phone) in E.164, US +1 default, number with + keep its own code
language from Mailing Country:
Germany → de
Austria → de
United States → en
email → email_address ka""", extended(
    SFC,
    sfc(Email="bella@cafeusa.com", Department="Marketing", Phone="503 555 0100", MailingCountry="United States"),
    sfc(Email="karl@wienshop.at", Department="  ", Phone="+43 1 555 0111", MailingCountry="Austria"),
))
def o34(r):
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h122-35-sfc-mc-friend-vip", C, M, """\
Mailchimp from SF Contact ka
email_address ← Email
FNAME ← FirstName, empty → "Friend" (email will say Hi Friend 😊)
LNAME ← LastName copy
VIP = true only when Lead Source is "Trade Show", other or empty → false
status "subscribed" all""", extended(
    SFC,
    sfc(Email="noi@orchidexpo.com", FirstName="", LastName="Noi", LeadSource="Trade Show"),
    sfc(Email="pan@pandesign.co.th", FirstName=" ", LastName="Pan", LeadSource=""),
))
def o35(r):
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h122-36-sfc-mc-clear-tags", C, M, """\
only Contact with Email Opt Out = false na (not tick)
Email → email_address
FirstName → FNAME, LastName → LNAME
status = subscribed
language = en
tags = empty list [] , clear all tag ka
ok ka""", extended(
    SFC,
    sfc(Email="ohm@ohmstudio.co.th", HasOptedOutOfEmail=False, FirstName="Ohm", LastName="Boonyarat"),
    sfc(Email="ying@yingshop.co.th", HasOptedOutOfEmail=True, FirstName="Ying", LastName="Chai"),
))
def o36(r):
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h122-37-sfc-seg-basic", C, S, """\
Segment identify from Salesforce Contact
userId = Email lower case
traits.email = Email (copy, not lower)
traits.firstName = FirstName, traits.lastName = LastName
traits.title = Title
but if Title empty → not send traits.title""", extended(
    SFC,
    sfc(Email="Tuk.Tuk@BkkRide.COM", FirstName="Tuk", LastName="Saelim", Title="  "),
))
def o37(r):
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h122-38-sfc-seg-address", C, S, """\
Segment address from SF Contact na
traits.address.city = Mailing City, trim space ka
traits.address.country = Mailing Country, if empty → "Thailand" (most of our customer 🇹🇭)
userId = Email""", extended(
    SFC,
    sfc(Email="kob@kobfashion.co.th", MailingCity="  Bangkok ", MailingCountry=""),
    sfc(Email="dee@southseafood.co.th", MailingCity="Hat Yai ", MailingCountry="Thailand"),
))
def o38(r):
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Thailand")}}}


@case("h122-39-sfc-seg-channel", C, S, """\
1) userId ← Email
2) traits.phone ← Phone in E.164 (US +1 if no + in front)
3) traits.name ← FirstName + " " + LastName
4) traits.lead_channel from Lead Source:
   Web → online
   Trade Show → event
   other one or empty → other
ok ka 👍""", extended(
    SFC,
    sfc(Email="fern@fernplant.com", FirstName="Fern", LastName="Sukprasert", Phone="1-503-555-0122",
        LeadSource="Partner"),
))
def o39(r):
    ch = {"Web": "online", "Trade Show": "event"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "lead_channel": ch.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h122-40-mc-hs-proper-optout", M, H, """\
Mailchimp member → HubSpot contact na
email_address → email
FNAME → firstname, proper case
LNAME → lastname proper case, if LNAME empty don't send lastname
COMPANY → company, empty → "Individual"
hs_email_optout = text "true" if status is unsubscribed, other status → "false" ka""", extended(
    MC,
    mc({"FNAME": "PRANEE", "LNAME": "wong", "COMPANY": ""}, email_address="pranee@praneeshop.com",
       status="unsubscribed"),
))
def o40(r):
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h122-41-mc-hs-vip-stage", M, H, """\
member status cleaned → don't sync ka
email_address → email
FNAME → firstname copy
PHONE → phone, E.164 (US +1 if no +), PHONE empty → no phone field
VIP member → Lifecycle Stage = customer, not VIP → subscriber""", extended(
    MC,
    mc({"PHONE": "212 555 0135", "FNAME": "Dao"}, email_address="dao@daobakery.com", status="pending", vip=True),
))
def o41(r):
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "phone": omit_if_blank(m["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h122-42-mc-hs-tag-stage", M, H, """\
from Mailchimp to HubSpot
firstname = first word of FNAME only
company = COMPANY merge field, if empty use email domain (after @) ka
member have tag "Customer" → lifecyclestage customer, no → subscriber
email_address → email same same""", lower_emails([
    *MC,
    mc({"FNAME": "Pim Ploy", "COMPANY": ""}, email_address="pim@happyshop.co.th", tags=["VIP", "Customer"]),
    mc({"FNAME": "Mai Lin", "COMPANY": "Lin Tea"}, email_address="mai@lintea.com", tags=["Newsletter"]),
], "email_address"))
def o42(r):
    m = r["merge_fields"]
    return {"firstname": first_word(m["FNAME"]), "company": dflt(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set122")
