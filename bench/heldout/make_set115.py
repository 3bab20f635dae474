"""Held-out set 115 for the offline mapping drafter.

Persona: Wanjiru Kamau, marketing officer at an insurance company in Nairobi, writing in Kenyan
English. Every request is a short formal internal memo with TO:/FROM:/RE: header lines, then
"Kindly note that...", "the same should be...", "where the field is missing", "in the event that",
"as per", "PFA", "revert"; points lettered (a), (b) or roman (i), (ii); sometimes "Regards,".
Some memos are tabular (a line per field with a colon), others are prose paragraphs.

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h115-01-basic-lead-copies", H, L, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: HubSpot contacts to Salesforce Leads - basic load

Kindly note that the following HubSpot fields should be copied to the Lead exactly as they are:
email: Email
firstname: FirstName
lastname: LastName
company: Company
jobtitle: Title
Where any of these is blank in HubSpot, the same should be sent across as an empty value (no defaults).
In addition, we request that LeadSource be set to "Advertisement" on every lead.

Regards,
Wanjiru""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Advertisement"}


@case("h115-02-lead-defaults-trim", H, L, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Lead load - handling of missing values

Kindly note the following for the HubSpot to Salesforce Lead sync:
(a) Email: the HubSpot email, copied as is.
(b) FirstName: the HubSpot firstname with any leading and trailing spaces removed.
(c) LastName: the HubSpot lastname, copied as is.
(d) Company: the HubSpot company as is; where the field is missing, put "Not Provided".
(e) Title: the HubSpot jobtitle as is; where the field is missing, put "Not Stated".
No other fields to be sent please.""",
      extended(HS,
               hs(email="achieng.otieno@savannahre.co.ke", firstname="  Achieng ", lastname="Otieno",
                  company="   ", jobtitle="  "),
               hs(email="brian.kiptoo@tausi.co.ke", firstname="Brian ", lastname="Kiptoo",
                  company="Tausi Motors", jobtitle="Claims Officer ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not Provided"), "Title": dflt(r["jobtitle"], "Not Stated")}


@case("h115-03-lead-phone-fallback-titlecase", H, L, """\
TO: ICT - Systems Integration
FROM: Wanjiru Kamau, Marketing
RE: Lead phone and name formatting

Kindly note that for every HubSpot contact pushed to a Salesforce Lead:
(i) Email should carry the HubSpot email unchanged.
(ii) FirstName, LastName and City should be in title case (first letter of each word capital, the rest
small), taken from firstname, lastname and city respectively.
(iii) Phone should take the HubSpot phone; in the event that phone is blank, use mobilephone instead; in
the event that both are blank, leave Phone out of the lead altogether. The numbers are to be copied as
they appear, no reformatting.""",
      extended(HS, hs(email="kiprono.langat@riftvalleyins.co.ke", firstname="KIPRONO", lastname="langat",
                      city="eldoret", phone="", mobilephone="")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if ph is None else ph})


SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral"}


