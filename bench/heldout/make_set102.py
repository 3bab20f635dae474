"""Held-out set 102 for the offline mapping drafter.

Persona: Youssef Hamdi, CRM manager at a retail bank in Cairo, Egyptian Arabic his first language. He writes
formal, polite e-mail English to the integration team: he opens with 'Dear team', asks with 'Kindly' and
'please to', refers to 'the below' and 'as per', says 'in case of empty' and asks the team to 'revert', puts
definite articles where English drops them ('the Salesforce', 'the e-mail of the contact'), likes numbered
points with 'Firstly / Secondly / Lastly', joins long sentences with 'and' and 'also', writes values in double
quotes and closes with 'Best regards, Youssef'.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h102-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Youssef's own.
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


def without(rec: R, *keys: str) -> R:
    """A record with some properties missing altogether (not even an empty value)."""
    return {k: v for k, v in rec.items() if k not in keys}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h102-01-plain-copy-web-source", H, L, """\
Dear team,

Kindly prepare the mapping from the HubSpot contacts to the Salesforce Lead as per the below points:
1. Firstly, the e-mail of the contact to be the Email of the lead (this is the key we are matching on).
2. Secondly, the first name, the last name and the company name of the contact to go to FirstName, LastName and \
Company of the lead as they are.
3. Also the job title of the contact to go to the Title of the lead.
4. Lastly, the Lead Source to be fixed "Web" for all of them.

Please note in case of empty value in any of the above fields (we have some contacts without job title or \
without company) just copy it empty, no default value and no change in the text.

Kindly revert if anything is not clear.

Best regards,
Youssef""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h102-02-trim-names-defaults", H, L, """\
Dear team,

As per our call today, please to build the HubSpot contacts to the Salesforce Lead mapping like this. The Email \
of the lead is the e-mail of the contact as it is. The FirstName and LastName are from the first name and the \
last name of the contact but kindly remove the extra spaces at the start and at the end, because the branch \
staff are entering the names with spaces. The Company is the company name of the contact, also trimmed from the \
spaces, and in case of empty company (or only spaces) please put "Not Provided". The Title is the job title as \
it is, and in case of empty job title put "Unknown".

Nothing else to be sent for now.

Best regards,
Youssef""", extended(HS,
    hs(email="omar.fathy@nilebank.eg", firstname="  Omar", lastname="Fathy  ", company="   ", jobtitle="  "),
    hs(email="salma.nabil@deltatex.com", firstname=" Salma ", lastname=" Nabil", company="  Delta Textiles ",
       jobtitle="Buyer")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": "Not Provided" if blank(r["company"]) else r["company"].strip(),
            "Title": dflt(r["jobtitle"], "Unknown")}


@case("h102-03-phone-fallback-title-case", H, L, """\
Dear team,

Kindly find below the requirement for the HubSpot contacts to go to the Salesforce as Leads:

Firstly, the Email of the lead = the e-mail of the contact.

Secondly, the first name, the last name and the city of the contact to go to FirstName, LastName and City, but \
written in title case (first letter of every word capital and the rest small letters), because in the HubSpot we \
have names like "maria" and "GARCIA".

Lastly, for the Phone of the lead please to take the phone number of the contact, and in case it is empty take \
the mobile phone number instead, and in case both of them are empty do not send the Phone at all (leave the field \
out). The numbers to be sent as they are, without any formatting.

Best regards,
Youssef""", extended(HS,
    hs(email="nour.elsayed@alexcotton.com", firstname="NOUR", lastname="elsayed", city="new cairo", phone="",
       mobilephone=""),
    hs(email="karim.adel@gizasteel.com", firstname="karim", lastname="ADEL", city="GIZA", phone="  ",
       mobilephone="+20 10 5555 0133")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": first_filled(r["phone"], r["mobilephone"]) or OMIT})


@case("h102-04-source-table-lower-email", H, L, """\
Dear team,

Please to map the HubSpot contacts into the Salesforce Lead as per the below.

