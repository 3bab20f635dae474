# ruff: noqa: RUF001  (the author writes typographic dashes; they are part of the texts)
"""Held-out set 92 for the offline mapping drafter.

Persona: Ingrid, an implementation consultant who hands over every mapping as a small Markdown spec:
a heading or intro line naming the two objects, a field table whose columns and headings change from
spec to spec, terse notes in the cells, and a Filters / Value lookup sub-table or a Notes list under it.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h92-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Ingrid's own.
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


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h92-01-lead-straight-copies", H, L, """\
## HubSpot contacts → Salesforce Lead

| Target field | Source field | Rule / notes |
|---|---|---|
| Email | email | as is |
| FirstName | firstname | as is |
| LastName | lastname | as is |
| Company | company | as is, blank stays blank |
| Title | jobtitle | as is, blank stays blank |
| LeadSource | — | fixed value: Web |
""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h92-02-lead-cleanup-defaults", H, L, """\
### Spec: HS contact → SFDC Lead (cleanup pass)

| Source | Target | Transform |
|---|---|---|
| email | Email | copy |
| firstname | FirstName | trim |
| lastname | LastName | trim |
| company | Company | trim; default: Unknown |
| jobtitle | Title | default: Not specified |

"default" = the value used when the source is empty or only spaces; otherwise the source value goes in.
""", extended(HS,
              hs(email="ola.nordmann@fjordtech.no", firstname="  Ola", lastname="Nordmann  ", company="   ",
                 jobtitle="   "),
              hs(email="beatriz.costa@verdemar.pt", firstname="Beatriz ", lastname=" Costa", company="  Verde Mar  ",
                 jobtitle="COO")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"].strip(), "Unknown"), "Title": dflt(r["jobtitle"], "Not specified")}


@case("h92-03-lead-phone-chain-titlecase", H, L, """\
HubSpot contacts → Salesforce Lead

| Field | From | Logic |
|---|---|---|
| Email | email | straight copy |
| FirstName | firstname | title case |
| LastName | lastname | title case |
| City | city | title case |
| Phone | phone → mobilephone | first non-blank of the two, unchanged; omit if both blank |
""", extended(HS,
              hs(email="tom.baker@harborfresh.com", firstname="TOM", lastname="baker", company="Harbor Fresh",
                 city="new york", phone="", mobilephone="  ")))
def _03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if ph is None else ph})


@case("h92-04-lead-source-lookup", H, L, """\
**HubSpot → Salesforce Lead: source mapping**

| Target | Source | Rule |
|---|---|---|
| Email | email | lower case |
| LeadSource | hs_analytics_source | see lookup below |

Value lookup (hs_analytics_source → LeadSource):

| HubSpot value | Salesforce value |
|---|---|
| ORGANIC_SEARCH | Web |
| PAID_SEARCH | Advertisement |
| REFERRALS | Partner Referral |
| EMAIL_MARKETING | Email |
| anything else, incl. blank | Other |
""", HS)
def _04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral",
             "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h92-05-lead-two-excludes", H, L, """\
## Lead push (HubSpot contacts → Salesforce Lead)

| Salesforce field | HubSpot field | Notes |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | copy |
| LastName | lastname | copy |
| Company | company | copy |
| Country | country | copy |
| Status | – | always "Open - Not Contacted" |

**Filters** (skip the contact if either applies)

| Field | Condition |
|---|---|
| lifecyclestage | = customer |
| country | = Japan |
""", HS)
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Country": r["country"], "Status": "Open - Not Contacted"}


@case("h92-06-lead-rating-bands", H, L, """\
HubSpot contacts → Salesforce Lead — sizing fields

| Target field | Source field | Rule / notes |
|---|---|---|
| Email | email | copy |
| NumberOfEmployees | numemployees | whole number; omit if blank |
| Rating | annualrevenue | see notes |

Notes
- Rating: revenue over 5,000,000 → Hot; under 1,000,000 → Cold; anything in between → Warm.
- Blank revenue → Cold.
""", HS)
def _06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"],
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                 "Rating": rating})


@case("h92-07-lead-mobile-e164", H, L, """\
### HubSpot contact → Salesforce Lead

| Source | Target | Transform |
|---|---|---|
| email | Email | none |
| firstname | FirstName | title case |
| lastname | LastName | title case |
| mobilephone | MobilePhone | E.164 (US; a number already starting with + keeps its own code), omit if blank |
""", HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h92-08-lead-us-only-description", H, L, """\
## US leads only: HubSpot contacts → Salesforce Lead

