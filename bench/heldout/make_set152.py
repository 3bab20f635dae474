"""Held-out set 152 for the offline mapping drafter.

Persona: Jonas Becker, marketing-automation lead at an industrial-machinery maker in Munich,
German his first language. Every mapping reaches the ops team as a Confluence page pasted as
plain text: a page title, then some of 'Goal' / 'Scope' / 'Mapping' / 'Rules' / 'Open points',
now and then a table pasted with pipes or tabs and an 'Info:' / 'Note:' / 'Warning:' panel.
His English is German-shaped: 'shall' and 'must' for every rule, 'in case the field is empty',
'resp.', 'i.e.', 'per default', 'the mail address', 'take over' for copy, 'not relevant' for
fields or records that are not sent, numbers with a decimal comma ('1.000.000,00', '5 Mio.'),
dates written 31.12.2026, and 'Open points: none' at the end unless an open point is answered
right there on the page.

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


@case("h152-01-fair-leads-fixed-source", H, L, """HubSpot -> Salesforce Lead: basic sync of fair contacts

Goal: every HubSpot contact shall be created resp. updated as Lead in Salesforce.

Mapping:
email | Email
firstname | First Name
lastname | Last Name
company | Company
jobtitle | Title

Rules: all values are taken over 1:1, i.e. no trimming and no change of upper/lower case. In case a field is empty in HubSpot, it stays empty on the Lead, we do not fill in anything.
Lead Source is set fix to 'Trade Show' for every record.

Open points: none""",
      extended(HS,
               hs(email="stefan.brandl@kessler-antriebe.de", firstname="Stefan", lastname="Brandl", company="",
                  jobtitle="  "),
               hs(email="ines.moreau@atelier-vert.fr", firstname=" Ines", lastname="Moreau ", company="Atelier Vert",
                  jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Trade Show"}


@case("h152-02-lead-import-defaults", H, L, """Lead Import HubSpot (Rollout Q3)

Scope: HubSpot contacts -> Salesforce Leads

Mapping
- the mail address goes to Email, take over as it is
- first name -> First Name, take over as it is
- last name -> Last Name, but trimmed (blanks at the beginning and end removed)
- company -> Company, also trimmed. Salesforce must have a Company, so in case the field is empty we send 'Unknown Company' instead.
- job title -> Title. Per default 'Not specified' in case the job title is empty, otherwise take over unchanged (here no trim!).

Note: 'empty' means the field is missing, has no value or contains only spaces.""",
      extended(HS,
               hs(email="anton.hofer@steyr-lift.at", firstname="Anton", lastname=" Hofer ", company="   ", jobtitle=""),
               hs(email="petra.lang@bergmann-hydraulik.de", firstname="Petra", lastname="Lang",
                  company=" Bergmann Hydraulik GmbH ", jobtitle="  "),
               hs(email="urs.meili@meili-ag.ch", firstname=" Urs", lastname="Meili", company="Meili AG",
                  jobtitle=" Einkauf ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown Company").strip(), "Title": dflt(r["jobtitle"], "Not specified")}


@case("h152-03-mobile-first-title-case", H, L, """HubSpot contacts to SF Lead - phone and name formatting

Rules:
1. First Name and Last Name must be written in title case, i.e. every word starts with a capital letter and the rest is small ('GARCIA' -> 'Garcia').
2. Phone (Lead): we take the mobile number. In case the mobile is empty, the normal phone number shall be taken. In case both are empty, Phone is not sent at all (not part of the record). The number is taken over without any formatting.
3. Email: take over the mail address.

Open points: none""",
      extended(HS,
               hs(email="karlheinz.mueller@alpenmaschinen.de", firstname="KARL HEINZ", lastname="müller",
                  mobilephone="", phone="  "),
               hs(email="sabine.ott@ott-druckluft.de", firstname="sabine", lastname="OTT", mobilephone="   ",
                  phone="+49 89 5555 0120"),
               hs(email="tom.reiter@reiter-cnc.de", firstname="Tom", lastname="Reiter", mobilephone="", phone="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h152-04-rating-from-lifecycle", H, L, """Lead Rating from Lifecycle Stage

Goal: Sales wants to see directly in Salesforce how warm a lead is.

Mapping:
Email (Lead) = the HubSpot mail address, converted to lower case
Last Name = lastname, take over
Company = company, take over

Rating shall be derived from the lifecycle stage:
Lifecycle Stage\tRating
salesqualifiedlead\tHot
opportunity\tHot
marketingqualifiedlead\tWarm
all other stages, and also in case the stage is empty\tCold

Open points: none""",
      extended(HS,
               hs(email="Georg.Pichler@Pichler-Foerdertechnik.AT", lastname="Pichler", company="Pichler Fördertechnik",
                  lifecyclestage=""),
               hs(email="MARTA.NOWAK@WISLA-STAL.PL", lastname="Nowak", company="Wisla Stal", lifecyclestage="opportunity"),
               hs(email="Jan.DeVries@Polder.NL", lastname="Vries", company="Polder BV", lifecyclestage="   "),
               hs(email="olaf.berg@nordkran.se", lastname="Berg", company="Nordkran", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    rating = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
            "Rating": rating.get(r["lifecyclestage"], "Cold")}


@case("h152-05-exclude-optout-and-customers", H, L, """Salesforce Lead Sync - Exclusions

