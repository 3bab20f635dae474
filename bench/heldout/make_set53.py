"""Held-out set 53 for the offline mapping drafter.

Persona: a marketing-operations lead at a US healthcare company who writes requirements in the
RFC 2119 style: numbered "R1.", "R2." rules using MUST, MUST NOT, SHOULD and MAY in capitals,
formal and precise, with an occasional "Note:" line that settles how blank values are handled.
The tone is privacy-minded: every text closes the door on fields that are not listed, and the
GA4 texts keep personal data out of analytics.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h53-01 .. h53-08)
  hubspot.contacts -> salesforce.Contact   6  (h53-09 .. h53-14)
  hubspot.contacts -> mailchimp.members    6  (h53-15 .. h53-20)
  hubspot.contacts -> segment.identify     4  (h53-21 .. h53-24)
  hubspot.contacts -> ga4.events           3  (h53-25 .. h53-27)
  salesforce.Lead  -> hubspot.contacts     5  (h53-28 .. h53-32)
  salesforce.Contact -> mailchimp.members  4  (h53-33 .. h53-36)
  salesforce.Contact -> segment.identify   3  (h53-37 .. h53-39)
  mailchimp.members -> hubspot.contacts    3  (h53-40 .. h53-42)

Rule kinds per case:
  01 copies (blank stated), constant         22 nested company traits, defaults, integer/omit
  02 E.164 US w/ fallback phone, default     23 nested address, omit-when-empty, E.164 omit, date
  03 lower, value table w/ otherwise, copy   24 trim+lower userId, boolean (blank stated), number/omit
  04 only filter (one of two), number, int   25 GA4 constants, copy, lower (blank stated)
  05 > condition (blank stated), default     26 GA4 > filter (blank dropped), number, default
  06 exclude filter (blank stated), title,   27 GA4 conditional event name, copy, default
     concatenation                           28 copies (empty values written)
  07 part after @, E.164 US omit, upper      29 table (no otherwise), "true"/"false" text
  08 first word, concat + date, constant     30 lower, table (no otherwise), number/omit
  09 Mailing* copies, title case, default    31 only filter, E.164 UK, upper, default
  10 boolean flags (blank conditions)        32 exclude filter, conditional concat, default, const
  11 fallback to part before @, fallback     33 lower, boolean->status, constant + conditional tag
     chain with omit                         34 exclude filter, E.164 US, table (no otherwise)
  12 upper, table (no otherwise)             35 default, copies, equality -> vip, constant
  13 only filter, lower, E.164 US, constant  36 only filter, copies, constant, empty tag list
  14 trim, title case, table w/ otherwise    37 lower userId, copies, omit-when-empty x2
  15 copies, constant, default               38 trim, default, nested address, date omit
  16 3-way status (blank stated), tag        39 E.164 US, concatenation, table w/ otherwise
  17 conditional tags (equality, > w/ blank) 40 title case, omit-when-empty, default, text bool
  18 first word, E.164 w/ fallback + omit    41 exclude filter, E.164 US omit, copy, vip cond.
  19 exclude filter, constant, >= vip flag   42 first word, fallback to part after @, tag cond.
  20 fallback to part after @, title, cond.
  21 lower userId, copies, concatenation
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails
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


def rules(*lines: str) -> str:
    return "\n".join(lines)


def opted_out(r: R) -> bool:
    return r["hs_email_optout"] == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h53-01-lead-copies-constant", H, L, rules(
    "R1. Each HubSpot contact MUST be written to a Salesforce Lead matched on Email; the Email field MUST be "
    "populated from the contact's email address.",
    "R2. FirstName, LastName and Company MUST be copied unchanged from the contact's first name, last name and "
    "company name respectively.",
    "Note: a blank company name MUST be sent as an empty value; no placeholder is to be substituted.",
    "R3. LeadSource MUST be set to the fixed value \"Web\" on every Lead.",
    "R4. Lead fields not named in R1-R3 MUST NOT be sent."), HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h53-02-lead-phone-fallback-title-default", H, L, rules(
    "R1. The Email field MUST be populated from the contact's email address and is the match key.",
    "R2. Phone MUST contain the contact's office phone number in E.164 format. A number without a country code "
    "MUST be treated as a United States (+1) number.",
    "R3. When the office phone number is empty, Phone MUST instead be taken from the contact's mobile phone "
    "number, formatted as in R2.",
    "R4. Title MUST be copied from the contact's job title. When the job title is blank, Title MUST be set to "
    "\"Not Provided\".",
    "R5. Lead fields not listed here MUST NOT be populated."), HS)
def _(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "Phone": e164(ph), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h53-03-lead-source-table-lower", H, L, rules(
    "R1. Email MUST be populated from the contact's email address, converted to lower case. Email is the match key.",
    "R2. LastName MUST be copied from the contact's last name without modification.",
    "R3. LeadSource MUST be derived from the contact's original source (hs_analytics_source) as follows: "
    "ORGANIC_SEARCH MUST map to \"Web\"; PAID_SEARCH and PAID_SOCIAL MUST map to \"Advertisement\"; REFERRALS MUST "
    "map to \"External Referral\".",
    "R4. Any other original source value, including an empty one, MUST map to \"Other\".",
    "R5. Fields not specified in R1-R4 MUST NOT be transmitted to Salesforce."), HS)
def _(r: R) -> R:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h53-04-lead-only-mql-sql-numbers", H, L, rules(
    "R1. Only contacts whose lifecycle stage is marketingqualifiedlead or salesqualifiedlead MUST be synced. "
    "Contacts in any other lifecycle stage MUST NOT be sent to Salesforce.",
    "R2. The Email field MUST be populated from the contact's email address (match key).",
    "R3. Company MUST be copied from the contact's company name.",
    "R4. AnnualRevenue MUST be the contact's annual revenue expressed as a number, and NumberOfEmployees MUST be "
    "the contact's number of employees expressed as a whole number.",
    "R5. Other Lead fields MUST NOT be sent."), HS)
def _(r: R) -> R | None:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Company": r["company"], "AnnualRevenue": num(r["annualrevenue"]),
            "NumberOfEmployees": int(float(r["numemployees"]))}


@case("h53-05-lead-rating-by-revenue", H, L, rules(
    "R1. Email MUST be populated from the contact's email address; Salesforce MUST match Leads on Email.",
    "R2. Rating MUST be \"Hot\" when the contact's annual revenue is greater than 1,000,000, and \"Cold\" otherwise.",
    "Note: a contact whose annual revenue is empty MUST be rated \"Cold\".",
    "R3. Company MUST be the contact's company name. When the company name is empty, Company MUST be set to "
    "\"Unknown Company\".",
    "R4. Any field not listed in R1-R3 MUST NOT be sent."), HS)
def _(r: R) -> R:
    rv = None if blank(r["annualrevenue"]) else float(r["annualrevenue"])
    return {"Email": r["email"], "Rating": "Hot" if rv is not None and rv > 1_000_000 else "Cold",
            "Company": dflt(r["company"], "Unknown Company")}


@case("h53-06-lead-skip-optout-title-location", H, L, rules(
    "R1. Contacts that have unsubscribed from all email (the HubSpot opt-out flag hs_email_optout is \"true\") "
    "MUST NOT be synced.",
    "Note: an empty opt-out flag MUST be treated as not unsubscribed; such contacts are synced.",
    "R2. Email MUST be populated from the contact's email address and used as the match key.",
    "R3. FirstName and LastName MUST be the contact's first name and last name converted to title case.",
    "R4. Description MUST consist of the contact's city, followed by a comma and a single space, followed by the "
    "contact's country (for example \"Boston, United States\").",
    "R5. Fields not enumerated above MUST NOT be sent to Salesforce."), HS)
def _(r: R) -> R | None:
    if opted_out(r):
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Description": f"{r['city']}, {r['country']}"}


H07 = lower_emails(extended(HS, hs(email="amelia.ortiz@brightpath.org", firstname="Amelia", lastname="Ortiz",
                                   state="tx", mobilephone="512 555 0163", city="Austin")))


@case("h53-07-lead-domain-mobile-state", H, L, rules(
    "R1. Email MUST be populated from the contact's email address (the match key).",
    "R2. Website MUST be set to the portion of the contact's email address after the \"@\" sign.",
    "R3. MobilePhone MUST be the contact's mobile phone number in E.164 format, assuming the United States when "
    "the number carries no country code. When the mobile phone number is empty, MobilePhone MUST NOT be sent.",
    "R4. State MUST be the contact's state converted to upper case.",
    "Note: an empty state MUST be sent as an empty value.",
    "R5. Fields beyond those in R1-R4 MUST NOT be included."), H07)
def _(r: R) -> R:
    return keep({"Email": r["email"], "Website": after_at(r["email"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "State": r["state"].upper()})


H08 = extended(HS, hs(email="mary.ann.cole@lakeshoremed.com", firstname="Mary Ann", lastname="Cole",
                      createdate="2024-02-20T12:30:00.000Z"))


@case("h53-08-lead-first-word-created-note", H, L, rules(
    "R1. The Email field MUST be populated from the contact's email address and serves as the match key.",
    "R2. FirstName MUST be the first word of the contact's first name only.",
    "R3. LastName MUST be copied from the contact's last name.",
    "R4. Description MUST read \"HubSpot contact created \" followed by the contact's create date in YYYY-MM-DD "
    "format.",
    "R5. Status MUST be set to \"Open - Not Contacted\" on every Lead.",
    "R6. Fields not listed in R1-R5 MUST NOT be sent."), H08)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Description": "HubSpot contact created " + day(r["createdate"]), "Status": "Open - Not Contacted"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

H09 = extended(HS, hs(email="owen.price@valleycare.com", firstname="Owen", lastname="Price", city="phoenix",
                      state="AZ", zip="85004", country="", address="10 Central Ave"))


@case("h53-09-contact-mailing-address", H, C, rules(
    "R1. Each HubSpot contact MUST be written to a Salesforce Contact matched on Email, which MUST be populated "
    "from the contact's email address.",
    "R2. MailingStreet, MailingState and MailingPostalCode MUST be copied from the contact's street address, "
    "state and zip code respectively. Note: an empty state MUST be sent as an empty value.",
    "R3. MailingCity MUST be the contact's city in title case.",
    "R4. MailingCountry MUST be copied from the contact's country; when the country is empty, MailingCountry "
    "MUST be \"United States\".",
    "R5. Contact fields not listed above MUST NOT be sent."), H09)
def _(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCity": title(r["city"]),
            "MailingCountry": dflt(r["country"], "United States")}


@case("h53-10-contact-optout-donotcall", H, C, rules(
    "R1. Email MUST be populated from the contact's email address; it is the match key.",
    "R2. HasOptedOutOfEmail MUST be true when the contact's \"unsubscribed from all email\" flag "
    "(hs_email_optout) is \"true\", and false otherwise.",
    "Note: an empty opt-out flag MUST be treated as false.",
    "R3. DoNotCall MUST be true when the contact has no office phone number (empty), and false when an office "
    "phone number is present.",
    "R4. LastName MUST be copied from the contact's last name.",
    "R5. Any field other than those in R1-R4 MUST NOT be sent."), HS)
def _(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": opted_out(r), "DoNotCall": blank(r["phone"]),
            "LastName": r["lastname"]}


H11 = lower_emails(extended(HS, hs(email="jordan.lee@summitclinic.com", firstname="", lastname="Lee",
                                   phone="", mobilephone="", jobtitle="Care Coordinator")))


@case("h53-11-contact-name-from-email-phone-chain", H, C, rules(
    "R1. The Email field MUST be populated from the contact's email address (match key).",
    "R2. FirstName MUST be the contact's first name. If the first name is empty, FirstName MUST fall back to the "
    "part of the email address before the \"@\".",
    "R3. Phone MUST be the contact's office phone number as stored. If the office phone is empty, the mobile "
    "phone number MUST be used. If both are empty, Phone MUST NOT be sent.",
    "Note: Phone MAY therefore be absent from some Contacts; this is intended.",
    "R4. Title MUST be copied from the job title. Note: a blank job title is sent as an empty value.",
    "R5. Fields not named in R1-R4 MUST NOT be sent."), H11)
def _(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])), "Phone": ph,
                 "Title": r["jobtitle"]})


@case("h53-12-contact-stage-description-upper", H, C, rules(
    "R1. Email MUST be populated from the contact's email address and used to match the Salesforce Contact.",
    "R2. LastName MUST be the contact's last name converted to upper case.",
    "R3. Description MUST be derived from the contact's lifecycle stage: subscriber -> \"Subscriber\"; "
    "lead -> \"Prospect\"; marketingqualifiedlead -> \"MQL\"; salesqualifiedlead -> \"SQL\"; "
    "customer -> \"Customer\".",
    "R4. Fields other than Email, LastName and Description MUST NOT be sent."), HS)
def _(r: R) -> R:
    table = {"subscriber": "Subscriber", "lead": "Prospect", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Description": table[r["lifecyclestage"]]}


@case("h53-13-contact-us-only-phone", H, C, rules(
    "R1. Only contacts whose country is exactly \"United States\" MUST be synced; all other contacts MUST NOT be "
    "sent.",
    "R2. Email MUST be the contact's email address in lower case; Email is the match key.",
    "R3. Phone MUST be the contact's office phone number and SHOULD be formatted in E.164 with the +1 country "
    "code.",
    "R4. Description MUST be set to the constant \"Synced from HubSpot\".",
    "R5. Additional Contact fields MUST NOT be populated."), HS)
def _(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": e164(r["phone"]), "Description": "Synced from HubSpot"}


H14 = extended(HS, hs(email="anika.sharma@meridianhealth.org", firstname="  Anika ", lastname="sharma",
                      industry="Healthcare"))


@case("h53-14-contact-trim-title-department", H, C, rules(
    "R1. Email MUST be populated from the contact's email address, which is the match key.",
    "R2. FirstName MUST be the contact's first name with leading and trailing spaces removed.",
    "R3. LastName MUST be the contact's last name in title case.",
    "R4. Department MUST be derived from the contact's industry: \"Software\" MUST map to \"IT\", \"Logistics\" "
    "MUST map to \"Operations\" and \"Healthcare\" MUST map to \"Clinical\". Any other industry, or an empty "
    "industry, MUST map to \"General\".",
    "R5. Fields not listed in R1-R4 MUST NOT be sent."), H14)
def _(r: R) -> R:
    table = {"Software": "IT", "Logistics": "Operations", "Healthcare": "Clinical"}
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": title(r["lastname"]),
            "Department": table.get(r["industry"], "General")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h53-15-mc-copies-pending-company", H, M, rules(
    "R1. email_address MUST be populated from the contact's email address; Mailchimp matches members on it.",
    "R2. merge_fields.FNAME and merge_fields.LNAME MUST be copied from the contact's first name and last name.",
    "R3. status MUST be \"pending\" for every member, so that double opt-in is required.",
    "R4. merge_fields.COMPANY MUST be the contact's company name; when the company name is empty, "
    "merge_fields.COMPANY MUST be \"Independent\".",
    "R5. Fields not specified in R1-R4 MUST NOT be sent to Mailchimp."), HS)
def _(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                                                          "COMPANY": dflt(r["company"], "Independent")},
            "status": "pending"}


@case("h53-16-mc-three-way-status-tag", H, M, rules(
    "R1. email_address MUST be populated from the contact's email address (match key).",
    "R2. status MUST be \"unsubscribed\" when hs_email_optout is \"true\" and \"subscribed\" when it is \"false\".",
    "R3. When hs_email_optout is empty, status MUST be \"pending\".",
    "R4. tags MUST contain exactly one tag: \"HubSpot Sync\".",
    "R5. Other member fields MUST NOT be sent."), HS)
def _(r: R) -> R:
    o = r["hs_email_optout"]
    st = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": st, "tags": ["HubSpot Sync"]}


H17 = extended(HS, hs(email="beatriz.alves@saudeviva.br", firstname="Beatriz", lastname="Alves",
                      lifecyclestage="customer", numemployees="500"))


@case("h53-17-mc-conditional-tags", H, M, rules(
    "R1. email_address MUST be populated from the contact's email address and serves as the match key.",
    "R2. merge_fields.FNAME MUST be copied from the contact's first name.",
    "R3. Every member MUST be tagged \"hubspot\".",
    "R4. A member whose lifecycle stage is customer MUST additionally be tagged \"customer\"; a member whose "
    "number of employees is greater than 100 MUST additionally be tagged \"enterprise\". Tags MUST appear in the "
    "order given in R3-R4.",
    "Note: an empty number of employees MUST NOT produce the \"enterprise\" tag.",
    "R5. Fields not listed above MUST NOT be sent."), H17)
def _(r: R) -> R:
    tags = ["hubspot"]
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    if not blank(r["numemployees"]) and float(r["numemployees"]) > 100:
        tags.append("enterprise")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


H18 = extended(HS, hs(email="mary.ann.cole@lakeshoremed.com", firstname="Mary Ann", lastname="Cole",
                      phone="(773) 555-0114", mobilephone=""),
               hs(email="theo.grant@pinecrest.org", firstname="Theo", lastname="Grant", phone="", mobilephone=""))


@case("h53-18-mc-first-word-mobile-fallback", H, M, rules(
    "R1. email_address MUST be populated from the contact's email address (match key).",
    "R2. merge_fields.FNAME MUST be the first word of the contact's first name.",
    "R3. merge_fields.PHONE MUST be the contact's mobile phone number in E.164 format, assuming the United States "
    "when no country code is present. When the mobile phone number is empty, the office phone number MUST be used "
    "instead, formatted the same way.",
    "Note: when both numbers are empty, merge_fields.PHONE MUST NOT be sent.",
    "R4. Other fields MUST NOT be sent."), H18)
def _(r: R) -> R:
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(ph) else e164(ph)}})


H19 = extended(HS, hs(email="ruth.kim@harborhealth.com", firstname="Ruth", lastname="Kim", lifecyclestage="lead",
                      annualrevenue="10000000"))


@case("h53-19-mc-skip-subscribers-vip", H, M, rules(
    "R1. Contacts whose lifecycle stage is subscriber MUST NOT be synced to Mailchimp.",
    "R2. email_address MUST be populated from the contact's email address; it is the match key.",
    "R3. language MUST be set to \"en\" for every member.",
    "R4. vip MUST be true when the contact's annual revenue is 10,000,000 or more, and false otherwise.",
    "Note: a contact with an empty annual revenue MUST receive vip false.",
    "R5. Fields not listed in R1-R4 MUST NOT be sent."), H19)
def _(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    vip = not blank(r["annualrevenue"]) and float(r["annualrevenue"]) >= 10_000_000
    return {"email_address": r["email"], "language": "en", "vip": vip}


@case("h53-20-mc-company-from-domain-language", H, M, rules(
    "R1. email_address MUST be populated from the contact's email address and is the match key.",
    "R2. merge_fields.COMPANY MUST be the contact's company name. When the company name is empty, it MUST be the "
    "part of the email address after the \"@\".",
    "R3. merge_fields.LNAME MUST be the contact's last name in title case.",
    "R4. language MUST be \"es\" when the contact's country is \"Mexico\", and \"en\" for every other country.",
    "R5. Fields not enumerated in R1-R4 MUST NOT be sent."), lower_emails(HS))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"COMPANY": dflt(r["company"], after_at(r["email"])), "LNAME": title(r["lastname"])},
            "language": "es" if r["country"] == "Mexico" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h53-21-seg-lower-userid-fullname", H, S, rules(
    "R1. userId MUST be the contact's email address converted to lower case.",
    "R2. traits.email SHOULD be the contact's email address exactly as stored in HubSpot (no case change).",
    "R3. traits.name MUST be the contact's first name, a single space, and the contact's last name, as stored.",
    "R4. traits.title MUST be copied from the job title. Note: a blank job title is sent as an empty value.",
    "R5. Traits not listed in R2-R4 MUST NOT be sent."), HS)
def _(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h53-22-seg-company-traits", H, S, rules(
    "R1. userId MUST be populated from the contact's email address.",
    "R2. traits.company.name MUST be the contact's company name; when it is empty, traits.company.name MUST be "
    "\"Unknown\".",
    "R3. traits.company.industry MUST be the contact's industry, defaulting to \"Unspecified\" when empty.",
    "R4. traits.company.employee_count MUST be the number of employees as an integer. When the number of "
    "employees is empty, traits.company.employee_count MUST NOT be sent.",
    "R5. Other traits MUST NOT be sent."), HS)
def _(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"), "industry": dflt(r["industry"], "Unspecified"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h53-23-seg-address-phone-created", H, S, rules(
    "R1. userId MUST be the contact's email address.",
    "R2. traits.address.city, traits.address.postalCode and traits.address.country MUST be copied from the "
    "contact's city, zip code and country. traits.address.state MUST be the contact's state; when the state is "
    "empty, traits.address.state MUST NOT be sent.",
    "R3. traits.phone MUST be the contact's office phone number in E.164 format, defaulting to the US country "
    "code. When the office phone number is empty, traits.phone MUST NOT be sent.",
    "R4. traits.createdAt MUST be the contact's create date formatted as YYYY-MM-DD.",
    "R5. Traits not named in R2-R4 MUST NOT be sent."), HS)
def _(r: R) -> R:
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                    "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
        "createdAt": day(r["createdate"])}})


H24 = extended(HS, hs(email="  Sam.Ortiz@BayClinic.org ", firstname="Sam", lastname="Ortiz",
                      annualrevenue="950000.5", hs_email_optout="true"))


@case("h53-24-seg-trim-userid-unsub-revenue", H, S, rules(
    "R1. userId MUST be the contact's email address with leading and trailing spaces removed and converted to "
    "lower case.",
    "R2. traits.unsubscribed MUST be the boolean true when hs_email_optout is \"true\", and false otherwise.",
    "Note: an empty hs_email_optout MUST yield false.",
    "R3. traits.annual_revenue MUST be the contact's annual revenue as a number. When the annual revenue is empty, "
    "traits.annual_revenue MUST NOT be sent.",
    "R4. Traits other than those in R2-R3 MUST NOT be sent."), H24)
def _(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "unsubscribed": opted_out(r),
        "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h53-25-ga4-contact-synced", H, G, rules(
    "R1. client_id MUST be the constant \"hubspot-offline\"; the contact's email address MUST NOT be used as an "
    "identifier.",
    "R2. Each request MUST carry a single event named \"crm_contact_synced\".",
    "R3. The event parameter lifecycle_stage MUST be the contact's lifecycle stage, unchanged.",
    "R4. The event parameter source MUST be the contact's original source (hs_analytics_source) in lower case. "
    "Note: an empty original source is sent as an empty value.",
    "R5. Personal data (email, names, phone numbers) MUST NOT be included in any parameter; parameters "
    "other than those in R3-R4 MUST NOT be sent."), HS)
def _(r: R) -> R:
    return {"client_id": "hubspot-offline", "events": [{"name": "crm_contact_synced", "params": {
        "lifecycle_stage": r["lifecyclestage"], "source": r["hs_analytics_source"].lower()}}]}


H26 = extended(HS, hs(email="lucas.meyer@medisys.com", firstname="Lucas", lastname="Meyer",
                      annualrevenue="3000000", industry=""))


@case("h53-26-ga4-revenue-filter-value", H, G, rules(
    "R1. Only contacts whose annual revenue is greater than 1,000,000 MUST be sent. Contacts with an empty annual "
    "revenue MUST NOT be sent.",
    "R2. client_id MUST be set to \"crm-import\".",
    "R3. The single event MUST be named \"qualified_revenue\", with parameter currency set to \"USD\" and parameter "
    "value set to the contact's annual revenue as a number.",
    "R4. The parameter industry MUST be the contact's industry, or \"unknown\" when the industry is empty.",
    "R5. Parameters not listed in R3-R4 MUST NOT be sent."), H26)
def _(r: R) -> R | None:
    if blank(r["annualrevenue"]) or float(r["annualrevenue"]) <= 1_000_000:
        return None
    return {"client_id": "crm-import", "events": [{"name": "qualified_revenue", "params": {
        "currency": "USD", "value": num(r["annualrevenue"]), "industry": dflt(r["industry"], "unknown")}}]}


H27 = extended(HS, hs(email="grace.liu@northshorehealth.com", firstname="Grace", lastname="Liu",
                      lifecyclestage="opportunity", country=""))


@case("h53-27-ga4-conditional-event-name", H, G, rules(
    "R1. client_id MUST be the fixed value \"hs-lifecycle\".",
    "R2. The event name MUST be \"customer_converted\" when the contact's lifecycle stage is customer, and "
    "\"lead_updated\" for every other lifecycle stage.",
    "R3. The event parameter stage MUST be the contact's lifecycle stage as stored.",
    "R4. The event parameter country MUST be the contact's country; when the country is empty, it MUST be "
    "\"Unknown\".",
    "R5. Other parameters MUST NOT be sent, and identifying data MUST NOT be included."), H27)
def _(r: R) -> R:
    name = "customer_converted" if r["lifecyclestage"] == "customer" else "lead_updated"
    return {"client_id": "hs-lifecycle", "events": [{"name": name, "params": {
        "stage": r["lifecyclestage"], "country": dflt(r["country"], "Unknown")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h53-28-hs-lead-copies", L, H, rules(
    "R1. Each Salesforce Lead MUST be written to a HubSpot contact matched on email, which MUST be populated from "
    "the Lead's Email. Leads MAY be processed in any order.",
    "R2. firstname, lastname, company and jobtitle MUST be copied unchanged from the Lead's FirstName, LastName, "
    "Company and Title.",
    "R3. city and zip MUST be copied unchanged from the Lead's City and PostalCode.",
    "Note: an empty Salesforce value MUST be written as an empty value; it MUST NOT be skipped or replaced.",
    "R4. HubSpot properties not listed in R1-R3 MUST NOT be sent."), SFL)
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "city": r["City"], "zip": r["PostalCode"]}


@case("h53-29-hs-lead-status-optout-text", L, H, rules(
    "R1. email MUST be populated from the Lead's Email and is the match key.",
    "R2. hs_lead_status MUST be derived from the Lead's Status: \"Open - Not Contacted\" -> NEW; "
    "\"Working - Contacted\" -> IN_PROGRESS; \"Closed - Converted\" -> CONNECTED; "
    "\"Closed - Not Converted\" -> UNQUALIFIED.",
    "R3. hs_email_optout MUST be the text \"true\" when the Lead's HasOptedOutOfEmail is checked, and the text "
    "\"false\" when it is not.",
    "R4. Other properties MUST NOT be sent."), SFL)
def _(r: R) -> R:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


L30 = extended(SFL, sfl(Email="Tomas.Novak@Vltava.cz", FirstName="Tomas", LastName="Novak", Company="Vltava Med",
                        Rating="Warm", AnnualRevenue="750000.50"))


@case("h53-30-hs-rating-stage-revenue", L, H, rules(
    "R1. email MUST be the Lead's Email converted to lower case (match key).",
    "R2. lifecyclestage MUST be set from the Lead's Rating: Hot MUST map to salesqualifiedlead, Warm MUST map to "
    "marketingqualifiedlead, and Cold MUST map to lead.",
    "R3. annualrevenue MUST be the Lead's AnnualRevenue as a number. When AnnualRevenue is empty, annualrevenue "
    "MUST NOT be sent.",
    "R4. Properties not named in R1-R3 MUST NOT be sent."), L30)
def _(r: R) -> R:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


L31 = extended(SFL,
               sfl(Email="olivia.bennett@thamesworks.co.uk", FirstName="Olivia", LastName="Bennett",
                   Company="Thames Works", Title="", Phone="07700 900123", City="Bristol", PostalCode="bs1 4dj",
                   Country="United Kingdom"),
               sfl(Email="rhys.evans@cardiffcloud.co.uk", FirstName="Rhys", LastName="Evans", Company="Cardiff Cloud",
                   Title="IT Director", Phone="+44 29 2018 0000", City="Cardiff", PostalCode="CF10 1EP",
                   Country="United Kingdom"))


@case("h53-31-hs-uk-leads-only", L, H, rules(
    "R1. Only Leads whose Country is \"United Kingdom\" MUST be synced; all other Leads MUST NOT be sent.",
    "R2. email MUST be populated from the Lead's Email; it is the match key.",
    "R3. phone MUST be the Lead's Phone in E.164 format. A number without a country code MUST be treated as a UK "
    "(+44) number.",
    "R4. zip MUST be the Lead's PostalCode in upper case.",
    "R5. jobtitle MUST be the Lead's Title; when the Title is empty, jobtitle MUST be \"Not Provided\".",
    "R6. Properties not listed in R1-R5 MUST NOT be sent."), L31)
def _(r: R) -> R | None:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not Provided")}


L32 = extended(SFL, sfl(Email="nina.patel@coastalpharma.com", FirstName="Nina", LastName="Patel",
                        Company="Coastal Pharma", Street="", City="San Diego", Country="",
                        Status="Working - Contacted"))


@case("h53-32-hs-skip-closed-address", L, H, rules(
    "R1. Leads whose Status is \"Closed - Not Converted\" MUST NOT be synced.",
    "R2. email MUST be populated from the Lead's Email (match key).",
    "R3. address MUST be the Lead's Street, followed by a comma and a space, followed by the Lead's City. When "
    "Street is empty, address MUST be the City alone.",
    "R4. country MUST be the Lead's Country, defaulting to \"United States\" when empty.",
    "R5. lifecyclestage MUST be set to \"lead\" for every contact.",
    "R6. Properties other than those in R2-R5 MUST NOT be sent."), L32)
def _(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "country": dflt(r["Country"], "United States"),
            "lifecyclestage": "lead"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h53-33-mc-sfc-status-tags", C, M, rules(
    "R1. email_address MUST be the Contact's Email converted to lower case; it is the match key.",
    "R2. status MUST be \"unsubscribed\" when HasOptedOutOfEmail is true, and \"subscribed\" when it is false.",
    "R3. Every member MUST be tagged \"salesforce\". Contacts whose LeadSource is \"Trade Show\" MUST additionally "
    "be tagged \"event\", after \"salesforce\".",
    "R4. Member fields not specified in R1-R3 MUST NOT be sent."), SFC)
def _(r: R) -> R:
    tags = ["salesforce"] + (["event"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h53-34-mc-sfc-skip-optout-phone-language", C, M, rules(
    "R1. Contacts who have opted out of email (HasOptedOutOfEmail is true) MUST NOT be synced.",
    "R2. email_address MUST be populated from the Contact's Email and is the match key.",
    "R3. merge_fields.PHONE MUST be the Contact's Phone in E.164 format, assuming the United States when the number "
    "has no country code.",
    "R4. language MUST be derived from MailingCountry: Germany -> \"de\"; Austria -> \"de\"; "
    "United States -> \"en\".",
    "R5. Other member fields MUST NOT be sent."), SFC)
def _(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    table = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": table[r["MailingCountry"]]}


C35 = extended(SFC, sfc(Email="dana.cho@evergreenhealth.com", FirstName="", LastName="Cho", Title="VP Sales",
                        Department="Sales", MailingCity="Seattle", MailingCountry="United States"))


@case("h53-35-mc-sfc-vip-cto", C, M, rules(
    "R1. email_address MUST be populated from the Contact's Email (match key).",
    "R2. merge_fields.FNAME MUST be the Contact's FirstName; when FirstName is empty, merge_fields.FNAME MUST be "
    "\"Friend\".",
    "R3. merge_fields.LNAME MUST be copied from the Contact's LastName.",
    "R4. vip MUST be true when the Contact's Title is exactly \"CTO\", and false for any other Title, including an "
    "empty one.",
    "R5. status MUST be \"pending\" for every member.",
    "R6. Fields not listed in R1-R5 MUST NOT be sent."), C35)
def _(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Title"] == "CTO", "status": "pending"}


C36 = extended(SFC,
               sfc(Email="marcus.hill@riverbendmed.com", FirstName="Marcus", LastName="Hill", Title="Director",
                   Department="Marketing", MailingCity="Denver", MailingCountry="United States"),
               sfc(Email="jun.park@mapleclinic.ca", FirstName="Jun", LastName="Park", Title="Nurse Manager",
                   Department="Clinical", MailingCity="Toronto", MailingCountry="Canada"))


@case("h53-36-mc-sfc-us-only-empty-tags", C, M, rules(
    "R1. Only Contacts whose MailingCountry is \"United States\" MUST be synced.",
    "R2. email_address MUST be populated from the Contact's Email; it is the match key.",
    "R3. merge_fields.FNAME and merge_fields.LNAME MUST be copied from FirstName and LastName.",
    "R4. email_type MUST be \"html\" for every member.",
    "R5. tags MUST be sent as an empty list; no tags are to be applied.",
    "R6. Fields not named in R1-R5 MUST NOT be sent."), C36)
def _(r: R) -> R | None:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "email_type": "html", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h53-37-seg-sfc-userid-omit", C, S, rules(
    "R1. userId MUST be the Contact's Email converted to lower case.",
    "R2. traits.firstName and traits.lastName MUST be copied from FirstName and LastName.",
    "R3. traits.title MUST be the Contact's Title. When the Title is empty, traits.title MUST NOT be sent.",
    "R4. traits.department MUST be the Contact's Department. When the Department is empty, traits.department MUST "
    "NOT be sent.",
    "R5. Traits not listed in R2-R4 MUST NOT be sent."), SFC)
def _(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"],
        "department": OMIT if blank(r["Department"]) else r["Department"]}})


C38 = extended(SFC, sfc(Email="isabel.reyes@sunvalleyhealth.com", FirstName="Isabel", LastName="Reyes",
                        MailingCity="  Austin ", MailingCountry="", Birthdate=""))


@case("h53-38-seg-sfc-address-birthday", C, S, rules(
    "R1. userId MUST be populated from the Contact's Email, unchanged.",
    "R2. traits.address.city MUST be the Contact's MailingCity with leading and trailing spaces removed.",
    "R3. traits.address.country MUST be the Contact's MailingCountry; when MailingCountry is empty, it MUST be "
    "\"Unknown\".",
    "R4. traits.birthday MUST be the Contact's Birthdate, copied unchanged.",
    "Note: when Birthdate is empty, traits.birthday MUST NOT be sent.",
    "R5. Other traits MUST NOT be sent."), C38)
def _(r: R) -> R:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h53-39-seg-sfc-phone-name-channel", C, S, rules(
    "R1. userId MUST be populated from the Contact's Email.",
    "R2. traits.phone MUST be the Contact's Phone in E.164 format; numbers without a country code MUST be treated "
    "as US numbers.",
    "R3. traits.name MUST be the Contact's LastName, followed by a comma and a space, followed by the FirstName "
    "(for example \"Wagner, Felix\").",
    "R4. traits.lead_channel MUST be derived from LeadSource: \"Web\" -> \"digital\"; \"Trade Show\" -> "
    "\"events\". Any other LeadSource, including an empty one, MUST yield \"other\".",
    "R5. Traits not named in R2-R4 MUST NOT be sent."), SFC)
def _(r: R) -> R:
    table = {"Web": "digital", "Trade Show": "events"}
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": f"{r['LastName']}, {r['FirstName']}",
        "lead_channel": table.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h53-40-hs-mc-title-optout-text", M, H, rules(
    "R1. email MUST be populated from the member's email_address; HubSpot matches contacts on email.",
    "R2. firstname MUST be the member's FNAME merge field in title case. lastname MUST be the LNAME merge field in "
    "title case; when LNAME is empty, lastname MUST NOT be sent.",
    "R3. company MUST be the COMPANY merge field, defaulting to \"Unknown\" when empty.",
    "R4. hs_email_optout MUST be the text \"true\" when the member's status is \"unsubscribed\" or \"cleaned\", and "
    "the text \"false\" for any other status.",
    "R5. Properties not listed in R1-R4 MUST NOT be sent."), MC)
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h53-41-hs-mc-skip-cleaned-phone-vip", M, H, rules(
    "R1. Members whose status is \"cleaned\" MUST NOT be synced.",
    "R2. email MUST be populated from email_address (match key).",
    "R3. phone MUST be the PHONE merge field in E.164 format, assuming the United States when no country code is "
    "present. When PHONE is empty, phone MUST NOT be sent.",
    "R4. hs_language MUST be copied from the member's language.",
    "R5. lifecyclestage MUST be \"customer\" when the member's vip flag is true, and \"subscriber\" otherwise.",
    "R6. Other HubSpot properties MUST NOT be sent."), MC)
def _(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph),
                 "hs_language": r["language"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


M42 = extended(MC, mc(email_address="ana.paula.costa@clinicavida.br", status="subscribed",
                      merge_fields={"FNAME": "Ana Paula", "LNAME": "Costa", "PHONE": "", "COMPANY": ""},
                      tags=["Customer", "Webinar"], language="pt", vip=False))


@case("h53-42-hs-mc-first-word-domain-webinar", M, H, rules(
    "R1. email MUST be populated from the member's email_address and is the match key.",
    "R2. firstname MUST be the first word of the FNAME merge field.",
    "R3. company MUST be the COMPANY merge field. When COMPANY is empty, company MUST be the part of the email "
    "address after the \"@\".",
    "R4. lifecyclestage MUST be \"evangelist\" when the member's tags include \"Webinar\", and \"subscriber\" "
    "otherwise.",
    "R5. Properties not listed in R1-R4 MUST NOT be sent."), M42)
def _(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "evangelist" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    assert len({c[0] for c in CASES}) == 42
    build(CASES, Path(__file__).parent / "set53")
