"""Held-out set 63 for the offline mapping drafter.

Persona: Dev, a revenue-operations analyst in Toronto who lives in Google Sheets. He writes each request
as a spec sheet pasted as text: one line per destination field, with spreadsheet-formula-style expressions
(IF/ISBLANK, PROPER/TRIM/LOWER/UPPER, VLOOKUP with a small two-column table pasted under it, & or CONCAT,
LEFT/FIND for email parts, TEXT(date, "YYYY-MM-DD"), VALUE/INT) mixed with short prose, plain copies as
"Title <- jobtitle", always a "Match key:" line and a "Rows:" line, and a note on what blanks do.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h63-01 .. h63-08)
  hubspot.contacts -> salesforce.Contact   6  (h63-09 .. h63-14)
  hubspot.contacts -> mailchimp.members    6  (h63-15 .. h63-20)
  hubspot.contacts -> segment.identify     4  (h63-21 .. h63-24)
  hubspot.contacts -> ga4.events           3  (h63-25 .. h63-27)
  salesforce.Lead  -> hubspot.contacts     5  (h63-28 .. h63-32)
  salesforce.Contact -> mailchimp.members  4  (h63-33 .. h63-36)
  salesforce.Contact -> segment.identify   3  (h63-37 .. h63-39)
  mailchimp.members -> hubspot.contacts    3  (h63-40 .. h63-42)

Rule kinds per case:
  01 copies (blanks copied), constant          22 nested address, upper, E.164 w/ fallback + omit
  02 lower, title+trim, E.164 w/ fallback      23 nested company, default, integer/omit, >= cond, date
  03 value table w/ otherwise, default         24 skip filter (blank stated), before @, omit, copies
  04 only filter, 3-way > cond, number/omit    25 GA4 constants, lower, number w/ default, lower w/ default
  05 only filter (exact), upper x2, constant   26 GA4 skip filter, table->event name w/ otherwise, copies
  06 skip filter, after-@ fallback, concat+date 27 GA4 lower key, omit, default, integer/omit, date, nested IF
  07 table w/ otherwise, integer/omit, E.164   28 copies (with empty values)
  08 only filter, first word, before-@ fb, dflt 29 table (no otherwise), bool -> "true"/"false", constant
  09 Mailing* copies, title case, default      30 lower, Hot condition (blank stated), number/omit, copy
  10 lower+trim, default, booleans (blank)     31 only filter, title/omit, title, E.164, copy
  11 E.164 x2 with omit, OR condition          32 skip filter, after-@ fallback, default, concat w/ default
  12 skip blank email, default/title, fb, trim 33 lower, bool -> status, constant + conditional tags
  13 only filter, title, upper, concat         34 only filter, title, E.164/omit, constants
  14 only filter, constant, fallback/omit,     35 default, OR -> vip (blank stated), constant, empty tags
     table w/ otherwise                        36 skip filter, lower, first word, table -> tag w/ otherwise
  15 lower, copies, constant status + tag      37 lower userId, copies, omit-when-empty custom trait
  16 status from text flag (blank), tags       38 nested address, trim, default, E.164/omit, omit
  17 title(first word), title+trim, E.164 fb   39 only filter, concat (blank part stated), default, lower
  18 skip filter, > cond vip, constant, tags/[] 40 lower, title, title/omit, E.164/omit, copy
  19 only filter, lower+trim, title, const, IF 41 only filter, vip condition, copy, default
  20 before-@ fallback, >= tag cond, constant  42 skip filter, first word w/ before-@ fb, text flag, tag cond
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, Out, S, build, collector, dflt, extended, lower_emails
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


def fnum(v: str) -> float | None:
    return None if blank(v) else float(v)


# Dev's own records: a Canadian-heavy book with blanks, odd casing and messy phones.
TOR = hs(email="Marc.Tremblay@MapleLeafMfg.ca", firstname="marc", lastname="TREMBLAY", company="Maple Leaf Manufacturing",
         phone="416 555 0173", mobilephone="", jobtitle="Director of Finance", hs_analytics_source="EMAIL_MARKETING",
         lifecyclestage="opportunity", country="Canada", city="Toronto", state="ON", zip="M5V 2T6", address="100 King St W",
         annualrevenue="45000000", numemployees="320", industry="Manufacturing", website="https://mapleleafmfg.ca",
         createdate="2024-02-19T14:20:00.000Z", hs_email_optout="false")
VAN = hs(email="aisha.khan@cascadiahealth.ca", firstname="  Aisha ", lastname="Khan ", company="", phone="",
         mobilephone="1-604-555-0128", jobtitle="  ", hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="lead",
         country="Canada", city="vancouver", state="bc", zip="v6b 1a1", address="", annualrevenue="", numemployees="",
         industry="Healthcare", website="", createdate="2024-05-30T16:45:00.000Z", hs_email_optout="")
MTL = hs(email="OLIVIER.GAGNON@BOREALFIN.CA", firstname="OLIVIER", lastname="gagnon", company="Boreal Financial",
         phone="514.555.0164", mobilephone="514-555-0199", jobtitle="CFO", hs_analytics_source="DIRECT_TRAFFIC",
         lifecyclestage="customer", country="Canada", city="Montréal", state="QC", zip="H3B 4W8",
         address="1250 Boul Rene Levesque O", annualrevenue="7500000.5", numemployees="85", industry="Finance",
         website="borealfin.ca", createdate="2023-09-12T13:10:00.000Z", hs_email_optout="true")
CHI = hs(email="jordan.lee@lakeshoreops.com", firstname="Jordan", lastname="Lee", company="Lakeshore Ops",
         phone="+1 312 555 0190", mobilephone="(312) 555-0191", jobtitle="Revenue Analyst", hs_analytics_source="OFFLINE",
         lifecyclestage="marketingqualifiedlead", country="United States", city="Chicago", state="IL", zip="60606",
         address="233 S Wacker Dr", annualrevenue="950000", numemployees="9", industry="Consulting",
         website="lakeshoreops.com", createdate="2024-03-04T12:00:00.000Z", hs_email_optout="false")

NADIA = sfl(Email="Nadia.Singh@TrilliumLogistics.ca", FirstName="nadia", LastName="SINGH", Company="Trillium Logistics",
            Title="", Phone="905-555-0116", Street="1 City Centre Dr", City="Mississauga", PostalCode="L5B 1M2",
            Country="Canada", Status="Working - Contacted", Rating="", LeadSource="Phone Inquiry",
            HasOptedOutOfEmail=False, AnnualRevenue="2200000")
BEN = sfl(Email="ben.carter@prairiewind.ca", FirstName="", LastName="Carter", Company="", Title="Ops Manager",
          Phone="403 555 0102", Street="", City="Calgary", PostalCode="t2p 1j9", Country="Canada",
          Status="Open - Not Contacted", Rating="Warm", LeadSource="", HasOptedOutOfEmail=True, AnnualRevenue="")

SAM = sfc(Email="Sam.Okoye@RideauTech.ca", FirstName="sam", LastName="okoye", Title="IT Manager", Department="IT",
          Phone="613-555-0155", MailingCity=" Ottawa ", MailingCountry="Canada", LeadSource="Partner Referral",
          HasOptedOutOfEmail=False, Birthdate="1988-02-14")
EMMA = sfc(Email="emma.roy@fundybay.ca", FirstName="Emma", LastName="", Title="", Department="", Phone="",
           MailingCity="Halifax", MailingCountry="", LeadSource="Email", HasOptedOutOfEmail=True, Birthdate="")

RAJ = {"email_address": "Raj.Patel@NorthernOak.ca", "status": "subscribed",
       "merge_fields": {"FNAME": "RAJ", "LNAME": "patel", "PHONE": "416.555.0108", "COMPANY": "Northern Oak"},
       "tags": ["Webinar", "Customer"], "language": "en", "vip": False}
SOPHIE = {"email_address": "sophie.leblanc@laurentide.ca", "status": "pending",
          "merge_fields": {"FNAME": "Sophie", "LNAME": "", "PHONE": "", "COMPANY": ""},
          "tags": [], "language": "fr", "vip": False}

PHONE_RULE = "E.164, CA/US: add +1 when there's no country code, keep any +code that's already on it"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h63-01-lead-straight-copies", H, L, """HubSpot contacts -> SFDC Leads
Match key: Email (HubSpot email, as-is)

