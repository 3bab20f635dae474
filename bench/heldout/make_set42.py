"""Held-out set 42 for the offline mapping drafter.

Persona: a marketing coordinator at a mid-size B2B company. She writes ordinary, clear requests
in plain sentences, one or two rules per sentence, using everyday words ("office phone",
"mobile number", "job title", "unsubscribed from email") rather than API names where she can.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h42-01 .. h42-08)
  hubspot.contacts -> salesforce.Contact   6  (h42-09 .. h42-14)
  hubspot.contacts -> mailchimp.members    6  (h42-15 .. h42-20)
  hubspot.contacts -> segment.identify     4  (h42-21 .. h42-24)
  hubspot.contacts -> ga4.events           3  (h42-25 .. h42-27)
  salesforce.Lead  -> hubspot.contacts     5  (h42-28 .. h42-32)
  salesforce.Contact -> mailchimp.members  4  (h42-33 .. h42-36)
  salesforce.Contact -> segment.identify   3  (h42-37 .. h42-39)
  mailchimp.members -> hubspot.contacts    3  (h42-40 .. h42-42)

Rule kinds per case:
  01 copies, constant                       22 nested company traits, default, omit-when-empty, whole number
  02 defaults when empty                    23 nested address traits, omit-when-empty, E.164 US w/ fallback
  03 fallback chain, omit, title case       24 lower+trim, copy, boolean (blank branch), number, omit
  04 value table w/ otherwise, lower        25 GA4 event: constants, copy, lower
  05 exclude filter (blank stated), const   26 GA4 filter (> w/ blank), number, part before @
  06 > condition (blank stated), integer    27 GA4 conditional event name, default, copy
  07 E.164 US, omit, title case             28 copies (with empty values)
  08 only filter, upper, concat+date        29 value table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields            30 value table (no otherwise), number/omit, lower
  10 boolean flags (blank conditions)       31 only filter, E.164 UK, upper, default
  11 fallback chain, part before @          32 exclude filter, default, concat with blank part
  12 table (no otherwise), upper + omit     33 lower, boolean->status, constant + conditional tags
  13 only filter, lower, fallback, const    34 exclude filter, E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise   35 default, copy, equality -> vip flag, constant
  15 copies, constant, default              36 only filter, constants, empty tag list, copies
  16 3-way status (blank stated), tag       37 lower userId, copies, omit-when-empty
  17 conditional tags (> and equality)      38 nested address, default, trim
  18 first word, E.164 w/ fallback          39 E.164 US, concatenation, table w/ otherwise
  19 exclude filter, constant, vip flag     40 title case, omit-when-empty, default, "true"/"false"
  20 part after @, title case, condition    41 exclude filter, E.164 US, omit, copy, vip condition
  21 copies, lower, concatenation           42 first word, fallback to part after @, tag condition
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


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h42-01-lead-basics-web-source", H, L,
      "Please create a Salesforce lead for every HubSpot contact, matched on the email address, which goes into "
      "the lead's Email field. Copy the first name, last name and company name over exactly as they are. "
      "Every lead should get the Lead Source 'Web'.", HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h42-02-lead-title-company-defaults", H, L,
      "The contact's email address becomes the lead's Email. The job title goes into Title, but when a contact has "
      "no job title, please put 'Not specified' there instead. The company name goes into Company, and when it "
      "is empty we use 'Individual'.", HS)
def _(r: R) -> R:
    return {"Email": r["email"], "Title": dflt(r["jobtitle"], "Not specified"), "Company": dflt(r["company"], "Individual")}


@case("h42-03-lead-phone-fallback-city", H, L,
      "Match the leads on email: the contact's email goes into Email. For the lead's Phone, use the office phone "
      "number. If the office phone is empty, use the mobile number instead. If both of them are empty, please "
      "leave Phone off the lead. The city goes into City in title case (capital first letter on each word, "
      "the rest lower case).",
      extended(HS, hs(email="tom.becker@quietfield.com", firstname="Tom", lastname="Becker", phone="", mobilephone="",
                      city="NEW YORK")))
def _(r: R) -> R:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": ph, "City": title(r["city"])})


@case("h42-04-lead-rating-from-stage", H, L,
      "The lead's Email should be the contact's email address in all lower case. We also want a Rating on each "
      "lead based on the lifecycle stage. Customers and opportunities are 'Hot'. Sales qualified leads "
      "(salesqualifiedlead) are 'Warm'. Every other stage is 'Cold'.", HS)
def _(r: R) -> R:
    st = r["lifecyclestage"]
    rating = "Hot" if st in ("customer", "opportunity") else ("Warm" if st == "salesqualifiedlead" else "Cold")
    return {"Email": r["email"].lower(), "Rating": rating}


@case("h42-05-lead-skip-unsubscribed", H, L,
      "Please don't send any contact who has unsubscribed from all email, meaning hs_email_optout is \"true\". "
      "A contact whose opt-out value is blank has not unsubscribed, so they should be sent. For the rest, "
      "copy the email into Email and the last name into LastName. Email Opt Out (HasOptedOutOfEmail) should "
      "be false on all of these leads.", HS)
def _(r: R) -> R | None:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": False}


@case("h42-06-lead-size-description", H, L,
      "Email on the lead comes from the contact's email. In the lead's Description, write 'Enterprise account' "
      "when the annual revenue is more than 5 million, and 'Small business' when it is 5 million or less. "
      "Contacts with no annual revenue also get 'Small business'. Please send the number of employees as a "
      "whole number in NumberOfEmployees, and leave that field off when the contact has no employee count.", HS)
def _(r: R) -> R:
    v = rev(r)
    return keep({"Email": r["email"],
                 "Description": "Enterprise account" if v is not None and v > 5_000_000 else "Small business",
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h42-07-lead-e164-names", H, L,
      "Copy the contact's email into the lead's Email. The office phone goes into Phone and the mobile number "
      "into MobilePhone, both in E.164 format such as +14155550100. Treat a number as a US number unless it "
      "already starts with + and a country code. If either number is missing, leave that field off the lead. "
      "First and last name should be in title case.", HS)
def _(r: R) -> R:
    return keep({"Email": r["email"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h42-08-lead-na-only-address", H, L,
      "We only want contacts whose country is United States or Mexico; skip everyone else. Their email goes into "
      "Email, the street address into Street, and the postal code into PostalCode. Country should be in capital "
      "letters. The Description should say 'HubSpot contact since ' followed by the date the contact was "
      "created, written as YYYY-MM-DD.", HS)
def _(r: R) -> R | None:
    if r["country"] not in ("United States", "Mexico"):
        return None
    return {"Email": r["email"], "Street": r["address"], "PostalCode": r["zip"], "Country": r["country"].upper(),
            "Description": "HubSpot contact since " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h42-09-contact-mailing-copies", H, C,
      "Each HubSpot contact should become a Salesforce Contact, matched by email (the contact's email goes into "
      "Email). Please copy the first name, last name, job title (into Title) and office phone (into Phone) "
      "without changes. The city goes into MailingCity and the postal code into MailingPostalCode.", HS)
def _(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "Phone": r["phone"], "MailingCity": r["city"], "MailingPostalCode": r["zip"]}


@case("h42-10-contact-optout-donotcall", H, C,
      "Salesforce Contacts are matched on Email, which is the contact's email address. Email Opt Out "
      "(HasOptedOutOfEmail) should be true if the contact unsubscribed from all email (hs_email_optout is "
      "\"true\"), and false if it is \"false\" or blank. Do Not Call (DoNotCall) should be true when the contact "
      "has no office phone number, and false when they do.", HS)
def _(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h42-11-contact-title-chain-lastname", H, C,
      "Put the contact's email into the Salesforce Contact's Email. For Title, use the job title. If there's no "
      "job title, use the industry instead, and if the industry is empty too, use 'Staff'. LastName is the last "
      "name; when the last name is empty, use the part of the email address before the @.",
      extended(lower_emails(HS),
               hs(email="nadia.kowalski@brightpath.org", firstname="Nadia", lastname="", jobtitle="", industry="Retail")))
def _(r: R) -> R:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Staff")
    return {"Email": r["email"], "Title": t, "LastName": dflt(r["lastname"], before_at(r["email"]))}


@case("h42-12-contact-country-codes", H, C,
      "Send the contact's email as the Contact's Email. MailingCountry should use short country codes: United "
      "States becomes US, Japan becomes JP, Mexico becomes MX and France becomes FR. The state goes into "
      "MailingState in capital letters; if the contact has no state, leave MailingState off.",
      extended(HS, hs(email="ana.lopez@verdemar.mx", firstname="Ana", lastname="Lopez", country="Mexico",
                      state="jal", city="Guadalajara")))
def _(r: R) -> R:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": OMIT if blank(r["state"]) else r["state"].upper()})


@case("h42-13-contact-customers-only", H, C,
      "Only send contacts whose lifecycle stage is customer or opportunity; nobody else should go to Salesforce. "
      "Email should be the contact's email in lower case. For Phone, take the mobile number, or the office phone "
      "if there's no mobile number. Put 'Synced from HubSpot' in the Description of every contact.",
      extended(HS, hs(email="Ravi.Menon@Tidewater.in", firstname="Ravi", lastname="Menon", lifecyclestage="opportunity",
                      phone="(650) 555-0161", mobilephone="")))
def _(r: R) -> R | None:
    if r["lifecyclestage"] not in ("customer", "opportunity"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["mobilephone"], r["phone"]), "Description": "Synced from HubSpot"}


@case("h42-14-contact-cleanup-leadsource", H, C,
      "Trim the spaces from the start and end of the email before it goes into the Contact's Email. FirstName is "
      "the first name, also trimmed. MailingCity is the city in title case. For Lead Source, look at where the "
      "contact originally came from: PAID_SEARCH becomes 'Advertisement', REFERRALS becomes 'Partner Referral' and "
      "ORGANIC_SEARCH becomes 'Web'. Any other source, or no source at all, becomes 'Other'.",
      extended(HS, hs(email="  owen.price@stonebridge.com ", firstname=" Owen ", lastname="Price", city="san diego",
                      hs_analytics_source="ORGANIC_SEARCH")))
def _(r: R) -> R:
    src = {"PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral", "ORGANIC_SEARCH": "Web"}
    return {"Email": r["email"].strip(), "FirstName": r["firstname"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": src.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h42-15-mc-basic-company-default", H, M,
      "Add every HubSpot contact to our Mailchimp audience as subscribed. The member's email_address is the "
      "contact's email. First name goes into the FNAME merge field and last name into LNAME, unchanged. Please "
      "fill the COMPANY merge field with the company name, or 'n/a' when there isn't one.", HS)
def _(r: R) -> R:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "COMPANY": dflt(r["company"], "n/a")}}


@case("h42-16-mc-status-three-ways", H, M,
      "Use the contact's email as the Mailchimp email_address. The status depends on the email opt-out "
      "(hs_email_optout). If it is \"true\" the member is unsubscribed. If it is \"false\" the member is "
      "subscribed. If it is blank, add them as pending so they get a confirmation email. Every member gets the "
      "single tag 'HubSpot import'.", HS)
def _(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot import"]}


@case("h42-17-mc-tags-revenue-customer", H, M,
      "Mailchimp email_address is the contact's email in lower case, and everyone is subscribed. Tags work like "
      "this. Contacts with annual revenue over 5 million get the tag 'Big account'. Contacts whose lifecycle stage "
      "is customer get the tag 'Customer'. When both apply, 'Big account' comes first. Contacts with no revenue "
      "don't get 'Big account', and a contact with neither tag gets an empty tag list.",
      extended(HS, hs(email="Ines.Carvalho@Atlantico.pt", firstname="Ines", lastname="Carvalho",
                      lifecyclestage="customer", annualrevenue="9000000")))
def _(r: R) -> R:
    v = rev(r)
    tags = (["Big account"] if v is not None and v > 5_000_000 else []) + (
        ["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"].lower(), "status": "subscribed", "tags": tags}


@case("h42-18-mc-first-word-phone", H, M,
      "Send each contact to Mailchimp with their email as email_address. FNAME should be just the first word of "
      "the first name, since some people typed their middle name in too. The PHONE merge field is the office "
      "phone, or the mobile number when the office phone is empty, written in E.164 format (+ and country code). "
      "Numbers without a + are US numbers.",
      extended(HS, hs(email="mary.ellis@harborview.com", firstname="Mary Ann", lastname="Ellis", phone="",
                      mobilephone="(718) 555-0126")))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h42-19-mc-no-subscribers-vip", H, M,
      "Leave out contacts whose lifecycle stage is subscriber; everyone else goes to Mailchimp. The email goes into "
      "email_address. Set language to 'en' for all of them. Mark the member as VIP (vip true) if the lifecycle "
      "stage is customer, otherwise vip is false.", HS)
def _(r: R) -> R | None:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "language": "en", "vip": r["lifecyclestage"] == "customer"}


@case("h42-20-mc-domain-city", H, M,
      "The contact's email goes into email_address. Please put the part of the email after the @ into a merge "
      "field called DOMAIN. The city goes into a CITY merge field in title case. Status is 'transactional' for "
      "contacts who unsubscribed from email (hs_email_optout is \"true\") and 'subscribed' for everyone else, "
      "including contacts whose opt-out is blank.",
      extended(lower_emails(HS), hs(email="leo.marsh@greyhound-media.com", firstname="Leo", lastname="Marsh",
                                    city="salt lake city")))
def _(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"DOMAIN": after_at(r["email"]), "CITY": title(r["city"])},
            "status": "transactional" if r["hs_email_optout"] == "true" else "subscribed"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h42-21-seg-names", H, S,
      "Send a Segment identify call for each contact with the email as the userId, exactly as it is. Add traits "
      "for firstName and lastName from the contact's names. The email trait should be the email in lower case. "
      "The name trait is the first name, a space, and then the last name.", HS)
def _(r: R) -> R:
    return {"userId": r["email"], "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                                             "email": r["email"].lower(), "name": r["firstname"] + " " + r["lastname"]}}


@case("h42-22-seg-company-object", H, S,
      "userId in Segment is the contact's email. Company details go inside the company trait (traits.company). "
      "Its name is the company name, or 'Unknown' if that's empty. Its industry is the contact's industry, but "
      "leave industry out when it is blank. employee_count is the number of employees as a whole number, and it "
      "is left out when there's no employee count.", HS)
def _(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"),
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h42-23-seg-address-phone", H, S,
      "Use the contact's email as the Segment userId. Under traits.address, add street (from the street address), "
      "city, and postalCode (from the zip code). Add state too, but only when the contact has one; otherwise leave "
      "it out. traits.phone is the office phone, or the mobile number if there's no office phone, in E.164 "
      "format. Treat numbers without a leading + as US numbers.", HS)
def _(r: R) -> R:
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                    "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": e164(dflt(r["phone"], r["mobilephone"]))}})


@case("h42-24-seg-stage-subscribed-revenue", H, S,
      "The Segment userId should be the contact's email, trimmed and in lower case. Copy the lifecycle stage into "
      "a trait called lifecycle_stage. Add a true/false trait called email_subscribed: it is false when the "
      "contact unsubscribed from all email (hs_email_optout is \"true\"), and true otherwise, including when the "
      "value is blank. The revenue trait is the annual revenue as a number; leave it out if the contact has none.",
      extended(HS, hs(email=" Zoe.Hart@Meridian.co ", firstname="Zoe", lastname="Hart", annualrevenue="750000",
                      hs_email_optout="true")))
def _(r: R) -> R:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "lifecycle_stage": r["lifecyclestage"], "email_subscribed": r["hs_email_optout"] != "true",
        "revenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h42-25-ga4-sign-up", H, G,
      "For each HubSpot contact, send one GA4 event. The client_id is the contact's email. The event is named "
      "'sign_up'. Give it an event parameter 'method' set to 'hubspot', a parameter 'country' with the contact's "
      "country in lower case, and a parameter 'stage' copied from the lifecycle stage.", HS)
def _(r: R) -> R:
    return {"client_id": r["email"], "events": [{"name": "sign_up", "params": {
        "method": "hubspot", "country": r["country"].lower(), "stage": r["lifecyclestage"]}}]}


@case("h42-26-ga4-big-revenue-leads", H, G,
      "Only send contacts with an annual revenue of more than 1 million to GA4; contacts with a smaller or empty "
      "revenue are skipped. The client_id is the part of the email before the @. Send one event named "
      "'generate_lead' with the parameters currency 'USD' and value, which is the annual revenue as a number.",
      lower_emails(HS))
def _(r: R) -> R | None:
    v = rev(r)
    if v is None or not v > 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "generate_lead", "params": {
        "currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h42-27-ga4-purchase-or-lead", H, G,
      "Each contact becomes one GA4 event, with the contact's email as the client_id. The event name is "
      "'purchase' for customers (lifecycle stage customer) and 'generate_lead' for everybody else. Add an event "
      "parameter 'company' with the company name, or 'none' if it is empty, and a parameter 'industry' copied "
      "from the industry.", HS)
def _(r: R) -> R:
    return {"client_id": r["email"], "events": [{
        "name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
        "params": {"company": dflt(r["company"], "none"), "industry": r["industry"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h42-28-hs-lead-copies", L, H,
      "Please bring Salesforce leads into HubSpot as contacts, matched on the lead's Email, which goes into the "
      "HubSpot email. Copy first name, last name and company as they are. Title goes into the job title "
      "(jobtitle), and Phone goes into phone, both unchanged.", SFL)
def _(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


@case("h42-29-hs-lead-status-optout", L, H,
      "Lead Email goes into the contact's email. Set the HubSpot Lead Status (hs_lead_status) from the Salesforce "
      "lead status: 'Open - Not Contacted' is NEW, 'Working - Contacted' is ATTEMPTED_TO_CONTACT, 'Closed - "
      "Converted' is CONNECTED, and 'Closed - Not Converted' is UNQUALIFIED. hs_email_optout should be the text "
      "\"true\" if the lead opted out of email and the text \"false\" if not.", SFL)
def _(r: R) -> R:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT", "Closed - Converted": "CONNECTED",
          "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": st[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h42-30-hs-rating-stage-revenue", L, H,
      "The HubSpot email is the lead's Email in lower case. The lifecycle stage comes from the lead's Rating: "
      "Hot means salesqualifiedlead, Warm means marketingqualifiedlead and Cold means lead. Annual revenue should "
      "be sent as a number, and left off when the lead has no revenue.",
      extended(SFL, sfl(Email="Marta.Nowak@Wisla.pl", FirstName="Marta", LastName="Nowak", Company="Wisla Trade",
                        Rating="Warm", AnnualRevenue="1750000.5")))
def _(r: R) -> R:
    st = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": st[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h42-31-hs-uk-leads", L, H,
      "We only want leads from the United Kingdom here, so skip any lead whose Country is not United Kingdom. The "
      "lead's Email goes into email. Phone goes into phone in E.164 format, treating numbers without a + as UK "
      "numbers. City goes into city in capital letters, and PostalCode goes into zip unchanged.",
      extended(SFL,
               sfl(Email="harriet.cole@thamesworks.co.uk", FirstName="Harriet", LastName="Cole", Company="Thames Works",
                   Phone="0161 496 0753", City="Manchester", PostalCode="M1 1AE", Country="United Kingdom"),
               sfl(Email="rhys.evans@valleytech.co.uk", FirstName="Rhys", LastName="Evans", Company="Valley Tech",
                   Phone="+44 29 2018 0456", City="Cardiff", PostalCode="CF10 1AA", Country="United Kingdom")))
def _(r: R) -> R | None:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(), "zip": r["PostalCode"]}


@case("h42-32-hs-open-leads-message", L, H,
      "Leave out leads whose status is 'Closed - Not Converted'. For the others, Email goes to email and Street to "
      "the street address (address). Country goes into country, or 'Unknown' if it's empty. The message field "
      "should read 'Salesforce lead source: ' followed by the lead's Lead Source; if the lead has no Lead Source, "
      "use the word 'unknown' in its place.",
      extended(SFL, sfl(Email="tariq.haddad@cedarline.ae", FirstName="Tariq", LastName="Haddad", Company="Cedarline",
                        Street="", Country="", Status="Working - Contacted", LeadSource="Email")))
def _(r: R) -> R | None:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "address": r["Street"], "country": dflt(r["Country"], "Unknown"),
            "message": "Salesforce lead source: " + dflt(r["LeadSource"], "unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h42-33-mc-sfc-status-tags", C, M,
      "Add Salesforce Contacts to Mailchimp using the Email in lower case as the email_address. A contact who "
      "opted out of email goes in as unsubscribed; anyone else is subscribed. Every member gets the tag "
      "'Salesforce'. Contacts whose Lead Source is 'Trade Show' get a second tag, 'Trade show', after it.", SFC)
def _(r: R) -> R:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + (["Trade show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h42-34-mc-sfc-optin-phone-language", C, M,
      "Don't send Salesforce Contacts who opted out of email. Everyone else goes to Mailchimp with their Email as "
      "the email_address. Put their business phone in the PHONE merge field in E.164 format; numbers that don't "
      "start with + are US numbers. Set language by mailing country: Germany and Austria get 'de', and United "
      "States gets 'en'.", SFC)
def _(r: R) -> R | None:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang[r["MailingCountry"]]}


@case("h42-35-mc-sfc-jobtitle-vip", C, M,
      "Each Salesforce Contact's Email becomes the Mailchimp email_address, and everyone is subscribed. Please put "
      "the Title into a JOBTITLE merge field, using 'Team member' when the title is empty. The mailing city goes "
      "into a CITY merge field unchanged. Members whose Title is 'CTO' or 'CEO' are VIPs (vip true); everyone "
      "else has vip false.",
      extended(SFC, sfc(Email="sam.okoro@lagosgrid.ng", FirstName="Sam", LastName="Okoro", Title="CEO",
                        Department="", MailingCity="Lagos", MailingCountry="Nigeria")))
def _(r: R) -> R:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"JOBTITLE": dflt(r["Title"], "Team member"), "CITY": r["MailingCity"]},
            "vip": r["Title"] in ("CTO", "CEO")}


@case("h42-36-mc-sfc-us-only-pending", C, M,
      "Only contacts with a mailing country of United States should go to Mailchimp. Their Email is the "
      "email_address. Add them with status 'pending' and no tags at all (an empty tag list). First name goes "
      "into FNAME and last name into LNAME, copied as they are.",
      extended(SFC, sfc(Email="rosa.delgado@mesaverde.us", FirstName="Rosa", LastName="Delgado", Title="Buyer",
                        Phone="(505) 555-0183", MailingCity="Santa Fe", MailingCountry="United States")))
def _(r: R) -> R | None:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "status": "pending", "tags": [],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h42-37-seg-sfc-profile-birthday", C, S,
      "Send a Segment identify for each Salesforce Contact. The userId is the Email in lower case. Add traits "
      "firstName, lastName and title copied from the contact. The birthday trait is the Birthdate; leave it out "
      "when the contact has no birthdate.", SFC)
def _(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h42-38-seg-sfc-address-department", C, S,
      "The Segment userId is the contact's Email exactly as stored. Put the mailing city and mailing country under "
      "traits.address as city and country. Add a department trait with the Department, or 'General' when it's "
      "empty. The email trait is the Email with any spaces at the start or end removed.",
      extended(SFC, sfc(Email=" paula.stein@nordhafen.de", FirstName="Paula", LastName="Stein", Department="Finance",
                        MailingCity="Hamburg", MailingCountry="Germany")))
def _(r: R) -> R:
    return {"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
        "department": dflt(r["Department"], "General"), "email": r["Email"].strip()}}


@case("h42-39-seg-sfc-phone-name-source", C, S,
      "Use the contact's Email as the Segment userId. The phone trait is the business phone in E.164 format; "
      "numbers without a + are US numbers. The name trait is the last name, a comma and a space, then the first "
      "name (for example 'Wagner, Felix'). For a lead_source trait, 'Web' becomes 'website' and 'Trade Show' "
      "becomes 'event'; any other Lead Source, including a blank one, becomes 'other'.", SFC)
def _(r: R) -> R:
    return {"userId": r["Email"], "traits": {
        "phone": e164(r["Phone"]), "name": r["LastName"] + ", " + r["FirstName"],
        "lead_source": {"Web": "website", "Trade Show": "event"}.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h42-40-hs-mc-names-optout", M, H,
      "Bring our Mailchimp members into HubSpot, matched on email: the member's email_address goes into the "
      "HubSpot email. First name comes from FNAME and last name from LNAME, both in title case. If LNAME is blank, "
      "leave the last name off. Company comes from COMPANY, or 'Not given' when that's empty. hs_email_optout is "
      "the text \"true\" for unsubscribed members and \"false\" for all the others.", MC)
def _(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Not given"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h42-41-hs-mc-no-cleaned-phone", M, H,
      "Skip Mailchimp members whose status is cleaned. For the rest, email_address goes into the HubSpot email and "
      "language goes into the preferred language (hs_language). PHONE goes into phone in E.164 format, with "
      "numbers that have no + treated as US numbers; if PHONE is empty, leave phone off. The lifecycle stage is "
      "customer for VIP members and subscriber for everybody else.", MC)
def _(r: R) -> R | None:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "hs_language": r["language"],
                 "phone": OMIT if blank(ph) else e164(ph),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h42-42-hs-mc-company-domain-tag", M, H,
      "The HubSpot email is the member's email_address. The first name is only the first word of FNAME. For the "
      "company, use the COMPANY merge field; if it's empty, use the part of the email address after the @. "
      "Members who have the tag 'Customer' get the lifecycle stage customer, and everyone else gets lead.",
      extended(MC, {"email_address": "ana.clara@riomar.com.br", "status": "subscribed",
                    "merge_fields": {"FNAME": "Ana Clara", "LNAME": "Souza", "PHONE": "", "COMPANY": ""},
                    "tags": ["Webinar", "Customer"], "language": "pt", "vip": False}))
def _(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    assert len(CASES) == 42, len(CASES)
    assert len({c[0] for c in CASES}) == 42
    build(CASES, Path(__file__).parent / "set42")
