"""Held-out set 55 for the offline mapping drafter.

Persona: a no-code automation power user at a US SaaS company who has built hundreds of Zapier/Make
zaps. She describes each sync as the steps of a zap: "Trigger: ...", "Step 1 - Filter: only continue
if ...", "Step 2 - Formatter (Text > Lowercase): ...", "Action: Create/Update Lead", then the field
mapping of the action step as "Field -> value" lines or short sentences, with Zapier words
("continue only if", "Formatter", "Lookup Table with a fallback value", "Default value",
"Split Text, first segment", "Format Phone Number, E.164, default country US").

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h55-01 .. h55-08)
  hubspot.contacts -> salesforce.Contact   6  (h55-09 .. h55-14)
  hubspot.contacts -> mailchimp.members    6  (h55-15 .. h55-20)
  hubspot.contacts -> segment.identify     4  (h55-21 .. h55-24)
  hubspot.contacts -> ga4.events           3  (h55-25 .. h55-27)
  salesforce.Lead  -> hubspot.contacts     5  (h55-28 .. h55-32)
  salesforce.Contact -> mailchimp.members  4  (h55-33 .. h55-36)
  salesforce.Contact -> segment.identify   3  (h55-37 .. h55-39)
  mailchimp.members -> hubspot.contacts    3  (h55-40 .. h55-42)

Rule kinds per case:
  01 copies, default, constant                      22 nested company traits, default, omit, whole number
  02 lower, table w/ fallback (blank stated), const 23 nested address traits, omit, default, E.164 w/ fallback+omit
  03 only filter, fallback chain + E.164 US, omit   24 trim+lower userId, date, number/omit, boolean (blank stated)
  04 trim+lower, title case x3, upper               25 GA4 only filter, constants, number default 0, lower+default
  05 number/omit, 3-way > condition (blank stated)  26 GA4 > filter (blank stated), part before @, number, copy
  06 exclude filter, default, concat + date         27 GA4 conditional event name (equals), copy, default
  07 part after @ as fallback, whole number/omit    28 copies (with empty values), constant
  08 table (no fallback), E.164 UK/omit, constant   29 table (no fallback), "true"/"false" text from boolean
  09 copies into Mailing* fields, default           30 lower, table w/ fallback (blank stated), number/omit
  10 boolean from text (blank stated), is-empty     31 exclude filter, E.164 UK, upper, default
  11 fallback chain ending in part before @, const  32 first word, fallback to concatenation, omit when blank
  12 table (no fallback), upper + omit when blank   33 lower, boolean -> status, constant + conditional tag
  13 only filter (> , blank stated), lower, default 34 exclude filter, E.164 US, table (no fallback) -> tag
  14 trim, title case, E.164 DE, table w/ fallback  35 title case, table w/ fallback, equality -> vip
  15 copies, default, constants                     36 only filter, copies, constant, empty tag list
  16 3-way status (blank stated), constant tag      37 lower userId, copies, omit when blank
  17 conditional tags (> w/ blank stated, equals)   38 trim, nested address, default, omit when blank
  18 lower, first word, E.164 w/ fallback + omit    39 concatenation, E.164 US, table w/ fallback
  19 exclude filter (blank stated), const, vip      40 title case, omit, default, "true"/"false" by status
  20 part after @ -> tag, title case, condition     41 exclude filter, E.164 US/omit, vip condition
  21 lower userId, copy, concatenation              42 first word, fallback to part after @, tag condition
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, lower_emails, rev
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


def v(base: R, **kw: Any) -> R:
    """A copy of ``base`` with some fields changed."""
    return {**copy.deepcopy(base), **kw}


def mc(base: R, top: R | None = None, **merge: Any) -> R:
    """A copy of a Mailchimp member with some top-level fields and merge fields changed."""
    out = copy.deepcopy(base)
    out.update(top or {})
    out["merge_fields"].update(merge)
    return out


# this set's own records beside the shared pools
TYRONE = hs(email="tyrone.jackson@peachtreehealth.com", firstname="Tyrone", lastname="Jackson", company="Peachtree Health",
            phone="404-555-0182", mobilephone="(404) 555-0107", jobtitle="Sales Manager", hs_analytics_source="EMAIL_MARKETING",
            lifecyclestage="opportunity", country="United States", city="Atlanta", state="GA", zip="30309",
            address="1180 Peachtree St NE", annualrevenue="15000000", numemployees="320", industry="Healthcare",
            website="https://peachtreehealth.com", createdate="2023-02-27T15:30:00.000Z", hs_email_optout="false")
NOAH = hs(email="noah.cohen@bluefin.io", firstname="Noah", lastname="Cohen", company="Bluefin Labs", phone="",
          mobilephone="646 555 0188", jobtitle="Growth Marketer", hs_analytics_source="SOCIAL_MEDIA",
          lifecyclestage="evangelist", country="United States", city="New York", state="NY", zip="10001",
          address="350 5th Ave", annualrevenue="", numemployees="8", industry="", website="",
          createdate="2024-05-20T14:00:00.000Z", hs_email_optout="")
AISHA = hs(email="aisha.khan@brightpath.co.uk", firstname="Aisha", lastname="Khan", company="Brightpath Ltd",
           phone="020 7946 0958", mobilephone="07700 900456", jobtitle="Operations Director",
           hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="salesqualifiedlead", country="United Kingdom",
           city="London", state="", zip="EC2A 1NT", address="10 Finsbury Sq", annualrevenue="950000", numemployees="60",
           industry="Consulting", website="brightpath.co.uk", createdate="2024-02-15T13:20:00.000Z", hs_email_optout="false")
JONAS = hs(email="jonas.becker@isarwerk.de", firstname="Jonas", lastname="Becker", company="Isarwerk GmbH",
           phone="089 5550 1234", mobilephone="0151 5550 9876", jobtitle="Head of Purchasing", hs_analytics_source="OFFLINE",
           lifecyclestage="lead", country="Germany", city="München", state="BY", zip="80331", address="Marienplatz 1",
           annualrevenue="3200000", numemployees="95", industry="Manufacturing", website="https://isarwerk.de",
           createdate="2023-09-18T12:10:00.000Z", hs_email_optout="true")

SL5 = sfl(Email="carlos.mendez@andesfoods.cl", FirstName="Carlos", LastName="Mendez", Company="Andes Foods", Title="Buyer",
          Phone="+56 2 2555 0147", Street="Av Apoquindo 3000", City="Santiago", PostalCode="7550000", Country="Chile",
          Status="Working - Contacted", Rating="Warm", LeadSource="Advertisement", HasOptedOutOfEmail=False,
          AnnualRevenue="750000.50")
SL6 = sfl(Email="Megan.Price@BluehillGroup.com", FirstName="Megan", LastName="Price", Company="Bluehill Group",
          Title="Director of IT", Phone="212.555.0166", Street="55 Water St", City="New York", PostalCode="10041",
          Country="United States", Status="Open - Not Contacted", Rating="", LeadSource="Email", HasOptedOutOfEmail=True,
          AnnualRevenue="2000000")

SC4 = sfc(Email="olivia.turner@brightwave.com", FirstName="Olivia", LastName="Turner", Title="VP Sales", Department="Sales",
          Phone="415-555-0133", MailingCity="San Jose", MailingCountry="United States", LeadSource="Partner Referral",
          HasOptedOutOfEmail=False, Birthdate="1979-08-14")
SC5 = sfc(Email="Marco.Bianchi@VentoLabs.it", FirstName="marco", LastName="BIANCHI", Title="Product Manager",
          Department="Product", Phone="+39 02 5555 0172", MailingCity="Milan", MailingCountry="Italy",
          LeadSource="Advertisement", HasOptedOutOfEmail=True, Birthdate="")

MC5: R = {"email_address": "hannah.kim@cascadia.io", "status": "pending",
          "merge_fields": {"FNAME": "hannah", "LNAME": "kim", "PHONE": "206-555-0163", "COMPANY": "Cascadia Outfitters"},
          "tags": ["Newsletter", "Webinar"], "language": "en", "vip": False}
MC6: R = {"email_address": "Lukas.Novak@Vltava.cz", "status": "subscribed",
          "merge_fields": {"FNAME": "LUKAS", "LNAME": "NOVAK", "PHONE": "", "COMPANY": ""},
          "tags": ["Customer", "Newsletter"], "language": "cs", "vip": False}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h55-01-lead-basic-default-company", H, L, """Trigger: HubSpot - New Contact
