# ruff: noqa: RUF001  (the author writes typographic apostrophes and dashes; they are part of the texts)
"""Held-out set 44 for the offline mapping drafter.

Persona: a British marketing manager (not technical) emailing the IT team. Chatty and polite,
British spelling ("organisation", "postcode", "surname", "mobile"), hedges ("if that's possible",
"I think", "ideally"), asides in brackets or dashes, now and then a sentence saying what NOT to
do. She describes each field in everyday words, sometimes adding the system name in brackets.
No greetings-only lines and no sign-offs: just the body of the request.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h44-01 .. h44-08)
  hubspot.contacts -> salesforce.Contact   6  (h44-09 .. h44-14)
  hubspot.contacts -> mailchimp.members    6  (h44-15 .. h44-20)
  hubspot.contacts -> segment.identify     4  (h44-21 .. h44-24)
  hubspot.contacts -> ga4.events           3  (h44-25 .. h44-27)
  salesforce.Lead  -> hubspot.contacts     5  (h44-28 .. h44-32)
  salesforce.Contact -> mailchimp.members  4  (h44-33 .. h44-36)
  salesforce.Contact -> segment.identify   3  (h44-37 .. h44-39)
  mailchimp.members -> hubspot.contacts    3  (h44-40 .. h44-42)

Rule kinds per case:
  01 copies (blanks kept), constant          22 nested company traits, default, omit, integer
  02 defaults when empty (x2), copies        23 nested address traits, upper, omit-when-empty
  03 lower, title case, 3-step phone chain   24 trim+lower userId, date, boolean (blank), number/omit
  04 value table w/ otherwise, copy          25 GA4: constants, copy, lower
  05 skip filter (blank stated), default     26 GA4: > filter (blank stated), number, before @
  06 > condition (blank stated), number/omit 27 GA4: conditional event name, default, lower, copy
  07 E.164 US x2 with omit, copies           28 copies incl. empty values
  08 only filter, upper/omit, concat + date  29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields             30 table (no otherwise), number/omit, lower
  10 two booleans (blank branches), const    31 only filter, E.164 UK/omit, upper, default
  11 fallback to before @, omit, default     32 skip filter, default, concat with blank part
  12 table (no otherwise), upper + omit      33 lower, boolean->status, constant + conditional tag
  13 only filter, lower, 3-step title chain  34 skip filter, E.164 US, omit, table (no otherwise)
  14 trim, title case, table w/ otherwise    35 default, copies, equality -> vip, constants
  15 copies, default, constants              36 only filter, constants, empty tags, upper
  16 3-way status (blank stated), tag        37 lower userId, copies, omit-when-empty
  17 conditional tags (> and equality), []   38 nested address, trim, default, omit
  18 first word, E.164 chain with omit       39 E.164 US, concatenation, table w/ otherwise
  19 skip filter, constant, > vip (blank)    40 title case, omit, "true"/"false" by status
  20 title case, after @ tag, condition      41 skip filter, E.164/omit, copy, vip condition
  21 lower userId, copies, concatenation     42 first word, fallback to after @, tag condition
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
    lower_emails,
    rev,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's fourth one (a plain US contact)."""
    return {**HS[3], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[2], **kw}


def mc(email: str, status: str, fname: str, lname: str, phone: str, company: str,
       tags: list[str], language: str, vip: bool) -> R:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": company},
            "tags": tags, "language": language, "vip": vip}


def optout(v: Any) -> bool:
    """HubSpot's opt-out text read as a flag; the texts say a blank means 'not opted out'."""
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h44-01-lead-straight-copies-web", H, L,
      "We'd like our HubSpot contacts to come across into Salesforce as leads, please. Could you copy the "
      "email address into the lead's Email, the first name and surname into FirstName and LastName, the "
      "organisation name into Company and the job title into Title? Every lead should also have its lead "
      "source (LeadSource) set to 'Web' – that's where all of these people found us, so there's no need to "
      "look anything up for that one. Please don't tidy anything on the way – copy it all exactly as it is, "
      "blanks included.",
      HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h44-02-lead-not-supplied-defaults", H, L,
      "Quick one for the leads sync. The email goes into Email as it is, and the surname into LastName. "
      "Salesforce gets a bit grumpy without an organisation, so if the company name is blank please put "
      "'Not supplied' in Company instead (otherwise use the real one, obviously). Same idea for the job title "
      "(Title) – if there isn't one, 'Not supplied' is fine. The town/city can go into City exactly as it is, "
      "even when it's empty.",
      extended(HS, hs(email="ruth.ellis@oakfield.co.uk", lastname="Ellis", company="   ", jobtitle=" ", city="")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Not supplied"),
            "Title": dflt(r["jobtitle"], "Not supplied"), "City": r["city"]}


