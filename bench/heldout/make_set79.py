"""Held-out set 79 for the offline mapping drafter.

Persona: a marketing manager in Istanbul, first language Turkish. Fluent but Turkish-shaped English:
the verb often comes last ("email to Email field copy please"), "if it is empty" follows the noun,
likes "must be" / "has to be" and "the same with", opens with "dear colleague", closes friendly
("easy work to you", "kolay gelsin"), numbers points with ")", makes a few harmless spelling slips.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h79-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: the brief's fixed table, authoring.RULE_KINDS (one table for every
set since set 76).
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
    hs,
    lower_emails,
    mc,
    omit_if_blank,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def rev_gt(v: str, limit: float) -> bool:
    return not blank(v) and float(v) > limit


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h79-01", H, L, """Dear colleague,

HubSpot contacts to Salesforce Lead we send. Please like this:
1) email to Email copy
2) firstname to FirstName, lastname to LastName copy
3) company to Company copy, jobtitle to Title copy. If one of them is empty, empty it stays, no default please
4) LeadSource must be always "Web" for all of them

Easy work to you!""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h79-02", H, L, """Dear colleague, for the Lead import from HubSpot some data is dirty, spaces are in front and back. So:

1) Email field from email, copy as it is.
2) Company from company, the spaces at start and end cut (trim). Company, if it is empty (or only spaces), "Unknown" write.
3) Title from jobtitle, also trim. Title, if empty, "Not given" write.
4) LastName from lastname copy.

Only these four fields. Kolay gelsin!""",
      extended(HS, hs(email="ali.kaya@bosphorus.com.tr", firstname="Ali", lastname="Kaya",
                      company="  Bosphorus Tekstil ", jobtitle=" Export Manager  "),
               hs(email="zeynep.celik@galata.com.tr", firstname="Zeynep", lastname="Celik",
                  company="   ", jobtitle="")))
def _02(r: R) -> Out:
    return {"Email": r["email"],
            "Company": "Unknown" if blank(r["company"]) else r["company"].strip(),
            "Title": "Not given" if blank(r["jobtitle"]) else r["jobtitle"].strip(),
            "LastName": r["lastname"]}


@case("h79-03", H, L, """Dear colleague,
HubSpot contact -> Salesforce Lead. Email is the same with HubSpot email, just copy. FirstName and LastName from firstname and lastname, but in title case has to be (first letter big, others small, every word). For Phone: first HubSpot phone take, if it is empty then mobilephone take, if also mobilephone empty then Phone field leave out, don't write it. Phone number as it is, no format change.
Thank you, easy work to you""",
      extended(HS, hs(email="can.ozturk@izmirport.com.tr", firstname="CAN", lastname="öztürk",
                      phone="", mobilephone="")))
def _03(r: R) -> Out:
    p = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if p is None else p})


@case("h79-04", H, L, """Dear colleague, for Lead please this table use for LeadSource, from HubSpot hs_analytics_source (original source):

"ORGANIC_SEARCH" -> "Web"
"PAID_SEARCH" -> "Advertisement"
"REFERRALS" -> "External Referral"
any other value, and also when source is empty -> "Other"

Email must be HubSpot email in lower case (all small letters). LastName from lastname copy. Nothing else send. Easy work to you!""", HS)
def _04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower(),
            "LastName": r["lastname"]}


@case("h79-05", H, L, """Dear colleague,

two kind of contacts we don't want in Salesforce as Lead:
1) contacts with hs_email_optout "true" -> skip. (If hs_email_optout empty, it is not opt out, send them)
2) contacts whose lifecyclestage is "customer" -> skip, they are already customer, not lead.

Other contacts: email to Email, firstname to FirstName, lastname to LastName, company to Company copy. Status has to be "Open - Not Contacted" for all.