Email      <- email
FirstName  <- firstname
LastName   <- lastname
Company    <- company
Title      <- jobtitle
LeadSource = "Web"   (hardcoded, same for every row)

Rows: all contacts, no filter. Straight copies, no cleanup, so a blank comes across as blank.""",
      extended(HS, TOR, VAN))
def c01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h63-02-lead-clean-names-phone", H, L, f"""HS contact -> SF Lead. Match key = Email.

Email     = LOWER(email)
FirstName = PROPER(TRIM(firstname))
LastName  = PROPER(TRIM(lastname))
Company   <- company
Phone     = IF(ISBLANK(phone), mobilephone, phone) -> {PHONE_RULE}

ISBLANK = empty or only spaces. Everyone in this pull has at least one of the two numbers.
Rows: all.""",
      extended(HS, TOR, VAN, MTL, CHI))
def c02(r: R) -> R:
    ph = r["mobilephone"] if blank(r["phone"]) else r["phone"]
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"].strip()),
            "LastName": title(r["lastname"].strip()), "Company": r["company"], "Phone": e164(ph)}


SRC_TABLE = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}


@case("h63-03-lead-source-vlookup", H, L, """Contacts -> Leads, match key: Email (copy of email).

Email      <- email
LastName   <- lastname
Company    = IF(ISBLANK(company), "Unknown", company)
LeadSource = VLOOKUP(hs_analytics_source, table below, 2, FALSE); if the source isn't in the table or is blank -> "Other"

  hs_analytics_source | LeadSource
  ORGANIC_SEARCH      | Web
  PAID_SEARCH         | Advertisement
  PAID_SOCIAL         | Advertisement
  REFERRALS           | External Referral
  EMAIL_MARKETING     | Email

Rows: everyone.""",
      extended(HS, TOR, VAN, MTL))
def c03(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "LeadSource": SRC_TABLE.get(r["hs_analytics_source"], "Other")}


@case("h63-04-lead-mql-sql-rating", H, L, """MQL/SQL push to Salesforce.
Rows: only lifecyclestage = marketingqualifiedlead OR salesqualifiedlead. Skip every other stage.
Match on: Email

