"""Held-out set 116 for the offline mapping drafter.

Persona: Pieter de Vries, marketing-automation specialist at a SaaS scale-up in Amsterdam,
Dutch first language. Very direct, Dutch-shaped English without pleasantries: verb-second
order ("then gets ..."), "also" in odd places, "off course", "leave away" for omit. Often pastes
a Markdown pipe table (| Target | Source | Remark |) with a few notes under it, other times just
three or four blunt sentences. Writes HubSpot field names in lowercase as they are.

Pair distribution (42 cases):
  hubspot.contacts   -> salesforce.Lead     8  (01-08)
  hubspot.contacts   -> salesforce.Contact  6  (09-14)
  hubspot.contacts   -> mailchimp.members   6  (15-20)
  hubspot.contacts   -> segment.identify    4  (21-24)
  hubspot.contacts   -> ga4.events          3  (25-27)
  salesforce.Lead    -> hubspot.contacts    5  (28-32)
  salesforce.Contact -> mailchimp.members   4  (33-36)
  salesforce.Contact -> segment.identify    3  (37-39)
  mailchimp.members  -> hubspot.contacts    3  (40-42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is the persona's own.
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
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def without(rec: R, *keys: str) -> R:
    """A record with some keys absent (not just empty)."""
    return {k: v for k, v in rec.items() if k not in keys}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h116-01-plain-lead-copy", H, L, """\
| Target | Source | Remark |
|---|---|---|
| Email | email | |
| FirstName | firstname | |
| LastName | lastname | |
| Company | company | |
| Title | jobtitle | |
| LeadSource | - | always 'Advertisement' |

All 1:1, no changes on the values. When a field is empty in HubSpot, then goes it also empty to Salesforce. No default.""",
      extended(HS, hs(email="sanne.bakker@tulpdata.nl", firstname="Sanne", lastname="Bakker", company="",
                      jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Advertisement"}


@case("h116-02-defaults-trim", H, L, """\
Email goes to Email.
firstname and lastname go to FirstName and LastName, but first trim the spaces off (begin and end).
Company: when empty (or only spaces), then 'Unknown'. Else copy as it is.
Title comes from jobtitle. When empty, then 'Not provided'.""",
      extended(HS, hs(email="sanne.bakker@tulpdata.nl", firstname="  Sanne ", lastname=" Bakker  ", company="   ",
                      jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not provided")}


@case("h116-03-phone-chain-titlecase", H, L, """\
| Target | Source | Remark |
|---|---|---|
| Email | email | as is |
| FirstName | firstname | Title Case: every word first letter capital, rest small |
| LastName | lastname | also Title Case |
| Phone | phone | when empty then mobilephone. Both empty: leave Phone away |

Phone numbers as they are, no formatting.""",
      extended(HS, hs(email="bram.visser@kaaspakhuis.nl", firstname="bram", lastname="VISSER", phone="",
                      mobilephone="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h116-04-source-table-lower", H, L, """\
Email to Email, but everything lowercase. LastName is just lastname.
LeadSource we fill from hs_analytics_source: ORGANIC_SEARCH becomes 'Web', PAID_SEARCH becomes 'Advertisement', \
REFERRALS becomes 'External Referral'. All other values, and also when the source is empty, then 'Other'.""",
      extended(HS, hs(email="Femke.Smit@Dijkstra-Data.NL", lastname="Smit", hs_analytics_source="DIRECT_TRAFFIC")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h116-05-two-excludes", H, L, """\
Push the HubSpot contacts as Lead, but not everybody:
- hs_email_optout is "true": skip. Empty optout counts as not opted out, those go through.
- lifecyclestage is "customer": skip also, they are no leads anymore.
The rest: email, firstname, lastname, company 1:1 to Email, FirstName, LastName, Company. Status is always \
'Open - Not Contacted'.""",
      extended(HS, hs(email="joost.smit@grachtmedia.nl", firstname="Joost", lastname="Smit", company="Gracht Media",
                      lifecyclestage="customer", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h116-06-rating-by-revenue", H, L, """\
| Target | Source | Remark |
|---|---|---|
| Email | email | |
| Rating | annualrevenue | see below |
| NumberOfEmployees | numemployees | whole number. When empty, leave away |

