"""Held-out set 43 for the offline mapping drafter.

Persona: an external agency consultant writing a numbered requirements document for a client's
integration. Each text is a short spec of numbered or lettered items ("1) ...; 2) ..."), often
with field API names in backticks, a short rationale in parentheses, arrows ("->", "<-") between
source and destination, and sometimes full consultant prose ("The integration shall populate ...").

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h43-01 .. h43-08)
  hubspot.contacts -> salesforce.Contact   6  (h43-09 .. h43-14)
  hubspot.contacts -> mailchimp.members    6  (h43-15 .. h43-20)
  hubspot.contacts -> segment.identify     4  (h43-21 .. h43-24)
  hubspot.contacts -> ga4.events           3  (h43-25 .. h43-27)
  salesforce.Lead  -> hubspot.contacts     5  (h43-28 .. h43-32)
  salesforce.Contact -> mailchimp.members  4  (h43-33 .. h43-36)
  salesforce.Contact -> segment.identify   3  (h43-37 .. h43-39)
  mailchimp.members -> hubspot.contacts    3  (h43-40 .. h43-42)

Rule kinds per case:
  01 copies (blank copied), constant             22 nested company traits, default, omit, integer
  02 defaults when empty (whitespace input)      23 nested address, omit-when-empty, E.164 w/ fallback
  03 fallback chain + omit, title case           24 trim+lower, copy, boolean (blank branch), number/omit
  04 value table w/ otherwise (blank), lower     25 GA4: constants, lower, copy
  05 skip filter (blank stated), constants       26 GA4: only filter (> , blank stated), part before @, number/0
  06 > conditions (blank stated), integer/omit   27 GA4: conditional event name, default, copy
  07 E.164 US w/ omit, title case, copy          28 copies (with empty values)
  08 only filter, upper, concat + date           29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields                 30 lower, table (no otherwise), number/omit
  10 boolean flags (blank branches)              31 only filter, E.164 UK, upper, default
  11 3-step fallback chain, part before @, copy  32 skip filter, default, concat w/ blank-part rule
  12 table (no otherwise), upper + omit          33 lower, boolean -> status, constant + conditional tag
  13 only filter, lower, fallback/omit, constant 34 skip filter, E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise        35 default, copy, equality -> vip, constant
  15 copies, default, constants                  36 only filter, constants, empty tag list, copies
  16 3-way status (blank stated), constant tag   37 lower userId, copies, omit-when-empty
  17 conditional tags (> and equality), []       38 nested address, trim, default, omit
  18 first word, E.164 w/ fallback + omit        39 E.164 US, concatenation, table w/ otherwise
  19 skip filter (blank), constant, vip flag     40 title case, omit, default, "true"/"false" text
  20 part after @ tag, title case, > vip flag    41 skip filter, E.164 US + omit, copy, vip condition
  21 lower, copy, concatenation                  42 first word, fallback to part after @, tag condition
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
Out = R | None


def hs(**kw: Any) -> R:
    """A full HubSpot contact, the pool's first record with some values replaced."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(**kw: Any) -> R:
    base = {**MC[0], "merge_fields": dict(MC[0]["merge_fields"]), "tags": list(MC[0]["tags"])}
    merge = kw.pop("merge_fields", {})
    base["merge_fields"].update(merge)
    return {**base, **kw}


def first_set(*vals: Any) -> Any:
    """The first non-blank value, OMIT when all are blank."""
    for v in vals:
        if not blank(v):
            return v
    return OMIT


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h43-01-lead-baseline-web-source", H, L,
      "REQ-01 HubSpot contact -> Salesforce Lead, baseline field set.\n"
      "1) `email` -> `Email` (upsert key);\n"
      "2) `firstname` -> `FirstName`;\n"
      "3) `lastname` -> `LastName`;\n"
      "4) `company` -> `Company`, passed through exactly as stored, blank values included (validation is "
      "the client's concern, not the connector's);\n"
      "5) `LeadSource` = 'Web' on every record (the client confirmed all HubSpot contacts originate from web forms).",
      HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "LeadSource": "Web"}


