"""Held-out set 95 for the offline mapping drafter.

Persona: Wei, a data analyst who writes mapping requests as numbered requirement lists in a
formal, compact SQL / data-dictionary style (:=, <-, CASE ... END, WHERE, EXCLUDE WHERE, NVL,
COALESCE, TO_NUMBER, TRIM, INITCAP, CONCAT), adding a plain-English note where SQL would be awkward.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h95-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Wei's own.
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


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h95-01-lead-copies-web", H, L, """\
Spec: hubspot.contacts -> salesforce.Lead
1. Email := email
2. FirstName := firstname
3. LastName := lastname
4. Title := jobtitle
5. Phone := phone
6. LeadSource := 'Web' (literal, every row)
Columns 1-5 are straight copies: no TRIM, no case change; an empty source value is written as ''.""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "Phone": r["phone"], "LeadSource": "Web"}


@case("h95-02-lead-trim-defaults", H, L, """\
Lead load rules
1. Email <- TRIM(email)   -- strip leading/trailing spaces only, keep the case
2. Company <- company; if blank (NULL, '' or only spaces) -> 'Unknown'
3. Title <- jobtitle; if blank -> 'Not provided'
4. City <- city, unchanged
Non-blank company/jobtitle values go across exactly as stored.""", extended(
    HS,
    hs(email="  Tomas.Novak@BrnoWorks.cz ", firstname="Tomas", lastname="Novak", company="   ", jobtitle="",
       city="Brno", country="Czechia", state="", phone="+420 555 123 456", mobilephone=""),
))
def o02(r: R) -> Out:
    return {"Email": r["email"].strip(), "Company": dflt(r["company"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Not provided"), "City": r["city"]}


@case("h95-03-lead-phone-coalesce-initcap", H, L, """\
target: salesforce.Lead
1. Email = email (as is)
2. FirstName = INITCAP(firstname)
3. LastName = INITCAP(lastname)
4. City = INITCAP(city)
5. Phone = COALESCE(phone, mobilephone), blank counting as NULL; value copied as stored (no reformatting).
   If both are blank, Phone is not written at all.
INITCAP here = capitalise the first letter of each space-separated word, lower-case the rest.""", extended(
    HS,
    hs(email="ines.ferreira@portoazul.pt", firstname="INES", lastname="ferreira", company="Porto Azul",
       phone="", mobilephone="", city="PORTO", country="Portugal", state=""),
))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if ph is None else ph})


@case("h95-04-lead-source-case-lower", H, L, """\
1. Email := LOWER(email)
2. LeadSource := CASE hs_analytics_source
     WHEN 'ORGANIC_SEARCH' THEN 'Web'
     WHEN 'PAID_SEARCH'    THEN 'Advertisement'
     WHEN 'REFERRALS'      THEN 'Partner Referral'
     ELSE 'Other'
   END
   Note: a NULL/empty original source falls into ELSE as well, i.e. 'Other'.
No other Lead fields.""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h95-05-lead-two-excludes", H, L, """\
Filters (applied before mapping):
  EXCLUDE WHERE lifecyclestage = 'customer'
  EXCLUDE WHERE hs_email_optout = 'true'
A row hit by either rule is dropped.
Columns for the remaining rows:
  1. Email  <- email
  2. Company <- company
  3. Title  <- jobtitle
  4. Status <- 'Open - Not Contacted' (constant)
1-3 copied verbatim.""", extended(
    HS,
    hs(email="sam.okoro@lagosfintech.ng", firstname="Sam", lastname="Okoro", company="Lagos Fintech", jobtitle="CFO",
       lifecyclestage="customer", hs_email_optout="false", country="Nigeria", city="Lagos", state=""),
    hs(email="lea.fischer@spreeworks.de", firstname="Lea", lastname="Fischer", company="Spreeworks", jobtitle="",
       lifecyclestage="opportunity", hs_email_optout="false", country="Germany", city="Berlin", state=""),
))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Company": r["company"], "Title": r["jobtitle"], "Status": "Open - Not Contacted"}


@case("h95-06-lead-rating-bands-employees", H, L, """\
1. Email := email
2. Rating :=
     CASE WHEN TO_NUMBER(annualrevenue) > 5000000 THEN 'Hot'
          WHEN TO_NUMBER(annualrevenue) < 1000000 THEN 'Cold'
          ELSE 'Warm' END
   A blank annualrevenue goes to ELSE ('Warm'): size unknown, so not Cold.
3. NumberOfEmployees := CAST(numemployees AS INTEGER); when numemployees is blank, omit the field.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else ("Hot" if v > 5000000 else ("Cold" if v < 1000000 else "Warm"))
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h95-07-lead-mobile-e164-initcap", H, L, """\
Lead mapping, phones normalised:
1. Email <- email
2. FirstName <- INITCAP(firstname); LastName <- INITCAP(lastname)
   (each space-separated word: first letter upper, remaining letters lower)
3. MobilePhone <- mobilephone in E.164. Default country = US (+1); a number that already starts
   with '+' keeps its own country code.
4. If mobilephone is blank -> don't write MobilePhone.""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h95-08-lead-us-only-desc", H, L, """\
WHERE country = 'United States'   -- all other rows are skipped
SELECT
  email         AS Email,
  lastname      AS LastName,
  UPPER(state)  AS State,
  CONCAT('HubSpot ', lifecyclestage, ' since ', TO_CHAR(createdate, 'YYYY-MM-DD')) AS Description
e.g. Description = 'HubSpot lead since 2024-02-18'. Date part of createdate only, no time.""", extended(
    HS,
    hs(email="tanya.ross@gulfbreeze.com", firstname="Tanya", lastname="Ross", company="Gulf Breeze Realty",
       country="United States", city="Tampa", state="fl", zip="33602", createdate="2024-02-18T13:20:00.000Z",
       lifecyclestage="lead"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"HubSpot {r['lifecyclestage']} since {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h95-09-contact-mailing-columns", H, C, """\
hubspot.contacts -> salesforce.Contact, plain column mapping (no transforms; blanks copied as ''):

  target              | source
  --------------------+----------
  Email               | email
  FirstName           | firstname
  LastName            | lastname
  MailingStreet       | address
  MailingCity         | city
  MailingState        | state
  MailingPostalCode   | zip
  MailingCountry      | country""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h95-10-contact-optout-dnc-flags", H, C, """\
Contact flags:
1. Email := email
2. HasOptedOutOfEmail (boolean):
     hs_email_optout = 'true'  -> TRUE
     hs_email_optout = 'false' -> FALSE
     NULL/blank                -> TRUE   (no recorded consent, so treat as opted out)
3. DoNotCall (boolean) := TRUE when phone is blank (NULL, '' or whitespace), else FALSE.
   Only phone counts here; mobilephone is ignored.""", extended(
    HS,
    hs(email="ravi.menon@keralaspice.in", firstname="Ravi", lastname="Menon", company="Kerala Spice Co",
       phone="   ", mobilephone="", hs_email_optout="false", country="India", city="Kochi", state=""),
))
def o10(r: R) -> Out:
    o = r["hs_email_optout"]
    return {"Email": r["email"], "HasOptedOutOfEmail": True if blank(o) else o == "true",
            "DoNotCall": blank(r["phone"])}


@case("h95-11-contact-lastname-chain", H, C, """\
1. Email := email
2. FirstName := firstname
3. LastName := COALESCE(lastname, firstname, SUBSTR(email, 1, INSTR(email, '@') - 1))
   i.e. the last name; if that is blank, the first name; if that is blank too, the part of the
   email before the '@'. LastName is mandatory on Contact, hence the chain.""", extended(
    lower_emails(HS),
    hs(email="quinn.harper@tidewater.io", firstname="Quinn", lastname="", company="Tidewater"),
    hs(email="jb.renard@vignoble.fr", firstname="", lastname="  ", company="Vignoble", country="France"),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h95-12-contact-stage-desc-state", H, C, """\
Salesforce Contact from HubSpot:
1. Email <- email
2. Description <- lifecycle stage code:
     subscriber             -> 'Subscriber'
     lead                   -> 'Lead'
     marketingqualifiedlead -> 'MQL'
     salesqualifiedlead     -> 'SQL'
     customer               -> 'Customer'
3. MailingState <- UPPER(state); blank state -> leave MailingState out of the record.""", extended(
    HS,
    hs(email="wen.zhao@lakesidelabs.com", firstname="Wen", lastname="Zhao", company="Lakeside Labs",
       state="wa", city="Seattle", country="United States", lifecyclestage="lead"),
))
def o12(r: R) -> Out:
    table = {"subscriber": "Subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h95-13-contact-qualified-only", H, C, """\
WHERE lifecyclestage IN ('marketingqualifiedlead', 'salesqualifiedlead')
1. Email      := LOWER(email)
2. Phone      := NVL(phone, mobilephone)   -- blank phone -> mobilephone; copied as stored, no formatting
3. Department := 'Demand Gen'
(Rows in any other stage are not synced.)""", extended(
    HS,
    hs(email="Nadia.Haddad@CedarGrove.com", firstname="Nadia", lastname="Haddad", company="Cedar Grove Health",
       phone="", mobilephone="(718) 555-0166", lifecyclestage="salesqualifiedlead", city="Brooklyn", state="NY"),
))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]), "Department": "Demand Gen"}


@case("h95-14-contact-trim-initcap-source", H, C, """\
1. Email      <- email
2. FirstName  <- INITCAP(firstname)
3. LastName   <- INITCAP(lastname)
4. Title      <- TRIM(jobtitle)
5. LeadSource <- CASE hs_analytics_source
                   WHEN 'PAID_SEARCH' THEN 'Advertisement'
                   WHEN 'PAID_SOCIAL' THEN 'Advertisement'
                   WHEN 'REFERRALS'   THEN 'Partner Referral'
                   ELSE 'Web' END      -- ELSE includes an empty source
INITCAP: every space-separated word gets a capital first letter, the rest lower case.
TRIM removes leading/trailing spaces only.""", extended(
    HS,
    hs(email="anna.lindgren@fjallsoft.se", firstname="ANNA", lastname="lindgren", company="Fjallsoft",
       jobtitle="  Growth Lead ", hs_analytics_source="EMAIL_MARKETING", country="Sweden", state=""),
))
def o14(r: R) -> Out:
    table = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

_no_company = {k: v for k, v in hs(email="ola.nordmann@fjordfisk.no", firstname="Ola", lastname="Nordmann",
                                    country="Norway", state="").items() if k != "company"}


@case("h95-15-mc-copies-company-default", H, M, """\
Mailchimp member load:
1. email_address        := email
2. merge_fields.FNAME   := firstname
3. merge_fields.LNAME   := lastname
4. status               := 'subscribed' (fixed)
5. merge_fields.COMPANY := company; if the company property is missing from the record or blank -> 'Independent'
1-3 as is.""", extended(HS, _no_company))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
            "COMPANY": dflt(r.get("company"), "Independent")}, "status": "subscribed"}


@case("h95-16-mc-optout-status-tag", H, M, """\
1. email_address := email
2. status := CASE hs_email_optout
               WHEN 'true'  THEN 'unsubscribed'
               WHEN 'false' THEN 'subscribed'
             END
   blank/NULL hs_email_optout -> 'pending' (they go through double opt-in)
3. tags := ['hubspot-import'] on every member""", HS)
def o16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-import"]}


@case("h95-17-mc-revenue-customer-tags", H, M, """\
Members get email_address := email, plus tags built from these rules, in this order:
  1. 'high-revenue' IF TO_NUMBER(annualrevenue) > 3000000   (blank revenue: no tag)
  2. 'customer'     IF lifecyclestage = 'customer'
Nothing matched -> tags = [] (empty list, still sent). No other member fields.""", extended(
    HS,
    hs(email="greta.hansen@nordhavn.dk", firstname="Greta", lastname="Hansen", company="Nordhavn Shipping",
       lifecyclestage="customer", annualrevenue="9000000", country="Denmark", state=""),
))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3000000):
        tags.append("high-revenue")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "tags": tags}


@case("h95-18-mc-firstword-phone", H, M, """\
1. email_address      := email
2. merge_fields.FNAME := first word of firstname (the text up to the first space)
3. merge_fields.LNAME := lastname
4. merge_fields.PHONE := E.164(NVL(phone, mobilephone)), i.e. phone, or mobilephone when phone is blank;
   US as the default country (+1); numbers already starting with '+' keep their own code.
   Every row has at least one of the two numbers.""", extended(
    HS,
    hs(email="maryann.cole@harborpoint.com", firstname="Mary Ann", lastname="Cole", company="Harbor Point",
       phone="", mobilephone="503 555 0131", city="Portland", state="OR"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
            "LNAME": r["lastname"], "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h95-19-mc-skip-no-email-vip", H, M, """\
EXCLUDE WHERE email IS NULL OR TRIM(email) = ''
1. email_address := email
2. status        := 'subscribed'
3. vip           := (lifecyclestage = 'customer')   -- boolean true/false""", extended(
    HS,
    hs(email="", firstname="Pat", lastname="Nobody", company="Unknown Co", lifecyclestage="lead"),
    hs(email="   ", firstname="Robin", lastname="Blank", company="Spaces Ltd", lifecyclestage="customer"),
))
def o19(r: R) -> Out:
    if blank(r["email"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h95-20-mc-initcap-domain-vip", H, M, """\
1. email_address        <- email
2. merge_fields.FNAME   <- INITCAP(firstname)
3. merge_fields.LNAME   <- INITCAP(lastname)
4. merge_fields.COMPANY <- NVL(company, SUBSTR of email after '@') -- blank company gets the email's domain
5. vip <- TRUE if annualrevenue (as a number) > 2000000, else FALSE; empty annualrevenue -> FALSE
INITCAP = upper-case first letter of each space-separated word, lower-case the rest.""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
            "COMPANY": dflt(r["company"], after_at(r["email"]))}, "vip": gt(r["annualrevenue"], 2000000)}


