"""Held-out set 72 for the offline mapping drafter.

Persona: a Dutch CRM consultant in Amsterdam. Very terse, direct English with Dutch habits:
clipped fragments split by semicolons or full stops ("Email = key. Company over."), "when" for
"if", "else" at the end of a sentence ("'Cold' else"), "not filled" for blank, "except" for
skip filters, now and then a Dutch word in brackets beside the field word ("achternaam (last
name)", "woonplaats (city)"), once a self-correction ("'Onbekend'... no, English: 'Unknown'").

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h72-01 .. h72-08)
  hubspot.contacts -> salesforce.Contact   6  (h72-09 .. h72-14)
  hubspot.contacts -> mailchimp.members    6  (h72-15 .. h72-20)
  hubspot.contacts -> segment.identify     4  (h72-21 .. h72-24)
  hubspot.contacts -> ga4.events           3  (h72-25 .. h72-27)
  salesforce.Lead  -> hubspot.contacts     5  (h72-28 .. h72-32)
  salesforce.Contact -> mailchimp.members  4  (h72-33 .. h72-36)
  salesforce.Contact -> segment.identify   3  (h72-37 .. h72-39)
  mailchimp.members -> hubspot.contacts    3  (h72-40 .. h72-42)

Rule kinds per case:
  01 copies (with empties), constant          22 nested company traits, default, 2x omit, whole number
  02 default (self-corrected), omit, default  23 nested address, omit, E.164 US w/ fallback + omit
  03 fallback chain + omit, title case         24 trim+lower userId, boolean (blank), number/omit
  04 lower key, table w/ otherwise (blank)     25 GA4 constants, lower key, copy, lower w/ default
  05 two exclude filters (stage, blank), const 26 GA4 filter > (blank skipped), before @, number
  06 whole number/omit, > condition (blank)    27 GA4 conditional event name, copy, default
  07 E.164 US + omit, title case, copy         28 straight copies (with empty values)
  08 only filter, upper, concat + date         29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields               30 lower key, table (no otherwise), number/omit
  10 boolean flags (blank stated, both blank)  31 only filter, E.164 UK, upper, default
  11 fallback to before @, two defaults        32 exclude filter, default, concat w/ blank part
  12 table (no otherwise), upper + omit        33 lower key, boolean->status, const + cond. tag
  13 only filter, lower, fallback, constant    34 exclude filter, E.164 US, table (no otherwise)
  14 trim, trim+title case, table w/ otherwise 35 default, copy, equality -> vip (blank), const
  15 copy, default, two constants              36 only filter (two values), const, empty tags
  16 3-way status (blank stated), const tag    37 lower userId, copies, omit-when-empty
  17 conditional tags (equality, > w/ blank)   38 nested address, trim, default, copy (blank)
  18 first word, E.164 w/ fallback + omit      39 E.164 US, concatenation, table w/ otherwise
  19 exclude filter (blank stated), vip flag   40 title case, omit, default, "true"/"false" text
  20 title case, tag from after @, condition   41 exclude filter, E.164 US + omit, copies, cond.
  21 lower userId, copy, concatenation, copy   42 first word, fallback to after @, tag condition
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
    Out,
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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def mc(**kw: Any) -> R:
    return {**MC[0], **kw}


# two Dutch contacts used by several cases: one complete, one half empty (padded, blank values)
NL1 = hs(email="sanne.bakker@tulpdata.nl", firstname="Sanne", lastname="Bakker", company="Tulp Data BV",
         phone="+31 20 555 0134", mobilephone="+31 6 5555 0172", jobtitle="CRM Lead",
         hs_analytics_source="EMAIL_MARKETING", lifecyclestage="opportunity", country="Netherlands",
         city="Amsterdam", state="NH", zip="1017 AB", address="Keizersgracht 100", annualrevenue="3500000",
         numemployees="45", industry="Software", website="https://tulpdata.nl",
         createdate="2024-02-12T13:20:00.000Z", hs_email_optout="false")
NL2 = hs(email="jeroen.visser@grachtwerk.nl", firstname="  Jeroen ", lastname="visser", company="   ",
         phone="", mobilephone="", jobtitle="marketing manager", hs_analytics_source="DIRECT_TRAFFIC",
         lifecyclestage="lead", country="", city="  utrecht", state="", zip="3511 AA", address="",
         annualrevenue="150000", numemployees="", industry="", website="",
         createdate="2023-09-18T12:00:00.000Z", hs_email_optout="")


def optout_true(r: R) -> bool:
    return r["hs_email_optout"] == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h72-01", H, L,
      "HubSpot contact -> Salesforce Lead. Email = key. Voornaam (first name) and achternaam (last name) "
      "straight over; company and job title (functie) also. LeadSource always 'Web'. Nothing else.",
      extended(HS, NL1))
def c01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h72-02", H, L,
      "Contacts to Leads, match on Email. Company over. Empty company? Then 'Onbekend'... no, English: 'Unknown'. "
      "Phone over; when not filled leave Phone off. City (woonplaats) straight over. "
      "Country over, 'Netherlands' when not filled.",
      extended(HS, NL2, hs(email="wouter.dekker@polderpay.nl", company="PolderPay", phone="  ",
                           city="Haarlem", country="  ")))
def c02(r: R) -> Out:
    return keep({"Email": r["email"], "Company": dflt(r["company"], "Unknown"),
                 "Phone": OMIT if blank(r["phone"]) else r["phone"], "City": r["city"],
                 "Country": dflt(r["country"], "Netherlands")})


@case("h72-03", H, L,
      "Lead sync, Email is the key (sleutel). Phone on the lead: office phone; when not filled the mobile; "
      "both not filled then no Phone at all. First name and last name in title case (first letter capital, "
      "rest small).",
      extended(HS, hs(email="bram.smit@dijkwerk.nl", firstname="BRAM", lastname="smit", phone="", mobilephone=""),
               hs(email="ilse.kok@kaaslab.nl", firstname="ilse", lastname="KOK", phone=" ",
                  mobilephone="+31 6 5555 0110")))
def c03(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": ph, "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"])})


@case("h72-04", H, L,
      "Email = match key, lowercase it. LeadSource from original source (hs_analytics_source): "
      "ORGANIC_SEARCH -> 'Web'. PAID_SEARCH and PAID_SOCIAL -> 'Advertisement'. REFERRALS -> 'External Referral'. "
      "'Other' else; not filled also 'Other'.",
      extended(HS, NL1, NL2))
def c04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h72-05", H, L,
      "All contacts to Lead except lifecycle stage 'customer'. Also except contacts with company not filled. "
      "Key = Email. Company and last name over. Status always 'Open - Not Contacted'.",
      extended(HS, NL2, hs(email="femke.boer@fietsfabriek.nl", lastname="Boer", company="Fietsfabriek",
                           lifecyclestage="customer")))
def c05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or blank(r["company"]):
        return None
    return {"Email": r["email"], "Company": r["company"], "LastName": r["lastname"], "Status": "Open - Not Contacted"}


@case("h72-06", H, L,
      "Key: Email. NumberOfEmployees = numemployees as whole number; not filled then leave it off. "
      "Rating 'Hot' when annual revenue more than 5000000, 'Cold' else. No revenue = 'Cold'.",
      extended(HS, NL1, hs(email="koen.peters@windkracht.nl", annualrevenue="7500000", numemployees="320")))
def c06(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                 "Rating": "Hot" if v is not None and v > 5000000 else "Cold"})


@case("h72-07", H, L,
      "Match on Email. Phone in E.164; no + in front means US number (+1). Phone not filled: leave Phone off. "
      "City in title case. Job title to Title, straight copy.",
      extended(HS, hs(email="rachel.green@centralperk.com", city="NEW YORK", phone="1 212 555 0100",
                      jobtitle="Buyer")))
def c07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "City": title(r["city"]), "Title": r["jobtitle"]})


@case("h72-08", H, L,
      "Only contacts in stage marketingqualifiedlead or salesqualifiedlead, rest not. Email = key. "
      "Country in upper case. Description = 'HubSpot since ' + create date as YYYY-MM-DD, "
      "so e.g. 'HubSpot since 2023-03-14'.",
      extended(HS, NL1, hs(email="lotte.jansen@molenaar.de", lifecyclestage="salesqualifiedlead", country="Germany",
                           createdate="2024-05-21T12:30:00.000Z")))
def c08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Country": r["country"].upper(),
            "Description": "HubSpot since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h72-09", H, C,
      "HubSpot contact -> Salesforce Contact, key Email. Address into the Mailing fields: straat (address) to "
      "MailingStreet, city to MailingCity, state to MailingState, zip (postcode) to MailingPostalCode, "
      "country to MailingCountry. Plain copy, also when not filled.",
      extended(HS, NL2))
def c09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h72-10", H, C,
      "Key = Email. LastName over. HasOptedOutOfEmail true when hs_email_optout is 'true', false else; "
      "not filled = false. DoNotCall true when phone and mobile both not filled, false else.",
      extended(HS, NL2, hs(email="mees.wolters@veenstra.nl", lastname="Wolters", phone="  ", mobilephone="", hs_email_optout="true")))
def c10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": optout_true(r),
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h72-11", H, C,
      "Contacts to Contact, match on Email. FirstName from first name; not filled then the part of the email "
      "before the @. LastName from last name, not filled -> 'Unknown'. Title from job title, not filled -> "
      "'Contact'.",
      extended(lower_emails(HS), hs(email="info@bakkerijboer.nl", firstname="", lastname=" ", jobtitle=""),
               hs(email="t.hendriks@zeewind.nl", firstname=" ", lastname="Hendriks", jobtitle="Inkoper")))
def c11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "LastName": dflt(r["lastname"], "Unknown"), "Title": dflt(r["jobtitle"], "Contact")}


@case("h72-12", H, C,
      "Email is key. LeadSource by original source: ORGANIC_SEARCH 'Web', PAID_SEARCH 'Advertisement', "
      "PAID_SOCIAL 'Advertisement', REFERRALS 'Partner Referral', EMAIL_MARKETING 'Email'. "
      "Department = industry (branche) in capitals; industry not filled -> no Department.",
      extended([HS[0], HS[1], HS[3], HS[4]], NL1))
def c12(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral", "EMAIL_MARKETING": "Email"}
    return keep({"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]],
                 "Department": OMIT if blank(r["industry"]) else r["industry"].upper()})


@case("h72-13", H, C,
      "Only contacts with country 'United States'; rest stays out. Key Email, lowercase. "
      "MobilePhone: mobile, when not filled the office phone. Description always 'US import'.",
      extended(HS, NL1, hs(email="Tom.Baker@Harborview.com", country="United States", mobilephone="",
                           phone="(305) 555-0166")))
def c13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": dflt(r["mobilephone"], r["phone"]),
            "Description": "US import"}


@case("h72-14", H, C,
      "Key: Email. FirstName = first name trimmed (spaces off). MailingCity = city, trimmed and title case. "
      "Description from lifecycle stage: subscriber -> 'Newsletter only', customer -> 'Existing customer', "
      "'Prospect' else.",
      extended(HS, NL2))
def c14(r: R) -> Out:
    table = {"subscriber": "Newsletter only", "customer": "Existing customer"}
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "MailingCity": title(r["city"].strip()),
            "Description": table.get(r["lifecyclestage"], "Prospect")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h72-15", H, M,
      "HubSpot -> Mailchimp audience. email_address = key, from the email. FNAME from first name; "
      "not filled: 'Friend'. LNAME from last name, plain. status always 'subscribed', language always 'en'.",
      extended(HS, hs(email="noor.smeets@lindeboom.nl", firstname="", lastname="Smeets")))
def c15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h72-16", H, M,
      "Key email_address (= email). status from hs_email_optout: 'true' -> 'unsubscribed'. 'false' -> "
      "'subscribed'. Not filled -> 'pending'. One tag for all: 'hubspot-sync'.",
      extended(HS, NL2))
def c16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h72-17", H, M,
      "email_address is key. FNAME = first name. Tags, this order: 'customer' when lifecycle stage is customer; "
      "'big-account' when annual revenue more than 1000000 (no revenue = no tag). No tag applies? Then empty "
      "tags list.",
      extended(HS, hs(email="gijs.mulder@kaasboer.nl", firstname="Gijs", lifecyclestage="customer",
                      annualrevenue="500000")))
def c17(r: R) -> Out:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    v = rev(r)
    if v is not None and v > 1000000:
        tags.append("big-account")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h72-18", H, M,
      "Match on email_address. FNAME: only first word of voornaam (first name). PHONE: mobile in E.164; "
      "when mobile not filled, the office phone in E.164; both not filled -> no PHONE. No + in front = US number.",
      extended(HS, hs(email="anna.maria.vos@vosdesign.nl", firstname="Anna Maria", phone="", mobilephone=""),
               hs(email="jw.kramer@kramerbouw.nl", firstname="Jan Willem", phone="+31 20 555 0188",
                  mobilephone="")))
def c18(r: R) -> Out:
    if not blank(r["mobilephone"]):
        ph: Any = e164(r["mobilephone"])
    elif not blank(r["phone"]):
        ph = e164(r["phone"])
    else:
        ph = OMIT
    return keep({"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": ph}})


@case("h72-19", H, M,
      "All contacts except opted out ones (hs_email_optout 'true'); not filled counts as not opted out. "
      "Key email_address. status 'subscribed' for all. vip true when lifecycle stage is 'customer' or "
      "'evangelist', false else.",
      extended(HS, hs(email="evi.smits@smitsmedia.nl", lifecyclestage="evangelist", hs_email_optout="false"),
               hs(email="ruben.claes@claesbv.be", lifecyclestage="customer", hs_email_optout="")))
def c19(r: R) -> Out:
    if optout_true(r):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h72-20", H, M,
      "Key = email_address. LNAME: achternaam (last name) in title case. One tag: email domain, so the part "
      "after the @. language 'nl' when country is 'Netherlands', 'en' else.",
      extended(lower_emails(HS), NL1))
def c20(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "language": "nl" if r["country"] == "Netherlands" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h72-21", H, S,
      "Segment identify. userId = email lowercase (key). traits.email = email as is. "
      "traits.name = first name + ' ' + last name. traits.title = job title.",
      extended(HS, NL1))
def c21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"], "title": r["jobtitle"]}}


@case("h72-22", H, S,
      "userId = email, as is; that is the key. traits.company.name = company; not filled -> 'Unknown'. "
      "traits.company.industry = industry, not filled: leave it off. traits.company.employee_count = "
      "numemployees as whole number; not filled also leave off.",
      extended(HS, NL2))
def c22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h72-23", H, S,
      "Key: userId = email. Address into traits.address: city, postalCode (from zip), country plain copy. "
      "traits.address.state = state; not filled then leave it off. traits.phone = office phone E.164; when not "
      "filled, mobile E.164; both not filled: no traits.phone. No + means US.",
      extended(HS, NL2))
def c23(r: R) -> Out:
    if not blank(r["phone"]):
        ph: Any = e164(r["phone"])
    elif not blank(r["mobilephone"]):
        ph = e164(r["mobilephone"])
    else:
        ph = OMIT
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                    "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": ph}})


@case("h72-24", H, S,
      "userId = email trimmed and lowercase; key. traits.unsubscribed true when hs_email_optout is 'true', "
      "false else (not filled = false). traits.revenue = annual revenue as a number; no revenue -> leave off.",
      extended(HS, NL2, hs(email=" Sanne.Bakker@TulpData.nl ", hs_email_optout="true", annualrevenue="3500000")))
def c24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "unsubscribed": optout_true(r),
        "revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h72-25", H, G,
      "GA4. client_id = email in lowercase, that is the key. One event, name 'sign_up'. Params: method "
      "'hubspot'; country copy; source = original source in lowercase, not filled -> 'unknown'.",
      extended(HS, NL1))
def c25(r: R) -> Out:
    src = "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": r["email"].lower(), "events": [{"name": "sign_up", "params": {
        "method": "hubspot", "country": r["country"], "source": src}}]}


@case("h72-26", H, G,
      "Only contacts with annual revenue above 1000000. Revenue not filled: skip. client_id = part of the email "
      "before the @ (key). Event name 'qualified_account'. Params: value = annual revenue as number, "
      "currency 'EUR'.",
      extended(lower_emails(HS), NL1))
def c26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1000000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h72-27", H, G,
      "client_id = email (key). Event name 'purchase' when lifecycle stage is 'customer', 'generate_lead' else. "
      "Params: lifecycle_stage = the stage, plain copy. company = company; not filled -> 'unknown'.",
      extended(HS, NL2))
def c27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "lifecycle_stage": r["lifecyclestage"], "company": dflt(r["company"], "unknown")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h72-28", L, H,
      "Salesforce Lead -> HubSpot contact. email is key (from Email).\n"
      "Straight copies: FirstName->firstname, LastName->lastname, Company->company, Title->jobtitle, "
      "Phone->phone, Street->address, City->city, PostalCode->zip, Country->country.\n"
      "Not filled stays empty, no defaults.",
      extended(SFL))
def c28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h72-29", L, H,
      "Key email. lifecyclestage from lead Status: 'Open - Not Contacted' -> lead; 'Working - Contacted' -> "
      "marketingqualifiedlead; 'Closed - Converted' -> customer; 'Closed - Not Converted' -> other. "
      "hs_email_optout = text 'true' when HasOptedOutOfEmail checked, 'false' else.",
      extended(SFL, sfl(Email="bas.meijer@dakpan.nl", Status="Working - Contacted", HasOptedOutOfEmail=True)))
def c29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h72-30", L, H,
      "Match on email, lowercase. hs_lead_status from Rating: Hot = IN_PROGRESS, Warm = OPEN, Cold = UNQUALIFIED. "
      "annualrevenue = AnnualRevenue as number; not filled -> leave it off.",
      extended(SFL, sfl(Email="Noor.Hendriks@Dijkstra-Tech.nl", Rating="Warm", AnnualRevenue="750000.5")))
def c30(r: R) -> Out:
    table = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h72-31", L, H,
      "Only leads with Country 'United Kingdom'. Key email. phone = Phone in E.164, UK (+44) when no + in front. "
      "zip = PostalCode in upper case. company = Company; not filled then 'Unknown'.",
      extended(SFL, sfl(Email="harriet.cole@fenwickgroup.co.uk", Country="United Kingdom", Phone="07700 900123",
                        PostalCode="ec1a 1bb", Company=""),
               sfl(Email="owen.price@mancunian.co.uk", Country="United Kingdom", Phone="+44 161 555 0199",
                   PostalCode="m1 1ae", Company="Mancunian Ltd")))
def c31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Unknown")}


@case("h72-32", L, H,
      "All leads except Status 'Closed - Not Converted'. Key = email. jobtitle from Title, not filled -> "
      "'Unknown'. message = 'SF lead, rating ' + Rating + ', source ' + LeadSource. LeadSource not filled? "
      "Then 'none' on that spot: 'SF lead, rating Warm, source none'.",
      extended(SFL))
def c32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"),
            "message": "SF lead, rating " + r["Rating"] + ", source " + dflt(r["LeadSource"], "none")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h72-33", C, M,
      "Salesforce Contact -> Mailchimp. email_address = Email lowercase; key. status 'unsubscribed' when "
      "HasOptedOutOfEmail checked, 'subscribed' else. Tags: always 'salesforce'; plus 'dach' as second tag when "
      "MailingCountry is Germany, Austria or Switzerland.",
      extended(SFC, sfc(Email="Nina.Keller@Bergsicht.ch", MailingCountry="Switzerland", HasOptedOutOfEmail=True)))
def c33(r: R) -> Out:
    tags = ["salesforce"]
    if r["MailingCountry"] in ("Germany", "Austria", "Switzerland"):
        tags.append("dach")
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h72-34", C, M,
      "All contacts except HasOptedOutOfEmail checked. Key email_address, Email as is. PHONE = Phone in E.164; "
      "no + in front = US. language from MailingCountry: Germany -> 'de', Austria -> 'de', Netherlands -> 'nl', "
      "United States -> 'en'.",
      extended(SFC, sfc(Email="pieter.mulder@zuidas.nl", MailingCountry="Netherlands", Phone="+31 20 555 0110"),
               sfc(Email="kate.lopez@mesaverde.com", MailingCountry="United States", Phone="480-555-0121")))
def c34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    table = {"Germany": "de", "Austria": "de", "Netherlands": "nl", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": table[r["MailingCountry"]]}


@case("h72-35", C, M,
      "Key email_address (from Email). FNAME = first name; not filled: 'Customer'. LNAME = last name. "
      "vip true when LeadSource is 'Trade Show', false else; not filled = false. status always 'subscribed'.",
      extended(SFC, sfc(Email="dirk.bos@bosbouw.nl", FirstName="", LastName="Bos", LeadSource="Trade Show")))
def c35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h72-36", C, M,
      "Only contacts with Department 'Sales' or 'Marketing'. email_address = Email (key). FNAME, LNAME straight "
      "over. status 'pending' for all. tags: empty list, no tags.",
      extended(SFC, sfc(Email="marit.vermeer@gouda.nl", FirstName="Marit", LastName="Vermeer", Department="Marketing"),
               sfc(Email="joost.prins@prinsfin.nl", FirstName="Joost", LastName="Prins", Department="Finance")))
def c36(r: R) -> Out:
    if r["Department"] not in ("Sales", "Marketing"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h72-37", C, S,
      "Segment: userId = Email lowercase, key. traits.email = Email as is. traits.firstName, traits.lastName "
      "straight over. traits.title = Title; not filled -> leave it off.",
      extended(SFC))
def c37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h72-38", C, S,
      "userId = Email (key). traits.address.city = MailingCity trimmed. traits.address.country = MailingCountry; "
      "not filled -> 'Unknown'. traits.birthday = Birthdate, plain copy.",
      extended(SFC, sfc(Email="daan.vos@havenlicht.nl", MailingCity=" Rotterdam  ", MailingCountry="",
                        Birthdate="1979-03-15"),
               sfc(Email="eva.smit@duinzicht.nl", MailingCity="Leiden", MailingCountry="   ", Birthdate="")))
def c38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")},
        "birthday": r["Birthdate"]}}


@case("h72-39", C, S,
      "userId = Email as is; key. traits.phone = Phone in E.164, US when no +. traits.name = FirstName + ' ' + "
      "LastName. traits.source from LeadSource: Web -> 'website', Trade Show -> 'event', 'other' else "
      "(also when not filled).",
      extended(SFC, sfc(Email="lars.dijk@dijkpartners.nl", FirstName="Lars", LastName="Dijk", LeadSource="Partner",
                        Phone="+31 10 555 0144")))
def c39(r: R) -> Out:
    table = {"Web": "website", "Trade Show": "event"}
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
        "source": table.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h72-40", M, H,
      "Mailchimp -> HubSpot. email from email_address = key. firstname from FNAME, lastname from LNAME, both "
      "title case. phone = PHONE; not filled: leave off. company = COMPANY, not filled -> 'Unknown'. "
      "hs_email_optout the text 'true' when status unsubscribed or cleaned, 'false' else.",
      extended(MC))
def c40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": OMIT if blank(mf["PHONE"]) else mf["PHONE"], "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h72-41", M, H,
      "All members except status 'cleaned'. Key: email (from email_address). phone = PHONE in E.164, US when no "
      "+ in front; not filled: no phone. company = COMPANY copy. hs_language = language copy. "
      "lifecyclestage 'customer' when vip true, 'subscriber' else.",
      extended(MC, mc(email_address="maud.vink@vinkstudio.nl", status="pending",
                      merge_fields={"FNAME": "Maud", "LNAME": "Vink", "PHONE": "212-555-0199",
                                    "COMPANY": "Vink Studio"}, tags=[], language="nl", vip=True)))
def c41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "hs_language": r["language"],
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h72-42", M, H,
      "Key email (email_address). firstname = first word of FNAME. company = COMPANY; not filled then the part "
      "of the email after the @. lifecyclestage 'customer' when tags contain 'Customer', 'subscriber' else.",
      extended(MC, mc(email_address="anne.sophie@lindenhof.nl",
                      merge_fields={"FNAME": "Anne Sophie", "LNAME": "Vos", "PHONE": "", "COMPANY": "  "},
                      tags=["Customer", "Webinar"])))
def c42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set72")
    print(f"{len(CASES)} cases written to set72/")