@case("h43-02-lead-company-title-defaults", H, L,
      "The integration shall populate the Lead as follows. 1) `Email` shall carry the contact's `email` unchanged. "
      "2) `Company` shall carry `company`; where `company` is blank, the literal 'Individual' shall be written "
      "instead (Salesforce will not save a Lead without a Company). 3) `Title` shall carry `jobtitle`; where "
      "`jobtitle` is blank, the literal 'Not Specified' shall be written. No other Lead fields are in scope.",
      extended(HS, hs(email="sam.ortiz@brightline.co", company="   ", jobtitle="Analyst")))
def _(r: R) -> R:
    return {"Email": r["email"], "Company": dflt(r["company"], "Individual"),
            "Title": dflt(r["jobtitle"], "Not Specified")}


@case("h43-03-lead-one-phone-title-surname", H, L,
      "Phone consolidation (Sales wants one dialable number per lead):\n"
      "a) `email` -> `Email`.\n"
      "b) `Phone` takes `phone`; where that is blank, `mobilephone`; where both are blank, `Phone` is not set at "
      "all (no placeholder numbers). Numbers are passed through unformatted.\n"
      "c) `lastname` -> `LastName`, converted to title case (first letter of each word upper case, remaining "
      "letters lower case).",
      extended(HS, hs(email="noor.haddad@cedarline.ae", lastname="haddad", phone="", mobilephone="  ")))
def _(r: R) -> R:
    return keep({"Email": r["email"], "Phone": first_set(r["phone"], r["mobilephone"]),
                 "LastName": title(r["lastname"])})


@case("h43-04-lead-status-from-stage", H, L,
      "4.1 `Email` = the contact's `email`, converted to lower case.\n"
      "4.2 `Status` is derived from `lifecyclestage`:\n"
      "  - marketingqualifiedlead -> 'Working - Contacted'\n"
      "  - salesqualifiedlead -> 'Working - Contacted'\n"
      "  - customer -> 'Closed - Converted'\n"
      "  - any other stage, and a blank stage -> 'Open - Not Contacted'\n"
      "(The client's SDRs work their queue off `Status`, so every Lead needs a value.)",
      extended(HS, hs(email="Ravi.Menon@TideWorks.in", lifecyclestage="opportunity"),
               hs(email="Ana.Souza@VerdeLar.br", lifecyclestage="")))
def _(r: R) -> R:
    table = {"marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"].lower(), "Status": table.get(r["lifecyclestage"], "Open - Not Contacted")}


@case("h43-05-lead-skip-opted-out", H, L,
      "1) Exclusion: a contact whose `hs_email_optout` is \"true\" shall not be sent to Salesforce at all. A "
      "contact with \"false\" or with a blank `hs_email_optout` is treated as opted in and is sent.\n"
      "2) For sent contacts: `email` -> `Email`; `company` -> `Company` (as is).\n"
      "3) `HasOptedOutOfEmail` = false on every lead sent (checkbox value, not text).\n"
      "4) `Rating` = 'Warm' for all of them (Sales triages these manually).",
      extended(HS, hs(email="li.wei@jadegate.cn", company="Jade Gate", hs_email_optout="  ")))
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Company": r["company"], "HasOptedOutOfEmail": False, "Rating": "Warm"}



@case("h43-06-lead-rating-by-revenue-headcount", H, L,
      "Requirement 6 (lead scoring on the Salesforce side).\n"
      "1) `email` -> `Email`.\n"
      "2) `Rating` from `annualrevenue`: above 5,000,000 -> 'Hot'; otherwise above 1,000,000 -> 'Warm'; "
      "everything else -> 'Cold'. A contact with blank revenue is rated 'Cold'.\n"
      "3) `numemployees` -> `NumberOfEmployees` as a whole number; where `numemployees` is blank the field is "
      "left off the lead.",
      HS)
def _(r: R) -> R:
    v = rev(r)
    rating = "Hot" if v is not None and v > 5_000_000 else "Warm" if v is not None and v > 1_000_000 else "Cold"
    emp = OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": emp})