Action: Salesforce - Create/Update Lead (find the existing lead by Email)
Field mapping in the action:
Email -> Email
First Name -> First Name
Last Name -> Last Name
Company -> Company Name. Salesforce won't save a lead without a company, so put 'Not Provided' in as the Default value
Lead Source -> just type Web in there, same on every lead""",
      [*HS, v(NOAH, company="   ")])
def h01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Not Provided"), "LeadSource": "Web"}


T02 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral"}


@case("h55-02-lead-source-lookup-fallback", H, L, """Trigger: New or Updated Contact in HubSpot
Step 1 - Formatter (Text > Lowercase): Email
Step 2 - Formatter (Utilities > Lookup Table), lookup key = Original Source:
  ORGANIC_SEARCH -> Web
  PAID_SEARCH -> Advertisement
  PAID_SOCIAL -> Advertisement
  REFERRALS -> Partner Referral
  Fallback value: Other (anything that isn't in the table, including a blank source, ends up as Other)
Action: Salesforce - Create/Update Lead, matched on Email
  Email: step 1 output
  Lead Source: step 2 output
  Lead Status: 'Open - Not Contacted' on every lead""",
      [*HS, TYRONE])
def h02(r: R) -> R:
    return {"Email": r["email"].lower(), "LeadSource": T02.get(r["hs_analytics_source"], "Other"),
            "Status": "Open - Not Contacted"}


@case("h55-03-lead-us-only-phone-chain", H, L, """Trigger: Updated Contact in HubSpot
Step 1 - Filter: only continue if Country exactly matches United States
Step 2 - Formatter (Numbers > Format Phone Number): input is Phone Number, or Mobile Phone Number when Phone Number \
is empty. Output format E.164, default country US.
Action: Create/Update Lead (search on Email)
Email -> Email
Phone -> step 2 output. If the contact has neither number, don't map Phone at all
City -> City""",
      [HS[0], HS[1], NOAH, HS[3],
       v(TYRONE, email="ben.carter@ridgelinebikes.com", firstname="Ben", lastname="Carter", company="Ridgeline Bikes",
         phone="", mobilephone="  ", city="Denver", state="CO"),
       HS[2]])
def h03(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(ph) else e164(ph), "City": r["city"]})


@case("h55-04-lead-cleanup-casing", H, L, """Zap that cleans up names before they hit Salesforce.
Trigger: New Contact in HubSpot
Step 1 - Formatter (Text > Trim Whitespace) on Email
Step 2 - Formatter (Text > Lowercase) on the trimmed email from step 1
Step 3 - Formatter (Text > Title Case) for First Name, Last Name and City (one Formatter step each)
Step 4 - Formatter (Text > Uppercase) on State/Region
Action: Salesforce - Update Lead, matched on Email (use the step 2 value)
Map First Name, Last Name, City and State/Province from the formatted outputs.""",
      [HS[0], HS[2],
       v(TYRONE, email=" Tyrone.Jackson@PeachtreeHealth.com ", firstname="tyrone", lastname="JACKSON", city="ATLANTA", state="ga"),
       v(NOAH, email="NOAH.Cohen@Bluefin.io  ", firstname="NOAH", lastname="cohen", city="new york", state="Ny"),
       HS[4]])
def h04(r: R) -> R:
    return {"Email": r["email"].strip().lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"]), "State": r["state"].upper()}


@case("h55-05-lead-rating-paths", H, L, """Trigger: HubSpot - Updated Contact
Action: Salesforce - Create/Update Lead, search by Email
- Email -> Email
- Annual Revenue -> Annual Revenue, sent as a number (not text). Leave it unmapped when HubSpot has no revenue.
- Rating -> I do this with Paths:
    Path A: Annual Revenue (Number) greater than 5000000 -> Hot
    Path B: greater than 1000000 but not greater than 5000000 -> Warm
    Path C: everyone else, blank revenue included -> Cold""",
      [*HS, TYRONE])
def h05(r: R) -> R:
    rv = rev(r)
    rating = "Hot" if rv is not None and rv > 5_000_000 else "Warm" if rv is not None and rv > 1_000_000 else "Cold"
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if rv is None else num(r["annualrevenue"]), "Rating": rating})


@case("h55-06-lead-skip-customers-description", H, L, """Trigger: New Contact in HubSpot
Step 1 - Filter: continue only if Lifecycle Stage does not exactly match customer (existing customers belong to CS, not sales)
Step 2 - Formatter (Date/Time > Format): Create Date -> YYYY-MM-DD
Action: Salesforce Create/Update Lead, match on Email
Email -> Email
Last Name -> Last Name
Title -> Job Title, fallback 'Unknown'
Description -> the text 'Created in HubSpot on ' followed by the step 2 date (e.g. Created in HubSpot on 2024-01-09)""",
      [*HS, TYRONE])
def h06(r: R) -> R | None:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "Unknown"),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


@case("h55-07-lead-domain-company-headcount", H, L, """Trigger: New Contact (HubSpot)
Step 1 - Formatter (Text > Split Text) on Email, separator @, segment: Last. That gives me the email domain.
Action: Salesforce - Create/Update Lead, key = Email
  Email -> Email
  Company -> Company Name; if it's blank use the step 1 domain instead
  No. of Employees -> Number of Employees as a whole number; if HubSpot has nothing there, leave the field off""",
      lower_emails([*HS, v(TYRONE, company="  ", numemployees="1500")]))
def h07(r: R) -> R:
    return keep({"Email": r["email"], "Company": dflt(r["company"], after_at(r["email"])),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


T08 = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
       "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted"}


@case("h55-08-lead-uk-status-mobile", H, L, """This one is the UK team's zap. Trigger: New Contact in HubSpot (UK list)
Step 1 - Formatter (Utilities > Lookup Table) on Lifecycle Stage. No fallback needed, only these four stages are on that list:
  subscriber => Open - Not Contacted
  lead => Open - Not Contacted
  marketingqualifiedlead => Working - Contacted
  salesqualifiedlead => Working - Contacted
Step 2 - Formatter (Numbers > Format Phone Number) on Mobile Phone Number: E.164, default country UK
Action: Create/Update Lead in Salesforce by Email
  Email -> Email
  Lead Status -> step 1
  Mobile Phone -> step 2 (skip the field when the contact has no mobile)
  Country -> always 'United Kingdom'""",
      [AISHA,
       v(AISHA, email="oliver.bennett@thamesworks.co.uk", firstname="Oliver", lastname="Bennett", company="Thamesworks",
         mobilephone="+44 7700 900123", lifecyclestage="lead", city="Manchester", zip="M1 1AA"),
       v(AISHA, email="rhys.evans@cardiffbay.co.uk", firstname="Rhys", lastname="Evans", company="Cardiff Bay Media",
         mobilephone="", lifecyclestage="subscriber", city="Cardiff", zip="CF10 5AA"),
       v(AISHA, email="siobhan.kelly@greenisle.co.uk", firstname="Siobhan", lastname="Kelly", company="Green Isle Travel",
         mobilephone="+353 87 555 0142", lifecyclestage="marketingqualifiedlead", city="Belfast", zip="BT1 5GS"),
       v(AISHA, email="emma.clarke@northgate.co.uk", firstname="Emma", lastname="Clarke", company="Northgate Legal",
         mobilephone="07911 123456", lifecyclestage="lead", city="Leeds", zip="LS1 4AP")])
def h08(r: R) -> R:
    m = r["mobilephone"]
    return keep({"Email": r["email"], "Status": T08[r["lifecyclestage"]],
                 "MobilePhone": OMIT if blank(m) else e164(m, "44"), "Country": "United Kingdom"})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h55-09-contact-mailing-address", H, C, """Trigger: New or Updated Contact in HubSpot
Action: Salesforce - Find or Create Contact, search field: Email
Email -> Email
Mailing Street -> Street Address
Mailing City -> City
Mailing Zip/Postal Code -> Postal Code
Mailing Country -> Country, with Default value 'United States'""",
      [HS[0], HS[1], HS[3], v(TYRONE, country=""), v(NOAH, country="  "), HS[4]])
def h09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingPostalCode": r["zip"],
            "MailingCountry": dflt(r["country"], "United States")}


@case("h55-10-contact-optout-donotcall", H, C, """Action: Salesforce - Update Contact (lookup by Email)
Email -> Email
Last Name -> Last Name
Email Opt Out -> true if HubSpot's 'Unsubscribed from all email' (hs_email_optout) is "true"; if it's "false" or empty, send false
Do Not Call -> true when Phone Number is empty, false when there is a phone number""",
      [*HS, v(TYRONE, phone="  ")])
def h10(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h55-11-contact-lastname-chain", H, C, """Trigger: New Contact in HubSpot
Step 1 - Formatter (Text > Split Text): Email, split on @, first segment (so the part before the @)
Action: Salesforce - Create/Update Contact, match by Email
Email -> Email
First Name -> First Name
Last Name -> Last Name. Salesforce requires it, so: if Last Name is blank use First Name, and if that's blank too use the step 1 output
Department -> Marketing (hardcoded)""",
      lower_emails([HS[0], v(NOAH, email="olu.adeyemi@lagoshub.ng", firstname="Olu", lastname="", company="Lagos Hub"),
                    v(NOAH, email="info@harborviewdental.ca", firstname="", lastname="", company="Harborview Dental"),
                    HS[1], v(NOAH, email="sales@tidewater.io", firstname="  ", lastname="  ", company="Tidewater"),
                    HS[4]]))
def h11(r: R) -> R:
    ln = next(x for x in (r["lastname"], r["firstname"], before_at(r["email"])) if not blank(x))
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": ln, "Department": "Marketing"}


T12 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
       "EMAIL_MARKETING": "Email", "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}


@case("h55-12-contact-source-table-state", H, C, """Step 1 - Formatter Lookup Table on Original Source. Every contact in this portal \
has one of these six, so I didn't set a fallback:
ORGANIC_SEARCH = Web | PAID_SEARCH = Advertisement | PAID_SOCIAL = Advertisement | EMAIL_MARKETING = Email | \
REFERRALS = Partner Referral | OFFLINE = Trade Show
Step 2 - Formatter (Text > Uppercase) on State/Region
Action: Create/Update Contact in Salesforce, matched on Email
Email -> Email
Lead Source -> step 1
Mailing State/Province -> step 2, but only when the contact actually has a state. No state = don't send Mailing State/Province at all""",
      [HS[0], HS[1], v(HS[2], hs_analytics_source="EMAIL_MARKETING"), HS[3], HS[4],
       v(NOAH, email="ben.carter@ridgelinebikes.com", firstname="Ben", lastname="Carter", city="Austin", state="tx",
         hs_analytics_source="OFFLINE")])