@case("h44-03-lead-tidy-names-phone-chain", H, L,
      "Could we send leads over with the email address in lower case (Email), and the first name and surname "
      "in proper title case – a capital letter at the start of each word and the rest lower case – because "
      "some people type their names in shouty capitals. For the phone number (Phone), ideally we'd use their "
      "office phone; if that's empty, their mobile; and if they've got neither, please just leave Phone off "
      "the lead rather than sending a blank one.",
      extended(HS,
               hs(email="OLIVIA.HART@Bramble.co.uk", firstname="OLIVIA", lastname="hart", phone="", mobilephone=""),
               hs(email="Sam.Reed@KettleWorks.com", firstname="sam", lastname="REED", phone="  ",
                  mobilephone="07700 900123")))
def _03(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"].lower(), "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"]), "Phone": phone})


_SRC = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "External Referral"}


@case("h44-04-lead-source-translation", H, L,
      "For the lead source on each lead (LeadSource), please translate HubSpot's original source like this: "
      "ORGANIC_SEARCH becomes 'Web', PAID_SEARCH and PAID_SOCIAL both become 'Advertisement', and REFERRALS "
      "becomes 'External Referral'. Anything else at all – including contacts where the original source is "
      "blank – should just be 'Other'. Oh, and the email address goes into Email, of course, and the country "
      "into Country as it is.",
      extended(HS, hs(email="imogen.shaw@tealight.co.uk", hs_analytics_source="EMAIL_MARKETING", country="United Kingdom"),
               hs(email="bilal.ahmed@cresta.ae", hs_analytics_source="OFFLINE", country="")))
def _04(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": _SRC.get(r["hs_analytics_source"], "Other"), "Country": r["country"]}


@case("h44-05-lead-skip-unsubscribed", H, L,
      "We mustn't create leads for anyone who has unsubscribed from our emails, so please skip contacts whose "
      "email opt-out (hs_email_optout) is 'true'. If the opt-out is blank I'd treat that as not unsubscribed, "
      "so those people do go across. For the ones that go: the email into Email, the organisation into Company "
      "(or 'Not supplied' if it's blank), and every lead should start life as 'Open - Not Contacted' in Status.",
      extended(HS, hs(email="ruth.ellis@oakfield.co.uk", company="", hs_email_optout="false"),
               hs(email="gavin.price@moorlands.co.uk", company="Moorlands Ltd", hs_email_optout="true")))
def _05(r: R) -> Out:
    if optout(r["hs_email_optout"]):
        return None
    return {"Email": r["email"], "Company": dflt(r["company"], "Not supplied"), "Status": "Open - Not Contacted"}


@case("h44-06-lead-rating-by-revenue", H, L,
      "I'd like a Rating on each lead based on the annual revenue: more than 3 million is 'Hot', and anything "
      "else is 'Cold' – including contacts where we don't know the revenue at all. Please also send the annual "
      "revenue itself into AnnualRevenue as a proper number (not text), but if it's blank just leave "
      "AnnualRevenue off the lead. The email goes into Email, as ever.",
      extended(HS, hs(email="nina.patel@brightwell.co.uk", annualrevenue="3500000.5"),
               hs(email="owen.jones@valleyforge.co.uk", annualrevenue="  ")))
def _06(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"], "Rating": "Hot" if v is not None and v > 3_000_000 else "Cold",
                 "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"])})


