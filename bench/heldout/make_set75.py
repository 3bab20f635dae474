"""Held-out set 75 for the offline mapping drafter.

Persona: an agile product owner who writes every sync request as one or more user stories
("As a <role>, I want ... so that ..."), usually followed by an "Acceptance criteria:" list of short
plain phrases ("- email is the key", "- blank mobile -> leave out"), sometimes with "Out of scope:"
lines naming what not to sync (fields or whole groups of records), sometimes with the rule tucked
into the "so that" clause, sometimes several stories in one text.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h75-01 .. h75-08)
  hubspot.contacts -> salesforce.Contact   6  (h75-09 .. h75-14)
  hubspot.contacts -> mailchimp.members    6  (h75-15 .. h75-20)
  hubspot.contacts -> segment.identify     4  (h75-21 .. h75-24)
  hubspot.contacts -> ga4.events           3  (h75-25 .. h75-27)
  salesforce.Lead  -> hubspot.contacts     5  (h75-28 .. h75-32)
  salesforce.Contact -> mailchimp.members  4  (h75-33 .. h75-36)
  salesforce.Contact -> segment.identify   3  (h75-37 .. h75-39)
  mailchimp.members -> hubspot.contacts    3  (h75-40 .. h75-42)

Rule kinds per case:
  01 copies (blank company), omit-when-empty, constant   22 nested company traits, omit, default, whole number
  02 defaults, fallback chain ending in omit             23 lower userId, nested address, title, upper, date
  03 table w/ otherwise (blank stated), lower, const     24 exclude filter (blank stated), E.164 US chain, omit
  04 > conditions, number, omit both when blank          25 GA4: constants, copy key, number default 0, lower+dflt
  05 only filter, E.164 US, E.164 + omit, copy           26 GA4 filter (> w/ blank), conditional name, number
  06 exclude filter (out of scope), title case, concat   27 GA4 part before @, table w/ otherwise, copy, const
  07 three stories: first word, upper+omit, concat+date  28 copies (with empty values), out-of-scope fields
  08 only filter, table (no otherwise), integer, bool    29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields, title case             30 table (no otherwise) in so-that, lower, number/omit
  10 trim+lower key, copy, omit, constant                31 only filter, E.164 UK, upper, default, constant
  11 boolean (blank -> true in so-that), const, table    32 exclude filter, copy, omit, default
  12 exclude filter (blank stated), first word, upper    33 lower, boolean -> status, copies, conditional tags
  13 > condition (blank stated), upper, copy             34 exclude filter, E.164 US, equality vip, upper
  14 only filter, title case, E.164 US chain + omit      35 default in so-that, copy, table w/ otherwise, const
  15 copies, 2-way status (blank stated), constant tag   36 only filter (blank stated), constants, [] tags, title
  16 exclude filter, const, conditional tags, vip        37 lower userId, copies, omit x2
  17 E.164 chain + omit, first word, title case          38 nested address, trim, default x2
  18 table w/ otherwise, const, exclude filter           39 three stories: concat, table w/ otherwise, E.164 US
  19 lower key, > vip (blank stated), tags or [], copy   40 copies, omit-when-empty, "true"/"false" text
  20 fallback to part before @ (so-that), copy, const    41 exclude filter, title case, default, copy, vip cond
  21 copy key, lower, copies, concat, omit               42 only filter, first word, E.164 US + omit, constant
"""

from __future__ import annotations

import copy
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
    R,
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
from oracle import OMIT, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def mc(mf: dict[str, Any] | None = None, **kw: Any) -> R:
    """A full Mailchimp member based on the pool's first one; ``mf`` overrides merge fields."""
    base = copy.deepcopy(MC[0])
    base["merge_fields"] = {**base["merge_fields"], **(mf or {})}
    return {**base, **kw}


def phone_chain(*vals: Any, cc: str = "1") -> Any:
    """The first non-blank number in E.164, OMIT when all are blank."""
    for v in vals:
        if not blank(v):
            return e164(v, cc)
    return OMIT


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h75-01", H, L,
      "As an SDR lead, I want every HubSpot contact to show up as a Salesforce Lead so that my team can start "
      "outreach without retyping anything.\n"
      "Acceptance criteria:\n"
      "- the contact's email goes into Email, and that's how leads are matched\n"
      "- FirstName, LastName and Company copied exactly as they are in HubSpot\n"
      "- job title -> Title, but if the job title is blank, leave Title off the lead\n"
      "- LeadSource is always 'Web'\n"
      "Out of scope: phone numbers, address, revenue.",
      extended(HS, hs(email="tomas.novak@vltava.cz", firstname="Tomas", lastname="Novak", company="Vltava Print",
                      jobtitle="   ")))
