"""Held-out set 33 for the offline mapping drafter (written before any tuning on it).

Persona: a marketing-automation specialist in Bangalore who writes requirement notes in Indian
English business style ("Kindly map ...", "the same should be ...", "pls", "w/o", "incase",
"PFB the mapping", "as is", "to be populated with", numbered points "1) 2) 3)", capitalised
Field Names / HubSpot labels, API names in brackets after labels now and then, the odd missing
article).

Pairs (42): hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6 (09-14),
-> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3 (25-27);
salesforce.Lead -> hubspot.contacts 5 (28-32); salesforce.Contact -> mailchimp.members 4 (33-36),
-> segment.identify 3 (37-39); mailchimp.members -> hubspot.contacts 3 (40-42).

Rule kinds: copies; constants (01 06 09 16 18 20 25 26 27 30 36 41); defaults when empty
(01 09 13 23 25 31 32 37 38 39); fallback chains (2 long: 03 11 16 17; 3 long: 08; ending in
"leave it out": 03); omit when empty (03 04 05 07 10 21 22 23 27 31 34 38 39 40 41 42);
transforms: lower (02 13 15 21 23 25 29 33 37 41), upper (13 20 27 32 36 41), trim (05 22 40),
title case (05 19 22 32 40), first word (14 20), before @ (16 26), after @ (27), E.164 US
(03 17 39 42) / UK (11) / DE (30 34), as a number (04 25 27 31), whole number (07 21),
YYYY-MM-DD (06 24 26); value tables with otherwise (02 18 29 32 36) and without (24 28 35);
conditions: equality (08 12 15 18 24 42), greater than (04 14), blank (10); true/false flags
both directions (08 10 18 24 35 38 read/write booleans; hs_email_optout read as text 08 10 15
19 26, written as text 29 40); filters only (08 11 14 16 17 25 27 30 34 41) / exclude (07 13 19
26 31 36 42); nested destinations (Segment traits.company.x / traits.address.x 21 22 37,
Mailchimp merge_fields.X, GA4 events[].params); Mailchimp tags constant (15 20 33) and
conditional (15 19 35); concatenation / templates (06 with a date part, 12 23 32 39).

Match key: every text names the destination's match key (Lead/Contact Email, HubSpot email,
Mailchimp email_address, Segment userId, GA4 client_id), so no oracle has to add one (see
authoring.MATCH_KEY_NOTE for the general rule).
"""

from __future__ import annotations

import copy
from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, extended, lower_emails
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _hs(**kw: str) -> R:
    base = {"email": "", "firstname": "", "lastname": "", "company": "", "phone": "", "mobilephone": "",
            "jobtitle": "", "hs_analytics_source": "", "lifecyclestage": "lead", "country": "", "city": "",
            "state": "", "zip": "", "address": "", "annualrevenue": "", "numemployees": "", "industry": "",
            "website": "", "createdate": "2025-01-01T12:00:00.000Z", "hs_email_optout": "false"}
    base.update(kw)
    return base


# set-specific HubSpot contacts
HA = _hs(email="arjun.mehta@tejasinfra.in", firstname=" Arjun ", lastname="mehta", company="  ", phone="",
         mobilephone="+91 98450 12345", jobtitle="director of sales", hs_analytics_source="EMAIL_MARKETING",
         lifecyclestage="opportunity", country="India", city="bengaluru", state="KA", zip="560001",
         address="12 MG Road", annualrevenue="45000000", numemployees="320", industry="Construction",
         website="https://tejasinfra.in", createdate="2024-06-18T12:30:00.000Z", hs_email_optout="false")
HB = _hs(email="Olivia.Bennett@Kestrel.co.uk", firstname="olivia", lastname="BENNETT", company="Kestrel Partners",
         phone="020 7946 0958", mobilephone="07700 900123", jobtitle="", hs_analytics_source="SOCIAL_MEDIA",
         lifecyclestage="evangelist", country="United Kingdom", city="London", state="", zip="EC1A 1BB",
         address="1 Aldersgate St", annualrevenue="780000", numemployees="9", industry="Finance",
         website="kestrel.co.uk", createdate="2025-02-11T13:15:00.000Z", hs_email_optout=" ")
HC = _hs(email="wei.zhang@jadeharbor.sg", firstname="Wei Ling", lastname="Zhang", company="Jade Harbor Pte Ltd",
         phone="", mobilephone="", jobtitle="Growth Manager", hs_analytics_source="DIRECT_TRAFFIC",
         lifecyclestage="lead", country="Singapore", city="Singapore", state="", zip="018989",
         address="8 Marina Blvd", annualrevenue="6000000.5", numemployees="", industry="Retail",
         website="https://jadeharbor.sg", createdate="2025-08-30T12:00:00.000Z", hs_email_optout="false")
HD = _hs(email="fatima.alsayed@brightpath.ae", firstname="Fatima", lastname="Alsayed", company="",
         phone="+971 4 555 0123", mobilephone="", jobtitle="Marketing Director", hs_analytics_source="PAID_SEARCH",
         lifecyclestage="salesqualifiedlead", country="United Arab Emirates", city="Dubai", state="", zip="",
         address="Sheikh Zayed Rd", annualrevenue="5200000", numemployees="60", industry="Education",
         website="https://brightpath.ae", createdate="2025-04-22T12:10:00.000Z", hs_email_optout="true")
