"""Held-out set 64 for the offline mapping drafter.

Persona: Priya, a marketing-operations lead in Austin who explains every rule by example. She
states each field briefly ("Phone: E.164") and then shows what happens to real-looking values
("(512) 555-0147 -> +15125550147"); her examples only illustrate what her words already say.
She always says what to match on and what happens to blanks where it matters.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h64-01 .. h64-08)
  hubspot.contacts -> salesforce.Contact   6  (h64-09 .. h64-14)
  hubspot.contacts -> mailchimp.members    6  (h64-15 .. h64-20)
  hubspot.contacts -> segment.identify     4  (h64-21 .. h64-24)
  hubspot.contacts -> ga4.events           3  (h64-25 .. h64-27)
  salesforce.Lead  -> hubspot.contacts     5  (h64-28 .. h64-32)
  salesforce.Contact -> mailchimp.members  4  (h64-33 .. h64-36)
  salesforce.Contact -> segment.identify   3  (h64-37 .. h64-39)
  mailchimp.members -> hubspot.contacts    3  (h64-40 .. h64-42)

Rule kinds per case:
  01 copies (blank copies ''), two constants  22 nested company traits: default, omit-when-empty, integer
  02 title case x2, default (blank/spaces)    23 nested address: copies, title, upper, default; date
  03 E.164 US w/ fallback + omit, default     24 E.164 w/ fallback + omit, boolean (blank stated), number/omit
  04 lower, table w/ otherwise (blank), copy  25 GA4: client_id lower, constant event, lower param, copy
  05 table w/ otherwise, number/omit, copy    26 GA4: only filter, conditional event name, const, number/0
  06 only filter (exact), copies, int/omit    27 GA4: exclude filter, part before @, default, int/omit
  07 exclude blank, concat + date, trim       28 copies (with empty values)
  08 fallback concat after @, table->omit,    29 table (no otherwise, all 4 statuses), "true"/"false"
     boolean (blank stated)                      text, title case x2
  09 copies into Mailing* (blanks)            30 only filter, E.164 UK, upper, number/omit, copy
  10 lower, E.164 US x2 w/ omit, default      31 lower, table w/ otherwise (blank), table -> omit, copy
  11 boolean (blank stated), table w/ other-  32 exclude filter, title/omit, default x2, copies
     wise, constant                           33 lower, title x2, boolean->status, const + cond. tag
  12 fallback chain, first word, default      34 only filter, E.164 US/omit, copies, constants
  13 exclude filter, title, omit, table->omit 35 exclude filter, first word, vip condition, table w/
  14 only filter, concat + date, E.164 w/        otherwise (blank), constant
     fallback + omit, constant                36 only filter (blank), copies, const + conditional tag
  15 lower, copies (blank), constants, 1 tag  37 lower userId, copies, default, omit-when-empty
  16 3-way status (blank stated), title, tags 38 E.164/omit, nested address copy + default, omit
  17 skip filter, lower, first word, E.164    39 exclude blank, concatenation, lower x2
     w/ fallback + omit                       40 title x2, status -> "true"/"false" text, omit
  18 number > condition (blank stated),       41 only filter, E.164 US/omit, fallback before @,
     constants, upper                            vip -> lifecycle condition
  19 exclude filter, copy, title, tag table   42 exclude filter, first word, default x2, table
     w/ otherwise, constant                      (no otherwise)
  20 fallback before @, default, status,
     empty tag list
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(**kw: Any) -> R:
    return {**MC[0], **kw}


# ---------------------------------------------------------------- Priya's own records (Austin and friends)

MARY = hs(email="MaryAnn.Vasquez@Gmail.com", firstname="mARY ann", lastname="VASQUEZ", company="",
          phone="(512) 555-0147", mobilephone="", jobtitle="  marketing manager ", hs_analytics_source="SOCIAL_MEDIA",
          lifecyclestage="", country="", city="austin", state="tx", zip="78701", address="301 Congress Ave",
          annualrevenue="", numemployees="", industry="", website="", createdate="2024-02-15T14:20:00.000Z",
          hs_email_optout="")
TUAN = hs(email="T.Nguyen@BartonCreekDental.com", firstname="Tuan", lastname="Nguyen", company="Barton Creek Dental",
          phone="512.555.0163", mobilephone="+1 512 555 0188", jobtitle="Office Manager",
          hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="opportunity", country="United States", city="Austin",
          state="TX", zip="78746", address="2700 Bee Caves Rd", annualrevenue="1500000", numemployees="9",
          industry="Healthcare", website="bartoncreekdental.com", createdate="2023-09-30T16:45:00.000Z",
          hs_email_optout="false")
OLIVER = hs(email="oliver.bennett@thameslight.co.uk", firstname="oliver", lastname="bennett", company="Thameslight Media",
            phone="+44 20 7946 0958", mobilephone="07700 900123", jobtitle="Content Lead",
            hs_analytics_source="EMAIL_MARKETING", lifecyclestage="customer", country="United Kingdom", city="London",
            state="", zip="SE1 9GF", address="18 Bankside", annualrevenue="9000000", numemployees="65",
            industry="Media", website="https://thameslight.co.uk", createdate="2022-06-10T11:00:00.000Z",
            hs_email_optout="true")
ROSA = hs(email="rosa.delgado@hillcountrybbq.com", firstname="rosa", lastname="delgado", company="  ",
          phone="", mobilephone="", jobtitle="", hs_analytics_source="OFFLINE", lifecyclestage="evangelist",
          country="  ", city="Round Rock", state="TX", zip="78664", address="", annualrevenue="", numemployees="",
          industry="", website="", createdate="2024-04-03T13:10:00.000Z", hs_email_optout="false")
SAM = hs(email="sam.whitfield@lonestarhvac.com", firstname="Sam", lastname="Whitfield", company="Lone Star HVAC",
         phone="1 (737) 555-0102", mobilephone="", jobtitle="owner", hs_analytics_source="PAID_SEARCH",
         lifecyclestage="lead", country="United States", city="Pflugerville", state="TX", zip="78660",
         address="15 Main St", annualrevenue="650000", numemployees="", industry="Construction", website="",
         createdate="2023-05-22T17:00:00.000Z", hs_email_optout="false")
INFO = hs(email="info@eastsidecoffee.com", firstname="", lastname="", company="Eastside Coffee",
          phone="512-555-0190", mobilephone="", jobtitle="", hs_analytics_source="ORGANIC_SEARCH",
          lifecyclestage="subscriber", country="United States", city="Austin", state="TX", zip="78702",
          address="1400 E 6th St", annualrevenue="", numemployees="6", industry="Food",
          website="https://eastsidecoffee.com", createdate="2024-05-11T12:30:00.000Z", hs_email_optout="false")
CHER = hs(email="cher@cherlive.com", firstname="Cher", lastname="", company="", phone="", mobilephone="(512) 555-0111",
          jobtitle="Singer", hs_analytics_source="REFERRALS", lifecyclestage="lead", country="United States",
          city="Austin", state="TX", zip="78704", address="", annualrevenue="", numemployees="",
          industry="Entertainment", website="https://cherlive.com", createdate="2024-06-01T12:00:00.000Z",
          hs_email_optout="true")
HANNAH = hs(email="hannah.brooks@southcongresscycles.com", firstname="Hannah", lastname="Brooks",
            company="South Congress Cycles", phone="", mobilephone="", jobtitle="Owner", hs_analytics_source="REFERRALS",
            lifecyclestage="customer", country="United States", city="Austin", state="TX", zip="78704",
            address="1500 S Congress Ave", annualrevenue="", numemployees="14", industry="Retail",
            website="https://southcongresscycles.com", createdate="2021-08-19T15:00:00.000Z", hs_email_optout="false")

MARCUS = sfl(Email="Marcus.Lee@ZilkerCreative.com", FirstName="marcus", LastName="LEE", Company="Zilker Creative",
             Title="creative director", Phone="(512) 555-0147", Street="1100 Barton Springs Rd", City="Austin",
             PostalCode="78704", Country="", Status="Working - Contacted", Rating="", LeadSource="Web",
             HasOptedOutOfEmail=False, AnnualRevenue="750000")
ANNA = sfl(Email="anna.schmidt@elbedigital.de", FirstName="Anna", LastName="Schmidt", Company="Elbe Digital",
           Title="Head of Growth", Phone="040 5555 0123", Street="Speicherstadt 5", City="Hamburg", PostalCode="20457",
           Country="Germany", Status="Open - Not Contacted", Rating="Warm", LeadSource="Advertisement",
           HasOptedOutOfEmail=True, AnnualRevenue="3200000")
DEE = sfl(Email="dee.robinson@bluebonnetbakery.com", FirstName="", LastName="Robinson", Company="", Title="",
          Phone="", Street="500 E 7th St", City="Austin", PostalCode="78701", Country="United States",
          Status="Open - Not Contacted", Rating="Cold", LeadSource="", HasOptedOutOfEmail=False, AnnualRevenue="")
FREYA = sfl(Email="freya.hughes@brightonbrew.co.uk", FirstName="Freya", LastName="Hughes", Company="Brighton Brew",
            Title="Founder", Phone="01273 555012", Street="4 Kings Rd", City="Brighton", PostalCode="bn1 1nb",
            Country="United Kingdom", Status="Working - Contacted", Rating="Warm", LeadSource="Trade Show",
            HasOptedOutOfEmail=True, AnnualRevenue="")
TOM = sfl(Email="tom.price@merseyai.co.uk", FirstName="Tom", LastName="Price", Company="Mersey AI", Title="CTO",
          Phone="+44 151 555 0199", Street="2 Water St", City="Liverpool", PostalCode="L2 8TD",
          Country="United Kingdom", Status="Open - Not Contacted", Rating="Hot", LeadSource="Web",
          HasOptedOutOfEmail=False, AnnualRevenue="1750000.5")

JORDAN = sfc(Email="Jordan.Reyes@EastAustinYoga.com", FirstName="jordan", LastName="reyes", Title="Studio Owner",
             Department="", Phone="512-555-0171", MailingCity="Austin", MailingCountry="United States",
             LeadSource="Word of mouth", HasOptedOutOfEmail=False, Birthdate="1992-08-14")
NINA = sfc(Email="nina.keller@zurichpay.ch", FirstName="Nina", LastName="Keller", Title="Product Marketing",
           Department="Marketing", Phone="+41 44 555 0160", MailingCity="Zurich", MailingCountry="Switzerland",
           LeadSource="Partner", HasOptedOutOfEmail=True, Birthdate="")
SAMO = sfc(Email="sam.ortiz@riverbendchurch.org", FirstName="Sam", LastName="Ortiz", Title="", Department="Sales",
           Phone="", MailingCity="", MailingCountry="", LeadSource="", HasOptedOutOfEmail=False, Birthdate="")
KAYLA = sfc(Email="kayla.brown@atxroofing.com", FirstName="Kayla Marie", LastName="Brown", Title="Office Manager",
            Department="", Phone="", MailingCity="Austin", MailingCountry="United States", LeadSource="Phone Inquiry",
            HasOptedOutOfEmail=False, Birthdate="1988-02-29")

BELLA = mc(email_address="bella.cruz@muellermarket.com", status="pending",
           merge_fields={"FNAME": "bella rose", "LNAME": "cruz", "PHONE": "512-555-0139", "COMPANY": "Mueller Market"},
           tags=["Austin", "Webinar"], language="en", vip=False)
SIXTH = mc(email_address="ops@sixthstreetsound.com", status="subscribed",
           merge_fields={"FNAME": "", "LNAME": "", "PHONE": "+1 (512) 555-0120", "COMPANY": "Sixth Street Sound"},
           tags=[], language="", vip=False)


def us_phone(r: R, *keys: str) -> Any:
    """E.164 (US default) of the first non-blank of ``keys``; OMIT when all are blank."""
    for k in keys:
        if not blank(r[k]):
            return e164(r[k])
    return OMIT


def opted_out(r: R) -> bool:
    return r["hs_email_optout"] == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h64-01-lead-copies-web-open", H, L,
      "HubSpot contacts -> Salesforce leads. Match on email.\n"
      "Email, First Name, Last Name, Company: copy them straight across, e.g. Priya / Raman / Northwind Analytics "
      "land exactly like that. A blank company just stays blank, no placeholder.\n"
      "Lead Source: 'Web' on every lead, whatever HubSpot says the source was.\n"
      "Lead Status: 'Open - Not Contacted' for all of them.",
      extended(HS, MARY, TUAN))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web", "Status": "Open - Not Contacted"}


@case("h64-02-lead-title-case-individual", H, L,
      "Leads from HubSpot, matched on email. Email goes over as is.\n"
      "FirstName: title case, so 'mARY ann' becomes 'Mary Ann' and 'maria' becomes 'Maria'.\n"
      "LastName: title case too, 'GARCIA' -> 'Garcia'.\n"
      "Company: as is; if it's empty or just spaces, like for maryann.vasquez@gmail.com, put 'Individual'.",
      extended(HS, MARY, ROSA, OLIVER))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Company": dflt(r["company"], "Individual")}


@case("h64-03-lead-e164-mobile-fallback", H, L,
      "Match on email; Email as is.\n"
      "Phone: E.164, and a number without a + is a US number. E.g. (512) 555-0147 -> +15125550147, "
      "1 (737) 555-0102 -> +17375550102 (the 1 is already there), and +44 20 7946 0958 keeps its own +44 and just "
      "loses the spaces: +442079460958. If the phone is empty, use the mobile number instead, formatted the same way; "
      "if both are empty, leave Phone off.\n"
      "Title: job title as is.\n"
      "Country: as is; blank -> 'United States'.",
      extended(HS, MARY, SAM, OLIVER, ROSA))
def _(r: R) -> R:
    return keep({"Email": r["email"], "Phone": us_phone(r, "phone", "mobilephone"), "Title": r["jobtitle"],
                 "Country": dflt(r["country"], "United States")})


@case("h64-04-lead-status-from-stage", H, L,
      "Match on email. Email: lower case, e.g. Priya.Raman@Northwind.io -> priya.raman@northwind.io.\n"
      "Lead Status, from lifecycle stage: salesqualifiedlead -> 'Working - Contacted' (Dmitri at Polar Logistics, "
      "say), customer -> 'Closed - Converted', anything else -> 'Open - Not Contacted', and that includes a blank "
      "stage.\n"
      "Last Name and Company: as is.",
      extended(HS, MARY, TUAN, OLIVER))
def _(r: R) -> R:
    status = {"salesqualifiedlead": "Working - Contacted", "customer": "Closed - Converted"}.get(
        r["lifecyclestage"], "Open - Not Contacted")
    return {"Email": r["email"].lower(), "Status": status, "LastName": r["lastname"], "Company": r["company"]}


@case("h64-05-lead-rating-revenue", H, L,
      "Match on email, Email as is.\n"
      "Rating: 'Hot' for customers (e.g. Fiesta Foods, lifecycle stage customer -> Hot), 'Warm' for opportunity and "
      "salesqualifiedlead, 'Cold' for everyone else, blank stage included.\n"
      "Annual Revenue: as a number, e.g. '2500000.75' -> 2500000.75 and '12000000' -> 12000000; if it's blank, "
      "leave Annual Revenue off.\n"
      "Company: as is.",
      extended(HS, MARY, TUAN, OLIVER, HANNAH))
def _(r: R) -> R:
    st = r["lifecyclestage"]
    rating = "Hot" if st == "customer" else "Warm" if st in ("opportunity", "salesqualifiedlead") else "Cold"
    return keep({"Email": r["email"], "Rating": rating,
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "Company": r["company"]})


@case("h64-06-lead-us-only-address", H, L,
      "Only contacts whose country is exactly 'United States'; skip everyone else, blank country included. "
      "Match on email.\n"
      "Email: as is. Street <- street address, City <- city, State <- state, Zip/Postal Code <- zip: all as is, "
      "e.g. 500 Howard St / San Francisco / CA / 94107.\n"
      "Employees: number of employees as a whole number, e.g. '250' -> 250; blank -> leave Employees off.",
      extended(HS, MARY, TUAN, SAM, ROSA))
def _(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    return keep({"Email": r["email"], "Street": r["address"], "City": r["city"], "State": r["state"],
                 "PostalCode": r["zip"],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h64-07-lead-source-description", H, L,
      "Match on email; Email as is. Skip anyone whose original source is blank.\n"
      "Description: 'HubSpot source: ' + original source + ', created ' + create date as YYYY-MM-DD. "
      "E.g. Northwind -> 'HubSpot source: ORGANIC_SEARCH, created 2023-03-14'.\n"
      "Title: job title with the stray spaces trimmed off both ends, e.g. '  marketing manager ' -> "
      "'marketing manager'; a blank one stays blank.\n"
      "Last Name: as is.",
      extended(HS, MARY, ROSA, TUAN))
def _(r: R) -> R | None:
    if blank(r["hs_analytics_source"]):
        return None
    return {"Email": r["email"],
            "Description": f"HubSpot source: {r['hs_analytics_source']}, created {day(r['createdate'])}",
            "Title": r["jobtitle"].strip(), "LastName": r["lastname"]}


@case("h64-08-lead-website-industry-optout", H, L,
      "Match on email (Email as is; they're all lower case already).\n"
      "Website: as is; if blank, 'https://' + whatever comes after the @ in the email, e.g. "
      "kenji.tanaka@sakura-robotics.jp has no website, so it gets https://sakura-robotics.jp.\n"
      "Industry, from the HubSpot industry: Software -> 'Technology', Logistics -> 'Transportation', "
      "Food -> 'Food & Beverage', Healthcare -> 'Healthcare'. Any other industry, or a blank one -> leave Industry off.\n"
      "Email Opt Out: true when 'Unsubscribed from all email' is 'true'; false when it's 'false' or blank.",
      lower_emails(extended(HS, TUAN, MARY, HANNAH)))
def _(r: R) -> R:
    ind = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage",
           "Healthcare": "Healthcare"}.get(r["industry"], OMIT)
    web = "https://" + after_at(r["email"]) if blank(r["website"]) else r["website"]
    return keep({"Email": r["email"], "Website": web, "Industry": ind, "HasOptedOutOfEmail": opted_out(r)})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h64-09-contact-mailing-copies", H, C,
      "HubSpot contacts -> Salesforce contacts, match on email.\n"
      "Email, FirstName, LastName: as is.\n"
      "Mailing address, straight copies: street address -> Mailing Street, city -> Mailing City, state -> Mailing "
      "State, zip -> Mailing Zip, country -> Mailing Country. Blanks stay blank, e.g. Kenji in Tokyo has no state, so "
      "his Mailing State is just empty.",
      extended(HS, OLIVER, TUAN))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h64-10-contact-both-phones", H, C,
      "Match on email. Email: lower case, e.g. T.Nguyen@BartonCreekDental.com -> t.nguyen@bartoncreekdental.com.\n"
      "Business Phone: E.164, and anything without a + is a US number: 617-555-0123 -> +16175550123, while "
      "+81 3 5555 0100 keeps its +81 -> +81355550100. No phone -> leave Business Phone off.\n"
      "Mobile Phone: same formatting from the mobile number, e.g. 415.555.0199 -> +14155550199, "
      "+1 512 555 0188 -> +15125550188; no mobile -> leave Mobile Phone off.\n"
      "Title: job title; 'n/a' when it's blank.",
      extended(HS, MARY, TUAN, SAM))
def _(r: R) -> R:
    return keep({"Email": r["email"].lower(), "Phone": us_phone(r, "phone"), "MobilePhone": us_phone(r, "mobilephone"),
                 "Title": dflt(r["jobtitle"], "n/a")})


@case("h64-11-contact-optout-source-dept", H, C,
      "Match on email; Email as is.\n"
      "Email Opt Out: true when 'Unsubscribed from all email' says 'true'; false when it says 'false' or is blank.\n"
      "Lead Source, from original source: ORGANIC_SEARCH -> 'Web', PAID_SEARCH and PAID_SOCIAL -> 'Advertisement', "
      "REFERRALS -> 'External Referral', anything else (blank too) -> 'Other'. So Northwind (ORGANIC_SEARCH) gets "
      "Web and Lumière Studio (REFERRALS) gets External Referral.\n"
      "Department: 'Marketing' on every contact.",
      extended(HS, MARY, OLIVER, SAM, HANNAH))
def _(r: R) -> R:
    src = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral"}.get(r["hs_analytics_source"], "Other")
    return {"Email": r["email"], "HasOptedOutOfEmail": opted_out(r), "LeadSource": src, "Department": "Marketing"}


@case("h64-12-contact-lastname-chain", H, C,
      "Match on email (as is).\n"
      "LastName: the last name; if that's blank, use the first name; if both are blank, 'Unknown'. E.g. "
      "cher@cherlive.com only has 'Cher' -> LastName 'Cher'; info@eastsidecoffee.com has neither -> 'Unknown'.\n"
      "FirstName: just the first word of the first name, e.g. 'mARY ann' -> 'mARY'; a blank first name stays blank.\n"
      "Description: company as is; 'Individual' when there's no company.",
      extended(HS, MARY, CHER, INFO, ROSA))
def _(r: R) -> R:
    last = r["lastname"] if not blank(r["lastname"]) else dflt(r["firstname"], "Unknown")
    return {"Email": r["email"], "LastName": last, "FirstName": first_word(r["firstname"]),
            "Description": dflt(r["company"], "Individual")}


@case("h64-13-contact-subscribed-only", H, C,
      "Only contacts who haven't unsubscribed: skip anyone whose 'Unsubscribed from all email' is 'true' ('false' "
      "and blank both go through). Match on email, Email as is.\n"
      "FirstName: title case, e.g. 'mARY ann' -> 'Mary Ann', 'rosa' -> 'Rosa'.\n"
      "Mobile Phone: mobile number as is; no mobile -> leave it off.\n"
      "Lead Source: 'Web' for ORGANIC_SEARCH or DIRECT_TRAFFIC, 'Advertisement' for PAID_SEARCH or PAID_SOCIAL; "
      "any other source, blank included -> leave Lead Source off.",
      extended(HS, MARY, ROSA, TUAN, OLIVER, SAM))
def _(r: R) -> R | None:
    if opted_out(r):
        return None
    src = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
           "PAID_SOCIAL": "Advertisement"}.get(r["hs_analytics_source"], OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"], "LeadSource": src})


@case("h64-14-contact-customers-since", H, C,
      "Only customers: lifecycle stage customer. Everybody else, blank stage included, is skipped. "
      "Match on email (as is).\n"
      "Description: 'Customer since ' + create date as YYYY-MM-DD, e.g. Fiesta Foods -> 'Customer since 2022-11-20'.\n"
      "Business Phone: E.164, no + means US, e.g. (212) 555-0187 -> +12125550187, while +44 20 7946 0958 keeps its "
      "+44 -> +442079460958. If the phone is empty use the mobile number; if both are empty, leave Business Phone off.\n"
      "Department: 'Customer Marketing' for all of them.",
      extended(HS, MARY, OLIVER, HANNAH, TUAN))
def _(r: R) -> R | None:
    if r["lifecyclestage"] != "customer":
        return None
    return keep({"Email": r["email"], "Description": "Customer since " + day(r["createdate"]),
                 "Phone": us_phone(r, "phone", "mobilephone"), "Department": "Customer Marketing"})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h64-15-mc-basic-import-tag", H, M,
      "HubSpot -> our Mailchimp audience. Match on email address.\n"
      "Email address: lower case, e.g. T.Nguyen@BartonCreekDental.com -> t.nguyen@bartoncreekdental.com.\n"
      "FNAME <- first name, LNAME <- last name: as is, blanks stay blank (info@eastsidecoffee.com has neither, so "
      "both come through empty).\n"
      "Status: 'subscribed' for everyone.\n"
      "Tags: just the one, 'hubspot-import'.",
      extended(HS, TUAN, INFO, MARY))
def _(r: R) -> R:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "tags": ["hubspot-import"]}


@case("h64-16-mc-optout-status-customer-tag", H, M,
      "Match on email address (the email as is).\n"
      "Status: 'unsubscribed' if 'Unsubscribed from all email' is 'true'; 'subscribed' if it's 'false' or blank.\n"
      "FNAME: first name in title case, e.g. 'oliver' -> 'Oliver'.\n"
      "Tags: 'HubSpot' on everybody, plus 'Customer' after it when the lifecycle stage is customer. E.g. "
      "Fiesta Foods -> ['HubSpot', 'Customer'], Northwind -> ['HubSpot'].",
      extended(HS, OLIVER, MARY, HANNAH))
def _(r: R) -> R:
    return {"email_address": r["email"], "status": "unsubscribed" if opted_out(r) else "subscribed",
            "merge_fields": {"FNAME": title(r["firstname"])},
            "tags": ["HubSpot", "Customer"] if r["lifecyclestage"] == "customer" else ["HubSpot"]}


@case("h64-17-mc-first-word-phone", H, M,
      "Skip anyone with no first name. Match on email address, lower-cased (Priya.Raman@Northwind.io -> "
      "priya.raman@northwind.io).\n"
      "FNAME: only the first word of the first name, e.g. 'mARY ann' -> 'mARY' (no case change).\n"
      "LNAME: last name as is.\n"
      "PHONE: E.164, numbers without a + are US: (415) 555-0142 -> +14155550142, +33 1 55 55 01 42 -> +33155550142. "
      "No phone -> use the mobile number; neither -> leave PHONE off.",
      extended(HS, MARY, INFO, ROSA, OLIVER, CHER))
def _(r: R) -> R | None:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"].lower(),
            "merge_fields": keep({"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                                  "PHONE": us_phone(r, "phone", "mobilephone")})}


@case("h64-18-mc-vip-big-revenue", H, M,
      "Match on email address; email as is.\n"
      "VIP: true when annual revenue is more than 5,000,000 (Northwind at 12000000 -> true, Lumière at "
      "4000000 -> false); false otherwise, and a blank revenue counts as false.\n"
      "Language: 'en' for everyone.\n"
      "Status: 'pending', since we double opt-in.\n"
      "LNAME: last name in upper case, e.g. 'Raman' -> 'RAMAN'.",
      extended(HS, MARY, TUAN, OLIVER))
def _(r: R) -> R:
    rv = None if blank(r["annualrevenue"]) else float(r["annualrevenue"])
    return {"email_address": r["email"], "vip": rv is not None and rv > 5_000_000, "language": "en",
            "status": "pending", "merge_fields": {"LNAME": r["lastname"].upper()}}


@case("h64-19-mc-source-tag-no-customers", H, M,
      "Skip customers (lifecycle stage customer); every other stage, blank too, goes in. Match on email address "
      "(as is).\n"
      "FNAME: as is. LNAME: title case, 'VASQUEZ' -> 'Vasquez', 'delgado' -> 'Delgado'.\n"
      "Tags: exactly one tag, from the original source: PAID_SEARCH or PAID_SOCIAL -> 'paid', ORGANIC_SEARCH -> "
      "'organic', anything else, blank included -> 'other'. E.g. Polar Logistics (PAID_SOCIAL) -> ['paid'].\n"
      "Status: 'subscribed'.",
      extended(HS, MARY, ROSA, SAM, HANNAH))
def _(r: R) -> R | None:
    if r["lifecyclestage"] == "customer":
        return None
    tag = {"PAID_SEARCH": "paid", "PAID_SOCIAL": "paid", "ORGANIC_SEARCH": "organic"}.get(
        r["hs_analytics_source"], "other")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": title(r["lastname"])},
            "tags": [tag], "status": "subscribed"}


@case("h64-20-mc-fname-from-email", H, M,
      "Match on email address (as is; they're all lower case).\n"
      "FNAME: first name; if it's empty, the bit of the email before the @, e.g. info@eastsidecoffee.com -> 'info'.\n"
      "LNAME: last name; 'Friend' when there isn't one.\n"
      "Status: 'unsubscribed' when 'Unsubscribed from all email' is 'true', otherwise 'subscribed' (blank included).\n"
      "Tags: none; send an empty tag list.",
      lower_emails(extended(HS, INFO, CHER, MARY)))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], before_at(r["email"])),
                             "LNAME": dflt(r["lastname"], "Friend")},
            "status": "unsubscribed" if opted_out(r) else "subscribed", "tags": []}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h64-21-seg-full-name", H, S,
      "Segment identify. Match on userId = email in lower case, e.g. Priya.Raman@Northwind.io -> "
      "priya.raman@northwind.io.\n"
      "Traits: email (exactly as it is in HubSpot), firstName, lastName, title <- job title, all as is; and "
      "name = first name + a space + last name, e.g. 'Dmitri Volkov'.",
      extended(HS, MARY, TUAN, OLIVER))
def _(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h64-22-seg-company-traits", H, S,
      "Match on userId = email, as is.\n"
      "traits.company.name: company; 'Individual' if it's blank (e.g. maryann.vasquez@gmail.com).\n"
      "traits.company.industry: industry; leave it out if blank.\n"
      "traits.company.employee_count: number of employees as a whole number, '250' -> 250; leave it out if blank.\n"
      "traits.website: as is.",
      extended(HS, MARY, ROSA, SAM))
def _(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": OMIT if blank(r["industry"]) else r["industry"],
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])},
                            "website": r["website"]}})


@case("h64-23-seg-address-created", H, S,
      "Match on userId = email (as is).\n"
      "traits.address: street <- street address (as is), city in title case ('austin' -> 'Austin', 'monterrey' -> "
      "'Monterrey'), state in upper case ('tx' -> 'TX'), postalCode <- zip (as is), and country as is, but "
      "'United States' when it's blank.\n"
      "traits.createdAt: the create date as YYYY-MM-DD, e.g. 2023-03-14T15:02:11.000Z -> 2023-03-14.",
      extended(HS, MARY, ROSA, OLIVER))
def _(r: R) -> R:
    return {"userId": r["email"],
            "traits": {"address": {"street": r["address"], "city": title(r["city"]), "state": r["state"].upper(),
                                   "postalCode": r["zip"], "country": dflt(r["country"], "United States")},
                       "createdAt": day(r["createdate"])}}


@case("h64-24-seg-phone-optout-revenue", H, S,
      "Match on userId = email in lower case.\n"
      "traits.phone: E.164, treating numbers with no + as US: 617-555-0123 -> +16175550123; +81 3 5555 0100 -> "
      "+81355550100. If the phone is blank use the mobile; if both are blank, leave traits.phone out.\n"
      "traits.unsubscribed: true if 'Unsubscribed from all email' is 'true', false if it's 'false' or blank.\n"
      "traits.annual_revenue: annual revenue as a number ('2500000.75' -> 2500000.75); leave it out when blank.",
      extended(HS, MARY, ROSA, CHER))
def _(r: R) -> R:
    return keep({"userId": r["email"].lower(),
                 "traits": {"phone": us_phone(r, "phone", "mobilephone"), "unsubscribed": opted_out(r),
                            "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h64-25-ga4-sign-up", H, G,
      "GA4 Measurement Protocol. client_id: the email in lower case (T.Nguyen@BartonCreekDental.com -> "
      "t.nguyen@bartoncreekdental.com); that's what we match on.\n"
      "One event, 'sign_up', with params: method = original source in lower case (PAID_SEARCH -> 'paid_search'; a "
      "blank source stays blank) and country = country as is.",
      extended(HS, MARY, TUAN))
def _(r: R) -> R:
    return {"client_id": r["email"].lower(),
            "events": [{"name": "sign_up",
                        "params": {"method": r["hs_analytics_source"].lower(), "country": r["country"]}}]}


@case("h64-26-ga4-purchase-or-lead", H, G,
      "Only contacts at lifecycle stage salesqualifiedlead, opportunity or customer; skip the rest, blank stage "
      "included. client_id = email as is (that's the match key).\n"
      "Event name: 'purchase' for customers, 'generate_lead' for salesqualifiedlead and opportunity.\n"
      "Params: currency 'USD'; value = annual revenue as a number, e.g. '800000' -> 800000, and 0 when it's blank.",
      extended(HS, MARY, TUAN, OLIVER, HANNAH))
def _(r: R) -> R | None:
    st = r["lifecyclestage"]
    if st not in ("salesqualifiedlead", "opportunity", "customer"):
        return None
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if st == "customer" else "generate_lead",
                        "params": {"currency": "USD",
                                   "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])}}]}


@case("h64-27-ga4-synced-subscribed", H, G,
      "Skip anyone who unsubscribed ('Unsubscribed from all email' = 'true'); 'false' or blank means they're in.\n"
      "client_id: the part of the email before the @, e.g. priya.raman@northwind.io -> 'priya.raman'. Match on that.\n"
      "user_id: the full email, as is.\n"
      "One event, 'hubspot_contact_synced'. Params: stage = lifecycle stage, 'unknown' when blank; employees = "
      "number of employees as a whole number, left out when blank; company = company as is.",
      lower_emails(extended(HS, MARY, SAM, INFO)))
def _(r: R) -> R | None:
    if opted_out(r):
        return None
    return keep({"client_id": before_at(r["email"]), "user_id": r["email"],
                 "events": [keep({"name": "hubspot_contact_synced",
                                  "params": {"stage": dflt(r["lifecyclestage"], "unknown"),
                                             "employees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                                             "company": r["company"]}})]})


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h64-28-hs-lead-copies", L, H,
      "Salesforce leads -> HubSpot contacts, match on email.\n"
      "Straight copies, blanks stay blank: Email -> email, First Name -> first name, Last Name -> last name, "
      "Company -> company, Title -> job title, Phone -> phone, City -> city, Country -> country. E.g. Grace Okafor "
      "at Sunrise Solar, (312) 555-0110, Chicago comes over exactly like that.",
      extended(SFL, MARCUS, DEE))
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h64-29-hs-stage-from-status", L, H,
      "Match on email (Email as is).\n"
      "Lifecycle stage, from Lead Status: 'Open - Not Contacted' -> lead, 'Working - Contacted' -> "
      "marketingqualifiedlead, 'Closed - Converted' -> customer, 'Closed - Not Converted' -> other.\n"
      "Unsubscribed from all email: the text 'true' when Email Opt Out is checked, 'false' when it isn't "
      "(Hiroshi at Kumo KK -> 'true').\n"
      "First name: title case, 'marcus' -> 'Marcus'. Last name: title case too, 'LEE' -> 'Lee'.",
      extended(SFL, MARCUS, DEE))
def _(r: R) -> R:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}[r["Status"]]
    return {"email": r["Email"], "lifecyclestage": stage, "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "firstname": title(r["FirstName"]), "lastname": title(r["LastName"])}


@case("h64-30-hs-uk-leads", L, H,
      "Only leads whose Country is 'United Kingdom'; skip the rest, blank Country included. Match on email (as is).\n"
      "Phone: E.164; numbers without a + are UK numbers, so drop the leading 0 and add +44, e.g. 020 7946 0321 -> "
      "+442079460321. One that already starts with + keeps its code: +44 151 555 0199 -> +441515550199.\n"
      "Postal Code -> zip, in upper case: 'bn1 1nb' -> 'BN1 1NB'.\n"
      "Annual Revenue: as a number ('12500000' -> 12500000); leave it off when blank.\n"
      "Company: as is.",
      extended(SFL, FREYA, TOM, MARCUS, ANNA))
def _(r: R) -> R | None:
    if r["Country"] != "United Kingdom":
        return None
    return keep({"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "company": r["Company"]})


@case("h64-31-hs-rating-to-stage", L, H,
      "Match on email, lower-cased: Marcus.Lee@ZilkerCreative.com -> marcus.lee@zilkercreative.com.\n"
      "Lifecycle stage from Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, anything else, "
      "blank Rating included -> lead.\n"
      "Lead Status (hs_lead_status) from the Salesforce Status: 'Open - Not Contacted' -> NEW, 'Working - Contacted' "
      "-> IN_PROGRESS; for any other status, leave it off.\n"
      "Company: as is.",
      extended(SFL, MARCUS, ANNA, DEE))
def _(r: R) -> R:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    ls = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS"}.get(r["Status"], OMIT)
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage, "hs_lead_status": ls, "company": r["Company"]})


@case("h64-32-hs-open-leads-defaults", L, H,
      "Skip closed leads, i.e. Status 'Closed - Converted' or 'Closed - Not Converted'; Open and Working ones come "
      "over. Match on email (as is).\n"
      "First name: title case ('marcus' -> 'Marcus'); no first name -> leave it off.\n"
      "Company: as is; 'Unknown Company' when blank (e.g. dee.robinson@bluebonnetbakery.com).\n"
      "Street address <- Street, zip <- Postal Code, both as is.\n"
      "Country: as is, 'United States' when blank.",
      extended(SFL, MARCUS, DEE, ANNA))
def _(r: R) -> R | None:
    if r["Status"] in ("Closed - Converted", "Closed - Not Converted"):
        return None
    return keep({"email": r["Email"], "firstname": OMIT if blank(r["FirstName"]) else title(r["FirstName"]),
                 "company": dflt(r["Company"], "Unknown Company"), "address": r["Street"], "zip": r["PostalCode"],
                 "country": dflt(r["Country"], "United States")})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h64-33-mc-sfc-department-tag", C, M,
      "Salesforce contacts -> Mailchimp. Match on email address = Email in lower case (Felix.Wagner@Rheinsoft.de -> "
      "felix.wagner@rheinsoft.de).\n"
      "FNAME and LNAME: title case, e.g. 'jordan' / 'reyes' -> 'Jordan' / 'Reyes'.\n"
      "Status: 'unsubscribed' when Email Opt Out is checked, 'subscribed' when it isn't.\n"
      "Tags: 'salesforce' first, then the Department if there is one, e.g. Lena (Sales) -> ['salesforce', 'Sales'], "
      "Ethan (no department) -> ['salesforce'].",
      extended(SFC, JORDAN, NINA))
def _(r: R) -> R:
    return {"email_address": r["Email"].lower(),
            "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": title(r["LastName"])},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])}


@case("h64-34-mc-sfc-us-only-phone", C, M,
      "Only contacts whose Mailing Country is 'United States'; skip everyone else, blank country too. Match on email "
      "address (Email as is).\n"
      "PHONE: E.164; these are US numbers unless they start with +: 503.555.0177 -> +15035550177. Blank -> leave "
      "PHONE off.\n"
      "FNAME, LNAME: as is.\n"
      "Status: 'subscribed'. Language: 'en'.",
      extended(SFC, JORDAN, SAMO, KAYLA))
def _(r: R) -> R | None:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"],
            "merge_fields": keep({"PHONE": us_phone(r, "Phone"), "FNAME": r["FirstName"], "LNAME": r["LastName"]}),
            "status": "subscribed", "language": "en"}


@case("h64-35-mc-sfc-vip-language", C, M,
      "Skip anyone with Email Opt Out checked. Match on email address (Email as is).\n"
      "FNAME: first word of the first name, e.g. 'Kayla Marie' -> 'Kayla'. LNAME: as is.\n"
      "VIP: true when Lead Source is 'Trade Show' or 'Partner'; false for any other source, blank included.\n"
      "Language: 'de' when Mailing Country is Germany, Austria or Switzerland; 'en' for every other country, blank "
      "too.\n"
      "Status: 'subscribed'.",
      extended(SFC, JORDAN, NINA, SAMO, KAYLA))
def _(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": first_word(r["FirstName"]), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] in ("Trade Show", "Partner"),
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria", "Switzerland") else "en",
            "status": "subscribed"}


@case("h64-36-mc-sfc-birthday-club", C, M,
      "Only contacts with a Birthdate on file; a blank Birthdate -> skip. Match on email address (Email as is).\n"
      "FNAME, LNAME, PHONE: as is (Felix -> Felix / Wagner / (503) 555-0148).\n"
      "Tags: 'birthday-club', plus 'austin' after it when the Mailing City is Austin. E.g. Jordan in Austin -> "
      "['birthday-club', 'austin'].\n"
      "Status: 'subscribed'.",
      extended(SFC, JORDAN, KAYLA, SAMO))
def _(r: R) -> R | None:
    if blank(r["Birthdate"]):
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "tags": ["birthday-club", "austin"] if r["MailingCity"] == "Austin" else ["birthday-club"],
            "status": "subscribed"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h64-37-seg-sfc-basics-birthday", C, S,
      "Segment identify. Match on userId = Email in lower case (Felix.Wagner@Rheinsoft.de -> "
      "felix.wagner@rheinsoft.de).\n"
      "Traits: email (as is), firstName, lastName (as is); title = Title, 'Not provided' if blank; birthday = "
      "Birthdate as is (e.g. 1984-05-02), left out when blank.",
      extended(SFC, JORDAN, NINA))
def _(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": dflt(r["Title"], "Not provided"),
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h64-38-seg-sfc-phone-address", C, S,
      "Match on userId = Email as is.\n"
      "traits.phone: E.164, numbers without a + are US, e.g. (503) 555-0148 -> +15035550148, +43 1 555 0190 -> "
      "+4315550190; blank -> leave it out.\n"
      "traits.address.city: Mailing City as is. traits.address.country: Mailing Country, 'United States' when blank.\n"
      "traits.department: Department; leave it out when blank.",
      extended(SFC, SAMO, NINA, JORDAN))
def _(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"phone": us_phone(r, "Phone"),
                            "address": {"city": r["MailingCity"],
                                        "country": dflt(r["MailingCountry"], "United States")},
                            "department": OMIT if blank(r["Department"]) else r["Department"]}})


@case("h64-39-seg-sfc-name-source", C, S,
      "Skip contacts whose Lead Source is blank. Match on userId = Email as is.\n"
      "traits.name: First Name + a space + Last Name, e.g. 'Lena Huber'.\n"
      "traits.lead_source: Lead Source in lower case, 'Trade Show' -> 'trade show'.\n"
      "traits.email: Email in lower case.",
      extended(SFC, JORDAN, NINA, SAMO))
def _(r: R) -> R | None:
    if blank(r["LeadSource"]):
        return None
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "lead_source": r["LeadSource"].lower(),
                       "email": r["Email"].lower()}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h64-40-hs-mc-names-optout", M, H,
      "Mailchimp -> HubSpot. Match on email (email_address as is).\n"
      "First name <- FNAME, last name <- LNAME, both in title case: 'liam' -> 'Liam', 'WALSH' -> 'Walsh'.\n"
      "Unsubscribed from all email: the text 'true' for unsubscribed or cleaned members, 'false' for subscribed or "
      "pending ones.\n"
      "Preferred language: language as is; leave it off when blank.",
      extended(MC, BELLA, SIXTH))
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "hs_language": OMIT if blank(r["language"]) else r["language"]})


@case("h64-41-hs-mc-subscribed-phone", M, H,
      "Only subscribed members; skip every other status. Match on email (email_address as is).\n"
      "Phone: PHONE in E.164, US unless it starts with +: (646) 555-0134 -> +16465550134; blank -> leave phone off.\n"
      "First name: FNAME; if blank, the part of the email before the @ (ops@sixthstreetsound.com -> 'ops').\n"
      "Lifecycle stage: 'customer' for VIP members, 'subscriber' for the rest.",
      extended(MC, BELLA, SIXTH))
def _(r: R) -> R | None:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "firstname": dflt(mf["FNAME"], before_at(r["email_address"])),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h64-42-hs-mc-stage-from-status", M, H,
      "Skip cleaned members. Match on email (email_address as is).\n"
      "First name: first word of FNAME, e.g. 'bella rose' -> 'bella'; a blank FNAME stays blank.\n"
      "Last name: LNAME, 'Unknown' when blank.\n"
      "Lifecycle stage from status: subscribed -> subscriber, pending -> lead, unsubscribed -> other.\n"
      "Preferred language: language, 'en' when blank.",
      extended(MC, BELLA, SIXTH))
def _(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    stage = {"subscribed": "subscriber", "pending": "lead", "unsubscribed": "other"}[r["status"]]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]), "lastname": dflt(mf["LNAME"], "Unknown"),
            "lifecyclestage": stage, "hs_language": dflt(r["language"], "en")}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    build(CASES, Path(__file__).parent / "set64")