Scope: all HubSpot contacts, but NOT
a) contacts with opt-out, i.e. 'Unsubscribed from all email' = "true". GDPR, they must not go to sales. Empty resp. "false" is no opt-out, these contacts are synced.
b) contacts whose lifecycle stage is 'customer' (these are maintained in SF as Contact already).

Mapping for the rest: email -> Email, firstname -> First Name, lastname -> Last Name, company -> Company, all 1:1.
Lead Status shall always be 'Open - Not Contacted'.

Open points: none""",
      extended(HS,
               hs(email="felix.kern@kern-gusstechnik.de", firstname="Felix", lastname="Kern", company="Kern Gusstechnik",
                  lifecyclestage="customer", hs_email_optout="false"),
               hs(email="ida.lund@lund-verktyg.se", firstname="Ida", lastname="Lund", company="Lund Verktyg",
                  lifecyclestage="lead", hs_email_optout=""),
               hs(email="rui.costa@costa-metal.pt", firstname="Rui", lastname="Costa", company="",
                  lifecyclestage="evangelist", hs_email_optout="  "),
               hs(email="eva.roth@roth-pumpen.de", firstname="Eva", lastname="Roth", company="Roth Pumpen",
                  lifecyclestage="opportunity", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h152-06-rating-by-revenue-employees", H, L, """Page: Lead scoring via revenue

Email: take over the mail address.

Annual Revenue (HubSpot) decides the Rating on the Lead:
- more than 10.000.000,00 -> 'Hot'
- less than 1.000.000,00 -> 'Cold'
- everything in between -> 'Warm'
- in case the revenue is empty -> also 'Cold'

Number of Employees -> Employees on the Lead, as whole number (integer, no decimals). In case it is empty the field is not relevant, i.e. not sent.""",
      extended(HS,
               hs(email="max.eder@eder-walzwerk.de", annualrevenue="15000000.50", numemployees="1200"),
               hs(email="lisa.fuchs@fuchs-antriebe.de", annualrevenue="  ", numemployees="  "),
               hs(email="paul.haas@haas-stanztechnik.de", annualrevenue="950000", numemployees="8"),
               hs(email="nora.keller@keller-ventile.de", annualrevenue="1000000.01", numemployees="")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else "Hot" if v > 10_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h152-07-us-phone-e164-title-case", H, L, """HubSpot -> Lead: normalisation of phone numbers

Phone (Lead) must be in E.164 format, i.e. '+', country code and only digits. Our US inside-sales team dials directly from Salesforce, so a number without country prefix is a US number and gets +1. A number which already starts with '+' keeps its own country code. In case the phone field is empty, Phone is left out of the record.

First Name, Last Name and City (Lead): title case, i.e. first letter of every word capital, rest small.
Email: 1:1 from the mail address.""",
      extended(HS,
               hs(email="ryan.cole@midwest-tooling.com", firstname="RYAN", lastname="cole", city="LOS ANGELES",
                  phone="(312) 555-0177"),
               hs(email="amy.ward@ward-presses.com", firstname="amy", lastname="Ward", city="des moines",
                  phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h152-08-us-only-state-upper-description", H, L, """US Leads from HubSpot

Scope: Only contacts with Country/Region = 'United States' (exactly this value). All other countries are not relevant for this sync.

Mapping:
- Email <- email
- Last Name <- lastname
- Company <- company
- State/Province <- state, in capital letters (e.g. 'tx' -> 'TX')
- Description <- text composed like this: 'HubSpot stage: ' + lifecycle stage + ', created: ' + create date

Info: the create date only as date in the format YYYY-MM-DD (e.g. 2026-12-31), not in German format and without the time.

Open points: none""",
      extended(HS,
               hs(email="josh.miller@miller-fab.com", lastname="Miller", company="Miller Fab", country="United States",
                  state="tx", lifecyclestage="lead", createdate="2024-02-19T12:15:00.000Z"),
               hs(email="kate.hunt@hunt-machining.com", lastname="Hunt", company="", country="United States",
                  state="oh", lifecyclestage="opportunity", createdate="2024-05-30T13:40:00.000Z"),
               hs(email="bill.ross@ross-gears.com", lastname="Ross", company="Ross Gears", country="USA", state="mi"),
               hs(email="anne.kraus@kraus-anlagenbau.de", lastname="Kraus", company="Kraus Anlagenbau",
                  country="Germany", state="by")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "State": r["state"].upper(),
            "Description": "HubSpot stage: " + r["lifecyclestage"] + ", created: " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h152-09-mailing-address-copy", H, C, """HubSpot -> Salesforce Contact: address data for the catalogue mailing