def h12(r: R) -> R:
    st = r["state"]
    return keep({"Email": r["email"], "LeadSource": T12[r["hs_analytics_source"]],
                 "MailingState": OMIT if blank(st) else st.upper()})


@case("h55-13-contact-enterprise-only", H, C, """Step 1 - Filter: only continue if Annual Revenue (Number) is greater than 1000000. \
If the revenue is empty the zap stops here.
Step 2 - Formatter (Text > Lowercase) on Email
Action: Salesforce - Create/Update Contact, match on Email
Email -> step 2
Title -> Job Title, Default value 'Not specified'
Department -> type Enterprise""",
      [*HS, v(TYRONE, email="Grace.Lin@SummitBio.com", firstname="Grace", lastname="Lin", company="Summit Bio", jobtitle="",
              annualrevenue="3200000")])
def h13(r: R) -> R | None:
    rv = rev(r)
    if rv is None or rv <= 1_000_000:
        return None
    return {"Email": r["email"].lower(), "Title": dflt(r["jobtitle"], "Not specified"), "Department": "Enterprise"}


T14 = {"Germany": "DE", "Austria": "AT", "Switzerland": "CH"}


@case("h55-14-contact-dach-cleanup", H, C, """DACH zap. Trigger: New Contact in HubSpot
Step 1 - Formatter (Text > Trim Whitespace) on First Name, and another one on Last Name
Step 2 - Formatter (Text > Title Case) on City
Step 3 - Formatter (Numbers > Format Phone Number): Phone Number to E.164, default country Germany (numbers that already start with + keep their own country code)
Step 4 - Lookup Table on Country: Germany -> DE, Austria -> AT, Switzerland -> CH, fallback value DE
Action: Salesforce - Create/Update Contact (match: Email)
Email -> Email; First Name / Last Name -> step 1; Mailing City -> step 2; Business Phone -> step 3; Mailing Country -> step 4""",
      [v(JONAS, firstname=" Jonas", lastname="Becker ", city="MÜNCHEN"),
       v(JONAS, email="lena.huber@alpenwerk.at", firstname="Lena", lastname="Huber", company="Alpenwerk",
         phone="+43 1 555 0190", city="wien", country="Austria"),
       v(JONAS, email="lea.meier@seeblick.ch", firstname="Lea  ", lastname="Meier", company="Seeblick AG",
         phone="+41 44 555 01 23", city="zürich", country="Switzerland"),
       v(JONAS, email="max.schulz@spreeworks.de", firstname="Max", lastname="  Schulz", company="Spreeworks",
         phone="030 5550 7788", city="berlin", country=""),
       v(JONAS, email="anna.keller@rheintal.li", firstname="Anna", lastname="Keller", company="Rheintal Treuhand",
         phone="+423 555 0123", city="VADUZ", country="Liechtenstein")])
