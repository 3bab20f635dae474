"""Held-out set 82 for the offline mapping drafter.

Persona: Rahul, marketing-operations executive in Bengaluru, writing to the integration vendor in
Indian English business email style ("Kindly map", "PFB", "as it is only", "do the needful",
"revert in case of any query", "Thanks & Regards"). Polite and formal, some long sentences, some
numbered points, quotes literal values in single quotes; every rule is spelled out.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h82-01 .. 08)
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


def _rev(v: Any) -> float | None:
    return None if blank(v) else float(v)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h82-01", H, L, """Dear Team,

Kindly map the HubSpot contacts into Salesforce Leads as per below:
- Email -> Email
- First Name -> First Name
- Last Name -> Last Name
- Company Name -> Company
- Job Title -> Title
All the above fields may be copied as it is only. Kindly note that wherever the value is blank in HubSpot, \
the same blank value should go to Salesforce itself, no need to put anything in its place.
Apart from this, Lead Source should be set as 'Web' for each and every lead.

Please do the needful.

Thanks & Regards,
Rahul""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h82-02", H, L, """Hi Team,

PFB the mapping details for HubSpot contact to SF Lead.

1. Email to Email, as it is.
2. Company Name to Company. Kindly trim the extra spaces at the start and end of the company name, since our \
sales team has entered some values with spaces. Wherever company is not available, kindly put 'NA'.
3. Job Title to Title. Wherever job title is not available, kindly put 'Not Specified'; otherwise the job \
title may go as it is only.
4. City to City, to be copied as it is.

Revert in case of any query.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="arjun.nair@kaverithreads.in", firstname="Arjun", lastname="Nair",
                       company="  Kaveri Threads ", jobtitle="   ", city="Kochi"),
                    hs(email="sneha.kulkarni@deccanmart.in", firstname="Sneha", lastname="Kulkarni",
                       company="   ", jobtitle="Category Head", city="Pune")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"].strip(), "NA"),
            "Title": dflt(r["jobtitle"], "Not Specified"), "City": r["city"]}


@case("h82-03", H, L, """Dear Team,

Kindly note the below requirement for the HubSpot to Salesforce Lead sync. Email of the contact goes to \
Lead Email as it is. First Name and Last Name are to be converted to proper title case (first letter \
capital and remaining letters small in every word) before pushing into FirstName and LastName, as our \
data has names in all caps and all small. For the Phone field on the lead, please take the HubSpot Phone \
Number; if Phone Number is blank then take the Mobile Phone Number instead, and if both of them are blank \
then kindly do not send the Phone field at all for that lead. Phone values may go as it is, no formatting \
required.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="rohit.sharma@gangatech.in", firstname="rohit", lastname="SHARMA", phone="", mobilephone=""),
                    hs(email="meera.nambiar@kochitea.in", firstname="MEERA", lastname="nambiar", phone="  ",
                       mobilephone="+91 98450 12345")))
def _03(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if blank(phone) else phone})


@case("h82-04", H, L, """Hello Team,

We want the Lead Status in Salesforce to be set basis the Lifecycle Stage of the HubSpot contact. PFB the logic:
  salesqualifiedlead -> 'Working - Contacted'
  customer -> 'Closed - Converted'
  other -> 'Closed - Not Converted'
For any other lifecycle stage, and also wherever lifecycle stage is blank, kindly put 'Open - Not Contacted'.

Also the Email is to be sent in lower case only (entire email id in small letters) into the Lead Email field, \
and Company Name may be copied to Company as it is.

Kindly do the needful and revert in case of any query.

Regards,
Rahul""", extended(HS,
                    hs(email="Vikram.Iyer@TanjoreArts.in", lifecyclestage="", company="Tanjore Arts"),
                    hs(email="ANJALI.MENON@KERALAHOMES.IN", lifecyclestage="other", company="Kerala Homes")))
def _04(r: R) -> Out:
    table = {"salesqualifiedlead": "Working - Contacted", "customer": "Closed - Converted", "other": "Closed - Not Converted"}
    return {"Status": table.get(r["lifecyclestage"], "Open - Not Contacted"), "Email": r["email"].lower(),
            "Company": r["company"]}


@case("h82-05", H, L, """Dear Team,

Kindly push HubSpot contacts to Salesforce as Leads, with the below two exclusions:
(a) contacts whose Lifecycle Stage is 'customer' should not be sent to Salesforce, and
(b) contacts who have unsubscribed from all email, i.e. hs_email_optout is 'true', also should not be sent. \
Where hs_email_optout is 'false' or blank, the contact may be sent (subject to point (a)).

For the leads which are sent, email, firstname, lastname and company may be copied as it is into Email, \
FirstName, LastName and Company respectively. Lead Status is to be hard coded as 'Open - Not Contacted' for all.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="anita.desai@malabargold.in", firstname="Anita", lastname="Desai", company="Malabar Gold",
                       lifecyclestage="customer", hs_email_optout="false")))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h82-06", H, L, """Hi,

