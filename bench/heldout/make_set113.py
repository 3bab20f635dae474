"""Held-out set 113 for the offline mapping drafter.

Persona: Frank Kowalski, sales-operations director in Chicago, answering an integrations engineer's
questions by e-mail. Each text is his reply with the engineer's short questions quoted inline
("> What goes in Lead Source?") and his answer under each, sometimes a bare "Yes." that only reads
with the question above it. Blunt Midwestern business register, full sentences, a few shop
abbreviations (SF, HS, MC); in four replies he corrects himself mid-answer.

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


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h113-01-straight-copies-web-source", H, L, """\
Answers below.

> What goes into Email, First Name, Last Name, Company and Title on the Lead?
Straight copies of the HS email, first name, last name, company name and job title. If HS has
nothing in one of those, send it over empty. Don't make anything up to fill the hole.

> Should Lead Source be set to anything?
Yes. Every one of these gets "Web" in Lead Source, no exceptions.

Shout if anything else comes up.
Frank""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h113-02-defaults-and-trimmed-first-name", H, L, """\
Answers below.

> What goes in Email and Last Name?
The HS email and last name, copied across as they are.

> Some HS first names have stray spaces at the front or back. Clean those before First Name?
Yes. Trim them off both ends. Don't touch anything else in the name.

> What goes in Company when the HS company name is blank?
Put "Unknown Company". When there is a company name, use it as is.

> Same question for Title when the job title is blank.
"Not Provided". Otherwise the job title exactly as HS has it.

That's all of it. Thanks for chasing this down.
Frank""", extended(
    HS,
    hs(email="tom.becker@prairieag.com", firstname="  Tom ", lastname="Becker", company="   ",
       jobtitle="Agronomist"),
    hs(email="ana.ortiz@midwayfreight.com", firstname="Ana  ", lastname="Ortiz", company="Midway Freight",
       jobtitle=""),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown Company"), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h113-03-phone-fallback-title-case-names", H, L, """\
Here you go.

> What goes in Phone on the Lead?
The HS office phone number first. If that's blank, use the mobile phone number. If both are blank,
leave Phone off the Lead altogether. I don't want an empty Phone going over. Send the number as HS
has it, no reformatting.

> The names in HS are all over the place on capitals. Do you want First Name and Last Name cleaned up?
Yes. Title case on both, capital first letter on each word and the rest lower case.

> And Email?
HS email, unchanged.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="walt.nowak@ironrange.com", firstname="WALT", lastname="nowak", phone="", mobilephone=""),
))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h113-04-source-table-lower-email", H, L, """\
Answers below.

> How should HS Original Source translate into Lead Source?
ORGANIC_SEARCH goes in as "Web". PAID_SEARCH and PAID_SOCIAL both go in as "Advertisement".
REFERRALS goes in as "External Referral". Anything else, and that includes a blank source, gets
"Other".

> Should the Email on the Lead be lower case?
Yes. SF dedupe has burned us on mixed-case addresses before.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="Owen.Fitzgerald@LakeviewBank.com", hs_analytics_source="EMAIL_MARKETING"),
    hs(email="Jo.Hart@HartCPA.com", hs_analytics_source="OFFLINE"),
))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h113-05-skip-customers-and-optouts", H, L, """\
Answers below.

> Are there contacts you want kept out of the Lead sync?
Two groups. Anybody whose lifecycle stage is customer stays out, they're already in SF as accounts.
And anybody who has unsubscribed from all email in HS, meaning that field says "true", stays out
too. If the unsubscribed field is blank, treat them as fine and send them.

> For the ones that do go over, what do we map?
Email, First Name, Last Name and Company, copied straight from the HS email, first name, last name
and company name.

> Anything for Lead Status?
"Open - Not Contacted" on every one of them.

Thanks,
Frank""", extended(
    HS,
    hs(email="beth.lund@northstarcoop.com", firstname="Beth", lastname="Lund", company="North Star Coop",
       lifecyclestage="customer", hs_email_optout="false"),
    hs(email="raj.patel@grainbelt.com", firstname="Raj", lastname="Patel", company="Grain Belt Supply",
       lifecyclestage="opportunity", hs_email_optout="false"),
))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h113-06-rating-by-revenue-employees", H, L, """\
Answers below.

> How do you want Rating set?
Off the HS annual revenue. Over $10 million is "Hot". Under $1 million is "Cold", and a blank
revenue is "Cold" too. Everything in between is "Warm".

