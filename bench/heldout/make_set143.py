"""Held-out set 143 for the offline mapping drafter.

Persona: Lars, a marketing technologist in Stockholm, writes his mapping specs in terse and
very precise Swedish-shaped English. Requirements take 'shall', 'it' stands where English
would say 'there' ('It is needed that ...'), field names come as compound words ('the
emailfield', 'phonenumber', 'companyname') or in quotes, pairs are tied with 'resp.', and
branches read 'if so' / 'if not' or start a sentence with 'Else'. Decimals have a comma
('2,5 million'), thousands a space ('5 000 000'), lists use en dashes, and the blank case is
always said, briefly ('Empty: ...'). Mostly short lines, some grouped under small headings.

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

# The persona writes his lists with en dashes (U+2013) on purpose; they are not typos for "-".
# ruff: noqa: RUF001

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


@case("h143-01-plain-copy-web-source", H, L, """HubSpot contact → Salesforce Lead. Plain copy.

– emailfield → Email
– firstname resp. lastname → FirstName resp. LastName
– companyname → Company
– jobtitle → Title
– "phone" → Phone

Values go over exactly as they are: no trim, no change of case.
Empty or only spaces in HubSpot: it goes over like that, the field is still sent.

"LeadSource" shall be "Web" on all leads.""",
      extended(HS,
               hs(email="oskar.nyberg@fjallsoft.se", firstname="Oskar", lastname="Nyberg", company="", jobtitle="",
                  phone=""),
               hs(email="Ebba.Lund@Kvarn.SE", firstname=" Ebba", lastname="Lund ", company="  Kvarn AB",
                  jobtitle="   ", phone="  08-555 012 34")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h143-02-trim-and-defaults", H, L, """Lead from HubSpot contact.

Trim (spaces before and after away):
– firstname → FirstName
– lastname → LastName
– jobtitle → Title

Lastname is mandatory in Salesforce. Empty lastname: "Unknown".

Companyname → Company. Not trimmed, as it is. Empty: "Private person".

Emailfield → Email, unchanged.

Empty means also a value with only spaces.""",
      extended(HS,
               hs(email="linnea.ostlund@grans.se", firstname="  Linnea ", lastname="   ", company="  ",
                  jobtitle=" CFO "),
               hs(email="johan.ek@sjofart.se", firstname="Johan", lastname=" Ek", company=" Sjöfart AB ",
                  jobtitle=""),
               hs(email="mira.holm@tallbo.se", firstname="", lastname="", company="", jobtitle="   ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "LastName": dflt(r["lastname"], "Unknown").strip(), "Title": r["jobtitle"].strip(),
            "Company": dflt(r["company"], "Private person")}


@case("h143-03-title-names-phone-chain", H, L, """Salesforce Lead, source is HubSpot contacts.

Names: FirstName and LastName from firstname resp. lastname, in title case. Each word (split on space) starts with a capital letter, rest of the word small letters.

Phone: take "phone". If empty, take "mobilephone". If also this is empty, the lead shall have no Phone field at all. No formatting of the number.

Email: the emailfield, unchanged.

Only whitespace counts as empty.""",
      extended(HS,
               hs(email="anna.sjoberg@lovon.se", firstname="ANNA KARIN", lastname="sjöberg", phone="  ",
                  mobilephone="070-555 12 34"),
               hs(email="bo.lindqvist@hammarby.se", firstname="bo", lastname="LINDQVIST", phone="",
                  mobilephone="  ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h143-04-rating-from-stage", H, L, """Rating on the lead comes from lifecyclestage:

  salesqualifiedlead – Hot
  opportunity – Hot
  marketingqualifiedlead – Warm
  all other stages – Cold. Also Cold when the stage is empty.

Email: the emailfield in lower case.
Nothing else shall be sent.""",
      extended(HS,
               hs(email="Sara.Holm@Vattenhus.SE", lifecyclestage="opportunity"),
               hs(email="NILS.ERIKSSON@MALARBANK.SE", lifecyclestage=""),
               hs(email="Tove.Ahl@Ljusdal.se", lifecyclestage="  "),
               hs(email="Gustav.Berg@Norrsken.SE", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Rating": table.get(r["lifecyclestage"], "Cold"), "Email": r["email"].lower()}


@case("h143-05-skip-optout-and-japan", H, L, """Filter first. Two kinds of contacts shall not become leads:
– "hs_email_optout" is "true" (opted out). An empty optout is not "true", so these contacts go.
– country is "Japan". The Tokyo office has an own process.