@case("h44-07-lead-e164-phones", H, L,
      "Phone numbers, please, in the international format Salesforce likes (E.164 – so +14155550100, that "
      "sort of thing). Treat everything as a US number unless it already starts with a + and its own country "
      "code. The office phone goes into Phone and the mobile into MobilePhone; when either one is empty, leave "
      "that field off entirely – don't send an empty string. Also the email (Email), the street address "
      "(Street) and the postcode (PostalCode), copied as they are.",
      extended(HS, hs(email="lucy.grant@harbourview.com", phone="1-312-555-0166", mobilephone="")))
def _07(r: R) -> Out:
    return keep({"Email": r["email"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Street": r["address"], "PostalCode": r["zip"]})


@case("h44-08-lead-us-only-created-note", H, L,
      "Only contacts in the United States for this one, please (country exactly 'United States') – everyone "
      "else can stay in HubSpot for now. For those: Email from the email address, State from the state in "
      "capitals, and a Description that reads 'HubSpot contact created ' followed by the date they were "
      "created as YYYY-MM-DD – so 'HubSpot contact created 2023-03-14', for example. If the state is empty, "
      "I think it's best to leave State off altogether.",
      extended(HS, hs(email="jo.fisher@lonestarpaper.com", state="tx", createdate="2021-06-30T13:20:00.000Z"),
               hs(email="mark.doyle@prairiegrain.com", state="", createdate="2022-02-17T12:30:00.000Z"),
               hs(email="claire.roy@maplecrest.ca", country="Canada", state="ON")))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return keep({"Email": r["email"], "State": OMIT if blank(r["state"]) else r["state"].upper(),
                 "Description": "HubSpot contact created " + day(r["createdate"])})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h44-09-contact-mailing-address", H, C,
      "For Salesforce Contacts, please copy the email address into Email, the first name and surname into "
      "FirstName and LastName, and then the postal address into the 'Mailing' fields: street address into "
      "MailingStreet, town/city into MailingCity, county or state into MailingState, postcode into "
      "MailingPostalCode and country into MailingCountry. All straight copies – if something's blank in "
      "HubSpot it can be blank in Salesforce too.",
      HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h44-10-contact-optout-donotcall", H, C,
      "Two tick-boxes on the Salesforce contact, if that's possible. First, the email opt-out "
      "(HasOptedOutOfEmail) should be ticked – true – when HubSpot's hs_email_optout says 'true', and "
      "unticked (false) when it says 'false' or is blank. Second, 'do not call' (DoNotCall) should be true "
      "only when the contact has no office phone and no mobile either; if they have at least one number, "
      "it's false. Plus the email address into Email, and Department set to 'Marketing' for everyone.",
      extended(HS, hs(email="ruth.ellis@oakfield.co.uk", phone="", mobilephone="  ", hs_email_optout="false"),
               hs(email="gavin.price@moorlands.co.uk", phone="", mobilephone="", hs_email_optout="true")))
def _10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": optout(r["hs_email_optout"]),
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]), "Department": "Marketing"}


@case("h44-11-contact-surname-from-email", H, C,
      "Salesforce insists on a surname for contacts, so for LastName please use the surname, and if that's "
      "blank fall back to the bit of the email address before the @ (so 'jane.doe' from jane.doe@example.com). "
      "The first name goes into FirstName only when there is one – leave FirstName off otherwise, rather than "
      "sending it empty. Email into Email unchanged, and the job title into Title, or 'Not supplied' when it's "
      "empty.",
      extended(lower_emails(HS),
               hs(email="ruth.ellis@oakfield.co.uk", firstname="Ruth", lastname="", jobtitle="Buyer"),
               hs(email="t.morgan@quayside.co.uk", firstname=" ", lastname="Morgan", jobtitle="")))
def _11(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": dflt(r["lastname"], before_at(r["email"])),
                 "FirstName": OMIT if blank(r["firstname"]) else r["firstname"],
                 "Title": dflt(r["jobtitle"], "Not supplied")})


_DEPT = {"subscriber": "Newsletter", "lead": "Prospects", "marketingqualifiedlead": "Marketing",
         "salesqualifiedlead": "Sales", "customer": "Accounts"}


