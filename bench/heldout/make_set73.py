"""Held-out set 73 for the offline mapping drafter.

Persona: a technical writer documenting each sync for the team wiki, tutorial style. Every text
walks through numbered steps ("Step 1: ...", "Step 2: ..."), talks to the reader in the second
person ("You'll want the email as the match key", "Next, we copy ..."), puts real rules into
"Tip:" and "Note:" asides, sometimes restates a rule as "This means that ...", and closes with
"That's it!".

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h73-01 .. h73-08)
  hubspot.contacts -> salesforce.Contact   6  (h73-09 .. h73-14)
  hubspot.contacts -> mailchimp.members    6  (h73-15 .. h73-20)
  hubspot.contacts -> segment.identify     4  (h73-21 .. h73-24)
  hubspot.contacts -> ga4.events           3  (h73-25 .. h73-27)
  salesforce.Lead  -> hubspot.contacts     5  (h73-28 .. h73-32)
  salesforce.Contact -> mailchimp.members  4  (h73-33 .. h73-36)
  salesforce.Contact -> segment.identify   3  (h73-37 .. h73-39)
  mailchimp.members -> hubspot.contacts    3  (h73-40 .. h73-42)

Rule kinds per case:
  01 copies (blank copies stay ''), constant  22 nested company traits, default, omit-when-empty, integer
  02 default, title case, omit-when-empty     23 nested address, title case, date, E.164 fallback + omit
  03 E.164 US w/ fallback, table w/ otherwise 24 fallback to 'https://'+after @, table w/ otherwise, bool, number
  04 only filter, lower, number, int, omit    25 GA4 constants, number w/ default 0, lower w/ default
  05 > conditions (blank stated), constant    26 GA4 only filter, before @, copy, default
  06 fallbacks to before/after @, concat      27 GA4 conditional event name, lower, constant, int + omit
  07 exclude filter, trim+lower, title, upper 28 copies (with empty values)
  08 booleans (blank stated), concat + date   29 table (no otherwise), "true"/"false" text, rating condition
  09 copies into Mailing* fields              30 lower, number + omit, default, constant
  10 table (no otherwise) + omit blank, bool  31 only filter, E.164 UK + omit, upper, copies
  11 E.164 US + omit (two fields), first word 32 exclude filter (boolean), concat w/ blank branch, default
  12 exclude filter (blank stated), fallback chain, constant
  13 title case, value table w/ pass-through  33 lower, boolean -> status, constant + conditional tag
  14 trim+lower, concat w/ blank branch, 3-way boolean w/ omit
  15 lower, copies, constants, tag            34 exclude filter, E.164 US, table (no otherwise)
  16 3-way status (blank stated), tags w/ copy 35 default, boolean condition -> vip, tag or empty list
  17 first word, E.164 fallback + omit, table 36 only filter (non-blank), nested ADDRESS, tag from field
  18 exclude blank email, nested ADDRESS, > condition (blank stated)
  19 title case, conditional tags (equality and >, blank stated), empty tag list
  20 exclude filter (blank), fallback to before @, title case, constant
  21 lower userId, copies, concatenation      37 lower userId, copies, custom trait omit-when-empty
                                              38 concat, nested address, default, omit-when-empty
                                              39 E.164 US, table w/ otherwise, boolean copy
  40 title case, omit-when-empty, "true"/"false" by status, copy
  41 exclude filter, E.164 US + omit, vip condition, copy
  42 first word, fallback to after @, tag condition
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
    Out,
    S,
    build,
    collector,
    dflt,
    extended,
    hs,
    lower_emails,
    rev,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def mc(merge: dict[str, Any] | None = None, **kw: Any) -> R:
    base = {**MC[0], **kw}
    base["merge_fields"] = {**MC[0]["merge_fields"], **(merge or {})}
    return base


def phone_or_omit(v: Any, cc: str = "1") -> Any:
    return OMIT if blank(v) else e164(v, cc)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h73-01", H, L, """Syncing new HubSpot contacts into Salesforce as leads.