PFB the rating logic for leads coming from HubSpot. Kindly set the Salesforce Rating field basis the Annual \
Revenue of the HubSpot contact as below:
- Annual Revenue more than 5,000,000 (50 lakhs) -> 'Hot'
- Annual Revenue less than 1,000,000 (10 lakhs) -> 'Cold'
- anything in between -> 'Warm'
- Annual Revenue blank -> 'Cold' only.
Further, Number of Employees should be sent to the Employees field (NumberOfEmployees) as a whole number \
(integer). Wherever number of employees is blank, kindly do not send the Employees field for that lead.
Email to Email as it is.

Revert in case of any query.

Thanks & Regards,
Rahul""", HS)
def _06(r: R) -> Out:
    rev = _rev(r["annualrevenue"])
    rating = "Cold" if rev is None or rev < 1_000_000 else "Hot" if rev > 5_000_000 else "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v))),
                 "Email": r["email"]})


@case("h82-07", H, L, """Dear Team,

For HubSpot contact -> Salesforce Lead kindly map as follows. The Email goes to Email itself. The Phone Number \
should be sent to Phone in E.164 format (plus sign, country code and digits, without any spaces or brackets); \
kindly note that numbers which are not having a country code are US numbers, so +1 may be added for them, and \
numbers already starting with '+' keep their own country code. Wherever Phone Number is blank, do not send \
Phone at all. City and Last Name should go in title case, i.e. every word starting with a capital letter and \
the rest in small letters, into City and LastName.

Please do the needful.

Thanks & Regards,
Rahul""", HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]),
                 "LastName": title(r["lastname"])})


@case("h82-08", H, L, """Hi Team,

Kindly note only the contacts with lifecycle stage 'marketingqualifiedlead' or 'salesqualifiedlead' are to be \
synced from HubSpot to Salesforce Leads; all other stages are not required to be synced.

Mapping for these:
1) Email -> Email (as it is)
2) Company Name -> Company, in UPPER CASE (full name in capital letters)
3) Description -> please form the text as 'HS created ' followed by the Create Date in YYYY-MM-DD format, \
then ' / ', then the Original Source value as it is. For example a contact created on 14th March 2023 from \
organic search would become 'HS created 2023-03-14 / ORGANIC_SEARCH'.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="neha.joshi@saffronfoods.in", company="Saffron Foods", lifecyclestage="salesqualifiedlead",
                       hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-02-19T12:30:00.000Z")))
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Company": r["company"].upper(),
            "Description": f"HS created {day(r['createdate'])} / {r['hs_analytics_source']}"}


# ------------------------------------------------------------ hubspot.contacts -> salesforce.Contact

@case("h82-09", H, C, """Dear Team,

Kindly map the HubSpot contacts to Salesforce Contacts. PFB the field mapping:
Email -> Email
First Name -> FirstName
Last Name -> LastName
Street Address -> Mailing Street
City -> Mailing City
State/Region -> Mailing State/Province
Postal Code -> Mailing Zip/Postal Code
Country/Region -> Mailing Country
All values are to be copied as it is only, including blank values; no changes required.

Thanks & Regards,
Rahul""", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h82-10", H, C, """Hello Team,

For the HubSpot to Salesforce Contact sync we need two checkbox fields to be set, along with Email (copied as \
it is to Email).
1. Email Opt Out (HasOptedOutOfEmail) should be true where the HubSpot field 'Unsubscribed from all email' \
is 'true'. Where it is 'false' or blank, Email Opt Out should be false.
2. Do Not Call should be true where the contact is having neither a Phone Number nor a Mobile Phone Number \
(both blank). If either one of them is available, Do Not Call should be false.

Kindly do the needful.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="suresh.babu@chennaimotors.in", phone="", mobilephone="  ", hs_email_optout="false")))
def _10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h82-11", H, C, """Dear Team,

