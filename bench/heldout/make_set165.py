"""Held-out set 165 for the offline mapping drafter.

Persona: Wei Ling Tan, CRM executive at a consumer-electronics retailer in Singapore, writing to
the integration developer (Arjun) on Telegram and now and then in a follow-up e-mail. Singapore
English with a light Singlish touch but still businesslike: 'can' / 'cannot' as answers, 'must
put', 'got ... or not', 'no need to ...', 'already', 'then' joining clauses, a 'lah' or 'hor' once
in a while, 'same same', 'one' as a particle ('the blank one'), 'pls take note'. She likes short
'field -> field' lists with remarks in brackets behind, and a 'Remarks:' block at the end for the
special rules; some messages start with '@Arjun'. She is exact about the actual values.

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
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h165-01-roadshow-leads-straight-copy", H, L, """@Arjun morning! First one pls: HubSpot contacts -> SF Leads (the roadshow leads)
email -> Email
first name -> First Name
last name -> Last Name
company name -> Company
mobile phone number -> Mobile Phone
city -> City
All straight copy, no need to trim or change the caps. If HubSpot the field is blank then SF also blank, same same, don't put anything inside.
Lead Source must put "Trade Show" for every lead (all came from our roadshow booths)""",
      extended(HS,
               hs(email="jasmine.koh@gmail.com", firstname="Jasmine", lastname="Koh", company="",
                  mobilephone="9123 4567", city="Singapore"),
               hs(email="ravi.kumar@techmart.sg", firstname="Ravi ", lastname="Kumar", company="  ",
                  mobilephone="", city="singapore")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "MobilePhone": r["mobilephone"], "City": r["city"], "LeadSource": "Trade Show"}


@case("h165-02-warranty-form-defaults", H, L, """Hi Arjun,

Following up on our Telegram chat this morning, here is the 2nd Lead mapping (HubSpot -> Salesforce Lead). These contacts came in from the e-warranty form, so got a lot of extra spaces.

