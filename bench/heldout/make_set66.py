"""Held-out set 66 for the offline mapping drafter.

Persona: Tom, a QA analyst in Leeds who moved into marketing operations. He writes every mapping
request as Gherkin-style behaviour scenarios: a "Feature:" line naming the sync, often a
"Background:" (e.g. "Given contacts are matched on email"), then "Scenario:" blocks with
Given / When / Then / And / But, sometimes a "Scenario Outline:" with an "Examples:" table in
pipes for value tables. He packs several fields into one Then/And line ("Then Email, FirstName
and LastName are copied as they are"), writes filters as "Then the contact is not synced"
scenarios, and types the texts on several lines with Gherkin indentation (British spelling).

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h66-01 .. h66-08)
  hubspot.contacts -> salesforce.Contact   6  (h66-09 .. h66-14)
  hubspot.contacts -> mailchimp.members    6  (h66-15 .. h66-20)
  hubspot.contacts -> segment.identify     4  (h66-21 .. h66-24)
  hubspot.contacts -> ga4.events           3  (h66-25 .. h66-27)
  salesforce.Lead  -> hubspot.contacts     5  (h66-28 .. h66-32)
  salesforce.Contact -> mailchimp.members  4  (h66-33 .. h66-36)
  salesforce.Contact -> segment.identify   3  (h66-37 .. h66-39)
  mailchimp.members -> hubspot.contacts    3  (h66-40 .. h66-42)

Rule kinds per case:
  01 copies (packed Then), constant, default   22 nested company traits, default, omit, integer, < condition
  02 E.164 US w/ fallback + omit, lower, title  23 nested address traits, title, omit, E.164 US w/ fallback
  03 value table (outline) w/ otherwise+blank   24 trim+lower userId, boolean (blank), number/omit, date, upper
  04 > condition (3 branches, blank), number    25 GA4: constants, lower w/ default, copy
  05 only filter, upper, concat + date part     26 GA4 filter (> w/ blank), before-@ client_id, number
  06 exclude filter, integer, default           27 GA4 conditional event name, date part, copy
  07 boolean from "true"/"false" (blank), omit  28 copies with blanks kept blank
  08 value table (outline), blank omit, fallback 29 value table (outline, no otherwise), "true"/"false" text
  09 copies into Mailing* (blank stays blank)   30 value table (no otherwise), number/omit, lower, upper
  10 title case, fallback to before-@, default  31 only filter, E.164 UK, upper, default
  11 only filter, lower, E.164 US, omit         32 exclude filter, concat with blank part, default in concat
  12 concat with separators, constants, copy    33 lower, boolean->status, constant + conditional tag
  13 exclude filter, table (no otherwise)+blank 34 exclude filter (blank), E.164 US, table -> tag
  14 trim+lower, first word, trim, 3-step chain 35 copies, equality -> vip, table w/ otherwise, constant
  15 copies, constants, omit-when-empty         36 only filter (boolean), constants, empty tag list, copies
  16 3-way status (blank stated), constant tag  37 lower userId, copies, omit-when-empty
  17 conditional tags (equality and >, blank)   38 nested address, omit date, default
  18 first word, E.164 US w/ fallback, trim+lower 39 E.164 US, concatenation, table w/ otherwise (blank)
  19 exclude filter, constant, vip flag         40 title case, omit-when-empty, default, "true"/"false"
  20 title, table w/ otherwise, after-@ tag     41 exclude filter, E.164 US + omit, copy, vip condition
  21 lower userId, copies (blank), concat       42 first word + before-@ fallback, after-@ fallback, tag condition
"""

from __future__ import annotations

import textwrap
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


def g(text: str) -> str:
    """A Gherkin text as Tom types it: his own line breaks and indentation."""
    return textwrap.dedent(text).strip("\n")


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(**kw: Any) -> R:
    return {**MC[0], **kw}


# extra records of this set
OLU = hs(email="olu.adeyemi@lagoshub.ng", firstname="Olu", lastname="Adeyemi", company="Lagos Hub", phone="",
         mobilephone="", jobtitle="Founder", hs_analytics_source="EMAIL_MARKETING", lifecyclestage="opportunity",
         country="Nigeria", city="lagos", state="", zip="100001", address="3 Marina Rd", annualrevenue="950000",
         numemployees="8", industry="Retail", website="", createdate="2024-02-15T13:20:00.000Z",
         hs_email_optout="false")
NONAME = hs(email="sam.okoro@brightlane.co", firstname="", lastname="", company="Brightlane", phone="",
            mobilephone="(646) 555-0120", jobtitle="Analyst", hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="lead",
            country="United States", city="New York", state="NY", zip="10001", address="20 W 34th St",
            annualrevenue="", numemployees="5", industry="", website="", createdate="2024-03-01T12:10:00.000Z",
            hs_email_optout="")
NINA = hs(email="nina.berg@fjordtech.no", firstname="Nina", lastname="Berg", company="Fjordtech",
          phone="+47 22 55 50 10", mobilephone="", jobtitle="CMO", hs_analytics_source="", lifecyclestage="lead",
          country="Norway", city="Oslo", state="", zip="0150", address="Karl Johans gate 1", annualrevenue="3000000.5",
          numemployees="60", industry="Software", website="https://fjordtech.no",
          createdate="2023-09-18T14:40:00.000Z", hs_email_optout="false")