def c01(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"], "LeadSource": "Web"})


@case("h75-02", H, L,
      "As a sales rep, I want no Salesforce lead to arrive with holes in it, so that our validation rules stop "
      "bouncing the import.\n"
      "Acceptance criteria:\n"
      "- Email = the HubSpot email (match key)\n"
      "- Company = company name; when it's empty, put 'Unknown Company'\n"
      "- LastName = last name; when it's empty, put 'Unknown'\n"
      "- Phone = office phone; no office phone -> the mobile phone; neither -> don't send Phone",
      extended(HS, hs(email="sam.ortiz@ridgeway.co", company="  ", lastname="", phone="", mobilephone="")))
def c02(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Company": dflt(r["company"], "Unknown Company"),
                 "LastName": dflt(r["lastname"], "Unknown"), "Phone": ph})


SRC_03 = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
          "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral"}


@case("h75-03", H, L,
      "As a marketing analyst, I want Salesforce's LeadSource to reflect where the HubSpot contact originally came "
      "from, so that channel reports match across both tools.\n"
      "Acceptance criteria:\n"
      "- we match on email: it goes into Email, all lower case\n"
      "- original source ORGANIC_SEARCH or DIRECT_TRAFFIC -> 'Web'\n"
      "- PAID_SEARCH or PAID_SOCIAL -> 'Advertisement'\n"
      "- REFERRALS -> 'External Referral'\n"
      "- any other source, or no source at all -> 'Other'\n"
      "- every lead starts with Status 'Open - Not Contacted'",
      extended(HS, hs(email="Lea.Fontaine@Cartel-Media.fr", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="ravi.iyer@tarang.in", hs_analytics_source="DIRECT_TRAFFIC")))
def c03(r: R) -> Out:
    return {"Email": r["email"].lower(), "LeadSource": SRC_03.get(r["hs_analytics_source"], "Other"),
            "Status": "Open - Not Contacted"}


@case("h75-04", H, L,
      "As an account executive, I want each lead rated by company size so that I call the biggest accounts first: "
      "annual revenue above 10 million is 'Hot', above 1 million is 'Warm', anything lower is 'Cold'.\n"
      "Acceptance criteria:\n"
      "- Email from the HubSpot email (match key)\n"
      "- AnnualRevenue sent as a number\n"
      "- contact has no annual revenue -> leave both Rating and AnnualRevenue off",
      extended(HS, hs(email="wen.zhou@jadeport.cn", annualrevenue="950000"),
               hs(email="ola.nordmann@fjord.no", annualrevenue="15000000.5")))
def c04(r: R) -> Out:
    v = rev(r)
    if v is None:
        return {"Email": r["email"]}
    rating = "Hot" if v > 10_000_000 else "Warm" if v > 1_000_000 else "Cold"
    return {"Email": r["email"], "AnnualRevenue": num(r["annualrevenue"]), "Rating": rating}


@case("h75-05", H, L,
      "As the US SDR manager, I want only contacts whose country is 'United States' turned into Salesforce leads, "
      "so that my reps aren't dialing abroad.\n"
      "Acceptance criteria:\n"
      "- Email = email; that's how leads are matched\n"
      "- Phone = office phone in E.164, treating numbers as US (+1)\n"
      "- MobilePhone = mobile number in E.164 (US as well); no mobile -> leave MobilePhone out\n"
      "- City copied as is\n"
      "Out of scope: contacts in any other country (don't create them).",
      extended(HS, hs(email="jordan.lee@mesa-ag.com", country="United States", phone="1-312-555-0100",
                      mobilephone="   ", city="Chicago"),
               hs(email="leah.roy@maplecrest.ca", country="Canada", phone="(604) 555-0170", city="Vancouver")))
def c05(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return keep({"Email": r["email"], "Phone": e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]), "City": r["city"]})


@case("h75-06", H, L,
      "As a marketer, I want non-customer contacts handed to sales as leads with tidy names, so that our greetings "
      "don't look broken.\n"
      "Acceptance criteria:\n"
      "- Email is the key: copy the HubSpot email\n"
      "- FirstName and LastName in title case (capital first letter of each word, rest lower case)\n"
      "- Description = 'HubSpot stage: ' followed by the lifecycle stage, e.g. 'HubSpot stage: lead'\n"
      "Out of scope: contacts whose lifecycle stage is customer. They already live in Salesforce, skip them.",
      extended(HS, hs(email="anna.lindqvist@nordlys.se", firstname="ANNA MARIE", lastname="lindqvist",
                      lifecyclestage="opportunity")))
