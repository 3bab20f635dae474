"""Held-out set 154 for the offline mapping drafter.

Persona: Chidi Okafor, CRM and automation lead at a fintech in Lagos, writing in Nigerian
English. He writes each mapping as a Jira ticket: a summary line with the ticket key, a
'Description' with the business context, and 'Acceptance criteria' either as 'AC1:', 'AC2:'
items or as Given/When/Then lines. Now and then a comment of his sits under the ticket
('Chidi Okafor added a comment - ...') and refines one criterion; the later comment wins. His
English carries Nigerian office habits: 'kindly', 'do the needful', 'as at when' (whenever),
'revert' for reply, 'same' for it, 'on no account should', 'ensure that', 'in the event that',
'informations'.

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
    rev,
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h154-01-leads-straight-copy-web-source", H, L, """CRMOPS-2141: HubSpot contacts -> Salesforce Leads (straight copy)

Description:
Sales team wants to see all our HubSpot contacts in Salesforce as Leads. No cleaning for now, data quality will be handled in another ticket.

Acceptance criteria:
AC1: Email, First Name, Last Name, Company Name, Job Title and Mobile Phone Number in HubSpot go to Email, First Name, Last Name, Company, Title and Mobile Phone on the Lead respectively.
AC2: Values are copied exactly as they are in HubSpot - no trimming of spaces, no changing of capital letters. In the event that a field is empty in HubSpot, same should go across empty; kindly do not put any placeholder.
AC3: Lead Source = Web on every Lead, since all these contacts came in through the website.""",
      extended(HS,
               hs(email="ngozi.eze@kudipay.ng", firstname=" Ngozi", lastname="Eze", company="  ", jobtitle="",
                  mobilephone="0803 555 0142"),
               hs(email="emeka.obi@lagoslending.com", firstname="EMEKA", lastname="obi ", company="Lagos Lending Ltd",
                  jobtitle="Head, Credit", mobilephone="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "MobilePhone": r["mobilephone"], "LeadSource": "Web"}


@case("h154-02-kyc-upload-trim-and-required", H, L, """CRMOPS-2147 - Leads from the KYC spreadsheet upload: remove spaces and fill required fields

Description:
The contacts that came in from the March KYC spreadsheet upload have spaces before and after the names, and some of them don't have surname or company at all. Salesforce will reject a Lead without Last Name or Company, so kindly do the needful as below.