Rating: annualrevenue more than 5000000, then gets the Rating 'Hot'. Less than 1000000, then 'Cold'. \
In between 'Warm'. Empty revenue is also 'Cold'.""",
      extended(HS, hs(email="daan.peters@molenbeek.nl", annualrevenue="650000", numemployees="7")))
def o06(r: R) -> Out:
    rv = rev(r)
    rating = "Cold" if rv is None else "Hot" if rv > 5000000 else "Cold" if rv < 1000000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h116-07-e164-titlecase", H, L, """\
Email goes to Email. Phone: make it E.164 with +1, we assume US numbers. When the number starts already with + \
it keeps its own country code off course. phone empty: leave the Phone field away.
FirstName and City in Title Case (each word first letter capital, rest small), from firstname and city.""",
      extended(HS, hs(email="lisa.hoekstra@noordzee.io", firstname="LISA", city="new york", phone="1-212-555-0166")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "FirstName": title(r["firstname"]),
                 "City": title(r["city"])})


@case("h116-08-us-only-description", H, L, """\
Only contacts with country 'United States'. The rest we don't sync.

| Target | Source | Remark |
|---|---|---|
| Email | email | 1:1 |
| LastName | lastname | UPPERCASE |
| Description | company + createdate | format "<company>, created YYYY-MM-DD", only the date part of createdate |

So for example: Northwind Analytics, created 2023-03-14""",
      extended(HS, hs(email="tom.baker@lakeshorefoods.com", firstname="Tom", lastname="baker", company="Lakeshore Foods",
                      country="United States", createdate="2024-02-18T13:20:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['company']}, created {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h116-09-mailing-address", H, C, """\
Address from HubSpot to the Mailing fields on the Contact. address -> MailingStreet, city -> MailingCity, \
state -> MailingState, zip -> MailingPostalCode, country -> MailingCountry. Email to Email.
Straight copy, empty stays empty string.""",
      HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h116-10-optout-donotcall", H, C, """\
| Target | Source | Remark |
|---|---|---|
| Email | email | |
| HasOptedOutOfEmail | hs_email_optout | true when "true", otherwise false. Empty is also false |
| DoNotCall | phone, mobilephone | true when phone and mobilephone both are empty, else false |

Booleans real true/false, not text.""",
      extended(HS, hs(email="ilse.jansen@polderpost.nl", phone="", mobilephone="", hs_email_optout=" ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h116-11-name-from-email", H, C, """\
Email 1:1 to Email. FirstName from firstname; when firstname is empty, then take the part of the email before the @.
Phone: first phone, when that is empty mobilephone, and when that also is empty then 'n/a'. No formatting on the \
numbers.""",
      lower_emails(extended(HS, hs(email="r.dekker@veldwerk.nl", firstname="", lastname="Dekker", phone="",
                                   mobilephone=""))))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Phone": first_filled(r["phone"], r["mobilephone"], "n/a")}


@case("h116-12-stage-table-state", H, C, """\
Email to Email.
Description gets the stage, short:

| lifecyclestage | Description |
|---|---|
| subscriber | Newsletter |
| lead | Lead |
| marketingqualifiedlead | MQL |
| salesqualifiedlead | SQL |
| customer | Customer |

MailingState: state in uppercase. When state is empty then leave MailingState away.""",
      extended(HS, hs(email="lotte.vermeer@harborlight.com", state="ut", lifecyclestage="lead")))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter", "lead": "Lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h116-13-only-leads-mobile", H, C, """\
Only contacts with lifecyclestage 'lead', 'marketingqualifiedlead' or 'salesqualifiedlead' go to Contact, others not.
email lowercase into Email. MobilePhone: mobilephone, when empty then phone (numbers as is). LeadSource always \
'Web'.""",
      HS)
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Web"}


@case("h116-14-country-codes", H, C, """\
| Target | Source | Remark |
|---|---|---|
| Email | email | |
| FirstName | firstname | Title Case |
| LastName | lastname | Title Case |
| Title | jobtitle | trim the spaces before and after |
| MailingCountry | country | United States -> US, Japan -> JP, France -> FR, Mexico -> MX |