PFB the mapping details for HubSpot contacts into Salesforce Contact:
- Email to Email as it is.
- Last Name to Last Name as it is.
- First Name to First Name; wherever first name is not available, kindly put the part of the email id \
before the '@' (e.g. for 'info.desk@abc.in' it will be 'info.desk').
- Title: take the Job Title; if job title is blank then take the Industry; if both job title and industry \
are blank then kindly put 'NA'.

Revert in case of any query.

Thanks & Regards,
Rahul""", extended(lower_emails(HS),
                    hs(email="info.desk@sunshineexports.in", firstname="", lastname="Exports", jobtitle="",
                       industry="Textiles")))
def _11(r: R) -> Out:
    title_v = r["jobtitle"] if not blank(r["jobtitle"]) else r["industry"] if not blank(r["industry"]) else "NA"
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": title_v}


@case("h82-12", H, C, """Hi Team,

Kindly map HubSpot contacts to Salesforce Contacts as per below.

Email -> Email, as it is only.
Mailing Country is to be filled with a 3-letter code basis the country of the HubSpot contact:
  'United States' = 'USA'
  'Japan' = 'JPN'
  'Mexico' = 'MEX'
  'France' = 'FRA'
Job Title -> Title, converted to upper case. Kindly note wherever job title is blank, the Title field is not \
to be sent at all.

Thanks & Regards,
Rahul""", HS)
def _12(r: R) -> Out:
    codes = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "Title": omit_if_blank(r["jobtitle"], str.upper)})


@case("h82-13", H, C, """Dear Team,

Kindly sync only those HubSpot contacts whose Country/Region is 'United States' into Salesforce Contacts; \
contacts of all other countries are to be skipped.

The email id should be converted to lower case and put in Email. For Business Phone (Phone), kindly take the \
HubSpot Phone Number, and wherever phone number is blank take the Mobile Phone Number instead, as it is. \
Contact Description should be 'Synced from HubSpot' for all the contacts.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="Karthik.Rao@BayAreaBio.com", country="United States", phone="",
                       mobilephone="(408) 555-0163"),
                    hs(email="lakshmi.venkat@mysoresilk.in", country="India", phone="080 2555 0101")))
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]), "Description": "Synced from HubSpot"}


@case("h82-14", H, C, """Hello,

PFB the Salesforce Contact mapping from HubSpot:

1. Email -> Email as it is.
2. First Name and Last Name -> FirstName and LastName, in title case (each word first letter capital, rest small).
3. Job Title -> Title, after removing leading and trailing spaces.
4. Lead Source to be derived basis the HubSpot Original Source as below:
   ORGANIC_SEARCH -> 'Web'
   PAID_SEARCH -> 'Advertisement'
   PAID_SOCIAL -> 'Advertisement'
   REFERRALS -> 'External Referral'
   any other original source, or original source blank -> 'Other'

Kindly do the needful.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="pooja.iyer@coimbatoremills.in", firstname="pooja", lastname="IYER",
                       jobtitle="  Regional Manager  ", hs_analytics_source="OFFLINE")))
def _14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members

@case("h82-15", H, M, """Dear Team,

Kindly add the HubSpot contacts to our Mailchimp audience. The email is to go in Email Address, First Name \
in FNAME and Last Name in LNAME, all as it is only. Subscription status should be 'subscribed' for everyone. \
Language should be taken from the HubSpot 'Preferred language' property; kindly note many contacts are not \
having this property at all, so wherever preferred language is not available or blank, kindly put 'en'.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="divya.hegde@udupicafe.in", firstname="Divya", lastname="Hegde", hs_language="hi"),
                    hs(email="farhan.qureshi@lucknowcrafts.in", firstname="Farhan", lastname="Qureshi",
                       hs_language="")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h82-16", H, M, """Hi Team,

For the Mailchimp sync from HubSpot, the member's status is to be set basis the 'Unsubscribed from all email' \
(hs_email_optout) property, as below:
  'true' -> 'unsubscribed'
  'false' -> 'subscribed'
  blank -> 'pending' (we will send them double opt-in)
