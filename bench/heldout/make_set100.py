# ruff: noqa: RUF001
"""Held-out set 100 for the offline mapping drafter.

Persona: Tom Ashworth, account director at a London marketing agency, writing to the client's
ops team in long, hedged British-English paragraphs ("we'd ideally like", "if it's not too much
bother", "bar", "save for", "whereas", "in the event that", "cheers"), British spelling, asides
in brackets and dashes, field names sometimes in backticks and sometimes just as words, the odd
short "a)", "b)" list, values in straight or curly single/double quotes.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h100-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Tom's own.
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


# --------------------------------------------------------------------------- hubspot -> Lead

@case("h100-01-lead-straight-across", H, L, """\
Hello all – hope the week is treating you kindly. This first one ought to be painless: we'd ideally \
like every HubSpot contact to arrive in Salesforce as a Lead with the basics carried straight across, \
untouched – the email into `Email`, first name into `FirstName`, last name into `LastName`, the \
company name into `Company` and the job title field into `Title`. In the event that any of those is \
empty in HubSpot (a fair few contacts have no job title, for instance) please just bring the empty \
value across as it is rather than inventing something to fill the gap. On top of that, and if it's \
not too much bother, every lead should go in with its Lead Status set to ‘Open - Not Contacted’, \
whatever HubSpot happens to think of them. Nothing else needs setting for now. Cheers, Tom""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "Status": "Open - Not Contacted"}


@case("h100-02-lead-tidy-defaults", H, L, """\
Morning – a slightly fussier one, I'm afraid, as Salesforce has been grumbling about half-empty leads. \
For each HubSpot contact we'd like a Lead with the email in `Email` and the surname in `LastName`, \
both exactly as they stand. The company name goes into `Company` as typed, save for when it's blank \
(which Salesforce simply won't accept, as you'll know) – in that case please put ‘Not provided’ in \
instead. The job title wants a little tidying before it lands in `Title`: trim off any stray spaces at \
either end (people paste these in from LinkedIn and drag all sorts of whitespace with them), and where \
there's no job title at all, 'Unknown' will do nicely. That's the lot – nothing else on the lead, \
please. Cheers""", extended(
    HS,
    hs(email="oliver.bennett@greenleaf.co.uk", firstname="Oliver", lastname="Bennett", company="   ",
       jobtitle="  Finance Director  "),
    hs(email="ruth.adeyemi@kitehouse.com", firstname="Ruth", lastname="Adeyemi", company="Kitehouse Media",
       jobtitle="   "),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Not provided"),
            "Title": dflt(r["jobtitle"], "Unknown").strip()}


@case("h100-03-lead-phone-fallback", H, L, """\
Hi both, on the leads feed: the names in HubSpot are – how shall I put it – creatively capitalised, so \
we'd ideally like the first name and last name put into title case on the way over (capital first \
letter of each word, everything else lower case) before they go into `FirstName` and `LastName`. The \
email goes into `Email` untouched. For `Phone`, please take the HubSpot phone number field as it is; \
in the event that it's empty, fall back to the mobile phone number instead, and if a contact has \
neither (it does happen) leave `Phone` off the lead altogether rather than sending an empty one. No \
reformatting of the numbers themselves for now – we'll tackle that another day. Many thanks, Tom""",
    extended(
        HS,
        hs(email="sam.oduya@brightwell.com", firstname="SAM", lastname="oduya", phone="", mobilephone=""),
        hs(email="niamh.byrne@lantern.ie", firstname="niamh", lastname="BYRNE", phone="  ",
           mobilephone="07700 900123"),
    ))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": first_filled(r["phone"], r["mobilephone"]) or OMIT})


@case("h100-04-lead-industry-table", H, L, """\
Hello again. Our client's HubSpot industry field is free text, whereas Salesforce wants one of its own \
picklist values, so we'd like a small translation for the lead's `Industry`:
a) ‘Software’ becomes ‘Technology’;
b) ‘Logistics’ becomes ‘Transportation’;
c) ‘Food’ becomes ‘Food & Beverage’;
and anything else at all – including a blank industry – should go in as ‘Other’. Separately, the \
email address should be lower-cased before it goes into `Email` (we've been bitten by duplicate leads \
that differed only in capitals), and the last name can go into `LastName` exactly as it is. Those \
three fields and nothing more, if it's not too much bother. Cheers, Tom""", extended(
    HS,
    hs(email="Ana.Lopes@MareBio.pt", firstname="Ana", lastname="Lopes", industry="Biotech"),
))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Industry": table.get(r["industry"], "Other")}


@case("h100-05-lead-skip-customers-optouts", H, L, """\
Hi team – the sales lot have asked, quite reasonably, that we stop pushing people into Salesforce who \
either already buy from us or have told us to go away. So, two exclusions please: bar anyone whose \
lifecycle stage is ‘customer’, and bar anyone who has unsubscribed from all email (the opt-out field \
reading ‘true’). A contact whose opt-out field is blank hasn't opted out as far as we're concerned, so \
they come through, as does anyone with ‘false’. Everyone else becomes a Lead with their email, first \
name, last name and company name copied as they are into `Email`, `FirstName`, `LastName` and \
`Company`, and with `LeadSource` set to ‘Partner’ across the board, since they all reach the client \
via us. Much obliged, Tom""", extended(
    HS,
    hs(email="yusuf.demir@anatoliatex.com", firstname="Yusuf", lastname="Demir", company="Anatolia Textiles",
       lifecyclestage="customer", hs_email_optout="false"),
    hs(email="beth.carter@moorlandtea.co.uk", firstname="Beth", lastname="Carter", company="Moorland Tea",
       lifecyclestage="opportunity", hs_email_optout="true"),
))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "LeadSource": "Partner"}