Kolay gelsin :)""",
      extended(HS, hs(email="emre.yildiz@anatolia.com.tr", firstname="Emre", lastname="Yildiz",
                      company="Anatolia Foods", lifecyclestage="customer", hs_email_optout="false")))
def _05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h79-06", H, L, """Dear colleague, Rating of the Lead from HubSpot annualrevenue we calculate:
- revenue more than 5,000,000 -> Rating "Hot"
- revenue less than 1,000,000 -> Rating "Cold"
- between them -> "Warm"
- revenue empty -> also "Cold" write
NumberOfEmployees from numemployees, as whole number (integer) please. numemployees, if empty, NumberOfEmployees leave out.
Email from HubSpot email copy.
Easy work to you""", HS)
def _06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Cold"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                 "Email": r["email"]})


@case("h79-07", H, L, """Dear colleague,
Lead Phone must be E.164 format. From HubSpot phone take; when the number not starts with +, it is US number, so +1 put. phone, if empty, Phone field don't write at all.
City from HubSpot city and FirstName from firstname, both in title case (each word first letter capital, rest small).
Email the same with HubSpot email, copy.
Thanks, kolay gelsin""", HS)
def _07(r: R) -> Out:
    return keep({"Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]),
                 "FirstName": title(r["firstname"]), "Email": r["email"]})


@case("h79-08", H, L, """Dear colleague, only MQL and SQL to Salesforce please, so only contacts with lifecyclestage "marketingqualifiedlead" or "salesqualifiedlead". Others not send.

For them:
1) Email <- email, copy
2) Country <- country, in upper case (capital letters)
3) Description <- this text: "HubSpot " + lifecyclestage + " since " + createdate as YYYY-MM-DD. Example: "HubSpot salesqualifiedlead since 2023-12-05"

Easy work to you!""",
      extended(HS, hs(email="burak.sahin@marmara-yazilim.com.tr", firstname="Burak", lastname="Sahin",
                      lifecyclestage="marketingqualifiedlead", country="Turkey",
                      createdate="2024-02-19T13:20:00.000Z")))
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Country": r["country"].upper(),
            "Description": f"HubSpot {r['lifecyclestage']} since {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h79-09", H, C, """Dear colleague, HubSpot contacts to Salesforce Contact, adress into Mailing fields copy please:

address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry

Also email -> Email, firstname -> FirstName, lastname -> LastName. All plain copy; if some value is empty in HubSpot (state often empty), empty copy, no default. Kolay gelsin""", HS)
def _09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"],
            "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h79-10", H, C, """Dear colleague,

for Salesforce Contact two checkbox we need, true or false:
1) HasOptedOutOfEmail: true when HubSpot hs_email_optout is "true". When it is "false" or it is empty -> false.
2) DoNotCall: true when HubSpot phone is empty (no phone). When phone has value -> false. (mobilephone here not important)

Plus Email from email and LastName from lastname copy. Easy work to you!""", HS)
def _10(r: R) -> Out:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"]),
            "Email": r["email"], "LastName": r["lastname"]}


@case("h79-11", H, C, """Dear colleague, some contacts don't have first name. Then FirstName has to be the part of email before the @ (our emails are all small letters already). If firstname has value, firstname use.
Title: jobtitle, if it is empty then industry, if industry also empty "Contact" write.
Email field the same with HubSpot email. LastName from lastname copy.
Thanks, kolay gelsin""",
      extended(lower_emails(HS), hs(email="selin.aydin@kapadokya.com.tr", firstname="", lastname="Aydin",
                                    jobtitle="", industry="Tourism")))
def _11(r: R) -> Out:
    t = first_filled(r["jobtitle"], r["industry"])
    return {"FirstName": before_at(r["email"]) if blank(r["firstname"]) else r["firstname"],
            "Title": "Contact" if t is None else t, "Email": r["email"], "LastName": r["lastname"]}


@case("h79-12", H, C, """Dear colleague,
LeadSource on Contact from HubSpot lifecyclestage this way:
"subscriber" -> "Email"
"lead" -> "Web"
"marketingqualifiedlead" -> "Web"
"salesqualifiedlead" -> "Phone Inquiry"
"customer" -> "Other"
MailingState from state but capital letters (upper case). state, if empty, MailingState leave out.
Email from email copy.
Easy work to you""",
      extended(HS, hs(email="john.miller@hudsonbay.com", firstname="John", lastname="Miller",
                      lifecyclestage="lead", state="ny")))
def _12(r: R) -> Out:
    table = {"subscriber": "Email", "lead": "Web", "marketingqualifiedlead": "Web",
             "salesqualifiedlead": "Phone Inquiry", "customer": "Other"}
    return keep({"LeadSource": table[r["lifecyclestage"]], "MailingState": omit_if_blank(r["state"], str.upper),
                 "Email": r["email"]})


@case("h79-13", H, C, """Dear colleague, only US contacts to Salesforce Contact this time: country must be "United States", all other countries skip.
1) Email = HubSpot email lower case
2) Phone = phone; phone, if empty, mobilephone; if also mobilephone empty, Phone not write
3) Description = "Imported from HubSpot" always the same text
That's all, easy work to you!""",
      extended(HS, hs(email="Lisa.Park@MapleAve.com", firstname="Lisa", lastname="Park", country="United States",
                      phone="", mobilephone="(646) 555-0101")))
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    p = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"].lower(), "Phone": OMIT if p is None else p,
                 "Description": "Imported from HubSpot"})