| Field | From | Logic |
|---|---|---|
| Email | email | copy |
| Company | company | copy |
| State | state | UPPER CASE |
| Description | lifecyclestage, createdate | `<lifecyclestage>, created <createdate as YYYY-MM-DD>`, e.g. "subscriber, created 2023-01-05" |

Filters

| Field | Rule |
|---|---|
| country | only United States |
""", extended(HS,
              hs(email="jordan.lee@lonestarfreight.com", firstname="Jordan", lastname="Lee", company="Lone Star Freight",
                 phone="512-555-0166", mobilephone="", country="United States", city="Austin", state="tx",
                 zip="78701", lifecyclestage="lead", createdate="2024-02-20T13:15:00.000Z")))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Company": r["company"], "State": r["state"].upper(),
            "Description": f"{r['lifecyclestage']}, created {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h92-09-contact-mailing-block", H, C, """\
HubSpot contacts → Salesforce Contact (address block)

| Target field | Source field | Rule / notes |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | copy |
| LastName | lastname | copy |
| MailingStreet | address | copy |
| MailingCity | city | copy |
| MailingState | state | copy (empty stays empty) |
| MailingPostalCode | zip | copy |
| MailingCountry | country | copy |
""", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h92-10-contact-optout-dnc-flags", H, C, """\
### HS → SF Contact: flags

| Source | Target | Transform |
|---|---|---|
| email | Email | copy |
| lastname | LastName | copy |
| hs_email_optout | HasOptedOutOfEmail | true if "true"; false if "false" or blank |
| phone | DoNotCall | true when phone is blank, else false |
""", HS)
def _10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h92-11-contact-lastname-chain", H, C, """\
HubSpot contacts → Salesforce Contact

| Field | From | Logic |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | copy |
| LastName | lastname → company → email | fallback chain, first non-blank wins: lastname, else company, else the part of the email before the @ |
""", lower_emails(extended(HS,
                           hs(email="sam.okoro@brightwave.ng", firstname="Sam", lastname="", company="Brightwave Media"),
                           hs(email="li.wen@qingshan.cn", firstname="Li", lastname="  ", company=""))))
def _11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h92-12-contact-country-codes", H, C, """\
## HubSpot → Salesforce Contact (country codes)

| Salesforce Contact | HubSpot contact | Rule |
|---|---|---|
| Email | email | copy |
| MailingState | state | upper case; omit if blank |
| MailingCountry | country | lookup below |

Country lookup

| country | MailingCountry |
|---|---|
| United States | US |
| Japan | JP |
| Mexico | MX |
| France | FR |
""", extended(HS,
              hs(email="ava.chen@cascadebio.com", firstname="Ava", lastname="Chen", company="Cascade Bio",
                 city="Seattle", state="wa", zip="98101", country="United States")))
def _12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep({"Email": r["email"], "MailingState": omit_if_blank(r["state"], str.upper),
                 "MailingCountry": codes[r["country"]]})


@case("h92-13-contact-pipeline-only", H, C, """\
HS contacts → SF Contact — pipeline stages only

| Target | Source | Notes |
|---|---|---|
| Email | email | lower case |
| Phone | phone | as is; if blank use mobilephone (as is) |
| Department | — | constant "Marketing" |

Filters
- Only lifecyclestage = lead, marketingqualifiedlead or salesqualifiedlead. Everything else is skipped.
""", extended(HS,
              hs(email="Rosa.Mendes@SolarisGrid.com", firstname="Rosa", lastname="Mendes", company="Solaris Grid",
                 lifecyclestage="lead", phone="", mobilephone="(646) 555-0111"),
              hs(email="omar.haddad@cedarsoft.io", firstname="Omar", lastname="Haddad", company="Cedarsoft",
                 lifecyclestage="opportunity", phone="(718) 555-0135")))
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Department": "Marketing"}


@case("h92-14-contact-tidy-names-source", H, C, """\
### HubSpot contacts → Salesforce Contact

| Target field | Source field | Rule / notes |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | trim; title case |
| LastName | lastname | trim; title case |
| MailingCity | city | trim; title case |
| LeadSource | hs_analytics_source | see lookup below |

Value lookup

