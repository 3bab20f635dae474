"""Held-out set 138 for the offline mapping drafter.

Persona: Sanne, marketing-ops lead, keeps the team's field mappings in a Notion database and
pastes each page's markdown export as the instruction. A page opens with its title line and a
few page properties ('Owner: ...', 'Status: Ready', 'Tags: ...'), then callouts (lines starting
with a light bulb or a warning sign), toggles ('▸ Edge cases' with indented lines under it) and,
most often, a markdown table of the mapping whose columns she names as she likes (Property |
Comes from | Rule | Notes, or Mailchimp | HubSpot | How, ...); cells can be empty, say 'same' or
'—', or hold a short phrase. Filters and conditions sometimes sit in a callout instead of the
table, lookups get their own little table, and on/off rules are checkbox lines ('[x] ...' applies,
'[ ] ...' is switched off and must not be applied).

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


def whole(v: str) -> int:
    return int(float(v))


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h138-01-plain-lead-copy", H, L, """# HubSpot contacts → Salesforce Leads (plain copy)
Owner: Sanne
Status: Ready
Tags: hubspot, salesforce, leads

💡 Nothing clever on this page. "same" = the HubSpot value goes across exactly as it is, spaces and capitals included. Empty in HubSpot → empty on the Lead, we don't make anything up.

| Lead field | Comes from | Rule |
|---|---|---|
| Email | email | same |
| FirstName | firstname | same |
| LastName | lastname | same |
| Company | company | same |
| Title | jobtitle | same |
| LeadSource | — | always "Web" |

[ ] trim whitespace
[ ] fix name capitalisation""",
      extended(HS,
               hs(email="lars.eriksen@nordkapp.no", firstname="Lars", lastname="Eriksen", company="", jobtitle=""),
               hs(email="Wen.Li@JadeRiver.cn", firstname=" Wen", lastname="LI ", company="Jade River  ",
                  jobtitle="   ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h138-02-import-cleanup-defaults", H, L, """# Lead push · cleanup after the CSV import
Owner: Sanne
Status: Ready
Tags: hubspot → salesforce, data quality

⚠️ Salesforce won't take a Lead without LastName or Company, so those two can never arrive empty. Empty for us = missing, "" or nothing but spaces.

| Property | Comes from | Rule | Notes |
|---|---|---|---|
| Email | email | same | |
| FirstName | firstname | trim | the import left spaces around names |
| LastName | lastname | trim · empty → "Unknown" | |
| Company | company | trim · empty → "Unknown Company" | |
| Phone | phone | same | empty stays empty |

💡 "same" means untouched. "trim" = cut the spaces off the start and end.

[x] trim whitespace (only on the rows that say trim)
[ ] default for Phone""",
      extended(HS,
               hs(email="ana.souza@ipedigital.com.br", firstname="  Ana ", lastname=" Souza ", company="  ",
                  phone=""),
               hs(email="owen.price@tallgrass.ag", firstname="Owen", lastname="   ", company=" Tallgrass Ag ",
                  phone="  "),
               hs(email="lea.fontaine@quaisud.fr", firstname="Léa", lastname="", company="",
                  phone="+33 4 55 55 01 10")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "LastName": dflt(r["lastname"], "Unknown").strip(),
            "Company": dflt(r["company"], "Unknown Company").strip(), "Phone": r["phone"]}


@case("h138-03-best-phone-title-case", H, L, """# HS → SF Lead · best phone + name casing
Owner: Sanne
Status: Ready
Tags: leads, phones

💡 Names go over in Title Case: capital first letter on every word, the rest of the word lowercase ("maria" → "Maria", "GARCIA" → "Garcia").

| Lead | HubSpot | How |
|---|---|---|
| Email | email | copy as is |
| FirstName | firstname | Title Case |
| LastName | lastname | Title Case |
| Phone | mobilephone, else phone | whichever is filled first, number unchanged |

