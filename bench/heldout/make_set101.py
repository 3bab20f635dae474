"""Held-out set 101 for the offline mapping drafter.

Persona: Carla Mendes, RevOps analyst in São Paulo, Portuguese first language. She writes each
mapping as a small Markdown spec: a heading line, a pipe table "| destination | source | rule |",
then "Obs:" notes under the table for filters, defaults and blank-handling, in Portuguese-shaped
English ("case the field is void", "stay empty", "put", "when not exist", "the same", "in lower",
"only the ones that", "except the ones", "maiúsculas" = uppercase); values in quotes or backticks.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h101-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Carla's own.
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


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h101-01-lead-plain-copy", H, L, """\
### HubSpot contact → Salesforce Lead (simple copy)

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | the same |
| LastName | lastname | the same |
| Company | company | the same |
| Title | jobtitle | the same |
| Phone | phone | the same |
| LeadSource | (none) | fixed value "Web" for all |

Obs: case the field is void in HubSpot, it stay empty in the Lead too (put the empty value as it is, no default, no trim, no format).""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h101-02-lead-trim-defaults", H, L, """\
### Leads from HubSpot, cleaning the spaces

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | trim (remove the spaces of the start and of the end) |
| LastName | lastname | trim |
| Company | company | see obs 1 |
| Title | jobtitle | see obs 2 |
| City | city | the same, no change |

Obs 1: Company = company with trim. Case company is void (empty or only spaces), put "Not provided".
Obs 2: Title = jobtitle as it comes (no trim). When jobtitle is void or only spaces, put "Unknown".""", extended(
    HS,
    hs(email="ana.souza@vinhedo.com.br", firstname="  Ana ", lastname=" Souza", company="   ", jobtitle="  ", city="Campinas"),
    hs(email="ben.ortiz@quarryworks.io", firstname="Ben", lastname="Ortiz  ", company=" Quarry Works ", jobtitle="CFO",
       city="Denver"),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Not provided").strip(), "Title": dflt(r["jobtitle"], "Unknown"), "City": r["city"]}


@case("h101-03-lead-title-case-phone-fallback", H, L, """\
### HubSpot → Lead, names in title case

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | title case (first letter of each word in uppercase, the rest in lower) |
| LastName | lastname | title case |
| City | city | title case |
| Phone | phone, then mobilephone | see obs |

Obs: Phone take the phone of HubSpot as it is (no format). Case phone is void, take the mobilephone (also as it is).
Obs: when phone and mobilephone are both void, don't send Phone at all (the field not exist in the record).""", extended(
    HS,
    hs(email="tom.baker@greenfield.com", firstname="TOM", lastname="baker", city="new york", phone="  ", mobilephone=""),
))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if ph is None else ph})


_SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h101-04-lead-source-table", H, L, """\
### HubSpot → Lead with translation of the source

| destination | source | rule |
|---|---|---|
| Email | email | in lower |
| LastName | lastname | the same |
| Company | company | the same (void stay void) |
| LeadSource | hs_analytics_source | see table below |

| hs_analytics_source | LeadSource |
|---|---|
| `ORGANIC_SEARCH` | `Web` |
| `PAID_SEARCH` | `Advertisement` |
| `PAID_SOCIAL` | `Advertisement` |
| `REFERRALS` | `External Referral` |
| any other value | `Other` |

Obs: when hs_analytics_source is void, it goes to "Other" as well.""", extended(
    HS,
    hs(email="Bruno.Alves@Cerrado.com.br", lastname="Alves", company="Cerrado Agro", hs_analytics_source="EMAIL_MARKETING"),
))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": _SRC04.get(r["hs_analytics_source"], "Other")}


@case("h101-05-lead-two-excludes", H, L, """\
### Lead feed from HubSpot, except customers and opt-outs

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | the same |
| LastName | lastname | the same |
| Company | company | the same |
| Status | - | always "Open - Not Contacted" |