- Email -> Email (copy only, don't touch)
- First Name -> First Name (trim away the spaces in front and behind)
- Last Name -> Last Name (same, trim)
- Company Name -> Company (if blank, put "Walk-in Customer"; if got value, copy as it is, no need to trim)
- Job Title -> Title (if blank, put "Not Stated"; if got value, copy as it is)

Remarks:
blank = nothing inside or only spaces. SF cannot accept a lead without Company, pls take note of the default.

Thanks,
Wei Ling""",
      extended(HS,
               hs(email="alvin.lim@hotmail.com", firstname="  Alvin", lastname="Lim  ", company="   ", jobtitle=""),
               hs(email="siti.rahman@gadgethub.sg", firstname="Siti ", lastname=" Rahman", company=" Gadget Hub ",
                  jobtitle="  "),
               hs(email="bernard.teo@teo-av.com", firstname="Bernard", lastname="Teo", company="Teo AV Pte Ltd",
                  jobtitle=" Purchaser")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Walk-in Customer"), "Title": dflt(r["jobtitle"], "Not Stated")}


@case("h165-03-callback-phone-proper-names", H, L, """@Arjun another one for Leads, sales team want to call these people
phone number -> Phone (if phone number blank then take mobile phone number. If both also blank then don't send Phone at all, not even empty one)
no need to format the number, copy as it is
first name -> First Name, last name -> Last Name (must put proper case: every word first letter capital, the rest small. e.g. "TAN hui SHAN" -> "Tan Hui Shan")
email -> Email""",
      extended(HS,
               hs(email="weiming.goh@outlook.com", firstname="WEI MING", lastname="goh", phone="  ",
                  mobilephone="8765 4321"),
               hs(email="nurul.aini@yahoo.com.sg", firstname="nurul aini", lastname="BINTE ISMAIL", phone="",
                  mobilephone=" ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h165-04-industry-picklist-lower-email", H, L, """@Arjun for Lead Industry pls map from HubSpot Industry like this:
Software -> Technology
Consumer Electronics -> Electronics
Food -> Food & Beverage
Logistics -> Transportation
Retail -> Retail
anything else -> Other (the blank one also Other)
Email -> must be all small letters hor, SF duplicate check got problem with capital letters
Last Name -> Last Name (copy)""",
      extended(HS,
               hs(email="Derek.Ong@ShopElec.SG", lastname="Ong", industry="Consumer Electronics"),
               hs(email="MAY.LEE@GMAIL.COM", lastname="Lee", industry="  "),
               hs(email="Kumar.S@Kopi-Co.sg", lastname="Subramaniam", industry="Hospitality"),
               hs(email="Joanne.Chua@RetailX.sg", lastname="Chua", industry="Retail")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Consumer Electronics": "Electronics", "Food": "Food & Beverage",
             "Logistics": "Transportation", "Retail": "Retail"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Industry": table.get(r["industry"], "Other")}


@case("h165-05-skip-vendors-and-no-company", H, L, """@Arjun Leads sync, pls exclude 2 groups:
1. contacts with no company name (blank or only spaces) -> don't send, SF will reject anyway
2. contacts with Lifecycle Stage = other (these are our suppliers, not customers) -> also don't send
The rest can go:
email -> Email
last name -> Last Name
company name -> Company
phone number -> Phone
(all copy only, blank phone also just copy blank)
Rating must put Warm for all""",
      extended(HS,
               hs(email="sales@cablesupply.cn", lastname="Zhang", company="Cable Supply Co", lifecyclestage="other",
                  phone="+86 755 5555 0101"),
               hs(email="kelvin.tay@gmail.com", lastname="Tay", company="  ", lifecyclestage="lead"),
               hs(email="grace.ng@ngtrading.sg", lastname="Ng", company="Ng Trading", lifecyclestage="opportunity",
                  phone="")))
def o05(r: R) -> Out:
    if blank(r["company"]) or r["lifecyclestage"] == "other":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Phone": r["phone"],
            "Rating": "Warm"}


@case("h165-06-rating-by-headcount", H, L, """@Arjun Lead Rating we decide by HubSpot Number of Employees:
more than 200 staff -> Hot
less than 20 -> Cold
20 to 200 -> Warm
blank (no number) -> Warm also
Employees -> Number of Employees but as whole number, not text (blank then leave out the field, don't send)
email -> Email""",
      extended(HS,
               hs(email="ops@megamart.sg", numemployees="1500"),
               hs(email="hello@kopiandcables.sg", numemployees="  "),
               hs(email="owner@tinyaudio.sg", numemployees="5"),
               hs(email="admin@midsizeav.com", numemployees="199")))
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n):
        rating = "Warm"
    else:
        v = float(n)
        rating = "Hot" if v > 200 else ("Cold" if v < 20 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(n, lambda x: int(float(x)))})


@case("h165-07-us-distributor-e164", H, L, """@Arjun the US distributor leads, Phone must be in E.164 format:
- only digits, with + in front
- number already start with + then keep its own country code
- no + means US number, add +1 (if already 11 digits starting with 1 then just add the + only)
- phone number blank then don't send Phone at all
city -> City (proper case, every word first letter capital and rest small, e.g. NEW YORK -> New York)
email -> Email""",
      extended(HS,
               hs(email="tony.russo@bigapple-av.com", phone="1 (646) 555-0190", city="NEW YORK"),
               hs(email="lisa.wong@gmail.com", phone="   ", city="los angeles"),
               hs(email="han.jun@seoulsound.kr", phone="+82 2 555 0133", city="seoul")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h165-08-singapore-only-description", H, L, """@Arjun for this batch only Singapore contacts can go into SF Leads, meaning Country/Region is exactly "Singapore". Other country or blank country cannot.
email -> Email
last name -> Last Name (all CAPS pls, e.g. Tan -> TAN)
Description -> Original Source, then one space, then the Create Date as YYYY-MM-DD inside round brackets
e.g. PAID_SOCIAL (2024-03-02)""",
      extended(HS,
               hs(email="benjamin.lee@lee-electrical.sg", lastname="Lee", country="Singapore",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-03-02T12:00:00.000Z"),
               hs(email="amanda.sim@gmail.com", lastname="Sim Hui Min", country="Singapore",
                  hs_analytics_source="ORGANIC_SEARCH", createdate="2024-06-15T11:30:00.000Z"),
               hs(email="faizal.osman@jbtech.my", lastname="Osman", country="Malaysia",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-04-01T12:00:00.000Z"),
               hs(email="no.country@gmail.com", lastname="Wee", country="", hs_analytics_source="OFFLINE",
                  createdate="2024-05-05T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "Singapore":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['hs_analytics_source']} ({day(r['createdate'])})"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h165-09-contact-mailing-address", H, C, """@Arjun HubSpot -> SF Contact, the address part:
street address -> Mailing Street
city -> Mailing City
state/region -> Mailing State/Province
postal code -> Mailing Zip/Postal Code
country/region -> Mailing Country
also email -> Email, first name -> First Name, last name -> Last Name
Remarks: straight copy for everything, the blank one copy as blank, no need to clean up. The Other address fields don't touch""",
      extended(HS,
               hs(email="huimin.tan@gmail.com", firstname="Hui Min", lastname="Tan",
                  address="Blk 123 Ang Mo Kio Ave 3 #05-67", city="Singapore", state="", zip="560123",
                  country="Singapore"),
               hs(email="raj.pillai@pillai.com.sg", firstname="Raj", lastname="Pillai", address="  ",
                  city="Singapore ", state="  ", zip="", country="Singapore")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h165-10-optout-and-do-not-call", H, C, """@Arjun SF Contact checkboxes from HubSpot:
Email Opt Out -> true (ticked) if HubSpot "Unsubscribed from all email" is "true". If it is "false" or blank then false
Do Not Call -> depends got phone number or not: phone number blank (empty or spaces only) then true, got phone number then false. Mobile phone not related to this
email -> Email, last name -> Last Name (copy)""",
      extended(HS,
               hs(email="shirley.chan@chanfam.sg", lastname="Chan", hs_email_optout="  ", phone="  ",
                  mobilephone="9876 5432"),
               hs(email="peter.yeo@yeo.sg", lastname="Yeo", hs_email_optout="true", phone="6555 0123")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h165-11-last-name-never-blank", H, C, """@Arjun SF Contact Last Name cannot be blank lah, but in the e-warranty form many people only fill one name
Last Name -> HubSpot last name; if blank then take first name; if first name also blank then the part of the email before the @ (e.g. ahkow88@gmail.com -> ahkow88)
First Name -> first name (copy only, blank also ok)
Email -> email""",
      extended(lower_emails(HS),
               hs(email="ahkow88@gmail.com", firstname="", lastname=""),
               hs(email="meiling.sg@yahoo.com", firstname="Mei Ling", lastname="  "),
               hs(email="jt.boon@hotmail.com", firstname=" ", lastname="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h165-12-country-codes-state-caps", H, C, """@Arjun Mailing Country in SF we keep as 2-letter code, pls map from HubSpot country/region:
United States -> US
Japan -> JP
Mexico -> MX
France -> FR
Singapore -> SG
Malaysia -> MY
(cannot have other country, I checked the list already)
state/region -> Mailing State/Province in CAPS. If state blank then don't send this field at all
email -> Email""",
      extended(HS,
               hs(email="ahmad.z@jbgadget.my", country="Malaysia", state="johor"),
               hs(email="clara.lim@gmail.com", country="Singapore", state="  "),
               hs(email="sam.olsen@oregonaudio.com", country="United States", state="or")))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Singapore": "SG",
             "Malaysia": "MY"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h165-13-subscribed-only-mobile", H, C, """@Arjun only contacts who never unsub can sync to SF Contacts, i.e. "Unsubscribed from all email" = "false". The "true" one and the blank one cannot go
email -> Email (all small letters)
mobile phone number -> Mobile Phone (if mobile blank then use phone number instead, copy as it is)
Contact Description must put "HubSpot sync" for all""",
      extended(HS,
               hs(email="Jerome.Khoo@KhooTech.SG", hs_email_optout="false", mobilephone="  ", phone="+65 6555 0199"),
               hs(email="Irene.Quek@Gmail.com", hs_email_optout="", mobilephone="9345 6789"),
               hs(email="Bala.M@Outlook.com", hs_email_optout="false", mobilephone="9012 3456", phone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "HubSpot sync"}


@case("h165-14-proper-names-source-buckets", H, C, """@Arjun HubSpot -> SF Contact
first name -> First Name, last name -> Last Name (proper case: each word first letter capital, rest small)
job title -> Title (trim away the spaces in front and back, nothing else)
Original Source -> Lead Source:
ORGANIC_SEARCH -> Web
DIRECT_TRAFFIC -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
SOCIAL_MEDIA -> Word of mouth
OFFLINE -> Trade Show
other sources, or the blank one -> Other
email -> Email""",
      extended(HS,
               hs(email="kokleong.lau@kltrading.sg", firstname="KOK LEONG", lastname="lau",
                  jobtitle="  Store Manager ", hs_analytics_source="OFFLINE"),
               hs(email="priscilla.ho@gmail.com", firstname="priscilla", lastname="HO", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="vincent.chia@chia.sg", firstname="Vincent", lastname="Chia", jobtitle="Buyer",
                  hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "SOCIAL_MEDIA": "Word of mouth", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h165-15-gss-list-pending-language", H, M, """@Arjun HubSpot contacts -> Mailchimp audience (the Great Singapore Sale list)
email -> Email Address
first name -> FNAME
last name -> LNAME
(copy only, the blank one also copy over)
status -> must put pending for everybody, we want them to double opt-in
language -> from HubSpot Preferred language. Most of our contacts don't have this property at all or it's blank, then put "en\"""",
      extended(HS,
               hs(email="xiaoling.wu@qq.com", firstname="Xiaoling", lastname="Wu", hs_language="zh"),
               hs(email="aisyah.r@gmail.com", firstname="Aisyah", lastname="", hs_language="  "),
               hs(email="yuki.mori@mori.jp", firstname="", lastname="Mori", hs_language="ja")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "pending", "language": dflt(r.get("hs_language"), "en")}


@case("h165-16-status-three-ways-receipts", H, M, """@Arjun Mailchimp status, take from HubSpot "Unsubscribed from all email":
"true" -> unsubscribed
"false" -> subscribed
blank -> transactional (these ones we only send order receipts, no marketing)
Tags -> every member put one tag "HubSpot"
email -> Email Address""",
      extended(HS,
               hs(email="eunice.tan@gmail.com", hs_email_optout="  "),
               hs(email="marcus.lau@lau.sg", hs_email_optout="false")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "transactional" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h165-17-corporate-and-fan-tags", H, M, """@Arjun tags for the Mailchimp members:
- Annual Revenue more than 3,000,000 -> "Corporate"
- Lifecycle Stage = evangelist -> "Brand Fan"
If both then tags = "Corporate", "Brand Fan" in this order. None of them then tags is empty list []
Remarks: Annual Revenue blank = no Corporate tag.
email -> Email Address""",
      extended(HS,
               hs(email="desmond.foo@foo.sg", annualrevenue="5000000", lifecyclestage="evangelist"),
               hs(email="germaine.ng@gmail.com", annualrevenue="  ", lifecyclestage="evangelist"),
               hs(email="hafiz.k@kmart.sg", annualrevenue="2999999.99", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Corporate")
    if r["lifecyclestage"] == "evangelist":
        tags.append("Brand Fan")
    return {"email_address": r["email"], "tags": tags}


@case("h165-18-short-fname-phone-e164", H, M, """@Arjun Mailchimp merge fields from HubSpot
FNAME -> first word of the first name only ("Mei Ling" -> "Mei")
PHONE -> phone number; if blank then mobile phone number. Must be E.164: + and digits only. Got + already then keep its own country code; no + means US number so put +1 in front (if 11 digits starting with 1 then just add +)
email -> Email Address""",
      extended(HS,
               hs(email="mei.ling.ong@gmail.com", firstname="Mei Ling", phone="  ", mobilephone="+65 9123 4567"),
               hs(email="jp.reyes@ph-audio.com", firstname="John Paul", phone="1 415 555 0166", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h165-19-personalised-edm-vip-fans", H, M, """@Arjun Mailchimp for the personalised EDM. Contacts without first name (blank or only spaces) skip them, cannot personalise
The rest:
email -> Email Address
status -> subscribed for all
VIP -> true if Lifecycle Stage is evangelist (our brand ambassadors). Other stages or blank stage -> false""",
      extended(HS,
               hs(email="noname.buyer@gmail.com", firstname=""),
               hs(email="space.only@gmail.com", firstname="   ", lifecyclestage="evangelist"),
               hs(email="wendy.tham@tham.sg", firstname="Wendy", lifecyclestage="evangelist"),
               hs(email="kai.lim@lim.sg", firstname="Kai", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "evangelist"}


@case("h165-20-corporate-domain-vip", H, M, """@Arjun HubSpot -> Mailchimp (corporate buyers list)
first name -> FNAME (proper case: every word first letter capital, the rest small)
last name -> LNAME, copy as it is. If last name blank then put the email domain, i.e. the part after the @ (e.g. jason@gaincity.sg -> gaincity.sg), so sales can see which company
VIP -> true when Number of Employees more than 100, otherwise false. No number (blank) also false
email -> Email Address""",
      extended(lower_emails(HS),
               hs(email="jason@gaincity.sg", firstname="JASON", lastname="", numemployees="850"),
               hs(email="ah.huat@huatbee.com", firstname="ah huat", lastname="  ", numemployees="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": first_filled(r["lastname"], after_at(r["email"]))},
            "vip": gt(r["numemployees"], 100)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h165-21-identify-surname-first", H, S, """@Arjun Segment identify from HubSpot:
userId -> email in small letters
traits.firstName -> first name
traits.lastName -> last name
traits.title -> job title (blank then also just send blank)
traits.name -> last name + one space + first name (surname in front like how we write Chinese names, e.g. Tan Hui Shan)""",
      extended(HS,
               hs(email="HuiShan.Tan@GadgetWorld.SG", firstname="Hui Shan", lastname="Tan", jobtitle="CRM Executive"),
               hs(email="Kenneth.Chua@Gmail.com", firstname="Kenneth", lastname="Chua", jobtitle="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['lastname']} {r['firstname']}"}}


@case("h165-22-company-trait-object", H, S, """@Arjun Segment traits.company, must be a nested object under traits hor, not flat:
traits.company.name -> company name (blank then put "Individual")
traits.company.industry -> industry (blank then don't send)
traits.company.employee_count -> Number of Employees as whole number / integer (blank then don't send)
userId -> email as it is""",
      extended(HS,
               hs(email="lionel.sng@gmail.com", company="  ", industry="  ", numemployees=""),
               hs(email="ops@megabuy.sg", company="MegaBuy Pte Ltd", industry="Retail", numemployees="3200")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h165-23-address-trait-phone-e164", H, S, """@Arjun Segment address, nested under traits.address pls
street address -> traits.address.street
city -> traits.address.city
state/region -> traits.address.state (blank then don't send state)
postal code -> traits.address.postalCode
(street, city, postal code just copy)
traits.phone -> mobile phone number; no mobile then phone number. E.164: + and digits only; + already there keep its code; no + = US so +1 (11 digits starting with 1 just add +). Both blank then no phone trait
userId -> email""",
      extended(HS,
               hs(email="zhiwei.lim@gmail.com", address="Blk 456 Jurong West St 41", city="Singapore", state="  ",
                  zip="640456", mobilephone="", phone=""),
               hs(email="kate.m@bostonhifi.com", address="20 Newbury St", city="Boston", state="MA", zip="02116",
                  mobilephone="  ", phone="1-617-555-0145")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "postalCode": r["zip"]},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h165-24-clean-userid-revenue", H, S, """@Arjun another Segment identify
userId -> email, but clean it first: trim the spaces front and back, then all small letters
traits.website -> Website URL (copy)
traits.unsubscribed -> boolean true/false. true only when Unsubscribed from all email = "true"; "false" or blank -> false
traits.annual_revenue -> Annual Revenue as a number (not text). Blank then don't send""",
      extended(HS,
               hs(email="  Jolene.Yap@Yap.SG ", website="  ", hs_email_optout="  ", annualrevenue="  "),
               hs(email="Roy.Heng@HengBros.com ", website="hengbros.com", hs_email_optout="true",
                  annualrevenue="150000.50")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h165-25-ga4-sync-event", H, G, """@Arjun GA4 Measurement Protocol from HubSpot, one event per contact
client_id -> email (copy)
event name -> always "crm_contact_sync"
params:
crm -> "hubspot" (fixed)
stage -> Lifecycle Stage (copy)
source -> Original Source in small letters (PAID_SOCIAL -> paid_social). If blank then send "none"
signup_date -> Create Date, date only YYYY-MM-DD""",
      extended(HS,
               hs(email="trisha.goh@gmail.com", hs_analytics_source="  ", createdate="2024-09-09T12:15:00.000Z",
                  lifecyclestage="lead"),
               hs(email="darren.kwek@kwek.sg", hs_analytics_source="SOCIAL_MEDIA",
                  createdate="2024-11-11T13:00:00.000Z", lifecyclestage="")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"crm": "hubspot", "stage": r["lifecyclestage"],
                                   "source": "none" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h165-26-ga4-big-accounts", H, G, """@Arjun GA4 for big accounts only: Annual Revenue more than 1,000,000. Blank revenue cannot, don't send
client_id -> part of the email before the @ (e.g. procurement@megabuy.sg -> procurement)
event name -> "big_account" for all
params.revenue -> Annual Revenue as a number""",
      extended(lower_emails(HS),
               hs(email="procurement@megabuy.sg", annualrevenue="18000000"),
               hs(email="small.shop@gmail.com", annualrevenue="999999.99"),
               hs(email="norev@abc.sg", annualrevenue="  ")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_account", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h165-27-ga4-optout-or-contact", H, G, """@Arjun GA4, one event per contact, the event name depends:
Unsubscribed from all email = "true" -> event name "email_optout"
"false" or blank -> event name "crm_contact"
client_id -> email (copy)
params.country -> country/region; blank then put "Singapore"
params.city -> city (copy, blank also copy)""",
      extended(HS,
               hs(email="lydia.seah@gmail.com", hs_email_optout="true", country="  ", city="Singapore"),
               hs(email="glen.toh@toh.sg", hs_email_optout="", country="", city="")))
def o27(r: R) -> Out:
    name = "email_optout" if r["hs_email_optout"] == "true" else "crm_contact"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"country": dflt(r["country"], "Singapore"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h165-28-leads-back-to-hubspot", L, H, """@Arjun now reverse direction: SF Leads -> HubSpot contacts
Email -> email
First Name -> first name
Last Name -> last name
Company -> company name
Title -> job title
Phone -> phone number
Street -> street address
Postal Code -> postal code
Country -> country/region
Remarks: all straight copy. Empty in SF then empty in HubSpot also, no need to put anything""",
      extended(SFL,
               sfl(Email="kaiwen.ho@kwtech.sg", FirstName="Kai Wen", LastName="Ho", Company="KW Tech", Title="  ",
                   Phone="", Street=" 8 Marina View", PostalCode="018960", Country="Singapore")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h165-29-lead-status-to-hubspot", L, H, """@Arjun SF Lead Status -> HubSpot Lead Status:
Open - Not Contacted -> NEW
Working - Contacted -> IN_PROGRESS
Closed - Converted -> OPEN_DEAL
Closed - Not Converted -> BAD_TIMING
(our SF only got these 4)
Email Opt Out -> Unsubscribed from all email, but HubSpot wants it as text: "true" if ticked, "false" if not ticked
Email -> email""",
      extended(SFL,
               sfl(Email="jonathan.ee@ee.sg", Status="Closed - Not Converted", HasOptedOutOfEmail=True),
               sfl(Email="fiona.kang@gmail.com", Status="Working - Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "BAD_TIMING"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h165-30-rating-to-lifecycle", L, H, """@Arjun SF Leads -> HubSpot
Rating -> Lifecycle Stage:
Hot -> opportunity
Warm -> salesqualifiedlead
Cold -> lead
(all our leads got rating, no blank one)
Annual Revenue -> annual revenue as a number; blank then don't send
Email -> email in small letters""",
      extended(SFL,
               sfl(Email="Melvin.Goh@GohAudio.SG", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="Serene.Lee@Gmail.COM", Rating="Cold", AnnualRevenue="750000.25")))
def o30(r: R) -> Out:
    table = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h165-31-london-popup-leads", L, H, """@Arjun only UK leads (Country = United Kingdom) go to HubSpot, for our London pop-up store. Other country or blank country don't send
Phone -> phone number in E.164 for UK: digits only, remove the 0 in front and add +44 (020 7946 0321 -> +442079460321). If already start with + then keep its own code, only the digits after the +
Postal Code -> postal code in CAPS
Title -> job title (blank then put "Not Stated")
Email -> email""",
      extended(SFL,
               sfl(Email="harriet.cole@colehifi.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="sw1a 1aa", Title="  "),
               sfl(Email="ian.ross@rossav.co.uk", Country="United Kingdom", Phone="+44 131 496 0022",
                   PostalCode="eh1 1yz", Title=""),
               sfl(Email="boon.ng@boon.sg", Country="Singapore", Phone="+65 6555 0100", PostalCode="049321")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not Stated")}


@case("h165-32-skip-cold-street-postal", L, H, """@Arjun SF Leads -> HubSpot, but the Rating = Cold ones skip
street address -> Street + one space + Postal Code (e.g. 8 Marina View 018960). If Postal Code blank then Street only, no extra space behind
company name -> Company; blank then "Individual"
Email -> email""",
      extended(SFL,
               sfl(Email="kelly.ang@angco.sg", Rating="Warm", Street="8 Marina View", PostalCode="  ", Company=""),
               sfl(Email="edwin.lo@lo.sg", Rating="Hot", Street="1 Raffles Pl", PostalCode="048616", Company="  "),
               sfl(Email="cold.lead@abc.sg", Rating="Cold", Street="3 Temasek Blvd", PostalCode="038983",
                   Company="ABC")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else f"{r['Street']} {r['PostalCode']}"
    return {"email": r["Email"], "address": addr, "company": dflt(r["Company"], "Individual")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h165-33-contact-status-roadshow-tag", C, M, """@Arjun SF Contacts -> Mailchimp
Email -> Email Address (all small letters)
status -> Email Opt Out ticked = unsubscribed, not ticked = subscribed
tags -> everybody get "SF Contact"; if Lead Source is Trade Show then also add "Roadshow" after "SF Contact\"""",
      extended(SFC,
               sfc(Email="Alicia.Png@PngElectric.SG", LeadSource="Trade Show", HasOptedOutOfEmail=False),
               sfc(Email="RAYMOND.SOH@GMAIL.COM", LeadSource="Web", HasOptedOutOfEmail=True)))
def o33(r: R) -> Out:
    tags = ["SF Contact"] + (["Roadshow"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h165-34-sms-list-language", C, M, """@Arjun SMS list in Mailchimp from SF Contacts. Business Phone blank (or only spaces) cannot, skip them
PHONE -> Business Phone in E.164: digits only with + in front. Got + already then keep its own country code; no + then it's US number, add +1 (11 digits starting with 1 just add the +)
language -> from Mailing Country:
United States -> en
Singapore -> en
Germany -> de
Austria -> de
Malaysia -> ms
(only these countries in our SF now)
Email -> Email Address""",
      extended(SFC,
               sfc(Email="nadia.yusof@gmail.com", Phone="+65 8123 4567", MailingCountry="Singapore"),
               sfc(Email="hakim.a@kl-gadget.my", Phone="  ", MailingCountry="Malaysia"),
               sfc(Email="ben.carter@carteraudio.com", Phone="1-503-555-0160", MailingCountry="United States"),
               sfc(Email="siew.peng@penangav.my", Phone="+60 4 555 0123", MailingCountry="Malaysia")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"United States": "en", "Singapore": "en", "Germany": "de", "Austria": "de", "Malaysia": "ms"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h165-35-valued-customer-procurement-vip", C, M, """@Arjun SF Contact -> Mailchimp
First Name -> FNAME; blank then "Valued Customer"
Last Name -> LNAME (copy, blank also copy)
VIP -> true only when Department = Procurement (the corporate buyers). Other department or blank department -> false
status -> subscribed for everybody
Email -> Email Address""",
      extended(SFC,
               sfc(Email="yvonne.chew@chewgroup.sg", FirstName="", LastName="Chew", Department="Procurement"),
               sfc(Email="gary.lim@gmail.com", FirstName="  ", LastName="", Department="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Valued Customer"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Procurement", "status": "subscribed"}


@case("h165-36-roadshow-followup-clear-tags", C, M, """@Arjun Mailchimp roadshow follow-up list: only SF Contacts with Lead Source = Trade Show. Others no need
Email -> Email Address, First Name -> FNAME, Last Name -> LNAME (copy)
status -> subscribed, language -> en (same same for everybody)
tags -> empty list [] (we want to clear away the old tags)""",
      extended(SFC,
               sfc(Email="terence.ow@owtech.sg", FirstName="Terence", LastName="", LeadSource="Trade Show"),
               sfc(Email="carol.ho@gmail.com", FirstName="Carol", LastName="Ho", LeadSource="")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h165-37-contact-identify-department", C, S, """@Arjun SF Contact -> Segment identify
userId -> Email in small letters
traits.firstName -> First Name, traits.lastName -> Last Name, traits.title -> Title (copy, blank also send blank)
traits.department -> Department, but only if got value. Blank then don't send this trait""",
      extended(SFC,
               sfc(Email="Cheryl.Tay@TayCorp.SG", FirstName="Cheryl", LastName="Tay", Title="", Department="  "),
               sfc(Email="DAVID.KOH@KOH.SG", FirstName="David", LastName="Koh", Title="Buyer", Department="Procurement")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "department": omit_if_blank(r["Department"])}})


@case("h165-38-address-city-default", C, S, """@Arjun Segment from SF Contacts, address nested under traits.address
traits.address.city -> Mailing City; blank then put "Singapore"
traits.address.country -> Mailing Country, trim the spaces front and back
userId -> Email as it is""",
      extended(SFC,
               sfc(Email="ivan.lee@gmail.com", MailingCity="  ", MailingCountry=" Singapore "),
               sfc(Email="june.poh@poh.sg", MailingCity="", MailingCountry="Singapore"),
               sfc(Email="mk.tan@jbelectric.my", MailingCity="Johor Bahru", MailingCountry="Malaysia ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Singapore"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h165-39-phone-name-channel", C, S, """@Arjun SF Contact -> Segment
userId -> Email
traits.phone -> Business Phone in E.164 (+ and digits only; no + then US, +1; got + keep own code; 11 digits starting with 1 just add +)
traits.name -> First Name + one space + Last Name
traits.channel -> from Lead Source:
Web -> online
Trade Show -> event
Partner Referral -> partner
Phone Inquiry -> phone
other sources or blank -> other""",
      extended(SFC,
               sfc(Email="rachel.ong@ongtech.sg", FirstName="Rachel", LastName="Ong", LeadSource="Partner Referral",
                   Phone="+65 6555 0188"),
               sfc(Email="tom.baker@bakerav.com", FirstName="Tom", LastName="Baker", LeadSource="Advertisement",
                   Phone="1 (503) 555-0109"),
               sfc(Email="ali.hassan@gmail.com", FirstName="Ali", LastName="Hassan", LeadSource="  ",
                   Phone="971-555-0150")))
def o39(r: R) -> Out:
    chan = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner", "Phone Inquiry": "phone"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": chan.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h165-40-members-proper-case-optout", M, H, """@Arjun Mailchimp members -> HubSpot contacts
Email Address -> email
FNAME, LNAME -> first name, last name in proper case (each word first letter capital, rest small)
PHONE -> phone number (copy; blank then don't send)
COMPANY -> company name (blank then put "Individual")
Unsubscribed from all email -> as text: "true" when the Mailchimp status is unsubscribed or cleaned, any other status "false\"""",
      extended(MC,
               mc({"FNAME": "SIEW LING", "LNAME": "koh", "PHONE": "  ", "COMPANY": "  "},
                  email_address="siewling.koh@gmail.com", status="pending"),
               mc({"FNAME": "farid", "LNAME": "OSMAN", "PHONE": "+65 9234 5678", "COMPANY": "Farid Electronics"},
                  email_address="farid@faridelectronics.sg", status="cleaned")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h165-41-skip-unsub-vip-evangelist", M, H, """@Arjun Mailchimp -> HubSpot. The unsubscribed members (status = unsubscribed) skip, don't bring over
PHONE -> phone number in E.164 (+ and digits only; got + keep own code; no + = US, +1; 11 digits starting with 1 just add +). PHONE blank then don't send phone number
COMPANY -> company name (copy)
Lifecycle Stage -> VIP member = evangelist, not VIP = subscriber
Email Address -> email""",
      extended(MC,
               mc({"PHONE": "1 212 555 0123", "COMPANY": "Tan Brothers AV"}, email_address="sales@tanbrosav.sg",
                  status="pending", vip=False),
               mc({"PHONE": "+65 6123 4567", "COMPANY": ""}, email_address="bye.bye@gmail.com",
                  status="unsubscribed", vip=True),
               mc({"FNAME": "Ah Lian", "LNAME": "Lim", "PHONE": "   ", "COMPANY": "Lim Lighting"}, email_address="ah.lian.vip@gmail.com", status="subscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h165-42-customer-tag-domain-company", M, H, """@Arjun Mailchimp -> HubSpot
FNAME -> first name, only the first word (e.g. "Siew Ling" -> "Siew")
COMPANY -> company name; blank then the email domain, i.e. the part after the @
Lifecycle Stage -> member got tag "Customer" then customer, if don't have then lead
Remarks: the tag must be exactly "Customer" with capital C, small c one doesn't count
Email Address -> email""",
      extended(MC,
               mc({"FNAME": "Siew Ling", "COMPANY": "  "}, email_address="siewling@homehifi.sg",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ravi", "COMPANY": ""}, email_address="ravi@ravitech.com.sg", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set165")