1) The Email of the lead is the contact e-mail but converted to small letters (lower case), since some e-mails \
are entered with capital letters.
2) The LastName is copied from the last name of the contact.
3) The Lead Source of the lead is coming from the original source of the contact (hs_analytics_source) with the \
below conversion:
   "ORGANIC_SEARCH" -> "Web"
   "PAID_SEARCH" -> "Advertisement"
   "PAID_SOCIAL" -> "Advertisement"
   "REFERRALS" -> "External Referral"
   any other value, and also in case of empty source -> "Other"

Kindly revert once done.

Best regards,
Youssef""", extended(HS,
    hs(email="Tarek.Mansour@CairoFoods.EG", lastname="Mansour", hs_analytics_source="OFFLINE"),
    hs(email="yasmine.said@pharos.eg", lastname="Said", hs_analytics_source="EMAIL_MARKETING")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h102-05-exclude-leads-and-optouts", H, L, """\
Dear team,

Kindly we need the HubSpot contacts to be pushed to the Salesforce Lead, but not all of them. Please to exclude \
the contacts which the lifecycle stage is "lead", and also exclude the contacts which unsubscribed from the \
e-mails, meaning the "Unsubscribed from all email" (hs_email_optout) is exactly "true" (if it is "false" or empty \
the contact is not excluded by this rule). For the remaining contacts the e-mail, first name, last name and \
company name to be copied as they are to Email, FirstName, LastName and Company, and the lead Status to be \
"Open - Not Contacted" always.

Thanks in advance.

Best regards,
Youssef""", extended(HS,
    hs(email="hany.gamal@suezport.com", firstname="Hany", lastname="Gamal", company="Suez Port Services",
       lifecyclestage="opportunity", hs_email_optout=""),
    hs(email="rania.kamel@deltaagri.com", firstname="Rania", lastname="Kamel", company="Delta Agri",
       lifecyclestage="lead", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "lead" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h102-06-rating-by-revenue-employees", H, L, """\
Dear team,

For the HubSpot contacts -> the Salesforce Lead please to do the below:

Firstly the Email of the lead from the e-mail of the contact.

Secondly the Rating of the lead depends on the annual revenue of the contact: if the annual revenue is more than \
5,000,000 then "Hot", if it is less than 1,000,000 then "Cold", and anything between them "Warm". In case the \
annual revenue is empty kindly put "Warm" also (do not consider the empty as zero).

Lastly the number of employees of the contact to go to NumberOfEmployees as a whole number (integer), and in case \
of empty number of employees please do not send the field.

Best regards,
Youssef""", extended(HS,
    hs(email="adham.lotfi@sinaicement.com", annualrevenue="950000", numemployees="7")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h102-07-e164-phone-title-names", H, L, """\
Dear team,

Kindly the mapping of the HubSpot contacts to the Salesforce Lead to be as per the below:
- the e-mail of the contact to Email (as it is),
- the first name and the last name to FirstName and LastName in title case, meaning every word is starting with \
capital letter and the remaining letters are small,
- the phone number of the contact to the Phone of the lead in the international E.164 format (like \
"+12025550100"), and please to consider the numbers without country code as US numbers (+1). The numbers which are \
already starting with "+" keep their own country code. In case the phone is empty, kindly leave the Phone out from \
the record, do not send it empty.

Best regards,
Youssef""", extended(HS,
    hs(email="ahmed.zaki@misrtrade.com", firstname="aHMED", lastname="zaki", phone="1-202-555-0170")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h102-08-us-only-description", H, L, """\
Dear team,

We need only the contacts of the United States from the HubSpot to be created as Leads in the Salesforce, meaning \
the country of the contact is exactly "United States", and all the other contacts to be ignored.

For these contacts kindly:
Firstly, the Email of the lead to be the e-mail of the contact.
Secondly, the LastName to be the last name in capital letters (upper case).
Thirdly, the Company to be the company name as it is.
Lastly, the Description of the lead to be written like this: "Source: " then the original source of the contact \
(hs_analytics_source), then ", created " then the create date of the contact in the format YYYY-MM-DD. For \
example "Source: PAID_SEARCH, created 2024-02-01".

Best regards,
Youssef""", extended(HS,
    hs(email="john.miller@hudsonbank.com", firstname="John", lastname="Miller", company="Hudson Bank",
       country="United States", hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-04-18T12:30:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": f"Source: {r['hs_analytics_source']}, created {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h102-09-mailing-address-copy", H, C, """\
