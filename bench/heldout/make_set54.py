"""Held-out set 54 for the offline mapping drafter.

Persona: a data engineer in Amsterdam. He writes every mapping as a Markdown table with a header
row ("| Target | Source | Rule |", "| Destination | From | Notes |", "| Field | Comes from |
Transformation |", ...) and one row per destination field, with terse cells ("lowercase",
"E.164 (NL default)", "default 'Unknown'", "copy", "const 'Web'"). Filters and blank handling
go in one or two plain sentences under the table ("Filter: only contacts with ..."). Some of his
records are Dutch (+31 numbers, Dutch postcodes); the pools are extended with those.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h54-01 .. h54-08)
  hubspot.contacts -> salesforce.Contact   6  (h54-09 .. h54-14)
  hubspot.contacts -> mailchimp.members    6  (h54-15 .. h54-20)
  hubspot.contacts -> segment.identify     4  (h54-21 .. h54-24)
  hubspot.contacts -> ga4.events           3  (h54-25 .. h54-27)
  salesforce.Lead  -> hubspot.contacts     5  (h54-28 .. h54-32)
  salesforce.Contact -> mailchimp.members  4  (h54-33 .. h54-36)
  salesforce.Contact -> segment.identify   3  (h54-37 .. h54-39)
  mailchimp.members -> hubspot.contacts    3  (h54-40 .. h54-42)

Rule kinds per case:
  01 copies (blank copied), constant        22 nested company traits, default, omit, integer
  02 defaults when empty                    23 nested address, omit, E.164 NL w/ fallback + omit
  03 title case, fallback chain + omit      24 trim+lower, copy, boolean (blank stated), number/omit
  04 value table w/ otherwise, lower        25 GA4 constants, copy, lower
  05 exclude filter (blank stated), const   26 GA4 filter > (blank stated), part before @, number
  06 integer/omit, 3-tier >= rating (blank) 27 GA4 conditional event name, copy, default
  07 E.164 NL default, omit                 28 copies (with empty values)
  08 only filter, upper, concat + date      29 value table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields            30 lower, table (no otherwise), number/omit
  10 boolean flags (blank conditions)       31 only filter, default, E.164 NL, upper
  11 fallback to before @, fallback chain   32 exclude filter, default, concat w/ blank stand-in
  12 table (no otherwise, blank omitted)    33 lower, boolean->status, constant + conditional tag
  13 only filter, lower, fallback, const    34 exclude filter, E.164 US, table (no otherwise)
  14 trim, trim+title, table w/ otherwise   35 default, copies, equality -> vip, constant
  15 copy, default, constants               36 only filter, constants, empty tag list, copies
  16 lower, 3-way status (blank), tag       37 lower userId, copies, omit-when-empty
  17 conditional tags (> w/ blank, =)       38 nested address, trim, default, copy
  18 first word, E.164 US w/ fallback+omit  39 concat, E.164 US, table w/ otherwise
  19 exclude filter, constant, vip flag     40 title, title+omit, default, "true"/"false"
  20 title, fallback to after @, condition  41 exclude filter, E.164 US + omit, copy, vip cond.
  21 lower userId, copies, concat           42 first word, fallback to after @, tag condition
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails, rev
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


def mc(**kw: Any) -> R:
    return {**MC[0], **kw}


# Dutch records this author works with.
NL1 = hs(email="sanne.bakker@tulpdata.nl", firstname="Sanne", lastname="Bakker", company="Tulp Data",
         phone="020 555 0134", mobilephone="06 5555 0172", jobtitle="Data Engineer",
         hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="opportunity", country="Netherlands",
         city="Amsterdam", state="NH", zip="1017 AB", address="Herengracht 100", annualrevenue="3500000",
         numemployees="35", industry="Software", website="https://tulpdata.nl",
         createdate="2024-02-12T13:00:00.000Z", hs_email_optout="false")
NL2 = hs(email="joost.visser@grachtmedia.nl", firstname="Joost", lastname="Visser", company="Gracht Media",
         phone="+31 10 555 0188", mobilephone="", jobtitle="Marketing Manager",
         hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="lead", country="Netherlands",
         city="Rotterdam", state="ZH", zip="3011 AA", address="Coolsingel 40", annualrevenue="",
         numemployees="8", industry="Media", website="", createdate="2024-03-01T12:30:00.000Z",
         hs_email_optout="")
NL3 = hs(email="merel.dijkstra@fietsplan.nl", firstname="Merel", lastname="Dijkstra", company="Fietsplan",
         phone="", mobilephone="06 5555 0101", jobtitle="Growth Lead", hs_analytics_source="EMAIL_MARKETING",
         lifecyclestage="customer", country="Netherlands", city="Utrecht", state="UT", zip="",
         address="Oudegracht 5", annualrevenue="900000", numemployees="6", industry="Retail", website="",
         createdate="2023-09-18T12:00:00.000Z", hs_email_optout="false")
NL4 = hs(email="wouter.kok@kokbouw.nl", firstname="Wouter", lastname="Kok", company="Kok Bouw",
         phone="", mobilephone="", jobtitle="Director", hs_analytics_source="OFFLINE",
         lifecyclestage="lead", country="Netherlands", city="Haarlem", state="NH", zip="2011 CW",
         address="Grote Markt 2", annualrevenue="", numemployees="", industry="Construction", website="",
         createdate="2024-05-06T12:00:00.000Z", hs_email_optout="")

# A HubSpot pool with only '+'-prefixed or Dutch numbers (for the "NL default" phone rules).
HS_NL = [HS[1], HS[4], NL1, NL2]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h54-01-lead-basic-copy", H, L, """HubSpot contacts -> Salesforce Lead, first pass.

