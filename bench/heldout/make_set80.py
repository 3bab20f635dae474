"""Held-out set 80 for the offline mapping drafter.

Persona: a marketing-ops spreadsheet power user in Chicago who lives in Excel / Google Sheets and
writes to the developer in sentences sprinkled with sheet functions: PROPER(), UPPER(), TRIM then
LOWER, IF(... is blank, "x", ...), "like a VLOOKUP: A -> B", "IFERROR-style fallback", "LEFT of the
email up to the @", =firstname & " " & lastname. Names fields by name (never column letters), mixes
prose with formula-ish shorthand, and says TRUE/FALSE the way a sheet would.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h80-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: the brief's fixed table, authoring.RULE_KINDS (one table for every
set since set 76).
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
    mc,
    omit_if_blank,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def revenue(v: str) -> float | None:
    return None if blank(v) else float(v)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h80-01", H, L,
      'Nothing fancy here, just straight copies from the HubSpot contact into the Lead: Email = email, '
      'FirstName = firstname, LastName = lastname, Company = company, Title = jobtitle. If a HubSpot cell '
      'is blank, the Lead cell is blank too (copy the empty value, don\'t fill anything in). Then hard-code '
      'LeadSource to "Web" on every row, like typing a constant into the whole column.',
      HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h80-02", H, L,
      'For the Lead: Email = TRIM(email) (strip the stray spaces at the start/end, nothing else). '
      'Company = IF company is blank, "Unknown", else company. Title = IF jobtitle is blank, "Not Provided", '
      'else jobtitle. LastName is a plain copy of lastname. Those four fields only.',
      extended(HS, hs(email="  sam.whitaker@lakeviewdental.com ", firstname="Sam", lastname="Whitaker",
                      company="   ", jobtitle="")))
def _02(r: R) -> Out:
    return {"Email": r["email"].strip(), "Company": dflt(r["company"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Not Provided"), "LastName": r["lastname"]}


@case("h80-03", H, L,
      'Lead Email = the contact\'s email, as is. FirstName = PROPER(firstname) and LastName = PROPER(lastname) '
      '(capital first letter of each word, rest lower case). Phone works like an IFERROR fallback: take phone; '
      'if phone is blank, take mobilephone instead (copied exactly as it is, no reformatting); if both are '
      'blank, don\'t put a Phone on the Lead at all.',
      extended(HS, hs(email="tom.ng@greenfieldag.com", firstname="tom", lastname="NG", phone="", mobilephone="")))
def _03(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": ph})


@case("h80-04", H, L,
      'LeadSource is basically a VLOOKUP on hs_analytics_source:\n'
      '  "ORGANIC_SEARCH" -> "Web"\n  "PAID_SEARCH" -> "Advertisement"\n  "REFERRALS" -> "External Referral"\n'
      'If the value isn\'t in that lookup (and that includes a blank hs_analytics_source), LeadSource = "Other". '
      'Also Email = LOWER(email), and Company = company straight across (a blank company stays blank).',
      HS)
def _04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower(),
            "Company": r["company"]}


@case("h80-05", H, L,
      'Filter the sheet before anything goes over: drop every contact whose hs_email_optout is "true", and '
      'also drop every contact whose lifecyclestage is "customer". A blank hs_email_optout is not "true", so '
      'those rows stay. For the rows that survive: Email = email, LastName = lastname, Company = company '
      '(plain copies, blanks stay blank), and Status is the constant "Open - Not Contacted".',
      extended(HS, hs(email="ben.ortiz@tallgrassfarms.com", firstname="Ben", lastname="Ortiz",
                      company="Tallgrass Farms", lifecyclestage="customer", hs_email_optout="false")))
def _05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h80-06", H, L,
      'Think nested IFs on annualrevenue for the Lead Rating: IF annualrevenue > 5000000, "Hot"; IF '
      'annualrevenue < 1000000, "Cold"; anything in between is "Warm". A blank annualrevenue counts as "Cold". '
      'NumberOfEmployees = INT(numemployees), i.e. a whole number; if numemployees is blank, leave '
      'NumberOfEmployees off the Lead. Email comes from email.',
      HS)
def _06(r: R) -> Out:
    v = revenue(r["annualrevenue"])
    rating = "Cold" if v is None or v < 1000000 else ("Hot" if v > 5000000 else "Warm")
    return keep({"Rating": rating, "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(x)),
                 "Email": r["email"]})


@case("h80-07", H, L,
      'Three columns on the Lead. Email = email. City = PROPER(city). Phone = the contact\'s phone reformatted '
      'to E.164, assuming a US number (+1) unless it already starts with a "+", in which case keep its own '
      'country code; e.g. (415) 555-0142 becomes +14155550142. If phone is blank, skip it: no Phone on that '
      'Lead.',
      HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h80-08", H, L,
      'Only bring over contacts where lifecyclestage = "marketingqualifiedlead" or lifecyclestage = '
      '"salesqualifiedlead"; everything else is filtered out. On the Lead: Email = email, State = UPPER(state), '
      'and Description = "HubSpot contact created " & createdate, where createdate is shown as just the date, '
      'YYYY-MM-DD (so you get e.g. HubSpot contact created 2023-03-14).',
      extended(HS, hs(email="owen.price@lakeshoremedia.com", firstname="Owen", lastname="Price", state="il",
                      lifecyclestage="salesqualifiedlead", createdate="2024-02-18T14:20:00.000Z")))
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "HubSpot contact created " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h80-09", H, C,
      'Address block for the Salesforce Contact, all plain copies (blank in, blank out): '
      'Email = email, MailingStreet = address, MailingCity = city, MailingState = state, '
      'MailingPostalCode = zip, MailingCountry = country.',
      HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h80-10", H, C,
      'Two checkbox fields on the Contact, plus Email = email and LastName = lastname.\n'
      '- HasOptedOutOfEmail = TRUE if hs_email_optout is "true", otherwise FALSE (a blank hs_email_optout '
      'is FALSE).\n'
      '- DoNotCall = IF(phone is blank, TRUE, FALSE). Only the phone property counts here, not mobilephone.',
      HS)
def _10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h80-11", H, C,
      'Email = email. FirstName = firstname, but IFERROR-style: when firstname is blank, use LEFT of the email '
      'up to the @ (everything before the @, not including it). Phone is a fallback chain: phone, then '
      'mobilephone if phone is blank, then the literal text "none" if both are blank. Phone values are '
      'copied as they are.',
      extended(lower_emails(HS), hs(email="rosa.delgado@cactusworks.com", firstname="", lastname="Delgado",
                                    phone="", mobilephone="")))
def _11(r: R) -> Out:
    fn = r["firstname"] if not blank(r["firstname"]) else before_at(r["email"])
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else "none")
    return {"Email": r["email"], "FirstName": fn, "Phone": ph}


@case("h80-12", H, C,
      'Put a short stage label in the Contact Description, VLOOKUP style off lifecyclestage: '
      '"subscriber" -> "Subscriber", "lead" -> "Lead", "marketingqualifiedlead" -> "MQL", '
      '"salesqualifiedlead" -> "SQL", "customer" -> "Customer". MailingState = UPPER(state), but if state is '
      'blank leave MailingState out entirely. Email = email.',
      extended(HS, hs(email="carlos.mendez@riverbend.com", firstname="Carlos", lastname="Mendez", state="tx",
                      lifecyclestage="lead")))
def _12(r: R) -> Out:
    table = {"subscriber": "Subscriber", "lead": "Lead", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Customer"}
    return keep({"Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper), "Email": r["email"]})


@case("h80-13", H, C,
      'US only: keep rows where country = "United States" and filter out everyone else. Then Email = '
      'LOWER(email); Phone = phone, with an IFERROR-type fallback to mobilephone when phone is blank (copy '
      'whichever one you use as is); LeadSource = "Advertisement" on every row.',
      extended(HS, hs(email="Jamal.Reed@WindyCityPrint.com", firstname="Jamal", lastname="Reed", phone="",
                      mobilephone="(773) 555-0166", country="United States")))
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]), "LeadSource": "Advertisement"}


@case("h80-14", H, C,
      'Names need cleaning: FirstName = PROPER(TRIM(firstname)), LastName = PROPER(TRIM(lastname)). '
      'Email = email unchanged. And LeadSource is a lookup on hs_analytics_source: "PAID_SEARCH" -> '
      '"Advertisement", "PAID_SOCIAL" -> "Advertisement", "REFERRALS" -> "External Referral", '
      '"ORGANIC_SEARCH" -> "Web". No match in the lookup, blank included, gives "Other".',
      extended(HS, hs(email="anna.kowalski@lakefrontlaw.com", firstname="  anna ", lastname=" KOWALSKI  ",
                      hs_analytics_source="EMAIL_MARKETING")))
def _14(r: R) -> Out:
    table = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral",
             "ORGANIC_SEARCH": "Web"}
    return {"FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"].strip()),
            "Email": r["email"], "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h80-15", H, M,
      'Mailchimp member from each contact: email_address = email, merge field FNAME = firstname, LNAME = '
      'lastname (plain copies). status = "subscribed" for everybody. language = hs_language, and when '
      'hs_language is blank or not even there on the contact, language = "en".',
      extended(HS, hs(email="claire.martin@boulangerie.ca", firstname="Claire", lastname="Martin", hs_language="fr")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h80-16", H, M,
      'email_address = email. status is a three-way IF on hs_email_optout: "true" -> "unsubscribed", '
      '"false" -> "subscribed", blank -> "pending". Every member gets exactly one tag, "hubspot-import".',
      HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-import"]}


@case("h80-17", H, M,
      'Tags are built from two IFs, in this order: "big-account" if annualrevenue > 3000000 (blank revenue '
      'doesn\'t get it), then "customer" if lifecyclestage = "customer". A contact that matches neither gets '
      'an empty tag list. Besides tags: email_address = email and merge field FNAME = firstname.',
      extended(HS, hs(email="hank.miller@millerbros.com", firstname="Hank", annualrevenue="7500000",
                      lifecyclestage="customer")))
def _17(r: R) -> Out:
    v = revenue(r["annualrevenue"])
    tags = (["big-account"] if v is not None and v > 3000000 else []) + \
        (["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h80-18", H, M,
      'FNAME should be just the first word of firstname (LEFT up to the first space, or the whole thing if '
      'there\'s no space). PHONE merge field = phone in E.164, and if phone is blank fall back to mobilephone; '
      'assume US (+1) for numbers without a leading "+", numbers with a "+" keep their own country code. '
      'email_address = email.',
      extended(HS, hs(email="mary.shaw@prairieschool.org", firstname="Mary Ellen", lastname="Shaw", phone="",
                      mobilephone="312-555-0175")))
def _18(r: R) -> Out:
    return {"merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(dflt(r["phone"], r["mobilephone"]))},
            "email_address": r["email"]}


@case("h80-19", H, M,
      'Exclude any contact with a blank company, they don\'t go to Mailchimp. For everyone else: email_address '
      '= email, status = "subscribed" (constant), and vip = TRUE when lifecyclestage = "customer", FALSE for '
      'any other stage.',
      extended(HS, hs(email="gina.russo@elmstreetbakery.com", firstname="Gina", company="Elm Street Bakery",
                      lifecyclestage="customer")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h80-20", H, M,
      'Member fields:\n'
      '  email_address = email\n  FNAME = PROPER(firstname)\n  LNAME = PROPER(lastname)\n'
      '  tags = one tag: the company name; IF company is blank, use the email domain instead (the part '
      'after the @, without the @)\n'
      '  vip = TRUE if annualrevenue > 2000000, else FALSE (blank revenue = FALSE)',
      lower_emails(HS))
def _20(r: R) -> Out:
    v = revenue(r["annualrevenue"])
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [r["company"] if not blank(r["company"]) else after_at(r["email"])],
            "vip": v is not None and v > 2000000}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h80-21", H, S,
      'Segment identify: userId = LOWER(email). In traits: email = email exactly as HubSpot has it, firstName '
      '= firstname, lastName = lastname, and name = firstname & " " & lastname.',
      HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h80-22", H, S,
      'userId = email. Everything else goes under traits.company: name = IF company is blank, "Independent", '
      'else company; industry = industry, but leave industry out when it\'s blank; employee_count = '
      'INT(numemployees) as a whole number, also left out when numemployees is blank.',
      HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], int)}}})


@case("h80-23", H, S,
      'userId = email. traits.address gets street = address, city = city, state = state, postalCode = zip, '
      'country = country, as copies, except state: if state is blank, no state key at all. traits.phone = '
      'phone in E.164 (US +1 assumed unless it starts with "+", then keep its country code), falling back to '
      'mobilephone when phone is blank; if both are blank, leave traits.phone out.',
      extended(HS, hs(email="wes.kline@badgerdairy.com", firstname="Wes", lastname="Kline", phone="",
                      mobilephone="", state="WI", city="Madison", zip="53703", address="10 State St")))
def _23(r: R) -> Out:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                                        "country": r["country"]},
                            "phone": omit_if_blank(src, e164)}})


@case("h80-24", H, S,
      'userId = LOWER(TRIM(email)). traits.title = jobtitle, straight copy (blank stays blank). '
      'traits.unsubscribed = TRUE when hs_email_optout is "true", otherwise FALSE; blank hs_email_optout '
      'is FALSE. traits.annual_revenue = annualrevenue as a number (VALUE()), left out when annualrevenue '
      'is blank.',
      extended(HS, hs(email="  Laura.Chen@RedlineRail.com ", firstname="Laura", lastname="Chen", jobtitle="",
                      annualrevenue="", hs_email_optout="")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h80-25", H, G,
      'One GA4 event per contact. client_id = email (as is). Event name is always "crm_contact_synced". '
      'Params: origin = "hubspot" on every event; lead_source = LOWER(hs_analytics_source), and if '
      'hs_analytics_source is blank, lead_source = "(none)"; created_on = createdate as a date, YYYY-MM-DD.',
      HS)
def _25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_synced",
                        "params": {"origin": "hubspot", "lead_source": "(none)" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h80-26", H, G,
      'Only send contacts where annualrevenue > 1000000. Blank annualrevenue = don\'t send. For those: '
      'client_id = LEFT of the email up to the @ (the bit before the @), event name "qualified_account", '
      'params value = annualrevenue as a number, and currency = "USD".',
      lower_emails(HS))
def _26(r: R) -> Out:
    v = revenue(r["annualrevenue"])
    if v is None or not v > 1000000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_account", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h80-27", H, G,
      'client_id = email. The event name is an IF: IF(lifecyclestage = "customer", "purchase", '
      '"generate_lead"). Two params: job_title = IF jobtitle is blank, "Unknown", else jobtitle; and '
      'company = company copied straight (blank company sends an empty string).',
      HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"job_title": dflt(r["jobtitle"], "Unknown"), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h80-28", L, H,
      'Salesforce Lead into a HubSpot contact, copy-paste values only: email = Email, firstname = FirstName, '
      'lastname = LastName, company = Company, jobtitle = Title, phone = Phone, city = City. Empty on the '
      'Lead means empty on the contact, no substitutes.',
      SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h80-29", L, H,
      'email = Email. hs_lead_status from the Lead Status, VLOOKUP style: "Open - Not Contacted" -> "NEW", '
      '"Working - Contacted" -> "IN_PROGRESS", "Closed - Converted" -> "CONNECTED", "Closed - Not Converted" '
      '-> "UNQUALIFIED". hs_email_optout = the text "true" when HasOptedOutOfEmail is TRUE, the text "false" '
      'when it\'s FALSE.',
      SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h80-30", L, H,
      'lifecyclestage comes from Rating, like a VLOOKUP: "Hot" -> "salesqualifiedlead", "Warm" -> '
      '"marketingqualifiedlead", "Cold" -> "lead". annualrevenue = VALUE(AnnualRevenue), i.e. a number; '
      'if AnnualRevenue is blank, don\'t set annualrevenue. email = LOWER(Email).',
      extended(SFL, sfl(Email="Nina.Patel@BrightPathEd.com", FirstName="Nina", LastName="Patel", Rating="Warm",
                        AnnualRevenue="750000.5")))
def _30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"lifecyclestage": table[r["Rating"]], "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h80-31", L, H,
      'UK leads only: keep rows where Country = "United Kingdom", filter out the rest. email = Email. phone = '
      'Phone in E.164 for the UK: drop the leading 0 and put +44 in front (so 020 7946 0321 -> '
      '+442079460321). zip = UPPER(PostalCode). jobtitle = IF Title is blank, "Unknown", else Title.',
      extended(SFL, sfl(Email="priya.shah@thamesgate.co.uk", FirstName="Priya", LastName="Shah", Title="",
                        Phone="0161 496 0753", City="Manchester", PostalCode="m1 1ae", Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h80-32", L, H,
      'Exclude leads whose Status is "Closed - Not Converted". For the rest: email = Email; company = IF '
      'Company is blank, "Unknown", else Company; message = "Salesforce lead source: " & LeadSource. When '
      'LeadSource is blank the message is just the label with nothing after it, i.e. "Salesforce lead '
      'source: " ending in that colon and space.',
      extended(SFL, sfl(Email="marco.bianchi@ventoaero.it", FirstName="Marco", LastName="Bianchi", Company="",
                        Status="Open - Not Contacted", LeadSource="Email")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"),
            "message": "Salesforce lead source: " + r["LeadSource"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h80-33", C, M,
      'email_address = LOWER(Email). status = IF(HasOptedOutOfEmail, "unsubscribed", "subscribed"). Tags: '
      'every member gets "salesforce", and contacts whose LeadSource = "Trade Show" get "trade-show" as a '
      'second tag after it.',
      SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h80-34", C, M,
      'Drop any Contact with a blank Phone. Otherwise: email_address = Email; PHONE merge field = Phone in '
      'E.164, US (+1) assumed unless the number already starts with "+" (then keep its code); language looked '
      'up from MailingCountry: "United States" -> "en", "Germany" -> "de", "Austria" -> "de".',
      extended(SFC, sfc(Email="jonas.keller@hafenlogistik.de", FirstName="Jonas", LastName="Keller", Phone="",
                        MailingCity="Hamburg", MailingCountry="Germany")))
def _34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    table = {"United States": "en", "Germany": "de", "Austria": "de"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": table[r["MailingCountry"]]}


@case("h80-35", C, M,
      'email_address = Email. FNAME = IF FirstName is blank, "Friend", else FirstName. LNAME = LastName as is. '
      'vip = TRUE if LeadSource = "Trade Show", FALSE otherwise (blank LeadSource is FALSE). status = '
      '"subscribed" across the board.',
      extended(SFC, sfc(Email="pat.quinn@quinnhvac.com", FirstName="", LastName="Quinn", LeadSource="")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h80-36", C, M,
      'DACH list: only Contacts where MailingCountry = "Germany" or "Austria"; skip everyone else. For those: '
      'email_address = Email, FNAME = FirstName, LNAME = LastName, status = "pending", email_type = "html", '
      'and tags = an empty list (no tags at all).',
      extended(SFC, sfc(Email="nora.meier@bergsicht.ch", FirstName="Nora", LastName="Meier", MailingCity="Zurich",
                        MailingCountry="Switzerland"),
               sfc(Email="tobias.braun@nordwerk.de", FirstName="Tobias", LastName="Braun", MailingCity="Berlin",
                   MailingCountry="Germany")))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h80-37", C, S,
      'userId = LOWER(Email). traits: email = Email untouched, firstName = FirstName, lastName = LastName, '
      'and title = Title, except when Title is blank, then no title trait at all.',
      SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h80-38", C, S,
      'userId = Email. Under traits.address: city = TRIM(MailingCity), country = TRIM(MailingCountry), and '
      'IF MailingCountry is blank, country = "Unknown".',
      extended(SFC, sfc(Email="max.hofer@seeblick.de", FirstName="Max", LastName="Hofer", MailingCity=" Munich  ",
                        MailingCountry="  ")))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown").strip()}}}


@case("h80-39", C, S,
      'userId = Email. traits.phone = Phone in E.164 (US +1 unless it already starts with "+"). traits.name = '
      '=FirstName & " " & LastName. traits.acquisition_channel, lookup on LeadSource: "Web" -> "online", '
      '"Trade Show" -> "events"; anything else, blank LeadSource included, -> "other".',
      extended(SFC, sfc(Email="dana.cole@lakeshorepr.com", FirstName="Dana", LastName="Cole", Phone="312.555.0144",
                        LeadSource="Partner Referral")))
def _39(r: R) -> Out:
    table = {"Web": "online", "Trade Show": "events"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                       "acquisition_channel": table.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h80-40", M, H,
      'Mailchimp back into HubSpot. email = email_address. firstname = PROPER(FNAME merge field). lastname = '
      'PROPER(LNAME), but if LNAME is blank leave lastname off. hs_language = language, or "en" if language '
      'is blank. hs_email_optout = the text "true" if status = "unsubscribed", the text "false" for any other '
      'status.',
      extended(MC, mc({"FNAME": "ROSA", "LNAME": "lopez"}, email_address="rosa.lopez@pilsenprints.com",
                      status="pending", language="")))
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h80-41", M, H,
      'Skip members whose status is "cleaned". For everyone else: email = email_address; firstname = FNAME '
      '(copy); phone = PHONE in E.164, US (+1) assumed unless it starts with "+" (then keep its own code), '
      'and no phone property at all when PHONE is blank; lifecyclestage = IF(vip is TRUE, "customer", "lead").',
      MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h80-42", M, H,
      'email = email_address. firstname = first word of FNAME (LEFT up to the first space). lastname = LNAME, '
      'with a fallback: if LNAME is blank, put the email domain there (everything after the @). And '
      'lifecyclestage = "customer" if the member\'s tags include "Customer", otherwise "subscriber".',
      extended(MC, mc({"FNAME": "Mary Kate", "LNAME": ""}, email_address="marykate@oakparkyoga.com",
                      tags=["Webinar", "Customer"])))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": mf["LNAME"] if not blank(mf["LNAME"]) else after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set80")