HE = _hs(email="tomas.novak@vltava.cz", firstname="Tomas Jan", lastname="Novak", company="",
         phone="(646) 555-0171", mobilephone="", jobtitle="Analyst", hs_analytics_source="",
         lifecyclestage="marketingqualifiedlead", country="Czech Republic", city="Prague", state="", zip="11000",
         address="Na Prikope 1", annualrevenue="4999000", numemployees="5", industry="Consulting",
         website="", createdate="2025-10-03T12:45:00.000Z", hs_email_optout="")
HF = _hs(email="rahul.kapoor@thamesbyte.co.uk", firstname="Rahul", lastname="Kapoor", company="ThamesByte",
         phone="0161 496 0753", mobilephone="", jobtitle="CTO", hs_analytics_source="REFERRALS",
         lifecyclestage="lead", country="United Kingdom", city="Manchester", state="", zip="M1 1AE",
         address="10 Piccadilly", annualrevenue="3200000", numemployees="45", industry="Software",
         website="https://thamesbyte.co.uk", createdate="2024-11-05T12:00:00.000Z", hs_email_optout="false")
HG = _hs(email="emma.clarke@bramblehouse.co.uk", firstname="Emma", lastname="Clarke", company="Bramble House",
         phone="020 7946 0111", mobilephone="+44 7700 900456", jobtitle="Founder", hs_analytics_source="OFFLINE",
         lifecyclestage="customer", country="United Kingdom", city="Bristol", state="", zip="BS1 4DJ",
         address="3 Queen Sq", annualrevenue="1500000", numemployees="22", industry="Hospitality",
         website="https://bramblehouse.co.uk", createdate="2022-05-17T12:00:00.000Z", hs_email_optout="false")
HI = _hs(email="info.desk@kaveri-foods.in", firstname="", lastname="", company="Kaveri Foods",
         hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="subscriber", country="India", city="Mysuru",
         state="KA", zip="570001", createdate="2026-01-15T12:00:00.000Z", hs_email_optout="false")
HJ = _hs(email="jordan.reyes@palmcrest.com", firstname="Jordan", lastname="Reyes", company="Palmcrest Realty",
         phone="", mobilephone="(305) 555-0110", jobtitle="Broker", hs_analytics_source="PAID_SOCIAL",
         lifecyclestage="lead", country="United States", city="Miami", state="FL", zip="33131",
         address="200 Brickell Ave", annualrevenue="900000", numemployees="14", industry="Real Estate",
         website="https://palmcrest.com", createdate="2025-05-20T12:00:00.000Z", hs_email_optout="false")
HK = _hs(email="megan.holt@ridgelinegear.com", firstname="Megan", lastname="Holt", company="Ridgeline Gear",
         phone="1 212 555 0199", mobilephone="", jobtitle="Ecommerce Lead", hs_analytics_source="ORGANIC_SEARCH",
         lifecyclestage="marketingqualifiedlead", country="United States", city="New York", state="NY", zip="10001",
         address="5 W 34th St", annualrevenue="3100000", numemployees="28", industry="Retail",
         website="", createdate="2025-09-09T12:00:00.000Z", hs_email_optout="true")
HL = _hs(email="sanjana.iyer@nilgiriteas.in", firstname="Sanjana", lastname="Iyer", company="Nilgiri Teas",
         phone="", mobilephone="", jobtitle="Category Head", hs_analytics_source="OFFLINE",
         lifecyclestage="customer", country="India", city="Coimbatore", state="TN", zip="641001",
         address="4 Race Course Rd", annualrevenue="", numemployees="140", industry="Food",
         website="https://nilgiriteas.in", createdate="2021-09-14T12:20:00.000Z", hs_email_optout="false")

# set-specific Salesforce leads
LA = {"Email": "Neha.Sharma@Vistaraweb.in", "FirstName": "neha", "LastName": "SHARMA", "Company": "Vistara Web Solutions",
      "Title": "Digital Marketing Manager", "Phone": "", "Street": "", "City": "pune", "PostalCode": "411001",
      "Country": "India", "Status": "Working - Contacted", "Rating": "", "LeadSource": "Advertisement",
      "HasOptedOutOfEmail": False, "AnnualRevenue": "1800000.5"}
LB = {"Email": "klaus.becker@nordwerk.de", "FirstName": "Klaus", "LastName": "Becker", "Company": "Nordwerk GmbH",
      "Title": "Einkaufsleiter", "Phone": "030 5550 1234", "Street": "Friedrichstr 10", "City": "Berlin",
      "PostalCode": "10117", "Country": "Germany", "Status": "Open - Not Contacted", "Rating": "Warm",
      "LeadSource": "Seminar - Partner", "HasOptedOutOfEmail": True, "AnnualRevenue": "7500000"}