For the rest:
Email, LastName, Company resp. City from emailfield, lastname, companyname resp. city. Pure copies, empty stays empty.
Description = "Imported from HubSpot" (fixed text).""",
      extended(HS,
               hs(email="karin.mori@tokyo-nord.jp", lastname="Mori", country="Japan", hs_email_optout="false"),
               hs(email="ulf.dahl@skarpnack.se", lastname="Dahl", company="", city="", country="Sweden",
                  hs_email_optout=""),
               hs(email="siri.bakke@fjordnett.no", lastname="Bakke", company="Fjordnett", city="Bergen",
                  country="Norway", hs_email_optout="  ")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "City": r["city"],
            "Description": "Imported from HubSpot"}


@case("h143-06-rating-bands-headcount", H, L, """Rating and NumberOfEmployees.

Rating, from annualrevenue:
– more than 2 000 000: Hot
– less than 200 000: Cold
– else Warm.
Empty revenue: Warm as well.

NumberOfEmployees = numemployees as integer. Empty: do not set the field.

Email = the emailfield. It is needed for the match.""",
      extended(HS,
               hs(email="pia.strom@lillavarv.se", annualrevenue="150000", numemployees="7"),
               hs(email="lasse.win@skanefrukt.se", annualrevenue="199999.5", numemployees="  "),
               hs(email="eva.nord@nordport.se", annualrevenue="2000000.5", numemployees="1200"),
               hs(email="hugo.falk@falkbygg.se", annualrevenue="  ", numemployees="33"),
               hs(email="alma.roos@roosdesign.se", annualrevenue="1999999", numemployees="")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Warm"
    elif v > 2_000_000:
        rating = "Hot"
    elif v < 200_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                 "Email": r["email"]})


@case("h143-07-mobile-e164-title-names", H, L, """Leads – mobilenumber and names.

MobilePhone: from "mobilephone", formatted E.164: "+", then countrycode, then the digits. Nothing else.
Our numbers are American, so countrycode 1 when the number has none. A number which already starts with "+" keeps its own countrycode. 11 digits starting with 1 have the countrycode already: only add "+".
No mobilenumber: no MobilePhone field. Not empty string, not "+1".

FirstName, LastName: title case (every word with capital first letter, rest lower case).
Email: copy.""",
      extended(HS,
               hs(email="karl.johansson@dalahast.se", firstname="KARL JOHAN", lastname="johansson",
                  mobilephone="1-646-555-0123"),
               hs(email="stina.ek@ekbacken.se", firstname="stina", lastname="EK", mobilephone="   ")))
def o07(r: R) -> Out:
    return keep({"MobilePhone": omit_if_blank(r["mobilephone"], e164), "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"]), "Email": r["email"]})


@case("h143-08-mql-sql-description", H, L, """Only MQL and SQL go to Salesforce, i.e. lifecyclestage "marketingqualifiedlead" or "salesqualifiedlead". If not, the contact is skipped.

Fields:
– Email: emailfield
– LastName: lastname
– State: state in upper case
– Description: "Stage " + lifecyclestage + ", created " + the date of createdate (YYYY-MM-DD, no time).
  Example: Stage salesqualifiedlead, created 2024-02-01""",
      extended(HS,
               hs(email="viktor.sand@seattleware.com", lastname="Sand", lifecyclestage="salesqualifiedlead", state="wa",
                  createdate="2024-05-17T12:10:00.000Z"),
               hs(email="elin.ros@rosgarden.se", lastname="Ros", lifecyclestage="lead", state="ny"),
               hs(email="otto.lamm@lammco.com", lastname="Lamm", lifecyclestage="marketingqualifiedlead", state="Or",
                  createdate="2021-08-09T13:00:00.000Z")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"Stage {r['lifecyclestage']}, created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h143-09-mailing-address", H, C, """To Salesforce Contact. The address goes to the Mailing-fields, one to one:

address → MailingStreet
city → MailingCity
state → MailingState
zip → MailingPostalCode
country → MailingCountry

Also emailfield → Email and lastname → LastName.
No cleaning. Empty or blank values go over unchanged, as they stand in HubSpot.""",
      extended(HS,
               hs(email="frida.lund@lundtryck.se", lastname="Lund", address="", city="Uppsala", state="  ", zip="",
                  country="Sweden"),
               hs(email="arne.vik@vikmek.se", lastname="Vik", address=" Storgatan 1 ", city="Malmö", state="",
                  zip="211 22", country="Sweden")))
def o09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"],
            "LastName": r["lastname"]}


@case("h143-10-optout-and-donotcall", H, C, """Two checkboxes on the Salesforce Contact. Real booleans.

