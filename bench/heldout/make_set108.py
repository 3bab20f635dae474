"""Held-out set 108 for the offline mapping drafter.

Persona: Chidi Okeke, sales-operations lead at a Lagos (Nigeria) fintech, sending his requests to the
integrations contractor as a string of WhatsApp messages. Nigerian English ('kindly', 'do the needful',
'I want it that...', 'please note', 'ehn', 'o' as a particle, 'abeg', 'sharp sharp', a little pidgin);
short lines, one or two instructions per message, now and then a correction in a later message; names
fields by what the HubSpot / Salesforce / Mailchimp screen shows ('First name', 'Lead Status',
'Unsubscribed from all email', 'FNAME') or loosely ('the mobile number', 'company name').

Pair distribution (42 cases):
  hubspot.contacts   -> salesforce.Lead      8  (01-08)
  hubspot.contacts   -> salesforce.Contact   6  (09-14)
  hubspot.contacts   -> mailchimp.members    6  (15-20)
  hubspot.contacts   -> segment.identify     4  (21-24)
  hubspot.contacts   -> ga4.events           3  (25-27)
  salesforce.Lead    -> hubspot.contacts     5  (28-32)
  salesforce.Contact -> mailchimp.members    4  (33-36)
  salesforce.Contact -> segment.identify     3  (37-39)
  mailchimp.members  -> hubspot.contacts     3  (40-42)

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def _without(rec: R, *keys: str) -> R:
    """A record with some fields absent altogether (not just empty)."""
    return {k: v for k, v in rec.items() if k not in keys}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h108-01-plain-copies-web-source", H, L, """\
Good morning Tayo, hope you slept well.
Kindly set up the HubSpot contacts -> Salesforce Leads sync for me.

Email -> Email
First name -> First Name
Last name -> Last Name
Company name -> Company
Job title -> Title

Please note some contacts don't have company name or job title. Just carry the empty value across like that, no need to fill anything.