@case("h100-06-lead-rating-by-revenue", H, L, """\
Right, rating. We'd ideally like Salesforce's `Rating` on each lead to reflect how big the organisation \
is, going by HubSpot's annual revenue: more than 5,000,000 is ‘Hot’, less than 1,000,000 is ‘Cold’, \
and anything from 1,000,000 up to and including 5,000,000 is ‘Warm’. Where the annual revenue is blank \
we simply don't know, and the sales team would rather under- than over-promise, so treat those as \
‘Cold’ too. While you're in there, the number of employees should go into `NumberOfEmployees` as a \
whole number – unless it's empty, in which case please leave `NumberOfEmployees` off entirely rather \
than writing a zero. And of course the email into `Email`, unchanged. Nothing else. Cheers, Tom""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h100-07-lead-e164-title", H, L, """\
Hello – one for the phone purists. We'd like the HubSpot phone number on each lead's `Phone` in \
proper E.164 format, so a leading plus, country code and digits only; please assume a number is \
American (+1) unless it already starts with a plus, in which case it keeps its own country code. If a \
contact has no phone number, leave `Phone` off the lead entirely – don't go hunting in the mobile \
field. Whilst we're at it, could the first name and the city both be put into title case (first letter \
of each word capitalised, the rest lower case) for `FirstName` and `City` respectively, as they're a \
bit of a mess at present. Email into `Email` as it is. That's all four fields. Cheers, Tom""", extended(
    HS,
    hs(email="harriet.cole@tidewater.com", firstname="harriet", city="NEW ORLEANS", phone="504 555 0161"),
    hs(email="wes.tran@bayline.com", firstname="WES", city="san diego", phone="1-619-555-0122"),
))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h100-08-lead-us-only-description", H, L, """\
Afternoon. The US sales desk want to prioritise their own patch, so please send only the contacts whose \
country is ‘United States’ across as leads – everyone else stays put in HubSpot for now. For those \
that do go: email into `Email` and last name into `LastName`, both unchanged; the state field in upper \
case into `State` (some of the reps type ‘ca’ and so on); and a `Description` built from the company \
name, then the words ' - HubSpot since ', then the date the contact was created in HubSpot in \
YYYY-MM-DD form – so for Northwind it would read ‘Northwind Analytics - HubSpot since 2023-03-14’. \
Those four fields only, please. Thanks ever so, Tom""", extended(
    HS,
    hs(email="jordan.lee@cobaltcloud.com", firstname="Jordan", lastname="Lee", company="Cobalt Cloud",
       country="United States", state="wa", createdate="2024-02-20T13:15:00.000Z"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"{r['company']} - HubSpot since {day(r['createdate'])}"}


# ------------------------------------------------------------------------ hubspot -> Contact

@case("h100-09-contact-mailing-address", H, C, """\
Hi all. For the Contact sync we'd ideally like the postal details to end up in Salesforce's Mailing \
address fields, copied exactly as HubSpot holds them: the street address into `MailingStreet`, city \
into `MailingCity`, state/region into `MailingState`, postal code into `MailingPostalCode` and country \
into `MailingCountry`. Plenty of our international contacts have no state – where a value is empty, \
just carry the empty value over, no need to get clever. Beyond the address, the email, first name and \
last name should go across as they are into `Email`, `FirstName` and `LastName`. Nothing else on the \
contact for the moment. Cheers, Tom""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h100-10-contact-flags", H, C, """\
Hello – a couple of yes/no flags for the Salesforce contacts, if you'd be so kind. First, \
`HasOptedOutOfEmail` should be true when HubSpot's unsubscribed-from-all-email field says ‘true’, and \
false otherwise – that includes when the HubSpot field is blank, which we read as not opted out. \
Second, the client's call centre would like `DoNotCall` set to true for any contact with no phone \
number in HubSpot (a blank or spaces-only phone number field; we're deliberately ignoring the mobile \
here), and false for everyone who does have one. Alongside those two, just the email into `Email` and \
the last name into `LastName`, unchanged. Cheers, Tom""", extended(
    HS,
    hs(email="gwen.price@valleyforge.co.uk", firstname="Gwen", lastname="Price", phone="   ",
       hs_email_optout="false"),
))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h100-11-contact-firstname-from-email", H, C, """\
Morning. Some of the contacts that came in through the old web form have no first name at all, which \
makes for rather awkward ‘Dear ,’ emails from Salesforce. So for `FirstName` we'd like the HubSpot \
first name where there is one, and in the event that it's blank, the part of the email address before \
the @ instead (better than nothing, and the sales team can tidy up by hand). Bar that, the email goes \
into `Email` and the last name into `LastName`, both exactly as they are. Nothing else on the contact. \
Cheers, Tom""", extended(
    lower_emails(HS),
    hs(email="info.desk@quaysidehotels.com", firstname="", lastname="Quayside"),
    hs(email="p.okonkwo@ferncroft.org", firstname="  ", lastname="Okonkwo"),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": dflt(r["firstname"], before_at(r["email"]))}


@case("h100-12-contact-stage-description", H, C, """\
Hi both. The client would like the HubSpot lifecycle stage spelt out in plain English in the Salesforce \
contact's `Description`, using this table (these are all the stages HubSpot has, so nothing should \
fall through the cracks): ‘subscriber’ → ‘Newsletter subscriber’, ‘lead’ → ‘Lead’, \
‘marketingqualifiedlead’ → ‘Marketing qualified’, ‘salesqualifiedlead’ → ‘Sales qualified’, \
‘opportunity’ → ‘Open opportunity’, ‘customer’ → ‘Customer’, ‘evangelist’ → ‘Advocate’ and ‘other’ → \
‘Other’. Also, the state/region field should go into `MailingState` in upper case – save for when it's \
blank, in which case leave `MailingState` out altogether. And the email into `Email`, untouched. \
That's everything. Cheers, Tom""", extended(
    HS,
    hs(email="marcus.hale@ridgeway.com", firstname="Marcus", lastname="Hale", lifecyclestage="opportunity",
       state="tx"),
))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter subscriber", "lead": "Lead",
             "marketingqualifiedlead": "Marketing qualified", "salesqualifiedlead": "Sales qualified",
             "opportunity": "Open opportunity", "customer": "Customer", "evangelist": "Advocate",
             "other": "Other"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h100-13-contact-pipeline-only", H, C, """\