Email goes to email_address as it is. Also kindly tag every member with the tag 'HubSpot'.

Revert in case of any query.

Thanks & Regards,
Rahul""", HS)
def _16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"status": status, "email_address": r["email"], "tags": ["HubSpot"]}


@case("h82-17", H, M, """Dear Team,

Kindly map email to Mailchimp email_address and First Name to FNAME, as it is.

Regarding tags, PFB the conditions:
1. If Annual Revenue is more than 3,000,000 (30 lakhs), add the tag 'High Value'. Where annual revenue is \
blank, this tag is not to be added.
2. If Lifecycle Stage is 'customer', add the tag 'Customer'.
If both conditions are satisfied, the member gets both tags, 'High Value' first and then 'Customer'. If \
neither is satisfied, tags should be sent as an empty list.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="gopal.krishnan@tirupurknits.in", firstname="Gopal", lifecyclestage="customer",
                       annualrevenue="9000000")))
def _17(r: R) -> Out:
    rev = _rev(r["annualrevenue"])
    tags = []
    if rev is not None and rev > 3_000_000:
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h82-18", H, M, """Hi Team,

Kindly note the below for HubSpot -> Mailchimp members:
- Email Address: the HubSpot email as it is.
- FNAME: only the first word of the First Name (some contacts have entered two names, e.g. 'Anil Kumar' \
should become 'Anil').
- PHONE: the Phone Number in E.164 format. If Phone Number is blank, kindly take the Mobile Phone Number \
instead. Numbers without country code are to be treated as US numbers (+1); numbers which already start \
with '+' keep the same country code.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="anil.kumar@vizagports.in", firstname="Anil Kumar", phone="650-555-0110",
                       mobilephone="")))
def _18(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(phone)}}


@case("h82-19", H, M, """Dear Team,

Contacts where Company Name is blank are not to be added into Mailchimp; kindly exclude them. For the rest, \
please map the email into Email Address as it is and set status as 'subscribed' for all. VIP flag should be \
true for contacts whose Lifecycle Stage is 'customer', and false for all other contacts.

Please do the needful.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="ramesh.pillai@malabarspices.in", company="Malabar Spices", lifecyclestage="customer"),
                    hs(email="swati.bose@kolkatajute.in", company="   ", lifecyclestage="lead")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h82-20", H, M, """Hello Team,

PFB the HubSpot to Mailchimp mapping:
1. email -> Email Address, as it is.
2. First Name -> FNAME and Last Name -> LNAME, both in title case (first letter of each word capital, \
other letters small).
3. Each member should get one tag, which is the Company Name itself. Wherever company is not available, \
kindly use the domain of the email, i.e. the part of the email after the '@', as the tag.
4. VIP to be true where Annual Revenue is above 2,000,000; where it is 2,000,000 or below, or blank, VIP \
should be false.

Thanks & Regards,
Rahul""", lower_emails(HS))
def _20(r: R) -> Out:
    rev = _rev(r["annualrevenue"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": rev is not None and rev > 2_000_000}


# ------------------------------------------------------------ hubspot.contacts -> segment.identify

@case("h82-21", H, S, """Dear Team,

Kindly send a Segment identify call for every HubSpot contact. userId should be the email id of the contact \
in lower case. In traits, kindly send firstName from First Name, lastName from Last Name and title from Job \
Title, as it is only. Also traits.name should be the full name, i.e. First Name, one space, then Last Name \
(e.g. 'Priya Raman').

Thanks & Regards,
Rahul""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h82-22", H, S, """Hi Team,

For Segment identify, userId is to be the HubSpot email as it is. Under traits.company kindly send the below:
  name = Company Name; wherever company is not available, kindly put 'NA'
  industry = Industry; if industry is blank, do not send industry at all
  employee_count = Number of Employees as an integer; if number of employees is blank, do not send \
employee_count
Revert in case of any query.

Thanks & Regards,
Rahul""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "NA"), "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h82-23", H, S, """Dear Team,

PFB the details for HubSpot -> Segment identify.

userId: email of the contact as it is.
traits.address: street from Street Address, city from City, postalCode from Postal Code and country from \
Country/Region, all as it is; state from State/Region, but wherever state is blank kindly do not send state.
traits.phone: Phone Number in E.164 format, treating numbers without a country code as US (+1) numbers and \
keeping the country code of numbers which start with '+'. If Phone Number is blank, take Mobile Phone Number \
(same formatting). If both are blank, traits.phone is not to be sent.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email="harish.gowda@mangalorecoffee.in", phone="", mobilephone="", state="KA",
                       city="Mangalore", country="India", zip="575001", address="12 Car Street")))
def _23(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(phone, e164)}})


@case("h82-24", H, S, """Hello Team,