| Target | Source | Rule |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | copy |
| LastName | lastname | copy |
| Company | company | copy (empty stays empty) |
| LeadSource | - | const 'Web' |""", HS)
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "LeadSource": "Web"}


@case("h54-02-lead-defaults", H, L, """| Destination | From | Notes |
|---|---|---|
| Email | email | as is |
| Company | company | default 'Unknown' when empty |
| Title | jobtitle | default 'n/a' when empty |
| City | city | copy |
| State | state | if blank: 'N/A' |""", HS)
def _02(r: R) -> R:
    return {"Email": r["email"], "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "n/a"),
            "City": r["city"], "State": dflt(r["state"], "N/A")}


@case("h54-03-lead-titlecase-phone-chain", H, L, """| Field | Comes from | Transformation |
|---|---|---|
| Email | email | unchanged |
| FirstName | firstname | title case |
| LastName | lastname | title case |
| Phone | phone, else mobilephone | first non-empty one, as is |

If both phone and mobilephone are empty: leave Phone off the lead.""",
      extended(HS, hs(email="noor.jansen@zeilmakerij.nl", firstname="noor", lastname="JANSEN",
                      phone="", mobilephone="")))
def _03(r: R) -> R:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": phone})


SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral"}


@case("h54-04-lead-source-table", H, L, """| Target | Source | Rule |
|---|---|---|
| Email | email | lowercase |
| LastName | lastname | copy |
| LeadSource | original source (hs_analytics_source) | ORGANIC_SEARCH -> 'Web'; PAID_SEARCH, PAID_SOCIAL -> 'Advertisement'; REFERRALS -> 'External Referral'; anything else incl. empty -> 'Other' |""",
      extended(HS, NL1))
def _04(r: R) -> R:
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": SRC04.get(r["hs_analytics_source"], "Other")}


@case("h54-05-lead-skip-optout", H, L, """| Target | Source | Rule |
|---|---|---|
| Email | email | copy |
| LastName | lastname | copy |
| Company | company | copy |
| Status | - | const 'Open - Not Contacted' |

