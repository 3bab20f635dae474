"""Held-out set 49 for the offline mapping drafter.

Persona: a growth marketer in Singapore who pastes requests straight from a Slack thread to the
integrations engineer. Short chat lines separated by newlines or " / ", lowercase starts, field
names sometimes in backticks (`company`, `LeadSource`), "->" and "=>" arrows mixed with words,
"fyi", "np", "thx", "lmk". In about a third of the cases they correct themselves mid-thread
("wait no, make that 'Partner'", "actually scratch the phone one, use mobile instead", "oh and
ignore what I said about title ...") - the oracle follows the corrected version. Singapore
numbers (+65) appear in the phone rules; the pools are extended with Singapore records.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h49-01 .. h49-08)
  hubspot.contacts -> salesforce.Contact   6  (h49-09 .. h49-14)
  hubspot.contacts -> mailchimp.members    6  (h49-15 .. h49-20)
  hubspot.contacts -> segment.identify     4  (h49-21 .. h49-24)
  hubspot.contacts -> ga4.events           3  (h49-25 .. h49-27)
  salesforce.Lead  -> hubspot.contacts     5  (h49-28 .. h49-32)
  salesforce.Contact -> mailchimp.members  4  (h49-33 .. h49-36)
  salesforce.Contact -> segment.identify   3  (h49-37 .. h49-39)
  mailchimp.members -> hubspot.contacts    3  (h49-40 .. h49-42)

Rule kinds per case (* = the text corrects itself):
  01 copies, constant*                        22 nested company traits, omit, default, integer
  02 SG-only filter, E.164 SG w/ fallback,    23 nested address traits, title case, omit, copy
     default                                  24 number w/ default 0, boolean, fallback after @
  03 value table w/ otherwise*, lower         25 GA4 constants, part after @, copies
  04 only filter, upper, concat + date        26 GA4 > filter (blank stated), number, lower+default
  05 exclude filter (blank stated), default,  27 GA4 conditional event name*, upper, copy
     number/omit, dropped rule*               28 copies, dropped rule*
  06 3-way > condition (blank stated), default 29 table (no otherwise), "true"/"false" text
  07 first word, title case, E.164 US/omit    30 SG-only filter, E.164 SG/omit, constant, copy
  08 boolean (blank stated), fallback chain   31 table w/ otherwise, number/omit, lower
     to part after @                          32 exclude filter, trim, default*, copy
  09 Mailing* copies, omit, dropped rule*     33 lower, boolean->status, tag from field/[]*
  10 SG-only filter, two E.164 SG w/ omit     34 exclude filter, copies, E.164 withdrawn*
  11 table (no otherwise) + blank default*    35 constant, vip from equality, table w/ otherwise
  12 title case, boolean 3-way                36 exclude filter, constants, tag list, default
  13 skip-blank filter, omit, constant        37 lower userId, copy, omit-when-empty x2
  14 boolean, phone rule replaced by mobile*  38 concat, nested address, E.164 US
  15 copies, optout->status, constant tag     39 table (no otherwise)+blank, boolean, dropped*
  16 first word, E.164 US w/ fallback, const  40 title case, "true"/"false" from status, omit
  17 conditional tags (> w/ blank, equality)* 41 only filter, E.164 US/omit, copies
  18 exclude filter, vip condition, dropped*  42 fallback to part before @, vip->stage*
  19 fallback before @, nested ADDRESS copies
  20 3-way status (blank stated), tag/[]
  21 userId (lowercase withdrawn*), concat
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


# Singapore records added to the shared pools
WEI = hs(email="weiling.tan@merlionpay.sg", firstname="Wei Ling", lastname="Tan", company="Merlion Pay",
         phone="+65 6555 0123", mobilephone="+65 9123 4567", jobtitle="Growth Lead", hs_analytics_source="PAID_SOCIAL",
         lifecyclestage="lead", country="Singapore", city="Singapore", state="", zip="018956", address="8 Marina View",
         annualrevenue="3200000", numemployees="60", industry="Fintech", website="https://merlionpay.sg",
         createdate="2024-02-19T12:20:00.000Z", hs_email_optout="false")
ARJUN = hs(email="arjun.nair@kopilabs.sg", firstname="Arjun", lastname="Nair", company="Kopi Labs",
           phone="6555 0188", mobilephone="", jobtitle="Founder", hs_analytics_source="DIRECT_TRAFFIC",
           lifecyclestage="opportunity", country="Singapore", city="Singapore", state="", zip="049315",
           address="1 Raffles Pl", annualrevenue="950000", numemployees="8", industry="Software", website="kopilabs.sg",
           createdate="2023-09-30T12:10:00.000Z", hs_email_optout="")
NUR = hs(email="nur.aisyah@pandanbake.sg", firstname="Nur Aisyah", lastname="Ahmad", company="",
         phone="", mobilephone="8765 4321", jobtitle="Marketing Exec", hs_analytics_source="SOCIAL_MEDIA",
         lifecyclestage="subscriber", country="Singapore", city="singapore", state="", zip="238859",
         address="2 Orchard Turn", annualrevenue="", numemployees="", industry="Food", website="",
         createdate="2024-03-04T12:00:00.000Z", hs_email_optout="true")
HSG = extended(HS, WEI, ARJUN, NUR)
HS_PLUS = extended(HS, WEI)  # every number either US-style or with its own +country code

SITI = sfl(Email="siti.rahman@lioncitymedia.sg", FirstName="Siti", LastName="Rahman", Company="Lion City Media",
           Title="Content Director", Phone="8123 4567", Street="10 Anson Rd", City="Singapore", PostalCode="079903",
           Country="Singapore", Status="Working - Contacted", Rating="Warm", LeadSource="Advertisement",
           HasOptedOutOfEmail=False, AnnualRevenue="1800000")
RAJ = sfl(Email="raj.menon@tanjongfreight.sg", FirstName="Raj", LastName="Menon", Company="Tanjong Freight",
          Title="", Phone="+65 6555 0142", Street="", City="Singapore", PostalCode="", Country="Singapore",
          Status="Open - Not Contacted", Rating="Hot", LeadSource="Partner", HasOptedOutOfEmail=True,
          AnnualRevenue="22000000")
SFLG = extended(SFL, SITI, RAJ)

DANIEL = sfc(Email="Daniel.Lim@StraitsWare.sg", FirstName="Daniel", LastName="Lim", Title="Head of Growth",
             Department="Marketing", Phone="+65 6555 0177", MailingCity="Singapore", MailingCountry="Singapore",
             LeadSource="Partner", HasOptedOutOfEmail=False, Birthdate="1988-08-09")
JOANNE = sfc(Email="joanne.koh@bayfront.sg", FirstName="Joanne", LastName="Koh", Title="", Department="",
             Phone="9222 3344", MailingCity="Singapore", MailingCountry="Singapore", LeadSource="Web",
             HasOptedOutOfEmail=True, Birthdate="")
SFCG = extended(SFC, DANIEL, JOANNE)

MEI = {"email_address": "mei.chen@orchidtea.sg", "status": "pending",
       "merge_fields": {"FNAME": "Mei", "LNAME": "Chen", "PHONE": "+65 9876 5432", "COMPANY": "Orchid Tea House"},
       "tags": ["Event"], "language": "en", "vip": False}
MCG = extended(MC, MEI)


def optout(v: str) -> bool:
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h49-01-lead-copies-partner-source", H, L,
      "hey can we get hubspot contacts flowing into SF as Leads?\n"
      "`email` -> Email (that's the match key)\n"
      "firstname -> FirstName, lastname -> LastName\n"
      "`company` -> Company, straight copy\n"
      "LeadSource = 'Web' for all of them\n"
      "wait no, make that 'Partner' not Web\n"
      "thx!", HSG)
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Partner"}


@case("h49-02-lead-sg-only-phone-e164", H, L,
      "only want the SG ones for this -> `country` = Singapore, skip everyone else\n"
      "email -> Email / lastname -> LastName\n"
      "Phone = `phone` in E.164, default country SG (+65) when there's no + in front. if phone is empty use "
      "`mobilephone` instead, same formatting. if both are empty just leave Phone off\n"
      "Company <- company, put 'Unknown' when it's blank\n"
      "lmk if that's doable", HSG)
def _02(r: R) -> R | None:
    if r["country"] != "Singapore":
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Phone": OMIT if blank(ph) else e164(ph, "65"), "Company": dflt(r["company"], "Unknown")})


SRC_03 = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner",
          "ORGANIC_SEARCH": "Web"}


@case("h49-03-lead-source-table-fix", H, L,
      "LeadSource mapping from the hubspot original source (`hs_analytics_source`):\n"
      "PAID_SEARCH / PAID_SOCIAL => Advertisement\n"
      "REFERRALS => External Referral\n"
      "ORGANIC_SEARCH => Web\n"
      "anything else incl. blank => Other\n"
      "also email lowercased -> Email, and company -> Company\n"
      "oh and ignore what I said about REFERRALS, those go to 'Partner'", HSG)
def _03(r: R) -> R:
    return {"LeadSource": SRC_03.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower(),
            "Company": r["company"]}


@case("h49-04-lead-sql-opp-only-description", H, L,
      "fyi sales only wants the hot ones in SF: only sync where lifecyclestage is salesqualifiedlead or opportunity\n"
      "Email <- email\n"
      "LastName <- lastname\n"
      "Country -> country in ALL CAPS\n"
      "Description => 'HS created ' + createdate as YYYY-MM-DD (so like 'HS created 2024-01-31')\n"
      "np if the rest get dropped", HSG)
def _04(r: R) -> R | None:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "opportunity"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Country": r["country"].upper(),
            "Description": "HS created " + day(r["createdate"])}


@case("h49-05-lead-skip-optout-revenue", H, L,
      "skip anyone who's opted out (`hs_email_optout` = 'true'). blank optout = not opted out, keep those\n"
      "email -> Email\n"
      "company -> Company, 'n/a' if empty\n"
      "annualrevenue -> AnnualRevenue as a number, leave it off if empty\n"
      "numemployees -> NumberOfEmployees as a whole number, same thing if empty\n"
      "actually scratch the employees one, not needed", HSG)
def _05(r: R) -> R | None:
    if optout(r["hs_email_optout"]):
        return None
    return keep({"Email": r["email"], "Company": dflt(r["company"], "n/a"),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h49-06-lead-rating-by-revenue", H, L,
      "`Rating` based on annual revenue: over 5M (5,000,000) => 'Hot', anything under that => 'Warm', "
      "no revenue at all => 'Cold'\n"
      "Email <- email\n"
      "Title <- jobtitle, if blank put 'Unknown'\n"
      "Company <- company", HSG)
def _06(r: R) -> R:
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else "Warm")
    return {"Rating": rating, "Email": r["email"], "Title": dflt(r["jobtitle"], "Unknown"), "Company": r["company"]}


@case("h49-07-lead-first-word-mobile-e164", H, L,
      "FirstName = first word of firstname only (some ppl put 2 given names)\n"
      "LastName <- lastname\n"
      "City -> Title Case pls, some are all lowercase\n"
      "MobilePhone => mobilephone as E.164, +1 if there's no country code. empty mobile -> don't send MobilePhone\n"
      "and Email from `email` obviously", HS_PLUS)
def _07(r: R) -> R:
    return keep({"FirstName": first_word(r["firstname"]), "LastName": r["lastname"], "City": title(r["city"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]), "Email": r["email"]})


@case("h49-08-lead-optout-company-chain", H, L,
      "`HasOptedOutOfEmail` => true when hs_email_optout is 'true', false otherwise (blank = false too)\n"
      "Company: company -> if empty use website -> if that's empty too, the part after the @ in the email\n"
      "Email <- email\n"
      "LastName <- lastname fyi it's required on Lead", lower_emails(HSG))
def _08(r: R) -> R:
    co = r["company"] if not blank(r["company"]) else dflt(r["website"], after_at(r["email"]))
    return {"HasOptedOutOfEmail": optout(r["hs_email_optout"]), "Company": co, "Email": r["email"],
            "LastName": r["lastname"]}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h49-09-contact-mailing-no-zip", H, C,
      "contacts -> SF Contact, matched on email (`email` -> Email)\n"
      "address bits go into the Mailing* fields:\n"
      "address -> MailingStreet / city -> MailingCity / state -> MailingState (leave it off if no state) / "
      "zip -> MailingPostalCode / country -> MailingCountry\n"
      "actually scratch zip, sales doesn't use postal codes", HSG)
def _09(r: R) -> R:
    return keep({"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
                 "MailingState": OMIT if blank(r["state"]) else r["state"], "MailingCountry": r["country"]})


@case("h49-10-contact-sg-phones", H, C,
      "only Singapore contacts for this one (country == 'Singapore')\n"
      "email -> Email, firstname -> FirstName, lastname -> LastName\n"
      "Phone <- phone, E.164 w/ +65 as the default. no phone -> no Phone field\n"
      "MobilePhone <- mobilephone, E.164 +65 default too, same rule if it's empty", HSG)
def _10(r: R) -> R | None:
    if r["country"] != "Singapore":
        return None
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"], "65"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "65")})


SRC_11 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "SOCIAL_MEDIA": "Word of mouth", "REFERRALS": "External Referral", "DIRECT_TRAFFIC": "Word of mouth"}


@case("h49-11-contact-leadsource-table-fix", H, C,
      "LeadSource from `hs_analytics_source` (the original source):\n"
      "ORGANIC_SEARCH -> Web\n"
      "PAID_SEARCH, PAID_SOCIAL -> Advertisement\n"
      "SOCIAL_MEDIA -> Word of mouth\n"
      "REFERRALS -> External Referral\n"
      "DIRECT_TRAFFIC -> Web\n"
      "blank -> Other\n"
      "wait no, DIRECT_TRAFFIC should be 'Word of mouth' too, not Web\n"
      "+ Email <- email, LastName <- lastname", HSG)
def _11(r: R) -> R:
    src = r["hs_analytics_source"]
    return {"LeadSource": "Other" if blank(src) else SRC_11[src], "Email": r["email"], "LastName": r["lastname"]}


@case("h49-12-contact-title-case-names-optout", H, C,
      "names are a mess in HS, pls title-case firstname -> FirstName and lastname -> LastName\n"
      "`email` -> Email\n"
      "HasOptedOutOfEmail: hs_email_optout 'true' => true, 'false' => false, blank => false", HSG)
def _12(r: R) -> R:
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Email": r["email"],
            "HasOptedOutOfEmail": optout(r["hs_email_optout"])}


@case("h49-13-contact-skip-no-company", H, C,
      "skip contacts with no company (blank `company` = don't sync)\n"
      "email => Email\n"
      "lastname => LastName\n"
      "jobtitle => Title, leave it off if blank\n"
      "Department = 'Growth' for everyone fyi", HSG)
def _13(r: R) -> R | None:
    if blank(r["company"]):
        return None
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"], "Department": "Growth"})


@case("h49-14-contact-optout-mobile-instead", H, C,
      "HasOptedOutOfEmail <- hs_email_optout ('true' -> true, 'false' or empty -> false)\n"
      "Phone <- phone, fall back to mobilephone when empty, both empty -> leave it off. no reformatting, as-is\n"
      "actually scratch the phone one, use mobile instead: MobilePhone <- mobilephone, and leave it off when "
      "there's no mobile\n"
      "Email <- email thx", HSG)
def _14(r: R) -> R:
    return keep({"HasOptedOutOfEmail": optout(r["hs_email_optout"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"], "Email": r["email"]})


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h49-15-mc-status-from-optout", H, M,
      "HS -> mailchimp audience\n"
      "email -> email_address\n"
      "firstname -> FNAME, lastname -> LNAME (merge fields)\n"
      "status: 'unsubscribed' if hs_email_optout is 'true', else 'subscribed' (blank counts as subscribed)\n"
      "tag everyone 'hubspot-sync'", HSG)
def _15(r: R) -> R:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if optout(r["hs_email_optout"]) else "subscribed", "tags": ["hubspot-sync"]}


@case("h49-16-mc-first-word-phone-pending", H, M,
      "email -> email_address / FNAME => first word of firstname / "
      "PHONE (merge field) => mobilephone, if empty then phone. E.164 with +1 default. neither => no PHONE / "
      "status = 'pending' for all, we want double opt-in", HS_PLUS)
def _16(r: R) -> R:
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(ph) else e164(ph)},
                 "status": "pending"})


@case("h49-17-mc-conditional-tags-fix", H, M,
      "email -> email_address\n"
      "merge_fields.COMPANY <- company\n"
      "tags: always 'hubspot' first, then 'enterprise' if numemployees > 100 (blank = no tag), "
      "then 'sg' if country is Singapore\n"
      "wait no, make the enterprise cutoff 50 not 100", HSG)
def _17(r: R) -> R:
    tags = ["hubspot"]
    if not blank(r["numemployees"]) and float(r["numemployees"]) > 50:
        tags.append("enterprise")
    if r["country"] == "Singapore":
        tags.append("sg")
    return {"email_address": r["email"], "merge_fields": {"COMPANY": r["company"]}, "tags": tags}


@case("h49-18-mc-skip-subscribers-vip", H, M,
      "skip contacts where lifecyclestage = subscriber\n"
      "email -> email_address\n"
      "vip => true if lifecyclestage is customer or opportunity, else false\n"
      "language = 'en' for everyone\n"
      "oh and ignore what I said about language, leave it as is (don't send it)", HSG)
def _18(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "vip": r["lifecyclestage"] in ("customer", "opportunity")}


MANDY = hs(email="mandy.ong@tiongbahruflorist.sg", firstname="", lastname="", company="Tiong Bahru Florist",
           phone="", mobilephone="9001 2233", jobtitle="", hs_analytics_source="OFFLINE", lifecyclestage="lead",
           country="Singapore", city="Singapore", state="", zip="168898", address="55 Tiong Bahru Rd",
           annualrevenue="", numemployees="5", industry="Retail", website="", createdate="2024-04-11T12:00:00.000Z",
           hs_email_optout="false")


@case("h49-19-mc-fname-fallback-address", H, M,
      "FNAME <- firstname, if empty use the bit before @ in the email\n"
      "LNAME <- lastname (as is, even if blank)\n"
      "address merge field pls: merge_fields.ADDRESS.addr1 <- address, .city <- city, .zip <- zip, "
      ".country <- country\n"
      "email_address <- email", lower_emails(extended(HSG, MANDY)))
def _19(r: R) -> R:
    return {"merge_fields": {"FNAME": dflt(r["firstname"], before_at(r["email"])), "LNAME": r["lastname"],
                             "ADDRESS": {"addr1": r["address"], "city": r["city"], "zip": r["zip"],
                                         "country": r["country"]}},
            "email_address": r["email"]}


@case("h49-20-mc-three-way-status-industry-tag", H, M,
      "status: 'unsubscribed' when hs_email_optout = 'true', 'subscribed' when it's 'false', "
      "'pending' when it's blank / tags => just the industry as a single tag, empty list if no industry / "
      "email -> email_address", HSG)
def _20(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "tags": [] if blank(r["industry"]) else [r["industry"]], "email_address": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h49-21-seg-userid-name-fix", H, S,
      "segment identify from HS contacts\n"
      "userId = email lowercased\n"
      "traits.email <- email, traits.firstName <- firstname, traits.lastName <- lastname\n"
      "traits.name => firstname + ' ' + lastname\n"
      "wait no, userId should be the email exactly as it is in hubspot, don't lowercase it", HSG)
def _21(r: R) -> R:
    return {"userId": r["email"],
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h49-22-seg-company-traits", H, S,
      "userId <- email\n"
      "traits.company.name <- company (skip the field if company's empty)\n"
      "traits.company.industry <- industry, 'Other' when blank\n"
      "traits.company.employee_count <- numemployees as an integer, leave off if blank", HSG)
def _22(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": OMIT if blank(r["company"]) else r["company"], "industry": dflt(r["industry"], "Other"),
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h49-23-seg-address-traits", H, S,
      "userId => email / traits.address.city => city in Title Case / traits.address.country => country / "
      "traits.address.postalCode => zip / traits.title => jobtitle, omit when blank / "
      "traits.createdAt => createdate as is", HSG)
def _23(r: R) -> R:
    return keep({"userId": r["email"], "traits": {
        "address": {"city": title(r["city"]), "country": r["country"], "postalCode": r["zip"]},
        "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"], "createdAt": r["createdate"]}})


@case("h49-24-seg-revenue-unsub-website", H, S,
      "userId -> email\n"
      "traits.annual_revenue -> annualrevenue as a number, 0 if blank\n"
      "traits.unsubscribed -> true/false boolean from hs_email_optout ('true' = true, anything else incl. blank "
      "= false)\n"
      "traits.website -> website, if blank use the part after @ in the email", lower_emails(HSG))
def _24(r: R) -> R:
    v = rev(r)
    return {"userId": r["email"], "traits": {
        "annual_revenue": 0 if v is None else num(r["annualrevenue"]),
        "unsubscribed": optout(r["hs_email_optout"]), "website": dflt(r["website"], after_at(r["email"]))}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h49-25-ga4-lead-synced-domain", H, G,
      "ga4 MP event per contact:\n"
      "client_id = 'hubspot-sg-offline' (constant)\n"
      "event name 'lead_synced'\n"
      "params: email_domain => part after @ of the email / stage => lifecyclestage / country => country",
      lower_emails(HSG))
def _25(r: R) -> R:
    return {"client_id": "hubspot-sg-offline", "events": [{"name": "lead_synced", "params": {
        "email_domain": after_at(r["email"]), "stage": r["lifecyclestage"], "country": r["country"]}}]}


@case("h49-26-ga4-big-revenue-only", H, G,
      "only send contacts with annualrevenue > 1,000,000 (blank revenue => skip)\n"
      "client_id <- email\n"
      "event name = 'qualified_lead'\n"
      "params: value = annual revenue as a number, currency = 'SGD', source = `hs_analytics_source` lowercased, "
      "'unknown' if it's blank", HSG)
def _26(r: R) -> R | None:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": r["email"], "events": [{"name": "qualified_lead", "params": {
        "value": num(r["annualrevenue"]), "currency": "SGD",
        "source": dflt(r["hs_analytics_source"], "unknown").lower()}}]}


@case("h49-27-ga4-customer-vs-prospect-fix", H, G,
      "client_id => email\n"
      "event name: 'customer_synced' if lifecyclestage is customer, otherwise 'contact_synced'\n"
      "params.city => city uppercased\n"
      "params.stage => lifecyclestage\n"
      "actually make the non-customer name 'prospect_synced'", HSG)
def _27(r: R) -> R:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "prospect_synced"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "city": r["city"].upper(), "stage": r["lifecyclestage"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h49-28-hs-lead-copies-no-title", L, H,
      "SF leads back into hubspot, match on Email -> `email`\n"
      "FirstName -> firstname, LastName -> lastname, Company -> company\n"
      "Title -> jobtitle\n"
      "City -> city\n"
      "oh and ignore what I said about title, leave jobtitle as is (don't map it)", SFLG)
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "city": r["City"]}


STATUS_29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}


@case("h49-29-hs-lead-status-optout-text", L, H,
      "`Status` -> hs_lead_status:\n"
      "Open - Not Contacted => NEW\n"
      "Working - Contacted => IN_PROGRESS\n"
      "Closed - Converted => CONNECTED\n"
      "Closed - Not Converted => UNQUALIFIED\n"
      "hs_email_optout <- HasOptedOutOfEmail as the text 'true' / 'false'\n"
      "email <- Email", SFLG)
def _29(r: R) -> R:
    return {"hs_lead_status": STATUS_29[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


FARAH = sfl(Email="farah.ismail@kampongcreative.sg", FirstName="Farah", LastName="Ismail", Company="Kampong Creative",
            Title="Designer", Phone="", Street="", City="Singapore", PostalCode="", Country="Singapore",
            Status="Open - Not Contacted", Rating="Cold", LeadSource="Web", HasOptedOutOfEmail=False, AnnualRevenue="")


@case("h49-30-hs-sg-leads-phone-e164", L, H,
      "only leads where Country is Singapore pls / Email -> email / "
      "Phone -> phone in E.164, SG default (+65). empty Phone => don't set phone / "
      "PostalCode -> zip / lifecyclestage = 'lead' for all", extended(SFLG, FARAH))
def _30(r: R) -> R | None:
    if r["Country"] != "Singapore":
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "65"),
                 "zip": r["PostalCode"], "lifecyclestage": "lead"})


@case("h49-31-hs-rating-to-stage-revenue", L, H,
      "lifecyclestage from Rating: Hot => salesqualifiedlead, Warm => marketingqualifiedlead, anything else => lead\n"
      "annualrevenue <- AnnualRevenue as a number, leave off if empty\n"
      "email <- Email, lowercase it\n"
      "np if the rest isn't mapped", SFLG)
def _31(r: R) -> R:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return keep({"lifecyclestage": stage,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "email": r["Email"].lower()})


BEN = sfl(Email="ben.teo@kayatoast.sg", FirstName="Ben", LastName="Teo", Company="  Kaya Toast Co ", Title="Ops Manager",
          Phone="", Street="3 Tanjong Pagar Rd", City="Singapore", PostalCode="088443", Country="",
          Status="Working - Contacted", Rating="Warm", LeadSource="Web", HasOptedOutOfEmail=False, AnnualRevenue="600000")


@case("h49-32-hs-skip-not-converted-country-fix", L, H,
      "skip leads where Status is 'Closed - Not Converted'\n"
      "email <- Email\n"
      "company <- Company, trimmed (some have stray spaces)\n"
      "country <- Country, default 'Singapore' if blank\n"
      "address <- Street\n"
      "wait no, make the default country 'SG' not Singapore", extended(SFLG, BEN))
def _32(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": r["Company"].strip(), "country": dflt(r["Country"], "SG"),
            "address": r["Street"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h49-33-mc-sfc-status-source-tag-fix", C, M,
      "SF contacts -> mailchimp\n"
      "Email lowercased -> email_address\n"
      "FirstName -> FNAME / LastName -> LNAME\n"
      "status = 'unsubscribed' when HasOptedOutOfEmail is true, otherwise 'subscribed'\n"
      "tags => [LeadSource], empty list when `LeadSource` is blank\n"
      "actually scratch the LNAME one, just FNAME", SFCG)
def _33(r: R) -> R:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": [] if blank(r["LeadSource"]) else [r["LeadSource"]]}


@case("h49-34-mc-sfc-skip-optout-raw-phone", C, M,
      "email_address <- Email\n"
      "merge_fields.PHONE <- Phone in E.164, +1 default\n"
      "merge_fields.FNAME <- FirstName\n"
      "skip anyone where HasOptedOutOfEmail is true\n"
      "wait no, leave PHONE as-is, no formatting - the SMS team wants the raw value", SFCG)
def _34(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": r["Phone"], "FNAME": r["FirstName"]}}


@case("h49-35-mc-sfc-vip-language", C, M,
      "Email => email_address / status 'subscribed' for all / "
      "vip => true when LeadSource is 'Partner' or 'Trade Show', false otherwise (blank too) / "
      "language: MailingCountry Germany or Austria -> 'de', everything else -> 'en'", SFCG)
def _35(r: R) -> R:
    return {"email_address": r["Email"], "status": "subscribed", "vip": r["LeadSource"] in ("Partner", "Trade Show"),
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en"}


@case("h49-36-mc-sfc-exclude-optout-dept", C, M,
      "skip contacts with HasOptedOutOfEmail = true\n"
      "Email -> email_address\n"
      "status 'subscribed' for everyone left\n"
      "tags: ['salesforce', 'contacts']\n"
      "merge_fields.DEPT <- Department, 'General' if empty", SFCG)
def _36(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "tags": ["salesforce", "contacts"],
            "merge_fields": {"DEPT": dflt(r["Department"], "General")}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h49-37-seg-sfc-lower-userid-birthday", C, S,
      "userId = Email in lowercase / traits.email <- Email (as is) / traits.title <- Title, omit if blank / "
      "traits.birthday <- Birthdate, omit if blank", SFCG)
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "title": OMIT if blank(r["Title"]) else r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h49-38-seg-sfc-name-address-phone", C, S,
      "userId <- Email\n"
      "traits.name => FirstName + ' ' + LastName\n"
      "traits.address.city <- MailingCity / traits.address.country <- MailingCountry\n"
      "traits.phone <- Phone, E.164, assume +1 if there's no +", extended(SFC, DANIEL))
def _38(r: R) -> R:
    return {"userId": r["Email"], "traits": {
        "name": r["FirstName"] + " " + r["LastName"],
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}, "phone": e164(r["Phone"])}}


SRC_39 = {"Web": "inbound", "Trade Show": "events", "Partner": "partner"}


@case("h49-39-seg-sfc-source-unsub-fix", C, S,
      "userId <- Email as is\n"
      "traits.department <- Department, 'Unassigned' when blank\n"
      "traits.lead_source: Web => 'inbound', Trade Show => 'events', Partner => 'partner', blank => 'unknown'\n"
      "traits.unsubscribed <- HasOptedOutOfEmail (true/false)\n"
      "oh and ignore what I said about department, drop that one", SFCG)
def _39(r: R) -> R:
    src = r["LeadSource"]
    return {"userId": r["Email"], "traits": {"lead_source": "unknown" if blank(src) else SRC_39[src],
                                             "unsubscribed": r["HasOptedOutOfEmail"]}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h49-40-hs-mc-title-names-optout", M, H,
      "mailchimp -> hubspot, match on email_address -> `email`\n"
      "FNAME -> firstname and LNAME -> lastname, both in Title Case\n"
      "hs_email_optout as text: 'true' when status is unsubscribed or cleaned, 'false' otherwise\n"
      "company <- merge_fields.COMPANY, leave it off if empty", MCG)
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "company": OMIT if blank(mf["COMPANY"]) else mf["COMPANY"]})


@case("h49-41-hs-mc-subscribed-phone", M, H,
      "only members with status subscribed or pending\n"
      "email <- email_address\n"
      "phone <- merge_fields.PHONE, E.164 +1 default, leave it off when empty\n"
      "company <- COMPANY merge field\n"
      "hs_language <- language", MCG)
def _41(r: R) -> R | None:
    if r["status"] not in ("subscribed", "pending"):
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "hs_language": r["language"]})


CRAB = {"email_address": "hello@chillicrab.sg", "status": "subscribed",
        "merge_fields": {"FNAME": "", "LNAME": "", "PHONE": "", "COMPANY": "Chilli Crab Co"},
        "tags": [], "language": "en", "vip": False}


@case("h49-42-hs-mc-fname-fallback-vip-stage-fix", M, H,
      "email_address => `email`\n"
      "firstname <= FNAME, if blank use the part before the @ in the email\n"
      "lifecyclestage: 'customer' if vip is true, otherwise 'lead'\n"
      "wait no, non-vip should be 'subscriber' not lead", extended(MCG, CRAB))
def _42(r: R) -> R:
    return {"email": r["email_address"], "firstname": dflt(r["merge_fields"]["FNAME"], before_at(r["email_address"])),
            "lifecyclestage": "customer" if r["vip"] else "subscriber"}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    assert len({c[0] for c in CASES}) == 42
    build(CASES, Path(__file__).parent / "set49")