LC = {"Email": "anna.schmidt@brueckenbau.de", "FirstName": "Anna", "LastName": "Schmidt", "Company": "Brückenbau AG",
      "Title": "Projektleiterin", "Phone": "+49 89 5550 7788", "Street": "Leopoldstr 5", "City": "Munich",
      "PostalCode": "80802", "Country": "Germany", "Status": "Working - Contacted", "Rating": "Hot",
      "LeadSource": "Web", "HasOptedOutOfEmail": False, "AnnualRevenue": "22000000"}
LD = {"Email": "max.vogel@rheinmedia.de", "FirstName": "Max", "LastName": "Vogel", "Company": "Rheinmedia",
      "Title": "", "Phone": "0221 555 0142", "Street": "Domkloster 4", "City": "Cologne", "PostalCode": "50667",
      "Country": "Germany", "Status": "Closed - Not Converted", "Rating": "Cold", "LeadSource": "Purchased List",
      "HasOptedOutOfEmail": False, "AnnualRevenue": "950000"}
LE = {"Email": "priyanka.das@gmail.com", "FirstName": "Priyanka", "LastName": "Das", "Company": "", "Title": "",
      "Phone": "+91 98300 11223", "Street": "", "City": "Kolkata", "PostalCode": "700001", "Country": "India",
      "Status": "Open - Not Contacted", "Rating": "Warm", "LeadSource": "Web", "HasOptedOutOfEmail": False,
      "AnnualRevenue": ""}

# set-specific Salesforce contacts
CA = {"Email": "ravi.krishnan@cloudnine.in", "FirstName": "Ravi", "LastName": "Krishnan", "Title": "Product Marketing Lead",
      "Department": "Marketing", "Phone": "", "MailingCity": "Chennai", "MailingCountry": "India",
      "LeadSource": "Partner Referral", "HasOptedOutOfEmail": False, "Birthdate": "1988-02-14"}
CB = {"Email": "sarah.klein@mainfluss.de", "FirstName": "Sarah", "LastName": "Klein", "Title": "Head of CRM",
      "Department": "Marketing", "Phone": "069 555 0177", "MailingCity": "Frankfurt", "MailingCountry": "Germany",
      "LeadSource": "Email", "HasOptedOutOfEmail": True, "Birthdate": "1979-08-30"}
CC = {"Email": "jonas.weber@isarlabs.de", "FirstName": "Jonas", "LastName": "Weber", "Title": "Data Engineer",
      "Department": "Engineering", "Phone": "", "MailingCity": "Munich", "MailingCountry": "Germany",
      "LeadSource": "Web", "HasOptedOutOfEmail": False, "Birthdate": ""}
CD = {"Email": "lucia.fernandez@solaris.es", "FirstName": "Lucía", "LastName": "Fernández", "Title": "Buyer",
      "Department": "Purchasing", "Phone": "+34 91 555 0123", "MailingCity": "Madrid", "MailingCountry": "Spain",
      "LeadSource": "Advertisement", "HasOptedOutOfEmail": False, "Birthdate": "1992-03-09"}

# set-specific Mailchimp members
MA = {"email_address": "Deepa.Nair@Malabar-Spice.in", "status": "pending",
      "merge_fields": {"FNAME": " Deepa ", "LNAME": "nair", "PHONE": "+91 80 5555 0123", "COMPANY": "Malabar Spice Co"},
      "tags": ["Trade Show"], "language": "en", "vip": False}
MB = {"email_address": "Karthik.Rao@Udupi-Cafe.com", "status": "subscribed",
      "merge_fields": {"FNAME": "Karthik", "LNAME": "Rao", "PHONE": "+1 (408) 555-0166", "COMPANY": "Udupi Cafe"},
      "tags": [], "language": "kn", "vip": True}


def pick(*recs: R) -> list[R]:
    return [copy.deepcopy(r) for r in recs]


def omit_blank(v: object, f=lambda x: x) -> object:
    return OMIT if blank(v) else f(v)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h33-01-lead-company-default-source-const", H, L,
      "Kindly map HubSpot contacts to SF Leads as below:\n"
      "1) Email, First Name & Last Name as is\n"
      "2) Company Name to Company (Company), incase blank pls populate 'Not Provided'\n"
      "3) Lead Source (LeadSource) to be populated with 'Web' for all records",
      extended(HS, HA, HB))
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not Provided"), "LeadSource": "Web"}


SRC_TABLE = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Web", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}


@case("h33-02-lead-source-table-else-other", H, L,
      "PFB the mapping for HS contact -> SF Lead. 1) Email to Email, the same should be in lower case "
      "2) Last Name to LastName as is 3) Original Source (hs_analytics_source) to Lead Source as per below, for "
      "any other value or blank pls put 'Other': ORGANIC_SEARCH & PAID_SEARCH = Web, PAID_SOCIAL = Advertisement, "
      "REFERRALS = External Referral, EMAIL_MARKETING = Email",
      extended(HS, HA, HB, HC))
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": SRC_TABLE.get(r["hs_analytics_source"], "Other")}