Filter: skip contacts where hs_email_optout = "true". Blank opt-out counts as not opted out (keep them).""", HS)
def _05(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h54-06-lead-rating-employees", H, L, """| Lead field | HubSpot field | Logic |
|---|---|---|
| Email | email | copy |
| NumberOfEmployees | numemployees | integer; blank -> omit |
| Rating | annualrevenue | >= 3,000,000 -> 'Hot'; >= 1,000,000 and < 3,000,000 -> 'Warm'; below 1,000,000 or empty -> 'Cold' |""", HS)
def _06(r: R) -> R:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v >= 3_000_000 else "Warm")
    emp = OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))
    return keep({"Email": r["email"], "NumberOfEmployees": emp, "Rating": rating})


@case("h54-07-lead-e164-nl", H, L, """| Target | Source | Rule |
|---|---|---|
| Email | email | copy |
| LastName | lastname | copy |
| Phone | phone | E.164 (NL default) |
| MobilePhone | mobilephone | E.164 (NL default); empty -> don't send |

Numbers that already start with + keep their own country code.""", HS_NL)
def _07(r: R) -> R:
    mob = OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "31")
    return keep({"Email": r["email"], "LastName": r["lastname"], "Phone": e164(r["phone"], "31"),
                 "MobilePhone": mob})


@case("h54-08-lead-us-only-description", H, L, """| Target | Source | Rule |
|---|---|---|
| Email | email | copy |
| LastName | lastname | copy |
| State | state | uppercase |
| Description | createdate | 'Created in HubSpot on ' + createdate as YYYY-MM-DD |

Filter: only contacts with country = 'United States'.""",
      extended(HS, hs(email="tom.becker@lonestarhvac.com", firstname="Tom", lastname="Becker", state="tx",
                      city="Austin", country="United States", createdate="2024-04-18T12:00:00.000Z")))
def _08(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h54-09-contact-mailing-copy", H, C, """HubSpot contact -> SF Contact.

| Contact field | HubSpot | Rule |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | copy |
| LastName | lastname | copy |
| MailingStreet | address | copy |
| MailingCity | city | copy |
| MailingPostalCode | zip | copy |
| MailingCountry | country | copy |

Empty values go over as empty strings, no defaults.""", extended(HS, NL1))
def _09(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h54-10-contact-flags", H, C, """| Target | Source | Rule |
|---|---|---|
| Email | email | copy |
| LastName | lastname | copy |
| HasOptedOutOfEmail | hs_email_optout | true if "true", else false (blank = false) |
| DoNotCall | phone | true when phone is empty, false otherwise |""", HS)
def _10(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h54-11-contact-name-title-fallbacks", H, C, """| Destination | From | Notes |
|---|---|---|
| Email | email | copy |
| FirstName | firstname | copy |
| LastName | lastname | if empty: part of the email before the @ |
| Title | jobtitle -> industry -> 'Unknown' | first non-empty |""",
      lower_emails(extended(HS, hs(email="info@bloemenhuis.nl", firstname="", lastname="", jobtitle="",
                                   industry="Retail", company="Bloemenhuis"))))
def _11(r: R) -> R:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Unknown")
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": dflt(r["lastname"], before_at(r["email"])),
            "Title": t}


SRC12 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "Partner Referral"}


@case("h54-12-contact-source-upper", H, C, """| Target | Source | Rule |
|---|---|---|
| Email | email | copy |
| LeadSource | hs_analytics_source (original source) | ORGANIC_SEARCH -> 'Web', PAID_SEARCH -> 'Advertisement', PAID_SOCIAL -> 'Advertisement', REFERRALS -> 'Partner Referral'; empty -> leave out |
| MailingCountry | country | uppercase |
| MailingState | state | uppercase, omit when empty |""", HS)
def _12(r: R) -> R:
    src = OMIT if blank(r["hs_analytics_source"]) else SRC12[r["hs_analytics_source"]]
    st = OMIT if blank(r["state"]) else r["state"].upper()
    return keep({"Email": r["email"], "LeadSource": src, "MailingCountry": r["country"].upper(), "MailingState": st})


@case("h54-13-contact-accounts-only", H, C, """| Target | Source | Rule |
|---|---|---|
| Email | email | lowercase |
| LastName | lastname | copy |
| Phone | mobilephone, fallback phone | as is, no formatting |
| Department | - | const 'Key Accounts' |