Hello – for this one we only want people who are genuinely in the pipeline, i.e. only contacts whose \
lifecycle stage is ‘lead’, ‘marketingqualifiedlead’ or ‘salesqualifiedlead’; anyone at any other \
stage should be left out of the sync entirely. For those who make the cut, we'd like:
a) the email address in lower case, into `Email`;
b) the last name into `LastName` as it is;
c) `Phone` from the HubSpot phone number, or – in the event that that's empty – the mobile phone \
number, and if both are empty, no `Phone` at all on the contact;
d) `LeadSource` set to ‘Web’ for every one of them.
Nothing else, please. Cheers, Tom""", extended(
    HS,
    hs(email="Nadia.Karim@Oakfield.org", firstname="Nadia", lastname="Karim", lifecyclestage="lead", phone="",
       mobilephone="07911 123456"),
    hs(email="PETE.WOODS@HALFMOON.CO.UK", firstname="Pete", lastname="Woods",
       lifecyclestage="salesqualifiedlead", phone="", mobilephone=""),
))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return keep({"Email": r["email"].lower(), "LastName": r["lastname"],
                 "Phone": first_filled(r["phone"], r["mobilephone"]) or OMIT, "LeadSource": "Web"})


@case("h100-14-contact-source-table", H, C, """\
Hi team. A few bits of housekeeping on the contacts, if you'd be so good. The first and last names \
should be title-cased (each word with a capital first letter and the rest lower case) into \
`FirstName` and `LastName`. The job title wants trimming of leading and trailing spaces before it goes \
into `Title` – and where there's no job title, `Title` simply stays empty. For `LeadSource`, please \
translate HubSpot's original source: ‘ORGANIC_SEARCH’ to ‘Web’, ‘PAID_SEARCH’ to ‘Advertisement’, \
‘EMAIL_MARKETING’ to ‘Email’ and ‘REFERRALS’ to ‘External Referral’; any other source, and a blank \
one, becomes ‘Other’. Oh, and the email into `Email`, as it is. Cheers, Tom""", extended(
    HS,
    hs(email="ian.frost@northgate.co.uk", firstname="IAN", lastname="frost", jobtitle="  Operations Lead ",
       hs_analytics_source="EMAIL_MARKETING"),
))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "EMAIL_MARKETING": "Email",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------------- hubspot -> Mailchimp