@case("h43-07-lead-mobile-e164-firstname", H, L,
      "The integration shall populate `Email` from `email` unchanged and `FirstName` from `firstname` in title "
      "case (each word capitalised, rest lower case). `MobilePhone` shall be populated from `mobilephone` in E.164 "
      "format; numbers without a leading '+' are to be treated as US numbers, numbers with one keep their own "
      "country code. Where `mobilephone` is blank, `MobilePhone` shall be omitted (the SMS tool rejects empty "
      "values).",
      HS)
def _(r: R) -> R:
    mob = OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "MobilePhone": mob})


@case("h43-08-lead-us-only-state-description", H, L,
      "Scope and fields for the US lead feed:\n"
      "1) Only contacts whose `country` is exactly 'United States' are sent; all other contacts are out of scope "
      "for this phase.\n"
      "2) `email` -> `Email`.\n"
      "3) `state` -> `State`, upper-cased (territory rules expect two-letter codes).\n"
      "4) `Description` = 'HubSpot create date: ' followed by the contact's `createdate` as YYYY-MM-DD "
      "(e.g. 'HubSpot create date: 2023-03-14').",
      extended(HS, hs(email="jordan.price@ridgeway.com", state="ny", createdate="2024-02-20T13:15:00.000Z"),
               hs(email="ines.moreau@azur.ca", country="Canada", state="qc")))
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "HubSpot create date: " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h43-09-contact-mailing-address", H, C,
      "Contact address mapping, HubSpot -> Salesforce Contact. Straight copies, no reformatting; a blank source "
      "value is written as blank.\n"
      "1) `email` -> `Email`\n"
      "2) `firstname` -> `FirstName`\n"
      "3) `lastname` -> `LastName`\n"
      "4) `address` -> `MailingStreet`\n"
      "5) `city` -> `MailingCity`\n"
      "6) `state` -> `MailingState`\n"
      "7) `zip` -> `MailingPostalCode`\n"
      "8) `country` -> `MailingCountry`",
      HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h43-10-contact-optout-donotcall", H, C,
      "The integration shall populate three fields on the Salesforce Contact: (a) `Email` from `email`, as is; "
      "(b) `HasOptedOutOfEmail` = true where `hs_email_optout` is \"true\", and false where it is \"false\" or "
      "blank; (c) `DoNotCall` = true where the contact has no `phone` (blank), false where a `phone` is present "
      "(the client's call centre dials the main number only).",
      extended(HS, hs(email="tomas.novak@vltava.cz", phone="  ", hs_email_optout=" ")))
def _(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h43-11-contact-lastname-chain", H, C,
      "Salesforce requires `LastName` on a Contact, so the following chain applies:\n"
      "1) `LastName` <- `lastname`;\n"
      "2) if that is blank, <- `firstname`;\n"
      "3) if both are blank, <- the part of `email` before the '@'.\n"
      "In addition: `email` -> `Email` (unchanged) and `jobtitle` -> `Title` (unchanged, blanks included).",
      extended(lower_emails(HS), hs(email="sam@quillpress.com", firstname="Sam", lastname=""),
               hs(email="ops.desk@harborlight.org", firstname=" ", lastname="", jobtitle="")))
def _(r: R) -> R:
    last = r["lastname"] if not blank(r["lastname"]) else r["firstname"] if not blank(r["firstname"]) \
        else before_at(r["email"])
    return {"LastName": last, "Email": r["email"], "Title": r["jobtitle"]}


@case("h43-12-contact-country-codes-state", H, C,
      "a) `email` -> `Email`.\n"
      "b) `MailingCountry` receives an ISO code looked up from `country`: 'United States' -> 'US'; 'Japan' -> 'JP'; "
      "'Mexico' -> 'MX'; 'France' -> 'FR'. (These are the only countries present in the client's portal today.)\n"
      "c) `state` -> `MailingState`, in upper case; where `state` is blank, `MailingState` is left off.",
      extended(HS, hs(email="kayla.brooks@juniper.co", state="tx")))
def _(r: R) -> R:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    st = OMIT if blank(r["state"]) else r["state"].upper()
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]], "MailingState": st})


