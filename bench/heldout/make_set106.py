"""Held-out set 106 for the offline mapping drafter.

Persona: Siobhan Kelly, data-protection and CRM-governance officer at an Irish financial-services
firm in Dublin. She writes every mapping request as a short numbered policy document ("1. Scope",
"2. Field mapping", "2.1 The Email field shall be populated from ..."), in formal, precise and
sometimes long sentences full of "where", "in the event that ... is not populated", "save that",
"for the avoidance of doubt" and "shall not be transmitted", calls the contact "the data subject",
and names fields by their screen label in quotes, sometimes with the API name in brackets. Now and
then a clause is governance chatter rather than a rule, and she misspells the odd word.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h106-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

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


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> salesforce.Lead (01 .. 08)
# --------------------------------------------------------------------------------------------

@case("h106-01-lead-baseline-copy", H, L, """\
Transfer Specification TS-01: HubSpot Contacts to Salesforce Leads

1. Scope
1.1 This specification governs the creation of Salesforce Leads from every HubSpot contact. No record is excluded.
1.2 This specification has been reviewed under the firm's Record of Processing Activities; no special category data is in scope.

2. Field mapping
2.1 The Lead "Email" field (Email) shall be populated from the HubSpot "Email" property.
2.2 The Lead "First Name", "Last Name" and "Company" fields shall be populated from the HubSpot "First Name", "Last Name" and "Company Name" properties respectively.
2.3 The Lead "Title" shall be populated from the data subject's "Job Title".
2.4 All values in clauses 2.1 to 2.3 shall be copied exactly as held in HubSpot. For the avoidance of doubt, where a source property is not populated, the corresponding Lead field shall be populated with an empty value and no default shall be substituted.
2.5 The "Lead Source" (LeadSource) shall be set to the fixed value 'Web' on every Lead.

3. Other fields
3.1 No other field shall be transmitted.""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h106-02-lead-defaults-trim", H, L, """\
1. Scope
All HubSpot contacts are to be created as Leads in Salesforce.

2. Field mapping
2.1 "Email" shall be populated from the HubSpot "Email", unchanged.
2.2 "First Name" (FirstName) and "Last Name" (LastName) shall be populated from the HubSpot first and last name respectivly, with any leading or trailing spaces removed.
2.3 "Company" shall be populated from "Company Name" as held; in the event that "Company Name" is not populated, the value 'Not Provided' shall be used instead.
2.4 "Title" shall be populated from "Job Title" as held; in the event that "Job Title" is not populated, the value 'Unknown' shall be used.
2.5 For the purposes of clauses 2.3 and 2.4, a property that contains nothing but spaces is to be regarded as not populated.

3. No further fields shall be sent to Salesforce.""", extended(
    HS,
    hs(email="sean.brennan@liffeycapital.ie", firstname="  Seán ", lastname=" Brennan", company="   ",
       jobtitle="Compliance Analyst"),
    hs(email="orla.doyle@fitzwilliamtrust.ie", firstname="Orla", lastname="Doyle  ", company="Fitzwilliam Trust",
       jobtitle=""),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Not Provided"), "Title": dflt(r["jobtitle"], "Unknown")}


@case("h106-03-lead-phone-fallback", H, L, """\
Mapping note — HubSpot contact → Salesforce Lead

1. Scope. Applies to all contacts.
2. Field mapping
2.1 The Email field shall be populated from the HubSpot email address, copied as is.
2.2 "First Name" and "Last Name" shall be populated from the HubSpot "First Name" and "Last Name" and shall be written in title case, that is to say each word shall begin with a capital letter and the remainder of the word shall be in lower case.
2.3 The Lead "Phone" shall be populated from the HubSpot "Phone Number" (phone). In the event that the Phone Number is not populated, the "Mobile Phone Number" (mobilephone) shall be used. The number shall be copied exactly as held, without reformatting.
2.4 Where neither number is populated, the Lead's Phone shall not be transmitted at all.
3. For the avoidance of doubt, nothing else is to be mapped.""", extended(
    HS,
    hs(email="aoife.brennan@clontarfwealth.ie", firstname="aoife", lastname="BRENNAN", phone="", mobilephone=""),
))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


_SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h106-04-lead-source-table", H, L, """\
Policy clause set 04 — Lead provenance

1. Scope
1.1 Every HubSpot contact shall be transferred to Salesforce as a Lead. Accurate provenance is required for our Article 14 notices, hence this clause set.

2. Field mapping
2.1 The "Email" (Email) of the Lead shall be populated from the HubSpot "Email", converted entirely to lower case.
2.2 The "Last Name" shall be copied from the HubSpot "Last Name" without alteration.
2.3 The "Lead Source" (LeadSource) shall be derived from the HubSpot "Original Source" (hs_analytics_source) as follows:
   (a) ORGANIC_SEARCH shall become 'Web';
   (b) PAID_SEARCH and PAID_SOCIAL shall each become 'Advertisement';
   (c) REFERRALS shall become 'External Referral';
   (d) any other value, and also the case where the Original Source is not populated, shall become 'Other'.

3. No other field shall be transmitted.""", extended(
    HS,
    hs(email="Niamh.Kavanagh@GraftonAdvisory.IE", lastname="Kavanagh", hs_analytics_source="EMAIL_MARKETING"),
    hs(email="tadhg.oshea@corkmutual.ie", lastname="Shea", hs_analytics_source="DIRECT_TRAFFIC"),
))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": _SRC04.get(r["hs_analytics_source"], "Other")}


@case("h106-05-lead-two-exclusions", H, L, """\
1. Scope
1.1 HubSpot contacts shall be created as Salesforce Leads, save that the following data subjects shall not be transmitted at all:
   (a) any contact whose "Lifecycle Stage" is 'customer' (such persons are already held as Contacts); and
   (b) any contact whose "Unsubscribed from all email" (hs_email_optout) is 'true'.