@case("h79-14", H, C, """Dear colleague,

names in HubSpot sometimes with extra spaces and wrong big/small letters. For Contact:
1) FirstName from firstname: first trim (spaces start and end remove), then title case
2) LastName from lastname: the same, trim and title case
3) LeadSource from hs_analytics_source:
   "PAID_SEARCH" or "PAID_SOCIAL" -> "Advertisement"
   "REFERRALS" -> "Partner Referral"
   everything else, also empty source -> "Web"
4) Email from email, copy only

Kolay gelsin""",
      extended(HS, hs(email="ahmet.yilmaz@kadikoy.com.tr", firstname="  ahmet ", lastname=" YILMAZ ",
                      hs_analytics_source="SOCIAL_MEDIA")))
def _14(r: R) -> Out:
    src = r["hs_analytics_source"]
    ls = "Advertisement" if src in ("PAID_SEARCH", "PAID_SOCIAL") else "Partner Referral" if src == "REFERRALS" else "Web"
    return {"FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"].strip()),
            "LeadSource": ls, "Email": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h79-15", H, M, """Dear colleague, HubSpot to Mailchimp audience: email_address from email, FNAME from firstname and LNAME from lastname copy. status always "subscribed" must be. language from HubSpot hs_language; many contacts don't have hs_language at all, or it is empty, then language "en" write. Easy work to you!""",
      extended(HS, hs(email="elif.koc@bursaipek.com.tr", firstname="Elif", lastname="Koc", hs_language="tr")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h79-16", H, M, """Dear colleague,
Mailchimp status from HubSpot hs_email_optout:
1) "true" -> "unsubscribed"
2) "false" -> "subscribed"
3) empty -> "pending" (they confirm themselves)
email_address = email, FNAME = firstname, copy. Every member one tag gets: "HubSpot".
Kolay gelsin""", HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else "unsubscribed" if o == "true" else "subscribed"
    return {"status": status, "email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]},
            "tags": ["HubSpot"]}


@case("h79-17", H, M, """Dear colleague, tags for Mailchimp we decide like this, in this order:
- "Big Account" when annualrevenue more than 3,000,000 (revenue empty -> no this tag)
- "Customer" when lifecyclestage is "customer"
Contact with none of them, tags empty list has to be.
email_address from email and LNAME from lastname copy please. Easy work to you""",
      extended(HS, hs(email="hakan.aksoy@trakya-enerji.com.tr", firstname="Hakan", lastname="Aksoy",
                      annualrevenue="6000000", lifecyclestage="customer")))
def _17(r: R) -> Out:
    tags = []
    if rev_gt(r["annualrevenue"], 3_000_000):
        tags.append("Big Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"tags": tags, "email_address": r["email"], "merge_fields": {"LNAME": r["lastname"]}}


@case("h79-18", H, M, """Dear colleague,

1) FNAME only first word of firstname (some have two names, "Ayse Nur" -> "Ayse")
2) PHONE: phone, if it is empty mobilephone. Format E.164; number without + is US number, +1 must be added. If both phone and mobilephone empty, PHONE leave out
3) email_address from email copy

