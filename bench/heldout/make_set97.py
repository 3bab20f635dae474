"""Held-out set 97 for the offline mapping drafter.

Persona: Jordan, marketing-operations manager at a US B2B software company. Writes short Slack-DM
or email prose (one or two paragraphs, no bullets, tables or arrows), mixes field labels with the
odd API name, varies how a request opens, and sometimes says why a rule exists.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h97-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Jordan's own.
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

@case("h97-01-lead-copies-web", H, L, """\
Can you set up the HubSpot to Salesforce lead sync? Bring over the email, first name, last name, \
company name and job title exactly as they are in HubSpot. Some contacts have blanks in there, \
and that's fine, just pass the blank value through and don't fill anything in. Every lead \
created this way should also get Lead Source set to Web.""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h97-02-lead-company-cleanup", H, L, """\
We've got some messy company names in HubSpot with extra spaces around them, so when you create \
the Salesforce leads please trim the company name before it goes into Company. If the company is \
empty, put "Not Provided" there instead, since Salesforce won't save a lead without one.

Job title goes into Title as it is, unless it's blank, in which case use "Unknown". The email and \
last name just copy straight across.""", extended(
    HS,
    hs(email="sam.ortiz@brightpath.com", firstname="Sam", lastname="Ortiz", company="  Brightpath Labs  ",
       jobtitle="   "),
    hs(email="nora.quist@fjordline.com", firstname="Nora", lastname="Quist", company="   ", jobtitle="Growth Lead"),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Company": "Not Provided" if blank(r["company"]) else r["company"].strip(),
            "Title": dflt(r["jobtitle"], "Unknown")}


@case("h97-03-lead-names-phone", H, L, """\
A lot of people type their names in all caps or all lowercase on our forms, so for the lead sync \
I'd like first and last name to go into Salesforce in title case (capital first letter on each \
word, the rest lowercase). The email goes over unchanged.

For the lead's Phone, use the HubSpot phone number, and if that's empty use the mobile number \
instead, copied as it is either way. If a contact has neither, just leave Phone off the lead \
rather than sending something empty.""", extended(
    HS,
    hs(email="james.whitfield@copperline.com", firstname="JAMES", lastname="whitfield", company="Copperline",
       phone="", mobilephone=""),
))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h97-04-lead-source-table", H, L, """\
Quick one on the HubSpot to Salesforce leads: Lead Source needs to be translated from HubSpot's \
original source. ORGANIC_SEARCH should become Web, PAID_SEARCH becomes Advertisement and \
REFERRALS becomes External Referral. Anything else, including contacts where the original source \
is blank, should be Other. Please also lowercase the email before it goes into Email, and copy \
the last name across as is.""", HS)
def o04(r: R) -> Out:
    src = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": src.get(r["hs_analytics_source"], "Other")}


@case("h97-05-lead-two-exclusions", H, L, """\
Two exclusions for this one. Don't create Salesforce leads for anyone whose lifecycle stage is \
customer, since they're already in Salesforce as contacts, and skip anyone who has unsubscribed \
from all email in HubSpot (that's hs_email_optout being "true"; if it's blank, treat them as still \
subscribed and include them).

For everyone else, copy the email, first name, last name and company over as they are, and set \
Lead Status to Open - Not Contacted so the SDRs pick them up.""", HS)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h97-06-lead-rating-by-revenue", H, L, """\
I want the Salesforce Rating on new leads to reflect company size. If annual revenue in HubSpot \
is over 5,000,000 the Rating is Hot, if it's under 1,000,000 it's Cold, and anything in between \
is Warm. When revenue is blank, don't set a Rating at all. Please also send the number of \
employees into NumberOfEmployees as a whole number, leaving it off when HubSpot has nothing \
there. Email and company name copy straight over.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating: Any = OMIT if v is None else "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Company": r["company"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h97-07-lead-mobile-e164", H, L, """\
Sales wants to be able to text leads, so please put the HubSpot mobile number into the lead's \
MobilePhone in E.164 format. Assume it's a US number unless it already starts with a + and its \
own country code. If there's no mobile number, leave MobilePhone off instead of sending an empty \
value. While you're at it, title-case the city into City (we have some all-lowercase ones), and \
copy the email over as is.""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], lambda x: e164(x, "1")),
                 "City": title(r["city"])})


