"""Held-out set 126 for the offline mapping drafter.

Persona: Yael, CRM manager at a small SaaS startup in Tel Aviv, writing to the integration
engineer in Slack between two meetings. Hebrew is her first language and her English follows
it: very direct, articles mostly dropped, rules in the present tense ("Company takes from
company"), "so" and "also" in unexpected places ("no phone so put the mobile", "empty also
goes empty"), "it needs to be", "for every lead to put". She asks herself a question and
answers it on the same line ("empty? so Unknown"), throws in "yalla", "sababa" or "b'seder",
writes field names in lower case whatever the platform, and changes arrow direction from one
message to the next: sometimes "->" from source to destination, sometimes "<-" with the
destination on the left. Often she sends two messages in a row, the second adding a detail or
correcting something she got wrong in the first.

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# --------------------------------------------------------------------------- hubspot -> Lead


@case("h126-01-lead-plain-copy", H, L, """hi, new sync: hubspot contacts -> salesforce leads. simple one

email -> email
firstname -> firstname
lastname -> lastname
company -> company
jobtitle -> title
phone -> phone

all of them copy like they are. if something is empty in hubspot so it goes empty also to salesforce, no filling, nothing.
and leadsource it needs to be "Web" for every lead. thanks!""", extended(
    HS,
    hs(email="noa.levi@gilboa.co.il", firstname="Noa", lastname="Levi", company="", jobtitle="   ", phone=""),
    hs(email="itai.peretz@kinneret.dev", firstname="", lastname="Peretz", company="Kinneret Dev",
       jobtitle="CTO", phone="03-555-0172"),
))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h126-02-lead-spaces-and-empties", H, L, """hubspot -> sf lead. i write salesforce side first this time

email <- email, just copy
lastname <- lastname, copy
company <- company, cut the spaces at start and end. empty? so "Independent"
title <- jobtitle, also cut spaces start/end, and when it's empty put "Unknown"
city <- city with spaces cut, nothing more

empty for me = nothing there or only spaces""", extended(
    HS,
    hs(email="gal.mor@arava.ag", lastname="Mor", company="  Arava Agritech  ", jobtitle="", city=" Eilat "),
    hs(email="dana.sela@carmel.io", lastname="Sela", company="   ", jobtitle="  Growth Lead ", city="Haifa"),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Independent").strip(),
            "Title": dflt(r["jobtitle"], "Unknown").strip(), "City": r["city"].strip()}


@case("h126-03-lead-phone-or-mobile", H, L, """salesforce lead from hubspot contact please

- email goes to email as is
- firstname, lastname -> firstname / lastname but every word with capital first letter and the rest small. people type "maria" or "GARCIA" in forms all the time, it needs to be Maria Garcia
- phone: take from phone. no phone so put the mobilephone. also no mobile? so phone is not sent, leave it out of the lead completely

the number itself copy like it is, don't format it""", extended(
    HS,
    hs(email="yoav.shapiro@negev.io", firstname="yoav", lastname="SHAPIRO", phone="", mobilephone=""),
    hs(email="rina.azulay@galil.co", firstname="RINA", lastname="azulay", phone="  ", mobilephone="050-555-0143"),
))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h126-04-lead-source-map", H, L, """hubspot contacts → sf leads. leadsource comes from original source (hs_analytics_source):
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
REFERRALS -> Partner Referral
all the other values -> Other. also when original source is empty so Other

lastname -> lastname, copy
email -> email but all small letters

---
oops, correction. REFERRALS needs to be External Referral, not Partner Referral. partner is other thing for us. rest like i wrote""", extended(
    HS,
    hs(email="TAMAR.COHEN@Yarden-Labs.com", lastname="Cohen", hs_analytics_source="OFFLINE"),
    hs(email="Eli.Bar@Kfar.co", lastname="Bar", hs_analytics_source="   "),
))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"LeadSource": table.get(r["hs_analytics_source"], "Other"), "LastName": r["lastname"],
            "Email": r["email"].lower()}


@case("h126-05-lead-skip-optout-customers", H, L, """hubspot -> salesforce Lead

who we DON'T send:
1. unsubscribed ones (hs_email_optout = "true")
2. lifecycle stage customer, they are already in sf as contacts