Obs: except the ones with lifecyclestage = "customer" (these not go to Salesforce).
Obs: except also the ones that hs_email_optout is "true". If hs_email_optout is "false" or void, the contact goes normal.
Obs: the copied fields go the same as HubSpot, void included.""", extended(
    HS,
    hs(email="rita.campos@mantiqueira.com.br", firstname="Rita", lastname="Campos", company="Mantiqueira",
       lifecyclestage="opportunity", hs_email_optout=""),
    hs(email="yusuf.kaya@bosphor.com.tr", firstname="Yusuf", lastname="Kaya", company="Bosphor",
       lifecyclestage="lead", hs_email_optout="true"),
))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h101-06-lead-rating-by-revenue", H, L, """\
### HubSpot → Lead, Rating by the revenue

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| LastName | lastname | the same |
| Company | company | the same, also when void |
| Rating | annualrevenue | see obs 1 |
| NumberOfEmployees | numemployees | integer (whole number), see obs 2 |

Obs 1: annualrevenue bigger than 5000000 → "Hot"; smaller than 1000000 → "Cold"; between the two → "Warm". Case annualrevenue is void, don't put Rating (leave the field out of the record).
Obs 2: case numemployees is void, NumberOfEmployees stay out of the record.""", extended(
    HS,
    hs(email="joana.dias@ipe-roxo.com.br", lastname="Dias", company="Ipe Roxo", annualrevenue="950000.5", numemployees="7"),
))
def o06(r: R) -> Out:
    v = rev(r)
    rating = OMIT if v is None else "Hot" if v > 5000000 else "Cold" if v < 1000000 else "Warm"
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h101-07-lead-e164-us", H, L, """\
### HubSpot → Lead, phones in E.164

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | title case |
| LastName | lastname | title case |
| Company | company | the same (void goes void) |
| Phone | phone | E.164, see obs |
| MobilePhone | mobilephone | E.164, see obs |

Obs: the numbers without country code are from US, so put "+1" and the digits (ex: "(415) 555-0100" → "+14155550100"). When the number already start with "+", keep its own country code and only the digits.
Obs: case phone or mobilephone is void, that field not exist in the Lead (don't send it empty).""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Company": r["company"], "Phone": omit_if_blank(r["phone"], e164),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h101-08-lead-only-qualified-description", H, L, """\
### Only the qualified HubSpot contacts → SF Lead

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| LastName | lastname | the same |
| Country | country | uppercase ("maiúsculas"), all the string |
| Description | company + createdate | see obs |

Obs: only the ones that lifecyclestage is "lead", "marketingqualifiedlead" or "salesqualifiedlead". The other stages stay out.
Obs: Description = company, then the text " - created ", then createdate with only the date part (YYYY-MM-DD). Ex: "Acme - created 2024-01-31".""", extended(
    HS,
    hs(email="sara.klein@bergwerk.de", lastname="Klein", company="Bergwerk", country="Germany", lifecyclestage="opportunity"),
    hs(email="davi.moraes@vilaverde.com.br", lastname="Moraes", company="Vila Verde", country="Brazil",
       lifecyclestage="lead", createdate="2024-02-15T13:20:00.000Z"),
))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Country": r["country"].upper(),
            "Description": r["company"] + " - created " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h101-09-contact-mailing-address", H, C, """\
### HubSpot contact → SF Contact (mailing address)

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | the same |
| LastName | lastname | the same |
| MailingStreet | address | the same |
| MailingCity | city | the same |
| MailingState | state | the same |
| MailingPostalCode | zip | the same |
| MailingCountry | country | the same |

Obs: void in HubSpot = void in Salesforce (send the empty value ""), no default and no change.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h101-10-contact-boolean-flags", H, C, """\
### HubSpot → Contact, the two flags

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| LastName | lastname | the same |
| HasOptedOutOfEmail | hs_email_optout | boolean, see obs |
| DoNotCall | phone | boolean, see obs |

Obs: HasOptedOutOfEmail = true only when hs_email_optout is the text "true"; when it is "false" or void → false.
Obs: DoNotCall = true when phone is void (no phone; the mobilephone don't count here). When phone has a value → false.""", extended(
    HS,
    hs(email="caio.freitas@jatoba.com.br", lastname="Freitas", phone="   ", mobilephone="(415) 555-0111", hs_email_optout="  "),
))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h101-11-contact-fallbacks-before-at", H, C, """\
### HubSpot → Contact with fallbacks

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | see obs 1 |
| LastName | lastname | the same |
| Title | jobtitle, industry | see obs 2 |

