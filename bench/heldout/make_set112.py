"""Held-out set 112 for the offline mapping drafter.

Persona: Marites ("Tess") Dela Cruz, a virtual assistant in Manila working for a US real-estate
marketing team. She pastes her requests straight from her task tracker: a title line, a Markdown
checkbox list ("- [ ] fname -> First Name", "- [x] ..." for what is already decided and must stay),
sometimes a "Notes:" line. Philippine English: "kindly", "pls", "for the meantime", "same with the
last name", "as is", "c/o", "po", "lang"; abbreviations like fname/lname/co./no.

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

@case("h112-01-buyer-inquiries-copy", H, L, """\
HS -> SF Lead: new buyer inquiries
- [ ] Email -> Email
- [ ] fname -> First Name
- [ ] lname -> Last Name
- [ ] co. -> Company, as is (some are blank, just leave them blank)
- [ ] Job Title -> Title, as is also, blank is ok
- [x] Lead Source = "Web" for all, fixed value lang po""",
      extended(HS, hs(email="rhea.villanueva@gmail.com", firstname="", lastname="Villanueva", company="",
                      jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h112-02-private-buyer-default-trim", H, L, """\
SF Lead push (HubSpot contacts) - cleanup version
- [ ] Email -> Email
- [ ] for the first name pls trim (some have extra spaces before/after) -> First Name
- [ ] lname -> Last Name as is
- [ ] Company Name -> Company, if blank kindly put "Private Buyer"
- [ ] Job Title -> Title, if none put "Not Specified"
Notes: blank also means just spaces ha""",
      extended(HS, hs(email="jerome.aquino@outlook.com", firstname="  Jerome ", lastname="Aquino", company="   ",
                      jobtitle="Broker"),
               hs(email="lyn.sy@pacificcrest.com", firstname="Lyn  ", lastname="Sy", company="Pacific Crest Homes",
                  jobtitle=" ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "Company": dflt(r["company"], "Private Buyer"), "Title": dflt(r["jobtitle"], "Not Specified")}


@case("h112-03-mobile-first-proper-names", H, L, """\
Leads from HubSpot (phone fix)
- [ ] Email -> Email
- [ ] Phone: get the mobile no. first, if no mobile use the Phone Number, if both are blank don't include Phone na
- [ ] fname -> First Name, proper case pls (Maria not maria or MARIA)
- [ ] same with the last name -> Last Name""",
      extended(HS, hs(email="ana.santos@baysiderealty.com", firstname="ANA MARIE", lastname="santos reyes",
                      mobilephone="", phone="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": dflt(first_filled(r["mobilephone"], r["phone"]), OMIT),
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h112-04-lifecycle-to-lead-status", H, L, """\
HubSpot -> SF Lead Status
- [ ] Email -> Email, all small letters
- [ ] Lifecycle Stage -> Lead Status:
  - [ ] subscriber / lead = Open - Not Contacted
  - [ ] marketingqualifiedlead / salesqualifiedlead = Working - Contacted
  - [ ] customer = Closed - Converted
  - [ ] anything else, or if it's blank = Closed - Not Converted""",
      extended(HS, hs(email="JM.Bautista@RealtyOne.com", lifecyclestage=""),
               hs(email="Ruth.Ong@Harborview.com", lifecyclestage="opportunity"),
               hs(email="paolo.diaz@Lakeshore.net", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
             "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"].lower(), "Status": table.get(r["lifecyclestage"], "Closed - Not Converted")}