@case("h97-08-lead-us-only-description", H, L, """\
This sync should only pick up HubSpot contacts whose country is exactly "United States" and \
ignore everybody else. For those, copy the email into Email and put the state into State in \
uppercase. Then fill Description with the words "Created in HubSpot on " followed by the \
contact's create date as YYYY-MM-DD, so it reads like "Created in HubSpot on 2023-03-14".""", extended(
    HS,
    hs(email="tyler.brooks@ridgecrest.com", firstname="Tyler", lastname="Brooks", company="Ridgecrest Partners",
       city="Austin", state="tx", zip="78701", country="United States", createdate="2024-02-20T14:30:00.000Z"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h97-09-contact-mailing-address", H, C, """\
Can you map the address from HubSpot contacts onto the Salesforce contact's mailing address? The \
street address, city, state, zip and country should land in the matching mailing fields \
(MailingStreet, MailingCity, MailingState, MailingPostalCode and MailingCountry). Copy everything \
exactly as it is, and if a piece is blank in HubSpot just send it over blank. We match contacts \
on email, so put the email into Email too.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h97-10-contact-optout-dnc", H, C, """\
We need two checkboxes set on Salesforce contacts. Email Opt Out should be checked (true) when \
HubSpot's unsubscribe field, hs_email_optout, says "true", and unchecked (false) otherwise, \
including when it's blank. Do Not Call should be true when the contact's main phone number in \
HubSpot is blank and false when there is one; ignore the mobile number for this. The email and \
last name just copy over as is.""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h97-11-contact-lastname-fallback", H, C, """\
Some of our HubSpot contacts don't have a last name, and Salesforce won't create a contact \
without one. For LastName, use the last name if there is one; if it's empty, use the company \
name, and if that's empty too, use the part of the email address before the @. First name and \
email copy over unchanged.""", extended(
    lower_emails(HS),
    hs(email="info@harborfreightco.com", firstname="Ray", lastname="", company="Harbor Freight Co"),
    hs(email="sam.okoro@gmail.com", firstname="Sam", lastname="", company=""),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h97-12-contact-stage-description", H, C, """\
Our sales team wants to see the HubSpot lifecycle stage on Salesforce contacts, in the \
Description field, translated like this: subscriber becomes "Newsletter subscriber", lead becomes \
"Lead", marketingqualifiedlead becomes "MQL", salesqualifiedlead becomes "SQL", opportunity \
becomes "Open opportunity" and customer becomes "Customer". Those are the only stages we sync.

Also put the state into MailingState in uppercase, but leave MailingState off if the state is \
blank. Email maps to Email.""", extended(
    HS,
    hs(email="nina.patel@cascadehealth.com", firstname="Nina", lastname="Patel", company="Cascade Health",
       city="Seattle", state="wa", lifecyclestage="opportunity"),
))
def o12(r: R) -> Out:
    stage = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "opportunity": "Open opportunity", "customer": "Customer"}
    return keep({"Email": r["email"], "Description": stage[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h97-13-contact-customers-only", H, C, """\
Only customers for this one, meaning HubSpot contacts whose lifecycle stage is customer; leave \
everyone else alone. Lowercase their email into Email and copy the last name over. For Phone, \
take the phone number and fall back to the mobile number when the phone is blank (copy it as is \
either way, and every customer has at least one of the two). Every one of them should also get \
Description set to "HubSpot customer".""", extended(
    HS,
    hs(email="Owen.Price@Harborview.com", firstname="Owen", lastname="Price", company="Harborview Capital",
       phone="(206) 555-0113", mobilephone="", lifecyclestage="customer"),
    hs(email="zoe.lindqvist@kestrelhq.com", firstname="Zoe", lastname="Lindqvist", company="Kestrel HQ",
       phone="", mobilephone="(971) 555-0166", lifecyclestage="customer"),
))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Phone": first_filled(r["phone"], r["mobilephone"]), "Description": "HubSpot customer"}


@case("h97-14-contact-names-source", H, C, """\
Please trim stray spaces off the first name before it goes into FirstName, and put the last name \
into LastName in title case. For Lead Source on the contact, PAID_SEARCH and PAID_SOCIAL in \
HubSpot's original source both become Advertisement, REFERRALS becomes Word of mouth, and \
everything else, blank included, becomes Web. Email should be copied as is.""", extended(
    HS,
    hs(email="rosa.mendez@altamesa.com", firstname="  Rosa ", lastname="MENDEZ", company="Alta Mesa",
       hs_analytics_source="DIRECT_TRAFFIC"),
))
def o14(r: R) -> Out:
    src = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Word of mouth"}
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": title(r["lastname"]),
            "LeadSource": src.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h97-15-mc-basic-language", H, M, """\
Let's set up the HubSpot contacts to Mailchimp audience sync. The email goes to the member's email \
address, and first and last name go into FNAME and LNAME exactly as they are. Every member should \
be added with status subscribed. For language, use the contact's preferred language (hs_language) \
when it's there, and when it isn't, set it to "en".""", extended(
    HS,
    hs(email="lukas.becker@nordlicht.de", firstname="Lukas", lastname="Becker", company="Nordlicht",
       hs_language="de"),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h97-16-mc-status-from-optout", H, M, """\
The Mailchimp status needs to follow HubSpot's unsubscribe flag, hs_email_optout. When it's "true" \
the member is unsubscribed, when it's "false" they're subscribed, and when it's blank make them \
pending so they get a confirmation email first. Copy the email into the email address and the \
first name into FNAME, and tag everyone with "HubSpot Sync" so we can find them later.""", HS)
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "pending" if blank(opt) else "unsubscribed" if opt == "true" else "subscribed"
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": status,
            "tags": ["HubSpot Sync"]}