1.2 For the avoidance of doubt, a contact whose "Unsubscribed from all email" is not populated is not excluded by 1.1(b) and shall be transmitted (unless 1.1(a) applies).

2. Field mapping
2.1 Email, First Name, Last Name and Company on the Lead shall be copied from the HubSpot "Email", "First Name", "Last Name" and "Company Name" exactly as held, including where a value is empty.
2.2 The Lead Status (Status) shall be set to 'Open - Not Contacted' on every Lead created.

3. No other fields.""", extended(
    HS,
    hs(email="cian.walsh@dockland-insure.ie", lifecyclestage="customer", hs_email_optout="false"),
    hs(email="grainne.moran@ballsbridgefunds.ie", firstname="Grainne", lastname="Moran", company="",
       lifecyclestage="lead", hs_email_optout=""),
))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


def _rating06(r: R) -> Any:
    v = rev(r)
    if v is None:
        return OMIT
    if v > 5_000_000:
        return "Hot"
    if v < 1_000_000:
        return "Cold"
    return "Warm"


@case("h106-06-lead-rating-bands", H, L, """\
Specification: Lead rating by revenue band (HubSpot → Salesforce Lead)

1. Scope: all HubSpot contacts.

2. Field mapping
2.1 "Email" shall be populated from the contact's Email, unchanged.
2.2 The Lead "Rating" shall be determined from the HubSpot "Annual Revenue" (annualrevenue) as follows:
   2.2.1 where the Annual Revenue is greater than 5,000,000, the Rating shall be 'Hot';
   2.2.2 where the Annual Revenue is less than 1,000,000, the Rating shall be 'Cold';
   2.2.3 in all other cases where a revenue figure is held, the Rating shall be 'Warm';
   2.2.4 in the event that the Annual Revenue is not populated, the Rating shall not be transmitted.
2.3 The Lead "Employees" field (NumberOfEmployees) shall be populated from the HubSpot "Number of Employees" as a whole number (integer). In the event that Number of Employees is not populated, Employees shall not be transmitted.

3. Nothing further is to be sent. Revenue itself is not to be copied across.""", extended(
    HS,
    hs(email="fionn.keane@howthcapital.ie", annualrevenue="950000.50", numemployees="7"),
    hs(email="roisin.daly@leesidefinance.ie", annualrevenue="   ", numemployees="3000"),
))
def o06(r: R) -> Out:
    return keep({"Email": r["email"], "Rating": _rating06(r),
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h106-07-lead-e164-names", H, L, """\
1. Scope
1.1 This document sets out how HubSpot contacts are to be recorded as Leads in Salesforce.

2. Field mapping
2.1 The Lead Email shall be populated from the HubSpot "Email", copied as held.
2.2 "First Name", "Last Name" and the Lead's City (City) shall be populated from the HubSpot "First Name", "Last Name" and "City", each converted to title case (first letter of every word in capitals, all other letters in lower case).
2.3 The Lead "Phone" shall be populated from the HubSpot "Phone Number" in E.164 international format. Where a number carries no country code it shall be treated as a United States number; where it already begins with '+', its own country code shall be retained.
2.4 In the event that the Phone Number is not populated, the Lead Phone shall not be transmitted (the mobile number is not to be used for this purpose).

3. No other field shall be transmitted.""", extended(
    HS,
    hs(email="declan.ryan@wallstreetire.com", firstname="DECLAN", lastname="ryan", city="new york",
       phone="212.555.0163"),
    hs(email="nora.quigley@bostonlink.com", firstname="Nora", lastname="QUIGLEY", city="BOSTON",
       phone="1 (646) 555-0101"),
))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h106-08-lead-us-only-description", H, L, """\
Specification ref. DP-HS-SF-08

1. Scope
1.1 Only data subjects whose HubSpot "Country/Region" is exactly 'United States' shall be transmitted to Salesforce as Leads. Contacts in any other country, or with no country recorded, shall not be transmitted.

2. Field mapping
2.1 The Email field shall be populated from the HubSpot "Email" as held.
2.2 "Last Name" and "Company" on the Lead shall be populated from the HubSpot "Last Name" and "Company Name" respectively, converted entirely to UPPER CASE.
2.3 The Lead "Description" shall be composed as the text 'Created in HubSpot on ', followed by the date part of the HubSpot "Create Date" in the form YYYY-MM-DD, followed by ' (', the "Original Source" value as held, and ')'. By way of example: Created in HubSpot on 2023-03-14 (ORGANIC_SEARCH).

3. Fields not listed above shall not be transmitted.""", extended(
    HS,
    hs(email="ruth.connor@bayviewpartners.com", firstname="Ruth", lastname="Connor", company="Bayview Partners",
       country="United States", createdate="2024-02-29T13:15:00.000Z", hs_analytics_source="DIRECT_TRAFFIC"),
    hs(email="conor.byrne@naasbank.ie", lastname="Byrne", company="Naas Bank", country="Ireland"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"].upper(),
            "Description": f"Created in HubSpot on {day(r['createdate'])} ({r['hs_analytics_source']})"}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> salesforce.Contact (09 .. 14)
# --------------------------------------------------------------------------------------------

@case("h106-09-contact-mailing-address", H, C, """\
1. Scope
1.1 All HubSpot contacts shall be transferred to Salesforce as Contacts. This clause set concerns the postal adress only, which we require for statutory correspondence.