Email         <- email
LastName      <- lastname
Company       <- company
Rating        = IFS(annualrevenue > 10000000, "Hot", annualrevenue > 1000000, "Warm", TRUE, "Cold")   -- blank revenue = "Cold"
AnnualRevenue = VALUE(annualrevenue), i.e. a real number not text; blank revenue -> leave AnnualRevenue off the lead""",
      extended(HS, CHI,
               hs(email="li.na@pinecrestmedia.ca", firstname="Li", lastname="Na", company="Pinecrest Media",
                  lifecyclestage="salesqualifiedlead", annualrevenue="3400000.5"),
               hs(email="owen.fraser@tundrasys.ca", firstname="Owen", lastname="Fraser", company="Tundra Systems",
                  lifecyclestage="marketingqualifiedlead", annualrevenue=""),
               TOR))
def c04(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    v = fnum(r["annualrevenue"])
    rating = "Hot" if v is not None and v > 10_000_000 else "Warm" if v is not None and v > 1_000_000 else "Cold"
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Rating": rating,
                 "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"])})


@case("h63-05-lead-canada-only", H, L, """Canada-only lead load. Match key: Email.
Rows: only country = "Canada" (exact text; "canada" or "CA" don't qualify, those rows get skipped).

Email      <- email
LastName   <- lastname
Company    <- company
City       <- city
State      = UPPER(state)
PostalCode = UPPER(zip)
Country    = "CA"   (hardcoded ISO code)""",
      extended(HS, TOR, VAN, MTL,
               hs(email="kyle.morin@nwtair.ca", firstname="Kyle", lastname="Morin", company="NWT Air", country="canada",
                  city="Yellowknife", state="NT", zip="x1a 2p7")))
def c05(r: R) -> Out:
    if r["country"] != "Canada":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "City": r["city"],
            "State": r["state"].upper(), "PostalCode": r["zip"].upper(), "Country": "CA"}


@case("h63-06-lead-domain-company-desc", H, L, """Match key: Email. (Emails in this export are all lower-case already.)
Rows: skip anyone whose hs_email_optout = "true". "false" or blank -> include.
ISBLANK = empty or only spaces.

Email       <- email
LastName    <- lastname
Company     = IF(ISBLANK(company), MID(email, FIND("@", email) + 1, 100), company)   <- i.e. the domain after the @ when company is blank
Description = "HubSpot stage: " & lifecyclestage & ", created " & TEXT(createdate, "YYYY-MM-DD")""",
      lower_emails(extended(HS, TOR, VAN, MTL,
                            hs(email="ravi.menon@glaciertech.ca", firstname="Ravi", lastname="Menon", company="  ",
                               lifecyclestage="lead", createdate="2024-06-11T12:30:00.000Z", hs_email_optout="false"))))
def c06(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": r["lastname"],
            "Company": after_at(r["email"]) if blank(r["company"]) else r["company"],
            "Description": f"HubSpot stage: {r['lifecyclestage']}, created {day(r['createdate'])}"}


IND_TABLE = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage", "Finance": "Finance",
             "Manufacturing": "Manufacturing"}


@case("h63-07-lead-industry-headcount-mobile", H, L, f"""Match key: Email
Rows: all

Email             <- email
LastName          <- lastname
Company           <- company
Industry          = VLOOKUP(industry, table, 2, FALSE), anything not listed (blank too) -> "Other"
    Software      | Technology
    Logistics     | Transportation
    Food          | Food & Beverage
    Finance       | Finance
    Manufacturing | Manufacturing
NumberOfEmployees = INT(numemployees) as a whole number; if numemployees is blank don't send the field at all
MobilePhone       = mobilephone -> {PHONE_RULE}. No mobile -> leave MobilePhone out.""",
      extended(HS, TOR, VAN, MTL))
def c07(r: R) -> R:
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
                 "Industry": IND_TABLE.get(r["industry"], "Other"),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


@case("h63-08-lead-new-intake", H, L, """New-lead intake sheet. Match key: Email (every email below is lower-case).
Rows: only lifecyclestage = "lead" or "marketingqualifiedlead"; everything else is skipped.
ISBLANK here = empty or just spaces.

Email     <- email
FirstName = INDEX(SPLIT(firstname, " "), 1)   -> first word of the first name only
LastName  = IF(ISBLANK(lastname), LEFT(email, FIND("@", email) - 1), lastname)   -> blank last name falls back to the bit before the @
Company   = IF(ISBLANK(company), "[not provided]", company)
Website   <- website (straight copy, blank stays blank)
Status    = "Open - Not Contacted\"""",
      lower_emails(extended(HS, VAN, CHI,
                            hs(email="marykate.walsh@harbourfront.ca", firstname="Mary Kate", lastname="", company="",
                               lifecyclestage="lead", website=""),
                            hs(email="theo.baptiste@kingstonwind.ca", firstname="Theo", lastname="   ",
                               company="Kingston Wind", lifecyclestage="marketingqualifiedlead",
                               website="kingstonwind.ca"))))
def c08(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead"):
        return None
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]),
            "LastName": before_at(r["email"]) if blank(r["lastname"]) else r["lastname"],
            "Company": dflt(r["company"], "[not provided]"), "Website": r["website"], "Status": "Open - Not Contacted"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h63-09-contact-mailing-block", H, C, """HubSpot -> Salesforce Contact, mailing address block. Match key: Email.
Rows: all

Email             <- email
FirstName         <- firstname
LastName          <- lastname
MailingStreet     <- address
MailingCity       = PROPER(city)
MailingState      <- state
MailingPostalCode <- zip
MailingCountry    = IF(ISBLANK(country), "Canada", country)   -- our book is mostly Canadian, so blank country = Canada""",
      extended(HS, VAN, MTL,
               hs(email="sara.ito@grandriverlabs.ca", firstname="Sara", lastname="Ito", company="Grand River Labs",
                  address="55 King St", city="KITCHENER", state="ON", zip="N2G 4M4", country="")))
def c09(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": title(r["city"]), "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": dflt(r["country"], "Canada")}


@case("h63-10-contact-optout-donotcall", H, C, """Match key: Email
Rows: all. (ISBLANK below = empty or only whitespace.)