@case("h44-12-contact-stage-as-department", H, C,
      "We use the Department field on contacts to show where someone is in the funnel (a bit of a hack, I "
      "know!). From the lifecycle stage: subscriber → 'Newsletter', lead → 'Prospects', "
      "marketingqualifiedlead → 'Marketing', salesqualifiedlead → 'Sales', customer → 'Accounts'. The email "
      "goes into Email as normal, and MailingCity is the town/city in upper case, please – but if the city is "
      "empty, leave MailingCity off.",
      extended(HS, hs(email="ruth.ellis@oakfield.co.uk", lifecyclestage="lead", city="")))
def _12(r: R) -> Out:
    return keep({"Email": r["email"], "Department": _DEPT[r["lifecyclestage"]],
                 "MailingCity": OMIT if blank(r["city"]) else r["city"].upper()})


@case("h44-13-contact-customers-sql-only", H, C,
      "Only customers and sales-qualified leads (lifecycle stage 'customer' or 'salesqualifiedlead') should "
      "go into Salesforce as contacts – nobody else, please. Email in lower case into Email. For Title, use "
      "the job title; if that's blank, use the industry instead (better than nothing for the sales team); and "
      "if both are blank, just 'Not supplied'. The lead source (LeadSource) should say 'Other' for all of them.",
      extended(HS,
               hs(email="Harriet.Cole@Wrenfield.co.uk", lifecyclestage="customer", jobtitle="", industry="Retail"),
               hs(email="Owen.Jones@ValleyForge.co.uk", lifecyclestage="salesqualifiedlead", jobtitle=" ",
                  industry=""),
               hs(email="Nina.Patel@Brightwell.co.uk", lifecyclestage="opportunity")))
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "salesqualifiedlead"):
        return None
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Not supplied")
    return {"Email": r["email"].lower(), "Title": t, "LeadSource": "Other"}


_IND = {"Software": "Technology", "Logistics": "Operations", "Food": "Hospitality"}


@case("h44-14-contact-tidy-and-industry", H, C,
      "A bit of tidying on the way into Salesforce Contacts: the first name (FirstName) should have any stray "
      "spaces at the start or end trimmed off, and the surname and town/city (LastName, MailingCity) should "
      "be in title case – each word with a capital first letter and the rest lower case. Then Department "
      "depends on the industry: 'Software' → 'Technology', 'Logistics' → 'Operations', 'Food' → "
      "'Hospitality', and anything else, blank included, → 'General'. Email into Email just as it is.",
      extended(HS, hs(email="amelia.ward@tynebridge.co.uk", firstname="  Amelia ", lastname="WINTERBOTTOM",
                      city="NEWCASTLE UPON TYNE", industry="Retail")))
def _14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": title(r["lastname"]),
            "MailingCity": title(r["city"]), "Department": _IND.get(r["industry"], "General")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h44-15-mc-friend-greeting", H, M,
      "For Mailchimp, please add each contact to the audience with their email as the email_address, their "
      "first name in FNAME and their surname in LNAME. If the first name is blank, could FNAME say 'Friend' "
      "instead (so our 'Hi Friend' greeting still reads nicely)? A blank surname can just stay blank. "
      "Everyone should go in as 'subscribed', and the email format (email_type) should be 'html' for all of "
      "them.",
      extended(HS, hs(email="ruth.ellis@oakfield.co.uk", firstname="", lastname="")))
def _15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed", "email_type": "html"}


@case("h44-16-mc-status-from-optout", H, M,
      "The Mailchimp status should follow the HubSpot opt-out (hs_email_optout): 'true' means 'unsubscribed', "
      "'false' means 'subscribed', and if it's blank we honestly don't know, so put them in as 'pending' and "
      "let the double opt-in email sort it out. Please tag everyone 'HubSpot import' – just that one tag, "
      "nothing else. The email address goes into email_address, unchanged.",
      HS)
def _16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot import"]}


@case("h44-17-mc-customer-enterprise-tags", H, M,
      "Tags in Mailchimp, please – this is the important bit for our campaigns. Customers (lifecycle stage "
      "'customer') get a 'Customer' tag, and anyone with annual revenue of more than 5 million gets "
      "'Enterprise'; if both apply, 'Customer' first and then 'Enterprise'. A blank revenue doesn't count as "
      "more than 5 million. If neither applies, tags should be an empty list – don't leave tags off. The email "
      "address goes in lower case into email_address.",
      extended(HS, hs(email="Harriet.Cole@Wrenfield.co.uk", lifecyclestage="customer", annualrevenue="7500000")))