▸ Edge cases
    Mobile empty or only spaces → take phone.
    Both empty → no Phone on the Lead at all (leave the field out, don't send "").""",
      extended(HS,
               hs(email="rosa.lind@fjordline.no", firstname="ROSA MARIA", lastname="lind", mobilephone="",
                  phone="  "),
               hs(email="kofi.mensah@goldcoast.gh", firstname="kofi", lastname="MENSAH", mobilephone="   ",
                  phone="(214) 555-0166")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h138-04-original-source-lookup", H, L, """# Original Source → Lead Source
Owner: Sanne
Status: Ready
Tags: attribution, hubspot, salesforce

| Lead field | From HubSpot | Rule |
|---|---|---|
| Email | email | lowercase |
| LeadSource | hs_analytics_source | lookup below |

| Original Source | Lead Source |
|---|---|
| ORGANIC_SEARCH | Web |
| DIRECT_TRAFFIC | Web |
| PAID_SEARCH | Advertisement |
| PAID_SOCIAL | Advertisement |
| REFERRALS | External Referral |
| OFFLINE | Trade Show |

⚠️ Any source not in the lookup → Other. Contacts with no original source at all (blank) also get Other.""",
      extended(HS,
               hs(email="BETH.HARLOW@QUARRYSTONE.COM", hs_analytics_source="OFFLINE"),
               hs(email="Lu.Chen@RedKite.cn", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="Ravi.Nair@Tidewater.in", hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="Ines.Ortega@SolNorte.CL", hs_analytics_source="  ")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h138-05-who-gets-skipped", H, L, """# Lead sync — who gets skipped
Owner: Sanne
Status: Ready
Tags: filters, leads

⚠️ Skip the contact completely when either of these is true:
    • hs_email_optout is "true"
    • lifecyclestage is "other"
An empty hs_email_optout isn't "true", so those contacts still go through.

| Lead | Source | Notes |
|---|---|---|
| Email | email | |
| FirstName | firstname | |
| LastName | lastname | |
| Company | company | |
| Status | — | fixed value "Open - Not Contacted" |

💡 A row with a source and no note is a straight copy: no cleanup, blanks go over blank.""",
      extended(HS,
               hs(email="gus.ferreira@pampa.ar", firstname="Gus", lastname="Ferreira", lifecyclestage="other",
                  hs_email_optout="false"),
               hs(email="hal.becker@ironoak.com", firstname="Hal", lastname="Becker", lifecyclestage="other",
                  hs_email_optout="true"),
               hs(email="ines.vidal@solnorte.cl", firstname="Ines", lastname="Vidal", company="",
                  lifecyclestage="evangelist", hs_email_optout="  ")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "other":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h138-06-rating-bands", H, L, """# Lead rating from revenue
Owner: Sanne
Status: Ready
Tags: scoring, leads

| Lead field | Comes from | Rule |
|---|---|---|
| Email | email | same |
| Rating | annualrevenue | bands in the callout |
| NumberOfEmployees | numemployees | whole number (integer) · left off when numemployees is empty |

💡 Rating bands
    annual revenue above 5,000,000 → Hot
    annual revenue below 500,000 → Cold
    everything in between → Warm
    no revenue filled in (blank) → Warm as well, we don't guess Cold""",
      extended(HS,
               hs(email="zoe.hart@meridianpay.com", annualrevenue="5000000.5", numemployees="1500"),
               hs(email="sam.ortiz@pinecrest.org", annualrevenue="499999.5", numemployees="  "),
               hs(email="lee.moon@harborview.kr", annualrevenue="500000.01", numemployees="3"),
               hs(email="ada.frey@kestrelworks.com", annualrevenue=" ", numemployees="60")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is not None and v > 5_000_000:
        rating = "Hot"
    elif v is not None and v < 500_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], whole)})