| HubSpot   | Salesforce Contact      |
| email     | Email                   |
| firstname | First Name              |
| lastname  | Last Name               |
| address   | Mailing Street          |
| city      | Mailing City            |
| state     | Mailing State/Province  |
| zip       | Mailing Zip/Postal Code |
| country   | Mailing Country         |

Rules: everything is taken over 1:1 (no trim, no formatting). Empty values in HubSpot are written as empty values to Salesforce.
Open points: none""",
      extended(HS,
               hs(email="heike.sommer@sommer-kaeltetechnik.de", firstname="Heike", lastname="Sommer", address="  ",
                  city="Augsburg", state="BY", zip="", country="Germany"),
               hs(email="luca.bianchi@bianchi-utensili.it", firstname="Luca", lastname="Bianchi",
                  address="Via Roma 12 ", city="Brescia", state="", zip="25121", country="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h152-10-optout-and-do-not-call-flags", H, C, """Contact flags (Opt-Out / Do Not Call)

Email and Last Name: take over.

Email Opt Out on the Contact shall be true when 'Unsubscribed from all email' in HubSpot is "true". For "false" and in case the field is empty -> false.

Do Not Call shall be true in case the contact has neither a phone number nor a mobile number (both empty; a field with only spaces counts as empty). As soon as one of both is filled -> false.

Open points: none""",
      extended(HS,
               hs(email="rolf.bauer@bauer-foerderband.de", lastname="Bauer", phone="", mobilephone="  ",
                  hs_email_optout="true"),
               hs(email="clara.wolf@wolf-spanntechnik.de", lastname="Wolf", phone="   ", mobilephone="",
                  hs_email_optout=""),
               hs(email="ben.jung@jung-lager.de", lastname="Jung", phone="  ", mobilephone="+49 171 5550142",
                  hs_email_optout="   ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h152-11-last-name-fallback-chain", H, C, """Contact Last Name - fallback

Salesforce does not accept a Contact without Last Name, therefore:
Last Name = HubSpot last name. In case it is empty, the company name shall be taken. In case the company is also empty, the part of the mail address before the @.
(Empty means also only spaces.)
Email and First Name: take over 1:1.

Open point: does this also affect the Lead sync? -> No, only Contacts.""",
      extended(lower_emails(HS),
               hs(email="service@vogt-foerdertechnik.de", firstname="", lastname="", company="Vogt Fördertechnik"),
               hs(email="m.weber@weber-kompressoren.de", firstname="Markus", lastname="  ", company=""),
               hs(email="info@linde-schweisstechnik.de", firstname="", lastname="", company="   ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h152-12-source-table-state-upper", H, C, """Original Source -> Lead Source (Contact)

Mapping table for the Lead Source of the Contact:
ORGANIC_SEARCH | Web
PAID_SEARCH | Advertisement
PAID_SOCIAL | Advertisement
REFERRALS | External Referral
OFFLINE | Trade Show
(empty) | Other
Other source values do not occur in our portal (checked with a HubSpot report on 12.05.2026).

Mailing State/Province: HubSpot state in capital letters. In case the state is empty, the field is not sent.
Email: take over.""",
      extended(HS,
               hs(email="jakob.maier@maier-hebetechnik.de", hs_analytics_source="OFFLINE", state="by"),
               hs(email="lea.schulz@schulz-filter.de", hs_analytics_source="", state="  "),
               hs(email="tim.kuhn@kuhn-pressen.de", hs_analytics_source="REFERRALS", state="nrw")))
def o12(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "OFFLINE": "Trade Show", "": "Other"}
    return keep({"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h152-13-customers-only-phone-fallback", H, C, """Customer Contacts HubSpot -> SF

Scope: only customers, i.e. lifecycle stage = 'customer'. Leads, subscribers etc. are not relevant.

Rules:
- Email: the mail address in lower case
- Last Name: take over
- Business Phone: the phone number; in case it is empty, the mobile number instead (every customer has at least one of both, checked on 03.06.2026)
- Contact Description: fix text 'Customer (HubSpot)' for all

Open points: none""",
      extended(HS,
               hs(email="Karin.Seidl@Seidl-Antriebe.de", lastname="Seidl", lifecyclestage="customer", phone="  ",
                  mobilephone="+49 171 5550123"),
               hs(email="DIRK.VOSS@VOSS-HYDRAULIK.DE", lastname="Voss", lifecyclestage="customer",
                  phone="+49 40 5550188", mobilephone=""),
               hs(email="Mia.Hahn@Hahn-Technik.de", lastname="Hahn", lifecyclestage="opportunity")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "Customer (HubSpot)"}


@case("h152-14-title-trim-city-case-source", H, C, """Contact sync - cleansing of job title and city

Email -> Email (take over)
Job title -> Title, trimmed (leading and trailing spaces removed, nothing else)
City -> Mailing City, in title case (first letter of each word capital, the rest small)
Lead Source from the Original Source:
    ORGANIC_SEARCH   Web
    PAID_SEARCH      Advertisement
    REFERRALS        External Referral
    all other values, also in case the source is empty: Other