Every other country, or country empty, then MailingCountry gets 'Other'.""",
      extended(HS, hs(email="anouk.mulder@fietsfabriek.nl", firstname="ANOUK", lastname="mulder",
                      jobtitle="  Growth Lead  ", country=""),
               hs(email="gijs.kok@zuidas.nl", firstname="Gijs", lastname="Kok", jobtitle="CFO", country="Netherlands")))
def o14(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "France": "FR", "Mexico": "MX"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "MailingCountry": codes.get(r["country"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h116-15-friend-default", H, M, """\
email goes to email_address. firstname -> merge_fields.FNAME, lastname -> merge_fields.LNAME.
When firstname is empty or the property is not there at all, then FNAME gets 'Friend'. lastname just copy, also \
when empty. status always 'subscribed'.""",
      extended(HS, without(hs(email="wim.prins@bloemenveiling.nl", lastname="Prins"), "firstname"),
               hs(email="eva.claes@kustlijn.be", firstname="", lastname="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": dflt(r.get("firstname"), "Friend"),
                                                         "LNAME": r["lastname"]}, "status": "subscribed"}


@case("h116-16-status-from-optout", H, M, """\
status in Mailchimp from hs_email_optout: "true" then 'unsubscribed', "false" then 'subscribed', empty then 'pending'.
Every member gets the tag 'hubspot-sync', only this tag. email -> email_address.""",
      HS)
def o16(r: R) -> Out:
    status = "pending" if blank(r["hs_email_optout"]) else {"true": "unsubscribed", "false": "subscribed"}[
        r["hs_email_optout"]]
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h116-17-revenue-customer-tags", H, M, """\
Email to email_address, firstname to merge_fields.FNAME.
Tags:
- annualrevenue more than 1000000: tag 'High Revenue'
- lifecyclestage is 'customer': tag 'Customer'
Both apply, then both, in this order. Empty revenue gets no 'High Revenue'. When none applies, tags is an empty list.""",
      HS)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1000000):
        tags.append("High Revenue")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h116-18-first-word-phone", H, M, """\
| Target | Source | Remark |
|---|---|---|
| email_address | email | |
| merge_fields.FNAME | firstname | only the first word (Jan Pieter -> Jan) |
| merge_fields.PHONE | phone | +1 format (E.164, US assumed). phone empty, then take mobilephone, same format |

Numbers with a + in front keep their own country code.""",
      extended(HS, hs(email="jan.pieter@dijkstra.nl", firstname="Jan Pieter", lastname="Dijkstra", phone="",
                      mobilephone="(646) 555-0101")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h116-19-skip-no-company-vip", H, M, """\
Contacts without company (empty or only spaces) we skip. The rest goes to Mailchimp: email -> email_address, \
firstname -> merge_fields.FNAME, language always 'en'. vip is true when lifecyclestage is 'customer', else false.""",
      extended(HS, hs(email="noor.haddad@cedarbay.com", firstname="Noor", lastname="Haddad", company="Cedar Bay",
                      lifecyclestage="customer"),
               hs(email="kim.vos@example.org", firstname="Kim", company="  ")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "language": "en",
            "vip": r["lifecyclestage"] == "customer"}


@case("h116-20-company-domain-vip", H, M, """\
firstname and lastname to merge_fields.FNAME and merge_fields.LNAME in Title Case (first letter of each word \
capital, rest small). merge_fields.COMPANY from company; when company is empty, then the part of the email after \
the @ (so the domain). vip: true when annualrevenue more than 2000000, otherwise false, and empty revenue is also \
false. Email to email_address off course, as is.""",
      lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": dflt(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2000000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h116-21-identify-name", H, S, """\
userId = email in lowercase.
traits.firstName = firstname, traits.lastName = lastname, traits.title = jobtitle, all 1:1 (empty stays empty).
traits.name = firstname + one space + lastname, the values as they are.""",
      HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h116-22-company-traits", H, S, """\
| Target | Source | Remark |
|---|---|---|
| userId | email | as is |
| traits.company.name | company | empty -> 'Unknown' |
| traits.company.industry | industry | empty -> leave away |
| traits.company.employee_count | numemployees | integer. Empty -> also leave away |""",
      HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h116-23-address-phone", H, S, """\
userId is the email, as is. The address goes nested in traits.address: address -> street, city -> city, \
state -> state, zip -> postalCode, country -> country. State empty: leave it away. The others just copy.
traits.phone: phone in E.164 (+1, so US, when there is no + in front). When phone is empty then mobilephone the \
same way. Both empty, then no traits.phone at all.""",
      extended(HS, hs(email="sem.hendriks@zeewind.nl", phone="", mobilephone="", state="")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(ph, e164)}})


@case("h116-24-unsubscribed-flag", H, S, """\
userId: email, trimmed and lowercase (some have spaces around it).
traits.title: jobtitle copy.
traits.unsubscribed: true when hs_email_optout is "true". When "false", then false. When empty we play safe: then \
also true.
traits.annualRevenue: annualrevenue as a number. When empty, leave away.""",
      extended(HS, hs(email="  Ruud.Koster@Dijkwerk.NL ", jobtitle="Growth Marketeer", hs_email_optout="false",
                      annualrevenue="")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] != "false",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h116-25-ga4-contact-synced", H, G, """\
