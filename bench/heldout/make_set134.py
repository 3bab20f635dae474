"""Held-out set 134 for the offline mapping drafter.

Persona: Dana, a data engineer who types every mapping spec by hand straight into a chat as a
JSON-ish object that would never get past a JSON parser: keys with single quotes or none,
trailing commas, // and /* */ comments that carry the intent. Each field's rule is a small
nested object ({ from: 'email', lower: true, ifEmpty: 'omit' }), fallbacks are arrays, and
conditions are little 'when' objects. Dana invents the key and rule words afresh each time
(no fixed schema), so the meaning lives in the words and comments, and there is usually a
sentence or two of prose before or after the object.

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


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h134-01-plain-copies-fixed-rating", H, L, """hubspot contacts -> SF Lead. nothing fancy, copies plus one fixed value:

{
  Email: 'email',
  FirstName: 'firstname',
  LastName: 'lastname',
  Company: 'company',
  City: 'city',
  State: 'state',          // plenty of non-US contacts have no state, that's fine
  Rating: { fixed: 'Warm' },   // every single lead, no logic behind it
}
// right-hand side = the hubspot property, copied verbatim. no trimming, no case fixing.
// hubspot value is '' (or only spaces)? it goes over exactly like that, don't substitute anything""",
      extended(HS,
               hs(email="marcus.bell@tideline.us", firstname="Marcus", lastname="Bell", company="  ", city="",
                  state=""),
               hs(email="Ada.Lin@Quill.co", firstname=" Ada", lastname="Lin", company="Quill Co ", city="Portland",
                  state="or")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "City": r["city"], "State": r["state"], "Rating": "Warm"}