def h14(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "MailingCity": title(r["city"]), "Phone": e164(r["phone"], "49"), "MailingCountry": T14.get(r["country"], "DE")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h55-15-mc-newsletter-basic", H, M, """Trigger: New Contact in HubSpot
Action: Mailchimp - Add/Update Subscriber, audience 'Main Newsletter', keyed on Subscriber Email
Subscriber Email -> Email
First Name (FNAME) -> First Name, Default value 'there' (our template says 'Hi *|FNAME|*')
Last Name (LNAME) -> Last Name
Status -> subscribed
Language -> en""",
      [HS[0], HS[1], v(NOAH, email="info@harborviewdental.ca", firstname="", lastname="", company="Harborview Dental"),
       v(TYRONE, firstname="  "), HS[2], HS[4]])
def h15(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": dflt(r["firstname"], "there"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h55-16-mc-status-from-optout", H, M, """Trigger: Updated Contact in HubSpot
Action: Mailchimp - Add/Update Subscriber (match on email address)
Email Address -> Email
Status -> depends on 'Unsubscribed from all email':
   "true" -> unsubscribed
   "false" -> subscribed
   empty -> pending, so they get the double opt-in email
Tags -> hubspot-sync""",
      [*HS, v(TYRONE, hs_email_optout="  ")])
def h16(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else "unsubscribed" if o == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h55-17-mc-conditional-tags", H, M, """Action: Mailchimp Add/Update Subscriber, matched on Email.
Email -> Email, Status -> subscribed
Tags, in this order:
 1. hubspot on everyone
 2. high-value only if Annual Revenue is greater than 3,000,000 (no revenue = no tag)
 3. customer only if Lifecycle Stage exactly matches customer""",
      [*HS, v(TYRONE, lifecyclestage="customer", annualrevenue="9000000")])
def h17(r: R) -> R:
    rv = rev(r)
    tags = ["hubspot"]
    if rv is not None and rv > 3_000_000:
        tags.append("high-value")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h55-18-mc-first-word-phone", H, M, """Step 1 - Formatter (Text > Lowercase) on Email
Step 2 - Formatter (Text > Split Text) on First Name, split on spaces, first segment (some people typed 'First Middle' in there)
Step 3 - Formatter (Numbers > Format Phone Number) on Phone Number, E.164, default country US. When Phone Number is blank, \
feed it Mobile Phone Number instead. If there's no number at all, PHONE stays unmapped.
Action: Mailchimp - Add/Update Subscriber by Email Address: Email Address -> step 1, FNAME -> step 2, PHONE -> step 3""",
      [HS[0], HS[1], HS[2],
       v(TYRONE, email="Ana.Pena@SolAndino.com", firstname="Ana Lucia", lastname="Pena", phone="1 (305) 555-0177", mobilephone=""),
       v(NOAH, email="john.reyes@reyesroofing.com", firstname="John Paul", lastname="Reyes", phone="", mobilephone=""),
       HS[3]])
def h18(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"].lower(),
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(ph) else e164(ph)}})


@case("h55-19-mc-skip-optouts-vip", H, M, """Step 1 - Filter: stop here if Unsubscribed from all email is "true" ("false" or blank keep going)
Action: Mailchimp - Add/Update Subscriber, by email
  Email -> Email
  Status -> subscribed
  VIP -> true if Lifecycle Stage is customer or evangelist, otherwise false""",
      [HS[0], HS[2], HS[3], HS[4], NOAH, v(TYRONE, lifecyclestage="customer")])
def h19(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h55-20-mc-domain-tag-language", H, M, """Step 1 - Formatter (Text > Split Text) on Email by @, last segment (the company domain)
Step 2 - Formatter (Text > Title Case) on First Name and on Last Name
Action: Mailchimp Add/Update Subscriber (Email Address = Email)
  FNAME, LNAME -> step 2
  Tags -> the step 1 domain, as the only tag
  Language -> fr if Country is France, otherwise en""",
      lower_emails([HS[0], HS[1], HS[2], HS[4],
                    v(NOAH, email="camille.martin@papeterie-lyon.fr", firstname="CAMILLE", lastname="martin",
                      company="Papeterie Lyon", country="France", city="Lyon")]))
def h20(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "language": "fr" if r["country"] == "France" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h55-21-seg-identify-name", H, S, """Action: Segment - Identify
User ID -> Email run through Formatter > Lowercase
Traits:
  email -> Email (raw, as HubSpot has it)
  name -> First Name + a space + Last Name
  title -> Job Title""",
      list(HS))
def h21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h55-22-seg-company-traits", H, S, """Action: Segment Identify, User ID = Email
traits.company.name -> Company Name, default Independent
traits.company.industry -> Industry (leave it out if blank)
traits.company.employee_count -> Number of Employees as a whole number (leave it out if blank)""",
      [*HS, v(TYRONE, company=" ", industry="", numemployees="")])
def h22(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h55-23-seg-address-phone", H, S, """Segment - Identify, user ID is the Email.
traits.address.street -> Street Address
traits.address.city -> City
traits.address.state -> State/Region (don't send it if blank)
traits.address.postalCode -> Postal Code
traits.address.country -> Country, fallback United States
traits.phone -> Phone Number formatted E.164 (default country US); use Mobile Phone Number if Phone Number is empty; \
no number at all -> leave traits.phone out""",
      [HS[0], HS[1], HS[2], HS[3], v(TYRONE, country="", phone="", mobilephone="")])
def h23(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": OMIT if blank(r["state"]) else r["state"],
                    "postalCode": r["zip"], "country": dflt(r["country"], "United States")},
        "phone": OMIT if blank(ph) else e164(ph)}})


@case("h55-24-seg-created-revenue-optout", H, S, """Step 1 - Formatter (Text > Trim Whitespace) on Email, then Formatter (Text > Lowercase) on the result
Action: Segment - Identify
User ID -> step 1 output
traits.createdAt -> Create Date, formatted YYYY-MM-DD
traits.annual_revenue -> Annual Revenue as a number; if empty, don't send the trait
traits.unsubscribed -> true when hs_email_optout is "true", false otherwise (blank counts as false)""",
      [*HS, v(NOAH, email=" NOAH.Cohen@Bluefin.io ")])
def h24(r: R) -> R:
    rv = r["annualrevenue"]
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "createdAt": day(r["createdate"]), "annual_revenue": OMIT if blank(rv) else num(rv),
        "unsubscribed": r["hs_email_optout"] == "true"}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h55-25-ga4-generate-lead-mql-sql", H, G, """Trigger: Contact property change in HubSpot
Step 1 - Filter: only continue if Lifecycle Stage is marketingqualifiedlead or salesqualifiedlead
Action: GA4 - Send Event (Measurement Protocol)
  Client ID -> hubspot-zapier (fixed)
  Event Name -> generate_lead
  Event params: currency = USD; value = Annual Revenue as a number, 0 when blank; lead_source = Original Source in \
lowercase, or unknown if it's blank""",
      [HS[0], HS[1], HS[3], AISHA, HS[2],
       v(TYRONE, lifecyclestage="marketingqualifiedlead", annualrevenue="", hs_analytics_source="")])
def h25(r: R) -> R | None:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-zapier", "events": [{"name": "generate_lead", "params": {
        "currency": "USD", "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
        "lead_source": "unknown" if blank(src) else src.lower()}}]}