hs_email_optout empty means not unsubscribed, so they go. b'seder?
all the rest we send with:
email -> email, firstname -> firstname, lastname -> lastname, company -> company (copy, no changes, empty stays empty)
status -> "Open - Not Contacted" for all of them""", extended(
    HS,
    hs(email="avi.katz@ramot.io", lifecyclestage="customer", hs_email_optout="false"),
    hs(email="lior.gat@yam.co.il", firstname="Lior", lastname="Gat", company="", lifecyclestage="opportunity",
       hs_email_optout=""),
    hs(email="hadar.s@bat-yam.org", firstname="Hadar", lastname="Segal", lifecyclestage="lead", hs_email_optout="true"),
))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h126-06-lead-rating-by-revenue", H, L, """for lead rating we go by hubspot annual revenue:
more than 5,000,000 -> Hot
less than 1,000,000 -> Cold
between them -> Warm
no revenue at all (empty) -> Cold also

numberofemployees <- numemployees, as whole number. numemployees empty? so don't put the field
email -> email like always. that's it, nothing else in this one""", extended(
    HS,
    hs(email="shani.r@beersheva.io", annualrevenue="5000000.5", numemployees="1200"),
    hs(email="amir.k@kiryat.co", annualrevenue="999999", numemployees="  "),
    hs(email="yarden.m@nazareth.io", annualrevenue="  ", numemployees="3"),
    hs(email="tali.o@arad.co", annualrevenue="1000000.5", numemployees="60"),
))
def o06(r: R) -> Out:
    v = r["annualrevenue"]
    if blank(v) or float(v) < 1_000_000:
        rating = "Cold"
    elif float(v) > 5_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                 "Email": r["email"]})


@case("h126-07-lead-intl-phone", H, L, """yalla another one. hubspot contact -> sf lead

email <- email
phone <- phone in E.164, like +14155550142. number without + is US so +1 before the digits. number that already starts with + keeps its own country code, only digits after the +. phone empty -> don't send phone at all
city <- city, first letter of every word capital, rest small (Tel Aviv, not TEL AVIV or tel aviv)
firstname <- firstname, same capital-first thing""", extended(
    HS,
    hs(email="moran.dahan@ashdod.co", firstname="MORAN", city="TEL AVIV", phone="212 555 0100"),
    hs(email="kobi.levy@eilat.io", firstname="kobi", city="eilat", phone="  "),
))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]),
                 "FirstName": title(r["firstname"])})


@case("h126-08-lead-us-only", H, L, """only US contacts go to sf leads (country is "United States"). others stay in hubspot, we don't send them

for the US ones:
email -> email
state -> state, in capital letters (ca -> CA)
description it needs to be: original source, then " | created ", then createdate as date only YYYY-MM-DD
so for example: ORGANIC_SEARCH | created 2023-03-14""", extended(
    HS,
    hs(email="ron.ofer@bayside.us", country="United States", state="ny", hs_analytics_source="DIRECT_TRAFFIC",
       createdate="2024-02-20T13:00:00.000Z"),
    hs(email="neta.bar@herzliya.io", country="Israel", state="", hs_analytics_source=""),
    hs(email="lee.m@austin.us", country="United States", state="Tx", hs_analytics_source="PAID_SEARCH",
       createdate="2024-08-01T12:30:00.000Z"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"{r['hs_analytics_source']} | created {day(r['createdate'])}"}


# ------------------------------------------------------------------------ hubspot -> Contact


@case("h126-09-contact-mailing-address", H, C, """hubspot contact → salesforce Contact. address part goes to the mailing fields in sf:

address -> mailingstreet
city -> mailingcity
state -> mailingstate
zip -> mailingpostalcode
country -> mailingcountry

plus email -> email, firstname -> firstname, lastname -> lastname
everything straight copy. empty stays empty, we don't fill anything""", extended(
    HS,
    hs(email="hila.bar@modiin.org", firstname="Hila", lastname="Bar", address="", city="Modiin", state="",
       zip="  ", country="Israel"),
))
def o09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"],
            "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h126-10-contact-checkboxes", H, C, """Contact in salesforce from hubspot. two checkboxes:

hasoptedoutofemail = true when hs_email_optout is "true". when it's "false" or empty -> false
donotcall = true when the contact has no phone AND no mobilephone (both empty). one of them has a number? so false

email -> email, copy
nothing more""", extended(
    HS,
    hs(email="uri.golan@golan.farm", hs_email_optout="  ", phone="", mobilephone="  "),
    hs(email="sivan.regev@tlv.co", hs_email_optout="true", phone="", mobilephone="054-555-0101"),
))
def o10(r: R) -> Out:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]), "Email": r["email"]}


