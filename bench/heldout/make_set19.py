"""Held-out set 19, written BEFORE the session that measures it and not tuned against: a junior
marketing coordinator in a UK company writing chatty, longer plain-English requests that say why
(British spelling, the odd typo, fields named by what they mean: "their mobile", "the company they
work for", "surname", "postcode"); one sentence, several sentences and short bullet lists; about
one case in seven deliberately casual. Pairs: hubspot.contacts -> salesforce.Lead (most),
salesforce.Contact, mailchimp.members, segment.identify, ga4.events; salesforce.Lead ->
hubspot.contacts; salesforce.Contact -> mailchimp.members / segment.identify; mailchimp.members ->
hubspot.contacts. Rule kinds: copies, constants (text and boolean), defaults when empty, fallback
chains, leave-out when empty, lower/upper/trim/title case/first word/part before and after the @,
E.164 (US and UK assumed), as a number, whole number, YYYY-MM-DD, value tables with and without an
otherwise, conditions (equality, numeric comparison, blank, tag present), true/false flags, filters
(only / skip / exclude, on text and on a number), nested destinations (traits.company.*,
traits.address.*, merge_fields.*, GA4 event params), Mailchimp tags, templates, and the account
lookup by company name (a Lead has no AccountId: Company = the contact's company).
The match key is always written: cases naming no email expect it mapped by name; no case writes a
read-only or unknown destination field; an object left empty by omission is dropped.
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set19.py  -> bench/heldout/set19/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def extra(pool: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    """An extra record with every field the pool's records have: blank text (False for booleans)
    unless given."""
    rec: dict[str, Any] = {k: (False if isinstance(v, bool) else "") for k, v in pool[0].items()}
    unknown = set(kw) - set(rec)
    assert not unknown, unknown
    rec.update(kw)
    return rec


def mc_extra(email: str, status: str, fname: str, lname: str, phone: str, company: str,
             tags: list[str], language: str, vip: bool) -> dict[str, Any]:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": company},
            "tags": tags, "language": language, "vip": vip}


def before_at(e: str) -> str:
    return e.split("@", 1)[0]


def after_at(e: str) -> str:
    return e.split("@", 1)[1]


def first_word(v: str) -> str:
    return v.split()[0]


def optout(r: R) -> bool:
    return bool(r["hs_email_optout"] == "true")


# HubSpot pool with lower-case emails (for the cases that take a part of the email)
HS_LC = [dict(r, email=r["email"].lower()) for r in HS]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h19-01-lead-basics-bullets", H, L, """Hi! Sales have asked if new HubSpot contacts can come across into Salesforce as leads so they can start working them straight away. Please bring over:
- their email
- first name and surname
- the company they work for
- their job title
- their mobile number (this goes in the mobile field on the lead, not the main phone)""", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "MobilePhone": r["mobilephone"]}


@case("h19-02-web-source-status-company-default", H, L,
      "We'd like every lead that comes in from HubSpot to have the lead source set to 'Web' and the status set to "
      "'Open - Not Contacted', whatever the contact looks like, so the SDR team know nobody has spoken to them yet. "
      "Please also send their email and the company they work for. Salesforce won't save a lead without a company, "
      "so if it's blank in HubSpot please put 'Not Supplied' in there instead.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Not Supplied"), "LeadSource": "Web",
            "Status": "Open - Not Contacted"}


@case("h19-03-company-chain-surname-from-email", H, L,
      "Company and surname are both mandatory on a Salesforce lead, so they need to be filled in every time. For "
      "Company, use the company they work for; if that's empty use their website instead, and if there's no website "
      "either, use the part of their email address after the @ (so for jo@acme.com it would be acme.com). For the "
      "surname, use their last name, or if that's empty the part of their email before the @. Oh and the email "
      "itself needs to go across too, exactly as it is.",
      [*HS_LC,
       extra(HS, email="sam@greenleafdesign.co.uk", firstname="Sam", lastname="", company="",
             website="www.greenleafdesign.co.uk", country="United Kingdom", city="Bristol",
             lifecyclestage="lead", createdate="2024-02-12T12:30:00.000Z", hs_email_optout="false"),
       extra(HS, email="olivia.grant@hollowayfarm.co.uk", firstname="Olivia", lastname="", company="",
             website="", country="United Kingdom", city="Norwich", lifecyclestage="subscriber",
             createdate="2024-03-01T13:00:00.000Z", hs_email_optout="false")])
def _(r: R) -> Out:
    company = r["company"] if not blank(r["company"]) else (
        r["website"] if not blank(r["website"]) else after_at(r["email"]))
    return {"Email": r["email"], "Company": company, "LastName": dflt(r["lastname"], before_at(r["email"]))}


@case("h19-04-phone-e164-us-mobile-fallback", H, L,
      "The sales team dial straight out of Salesforce, so the lead's Phone needs to be in proper international "
      "format (E.164, like +14155550100, no spaces or brackets). Most of our contacts are in the States, so treat a "
      "number as a US one unless it already starts with a + and its own country code. Use their office phone, and if "
      "that's blank use their mobile instead (formatted the same way). If they've got neither, please don't set Phone "
      "at all. Their email goes across as well, of course.",
      [*HS, extra(HS, email="ben.carter@riverside-dental.com", firstname="Ben", lastname="Carter",
                  company="Riverside Dental", phone="", mobilephone="", country="United States",
                  city="Denver", lifecyclestage="lead", createdate="2024-04-18T12:00:00.000Z",
                  hs_email_optout="false")])
def _(r: R) -> Out:
    if not blank(r["phone"]):
        return {"Email": r["email"], "Phone": e164(r["phone"])}
    if not blank(r["mobilephone"]):
        return {"Email": r["email"], "Phone": e164(r["mobilephone"])}
    return {"Email": r["email"]}


# original source -> Salesforce LeadSource (h19-05 with an otherwise, h19-19 without one)
SOURCE_SF = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}


@case("h19-05-casual-source-table-otherwise", H, L,
      "hiya - can we get lead source filled in from the hubspot original source pls, marketing are trying to "
      "report on where our leads actualy come from. ORGANIC_SEARCH -> 'Web', PAID_SEARCH and PAID_SOCIAL -> "
      "'Advertisement', REFERRALS -> 'External Referral'. anything else, or if the source is empty, just put "
      "'Other'. and the e-mail ofc",
      [*HS, extra(HS, email="nadia.hussain@kiteandkey.co.uk", firstname="Nadia", lastname="Hussain",
                  company="Kite & Key", hs_analytics_source="EMAIL_MARKETING", country="United Kingdom",
                  lifecyclestage="lead", createdate="2024-05-07T12:00:00.000Z", hs_email_optout="false")])
def _(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": SOURCE_SF.get(r["hs_analytics_source"], "Other")}


RATING_06 = {"subscriber": "Cold", "lead": "Cold", "marketingqualifiedlead": "Warm",
             "salesqualifiedlead": "Hot", "customer": "Hot"}


@case("h19-06-stage-rating-table", H, L, """Our sales director wants to sort leads by how warm they are, so please set the lead's Rating from the HubSpot lifecycle stage like this:
subscriber = Cold
lead = Cold
marketingqualifiedlead = Warm
salesqualifiedlead = Hot
customer = Hot
Send their email and surname over too.""", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Rating": RATING_06[r["lifecyclestage"]]}


@case("h19-07-size-by-headcount", H, L,
      "We note company size in the lead's Description so sales can prioritise. If the company they work for has "
      "more than 100 employees, the Description should be 'Size: Large'; more than 20 employees is 'Size: Medium'; "
      "anything smaller, or if we don't know the number of employees, is 'Size: Small'. Please send their email and "
      "the company name as well.", HS)
def _(r: R) -> Out:
    n = None if blank(r["numemployees"]) else float(r["numemployees"])
    size = "Size: Large" if n is not None and n > 100 else (
        "Size: Medium" if n is not None and n > 20 else "Size: Small")
    return {"Email": r["email"], "Company": r["company"], "Description": size}


@case("h19-08-skip-subscribers-and-customers", H, L,
      "Please don't send anyone whose lifecycle stage is subscriber or customer. Subscribers haven't shown any "
      "buying interest yet, and customers are already in Salesforce as contacts, so we'd just end up with "
      "duplicates. Everybody else should go across with their email, first name, surname and the city they're in.",
      HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] in ("subscriber", "customer"):
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "City": r["city"]}


@case("h19-09-tidy-names-title-case", H, L,
      "Loads of people fill in our forms in all capitals or all lower case, which looks awful when sales email "
      "them. When contacts go over as leads, please put the first name, surname and city in title case (first "
      "letter of each word a capital, the rest lower case), make the email all lower case, and put the state in "
      "capitals. If the state is empty, just leave it off the lead.",
      [*HS, extra(HS, email="Rose.Carter@BlueHarbour.com", firstname="ROSE ELLEN", lastname="carter",
                  company="Blue Harbour", city="new york", state="ny", country="United States",
                  lifecyclestage="lead", createdate="2024-06-03T12:00:00.000Z", hs_email_optout="false")])
def _(r: R) -> Out:
    return keep({"Email": r["email"].lower(), "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"]), "City": title(r["city"]),
                 "State": OMIT if blank(r["state"]) else r["state"].upper()})


@case("h19-10-based-in-note-first-word", H, L,
      "For the lead's Description we'd like a little note so sales know where someone's based: 'HubSpot contact "
      "based in ' followed by their city, a comma and a space, and then their country - e.g. 'HubSpot contact based "
      "in Leeds, United Kingdom'. FirstName should only be the first word of their first name, because some people "
      "type their whole name into that box. Email as normal please.",
      [*HS, extra(HS, email="anna.whitfield@dalesprint.co.uk", firstname="Anna Louise Whitfield",
                  lastname="Whitfield", company="Dales Print", city="Leeds", country="United Kingdom",
                  lifecyclestage="lead", createdate="2024-02-20T12:00:00.000Z", hs_email_optout="")])
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]),
            "Description": f"HubSpot contact based in {r['city']}, {r['country']}"}


@case("h19-11-account-by-company-name", H, L,
      "When a contact becomes a lead, please link it to the right account in Salesforce by the company name, so the "
      "account team can see all the people from one organisation together. Bring over their email, first name and "
      "surname, and their website as well.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Website": r["website"]}


@case("h19-12-casual-job-role-default", H, L,
      "pls can you map e-mail, surname and job role across to the leads. if the job role is empty put 'Not given' "
      "as sales keep asking me what it means when its blank", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "Not given")}


@case("h19-13-optout-and-do-not-call-flags", H, L,
      "For compliance we need two tick boxes set on the lead. HasOptedOutOfEmail should be ticked (true) when "
      "HubSpot's hs_email_optout says \"true\", and unticked (false) when it says \"false\" or is empty - empty "
      "means they never opted out. DoNotCall should be true when the contact has no office phone number and false "
      "when they do have one (we don't want SDRs ringing people's mobiles). Plus their email.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": optout(r), "DoNotCall": blank(r["phone"])}


@case("h19-14-first-seen-date-note", H, L,
      "Sales keep asking how long someone's been in our database, so we'd like the Description on the lead to say "
      "'First seen in HubSpot on ' followed by the date they were created in HubSpot, written as YYYY-MM-DD (just "
      "the date, no time). The email should go over in lower case.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "Description": "First seen in HubSpot on " + r["createdate"][:10]}


@case("h19-15-trim-after-csv-import", H, L,
      "We did a big CSV import last month and some of the emails and company names came through with extra spaces "
      "at the start or end, which is breaking the duplicate check in Salesforce. Please trim the spaces off the "
      "email and the company before they go onto the lead (don't change anything else about them). The surname can "
      "go over as it is.",
      [*HS,
       extra(HS, email="  tom.baker@oakfield.co.uk ", firstname="Tom", lastname="Baker", company=" Oakfield Joinery  ",
             country="United Kingdom", city="Derby", lifecyclestage="lead", createdate="2024-01-15T12:00:00.000Z",
             hs_email_optout="false"),
       extra(HS, email=" Sam.Lee@Brightwave.io", firstname="Sam", lastname="Lee", company="Brightwave Media ",
             country="United Kingdom", city="Leeds", lifecyclestage="subscriber",
             createdate="2024-01-16T12:00:00.000Z", hs_email_optout="")])
def _(r: R) -> Out:
    return {"Email": r["email"].strip(), "Company": r["company"].strip(), "LastName": r["lastname"]}


@case("h19-16-only-revenue-over-a-million", H, L,
      "Only leads with some real money behind them please: send a contact across only if their annual revenue is "
      "over 1 million. If we don't know their revenue, leave them out too. For the ones that do go, we need their "
      "email, the company they work for, and the annual revenue as an actual number rather than text.", HS)
def _(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"Email": r["email"], "Company": r["company"], "AnnualRevenue": num(r["annualrevenue"])}


UK_HS = [
    extra(HS, email="oliver.hughes@thamesbridge.co.uk", firstname="Oliver", lastname="Hughes",
          company="Thames Bridge Consulting", mobilephone="07700 900123", phone="020 7946 0011",
          country="United Kingdom", city="London", lifecyclestage="lead", createdate="2024-03-11T12:00:00.000Z",
          hs_email_optout="false"),
    extra(HS, email="fiona.mackay@glenfinnan.scot", firstname="Fiona", lastname="Mackay",
          company="Glenfinnan Distillers", mobilephone="+44 7700 900456", country="United Kingdom",
          city="Fort William", lifecyclestage="marketingqualifiedlead", createdate="2024-03-12T12:00:00.000Z",
          hs_email_optout="false"),
    extra(HS, email="harriet.cole@cotswoldtea.co.uk", firstname="Harriet", lastname="Cole",
          company="Cotswold Tea Co", mobilephone="", phone="01285 555010", country="United Kingdom",
          city="Cirencester", lifecyclestage="lead", createdate="2024-03-13T12:00:00.000Z",
          hs_email_optout=""),
]


@case("h19-17-uk-only-mobile-e164", H, L,
      "Our UK office wants its own leads, so please only sync contacts whose country is United Kingdom. Their "
      "mobile should go into the lead's mobile field in E.164 format. These are all UK numbers, so if one doesn't "
      "already start with + drop the leading 0 and put +44 on the front (07700 900123 becomes +447700900123). If "
      "someone hasn't got a mobile, just leave the mobile field off. Email, first name and surname too.",
      [HS[0], *UK_HS[:2], HS[4], UK_HS[2]])
def _(r: R) -> Out:
    if r["country"] != "United Kingdom":
        return None
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "44"),
                 "FirstName": r["firstname"], "LastName": r["lastname"]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h19-18-contact-postal-details", H, C, """The account managers want HubSpot contacts copied into Salesforce as Contacts with their full postal details, so we can send out the Christmas hampers this year. Please map:
- email
- first name and surname
- job title
- office phone
- street address (into MailingStreet)
- city (into MailingCity)
- postcode (into MailingPostalCode)
- country (into MailingCountry)""", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "Phone": r["phone"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h19-19-contact-skip-unknown-source", H, C,
      "For Salesforce Contacts, please skip anyone where HubSpot doesn't know the original source, because we "
      "can't attribute them to a campaign. For everyone else, set the lead source on the Contact from the original "
      "source: ORGANIC_SEARCH is 'Web', PAID_SEARCH and PAID_SOCIAL are both 'Advertisement', and REFERRALS is "
      "'External Referral'. DoNotCall needs to be false on all of them, and bring the email across.", HS)
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    return {"Email": r["email"], "LeadSource": SOURCE_SF[r["hs_analytics_source"]], "DoNotCall": False}


@case("h19-20-contact-both-numbers-e164", H, C,
      "Please send the email plus both phone numbers onto the Contact in E.164 format (e.g. +16175550123): their "
      "office phone into Phone and their mobile into MobilePhone. Assume they're US numbers unless there's already "
      "a + with a country code at the front. Where one of the numbers is missing, leave that field off the Contact "
      "rather than sending an empty value, so we don't wipe anything sales have typed in.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


@case("h19-21-contact-customer-or-prospect", H, C,
      "We'd like the Contact's Description to say 'Existing customer' if their lifecycle stage in HubSpot is "
      "customer, and 'Prospect' for every other stage, so the acount managers know who we're already billing. "
      "Also the email, and the surname in title case please because some of them are in capitals.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": title(r["lastname"]),
            "Description": "Existing customer" if r["lifecyclestage"] == "customer" else "Prospect"}


@case("h19-22-casual-contact-no-empty-title", H, C,
      "need hubspot contacts into SF contacts: email, first name, surname and job role (into Title). if theres no "
      "job role just dont send Title at all pls", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h19-23-mc-newsletter-bullets", H, M, """We're adding our HubSpot contacts to the newsletter audience in Mailchimp. Please set them up like this:
- email address: their email
- their first name and surname into the FNAME and LNAME merge fields
- their office phone into the PHONE merge field, exactly as it is
- status: subscribed
- language: en""", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": r["phone"]},
            "status": "subscribed", "language": "en"}


@case("h19-24-mc-optout-status-stage-tag", H, M,
      "Anyone who has opted out in HubSpot (hs_email_optout is \"true\") must go into Mailchimp as unsubscribed so "
      "we stay on the right side of GDPR; everyone else, including people where that field is empty, goes in as "
      "subscribed. We'd also like two tags on every member, in this order: 'HubSpot', then their lifecycle stage "
      "exactly as HubSpot has it (e.g. 'lead'). Email address as normal.", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if optout(r) else "subscribed",
            "tags": ["HubSpot", r["lifecyclestage"]]}


@case("h19-25-mc-fname-first-word-title", H, M,
      "Our welcome email starts 'Hi *|FNAME|*', and it looks silly when it comes out as 'Hi maria' or 'Hi Mary Jane "
      "Smith'. So for FNAME please take just the first word of their first name and put it in title case. LNAME is "
      "their surname as it is. The email address should be lower-cased, and everyone goes in as subscribed.",
      [*HS, extra(HS, email="mary.hollis@oakleafbakery.co.uk", firstname="mary jane", lastname="Hollis",
                  company="Oakleaf Bakery", country="United Kingdom", city="York", lifecyclestage="subscriber",
                  createdate="2024-04-02T12:00:00.000Z", hs_email_optout="false")])
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": title(first_word(r["firstname"])), "LNAME": r["lastname"]},
            "status": "subscribed"}


@case("h19-26-mc-vip-by-revenue", H, M,
      "Please flag our bigger accounts as VIPs in Mailchimp so they get the premium content: vip should be true "
      "when the annual revenue of the company they work for is more than 3 million, and false otherwise - "
      "including when we don't have a revenue figure at all. Everyone goes in as subscribed, with their email "
      "address.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"email_address": r["email"], "vip": v is not None and v > 3_000_000, "status": "subscribed"}


@case("h19-27-mc-exclude-optouts-phone", H, M,
      "Exclude anyone who has opted out of email (hs_email_optout is \"true\"), they must not end up in Mailchimp "
      "at all. A blank value there means they haven't opted out, so they're fine to send. For the rest we need "
      "their email address, their first name in FNAME, and their phone number in the PHONE merge field in E.164 "
      "(our list is mostly American, so assume US unless the number already starts with +). If their office phone "
      "is blank use their mobile, and if both are blank leave PHONE off.",
      [*HS,
       extra(HS, email="leo.fischer@granitepeak.com", firstname="Leo", lastname="Fischer", company="Granite Peak",
             phone="", mobilephone="", country="United States", city="Boulder", lifecyclestage="lead",
             createdate="2024-05-20T12:00:00.000Z", hs_email_optout="false"),
       extra(HS, email="ruth.adams@mesaverde.org", firstname="Ruth", lastname="Adams", company="Mesa Verde Trust",
             phone="", mobilephone="(303) 555-0161", country="United States", city="Denver",
             lifecyclestage="marketingqualifiedlead", createdate="2024-05-21T12:00:00.000Z", hs_email_optout="")])
def _(r: R) -> Out:
    if optout(r):
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": r["firstname"], "PHONE": OMIT if blank(ph) else e164(ph)}})


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h19-28-seg-names-and-full-name", H, S,
      "For Segment we need an identify call for each contact. The userId should be their email in lower case. In "
      "the traits please include their email exactly as HubSpot has it, firstName and lastName, and a name trait "
      "made up of their first name, a space, then their surname (so 'Priya Raman').", HS)
def _(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h19-29-seg-company-group", H, S,
      "The data team want the company details grouped under traits.company on each identify (userId = the "
      "contact's email). Put the company they work for in name, or 'Unknown' if that's empty; their industry in "
      "industry, but leave industry out if it's blank; and the number of employees in employee_count as a whole "
      "number, again leaving it out when it's blank.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], "Unknown"),
                     "industry": OMIT if blank(r["industry"]) else r["industry"],
                     "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h19-30-seg-address-and-signup-date", H, S,
      "On the Segment identify (userId is their email), please send their address under traits.address: the city "
      "in title case (some of them are typed all in lower case), the state as it is, their postcode into "
      "postalCode, and the country. Also send traits.createdAt as the date they were created in HubSpot, just "
      "YYYY-MM-DD.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"],
            "traits": {"address": {"city": title(r["city"]), "state": r["state"], "postalCode": r["zip"],
                                   "country": r["country"]},
                       "createdAt": r["createdate"][:10]}}


@case("h19-31-seg-phone-and-customer-flag", H, S,
      "Each identify needs userId = their email in lower case, plus a phone trait and a customer flag. traits.phone "
      "should be their office phone in E.164 format (assume the US unless it already has a + and a country code); "
      "if the office phone is blank, use their mobile instead, formatted the same way. traits.is_customer should "
      "be true if their lifecycle stage is customer and false for any other stage.", HS)
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"userId": r["email"].lower(),
            "traits": {"phone": e164(ph), "is_customer": r["lifecyclestage"] == "customer"}}


@case("h19-32-casual-seg-us-only", H, S,
      "only US contacts pls (country = United States), skip all the rest. userId = email. we need their job title "
      "in traits.title, or 'Unknown' if its blank, and their website in traits.website",
      [*HS, extra(HS, email="cody.ross@lonestarhvac.com", firstname="Cody", lastname="Ross",
                  company="Lone Star HVAC", jobtitle="", website="", country="United States", city="Austin",
                  state="TX", lifecyclestage="lead", createdate="2024-06-10T12:00:00.000Z", hs_email_optout="false")])
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"userId": r["email"], "traits": {"title": dflt(r["jobtitle"], "Unknown"), "website": r["website"]}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h19-33-ga4-qualified-leads", H, G,
      "We're sending our qualified leads to GA4 as offline conversions so the paid team can see them. Please only "
      "send contacts whose lifecycle stage is marketingqualifiedlead or salesqualifiedlead. Each one should have "
      "client_id 'hubspot-crm' and one event called generate_lead with these parameters: currency 'GBP', value = "
      "the annual revenue of the company they work for as a number (use 0 when there isn't one), and "
      "lifecycle_stage = their lifecycle stage.",
      [*HS, extra(HS, email="grace.lowe@fernhillvets.co.uk", firstname="Grace", lastname="Lowe",
                  company="Fernhill Vets", annualrevenue="", lifecyclestage="marketingqualifiedlead",
                  country="United Kingdom", city="Bath", createdate="2024-02-05T12:00:00.000Z",
                  hs_email_optout="false")])
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    value = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "hubspot-crm",
            "events": [{"name": "generate_lead",
                        "params": {"currency": "GBP", "value": value, "lifecycle_stage": r["lifecyclestage"]}}]}


@case("h19-34-ga4-sign-up-everyone", H, G,
      "For every HubSpot contact we'd like a sign_up event in GA4, so we can see sign-ups next to the website "
      "data. The client_id should be their email in lower case. The event's parameters: method = 'hubspot_form' "
      "for everyone, signup_date = the date they were created in HubSpot as YYYY-MM-DD, and country = their "
      "country as it is.", HS)
def _(r: R) -> Out:
    return {"client_id": r["email"].lower(),
            "events": [{"name": "sign_up",
                        "params": {"method": "hubspot_form", "signup_date": r["createdate"][:10],
                                   "country": r["country"]}}]}


@case("h19-35-casual-ga4-sql-only", H, G,
      "pls send a close_convert_lead event to GA4 for salesqualifiedlead contacts only. client_id 'hs-offline'. "
      "params: currency 'GBP', value = annual revenue as a number but leave value out if theres no revenue, and "
      "source = the original source in lower case (or 'unknown' if the source is empty)",
      [*HS,
       extra(HS, email="iris.wong@harbourlights.hk", firstname="Iris", lastname="Wong", company="Harbour Lights",
             annualrevenue="", hs_analytics_source="", lifecyclestage="salesqualifiedlead", country="Hong Kong",
             city="Hong Kong", createdate="2024-01-22T12:00:00.000Z", hs_email_optout="false"),
       extra(HS, email="max.bauer@elbtal.de", firstname="Max", lastname="Bauer", company="Elbtal Reisen",
             annualrevenue="150000.50", hs_analytics_source="REFERRALS", lifecyclestage="salesqualifiedlead",
             country="Germany", city="Dresden", createdate="2024-01-23T12:00:00.000Z", hs_email_optout="false")])
def _(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    params = keep({"currency": "GBP", "value": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                   "source": dflt(r["hs_analytics_source"], "unknown").lower()})
    return {"client_id": "hs-offline", "events": [{"name": "close_convert_lead", "params": params}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h19-36-sf-lead-back-to-hubspot", L, H,
      "We're pulling Salesforce leads back into HubSpot so marketing can nurture them. Please copy across their "
      "email, first name, surname, company, job title, street address, city and postcode. For the country use the "
      "lead's country, but if it's blank put 'United States', because that's where most of our blank ones are "
      "from.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "address": r["Street"], "city": r["City"], "zip": r["PostalCode"],
            "country": dflt(r["Country"], "United States")}


LEAD_STATUS_37 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS"}


@case("h19-37-sf-status-to-lead-status", L, H,
      "For the HubSpot lead status please translate the Salesforce lead status: 'Open - Not Contacted' becomes NEW, "
      "'Working - Contacted' becomes IN_PROGRESS, and anything else becomes UNQUALIFIED. We also want the annual "
      "revenue brought across as a number; if it's blank on the lead, leave it off the contact. Email too please.",
      SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "hs_lead_status": LEAD_STATUS_37.get(r["Status"], "UNQUALIFIED"),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h19-38-sf-uk-leads-only", L, H,
      "Our London team only want UK leads in their HubSpot portal, so please only bring across leads whose country "
      "is United Kingdom. The phone number needs to be in E.164: they're UK numbers, so unless a number already "
      "starts with + take off the first 0 and add +44. If a lead has no phone, don't send phone at all. Email in "
      "lower case, first name and surname as they are, and the postcode in capitals.",
      [*SFL,
       extra(SFL, Email="Nia.Roberts@CardiffCrafts.co.uk", FirstName="Nia", LastName="Roberts",
             Company="Cardiff Crafts", Phone="029 2018 0123", City="Cardiff", PostalCode="cf10 1aa",
             Country="United Kingdom", Status="Open - Not Contacted", Rating="Warm", LeadSource="Web"),
       extra(SFL, Email="ava.stone@stonegate.ie", FirstName="Ava", LastName="Stone", Company="Stonegate",
             Phone="+353 1 555 0100", City="Dublin", PostalCode="D02 X285", Country="Ireland",
             Status="Open - Not Contacted", Rating="Cold", LeadSource="Web"),
       extra(SFL, Email="tom.finch@exeterbooks.co.uk", FirstName="Tom", LastName="Finch", Company="Exeter Books",
             Phone="", City="Exeter", PostalCode="ex1 1aa", Country="United Kingdom",
             Status="Working - Contacted", Rating="Warm", LeadSource="Trade Show"),
       extra(SFL, Email="raj.patel@midlandsmotors.co.uk", FirstName="Raj", LastName="Patel",
             Company="Midlands Motors", Phone="+44 121 496 0456", City="Birmingham", PostalCode="B1 1AA",
             Country="United Kingdom", Status="Open - Not Contacted", Rating="Hot", LeadSource="Web")])
def _(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return keep({"email": r["Email"].lower(), "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44"),
                 "firstname": r["FirstName"], "lastname": r["LastName"], "zip": r["PostalCode"].upper()})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp / segment

@case("h19-39-sfc-mc-department-tag", C, M,
      "Salesforce Contacts into Mailchimp please. Email address from their email, in lower case. Status should be "
      "'unsubscribed' if they've opted out of email in Salesforce, otherwise 'subscribed'. We tag members by team, "
      "so give each one a single tag that's their department in lower case, e.g. 'engineering'; if they've got no "
      "department, tags should be an empty list. FNAME is their first name.", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": [] if blank(r["Department"]) else [r["Department"].lower()],
            "merge_fields": {"FNAME": r["FirstName"]}}


@case("h19-40-casual-sfc-mc-dach", C, M,
      "only want the german + austrian contacts in the DACH audience (mailing country Germany or Austria), ignore "
      "everyone else. email address, first name + surname into FNAME/LNAME, langauge 'de' and vip false for all "
      "of them. status 'pending' bc they have to double opt in over there",
      [*SFC, extra(SFC, Email="marco.keller@zuerichtal.ch", FirstName="Marco", LastName="Keller", Title="COO",
                   Department="Operations", Phone="+41 44 555 0101", MailingCity="Zurich",
                   MailingCountry="Switzerland", LeadSource="Web")])
def _(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "language": "de", "vip": False, "status": "pending"}


@case("h19-41-sfc-seg-traits-birthday", C, S,
      "We also want Salesforce Contacts identified in Segment. userId = their email in lower case. Traits: "
      "firstName, lastName, title (their job title, or 'Unknown' if it's blank), traits.address.city from the "
      "mailing city and traits.address.country from the mailing country, and their birthday in traits.birthday - "
      "leave birthday out if we don't have it.", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": dflt(r["Title"], "Unknown"),
                            "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


SOURCE_42 = {"Web": "website", "Trade Show": "events"}


@case("h19-42-sfc-seg-source-optout-dept", C, S,
      "Please send each Salesforce Contact to Segment with the userId being their email exactly as it is. We'd "
      "like a lead_source trait: 'Web' becomes 'website', 'Trade Show' becomes 'events', and anything else "
      "(including an empty lead source) becomes 'other'. Also an email_opt_out trait that's true when they've "
      "opted out of email in Salesforce and false when they haven't, and a department trait that's their "
      "department, or 'None' if they haven't got one.",
      [*SFC, extra(SFC, Email="priya.shah@meridianhealth.com", FirstName="Priya", LastName="Shah",
                   Title="Events Manager", Department="Marketing", Phone="(617) 555-0190",
                   MailingCity="Boston", MailingCountry="United States", LeadSource="Partner Referral",
                   HasOptedOutOfEmail=False, Birthdate="")])
def _(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"lead_source": SOURCE_42.get(r["LeadSource"], "other"),
                       "email_opt_out": r["HasOptedOutOfEmail"],
                       "department": dflt(r["Department"], "None")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h19-43-mc-to-hs-language-phone", M, H,
      "Could we bring everyone in our Mailchimp audience into HubSpot as contacts? Email from their email address, "
      "first name and surname from the FNAME and LNAME merge fields, and their language into hs_language. The "
      "number in the PHONE merge field needs to be in E.164 in HubSpot (assume US numbers unless it already has a "
      "+ at the front); if there's no phone, don't send one.", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "hs_language": r["language"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"])})


@case("h19-44-mc-to-hs-skip-cleaned", M, H,
      "Please skip members whose status is cleaned - those addresses bounce, so there's no point having them in "
      "HubSpot. For everyone else: email from the email address; lifecycle stage 'customer' for VIP members and "
      "'subscriber' for everybody who isn't a VIP; and hs_email_optout as the text \"true\" when the member is "
      "unsubscribed and \"false\" otherwise.", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return {"email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber",
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"}


@case("h19-45-casual-mc-to-hs-webinar-tag", M, H,
      "only subscribed members pls!! email, first name in title case, and if theyve got the Webinar tag set the "
      "job title to 'Webinar attendee', otherwise dont set job title at all",
      [*MC,
       mc_extra("rob.evans@valleyweavers.co.uk", "subscribed", "ROBERT", "Evans", "", "Valley Weavers", [],
                "en", False),
       mc_extra("kate.moss@larchwood.co.uk", "subscribed", "kate", "Moss", "01632 960123", "Larchwood",
                ["Partner", "Webinar"], "en", False),
       mc_extra("dan.ito@kaizenlabs.jp", "pending", "Dan", "Ito", "", "Kaizen Labs", ["Webinar"], "ja", False)])
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    return keep({"email": r["email_address"], "firstname": title(r["merge_fields"]["FNAME"]),
                 "jobtitle": "Webinar attendee" if "Webinar" in r["tags"] else OMIT})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set19")