Obs 1: FirstName = firstname as it is. Case firstname is void, put the part of the email before the "@" (ex: "joao.silva" from "joao.silva@x.com").
Obs 2: Title = jobtitle; when jobtitle is void, use industry; when industry also is void, put "Unknown".""", extended(
    lower_emails(HS),
    hs(email="r.costa@ipanema.com.br", firstname=" ", lastname="Costa", jobtitle="", industry="Retail"),
    hs(email="vitor@pampa.com.br", firstname="", lastname="Ramos", jobtitle="", industry=""),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])), "LastName": r["lastname"],
            "Title": first_filled(r["jobtitle"], r["industry"], "Unknown")}


_LS12 = {"subscriber": "Email", "lead": "Web", "marketingqualifiedlead": "Web", "salesqualifiedlead": "Phone Inquiry",
         "customer": "Other"}


@case("h101-12-contact-stage-table-state-upper", H, C, """\
### HubSpot → Contact, source by the lifecycle

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| LastName | lastname | the same |
| LeadSource | lifecyclestage | table below |
| MailingState | state | uppercase, see obs |

| lifecyclestage | LeadSource |
|---|---|
| "subscriber" | "Email" |
| "lead" | "Web" |
| "marketingqualifiedlead" | "Web" |
| "salesqualifiedlead" | "Phone Inquiry" |
| "customer" | "Other" |