@case("h138-07-dialer-phone-format", H, L, """# HubSpot → Lead: phone format for the dialer
Owner: Sanne
Status: Ready
Tags: dialer, phones

💡 The dialer only takes E.164: a "+" followed by digits, nothing else. We're US-based, so a number gets +1 in front — unless it already starts with "+" (then it keeps its own country code) or it's 11 digits starting with 1 (then the 1 is the country code, only add the "+").

| Property | Comes from | Rule |
|---|---|---|
| Email | email | same |
| Phone | phone | E.164 (see above) |
| FirstName | firstname | Capitalised Each Word |
| City | city | Capitalised Each Word |

▸ Edge cases
    No phone (empty / only spaces) → don't send Phone at all.
    "Capitalised Each Word" = first letter of every word upper case, the rest lower case.""",
      extended(HS,
               hs(email="dana.cruz@lonestarhvac.com", firstname="DANA", city="new braunfels",
                  phone="1 (737) 555-0101"),
               hs(email="eli.stone@brazosmfg.com", firstname="eli", city="SAN ANTONIO", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "FirstName": title(r["firstname"]),
                 "City": title(r["city"])})


@case("h138-08-us-leads-origin-line", H, L, """# US leads with an origin line
Owner: Sanne
Status: Ready
Tags: sdr, us-only

⚠️ Only contacts whose country is exactly "United States" are synced. Every other contact stays out.

| Lead field | HubSpot | Rule |
|---|---|---|
| Email | email | as is |
| LastName | lastname | as is |
| State | state | UPPERCASE |
| Description | hs_analytics_source, createdate | HubSpot lead from <source>, created <date> |

▸ How the Description is built
    <source> = hs_analytics_source exactly as stored
    <date> = just the date part of createdate, YYYY-MM-DD, no time
    e.g. "HubSpot lead from ORGANIC_SEARCH, created 2023-03-14\"""",
      extended(HS,
               hs(email="jo.whitfield@hillcountrybank.com", lastname="Whitfield", country="United States", state="tx",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-06-30T12:00:00.000Z"),
               hs(email="marc.leblanc@erable.ca", lastname="Leblanc", country="Canada", state="QC"),
               hs(email="ava.price@gulfbreeze.com", lastname="", country="United States", state="ny",
                  hs_analytics_source="REFERRALS", createdate="2021-02-28T13:15:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"HubSpot lead from {r['hs_analytics_source']}, created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h138-09-mailing-address-copy", H, C, """# HubSpot → SF Contact · mailing address
Owner: Sanne
Status: Ready
Tags: contacts, address

| Contact field | HubSpot property |
|---|---|
| Email | email |
| FirstName | firstname |
| LastName | lastname |
| MailingStreet | address |
| MailingCity | city |
| MailingState | state |
| MailingPostalCode | zip |
| MailingCountry | country |

💡 Everything 1:1 and untouched. A blank in HubSpot stays blank in Salesforce.

[ ] trim whitespace
[ ] uppercase state codes""",
      extended(HS,
               hs(email="wes.dunn@ozarkoutfit.com", firstname="Wes", lastname="Dunn", address="", city="Fayetteville",
                  state="", zip="", country="United States"),
               hs(email="ines.moreau@atelierbleu.be", firstname="Ines", lastname="Moreau", address="  Rue Haute 4 ",
                  city="brussels", state="  ", zip="1000", country="Belgium"),
               hs(email="cole.rivers@ozarkpeak.com", firstname="Cole", lastname="Rivers", address="9 Elm St",
                  city="Tulsa", state="ok", zip="74103", country="United States")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h138-10-optout-donotcall", H, C, """# Contact flags — email opt-out / do not call
Owner: Sanne
Status: Ready
Tags: compliance, booleans

| Contact field | Based on | Rule |
|---|---|---|
| Email | email | copy |
| HasOptedOutOfEmail | hs_email_optout | true when it says "true"; "false" and empty both → false |
| DoNotCall | phone | true when the contact has no office phone (empty or only spaces), false when there is one |

💡 Real booleans (true / false), not text. The mobile number plays no part in DoNotCall.""",
      extended(HS,
               hs(email="pat.quinn@mesaverde.io", hs_email_optout="  ", phone="  ", mobilephone=""),
               hs(email="rhea.kapoor@indigoline.in", hs_email_optout="true", phone="512-555-0190", mobilephone=""),
               hs(email="tim.berg@northstar.se", hs_email_optout="", phone="", mobilephone="512-555-0133")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h138-11-name-fallbacks", H, C, """# Contact names — fallbacks
Owner: Sanne
Status: Ready
Tags: contacts, names

⚠️ LastName is required on a Salesforce Contact, so it always has to end up with something.

| Contact field | Try in this order | Notes |
|---|---|---|
| Email | email | unchanged |
| FirstName | firstname → the part of the email before the @ | |
| LastName | lastname → company → the part of the email before the @ | |

▸ How the fallback works
    Take the first one that has a value; blank or whitespace-only counts as no value.
    Whatever is picked goes in unchanged — the bit before the @ exactly as it's written in the email.""",
      extended(lower_emails(HS),
               hs(email="sam.lee@copperleaf.com", firstname="", lastname="", company=""),
               hs(email="r.okoye@kilnworks.ng", firstname="  ", lastname="", company="Kiln Works"),
               hs(email="ops@tinyharbor.com", firstname="Mia", lastname="   ", company="  ")))
def o11(r: R) -> Out:
    local = before_at(r["email"])
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], local),
            "LastName": first_filled(r["lastname"], r["company"], local)}


@case("h138-12-country-codes", H, C, """# Contact country codes
Owner: Sanne
Status: Ready
Tags: contacts, countries

| Contact field | HubSpot | Rule |
|---|---|---|
| Email | email | same |
| MailingCountry | country | 3-letter code from the list below |
| MailingState | state | UPPER CASE; when state is empty, leave MailingState off the contact |

| country | code |
|---|---|
| United States | USA |
| Japan | JPN |
| Mexico | MEX |
| France | FRA |
| Germany | DEU |

💡 Those five are the only countries in our HubSpot right now.""",
      extended(HS,
               hs(email="kai.ward@bluebonnet.com", country="United States", state="tx"),
               hs(email="jonas.beck@isarwerk.de", country="Germany", state="by"),
               hs(email="yui.mori@kyotoink.jp", country="Japan", state="  "),
               hs(email="lucia.vega@cozumeldive.mx", country="Mexico", state="q roo")))
def o12(r: R) -> Out:
    codes = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "Germany": "DEU"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h138-13-customers-only", H, C, """# Customers into SF Contacts
Owner: Sanne
Status: Ready
Tags: customers, contacts

⚠️ Customers only: a contact is synced only when its lifecyclestage is customer. Everyone else stays in HubSpot.

| Property | Comes from | Rule |
|---|---|---|
| Email | email | all lowercase |
| Phone | phone, fallback mobilephone | office number when it's filled, otherwise the mobile; the number itself untouched |
| Description | — | Customer synced from HubSpot (fixed text) |

▸ Edge cases
    An office phone with only spaces counts as empty → use the mobile.
    Every customer has at least one of the two numbers.""",
      extended(HS,
               hs(email="Nora.Blake@CrestPoint.com", lifecyclestage="customer", phone="  ",
                  mobilephone="737-555-0110"),
               hs(email="vic.hale@oldmill.com", lifecyclestage="opportunity", phone="512-555-0171"),
               hs(email="Ola.Berg@Fjell.NO", lifecyclestage="customer", phone="+47 22 55 50 00",
                  mobilephone="+47 900 55 500")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "Customer synced from HubSpot"}


@case("h138-14-contact-cleanup-source-bucket", H, C, """# Contact cleanup + lead source bucket
Owner: Sanne
Status: Ready
Tags: contacts, attribution

| SF Contact | HubSpot | Rule |
|---|---|---|
| Email | email | |
| FirstName | firstname | title case |
| LastName | lastname | title case |
| Title | jobtitle | trim |
| LeadSource | hs_analytics_source | lookup ↓ |

Lookup
| hs_analytics_source | LeadSource |
|---|---|
| REFERRALS | External Referral |
| PAID_SEARCH | Advertisement |
| PAID_SOCIAL | Advertisement |
| SOCIAL_MEDIA | Advertisement |
| OFFLINE | Trade Show |
| anything else, blank too | Web |

💡 Empty Rule cell = copied as it is. Title case = each word starts with a capital, the rest lower case. Trim = strip spaces off both ends.""",
      extended(HS,
               hs(email="dana.white@cactusflower.com", firstname="DANA", lastname="white", jobtitle="  Growth Lead  ",
                  hs_analytics_source="OFFLINE"),
               hs(email="will.ng@pecanstreet.co", firstname="will", lastname="NG", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="joy.adams@riverwalk.com", firstname="Joy", lastname="Adams", jobtitle="Analyst ",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    source = {"REFERRALS": "External Referral", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
              "SOCIAL_MEDIA": "Advertisement", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h138-15-newsletter-audience", H, M, """# HubSpot → Mailchimp · newsletter audience
Owner: Sanne
Status: Ready
Tags: mailchimp, newsletter

| Mailchimp | HubSpot | |
|---|---|---|
| email_address | email | same |
| merge_fields.FNAME | firstname | same |
| merge_fields.LNAME | lastname | same |
| status | — | subscribed, for everyone |
| language | hs_language | "en" when the contact has no language |

💡 Most contacts don't have hs_language at all (the property isn't even on the record) — they get "en", and so does an empty value. Names go across exactly as they are, empty ones included.""",
      extended(HS,
               hs(email="elodie.martin@lavande.fr", firstname="Élodie", lastname="Martin", hs_language="fr"),
               hs(email="bo.larsen@fjordfish.dk", firstname="Bo", lastname="", hs_language=""),
               hs(email="uwe.krause@hafenkiel.de", firstname="Uwe", lastname="Krause", hs_language="  "),
               hs(email="taro.abe@sumiink.jp", firstname="Taro", lastname="Abe", hs_language="ja")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h138-16-status-from-optout", H, M, """# Mailchimp status from the HubSpot opt-out