def c06(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Description": "HubSpot stage: " + r["lifecyclestage"]}


@case("h75-07", H, L,
      "Story 1: As an SDR, I want the lead's FirstName to be just the first word of the HubSpot first name, so that "
      "'Hi Mary' reads naturally.\n"
      "Story 2: As a sales ops admin, I want State in capitals (upper case) so that territory rules fire; if the "
      "state is blank, don't send State.\n"
      "Story 3: As a marketer, I want Description to say 'Created in HubSpot on ' plus the contact's create date "
      "as YYYY-MM-DD.\n"
      "Applies to all three: Email carries the HubSpot email and is the match key.",
      extended(HS, hs(email="mary.ann.cole@brightline.com", firstname="Mary Ann", state="ny",
                      createdate="2024-02-11T13:00:00.000Z")))
def c07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": first_word(r["firstname"]),
                 "State": OMIT if blank(r["state"]) else r["state"].upper(),
                 "Description": "Created in HubSpot on " + day(r["createdate"])})


STATUS_08 = {"lead": "Open - Not Contacted", "marketingqualifiedlead": "Working - Contacted",
             "salesqualifiedlead": "Closed - Converted"}


@case("h75-08", H, L,
      "As a sales ops lead, I want only contacts in the lead, marketingqualifiedlead or salesqualifiedlead stage "
      "sent to Salesforce, so that the lead queue holds people who are still in the funnel.\n"
      "Acceptance criteria:\n"
      "- Email = email (match key)\n"
      "- Status: lead -> 'Open - Not Contacted', marketingqualifiedlead -> 'Working - Contacted', "
      "salesqualifiedlead -> 'Closed - Converted'\n"
      "- NumberOfEmployees = number of employees as a whole number; blank -> leave it out\n"
      "- HasOptedOutOfEmail = true when hs_email_optout is 'true', otherwise false (blank counts as false)",
      extended(HS, hs(email="ivan.petrov@baltic-freight.lv", lifecyclestage="lead", numemployees="",
                      hs_email_optout="true"),
               hs(email="zoe.martin@evergreen.org", lifecyclestage="evangelist")))
def c08(r: R) -> Out:
    if r["lifecyclestage"] not in STATUS_08:
        return None
    return keep({"Email": r["email"], "Status": STATUS_08[r["lifecyclestage"]],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
                 "HasOptedOutOfEmail": r["hs_email_optout"] == "true"})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h75-09", H, C,
      "As a field marketer, I want HubSpot contacts' postal addresses on their Salesforce Contacts, so that we can "
      "run direct mail out of Salesforce.\n"
      "Acceptance criteria:\n"
      "- contacts are matched by email -> Email\n"
      "- MailingStreet from address, MailingState from state, MailingPostalCode from zip, MailingCountry from "
      "country, all copied unchanged\n"
      "- MailingCity from city, in title case\n"
      "Out of scope: names, phone numbers, company.",
      extended(HS, hs(email="luis.mendez@bayside.com", city="SAN JOSE", state="CA", zip="95113",
                      address="90 Market St")))
def c09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "MailingCity": title(r["city"])}


@case("h75-10", H, C,
      "As a CRM admin, I want the Salesforce Contact's Email (our match key) to be the HubSpot email with "
      "surrounding spaces trimmed and in lower case, so that matching never misses a duplicate.\n"
      "Acceptance criteria:\n"
      "- Phone = phone, copied as is\n"
      "- MobilePhone = mobile phone; blank mobile -> leave out\n"
      "- Department is always 'Marketing'",
      extended(HS, hs(email="  Sam.Lee@Example.COM ", phone="555 0100", mobilephone="")))
