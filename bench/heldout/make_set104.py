"""Held-out set 104 for the offline mapping drafter.

Persona: Budi Santoso, digital marketing executive at an e-commerce startup in Jakarta, Indonesian
first language. He asks for mappings the way he chats on WhatsApp: Indonesian-shaped English where
tense and plurals often drop out, with "already", "must", "just", "no need", "if empty, so put ...",
"for the one which ...", "pls", "thx", "ok", "then", and now and again a "ya" or "bro" at the end of a
line. Sometimes he sends several short lines or a little arrow list, sometimes one long run-on line.
He names fields mostly the way the HubSpot / Salesforce screens label them (First Name, Job Title,
Unsubscribed from all email, Lead Status), sometimes by API name (traits.company.name, FNAME).

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h104-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Budi's own.
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
    """A record with some keys absent altogether (not just empty)."""
    return {k: v for k, v in rec.items() if k not in keys}


# --------------------------------------------------------------------------- HubSpot -> Lead

@case("h104-01-plain-copy-web-source", H, L, """\
bro pls help map hubspot contact to salesforce Lead ya
email -> Email
First Name -> FirstName, Last Name -> LastName
Company Name -> Company
Job Title -> Title
Phone Number -> Phone
Lead Source just put "Web" for all
if some field empty in hubspot no need default anything, just send empty also""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h104-02-trim-and-defaults", H, L, """\
hubspot contact to SF lead. Email copy only. First Name must trim the space in front and back then \
put to FirstName, Last Name copy to LastName. Company Name also trim, if empty so put "Unknown" in \
Company. Job Title go to Title, if empty put "Staff" (this one no need trim, if got value just copy \
as is). City copy to City. thx""",
      extended(HS,
               hs(email="rina.wulandari@tokoku.id", firstname="  Rina ", lastname="Wulandari",
                  company="  Tokoku Indonesia  ", jobtitle="   ", city="Jakarta"),
               hs(email="yoga.pratama@kaosku.id", firstname="Yoga", lastname="Pratama", company="   ",
                  jobtitle=" Social Media Specialist", city="Bandung")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"],
            "Company": dflt(r["company"].strip(), "Unknown"), "Title": dflt(r["jobtitle"], "Staff"),
            "City": r["city"]}


@case("h104-03-phone-fallback-proper-case", H, L, """\
Lead from hubspot contact:
- Email -> Email
- first name & last name -> FirstName / LastName but make it proper case (each word first letter capital, the rest small), some data already all caps or all small
- Company Name -> Company, copy
- Phone: take Phone Number, if empty take Mobile Phone Number, if 2 also empty just dont put Phone at all
ok thx""",
      extended(HS, hs(email="agus.wijaya@kopikita.co.id", firstname="agus", lastname="WIJAYA", company="Kopi Kita",
                      phone="", mobilephone="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Company": r["company"], "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h104-04-source-table-lower-email", H, L, """\