Filter: only contacts with lifecyclestage salesqualifiedlead, opportunity or customer.""",
      extended(HS, NL1, hs(email="Ruben.Smit@Kaasfabriek.NL", firstname="Ruben", lastname="Smit",
                           lifecyclestage="customer", phone="+31 30 555 0111", mobilephone="", country="Netherlands")))
def _13(r: R) -> R | None:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "opportunity", "customer"):
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Phone": dflt(r["mobilephone"], r["phone"]),
            "Department": "Key Accounts"}


DEPT14 = {"customer": "Customer Success", "salesqualifiedlead": "Sales", "opportunity": "Sales"}


@case("h54-14-contact-trim-department", H, C, """| Field | Comes from | Transformation |
|---|---|---|
| Email | email | trim |
| FirstName | firstname | trim + title case |
| Title | jobtitle | copy |
| Department | lifecyclestage | customer -> 'Customer Success'; salesqualifiedlead, opportunity -> 'Sales'; otherwise 'Marketing' |""",
      [HS[0], HS[2], HS[3],
       hs(email="  lotte.mulder@fietsfabriek.nl ", firstname=" LOTTE ", lastname="Mulder", jobtitle="Founder",
          lifecyclestage="evangelist"),
       hs(email="bas.hoekstra@dijkwerk.nl ", firstname="bas", lastname="Hoekstra", jobtitle="Sales Lead",
          lifecyclestage="opportunity")])
def _14(r: R) -> R:
    return {"Email": r["email"].strip(), "FirstName": title(r["firstname"].strip()), "Title": r["jobtitle"],
            "Department": DEPT14.get(r["lifecyclestage"], "Marketing")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h54-15-mc-basic-default", H, M, """| Mailchimp | HubSpot | Rule |
|---|---|---|
| email_address | email | copy |
| merge_fields.FNAME | firstname | default 'there' when blank |
| merge_fields.LNAME | lastname | copy |
| status | - | const 'subscribed' |
| language | - | const 'en' |""",
      extended(HS, hs(email="team@stroopwafelbar.nl", firstname="", lastname="", company="Stroopwafelbar")))
def _15(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": dflt(r["firstname"], "there"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


STATUS16 = {"true": "unsubscribed", "false": "subscribed"}


@case("h54-16-mc-three-way-status", H, M, """| Target | Source | Rule |
|---|---|---|
| email_address | email | lowercase |
| status | hs_email_optout | "true" -> unsubscribed, "false" -> subscribed, empty -> pending |
| tags | - | ['hubspot'] |""", HS)
def _16(r: R) -> R:
    return {"email_address": r["email"].lower(),
            "status": "pending" if blank(r["hs_email_optout"]) else STATUS16[r["hs_email_optout"]],
            "tags": ["hubspot"]}


@case("h54-17-mc-conditional-tags", H, M, """| Target | Source | Rule |
|---|---|---|
| email_address | email | copy |
| status | - | const 'subscribed' |
| tags | annualrevenue, lifecyclestage | 'enterprise' if annualrevenue > 5,000,000, then 'customer' if lifecyclestage = customer; neither -> empty list |