@case("h126-11-contact-names-from-email", H, C, """we have lot of contacts from forms without names, so for sf contact:

sf firstname <- hubspot firstname. empty? take the email before the @ (dana@x.com -> dana)
sf lastname <- hubspot lastname. if empty so company. if company also empty, so again the part of the email before @
sf email <- email as is""", extended(
    lower_emails(HS),
    hs(email="ori.katz@tlvlabs.io", firstname="", lastname="", company="TLV Labs"),
    hs(email="shira@moshav.org", firstname="  ", lastname="", company=""),
    hs(email="eden.p@golan.net", firstname="Eden", lastname=" ", company="  "),
))
def o11(r: R) -> Out:
    local = before_at(r["email"])
    return {"FirstName": first_filled(r["firstname"], local),
            "LastName": first_filled(r["lastname"], r["company"], local), "Email": r["email"]}


@case("h126-12-contact-country-codes", H, C, """hubspot → sf Contact

mailingcountry: in sf we keep 2-letter codes, so
United States = US
Japan = JP
Mexico = MX
France = FR
(only these 4 countries in this segment, i checked)

mailingstate = state in capital letters. no state -> leave mailingstate out
email = email""", extended(
    HS,
    hs(email="ana.lopez@jalisco.mx", country="Mexico", state="jal"),
    hs(email="yuki.mori@osaka.jp", country="Japan", state="  "),
))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep({"MailingCountry": codes[r["country"]], "MailingState": omit_if_blank(r["state"], str.upper),
                 "Email": r["email"]})


@case("h126-13-contact-stage-lead-only", H, C, """sf Contact sync, only contacts with lifecycle stage "lead" (exactly lead, not mql/sql, not others). rest not going

email <- email in lowercase
phone <- phone, and if phone is empty so take mobilephone
leadsource <- "Web" always

that's all""", extended(
    HS,
    hs(email="Omer.Tal@Shaked.IO", lifecyclestage="lead", phone="", mobilephone="052-555-0188"),
    hs(email="gili.ron@sde.co", lifecyclestage="customer"),
    hs(email="Bat.Sheva@Beeri.org", lifecyclestage="lead", phone="  ", mobilephone="+972 52 555 0111"),
))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "lead":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