Kolay gelsin!""",
      extended(HS, hs(email="ayse.nur.demir@ankara-kimya.com.tr", firstname="Ayse Nur", lastname="Demir",
                      phone="", mobilephone="")))
def _18(r: R) -> Out:
    p = first_filled(r["phone"], r["mobilephone"])
    return keep({"merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if p is None else e164(p)},
                 "email_address": r["email"]})


@case("h79-19", H, M, """Dear colleague, contact without email (email empty) can not go to Mailchimp, skip please. Others: email_address from email, status "subscribed" for everybody. vip has to be true when lifecyclestage is "customer" or "evangelist", otherwise false. Easy work to you""",
      extended(HS, hs(email="", firstname="Mehmet", lastname="Gunes", lifecyclestage="customer"),
               hs(email="gokhan.tas@kapadokya-balon.com.tr", firstname="Gokhan", lastname="Tas",
                  lifecyclestage="evangelist")))
def _19(r: R) -> Out:
    if blank(r["email"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h79-20", H, M, """Dear colleague,
FNAME and LNAME from firstname and lastname, title case both. email_address from email copy (emails are small letters).
One tag only: the company name; company, if empty, then the part of email after the @ use as tag (so domain).
vip true when annualrevenue more than 5,000,000; less, or revenue empty -> vip false.
Thanks, kolay gelsin""", lower_emails(HS))
def _20(r: R) -> Out:
    return {"merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "email_address": r["email"],
            "tags": [after_at(r["email"]) if blank(r["company"]) else r["company"]],
            "vip": rev_gt(r["annualrevenue"], 5_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h79-21", H, S, """Dear colleague, Segment identify from HubSpot: userId is HubSpot email in lower case. traits.firstName from firstname, traits.lastName from lastname copy. traits.name is full name: firstname + one space + lastname. Easy work to you!""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h79-22", H, S, """Dear colleague,

company info under traits.company in Segment please. userId = email, copy.
1) traits.company.name from company. company, if empty, "Independent" write
2) traits.company.industry from industry; industry, if empty, leave out
3) traits.company.employee_count from numemployees as integer; if numemployees empty, leave out

Kolay gelsin""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h79-23", H, S, """Dear colleague,
userId must be HubSpot email (copy). Adress under traits.address:
city -> traits.address.city
state -> traits.address.state (state, if empty, don't write it)
zip -> traits.address.postalCode
country -> traits.address.country
Phone to traits.phone: phone, if empty mobilephone, in E.164 (no + in front means US, +1 add). Both empty -> traits.phone leave out.
Easy work to you""",
      extended(HS, hs(email="sibel.kaya@efes-turizm.com.tr", firstname="Sibel", lastname="Kaya",
                      phone="", mobilephone="", city="Izmir", state="", zip="35210", country="Turkey")))
def _23(r: R) -> Out:
    p = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if p is None else e164(p)}})


@case("h79-24", H, S, """Dear colleague,

1) userId: HubSpot email, trim and lower case (some have spaces and capital letters)
2) traits.title: jobtitle copy
3) traits.unsubscribed: true if hs_email_optout is "true", otherwise false (empty also false)
4) traits.annual_revenue: annualrevenue as number; annualrevenue, if empty, leave out

Kolay gelsin :)""",
      extended(HS, hs(email=" Oguz.Demir@Karadeniz.com.tr  ", firstname="Oguz", lastname="Demir",
                      jobtitle="Sales Director", hs_email_optout="", annualrevenue="")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h79-25", H, G, """Dear colleague, for GA4 Measurement Protocol one event per contact:
client_id = HubSpot email, copy.
Event name always "sign_up".
params:
1) method = "hubspot" (always this)
2) source = hs_analytics_source in lower case; source, if it is empty, "none" send
3) signup_date = createdate as YYYY-MM-DD
Easy work to you!""", HS)
def _25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "sign_up",
                        "params": {"method": "hubspot",
                                   "source": "none" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h79-26", H, G, """Dear colleague,
only contacts with annualrevenue more than 1,000,000 to GA4. Revenue empty -> not send.
client_id must be the part of email before @ (emails all small letters).
Event name "qualified_revenue", params: value = annualrevenue as number, currency = "USD".
Kolay gelsin""", lower_emails(HS))
def _26(r: R) -> Out:
    if not rev_gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_revenue",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h79-27", H, G, """Dear colleague, GA4 event name depends on lifecyclestage: "customer" -> event "purchase", all others -> "generate_lead". client_id from HubSpot email copy. Event params: lead_source from hs_analytics_source, if empty "DIRECT_TRAFFIC" write; company from company copy, if empty then empty text it stays. Easy work to you""", HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"lead_source": dflt(r["hs_analytics_source"], "DIRECT_TRAFFIC"),
                                   "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h79-28", L, H, """Dear colleague,

