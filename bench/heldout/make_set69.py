"""Held-out set 69 for the offline mapping drafter.

Persona: Giulia, a digital-marketing manager in Milan whose first language is Italian. She writes
warm, slightly long sentences in Italian-influenced English ("the contacts that have the e-mail",
"in the case it lacks the company", "we have to put", "in small letters" for lower case, "with the
first letter big" for title case, "eventually" for "if applicable", "the field of the phone",
"if it is void" for blank, "to not send", "in every case" for always, "apart the ones that ..."
for exclusions, "we match them with the e-mail"). She often opens with a short greeting and closes
with "Grazie!" or "Thanks a lot"; she always names the match key and says what happens to voids.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h69-01 .. h69-08)
  hubspot.contacts -> salesforce.Contact   6  (h69-09 .. h69-14)
  hubspot.contacts -> mailchimp.members    6  (h69-15 .. h69-20)
  hubspot.contacts -> segment.identify     4  (h69-21 .. h69-24)
  hubspot.contacts -> ga4.events           3  (h69-25 .. h69-27)
  salesforce.Lead  -> hubspot.contacts     5  (h69-28 .. h69-32)
  salesforce.Contact -> mailchimp.members  4  (h69-33 .. h69-36)
  salesforce.Contact -> segment.identify   3  (h69-37 .. h69-39)
  mailchimp.members -> hubspot.contacts    3  (h69-40 .. h69-42)

Rule kinds per case:
  01 copies (voids copied), constant         22 nested company traits, default, omit, integer
  02 defaults when empty, omit-when-empty    23 nested address, omit, E.164 US w/ fallback
  03 title case, 3-step fallback to omit     24 trim+lower userId, copy, boolean (void omitted), number
  04 lower, value table w/ otherwise (void)  25 GA4: lower client_id, constants, lower param
  05 exclude filter (void stated), constant  26 GA4: > filter (void stated), number, before @
  06 integer/omit, > table w/ boundary+void  27 GA4: conditional event name, default, copy
  07 E.164 US + omit, title case             28 copies (voids copied)
  08 only filter, upper, concat + date       29 value table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields             30 lower, table (no otherwise), number/omit
  10 booleans (void stated)                  31 only filter, E.164 UK, upper, default
  11 fallback to before @, fallback default  32 exclude filter, concat w/ default part, default
  12 table (no otherwise) + omit, upper       33 lower, boolean -> status, constant + cond. tag
  13 only filter, lower, fallback, constant  34 exclude filter, E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise    35 copies, constant, equality vip, tag w/ default
  15 default, copy, constants                36 only filter, constants, empty tag list, copies
  16 3-way status (void stated), tag         37 lower userId, copies, omit-when-empty
  17 conditional tags (=, >, <), empty list  38 nested address, trim, default
  18 first word, E.164 w/ fallback + omit    39 concat, E.164 US, table w/ otherwise (void)
  19 exclude filter, constant, > vip (void)  40 title case, omit, default, "true"/"false" text
  20 after @ tag, title case, condition      41 exclude filter, E.164 + omit, copy, vip condition
  21 lower, concatenation, copy              42 first word, fallback to after @, tag condition
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


def omit_blank(v: Any) -> Any:
    return OMIT if blank(v) else v


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h69-01-lead-copies-web", H, L,
      "Ciao! We have to put the HubSpot contacts in Salesforce as leads. We match them with the e-mail: the email "
      "of HubSpot goes in Email. Then please copy the first name in FirstName, the last name in LastName, the "
      "company in Company and the job title in Title, as they are, without changing nothing. If one of them is "
      "void we send it void, it is not a problem. The LeadSource must be 'Web' in every case. Grazie!",
      HS)
def c01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h69-02-lead-defaults-phone-omit", H, L,
      "Hi, a small sync of the contacts to the Salesforce leads. We match them with the e-mail (HubSpot email → "
      "Email). The company goes in Company, but in the case it lacks the company we have to put 'Unknown'. The job "
      "title goes in Title, and if it is void we put 'Not specified'. For the field of the phone: copy the phone "
      "in Phone as it is, but it is better to not send the phone if it is void, so in that case leave Phone out. "
      "Thanks a lot",
      HS)
def c02(r: R) -> R:
    return keep({"Email": r["email"], "Company": dflt(r["company"], "Unknown"),
                 "Title": dflt(r["jobtitle"], "Not specified"), "Phone": omit_blank(r["phone"])})


@case("h69-03-lead-title-case-phone-chain", H, L,
      "Hello! Leads in Salesforce from the HubSpot contacts, and we match them with the e-mail (email into Email). "
      "The first name and the last name must be with the first letter big and the rest in small letters, in "
      "FirstName and LastName. For Phone we take the phone of the contact, else the mobile phone, and if also the "
      "mobile is void we don't put Phone at all. No format change on the numbers, copy them like they are. Grazie!",
      extended(HS, hs(email="luca.bianchi@ortofresco.it", firstname="LUCA", lastname="bianchi",
                      company="Orto Fresco", phone="", mobilephone="", country="Italy", city="Milano",
                      state="", zip="20121", address="Via Dante 7")))
def c03(r: R) -> R:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": phone})


STATUS_04 = {"lead": "Open - Not Contacted", "marketingqualifiedlead": "Working - Contacted",
             "salesqualifiedlead": "Working - Contacted", "customer": "Closed - Converted"}


@case("h69-04-lead-lower-email-status-table", H, L,
      "Ciao, for the Salesforce leads we match with the e-mail, but the e-mail must be in small letters when we "
      "write it in Email. The Status of the lead comes from the lifecycle stage of HubSpot: lead → 'Open - Not "
      "Contacted', marketingqualifiedlead and salesqualifiedlead → 'Working - Contacted', customer → 'Closed - "
      "Converted'. All the other stages, also if the stage is void, become 'Closed - Not Converted'.",
      extended(HS, hs(email="Sara.Villa@Pasticceria-Duomo.it", firstname="Sara", lastname="Villa",
                      company="Pasticceria Duomo", lifecyclestage="", country="Italy", city="Milano")))
def c04(r: R) -> R:
    return {"Email": r["email"].lower(), "Status": STATUS_04.get(r["lifecyclestage"], "Closed - Not Converted")}


@case("h69-05-lead-skip-optout-rating", H, L,
      "Hi! Please send to the Salesforce leads all the HubSpot contacts apart the ones that have hs_email_optout "
      "= \"true\"; when hs_email_optout is void the contact is not opted out, so we send it. We match them with "
      "the e-mail in Email. Copy the last name in LastName and the company in Company (void stays void), and the "
      "Rating is 'Warm' for everybody.",
      HS)
def c05(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Rating": "Warm"}


@case("h69-06-lead-employees-rating-by-revenue", H, L,
      "Good morning! We match the leads with the e-mail (email → Email). NumberOfEmployees is the numemployees as "
      "an integer, but if numemployees is void don't send NumberOfEmployees. The Rating depends on the annual "
      "revenue: more than 5,000,000 → 'Hot', 5,000,000 or less → 'Warm', and if the revenue is void → 'Cold'. "
      "Grazie mille",
      HS)
def c06(r: R) -> R:
    rv = rev(r)
    rating = "Cold" if rv is None else ("Hot" if rv > 5_000_000 else "Warm")
    emp = OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))
    return keep({"Email": r["email"], "NumberOfEmployees": emp, "Rating": rating})


@case("h69-07-lead-mobile-e164-city-title", H, L,
      "Ciao! Match on the e-mail, the email of HubSpot into Email. The mobile phone goes in MobilePhone in the "
      "international format E.164: the numbers that already start with + keep their prefix, the others are "
      "American numbers, so +1. If the mobile is void, to not send MobilePhone. Then the city in City, with the "
      "first letter of every word big and the rest small. Thanks a lot!",
      HS)
def c07(r: R) -> R:
    mob = OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "1")
    return keep({"Email": r["email"], "MobilePhone": mob, "City": title(r["city"])})


@case("h69-08-lead-qualified-only-description", H, L,
      "Ciao, only the contacts that have the lifecycle stage marketingqualifiedlead or salesqualifiedlead go to "
      "Salesforce as leads; the others we skip them. We match them with the e-mail (email → Email). Country must "
      "be all in capital letters. In the Description we have to put the original source and the date of creation "
      "(only the date, YYYY-MM-DD, from createdate), written like this for example: "
      "'Source: ORGANIC_SEARCH | Created: 2023-03-14'. Grazie!",
      HS)
def c08(r: R) -> R | None:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Country": r["country"].upper(),
            "Description": f"Source: {r['hs_analytics_source']} | Created: {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h69-09-contact-mailing-address", H, C,
      "Hi, this is for the Salesforce contacts. We match them with the e-mail (email to Email). The address of "
      "HubSpot goes all in the Mailing fields: address in MailingStreet, city in MailingCity, state in "
      "MailingState, zip in MailingPostalCode and country in MailingCountry. When the state is void we send it "
      "void, no problem.",
      HS)
def c09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h69-10-contact-optout-donotcall", H, C,
      "Ciao! Match on the e-mail (email → Email). HasOptedOutOfEmail must be true when hs_email_optout is "
      "\"true\" and false in all the other cases, also when it is void. DoNotCall: true if the field of the phone "
      "is void, false if there is a phone (the mobile we don't look at it). Grazie!",
      HS)
def c10(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h69-11-contact-lastname-from-email", H, C,
      "Hi, contacts from HubSpot to Salesforce Contact, we match them with the e-mail (email → Email). FirstName "
      "is the first name as it is. LastName is the last name; in the case it is void, we take the part of the "
      "e-mail before the @. Title is the job title, else 'Contact' when the job title is void. Grazie!",
      lower_emails(extended(HS, hs(email="giorgio.ferri@velanautica.it", firstname="Giorgio", lastname="",
                                   company="Vela Nautica", jobtitle="Buyer", country="Italy", city="Genova"))))
def c11(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": r["lastname"] if not blank(r["lastname"]) else before_at(r["email"]),
            "Title": dflt(r["jobtitle"], "Contact")}


SRC_12 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h69-12-contact-source-table-city-upper", H, C,
      "Ciao, for the Salesforce contacts we match with the e-mail in Email. The LeadSource we make it from the "
      "original source of HubSpot with this table: ORGANIC_SEARCH = Web, PAID_SEARCH = Advertisement, "
      "PAID_SOCIAL = Advertisement, REFERRALS = External Referral. If the original source is void, LeadSource we "
      "don't send it. MailingCity is the city all in capital letters.",
      HS)
def c12(r: R) -> R:
    src = OMIT if blank(r["hs_analytics_source"]) else SRC_12[r["hs_analytics_source"]]
    return keep({"Email": r["email"], "LeadSource": src, "MailingCity": r["city"].upper()})


@case("h69-13-contact-us-mx-only", H, C,
      "Ciao! In Salesforce Contact we want only the contacts of United States and Mexico (the country of HubSpot "
      "is exactly 'United States' or 'Mexico'), the others no. We match them with the e-mail, that must be in "
      "small letters in Email. For Phone we take the phone, and eventually the mobile phone if the phone is void. "
      "The Description is 'Imported from HubSpot' in every case.",
      HS)
def c13(r: R) -> R | None:
    if r["country"] not in ("United States", "Mexico"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]),
            "Description": "Imported from HubSpot"}


SRC_14 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}


@case("h69-14-contact-trim-title-source", H, C,
      "Hello! Salesforce contacts from HubSpot, the match is on the e-mail (email → Email). First name into "
      "FirstName and job title into Title, both without the spaces before and after (a void job title stays "
      "void). The last name in LastName with the first letter big and the others small. LeadSource: "
      "ORGANIC_SEARCH → Web, PAID_SEARCH → Advertisement, REFERRALS → Partner Referral, all the rest → Other "
      "(also if the source is void).",
      extended(HS, hs(email="marco.rossi@cantinarossi.it", firstname="  Marco ", lastname="ROSSI",
                      jobtitle=" Sales Director  ", company="Cantina Rossi", country="Italy", city="Verona")))
def c14(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "Title": r["jobtitle"].strip(),
            "LastName": title(r["lastname"]), "LeadSource": SRC_14.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h69-15-mc-fname-default-constants", H, M,
      "Ciao! The HubSpot contacts go in our Mailchimp audience, we match them with the e-mail (email → "
      "email_address). FNAME is the first name, but if it is void we have to put 'Friend'. LNAME is the last name "
      "as it is (also when void). The status is 'subscribed' and the language 'en' in every case. Grazie!",
      extended(HS, hs(email="info@gelateriaparco.it", firstname="", lastname="", company="Gelateria Parco",
                      country="Italy", city="Milano")))
def c15(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h69-16-mc-status-from-optout", H, M,
      "Hello, for Mailchimp: match with the e-mail in email_address. The status we decide it from "
      "hs_email_optout: \"true\" → unsubscribed, \"false\" → subscribed, and if it is void → pending (so they "
      "confirm with the double opt-in). Every member gets the tag 'HubSpot', in every case. Thanks a lot",
      HS)
def c16(r: R) -> R:
    st = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"email_address": r["email"], "status": st, "tags": ["HubSpot"]}


@case("h69-17-mc-conditional-tags", H, M,
      "Ciao! We match the contacts with Mailchimp with the e-mail (email → email_address). For the tags: "
      "'Customer' if the lifecycle stage is customer, 'Big Account' if the annual revenue is more than 3,000,000, "
      "and 'Small Business' if the numemployees is less than 20 (a void revenue or a void numemployees gives no "
      "tag). The order is first 'Customer', then 'Big Account', then 'Small Business'; when there is none, the "
      "tags are an empty list. Nothing else to send. Grazie!",
      extended(HS, hs(email="elena.marchetti@tessituramarchetti.it", firstname="Elena", lastname="Marchetti",
                      company="Tessitura Marchetti", lifecyclestage="customer", annualrevenue="9000000",
                      numemployees="300", country="Italy", city="Como")))
def c17(r: R) -> R:
    tags = []
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    rv = rev(r)
    if rv is not None and rv > 3_000_000:
        tags.append("Big Account")
    if not blank(r["numemployees"]) and float(r["numemployees"]) < 20:
        tags.append("Small Business")
    return {"email_address": r["email"], "tags": tags}


@case("h69-18-mc-first-word-phone-e164", H, M,
      "Hi! Mailchimp sync, match on the e-mail (email → email_address). In FNAME we want only the first word of "
      "the first name (for 'Anna Maria' only 'Anna'). PHONE in E.164 format: we take the phone, else the mobile "
      "phone if the phone is void; the numbers without the + are from US (+1). If both the phone and the mobile "
      "are void, to not send PHONE. Grazie!",
      extended(HS, hs(email="annamaria.galli@studiogalli.it", firstname="Anna Maria", lastname="Galli",
                      company="Studio Galli", phone="", mobilephone="", country="Italy", city="Bergamo")))
def c18(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]),
                                  "PHONE": OMIT if blank(src) else e164(src, "1")}})


@case("h69-19-mc-skip-optout-vip-employees", H, M,
      "Buongiorno, contacts to Mailchimp, we match them with the e-mail into email_address. Apart the ones that "
      "have hs_email_optout \"true\" (they must not go in Mailchimp), all the contacts are sent, also the ones "
      "with hs_email_optout void. Status 'subscribed' for all. vip is true when the numemployees is more than 100, "
      "and false when it is 100 or less or when it is void. Grazie!",
      extended(HS, hs(email="paolo.greco@grecoimpianti.it", firstname="Paolo", lastname="Greco",
                      company="Greco Impianti", numemployees="", hs_email_optout="false", country="Italy",
                      city="Napoli")))
def c19(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    vip = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    return {"email_address": r["email"], "status": "subscribed", "vip": vip}


@case("h69-20-mc-domain-tag-language", H, M,
      "Ciao, for Mailchimp we match with the e-mail (email → email_address; the e-mails are already in small "
      "letters). FNAME and LNAME from the first name and the last name, with the first letter big and the rest "
      "small. The tags: only one tag, that is the part of the e-mail after the @ (for mario@acme.it the tag is "
      "'acme.it'). language is 'fr' when the country is France, and 'en' for all the others. Thanks a lot",
      lower_emails(HS))
def c20(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "language": "fr" if r["country"] == "France" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h69-21-seg-lower-name-title", H, S,
      "Hello! Segment identify from the HubSpot contacts: the userId is the e-mail in small letters, and that is "
      "what we match on. Also traits.email is the e-mail in small letters. traits.name is the first name and the "
      "last name together with one space between, as they are (no change of the case). traits.title is the job "
      "title, void if it is void. Grazie!",
      HS)
def c21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"].lower(), "name": f"{r['firstname']} {r['lastname']}",
                       "title": r["jobtitle"]}}


@case("h69-22-seg-company-traits", H, S,
      "Ciao, for Segment we identify with userId = the email of HubSpot (we match on that). The company data go "
      "under traits.company: traits.company.name is the company, and in the case it lacks the company we put "
      "'Independent'; traits.company.industry is the industry, but if it is void we don't send it; "
      "traits.company.employee_count is the numemployees as a whole number, not sent if void. Grazie!",
      HS)
def c22(r: R) -> R:
    emp = OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_blank(r["industry"]), "employee_count": emp}}})


@case("h69-23-seg-address-phone", H, S,
      "Hi! Segment identify, userId is the e-mail (email of HubSpot, as it is) and we match on it. Under "
      "traits.address: city from the city, state from the state but only if it is not void (void state → not "
      "sent), postalCode from the zip. traits.phone is the phone in E.164, with +1 for the numbers without "
      "prefix; eventually, if the phone is void, we use the mobile phone in the same format. Thanks a lot",
      HS)
def c23(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_blank(r["state"]), "postalCode": r["zip"]},
                            "phone": e164(ph, "1")}})


@case("h69-24-seg-trim-lower-optout-revenue", H, S,
      "Ciao! For Segment: the userId is the e-mail without the spaces before and after and in small letters, we "
      "match on it. traits.website is the website as it is (void stays void). traits.unsubscribed is a boolean: "
      "true if hs_email_optout is \"true\", false if it is \"false\", and if it is void we don't send "
      "traits.unsubscribed. traits.annual_revenue is the annual revenue as a number, not sent when void.",
      extended(HS, hs(email="  Luca.Neri@Example.it ", firstname="Luca", lastname="Neri", company="Example Srl",
                      website="", annualrevenue="150000.5", hs_email_optout="false", country="Italy",
                      city="Torino")))
def c24(r: R) -> R:
    opt = OMIT if blank(r["hs_email_optout"]) else r["hs_email_optout"] == "true"
    rv = OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "unsubscribed": opt, "annual_revenue": rv}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h69-25-ga4-signup-industry", H, G,
      "Ciao, for GA4 we send one event for every contact. client_id is the e-mail in small letters (this is what "
      "we match on). The event name is 'sign_up' in every case; in the params: method = 'hubspot' (fixed) and "
      "industry = the industry in small letters (if it is void we send it void). Grazie!",
      HS)
def c25(r: R) -> R:
    return {"client_id": r["email"].lower(),
            "events": [{"name": "sign_up", "params": {"method": "hubspot", "industry": r["industry"].lower()}}]}


@case("h69-26-ga4-big-revenue-lead", H, G,
      "Hello! A GA4 event only for the contacts with the annual revenue more than 1,000,000; if the revenue is "
      "void, the contact is not sent. client_id is the part of the e-mail before the @ (we match on client_id). "
      "Event name 'generate_lead', with the params value = the annual revenue as a number and currency = 'EUR'. "
      "Thanks a lot",
      lower_emails(HS))
def c26(r: R) -> R | None:
    rv = rev(r)
    if rv is None or rv <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h69-27-ga4-purchase-or-lead", H, G,
      "Ciao! One GA4 event per contact, client_id = the email of HubSpot as it is (match on client_id). The name "
      "of the event: 'purchase' when the lifecycle stage is customer, 'generate_lead' for all the other stages. In "
      "the params we put source = the original source, or 'DIRECT_TRAFFIC' if it is void, and country = the "
      "country as it is. Grazie!",
      HS)
def c27(r: R) -> R:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"source": dflt(r["hs_analytics_source"], "DIRECT_TRAFFIC"),
                                                  "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h69-28-sfl-hs-copies", L, H,
      "Ciao, now the other direction: the Salesforce leads go in HubSpot contacts and we match them with the "
      "e-mail (Email → email). Copy FirstName in firstname, LastName in lastname, Company in company, Title in "
      "jobtitle, Phone in phone and City in city, all as they are. When a value is void in Salesforce we write it "
      "void also in HubSpot. Grazie!",
      SFL)
def c28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


STAGE_29 = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
            "Closed - Converted": "customer", "Closed - Not Converted": "other"}


@case("h69-29-sfl-hs-stage-optout-text", L, H,
      "Hi! Salesforce leads → HubSpot, match with the e-mail (Email into email). The lifecycle stage comes from "
      "the Status of the lead: 'Open - Not Contacted' → lead, 'Working - Contacted' → marketingqualifiedlead, "
      "'Closed - Converted' → customer, 'Closed - Not Converted' → other. And hs_email_optout must be the text "
      "\"true\" when HasOptedOutOfEmail is checked and the text \"false\" when it is not. Thanks a lot",
      SFL)
def c29(r: R) -> R:
    return {"email": r["Email"], "lifecyclestage": STAGE_29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h69-30-sfl-hs-rating-status-revenue", L, H,
      "Ciao! From Salesforce Lead to HubSpot we match with the e-mail, and the e-mail must be in small letters in "
      "email. hs_lead_status from the Rating: Hot = IN_PROGRESS, Warm = OPEN, Cold = UNQUALIFIED. annualrevenue "
      "is the AnnualRevenue as a number; if it is void we don't send annualrevenue. Grazie!",
      extended(SFL, sfl(Email="Marta.Colombo@Brera-Design.it", FirstName="Marta", LastName="Colombo",
                        Company="Brera Design", Title="Art Director", Phone="+39 02 5555 0147", Street="Via Solferino 3",
                        City="Milano", PostalCode="20121", Country="Italy", Status="Working - Contacted",
                        Rating="Warm", LeadSource="Web", AnnualRevenue="750000.50")))
def c30(r: R) -> R:
    st = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}[r["Rating"]]
    return keep({"email": r["Email"].lower(), "hs_lead_status": st,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h69-31-sfl-hs-uk-japan-only", L, H,
      "Buongiorno! Only the leads of United Kingdom and Japan (Country exactly 'United Kingdom' or 'Japan') go in "
      "HubSpot, the others no. We match with the e-mail (Email → email). The phone in E.164: the numbers that "
      "start with + keep their prefix, the others are English numbers, so +44 without the first 0. The Country "
      "goes in country, in capital letters. jobtitle is the Title, or 'Unknown' when the Title is void. Grazie!",
      SFL)
def c31(r: R) -> R | None:
    if r["Country"] not in ("United Kingdom", "Japan"):
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "country": r["Country"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h69-32-sfl-hs-skip-lost-message", L, H,
      "Ciao, Salesforce leads into HubSpot apart the ones with Status 'Closed - Not Converted', those we don't "
      "import. We match them with the e-mail (Email → email). In message we put the Rating and the LeadSource "
      "separated by ' / ', for example 'Hot / Web'; if the LeadSource is void we write 'unknown' in its place "
      "('Warm / unknown'). jobtitle is the Title, with 'n/a' when it is void. Thanks a lot",
      SFL)
def c32(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "message": f"{r['Rating']} / {dflt(r['LeadSource'], 'unknown')}",
            "jobtitle": dflt(r["Title"], "n/a")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h69-33-sfc-mc-status-tags", C, M,
      "Ciao! Salesforce contacts in Mailchimp, we match them with the e-mail, that must be in small letters in "
      "email_address. status: 'unsubscribed' if HasOptedOutOfEmail is true, 'subscribed' if it is false. Tags: "
      "'Salesforce' in every case, and if the LeadSource is 'Trade Show' also a second tag 'Trade Show' after it. "
      "Grazie!",
      SFC)
def c33(r: R) -> R:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h69-34-sfc-mc-skip-optout-phone-language", C, M,
      "Hi, for Mailchimp from Salesforce Contact: we match with the e-mail, Email into email_address as it is. "
      "Apart the contacts that have HasOptedOutOfEmail true, those we don't send. merge_fields.PHONE is the Phone "
      "in E.164 (the numbers without + are US numbers, +1). language from the MailingCountry: Germany = 'de', "
      "Austria = 'de', United States = 'en'. Grazie!",
      SFC)
def c34(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "1")}, "language": lang}


@case("h69-35-sfc-mc-pending-vip-sales", C, M,
      "Ciao! Salesforce contacts → Mailchimp, match on the e-mail (Email → email_address, no change). FNAME and "
      "LNAME are FirstName and LastName as they are. The status is 'pending' for everybody. vip is true only when "
      "the Department is exactly 'Sales', false in every other case (also void). And one tag with the name of the "
      "Department, or the tag 'General' if the Department is void. Thanks a lot",
      SFC)
def c35(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "vip": r["Department"] == "Sales", "tags": [dflt(r["Department"], "General")]}


@case("h69-36-sfc-mc-dach-no-tags", C, M,
      "Ciao, in Mailchimp we want only the Salesforce contacts with MailingCountry 'Germany' or 'Austria', the "
      "others no. We match them with the e-mail (Email → email_address). FNAME = FirstName, LNAME = LastName, as "
      "they are. status 'subscribed', language 'de', and no tags: the tags must be an empty list. Grazie!",
      SFC)
def c36(r: R) -> R | None:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h69-37-sfc-seg-lower-omit", C, S,
      "Hello! Segment identify from the Salesforce contacts. userId is the Email in small letters, we match on "
      "the userId. traits.firstName and traits.lastName are FirstName and LastName as they are. traits.title is "
      "the Title and traits.birthday is the Birthdate, but both only if they are not void: if void, we don't send "
      "them. Grazie!",
      SFC)
def c37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": omit_blank(r["Title"]),
                            "birthday": omit_blank(r["Birthdate"])}})


@case("h69-38-sfc-seg-address-trim-default", C, S,
      "Ciao! For Segment the userId is the Email as it is (we match on it). Under traits.address we put city = "
      "the MailingCity without the spaces before and after, and country = the MailingCountry, or 'Italy' if the "
      "MailingCountry is void. Thanks a lot",
      extended(SFC, sfc(Email="giulia.conti@lanificiobiella.it", FirstName="Giulia", LastName="Conti",
                        Title="Buyer", Department="Purchasing", Phone="+39 015 555 0123", MailingCity="  Milano ",
                        MailingCountry="", LeadSource="Web", Birthdate="1988-02-14")))
def c38(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Italy")}}}


SRC_39 = {"Web": "website", "Trade Show": "event"}


@case("h69-39-sfc-seg-name-phone-source", C, S,
      "Hi, Salesforce contacts to Segment identify: userId = Email (as it is), we match on that. traits.name is "
      "FirstName + ' ' + LastName. traits.phone is the Phone in E.164, the ones without + are American (+1). "
      "traits.source from the LeadSource: Web → 'website', Trade Show → 'event', all the other values and also "
      "void → 'other'. Grazie!",
      SFC)
def c39(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"], "1"),
                       "source": SRC_39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h69-40-mc-hs-names-company-optout", M, H,
      "Ciao! Mailchimp members in HubSpot, we match with the e-mail (email_address → email). firstname and "
      "lastname from FNAME and LNAME with the first letter big and the rest small; if LNAME is void we don't send "
      "lastname. company is the COMPANY merge field, and in the case it is void we put 'Unknown'. hs_email_optout "
      "must be the text \"true\" when the status is unsubscribed and the text \"false\" for all the other "
      "statuses. Grazie!",
      MC)
def c40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h69-41-mc-hs-skip-cleaned-phone-vip", M, H,
      "Hello, from Mailchimp to HubSpot contacts, apart the members with status 'cleaned' (those we don't "
      "import). We match them with the e-mail (email_address → email). phone is the PHONE merge field in E.164 "
      "(+1 for the numbers without +), and if PHONE is void to not send phone. company = COMPANY as it is. "
      "lifecyclestage is 'customer' when vip is true and 'subscriber' when vip is false. Thanks a lot",
      MC)
def c41(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h69-42-mc-hs-first-word-domain-company", M, H,
      "Ciao! Mailchimp → HubSpot, match on the e-mail (email_address into email, as it is). firstname is only the "
      "first word of FNAME. company is the COMPANY merge field, but if it is void we take the part of the e-mail "
      "after the @. lifecyclestage: 'customer' for the members that have the tag 'Customer', 'lead' for all the "
      "others (also the ones with no tags). Grazie!",
      extended(MC, mc(email_address="mariagrazia.fontana@latterialodi.it", status="subscribed",
                      merge_fields={"FNAME": "Maria Grazia", "LNAME": "Fontana", "PHONE": "", "COMPANY": ""},
                      tags=["Customer", "Webinar"], language="it", vip=False)))
def c42(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set69")