@case("h126-14-contact-source-words", H, C, """sf contacts from hubspot, 4 fields only:

email -> email
jobtitle -> title, remove spaces before and after
lastname -> lastname, every word starts capital and rest small letters (MIZRAHI -> Mizrahi)
hs_analytics_source -> leadsource:
  REFERRALS -> Word of mouth
  PAID_SEARCH -> Advertisement
  OFFLINE -> Trade Show
  any other value, or empty -> Web""", extended(
    HS,
    hs(email="adi.mizrahi@rehovot.bio", lastname="MIZRAHI", jobtitle="  Head of Growth  ",
       hs_analytics_source="OFFLINE"),
    hs(email="tomer.ashkenazi@holon.ai", lastname="ashkenazi", jobtitle="   ", hs_analytics_source=""),
))
def o14(r: R) -> Out:
    table = {"REFERRALS": "Word of mouth", "PAID_SEARCH": "Advertisement", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "LastName": title(r["lastname"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------------- hubspot -> Mailchimp


@case("h126-15-mc-language-en", H, M, """hubspot contacts to mailchimp audience

email_address <- email
fname <- firstname
lname <- lastname
phone merge field <- phone
(copy, empty is ok, it stays empty)

status <- "subscribed" for everybody
language <- hs_language (the preferred language). many contacts don't have it at all, so then "en\"""", extended(
    HS,
    hs(email="michal.har@jlm.org", hs_language="he"),
    hs(email="sam.r@brooklyn.us", hs_language="  ", phone=""),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": r["phone"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h126-16-mc-status-three-ways", H, M, """mailchimp status, from hubspot unsubscribe field (hs_email_optout):
"true" -> unsubscribed
"false" -> subscribed
empty -> pending (so they get the double opt-in mail)

email_address = email
tags = one tag "hubspot-import" on everyone, only this one""", extended(
    HS,
    hs(email="roy.n@eshkol.co", hs_email_optout="  "),
    hs(email="mika.d@yokneam.io", hs_email_optout="false"),
))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else {"true": "unsubscribed", "false": "subscribed"}[v]
    return {"status": status, "email_address": r["email"], "tags": ["hubspot-import"]}


@case("h126-17-mc-tags-by-size-stage", H, M, """which tags we put in mailchimp? depends:
- annual revenue more than 10,000,000 -> tag "Big Account"
- lifecycle stage is customer -> tag "Customer"
both true? so both tags, in this order. nothing true -> tags is empty list []. revenue empty = not big account

email_address <- email, fname <- firstname""", extended(
    HS,
    hs(email="eyal.ben@corp.co.il", firstname="Eyal", annualrevenue="15000000", lifecyclestage="customer"),
    hs(email="noga@petah.io", firstname="Noga", annualrevenue="10000000.5", lifecyclestage="lead"),
    hs(email="oren.f@yehud.co", firstname="Oren", annualrevenue="  ", lifecyclestage="customer"),
))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 10_000_000):
        tags.append("Big Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"tags": tags, "email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}}


@case("h126-18-mc-first-name-phone", H, M, """for mailchimp:
fname: only the first word of firstname ("Anna Maria" -> "Anna")
phone merge field: phone in E.164. no + in the number? it is US, put +1 before the digits. has +? keep its code, just the digits after it. phone empty -> take mobilephone, same format
email_address: email

everyone has at least one of phone/mobile, i checked""", extended(
    HS,
    hs(email="anna.maria@ramat.co", firstname="Anna Maria", phone="  ", mobilephone="(650) 555-0111"),
    hs(email="dana.li@hod.io", firstname=" Dana  Li", phone="+972 3 555 0123"),
))
def o18(r: R) -> Out:
    return {"merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))},
            "email_address": r["email"]}


@case("h126-19-mc-b2b-only-vip", H, M, """hubspot -> mailchimp
contacts without company we don't send (company empty or just spaces). this list is B2B only

for the rest:
email_address <- email
status <- subscribed, always
vip <- true when lifecycle stage is customer or evangelist, otherwise false""", extended(
    HS,
    hs(email="roni.g@gefen.vc", company="Gefen Ventures", lifecyclestage="evangelist"),
    hs(email="yossi.b@gmail.com", company="   ", lifecyclestage="customer"),
    hs(email="paz.c@pazbio.il", company="PazBio", lifecyclestage="customer"),
))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h126-20-mc-domain-as-lname", H, M, """mailchimp from hubspot, small one

fname <- firstname, capital first letter of each word, rest small
lname <- lastname as is. no lastname? so put the domain of the email (what is after the @), like it is
vip <- true if annualrevenue more than 3,000,000. else false. revenue empty also false
email_address <- email""", extended(
    lower_emails(HS),
    hs(email="avi@startupnation.co.il", firstname="AVI", lastname="", annualrevenue="3000000.5"),
    hs(email="lea.s@kibbutz.org", firstname="lea", lastname="  ", annualrevenue="2999999"),
))
def o20(r: R) -> Out:
    return {"merge_fields": {"FNAME": title(r["firstname"]), "LNAME": first_filled(r["lastname"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 3_000_000), "email_address": r["email"]}


# ------------------------------------------------------------------------ hubspot -> Segment


@case("h126-21-seg-full-name", H, S, """segment identify from hubspot contacts

userId <- email in lowercase
traits:
 email <- email (as is, here no lowercase)
 firstName <- firstname
 lastName <- lastname
 name <- firstname + space + lastname
 title <- jobtitle
copy as is. empty job title stays empty string""", extended(
    HS,
    hs(email="Shai.Nadav@Kiryat.IO", firstname="Shai", lastname="Nadav", jobtitle=""),
))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h126-22-seg-company-object", H, S, """identify call. userId is the email

company stuff goes under traits.company:
traits.company.name <- company. empty -> "Independent"
traits.company.industry <- industry. empty -> don't send industry
traits.company.employee_count <- numemployees as integer. empty -> don't send it also""", extended(
    HS,
    hs(email="lihi@start.io", company="  ", industry="  ", numemployees="  "),
    hs(email="ben.s@finco.co", company="FinCo", industry="Fintech", numemployees="7"),
))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h126-23-seg-address-phone", H, S, """hubspot -> segment identify. userId is the email (as is)

address goes into traits.address:
street <- address
city <- city
state <- state. state empty? don't send state
postalCode <- zip
country <- country
(the other ones copy, also when empty)