def c10(r: R) -> Out:
    return keep({"Email": r["email"].strip().lower(), "Phone": r["phone"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"], "Department": "Marketing"})


@case("h75-11", H, C,
      "As a compliance-minded marketer, I want HasOptedOutOfEmail on the Salesforce Contact to come from "
      "hs_email_optout ('true' -> true, 'false' -> false), so that we never email anyone whose consent we can't "
      "confirm, which means a blank hs_email_optout becomes true as well.\n"
      "Acceptance criteria:\n"
      "- match on email: HubSpot email -> Email\n"
      "- DoNotCall always false\n"
      "- LeadSource: PAID_SEARCH and PAID_SOCIAL -> 'Advertisement'; everything else, blank included -> 'Web'",
      extended(HS))
def c11(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false", "DoNotCall": False,
            "LeadSource": "Advertisement" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "Web"}


@case("h75-12", H, C,
      "As a marketer, I want HubSpot contacts synced to Salesforce Contacts with clean names.\n"
      "Acceptance criteria:\n"
      "- email -> Email (match key)\n"
      "- FirstName = first word of the first name\n"
      "- LastName in upper case\n"
      "- Title = job title; leave it out when blank\n"
      "Out of scope: anyone whose hs_email_optout is 'true' (don't sync them). 'false' or blank still syncs.",
      extended(HS, hs(email="jean.moreau@lyonnaise.fr", firstname="Jean Luc", lastname="moreau", jobtitle="  ",
                      hs_email_optout="false")))
def c12(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return keep({"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"].upper(),
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]})


@case("h75-13", H, C,
      "As an account manager, I want Description on the Salesforce Contact to read 'Key account' when the "
      "company's annual revenue is over 3 million and 'Standard' otherwise (no revenue also means 'Standard'), so "
      "that I can filter my list views.\n"
      "Acceptance criteria:\n"
      "- Email = email, used for matching\n"
      "- MailingCountry = country in upper case\n"
      "- Title = job title as is",
      extended(HS, hs(email="noor.ali@gulfline.ae", country="United Arab Emirates", annualrevenue="3500000.25",
                      jobtitle="COO")))
def c13(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Description": "Key account" if v is not None and v > 3_000_000 else "Standard",
            "MailingCountry": r["country"].upper(), "Title": r["jobtitle"]}


@case("h75-14", H, C,
      "As a customer success manager, I want only HubSpot contacts whose lifecycle stage is customer synced as "
      "Salesforce Contacts, so that CS owns a clean customer list.\n"
      "Acceptance criteria:\n"
      "- Email from email (the match key)\n"
      "- FirstName and LastName title-cased\n"
      "- Phone: the office phone, or the mobile phone if the office one is empty, formatted as E.164 assuming US "
      "numbers; no phone at all -> no Phone field",
      extended(HS, hs(email="ben.carter@oakridge.com", firstname="BEN", lastname="carter", lifecyclestage="customer",
                      phone="212 555 0101", mobilephone=""),
               hs(email="olivia.grant@thamesview.co.uk", firstname="olivia", lastname="Grant",
                  lifecyclestage="customer", phone="+44 20 7946 0958", mobilephone=""),
               hs(email="nina.park@seoulbyte.kr", firstname="Nina", lastname="Park", lifecyclestage="customer",
                  phone=" ", mobilephone="")))
def c14(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": phone_chain(r["phone"], r["mobilephone"])})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h75-15", H, M,
      "As an email marketer, I want every HubSpot contact in our Mailchimp audience, so that the newsletter "
      "reaches the whole database.\n"
      "Acceptance criteria:\n"
      "- email_address = HubSpot email; that's the member key\n"
      "- FNAME / LNAME = first / last name, unchanged\n"
      "- status 'unsubscribed' if hs_email_optout is 'true', else 'subscribed' (blank -> subscribed)\n"
      "- tags: just 'hubspot'",
      extended(HS))
def c15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "tags": ["hubspot"]}


@case("h75-16", H, M,
      "As a lifecycle marketer, I want Mailchimp members tagged by how we acquired them so that paid cohorts get "
      "their own nurture.\n"
      "Acceptance criteria:\n"
      "- key: email_address from email\n"
      "- status always 'subscribed'\n"
      "- tags: 'crm' on everyone, then 'paid' as a second tag when the original source is PAID_SEARCH or "
      "PAID_SOCIAL (no source -> just 'crm')\n"
      "- vip = true for lifecycle stage customer, false for every other stage\n"
      "Out of scope: contacts in the subscriber stage. Don't push them.",
      extended(HS, hs(email="hana.kim@seoulcraft.kr", lifecyclestage="customer", hs_analytics_source="PAID_SOCIAL")))
def c16(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    tags = ["crm"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return {"email_address": r["email"], "status": "subscribed", "tags": tags,
            "vip": r["lifecyclestage"] == "customer"}


@case("h75-17", H, M,
      "As an SMS marketer, I want each member's PHONE merge field filled from the mobile number, falling back to "
      "the office phone, written in E.164 (US when there's no country code), so that our texts actually go out. "
      "No number at all -> leave PHONE out.\n"
      "Also:\n"
      "- email_address = email (match key)\n"
      "- FNAME = only the first word of the first name\n"
      "- LNAME = last name in title case",
      extended(HS, hs(email="mary.ann.cole@brightline.com", firstname="Mary Ann", lastname="COLE", mobilephone="",
                      phone="")))
def c17(r: R) -> Out:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": title(r["lastname"]),
                                  "PHONE": phone_chain(r["mobilephone"], r["phone"])}})


LANG_18 = {"United States": "en", "France": "fr", "Japan": "ja", "Mexico": "es"}


@case("h75-18", H, M,
      "As a localisation PM, I want each Mailchimp member's language set from the HubSpot country so that "
      "campaigns go out in the right language: United States -> 'en', France -> 'fr', Japan -> 'ja', "
      "Mexico -> 'es', any other country (or none) -> 'en'.\n"
      "Acceptance criteria:\n"
      "- email_address = email; we match on it\n"
      "- status 'subscribed'\n"
      "Out of scope: contacts with hs_email_optout 'true' (skip them entirely). A blank opt-out still goes in.",
      extended(HS, hs(email="lukas.becker@isarwerk.de", country="Germany", hs_email_optout="false"),
               hs(email="sofia.lopez@cactusdigital.mx", country="Mexico", hs_email_optout=""),
               hs(email="ana.sousa@tejo.pt", country="", hs_email_optout="false")))