Kindly note the Segment identify mapping from HubSpot:
1. userId = email, after removing any leading/trailing spaces and converting to lower case.
2. traits.title = Job Title as it is.
3. traits.unsubscribed = true if 'Unsubscribed from all email' is 'true', else false. Kindly note blank is \
also to be treated as false.
4. traits.annual_revenue = Annual Revenue as a number. Where annual revenue is blank, this trait is not to be sent.

Thanks & Regards,
Rahul""", extended(HS,
                    hs(email=" Sanjay.Menon@IndusNet.in  ", jobtitle="Growth Lead", hs_email_optout="true",
                       annualrevenue="650000")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------ hubspot.contacts -> ga4.events

@case("h82-25", H, G, """Dear Team,

For every HubSpot contact kindly send one event to GA4 (Measurement Protocol). client_id should be fixed as \
'crm-hubspot-01' and the event name should be 'contact_synced'. The event params are as below:
- lifecycle_stage: Lifecycle Stage as it is
- traffic_source: Original Source converted into lower case; wherever original source is blank, kindly \
send 'unknown'
- created_on: Create Date in YYYY-MM-DD format (date part only)

Thanks & Regards,
Rahul""", HS)
def _25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "crm-hubspot-01",
            "events": [{"name": "contact_synced",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "traffic_source": "unknown" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h82-26", H, G, """Hi Team,

Kindly send GA4 events only for contacts whose Annual Revenue is more than 1,000,000 (10 lakhs). Contacts \
with annual revenue 1,000,000 or less, and contacts where annual revenue is blank, are not to be sent.

client_id = the part of the email id before the '@'.
Event name = 'high_value_lead' for all.
Params: value = Annual Revenue as a number, and currency = 'USD' fixed.

Thanks & Regards,
Rahul""", lower_emails(HS))
def _26(r: R) -> Out:
    rev = _rev(r["annualrevenue"])
    if rev is None or rev <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h82-27", H, G, """Dear Team,

PFB the GA4 requirement. For each HubSpot contact, client_id is to be the email as it is only. The event name \
should depend on the lifecycle stage: if Lifecycle Stage is 'customer' the event name is 'customer_sync', for \
all other stages it is 'prospect_sync'. In the event params kindly send company = Company Name, and wherever \
company is not available, kindly put 'NA'.

Please do the needful.

Thanks & Regards,
Rahul""", HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_sync" if r["lifecyclestage"] == "customer" else "prospect_sync",
                        "params": {"company": dflt(r["company"], "NA")}}]}


# ------------------------------------------------------------ salesforce.Lead -> hubspot.contacts

@case("h82-28", L, H, """Dear Team,

Kindly map Salesforce Leads into HubSpot contacts as per below. The values may be copied as it is only, and \
where a value is empty in Salesforce the HubSpot property should also get the same empty value.
Email -> email
FirstName -> firstname
LastName -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
City -> city
Country -> country

Thanks & Regards,
Rahul""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h82-29", L, H, """Hi Team,

Kindly set the HubSpot Lead Status (hs_lead_status) basis the Salesforce Lead Status as below:
  'Open - Not Contacted' = 'NEW'
  'Working - Contacted' = 'IN_PROGRESS'
  'Closed - Converted' = 'CONNECTED'
  'Closed - Not Converted' = 'UNQUALIFIED'
Also 'Unsubscribed from all email' should be the text 'true' where Email Opt Out is checked (true) in \
Salesforce, and the text 'false' where it is not checked. Email -> email as it is.

Thanks & Regards,
Rahul""", SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"hs_lead_status": table[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h82-30", L, H, """Dear Team,