and traits.phone <- phone in E.164, US when there is no + (so +1), with + keep its own code.
no phone -> mobilephone, same way. no mobile also -> no traits.phone""", extended(
    HS,
    hs(email="tal.e@haifa.tech", phone="", mobilephone="", state="  ", address=""),
    hs(email="nir.a@paloalto.us", phone="  ", mobilephone="415.555.0123", state="CA"),
))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h126-24-seg-unsub-revenue", H, S, """segment, from hubspot contacts

userId = email, but remove spaces from start and end and make it all lowercase (some emails came with spaces from the csv import)
traits.title = jobtitle, copy
traits.unsubscribed = boolean from hs_email_optout: "true" -> true, "false" -> false, empty -> false
traits.annual_revenue = annualrevenue as number. empty? so skip this trait""", extended(
    HS,
    hs(email="  Roni.Ashkenazi@Gmail.com ", hs_email_optout="  ", annualrevenue="750000.25"),
    hs(email="KEREN@OFEK.IO", hs_email_optout="true", annualrevenue="", jobtitle=""),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------------------- hubspot -> GA4


@case("h126-25-ga4-signup-event", H, G, """ga4 measurement protocol, one event for each hubspot contact:

client_id <- email (copy)
event name = "hubspot_signup", fixed
params:
 currency = "USD", fixed
 industry = industry in lowercase. industry empty -> send it empty "", don't skip it
 signup_date = createdate, only the date YYYY-MM-DD""", extended(
    HS,
    hs(email="shir@galil.io", industry="  ", createdate="2024-06-10T12:00:00.000Z"),
    hs(email="matan.v@ramla.co", industry="FinTech", createdate="2023-09-30T11:15:00.000Z"),
))
def o25(r: R) -> Out:
    ind = "" if blank(r["industry"]) else r["industry"].lower()
    return {"client_id": r["email"],
            "events": [{"name": "hubspot_signup",
                        "params": {"currency": "USD", "industry": ind, "signup_date": day(r["createdate"])}}]}


@case("h126-26-ga4-big-companies", H, G, """ga4 from hubspot. only companies with annualrevenue bigger than 1,000,000. revenue empty -> not sending

client_id <- email, only the part before the @
event name: "big_company_seen"
params.value <- annualrevenue as number
params.currency <- "USD\"""", extended(
    lower_emails(HS),
    hs(email="ido@negev.ai", annualrevenue="1000000.01"),
    hs(email="mor@arad.co", annualrevenue="999999.99"),
    hs(email="gil@yavne.io", annualrevenue="  "),
))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_company_seen",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h126-27-ga4-stage-event", H, G, """sababa, last ga4 one

event name: lifecyclestage is customer -> "customer_sync". all other stages -> "lead_sync"
client_id <- email
params.job_title <- jobtitle. empty so "unknown"
params.country <- country, copy""", extended(
    HS,
    hs(email="eden@rishon.co", lifecyclestage="customer", jobtitle="  ", country=""),
    hs(email="nadav.c@modiin.io", lifecyclestage="evangelist", jobtitle="CMO", country="Israel"),
))
def o27(r: R) -> Out:
    name = "customer_sync" if r["lifecyclestage"] == "customer" else "lead_sync"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "unknown"), "country": r["country"]}}]}


# ------------------------------------------------------------------------ Lead -> hubspot


@case("h126-28-hs-from-lead-copy", L, H, """from salesforce leads into hubspot contacts, plain copy:

email -> email
firstname -> firstname
lastname -> lastname
company -> company
title -> jobtitle
phone -> phone
city -> city
country -> country

sf field empty so hubspot gets empty too, nothing invented""", extended(
    SFL,
    sfl(Email="keren.or@or.tech", FirstName="Keren", LastName="Or", Title="   ", Phone="", City="", Country="Israel"),
))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h126-29-hs-stage-from-status", L, H, """sf lead -> hubspot contact

lifecyclestage from lead status:
Open - Not Contacted = lead
Working - Contacted = marketingqualifiedlead
Closed - Converted = customer
Closed - Not Converted = other

hs_email_optout from hasoptedoutofemail, as text "true" / "false" (hubspot wants a string there)
email from email""", extended(
    SFL,
    sfl(Email="adva.sh@netanya.co", Status="Working - Contacted", HasOptedOutOfEmail=True),
))
def o29(r: R) -> Out:
    stages = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
              "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"lifecyclestage": stages[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h126-30-hs-lead-status-rating", L, H, """rating in sf -> lead status in hubspot (hs_lead_status):