Step 1: You'll want the email as the match key, so copy the contact's email straight into the lead's Email field.
Step 2: Next, we copy the first name into FirstName, the surname into LastName, the company into Company and the job title into Title, all exactly as they are.
Step 3: Set LeadSource to 'Web' on every lead.
Note: a blank job title or company is still copied across as an empty value; we don't fill anything in here.
That's it!""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h73-02", H, L, """Step 1: The match key is Email. Copy the contact's email into it unchanged.
Step 2: Company goes into Company. If the contact has no company, you'll want to put 'Unknown' there instead.
Step 3: LastName gets the surname in title case (first letter of each word upper case, the rest lower case).
Step 4: Copy the mobile number into MobilePhone as it is.
Tip: if the mobile number is empty, leave MobilePhone off the lead entirely rather than sending a blank.
That's it!""", extended(HS, hs(email="olu.adeyemi@lagoshub.ng", lastname="ADEYEMI", company="   ", mobilephone="+234 803 555 0101")))
def o02(r: R) -> Out:
    return keep({"Email": r["email"], "Company": dflt(r["company"], "Unknown"), "LastName": title(r["lastname"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"]})


SRC03 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral"}


@case("h73-03", H, L, """Step 1: Email is the match key; copy the contact's email into Email as is.
Step 2: For Phone, take the contact's phone number, or their mobile number when the phone is blank, and format it as E.164 (for example +14155550100).
Note: numbers that don't start with a + are US numbers. This means that (617) 555-0100 becomes +16175550100, while a number starting with + keeps its own country code.
Step 3: Next, we translate the original source into LeadSource: ORGANIC_SEARCH -> Web, PAID_SEARCH -> Advertisement, PAID_SOCIAL -> Advertisement, REFERRALS -> Partner Referral.
Tip: any other source, and a blank one too, becomes 'Other'.
That's it!""", extended(HS, hs(email="sam.ortiz@ridgeway.com", phone="  ", mobilephone="+1 303 555 0166", hs_analytics_source="OFFLINE")))
def o03(r: R) -> Out:
    ph = r["mobilephone"] if blank(r["phone"]) else r["phone"]
    return {"Email": r["email"], "Phone": e164(ph), "LeadSource": SRC03.get(r["hs_analytics_source"], "Other")}


@case("h73-04", H, L, """Step 1: Filter first. Only contacts whose lifecycle stage is marketingqualifiedlead, salesqualifiedlead or opportunity come across; skip everyone else.
Step 2: You'll want the email as the match key. Put it in Email, converted to lower case.
Step 3: Send the annual revenue to AnnualRevenue as a number, and the number of employees to NumberOfEmployees as a whole number.
Note: if either of those is blank in HubSpot, leave that field off the lead. This means that a contact with no revenue simply gets no AnnualRevenue at all.
That's it!""", extended(HS, hs(email="Noah.Cohen@Bluefin.io", lifecyclestage="opportunity", annualrevenue="", numemployees="35"),
                        hs(email="aisha.khan@brightpath.co.uk", lifecyclestage="marketingqualifiedlead", annualrevenue="3100000.5",
                           numemployees="")))
def o04(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead", "opportunity"):
        return None
    return keep({"Email": r["email"].lower(),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h73-05", H, L, """Step 1: Match on email: copy it into the lead's Email as is.
Step 2: Copy the company into Company.
Step 3: Now the fun part. Rating is based on annual revenue: more than 5,000,000 is 'Hot'; more than 1,000,000 but not more than 5,000,000 is 'Warm'; anything else is 'Cold'.
Note: a contact with no annual revenue at all gets 'Cold' too.
Step 4: Every lead starts with Status 'Open - Not Contacted'.
That's it!""", HS)
def o05(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else ("Warm" if v > 1_000_000 else "Cold"))
    return {"Email": r["email"], "Company": r["company"], "Rating": rating, "Status": "Open - Not Contacted"}


@case("h73-06", H, L, """Salesforce insists on LastName and Company, so this sync is mostly about filling gaps.
Step 1: Email is the match key; copy the contact's email into Email.
Step 2: LastName gets the surname. If the surname is blank, use the part of the email before the @ instead.
Step 3: Company gets the company. If that's blank, use the part of the email after the @ (the domain).
Step 4: Description should read 'HubSpot stage: ' followed by the lifecycle stage, e.g. 'HubSpot stage: lead'.
That's it!""", extended(lower_emails(HS), hs(email="olu.adeyemi@lagoshub.ng", lastname="  ", company="", lifecyclestage="lead")))
def o06(r: R) -> Out:
    return {"Email": r["email"], "LastName": dflt(r["lastname"], before_at(r["email"])),
            "Company": dflt(r["company"], after_at(r["email"])), "Description": "HubSpot stage: " + r["lifecyclestage"]}


@case("h73-07", H, L, """Step 1: Skip contacts whose lifecycle stage is customer; they're already in Salesforce.
Step 2: For everyone else, you'll want the email as the match key. Trim any spaces around it and convert it to lower case before it goes into Email.
Step 3: City goes into City in title case, so 'SAN DIEGO' becomes 'San Diego'.
Step 4: State goes into State in upper case. Note: a blank state just stays blank.
Step 5: Copy the country into Country as it is.
That's it!""", extended(HS, hs(email="  Jake.Miller@SunCoast.com ", city="sAN dIEGO", state="ca", country="United States",
                                lifecyclestage="lead"),
                        hs(email="LUCIA.FERRARI@vinoverde.it", city="MILANO", state="mi", country="Italy", lifecyclestage="opportunity")))
def o07(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"].strip().lower(), "City": title(r["city"]), "State": r["state"].upper(), "Country": r["country"]}


@case("h73-08", H, L, """Step 1: The match key is Email; copy the contact's email across unchanged.
Step 2: HasOptedOutOfEmail should be true when hs_email_optout is "true", and false otherwise.
Note: a blank hs_email_optout means they never opted out, so that's false too.
Step 3: DoNotCall is true only when the contact has neither a phone number nor a mobile number (both blank). If they have either one, DoNotCall is false.
Step 4: Description is the text 'Created in HubSpot on ' followed by the contact's create date as YYYY-MM-DD, for example 'Created in HubSpot on 2023-03-14'.
That's it!""", extended(HS, hs(email="olu.adeyemi@lagoshub.ng", phone="", mobilephone=" ", hs_email_optout="false",
                                createdate="2024-02-29T13:15:00.000Z")))
def o08(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h73-09", H, C, """This one copies HubSpot contacts into Salesforce Contacts, field for field.
Step 1: You'll want the email as the match key, so the contact's email goes into Email.
Step 2: Next, we copy first name -> FirstName, last name -> LastName, job title -> Title and phone -> Phone.
Step 3: The address goes into the Mailing fields: street address -> MailingStreet, city -> MailingCity, state -> MailingState, zip -> MailingPostalCode, country -> MailingCountry.
Note: everything is copied exactly as it is, blanks included.
That's it!""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"], "Phone": r["phone"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


SRC10 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral",
         "EMAIL_MARKETING": "Email"}


@case("h73-10", H, C, """Step 1: Email is the match key. Copy the contact's email into the Salesforce Contact's Email.
Step 2: Set Department to 'Marketing' on every contact.
Step 3: LeadSource comes from HubSpot's original source using this table:
ORGANIC_SEARCH -> Web, PAID_SEARCH -> Advertisement, PAID_SOCIAL -> Advertisement, REFERRALS -> Partner Referral, EMAIL_MARKETING -> Email.
Tip: if the original source is blank, don't set LeadSource at all.
Step 4: HasOptedOutOfEmail is true when hs_email_optout is "true"; when it's "false" or blank, it's false.
That's it!""", extended(HS, hs(email="tom.becker@nordwerk.de", hs_analytics_source="EMAIL_MARKETING", hs_email_optout="true")))
def o10(r: R) -> Out:
    src = r["hs_analytics_source"]
    return keep({"Email": r["email"], "Department": "Marketing", "LeadSource": OMIT if blank(src) else SRC10[src],
                 "HasOptedOutOfEmail": r["hs_email_optout"] == "true"})


@case("h73-11", H, C, """Step 1: You'll want the email as the match key; copy it into Email as is.
Step 2: FirstName should be only the first word of the first name (some people typed their full name in there).
Step 3: Next, we format both numbers as E.164: phone goes into Phone and mobile number goes into MobilePhone.
Note: a number without a leading + is a US number, so we add +1; a number starting with + keeps its own country code.
Tip: when the phone or the mobile number is blank, leave that Salesforce field off instead of sending an empty value.
That's it!""", extended(HS, hs(email="mary.ann.lowe@harbor.com", firstname="Mary Ann", phone="1-646-555-0123", mobilephone="")))
def o11(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": first_word(r["firstname"]), "Phone": phone_or_omit(r["phone"]),
                 "MobilePhone": phone_or_omit(r["mobilephone"])})


@case("h73-12", H, C, """Step 1: Skip anyone who unsubscribed from email, i.e. hs_email_optout is "true".
Note: a blank hs_email_optout counts as still subscribed, so those contacts do come through.
Step 2: The match key is Email; copy the email across unchanged.
Step 3: Description is a fallback chain: use the job title; if that's blank, use the company; if both are blank, use 'No details'.
Step 4: Set LeadSource to 'Other' on every contact.
That's it!""", extended(HS, hs(email="olu.adeyemi@lagoshub.ng", jobtitle=" ", company="", hs_email_optout=""),
                        hs(email="ines.costa@lisboa.pt", jobtitle="", company="Costa Design", hs_email_optout="false")))
def o12(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    desc = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["company"], "No details")
    return {"Email": r["email"], "Description": desc, "LeadSource": "Other"}


CTRY13 = {"United States": "USA", "Mexico": "MX", "Japan": "JP", "France": "FR"}


@case("h73-13", H, C, """Step 1: Email is your match key; copy it into Email as is.
Step 2: FirstName, LastName and MailingCity all go in title case: every word gets a capital first letter and the rest lower case.
Step 3: MailingCountry uses short codes: United States -> USA, Mexico -> MX, Japan -> JP, France -> FR.
Tip: any country that isn't in that list is copied as it is. This means that 'Germany' stays 'Germany'.
That's it!""", extended(HS, hs(email="tom.becker@nordwerk.de", firstname="TOM", lastname="becker", city="BAD HOMBURG",
                                country="Germany")))
def o13(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "MailingCity": title(r["city"]), "MailingCountry": CTRY13.get(r["country"], r["country"])}


@case("h73-14", H, C, """Step 1: You'll want the email as the match key. Trim the spaces around it and lower-case it, then put it in Email.
Step 2: Description is the job title, then ' at ', then the company, e.g. 'VP Marketing at Northwind Analytics'.
Tip: when the job title or the company is blank, set Description to 'HubSpot contact' instead.
Step 3: HasOptedOutOfEmail: "true" in hs_email_optout becomes true and "false" becomes false.
Note: if hs_email_optout is blank, leave HasOptedOutOfEmail off the contact.
That's it!""", extended(HS, hs(email=" Zoe.Hart@MapleLeaf.ca ", jobtitle="Founder", company="Maple Leaf Co", hs_email_optout="")))
def o14(r: R) -> Out:
    desc = "HubSpot contact" if blank(r["jobtitle"]) or blank(r["company"]) else f"{r['jobtitle']} at {r['company']}"
    opt = r["hs_email_optout"]
    return keep({"Email": r["email"].strip().lower(), "Description": desc,
                 "HasOptedOutOfEmail": OMIT if blank(opt) else opt == "true"})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h73-15", H, M, """Adding HubSpot contacts to the Mailchimp audience.
Step 1: email_address is the match key. Take the contact's email and convert it to lower case.
Step 2: Next, we copy the first name into the FNAME merge field and the last name into LNAME, as they are.
Step 3: Everyone goes in with status 'subscribed' and language 'en'.
Step 4: Tag every member with a single tag, 'hubspot'.
That's it!""", HS)
def o15(r: R) -> Out:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en", "tags": ["hubspot"]}


@case("h73-16", H, M, """Step 1: You'll want the email as the match key, so the contact's email goes into email_address unchanged.
Step 2: Status depends on hs_email_optout: "true" -> 'unsubscribed', "false" -> 'subscribed'.
Note: a blank hs_email_optout means we never asked, so that member goes in as 'pending'.
Step 3: Tags: always 'hubspot' first, followed by the contact's lifecycle stage as a second tag (e.g. 'customer').
That's it!""", HS)
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "pending" if blank(opt) else ("unsubscribed" if opt == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot", r["lifecyclestage"]]}


LANG17 = {"Japan": "ja", "France": "fr", "Mexico": "es"}


@case("h73-17", H, M, """Step 1: email_address is the match key; copy the contact's email as is.
Step 2: FNAME gets just the first word of the first name.
Step 3: The PHONE merge field gets the phone number, or the mobile number if the phone is blank, formatted as E.164 (numbers without a + are US numbers).
Tip: if both are blank, leave PHONE out of merge_fields.
Step 4: language comes from the country: Japan -> ja, France -> fr, Mexico -> es, and every other country -> en.
That's it!""", extended(HS, hs(email="ana.perez@solandino.pe", firstname="Ana Lucía", phone="", mobilephone="", country="Peru")))
def o17(r: R) -> Out:
    ph = r["mobilephone"] if blank(r["phone"]) else r["phone"]
    return keep({"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": phone_or_omit(ph)},
                 "language": LANG17.get(r["country"], "en")})


@case("h73-18", H, M, """Step 1: Skip any contact without an email address.
Step 2: For the rest, email_address is the match key; copy the email unchanged.
Step 3: Next, we fill the ADDRESS merge field, which is an object: addr1 from the street address, city from city, state from state, zip from zip and country from country, all copied as they are.
Step 4: vip is true when the annual revenue is more than 3,000,000 and false otherwise.
Note: no annual revenue means vip is false.
That's it!""", extended(HS, hs(email="", firstname="Ghost"), hs(email="   ", firstname="Blank")))
def o18(r: R) -> Out:
    if blank(r["email"]):
        return None
    v = rev(r)
    return {"email_address": r["email"],
            "merge_fields": {"ADDRESS": {"addr1": r["address"], "city": r["city"], "state": r["state"], "zip": r["zip"],
                                         "country": r["country"]}},
            "vip": v is not None and v > 3_000_000}


@case("h73-19", H, M, """Step 1: Match on email: copy it into email_address as is.
Step 2: FNAME is the first name in title case. Set status to 'subscribed' for everybody.
Step 3: Tags are built in this order: 'paid' when the original source is PAID_SEARCH or PAID_SOCIAL, then 'big-account' when the number of employees is more than 100.
Note: a blank number of employees never gets 'big-account'.
Tip: a contact that qualifies for neither tag gets an empty tag list.
That's it!""", extended(HS, hs(email="lars.berg@fjordtech.no", firstname="LARS", hs_analytics_source="PAID_SOCIAL", numemployees="150")))
def o19(r: R) -> Out:
    tags = []
    if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL"):
        tags.append("paid")
    if not blank(r["numemployees"]) and float(r["numemployees"]) > 100:
        tags.append("big-account")
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])}, "status": "subscribed", "tags": tags}


@case("h73-20", H, M, """Step 1: Skip contacts that have no company; they're usually test sign-ups.
Step 2: You'll want the email as the match key, so copy it into email_address.
Step 3: FNAME gets the first name. If the first name is blank, use the part of the email before the @ instead.
Step 4: LNAME gets the last name in title case.
Step 5: Set language to 'en' for everyone.
That's it!""", extended(lower_emails(HS), hs(email="olu.adeyemi@lagoshub.ng", firstname="", lastname="ADEYEMI", company="Lagos Hub")))
def o20(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], before_at(r["email"])), "LNAME": title(r["lastname"])},
            "language": "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h73-21", H, S, """Sending a Segment identify call for each HubSpot contact.
Step 1: userId is the match key: use the contact's email converted to lower case.
Step 2: Next, we copy traits: traits.email is the email exactly as HubSpot has it, traits.firstName the first name, traits.lastName the last name, traits.title the job title.
Step 3: traits.name is the first name, a space, and the last name, e.g. 'Priya Raman'.
That's it!""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h73-22", H, S, """Step 1: You'll want the email as the match key; userId is the contact's email as is.
Step 2: Company details go under traits.company. traits.company.name is the company, or 'Independent' when the company is blank.
Step 3: traits.company.industry is the industry. Tip: if the industry is blank, leave that trait off.
Step 4: traits.company.employee_count is the number of employees as a whole number, also left off when blank.
That's it!""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h73-23", H, S, """Step 1: userId is the match key: the contact's email in lower case.
Step 2: Next, we build traits.address: street from the street address, city from city (in title case), state from state, postalCode from zip and country from country.
Step 3: traits.createdAt is the create date as YYYY-MM-DD.
Step 4: traits.phone is the phone number in E.164, falling back to the mobile number when the phone is blank. Numbers without a + are US numbers.
Note: if the contact has neither a phone nor a mobile number, leave traits.phone off.
That's it!""", extended(HS, hs(email="Olu.Adeyemi@LagosHub.ng", phone=" ", mobilephone="", city="lagos island", state="LA", zip="101241",
                                country="Nigeria", address="3 Marina Rd", createdate="2023-08-18T14:20:00.000Z")))