Open points: none""",
      extended(HS,
               hs(email="gerd.lehner@lehner-industrie.de", jobtitle=" Leiter Instandhaltung ", city="NEW YORK",
                  hs_analytics_source="OFFLINE"),
               hs(email="susanne.brandt@brandt-ventile.de", jobtitle="   ", city="münchen", hs_analytics_source="  "),
               hs(email="erik.falk@falk-stahl.de", jobtitle="Plant Manager", city="bad tölz",
                  hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h152-15-newsletter-language-default", H, M, """Newsletter audience - HubSpot contacts to Mailchimp

Mapping:
mail address -> Email Address
first name -> First Name (FNAME)
last name -> Last Name (LNAME)
Names are taken over 1:1.

Email type shall always be 'html'.
Language: from the HubSpot property 'Preferred language' (hs_language). Per default 'de' in case it is empty resp. the property does not exist on the contact at all.

Open points: none""",
      extended(HS,
               hs(email="carlos.ruiz@ruiz-maquinaria.es", firstname="Carlos", lastname="Ruiz", hs_language="es"),
               hs(email="helga.stein@stein-lagertechnik.de", firstname="Helga", lastname="Stein", hs_language="  "),
               hs(email="luc.martin@martin-usinage.fr", firstname="Luc", lastname="Martin", hs_language="fr"),
               hs(email="gabi.ernst@ernst-foerdertechnik.de", firstname="Gabi", lastname="Ernst", hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "email_type": "html", "language": dflt(r.get("hs_language"), "de")}


@case("h152-16-status-from-optout", H, M, """Mailchimp subscription status

Warning: we must not subscribe anybody who opted out in HubSpot!

Status (Mailchimp) is set from 'Unsubscribed from all email':
"true"  -> unsubscribed
"false" -> subscribed
empty (also only spaces) -> pending, i.e. the contact gets the double-opt-in mail first

Every member gets the tag 'HubSpot Import' (only this one tag).
Email Address = the mail address, take over.""",
      extended(HS,
               hs(email="otto.brunner@brunner-kettentechnik.de", hs_email_optout="  "),
               hs(email="vera.koch@koch-schleiftechnik.de", hs_email_optout="false")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "unsubscribed" if v == "true" else "subscribed" if v == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case("h152-17-tags-big-account-customer", H, M, """Tags for Mailchimp segments

Email Address: take over the mail address.

Tags shall be set as follows (in this order):
1) 'Big Account' in case the annual revenue is more than 5 Mio. (5.000.000,00). An empty revenue gets no 'Big Account'.
2) 'Customer' in case the lifecycle stage is exactly 'customer'.
If none of both applies, the member gets an empty tag list.

Open points: none""",
      extended(HS,
               hs(email="ralf.winter@winter-antriebstechnik.de", annualrevenue="7500000", lifecyclestage="customer"),
               hs(email="anja.berger@berger-dichtungen.de", annualrevenue="  ", lifecyclestage="customer"),
               hs(email="kurt.frank@frank-werkzeugbau.de", annualrevenue="5000000.01", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5_000_000):
        tags.append("Big Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h152-18-first-name-word-mobile-e164", H, M, """Mailchimp SMS readiness

Goal: we want to start SMS campaigns in 2027, so the phone must be in E.164 already now.

Rules:
- Email Address: mail address, take over
- FNAME: only the first word of the first name (e.g. 'Anna Maria' -> 'Anna')
- PHONE: the mobile number; in case the mobile is empty (or only spaces), the normal phone number. Format E.164: numbers starting with '+' keep their country code, all others are US numbers and get '+1' in front. Info: a US number which already starts with the 1 (11 digits) gets no second 1.

Open points: none""",
      extended(HS,
               hs(email="anna.vogel@vogel-kunststoff.de", firstname="Anna Maria", mobilephone="   ",
                  phone="(303) 555-0160"),
               hs(email="jp.girard@girard-robotique.fr", firstname="Jean Paul", mobilephone="1 720 555 0111",
                  phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
                                                          "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h152-19-skip-without-company-vip", H, M, """B2B newsletter (Mailchimp) - Scope and VIP

Scope: contacts without company are private persons and are not relevant for the B2B newsletter, i.e. in case the company is empty (or contains only blanks) the contact is not transferred.

Mapping:
- Email Address <- mail address (1:1)
- Language: fix 'en' for everybody
- VIP: true in case the lifecycle stage is 'customer' or 'evangelist', otherwise false

Open points: none""",
      extended(HS,
               hs(email="walter.huber@huber-mechanik.at", company="  ", lifecyclestage="customer"),
               hs(email="iris.baum@baum-antriebe.de", company="Baum Antriebe", lifecyclestage="evangelist"),
               hs(email="hans.reich@reich-spindeln.de", company="Reich Spindeln", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "language": "en",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h152-20-names-company-domain-vip-revenue", H, M, """HubSpot -> Mailchimp: names, company, VIP

