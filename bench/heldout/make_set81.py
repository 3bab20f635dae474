"""Held-out set 81 for the offline mapping drafter.

Persona: Jo, a marketing-ops manager, answering an engineer's questions in an email thread.
She quotes the engineer's questions with '> ' and answers each one right under it (some answers,
like 'Yes, leave it out then', only make sense next to their question), sometimes says 'see
inline', sometimes tacks an extra rule on at the end ('Oh and one more thing: ...') and signs off
'Cheers, Jo'. A few replies have no quotes at all, just a short paragraph.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h81-01 .. 08)
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
R = dict[str, Any]
Out = R | None


def hs3(**kw: Any) -> R:
    return {**HS[3], **kw}


def drop(rec: R, *keys: str) -> R:
    return {k: v for k, v in rec.items() if k not in keys}


def lt(v: Any, n: float) -> bool:
    return not blank(v) and float(v) < n


# ---------------------------------------------------------------- hubspot -> salesforce.Lead

@case("h81-01", H, L, """Hi Sam,

Answers below.

> Which HubSpot fields do you want on the Lead?
Email (from email), FirstName, LastName, Company and Title (from the HubSpot job title). Straight across,
exactly as they are. If one of them is empty in HubSpot, send it empty. Don't invent anything.

> What should go in Lead Source?
Always "Web".

Cheers,
Jo""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h81-02", H, L, """Hi Sam, see inline.

> Company is required on the Lead. What do we do when the HubSpot contact has no company?
Put "Not provided" in Company then. Also please trim the company name when there is one, we've got a
few with stray spaces at either end.

> Same question for Title?
Title comes from jobtitle, as is. Empty job title -> "Unknown".

> Anything else?
Email from email and LastName from lastname, just copied.

Cheers, Jo""",
    extended(HS, hs(email="ana.lima@vertice.com.br", firstname="Ana", lastname="Lima", company="  Vertice Labs ",
                    jobtitle="   "),
             hs(email="olu.ade@lagoshub.ng", firstname="Olu", lastname="Ade", company="   ", jobtitle="CFO")))
def _02(r: R) -> Out:
    return {"Company": dflt(r["company"].strip(), "Not provided"), "Title": dflt(r["jobtitle"], "Unknown"),
            "Email": r["email"], "LastName": r["lastname"]}


@case("h81-03", H, L, """Hi Sam,

> Which HubSpot number should go into Phone on the Lead?
The office one (phone). If that's empty, use mobilephone instead.

> And if both are empty?
Then leave Phone off the lead altogether.

> The names in HubSpot are all over the place, case-wise. Should I clean them?
Yes please, title case for both FirstName and LastName (from firstname / lastname).

Email is just the HubSpot email.

Cheers, Jo""",
    extended(HS, hs(email="tom.baker@greenleaf.co", firstname="TOM", lastname="baker", phone="", mobilephone="")))
def _03(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Phone": ph, "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Email": r["email"]})


@case("h81-04", H, L, """Hi Sam,

> How should Original Source (hs_analytics_source) translate into LeadSource?
- "PAID_SEARCH" -> "Advertisement"
- "PAID_SOCIAL" -> "Advertisement"
- "REFERRALS" -> "External Referral"
- "ORGANIC_SEARCH" -> "Web"
Anything else, and that includes an empty source, goes in as "Other".

> Do you want the email changed at all?
Lower-case it for the Email field, please.

> Company?
Copy it over as is.

Cheers, Jo""",
    extended(HS, hs(email="Ines.Costa@Mar.pt", hs_analytics_source="OFFLINE", company="Mar Lda")))
def _04(r: R) -> Out:
    table = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral",
             "ORGANIC_SEARCH": "Web"}
    return {"LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower(),
            "Company": r["company"]}


@case("h81-05", H, L, """Hi Sam,