Hot -> CONNECTED
Warm -> IN_PROGRESS
Cold -> UNQUALIFIED

annualrevenue <- annualrevenue as a number. if empty skip it, don't send
email <- email all lowercase""", extended(
    SFL,
    sfl(Email="Yonatan.Bar@Kfar-Saba.com", Rating="Cold", AnnualRevenue="750000.50"),
    sfl(Email="OSNAT@LOD.IO", Rating="Warm", AnnualRevenue="  "),
))
def o30(r: R) -> Out:
    status = {"Hot": "CONNECTED", "Warm": "IN_PROGRESS", "Cold": "UNQUALIFIED"}[r["Rating"]]
    return keep({"hs_lead_status": status, "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h126-31-hs-uk-leads", L, H, """UK leads only (country = United Kingdom). the rest we don't sync

phone <- phone in E.164. they are UK so +44 and the 0 at the start goes away (020 7946 0321 -> +442079460321). number that starts already with + so only keep + and the digits
zip <- postalcode in capital letters
jobtitle <- title. empty -> "Unknown"
email <- email""", extended(
    SFL,
    sfl(Email="tom.h@leeds.co.uk", Country="United Kingdom", Phone="07700 900123", PostalCode="ls1 4ap", Title=""),
    sfl(Email="ava.j@mcr.co.uk", Country="United Kingdom", Phone="+44 161 555 0100", PostalCode="M1 1AE", Title="  "),
    sfl(Email="sean.k@dublin.ie", Country="Ireland", Phone="+353 1 555 0100", PostalCode="D02 X285"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(), "jobtitle": dflt(r["Title"], "Unknown"),
            "email": r["Email"]}


@case("h126-32-hs-street-city", L, H, """sf lead -> hubspot contact. leads with status Closed - Not Converted don't send

email <- email
company <- company. empty -> put "Unknown"
address <- street + ", " + city (like "200 Lake St, Chicago")

---
ah and if street is empty so only the city, without the comma. city we always have""", extended(
    SFL,
    sfl(Email="hadas.k@haifa.ac", Street="", City="Haifa", Company=""),
    sfl(Email="zohar.m@eilat.co", Street="  ", City="Eilat", Company="  "),
    sfl(Email="gone@closed.co", Status="Closed - Not Converted"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"), "address": addr}


# ------------------------------------------------------------------ Contact -> Mailchimp


@case("h126-33-mc-from-contact-tags", C, M, """salesforce contacts -> mailchimp

email_address = email, lowercase
status: hasoptedoutofemail true -> unsubscribed, false -> subscribed
tags: always "salesforce". and if leadsource is Trade Show so add also "trade-show" after it""", extended(
    SFC,
    sfc(Email="Maya.Levin@Expo.IL", LeadSource="Trade Show", HasOptedOutOfEmail=True),
))
def o33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h126-34-mc-phone-language", C, M, """contacts with no phone (empty) -> skip, they don't go to mailchimp

phone merge field <- phone in E.164. no + so US number (+1). with + keep the own country code
language <- from mailingcountry:
Germany -> de
Austria -> de
United States -> en
Israel -> he
email_address <- email""", extended(
    SFC,
    sfc(Email="noam.s@jaffa.co.il", MailingCountry="Israel", Phone="+972 3 555 0100"),
    sfc(Email="jonas.k@berlin.de", MailingCountry="Germany", Phone=""),
    sfc(Email="eva.m@graz.at", MailingCountry="Austria", Phone="   "),
))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    langs = {"Germany": "de", "Austria": "de", "United States": "en", "Israel": "he"}
    return {"merge_fields": {"PHONE": e164(r["Phone"])}, "language": langs[r["MailingCountry"]],
            "email_address": r["Email"]}


@case("h126-35-mc-tradeshow-vip", C, M, """sf Contact -> mailchimp member

email_address <- email
fname <- firstname. no first name? so "Friend" (for the "hi Friend" emails)
lname <- lastname, copy
vip: leadsource = Trade Show -> true. any other source -> false, and empty leadsource also false
email_type <- "html" always""", extended(
    SFC,
    sfc(Email="rotem@expo.co.il", FirstName="", LeadSource="Trade Show"),
    sfc(Email="amit.z@rosh.io", FirstName="  ", LeadSource="  "),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "email_type": "html"}


@case("h126-36-mc-opted-in-only", C, M, """only contacts that did NOT opt out of email (hasoptedoutofemail false). opted out ones don't go