Owner: Sanne
Status: Ready
Tags: mailchimp, consent

| Field | Source | Rule |
|---|---|---|
| email_address | email | same |
| status | hs_email_optout | see toggle |
| tags | — | one tag: hubspot-import |

▸ status
    "true"  → unsubscribed
    "false" → subscribed
    empty / never set → pending (so they get the double opt-in mail)""",
      extended(HS,
               hs(email="gia.romano@vesuvio.it", hs_email_optout="   "),
               hs(email="finn.walsh@galwaybay.ie", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-import"]}


@case("h138-17-tag-checklist", H, M, """# Audience tags
Owner: Sanne
Status: Ready
Tags: mailchimp, segmentation

| Field | Source | Rule |
|---|---|---|
| email_address | email | as is |
| tags | annualrevenue, hs_analytics_source | checklist below |

Tags to add, in this order:
[x] enterprise — when annualrevenue is above 3,000,000
[x] paid — when hs_analytics_source is PAID_SEARCH
[ ] french — when country is France

💡 Blank revenue never gets enterprise. A contact that gets none of the tags is sent with an empty tag list.""",
      extended(HS,
               hs(email="rex.hale@summitcap.com", annualrevenue="3000000.5", hs_analytics_source="PAID_SEARCH"),
               hs(email="ivy.chu@lotusgate.sg", annualrevenue="2999999", hs_analytics_source="PAID_SEARCH"),
               hs(email="abe.nunez@stonebridge.com", annualrevenue="  ", hs_analytics_source="OFFLINE",
                  country="France")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("enterprise")
    if r["hs_analytics_source"] == "PAID_SEARCH":
        tags.append("paid")
    return {"email_address": r["email"], "tags": tags}


@case("h138-18-sms-first-name-mobile", H, M, """# SMS audience — first name + mobile
Owner: Sanne
Status: Ready
Tags: mailchimp, sms

| Mailchimp field | From | Rule |
|---|---|---|
| email_address | email | same |
| merge_fields.FNAME | firstname | only the first word ("Mary Ann" → "Mary") |
| merge_fields.PHONE | mobilephone, or phone when the mobile is blank | E.164 |

💡 E.164 here = "+" then digits, nothing else. Default country is the US (+1). If the number already starts with "+", its own country code stays. 11 digits beginning with 1 → the country code is already there, just put "+" in front.

▸ Edge cases
    A mobile with only spaces counts as blank.
    Everyone in this audience has at least one of the two numbers.""",
      extended(HS,
               hs(email="mary.cole@bayoubrew.com", firstname="Mary Ann", mobilephone="  ", phone="737 555 0199"),
               hs(email="jb.roux@lakeway.io", firstname=" Jean  Baptiste", mobilephone="1-512-555-0123", phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h138-19-b2b-audience-referral-vip", H, M, """# B2B audience (company required)
Owner: Sanne
Status: Ready
Tags: mailchimp, b2b

💡 Contacts without a company (empty or just spaces) are NOT synced to this audience.

| Mailchimp | HubSpot | Rule |
|---|---|---|
| email_address | email | as is |
| status | | always "subscribed" |
| vip | hs_analytics_source | true if it is REFERRALS, otherwise false (blank source = false) |""",
      extended(HS,
               hs(email="ann.lowe@gmail.com", company="   ", hs_analytics_source="REFERRALS"),
               hs(email="ken.obi@lagosfin.ng", company="Lagos Fin", hs_analytics_source="REFERRALS"),
               hs(email="ugo.bassi@serra.it", company="Serra", hs_analytics_source="")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["hs_analytics_source"] == "REFERRALS"}


@case("h138-20-names-company-tag-team-vip", H, M, """# Mailchimp · names, company tag, VIP
Owner: Sanne
Status: Ready
Tags: mailchimp