2. Field mapping
2.1 The Contact "Email" shall be populated from the HubSpot "Email".
2.2 The Contact "Last Name" shall be populated from the HubSpot "Last Name".
2.3 The mailing address shall be populated as follows:
   "Mailing Street" (MailingStreet) from "Street Address";
   "Mailing City" (MailingCity) from "City";
   "Mailing State/Province" (MailingState) from "State/Region";
   "Mailing Zip/Postal Code" (MailingPostalCode) from "Postal Code";
   "Mailing Country" (MailingCountry) from "Country/Region".
2.4 Every value shall be copied exactly as held. Where a source property is empty, the Salesforce field shall likewise be populated with an empty value.

3. No other field is in scope.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h106-10-contact-consent-flags", H, C, """\
Consent flags — HubSpot to Salesforce Contact

1. Scope: every HubSpot contact.

2. Field mapping
2.1 Email shall be populated from the HubSpot "Email", unchanged.
2.2 "Email Opt Out" (HasOptedOutOfEmail) shall be a true/false value derived from HubSpot's "Unsubscribed from all email":
   (a) where that property holds 'true', Email Opt Out shall be true;
   (b) where it holds 'false', Email Opt Out shall be false;
   (c) in the event that it is not populated, Email Opt Out shall be true, as consent cannot be evidenced and the data subject is to be treated as opted out.
2.3 "Do Not Call" (DoNotCall) shall be true where the HubSpot "Phone Number" is not populated (empty or containing only spaces), and false where a Phone Number is held. The mobile number has no bearing on this flag.

3. For the avoidance of doubt, no other Contact field shall be transmitted.""", extended(
    HS,
    hs(email="eamon.hurley@southdocks.ie", phone="   ", hs_email_optout="false"),
))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
            "DoNotCall": blank(r["phone"])}


@case("h106-11-contact-name-fallback", H, C, """\
1. Scope
1.1 All HubSpot contacts are to be created as Salesforce Contacts. Email addresses in the source are already held in lower case.

2. Field mapping
2.1 "Email" shall be populated from the HubSpot "Email" and "Last Name" from the HubSpot "Last Name", both as held.
2.2 "First Name" shall be populated from the HubSpot "First Name". In the event that the First Name is not populated, the part of the data subject's email address before the '@' shall be used in its place.
2.3 The Contact "Title" shall be populated from the HubSpot "Job Title". In the event that the Job Title is not populated, the HubSpot "Industry" shall be used; and where neither is populated, the Title shall be 'Unspecified'.

3. No other field shall be transmitted.""", lower_emails(extended(
    HS,
    hs(email="compliance.desk@liffeycapital.ie", firstname="", lastname="Desk", jobtitle="",
       industry="Financial Services"),
)))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]),
            "Title": first_filled(r["jobtitle"], r["industry"], "Unspecified")}


_STAGE12 = {"subscriber": "Subscriber", "lead": "Lead", "marketingqualifiedlead": "Marketing Qualified Lead",
            "salesqualifiedlead": "Sales Qualified Lead", "customer": "Customer"}


@case("h106-12-contact-stage-description", H, C, """\
1. Scope
1.1 Each HubSpot contact shall be transmitted to Salesforce as a Contact.

2. Field mapping
2.1 The Contact Email shall be populated from the HubSpot "Email" as held.
2.2 The "Contact Description" (Description) shall state the data subject's HubSpot "Lifecycle Stage" in plain words, according to the following table:
      subscriber              -> Subscriber
      lead                    -> Lead
      marketingqualifiedlead  -> Marketing Qualified Lead
      salesqualifiedlead      -> Sales Qualified Lead
      customer                -> Customer
2.3 The "Mailing State/Province" (MailingState) shall be populated from the HubSpot "State/Region", converted entirely to upper case. In the event that State/Region is not populated, MailingState shall not be transmitted.

3. No other field shall be sent. (Kindly note the review date of this document is 30 June.)""", extended(
    HS,
    hs(email="aisling.fahy@ranelaghadvisers.ie", lifecyclestage="customer", state="co. dublin"),
    hs(email="brendan.cole@albanyins.com", lifecyclestage="lead", state="ny"),
))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "Description": _STAGE12[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h106-13-contact-optin-only", H, C, """\
1. Scope
1.1 Only those HubSpot contacts whose "Unsubscribed from all email" (hs_email_optout) is 'false' shall be transmitted to Salesforce as Contacts. Contacts for whom it is 'true', or for whom it is not populated, shall not be transmitted.

2. Field mapping
2.1 The Contact "Email" shall be populated from the HubSpot "Email", converted to lower case.
2.2 The "Mobile Phone" (MobilePhone) shall be populated from the HubSpot "Mobile Phone Number" as held; in the event that the Mobile Phone Number is not populated, the HubSpot "Phone Number" shall be used, again as held.
2.3 The "Contact Description" shall be set to the fixed text 'Migrated from HubSpot' on every Contact.

3. No other field shall be transmitted.""", extended(
    HS,
    hs(email="Eimear.Quinn@StephensGreenFS.IE", mobilephone="", phone="+353 1 555 0188", hs_email_optout="false"),
    hs(email="padraic.ward@tallaghtcu.ie", hs_email_optout=" "),
))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Migrated from HubSpot"}


_SRC14 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "Partner Referral", "EMAIL_MARKETING": "Email"}


@case("h106-14-contact-source-trim", H, C, """\
Salesforce Contact creation from HubSpot — clauses 1 to 3

1. Scope. All contacts, without exception.