| hs_analytics_source | LeadSource |
|---|---|
| PAID_SEARCH | Advertisement |
| PAID_SOCIAL | Advertisement |
| REFERRALS | External Referral |
| (any other value, or blank) | Web |
""", extended(HS,
              hs(email="john.miller@prairieag.com", firstname="  jOHN ", lastname=" MILLER", company="Prairie Ag",
                 city=" des moines ", state="IA", hs_analytics_source="OFFLINE")))
def _14(r: R) -> Out:
    table = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"].strip()),
            "MailingCity": title(r["city"].strip()), "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h92-15-mc-language-default", H, M, """\
## HubSpot contacts → Mailchimp audience members

| Target | Source | Transform |
|---|---|---|
| email_address | email | copy |
| merge_fields.FNAME | firstname | copy |
| merge_fields.LNAME | lastname | copy |
| status | — | always `subscribed` |
| language | hs_language | copy; default: en (when the property is missing or blank) |
""", extended(HS,
              hs(email="anna.schmidt@bergwerk.de", firstname="Anna", lastname="Schmidt", company="Bergwerk GmbH",
                 country="Germany", hs_language="de"),
              hs(email="noel.martin@ardoise.be", firstname="Noel", lastname="Martin", company="Ardoise",
                 country="Belgium", hs_language="")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h92-16-mc-three-way-status", H, M, """\
HubSpot contacts → Mailchimp members (subscription status)

| Field | From | Logic |
|---|---|---|
| email_address | email | copy |
| status | hs_email_optout | "true" → unsubscribed; "false" → subscribed; blank → pending |
| tags | — | one tag: HubSpot import |
""", HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot import"]}


@case("h92-17-mc-value-customer-tags", H, M, """\
### HubSpot → Mailchimp: tagging

| Mailchimp field | HubSpot field | Rule |
|---|---|---|
| email_address | email | copy |
| merge_fields.FNAME | firstname | copy |
| tags | annualrevenue, lifecyclestage | see notes |

Notes
- Add tag `High value` when annualrevenue is greater than 3,000,000 (blank revenue never gets it).
- Add tag `Customer` when lifecyclestage = customer.
- Tag order: High value first, then Customer. No tag applies → empty list.
""", extended(HS,
              hs(email="victor.lindgren@nordkapp.se", firstname="Victor", lastname="Lindgren", company="Nordkapp AB",
                 lifecyclestage="customer", annualrevenue="9000000")))
def _17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h92-18-mc-first-word-phone", H, M, """\
HubSpot contacts → Mailchimp members

| Target field | Source field | Rule / notes |
|---|---|---|
| email_address | email | copy |
| merge_fields.FNAME | firstname | first word only |
| merge_fields.PHONE | phone, else mobilephone | phone if filled, otherwise mobilephone; then E.164 (US), numbers already starting with + keep their code |
""", extended(HS,
              hs(email="anna.maria.lopez@brisamarina.com", firstname="Anna Maria", lastname="Lopez",
                 company="Brisa Marina", phone="", mobilephone="305-555-0144")))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h92-19-mc-b2b-no-company", H, M, """\
## HubSpot → Mailchimp (B2B list)

| Source | Target | Transform |
|---|---|---|
| email | email_address | copy |
| firstname | merge_fields.FNAME | copy |
| lifecyclestage | vip | true for salesqualifiedlead or customer, false otherwise |
| – | status | subscribed (fixed) |

Filters

| Rule |
|---|
| exclude contacts whose company is blank |
""", extended(HS,
              hs(email="pat.kelly@shamrockdigital.ie", firstname="Pat", lastname="Kelly", company="   ",
                 lifecyclestage="salesqualifiedlead"),
              hs(email="ines.duarte@lisboaworks.pt", firstname="Inês", lastname="Duarte", company="Lisboa Works",
                 lifecyclestage="customer")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]},
            "vip": r["lifecyclestage"] in ("salesqualifiedlead", "customer"), "status": "subscribed"}


@case("h92-20-mc-company-tag-domain", H, M, """\
HubSpot contacts → Mailchimp members

| Field | From | Logic |
|---|---|---|
| email_address | email | copy |
| merge_fields.FNAME | firstname | title case |
| merge_fields.LNAME | lastname | title case |
| tags | company | a single tag with the company name as is; if company is blank, use the email domain (the part after the @) instead |
| vip | annualrevenue | true if more than 3,000,000; false if less or blank |
""", lower_emails(HS))
def _20(r: R) -> Out:
    tag = r["company"] if not blank(r["company"]) else after_at(r["email"])
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [tag], "vip": gt(r["annualrevenue"], 3_000_000)}


# ---------------------------------------------------------------- HubSpot -> Segment identify

@case("h92-21-seg-full-name", H, S, """\
## HubSpot contacts → Segment identify