HasOptedOutOfEmail
  hs_email_optout "false" → false. Else true, also when it is empty. We do not mail people who never answered.

DoNotCall
  true if the phonenumber ("phone") is empty, if not false. Mobile is not looked at.

Email from the emailfield, unchanged. Whitespace only counts as empty.""",
      extended(HS,
               hs(email="ida.berg@bergsbruk.se", hs_email_optout="  ", phone="  "),
               hs(email="mats.kron@kronlogistik.se", hs_email_optout="false", phone="", mobilephone="070-555 00 01"),
               hs(email="lea.nilsson@nilssons.se", hs_email_optout="true", phone="08-555 100 00")))
def o10(r: R) -> Out:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] != "false", "DoNotCall": blank(r["phone"]),
            "Email": r["email"]}


@case("h143-11-lastname-chain", H, C, """LastName is mandatory on Contact, so it is a chain:
1. lastname
2. if empty: companyname
3. if also empty: the part of the emailfield before the "@", as it is

FirstName: firstname, plain copy. Empty stays empty.
Email: emailfield.
Only spaces = empty.""",
      extended(lower_emails(HS),
               hs(email="lo@kafferep.se", firstname="Lo", lastname="", company=""),
               hs(email="b.strand@strandco.se", firstname="", lastname="  ", company="Strand och Co"),
               hs(email="k.aberg@abergs.se", firstname="", lastname="Åberg", company=""),
               hs(email="info@tornet.se", firstname="Tor", lastname=" ", company="   ")))
def o11(r: R) -> Out:
    return {"LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
            "FirstName": r["firstname"], "Email": r["email"]}


@case("h143-12-source-table-postcode", H, C, """Lead source
hs_analytics_source → LeadSource:
ORGANIC_SEARCH – Web
PAID_SEARCH – Advertisement
PAID_SOCIAL – Advertisement
REFERRALS – External Referral
EMAIL_MARKETING – Email
OFFLINE – Trade Show
(The contacts in this sync have always one of these six.)

Postcode
"zip" → MailingPostalCode, upper case. Empty zip: no MailingPostalCode.

Email
Copy of the emailfield.""",
      [HS[0], HS[1], {**HS[2], "hs_analytics_source": "EMAIL_MARKETING"}, HS[3], HS[4],
       hs(email="harriet.cole@thames.co.uk", hs_analytics_source="OFFLINE", zip="sw1a 2aa"),
       hs(email="rut.sund@sundsvik.se", hs_analytics_source="REFERRALS", zip="  "),
       hs(email="ola.hed@hedbygg.se", hs_analytics_source="PAID_SEARCH", zip="")])
def o12(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email", "OFFLINE": "Trade Show"}
    return keep({"LeadSource": table[r["hs_analytics_source"]],
                 "MailingPostalCode": omit_if_blank(r["zip"], str.upper), "Email": r["email"]})


@case("h143-13-opted-in-only", H, C, """Only contacts with hs_email_optout exactly "false" shall be synced. "true" or empty: skip.

Email – lower case.
Phone – mobilephone; if it is empty, phone. (Spaces only = empty.)
LeadSource – always "Other".""",
      extended(HS,
               hs(email="Mats.Olsson@Vastkust.SE", hs_email_optout="false", mobilephone="  ", phone="031-555 00 11"),
               hs(email="Ines.Lager@Lagerhus.SE", hs_email_optout="true", mobilephone="070-555 22 33"),
               hs(email="PER.ALM@ALMKVIST.SE", hs_email_optout="  ", phone="08-555 777 00"),
               hs(email="Ylva.Hed@Hedemora.SE", hs_email_optout="false", mobilephone="+46 70 555 11 22", phone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Other"}


@case("h143-14-title-city-source", H, C, """Salesforce Contact from HubSpot.

– Title: jobtitle, trimmed (spaces before and after removed)
– MailingCity: city in title case. Each word gets a big first letter, the rest small
– Email: as it is
– LeadSource: from the original source ("hs_analytics_source")
    PAID_SEARCH, PAID_SOCIAL: Advertisement
    REFERRALS: Partner Referral
    EMAIL_MARKETING: Email
    any other value: Web. Empty source: also Web.""",
      extended(HS,
               hs(email="tor.ek@ekgruppen.se", jobtitle="  Säljchef ", city="STOCKHOLM", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="amy.ross@brookline.com", jobtitle="   ", city="new york", hs_analytics_source="  "),
               hs(email="eja.falk@falkmedia.se", jobtitle="Producer", city="Visby", hs_analytics_source="OFFLINE")))
def o14(r: R) -> Out:
    table = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral",
             "EMAIL_MARKETING": "Email"}
    return {"Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]), "Email": r["email"],
            "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h143-15-members-language-default", H, M, """Mailchimp audience, from HubSpot contacts.