@case("h33-03-lead-phone-e164-mobile-fallback", H, L,
      "Need Phone on the Lead in E.164 format. Kindly map HubSpot Phone Number to Phone (Phone), numbers w/o "
      "country code are US numbers. Incase Phone Number is blank take Mobile Phone Number instead (same E.164 "
      "logic), if both are blank pls don't send Phone at all. Email & Job Title (to Title) as is.",
      extended(HS, HA, HC))
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": omit_blank(ph, e164), "Title": r["jobtitle"]})


@case("h33-04-lead-rating-by-revenue", H, L,
      "Lead Rating to be derived from Annual Revenue of the contact: 1) Annual Revenue greater than 5,000,000 -> "
      "Rating 'Hot' 2) else 'Warm' 3) incase Annual Revenue is blank Rating should be 'Cold'. Also pls send "
      "Annual Revenue to AnnualRevenue as a number, w/ blank revenue omit the field. Email and Company Name (to "
      "Company) as is.",
      extended(HS, HA, HB, HC))
def _(r: R) -> Out:
    rv = r["annualrevenue"]
    rating = "Cold" if blank(rv) else ("Hot" if float(rv) > 5000000 else "Warm")
    return keep({"Email": r["email"], "Company": r["company"], "Rating": rating,
                 "AnnualRevenue": omit_blank(rv, num)})


@case("h33-05-lead-trim-title-case", H, L,
      "Names coming from HubSpot forms are messy, pls clean while mapping to Lead:\n"
      "1) First Name -> FirstName, trimmed & in Title Case\n"
      "2) Last Name -> LastName in Title Case\n"
      "3) City -> City, Title Case\n"
      "4) State/Region -> State as is, incase blank leave it out\n"
      "5) Email as is",
      extended(HS, HA, HB))
def _(r: R) -> Out:
    return keep({"FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "State": omit_blank(r["state"]), "Email": r["email"]})


@case("h33-06-lead-description-template-date", H, L,
      "For the HS -> Lead sync pls populate Description as 'HubSpot | <Lifecycle Stage> | created on <Create Date "
      "as YYYY-MM-DD>', eg. 'HubSpot | lead | created on 2023-07-02'. Status to be hardcoded as 'Open - Not "
      "Contacted'. Email, Last Name & Company Name to be mapped as is.",
      HS)
def _(r: R) -> Out:
    return {"Description": f"HubSpot | {r['lifecyclestage']} | created on {day(r['createdate'])}",
            "Status": "Open - Not Contacted", "Email": r["email"], "LastName": r["lastname"], "Company": r["company"]}


@case("h33-07-lead-exclude-customers-employees", H, L,
      "Pls exclude contacts whose Lifecycle Stage is customer or evangelist (they are already Contacts in SF). "
      "For rest of the contacts map Email, First Name, Last Name as is, Mobile Phone Number to MobilePhone as is & "
      "Number of Employees to Employees (NumberOfEmployees) as whole number - incase Number of Employees is blank "
      "leave it out.",
      extended(HS, HA, HB, HC))
def _(r: R) -> Out:
    if r["lifecyclestage"] in ("customer", "evangelist"):
        return None
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "MobilePhone": r["mobilephone"],
                 "NumberOfEmployees": omit_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h33-08-lead-mql-sql-only-company-chain", H, L,
      "Only MQL & SQL contacts (lifecyclestage marketingqualifiedlead / salesqualifiedlead) to be pushed to Leads, "
      "others to be skipped.\n"
      "1) Email -> Email\n"
      "2) Last Name -> LastName\n"
      "3) Company: Company Name, if blank then Website URL, if that also blank then 'Individual'\n"
      "4) Email Opt Out (HasOptedOutOfEmail) = true when hs_email_optout is 'true', else false (blank also false)\n"
      "5) Rating = 'Hot' for salesqualifiedlead & 'Warm' for marketingqualifiedlead",
      extended(HS, HC, HD, HE))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    comp = r["company"] if not blank(r["company"]) else dflt(r["website"], "Individual")
    return {"Email": r["email"], "LastName": r["lastname"], "Company": comp,
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "Rating": "Hot" if r["lifecyclestage"] == "salesqualifiedlead" else "Warm"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h33-09-contact-title-default-dept-const", H, C,
      "HubSpot contact to SF Contact mapping - Email, Last Name as is. Job Title to Title, incase blank default "
      "'Not Specified'. City to Mailing City & Country/Region to Mailing Country (MailingCountry) as is. "
      "Department to be populated with 'Marketing' for all.",
      extended(HS, HB))
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "Not Specified"),
            "MailingCity": r["city"], "MailingCountry": r["country"], "Department": "Marketing"}


@case("h33-10-contact-optout-donotcall", H, C,
      "Kindly map below for SF Contact:\n"
      "1) Email as is\n"
      "2) Email Opt Out (HasOptedOutOfEmail) - true if HubSpot Unsubscribed from all email is 'true', false if it "
      "is 'false' or blank\n"
      "3) Do Not Call (DoNotCall) - true when both Phone Number & Mobile Phone Number are blank, else false\n"
      "4) Business Phone (Phone) = Phone Number as is, incase blank don't set it",
      extended(HS, HA, HB, HC))