Email              = LOWER(TRIM(email))
LastName           <- lastname
Title              = IF(ISBLANK(jobtitle), "n/a", jobtitle)
HasOptedOutOfEmail = (hs_email_optout = "true")  -> checkbox TRUE/FALSE; "false" and blank both give FALSE
DoNotCall          = AND(ISBLANK(phone), ISBLANK(mobilephone))  -> TRUE only when there's no office phone AND no mobile, otherwise FALSE""",
      extended(HS, VAN,
               hs(email="  Tom.Nguyen@YorkvilleDesign.ca ", firstname="Tom", lastname="Nguyen", phone="",
                  mobilephone=" ", jobtitle="", hs_email_optout="true")))
def c10(r: R) -> R:
    return {"Email": r["email"].strip().lower(), "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "n/a"),
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h63-11-contact-phones-paid", H, C, f"""Contacts -> SF Contacts, phones + source. Match key: Email.
Rows: all

Email       <- email
LastName    <- lastname
Phone       = phone -> {PHONE_RULE}. Blank phone -> leave Phone out.
MobilePhone = mobilephone -> same E.164 rule. Blank -> leave MobilePhone out.
LeadSource  = IF(OR(hs_analytics_source = "PAID_SEARCH", hs_analytics_source = "PAID_SOCIAL"), "Advertisement", "Web")   -- blank source = "Web\"""",
      extended(HS, TOR, VAN, CHI))
def c11(r: R) -> R:
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "LeadSource": "Advertisement" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "Web"})


@case("h63-12-contact-skip-no-email", H, C, """Match key: Email. Emails in this pull are lower-case already.
Rows: skip any row with a blank email (nothing to match on); everything else goes.

Email     <- email
FirstName = IF(ISBLANK(firstname), "Friend", PROPER(firstname))
LastName  = IF(ISBLANK(lastname), LEFT(email, FIND("@", email) - 1), lastname)
Title     = TRIM(jobtitle)""",
      lower_emails(extended(HS, TOR, MTL,
                            hs(email="", firstname="Pat", lastname="Quinn", jobtitle="Buyer"),
                            hs(email="noor.haddad@ottawavalley.ca", firstname="", lastname="",
                               jobtitle=" Account Manager "))))
def c12(r: R) -> Out:
    if blank(r["email"]):
        return None
    return {"Email": r["email"], "FirstName": "Friend" if blank(r["firstname"]) else title(r["firstname"]),
            "LastName": before_at(r["email"]) if blank(r["lastname"]) else r["lastname"],
            "Title": r["jobtitle"].strip()}


@case("h63-13-contact-na-only-location", H, C, """US + Canada contacts only. Match key: Email.
Rows: only country = "United States" or "Canada". Skip the rest.

Email       <- email
FirstName   = PROPER(firstname)
LastName    = UPPER(lastname)
MailingCity <- city
Description = "Located in " & city & ", " & state""",
      extended(HS, TOR, MTL, CHI))
def c13(r: R) -> Out:
    if r["country"] not in ("United States", "Canada"):
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": r["lastname"].upper(),
            "MailingCity": r["city"], "Description": f"Located in {r['city']}, {r['state']}"}


CS_TABLE = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "REFERRALS": "Word of mouth", "EMAIL_MARKETING": "Email"}


@case("h63-14-contact-customer-side", H, C, """Customer-side contacts. Match key: Email.
Rows: only lifecyclestage = customer, opportunity or evangelist. (Blank = empty or whitespace only.)

Email      <- email
LastName   <- lastname
Department = "Customer Success"
Phone      = phone; if that's blank use mobilephone; if both are blank leave Phone out. (No reformatting, copy the number as it is.)
LeadSource = VLOOKUP(hs_analytics_source):
   ORGANIC_SEARCH  | Web
   DIRECT_TRAFFIC  | Web
   REFERRALS       | Word of mouth
   EMAIL_MARKETING | Email
   anything else, incl. blank | Other""",
      extended(HS, TOR, MTL,
               hs(email="gwen.ashby@muskokaretreats.ca", firstname="Gwen", lastname="Ashby", lifecyclestage="evangelist",
                  phone="", mobilephone="", hs_analytics_source="REFERRALS"),
               hs(email="luc.pelletier@fleuvebleu.ca", firstname="Luc", lastname="Pelletier", lifecyclestage="customer",
                  phone="  ", mobilephone="647-555-0111", hs_analytics_source="PAID_SOCIAL")))
def c14(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "opportunity", "evangelist"):
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"] if not blank(r["mobilephone"]) else OMIT
    return keep({"Email": r["email"], "LastName": r["lastname"], "Department": "Customer Success", "Phone": ph,
                 "LeadSource": CS_TABLE.get(r["hs_analytics_source"], "Other")})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h63-15-mc-basic-import", H, M, """HubSpot -> Mailchimp audience. Match key: email_address.
Rows: all

email_address = LOWER(email)
FNAME         <- firstname
LNAME         <- lastname
status        = "subscribed"   (everyone)
tags          = "hubspot-import"   (just that one tag)""",
      extended(HS, TOR, CHI))
def c15(r: R) -> R:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "tags": ["hubspot-import"]}


@case("h63-16-mc-optout-status-tags", H, M, """Match key: email_address (= HubSpot email, as is)
Rows: all