Obs: MailingState = state in uppercase (maiúsculas). Case state is void, don't put MailingState (the key not exist).""", extended(
    HS,
    hs(email="lucas.prado@serra.com.br", lastname="Prado", state="sp", lifecyclestage="lead"),
    hs(email="ines.moura@tejo.pt", lastname="Moura", state="  ", lifecyclestage="subscriber"),
))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "LeadSource": _LS12[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h101-13-contact-only-optin", H, C, """\
### HubSpot → Contact (only who accepts email)

| destination | source | rule |
|---|---|---|
| Email | email | in lower |
| LastName | lastname | the same |
| Phone | phone / mobilephone | see obs |
| Description | - | fixed text "Synced from HubSpot" |

Obs: only the ones that hs_email_optout is exactly "false". Who has "true" or void in hs_email_optout not go.
Obs: Phone = phone as it is; case phone is void, use the mobilephone (as it is).""", extended(
    HS,
    hs(email="Nora.Lind@Fjordline.no", lastname="Lind", phone="", mobilephone="+47 412 55 019", hs_email_optout="false"),
    hs(email="Otto.Sand@Dune.nl", lastname="Sand", hs_email_optout=" "),
))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "Synced from HubSpot"}


_SRC14 = {"ORGANIC_SEARCH": "Web", "PAID_SOCIAL": "Advertisement", "OFFLINE": "Trade Show"}


@case("h101-14-contact-trim-title-source", H, C, """\
### HubSpot → Contact (cleaning + origin)

| destination | source | rule |
|---|---|---|
| Email | email | the same |
| FirstName | firstname | only trim (no case change) |
| LastName | lastname | trim, after title case |
| MailingCity | city | trim, after title case |
| LeadSource | hs_analytics_source | see obs |

Obs: LeadSource by hs_analytics_source: "ORGANIC_SEARCH" → "Web"; "PAID_SOCIAL" → "Advertisement"; "OFFLINE" → "Trade Show"; otherwise → "Other". Void hs_analytics_source also → "Other".
Obs: title case = each word with the first letter in uppercase and the rest in lower.""", extended(
    HS,
    hs(email="luiza.pereira@aurora.com.br", firstname="  Luiza ", lastname=" PEREIRA  ", city="  belo horizonte ",
       hs_analytics_source="OFFLINE"),
))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": title(r["lastname"].strip()),
            "MailingCity": title(r["city"].strip()), "LeadSource": _SRC14.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h101-15-members-copy-language-default", H, M, """\
### HubSpot → Mailchimp audience

| destination | source | rule |
|---|---|---|
| email_address | email | the same |
| merge_fields.FNAME | firstname | the same |
| merge_fields.LNAME | lastname | the same |
| merge_fields.PHONE | phone | the same (void stay void, "") |
| status | - | always "subscribed" |
| language | hs_language | see obs |

Obs: language = hs_language of the contact. When hs_language not exist in the contact (or is void), put "en".""", extended(
    HS,
    hs(email="tiago.nunes@litoral.com.br", firstname="Tiago", lastname="Nunes", phone="(415) 555-0170", hs_language="pt"),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": r["phone"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h101-16-members-status-three-way", H, M, """\
### HubSpot → Mailchimp, status from the opt-out

| destination | source | rule |
|---|---|---|
| email_address | email | the same |
| merge_fields.FNAME | firstname | the same |
| status | hs_email_optout | see obs |
| tags | - | always `["HubSpot"]` |

Obs: hs_email_optout "true" → status "unsubscribed"; "false" → "subscribed"; case hs_email_optout is void → "pending" (to ask the opt-in again).""", HS)
def o16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else "unsubscribed" if o == "true" else "subscribed"
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": status, "tags": ["HubSpot"]}


@case("h101-17-members-conditional-tags", H, M, """\
### HubSpot → Mailchimp with tags

| destination | source | rule |
|---|---|---|
| email_address | email | the same |
| merge_fields.FNAME | firstname | the same |
| merge_fields.LNAME | lastname | the same |
| tags | annualrevenue, lifecyclestage | see obs |

Obs: tags is a list, in this order:
1. "Big Account" when annualrevenue is bigger than 3000000 (void revenue = not this tag)
2. "Customer" when lifecyclestage is exactly "customer"

Obs: when no one applies, tags = `[]` (empty list).""", extended(
    HS,
    hs(email="paula.reis@serrano.com.br", firstname="Paula", lastname="Reis", lifecyclestage="customer",
       annualrevenue="9000000"),
))
def o17(r: R) -> Out:
    tags = [t for t, ok in (("Big Account", gt(r["annualrevenue"], 3000000)),
                            ("Customer", r["lifecyclestage"] == "customer")) if ok]
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": tags}


@case("h101-18-members-first-word-phone", H, M, """\
### HubSpot → Mailchimp, name and phone

| destination | source | rule |
|---|---|---|
| email_address | email | the same |
| merge_fields.FNAME | firstname | only the first word |
| merge_fields.PHONE | phone or mobilephone | E.164, see obs |

Obs: PHONE in E.164 format. Take phone; case phone is void, take mobilephone.
Obs: numbers without "+" are from US: "+1" and the 10 digits (ex "(415) 555-0100" → "+14155550100"). Numbers that start with "+" keep their own country code (only the digits after the "+").""", extended(
    HS,
    hs(email="ana.clara@ipe.com.br", firstname="Ana Clara", phone="", mobilephone="(305) 555-0160"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
                                                          "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h101-19-members-exclude-optout-vip", H, M, """\
### HubSpot → Mailchimp (VIP by stage)

| destination | source | rule |
|---|---|---|
| email_address | email | the same |
| merge_fields.LNAME | lastname | the same |
| status | - | "subscribed" fixed |
| vip | lifecyclestage | see obs |

Obs: except the ones with hs_email_optout "true" (they not go). Void hs_email_optout goes normal, the same as "false".
Obs: vip = true when lifecyclestage is "salesqualifiedlead" or "opportunity"; any other stage → false.""", extended(
    HS,
    hs(email="marcos.teles@cantareira.com.br", lastname="Teles", lifecyclestage="opportunity", hs_email_optout=""),
))
def o19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "merge_fields": {"LNAME": r["lastname"]}, "status": "subscribed",
            "vip": r["lifecyclestage"] in ("salesqualifiedlead", "opportunity")}


@case("h101-20-members-title-domain-vip", H, M, """\
### HubSpot → Mailchimp, company as tag

| destination | source | rule |
|---|---|---|
| email_address | email | the same |
| merge_fields.FNAME | firstname | title case |
| merge_fields.LNAME | lastname | title case |
| tags | company | see obs |
| vip | annualrevenue | see obs |

Obs: tags = a list with only one tag, the company. Case company is void, the tag is the domain of the email (the part after the "@"), ex `["acme.com"]`.
Obs: vip = true when annualrevenue is more than 5000000; less, or void → false.""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["annualrevenue"], 5000000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h101-21-identify-lower-name-concat", H, S, """\
### HubSpot → Segment identify

| destination | source | rule |
|---|---|---|
| userId | email | in lower |
| traits.email | email | the same (without change) |
| traits.firstName | firstname | the same |
| traits.lastName | lastname | the same |
| traits.name | firstname + lastname | firstname, one space, lastname |
| traits.title | jobtitle | the same |

Obs: void jobtitle stay void ("") in traits.title.""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "firstName": r["firstname"],
                                                     "lastName": r["lastname"],
                                                     "name": r["firstname"] + " " + r["lastname"],
                                                     "title": r["jobtitle"]}}