def _(r: R) -> Out:
    return keep({"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
                 "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]), "Phone": omit_blank(r["phone"])})


@case("h33-11-contact-uk-only-mobile-e164", H, C,
      "Sync only UK contacts (Country/Region = 'United Kingdom') to SF Contact, others to be ignored. Email as is. "
      "Mobile Phone (MobilePhone) = Mobile Phone Number in E.164, these are UK nos. so +44 if no country code; "
      "incase mobile is blank use Phone Number (same E.164 UK format). First Name & Last Name as is.",
      pick(HS[0], HB, HF, HS[1], HG))
def _(r: R) -> Out:
    if r["country"] != "United Kingdom":
        return None
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return {"Email": r["email"], "MobilePhone": e164(ph, "44"), "FirstName": r["firstname"],
            "LastName": r["lastname"]}


@case("h33-12-contact-description-concat-source-cond", H, C,
      "Contact Description (Description) to be '<Job Title> at <Company Name>', eg. 'VP Marketing at Northwind "
      "Analytics'; incase Job Title is blank then only Company Name. Lead Source: 'Advertisement' if Original "
      "Source is PAID_SEARCH or PAID_SOCIAL, else 'Web'. Also Email & Last Name as is.",
      pick(HS[0], HS[1], HS[3], HS[4], HC))
def _(r: R) -> Out:
    desc = r["company"] if blank(r["jobtitle"]) else f"{r['jobtitle']} at {r['company']}"
    src = "Advertisement" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "Web"
    return {"Description": desc, "LeadSource": src, "Email": r["email"], "LastName": r["lastname"]}


@case("h33-13-contact-exclude-japan-case-state-default", H, C,
      "Pls exclude Japan contacts (Country/Region = Japan). Rest to be mapped to SF Contact:\n"
      "1) Email in lower case\n"
      "2) Last Name in UPPER case\n"
      "3) First Name as is\n"
      "4) Postal Code -> Mailing Zip/Postal Code (MailingPostalCode)\n"
      "5) State/Region -> Mailing State/Province (MailingState), if blank put 'NA'",
      extended(HS, HB))
def _(r: R) -> Out:
    if r["country"] == "Japan":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"].upper(), "FirstName": r["firstname"],
            "MailingPostalCode": r["zip"], "MailingState": dflt(r["state"], "NA")}


@case("h33-14-contact-revenue-gt-first-word", H, C,
      "HS -> SF Contact only for contacts with Annual Revenue greater than 1,000,000, blank revenue to be skipped. "
      "Map Email, Last Name as is. First Name: only first word of First Name pls (few ppl have put full name "
      "there). City to Other City (OtherCity) and Street Address to Mailing Street.",
      extended(HS, HA, HB, HC, HE))
def _(r: R) -> Out:
    if blank(r["annualrevenue"]) or float(r["annualrevenue"]) <= 1000000:
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": first_word(r["firstname"]),
            "OtherCity": r["city"], "MailingStreet": r["address"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h33-15-mc-status-optout-tags", H, M,
      "HubSpot -> Mailchimp audience:\n"
      "1) Email to Email Address (email_address) in lower case\n"
      "2) status 'unsubscribed' when Unsubscribed from all email (hs_email_optout) = 'true', else 'subscribed' - "
      "blank to be treated as not opted out\n"
      "3) FNAME & LNAME from First Name & Last Name\n"
      "4) Tags: 'hubspot-sync' for all, add 'customer' also incase Lifecycle Stage is customer",
      extended(HS, HB, HG))
def _(r: R) -> Out:
    tags = ["hubspot-sync"] + (["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"].lower(),
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": tags}


@case("h33-16-mc-fname-before-at-fallback", H, M,
      "Only subscriber & lead stage contacts to go to Mailchimp. email_address = Email. FNAME = First Name, incase "
      "First Name is blank pls take the part of the email before the @ as FNAME. LNAME as is. status 'pending' for "
      "all (double opt in).",
      lower_emails(extended(HS, HI, HA, HC)))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("subscriber", "lead"):
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], before_at(r["email"])), "LNAME": r["lastname"]},
            "status": "pending"}


@case("h33-17-mc-us-only-phone-e164", H, M,
      "US contacts only (Country/Region = United States). email_address as is, merge_fields.PHONE = Phone Number "
      "in E.164 (US, +1), if Phone Number is empty use Mobile Phone Number (E.164 US) instead. FNAME = First Name.",
      pick(HS[0], HS[1], HS[3], HJ, HK, HS[4]))
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"email_address": r["email"], "merge_fields": {"PHONE": e164(ph), "FNAME": r["firstname"]}}


LANG = {"France": "fr", "Japan": "ja", "Mexico": "es"}


@case("h33-18-mc-language-table-vip", H, M,
      "Mailchimp language to be set from Country/Region: France -> fr, Japan -> ja, Mexico -> es, for all other "
      "countries 'en'. email_address as is, email_type hardcoded 'html', vip = true when Lifecycle Stage is "
      "customer or evangelist, else false.",
      extended(HS, HA, HB))