def c18(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "language": LANG_18.get(r["country"], "en"), "status": "subscribed"}


@case("h75-19", H, M,
      "As a marketer, I want big accounts marked VIP in Mailchimp so that they get the white-glove sequence.\n"
      "Acceptance criteria:\n"
      "- email_address = the HubSpot email in lower case (match key)\n"
      "- vip true when annual revenue is more than 5 million; less than that, or no revenue -> false\n"
      "- tags ['big-account'] for those same VIPs; everyone else gets an empty tag list\n"
      "- FNAME = first name as is",
      extended(HS, hs(email="Omar.Haddad@Dunesoft.AE", firstname="Omar", annualrevenue="7500000")))
def c19(r: R) -> Out:
    v = rev(r)
    big = v is not None and v > 5_000_000
    return {"email_address": r["email"].lower(), "vip": big, "tags": ["big-account"] if big else [],
            "merge_fields": {"FNAME": r["firstname"]}}


@case("h75-20", H, M,
      "As an email marketer, I want every greeting to have a name so that nobody gets 'Hi ,'. That means FNAME is "
      "the first name, and when the first name is empty, the part of the email before the @.\n"
      "Acceptance criteria:\n"
      "- email_address = email (that's the key)\n"
      "- LNAME = last name, copied\n"
      "- language 'en' for everyone\n"
      "Out of scope: phone, tags, status.",
      lower_emails(extended(HS, hs(email="info@brightpath.co.uk", firstname="", lastname=""),
                            hs(email="k.osei@accrahub.gh", firstname="  ", lastname="Osei"))))
def c20(r: R) -> Out:
    fname = before_at(r["email"]) if blank(r["firstname"]) else r["firstname"]
    return {"email_address": r["email"], "merge_fields": {"FNAME": fname, "LNAME": r["lastname"]}, "language": "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h75-21", H, S,
      "As a product analyst, I want HubSpot contacts identified in Segment with userId = their email exactly as "
      "HubSpot has it, so that events stitch to the right person.\n"
      "Acceptance criteria:\n"
      "- traits.email = email in lower case\n"
      "- traits.firstName / traits.lastName copied\n"
      "- traits.name = first name + ' ' + last name\n"
      "- traits.title = job title, left out when blank",
      extended(HS))
def c21(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"email": r["email"].lower(), "firstName": r["firstname"], "lastName": r["lastname"],
                            "name": r["firstname"] + " " + r["lastname"],
                            "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


@case("h75-22", H, S,
      "As a growth PM, I want company info on each Segment profile (userId = the HubSpot email) so that we can "
      "build account-level audiences.\n"
      "Acceptance criteria:\n"
      "- traits.company.name = company; blank -> leave it out\n"
      "- traits.company.industry = industry; blank -> 'Unknown'\n"
      "- traits.company.employee_count = number of employees as a whole number; blank -> leave it out\n"
      "Out of scope: address, phone, any personal traits.",
      extended(HS))
def c22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": OMIT if blank(r["company"]) else r["company"],
                                        "industry": dflt(r["industry"], "Unknown"),
                                        "employee_count": OMIT if blank(r["numemployees"])
                                        else int(float(r["numemployees"]))}}})


@case("h75-23", H, S,
      "Story A: As a data engineer, I want the Segment userId to be the HubSpot email in lower case, so that IDs "
      "match our warehouse.\n"
      "Story B: As a marketer, I want the address under traits.address: street from address, city in title case, "
      "state in upper case, postalCode from zip, country as is.\n"
      "Story C: As an analyst, I want traits.createdAt to be just the create date (YYYY-MM-DD).",
      extended(HS, hs(email="Luis.Mendez@Bayside.com", city="SAN JOSE", state="ca", zip="95113",
                      address="90 Market St", createdate="2024-04-18T12:30:00.000Z")))
def c23(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"address": {"street": r["address"], "city": title(r["city"]), "state": r["state"].upper(),
                                   "postalCode": r["zip"], "country": r["country"]},
                       "createdAt": day(r["createdate"])}}


@case("h75-24", H, S,
      "As a privacy-conscious PM, I want only contacts who haven't opted out sent to Segment, so that "
      "unsubscribes are respected downstream: hs_email_optout 'true' means skip; 'false' or blank means send.\n"
      "Acceptance criteria:\n"
      "- userId = email (identify key)\n"
      "- traits.phone = office phone, else mobile, in E.164 with US as the default country; leave it out if "
      "they have neither\n"
      "- traits.website = website; leave out when empty",
      extended(HS, hs(email="nina.park@seoulbyte.kr", phone="", mobilephone="(206) 555-0111", website="",
                      hs_email_optout=""),
               hs(email="tariq.aziz@indusweave.pk", phone="  ", mobilephone="", website="https://indusweave.pk",
                  hs_email_optout="false")))