Salesforce Lead to HubSpot contact, simple copy:
Email -> email
FirstName -> firstname
LastName -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
City -> city
Country -> country

Empty values also empty copy, nothing invent please. Kolay gelsin!""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h79-29", L, H, """Dear colleague, HubSpot lifecyclestage from Lead Status:
"Open - Not Contacted" -> "lead"
"Working - Contacted" -> "marketingqualifiedlead"
"Closed - Converted" -> "customer"
"Closed - Not Converted" -> "other"
hs_email_optout has to be the text "true" when HasOptedOutOfEmail is true, otherwise the text "false".
email from Email copy. Easy work to you""", SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"lifecyclestage": table[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h79-30", L, H, """Dear colleague,
1) hs_lead_status from Rating: "Hot" -> "OPEN_DEAL", "Warm" -> "IN_PROGRESS", "Cold" -> "UNQUALIFIED"
2) annualrevenue from AnnualRevenue as a number; AnnualRevenue, if empty, annualrevenue leave out
3) email = Email in lower case
Kolay gelsin""",
      extended(SFL, sfl(Email="Kerem.Aslan@Konya-Tarim.com.tr", FirstName="Kerem", LastName="Aslan",
                        Rating="Warm", AnnualRevenue="750000.5")))
def _30(r: R) -> Out:
    table = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "UNQUALIFIED"}
    return keep({"hs_lead_status": table[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h79-31", L, H, """Dear colleague, UK leads only this time! Only Lead with Country "United Kingdom" to HubSpot, others skip.
- email from Email copy
- phone from Phone in E.164, UK number: the 0 at start remove, +44 put
- country from Country but upper case
- jobtitle from Title; Title, if empty, "Unknown" write
Easy work to you!""",
      extended(SFL, sfl(Email="olivia.bennett@thamesworks.co.uk", FirstName="Olivia", LastName="Bennett",
                        Title="", Phone="07700 900123", Country="United Kingdom", City="Leeds")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "country": r["Country"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h79-32", L, H, """Dear colleague,

Leads with Status "Closed - Not Converted" we don't want, skip them. For the rest:
1) email <- Email, copy
2) city <- City; City, if empty, "Unknown" write
3) message <- Title + " - " + Company (example "CEO - Baobab Energy"). Title, if empty, then only Company write, without the " - "

Kolay gelsin""",
      extended(SFL, sfl(Email="tarik.bulut@mersinliman.com.tr", FirstName="Tarik", LastName="Bulut",
                        Company="Mersin Liman", Title="", City="", Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "city": dflt(r["City"], "Unknown"),
            "message": r["Company"] if blank(r["Title"]) else f"{r['Title']} - {r['Company']}"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h79-33", C, M, """Dear colleague, Salesforce Contact to Mailchimp:
1) email_address = Email lower case
2) status: HasOptedOutOfEmail true -> "unsubscribed", false -> "subscribed"
3) tags: every member "Salesforce" tag gets; when LeadSource is "Trade Show", second tag "Trade Show" also (after "Salesforce"); LeadSource empty or other value -> only "Salesforce"
Easy work to you""", SFC)
def _33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h79-34", C, M, """Dear colleague,
Contacts with empty LeadSource skip, we don't know where they come from.
Others:
1) email_address from Email copy
2) PHONE from Phone, E.164 format (without + it is US, +1 add)
3) one tag from LeadSource:
   "Web" -> "Website"
   "Trade Show" -> "Event"
   "Partner Referral" -> "Partner"