2. Field mapping
2.1 "Email" shall be populated from the HubSpot "Email" unchanged.
2.2 "First Name" and "Last Name" shall be populated from their HubSpot equivalents and presented in title case (each word with an initial capital and the rest in lower case).
2.3 The Contact "Title" shall be populated from the HubSpot "Job Title" with leading and trailing spaces removed; where the Job Title is empty, Title shall be left empty.
2.4 The Contact "Lead Source" (LeadSource) shall be derived from the HubSpot "Original Source" thus:
    ORGANIC_SEARCH - 'Web'
    PAID_SEARCH or PAID_SOCIAL - 'Advertisement'
    REFERRALS - 'Partner Referral'
    EMAIL_MARKETING - 'Email'
    any other value, including an Original Source that is not populated - 'Other'.

3. No other field shall be transmitted.""", extended(
    HS,
    hs(email="siobhan.kelly@merrionfs.ie", firstname="SIOBHAN", lastname="kelly", jobtitle="  Data Protection Officer ",
       hs_analytics_source="OFFLINE"),
    hs(email="ronan.burke@galwaymutual.ie", firstname="ronan", lastname="Burke", jobtitle="Head of Risk  ",
       hs_analytics_source="EMAIL_MARKETING"),
))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": _SRC14.get(r["hs_analytics_source"], "Other")}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> mailchimp.members (15 .. 20)
# --------------------------------------------------------------------------------------------

@case("h106-15-mc-pending-language", H, M, """\
1. Scope
1.1 All HubSpot contacts shall be added to the Mailchimp audience. Because we operate double opt-in, every member shall be created with the status 'pending'.

2. Field mapping
2.1 The member "Email Address" (email_address) shall be populated from the HubSpot "Email".
2.2 The "First Name" (FNAME) and "Last Name" (LNAME) merge fields shall be populated from the HubSpot "First Name" and "Last Name".
2.3 Values in 2.1 and 2.2 shall be copied as held.
2.4 The member "Language" (language) shall be populated from the HubSpot "Preferred language" (hs_language). In the event that no preferred language is held for the data subject (the property is absent or empty), the language shall be 'en'.
2.5 The status (status) shall be 'pending' as stated in 1.1.

3. Nothing else shall be transmitted to Mailchimp.""", extended(
    HS,
    hs(email="caoimhe.ni.bhriain@gaelscoil-finance.ie", firstname="Caoimhe", lastname="Bhriain", hs_language="ga"),
    hs(email="peter.lang@viennabank.at", firstname="Peter", lastname="Lang", hs_language=""),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "en"), "status": "pending"}


def _status16(r: R) -> str:
    if r["hs_email_optout"] == "true":
        return "unsubscribed"
    if r["hs_email_optout"] == "false":
        return "subscribed"
    return "pending"


@case("h106-16-mc-status-three-way", H, M, """\
Audience status policy (HubSpot → Mailchimp)

1. Scope: all contacts.

2. Field mapping
2.1 email_address shall be populated from the HubSpot "Email", as held.
2.2 The Mailchimp "Subscription status" (status) shall reflect HubSpot's "Unsubscribed from all email" as follows:
    (a) 'true'  - the member shall be 'unsubscribed';
    (b) 'false' - the member shall be 'subscribed';
    (c) in the event that the property is not populated, the member shall be 'pending', so that fresh consent is sought.
2.3 Every member shall recieve exactly one tag, 'HubSpot Import'.

3. No other member field shall be transmitted.""", HS)
def o16(r: R) -> Out:
    return {"email_address": r["email"], "status": _status16(r), "tags": ["HubSpot Import"]}


@case("h106-17-mc-conditional-tags", H, M, """\
1. Scope
1.1 Every HubSpot contact shall be transmitted to the Mailchimp audience.

2. Field mapping
2.1 The member's email_address shall be populated from the HubSpot "Email" as held.
2.2 Tags (tags) shall be assigned as follows, in the order given:
    2.2.1 'High Value', where the HubSpot "Annual Revenue" is greater than 5,000,000 (where Annual Revenue is not populated, this tag shall not be applied);
    2.2.2 'Customer', where the "Lifecycle Stage" is 'customer'.
2.3 In the event that neither condition is met, the member shall be sent with an empty list of tags.

3. No other field shall be transmitted.""", extended(
    HS,
    hs(email="liam.gallagher@dunlaoghaire-re.ie", annualrevenue="9000000", lifecyclestage="customer"),
    hs(email="maeve.ryan@limerickcredit.ie", annualrevenue="5000001", lifecyclestage="lead"),
))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5_000_000):
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h106-18-mc-firstword-phone", H, M, """\
1. Scope. All HubSpot contacts shall be synchronised to Mailchimp.

2. Field mapping
2.1 The member email address shall be the HubSpot "Email", unchanged.
2.2 The FNAME merge field shall contain only the first word of the HubSpot "First Name" (so that a double first name such as 'Mary Kate' becomes 'Mary').
2.3 The PHONE merge field ("Phone Number") shall be populated from the HubSpot "Phone Number"; in the event that the Phone Number is not populated, the "Mobile Phone Number" shall be used in its stead. Whichever number is used shall be written in E.164 format, a number without country code being treated as a US number and a number beginning with '+' retaining its own code.

3. No other field shall be transmitted.""", extended(
    HS,
    hs(email="marykate.oneill@corkharbourfs.ie", firstname="Mary Kate", phone="", mobilephone="646-555-0177"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h106-19-mc-exclude-optout-vip", H, M, """\
1. Scope
1.1 HubSpot contacts shall be subscribed to the Mailchimp audience, save that no data subject whose "Unsubscribed from all email" is 'true' shall be transmitted. For the avoidance of doubt, a contact whose "Unsubscribed from all email" is not populated shall likewise not be transmitted, since we hold no evidence of consent.