Then Lead Source should be "Web" for everybody.
That's all for now 🙏""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h108-02-trim-firstname-company-default", H, L, """\
[09:12] Chidi: Morning. Next one is still HubSpot contact to SF Lead
[09:12] Chidi: Email to Email, straight
[09:13] Chidi: First name to First Name but trim am o. Remove any space before or after, those sales girls dey type with space 😂
[09:13] Chidi: Last name to Last Name, copy as it is
[09:14] Chidi: Company name to Company. If it's empty (or just spaces), put "Not Provided". SF will not accept blank company
[09:15] Chidi: Job title to Title, and where job title is empty make it "Unknown\"""", extended(
    HS,
    hs(email="adaeze.nwosu@kudimoni.ng", firstname="  Adaeze ", lastname="Nwosu", company="   ", jobtitle=""),
    hs(email="segun.alade@paylink.ng", firstname="Segun  ", lastname="Alade", company="PayLink", jobtitle="CFO"),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not Provided"), "Title": dflt(r["jobtitle"], "Unknown")}


@case("h108-03-phone-chain-proper-case-names", H, L, """\
Boss, for the Lead sync I want it that the phone is handled like this:
1. Use the contact's Phone Number.
2. If Phone Number is empty, use the Mobile Phone Number instead.
3. If the two of them are empty, don't send Phone at all. Leave the field out.
Whichever one you pick goes into Salesforce Phone as it is, no formatting.

Also First Name and Last Name should be in proper title case o, first letter capital and the rest small letters. Some people typed their names in all caps ehn.

Email maps to Email. Thank you.""", extended(
    HS,
    hs(email="emeka.obi@lagoscredit.ng", firstname="EMEKA", lastname="obi", phone="", mobilephone=""),
))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": first_filled(r["phone"], r["mobilephone"]) or OMIT})


_SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h108-04-source-table-lower-email", H, L, """\
Chidi: Hello. HubSpot contacts into Leads again, small one.
Chidi: Make the email lower case o, then put it in Email.
Chidi: Last name to Last Name.
Chidi: For Lead Source, use the Original Source like this:
ORGANIC_SEARCH = Web
PAID_SEARCH = Advertisement
PAID_SOCIAL = Partner
REFERRALS = External Referral
Anything else, even if Original Source is empty, put Other.
Chidi: Sorry abeg, correction: PAID_SOCIAL should be Advertisement too, not Partner.""", HS)
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": _SRC04.get(r["hs_analytics_source"], "Other")}


@case("h108-05-skip-customers-and-unsubscribed", H, L, """\
Good afternoon. Please do the needful on this one, HubSpot to Salesforce Lead.

Two kinds of people we must NOT send:
- anyone whose Lifecycle Stage is customer
- anyone whose "Unsubscribed from all email" is "true". If that field is empty, treat it as not unsubscribed and send the person.

For the rest:
Email → Email
First name → First Name
Last name → Last Name
Company name → Company
And set Lead Status to "Open - Not Contacted" for all of them.""", HS)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h108-06-rating-from-revenue-employees", H, L, """\
Chidi: HubSpot contacts → Salesforce Lead. I want Rating on the Lead to come from Annual Revenue.
Chidi: Above 5,000,000 → Hot
Below 1,000,000 → Cold
Anything in between → Warm
If annual revenue is empty, put Cold.
Chidi: Then Number of Employees goes to Employees as a whole number. If it's empty, don't send Employees at all.
Chidi: Email to Email of course.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h108-07-e164-phone-city-title", H, L, """\
Hi hi. HubSpot contacts → SF Leads.
Email into Email.
Phone number into Phone but in E.164 format please (+ country code then the digits). Assume US when the number doesn't start with +. If there's no phone number, leave Phone out completely.
City into City, title case it ehn. Some of them typed the city in small letters 😅""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h108-08-us-only-caps-description", H, L, """\
Morning bro.
HubSpot contacts going to Salesforce Lead. For this one, only US contacts o. Country/Region must be "United States", every other country skip.
Email → Email
Last name → Last Name, in CAPITAL letters
Description → "Source: " then the Original Source, then " | Created: " then the Create Date as YYYY-MM-DD.
E.g. Source: ORGANIC_SEARCH | Created: 2023-03-14""", HS)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"Source: {r['hs_analytics_source']} | Created: {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h108-09-mailing-address", H, C, """\
Chidi: Now HubSpot contacts into Salesforce CONTACTS (not leads o).
Chidi: Email → Email
First name → First Name
Last name → Last Name
Chidi: The address should go to the Mailing address fields:
Street Address → Mailing Street
City → Mailing City
State/Region → Mailing State/Province
Postal Code → Mailing Zip/Postal Code
Country/Region → Mailing Country
Chidi: Copy everything as it is. If something is empty in HubSpot, send it empty, no default.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h108-10-optout-and-do-not-call-flags", H, C, """\
HubSpot contact → Salesforce Contact. Two checkboxes I need:
1) Email Opt Out: tick it (true) when "Unsubscribed from all email" is "true". When it's "false" or empty, false.
2) Do Not Call: true if the contact has no Phone Number (empty), false if there is a phone number.
Then Email → Email. Nothing else abeg.""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h108-11-firstname-from-email-title-chain", H, C, """\
[11:40] Chidi Okeke: SF Contact sync from HubSpot.
[11:40] Chidi Okeke: Email → Email, Last name → Last Name
[11:41] Chidi Okeke: First Name: use the HubSpot first name. If it's empty, take the part of the email before the @ and use that
[11:43] Chidi Okeke: Title: use Job title. No job title? use Industry. No industry too? put "Not Specified\"""", extended(
    lower_emails(HS),
    hs(email="tobi.adeyemi@flutterbank.ng", firstname="", lastname="Adeyemi", jobtitle="", industry="Fintech"),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": first_filled(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Not Specified")}


_STAGE12 = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
            "salesqualifiedlead": "SQL", "customer": "Paying customer"}


@case("h108-12-stage-description-upper-title", H, C, """\
Please note, this one is HubSpot → Salesforce Contact.
Email → Email.
Job title → Title in UPPER CASE. If job title is empty, leave Title out, don't send anything.
Then Contact Description should show the lifecycle stage like this:
subscriber → Newsletter subscriber
lead → Lead
marketingqualifiedlead → MQL
salesqualifiedlead → SQL
customer → Paying customer
Those are the only stages we have in this batch.""", HS)
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "Title": omit_if_blank(r["jobtitle"], str.upper),
                 "Description": _STAGE12[r["lifecyclestage"]]})