| Field | Source | Rule | Notes |
|---|---|---|---|
| email_address | email | same | |
| merge_fields.FNAME | firstname | Title Case | |
| merge_fields.LNAME | lastname | Title Case | |
| tags | company | one tag: the company name | no company → the email's domain (the part after the @) instead |
| vip | numemployees | true when more than 50 employees, else false | |

▸ Edge cases
    Title Case = capital first letter on every word, the rest lowercase.
    A company with only spaces counts as no company.
    numemployees empty → vip false.""",
      extended(lower_emails(HS),
               hs(email="luz.ramos@cafeluz.co", firstname="LUZ", lastname="ramos", company="", numemployees="51"),
               hs(email="tj.mills@millsfarm.com", firstname="tj", lastname="MILLS", company="  ", numemployees="  "),
               hs(email="eva.stone@granitebay.com", firstname="eva", lastname="stone", company="Granite Bay",
                  numemployees="49")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["numemployees"], 50)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h138-21-identify-basics", H, S, """# Segment identify from HubSpot
Owner: Sanne
Status: Ready
Tags: segment, identify

| Segment | HubSpot | Rule |
|---|---|---|
| userId | email | lowercased |
| traits.email | email | same (keeps the original casing) |
| traits.firstName | firstname | same |
| traits.lastName | lastname | same |
| traits.name | firstname + lastname | the two joined with one space, e.g. "Priya Raman" |
| traits.title | jobtitle | same; empty is fine, send it empty |""",
      extended(HS,
               hs(email="Omar.Haddad@Cedarline.AE", firstname="Omar", lastname="Haddad", jobtitle=""),
               hs(email="JUNE.PARK@hanriver.kr", firstname="June", lastname="Park", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h138-22-company-object", H, S, """# Identify · company object
Owner: Sanne
Status: Ready
Tags: segment, firmographics

userId = email, unchanged.

| Trait | From | Rule |
|---|---|---|
| traits.company.name | company | as is · leave out if empty |
| traits.company.industry | industry | as is · "Unclassified" when empty |
| traits.company.employee_count | numemployees | integer · leave out if empty |

💡 Empty = missing, "" or only spaces.""",
      extended(HS,
               hs(email="vera.lind@soloshop.se", company="  ", industry="  ", numemployees="1"),
               hs(email="raj.iyer@monsoonlabs.in", company="Monsoon Labs", industry="Retail", numemployees="3400"),
               hs(email="noa.levi@cedarhill.il", company="", industry="", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]),
                                        "industry": dflt(r["industry"], "Unclassified"),
                                        "employee_count": omit_if_blank(r["numemployees"], whole)}}})


@case("h138-23-address-and-phone", H, S, """# Identify · address + phone
Owner: Sanne
Status: Ready
Tags: segment, address

| Segment field | HubSpot | Rule | Notes |
|---|---|---|---|
| userId | email | same | |
| traits.address.street | address | same | |
| traits.address.city | city | same | |
| traits.address.state | state | same | only when there is one — no state, no key |
| traits.address.postalCode | zip | same | |
| traits.phone | mobilephone, then phone | E.164 | both empty → no traits.phone |

▸ E.164
    "+" and digits only. US numbers get +1 added.
    Already starts with "+" → keep that country code.
    11 digits beginning with 1 → only add the "+".
    Empty or whitespace-only numbers count as empty.""",
      extended(HS,
               hs(email="bea.knox@sparrowhill.com", phone="", mobilephone="  ", state="", city="Lyon", zip="69002",
                  address="3 Quai Saint-Antoine"),
               hs(email="cy.dale@redriver.com", phone="940.555.0111", mobilephone="  ", state="TX", city="Denton",
                  address="", zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "postalCode": r["zip"]},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h138-24-clean-userid-revenue", H, S, """# Identify · clean userId, revenue, opt-out
Owner: Sanne
Status: Ready
Tags: segment

[x] trim whitespace on userId
[x] lowercase userId
[ ] trim job title

| Segment | HubSpot | Rule |
|---|---|---|
| userId | email | per the checkboxes above |
| traits.title | jobtitle | copy |
| traits.unsubscribed | hs_email_optout | true / false: true if "true", false if "false", blank → false |
| traits.annual_revenue | annualrevenue | a number, not text (whole amounts without decimals) · omit when blank |""",
      extended(HS,
               hs(email="  Jo.Smith@Example.COM ", hs_email_optout="", annualrevenue="0.5", jobtitle=" Buyer "),
               hs(email="KIM.PARK@HANRIVER.KR ", hs_email_optout="true", annualrevenue="  ", jobtitle="")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h138-25-ga4-contact-synced", H, G, """# GA4 · contact synced event
Owner: Sanne
Status: Ready
Tags: ga4, analytics

💡 One GA4 event per HubSpot contact. client_id is the contact's email exactly as it is.

| GA4 | Value | Rule |
|---|---|---|
| client_id | email | copy |
| events[0].name | — | crm_contact_synced |
| events[0].params.origin | — | hubspot |
| events[0].params.lifecycle_stage | lifecyclestage | copy |
| events[0].params.source | hs_analytics_source | lowercase |
| events[0].params.created_on | createdate | date only, YYYY-MM-DD |