@case("h43-13-contact-customers-only", H, C,
      "Customer-contact sync.\n"
      "1) Scope: only contacts whose `lifecyclestage` is 'customer' or 'opportunity'; every other stage is skipped.\n"
      "2) `Email` <- `email`, lower case.\n"
      "3) `Phone` <- `phone`, or `mobilephone` when `phone` is blank; if both are blank, leave `Phone` off.\n"
      "4) `Department` = 'Accounts' on all records (Account Management owns these contacts).",
      extended(HS, hs(email="Olu.Adeyemi@LagosHub.ng", lifecyclestage="opportunity", phone="",
                      mobilephone="+234 803 555 0101"),
               hs(email="Greta.Lind@Nordlys.se", lifecyclestage="customer", phone=" ", mobilephone=""),
               hs(email="Marco.Bianchi@Vela.it", lifecyclestage="evangelist")))
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "opportunity"):
        return None
    return keep({"Email": r["email"].lower(), "Phone": first_set(r["phone"], r["mobilephone"]),
                 "Department": "Accounts"})


@case("h43-14-contact-trim-title-description", H, C,
      "REQ-14. `Email` <- `email` with leading and trailing spaces trimmed (no other change). `LastName` <- "
      "`lastname` in title case. `Description` is set from `lifecyclestage`: 'customer' -> 'Existing customer'; "
      "'opportunity' -> 'Open opportunity'; anything else, a blank stage included -> 'Prospect'.",
      extended(HS, hs(email="  Hana.Kim@Seoulbyte.kr ", lastname="KIM", lifecyclestage="opportunity"),
               hs(email="bruno.costa@lisboa.pt   ", lastname="costa", lifecyclestage="")))
def _(r: R) -> R:
    desc = {"customer": "Existing customer", "opportunity": "Open opportunity"}.get(r["lifecyclestage"], "Prospect")
    return {"Email": r["email"].strip(), "LastName": title(r["lastname"]), "Description": desc}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h43-15-mc-member-basics", H, M,
      "Mailchimp member payload (HubSpot -> audience):\n"
      "1) `email` -> `email_address`, as is;\n"
      "2) `firstname` -> `merge_fields.FNAME`; where `firstname` is blank, use 'there' (the welcome template "
      "reads 'Hi *|FNAME|*');\n"
      "3) `lastname` -> `merge_fields.LNAME`, as is;\n"
      "4) `status` = 'subscribed';\n"
      "5) `language` = 'en'.",
      extended(HS, hs(email="info@brightpath.io", firstname="", lastname="")))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "there"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h43-16-mc-three-way-status", H, M,
      "The integration shall set the member `status` from `hs_email_optout`: \"true\" -> 'unsubscribed'; "
      "\"false\" -> 'subscribed'; blank -> 'pending' (unknown consent goes through double opt-in). `email` -> "
      "`email_address` unchanged. Every member shall carry exactly one tag, 'hubspot-sync'.",
      HS)
def _(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else "unsubscribed" if o == "true" else "subscribed"
    return {"status": status, "email_address": r["email"], "tags": ["hubspot-sync"]}


@case("h43-17-mc-revenue-customer-tags", H, M,
      "Tagging spec.\n"
      "1) `email_address` <- `email`.\n"
      "2) `status` = 'subscribed' for everyone.\n"
      "3) `tags`, built in this order: a) 'big-account' when `annualrevenue` is greater than 3,000,000 (blank "
      "revenue does not qualify); b) 'customer' when `lifecyclestage` is 'customer'. A contact meeting neither "
      "condition is sent with an empty tag list.",
      extended(HS, hs(email="ada.obi@kanoagri.ng", annualrevenue="9000000", lifecyclestage="customer")))
def _(r: R) -> R:
    v = rev(r)
    tags = []
    if v is not None and v > 3_000_000:
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h43-18-mc-first-word-phone-e164", H, M,
      "1) `email` -> `email_address`. 2) `merge_fields.FNAME` = the first word only of `firstname` (several records "
      "hold a full name in that field). 3) `merge_fields.PHONE` = `phone`, falling back to `mobilephone` when "
      "`phone` is blank, formatted E.164: assume US for numbers without a '+', keep the country code of numbers "
      "that have one. If both are blank, PHONE is left out.",
      extended(HS, hs(email="mary.ann.lee@oakridge.com", firstname="Mary Ann", phone="", mobilephone=""),
               hs(email="jose.luis@sol.es", firstname="José Luis", phone="1-646-555-0111")))