Kolay gelsin!""",
      extended(SFC, sfc(Email="deniz.arslan@egeyazilim.com.tr", FirstName="Deniz", LastName="Arslan",
                        LeadSource="Partner Referral", Phone="+90 212 555 0133")))
def _34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    table = {"Web": "Website", "Trade Show": "Event", "Partner Referral": "Partner"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "tags": [table[r["LeadSource"]]]}


@case("h79-35", C, M, """Dear colleague, email_address the same with Salesforce Email. FNAME from FirstName, but FirstName, if empty, "Friend" write (for "Dear Friend" in newsletter). vip must be true when Department is "Sales", other department or empty department -> false. status for all "subscribed". Easy work to you""",
      extended(SFC, sfc(Email="info@kayseri-mobilya.com.tr", FirstName="", LastName="Kara", Department="Sales")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend")},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h79-36", C, M, """Dear colleague,

German newsletter list: only Contacts with MailingCountry "Germany" or "Austria". Others not send.
1) email_address <- Email
2) FNAME <- FirstName, LNAME <- LastName (copy)
3) status "subscribed" and language "de" for all
4) tags has to be empty list, no tags

Kolay gelsin""", SFC)
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h79-37", C, S, """Dear colleague, Segment from Salesforce Contact: userId = Email in small letters (lower case). traits.firstName from FirstName and traits.lastName from LastName copy. traits.title from Title; Title, if empty, traits.title don't send. Easy work to you!""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": omit_if_blank(r["Title"])}})


@case("h79-38", C, S, """Dear colleague,
userId must be Salesforce Email, copy.
traits.address.city = MailingCity, trimmed (spaces at begin and end away).
traits.address.country = MailingCountry trimmed; MailingCountry, if empty, "Unknown" write.
Only these. Kolay gelsin""",
      extended(SFC, sfc(Email="murat.eren@trabzon-cay.com.tr", FirstName="Murat", LastName="Eren",
                        MailingCity="  Trabzon ", MailingCountry=" Turkey "),
               sfc(Email="nina.berg@fjordtech.no", FirstName="Nina", LastName="Berg",
                   MailingCity="Bergen", MailingCountry="")))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": "Unknown" if blank(r["MailingCountry"]) else r["MailingCountry"].strip()}}}


@case("h79-39", C, S, """Dear colleague,

1) userId = Email (copy)
2) traits.phone = Phone in E.164; number without + is US, so +1
3) traits.name = FirstName + " " + LastName
4) traits.source (our own trait) from LeadSource: "Web" -> "inbound", "Trade Show" -> "event", any other value and also empty -> "other"

Easy work to you!""", SFC)
def _39(r: R) -> Out:
    src = {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}", "source": src}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h79-40", M, H, """Dear colleague, Mailchimp members back to HubSpot:
1) email = email_address, copy
2) firstname = FNAME in title case
3) lastname = LNAME in title case; LNAME, if empty, lastname leave out
4) hs_email_optout: the text "true" when status is "unsubscribed", for every other status the text "false"
5) hs_language = language; language, if empty, "en" write
Kolay gelsin""",
      extended(MC, mc({"FNAME": "SERKAN", "LNAME": "ozdemir"}, email_address="serkan.ozdemir@antalya-otel.com.tr",
                       language="", status="subscribed")))
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
                 "hs_language": dflt(r["language"], "en")})


@case("h79-41", M, H, """Dear colleague,
"cleaned" members (status "cleaned") we don't take to HubSpot, skip.
For others: email from email_address copy. phone from PHONE merge field in E.164 (no + means US, +1 add); PHONE, if empty, phone not write. lifecyclestage "customer" when vip is true, when vip false -> "subscriber".
Easy work to you""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return keep({"email": r["email_address"], "phone": omit_if_blank(r["merge_fields"]["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h79-42", M, H, """Dear colleague,

1) firstname: only first word of FNAME (FNAME "Mehmet Ali" -> "Mehmet")
2) company: from COMPANY merge field; COMPANY, if empty, part of email_address after the @ (the domain) write
3) lifecyclestage: when member has tag "Customer" -> "customer", otherwise "lead"
4) email from email_address copy

Kolay gelsin!""",
      extended(MC, mc({"FNAME": "Mehmet Ali", "LNAME": "Sen", "COMPANY": ""}, email_address="mehmet.ali@bogazici.com.tr",
                      tags=["Webinar", "Customer"])))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]),
            "company": after_at(r["email_address"]) if blank(mf["COMPANY"]) else mf["COMPANY"],
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set79")