@case("h97-17-mc-value-tags", H, M, """\
I'd like tags on the Mailchimp members based on what we know in HubSpot. Add a "High Value" tag \
when annual revenue is above 3,000,000 (blank revenue doesn't count), and a "Customer" tag when \
the lifecycle stage is customer. If both apply, list High Value first and then Customer; if \
neither does, the member gets no tags at all, so an empty list. Email goes to the email address \
and first name to FNAME, unchanged.""", extended(
    HS,
    hs(email="martin.holt@ironbridge.com", firstname="Martin", lastname="Holt", company="Ironbridge",
       annualrevenue="9000000", lifecyclestage="customer"),
))
def o17(r: R) -> Out:
    tags = [t for t, ok in (("High Value", gt(r["annualrevenue"], 3_000_000)),
                            ("Customer", r["lifecyclestage"] == "customer")) if ok]
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h97-18-mc-sms-phone", H, M, """\
For the SMS audience in Mailchimp, PHONE should be the contact's mobile number, or the regular \
phone number if the mobile is blank (everyone in this list has at least one of the two). Whichever \
number you end up using, format it as E.164, assuming US unless it already starts with + and a \
country code.

FNAME should be just the first word of the first name, since some people put a middle name in \
there too. The email maps to the email address.""", extended(
    HS,
    hs(email="maryann.cole@tidewater.com", firstname="Mary Ann", lastname="Cole", company="Tidewater"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]), "1")}}


@case("h97-19-mc-b2b-software-vip", H, M, """\
This audience is B2B only, so leave out any HubSpot contact that has no company name. Everyone \
else goes into Mailchimp as subscribed, with their email in the email address and their first \
name in FNAME, copied as is. Set VIP to true when their industry is exactly Software (our core \
market) and false otherwise, blank industry included.""", HS)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed",
            "vip": r["industry"] == "Software"}


@case("h97-20-mc-company-domain-vip", H, M, """\
When we push contacts to Mailchimp, please title-case the first and last names into FNAME and \
LNAME. We also have a COMPANY merge field: fill it with the company name, or, when that's blank, \
with the part of the email after the @ (the domain). Mark the member as VIP when annual revenue is \
more than 5,000,000, and not VIP otherwise; blank revenue means not VIP. The email goes to the \
email address unchanged.""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": dflt(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h97-21-seg-name-traits", H, S, """\
For the Segment identify calls, the userId should be the HubSpot email in all lowercase. Send \
first name, last name and job title as the firstName, lastName and title traits exactly as they \
are (a blank job title stays blank), and build the name trait from the first name, a space, and \
the last name.""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h97-22-seg-company-traits", H, S, """\
Company info should go into Segment's nested company traits. The company name goes into \
traits.company.name, or "Unknown" if it's blank. Industry goes into traits.company.industry, but \
leave it out when the industry is empty. traits.company.employee_count should be the number of \
employees as a whole number, also left out when that's blank. Send the email as the userId, as \
it is.""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h97-23-seg-address-phone", H, S, """\
Hey, for the Segment address traits: put the city into traits.address.city as is, and the state \
into traits.address.state, leaving state out when it's blank. Use the email as the userId.