def c24(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return keep({"userId": r["email"],
                 "traits": {"phone": phone_chain(r["phone"], r["mobilephone"]),
                            "website": OMIT if blank(r["website"]) else r["website"]}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h75-25", H, G,
      "As a performance marketer, I want a GA4 generate_lead event for every HubSpot contact so that offline "
      "leads count in our ad reports.\n"
      "Acceptance criteria:\n"
      "- client_id = the contact's email (that's the key GA4 gets)\n"
      "- event name 'generate_lead'\n"
      "- params.currency 'USD'\n"
      "- params.value = annual revenue as a number; 0 when there's no revenue\n"
      "- params.lead_source = original source in lower case; 'unknown' when blank",
      extended(HS))
def c25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "generate_lead",
                        "params": {"currency": "USD",
                                   "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                                   "lead_source": dflt(r["hs_analytics_source"], "unknown").lower()}}]}


@case("h75-26", H, G,
      "As a revenue analyst, I want GA4 to receive only contacts whose annual revenue is above 1 million "
      "(contacts with no revenue are skipped), so that the value totals aren't padded with zeros.\n"
      "Acceptance criteria:\n"
      "- client_id is always 'hubspot-sync'\n"
      "- user_id = the HubSpot email\n"
      "- event name: 'purchase' for lifecycle stage customer, 'generate_lead' for any other stage\n"
      "- params.value = annual revenue as a number; params.currency = 'EUR'",
      extended(HS, hs(email="greta.olsen@nordkyst.no", lifecyclestage="customer", annualrevenue="1800000")))
def c26(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1_000_000:
        return None
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": "hubspot-sync", "user_id": r["email"],
            "events": [{"name": name, "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


GROUP_27 = {"subscriber": "early", "lead": "early", "marketingqualifiedlead": "qualified",
            "salesqualifiedlead": "qualified", "customer": "won"}


@case("h75-27", H, G,
      "As a web analyst, I want one 'crm_stage' event per contact, with client_id = the part of the email before "
      "the @, so that it lines up with our cookie-less IDs.\n"
      "Acceptance criteria:\n"
      "- params.stage_group: subscriber or lead -> 'early'; marketingqualifiedlead or salesqualifiedlead -> "
      "'qualified'; customer -> 'won'; any other stage -> 'other'\n"
      "- params.country = country, copied\n"
      "- params.source = 'hubspot'",
      lower_emails(extended(HS, hs(email="paul.weber@rheinblick.de", lifecyclestage="opportunity",
                                   country="Germany"))))
def c27(r: R) -> Out:
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "crm_stage",
                        "params": {"stage_group": GROUP_27.get(r["lifecyclestage"], "other"),
                                   "country": r["country"], "source": "hubspot"}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h75-28", L, H,
      "As a marketer, I want Salesforce leads mirrored into HubSpot contacts so that nurture emails can start the "
      "day a lead is created.\n"
      "Acceptance criteria:\n"
      "- email = Email (HubSpot matches on it)\n"
      "- firstname, lastname, company copied from FirstName, LastName, Company\n"
      "- jobtitle = Title\n"
      "- city = City; country = Country\n"
      "Out of scope: Status, Rating, LeadSource, revenue.",
      extended(SFL))
def c28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "city": r["City"], "country": r["Country"]}


STATUS_29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h75-29", L, H,
      "As a sales ops person, I want HubSpot's lead status to follow Salesforce so that both teams see the same "
      "pipeline.\n"
      "Acceptance criteria:\n"
      "- match on email: Email -> email\n"
      "- hs_lead_status: 'Open - Not Contacted' -> NEW, 'Working - Contacted' -> IN_PROGRESS, "
      "'Closed - Converted' -> CONNECTED, 'Closed - Not Converted' -> UNQUALIFIED\n"
      "- hs_email_optout: the text 'true' when HasOptedOutOfEmail is checked, the text 'false' when it isn't",
      extended(SFL))
def c29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": STATUS_29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


STAGE_30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h75-30", L, H,
      "As a marketer, I want the Salesforce Rating to drive the HubSpot lifecycle stage, so that Hot leads go "
      "straight to sales as salesqualifiedlead, Warm ones become marketingqualifiedlead and Cold ones stay lead.\n"
      "Acceptance criteria:\n"
      "- email = Email lower-cased; it's the match key\n"
      "- annualrevenue = AnnualRevenue as a number, left out when blank",
      extended(SFL, sfl(Email="Nadia.Petrova@Volga-Tech.ru", Rating="Warm", AnnualRevenue="1250000.5")))
def c30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": STAGE_30[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h75-31", L, H,
      "As our UK marketing lead, I want only Salesforce leads with Country 'United Kingdom' brought into HubSpot, "
      "so that the UK team owns its own database. Leads with any other or a blank Country are skipped.\n"
      "Acceptance criteria:\n"
      "- email from Email (match key)\n"
      "- phone = Phone in E.164 as a UK number (+44)\n"
      "- city = City in upper case\n"
      "- jobtitle = Title; blank -> 'Not given'\n"
      "- hs_lead_status 'NEW' for all of them",
      extended(SFL, sfl(Email="fiona.reid@glenbrae.co.uk", Country="United Kingdom", Phone="+44 131 496 0012",
                        City="Edinburgh", Title=""),
               sfl(Email="tom.hughes@severnlabs.co.uk", Country="United Kingdom", Phone="0117 496 0555",
                   City="Bristol", Title="CFO")))
def c31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "jobtitle": dflt(r["Title"], "Not given"), "hs_lead_status": "NEW"}