> Should every HubSpot contact become a Lead?
No, two exclusions:
1. skip anyone whose lifecycle stage is "customer" (they're already in Salesforce as contacts)
2. skip anyone who has opted out of email, i.e. hs_email_optout is "true". An empty opt-out value doesn't
count as opted out, so those come across.

> And the fields?
Email, FirstName, LastName and Company from email, firstname, lastname and company, unchanged.

Oh and one more thing: set Status to "Open - Not Contacted" on every lead.

Cheers, Jo""",
    extended(HS, hs(email="bea.klein@kleinbau.de", firstname="Bea", lastname="Klein", company="Klein Bau",
                    lifecyclestage="customer", hs_email_optout="false")))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h81-06", H, L, """Hi Sam,

> How do we set Rating?
Off the HubSpot annual revenue: more than 5,000,000 is "Hot", less than 1,000,000 is "Cold", and anything
in between is "Warm".

> What about contacts with no annual revenue?
Don't set Rating for those, leave it off.

> Employees? Some contacts have no numemployees, so should I just skip NumberOfEmployees for them?
Yes, leave it out then. Otherwise NumberOfEmployees = numemployees as a whole number.

Email from email, obviously.

Cheers, Jo""", HS)
def _06(r: R) -> Out:
    rv = r["annualrevenue"]
    if blank(rv):
        rating: Any = OMIT
    elif float(rv) > 5_000_000:
        rating = "Hot"
    elif float(rv) < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v))),
                 "Email": r["email"]})


@case("h81-07", H, L, """Hey Sam, quick answers:

> What format do you want Phone in on the Salesforce side?
E.164. Take the HubSpot phone field; numbers without a country code are US numbers.

> Some contacts have no phone. Send an empty Phone?
No, leave Phone off for those.

> City is lower case on some records, fix or copy?
Fix: City in title case, from the HubSpot city.

Email goes to Email unchanged.

Cheers, Jo""", HS)
def _07(r: R) -> Out:
    return keep({"Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]), "Email": r["email"]})


@case("h81-08", H, L, """Hi Sam,

see inline.

> Which contacts go over?
Only those at lifecycle stage "salesqualifiedlead". Nobody else.

> Country, as is?
Upper case please (Country = the HubSpot country in capitals).

> What would you like in Description?
"Source: " followed by the original source (hs_analytics_source), then ", created " and the HubSpot create
date as YYYY-MM-DD. So it reads like: Source: PAID_SOCIAL, created 2023-12-05

And Email from email.

Cheers, Jo""",
    extended(HS, hs(email="jonas.berg@fjord.no", lifecyclestage="salesqualifiedlead", country="norway",
                    hs_analytics_source="OFFLINE", createdate="2024-02-10T12:30:00.000Z"),
             hs(email="li.wei@jade.cn", lifecyclestage="opportunity", country="China")))
def _08(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {"Country": r["country"].upper(),
            "Description": "Source: " + r["hs_analytics_source"] + ", created " + day(r["createdate"]),
            "Email": r["email"]}


# ---------------------------------------------------------------- hubspot -> salesforce.Contact

@case("h81-09", H, C, """Hi Sam,

> Where does the HubSpot address go on the Contact?
Into the Mailing fields:
address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry
Plain copies. If HubSpot has it empty, it goes across empty.

> Email and names?
Email from email, FirstName from firstname, LastName from lastname. Also unchanged.

Cheers, Jo""", HS)
def _09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"],
            "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h81-10", H, C, """Hi Sam,

> Should HasOptedOutOfEmail come from hs_email_optout?
Yes. True when hs_email_optout is "true", false for anything else, including when it's blank.

> What about DoNotCall?
True when the contact has no phone number at all (the HubSpot phone field is empty), false when there is
one.

> Anything else on the Contact?
Just Email and LastName, from email and lastname.

Cheers, Jo""",
    extended(HS, hs(email="raj.patel@indus.in", lastname="Patel", phone="  ", hs_email_optout="false")))
def _10(r: R) -> Out:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"]),
            "Email": r["email"], "LastName": r["lastname"]}


@case("h81-11", H, C, """Hi Sam,

Some contacts came in through forms without a first name, hence your question.

> What goes in FirstName if firstname is empty?
Use the bit of their email address before the @ (e.g. jane.doe for jane.doe@acme.com).

> Title?
Job title first. If that's empty, use their industry. If that's empty too, put "Unknown".

Email is the HubSpot email as is.

Cheers, Jo""",
    extended(lower_emails(HS), hs(email="sam.lee@orbit.io", firstname="", jobtitle="", industry="Retail"),
             hs(email="kai.m@wave.co", firstname=" ", jobtitle="", industry="")))
def _11(r: R) -> Out:
    fn = r["firstname"] if not blank(r["firstname"]) else before_at(r["email"])
    t = r["jobtitle"] if not blank(r["jobtitle"]) else (r["industry"] if not blank(r["industry"]) else "Unknown")
    return {"FirstName": fn, "Title": t, "Email": r["email"]}


@case("h81-12", H, C, """Hi Sam,

> Can we put the lifecycle stage in Description? In what form?
Yes, as a short label:
"subscriber" = Newsletter
"lead" = Prospect
"marketingqualifiedlead" = MQL
"salesqualifiedlead" = SQL
"customer" = Customer

> MailingCountry, copy as is?
In upper case, please. When the HubSpot country is empty don't set MailingCountry at all.

Email from email. Thanks!

Cheers, Jo""",
    extended(HS, hs(email="nour.haddad@cedar.lb", lifecyclestage="lead", country="")))
def _12(r: R) -> Out:
    table = {"subscriber": "Newsletter", "lead": "Prospect", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return keep({"Description": table[r["lifecyclestage"]], "MailingCountry": omit_if_blank(r["country"], str.upper),
                 "Email": r["email"]})


@case("h81-13", H, C, """Hi Sam,

Sorry for the slow reply. This sync is for the US team only, so only contacts whose country is exactly
"United States" should become Contacts. Email is the HubSpot email in lower case. Phone gets their phone
number, and when that's empty their mobile number instead (every US contact has at least one of the two).
LeadSource is always "Web".

Cheers, Jo""",
    extended(HS, hs(email="Carla.Nunez@Brightpath.com", phone="", mobilephone="(305) 555-0166"),
             hs(email="ana.souza@verde.br", country="Brazil")))
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": r["phone"] if not blank(r["phone"]) else r["mobilephone"],
            "LeadSource": "Web"}


@case("h81-14", H, C, """Hi Sam, see inline.

> Job titles have leading/trailing spaces on some records. OK to trim?
Yes, Title = the job title trimmed.

> Names?
FirstName and LastName in title case.

> LeadSource on the Contact - map from Original Source?
Yes:
> "ORGANIC_SEARCH"?
"Web"
> "PAID_SEARCH" / "PAID_SOCIAL"?
Both "Advertisement"
> Anything else?
"Other", and a blank source is "Other" too.

Email from email.

Cheers, Jo""",
    extended(HS, hs(email="mia.sorensen@nord.dk", firstname="MIA", lastname="sorensen", jobtitle="  Sales Director ",
                    hs_analytics_source="EMAIL_MARKETING")))
def _14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement"}
    return {"Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"]}


# ---------------------------------------------------------------- hubspot -> mailchimp.members

@case("h81-15", H, M, """Hi Sam,

> What goes into the Mailchimp member?
email_address = the HubSpot email. FNAME from firstname and LNAME from lastname, both as they are.

> Some older contacts don't have a firstname property at all. What then?
Use "there" as FNAME for them (same if it's empty), so the greeting reads "Hi there".

> Status?
Always "subscribed".

Cheers, Jo""",
    extended(HS, drop(hs(email="old.record@legacy.net", lastname="Record"), "firstname")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": dflt(r.get("firstname"), "there"),
                                                         "LNAME": r["lastname"]},
            "status": "subscribed"}


@case("h81-16", H, M, """Hi Sam,

> How do I set status?
From hs_email_optout:
"true" -> "unsubscribed"
"false" -> "subscribed"
empty -> "pending" (we'll let double opt-in sort those out)

> Tags?
One tag on everyone: "hubspot-sync".

Email address from the HubSpot email.

Cheers, Jo""",
    extended(HS, hs(email="zoe.hart@kite.io", hs_email_optout="  ")))
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "tags": ["hubspot-sync"], "email_address": r["email"]}


@case("h81-17", H, M, """Hi Sam,

> Which tags do you want on members?
Two possible tags, in this order:
- "big-account" when the annual revenue is more than 3,000,000 (no revenue = no tag)
- "customer" when the lifecycle stage is "customer"
Someone with neither gets no tags, so an empty tag list.

> Anything else?
email_address from email, and FNAME from firstname as is.

Cheers, Jo""",
    extended(HS, hs(email="oscar.lind@vasa.se", firstname="Oscar", lifecyclestage="customer", annualrevenue="9000000")))
def _17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"tags": tags, "email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}}


@case("h81-18", H, M, """Hi Sam,

> FNAME: some people have two first names in HubSpot. Keep both?
No, just the first word of firstname.

> PHONE format?
E.164, US assumed when there's no country code. Use the HubSpot phone, or the mobile phone if phone is
empty.

> And if both are empty?
Leave PHONE out then.

email_address is the HubSpot email. Cheers, Jo""",
    extended(HS, hs(email="mary.ann.jones@pine.org", firstname="Mary Ann", lastname="Jones", phone="",
                    mobilephone="312-555-0171"),
             hs(email="no.phone@quiet.io", firstname="Quinn", phone="", mobilephone="")))
def _18(r: R) -> Out:
    if not blank(r["phone"]):
        ph: Any = e164(r["phone"])
    elif not blank(r["mobilephone"]):
        ph = e164(r["mobilephone"])
    else:
        ph = OMIT
    return keep({"merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": ph}, "email_address": r["email"]})


@case("h81-19", H, M, """Hi Sam,

> Do all contacts go into the audience?
Not the ones without a company name. If company is empty in HubSpot, skip the contact.

> Language?
Set language to "en" for everyone.

> VIP?
vip is true when the lifecycle stage is "salesqualifiedlead" or "opportunity", false for every other stage.

Oh and one more thing: email_address from the HubSpot email, LNAME from lastname, both unchanged.

Cheers, Jo""",
    extended(HS, hs(email="ivy.chen@lotus.sg", lastname="Chen", company="  ", lifecyclestage="opportunity"),
             hs(email="ravi.rao@kaveri.in", lastname="Rao", company="Kaveri Tech", lifecyclestage="opportunity")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"language": "en", "vip": r["lifecyclestage"] in ("salesqualifiedlead", "opportunity"),
            "email_address": r["email"], "merge_fields": {"LNAME": r["lastname"]}}


@case("h81-20", H, M, """Hi Sam,

> Names: copy or clean up?
Title case for FNAME and LNAME (from firstname and lastname).

> You mentioned tagging by company?
Yes, one tag per member: the company name. If company is empty, tag them with their email domain instead
(the part after the @).

> When is someone a VIP?
vip = true if numemployees is more than 100. False otherwise, and false when numemployees is empty.

email_address from the HubSpot email.

Cheers, Jo""", lower_emails(HS))
def _20(r: R) -> Out:
    tag = r["company"] if not blank(r["company"]) else after_at(r["email"])
    return {"merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])}, "tags": [tag],
            "vip": gt(r["numemployees"], 100), "email_address": r["email"]}


# ---------------------------------------------------------------- hubspot -> segment.identify

@case("h81-21", H, S, """Hi Sam,

Short answer to your question: userId should be the HubSpot email in lower case. Then traits.firstName
and traits.lastName straight from firstname and lastname, and traits.name as firstname, a space, then
lastname (no case changes there).

Cheers, Jo""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                                                     "name": r["firstname"] + " " + r["lastname"]}}


@case("h81-22", H, S, """Hi Sam,

> userId?
The HubSpot email, unchanged.

> Do you want the company as traits.company?
Yes, the nested company object:
- traits.company.name = company; when that's empty use "Independent"
- traits.company.industry = industry, but leave it out when industry is empty
- traits.company.employee_count = numemployees as a whole number; leave it out when empty

Cheers, Jo""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"), "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h81-23", H, S, """Hi Sam, see inline:

> Address traits?
Yes, under traits.address: city from city, state from state, postalCode from zip, country from country.
When state is empty, leave traits.address.state out (the others always go, even if empty).

> Phone?
traits.phone in E.164 (US when no country code), from phone, or mobilephone when phone is empty.

> And when both are empty, should I drop traits.phone?
Yes, leave it out then.

userId = HubSpot email. Cheers, Jo""",
    extended(HS, hs(email="gus.ortega@mesa.mx", city="Puebla", state="", zip="72000", country="Mexico",
                    phone="", mobilephone="")))
def _23(r: R) -> Out:
    if not blank(r["phone"]):
        ph: Any = e164(r["phone"])
    elif not blank(r["mobilephone"]):
        ph = e164(r["mobilephone"])
    else:
        ph = OMIT
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                    "country": r["country"]},
        "phone": ph}})


@case("h81-24", H, S, """Hi Sam,

> The emails have odd spacing and capitals. What should userId be?
The HubSpot email trimmed and lower-cased.

> Title?
traits.title = jobtitle, copied as is.

> Opt-out?
Add a trait traits.unsubscribed: true if hs_email_optout is "true", false if it's "false" or empty.

Oh and one more thing: traits.annual_revenue = the annual revenue as a number. Leave it out for contacts
with no revenue.

Cheers, Jo""",
    extended(HS, hs(email="  Sam.Lee@Orbit.IO ", jobtitle="Founder", hs_email_optout="", annualrevenue="150000")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot -> ga4.events

@case("h81-25", H, G, """Hi Sam,

> What should client_id be?
The HubSpot email, as is.

> Event name and params?
One event per contact, named "crm_contact". Params:
- method: always "hubspot"
- source: the original source (hs_analytics_source) in lower case; if it's empty send "unknown"
- created: the create date as YYYY-MM-DD

Cheers, Jo""", HS)
def _25(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "crm_contact", "params": {
        "method": "hubspot", "source": dflt(r["hs_analytics_source"], "unknown").lower(),
        "created": day(r["createdate"])}}]}


@case("h81-26", H, G, """Hi Sam,

> Which contacts should we send to GA4?
Only those with annual revenue above 1,000,000. No revenue means don't send.

> client_id?
The part of the email before the @.

> The event?
Name it "qualified_account", with params value = annual revenue as a number and currency = "USD".

Cheers, Jo""", lower_emails(HS))
def _26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h81-27", H, G, """Hi Sam,

> Is the event name the same for everyone?
No: "customer_synced" when lifecycle stage is "customer", "lead_synced" for all other stages.

> Params?
company = the company, or "unknown" when it's empty
job_title = jobtitle, copied as is (empty stays empty)

client_id is the HubSpot email.

Cheers, Jo""", HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"], "events": [{
        "name": "customer_synced" if r["lifecyclestage"] == "customer" else "lead_synced",
        "params": {"company": dflt(r["company"], "unknown"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot

@case("h81-28", L, H, """Hi Sam,

> Which Lead fields go to HubSpot?
Email -> email, FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle,
Phone -> phone.

> Some of those are empty on the Salesforce side, skip them?
No, copy them across empty. Everything exactly as it is in Salesforce.

Cheers, Jo""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


@case("h81-29", L, H, """Hi Sam,

> How do the lead Status values map to HubSpot's hs_lead_status?
"Open - Not Contacted" -> "NEW"
"Working - Contacted" -> "IN_PROGRESS"
"Closed - Converted" -> "OPEN_DEAL"
"Closed - Not Converted" -> "UNQUALIFIED"

> hs_email_optout is a text property in HubSpot. What do I write?
The text "true" when HasOptedOutOfEmail is true, the text "false" when it's false.

email comes from Email.

Cheers, Jo""", SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"hs_lead_status": table[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h81-30", L, H, """Hi Sam,

> Lifecycle stage from Rating?
Yes: "Hot" = salesqualifiedlead, "Warm" = marketingqualifiedlead, "Cold" = lead.

> Annual revenue?
annualrevenue = AnnualRevenue as a number. If it's empty, leave it out.

> Email?
email = the lead's Email in lower case.

Cheers, Jo""",
    extended(SFL, sfl(Email="Nina.Petrova@Volga.RU", Rating="Cold", AnnualRevenue="725000.5")))
def _30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"lifecyclestage": table[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h81-31", L, H, """Hi Sam,

> Is this for all leads?
Only UK ones: Country is "United Kingdom".

> Phone format?
phone = the lead's Phone in E.164. Numbers without a country code are UK numbers.

> Postcodes?
zip = PostalCode in upper case.

> And company?
company = Company, or "Unknown" when it's empty.

email from Email. Cheers, Jo""",
    extended(SFL, sfl(Email="holly.grant@tweed.co.uk", Company="", Phone="07700 900123", PostalCode="eh1 1yz",
                      Country="United Kingdom"),
             sfl(Email="owen.price@dragonfly.co.uk", Company="Dragonfly", Phone="+44 29 2018 0000",
                 PostalCode="cf10 1aa", Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(), "company": dflt(r["Company"], "Unknown"),
            "email": r["Email"]}


@case("h81-32", L, H, """Hi Sam,

> Any leads we shouldn't bring over?
Yes, anything with Status "Closed - Not Converted". Leave those out.

> jobtitle?
From Title; "Unknown" when Title is empty.

> You asked about a note in the message field?
message = "From Salesforce (" + LeadSource + ")", e.g. From Salesforce (Web). When LeadSource is empty
just write "From Salesforce" with no brackets.

email from Email.

Cheers, Jo""", SFL)
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    msg = "From Salesforce" if blank(r["LeadSource"]) else "From Salesforce (" + r["LeadSource"] + ")"
    return {"jobtitle": dflt(r["Title"], "Unknown"), "message": msg, "email": r["Email"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp

@case("h81-33", C, M, """Hi Sam,

> Email address format?
Lower case, from the Contact's Email.

> How do we set status?
From HasOptedOutOfEmail: true -> "unsubscribed", false -> "subscribed".

> Tags?
Everyone gets "salesforce". Contacts whose LeadSource is "Trade Show" also get "trade-show", after it.

Cheers, Jo""", SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h81-34", C, M, """Hi Sam,

> Contacts with no Phone?
Skip them entirely, this list is for SMS follow-up.

> Phone format?
PHONE in E.164; no country code means a US number.

> Language?
From MailingCountry: "Germany" -> "de", "Austria" -> "de", "United States" -> "en".

email_address = Email.

Cheers, Jo""",
    extended(SFC, sfc(Email="max.bauer@bauer.de", Phone="", MailingCountry="Germany")))
def _34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    table = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"merge_fields": {"PHONE": e164(r["Phone"])}, "language": table[r["MailingCountry"]],
            "email_address": r["Email"]}


@case("h81-35", C, M, """Hi Sam,

Replying in one go since it's quick: email_address is the Contact's Email and LNAME its LastName, both as
they are. FNAME is the FirstName, or "Friend" when that's empty. vip should be true when Department is
exactly "Sales" and false for any other department, including an empty one. Status is "subscribed" for
everyone.

Cheers, Jo""",
    extended(SFC, sfc(Email="pat.kelly@kelly.ie", FirstName="", LastName="Kelly", Department="Sales")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"],
                                                          "FNAME": dflt(r["FirstName"], "Friend")},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h81-36", C, M, """Hi Sam,

> Who goes in?
Only contacts that have not opted out of email (HasOptedOutOfEmail is false).

> Fields?
email_address from Email, FNAME from FirstName, LNAME from LastName, PHONE from Phone. Unchanged.

> Status and format?
status "subscribed" and email_type "html" for all.

> Tags? The old sync added some we don't want.
Send an empty tag list so nothing is tagged.

Cheers, Jo""", SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"],
                                                         "PHONE": r["Phone"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment

@case("h81-37", C, S, """Hi Sam, see inline.

> userId?
The Contact's Email, lower-cased.

> Which traits?
traits.email = Email (as is, no lower-casing here), traits.firstName = FirstName, traits.lastName = LastName.

> Title too? It's empty on some contacts, should I skip the trait for those?
traits.title = Title, and yes, leave it out when it's empty.

Cheers, Jo""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"email": r["Email"], "firstName": r["FirstName"],
                                                          "lastName": r["LastName"],
                                                          "title": omit_if_blank(r["Title"])}})


@case("h81-38", C, S, """Hi Sam,

> Address?
traits.address.city = MailingCity, trimmed (some have spaces around them). traits.address.country =
MailingCountry, or "Unknown" when it's empty.

> userId?
The Contact's Email, unchanged.

Oh and one more thing: traits.lastName = LastName, trimmed as well.

Cheers, Jo""",
    extended(SFC, sfc(Email="kate.moss@rainier.com", LastName=" Moss ", MailingCity="  Seattle ", MailingCountry=""),
             sfc(Email="li.na@pearl.hk", LastName="Na", MailingCity="Hong Kong", MailingCountry="  ")))
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"].strip(),
                                                         "country": dflt(r["MailingCountry"], "Unknown")},
                                             "lastName": r["LastName"].strip()}}