> What about Employees?
The HS number of employees, as a whole number. If HS has it blank, leave Employees off.

> Email?
Copy it over as is.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="carl.jensen@duluthmarine.com", annualrevenue="10500000", numemployees="1200"),
    hs(email="nina.rossi@oakparkbakery.com", annualrevenue="950000", numemployees="9"),
))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Hot" if v is not None and v > 10_000_000 else "Cold" if v is None or v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h113-07-e164-phone-title-city", H, L, """\
Answers below.

> What format should Phone be in on the Lead?
E.164. When a number has no country code on it, assume it's a US number. If the HS phone number is
blank, leave Phone off the Lead.

> City?
Title case it. Half the reps type cities in all caps or all lower case.

> Email?
Same as HS, untouched.

That should do it.
Frank""", extended(
    HS,
    hs(email="greg.sobczak@oakparkhvac.com", phone="312 555 0199", city="OAK PARK"),
    hs(email="tina.marsh@joliettool.com", phone="1-815-555-0100", city="joliet"),
))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h113-08-us-only-state-upper-description", H, L, """\
Answers below.

> Which HS contacts should go to SF as Leads?
Only the ones with Country/Region "United States". Nobody else on this one.

> State?
The HS state in upper case.

> What should Description say?
"HS created " and then the HS create date as YYYY-MM-DD, so it reads like "HS created 2023-03-14".

> Email?
Straight copy.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="rob.kline@lakeshoremfg.com", country="United States", state="il",
       createdate="2024-02-06T13:20:00.000Z"),
    hs(email="claire.boucher@maplecrest.ca", country="Canada", state="on",
       createdate="2024-03-11T12:00:00.000Z"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(), "Description": "HS created " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h113-09-mailing-address-copies", H, C, """\
Answers below.

> Where should the HS address go on the SF Contact?
The Mailing fields. Street address into Mailing Street, city into Mailing City, state into Mailing
State, postal code into Mailing Zip/Postal Code, and country into Mailing Country. Straight copies,
and if HS has one of them blank, it goes over blank.

> Email, First Name, Last Name?
Copy those three over from HS too.

Thanks,
Frank""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h113-10-optout-and-do-not-call-flags", H, C, """\
Answers below.

> How do you want Email Opt Out set on the Contact?
Check it when HS unsubscribed from all email says "true". When it says "false", or it's blank, Email
Opt Out is false.

> Do Not Call?
True when both the HS phone number and the mobile phone number are blank. If they have either one,
Do Not Call is false.

> Email?
Copy it.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="lou.banks@rockfordsteel.com", phone="", mobilephone="   ", hs_email_optout="false"),
))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h113-11-first-name-from-email-title-chain", H, C, """\
Answers below.

> What goes in First Name when HS doesn't have a first name?
Use the part of the email address before the @. When HS has a first name, use that as is.

> Title?
The HS job title. If that's blank, use the industry instead. If both are blank, put "Unknown".

> Email?
Copy it over.

Shout if anything else.
Frank""", extended(
    lower_emails(HS),
    hs(email="sam.ortega@riverbendgrocers.com", firstname="", jobtitle="", industry="Retail"),
    hs(email="jkowalczyk@lakecountyfarm.com", firstname="  ", jobtitle="Controller", industry="Agriculture"),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Unknown")}


@case("h113-12-country-codes-state-upper", H, C, """\
Answers below.

> Do you want full country names or codes in Mailing Country?
Codes. United States is "US", Japan is "JP", Mexico is "MX", France is "FR". Those four are the
only countries we have in HS right now, so that covers it.

> Mailing State?
The HS state in upper case. If HS has no state, leave Mailing State off.

> Email?
Copy.

Thanks,
Frank""", extended(
    HS,
    hs(email="pete.malone@badgerdairy.com", country="United States", state="wi"),
))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h113-13-customers-only-contacts", H, C, """\
Answers below.

> Which HS contacts should become SF Contacts?
Only the ones with lifecycle stage customer. Leads and everybody else stay put.

> Should Email be lower case?
Yes.

> What goes in Phone?
The HS phone number. If that's blank, the mobile phone number. Every customer we have has one or
the other. Send it as it is.

> Description?
"HubSpot customer" on all of them.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="Dana.Whitfield@BrightLakeDental.com", lifecyclestage="customer", phone="(608) 555-0140"),
    hs(email="Lou.Ferraro@FerraroBros.com", lifecyclestage="customer", phone="  ", mobilephone="773-555-0102"),
    hs(email="Ned.Price@PriceRealty.com", lifecyclestage="lead", phone="630-555-0177"),
))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "HubSpot customer"}