@case("h75-32", L, H,
      "As a marketer, I want dead leads kept out of HubSpot (skip anything whose Status is 'Closed - Not "
      "Converted') so that our database isn't cluttered.\n"
      "For everyone else:\n"
      "- email = Email (that's the key)\n"
      "- address = Street, copied\n"
      "- zip = PostalCode; blank -> leave zip out\n"
      "- country = Country; blank -> 'Unknown'",
      extended(SFL, sfl(Email="pablo.ruiz@solmar.es", Status="Working - Contacted", Street="", PostalCode="  ",
                        Country="")))
def c32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return keep({"email": r["Email"], "address": r["Street"],
                 "zip": OMIT if blank(r["PostalCode"]) else r["PostalCode"],
                 "country": dflt(r["Country"], "Unknown")})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h75-33", C, M,
      "As an email marketer, I want Salesforce contacts in Mailchimp with a status that respects their opt-out: "
      "HasOptedOutOfEmail true -> 'unsubscribed', false -> 'subscribed'.\n"
      "Acceptance criteria:\n"
      "- email_address = Email in lower case (match key)\n"
      "- FNAME = FirstName, LNAME = LastName\n"
      "- tags: 'salesforce' for all, plus 'trade-show' as the second tag when LeadSource is 'Trade Show' "
      "(blank LeadSource -> only 'salesforce')",
      extended(SFC))
def c33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": tags}


@case("h75-34", C, M,
      "As a marketer, I want opted-out Salesforce contacts (HasOptedOutOfEmail true) kept out of Mailchimp "
      "entirely, so that we stay compliant.\n"
      "Acceptance criteria:\n"
      "- email_address = Email (the key)\n"
      "- PHONE = Phone in E.164, US numbers by default\n"
      "- vip = true when Department is 'Engineering', false otherwise (blank department -> false)\n"
      "- FNAME = FirstName in upper case",
      extended(SFC, sfc(Email="raj.mehta@peninsula.io", FirstName="Raj", Department="", Phone="650-555-0133",
                        HasOptedOutOfEmail=False)))
def c34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"PHONE": e164(r["Phone"]), "FNAME": r["FirstName"].upper()},
            "vip": r["Department"] == "Engineering"}


@case("h75-35", C, M,
      "As a copywriter, I want FNAME to fall back to 'there' when a contact has no first name, so that 'Hi there' "
      "still reads fine.\n"
      "Acceptance criteria:\n"
      "- email_address from Email (match key)\n"
      "- FNAME = FirstName as is (apart from that fallback); LNAME = LastName as is\n"
      "- language: 'de' for MailingCountry Germany or Austria, 'en' for any other country (blank too)\n"
      "- status 'subscribed' for everyone",
      extended(SFC, sfc(Email="sam.taylor@northbay.ca", FirstName="", LastName="Taylor", MailingCountry="Canada"),
               sfc(Email="mira.klein@donau.at", FirstName="  ", LastName="Klein", MailingCountry="")))
def c35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en", "status": "subscribed"}


@case("h75-36", C, M,
      "As a demand-gen PM, I want only contacts whose LeadSource is 'Web' pushed to Mailchimp (a blank LeadSource "
      "does not count as Web), so that the web welcome series only hits web sign-ups.\n"
      "Acceptance criteria:\n"
      "- email_address = Email (key)\n"
      "- status 'pending' (double opt-in)\n"
      "- tags = an empty list\n"
      "- FNAME / LNAME from FirstName / LastName in title case",
      extended(SFC, sfc(Email="claire.bennett@kentwood.co.uk", FirstName="CLAIRE", LastName="bennett",
                        LeadSource="Web"),
               sfc(Email="marco.bianchi@lagoverde.it", FirstName="Marco", LastName="Bianchi", LeadSource="Email")))