def o23(r: R) -> Out:
    ph = r["mobilephone"] if blank(r["phone"]) else r["phone"]
    return keep({"userId": r["email"].lower(),
                 "traits": {"address": {"street": r["address"], "city": title(r["city"]), "state": r["state"],
                                        "postalCode": r["zip"], "country": r["country"]},
                            "createdAt": day(r["createdate"]), "phone": phone_or_omit(ph)}})


PLAN24 = {"customer": "paid", "opportunity": "trial"}


@case("h73-24", H, S, """Step 1: The match key is userId; set it to the contact's email.
Step 2: traits.website is the contact's website. If there isn't one, use 'https://' followed by the part of the email after the @.
Step 3: traits.plan depends on the lifecycle stage: customer -> 'paid', opportunity -> 'trial', and any other stage -> 'free'.
Step 4: traits.unsubscribed is the boolean true when hs_email_optout is "true", and false otherwise (blank included).
Step 5: traits.revenue is the annual revenue as a number. This means that '2500000.75' is sent as 2500000.75; when there's no revenue, send 0.
That's it!""", extended(lower_emails(HS), hs(email="noah.cohen@bluefin.io", website="", lifecyclestage="opportunity", annualrevenue="",
                                             hs_email_optout="")))
def o24(r: R) -> Out:
    v = rev(r)
    return {"userId": r["email"],
            "traits": {"website": dflt(r["website"], "https://" + after_at(r["email"])),
                       "plan": PLAN24.get(r["lifecyclestage"], "free"),
                       "unsubscribed": r["hs_email_optout"] == "true",
                       "revenue": 0 if v is None else num(r["annualrevenue"])}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h73-25", H, G, """Sending one GA4 Measurement Protocol event per HubSpot contact.
Step 1: client_id is the match key in GA4; set it to 'hubspot-sync' for every request.
Step 2: The request carries a single event, events[0], named 'generate_lead'.
Step 3: Its params: currency is always 'USD'; value is the annual revenue as a number (0 when there's no revenue); lead_source is the original source in lower case.
Tip: when the original source is blank, lead_source should be 'unknown'.
That's it!""", HS)
def o25(r: R) -> Out:
    v = rev(r)
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-sync",
            "events": [{"name": "generate_lead",
                        "params": {"currency": "USD", "value": 0 if v is None else num(r["annualrevenue"]),
                                   "lead_source": "unknown" if blank(src) else src.lower()}}]}


@case("h73-26", H, G, """Step 1: Only send contacts whose lifecycle stage is salesqualifiedlead or opportunity; everyone else is skipped.
Step 2: You'll want client_id as the match key: use the part of the contact's email before the @.
Step 3: Add one event, events[0], with the name 'qualify_lead'.
Step 4: Next, we set two params on that event: stage is the lifecycle stage as is, and company is the company, or 'n/a' if the company is blank.
That's it!""", extended(lower_emails(HS), hs(email="noah.cohen@bluefin.io", lifecyclestage="opportunity", company=""),
                        hs(email="ines.costa@lisboa.pt", lifecyclestage="salesqualifiedlead", company="Costa Design")))
def o26(r: R) -> Out:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "opportunity"):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualify_lead", "params": {"stage": r["lifecyclestage"], "company": dflt(r["company"], "n/a")}}]}


