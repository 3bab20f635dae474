"""Held-out set 67 for the offline mapping drafter.

Persona: Wei, a marketing-ops specialist in Shanghai whose first language is Mandarin. She writes
clear but Chinese-influenced English: articles often dropped ("Put email to Email field"),
topic-comment order ("Phone number, need E.164, country is US"), "need"/"no need" ("need to be
lowercase", "no need to change the email"), small plural/tense slips ("all lead use LeadSource
Web"), "according to" for value tables, "only sync those which ...", "except" for filters, and
polite closings ("Thanks a lot!"). She is precise: she always names the match key and says what
happens to blank values.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h67-01 .. h67-08)
  hubspot.contacts -> salesforce.Contact   6  (h67-09 .. h67-14)
  hubspot.contacts -> mailchimp.members    6  (h67-15 .. h67-20)
  hubspot.contacts -> segment.identify     4  (h67-21 .. h67-24)
  hubspot.contacts -> ga4.events           3  (h67-25 .. h67-27)
  salesforce.Lead  -> hubspot.contacts     5  (h67-28 .. h67-32)
  salesforce.Contact -> mailchimp.members  4  (h67-33 .. h67-36)
  salesforce.Contact -> segment.identify   3  (h67-37 .. h67-39)
  mailchimp.members -> hubspot.contacts    3  (h67-40 .. h67-42)

Rule kinds per case:
  01 copies (blank copies blank), constant   22 nested company traits, default, omit, integer
  02 defaults when empty, title case, copy   23 nested address, omit-when-empty, E.164 US w/ omit
  03 fallback, omit-when-empty x2            24 trim+lower, boolean (blank branch), number/omit, date
  04 lower, value table w/ otherwise         25 GA4 constants, copy, lower (blank stays blank)
  05 only filter, E.164 US, copies, const    26 GA4 > filter (blank stated), part before @, number
  06 integer/omit, number/omit, > condition  27 GA4 table w/ otherwise for name, default, copy
  07 table (no otherwise), concat + date     28 copies (with empty values)
  08 skip filter (blank stated), upper, bool 29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields             30 lower, table (no otherwise), number/omit
  10 boolean from "true" (blank), empty->bool 31 only filter, E.164 UK, upper, constant, default
  11 fallback to part before @, 3-step chain 32 skip filter, default, concat with optional part
  12 table (no otherwise) + omit, upper+omit 33 lower, boolean->status, constant + conditional tag
  13 only filter, lower, fallback, constant  34 except filter, E.164 US, table (no otherwise)
  14 trim + title case, table w/ otherwise   35 copies, equality -> vip, tag with default
  15 copies, constant status, constant tag   36 only filter, constant, empty tag list, copies
  16 lower, 3-way status (blank stated), tag 37 lower userId, copies, omit-when-empty x2
  17 conditional tags (> and <, blank stated) 38 trim nested city, default, omit-when-empty
  18 first word, E.164 US with fallback      39 E.164 US, concatenation, table w/ otherwise
  19 skip filter, constant, vip by equality  40 title case, omit, "true"/"false" text, default
  20 part after @ tag, title case, condition 41 skip filter, E.164 US + omit, copy, vip table
  21 lower, concatenation, copy (blank)      42 first word, fallback to part after @, tag condition
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
    lower_emails,
    rev,
)
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

@case("h67-01-lead-copies-web-source", H, L,
      "Hi, please sync HubSpot contacts to Salesforce Lead. Match key is Email. Put email to Email field, "
      "firstname to FirstName, lastname to LastName, company to Company. All lead use LeadSource 'Web'. "
      "If some value is empty just send empty, no need default. Thanks!", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "LeadSource": "Web"}


@case("h67-02-lead-defaults-city-title", H, L,
      "Match by Email (HubSpot email, no need to change it). Company, if company is empty, fill 'Unknown'. "
      "Title from jobtitle, empty one fill 'Not provided'. City need title case, e.g. 'monterrey' become "
      "'Monterrey'. State copy as is, empty state is ok, just send empty.", HS)
def _02(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Not provided"), "City": title(r["city"]), "State": r["state"]}


@case("h67-03-lead-phone-fallback-omit", H, L,
      "Lead match on Email, copy from email. For Phone: use phone, if phone is empty then use mobilephone. "
      "MobilePhone copy from mobilephone, but empty one we don't send, leave this field out. Website also "
      "same: copy website, empty leave out.", HS)
def _03(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": dflt(r["phone"], r["mobilephone"]),
                 "MobilePhone": omit_blank(r["mobilephone"]), "Website": omit_blank(r["website"])})


SRC_LEAD = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
            "REFERRALS": "External Referral"}


@case("h67-04-lead-lower-source-table", H, L,
      "Email field need to be lowercase, we use it for matching. LeadSource according to HubSpot original "
      "source: ORGANIC_SEARCH is Web, PAID_SEARCH and PAID_SOCIAL both are Advertisement, REFERRALS is "
      "External Referral, other all Other (empty source also Other). Thanks a lot!", HS)
def _04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LeadSource": SRC_LEAD.get(r["hs_analytics_source"], "Other")}


@case("h67-05-lead-us-only-e164", H, L,
      "Only sync those which country is 'United States', contacts from other country we don't sync. "
      "Match key: Email, copy from email. Phone number, need E.164, country is US. LastName and Company "
      "copy as is. Country field write 'US' for all.", HS)
def _05(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Phone": e164(r["phone"], "1"), "LastName": r["lastname"],
            "Company": r["company"], "Country": "US"}


@case("h67-06-lead-employees-revenue-rating", H, L,
      "Match by Email. NumberOfEmployees from numemployees, need integer; if numemployees is empty, don't "
      "send this field. AnnualRevenue from annual revenue as number, empty also don't send. Rating: annual "
      "revenue more than 1,000,000 is Hot, otherwise Warm. Empty revenue is Warm too.", HS)
def _06(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "Rating": "Hot" if v is not None and v > 1000000 else "Warm"})


STAGE_STATUS = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
                "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
                "customer": "Closed - Converted"}


@case("h67-07-lead-status-table-created-note", H, L,
      "Email is the match key, copy HubSpot email. Status according to lifecycle stage: subscriber and lead "
      "is 'Open - Not Contacted', marketingqualifiedlead and salesqualifiedlead is 'Working - Contacted', "
      "customer is 'Closed - Converted'. Description put 'Created in HubSpot on ' plus the create date, only "
      "date part (YYYY-MM-DD), like 'Created in HubSpot on 2023-03-14'.", HS)
def _07(r: R) -> Out:
    return {"Email": r["email"], "Status": STAGE_STATUS[r["lifecyclestage"]],
            "Description": "Created in HubSpot on " + day(r["createdate"])}


@case("h67-08-lead-skip-optout-upper", H, L,
      "Contacts who unsubscribed (hs_email_optout is 'true'), skip them, no need to sync. If hs_email_optout "
      "is empty we treat as not unsubscribed, still sync. Match key Email from email. LastName need all "
      "uppercase. State and Country copy, PostalCode from zip. HasOptedOutOfEmail set false for all synced "
      "lead.", HS)
def _08(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "State": r["state"],
            "Country": r["country"], "PostalCode": r["zip"], "HasOptedOutOfEmail": False}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h67-09-contact-mailing-address", H, C,
      "HubSpot contact to Salesforce Contact, Email is match key (copy email). Address, put to MailingStreet; "
      "city to MailingCity; state to MailingState; zip to MailingPostalCode; country to MailingCountry. Empty "
      "value just send empty, no default.", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h67-10-contact-optout-donotcall", H, C,
      "Match on Email (copy email as is). FirstName, LastName copy. HasOptedOutOfEmail: hs_email_optout is "
      "'true' then true, otherwise false (empty also false). DoNotCall: phone is empty then true, phone has "
      "value then false. Thanks!", HS)
def _10(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


HS11 = extended(lower_emails(HS),
                hs(email="sam.okoro@brightpath.io", firstname="", lastname="Okoro", jobtitle="", industry="Retail"),
                hs(email="li.na@qingshan.cn", firstname=" ", lastname="", jobtitle="Analyst", industry=""))


@case("h67-11-contact-name-fallbacks", H, C,
      "Match key Email, copy email (our emails are lowercase already). FirstName: use firstname; if firstname "
      "empty, use the part before '@' of email. LastName: lastname, empty fill 'Unknown'. Title: jobtitle "
      "first, if empty then industry, if both empty write 'N/A'.", HS11)
def _11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "LastName": dflt(r["lastname"], "Unknown"),
            "Title": dflt(r["jobtitle"], dflt(r["industry"], "N/A"))}


SRC_CONTACT = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
               "REFERRALS": "Word of mouth"}


@case("h67-12-contact-source-table-department", H, C,
      "Match by Email. LeadSource according to original source: ORGANIC_SEARCH -> Web, PAID_SEARCH -> "
      "Advertisement, PAID_SOCIAL -> Advertisement, REFERRALS -> Word of mouth. Source is empty, don't set "
      "LeadSource. Department, put industry in uppercase; empty industry also leave out.", HS)
def _12(r: R) -> Out:
    src = r["hs_analytics_source"]
    return keep({"Email": r["email"], "LeadSource": OMIT if blank(src) else SRC_CONTACT[src],
                 "Department": OMIT if blank(r["industry"]) else r["industry"].upper()})


@case("h67-13-contact-sales-ready-only", H, C,
      "Only sync those which lifecycle stage is customer or salesqualifiedlead, other stage skip. Email is "
      "match key, need lowercase. Phone: use mobilephone first, if mobile is empty then phone. Description "
      "write 'Synced from HubSpot - sales ready'.", HS)
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["mobilephone"], r["phone"]),
            "Description": "Synced from HubSpot - sales ready"}


HS14 = extended(HS, hs(email="oliver.bennett@crestline.com", firstname="  oliver ", lastname="BENNETT  ",
                       industry="Healthcare"))
DEPT = {"Software": "IT", "Logistics": "Operations"}


@case("h67-14-contact-trim-title-department", H, C,
      "Match by Email, no need to change the email. FirstName and LastName, need trim the spaces first, then "
      "title case (like 'GARCIA' become 'Garcia'). Department according to industry: Software is IT, "
      "Logistics is Operations, other all General, empty industry also General.", HS14)
def _14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"].strip()),
            "LastName": title(r["lastname"].strip()), "Department": DEPT.get(r["industry"], "General")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h67-15-mc-copies-subscribed-tag", H, M,
      "Push HubSpot contacts to Mailchimp audience. Match on email_address, copy from email as is. FNAME from "
      "firstname, LNAME from lastname, empty one just send empty. status all 'subscribed'. Every member add "
      "tag 'hubspot'.", HS)
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "tags": ["hubspot"]}


OPT_STATUS = {"true": "unsubscribed", "false": "subscribed"}


@case("h67-16-mc-three-way-status", H, M,
      "email_address is match key, from email, need lowercase. status according to hs_email_optout: 'true' "
      "is unsubscribed, 'false' is subscribed, empty is pending (we will ask them to confirm). Tag everyone "
      "with 'From HubSpot'.", HS)
def _16(r: R) -> Out:
    st = "pending" if blank(r["hs_email_optout"]) else OPT_STATUS[r["hs_email_optout"]]
    return {"email_address": r["email"].lower(), "status": st, "tags": ["From HubSpot"]}


@case("h67-17-mc-enterprise-smb-tags", H, M,
      "Match by email_address = email. Tags: everybody get 'hubspot'; if annual revenue more than 3000000, "
      "also add 'Enterprise'; if numemployees less than 50, add 'SMB'. Keep the order like I write. Empty "
      "revenue no Enterprise, empty numemployees no SMB.", HS)
def _17(r: R) -> Out:
    tags = ["hubspot"]
    v = rev(r)
    if v is not None and v > 3000000:
        tags.append("Enterprise")
    if not blank(r["numemployees"]) and float(r["numemployees"]) < 50:
        tags.append("SMB")
    return {"email_address": r["email"], "tags": tags}


HS18 = extended(HS, hs(email="ana.souza@verdevale.com", firstname="Ana Sofia", lastname="Souza", phone="",
                       mobilephone="202.555.0111"))


@case("h67-18-mc-first-word-phone", H, M,
      "Match email_address by HubSpot email, no change. FNAME only the first word of firstname (some people "
      "put two names there). PHONE need E.164, default country US: use phone, if phone empty then "
      "mobilephone.", HS18)
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(dflt(r["phone"], r["mobilephone"]), "1")}}


@case("h67-19-mc-skip-no-company-vip", H, M,
      "Contact without company name, we don't send (skip the whole contact), others all sync. Match key "
      "email_address, copy email. status 'subscribed'. vip: true when lifecycle stage is customer or "
      "salesqualifiedlead, other false.", HS)
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "salesqualifiedlead")}


@case("h67-20-mc-domain-tag-lname", H, M,
      "Match by email_address, use email as is (all lowercase already). LNAME is lastname in title case. "
      "tags: put the email domain (the part after '@') as first tag; if country is United States, add 'US' "
      "after it.", lower_emails(HS))
def _20(r: R) -> Out:
    tags = [after_at(r["email"])] + (["US"] if r["country"] == "United States" else [])
    return {"email_address": r["email"], "merge_fields": {"LNAME": title(r["lastname"])}, "tags": tags}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h67-21-seg-lower-full-name", H, S,
      "Segment identify: userId is email (this is match key), need lowercase. traits.email also the same lowercase email. "
      "traits.name = firstname + one space + lastname. traits.title from jobtitle, empty we send empty "
      "string.", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"].lower(), "name": r["firstname"] + " " + r["lastname"],
                       "title": r["jobtitle"]}}


@case("h67-22-seg-company-traits", H, S,
      "userId use email as is, it's the match key. traits.company.name from company, empty company fill "
      "'Individual'. traits.company.industry from industry, if empty no need to send. "
      "traits.company.employee_count from numemployees, need integer, empty one leave out.", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_blank(r["industry"]),
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h67-23-seg-address-phone", H, S,
      "Match by userId (= HubSpot email, as is). traits.address.city, traits.address.state, "
      "traits.address.country copy from city, state, country; state empty one leave out. traits.phone: phone "
      "in E.164, country is US by default; contact has no phone then don't send traits.phone (no need to use "
      "mobile).", HS)
def _23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_blank(r["state"]), "country": r["country"]},
                            "phone": OMIT if blank(r["phone"]) else e164(r["phone"], "1")}})


HS24 = extended(HS, hs(email="  Tom.Baker@Greenfield.co ", firstname="Tom", lastname="Baker", hs_email_optout="false",
                       annualrevenue="950000", createdate="2024-04-18T13:20:00.000Z"))


@case("h67-24-seg-optout-revenue-created", H, S,
      "Match key is userId: email, need trim and lowercase. traits.unsubscribed is boolean: true if hs_email_optout is 'true', "
      "false when it is 'false' or empty. traits.revenue: annual revenue as number, empty revenue leave out. "
      "traits.createdAt only the date part of createdate (YYYY-MM-DD). Thanks a lot!", HS24)
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"unsubscribed": r["hs_email_optout"] == "true",
                            "revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                            "createdAt": day(r["createdate"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h67-25-ga4-contact-sync-event", H, G,
      "Send every HubSpot contact to GA4 as one event. client_id is match key, use email as is. Event name "
      "'crm_contact_sync'. params: lifecycle_stage copy lifecycle stage; source is original source in "
      "lowercase (empty source send empty string); country copy country.", HS)
def _25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "source": r["hs_analytics_source"].lower(), "country": r["country"]}}]}


@case("h67-26-ga4-high-value-only", H, G,
      "Only send contacts with annual revenue bigger than 1000000; empty revenue don't send. client_id (match key) is "
      "the part before '@' of the email. Event name 'high_value_lead'. params.value = annual revenue as number, "
      "params.currency 'USD'.", lower_emails(HS))
def _26(r: R) -> Out:
    v = rev(r)
    if v is None or not v > 1000000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


STAGE_EVENT = {"customer": "purchase", "salesqualifiedlead": "qualify_lead"}


@case("h67-27-ga4-event-by-stage", H, G,
      "Match by client_id, client_id = email (as is). Event name according to lifecycle stage: customer is 'purchase', "
      "salesqualifiedlead is 'qualify_lead', other all 'generate_lead'. params.company from company, empty "
      "fill 'unknown'. params.job_title copy jobtitle, empty just empty.", HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": STAGE_EVENT.get(r["lifecyclestage"], "generate_lead"),
                        "params": {"company": dflt(r["company"], "unknown"), "job_title": r["jobtitle"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h67-28-hs-lead-copies", L, H,
      "Salesforce lead to HubSpot contact, match by email. Email -> email, FirstName -> firstname, LastName "
      "-> lastname, Company -> company, Title -> jobtitle, Phone -> phone. Empty value also copy as empty, "
      "don't skip.", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


STATUS_STAGE = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
                "Closed - Converted": "customer", "Closed - Not Converted": "other"}


@case("h67-29-hs-stage-by-status-optout", L, H,
      "Match key: email (from Email). lifecyclestage according to Status: 'Open - Not Contacted' is lead, "
      "'Working - Contacted' is marketingqualifiedlead, 'Closed - Converted' is customer, 'Closed - Not "
      "Converted' is other. hs_email_optout, need the text 'true' or 'false' according to "
      "HasOptedOutOfEmail.", SFL)
def _29(r: R) -> Out:
    return {"email": r["Email"], "lifecyclestage": STATUS_STAGE[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING_STATUS = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}


@case("h67-30-hs-lead-status-revenue", L, H,
      "Match on email, Email change to lowercase. hs_lead_status according to Rating: Hot -> IN_PROGRESS, "
      "Warm -> OPEN, Cold -> UNQUALIFIED. annualrevenue from AnnualRevenue as number, empty one don't send.",
      SFL)
def _30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "hs_lead_status": RATING_STATUS[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


SFL31 = extended(SFL,
                 sfl(Email="olivia.hughes@thamesdata.co.uk", FirstName="Olivia", LastName="Hughes", Company="Thames Data",
                     Title="", Phone="07700 900123", City="Reading", Country="United Kingdom"),
                 sfl(Email="raj.mehta@pennine.co.uk", FirstName="Raj", LastName="Mehta", Company="Pennine Mills",
                     Title="Plant Director", Phone="+44 161 496 0000", City="Manchester", Country="United Kingdom"))


@case("h67-31-hs-uk-only-e164", L, H,
      "Only sync leads which Country is 'United Kingdom', other country all skip. Match by email (copy Email). "
      "phone need E.164, country is UK. country write 'GB'. lastname uppercase. jobtitle from Title, empty "
      "fill 'Unknown'.", SFL31)
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "country": "GB",
            "lastname": r["LastName"].upper(), "jobtitle": dflt(r["Title"], "Unknown")}


SFL32 = extended(SFL, sfl(Email="nadia.haddad@cedarhill.com", FirstName="Nadia", LastName="Haddad",
                          Company="Cedar Hill", Status="Working - Contacted", Street="88 Harbor Rd", City="",
                          PostalCode=""))


@case("h67-32-hs-skip-closed-address", L, H,
      "Skip leads where Status is 'Closed - Not Converted'. Match on email, copy Email. city: City, empty "
      "fill 'Unknown'. address: Street + ', ' + PostalCode; if PostalCode is empty, only Street (no comma).",
      SFL32)
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else r["Street"] + ", " + r["PostalCode"]
    return {"email": r["Email"], "city": dflt(r["City"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h67-33-mc-sfc-status-sales-tag", C, M,
      "Salesforce Contact to Mailchimp. email_address is match key, from Email, lowercase. status: "
      "HasOptedOutOfEmail is true then unsubscribed, false then subscribed. tags: always 'salesforce'; if "
      "Department is Sales, also add 'sales-team' after it.", SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["sales-team"] if r["Department"] == "Sales" else [])}


SFC_US = extended(SFC, sfc(Email="maya.patel@lakeshore.com", FirstName="Maya", LastName="Patel", Title="Buyer",
                           Department="Purchasing", Phone="415-555-0161", MailingCity="Chicago",
                           MailingCountry="United States", LeadSource="Advertisement", HasOptedOutOfEmail=False,
                           Birthdate=""))
LANG = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h67-34-mc-sfc-except-optout-lang", C, M,
      "Except contacts who opted out of email (HasOptedOutOfEmail is true), sync all the others. "
      "Match key email_address = Email, no change. PHONE in E.164, default US. language according to "
      "MailingCountry: Germany -> de, Austria -> de, United States -> en.", SFC_US)
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "1")},
            "language": LANG[r["MailingCountry"]]}


@case("h67-35-mc-sfc-tradeshow-vip", C, M,
      "email_address from Email, match key, no change. FNAME FirstName, LNAME LastName. vip: true only if "
      "LeadSource is 'Trade Show', other false (empty is false too). tags: one tag with the LeadSource value; "
      "LeadSource empty then use 'Unknown source'.", SFC)
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "tags": [dflt(r["LeadSource"], "Unknown source")]}


@case("h67-36-mc-sfc-us-only-pending", C, M,
      "Only sync those which MailingCountry is United States. Match email_address with Email (as is). status "
      "'pending' for all. tags need empty list, we clear the old tags. FNAME, LNAME copy from FirstName, "
      "LastName.", SFC_US)
def _36(r: R) -> Out:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "status": "pending", "tags": [],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h67-37-seg-sfc-lower-omit", C, S,
      "userId = Email in lowercase, this is match key. traits.firstName, traits.lastName copy. traits.title "
      "from Title, empty one leave out. traits.department from Department, empty also leave out.", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_blank(r["Title"]), "department": omit_blank(r["Department"])}})


SFC38 = extended(SFC,
                 sfc(Email="owen.price@northpeak.com", FirstName="Owen", LastName="Price", MailingCity="  Seattle ",
                     MailingCountry="", Birthdate=""),
                 sfc(Email="rosa.mendez@solmaya.mx", FirstName="Rosa", LastName="Mendez", MailingCity="Guadalajara  ",
                     MailingCountry="Mexico", Birthdate="1979-08-14"))


@case("h67-38-seg-sfc-address-birthday", C, S,
      "Match by userId, userId is Email as is. traits.address.city from MailingCity, need trim (some have "
      "extra space). traits.address.country from MailingCountry, empty fill 'Unknown'. traits.birthday copy "
      "Birthdate, empty one don't send.", SFC38)
def _38(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"].strip(),
                                        "country": dflt(r["MailingCountry"], "Unknown")},
                            "birthday": omit_blank(r["Birthdate"])}})


CHANNEL = {"Web": "online", "Trade Show": "event"}


@case("h67-39-seg-sfc-phone-name-channel", C, S,
      "userId = Email, no change, we match on userId. traits.phone is Phone in E.164, assume US. "
      "traits.name: LastName + ', ' + FirstName (like 'Wagner, Felix'). traits.lead_channel according to LeadSource: Web is 'online', Trade "
      "Show is 'event', anything else or empty is 'other'.", SFC)
def _39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"], "1"), "name": r["LastName"] + ", " + r["FirstName"],
                       "lead_channel": CHANNEL.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h67-40-hs-mc-title-optout-company", M, H,
      "Mailchimp member to HubSpot contact, match by email (from email_address). firstname, lastname need "
      "title case; lastname empty one don't send. hs_email_optout the text 'true' when status is "
      "unsubscribed or cleaned, else 'false'. company from COMPANY, empty fill 'Unknown'.", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "company": dflt(mf["COMPANY"], "Unknown")})


@case("h67-41-hs-mc-skip-cleaned-phone", M, H,
      "Skip members which status is cleaned. Match on email = email_address. phone from PHONE, need E.164, US "
      "default; PHONE empty leave out. company copy COMPANY. lifecyclestage: vip true is customer, vip false "
      "is subscriber.", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


MC42 = extended(MC, mc(email_address="meiling.wong@harbourtea.hk", status="subscribed",
                       merge_fields={"FNAME": "Mei Ling", "LNAME": "Wong", "PHONE": "202.555.0187", "COMPANY": ""},
                       tags=["Customer", "Webinar"], language="zh", vip=False))


@case("h67-42-hs-mc-first-word-domain", M, H,
      "Match key email, copy email_address. firstname only first word of FNAME. company: COMPANY, if empty "
      "use the part after '@' of the email. lifecyclestage: member has tag 'Customer' then customer, else "
      "lead.", MC42)
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set67")