PFB the mapping for SF Leads -> HubSpot:
1. Email to be converted to lower case and put in email.
2. Lifecycle Stage basis Rating: 'Hot' -> 'salesqualifiedlead', 'Warm' -> 'marketingqualifiedlead', \
'Cold' -> 'lead'.
3. Annual Revenue to annualrevenue as a number. Kindly note if Annual Revenue is blank in Salesforce, \
annualrevenue is not to be sent.

Revert in case of any query.

Thanks & Regards,
Rahul""", extended(SFL,
                    sfl(Email="Neha.Kapoor@GangaFoods.in", Rating="Warm", AnnualRevenue="750000.50")))
def _30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h82-31", L, H, """Hello Team,

This sync is only for our UK leads, so kindly take only those Salesforce Leads where Country is 'United \
Kingdom'; leads of other countries are not required.

Email -> email as it is.
Phone -> phone in E.164 format. Kindly note numbers without a country code are UK numbers, so the leading 0 \
is to be removed and +44 added (e.g. '020 7946 0321' becomes '+442079460321'); numbers already starting with \
'+' keep their own country code.
PostalCode -> zip, in upper case.
Company -> company; wherever company is not available, kindly put 'NA'.

Thanks & Regards,
Rahul""", extended(SFL,
                    sfl(Email="priyanka.shah@mancunianmills.co.uk", Country="United Kingdom", Phone="0161 496 0555",
                        PostalCode="m1 1ae", Company=""),
                    sfl(Email="tom.hughes@avonledger.co.uk", Country="United Kingdom", Phone="+44 7700 900123",
                        PostalCode="sw1a 2aa", Company="Avon Ledger")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "NA")}


@case("h82-32", L, H, """Dear Team,

Kindly exclude the leads whose Lead Status is 'Closed - Not Converted'; those are not to be created in HubSpot.
For the remaining leads:
- Email -> email, as it is.
- Country -> country; wherever country is blank, kindly put 'India'.
- jobtitle is to be formed as the Salesforce Title, then ' - ', then the Company (e.g. 'CEO - Baobab Energy'). \
Where Title is blank, kindly put only the Company in jobtitle, without the ' - '.

Thanks & Regards,
Rahul""", extended(SFL,
                    sfl(Email="kavya.reddy@godavariagro.in", Country="", Title="Founder", Company="Godavari Agro",
                        Status="Open - Not Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    job = r["Company"] if blank(r["Title"]) else f"{r['Title']} - {r['Company']}"
    return {"email": r["Email"], "country": dflt(r["Country"], "India"), "jobtitle": job}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members

@case("h82-33", C, M, """Hi Team,

Kindly map Salesforce Contacts to Mailchimp as below:
1) Email Address = contact Email in lower case.
2) Status = 'unsubscribed' where Email Opt Out is true, 'subscribed' where Email Opt Out is false.
3) Tags: every member gets the tag 'Salesforce'. Contacts whose Lead Source is 'Trade Show' additionally get \
the tag 'Trade Show', after 'Salesforce'.

Please do the needful.

Thanks & Regards,
Rahul""", SFC)
def _33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h82-34", C, M, """Dear Team,

Kindly note contacts where Business Phone is blank are not to be pushed to Mailchimp at all. For the other \
contacts, the Email may go to Email Address as it is, and the phone should go to the PHONE merge field in \
E.164 format, considering numbers without country code as US numbers (+1) and keeping the country code for \
numbers starting with '+'. Language is to be set basis the Mailing Country: 'Germany' -> 'de', 'Austria' -> \
'de', 'United States' -> 'en'.

Thanks & Regards,
Rahul""", extended(SFC,
                    sfc(Email="meghna.rao@portlandpeak.com", Phone="", MailingCountry="United States"),
                    sfc(Email="jonas.keller@isarwerk.de", Phone="   ", MailingCountry="Germany")))
def _34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h82-35", C, M, """Hello Team,

PFB the mapping for Salesforce Contact -> Mailchimp member:
- Email -> Email Address, as it is.
- First Name -> FNAME; wherever first name is not available, kindly put 'Sir/Madam'.
- Last Name -> LNAME, as it is only.
- VIP: true where Department is 'Sales', false for every other department and also where department is blank.
- Status: 'subscribed' for all.