@case("h108-13-subscribed-only-partner-bank", H, C, """\
Chidi: HubSpot → SF Contact, but only people whose "Unsubscribed from all email" is exactly "false". If it's "true" or empty, don't sync them at all.
Chidi: Email → Email, lower case o.
Chidi: Mobile Phone: the HubSpot mobile number, and if mobile is empty use the Phone Number. Copy as it is.
Chidi: Lead Source = "Partner" for everybody in this batch, they came from our partner bank.""", HS)
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Partner"}


_SRC14 = {"REFERRALS": "Word of mouth", "ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement"}


@case("h108-14-trim-title-names-source-table", H, C, """\
Hello, hope your day is going well.
HubSpot contacts to Salesforce Contact:
- Email → Email
- First name and Last name → First Name / Last Name, title case (capital first letter, rest small)
- Job title → Title, trimmed (remove spaces at the start and end)
- Lead Source from Original Source:
   REFERRALS → Word of mouth
   ORGANIC_SEARCH → Web
   PAID_SEARCH → Advertisement
   anything else, including empty → Other
Sharp sharp please 🙏""", extended(
    HS,
    hs(email="ngozi.eze@moneyfy.ng", firstname="ngozi", lastname="EZE", jobtitle="  Head of Growth  ",
       hs_analytics_source="EMAIL_MARKETING"),
))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": _SRC14.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h108-15-hi-friend-pending", H, M, """\
Chidi: Mailchimp now. HubSpot contacts → our Mailchimp audience.
Chidi: email → Email Address
Chidi: First name → FNAME. If the contact has no first name at all, put "Friend" so the email says Hi Friend 😄
Chidi: Last name → LNAME, as it is
Chidi: status = pending for all of them, we want them to confirm (double opt-in)""", extended(
    HS,
    _without(hs(email="ifeoma.okafor@zenpay.ng", lastname="Okafor"), "firstname"),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending",
            "merge_fields": {"FNAME": dflt(r.get("firstname"), "Friend"), "LNAME": r["lastname"]}}


@case("h108-16-three-way-status-tag", H, M, """\
Chidi: HubSpot → Mailchimp
Chidi: email into Email Address
Chidi: Status from "Unsubscribed from all email":
"true" → unsubscribed
"false" → subscribed
empty → pending
Chidi: Tag everybody "HubSpot Sync\"""", HS)
def o16(r: R) -> Out:
    status = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Sync"]}


@case("h108-17-big-ticket-customer-tags", H, M, """\
Chidi: Mailchimp tags from HubSpot contacts, kindly help:
- Tag "Big Ticket" if Annual Revenue is more than 3,000,000 (empty revenue = no Big Ticket)
- Tag "Customer" if Lifecycle Stage is customer
If both apply, Big Ticket first then Customer. If none applies, send an empty tags list.
Chidi: And email goes to Email Address. Nothing else for this one.""", extended(
    HS,
    hs(email="musa.ibrahim@arewatrade.ng", lifecyclestage="customer", annualrevenue="7500000"),
))
def o17(r: R) -> Out:
    tags = [t for t, ok in (("Big Ticket", gt(r["annualrevenue"], 3_000_000)),
                            ("Customer", r["lifecyclestage"] == "customer")) if ok]
    return {"email_address": r["email"], "tags": tags}


@case("h108-18-first-word-mobile-e164", H, M, """\
Hello boss 👋🏾
HubSpot → Mailchimp members:
Email → Email Address
FNAME → only the first word of the First name. Some people put two names like "Oluwaseun Grace", we want only "Oluwaseun".
PHONE → the Mobile Phone Number, but if mobile is empty use the Phone Number. Format it E.164; for numbers without + in front assume US (+1).""",
    extended(
        HS,
        hs(email="oluwaseun.adebayo@cowryvest.ng", firstname="Oluwaseun Grace", lastname="Adebayo", mobilephone="",
           phone="+234 803 555 0142"),
    ))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h108-19-skip-no-company-vip-revenue", H, M, """\