First Name (FNAME) and Last Name (LNAME) shall be in title case: every word with capital first letter, rest in small letters.
Company (merge field COMPANY): the HubSpot company; in case it is empty, the domain of the mail address instead, i.e. the part after the @.
VIP = true when the annual revenue is more than 2.000.000,00, otherwise false. Empty revenue -> false.
Email Address: 1:1.

Open points: none""",
      extended(lower_emails(HS),
               hs(email="f.schneider@schneider-kranbau.de", firstname="FRANZ", lastname="schneider", company="  ",
                  annualrevenue="2100000"),
               hs(email="k.lorenz@lorenz-giesserei.de", firstname="katrin", lastname="LORENZ", company="",
                  annualrevenue="")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h152-21-identify-full-name", H, S, """Segment identify for HubSpot contacts

userId = the mail address in lower case.
Traits:
  email      -> the mail address 1:1 (not lowercased!)
  firstName  -> first name, take over
  lastName   -> last name, take over
  name       -> first name + one space + last name (e.g. 'Jonas Becker')

Open points: none""",
      extended(HS,
               hs(email="Martin.Gruber@Gruber-Kessel.de", firstname="Martin", lastname="Gruber"),
               hs(email="SIMONE.KRAFT@KRAFT-LASER.DE", firstname="Simone", lastname="Kraft")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "firstName": r["firstname"],
                                                      "lastName": r["lastname"],
                                                      "name": r["firstname"] + " " + r["lastname"]}}


@case("h152-22-company-traits", H, S, """Segment - company traits

Goal: Account-based reporting in Segment.
Mapping:
- userId: the mail address, 1:1
- traits -> company -> name: HubSpot company; per default 'Unknown' in case it is empty
- traits -> company -> industry: HubSpot industry; in case empty not sent
- traits -> company -> employee_count: Number of Employees as whole number (integer); in case empty not sent

Open points: none""",
      extended(HS,
               hs(email="sven.albrecht@albrecht-zerspanung.de", company="   ", industry="Machinery", numemployees="35"),
               hs(email="julia.peters@peters-ofenbau.de", company="Peters Ofenbau", industry="  ", numemployees="  ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h152-23-address-traits-phone", H, S, """Segment identify - address and phone

userId: mail address, take over.

traits.address:
street\taddress (take over)
city\tcity (take over)
postalCode\tzip (take over)
country\tcountry (take over)
state\tstate; in case empty the state is left out

traits.phone: office phone in E.164. In case the office phone is empty the mobile number shall be taken. Numbers without '+' are US numbers (+1 in front), numbers with '+' keep their country code. In case both numbers are empty, phone is not sent.

Open points: none""",
      extended(HS,
               hs(email="greg.stone@stone-automation.com", address="44 Elm St", city="Dayton", zip="45402",
                  country="United States", state="OH", phone="  ", mobilephone="937-555-0144"),
               hs(email="elke.maurer@maurer-pumpen.de", address="Hauptstr. 5", city="Rosenheim", zip="83022",
                  country="Germany", state="  ", phone="", mobilephone="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"], "country": r["country"],
                    "state": omit_if_blank(r["state"])},
        "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h152-24-userid-clean-optout-revenue", H, S, """Segment: HubSpot contacts (Identify)

Info: some mail addresses came with spaces and capital letters out of the fair import 2025.

userId must be the mail address trimmed and in lower case.
traits.title = job title (take over 1:1).
traits.unsubscribed shall be a boolean: true for "true" in 'Unsubscribed from all email', false for "false" and also false in case the field is empty.
traits.annual_revenue = annual revenue as number; in case it is empty the trait is not relevant (not sent).

Open points: none""",
      extended(HS,
               hs(email="  Tobias.Engel@Kranbau-Sued.de ", jobtitle="Einkaufsleiter", hs_email_optout="  ",
                  annualrevenue="650000.5"),
               hs(email="MONIKA.ZIEGLER@ZIEGLER-GUSS.DE ", jobtitle="", hs_email_optout="true", annualrevenue="  ")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h152-25-ga4-contact-sync-event", H, G, """GA4 - offline import of HubSpot contacts

Goal: see the CRM contacts in GA4 next to the web traffic.

Mapping:
client_id = the mail address, take over 1:1
event name = 'crm_contact_sync' (fix)
event params:
  source_system = 'hubspot' (fix)
  traffic_source = Original Source in lower case; in case the source is empty (also only spaces) we send '(not set)'
  created_on = create date as YYYY-MM-DD (not 14.03.2023, without time)

Open points: none""",
      extended(HS,
               hs(email="lukas.wimmer@wimmer-technik.de", hs_analytics_source="  ",
                  createdate="2024-03-11T12:30:00.000Z"),
               hs(email="sara.klein@klein-feinmechanik.de", hs_analytics_source="OFFLINE",
                  createdate="2025-10-02T14:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"], "events": [{"name": "crm_contact_sync", "params": {
        "source_system": "hubspot", "traffic_source": "(not set)" if blank(src) else src.lower(),
        "created_on": day(r["createdate"])}}]}


@case("h152-26-ga4-high-value-accounts", H, G, """GA4 event for high value accounts