Thanks & Regards,
Rahul""", extended(SFC,
                    sfc(Email="rajesh.iyer@alpenwerk.at", FirstName="", LastName="Iyer", Department="Sales")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Sir/Madam"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h82-36", C, M, """Dear Team,

Only Salesforce Contacts with Lead Source 'Web' are to be synced into Mailchimp. Kindly map Email into \
email_address, First Name into FNAME and Last Name into LNAME, as it is. Status should be 'pending' and \
language should be 'en' for all of them. Kindly note no tags are required, so tags may be sent as an empty list.

Thanks & Regards,
Rahul""", extended(SFC,
                    sfc(Email="nisha.patel@cascadeweb.com", FirstName="Nisha", LastName="Patel", LeadSource="Web")))
def _36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "en", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify

@case("h82-37", C, S, """Hi Team,

Kindly send Segment identify for Salesforce Contacts. userId should be the Email in small letters (lower \
case). In the traits, email should be the Email as it is (no case change), and firstName and lastName from \
First Name and Last Name as it is. traits.title from Title; kindly note wherever Title is empty, title is not \
to be sent.

Thanks & Regards,
Rahul""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h82-38", C, S, """Dear Team,

For Salesforce Contact -> Segment identify, userId is the contact Email as it is only. Under traits.address \
kindly send city = Mailing City after trimming the spaces at both ends, and country = Mailing Country; \
wherever Mailing Country is blank, kindly put 'India'.

Revert in case of any query.

Thanks & Regards,
Rahul""", extended(SFC,
                    sfc(Email="aditya.kulkarni@punesoft.in", MailingCity="  Pune ", MailingCountry="")))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "India")}}}


@case("h82-39", C, S, """Hello Team,

PFB the Segment identify mapping from Salesforce Contacts:
1. userId = Email, as it is.
2. traits.phone = Business Phone in E.164 format. Numbers without a country code are US numbers (+1); \
numbers starting with '+' already have the country code and the same may be kept.
3. traits.name = First Name + ' ' + Last Name (single space in between).
4. traits.lead_channel basis Lead Source: 'Web' -> 'online', 'Trade Show' -> 'event', any other lead source \
or blank lead source -> 'other'.

Thanks & Regards,
Rahul""", SFC)
def _39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}", "lead_channel": channel}}


# ------------------------------------------------------------ mailchimp.members -> hubspot.contacts

@case("h82-40", M, H, """Dear Team,

Kindly map the Mailchimp members into HubSpot contacts as below:
- email_address -> email, as it is.
- FNAME -> firstname, in title case (first letter capital and remaining small, for each word).
- LNAME -> lastname, also in title case. Wherever LNAME is blank, lastname is not to be sent.
- COMPANY merge field -> company; wherever company is not available, kindly put 'NA'.
- hs_email_optout should be the text 'true' for members whose status is 'unsubscribed', and the text 'false' \
for all other statuses.

Thanks & Regards,
Rahul""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "NA"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h82-41", M, H, """Hi Team,

Kindly exclude Mailchimp members with status 'cleaned' from this sync. For all the other members:
1. email = Email Address as it is.
2. firstname = FNAME as it is.
3. phone = PHONE merge field in E.164 format (numbers without a country code are US numbers, +1 to be added; \
numbers starting with '+' keep their own code). Where PHONE is blank, kindly do not send phone.
4. Lifecycle Stage should be 'customer' where the member is marked VIP in Mailchimp, and 'lead' where VIP is \
false.

Thanks & Regards,
Rahul""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h82-42", M, H, """Dear Team,

PFB the Mailchimp -> HubSpot mapping details:
- email: Email Address itself.
- firstname: only the first word of FNAME (e.g. 'Ravi Shankar' should go as 'Ravi').
- company: the COMPANY merge field; wherever company is not available, kindly put the domain of the email \
address, i.e. the portion after the '@'.
- lifecyclestage: 'customer' if the member is having the tag 'Customer' in Mailchimp, otherwise 'subscriber'.

Kindly do the needful and revert in case of any query.

Thanks & Regards,
Rahul""", extended(lower_emails(MC, "email_address"),
                    mc(email_address="ravi.shankar@kaveriagro.in", merge={"FNAME": "Ravi Shankar", "LNAME": "Iyer",
                                                                          "COMPANY": ""},
                       tags=["Webinar", "Customer"])))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set82")