email_address <- email
fname <- firstname
lname <- lastname
status "subscribed" and language "en", same for all of them
tags: empty list. we clear the tags, so send [] explicitly""", extended(
    SFC,
    sfc(Email="hagar@kineret.co", FirstName="Hagar", LastName="", HasOptedOutOfEmail=False),
    sfc(Email="out@optout.co", HasOptedOutOfEmail=True),
))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# -------------------------------------------------------------------- Contact -> Segment


@case("h126-37-seg-contact-birthday", C, S, """salesforce Contact → segment identify

userId <- email in lowercase
traits.email <- email (copy, don't touch the case here)
traits.firstName <- firstname
traits.lastName <- lastname
traits.title <- title. when empty so no title trait
traits.birthday <- birthdate. when empty so no birthday also""", extended(
    SFC,
    sfc(Email="Liat.Ben@Rehovot.AC.IL", Title="  ", Birthdate="1995-02-28"),
))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h126-38-seg-contact-city", C, S, """userId <- email
traits.address.city <- mailingcity, remove the spaces around
traits.address.country <- mailingcountry. empty -> "Unknown"
nothing else in traits. b'seder""", extended(
    SFC,
    sfc(Email="guy@haifa.co", MailingCity="  Haifa ", MailingCountry=""),
    sfc(Email="ella@ashdod.io", MailingCity="Ashdod", MailingCountry="  "),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h126-39-seg-contact-source", C, S, """segment identify from sf contacts

userId <- email
traits.phone <- phone in E.164 (no + means US, +1). with + keep it, only the digits after
traits.name <- firstname + " " + lastname
traits.source from leadsource:
 Web -> inbound
 Trade Show -> event
 Partner Referral -> partner
 anything else, or empty -> other""", extended(
    SFC,
    sfc(Email="shaked@kfar.io", FirstName="Shaked", LastName="Paz", Phone="(917) 555-0133", LeadSource="Partner Referral"),
    sfc(Email="ben.a@tlv.io", FirstName="Ben", LastName="Amar", Phone="+972 54 555 0177", LeadSource="Email"),
))
def o39(r: R) -> Out:
    src = {"Web": "inbound", "Trade Show": "event", "Partner Referral": "partner"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}", "source": src}}


# ------------------------------------------------------------------ Mailchimp -> hubspot


@case("h126-40-hs-from-mc-names", M, H, """mailchimp members into hubspot

email <- email_address
firstname <- fname, first letter of each word capital and the rest small
lastname <- lname, same. lname empty -> don't send lastname
company <- company merge field. empty -> "Unknown"
hs_email_optout <- text "true" if mailchimp status is unsubscribed. any other status -> text "false\"""", extended(
    MC,
    mc({"FNAME": "DANIEL", "LNAME": "  ", "COMPANY": "  "}, email_address="daniel@rishon.co", status="pending"),
))
def o40(r: R) -> Out:
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h126-41-hs-from-mc-vip-stage", M, H, """mc -> hubspot. cleaned members (status cleaned) we don't take

email <- email_address
firstname <- fname, copy
phone <- phone merge field as E.164: + at start so keep the code, otherwise it's US so +1. phone empty -> no phone field

---
also lifecyclestage: vip member -> evangelist, not vip -> subscriber""", extended(
    MC,
    mc({"PHONE": "  ", "FNAME": "Rivka"}, email_address="rivka@bnei.org", vip=True, status="subscribed"),
    mc({"PHONE": "(646) 555-0177"}, email_address="old.one@gone.co", status="cleaned", vip=False),
))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "phone": omit_if_blank(m["PHONE"], e164),
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h126-42-hs-from-mc-company-domain", M, H, """last one, yalla!

firstname <- fname, first word only
company <- company merge field. empty? so take the email domain (after the @)
lifecyclestage <- customer when member has tag "Customer", otherwise lead
email <- email_address""", extended(
    MC,
    mc({"FNAME": "Maya Rachel", "COMPANY": "  "}, email_address="maya@hasharon.org", tags=["Webinar", "Customer"]),
))
def o42(r: R) -> Out:
    m = r["merge_fields"]
    return {"firstname": first_word(m["FNAME"]), "company": first_filled(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set126")