▸ Edge cases
    No original source (empty or just spaces) → send source as an empty string "".""",
      extended(HS,
               hs(email="ola.nwosu@deltafarms.ng", lifecyclestage="opportunity", hs_analytics_source="  ",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="ben.cho@pixelpine.com", lifecyclestage="other", hs_analytics_source="AI_REFERRALS",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_synced",
                        "params": {"origin": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                   "source": "" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h138-26-ga4-bigger-teams", H, G, """# GA4 · bigger teams only
Owner: Sanne
Status: Ready
Tags: ga4

⚠️ Filter: only contacts with numemployees greater than 30. Empty numemployees → not sent.

| GA4 field | Source | Rule |
|---|---|---|
| client_id | email | the part before the @, as written |
| events[0].name | | fixed: team_sized |
| events[0].params.employees | numemployees | as a number |""",
      extended(lower_emails(HS),
               hs(email="max.weber@hanse.de", numemployees="30.5"),
               hs(email="lia.costa@brisa.pt", numemployees="29"),
               hs(email="ned.frost@icebox.ca", numemployees="  ")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 30):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_sized", "params": {"employees": num(r["numemployees"])}}]}


@case("h138-27-ga4-optout-aware-event", H, G, """# GA4 · opt-out aware event
Owner: Sanne
Status: Ready
Tags: ga4, consent

| GA4 | HubSpot | Rule |
|---|---|---|
| client_id | email | same |
| events[0].name | hs_email_optout | contact_opted_out when it is "true"; otherwise contact_reachable (empty counts as otherwise) |
| events[0].params.city | city | same; "unknown" when empty |
| events[0].params.job_title | jobtitle | same, empty stays empty |""",
      extended(HS,
               hs(email="fay.ng@orchidbay.my", hs_email_optout="  ", city="  ", jobtitle=""),
               hs(email="rob.dyer@tinroof.com", hs_email_optout="true", city="", jobtitle="CFO")))
def o27(r: R) -> Out:
    name = "contact_opted_out" if r["hs_email_optout"] == "true" else "contact_reachable"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"city": dflt(r["city"], "unknown"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h138-28-leads-back-to-hubspot", L, H, """# SF Leads back into HubSpot
Owner: Sanne
Status: Ready
Tags: salesforce → hubspot

| HubSpot property | Lead field |
|---|---|
| email | Email |
| firstname | FirstName |
| lastname | LastName |
| company | Company |
| jobtitle | Title |
| phone | Phone |
| city | City |
| country | Country |

💡 Straight copy, no formatting anywhere. If the Lead field is empty, send it empty — don't drop the property.

[ ] lowercase emails
[ ] format phone numbers""",
      extended(SFL,
               sfl(Email="Mo.Salah@NileWave.EG", FirstName="Mo", LastName="Salah", Company="Nile Wave", Title="",
                   Phone="", City="  ", Country="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h138-29-lead-status-optout-text", L, H, """# Lead status → HubSpot lead status
Owner: Sanne
Status: Ready
Tags: hubspot, status

| HubSpot | Salesforce Lead | Rule |
|---|---|---|
| email | Email | same |
| hs_lead_status | Status | table below |
| hs_email_optout | HasOptedOutOfEmail | opted out → the text "true", not opted out → the text "false" |

| Status | hs_lead_status |
|---|---|
| Open - Not Contacted | NEW |
| Working - Contacted | ATTEMPTED_TO_CONTACT |
| Closed - Converted | CONNECTED |
| Closed - Not Converted | UNQUALIFIED |""",
      extended(SFL,
               sfl(Email="tara.quinn@kestrel.ie", Status="Working - Contacted", HasOptedOutOfEmail=False),
               sfl(Email="dev.shah@saffronlabs.in", Status="Open - Not Contacted", HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h138-30-rating-to-lifecycle", L, H, """# Rating → lifecycle stage
Owner: Sanne
Status: Ready
Tags: hubspot, lifecycle

