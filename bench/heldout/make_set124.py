"""Held-out set 124 for the offline mapping drafter.

The author of this set is Marc Tremblay, a BI analyst in Toronto who thinks in SQL. He writes
each mapping as SQL-shaped pseudo-code in a ticket: SELECT lists with the source's API names
and the destination's API names as aliases (sometimes quoted, sometimes bare), COALESCE and
NULLIF for fallbacks and defaults, CASE expressions for value tables and conditions, UPPER /
LOWER / TRIM / INITCAP for transforms, WHERE clauses for filters and `--` comments for intent.
Some texts are full SELECT statements, some are fragments or column lists of SQL expressions,
some are plain English with inline SQL. Where SQL has no idiom (E.164 phone formatting,
leaving a field out of the payload, Mailchimp tags, nested destination keys) he says it in a
comment or invents a function name and explains it once.

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _trim_or(v: str, d: str) -> str:
    """TRIM(v), or the default ``d`` when v is blank."""
    return d if blank(v) else v.strip()


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> salesforce.Lead (01-08)
# --------------------------------------------------------------------------------------------


@case("h124-01-lead-straight-select", H, L, """Ticket BI-2207: push HubSpot contacts into Salesforce Leads.

SELECT
    email     AS Email,
    firstname AS FirstName,
    lastname  AS LastName,
    company   AS Company,
    jobtitle  AS Title,
    city      AS City,
    'Web'     AS LeadSource   -- hard-coded literal, same on every row
FROM hubspot.contacts;

-- everything except LeadSource is a straight copy: no cleanup, no defaults.
-- an empty string in HubSpot goes over as an empty string.""",
      extended(HS,
               hs(email="olav.berg@fjordtech.no", firstname="Olav", lastname="Berg", company="", jobtitle="", city=""),
               hs(email="sam.lee@maplecrest.ca", firstname="", lastname="Lee", company="Maplecrest Inc",
                  jobtitle=" Analyst ", city="Toronto")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Web"}


@case("h124-02-lead-required-defaults", H, L, """LastName and Company are required on the Lead, so both get a fallback literal. First name just gets trimmed.

SELECT email                                             AS "Email",
       TRIM(firstname)                                   AS "FirstName",
       COALESCE(NULLIF(TRIM(lastname), ''), 'Unknown')   AS "LastName",
       COALESCE(NULLIF(TRIM(company), ''), 'Not Provided') AS "Company",
       jobtitle                                          AS "Title"
FROM hubspot.contacts
-- TRIM = strip leading/trailing spaces.
-- the NULLIF(TRIM(x), '') trick means null, '' and all-spaces values all count as empty -> default literal.
-- email and jobtitle go over exactly as they are.""",
      extended(HS,
               hs(email="ana.souza@blueheron.ca", firstname="  Ana ", lastname="   ", company="  Blue Heron Co  ",
                  jobtitle=""),
               hs(email="tom.nguyen@gridline.io", firstname="Tom", lastname=" Nguyen", company=" ",
                  jobtitle="Director ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": _trim_or(r["lastname"], "Unknown"),
            "Company": _trim_or(r["company"], "Not Provided"), "Title": r["jobtitle"]}


@case("h124-03-lead-phone-coalesce-initcap", H, L, """SELECT
  email                                                  AS Email,
  INITCAP(firstname)                                     AS FirstName,
  INITCAP(lastname)                                      AS LastName,
  COALESCE(NULLIF(mobilephone, ''), NULLIF(phone, ''))   AS Phone
FROM hubspot.contacts
-- INITCAP = title case: every space-separated word gets a capital first letter, the rest lower case.
-- Phone: mobile first, office phone second. "blank" here = null, '' or only spaces.
--        if both are blank, leave Phone out of the payload entirely (no null, no '').
-- the numbers are copied as typed, no reformatting.""",
      extended(HS,
               hs(email="anne.leblanc@cobaltbay.com", firstname="anne marie", lastname="LEBLANC", phone="",
                  mobilephone=""),
               hs(email="raj.patel@kestrel.ca", firstname="RAJ", lastname="patel", mobilephone="  ",
                  phone="905-555-0166")))
def o03(r: R) -> Out:
    ph = first_filled(r["mobilephone"], r["phone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


_SRC_LEAD = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}


@case("h124-04-lead-source-case-else", H, L, """Lead source mapping as a CASE. Anything not listed, including a blank original source, falls through to the ELSE.

SELECT LOWER(email) AS Email,
       lastname     AS LastName,
       company      AS Company,
       CASE hs_analytics_source
            WHEN 'ORGANIC_SEARCH' THEN 'Web'
            WHEN 'PAID_SEARCH'    THEN 'Advertisement'
            WHEN 'PAID_SOCIAL'    THEN 'Advertisement'
            WHEN 'REFERRALS'      THEN 'External Referral'
            WHEN 'OFFLINE'        THEN 'Trade Show'
            ELSE 'Other'
       END AS LeadSource
