"""Held-out set 58 for the offline mapping drafter.

Persona: a marketing-operations lead in Edinburgh who documents every sync as a short internal FAQ
for the team: question-and-answer pairs ("Q: What do we match on? A: The email address." /
"What goes into Title? - Their job title; if they haven't given one, 'Unknown'."), British
spelling, sometimes a one-line intro. Every answer is ordinary prose, never field syntax. Many of
her contacts are Scottish, so UK phone numbers and 'United Kingdom' defaults turn up often.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h58-01 .. h58-08)
  hubspot.contacts -> salesforce.Contact   6  (h58-09 .. h58-14)
  hubspot.contacts -> mailchimp.members    6  (h58-15 .. h58-20)
  hubspot.contacts -> segment.identify     4  (h58-21 .. h58-24)
  hubspot.contacts -> ga4.events           3  (h58-25 .. h58-27)
  salesforce.Lead  -> hubspot.contacts     5  (h58-28 .. h58-32)
  salesforce.Contact -> mailchimp.members  4  (h58-33 .. h58-36)
  salesforce.Contact -> segment.identify   3  (h58-37 .. h58-39)
  mailchimp.members -> hubspot.contacts    3  (h58-40 .. h58-42)

Rule kinds per case:
  01 copies (one blank), constant            22 nested company traits, default, omit-when-empty x2, whole number
  02 defaults x2, copy omitted when blank    23 nested address, omit-when-empty, E.164 US w/ fallback, lower
  03 fallback chain + omit, title case x2    24 trim+lower userId, boolean (blank branch), number + omit
  04 lower, value table w/ otherwise         25 GA4: constant client_id, constant event, lower, copy, after @
  05 skip filter (blank stated), copy, const 26 GA4: > filter (blank stated), before @, constant, number
  06 > condition (blank stated), integer+omit 27 GA4: conditional event name, default, date
  07 E.164 UK, omit-when-empty, title case   28 copies (blanks included), constant
  08 only filter, upper, concat + date       29 value table (no otherwise), "true"/"false" text
  09 copies into Mailing*, default           30 lower, value table (no otherwise), number + omit
  10 boolean flags (equals w/ blank, empty)  31 only filter (blank stated), E.164 UK, upper, default
  11 fallback chain to part before @, const  32 skip filter, concat, default
  12 table (no otherwise), upper + omit      33 lower, boolean -> status, constant + conditional tag
  13 only filter, lower, fallback, constant  34 skip filter (empty), E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise    35 default, copy, equality -> vip, constant
  15 copies, constant, default               36 only filter, constants, empty tag list, copies
  16 3-way status (blank stated), tag        37 lower userId, copies, omit-when-empty x2
  17 conditional tags (> w/ blank, equals)   38 nested address, trim, default, custom trait copy
  18 first word, E.164 UK w/ fallback + omit 39 E.164 UK, concatenation, table w/ otherwise
  19 skip filter, constant, vip by stage     40 title case, omit-when-empty, default, "true"/"false"
  20 fallback to part before @, title, > vip 41 skip filter, E.164 US + omit, copy, vip condition
  21 lower userId, copies, concatenation     42 first word, fallback to part after @, tag condition
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def T(s: str) -> str:
    return textwrap.dedent(s).strip()


# A Scottish HubSpot contact to vary the shared pool from (every field present).
UK_HS: R = {
    "email": "fiona.campbell@leithmarine.co.uk", "firstname": "Fiona", "lastname": "Campbell", "company": "Leith Marine",
    "phone": "0131 496 0018", "mobilephone": "07700 900123", "jobtitle": "Marketing Manager",
    "hs_analytics_source": "EMAIL_MARKETING", "lifecyclestage": "lead", "country": "United Kingdom",
    "city": "Edinburgh", "state": "", "zip": "EH6 6JJ", "address": "14 Commercial St", "annualrevenue": "3200000",
    "numemployees": "65", "industry": "Marine", "website": "https://leithmarine.co.uk",
    "createdate": "2024-02-19T13:20:00.000Z", "hs_email_optout": "false",
}


def uk(**kw: Any) -> R:
    """A full HubSpot contact record based on the Scottish one."""
    return {**UK_HS, **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[3], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(merge: dict[str, str], **kw: Any) -> R:
    base = {**MC[0], **kw}
    base["merge_fields"] = {**MC[0]["merge_fields"], **merge}
    return base


def with_lang(pool: list[R], langs: list[str]) -> list[R]:
    return [{**r, "hs_language": lang} for r, lang in zip(pool, langs, strict=True)]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h58-01-basic-lead-copies", H, L, T("""
    FAQ: HubSpot contacts into Salesforce as leads (the basic sync).

    Q: What do we match on?
    A: The email address, copied over exactly as it is in HubSpot.

    Q: Which name fields come across?
    A: First name and last name, both untouched.

    Q: What about the organisation?
    A: The company name goes straight into Company.

    Q: Is anything set the same for everyone?
    A: Yes, every lead's lead source is 'Web'.
    """), HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h58-02-title-company-defaults", H, L, T("""
    Q: How do we spot a lead that's already in Salesforce? A: By email: the contact's email goes into the lead's Email field unchanged.
    Q: What goes into Title? A: Their job title; if they haven't given one, 'Unknown'.
    Q: And Company? A: The company name. Salesforce won't save a lead without one, so where it's blank we put 'Not supplied'.
    Q: Do we send the city? A: Yes, as it stands, but only when there is one. No city, no City field on the lead.
    """), extended(HS[:4], uk(email="sandy.mcleod@thistlecraft.co.uk", firstname="Sandy", lastname="McLeod",
                              company="   ", jobtitle="  ", city="")))
def _(r: R) -> R:
    return keep({"Email": r["email"], "Title": dflt(r["jobtitle"], "Unknown"), "Company": dflt(r["company"], "Not supplied"),
                 "City": OMIT if blank(r["city"]) else r["city"]})


@case("h58-03-phone-fallback-title-case", H, L, T("""
    Leads from HubSpot: phone and name clean-up.

    What do we match on? — The email address, exactly as HubSpot holds it.
    Which number goes into Phone? — Their office phone. If that's empty, use their mobile instead, and if they have neither, leave Phone off the lead entirely.
    How should the names look? — First name and last name both go in title case (a capital at the start of each word, the rest lower case). Plenty of people fill in our forms in block capitals.
    """), extended([HS[0], HS[2], HS[3]],
                   uk(email="angus.mackay@cairngormguides.co.uk", firstname="ANGUS", lastname="mackay", phone="", mobilephone=""),
                   uk(email="eilidh.morrison@portobellobakes.co.uk", firstname="eilidh", lastname="MORRISON", phone="  ",
                      mobilephone="07700 900321")))
def _(r: R) -> R:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": phone, "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h58-04-lower-email-source-table", H, L, T("""
    Q: What's the match key?
    A: The email address, lower-cased on the way through so it lines up with what Sales already has in Salesforce.

    Q: How is LeadSource worked out?
    A: From HubSpot's original source. ORGANIC_SEARCH becomes Web, PAID_SEARCH becomes Advertisement, REFERRALS becomes Partner Referral and OFFLINE becomes Trade Show. Any other source, or no source at all, goes in as Other.
    """), extended(HS, uk(email="Morag.Baird@GlenAlba.co.uk", firstname="Morag", lastname="Baird", company="Glen Alba Distillers",
                          hs_analytics_source="OFFLINE")))
def _(r: R) -> R:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h58-05-skip-opted-out", H, L, T("""
    Who gets skipped? Anyone who has opted out of email, i.e. hs_email_optout is "true". If the opt-out field is blank we treat them as not opted out, and they come through.
    What do we match on? The email address, as is.
    What goes into Title? Their job title, copied straight across.
    Anything fixed? Status is always 'Open - Not Contacted' for these new leads.
    """), HS)
def _(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Title": r["jobtitle"], "Status": "Open - Not Contacted"}


@case("h58-06-rating-by-revenue-headcount", H, L, T("""
    Q: Which field is the key? A: Email, unchanged.
    Q: How is Rating set? A: From annual revenue. More than 5 million is Hot; 5 million or under is Warm. If HubSpot has no revenue figure at all, the lead is Cold.
    Q: What about headcount? A: NumberOfEmployees takes the number of employees as a whole number. Where that's blank, leave it off.
    """), extended(HS, uk(email="hamish.reid@forthtech.co.uk", firstname="Hamish", lastname="Reid", company="Forth Tech",
                          annualrevenue="7500000", numemployees="130")))
def _(r: R) -> R:
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h58-07-uk-mobile-e164-city", H, L, T("""
    This one feeds the Scottish events list into Salesforce leads.

    Q: What do we match on?
    A: The email address, as it is.

    Q: What format does the mobile number need to be in?
    A: Full international E.164, e.g. +447700900123. Anything without a country code is a UK number. If someone has no mobile, don't set MobilePhone at all.

    Q: Anything else?
    A: City, in title case please; the badge scanner makes a mess of the capitals.
    """), [uk(city="EDINBURGH"),
           uk(email="callum.ross@clydeworks.co.uk", firstname="Callum", lastname="Ross", mobilephone="+44 7700 900456", city="glasgow"),
           uk(email="isla.grant@fifeprint.co.uk", firstname="Isla", lastname="Grant", mobilephone="", city="st andrews"),
           {**HS[4]},
           uk(email="rory.fraser@taysidefoods.co.uk", firstname="Rory", lastname="Fraser", mobilephone="07911 123456", city="DUNDEE")])
def _(r: R) -> R:
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "44"),
                 "City": title(r["city"])})


@case("h58-08-sql-only-state-description", H, L, T("""
    Q: Who comes across?
    A: Only contacts at the salesqualifiedlead stage. Everyone else stays in HubSpot for now.

    Q: How do we avoid duplicates?
    A: We key on their email address.

    Q: What goes in State?
    A: The state or region, in capital letters; if they haven't filled it in, it just goes across blank.

    Q: And Description?
    A: The words 'In HubSpot since ' followed by the date the contact was created, written as YYYY-MM-DD (so it reads like 'In HubSpot since 2023-12-05').
    """), extended([HS[0], HS[1], HS[3], HS[4]],
                   uk(email="kirsty.wallace@pentlandhomes.co.uk", firstname="Kirsty", lastname="Wallace",
                      lifecyclestage="salesqualifiedlead", state="midlothian", createdate="2024-04-22T12:30:00.000Z"),
                   uk(email="euan.stewart@northbergolf.co.uk", firstname="Euan", lastname="Stewart",
                      lifecyclestage="salesqualifiedlead", state="", createdate="2023-09-11T14:00:00.000Z")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {"Email": r["email"], "State": r["state"].upper(), "Description": "In HubSpot since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h58-09-mailing-address-country-default", H, C, T("""
    Syncing HubSpot contacts to Salesforce Contacts: address details.

    What do we match on? — The email address.
    Where does the postal address go? — Street address into MailingStreet, city into MailingCity, postcode into MailingPostalCode and country into MailingCountry, all as they are.
    What if the country is missing? — Put 'United Kingdom'; nearly all our blanks are home-grown.
    """), extended([HS[0], HS[2], HS[4]], uk(),
                   uk(email="graeme.hunter@granitecity.co.uk", firstname="Graeme", lastname="Hunter", country="",
                      city="Aberdeen", zip="AB10 1XG", address="3 Union St")))
def _(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingPostalCode": r["zip"],
            "MailingCountry": dflt(r["country"], "United Kingdom")}


@case("h58-10-optout-and-donotcall-flags", H, C, T("""
    Q: What ties a HubSpot contact to its Salesforce Contact?
    A: Email address.

    Q: How do we fill in HasOptedOutOfEmail?
    A: Tick it (true) when HubSpot's hs_email_optout says "true"; otherwise it's false. A blank there means they haven't opted out.

    Q: And DoNotCall?
    A: True when there's no office phone number on the contact, false when there is one.

    Q: Surname?
    A: Last name goes into LastName unchanged.
    """), extended(HS, uk(email="ailsa.douglas@borderwool.co.uk", firstname="Ailsa", lastname="Douglas", phone="   ",
                          hs_email_optout="")))
def _(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"]),
            "LastName": r["lastname"]}


@case("h58-11-lastname-fallback-chain", H, C, T("""
    Q: What do we match on? A: The email address, unchanged.
    Q: LastName is mandatory in Salesforce, so what goes in it? A: Their last name. If that's blank, their first name; and if both are blank, the part of the email address before the @.
    Q: Department? A: Always 'Marketing' for anything coming out of HubSpot.
    """), extended(lower_emails(HS[:3]),
                   uk(email="jamie@skyeknitwear.co.uk", firstname="Jamie", lastname=""),
                   uk(email="info.desk@highlandhoney.co.uk", firstname="", lastname=" ")))
def _(r: R) -> R:
    last = r["lastname"] if not blank(r["lastname"]) else (r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]))
    return {"Email": r["email"], "LastName": last, "Department": "Marketing"}


@case("h58-12-source-table-state-upper", H, C, T("""
    Q: Which field do we key on?
    A: The contact's email address.

    Q: How does LeadSource get filled?
    A: It's a straight translation of HubSpot's original source: ORGANIC_SEARCH is Web, PAID_SEARCH and PAID_SOCIAL are both Advertisement, REFERRALS is Partner Referral and EMAIL_MARKETING is Email.

    Q: MailingState?
    A: The state, converted to upper case. If the contact has no state, leave MailingState off.
    """), extended([HS[0], HS[1], HS[3], HS[4]], uk(state="lothian"),
                   uk(email="neil.ogilvie@kingdomcoffee.co.uk", firstname="Neil", lastname="Ogilvie",
                      hs_analytics_source="PAID_SEARCH", state="Fife")))
def _(r: R) -> R:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral", "EMAIL_MARKETING": "Email"}
    return keep({"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]],
                 "MailingState": OMIT if blank(r["state"]) else r["state"].upper()})


@case("h58-13-uk-only-phone-fallback", H, C, T("""
    Who's included? Only contacts whose country is United Kingdom; anyone with another country, or none, is left out.
    What's the match key? Their email, in lower case.
    Which phone number do we use? The office phone if there is one, otherwise the mobile, exactly as typed.
    Anything else? The Description on every contact reads 'Synced from HubSpot'.
    """), [{**HS[0]},
           uk(email="Fiona.Campbell@LeithMarine.co.uk"),
           uk(email="ROSS.KERR@Kelpie-Design.co.uk", firstname="Ross", lastname="Kerr", phone="", mobilephone="07700 900654"),
           uk(email="graeme.hunter@granitecity.co.uk", firstname="Graeme", lastname="Hunter", country=""),
           {**HS[4]},
           uk(email="Mhairi.Dunn@ClydesideArts.org.uk", firstname="Mhairi", lastname="Dunn", phone="0141 496 0077",
              mobilephone="")])
def _(r: R) -> R | None:
    if r["country"] != "United Kingdom":
        return None
    return {"Email": r["email"].lower(), "Phone": r["phone"] if not blank(r["phone"]) else r["mobilephone"],
            "Description": "Synced from HubSpot"}


@case("h58-14-trim-title-stage-note", H, C, T("""
    Q: What do we match on?
    A: The email address with any stray spaces trimmed off the ends (copy-and-paste from spreadsheets leaves a few).

    Q: How should FirstName look?
    A: Title case: a capital first letter on each word, everything else lower case.

    Q: What goes into Description?
    A: A short note based on the lifecycle stage: customer becomes 'Existing customer', evangelist becomes 'Advocate', and every other stage is 'Prospect'.
    """), [{**HS[2], "email": "maria.garcia@fiestafoods.mx  "},
           {**HS[0]},
           uk(email=" fiona.campbell@leithmarine.co.uk ", firstname="FIONA", lifecyclestage="evangelist"),
           uk(email="mary.ann.kerr@kelpie-design.co.uk  ", firstname="mary ann", lastname="Kerr", lifecyclestage="opportunity"),
           {**HS[4]}])
def _(r: R) -> R:
    note = {"customer": "Existing customer", "evangelist": "Advocate"}.get(r["lifecyclestage"], "Prospect")
    return {"Email": r["email"].strip(), "FirstName": title(r["firstname"]), "Description": note}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h58-15-newsletter-language-default", H, M, T("""
    Mailchimp newsletter audience, fed from HubSpot.

    Q: How does Mailchimp know who's who?
    A: By email address: HubSpot's email goes into email_address as it is.

    Q: Which merge fields do we fill?
    A: FNAME from first name and LNAME from last name, no changes.

    Q: What status do people get?
    A: Subscribed, all of them.

    Q: And language?
    A: Their preferred language from HubSpot; if it's blank, 'en'.
    """), with_lang(HS, ["en", "ja", "", "  ", "fr"]))
def _(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r["hs_language"], "en")}


@case("h58-16-three-way-status-tag", H, M, T("""
    What do we match on? — The email address.
    What status does a member get? — It depends on HubSpot's email opt-out: "true" means unsubscribed, "false" means subscribed, and if it's blank they go in as pending so Mailchimp asks them to confirm.
    Any tags? — Just the one, 'hubspot-sync', on everybody.
    """), extended(HS, uk(email="ailsa.douglas@borderwool.co.uk", firstname="Ailsa", lastname="Douglas", hs_email_optout="")))
def _(r: R) -> R:
    v = r["hs_email_optout"]
    status = "unsubscribed" if v == "true" else ("pending" if blank(v) else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h58-17-enterprise-customer-tags", H, M, T("""
    Q: What's the key field?
    A: The email address, copied across as it is.

    Q: Which tags go on?
    A: Everybody gets 'Newsletter' first. Companies with more than 100 employees add 'Enterprise' after it, and customers (lifecycle stage customer) add 'Customer' at the end. If the employee count is blank, there's no 'Enterprise' tag.

    Q: Status?
    A: Subscribed for everyone.
    """), extended(HS, uk(email="duncan.munro@caledoniancloud.co.uk", firstname="Duncan", lastname="Munro",
                          numemployees="420", lifecyclestage="customer")))
def _(r: R) -> R:
    tags = ["Newsletter"]
    if not blank(r["numemployees"]) and float(r["numemployees"]) > 100:
        tags.append("Enterprise")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags, "status": "subscribed"}


@case("h58-18-first-word-uk-mobile", H, M, T("""
    This is the Edinburgh events audience, so nearly every number is a UK one.

    Q: What do we match on? A: The contact's email address.
    Q: What goes into FNAME? A: Only the first word of their first name. People put their full name in that box more often than you'd think.
    Q: And PHONE? A: Their mobile in E.164 format (e.g. +447700900123), treating anything without a country code as a UK number. No mobile? Use the office phone instead, same format. If both are blank, leave PHONE out.
    """), [uk(firstname="Fiona Jane"),
           uk(email="callum.ross@clydeworks.co.uk", firstname="Callum", lastname="Ross", mobilephone="", phone="0131 496 0042"),
           uk(email="isla.grant@fifeprint.co.uk", firstname="Isla Rose Mary", lastname="Grant", mobilephone="+44 7700 900456"),
           uk(email="rory.fraser@taysidefoods.co.uk", firstname="Rory", lastname="Fraser", mobilephone="", phone=""),
           {**HS[4]}])
def _(r: R) -> R:
    num_ = r["mobilephone"] if not blank(r["mobilephone"]) else (r["phone"] if not blank(r["phone"]) else None)
    return keep({"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
                                                               "PHONE": OMIT if num_ is None else e164(num_, "44")}})


@case("h58-19-skip-other-stage-vip", H, M, T("""
    Who gets skipped? Anyone whose lifecycle stage is 'other' (suppliers and the like); they never go into Mailchimp.
    What's the match key? The email address, as is.
    What status? Everyone we send is subscribed.
    Who's a VIP? Customers and evangelists get vip set to true; every other stage is false.
    """), extended([HS[0], HS[2], HS[3], HS[4]],
                   uk(email="stuart.lang@printworks-leith.co.uk", firstname="Stuart", lastname="Lang", lifecyclestage="other"),
                   uk(email="catriona.mair@moraycrafts.co.uk", firstname="Catriona", lastname="Mair", lifecyclestage="evangelist")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] == "other":
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h58-20-fname-fallback-big-revenue-vip", H, M, T("""
    Q: How are members matched up?
    A: On the email address.

    Q: What goes into FNAME?
    A: Their first name. If HubSpot hasn't got one, use the bit of the email address before the @ instead.

    Q: How does LNAME look?
    A: Surname in title case.

    Q: Who is flagged as VIP?
    A: Contacts whose annual revenue is more than 10 million get vip true. Everyone else, including anyone with no revenue recorded, gets false.
    """), extended(lower_emails(HS),
                   uk(email="sales@macdonaldhotels-demo.co.uk", firstname="  ", lastname="MACDONALD", annualrevenue="15000000")))
def _(r: R) -> R:
    v = rev(r)
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], before_at(r["email"])), "LNAME": title(r["lastname"])},
            "vip": v is not None and v > 10_000_000}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h58-21-seg-surname-first-name", H, S, T("""
    Segment identify calls from HubSpot.

    Q: What do we match on?
    A: userId, which is the contact's email in lower case.

    Q: What goes in traits?
    A: email (the address as HubSpot has it), title from the job title, and name written surname first: last name, a comma and a space, then first name, e.g. 'Raman, Priya'.

    Q: Phone?
    A: traits.phone is the office phone, copied as is.
    """), HS)
def _(r: R) -> R:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "title": r["jobtitle"],
                                                     "name": r["lastname"] + ", " + r["firstname"], "phone": r["phone"]}}


@case("h58-22-seg-company-traits", H, S, T("""
    Q: Which id do we use? A: userId, set to the email address exactly as it is.
    Q: What goes under traits.company? A: name is the company name, or 'Independent' when there isn't one. industry is copied across, but left out if it's blank. employee_count is the number of employees as a whole number, again left out when blank.
    """), extended(HS, uk()))
def _(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h58-23-seg-address-us-phone", H, S, T("""
    Q: What's the match key?
    A: userId: the email, lower-cased.

    Q: Which address traits do we send?
    A: traits.address.city and traits.address.country straight from HubSpot, plus traits.address.state, but only when the contact actually has a state.

    Q: And traits.phone?
    A: The office phone in E.164 (like +14155550100); anything without a leading + is a US number. If there's no office phone, use the mobile number in the same format.
    """), HS)
def _(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"].lower(), "traits": {
        "address": {"city": r["city"], "country": r["country"], "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": e164(ph, "1")}})


@case("h58-24-seg-optout-revenue", H, S, T("""
    What do we match on? — userId, which is the email with spaces trimmed off and put in lower case.
    What's traits.unsubscribed? — A true/false flag: true if hs_email_optout is "true", false otherwise. A blank counts as false.
    How do we send revenue? — As a trait called annual_revenue, a proper number rather than text. Leave it out if HubSpot has no figure.
    """), [{**HS[0]}, {**HS[1]}, {**HS[2]},
           uk(email="  Fiona.Campbell@LeithMarine.co.uk ", hs_email_optout="true"),
           {**HS[4], "email": "Chloe.Dubois@Lumiere.fr "}])
def _(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h58-25-ga4-sign-up", H, G, T("""
    Offline sign-ups from HubSpot into GA4.

    Q: What's the client_id?
    A: The fixed value 'hubspot-offline' for every contact. That's the match key on the GA4 side.

    Q: Which event do we send?
    A: One sign_up event per contact.

    Q: What params does it carry?
    A: method, which is the original source in lower case; country, copied as is; and email_domain, the part of the email address after the @.
    """), lower_emails([HS[0], HS[1], HS[3], HS[4], UK_HS]))
def _(r: R) -> R:
    return {"client_id": "hubspot-offline", "events": [{"name": "sign_up", "params": {
        "method": r["hs_analytics_source"].lower(), "country": r["country"], "email_domain": after_at(r["email"])}}]}


@case("h58-26-ga4-big-accounts-lead", H, G, T("""
    Q: Which contacts go to GA4?
    A: Only those with annual revenue over 1 million. No revenue on file means they're not sent.

    Q: What's the client_id (our match key)?
    A: The part of the email address before the @.

    Q: What's the event?
    A: generate_lead, with currency 'GBP' and value set to the annual revenue as a number.
    """), extended(lower_emails(HS), uk()))
def _(r: R) -> R | None:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "generate_lead", "params": {
        "currency": "GBP", "value": num(r["annualrevenue"])}}]}


@case("h58-27-ga4-purchase-or-lead", H, G, T("""
    Q: What's the client_id?
    A: Always 'crm-edinburgh'. It's the match key in GA4.

    Q: Which event name?
    A: 'purchase' for contacts whose lifecycle stage is customer, 'generate_lead' for everyone else.

    Q: What params go with it?
    A: job_title, which is their job title, or 'not given' if it's blank; and first_seen, the date the contact was created, as YYYY-MM-DD.
    """), extended(HS, uk(email="duncan.munro@caledoniancloud.co.uk", firstname="Duncan", lastname="Munro", jobtitle=" ",
                          lifecyclestage="customer", createdate="2022-06-30T12:15:00.000Z")))
def _(r: R) -> R:
    return {"client_id": "crm-edinburgh", "events": [{
        "name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
        "params": {"job_title": dflt(r["jobtitle"], "not given"), "first_seen": day(r["createdate"])}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h58-28-leads-back-copies", L, H, T("""
    Salesforce leads back into HubSpot.

    Q: How do we find the right contact in HubSpot?
    A: By email: the lead's Email goes into HubSpot's email, unchanged.

    Q: Which details come back?
    A: First name, last name, company, Title (into jobtitle) and City, all copied exactly as they are, blanks included.

    Q: Anything set for everyone?
    A: lifecyclestage is 'lead' on all of them.
    """), extended(SFL, sfl(Email="morven.gray@kelpiedesign.co.uk", FirstName="Morven", LastName="Gray", Company="Kelpie Design",
                            Title="Designer", City="")))
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "city": r["City"], "lifecyclestage": "lead"}


@case("h58-29-rating-stage-optout-text", L, H, T("""
    What do we match on? — Email.
    How is lifecyclestage set? — From the lead's Rating: Hot is salesqualifiedlead, Warm is marketingqualifiedlead and Cold is lead.
    What about email opt-outs? — hs_email_optout gets the text "true" if the lead has HasOptedOutOfEmail ticked, and the text "false" if not.
    """), extended(SFL, sfl(Email="morven.gray@kelpiedesign.co.uk", FirstName="Morven", LastName="Gray", Rating="Cold",
                            HasOptedOutOfEmail=True)))
def _(r: R) -> R:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return {"email": r["Email"], "lifecyclestage": stage, "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h58-30-status-table-revenue", L, H, T("""
    Q: What do we match on?
    A: The email address, lower-cased.

    Q: How does the lead status translate?
    A: Open - Not Contacted becomes NEW, Working - Contacted becomes IN_PROGRESS, Closed - Converted becomes OPEN_DEAL and Closed - Not Converted becomes UNQUALIFIED. That goes into hs_lead_status.

    Q: Annual revenue?
    A: Into annualrevenue as a number. If the lead has none, leave it off.
    """), extended(SFL, sfl(Email="Morven.Gray@KelpieDesign.co.uk", FirstName="Morven", LastName="Gray",
                            Status="Working - Contacted", AnnualRevenue="1250000.50")))
def _(r: R) -> R:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
          "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return keep({"email": r["Email"].lower(), "hs_lead_status": st,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h58-31-uk-desk-leads", L, H, T("""
    Only for the UK desk.

    Q: Which leads come across?
    A: Only those whose Country is United Kingdom. A blank Country doesn't count, so those stay behind.

    Q: What's the key?
    A: Email address.

    Q: How should the phone look?
    A: Phone goes into phone in E.164, treating any number without a country code as a UK number.

    Q: Postcode?
    A: PostalCode goes into zip, in capitals.

    Q: Job title?
    A: Title into jobtitle; where it's empty, use 'Unknown'.
    """), extended(SFL,
                   sfl(Email="morven.gray@kelpiedesign.co.uk", FirstName="Morven", LastName="Gray", Company="Kelpie Design",
                       Title="", Phone="0131 496 0999", City="Edinburgh", PostalCode="eh1 1yz"),
                   sfl(Email="duncan.munro@caledoniancloud.co.uk", FirstName="Duncan", LastName="Munro",
                       Company="Caledonian Cloud", Title="Head of Digital", Phone="+44 141 496 0123", City="Glasgow",
                       PostalCode="g2 1dh")))
def _(r: R) -> R | None:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h58-32-skip-dead-leads-address", L, H, T("""
    Who gets skipped? Leads with the status 'Closed - Not Converted'. They're dead and we don't want them cluttering HubSpot.
    What do we match on? The lead's email.
    What goes into address? The street and the city together, separated by a comma and a space (e.g. '200 Lake St, Chicago').
    What goes into jobtitle? The lead's Title, or 'Unknown' when there isn't one.
    """), extended(SFL, sfl(Email="morven.gray@kelpiedesign.co.uk", FirstName="Morven", LastName="Gray",
                            Status="Open - Not Contacted", Street="7 Rose St", City="Edinburgh", Title="  ")))
def _(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "address": r["Street"] + ", " + r["City"], "jobtitle": dflt(r["Title"], "Unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h58-33-sfc-status-sales-tag", C, M, T("""
    Salesforce Contacts into Mailchimp.

    Q: What do we match on?
    A: Email address, in lower case.

    Q: Which status?
    A: unsubscribed if HasOptedOutOfEmail is ticked, otherwise subscribed.

    Q: What tags?
    A: 'salesforce' on everyone, and a second tag, 'sales-team', for contacts in the Sales department.
    """), extended(SFC, sfc(Email="Ruaridh.Bell@TweedMills.co.uk", FirstName="Ruaridh", LastName="Bell", Department="Sales",
                            HasOptedOutOfEmail=True, MailingCity="Galashiels", MailingCountry="United Kingdom")))
def _(r: R) -> R:
    tags = ["salesforce"] + (["sales-team"] if r["Department"] == "Sales" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h58-34-sms-list-language-table", C, M, T("""
    Who gets left out? Contacts without a phone number; this list is for the SMS reminders.
    What do we match on? The email address, as is.
    PHONE? The phone number in E.164; numbers with no + in front are US numbers.
    Language? Based on MailingCountry: Germany and Austria are 'de', United States and United Kingdom are 'en', France is 'fr'.
    """), extended(SFC,
                   sfc(Email="pierre.lefevre@vinsdeloire.fr", FirstName="Pierre", LastName="Lefèvre", Phone="",
                       MailingCity="Tours", MailingCountry="France"),
                   sfc(Email="camille.martin@papeterie-lyon.fr", FirstName="Camille", LastName="Martin",
                       Phone="+33 4 72 55 01 23", MailingCity="Lyon", MailingCountry="France"),
                   sfc(Email="ruaridh.bell@tweedmills.co.uk", FirstName="Ruaridh", LastName="Bell", Phone="+44 131 496 0555",
                       MailingCity="Galashiels", MailingCountry="United Kingdom")))
def _(r: R) -> R | None:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "United Kingdom": "en", "France": "fr"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "1")}, "language": lang}


@case("h58-35-friend-default-partner-vip", C, M, T("""
    Q: How do we match people up? A: On the contact's email address.
    Q: FNAME? A: Their first name, or 'Friend' if it's blank, so greetings never look odd.
    Q: LNAME? A: Last name, copied over.
    Q: Who's VIP? A: Anyone whose lead source is Partner Referral; vip is false for everyone else.
    Q: Status? A: subscribed.
    """), extended(SFC,
                   sfc(Email="accounts@tweedmills.co.uk", FirstName="", LastName="Tweed Mills", LeadSource="Partner Referral"),
                   sfc(Email="kirsty.wallace@pentlandhomes.co.uk", FirstName=" ", LastName="Wallace", LeadSource="Web")))
def _(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral", "status": "subscribed"}


@case("h58-36-uk-list-pending-no-tags", C, M, T("""
    Who's in? Only contacts whose MailingCountry is United Kingdom.
    What do we match on? The email address.
    Which fields? FNAME and LNAME from first and last name, as they are.
    Status and language? pending (the UK list is double opt-in) and 'en'.
    Tags? None: send an empty tag list so nothing old carries over.
    """), extended(SFC,
                   sfc(Email="ruaridh.bell@tweedmills.co.uk", FirstName="Ruaridh", LastName="Bell", MailingCity="Galashiels",
                       MailingCountry="United Kingdom"),
                   sfc(Email="kirsty.wallace@pentlandhomes.co.uk", FirstName="Kirsty", LastName="Wallace",
                       MailingCity="Penicuik", MailingCountry="United Kingdom"),
                   sfc(Email="morven.gray@kelpiedesign.co.uk", FirstName="Morven", LastName="", MailingCity="Edinburgh",
                       MailingCountry="United Kingdom")))
def _(r: R) -> R | None:
    if r["MailingCountry"] != "United Kingdom":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h58-37-sfc-seg-names-birthday", C, S, T("""
    Q: What do we match on? A: userId, the email address in lower case.
    Q: Which traits? A: firstName and lastName as they are; title from Title, and birthday from Birthdate, but leave either of those two out when it's blank.
    """), extended(SFC, sfc(Email="Ruaridh.Bell@TweedMills.co.uk", FirstName="Ruaridh", LastName="Bell", Title="",
                            Birthdate="1979-08-14")))
def _(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h58-38-sfc-seg-address-department", C, S, T("""
    What's the match key? — userId, which is simply the contact's email.
    Where does the address go? — Under traits.address: city is the MailingCity with surrounding spaces trimmed off, and country is the MailingCountry, or 'United Kingdom' if that's blank.
    Anything about the department? — Send it as a trait called department, exactly as it is.
    """), extended(SFC,
                   sfc(Email="morven.gray@kelpiedesign.co.uk", FirstName="Morven", LastName="Gray", MailingCity="  Edinburgh ",
                       MailingCountry="", Department="Creative"),
                   sfc(Email="alasdair.ross@highlandcom.co.uk", FirstName="Alasdair", LastName="Ross",
                       MailingCity="Inverness  ", MailingCountry="United Kingdom", Department="")))
def _(r: R) -> R:
    return {"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "United Kingdom")},
        "department": r["Department"]}}


@case("h58-39-sfc-seg-uk-phone-channel", C, S, T("""
    This is the UK contact list, so most numbers are local ones.

    Q: What do we match on? A: userId is the email address, unchanged.
    Q: traits.phone? A: The phone number in E.164; treat anything without a country code as a UK number.
    Q: traits.name? A: First name, a space, then last name.
    Q: Is there a channel trait? A: Yes, traits.channel from the lead source: Web is 'inbound', Trade Show is 'events' and Partner Referral is 'partners'. Any other lead source, or none, is 'other'.
    """), [sfc(Email="ruaridh.bell@tweedmills.co.uk", FirstName="Ruaridh", LastName="Bell", Phone="01896 496 012",
               MailingCity="Galashiels", MailingCountry="United Kingdom", LeadSource="Web"),
           {**SFC[2]},
           sfc(Email="kirsty.wallace@pentlandhomes.co.uk", FirstName="Kirsty", LastName="Wallace", Phone="0131 496 0321",
               MailingCity="Penicuik", MailingCountry="United Kingdom", LeadSource="Partner Referral"),
           sfc(Email="morven.gray@kelpiedesign.co.uk", FirstName="Morven", LastName="Gray", Phone="+44 7700 900789",
               MailingCity="Edinburgh", MailingCountry="United Kingdom", LeadSource=""),
           sfc(Email="alasdair.ross@highlandcom.co.uk", FirstName="Alasdair", LastName="Ross", Phone="07700 900246",
               MailingCity="Inverness", MailingCountry="United Kingdom", LeadSource="Advertisement")])
def _(r: R) -> R:
    ch = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partners"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"], "44"), "name": r["FirstName"] + " " + r["LastName"],
                                             "channel": ch}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h58-40-mc-names-company-optout", M, H, T("""
    Mailchimp back into HubSpot.

    Q: Which field links the two?
    A: The member's email_address becomes the HubSpot email.

    Q: How do the names come over?
    A: FNAME and LNAME go into firstname and lastname in title case. If LNAME is blank, don't send lastname at all.

    Q: Company?
    A: From the COMPANY merge field; 'Unknown' where it's empty.

    Q: What about hs_email_optout?
    A: The text "true" for members who are unsubscribed and "false" for everybody else.
    """), extended(MC, mc({"FNAME": "EILIDH", "LNAME": "morrison", "PHONE": "", "COMPANY": "  "},
                          email_address="eilidh.morrison@portobellobakes.co.uk", status="unsubscribed", tags=[], language="en")))
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h58-41-mc-skip-cleaned-phone-vip", M, H, T("""
    Who's skipped? Cleaned addresses (status 'cleaned') never go back into HubSpot.
    What do we match on? The email address.
    Phone? PHONE goes into phone in E.164, treating numbers without a + as US ones; left off when the member has no phone.
    Company? Copied from COMPANY as it is.
    Lifecycle stage? customer for VIP members, subscriber for the rest.
    """), extended(MC, mc({"FNAME": "Grace", "LNAME": "Lin", "PHONE": "212.555.0144", "COMPANY": "Lin & Co"},
                          email_address="grace.lin@linandco.com", status="pending", tags=[], language="en", vip=True)))
def _(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h58-42-mc-first-word-domain-customer", M, H, T("""
    Q: What do we match on?
    A: The email address.

    Q: What goes into firstname?
    A: Just the first word of FNAME.

    Q: And company?
    A: The COMPANY merge field; when that's empty, the email domain, meaning everything after the @.

    Q: How is lifecycle stage decided?
    A: Members tagged 'Customer' become customer; everyone else is a subscriber.
    """), extended(MC, mc({"FNAME": "Mary Beth", "LNAME": "Kerr", "PHONE": "", "COMPANY": " "},
                          email_address="marybeth.kerr@kelpiedesign.co.uk", tags=["Customer", "Webinar"], language="en")))
def _(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set58")