Scope: only contacts with an annual revenue of more than 3 Mio. (3.000.000,00). Contacts with empty revenue are not sent.

client_id: part of the mail address before the @
Event name: 'high_value_account'
Parameter value: the annual revenue as number
Parameter currency: always 'USD' (HubSpot portal currency)

Open points: none""",
      extended(lower_emails(HS),
               hs(email="o.hartmann@hartmann-stahlbau.de", annualrevenue="3500000.50"),
               hs(email="b.lindner@lindner-kran.de", annualrevenue="   "),
               hs(email="c.engel@engel-presswerk.de", annualrevenue="2999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 3_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "high_value_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h152-27-ga4-customer-or-lead-event", H, G, """GA4: customer vs. lead event

client_id = mail address (1:1).
Event name depends on the lifecycle stage: 'customer_update' in case the stage is 'customer', for all other stages (also empty) 'lead_update'.
Params:
- industry: HubSpot industry, per default 'other' in case it is empty
- job_title: job title, take over as it is (empty stays empty)

Open points: none""",
      extended(HS,
               hs(email="thomas.graf@graf-anlagen.de", lifecyclestage="", industry="  ", jobtitle="Geschäftsführer"),
               hs(email="nina.busch@busch-motoren.de", lifecyclestage="customer", industry="Machinery",
                  jobtitle="  ")))
def o27(r: R) -> Out:
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "industry": dflt(r["industry"], "other"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h152-28-leads-back-to-hubspot", L, H, """Salesforce Leads -> HubSpot contacts (back sync)

Lead field\tHubSpot property
Email\temail
First Name\tfirstname
Last Name\tlastname
Company\tcompany
Title\tjobtitle
Phone\tphone
Zip/Postal Code\tzip

All fields are taken over unchanged. In case a field is empty on the Lead, the HubSpot property is written empty as well.
Open points: none""",
      extended(SFL,
               sfl(Email="bernd.koenig@koenig-hydraulik.de", FirstName="Bernd", LastName="König", Company="",
                   Title="  ", Phone="", PostalCode="80331"),
               sfl(Email="ana.petrovic@petrovic-metal.rs", FirstName=" Ana", LastName="Petrovic", Company="Petrovic Metal",
                   Title="", Phone="+381 11 555 0100", PostalCode="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "zip": r["PostalCode"]}


@case("h152-29-lead-status-and-optout-text", L, H, """Lead Status + Opt-Out to HubSpot

Email: take over.

Lead Status (SF) -> Lead Status (HubSpot):
Open - Not Contacted | NEW
Working - Contacted | IN_PROGRESS
Closed - Converted | CONNECTED
Closed - Not Converted | UNQUALIFIED

'Unsubscribed from all email' in HubSpot is a text field: "true" in case Email Opt Out is set on the Lead, otherwise "false".

Open points: none""",
      extended(SFL,
               sfl(Email="petr.novak@novak-stroje.cz", Status="Working - Contacted", HasOptedOutOfEmail=False),
               sfl(Email="laura.weiss@weiss-lasertechnik.de", Status="Open - Not Contacted", HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h152-30-rating-to-lifecycle-revenue", L, H, """SF Lead -> HubSpot: lifecycle + revenue

Goal: marketing nurtures by lifecycle stage, so the Rating of the Lead must be translated.

Rating | Lifecycle Stage
Hot | salesqualifiedlead
Warm | marketingqualifiedlead
Cold | lead