| Target | Source | Rule |
|---|---|---|
| userId | email | lower case |
| traits.email | email | as is |
| traits.firstName | firstname | as is |
| traits.lastName | lastname | as is |
| traits.name | firstname + " " + lastname | joined with one space, no case change |
""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h92-22-seg-company-object", H, S, """\
HubSpot → Segment identify (company traits)

| Field | From | Logic |
|---|---|---|
| userId | email | copy |
| traits.company.name | company | default: Independent |
| traits.company.industry | industry | omit if blank |
| traits.company.employee_count | numemployees | integer; omit if blank |
""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h92-23-seg-address-phone", H, S, """\
### HubSpot contacts → Segment identify: address & phone

| Target field | Source field | Rule / notes |
|---|---|---|
| userId | email | copy |
| traits.address.street | address | copy |
| traits.address.city | city | copy |
| traits.address.state | state | omit if blank |
| traits.address.postalCode | zip | copy |
| traits.address.country | country | copy |
| traits.phone | phone → mobilephone | phone, or mobilephone when phone is blank; E.164 (US); omit when both are blank |
""", extended(HS,
              hs(email="greta.holm@fjaril.se", firstname="Greta", lastname="Holm", company="Fjäril Design",
                 phone="", mobilephone="", address="Storgatan 5", city="Malmö", state="", zip="211 34",
                 country="Sweden")))
def _23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h92-24-seg-optout-revenue", H, S, """\
HubSpot → Segment identify

| Source | Target | Transform |
|---|---|---|
| email | userId | trim, lower case |
| jobtitle | traits.title | copy |
| hs_email_optout | traits.unsubscribed | boolean: true if "true", otherwise false (blank counts as false) |
| annualrevenue | traits.annual_revenue | number; omit if blank |
""", extended(HS,
              hs(email="  Noor.Hassan@DesertBloom.ae ", firstname="Noor", lastname="Hassan", company="Desert Bloom",
                 jobtitle="Founder", hs_email_optout="true", annualrevenue="650000.5")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h92-25-ga4-signup-event", H, G, """\
## HubSpot contacts → GA4 (Measurement Protocol)

One event per contact.

| Target | Source | Rule |
|---|---|---|
| client_id | — | constant `hubspot-crm` |
| events[0].name | — | constant `sign_up` |
| events[0].params.lifecycle_stage | lifecyclestage | copy |
| events[0].params.traffic_source | hs_analytics_source | lower case; a blank source is sent as an empty string |
| events[0].params.signup_date | createdate | date only, YYYY-MM-DD |
""", HS)
def _25(r: R) -> Out:
    return {"client_id": "hubspot-crm",
            "events": [{"name": "sign_up",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "traffic_source": r["hs_analytics_source"].lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h92-26-ga4-qualified-revenue", H, G, """\
HubSpot → GA4 qualified-lead events

| Field | From | Logic |
|---|---|---|
| client_id | email | part before the @ |
| events[0].name | – | `qualified_lead` |
| events[0].params.value | annualrevenue | as a number |
| events[0].params.currency | – | `USD` |

Filters
- Send only contacts with annualrevenue above 1,000,000. Blank revenue = not sent.
""", lower_emails(HS))
def _26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_lead", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h92-27-ga4-purchase-or-lead", H, G, """\
### HubSpot contact → GA4 event

| Target field | Source field | Rule / notes |
|---|---|---|
| client_id | email | copy |
| events[0].name | lifecyclestage | `purchase` if lifecyclestage is customer, otherwise `generate_lead` |
| events[0].params.company | company | default: unknown |
| events[0].params.job_title | jobtitle | copy (blank stays blank) |
""", HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"company": dflt(r["company"], "unknown"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h92-28-sflead-hs-copies", L, H, """\
## Salesforce Lead → HubSpot contacts

| Source | Target | Transform |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | copy |
| LastName | lastname | copy |
| Company | company | copy |
| Title | jobtitle | copy |
| Phone | phone | copy |
| City | city | copy |
| PostalCode | zip | copy |
| Country | country | copy |