Dear team,

Kindly prepare the mapping from the HubSpot contacts to the Salesforce Contact. The Email of the contact in the \
Salesforce is the e-mail from the HubSpot (we match on it), and the FirstName / LastName from the first name and \
the last name. Also the address of the contact to go in the mailing address of the Salesforce Contact as per the \
below:

street address -> MailingStreet
city -> MailingCity
state/region -> MailingState
postal code -> MailingPostalCode
country -> MailingCountry

All of them copied as they are, no change. In case of empty value (for example some contacts have no state) \
please to copy it empty, not to skip it.

Best regards,
Youssef""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h102-10-optout-donotcall-flags", H, C, """\
Dear team,

For the sync of the HubSpot contacts to the Salesforce Contact we need the below three fields only:
1. Email = the e-mail of the contact.
2. HasOptedOutOfEmail = true in case the HubSpot "Unsubscribed from all email" (hs_email_optout) is "true", and \
false in case it is "false", and also false in case it is empty.
3. DoNotCall = true in case the contact has no phone number and also no mobile phone number (both of them \
empty), otherwise false.

Kindly note both flags are real true/false values, not text.

Best regards,
Youssef""", extended(HS,
    hs(email="fady.boutros@asyutmills.com", phone="", mobilephone="", hs_email_optout="true"),
    hs(email="heba.wahba@redseatours.com", phone="  ", mobilephone="", hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h102-11-firstname-from-email-title-chain", H, C, """\
Dear team,

Kindly map the HubSpot contacts to the Salesforce Contact as below, and revert in case of any question:

Firstly, the Email from the e-mail of the contact as it is.
Secondly, the FirstName from the first name, but in case of empty first name please to take the part of the \
e-mail before the "@" (for example "ahmed.ali" from "ahmed.ali@bank.com").
Thirdly, the LastName from the last name as it is.
Lastly, the Title of the Salesforce Contact: take the job title, and in case it is empty take the industry of the \
contact, and in case the industry is also empty put "Customer".

Best regards,
Youssef""", lower_emails(extended(HS,
    hs(email="mahmoud.ibrahim@nilebank.eg", firstname="", lastname="Ibrahim", jobtitle="", industry="Banking"),
    hs(email="dina.farouk@cairomed.com", firstname="  ", lastname="Farouk", jobtitle="Teller"))))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "LastName": r["lastname"], "Title": first_filled(r["jobtitle"], r["industry"], "Customer")}


@case("h102-12-department-table-state-upper", H, C, """\
Dear team,

Please to create the mapping HubSpot contacts -> the Salesforce Contact as follows. The Email is the contact \
e-mail, and the LastName is the last name as it is. The Department of the Salesforce contact we will fill it from \
the lifecycle stage of the HubSpot as per the below table:

"subscriber" -> "Marketing"
"lead" -> "Sales"
"marketingqualifiedlead" -> "Marketing"
"salesqualifiedlead" -> "Sales"
"opportunity" -> "Sales"
"customer" -> "Customer Care"

(all our contacts are in one of these stages). Also the state/region of the contact to go to MailingState in \
capital letters, and in case the state is empty kindly do not send MailingState at all.

Best regards,
Youssef""", extended(HS,
    hs(email="leila.hassan@hudsonbank.com", lastname="Hassan", lifecyclestage="opportunity", state="ny")))
def o12(r: R) -> Out:
    table = {"subscriber": "Marketing", "lead": "Sales", "marketingqualifiedlead": "Marketing",
             "salesqualifiedlead": "Sales", "opportunity": "Sales", "customer": "Customer Care"}
    return keep({"Email": r["email"], "LastName": r["lastname"], "Department": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h102-13-subscribed-only-phone-fallback", H, C, """\
Dear team,

Kindly we need to send to the Salesforce Contact only the HubSpot contacts which the hs_email_optout is "false" \
(the contacts with "true" or with empty value are not to be sent).

