"""Held-out set 77 for the offline mapping drafter.

Persona: a sales VP firing off instructions from a phone between meetings. Lowercase, heavy
shorthand ("fn/ln", "w/", "w/o", "co", "rev", "emp", "tel", "addr", "->", "=", "+" as "and"),
little punctuation, a few typos, several rules per line split by ";", "," or " / ". Every
abbreviation is one a colleague would read without doubt, and every rule is still exact.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h77-01 .. h77-08)
  hubspot.contacts -> salesforce.Contact   6  (h77-09 .. h77-14)
  hubspot.contacts -> mailchimp.members    6  (h77-15 .. h77-20)
  hubspot.contacts -> segment.identify     4  (h77-21 .. h77-24)
  hubspot.contacts -> ga4.events           3  (h77-25 .. h77-27)
  salesforce.Lead  -> hubspot.contacts     5  (h77-28 .. h77-32)
  salesforce.Contact -> mailchimp.members  4  (h77-33 .. h77-36)
  salesforce.Contact -> segment.identify   3  (h77-37 .. h77-39)
  mailchimp.members -> hubspot.contacts    3  (h77-40 .. h77-42)

Rule kinds per case:
  01 copies, constant                       22 nested company traits, default, omit, whole number
  02 defaults when empty, number + omit     23 nested address, omit-when-empty, E.164 US w/ fallback
  03 fallback chain + omit, copy, title     24 trim+lower, copy, boolean (blank branch), number, omit
  04 value table w/ otherwise, lower        25 GA4 constants, default then lower, copy
  05 exclude filter (blank stated), consts  26 GA4 filter (> w/ blank), part before @, number
  06 3-way > / < condition (blank), number  27 GA4 conditional event name, copy, default
  07 E.164 US + omit, title case, upper     28 copies (with empty values)
  08 only filter, upper, concat + date      29 value table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields            30 lower, table (no otherwise), number + omit
  10 boolean flags (blank conditions)       31 only filter, E.164 UK, upper, default
  11 fallback chain, part before @          32 exclude filter, default, concat w/ blank part
  12 table (no otherwise), upper + omit     33 lower, boolean -> status, const + conditional tag
  13 only filter, lower, fallback, const    34 exclude filter, E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise   35 default, copies, equality -> vip, constant
  15 copy, default, constants               36 only filter, constants, empty tag list, copies
  16 3-way status (blank stated), tag       37 lower userId, copies, omit-when-empty
  17 conditional tags (> and equality)      38 nested address, trim, default, copy
  18 first word, E.164 w/ fallback + omit   39 E.164 US, concatenation, table w/ otherwise
  19 exclude filter, constant, vip flag     40 title case, omit, "true"/"false", default
  20 part after @ tag, title case, cond     41 exclude filter, E.164 US + omit, copy, vip cond
  21 lower, copies, concat, date            42 first word w/ fallback to before @, after @, tag cond
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
    hs,
    lower_emails,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def mc(email: str, status: str, fname: str, lname: str, phone: str, tags: list[str], language: str,
       vip: bool) -> R:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": ""},
            "tags": tags, "language": language, "vip": vip}


def us_or_omit(*vals: str) -> Any:
    """The first non-blank value in E.164 (US assumed), OMIT when all are blank."""
    for v in vals:
        if not blank(v):
            return e164(v)
    return OMIT


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h77-01", H, L,
      "hs contacts -> sf leads pls. email -> Email, fn/ln -> FirstName/LastName, co -> Company, "
      "job title -> Title, all straight copies. evry lead gets LeadSource = 'Web' no matter what. thx",
      HS)
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h77-02", H, L,
      "email->Email; Company = co, blank co -> 'Unknown Co'; Title = job title or 'TBD' if there isnt one / "
      "AnnualRevenue = rev as a number, no rev = leave AnnualRevenue off the lead. asap pls",
      extended(HS, hs(email="olu.adeyemi@lagoshub.ng", company="   ", jobtitle=" ", annualrevenue="150000.5")))
def _02(r: R) -> R:
    return keep({"Email": r["email"], "Company": dflt(r["company"], "Unknown Co"),
                 "Title": dflt(r["jobtitle"], "TBD"),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h77-03", H, L,
      "leads: Email = email. Phone = tel, if no tel use the mobile, if neither just dont set Phone at all. "
      "MobilePhone = mobile as is (blank ok)\n"
      "FirstName/LastName = fn/ln in title case b/c ppl type names in all caps (first letter of each word caps, "
      "rest lower)",
      extended(HS, hs(email="anna.lowe@brightpath.co.uk", firstname="ANNA MARIE", lastname="lowe", phone=" ",
                      mobilephone="")))
def _03(r: R) -> R:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": phone, "MobilePhone": r["mobilephone"],
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


SRC_04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}


@case("h77-04", H, L,
      "lead source off the hs original source:\n"
      "ORGANIC_SEARCH = Web\n"
      "PAID_SEARCH + PAID_SOCIAL = Advertisement\n"
      "REFERRALS = Partner Referral\n"
      "OFFLINE = Trade Show\n"
      "anything else (blank too) = Other\n"
      "+ Email = email lowercased pls",
      extended(HS, hs(email="Sven.Lindqvist@Nordlys.se", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="noah.cohen@bluefin.io", hs_analytics_source="OFFLINE")))
def _04(r: R) -> R:
    return {"LeadSource": SRC_04.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower()}


@case("h77-05", H, L,
      "skip any contact w/ hs_email_optout \"true\" - blank optout = not opted out, those go thru. "
      "for the rest: email -> Email, co -> Company, Status = 'Open - Not Contacted' on all + "
      "HasOptedOutOfEmail = false on all. tx",
      HS)
def _05(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Company": r["company"], "Status": "Open - Not Contacted",
            "HasOptedOutOfEmail": False}



def _rating_06(v: str) -> str:
    if blank(v):
        return "Cold"
    n = float(v)
    return "Hot" if n > 100 else ("Cold" if n < 20 else "Warm")


@case("h77-06", H, L,
      "Email = email. Rating by emp count: over 100 = 'Hot', under 20 = 'Cold', anything in between = 'Warm', "
      "blank emp = 'Cold'. AnnualRevenue = rev as a number, leave it off when rev blank",
      extended(HS, hs(email="wei.li@jadegate.cn", numemployees="75", annualrevenue="300000")))
def _06(r: R) -> R:
    return keep({"Email": r["email"], "Rating": _rating_06(r["numemployees"]),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h77-07", H, L,
      "email->Email as is / Phone = tel in e.164, assume US unless it already starts w/ + and a country code; "
      "no tel = leave Phone out / City in title case, State all caps. fyi thats it, nothing else on this one",
      extended(HS, hs(email="noah.cohen@bluefin.io", city="NEW YORK", state="ny", phone="1 212 555 0100")))
def _07(r: R) -> R:
    return keep({"Email": r["email"], "Phone": us_or_omit(r["phone"]), "City": title(r["city"]),
                 "State": r["state"].upper()})


@case("h77-08", H, L,
      "only mqls + sqls (lifecyclestage marketingqualifiedlead or salesqualifiedlead), ignore evry other stage. "
      "Email = email, Country in caps, Description = 'HS lead since ' + create date as YYYY-MM-DD "
      "(so like 'HS lead since 2023-03-14')",
      extended(HS, hs(email="ana.perez@solandino.pe", lifecyclestage="salesqualifiedlead", country="Peru",
                      createdate="2024-02-29T13:00:00.000Z"),
               hs(email="wei.li@jadegate.cn", lifecyclestage="opportunity", country="China")))
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Country": r["country"].upper(),
            "Description": "HS lead since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h77-09", H, C,
      "sf Contact from hs contact: Email = email, fn/ln, Title = job title, addr -> MailingStreet, "
      "city -> MailingCity, state -> MailingState, zip -> MailingPostalCode, country -> MailingCountry. "
      "straight copies, blanks stay blank",
      HS)
def _09(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h77-10", H, C,
      "Email = email, LastName = ln\n"
      "HasOptedOutOfEmail true if hs optout is \"true\", false otherwise (blank = false)\n"
      "DoNotCall = true for contacts w/o tel AND w/o mobile, else false",
      extended(HS, hs(email="olu.adeyemi@lagoshub.ng", lastname="Adeyemi", phone="", mobilephone="  ",
                      hs_email_optout="false")))
def _10(r: R) -> R:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h77-11", H, C,
      "contact LastName: ln, if empty -> fn, if thats empty too -> the part of the email before the @. "
      "FirstName = fn as is, Email = email as is",
      extended(lower_emails(HS), hs(email="zoe.kim@cascadia.io", firstname="Zoe", lastname=""),
               hs(email="j.doe@initech.io", firstname="", lastname=" ")))
def _11(r: R) -> R:
    ln = r["lastname"] if not blank(r["lastname"]) else dflt(r["firstname"], before_at(r["email"]))
    return {"LastName": ln, "FirstName": r["firstname"], "Email": r["email"]}


DEPT_12 = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Sales",
           "salesqualifiedlead": "Sales", "customer": "Customer Success"}


@case("h77-12", H, C,
      "Email = email; Department off lifecycle stage: subscriber or lead = 'Marketing' / marketingqualifiedlead "
      "or salesqualifiedlead = 'Sales' / customer = 'Customer Success'; MailingState = state in upper case, "
      "no state -> leave MailingState off",
      extended(HS, hs(email="ella.ford@pinecrest.com", lifecyclestage="lead", state="wa")))
def _12(r: R) -> R:
    return keep({"Email": r["email"], "Department": DEPT_12[r["lifecyclestage"]],
                 "MailingState": OMIT if blank(r["state"]) else r["state"].upper()})


@case("h77-13", H, C,
      "only US contacts (country = 'United States'), evryone else incl blank country gets skipped. "
      "Email = email lowercased, Phone = tel, or mobile when tel is empty (as typed, no formatting), "
      "LeadSource = 'Web' for all",
      extended(HS, hs(email="Noah.Cohen@BlueFin.io", country="United States", phone="",
                      mobilephone="(646) 555-0110"),
               hs(email="kai.berg@fjordline.no", country="")))
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


SRC_14 = {"PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}


@case("h77-14", H, C,
      "Title = job title trimmed. fn -> FirstName and ln -> LastName, both title case. Email as is. "
      "LeadSource: PAID_SEARCH -> 'Advertisement', REFERRALS -> 'Partner Referral', any other source or blank "
      "-> 'Web'",
      extended(HS, hs(email="john.jones@harborview.ca", firstname="JOHN PAUL", lastname="jONES",
                      jobtitle="  Sales Lead ", hs_analytics_source="PAID_SEARCH")))
def _14(r: R) -> R:
    return {"Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Email": r["email"], "LeadSource": SRC_14.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h77-15", H, M,
      "hs -> mailchimp. email -> email_address, FNAME = fn but 'Friend' if blank, LNAME = ln as is, "
      "status = 'subscribed' + language = 'en' on evry member",
      extended(HS, hs(email="grace.okafor@sunrisesolar.com", firstname=" ", lastname="Okafor")))
def _15(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h77-16", H, M,
      "mailchimp status from the hs optout: \"true\" -> unsubscribed, \"false\" -> subscribed, blank -> pending. "
      "email -> email_address. tag all w/ 'hubspot' (just that one tag)",
      HS)
def _16(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "email_address": r["email"], "tags": ["hubspot"]}


@case("h77-17", H, M,
      "email_address = email, FNAME = fn\n"
      "tags: 'big co' if emp over 100, then 'customer' if lifecycle stage is customer. neither -> empty tag list. "
      "fyi blank emp doesnt count as big",
      extended(HS, hs(email="sven.lindqvist@nordlys.se", firstname="Sven", lifecyclestage="customer",
                      numemployees="500")))
def _17(r: R) -> R:
    tags = []
    if not blank(r["numemployees"]) and float(r["numemployees"]) > 100:
        tags.append("big co")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h77-18", H, M,
      "FNAME = just the first word of fn / PHONE = mobile in E.164 (US unless it starts w/ +), no mobile -> tel "
      "in E.164 same rule, neither -> leave PHONE out / email_address = email",
      extended(HS, hs(email="mary.ann.lee@acme.com", firstname="Mary Ann", phone="", mobilephone=""),
               hs(email="luis.ortiz@sunbelt.com", firstname="Luis", mobilephone="", phone="1-305-555-0177")))
def _18(r: R) -> R:
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]),
                                  "PHONE": us_or_omit(r["mobilephone"], r["phone"])}})


@case("h77-19", H, M,
      "dont send subscribers (lifecycle stage subscriber = skip). rest: email_address = email, status "
      "'subscribed', vip = true for customer or opportunity stage, false for any other stage",
      extended(HS, hs(email="wei.li@jadegate.cn", lifecyclestage="opportunity")))
def _19(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "opportunity")}


@case("h77-20", H, M,
      "email_address = email, FNAME/LNAME = fn/ln title cased; tag each member w/ there email domain "
      "(the bit after the @) as the only tag; language = 'fr' if country = France, otherwise 'en' "
      "(blank country -> 'en')",
      extended(lower_emails(HS), hs(email="marc.petit@boulangerie.fr", firstname="MARC", lastname="petit",
                                    country="")))
def _20(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "language": "fr" if r["country"] == "France" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h77-21", H, S,
      "segment identify: userId = email lowercased. traits.email = email as is, traits.name = ln + ', ' + fn "
      "(e.g. 'Raman, Priya'), traits.phone = tel as is, traits.createdAt = create date, date only YYYY-MM-DD",
      HS)
def _21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["lastname"] + ", " + r["firstname"], "phone": r["phone"],
                       "createdAt": day(r["createdate"])}}


@case("h77-22", H, S,
      "userId = email\n"
      "traits.company.name = co, 'Independent' if no co\n"
      "traits.company.industry = industry, omit if blank\n"
      "traits.company.employee_count = emp as a whole numbr, omit if blank",
      HS)
def _22(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], "Independent"),
                     "industry": OMIT if blank(r["industry"]) else r["industry"],
                     "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h77-23", H, S,
      "userId = email in lower case. traits.address: street = addr, city = city, postalCode = zip, state = state "
      "but leave state out when blank. traits.phone = tel in E.164 (US numbers unless theres a + already), "
      "if no tel then mobile same format, if neither omit traits.phone",
      extended(HS, hs(email="Olu.Adeyemi@LagosHub.ng", phone="", mobilephone="", state="")))
def _23(r: R) -> R:
    return keep({"userId": r["email"].lower(),
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "state": OMIT if blank(r["state"]) else r["state"]},
                            "phone": us_or_omit(r["phone"], r["mobilephone"])}})


@case("h77-24", H, S,
      "userId = email trimmed + lowercased; traits.website = website as is; traits.unsubscribed = true if "
      "optout is \"true\", false otherwise incl blank; traits.revenue = teh rev as a number, omit when no rev",
      extended(HS, hs(email="  Ana.Lopez@Example.COM ", website="example.com", hs_email_optout="",
                      annualrevenue="99000")))
def _24(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "unsubscribed": r["hs_email_optout"] == "true",
                            "revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h77-25", H, G,
      "ga4 pls: client_id = 'hubspot.sync' for all, one event named 'sign_up', params -> method = orig source "
      "lowercased ('unknown' if source blank), country = country as is",
      HS)
def _25(r: R) -> R:
    return {"client_id": "hubspot.sync",
            "events": [{"name": "sign_up",
                        "params": {"method": dflt(r["hs_analytics_source"], "unknown").lower(),
                                   "country": r["country"]}}]}


@case("h77-26", H, G,
      "only contacts w/ rev over 1M go to ga4, blank rev = dont send. client_id = the part of the email before "
      "the @. event 'generate_lead', params currency 'USD' + value = rev as a number",
      lower_emails(HS))
def _26(r: R) -> Out:
    if blank(r["annualrevenue"]) or float(r["annualrevenue"]) <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead",
                        "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h77-27", H, G,
      "client_id = email as is. event name = 'purchase' if lifecycle stage is customer, otherwise "
      "'generate_lead'. params: lead_stage = lifecycle stage, company = co or 'unknown' when blank",
      HS)
def _27(r: R) -> R:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"lead_stage": r["lifecyclestage"], "company": dflt(r["company"], "unknown")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h77-28", L, H,
      "sf leads -> hs contacts, plain copies only: Email -> email, fn/ln -> firstname/lastname, Company -> company, "
      "Title -> jobtitle, Phone -> phone, City -> city, PostalCode -> zip. blank stays blank",
      SFL)
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"]}


STAGE_29 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h77-29", L, H,
      "email = Email\n"
      "lifecyclestage off Rating: Hot = 'salesqualifiedlead', Warm = 'marketingqualifiedlead', Cold = 'lead'\n"
      "hs_email_optout = the text \"true\" when HasOptedOutOfEmail is checked, \"false\" when its not",
      SFL)
def _29(r: R) -> R:
    return {"email": r["Email"], "lifecyclestage": STAGE_29[r["Rating"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


STATUS_30 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h77-30", L, H,
      "email = Email lowercased / hs_lead_status from lead Status: 'Open - Not Contacted' -> NEW, "
      "'Working - Contacted' -> IN_PROGRESS, 'Closed - Converted' -> CONNECTED, 'Closed - Not Converted' -> "
      "UNQUALIFIED / annualrevenue = AnnualRevenue as a number, leave it out if blank",
      extended(SFL, sfl(Email="Rosa.Mendes@LisboaTech.pt", Status="Working - Contacted",
                        AnnualRevenue="750000.25")))
def _30(r: R) -> R:
    return keep({"email": r["Email"].lower(), "hs_lead_status": STATUS_30[r["Status"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h77-31", L, H,
      "only UK leads (Country = 'United Kingdom'), skip the rest incl blank country. email = Email; phone = Phone "
      "in E.164, no + means its a UK number (drop the leading 0, +44); zip = PostalCode uppercase; city = City "
      "or 'London' if blank",
      extended(SFL, sfl(Email="oliver.bennett@thamesworks.co.uk", Phone="0161 496 0123", PostalCode="m1 1aa",
                        City="Manchester", Country="United Kingdom"),
               sfl(Email="isla.grant@cityledger.co.uk", Phone="+44 20 7946 0958", PostalCode="ec2a 4bx", City=" ",
                   Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "city": dflt(r["City"], "London")}


@case("h77-32", L, H,
      "skip leads w/ Status 'Closed - Not Converted'. email = Email, jobtitle = Title, 'Unknown' if blank. "
      "message = LeadSource + ' / ' + Rating (e.g. 'Web / Hot'); if LeadSource is blank write 'unknown' in its "
      "place (-> 'unknown / Warm')",
      SFL)
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"),
            "message": dflt(r["LeadSource"], "unknown") + " / " + r["Rating"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h77-33", C, M,
      "sf contacts -> mailchimp; email_address = Email lowercased; status = 'unsubscribed' if HasOptedOutOfEmail "
      "is ticked, else 'subscribed'; tags: always 'sfdc', plus 'trade show' when LeadSource = 'Trade Show'",
      SFC)
def _33(r: R) -> R:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["sfdc", "trade show"] if r["LeadSource"] == "Trade Show" else ["sfdc"]}


LANG_34 = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h77-34", C, M,
      "dont sync anyone who opted out of email (HasOptedOutOfEmail checked)\n"
      "rest: email_address = Email as is, PHONE = Phone in E.164, US unless already +country code\n"
      "language by MailingCountry: Germany = 'de', Austria = 'de', United States = 'en'",
      extended(SFC, sfc(Email="mia.clark@lakeshore.org", Phone="312.555.0166", MailingCountry="United States",
                        HasOptedOutOfEmail=False),
               sfc(Email="jonas.gruber@alpenwerk.at", Phone="+43 1 5550123", MailingCountry="Austria",
                   HasOptedOutOfEmail=True)))
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": LANG_34[r["MailingCountry"]]}


@case("h77-35", C, M,
      "email_address = Email, FNAME = fn ('there' if blank), LNAME = ln. vip = true when Title = 'CTO', "
      "false for any other title incl blank. status 'subscribed' for all",
      extended(SFC, sfc(Email="petra.novak@vltava.cz", FirstName="", LastName="Novak", Title="CEO")))
def _35(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["Title"] == "CTO", "status": "subscribed"}


@case("h77-36", C, M,
      "only MailingCountry Germany or Austria, nobody else. email_address = Email, FNAME/LNAME = fn/ln as is, "
      "status = 'pending', language = 'de', tags = empty list (no tags)",
      extended(SFC, sfc(Email="lea.meier@seeblick.ch", FirstName="Lea", LastName="Meier",
                        MailingCountry="Switzerland")))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "de", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h77-37", C, S,
      "userId = Email lowercased; traits.email = Email unchanged; traits.firstName/traits.lastName = fn/ln; "
      "traits.title = Title but omit if blank; traits.department = Department, omit if blank too",
      SFC)
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"],
                            "department": OMIT if blank(r["Department"]) else r["Department"]}})


@case("h77-38", C, S,
      "userId = Email as is. traits.address.city = MailingCity trimmed, traits.address.country = MailingCountry "
      "or 'United States' when blank. traits.birthday = Birthdate as is. any other trait n/a here",
      extended(SFC, sfc(Email="sam.reyes@lonestar.com", MailingCity="  Austin ", MailingCountry="  ",
                        Birthdate="1979-08-14")))
def _38(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "United States")},
                       "birthday": r["Birthdate"]}}


SRC_39 = {"Web": "inbound", "Trade Show": "event"}


@case("h77-39", C, S,
      "userId = Email\n"
      "traits.phone = Phone in E.164 (US by default, numbers w/ + keep there own code)\n"
      "traits.name = fn + ' ' + ln\n"
      "traits.source from LeadSource: Web = 'inbound', Trade Show = 'event', anything else or blank = 'other'",
      SFC)
def _39(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                       "source": SRC_39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h77-40", M, H,
      "mailchimp -> hs. email = email_address. firstname/lastname = FNAME/LNAME in title case, leave lastname "
      "out if LNAME blank. hs_email_optout = text \"true\" if status unsubscribed, \"false\" for every other "
      "status. hs_language = language, 'en' if blank",
      extended(MC, mc("nora.hale@fjordline.no", "pending", "NORA", "hale", "", [], "", False)))
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
                 "hs_language": dflt(r["language"], "en")})


@case("h77-41", M, H,
      "skip cleaned members; email = email_address, firstname = FNAME as is, phone = PHONE in E.164 (US unless "
      "it starts w/ +), leave phone out when PHONE blank; lifecyclestage = 'customer' when vip is true, "
      "'subscriber' when not",
      extended(MC, mc("kwame.mensah@goldcoastcoffee.com", "pending", "Kwame", "Mensah", "312-555-0102",
                      ["Customer"], "en", True)))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": us_or_omit(mf["PHONE"]),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h77-42", M, H,
      "email = email_address. firstname = first word of FNAME, or the part of the email before the @ if FNAME "
      "is blank. company = email domain (after the @). lifecyclestage = 'customer' if member has the tag "
      "'Customer', else 'lead'",
      extended(MC, mc("mary.jane@harbourtea.hk", "subscribed", "Mary Jane", "Wong", "", ["Webinar"], "en", False),
               mc("t.berg@nordlys.se", "subscribed", "  ", "Berg", "", ["Customer", "Webinar"], "sv", False)))
def _42(r: R) -> R:
    fname = r["merge_fields"]["FNAME"]
    return {"email": r["email_address"],
            "firstname": before_at(r["email_address"]) if blank(fname) else first_word(fname),
            "company": after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set77")
