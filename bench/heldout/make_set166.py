"""Held-out set 166 for the offline mapping drafter.

Persona: Owen MacLeod, senior data engineer in Toronto, who records every sync mapping as a
lightweight Architecture Decision Record pasted into the ticket: a title line
'ADR-0xx: <sync>', 'Status: Accepted', then '## Context' (a few sentences on why; it may name
fields and ideas that were discussed but NOT adopted), '## Decision' (the rules, as prose
sentences or a short bullet list, sometimes a 'Field mapping:' block of 'dest <- source' lines)
and '## Consequences' (what follows from the decision; it can restate a rule in other words,
e.g. 'records without X will not reach Y'). Some records add '## Alternatives considered' with a
rejected option. Canadian English (behaviour, colour, centre), clear and technical; API names
and UI labels are used interchangeably, with the odd small typo.

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


@case("h166-01-baseline-lead-copy-web-source", H, L, """ADR-021: HubSpot contacts -> Salesforce Lead, baseline field sync
Status: Accepted

## Context
Sales wants every HubSpot contact visible as a Lead before the Q3 outbound push. In the design review we also talked about translating Original Source into Lead Source and Lifecycle Stage into Lead Status. Neither is adopted here: marketing ops has not signed off on the translation tables, so they will get their own ADR.

## Decision
Field mapping (straight copies, no trimming, no case changes):
- Email <- email
- FirstName <- firstname
- LastName <- lastname
- Company <- company
- Title <- jobtitle
- City <- city
- LeadSource <- the fixed value "Web" on every Lead

When a HubSpot property is empty the Lead field is written empty too. We do not invent defaults in this sync.

## Consequences
A contact without a company name lands with an empty Company; Salesforce validation may bounce it, which is tracked seperately. Every Lead created by this path reports Lead Source = Web no matter how the contact actually found us.""",
      extended(HS,
               hs(email="nadia.haddad@maplecrest.ca", firstname="Nadia", lastname="Haddad", company="",
                  jobtitle="  ", city="Mississauga"),
               hs(email="tom.oduya@lakeshoreit.ca", firstname="Tom", lastname="Oduya", company=" Lakeshore IT ",
                  jobtitle="", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Web"}


@case("h166-02-form-fill-placeholders-trim", H, L, """ADR-022: Lead intake from HubSpot form fills
Status: Accepted

## Context
Contacts created by the website forms arrive with padded names and lots of blanks, because the forms don't require company or job title. Salesforce refuses a Lead without a Company, which is the main reason this ADR exists.

## Decision
- Email: copied as is.
- LastName: the HubSpot last name with leading and trailing whitespace trimmed.
- Company: the HubSpot company name, trimmed. If it is blank (empty, or nothing but spaces) the Lead gets "Not Provided" instead.
- Title: the HubSpot job title exactly as stored, no trim. If the job title is blank, Title gets "Unspecified".

## Alternatives considered
Deriving Company from the email domain (the part after the @). Rejected: half the form fills use gmail.com or outlook.com, and "gmail.com" is a worse company name than an honest placeholder.