email_address <- email
FNAME         <- firstname
status        = IF(hs_email_optout = "true", "unsubscribed", "subscribed")   -- blank optout counts as subscribed
tags          = "HubSpot", then "Customer" after it when lifecyclestage = "customer" (otherwise just "HubSpot")""",
      extended(HS, MTL, VAN))
def c16(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "tags": ["HubSpot", "Customer"] if r["lifecyclestage"] == "customer" else ["HubSpot"]}


@case("h63-17-mc-first-name-phone", H, M, f"""Match key: email_address
Rows: all

email_address = email
FNAME         = PROPER(INDEX(SPLIT(firstname, " "), 1))   -> first word of firstname, proper-cased
LNAME         = PROPER(TRIM(lastname))
PHONE         = IF(ISBLANK(phone), mobilephone, phone) -> {PHONE_RULE}. If both are blank, leave PHONE out.""",
      extended(HS, VAN,
               hs(email="marybeth.clarke@sudburyminerals.ca", firstname="mary beth", lastname=" CLARKE",
                  phone="", mobilephone="")))
def c17(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": title(first_word(r["firstname"])), "LNAME": title(r["lastname"].strip()),
                                  "PHONE": OMIT if blank(ph) else e164(ph)}})


@case("h63-18-mc-vip-canada-tag", H, M, """Rows: skip anybody with hs_email_optout = "true" (blank or "false" are fine).
Match key: email_address

email_address <- email
LNAME         <- lastname
vip           = annualrevenue > 5000000 -> TRUE, otherwise FALSE (blank revenue = FALSE)
language      = "en"
tags          = {"Canada"} if country = "Canada", else an empty tag list {}""",
      extended(HS, TOR, VAN, CHI))
def c18(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    v = fnum(r["annualrevenue"])
    return {"email_address": r["email"], "merge_fields": {"LNAME": r["lastname"]},
            "vip": v is not None and v > 5_000_000, "language": "en",
            "tags": ["Canada"] if r["country"] == "Canada" else []}


@case("h63-19-mc-paid-pending-quebec", H, M, """Paid-channel list, double opt-in. Match key: email_address
Rows: only contacts whose hs_analytics_source is PAID_SEARCH or PAID_SOCIAL.

email_address = LOWER(TRIM(email))
FNAME         = PROPER(TRIM(firstname))
LNAME         = PROPER(TRIM(lastname))
status        = "pending"
language      = IF(state = "QC", "fr", "en")   -- exact "QC" only; blank state or anything else = "en\"""",
      extended(HS, MTL,
               hs(email=" Julie.Roy@CoteSudMedia.ca", firstname="julie", lastname="ROY ", hs_analytics_source="PAID_SOCIAL",
                  state="QC", country="Canada"),
               hs(email="ANDRE.BEAULIEU@LEVISPORT.CA", firstname="ANDRE", lastname="BEAULIEU",
                  hs_analytics_source="PAID_SEARCH", state="qc", country="Canada")))
def c19(r: R) -> Out:
    if r["hs_analytics_source"] not in ("PAID_SEARCH", "PAID_SOCIAL"):
        return None
    return {"email_address": r["email"].strip().lower(),
            "merge_fields": {"FNAME": title(r["firstname"].strip()), "LNAME": title(r["lastname"].strip())},
            "status": "pending", "language": "fr" if r["state"] == "QC" else "en"}


@case("h63-20-mc-size-tag", H, M, """Match key: email_address. All emails here are lower-case.
Rows: all. ISBLANK = empty or only spaces.

email_address <- email
FNAME         = IF(ISBLANK(firstname), LEFT(email, FIND("@", email) - 1), firstname)
status        = "subscribed"
tags          = IF(numemployees >= 100, {"Enterprise"}, {"SMB"})   -- 100 or more = Enterprise; blank headcount = SMB""",
      lower_emails(extended(HS, TOR, VAN,
                            hs(email="dana.fox@barriebikes.ca", firstname=" ", lastname="Fox", numemployees="100"))))
def c20(r: R) -> R:
    n = fnum(r["numemployees"])
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": before_at(r["email"]) if blank(r["firstname"]) else r["firstname"]},
            "status": "subscribed", "tags": ["Enterprise"] if n is not None and n >= 100 else ["SMB"]}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h63-21-seg-basic-traits", H, S, """Segment identify from HubSpot.
Match key: userId = LOWER(email)
Rows: all

traits.email     <- email (as is, no lower-casing)
traits.firstName <- firstname
traits.lastName  <- lastname
traits.name      = firstname & " " & lastname
traits.title     <- jobtitle""",
      extended(HS, TOR, CHI))
def c21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h63-22-seg-address-phone", H, S, f"""Match key: userId = email (straight copy)
Rows: all

traits.address.street     <- address
traits.address.city       <- city
traits.address.state      <- state
traits.address.postalCode = UPPER(zip)
traits.address.country    <- country
traits.phone              = IF(ISBLANK(phone), mobilephone, phone) -> {PHONE_RULE}; leave traits.phone out when both are blank""",
      extended(HS, TOR, VAN,
               hs(email="eli.stone@thunderbaytimber.ca", firstname="Eli", lastname="Stone", phone="", mobilephone="",
                  address="9 Red River Rd", city="Thunder Bay", state="ON", zip="p7b 1a1", country="Canada")))
def c22(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": r["state"],
                                        "postalCode": r["zip"].upper(), "country": r["country"]},
                            "phone": OMIT if blank(ph) else e164(ph)}})


@case("h63-23-seg-company-plan", H, S, """Match key: userId = email
Rows: all