@case("h101-22-identify-company-traits", H, S, """\
### HubSpot → Segment, company of the user

| destination | source | rule |
|---|---|---|
| userId | email | the same |
| traits.company.name | company | see obs |
| traits.company.industry | industry | see obs |
| traits.company.employee_count | numemployees | whole number (integer), see obs |

Obs: case company is void, put "Independent".
Obs: case industry is void, don't send traits.company.industry.
Obs: case numemployees is void, don't send employee_count.""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"), "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h101-23-identify-address-phone", H, S, """\
### HubSpot → Segment, address and phone

| destination | source | rule |
|---|---|---|
| userId | email | the same |
| traits.address.city | city | the same |
| traits.address.state | state | the same; void: see obs |
| traits.address.postalCode | zip | the same |
| traits.address.country | country | the same |
| traits.phone | phone / mobilephone | E.164, see obs |

Obs: case state is void, traits.address.state not exist.
Obs: traits.phone = phone in E.164 (US when there is no "+": put "+1" before the digits; with "+", keep the country code and the digits). Case phone is void, use mobilephone in E.164 the same way. Case both are void, no traits.phone.""", extended(
    HS,
    hs(email="caio.braga@lonestar.io", phone="", mobilephone="", state="", city="Austin", zip="73301",
       country="United States"),
))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                    "country": r["country"]},
        "phone": OMIT if ph is None else e164(ph)}})


@case("h101-24-identify-trim-lower-bool-number", H, S, """\
### HubSpot → Segment (opt-out and revenue)

| destination | source | rule |
|---|---|---|
| userId | email | trim + in lower |
| traits.firstName | firstname | the same |
| traits.unsubscribed | hs_email_optout | boolean, see obs |
| traits.annual_revenue | annualrevenue | as number, see obs |

Obs: traits.unsubscribed = true when hs_email_optout is "true"; false when "false"; void also false.
Obs: annual_revenue as a number (ex "1500000" → 1500000, "10.5" → 10.5). Case annualrevenue is void → don't send it.""", extended(
    HS,
    hs(email="  Rafa.Lima@Orla.com.br ", firstname="Rafael", hs_email_optout="", annualrevenue="640000"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h101-25-ga4-sync-event", H, G, """\
### HubSpot contact → GA4 event (Measurement Protocol)

| destination | source | rule |
|---|---|---|
| client_id | email | the same |
| events[0].name | - | fixed "crm_contact_sync" |
| events[0].params.source | - | fixed "hubspot" |
| events[0].params.lifecycle_stage | lifecyclestage | the same |
| events[0].params.industry | industry | in lower; see obs |
| events[0].params.created_date | createdate | only the date, YYYY-MM-DD |

Obs: one event per contact.
Obs: case industry is void, put "unknown".""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "crm_contact_sync", "params": {
        "source": "hubspot", "lifecycle_stage": r["lifecyclestage"], "industry": dflt(r["industry"], "unknown").lower(),
        "created_date": day(r["createdate"])}}]}