for Lead Source in SF pls follow hubspot Original Source: ORGANIC_SEARCH = Web, PAID_SEARCH and \
PAID_SOCIAL = Advertisement, REFERRALS = External Referral, other value or empty one = Other. Email must \
lowercase all then put in Email. Last Name just copy. that's all, no need other field""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h104-05-skip-unsub-and-customer", H, L, """\
sync hubspot contact to salesforce Lead but dont send 2 kind: the one which "Unsubscribed from all email" is "true", and the one which Lifecycle Stage already customer. if unsubscribed empty still send ya. Email, First Name, Last Name, Company Name copy same same to Email, FirstName, LastName, Company. Lead Status put "Open - Not Contacted" for all""",
      extended(HS, hs(email="sari.indah@batikmodern.id", firstname="Sari", lastname="Indah", company="Batik Modern",
                      lifecyclestage="customer", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h104-06-rating-by-revenue", H, L, """\
Rating in lead depend on annual revenue from hubspot:
more than 5,000,000 -> Hot
less than 1,000,000 -> Cold
in between -> Warm
if revenue empty also Cold.
Number of Employees send to Employees (NumberOfEmployees) as whole number, if empty dont send that field.
plus Email and Company Name copy to Email / Company. thx bro""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else "Hot" if v > 5_000_000 else "Warm"
    return keep({"Email": r["email"], "Company": r["company"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h104-07-e164-us-title-case", H, L, """\
hubspot contact -> SF lead pls. Phone Number must format E.164 like +14155550100, if number no + assume \
US (+1), if already have + keep their own country code. if phone empty just skip Phone field (lead still \
send). First name, last name, city all make title case -> FirstName, LastName, City. Email copy as is""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h104-08-open-stages-description", H, L, """\
only for contact with lifecycle stage lead, marketingqualifiedlead or salesqualifiedlead, other stage no \
need send. Last Name in CAPITAL all. Email and Company Name copy. Description must be like this: \
"HubSpot lead since 2023-03-14 from ORGANIC_SEARCH" -> the date is Create Date (YYYY-MM-DD only) and the \
last part is Original Source value as is""", HS)
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": f"HubSpot lead since {day(r['createdate'])} from {r['hs_analytics_source']}"}


# --------------------------------------------------------------------------- HubSpot -> Contact

@case("h104-09-mailing-address", H, C, """\
Map to Salesforce Contact: Email, First Name, Last Name copy. Address go to the Mailing one: Street Address->MailingStreet, City->MailingCity, State/Region->MailingState, Postal Code->MailingPostalCode, Country/Region->MailingCountry. just copy, empty also copy empty no problem""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h104-10-optout-donotcall-flags", H, C, """\
for Contact only need 4 field:
Email copy
Last Name copy
Email Opt Out = true if hubspot "Unsubscribed from all email" is "true", if "false" or empty so false
Do Not Call = true if Phone Number empty, if got phone number then false (mobile no need check)""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h104-11-name-from-email-title-chain", H, C, """\
email all already small letter. Contact First Name take from first name, if empty take email part \
before @ (ex budi.santoso@tokoku.id -> budi.santoso). Title: Job Title, if empty use Industry, if \
industry also empty put "Unknown". Email & Last Name just copy ya""",
      extended(lower_emails(HS), hs(email="nadia.putri@belanjaku.id", firstname="", lastname="Putri", jobtitle="",
                                    industry="Retail")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Unknown")}


@case("h104-12-country-code-state-upper", H, C, """\
MailingCountry pls use code not full name: United States = US, Japan = JP, Mexico = MX, France = FR, \
Indonesia = ID. State/Region go to MailingState in uppercase, but if state empty dont include MailingState. \
Email, Last Name copy""",
      extended(HS, hs(email="dewi.anggraini@tenunku.id", firstname="Dewi", lastname="Anggraini", country="Indonesia",
                      state="jawa barat", city="Bandung")))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Indonesia": "ID"}
    return keep({"Email": r["email"], "LastName": r["lastname"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h104-13-us-only-phone-fallback", H, C, """\
Only the contact which Country/Region = United States, others skip.
Email lowercase.
Phone: use Phone Number, if empty then Mobile Phone Number.
Last Name copy.
Description always "Imported from HubSpot".""",
      extended(HS, hs(email="Tommy.Lee@BrightLane.com", firstname="Tommy", lastname="Lee", country="United States",
                      phone="", mobilephone="(646) 555-0110")))
def o13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "LastName": r["lastname"], "Description": "Imported from HubSpot"}


@case("h104-14-trim-title-source-table", H, C, """\
hubspot contact to SF Contact:
1. first name & last name -> title case
2. job title -> Title but trim the spaces
3. Lead Source from Original Source: ORGANIC_SEARCH -> Web, REFERRALS -> Word of mouth, PAID_SOCIAL -> Advertisement, the rest (also the blank one) -> Other
4. Email copy""",
      extended(HS, hs(email="andi.pratama@sepatulokal.id", firstname="ANDI", lastname="pratama",
                      jobtitle="  Growth Marketing  ", hs_analytics_source="PAID_SOCIAL")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "REFERRALS": "Word of mouth", "PAID_SOCIAL": "Advertisement"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# --------------------------------------------------------------------------- HubSpot -> Mailchimp

@case("h104-15-kak-default-fname", H, M, """\
hubspot to mailchimp audience. email -> email_address, status always subscribed. FNAME from First Name, if first name empty or not exist in the data put "Kak". LNAME from Last Name and PHONE from Phone Number just copy (empty ok, send empty)""",
      extended(HS, without(hs(email="fajar.nugroho@gadgetin.id", lastname="Nugroho", phone="0812-555-0101"), "firstname"),
               hs(email="lia.kurnia@skincarein.id", firstname="", lastname="Kurnia", phone="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r.get("firstname"), "Kak"), "LNAME": r["lastname"], "PHONE": r["phone"]}}


@case("h104-16-three-way-status", H, M, """\
Mailchimp status follow hubspot Unsubscribed from all email:
"true" -> unsubscribed
"false" -> subscribed
empty -> pending
add tag "hubspot-sync" for everyone. Email to email_address and First Name to FNAME. done""", HS)
def o16(r: R) -> Out:
    status = "pending" if blank(r["hs_email_optout"]) else \
        {"true": "unsubscribed", "false": "subscribed"}[r["hs_email_optout"]]
    return {"email_address": r["email"], "status": status, "merge_fields": {"FNAME": r["firstname"]},
            "tags": ["hubspot-sync"]}


@case("h104-17-revenue-customer-tags", H, M, """\
tags rule: if annual revenue above 3000000 give tag "big-account", if lifecycle stage = customer give tag "customer", can be both then big-account first then customer, if no one match then tags empty list. revenue empty mean not big account. other field only email_address from email and FNAME from first name""",
      extended(HS, hs(email="hendra.gunawan@elektronikmurah.id", firstname="Hendra", lastname="Gunawan",
                      annualrevenue="9000000", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = (["big-account"] if gt(r["annualrevenue"], 3_000_000) else []) + \
        (["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h104-18-first-word-phone-fallback", H, M, """\
FNAME only take first word of First Name (some people put 2 name there). LNAME copy Last Name. PHONE: \
Phone Number in E.164, if no + in front assume US (+1), if got + keep it. if Phone Number empty use \
Mobile Phone Number instead (same format). email_address = email ya""",
      extended(HS, hs(email="siti.aminah@hijabstore.id", firstname="Siti Aminah", lastname="Rahman",
                      phone="(718) 555-0166", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h104-19-skip-no-company-vip-customer", H, M, """\
skip contact with no company name (Company Name empty = dont send). the rest send with status \
subscribed, email_address, FNAME = first name, vip true if lifecycle stage is customer otherwise false""",
      extended(HS, hs(email="rudy.setiawan@kopisenja.id", firstname="Rudy", lastname="Setiawan", company="Kopi Senja",
                      lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "merge_fields": {"FNAME": r["firstname"]},
            "vip": r["lifecyclestage"] == "customer"}


@case("h104-20-domain-lname-revenue-vip", H, M, """\
the emails already lowercase.
FNAME = first name in title case
LNAME = last name title case, but if last name empty put the email domain (after @) as is, no need capital
vip = true when annual revenue more than 3,000,000, empty revenue = false
email_address copy email""",
      extended(lower_emails(HS), hs(email="info@warungsehat.id", firstname="warung", lastname="",
                                    annualrevenue="3500000")))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["annualrevenue"], 3_000_000)}


# --------------------------------------------------------------------------- HubSpot -> Segment

@case("h104-21-identify-full-name", H, S, """\
segment identify from hubspot contact: userId = email but lowercase. traits.email = email as is (no \
change). traits.firstName, traits.lastName, traits.title (from Job Title) copy, empty also just empty. \
traits.name = first name + space + last name""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h104-22-company-traits", H, S, """\
userId = email. company part:
traits.company.name = Company Name, if empty put "Individual"
traits.company.industry = Industry, if empty leave it out
traits.company.employee_count = Number of Employees as integer, empty -> leave out also""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h104-23-address-traits-phone", H, S, """\
userId = email ya. address put under traits.address: City -> city, State/Region -> state (if empty dont put state), Postal Code -> postalCode, Country/Region -> country. then traits.phone: Phone Number in E.164 (US +1 if no +, number with + keep its code), if empty use Mobile Phone Number, if 2 also empty no need traits.phone""",
      extended(HS, hs(email="bayu.ramadhan@distroku.id", firstname="Bayu", lastname="Ramadhan", phone="",
                      mobilephone="", city="Surabaya", state="", zip="60111", country="Indonesia")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                                        "country": r["country"]},
                            "phone": omit_if_blank(ph, e164)}})


@case("h104-24-clean-userid-unsub-revenue", H, S, """\
userId = email, must trim the space front/back and make lowercase. traits.firstName copy first name. \
traits.unsubscribed = true/false (boolean) from "Unsubscribed from all email": "true" -> true, "false" -> \
false, empty count as false. traits.annual_revenue = annual revenue as number, if empty omit it""",
      extended(HS, hs(email="  Rudi.Hartono@GudangKaos.id ", firstname="Rudi", lastname="Hartono",
                      hs_email_optout="", annualrevenue="150000.5")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# --------------------------------------------------------------------------- HubSpot -> GA4

@case("h104-25-ga4-crm-sync-event", H, G, """\
send to GA4 one event per contact:
client_id = email
event name always "crm_sync"
params: platform = "hubspot" (fix), lifecycle_stage = Lifecycle Stage copy, source = Original Source in lowercase (if empty put "unknown"), created = Create Date only the date YYYY-MM-DD""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_sync",
                        "params": {"platform": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                   "source": dflt(r["hs_analytics_source"].lower(), "unknown"),
                                   "created": day(r["createdate"])}}]}


@case("h104-26-ga4-high-value", H, G, """\
only contact with annual revenue more than 1,000,000 send to GA4, revenue empty skip also. email \
already lowercase. client_id take email part before @. event name "high_value_contact". params.value = \
annual revenue as number, params.currency always "USD\"""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h104-27-ga4-customer-or-lead-event", H, G, """\
GA4 event name depend lifecycle stage: if customer then "customer_update", other stage all "lead_update". client_id = email copy. params.job_title = Job Title, if empty so put "not set". params.city = City copy""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_update" if r["lifecyclestage"] == "customer" else "lead_update",
                        "params": {"job_title": dflt(r["jobtitle"], "not set"), "city": r["city"]}}]}


