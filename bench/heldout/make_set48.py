"""Held-out set 48 for the offline mapping drafter.

Persona: a junior marketing intern in their first job (US). They write hesitant, rambling but
well-meant requests: hedges ("I think", "maybe", "if that makes sense", "idk if this matters
but"), run-on sentences glued with "and also", inconsistent capitalisation, the odd misspelt
field name ("emial", "frist name", "compnay", "adress", "phone numbr", "lifecylce stage"; at
most one or two per case) and now and then the same rule said twice in different words.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h48-01 .. h48-08)
  hubspot.contacts -> salesforce.Contact   6  (h48-09 .. h48-14)
  hubspot.contacts -> mailchimp.members    6  (h48-15 .. h48-20)
  hubspot.contacts -> segment.identify     4  (h48-21 .. h48-24)
  hubspot.contacts -> ga4.events           3  (h48-25 .. h48-27)
  salesforce.Lead  -> hubspot.contacts     5  (h48-28 .. h48-32)
  salesforce.Contact -> mailchimp.members  4  (h48-33 .. h48-36)
  salesforce.Contact -> segment.identify   3  (h48-37 .. h48-39)
  mailchimp.members -> hubspot.contacts    3  (h48-40 .. h48-42)

Rule kinds per case:
  01 copies (empty copied), two constants    22 nested company traits, default, omit x2, whole number
  02 title case x2, default (blank/spaces)   23 nested address, title, upper+omit, E.164 US w/ fallback
  03 fallback phone->mobile, E.164 US, omit  24 date, number w/ default 0, fallback concat after @
  04 table w/ otherwise (blank), lower, copy 25 GA4 constants (client_id, name, param), upper, copy
  05 skip filter (blank stated), number/omit 26 GA4 only filter, part before @, const, number/default
  06 > and < conditions, blank, integer/omit 27 GA4 conditional event name, lower, default
  07 only filter, upper, concat + date       28 copies (empty Title), constant
  08 skip blank filter, table (no otherwise) 29 table (no otherwise), boolean -> "true"/"false" text
  09 copies into Mailing*, default country   30 lower, table (no otherwise), number/omit
  10 boolean from text (blank), blank cond   31 only filter, E.164 UK, upper, copy
  11 fallback chain to part before @, dflt   32 skip filter, concat (street, city), default, copies
  12 table (no otherwise) + omit, trim+lower 33 lower, boolean -> status, constant + conditional tag
  13 only filter, lower, first word, const   34 skip filter (boolean), E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise    35 copies, equality -> vip (blank stated), constant
  15 copies, constants, default FNAME        36 only filter (blank), tags from field + const, const
  16 3-way status (blank stated), const tag  37 lower userId, copies, omit-when-empty, default
  17 conditional tags (> w/ blank, equality) 38 nested address, omit-when-empty, E.164 US
  18 lower, first word, E.164 w/ fallback    39 concat "Last, First", table w/ otherwise
  19 skip filter (blank), vip condition      40 skip filter, title case, omit, "true"/"false" text
  20 skip filter, title case, default LNAME  41 E.164 US + omit, default, copies
  21 lower, copy, concatenation, omit        42 vip condition -> stage, first word, lower, constant
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


def mc(email: str, status: str = "subscribed", fname: str = "", lname: str = "", phone: str = "",
       company: str = "", tags: list[str] | None = None, language: str = "en", vip: bool = False) -> R:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": company},
            "tags": list(tags or []), "language": language, "vip": vip}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h48-01-basic-copies-web-source", H, L,
      "hi!! ok so for the HubSpot -> Salesforce leads I think we just need the basics: emial, frist name, "
      "last name and company, copied over exactly like they are in HubSpot (even if one of them is empty, "
      "that's fine, just send it empty). and also every single lead should get Lead Source = 'Web' and "
      "Status = 'Open - Not Contacted', no matter what, if that makes sense.",
      HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web", "Status": "Open - Not Contacted"}


@case("h48-02-title-case-names-company-default", H, L,
      "So for leads please send the email as is, and FirstName and LastName in title case (first letter of "
      "each word capital and the rest lowercase) because some people typed their names in ALL CAPS or all "
      "lowercase. Salesforce won't take a lead without a company I think, so if the compnay is blank put "
      "'Unknown Company' instead, basically no lead should ever go in with an empty Company.",
      extended(HS,
               hs(email="TOM.BAKER@brightpath.org", firstname="TOM", lastname="baker", company="   "),
               hs(email="elena.ruiz@solano.com", firstname="eLENA", lastname="Ruiz", company="Solano Wines")))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Company": dflt(r["company"], "Unknown Company")}


@case("h48-03-phone-fallback-e164-omit", H, L,
      "ok for leads: Email copied straight over, and also City. Phone should be the contact's office phone "
      "numbr in E.164 format (like +14155550142), and we're a US company so treat numbers as US unless they "
      "already start with a + and a country code. If the office phone is empty use their mobile phone "
      "instead (same format), and if both are empty just don't send Phone at all, idk if that makes sense.",
      extended(HS,
               hs(email="nadia.petrova@summitbay.com", phone="", mobilephone="", city="Denver"),
               hs(email="carlos.mendes@riverbend.com", phone="  ", mobilephone="(720) 555-0166", city="Aurora")))
def _(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "City": r["city"], "Phone": OMIT if blank(src) else e164(src)})


@case("h48-04-stage-status-otherwise-lower-email", H, L,
      "I think Status on the lead should come from the lifecylce stage, like: marketingqualifiedlead and "
      "salesqualifiedlead both -> 'Working - Contacted', customer -> 'Closed - Converted', and anything else "
      "(any other stage, or an empty stage) -> 'Open - Not Contacted'. Email should go in lowercase please. "
      "and also copy the job title into Title, even when it's empty.",
      extended(HS,
               hs(email="Ravi.Shah@Kettle.co", lifecyclestage="", jobtitle="Analyst"),
               hs(email="Lucia.Fernandez@Alba.es", lifecyclestage="opportunity", jobtitle="")))
def _(r: R) -> R:
    table = {"marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Status": table.get(r["lifecyclestage"], "Open - Not Contacted"), "Email": r["email"].lower(),
            "Title": r["jobtitle"]}


@case("h48-05-skip-optout-revenue-number", H, L,
      "Please skip any contact who unsubscribed from email (hs_email_optout is \"true\"), we don't want those "
      "in Salesforce at all. If hs_email_optout is \"false\" or just empty they're fine, send them. For the ones "
      "we send: email, company, and AnnualRevenue as an actual number (not text), but if the annual revenue "
      "is blank maybe just leave AnnualRevenue off the lead.",
      extended(HS,
               hs(email="owen.price@tidewater.com", company="Tidewater Freight", annualrevenue="1500000.50",
                  hs_email_optout="false"),
               hs(email="zara.khan@meadowlark.io", company="Meadowlark", annualrevenue="650000",
                  hs_email_optout="")))
def _(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return keep({"Email": r["email"], "Company": r["company"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h48-06-rating-by-employees", H, L,
      "Rating should depend on the number of employees I think: more than 100 employees = 'Hot', fewer than "
      "20 = 'Cold', and anything in between is 'Warm'. If the employees field is empty make it 'Cold' too. "
      "Also send NumberOfEmployees as a whole number (leave it off if it's empty) and the email, obviously.",
      extended(HS,
               hs(email="grace.lin@oakhaven.com", numemployees="75"),
               hs(email="sam.reyes@smallbatch.co", numemployees="3")))
def _(r: R) -> R:
    n = r["numemployees"]
    if blank(n):
        rating = "Cold"
    elif float(n) > 100:
        rating = "Hot"
    elif float(n) < 20:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Rating": rating, "NumberOfEmployees": OMIT if blank(n) else int(float(n)), "Email": r["email"]})


@case("h48-07-us-only-state-upper-description", H, L,
      "Only send contacts where the country is exactly 'United States', everyone else just gets skipped. For "
      "those, email as is, State in all caps (uppercase), and Description should say 'From HubSpot, created ' "
      "and then the create date as YYYY-MM-DD, so like 'From HubSpot, created 2023-03-14'. hope that makes sense!",
      extended(HS,
               hs(email="jess.moore@lonestarhvac.com", country="United States", state="tx",
                  createdate="2024-02-20T12:00:00.000Z"),
               hs(email="liam.tremblay@erable.ca", country="Canada", state="QC",
                  createdate="2024-03-01T12:00:00.000Z")))
def _(r: R) -> R | None:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "From HubSpot, created " + day(r["createdate"])}


@case("h48-08-skip-no-industry-industry-table", H, L,
      "idk if this matters but a bunch of contacts don't have an industry, so skip anyone whose industry is "
      "empty. For the rest, Industry on the lead needs to be one of Salesforce's values so: Software -> "
      "Technology, Food -> Food & Beverage, Logistics -> Transportation, Design -> Media. And also send the "
      "email and the website (just copy the website as it is, even if it's empty).",
      extended(HS, hs(email="mo.adams@blankslate.com", industry="  ")))
def _(r: R) -> R | None:
    if blank(r["industry"]):
        return None
    table = {"Software": "Technology", "Food": "Food & Beverage", "Logistics": "Transportation", "Design": "Media"}
    return {"Industry": table[r["industry"]], "Email": r["email"], "Website": r["website"]}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h48-09-mailing-address-default-country", H, C,
      "For Salesforce contacts I need the emial plus the mailing adress stuff: address goes to MailingStreet, "
      "city to MailingCity, state to MailingState, zip to MailingPostalCode and country to MailingCountry. If "
      "country is empty please put 'United States' there since most of our people are in the US. The other "
      "ones can just be copied even if they're blank I guess.",
      extended(HS, hs(email="ana.lopez@desertbloom.com", address="77 Mesa Dr", city="Tucson", state="AZ",
                      zip="85701", country="")))
def _(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": dflt(r["country"], "United States")}


@case("h48-10-optout-boolean-donotcall", H, C,
      "ok so HasOptedOutOfEmail should be true when hs_email_optout is \"true\", and false when it's \"false\" or "
      "empty (empty means they never opted out I think). DoNotCall should be true if the phone field is empty "
      "and false if there is a phone numbr there. Also the email, and Department is always 'Marketing' for "
      "everyone.",
      extended(HS, hs(email="bea.nguyen@lotusworks.com", phone="  ", hs_email_optout="")))
def _(r: R) -> R:
    return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"]),
            "Email": r["email"], "Department": "Marketing"}


@case("h48-11-lastname-fallback-chain-title-default", H, C,
      "LastName is required in Salesforce so: use the last name, and if that's empty use the frist name "
      "instead, and if both are empty use the part of the email before the @ (so for jo.smith@acme.com it'd "
      "be jo.smith). Email just copied. Title is the job title, or 'Not Specified' if the job title is blank.",
      extended(lower_emails(HS),
               hs(email="sam.ortiz@bluepeak.com", firstname="Sam", lastname=""),
               hs(email="info@harborview.net", firstname="", lastname=" ", jobtitle="")))
def _(r: R) -> R:
    if not blank(r["lastname"]):
        last = r["lastname"]
    elif not blank(r["firstname"]):
        last = r["firstname"]
    else:
        last = before_at(r["email"])
    return {"LastName": last, "Email": r["email"], "Title": dflt(r["jobtitle"], "Not Specified")}


@case("h48-12-source-table-omit-blank", H, C,
      "For contacts, LeadSource should come from HubSpot's original source: ORGANIC_SEARCH -> 'Web', "
      "PAID_SEARCH and PAID_SOCIAL -> 'Advertisement', REFERRALS -> 'External Referral'. If the original "
      "source is empty then just don't set LeadSource at all. and also the email (trimmed and lowercase) and "
      "the phone as it is.",
      extended(HS, hs(email="  Paul.Kim@Redwood.io ", hs_analytics_source="ORGANIC_SEARCH", phone="")))
def _(r: R) -> R:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    src = r["hs_analytics_source"]
    return keep({"LeadSource": OMIT if blank(src) else table[src], "Email": r["email"].strip().lower(),
                 "Phone": r["phone"]})


@case("h48-13-customers-only-first-word", H, C,
      "We only want customers in Salesforce Contacts right now, so only contacts whose lifecylce stage is "
      "customer, nobody else. Email in lower case, FirstName should be just the first word of the first name "
      "(some people put their middle name in there too), LastName copied as is, and Description = 'HubSpot "
      "customer' for all of them.",
      extended(HS,
               hs(email="Anna.Lindqvist@Nordic.se", firstname="Anna Maria", lastname="Lindqvist",
                  lifecyclestage="customer"),
               hs(email="Leo.Park@Gridline.com", firstname="Leo", lastname="Park", lifecyclestage="customer"),
               hs(email="rita.moss@fernhill.com", firstname="Rita Jo", lastname="Moss", lifecyclestage="opportunity")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Description": "HubSpot customer"}


@case("h48-14-trim-email-title-city-source-other", H, C,
      "Couple of cleanup things for contacts: the email should be trimmed (no spaces before/after it), and "
      "MailingCity from the city in title case, like 'San Francisco'. LeadSource from the original source: "
      "ORGANIC_SEARCH is 'Web', PAID_SEARCH is 'Advertisement', REFERRALS is 'External Referral', and anything "
      "else at all (including empty) is 'Other'.",
      extended(HS, hs(email=" ben.cho@lakeside.com ", city="NEW YORK", hs_analytics_source="EMAIL_MARKETING")))
def _(r: R) -> R:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}
    return {"Email": r["email"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h48-15-mc-basic-friend-default", H, M,
      "for mailchimp: email address, FNAME from the frist name and LNAME from the last name, status "
      "'subscribed' and language 'en' for everyone. If the first name is empty can FNAME be 'Friend' instead "
      "(so the emails say Hi Friend lol). LNAME can just stay empty if it's empty.",
      extended(HS, hs(email="hello@tinyowl.co", firstname="", lastname="")))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h48-16-status-three-way-import-tag", H, M,
      "Mailchimp status should depend on hs_email_optout: \"true\" -> 'unsubscribed', \"false\" -> 'subscribed', "
      "and if it's empty then 'pending' so they get the double opt-in email. Email address copied, and every "
      "member gets the tag 'hubspot-import' (just that one tag, nothing else).",
      HS)
def _(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "email_address": r["email"], "tags": ["hubspot-import"]}


@case("h48-17-conditional-tags-revenue-mql", H, M,
      "Tags are kind of important here: everyone gets 'hubspot' first, then add 'big-account' if the annual "
      "revenue is more than 5000000 (empty revenue = no big-account tag), and then 'mql' if the lifecylce "
      "stage is marketingqualifiedlead. Status is 'subscribed' for all and email address is just the email.",
      extended(HS,
               hs(email="ines.costa@portolux.pt", annualrevenue="9000000", lifecyclestage="lead"),
               hs(email="raj.patel@quillpad.com", annualrevenue="100000", lifecyclestage="marketingqualifiedlead"),
               hs(email="eva.novak@brightfern.cz", annualrevenue="", lifecyclestage="marketingqualifiedlead")))
def _(r: R) -> R:
    tags = ["hubspot"]
    v = rev(r)
    if v is not None and v > 5000000:
        tags.append("big-account")
    if r["lifecyclestage"] == "marketingqualifiedlead":
        tags.append("mql")
    return {"tags": tags, "status": "subscribed", "email_address": r["email"]}


@case("h48-18-first-word-mobile-e164", H, M,
      "Email address in lowercase please. FNAME = only the first word of the first name, LNAME = last name as "
      "is. PHONE should be their mobile in E.164 (assume US if there's no + in front), or if the mobile is "
      "empty use the office phone numbr instead, and if they don't have either one just leave PHONE out.",
      extended(HS, hs(email="Anna.Rose.Lee@Cobalt.io", firstname="Anna Rose", lastname="Lee", mobilephone="",
                      phone="")))
def _(r: R) -> R:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"].lower(),
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                                  "PHONE": OMIT if blank(src) else e164(src)}})


@case("h48-19-skip-no-company-vip-customers", H, M,
      "Skip contacts that have no compnay (empty company), we only want B2B people in this audience. vip "
      "should be true if the lifecycle stage is customer and false for any other stage. Everyone we send is "
      "'subscribed', and the email address is the email.",
      extended(HS,
               hs(email="kofi.obi@obitextiles.com", company="Obi Textiles", lifecyclestage="customer"),
               hs(email="jo.hart@nowhere.net", company="  ", lifecyclestage="customer")))
def _(r: R) -> R | None:
    if blank(r["company"]):
        return None
    return {"vip": r["lifecyclestage"] == "customer", "status": "subscribed", "email_address": r["email"]}


@case("h48-20-skip-subscribers-title-lname-default", H, M,
      "Please skip subscribers (lifecycle stage = subscriber), they're already in Mailchimp I think. For "
      "everybody else send the emial, and FNAME and LNAME in title case because the casing in HubSpot is a "
      "mess. If the last name is empty, LNAME should be 'Customer' instead, sorry that's a weird one but it's "
      "what my manager asked for.",
      extended(HS,
               hs(email="james.ward@copperleaf.com", firstname="JAMES", lastname="", lifecyclestage="lead"),
               hs(email="mia.chen@petalpost.com", firstname="mia", lastname="chen", lifecyclestage="subscriber")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    lname = "Customer" if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname}}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h48-21-seg-name-concat-title-omit", H, S,
      "for the Segment identify calls: userId is the email in lower case. traits.email is the email exactly "
      "like it is in HubSpot, and traits.name is frist name + a space + last name (e.g. 'Priya Raman'). "
      "traits.title is the job title, but if there's no job title just leave title out.",
      HS)
def _(r: R) -> R:
    return keep({"userId": r["email"].lower(),
                 "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"],
                            "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


@case("h48-22-seg-company-traits", H, S,
      "userId = email (as is). Under traits.company I'd like: name from the company, or 'Independent' if the "
      "compnay is empty; industry from industry, but leave it out when it's empty; and employee_count from the "
      "number of employees as a whole number, also left out when it's empty.",
      HS)
def _(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], "Independent"),
                     "industry": OMIT if blank(r["industry"]) else r["industry"],
                     "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h48-23-seg-address-phone-fallback", H, S,
      "Segment userId is the email. In traits.address: city in title case, state in uppercase (if state is "
      "empty just leave state out), postalCode from zip, and country copied. traits.phone should be the phone "
      "in E.164, assuming US numbers unless there's a + already, and if phone is empty then use the mobile "
      "phone instead.",
      HS)
def _(r: R) -> R:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": title(r["city"]),
                                        "state": OMIT if blank(r["state"]) else r["state"].upper(),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": e164(src)}})


@case("h48-24-seg-created-revenue-website", H, S,
      "userId is the email. traits.createdAt should be just the date part of the create date (YYYY-MM-DD). "
      "traits.annual_revenue = the annual revenue as a number, and if it's empty put 0. traits.website is "
      "the website, but if that's empty I guess use 'https://' plus whatever comes after the @ in the email "
      "(like https://fiestafoods.mx).",
      lower_emails(HS))
def _(r: R) -> R:
    return {"userId": r["email"],
            "traits": {"createdAt": day(r["createdate"]),
                       "annual_revenue": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                       "website": r["website"] if not blank(r["website"]) else "https://" + after_at(r["email"])}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h48-25-ga4-sign-up-constants", H, G,
      "For GA4 I think every contact becomes one event named 'sign_up', and the client_id is always "
      "'hubspot-crm'. The event params: method = 'hubspot' (same for all of them), lifecycle_stage = the "
      "lifecylce stage in UPPERCASE, and country = the country copied over. I don't think we need anything else.",
      HS)
def _(r: R) -> R:
    return {"client_id": "hubspot-crm",
            "events": [{"name": "sign_up",
                        "params": {"method": "hubspot", "lifecycle_stage": r["lifecyclestage"].upper(),
                                   "country": r["country"]}}]}


@case("h48-26-ga4-customers-purchase", H, G,
      "Only customers (lifecycle stage customer) should go to GA4, nobody else. For each one send a 'purchase' "
      "event where the client_id is the part of the emial before the @. params: currency 'USD' and value = "
      "the annual revenue as a number, or 0 if the revenue is empty.",
      extended(lower_emails(HS),
               hs(email="leo.park@gridline.com", lifecyclestage="customer", annualrevenue=""),
               hs(email="nina.berg@fjordline.no", lifecyclestage="customer", annualrevenue="730000")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] != "customer":
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "purchase",
                        "params": {"currency": "USD",
                                   "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])}}]}


@case("h48-27-ga4-event-name-by-stage", H, G,
      "The GA4 event name depends on the lifecylce stage: salesqualifiedlead -> 'qualify_lead', and any other "
      "stage -> 'generate_lead'. client_id should be the email lowercased. And one param, company, which is "
      "the company name, or 'n/a' if the company is empty, if that makes sense.",
      HS)
def _(r: R) -> R:
    name = "qualify_lead" if r["lifecyclestage"] == "salesqualifiedlead" else "generate_lead"
    return {"client_id": r["email"].lower(),
            "events": [{"name": name, "params": {"company": dflt(r["company"], "n/a")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h48-28-lead-copies-lifecycle-constant", L, H,
      "Salesforce leads into HubSpot, mostly just coppying: Email to email, FirstName to firstname, LastName to "
      "lastname, Company to company, Title to jobtitle and City to city. If Title is empty that's ok, just send "
      "it empty. and also set the lifecycle stage to 'lead' for every one of them.",
      SFL)
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "city": r["City"], "lifecyclestage": "lead"}


@case("h48-29-rating-to-stage-optout-text", L, H,
      "lifecyclestage in HubSpot should come from the Rating: Hot = salesqualifiedlead, Warm = "
      "marketingqualifiedlead, Cold = lead. hs_email_optout needs to be the text \"true\" if HasOptedOutOfEmail "
      "is checked and \"false\" if it's not (so it's a string, not a real boolean I think). email is just Email.",
      SFL)
def _(r: R) -> R:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {"lifecyclestage": table[r["Rating"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h48-30-status-table-revenue-number", L, H,
      "Please map Email to email but lowercased. hs_lead_status from the lead Status: 'Open - Not Contacted' -> "
      "NEW, 'Working - Contacted' -> ATTEMPTED_TO_CONTACT, 'Closed - Converted' -> CONNECTED, 'Closed - Not "
      "Converted' -> UNQUALIFIED. annualrevenue should be AnnualRevenue as a number, and if it's blank just "
      "don't send annualrevenue.",
      extended(SFL, sfl(Email="Marcus.Lee@Ironbridge.com", Status="Working - Contacted",
                        AnnualRevenue="2750000.25")))
def _(r: R) -> R:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Status"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h48-31-uk-only-e164-uk-city-upper", L, H,
      "This one is for our UK leads only, so only leads where Country is 'United Kingdom' (skip the rest). "
      "email from Email, city from City but in all caps, and phone from Phone in E.164 format, treating them as "
      "UK numbers (+44, and drop the 0 at the start) unless the number already starts with +.",
      extended(SFL,
               sfl(Email="priya.shah@thamesworks.co.uk", Country="United Kingdom", City="Manchester",
                   Phone="0161 496 0123"),
               sfl(Email="tom.reid@clydeside.co.uk", Country="United Kingdom", City="Glasgow",
                   Phone="+44 141 496 0456"),
               sfl(Email="aoife.byrne@liffeyworks.ie", Country="Ireland", City="Dublin", Phone="+353 1 555 0101")))
def _(r: R) -> R | None:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "city": r["City"].upper(), "phone": e164(r["Phone"], "44")}


@case("h48-32-skip-not-converted-address-concat", L, H,
      "Skip any lead with Status 'Closed - Not Converted', we don't want those in HubSpot. For the others: email "
      "from Email, adress should be the Street and the City together with a comma and a space, like "
      "'200 Lake St, Chicago', zip from PostalCode, and country from Country, but use 'United States' if "
      "Country is empty.",
      extended(SFL, sfl(Email="rosa.diaz@mesaverde.com", Street="45 Canyon Rd", City="Santa Fe",
                        PostalCode="87501", Country="", Status="Working - Contacted")))
def _(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "address": r["Street"] + ", " + r["City"], "zip": r["PostalCode"],
            "country": dflt(r["Country"], "United States")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h48-33-sfc-status-tags-trade-show", C, M,
      "email address should be the Email in lower case. status is 'unsubscribed' if HasOptedOutOfEmail is "
      "true, otherwise 'subscribed'. Tags: every member gets 'salesforce', and if their LeadSource is 'Trade "
      "Show' they also get a second tag 'trade-show' after it.",
      SFC)
def _(r: R) -> R:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h48-34-sfc-skip-optout-phone-language", C, M,
      "Skip contacts who opted out of email (HasOptedOutOfEmail is true). For everyone else: email address from "
      "Email, PHONE in E.164 (assume US unless there's a + at the start), and language based on the "
      "MailingCountry: Germany -> 'de', Austria -> 'de', United States -> 'en'.",
      extended(SFC, sfc(Email="megan.hall@brightwater.com", Phone="(971) 555-0102", MailingCountry="United States",
                        HasOptedOutOfEmail=False)))
def _(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    table = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": table[r["MailingCountry"]]}


@case("h48-35-sfc-vip-sales-department", C, M,
      "Mailchimp members from SF contacts: email address, FNAME from FirstName and LNAME from LastName (just "
      "copied). vip should be true when the Department is 'Sales' and false otherwise (an empty Department is "
      "false too). And status 'subscribed' for everybody.",
      SFC)
def _(r: R) -> R:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales", "status": "subscribed"}


@case("h48-36-sfc-leadsource-tags-pending", C, M,
      "Only contacts that have a Lead Source, so if LeadSource is empty skip them. Tag each one with their "
      "LeadSource and then 'salesforce' as a second tag. Also send the email address, FNAME from the frist "
      "name, and status 'pending' for all of them.",
      extended(SFC,
               sfc(Email="omar.farouk@nileline.com", FirstName="Omar", LeadSource="Partner Referral"),
               sfc(Email="june.ito@sakuraya.com", FirstName="June", LeadSource="  ")))
def _(r: R) -> R | None:
    if blank(r["LeadSource"]):
        return None
    return {"tags": [r["LeadSource"], "salesforce"], "email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"]}, "status": "pending"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h48-37-sfc-seg-basic-traits", C, S,
      "userId is the Email lowercased. traits.email is Email exactly as it is, and traits.firstName and "
      "traits.lastName just copied. traits.title from Title but leave it out if Title is blank. and also "
      "traits.department from Department, or 'General' when it's empty I guess.",
      SFC)
def _(r: R) -> R:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"],
                            "department": dflt(r["Department"], "General")}})


@case("h48-38-sfc-seg-address-birthday-phone", C, S,
      "userId = Email. traits.address.city from MailingCity and traits.address.country from MailingCountry. "
      "traits.birthday is the Birthdate as is, but if there's no birthdate leave birthday out (don't send it "
      "empty). traits.phone = Phone in E.164, assume US when it doesn't start with +.",
      SFC)
def _(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "phone": e164(r["Phone"])}})


@case("h48-39-sfc-seg-last-first-channel", C, S,
      "userId is the emial (Email). traits.name should be LastName, a comma and a space, then FirstName, so "
      "like 'Wagner, Felix'. traits.lead_channel from LeadSource: Web -> 'online', Trade Show -> 'events', and "
      "anything else (or empty) -> 'other'.",
      extended(SFC, sfc(Email="dana.cole@harborgate.com", FirstName="Dana", LastName="Cole",
                        LeadSource="Partner Referral")))
def _(r: R) -> R:
    table = {"Web": "online", "Trade Show": "events"}
    return {"userId": r["Email"],
            "traits": {"name": r["LastName"] + ", " + r["FirstName"],
                       "lead_channel": table.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h48-40-mc-skip-cleaned-title-optout", M, H,
      "Skip members whose status is 'cleaned', those emails bounce. email from email_address. firstname and "
      "lastname from FNAME and LNAME in title case, but if LNAME is empty don't send lastname at all. "
      "hs_email_optout should be the text \"true\" for unsubscribed members and \"false\" for everybody else.",
      extended(MC,
               mc("noor.haddad@cedarline.com", fname="NOOR", lname="", language="ar"),
               mc("beth.ames@hollowtree.com", status="pending", fname="beth", lname="AMES")))
def _(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h48-41-mc-phone-company-language", M, H,
      "email = email_address. phone from the PHONE merge field in E.164, we assume US unless it starts with a +, "
      "and if PHONE is empty leave phone off. company from COMPANY, or 'Unknown' if COMPANY is empty "
      "(so company is never blank). And hs_language from language, just copied.",
      MC)
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": dflt(mf["COMPANY"], "Unknown"), "hs_language": r["language"]})


@case("h48-42-mc-vip-customer-first-word", M, H,
      "lifecyclestage should be 'customer' if the member is vip (vip is true) and 'subscriber' if not. "
      "firstname = only the first word of FNAME. email from email_address in lowercase, and set hs_lead_status "
      "to 'NEW' for all of them, if that's ok.",
      extended(MC, mc("Mary.Jane.Ellis@Oakridge.com", fname="Mary Jane", lname="Ellis")))
def _(r: R) -> R:
    return {"lifecyclestage": "customer" if r["vip"] else "subscriber",
            "firstname": first_word(r["merge_fields"]["FNAME"]), "email": r["email_address"].lower(),
            "hs_lead_status": "NEW"}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    assert len({c[0] for c in CASES}) == 42
    build(CASES, Path(__file__).parent / "set48")
