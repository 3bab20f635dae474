"""Held-out set 74 for the offline mapping drafter.

Persona: a team lead at a Manila BPO who handles marketing ops for several clients. He writes the
way he does in work chats and emails, in Filipino English ("Kindly map...", "Pls take note that...",
"just get it from...", "Noted on the...", "as per client", "same with"), with the odd "na", "lang",
"po" or "ma'am/sir" that change nothing. Some requests are one-liners, some are 4-6 sentence
messages, some are short lists of arrows.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h74-01 .. h74-08)
  hubspot.contacts -> salesforce.Contact   6  (h74-09 .. h74-14)
  hubspot.contacts -> mailchimp.members    6  (h74-15 .. h74-20)
  hubspot.contacts -> segment.identify     4  (h74-21 .. h74-24)
  hubspot.contacts -> ga4.events           3  (h74-25 .. h74-27)
  salesforce.Lead  -> hubspot.contacts     5  (h74-28 .. h74-32)
  salesforce.Contact -> mailchimp.members  4  (h74-33 .. h74-36)
  salesforce.Contact -> segment.identify   3  (h74-37 .. h74-39)
  mailchimp.members -> hubspot.contacts    3  (h74-40 .. h74-42)

Rule kinds per case:
  01 copies, constant                        22 nested company traits, default, omit, integer, < (blank)
  02 trim+lower, defaults when empty, copy   23 lower userId, nested address, title case, E.164 fallback+omit
  03 fallback chain, E.164 US, omit, title   24 trim+lower, copy, boolean (blank stated), number+omit, date
  04 table w/ otherwise (blank), concat      25 GA4: lower client_id, constants, copy, lower (blank stays)
  05 skip filter, > condition (blank), copy  26 GA4 only filter (> w/ blank), before @, constant, number
  06 number, whole number, omit, after @     27 GA4 conditional event name, lower+default, copy
  07 only filter, upper, concat+date, const  28 plain copies (with empty values)
  08 only filter, table (no otherwise),      29 table (no otherwise), "true"/"false" text, copy
     first word, fallback to before @        30 table (no otherwise), number+omit, lower
  09 copies into Mailing*, default           31 only filter, E.164 UK, upper, default, constant
  10 boolean flags (blank stated), constant  32 skip filter, default, concat with blank part stated
  11 fallback chains, before @, omit, default 33 lower, boolean->status, constant + conditional tag
  12 table (no otherwise), upper, omit       34 skip filter, E.164 US, table (no otherwise) -> tag
  13 skip filter (blank stated), lower,      35 default, copy, equality -> vip (blank stated), const
     E.164 US + omit, constant               36 only filter, constants, empty tag list, copies
  14 title case, trim+title, table w/ else   37 lower userId, copies, omit, nested address
  15 copies, default, constants              38 copy userId, lower, concat, E.164 US, date omit
  16 3-way status (blank stated), tags       39 lower userId, table w/ otherwise, boolean copy, default
  17 conditional tags (> w/ blank, equality) 40 title case, omit-when-empty, status -> "true"/"false"
  18 first word, fallback + E.164 + omit     41 skip filter, E.164 US + omit, copy, vip condition
  19 skip filter (no email), constant, vip   42 first word, part after @, tag condition, copy
  20 part after @ tag, title case, condition
  21 lower userId, copies, concatenation
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


def mc(fields: dict[str, str], **kw: Any) -> R:
    return {**MC[0], "merge_fields": {**MC[0]["merge_fields"], **fields}, **kw}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h74-01", H, L,
      "Hi team, kindly map the HubSpot contacts to SF Leads. Email goes to Email (that's our match key), then "
      "first name, last name and company as is lang. Pls set LeadSource to 'Web' for all leads.",
      extended(HS, hs(email="ramon.bautista@kapeonline.ph", firstname="Ramon", lastname="Bautista",
                      company="Kape Online")))
def _01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h74-02", H, L,
      "For the lead Email, just get it from the HubSpot email but trim the spaces before/after and make it all "
      "lower case. Company and Title (from job title), if blank kindly put 'N/A' na lang. City as is.",
      extended(HS,
               hs(email="  Ana.Reyes@PinoyBrew.ph ", company="   ", jobtitle="Barista Trainer", city="Pasig"),
               hs(email="JOEL.CRUZ@Habagat.com", company="Habagat Travel", jobtitle="  ", city="")))
def _02(r: R) -> R:
    return {"Email": r["email"].strip().lower(), "Company": dflt(r["company"], "N/A"),
            "Title": dflt(r["jobtitle"], "N/A"), "City": r["city"]}


@case("h74-03", H, L,
      "Pls take note that Phone should come from the contact's office phone, if wala then just get it from the "
      "mobile number. If both are empty, leave Phone out na. Format it in E.164, treat it as a US number unless "
      "it already starts with + and the country code. Email as is, and LastName in title case (first letter "
      "capital, the rest small) since some were encoded in all caps.",
      extended(HS,
               hs(email="lito.santos@bulacanprints.ph", lastname="SANTOS", phone="", mobilephone=""),
               hs(email="nina.go@sariwa.com", lastname="go", phone="1-646-555-0123", mobilephone="")))
def _03(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(src) else e164(src), "LastName": title(r["lastname"])})


_SRC_LEAD = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral"}


@case("h74-04", H, L,
      "Kindly map email to Email. LeadSource is based on the HubSpot original source:\n"
      "- ORGANIC_SEARCH -> Web\n"
      "- PAID_SEARCH and PAID_SOCIAL -> Advertisement\n"
      "- REFERRALS -> Partner Referral\n"
      "- all others, including blank -> Other\n"
      "Then for Description pls put 'HubSpot stage: ' then the lifecycle stage (ex. 'HubSpot stage: lead').",
      extended(HS,
               hs(email="paolo.lim@tindahan.ph", hs_analytics_source="EMAIL_MARKETING", lifecyclestage="opportunity"),
               hs(email="bea.uy@maginhawa.co", hs_analytics_source="OFFLINE", lifecyclestage="evangelist")))
def _04(r: R) -> R:
    return {"Email": r["email"], "LeadSource": _SRC_LEAD.get(r["hs_analytics_source"], "Other"),
            "Description": "HubSpot stage: " + r["lifecyclestage"]}


@case("h74-05", H, L,
      "Noted on the rating request of the client. Pls skip the contacts whose lifecycle stage is customer, we "
      "don't need them in SF. For the rest, Rating is Hot if annual revenue is more than 5,000,000, otherwise "
      "Cold (blank revenue is Cold also). Map email and company as is.",
      extended(HS,
               hs(email="carlo.mendoza@islandfresh.ph", company="Island Fresh", annualrevenue="6750000",
                  lifecyclestage="opportunity"),
               hs(email="tess.ramos@lakanbuilders.ph", company="Lakan Builders", annualrevenue="9100000",
                  lifecyclestage="customer")))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    v = rev(r)
    return {"Email": r["email"], "Company": r["company"], "Rating": "Hot" if v is not None and v > 5_000_000 else "Cold"}



@case("h74-06", H, L,
      "As per client, AnnualRevenue should be a number and NumberOfEmployees a whole number. If any of the two "
      "is blank in HubSpot, don't include it na. Website, copy the website, but if empty put 'https://' plus the "
      "domain of the email (the part after the @). Email as is po.",
      lower_emails(extended(HS, hs(email="rina.villanueva@ulapcloud.ph", annualrevenue="", numemployees="",
                                   website=""))))
def _06(r: R) -> R:
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"])),
                 "Website": r["website"] if not blank(r["website"]) else "https://" + after_at(r["email"])})


@case("h74-07", H, L,
      "Only contacts with country = United States pls. State should be all caps. For the Description, put "
      "'Created in HubSpot on ' + the create date in YYYY-MM-DD format. Email and City as is, and for Country "
      "just put 'US' for all.",
      extended(HS,
               hs(email="miguel.torres@brooklynbao.com", city="Brooklyn", state="ny", country="United States",
                  createdate="2024-02-20T13:15:00.000Z"),
               hs(email="jen.aquino@lonestarcx.com", city="Austin", state="Tx", country="United States",
                  createdate="2022-08-31T12:40:00.000Z"),
               hs(email="karl.ong@makatihub.ph", city="Makati", state="ncr", country="Philippines")))
def _07(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "Created in HubSpot on " + day(r["createdate"]), "City": r["city"], "Country": "US"}


@case("h74-08", H, L,
      "Only MQL and SQL contacts (lifecyclestage marketingqualifiedlead or salesqualifiedlead), skip the rest. "
      "Status: marketingqualifiedlead = 'Open - Not Contacted', salesqualifiedlead = 'Working - Contacted'. "
      "FirstName is the first word only of the first name. LastName from last name, if blank get the part of "
      "the email before the @. Email as is.",
      lower_emails(extended(HS,
                            hs(email="jm.reyes@bayanihan.ph", firstname="Juan Miguel", lastname="",
                               lifecyclestage="salesqualifiedlead"),
                            hs(email="ana.lim@suki.ph", firstname="Ana", lastname="Lim",
                               lifecyclestage="marketingqualifiedlead"))))
def _08(r: R) -> Out:
    st = {"marketingqualifiedlead": "Open - Not Contacted", "salesqualifiedlead": "Working - Contacted"}
    if r["lifecyclestage"] not in st:
        return None
    return {"Email": r["email"], "Status": st[r["lifecyclestage"]], "FirstName": first_word(r["firstname"]),
            "LastName": dflt(r["lastname"], before_at(r["email"]))}


# ------------------------------------------------------------ hubspot.contacts -> salesforce.Contact

@case("h74-09", H, C,
      "For SF Contacts, kindly map:\n"
      "email -> Email\n"
      "address -> MailingStreet\n"
      "city -> MailingCity\n"
      "state -> MailingState\n"
      "zip -> MailingPostalCode\n"
      "country -> MailingCountry, if blank pls put 'Philippines'",
      extended(HS, hs(email="dan.castro@ayalatech.ph", address="6750 Ayala Ave", city="Makati", state="",
                      zip="1226", country="")))
def _09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": dflt(r["country"], "Philippines")}


@case("h74-10", H, C,
      "Pls map email to Email. HasOptedOutOfEmail = true if hs_email_optout is \"true\", otherwise false; blank "
      "means not opted out so false. DoNotCall is true when the contact's office phone is blank, false if they "
      "have one po. Department is 'Marketing' for all.",
      extended(HS, hs(email="grace.sy@hiraya.ph", phone="  ", hs_email_optout="")))
def _10(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]), "Department": "Marketing"}


@case("h74-11", H, C,
      "For the Contact's LastName, just get it from last name; if blank use the part before the @ of the email. "
      "MobilePhone: mobile number first, then office phone if no mobile. If both are blank, omit MobilePhone. "
      "Copy the numbers as is, no formatting. Title from job title, if blank 'Staff'. Email same with HubSpot.",
      lower_emails(extended(HS,
                            hs(email="rj.delosreyes@kalye.ph", lastname="", mobilephone="", phone="",
                               jobtitle="Sales Rep"),
                            hs(email="mae.tan@pamana.ph", lastname="  ", mobilephone="0917 555 0123",
                               jobtitle=""))))
def _11(r: R) -> R:
    mob = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"LastName": dflt(r["lastname"], before_at(r["email"])), "MobilePhone": OMIT if blank(mob) else mob,
                 "Title": dflt(r["jobtitle"], "Staff"), "Email": r["email"]})


_DEPT = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Sales",
         "salesqualifiedlead": "Sales", "customer": "Customer Success"}


@case("h74-12", H, C,
      "Kindly follow this for Department based on lifecycle stage:\n"
      "subscriber / lead = Marketing\n"
      "marketingqualifiedlead / salesqualifiedlead = Sales\n"
      "customer = Customer Success\n"
      "Also email -> Email, first name as is, LastName all caps. Title from job title, but if empty don't set "
      "Title na.",
      extended(HS, hs(email="lea.navarro@bantay.ph", firstname="Lea", lastname="Navarro", jobtitle="",
                      lifecyclestage="customer")))
def _12(r: R) -> R:
    return keep({"Department": _DEPT[r["lifecyclestage"]], "Email": r["email"], "FirstName": r["firstname"],
                 "LastName": r["lastname"].upper(), "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]})


@case("h74-13", H, C,
      "Pls skip contacts who already unsubscribed (hs_email_optout is \"true\"). Blank optout is considered "
      "subscribed, so include them. Email in lower case. Phone in E.164, US number by default unless it starts "
      "with + already; leave Phone out if blank. LeadSource 'Other' for all.",
      extended(HS,
               hs(email="Arnel.Pineda@Journeyph.com", phone="", hs_email_optout="false"),
               hs(email="kim.chiu@starcinema.ph", phone="1 212 555 0100", hs_email_optout="")))
def _13(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return keep({"Email": r["email"].lower(), "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "LeadSource": "Other"})


_SRC_CONTACT = {"PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}


@case("h74-14", H, C,
      "FirstName and LastName in title case. MailingCity, trim the extra spaces first then title case. "
      "LeadSource mapping from original source: PAID_SEARCH = Advertisement, REFERRALS = Partner Referral, "
      "OFFLINE = Trade Show, anything else or blank = Web. Email as is lang po.",
      extended(HS,
               hs(email="jose.rizal@calamba.ph", firstname="JOSE", lastname="rizal", city="  quezon city ",
                  hs_analytics_source="OFFLINE"),
               hs(email="ella.cruz@taytay.ph", firstname="ella mae", lastname="CRUZ", city="CEBU CITY  ",
                  hs_analytics_source="SOCIAL_MEDIA")))
def _14(r: R) -> R:
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "MailingCity": title(r["city"].strip()), "LeadSource": _SRC_CONTACT.get(r["hs_analytics_source"], "Web"),
            "Email": r["email"]}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members

@case("h74-15", H, M,
      "Mailchimp pls. email_address from email, FNAME from first name (if blank put 'Friend'), LNAME from last "
      "name. Status subscribed and language 'en' for everyone.",
      extended(HS, hs(email="bong.cruz@lutongbahay.ph", firstname="", lastname="Cruz")))
def _15(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h74-16", H, M,
      "Kindly map email to email_address in lower case. For status:\n"
      "- hs_email_optout \"true\" -> unsubscribed\n"
      "- \"false\" -> subscribed\n"
      "- blank -> pending\n"
      "Tags: 'HubSpot' for all, plus 'Customer' if lifecycle stage is customer (HubSpot tag first).",
      extended(HS, hs(email="Liza.Soberano@Hopefilms.ph", hs_email_optout="   ", lifecyclestage="customer")))
def _16(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    tags = ["HubSpot"] + (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"].lower(), "status": status, "tags": tags}


@case("h74-17", H, M,
      "Noted on the tagging, ma'am. Tags will be: 'hs-sync' always first, then 'High Value' if annual revenue "
      "is more than 3,000,000 (blank revenue doesn't get it), then 'Paid' if original source is PAID_SEARCH or "
      "PAID_SOCIAL. email_address as is and status 'subscribed'.",
      extended(HS, hs(email="vic.sotto@eatbulaga.ph", annualrevenue="3500000", hs_analytics_source="PAID_SOCIAL")))
def _17(r: R) -> R:
    v = rev(r)
    tags = ["hs-sync"]
    if v is not None and v > 3_000_000:
        tags.append("High Value")
    if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL"):
        tags.append("Paid")
    return {"tags": tags, "email_address": r["email"], "status": "subscribed"}


@case("h74-18", H, M,
      "FNAME = first word only of the first name. PHONE: get the mobile number, if none get the office phone, "
      "then convert to E.164 (US if there's no + country code). If both are blank, no need to set PHONE. "
      "email_address same as the HubSpot email.",
      extended(HS,
               hs(email="maria.clara@ibarra.ph", firstname="Maria Clara", mobilephone="", phone=""),
               hs(email="pepe.smith@juanderful.ph", firstname="Pepe", mobilephone="(718) 555-0166", phone="")))
def _18(r: R) -> R:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(src) else e164(src)},
                 "email_address": r["email"]})


@case("h74-19", H, M,
      "Pls skip contacts without email. The rest go to Mailchimp with email_address as is, status 'subscribed', "
      "and vip = true if lifecycle stage is customer or opportunity, else false.",
      extended(HS,
               hs(email="", lifecyclestage="customer"),
               hs(email="   ", lifecyclestage="lead"),
               hs(email="odette.quesada@bayani.ph", lifecyclestage="opportunity")))
def _19(r: R) -> Out:
    if blank(r["email"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "opportunity")}


@case("h74-20", H, M,
      "Sir, for this client: tag each member with the domain of their email (the part after the @), that's "
      "the only tag. FNAME and LNAME in title case. Status 'subscribed' if lifecycle stage is customer, the rest "
      "'pending'. email_address copy lang.",
      lower_emails(extended(HS, hs(email="toni.gonzaga@startalk.ph", firstname="TONI", lastname="gonzaga",
                                   lifecyclestage="customer"))))
def _20(r: R) -> R:
    return {"tags": [after_at(r["email"])],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "status": "subscribed" if r["lifecyclestage"] == "customer" else "pending", "email_address": r["email"]}


# ------------------------------------------------------------ hubspot.contacts -> segment.identify

@case("h74-21", H, S,
      "Segment identify: userId is the email in lower case. Traits: firstName and lastName as is, and name = "
      "last name + ', ' + first name (ex. 'Raman, Priya'). traits.phone from the office phone as is.",
      HS)
def _21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["lastname"] + ", " + r["firstname"], "phone": r["phone"]}}


@case("h74-22", H, S,
      "userId = email as is. Under traits.company:\n"
      "- name from company, if blank 'Independent'\n"
      "- industry, leave out if blank\n"
      "- employee_count = number of employees as a whole number, leave out if blank\n"
      "- plan = 'starter' if employees is less than 50, else 'pro' (blank employees = 'starter')",
      extended(HS, hs(email="jessica.soho@kapuso.ph", company="", industry="Media", numemployees="75")))
def _22(r: R) -> R:
    n = r["numemployees"]
    plan = "starter" if blank(n) or float(n) < 50 else "pro"
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(n) else int(num(n)),
        "plan": plan}}})


@case("h74-23", H, S,
      "Kindly map userId from the email in lower case. traits.address: street from address, city in title case, "
      "state, postalCode from zip, and country as is. traits.phone = office phone, or mobile if walang office "
      "phone, in E.164 US format (unless it already has + and country code); if both blank, leave traits.phone "
      "out.",
      extended(HS, hs(email="Coco.Martin@Probinsyano.ph", address="12 Scout Tuason", city="QUEZON CITY", state="",
                      zip="1103", country="Philippines", phone="", mobilephone="")))
def _23(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"].lower(),
                 "traits": {"address": {"street": r["address"], "city": title(r["city"]), "state": r["state"],
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if blank(ph) else e164(ph)}})


@case("h74-24", H, S,
      "userId = email, trimmed and lower case. traits.email as is. traits.unsubscribed = true if "
      "hs_email_optout is \"true\", false otherwise (blank = false). traits.revenue = annual revenue as a number, "
      "don't include if blank. traits.createdAt = create date, YYYY-MM-DD only.",
      extended(HS, hs(email=" Mark.Tan@Lakbay.ph ", hs_email_optout="", annualrevenue="1500000",
                      createdate="2024-05-17T14:20:00.000Z")))
def _24(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"email": r["email"], "unsubscribed": r["hs_email_optout"] == "true",
                            "revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                            "createdAt": day(r["createdate"])}})


# ------------------------------------------------------------ hubspot.contacts -> ga4.events

@case("h74-25", H, G,
      "For GA4, client_id is the contact's email in lower case. One event only, name 'sign_up'. Params: method "
      "= 'hubspot' for all, lifecycle_stage = lifecycle stage as is, source = original source in lower case "
      "(if blank, it stays blank).",
      HS)
def _25(r: R) -> R:
    return {"client_id": r["email"].lower(),
            "events": [{"name": "sign_up", "params": {"method": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                                      "source": r["hs_analytics_source"].lower()}}]}


@case("h74-26", H, G,
      "Only send contacts with annual revenue more than 1,000,000; blank revenue, skip na. client_id = the part "
      "of the email before the @. Event name is generate_lead with params currency 'USD' and value = annual "
      "revenue as a number.",
      lower_emails(extended(HS, hs(email="lani.misalucha@asiasnightingale.ph", annualrevenue="1250000"))))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead", "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h74-27", H, G,
      "client_id, just get it from the email as is. Event name is 'purchase' if lifecycle stage is customer, "
      "otherwise 'generate_lead'. In params, traffic_source = original source in lower case, if blank put "
      "'direct'. Also company as is in params.company.",
      extended(HS, hs(email="gary.v@pusongligaw.ph", lifecyclestage="customer", hs_analytics_source="PAID_SEARCH",
                      company="Pusong Ligaw Inc")))
def _27(r: R) -> R:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"traffic_source": "direct" if blank(src) else src.lower(),
                                   "company": r["company"]}}]}


# ------------------------------------------------------------ salesforce.Lead -> hubspot.contacts

@case("h74-28", L, H,
      "SF Lead to HubSpot, straight copy lang:\n"
      "Email -> email\n"
      "FirstName -> firstname\n"
      "LastName -> lastname\n"
      "Company -> company\n"
      "Title -> jobtitle\n"
      "City -> city\n"
      "Phone -> phone",
      SFL)
def _28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "city": r["City"], "phone": r["Phone"]}


_LSTAT = {"Open - Not Contacted": "OPEN", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
          "Closed - Converted": "CONNECTED", "Closed - Not Converted": "BAD_TIMING"}


@case("h74-29", L, H,
      "Pls take note of the lead status mapping for this client, into hs_lead_status: 'Open - Not Contacted' = "
      "OPEN, 'Working - Contacted' = ATTEMPTED_TO_CONTACT, 'Closed - Converted' = CONNECTED, 'Closed - Not "
      "Converted' = BAD_TIMING. hs_email_optout should be the text \"true\" if HasOptedOutOfEmail is checked, "
      "\"false\" if not. Email to email.",
      extended(SFL, sfl(Email="rey.valera@kahitmaputi.ph", Status="Working - Contacted", HasOptedOutOfEmail=True)))
def _29(r: R) -> R:
    return {"hs_lead_status": _LSTAT[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h74-30", L, H,
      "Lifecycle stage based on Rating: Hot = salesqualifiedlead, Warm = marketingqualifiedlead, Cold = lead. "
      "annualrevenue from AnnualRevenue as a number, omit if blank. email = Email in lower case.",
      extended(SFL, sfl(Email="Rico.Blanco@Tanghalan.ph", Rating="Warm", AnnualRevenue="1500000.50")))
def _30(r: R) -> R:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"lifecyclestage": stage,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "email": r["Email"].lower()})


@case("h74-31", L, H,
      "UK leads only (Country = United Kingdom). Phone to E.164, UK numbers unless it already has + and a "
      "country code. company in all caps. For city, if blank put 'London'. lifecyclestage 'lead' for all, email "
      "as is.",
      extended(SFL,
               sfl(Email="ian.wright@camdenbrew.co.uk", Company="Camden Brew", Phone="07700 900123", City="",
                   Country="United Kingdom"),
               sfl(Email="priya.shah@mancunian.co.uk", Company="Mancunian Ltd", Phone="+44 161 496 0000",
                   City="Manchester", Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "company": r["Company"].upper(), "city": dflt(r["City"], "London"),
            "lifecyclestage": "lead", "email": r["Email"]}


@case("h74-32", L, H,
      "Skip leads with Status 'Closed - Not Converted'. email from Email. jobtitle from Title, if blank 'Not "
      "specified'. message = 'SF lead source: ' + LeadSource; if LeadSource is blank, use 'SF lead source: none' "
      "instead.",
      extended(SFL, sfl(Email="mylene.dizon@bituin.ph", Title="", LeadSource="Web", Status="Open - Not Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not specified"),
            "message": "SF lead source: " + dflt(r["LeadSource"], "none")}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members

@case("h74-33", C, M,
      "SF Contacts to Mailchimp: email_address = Email in lower case. Status is unsubscribed if "
      "HasOptedOutOfEmail is true, subscribed if false. Tags: 'SF Contact' for all, then 'Sales Team' if "
      "Department is Sales. language 'en'.",
      extended(SFC, sfc(Email="Regine.V@Songbird.ph", Department="Sales", HasOptedOutOfEmail=True)))
def _33(r: R) -> R:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["SF Contact"] + (["Sales Team"] if r["Department"] == "Sales" else []), "language": "en"}


_SRC_TAG = {"Web": "website", "Trade Show": "event", "Advertisement": "ads", "Partner Referral": "partner"}


@case("h74-34", C, M,
      "Pls exclude contacts with HasOptedOutOfEmail = true. PHONE in E.164 (US unless there's already a + "
      "country code). One tag only, based on LeadSource: Web = 'website', Trade Show = 'event', Advertisement = "
      "'ads', Partner Referral = 'partner'. email_address as is.",
      extended(SFC,
               sfc(Email="ogie.alcasid@hiraya.ph", Phone="415-555-0171", LeadSource="Advertisement"),
               sfc(Email="janno.gibbs@bakitlabis.ph", Phone="+63 2 8555 0199", LeadSource="Partner Referral"),
               sfc(Email="jaya.r@soulsiren.ph", Phone="(650) 555-0102", LeadSource="", HasOptedOutOfEmail=True)))
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"merge_fields": {"PHONE": e164(r["Phone"])}, "tags": [_SRC_TAG[r["LeadSource"]]],
            "email_address": r["Email"]}


@case("h74-35", C, M,
      "email_address from Email, FNAME from first name (if blank, 'Valued Client'), LNAME as is. vip = true if "
      "Department is Sales, false for the others (blank Department = false). Status 'subscribed' for all.",
      extended(SFC, sfc(Email="nora.aunor@superstar.ph", FirstName="  ", LastName="Aunor", Department="Sales")))
def _35(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Valued Client"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h74-36", C, M,
      "Only Germany and Austria contacts (based on MailingCountry). FNAME, LNAME as is, email_address as is, "
      "status 'pending' and language 'de'. Tags should be an empty list, no tags.",
      extended(SFC,
               sfc(Email="jonas.becker@hamburgtee.de", FirstName="Jonas", LastName="Becker",
                   MailingCity="Hamburg", MailingCountry="Germany"),
               sfc(Email="luca.meier@zuribank.ch", FirstName="Luca", LastName="Meier", MailingCity="Zurich",
                   MailingCountry="Switzerland")))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "email_address": r["Email"],
            "status": "pending", "language": "de", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify

@case("h74-37", C, S,
      "userId = Email in lower case. traits.firstName and traits.lastName as is. traits.title from Title, leave "
      "it out if empty. traits.address.city from MailingCity and traits.address.country from MailingCountry.",
      SFC)
def _37(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"],
                            "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}})


@case("h74-38", C, S,
      "userId is the Email as is. traits.email in lower case. traits.name = FirstName + ' ' + LastName. "
      "traits.phone in E.164, US unless it starts with +. traits.birthday from Birthdate, omit if blank.",
      extended(SFC, sfc(Email="Zsa.Zsa@Padilla.ph", FirstName="Zsa Zsa", LastName="Padilla",
                        Phone="1 (310) 555-0135", Birthdate="")))
def _38(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"email": r["Email"].lower(), "name": r["FirstName"] + " " + r["LastName"],
                            "phone": e164(r["Phone"]),
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h74-39", C, S,
      "Same with the other client, userId = Email in lowercase. traits.leadSource: Web = 'inbound', Trade Show = "
      "'event', anything else including blank = 'other'. traits.unsubscribed = HasOptedOutOfEmail as is "
      "(true/false). traits.department from Department, if blank 'General'.",
      extended(SFC, sfc(Email="martin.n@concertking.ph", LeadSource="Partner Referral", Department="  ",
                        HasOptedOutOfEmail=True)))
def _39(r: R) -> R:
    return {"userId": r["Email"].lower(),
            "traits": {"leadSource": {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "other"),
                       "unsubscribed": r["HasOptedOutOfEmail"], "department": dflt(r["Department"], "General")}}


# ------------------------------------------------------------ mailchimp.members -> hubspot.contacts

@case("h74-40", M, H,
      "Mailchimp to HubSpot: email from email_address. firstname and lastname from FNAME and LNAME in title "
      "case; if LNAME is blank, don't set lastname. hs_email_optout = the text \"true\" if status is "
      "unsubscribed or cleaned, \"false\" for the rest.",
      extended(MC, mc({"FNAME": "JUDY ANN", "LNAME": "santos"}, email_address="judy.ann@kusina.ph",
                      status="pending")))
def _40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h74-41", M, H,
      "Pls skip the cleaned members. phone from PHONE in E.164 (US unless there's a + country code), omit if "
      "blank. hs_language = language as is. lifecyclestage = customer if VIP, subscriber if not. email from "
      "email address.",
      extended(MC, mc({"PHONE": "212.555.0148"}, email_address="bamboo.m@rivermaya.ph", vip=True, language="tl")))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"phone": OMIT if blank(ph) else e164(ph), "hs_language": r["language"],
                 "lifecyclestage": "customer" if r["vip"] else "subscriber", "email": r["email_address"]})


@case("h74-42", M, H,
      "firstname, first word lang of FNAME. company, just get it from the email domain (after the @). "
      "lifecyclestage 'customer' if the member has the 'Customer' tag, else 'subscriber'. email = email_address.",
      extended(MC, mc({"FNAME": "Maria Leonora"}, email_address="maria.teresa@kapamilya.ph",
                      tags=["Webinar", "Customer"])))
def _42(r: R) -> R:
    return {"firstname": first_word(r["merge_fields"]["FNAME"]), "company": after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set74")