# ---------------------------------------------------------------- HubSpot -> Segment

@case("h95-21-seg-lower-id-fullname", H, S, """\
segment.identify, one call per contact:
1. userId       := LOWER(email)
2. traits.email := email (original casing)
3. traits.name  := CONCAT(firstname, ' ', lastname)   -- values as stored, no case fix
4. traits.title := jobtitle
5. traits.phone := phone
Copies keep empty strings.""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "name": f"{r['firstname']} {r['lastname']}",
            "title": r["jobtitle"], "phone": r["phone"]}}


@case("h95-22-seg-company-object", H, S, """\
1. userId <- email
2. traits.company.name           <- company; blank -> 'Unknown'
3. traits.company.industry       <- industry; blank -> omit the key
4. traits.company.employee_count <- numemployees AS INTEGER; blank -> omit the key""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h95-23-seg-address-phone", H, S, """\
1. userId := email
2. traits.address.street     := address
3. traits.address.city       := city
4. traits.address.state      := state, omitted when blank
5. traits.address.postalCode := zip
6. traits.address.country    := country
7. traits.phone := E.164 of COALESCE(phone, mobilephone) (blank = NULL); US (+1) assumed unless the number starts
   with '+'. When phone and mobilephone are both blank, no traits.phone.
Items 2, 3, 5 and 6 are copied as is.""", extended(
    HS,
    hs(email="lucas.meyer@alpinecraft.ch", firstname="Lucas", lastname="Meyer", company="Alpine Craft",
       phone="", mobilephone="", address="Bahnhofstrasse 10", city="Zurich", state="", zip="8001",
       country="Switzerland"),
))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": OMIT if ph is None else e164(ph)}})


@case("h95-24-seg-trim-optout-revenue", H, S, """\
1. userId := LOWER(TRIM(email))
2. traits.title := jobtitle
3. traits.unsubscribed (boolean) := (hs_email_optout = 'true'); 'false' or blank -> false
4. traits.annual_revenue := TO_NUMBER(annualrevenue); blank -> omit""", extended(
    HS,
    hs(email="  Owen.Price@Ridgeline.com ", firstname="Owen", lastname="Price", company="Ridgeline",
       jobtitle="Controller", hs_email_optout="true", annualrevenue="640000.5"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h95-25-ga4-crm-contact-event", H, G, """\
GA4 Measurement Protocol, one event per contact:
1. client_id := 'hubspot-crm' (constant)
2. events[0].name := 'crm_contact' (constant)
3. events[0].params.lifecycle_stage := lifecyclestage (copy)
4. events[0].params.source := LOWER(hs_analytics_source); if the source is blank -> 'unknown'
5. events[0].params.created_on := createdate as 'YYYY-MM-DD' (date part only)""", HS)
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-crm", "events": [{"name": "crm_contact", "params": {
        "lifecycle_stage": r["lifecyclestage"], "source": "unknown" if blank(src) else src.lower(),
        "created_on": day(r["createdate"])}}]}


@case("h95-26-ga4-revenue-over-1m", H, G, """\
WHERE TO_NUMBER(annualrevenue) > 1000000; rows with a blank annualrevenue are excluded as well.
1. client_id := SUBSTR of email before the '@'
2. events[0].name := 'high_value_contact'
3. events[0].params.value := TO_NUMBER(annualrevenue)
4. events[0].params.currency := 'USD'""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "high_value_contact", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h95-27-ga4-purchase-or-lead", H, G, """\
1. client_id := email (verbatim)
2. events[0].name := CASE WHEN lifecyclestage = 'customer' THEN 'purchase' ELSE 'generate_lead' END
3. events[0].params.lead_source := hs_analytics_source; if empty -> 'DIRECT_TRAFFIC'
4. events[0].params.job_title := jobtitle (plain copy, '' stays '')""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"], "events": [{
        "name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
        "params": {"lead_source": dflt(r["hs_analytics_source"], "DIRECT_TRAFFIC"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h95-28-sfl-hs-straight-copies", L, H, """\
salesforce.Lead -> hubspot.contacts. 1:1 copies, no transforms; an empty Salesforce value is copied as ''.
  email     <- Email
  firstname <- FirstName
  lastname  <- LastName
  company   <- Company
  jobtitle  <- Title
  phone     <- Phone
  address   <- Street
  zip       <- PostalCode
  country   <- Country""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h95-29-sfl-hs-status-stage-optout", L, H, """\
1. email := Email
2. lifecyclestage := CASE Status
     WHEN 'Open - Not Contacted'   THEN 'lead'
     WHEN 'Working - Contacted'    THEN 'salesqualifiedlead'
     WHEN 'Closed - Converted'     THEN 'customer'
     WHEN 'Closed - Not Converted' THEN 'other'
   END
3. hs_email_optout := the string 'true' if HasOptedOutOfEmail is checked, else the string 'false'
   (text values, not booleans)""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h95-30-sfl-hs-rating-revenue", L, H, """\
1. email := LOWER(Email)
2. lifecyclestage := Rating mapped: Hot -> 'salesqualifiedlead', Warm -> 'marketingqualifiedlead', Cold -> 'lead'
3. annualrevenue := TO_NUMBER(AnnualRevenue); when AnnualRevenue is blank, don't set annualrevenue""", extended(
    SFL,
    sfl(Email="Marta.Kowalska@VistulaTech.pl", FirstName="Marta", LastName="Kowalska", Company="Vistula Tech",
        Title="COO", Phone="+48 22 555 0140", Street="ul. Prosta 20", City="Warsaw", PostalCode="00-850",
        Country="Poland", Rating="Warm", AnnualRevenue="750000.5"),
))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h95-31-sfl-hs-uk-only", L, H, """\
UK org feed.
WHERE Country = 'United Kingdom'
1. email    <- Email
2. phone    <- Phone as E.164 with UK as default: drop the leading trunk 0 and prefix +44;
               numbers already in +CC form keep their code
3. zip      <- UPPER(PostalCode)
4. jobtitle <- NVL(Title, 'Not specified')   -- NVL also catches an empty Title""", extended(
    SFL,
    sfl(Email="priya.shah@kestrelpay.co.uk", FirstName="Priya", LastName="Shah", Company="Kestrel Pay", Title="",
        Phone="0161 496 0123", Street="1 Piccadilly", City="Manchester", PostalCode="m1 1aa",
        Country="United Kingdom", Status="Working - Contacted", Rating="Warm"),
    sfl(Email="tom.hughes@severnbridge.co.uk", FirstName="Tom", LastName="Hughes", Company="Severn Bridge Ltd",
        Title="Ops Director", Phone="+44 29 2018 0456", Street="12 Bute St", City="Cardiff", PostalCode="cf10 5aa",
        Country="United Kingdom"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not specified")}


@case("h95-32-sfl-hs-address-concat", L, H, """\
EXCLUDE WHERE Status = 'Closed - Not Converted'
1. email   := Email
2. company := NVL(Company, 'Unknown')   (empty Company -> 'Unknown')
3. address := Street || ', ' || City
   If Street is blank, address = City alone (no leading comma or space).""", extended(
    SFL,
    sfl(Email="nina.berg@fjordline.no", FirstName="Nina", LastName="Berg", Company="", Title="Buyer",
        Phone="+47 55 55 01 23", Street="", City="Bergen", PostalCode="5003", Country="Norway",
        Status="Working - Contacted", Rating="Cold"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h95-33-sfc-mc-status-tags", C, M, """\
1. email_address := LOWER(Email)
2. status := CASE WHEN HasOptedOutOfEmail THEN 'unsubscribed' ELSE 'subscribed' END
3. tags := ['sfdc-contact'] always, then append 'trade-show' when LeadSource = 'Trade Show'""", SFC)
def o33(r: R) -> Out:
    tags = ["sfdc-contact"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h95-34-sfc-mc-phone-language", C, M, """\
EXCLUDE WHERE Phone is blank (NULL, '' or spaces)
1. email_address      <- Email
2. merge_fields.PHONE <- Phone in E.164, US default (+1); '+'-prefixed numbers keep their own country code
3. language <- MailingCountry lookup:
     'United States' -> 'en'
     'Germany'       -> 'de'
     'Austria'       -> 'de'""", extended(
    SFC,
    sfc(Email="marco.bianchi@lagoverde.it", FirstName="Marco", LastName="Bianchi", Title="Buyer", Department="Sales",
        Phone="", MailingCity="Munich", MailingCountry="Germany", LeadSource="Web"),
    sfc(Email="sara.lind@cascadeoutdoor.com", FirstName="Sara", LastName="Lind", Title="Analyst", Department="",
        Phone="  ", MailingCity="Seattle", MailingCountry="United States", LeadSource=""),
))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"United States": "en", "Germany": "de", "Austria": "de"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h95-35-sfc-mc-fname-default-vip", C, M, """\
1. email_address      := Email
2. merge_fields.FNAME := NVL(FirstName, 'there')   -- blank FirstName; the template says 'Hi *|FNAME|*'
3. merge_fields.LNAME := LastName
4. vip    := (Department = 'Sales'); blank Department -> false
5. status := 'subscribed'""", extended(
    SFC,
    sfc(Email="kim.ngo@saigonsilk.vn", FirstName="", LastName="Ngo", Title="Account Manager", Department="Sales",
        Phone="+84 28 5555 0123", MailingCity="Ho Chi Minh City", MailingCountry="Vietnam", LeadSource="Web"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "there"),
            "LNAME": r["LastName"]}, "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h95-36-sfc-mc-opted-in-only", C, M, """\
WHERE HasOptedOutOfEmail = FALSE
email_address <- Email; merge_fields.FNAME <- FirstName; merge_fields.LNAME <- LastName (plain copies);
status <- 'subscribed'; language <- 'en';
tags <- [] -- send an explicit empty tag list.""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h95-37-sfc-seg-traits-omit-empty", C, S, """\
identify from salesforce.Contact

  field             | rule
  ------------------+------------------------------
  userId            | LOWER(Email)
  traits.email      | Email
  traits.firstName  | FirstName
  traits.lastName   | LastName
  traits.title      | Title; omit when empty
  traits.birthday   | Birthdate; omit when empty

All traits are copied unchanged.""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h95-38-sfc-seg-address-city-country", C, S, """\
1. userId := Email
2. traits.address.city := TRIM(MailingCity)
3. traits.address.country := MailingCountry; NULL/blank -> 'Unknown'
Nothing else in traits.""", extended(
    SFC,
    sfc(Email="jakob.steiner@grazwerk.at", FirstName="Jakob", LastName="Steiner", MailingCity="  Graz ",
        MailingCountry="Austria"),
    sfc(Email="amy.lo@harbourview.hk", FirstName="Amy", LastName="Lo", MailingCity="Hong Kong ",
        MailingCountry="  "),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"].strip(),
            "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h95-39-sfc-seg-name-phone-channel", C, S, """\
1. userId := Email
2. traits.name := FirstName || ' ' || LastName
3. traits.phone := Phone normalised to E.164; assume US (+1) unless it already starts with '+'
4. traits.channel := CASE LeadSource WHEN 'Web' THEN 'inbound' WHEN 'Trade Show' THEN 'events' ELSE 'other' END
   (blank LeadSource -> 'other')""", SFC)
def o39(r: R) -> Out:
    ch = {"Web": "inbound", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
            "channel": ch}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h95-40-mc-hs-initcap-optout-text", M, H, """\
mailchimp.members -> hubspot.contacts
1. email := email_address
2. firstname := INITCAP(merge_fields.FNAME)
3. lastname := INITCAP(merge_fields.LNAME); skip the field when LNAME is blank
4. company := merge_fields.COMPANY; blank -> 'Unknown'
5. hs_email_optout := text 'true' when status IN ('unsubscribed', 'cleaned'), otherwise text 'false'
INITCAP = first letter of each space-separated word upper, the rest lower.""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h95-41-mc-hs-no-cleaned-phone-vip", M, H, """\
EXCLUDE WHERE status = 'cleaned'
1. email   <- email_address
2. phone   <- E.164(merge_fields.PHONE), US default (+1), an existing '+' code is kept;
              empty PHONE -> do not write phone
3. company <- merge_fields.COMPANY
4. lifecyclestage <- 'customer' if vip = true, else 'subscriber'""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h95-42-mc-hs-firstword-domain-tag", M, H, """\
1. email := email_address
2. firstname := first word of merge_fields.FNAME
3. company := NVL(merge_fields.COMPANY, <email domain, i.e. everything after the '@'>)
   (NVL here: COMPANY unless it is blank)
4. lifecyclestage := CASE WHEN 'Customer' IN tags THEN 'customer' ELSE 'subscriber' END""", extended(
    MC,
    mc({"FNAME": "Mei Ling", "LNAME": "Wong", "PHONE": "202.555.0187", "COMPANY": ""},
       email_address="meiling.wong@harbourtea.hk", status="subscribed", tags=["Customer", "Webinar"],
       language="zh", vip=False),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set95")