## Consequences
No Lead created through this path is missing a Company. Job titles that are padded in HubSpot stay padded in Salesforce; cleaning those up is a HubSpot data-quality task, not the sync's job.""",
      extended(HS,
               hs(email="amelie.gagnon@borealoutfitters.ca", lastname=" Gagnon ", company="  Boreal Outfitters  ",
                  jobtitle=" Buyer"),
               hs(email="raj.patel@gmail.com", lastname="Patel  ", company="   ", jobtitle="  "),
               hs(email="hugo.lam@outlook.com", lastname="Lam", company="", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Not Provided").strip(), "Title": dflt(r["jobtitle"], "Unspecified")}


@case("h166-03-dialable-phone-title-case-names", H, L, """ADR-023: Dialable phone number on HubSpot-sourced Leads
Status: Accepted

## Context
The SDR team dials straight from the Lead's Phone field. In HubSpot the office number (Phone Number) is often empty while the Mobile Phone Number is filled, and the other way round. Names also arrive in every casing imaginable: all caps from the trade-show badge scanner, all lowercase from the chatbot.

## Decision
1. Lead Phone = HubSpot Phone Number. If that is blank, use the HubSpot Mobile Phone Number instead. If both are blank, Phone is not sent on the Lead at all (the key is omitted, not written as an empty string). Whichever number wins is copied as stored, with no reformatting.
2. FirstName and LastName are written in title case: every space-separated word gets an upper-case first letter and the rest of the word in lower case ("ANNE MARIE" -> "Anne Marie", "bouchard" -> "Bouchard").
3. Email is copied unchanged.

## Alternatives considered
Normalising the number to E.164 on the way in. Rejected for now: the dialer accepts the raw formats and we would rather not rewrite numbers we cannot validate.

## Consequences
A contact with nothing in either HubSpot phone field reaches Salesforce without a Phone value, so whatever Salesforce already holds for that Lead is left alone.""",
      extended(HS,
               hs(email="annemarie.bouchard@rivenord.ca", firstname="ANNE MARIE", lastname="bouchard", phone="  ",
                  mobilephone="514 555 0163"),
               hs(email="gordon.wong@harbourfront.ca", firstname="gordon", lastname="WONG", phone="",
                  mobilephone=" "),
               hs(email="sam.okoye@okoyebuild.ca", firstname="Sam", lastname="Okoye", phone="416-555-0100",
                  mobilephone="647-555-0101")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h166-04-industry-picklist-lowercase-email", H, L, """ADR-024: Lead Industry picklist from HubSpot's free-text industry
Status: Accepted

## Context
HubSpot's Industry is a free-text property; the Salesforce Lead Industry is a restricted picklist. Marketing ops audited the values we actually hold and four of them translate cleanly. Separately, duplicate Leads keep appearing because the same address shows up with different capitalisation.

## Decision
Industry on the Lead comes from the HubSpot industry through this lookup (exact, case-sensitive match on the HubSpot value):

| HubSpot industry | Lead Industry   |
|------------------|-----------------|
| Software         | Technology      |
| Logistics        | Transportation  |
| Food             | Food & Beverage |
| Design           | Media           |

Any other value, and a blank industry, becomes Other.

Email on the Lead is the HubSpot email converted entirely to lower case.

## Consequences
Leads with an unusual or missing industry all sit under "Other" until the table grows. Mixed-case duplicates stop, since Salesforce only ever sees lower-case addresses.""",
      extended(HS,
               hs(email="Marcus.Reid@TorontoFreight.CA", industry="Logistics"),
               hs(email="ELENA.PETROV@fundybank.ca", industry="Banking"),
               hs(email="Jo.Nguyen@Example.ca", industry="   ")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage", "Design": "Media"}
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case("h166-05-skip-subscribers-and-optouts", H, L, """ADR-025: Which HubSpot contacts become Salesforce Leads
Status: Accepted

## Context
Until now every HubSpot contact was pushed to Salesforce, so reps were chasing newsletter-only subscribers and people who had opted out of email. Legal also asked, with CASL in mind, that opted-out contacts not be worked by outbound.

## Decision
Two exclusions are applied before any mapping:
- a contact whose Lifecycle Stage is subscriber is not synced;
- a contact whose "Unsubscribed from all email" is "true" is not synced. A blank value there does NOT exclude the contact; only the literal "true" does.

Everything that passes is mapped like this.
Field mapping:
  Email <- email
  FirstName <- firstname
  LastName <- lastname
  Company <- company
  Description <- "Source: HubSpot sync (ADR-025)", the same text on every Lead
Copies are verbatim, empty values included.

## Consequences
Subscribers and opted-out contacts never reach Salesforce through this path. A subscriber who later moves to another stage is picked up on the next run.""",
      extended(HS,
               hs(email="wei.chen@pinegrove.ca", lifecyclestage="subscriber", hs_email_optout="false"),
               hs(email="fatima.ali@northbaymetal.ca", firstname="Fatima", lastname="Ali", company="",
                  lifecyclestage="opportunity", hs_email_optout="  "),
               hs(email="dan.fraser@fraserco.ca", lifecyclestage="lead", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Description": "Source: HubSpot sync (ADR-025)"}


@case("h166-06-revenue-rating-headcount", H, L, """ADR-026: Lead Rating and headcount from HubSpot firmographics
Status: Accepted

## Context
Rating is currently set by hand and nobody trusts it. We agreed to derive it from Annual Revenue and to carry the headcount across while we are at it.

## Decision
- Rating is based on the HubSpot Annual Revenue, read as a number:
  - more than 5,000,000 -> Hot
  - less than 500,000 -> Cold
  - anything in between -> Warm
  - blank revenue -> Warm (unknown is not the same thing as small)
- NumberOfEmployees (label: Employees) = HubSpot Number of Employees as a whole number (integer). When the HubSpot value is blank the field is left off the Lead entirely.
- Email is copied as is.

## Alternatives considered
Rating from the number of employees instead of revenue. Rejected: headcount is self-reported on the form and far too noisy.

## Consequences
Contacts with no revenue are treated as mid-tier (Warm) rather than being buried as Cold. Leads with no HubSpot headcount keep whatever Employees value Salesforce already has.""",
      extended(HS,
               hs(email="ines.moreau@quaybridge.ca", annualrevenue="450000", numemployees="8"),
               hs(email="colin.fraser@ridgeline.ca", annualrevenue="  ", numemployees="  "),
               hs(email="maya.singh@arcticgrid.ca", annualrevenue="7250000", numemployees="1200")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else ("Hot" if v > 5_000_000 else ("Cold" if v < 500_000 else "Warm"))
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h166-07-e164-phone-title-case-city", H, L, """ADR-027: Phone normalisation for HubSpot -> Lead
Status: Accepted

## Context
The CTI integration in Salesforce only matches an inbound call to a Lead when the number is stored in E.164. Most of our contacts are North American but there is a growing European and APAC tail. The mobile number was discussed as well; it is not part of this decision and is not mapped.

## Decision
- Phone on the Lead = HubSpot Phone Number in E.164: keep only the digits and put a "+" in front. A number that already starts with "+" keeps its own country code. Anything else is treated as North American: prefix +1, unless it already has 11 digits starting with 1, in which case it only gets the "+".
- If the HubSpot Phone Number is blank, the Lead gets no Phone key at all.
- City and LastName are title-cased: first letter of each space-separated word upper case, the rest lower case.
- Email is passed through unchanged.

## Consequences
"(416) 555-0123" becomes "+14165550123" and "+44 20 7946 0000" becomes "+442079460000". Contacts without a phone number will not blank out an existing Phone on the Lead.""",
      extended(HS,
               hs(email="priyanka.sharma@lakehead.ca", lastname="SHARMA", city="THUNDER BAY", phone="1 807 555 0145"),
               hs(email="ben.kowalski@northyork.ca", lastname="kowalski", city="north york", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]),
                 "LastName": title(r["lastname"])})


@case("h166-08-north-america-only-state-upper", H, L, """ADR-028: North American contacts into the inside-sales Lead queue
Status: Accepted

## Context
Inside sales covers Canada and the United States only. Mexico is handled by the LATAM partner and everything else by the EMEA/APAC desks, which work from HubSpot directly. We also wanted to stop seeing mixed-case province and state codes in list views.

## Decision
Only contacts whose Country/Region is exactly "Canada" or "United States" are synced. Every other country, Mexico included, and a blank country, is skipped.

For the contacts that qualify:
- Email <- email, as is
- State <- HubSpot State/Region converted to upper case ("on" -> "ON")
- Description <- the literal text "HubSpot create date: " followed by the contact's Create Date as YYYY-MM-DD (date part only), e.g. "HubSpot create date: 2023-03-14"

## Consequences
Contacts outside Canada and the US will not reach the Lead queue at all. Province and state codes on these Leads are consistently upper case.""",
      extended(HS,
               hs(email="chantal.roy@rideaucoffee.ca", country="Canada", state="on",
                  createdate="2024-02-20T13:15:00.000Z"),
               hs(email="kyle.mcleod@okanaganwine.ca", country="Canada", state="Bc",
                  createdate="2023-09-30T16:40:00.000Z"),
               hs(email="lucia.herrera@tacoslocos.mx", country="Mexico", state="jal")))
def o08(r: R) -> Out:
    if r["country"] not in ("Canada", "United States"):
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "HubSpot create date: " + day(r["createdate"])}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h166-09-mailing-address-block", H, C, """ADR-029: Mailing address on Salesforce Contacts from HubSpot
Status: Accepted

## Context
Finance mails printed renewal notices and reads the address from the Contact. The Contact has two address blocks, Mailing and Other. We discussed writing the HubSpot address into both; agreed the Other address block stays untouched by the sync and is owned by account managers.

## Decision
Field mapping:
  Email <- email
  MailingStreet <- address (Street Address)
  MailingCity <- city
  MailingState <- state (State/Region)
  MailingPostalCode <- zip (Postal Code)
  MailingCountry <- country (Country/Region)

All of these are straight copies: whatever HubSpot holds, empty strings and stray spaces included, is what Salesforce gets.

## Consequences
An incomplete adress in HubSpot produces an equally incomplete Mailing address in Salesforce; fixing data stays upstream.""",
      extended(HS,
               hs(email="marc.belanger@lavalmeubles.ca", address="", city="Laval", state="QC", zip="H7N 1A1",
                  country="Canada"),
               hs(email="olivia.chen@queensquay.ca", address="  88 Queens Quay W ", city="Toronto", state="",
                  zip="", country="Canada")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h166-10-casl-optout-and-do-not-call", H, C, """ADR-030: Consent and call flags on Salesforce Contacts
Status: Accepted

## Context
CASL requires consent we can prove. HubSpot's "Unsubscribed from all email" (hs_email_optout) holds the text "true" or "false", but older imports left it empty. Separately, reps keep trying to call Contacts that have no number at all.

## Decision
- HasOptedOutOfEmail (Email Opt Out) is true when hs_email_optout is "true", false when it is "false", and true when it is blank. No consent on record means we treat the person as opted out.
- DoNotCall is true when the contact has neither a Phone Number nor a Mobile Phone Number in HubSpot (both blank). If at least one of the two is filled, DoNotCall is false.
- Email and LastName are copied as is.

## Consequences
Contacts imported without a consent value will not receive email from Salesforce. Contacts with no phone number of either kind are flagged Do Not Call.""",
      extended(HS,
               hs(email="renee.aubin@gaspesiefish.ca", lastname="Aubin", hs_email_optout="  ", phone="   ",
                  mobilephone=""),
               hs(email="ajay.mehta@brampton-tools.ca", lastname="Mehta", hs_email_optout="false", phone="",
                  mobilephone="+1 905 555 0172"),
               hs(email="nora.byrne@halifaxharbour.ca", lastname="Byrne", hs_email_optout="true", phone="",
                  mobilephone=" ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true" or blank(r["hs_email_optout"]),
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h166-11-last-name-chain-to-local-part", H, C, """ADR-031: Guaranteeing a Last Name on Salesforce Contacts
Status: Accepted

## Context
LastName is mandatory on the Contact object and the chatbot creates HubSpot contacts with only an email address. The sync has been failing on those since spring.

## Decision
LastName is the first value that is not blank, trying in this order:
  1. HubSpot last name
  2. HubSpot company name
  3. the part of the email address before the @ (as written, no case change)
Email and FirstName are copied unchanged; an empty first name stays empty.

## Alternatives considered
Hard-coding "Unknown" as the last name. Rejected: hundreds of Contacts all called "Unknown" make duplicate management impossible.

## Consequences
Every Contact from this path gets a LastName. Some Contacts will carry a company name or an email local part as their surname until someone corrects them in HubSpot.""",
      extended(lower_emails(HS),
               hs(email="info@tidewaterkayak.ca", firstname="", lastname="", company="Tidewater Kayak"),
               hs(email="sunny.dhillon@gmail.com", firstname="Sunny", lastname=" ", company="  "),
               hs(email="k.ahmed@bell.net", firstname="Karim", lastname="", company="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h166-12-alpha3-country-postal-upper", H, C, """ADR-032: Country codes and postal code formatting on Contacts
Status: Accepted

## Context
Our Salesforce org stores Mailing Country as ISO 3166-1 alpha-3 codes because the ERP integration reads it. The HubSpot audit shows exactly five country values in the population we sync. Mailing State was also discussed, but it stays out of this sync for now.

## Decision
- MailingCountry from HubSpot Country/Region:
    United States -> USA
    Canada -> CAN
    Mexico -> MEX
    Japan -> JPN
    France -> FRA
  No other values occur, so there is no fallback row.
- MailingPostalCode = HubSpot Postal Code in upper case ("m5v 2t6" -> "M5V 2T6"). When the postal code is blank the field is omitted from the Contact.
- Email copied as is.

## Consequences
Canadian postal codes stop showing up in lower case in Salesforce. Contacts with no postal code leave the Salesforce value as it was.""",
      extended(HS,
               hs(email="jasmine.tremblay@distilleriegaspe.ca", country="Canada", zip="m5v 2t6"),
               hs(email="eric.olsen@prairiegrain.ca", country="Canada", zip="  "),
               hs(email="alex.rivera@bluecrab.com", country="United States", zip="10001")))
def o12(r: R) -> Out:
    codes = {"United States": "USA", "Canada": "CAN", "Mexico": "MEX", "Japan": "JPN", "France": "FRA"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingPostalCode": omit_if_blank(r["zip"], str.upper)})


@case("h166-13-customers-only-mobile-fallback", H, C, """ADR-033: Only paying customers become Salesforce Contacts
Status: Accepted

## Context
The Contact object is reserved for people at paying accounts; prospects stay Leads (see ADR-021). Account managers mostly text their customers, so the mobile number matters more than the desk line here.

## Decision
- Only contacts whose Lifecycle Stage is customer or evangelist are synced. Every other stage is skipped.
- Email is converted to lower case.
- MobilePhone = HubSpot Mobile Phone Number; when that is blank, the HubSpot Phone Number is used instead. Either is copied as stored.
- Description is always "Customer record mastered in HubSpot".

## Consequences
Leads, MQLs, SQLs and opportunities will not reach the Contact object through this sync. Every customer in scope has at least one of the two numbers on file.""",
      extended(HS,
               hs(email="Gabriel.Dupuis@CafeDupuis.CA", lifecyclestage="evangelist", mobilephone="  ",
                  phone="416-555-0131"),
               hs(email="HANNAH.KIM@maplebyte.ca", lifecyclestage="customer", mobilephone="+1 647 555 0190",
                  phone=""),
               hs(email="Victor.Lopez@Example.ca", lifecyclestage="opportunity", mobilephone="604-555-0111")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Customer record mastered in HubSpot"}


@case("h166-14-lead-source-table-trim-title-city", H, C, """ADR-034: Contact Lead Source and some tidy-up
Status: Accepted

## Context
Attribution reports in Salesforce group Contacts by Lead Source, which today is mostly empty. HubSpot's Original Source is the best signal we have. While touching this sync we also fix padded job titles and shouty city names.

## Decision
- Title = HubSpot job title with leading and trailing spaces removed.
- MailingCity = HubSpot city in title case (each word capitalised, rest lower case).
- LeadSource from HubSpot Original Source:
    ORGANIC_SEARCH -> Web
    PAID_SEARCH -> Advertisement
    PAID_SOCIAL -> Advertisement
    REFERRALS -> External Referral
    OFFLINE -> Trade Show
    any other source, or a blank one -> Other
- Email copied.

## Consequences
No Contact from this sync has an empty Lead Source any more; the unknowns are visible as Other.""",
      extended(HS,
               hs(email="owen.b@stjohnsmarine.ca", jobtitle="  Controller  ", city="NIAGARA FALLS",
                  hs_analytics_source="OFFLINE"),
               hs(email="lea.martin@quebecmode.ca", jobtitle="   ", city="trois rivieres",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="sean.park@pacificdigital.ca", jobtitle="Analyst ", city="Vancouver",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h166-15-double-opt-in-language-default", H, M, """ADR-035: HubSpot contacts -> Mailchimp audience, double opt-in
Status: Accepted

## Context
Under CASL we want every new audience member to confirm their subscription themselves. The audience is bilingual; Quebec contacts get the French version of campaigns, based on HubSpot's Preferred language property.

## Decision
Field mapping:
  email_address <- email
  merge_fields.FNAME <- firstname
  merge_fields.LNAME <- lastname
  status <- "pending" for every member (Mailchimp then sends the confirmation email)
  language <- Preferred language (hs_language); many contacts don't have that property at all, or have it empty, and those get "en"
FNAME and LNAME are copied as they are, blanks included.

## Consequences
Nobody is added as subscribed directly by this sync. Contacts without a language preference receive English campaigns.""",
      extended(HS,
               hs(email="genevieve.ouellet@sherbrookebio.ca", firstname="Geneviève", lastname="Ouellet",
                  hs_language="fr"),
               hs(email="paul.dunn@kelownaboats.ca", firstname="", lastname="Dunn", hs_language="  "),
               hs(email="mei.lin@markhamtech.ca", firstname="Mei", lastname="", hs_language="en")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "pending", "language": dflt(r.get("hs_language"), "en")}


@case("h166-16-optout-status-transactional-tag", H, M, """ADR-036: Mailchimp subscription status from the HubSpot opt-out flag
Status: Accepted

## Context
HubSpot's "Unsubscribed from all email" holds "true" or "false", and is empty for contacts that came in through old list imports where consent was never recorded.

## Decision
status is derived from hs_email_optout:
- "false" -> subscribed
- "true" -> unsubscribed
- blank -> transactional (no consent on file: receipts and account emails only, no campaigns)

tags = ["hubspot-sync"] on every member, nothing else.
email_address <- email, unchanged.

## Alternatives considered
Putting the blank-consent contacts in pending so Mailchimp asks them to confirm. Rejected: that sends an unsolicited confirmation email to people who never asked for anything.

## Consequences
Contacts with unknown consent can no longer be reached by a campaign by accident.""",
      extended(HS,
               hs(email="tariq.hassan@windsorparts.ca", hs_email_optout="  "),
               hs(email="claire.nolan@sudburyrock.ca", hs_email_optout="false")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "transactional" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h166-17-enterprise-and-paid-social-tags", H, M, """ADR-037: Segmentation tags on Mailchimp members
Status: Accepted

## Context
Campaign managers build segments by hand every month. Two segments are stable enough to be driven by the sync. A third idea, tagging by industry, was dropped because HubSpot's industry values are too messy.

## Decision
tags is built from two rules, in this order:
1. "Enterprise" when Number of Employees is greater than 100. A blank employee count gives no Enterprise tag.
2. "Paid social" when Original Source is PAID_SOCIAL.
A member matching both gets ["Enterprise", "Paid social"]. A member matching neither gets an empty list [].
email_address <- email.

## Consequences
Tags that the sync does not manage are cleared on the next run, since tags is written as a complete list.""",
      extended(HS,
               hs(email="rohan.das@ottawaclouds.ca", numemployees="150", hs_analytics_source="PAID_SOCIAL"),
               hs(email="ella.sauve@mtlcraft.ca", numemployees="  ", hs_analytics_source="PAID_SOCIAL"),
               hs(email="bruno.costa@kwbikes.ca", numemployees="99", hs_analytics_source="ORGANIC_SEARCH")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Enterprise")
    if r["hs_analytics_source"] == "PAID_SOCIAL":
        tags.append("Paid social")
    return {"email_address": r["email"], "tags": tags}


@case("h166-18-sms-phone-e164-first-word", H, M, """ADR-038: SMS-ready PHONE merge field for Mailchimp
Status: Accepted

## Context
Mailchimp SMS only accepts E.164 numbers. The signup form requires at least one phone number, so every contact in this audience has either a Phone Number or a Mobile Phone Number in HubSpot. Greeting lines read oddly with double first names, so we shorten them.

## Decision
- merge_fields.PHONE = the HubSpot Phone Number, or the Mobile Phone Number when Phone Number is blank, formatted as E.164: digits only with a leading "+"; a number that already starts with "+" keeps its own country code; anything else is North American, so it gets +1 in front (or only the "+" if it is already 11 digits starting with 1).
- merge_fields.FNAME = only the first word of the HubSpot first name ("Marie Claude" -> "Marie").
- email_address <- email.

## Consequences
Mobile numbers are only used when the office number is missing.""",
      extended(HS,
               hs(email="marie.claude.pelletier@levisdesign.ca", firstname="Marie Claude", phone="  ",
                  mobilephone="647.555.0123"),
               hs(email="arjun.rao@guelphag.ca", firstname="Arjun", phone="1 (905) 555-0100", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"PHONE": e164(first_filled(r["phone"], r["mobilephone"])),
                             "FNAME": first_word(r["firstname"])}}


@case("h166-19-no-first-name-excluded-evangelist-vip", H, M, """ADR-039: Personalised newsletter audience
Status: Accepted

## Context
The monthly newsletter opens with "Hi <first name>". Sending "Hi ," to a few thousand people last quarter was not our finest moment. Community marketing also wants the advocates flagged.

## Decision
- Contacts whose first name is blank (empty or whitespace only) are excluded from this sync.
- email_address <- email; merge_fields.FNAME <- firstname, copied as is.
- language is "en" for everyone.
- vip is true when Lifecycle Stage is evangelist, and false for every other stage.

## Consequences
Contacts without a first name will not reach the newsletter audience until someone fills it in HubSpot.""",
      extended(HS,
               hs(email="unknown.buyer@gmail.com", firstname="", lifecyclestage="customer"),
               hs(email="spaces.only@yahoo.ca", firstname="   ", lifecyclestage="lead"),
               hs(email="isabelle.fortin@saguenayski.ca", firstname="Isabelle", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "language": "en",
            "vip": r["lifecyclestage"] == "evangelist"}


@case("h166-20-names-org-tag-revenue-vip", H, M, """ADR-040: Mailchimp names, organisation tag and VIP flag
Status: Accepted

## Context
Mailchimp is our only channel to small-business owners, and the account team wants to see which organisation a member belongs to. The audience has no company merge field, so we carry the organisation as a tag instead of adding a new merge field. All emails in HubSpot are stored in lower case already.

## Decision
- merge_fields.FNAME and merge_fields.LNAME: HubSpot first and last name in title case (first letter of each word upper case, the rest lower case).
- tags: a single tag naming the organisation, i.e. the HubSpot company name as is; if the company name is blank, the email's domain (the part after the @) instead.
- vip: true when Annual Revenue is greater than 3,000,000; false otherwise, blank revenue included.
- email_address <- email.

## Consequences
Members with no company on file are grouped by their email domain, so everyone at one firm shares a tag.""",
      extended(lower_emails(HS),
               hs(email="tyler.grant@grantroofing.ca", firstname="TYLER", lastname="grant", company="  ",
                  annualrevenue="3500000"),
               hs(email="sofia.alvarez@alvarezdental.ca", firstname="sofia", lastname="ALVAREZ",
                  company="Alvarez Dental", annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 3_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h166-21-identify-lower-user-surname-first", H, S, """ADR-041: Segment identify from HubSpot, basic profile
Status: Accepted

## Context
Product analytics joins Segment profiles to app users on a lower-cased email. Support wants names displayed "Surname, Given name" in the warehouse because that is how the call centre looks people up.

## Decision
- userId = HubSpot email in lower case.
- traits.title <- jobtitle and traits.phone <- phone, both plain copies (blanks stay blank).
- traits.name = last name, then a comma and a space, then first name ("Raman, Priya").

## Consequences
Profiles keyed on a mixed-case email in older Segment data will not merge with these; that backfill is a separate ticket.""",
      extended(HS,
               hs(email="Nathan.Leclerc@Beauce-Sirop.CA", firstname="Nathan", lastname="Leclerc", jobtitle="",
                  phone="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"title": r["jobtitle"], "phone": r["phone"], "name": f"{r['lastname']}, {r['firstname']}"}}


@case("h166-22-company-traits-independent-default", H, S, """ADR-042: Company traits on Segment identify
Status: Accepted

## Context
Our B2B dashboards group users by company, using Segment's reserved company object. We considered also sending annual revenue as a company trait; not adopted, since finance does not want revenue figures in the analytics stack.

## Decision
Traits are nested under traits.company (an object, not flat keys):
- name: HubSpot company name; when blank, "Independent".
- industry: HubSpot industry; when blank the key is left out.
- employee_count: Number of Employees as an integer; when blank the key is left out.
userId = HubSpot email, as is.

## Consequences
Every profile gets a company name, so solo users show up under "Independent" rather than an empty group.""",
      extended(HS,
               hs(email="leo.fontaine@freelance.ca", company="  ", industry="  ", numemployees=""),
               hs(email="aisha.bello@hamiltonsteel.ca", company="Hamilton Steel", industry="Manufacturing",
                  numemployees="480")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h166-23-address-traits-mobile-first-e164", H, S, """ADR-043: Address and phone traits on Segment identify
Status: Accepted

## Context
The SMS vendor downstream of Segment reads traits.phone and needs E.164. Mobile numbers are preferred because desk lines can't receive texts. Street address came up too; it is not adopted (privacy review pending).

## Decision
Under traits.address:
  city <- city
  postalCode <- zip
  country <- country
  state <- state, only when it is not blank (otherwise the key is omitted)
traits.phone <- Mobile Phone Number, falling back to Phone Number when the mobile is blank, as E.164: digits only with a "+"; numbers starting with "+" keep their country code; others are North American (+1 added, or just "+" when the number already has 11 digits starting with 1). When both numbers are blank there is no phone trait.
userId <- email.

## Consequences
Contacts with no phone at all reach Segment without traits.phone rather than with an empty one.""",
      extended(HS,
               hs(email="yuki.sato@richmondsushi.ca", mobilephone="", phone="", city="Richmond", zip="V6X 1A1",
                  country="Canada", state="BC"),
               hs(email="declan.walsh@stjohnsbrew.ca", mobilephone="  ", phone="(709) 555-0175",
                  city="St. Johns", zip="A1C 5M2", country="Canada", state="  ")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h166-24-userid-hygiene-optout-revenue", H, S, """ADR-044: Segment identify key hygiene and consent trait
Status: Accepted

## Context
Duplicate Segment profiles traced back to emails with stray spaces and capitals in HubSpot. We also want the opt-out state visible in Segment so downstream tools can suppress messaging.

## Decision
- userId = HubSpot email with surrounding whitespace stripped, then lower-cased.
- traits.website <- website, a plain copy (empty stays empty).
- traits.emailOptOut = true when hs_email_optout is "true"; false when it is "false", and also false when it is blank.
- traits.annualRevenue = Annual Revenue as a number; left out when blank.

## Alternatives considered
Treating a blank opt-out as true, as we do for Salesforce (ADR-030). Rejected for Segment: this trait only drives suppression in tools that already have their own consent checks.

## Consequences
Profiles with no revenue on file have no annualRevenue trait rather than a zero.""",
      extended(HS,
               hs(email="  Jean.Tremblay@Example.CA ", hs_email_optout="  ", annualrevenue="  ", website="  "),
               hs(email="Rita.Moss@MossFarms.ca ", hs_email_optout="true", annualrevenue="640000",
                  website="mossfarms.ca")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "emailOptOut": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h166-25-ga4-contact-synced-event", H, G, """ADR-045: GA4 event for every synced HubSpot contact
Status: Accepted

## Context
Marketing wants CRM records counted in GA4 next to web conversions, sent over the Measurement Protocol. Lifecycle stage as a param was discussed; it was left out because it changes too often to be meaningful on a one-off event.

## Decision
- client_id <- email, unchanged.
- One event, named "crm_contact_synced".
- params.crm = "hubspot" (fixed).
- params.source = Original Source in lower case ("PAID_SEARCH" -> "paid_search"); when the source is blank, the value is "unattributed".
- params.country <- Country/Region, copied.
- params.created_on = the contact's Create Date, date part only (YYYY-MM-DD).

## Consequences
Contacts with no original source are reported as "unattributed" rather than as an empty string.""",
      extended(HS,
               hs(email="felix.roy@sherbrookeapps.ca", hs_analytics_source="  ", country="Canada",
                  createdate="2024-05-21T12:30:00.000Z"),
               hs(email="dana.white@whitelaw.ca", hs_analytics_source="EMAIL_MARKETING", country="",
                  createdate="2024-10-03T15:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_synced",
                        "params": {"crm": "hubspot", "source": "unattributed" if blank(src) else src.lower(),
                                   "country": r["country"], "created_on": day(r["createdate"])}}]}


@case("h166-26-ga4-high-value-contact", H, G, """ADR-046: High-value contact event to GA4
Status: Accepted

## Context
Paid media wants to optimise towards high-revenue accounts. All HubSpot emails are stored lower case. We do not want the full email address in GA4, so the client id is the mailbox name only.

## Decision
- Only contacts whose Annual Revenue is greater than 1,000,000 are sent. A blank revenue does not qualify and the contact is skipped.
- client_id = the part of the email before the @.
- Event name "high_value_contact".
- params.value = Annual Revenue as a number.
- params.currency = "CAD" on every event.

## Consequences
Contacts at or below the threshold, or with no revenue recorded, will not appear in GA4 at all.""",
      extended(lower_emails(HS),
               hs(email="logan.pierce@capebreton-energy.ca", annualrevenue="1750000"),
               hs(email="zara.malik@gtaflowers.ca", annualrevenue="950000"),
               hs(email="ian.cho@yukongear.ca", annualrevenue="   ")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact",
                        "params": {"value": num(r["annualrevenue"]), "currency": "CAD"}}]}


@case("h166-27-ga4-sales-ready-or-nurture", H, G, """ADR-047: Sales-ready vs nurture event in GA4
Status: Accepted

## Context
Analysts want to compare web behaviour of sales-ready contacts against everyone else without exporting CRM data.

## Decision
- Event name: "sales_ready_contact" when Lifecycle Stage is salesqualifiedlead or opportunity; "nurture_contact" for every other stage and for a blank stage.
- params.industry = HubSpot industry; "unknown" when it is blank.
- params.city <- city, copied as is.
- client_id <- email.

## Consequences
Exactly one event per contact; a contact that moves to SQL will show up under the other name from the next sync.""",
      extended(HS,
               hs(email="olu.adeyemi@edmontonag.ca", lifecyclestage="opportunity", industry="  ", city="Edmonton"),
               hs(email="hana.ito@yorkvillecafe.ca", lifecyclestage="", industry="Hospitality", city="")))
def o27(r: R) -> Out:
    name = "sales_ready_contact" if r["lifecyclestage"] in ("salesqualifiedlead", "opportunity") else "nurture_contact"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h166-28-lead-back-to-hubspot-copies", L, H, """ADR-048: Salesforce Leads -> HubSpot contacts (reverse sync)
Status: Accepted

## Context
Leads entered by reps directly in Salesforce never reach HubSpot, so marketing can't nurture them. This closes the loop. Lead Status and Rating were discussed but stay in Salesforce only.

## Decision
Field mapping:
  email <- Email
  firstname <- FirstName
  lastname <- LastName
  company <- Company
  jobtitle <- Title
  phone <- Phone
  address <- Street
  zip <- PostalCode
  country <- Country
Every field is copied verbatim. Empty values in Salesforce are written as empty values in HubSpot; nothing is filled in.

## Consequences
HubSpot mirrors the Lead, gaps included.""",
      extended(SFL,
               sfl(Email="keisha.brown@scarboroughcare.ca", FirstName="Keisha", LastName="Brown", Company="",
                   Title="  ", Phone="", Street=" 45 Ellesmere Rd", PostalCode="", Country="Canada")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h166-29-lead-status-to-lifecycle-optout-text", L, H, """ADR-049: Lifecycle stage and opt-out from Salesforce Leads
Status: Accepted

## Context
HubSpot workflows key off Lifecycle Stage, which the reverse sync never set. Our Lead Status picklist in Salesforce has exactly four values and all four are covered below.

## Decision
lifecyclestage from Lead Status:
  Open - Not Contacted -> lead
  Working - Contacted -> salesqualifiedlead
  Closed - Converted -> customer
  Closed - Not Converted -> other
hs_email_optout ("Unsubscribed from all email") is written as the text "true" when the Lead's Email Opt Out is checked and the text "false" when it is not.
email <- Email.

## Consequences
Opt-outs recorded by reps in Salesforce are honoured by HubSpot email sends.""",
      extended(SFL,
               sfl(Email="dylan.murray@sackvillesteel.ca", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="priya.nair@oakvilledental.ca", Status="Closed - Not Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h166-30-rating-to-lead-status-revenue", L, H, """ADR-050: Rating-driven HubSpot Lead Status
Status: Accepted

## Context
The SDR queue in HubSpot is sorted by Lead Status. Salesforce Rating only ever holds Hot, Warm or Cold in our org, so the table below is complete.

## Decision
- hs_lead_status from Rating: Hot -> IN_PROGRESS, Warm -> OPEN, Cold -> NEW.
- annualrevenue = the Lead's Annual Revenue as a number. If it is blank, annualrevenue is not sent.
- email = Email in lower case.

## Consequences
Leads without revenue will not overwrite an existing HubSpot annual revenue.""",
      extended(SFL,
               sfl(Email="Martin.Gagne@RimouskiBoats.CA", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="Lily.Zhang@Example.ca", Rating="Cold", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    table = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "NEW"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h166-31-uk-leads-e164-postcode-company", L, H, """ADR-051: UK Leads into the London HubSpot team
Status: Accepted

## Context
The London office runs its own nurture in HubSpot and only wants UK Leads. Their dialer needs E.164; postcodes are entered every which way.

## Decision
- Only Leads whose Country is exactly "United Kingdom" are synced; Leads from any other country are skipped.
- phone = the Lead's Phone in E.164 for the UK: keep the digits, drop the leading trunk 0 and prefix +44 ("020 7946 0321" -> "+442079460321"). A number that already starts with "+" keeps its own country code (just "+" and its digits).
- zip = PostalCode in upper case.
- company = Company; when blank, "Independent".
- email <- Email.

## Consequences
Non-UK Leads do not reach the London HubSpot portal through this sync.""",
      extended(SFL,
               sfl(Email="harriet.cole@bathbakery.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="ba1 1lz", Company="  "),
               sfl(Email="angus.reid@leithdistillers.co.uk", Country="United Kingdom", Phone="+44 131 496 0123",
                   PostalCode="eh6 6jj", Company="Leith Distillers"),
               sfl(Email="siobhan.kelly@galwayknits.ie", Country="Ireland", Phone="+353 91 555 010",
                   PostalCode="H91 X2Y3")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Independent")}


@case("h166-32-skip-cold-address-concat", L, H, """ADR-052: Warm and hot Leads to HubSpot with a single-line address
Status: Accepted

## Context
Cold Leads only add noise to HubSpot lists. HubSpot's Street Address is a single line, and our direct-mail vendor wants street and city together in it.

## Decision
- Leads rated Cold are excluded. Hot and Warm Leads are synced.
- address = Street + ", " + City ("200 Lake St, Chicago"). When Street is blank, address is just the City with no comma.
- jobtitle = Title; when blank, "Not recorded".
- email <- Email.

## Consequences
Cold Leads will not reach HubSpot; if a Lead warms up in Salesforce it is picked up on the next run.""",
      extended(SFL,
               sfl(Email="marie.poirier@halifaxsails.ca", Street="   ", City="Halifax", Rating="Warm", Title="  "),
               sfl(Email="jordan.blake@kingstonlocks.ca", Street="", City="Kingston", Rating="Hot", Title=""),
               sfl(Email="cold.prospect@winnipegtrade.ca", Street="12 Portage Ave", City="Winnipeg",
                   Rating="Cold")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "jobtitle": dflt(r["Title"], "Not recorded")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h166-33-contacts-status-sales-team-tag", C, M, """ADR-053: Salesforce Contacts -> Mailchimp customer audience
Status: Accepted

## Context
Account managers want customer newsletters to go out from Mailchimp, with Email Opt Out respected. The sales department also wants its own people tagged so they can be left out of customer-facing sends.

## Decision
- email_address = Email in lower case.
- status: Email Opt Out checked -> unsubscribed; not checked -> subscribed.
- tags: every member gets "Salesforce"; Contacts whose Department is exactly "Sales" also get "Sales team", after it.

## Consequences
A Contact who opts out in Salesforce is unsubscribed in Mailchimp on the next run.""",
      extended(SFC,
               sfc(Email="Noah.Campbell@ReginaSeed.CA", Department="Sales", HasOptedOutOfEmail=True),
               sfc(Email="ava.leduc@gatineaupaper.ca", Department="sales", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Sales team"] if r["Department"] == "Sales" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h166-34-sms-contacts-e164-language-table", C, M, """ADR-054: SMS audience from Salesforce Contacts
Status: Accepted

## Context
The SMS programme needs a phone number on every member. Contacts with no Business Phone are useless to it. Mobile Phone was considered as the source; rejected because it is almost never filled in our org.

## Decision
- Contacts whose Business Phone (Phone) is blank are excluded.
- merge_fields.PHONE = Business Phone in E.164: digits with a leading "+"; a number starting with "+" keeps its own country code; otherwise it is treated as North American and gets +1 (only "+" when it already has 11 digits starting with 1).
- language from Mailing Country:
    Germany -> de
    Austria -> de
    United States -> en
    Canada -> en
    France -> fr
  These are the only countries present in the segment.
- email_address <- Email.

## Consequences
Contacts without a business number will not be in the SMS audience.""",
      extended(SFC,
               sfc(Email="luc.girard@lyonvins.fr", Phone="+33 4 55 55 01 20", MailingCountry="France"),
               sfc(Email="kevin.mah@calgaryrigs.ca", Phone="   ", MailingCountry="Canada"),
               sfc(Email="emma.ross@ottawalegal.ca", Phone="613-555-0142", MailingCountry="Canada")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Canada": "en", "France": "fr"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h166-35-friend-default-trade-show-vip", C, M, """ADR-055: Event-attendee audience from Salesforce Contacts
Status: Accepted

## Context
Greeting lines use FNAME, so an empty first name needs a fallback. Contacts met at trade shows get priority treatment in the events programme.

## Decision
- merge_fields.FNAME = First Name; when blank, "Friend".
- merge_fields.LNAME = Last Name, copied as is (blank stays blank).
- vip = true when Lead Source is exactly "Trade Show"; false for any other source and for a blank one.
- email_type = "html" for everyone.
- email_address <- Email.

## Consequences
Nobody receives "Hi ," again; Contacts without a first name are greeted as "Friend".""",
      extended(SFC,
               sfc(Email="raymond.tse@markhamled.ca", FirstName="", LastName="Tse", LeadSource="Trade Show"),
               sfc(Email="bea.lindqvist@laurentianlabs.ca", FirstName="  ", LastName="", LeadSource="")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "email_type": "html"}


@case("h166-36-web-contacts-only-reset-tags", C, M, """ADR-056: Web-sourced Contacts into the onboarding audience
Status: Accepted

## Context
Only Contacts that signed up through the website gave express consent via the form, so only they go into the onboarding audience. The audience still carries tags from a retired automation; we want them gone.

## Decision
- Only Contacts whose Lead Source is "Web" are synced; all other sources, and a blank source, are skipped.
- email_address <- Email, merge_fields.FNAME <- First Name, merge_fields.LNAME <- Last Name (plain copies).
- status = "subscribed" and language = "en" on every member.
- tags = [] (an explicitly empty list, to clear the old tags).

## Consequences
Contacts from trade shows, referrals etc. will not reach the onboarding audience.""",
      extended(SFC,
               sfc(Email="zoe.murphy@charlottetownpei.ca", FirstName="Zoe", LastName="", LeadSource="Web"),
               sfc(Email="ravi.kumar@surreylogistics.ca", FirstName="Ravi", LastName="Kumar",
                   LeadSource="Partner Referral")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h166-37-contact-identify-title-optional", C, S, """ADR-057: Segment identify from Salesforce Contacts
Status: Accepted

## Context
Segment's userId must match the product's lower-case login; the email trait, though, should look exactly as the customer typed it. Birthdate was requested by marketing and declined: not needed for any current use case.

## Decision
- userId = Email in lower case.
- traits.email = Email exactly as in Salesforce.
- traits.firstName <- First Name, traits.lastName <- Last Name (copies, blanks included).
- traits.title <- Title, but only when Title is filled; an empty Title means no title trait is sent.

## Consequences
Contacts with no title do not clear a title that Segment already has.""",
      extended(SFC,
               sfc(Email="Simone.Bergeron@LevisMarine.CA", FirstName="Simone", LastName="", Title="   "),
               sfc(Email="DEV.PATEL@WATERLOOAI.CA", FirstName="Dev", LastName="Patel", Title="Founder")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h166-38-contact-address-canada-default", C, S, """ADR-058: Address traits from Salesforce Contacts
Status: Accepted

## Context
Regional dashboards read traits.address. Mailing City is full of stray spaces from a past data load, and most Contacts with an empty country are Canadian. Mailing Street was discussed and rejected (not needed, privacy review).

## Decision
- traits.address.city = Mailing City with leading and trailing whitespace trimmed.
- traits.address.country = Mailing Country; when blank, "Canada".
- userId <- Email, unchanged.

## Consequences
Contacts with no country on file will show as Canadian in regional reporting.""",
      extended(SFC,
               sfc(Email="theo.marchand@ottawaprint.ca", MailingCity="  Ottawa ", MailingCountry="  "),
               sfc(Email="grace.lee@victoriateas.ca", MailingCity="Victoria", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Canada")}}}


@case("h166-39-contact-phone-name-acquisition", C, S, """ADR-059: Phone, full name and acquisition channel traits
Status: Accepted

## Context
Customer success wants to know how each Contact was originally acquired, in a simpler vocabulary than Salesforce's Lead Source picklist.

## Decision
- traits.phone = Business Phone (Phone) in E.164: digits with a leading "+"; numbers starting with "+" keep their country code; all others are North American (+1, or just "+" when already 11 digits starting with 1).
- traits.name = First Name + " " + Last Name.
- traits.acquisition from Lead Source:
    Web -> inbound
    Trade Show -> events
    Partner Referral -> partner
    anything else, or blank -> other
- userId <- Email.

## Consequences
Lead Source values we have not classified yet show up as "other".""",
      extended(SFC,
               sfc(Email="nina.kovac@hamiltonhvac.ca", FirstName="Nina", LastName="Kovac",
                   LeadSource="Partner Referral", Phone="1 289 555 0133"),
               sfc(Email="omar.farouk@mississaugarx.ca", FirstName="Omar", LastName="Farouk",
                   LeadSource="Advertisement", Phone="(905) 555-0166")))
def o39(r: R) -> Out:
    acq = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "acquisition": acq.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h166-40-members-title-case-optout-text", M, H, """ADR-060: Mailchimp members -> HubSpot contacts
Status: Accepted

## Context
The events team collects signups in Mailchimp; sales needs them in HubSpot. Names come in all-caps or all-lowercase from the event kiosks. A cleaned (bounced) address is as good as an opt-out for our purposes.

## Decision
- firstname, lastname = FNAME, LNAME in title case (each word: first letter upper case, rest lower case); an empty value stays empty.
- phone = PHONE, copied as is; when PHONE is blank, phone is not sent.
- company = the COMPANY merge field; "Not provided" when blank.
- hs_email_optout, as text: "true" when the Mailchimp status is unsubscribed or cleaned, "false" for any other status.
- email <- email_address.

## Consequences
Bounced and unsubscribed members arrive in HubSpot already opted out.""",
      extended(MC,
               mc({"FNAME": "JEAN PIERRE", "LNAME": "lavoie", "PHONE": "  ", "COMPANY": "  "},
                  email_address="jp.lavoie@chicoutimibois.ca", status="pending"),
               mc({"FNAME": "erin", "LNAME": "SINCLAIR", "PHONE": "+1 902 555 0148", "COMPANY": "Bluenose Charters"},
                  email_address="erin.sinclair@bluenose.ca", status="cleaned")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Not provided"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h166-41-skip-unsubscribed-vip-evangelist", M, H, """ADR-061: Bringing active Mailchimp members into HubSpot
Status: Accepted

## Context
Only people still on the list are worth a CRM record. VIP members are our loudest fans and marketing wants them marked as such in HubSpot.

## Decision
- Members with status unsubscribed are not synced. Every other status goes through.
- phone = PHONE in E.164: digits only with a leading "+"; a number starting with "+" keeps its country code; anything else is North American (+1 in front, or only "+" when it is 11 digits starting with 1). Blank PHONE: phone is left out.
- company <- COMPANY, plain copy.
- lifecyclestage = evangelist for VIP members, subscriber for everyone else.
- email <- email_address.

## Alternatives considered
Mapping VIP to customer. Rejected: VIP in Mailchimp means engaged, not paying.

## Consequences
Unsubscribed members will not be recreated in HubSpot.""",
      extended(MC,
               mc({"PHONE": "1 604 555 0177", "COMPANY": ""}, email_address="kai.wong@gastownroast.ca",
                  status="pending", vip=True),
               mc({"PHONE": "   ", "COMPANY": "Muskoka Cabins"}, email_address="beth.hill@muskokacabins.ca",
                  status="subscribed", vip=False),
               mc({"PHONE": "(416) 555-0109"}, email_address="gone.away@example.ca", status="unsubscribed",
                  vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h166-42-first-name-domain-customer-tag", M, H, """ADR-062: Mailchimp customer tag drives HubSpot lifecycle
Status: Accepted

## Context
Mailchimp's "Customer" tag is applied by our e-commerce integration and is the most reliable customer signal we have outside Salesforce. Email addresses in Mailchimp are all lower case.

## Decision
- firstname = the first word of FNAME ("Mary Kate" -> "Mary").
- company = COMPANY; when blank, the email's domain, i.e. everything after the @.
- lifecyclestage = customer when the member's tags include "Customer" (exact spelling and capitals), lead otherwise.
- email <- email_address.

## Consequences
Members without the Customer tag enter HubSpot as leads.""",
      extended(MC,
               mc({"FNAME": "Mary Kate", "COMPANY": "  "}, email_address="marykate@lunenburgcraft.ca",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Dmitri", "COMPANY": ""}, email_address="dmitri@yorkregionhvac.ca", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set166")