@case("h113-14-trim-title-source-table", H, C, """\
Answers below.

> Title on the Contact?
The HS job title with the spaces trimmed off both ends. Nothing else done to it.

> First Name and Last Name?
Title case on both.

> How should Original Source map to Lead Source?
ORGANIC_SEARCH is "Web", PAID_SEARCH is "Advertisement", REFERRALS is "External Referral". Anything
else, blank included, is "Other".

> Email?
Copy it.

Thanks,
Frank""", extended(
    HS,
    hs(email="susan.brennan@peoriaplastics.com", firstname="SUSAN", lastname="brennan",
       jobtitle="  Plant Manager ", hs_analytics_source="OFFLINE"),
))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h113-15-mc-basics-language-default", H, M, """\
Answers below.

> What goes into the MC audience?
Email address from the HS email. The First Name merge field from first name, Last Name merge field
from last name. Straight copies.

> What status should they go in with?
"subscribed".

> Language?
Use the HS preferred language. Most of our contacts don't have one set at all, and those get "en".

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="klaus.meier@donauwerk.de", firstname="Klaus", lastname="Meier", hs_language="de"),
    hs(email="ivy.chen@lakefrontlaw.com", firstname="Ivy", lastname="Chen", hs_language=""),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "en")}


@case("h113-16-status-three-ways-import-tag", H, M, """\
Answers below.

> How do we set the MC status?
Off HS unsubscribed from all email. "true" means "unsubscribed". "false" means "subscribed". Blank
means "pending", so they get the confirmation email and opt in themselves.

> Any tags?
Tag every one of them "HubSpot Import". Actually, make that "HS Import", not "HubSpot Import". That
matches what the MC team already uses.

> Email address?
The HS email, as is.

Thanks,
Frank""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "tags": ["HS Import"]}


@case("h113-17-enterprise-and-customer-tags", H, M, """\
Answers below.

> What tags should go on the MC members?
Two possible. "Enterprise" when HS annual revenue is over 5,000,000; a blank revenue doesn't get it.
"Customer" when lifecycle stage is customer. If somebody gets both, Enterprise goes first. If
neither applies, no tags at all, an empty list.

> Email address?
HS email, copied.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="joe.dvorak@cicerofoundry.com", lifecyclestage="customer", annualrevenue="20000000"),
))
def o17(r: R) -> Out:
    tags = [t for t, on in (("Enterprise", gt(r["annualrevenue"], 5_000_000)),
                            ("Customer", r["lifecyclestage"] == "customer")) if on]
    return {"email_address": r["email"], "tags": tags}