email_address: emailfield
FNAME / LNAME: firstname resp. lastname, pure copy (empty is ok)
status: "subscribed" for everybody
language: hs_language. Most contacts do not have this property at all; then "en". Empty: "en" too.""",
      extended(HS,
               hs(email="maja.kvist@kvistab.se", firstname="Maja", lastname="Kvist", hs_language="sv"),
               hs(email="jon.lie@liehus.no", firstname="Jon", lastname="", hs_language=""),
               hs(email="anke.meyer@elbdata.de", firstname="Anke", lastname="Meyer", hs_language="  "),
               hs(email="femke.bos@polder.nl", firstname="Femke", lastname="Bos", hs_language="nl")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h143-16-status-three-ways", H, M, """Status in Mailchimp depends on "hs_email_optout":
– "true": unsubscribed
– "false": subscribed
– empty: pending (they get the double opt-in mail)

Tag: every member gets exactly one tag, "from-hubspot".
email_address = emailfield.""",
      extended(HS,
               hs(email="gun.fors@forsby.se", hs_email_optout="  "),
               hs(email="axel.wik@wikbolaget.se", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"status": status, "tags": ["from-hubspot"], "email_address": r["email"]}


@case("h143-17-size-and-paid-social-tags", H, M, """Tags shall be set by two rules, in this order:

1) numemployees more than 200 → tag "large-company". Empty numemployees: no tag.
2) original source (hs_analytics_source) "PAID_SOCIAL" → tag "paid-social".

Both can apply; if so, both tags. None applies: empty taglist, [].
Besides tags only email_address (= emailfield).""",
      extended(HS,
               hs(email="lina.borg@borgstal.se", numemployees="1200", hs_analytics_source="PAID_SOCIAL"),
               hs(email="rolf.ahl@ahlsell.se", numemployees="   ", hs_analytics_source="PAID_SOCIAL"),
               hs(email="sven.moe@moegard.se", numemployees="199", hs_analytics_source="ORGANIC_SEARCH"),
               hs(email="nora.lind@lindtech.se", numemployees="201", hs_analytics_source="")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 200):
        tags.append("large-company")
    if r["hs_analytics_source"] == "PAID_SOCIAL":
        tags.append("paid-social")
    return {"tags": tags, "email_address": r["email"]}


@case("h143-18-first-word-office-phone-first", H, M, """Mailchimp member.

FNAME – only the first word of firstname ("Anna Karin" → "Anna").
PHONE – phonenumber in E.164. Take "phone"; when that is empty, take "mobilephone". Every contact has one of them.
  E.164 rule: "+" and digits only. No "+" in the beginning → assume US, prefix 1 (if the number is 11 digits and starts with 1, that 1 is already the countrycode; only add "+"). With "+" → keep its countrycode.
email_address – the emailfield, unchanged.""",
      extended(HS,
               hs(email="anna.karin@hemslojd.se", firstname="Anna Karin", phone="  ", mobilephone="1 (646) 555-0101"),
               hs(email="erik.gustav@gustavs.se", firstname=" Erik  Gustav", phone="+46 8 555 123 45",
                  mobilephone="")))
def o18(r: R) -> Out:
    return {"merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))},
            "email_address": r["email"]}


@case("h143-19-industry-required-vip-stage", H, M, """No industry – no member. Contacts where "industry" is empty (or only spaces) shall be skipped.

The others:
– email_address: emailfield
– status: subscribed (constant)
– vip: true if lifecyclestage is "customer" or "evangelist", if not false""",
      extended(HS,
               hs(email="olof.rask@raskab.se", industry="  ", lifecyclestage="customer"),
               hs(email="vera.dal@dalbutik.se", industry="Retail", lifecyclestage="evangelist"),
               hs(email="bengt.ahl@ahlkonsult.se", industry="Consulting", lifecyclestage="opportunity")))
def o19(r: R) -> Out:
    if blank(r["industry"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h143-20-title-case-domain-revenue-vip", H, M, """Merge fields