@case("h115-04-lead-source-table", H, L, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Mapping of Original Source to Lead Source

Kindly note that the Lead's LeadSource should be derived from HubSpot's hs_analytics_source as per the
table below:
ORGANIC_SEARCH: Web
PAID_SEARCH: Advertisement
PAID_SOCIAL: Advertisement
REFERRALS: External Referral
any other value, or where the field is missing: Other
Email should be the HubSpot email in lower case, and LastName the HubSpot lastname as is.
Kindly revert in the event of any query.""",
      extended(HS, hs(email="Otieno.Mark@PioneerAssure.co.ke", lastname="Otieno",
                      hs_analytics_source="EMAIL_MARKETING")))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": SRC04.get(r["hs_analytics_source"], "Other")}


@case("h115-05-lead-two-exclusions", H, L, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Exclusions on the Lead sync

Kindly note that two groups of HubSpot contacts should NOT be sent to Salesforce at all:
(a) contacts whose hs_email_optout is "true";
(b) contacts whose lifecyclestage is "customer".
A contact whose hs_email_optout is blank is not excluded on that account. For everyone else, we request
that email go to Email, firstname to FirstName, lastname to LastName and company to Company, copied as
they are, and that Status be set to "Open - Not Contacted" on all of them.

Regards,
Wanjiru Kamau""",
      extended(HS, hs(email="mercy.adhiambo@lakesidesacco.co.ke", firstname="Mercy", lastname="Adhiambo",
                      company="Lakeside Sacco", lifecyclestage="customer", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h115-06-lead-rating-revenue", H, L, """\
TO: Salesforce Admin
FROM: Wanjiru Kamau, Marketing
RE: Lead rating by company revenue

We request that the Lead Rating be set from the HubSpot annualrevenue as follows:
(i) above 5,000,000: "Hot"
(ii) below 1,000,000: "Cold"
(iii) anything in between: "Warm"
In the event that annualrevenue is blank, the Rating should be "Cold".
NumberOfEmployees should be the HubSpot numemployees as a whole number; where the field is missing,
leave NumberOfEmployees out. Email as per the HubSpot email, unchanged.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None else "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h115-07-lead-e164-us", H, L, """\
TO: ICT - Systems Integration
FROM: Wanjiru Kamau, Marketing
RE: Phone formatting on Leads - US numbers

Kindly note that the Lead Phone should be the HubSpot phone in E.164 format. Please treat the numbers as
US numbers (+1) unless the number already begins with "+", in which case the same should keep its own
country code. Where the HubSpot phone is blank, do not send Phone at all.
FirstName and LastName should be the HubSpot firstname and lastname in title case (each word with a
capital first letter and the rest in small letters), and Email the HubSpot email unchanged.""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h115-08-lead-only-stages-description", H, L, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Qualified HubSpot contacts to Leads

Kindly note that only contacts whose lifecyclestage is "lead", "marketingqualifiedlead" or
"salesqualifiedlead" should be sent; all others to be skipped. For those sent, PFA the mapping:
Email: HubSpot email as is
LastName: HubSpot lastname in capital letters (upper case)
Company: HubSpot company as is
Description: the company, then " | since ", then the createdate in YYYY-MM-DD form
(e.g. "Acme Ltd | since 2024-02-01")""", HS)
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": f"{r['company']} | since {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h115-09-contact-mailing-address", H, C, """\
TO: Salesforce Admin
FROM: Wanjiru Kamau, Marketing
RE: Mailing address on Contacts

Kindly note that the HubSpot address details should go into the Salesforce Contact mailing fields as
follows:
address: MailingStreet
city: MailingCity
state: MailingState
zip: MailingPostalCode
country: MailingCountry
together with email to Email, firstname to FirstName and lastname to LastName. All of these are straight
copies; where a HubSpot field is blank, the same should be passed as an empty value.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h115-10-contact-flags", H, C, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Contact opt-out and do-not-call flags

We request that two true/false flags be set on the Salesforce Contact.
(a) HasOptedOutOfEmail: true where HubSpot hs_email_optout is "true"; false where it is "false" or blank.
(b) DoNotCall: true where the contact has neither a phone nor a mobilephone in HubSpot (both blank);
false where either one is filled.
Email and LastName to be copied as is from email and lastname. Kindly revert once done.""",
      extended(HS, hs(email="naliaka.wekesa@jubilant.co.ke", lastname="Wekesa", phone="", mobilephone="  ",
                      hs_email_optout="false")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h115-11-contact-fallbacks-local-part", H, C, """\
TO: ICT - Systems Integration
FROM: Wanjiru Kamau, Marketing
RE: Contact first names and titles

Kindly note the following for the Contact sync:
(i) Email: the HubSpot email, as is.
(ii) FirstName: the HubSpot firstname; in the event that it is missing, use the part of the email
before the "@".
(iii) Title: the HubSpot jobtitle; where the field is missing, use the industry instead; where both
are missing, put "Not Stated".""",
      extended(lower_emails(HS),
               hs(email="wambui.njeri@jubilee-re.co.ke", firstname="", jobtitle="", industry=""),
               hs(email="kamau.j@tausi.co.ke", firstname="  ", jobtitle="", industry="Insurance")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"]) or "Not Stated"}


STAGE12 = {"subscriber": "Newsletter Subscriber", "lead": "Prospect", "marketingqualifiedlead": "Marketing Qualified",
           "salesqualifiedlead": "Sales Qualified", "customer": "Policyholder"}


@case("h115-12-contact-stage-table-country", H, C, """\
TO: Salesforce Admin
FROM: Wanjiru Kamau, Marketing
RE: Lifecycle stage in Contact description

Kindly note that the Contact Description should reflect the HubSpot lifecyclestage as per the below:
subscriber: "Newsletter Subscriber"
lead: "Prospect"
marketingqualifiedlead: "Marketing Qualified"
salesqualifiedlead: "Sales Qualified"
customer: "Policyholder"
MailingCountry should be the HubSpot country in upper case; where country is missing, leave
MailingCountry out. Email is the HubSpot email as is.""",
      extended(HS, hs(email="esther.moraa@kisii-sacco.co.ke", country="kenya", lifecyclestage="lead"),
               hs(email="peter.mwangi@umojaunderwriters.co.ke", country="  ", lifecyclestage="customer")))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "Description": STAGE12[r["lifecyclestage"]],
                 "MailingCountry": omit_if_blank(r["country"], str.upper)})


@case("h115-13-contact-us-only", H, C, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: US contacts only

We request that only HubSpot contacts whose country is "United States" be sent to Salesforce Contacts;
the rest are to be left out. For those sent:
(a) Email: the HubSpot email in lower case.
(b) Phone: the HubSpot phone, or where the field is missing, the mobilephone (copied as is).
(c) LeadSource: "Web" on all of them.

Regards,""",
      extended(HS, hs(email="Joy.Mumbi@LakeviewHealth.com", country="United States", phone="",
                      mobilephone="(202) 555-0161"),
               hs(email="kevin.oduor@nyotagroup.co.ke", country="Kenya")))
def o13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


DEPT14 = {"customer": "Policyholders", "lead": "Prospects"}


@case("h115-14-contact-trim-title-dept", H, C, """\
TO: Salesforce Admin
FROM: Wanjiru Kamau, Marketing
RE: Contacts - names, titles and department

Kindly note the following.
(i) FirstName and LastName: the HubSpot firstname and lastname in title case (capital first letter of
each word, rest small).
(ii) Title: the HubSpot jobtitle with leading and trailing spaces trimmed off; a blank jobtitle stays
blank, i.e. an empty value.
(iii) Department, as per the lifecyclestage:
   customer: "Policyholders"
   lead: "Prospects"
   any other stage, or where the field is missing: "General"
(iv) Email: the HubSpot email unchanged.""",
      extended(HS, hs(email="muthoni.kariuki@amanilife.co.ke", firstname="MUTHONI", lastname="kariuki",
                      jobtitle="  Underwriting Lead  ", lifecyclestage="opportunity")))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "Department": DEPT14.get(r["lifecyclestage"], "General")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

_no_first = {k: v for k, v in hs(email="jane.wairimu@pacisinsurance.co.ke", lastname="Wairimu",
                                 phone="0722 000 111").items() if k != "firstname"}


@case("h115-15-mc-basic-default-first", H, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: HubSpot contacts into the Mailchimp audience

Kindly note the following mapping:
email: email_address
lastname: merge_fields.LNAME (as is)
phone: merge_fields.PHONE (as is, and as an empty value where blank)
firstname: merge_fields.FNAME; in the event that the contact has no firstname at all (field absent or
empty), put "Valued Client".
The status should be "pending" for every member.""", extended(HS, _no_first))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending",
            "merge_fields": {"FNAME": dflt(r.get("firstname"), "Valued Client"), "LNAME": r["lastname"],
                             "PHONE": r["phone"]}}


@case("h115-16-mc-status-three-way", H, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: Mailchimp subscription status

We request that the Mailchimp status be set from HubSpot hs_email_optout as follows:
(a) "false": subscribed
(b) "true": unsubscribed
(c) blank: pending
Every member should also carry the tag "HubSpot Import" (a tags list with that one tag only), and
email_address should be the HubSpot email.""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case("h115-17-mc-conditional-tags", H, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: Tagging of high-value and customer contacts

Kindly note the tags to be applied on Mailchimp, in this order:
(i) "High Value" where the HubSpot annualrevenue is more than 3,000,000 (a blank revenue does not
qualify);
(ii) "Customer" where the lifecyclestage is exactly "customer".
In the event that neither applies, the same should be sent as an empty tags list. email_address from
email, and merge_fields.FNAME from firstname as is.""",
      extended(HS, hs(email="daniel.maina@simbacover.co.ke", firstname="Daniel", annualrevenue="9000000",
                      lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h115-18-mc-first-word-phone", H, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: First names and phone numbers on Mailchimp

(a) merge_fields.FNAME: only the first word of the HubSpot firstname (e.g. "Mary Anne" becomes "Mary").
(b) merge_fields.PHONE: the HubSpot phone in E.164, treating numbers as US (+1) unless they already start
with "+" (then keep the country code given). Where phone is missing, use mobilephone instead, formatted
the same way.
(c) email_address: the HubSpot email.
Kindly revert in the event that anything is unclear.""",
      extended(HS, hs(email="grace.wanjiku@heritagecover.co.ke", firstname="Grace Wanjiku", phone="",
                      mobilephone="(305) 555-0110")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h115-19-mc-exclude-no-company-vip", H, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: Mailchimp load - contacts without a company

Kindly note that HubSpot contacts with no company (field missing, empty or only spaces) should be
excluded from the load. For the rest:
status: "subscribed"
email_address: the HubSpot email
vip: true where lifecyclestage is "customer", otherwise false

Regards,
Wanjiru""",
      extended(HS, hs(email="collins.ouma@kilimofarm.co.ke", company="   ", lifecyclestage="lead"),
               hs(email="halima.abdi@maraassurance.co.ke", company="Mara Assurance", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h115-20-mc-titlecase-domain-vip", H, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: Names on Mailchimp and VIP flag

(i) merge_fields.FNAME: the HubSpot firstname in title case (capital first letter of each word, rest
small).
(ii) merge_fields.LNAME: the HubSpot lastname in title case; in the event that lastname is missing, put
the part of the email after the "@" instead, as it is (not title-cased).
(iii) vip: true where annualrevenue is greater than 3,000,000; false otherwise, including where the
revenue is blank.
(iv) email_address: the HubSpot email.""",
      extended(lower_emails(HS), hs(email="faith.wanjiru@madisonins.co.ke", firstname="FAITH", lastname="",
                                    annualrevenue="")))
def o20(r: R) -> Out:
    ln = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": ln},
            "vip": gt(r["annualrevenue"], 3_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h115-21-seg-basic-name", H, S, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: Segment identify - basic traits

Kindly note the mapping for the identify calls:
userId: HubSpot email in lower case
traits.email: HubSpot email as is
traits.firstName: firstname as is
traits.lastName: lastname as is
traits.name: firstname, a single space, then lastname (e.g. "Jane Doe")""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h115-22-seg-company-traits", H, S, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: Company traits on Segment

We request that the company details be nested under traits.company as follows:
(a) traits.company.name: the HubSpot company; where the field is missing, "Individual".
(b) traits.company.industry: the HubSpot industry; where missing, leave it out.
(c) traits.company.employee_count: the HubSpot numemployees as a whole number (integer); where missing,
leave it out.
The userId should be the HubSpot email exactly as it is.""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h115-23-seg-address-phone", H, S, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: Address and phone traits

Kindly note that:
(i) traits.address.street, traits.address.city, traits.address.state, traits.address.postalCode and
traits.address.country should come from the HubSpot address, city, state, zip and country respectively,
each copied as is; in the event that a HubSpot value is blank, leave that address key out.
(ii) traits.phone should be the HubSpot phone in E.164 (US +1 assumed unless it starts with "+", in which
case it keeps its own code); where phone is blank use mobilephone the same way; where both are blank,
leave traits.phone out.
(iii) userId is the HubSpot email as is.""",
      extended(HS, hs(email="otieno.ben@harambeeins.co.ke", phone="", mobilephone="", state="", zip="")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": omit_if_blank(r["address"]), "city": omit_if_blank(r["city"]),
                                        "state": omit_if_blank(r["state"]), "postalCode": omit_if_blank(r["zip"]),
                                        "country": omit_if_blank(r["country"])},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h115-24-seg-clean-email-flags", H, S, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: Segment identify - cleaning of emails

PFA the requirements:
(a) userId: the HubSpot email with any spaces at either end removed, and then put in lower case.
(b) traits.title: the jobtitle, copied as is.
(c) traits.unsubscribed: true (a boolean) where hs_email_optout is "true"; false where it is "false",
and false also where it is blank.
(d) traits.annual_revenue: the annualrevenue as a number; where the field is missing, leave it out.""",
      extended(HS, hs(email="  Brian.Ochieng@Kenbright.co.ke ", jobtitle="Actuarial Analyst",
                      hs_email_optout="", annualrevenue="650000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h115-25-ga4-lead-event", H, G, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: GA4 lead events

Kindly note that each HubSpot contact should go to GA4 as one event, as per the below:
client_id: the HubSpot email, as is
event name: "generate_lead"
events[0].params.currency: "USD"
events[0].params.lead_source: the hs_analytics_source in lower case; where it is blank, send an empty
string
events[0].params.signup_date: the createdate as YYYY-MM-DD""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "generate_lead",
                        "params": {"currency": "USD", "lead_source": r["hs_analytics_source"].lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h115-26-ga4-high-revenue", H, G, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: GA4 - high revenue companies

We request that only contacts whose annualrevenue is above 1,000,000 be sent to GA4; in the event that
annualrevenue is blank, the contact is to be skipped. For each one sent:
(i) client_id: the part of the email before the "@"
(ii) event name: "qualified_company"
(iii) events[0].params.value: the annualrevenue as a number
(iv) events[0].params.currency: "USD"

Regards,""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_company",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h115-27-ga4-event-by-stage", H, G, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: GA4 event naming by stage

Kindly note that the GA4 event name should be "close_convert_lead" where the HubSpot lifecyclestage is
"customer", and "generate_lead" for any other stage. The event should carry two params:
events[0].params.industry, being the HubSpot industry (where the field is missing, "Unspecified"), and
events[0].params.country, being the HubSpot country as is. The client_id should be the HubSpot email as
is.""", HS)
def o27(r: R) -> Out:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name,
                        "params": {"industry": dflt(r["industry"], "Unspecified"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h115-28-sfl-hs-copies", L, H, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Salesforce Leads into HubSpot

Kindly note the following straight copies, Salesforce Lead field: HubSpot contact field.
Email: email
FirstName: firstname
LastName: lastname
Company: company
Title: jobtitle
Phone: phone
City: city
Country: country
Where a Salesforce field is empty, the same should be copied across as an empty value; nothing is to be
left out or defaulted.""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
            "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h115-29-sfl-hs-status-optout", L, H, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Lead status and opt-out to HubSpot

(a) hs_lead_status, from the Salesforce Status:
   Open - Not Contacted: NEW
   Working - Contacted: IN_PROGRESS
   Closed - Converted: CONNECTED
   Closed - Not Converted: UNQUALIFIED
(b) hs_email_optout: the text "true" where HasOptedOutOfEmail is true, and the text "false" where it is
false.
(c) email: the Salesforce Email.
Kindly revert with any questions.""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h115-30-sfl-hs-rating-revenue", L, H, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Rating to lifecycle stage

Kindly note that the HubSpot lifecyclestage should be set as per the Salesforce Rating: Hot gives
"salesqualifiedlead", Warm gives "marketingqualifiedlead" and Cold gives "lead". The annualrevenue should
be the Lead's AnnualRevenue as a number; in the event that it is blank, leave annualrevenue out. The
email should be the Salesforce Email in lower case.""",
      extended(SFL, sfl(Email="Njoki.Mwangi@MadisonGen.co.ke", FirstName="Njoki", LastName="Mwangi",
                        Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h115-31-sfl-hs-uk-only", L, H, """\
TO: ICT - Systems Integration
FROM: Wanjiru Kamau, Marketing
RE: UK leads only

Kindly note that only leads whose Country is "United Kingdom" should be synced to HubSpot.
(i) phone: the Salesforce Phone in E.164 as a UK number, i.e. drop the leading 0 and put +44 in front;
a number already beginning with "+" keeps its own code.
(ii) lastname: the LastName in upper case.
(iii) jobtitle: the Title; where the field is missing, "Not Stated".
(iv) email: the Email as is.""",
      extended(SFL,
               sfl(Email="tom.hughes@thamesway.co.uk", FirstName="Tom", LastName="Hughes", Title="",
                   Phone="07700 900123", Country="United Kingdom"),
               sfl(Email="aisha.khan@brightwater.co.uk", FirstName="Aisha", LastName="Khan",
                   Title="Head of Growth", Phone="+44 161 496 0000", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "lastname": r["LastName"].upper(),
            "jobtitle": dflt(r["Title"], "Not Stated")}


@case("h115-32-sfl-hs-exclude-lost-concat", L, H, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Lead sync - exclusion of lost leads

Kindly note that leads with Status "Closed - Not Converted" should not be synced. For the rest, PFA the
mapping:
email: Email as is
country: Country; where the field is missing, "Kenya"
jobtitle: Title, then ", ", then Company (e.g. "CEO, Acme Ltd"); in the event that Title is blank,
jobtitle should be just the Company, with no comma

Regards,
Wanjiru""",
      extended(SFL, sfl(Email="faith.chebet@chebetmotors.co.ke", FirstName="Faith", LastName="Chebet",
                        Company="Chebet Motors", Title="", Country="", Status="Working - Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    jt = r["Company"] if blank(r["Title"]) else f"{r['Title']}, {r['Company']}"
    return {"email": r["Email"], "country": dflt(r["Country"], "Kenya"), "jobtitle": jt}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h115-33-sfc-mc-status-tags", C, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: Salesforce Contacts to Mailchimp

Kindly note that:
(a) email_address should be the Salesforce Email in lower case;
(b) status should be "unsubscribed" where HasOptedOutOfEmail is true, and "subscribed" where it is false;
(c) tags should always include "Salesforce"; where the LeadSource is "Trade Show", add "Trade Show" as a
second tag after it.""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


LANG34 = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h115-34-sfc-mc-dept-phone-lang", C, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: Contacts with departments only

Kindly note that Contacts with no Department (blank) are to be excluded. For the others:
email_address: Email
merge_fields.PHONE: Phone in E.164, US (+1) assumed unless the number starts with "+" (then its own
code is kept)
language, as per MailingCountry:
  Germany: de
  Austria: de
  United States: en""",
      extended(SFC, sfc(Email="samuel.kiprop@example-claims.com", FirstName="Samuel", LastName="Kiprop",
                        Department="Claims", Phone="503.555.0100", MailingCity="Seattle",
                        MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": LANG34[r["MailingCountry"]]}


@case("h115-35-sfc-mc-vip-tradeshow", C, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: VIP flag for trade show contacts

(i) email_address: the Salesforce Email
(ii) merge_fields.FNAME: the FirstName; where the field is missing, "Client"
(iii) merge_fields.LNAME: the LastName as is
(iv) vip: true where the LeadSource is exactly "Trade Show"; false for any other value, and false also
where the LeadSource is blank
(v) status: "subscribed" for all""",
      extended(SFC, sfc(Email="odhiambo.k@lakebasinins.co.ke", FirstName="", LastName="Odhiambo",
                        LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed", "vip": r["LeadSource"] == "Trade Show",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Client"), "LNAME": r["LastName"]}}


@case("h115-36-sfc-mc-optin-only", C, M, """\
TO: Digital Marketing Operations
FROM: Wanjiru Kamau, Marketing
RE: Opted-in contacts to Mailchimp

We request that only Contacts with HasOptedOutOfEmail false be sent to the audience. For them, the
email_address is the Email, merge_fields.FNAME is the FirstName and merge_fields.LNAME is the LastName,
all copied as is. The status should be "subscribed" and the language "en" for everyone, and tags should
go as an empty list (no tags at all).""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h115-37-sfc-seg-identify", C, S, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: Segment identify from Salesforce Contacts

Kindly note the mapping:
userId: Email in lower case
traits.email: Email as is
traits.firstName: FirstName as is
traits.lastName: LastName as is
traits.title: Title; where it is empty, leave traits.title out
traits.birthday: Birthdate as is; where it is empty, leave traits.birthday out""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h115-38-sfc-seg-address", C, S, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: Address traits from Contacts

(a) userId: the Salesforce Email as is.
(b) traits.address.city: the MailingCity with any spaces at the start and end trimmed.
(c) traits.address.country: the MailingCountry as is; where the field is missing, "Kenya".
Nothing else is required on these calls.""",
      extended(SFC, sfc(Email="zawadi.hamisi@pwani-insure.co.ke", FirstName="Zawadi", LastName="Hamisi",
                        MailingCity="  Mombasa ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Kenya")}}}


CHANNEL39 = {"Web": "online", "Trade Show": "events"}


@case("h115-39-sfc-seg-phone-name-channel", C, S, """\
TO: Data & Analytics Unit
FROM: Wanjiru Kamau, Marketing
RE: Phone, full name and channel traits

Kindly note that:
(i) userId should be the Email as is;
(ii) traits.phone should be the Phone in E.164, assuming US numbers (+1), except numbers beginning with
"+" which keep their own code;
(iii) traits.name should be the FirstName, a space, then the LastName;
(iv) traits.channel should be set as per the LeadSource:
    Web: "online"
    Trade Show: "events"
    anything else, including a blank LeadSource: "other"

Regards,""", SFC)
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": CHANNEL39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h115-40-mc-hs-names-optout", M, H, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Mailchimp members into HubSpot

Kindly note the following.
(a) email: the email_address.
(b) firstname: the FNAME merge field in title case (capital first letter of each word, rest small).
(c) lastname: the LNAME merge field in title case; where LNAME is missing, leave lastname out.
(d) company: the COMPANY merge field; where the field is missing, "Unknown".
(e) hs_email_optout: the text "true" where the member's status is "unsubscribed", otherwise the text
"false".""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h115-41-mc-hs-exclude-cleaned", M, H, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Mailchimp to HubSpot - excluding cleaned addresses

Kindly note that members with status "cleaned" should be excluded. For the rest, as per the below:
email: email_address
phone: the PHONE merge field in E.164 (US +1 unless it already starts with "+", in which case its own
code stays); where PHONE is blank, do not send phone
firstname: the FNAME merge field as is
lifecyclestage: "evangelist" where vip is true, otherwise "subscriber\"""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "firstname": mf["FNAME"], "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h115-42-mc-hs-firstword-domain-stage", M, H, """\
TO: CRM Integrations Team
FROM: Wanjiru Kamau, Marketing
RE: Names, companies and stage from Mailchimp

Kindly note the mapping below:
(i) firstname: the first word of the FNAME merge field;
(ii) company: the COMPANY merge field; in the event that it is missing, the part of the email_address
after the "@";
(iii) lifecyclestage: "customer" where the member's tags include "Customer", and "lead" otherwise;
(iv) email: the email_address as is.
Kindly revert in case of any clarification.""",
      extended(lower_emails(MC, "email_address"),
               mc({"FNAME": "Mary Njeri", "LNAME": "Njeri", "COMPANY": ""}, email_address="mary.njeri@tausi.co.ke",
                  tags=["Customer", "Webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set115")