@case("h113-18-first-word-phone-fallback", H, M, """\
Answers below.

> What goes in the FNAME merge field?
Only the first word of the HS first name. We have a bunch of "Mary Beth" types and the greeting
should just say "Mary".

> PHONE merge field?
The HS phone number in E.164, and assume US when there's no country code. If the phone number is
blank, use the mobile phone number instead, same format. Everybody has one or the other.

> Email address?
Copy the HS email.

Thanks,
Frank""", extended(
    HS,
    hs(email="marybeth.schultz@foxvalleyins.com", firstname="Mary Beth", phone="", mobilephone="920-555-0133"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {
        "FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h113-19-skip-optouts-customer-vip", H, M, """\
Answers below.

> Anybody we should leave out of MC?
Anybody whose HS unsubscribed from all email says "true". If it's blank, they go through.

> Status?
"subscribed" for everyone we send.

> Do you want VIP set?
Yes. VIP is true for lifecycle stage customer, false for everyone else.

> Email address?
HS email, as is.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="gina.russo@russoimports.com", lifecyclestage="customer", hs_email_optout="false"),
    hs(email="al.novak@novakbuilders.com", lifecyclestage="customer", hs_email_optout=""),
))
def o19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h113-20-title-names-company-tag-vip", H, M, """\
Answers below.

> FNAME and LNAME?
HS first name and last name, both in title case.

> Tags?
One tag, the company name as HS has it. If there's no company name, tag them with the part of the
email after the @ instead, like "fiestafoods.mx".

> Do you want VIP set?
True when HS annual revenue is over 10,000,000. Blank revenue is false, and so is everything else.

> Email address?
Copy the HS email.

Thanks,
Frank""", extended(
    lower_emails(HS),
    hs(email="hank.moreau@riverbendtimber.com", firstname="HANK", lastname="moreau", company="",
       annualrevenue="15000000"),
))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 10_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h113-21-userid-lower-name-traits", H, S, """\
Answers below.

> What do we use for userId?
The HS email in lower case.

> Which traits?
firstName, lastName and title, copied from HS first name, last name and job title. A blank job
title goes over blank. Then name, which is the first name, a space, and the last name, exactly as
HS has them.

Shout if anything else.
Frank""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {
        "firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
        "name": r["firstname"] + " " + r["lastname"]}}


@case("h113-22-company-traits", H, S, """\
Answers below.

> userId?
The HS email, as is.

> What goes under the company traits?
traits.company.name from the HS company name, and "Unknown" when it's blank.
traits.company.industry from industry, left out when it's blank.
traits.company.employee_count from number of employees as a whole number, also left out when it's
blank.

Thanks,
Frank""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h113-23-address-traits-phone-fallback", H, S, """\
Answers below.

> userId?
HS email.

> Address traits?
traits.address.street from the HS street address, city from city, state from state, postalCode
from postal code, country from country. If state is blank, leave it out. The others are straight
copies.

> Phone?
traits.phone gets the HS phone number in E.164, assuming US if there's no country code. If that's
blank use the mobile phone number, same format. If both are blank, leave traits.phone out.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="ray.dolan@elginpaper.com", phone="", mobilephone="", address="15 Grove Ave", city="Elgin",
       state="IL", zip="60120"),
))
def o23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h113-24-clean-userid-optout-revenue", H, S, """\
Answers below.

> userId?
The HS email with the spaces trimmed off both ends and lower-cased. A few came in from a trade show
import with junk around them.

> Which traits?
firstName, copied from HS first name.
unsubscribed, true when HS unsubscribed from all email says "true". "false" or blank means false.
annualRevenue, the HS annual revenue as a number. Leave it out when it's blank.

Shout if anything else.
Frank""", extended(
    HS,
    hs(email="  Carla.Reyes@DesPlainesTool.com ", firstname="Carla", hs_email_optout="", annualrevenue="640000"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
        "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h113-25-ga4-signup-source-date", H, G, """\
Answers below.

> What do we use for client_id?
The HS email, as is.

> Event name and parameters?
Event name is "sign_up". Parameter method is "hubspot_form" on every one.

> Do you want the source in there?
Yes. Parameter source is the HS original source in lower case, so "organic_search" and so on. If
the source is blank, send it blank.

> Any date?
Parameter signup_date, the HS create date as YYYY-MM-DD.

Thanks,
Frank""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "sign_up", "params": {
        "method": "hubspot_form", "source": r["hs_analytics_source"].lower(),
        "signup_date": day(r["createdate"])}}]}