FNAME, LNAME: firstname resp. lastname with title case (first letter of every word capital, the others small).
COMPANY: companyname. Empty companyname: the domain of the emailfield, i.e. what comes after "@", unchanged.

VIP
vip = true when annualrevenue is over 2,5 million (2 500 000). Else false, and false also when the revenue is empty.

email_address = emailfield.""",
      extended(lower_emails(HS),
               hs(email="sigrid.ohlin@ohlinsmide.se", firstname="SIGRID", lastname="ohlin", company="  ",
                  annualrevenue="2499999.9"),
               hs(email="jan.erik.moll@mollgard.se", firstname="jan erik", lastname="MOLL", company="Möllgården",
                  annualrevenue="  "),
               hs(email="ronja.vall@vallmo.se", firstname="ronja", lastname="vall", company="",
                  annualrevenue="3000000")))
def o20(r: R) -> Out:
    return {"merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2_500_000), "email_address": r["email"]}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h143-21-identify-lastname-comma-firstname", H, S, """Segment identify.

userId: emailfield, lower case.
traits:
– email: emailfield as it is (not lowered)
– firstName, lastName: copy of firstname resp. lastname
– name: lastname + ", " + firstname. Like "Svensson, Lars".
– title: jobtitle, copy. Also an empty one, or one with only spaces, is sent unchanged.""",
      extended(HS,
               hs(email="Ida.Falk@Sundsvall.SE", firstname="Ida", lastname="Falk", jobtitle=""),
               hs(email="MAGNUS.ORN@ORNSKOLD.SE", firstname="Magnus", lastname="Örn", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['lastname']}, {r['firstname']}", "title": r["jobtitle"]}}


@case("h143-22-company-traits-nested", H, S, """Identify, userId = the emailfield without change.

Company info under traits.company:
– name: companyname. Empty: "Private".
– industry: industry. Empty: leave it out.
– employee_count: numemployees as integer. Empty: leave it out.

No other traits.""",
      extended(HS,
               hs(email="hanna.ask@askfoto.se", company="  ", industry="", numemployees="3"),
               hs(email="ove.lund@ikano-lund.se", company="Lunds Möbler", industry="  ", numemployees="  "),
               hs(email="tilda.eng@engdata.se", company="", industry="Software", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Private"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h143-23-address-traits-mobile-first", H, S, """Segment – address and phonenumber.

userId – the emailfield.

traits.address:
  city, postalCode, country – from city, zip resp. country. Copy; empty is sent empty.
  state – from state, but only when it has a value. Empty: no state key.

traits.phone:
  mobilephone first. If not filled, phone. If none of them: no traits.phone.
  Format E.164 – plus, countrycode, digits. US is the default country (countrycode 1). Number starting with "+": its own countrycode stays. 11 digits beginning with 1: it has already the countrycode.""",
      extended(HS,
               hs(email="tage.blom@blomsterhus.se", mobilephone="", phone="  ", state="  ", zip=""),
               hs(email="kim.sjo@sjoliv.com", mobilephone="  ", phone="1 212 555 0100", state="NY", city="",
                  zip="10001", country="United States")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h143-24-identify-unsubscribed-revenue", H, S, """Identify call

userId: the emailfield, trimmed and in lower case.
traits.industry: industry, copy.
traits.unsubscribed: boolean. true if hs_email_optout is "true", false if it is "false". Empty: false.
traits.annual_revenue: annualrevenue as a number (integer when whole, else with decimals). Empty: the trait shall not be there.""",
      extended(HS,
               hs(email="  Maja.Ek@Strommen.COM ", industry="", hs_email_optout="  ", annualrevenue="1500.5"),
               hs(email="LEIF.GRAN@GRANSKOG.SE", industry="Forestry", hs_email_optout="true", annualrevenue="  ")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h143-25-ga4-crm-contact", H, G, """GA4, Measurement Protocol. One event per contact.

client_id = emailfield, copied.
Event name: "crm_contact" (fixed).
Params:
– platform: "hubspot" (fixed)
– source: original source (hs_analytics_source) in lower case. Empty: "none".
– created: the date of createdate, YYYY-MM-DD.""",
      extended(HS,
               hs(email="elsa.hagg@haggvik.se", hs_analytics_source="  ", createdate="2024-02-29T12:30:00.000Z"),
               hs(email="noah.ljung@ljungby.se", hs_analytics_source="AI_REFERRALS",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact",
                        "params": {"platform": "hubspot", "source": "none" if blank(src) else src.lower(),
                                   "created": day(r["createdate"])}}]}


@case("h143-26-ga4-large-accounts", H, G, """Only contacts with more than 50 employees (numemployees > 50) shall give an event. Empty numemployees: no event.