Empty values go across as empty.
""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h92-29-sflead-hs-stage-optout", L, H, """\
Salesforce Lead → HubSpot contact (stage + opt-out)

| Field | From | Logic |
|---|---|---|
| email | Email | copy |
| lifecyclestage | Status | lookup below |
| hs_email_optout | HasOptedOutOfEmail | text "true" / "false" |

Value lookup — Status → lifecyclestage

| Status | lifecyclestage |
|---|---|
| Open - Not Contacted | lead |
| Working - Contacted | marketingqualifiedlead |
| Closed - Converted | customer |
| Closed - Not Converted | other |
""", SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h92-30-sflead-hs-rating-revenue", L, H, """\
### SFDC Lead → HubSpot

| Target field | Source field | Rule / notes |
|---|---|---|
| email | Email | lower case |
| annualrevenue | AnnualRevenue | number; omit if blank |
| lifecyclestage | Rating | Hot → salesqualifiedlead, Warm → marketingqualifiedlead, Cold → lead |
""", extended(SFL,
              sfl(Email="Nadia.Petrova@VolgaTech.eu", FirstName="Nadia", LastName="Petrova", Company="Volga Tech",
                  Rating="Warm", AnnualRevenue="750000.5")))
def _30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "lifecyclestage": table[r["Rating"]]})


@case("h92-31-sflead-hs-uk-only", L, H, """\
## UK leads: Salesforce Lead → HubSpot contacts

| Source | Target | Transform |
|---|---|---|
| Email | email | copy |
| Phone | phone | E.164, UK (+44, drop the leading 0) |
| PostalCode | zip | UPPER |
| Title | jobtitle | default: Not given |

Filters

| Field | Condition |
|---|---|
| Country | only United Kingdom |
""", extended(SFL,
              sfl(Email="oliver.hughes@mancunianmills.co.uk", FirstName="Oliver", LastName="Hughes",
                  Company="Mancunian Mills", Title="", Phone="0161 496 0788", Street="3 Deansgate",
                  City="Manchester", PostalCode="m3 2bw", Country="United Kingdom", LeadSource="Web"),
              sfl(Email="megan.price@valleyforge.co.uk", FirstName="Megan", LastName="Price", Company="Valley Forge",
                  Title="Buyer", Phone="07700 900412", Street="8 Bute Pl", City="Cardiff", PostalCode="cf10 1ep",
                  Country="United Kingdom", LeadSource="Trade Show")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not given")}


@case("h92-32-sflead-hs-address-join", L, H, """\
Salesforce Lead → HubSpot contacts

| Field | From | Logic |
|---|---|---|
| email | Email | copy |
| jobtitle | Title | default: Unknown |
| address | Street, City | "Street, City" (comma + space between); if Street is blank, just the City |

Filters
- Exclude leads with Status = Closed - Not Converted.
""", extended(SFL,
              sfl(Email="tomas.novak@vltava.cz", FirstName="Tomas", LastName="Novak", Company="Vltava Tech", Title="",
                  Street="", City="Prague", PostalCode="110 00", Country="Czechia", Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h92-33-sfc-mc-status-tags", C, M, """\
## Salesforce Contact → Mailchimp

| Mailchimp | Salesforce | Rule |
|---|---|---|
| email_address | Email | lower case |
| status | HasOptedOutOfEmail | true → unsubscribed, false → subscribed |
| tags | LeadSource | always `sfdc`; add `trade-show` after it when LeadSource = Trade Show |
""", SFC)
def _33(r: R) -> Out:
    tags = ["sfdc"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h92-34-sfc-mc-language-lookup", C, M, """\
Salesforce Contact → Mailchimp members

| Target field | Source field | Rule / notes |
|---|---|---|
| email_address | Email | copy |
| merge_fields.PHONE | Phone | E.164 (US) |
| language | MailingCountry | see lookup |

Value lookup

| MailingCountry | language |
|---|---|
| Germany | de |
| Austria | de |
| United States | en |

Filters
- Skip contacts with a blank Department.
""", extended(SFC,
              sfc(Email="rachel.green@hudsonpay.com", FirstName="Rachel", LastName="Green", Title="Controller",
                  Department="Finance", Phone="1-212-555-0163", MailingCity="New York",
                  MailingCountry="United States")))
def _34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    langs = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": langs[r["MailingCountry"]]}


@case("h92-35-sfc-mc-tradeshow-vip", C, M, """\
### SF Contact → Mailchimp