def _(r: R) -> R:
    ph = first_set(r["phone"], r["mobilephone"])
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": ph if ph is OMIT else e164(ph)}})


@case("h43-19-mc-b2b-only-vip", H, M,
      "Contacts with a blank `company` are skipped (B2C sign-ups stay out of the B2B audience). For the others "
      "the integration shall populate: `email_address` <- `email`; `status` = 'subscribed'; `vip` = true when "
      "`lifecyclestage` is 'customer', false for every other stage.",
      extended(HS, hs(email="ruth.bell@bellhaus.com", company="Bell Haus", lifecyclestage="customer"),
               hs(email="leo.marsh@marshco.com", company="  ", lifecyclestage="customer")))
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h43-20-mc-domain-tag-names-vip", H, M,
      "a) `email` -> `email_address`.\n"
      "b) `firstname` -> `merge_fields.FNAME` and `lastname` -> `merge_fields.LNAME`, both in title case.\n"
      "c) `tags`: a single tag holding the email domain, i.e. the part of `email` after the '@' (used for "
      "account-based segments).\n"
      "d) `vip` = true when `numemployees` is greater than 100, otherwise false; a blank `numemployees` means false.",
      extended(lower_emails(HS), hs(email="wen.zhou@megacorp.cn", firstname="WEN", lastname="zhou",
                                    numemployees="1500")))
def _(r: R) -> R:
    n = r["numemployees"]
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])], "vip": (not blank(n)) and float(n) > 100}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h43-21-seg-sort-name", H, S,
      "Segment identify, minimal profile:\n"
      "1) `userId` = `email`, lower-cased.\n"
      "2) `traits.email` = `email` exactly as stored.\n"
      "3) `traits.name` = `lastname` + ', ' + `firstname` (a comma and one space between them; the client's "
      "reports sort by surname).\n"
      "4) `traits.title` = `jobtitle`, copied as is.",
      HS)
def _(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["lastname"] + ", " + r["firstname"], "title": r["jobtitle"]}}


@case("h43-22-seg-company-object", H, S,
      "The integration shall send `userId` = the contact's `email` (unchanged) and a `traits.company` object "
      "with: `name` from `company`, or 'Self-employed' where `company` is blank; `industry` from `industry`, "
      "omitted where blank; `employee_count` from `numemployees` as a whole number, omitted where blank.",
      HS)
def _(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Self-employed"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h43-23-seg-address-phone", H, S,
      "1) `userId` <- `email`, lower case.\n"
      "2) Under `traits.address`: `city` <- `city`; `postalCode` <- `zip`; `country` <- `country`; `state` <- "
      "`state`, but only when `state` is not blank (otherwise no `state` key at all).\n"
      "3) `traits.phone` <- `phone` in E.164, or `mobilephone` in E.164 when `phone` is blank; numbers without a "
      "'+' are US numbers, numbers with one keep their country code.",
      HS)