Chidi: Please note for this Mailchimp push (from HubSpot contacts):
Chidi: If Company name is empty, don't send that contact. Skip am.
Chidi: Email → Email Address, status subscribed for all
Chidi: VIP = true when Annual Revenue is above 5,000,000. Below that or empty revenue → false.""", extended(
    HS,
    hs(email="bola.adeleke@sterlingish.ng", company="   "),
))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": gt(r["annualrevenue"], 5_000_000)}


@case("h108-20-company-tag-or-domain-vip", H, M, """\
Morning! HubSpot contacts into Mailchimp.
Email → Email Address
First name → FNAME and Last name → LNAME, both in title case.
Tag each person with their company name. If the company name is empty, use the email domain instead (the part after the @).
VIP should be true if Annual Revenue is greater than 3,000,000, else false. Empty revenue = false.""",
    lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 3_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h108-21-lower-ids-full-name", H, S, """\
Chidi: Segment identify from HubSpot contacts
Chidi: userId = the email in lower case
Chidi: traits.email = same email, lower case too
Chidi: firstName trait = First name, lastName trait = Last name (as they are)
Chidi: name trait = First name + one space + Last name""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"].lower(), "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h108-22-company-traits-independent", H, S, """\
Hi. Segment identify, source is HubSpot contacts.
userId → the email, exactly as it is in HubSpot.
Put the company details under traits.company:
 • name = Company name, but if it's empty put "Independent"
 • industry = Industry; if empty, leave industry out
 • employee_count = Number of Employees as a whole number; if empty, leave it out too""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h108-23-address-traits-phone-e164", H, S, """\
[16:05] Chidi: Segment again (HubSpot contacts → identify)
[16:05] Chidi: userId = email
[16:06] Chidi: Address traits under traits.address: city = City, state = State/Region, postalCode = Postal Code, country = Country/Region
[16:06] Chidi: If State/Region is empty, don't send state
[16:08] Chidi: traits.phone = Phone Number. If no Phone Number, use the mobile number. Whichever one you use, put it in E.164 (assume US if no + in front). If both are empty, no phone trait at all""",
    extended(
        HS,
        hs(email="kelechi.nnaji@fairmoney-ish.ng", phone="", mobilephone="", state="", city="Lagos", zip="101233",
           country="Nigeria"),
    ))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h108-24-trim-lower-userid-revenue", H, S, """\