client_id = email, as is. One event, name 'contact_synced'. Params of the event:
- source: always 'hubspot'
- industry: industry in lowercase. Empty, then send an empty string ''
- created: createdate, only the date YYYY-MM-DD""",
      HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "contact_synced",
                        "params": {"source": "hubspot", "industry": r["industry"].lower(),
                                   "created": day(r["createdate"])}}]}


@case("h116-26-ga4-high-value", H, G, """\
Only contacts with annualrevenue more than 1000000 go to GA4. Empty revenue also not.
client_id: the part of the email before the @. Event name 'high_value_lead', with params value = annualrevenue as \
a number, and currency always 'USD'.""",
      lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h116-27-ga4-event-by-stage", H, G, """\
| Target | Source | Remark |
|---|---|---|
| client_id | email | |
| events[0].name | lifecyclestage | 'customer_synced' when lifecyclestage is 'customer', all others 'lead_synced' |
| events[0].params.source | hs_analytics_source | empty -> 'UNKNOWN' |
| events[0].params.country | country | 1:1 |""",
      HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_synced" if r["lifecyclestage"] == "customer" else "lead_synced",
                        "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h116-28-lead-plain-copy", L, H, """\
Salesforce Lead to HubSpot contact, plain copy:
Email -> email, FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle, Phone -> phone, \
Street -> address, City -> city, PostalCode -> zip, Country -> country.
Empty fields stay empty (empty string), we fill nothing up.""",
      SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h116-29-lead-status-table", L, H, """\
| Target | Source | Remark |
|---|---|---|
| email | Email | |
| hs_lead_status | Status | see table under |
| hs_email_optout | HasOptedOutOfEmail | as text: "true" or "false" |

Open - Not Contacted -> NEW
Working - Contacted -> IN_PROGRESS
Closed - Converted -> CONNECTED
Closed - Not Converted -> UNQUALIFIED""",
      SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h116-30-rating-to-stage", L, H, """\
email: Email, but lowercase. lifecyclestage from Rating: Hot then 'salesqualifiedlead', Warm then \
'marketingqualifiedlead', Cold then 'lead'. annualrevenue: AnnualRevenue as a number; when it is empty, leave it \
away.""",
      extended(SFL, sfl(Email="Wouter.Brink@Kanaalzicht.NL", FirstName="Wouter", LastName="Brink", Rating="Warm",
                        AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h116-31-uk-leads", L, H, """\
Only UK leads (Country = 'United Kingdom'). Others skip.
- Email -> email
- Phone -> phone, in E.164 for UK: drop the 0 in front and put +44. When it starts already with +, keep it like that.
- PostalCode -> zip in UPPERCASE
- Title -> jobtitle, when empty then 'Unknown'""",
      extended(SFL, sfl(Email="fiona.grant@thistlebank.co.uk", FirstName="Fiona", LastName="Grant",
                        Company="Thistle Bank", Title="", Phone="07700 900123", City="Edinburgh", PostalCode="eh1 1yz",
                        Country="United Kingdom"),
               sfl(Email="oliver.reed@kestrel.co.uk", FirstName="Oliver", LastName="Reed", Company="Kestrel Ltd",
                   Title="Head of Growth", Phone="+44 161 496 0753", City="Manchester", PostalCode="M1 1AE",
                   Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h116-32-street-city-concat", L, H, """\
Leads with Status 'Closed - Converted' we leave out, these are already in HubSpot.
email from Email. country from Country, when empty then 'Unknown'.
address = Street + ', ' + City (like '200 Lake St, Chicago'). When Street is empty, then only the City, without \
comma.""",
      SFL)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "country": dflt(r["Country"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h116-33-status-tags", C, M, """\
email_address: Email in lowercase. status: HasOptedOutOfEmail true then 'unsubscribed', false then 'subscribed'.
Tags: everybody gets 'salesforce'. When LeadSource is 'Trade Show', then gets he also 'trade-show', after the \
first one.""",
      SFC)
def o33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h116-34-language-by-country", C, M, """\
Contacts with empty LeadSource we skip.