@case("h100-15-mc-pending-language", H, M, """\
Hello all. For the Mailchimp audience we'd ideally like every HubSpot contact added with their email \
as the member's email address and the first and last names as they are into the `FNAME` and `LNAME` \
merge fields. Given GDPR and all that, please set the status to ‘pending’ for everybody so Mailchimp \
sends its double opt-in email. The member's `language` should come from HubSpot's preferred language \
field – although most of our contacts don't have that property at all (it's missing from the record \
altogether) and some have it blank, and in either event please default it to ‘en’. Nothing further \
for now. Cheers, Tom""", extended(
    HS,
    hs(email="camille.roux@atelier-roux.fr", firstname="Camille", lastname="Roux", hs_language="fr"),
    hs(email="greta.lind@nordvik.se", firstname="Greta", lastname="Lind", hs_language=""),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "en")}


@case("h100-16-mc-status-three-ways", H, M, """\
Hi both – the subscription status for the Mailchimp members wants to follow HubSpot's unsubscribed-from-\
all-email field, which, being HubSpot, has three states rather than two. Where it reads ‘true’ the \
member's status should be ‘unsubscribed’; where it reads ‘false’, ‘subscribed’; and where it's blank \
(we genuinely don't know, so we'd rather ask them) please use ‘pending’. Every member should also carry \
a single tag, ‘HubSpot’, so we can tell them apart from the event sign-ups. And the email address \
straight across into the member's email address, of course. That's the whole of it. Cheers, Tom""",
    extended(
        HS,
        hs(email="ollie.marsh@fenlandfarms.co.uk", firstname="Ollie", lastname="Marsh", hs_email_optout="  "),
    ))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "pending" if blank(opt) else ("unsubscribed" if opt == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h100-17-mc-conditional-tags", H, M, """\
Hello again. Tags, this time. We'd like each Mailchimp member tagged according to two rules, in this \
order: first ‘Customer’ if their HubSpot lifecycle stage is ‘customer’, then ‘Big Account’ if the \
annual revenue is more than 3,000,000 (a blank revenue doesn't qualify, naturally). Someone can \
perfectly well have both, in which case it's ‘Customer’ then ‘Big Account’; someone who meets neither \
should end up with an empty tag list rather than no tags field. Beyond the tags, only the email address \
into the member's email address, unchanged – nothing else. Many thanks, Tom""", extended(
    HS,
    hs(email="rhys.morgan@slatequarry.co.uk", firstname="Rhys", lastname="Morgan", lifecyclestage="customer",
       annualrevenue="9000000"),
    hs(email="elena.petrova@volgatrade.com", firstname="Elena", lastname="Petrova",
       lifecyclestage="customer", annualrevenue=""),
    hs(email="kofi.mensah@goldcoastcocoa.com", firstname="Kofi", lastname="Mensah",
       lifecyclestage="evangelist", annualrevenue="3500000"),
))
def o17(r: R) -> Out:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Big Account")
    return {"email_address": r["email"], "tags": tags}


@case("h100-18-mc-first-word-phone", H, M, """\
Hi all. Two small refinements for Mailchimp, please. The `FNAME` merge field should hold only the first \
word of the HubSpot first name – a number of people have put in two first names (‘Mary Anne’ and the \
like) or first-and-middle, and the emails read oddly otherwise. The `PHONE` merge field should be the phone \
number in E.164 (plus sign, country code, digits): take the HubSpot phone number, or, in the event \
that it's empty, the mobile phone number; treat it as a US (+1) number unless it already begins with \
a plus, in which case its own country code stands. Every contact has at least one of the two numbers, \
so no need to worry about neither. Email into the email address, last name into `LNAME`, both as they \
are. Cheers, Tom""", extended(
    HS,
    hs(email="maryanne.fox@hollybush.co.uk", firstname="Mary Anne", lastname="Fox", phone="",
       mobilephone="+44 7700 900456"),
    hs(email="jp.lefevre@boulangerie.ca", firstname="Jean Pierre", lastname="Lefevre", phone="514.555.0190",
       mobilephone=""),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h100-19-mc-vip-stage", H, M, """\
