"""Held-out set 118 for the offline mapping drafter.

Persona: Jess Nguyen, marketing coordinator at a retail brand in Sydney; English is her first
language. She writes casual Slack messages: mostly lower case, abbreviations (pls, w/, w/o, b/c,
tbh, fyi, ofc), arrows ('->', '=>', '<-'), one rule a line, an 'oh and' / 'also' afterthought,
sometimes a quick numbered list, Australian idiom (heaps, reckon, arvo, ta, EOFY). She checks
the field names in the UI, so she writes the real API names, now and then in backticks.

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


def without(rec: R, *keys: str) -> R:
    """A record with some fields absent altogether (not just empty)."""
    return {k: v for k, v in rec.items() if k not in keys}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h118-01-insta-ad-leads", H, L, """\
hey! can we get hubspot contacts going into SF as Leads pls

email -> Email (match on this one)
firstname -> FirstName
lastname -> LastName
company -> Company
jobtitle -> Title

all straight copies. if a field's empty in hubspot just send it over empty, no biggie
oh and stamp LeadSource = Advertisement on every lead, they all came off the insta ads""",
      extended(HS, hs(email="mei.wong@pottsbakery.com.au", firstname="Mei", lastname="Wong", company="", jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Advertisement"}


@case("h118-02-popup-form-defaults", H, L, """\
leads from hubspot again, diff list this time
`email` => `Email`, as is
`firstname` => `FirstName` w/ the spaces trimmed off both ends (heaps of them have a stray space from the popup form)
`lastname` => `LastName` as is
`company` => `Company`, put "Not Provided" if it's blank
`jobtitle` => `Title`, put "Unknown" if it's blank
ta""",
      extended(HS, hs(email="tom.baker@harbourside.com.au", firstname="  Tom ", lastname="Baker", company="",
                      jobtitle="   "),
               hs(email="grace.lee@sundaycandles.com.au", firstname="Grace ", lastname="Lee", company="Sunday Candles",
                  jobtitle="Founder")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not Provided"), "Title": dflt(r["jobtitle"], "Unknown")}


@case("h118-03-title-case-phone-fallback", H, L, """\
quick one - hs contacts -> SF Leads, only need a few fields
Email from email
FirstName and LastName from firstname / lastname but Title Case them pls, ppl sign up in all caps or all lowercase lol
City from city, title case as well
Phone: use phone, if that's empty use mobilephone, and if they've got neither just don't send Phone at all""",
      extended(HS, hs(email="jack.connor@wollongongsurf.com.au", firstname="JACK", lastname="connor", city="WAGGA WAGGA",
                      phone="", mobilephone=""),
               hs(email="ella.smith@inkandpaper.com.au", firstname="ella", lastname="Smith", city="north sydney",
                  phone="", mobilephone="0412 555 678")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}


@case("h118-04-source-table", H, L, """\
can you map the original source into LeadSource on the Lead:

hs_analytics_source -> LeadSource
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
PAID_SOCIAL -> Advertisement
REFERRALS -> External Referral
OFFLINE -> Trade Show (the pop up stores)
anything else, or if it's blank -> Other

oh and Email = their hubspot email but all lowercase""",
      extended(HS, hs(email="Sarah.Kim@MapleHome.com.au", hs_analytics_source="OFFLINE"),
               hs(email="ben.hughes@TidalWear.com", hs_analytics_source="DIRECT_TRAFFIC")))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LeadSource": SRC04.get(r["hs_analytics_source"], "Other")}