@case("h81-39", C, S, """Hi Sam,

> traits.phone?
Phone in E.164. US if there's no country code.

> traits.name?
FirstName, a space, LastName.

> We have a custom trait "acquisition". Values?
From LeadSource: "Web" -> "inbound", "Trade Show" -> "event"; everything else, empty included, -> "other".

userId is the Contact's Email.

Cheers, Jo""",
    extended(SFC, sfc(Email="rosa.vega@sol.es", FirstName="Rosa", LastName="Vega", Phone="212 555 0190",
                      LeadSource="Partner Referral")))
def _39(r: R) -> Out:
    table = {"Web": "inbound", "Trade Show": "event"}
    return {"traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                       "acquisition": table.get(r["LeadSource"], "other")}, "userId": r["Email"]}


# ---------------------------------------------------------------- mailchimp -> hubspot

@case("h81-40", M, H, """Hi Sam,

> Names from Mailchimp are messy. Fix?
Yes, firstname and lastname in title case (from FNAME / LNAME).

> Some members have no LNAME. Send it empty?
No, leave lastname out for those.

> hs_language?
From the member's language; "en" when it's empty.

> hs_email_optout?
The text "true" for "unsubscribed" members, the text "false" for every other status.

email from email_address. Cheers, Jo""",
    extended(MC, mc({"FNAME": "ELLA", "LNAME": "mason"}, email_address="ella.mason@quill.co.uk", language="",
                    status="pending")))
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf["LNAME"], title),
                 "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
                 "email": r["email_address"]})