def _(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"].lower(), "traits": {
        "address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                    "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": e164(ph)}})


@case("h43-24-seg-optout-revenue", H, S,
      "Requirements:\n"
      "(a) `userId` = `email`, trimmed of surrounding spaces and lower-cased;\n"
      "(b) `traits.website` = `website`, copied as is;\n"
      "(c) custom trait `traits.email_opt_out` (boolean) = true when `hs_email_optout` is \"true\", false when it "
      "is \"false\" or blank;\n"
      "(d) custom trait `traits.annual_revenue` = `annualrevenue` as a number, left off when blank.",
      extended(HS, hs(email=" Zoe.Hart@Hartline.io ", website="", hs_email_optout="", annualrevenue="640000.5")))
def _(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "website": r["website"], "email_opt_out": r["hs_email_optout"] == "true",
        "annual_revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h43-25-ga4-sign-up", H, G,
      "GA4 Measurement Protocol, contact-created signal.\n"
      "1) `client_id` = the constant 'hubspot-crm' (server-side stream agreed with the analytics team).\n"
      "2) One event per contact, named 'sign_up'.\n"
      "3) Event params: `method` = 'hubspot'; `country` = the contact's `country` in lower case; `job_title` = "
      "`jobtitle`, copied as is.",
      HS)
def _(r: R) -> R:
    return {"client_id": "hubspot-crm", "events": [{"name": "sign_up", "params": {
        "method": "hubspot", "country": r["country"].lower(), "job_title": r["jobtitle"]}}]}


@case("h43-26-ga4-qualify-lead-headcount", H, G,
      "The integration shall send a GA4 event only for contacts whose `numemployees` is greater than 15; contacts "
      "with a blank `numemployees` are not sent. For each event sent: `client_id` is the part of `email` before "
      "the '@'; the event name is 'qualify_lead'; its params are `currency` = 'USD' and `value` = `annualrevenue` "
      "as a number, or 0 when `annualrevenue` is blank.",
      lower_emails(HS))
def _(r: R) -> Out:
    n = r["numemployees"]
    if blank(n) or float(n) <= 15:
        return None
    value = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualify_lead", "params": {"currency": "USD", "value": value}}]}


@case("h43-27-ga4-purchase-or-lead", H, G,
      "1) `client_id` -> the contact's `email`, as stored.\n"
      "2) Event name: 'purchase' for contacts whose `lifecyclestage` is 'customer'; 'generate_lead' for every "
      "other stage.\n"
      "3) params.`city` -> `city`, or 'unknown' when `city` is blank.\n"
      "4) params.`lifecycle_stage` -> `lifecyclestage`, copied as is.",
      extended(HS, hs(email="nils.berg@fjord.no", city=" ", lifecyclestage="lead")))
def _(r: R) -> R:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "city": dflt(r["city"], "unknown"), "lifecycle_stage": r["lifecyclestage"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h43-28-hs-from-lead-copies", L, H,
      "Reverse flow, Salesforce Lead -> HubSpot contact. Direct copies only, no transformation; empty values are "
      "copied as empty.\n"
      "1) `Email` -> `email` (HubSpot's dedupe key)\n"
      "2) `FirstName` -> `firstname`\n"
      "3) `LastName` -> `lastname`\n"
      "4) `Company` -> `company`\n"
      "5) `Title` -> `jobtitle`\n"
      "6) `Phone` -> `phone`\n"
      "7) `City` -> `city`",
      SFL)
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h43-29-hs-stage-from-rating", L, H,
      "a) `Email` -> `email`.\n"
      "b) `Rating` -> `lifecyclestage` via: Hot -> 'salesqualifiedlead'; Warm -> 'marketingqualifiedlead'; "
      "Cold -> 'lead'.\n"
      "c) `hs_email_optout` shall be written as the text \"true\" when `HasOptedOutOfEmail` is checked, and as the "
      "text \"false\" when it is not.",
      SFL)
def _(r: R) -> R:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return {"email": r["Email"], "lifecyclestage": stage,
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h43-30-hs-lead-status-revenue", L, H,
      "The integration shall populate: `email` from `Email` in lower case; `hs_lead_status` from `Status` per the "
      "following table — 'Open - Not Contacted' -> 'NEW', 'Working - Contacted' -> 'ATTEMPTED_TO_CONTACT', "
      "'Closed - Converted' -> 'CONNECTED', 'Closed - Not Converted' -> 'UNQUALIFIED'; and `annualrevenue` from "
      "`AnnualRevenue` as a number, omitted where `AnnualRevenue` is blank.",
      extended(SFL, sfl(Email="Tariq.Aziz@DuneTech.ae", Status="Working - Contacted", AnnualRevenue="750000.25")))