The fields as per the below:
Firstly the Email in small letters (lower case) from the e-mail of the contact,
Secondly the LastName from the last name as it is,
Thirdly the Phone from the phone number of the contact, and in case of empty phone then from the mobile phone \
number (as it is, no format),
Lastly the LeadSource to be "Other" for all.

Best regards,
Youssef""", extended(HS,
    hs(email="Hoda.Sherif@AlexBank.com", lastname="Sherif", phone="", mobilephone="+20 100 555 0144",
       hs_email_optout="false"),
    hs(email="sameh.aziz@luxorhotels.com", lastname="Aziz", hs_email_optout="true")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Other"}


@case("h102-14-trim-title-source-table", H, C, """\
Dear team,

As per the below the HubSpot contacts to go to the Salesforce Contact:
1. Email: the contact e-mail, no change.
2. FirstName and LastName: in title case (capital first letter of each word, small letters for the rest).
3. Title: the job title after removing the spaces before and after the text (in case it is empty it stays empty).
4. LeadSource: from the original source of the contact, "ORGANIC_SEARCH" to be "Web", "PAID_SEARCH" to be \
"Advertisement", "REFERRALS" to be "External Referral", "EMAIL_MARKETING" to be "Email", and anything else \
including the empty source to be "Other".

Best regards,
Youssef""", extended(HS,
    hs(email="walid.ragab@misrbank.eg", firstname="WALID", lastname="ragab", jobtitle="  Senior Analyst  ",
       hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral",
             "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h102-15-subscribed-phone-default", H, M, """\
Dear team,

Kindly for the Mailchimp audience we need the HubSpot contacts with the below:
- the e-mail of the contact to the email address of the member (email_address),
- the first name to FNAME and the last name to LNAME, as they are (empty to stay empty),
- the status of the member always "subscribed",
- the phone number of the contact to the PHONE merge field as it is, but in case the contact has no phone (empty, \
or the phone property is not there at all in the record) please to put "Not Available".

Best regards,
Youssef""", extended(HS,
    without(hs(email="ola.mahmoud@cairofashion.com", firstname="Ola", lastname=""), "phone")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                             "PHONE": dflt(r.get("phone"), "Not Available")}}


@case("h102-16-three-way-status-tag", H, M, """\
Dear team,

For the HubSpot contacts to the Mailchimp members kindly map the e-mail to email_address and the first name to the \
FNAME merge field as it is. For the status of the member please to check the "Unsubscribed from all email" of the \
HubSpot (hs_email_optout): in case "true" the status is "unsubscribed", in case "false" the status is \
"subscribed", and in case it is empty the status is "pending" (so they receive the confirmation e-mail). Also all \
the members to have one tag "HubSpot Sync".

Best regards,
Youssef""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "merge_fields": {"FNAME": r["firstname"]},
            "tags": ["HubSpot Sync"]}


