"""Held-out set 46 for the offline mapping drafter.

Persona: an account-based-marketing lead in Toronto. She phrases every requirement as a polite
question or request to the engineer ("Could we have ...?", "Would it be possible to ...?", "Is
there a way to skip ...?"), often in the passive voice ("the email is to be copied over"), with the
odd Canadian spelling. She names fields by their everyday labels (Lead Source, Mailing City,
Unsubscribed from all email, the First Name merge field) rather than API names, and asks for
phone numbers "in +1 format" since most of her accounts are in Canada or the US.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h46-01 .. h46-08)
  hubspot.contacts -> salesforce.Contact   6  (h46-09 .. h46-14)
  hubspot.contacts -> mailchimp.members    6  (h46-15 .. h46-20)
  hubspot.contacts -> segment.identify     4  (h46-21 .. h46-24)
  hubspot.contacts -> ga4.events           3  (h46-25 .. h46-27)
  salesforce.Lead  -> hubspot.contacts     5  (h46-28 .. h46-32)
  salesforce.Contact -> mailchimp.members  4  (h46-33 .. h46-36)
  salesforce.Contact -> segment.identify   3  (h46-37 .. h46-39)
  mailchimp.members -> hubspot.contacts    3  (h46-40 .. h46-42)

Rule kinds per case:
  01 copies, default (whitespace = empty), constant    22 nested company traits, default, omit-when-blank, integer
  02 lower, value table w/ otherwise (blank stated)    23 lower userId, nested address: title/upper/default, E.164 fallback+omit
  03 E.164 +1, fallback office->mobile, omit           24 copy userId, date, fallback to 'https://' + part after @
  04 > thresholds (blank stated), whole number, omit   25 GA4 only filter, constants, number w/ 0 default
  05 skip filter (blank stated), copies, default       26 GA4 < filter (blank skipped), part before @, user_id, number/0
  06 title case x3, upper, copy                        27 GA4 conditional event name, lower client_id, constant, number/omit
  07 only filter, concat + date, upper                 28 copies, Title -> jobtitle, default, constant
  08 number/omit, value table w/o otherwise + omit     29 value table w/o otherwise (labels), "true"/"false" text, copy
  09 copies into Mailing* fields, default              30 skip filter, table w/ otherwise, E.164 +1 w/ omit
  10 boolean from equality (blank stated), blank cond  31 only filter (two statuses), number/omit, copies
  11 fallback to part before @, fallback chain + omit  32 skip filter (boolean), default, upper, constant text
  12 only filter, table w/o otherwise, lower, copy     33 lower, boolean -> status, constant + conditional tag
  13 trim, E.164 +1 w/ omit, copy                      34 only filter, E.164 +1, copies, constant
  14 first word, concatenation, constant               35 table w/ otherwise -> single tag, equality vip, constant
  15 lower, merge-field copies, status (blank stated)  36 skip filter, trim + lower, table w/ otherwise, copy
  16 constant + conditional tags (= and >, blank)      37 lower userId, trait copies, default
  17 skip filter (blank), E.164 +1, first word, const  38 nested address copies, default, birthday omit-when-blank
  18 table w/ otherwise (blank stated), vip equality   39 E.164 +1 trait, concatenation, copies
  19 only filter, title case, constant tag, constant   40 title case, omit-when-blank, status -> "true"/"false"
  20 fallback to part before @, tag from field / []    41 only filter, E.164 +1 w/ omit, copy, vip -> stage
  21 lower userId, copy, concatenation, omit           42 skip filter, fallback to part after @, copy
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


# Canadian HubSpot contacts (this persona's own accounts), used beside the shared pool.
CA1: R = hs(email="aisha.khan@mapleleafcapital.ca", firstname="Aisha", lastname="Khan", company="Maple Leaf Capital",
            phone="416-555-0173", mobilephone="(647) 555-0128", jobtitle="Director of Demand Gen",
            hs_analytics_source="EMAIL_MARKETING", lifecyclestage="opportunity", country="Canada", city="Toronto",
            state="ON", zip="m5v 2t6", address="200 King St W", annualrevenue="35000000", numemployees="420",
            industry="Finance", website="https://mapleleafcapital.ca", createdate="2024-02-20T14:10:00.000Z",
            hs_email_optout="false")
CA2: R = hs(email="olivia.chen@northerncedar.ca", firstname="Olivia Grace", lastname="Chen", company="",
            phone="", mobilephone="", jobtitle="  Marketing Manager ", hs_analytics_source="OFFLINE",
            lifecyclestage="marketingqualifiedlead", country="", city="ottawa", state="on", zip="K1P 5G4",
            address="150 Elgin St", annualrevenue="", numemployees="", industry="", website="",
            createdate="2024-05-16T13:20:00.000Z", hs_email_optout="")
CA3: R = hs(email="Jean.Leblanc@RiveSudMedia.ca", firstname="JEAN", lastname="leblanc", company="Rive-Sud Media",
            phone="1 (905) 555-0110", mobilephone="", jobtitle="Account Director", hs_analytics_source="ORGANIC_SEARCH",
            lifecyclestage="customer", country="Canada", city="MONTREAL", state="qc", zip="H2X 1Y4",
            address="350 Rue Sainte-Catherine", annualrevenue="15000000", numemployees="150", industry="Design",
            website="rivesudmedia.ca", createdate="2023-09-28T16:40:00.000Z", hs_email_optout="true")

# Salesforce leads / contacts from Canadian accounts.
SX1: R = {"Email": "marc.gagnon@laurentide.ca", "FirstName": "Marc", "LastName": "Gagnon", "Company": "Laurentide Freight",
          "Title": "Logistics Manager", "Phone": "514-555-0166", "Street": "1000 Rue Sherbrooke O", "City": "Montreal",
          "PostalCode": "h3a 3g4", "Country": "Canada", "Status": "Working - Contacted", "Rating": "Warm",
          "LeadSource": "Web", "HasOptedOutOfEmail": False, "AnnualRevenue": "7200000"}
SX2: R = {"Email": "priya.nair@lakeshorehealth.ca", "FirstName": "Priya", "LastName": "Nair", "Company": "Lakeshore Health",
          "Title": "", "Phone": "1 416 555 0102", "Street": "88 Queens Quay W", "City": "Toronto", "PostalCode": "M5J 0B8",
          "Country": "", "Status": "Open - Not Contacted", "Rating": "Cold", "LeadSource": "",
          "HasOptedOutOfEmail": True, "AnnualRevenue": ""}
CX1: R = {"Email": "Hannah.Lee@TrilliumBank.ca", "FirstName": "Hannah", "LastName": "Lee", "Title": "VP Finance",
          "Department": "Finance", "Phone": "416.555.0135", "MailingCity": "Toronto", "MailingCountry": "Canada",
          "LeadSource": "Email", "HasOptedOutOfEmail": False, "Birthdate": "1987-08-14"}
CX2: R = {"Email": "samir.haddad@prairiegrain.ca", "FirstName": "Samir", "LastName": "Haddad", "Title": "CEO",
          "Department": "", "Phone": "1-306-555-0181", "MailingCity": "Regina", "MailingCountry": "Canada",
          "LeadSource": "Partner Referral", "HasOptedOutOfEmail": True, "Birthdate": ""}
# Mailchimp members from Canadian accounts.
MX1: R = {"email_address": "noah.fraser@bluenosemarine.ca", "status": "pending",
          "merge_fields": {"FNAME": "NOAH", "LNAME": "fraser", "PHONE": "902-555-0117", "COMPANY": ""},
          "tags": ["Customer"], "language": "en", "vip": False}
MX2: R = {"email_address": "emily.wong@granvillegoods.ca", "status": "subscribed",
          "merge_fields": {"FNAME": "Emily", "LNAME": "Wong", "PHONE": "(604) 555-0190", "COMPANY": "Granville Goods"},
          "tags": ["Webinar", "Customer"], "language": "en", "vip": False}


def phone_or_mobile(r: R) -> str:
    return r["mobilephone"] if blank(r["phone"]) else r["phone"]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h46-01-lead-company-unknown-open", H, L,
      "Quick one for the Lead sync: could the email, first name and last name be copied over just as they are in "
      "HubSpot? Could we have the lead's company come from the HubSpot company field, and would it be possible to put "
      "'Unknown' there whenever the company is empty? Every lead is also to be given a Lead Status of "
      "'Open - Not Contacted', please.",
      extended(HS, {**CA1, "company": "   "}, CA3))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "Status": "Open - Not Contacted"}


_SRC = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}


@case("h46-02-lead-source-translated", H, L,
      "Could the email be brought over in lower case, please? And would it be possible to fill Lead Source from the "
      "HubSpot original source like so: Organic Search becomes 'Web', Paid Search and Paid Social both become "
      "'Advertisement', Referrals becomes 'External Referral' and Email Marketing becomes 'Email'. Any other source, "
      "or an empty one, is to be put in as 'Other'.",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R:
    return {"Email": r["email"].lower(), "LeadSource": _SRC.get(r["hs_analytics_source"], "Other")}


@case("h46-03-lead-phone-plus-one", H, L,
      "Can the phone be in +1 format please (like +14165550173, digits only)? Nearly all of our leads are in Canada "
      "or the US, so a number without a country code should be treated as +1, while numbers that already start with "
      "a + are to keep their own code. If there's no office phone, would it be possible to use the mobile number "
      "instead? When both are empty, Phone should just be left off the lead, and the email is to be copied over too.",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R:
    p = phone_or_mobile(r)
    return keep({"Email": r["email"], "Phone": OMIT if blank(p) else e164(p, "1")})


def _rating(r: R) -> str:
    if blank(r["numemployees"]):
        return "Cold"
    n = float(r["numemployees"])
    return "Hot" if n > 200 else "Warm" if n > 20 else "Cold"


@case("h46-04-lead-rating-by-headcount", H, L,
      "Could the Rating be worked out from the number of employees? More than 200 employees would be 'Hot', more "
      "than 20 'Warm', and anything else 'Cold'; contacts with no employee count are to be treated as 'Cold' as well. "
      "Would it also be possible to send the employee count itself to Employees as a whole number, leaving it off "
      "when it's blank? The email is copied over as usual.",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R:
    return keep({"Email": r["email"], "Rating": _rating(r),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


@case("h46-05-lead-skip-unsubscribed", H, L,
      "Is there a way to skip anyone who's unsubscribed, i.e. whose 'Unsubscribed from all email' is true? A blank "
      "value there is to be read as not unsubscribed (that's the behaviour we agreed on), so those contacts should "
      "still come through. For everyone "
      "else, could the email, company and job title be copied across, with the Title set to 'Not specified' "
      "whenever the job title is empty?",
      extended(HS, {**CA2, "jobtitle": "Marketing Manager"}, CA3))
def _(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Company": r["company"], "Title": dflt(r["jobtitle"], "Not specified")}


@case("h46-06-lead-tidy-names", H, L,
      "Would it be possible to tidy up the names as they come in? The first name, last name and city should be put "
      "in title case (first letter of each word capitalised, the rest lower case). Could the state/province also be "
      "in upper case, please? The email is to be copied over unchanged.",
      extended(HS, CA1, CA3, {**CA2, "jobtitle": "Marketing Manager"}))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"]), "State": r["state"].upper()}


@case("h46-07-lead-north-america-description", H, L,
      "Could we only send over contacts whose country is Canada or United States? For those, the email is to be "
      "copied as is, and the Description should read 'HubSpot contact since ' followed by the create date in "
      "YYYY-MM-DD form (e.g. 'HubSpot contact since 2024-02-20'). Would it also be possible to have the postal code "
      "in upper case?",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R | None:
    if r["country"] not in ("Canada", "United States"):
        return None
    return {"Email": r["email"], "Description": "HubSpot contact since " + day(r["createdate"]),
            "PostalCode": r["zip"].upper()}


_IND = {"Software": "Technology", "Food": "Food & Beverage", "Logistics": "Transportation", "Design": "Media",
        "Finance": "Finance"}


@case("h46-08-lead-revenue-industry", H, L,
      "Could the annual revenue be sent as a number rather than text, and left off the lead altogether when it's "
      "blank? The industry is to be translated for Salesforce as follows: Software to Technology, Food to "
      "Food & Beverage, Logistics to Transportation, Design to Media, and Finance stays Finance. If a contact has no "
      "industry, would you leave Industry off as well? And the email, copied over as usual.",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R:
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "Industry": OMIT if blank(r["industry"]) else _IND[r["industry"]]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h46-09-contact-mailing-address", H, C,
      "For the Contact sync, could the HubSpot address be copied into the Contact's mailing address? That's the "
      "street address into Mailing Street, city into Mailing City, state/region into Mailing State/Province, postal "
      "code into Mailing Zip/Postal Code and country into Mailing Country. Where the country is empty, would it be "
      "possible to put 'Canada'? The email should come across too.",
      extended(HS, CA1, CA2))
def _(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": dflt(r["country"], "Canada")}


@case("h46-10-contact-optout-donotcall", H, C,
      "Could Email Opt Out be ticked (true) for contacts whose 'Unsubscribed from all email' is \"true\", and left "
      "unticked (false) for everyone else, blanks included? Would it also be possible to tick Do Not Call whenever "
      "the contact's phone number is empty, and have it false when there is one? First name, last name and email "
      "are to be copied over as they are.",
      extended(HS, CA2, CA3, {**CA1, "email": "tom.ross@maplehollow.ca", "firstname": "Tom", "lastname": "Ross",
                              "phone": "  ", "hs_email_optout": "true"}))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h46-11-contact-lastname-from-email", H, C,
      "Last Name is required on the Contact, so could it be taken from the HubSpot last name, or from the part of "
      "the email before the @ when the last name is empty? Mobile Phone should be the mobile number, or the office "
      "phone when there's no mobile; if both are empty, please just leave Mobile Phone off. The email is to be "
      "copied as is.",
      lower_emails(extended(HS, CA1, {**CA2, "lastname": ""}, {**CA3, "lastname": " "})))
def _(r: R) -> R:
    m = r["phone"] if blank(r["mobilephone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "LastName": before_at(r["email"]) if blank(r["lastname"]) else r["lastname"],
                 "MobilePhone": OMIT if blank(m) else m})


_SRC_C = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}


@case("h46-12-contact-three-sources-only", H, C,
      "Could we limit this to contacts whose original source is Organic Search, Paid Search or Referrals? For those, "
      "Lead Source should be set as follows: Organic Search is 'Web', Paid Search is 'Advertisement' and Referrals "
      "is 'Partner Referral'. The email is to be sent in lower case, and the last name copied over as it is.",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R | None:
    if r["hs_analytics_source"] not in _SRC_C:
        return None
    return {"Email": r["email"].lower(), "LeadSource": _SRC_C[r["hs_analytics_source"]], "LastName": r["lastname"]}


@case("h46-13-contact-trim-title-mobile", H, C,
      "Would it be possible to trim any stray spaces off the job title before it goes into Title? Can the mobile "
      "number be in +1 format please (e.g. +16475550128)? Numbers without a country code are Canadian or US ones, "
      "and anything already starting with a + keeps its own code. When there's no mobile, Mobile Phone is to be "
      "left off, and the email copied over unchanged.",
      extended(HS, CA1, CA2, {**CA3, "mobilephone": "514 555 0133", "jobtitle": "Account Director  "}))
def _(r: R) -> R:
    return keep({"Email": r["email"], "Title": r["jobtitle"].strip(),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "1")})


@case("h46-14-contact-first-word-stage-note", H, C,
      "Could the first name be just the first word of what's in HubSpot's first name? A few people have put their "
      "middle name in there as well. The Contact Description should read 'HubSpot lifecycle stage: ' followed by "
      "the stage (for example 'HubSpot lifecycle stage: customer'), and Lead Source is to be 'Web' for everyone. "
      "The email should be copied over too.",
      extended(HS, CA2, {**CA1, "firstname": "Aisha Noor"}))
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]),
            "Description": "HubSpot lifecycle stage: " + r["lifecyclestage"], "LeadSource": "Web"}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h46-15-mc-lower-email-status", H, M,
      "Could each contact be added to Mailchimp with their email address in lower case? The First Name and Last "
      "Name merge fields are to be filled from the HubSpot first and last name as they are. Would it be possible to "
      "set the status to 'unsubscribed' when 'Unsubscribed from all email' is \"true\", and 'subscribed' otherwise? "
      "A blank there counts as subscribed.",
      extended(HS, CA2, CA3))
def _(r: R) -> R:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


@case("h46-16-mc-abm-tags", H, M,
      "Every member should be tagged 'hubspot', please. Could contacts in the Customer lifecycle stage also get a "
      "'customer' tag after that, and anyone with annual revenue over 10,000,000 an 'enterprise' tag at the end (our "
      "colour-coded ABM segments key off that one)? "
      "A blank revenue doesn't count as over. The email address is to be copied over as is, and the status set to "
      "'subscribed' for all of them.",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R:
    tags = ["hubspot"]
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    v = rev(r)
    if v is not None and v > 10_000_000:
        tags.append("enterprise")
    return {"email_address": r["email"], "tags": tags, "status": "subscribed"}


@case("h46-17-mc-mobile-only-pending", H, M,
      "Is there a way to skip contacts that don't have a mobile number? For the rest, could the Phone merge field be "
      "the mobile number in +1 format (e.g. +16475550128), with numbers that already start with a + keeping their "
      "own code? The First Name merge field should only be the first word of the first name. Email address copied "
      "as is, and status 'pending' please, so they go through double opt-in.",
      extended(HS, CA1, {**CA2, "mobilephone": "613 555 0144"}, CA3))
def _(r: R) -> R | None:
    if blank(r["mobilephone"]):
        return None
    return {"email_address": r["email"],
            "merge_fields": {"PHONE": e164(r["mobilephone"], "1"), "FNAME": first_word(r["firstname"])},
            "status": "pending"}


_LANG = {"France": "fr", "Japan": "ja", "Mexico": "es"}


@case("h46-18-mc-language-vip", H, M,
      "Could the member's language be set from the country: France is 'fr', Japan 'ja', Mexico 'es', and 'en' for "
      "any other country or when the country is empty? Would it be possible to mark VIP as true for contacts whose "
      "lifecycle stage is Customer, and false for everyone else? The email address should be copied across "
      "unchanged.",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R:
    return {"email_address": r["email"], "language": _LANG.get(r["country"], "en"),
            "vip": r["lifecyclestage"] == "customer"}


@case("h46-19-mc-abm-nurture-stages", H, M,
      "Could we only add contacts whose lifecycle stage is Marketing Qualified Lead, Sales Qualified Lead or "
      "Opportunity? The First Name and Last Name merge fields should be in title case, please, as some names were "
      "typed in all caps. Each of them is to be tagged 'abm-nurture' and given the status 'subscribed', and the "
      "email address copied over as is.",
      extended(HS, CA1, CA3, {**CA2, "email": "nadia.petrova@lakehead.ca", "firstname": "nadia",
                              "lastname": "PETROVA"}))
def _(r: R) -> R | None:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead", "opportunity"):
        return None
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": ["abm-nurture"], "status": "subscribed"}


@case("h46-20-mc-fname-from-email-industry-tag", H, M,
      "Would it be possible to fill the First Name merge field from the first name, or, when that's empty, from the "
      "part of the email before the @? The Last Name merge field is simply the last name. Could each member be "
      "tagged with their industry (just that one tag), and given an empty tag list when there's no industry? The "
      "email address is to be copied as is, with status 'subscribed'.",
      lower_emails(extended(HS, CA1, {**CA2, "firstname": ""})))
def _(r: R) -> R:
    fn = before_at(r["email"]) if blank(r["firstname"]) else r["firstname"]
    return {"email_address": r["email"], "merge_fields": {"FNAME": fn, "LNAME": r["lastname"]},
            "tags": [] if blank(r["industry"]) else [r["industry"]], "status": "subscribed"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h46-21-seg-name-and-title", H, S,
      "For Segment, could the user ID be the contact's email in lower case? The email trait is to be the email "
      "exactly as it is in HubSpot, and the full name trait should be the first name, a space, then the last name. "
      "Would it be possible to send the job title as the title trait, and leave that trait off when the job title "
      "is empty?",
      extended(HS, CA1, CA3))
def _(r: R) -> R:
    return keep({"userId": r["email"].lower(),
                 "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"],
                            "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


@case("h46-22-seg-company-traits", H, S,
      "Could the user ID be the email, copied as is? Under the company traits, the company name is to come from the "
      "company field (with 'Independent' put in when it's empty), the industry from industry, and the employee count "
      "from the number of employees as a whole number. When the industry or the employee count is blank, could that "
      "one be left off?",
      extended(HS, CA1, CA2))
def _(r: R) -> R:
    return keep({"userId": r["email"],
                 "traits": {"company": {
                     "name": dflt(r["company"], "Independent"),
                     "industry": OMIT if blank(r["industry"]) else r["industry"],
                     "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h46-23-seg-address-and-phone", H, S,
      "Could the user ID be the email in lower case, please? For the address traits, the city should be in title "
      "case, the state and postal code in upper case, and the country copied over, with 'Canada' used when it's "
      "empty. Can the phone trait be in +1 format please (e.g. +14165550173), using the mobile number when there's "
      "no office phone, and left off when both are blank?",
      extended(HS, CA1, CA2, CA3))
def _(r: R) -> R:
    p = phone_or_mobile(r)
    return keep({"userId": r["email"].lower(),
                 "traits": {"address": {"city": title(r["city"]), "state": r["state"].upper(),
                                        "postalCode": r["zip"].upper(), "country": dflt(r["country"], "Canada")},
                            "phone": OMIT if blank(p) else e164(p, "1")}})


@case("h46-24-seg-created-and-website", H, S,
      "Could the user ID be the email as it is? The created-at trait should be the contact's create date as a plain "
      "date (YYYY-MM-DD). For the website trait, would it be possible to use the contact's website, or, when there "
      "isn't one, 'https://' followed by the part of the email after the @?",
      lower_emails(extended(HS, CA2, CA3)))
def _(r: R) -> R:
    site = "https://" + after_at(r["email"]) if blank(r["website"]) else r["website"]
    return {"userId": r["email"], "traits": {"createdAt": day(r["createdate"]), "website": site}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h46-25-ga4-purchase-customers", H, G,
      "Could a GA4 event be sent only for contacts whose lifecycle stage is Customer or Opportunity? The client ID is "
      "to be 'hubspot-crm' for all of them, and the event named 'purchase'. Its currency parameter should be 'CAD', "
      "and the value parameter the annual revenue as a number, with 0 used when the revenue is blank.",
      extended(HS, CA1, CA2, {**CA3, "email": "ines.moreau@harbourfront.ca", "annualrevenue": ""}))
def _(r: R) -> R | None:
    if r["lifecyclestage"] not in ("customer", "opportunity"):
        return None
    v = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "hubspot-crm", "events": [{"name": "purchase", "params": {"currency": "CAD", "value": v}}]}


@case("h46-26-ga4-small-accounts", H, G,
      "Would it be possible to send only contacts with fewer than 100 employees? Anyone with no employee count is to "
      "be skipped as well. The client ID should be the part of the email before the @, and the user ID the full "
      "email. Could each of them get one 'generate_lead' event with currency 'CAD' and the value taken from the "
      "annual revenue as a number (0 when it's empty)?",
      lower_emails(extended(HS, CA1, CA2, {**CA3, "numemployees": "75", "annualrevenue": "950000.50"})))
def _(r: R) -> R | None:
    if blank(r["numemployees"]) or not float(r["numemployees"]) < 100:
        return None
    v = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": before_at(r["email"]), "user_id": r["email"],
            "events": [{"name": "generate_lead", "params": {"currency": "CAD", "value": v}}]}


@case("h46-27-ga4-profile-update-by-stage", H, G,
      "Could the event name be 'customer_profile_update' for contacts in the Customer stage and "
      "'lead_profile_update' for everyone else? The client ID is to be the email in lower case. The currency "
      "parameter should always be 'CAD', and could the value parameter be the annual revenue as a number, left off "
      "entirely when there isn't one?",
      extended(HS, CA2, CA3))
def _(r: R) -> R:
    name = "customer_profile_update" if r["lifecyclestage"] == "customer" else "lead_profile_update"
    params = keep({"currency": "CAD", "value": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})
    return {"client_id": r["email"].lower(), "events": [{"name": name, "params": params}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h46-28-sfl-basics-back-to-hubspot", L, H,
      "For leads coming back into HubSpot, could the email, first name, last name, company and city be copied over "
      "as they are? The Salesforce title should be taken into Job Title. Would it be possible to put 'Canada' in "
      "Country/Region when the lead's country is empty? The lifecycle stage is to be Lead for all of them.",
      extended(SFL, SX1, SX2))
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "city": r["City"], "jobtitle": r["Title"], "country": dflt(r["Country"], "Canada"),
            "lifecyclestage": "lead"}


_STATUS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
           "Closed - Not Converted": "UNQUALIFIED"}


@case("h46-29-sfl-lead-status-optout", L, H,
      "Could the HubSpot Lead Status be filled from the Salesforce Lead Status, please? Open - Not Contacted would "
      "be New, Working - Contacted would be In Progress, Closed - Converted would be Connected, and Closed - Not "
      "Converted would be Unqualified. 'Unsubscribed from all email' is to be the text \"true\" when Email Opt Out "
      "is ticked on the lead and \"false\" when it isn't. The email is to be copied over as well.",
      extended(SFL, SX1, SX2))
def _(r: R) -> R:
    return {"hs_lead_status": _STATUS[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h46-30-sfl-skip-uk-stage-phone", L, H,
      "Is there a way to skip leads whose country is United Kingdom? For the others, could the lifecycle stage be "
      "Sales Qualified Lead for Hot leads and Lead for any other rating? Can the phone be in +1 format please, with "
      "numbers that already start with a + keeping their own code? Leads without a phone should just have it left "
      "off, and the email is to be copied over as is.",
      extended(SFL, SX1, SX2))
def _(r: R) -> R | None:
    if r["Country"] == "United Kingdom":
        return None
    return keep({"lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead",
                 "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "1"), "email": r["Email"]})


@case("h46-31-sfl-open-leads-revenue", L, H,
      "Could we only bring over leads that are still open, meaning their Lead Status is Open - Not Contacted or "
      "Working - Contacted? For those, the annual revenue should be sent as a number, and left off when it's blank. "
      "The email, first name and company are to be copied across as they are.",
      extended(SFL, SX1, SX2))
def _(r: R) -> R | None:
    if r["Status"] not in ("Open - Not Contacted", "Working - Contacted"):
        return None
    return keep({"annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "email": r["Email"], "firstname": r["FirstName"], "company": r["Company"]})


@case("h46-32-sfl-skip-optouts-postal", L, H,
      "Is there a way to skip any lead with Email Opt Out ticked? For the rest, the email is to be copied over, the "
      "title put into Job Title with 'Unknown' used when it's empty, and the postal code sent in upper case. Could "
      "'Unsubscribed from all email' be set to the text \"false\" on all of them, please?",
      extended(SFL, SX1, {**SX2, "Email": "ravi.sharma@lakeshorehealth.ca", "FirstName": "Ravi", "LastName": "Sharma",
                          "PostalCode": "m5j 0b8", "HasOptedOutOfEmail": False}))
def _(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "zip": r["PostalCode"].upper(),
            "hs_email_optout": "false"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h46-33-sfc-status-department-tag", C, M,
      "Could the email address be sent in lower case, with the first and last name going into the First Name and "
      "Last Name merge fields? The status is to be 'unsubscribed' when Email Opt Out is ticked and 'subscribed' when "
      "it isn't. Would it be possible to tag everyone 'salesforce', followed by their department as a second tag "
      "when the department isn't empty?",
      extended(SFC, CX1, CX2))
def _(r: R) -> R:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + ([] if blank(r["Department"]) else [r["Department"]])}


@case("h46-34-sfc-north-america-phone", C, M,
      "Could we only add contacts whose mailing country is Canada or United States? For those, can the Phone merge "
      "field be in +1 format please (e.g. +14165550135)? The email address and the First Name merge field are to be "
      "copied over as they are, and the status should be 'subscribed'.",
      extended(SFC, CX1, CX2))
def _(r: R) -> R | None:
    if r["MailingCountry"] not in ("Canada", "United States"):
        return None
    return {"merge_fields": {"PHONE": e164(r["Phone"], "1"), "FNAME": r["FirstName"]}, "email_address": r["Email"],
            "status": "subscribed"}


_SRC_TAG = {"Web": "website", "Trade Show": "events", "Partner Referral": "partners"}


@case("h46-35-sfc-source-tag-vip", C, M,
      "Would it be possible to give each member a single tag based on their Lead Source: Web becomes 'website', "
      "Trade Show 'events', Partner Referral 'partners', and 'other' for any other source or when it's blank? Could "
      "VIP be true for contacts whose title is CEO or CTO, and false otherwise? The email address is to be copied "
      "as is, and the language set to 'en' for all.",
      extended(SFC, CX1, CX2))
def _(r: R) -> R:
    return {"tags": [_SRC_TAG.get(r["LeadSource"], "other")], "vip": r["Title"] in ("CEO", "CTO"),
            "email_address": r["Email"], "language": "en"}


@case("h46-36-sfc-skip-optouts-language", C, M,
      "Is there a way to skip anyone whose Email Opt Out is ticked? The email address should be trimmed and put in "
      "lower case, please. Could the language be 'de' for contacts whose mailing country is Germany or Austria, and "
      "'en' for everybody else? The Last Name merge field is copied over as is.",
      extended(SFC, {**CX1, "Email": " Hannah.Lee@TrilliumBank.ca "}, CX2))
def _(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"].strip().lower(),
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en",
            "merge_fields": {"LNAME": r["LastName"]}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h46-37-sfc-seg-basic-traits", C, S,
      "Could the Segment user ID be the contact's email in lower case? The first name, last name and email traits "
      "are to be copied over as they are. Would it be possible to send the title trait from the Salesforce title, "
      "with 'Unknown' used when it's empty?",
      extended(SFC, CX1, CX2))
def _(r: R) -> R:
    return {"userId": r["Email"].lower(),
            "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "email": r["Email"],
                       "title": dflt(r["Title"], "Unknown")}}


@case("h46-38-sfc-seg-address-birthday", C, S,
      "Could the user ID be the email, copied as is? The mailing city and mailing country are to go into the city "
      "and country address traits, with 'Canada' put in when the country is blank. Would it be possible to send the "
      "birthdate as the birthday trait, and leave it off when there's no birthdate?",
      extended(SFC, CX1, {**CX2, "MailingCountry": ""}))
def _(r: R) -> R:
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"], "country": dflt(r["MailingCountry"], "Canada")},
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h46-39-sfc-seg-phone-name", C, S,
      "Can the phone trait be in +1 format please (e.g. +15035550148), with any number that already starts with a + "
      "keeping its own country code? Could the name trait be the first name and last name with a space between "
      "them? The user ID is to be the email as is, and the title trait copied from the Salesforce title.",
      extended(SFC, CX1, CX2))
def _(r: R) -> R:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"], "1"), "name": r["FirstName"] + " " + r["LastName"],
                       "title": r["Title"]}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h46-40-mc-hs-title-case-optout", M, H,
      "Could the first and last name be put into title case as they come into HubSpot, please, from the First Name "
      "and Last Name merge fields? When the last name is empty, would you leave Last Name off? 'Unsubscribed from "
      "all email' should be the text \"true\" for members who are unsubscribed or cleaned, and \"false\" for "
      "everyone else. The email is to be copied as is.",
      extended(MC, MX1))
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"firstname": title(mf["FNAME"]), "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
                 "email": r["email_address"]})


@case("h46-41-mc-hs-subscribed-phone-stage", M, H,
      "Could we only bring over members whose status is subscribed? Can the phone be in +1 format please, and left "
      "off when the Phone merge field is empty? The company is to be copied from the Company merge field, and the "
      "email from the email address. Would it be possible to set the lifecycle stage to Customer for VIP members "
      "and Subscriber for the rest?",
      extended(MC, MX1, MX2))
def _(r: R) -> R | None:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"], "1"), "company": mf["COMPANY"],
                 "email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h46-42-mc-hs-skip-cleaned-company", M, H,
      "Is there a way to skip members that have been cleaned? For everyone else, the email is to be copied from the "
      "email address, and the company taken from the Company merge field, or from the part of the email after the "
      "@ when that's empty. Could the member's language also be copied into Preferred language?",
      extended(MC, MX1, MX2))
def _(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"],
            "company": after_at(r["email_address"]) if blank(mf["COMPANY"]) else mf["COMPANY"],
            "hs_language": r["language"]}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    assert len({c[0] for c in CASES}) == 42
    build(CASES, Path(__file__).parent / "set46")