def _(r: R) -> Out:
    return {"language": LANG.get(r["country"], "en"), "email_address": r["email"], "email_type": "html",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h33-19-mc-exclude-optout-source-tags", H, M,
      "Pls exclude contacts who have unsubscribed i.e. hs_email_optout = 'true' (blank optout means not "
      "unsubscribed, those to be synced). For remaining: email_address as is, LNAME = Last Name in Title Case, "
      "Tags - 'Paid' incase Original Source is PAID_SEARCH or PAID_SOCIAL, 'Organic' incase it is ORGANIC_SEARCH, "
      "for any other source or blank source tags should be empty list.",
      extended(HS, HA, HB, HC, HD, HE))
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    s = r["hs_analytics_source"]
    tags = ["Paid"] if s in ("PAID_SEARCH", "PAID_SOCIAL") else (["Organic"] if s == "ORGANIC_SEARCH" else [])
    return {"email_address": r["email"], "merge_fields": {"LNAME": title(r["lastname"])}, "tags": tags}


@case("h33-20-mc-first-word-upper-const-tags", H, M,
      "Mailchimp mapping for HS contacts: 1) email_address = Email 2) FNAME = first word of First Name 3) LNAME = "
      "Last Name in upper case 4) status to be 'subscribed' 5) Tags 'HS Import' & 'Q4-2026' (in that order) for "
      "every member",
      extended(HS, HA, HC, HE))
def _(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"].upper()},
            "status": "subscribed", "tags": ["HS Import", "Q4-2026"]}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h33-21-seg-company-traits", H, S,
      "Segment identify call: userId = Email in lower case. Company details under traits.company - name from "
      "Company Name (incase blank leave it out), industry from Industry as is, employee_count = Number of "
      "Employees as whole number (leave out if blank).",
      extended(HS, HA, HC))
def _(r: R) -> Out:
    return keep({"userId": r["email"].lower(), "traits": {"company": {
        "name": omit_blank(r["company"]), "industry": r["industry"],
        "employee_count": omit_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h33-22-seg-address-trim-title", H, S,
      "Segment: userId = Email. traits.firstName = First Name trimmed. traits.address.street = Street Address, "
      "traits.address.city = City in Title Case, traits.address.postalCode = Postal Code & traits.address.state = "
      "State/Region - the state to be left out incase blank.",
      extended(HS, HA, HB))
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "firstName": r["firstname"].strip(),
        "address": {"street": r["address"], "city": title(r["city"]), "postalCode": r["zip"],
                    "state": omit_blank(r["state"])}}})


@case("h33-23-seg-name-concat-title-default", H, S,
      "For Segment identify pls map userId w/ Email & traits.email w/ Email in lower case. traits.name = First Name "
      "+ space + Last Name. traits.title = Job Title, incase blank default 'Unknown'. traits.website = Website URL, "
      "skip if blank.",
      extended(HS, HC, HJ, HK))
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "email": r["email"].lower(), "name": f"{r['firstname']} {r['lastname']}",
        "title": dflt(r["jobtitle"], "Unknown"), "website": omit_blank(r["website"])}})


STAGE = {"subscriber": "Subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
         "salesqualifiedlead": "SQL", "customer": "Customer"}


@case("h33-24-seg-created-date-stage-table", H, S,
      "Segment traits from HubSpot: userId = Email, traits.createdAt = Create Date (date only, YYYY-MM-DD), "
      "traits.lifecycle_stage as per Lifecycle Stage: subscriber = 'Subscriber', lead = 'Lead', "
      "marketingqualifiedlead = 'MQL', salesqualifiedlead = 'SQL', customer = 'Customer'. traits.is_customer to be "
      "true for customer stage else false.",
      HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {
        "createdAt": day(r["createdate"]), "lifecycle_stage": STAGE[r["lifecyclestage"]],
        "is_customer": r["lifecyclestage"] == "customer"}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h33-25-ga4-generate-lead-value", H, G,
      "GA4: for contacts in Lifecycle Stage lead or marketingqualifiedlead send one event 'generate_lead'. "
      "client_id to be constant 'hs-crm-sync'. Event params: currency = 'INR', value = Annual Revenue as number "
      "(0 incase blank), source = Original Source in lower case, incase blank 'unknown'. Other stages not to be "
      "sent.",
      extended(HS, HC, HE, HK))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead"):
        return None
    rv = r["annualrevenue"]
    return {"client_id": "hs-crm-sync", "events": [{"name": "generate_lead", "params": {
        "currency": "INR", "value": 0 if blank(rv) else num(rv),
        "source": dflt(r["hs_analytics_source"], "unknown").lower()}}]}


@case("h33-26-ga4-sign-up-exclude-optout", H, G,
      "GA4 MP mapping: client_id = part of Email before @, user_id = Email (full), event name 'sign_up' w/ params "
      "method = 'hubspot_form', lifecycle_stage = Lifecycle Stage as is & signup_date = Create Date as YYYY-MM-DD. "
      "Exclude contacts having Unsubscribed from all email = 'true' (blank is ok, send them).",
      lower_emails(extended(HS, HB)))
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"client_id": before_at(r["email"]), "user_id": r["email"], "events": [{"name": "sign_up", "params": {
        "method": "hubspot_form", "lifecycle_stage": r["lifecyclestage"], "signup_date": day(r["createdate"])}}]}