2. Field mapping
2.1 email_address from the HubSpot "Email", and the FNAME merge field from the HubSpot "First Name", both copied as held.
2.2 The status shall be 'subscribed' for every member transmitted.
2.3 The member "VIP" flag (vip) shall be true where the HubSpot "Lifecycle Stage" is 'customer', and false otherwise.

3. Nothing else.""", extended(
    HS,
    hs(email="tomas.farrell@kilkennyinvest.ie", firstname="Tomás", lifecyclestage="customer", hs_email_optout="false"),
))
def o19(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed",
            "vip": r["lifecyclestage"] == "customer"}


@case("h106-20-mc-domain-fallback-vip", H, M, """\
Mailchimp member mapping, version 2 (supersedes version 1 of March)

1. Scope
1.1 All HubSpot contacts. The email addresses in the HubSpot extract are held in lower case.

2. Field mapping
2.1 email_address shall be populated from the HubSpot "Email" as held.
2.2 The FNAME merge field shall be the HubSpot "First Name" in title case (capital initial on each word, remaining letters lower case).
2.3 The LNAME merge field shall be the HubSpot "Last Name" in title case. In the event that the Last Name is not populated, LNAME shall instead be populated with the part of the email address after the '@' (the domain), exactly as it appears, without any change of case.
2.4 The "VIP" flag shall be true where the "Annual Revenue" exceeds 1,000,000 and false where it does not; where Annual Revenue is not populated, VIP shall be false.

3. No other field shall be transmitted.""", lower_emails(extended(
    HS,
    hs(email="info@glenbeighhotel.ie", firstname="GRÁINNE", lastname="", annualrevenue="1500000"),
)))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["annualrevenue"], 1_000_000)}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> segment.identify (21 .. 24)
# --------------------------------------------------------------------------------------------

@case("h106-21-seg-identify-names", H, S, """\
1. Scope
1.1 An identify call shall be made to Segment for each HubSpot contact.

2. Field mapping
2.1 The "User ID" (userId) shall be the data subject's HubSpot "Email" converted to lower case.
2.2 The traits email, firstName and lastName shall be populated from the HubSpot "Email", "First Name" and "Last Name" respectively, copied as held (the email trait is not to be lower-cased).
2.3 The trait name shall be the HubSpot First Name, followed by a single space, followed by the Last Name.

3. No other trait shall be transmitted.""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h106-22-seg-company-traits", H, S, """\
1. Scope: every HubSpot contact shall be identified in Segment.

2. Field mapping
2.1 userId shall be populated from the HubSpot "Email", as held.
2.2 The company traits shall be nested under traits.company, as follows:
    2.2.1 traits.company.name from the HubSpot "Company Name"; in the event that the Company Name is not populated, the value 'Not disclosed' shall be sent.
    2.2.2 traits.company.industry from the HubSpot "Industry", as held; where Industry is not populated, the industry trait shall not be transmitted.
    2.2.3 traits.company.employee_count from the HubSpot "Number of Employees", as a whole number; where it is not populated, the employee_count trait shall likewise not be transmitted.

3. No other traits.""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Not disclosed"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v))),
    }}})


def _phone23(r: R) -> Any:
    p = first_filled(r["phone"], r["mobilephone"])
    return OMIT if p is None else e164(p)


@case("h106-23-seg-address-phone", H, S, """\
Segment identify — postal adress and telephone

1. Scope. Applies to all HubSpot contacts.

2. Field mapping
2.1 userId: the HubSpot "Email", as held.
2.2 The address shall be sent as the nested trait traits.address, with:
    street     from "Street Address";
    city       from "City";
    state      from "State/Region", save that where State/Region is not populated the state shall not be transmitted;
    postalCode from "Postal Code";
    country    from "Country/Region".
    Values are copied as held.
2.3 traits.phone shall be populated from the HubSpot "Phone Number" or, in the event that the Phone Number is not populated, from the "Mobile Phone Number", in E.164 format (numbers lacking a country code are US numbers; a leading '+' code is retained). Where neither number is populated, the phone trait shall not be transmitted.

3. Nothing further shall be sent.""", extended(
    HS,
    hs(email="dara.lynch@sligoassurance.ie", phone="", mobilephone="", state=""),
))
def o23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": _phone23(r),
    }})


@case("h106-24-seg-optout-revenue", H, S, """\
1. Scope
1.1 Identify calls for all HubSpot contacts.

2. Field mapping
2.1 The userId shall be derived from the HubSpot "Email" by removing any leading or trailing spaces and converting the result to lower case.
2.2 traits.title shall be populated from the HubSpot "Job Title", copied as held (an empty Job Title is sent as empty).
2.3 traits.unsubscribed shall be a boolean: true where "Unsubscribed from all email" is 'true', and false in every other case, including where that property is not populated.
2.4 traits.annualRevenue shall carry the HubSpot "Annual Revenue" as a number. In the event that the Annual Revenue is not populated, annualRevenue shall not be transmitted.

3. No other trait or field.""", extended(
    HS,
    hs(email="  Aoife.Byrne@KildareSt.IE ", jobtitle="Analyst", annualrevenue="75000.5", hs_email_optout=" "),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annualRevenue": omit_if_blank(r["annualrevenue"], num),
    }})


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> ga4.events (25 .. 27)
# --------------------------------------------------------------------------------------------