def _(r: R) -> R:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
          "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return keep({"email": r["Email"].lower(), "hs_lead_status": st,
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h43-31-hs-uk-leads", L, H,
      "UK lead import.\n"
      "1) Only Leads with `Country` = 'United Kingdom' are synced; any other value, blank included, is skipped.\n"
      "2) `Email` -> `email`.\n"
      "3) `Phone` -> `phone` in E.164; numbers without a leading '+' are UK numbers (drop the national 0, "
      "prefix +44).\n"
      "4) `PostalCode` -> `zip`, upper case.\n"
      "5) `Title` -> `jobtitle`; a blank title becomes 'Not stated'.",
      extended(SFL, sfl(Email="ella.hughes@cardiffmill.co.uk", Country="United Kingdom", Phone="029 2018 0456",
                        PostalCode="cf10 1aa", Title=""),
               sfl(Email="rhys.owen@severn.co.uk", Country="United Kingdom", Phone="+44 117 496 0123",
                   PostalCode="bs1 4dj", Title="Buyer")))
def _(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not stated")}


@case("h43-32-hs-skip-disqualified-message", L, H,
      "1) Leads with `Status` 'Closed - Not Converted' are excluded (disqualified; no value in HubSpot).\n"
      "2) `Email` -> `email`.\n"
      "3) `Title` -> `jobtitle`, defaulting to 'Unknown' when `Title` is blank.\n"
      "4) `message` = 'Salesforce lead source: ' followed by `LeadSource`; where `LeadSource` is blank, the words "
      "'not recorded' take its place (e.g. 'Salesforce lead source: not recorded').",
      SFL)
def _(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"),
            "message": "Salesforce lead source: " + dflt(r["LeadSource"], "not recorded")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h43-33-mc-from-contact-dach-tag", C, M,
      "Salesforce Contact -> Mailchimp.\n"
      "(1) `Email` -> `email_address`, lower-cased.\n"
      "(2) `status`: 'unsubscribed' when `HasOptedOutOfEmail` is true, 'subscribed' when it is false.\n"
      "(3) `tags`: first 'salesforce' on every member, then 'dach' for contacts whose `MailingCountry` is Germany, "
      "Austria or Switzerland.",
      SFC)
def _(r: R) -> R:
    tags = ["salesforce"] + (["dach"] if r["MailingCountry"] in ("Germany", "Austria", "Switzerland") else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h43-34-mc-from-contact-phone-language", C, M,
      "The integration shall skip every Contact with `HasOptedOutOfEmail` = true. For the remaining Contacts it "
      "shall populate `email_address` from `Email` (unchanged), `merge_fields.PHONE` from `Phone` in E.164 (US "
      "numbers unless the number already starts with '+'), and `language` from `MailingCountry`: Germany -> 'de'; "
      "Austria -> 'de'; United States -> 'en'.",
      extended(SFC, sfc(Email="maya.ross@lakeview.com", MailingCountry="United States", Phone="312-555-0166")))
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h43-35-mc-from-contact-tradeshow-vip", C, M,
      "1) `Email` -> `email_address`.\n"
      "2) `FirstName` -> `merge_fields.FNAME`; a blank first name becomes 'Friend' (Marketing's greeting fallback).\n"
      "3) `LastName` -> `merge_fields.LNAME`, as is.\n"
      "4) `vip` = true when `LeadSource` is 'Trade Show', false otherwise (booth contacts get the VIP track).\n"
      "5) `status` = 'subscribed'.",
      extended(SFC, sfc(Email="k.ito@minato.jp", FirstName="", LastName="Ito", LeadSource="Trade Show")))
def _(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h43-36-mc-from-contact-us-repermission", C, M,
      "US-only re-permission campaign.\n"
      "a) Scope: Contacts with `MailingCountry` = 'United States' only; all others are skipped.\n"
      "b) `Email` -> `email_address`; `FirstName` -> `merge_fields.FNAME`; `LastName` -> `merge_fields.LNAME` "
      "(plain copies).\n"
      "c) `status` = 'pending' (triggers the re-confirmation e-mail).\n"
      "d) `language` = 'en'.\n"
      "e) `tags` sent as an empty list, [] (clears legacy tags).",
      extended(SFC, sfc(Email="nina.patel@harborpoint.com", FirstName="Nina", LastName="Patel",
                        MailingCountry="United States")))