Empty annualrevenue = no 'enterprise' tag.""",
      extended(HS, NL1, hs(email="ilse.vanleeuwen@havenbank.nl", firstname="Ilse", lastname="Leeuwen",
                           annualrevenue="9000000", lifecyclestage="customer")))
def _17(r: R) -> R:
    v = rev(r)
    tags = (["enterprise"] if v is not None and v > 5_000_000 else []) + \
        (["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h54-18-mc-firstword-phone", H, M, """| Target | Source | Rule |
|---|---|---|
| email_address | email | copy |
| merge_fields.FNAME | firstname | first word only |
| merge_fields.PHONE | mobilephone, else phone | E.164, US default |

If mobilephone and phone are both empty, no PHONE at all.""",
      extended(HS, hs(email="anna.koster@tegelhuis.nl", firstname="Anna Maria", lastname="Koster",
                      phone="", mobilephone="")))
def _18(r: R) -> R:
    p = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(p) else e164(p)}})


@case("h54-19-mc-vip-skip-subscribers", H, M, """| Target | Source | Rule |
|---|---|---|
| email_address | email | copy |
| status | - | const 'subscribed' |
| vip | lifecyclestage | true for customer or evangelist, else false |

Filter: skip contacts whose lifecyclestage is subscriber.""",
      extended(HS, hs(email="bram.dekker@polderpost.nl", firstname="Bram", lastname="Dekker",
                      lifecyclestage="evangelist")))
def _19(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h54-20-mc-company-domain-language", H, M, """| Target | Source | Rule |
|---|---|---|
| email_address | email | copy |
| merge_fields.LNAME | lastname | title case |
| merge_fields.COMPANY | company | if empty -> part of the email after the @ |
| language | country | 'nl' when country = Netherlands, otherwise 'en' |""", lower_emails(extended(HS, NL2)))
def _20(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"LNAME": title(r["lastname"]), "COMPANY": dflt(r["company"], after_at(r["email"]))},
            "language": "nl" if r["country"] == "Netherlands" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h54-21-seg-names", H, S, """Segment identify per HubSpot contact.

| Trait / field | HubSpot | Rule |
|---|---|---|
| userId | email | lowercase |
| traits.firstName | firstname | copy |
| traits.lastName | lastname | copy |
| traits.name | lastname + ', ' + firstname | concat |
| traits.phone | phone | copy |""", HS)
def _21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["lastname"] + ", " + r["firstname"], "phone": r["phone"]}}


@case("h54-22-seg-company-traits", H, S, """| Target | Source | Rule |
|---|---|---|
| userId | email | copy |
| traits.company.name | company | default 'Unknown' |
| traits.company.industry | industry | omit if empty |
| traits.company.employee_count | numemployees | integer; omit if empty |""", HS)
def _22(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], "Unknown"),
                     "industry": OMIT if blank(r["industry"]) else r["industry"],
                     "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h54-23-seg-address-phone-nl", H, S, """| Target | Source | Rule |
|---|---|---|
| userId | email | copy |
| traits.address.city | city | copy |
| traits.address.postalCode | zip | omit when empty |
| traits.address.country | country | copy |
| traits.phone | phone, fallback mobilephone | E.164 (NL default) |

Both phone fields empty -> no traits.phone.""", [*HS_NL, NL3, NL4])
def _23(r: R) -> R:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": OMIT if blank(r["zip"]) else r["zip"],
                                        "country": r["country"]},
                            "phone": OMIT if blank(p) else e164(p, "31")}})


@case("h54-24-seg-optout-revenue", H, S, """| Target | Source | Rule |
|---|---|---|
| userId | email | trim + lowercase |
| traits.email | email | copy |
| traits.unsubscribed | hs_email_optout | boolean: "true" -> true; "false" or empty -> false |
| traits.annual_revenue | annualrevenue | number; empty -> omit |
| traits.lifecycle_stage | lifecyclestage | copy |""",
      extended(HS, hs(email=" Eva.Meijer@Zonnepaneel.NL ", firstname="Eva", lastname="Meijer",
                      annualrevenue="640000.5", hs_email_optout="false", lifecyclestage="lead")))
def _24(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"email": r["email"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                            "lifecycle_stage": r["lifecyclestage"]}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h54-25-ga4-signup", H, G, """One GA4 sign_up event per contact.