Chidi: Segment identify from HubSpot. Some emails have spaces and capital letters, so:
Chidi: userId = email, trimmed and lower-cased
Chidi: traits.title = Job title as it is
Chidi: traits.unsubscribed = true if "Unsubscribed from all email" is "true", otherwise false. Empty counts as false
Chidi: traits.annual_revenue = Annual Revenue as a number. If empty, don't send it""", extended(
    HS,
    hs(email="  Funke.Akindele@MoniePlus.NG ", jobtitle="Growth Lead", hs_email_optout="", annualrevenue="950000"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h108-25-ga4-generate-lead-industry", H, G, """\
GA4 one now ehn. From HubSpot contacts.
client_id = the contact's email as it is.
Event name: generate_lead (same for all)
Params:
  lead_source = "hubspot" (fixed)
  industry = Industry in small letters. If Industry is empty, don't include the industry param.
  created_on = Create Date as YYYY-MM-DD""", HS)
def o25(r: R) -> Out:
    params: R = {"lead_source": "hubspot"}
    if not blank(r["industry"]):
        params["industry"] = r["industry"].lower()
    params["created_on"] = day(r["createdate"])
    return {"client_id": r["email"], "events": [{"name": "generate_lead", "params": params}]}


@case("h108-26-ga4-qualified-revenue", H, G, """\
Chidi: GA4 events from HubSpot contacts please
Chidi: Only contacts with Annual Revenue above 1,000,000. Empty revenue = skip
Chidi: client_id = the part of the email before @
Chidi: event name qualified_lead
Chidi: params: value = Annual Revenue as a number, currency = "NGN"
Chidi: Abeg change that currency to "USD", not NGN. The revenue in HubSpot is in dollars""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_lead", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h108-27-ga4-purchase-or-lead", H, G, """\
Chidi: Last GA4 one for HubSpot contacts:
Chidi: client_id = email (as is)
Chidi: event name: "purchase" if Lifecycle Stage is customer, otherwise "generate_lead"
Chidi: params.company = Company name; if empty put "Unknown"
Chidi: params.job_title = Job title, copy straight. If empty, send it empty like that""", HS)
def o27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"company": dflt(r["company"], "Unknown"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h108-28-lead-to-contact-copies", L, H, """\
Now the other direction: Salesforce Leads → HubSpot contacts.
Email → email
First Name → First name
Last Name → Last name
Company → Company name
Title → Job title
Phone → Phone Number
City → City
Zip/Postal Code → Postal Code
Country → Country/Region
Copy all as is. Where Salesforce is empty, send it empty to HubSpot, don't skip the field.""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


_STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h108-29-lead-status-optout-text", L, H, """\
Chidi: SF Lead → HubSpot contact
Chidi: Email to email
Chidi: Lead Status (Salesforce) → Lead Status (HubSpot):
Open - Not Contacted → NEW
Working - Contacted → IN_PROGRESS
Closed - Converted → CONNECTED
Closed - Not Converted → UNQUALIFIED
Chidi: Email Opt Out checkbox → "Unsubscribed from all email" as text: "true" if ticked, "false" if not""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h108-30-rating-to-stage-revenue", L, H, """\
Chidi: Another SF Lead → HubSpot
Chidi: email = the Salesforce Email in lower case
Chidi: Lifecycle Stage from Rating:
Hot → salesqualifiedlead
Warm → marketingqualifiedlead
Cold → lead
Chidi: Annual Revenue → Annual Revenue as a number. Empty → leave it out""", extended(
    SFL,
    sfl(Email="Tolu.Bello@CarbonPay.NG", FirstName="Tolu", LastName="Bello", Rating="Warm", AnnualRevenue="750000.5"),
))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h108-31-uk-leads-e164-postcode", L, H, """\
Chidi: UK leads only o. Salesforce Lead → HubSpot. Country must be "United Kingdom", skip every other one.
Chidi: Email → email
Chidi: Phone → Phone Number in E.164, UK numbers (+44, remove the leading 0). If it already starts with + leave its country code as it is
Chidi: Zip/Postal Code → Postal Code in capital letters
Chidi: Title → Job title; empty title → "Not stated\"""", extended(
    SFL,
    sfl(Email="chinedu.eze@thamesfin.co.uk", FirstName="Chinedu", LastName="Eze", Company="Thames Fin", Title="",
        Phone="07700 900123", Street="1 Piccadilly", City="Manchester", PostalCode="m1 1ae", Country="United Kingdom"),
    sfl(Email="ama.mensah@northbank.co.uk", FirstName="Ama", LastName="Mensah", Company="Northbank", Title="COO",
        Phone="+44 161 555 0199", Street="3 Deansgate", City="Manchester", PostalCode="M3 2BW", Country="United Kingdom"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not stated")}


@case("h108-32-skip-converted-street-city", L, H, """\
SF Lead → HubSpot contact.
Don't bring leads with Lead Status "Closed - Converted", skip them.
Email → email
Title → Job title, default "Not Provided" when Title is empty
Street Address (HubSpot) = Street + ", " + City. E.g. "200 Lake St, Chicago". If Street is empty, just put the City alone (no comma).""",
    SFL)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not Provided"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h108-33-optout-status-trade-show-tag", C, M, """\
[10:01] Chidi: Salesforce Contacts → Mailchimp
[10:01] Chidi: Email → Email Address, all lower case
[10:02] Chidi: Status: Email Opt Out ticked → unsubscribed, not ticked → subscribed
[10:03] Chidi: Tags: everybody gets "Salesforce". If Lead Source is "Trade Show", add a "Trade Show" tag after it""",
    SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


_LANG34 = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h108-34-skip-no-source-phone-language", C, M, """\
SF Contact → Mailchimp:
Skip any contact with no Lead Source (empty).
Email → Email Address
Business Phone → PHONE, E.164, assume US if no + in front
Language from Mailing Country:
 Germany → de
 Austria → de
 United States → en
(those are the only countries in this list)""", SFC)
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _LANG34[r["MailingCountry"]]}


@case("h108-35-sales-dept-vip", C, M, """\
Chidi: Salesforce Contact → Mailchimp
Chidi: Email → Email Address
Chidi: FNAME = First Name, if empty put "Customer"
Chidi: LNAME = Last Name as it is
Chidi: vip = true only if Department is exactly "Sales". Other department or empty department = false
Chidi: status subscribed for all""", extended(
    SFC,
    sfc(Email="halima.musa@kanopay.ng", FirstName="", LastName="Musa", Department="Sales"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h108-36-not-opted-out-clear-tags", C, M, """\
Chidi: SF Contacts → Mailchimp, only contacts where Email Opt Out is NOT ticked (false). Anybody that opted out, leave them.
Chidi: Email → Email Address, First Name → FNAME, Last Name → LNAME
Chidi: status = subscribed, language = en for everybody
Chidi: And tags should be an empty list, no tags at all. Clear am.""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h108-37-lower-userid-title-omit", C, S, """\
Segment identify from Salesforce Contacts:
userId = Email in lower case
traits.email = Email (as it is)
traits.firstName = First Name
traits.lastName = Last Name
traits.title = Title, but if Title is empty leave it out""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h108-38-address-trim-nigeria-default", C, S, """\
Chidi: SF Contact → Segment identify
Chidi: userId = Email
Chidi: traits.address.city = Mailing City, trim the spaces
Chidi: traits.address.country = Mailing Country. If it's empty put "Nigeria", most of our guys are here""", extended(
    SFC,
    sfc(Email="yusuf.bello@arewapay.ng", FirstName="Yusuf", LastName="Bello", MailingCity="  Abuja ", MailingCountry=""),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Nigeria")}}}


_CHANNEL39 = {"Web": "inbound", "Trade Show": "events"}


@case("h108-39-phone-name-channel", C, S, """\
Chidi: SF Contact → Segment
Chidi: userId = Email
Chidi: traits.phone = Business Phone in E.164 (US if no +)
Chidi: traits.name = First Name + " " + Last Name
Chidi: traits.channel from Lead Source:
Web → inbound
Trade Show → events
anything else or empty → other""", SFC)
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": _CHANNEL39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h108-40-names-title-company-unsub-text", M, H, """\
Chidi: Mailchimp members → HubSpot contacts now
Chidi: Email Address → email
Chidi: FNAME → First name, title case
Chidi: LNAME → Last name, title case. If LNAME is empty, leave Last name out
Chidi: COMPANY merge field → Company name; empty → "Unknown"
Chidi: "Unsubscribed from all email" = "true" if the Mailchimp status is unsubscribed, "false" for any other status (as text)""",
    MC)
def o40(r: R) -> Out:
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h108-41-skip-cleaned-phone-vip-stage", M, H, """\
Chidi: Mailchimp → HubSpot
Chidi: Skip cleaned members (status = cleaned)
Chidi: Email Address → email, FNAME → First name as it is
Chidi: PHONE → Phone Number in E.164, US if no +. If PHONE is empty, leave Phone Number out
Chidi: Lifecycle Stage = customer if the member is VIP, otherwise subscriber""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "phone": omit_if_blank(m["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h108-42-first-word-domain-customer-tag", M, H, """\
Chidi: Last one 🙏🏾 Mailchimp → HubSpot
Chidi: Email Address → email
Chidi: First name = first word of FNAME only
Chidi: Company name = the COMPANY merge field; if empty, use the email domain (after the @)
Chidi: Lifecycle Stage: if the member has the tag "Customer" → customer, otherwise → lead""", extended(
    MC,
    mc({"FNAME": "Chiamaka Blessing", "LNAME": "Obi", "PHONE": "", "COMPANY": ""},
       email_address="chiamaka.obi@kudaplus.ng", tags=["Webinar", "Customer"], vip=False),
))
def o42(r: R) -> Out:
    m = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(m["FNAME"]),
            "company": first_filled(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set108")