@case("h134-02-padding-and-defaults", H, L, """Leads again. Part of the HubSpot data came off a badge scanner and is full of padding, so:

{
  'Email':    'email',                                  // untouched
  'LastName': { src: 'lastname', strip: true },         // whitespace off both ends
  'Company':  { src: 'company', strip: true, nothingLeft: 'Unknown Company' },
              /* strip it; if nothing is left (it was empty, missing or only spaces) -> 'Unknown Company' */
  'Title':    { src: 'jobtitle', nothingThere: 'Not Provided' },   // NO strip on this one. only the default, when it's empty/missing/spaces
  'Phone':    'phone',                                  // as-is, '' stays ''
}""",
      extended(HS,
               hs(email="seb.moreno@andes.pe", lastname="  Moreno ", company="  ", jobtitle="  Buyer ", phone="  "),
               hs(email="kat.ng@pearlriver.hk", lastname="Ng", company=" Pearl River Trading", jobtitle="   ",
                  phone="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown Company").strip(),
            "Title": dflt(r["jobtitle"], "Not Provided"), "Phone": r["phone"]}


@case("h134-03-mobile-first-title-case", H, L, """// HS contact => SF Lead
// tc = title case: capital first letter on every space-separated word, the rest lower ('GARCIA' -> 'Garcia')
{
  Email: 'email',
  FirstName: { from: 'firstname', tc: true },
  LastName:  { from: 'lastname',  tc: true },
  City:      { from: 'city', tc: true },
  MobilePhone: {
    tryInOrder: ['mobilephone', 'phone'],   // first one that actually has something in it wins; spaces-only = nothing
    noneLeft: 'omit',                       // both empty -> no MobilePhone key on the lead at all
    // the number goes over raw, no reformatting
  },
}""",
      extended(HS,
               hs(email="lucy.hart@meadowlane.com", firstname="LUCY ANN", lastname="hart", city="SALT LAKE CITY",
                  mobilephone="  ", phone=""),
               hs(email="omar.said@dunesoft.ma", firstname="omar", lastname="SAID", city="casablanca",
                  mobilephone="", phone="+212 522 555 010")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]),
                 "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h134-04-industry-buckets-lower-email", H, L, """Industry bucket for the Lead. The map is keyed on the HubSpot industry text, exact match:

{
  email: { from: 'email', lowercase: true },   // dupe rules in our org are case sensitive, so all lower
  industry: {
    from: 'industry',
    map: {
      'Software':  'Technology',
      'Logistics': 'Transportation',
      'Food':      'Food & Beverage',
      'Design':    'Media',
    },
    elseValue: 'Other',   // any industry not in the map -> 'Other'. same for a blank/empty industry
  },
}
// keys are the Lead's Email and Industry fields, I just got lazy with the caps""",
      extended(HS,
               hs(email="Tia.Marsh@BayHarbor.COM", industry="Banking"),
               hs(email="RUI.COSTA@LISBOAFOODS.PT", industry="Food"),
               hs(email="jo.park@K-Design.kr", industry="   ")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage", "Design": "Media"}
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case("h134-05-drop-offline-and-subscribers", H, L, """Two things get a contact thrown out before it ever becomes a Lead:

{
  skip: [
    { when: { hs_analytics_source: 'OFFLINE' } },   // offline imports, sales already has them
    { when: { lifecyclestage: 'subscriber' } },     // newsletter-only people aren't leads
  ],
  // an empty source or an empty stage matches neither rule, so those contacts stay in
  fields: {
    Email: 'email',
    FirstName: 'firstname',
    LastName: 'lastname',
    Company: 'company',      // straight copy, blanks included
    Status: { const: 'Working - Contacted' },
  },
}""",
      extended(HS,
               hs(email="noah.fisk@granite.io", firstname="Noah", lastname="Fisk", hs_analytics_source="OFFLINE",
                  lifecyclestage="lead"),
               hs(email="ema.rossi@porto.it", firstname="Ema", lastname="Rossi", company="", hs_analytics_source="",
                  lifecyclestage="opportunity"),
               hs(email="zed.ali@cairoweb.eg", firstname="Zed", lastname="Ali", company="Cairo Web",
                  hs_analytics_source="DIRECT_TRAFFIC", lifecyclestage="")))
def o05(r: R) -> Out:
    if r["hs_analytics_source"] == "OFFLINE" or r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Working - Contacted"}


@case("h134-06-rating-bands-headcount", H, L, """Rating from annual revenue, plus headcount as a real integer. the comments matter:

{
  Email: 'email',
  Rating: {
    basedOn: 'annualrevenue',   // read it as a number
    rules: [
      { when: { gt: 5000000 }, then: 'Hot' },    // strictly more than 5M
      { when: { lt: 1000000 }, then: 'Cold' },   // strictly less than 1M
    ],
    inBetween: 'Warm',
    revenueBlank: 'Warm',   // no revenue on file (empty / whitespace) -> Warm as well. do NOT treat it as 0
  },
  NumberOfEmployees: { from: 'numemployees', as: 'int' /* whole number, not a string */, empty: 'skip the field' },
  // ^ numemployees empty -> NumberOfEmployees isn't sent at all
}""",
      extended(HS,
               hs(email="vik.rao@tallgrass.in", annualrevenue="5000000.5", numemployees="75"),
               hs(email="ally.crane@birchway.ca", annualrevenue="999999.99", numemployees="  "),
               hs(email="bram.devos@polder.nl", annualrevenue="  ", numemployees="9")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h134-07-office-phone-e164-names", H, L, """{
  Email: 'email',
  FirstName: { take: 'firstname', case: 'title' },   // title case = each word capitalised, the rest lowercased
  LastName:  { take: 'lastname',  case: 'title' },
  Phone: {
    take: 'phone',
    format: 'E.164',   /* assume US, +1. if the number already starts with '+' it keeps its own country code.
                          11 digits starting with 1 = the country code is already there, just put '+' in front */
    ifBlank: 'drop',   // no office phone (empty or only spaces) -> don't send Phone at all
  },
}
That's SF Lead from HubSpot contact. mobile is ignored on purpose.""",
      extended(HS,
               hs(email="cara.dunn@shoal.com", firstname="CARA", lastname="dunn", phone="1 (512) 555-0100"),
               hs(email="eli.stone@quarry.net", firstname="eli", lastname="STONE", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h134-08-us-only-state-upper-description", H, L, """US contacts only for this lead feed, everyone else is handled by the EMEA/APAC teams.

{
  onlyIf: { country: 'United States' },   // exact match. anything else (a blank country too) gets dropped
  map: {
    Email: 'email',
    State: { src: 'state', upper: true },   // 'ca' -> 'CA'
    Description: `${company} - HubSpot contact since ${createdate|day}`,
    // createdate|day = just the date bit of the timestamp, YYYY-MM-DD. separator is space, dash, space
  },
}""",
      extended(HS,
               hs(email="jade.wu@pinecrest.com", country="United States", state="tx", company="Pinecrest Labs",
                  createdate="2024-06-18T14:20:00.000Z"),
               hs(email="rex.olsen@fjordtech.no", country="Norway", state="", company="Fjord Tech"),
               hs(email="amy.lo@coastline.com", country="", state="wa", company="Coastline")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"{r['company']} - HubSpot contact since {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h134-09-mailing-block-copies", H, C, """SF Contact address block, fed from HubSpot. Pure 1:1, no cleanup of any kind:

{
  "Email": 'email',
  "LastName": 'lastname',
  "MailingStreet": 'address',
  "MailingCity": 'city',
  "MailingState": 'state',
  "MailingPostalCode": 'zip',
  "MailingCountry": 'country',
}
/* empty hubspot value -> empty string on the contact. don't drop the key, don't default it. */""",
      extended(HS,
               hs(email="gus.lund@northcape.no", lastname="Lund", address="", city="Tromso", state="  ", zip="",
                  country="Norway"),
               hs(email="abe.cho@mesa.com", lastname="Cho", address=" 9 Elm St ", city="Phoenix", state="AZ",
                  zip="85004", country="United States")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h134-10-unknown-optout-means-out", H, C, """flags for the SF Contact. proper booleans (true / false), not strings.

{
  Email: 'email',
  HasOptedOutOfEmail: {
    // hubspot keeps hs_email_optout as text
    false: { when: { hs_email_optout: 'false' } },
    true: 'everything else',   // 'true' -> true, and EMPTY / missing -> true too. if we don't know, assume they opted out
  },
  DoNotCall: { trueWhen: { phone: 'isBlank' } },   // office phone empty or whitespace -> true, otherwise false. mobile doesn't count here
}""",
      extended(HS,
               hs(email="ivo.kral@vltava.cz", hs_email_optout="  ", phone="  "),
               hs(email="sia.berg@malmo.se", hs_email_optout="false", phone="", mobilephone="+46 70 555 0101")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false", "DoNotCall": blank(r["phone"])}


@case("h134-11-lastname-local-part-title-chain", H, C, """SF Contact won't save without a LastName, so here is the fallback logic. arrays = try left to right, first non-empty wins (empty = '', missing, or only spaces):

{
  Email: 'email',
  LastName: ['lastname', '@email.localPart'],   // localPart = the piece of the email before the @, unchanged
  Title:    ['jobtitle', 'industry', { literal: 'n/a' }],
}""",
      extended(lower_emails(HS),
               hs(email="info@bluecanyon.com", lastname="  ", jobtitle="", industry="Tourism"),
               hs(email="w.oduya@savanna.ke", lastname="", jobtitle="  ", industry="  "),
               hs(email="lia.moss@fernway.com", lastname="Moss", jobtitle="Planner", industry="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": first_filled(r["lastname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "n/a")}


@case("h134-12-stage-department-city-upper", H, C, """{
  Email: 'email',
  Department: {
    lookup: 'lifecyclestage',
    table: {
      subscriber: 'Marketing',
      lead: 'Marketing',
      marketingqualifiedlead: 'Marketing',
      salesqualifiedlead: 'Sales',
      opportunity: 'Sales',
      customer: 'Customer Success',
      evangelist: 'Customer Success',
      other: 'Marketing',
    },   // that's every stage hubspot has, so no catch-all
  },
  MailingCity: { from: 'city', upper: true, empty: 'leave off' },   // 'monterrey' -> 'MONTERREY'. no city (empty/spaces) -> no MailingCity key
}
HubSpot -> SF Contact.""",
      extended(HS,
               hs(email="pia.holm@aarhus.dk", lifecyclestage="evangelist", city=""),
               hs(email="leo.grant@bayview.com", lifecyclestage="opportunity", city="  "),
               hs(email="ana.belo@rio.br", lifecyclestage="other", city="rio de janeiro")))
def o12(r: R) -> Out:
    dept = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Marketing",
            "salesqualifiedlead": "Sales", "opportunity": "Sales", "customer": "Customer Success",
            "evangelist": "Customer Success", "other": "Marketing"}
    return keep({"Email": r["email"], "Department": dept[r["lifecyclestage"]],
                 "MailingCity": omit_if_blank(r["city"], str.upper)})


@case("h134-13-opted-in-only-mobile-fallback", H, C, """Only contacts who explicitly said yes to email get created as SF Contacts.

{
  include: { when: { hs_email_optout: 'false' } },   // exactly the text 'false'. 'true' and blank/unset both stay out
  Email: { from: 'email', lower: true },
  MobilePhone: { firstOf: ['mobilephone', 'phone'] },   // mobile, else office (blank / spaces = no value). raw, no formatting
  Description: { always: 'Opted in via HubSpot' },
}
// every opted-in contact has at least one of the two numbers""",
      extended(HS,
               hs(email="Nell.Price@Oakfield.COM", hs_email_optout="false", mobilephone="  ", phone="(737) 555-0110"),
               hs(email="tom.ames@ridge.com", hs_email_optout="", mobilephone="512-555-0155"),
               hs(email="Ula.Berg@Nord.SE", hs_email_optout="false", mobilephone="+46 70 555 0123", phone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Opted in via HubSpot"}


@case("h134-14-trimmed-title-source-catchall", H, C, """Contact cleanup + lead source. here's the spec, the comments matter:

{
  Email: 'email',
  FirstName: { field: 'firstname', titleCase: true },   // each word: first letter up, rest down
  LastName:  { field: 'lastname',  titleCase: true },
  Title:     { field: 'jobtitle',  trim: true },        // just strip the spaces at the ends; a blank one stays blank ('')
  LeadSource: {
    field: 'hs_analytics_source',
    values: {
      ORGANIC_SEARCH: 'Web',
      REFERRALS: 'External Referral',
      PAID_SEARCH: 'Advertisement',
      EMAIL_MARKETING: 'Email',
    },
    '*': 'Other',   // catch-all: sources not listed AND an empty source both -> 'Other'
  },
}""",
      extended(HS,
               hs(email="finn.ryan@kerry.ie", firstname="FINN", lastname="RYAN", jobtitle="  Data Lead ",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="bea.solis@yuma.mx", firstname="bea", lastname="solis", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="al.voss@dune.de", firstname="Al", lastname="Voss", jobtitle="Ops", hs_analytics_source="  ")))
def o14(r: R) -> Out:
    src = {"ORGANIC_SEARCH": "Web", "REFERRALS": "External Referral", "PAID_SEARCH": "Advertisement",
           "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": src.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h134-15-member-language-default", H, M, """Mailchimp members from HubSpot contacts:

{
  email_address: 'email',
  status: { fixed: 'subscribed' },
  merge_fields: {          // nested object on the member
    FNAME: 'firstname',    // copy; '' stays ''
    PHONE: 'phone',        // copy, raw
  },
  language: { from: 'hs_language', otherwise: 'en' },
  // most contacts don't have hs_language at all (the key isn't even there) -> 'en'. empty / spaces -> 'en' too
}""",
      extended(HS,
               hs(email="ines.laurent@givry.fr", hs_language="fr"),
               hs(email="karl.ek@uppsala.se", hs_language="  "),
               hs(email="yuki.sato@minato.jp", firstname="", hs_language="ja")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "PHONE": r["phone"]},
            "language": dflt(r.get("hs_language"), "en")}


@case("h134-16-consent-three-ways", H, M, """status has three outcomes, driven by hs_email_optout (hubspot keeps it as text):

{
  email_address: 'email',
  status: {
    cases: [
      { when: { hs_email_optout: 'true' },  value: 'unsubscribed' },
      { when: { hs_email_optout: 'false' }, value: 'subscribed' },
    ],
    blank: 'pending',   // never set / empty / whitespace -> pending (double opt-in), we have no consent on record
  },
  tags: [ { tag: 'from-hubspot' } ],   // one fixed tag, on everyone
}""",
      extended(HS,
               hs(email="olga.ivanova@neva.ru", hs_email_optout="  "),
               hs(email="sam.cruz@mesa.com", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["from-hubspot"]}


@case("h134-17-revenue-and-sql-tags", H, M, """Tags only on this one. The member gets one tag per rule that matches, in this order:

{
  email_address: 'email',
  tags: [
    { tag: 'rev-3m-plus', when: { annualrevenue: { gt: 3000000 } } },   // numeric compare, strictly greater. blank revenue never matches
    { tag: 'sql', when: { lifecyclestage: 'salesqualifiedlead' } },      // exact
  ],
  // nothing matched -> tags is an empty list []
}""",
      extended(HS,
               hs(email="cole.hart@ridgeway.com", annualrevenue="3000000.5", lifecyclestage="salesqualifiedlead"),
               hs(email="ivy.moss@fernhill.com", annualrevenue="  ", lifecyclestage="salesqualifiedlead"),
               hs(email="nate.ruiz@baja.mx", annualrevenue="2999999", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("rev-3m-plus")
    if r["lifecyclestage"] == "salesqualifiedlead":
        tags.append("sql")
    return {"email_address": r["email"], "tags": tags}


@case("h134-18-first-word-office-phone-e164", H, M, """{
  email_address: 'email',
  merge_fields: {
    FNAME: { from: 'firstname', pick: 'firstWord' },   // 'Anna Maria' -> 'Anna' (split on whitespace, keep the first piece)
    PHONE: {
      from: ['phone', 'mobilephone'],   // office number first; if that's empty/whitespace use the mobile
      e164: 'US',   // '+' and the digits, +1 assumed. already starts with '+' -> keep its code. 11 digits beginning with 1 -> just add the '+'
    },
  },
}
// every contact in this audience has one of the two numbers.""",
      extended(HS,
               hs(email="anna.kerr@linden.com", firstname="Anna Maria", phone="  ", mobilephone="1-646-555-0111"),
               hs(email="jo.beth@pinehill.com", firstname="Jo Beth", phone="312.555.0190",
                  mobilephone="+44 7700 900111")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h134-19-no-title-no-entry-vip-stages", H, M, """B2B audience. A contact with no job title is nearly always a junk form fill, so it's out.

{
  exclude: { when: { jobtitle: 'is empty' } },   // empty string, missing or just spaces -> skip the contact entirely
  email_address: 'email',
  status: { const: 'subscribed' },
  vip: { when: { lifecyclestage: ['customer', 'evangelist'] } },   // real boolean: true if the stage is one of those two, false otherwise
}""",
      extended(HS,
               hs(email="ray.fox@ember.io", jobtitle="   ", lifecyclestage="customer"),
               hs(email="lin.zhou@jadegate.cn", jobtitle="CFO", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h134-20-names-domain-tag-revenue-vip", H, M, """Mailchimp again. here's the spec:

{
  email_address: 'email',
  merge_fields: {
    FNAME: { src: 'firstname', titlecase: true },   /* every word gets a capital first letter, the rest goes lowercase */
    LNAME: { src: 'lastname', titlecase: true },
  },
  tags: [ { src: ['company', 'email:domain'] } ],
  // ^ exactly one tag: the company name; if company is blank (or spaces) use the email's domain instead = everything after the @, as-is
  vip: { when: { annualrevenue: { above: 2000000 } } },   // bool. blank revenue -> false
}""",
      extended(lower_emails(HS),
               hs(email="theo.park@quayside.co", firstname="THEO", lastname="park", company="  ",
                  annualrevenue="2000000.5"),
               hs(email="mia.lane@lanefarms.com", firstname="mia", lastname="LANE", company="Lane Farms",
                  annualrevenue="")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 2_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h134-21-identify-surname-first-name", H, S, """Segment identify. userId is the lowercased email, traits are copies plus one glued-together name:

{
  userId: { src: 'email', lc: true },
  traits: {
    email: 'email',             // raw, whatever case hubspot has
    firstName: 'firstname',
    lastName: 'lastname',
    name: "{lastname}, {firstname}",   // surname, comma, space, given name -> 'Raman, Priya'
    website: 'website',         // copied; blank is fine, send ''
  },
}""",
      extended(HS,
               hs(email="Nadia.Kerr@Heath.UK", firstname="Nadia", lastname="Kerr", website=""),
               hs(email="pete.long@LongAcre.com", firstname="Pete", lastname="Long", website="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['lastname']}, {r['firstname']}", "website": r["website"]}}


@case("h134-22-company-traits-nested", H, S, """company info goes nested on the identify: traits.company.{name, industry, employee_count}.

{
  userId: 'email',   // untouched
  traits: {
    company: {
      name: { from: 'company', emptyValue: 'Self-employed' },   // blank company -> 'Self-employed'
      industry: { from: 'industry', emptyValue: OMIT },         // OMIT = don't include the key at all
      employee_count: { from: 'numemployees', type: 'integer', emptyValue: OMIT },   /* whole number, 250 not '250' */
    },
  },
}""",
      extended(HS,
               hs(email="oli.barr@pennant.com", company="   ", industry="   ", numemployees="3"),
               hs(email="zara.quinn@arclight.io", company="Arclight", industry="Media", numemployees="1200")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Self-employed"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h134-23-address-traits-phone-chain", H, S, """identify with address + phone. here's the spec, the comments matter:

{
  userId: 'email',
  'traits.address': {          // nested address object
    street: 'address',
    city: 'city',
    postalCode: 'zip',
    country: 'country',        // these four are plain copies, '' stays ''
    state: { from: 'state', whenEmpty: 'omit' },   // no state -> no state key inside address
  },
  'traits.phone': {
    from: ['mobilephone', 'phone'],   // mobile wins, office as the backup (spaces-only counts as empty)
    to: 'e164',                       // +1 default; '+'-prefixed numbers keep their own code; 11 digits starting with 1 -> '+' and the digits
    whenBothEmpty: 'omit',            // no number at all -> no traits.phone
  },
}""",
      extended(HS,
               hs(email="hal.snow@frostline.com", mobilephone="  ", phone="", state="  "),
               hs(email="kim.doe@acorn.com", mobilephone="", phone="1 415 555 0111", address="", zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h134-24-clean-userid-marketable-revenue", H, S, """userId has to be clean or Segment creates dupes (hubspot has trailing spaces and random caps in emails):

{
  userId: { from: 'email', trim: true, lower: true },
  traits: {
    title: 'jobtitle',   // straight copy
    marketable: {        // boolean
      true:  { hs_email_optout: 'false' },
      false: { hs_email_optout: 'true' },
      unset: false,      // hs_email_optout empty / whitespace -> false (no consent recorded = not marketable)
    },
    annual_revenue: { from: 'annualrevenue', as: 'number', ifEmpty: 'omit' },
    // ^ a JSON number (5000000, 2500000.75), never a string. blank -> no annual_revenue key
  },
}""",
      extended(HS,
               hs(email="  Lea.Vogt@Alpen.CH ", hs_email_optout="  ", annualrevenue="1500.5", jobtitle=""),
               hs(email="RON.DIAZ@SOLAR.MX", hs_email_optout="false", annualrevenue="   ", jobtitle="  CTO")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "marketable": r["hs_email_optout"] == "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h134-25-ga4-contact-export-event", H, G, """GA4 measurement protocol, one event per HubSpot contact:

{
  client_id: { const: 'crm-hubspot' },
  events: [{
    name: { const: 'crm_contact_export' },
    params: {
      stage: 'lifecyclestage',   // copy
      traffic_source: { from: 'hs_analytics_source', lower: true, emptySource: 'leave out' },
      // ^ 'PAID_SEARCH' -> 'paid_search'. blank/whitespace source -> no traffic_source param on the event
      signup_day: { from: 'createdate', format: 'YYYY-MM-DD' },   // date part only
    },
  }],
}""",
      extended(HS,
               hs(email="nia.bond@kelp.co", lifecyclestage="other", hs_analytics_source="  ",
                  createdate="2024-08-01T12:15:00.000Z"),
               hs(email="ari.katz@negev.il", lifecyclestage="opportunity", hs_analytics_source="AI_REFERRALS",
                  createdate="2025-02-10T13:00:00.000Z")))
def o25(r: R) -> Out:
    params = {"stage": r["lifecyclestage"]}
    if not blank(r["hs_analytics_source"]):
        params["traffic_source"] = r["hs_analytics_source"].lower()
    params["signup_day"] = day(r["createdate"])
    return {"client_id": "crm-hubspot", "events": [{"name": "crm_contact_export", "params": params}]}


@case("h134-26-ga4-teams-over-fifteen", H, G, """only contacts at companies with more than 15 people go to GA4:

{
  keepOnly: { when: { numemployees: { '>': 15 } } },   // number compare. empty numemployees -> not kept
  client_id: { from: 'email', part: 'beforeAt' },     // the local part, everything before the '@'
  events: [{
    name: 'team_signup',          // literal event name, not a field
    params: {
      headcount: { from: 'numemployees', as: 'number' },   // JSON number (int when it's whole)
      segment: { literal: 'b2b' },
    },
  }],
}""",
      extended(lower_emails(HS),
               hs(email="gil.roth@sabra.il", numemployees="15.5"),
               hs(email="may.ong@kampong.sg", numemployees="  "),
               hs(email="bo.dahl@skane.se", numemployees="14")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 15):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_signup", "params": {"headcount": num(r["numemployees"]), "segment": "b2b"}}]}


@case("h134-27-ga4-subscriber-or-crm-event", H, G, """{
  client_id: 'email',    // copy
  events: [{
    name: {
      when: { lifecyclestage: 'subscriber' }, then: 'newsletter_contact',
      else: 'crm_contact',   // every other stage, a blank stage included
    },
    params: {
      country: { from: 'country', default: 'unknown' },   // blank country (empty / spaces) -> 'unknown'
      city: 'city',          // plain copy, '' stays ''
    },
  }],
}
^ the GA4 event, one per HubSpot contact.""",
      extended(HS,
               hs(email="rio.tan@mekong.vn", lifecyclestage="subscriber", country="  ", city=""),
               hs(email="eva.lutz@rhein.de", lifecyclestage="", country="Germany", city="Bonn")))
def o27(r: R) -> Out:
    name = "newsletter_contact" if r["lifecyclestage"] == "subscriber" else "crm_contact"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"country": dflt(r["country"], "unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h134-28-lead-to-contact-copies", L, H, """Reverse sync, SF Lead -> HubSpot contact. Every line is a plain copy:

{
  email:     'Email',
  firstname: 'FirstName',
  lastname:  'LastName',
  company:   'Company',
  jobtitle:  'Title',
  phone:     'Phone',
  address:   'Street',
  city:      'City',
  zip:       'PostalCode',
  country:   'Country',
}
// blank on the lead -> blank ('') in hubspot. keep the key, no defaults, no trimming""",
      extended(SFL,
               sfl(Email="nils.berg@fjord.no", FirstName="Nils", LastName="Berg", Company="  ", Title="", Phone="",
                   Street="", City="Bergen", PostalCode="", Country="Norway")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h134-29-status-lookup-optout-text", L, H, """{
  email: 'Email',
  hs_lead_status: {
    from: 'Status',
    lookup: {
      'Open - Not Contacted':   'NEW',
      'Working - Contacted':    'ATTEMPTED_TO_CONTACT',
      'Closed - Converted':     'OPEN_DEAL',
      'Closed - Not Converted': 'UNQUALIFIED',
    },   // all four SF statuses covered, nothing else ever shows up
  },
  hs_email_optout: { from: 'HasOptedOutOfEmail', write: 'text' },   // HubSpot wants the strings "true" / "false", not a boolean
}
SF leads into hubspot.""",
      extended(SFL,
               sfl(Email="ruth.ames@kilnhouse.co", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="omar.haq@lahore.pk", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h134-30-rating-to-lead-status-revenue", L, H, """SF Lead -> HubSpot contact, the rating decides HubSpot's lead status:

{
  email: { from: 'Email', toLower: true },
  hs_lead_status: { from: 'Rating', table: { Hot: 'OPEN_DEAL', Warm: 'IN_PROGRESS', Cold: 'OPEN' } },   // every lead has one of the three
  annualrevenue: { from: 'AnnualRevenue', numeric: true, blank: 'omit' },
  /* JSON number, int when it's whole (5000000); empty / whitespace -> no annualrevenue key */
}""",
      extended(SFL,
               sfl(Email="Dina.Shah@Monsoon.IN", Rating="Warm", AnnualRevenue="1250000.5"),
               sfl(Email="KAI.ROSS@PEAK.CO", Rating="Cold", AnnualRevenue="   ")))
def o30(r: R) -> Out:
    status = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "OPEN"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h134-31-uk-leads-phone-postcode", L, H, """UK leads only, everything else stays in SF.

{
  filter: { only: { Country: 'United Kingdom' } },
  email: 'Email',
  phone: { from: 'Phone', e164: 'GB' },   /* +44, drop the national leading 0 (020... -> +4420...). a number that already starts with '+' keeps its own code */
  zip: { from: 'PostalCode', upper: true },
  company: { from: 'Company', fallback: 'Independent' },   // empty / whitespace company -> 'Independent'
}""",
      extended(SFL,
               sfl(Email="isla.muir@loch.co.uk", Country="United Kingdom", Phone="07700 900456", PostalCode="eh3 9aa",
                   Company=""),
               sfl(Email="owen.pryce@cardiffbay.co.uk", Country="United Kingdom", Phone="+44 29 2018 0111",
                   PostalCode="cf10 4pa", Company="  "),
               sfl(Email="lars.hauge@oslo.no", Country="Norway", Phone="+47 22 55 50 10", PostalCode="0150")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Independent")}


@case("h134-32-skip-converted-one-line-address", L, H, """Converted leads are already contacts, so they're skipped:

{
  drop: { when: { Status: 'Closed - Converted' } },
  email: 'Email',
  country: { from: 'Country', emptyDefault: 'Unknown' },   // blank -> 'Unknown'
  address: {
    join: ['Street', 'City'], with: ', ',   // '200 Lake St, Chicago'
    // Street blank (empty or spaces)? leave it out, separator too -> just the City. every lead has a City
  },
}""",
      extended(SFL,
               sfl(Email="ana.lima@recife.br", Status="Working - Contacted", Street="  ", City="Recife",
                   Country="Brazil"),
               sfl(Email="joe.kim@busan.kr", Status="Closed - Converted", Street="1 Haeundae", City="Busan",
                   Country="South Korea")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return {"email": r["Email"], "country": dflt(r["Country"], "Unknown"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h134-33-optout-status-web-tag", C, M, """SF Contact -> MC member.

{
  email_address: { from: 'Email', lowercase: true },
  status: { from: 'HasOptedOutOfEmail', true: 'unsubscribed', false: 'subscribed' },
  tags: [
    { tag: 'salesforce' },                              // always there
    { tag: 'web-lead', when: { LeadSource: 'Web' } },   // second tag only when LeadSource is exactly Web
  ],
  // so a non-web contact ends up with tags ['salesforce']
}""",
      extended(SFC,
               sfc(Email="Ola.Nowak@Krakow.PL", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="TED.ROSS@ROSSCO.COM", HasOptedOutOfEmail=False, LeadSource="  ")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["web-lead"] if r["LeadSource"] == "Web" else [])}


@case("h134-34-known-source-phone-status", C, M, """SF Contacts into Mailchimp, but only the ones where we know where they came from.

{
  skipIf: { LeadSource: 'empty' },   // empty, missing or whitespace LeadSource -> don't send the contact
  email_address: 'Email',
  merge_fields: {
    PHONE: { from: 'Phone', format: 'e164', country: 'US' },   // +1 assumed; already '+...' -> keep that code; 11 digits starting with 1 -> just prefix '+'
  },
  status: {
    from: 'LeadSource',
    table: { 'Web': 'subscribed', 'Trade Show': 'pending', 'Partner Referral': 'pending' },
    // once blanks are skipped only those three sources exist
  },
}""",
      extended(SFC,
               sfc(Email="rick.vale@valeco.com", LeadSource="Partner Referral", Phone="1-503-555-0123"),
               sfc(Email="jen.fox@foxden.com", LeadSource="   ", Phone="503 555 0100")))
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    status = {"Web": "subscribed", "Trade Show": "pending", "Partner Referral": "pending"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "status": status[r["LeadSource"]]}


@case("h134-35-friend-greeting-partner-vip", C, M, """{
  email_address: 'Email',
  status: { always: 'subscribed' },
  merge_fields: {
    FNAME: { from: 'FirstName', ifBlank: 'Friend' },   // 'Hi Friend' beats 'Hi ,'. blank = '' / spaces / missing
    LNAME: 'LastName',                                   // copy as-is, blanks included
  },
  vip: { is: { LeadSource: 'Partner Referral' } },   // true only on an exact match; other sources and an empty LeadSource -> false
}""",
      extended(SFC,
               sfc(Email="ana.pires@lisboa.pt", FirstName="", LastName="Pires", LeadSource="Partner Referral"),
               sfc(Email="tim.kurz@graz.at", FirstName="  ", LastName="", LeadSource="")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral"}


@case("h134-36-not-opted-out-english-list", C, M, """only contacts that have NOT opted out go to the English newsletter list:

{
  only: { when: { HasOptedOutOfEmail: false } },
  email_address: 'Email',
  merge_fields: { FNAME: 'FirstName', LNAME: 'LastName' },   // copies
  status: { const: 'subscribed' },
  language: { const: 'en' },
  tags: [],   // deliberately empty, send an empty list
}""",
      extended(SFC,
               sfc(Email="bo.chan@kowloon.hk", FirstName="Bo", LastName="", HasOptedOutOfEmail=False),
               sfc(Email="gia.russo@napoli.it", FirstName="Gia", LastName="Russo", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h134-37-identify-lower-id-birthday", C, S, """SF Contact -> Segment identify.

{
  userId: { src: 'Email', lower: true },
  traits: {
    firstName: 'FirstName',
    lastName: 'LastName',
    title: 'Title',            // copy; an empty title goes as ''
    birthday: { src: 'Birthdate', onEmpty: 'omit' },   // copy when there is one; blank Birthdate -> no birthday trait
  },
}""",
      extended(SFC,
               sfc(Email="Ida.Berg@Gota.SE", FirstName="Ida", LastName="Berg", Title="  ", Birthdate="  "),
               sfc(Email="LUC.FAURE@LYON.FR", FirstName="Luc", LastName="", Title="", Birthdate="1979-02-14")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                            "birthday": omit_if_blank(r["Birthdate"])}})


@case("h134-38-address-city-trim-country-default", C, S, """{
  userId: 'Email',     // unchanged
  traits: {
    address: {         // this is the nested traits.address object, not a rule
      city:    { from: 'MailingCity', trim: true },
      country: { from: 'MailingCountry', ifMissing: 'Unknown' },   // empty or only spaces -> 'Unknown'
    },
  },
}
the old import padded MailingCity with spaces, hence the trim.""",
      extended(SFC,
               sfc(Email="ana.weiss@salz.at", MailingCity="  Salzburg ", MailingCountry=""),
               sfc(Email="jo.binder@innsbruck.at", MailingCity="Innsbruck  ", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h134-39-phone-full-name-team-bucket", C, S, """SF Contacts to Segment, the team bucket is for the routing dashboards:

{
  userId: 'Email',
  traits: {
    phone: { from: 'Phone', e164: true },   /* US default +1; keeps an existing '+' country code; 11 digits with a leading 1 just get the '+' */
    name: `${FirstName} ${LastName}`,       // first, one space, last
    team: {
      from: 'Department',
      table: { Engineering: 'tech', Sales: 'revenue', Marketing: 'revenue' },
      default: 'other',   // any other department, and an empty Department -> 'other'
    },
  },
}""",
      extended(SFC,
               sfc(Email="ray.ng@ngco.com", FirstName="Ray", LastName="Ng", Phone="1 503 555 0133",
                   Department="Marketing"),
               sfc(Email="em.lowe@lowe.com", FirstName="Em", LastName="Lowe", Phone="503-555-0190", Department="Legal"),
               sfc(Email="cy.hart@hart.com", FirstName="Cy", LastName="Hart", Phone="(971) 555-0102", Department="  ")))
def o39(r: R) -> Out:
    team = {"Engineering": "tech", "Sales": "revenue", "Marketing": "revenue"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "team": team.get(r["Department"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h134-40-member-back-to-hubspot", M, H, """Mailchimp audience back into HubSpot:

{
  email: 'email_address',
  firstname: { from: 'merge_fields.FNAME', titleCase: true },   // capital first letter per word, rest lowercase
  lastname:  { from: 'merge_fields.LNAME', titleCase: true, ifEmpty: 'skip' },   // blank LNAME -> don't send lastname at all (don't wipe hubspot's)
  hs_language: { from: 'language', ifEmpty: 'en' },   // blank language -> 'en'
  hs_email_optout: {
    textTrueWhen: { status: ['unsubscribed', 'cleaned'] },   // the string "true" for those two statuses, the string "false" for every other one
  },
}""",
      extended(MC,
               mc({"FNAME": "MARY KATE", "LNAME": "  "}, email_address="mk.doyle@dublin.ie", language="",
                  status="pending"),
               mc({"FNAME": "raj", "LNAME": "PATEL"}, email_address="raj.patel@surat.in", language="  ",
                  status="cleaned")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h134-41-skip-unsubscribed-vip-customers", M, H, """{
  exclude: { when: { status: 'unsubscribed' } },   // they told us to go away, don't create them in hubspot
  email: 'email_address',
  firstname: 'merge_fields.FNAME',   // copy
  phone: { from: 'merge_fields.PHONE', e164: 'US', ifEmpty: 'omit' },
  // ^ +1 assumed, '+' numbers keep their own code, 11 digits starting with 1 just get a '+'. blank PHONE -> no phone key
  lifecyclestage: { when: { vip: true }, then: 'customer', else: 'lead' },
}""",
      extended(MC,
               mc({"FNAME": "Ben", "PHONE": "1 (212) 555-0177"}, email_address="ben.hale@halefarm.com",
                  status="pending", vip=False),
               mc({"FNAME": "Ava", "PHONE": "  "}, email_address="ava.ruiz@ruizco.mx", status="unsubscribed",
                  vip=True),
               mc({"FNAME": "Kai", "PHONE": "+61 2 5555 0101"}, email_address="kai.webb@sydneyweb.au",
                  status="subscribed", vip=True),
               mc({"FNAME": "Noa", "PHONE": "   "}, email_address="noa.hill@hillside.com", status="subscribed",
                  vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h134-42-first-name-domain-webinar-status", M, H, """MC -> HubSpot. The webinar tag means sales already talked to them.

{
  email: 'email_address',
  firstname: { from: 'merge_fields.FNAME', keep: 'first word' },   // 'Mary Kate' -> 'Mary'
  company: ['merge_fields.COMPANY', 'email_address@domain'],
  // ^ COMPANY if it's filled, else the email's domain (the bit after the @, as-is). spaces-only = not filled
  hs_lead_status: { when: { tags: { contains: 'Webinar' } }, then: 'CONNECTED', else: 'NEW' },   // exact tag text, capital W
}""",
      extended(MC,
               mc({"FNAME": "Mary Kate", "COMPANY": "  "}, email_address="mary.kate@glenview.ie",
                  tags=["VIP", "Webinar"]),
               mc({"FNAME": "Tom", "COMPANY": "Harbor Tools"}, email_address="tom.ito@harbortools.jp",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "hs_lead_status": "CONNECTED" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set134")