@case("h73-27", H, G, """Step 1: client_id is the match key; set it to the contact's email in lower case.
Step 2: The event name (events[0].name) depends on the lifecycle stage: customers get 'purchase', every other stage gets 'sign_up'.
Step 3: Set the param method to 'hubspot' on every event.
Step 4: The param employees is the number of employees as a whole number.
Note: if the number of employees is blank, leave the employees param off.
That's it!""", HS)
def o27(r: R) -> Out:
    params: R = {"method": "hubspot", "employees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}
    return {"client_id": r["email"].lower(),
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "sign_up", "params": keep(params)}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h73-28", L, H, """Going the other way now: Salesforce leads into HubSpot contacts.
Step 1: You'll want the email as the match key, so Email goes into email.
Step 2: Next, we copy FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle and Phone -> phone.
Step 3: The address fields follow: Street -> address, City -> city, PostalCode -> zip, Country -> country.
Note: all of these are plain copies; a blank Salesforce value arrives as an empty value.
That's it!""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
            "Closed - Not Converted": "UNQUALIFIED"}


@case("h73-29", L, H, """Step 1: The match key is email; copy the lead's Email into it.
Step 2: hs_lead_status comes from the lead Status: 'Open - Not Contacted' -> NEW, 'Working - Contacted' -> IN_PROGRESS, 'Closed - Converted' -> OPEN_DEAL, 'Closed - Not Converted' -> UNQUALIFIED.
Step 3: hs_email_optout takes the text "true" when HasOptedOutOfEmail is checked and the text "false" when it isn't.
Step 4: lifecyclestage is 'salesqualifiedlead' for Hot leads and 'lead' for Warm or Cold ones.
That's it!""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead"}


@case("h73-30", L, H, """Step 1: You'll want the email as the match key. Lower-case the lead's Email and put it in email.
Step 2: Copy Company into company as is.
Step 3: jobtitle gets the Title; if the Title is blank, use 'Unknown'.
Step 4: annualrevenue is AnnualRevenue as a number. Tip: leave annualrevenue off when AnnualRevenue is blank.
Step 5: Every contact gets lifecyclestage 'lead'.
That's it!""", extended(SFL, sfl(Email="Ravi.Shah@IndusCloud.in", Company="Indus Cloud", Title="  ", AnnualRevenue="7250000.5")))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "company": r["Company"], "jobtitle": dflt(r["Title"], "Unknown"),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]), "lifecyclestage": "lead"})


@case("h73-31", L, H, """This sync is for the UK team only.
Step 1: Only leads whose Country is United Kingdom come across; skip the rest.
Step 2: email is the match key; copy Email into it unchanged. Copy FirstName into firstname and LastName into lastname.
Step 3: city gets the City in upper case.
Step 4: phone gets Phone in E.164. Numbers without a + are UK numbers, so drop the leading 0 and add +44; numbers that start with + keep their own country code.
Note: if Phone is blank, leave phone off the contact.
That's it!""", extended(SFL, sfl(Email="oliver.bennett@thamesworks.co.uk", FirstName="Oliver", LastName="Bennett", Phone="0161 496 0123",
                                 City="Manchester", Country="United Kingdom"),
                        sfl(Email="siobhan.kelly@greenisle.ie", FirstName="Siobhan", LastName="Kelly", Phone="+353 1 555 0142",
                            City="Belfast", Country="United Kingdom"),
                        sfl(Email="rhys.evans@cardiffbay.co.uk", FirstName="Rhys", LastName="Evans", Phone="", City="Cardiff",
                            Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "city": r["City"].upper(),
                 "phone": phone_or_omit(r["Phone"], "44")})


@case("h73-32", L, H, """Step 1: Skip leads that opted out of email (HasOptedOutOfEmail is checked).
Step 2: For the others, email is the match key; copy Email across as is.
Step 3: message should be 'Salesforce lead source: ' followed by the LeadSource, e.g. 'Salesforce lead source: Web'.
Tip: if LeadSource is blank, message is 'Salesforce lead source: unknown'.
Step 4: country gets the Country, or 'Unknown' when Country is blank.
That's it!""", extended(SFL, sfl(Email="kofi.asante@accrabuild.gh", LeadSource="", Country="Ghana", HasOptedOutOfEmail=False)))
def o32(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email": r["Email"], "message": "Salesforce lead source: " + dflt(r["LeadSource"], "unknown"),
            "country": dflt(r["Country"], "Unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h73-33", C, M, """Salesforce Contacts into the Mailchimp audience.
Step 1: email_address is the match key: take the contact's Email in lower case.
Step 2: Next, we copy FirstName into FNAME and LastName into LNAME.
Step 3: status is 'unsubscribed' when HasOptedOutOfEmail is true and 'subscribed' when it's false.
Step 4: Tags: always 'salesforce' first, followed by the contact's Department when it has one.
That's it!""", SFC)
def o33(r: R) -> Out:
    tags = ["salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


LANG34 = {"Germany": "de", "Austria": "de", "France": "fr"}


@case("h73-34", C, M, """This audience is for our European contacts.
Step 1: Skip any contact whose MailingCountry is United States.
Step 2: You'll want email_address as the match key; copy the Email into it as is. Copy FirstName into FNAME.
Step 3: PHONE is the contact's Phone in E.164. Note: a number without a leading + is treated as a US number (+1).
Step 4: language comes from MailingCountry: Germany -> de, Austria -> de, France -> fr.
That's it!""", extended(SFC, sfc(Email="camille.martin@papeterie-lyon.fr", FirstName="Camille", Phone="+33 4 72 55 01 23",
                                 MailingCity="Lyon", MailingCountry="France")))
def o34(r: R) -> Out:
    if r["MailingCountry"] == "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "PHONE": e164(r["Phone"])},
            "language": LANG34[r["MailingCountry"]]}


@case("h73-35", C, M, """Step 1: email_address is the match key; copy the contact's Email unchanged.
Step 2: FNAME gets the FirstName, or 'Friend' when the first name is blank. LNAME gets the LastName as is.
Step 3: Everyone is 'subscribed'.
Step 4: vip is true when LeadSource is 'Trade Show' and false otherwise.
Step 5: Tag each member with their LeadSource as the only tag. Tip: when LeadSource is blank, tags is an empty list.
That's it!""", extended(SFC, sfc(Email="nora.lind@fjordline.no", FirstName=" ", LastName="Lind", LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "status": "subscribed", "vip": r["LeadSource"] == "Trade Show",
            "tags": [] if blank(r["LeadSource"]) else [r["LeadSource"]]}


@case("h73-36", C, M, """Step 1: Only contacts that have a Department come across; skip the ones where Department is blank.
Step 2: You'll want the email as the match key, so copy Email into email_address.
Step 3: Next, we copy Phone into the PHONE merge field as it is.
Step 4: The ADDRESS merge field is an object: set its city from MailingCity and its country from MailingCountry.
Step 5: status is 'pending' for everyone, and the Department becomes the member's only tag.
That's it!""", SFC)
def o36(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"PHONE": r["Phone"], "ADDRESS": {"city": r["MailingCity"], "country": r["MailingCountry"]}},
            "status": "pending", "tags": [r["Department"]]}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h73-37", C, S, """Identifying Salesforce Contacts in Segment.
Step 1: userId is the match key: the contact's Email in lower case.
Step 2: Next, we copy traits: traits.email gets the Email exactly as Salesforce has it, traits.firstName the FirstName, traits.lastName the LastName and traits.title the Title.
Step 3: Add a custom trait, traits.department, from Department.
Note: if Department is blank, leave traits.department off.
That's it!""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "department": OMIT if blank(r["Department"]) else r["Department"]}})


@case("h73-38", C, S, """Step 1: You'll want the Email as the match key; userId is the Email as is.
Step 2: traits.name is FirstName, a space, then LastName.
Step 3: traits.address.city gets MailingCity as is, and traits.address.country gets MailingCountry, or 'Unknown' when MailingCountry is blank.
Step 4: traits.birthday is the Birthdate as it is. Tip: contacts without a Birthdate get no traits.birthday at all.
That's it!""", extended(SFC, sfc(Email="nora.lind@fjordline.no", FirstName="Nora", LastName="Lind", MailingCity="", MailingCountry="",
                                 Birthdate="")))
def o38(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"name": f"{r['FirstName']} {r['LastName']}",
                            "address": {"city": r["MailingCity"], "country": dflt(r["MailingCountry"], "Unknown")},
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


SRC39 = {"Web": "website", "Trade Show": "event"}


@case("h73-39", C, S, """Step 1: userId is the match key; use the contact's Email unchanged.
Step 2: traits.phone is the Phone in E.164 format. Numbers without a + are US numbers, so (503) 555-0100 becomes +15035550100.
Step 3: traits.leadSource maps LeadSource like this: Web -> 'website', Trade Show -> 'event'. Anything else, blank included, becomes 'other'.
Step 4: traits.emailOptOut is HasOptedOutOfEmail as a true/false boolean.
That's it!""", extended(SFC, sfc(Email="raj.mehta@tealpeak.com", Phone="1 (415) 555-0133", LeadSource="Partner Referral",
                                 HasOptedOutOfEmail=True)))
def o39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "leadSource": SRC39.get(r["LeadSource"], "other"),
                                            "emailOptOut": bool(r["HasOptedOutOfEmail"])}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h73-40", M, H, """Bringing Mailchimp members into HubSpot.
Step 1: email is the match key; copy the member's email_address into it.
Step 2: firstname comes from FNAME and lastname from LNAME, both in title case.
Note: if LNAME is blank, leave lastname off the contact.
Step 3: hs_email_optout is the text "true" for unsubscribed members and "false" for every other status.
Step 4: Copy the COMPANY merge field into company as is.
That's it!""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false", "company": mf["COMPANY"]})


@case("h73-41", M, H, """Step 1: Skip members whose status is cleaned; those addresses bounce.
Step 2: You'll want the email as the match key, so email_address goes into email.
Step 3: phone is the PHONE merge field in E.164 (numbers without a + are US numbers). Tip: when PHONE is blank, don't set phone.
Step 4: lifecyclestage is 'customer' for VIP members and 'subscriber' for everyone else.
Step 5: Copy language into hs_language.
That's it!""", extended(MC, mc({"PHONE": "212.555.0175"}, email_address="mei.wong@harbourtea.hk", status="pending", vip=False,
                                language="zh")))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return keep({"email": r["email_address"], "phone": phone_or_omit(r["merge_fields"]["PHONE"]),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber", "hs_language": r["language"]})


@case("h73-42", M, H, """Step 1: The match key is email; copy email_address across unchanged.
Step 2: firstname is only the first word of FNAME.
Step 3: company is the COMPANY merge field. If COMPANY is blank, use the part of the email address after the @.
Step 4: lifecyclestage is 'customer' when the member has the tag 'Customer', and 'lead' otherwise.
That's it!""", extended(MC, mc({"FNAME": "Mei Ling", "LNAME": "Wong", "COMPANY": ""}, email_address="meiling.wong@harbourtea.hk",
                                tags=["Customer", "Webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).resolve().parent / "set73")