The phone trait should be the phone number in E.164 (assume US when there's no + country code). \
If the phone is empty, use the mobile number instead, formatted the same way, and if both are \
empty leave the phone trait off.""", extended(
    HS,
    hs(email="quinn.harper@bluecrate.com", firstname="Quinn", lastname="Harper", company="Blue Crate",
       phone="", mobilephone="", city="Denver", state=""),
))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_if_blank(r["state"])},
                            "phone": OMIT if ph is None else e164(ph, "1")}})


@case("h97-24-seg-clean-id-revenue", H, S, """\
Some emails in HubSpot have leading or trailing spaces and random capitals, so for the Segment \
userId please trim the email and lowercase it. The title trait is the job title copied as is. \
Add a boolean trait called unsubscribed that's true when hs_email_optout is "true" and false \
when it's "false" or blank. And add annual_revenue as a number trait, left off entirely when the \
revenue is blank.""", extended(
    HS,
    hs(email="  Ava.Stone@BrightLoop.com ", firstname="Ava", lastname="Stone", company="BrightLoop",
       jobtitle="Director of Demand Gen", hs_email_optout="false", annualrevenue="650000.5"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h97-25-ga4-contact-synced", H, G, """\
We want a GA4 event for every HubSpot contact we sync, using the email as the client_id. Call \
the event crm_contact_synced. It needs a source parameter that's always "hubspot", an industry \
parameter with the contact's industry in lowercase (leave that parameter out when the industry \
is blank), and a created_on parameter with the create date as YYYY-MM-DD.""", HS)
def o25(r: R) -> Out:
    params = keep({"source": "hubspot", "industry": omit_if_blank(r["industry"], str.lower),
                   "created_on": day(r["createdate"])})
    return {"client_id": r["email"], "events": [{"name": "crm_contact_synced", "params": params}]}


@case("h97-26-ga4-high-value", H, G, """\
Only send GA4 events for contacts with annual revenue over 1,000,000, and if the revenue is blank \
skip the contact. The client_id should be the part of the email before the @. Name the event \
high_value_account and give it a value parameter holding the annual revenue as a number, plus a \
currency parameter that's always "USD".""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_account", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h97-27-ga4-stage-event", H, G, """\
For GA4, the event name depends on the lifecycle stage: customer_synced when the HubSpot stage is \
customer, and lead_synced for every other stage. client_id is the contact's email as is. Add a \
job_title parameter with the job title, or "unknown" when it's blank, and a company parameter \
copied from the company name, even when it's empty.""", HS)
def o27(r: R) -> Out:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "lead_synced"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "unknown"), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h97-28-hs-from-lead-copies", L, H, """\
Can you set up the other direction too, Salesforce leads into HubSpot contacts? It's all straight \
copies: the lead's email, first name, last name, company, title, phone and city go into HubSpot's \
email, firstname, lastname, company, jobtitle, phone and city. Don't change anything, and if a \
value is empty in Salesforce, send it over empty.""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h97-29-hs-stage-from-status", L, H, """\
When leads come over from Salesforce, set the HubSpot lifecycle stage from the lead Status. Open - \
Not Contacted is lead, Working - Contacted is salesqualifiedlead, Closed - Converted is customer, \
and Closed - Not Converted is other. Also carry the Email Opt Out checkbox into hs_email_optout as \
the text "true" or "false". The email goes to email.""", SFL)
def o29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": stage[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h97-30-hs-rating-revenue", L, H, """\
I'd like the Salesforce Rating to drive the HubSpot lead status: Hot leads should be IN_PROGRESS, \
Warm ones OPEN and Cold ones UNQUALIFIED. Those are the only three ratings we use. Annual revenue \
should go into annualrevenue as a number, and be left off when Salesforce has it blank. Please \
lowercase the email on the way in, since a few reps type them with capitals.""", extended(
    SFL,
    sfl(Email="Marco.Bianchi@Veloce.it", FirstName="Marco", LastName="Bianchi", Company="Veloce",
        Rating="Warm", AnnualRevenue="1750000.25"),
))
def o30(r: R) -> Out:
    status = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h97-31-hs-uk-leads", L, H, """\
Only UK leads for this one, so Salesforce leads where Country is "United Kingdom"; skip the rest. \
For those, convert the phone number to E.164 with the UK country code (drop the leading 0 and \
prefix +44) into phone, and put the postal code into zip in uppercase. Copy the lead's title into \
jobtitle, using "Unknown" when the title is blank. Email goes to email as is.""", extended(
    SFL,
    sfl(Email="olivia.hughes@thamesdata.co.uk", FirstName="Olivia", LastName="Hughes", Company="Thames Data",
        Title="", Phone="07700 900123", Street="1 Piccadilly", City="Manchester", PostalCode="m1 1ae",
        Country="United Kingdom"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h97-32-hs-skip-dead-address", L, H, """\
Skip any lead whose Status is Closed - Not Converted, those are dead. For the rest, the email \
copies over, jobtitle is the lead's Title or "Unknown" if that's blank, and HubSpot's street \
address field should combine Street and City as the street, a comma and a space, then the city \
(for example "200 Lake St, Chicago"). If the street is blank, the address is just the city on \
its own.""", extended(
    SFL,
    sfl(Email="noah.kim@evergreenlabs.com", FirstName="Noah", LastName="Kim", Company="Evergreen Labs",
        Title="Ops Analyst", Street="", City="Seattle", Status="Open - Not Contacted"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h97-33-mc-sf-status-tags", C, M, """\
For Salesforce contacts going into Mailchimp, lowercase the email into the email address. Status \
should be unsubscribed when Email Opt Out is checked and subscribed when it isn't. Tag everyone \
with "Salesforce", and if their Lead Source is Trade Show, add a second tag, "Trade Show", after \
it. Any other Lead Source, or a blank one, just gets the Salesforce tag.""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h97-34-mc-sf-dept-language", C, M, """\
Leave out contacts that have no Department in Salesforce. For the ones we keep, the email goes to \
the email address and PHONE gets the business phone in E.164 (US unless it already has a + \
country code). Set language from MailingCountry: Germany and Austria are "de" and United States \
is "en". Those are the only three countries we have in there.""", SFC)
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "1")},
            "language": lang[r["MailingCountry"]]}