@case("h118-05-skip-customers-and-unsubs", H, L, """\
ok so for the lead sync from hubspot, two lots to skip:
1. lifecyclestage = customer, they're already in SF as contacts
2. unsubscribed ppl i.e. hs_email_optout is "true" (if optout's blank that's fine, keep them)

everyone else goes in w/ email -> Email, firstname -> FirstName, lastname -> LastName, company -> Company, and Status is always Open - Not Contacted""",
      extended(HS, hs(email="ava.lim@harbourcoffee.com.au", firstname="Ava", lastname="Lim", company="Harbour Coffee",
                      lifecyclestage="customer", hs_email_optout="false"),
               hs(email="noah.james@bondibikes.com.au", firstname="Noah", lastname="James", company="Bondi Bikes",
                  lifecyclestage="lead", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h118-06-rating-from-revenue", H, L, """\
reckon we can work out Rating on the Lead from annualrevenue?
over 5000000 -> Hot
under 1000000 -> Cold
anything in between -> Warm
no revenue at all -> Cold too
also numemployees -> NumberOfEmployees as a whole number, leave it off if numemployees is empty
Email from email obvs""",
      extended(HS, hs(email="lachlan.reid@reidhardware.com.au", annualrevenue="999999.99", numemployees="7")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 1000000:
        rating = "Cold"
    elif v > 5000000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h118-07-e164-us-leads", H, L, """\
hs -> sf leads pls

email -> Email
lastname -> LastName, title case
city -> City, title case too
phone -> Phone in E.164. they're mostly US so assume +1, but if the number already starts with a + keep its own country code. if phone is empty don't send Phone at all (no blanks pls)""",
      extended(HS, hs(email="kyle.peters@sunsetthreads.com", lastname="PETERS", city="los angeles",
                      phone="1 310 555 0144")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": title(r["lastname"]), "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h118-08-us-only-signup-date", H, L, """\
only want the US ones for this, i.e. country = United States. rest can stay in hubspot for now

Email <- email
LastName <- lastname in all caps
Company <- company
Description <- HubSpot signup + the date part of createdate (YYYY-MM-DD), so it reads like: HubSpot signup 2023-03-14""",
      extended(HS, hs(email="sam.porter@portercandles.com", lastname="porter", company="Porter Candles",
                      country="United States", createdate="2024-05-20T13:15:00.000Z"),
               hs(email="lucy.tran@glebegifts.com.au", lastname="Tran", company="Glebe Gifts", country="Australia")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": "HubSpot signup " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h118-09-mailing-address", H, C, """\
morning! hubspot contacts into SF Contacts, mostly the address stuff

email -> Email
firstname -> FirstName
lastname -> LastName
address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry

just copy as is. if something's empty (heaps of the intl ones have no state) it comes across empty""",
      extended(HS, hs(email="olivia.brown@paddingtonprints.com.au", firstname="Olivia", lastname="Brown",
                      address="88 George St", city="Sydney", state="NSW", zip="2000", country="Australia")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h118-10-checkbox-flags", H, C, """\
two checkbox fields on the SF Contact pls
- `HasOptedOutOfEmail`: true when `hs_email_optout` is "true", otherwise false. blank optout = false too
- `DoNotCall`: true if the contact has no `phone` (empty), false if they've got one
+ `Email` from `email` ofc""",
      extended(HS, hs(email="zara.ali@newtownvintage.com.au", phone="   ", hs_email_optout="false"),
               hs(email="finn.oneill@manlyboards.com.au", phone="02 9555 0101", hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h118-11-firstname-from-email", H, C, """\
for SF contacts:
FirstName = firstname, but if that's empty use the bit of their email before the @
LastName = lastname
Phone = mobilephone, or phone if they don't have a mobile
Email = email
tbh that's all we need for now""",
      extended(HS, hs(email="bec.taylor@koalacraft.com.au", firstname="", lastname="Taylor", mobilephone="",
                      phone="0412 555 019")))
def o11(r: R) -> Out:
    return {"FirstName": first_filled(r["firstname"], before_at(r["email"])), "LastName": r["lastname"],
            "Phone": first_filled(r["mobilephone"], r["phone"]), "Email": r["email"]}


STAGE12 = {"subscriber": "Subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
           "salesqualifiedlead": "SQL", "customer": "Customer"}


@case("h118-12-stage-in-description", H, C, """\
can we put the stage in the SF Contact `Description`? from lifecyclestage:
subscriber -> Subscriber
lead -> Lead
marketingqualifiedlead -> MQL
salesqualifiedlead -> SQL
customer -> Customer

also `MailingState` = state in uppercase, but if there's no state leave MailingState off entirely
and `Email` from email""",
      extended(HS, hs(email="harper.wells@surryhillsflowers.com.au", state="nsw", lifecyclestage="lead")))
def o12(r: R) -> Out:
    return keep({"Description": STAGE12[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper), "Email": r["email"]})


@case("h118-13-opted-in-only", H, C, """\
hubspot -> SF contacts, but only the ones where hs_email_optout is "false". if it's "true" or blank, skip em
Email -> email all lowercase
Phone -> phone, or mobilephone when phone is empty
LeadSource -> always Web""",
      extended(HS, hs(email="Zoe.Hart@BondiSurf.com.au", hs_email_optout="false", phone="", mobilephone="0400 555 123"),
               hs(email="max.ford@cronullacycles.com.au", hs_email_optout="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


SRC14 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "Word of mouth"}


@case("h118-14-trim-title-source", H, C, """\
hubspot -> salesforce contacts

Title: jobtitle w/ whitespace trimmed off the start and end
FirstName / LastName: firstname / lastname in title case
Email: email
LeadSource from hs_analytics_source:
  ORGANIC_SEARCH => Web
  PAID_SEARCH => Advertisement
  PAID_SOCIAL => Advertisement
  REFERRALS => Word of mouth
  anything else (incl. empty) => Other""",
      extended(HS, hs(email="emma.wilson@rozellerugs.com.au", firstname="emma", lastname="WILSON",
                      jobtitle="  Store Manager ", hs_analytics_source="SOCIAL_MEDIA")))
def o14(r: R) -> Out:
    return {"Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Email": r["email"], "LeadSource": SRC14.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h118-15-eofy-pending", H, M, """\
mailchimp sync from hubspot contacts for the EOFY sale:
email -> email_address
firstname -> FNAME
lastname -> LNAME
company -> COMPANY. if there's no company (empty, or the field isn't even on the record) put N/A
status = pending for everyone b/c they need to double opt in""",
      extended(HS, without(hs(email="olivia.chen@kirribillikids.com.au", firstname="Olivia", lastname="Chen"),
                           "company")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "COMPANY": dflt(r.get("company"), "N/A")}}


@case("h118-16-status-from-optout", H, M, """\
can you set the mailchimp status off hs_email_optout - "true" is unsubscribed, "false" is subscribed, and empty means pending. email -> email_address like usual. also tag everyone "HubSpot Import" so we can find them later, cheers""",
      extended(HS))
def o16(r: R) -> Out:
    st = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"] or "", "pending")
    return {"email_address": r["email"], "status": st, "tags": ["HubSpot Import"]}


@case("h118-17-big-account-tags", H, M, """\
tags for the mailchimp push
- annualrevenue more than 3000000 -> tag "Big Account" (no revenue = no tag)
- lifecyclestage is customer -> tag "Customer"
if both, Big Account goes first. if neither, send an empty tags list
email -> email_address, firstname -> FNAME""",
      extended(HS, hs(email="isla.morgan@morgandenim.com.au", firstname="Isla", lifecyclestage="customer",
                      annualrevenue="7500000")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3000000):
        tags.append("Big Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h118-18-first-word-phone", H, M, """\
hs -> mailchimp
FNAME = just the first word of firstname (some ppl put their whole name in there)
PHONE = phone as E.164. treat them as US (+1) unless it's already got a + in front, then keep that country code. if phone's empty use mobilephone instead, same formatting
email -> email_address""",
      extended(HS, hs(email="lily.rose@rosebudlane.com", firstname="Lily Rose", phone="",
                      mobilephone="(646) 555-0101")))
def o18(r: R) -> Out:
    return {"merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))},
            "email_address": r["email"]}


@case("h118-19-no-company-no-send", H, M, """\
pls skip anyone w/o a company in hubspot (blank company = don't send). for the rest:
email => email_address
company => merge_fields.COMPANY
status => subscribed
vip => true if lifecyclestage is customer, false otherwise""",
      extended(HS, hs(email="ruby.shaw@saltandpine.com.au", company="Salt and Pine", lifecyclestage="customer"),
               hs(email="oscar.bell@bellsbakehouse.com.au", company="  ", lifecyclestage="lead")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"COMPANY": r["company"]}, "status": "subscribed",
            "vip": r["lifecyclestage"] == "customer"}


@case("h118-20-domain-fallback-vip", H, M, """\
mailchimp from hs:
1. email -> email_address
2. FNAME / LNAME from firstname / lastname, Title Case
3. COMPANY = company, if it's blank use their email domain (the part after the @)
4. vip = true when annualrevenue is over 2000000, otherwise false. blank annualrevenue -> false""",
      extended(HS, hs(email="will.hayes@hayesandco.com.au", firstname="WILL", lastname="hayes", company="",
                      annualrevenue="1999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2000000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h118-21-identify-basics", H, S, """\
segment identify from hubspot, nothing fancy
userId = email lowercased
traits.firstName = firstname
traits.lastName = lastname
traits.title = jobtitle, as is even if it's empty
traits.name = firstname + a space + lastname""",
      extended(HS))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h118-22-company-traits", H, S, """\
company traits on the identify call pls, nested under traits.company
- name = company, default "Independent" if blank
- industry = industry, leave it out if blank
- employee_count = numemployees as a whole number, also leave out if blank
userId = email as is""",
      extended(HS, hs(email="chris.doyle@doylecycles.com.au", company="Doyle Cycles", industry="", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h118-23-address-phone-traits", H, S, """\
for segment can you put the address in traits.address:
street <- address, city <- city, state <- state, postalCode <- zip, country <- country
if state is empty don't include state
traits.phone = phone in E.164 (assume US, but keep the country code if it starts with +). fall back to mobilephone if phone is blank, and if both are blank just no traits.phone
userId = email""",
      extended(HS, hs(email="amy.nash@nashhomewares.com.au", address="14 King St", city="Newtown", state="",
                      zip="2042", country="Australia", phone="", mobilephone="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h118-24-trim-lower-userid", H, S, """\
segment identify:
userId = email w/ whitespace trimmed and lowercased
traits.firstName = firstname
traits.unsubscribed = true if hs_email_optout is "true", else false (blank counts as false)
traits.annual_revenue = annualrevenue as a number, leave it off if it's empty""",
      extended(HS, hs(email="  Mia.Chen@GlowSkin.com.au ", firstname="Mia", hs_email_optout="", annualrevenue="")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h118-25-ga4-contact-synced", H, G, """\
GA4 event for every hubspot contact:
client_id = email
event name = crm_contact_synced
params:
  source = "hubspot" always
  industry = industry in lowercase, if it's blank just send it blank
  signup_date = createdate as YYYY-MM-DD""",
      extended(HS))
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_synced",
                        "params": {"source": "hubspot", "industry": (r["industry"] or "").lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h118-26-ga4-high-value", H, G, """\
only fire the GA4 event when annualrevenue is over 1000000. blank revenue = don't send
client_id = part of the email before the @
event name "high_value_lead"
params.value = annualrevenue as a number
params.currency = "USD" always""",
      lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h118-27-ga4-stage-event", H, G, """\
GA4 - event name depends on lifecyclestage: customer -> customer_update, anything else -> lead_update
client_id = email
params.source = hs_analytics_source, or "UNKNOWN" if blank
params.lifecycle_stage = lifecyclestage""",
      extended(HS))
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_update" if r["lifecyclestage"] == "customer" else "lead_update",
                        "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN"),
                                   "lifecycle_stage": r["lifecyclestage"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h118-28-leads-plain-copies", L, H, """\
SF leads -> hubspot, plain copies, nothing else:
Email -> email
FirstName -> firstname
LastName -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
City -> city
some are empty on the SF side (no title, no phone etc), just copy the empty value over, don't drop the field""",
      extended(SFL))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
            "Closed - Not Converted": "UNQUALIFIED"}


@case("h118-29-lead-status-table", L, H, """\
lead Status -> hs_lead_status:
Open - Not Contacted => NEW
Working - Contacted => IN_PROGRESS
Closed - Converted => OPEN_DEAL
Closed - Not Converted => UNQUALIFIED
also HasOptedOutOfEmail -> hs_email_optout as text, "true" or "false"
Email -> email""",
      extended(SFL))
def o29(r: R) -> Out:
    return {"hs_lead_status": STATUS29[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h118-30-rating-to-stage", L, H, """\
Rating -> lifecyclestage in hubspot
Hot = salesqualifiedlead
Warm = marketingqualifiedlead
Cold = lead
AnnualRevenue -> annualrevenue as a number, leave annualrevenue off if AnnualRevenue is empty
email = SF Email lowercased""",
      extended(SFL, sfl(Email="Noah.Kelly@GumtreeGardens.com.au", Rating="Warm", AnnualRevenue="750000.50")))
def o30(r: R) -> Out:
    return keep({"lifecyclestage": RATING30[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h118-31-uk-leads", L, H, """\
just the UK leads pls (Country = United Kingdom), ignore everything else
Email -> email
Phone -> phone in E.164. they're UK numbers so +44 and drop the leading 0
PostalCode -> zip in uppercase
Title -> jobtitle, or "Unknown" if there's no title""",
      extended(SFL, sfl(Email="olivia.hughes@bramblecafe.co.uk", Country="United Kingdom", Phone="0161 496 0754",
                        PostalCode="m1 1ae", Title=""),
               sfl(Email="sean.byrne@liffeyprints.ie", Country="Ireland", Phone="01 555 0199", PostalCode="D02 X285")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h118-32-skip-dead-leads", L, H, """\
SF leads -> hubspot but not the dead ones, skip Status "Closed - Not Converted"
Email -> email
country = Country, default Australia when it's empty
address = Street + ", " + City (e.g. 200 Lake St, Chicago). if Street is blank just use City on its own, no comma""",
      extended(SFL, sfl(Email="kate.nguyen@hunterwines.com.au", Street="", City="Newcastle", Country="",
                        Status="Open - Not Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "country": dflt(r["Country"], "Australia"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h118-33-sf-contacts-tags", C, M, """\
SF contacts -> mailchimp audience
email_address = Email but lowercase
status: HasOptedOutOfEmail true -> unsubscribed, false -> subscribed
tags: always "Salesforce", plus "Trade Show" if LeadSource is Trade Show (after Salesforce in the list)""",
      extended(SFC))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


LANG34 = {"Germany": "de", "Austria": "de", "United States": "en", "Australia": "en"}


@case("h118-34-language-by-country", C, M, """\
skip contacts with no LeadSource (blank = skip)
email_address = Email
PHONE = Phone in E.164, assume US (+1) unless it starts with +
language from MailingCountry:
Germany -> de
Austria -> de
United States -> en
Australia -> en""",
      extended(SFC, sfc(Email="harry.lee@pearlbeach.com", LeadSource="Web", Phone="503-555-0100",
                        MailingCountry="United States"),
               sfc(Email="tessa.ward@wardwoollens.com.au", LeadSource="Advertisement", Phone="+61 2 5550 1234",
                   MailingCountry="Australia")))
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": LANG34[r["MailingCountry"]]}


@case("h118-35-hi-there-vip", C, M, """\
mailchimp from SF contacts
email -> email_address
FNAME = FirstName, or "there" if there's no first name (so the email reads Hi there)
LNAME = LastName
vip = true when LeadSource is exactly "Trade Show", false otherwise (blank LeadSource = false)
status subscribed for all""",
      extended(SFC, sfc(Email="jordan.clarke@clarkeandco.com.au", FirstName="", LastName="Clarke",
                        LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h118-36-reset-tags", C, M, """\
only contacts where HasOptedOutOfEmail is false pls
email_address = Email, FNAME = FirstName, LNAME = LastName
status "subscribed", language "en"
oh and tags = empty list, we're resetting tags on this audience""",
      extended(SFC))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h118-37-identify-title-optional", C, S, """\
sf contacts -> segment identify, this arvo if poss
userId = Email lowercased
traits.email = Email unchanged
traits.firstName = FirstName, traits.lastName = LastName
traits.title = Title, but don't send it if Title is empty""",
      extended(SFC))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h118-38-address-city-country", C, S, """\
small one: traits.address.city = MailingCity trimmed, traits.address.country = MailingCountry or "Australia" if that's blank, and userId = Email. that's it""",
      extended(SFC, sfc(Email="priya.shah@shahspices.com.au", MailingCity="  Melbourne ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Australia")}}}


SRC39 = {"Web": "website", "Trade Show": "events"}


@case("h118-39-name-phone-source", C, S, """\
userId = Email
traits.name = FirstName + " " + LastName
traits.phone = Phone in E.164 (US +1 default, numbers w/ + keep theirs)
traits.lead_source from LeadSource: Web -> website, Trade Show -> events, anything else or blank -> other""",
      extended(SFC, sfc(Email="dan.kerr@kerrcoffee.com", FirstName="Dan", LastName="Kerr", Phone="1-503-555-0163",
                        LeadSource="Partner")))
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"name": r["FirstName"] + " " + r["LastName"], "phone": e164(r["Phone"]),
                       "lead_source": SRC39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h118-40-mc-to-hs-optout-text", M, H, """\
mailchimp -> hubspot
email = email_address
firstname = FNAME in title case
lastname = LNAME in title case, leave lastname out if LNAME is empty
company = COMPANY, "Unknown" if empty
hs_email_optout = the text "true" if status is unsubscribed or cleaned, otherwise the text "false"
fyi the hubspot checkbox only takes those as text""",
      extended(MC))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf.get("LNAME"), title), "company": dflt(mf.get("COMPANY"), "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h118-41-skip-cleaned-vip-stage", M, H, """\
don't bring across cleaned members (status cleaned = skip)
email = email_address
firstname = FNAME as is
phone = PHONE in E.164, US unless it already has +. leave phone off if PHONE is empty
lifecyclestage = customer if vip is true, subscriber if not""",
      extended(MC, mc({"FNAME": "Hannah", "PHONE": "212.555.0170"}, email_address="hannah.k@coogeecoffee.com",
                      status="pending", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf.get("PHONE"), e164),
                 "lifecyclestage": "customer" if r["vip"] is True else "subscriber"})


@case("h118-42-customer-tag-stage", M, H, """\
email <- email_address
firstname <- first word of FNAME
company <- COMPANY, fallback to the email domain (bit after the @) when COMPANY's empty
lifecyclestage <- customer if they've got the Customer tag, otherwise lead""",
      extended(MC, mc({"FNAME": "Mary Kate", "COMPANY": ""}, email_address="marykate@sunnysideflorist.com.au",
                      tags=["Webinar", "Customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf.get("COMPANY"), after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in (r.get("tags") or []) else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set118")