Annual Revenue: take over as number. In case it is empty on the Lead, not relevant (don't send).
email: the Lead Email in lower case (HubSpot dedup).

Open points: none""",
      extended(SFL,
               sfl(Email="Rainer.Zimmermann@Zimmermann-Foerder.DE", Rating="Warm", AnnualRevenue="1750000.25"),
               sfl(Email="HELENA.SOKOL@SOKOL-TECH.PL", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h152-31-uk-leads-only", L, H, """UK Leads into HubSpot

Scope: only Leads with Country = 'United Kingdom'. Leads of all other countries: not relevant.

Mapping:
Email -> email (1:1)
Phone -> phone, in E.164 for the UK: remove the leading 0 and put +44 in front (e.g. 020 7946 0321 -> +442079460321). A number which already starts with + stays with its country code.
Zip/Postal Code -> Postal Code, in capital letters
Title -> Job Title; per default 'Not provided' in case the title is empty

Open points: none""",
      extended(SFL,
               sfl(Email="oliver.grant@grant-engineering.co.uk", Country="United Kingdom", Phone="0161 496 0753",
                   PostalCode="m1 1ae", Title=""),
               sfl(Email="fiona.reid@reid-pumps.co.uk", Country="United Kingdom", Phone="+44 20 7946 0958",
                   PostalCode="ec1a 1bb", Title="   "),
               sfl(Email="sean.byrne@byrne-tools.ie", Country="Ireland", Phone="01 555 0199", PostalCode="d02 x285")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not provided")}


@case("h152-32-skip-lost-leads-address-line", L, H, """Leads -> HubSpot, without the lost ones

Scope: Leads with Lead Status 'Closed - Not Converted' are not transferred.

Email: take over.
Job Title: Title of the Lead; in case empty -> 'n/a' per default.
Street Address (HubSpot): one line composed of Street + ', ' + City (e.g. 'Leopoldstr. 10, München'). In case the Street is empty, only the City (without comma). The City is always filled on our Leads.

Open points: none""",
      extended(SFL,
               sfl(Email="dieter.lang@lang-maschinen.de", Status="Working - Contacted", Street="", City="Ulm", Title=""),
               sfl(Email="rita.moser@moser-technik.ch", Status="Open - Not Contacted", Street="   ", City="Zürich",
                   Title="COO"),
               sfl(Email="jonas.beck@beck-antriebe.de", Status="Closed - Not Converted", Street="Ringstr. 3",
                   City="Passau", Title="")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "n/a"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h152-33-contacts-status-tags", C, M, """SF Contacts -> Mailchimp audience 'Kunden-Newsletter'

Email Address: the Contact Email in lower case.
Status: in case Email Opt Out is set on the Contact -> 'unsubscribed', otherwise 'subscribed'.
Tags: every member gets 'Salesforce'; additionally 'Trade Fair' in case the Lead Source is 'Trade Show'. Order: 'Salesforce' first.

Open points: none""",
      extended(SFC,
               sfc(Email="Markus.Ebner@Ebner-Kessel.AT", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
               sfc(Email="ULLA.PETERSEN@PETERSEN-WINDEN.DK", HasOptedOutOfEmail=False, LeadSource="Partner")))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Fair"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h152-34-contacts-with-phone-language", C, M, """Mailchimp SMS pilot - SF Contacts

Scope: Contacts without Business Phone (empty or only spaces) are not relevant and are skipped.

Mapping:
- Email Address: Email, take over
- Phone (merge field PHONE): Business Phone in E.164; all numbers without '+' are US numbers (+1), numbers with '+' keep their country code
- Language from the Mailing Country:
    Germany -> de
    Austria -> de
    Switzerland -> de
    United States -> en

Open points: none""",
      extended(SFC,
               sfc(Email="reto.keller@keller-praezision.ch", Phone="(720) 555-0133", MailingCountry="Switzerland"),
               sfc(Email="jana.horn@horn-foerdertechnik.de", Phone="", MailingCountry="Germany"),
               sfc(Email="mike.dunn@dunn-machinery.com", Phone="   ", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "Switzerland": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h152-35-pending-vip-trade-show", C, M, """Contacts from Salesforce -> Mailchimp (double opt-in)

Email Address <- Email (1:1)
FNAME <- First Name; in case the first name is empty the default 'Customer' shall be used
LNAME <- Last Name (1:1)
VIP: true only in case the Lead Source is exactly 'Trade Show', otherwise false (also when the Lead Source is empty)
Status: always 'pending', because of GDPR every contact must confirm the double opt-in first.

Open points: none""",
      extended(SFC,
               sfc(Email="bettina.ruf@ruf-getriebe.de", FirstName="  ", LastName="Ruf", LeadSource="Trade Show"),
               sfc(Email="henrik.olsen@olsen-maskin.no", FirstName="Henrik", LastName="Olsen", LeadSource="  "),
               sfc(Email="p.arnold@arnold-lagertechnik.de", FirstName="", LastName="Arnold", LeadSource="Web")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "pending"}


@case("h152-36-engineering-newsletter", C, M, """Engineering Newsletter (Mailchimp)

Scope: only Contacts of the Department 'Engineering' (exactly this value). All other departments resp. Contacts without department are not relevant.

Mapping: Email -> Email Address, First Name -> FNAME, Last Name -> LNAME, all take over 1:1.
Status shall be 'subscribed' and language 'de' for every member.
Tags: no tags, i.e. an empty tag list is sent.

Open points: none""",
      extended(SFC,
               sfc(Email="karl.brenner@brenner-mechatronik.de", FirstName="Karl", LastName="Brenner",
                   Department="Engineering"),
               sfc(Email="sophie.lenz@lenz-automation.de", FirstName="Sophie", LastName=" Lenz", Department="Engineering"),
               sfc(Email="uwe.haller@haller-gruppe.de", FirstName="Uwe", LastName="Haller", Department="Purchasing")))
def o36(r: R) -> Out:
    if r["Department"] != "Engineering":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h152-37-identify-sf-contacts", C, S, """Segment Identify from SF Contacts

userId: Email of the Contact in lower case
traits.email: Email, take over as it is
traits.firstName / traits.lastName: First Name resp. Last Name, take over
traits.title: Title of the Contact; in case the Title is empty this trait is left out

Open points: none""",
      extended(SFC,
               sfc(Email="Stefanie.Krug@Krug-Armaturen.de", FirstName="Stefanie", LastName="Krug", Title="  "),
               sfc(Email="ALEX.MEYER@MEYER-SPANNTECHNIK.DE", FirstName="Alex", LastName="Meyer", Title="Head of R&D")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"email": r["Email"], "firstName": r["FirstName"],
                                                          "lastName": r["LastName"],
                                                          "title": omit_if_blank(r["Title"])}})


@case("h152-38-identify-mailing-address", C, S, """Segment: mailing address of the Contacts

userId = Email (1:1).
traits -> address -> city: Mailing City, trimmed (spaces before and after removed).
traits -> address -> country: Mailing Country as it is; in case it is empty, per default 'Germany' (most of our contacts are German).

Open points: none""",
      extended(SFC,
               sfc(Email="werner.kaiser@kaiser-walzen.de", MailingCity=" Munich ", MailingCountry="  "),
               sfc(Email="lisa.egger@egger-hebezeuge.at", MailingCity="Graz  ", MailingCountry="Austria"),
               sfc(Email="tim.schuster@schuster-pressen.de", MailingCity="Regensburg", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"].strip(),
                                                         "country": dflt(r["MailingCountry"], "Germany")}}}


@case("h152-39-identify-phone-name-channel", C, S, """SF Contact -> Segment identify

Mapping:
userId\tEmail (take over)
traits.phone\tBusiness Phone in E.164 - without '+' it is a US number (+1 in front), with '+' the country code stays (a US number which already begins with the 1 gets no second 1)
traits.name\tFirst Name + ' ' + Last Name
traits.lead_channel\tfrom the Lead Source, see below

Lead Source -> lead_channel:
Web = online
Trade Show = event
Partner Referral = partner
every other value and also empty = other

Open points: none""",
      extended(SFC,
               sfc(Email="mark.olson@olson-drives.com", FirstName="Mark", LastName="Olson", Phone="(608) 555-0123",
                   LeadSource="Partner Referral"),
               sfc(Email="eva.sattler@sattler-technik.de", FirstName="Eva", LastName="Sattler", Phone="+49 911 5550170",
                   LeadSource="  "),
               sfc(Email="dan.price@price-hydraulics.com", FirstName="Dan", LastName="Price", Phone="1-414-555-0190",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                                             "lead_channel": channel.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h152-40-mailchimp-back-names-optout", M, H, """Mailchimp members -> HubSpot contacts

email: Email Address, take over.
firstname: FNAME in title case (each word: first letter capital, the rest small).
lastname: LNAME in title case as well; in case LNAME is empty, lastname is not sent, so we do not overwrite anything in HubSpot.
company: COMPANY merge field; per default 'Private Customer' in case it is empty.
'Unsubscribed from all email' as text: "true" in case the Mailchimp status is 'unsubscribed', "false" for all other status values.

Open points: none""",
      extended(MC,
               mc({"FNAME": "KLAUS DIETER", "LNAME": "  ", "COMPANY": "  "}, email_address="klaus.dieter@web.de",
                  status="pending"),
               mc({"FNAME": "birgit", "LNAME": "SEILER", "COMPANY": "Seiler Zahnradfabrik"},
                  email_address="birgit.seiler@seiler-zahnrad.de", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Private Customer"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h152-41-skip-cleaned-vip-opportunity", M, H, """Mailchimp -> HubSpot (members of the audience 'Messe 2026')

Scope: members with status 'cleaned' (bounced addresses) must not be transferred.

Mapping:
- email <- Email Address
- firstname <- FNAME, take over
- phone <- PHONE in E.164 format. Numbers without '+' are US numbers, so +1 in front; with '+' the own country code is kept. Empty PHONE -> phone is not sent.
- lifecyclestage: 'opportunity' for VIP members (VIP = true), for all others 'lead'

Open points: none""",
      extended(MC,
               mc({"FNAME": "Gregor", "PHONE": "  "}, email_address="gregor.wendt@wendt-maschinen.de",
                  status="subscribed", vip=True),
               mc({"FNAME": "Alma", "PHONE": "(614) 555-0107"}, email_address="alma.reyes@reyes-fab.com",
                  status="pending", vip=False),
               mc({"FNAME": "Ole", "PHONE": "+45 33 55 50 12"}, email_address="ole.madsen@madsen-staal.dk",
                  status="cleaned", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "opportunity" if r["vip"] else "lead"})


@case("h152-42-webinar-tag-to-mql", M, H, """Mailchimp -> HubSpot: webinar participants

Goal: webinar participants shall be MQLs in HubSpot.

email = Email Address (take over)
firstname = first word of FNAME only (e.g. 'Hans Peter' -> 'Hans')
company = COMPANY; in case it is empty, the domain of the mail address, i.e. everything after the @
lifecyclestage = 'marketingqualifiedlead' in case the member has the tag 'Webinar' (exactly this spelling), otherwise 'subscriber'

Open points: none""",
      extended(MC,
               mc({"FNAME": "Hans Peter", "COMPANY": "   "}, email_address="hp.wagner@wagner-stahlbau.de",
                  tags=["Messe", "Webinar"]),
               mc({"FNAME": "Greta", "COMPANY": "Lutz Kältetechnik"}, email_address="greta.lutz@lutz-kaelte.de",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set152")