traits.company.name           <- company
traits.company.industry       = IF(ISBLANK(industry), "Unknown", industry)
traits.company.employee_count = INT(numemployees), whole number; blank -> leave employee_count out
traits.company.plan           = IF(annualrevenue >= 10000000, "enterprise", "growth")   -- exactly 10M counts as enterprise; blank revenue = "growth"
traits.createdAt              = TEXT(createdate, "YYYY-MM-DD")""",
      extended(HS, TOR, VAN,
               hs(email="hana.kim@algomasteel.ca", firstname="Hana", lastname="Kim", company="Algoma Steelworks",
                  industry="", numemployees="600", annualrevenue="10000000", createdate="2022-08-08T12:15:00.000Z")))
def c23(r: R) -> R:
    v = fnum(r["annualrevenue"])
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": r["company"], "industry": dflt(r["industry"], "Unknown"),
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                                        "plan": "enterprise" if v is not None and v >= 10_000_000 else "growth"},
                            "createdAt": day(r["createdate"])}})


@case("h63-24-seg-username-website", H, S, """Match key: userId = email (emails are lower-case in this pull)
Rows: skip opted-out contacts (hs_email_optout = "true"); blank counts as opted in, so those go.

traits.email           <- email
traits.username        = LEFT(email, FIND("@", email) - 1)
traits.website         <- website, but leave it out when blank
traits.lifecycle_stage <- lifecyclestage   (custom trait)
traits.createdAt       <- createdate (raw timestamp, no reformatting)""",
      lower_emails(extended(HS, VAN, CHI, MTL)))
def c24(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return keep({"userId": r["email"],
                 "traits": {"email": r["email"], "username": before_at(r["email"]),
                            "website": OMIT if blank(r["website"]) else r["website"],
                            "lifecycle_stage": r["lifecyclestage"], "createdAt": r["createdate"]}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h63-25-ga4-generate-lead", H, G, """GA4 Measurement Protocol, one event per contact.
Match key: client_id
Rows: all

client_id                    = "crm.hubspot"   (constant)
user_id                      = LOWER(email)
events[0].name               = "generate_lead"
events[0].params.currency    = "CAD"
events[0].params.value       = VALUE(annualrevenue) as a number; 0 when revenue is blank
events[0].params.lead_source = LOWER(hs_analytics_source); "unknown" when the source is blank""",
      extended(HS, TOR, VAN, MTL))
def c25(r: R) -> R:
    return {"client_id": "crm.hubspot", "user_id": r["email"].lower(),
            "events": [{"name": "generate_lead",
                        "params": {"currency": "CAD",
                                   "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                                   "lead_source": dflt(r["hs_analytics_source"], "unknown").lower()}}]}


EVT_TABLE = {"lead": "generate_lead", "marketingqualifiedlead": "qualify_lead", "salesqualifiedlead": "working_lead",
             "opportunity": "working_lead", "customer": "close_convert_lead"}


@case("h63-26-ga4-stage-events", H, G, """Pipeline-stage events to GA4. Match key: client_id.
Rows: skip subscribers (lifecyclestage = "subscriber"); every other stage sends.

client_id              = email (as is)
events[0].name         = VLOOKUP(lifecyclestage):
    lead                   | generate_lead
    marketingqualifiedlead | qualify_lead
    salesqualifiedlead     | working_lead
    opportunity            | working_lead
    customer               | close_convert_lead
    (anything else)        | crm_stage_change
events[0].params.stage = lifecyclestage (raw value)
events[0].params.city  <- city""",
      extended(HS, TOR, MTL,
               hs(email="nick.barr@okanaganvines.ca", firstname="Nick", lastname="Barr", lifecyclestage="evangelist",
                  city="Kelowna")))
def c26(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"client_id": r["email"],
            "events": [{"name": EVT_TABLE.get(r["lifecyclestage"], "crm_stage_change"),
                        "params": {"stage": r["lifecyclestage"], "city": r["city"]}}]}


@case("h63-27-ga4-crm-sync-region", H, G, """Match key: client_id = LOWER(email)
Rows: all. Don't send user_id.

events[0].name             = "crm_sync"
events[0].params.country   = IF(ISBLANK(country), "Unknown", country)
events[0].params.region    = IF(country = "Canada", "CA", IF(country = "United States", "US", "INTL"))   -- blank country = "INTL"
events[0].params.employees = INT(numemployees) as a whole number; leave it out if blank
events[0].params.created   = TEXT(createdate, "YYYY-MM-DD")""",
      extended(HS, TOR, VAN,
               hs(email="Zara.Ali@PeiFisheries.ca", firstname="Zara", lastname="Ali", country="", numemployees="27",
                  createdate="2024-04-22T11:00:00.000Z")))
def c27(r: R) -> R:
    region = "CA" if r["country"] == "Canada" else "US" if r["country"] == "United States" else "INTL"
    params = keep({"country": dflt(r["country"], "Unknown"), "region": region,
                   "employees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                   "created": day(r["createdate"])})
    return {"client_id": r["email"].lower(), "events": [{"name": "crm_sync", "params": params}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h63-28-sfl-straight-copies", L, H, """SF Lead -> HubSpot contact. Match key: email.
Rows: all. Straight copies, blank stays blank.

email     <- Email
firstname <- FirstName
lastname  <- LastName
company   <- Company
jobtitle  <- Title
phone     <- Phone
city      <- City
zip       <- PostalCode
country   <- Country""",
      extended(SFL, NADIA, BEN))
def c28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"], "country": r["Country"]}


STATUS_TABLE = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
                "Closed - Not Converted": "UNQUALIFIED"}


@case("h63-29-sfl-lead-status-optout", L, H, """Match key: email
Rows: all