@case("h102-17-value-and-customer-tags", H, M, """\
Dear team,

Please to map the HubSpot contacts to the Mailchimp members as below:

Firstly, email_address from the e-mail of the contact.
Secondly, FNAME from the first name.
Lastly, the tags of the member to be calculated: add the tag "High Value" in case the annual revenue is more than \
3,000,000 (empty revenue is not high value), and add the tag "Customer" in case the lifecycle stage is \
"customer". If both conditions are true the member takes the two tags in this order ("High Value" then \
"Customer"), and if none of them is true kindly send an empty tags list.

Best regards,
Youssef""", extended(HS,
    hs(email="sherif.naguib@deltaship.com", firstname="Sherif", annualrevenue="7500000", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h102-18-first-word-e164-mobile", H, M, """\
Dear team,

Kindly we need the below mapping, the HubSpot contacts -> the Mailchimp members:
1. email_address = the contact e-mail as it is.
2. FNAME = only the first word of the first name of the contact (some of our clients have compound names like \
"Mohamed Ali", we need only "Mohamed").
3. PHONE merge field = the phone number in E.164 format, considering the numbers without country code are US \
numbers (+1), and the numbers starting with "+" keep their code. In case of empty phone please to use the mobile \
phone number instead (also in E.164 with the same rule).

Best regards,
Youssef""", extended(HS,
    hs(email="ahmed.samir@nasrcity.com", firstname="Ahmed Samir", phone="202-555-0161"),
    hs(email="mona.rashed@heliopolis.com", firstname="Mona", phone="", mobilephone="+20 122 555 0177")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h102-19-no-company-excluded-vip-sql", H, M, """\
Dear team,

Kindly exclude from the sync to the Mailchimp any HubSpot contact which has no company name (empty or only \
spaces). For the others please to send the e-mail of the contact as email_address, the status "subscribed" for \
all, and the VIP flag (vip) to be true only for the contacts which the lifecycle stage is "salesqualifiedlead", \
otherwise false.

Best regards,
Youssef""", extended(HS,
    hs(email="bassem.youssef@upperegypt.com", company="   ", lifecyclestage="salesqualifiedlead"),
    hs(email="nadia.fouad@gizamotors.com", company="Giza Motors", lifecyclestage="salesqualifiedlead")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "salesqualifiedlead"}


@case("h102-20-title-names-company-tag-vip", H, M, """\
Dear team,

Please to prepare the HubSpot contacts -> Mailchimp members mapping as per the below.

Firstly, email_address from the contact e-mail.
Secondly, FNAME and LNAME from the first name and the last name, converted to title case (capital first letter of \
each word, the rest small).
Thirdly, the member to have one tag with the company name of the contact, and in case the company is empty, the \
tag to be the domain of the e-mail, meaning the part after the "@" (e.g. "nilebank.eg").
Lastly, vip to be true in case the annual revenue is more than 3,000,000, and false otherwise (also false when the \
revenue is empty).

Best regards,
Youssef""", lower_emails(extended(HS,
    hs(email="tamer.hosny@orascombuild.com", firstname="TAMER", lastname="hosny", company="",
       annualrevenue="3500000"))))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["annualrevenue"], 3_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h102-21-lower-userid-full-name", H, S, """\
Dear team,

For the Segment identify calls from the HubSpot contacts kindly:

Firstly, the userId to be the e-mail of the contact in small letters.
Secondly, the traits firstName, lastName and title to be the first name, the last name and the job title as they \
are (empty is copied empty).
Lastly, the trait name to be the first name and the last name together with one space between them, e.g. \
"Youssef Hamdi".

Best regards,
Youssef""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h102-22-company-object-traits", H, S, """\
Dear team,

Kindly add the company information in the Segment identify of the HubSpot contacts, under the traits.company \
object:
- traits.company.name = the company name of the contact, and in case of empty company please to put "Individual",
- traits.company.industry = the industry, but in case it is empty don't send it,
- traits.company.employee_count = the number of employees as integer, and also in case of empty don't send it.

The userId is the e-mail of the contact as it is. No other traits are needed.

Best regards,
Youssef""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h102-23-address-traits-phone-chain", H, S, """\
Dear team,

As per our discussion, the Segment identify for the HubSpot contacts to have the userId = the e-mail of the \
contact (as it is), and the address inside traits.address as below:

city -> traits.address.city
state/region -> traits.address.state (in case of empty state, leave it out)
postal code -> traits.address.postalCode
country -> traits.address.country

The city, the postal code and the country are copied as they are.

Also traits.phone to be the phone number of the contact in E.164 (US number in case there is no country code, \
i.e. "+1"; the numbers starting with "+" keep their code), and in case of empty phone take the mobile phone number \
with the same format, and in case both are empty please to omit traits.phone completely.

Best regards,
Youssef""", extended(HS,
    hs(email="mark.hanna@texasoil.com", state="TX", city="Houston", zip="77002", phone="", mobilephone=""),
    hs(email="lina.farid@bronxdeli.com", state="NY", city="New York", zip="10451", phone="",
       mobilephone="646.555.0111")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h102-24-clean-userid-optout-revenue", H, S, """\
Dear team,

Kindly note the below for the HubSpot contacts to the Segment (identify):
1. userId: the e-mail of the contact after removing any spaces around it and converting it to small letters.
2. traits.firstName: the first name as it is.
3. traits.unsubscribed: true when the hs_email_optout of the contact is "true", false when it is "false", and \
also false when it is empty.
4. traits.annual_revenue: the annual revenue as a number (e.g. 2500000.75, not text), and in case of empty \
revenue please to omit this trait.

Best regards,
Youssef""", extended(HS,
    hs(email="  Ahmed.Kamal@CIBank.EG ", firstname="Ahmed", hs_email_optout="", annualrevenue="65000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h102-25-ga4-signup-source-date", H, G, """\
Dear team,

Please to send the HubSpot contacts to the GA4 as events with the below details:
- client_id = the e-mail of the contact as it is,
- event name = "sign_up" for all the contacts,
- event parameter "method" = "hubspot" for all,
- event parameter "source" = the original source of the contact (hs_analytics_source) in small letters, and in \
case of empty source kindly send it as empty text "",
- event parameter "signup_date" = the create date of the contact as YYYY-MM-DD only.

The parameters are under events[0].params.

Best regards,
Youssef""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "sign_up",
                        "params": {"method": "hubspot", "source": r["hs_analytics_source"].lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h102-26-ga4-big-revenue-leads", H, G, """\
Dear team,

Kindly only the HubSpot contacts which have annual revenue more than 1,000,000 to be sent to the GA4; the contacts \
with empty annual revenue are not sent. For each one the client_id to be the part of the e-mail before the "@", \
the event name to be "generate_lead", the parameter value (events[0].params.value) to be the annual revenue as a \
number and the parameter currency to be "USD".

Best regards,
Youssef""", lower_emails(extended(HS,
    hs(email="magdy.fawzy@portsaidtrade.com", annualrevenue="1000000.5"))))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h102-27-ga4-purchase-or-lead", H, G, """\
Dear team,

For the GA4 events from the HubSpot contacts, kindly:

Firstly, the client_id from the e-mail of the contact as it is.
Secondly, the event name: in case the lifecycle stage is "customer" the event is "purchase", and for all the other \
stages the event is "generate_lead".
Lastly, event parameter lead_source from the original source (hs_analytics_source) as it is, and in case of empty \
put "UNKNOWN".

Best regards,
Youssef""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"lead_source": dflt(r["hs_analytics_source"], "UNKNOWN")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h102-28-lead-to-contact-copy", L, H, """\
Dear team,

Kindly prepare the reverse direction, from the Salesforce Lead to the HubSpot contacts, simple copy as per the \
below:

Email -> e-mail
FirstName -> first name
LastName -> last name
Company -> company name
Title -> job title
Phone -> phone number
City -> city
Country -> country/region

No changes on the values, and in case the value is empty in the Salesforce please to send it empty to the HubSpot \
also.

Best regards,
Youssef""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h102-29-status-table-optout-text", L, H, """\
Dear team,

For the Salesforce Lead -> HubSpot contacts kindly map the Email of the lead to the e-mail of the contact, and the \
lead Status to the HubSpot lead status (hs_lead_status) as per the below:

"Open - Not Contacted" = "NEW"
"Working - Contacted" = "IN_PROGRESS"
"Closed - Converted" = "CONNECTED"
"Closed - Not Converted" = "UNQUALIFIED"

Also the Email Opt Out of the lead (HasOptedOutOfEmail) to go to hs_email_optout as text, "true" or "false".

Best regards,
Youssef""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h102-30-rating-to-stage-revenue", L, H, """\
Dear team,

Please to map the Salesforce Lead to the HubSpot contacts as below:
1) email = the Email of the lead converted to lower case.
2) lifecyclestage from the Rating of the lead: "Hot" -> "salesqualifiedlead", "Warm" -> "marketingqualifiedlead", \
"Cold" -> "lead".
3) annualrevenue = the AnnualRevenue as a number, and in case it is empty kindly don't send it.

Best regards,
Youssef""", extended(SFL,
    sfl(Email="Mona.Adel@Misr-Insurance.COM", LastName="Adel", Rating="Warm", AnnualRevenue="750000.50")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h102-31-uk-leads-e164-postcode", L, H, """\
Dear team,

Kindly we need only the leads of the United Kingdom (Country is "United Kingdom") from the Salesforce to be sent to \
the HubSpot, the other leads are not to be sent. The mapping as per the below:

Firstly, email from the Email as it is.
Secondly, phone from the Phone of the lead in E.164 as UK number, meaning remove the first "0" and add "+44" (e.g. \
"020 7946 0000" becomes "+442079460000"), and in case the number is already starting with "+" keep it with its \
own code.
Thirdly, zip from the PostalCode in capital letters.
Lastly, jobtitle from the Title, and in case of empty title please to put "Not Specified".

Best regards,
Youssef""", extended(SFL,
    sfl(Email="sarah.jones@thamesbank.co.uk", FirstName="Sarah", LastName="Jones", Country="United Kingdom",
        Phone="0161 496 0123", PostalCode="m1 1ae", Title=""),
    sfl(Email="omar.khalil@londonfx.co.uk", FirstName="Omar", LastName="Khalil", Country="United Kingdom",
        Phone="+44 20 7946 0999", PostalCode="Ec2a 4bx", Title="Trader")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not Specified")}


@case("h102-32-skip-lost-leads-address", L, H, """\
Dear team,

For the Salesforce Lead -> HubSpot contacts please to exclude the leads which the Status is "Closed - Not \
Converted", and for the other leads:
- email = the Email of the lead,
- jobtitle = the Title, and in case of empty title then "Unknown",
- address = the Street then comma and space then the City, e.g. "15 Tahrir Sq, Cairo". In case the Street is \
empty kindly put only the City without the comma.

Best regards,
Youssef""", extended(SFL,
    sfl(Email="adel.shawky@alexport.com", FirstName="Adel", LastName="Shawky", Status="Working - Contacted",
        Street="", City="Alexandria", Title="")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h102-33-optout-status-trade-show-tag", C, M, """\
Dear team,

Kindly the Salesforce Contact to the Mailchimp members as the below:

Firstly the email_address is the Email of the contact in lower case.
Secondly the status of the member from the Email Opt Out (HasOptedOutOfEmail): if it is true then "unsubscribed", \
if it is false then "subscribed".
Lastly the tags: all the members take the tag "Salesforce", and in case the LeadSource of the contact is "Trade \
Show" kindly add also the tag "Trade Show" after it.

Best regards,
Youssef""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h102-34-no-department-excluded-language", C, M, """\
Dear team,

Please to exclude from the Salesforce Contact -> Mailchimp sync the contacts which have no Department (empty or \
spaces only). For the remaining contacts:
1. email_address = the Email as it is.
2. merge field PHONE = the Phone in E.164 format; the numbers without country code are US numbers so add "+1", and \
the numbers already starting with "+" stay with their own code.
3. language of the member from the MailingCountry as per the below: "Germany" -> "de", "Austria" -> "de", \
"United States" -> "en", "Egypt" -> "ar".

Best regards,
Youssef""", extended(SFC,
    sfc(Email="hesham.adly@nbe.com.eg", FirstName="Hesham", LastName="Adly", Department="Retail Banking",
        Phone="+20 2 5555 0101", MailingCity="Cairo", MailingCountry="Egypt"),
    sfc(Email="karima.saad@alpenwerk.at", FirstName="Karima", LastName="Saad", Department="  ",
        Phone="+43 1 555 0191", MailingCity="Graz", MailingCountry="Austria")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Egypt": "ar"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h102-35-web-vip-fname-default", C, M, """\
Dear team,

Kindly find the mapping of the Salesforce Contact to the Mailchimp members:
- email_address from the Email,
- FNAME from the FirstName, and in case of empty first name kindly put "Valued Customer",
- LNAME from the LastName as it is,
- vip = true when the LeadSource is "Web", and false for any other value or empty LeadSource,
- status = "subscribed" for everybody.

Best regards,
Youssef""", extended(SFC,
    sfc(Email="rana.tawfik@cairobourse.com", FirstName="", LastName="Tawfik", LeadSource="Web")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Valued Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Web", "status": "subscribed"}


@case("h102-36-opted-in-only-no-tags", C, M, """\
Dear team,

We need to send to the Mailchimp only the Salesforce contacts which are not opted out, meaning HasOptedOutOfEmail \
is false. For them please to copy the Email to email_address, the FirstName to FNAME and the LastName to LNAME, and \
set the status "subscribed" and the language "en" for all of them. Also kindly send the tags as an empty list [] so \
no tags are added.

Best regards,
Youssef""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h102-37-lower-userid-optional-traits", C, S, """\
Dear team,

Kindly for the Segment identify from the Salesforce Contact:

userId = the Email in small letters,
traits.email = the Email as it is (without lower case),
traits.firstName and traits.lastName = the FirstName and the LastName as they are,
traits.title = the Title, and traits.department = the Department, but for these two in case of empty value \
please to leave the trait out, not to send it empty.

Best regards,
Youssef""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h102-38-address-trim-country-default", C, S, """\
Dear team,

Please to send the address of the Salesforce contacts to the Segment as the below: the userId is the Email of the \
contact as it is, traits.address.city is the MailingCity after removing the spaces at the beginning and the end, \
and traits.address.country is the MailingCountry as it is, and in case of empty country to put "Unknown".

Best regards,
Youssef""", extended(SFC,
    sfc(Email="mostafa.ezz@alexmarine.com", FirstName="Mostafa", LastName="Ezz", MailingCity="  Alexandria ",
        MailingCountry=""),
    sfc(Email="yara.helmy@gizaplast.com", FirstName="Yara", LastName="Helmy", MailingCity="Giza ",
        MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h102-39-e164-name-channel-table", C, S, """\
Dear team,

For the Salesforce Contact -> Segment identify kindly do the below:

Firstly, userId = the Email (as it is).
Secondly, traits.phone = the Phone in E.164, the numbers without "+" are considered US (+1) and the numbers with \
"+" keep their own country code.
Thirdly, traits.name = FirstName + one space + LastName.
Lastly, traits.acquisition_channel from the LeadSource: "Web" -> "online", "Trade Show" -> "event", "Partner \
Referral" -> "partner", and any other value or empty -> "other".

Best regards,
Youssef""", extended(SFC,
    sfc(Email="sherine.adel@manhattanbeans.com", FirstName="Sherine", LastName="Adel", LeadSource="Advertisement",
        Phone="1 (646) 555 0122")))
def o39(r: R) -> Out:
    chan = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "acquisition_channel": chan.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h102-40-member-names-company-optout", M, H, """\
Dear team,

Kindly prepare the Mailchimp members -> HubSpot contacts as per the below:
1. email = the email_address of the member.
2. firstname = FNAME in title case (first letter capital and the rest small, for each word).
3. lastname = LNAME in title case also, but in case LNAME is empty please to not send the lastname at all.
4. company = the COMPANY merge field as it is, and in case of empty put "Not Provided".
5. hs_email_optout = the text "true" in case the member status is "unsubscribed", and the text "false" for any \
other status.

Best regards,
Youssef""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Not Provided"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h102-41-skip-cleaned-phone-vip-stage", M, H, """\
Dear team,

Please to exclude the Mailchimp members with status "cleaned" from the sync to the HubSpot. For the others:

Firstly, email from the email_address as it is, and firstname from the FNAME as it is.
Secondly, phone from the PHONE merge field in E.164 (US numbers by default with "+1", the numbers with "+" keep \
their code), and in case PHONE is empty don't send the phone.
Lastly, lifecyclestage to be "customer" in case the member is VIP (vip is true), otherwise "subscriber".

Best regards,
Youssef""", extended(MC,
    mc({"FNAME": "Sara", "LNAME": "Lotfy", "PHONE": "212.555.0190", "COMPANY": ""},
       email_address="sara.lotfy@brooklynbakery.com", status="pending", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h102-42-first-word-domain-customer-tag", M, H, """\
Dear team,

Kindly map the Mailchimp members to the HubSpot contacts as below:
- email = the email_address as it is,
- firstname = only the first word of the FNAME,
- company = the COMPANY merge field, and in case it is empty kindly take the domain of the e-mail (the part after \
the "@"),
- lifecyclestage = "customer" in case the member has the tag "Customer" in its tags, otherwise "lead".

Best regards,
Youssef""", extended(MC,
    mc({"FNAME": "Mohamed Nasser", "LNAME": "Nasser", "PHONE": "", "COMPANY": ""},
       email_address="mohamed.nasser@qnbalahli.com", tags=["Customer", "Webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set102")