ANA = hs(email=" Ana.Lima@Verdemar.com.br ", firstname="Ana Paula", lastname="  Lima ", company="Verdemar",
         phone="", mobilephone="1 (305) 555-0110", jobtitle="", hs_analytics_source="SOCIAL_MEDIA",
         lifecyclestage="lead", country="Brazil", city="Recife", state="PE", zip="50030-230",
         address="Rua da Aurora 10", annualrevenue="1500000", numemployees="30", industry="Retail",
         website="", createdate="2024-04-22T11:00:00.000Z", hs_email_optout="")
WEI = hs(email="wei.li@jadegate.cn", firstname="Wei", lastname="Li", company="Jadegate Trading",
         phone="+86 21 5555 0188", mobilephone="", jobtitle="Purchasing Lead", hs_analytics_source="OFFLINE",
         lifecyclestage="customer", country="China", city="Shanghai", state="", zip="200000",
         address="88 Century Ave", annualrevenue="9000000", numemployees="300", industry="Logistics",
         website="https://jadegate.cn", createdate="2023-05-30T12:45:00.000Z", hs_email_optout="false")
TOM = hs(email="  Tom.Reid@Copperline.co.uk ", firstname="Tom", lastname="Reid", company="Copperline",
         phone="0113 496 0000", mobilephone="", jobtitle="Ops Manager", hs_analytics_source="REFERRALS",
         lifecyclestage="opportunity", country="United Kingdom", city="Leeds", state="", zip="LS1 4AP",
         address="1 Park Row", annualrevenue="", numemployees="45", industry="Engineering", website="",
         createdate="2024-05-07T12:30:00.000Z", hs_email_optout="true")
SIOBHAN = sfl(Email="siobhan.kelly@tidewater.co.uk", FirstName="Siobhan", LastName="Kelly", Company="Tidewater Ltd",
              Title="", Phone="07700 900123", Street="", City="Bristol", PostalCode="bs1 4dj",
              Country="United Kingdom", Status="Working - Contacted", Rating="Warm", LeadSource="",
              HasOptedOutOfEmail=True, AnnualRevenue="750000")
MARY = mc(email_address="mary.byrne@cliffside.ie", status="pending",
          merge_fields={"FNAME": "Mary Kate", "LNAME": "Byrne", "PHONE": "(917) 555-0161", "COMPANY": "Cliffside Media"},
          tags=["Customer", "Webinar"], language="en", vip=False)
TARIQ = mc(email_address="tariq.haddad@oasisfintech.ae", status="subscribed",
           merge_fields={"FNAME": "", "LNAME": "Haddad", "PHONE": "", "COMPANY": ""},
           tags=[], language="ar", vip=False)