@case("h101-26-ga4-high-value", H, G, """\
### HubSpot → GA4, only high value

| destination | source | rule |
|---|---|---|
| client_id | email | the part before the "@" |
| events[0].name | - | "high_value_contact" |
| events[0].params.value | annualrevenue | as number |
| events[0].params.currency | - | "USD" always |

Obs: only the ones that annualrevenue is bigger than 1000000. Contacts with void annualrevenue don't go.""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "high_value_contact", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h101-27-ga4-event-by-stage", H, G, """\
### HubSpot → GA4, event name by the stage

| destination | source | rule |
|---|---|---|
| client_id | email | the same |
| events[0].name | lifecyclestage | see obs |
| events[0].params.country | country | the same |
| events[0].params.job_title | jobtitle | the same; when void, "not informed" |

Obs: name = "customer_synced" when lifecyclestage is "customer"; any other stage (or void) → "lead_synced".""", HS)
def o27(r: R) -> Out:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "lead_synced"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "country": r["country"], "job_title": dflt(r["jobtitle"], "not informed")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h101-28-contacts-lead-copy", L, H, """\
### SF Lead → HubSpot contact (copy of all)

| destination | source | rule |
|---|---|---|
| email | Email | the same |
| firstname | FirstName | the same |
| lastname | LastName | the same |
| company | Company | the same |
| jobtitle | Title | the same |
| phone | Phone | the same |
| address | Street | the same |
| city | City | the same |
| zip | PostalCode | the same |
| country | Country | the same |

Obs: all as it is. Void fields stay empty (send ""), nothing of default.""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


_ST29 = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead", "Closed - Converted": "customer",
         "Closed - Not Converted": "other"}


@case("h101-29-contacts-status-table-optout-text", L, H, """\
### SF Lead → HubSpot, stage and opt-out

| destination | source | rule |
|---|---|---|
| email | Email | the same |
| lastname | LastName | the same |
| lifecyclestage | Status | table |
| hs_email_optout | HasOptedOutOfEmail | text, see obs |

| Status | lifecyclestage |
|---|---|
| "Open - Not Contacted" | "lead" |
| "Working - Contacted" | "salesqualifiedlead" |
| "Closed - Converted" | "customer" |
| "Closed - Not Converted" | "other" |

Obs: hs_email_optout is a text in HubSpot: put the string "true" when HasOptedOutOfEmail is true, the string "false" when it is false.""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "lastname": r["LastName"], "lifecyclestage": _ST29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RT30 = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}


@case("h101-30-contacts-rating-table-revenue", L, H, """\
### SF Lead → HubSpot, lead status by the Rating

| destination | source | rule |
|---|---|---|
| email | Email | in lower |
| hs_lead_status | Rating | "Hot" → "IN_PROGRESS", "Warm" → "OPEN", "Cold" → "UNQUALIFIED" |
| annualrevenue | AnnualRevenue | as number, see obs |

Obs: annualrevenue goes as a number (not text). Case AnnualRevenue is void, don't send annualrevenue.""", extended(
    SFL,
    sfl(Email="Marta.Ruiz@Solaria.es", LastName="Ruiz", Rating="Warm", AnnualRevenue="750000.5"),
))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "hs_lead_status": _RT30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h101-31-contacts-only-uk", L, H, """\
### SF Lead (UK) → HubSpot

| destination | source | rule |
|---|---|---|
| email | Email | the same |
| phone | Phone | E.164 of UK, see obs |
| zip | PostalCode | uppercase (maiúsculas) |
| jobtitle | Title | see obs |