@case("h81-41", M, H, """Hi Sam,

> Should cleaned addresses come across?
No, skip members whose status is "cleaned".

> phone?
From PHONE in E.164 (US when there's no country code). Leave phone out when PHONE is empty.

> firstname?
FNAME, as is.

> Do VIPs get anything special?
Yes: lifecyclestage "customer" when vip is true, "lead" when it's false.

email from email_address. Cheers, Jo""",
    extended(MC, mc({"FNAME": "Dana", "PHONE": "917.555.0143"}, email_address="dana.fox@fox.com", status="pending",
                    vip=True)))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"phone": omit_if_blank(mf["PHONE"], e164), "firstname": mf["FNAME"],
                 "lifecyclestage": "customer" if r["vip"] else "lead", "email": r["email_address"]})


@case("h81-42", M, H, """Hi Sam,

> firstname?
Only the first word of FNAME.

> company? COMPANY is blank for some members.
COMPANY merge field when it's there; when it's empty, use the domain of the email address (the part after
the @).

> lifecycle stage?
"customer" for members who carry the tag "Customer", "subscriber" for everyone else.

email = email_address. Cheers, Jo""",
    extended(MC, mc({"FNAME": "Anna Maria", "COMPANY": ""}, email_address="anna.ricci@ricci.it", tags=["Customer", "VIP"])))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set81")