Hello – a Mailchimp one. We'd rather not add anyone without a company name, so please exclude any \
HubSpot contact whose company name is blank (spaces only counts as blank). For everyone else: the \
email into the member's email address as it is, status ‘subscribed’ for all of them, and the `vip` \
flag set to true where the lifecycle stage is ‘customer’ or ‘evangelist’ – false for every other \
stage. That's all we need on the member. Cheers, Tom""", extended(
    HS,
    hs(email="hannah.wells@orchardlane.com", firstname="Hannah", lastname="Wells", company="Orchard Lane",
       lifecyclestage="customer"),
    hs(email="tobias.kraus@kraushaus.de", firstname="Tobias", lastname="Kraus", company="Kraus Haus",
       lifecyclestage="evangelist"),
    hs(email="lucy.ng@harbourview.hk", firstname="Lucy", lastname="Ng", company="   ", lifecyclestage="customer"),
))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h100-20-mc-org-tag-vip", H, M, """\
Hi team. For the newsletter list we'd like the names tidied into title case – capital first letter of \
every word, the rest lower case – in the `FNAME` and `LNAME` merge fields, from the HubSpot first and \
last name. Each member should also get exactly one tag naming their organisation: the HubSpot company \
name, or, where that's blank, the part of their email address after the @ (the domain will do as a \
stand-in). Finally `vip` should be true for contacts whose annual revenue is more than 1,000,000 and \
false otherwise, a blank revenue counting as false. The email itself goes into the email address \
unchanged. Cheers, Tom""", extended(
    lower_emails(HS),
    hs(email="tariq.aziz@copperkettle.co.uk", firstname="TARIQ", lastname="aziz", company="  ",
       annualrevenue="950000"),
))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["annualrevenue"], 1_000_000)}


# ------------------------------------------------------------------------ hubspot -> Segment

@case("h100-21-seg-full-name", H, S, """\
Hello all – Segment now. For each HubSpot contact we'd like an identify call whose `userId` is the \
email address in lower case, and with the following traits: `email`, also the lower-cased email; \
`firstName` and `lastName`, the first and last names exactly as they are; and `name`, which should be \
the first name, a single space, then the last name, joined as they stand with no tidying (every \
contact has both names, I've checked). No other traits, if it's not too much bother. Cheers, Tom""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"].lower(), "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h100-22-seg-company-traits", H, S, """\
Hi both. On the identify calls we'd ideally like the company information nested under the `company` \
trait, as Segment's spec has it. The `userId` is simply the HubSpot email, unchanged. Then, inside \
company: a) `name` from the HubSpot company name, defaulting to ‘Independent’ where it's blank (we have \
a good many sole traders); b) `industry` from the industry field, left out entirely when blank; c) \
`employee_count` from the number of employees as a whole number, again left out when blank. No \
other traits, and nothing outside `traits` bar the userId. Cheers, Tom""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h100-23-seg-address-phone", H, S, """\
Hello – the address and phone traits for Segment, please. `userId` is the email, as it is. The \
`address` trait should be an object holding `street` (from the HubSpot street address), `city`, \
`postalCode` (from the postal code) and `country`, all copied as they are, plus `state` from the \
state/region field – except that `state` is left out where it's blank rather than sent empty. The \
`phone` trait should be in E.164: use the HubSpot phone number, falling back to the mobile phone number \
when it's empty; treat the number as US (+1) unless it already starts with a plus; and if the \
contact has neither number, leave the `phone` trait off. Nothing else. Cheers, Tom""", extended(
    HS,
    hs(email="ada.finch@larkspur.co.uk", firstname="Ada", lastname="Finch", phone="", mobilephone="",
       address="3 Mill Row", city="Bristol", state="", zip="BS1 4DJ", country="United Kingdom"),
    hs(email="cal.reyes@mesaverde.com", firstname="Cal", lastname="Reyes", phone="",
       mobilephone="(503) 555-0100", address="88 Alder St", city="Portland", state="OR", zip="97205"),
))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                                        "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h100-24-seg-optout-revenue", H, S, """\
Hi all. One or two of the HubSpot emails have stray spaces and odd capitals, so we'd like the Segment \
`userId` to be the email with leading and trailing spaces trimmed and then lower-cased. Traits: `title` \
from the job title field as it is (blank if HubSpot has it blank); a custom `emailOptOut` trait that is \
true when the unsubscribed-from-all-email field reads ‘true’, and false when it reads ‘false’ or is \
blank; and a custom `annualRevenue` trait holding the annual revenue as a number – in the event that \
the revenue is blank, leave `annualRevenue` off altogether. Those three traits and the userId, nothing \
else. Cheers, Tom""", extended(
    HS,
    hs(email="  Sam.Hughes@Brackenridge.co.uk ", firstname="Sam", lastname="Hughes", jobtitle="Buyer",
       hs_email_optout="false", annualrevenue="640000.5"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "emailOptOut": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------------------- hubspot -> GA4

@case("h100-25-ga4-contact-synced", H, G, """\
Hello – GA4, which I gather is the fiddly one. For every HubSpot contact we'd like one Measurement \
Protocol event named ‘contact_synced’, with the `client_id` set to the contact's email exactly as it \
is. The event's params: `source`, always the text ‘hubspot’; `job_title`, the job title in lower case \
– save for when the job title is blank, in which case leave `job_title` out of the params; and \
`created_date`, the contact's HubSpot create date as YYYY-MM-DD. Nothing else on the event or the \
payload, please. Cheers, Tom""", HS)
def o25(r: R) -> Out:
    params = keep({"source": "hubspot", "job_title": omit_if_blank(r["jobtitle"], str.lower),
                   "created_date": day(r["createdate"])})
    return {"client_id": r["email"], "events": [{"name": "contact_synced", "params": params}]}


@case("h100-26-ga4-qualified-value", H, G, """\
Hi both. The client's analytics lead would like a ‘qualified_lead’ event in GA4, but only for contacts \
whose annual revenue is more than 1,000,000 – anyone with a blank revenue is excluded along with the \
smaller ones. The `client_id` should be the part of the contact's email before the @. The event's \
params: `value`, the annual revenue as a number, and `currency`, always ‘USD’. That's all – no \
further params. Cheers, Tom""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h100-27-ga4-event-by-stage", H, G, """\
Hello again. One event per HubSpot contact into GA4, please, whose name depends on the lifecycle \
stage: ‘close_convert_lead’ where the stage is ‘customer’, and ‘generate_lead’ for every other stage. \
`client_id` is the email, unchanged. Params: `lead_source` from HubSpot's original source, with \
‘UNKNOWN’ put in where that's blank; and `company`, the company name copied as it is (an empty company \
name stays empty – we'd rather see the gap in the reports). Nothing more. Cheers, Tom""", HS)
def o27(r: R) -> Out:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"lead_source": dflt(r["hs_analytics_source"], "UNKNOWN"),
                                                 "company": r["company"]}}]}