Event:
  client_id – the emailfield's part before "@"
  name – "large_account"
  params.employees – numemployees as a number
  params.segment – "b2b" (constant)""",
      extended(lower_emails(HS),
               hs(email="rune.hed@hedverk.se", numemployees="51"),
               hs(email="lisa.falk@falkhem.se", numemployees="  "),
               hs(email="ebbe.moll@mollan.se", numemployees="49"),
               hs(email="cecilia.ros@rosmark.se", numemployees="3400")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 50):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "large_account", "params": {"employees": num(r["numemployees"]), "segment": "b2b"}}]}


@case("h143-27-ga4-opt-in-or-out", H, G, """Event name depends on the optout.
If hs_email_optout is "true": name "email_opt_out". If not (also "false" and empty): "email_opt_in".

client_id: emailfield.
params.country: country, copy.
params.industry: industry; when empty, "unknown".""",
      extended(HS,
               hs(email="alva.norr@norrland.se", hs_email_optout="  ", country="Sweden", industry="  "),
               hs(email="ivar.sten@stenhus.se", hs_email_optout="true", country="", industry="Construction")))
def o27(r: R) -> Out:
    name = "email_opt_out" if r["hs_email_optout"] == "true" else "email_opt_in"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"country": r["country"], "industry": dflt(r["industry"], "unknown")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h143-28-lead-to-contact-copies", L, H, """Reverse direction: Salesforce Lead into HubSpot contact. Only copies, no transformation.

Email → email
FirstName → firstname
LastName → lastname
Company → company
Title → jobtitle
Phone → phone
Street → address
PostalCode → zip

Empty on the lead (or only spaces): the same value in HubSpot, no trim. The property shall be sent anyway.""",
      extended(SFL,
               sfl(Email="sten.wall@wallbyggen.se", FirstName="Sten", LastName="Wall", Company="Wallbyggen",
                   Title="", Phone="  ", Street="", PostalCode=""),
               sfl(Email="Nina.Ro@Roteknik.SE", FirstName=" Nina", LastName="Ro", Company="Roteknik ",
                   Title="  Buyer", Phone="08-555 300 30", Street="Sveavägen 9", PostalCode="113 57")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "zip": r["PostalCode"]}


@case("h143-29-status-to-stage-optout-text", L, H, """Lead status → lifecycle stage. All leads have one of these four statuses:

Open - Not Contacted   → lead
Working - Contacted    → marketingqualifiedlead
Closed - Converted     → customer
Closed - Not Converted → other

"hs_email_optout" in HubSpot is text: "true" when HasOptedOutOfEmail is checked, "false" when not.
email = Email.""",
      extended(SFL,
               sfl(Email="tess.ahlgren@ahlgrens.se", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="rasmus.bo@bohus.se", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"lifecyclestage": stage[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h143-30-rating-to-lead-status", L, H, """Lead → HubSpot.
– email: Email, small letters
– hs_lead_status: from Rating. Hot = OPEN_DEAL, Warm = IN_PROGRESS, Cold = NEW. (Rating is always set.)
– annualrevenue: AnnualRevenue as number, integer if it has no decimals. Empty: the property shall not be sent, also not 0.""",
      extended(SFL,
               sfl(Email="Klara.Sol@Solkraft.SE", Rating="Warm", AnnualRevenue="750000.5"),
               sfl(Email="BIRGER.HOLM@HOLMENS.SE", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    status = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "NEW"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h143-31-uk-leads-e164", L, H, """UK leads only (Country = "United Kingdom"). All other leads: skip.

phone – Phone in E.164 with +44: remove the leading 0 (trunk zero), put +44 before, digits only. If the number already starts with "+", it keeps its own countrycode.
zip – PostalCode, upper case.
city – City. Empty: "London".
email – Email.""",
      extended(SFL,
               sfl(Email="fiona.bell@tweedmill.co.uk", Country="United Kingdom", Phone="07700 900461",
                   PostalCode="m1 1ae", City="  "),
               sfl(Email="rhys.owen@cardiffsteel.co.uk", Country="United Kingdom", Phone="+44 29 2055 0199",
                   PostalCode="cf10 1ep", City=""),
               sfl(Email="aoife.byrne@liffey.ie", Country="Ireland", Phone="+353 1 555 0100", PostalCode="D02 X285",
                   City="Dublin")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(), "city": dflt(r["City"], "London"),
            "email": r["Email"]}


@case("h143-32-street-city-one-line", L, H, """Leads with HasOptedOutOfEmail = true shall not come to HubSpot.