Obs: only the ones that Country is "United Kingdom"; other countries, or void Country, don't go.
Obs: Phone in E.164 for UK: remove the first "0" and put "+44" (ex "020 7946 0000" → "+442079460000"). When the number start with "+", keep it like this, only digits.
Obs: jobtitle = Title; when Title is void, put "Not informed".""", extended(
    SFL,
    sfl(Email="olivia.hughes@brightmoor.co.uk", LastName="Hughes", Company="Brightmoor", Country="United Kingdom",
        Phone="07700 900123", PostalCode="m1 1ae", City="Manchester", Title=""),
    sfl(Email="sam.patel@kiteworks.co.uk", LastName="Patel", Company="Kiteworks", Country="United Kingdom",
        Phone="+44 161 496 0000", PostalCode="M3 3AA", City="Manchester", Title="Analyst"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not informed")}


@case("h101-32-contacts-exclude-lost-address", L, H, """\
### SF Lead → HubSpot, except the lost ones

| destination | source | rule |
|---|---|---|
| email | Email | the same |
| company | Company | the same |
| jobtitle | Title | case void, put "Unknown" |
| address | Street + PostalCode | see obs |

Obs: except the leads with Status "Closed - Not Converted" (they not go to HubSpot).
Obs: address = Street + ", " + PostalCode (ex "1 Main St, 12345"). Case PostalCode is void, put only the Street (without the comma).""", extended(
    SFL,
    sfl(Email="bia.rocha@augusta.com.br", LastName="Rocha", Company="Augusta Labs", Street="10 Rua Augusta",
        PostalCode="", Status="Working - Contacted", Title=""),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else r["Street"] + ", " + r["PostalCode"]
    return {"email": r["Email"], "company": r["Company"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h101-33-members-sf-status-tags", C, M, """\
### SF Contact → Mailchimp

| destination | source | rule |
|---|---|---|
| email_address | Email | in lower |
| status | HasOptedOutOfEmail | true → "unsubscribed"; false → "subscribed" |
| tags | LeadSource | see obs |

Obs: tags always have "Salesforce" in first; plus "Event Lead" after it when LeadSource = "Trade Show". LeadSource void or other value → only `["Salesforce"]`.""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Event Lead"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


_LANG34 = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h101-34-members-sf-dept-phone-language", C, M, """\
### SF Contact → Mailchimp, phone and language

| destination | source | rule |
|---|---|---|
| email_address | Email | the same |
| merge_fields.PHONE | Phone | E.164 (US), see obs |
| language | MailingCountry | "Germany" → "de"; "Austria" → "de"; "United States" → "en" |

Obs: except the contacts with Department void (empty or only spaces); they not go.
Obs: E.164: numbers without "+" are from US, put "+1" and the digits. With "+": keep the country code, only digits.""", extended(
    SFC,
    sfc(Email="nina.frost@harborlane.com", LastName="Frost", Department="Finance", MailingCountry="United States",
        MailingCity="Boston", Phone="212 555 0101"),
    sfc(Email="otto.berg@donauhaus.at", LastName="Berg", Department="  ", MailingCountry="Austria",
        MailingCity="Linz", Phone="+43 732 555 010"),
))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _LANG34[r["MailingCountry"]]}


@case("h101-35-members-sf-vip-source-tag", C, M, """\
### SF Contact → Mailchimp, VIP for Sales

| destination | source | rule |
|---|---|---|
| email_address | Email | the same |
| merge_fields.FNAME | FirstName | the same |
| merge_fields.LNAME | LastName | the same |
| status | - | "subscribed" |
| vip | Department | true when Department = "Sales", else false (void → false) |
| tags | LeadSource | see obs |

Obs: tags = a list with the LeadSource as the only tag (ex `["Web"]`). Case LeadSource is void, tags = `["No source"]`.""", SFC)
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "vip": r["Department"] == "Sales", "tags": [dflt(r["LeadSource"], "No source")]}


@case("h101-36-members-sf-only-optin", C, M, """\
### SF Contact → Mailchimp (only opt-in, German list)

| destination | source | rule |
|---|---|---|
| email_address | Email | the same |
| merge_fields.FNAME | FirstName | the same |
| merge_fields.LNAME | LastName | the same |
| status | - | "subscribed" |
| language | - | "de" |
| tags | - | empty list `[]` (to clean the tags) |

Obs: only the contacts with HasOptedOutOfEmail = false. The ones with true stay out.""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h101-37-identify-sf-lower-omit", C, S, """\
### SF Contact → Segment identify