def optout(v: Any) -> bool:
    """HubSpot's hs_email_optout text as a boolean, where the text says blank means not opted out."""
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h66-01-leads-basics-unknown-company", H, L, g("""
    Feature: HubSpot contacts become Salesforce Leads
      Background:
        Given Leads are matched on Email

      Scenario: the basics come across untouched
        Given a HubSpot contact
        When it is synced to Salesforce
        Then Email, FirstName and LastName are copied as they are from email, firstname and lastname
        And LeadSource is always "Web"

      Scenario: contact without a company
        Given a HubSpot contact whose company is blank
        When it is synced to Salesforce
        Then the Lead's Company is "Unknown"
        But a contact that has a company keeps it exactly as it is
    """), HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "LeadSource": "Web",
            "Company": dflt(r["company"], "Unknown")}


@case("h66-02-lead-phone-e164-fallback", H, L, g("""
    Feature: Phone numbers on new Leads
      Background:
        Given Leads are matched on Email, which is the HubSpot email in lower case
        And the Lead's City is the HubSpot city in title case

      Scenario: office phone first
        Given a HubSpot contact with a phone
        When it is synced to Salesforce
        Then the Lead's Phone is that phone in E.164 format, assuming US numbers when there's no + country code

      Scenario: no office phone
        Given a HubSpot contact whose phone is blank
        When it is synced to Salesforce
        Then Phone is the mobilephone in E.164 instead, with the same US assumption

      Scenario: no numbers at all
        Given a contact with neither a phone nor a mobilephone
        When it is synced to Salesforce
        Then Phone is left off the Lead completely
    """), extended(HS, OLU))
def _02(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"].lower(), "City": title(r["city"]), "Phone": OMIT if blank(ph) else e164(ph)})


@case("h66-03-original-source-outline", H, L, g("""
    Feature: Original source becomes Lead Source
      Background:
        Given a HubSpot contact is matched to a Lead on Email, copied as is

      Scenario Outline: sources we recognise
        Given a contact whose original source is <original source>
        When it syncs to Salesforce
        Then LeadSource is "<lead source>"

        Examples:
          | original source | lead source       |
          | ORGANIC_SEARCH  | Web               |
          | PAID_SEARCH     | Advertisement     |
          | PAID_SOCIAL     | Advertisement     |
          | REFERRALS       | External Referral |

      Scenario: everything else
        Given a contact with any other original source, or a blank one
        When it syncs to Salesforce
        Then LeadSource is "Other"
    """), extended(HS, OLU))
def _03(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h66-04-rating-by-revenue", H, L, g("""
    Feature: Rate Leads by company revenue
      Background:
        Given contacts are matched on Email, taken unchanged from the HubSpot email

      Scenario: revenue known
        Given a HubSpot contact with an annual revenue
        When it is synced to Salesforce
        Then AnnualRevenue is the annual revenue as a number
        And Rating is "Hot" when the revenue is over 5,000,000
        But Rating is "Warm" when it is 5,000,000 or less

      Scenario: revenue unknown
        Given a contact whose annual revenue is blank
        When it is synced to Salesforce
        Then Rating is "Cold"
        And AnnualRevenue is not sent at all
    """), HS)
def _04(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if v is None else num(r["annualrevenue"]),
                 "Rating": rating})


@case("h66-05-sales-ready-only", H, L, g("""
    Feature: Only sales-ready contacts go to Salesforce
      Background:
        Given Leads are matched on Email

      Scenario: not sales-ready yet
        Given a HubSpot contact whose lifecycle stage is anything other than marketingqualifiedlead or salesqualifiedlead
        When the sync runs
        Then the contact is not synced

      Scenario: sales-ready contact
        Given a contact whose lifecycle stage is marketingqualifiedlead or salesqualifiedlead
        When it is synced to Salesforce
        Then Email is the HubSpot email exactly as it is
        And LastName is the lastname in upper case
        And Description reads "HubSpot since " followed by the create date as YYYY-MM-DD, e.g. "HubSpot since 2023-03-14"
    """), HS)
def _05(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Description": "HubSpot since " + day(r["createdate"])}


@case("h66-06-no-company-no-lead", H, L, g("""
    Feature: Leads need a company
      Background:
        Given contacts are matched on Email

      Scenario: no company, no Lead
        Given a HubSpot contact whose company is blank
        When the sync runs
        Then the contact is not synced

      Scenario: contact with a company
        Given a HubSpot contact with a company name
        When it is synced to Salesforce
        Then Email and Company are copied across as they are
        And NumberOfEmployees is the number of employees as a whole number
        And Title is the job title, or "Not provided" when the job title is blank
    """), HS)
def _06(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"Email": r["email"], "Company": r["company"], "NumberOfEmployees": int(num(r["numemployees"])),
            "Title": dflt(r["jobtitle"], "Not provided")}


@case("h66-07-optout-flag-website", H, L, g("""
    Feature: Opt-outs follow the contact into Salesforce
      Background:
        Given Leads are matched on Email
        And Email is the HubSpot email in lower case

      Scenario: contact has unsubscribed
        Given a HubSpot contact whose hs_email_optout is "true"
        When it is synced to Salesforce
        Then HasOptedOutOfEmail is true

      Scenario: contact is still subscribed
        Given a contact whose hs_email_optout is "false" or blank
        When it is synced to Salesforce
        Then HasOptedOutOfEmail is false

      Scenario: website
        Given a contact with a website
        Then the Lead's Website is the website, copied as it is
        But when the website is blank, Website is not sent at all
    """), HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"].lower(), "HasOptedOutOfEmail": optout(r["hs_email_optout"]),
                 "Website": OMIT if blank(r["website"]) else r["website"]})


@case("h66-08-industry-outline-best-phone", H, L, g("""
    Feature: Industry and best phone for Leads
      Background:
        Given contacts are matched on Email (the HubSpot email, unchanged)

      Scenario Outline: industry names
        Given a HubSpot contact whose industry is "<hubspot industry>"
        When it is synced to Salesforce
        Then the Lead's Industry is "<salesforce industry>"

        Examples:
          | hubspot industry | salesforce industry |
          | Software         | Technology          |
          | Food             | Food & Beverage     |
          | Logistics        | Transportation      |
          | Design           | Media               |

      Scenario: no industry
        Given a contact whose industry is blank
        Then Industry is left off the Lead

      Scenario: best number to call
        Given any HubSpot contact
        Then Phone is the mobilephone if there is one, otherwise the phone, copied exactly as typed
    """), HS)
def _08(r: R) -> Out:
    table = {"Software": "Technology", "Food": "Food & Beverage", "Logistics": "Transportation", "Design": "Media"}
    return keep({"Email": r["email"], "Industry": OMIT if blank(r["industry"]) else table[r["industry"]],
                 "Phone": r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h66-09-mailing-address-copies", H, C, g("""
    Feature: Addresses onto Salesforce Contacts
      Background:
        Given contacts are matched on Email

      Scenario: address fields
        Given a HubSpot contact
        When it is synced to a Salesforce Contact
        Then Email is copied from email as is
        And MailingStreet, MailingCity, MailingState, MailingPostalCode and MailingCountry come from address, city, state, zip and country, unchanged
        And a blank state is sent as a blank value, not skipped
    """), HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h66-10-names-title-case-fallbacks", H, C, g("""
    Feature: Names for Salesforce Contacts
    Background:
      Given Contacts are matched on Email, taken straight from the HubSpot email

    Scenario: contact with a first name
      Given a HubSpot contact with a firstname
      When it is synced to a Salesforce Contact
      Then FirstName is the firstname in title case

    Scenario: contact with no first name
      Given a HubSpot contact whose firstname is blank
      When it is synced to a Salesforce Contact
      Then FirstName is the part of the email before the "@", exactly as it appears in the email

    Scenario: last name
      Given any HubSpot contact
      Then LastName is the lastname in title case
      But LastName is "Unknown" when the lastname is blank
    """), lower_emails(extended(HS, NONAME)))
def _10(r: R) -> Out:
    return {"Email": r["email"], "FirstName": before_at(r["email"]) if blank(r["firstname"]) else title(r["firstname"]),
            "LastName": "Unknown" if blank(r["lastname"]) else title(r["lastname"])}


@case("h66-11-us-contacts-e164", H, C, g("""
    Feature: US contacts only, with dialable numbers
      Background:
        Given contacts are matched on Email

      Scenario: contact outside the US
        Given a HubSpot contact whose country is not exactly "United States"
        When the sync runs
        Then the contact is not synced

      Scenario: US contact
        Given a HubSpot contact whose country is "United States"
        When it is synced to a Salesforce Contact
        Then Email is the email in lower case
        And Phone is the phone in E.164 format, with the US as the default country
        And MobilePhone is the mobilephone in E.164 format too
        But if the mobilephone is blank, MobilePhone is left out
    """), HS)
def _11(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return keep({"Email": r["email"].lower(), "Phone": e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


@case("h66-12-description-concat", H, C, g("""
    Feature: Contact description says where they are
      Background:
        Given Contacts are matched on Email (unchanged from HubSpot)

      Scenario: every synced contact
        Given a HubSpot contact
        When it is synced to a Salesforce Contact
        Then Description is "Based in ", then the city, then ", ", then the country, e.g. "Based in Boston, United States"
        And Department is always "Marketing import"
        And DoNotCall is false for everybody
        And Title is the jobtitle as it is, blank ones included
    """), HS)
def _12(r: R) -> Out:
    return {"Email": r["email"], "Description": "Based in " + r["city"] + ", " + r["country"],
            "Department": "Marketing import", "DoNotCall": False, "Title": r["jobtitle"]}


@case("h66-13-source-outline-skip-optouts", H, C, g("""
    Feature: Lead Source on Salesforce Contacts
      Background:
        Given Contacts are matched on Email, which is copied unchanged

      Scenario: unsubscribed contacts stay out
        Given a HubSpot contact whose hs_email_optout is "true"
        When the sync runs
        Then the contact is not synced

      Scenario Outline: lead source from original source
        Given a contact whose hs_email_optout is "false" or blank
        And whose original source is <original source>
        When it is synced to a Salesforce Contact
        Then LeadSource is "<lead source>"

        Examples:
          | original source | lead source   |
          | ORGANIC_SEARCH  | Web           |
          | PAID_SEARCH     | Advertisement |
          | PAID_SOCIAL     | Advertisement |

      Scenario: no original source
        Given a contact that hasn't opted out and whose original source is blank
        Then LeadSource is "Other"
    """), extended(HS, NINA))
def _13(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement"}
    return {"Email": r["email"], "LeadSource": "Other" if blank(r["hs_analytics_source"]) else table[r["hs_analytics_source"]]}


@case("h66-14-tidy-names-title-chain", H, C, g("""
    Feature: Tidy names on Contacts
      Background:
        Given Contacts are matched on Email, which is the HubSpot email trimmed of spaces and in lower case

      Scenario: tidy first and last name
        Given a HubSpot contact
        When it is synced to a Salesforce Contact
        Then FirstName is just the first word of the firstname
        And LastName is the lastname with the spaces round it trimmed off

      Scenario: job title
        Given a HubSpot contact
        When it is synced to a Salesforce Contact
        Then Title is the jobtitle
        But when the jobtitle is blank, Title is the industry
        And when both are blank, Title is "Contact"
    """), extended(HS, ANA))
def _14(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Contact")
    return {"Email": r["email"].strip().lower(), "FirstName": first_word(r["firstname"]),
            "LastName": r["lastname"].strip(), "Title": t}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h66-15-audience-basics", H, M, g("""
    Feature: HubSpot contacts into the Mailchimp audience
      Background:
        Given members are matched on email_address

      Scenario: new member
        Given a HubSpot contact
        When it is added to Mailchimp
        Then email_address is the HubSpot email as it is
        And FNAME and LNAME are the firstname and lastname, copied as they are
        And status is "subscribed" and language is "en"

      Scenario: phone number
        Given a HubSpot contact with a phone
        Then PHONE is that phone as typed
        But a contact whose phone is blank gets no PHONE at all
    """), HS)
def _15(r: R) -> Out:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                                  "PHONE": OMIT if blank(r["phone"]) else r["phone"]},
                 "status": "subscribed", "language": "en"})


@case("h66-16-three-way-status", H, M, g("""
    Feature: Subscription status in Mailchimp
      Background:
        Given Mailchimp members are matched on email_address, which is the HubSpot email lower-cased
        And every member gets the single tag "hubspot-sync"

      Scenario: opted out
        Given a HubSpot contact whose hs_email_optout is "true"
        When it is synced to Mailchimp
        Then status is "unsubscribed"

      Scenario: opted in
        Given a contact whose hs_email_optout is "false"
        When it is synced to Mailchimp
        Then status is "subscribed"

      Scenario: never asked
        Given a contact whose hs_email_optout is blank
        When it is synced to Mailchimp
        Then status is "pending"
    """), HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"].lower(), "status": status, "tags": ["hubspot-sync"]}


@case("h66-17-conditional-tags", H, M, g("""
    Feature: Tagging Mailchimp members
      Background:
        Given members are matched on email_address, the HubSpot email unchanged

      Scenario: every member
        Given any HubSpot contact
        When it is synced to Mailchimp
        Then its first tag is "HubSpot"

      Scenario: customers
        Given a contact whose lifecycle stage is customer
        Then it also gets the tag "Customer", straight after "HubSpot"

      Scenario: big accounts
        Given a contact whose annual revenue is more than 3,000,000
        Then it also gets the tag "Enterprise", which always comes last
        But a blank annual revenue never counts as more than 3,000,000
    """), extended(HS, WEI))
def _17(r: R) -> Out:
    tags = ["HubSpot"]
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    v = rev(r)
    if v is not None and v > 3_000_000:
        tags.append("Enterprise")
    return {"email_address": r["email"], "tags": tags}


@case("h66-18-first-word-mobile-e164", H, M, g("""
    Feature: First name and phone for Mailchimp
    Background:
      Given members are matched on email_address
      And email_address is the HubSpot email, trimmed and in lower case

    Scenario: first name
      Given a HubSpot contact
      When it is synced to Mailchimp
      Then FNAME is only the first word of the firstname

    Scenario: contact with a mobile
      Given a contact with a mobilephone
      When it is synced to Mailchimp
      Then PHONE is the mobilephone in E.164 (assume the US when there's no + prefix)

    Scenario: contact without a mobile
      Given a contact whose mobilephone is blank
      When it is synced to Mailchimp
      Then PHONE is the phone in E.164 instead, with the same US assumption
    """), extended(HS, ANA))
def _18(r: R) -> Out:
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return {"email_address": r["email"].strip().lower(),
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(ph)}}


@case("h66-19-vip-skip-subscribers", H, M, g("""
    Feature: Mailchimp VIPs
      Background:
        Given members are matched on email_address

      Scenario: subscribers are skipped
        Given a HubSpot contact whose lifecycle stage is subscriber
        When the sync runs
        Then the contact is not synced

      Scenario: everyone else
        Given a contact in any other lifecycle stage
        When it is synced to Mailchimp
        Then email_address is the email as is
        And status is "subscribed"
        And vip is true when the lifecycle stage is customer or salesqualifiedlead
        But vip is false for every other stage
    """), HS)
def _19(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "salesqualifiedlead")}


@case("h66-20-language-domain-tag", H, M, g("""
    Feature: Language and domain tag for Mailchimp
      Background:
        Given members are matched on email_address, copied straight from the HubSpot email

      Scenario: surname
        Given a HubSpot contact
        When it is synced to Mailchimp
        Then LNAME is the lastname in title case
        And the member's only tag is its email domain, the part after the "@"

      Scenario Outline: language by country
        Given a contact whose country is "<country>"
        When it is synced to Mailchimp
        Then language is "<language>"

        Examples:
          | country | language |
          | France  | fr       |
          | Japan   | ja       |
          | Mexico  | es       |

      Scenario: any other country
        Given a contact in any other country, or with no country
        Then language is "en"
    """), lower_emails(HS))
def _20(r: R) -> Out:
    lang = {"France": "fr", "Japan": "ja", "Mexico": "es"}.get(r["country"], "en")
    return {"email_address": r["email"], "merge_fields": {"LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "language": lang}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h66-21-identify-names", H, S, g("""
    Feature: Segment identify calls for HubSpot contacts
      Background:
        Given identify calls are matched on userId
        And userId is the HubSpot email in lower case

      Scenario: traits
        Given a HubSpot contact
        When it is sent to Segment
        Then traits.email, traits.firstName and traits.lastName are the email, firstname and lastname as they are
        And traits.name is the firstname, a space, then the lastname
        And traits.title is the jobtitle, sent blank when the jobtitle is blank
    """), HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"], "title": r["jobtitle"]}}


@case("h66-22-company-traits-plan", H, S, g("""
    Feature: Company traits in Segment
      Background:
        Given contacts are matched on userId, which is the email exactly as HubSpot has it

      Scenario: company name
        Given a HubSpot contact
        When it is sent to Segment
        Then traits.company.name is the company
        But it is "Independent" when the company is blank

      Scenario: industry and size
        Given a HubSpot contact
        When it is sent to Segment
        Then traits.company.industry is the industry, left out when the industry is blank
        And traits.company.employee_count is the number of employees as a whole number, left out when blank

      Scenario: plan
        Given a contact with fewer than 50 employees
        Then traits.company.plan is "small"
        But with 50 or more employees it is "mid-market"
        And when the number of employees is blank there is no traits.company.plan at all
    """), HS)
def _22(r: R) -> Out:
    n = r["numemployees"]
    plan = OMIT if blank(n) else ("small" if float(n) < 50 else "mid-market")
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(n) else int(num(n)),
        "plan": plan}}})


@case("h66-23-address-traits-phone", H, S, g("""
    Feature: Address and phone traits in Segment
      Background:
        Given identifies are matched on userId
        And userId is the HubSpot email in lower case

      Scenario: address
        Given a HubSpot contact
        When it is sent to Segment
        Then traits.address.street, traits.address.postalCode and traits.address.country are the address, zip and country as they are
        And traits.address.city is the city in title case
        And traits.address.state is the state, but only when the state isn't blank

      Scenario: phone
        Given a HubSpot contact
        When it is sent to Segment
        Then traits.phone is the phone in E.164, taking the US as the default country
        But when the phone is blank, traits.phone is the mobilephone in E.164 instead
    """), HS)
def _23(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"].lower(), "traits": {
        "address": {"street": r["address"], "postalCode": r["zip"], "country": r["country"], "city": title(r["city"]),
                    "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": e164(ph)}})


@case("h66-24-optout-revenue-signup", H, S, g("""
    Feature: Marketing traits in Segment
      Background:
        Given Segment users are matched on userId
        And userId is the HubSpot email with surrounding spaces trimmed, in lower case

      Scenario: email preference
        Given a HubSpot contact whose hs_email_optout is "true"
        Then traits.unsubscribed is true
        But it is false when hs_email_optout is "false" or blank

      Scenario: revenue, stage and sign-up date
        Given a HubSpot contact
        When it is sent to Segment
        Then traits.annual_revenue is the annual revenue as a number
        And traits.annual_revenue is left out when the revenue is blank
        And traits.stage is the lifecycle stage in upper case
        And traits.signed_up is the create date as YYYY-MM-DD
    """), extended(HS, TOM))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "unsubscribed": optout(r["hs_email_optout"]),
        "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
        "stage": r["lifecyclestage"].upper(), "signed_up": day(r["createdate"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h66-25-ga4-sign-up", H, G, g("""
    Feature: HubSpot sign-ups in GA4
      Background:
        Given events are matched on client_id, which is always "hubspot-crm"

      Scenario: sign-up event
        Given a HubSpot contact
        When it is sent to GA4
        Then there is one event named "sign_up"
        And its param method is the original source in lower case
        And its param stage is the lifecycle stage as it is

      Scenario: unknown source
        Given a contact whose original source is blank
        When it is sent to GA4
        Then the method param is "unknown"
    """), HS)
def _25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-crm", "events": [{"name": "sign_up", "params": {
        "method": "unknown" if blank(src) else src.lower(), "stage": r["lifecyclestage"]}}]}


@case("h66-26-ga4-qualified-accounts", H, G, g("""
    Feature: Qualified accounts in GA4
      Background:
        Given GA4 is matched on client_id
        And client_id is the part of the email before the "@"

      Scenario: small or unknown revenue
        Given a HubSpot contact whose annual revenue is 1,000,000 or less, or blank
        When the sync runs
        Then the contact is not synced

      Scenario: revenue over 1,000,000
        Given a contact whose annual revenue is over 1,000,000
        When it is sent to GA4
        Then the event name is "qualified_account"
        And the event's params are value, the annual revenue as a number, and currency, always "USD"
    """), lower_emails(HS))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h66-27-ga4-purchase-or-lead", H, G, g("""
    Feature: Lifecycle events in GA4
    Background:
      Given events are matched on client_id, which is the HubSpot email in lower case

    Scenario: customer
      Given a HubSpot contact whose lifecycle stage is customer
      When it is sent to GA4
      Then events[0].name is "purchase"

    Scenario: anyone else
      Given a contact in any other lifecycle stage
      When it is sent to GA4
      Then events[0].name is "generate_lead"

    Scenario: params for everyone
      Given any HubSpot contact
      Then events[0].params.signup_date is the create date as YYYY-MM-DD
      And events[0].params.country is the country, copied as is
    """), HS)
def _27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"].lower(), "events": [{"name": name, "params": {
        "signup_date": day(r["createdate"]), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h66-28-lead-to-contact-copies", L, H, g("""
    Feature: Salesforce Leads back into HubSpot
      Background:
        Given HubSpot contacts are matched on email

      Scenario: straight copy
        Given a Salesforce Lead
        When it is synced to HubSpot
        Then email, firstname, lastname and company are Email, FirstName, LastName and Company as they are
        And jobtitle is the Title, phone is the Phone, city is the City and country is the Country
        And any of those that are blank in Salesforce are written as blank, not skipped
    """), SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h66-29-status-outline-optout-text", L, H, g("""
    Feature: Lead Status into HubSpot
      Background:
        Given contacts are matched on email, copied from the Lead's Email

      Scenario Outline: lead status
        Given a Lead whose Status is "<salesforce status>"
        When it is synced to HubSpot
        Then hs_lead_status is "<hubspot status>"

        Examples:
          | salesforce status      | hubspot status |
          | Open - Not Contacted   | NEW            |
          | Working - Contacted    | IN_PROGRESS    |
          | Closed - Converted     | CONNECTED      |
          | Closed - Not Converted | UNQUALIFIED    |

      Scenario: email opt-out
        Given a Lead with HasOptedOutOfEmail ticked
        Then hs_email_optout is the text "true"
        But when it is not ticked, hs_email_optout is the text "false"
    """), SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h66-30-rating-stage-revenue", L, H, g("""
    Feature: Rating drives the lifecycle stage
      Background:
        Given contacts are matched on email
        And email is the Lead's Email in lower case
        And lastname is the LastName in capitals

      Scenario Outline: stage from rating
        Given a Salesforce Lead rated <rating>
        When it is synced to HubSpot
        Then lifecyclestage is <stage>

        Examples:
          | rating | stage                  |
          | Hot    | salesqualifiedlead     |
          | Warm   | marketingqualifiedlead |
          | Cold   | lead                   |

      Scenario: revenue
        Given a Lead with an AnnualRevenue
        Then annualrevenue is that amount as a number
        But a Lead with a blank AnnualRevenue gets no annualrevenue at all
    """), SFL)
def _30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"].lower(), "lastname": r["LastName"].upper(), "lifecyclestage": stage,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h66-31-uk-leads-only", L, H, g("""
    Feature: UK Leads into HubSpot
      Background:
        Given contacts are matched on email, which is the Lead's Email unchanged

      Scenario: Lead outside the UK
        Given a Salesforce Lead whose Country is anything but "United Kingdom"
        When the sync runs
        Then the Lead is not synced

      Scenario: UK Lead
        Given a Lead whose Country is "United Kingdom"
        When it is synced to HubSpot
        Then phone is the Phone in E.164, treating it as a UK number unless it starts with +
        And zip is the PostalCode in upper case
        And jobtitle is the Title, or "Marketing" when the Title is blank
    """), extended(SFL, SIOBHAN))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Marketing")}


@case("h66-32-skip-lost-address-concat", L, H, g("""
    Feature: Open Leads into HubSpot with an address line
      Background:
        Given contacts are matched on email (the Lead's Email, as it is)

      Scenario: lost Leads
        Given a Lead whose Status is "Closed - Not Converted"
        When the sync runs
        Then the Lead is not synced

      Scenario: address line
        Given any other Lead
        When it is synced to HubSpot
        Then company is the Company as is
        And address is the Street, a comma and a space, then the City, e.g. "200 Lake St, Chicago"
        But when the Street is blank, address is just the City on its own

      Scenario: where they came from
        Given any other Lead
        Then message is "Lead source: " followed by the LeadSource
        And when the LeadSource is blank, message is "Lead source: unknown"
    """), extended(SFL, SIOBHAN))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "company": r["Company"], "address": addr,
            "message": "Lead source: " + dflt(r["LeadSource"], "unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h66-33-contact-optout-status-tags", C, M, g("""
    Feature: Salesforce Contacts into Mailchimp
      Background:
        Given members are matched on email_address
        And email_address is the Contact's Email in lower case

      Scenario: opted out in Salesforce
        Given a Contact with HasOptedOutOfEmail ticked
        When it is synced to Mailchimp
        Then status is "unsubscribed"

      Scenario: not opted out
        Given a Contact with HasOptedOutOfEmail unticked
        Then status is "subscribed"

      Scenario: tags
        Given any Contact
        Then it is tagged "salesforce"
        And when its LeadSource is "Trade Show" it gets a second tag, "Events"
    """), SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["Events"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h66-34-department-tag-phone", C, M, g("""
    Feature: Department tags for Mailchimp
      Background:
        Given members are matched on email_address, which is the Contact's Email exactly as it is

      Scenario: no department
        Given a Salesforce Contact whose Department is blank
        When the sync runs
        Then the Contact is not synced

      Scenario Outline: department tag
        Given a Contact in the <department> department
        When it is synced to Mailchimp
        Then its tags are just "<tag>"
        And PHONE is the Contact's Phone in E.164 format, US when there's no + at the front

        Examples:
          | department  | tag        |
          | Engineering | Tech       |
          | Sales       | Sales team |
    """), SFC)
def _34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "tags": [{"Engineering": "Tech", "Sales": "Sales team"}[r["Department"]]],
            "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("h66-35-trade-show-vip-language", C, M, g("""
    Feature: Contacts into Mailchimp with VIP and language
      Background:
        Given members are matched on email_address

      Scenario: everyone
        Given a Salesforce Contact
        When it is synced to Mailchimp
        Then email_address, FNAME and LNAME are Email, FirstName and LastName unchanged
        And status is "subscribed"

      Scenario: trade show contacts are VIPs
        Given a Contact whose LeadSource is "Trade Show"
        Then vip is true
        But vip is false for any other LeadSource, blank included

      Scenario: German speakers
        Given a Contact whose MailingCountry is Germany or Austria
        Then language is "de"
        And every other Contact gets language "en"
    """), SFC)
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "vip": r["LeadSource"] == "Trade Show",
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en"}


@case("h66-36-opted-in-clear-tags", C, M, g("""
    Feature: Refresh opted-in Contacts in Mailchimp
      Background:
        Given members are matched on email_address

      Scenario: opted out
        Given a Salesforce Contact with HasOptedOutOfEmail ticked
        When the sync runs
        Then the Contact is not synced

      Scenario: opted in
        Given a Contact with HasOptedOutOfEmail not ticked
        When it is synced to Mailchimp
        Then email_address is the Email as is
        And FNAME and LNAME are the FirstName and LastName as they are
        And status is "subscribed" and email_type is "html"
        And tags is an empty list, so no tags at all
    """), SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h66-37-contact-identify-title", C, S, g("""
    Feature: Salesforce Contacts to Segment
      Background:
        Given identifies are matched on userId
        And userId is the Contact's Email in lower case

      Scenario: profile traits
        Given a Salesforce Contact
        When it is sent to Segment
        Then traits.email is the Email exactly as Salesforce has it
        And traits.firstName and traits.lastName are FirstName and LastName, unchanged

      Scenario: job title
        Given a Contact with a Title
        Then traits.title is the Title
        But a Contact with a blank Title gets no traits.title
    """), SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h66-38-contact-address-birthday", C, S, g("""
    Feature: Where Contacts live, in Segment
      Background:
        Given Segment users are matched on userId, which is the Contact's Email as it is

      Scenario: address
        Given a Salesforce Contact
        When it is sent to Segment
        Then traits.address.city is the MailingCity and traits.address.country is the MailingCountry, both copied as is

      Scenario: birthday
        Given a Contact with a Birthdate
        Then traits.birthday is the Birthdate
        But with a blank Birthdate, traits.birthday is left out

      Scenario: department
        Given a Contact whose Department is blank
        Then traits.department is "General"
        But otherwise traits.department is the Department
    """), SFC)
def _38(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
        "department": dflt(r["Department"], "General")}})


@case("h66-39-contact-name-phone-channel", C, S, g("""
    Feature: Name, phone and channel traits
      Background:
        Given contacts are matched on userId
        And userId is the Contact's Email lower-cased

      Scenario: name and phone
        Given a Salesforce Contact
        When it is sent to Segment
        Then traits.name is FirstName and LastName joined with a single space
        And traits.phone is the Phone in E.164, with the US as the default country

      Scenario Outline: channel
        Given a Contact whose LeadSource is "<lead source>"
        Then traits.channel is "<channel>"

        Examples:
          | lead source | channel |
          | Web         | online  |
          | Trade Show  | events  |

      Scenario: any other channel
        Given a Contact with any other LeadSource, or a blank one
        Then traits.channel is "other"
    """), SFC)
def _39(r: R) -> Out:
    ch = {"Web": "online", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"].lower(), "traits": {"name": r["FirstName"] + " " + r["LastName"],
                                                     "phone": e164(r["Phone"]), "channel": ch}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h66-40-members-to-contacts-tidy", M, H, g("""
    Feature: Mailchimp members into HubSpot
      Background:
        Given contacts are matched on email, which comes from email_address unchanged

      Scenario: names
        Given a Mailchimp member
        When it is synced to HubSpot
        Then firstname is FNAME in title case
        And lastname is LNAME in title case
        But when LNAME is blank, lastname is left out

      Scenario: company
        Given a member whose COMPANY is blank
        Then company is "Unknown"
        But a member with a COMPANY keeps it as it is

      Scenario: unsubscribes
        Given a member whose status is unsubscribed
        Then hs_email_optout is the text "true"
        And for any other status it is the text "false"
    """), MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h66-41-skip-cleaned-vip-customers", M, H, g("""
    Feature: Live Mailchimp members into HubSpot
      Background:
        Given HubSpot contacts are matched on email, taken from the member's email_address

      Scenario: cleaned addresses
        Given a Mailchimp member whose status is cleaned
        When the sync runs
        Then the member is not synced

      Scenario: member details
        Given any other member
        When it is synced to HubSpot
        Then phone is PHONE in E.164 format, taking the US as the default
        But when PHONE is blank, phone is left out
        And hs_language is the member's language, copied as is

      Scenario: VIPs are customers
        Given a member with vip true
        Then lifecyclestage is "customer"
        But a member with vip false gets lifecyclestage "subscriber"
    """), MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph), "hs_language": r["language"],
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h66-42-first-word-domain-customer-tag", M, H, g("""
    Feature: Fill gaps from the email address
      Background:
        Given contacts are matched on email, copied from email_address as is

      Scenario: first name
        Given a Mailchimp member with an FNAME
        When it is synced to HubSpot
        Then firstname is the first word of FNAME
        But when FNAME is blank, firstname is the part of the email address before the "@"

      Scenario: company
        Given a member with a COMPANY
        Then company is the COMPANY as it is
        But a blank COMPANY is replaced by the part of the email address after the "@"

      Scenario: customers
        Given a member who has the tag "Customer"
        Then lifecyclestage is "customer"
        And members without that tag get lifecyclestage "lead"
    """), extended(MC, MARY, TARIQ))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"],
            "firstname": before_at(r["email_address"]) if blank(mf["FNAME"]) else first_word(mf["FNAME"]),
            "company": after_at(r["email_address"]) if blank(mf["COMPANY"]) else mf["COMPANY"],
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set66")