@case("h33-27-ga4-customers-domain-upper", H, G,
      "Only customer & evangelist contacts to GA4. client_id = Email, event 'close_convert_lead', params: currency "
      "'USD', value = Annual Revenue as number (pls leave value out incase revenue blank), company_domain = part of "
      "Email after @, country = Country/Region in upper case.",
      lower_emails(extended(HS, HB, HG, HL)))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    params = keep({"currency": "USD", "value": omit_blank(r["annualrevenue"], num),
                   "company_domain": after_at(r["email"]), "country": r["country"].upper()})
    return {"client_id": r["email"], "events": [{"name": "close_convert_lead", "params": params}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

LSTATUS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
           "Closed - Not Converted": "UNQUALIFIED"}


@case("h33-28-sfl-hs-lead-status-table", L, H,
      "SF Lead -> HubSpot contact. Kindly map Lead Status (Status) to HubSpot Lead Status (hs_lead_status) as "
      "below:\n"
      "1) Open - Not Contacted -> NEW\n"
      "2) Working - Contacted -> IN_PROGRESS\n"
      "3) Closed - Converted -> OPEN_DEAL\n"
      "4) Closed - Not Converted -> UNQUALIFIED\n"
      "email, First Name, Last Name & Company Name from Email, FirstName, LastName, Company as is.",
      extended(SFL, LA, LB))
def _(r: R) -> Out:
    return {"hs_lead_status": LSTATUS[r["Status"]], "email": r["Email"], "firstname": r["FirstName"],
            "lastname": r["LastName"], "company": r["Company"]}


@case("h33-29-sfl-hs-optout-text-rating-stage", L, H,
      "SF Lead -> HS: 1) email = Email in lower case 2) hs_email_optout to be populated w/ text 'true' when Email "
      "Opt Out is checked, else 'false' 3) Lifecycle Stage: 'salesqualifiedlead' for Rating Hot, "
      "'marketingqualifiedlead' for Warm, else 'lead' (blank Rating also 'lead')",
      extended(SFL, LA, LB))
def _(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return {"email": r["Email"].lower(), "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "lifecyclestage": stage}


@case("h33-30-sfl-hs-germany-only-e164-de", L, H,
      "Only German leads (Country = Germany) to be synced to HubSpot, pls skip others. Phone Number (phone) = Phone "
      "in E.164 - German nos. so +49 w/o the leading 0, numbers already having + to be kept w/ their own code. City "
      "& Zip/Postal Code (to Postal Code) as is, Country/Region hardcoded 'DE'. email as is.",
      extended(SFL, LB, LC, LD))
def _(r: R) -> Out:
    if r["Country"] != "Germany":
        return None
    return {"phone": e164(r["Phone"], "49"), "city": r["City"], "zip": r["PostalCode"], "country": "DE",
            "email": r["Email"]}


@case("h33-31-sfl-hs-exclude-closed-revenue-number", L, H,
      "Exclude leads w/ Status 'Closed - Not Converted'. For others:\n"
      "1) email = Email\n"
      "2) Annual Revenue -> annualrevenue as number, incase blank omit\n"
      "3) Company Name = Company, default 'Unknown' incase blank\n"
      "4) Job Title from Title, leave out if Title blank",
      extended(SFL, LA, LE))
def _(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return keep({"email": r["Email"], "annualrevenue": omit_blank(r["AnnualRevenue"], num),
                 "company": dflt(r["Company"], "Unknown"), "jobtitle": omit_blank(r["Title"])})


@case("h33-32-sfl-hs-message-template-city-upper", L, H,
      "Lead -> HubSpot contact, PFB:\n"
      "1) email as is\n"
      "2) First Name in Title Case\n"
      "3) City in UPPER case\n"
      "4) Country/Region = Country, incase blank 'Not Known'\n"
      "5) Message (message) to be populated as 'SF Lead Source: <Lead Source>', incase Lead Source is blank then "
      "'SF Lead Source: NA'",
      extended(SFL, LA))
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": title(r["FirstName"]), "city": r["City"].upper(),
            "country": dflt(r["Country"], "Not Known"), "message": f"SF Lead Source: {dflt(r['LeadSource'], 'NA')}"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h33-33-sfc-mc-status-from-optout", C, M,
      "SF Contact -> Mailchimp. email_address = Email in lower case; status = 'unsubscribed' if Email Opt Out is "
      "true, else 'subscribed'; FNAME & LNAME from First Name, Last Name as is; Tags: 'salesforce' for all members.",
      extended(SFC, CA, CB))
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": ["salesforce"]}


@case("h33-34-sfc-mc-dach-phone-e164-de", C, M,
      "Only DACH contacts pls (Mailing Country is Germany, Austria or Switzerland). email_address as is, "
      "merge_fields.PHONE = Business Phone in E.164 format, for numbers w/o country code assume Germany (+49, drop "
      "the leading 0); incase Phone is blank leave PHONE out. language to be 'de' for all.",
      pick(SFC[1], SFC[2], CA, CB, CC))
def _(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria", "Switzerland"):
        return None
    return keep({"email_address": r["Email"], "merge_fields": {"PHONE": omit_blank(r["Phone"], lambda v: e164(v, "49"))},
                 "language": "de"})


DEPT_TAG = {"Marketing": "mkt", "Sales": "sales", "Engineering": "tech"}


@case("h33-35-sfc-mc-dept-tags-vip", C, M,
      "Tags to be populated as per Department: Marketing = 'mkt', Sales = 'sales', Engineering = 'tech'; incase "
      "Department blank, tags as empty list. vip = true when Lead Source is Partner Referral or Trade Show, else "
      "false. email_address & FNAME as is.",
      extended(SFC, CA, CB))
def _(r: R) -> Out:
    tags = [] if blank(r["Department"]) else [DEPT_TAG[r["Department"]]]
    return {"tags": tags, "vip": r["LeadSource"] in ("Partner Referral", "Trade Show"),
            "email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}}


@case("h33-36-sfc-mc-exclude-optout-language", C, M,
      "Exclude opted-out contacts (Email Opt Out = true). For rest: email_address as is, FNAME in UPPER case, LNAME "
      "as is, status 'pending', language from Mailing Country - Germany & Austria -> 'de', India -> 'en', for any "
      "other country don't set language.",
      extended(SFC, CA, CB, CC, CD))
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de", "India": "en"}.get(r["MailingCountry"], OMIT)
    return keep({"email_address": r["Email"],
                 "merge_fields": {"FNAME": r["FirstName"].upper(), "LNAME": r["LastName"]},
                 "status": "pending", "language": lang})


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h33-37-sfc-seg-basic-title-default", C, S,
      "SF Contact -> Segment identify: userId = Email in lower case, traits.firstName & traits.lastName from First "
      "Name / Last Name, traits.title = Title (incase blank 'Not Available'), traits.address.city = Mailing City "
      "and traits.address.country = Mailing Country.",
      extended(SFC, CA))
def _(r: R) -> Out:
    return {"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"], "title": dflt(r["Title"], "Not Available"),
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}}


@case("h33-38-sfc-seg-birthday-optin-inverted", C, S,
      "userId = Email as is. traits.birthday = Birthdate, leave it out incase blank. traits.email_opt_in = true "
      "when Email Opt Out is false, false when Email Opt Out is true. traits.department = Department, default "
      "'General' when blank.",
      extended(SFC, CB, CC))
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "birthday": omit_blank(r["Birthdate"]), "email_opt_in": not r["HasOptedOutOfEmail"],
        "department": dflt(r["Department"], "General")}})