def c36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "status": "pending", "tags": [],
            "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": title(r["LastName"])}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h75-37", C, S,
      "As a product analyst, I want Salesforce contacts identified in Segment, so that CRM data enriches our "
      "product profiles.\n"
      "Acceptance criteria:\n"
      "- userId = Email in lower case\n"
      "- traits.firstName = FirstName, traits.lastName = LastName\n"
      "- traits.title = Title, omitted when blank\n"
      "- traits.birthday = Birthdate as is; no birthdate -> omit",
      extended(SFC))
def c37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"],
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h75-38", C, S,
      "As a marketer, I want location on each Segment identify (userId = the Salesforce Email, unchanged) so that "
      "geo segments work.\n"
      "Acceptance criteria:\n"
      "- traits.address.city = MailingCity with leading/trailing spaces trimmed\n"
      "- traits.address.country = MailingCountry; blank -> 'Unknown'\n"
      "- traits.department = Department; blank -> 'General'\n"
      "Out of scope: phone numbers and names.",
      extended(SFC, sfc(Email="urs.keller@limmat.ch", MailingCity="  Zurich ", MailingCountry="",
                        Department="Finance")))
def c38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")},
                       "department": dflt(r["Department"], "General")}}


CHANNEL_39 = {"Web": "inbound", "Trade Show": "events"}


@case("h75-39", C, S,
      "As a CRM analyst, I want traits.name = FirstName, a space, then LastName, so that profiles show full names.\n"
      "As a marketer, I want traits.channel from LeadSource: Web -> 'inbound', Trade Show -> 'events', anything "
      "else or blank -> 'other'.\n"
      "As the SMS owner, I want traits.phone as E.164 (assume US) so that the SMS tool accepts it.\n"
      "userId for all of this = Email as is.",
      extended(SFC, sfc(Email="kofi.mensah@goldcoast.gh", FirstName="Kofi", LastName="Mensah",
                        LeadSource="Partner Referral", Phone="1 415 555 0166")))
def c39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"name": r["FirstName"] + " " + r["LastName"],
                       "channel": CHANNEL_39.get(r["LeadSource"], "other"), "phone": e164(r["Phone"])}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h75-40", M, H,
      "As a marketer, I want Mailchimp members' details in HubSpot, so that sales sees who reads our newsletter.\n"
      "Acceptance criteria:\n"
      "- email = email_address (match key)\n"
      "- firstname = FNAME, lastname = LNAME (as is)\n"
      "- phone = PHONE; empty PHONE -> don't set phone\n"
      "- hs_email_optout: the text 'true' when status is unsubscribed, the text 'false' for any other status",
      extended(MC))
def c40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": OMIT if blank(mf["PHONE"]) else mf["PHONE"],
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h75-41", M, H,
      "As a data steward, I want cleaned (bounced) Mailchimp members left out of HubSpot, so that we don't import "
      "dead addresses.\n"
      "Acceptance criteria:\n"
      "- email = email_address; match on it\n"
      "- firstname and lastname = FNAME and LNAME in title case; if LNAME is blank, lastname is 'Unknown'\n"
      "- hs_language = language, copied\n"
      "- lifecyclestage: 'customer' when the member is VIP, 'subscriber' when not",
      extended(MC, mc({"FNAME": "INES MARIA", "LNAME": "  "}, email_address="ines.costa@lisboa-tech.pt",
                      language="pt", vip=True, status="subscribed")))
def c41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]),
            "lastname": "Unknown" if blank(mf["LNAME"]) else title(mf["LNAME"]), "hs_language": r["language"],
            "lifecyclestage": "customer" if r["vip"] else "subscriber"}


@case("h75-42", M, H,
      "As a sales ops lead, I want only subscribed Mailchimp members created in HubSpot so that sales only sees "
      "engaged people.\n"
      "Acceptance criteria:\n"
      "- email from email_address (key)\n"
      "- firstname = first word of FNAME\n"
      "- phone = PHONE in E.164, US by default; no PHONE -> leave phone out\n"
      "- lifecyclestage 'lead' on everyone\n"
      "Out of scope: unsubscribed, cleaned and pending members.",
      extended(MC, mc({"FNAME": "Mei Ling", "LNAME": "Wong", "PHONE": "202.555.0187"},
                      email_address="meiling.wong@harbourtea.hk", status="subscribed"),
               mc({"FNAME": "Pieter", "LNAME": "Jansen", "PHONE": "+31 20 555 0144"},
                  email_address="pieter.jansen@grachtwerk.nl", status="pending")))
def c42(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
                 "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]), "lifecyclestage": "lead"})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set75")