Acceptance criteria:
Given a HubSpot contact
When it is created as a Salesforce Lead
Then Email is copied as it is
And First Name is the HubSpot first name with the spaces at the beginning and at the end removed
And Last Name is the HubSpot last name with the leading and trailing spaces removed; in the event that the last name is empty (nothing there or only spaces), Last Name = Unknown
And Company is the HubSpot company name exactly as it is, don't trim this one; where the company name is empty or only spaces, Company = Sole Proprietor""",
      extended(HS,
               hs(email="adaeze.nnamdi@gmail.com", firstname="  Adaeze ", lastname="   ", company="  "),
               hs(email="tunde.bakare@kolanutventures.com", firstname="Tunde", lastname=" Bakare",
                  company=" Kolanut Ventures "),
               hs(email="halima.g@yahoo.com", firstname="Halima ", lastname="", company="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "LastName": dflt(r["lastname"], "Unknown").strip(), "Company": dflt(r["company"], "Sole Proprietor")}


@case("h154-03-call-centre-phone-proper-case", H, L, """CRMOPS-2150: Phone and names on Leads for the call centre

Description:
The outbound call centre works from Salesforce Leads only. They complained that many Leads have no number and the names are in all kinds of capital letters.

Acceptance criteria:
AC1: Phone on the Lead = HubSpot Mobile Phone Number; in the event that the mobile is empty, use the HubSpot Phone Number instead. Copy the number as it is, no formatting.
AC2: Where both numbers are empty (or only spaces), on no account should Phone be sent - leave the field out completely, not even as empty text.
AC3: First Name and Last Name in proper case: first letter of every word in capital and the rest small (CHUKWUEMEKA -> Chukwuemeka, mary jane -> Mary Jane).
AC4: Email copied as is.

Chidi Okafor added a comment - 11/Mar/24 4:05 PM
After speaking with the call centre, AC1 should be the other way round: the office Phone Number first, and the Mobile Phone Number only where the office number is empty. AC2 remains as it is.""",
      extended(HS,
               hs(email="chukwuemeka.obi@naijapay.ng", firstname="CHUKWUEMEKA", lastname="obi", phone="   ",
                  mobilephone="+234 803 555 0117"),
               hs(email="mary.jane.adeyemi@gmail.com", firstname="mary jane", lastname="ADEYEMI", phone="",
                  mobilephone="  "),
               hs(email="bola.ade@ikejahub.com", firstname="Bola", lastname="Ade", phone="01 555 0199",
                  mobilephone="0802 555 0123")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h154-04-industry-picklist-lower-email", H, L, """CRMOPS-2153 | Map HubSpot industry to the Salesforce Industry picklist on Leads

Description:
Industry on the Salesforce Lead is a picklist while our HubSpot industry is free text, so same cannot be copied directly. Below is the table marketing agreed on.

Acceptance criteria:
AC1: Industry on the Lead from HubSpot Industry:
  Software -> Technology
  Financial Services -> Finance
  Logistics -> Transportation
  Food -> Food & Beverage
  anything else, including a contact with no industry at all -> Other
  The match is exact as written above (e.g. "software" in small letters is not on the table, so it is Other).
AC2: Ensure that Email is sent in small letters throughout (Priya.Raman@Northwind.io -> priya.raman@northwind.io), this is to stop the duplicate leads.
AC3: Last Name copied as it is.""",
      extended(HS,
               hs(email="Femi.Adebayo@CowryBank.NG", lastname="Adebayo", industry="Financial Services"),
               hs(email="kemi.ojo@Ojo-Farms.ng", lastname="Ojo", industry="  "),
               hs(email="Ike.Nwosu@NwosuSoft.com", lastname="Nwosu", industry="software")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Financial Services": "Finance", "Logistics": "Transportation",
             "Food": "Food & Beverage"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Industry": table.get(r["industry"], "Other")}


@case("h154-05-skip-subscribers-and-walk-ins", H, L, """CRMOPS-2160: Push HubSpot contacts to SF Leads, minus two groups

Description:
We don't want to flood the sales team. Two groups of contacts should not be created as Leads at all.

Acceptance criteria:
AC1: On no account should a contact whose Lifecycle Stage is subscriber be sent to Salesforce. They are newsletter-only people.
AC2: Contacts whose Original Source is OFFLINE should also not be sent (those are branch walk-ins, the branch team enters same manually). Contacts with an empty Original Source are NOT excluded, they go as normal.
AC3: For everybody else: Email, First Name, Last Name and Company Name go to Email, First Name, Last Name and Company without any change.
AC4: Description on each Lead = Synced from HubSpot (fixed text).""",
      extended(HS,
               hs(email="yusuf.bello@arewatrade.ng", firstname="Yusuf", lastname="Bello", company="Arewa Trade",
                  hs_analytics_source="OFFLINE", lifecyclestage="lead"),
               hs(email="funmi.adeleke@gmail.com", firstname="Funmi", lastname="Adeleke", company="",
                  hs_analytics_source="", lifecyclestage="opportunity"),
               hs(email="segun.ajayi@ajayicapital.com", firstname="Segun", lastname="Ajayi", company="Ajayi Capital",
                  hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="subscriber")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Description": "Synced from HubSpot"}


@case("h154-06-revenue-rating-headcount", H, L, """CRMOPS-2166: Rating and headcount on Leads

Description:
Sales wants to prioritise Leads by the size of the business. Kindly set Rating from Annual Revenue as below and bring the employee count across.

Acceptance criteria:
AC1: Email copied as is.
AC2: Rating from HubSpot Annual Revenue:
  more than 3,000,000 -> Hot
  less than 500,000 -> Cold
  anything in between -> Warm
  Annual Revenue empty -> Cold
AC3: Employees = Number of Employees as a whole number (integer, not text). In the event that Number of Employees is empty, leave Employees out of the Lead.

Chidi Okafor added a comment - 14/Mar/24 10:12 AM
Regarding AC2, sales has pushed back: contacts with empty Annual Revenue should be Warm, not Cold, so that somebody will still call them. Every other line of AC2 remains.""",
      extended(HS,
               hs(email="ngozi.okafor@okaforlogistics.ng", annualrevenue="450000", numemployees="  "),
               hs(email="dapo.adeniyi@adeniyibuild.ng", annualrevenue="3000000.5", numemployees="1500"),
               hs(email="eno.bassey@gmail.com", annualrevenue="   ", numemployees="8")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else ("Hot" if v > 3_000_000 else ("Cold" if v < 500_000 else "Warm"))
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h154-07-dialler-e164-first-name", H, L, """CRMOPS-2171: Normalise Lead phone numbers to E.164

Description:
The dialler our US desk uses only accepts numbers in E.164 format. Kindly ensure that Phone on every Lead is formatted before it gets to Salesforce.

Acceptance criteria:
AC1: Phone = HubSpot Phone Number in E.164: a plus sign followed by digits only, no spaces, brackets, dots or dashes.
AC2: Where the number already starts with +, same already carries its country code; just keep the + and the digits.
AC3: Where there is no +, it is a US number, so put +1 in front of the digits. In the event that the number already has 11 digits starting with 1, only add the +.
AC4: Where the Phone Number is empty or only spaces, do not send Phone at all (leave the field out, not empty text).
AC5: First Name in proper case - capital first letter for every word, the rest small (maria -> Maria).
AC6: Email copied as is.""",
      extended(HS,
               hs(email="tobi.akin@westbridge.com", firstname="TOBI", phone="1 (646) 555-0100"),
               hs(email="zainab.musa@sahelpay.ng", firstname="zainab", phone="+234 803 555 0199"),
               hs(email="peter.eke@gmail.com", firstname="peter john", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h154-08-sql-only-upper-surname-note", H, L, """CRMOPS-2178: Only SQLs to Salesforce Leads

Description:
As at when a contact becomes a Sales Qualified Lead in HubSpot, sales wants same in Salesforce. Nothing else should go for now.

Acceptance criteria:
Given a HubSpot contact whose Lifecycle Stage is salesqualifiedlead
When the sync runs
Then a Lead is created with Email copied as is, Last Name in capital letters (Volkov -> VOLKOV), and Description = the Company Name, a space, a hyphen, a space, then the Create Date as YYYY-MM-DD (e.g. Polar Logistics - 2023-12-05)

Given a HubSpot contact with any other Lifecycle Stage, or with no Lifecycle Stage
When the sync runs
Then nothing is sent to Salesforce for that contact""",
      extended(HS,
               hs(email="kelechi.uzo@harvestcredit.ng", lastname="Uzo", company="Harvest Credit",
                  lifecyclestage="salesqualifiedlead", createdate="2024-02-29T12:00:00.000Z"),
               hs(email="amaka.eze@gmail.com", lastname="Eze", company="Amaka Stores", lifecyclestage="opportunity"),
               hs(email="dayo.ola@ola.ng", lastname="Ola", company="Ola Ltd", lifecyclestage="")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['company']} - {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h154-09-kyc-mailing-address", H, C, """CRMOPS-2185 - HubSpot contact address into the Salesforce Contact mailing address

Description:
Compliance needs the address of our customers on the Salesforce Contact for the KYC letters. Kindly map as below.

Acceptance criteria:
AC1: Street Address -> Mailing Street
AC2: City -> Mailing City
AC3: State/Region -> Mailing State/Province
AC4: Postal Code -> Mailing Zip/Postal Code
AC5: Country/Region -> Mailing Country
AC6: Email -> Email, First Name -> First Name, Last Name -> Last Name
AC7: All of the above are one-to-one copies. Do not trim or reformat anything; where HubSpot has the field empty, send same empty.""",
      extended(HS,
               hs(email="olu.falana@gmail.com", firstname="Olu", lastname="Falana", address="12 Admiralty Way ",
                  city="Lekki", state="Lagos", zip="", country="Nigeria"),
               hs(email="hauwa.sani@kanoagro.ng", firstname="Hauwa", lastname="Sani", address="", city=" Kano",
                  state="  ", zip="700001", country="Nigeria")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h154-10-consent-flags", H, C, """CRMOPS-2190: Email Opt Out and Do Not Call flags on SF Contacts

Description:
The data protection regulator is strict on consent. On no account should we email or call a customer that did not agree, so kindly set the two flags as below.

Acceptance criteria:
AC1: Email Opt Out = true where the HubSpot "Unsubscribed from all email" is "true", and false where it is "false". In the event that the HubSpot value is empty, treat the person as opted out, i.e. Email Opt Out = true.
AC2: Do Not Call = true where BOTH Phone Number and Mobile Phone Number are empty in HubSpot (empty or only spaces). In every other case Do Not Call = false.
AC3: Email and Last Name copied as they are.""",
      extended(HS,
               hs(email="chinedu.okeke@okekeandsons.ng", lastname="Okeke", hs_email_optout="  ", phone="  ",
                  mobilephone=""),
               hs(email="bisi.alabi@gmail.com", lastname="Alabi", hs_email_optout="false", phone="",
                  mobilephone="0805 555 0101"),
               hs(email="ifeoma.udeh@udeh.ng", lastname="Udeh", hs_email_optout="true", phone="", mobilephone="   ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true" or blank(r["hs_email_optout"]),
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h154-11-surname-never-empty", H, C, """CRMOPS-2196 — Last Name must never be empty on SF Contacts

Description:
Salesforce is rejecting Contacts without Last Name, and many of our app sign-ups filled only one name or none at all. Kindly revert if anything is not clear.

Acceptance criteria:
AC1: Last Name = HubSpot Last Name.
AC2: In the event that the Last Name is empty, use the HubSpot First Name instead.
AC3: In the event that the First Name is ALSO empty, use the part of the email before the @ (tolu.b@gmail.com -> tolu.b).
AC4: First Name and Email are copied across as they are (First Name can go empty where it is empty).""",
      extended(lower_emails(HS),
               hs(email="sadiq@arewapay.ng", firstname="Sadiq", lastname=""),
               hs(email="tolu.b@gmail.com", firstname="  ", lastname="  "),
               hs(email="grace.ibe@ibe.ng", firstname="", lastname="Ibe")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h154-12-iso3-country-state-caps", H, C, """CRMOPS-2203: Mailing Country as 3-letter codes

Description:
Our core banking system reads Mailing Country from Salesforce, and same only understands ISO 3-letter codes. As at today HubSpot has only the six countries below; I have confirmed same with the data team.

Acceptance criteria:
AC1: Mailing Country from HubSpot Country/Region:
 United States = USA
 Japan = JPN
 Mexico = MEX
 France = FRA
 Nigeria = NGA
 Ghana = GHA
AC2: Mailing State/Province = State/Region in capital letters (lagos -> LAGOS). Where State/Region is empty, Mailing State/Province should not be sent at all.
AC3: Email as is.""",
      extended(HS,
               hs(email="kwame.mensah@accrafin.com.gh", country="Ghana", state="greater accra"),
               hs(email="ronke.ade@gmail.com", country="Nigeria", state="  "),
               hs(email="ebuka.nze@nze.ng", country="Nigeria", state="Lagos")))
def o12(r: R) -> Out:
    codes = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "Nigeria": "NGA",
             "Ghana": "GHA"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h154-13-us-desk-contacts-only", H, C, """CRMOPS-2210: US customers to Salesforce Contacts

Description:
Our US remittance desk wants their customers in Salesforce as Contacts. Only US people please.

Acceptance criteria:
AC1: Only contacts whose Country/Region is exactly United States should be sent. Any other country, or an empty country, should not get to Salesforce.
AC2: Email in small letters.
AC3: Business Phone = Mobile Phone Number; in the event that the mobile is empty, use the Phone Number. Copy the number as it is, no formatting.
AC4: Lead Source = Partner for all of them (they came through our US partner programme).""",
      extended(HS,
               hs(email="Kunle.Adewale@BrooklynRemit.com", country="United States", mobilephone="  ",
                  phone="(718) 555-0123"),
               hs(email="Nneka.Obi@Gmail.com", country="Nigeria", mobilephone="0803 555 0100"),
               hs(email="James.Reed@ReedCo.com", country="United States", mobilephone="(917) 555-0188", phone="")))
def o13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Partner"}


@case("h154-14-tidy-names-funnel-note", H, C, """CRMOPS-2218: HubSpot -> SF Contact, tidy names and funnel note

Description:
Relationship managers complained that names look rough in Salesforce and that they cannot see where the customer is in the funnel.

Acceptance criteria:
AC1: First Name and Last Name in proper case: first letter of each word capital, the rest small (ADEBAYO -> Adebayo, mary jane -> Mary Jane).
AC2: Title = Job Title with the spaces at the start and at the end removed.
AC3: Description from Lifecycle Stage:
 customer -> Active customer
 opportunity -> In pipeline
 salesqualifiedlead -> In pipeline
 any other stage, or no stage at all -> Prospect
AC4: Email copied as is.

Chidi Okafor added a comment - 18/Apr/24 11:02 AM
Kindly amend AC3: evangelist should also be Active customer. The other lines of AC3 remain as they are.""",
      extended(HS,
               hs(email="adebayo.ogun@ogunfx.ng", firstname="ADEBAYO", lastname="ogunleye",
                  jobtitle="  Treasury Analyst ", lifecyclestage="evangelist"),
               hs(email="mary.jane.okon@gmail.com", firstname="mary jane", lastname="OKON", jobtitle="   ",
                  lifecyclestage=""),
               hs(email="sam.ekpo@ekpo.ng", firstname="Sam", lastname="Ekpo", jobtitle="CFO ",
                  lifecyclestage="opportunity")))
def o14(r: R) -> Out:
    table = {"customer": "Active customer", "evangelist": "Active customer", "opportunity": "In pipeline",
             "salesqualifiedlead": "In pipeline"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "Description": table.get(r["lifecyclestage"], "Prospect")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h154-15-newsletter-double-opt-in", H, M, """CRMOPS-2224: Add HubSpot contacts to the Mailchimp newsletter audience

Description:
Marketing is starting the monthly newsletter. All HubSpot contacts should be added to the audience, with double opt-in.

Acceptance criteria:
AC1: Email Address = HubSpot Email; FNAME = First Name; LNAME = Last Name. Straight copy, even where empty.
AC2: Status = pending for every member, so that Mailchimp will send them the confirmation email.
AC3: Language = HubSpot Preferred language. Most of our contacts do not have this property at all, or it is blank; in the event that same is missing or blank, Language = en.""",
      extended(HS,
               hs(email="aisha.lawal@gmail.com", firstname="Aisha", lastname="Lawal", hs_language="fr"),
               hs(email="obinna.eze@ezeholdings.ng", firstname="", lastname="Eze", hs_language="  "),
               hs(email="yemi.ojo@ojo.ng", firstname="Yemi", lastname="", hs_language="yo")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "pending", "language": dflt(r.get("hs_language"), "en")}


@case("h154-16-status-from-unsubscribe-flag", H, M, """CRMOPS-2231: Mailchimp status from the HubSpot unsubscribe flag

Description:
Kindly ensure that the Mailchimp status follows the HubSpot "Unsubscribed from all email" property, as below.

Acceptance criteria:
Given the HubSpot value is "true"
When the member is synced
Then status = unsubscribed

Given the HubSpot value is "false"
When the member is synced
Then status = subscribed

Given the HubSpot value is empty
When the member is synced
Then status = transactional (we don't know their consent, so they should only get account notices, no marketing)

And in all cases Email Address = Email as it is, and tags = one single tag, hubspot-sync""",
      extended(HS,
               hs(email="uche.nwankwo@gmail.com", hs_email_optout="   "),
               hs(email="seyi.afolabi@afolabi.ng", hs_email_optout="false"),
               hs(email="halima.yakubu@kadunafin.ng", hs_email_optout="true")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "transactional" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h154-17-enterprise-and-referral-tags", H, M, """CRMOPS-2238: Segmentation tags on Mailchimp members

Description:
Marketing wants to target bigger companies and referred customers separately.

Acceptance criteria:
AC1: Where Number of Employees is more than 500, add the tag Enterprise. Where the Number of Employees is empty, no Enterprise tag.
AC2: Where Original Source is REFERRALS, add the tag Referral.
AC3: A member can get both tags; in that case Enterprise comes first, then Referral. A member that qualifies for neither should get an empty tag list.
AC4: Email Address = Email, as is.

Chidi Okafor added a comment - 22/Apr/24 3:47 PM
Marketing has reverted. The AC1 threshold should be more than 100 employees, not 500. The rest of the ticket stands.""",
      extended(HS,
               hs(email="ngozi.ibe@ibeandco.ng", numemployees="150", hs_analytics_source="REFERRALS"),
               hs(email="deji.oni@gmail.com", numemployees="  ", hs_analytics_source=""),
               hs(email="wale.adio@adio.ng", numemployees="450", hs_analytics_source="PAID_SEARCH")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Enterprise")
    if r["hs_analytics_source"] == "REFERRALS":
        tags.append("Referral")
    return {"email_address": r["email"], "tags": tags}


@case("h154-18-greeting-word-sms-number", H, M, """CRMOPS-2244: FNAME and SMS number for Mailchimp

Description:
We greet members by their first name only, and we want to start SMS campaigns from Mailchimp.

Acceptance criteria:
AC1: FNAME = only the first word of the HubSpot First Name (Oluwaseun Michael -> Oluwaseun).
AC2: PHONE = Mobile Phone Number; in the event that the mobile is empty, use the Phone Number instead. (Every contact in this list has at least one of the two.)
AC3: PHONE must be in E.164, i.e. + and digits only. A number that already starts with + keeps its own country code. A number without + is a US number, so +1 goes in front; where such a number already has 11 digits starting with 1, just add the +.
AC4: Email Address = Email as is.""",
      extended(HS,
               hs(email="oluwaseun.m@gmail.com", firstname="Oluwaseun Michael", mobilephone="  ",
                  phone="+234 1 555 0100"),
               hs(email="mary.ann.white@whiteco.com", firstname="Mary Ann", mobilephone="1-202-555-0190", phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h154-19-no-dear-blank-vip-stage", H, M, """CRMOPS-2251: Mailchimp - skip contacts with no first name

Description:
All our emails start with "Dear {FNAME}". On no account should we send "Dear ," to a customer, so contacts without a first name should not go to Mailchimp at all.

Acceptance criteria:
AC1: Where the HubSpot First Name is empty (or only spaces), do not send the contact.
AC2: Everybody else: Email Address = Email and FNAME = First Name, copied as they are.
AC3: Language = en for all.
AC4: VIP = true where Lifecycle Stage is customer or evangelist; false for every other stage, and false where the stage is empty.""",
      extended(HS,
               hs(email="kola.ade@gmail.com", firstname="  ", lifecyclestage="customer"),
               hs(email="ejiro.oke@okeenergy.ng", firstname="Ejiro", lifecyclestage="evangelist"),
               hs(email="tari.briggs@briggs.ng", firstname="Tari", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "language": "en",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h154-20-names-domain-fallback-vip", H, M, """CRMOPS-2257 | Mailchimp names and VIP flag

Description:
Kindly treat as priority, the campaign goes out on Friday.

Acceptance criteria:
AC1: LNAME = HubSpot Last Name in proper case (first letter of each word capital, the rest small: GARCIA -> Garcia).
AC2: FNAME = HubSpot First Name exactly as it is. In the event that the First Name is empty, put the email domain there instead, i.e. the part after the @ (for kola@paystack-demo.ng, FNAME becomes paystack-demo.ng), without any change of case.
AC3: VIP = true where Annual Revenue is more than 1,000,000; false where it is 1,000,000 or below, or empty.
AC4: Email Address = Email, copied.""",
      extended(lower_emails(HS),
               hs(email="kola@paystack-demo.ng", firstname="", lastname="ADEWALE", annualrevenue="1000000.5"),
               hs(email="ebere.nwosu@gmail.com", firstname="  ", lastname="nwosu okafor", annualrevenue="  "),
               hs(email="femi.kuti@kutimusic.ng", firstname="Femi", lastname="kuti", annualrevenue="950000")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_filled(r["firstname"], after_at(r["email"])),
                             "LNAME": title(r["lastname"])},
            "vip": gt(r["annualrevenue"], 1_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h154-21-identify-sorted-full-name", H, S, """CRMOPS-2263: Segment identify calls from HubSpot

Description:
Product analytics needs our HubSpot contacts identified in Segment.

Acceptance criteria:
AC1: userId = HubSpot Email converted to small letters.
AC2: traits.firstName = First Name, traits.lastName = Last Name, traits.title = Job Title. Plain copy, including where empty.
AC3: traits.name = Last Name, then a comma and a space, then First Name (e.g. Okafor, Chidi). That is how our reports sort people.""",
      extended(HS,
               hs(email="Chidera.Obi@KudiBank.NG", firstname="Chidera", lastname="Obi", jobtitle=""),
               hs(email="ABU.SULE@gmail.com", firstname="Abu", lastname="Sule", jobtitle="Trader")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['lastname']}, {r['firstname']}"}}


@case("h154-22-company-object-self-employed", H, S, """CRMOPS-2270: Company object on Segment identify

Description:
Analytics wants the company informations nested under traits.company (an object), not flat at traits level.

Acceptance criteria:
AC1: userId = HubSpot Email as it is.
AC2: traits.company.name = Company Name. In the event that the company name is empty, send Individual.
AC3: traits.company.industry = Industry; where the industry is empty, leave the industry key out entirely.
AC4: traits.company.employee_count = Number of Employees as a whole number (integer, e.g. 250 and not "250"). Where it is empty, leave the key out.

Chidi Okafor added a comment - 02/May/24 9:15 AM
Small change to AC2 after analytics reverted: the default name should be Self-employed, not Individual. AC3 and AC4 are unchanged.""",
      extended(HS,
               hs(email="musa.danjuma@gmail.com", company="  ", industry="  ", numemployees="  "),
               hs(email="ada.obi@moniedemo.ng", company="Monie Demo Ltd", industry="Fintech", numemployees="1200")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Self-employed"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h154-23-address-object-office-phone", H, S, """CRMOPS-2276: Address and phone traits in Segment

Description:
Kindly add the address and phone of each contact to the Segment profile.

Acceptance criteria:
AC1: userId = Email as is.
AC2: Under traits.address: city = City, postalCode = Postal Code, country = Country/Region, all copied as they are. traits.address.state = State/Region, but only where it is filled; where State/Region is empty, leave the state key out.
AC3: traits.phone = Phone Number; in the event that the Phone Number is empty, use the Mobile Phone Number. Format it in E.164: + and digits only; a number starting with + keeps its own country code; a number without + is a US number (+1 in front, or only the + where it is 11 digits starting with 1).
AC4: Where both numbers are empty, do not send traits.phone at all.""",
      extended(HS,
               hs(email="femi.bello@bello.ng", phone="", mobilephone="", city="Ibadan", zip="200001",
                  country="Nigeria", state="Oyo"),
               hs(email="lisa.grant@grantfx.com", phone="  ", mobilephone="1 917 555 0144", city="New York",
                  zip="10001", country="United States", state="  ")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h154-24-ussd-userid-consent-revenue", H, S, """CRMOPS-2282: Segment - clean userId and consent trait

Description:
Some emails in HubSpot came with spaces and capital letters from the USSD sign-up flow, and same is creating duplicate users in Segment.

Acceptance criteria:
AC1: userId = Email with the spaces at the start and end removed, then converted to small letters.
AC2: traits.website = Website URL copied as is.
AC3: traits.unsubscribed = true where "Unsubscribed from all email" is "true", and also true where it is empty (on no account should we assume consent); false only where it is "false".
AC4: traits.annual_revenue = Annual Revenue as a number (12000000, 2500000.75). Where it is empty, don't send the trait.""",
      extended(HS,
               hs(email="  Tayo.Ade@Gmail.com ", website="  ", hs_email_optout="  ", annualrevenue="  "),
               hs(email="BOLA.T@TINUBUFOODS.NG ", website="tinubufoods.ng", hs_email_optout="false",
                  annualrevenue="750000.50")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"],
                            "unsubscribed": r["hs_email_optout"] != "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h154-25-ga4-crm-synced-event", H, G, """CRMOPS-2289: Send HubSpot contacts to GA4 as an event

Description:
The growth team wants to see CRM contacts in GA4 side by side with the web behaviour.

Acceptance criteria:
AC1: client_id = HubSpot Email as is.
AC2: One event per contact, event name crm_contact_synced (always).
AC3: Event params:
 - crm = hubspot (fixed)
 - industry = Industry in small letters; in the event that Industry is empty, industry = unknown
 - country = Country/Region copied as is
 - signup_date = Create Date, the date part only, in YYYY-MM-DD format""",
      extended(HS,
               hs(email="gbenga.ali@alifoods.ng", industry="  ", country="Nigeria",
                  createdate="2024-05-27T12:30:00.000Z"),
               hs(email="ruth.ike@ikemedia.ng", industry="Media & PR", country="",
                  createdate="2024-09-01T12:00:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_synced",
                        "params": {"crm": "hubspot", "industry": "unknown" if blank(ind) else ind.lower(),
                                   "country": r["country"], "signup_date": day(r["createdate"])}}]}


@case("h154-26-ga4-high-value-contact", H, G, """CRMOPS-2295: GA4 event for high value contacts

Description:
Growth wants to build a GA4 audience of high value business customers. Only the big ones should be sent.

Acceptance criteria:
Given a HubSpot contact whose Annual Revenue is more than 1,000,000
When the sync runs
Then one GA4 event is sent, with client_id = the part of the email before the @ (ada.obi for ada.obi@kudi.ng), event name high_value_contact, and a param revenue = Annual Revenue as a number

Given a contact whose Annual Revenue is 1,000,000 or less, or is empty
When the sync runs
Then no event is sent for that contact""",
      extended(lower_emails(HS),
               hs(email="ada.obi@kudi.ng", annualrevenue="1000000.01"),
               hs(email="chuka.eze@gmail.com", annualrevenue="  "),
               hs(email="ifeanyi.nnaji@nnajigroup.ng", annualrevenue="980000")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h154-27-ga4-paid-or-organic-lead", H, G, """CRMOPS-2301: GA4 lead event named by channel

Description:
Growth wants to compare leads from paid channels with the organic ones inside GA4.

Acceptance criteria:
AC1: client_id = HubSpot Email, copied as is.
AC2: Event name = paid_lead where Original Source is PAID_SEARCH or PAID_SOCIAL. For every other Original Source, and where the Original Source is empty, event name = organic_lead.
AC3: Param job_title = Job Title; in the event that Job Title is empty, job_title = not set.
AC4: Param city = City, copied as is (empty stays empty).""",
      extended(HS,
               hs(email="lara.ojo@gmail.com", hs_analytics_source="PAID_SOCIAL", jobtitle="  ", city="Abuja"),
               hs(email="musa.ali@alitrade.ng", hs_analytics_source="", jobtitle="Trader", city="")))
def o27(r: R) -> Out:
    name = "paid_lead" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "organic_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "not set"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h154-28-sf-leads-back-to-hubspot", L, H, """CRMOPS-2304: Salesforce Leads back into HubSpot

Description:
Leads that the sales team creates directly in Salesforce are not in HubSpot, so marketing cannot nurture them. Kindly sync them across.

Acceptance criteria:
AC1: Email -> Email; First Name -> First Name; Last Name -> Last Name; Company -> Company Name; Title -> Job Title; Phone -> Phone Number; City -> City; Country -> Country/Region.
AC2: All one-to-one, no formatting. Where a Salesforce field is empty, the HubSpot property should be sent empty too; do not skip it and do not put any placeholder.""",
      extended(SFL,
               sfl(Email="kemi.adeyemi@adeyemifarms.ng", FirstName="Kemi", LastName="Adeyemi", Company="",
                   Title="  ", Phone="", City=" Ibadan", Country="Nigeria")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h154-29-rating-to-lead-status-optout-text", L, H, """CRMOPS-2311: Lead Status and unsubscribe flag from SF Leads

Description:
Marketing needs to see in HubSpot how warm each Salesforce Lead is, and who has opted out.

Acceptance criteria:
AC1: HubSpot Lead Status from the Salesforce Rating:
 Hot -> OPEN_DEAL
 Warm -> IN_PROGRESS
 Cold -> OPEN
 (Every Lead in our Salesforce has a Rating, a validation rule enforces same.)
AC2: HubSpot "Unsubscribed from all email" = the text "true" where Email Opt Out is ticked on the Lead, and the text "false" where it is not ticked.
AC3: Email -> Email, as is.""",
      extended(SFL,
               sfl(Email="zara.bello@bellofx.ng", Rating="Cold", HasOptedOutOfEmail=True),
               sfl(Email="ken.ude@gmail.com", Rating="Warm", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "OPEN"}
    return {"email": r["Email"], "hs_lead_status": table[r["Rating"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h154-30-status-to-stage-revenue", L, H, """CRMOPS-2317: Lifecycle stage and revenue from SF Leads

Description:
Kindly set the HubSpot lifecycle stage from the Salesforce Lead Status, and bring the revenue across.

Acceptance criteria:
Given a Salesforce Lead with Lead Status Open - Not Contacted, Then Lifecycle Stage = lead
Given Lead Status Working - Contacted, Then Lifecycle Stage = marketingqualifiedlead
Given Lead Status Closed - Converted, Then Lifecycle Stage = customer
Given Lead Status Closed - Not Converted, Then Lifecycle Stage = other
(Those four are the only statuses we use.)
And Annual Revenue = the Salesforce Annual Revenue as a number; in the event that same is empty, leave Annual Revenue out
And Email = the Salesforce Email in small letters""",
      extended(SFL,
               sfl(Email="Obinna.Chukwu@ChukwuMotors.NG", Status="Working - Contacted", AnnualRevenue="  "),
               sfl(Email="Amina.Garba@Gmail.com", Status="Closed - Converted", AnnualRevenue="2750000.25")))
def o30(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Status"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h154-31-uk-partner-referrals", L, H, """CRMOPS-2324: UK partner-referred Leads into HubSpot

Description:
Our London partners send us referrals, and same are captured as Leads in Salesforce. All of them have UK phone numbers.

Acceptance criteria:
AC1: Only Leads with Lead Source Partner should be synced; all other Leads should not get to HubSpot.
AC2: Phone Number = the Salesforce Phone in E.164 for the UK: digits only, remove the leading 0 and put +44 in front (020 7946 0321 -> +442079460321). Where the number already starts with +, keep it as the + and the digits.
AC3: Postal Code = the Salesforce Postal Code in capital letters.
AC4: Job Title = Title; in the event that Title is empty, Job Title = Not stated.
AC5: Email -> Email as is.

Chidi Okafor added a comment - 09/May/24 2:20 PM
Correction on AC1, my mistake: it should be Lead Source Partner Referral, not Partner. Leads with Lead Source Partner are NOT to be synced.""",
      extended(SFL,
               sfl(Email="nkechi.obi@londonremit.co.uk", LeadSource="Partner Referral", Phone="07700 900456",
                   PostalCode="e1 6an", Title="", Country="United Kingdom"),
               sfl(Email="tom.hale@halepartners.co.uk", LeadSource="Partner", Phone="020 7946 0000",
                   PostalCode="sw1a 1aa", Country="United Kingdom"),
               sfl(Email="femi.ola@olauk.co.uk", LeadSource="Partner Referral", Phone="+44 161 496 0011",
                   PostalCode="m1 1ae", Title="  ", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["LeadSource"] != "Partner Referral":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not stated")}


@case("h154-32-open-leads-street-and-city", L, H, """CRMOPS-2330: Non-converted Leads to HubSpot with full street address

Description:
Marketing wants the address in one line on the HubSpot contact for the direct mail campaign.

Acceptance criteria:
AC1: Leads with Lead Status Closed - Converted should not be synced (they are already customers in HubSpot). All other statuses go.
AC2: Street Address in HubSpot = Street + ", " + City (e.g. 200 Lake St, Chicago). In the event that Street is empty, Street Address = the City alone, without the comma.
AC3: Job Title = Title; where Title is empty, Job Title = Not provided.
AC4: Email -> Email.""",
      extended(SFL,
               sfl(Email="bode.thomas@thomasagro.ng", Street="  ", City="Abeokuta", Status="Working - Contacted",
                   Title="  "),
               sfl(Email="efe.omoregie@omoregie.ng", Street="5 Ring Road", City="Benin City",
                   Status="Closed - Converted"),
               sfl(Email="lami.bala@gmail.com", Street="14 Ahmadu Bello Way", City="Kaduna",
                   Status="Open - Not Contacted", Title="Director")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "jobtitle": dflt(r["Title"], "Not provided")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h154-33-contacts-status-website-tag", C, M, """CRMOPS-2336: Salesforce Contacts into Mailchimp

Description:
Kindly add our Salesforce Contacts to the Mailchimp audience with the right status.

Acceptance criteria:
AC1: Email Address = the Salesforce Email in small letters.
AC2: Status = unsubscribed where Email Opt Out is ticked, subscribed where it is not ticked.
AC3: Every member gets the tag Salesforce. Where Lead Source is Web, the member also gets a second tag, Website, after Salesforce.""",
      extended(SFC,
               sfc(Email="Ngozi.Uche@UcheFoods.NG", LeadSource="Web", HasOptedOutOfEmail=True),
               sfc(Email="AMAKA.OBI@gmail.com", LeadSource="  ", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Website"] if r["LeadSource"] == "Web" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h154-34-sms-audience-language-table", C, M, """CRMOPS-2342: SMS audience in Mailchimp from SF Contacts

Description:
We are setting up an SMS audience in Mailchimp. A Contact without a number is of no use there.

Acceptance criteria:
AC1: Contacts whose Business Phone is empty (or only spaces) should not be sent.
AC2: PHONE = Business Phone in E.164: + and digits only. A number starting with + keeps its own country code; a number without + is a US number, so +1 in front (where it already has 11 digits starting with 1, only add the +).
AC3: Language from Mailing Country:
 Germany -> de
 Austria -> at
 United States -> en
 Nigeria -> en
 France -> fr
 (No other country is in our Salesforce.)
AC4: Email Address = Email, as is.

Chidi Okafor added a comment - 27/May/24 12:40 PM
AC3 correction: Austria should be de, not at (at is not a language code, my bad). Other lines are fine.""",
      extended(SFC,
               sfc(Email="tunde.ola@olaholdings.ng", Phone="+234 1 555 0177", MailingCountry="Nigeria"),
               sfc(Email="claire.martin@martin.fr", Phone="   ", MailingCountry="France"),
               sfc(Email="joe.park@parkfin.com", Phone="1 503 555 0133", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Nigeria": "en", "France": "fr"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h154-35-valued-customer-finance-vip", C, M, """CRMOPS-2349: Mailchimp greeting name and VIP for finance people

Description:
Our CFO newsletter targets finance departments. Some Contacts have no first name, and we don't want an empty greeting.

Acceptance criteria:
AC1: FNAME = First Name; in the event that First Name is empty, FNAME = Valued Customer.
AC2: LNAME = Last Name, copied as it is.
AC3: VIP = true only where Department is exactly Finance (with capital F, as it is in the picklist we use). Any other department, or an empty department, VIP = false.
AC4: Status = subscribed for everybody.
AC5: Email Address = Email.""",
      extended(SFC,
               sfc(Email="kelechi.ama@amacapital.ng", FirstName="", LastName="Ama", Department="Finance"),
               sfc(Email="seun.alao@gmail.com", FirstName="  ", LastName="", Department="  "),
               sfc(Email="john.doe@doeco.com", FirstName="John", LastName="Doe", Department="finance")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Valued Customer"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Finance", "status": "subscribed"}


@case("h154-36-web-contacts-clear-tags", C, M, """CRMOPS-2355: Web sign-ups to Mailchimp onboarding audience

Description:
The onboarding audience is only for people who signed up on the website. We are also starting the audience afresh, so the old tags must be cleared.

Acceptance criteria:
Given a Salesforce Contact whose Lead Source is Web
When the sync runs
Then a member is sent with Email Address = Email, FNAME = First Name and LNAME = Last Name (copied as they are), status = subscribed, language = en, and tags = an empty list ([]), so that the existing tags are removed

Given a Contact with any other Lead Source, or with no Lead Source
When the sync runs
Then on no account should that Contact be sent""",
      extended(SFC,
               sfc(Email="bimbo.ade@gmail.com", FirstName="Bimbo", LastName="", LeadSource="Web"),
               sfc(Email="eze.nna@nnatech.ng", FirstName="Eze", LastName="Nna", LeadSource="Trade Show")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h154-37-identify-contacts-title-optional", C, S, """CRMOPS-2361: Segment identify from Salesforce Contacts

Description:
Analytics needs Salesforce Contacts as users in Segment.

Acceptance criteria:
AC1: userId = Salesforce Email in small letters.
AC2: traits.firstName = First Name, traits.lastName = Last Name, traits.department = Department. Straight copy; where any of these is empty, same goes empty.
AC3: traits.title = Title, but in the event that Title is empty, don't send traits.title at all.""",
      extended(SFC,
               sfc(Email="Oge.Nwafor@NwaforLaw.NG", Title="  ", Department=""),
               sfc(Email="IDRIS.LAWAL@GMAIL.COM", FirstName="Idris", LastName="Lawal", Title="Partner")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "department": r["Department"],
                            "title": omit_if_blank(r["Title"])}})


@case("h154-38-address-city-default-lagos", C, S, """CRMOPS-2367: Address traits for Segment from SF Contacts

Description:
Most of our Contacts without a city are from the Lagos head office onboarding, so we default them to Lagos.

Acceptance criteria:
AC1: userId = Email, without any change.
AC2: traits.address.city = Mailing City; in the event that Mailing City is empty (or only spaces), traits.address.city = Lagos.
AC3: traits.address.country = Mailing Country with the spaces at the beginning and the end removed.""",
      extended(SFC,
               sfc(Email="kayode.fash@fash.ng", MailingCity="  ", MailingCountry=" Nigeria "),
               sfc(Email="adanna.ibe@ibe.ng", MailingCity="Enugu", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Lagos"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h154-39-phone-full-name-team", C, S, """CRMOPS-2373: Phone, name and team traits for Segment

Description:
Kindly do the needful on the Segment profile of every Salesforce Contact as below.

Acceptance criteria:
AC1: userId = Email.
AC2: traits.phone = Business Phone in E.164: + and digits only; a number already starting with + keeps its own country code; without + it is a US number, so +1 in front (only the + where it is 11 digits starting with 1).
AC3: traits.name = First Name + a space + Last Name.
AC4: traits.team from Department:
 Engineering -> tech
 IT -> tech
 Sales -> revenue
 Marketing -> revenue
 Finance -> finance
 any other department, or empty -> general

Chidi Okafor added a comment - 03/Jun/24 8:55 AM
One change to AC4: Marketing should map to growth, not revenue. Sales stays revenue.""",
      extended(SFC,
               sfc(Email="ama.boateng@boatengfx.com", FirstName="Ama", LastName="Boateng", Department="Marketing",
                   Phone="1 (503) 555-0101"),
               sfc(Email="ola.kunle@kunle.ng", FirstName="Ola", LastName="Kunle", Department="Finance",
                   Phone="+234 803 555 0166"),
               sfc(Email="sam.reed@reed.com", FirstName="Sam", LastName="Reed", Department="Legal",
                   Phone="(971) 555-0144")))
def o39(r: R) -> Out:
    team = {"Engineering": "tech", "IT": "tech", "Sales": "revenue", "Marketing": "growth", "Finance": "finance"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "team": team.get(r["Department"], "general")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h154-40-members-proper-names-optout-text", M, H, """CRMOPS-2380: Mailchimp members into HubSpot contacts

Description:
People who subscribed on the Mailchimp form are not in HubSpot. Kindly bring them in as below.

Acceptance criteria:
AC1: Email = Email Address, as is.
AC2: First Name = FNAME in proper case (first letter of every word capital, the rest small).
AC3: Last Name = LNAME in proper case as well; in the event that LNAME is empty, Last Name = Unknown.
AC4: Company Name = COMPANY; where COMPANY is empty, do not send Company Name at all.
AC5: "Unsubscribed from all email" = the text "true" where the Mailchimp status is unsubscribed or cleaned, and the text "false" for any other status.""",
      extended(MC,
               mc({"FNAME": "NGOZI ADA", "LNAME": "okonkwo", "COMPANY": "  "},
                  email_address="ngozi.okonkwo@okonkwo.ng", status="pending"),
               mc({"FNAME": "tunde", "LNAME": "  ", "COMPANY": "Tunde Logistics"},
                  email_address="tunde@tundelogistics.ng", status="cleaned")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": title(mf["LNAME"]) if not blank(mf["LNAME"]) else "Unknown",
                 "company": omit_if_blank(mf["COMPANY"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h154-41-skip-unsubscribed-vip-stage", M, H, """CRMOPS-2386: Mailchimp members to HubSpot, without the unsubscribed ones

Description:
We want the Mailchimp audience in HubSpot for the sales team. People who unsubscribed should not be disturbed.

Acceptance criteria:
AC1: Members with status unsubscribed should not be synced. Every other status goes.
AC2: Phone Number = PHONE in E.164 (+ and digits only; a number starting with + keeps its country code; without + it is a US number, +1 in front, or only the + where it is 11 digits starting with 1). In the event that PHONE is empty, leave Phone Number out.
AC3: Company Name = COMPANY, copied as is.
AC4: Lifecycle Stage = customer where the member is VIP; subscriber where the member is not VIP.
AC5: Email = Email Address.

Chidi Okafor added a comment - 12/Jun/24 5:30 PM
Sales reverted on AC4: members that are not VIP should be lead, not subscriber. VIP remains customer.""",
      extended(MC,
               mc({"PHONE": "  ", "COMPANY": "Suya Spot"}, email_address="suya.spot@gmail.com", status="subscribed",
                  vip=True),
               mc({"PHONE": "1 646 555 0111", "COMPANY": ""}, email_address="dan.cole@colefarm.com",
                  status="pending", vip=False),
               mc({"PHONE": "+234 803 555 0100"}, email_address="gone@oldmail.ng", status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h154-42-first-word-domain-customer-tag", M, H, """CRMOPS-2392: Mailchimp members -> HubSpot, first name, company and stage

Description:
Kindly map the members as below. Revert to me if you have any question.

Acceptance criteria:
AC1: First Name = the first word of FNAME only (Chioma Grace -> Chioma).
AC2: Company Name = COMPANY; in the event that COMPANY is empty, use the email domain, i.e. the part of the Email Address after the @ (chioma@gracebeauty.ng -> gracebeauty.ng).
AC3: Lifecycle Stage = customer where the member has the tag Customer (exactly like that, capital C); lead where the member does not have that tag.
AC4: Email = Email Address.""",
      extended(MC,
               mc({"FNAME": "Chioma Grace", "COMPANY": "  "}, email_address="chioma@gracebeauty.ng",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Ibrahim", "COMPANY": ""}, email_address="ibrahim@sahelagro.ng", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set154")
