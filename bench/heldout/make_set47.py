"""Held-out set 47 for the offline mapping drafter.

Persona: a data-protection / compliance-minded marketing operations manager in Dublin. She writes
careful, formal rules full of negatives and exclusions ("under no circumstances", "must not",
"never", "except where", "leave it out entirely"), speaks of consent, opt-outs and suppression,
mixes permissive and restrictive statements, uses semicolons, "i.e." and "e.g.", and spells the
British/Irish way (normalised, organisation). Phone numbers without a country code are Irish
(+353) unless she says the records come from the US desk.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h47-01 .. h47-08)
  hubspot.contacts -> salesforce.Contact   6  (h47-09 .. h47-14)
  hubspot.contacts -> mailchimp.members    6  (h47-15 .. h47-20)
  hubspot.contacts -> segment.identify     4  (h47-21 .. h47-24)
  hubspot.contacts -> ga4.events           3  (h47-25 .. h47-27)
  salesforce.Lead  -> hubspot.contacts     5  (h47-28 .. h47-32)
  salesforce.Contact -> mailchimp.members  4  (h47-33 .. h47-36)
  salesforce.Contact -> segment.identify   3  (h47-37 .. h47-39)
  mailchimp.members -> hubspot.contacts    3  (h47-40 .. h47-42)

Rule kinds per case:
  01 skip filter on opt-out (blank stated), copies, constant
  02 E.164 Irish + omit-when-blank, copy, title case
  03 value table w/ otherwise, lower, default when empty
  04 > condition with blank branch, number + omit
  05 only filter (equality), fallback phone -> mobile + E.164 Irish, upper
  06 skip filter (blank), copies, constant, concatenation
  07 first word, default, whole number + omit
  08 3-way fallback chain ending in part after @, upper + omit, copies
  09 boolean from text (blank -> true), constant boolean, copies
  10 Mailing* copies, title case, upper, default
  11 value table without otherwise + blank -> omit, lower, copy
  12 E.164 US on two fields with omit, constant
  13 < condition (blank -> omit), default, copy
  14 skip filter (blank last name), trim, title case
  15 3-way status (blank stated), nested copy, constant tag
  16 only filter (equality, blank excluded), lower, nested E.164 US + omit, constants
  17 > condition -> vip (blank stated), conditional tags (> and <, blank -> empty list)
  18 trim, first word, title case, constant
  19 skip filter (equality), value table w/ otherwise, constant
  20 fallback mobile -> phone + E.164 Irish + omit, nested copies, constant
  21 lower userId, copy, concatenation, date
  22 nested company traits, default, omit-when-blank, whole number + omit
  23 nested address traits, title, upper, default, E.164 Irish + omit (no fallback)
  24 part before @, value table w/ otherwise (custom trait), copy
  25 GA4 only filter (blank excluded), constants, copy, date
  26 GA4 skip filter (< and blank), number, constants
  27 GA4 conditional event name, lower + default, whole number + omit
  28 copies, boolean -> "true"/"false" text
  29 value table without otherwise, constant, copy + omit
  30 only filter (equality), E.164 Irish + omit, copies
  31 skip filter (boolean), value table w/ otherwise, number + omit
  32 lower, default, upper + omit, copy + omit
  33 boolean -> status, lower, conditional tag / empty list
  34 skip filter (boolean), E.164 US, nested copies
  35 value table without otherwise, equality -> vip (blank stated), constant
  36 trim + lower, title case, upper, empty tag list
  37 lower userId, copies, default
  38 nested address copies, concatenation with omit when blank
  39 only filter (boolean), E.164 US, copy + omit, copy
  40 value table without otherwise -> "true"/"false" text, title case
  41 E.164 Irish + omit, copy + omit, constant
  42 only filter (equality), fallback to part before @, boolean condition
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


# Irish HubSpot contacts (every field set explicitly)
IE1 = hs(email="aoife.byrne@liffeydata.ie", firstname="Aoife", lastname="Byrne", company="Liffey Data",
         phone="01 555 0134", mobilephone="087 555 0161", jobtitle="Data Protection Officer",
         hs_analytics_source="EMAIL_MARKETING", lifecyclestage="lead", country="Ireland", city="Dublin", state="",
         zip="D02 XY45", address="3 Grand Canal Quay", annualrevenue="950000", numemployees="30",
         industry="Software", website="https://liffeydata.ie", createdate="2024-02-12T12:00:00.000Z",
         hs_email_optout="false")
IE2 = hs(email="ciaran.doyle@corribmed.ie", firstname="ciarán", lastname="DOYLE", company="Corrib Medical",
         phone="", mobilephone="086 555 0177", jobtitle="", hs_analytics_source="OFFLINE",
         lifecyclestage="customer", country="Ireland", city="galway", state="", zip="h91 e2k3",
         address="Unit 4 Parkmore", annualrevenue="6200000", numemployees="85", industry="Healthcare",
         website="", createdate="2023-09-18T12:30:00.000Z", hs_email_optout="")
IE3 = hs(email="siobhan.nolan@marblecity.ie", firstname="Siobhán", lastname="Nolan", company="",
         phone="+353 56 555 0123", mobilephone="", jobtitle="Owner", hs_analytics_source="REFERRALS",
         lifecyclestage="subscriber", country="Ireland", city="KILKENNY", state="", zip="R95 A1B2", address="",
         annualrevenue="", numemployees="", industry="", website="https://marblecity.ie",
         createdate="2024-05-03T12:15:00.000Z", hs_email_optout="true")
IE4 = hs(email="padraig.walsh@atlanticsurf.ie", firstname="Pádraig", lastname="Walsh", company="Atlantic Surf",
         phone="", mobilephone="", jobtitle="Founder", hs_analytics_source="SOCIAL_MEDIA",
         lifecyclestage="lead", country="", city="LAHINCH", state="", zip="v95 x2y4", address="Main Street",
         annualrevenue="400000", numemployees="6", industry="Recreation", website="",
         createdate="2024-06-21T12:45:00.000Z", hs_email_optout="false")

# Irish Salesforce leads
IEL1 = sfl(Email="Orla.Brennan@WicklowWind.ie", FirstName="Orla", LastName="Brennan", Company="Wicklow Wind",
           Title="Sustainability Lead", Phone="01 555 0188", Street="Harbour Road", City="Arklow",
           PostalCode="y14 ab12", Country="Ireland", Status="Open - Not Contacted", Rating="Warm",
           LeadSource="Web", HasOptedOutOfEmail=False, AnnualRevenue="2100000")
IEL2 = sfl(Email="declan.foley@leecider.ie", FirstName="Declan", LastName="Foley", Company="Lee Cider",
           Title="", Phone="", Street="4 Oliver Plunkett St", City="Cork", PostalCode="T12 K8AF",
           Country="Ireland", Status="Working - Contacted", Rating="Hot", LeadSource="Trade Show",
           HasOptedOutOfEmail=True, AnnualRevenue="")
IEL3 = sfl(Email="grainne.maher@claddaghcraft.ie", FirstName="Gráinne", LastName="Maher", Company="Claddagh Craft",
           Title="Director", Phone="+353 91 555 0145", Street="", City="Galway", PostalCode="",
           Country="Ireland", Status="Closed - Not Converted", Rating="Cold", LeadSource="Partner Referral",
           HasOptedOutOfEmail=False, AnnualRevenue="")

# extra Salesforce contacts
ROISIN = sfc(Email="Roisin.Daly@BurrenBio.ie", FirstName="róisín", LastName="DALY", Title="Research Lead",
             Department="R&D", Phone="061 555 0123", MailingCity="Ennis", MailingCountry="Ireland",
             LeadSource="Trade Show", HasOptedOutOfEmail=False, Birthdate="1988-03-17")
FIONN = sfc(Email="  Fionn.Gallagher@DonegalTweed.ie ", FirstName="FIONN", LastName="gallagher", Title="",
            Department="", Phone="", MailingCity="Donegal", MailingCountry="Ireland", LeadSource="",
            HasOptedOutOfEmail=True, Birthdate="")
MAYA = sfc(Email="maya.chen@rosecityfoods.com", FirstName="Maya", LastName="Chen", Title="Buyer",
           Department="Purchasing", Phone="1-971-555-0162", MailingCity="Portland", MailingCountry="United States",
           LeadSource="Web", HasOptedOutOfEmail=False, Birthdate="")

# extra Mailchimp members
EABHA = {"email_address": "eabha.kinsella@wexfordwool.ie", "status": "subscribed",
         "merge_fields": {"FNAME": "Éabha", "LNAME": "Kinsella", "PHONE": "053 915 5501", "COMPANY": "Wexford Wool"},
         "tags": ["Newsletter"], "language": "en", "vip": False}
DARA = {"email_address": "dara.whelan@burrenbooks.ie", "status": "subscribed",
        "merge_fields": {"FNAME": "", "LNAME": "Whelan", "PHONE": "", "COMPANY": "Burren Books"},
        "tags": [], "language": "en", "vip": False}
RUTH = {"email_address": "ruth.moran@slaneyspirits.ie", "status": "pending",
        "merge_fields": {"FNAME": "Ruth", "LNAME": "Moran", "PHONE": "01 555 0170", "COMPANY": "Slaney Spirits"},
        "tags": [], "language": "en", "vip": True}

IRL = "353"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h47-01-no-lead-for-opted-out", H, L,
      "Under no circumstances should a contact who has opted out of email (i.e. hs_email_optout is \"true\") be "
      "created as a lead; a blank opt-out value means no opt-out has been recorded, so those contacts do go across. "
      "For the remaining contacts, the email, first name, last name and company may be copied as they are. Every "
      "lead is to be created with the Status 'Open - Not Contacted'.",
      HS)
def _01(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h47-02-irish-mobile-e164", H, L,
      "Email may be copied as is; the mobile number, however, must be normalised to E.164 before it is written to "
      "MobilePhone, treating any number without a country code as Irish (+353). Where the mobile is blank, do not "
      "populate MobilePhone — leave it out entirely; an empty value is never to be sent. City is to go across in "
      "title case, e.g. 'galway' becomes 'Galway'.",
      extended([HS[1], HS[4]], IE1, IE2, IE3))
def _02(r: R) -> R:
    m = r["mobilephone"]
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(m) else e164(m, IRL), "City": title(r["city"])})


@case("h47-03-status-by-stage", H, L,
      "The lead Status must reflect the lifecycle stage: subscriber and lead map to 'Open - Not Contacted', and "
      "marketingqualifiedlead and salesqualifiedlead to 'Working - Contacted'; any other stage, e.g. opportunity or "
      "customer, is to be 'Closed - Converted'. The email is to be lower-cased before it is sent. Company is copied "
      "from the company, except where that is blank, in which case it must be set to 'Not supplied'.",
      extended(HS, hs(email="Tomas.Ryan@ShannonAero.ie", firstname="Tomás", lastname="Ryan", company="   ",
                      lifecyclestage="opportunity", country="Ireland", city="Limerick")))
def _03(r: R) -> R:
    st = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
          "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted"}
    return {"Status": st.get(r["lifecyclestage"], "Closed - Converted"), "Email": r["email"].lower(),
            "Company": dflt(r["company"], "Not supplied")}


@case("h47-04-rating-by-revenue", H, L,
      "Rating is to be 'Hot' where the annual revenue is greater than 5,000,000 and 'Warm' where it is 5,000,000 "
      "or less. A contact with no annual revenue recorded must be rated 'Cold', and AnnualRevenue must not be sent "
      "for them at all; do not send zero. Otherwise AnnualRevenue goes across as a number rather than text, and "
      "the email is copied unchanged.",
      extended(HS, hs(email="brid.hogan@tipperarytech.ie", annualrevenue="7250000.50")))
def _04(r: R) -> R:
    v = rev(r)
    if v is None:
        return {"Rating": "Cold", "Email": r["email"]}
    return {"Rating": "Hot" if v > 5_000_000 else "Warm", "AnnualRevenue": num(r["annualrevenue"]),
            "Email": r["email"]}


@case("h47-05-ireland-only-phone", H, L,
      "Only contacts whose country is Ireland may be pushed to Salesforce as leads; no contact from any other "
      "country is to be created. Copy the email as is. Phone should be the office phone or, where that is blank, "
      "the mobile, normalised to E.164 with +353 assumed for numbers that carry no country code. LastName must be "
      "sent in upper case.",
      extended(HS, IE1, IE2, IE3))
def _05(r: R) -> R | None:
    if r["country"] != "Ireland":
        return None
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "Phone": e164(p, IRL), "LastName": r["lastname"].upper()}


@case("h47-06-no-organisation-no-lead", H, L,
      "Skip any contact whose company is blank; we do not create leads without an organisation. For the rest, copy "
      "Email and Company, and set LeadSource to 'Web' on every lead. Description must read 'Consent recorded in "
      "HubSpot, stage ' followed by the contact's lifecycle stage (e.g. 'Consent recorded in HubSpot, stage lead').",
      HS)
def _06(r: R) -> R | None:
    if blank(r["company"]):
        return None
    return {"Email": r["email"], "Company": r["company"], "LeadSource": "Web",
            "Description": "Consent recorded in HubSpot, stage " + r["lifecyclestage"]}


@case("h47-07-first-word-headcount", H, L,
      "FirstName should hold only the first word of the first name, e.g. 'Mary Kate' becomes 'Mary'. Title is the "
      "job title; where it is blank, send 'Not disclosed' rather than an empty value. NumberOfEmployees must be a "
      "whole number, and unless an employee count is present it is to be left off the lead entirely. The email "
      "is copied as is.",
      extended(HS, hs(email="marykate.byrne@dodderdesign.ie", firstname="Mary Kate", lastname="Byrne",
                      jobtitle="", numemployees="7", country="Ireland", city="Dublin")))
def _07(r: R) -> R:
    n = r["numemployees"]
    return keep({"FirstName": first_word(r["firstname"]), "Title": dflt(r["jobtitle"], "Not disclosed"),
                 "NumberOfEmployees": OMIT if blank(n) else int(num(n)), "Email": r["email"]})


@case("h47-08-company-chain-state", H, L,
      "Company is mandatory in Salesforce, so use the HubSpot company; failing that, the website; and failing both, "
      "the part of the email after the @. State is to be upper-cased, but where it is blank State must not be "
      "populated at all. Email and country may be copied without change.",
      lower_emails(extended(HS, hs(email="kevin.dunne@glendaloughtours.ie", company="",
                                   website="https://glendaloughtours.ie", state="wicklow", country="Ireland",
                                   city="Laragh"))))
def _08(r: R) -> R:
    co = r["company"] if not blank(r["company"]) else (r["website"] if not blank(r["website"]) else after_at(r["email"]))
    return keep({"Company": co, "State": OMIT if blank(r["state"]) else r["state"].upper(), "Email": r["email"],
                 "Country": r["country"]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h47-09-blank-consent-is-opt-out", H, C,
      "HasOptedOutOfEmail must be true where hs_email_optout is \"true\" and false where it is \"false\". Where the "
      "value is blank we hold no record of consent, so the contact is to be treated as opted out, i.e. true. "
      "DoNotCall is to be ticked (true) on every contact without exception, as no telephone consent is captured "
      "in HubSpot. Email, first name and last name may be copied as they are.",
      HS)
def _09(r: R) -> R:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] != "false", "DoNotCall": True, "Email": r["email"],
            "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h47-10-mailing-address", H, C,
      "Address details go to the mailing fields: the street address to MailingStreet as is, the city to "
      "MailingCity in title case, and the postal code to MailingPostalCode in upper case (Eircodes are frequently "
      "typed in lower case). MailingCountry is the country, except where it is blank, in which case 'Ireland' is to "
      "be used. The email goes across unchanged.",
      extended(HS, IE1, IE2, IE4))
def _10(r: R) -> R:
    return {"MailingStreet": r["address"], "MailingCity": title(r["city"]), "MailingPostalCode": r["zip"].upper(),
            "MailingCountry": dflt(r["country"], "Ireland"), "Email": r["email"]}


@case("h47-11-source-table-no-guessing", H, C,
      "LeadSource is derived from the original source as follows: ORGANIC_SEARCH becomes 'Web', PAID_SEARCH and "
      "PAID_SOCIAL both become 'Advertisement', and REFERRALS becomes 'Partner Referral'. Where the original source "
      "is blank, do not populate LeadSource; leave it out entirely rather than guessing. The email must be "
      "lower-cased, and the job title is copied to Title unchanged.",
      HS)
def _11(r: R) -> R:
    t = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "Partner Referral"}
    s = r["hs_analytics_source"]
    return keep({"LeadSource": OMIT if blank(s) else t[s], "Email": r["email"].lower(), "Title": r["jobtitle"]})


@case("h47-12-us-desk-phones", H, C,
      "These contacts are handled by our US desk, so any number without a country code is to be treated as a US "
      "number when normalising to E.164. Both Phone (from the office phone) and MobilePhone (from the mobile) must "
      "be in E.164; where either is blank, that field is omitted, as no empty values are to be written. The email "
      "may be copied as is, and Department is always 'Marketing'.",
      HS)
def _12(r: R) -> R:
    return keep({"Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Email": r["email"], "Department": "Marketing"})


@case("h47-13-organisation-size", H, C,
      "Description must read 'Small organisation' where the number of employees is below 50 and 'Large "
      "organisation' where it is 50 or more; where the employee count is blank, Description must not be populated. "
      "Title is the job title, or 'Unknown' when none is recorded. The email is copied unchanged.",
      extended(HS, IE1, IE2))
def _13(r: R) -> R:
    n = r["numemployees"]
    d = OMIT if blank(n) else ("Small organisation" if float(n) < 50 else "Large organisation")
    return keep({"Description": d, "Title": dflt(r["jobtitle"], "Unknown"), "Email": r["email"]})


@case("h47-14-no-surname-no-record", H, C,
      "No record may be sent to Salesforce without a last name; skip any contact whose last name is blank. The "
      "email must be trimmed of leading and trailing spaces but is otherwise left exactly as it is. FirstName and "
      "LastName are to be in title case (e.g. 'GARCIA' becomes 'Garcia').",
      extended(HS, hs(email="  eimear.quinn@loughderg.ie ", firstname="EIMEAR", lastname="quinn"),
               hs(email="conor.hayes@bantrybay.ie", firstname="Conor", lastname="  ")))
def _14(r: R) -> R | None:
    if blank(r["lastname"]):
        return None
    return {"Email": r["email"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h47-15-status-from-consent", H, M,
      "The member status depends on consent: 'unsubscribed' where hs_email_optout is \"true\", 'subscribed' where it "
      "is \"false\", and 'pending' where it is blank, so that those contacts receive a double opt-in email before "
      "anything else. Copy the email to email_address and the first name to the FNAME merge field. Every member "
      "must carry the single tag 'hubspot-import'.",
      extended(HS, IE1, IE2))
def _15(r: R) -> R:
    o = r["hs_email_optout"]
    st = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": st, "email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]},
            "tags": ["hubspot-import"]}


@case("h47-16-explicit-consent-only", H, M,
      "Only contacts whose hs_email_optout is explicitly \"false\" may be added to this audience; a blank value is "
      "not consent, and those contacts must be excluded along with anyone who has opted out. The email address must "
      "be lower-cased. The PHONE merge field is the office phone in E.164, assuming US numbers where no country code "
      "is given; where the phone is blank, leave PHONE out entirely. Status is 'subscribed' and language 'en' for "
      "every member.",
      extended(HS, hs(email="Niamh.Kelly@BrayTech.com", firstname="Niamh", lastname="Kelly", phone="",
                      hs_email_optout="false")))
def _16(r: R) -> R | None:
    if r["hs_email_optout"] != "false":
        return None
    return keep({"email_address": r["email"].lower(),
                 "merge_fields": {"PHONE": OMIT if blank(r["phone"]) else e164(r["phone"])},
                 "status": "subscribed", "language": "en"})


@case("h47-17-vip-and-size-tags", H, M,
      "The vip flag is to be true only where the annual revenue exceeds 1,000,000; it must be false otherwise, including "
      "where no revenue is recorded. Tag members 'enterprise' where the number of employees is greater than 100 and "
      "'smb' where it is fewer than 100; where the employee count is blank, no tag is to be applied, i.e. tags is an "
      "empty list. The email address may be copied as is, and the status is 'subscribed'.",
      extended(HS, IE1, IE2, hs(email="sean.murray@boynevalleyfoods.ie", annualrevenue="", numemployees="140")))
def _17(r: R) -> R:
    v = rev(r)
    n = r["numemployees"]
    tags = [] if blank(n) else (["enterprise"] if float(n) > 100 else ["smb"])
    return {"vip": v is not None and v > 1_000_000, "tags": tags, "email_address": r["email"],
            "status": "subscribed"}


@case("h47-18-tidy-names", H, M,
      "Strip any stray leading or trailing spaces from the email before it goes to email_address; nothing else "
      "about the address is to be changed. FNAME takes only the first word of the first name (e.g. 'Mary Kate' "
      "becomes 'Mary'), and LNAME is the last name in title case. Members should receive HTML email, i.e. "
      "email_type 'html'.",
      extended(HS, hs(email=" MaryKate.Walsh@CliffsEdge.ie ", firstname="Mary Kate", lastname="WALSH")))
def _18(r: R) -> R:
    return {"email_address": r["email"].strip(),
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": title(r["lastname"])},
            "email_type": "html"}


@case("h47-19-no-customers-language", H, M,
      "Skip contacts whose lifecycle stage is customer; existing customers are covered by a separate service "
      "communications agreement and must not be added here. The language is set from the country: France 'fr', "
      "Japan 'ja', Mexico 'es', Germany 'de'; any other country, or none at all, gets 'en'. The email address is "
      "copied as is and the status is 'subscribed'.",
      extended(HS, IE1, IE2, IE4))
def _19(r: R) -> R | None:
    if r["lifecyclestage"] == "customer":
        return None
    lang = {"France": "fr", "Japan": "ja", "Mexico": "es", "Germany": "de"}.get(r["country"], "en")
    return {"language": lang, "email_address": r["email"], "status": "subscribed"}


@case("h47-20-mobile-first-double-opt-in", H, M,
      "The PHONE merge field should hold the mobile number, or the office phone where no mobile is held, normalised "
      "to E.164; a number without a country code is Irish, i.e. +353. Where the contact has neither, PHONE must not "
      "be populated. FNAME and LNAME are copied from the first and last name as they are, and the email goes to "
      "email_address unchanged. Status must be 'pending' for every member: double opt-in is mandatory for these "
      "imports, without exception.",
      extended([HS[1], HS[4]], IE1, IE2, IE3, IE4))
def _20(r: R) -> R:
    p = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"merge_fields": {"PHONE": OMIT if blank(p) else e164(p, IRL), "FNAME": r["firstname"],
                                  "LNAME": r["lastname"]},
                 "email_address": r["email"], "status": "pending"})


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h47-21-identify-name-and-date", H, S,
      "userId is to be the email address in lower case. traits.email is the email exactly as held in HubSpot; "
      "traits.name is the first name, a single space and the last name (e.g. 'Priya Raman'); and traits.createdAt "
      "is the create date as a plain date, YYYY-MM-DD, with the time portion dropped.",
      HS)
def _21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"],
                       "createdAt": day(r["createdate"])}}


@case("h47-22-company-traits", H, S,
      "userId is the email, unchanged. Company details belong under traits.company: name from the company, or "
      "'Unknown' where the company is blank; industry from the industry, but only where one is recorded (otherwise "
      "leave industry out entirely); and employee_count as a whole number, likewise left out where the employee "
      "count is blank.",
      HS)
def _22(r: R) -> R:
    n = r["numemployees"]
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "industry": OMIT if blank(r["industry"]) else r["industry"],
                                        "employee_count": OMIT if blank(n) else int(num(n))}}})


@case("h47-23-address-traits-irish-phone", H, S,
      "userId must be the lower-cased email. Under traits.address, the city goes in title case and postalCode "
      "comes from the postal code in upper case; traits.address.country is the country, or 'Ireland' where none is "
      "given. traits.phone is the office phone in E.164, with +353 assumed where there is no country code; if the "
      "office phone is blank, traits.phone must be left out — do not fall back to the mobile.",
      extended([HS[1], HS[4]], IE1, IE2, IE3, IE4))
def _23(r: R) -> R:
    return keep({"userId": r["email"].lower(),
                 "traits": {"address": {"city": title(r["city"]), "postalCode": r["zip"].upper(),
                                        "country": dflt(r["country"], "Ireland")},
                            "phone": OMIT if blank(r["phone"]) else e164(r["phone"], IRL)}})


@case("h47-24-consent-trait", H, S,
      "userId is the email address. traits.username is the part of the email before the @. A custom trait, "
      "traits.email_consent, records the consent position: 'granted' where hs_email_optout is \"false\", "
      "'withdrawn' where it is \"true\", and 'unknown' for anything else, blank included. traits.title is the job "
      "title as is.",
      lower_emails(extended(HS, IE2)))
def _24(r: R) -> R:
    c = {"false": "granted", "true": "withdrawn"}.get(r["hs_email_optout"], "unknown")
    return {"userId": r["email"],
            "traits": {"username": before_at(r["email"]), "email_consent": c, "title": r["jobtitle"]}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h47-25-ga4-consented-sign-up", H, G,
      "Only contacts whose hs_email_optout is \"false\" may be sent to GA4; anyone who has opted out, or who has no "
      "value recorded, is excluded. Under no circumstances should an email address or a name be sent to Google: "
      "client_id is always 'crm-consented', and the single event is named 'sign_up'. Its params are method, always "
      "'hubspot'; lifecycle_stage, copied from the lifecycle stage; and signup_date, the create date as YYYY-MM-DD.",
      extended(HS, IE1, IE2))
def _25(r: R) -> R | None:
    if r["hs_email_optout"] != "false":
        return None
    return {"client_id": "crm-consented",
            "events": [{"name": "sign_up", "params": {"method": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                                      "signup_date": day(r["createdate"])}}]}


@case("h47-26-ga4-lead-value", H, G,
      "Send one generate_lead event per contact, with client_id fixed at 'hubspot-offline'; no personal data is to "
      "be included. Skip any contact whose annual revenue is under 1,000,000, and skip those with no revenue "
      "recorded as well. params.value is the annual revenue as a number, and params.currency is always 'EUR'.",
      extended(HS, IE1, IE2))
def _26(r: R) -> R | None:
    v = rev(r)
    if v is None or v < 1_000_000:
        return None
    return {"client_id": "hubspot-offline",
            "events": [{"name": "generate_lead", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h47-27-ga4-purchase-or-lead", H, G,
      "client_id must always be 'hs-offline'. The event is named 'purchase' for contacts whose lifecycle stage is "
      "customer, and 'generate_lead' for everyone else. params.lead_source is the original source in lower case, "
      "or 'unknown' where it is blank; params.company_size is the number of employees as a whole number, but it "
      "must not be sent where the employee count is blank.",
      extended(HS, IE2))
def _27(r: R) -> R:
    s, n = r["hs_analytics_source"], r["numemployees"]
    params = {"lead_source": "unknown" if blank(s) else s.lower(),
              "company_size": OMIT if blank(n) else int(num(n))}
    return {"client_id": "hs-offline",
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": keep(params)}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h47-28-lead-optout-text", L, H,
      "Leads may be copied into HubSpot with the email, first name, last name and company unchanged. "
      "hs_email_optout must be the text \"true\" wherever HasOptedOutOfEmail is ticked and the text \"false\" "
      "wherever it is not; this field must never be left unset, as our suppression list depends on it.",
      extended(SFL, IEL2))
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h47-29-lead-status-table", L, H,
      "hs_lead_status follows the Salesforce Status: 'Open - Not Contacted' becomes NEW, 'Working - Contacted' "
      "becomes ATTEMPTED_TO_CONTACT, 'Closed - Converted' becomes CONNECTED and 'Closed - Not Converted' becomes "
      "UNQUALIFIED. Every contact is created with lifecyclestage 'lead'. The email is copied as is; jobtitle comes "
      "from Title, except where Title is blank, in which case jobtitle is not to be populated at all.",
      extended(SFL, IEL3))
def _29(r: R) -> R:
    t = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
         "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return keep({"hs_lead_status": t[r["Status"]], "lifecyclestage": "lead", "email": r["Email"],
                 "jobtitle": OMIT if blank(r["Title"]) else r["Title"]})


@case("h47-30-irish-leads-only", L, H,
      "Only leads whose Country is 'Ireland' are in scope; nothing from any other country may be brought across. "
      "The phone is to be normalised to E.164, with +353 assumed where no country code is present, and omitted "
      "where the lead has no phone. Email, City and Country may be copied as they are.",
      extended(SFL, IEL1, IEL2, IEL3))
def _30(r: R) -> R | None:
    if r["Country"] != "Ireland":
        return None
    return keep({"phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], IRL), "email": r["Email"],
                 "city": r["City"], "country": r["Country"]})


@case("h47-31-rating-stage-suppressed", L, H,
      "No lead that has opted out of email (HasOptedOutOfEmail ticked) may be brought into HubSpot; skip them. "
      "lifecyclestage is set from the Rating: Hot becomes salesqualifiedlead and Warm becomes "
      "marketingqualifiedlead, while any other rating gives 'lead'. annualrevenue is the AnnualRevenue as a number; "
      "where it is blank, do not populate annualrevenue. The email is copied unchanged.",
      extended(SFL, IEL1, IEL2, IEL3))
def _31(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    ls = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    a = r["AnnualRevenue"]
    return keep({"lifecyclestage": ls, "annualrevenue": OMIT if blank(a) else num(a), "email": r["Email"]})


@case("h47-32-lead-address-hygiene", L, H,
      "The email must be lower-cased. jobtitle comes from Title, with 'Not provided' used where the title is "
      "blank. zip is the postal code in upper case, and address is the street as is; where either of those is "
      "blank in Salesforce, the corresponding HubSpot field must not be populated.",
      extended(SFL, IEL1, IEL3))
def _32(r: R) -> R:
    return keep({"email": r["Email"].lower(), "jobtitle": dflt(r["Title"], "Not provided"),
                 "zip": OMIT if blank(r["PostalCode"]) else r["PostalCode"].upper(),
                 "address": OMIT if blank(r["Street"]) else r["Street"]})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h47-33-sfc-status-trade-show-tag", C, M,
      "The member status must be 'unsubscribed' wherever HasOptedOutOfEmail is ticked; otherwise it is "
      "'subscribed'. The email is to be lower-cased on its way to email_address. Contacts whose LeadSource is "
      "'Trade Show' are tagged 'trade-show'; all others, including those with no lead source, must have an empty "
      "tag list.",
      extended(SFC, ROISIN))
def _33(r: R) -> R:
    return {"status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "email_address": r["Email"].lower(),
            "tags": ["trade-show"] if r["LeadSource"] == "Trade Show" else []}


@case("h47-34-sfc-suppress-opted-out", C, M,
      "Under no circumstances should a contact who has opted out of email (HasOptedOutOfEmail ticked) be sent to "
      "Mailchimp; skip them. PHONE must be in E.164, and numbers without a country code are to be treated as US "
      "numbers, as they come from our Portland office. FNAME and LNAME are the first and last names as they "
      "stand, and email_address is the Email, unchanged.",
      extended(SFC, MAYA))
def _34(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"merge_fields": {"PHONE": e164(r["Phone"]), "FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "email_address": r["Email"]}


@case("h47-35-sfc-language-vip", C, M,
      "The language is determined by the mailing country: Germany and Austria are 'de', and United States is 'en'. "
      "vip is true only for contacts in the Engineering department; it is false for every other department and "
      "where no department is recorded. Copy the Email to email_address as is. Status is 'pending' for all, as "
      "consent has to be re-confirmed.",
      SFC)
def _35(r: R) -> R:
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"language": lang, "vip": r["Department"] == "Engineering", "email_address": r["Email"],
            "status": "pending"}


@case("h47-36-sfc-clean-names-no-tags", C, M,
      "email_address must be trimmed and lower-cased. FNAME is the first name in title case and LNAME the last name "
      "in upper case. No tags may be applied to these members; send tags as an empty list.",
      extended(SFC, ROISIN, FIONN))
def _36(r: R) -> R:
    return {"email_address": r["Email"].strip().lower(),
            "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": r["LastName"].upper()}, "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h47-37-sfc-identify-title-default", C, S,
      "userId is the Email in lower case, while traits.email keeps the Email exactly as held in Salesforce. "
      "traits.firstName and traits.lastName are copied unchanged. traits.title is the Title, or 'Unspecified' "
      "where no title is recorded.",
      SFC)
def _37(r: R) -> R:
    return {"userId": r["Email"].lower(),
            "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                       "title": dflt(r["Title"], "Unspecified")}}


@case("h47-38-sfc-address-department", C, S,
      "userId is the Email as held in Salesforce. traits.address.city and traits.address.country come from the "
      "mailing city and mailing country, unchanged. traits.description should read 'Department: ' followed by the "
      "department (e.g. 'Department: Sales'); where no department is recorded, traits.description must be left "
      "out entirely.",
      extended(SFC, ROISIN))
def _38(r: R) -> R:
    d = r["Department"]
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                            "description": OMIT if blank(d) else "Department: " + d}})


@case("h47-39-sfc-consented-phone-birthday", C, S,
      "Only contacts who have not opted out of email (HasOptedOutOfEmail is false) may be identified in Segment. "
      "userId is the lower-cased Email. traits.phone is the phone in E.164, assuming US numbers where there is no "
      "country code. traits.birthday is the Birthdate as is, but it must not be populated where the Birthdate is "
      "blank. traits.firstName is the first name, unchanged.",
      extended(SFC, MAYA))
def _39(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return keep({"userId": r["Email"].lower(),
                 "traits": {"phone": e164(r["Phone"]),
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "firstName": r["FirstName"]}})


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h47-40-mc-status-to-optout", M, H,
      "hs_email_optout must be the text \"false\" for subscribed members, and the text \"true\" for unsubscribed and "
      "cleaned members alike; a cleaned address is never to be treated as consenting. firstname and lastname come "
      "from FNAME and LNAME in title case. The email is taken from email_address as is.",
      MC)
def _40(r: R) -> R:
    t = {"subscribed": "false", "unsubscribed": "true", "cleaned": "true"}
    mf = r["merge_fields"]
    return {"hs_email_optout": t[r["status"]], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "email": r["email_address"]}


@case("h47-41-mc-irish-phone-company", M, H,
      "The HubSpot email comes from email_address as is. phone is the PHONE merge field normalised to E.164, treating numbers "
      "without a country code as Irish (+353); where PHONE is blank, do not populate phone. company is the COMPANY "
      "merge field and, likewise, must be left out where it is blank. Every contact is created with lifecyclestage "
      "'subscriber'.",
      extended(MC[1:], EABHA))
def _41(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], IRL),
                 "company": OMIT if blank(mf["COMPANY"]) else mf["COMPANY"], "lifecyclestage": "subscriber"})


@case("h47-42-mc-subscribed-only", M, H,
      "Only members whose status is 'subscribed' may be brought into HubSpot; unsubscribed, cleaned and pending "
      "members must never be imported. firstname is the FNAME merge field or, where FNAME is blank, the part of "
      "the email address before the @. lifecyclestage is 'customer' for VIP members and 'subscriber' for all "
      "others. The email is the email address, unchanged.",
      extended(MC, DARA, RUTH))
def _42(r: R) -> R | None:
    if r["status"] != "subscribed":
        return None
    fn = r["merge_fields"]["FNAME"]
    return {"firstname": before_at(r["email_address"]) if blank(fn) else fn,
            "lifecyclestage": "customer" if r["vip"] else "subscriber", "email": r["email_address"]}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    assert len({c[0] for c in CASES}) == 42
    build(CASES, Path(__file__).parent / "set47")