@case("h33-39-sfc-seg-name-concat-phone-e164", C, S,
      "Segment: userId from Email. traits.name = Last Name + ', ' + First Name (eg. 'Wagner, Felix'). "
      "traits.phone = Business Phone in E.164, assume US for nos. w/o + country code; blank phone - leave out. "
      "traits.lead_source = Lead Source, incase blank 'Direct'.",
      extended(SFC, CA))
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "name": f"{r['LastName']}, {r['FirstName']}", "phone": omit_blank(r["Phone"], e164),
        "lead_source": dflt(r["LeadSource"], "Direct")}})


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h33-40-mc-hs-optout-text-trim-title", M, H,
      "Mailchimp member -> HubSpot contact:\n"
      "1) email = Email Address as is\n"
      "2) First Name = FNAME trimmed\n"
      "3) Last Name = LNAME in Title Case, blank LNAME to be left out\n"
      "4) hs_email_optout = text 'true' incase status is unsubscribed or cleaned, else 'false'",
      extended(MC, MA))
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"].strip(),
                 "lastname": omit_blank(mf["LNAME"], title),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h33-41-mc-hs-subscribed-only-language-upper", M, H,
      "Only subscribed members (status = subscribed) to HubSpot. email = Email Address in lower case, First Name "
      "from FNAME, Lifecycle Stage hardcoded 'subscriber', Preferred language (hs_language) = language in upper "
      "case, Phone Number = PHONE merge field as is - incase PHONE blank leave it out.",
      extended(MC, MA, MB))
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"].lower(), "firstname": mf["FNAME"], "lifecyclestage": "subscriber",
                 "hs_language": r["language"].upper(), "phone": omit_blank(mf["PHONE"])})


@case("h33-42-mc-hs-exclude-cleaned-vip-stage", M, H,
      "Exclude cleaned members. For rest: email = Email Address, firstname = FNAME, lifecyclestage 'customer' for "
      "VIP members (vip = true) else 'lead', Phone Number = PHONE in E.164 (US incase no + code), leave out if "
      "PHONE empty.",
      extended(MC, MA, MB))
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "lifecyclestage": "customer" if r["vip"] else "lead", "phone": omit_blank(mf["PHONE"], e164)})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set33")