| Target | Source | Rule |
|---|---|---|
| client_id | - | const 'hubspot-crm' |
| events[0].name | - | const 'sign_up' |
| events[0].params.method | - | const 'hubspot' |
| events[0].params.lifecycle_stage | lifecyclestage | copy |
| events[0].params.traffic_source | hs_analytics_source | lowercase (empty stays empty) |""", HS)
def _25(r: R) -> R:
    return {"client_id": "hubspot-crm",
            "events": [{"name": "sign_up",
                        "params": {"method": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                   "traffic_source": r["hs_analytics_source"].lower()}}]}


@case("h54-26-ga4-lead-value", H, G, """| Target | Source | Rule |
|---|---|---|
| client_id | email | part before the @ |
| events[0].name | - | 'generate_lead' |
| events[0].params.value | annualrevenue | number |
| events[0].params.currency | - | const 'EUR' |

Filter: only contacts with annualrevenue > 1,000,000. Empty revenue -> skip the contact.""",
      lower_emails(extended(HS, NL1)))
def _26(r: R) -> R | None:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h54-27-ga4-event-by-stage", H, G, """| Target | Source | Rule |
|---|---|---|
| client_id | email | copy |
| events[0].name | lifecyclestage | 'purchase' if customer, else 'generate_lead' |
| events[0].params.company | company | default 'unknown' |
| events[0].params.country | country | copy |""", extended(HS, NL3))
def _27(r: R) -> R:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"company": dflt(r["company"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h54-28-hs-from-lead-copy", L, H, """| HubSpot | Salesforce Lead | Rule |
|---|---|---|
| email | Email | copy |
| firstname | FirstName | copy |
| lastname | LastName | copy |
| company | Company | copy |
| jobtitle | Title | copy |
| zip | PostalCode | copy |

Blanks: copy as empty string.""", SFL)
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "zip": r["PostalCode"]}


STAGE29 = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead",
           "Closed - Converted": "customer", "Closed - Not Converted": "other"}


@case("h54-29-hs-stage-from-status", L, H, """| To | From | How |
|---|---|---|
| email | Email | copy |
| lifecyclestage | Status | Open - Not Contacted -> lead; Working - Contacted -> salesqualifiedlead; Closed - Converted -> customer; Closed - Not Converted -> other |
| hs_email_optout | HasOptedOutOfEmail | as text: "true" / "false" |""", SFL)
def _29(r: R) -> R:
    return {"email": r["Email"], "lifecyclestage": STAGE29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


LEADSTATUS30 = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}


@case("h54-30-hs-rating-revenue", L, H, """| Target | Source | Rule |
|---|---|---|
| email | Email | lowercase |
| hs_lead_status | Rating | Hot -> IN_PROGRESS, Warm -> OPEN, Cold -> UNQUALIFIED |
| annualrevenue | AnnualRevenue | number; blank -> don't set |""",
      extended(SFL, sfl(Email="Daan.Peters@Windkracht.NL", FirstName="Daan", LastName="Peters", Company="Windkracht",
                        Rating="Warm", AnnualRevenue="750000.50", Country="Netherlands")))