address: Street and City in one line, "Street, City". If Street is empty: only City, no comma. (City is always filled.)
firstname: FirstName. Empty: "Unknown".
email: Email.""",
      extended(SFL,
               sfl(Email="gert.alm@almhuset.se", FirstName="  ", Street="  ", City="Göteborg",
                   HasOptedOutOfEmail=False),
               sfl(Email="saga.lind@lindbergs.se", FirstName="Saga", Street="Kungsgatan 4", City="Uppsala",
                   HasOptedOutOfEmail=True),
               sfl(Email="moa.ek@ekhagen.se", FirstName="", Street="Drottninggatan 12", City="Örebro",
                   HasOptedOutOfEmail=False)))
def o32(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p)),
            "firstname": dflt(r["FirstName"], "Unknown"), "email": r["Email"]}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h143-33-status-and-tech-tag", C, M, """Salesforce Contact → Mailchimp.

email_address: Email in lower case.
status: HasOptedOutOfEmail true → "unsubscribed". False → "subscribed".
tags: always "salesforce" as first tag. If Department is "Engineering", also "tech" after it.""",
      extended(SFC,
               sfc(Email="Rolf.Berg@Bergteknik.SE", HasOptedOutOfEmail=True, Department="Engineering"),
               sfc(Email="ANN.SJO@SJOSTAD.SE", HasOptedOutOfEmail=False, Department="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["tech"] if r["Department"] == "Engineering" else [])}


@case("h143-34-sms-audience", C, M, """SMS audience.
It is needed that the contact has a phonenumber. Phone empty: the contact is skipped.

merge_fields.PHONE: Phone as E.164: "+", countrycode, digits. Without "+" the number is American: countrycode 1, but an 11-digit number with leading 1 has it already. With "+": keep its countrycode, only digits after the plus.
language: from MailingCountry
  Germany – de
  Austria – de
  Sweden – sv
  United States – en
(No other countries in the data.)
email_address: Email, unchanged.""",
      extended(SFC,
               sfc(Email="annika.wiik@wiikab.se", Phone="+46 8 555 010 00", MailingCountry="Sweden"),
               sfc(Email="dan.cole@cascadia.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="ebba.torn@tornet.se", Phone="", MailingCountry="Sweden"),
               sfc(Email="joe.park@rosecity.com", Phone="1-503-555-0100", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "Sweden": "sv", "United States": "en"}
    return {"merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang[r["MailingCountry"]],
            "email_address": r["Email"]}


@case("h143-35-sales-dept-vip", C, M, """Mailchimp, from Salesforce Contacts.

merge_fields:
– FNAME: FirstName. If empty: "Customer".
– LNAME: LastName, copy.
vip: true only when Department is "Sales". Other department or no department: false.
status: "subscribed", for all.
email_address: Email.""",
      extended(SFC,
               sfc(Email="tuva.lind@lindmark.se", FirstName="  ", LastName="Lind", Department="  "),
               sfc(Email="maj.ost@ostgota.se", FirstName="Maj", LastName="", Department="Sales"),
               sfc(Email="kent.ahl@ahlberg.se", FirstName="", LastName="Ahl", Department="sales")))
def o35(r: R) -> Out:
    return {"merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed", "email_address": r["Email"]}


@case("h143-36-trade-fair-audience", C, M, """Trade fair audience. Only contacts with LeadSource "Trade Show"; other contacts shall not be sent.

email_address, FNAME, LNAME – copy of Email, FirstName resp. LastName.
status – "subscribed"
email_type – "html"
tags – empty list. It shall be sent as [], no tags.""",
      extended(SFC,
               sfc(Email="hedda.viklund@elmia.se", FirstName="Hedda", LastName="", LeadSource="Trade Show"),
               sfc(Email="oscar.roth@webshop.se", FirstName="Oscar", LastName="Roth", LeadSource="Web"),
               sfc(Email="nea.frisk@frisk.se", FirstName="Nea", LastName="Frisk", LeadSource="")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h143-37-identify-title-birthday", C, S, """Identify from Salesforce Contact