def _17(r: R) -> Out:
    v = rev(r)
    tags = (["Customer"] if r["lifecyclestage"] == "customer" else []) + \
        (["Enterprise"] if v is not None and v > 5_000_000 else [])
    return {"email_address": r["email"].lower(), "tags": tags}


@case("h44-18-mc-first-word-phone", H, M,
      "Some people have typed their whole name into the first name box, so for FNAME could we take just the "
      "first word of the first name? PHONE should be their office phone in E.164 format (a plus, the country "
      "code and the digits – assume US unless it already starts with a + and a country code). If there's no "
      "office phone, use the mobile instead, also in E.164; and if there's neither, leave PHONE out. Email "
      "into email_address as it is.",
      extended(HS, hs(email="mary.ann.lowe@pinecrest.com", firstname="Mary Ann", phone="", mobilephone=""),
               hs(email="jack.hale@tidewater.com", firstname="Jack", phone=" ", mobilephone="773.555.0142")))
def _18(r: R) -> Out:
    if not blank(r["phone"]):
        phone = e164(r["phone"])
    elif not blank(r["mobilephone"]):
        phone = e164(r["mobilephone"])
    else:
        phone = OMIT
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": phone}})


@case("h44-19-mc-skip-no-company-vip", H, M,
      "Please don't send contacts without an organisation name to Mailchimp – skip anyone whose company is "
      "blank. For the rest: email into email_address, language 'en' for everybody, and the VIP flag (vip) "
      "true when the number of employees is more than 100 and false otherwise (a blank number of employees "
      "counts as false).",
      extended(HS, hs(email="ruth.ellis@oakfield.co.uk", company="Halden Foods", numemployees=""),
               hs(email="gavin.price@moorlands.co.uk", company="  ", numemployees="500"),
               hs(email="owen.jones@valleyforge.co.uk", company="Valley Forge", numemployees="120")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    n = r["numemployees"]
    return {"email_address": r["email"], "language": "en", "vip": not blank(n) and float(n) > 100}


@case("h44-20-mc-domain-tag-language", H, M,
      "Three things for Mailchimp. FNAME and LNAME come from the first name and surname in title case (a "
      "capital letter at the start of each word, the rest lower case). Then tag each member with their email "
      "domain – the part after the @ – as their only tag. And language should be 'fr' for contacts whose "
      "country is France and 'en' for everyone else. The email address itself goes into email_address as it "
      "is.",
      lower_emails(HS))
def _20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "language": "fr" if r["country"] == "France" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h44-21-seg-names-and-full-name", H, S,
      "For the Segment identify calls, the userId should be the email address in lower case. Then under "
      "traits, please send the email exactly as it is (traits.email), the first name (firstName), the surname "
      "(lastName), and a full name (name) made of the first name, a space, then the surname.",
      HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h44-22-seg-company-details", H, S,
      "Could the organisation details go into Segment under traits.company, please? The company name goes "
      "into traits.company.name – or 'Independent' if it's blank. The industry goes into "
      "traits.company.industry, but leave it out when it's empty. And traits.company.employee_count is the "
      "number of employees as a whole number, also left out when blank. The userId is simply the email "
      "address, unchanged.",
      HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h44-23-seg-postal-address", H, S,
      "I'd like the postal address on the Segment profile, please. The userId is the email as it is, and then "
      "under traits.address: street from the street address, city from the town/city, postalCode from the "
      "postcode, and country from the country but in upper case. The state (traits.address.state) only when "
      "there is one – if it's blank, leave it off rather than sending an empty value.",
      HS)
def _23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"address": {
        "street": r["address"], "city": r["city"], "postalCode": r["zip"], "country": r["country"].upper(),
        "state": OMIT if blank(r["state"]) else r["state"]}}})