@case("h106-25-ga4-contact-synced", H, G, """\
1. Scope
1.1 One Measurement Protocol event shall be sent to GA4 for each HubSpot contact. The use of the email address as client identifier has been approved in DPIA-2024-031 and is recorded here for the avoidance of doubt.

2. Field mapping
2.1 The "Client ID" (client_id) shall be the HubSpot "Email", as held.
2.2 The event name shall be the fixed value 'contact_synced'.
2.3 The event shall carry the following parameters:
    (a) source: the fixed value 'hubspot';
    (b) industry: the HubSpot "Industry" converted to lower case; in the event that Industry is not populated, the parameter shall be sent with an empty value;
    (c) created_date: the date part of the HubSpot "Create Date", in the form YYYY-MM-DD.

3. No other parameters shall be sent.""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "contact_synced", "params": {
        "source": "hubspot", "industry": r["industry"].lower(), "created_date": day(r["createdate"])}}]}


@case("h106-26-ga4-high-value", H, G, """\
1. Scope
1.1 An event shall be sent to GA4 only for HubSpot contacts whose "Annual Revenue" is greater than 1,000,000. Contacts whose Annual Revenue is 1,000,000 or less, or is not populated, shall not be transmitted.
1.2 Email addresses in the extract are held in lower case.

2. Field mapping
2.1 client_id shall be the part of the HubSpot "Email" before the '@' (we do not send the full address to Google).
2.2 The event name shall be 'high_value_contact'.
2.3 Parameters:
    value    - the Annual Revenue, as a number;
    currency - always 'EUR'.

3. Nothing else.""", lower_emails(extended(
    HS,
    hs(email="ciaran.duffy@athloneholdings.ie", annualrevenue="1750000"),
    hs(email="una.keogh@mullingarcu.ie", annualrevenue="999999"),
)))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "high_value_contact", "params": {
        "value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h106-27-ga4-event-by-stage", H, G, """\
GA4 event specification — lifecycle events

1. Scope. All HubSpot contacts.

2. Field mapping
2.1 client_id shall be populated from the HubSpot "Email", copied as held.
2.2 The event name shall be 'customer_synced' where the data subject's "Lifecycle Stage" (lifecyclestage) is 'customer', and 'contact_synced' for every other stage.
2.3 The parameter job_title shall be populated from the HubSpot "Job Title"; in the event that the Job Title is not populated, the value 'not_set' shall be sent.
2.4 The parameter country shall be the HubSpot "Country/Region", copied as held.

3. No other parameter shall be transmitted.""", extended(
    HS,
    hs(email="brid.oconnell@tralee-credit.ie", lifecyclestage="customer", jobtitle="", country="Ireland"),
))
def o27(r: R) -> Out:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "contact_synced"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "job_title": dflt(r["jobtitle"], "not_set"), "country": r["country"]}}]}


# --------------------------------------------------------------------------------------------
# salesforce.Lead -> hubspot.contacts (28 .. 32)
# --------------------------------------------------------------------------------------------

@case("h106-28-sflead-plain-copy", L, H, """\
1. Scope
1.1 Every Salesforce Lead shall be created or updated as a HubSpot contact.

2. Field mapping
2.1 The HubSpot "Email" shall be populated from the Lead "Email".
2.2 "First Name", "Last Name", "Company Name" and "Job Title" in HubSpot shall be populated from the Lead's "First Name", "Last Name", "Company" and "Title".
2.3 The HubSpot "Phone Number" shall be populated from the Lead "Phone".
2.4 "Street Address", "City", "Postal Code" and "Country/Region" shall be populated from the Lead's Street, City, PostalCode and Country fields.
2.5 All of the above are straight copies. Where the Lead field is empty the HubSpot property shall be set to an empty value; no defaulting or reformatting is permitted.

3. No other property shall be transmitted.""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


_STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h106-29-sflead-status-optout", L, H, """\
1. Scope. All Salesforce Leads shall be sent to HubSpot.

2. Field mapping
2.1 The HubSpot "Email" from the Lead "Email", as held.
2.2 The HubSpot "Lead Status" (hs_lead_status) shall be derived from the Salesforce "Lead Status" (Status):
    'Open - Not Contacted'   -> NEW
    'Working - Contacted'    -> IN_PROGRESS
    'Closed - Converted'     -> CONNECTED
    'Closed - Not Converted' -> UNQUALIFIED
2.3 "Unsubscribed from all email" (hs_email_optout) shall be set to the text 'true' where the Lead's "Email Opt Out" is ticked and to the text 'false' where it is not.

3. No further properties.""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h106-30-sflead-rating-stage", L, H, """\
1. Scope
1.1 This clause set applies to all Salesforce Leads being transferred into HubSpot.

2. Field mapping
2.1 The HubSpot "Email" shall be populated from the Lead "Email", converted to lower case.
2.2 The HubSpot "Lifecycle Stage" shall be set according to the Lead "Rating":
    Hot  - salesqualifiedlead
    Warm - marketingqualifiedlead
    Cold - lead
2.3 The HubSpot "Annual Revenue" (annualrevenue) shall be the Lead's Annual Revenue expressed as a number. Where the Lead's Annual Revenue is not populated, the property shall not be transmitted, so as not to overwrite an existing figure.

3. No other property shall be sent.""", extended(
    SFL,
    sfl(Email="Ciara.Nolan@ShannonAero.IE", Rating="Warm", AnnualRevenue="250000.5"),
))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h106-31-sflead-uk-only", L, H, """\
Transfer of UK Leads to HubSpot (UK GDPR scope)

1. Scope
1.1 Only Leads whose "Country" is 'United Kingdom' shall be transmitted. Leads in any other country, or without a country, are out of scope and shall not be transmitted.

2. Field mapping
2.1 HubSpot "Email" from the Lead "Email", as held.
2.2 HubSpot "Phone Number" from the Lead "Phone", in E.164 format, treating the number as a UK number: the leading trunk '0' shall be dropped and +44 prefixed; a number already beginning with '+' keeps its own country code.
2.3 HubSpot "Postal Code" (zip) from the Lead's "Zip/Postal Code", converted to upper case.
2.4 HubSpot "Job Title" from the Lead "Title"; in the event that the Title is not populated, 'Unknown' shall be used.

3. No other property shall be transmitted.""", extended(
    SFL,
    sfl(Email="niall.mccann@laganbank.co.uk", FirstName="Niall", LastName="McCann", Company="Lagan Bank",
        Country="United Kingdom", Phone="028 9055 0142", PostalCode="bt1 5gs", Title="", City="Belfast"),
    sfl(Email="emma.hughes@mancunianfs.co.uk", Country="United Kingdom", Phone="+44 161 555 0100",
        PostalCode="M1 1AE", Title="Treasurer", City="Manchester"),
    sfl(Email="shane.kenny@athenry.ie", Country="Ireland", Phone="091 555 0100", PostalCode="h65 x123"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


def _addr32(r: R) -> str:
    parts = [p for p in (r["Street"], r["City"]) if not blank(p)]
    return ", ".join(parts)


@case("h106-32-sflead-address-concat", L, H, """\
1. Scope
1.1 Salesforce Leads shall be sent to HubSpot, save that Leads with a "Lead Status" of 'Closed - Converted' shall not be transmitted (they are migrated as Contacts under a separate specification).

2. Field mapping
2.1 The HubSpot "Email" shall be populated from the Lead "Email", as held.
2.2 The HubSpot "Street Address" (address) shall be composed of the Lead "Street", then a comma and a space, then the Lead "City" (e.g. '200 Lake St, Chicago'). Where the Street is not populated, the City alone shall be used; where the City is not populated, the Street alone shall be used; in either case no comma shall be inserted.
2.3 The HubSpot "Country/Region" shall be populated from the Lead "Country"; in the event that Country is not populated, the value 'Not specified' shall be used.

3. No further properties shall be transmitted.""", extended(
    SFL,
    sfl(Email="orlaith.mahon@merrionsq.ie", Street="14 Merrion Sq", City="", Status="Working - Contacted",
        Country="Ireland"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return {"email": r["Email"], "address": _addr32(r), "country": dflt(r["Country"], "Not specified")}


# --------------------------------------------------------------------------------------------
# salesforce.Contact -> mailchimp.members (33 .. 36)
# --------------------------------------------------------------------------------------------

@case("h106-33-sfc-mc-status-tags", C, M, """\
1. Scope
1.1 Every Salesforce Contact shall be synchronised to the Mailchimp audience.

2. Field mapping
2.1 The member email_address shall be the Contact "Email" converted to lower case.
2.2 The member status shall be 'unsubscribed' where the Contact's "Email Opt Out" (HasOptedOutOfEmail) is ticked and 'subscribed' where it is not.
2.3 Tags shall be applied in this order:
    (a) 'Salesforce', on every member;
    (b) 'Trade Show', in addition, where the Contact "Lead Source" is 'Trade Show'.

3. No other field shall be transmitted.""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


_LANG34 = {"Germany": "de", "Austria": "de", "United States": "en", "Ireland": "en"}


@case("h106-34-sfc-mc-language-table", C, M, """\
1. Scope
1.1 Salesforce Contacts shall be transmitted to Mailchimp, save that any Contact whose "Department" is not populated (empty, or spaces only) shall not be transmitted, as departmental ownership of the data cannot be established.

2. Field mapping
2.1 email_address from the Contact "Email", unchanged.
2.2 The PHONE merge field from the Contact "Business Phone" (Phone), in E.164 format: a number with no country code is to be treated as a US number, and a number commencing with '+' retains its code.
2.3 The member "language" shall be set from the "Mailing Country" per the table below:
    Germany       - de
    Austria       - de
    United States - en
    Ireland       - en

3. No other field.""", extended(
    SFC,
    sfc(Email="padraig.lynch@corribsoft.ie", Department="Legal", Phone="+353 91 555 0123", MailingCountry="Ireland"),
    sfc(Email="kate.morris@hudsonfs.com", Department="Finance", Phone="212 555 0190", MailingCountry="United States"),
    sfc(Email="joe.barry@bostontrust.com", Department="  ", Phone="617 555 0111", MailingCountry="United States"),
))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _LANG34[r["MailingCountry"]]}