# ------------------------------------------------------------------------ Lead -> hubspot

@case("h100-28-hs-from-lead-copies", L, H, """\
Hi all – now the other direction, Salesforce leads into HubSpot contacts, and this first one is \
deliberately plain. Please copy, with no changes whatsoever: the email into `email`, `FirstName` into \
the first name, `LastName` into the last name, `Company` into the company name, `Title` into the job \
title, `Phone` into the phone number, `City` into the city, `PostalCode` into the postal code and \
`Country` into the country/region field. Where a Salesforce value is empty – and several are – the \
empty value goes over as it is; no defaults. Nothing else. Cheers, Tom""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"], "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h100-29-hs-lead-status", L, H, """\
Hello – the lead status, please. Salesforce's `Status` should be translated into HubSpot's lead status \
as follows (those are all four values Salesforce allows): ‘Open - Not Contacted’ becomes ‘NEW’, \
‘Working - Contacted’ becomes ‘ATTEMPTED_TO_CONTACT’, ‘Closed - Converted’ becomes ‘CONNECTED’ and \
‘Closed - Not Converted’ becomes ‘UNQUALIFIED’. The email goes into `email` as it is, and \
`HasOptedOutOfEmail` should set HubSpot's unsubscribed-from-all-email field to the text ‘true’ or \
‘false’ accordingly (as a string, since that's how HubSpot stores it). Just those three. Cheers, Tom""",
    SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h100-30-hs-stage-from-rating", L, H, """\