| destination | source | rule |
|---|---|---|
| userId | Email | in lower |
| traits.email | Email | the same (original) |
| traits.firstName | FirstName | the same |
| traits.lastName | LastName | the same |
| traits.title | Title | the same; see obs |
| traits.department | Department | the same; see obs |

Obs: case Title or Department is void, that trait not exist (don't send empty).""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h101-38-identify-sf-address-trim", C, S, """\
### SF Contact → Segment, address

| destination | source | rule |
|---|---|---|
| userId | Email | the same |
| traits.address.city | MailingCity | trim |
| traits.address.country | MailingCountry | trim; see obs |

Obs: case MailingCountry is void, put "Not informed" in traits.address.country.""", extended(
    SFC,
    sfc(Email="davi.lopes@recifetech.com.br", LastName="Lopes", MailingCity="  Recife ", MailingCountry=""),
    sfc(Email="clara.vaz@guaiba.com.br", LastName="Vaz", MailingCity="Porto Alegre", MailingCountry=" Brazil "),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Not informed").strip()}}}


_CH39 = {"Web": "inbound", "Trade Show": "event"}


@case("h101-39-identify-sf-phone-name-channel", C, S, """\
### SF Contact → Segment (phone, name, channel)

| destination | source | rule |
|---|---|---|
| userId | Email | the same |
| traits.phone | Phone | E.164 US, see obs |
| traits.name | FirstName + LastName | with one space in the middle |
| traits.channel | LeadSource | see obs |

Obs: E.164: without "+" the number is from US → "+1" and the digits. With "+" keep the country code and the digits.
Obs: channel by LeadSource: "Web" → "inbound"; "Trade Show" → "event"; otherwise → "other" (void LeadSource also "other").""", SFC)
def o39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                                             "channel": _CH39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h101-40-contacts-mc-title-optout", M, H, """\
### Mailchimp member → HubSpot contact

| destination | source | rule |
|---|---|---|
| email | email_address | the same |
| firstname | merge_fields.FNAME | title case |
| lastname | merge_fields.LNAME | title case; case void, not send |
| hs_language | language | the same; when void, put "en" |
| hs_email_optout | status | text, see obs |

Obs: hs_email_optout is the string "true" when status is "unsubscribed" or "cleaned"; any other status → the string "false".""", extended(
    MC,
    mc({"FNAME": "bianca", "LNAME": "MOTTA"}, email_address="bianca.motta@sulmar.com.br", status="pending", language=""),
))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf["LNAME"], title),
                 "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h101-41-contacts-mc-exclude-cleaned", M, H, """\
### Mailchimp → HubSpot, without the cleaned

| destination | source | rule |
|---|---|---|
| email | email_address | the same |
| firstname | merge_fields.FNAME | the same |
| phone | merge_fields.PHONE | E.164 US; see obs |
| hs_lead_status | vip | vip true → "OPEN_DEAL"; vip false → "NEW" |

Obs: except the members with status "cleaned".
Obs: phone in E.164: no "+" means US number, put "+1" and the digits; with "+", keep the own country code. Case PHONE is void, don't send phone.""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW"})


@case("h101-42-contacts-mc-first-word-domain-tag", M, H, """\
### Mailchimp → HubSpot, customers by tag

| destination | source | rule |
|---|---|---|
| email | email_address | the same |
| firstname | merge_fields.FNAME | only the first word |
| lastname | merge_fields.LNAME | see obs |
| lifecyclestage | tags | see obs |

Obs: lastname = LNAME as it is. Case LNAME is void, put the part after the "@" of email_address (the domain, ex "acme.com").
Obs: lifecyclestage = "customer" when the tags have "Customer"; else "subscriber" (also when tags is empty).""", extended(
    MC,
    mc({"FNAME": "Ana Beatriz", "LNAME": "", "PHONE": "", "COMPANY": ""}, email_address="ana.beatriz@cajueiro.com.br",
       tags=["Webinar", "Customer"], language="pt"),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": dflt(mf["LNAME"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set101")