FROM hubspot.contacts;""",
      extended(HS,
               hs(email="Zoe.Kim@HarbourFront.CA", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="JP.Roy@Laurentide.com", hs_analytics_source="OFFLINE", company=""),
               hs(email="ELLA.FOX@QUILL.IO", hs_analytics_source="  ")))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": _SRC_LEAD.get(r["hs_analytics_source"], "Other")}


@case("h124-05-lead-two-where-clauses", H, L, """SELECT email      AS Email,
       firstname  AS FirstName,
       lastname   AS LastName,
       company    AS Company,
       country    AS Country,
       'Open - Not Contacted' AS Status      -- constant
FROM hubspot.contacts
WHERE lifecyclestage <> 'customer'           -- existing customers never become leads
  AND hs_email_optout <> 'true'              -- drop anyone opted out of email
-- careful with the second one: a blank hs_email_optout is NOT 'true', so those rows stay in
-- (don't let SQL null logic throw them away). Everything selected is a plain copy.""",
      extended(HS,
               hs(email="hugo.martin@velo.ca", lifecyclestage="customer", hs_email_optout="false"),
               hs(email="rosa.lima@amazonia.br", firstname="Rosa", lastname="Lima", lifecyclestage="lead",
                  hs_email_optout="", company="", country="Brazil"),
               hs(email="ivan.petrov@tundra.ru", lifecyclestage="opportunity", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Country": r["country"], "Status": "Open - Not Contacted"}


@case("h124-06-lead-rating-bands-headcount", H, L, """Rating from revenue, headcount as a proper integer. annualrevenue is stored as text in HubSpot; compare it as a number.

SELECT
    email    AS Email,
    lastname AS LastName,
    CASE
        WHEN annualrevenue > 10000000 THEN 'Hot'
        WHEN annualrevenue < 1000000  THEN 'Cold'
        ELSE 'Warm'                   -- this branch also catches a blank annualrevenue
    END AS Rating,
    CAST(numemployees AS INTEGER) AS NumberOfEmployees
FROM hubspot.contacts;
-- NumberOfEmployees must be a whole number (JSON int). If numemployees is blank,
-- leave NumberOfEmployees out of the payload instead of sending 0 or null.""",
      extended(HS,
               hs(email="lea.moreau@cirrus.ca", annualrevenue="999999.5", numemployees="1200"),
               hs(email="ben.cole@oakridge.com", annualrevenue="  ", numemployees=""),
               hs(email="yuki.mori@kaze.jp", annualrevenue="25000000", numemployees="8")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else "Hot" if v > 10000000 else "Cold" if v < 1000000 else "Warm"
    return keep({"Email": r["email"], "LastName": r["lastname"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h124-07-lead-e164-initcap-city", H, L, """Phones have to land in Salesforce in E.164 for the dialer. No SQL builtin for that, so I'm writing it as E164(x, 'US'):
keep only the digits and put a '+' in front; a number that already starts with '+' keeps its own country code,
anything else is assumed US (+1, unless it's already 11 digits starting with 1).

SELECT email             AS Email,
       E164(phone, 'US') AS Phone,   -- blank phone: leave Phone out of the payload, don't send ''
       INITCAP(city)     AS City     -- title case each word of the city
FROM hubspot.contacts
-- only the office phone field; mobilephone is not used here.""",
      extended(HS,
               hs(email="grace.ho@pinecrest.com", phone="1 (212) 555-0100", city="new york"),
               hs(email="adam.roy@falls.ca", phone="   ", city="NIAGARA FALLS"),
               hs(email="nina.ortiz@lakeview.ca", phone="", mobilephone="416-555-0111", city="toronto")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h124-08-lead-us-only-description", H, L, """US contacts only for this feed.

SELECT email        AS Email,
       UPPER(state) AS State,
       'HubSpot ' || hs_analytics_source || ' since ' || TO_CHAR(createdate, 'YYYY-MM-DD') AS Description
FROM hubspot.contacts
WHERE country = 'United States';
-- the createdate bit is just the date (YYYY-MM-DD), time of day dropped.
-- || is plain string concatenation, literals exactly as written (spaces included).""",
      extended(HS,
               hs(email="luke.hart@bayou.com", country="United States", state="ny", hs_analytics_source="DIRECT_TRAFFIC",
                  createdate="2024-06-30T12:15:00.000Z"),
               hs(email="claire.roy@maple.ca", country="Canada", state="ON")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"HubSpot {r['hs_analytics_source']} since {day(r['createdate'])}"}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> salesforce.Contact (09-14)
# --------------------------------------------------------------------------------------------


@case("h124-09-contact-mailing-block", H, C, """HubSpot contacts -> Salesforce Contact, just the identity + mailing address block:

  email    AS Email,
  lastname AS LastName,
  address  AS MailingStreet,
  city     AS MailingCity,
  state    AS MailingState,
  zip      AS MailingPostalCode,
  country  AS MailingCountry

-- all 1:1 copies, no TRIM, no UPPER. Blank in HubSpot = blank in Salesforce.""",
      extended(HS,
               hs(email="meera.shah@kingwest.ca", lastname="Shah", address="", city="Toronto", state="ON",
                  zip="M5V 2T6", country="Canada"),
               hs(email="tim.beck@prairie.ca", lastname="Beck", zip="", state="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h124-10-contact-boolean-flags", H, C, """SELECT email    AS Email,
       lastname AS LastName,
       (hs_email_optout = 'true')              AS HasOptedOutOfEmail,  -- blank opt-out -> FALSE, not NULL
       (phone IS NULL OR TRIM(phone) = '')     AS DoNotCall            -- no office phone on file -> TRUE, else FALSE
FROM hubspot.contacts;
-- both land as real booleans on the SF side (true/false), not text. mobilephone plays no part in DoNotCall.""",
      extended(HS,
               hs(email="omar.aziz@dune.ca", hs_email_optout="  ", phone="  "),
               hs(email="kate.ward@fernhill.com", hs_email_optout="true", phone="416-555-0100")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h124-11-contact-firstname-from-local-part", H, C, """For Contacts with no first name, use the email's local part so the salutation in SF isn't empty.

SELECT
  email                                              AS Email,
  COALESCE(firstname, SPLIT_PART(email, '@', 1))     AS FirstName,  -- local part = everything before the @, unchanged
  lastname                                           AS LastName,
  COALESCE(phone, mobilephone)                       AS Phone       -- office first, then mobile, copied as typed
FROM hubspot.contacts
-- in both COALESCEs treat '' and whitespace-only like NULL.
-- (every row in this list has at least one of phone / mobilephone.)""",
      extended(lower_emails(HS),
               hs(email="noor.haddad@cedarlane.ca", firstname="", phone="", mobilephone="647-555-0123"),
               hs(email="b.ouellet@rivemont.ca", firstname="   ", phone="514 555 0177")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], before_at(r["email"])),
            "LastName": r["lastname"], "Phone": first_filled(r["phone"], r["mobilephone"])}


_STAGE_DESC = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "Marketing qualified",
               "salesqualifiedlead": "Sales qualified", "customer": "Customer"}


@case("h124-12-contact-stage-description", H, C, """SELECT email    AS Email,
       lastname AS LastName,
       CASE lifecyclestage
            WHEN 'subscriber'             THEN 'Newsletter subscriber'
            WHEN 'lead'                   THEN 'Lead'
            WHEN 'marketingqualifiedlead' THEN 'Marketing qualified'
            WHEN 'salesqualifiedlead'     THEN 'Sales qualified'
            WHEN 'customer'               THEN 'Customer'
       END AS Description,                -- only these five stages exist in this portal, no ELSE needed
       UPPER(state) AS MailingState       -- if state is blank, leave MailingState out of the payload
FROM hubspot.contacts""",
      extended(HS,
               hs(email="liam.chen@yorkville.ca", lifecyclestage="lead", state="on"),
               hs(email="eva.lind@fjord.se", lifecyclestage="customer", state=" ")))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "Description": _STAGE_DESC[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h124-13-contact-qualified-only", H, C, """Only qualified contacts go to Salesforce Contacts; everything else is skipped.

SELECT LOWER(email)                   AS Email,
       lastname                       AS LastName,
       COALESCE(mobilephone, phone)   AS MobilePhone,   -- mobile, else the office phone ('' counts as null)
       'Web'                          AS LeadSource     -- constant
FROM hubspot.contacts
WHERE lifecyclestage IN ('marketingqualifiedlead', 'salesqualifiedlead');""",
      extended(HS,
               hs(email="Ines.Costa@Vinhal.PT", lifecyclestage="salesqualifiedlead", mobilephone="",
                  phone="+351 21 555 0100"),
               hs(email="paul.grant@ridge.ca", lifecyclestage="opportunity")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "MobilePhone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Web"}


_SRC_CONTACT = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral",
                "EMAIL_MARKETING": "Email"}


@case("h124-14-contact-clean-names-source", H, C, """Contact sync with cleaned-up names. Column list:

  email                 AS Email
  INITCAP(firstname)    AS FirstName   -- INITCAP = title case, each word capitalised, rest lower
  INITCAP(lastname)     AS LastName
  TRIM(jobtitle)        AS Title       -- strip leading/trailing spaces only
  CASE hs_analytics_source
       WHEN 'ORGANIC_SEARCH'  THEN 'Web'
       WHEN 'PAID_SEARCH'     THEN 'Advertisement'
       WHEN 'REFERRALS'       THEN 'External Referral'
       WHEN 'EMAIL_MARKETING' THEN 'Email'
       ELSE 'Other'                    -- any other source, and a blank source, -> 'Other'
  END                   AS LeadSource""",
      extended(HS,
               hs(email="jl.tremblay@outremont.ca", jobtitle="  Data Lead ", firstname="JEAN luc", lastname="tremblay",
                  hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="sara.khan@bramble.ca", jobtitle="", hs_analytics_source="  "),
               hs(email="dev.rao@monsoon.in", hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": _SRC_CONTACT.get(r["hs_analytics_source"], "Other")}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> mailchimp.members (15-20)
# --------------------------------------------------------------------------------------------


@case("h124-15-mc-language-default", H, M, """SELECT email                        AS email_address,
       firstname                    AS "merge_fields.FNAME",
       lastname                     AS "merge_fields.LNAME",
       'subscribed'                 AS status,
       COALESCE(hs_language, 'en')  AS language
FROM hubspot.contacts;
-- most of our contacts don't have hs_language at all (property missing from the record);
-- missing or blank -> 'en'. Names are plain copies, '' stays ''.""",
      extended(HS,
               hs(email="elise.girard@quai.fr", firstname="Élise", lastname="Girard", hs_language="fr"),
               hs(email="dan.wolfe@tallpine.ca", lastname="", hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h124-16-mc-optout-three-way", H, M, """Mailchimp status comes from the opt-out text, three ways:

  CASE WHEN hs_email_optout = 'true'  THEN 'unsubscribed'
       WHEN hs_email_optout = 'false' THEN 'subscribed'
       ELSE 'pending'          -- blank opt-out = we never got consent, so they go through double opt-in
  END AS status

plus email AS email_address, and every member gets tagged: tags = ARRAY['HubSpot Import'] (a one-element list).""",
      extended(HS,
               hs(email="jo.park@harbourview.ca", hs_email_optout="  "),
               hs(email="max.berg@alpine.ch", hs_email_optout="true")))
def o16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "unsubscribed" if o == "true" else "subscribed" if o == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case("h124-17-mc-conditional-tags", H, M, """SELECT email AS email_address,
       ARRAY_REMOVE(ARRAY[
           CASE WHEN annualrevenue > 5000000      THEN 'Enterprise' END,
           CASE WHEN lifecyclestage = 'customer'  THEN 'Customer'   END
       ], NULL) AS tags
FROM hubspot.contacts;
-- i.e. tags in that order, only the ones whose condition holds; a row matching neither gets an empty list.
-- annualrevenue compared as a number; blank revenue never gets 'Enterprise'.""",
      extended(HS,
               hs(email="vera.kane@summit.ca", annualrevenue="20000000", lifecyclestage="customer"),
               hs(email="owen.lam@brightway.ca", annualrevenue="5000000.5", lifecyclestage="lead"),
               hs(email="ada.ross@keel.ca", annualrevenue="", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5000000):
        tags.append("Enterprise")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h124-18-mc-first-word-e164", H, M, """Some people type "Mary Ann" into firstname, so FNAME only gets the first word (up to the first whitespace).
E164(x, 'US') is my shorthand for E.164: digits only with a leading '+'; numbers already starting with '+' keep
their country code, everything else is treated as a US number (+1 added unless it's already 11 digits starting with 1).

SELECT email                                      AS email_address,
       SPLIT_PART(firstname, ' ', 1)              AS "merge_fields.FNAME",
       E164(COALESCE(phone, mobilephone), 'US')   AS "merge_fields.PHONE"   -- office phone, else mobile (blank = null)
FROM hubspot.contacts;
-- every contact here has at least one of the two numbers.""",
      extended(HS,
               hs(email="mary.quinn@lakefield.ca", firstname="Mary Ann", phone="", mobilephone="416 555 0142"),
               hs(email="jp.leduc@rimouski.ca", firstname="Jean Philippe Yves", phone="1-800-555-0199")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"],
                                                                                              r["mobilephone"]))}}


_VIP_STAGES = ("salesqualifiedlead", "opportunity", "customer")


@case("h124-19-mc-skip-no-company-vip", H, M, """B2B newsletter list: rows without a company don't sync at all.

SELECT email                                                           AS email_address,
       'subscribed'                                                    AS status,
       lifecyclestage IN ('salesqualifiedlead', 'opportunity', 'customer') AS vip   -- true/false
FROM hubspot.contacts
WHERE NULLIF(TRIM(company), '') IS NOT NULL;   -- company null, '' or just spaces -> row is excluded""",
      extended(HS,
               hs(email="gus.hale@wharf.ca", company="  "),
               hs(email="iris.lo@orcafreight.ca", company="Orca Freight", lifecyclestage="opportunity")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] in _VIP_STAGES}


@case("h124-20-mc-initcap-domain-vip", H, M, """Column list for the Mailchimp push (emails are already lower case in this portal):

  email                                          AS email_address
  INITCAP(firstname)                             AS merge_fields.FNAME    -- title case
  COALESCE(lastname, SPLIT_PART(email, '@', 2))  AS merge_fields.LNAME    -- no last name -> the email domain (after the @), as is
  annualrevenue > 3000000                        AS vip                   -- numeric compare; blank revenue -> false

-- '' and whitespace count as null in the COALESCE.""",
      extended(lower_emails(HS),
               hs(email="wen.zhao@tidewater.ca", firstname="WEN", lastname="", annualrevenue="3500000"),
               hs(email="mj.oreilly@granite.ca", firstname="mary jo", lastname="  ", annualrevenue="")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": first_filled(r["lastname"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 3000000)}


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> segment.identify (21-24)
# --------------------------------------------------------------------------------------------


@case("h124-21-seg-identify-full-name", H, S, """Segment identify from HubSpot. Nested trait keys written with dots.

SELECT LOWER(email)                  AS userId,
       email                         AS "traits.email",       -- original casing kept here
       firstname                     AS "traits.firstName",
       lastname                      AS "traits.lastName",
       firstname || ' ' || lastname  AS "traits.name"         -- plain concat with one space
FROM hubspot.contacts;""",
      extended(HS,
               hs(email="Marc.Tremblay@Lakeshore-BI.ca", firstname="Marc", lastname="Tremblay"),
               hs(email="LI.NA@ORIOLE.CA", firstname="li", lastname="NA")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h124-22-seg-company-object", H, S, """Company goes into Segment's nested traits.company object.

  email                              AS userId,
  company                            AS traits.company.name,             -- blank -> leave name out of the object
  COALESCE(industry, 'Unknown')      AS traits.company.industry,         -- blank industry -> 'Unknown'
  CAST(numemployees AS INT)          AS traits.company.employee_count    -- whole number; blank -> leave it out

-- "blank" = null, '' or spaces.""",
      extended(HS,
               hs(email="zara.ali@keystone.ca", company="", industry="", numemployees=""),
               hs(email="finn.odell@coastal.ca", numemployees="3400", industry="  ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]),
                                        "industry": dflt(r["industry"], "Unknown"),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h124-23-seg-address-phone", H, S, """Identify call with the address as the nested traits.address object, plus a phone.

SELECT email    AS userId,
       address  AS "traits.address.street",
       city     AS "traits.address.city",
       state    AS "traits.address.state",        -- blank state: omit this key
       zip      AS "traits.address.postalCode",
       country  AS "traits.address.country",
       E164(COALESCE(phone, mobilephone), 'US') AS "traits.phone"
FROM hubspot.contacts;
-- E164(x, 'US'): digits only with a leading '+'; a number starting with '+' keeps its code, otherwise US (+1, unless it's
-- already 11 digits starting with 1). COALESCE = office phone, else mobile; if both are blank, no traits.phone at all.
-- the address parts other than state are plain copies.""",
      extended(HS,
               hs(email="ravi.menon@lakeshore.ca", phone="", mobilephone="", state=""),
               hs(email="tess.young@kits.ca", phone=" ", mobilephone="(604) 555-0110", state="BC")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h124-24-seg-unsub-revenue", H, S, """userId = LOWER(TRIM(email)) so Segment doesn't get duplicates from stray spaces or casing. Then:

  jobtitle                               AS traits.title            -- as is
  (hs_email_optout = 'true')             AS traits.unsubscribed     -- boolean; blank opt-out -> false
  CAST(annualrevenue AS NUMERIC)         AS traits.annualRevenue    -- JSON number; blank revenue -> don't send the trait""",
      extended(HS,
               hs(email="  Lucie.Gagnon@Boreal.CA ", hs_email_optout="", annualrevenue="750000.25", jobtitle=""),
               hs(email="neil.ford@wexford.ie", hs_email_optout="true", annualrevenue="  ")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# --------------------------------------------------------------------------------------------
# hubspot.contacts -> ga4.events (25-27)
# --------------------------------------------------------------------------------------------


@case("h124-25-ga4-contact-synced", H, G, """One GA4 Measurement Protocol event per contact.

SELECT email                         AS client_id,
       'crm_contact_synced'          AS "events[0].name",
       'hubspot'                     AS "events[0].params.source_system",
       LOWER(industry)               AS "events[0].params.industry",
       TO_CHAR(createdate, 'YYYY-MM-DD') AS "events[0].params.signup_date"
FROM hubspot.contacts;
-- industry: if it's blank (null, '' or spaces) send an empty string '' -- keep the param, don't drop it.
-- signup_date is only the date part of createdate.""",
      extended(HS,
               hs(email="kai.brandt@nordsee.de", industry="FinTech", createdate="2024-02-29T13:00:00.000Z"),
               hs(email="joy.adams@meadow.ca", industry="  ")))
def o25(r: R) -> Out:
    ind = "" if blank(r["industry"]) else r["industry"].lower()
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_synced",
                        "params": {"source_system": "hubspot", "industry": ind, "signup_date": day(r["createdate"])}}]}


@case("h124-26-ga4-qualified-account", H, G, """Only accounts over a million in revenue fire the event. Emails are lower case in this portal.

SELECT email                      AS client_id,
       'qualified_account'        AS "events[0].name",
       'USD'                      AS "events[0].params.currency",
       annualrevenue::numeric     AS "events[0].params.value",      -- as a JSON number
       SPLIT_PART(email, '@', 1)  AS "events[0].params.username"    -- the part before the @
FROM hubspot.contacts
WHERE annualrevenue > 1000000;   -- numeric compare; a blank annualrevenue fails the test, row is skipped""",
      extended(lower_emails(HS),
               hs(email="abe.stone@quarry.ca", annualrevenue="1500000.5"),
               hs(email="fay.wu@lotus.ca", annualrevenue="  "),
               hs(email="hal.reed@marsh.ca", annualrevenue="999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": r["email"],
            "events": [{"name": "qualified_account",
                        "params": {"currency": "USD", "value": num(r["annualrevenue"]),
                                   "username": before_at(r["email"])}}]}


@case("h124-27-ga4-purchase-or-lead", H, G, """Event name depends on the stage: customers send 'purchase', everyone else 'generate_lead'.

  email                                                                    AS client_id
  CASE WHEN lifecyclestage = 'customer' THEN 'purchase' ELSE 'generate_lead' END AS events[0].name
  COALESCE(hs_analytics_source, 'UNKNOWN')                                 AS events[0].params.source   -- blank source -> 'UNKNOWN'
  lifecyclestage                                                           AS events[0].params.stage    -- copy""",
      extended(HS,
               hs(email="cam.diaz@sierra.ca", lifecyclestage="customer", hs_analytics_source="  "),
               hs(email="ula.berg@fjell.no", lifecyclestage="opportunity", hs_analytics_source="OFFLINE")))
def o27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name,
                        "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN"), "stage": r["lifecyclestage"]}}]}


# --------------------------------------------------------------------------------------------
# salesforce.Lead -> hubspot.contacts (28-32)
# --------------------------------------------------------------------------------------------


@case("h124-28-lead-to-hs-copies", L, H, """Reverse direction, Salesforce Lead -> HubSpot contact. SOQL-ish, aliases are the HubSpot property names:

SELECT Email      email,
       FirstName  firstname,
       LastName   lastname,
       Company    company,
       Title      jobtitle,
       Phone      phone,
       Street     address,
       City       city,
       PostalCode zip,
       Country    country
FROM Lead
-- pure copies. Plenty of these are empty in SF; send the empty string as-is, no defaults.""",
      extended(SFL,
               sfl(Email="nora.flynn@harbour.ca", Title="", Phone="", Street="", City="", PostalCode="", Country=""),
               sfl(Email="pablo.ruiz@sierra.mx", FirstName="", Company="Sierra Foods", Title="Buyer ")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


_STATUS_HS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
              "Closed - Not Converted": "UNQUALIFIED"}


@case("h124-29-lead-status-optout-text", L, H, """SELECT Email AS email,
       CASE Status
            WHEN 'Open - Not Contacted'   THEN 'NEW'
            WHEN 'Working - Contacted'    THEN 'IN_PROGRESS'
            WHEN 'Closed - Converted'     THEN 'OPEN_DEAL'
            WHEN 'Closed - Not Converted' THEN 'UNQUALIFIED'
       END AS hs_lead_status,                          -- those four are the whole picklist
       CASE WHEN HasOptedOutOfEmail THEN 'true' ELSE 'false' END AS hs_email_optout
FROM Lead;
-- hs_email_optout takes the TEXT 'true' / 'false' (a string), not a JSON boolean.""",
      extended(SFL,
               sfl(Email="tara.bell@northshore.ca", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="yan.li@peak.ca", Status="Closed - Not Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _STATUS_HS[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RATING_STAGE = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h124-30-lead-rating-to-stage", L, H, """Rating drives the HubSpot lifecycle stage:

  LOWER(Email) AS email,
  CASE Rating WHEN 'Hot' THEN 'salesqualifiedlead'
              WHEN 'Warm' THEN 'marketingqualifiedlead'
              WHEN 'Cold' THEN 'lead' END AS lifecyclestage,   -- every lead has one of the three
  AnnualRevenue::numeric AS annualrevenue                      -- as a number; if AnnualRevenue is blank, don't send annualrevenue""",
      extended(SFL,
               sfl(Email="Kwame.Mensah@AccraLink.COM", Rating="Cold", AnnualRevenue="1250000.5"),
               sfl(Email="RUTH.OWENS@ELMWOOD.CA", Rating="Warm", AnnualRevenue=" ")))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _RATING_STAGE[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h124-31-lead-uk-only", L, H, """UK leads only (WHERE Country = 'United Kingdom'); nothing else goes to HubSpot from this job.

SELECT Email                          AS email,
       E164(Phone, 'UK')              AS phone,      -- see note
       UPPER(PostalCode)              AS zip,
       COALESCE(Title, 'Unknown')     AS jobtitle    -- blank title -> 'Unknown'
FROM Lead
WHERE Country = 'United Kingdom';
-- E164(x, 'UK') = E.164 for British numbers: keep the digits, drop the leading trunk 0, prefix +44.
--   a number that already starts with '+' keeps its own country code.""",
      extended(SFL,
               sfl(Email="fiona.clarke@thistle.co.uk", Country="United Kingdom", Phone="07700 900123",
                   PostalCode="sw1a 1aa", Title=""),
               sfl(Email="gareth.jones@dragon.co.uk", Country="United Kingdom", Phone="+44 161 555 0100",
                   PostalCode="m1 1ae", Title="Buyer"),
               sfl(Email="siobhan.kelly@liffey.ie", Country="Ireland", Phone="+353 1 555 0101")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h124-32-lead-address-concat", L, H, """Skip the dead ones: WHERE Status <> 'Closed - Not Converted'. For the rest:

  Email                               AS email
  COALESCE(Title, 'Not specified')    AS jobtitle      -- blank Title -> 'Not specified'
  Street || ', ' || City              AS address       -- e.g. '200 Lake St, Chicago'

-- if Street is blank, address is just the City on its own (no leading comma/space). City is always filled.""",
      extended(SFL,
               sfl(Email="alex.moss@bytown.ca", Street="", City="Ottawa", Status="Working - Contacted", Title=""),
               sfl(Email="june.park@bluenose.ca", Street="  ", City="Halifax", Status="Open - Not Contacted"),
               sfl(Email="rick.hall@dead.ca", Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not specified"), "address": addr}


# --------------------------------------------------------------------------------------------
# salesforce.Contact -> mailchimp.members (33-36)
# --------------------------------------------------------------------------------------------


@case("h124-33-sfc-mc-status-tags", C, M, """Salesforce Contact -> Mailchimp member.

SELECT LOWER(Email) AS email_address,
       CASE WHEN HasOptedOutOfEmail THEN 'unsubscribed' ELSE 'subscribed' END AS status,
       TAGS('Salesforce', CASE WHEN LeadSource = 'Trade Show' THEN 'Trade Show' END) AS tags
FROM Contact;
-- TAGS(...) = the Mailchimp tag list, in that order, skipping the NULLs:
--   'Salesforce' on everyone, and a second tag 'Trade Show' only when LeadSource = 'Trade Show'.""",
      extended(SFC,
               sfc(Email="Ola.Nordmann@Fjellsoft.NO", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
               sfc(Email="mei.tan@junction.ca", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


_COUNTRY_LANG = {"Germany": "de", "Austria": "de", "United States": "en", "Canada": "en", "France": "fr"}


@case("h124-34-sfc-mc-dept-language", C, M, """Only contacts with a department sync (WHERE NULLIF(TRIM(Department), '') IS NOT NULL -- blank department = excluded).

SELECT Email               AS email_address,
       E164(Phone, 'US')   AS "merge_fields.PHONE",
       CASE MailingCountry
            WHEN 'Germany'       THEN 'de'
            WHEN 'Austria'       THEN 'de'
            WHEN 'United States' THEN 'en'
            WHEN 'Canada'        THEN 'en'
            WHEN 'France'        THEN 'fr'
       END                 AS language      -- no ELSE: those are the only countries we have contacts in
FROM Contact
-- E164(x, 'US'): digits only with a '+' in front; if it already starts with '+' its own country code stays,
-- otherwise it's a US/Canada number and gets +1 (unless it's 11 digits already starting with 1).""",
      extended(SFC,
               sfc(Email="claire.dion@lachine.ca", Department="Marketing", MailingCountry="Canada", Phone="416.555.0190"),
               sfc(Email="bo.svensson@ost.se", Department="  "),
               sfc(Email="luc.petit@seine.fr", Department="Ops", MailingCountry="France", Phone="+33 1 55 55 02 00")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _COUNTRY_LANG[r["MailingCountry"]]}


@case("h124-35-sfc-mc-friend-vip", C, M, """Newsletter greeting needs a first name, so:

  Email                                AS email_address,
  COALESCE(FirstName, 'Friend')        AS merge_fields.FNAME,   -- blank -> 'Friend' ("Hi Friend")
  LastName                             AS merge_fields.LNAME,   -- copy
  (LeadSource = 'Trade Show')          AS vip,                  -- boolean; a blank LeadSource is simply false
  'subscribed'                         AS status""",
      extended(SFC,
               sfc(Email="ari.cohen@annex.ca", FirstName="", LeadSource=""),
               sfc(Email="bea.lund@sound.dk", FirstName="  ", LeadSource="Trade Show", LastName="")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h124-36-sfc-mc-opted-in-clear-tags", C, M, """Opted-in contacts only: WHERE HasOptedOutOfEmail = FALSE.

SELECT Email        AS email_address,
       FirstName    AS "merge_fields.FNAME",
       LastName     AS "merge_fields.LNAME",
       'subscribed' AS status,
       'html'       AS email_type,
       '{}'         AS tags          -- deliberately an EMPTY tag list, wipes whatever tags they had
FROM Contact
WHERE HasOptedOutOfEmail = FALSE;
-- names copied as they are.""",
      extended(SFC,
               sfc(Email="tom.ryan@gulf.ca", HasOptedOutOfEmail=True),
               sfc(Email="nadia.benali@atlas.ma", FirstName="Nadia", LastName="", HasOptedOutOfEmail=False)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# --------------------------------------------------------------------------------------------
# salesforce.Contact -> segment.identify (37-39)
# --------------------------------------------------------------------------------------------


@case("h124-37-sfc-seg-identify-omit", C, S, """SELECT LOWER(Email) AS userId,
       Email        AS "traits.email",       -- original casing
       FirstName    AS "traits.firstName",
       LastName     AS "traits.lastName",
       Title        AS "traits.title",       -- if Title is empty, drop the trait from the call
       Birthdate    AS "traits.birthday"     -- same: empty Birthdate -> no traits.birthday key
FROM Contact;
-- the rest are straight copies.""",
      extended(SFC,
               sfc(Email="Rosa.Mendes@Lisboa.PT", Title="  ", Birthdate="1979-02-14"),
               sfc(Email="sam.fox@den.ca", FirstName="", Title="Analyst", Birthdate="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h124-38-sfc-seg-address-trim", C, S, """Identify with the mailing city/country in traits.address (nested object):

  Email                                 AS userId
  TRIM(FirstName)                       AS traits.firstName
  TRIM(MailingCity)                     AS traits.address.city
  COALESCE(MailingCountry, 'Unknown')   AS traits.address.country   -- null / '' / spaces -> 'Unknown', otherwise as is""",
      extended(SFC,
               sfc(Email="kim.ng@danforth.ca", MailingCity="  Toronto ", MailingCountry=""),
               sfc(Email="elodie.roy@plateau.ca", FirstName=" Élodie ", MailingCity="Montréal", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"firstName": r["FirstName"].strip(),
                       "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


_CHANNEL = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partner"}


@case("h124-39-sfc-seg-phone-name-channel", C, S, """Identify from Salesforce Contact. E164(x, 'US') = digits only, leading '+'; keeps the country code of numbers that
already start with '+', otherwise assumes US (+1 unless it's already 11 digits starting with 1).

SELECT Email                          AS userId,
       E164(Phone, 'US')              AS "traits.phone",
       FirstName || ' ' || LastName   AS "traits.name",
       CASE LeadSource
            WHEN 'Web'              THEN 'inbound'
            WHEN 'Trade Show'       THEN 'events'
            WHEN 'Partner Referral' THEN 'partner'
            ELSE 'other'                               -- incl. blank LeadSource
       END                            AS "traits.lead_channel"
FROM Contact;""",
      extended(SFC,
               sfc(Email="marc.t@lakeshore-bi.ca", Phone="1 416 555 0123", LeadSource="Partner Referral",
                   FirstName="Marc", LastName="Tremblay"),
               sfc(Email="ivy.chu@riverdale.ca", Phone="(905) 555-0188", LeadSource="Email")))
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "lead_channel": _CHANNEL.get(r["LeadSource"], "other")}}


# --------------------------------------------------------------------------------------------
# mailchimp.members -> hubspot.contacts (40-42)
# --------------------------------------------------------------------------------------------


@case("h124-40-mc-to-hs-names-optout", M, H, """Mailchimp member -> HubSpot contact.

SELECT email_address                       AS email,
       INITCAP(merge_fields.FNAME)         AS firstname,    -- title case each word
       INITCAP(merge_fields.LNAME)         AS lastname,     -- if LNAME is blank, leave lastname out of the payload
       COALESCE(language, 'en')            AS hs_language,  -- blank language -> 'en'
       CASE WHEN status = 'unsubscribed' THEN 'true' ELSE 'false' END AS hs_email_optout   -- the text 'true'/'false'
FROM mailchimp.members;""",
      extended(MC,
               mc({"FNAME": "camille", "LNAME": "ROY"}, email_address="camille.roy@verdun.ca", language="",
                  status="unsubscribed"),
               mc({"LNAME": "  "}, email_address="pia.holm@oslofjord.no", language="fr", status="pending")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h124-41-mc-to-hs-vip-stage", M, H, """Cleaned addresses are dead, keep them out: WHERE status <> 'cleaned'.

  email_address                        AS email
  merge_fields.FNAME                   AS firstname       -- copy
  E164(merge_fields.PHONE, 'US')       AS phone           -- blank PHONE: leave phone out of the payload
  CASE WHEN vip THEN 'salesqualifiedlead' ELSE 'lead' END AS lifecyclestage

-- E164(x, 'US'): digits only, '+' in front; numbers that already start with '+' keep their country code,
-- everything else is a North American number (+1 unless it already has the leading 1, 11 digits).""",
      extended(MC,
               mc({"PHONE": "1-647-555-0133", "FNAME": "Dana"}, email_address="dana.w@junction.ca", status="pending",
                  vip=True),
               mc(email_address="dead.box@old.ca", status="cleaned"),
               mc({"PHONE": "  "}, email_address="rey.s@annex.ca", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "salesqualifiedlead" if r["vip"] else "lead"})


@case("h124-42-mc-to-hs-customer-tag", M, H, """Last one from Mailchimp. Addresses in this audience are all lower case.

SELECT email_address                                              AS email,
       SPLIT_PART(merge_fields.FNAME, ' ', 1)                     AS firstname,       -- first word only
       COALESCE(merge_fields.LNAME, SPLIT_PART(email_address, '@', 2)) AS lastname,   -- no LNAME -> domain after the @
       CASE WHEN 'Customer' = ANY(tags) THEN 'customer' ELSE 'subscriber' END AS lifecyclestage
FROM mailchimp.members;
-- COALESCE treats '' / spaces as missing. The tag check is exact: the member has a tag named 'Customer'.""",
      extended(MC,
               mc({"FNAME": "Anna Lisa", "LNAME": ""}, email_address="anna.berg@nordlys.se", tags=["Webinar", "Customer"]),
               mc({"FNAME": "Jean  Marc", "LNAME": "Tremblay"}, email_address="jm.tremblay@beauce.ca", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": first_filled(mf["LNAME"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set124")