@case("h44-24-seg-created-unsubscribed-revenue", H, S,
      "Segment again – the userId should be the email with any spaces trimmed off the ends and then all in "
      "lower case. Traits: title (the job title, copied as it is), createdAt as just the date they were "
      "created in HubSpot (YYYY-MM-DD), and a custom trait called unsubscribed that's true when "
      "hs_email_optout is 'true' and false otherwise (blank means false). Oh, and annual_revenue as a number – "
      "leave that trait off when the revenue's blank.",
      extended(HS, hs(email="  Harriet.Cole@Wrenfield.co.uk ", jobtitle="Buyer", hs_email_optout="",
                      annualrevenue="950000", createdate="2021-09-08T14:10:00.000Z")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "createdAt": day(r["createdate"]), "unsubscribed": optout(r["hs_email_optout"]),
        "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h44-25-ga4-sign-up-event", H, G,
      "For Google Analytics (GA4) we want one event per contact. The client_id should be the fixed text "
      "'crm-sync' for all of them (please don't use anything from the contact for it). The event is called "
      "'sign_up', and its params are: method set to 'hubspot' for everyone, lifecycle_stage copied from the "
      "lifecycle stage, and country – the contact's country in lower case.",
      HS)
def _25(r: R) -> Out:
    return {"client_id": "crm-sync", "events": [{"name": "sign_up", "params": {
        "method": "hubspot", "lifecycle_stage": r["lifecyclestage"], "country": r["country"].lower()}}]}


@case("h44-26-ga4-big-revenue-leads", H, G,
      "Only send GA4 events for contacts with annual revenue above 1 million – if the revenue is blank, don't "
      "send anything for them. The client_id should be the part of the email address before the @. The event "
      "name is 'generate_lead', with params value (the annual revenue as a number) and currency, which is "
      "'GBP' on all of them.",
      extended(lower_emails(HS), hs(email="nina.patel@brightwell.co.uk", annualrevenue="1200000.5")))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "generate_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "GBP"}}]}


@case("h44-27-ga4-purchase-or-lead", H, G,
      "One GA4 event per contact, with the client_id set to their email address in lower case. Customers "
      "(lifecycle stage 'customer') should send an event called 'purchase'; everyone else 'generate_lead'. "
      "Params: company_name from the organisation name, or 'Unknown' if it's blank, and job_title copied "
      "straight from the job title (blanks and all – I don't mind an empty one there).",
      HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"].lower(), "events": [{
        "name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
        "params": {"company_name": dflt(r["company"], "Unknown"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h44-28-hs-from-lead-copies", L, H,
      "Going the other way now – Salesforce leads into HubSpot contacts. Straight copies, please, nothing "
      "clever: the lead's Email into email, FirstName into firstname, LastName into lastname, Company into "
      "company, Title into the job title (jobtitle), Phone into phone, City into city and the postcode "
      "(PostalCode) into zip. Empty ones stay empty – please don't fill them with anything.",
      SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"]}


_LSTAT = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
          "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h44-29-hs-lead-status-optout", L, H,
      "For leads going into HubSpot, I'd like the lead status (hs_lead_status) worked out from the Salesforce "
      "Status: 'Open - Not Contacted' → NEW, 'Working - Contacted' → ATTEMPTED_TO_CONTACT, 'Closed - "
      "Converted' → CONNECTED, 'Closed - Not Converted' → UNQUALIFIED. HubSpot's opt-out (hs_email_optout) "
      "should be the text 'true' if the lead has opted out of email (HasOptedOutOfEmail ticked) and the text "
      "'false' if not. Email to email, as it is.",
      SFL)
def _29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _LSTAT[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RATING = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h44-30-hs-stage-from-rating", L, H,
      "Please set the lifecycle stage in HubSpot (lifecyclestage) from the lead's Rating – Hot → "
      "'salesqualifiedlead', Warm → 'marketingqualifiedlead', Cold → 'lead'. The annual revenue "
      "(AnnualRevenue) goes into annualrevenue as a number, except when it's blank, in which case leave "
      "annualrevenue off entirely. The email goes in lower case into email.",
      extended(SFL, sfl(Email="Tom.Price@Ashgrove.co.uk", Rating="Warm", AnnualRevenue="950000.5")))
def _30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _RATING[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h44-31-hs-uk-leads-only", L, H,
      "These are for our UK team only, so only bring over leads whose Country is 'United Kingdom'. For those: "
      "email from Email; phone from Phone in E.164 (they're UK numbers, so drop the leading 0 and add +44 – "
      "unless the number already starts with a +, in which case keep its own country code); the surname in "
      "capitals into lastname; and city from City, or 'London' if City is blank (most of them are in London "
      "anyway). If a lead has no phone, leave phone off.",
      extended(SFL,
               sfl(Email="rhys.evans@cardiffbay.co.uk", LastName="Evans", Country="United Kingdom",
                   Phone="07700 900321", City=""),
               sfl(Email="priya.shah@leedsloom.co.uk", LastName="Shah", Country="United Kingdom", Phone="",
                   City="Leeds"),
               sfl(Email="siobhan.kelly@greenisle.ie", LastName="Kelly", Country="United Kingdom",
                   Phone="+353 1 555 0142", City="Belfast")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44"),
                 "lastname": r["LastName"].upper(), "city": dflt(r["City"], "London")})


@case("h44-32-hs-skip-lost-source-note", L, H,
      "Please leave out any leads that are 'Closed - Not Converted' in Status – we don't want those in HubSpot "
      "at all. Everyone else: email from Email; the job title (jobtitle) from Title, or 'Not supplied' if Title "
      "is blank; and a note in the message field (message) reading 'Salesforce lead source: ' followed by the "
      "lead source, e.g. 'Salesforce lead source: Web'. Where there's no lead source, put 'unknown' in its "
      "place, so it reads 'Salesforce lead source: unknown'.",
      SFL)
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not supplied"),
            "message": "Salesforce lead source: " + dflt(r["LeadSource"], "unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h44-33-mc-from-contact-dept-tag", C, M,
      "Salesforce contacts into Mailchimp: the email address in lower case into email_address. If the contact "
      "has opted out of email (HasOptedOutOfEmail is true) they go in as 'unsubscribed', otherwise "
      "'subscribed'. Tags: always 'Salesforce' first, then their department as a second tag when they have one "
      "– when the department is blank it's just the 'Salesforce' tag on its own.",
      SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])}


_LANG = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h44-34-mc-from-contact-skip-optouts", C, M,
      "Please skip anyone who has opted out of email (HasOptedOutOfEmail true) – we really can't be mailing "
      "them. For everyone else: the email as it is into email_address; PHONE in E.164 (assume US numbers "
      "unless there's already a + and a country code); BIRTHDAY copied from the birthday, but left off if it's "
      "blank; and language from the mailing country – Germany → 'de', Austria → 'de', United States → 'en'.",
      extended(SFC, sfc(Email="nora.quinn@bayside.com", Phone="212-555-0190", MailingCountry="United States",
                        MailingCity="New York", Birthdate="", HasOptedOutOfEmail=False),
               sfc(Email="jonas.gruber@alpenwerk.at", Phone="+43 1 555 0123", MailingCountry="Austria",
                   HasOptedOutOfEmail=True)))
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return keep({"email_address": r["Email"], "merge_fields": {
        "PHONE": e164(r["Phone"]), "BIRTHDAY": OMIT if blank(r["Birthdate"]) else r["Birthdate"]},
        "language": _LANG[r["MailingCountry"]]})