| HubSpot property | From the Lead | How |
|---|---|---|
| email | Email | all lowercase |
| lifecyclestage | Rating | Hot = salesqualifiedlead · Warm = marketingqualifiedlead · Cold = lead |
| annualrevenue | AnnualRevenue | as a number; no revenue (empty) → don't send the property |""",
      extended(SFL,
               sfl(Email="Tess.Moreau@AzureCoast.FR", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="BO.YANG@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h138-31-uk-leads", L, H, """# UK leads → HubSpot (London team)
Owner: Sanne
Status: Ready
Tags: uk, leads

⚠️ Only leads with Country = United Kingdom. Anything else stays out of this sync.

| HubSpot | Lead | Rule |
|---|---|---|
| email | Email | same |
| phone | Phone | E.164 for the UK |
| zip | PostalCode | uppercase |
| jobtitle | Title | "Unknown" if empty |

▸ UK E.164
    Drop the leading 0 and put +44 in front, digits only ("020 7946 0321" → "+442079460321").
    A number that already starts with + keeps its own country code.""",
      extended(SFL,
               sfl(Email="isla.reid@thistletech.co.uk", Country="United Kingdom", Phone="07700 900123",
                   PostalCode="eh1 1yz", Title=""),
               sfl(Email="tom.hughes@severnbridge.co.uk", Country="United Kingdom", Phone="+44 29 2055 0199",
                   PostalCode="cf10 1ep", Title="  "),
               sfl(Email="ana.ruiz@sierranorte.es", Country="Spain", Phone="+34 91 555 0100", PostalCode="28013")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h138-32-one-line-address", L, H, """# Leads → HubSpot, one-line address
Owner: Sanne
Status: Ready
Tags: address, leads

💡 Leads with Status "Closed - Not Converted" are dead — don't sync them.

| HubSpot | Lead | Rule |
|---|---|---|
| email | Email | same |
| jobtitle | Title | "Not provided" when blank |
| address | Street + City | Street, comma, space, City — e.g. "200 Lake St, Chicago" |

▸ Edge cases
    Street empty (or only spaces) → address is just the City, no comma.
    Every lead has a City.""",
      extended(SFL,
               sfl(Email="jun.park@seoulsoft.kr", Street="", City="Seoul", Status="Working - Contacted", Title=""),
               sfl(Email="meg.ross@lakeaustin.com", Street="  ", City="Austin", Status="Open - Not Contacted",
                   Title="Buyer"),
               sfl(Email="ian.cole@bramble.co.uk", Street="9 Mill Rd", City="Leeds", Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not provided"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h138-33-contacts-to-mailchimp", C, M, """# SF Contacts → Mailchimp
Owner: Sanne
Status: Ready
Tags: mailchimp, salesforce

| Mailchimp | Salesforce Contact | Rule |
|---|---|---|
| email_address | Email | lowercase |
| status | HasOptedOutOfEmail | opted out (true) → unsubscribed · false → subscribed |
| tags | LeadSource | always "salesforce"; add "web-lead" after it when LeadSource is Web |""",
      extended(SFC,
               sfc(Email="Marta.Nowak@Wisla.PL", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="OLI.GRANT@THISTLE.CO.UK", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["web-lead"] if r["LeadSource"] == "Web" else [])}


@case("h138-34-sms-pilot", C, M, """# SMS pilot — contacts with a phone
Owner: Sanne
Status: Ready
Tags: mailchimp, sms

⚠️ Contacts without a Phone (blank or whitespace) are skipped.

| Mailchimp | Contact | Rule |
|---|---|---|
| email_address | Email | same |
| merge_fields.PHONE | Phone | E.164 — US +1 by default; keeps its own code when it starts with +; 11 digits starting with 1 only get the + |
| language | MailingCountry | lookup |

| MailingCountry | language |
|---|---|
| United States | en |
| Germany | de |
| Austria | de |
| Italy | it |""",
      extended(SFC,
               sfc(Email="kurt.vogel@elbewerk.de", Phone="", MailingCountry="Germany"),
               sfc(Email="amy.fox@redbud.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="jay.reed@sixthstreet.com", Phone="1-512-555-0134", MailingCountry="United States"),
               sfc(Email="gio.conti@lagodoro.it", Phone="+39 02 5555 0100", MailingCountry="Italy")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"United States": "en", "Germany": "de", "Austria": "de", "Italy": "it"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h138-35-sales-dept-vip", C, M, """# Mailchimp · Sales department VIPs
Owner: Sanne
Status: Ready
Tags: mailchimp, vip

| Mailchimp | Salesforce | Rule |
|---|---|---|
| email_address | Email | same |
| merge_fields.FNAME | FirstName | "Friend" if empty |
| merge_fields.LNAME | LastName | same |
| vip | Department | true only when Department is exactly Sales |
| language | — | en for everyone |

▸ Edge cases
    Empty Department → vip false.
    FirstName with only spaces counts as empty.""",
      extended(SFC,
               sfc(Email="noor.ali@dunecraft.ae", FirstName="", LastName="Ali", Department="Sales"),
               sfc(Email="pia.lund@aurora.fi", FirstName="  ", LastName="", Department="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "language": "en"}


@case("h138-36-trade-show-follow-up", C, M, """# Trade show follow-up audience
Owner: Sanne
Status: Ready
Tags: events, mailchimp

⚠️ Only contacts whose LeadSource is Trade Show.

| Mailchimp | Source | Rule |
|---|---|---|
| email_address | Email | |
| merge_fields.FNAME | FirstName | |
| merge_fields.LNAME | LastName | |
| status | | "pending" |
| language | | "en" |
| tags | | none — send an empty list [] |

💡 Empty Rule = plain copy, blanks stay blank.""",
      extended(SFC,
               sfc(Email="urs.keller@zugbau.ch", FirstName="Urs", LastName="", LeadSource="Trade Show"),
               sfc(Email="gio.conti@lagodoro.it", FirstName="Gio", LastName="Conti", LeadSource="Web"),
               sfc(Email="kim.berger@nowhere.de", FirstName="Kim", LastName="Berger", LeadSource="")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h138-37-contact-identify", C, S, """# SF Contact → Segment identify
Owner: Sanne
Status: Ready
Tags: segment, salesforce

| Segment | Contact | Rule |
|---|---|---|
| userId | Email | lowercase |
| traits.firstName | FirstName | copy |
| traits.lastName | LastName | copy |
| traits.title | Title | copy* |
| traits.birthday | Birthdate | copy* |

▸ * rows
    Only sent when the Salesforce field has a value. Empty or spaces → leave the trait out.
    firstName / lastName are always sent, even when empty.""",
      extended(SFC,
               sfc(Email="Ray.Bianchi@Portofino.IT", FirstName="Ray", LastName="Bianchi", Title="  ",
                   Birthdate="1975-01-30"),
               sfc(Email="sue.grant@tallpine.com", FirstName="Sue", LastName="", Title="COO", Birthdate="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h138-38-mailing-city-country", C, S, """# Identify · mailing city / country
Owner: Sanne
Status: Ready
Tags: segment, address

userId is the Contact's Email as it is. City and country go nested under traits.address.

[x] trim MailingCity → traits.address.city
[ ] trim MailingCountry
[x] MailingCountry → traits.address.country, and when it's empty put Unknown

▸ Edge cases
    Only spaces in MailingCountry = empty, so Unknown.
    MailingCity is always filled, it just has stray spaces from the old import.""",
      extended(SFC,
               sfc(Email="eva.gruber@murtal.at", MailingCity="  Graz ", MailingCountry=""),
               sfc(Email="max.roth@donau.at", MailingCity="Linz", MailingCountry="   "),
               sfc(Email="lea.moser@salzach.at", MailingCity=" Salzburg", MailingCountry=" Austria")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h138-39-phone-name-source-bucket", C, S, """# Identify · phone, name, source bucket
Owner: Sanne
Status: Ready
Tags: segment

| Segment | Contact | Rule |
|---|---|---|
| userId | Email | same |
| traits.phone | Phone | E.164, US |
| traits.name | LastName, FirstName | last name, a comma and a space, then first name: "Wagner, Felix" |
| traits.lead_source | LeadSource | bucket ↓ |

| LeadSource | bucket |
|---|---|
| Web | inbound |
| Trade Show | event |
| Partner Referral | partner |
| everything else (empty included) | other |

💡 E.164, US: +1 and the digits. A number that already starts with + keeps its own country code; 11 digits with a leading 1 just get the +.""",
      extended(SFC,
               sfc(Email="dee.marsh@bluehollow.com", FirstName="Dee", LastName="Marsh", Phone="512 555 0177",
                   LeadSource="Partner Referral"),
               sfc(Email="al.brandt@hafenbank.de", FirstName="Al", LastName="Brandt", Phone="+1 (737) 555-0100",
                   LeadSource="Advertisement"),
               sfc(Email="bo.kern@kernbau.de", FirstName="Bo", LastName="Kern", Phone="1 503 555 0122",
                   LeadSource="  ")))
def o39(r: R) -> Out:
    bucket = {"Web": "inbound", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['LastName']}, {r['FirstName']}",
                       "lead_source": bucket.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h138-40-members-into-hubspot", M, H, """# Mailchimp members → HubSpot contacts
Owner: Sanne
Status: Ready
Tags: mailchimp → hubspot

| HubSpot | Mailchimp member | Rule |
|---|---|---|
| email | email_address | same |
| firstname | merge_fields.FNAME | Title Case |
| lastname | merge_fields.LNAME | Title Case · "Unknown" when empty |
| company | merge_fields.COMPANY | same · don't send when empty |
| hs_email_optout | status | the text "true" when unsubscribed, the text "false" for any other status |

💡 Title Case = first letter of each word upper case, rest lower case. Empty includes only-spaces.""",
      extended(MC,
               mc({"FNAME": "ANNA LENA", "LNAME": "  ", "COMPANY": "  "}, email_address="anna.berg@kiruna.se",
                  status="pending"),
               mc({"FNAME": "tom", "LNAME": "LEE", "COMPANY": "Lee Bros"}, email_address="tom.lee@leebros.com",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": title(dflt(mf["LNAME"], "Unknown")), "company": omit_if_blank(mf["COMPANY"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h138-41-skip-cleaned-vip-customers", M, H, """# Mailchimp → HubSpot · skip bounces
Owner: Sanne
Status: Ready
Tags: mailchimp, hubspot

⚠️ Members with status cleaned (bounced) are skipped.

| HubSpot | Mailchimp | Rule |
|---|---|---|
| email | email_address | same |
| firstname | merge_fields.FNAME | same |
| lastname | merge_fields.LNAME | same |
| phone | merge_fields.PHONE | E.164 · leave out when empty |
| lifecyclestage | vip | VIP → customer, not VIP → lead |

▸ E.164
    US default: +1 in front of the digits. Starts with + already → keep that country code. 11 digits starting with 1 → only add the +.""",
      extended(MC,
               mc({"FNAME": "Hana", "LNAME": "Kim", "PHONE": "  "}, email_address="hana.kim@jejuair.kr",
                  status="subscribed", vip=True),
               mc({"FNAME": "Leo", "LNAME": "Marx", "PHONE": "(512) 555-0101"}, email_address="leo.marx@oldbank.com",
                  status="cleaned", vip=True),
               mc({"FNAME": "ray", "LNAME": "cole", "PHONE": "1 512 555 0148"}, email_address="ray.cole@coleandco.com",
                  status="pending", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h138-42-webinar-tag-stage", M, H, """# Mailchimp → HubSpot · webinar people
Owner: Sanne
Status: Ready
Tags: webinar, lifecycle

| HubSpot | Mailchimp | Rule |
|---|---|---|
| email | email_address | same |
| firstname | merge_fields.FNAME | first word only |
| company | merge_fields.COMPANY | as is; when empty → the email's domain (everything after the @) |
| lifecyclestage | tags | marketingqualifiedlead when the tags include Webinar, otherwise subscriber |

▸ Edge cases
    The tag has to be exactly Webinar (capital W); "webinar" doesn't count.
    COMPANY with only spaces = empty.""",
      extended(MC,
               mc({"FNAME": "Ana Lucia", "COMPANY": "  "}, email_address="ana.lucia@brisamar.pt",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ben", "COMPANY": "Kaizen Tools"}, email_address="ben.ito@kaizentools.jp",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set138")