@case("h112-05-open-house-followups", H, L, """\
HS contacts -> SF Leads (for the open house follow-ups)
- [ ] don't include those who unsubscribed (Unsubscribed from all email = "true"). if it's "false" or blank, include
- [ ] don't include also the customers (Lifecycle Stage = customer), they're with the closing team na
- [ ] Email -> Email
- [ ] fname -> First Name
- [ ] lname -> Last Name
- [ ] co. -> Company
- [x] Lead Status always "Open - Not Contacted"
Notes: thank you po!""",
      extended(HS, hs(email="carlo.mendoza@sunvalley.com", firstname="Carlo", lastname="Mendoza",
                      company="Sun Valley Homes", lifecyclestage="customer", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h112-06-rating-by-revenue", H, L, """\
Lead rating from HubSpot revenue (c/o Ma'am Jen)
- [ ] Email -> Email
- [ ] Rating:
  - [ ] Hot if Annual Revenue is more than 5,000,000
  - [ ] Cold if less than 1,000,000, also Cold if no revenue (blank)
  - [ ] Warm for the rest
- [ ] Number of Employees -> Employees (NumberOfEmployees), whole number. if blank, don't include it for the meantime""",
      extended(HS, hs(email="mika.tan@crestline.com", annualrevenue="6500000", numemployees="35"),
               hs(email="ben.cortez@cortezprop.com", annualrevenue="975000", numemployees="3"),
               hs(email="ivy.lao@eastwood.com", annualrevenue="1200000", numemployees="")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h112-07-e164-phone-city-proper", H, L, """\
HS -> SF Lead (phones in E.164)
- [ ] Email -> Email
- [ ] Phone Number -> Phone, format to E.164 (+1 if no country code, we're US based). if no phone leave it out
- [ ] City -> City, proper case pls (e.g. San Francisco)""",
      extended(HS, hs(email="dan.perez@coastalkeys.com", phone="1 305 555 0100", city="MIAMI BEACH"),
               hs(email="joy.lim@palmgrove.com", phone="   ", city="fort lauderdale")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h112-08-us-only-created-description", H, L, """\
US leads only - HS to SF
- [ ] only contacts with Country/Region = United States, the rest not yet
- [ ] Email -> Email
- [ ] lname -> Last Name, ALL CAPS
- [ ] Description = "Created in HubSpot " + Create Date (YYYY-MM-DD only, no time) + " / source " + Original Source
      ex. Created in HubSpot 2023-03-14 / source ORGANIC_SEARCH""",
      extended(HS, hs(email="lara.dizon@magnoliaestates.com", lastname="dela rosa", country="United States",
                      hs_analytics_source="REFERRALS", createdate="2024-02-20T13:15:00.000Z"),
               hs(email="nico.ramos@manilabay.ph", lastname="Ramos", country="Philippines")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"Created in HubSpot {day(r['createdate'])} / source {r['hs_analytics_source']}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h112-09-mailing-address-as-is", H, C, """\
HS -> SF Contact mailing address
- [ ] Email -> Email
- [ ] Street Address -> Mailing Street
- [ ] City -> Mailing City
- [ ] State/Region -> Mailing State
- [ ] Postal Code -> Mailing Zip (MailingPostalCode)
- [ ] Country/Region -> Mailing Country
Notes: as is lang, no formatting. blanks stay blank""",
      extended(HS, hs(email="tina.cruz@riverbend.com", address="", city="Austin", state="TX", zip="", country="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h112-10-optout-donotcall-flags", H, C, """\
SF Contact flags (from HubSpot)
- [ ] Email -> Email
- [ ] Email Opt Out: tick it (true) if HS "Unsubscribed from all email" is "true". if "false" or blank, false
- [ ] Do Not Call: true if the contact has no Phone Number (blank), false if there is a phone no.""",
      extended(HS, hs(email="rey.manalo@lakeside.com", phone="", hs_email_optout="true"),
               hs(email="gem.yap@summitrealty.com", phone="  ", hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h112-11-fname-from-email-phone-fallback", H, C, """\
HS -> SF Contacts (names + phone)
- [ ] Email -> Email
- [ ] fname -> First Name. if no fname, kindly get it from the email, the part before the @
- [ ] Phone: Phone Number first, if blank use the Mobile Phone Number""",
      lower_emails(extended(HS, hs(email="jun.reyes@bayviewhomes.com", firstname="", phone="",
                                   mobilephone="(786) 555-0111"),
                            hs(email="carla.m@sunsetrealty.com", firstname="   "))))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Phone": first_filled(r["phone"], r["mobilephone"])}


@case("h112-12-country-code-state-caps", H, C, """\
HubSpot -> SF Contact country & state
- [ ] Email -> Email
- [ ] Country/Region -> Mailing Country using 2-letter code:
  - [ ] United States = US
  - [ ] Japan = JP
  - [ ] Mexico = MX
  - [ ] France = FR
  - [ ] Philippines = PH
- [ ] State/Region -> Mailing State, all caps. if no state pls leave it out""",
      extended(HS, hs(email="marge.uy@manilahomes.ph", country="Philippines", state="ncr"),
               hs(email="pete.gil@gulfshore.com", country="United States", state="fl")))
def o12(r: R) -> Out:
    table = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Philippines": "PH"}
    return keep({"Email": r["email"], "MailingCountry": table[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h112-13-subscribed-only-mobile-first", H, C, """\
Subscribed HS contacts -> SF Contact
- [ ] only those with Unsubscribed from all email = "false" (blank ones not included for the meantime)
- [ ] Email -> Email, lowercase
- [ ] Phone: Mobile Phone Number, if none the Phone Number
- [x] Description = "Synced from HubSpot" for all""",
      extended(HS, hs(email="Ana.Cruz@MetroHomes.com", hs_email_optout="false", mobilephone="", phone="(305) 555-0177"),
               hs(email="leo.go@greenfield.com", hs_email_optout="true")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Synced from HubSpot"}


@case("h112-14-title-trim-source-table", H, C, """\
HS -> SF Contact (title & source)
- [ ] Email -> Email
- [ ] fname -> First Name, proper case
- [ ] Job Title -> Title, trim the spaces only
- [ ] Original Source -> Lead Source:
  - [ ] ORGANIC_SEARCH = Web
  - [ ] PAID_SEARCH and PAID_SOCIAL = Advertisement
  - [ ] REFERRALS = Word of mouth
  - [ ] others incl. blank = Other""",
      extended(HS, hs(email="jose.rizal@calambahomes.com", firstname="jOSE", jobtitle="  Broker Associate ",
                      hs_analytics_source="EMAIL_MARKETING"),
               hs(email="bea.alonzo@northpoint.com", firstname="bea", jobtitle="Realtor  ", hs_analytics_source="OFFLINE")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Word of mouth"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "Title": r["jobtitle"].strip(),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h112-15-newsletter-language-default", H, M, """\
HS -> Mailchimp audience (newsletter)
- [ ] Email -> Email Address
- [ ] fname -> FNAME
- [ ] lname -> LNAME
- [x] status = subscribed for all
- [ ] Preferred language -> Language, if there's none put "en\"""",
      extended(HS, hs(email="sofia.lopez@casabonita.com", firstname="Sofia", lastname="Lopez", hs_language="es"),
               hs(email="kat.ho@seaside.com", firstname="Kat", lastname="Ho", hs_language="  ")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h112-16-status-three-way-import-tag", H, M, """\
Mailchimp sync status (from HubSpot)
- [ ] Email -> Email Address
- [ ] Status:
  - [ ] Unsubscribed from all email = "true" -> unsubscribed
  - [ ] "false" -> subscribed
  - [ ] blank -> pending (so they get the confirm email)
- [ ] add tag "HubSpot Import" to everyone""",
      extended(HS, hs(email="abby.chua@hilltop.com", hs_email_optout=" ")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case("h112-17-high-value-past-client-tags", H, M, """\
MC tags from HubSpot
- [ ] Email -> Email Address
- [ ] Tags:
  - [ ] "High Value" if Annual Revenue is over 1,000,000 (no revenue = no tag)
  - [ ] "Past Client" if Lifecycle Stage is customer
Notes: if none of the two, tags is just empty. order: High Value then Past Client""",
      extended(HS, hs(email="rico.san@oakridge.com", lifecyclestage="customer", annualrevenue="500000")))
def o17(r: R) -> Out:
    tags = (["High Value"] if gt(r["annualrevenue"], 1_000_000) else []) + \
        (["Past Client"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h112-18-sms-prep-first-word-e164", H, M, """\
HubSpot -> MC (SMS list prep)
- [ ] Email -> Email Address
- [ ] fname -> FNAME but first word only (ex. "Juan Carlos" -> "Juan")
- [ ] PHONE: Mobile Phone Number in E.164 (+1 default, US), if no mobile use the Phone Number, same format""",
      extended(HS, hs(email="juan.carlos@vistaverde.com", firstname="Juan Carlos", mobilephone="", phone="305-555-0160"),
               hs(email="roseann.m@palmridge.com", firstname="Rose Ann", mobilephone="1-786-555-0102")))
def o18(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
                                                          "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h112-19-with-company-only-vip", H, M, """\
MC import - with company only
- [ ] don't include those without co. (Company Name blank)
- [ ] Email -> Email Address
- [x] status "pending" for all (double opt-in)
- [ ] VIP: true if Lifecycle Stage = customer, if not false""",
      extended(HS, hs(email="nell.garcia@bayviewrealty.com", company="Bayview Realty", lifecyclestage="customer"),
               hs(email="oscar.lee@gmail.com", company="  ", lifecyclestage="lead")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "pending", "vip": r["lifecyclestage"] == "customer"}


@case("h112-20-brokerage-tag-domain-vip", H, M, """\
HS -> MC brokerage tags
- [ ] Email -> Email Address
- [ ] fname -> FNAME, proper case
- [ ] Tags: the Company Name as the tag. if no co., use the email domain (the part after the @) as the tag
- [ ] VIP: true if Annual Revenue is more than 3,000,000, false if not or blank""",
      lower_emails(extended(HS, hs(email="ramon.lim@goldenkeyhomes.com", firstname="RAMON", company="",
                                   annualrevenue="3500000"))))
def o20(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["annualrevenue"], 3_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h112-21-identify-full-name", H, S, """\
HS -> Segment identify
- [ ] userId = Email, in lowercase
- [ ] Email -> traits.email as is
- [ ] fname -> traits.firstName
- [ ] lname -> traits.lastName
- [ ] traits.name = fname + space + lname (ex. "Priya Raman")""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "firstName": r["firstname"],
                                                     "lastName": r["lastname"],
                                                     "name": f"{r['firstname']} {r['lastname']}"}}


@case("h112-22-company-traits-independent", H, S, """\
Segment company traits (from HS)
- [ ] userId = Email
- [ ] traits.company.name = Company Name, if blank put "Independent"
- [ ] traits.company.industry = Industry, if no industry leave it out
- [ ] traits.company.employee_count = Number of Employees as whole number, leave it out also if blank""",
      extended(HS, hs(email="dina.roque@gmail.com", company="", industry="", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"), "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h112-23-address-traits-e164-phone", H, S, """\
HS -> Segment (address + phone)
- [ ] userId = Email
- [ ] City -> traits.address.city
- [ ] State/Region -> traits.address.state, if blank don't include
- [ ] Postal Code -> traits.address.postalCode
- [ ] Country/Region -> traits.address.country
- [ ] traits.phone = Phone Number in E.164 (US +1 if no country code). if no phone, use Mobile Phone Number. if both blank, leave out traits.phone""",
      extended(HS, hs(email="gino.vera@pinecrest.com", city="Orlando", state="", zip="32801", phone="",
                      mobilephone="")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                    "country": r["country"]},
        "phone": OMIT if ph is None else e164(ph)}})


@case("h112-24-trim-lower-userid-revenue", H, S, """\
Segment identify - HS cleanup
- [ ] userId = Email, trim spaces + lowercase
- [ ] Job Title -> traits.title as is
- [ ] traits.unsubscribed = true if Unsubscribed from all email is "true"; "false" or blank = false
- [ ] traits.annual_revenue = Annual Revenue as a number. no revenue, no field (leave it out)""",
      extended(HS, hs(email="  Jane.Doe@Example.com ", jobtitle="Listing Agent", hs_email_optout="true",
                      annualrevenue="1500000.5")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h112-25-ga4-generate-lead-source", H, G, """\
GA4 - lead event from HubSpot
- [ ] client_id = Email as is
- [x] event name: generate_lead (same for all)
- [x] event param lead_type = "buyer_inquiry" (fixed)
- [ ] event param lead_source = Original Source in small letters (organic_search etc). if blank, just send it blank ("")
- [ ] event param created_on = Create Date, YYYY-MM-DD only""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "generate_lead", "params": {
        "lead_type": "buyer_inquiry", "lead_source": r["hs_analytics_source"].lower(),
        "created_on": day(r["createdate"])}}]}


@case("h112-26-ga4-qualify-lead-over-1m", H, G, """\
GA4 qualified leads
- [ ] only contacts with Annual Revenue more than 1,000,000 (if blank, don't send)
- [ ] client_id = the part of the Email before the @
- [x] event name = qualify_lead
- [ ] event param value = Annual Revenue as number
- [x] event param currency = USD""",
      lower_emails(extended(HS, hs(email="noel.tan@harborview.com", annualrevenue="1250000.5"),
                            hs(email="ces.bravo@lagunahills.com", annualrevenue="900000"))))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualify_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h112-27-ga4-close-or-generate", H, G, """\
GA4 events from HubSpot lifecycle
- [ ] client_id = Email
- [ ] event name: if Lifecycle Stage is customer -> close_convert_lead, other stages (or blank) -> generate_lead
- [ ] event param source = Original Source, if blank put "unknown\"""",
      extended(HS, hs(email="alma.reyes@crestview.com", lifecyclestage="", hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="vic.santos@goldcoast.com", lifecyclestage="customer", hs_analytics_source="OFFLINE")))
def o27(r: R) -> Out:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "source": dflt(r["hs_analytics_source"], "unknown")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h112-28-sf-lead-copy-as-is", L, H, """\
SF Lead -> HubSpot contacts (copy as is)
- [ ] Email -> Email
- [ ] First Name -> fname
- [ ] Last Name -> lname
- [ ] Company -> Company Name
- [ ] Title -> Job Title
- [ ] Phone -> Phone Number
- [ ] Street -> Street Address
- [ ] City -> City
- [ ] Zip/Postal Code -> Postal Code
- [ ] Country -> Country/Region
Notes: no changes in format po. if a field is blank in SF it stays blank in HS (don't skip it)""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h112-29-lead-status-table-optout-text", L, H, """\
SF Lead Status -> HS Lead Status
- [ ] Email -> Email
- [ ] Lead Status -> Lead Status (hs_lead_status):
  - [ ] Open - Not Contacted = NEW
  - [ ] Working - Contacted = IN_PROGRESS
  - [ ] Closed - Converted = CONNECTED
  - [ ] Closed - Not Converted = UNQUALIFIED
- [ ] Email Opt Out -> Unsubscribed from all email, as the text "true" / "false\"""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h112-30-rating-to-lifecycle-revenue", L, H, """\
SF Leads -> HS lifecycle
- [ ] Email -> Email, small letters
- [ ] Rating -> Lifecycle Stage:
  - [ ] Hot = salesqualifiedlead
  - [ ] Warm = marketingqualifiedlead
  - [ ] Cold = lead
- [ ] Annual Revenue -> Annual Revenue, as number. if blank don't include""",
      extended(SFL, sfl(Email="Bea.Santos@GoldenKeyHomes.com", Rating="Warm", AnnualRevenue="750000.50")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h112-31-uk-leads-london-office", L, H, """\
UK leads to HubSpot (London office)
- [ ] only Leads with Country = United Kingdom
- [ ] Email -> Email
- [ ] Phone -> Phone Number in E.164, UK (+44, remove the 0 in front)
- [ ] Zip/Postal Code -> Postal Code, all caps
- [ ] Title -> Job Title, if blank put "Property Investor\"""",
      extended(SFL, sfl(Email="oliver.grant@thamesside.co.uk", FirstName="Oliver", LastName="Grant",
                        Country="United Kingdom", Phone="07700 900123", City="London", PostalCode="sw1a 1aa",
                        Title=""),
               sfl(Email="aoife.byrne@liffeyhomes.ie", Country="Ireland", Phone="+353 1 555 0142", PostalCode="D02 X285")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Property Investor")}


@case("h112-32-exclude-not-converted-street-city", L, H, """\
SF Leads -> HS (exclude not converted)
- [ ] don't include Leads with Lead Status = Closed - Not Converted
- [ ] Email -> Email
- [ ] Company -> Company Name, if blank pls put "Private Seller"
- [ ] Street Address = Street + ", " + City (ex. "200 Lake St, Chicago"). if no Street, just the City""",
      extended(SFL, sfl(Email="nina.flores@yahoo.com", Company="", Street="", City="Makati",
                        Status="Working - Contacted"),
               sfl(Email="rafa.dy@ayalaland.com", Company="   ", Street="88 Ayala Ave", City="Makati",
                   Status="Open - Not Contacted"),
               sfl(Email="lou.sim@baywalk.com", Status="Closed - Not Converted", Street="1 Roxas Blvd", City="Pasay")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Private Seller"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h112-33-sf-contacts-status-tags", C, M, """\
SF Contacts -> Mailchimp
- [ ] Email -> Email Address, lowercase
- [ ] Status: Email Opt Out checked (true) = unsubscribed, unchecked (false) = subscribed
- [ ] Tags: always "SF Contact", then add "Trade Show" also if Lead Source = Trade Show""",
      extended(SFC, sfc(Email="Paolo.Reyes@CoastlineRealty.com", FirstName="Paolo", LastName="Reyes",
                        LeadSource="Trade Show", HasOptedOutOfEmail=True)))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["SF Contact"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h112-34-skip-no-phone-language-table", C, M, """\
SF Contact -> MC (phones)
- [ ] skip contacts with no Phone (blank)
- [ ] Email -> Email Address
- [ ] Phone -> PHONE, E.164 format (US +1 if no country code)
- [ ] Mailing Country -> Language:
  - [ ] United States = en
  - [ ] Germany = de
  - [ ] Austria = de
  - [ ] Philippines = en""",
      extended(SFC, sfc(Email="hans.becker@isarhaus.de", Phone="", MailingCountry="Germany"),
               sfc(Email="kris.ocampo@makatiprime.ph", Phone="+63 917 555 0123", MailingCountry="Philippines"),
               sfc(Email="amy.ford@lonestarhomes.com", Phone="512 555 0199", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    table = {"United States": "en", "Germany": "de", "Austria": "de", "Philippines": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": table[r["MailingCountry"]]}


@case("h112-35-hi-friend-trade-show-vip", C, M, """\
MC newsletter from SF Contacts
- [ ] Email -> Email Address
- [ ] First Name -> FNAME, if blank put "Friend" (so the greeting is "Hi Friend")
- [ ] Last Name -> LNAME as is
- [ ] VIP: true only if Lead Source = Trade Show. blank or other sources = false
- [x] status: subscribed""",
      extended(SFC, sfc(Email="gabby.tolentino@gmail.com", FirstName="", LastName="Tolentino", LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"),
                                                          "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h112-36-us-contacts-no-tags-yet", C, M, """\
US contacts -> MC (for the meantime US only)
- [ ] only Contacts with Mailing Country = United States
- [ ] Email -> Email Address
- [ ] First Name -> FNAME
- [ ] Last Name -> LNAME
- [x] status = subscribed
- [x] language = en
- [ ] tags: none yet, empty list lang""",
      extended(SFC, sfc(Email="mark.evans@sunbeltrealty.com", FirstName="Mark", LastName="Evans",
                        MailingCity="Dallas", MailingCountry="United States")))
def o36(r: R) -> Out:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h112-37-identify-lower-userid-title", C, S, """\
SF Contact -> Segment identify
- [ ] userId = Email in lowercase
- [ ] First Name -> traits.firstName
- [ ] Last Name -> traits.lastName
- [ ] Title -> traits.title, if no title leave it out""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                                                          "title": omit_if_blank(r["Title"])}})


@case("h112-38-address-trim-city-default-country", C, S, """\
Segment address from SF Contacts
- [ ] userId = Email
- [ ] Mailing City -> traits.address.city, trim pls (some have spaces)
- [ ] Mailing Country -> traits.address.country, if blank put "United States\"""",
      extended(SFC, sfc(Email="kim.ong@cebuhomes.com", MailingCity="  Cebu City ", MailingCountry="Philippines"),
               sfc(Email="ray.hart@hillcountry.com", MailingCity="Austin ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"].strip(),
                                                         "country": dflt(r["MailingCountry"], "United States")}}}


@case("h112-39-phone-name-source-traits", C, S, """\
SF Contact -> Segment (phone, name, source)
- [ ] userId = Email
- [ ] traits.phone = Phone in E.164 (+1 if no country code)
- [ ] traits.name = First Name + " " + Last Name
- [ ] traits.source from Lead Source:
  - [ ] Web = website
  - [ ] Trade Show = event
  - [ ] Partner Referral = referral
  - [ ] anything else or blank = other""",
      extended(SFC, sfc(Email="nora.diaz@westendhomes.com", FirstName="Nora", LastName="Diaz", Phone="(210) 555-0133",
                        LeadSource="Partner Referral"),
               sfc(Email="sam.cole@riverwalk.com", FirstName="Sam", LastName="Cole", LeadSource="Email")))
def o39(r: R) -> Out:
    table = {"Web": "website", "Trade Show": "event", "Partner Referral": "referral"}
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                                             "source": table.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h112-40-mc-proper-names-optout-text", M, H, """\
MC -> HubSpot contacts
- [ ] Email Address -> Email
- [ ] FNAME -> fname, proper case
- [ ] LNAME -> lname, proper case also. if LNAME is blank don't include lname
- [ ] COMPANY -> Company Name, if blank "N/A"
- [ ] Unsubscribed from all email = "true" (as text) if MC status is unsubscribed, else "false\"""",
      extended(MC, mc({"FNAME": "CARMELA", "LNAME": "bautista", "COMPANY": "  "},
                      email_address="carmela.dg@vistahomes.com", status="unsubscribed")))
def o40(r: R) -> Out:
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "N/A"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h112-41-no-cleaned-e164-vip-customer", M, H, """\
MC members -> HS (no cleaned)
- [ ] don't include cleaned members (status = cleaned)
- [ ] Email Address -> Email
- [ ] FNAME -> fname as is
- [ ] PHONE -> Phone Number, E.164 (US +1 default). blank phone = leave it out
- [ ] Lifecycle Stage: customer if VIP is true, lead if not""",
      extended(MC, mc({"FNAME": "Grace", "PHONE": "(904) 555-0123"}, email_address="grace.lim@seabreeze.com",
                      status="cleaned"),
               mc({"FNAME": "Arnel", "PHONE": "1 (904) 555 0188"}, email_address="arnel.cruz@riverside.com", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "phone": omit_if_blank(m["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h112-42-first-word-domain-customer-tag", M, H, """\
MC -> HS (names/co.)
- [ ] Email Address -> Email
- [ ] FNAME -> fname, first word only
- [ ] COMPANY -> Company Name, if blank use the email domain (part after @)
- [ ] Lifecycle Stage: if the member has the tag "Customer" -> customer, if not -> subscriber""",
      extended(MC, mc({"FNAME": "Maria Clara", "COMPANY": ""}, email_address="mc.santos@pacificdunes.com",
                      tags=["Customer", "Open House"])))
def o42(r: R) -> Out:
    m = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(m["FNAME"]),
            "company": dflt(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set112")