@case("h97-35-mc-sf-greeting-vip", C, M, """\
FNAME should be the contact's first name, and if it's blank use "there" so our "Hi there" \
greeting still reads right. LNAME just copies the last name. Make them VIP only when Lead Source \
is exactly Web; anything else, blank included, is not VIP. Status is always subscribed, and the \
email goes into the email address.""", extended(
    SFC,
    sfc(Email="pat.quinn@larkspur.io", FirstName="", LastName="Quinn", LeadSource="Web"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Web", "status": "subscribed"}


@case("h97-36-mc-sf-optins-clear-tags", C, M, """\
Only contacts who haven't opted out of email (Email Opt Out unchecked) should go to Mailchimp. \
Copy their email, first name and last name into the email address, FNAME and LNAME, add them as \
subscribed with language "en", and clear their tags, meaning send an empty tag list.""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h97-37-seg-sf-basic", C, S, """\
Salesforce contacts to Segment: the userId is the email lowercased, while the email trait is the \
email exactly as Salesforce has it. The firstName and lastName traits copy the names as they are. \
The title trait should come from Title, but leave it off when Title is empty.""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h97-38-seg-sf-address", C, S, """\
For this Segment feed we only need the address plus the id. The userId is the Salesforce email. \
traits.address.city should be the mailing city with any extra spaces trimmed off, and \
traits.address.country should be the mailing country, or "Unknown" if it's blank.""", extended(
    SFC,
    sfc(Email="maya.cohen@summitrail.com", FirstName="Maya", LastName="Cohen", MailingCity="  Denver ",
        MailingCountry=""),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h97-39-seg-sf-phone-channel", C, S, """\
Identify calls from Salesforce contacts should use the email as the userId. The phone trait is \
the business phone in E.164 (assume US when it doesn't start with + and a country code), and the \
name trait is the first name, a space, then the last name. We also want a trait called \
acquisition_channel based on Lead Source: Web is "inbound", Trade Show is "event", and anything \
else, blank included, is "other".""", SFC)
def o39(r: R) -> Out:
    channel = {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"], "1"), "name": r["FirstName"] + " " + r["LastName"],
                       "acquisition_channel": channel}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h97-40-hs-from-mc-names", M, H, """\
Mailchimp members coming into HubSpot: title-case FNAME into firstname and LNAME into lastname, \
but leave lastname off when LNAME is blank. The company comes from the COMPANY merge field, or \
"Unknown" when that's empty. Set hs_email_optout to the text "true" when the Mailchimp status is \
unsubscribed and "false" for any other status. The email address goes into email.""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h97-41-hs-from-mc-vip-stage", M, H, """\
Don't sync cleaned members into HubSpot, those are bad addresses. For the rest, copy the email \
address into email and FNAME into firstname as is, and put PHONE into phone in E.164 (US unless \
it starts with a +), leaving phone off when PHONE is blank. If the member is marked VIP in \
Mailchimp, set the lifecycle stage to customer; otherwise set it to lead.""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "phone": omit_if_blank(mf["PHONE"], lambda x: e164(x, "1")),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h97-42-hs-from-mc-company-tag", M, H, """\
Last one, Mailchimp to HubSpot. The firstname should be just the first word of FNAME, and the \
company comes from the COMPANY merge field; when that's blank, use the part of the email address \
after the @ instead. If the member has the "Customer" tag, set lifecyclestage to customer, \
otherwise to subscriber. email is simply the member's email address.""", extended(
    lower_emails(MC, "email_address"),
    mc({"FNAME": "Ana Clara", "LNAME": "Souza", "COMPANY": ""}, email_address="ana.souza@verdemar.com.br",
       tags=["Webinar", "Customer"]),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set97")