| Target | Source | Remark |
|---|---|---|
| email_address | Email | 1:1 |
| merge_fields.PHONE | Phone | E.164, US numbers (+1). With + in front it keeps its own code |
| language | MailingCountry | Germany -> de, Austria -> de, United States -> en |""",
      extended(SFC, sfc(Email="megan.hart@bluepeak.com", FirstName="Megan", LastName="Hart", Phone="503-555-0101",
                        MailingCity="Denver", MailingCountry="United States", LeadSource="Email"),
               sfc(Email="max.keller@bergbau.de", FirstName="Max", LastName="Keller", Phone="+49 89 5555 0123",
                   MailingCity="Munich", MailingCountry="Germany", LeadSource=" ")))
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h116-35-sales-vip", C, M, """\
Email -> email_address, LastName -> merge_fields.LNAME, 1:1. FirstName -> merge_fields.FNAME, when empty then \
'there' (for the "Hi there"). vip: true when Department is exactly 'Sales'. Department empty, then false; any other \
department also false.""",
      extended(SFC, sfc(Email="bas.meijer@deltawerk.nl", FirstName="", LastName="Meijer", Department="Sales")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"LNAME": r["LastName"], "FNAME": dflt(r["FirstName"], "there")},
            "vip": r["Department"] == "Sales"}


@case("h116-36-opted-in-only", C, M, """\
Only contacts with HasOptedOutOfEmail false.

| Target | Source | Remark |
|---|---|---|
| email_address | Email | |
| merge_fields.FNAME | FirstName | |
| merge_fields.LNAME | LastName | |
| status | - | 'subscribed' |
| language | - | 'en' |
| tags | - | empty list, no tags at all |""",
      SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h116-37-contact-identify", C, S, """\
userId = Email lowercase. traits.firstName from FirstName, traits.lastName from LastName, traits.phone from Phone, \
no changes. traits.title from Title, but when Title is empty leave traits.title away.""",
      SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "phone": r["Phone"],
                            "title": omit_if_blank(r["Title"])}})


@case("h116-38-mailing-to-address", C, S, """\
userId is Email (as is). traits.address.city = MailingCity with the spaces trimmed off. traits.address.country = \
MailingCountry, when empty then 'Unknown'.""",
      extended(SFC, sfc(Email="kees.bos@grachtwerk.nl", FirstName="Kees", LastName="Bos", MailingCity="  Rotterdam ",
                        MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h116-39-name-phone-source", C, S, """\
| Target | Source | Remark |
|---|---|---|
| userId | Email | |
| traits.name | FirstName + ' ' + LastName | |
| traits.phone | Phone | E.164, assume US (+1). Starts with + then keep that code |
| traits.source | LeadSource | Web -> 'inbound', Trade Show -> 'event', else (also empty) -> 'other' |""",
      extended(SFC, sfc(Email="sophie.kramer@lichtlijn.com", FirstName="Sophie", LastName="Kramer",
                        Phone="(720) 555-0112", LeadSource="Partner Referral")))
def o39(r: R) -> Out:
    src = {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]), "source": src}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h116-40-members-to-hubspot", M, H, """\
| Target | Source | Remark |
|---|---|---|
| email | email_address | |
| firstname | merge_fields.FNAME | Title Case |
| lastname | merge_fields.LNAME | Title Case. Empty -> leave away |
| company | merge_fields.COMPANY | empty -> 'Unknown' |
| hs_email_optout | status | the text "true" when status is unsubscribed or cleaned, else the text "false" |

Title Case = each word with capital first letter, the rest small.""",
      MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h116-41-no-cleaned-vip-stage", M, H, """\
Cleaned members don't come over to HubSpot. email_address to email, merge_fields.FNAME to firstname as it is.
phone: merge_fields.PHONE in E.164 (US, +1; with + in front keep it). No phone, then leave phone away.
lifecyclestage: vip true, then 'evangelist'. vip false then 'subscriber'.""",
      MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h116-42-first-word-domain-tag", M, H, """\
firstname = first word of merge_fields.FNAME. company = merge_fields.COMPANY, when empty then the domain of the \
email (the part after the @). lifecyclestage 'customer' when the member has the tag 'Customer', else 'lead'. \
email from email_address.""",
      extended(MC, mc({"FNAME": "Anne Sophie", "LNAME": "Visser", "PHONE": "", "COMPANY": ""},
                      email_address="anne.visser@molenkade.nl", tags=["Webinar", "Customer"], language="nl")))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]), "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set116")