| Source | Target | Transform |
|---|---|---|
| Email | email_address | copy |
| FirstName | merge_fields.FNAME | default: there |
| LastName | merge_fields.LNAME | copy |
| LeadSource | vip | true if LeadSource = Trade Show; false for any other value or blank |
| – | status | subscribed |
""", extended(SFC,
              sfc(Email="kim.yoon@hanriver.kr", FirstName="", LastName="Yoon", Department="Sales",
                  MailingCity="Seoul", MailingCountry="South Korea", LeadSource="Trade Show")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h92-36-sfc-mc-dach-list", C, M, """\
## DACH list: Salesforce Contact → Mailchimp

| Field | From | Logic |
|---|---|---|
| email_address | Email | copy |
| merge_fields.FNAME | FirstName | copy |
| merge_fields.LNAME | LastName | copy |
| status | – | pending |
| language | – | de |
| tags | – | empty list (no tags) |

Filters
- Only MailingCountry = Germany or Austria.
""", SFC)
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "de", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h92-37-sfc-seg-profile", C, S, """\
Salesforce Contact → Segment identify

| Target | Source | Notes |
|---|---|---|
| userId | Email | lower case |
| traits.email | Email | as is |
| traits.firstName | FirstName | as is |
| traits.lastName | LastName | as is |
| traits.title | Title | omit if empty |
| traits.birthday | Birthdate | omit if empty |
""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h92-38-sfc-seg-address-tidy", C, S, """\
### SF Contact → Segment: address traits

| Target field | Source field | Rule / notes |
|---|---|---|
| userId | Email | copy |
| traits.address.city | MailingCity | trim |
| traits.address.country | MailingCountry | default: Unknown |
""", extended(SFC,
              sfc(Email="jakob.steiner@grazwerk.at", FirstName="Jakob", LastName="Steiner", MailingCity="  Graz ",
                  MailingCountry=""),
              sfc(Email="nina.berg@fjordline.no", FirstName="Nina", LastName="Berg", MailingCity="Bergen  ",
                  MailingCountry="   ")))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h92-39-sfc-seg-channel", C, S, """\
Salesforce Contact → Segment identify

| Field | From | Logic |
|---|---|---|
| userId | Email | copy |
| traits.name | FirstName, LastName | "FirstName LastName" (one space between) |
| traits.phone | Phone | E.164 (US) |
| traits.channel | LeadSource | lookup below |

Value lookup

| LeadSource | traits.channel |
|---|---|
| Web | inbound |
| Trade Show | events |
| anything else (blank included) | other |
""", SFC)
def _39(r: R) -> Out:
    table = {"Web": "inbound", "Trade Show": "events"}
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                       "channel": table.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h92-40-mc-hs-names-optout", M, H, """\
## Mailchimp members → HubSpot contacts

| Target | Source | Transform |
|---|---|---|
| email | email_address | copy |
| firstname | merge_fields.FNAME | title case |
| lastname | merge_fields.LNAME | title case; default: Unknown |
| phone | merge_fields.PHONE | copy; omit if blank |
| hs_email_optout | status | text "true" for unsubscribed, "false" for every other status |
""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": "Unknown" if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h92-41-mc-hs-vip-stage", M, H, """\
Mailchimp members → HubSpot contacts

| Field | From | Logic |
|---|---|---|
| email | email_address | copy |
| firstname | merge_fields.FNAME | copy |
| phone | merge_fields.PHONE | E.164 (US); omit if blank |
| lifecyclestage | vip | customer if vip is true, otherwise subscriber |

Filters
- Exclude members with status = cleaned.
""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h92-42-mc-hs-customer-tag", M, H, """\
### Mailchimp → HubSpot

| Target field | Source field | Rule / notes |
|---|---|---|
| email | email_address | copy |
| firstname | merge_fields.FNAME | first word only |
| lastname | merge_fields.LNAME | as is; if blank, use the email domain (the part after the @) as a placeholder |
| lifecyclestage | tags | customer if the tags include Customer, otherwise subscriber |
""", extended(MC,
              mc({"FNAME": "Anna Lise", "LNAME": "Berg", "PHONE": "", "COMPANY": "Fjellstua"},
                 email_address="anna.berg@fjellstua.no", tags=["Webinar", "Customer"], language="no")))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": dflt(mf["LNAME"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set92")
