"""Held-out set 59 for the offline mapping drafter.

Persona: a marketing-operations specialist in Osaka whose first language is Japanese. She writes
polite, careful English with Japanese habits: topic-first sentences ("About the phone number:
please make it E.164 format. Japan is the default."), "please do the mapping as below", "in case
of empty, ...", "it is not necessary to send ...", "regarding tags, ...", numbered points "(1)",
"(2)", "※" notes and apologetic hedges ("Sorry for the long request"). Many of her contacts are
Japanese (+81 / 0X-XXXX-XXXX numbers, Osaka, Kyoto, Kobe ...), beside the shared pools.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h59-01 .. h59-08)
  hubspot.contacts -> salesforce.Contact   6  (h59-09 .. h59-14)
  hubspot.contacts -> mailchimp.members    6  (h59-15 .. h59-20)
  hubspot.contacts -> segment.identify     4  (h59-21 .. h59-24)
  hubspot.contacts -> ga4.events           3  (h59-25 .. h59-27)
  salesforce.Lead  -> hubspot.contacts     5  (h59-28 .. h59-32)
  salesforce.Contact -> mailchimp.members  4  (h59-33 .. h59-36)
  salesforce.Contact -> segment.identify   3  (h59-37 .. h59-39)
  mailchimp.members -> hubspot.contacts    3  (h59-40 .. h59-42)

Rule kinds per case:
  01 copies (odd casing kept), two constants     22 nested address, default 'Japan', date
  02 defaults when empty (whitespace too), copy  23 concat (family name first), E.164 JP, copies
  03 E.164 JP default, fallback, omit            24 only filter (2 stages), fallback to 'https://'+after @, default
  04 table w/ otherwise (blank stated), upper    25 GA4: constant client_id, lower user_id, number default 0
  05 number/omit, > condition (blank stated)     26 GA4 filter > (blank stated), before @, lower, number
  06 only filter (blank stated), title case      27 GA4 conditional event name (equals), default, copy
  07 exclude filter, copies, concat + date       28 copies (empty Title), table (no otherwise)
  08 3-step fallback chain w/ after @, integer   29 E.164 JP + omit, default, copy
  09 copies into Mailing*, default               30 exclude filter, table w/ otherwise, "true"/"false" text
  10 boolean from "true" (blank stated), consts  31 number/omit, upper w/ default, copy
  11 trim + lower, first word, copies            32 lower, first word, default, constant
  12 table (no otherwise), exclude blank filter  33 lower, boolean->status, single tag or []
  13 E.164 JP/omit, is-empty condition boolean   34 only filter, E.164 JP, constants
  14 exclude filter (no city), concat, copy      35 title case, upper, constant tag list
  15 merge fields copies, equals->status, const  36 exclude filter, 3-step fallback, table->tag w/ otherwise
  16 conditional tags (two equals), lower, const 37 lower userId, copy, default, nested address
  17 E.164 JP w/ fallback + omit, constant       38 concat, omit-when-empty, copies
  18 exclude filter, > condition -> vip         39 E.164 US default, table w/ otherwise
  19 first word w/ fallback to before @, title,  40 title case, E.164 JP + omit, default
     explicit empty tag list                     41 only filter, boolean -> stage, copy
  20 table w/ otherwise (blank stated), copies   42 exclude filter, status -> "true"/"false", fallback before @
  21 nested company traits, lower, default, integer/omit
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, Out, S, build, collector, dflt, lower_emails
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]

# ------------------------------------------------------------------ the set's own Japanese records

JH: list[R] = [
    {"email": "yuki.nakamura@umeda-design.jp", "firstname": "Yuki", "lastname": "Nakamura", "company": "Umeda Design Works",
     "phone": "06-6345-1201", "mobilephone": "090-1234-5678", "jobtitle": "Marketing Manager", "hs_analytics_source": "SOCIAL_MEDIA",
     "lifecyclestage": "marketingqualifiedlead", "country": "Japan", "city": "Osaka", "state": "Osaka", "zip": "530-0001",
     "address": "3-1 Umeda, Kita-ku", "annualrevenue": "350000000", "numemployees": "85", "industry": "Design",
     "website": "https://umeda-design.jp", "createdate": "2024-02-15T12:30:00.000Z", "hs_email_optout": "false"},
    {"email": "haruka.ito@kamogawa-tea.co.jp", "firstname": "Haruka", "lastname": "Ito", "company": "Kamogawa Tea",
     "phone": "075-555-0134", "mobilephone": "080-5555-0177", "jobtitle": "Owner", "hs_analytics_source": "OFFLINE",
     "lifecyclestage": "customer", "country": "Japan", "city": "Kyoto", "state": "Kyoto", "zip": "604-8001",
     "address": "55 Sanjo-dori", "annualrevenue": "48000000", "numemployees": "9", "industry": "Food & Beverage",
     "website": "", "createdate": "2022-09-01T12:00:00.000Z", "hs_email_optout": "true"},
    {"email": "takeshi.yamada@kobe-marine.jp", "firstname": "Takeshi", "lastname": "Yamada", "company": "Kobe Marine Supply",
     "phone": "", "mobilephone": "070-5555-0123", "jobtitle": "Purchasing Manager", "hs_analytics_source": "REFERRALS",
     "lifecyclestage": "salesqualifiedlead", "country": "Japan", "city": "Kobe", "state": "Hyogo", "zip": "650-0042",
     "address": "1-2 Hatoba-cho, Chuo-ku", "annualrevenue": "1200000000", "numemployees": "310", "industry": "Shipping",
     "website": "https://kobe-marine.jp", "createdate": "2023-05-20T13:15:00.000Z", "hs_email_optout": "false"},
    {"email": "sayaka.kobayashi@nagoya-parts.jp", "firstname": "Sayaka", "lastname": "Kobayashi", "company": "",
     "phone": "052-555-0188", "mobilephone": "", "jobtitle": "", "hs_analytics_source": "ORGANIC_SEARCH",
     "lifecyclestage": "lead", "country": "", "city": "Nagoya", "state": "Aichi", "zip": "460-0008",
     "address": "", "annualrevenue": "", "numemployees": "", "industry": "",
     "website": "", "createdate": "2024-04-03T11:20:00.000Z", "hs_email_optout": ""},
    {"email": "ryo.matsumoto@hakata-ramen.jp", "firstname": "Ryo", "lastname": "Matsumoto", "company": "Hakata Ramen Lab",
     "phone": "+81 92 555 0145", "mobilephone": "", "jobtitle": "CEO", "hs_analytics_source": "PAID_SEARCH",
     "lifecyclestage": "opportunity", "country": "Japan", "city": "Fukuoka", "state": "Fukuoka", "zip": "812-0011",
     "address": "2-1 Hakata Ekimae", "annualrevenue": "95000000", "numemployees": "42", "industry": "Restaurants",
     "website": "hakata-ramen.jp", "createdate": "2023-10-10T14:00:00.000Z", "hs_email_optout": "false"},
    {"email": "mei.suzuki@sapporo-snow.jp", "firstname": "Mei", "lastname": "Suzuki", "company": "Sapporo Snow Gear",
     "phone": "011-555-0190", "mobilephone": "090-5555-0111", "jobtitle": "PR Specialist", "hs_analytics_source": "EMAIL_MARKETING",
     "lifecyclestage": "subscriber", "country": "Japan", "city": "Sapporo", "state": "Hokkaido", "zip": "060-0001",
     "address": "4-1 Kita 1-jo Nishi", "annualrevenue": "62000000", "numemployees": "27", "industry": "Retail",
     "website": "https://sapporo-snow.jp", "createdate": "2024-06-21T10:40:00.000Z", "hs_email_optout": "false"},
]

JL: list[R] = [
    {"Email": "kazuki.mori@tenma-electric.jp", "FirstName": "Kazuki", "LastName": "Mori", "Company": "Tenma Electric",
     "Title": "Engineer", "Phone": "06-6358-0199", "Street": "4-2 Tenma, Kita-ku", "City": "Osaka", "PostalCode": "530-0043",
     "Country": "Japan", "Status": "Open - Not Contacted", "Rating": "Warm", "LeadSource": "Seminar - Internal",
     "HasOptedOutOfEmail": False, "AnnualRevenue": "220000000"},
    {"Email": "aya.shimizu@nara-crafts.jp", "FirstName": "Aya", "LastName": "Shimizu", "Company": "Nara Crafts",
     "Title": "", "Phone": "090-5555-0142", "Street": "", "City": "Nara", "PostalCode": "630-8213",
     "Country": "", "Status": "Working - Contacted", "Rating": "Cold", "LeadSource": "Web",
     "HasOptedOutOfEmail": True, "AnnualRevenue": "15000000.5"},
]

JC: list[R] = [
    {"Email": "emi.kato@kyoto-silk.jp", "FirstName": "Emi", "LastName": "Kato", "Title": "Buyer", "Department": "Purchasing",
     "Phone": "075-555-0161", "MailingCity": "Kyoto", "MailingCountry": "Japan", "LeadSource": "Seminar - Partner",
     "HasOptedOutOfEmail": False, "Birthdate": "1988-03-15"},
    {"Email": "kenta.ogawa@osaka-steel.jp", "FirstName": "Kenta", "LastName": "Ogawa", "Title": "Sales Manager",
     "Department": "Sales", "Phone": "+81 6 6201 0345", "MailingCity": "Osaka", "MailingCountry": "Japan", "LeadSource": "",
     "HasOptedOutOfEmail": True, "Birthdate": ""},
]

JM: list[R] = [
    {"email_address": "naoko.fujita@shinsaibashi-books.jp", "status": "subscribed",
     "merge_fields": {"FNAME": "naoko", "LNAME": "FUJITA", "PHONE": "06-6211-0456", "COMPANY": "Shinsaibashi Books"},
     "tags": ["Seminar"], "language": "ja", "vip": True},
    {"email_address": "shota.hayashi@kobe-coffee.jp", "status": "pending",
     "merge_fields": {"FNAME": "", "LNAME": "Hayashi", "PHONE": "080-5555-0166", "COMPANY": ""},
     "tags": [], "language": "ja", "vip": False},
]


def v(rec: R, **kw: Any) -> R:
    """A copy of ``rec`` with some fields changed."""
    return {**rec, **kw}


def mf(rec: R, **kw: Any) -> R:
    """A Mailchimp member with some merge fields changed."""
    return {**rec, "merge_fields": {**rec["merge_fields"], **kw}}


def jp(v_: str) -> str:
    return e164(v_, "81")


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h59-01-seminar-leads-fixed-source", H, L,
      "Hello, please make Salesforce Leads from our HubSpot contacts. Matching is by the email address "
      "(email -> Email).\n"
      "(1) First name, last name and company: please copy them as they are, no change of spelling or case.\n"
      "(2) Regarding LeadSource, it is fixed value 'Seminar - Internal' for all of them, because this list "
      "is from our Osaka seminar.\n"
      "(3) Status is also fixed: 'Open - Not Contacted'.",
      [JH[0], HS[1], JH[3], HS[2], v(JH[5], firstname="mei", lastname="SUZUKI")])
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Seminar - Internal", "Status": "Open - Not Contacted"}


@case("h59-02-lead-defaults-company-title", H, L,
      "About the lead mapping, please do as below. The key is the email.\n"
      "(1) company -> Company. ※ In case of empty, please put 'Unknown' (Salesforce does not accept an empty "
      "Company).\n"
      "(2) job title -> Title. When the job title is blank, please set 'Not provided'.\n"
      "(3) last name -> LastName, as it is.\n"
      "Industry and the other fields, it is not necessary to send.",
      [HS[0], HS[1], HS[2], JH[3], v(JH[4], company="   ")])
def _02(r: R) -> R:
    return {"Email": r["email"], "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not provided"),
            "LastName": r["lastname"]}


@case("h59-03-lead-phone-e164-japan", H, L,
      "About the phone number: please make it E.164 format. Japan is the default, so when a number has no '+' "
      "at the start, please treat it as a Japanese number (remove the first 0 and put +81). A number with '+' "
      "already has its country code, please keep it.\n"
      "(1) Phone comes from the phone field. In case phone is empty, please use the mobile phone instead.\n"
      "(2) If both are empty, please do not set Phone at all.\n"
      "(3) Email -> Email as it is (this is the key).",
      [JH[0], JH[2], HS[4], HS[1], v(JH[3], phone="  ", mobilephone=""), JH[4]])
def _03(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(src) else jp(src)})


@case("h59-04-lead-rating-by-stage-state-upper", H, L,
      "Please map the HubSpot contacts to Lead, with the email as the key.\n"
      "(1) Rating: please decide it from the lifecycle stage as below.\n"
      "  - salesqualifiedlead -> Hot\n"
      "  - marketingqualifiedlead -> Warm\n"
      "  - any other stage (also when the stage is empty) -> Cold\n"
      "(2) State: please change it to upper case (all capital letters).\n"
      "(3) City: just copy.",
      [HS[0], HS[3], v(JH[0], state="Osaka"), JH[2], HS[2], v(JH[1], lifecyclestage="", state="kyoto")])
def _04(r: R) -> R:
    rating = {"salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}.get(r["lifecyclestage"], "Cold")
    return {"Email": r["email"], "Rating": rating, "State": r["state"].upper(), "City": r["city"]}


@case("h59-05-lead-revenue-number-hot", H, L,
      "Sorry for the long request. For the Lead, please do the mapping as below. Email is the key.\n"
      "(1) AnnualRevenue: from annual revenue, as a number (not text). In case of empty, please leave "
      "AnnualRevenue out.\n"
      "(2) Rating: when the annual revenue is greater than 100,000,000 (we use yen), it is 'Hot'. Otherwise "
      "it is 'Cold'.\n"
      "※ If the annual revenue is empty, Rating is also 'Cold'.\n"
      "(3) Company: copy from company.",
      [JH[0], JH[1], JH[2], JH[3], HS[2], JH[4]])
def _05(r: R) -> R:
    rv = r["annualrevenue"]
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(rv) else num(rv),
                 "Rating": "Hot" if not blank(rv) and float(rv) > 100_000_000 else "Cold", "Company": r["company"]})


@case("h59-06-lead-japan-only-title-case", H, L,
      "Please send only the contacts whose country is 'Japan'. The others, and contacts with empty country, "
      "are not necessary.\n"
      "For them:\n"
      "(1) email -> Email as it is (this is the key).\n"
      "(2) FirstName, LastName: title case please, like 'Takeshi' or 'Yamada'. Some of our staff typed the "
      "names in all capital or all small letters.\n"
      "(3) City: also title case.",
      [v(JH[2], firstname="TAKESHI", lastname="yamada", city="kobe"), HS[1], HS[0], JH[3],
       v(JH[1], firstname="haruka", lastname="ITO", city="KYOTO"), v(JH[5], city="sapporo")])
def _06(r: R) -> Out:
    if r["country"] != "Japan":
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"])}


@case("h59-07-lead-skip-customers-description", H, L,
      "(1) Please skip the contacts whose lifecycle stage is 'customer'. They are already in Salesforce.\n"
      "(2) email -> Email and website -> Website, as it is. Email is used for matching.\n"
      "(3) Description: please make the text 'HubSpot / ' + lifecycle stage + ' / created ' + the create date "
      "in YYYY-MM-DD. For example: 'HubSpot / lead / created 2024-04-03'.",
      [HS[0], HS[1], HS[2], JH[1], JH[4], JH[3]])
def _07(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "Website": r["website"],
            "Description": f"HubSpot / {r['lifecyclestage']} / created {day(r['createdate'])}"}


@case("h59-08-lead-company-chain-employees", H, L,
      "Regarding Company: Salesforce needs a value, so please use this order.\n"
      "  company -> website -> the domain part of the email (after '@')\n"
      "※ Use the next one only in case the previous one is empty.\n"
      "NumberOfEmployees: the number of employees as a whole number (integer). If it is empty, please do not "
      "send this field.\n"
      "And of course Email from email, as it is. It is the key.",
      lower_emails([HS[0], HS[2], JH[3], v(JH[2], company=""), HS[1]]))
def _08(r: R) -> R:
    company = r["company"] if not blank(r["company"]) else (r["website"] if not blank(r["website"]) else after_at(r["email"]))
    return keep({"Email": r["email"], "Company": company,
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h59-09-contact-mailing-address", H, C,
      "This one is for Salesforce Contact (not Lead). Please match by the email.\n"
      "About the address: address -> MailingStreet, city -> MailingCity, state -> MailingState, "
      "zip -> MailingPostalCode. Please copy them as they are.\n"
      "MailingCountry: from country. In case of empty, please put 'Japan', because most of our contacts are "
      "in Japan.",
      [JH[0], JH[3], HS[0], HS[4], v(JH[2], country="  ")])
def _09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": dflt(r["country"], "Japan")}


@case("h59-10-contact-optout-flags", H, C,
      "Please do the mapping to Salesforce Contact as below.\n"
      "(1) email, first name, last name: copy to Email, FirstName, LastName. Email is the key.\n"
      "(2) HasOptedOutOfEmail: please set true when hs_email_optout is \"true\". When it is \"false\" or empty, "
      "set false.\n"
      "(3) Department: always 'Marketing'.\n"
      "(4) DoNotCall: false for everybody.",
      [HS[0], HS[1], HS[2], JH[1], JH[3]])
def _10(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "Department": "Marketing", "DoNotCall": False}


@case("h59-11-contact-clean-event-list", H, C,
      "The data from our exhibition booth is a bit dirty, sorry. Please clean it as below when you send to "
      "Contact.\n"
      "(1) Email: please remove the spaces before and after, and make it lower case. It is the key for "
      "matching.\n"
      "(2) FirstName: only the first word of the first name. (Some visitors wrote their full name in the "
      "first name box.)\n"
      "(3) LastName and Title (from job title): copy as is.",
      [v(JH[0], email=" Yuki.Nakamura@Umeda-Design.jp ", firstname="Yuki Nakamura"),
       v(HS[1], email="KENJI.TANAKA@sakura-robotics.jp  "),
       v(JH[1], firstname="  Haruka"), HS[0], v(JH[3], firstname="Sayaka Kobayashi")])
def _11(r: R) -> R:
    return {"Email": r["email"].strip().lower(), "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Title": r["jobtitle"]}


@case("h59-12-contact-source-table-skip-empty", H, C,
      "Regarding LeadSource, please convert the HubSpot original source like this:\n"
      "  ORGANIC_SEARCH = Web\n"
      "  PAID_SEARCH = Advertisement\n"
      "  PAID_SOCIAL = Advertisement\n"
      "  REFERRALS = Partner Referral\n"
      "  OFFLINE = Trade Show\n"
      "※ Contacts with empty original source, please skip them (do not send).\n"
      "Other fields: Email (the key, from email) and Title from the job title.",
      [HS[0], HS[1], HS[2], HS[3], HS[4], JH[1]])
def _12(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "Title": r["jobtitle"], "LeadSource": table[r["hs_analytics_source"]]}


@case("h59-13-contact-mobile-donotcall", H, C,
      "Our sales team calls customers only on the mobile phone. So please map like this:\n"
      "(1) MobilePhone: the mobile phone in E.164. Japan is the default country (no '+' at the start means "
      "a Japanese number). In case the mobile phone is empty, please leave MobilePhone out.\n"
      "(2) DoNotCall: true if the mobile phone is empty, false if there is a mobile phone.\n"
      "(3) Email: email as it is. It is the key.",
      [JH[0], JH[1], HS[1], HS[4], JH[4], v(JH[5], mobilephone="   ")])
def _13(r: R) -> R:
    m = r["mobilephone"]
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(m) else jp(m), "DoNotCall": blank(m)})


@case("h59-14-contact-skip-no-city-description", H, C,
      "(1) Please skip the contacts with no city.\n"
      "(2) Description: city and country, joined with a comma and a space, like 'Osaka, Japan'.\n"
      "(3) MailingCity: copy the city.\n"
      "(4) Email is the key, please copy it from email as it is.",
      [HS[0], HS[1], v(JH[3], city=""), JH[0], HS[2], v(HS[3], city="  ")])
def _14(r: R) -> Out:
    if blank(r["city"]):
        return None
    return {"Email": r["email"], "Description": f"{r['city']}, {r['country']}", "MailingCity": r["city"]}


# -------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h59-15-mc-status-by-optout-language", H, M,
      "Please add the HubSpot contacts to our Mailchimp audience. email -> email_address (this is the key).\n"
      "(1) Merge fields FNAME = first name, LNAME = last name, as it is.\n"
      "(2) status: if hs_email_optout is \"true\", 'unsubscribed'. If not (including empty), 'subscribed'.\n"
      "(3) language: 'ja' for everyone.",
      [JH[0], JH[1], HS[1], HS[4], HS[2]])
def _15(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "language": "ja"}


@case("h59-16-mc-tags-country-customer", H, M,
      "email_address: the email in lower case (key). status: 'subscribed'.\n"
      "Regarding tags, please make them as below, in this order:\n"
      "(1) 'hubspot' for all members.\n"
      "(2) If the country is 'Japan', add 'japan'.\n"
      "(3) If the lifecycle stage is 'customer', add 'customer' at the end.",
      [HS[0], HS[1], JH[1], HS[2], JH[3], v(JH[2], email="Takeshi.Yamada@Kobe-Marine.jp")])
def _16(r: R) -> R:
    tags = ["hubspot"]
    if r["country"] == "Japan":
        tags.append("japan")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"].lower(), "status": "subscribed", "tags": tags}


@case("h59-17-mc-phone-e164-pending", H, M,
      "About the PHONE merge field for Mailchimp: please make it E.164, Japan is the default country. Please use "
      "phone first; in case of empty, use the mobile phone. When both are empty, it is not necessary to send "
      "PHONE.\n"
      "status is 'pending' for all (we use double opt-in).\n"
      "email_address = email (key).",
      [JH[0], JH[2], HS[1], v(JH[5], phone="", mobilephone=""), JH[4], JH[3]])
def _17(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"], "merge_fields": {"PHONE": OMIT if blank(src) else jp(src)},
                 "status": "pending"})


@case("h59-18-mc-skip-optout-vip-size", H, M,
      "(1) The contacts who unsubscribed from email (hs_email_optout is \"true\"), please skip them. When "
      "hs_email_optout is empty it is not unsubscribed, so please send.\n"
      "(2) email_address from email (key). status: 'subscribed'.\n"
      "(3) vip: true if the number of employees is more than 100, otherwise false.\n"
      "※ If the number of employees is empty, vip is false.",
      [HS[0], HS[1], HS[2], JH[2], JH[3], JH[1]])
def _18(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    n = r["numemployees"]
    return {"email_address": r["email"], "status": "subscribed", "vip": not blank(n) and float(n) > 100}


@case("h59-19-mc-fname-first-word-fallback", H, M,
      "About the names for Mailchimp, please do as below.\n"
      "(1) FNAME: the first word of the first name. In case the first name is empty, please use the part of "
      "the email before '@'.\n"
      "(2) LNAME: the last name in title case.\n"
      "(3) tags: please send an empty list. We will add the tags by hand later.\n"
      "email_address = email, it is the key.",
      lower_emails([v(JH[0], firstname="Yuki Nakamura", lastname="NAKAMURA"), v(JH[3], firstname=""),
                    v(JH[4], firstname="   ", lastname="matsumoto"), v(JH[5], lastname=""), HS[1]]))
def _19(r: R) -> R:
    fn = first_word(r["firstname"]) if not blank(r["firstname"]) else before_at(r["email"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": fn, "LNAME": title(r["lastname"])}, "tags": []}


@case("h59-20-mc-language-by-country", H, M,
      "Please decide the Mailchimp language by the country.\n"
      "  Japan -> ja\n"
      "  France -> fr\n"
      "  Mexico -> es\n"
      "  other countries, or empty country -> en\n"
      "Also email_address (key): email as it is, FNAME: first name, and status 'subscribed'.",
      [JH[0], HS[4], HS[2], HS[0], JH[3]])
def _20(r: R) -> R:
    lang = {"Japan": "ja", "France": "fr", "Mexico": "es"}.get(r["country"], "en")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed",
            "language": lang}


# --------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h59-21-seg-company-traits", H, S,
      "Segment identify, please. userId = the email in lower case.\n"
      "Please put the company information under traits.company:\n"
      "  name <- company\n"
      "  industry <- industry. In case of empty, 'Other'.\n"
      "  employee_count <- number of employees as an integer. ※ If it is empty, please omit employee_count.",
      [HS[0], HS[1], HS[2], JH[2], JH[3]])
def _21(r: R) -> R:
    n = r["numemployees"]
    return keep({"userId": r["email"].lower(), "traits": {"company": {
        "name": r["company"], "industry": dflt(r["industry"], "Other"),
        "employee_count": OMIT if blank(n) else int(float(n))}}})


@case("h59-22-seg-address-created-date", H, S,
      "userId: the email as it is.\n"
      "traits.address: street <- address, city <- city, postalCode <- zip, country <- country. In case the "
      "country is empty, please put 'Japan'.\n"
      "traits.createdAt: the create date, only the date part (YYYY-MM-DD).",
      [JH[0], JH[3], HS[1], HS[4], JH[5]])
def _22(r: R) -> R:
    return {"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                    "country": dflt(r["country"], "Japan")},
        "createdAt": day(r["createdate"])}}


@case("h59-23-seg-name-family-first-phone", H, S,
      "For Segment, please make traits.name in the Japanese order: last name + ' ' + first name (for example "
      "'Nakamura Yuki').\n"
      "traits.phone: the phone number in E.164, Japan as the default. ※ All these contacts have a phone.\n"
      "traits.email: the email as it is. userId: the same email.",
      [JH[0], JH[1], HS[1], JH[4], JH[5]])
def _23(r: R) -> R:
    return {"userId": r["email"], "traits": {"name": f"{r['lastname']} {r['firstname']}", "phone": jp(r["phone"]),
                                             "email": r["email"]}}


@case("h59-24-seg-mql-sql-website-title", H, S,
      "Only the marketingqualifiedlead and salesqualifiedlead contacts, please. Other stages we do not send.\n"
      "userId: the email.\n"
      "traits.website: the website; in case of empty, 'https://' + the domain of the email (the part after "
      "'@').\n"
      "traits.title: the job title; when it is empty, 'Staff'.",
      lower_emails([HS[0], HS[3], JH[2], JH[0], v(JH[3], lifecyclestage="marketingqualifiedlead"), HS[1]]))
def _24(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"userId": r["email"], "traits": {
        "website": r["website"] if not blank(r["website"]) else "https://" + after_at(r["email"]),
        "title": dflt(r["jobtitle"], "Staff")}}


# -------------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h59-25-ga4-generate-lead-jpy", H, G,
      "GA4 Measurement Protocol, please. client_id is fixed: 'hubspot-crm'. user_id = the email in lower case.\n"
      "One event 'generate_lead', with these params:\n"
      "(1) currency: 'JPY'\n"
      "(2) value: the annual revenue as a number. In case of empty, 0.",
      [JH[0], JH[3], HS[2], JH[1], HS[0]])
def _25(r: R) -> R:
    rv = r["annualrevenue"]
    return {"client_id": "hubspot-crm", "user_id": r["email"].lower(), "events": [
        {"name": "generate_lead", "params": {"currency": "JPY", "value": 0 if blank(rv) else num(rv)}}]}


@case("h59-26-ga4-big-revenue-only", H, G,
      "Please send only the contacts whose annual revenue is more than 50,000,000. ※ When the annual revenue "
      "is empty, do not send.\n"
      "client_id: the part of the email before '@'.\n"
      "Event name: 'qualified_lead'. params.lead_source: the original source in small letters. params.value: "
      "the annual revenue as a number.",
      lower_emails([JH[0], JH[1], JH[2], JH[3], JH[4], HS[3]]))
def _26(r: R) -> Out:
    rv = r["annualrevenue"]
    if blank(rv) or float(rv) <= 50_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [
        {"name": "qualified_lead", "params": {"lead_source": r["hs_analytics_source"].lower(), "value": num(rv)}}]}


@case("h59-27-ga4-purchase-or-signup", H, G,
      "The event name depends on the lifecycle stage: when it is 'customer', the event is 'purchase'; for all "
      "other stages, 'sign_up'.\n"
      "client_id = the email, as it is.\n"
      "params.method: the original source. In case of empty please put 'unknown'.\n"
      "params.city: the city.",
      [JH[1], HS[1], HS[2], JH[0], JH[3]])
def _27(r: R) -> R:
    return {"client_id": r["email"], "events": [
        {"name": "purchase" if r["lifecyclestage"] == "customer" else "sign_up",
         "params": {"method": dflt(r["hs_analytics_source"], "unknown"), "city": r["city"]}}]}


# --------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h59-28-sfl-hs-copy-lead-status", L, H,
      "This is from Salesforce Lead to HubSpot contact. The key is Email -> email.\n"
      "(1) FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle. As it is, "
      "please.\n"
      "(2) hs_lead_status is converted from Status:\n"
      "   'Open - Not Contacted' -> NEW\n"
      "   'Working - Contacted' -> ATTEMPTED_TO_CONTACT\n"
      "   'Closed - Converted' -> CONNECTED\n"
      "   'Closed - Not Converted' -> UNQUALIFIED",
      [SFL[0], SFL[1], SFL[2], SFL[3], JL[0]])
def _28(r: R) -> R:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "hs_lead_status": table[r["Status"]]}


@case("h59-29-sfl-hs-phone-country-japan", L, H,
      "Please do the mapping Lead -> HubSpot as below. Email -> email is the key.\n"
      "(1) Phone -> phone, in E.164 format. Japan is the default; numbers with '+' keep their own country "
      "code. ※ If Phone is empty, please do not send phone.\n"
      "(2) Country -> country. In case of empty, 'Japan'.\n"
      "(3) City -> city, as it is.",
      [SFL[1], SFL[2], JL[0], JL[1], v(JL[0], Email="miho.okada@dotonbori-foods.jp", Phone="+1 312 555 0199",
                                         City="Chicago", Country="United States")])
def _29(r: R) -> R:
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else jp(r["Phone"]),
                 "country": dflt(r["Country"], "Japan"), "city": r["City"]})


@case("h59-30-sfl-hs-skip-lost-stage-optout", L, H,
      "※ Leads with Status 'Closed - Not Converted' are not necessary. Please skip them.\n"
      "For the other leads:\n"
      "(1) email <- Email (key).\n"
      "(2) lifecyclestage by Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, other (Cold "
      "or empty) -> lead.\n"
      "(3) hs_email_optout: the text \"true\" if HasOptedOutOfEmail is checked, the text \"false\" if not.",
      [SFL[0], SFL[1], SFL[2], SFL[3], JL[1], v(JL[0], Rating="", Email="yusuke.abe@tenma-electric.jp")])
def _30(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return {"email": r["Email"], "lifecyclestage": stage,
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h59-31-sfl-hs-revenue-country-upper", L, H,
      "(1) annualrevenue: AnnualRevenue as a number. When it is empty, please leave annualrevenue out.\n"
      "(2) country: Country in upper case. ※ In case of empty, 'UNKNOWN'.\n"
      "(3) email <- Email. This is the key for HubSpot.",
      [SFL[0], SFL[1], SFL[2], SFL[3], JL[0], JL[1]])
def _31(r: R) -> R:
    rv = r["AnnualRevenue"]
    return keep({"annualrevenue": OMIT if blank(rv) else num(rv),
                 "country": "UNKNOWN" if blank(r["Country"]) else r["Country"].upper(), "email": r["Email"]})


@case("h59-32-sfl-hs-firstname-jobtitle", L, H,
      "Regarding the leads from the web form, please map them to HubSpot like this:\n"
      "(1) email: Email in lower case (key).\n"
      "(2) firstname: only the first word of FirstName.\n"
      "(3) jobtitle: Title. In case of empty, 'Staff'.\n"
      "(4) hs_lead_status: 'NEW' for all.",
      [v(SFL[0], Email="Grace.Okafor@SunriseSolar.com"), SFL[1], SFL[2], v(JL[0], FirstName="Kazuki Mori", Title=" "),
       v(JL[1], Email="AYA.SHIMIZU@nara-crafts.jp")])
def _32(r: R) -> R:
    return {"email": r["Email"].lower(), "firstname": first_word(r["FirstName"]), "jobtitle": dflt(r["Title"], "Staff"),
            "hs_lead_status": "NEW"}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h59-33-sfc-mc-status-leadsource-tag", C, M,
      "Salesforce Contact -> Mailchimp member.\n"
      "(1) email_address: Email in small letters. This is the key.\n"
      "(2) status: HasOptedOutOfEmail true -> 'unsubscribed', false -> 'subscribed'.\n"
      "(3) tags: only one tag, the LeadSource. In case LeadSource is empty, please make tags an empty list.",
      [SFC[0], SFC[1], SFC[2], JC[0], v(JC[1], Email="Kenta.Ogawa@Osaka-Steel.jp", HasOptedOutOfEmail=False)])
def _33(r: R) -> R:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": [] if blank(r["LeadSource"]) else [r["LeadSource"]]}


@case("h59-34-sfc-mc-japan-only-phone", C, M,
      "Please send only the contacts whose MailingCountry is 'Japan'.\n"
      "(1) email_address <- Email (key).\n"
      "(2) PHONE merge field: Phone in E.164. The default country is Japan.\n"
      "(3) language: 'ja', and status: 'subscribed'.",
      [SFC[0], JC[0], SFC[1], JC[1], SFC[2],
       v(JC[0], Email="rina.takahashi@kyoto-silk.jp", FirstName="Rina", LastName="Takahashi", Phone="090-5555-0188")])
def _34(r: R) -> Out:
    if r["MailingCountry"] != "Japan":
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": jp(r["Phone"])}, "language": "ja",
            "status": "subscribed"}


@case("h59-35-sfc-mc-name-case-fixed-tags", C, M,
      "(1) email_address = Email, as it is (key).\n"
      "(2) FNAME: FirstName in title case. LNAME: LastName in capital letters (in Japanese business style we "
      "write the family name in capitals).\n"
      "(3) tags: 'salesforce' and 'osaka-seminar', in this order, for everyone.",
      [SFC[0], SFC[1], v(JC[0], FirstName="emi", LastName="kato"), v(JC[1], FirstName="KENTA"), SFC[2]])
def _35(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": r["LastName"].upper()},
            "tags": ["salesforce", "osaka-seminar"]}


@case("h59-36-sfc-mc-skip-optout-department-tag", C, M,
      "Sorry for the long request.\n"
      "(1) Contacts with HasOptedOutOfEmail = true, please skip.\n"
      "(2) email_address <- Email (key). status: 'subscribed'.\n"
      "(3) FNAME: FirstName. In case of empty, LastName. In case both are empty, 'Customer'.\n"
      "(4) tags: one tag from Department: Sales -> 'sales-team', Marketing -> 'marketing-team', Engineering "
      "-> 'tech'. Other department or empty -> 'general'.",
      [SFC[0], SFC[1], SFC[2], v(JC[0], FirstName=""), v(JC[1], FirstName="", LastName=" ", Department="",
                                                              HasOptedOutOfEmail=False),
       v(JC[0], Email="daiki.nishimura@umeda-design.jp", FirstName="Daiki", LastName="Nishimura",
         Department="Marketing")])
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    fn = r["FirstName"] if not blank(r["FirstName"]) else (r["LastName"] if not blank(r["LastName"]) else "Customer")
    tag = {"Sales": "sales-team", "Marketing": "marketing-team", "Engineering": "tech"}.get(r["Department"], "general")
    return {"email_address": r["Email"], "status": "subscribed", "merge_fields": {"FNAME": fn}, "tags": [tag]}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify

@case("h59-37-sfc-seg-title-city-country", C, S,
      "Segment identify from Salesforce Contact.\n"
      "userId: Email in lower case.\n"
      "traits.email: Email as it is. traits.title: Title; if it is empty, 'Not set'.\n"
      "traits.address.city <- MailingCity, traits.address.country <- MailingCountry.",
      [SFC[0], SFC[1], SFC[2], JC[0], v(JC[1], Email="Kenta.Ogawa@Osaka-Steel.jp", Title="")])
def _37(r: R) -> R:
    return {"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "title": dflt(r["Title"], "Not set"),
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}}


@case("h59-38-sfc-seg-name-birthday", C, S,
      "(1) userId: Email as it is.\n"
      "(2) traits.name: FirstName + ' ' + LastName (for this one, the western order is OK).\n"
      "(3) traits.birthday: Birthdate as it is. ※ In case Birthdate is empty, please omit traits.birthday.\n"
      "(4) traits.firstName: FirstName.",
      [SFC[0], SFC[1], SFC[2], JC[0], v(JC[1], Birthdate="  ")])
def _38(r: R) -> R:
    return keep({"userId": r["Email"], "traits": {
        "name": f"{r['FirstName']} {r['LastName']}", "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
        "firstName": r["FirstName"]}})


@case("h59-39-sfc-seg-phone-us-source-desc", C, S,
      "This list is from our Portland office, so about the phone: traits.phone is Phone in E.164 and the "
      "default country is US this time. Numbers starting with '+' keep their own country code.\n"
      "traits.description: from LeadSource. Web -> 'Website inquiry', Trade Show -> 'Event', other or empty -> "
      "'Other channel'.\n"
      "userId <- Email, as it is.",
      [SFC[0], SFC[1], SFC[2],
       v(SFC[1], Email="olivia.hart@rosecityprint.com", FirstName="Olivia", LastName="Hart", Phone="1-971-555-0102",
         LeadSource="Partner Referral"),
       JC[1]])
def _39(r: R) -> R:
    desc = {"Web": "Website inquiry", "Trade Show": "Event"}.get(r["LeadSource"], "Other channel")
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"], "1"), "description": desc}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h59-40-mc-hs-names-phone-company", M, H,
      "Mailchimp member -> HubSpot contact. email <- email_address (key).\n"
      "(1) firstname, lastname: from FNAME, LNAME in title case.\n"
      "(2) phone: PHONE in E.164, Japan is the default. ※ In case PHONE is empty, please do not send phone.\n"
      "(3) company: COMPANY. If it is empty, 'Unknown'.",
      [mf(MC[0], PHONE="+1 646 555 0134"), MC[1], MC[2], JM[0], MC[3]])
def _40(r: R) -> R:
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]), "lastname": title(m["LNAME"]),
                 "phone": OMIT if blank(m["PHONE"]) else jp(m["PHONE"]), "company": dflt(m["COMPANY"], "Unknown")})


@case("h59-41-mc-hs-subscribed-vip-stage", M, H,
      "Only the subscribed members, please. (unsubscribed, cleaned and pending members are not necessary.)\n"
      "(1) email <- email_address (key).\n"
      "(2) lifecyclestage: a VIP member -> 'customer', a member who is not VIP -> 'subscriber'.\n"
      "(3) hs_language <- language, as it is.",
      [MC[0], MC[1], MC[2], MC[3], JM[0], JM[1]])
def _41(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    return {"email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber",
            "hs_language": r["language"]}


@case("h59-42-mc-hs-skip-cleaned-optout-text", M, H,
      "(1) Please skip the 'cleaned' members (their address bounced).\n"
      "(2) email: email_address, it is the key.\n"
      "(3) hs_email_optout: the string \"true\" when the status is 'unsubscribed', otherwise the string "
      "\"false\".\n"
      "(4) firstname: FNAME. In case FNAME is empty, the part of email_address before '@'.",
      [MC[0], MC[1], MC[2], MC[3], JM[1], mf(JM[0], FNAME="Naoko") | {"status": "pending"}])
def _42(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    fn = r["merge_fields"]["FNAME"]
    return {"email": r["email_address"], "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
            "firstname": fn if not blank(fn) else before_at(r["email_address"])}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set59")