def _(r: R) -> Out:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h43-37-seg-from-contact-profile", C, S,
      "Segment identify from Salesforce Contact: 1) `userId` = `Email` in lower case; 2) `traits.email` = `Email` "
      "unchanged; 3) `traits.firstName` <- `FirstName`; 4) `traits.lastName` <- `LastName`; 5) `traits.title` <- "
      "`Title`, omitted when `Title` is blank.",
      SFC)
def _(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h43-38-seg-from-contact-address-birthday", C, S,
      "The integration shall populate `userId` from `Email` (no change) and the following traits: "
      "`traits.address.city` from `MailingCity` with surrounding whitespace trimmed; `traits.address.country` "
      "from `MailingCountry`, or 'Unknown' where it is blank; `traits.birthday` from `Birthdate`, left out where "
      "`Birthdate` is blank.",
      extended(SFC, sfc(Email="omar.said@nilebay.eg", MailingCity="  Cairo ", MailingCountry="", Birthdate="")))
def _(r: R) -> R:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h43-39-seg-from-contact-team", C, S,
      "1) `userId` <- `Email`.\n"
      "2) `traits.phone` <- `Phone` in E.164 (assume US; numbers that start with '+' keep their own code).\n"
      "3) `traits.name` <- `FirstName` + ' ' + `LastName`.\n"
      "4) custom trait `traits.team` <- `Department`: Engineering -> 'R&D'; Sales -> 'Revenue'; any other value, "
      "or blank -> 'General'.",
      extended(SFC, sfc(Email="ji.park@hanriver.kr", FirstName="Ji", LastName="Park", Department="Finance",
                        Phone="+82 2 555 0123")))
def _(r: R) -> R:
    team = {"Engineering": "R&D", "Sales": "Revenue"}.get(r["Department"], "General")
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]),
                                             "name": r["FirstName"] + " " + r["LastName"], "team": team}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h43-40-hs-from-mc-backfill", M, H,
      "Mailchimp -> HubSpot backfill.\n"
      "a) `email_address` -> `email`.\n"
      "b) `merge_fields.FNAME` -> `firstname`, title case.\n"
      "c) `merge_fields.LNAME` -> `lastname`, title case; omitted where LNAME is blank (do not overwrite HubSpot "
      "with nothing).\n"
      "d) `merge_fields.COMPANY` -> `company`; 'Unknown' where blank.\n"
      "e) `hs_email_optout` as text: \"true\" for members whose `status` is 'unsubscribed' or 'cleaned', \"false\" "
      "for any other status.",
      MC)
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h43-41-hs-from-mc-skip-cleaned", M, H,
      "The integration shall exclude members with `status` 'cleaned' (hard bounces). For the rest it shall "
      "populate `email` from `email_address`; `phone` from `merge_fields.PHONE` in E.164 (US assumed when there is "
      "no '+'), omitting `phone` when PHONE is blank; `company` from `merge_fields.COMPANY`, copied as is; and "
      "`lifecyclestage` = 'customer' when `vip` is true, 'subscriber' when `vip` is false.",
      extended(MC, mc(email_address="dara.quinn@quinnco.com", status="pending", vip=True,
                      merge_fields={"FNAME": "Dara", "LNAME": "Quinn", "PHONE": "212.555.0144", "COMPANY": "Quinn & Co"})))
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h43-42-hs-from-mc-domain-company", M, H,
      "1) `email_address` -> `email`.\n"
      "2) `firstname` = the first word of `merge_fields.FNAME`.\n"
      "3) `company` = `merge_fields.COMPANY`; where that is blank, the domain of the email address (the part "
      "after the '@').\n"
      "4) `lifecyclestage`: 'customer' where the member's `tags` include 'Customer' (exact, case-sensitive match); "
      "'lead' otherwise.",
      extended(MC, mc(email_address="mary.jo.king@kingfarms.com", tags=["Webinar", "Customer"],
                      merge_fields={"FNAME": "Mary Jo", "LNAME": "King", "PHONE": "", "COMPANY": " "})))
def _(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    assert len(CASES) == 42
    build(CASES, Path(__file__).parent / "set43")