@case("h44-35-mc-from-contact-trade-show-vip", C, M,
      "For the Mailchimp upload: email_address from the email (unchanged), FNAME from the first name and LNAME "
      "from the surname – if the first name is blank, FNAME should say 'Friend'. Contacts we met at a trade "
      "show (lead source exactly 'Trade Show') should be flagged as VIP (vip true); everyone else gets vip "
      "false, blank lead source included. All of them 'subscribed', and I think just language 'en' for "
      "everyone, as there's no language field in Salesforce.",
      extended(SFC, sfc(Email="kate.moss@fernhill.co.uk", FirstName="", LastName="Moss", LeadSource="Trade Show")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed", "language": "en"}


@case("h44-36-mc-from-contact-dach-pending", C, M,
      "Only contacts whose mailing country is Germany or Austria, please – this is for our DACH newsletter. "
      "They go in as 'pending' (double opt-in is a must there), with language 'de' and tags as an empty list – "
      "please don't tag them now, we'll do that by hand later. email_address from the email as it is, FNAME "
      "from the first name, and LNAME from the surname in upper case.",
      extended(SFC, sfc(Email="jonas.gruber@alpenwerk.at", FirstName="Jonas", LastName="Gruber",
                        MailingCountry="Austria"),
               sfc(Email="lea.meier@seeblick.ch", FirstName="Lea", LastName="Meier", MailingCountry="Switzerland")))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "status": "pending", "language": "de", "tags": [],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"].upper()}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h44-37-seg-from-contact-basics", C, S,
      "Segment identify for our Salesforce contacts: the userId is the email in lower case, and traits.email "
      "is the email exactly as it appears in Salesforce. The traits firstName and lastName are copied from "
      "the first name and surname. The job title (traits.title) only when there is one – leave it off if it's "
      "blank.",
      SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h44-38-seg-from-contact-address", C, S,
      "Under traits.address, please: city from the mailing city (MailingCity) with any extra spaces trimmed off "
      "the ends, and country from the mailing country (MailingCountry), or 'Unknown' if that's blank. The "
      "userId is the email address as it is. Also traits.birthday from the birthday, left off when blank.",
      extended(SFC, sfc(Email="max.bauer@isarwerk.de", MailingCity="  Munich ", MailingCountry="",
                        Birthdate="1979-02-14")))
def _38(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


_TEAM = {"Engineering": "Product", "Sales": "Revenue", "Marketing": "Revenue"}


@case("h44-39-seg-from-contact-phone-team", C, S,
      "For Segment: the userId is the email address, unchanged. traits.phone should be the phone number in "
      "E.164 – they're US numbers unless there's already a + at the front. traits.name is the first name, a "
      "space, then the surname. And a custom trait called team, based on the department: 'Engineering' → "
      "'Product', 'Sales' → 'Revenue', 'Marketing' → 'Revenue', and anything else (blank too) → 'Other'.",
      extended(SFC, sfc(Email="grace.lin@bayarea.io", FirstName="Grace", LastName="Lin", Department="Marketing",
                        Phone="1 (650) 555-0111"),
               sfc(Email="paul.kerr@ridgeway.com", FirstName="Paul", LastName="Kerr", Department="Finance",
                   Phone="720.555.0133")))
def _39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
        "team": _TEAM.get(r["Department"], "Other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h44-40-hs-from-mc-names-optout", M, H,
      "Mailchimp members into HubSpot contacts, please. The email address goes into email, unchanged. The first "
      "name (FNAME) into firstname and the surname (LNAME) into lastname, both in title case – but if the "
      "surname's blank, leave lastname off. The opt-out (hs_email_optout) should be the text 'true' for "
      "members who are unsubscribed or cleaned, and the text 'false' for everyone else.",
      extended(MC, mc("tom.hughes@brecon.co.uk", "pending", "TOM", "hughes", "", "", [], "en", False)))
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h44-41-hs-from-mc-skip-cleaned", M, H,
      "Please skip any members marked 'cleaned' – those emails bounce, so there's no point. For everyone else: "
      "email from email_address; phone from the PHONE merge field in E.164 (US unless it already starts with "
      "a +), left off when it's empty; company copied from the COMPANY merge field; and the lifecycle stage "
      "'customer' for VIP members and 'subscriber' for the rest.",
      extended(MC, mc("kwame.mensah@goldcoastcoffee.com", "pending", "Kwame", "Mensah", "312-555-0102",
                      "Gold Coast Coffee", ["Customer"], "en", True)))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h44-42-hs-from-mc-domain-company", M, H,
      "From Mailchimp into HubSpot: email from email_address, and firstname as only the first word of the "
      "first name (FNAME). The company comes from COMPANY – or, if that's blank, the email domain (the bit "
      "after the @). Lifecycle stage: 'customer' if the member has the 'Customer' tag, otherwise 'lead'. And "
      "the language (hs_language) copied straight from the member's language.",
      extended(MC, mc("mary.kate.doyle@shannonlinen.ie", "subscribed", "Mary Kate", "Doyle", "", "",
                      ["Webinar", "Customer"], "en", False)))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead", "hs_language": r["language"]}


if __name__ == "__main__":
    assert len(CASES) == 42
    build(CASES, Path(__file__).parent / "set44")