userId = Email in lower case
traits.firstName = FirstName
traits.lastName = LastName
traits.title = Title; only if it is filled. Empty: no key.
traits.birthday = Birthdate; the same, only if filled. Value as it is.""",
      extended(SFC,
               sfc(Email="Alf.Strand@Strandab.SE", FirstName="Alf", LastName="Strand", Title="  ",
                   Birthdate="1975-06-06"),
               sfc(Email="sol.berg@bergsol.se", FirstName="Sol", LastName="", Title="CMO", Birthdate="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h143-38-address-city-country", C, S, """traits.address.city – MailingCity, trimmed (leading and trailing spaces away).
traits.address.country – MailingCountry. Empty: "Unknown".
userId – Email, no change.""",
      extended(SFC,
               sfc(Email="inga.lund@lundagard.se", MailingCity="  Lund ", MailingCountry=""),
               sfc(Email="pelle.nyman@kirunagruv.se", MailingCity="Kiruna", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}},
            "userId": r["Email"]}


@case("h143-39-phone-name-channel", C, S, """userId: Email.

traits.phone: Phone in E.164. Rules: keep the digits only and put "+" first. The countrycode is 1 (US) if it is not given. Given means: the number starts with "+", or it is 11 digits with first digit 1.
traits.name: FirstName, one space, LastName.
traits.channel: from LeadSource
  Web, Advertisement → digital
  Trade Show → event
  otherwise → other (also when LeadSource is empty)""",
      extended(SFC,
               sfc(Email="vilma.hed@hedlunds.se", FirstName="Vilma", LastName="Hed", Phone="1 503 555 0199",
                   LeadSource="Advertisement"),
               sfc(Email="arvid.sk@skoglund.se", FirstName="Arvid", LastName="Skoglund", Phone="(971) 555-0142",
                   LeadSource="  "),
               sfc(Email="lova.kron@kronan.se", FirstName="Lova", LastName="Kron", Phone="+46 31 555 44 00",
                   LeadSource="Partner Referral")))
def o39(r: R) -> Out:
    channel = {"Web": "digital", "Advertisement": "digital", "Trade Show": "event"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h143-40-member-to-contact-optout-text", M, H, """Mailchimp member → HubSpot contact.

firstname, lastname: FNAME resp. LNAME in title case (each word: capital first letter, rest small letters). If LNAME is empty, lastname shall not be sent at all, so HubSpot keeps what it has.
company: COMPANY. Empty: "No company".
hs_email_optout: the text "true" if status is "unsubscribed" or "cleaned". Else the text "false".
email: email_address.""",
      extended(MC,
               mc({"FNAME": "ANNA LENA", "LNAME": "  ", "COMPANY": "  "}, email_address="annalena.berg@kiruna.se",
                  status="pending"),
               mc({"FNAME": "olle", "LNAME": "NORDIN", "COMPANY": "Nordin Fisk"}, email_address="olle@nordinfisk.se",
                  status="cleaned")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "No company"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "email": r["email_address"]})


@case("h143-41-skip-unsubscribed-vip-customer", M, H, """Skip members with status "unsubscribed".

For the others:
– email = email_address
– firstname = FNAME, lastname = LNAME, copy
– phone = PHONE in E.164 (+ and digits. No "+" in front means US, countrycode 1, unless it is 11 digits starting with 1; that is already with countrycode. "+" in front means keep the countrycode). Empty PHONE: no phone property.
– lifecyclestage = "customer" if vip is true. If not, "lead".""",
      extended(MC,
               mc({"FNAME": "Greta", "LNAME": "Sand", "PHONE": "(212) 555-0177"}, email_address="greta@sandviks.se",
                  status="unsubscribed", vip=True),
               mc({"FNAME": "hugo", "LNAME": "RYD", "PHONE": "1 (212) 555-0155"}, email_address="hugo.ryd@rydab.se",
                  status="pending", vip=False),
               mc({"FNAME": "Maria", "LNAME": "Ås", "PHONE": "  "}, email_address="maria.as@asgard.se",
                  status="subscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h143-42-webinar-tag-stage", M, H, """– firstname: first word of FNAME ("Karl Johan" gives "Karl")
– company: COMPANY; if empty, the emaildomain (after "@" in email_address, as it is)
– lifecyclestage: "marketingqualifiedlead" if the member has the tag "Webinar" (exact, capital W). If not: "subscriber".
– email: email_address

Direction: Mailchimp member → HubSpot contact.""",
      extended(MC,
               mc({"FNAME": "Karl Johan", "COMPANY": "  "}, email_address="karljohan@skogsbo.se", tags=["webinar"]),
               mc({"FNAME": "Eva", "COMPANY": "Evas Bageri"}, email_address="eva@evasbageri.se",
                  tags=["VIP", "Webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber",
            "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set143")