Hi both. We'd ideally like HubSpot's lifecycle stage set from the Salesforce lead's `Rating`: ‘Hot’ → \
‘salesqualifiedlead’, ‘Warm’ → ‘marketingqualifiedlead’, ‘Cold’ → ‘lead’ (every lead we sync has one \
of the three). The annual revenue should go into HubSpot's annual revenue as a number, save for when \
Salesforce has it blank – then leave the field off the contact. And the email, lower-cased, into \
`email`. Nothing else. Cheers, Tom""", extended(
    SFL,
    sfl(Email="Tom.Reid@KestrelAir.co.uk", FirstName="Tom", LastName="Reid", Company="Kestrel Air",
        Rating="Warm", AnnualRevenue="750000.5"),
))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h100-31-hs-uk-leads", L, H, """\
Hello – this one's for our London team, so only leads whose `Country` is ‘United Kingdom’ should come \
across into HubSpot; everyone else is to be left alone. For the UK leads: the email into `email` as \
it is; the phone number into `phone` in E.164 (a UK number, so +44 with the leading 0 dropped – unless \
the number already starts with a plus, in which case leave its country code be); the postcode into \
`zip` in upper case; and the job title into `jobtitle`, defaulting to ‘Unknown’ where the lead has \
no title. Every UK lead has a phone number, so no fallback needed there. Cheers, Tom""", extended(
    SFL,
    sfl(Email="fiona.grant@thistlebank.co.uk", FirstName="Fiona", LastName="Grant", Company="Thistle Bank",
        Country="United Kingdom", Phone="0131 496 0022", PostalCode="eh1 1yz", Title=""),
    sfl(Email="raj.patel@mancunianmills.co.uk", FirstName="Raj", LastName="Patel", Company="Mancunian Mills",
        Country="United Kingdom", Phone="+44 161 496 0753", PostalCode="M1 1AE", Title="Buyer"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h100-32-hs-address-line", L, H, """\
Hi all. Please bring Salesforce leads into HubSpot bar those whose `Status` is ‘Closed - Not \
Converted’ – those we'd rather not clutter HubSpot with. For the rest: the email into `email` \
unchanged; the title into the job title field, or ‘Not given’ where the title is blank; and HubSpot's \
street address made of the Salesforce street, a comma and a space, then the city – e.g. ‘200 Lake St, \
Chicago’. In the event that the street is blank, the street address should just be the city on its \
own, with no stray comma (every lead has a city). Nothing else. Cheers, Tom""", extended(
    SFL,
    sfl(Email="megan.hughes@dragonfly.wales", FirstName="Megan", LastName="Hughes", Company="Dragonfly",
        Street="", City="Cardiff", Status="Working - Contacted", Title=""),
    sfl(Email="bram.devries@polder.nl", FirstName="Bram", LastName="de Vries", Company="Polder BV",
        Street="   ", City="Utrecht", Status="Open - Not Contacted", Title="Planner"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not given"), "address": addr}


# ---------------------------------------------------------------------- Contact -> Mailchimp

@case("h100-33-mc-optout-status-tags", C, M, """\
Hello – Salesforce contacts into Mailchimp. The email address should be lower-cased before it becomes \
the member's email address. The member's status follows `HasOptedOutOfEmail`: ‘unsubscribed’ when it's \
true, ‘subscribed’ when it's false. Tags: every member gets ‘Salesforce’, and those whose lead source \
is ‘Trade Show’ get ‘Trade Show’ as a second tag after it – a blank or any other lead source means just \
the one tag. That's the lot. Cheers, Tom""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h100-34-mc-phone-language", C, M, """\
Hi both. For this audience we need a phone number, so please exclude any Salesforce contact whose \
`Phone` is blank. For the others: the email into the member's email address unchanged; the phone into \
the `PHONE` merge field in E.164, treated as a US (+1) number unless it already starts with a plus; \
and the member's `language` set from the mailing country – ‘Germany’ → ‘de’, ‘Austria’ → ‘de’, \
‘United States’ → ‘en’ (those are the only countries we have on this list, so no need for a catch-all). \
Nothing else. Cheers, Tom""", extended(
    SFC,
    sfc(Email="jonas.becker@spreewerk.de", FirstName="Jonas", LastName="Becker", Phone="",
        MailingCountry="Germany"),
    sfc(Email="ava.collins@lakeshore.com", FirstName="Ava", LastName="Collins", Phone="  ",
        MailingCountry="United States"),
    sfc(Email="mia.schulz@havelhaus.de", FirstName="Mia", LastName="Schulz", Phone="+49 30 5555 0123",
        MailingCountry="Germany"),
))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h100-35-mc-cto-vip", C, M, """\
Hello again. The client's product is aimed squarely at CTOs, so we'd like Mailchimp's `vip` flag true \
for contacts whose `Title` is exactly ‘CTO’, and false for everyone else – a blank title included. The \
`FNAME` merge field takes the first name, but where that's blank please put ‘there’ instead (so the \
emails read ‘Hi there’ rather than ‘Hi ,’). The email goes into the email address as it is, and \
status is ‘subscribed’ for all of them. That's everything. Cheers, Tom""", extended(
    SFC,
    sfc(Email="k.obrien@westwind.ie", FirstName="", LastName="OBrien", Title="CTO"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "there")},
            "vip": r["Title"] == "CTO", "status": "subscribed"}