email           <- Email
hs_lead_status  = VLOOKUP(Status, table, 2, FALSE):
    Open - Not Contacted   | NEW
    Working - Contacted    | IN_PROGRESS
    Closed - Converted     | OPEN_DEAL
    Closed - Not Converted | UNQUALIFIED
hs_email_optout = IF(HasOptedOutOfEmail, "true", "false")   -- written as the text "true"/"false"
lifecyclestage  = "lead\"""",
      extended(SFL, NADIA, BEN))
def c29(r: R) -> R:
    return {"email": r["Email"], "hs_lead_status": STATUS_TABLE[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false", "lifecyclestage": "lead"}


@case("h63-30-sfl-hot-sql-revenue", L, H, """Match key: email
Rows: all

email          = LOWER(Email)
lastname       <- LastName
lifecyclestage = IF(Rating = "Hot", "salesqualifiedlead", "lead")   -- blank Rating -> "lead"
annualrevenue  = VALUE(AnnualRevenue) as a number; blank -> don't set annualrevenue""",
      extended(SFL, NADIA, BEN))
def c30(r: R) -> R:
    return keep({"email": r["Email"].lower(), "lastname": r["LastName"],
                 "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h63-31-sfl-north-america-phones", L, H, f"""Match key: email
Rows: only Country = "Canada" or "United States"; skip everyone else (blank country too).

email     <- Email
firstname = PROPER(FirstName); if FirstName is blank, leave firstname out
lastname  = PROPER(LastName)
phone     = Phone -> {PHONE_RULE}  (every lead that qualifies has a phone)
city      <- City""",
      extended(SFL, NADIA, BEN,
               sfl(Email="rosa.mendez@cascadebrewing.com", FirstName="ROSA", LastName="mendez", Company="Cascade Brewing",
                   Phone="+1 (206) 555-0123", City="Seattle", Country="United States")))
def c31(r: R) -> Out:
    if r["Country"] not in ("Canada", "United States"):
        return None
    return keep({"email": r["Email"], "firstname": OMIT if blank(r["FirstName"]) else title(r["FirstName"]),
                 "lastname": title(r["LastName"]), "phone": e164(r["Phone"]), "city": r["City"]})


@case("h63-32-sfl-domain-company-message", L, H, """Rows: skip leads with Status = "Closed - Not Converted". Everything else comes over.
Match key: email (emails are all lower-case in this extract)

email    <- Email
company  = IF(ISBLANK(Company), MID(Email, FIND("@", Email) + 1, 100), Company)   -> domain after the @ when Company is blank
jobtitle = IF(ISBLANK(Title), "Unknown", Title)
message  = "SF lead source: " & IF(ISBLANK(LeadSource), "unknown", LeadSource)""",
      lower_emails(extended(SFL, NADIA, BEN), key="Email"))
def c32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": after_at(r["Email"]) if blank(r["Company"]) else r["Company"],
            "jobtitle": dflt(r["Title"], "Unknown"), "message": "SF lead source: " + dflt(r["LeadSource"], "unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h63-33-sfc-mc-status-dept-tags", C, M, """SF Contacts -> Mailchimp. Match key: email_address.
Rows: all

email_address = LOWER(Email)
FNAME         <- FirstName
LNAME         <- LastName
status        = IF(HasOptedOutOfEmail, "unsubscribed", "subscribed")
tags          = always "SFDC"; then add "Eng" when Department = "Engineering", or "Sales" when Department = "Sales" (SFDC stays first)""",
      extended(SFC, SAM, EMMA))
def c33(r: R) -> R:
    tags = ["SFDC"] + (["Eng"] if r["Department"] == "Engineering" else ["Sales"] if r["Department"] == "Sales" else [])
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h63-34-sfc-mc-north-america", C, M, f"""Match key: email_address
Rows: only MailingCountry = "Canada" or "United States".

email_address = Email
FNAME         = PROPER(FirstName)
LNAME         = PROPER(LastName)   (a blank last name stays blank)
PHONE         = Phone -> {PHONE_RULE}; no phone -> leave PHONE out
language      = "en"
status        = "subscribed\"""",
      extended(SFC, SAM, EMMA, sfc(Email="marco.bianchi@yukonoutfitters.ca", FirstName="marco", LastName="BIANCHI",
                                   Phone="867 555 0140", MailingCity="Whitehorse", MailingCountry="Canada")))
def c34(r: R) -> Out:
    if r["MailingCountry"] not in ("Canada", "United States"):
        return None
    return keep({"email_address": r["Email"],
                 "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": title(r["LastName"]),
                                  "PHONE": OMIT if blank(r["Phone"]) else e164(r["Phone"])},
                 "language": "en", "status": "subscribed"})


@case("h63-35-sfc-mc-vip-partners", C, M, """Match key: email_address
Rows: all

email_address <- Email
LNAME         = IF(ISBLANK(LastName), "n/a", LastName)
vip           = OR(LeadSource = "Partner Referral", LeadSource = "Trade Show") -> TRUE/FALSE; blank LeadSource = FALSE
status        = "pending"
tags          = {}   (explicitly an empty tag list)""",
      extended(SFC, SAM, EMMA))
def c35(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"LNAME": dflt(r["LastName"], "n/a")},
            "vip": r["LeadSource"] in ("Partner Referral", "Trade Show"), "status": "pending", "tags": []}


TAG_TABLE = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partner"}