@case("h113-26-ga4-qualified-lead-over-1m", H, G, """\
Answers below.

> Which contacts should send an event to GA4?
Only the ones with HS annual revenue over 1,000,000. A blank revenue doesn't count, skip those.

> client_id?
The part of the email before the @.

> Event name and parameters?
Event name "qualified_lead". Parameter value is the annual revenue as a number, and parameter
currency is "USD" on all of them.

Shout if anything else.
Frank""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h113-27-ga4-event-by-stage", H, G, """\
Answers below.

> What should the GA4 event be called?
Customers, meaning lifecycle stage customer, get "close_convert_lead". Everybody else gets
"generate_lead".

> Parameter lead_source?
The HS original source as it is. If it's blank, send "UNKNOWN".

> client_id?
The HS email, copied.

Thanks,
Frank""", HS)
def o27(r: R) -> Out:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "lead_source": dflt(r["hs_analytics_source"], "UNKNOWN")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h113-28-lead-copies-to-hs", L, H, """\
Answers below.

> Which SF Lead fields go to which HS contact properties?
Email to email, First Name to first name, Last Name to last name, Company to company name, Title to
job title, Phone to phone number, and City to city. All straight copies. If SF has one of them
empty, it goes over empty.

Shout if anything else.
Frank""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h113-29-lead-status-table-optout-text", L, H, """\
Answers below.

> How should SF Lead Status map to HS Lead Status?
"Open - Not Contacted" is NEW. "Working - Contacted" is IN_PROGRESS. "Closed - Converted" is
OPEN_DEAL. "Closed - Not Converted" is UNQUALIFIED. Actually, make "Closed - Converted" CONNECTED,
not OPEN_DEAL. We only call it a deal once there's an opportunity in SF.

> Unsubscribed from all email?
The text "true" when Email Opt Out is checked in SF, "false" when it isn't.

> Email?
Copy it.

Thanks,
Frank""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h113-30-rating-to-stage-revenue", L, H, """\
Answers below.

> How should SF Rating become HS lifecycle stage?
Hot is salesqualifiedlead. Warm is marketingqualifiedlead. Cold is lead.

> Annual revenue?
The SF Annual Revenue as a number. If it's blank, leave annual revenue off the HS contact.

> Should email be lower case?
Yes.

Shout if anything else.
Frank""", extended(
    SFL,
    sfl(Email="Nate.Greer@PrairieWind.com", Rating="Warm", AnnualRevenue="750000.50"),
))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h113-31-uk-leads-only", L, H, """\
Answers below.

> Which SF Leads go over to HS on this one?
Only the ones with Country "United Kingdom". This is for the London team.

> Phone number format?
E.164. These are UK numbers, so +44 and drop the leading 0. All of them have a phone.

> Postal code?
Upper case.

> Job title?
The SF Title. If it's blank, put "Unknown".

> Email?
Copy it.

Thanks,
Frank""", extended(
    SFL,
    sfl(Email="fiona.blake@thamesgate.co.uk", Country="United Kingdom", Phone="0161 496 0555",
        PostalCode="m1 1ae", Title=""),
    sfl(Email="owen.price@cardiffbay.co.uk", Country="United Kingdom", Phone="+44 29 2018 0999",
        PostalCode="cf10 4pa", Title="Buyer"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h113-32-skip-dead-leads-message", L, H, """\
Answers below.

> Any SF Leads we skip?
Yes. Anything with Lead Status "Closed - Not Converted". Those are dead.

> Job title?
The SF Title, or "Not Provided" if it's blank.

> What goes in the HS message field?
"Source: " then the SF Lead Source, then " | Rating: " then the SF Rating. So it reads
"Source: Web | Rating: Hot". If Lead Source is blank, leave that spot empty. No placeholder,
don't bother tidying it up.

> Email?
Straight copy.

Shout if anything else.
Frank""", extended(
    SFL,
    sfl(Email="dave.ostrowski@cicerosupply.com", LeadSource="", Title="", Rating="Cold",
        Status="Open - Not Contacted"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not Provided"),
            "message": "Source: " + r["LeadSource"] + " | Rating: " + r["Rating"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h113-33-contact-status-and-tags", C, M, """\
Answers below.

> Email address?
The SF Email in lower case.

> Status in MC?
If Email Opt Out is checked in SF, "unsubscribed". If it isn't, "subscribed".

> Tags?
"Salesforce" on everybody. Add "Trade Show" as well when SF Lead Source is "Trade Show".
Salesforce goes first.

Thanks,
Frank""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h113-34-skip-no-department-language", C, M, """\
Answers below.

> Any SF Contacts we leave out?
Anybody with a blank Department. If we don't know what team they're on, they don't get the
newsletter.

> PHONE merge field?
The SF Phone in E.164. Assume US when there's no country code.

> How do we set language?
Off Mailing Country. Germany is "de", Austria is "de", United States is "en", Canada is "fr".
Actually, make Canada "en", not "fr". Most of ours up there are in Toronto. Those four countries
are all we have.

> Email address?
SF Email, as is.

Shout if anything else.
Frank""", extended(
    SFC,
    sfc(Email="mark.dunn@maplecrest.ca", MailingCountry="Canada", Department="Finance", Phone="416-555-0170"),
    sfc(Email="jill.sanders@lakeviewhealth.com", MailingCountry="United States", Department="  ",
        Phone="(312) 555-0133"),
    sfc(Email="ted.wozniak@calumetsteel.com", MailingCountry="United States", Department="Operations",
        Phone="1 (773) 555-0121"),
))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Canada": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h113-35-fname-default-trade-show-vip", C, M, """\
Answers below.

> FNAME merge field?
The SF First Name. If that's blank, put "there", so the greeting reads "Hi there".

> LNAME?
SF Last Name, copied.

> VIP?
True when SF Lead Source is "Trade Show". Anything else, blank included, is false.

> Status?
"subscribed".

> Email address?
SF Email, as is.

Thanks,
Frank""", extended(
    SFC,
    sfc(Email="karin.lindqvist@norrsken.se", FirstName="", LastName="Lindqvist", LeadSource="Trade Show"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show"}


@case("h113-36-opted-in-contacts-no-tags", C, M, """\
Answers below.

> Which SF Contacts go to MC?
Only the ones where Email Opt Out is not checked.

> Which fields?
Email address from SF Email, FNAME from First Name, LNAME from Last Name. Straight copies.

> Status and language?
Status "subscribed" and language "en" on all of them.

> Tags?
None. Send an empty tag list. The MC team will tag them themselves.

Shout if anything else.
Frank""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "en",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h113-37-contact-traits-omit-blanks", C, S, """\
Answers below.

> userId?
The SF Email in lower case.

> Which traits?
email, firstName and lastName, copied from SF Email, First Name and Last Name. Keep the email trait
exactly as SF has it, don't lower-case that one.
title from SF Title and birthday from Birthdate. Leave either of those out when SF has it blank.

Thanks,
Frank""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h113-38-contact-address-trim-default", C, S, """\
Answers below.

> userId?
SF Email, as is.

> Address traits?
traits.address.city from Mailing City, with the spaces trimmed off both ends. traits.address.country
from Mailing Country, and "Unknown" when it's blank.

Shout if anything else.
Frank""", extended(
    SFC,
    sfc(Email="bob.halloran@creamcitybrew.com", MailingCity="  Milwaukee ", MailingCountry=""),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h113-39-contact-phone-name-channel", C, S, """\
Answers below.

> userId?
SF Email, as is.

> traits.phone?
The SF Phone in E.164, US when there's no country code.

> traits.name?
First Name, a space, Last Name.

> You mentioned a channel trait. How is it set?
traits.lead_channel off SF Lead Source. Web is "inbound", Trade Show is "events", Partner Referral
is "partner". Anything else, blank included, is "other". Actually, make Trade Show "field", not
"events". That's what marketing calls it in their reports.

Thanks,
Frank""", extended(
    SFC,
    sfc(Email="maya.greene@southlooparch.com", FirstName="Maya", LastName="Greene", Phone="312-555-0188",
        LeadSource="Partner Referral"),
    sfc(Email="victor.hale@hale-mfg.com", FirstName="Victor", LastName="Hale", Phone="847.555.0104",
        LeadSource="Purchased List"),
))
def o39(r: R) -> Out:
    channel = {"Web": "inbound", "Trade Show": "field", "Partner Referral": "partner"}
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
        "lead_channel": channel.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h113-40-mc-names-language-optout-text", M, H, """\
Answers below.

> First name in HS?
The MC FNAME merge field in title case.

> Last name?
LNAME in title case. If MC has no last name, leave last name off the HS contact.

> Preferred language?
The MC member's language. If it's blank, "en".

> Unsubscribed from all email?
The text "true" if the MC status is unsubscribed, "false" for any other status.

> Email?
The MC email address, as is.

Shout if anything else.
Frank""", extended(
    MC,
    mc({"FNAME": "GRETA", "LNAME": "holm"}, email_address="greta.holm@nordicpine.se", language="",
       status="unsubscribed"),
))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h113-41-mc-skip-cleaned-vip-stage", M, H, """\
Answers below.

> Any MC members we skip?
Anybody with status cleaned. Those addresses bounce.

> Phone number?
The MC PHONE merge field in E.164, assume US without a country code. If it's blank, leave phone
number off.

> First name and last name?
FNAME and LNAME, copied as they are.

> Lifecycle stage?
VIPs in MC go in as "customer". Everybody else is "subscriber".

> Email?
MC email address.

Thanks,
Frank""", extended(
    MC,
    mc({"FNAME": "Stan", "LNAME": "Kowal", "PHONE": "773-555-0166"}, email_address="stan.kowal@southsidepaint.com",
       status="subscribed", vip=True),
))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h113-42-mc-first-word-domain-webinar", M, H, """\
Answers below.

> First name?
Just the first word of the MC FNAME merge field.

> Last name?
The LNAME merge field. If MC has no last name, put the part of the email address after the @ in
last name, so the record isn't empty and sales can fix it later.

> HS Lead Status?
If the member has the Webinar tag in MC, "OPEN". Otherwise "NEW".

> Email?
The MC email address, copied.

Shout if anything else.
Frank""", extended(
    MC,
    mc({"FNAME": "Mary Ann", "LNAME": ""}, email_address="maryann.boyle@lakeeffectcoffee.com",
       tags=["Customer", "Webinar"]),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": dflt(mf["LNAME"], after_at(r["email_address"])),
            "hs_lead_status": "OPEN" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set113")