@case("h100-36-mc-opted-in-only", C, M, """\
Hi all – only contacts who have not opted out of email, please (i.e. `HasOptedOutOfEmail` false); the \
opted-out ones are to be skipped entirely. Those that come through want the email as the member's \
email address and the first and last names into `FNAME` and `LNAME`, all as they are; status \
‘subscribed’ and `language` ‘en’ for everyone; and an explicitly empty tag list, as we're wiping the \
old tags. Nothing else. Cheers, Tom""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ----------------------------------------------------------------------- Contact -> Segment

@case("h100-37-seg-contact-basics", C, S, """\
Hello – Salesforce contacts into Segment as identify calls. The `userId` should be the email in \
lower case. Traits: `email`, the email exactly as Salesforce has it (capitals and all – the CRM team \
want to see the original); `firstName` and `lastName`, copied as they are; and `title` from the \
contact's title, save for when that's blank, in which case leave the `title` trait out. Nothing else. \
Cheers, Tom""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h100-38-seg-contact-address", C, S, """\
Hi both. For the Segment identify calls, `userId` is the Salesforce email as it is. We'd also like \
an `address` trait with two things inside it: `city`, from the mailing city with any leading or \
trailing spaces trimmed off; and `country`, from the mailing country, or ‘Unknown’ where that's blank. \
No other traits, if it's not too much bother. Cheers, Tom""", extended(
    SFC,
    sfc(Email="leon.maier@isarwerk.de", FirstName="Leon", LastName="Maier", MailingCity="  Munich ",
        MailingCountry=""),
    sfc(Email="sara.gruber@murtal.at", FirstName="Sara", LastName="Gruber", MailingCity=" Graz",
        MailingCountry="   "),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h100-39-seg-contact-source", C, S, """\
Hello again. Segment identify calls from the Salesforce contacts with `userId` as the email, unchanged, \
and three traits: `phone`, the phone number in E.164 (a US +1 number unless it already starts with a \
plus); `name`, the first name, a space, then the last name; and a custom `lead_source` trait, being \
‘Inbound’ where the lead source is ‘Web’, ‘Events’ where it's ‘Trade Show’, and ‘Other’ for any other \
lead source or a blank one. Cheers, Tom""", extended(
    SFC,
    sfc(Email="noah.king@redwoodgroup.com", FirstName="Noah", LastName="King", Phone="415-555-0166",
        LeadSource="Partner Referral"),
))
def o39(r: R) -> Out:
    src = {"Web": "Inbound", "Trade Show": "Events"}.get(r["LeadSource"], "Other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "lead_source": src}}


# --------------------------------------------------------------------- Mailchimp -> hubspot

@case("h100-40-hs-from-mc-names", M, H, """\
Hi all – last batch, Mailchimp members into HubSpot. The email address goes into `email` as it is. \
The first name (`FNAME`) should be title-cased – capital first letter per word, the rest lower case – \
into the first name field, and likewise `LNAME` into the last name field, save for when `LNAME` is \
blank, in which case leave the last name off the contact. HubSpot's preferred language takes the \
member's `language`, or ‘en’ where that's blank. And the unsubscribed-from-all-email field should be \
the text ‘true’ for members whose status is ‘unsubscribed’ and ‘false’ for every other status. \
Cheers, Tom""", extended(
    MC,
    mc({"FNAME": "OLIVIA", "LNAME": "bright"}, email_address="olivia.bright@sunnyside.co.uk", status="pending",
       language=""),
))
def o40(r: R) -> Out:
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h100-41-hs-from-mc-vip", M, H, """\
Hello – Mailchimp members into HubSpot, bar the ‘cleaned’ ones (those addresses bounce, so there's no \
point). For the rest: the email address into `email` and `FNAME` into the first name, both copied as \
they are; the `PHONE` merge field into HubSpot's phone number in E.164 – a US (+1) number unless it \
already starts with a plus – or, where `PHONE` is blank, no phone number on the contact at all; and \
the lifecycle stage set to ‘evangelist’ for members flagged `vip`, ‘subscriber’ for those who aren't. \
Nothing else. Cheers, Tom""", extended(
    MC,
    mc({"FNAME": "Dev", "LNAME": "Shah", "PHONE": "212-555-0133"}, email_address="dev.shah@loomline.com",
       status="pending", vip=True),
    mc({"FNAME": "Zoe", "LNAME": "Ward", "PHONE": "(646) 555-0177"}, email_address="zoe.ward@oldmill.com",
       status="cleaned", vip=False),
))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "phone": omit_if_blank(m["PHONE"], e164),
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h100-42-hs-from-mc-customer-tag", M, H, """\
Hi both – one more, and then I'll leave you in peace. Mailchimp members into HubSpot contacts: the \
email address into `email` as it is; the first name field in HubSpot gets only the first word of \
`FNAME`; the last name gets `LNAME`, but HubSpot's sales views look broken without a surname, so where \
`LNAME` is blank please use the part of the email address after the @ instead (the domain at least \
tells the reps whose they are). Lastly the lifecycle stage should be ‘customer’ for members carrying \
the ‘Customer’ tag and ‘lead’ for everyone else (no tags at all counts as everyone else). That's the \
lot – thanks so much for bearing with all of this. Cheers, Tom""", extended(
    MC,
    mc({"FNAME": "Anna Maria", "LNAME": ""}, email_address="anna.conti@villaverde.it",
       tags=["Webinar", "Customer"]),
))
def o42(r: R) -> Out:
    m = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(m["FNAME"]),
            "lastname": dflt(m["LNAME"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set100")