# --------------------------------------------------------------------------- Lead -> HubSpot

@case("h104-28-lead-to-contact-copy", L, H, """\
SF Lead to hubspot contact, all just copy:
Email -> email
First Name -> First Name
Last Name -> Last Name
Company -> Company Name
Title -> Job Title
Phone -> Phone Number
Street -> Street Address
City -> City
Zip/Postal Code -> Postal Code
Country -> Country/Region
some lead got empty value, just copy the empty, no need fill""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h104-29-lead-status-optout-text", L, H, """\
Lead Status from SF to hubspot Lead Status: Open - Not Contacted = NEW, Working - Contacted = IN_PROGRESS, \
Closed - Converted = OPEN_DEAL, Closed - Not Converted = UNQUALIFIED. Email Opt Out checkbox -> \
Unsubscribed from all email, but hubspot want text so write "true" or "false" as string. Email copy to email""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h104-30-rating-to-stage-revenue", L, H, """\
- email: Lead Email but lowercase
- Lifecycle Stage from Rating: Hot = salesqualifiedlead, Warm = marketingqualifiedlead, Cold = lead
- Annual Revenue as number, if empty no need send the field
ok that's it""",
      extended(SFL, sfl(Email="Bayu.Saputra@KopiNusantara.co.id", FirstName="Bayu", LastName="Saputra",
                        Company="Kopi Nusantara", Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage,
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h104-31-uk-leads-only", L, H, """\
this one only for UK lead, Country = "United Kingdom", other country dont send. Phone convert to E.164 \
with UK code +44 (remove the 0 in front; if number already start with + keep as is) -> Phone Number. Zip/Postal \
Code make all uppercase -> Postal Code. Title -> Job Title, if empty so put "Marketing Contact". Email -> email \
copy""",
      extended(SFL,
               sfl(Email="olivia.bennett@thamesbrew.co.uk", FirstName="Olivia", LastName="Bennett",
                   Company="Thames Brew", Title="", Phone="07700 900123", City="London", PostalCode="se1 9sg",
                   Country="United Kingdom"),
               sfl(Email="raj.patel@mancunianprint.co.uk", FirstName="Raj", LastName="Patel",
                   Company="Mancunian Print", Title="Founder", Phone="+44 161 555 0142", City="Manchester",
                   PostalCode="m1 1ae", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Marketing Contact")}


@case("h104-32-skip-closed-message", L, H, """\
dont sync the lead which Lead Status = "Closed - Not Converted". for other: Email -> email, Company -> Company Name copy, Title -> Job Title if empty put "Unknown". Message field pls fill Lead Source + " / " + Rating, example "Web / Hot", but if lead source empty then just the Rating only without the slash""", SFL)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    msg = r["Rating"] if blank(r["LeadSource"]) else f"{r['LeadSource']} / {r['Rating']}"
    return {"email": r["Email"], "company": r["Company"], "jobtitle": dflt(r["Title"], "Unknown"), "message": msg}


# --------------------------------------------------------------------------- Contact -> Mailchimp

@case("h104-33-optout-status-trade-show-tag", C, M, """\
SF Contact to mailchimp. email_address = Email lowercase. status: if Email Opt Out checked then unsubscribed, not checked then subscribed. FNAME = First Name. tags: always "salesforce", and for the one which Lead Source is "Trade Show" add "trade-show" also after it""", SFC)
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"]},
            "tags": ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h104-34-dept-filter-phone-language", C, M, """\
skip contact with Department empty. rest: email_address from Email, PHONE = Business Phone in E.164 \
(assume US +1 if no +, number with + keep own code), language from Mailing Country: Germany -> de, \
Austria -> de, United States -> en""", SFC)
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h104-35-trade-show-vip", C, M, """\
mailchimp from SF contact ya
email_address = Email
status = subscribed for all
FNAME = First Name, if empty put "Pelanggan"
LNAME = Last Name copy
vip = true only if Lead Source is "Trade Show", other source or empty source = false""",
      extended(SFC, sfc(Email="yuni.lestari@rumahbatik.id", FirstName="", LastName="Lestari", LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Pelanggan"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show"}


@case("h104-36-optin-only-clear-tags", C, M, """\
only the contact which Email Opt Out not checked, the opted out one dont send. copy Email to \
email_address, First Name to FNAME, Last Name to LNAME. status "subscribed", language "en" for all. tags \
send empty list (we want clear all tag)""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "en",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# --------------------------------------------------------------------------- Contact -> Segment

@case("h104-37-contact-identify", C, S, """\
Segment identify from SF Contact. userId is the Email in small letter. traits.email = Email original (no \
change). traits.firstName, traits.lastName copy. traits.title from Title and traits.birthday from \
Birthdate, but this 2 if empty just dont send""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h104-38-contact-address-default", C, S, """\
userId = Email. traits.address.city = Mailing City but trim the space, some got space. \
traits.address.country = Mailing Country, if empty so put "Indonesia" (most our contact from here)""",
      extended(SFC, sfc(Email="hendra.wijaya@tokoonline.id", FirstName="Hendra", LastName="Wijaya",
                        MailingCity="  Bandung ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Indonesia")}}}


@case("h104-39-contact-phone-name-source", C, S, """\
for segment pls: userId = Email, traits.phone = Business Phone E.164 format (no + then assume US +1, \
with + keep it), traits.name = First Name + " " + Last Name, traits.source from Lead Source -> Web become \
"online", Trade Show become "event", other or empty "other\"""", SFC)
def o39(r: R) -> Out:
    src = {"Web": "online", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}", "source": src}}


# --------------------------------------------------------------------------- Mailchimp -> HubSpot

@case("h104-40-member-to-contact", M, H, """\
mailchimp member to hubspot contact:
email_address -> email
FNAME -> First Name, title case
LNAME -> Last Name, title case also, if LNAME empty dont send lastname
COMPANY merge field -> Company Name, if empty "Unknown"
Unsubscribed from all email = text "true" if status is unsubscribed, other status "false\"""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h104-41-skip-cleaned-vip-stage", M, H, """\
dont take the cleaned member (status cleaned). others: email_address -> email, FNAME -> First Name copy, PHONE -> Phone Number in E.164 (US +1 if no + in front, if have + keep) and if PHONE empty no need phone field. lifecycle stage: vip member -> customer, non vip -> lead""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h104-42-first-word-domain-company", M, H, """\
email_address copy to email. First Name = first word of FNAME only. Last Name = LNAME copy (empty just empty). Company Name = COMPANY, if empty take from email after @ (example budi@tokoku.id -> tokoku.id). lifecycle stage customer if member got tag "Customer", if not subscriber""",
      extended(MC, mc({"FNAME": "Putri Ayu", "LNAME": "Maharani", "COMPANY": ""}, email_address="putri.ayu@tokobunga.id",
                      tags=["Webinar", "Customer"], status="subscribed")))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]), "lastname": mf["LNAME"],
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set104")