@case("h63-36-sfc-mc-source-tag", C, M, """Rows: skip contacts with Email Opt Out checked (HasOptedOutOfEmail = TRUE).
Match key: email_address

email_address = LOWER(Email)
FNAME         = INDEX(SPLIT(FirstName, " "), 1)   -> first word only
tags          = one tag, VLOOKUP(LeadSource):
    Web              | inbound
    Trade Show       | events
    Partner Referral | partner
    anything else or blank | other""",
      extended(SFC, SAM, EMMA,
               sfc(Email="Zoe.Martin@NiagaraCider.ca", FirstName="Zoe Anne", LastName="Martin", LeadSource="",
                   HasOptedOutOfEmail=False),
               sfc(Email="li.ming@richmondtrade.ca", FirstName="Li Ming", LastName="Chen", LeadSource="Email",
                   HasOptedOutOfEmail=False)))
def c36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": first_word(r["FirstName"])},
            "tags": [TAG_TABLE.get(r["LeadSource"], "other")]}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h63-37-sfc-seg-basic", C, S, """SF Contact -> Segment identify.
Match key: userId = LOWER(Email)
Rows: all

traits.email      = LOWER(Email)
traits.firstName  <- FirstName
traits.lastName   <- LastName
traits.title      <- Title
traits.department <- Department, but leave it out when Department is blank""",
      extended(SFC, SAM, EMMA))
def c37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"].lower(), "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": r["Title"], "department": OMIT if blank(r["Department"]) else r["Department"]}})


@case("h63-38-sfc-seg-address-phone", C, S, f"""Match key: userId = Email (as is)
Rows: all

traits.address.city    = TRIM(MailingCity)
traits.address.country = IF(ISBLANK(MailingCountry), "Canada", MailingCountry)
traits.phone           = Phone -> {PHONE_RULE}; blank phone -> leave traits.phone out
traits.birthday        <- Birthdate (as is); leave it out if blank""",
      extended(SFC, SAM, EMMA))
def c38(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"].strip(),
                                        "country": dflt(r["MailingCountry"], "Canada")},
                            "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"]),
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h63-39-sfc-seg-opted-in-name", C, S, """Rows: only contacts with HasOptedOutOfEmail = FALSE (unchecked). Opted-out ones are skipped.
Match key: userId = Email

traits.name        = FirstName & " " & LastName; if LastName is blank, just FirstName (no trailing space)
traits.lead_source = IF(ISBLANK(LeadSource), "Unknown", LeadSource)   (custom trait)
traits.department  = LOWER(Department)   (blank stays blank)""",
      extended(SFC, SAM, EMMA,
               sfc(Email="kai.lam@coastmountain.ca", FirstName="Kai", LastName="", Department="Finance", LeadSource="",
                   HasOptedOutOfEmail=False)))
def c39(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    name = r["FirstName"] if blank(r["LastName"]) else f"{r['FirstName']} {r['LastName']}"
    return {"userId": r["Email"],
            "traits": {"name": name, "lead_source": dflt(r["LeadSource"], "Unknown"),
                       "department": r["Department"].lower()}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h63-40-mc-hs-clean-contact", M, H, f"""Mailchimp -> HubSpot. Match key: email.
Rows: all

email     = LOWER(email_address)
firstname = PROPER(FNAME)
lastname  = PROPER(LNAME); blank LNAME -> leave lastname out
phone     = PHONE -> {PHONE_RULE}; blank PHONE -> leave phone out
company   <- COMPANY (as is)""",
      extended(MC, RAJ, SOPHIE))
def c40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"].lower(), "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]), "company": mf["COMPANY"]})


@case("h63-41-mc-hs-active-vip", M, H, """Match key: email
Rows: only status = "subscribed" or "pending"; unsubscribed and cleaned are skipped.

email          <- email_address
lifecyclestage = IF(vip, "customer", "subscriber")
hs_language    <- language
company        = IF(ISBLANK(COMPANY), "Unknown", COMPANY)""",
      extended(MC, RAJ, SOPHIE))
def c41(r: R) -> Out:
    if r["status"] not in ("subscribed", "pending"):
        return None
    return {"email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber",
            "hs_language": r["language"], "company": dflt(r["merge_fields"]["COMPANY"], "Unknown")}


@case("h63-42-mc-hs-optout-customer-tag", M, H, """Rows: skip cleaned members (status = "cleaned"); the rest come over.
Match key: email (every address here is lower-case)

email           <- email_address
firstname       = IF(ISBLANK(FNAME), LEFT(email_address, FIND("@", email_address) - 1), INDEX(SPLIT(FNAME, " "), 1))   -> first word of FNAME, or the bit before the @ when FNAME is blank
hs_email_optout = IF(status = "unsubscribed", "true", "false")   -- as text
lifecyclestage  = IF(tags contains "Customer", "customer", "lead")""",
      lower_emails(extended(MC, RAJ, SOPHIE,
                            {"email_address": "info@greatlakesbrew.ca", "status": "subscribed",
                             "merge_fields": {"FNAME": "", "LNAME": "", "PHONE": "", "COMPANY": "Great Lakes Brew"},
                             "tags": ["Customer"], "language": "en", "vip": False},
                            {"email_address": "marybeth.oconnor@capebretonknits.ca", "status": "unsubscribed",
                             "merge_fields": {"FNAME": "Mary Beth", "LNAME": "Oconnor", "PHONE": "", "COMPANY": ""},
                             "tags": ["Webinar"], "language": "en", "vip": False}),
                   key="email_address"))
def c42(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    fn = r["merge_fields"]["FNAME"]
    return {"email": r["email_address"],
            "firstname": before_at(r["email_address"]) if blank(fn) else first_word(fn),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    build(CASES, Path(__file__).with_name("set63"))