@case("h106-35-sfc-mc-vip-tradeshow", C, M, """\
Mailchimp audience feed from Salesforce Contacts — clauses

1. Scope. All Contacts.

2. Field mapping
2.1 email_address shall be populated from the Contact "Email", as held.
2.2 The FNAME merge field shall be populated from the Contact "First Name"; in the event that the First Name is not populated, FNAME shall be 'Customer'.
2.3 The LNAME merge field shall be copied from the Contact "Last Name".
2.4 "VIP" shall be true where the Contact "Lead Source" is exactly 'Trade Show', and false otherwise, including where Lead Source is not populated.
2.5 The "Email type" (email_type) shall be 'html' for every member.

3. Nothing else shall be transmitted. Queries on this document to the DPO's office, please.""", extended(
    SFC,
    sfc(Email="ultan.foley@wexfordmutual.ie", FirstName="", LastName="Foley", LeadSource="Trade Show"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "email_type": "html"}


@case("h106-36-sfc-mc-optin-only", C, M, """\
1. Scope
1.1 Only Salesforce Contacts whose "Email Opt Out" (HasOptedOutOfEmail) is not ticked shall be transmitted to Mailchimp. A Contact who has opted out shall not be transmitted under any circumstances.

2. Field mapping
2.1 email_address, FNAME and LNAME shall be populated from the Contact "Email", "First Name" and "Last Name", as held.
2.2 The status shall be 'subscribed' and the language 'en' for every member.
2.3 The member shall be sent with an empty tag list (tags), so that no legacy tags are carried over.

3. No other field shall be transmitted.""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# --------------------------------------------------------------------------------------------
# salesforce.Contact -> segment.identify (37 .. 39)
# --------------------------------------------------------------------------------------------

@case("h106-37-sfc-seg-identify", C, S, """\
1. Scope
1.1 An identify call shall be made to Segment for every Salesforce Contact.

2. Field mapping
2.1 userId shall be the Contact "Email" converted to lower case.
2.2 traits.email shall be the Contact "Email" exactly as held (no case change).
2.3 traits.firstName and traits.lastName shall be copied from the Contact "First Name" and "Last Name".
2.4 traits.title shall be populated from the Contact "Title"; in the event that the Title is not populated, the title trait shall not be transmitted at all.

3. No other trait.""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"], "title": omit_if_blank(r["Title"])}})


@case("h106-38-sfc-seg-address", C, S, """\
1. Scope. All Salesforce Contacts shall be identified in Segment.

2. Field mapping
2.1 userId from the Contact "Email", as held.
2.2 traits.address.city from the "Mailing City" (MailingCity), with leading and trailing spaces removed.
2.3 traits.address.country from the "Mailing Country"; in the event that the Mailing Country is not populated, 'Unknown' shall be sent.

3. No other traits shall be transmitted; for the avoidance of doubt the street and postcode are excluded on data-minimisation grounds.""",
    extended(
        SFC,
        sfc(Email="colm.regan@galwaybayfs.ie", MailingCity="  Galway ", MailingCountry=""),
    ))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


_CHANNEL39 = {"Web": "online", "Trade Show": "event"}


@case("h106-39-sfc-seg-channel", C, S, """\
1. Scope
1.1 All Salesforce Contacts.

2. Field mapping
2.1 userId shall be populated from the Contact "Email", as held.
2.2 traits.phone shall be the Contact "Business Phone" in E.164 format; where no country code is present the number is a US number, and a number starting with '+' keeps its own code.
2.3 traits.name shall be the "First Name", a single space, and the "Last Name".
2.4 traits.acquisition_channel shall be derived from the Contact "Lead Source":
    'Web'        -> 'online'
    'Trade Show' -> 'event'
    any other Lead Source, or none at all -> 'other'.

3. No other trait shall be transmitted.""", extended(
    SFC,
    sfc(Email="deirdre.walsh@portlandtrust.com", FirstName="Deirdre", LastName="Walsh", LeadSource="Partner Referral",
        Phone="1-503-555-0123"),
))
def o39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
        "acquisition_channel": _CHANNEL39.get(r["LeadSource"], "other")}}


# --------------------------------------------------------------------------------------------
# mailchimp.members -> hubspot.contacts (40 .. 42)
# --------------------------------------------------------------------------------------------

@case("h106-40-mc-hs-names-optout", M, H, """\
1. Scope
1.1 Every member of the Mailchimp audience shall be created or updated as a HubSpot contact.

2. Field mapping
2.1 The HubSpot "Email" shall be populated from the member's email_address, as held.
2.2 The HubSpot "First Name" shall be the FNAME merge field in title case (each word capitalised, the rest lower case).
2.3 The HubSpot "Last Name" shall be the LNAME merge field in title case; in the event that LNAME is not populated, the Last Name shall not be transmitted.
2.4 The HubSpot "Company Name" shall be the COMPANY merge field as held; in the event that COMPANY is not populated, 'Not supplied' shall be used.
2.5 "Unsubscribed from all email" (hs_email_optout) shall be the text 'true' where the member's status is 'unsubscribed', and the text 'false' for any other status.

3. No other property shall be sent.""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Not supplied"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h106-41-mc-hs-exclude-cleaned", M, H, """\
1. Scope
1.1 Mailchimp members shall be transferred to HubSpot, save that members whose status is 'cleaned' shall not be transmitted, their addresses being known to be undeliverable.

2. Field mapping
2.1 "Email" from email_address; "First Name" from FNAME; "Last Name" from LNAME — all copied as held.
2.2 "Phone Number" from the PHONE merge field, converted to E.164 (a number without country code being a US number, and a '+' prefixed number keeping its own code). In the event that PHONE is not populated, the Phone Number shall not be transmitted.
2.3 The "Lifecycle Stage" shall be 'customer' where the member is flagged as VIP (vip is true), and 'lead' where it is not.

3. No other property.""", extended(
    MC,
    mc({"FNAME": "Sinead", "LNAME": "Carey", "PHONE": "917 555 0144"}, email_address="sinead.carey@bluebell.ie",
       status="pending", vip=True),
))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164), "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h106-42-mc-hs-company-domain", M, H, """\
1. Scope
1.1 All Mailchimp members. The member email addresses are held in lower case.

2. Field mapping
2.1 The HubSpot "Email" shall be populated from email_address, as held.
2.2 The HubSpot "First Name" shall be the first word only of the FNAME merge field.
2.3 The HubSpot "Company Name" shall be populated from the COMPANY merge field, as held; in the event that COMPANY is not populated, the domain of the email address (the part after the '@') shall be used in its place.
2.4 The "Lifecycle Stage" shall be 'customer' where the member carries the tag 'Customer', and 'subscriber' where it does not.

3. Other fields shall not be transmitted.""", lower_emails(extended(
    MC,
    mc({"FNAME": "Mary Ellen", "COMPANY": ""}, email_address="mary.ellen@burrenwealth.ie", tags=["Customer", "Webinar"]),
), "email_address"))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    company = after_at(r["email_address"]) if blank(mf["COMPANY"]) else mf["COMPANY"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]), "company": company,
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set106")