@case("h55-26-ga4-qualified-account", H, G, """Step 1 - Filter: only continue if Annual Revenue (Number) greater than 1000000 (blank revenue = stop)
Step 2 - Formatter (Text > Split Text) on Email, separator @, first segment
Action: GA4 Measurement Protocol event
  client_id -> step 2 output
  event name -> qualified_account
  params.value -> Annual Revenue as a number
  params.currency -> USD
  params.company -> Company Name""",
      lower_emails([*HS, TYRONE]))
def h26(r: R) -> R | None:
    rv = rev(r)
    if rv is None or rv <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD", "company": r["company"]}}]}


@case("h55-27-ga4-purchase-or-lead", H, G, """Action: GA4 - Send Event
client_id -> Email (as is)
Event name -> purchase if Lifecycle Stage is customer; any other stage gets generate_lead
params:
  lifecycle_stage -> Lifecycle Stage
  city -> City, default unknown""",
      [*HS, v(NOAH, city="")])
def h27(r: R) -> R:
    return {"client_id": r["email"], "events": [{
        "name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
        "params": {"lifecycle_stage": r["lifecyclestage"], "city": dflt(r["city"], "unknown")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h55-28-sfl-hs-basic", L, H, """Trigger: New Lead in Salesforce
Action: HubSpot - Create or Update Contact (HubSpot dedupes on email)
email -> Email
firstname -> First Name
lastname -> Last Name
company -> Company
jobtitle -> Title
lifecyclestage -> lead (fixed value)""",
      [*SFL, SL5, SL6])
def h28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "lifecyclestage": "lead"}


T29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
       "Closed - Not Converted": "UNQUALIFIED"}


@case("h55-29-sfl-hs-lead-status-optout", L, H, """Trigger: Updated Lead in Salesforce
Step 1 - Formatter Lookup Table on Lead Status (all four statuses are covered, so no fallback):
  Open - Not Contacted -> NEW
  Working - Contacted -> IN_PROGRESS
  Closed - Converted -> OPEN_DEAL
  Closed - Not Converted -> UNQUALIFIED
Action: HubSpot - Create or Update Contact, matched on email
  email -> Email
  Lead Status (hs_lead_status) -> step 1
  hs_email_optout -> the text "true" if Email Opt Out is checked, "false" if it's not""",
      [*SFL, SL5, SL6])
def h29(r: R) -> R:
    return {"email": r["Email"], "hs_lead_status": T29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


T30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}


@case("h55-30-sfl-hs-rating-stage-revenue", L, H, """Step 1 - Formatter (Text > Lowercase): Email
Step 2 - Lookup Table on Rating: Hot => salesqualifiedlead, Warm => marketingqualifiedlead, fallback value lead (Cold and blank ratings land there)
Action: HubSpot Create/Update Contact by email
  email -> step 1
  lifecyclestage -> step 2
  annualrevenue -> Annual Revenue as a number. No revenue on the lead = don't map it""",
      [*SFL, SL5, SL6])
def h30(r: R) -> R:
    rv = r["AnnualRevenue"]
    return keep({"email": r["Email"].lower(), "lifecyclestage": T30.get(r["Rating"], "lead"),
                 "annualrevenue": OMIT if blank(rv) else num(rv)})


UK = SFL[3]


@case("h55-31-sfl-hs-uk-org", L, H, """UK org zap. Trigger: New Lead in Salesforce (UK org)
Step 1 - Filter: only continue if Lead Status does not exactly match Closed - Not Converted
Step 2 - Formatter (Numbers > Format Phone Number): Phone -> E.164, default country UK
Step 3 - Formatter (Text > Uppercase): Zip/Postal Code
Action: HubSpot - Create/Update Contact, dedupe on email
  email -> Email
  phone -> step 2
  zip -> step 3
  country -> Country, default United Kingdom""",
      [UK,
       v(UK, Email="oliver.bennett@thamesworks.co.uk", FirstName="Oliver", LastName="Bennett", Company="Thamesworks",
         Phone="0161 496 0123", Street="1 Piccadilly", City="Manchester", PostalCode="m1 1aa", Country="",
         Status="Working - Contacted"),
       v(UK, Email="siobhan.kelly@greenisle.ie", FirstName="Siobhan", LastName="Kelly", Company="Green Isle Travel",
         Phone="+353 1 555 0142", Street="5 Grafton St", City="Dublin", PostalCode="d02 x285", Country="Ireland",
         Status="Open - Not Contacted"),
       v(UK, Email="rhys.evans@cardiffbay.co.uk", FirstName="Rhys", LastName="Evans", Company="Cardiff Bay Media",
         Phone="07700 900789", Street="12 Bute St", City="Cardiff", PostalCode="CF10 5AA", Country="United Kingdom",
         Status="Closed - Not Converted"),
       v(UK, Email="emma.clarke@northgate.co.uk", FirstName="Emma", LastName="Clarke", Company="Northgate Legal",
         Phone="0113 496 0555", Street="2 Park Row", City="Leeds", PostalCode="ls1 4ap", Country="  ",
         Status="Open - Not Contacted")])
def h31(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "country": dflt(r["Country"], "United Kingdom")}


@case("h55-32-sfl-hs-sole-traders", L, H, """Trigger: New Lead in Salesforce
Step 1 - Formatter (Text > Split Text) on First Name, split on space, first segment
Action: HubSpot - Create or Update Contact (email is the key)
  email -> Email
  firstname -> step 1
  company -> Company; when Company is blank, use the full First Name (not the step 1 bit) + ' ' + Last Name instead. Those are sole traders
  phone -> Phone as is; don't send it if the lead has no phone""",
      [SFL[0], SFL[2],
       sfl(Email="maryellen@fosterdesigns.net", FirstName="Mary Ellen", LastName="Foster", Company="",
           Title="Owner", Phone="(720) 555-0114", City="Denver", PostalCode="80202"),
       SFL[1],
       sfl(Email="tom.reyes@reyesplumbing.com", FirstName="Tom", LastName="Reyes", Company="  ", Title="",
           Phone="  ", City="Phoenix", PostalCode="85004")])
def h32(r: R) -> R:
    return keep({"email": r["Email"], "firstname": first_word(r["FirstName"]),
                 "company": dflt(r["Company"], f"{r['FirstName']} {r['LastName']}"),
                 "phone": OMIT if blank(r["Phone"]) else r["Phone"]})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h55-33-sfc-mc-status-dept-tag", C, M, """Trigger: New or Updated Contact in Salesforce
Step 1 - Formatter (Text > Lowercase): Email
Action: Mailchimp - Add/Update Subscriber (keyed by email address)
  Email Address -> step 1
  Status -> unsubscribed if Email Opt Out is true, else subscribed
  Tags -> salesforce, plus the contact's Department as a second tag when Department isn't blank""",
      [*SFC, SC4, SC5])
def h33(r: R) -> R:
    tags = ["salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


T34 = {"Web": "inbound", "Advertisement": "paid", "Trade Show": "events", "Partner Referral": "partners"}


@case("h55-34-sfc-mc-us-source-tag", C, M, """Step 1 - Filter: skip contacts outside the US (Mailing Country anything other than United States)
Step 2 - Formatter (Numbers > Format Phone Number): Phone, E.164, default country US
Step 3 - Lookup Table on Lead Source, no fallback (US contacts only ever have these four):
  Web -> inbound
  Advertisement -> paid
  Trade Show -> events
  Partner Referral -> partners
Action: Mailchimp Add/Update Subscriber, match on Email Address
  Email Address -> Email
  PHONE -> step 2
  Tags -> step 3, single tag""",
      [SFC[0], v(SFC[1], LeadSource="Advertisement"), SFC[2], SC4,
       sfc(Email="dana.whitfield@lakeshore.org", FirstName="Dana", LastName="Whitfield", Title="Program Manager",
           Department="Operations", Phone="1-773-555-0119", MailingCity="Chicago", MailingCountry="United States",
           LeadSource="Web", HasOptedOutOfEmail=False, Birthdate=""),
       sfc(Email="miguel.santos@sunbelt.com", FirstName="Miguel", LastName="Santos", Title="Buyer", Department="Purchasing",
           Phone="(305) 555-0177", MailingCity="Miami", MailingCountry="United States", LeadSource="Trade Show",
           HasOptedOutOfEmail=False, Birthdate="1985-06-30")])
def h34(r: R) -> R | None:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "tags": [T34[r["LeadSource"]]]}


T35 = {"Germany": "de", "Austria": "de", "Italy": "it", "France": "fr"}


@case("h55-35-sfc-mc-language-vip", C, M, """Step 1 - Formatter (Text > Title Case) on First Name and on Last Name
Step 2 - Lookup Table on Mailing Country: Germany -> de, Austria -> de, Italy -> it, France -> fr, fallback value en
Action: Mailchimp - Add/Update Subscriber, Email Address = Email (as is)
  FNAME / LNAME -> step 1
  Language -> step 2
  VIP -> true only when Department is exactly Executive, false for everyone else""",
      [SFC[0], SFC[1], SFC[2], SC5,
       sfc(Email="sophie.laurent@maisonbleue.fr", FirstName="SOPHIE", LastName="laurent", Title="CEO",
           Department="Executive", Phone="+33 1 55 55 01 77", MailingCity="Paris", MailingCountry="France",
           LeadSource="Web", HasOptedOutOfEmail=False, Birthdate=""),
       v(SC4, FirstName="OLIVIA", LastName="turner", Department="Executive")])
def h35(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": title(r["LastName"])},
            "language": T35.get(r["MailingCountry"], "en"), "vip": r["Department"] == "Executive"}


@case("h55-36-sfc-mc-trade-show-pending", C, M, """Step 1 - Filter: only continue if Lead Source is Trade Show (booth scans)
Action: Mailchimp - Add/Update Subscriber, by Email Address
  Email Address -> Email
  FNAME -> First Name, LNAME -> Last Name
  Status -> pending (double opt-in, we need real consent from booth scans)
  Tags -> an empty list, no tags on these""",
      [SFC[0], SFC[2],
       sfc(Email="tomas.novak@brnotech.cz", FirstName="Tomas", LastName="Novak", Title="CTO", Department="Engineering",
           Phone="+420 555 012 345", MailingCity="Brno", MailingCountry="Czechia", LeadSource="Trade Show",
           HasOptedOutOfEmail=False, Birthdate=""),
       SFC[1],
       sfc(Email="ines.moreau@ateliersud.fr", FirstName="Ines", LastName="", Title="", Department="",
           Phone="", MailingCity="Marseille", MailingCountry="France", LeadSource="Trade Show",
           HasOptedOutOfEmail=False, Birthdate=""),
       SC4])
def h36(r: R) -> R | None:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h55-37-sfc-seg-identify", C, S, """Action: Segment - Identify
User ID -> Email, lowercased (Formatter > Lowercase)
Traits: email -> Email; firstName -> First Name; lastName -> Last Name; title -> Title, but skip that trait when Title is blank""",
      [*SFC, SC4, SC5,
       sfc(Email="Dana.Whitfield@Lakeshore.org", FirstName="Dana", LastName="Whitfield", Title="  ",
           Department="Operations", Phone="773.555.0119", MailingCity="Chicago", MailingCountry="United States",
           LeadSource="Web", HasOptedOutOfEmail=False, Birthdate="")])
def h37(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h55-38-sfc-seg-address-birthday", C, S, """Step 1 - Formatter (Text > Trim Whitespace) on Mailing City
Action: Segment Identify, User ID = Email (as is)
  traits.address.city -> step 1
  traits.address.country -> Mailing Country; if it's blank use United States as the default
  traits.birthday -> Birthdate (it's already YYYY-MM-DD); leave it out when blank""",
      [v(SFC[0], MailingCity=" Cologne "), v(SFC[1], MailingCountry=""), v(SFC[2], MailingCity="Vienna  "), SC4, SC5,
       sfc(Email="jake.morris@lonestarhvac.com", FirstName="Jake", LastName="Morris", Title="Owner", Department="",
           Phone="512-555-0190", MailingCity="Austin", MailingCountry="  ", LeadSource="Web",
           HasOptedOutOfEmail=False, Birthdate="1988-02-29")])
def h38(r: R) -> R:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "United States")},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


T39 = {"Web": "organic", "Advertisement": "paid", "Partner Referral": "partner"}


@case("h55-39-sfc-seg-name-phone-source", C, S, """Action: Segment - Identify (User ID -> Email)
traits.name -> First Name + ' ' + Last Name
traits.phone -> Phone, Format Phone Number E.164 with US as the default country
traits.source -> Lookup Table on Lead Source: Web => organic, Advertisement => paid, Partner Referral => partner, \
fallback value other (a blank Lead Source gets other too)""",
      [*SFC, SC4, SC5])
def h39(r: R) -> R:
    return {"userId": r["Email"], "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                                             "source": T39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h55-40-mc-hs-names-optout", M, H, """Trigger: New Subscriber in Mailchimp (also runs on updates)
Step 1 - Formatter (Text > Title Case) on FNAME and on LNAME
Action: HubSpot - Create or Update Contact, matched on email
  email -> Email Address
  firstname -> FNAME from step 1
  lastname -> LNAME from step 1; if LNAME is empty, don't map lastname at all
  company -> COMPANY, default Unknown
  hs_email_optout -> the string "true" if Status is unsubscribed or cleaned, "false" otherwise""",
      [*MC, MC5, MC6])
def h40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h55-41-mc-hs-skip-cleaned-vip", M, H, """Step 1 - Filter: continue only if Status is not cleaned (bounced addresses stay out of HubSpot)
Step 2 - Formatter (Numbers > Format Phone Number) on PHONE: E.164, default country US
Action: HubSpot - Create/Update Contact by email
  email -> Email Address
  phone -> step 2; if PHONE is empty leave phone off
  lifecyclestage -> customer when VIP is true, subscriber when it isn't""",
      [*MC, MC5, MC6])
def h41(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h55-42-mc-hs-first-word-domain", M, H, """Step 1 - Formatter (Text > Split Text) on FNAME by space, first segment
Step 2 - Formatter (Text > Split Text) on Email Address by @, second segment
Action: HubSpot Create/Update Contact, email as the key
  email -> Email Address
  firstname -> step 1
  company -> COMPANY; if that's blank use the domain from step 2
  lifecyclestage -> customer if the member's tags include Customer, subscriber if not""",
      lower_emails([MC[0], MC[1], MC[2], MC[3], mc(MC5, FNAME="Hannah Jo"), MC6], key="email_address"))
def h42(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set55")