def _30(r: R) -> R:
    return keep({"email": r["Email"].lower(), "hs_lead_status": LEADSTATUS30[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h54-31-hs-dutch-leads", L, H, """| Target | Source | Rule |
|---|---|---|
| email | Email | copy |
| company | Company | default 'Unknown' |
| phone | Phone | E.164 (NL default) |
| zip | PostalCode | uppercase |

Filter: only leads with Country = 'Netherlands'.""",
      extended(SFL,
               sfl(Email="femke.smits@deltadrone.nl", FirstName="Femke", LastName="Smits", Company="Delta Drone",
                   Title="Founder", Phone="020 555 0166", Street="Keizersgracht 12", City="Amsterdam",
                   PostalCode="1015 cj", Country="Netherlands", Rating="Warm", AnnualRevenue="1200000"),
               sfl(Email="thijs.bos@havenlogistiek.nl", FirstName="Thijs", LastName="Bos", Company="",
                   Title="Planner", Phone="+31 10 555 0190", Street="Waalhaven 3", City="Rotterdam",
                   PostalCode="3072 ap", Country="Netherlands", Status="Working - Contacted", AnnualRevenue=""),
               sfl(Email="iris.vos@vosadvies.nl", FirstName="Iris", LastName="Vos", Company="Vos Advies",
                   Title="Consultant", Phone="06 5555 0123", Street="Neude 1", City="Utrecht",
                   PostalCode="3512 AE", Country="Netherlands", Rating="Cold", AnnualRevenue="90000")))
def _31(r: R) -> R | None:
    if r["Country"] != "Netherlands":
        return None
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"), "phone": e164(r["Phone"], "31"),
            "zip": r["PostalCode"].upper()}


@case("h54-32-hs-message-source", L, H, """| Destination | From | Notes |
|---|---|---|
| email | Email | copy |
| jobtitle | Title | default 'n/a' |
| message | LeadSource | 'Salesforce lead, source: ' + LeadSource |

If LeadSource is empty, put 'unknown' in its place in the message. Filter: skip leads with Status 'Closed - Not Converted'.""",
      SFL)
def _32(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "n/a"),
            "message": "Salesforce lead, source: " + dflt(r["LeadSource"], "unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h54-33-mc-from-contact-tags", C, M, """| Target | Source | Rule |
|---|---|---|
| email_address | Email | lowercase |
| status | HasOptedOutOfEmail | true -> 'unsubscribed', false -> 'subscribed' |
| tags | LeadSource | always 'salesforce'; add 'trade-show' when LeadSource = 'Trade Show' |""", SFC)
def _33(r: R) -> R:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])}


LANG34 = {"Germany": "de", "Austria": "de", "Netherlands": "nl", "United States": "en"}


@case("h54-34-mc-phone-language", C, M, """| Target | Source | Rule |
|---|---|---|
| email_address | Email | copy |
| merge_fields.PHONE | Phone | E.164, US default (numbers starting with + keep their code) |
| language | MailingCountry | Germany -> de, Austria -> de, Netherlands -> nl, United States -> en |

Filter: skip contacts with HasOptedOutOfEmail = true.""",
      extended(SFC, sfc(Email="pieter.hendriks@molenbouw.nl", FirstName="Pieter", LastName="Hendriks", Title="Owner",
                        Department="", Phone="+31 20 555 0177", MailingCity="Amsterdam", MailingCountry="Netherlands",
                        LeadSource="Web", HasOptedOutOfEmail=False, Birthdate="")))
def _34(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": LANG34[r["MailingCountry"]]}


@case("h54-35-mc-engineering-vip", C, M, """| Target | Source | Rule |
|---|---|---|
| email_address | Email | copy |
| merge_fields.FNAME | FirstName | default 'Friend' |
| merge_fields.LNAME | LastName | copy |
| vip | Department | true when Department = 'Engineering', false otherwise |
| status | - | const 'subscribed' |""",
      extended(SFC, sfc(Email="kim.claes@brugsbier.be", FirstName="", LastName="Claes", Title="Brewer",
                        Department="Engineering", Phone="", MailingCity="Brugge", MailingCountry="Belgium")))
def _35(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Engineering", "status": "subscribed"}


@case("h54-36-mc-web-tradeshow-pending", C, M, """| Target | Source | Rule |
|---|---|---|
| email_address | Email | copy |
| merge_fields.FNAME | FirstName | copy |
| merge_fields.LNAME | LastName | copy |
| status | - | const 'pending' |
| tags | - | empty list [] |
| language | - | const 'en' |

Filter: only contacts with LeadSource 'Web' or 'Trade Show'.""", SFC)
def _36(r: R) -> R | None:
    if r["LeadSource"] not in ("Web", "Trade Show"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "tags": [], "language": "en"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h54-37-seg-contact-basic", C, S, """| Target | Source | Rule |
|---|---|---|
| userId | Email | lowercase |
| traits.email | Email | copy |
| traits.firstName | FirstName | copy |
| traits.lastName | LastName | copy |
| traits.title | Title | omit if empty |""", SFC)
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h54-38-seg-contact-address", C, S, """| Target | Source | Rule |
|---|---|---|
| userId | Email | copy |
| traits.address.city | MailingCity | trim |
| traits.address.country | MailingCountry | default 'Unknown' |
| traits.department | Department | copy |""",
      extended(SFC, sfc(Email="noa.vermeer@domstad.nl", FirstName="Noa", LastName="Vermeer", Title="Analyst",
                        Department="Finance", Phone="", MailingCity="  Utrecht ", MailingCountry="")))
def _38(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")},
                       "department": r["Department"]}}


TEAM39 = {"Engineering": "R&D", "Sales": "Commercial"}


@case("h54-39-seg-contact-team", C, S, """| Field | Comes from | Transformation |
|---|---|---|
| userId | Email | copy |
| traits.name | FirstName + ' ' + LastName | concat |
| traits.phone | Phone | E.164 (US default) |
| traits.team | Department | Engineering -> 'R&D'; Sales -> 'Commercial'; otherwise (incl. empty) -> 'Other' |""", SFC)
def _39(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"name": r["FirstName"] + " " + r["LastName"], "phone": e164(r["Phone"]),
                       "team": TEAM39.get(r["Department"], "Other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h54-40-hs-from-mc-names", M, H, """| Target | Source | Rule |
|---|---|---|
| email | email_address | copy |
| firstname | merge_fields.FNAME | title case |
| lastname | merge_fields.LNAME | title case; empty -> leave off |
| company | merge_fields.COMPANY | default 'Unknown' |
| hs_email_optout | status | text "true" for unsubscribed or cleaned, "false" otherwise |""", MC)
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h54-41-hs-from-mc-phone-vip", M, H, """| Target | Source | Rule |
|---|---|---|
| email | email_address | copy |
| phone | merge_fields.PHONE | E.164 (US default); empty -> omit |
| company | merge_fields.COMPANY | copy |
| lifecyclestage | vip | vip true -> 'customer', false -> 'subscriber' |

Filter: skip members with status 'cleaned'.""",
      extended(MC, mc(email_address="lieke.brouwer@brouwerco.nl", status="subscribed",
                      merge_fields={"FNAME": "Lieke", "LNAME": "Brouwer", "PHONE": "+31 6 5555 0144",
                                    "COMPANY": "Brouwer & Co"},
                      tags=["Webinar"], language="nl", vip=True)))
def _41(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h54-42-hs-from-mc-webinar", M, H, """| Target | Source | Rule |
|---|---|---|
| email | email_address | copy |
| firstname | merge_fields.FNAME | first word |
| company | merge_fields.COMPANY | if empty -> part of email_address after the @ |
| hs_lead_status | tags | 'CONNECTED' if tags contain 'Webinar', else 'NEW' |""",
      lower_emails(extended(MC, mc(email_address="ana.costa@riobranco.com.br", status="subscribed",
                                   merge_fields={"FNAME": "Ana Clara", "LNAME": "Costa", "PHONE": "", "COMPANY": ""},
                                   tags=[], language="pt", vip=False)), key="email_address"))
def _42(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "hs_lead_status": "CONNECTED" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    assert len({c[0] for c in CASES}) == 42
    build(CASES, Path(__file__).parent / "set54")
