"""Held-out set 24: written by a new author who never saw the drafter.

Author: a freelance marketing-ops consultant whose first language is German. Plain sentences,
mostly correct, with small grammar slips ("if the field is empty then ...", "is Title empty then",
"leave it away", German word order), a few typos, sometimes the platform's own field names in quotes.

Pairs (42 cases): hubspot.contacts -> salesforce.Lead (5), salesforce.Contact (5),
mailchimp.members (5), segment.identify (5), ga4.events (4); salesforce.Lead -> hubspot.contacts (5);
salesforce.Contact -> mailchimp.members (4), segment.identify (4); mailchimp.members -> hubspot.contacts (5).

Rule kinds: copies, constants (text, boolean), defaults when empty, fallbacks (first non-empty),
leave a field out when empty, transforms (lower, upper, trim, title case, first word, before the @,
E.164 US/UK, number, whole number, YYYY-MM-DD date), value tables with and without an otherwise,
conditions (equality, greater than, blank), true/false flags, filters (only / skip ... where),
nested destinations (Segment traits.x / traits.x.y, Mailchimp merge_fields.X, GA4 events[].params),
tags, templates, and an account lookup by company name (h24-06: the lookup is not resolved in an
offline preview, so AccountId never appears in the expected records).
Expected records follow the mapping cases' README (tests/mapping/cases/README.md), computed here, never from the drafter.
"""

from __future__ import annotations

import copy
from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _lower_emails(pool: list[R], key: str) -> list[R]:
    out = copy.deepcopy(pool)
    for r in out:
        r[key] = r[key].lower()
    return out


HSL = _lower_emails(HS, "email")
SFCL = _lower_emails(SFC, "Email")


def hs(**kw: str) -> R:
    """An extra HubSpot contact with every field the pool's records have."""
    base: R = {k: "" for k in HS[0]}
    base.update(kw)
    return base


def sfl(**kw: object) -> R:
    base: R = {k: "" for k in SFL[0]}
    base["HasOptedOutOfEmail"] = False
    base.update(kw)
    return base


def sfc(**kw: object) -> R:
    base: R = {k: "" for k in SFC[0]}
    base["HasOptedOutOfEmail"] = False
    base.update(kw)
    return base


def mc(email: str, status: str, fname: str, lname: str, phone: str, company: str,
       tags: list[str], language: str, vip: bool) -> R:
    return {"email_address": email, "status": status,
            "merge_fields": {"FNAME": fname, "LNAME": lname, "PHONE": phone, "COMPANY": company},
            "tags": tags, "language": language, "vip": vip}


def date_part(ts: str) -> str:
    return ts[:10]


def first_word(v: str) -> str:
    parts = v.split()
    return parts[0] if parts else ""


# --------------------------------------------------------------------------- HubSpot -> Lead

@case("h24-01-lead-basics-company-default", H, L,
      'Please map the contacts to Salesforce Leads: email to Email, first name and last name like they are, and "company" '
      'into Company. If the company is empty then write "Unknown Company" in it, because Salesforce need a company for '
      'every lead.', HS)
def _c01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown Company")}


P02 = [*HS, hs(email="tom.becker@brightlane.com", firstname="Tom", lastname="Becker", company="Brightlane",
               phone="", mobilephone="(646) 555-0177", country="United States", lifecyclestage="lead",
               createdate="2024-02-01T12:00:00.000Z", hs_email_optout="false")]


@case("h24-02-lead-us-only-phone-fallback", H, L,
      'Only contacts from "United States" should go to Salesforce as lead, the contacts of other countrys we skip. '
      'The Email in lower case please. For Phone take the phone, and when this one is empty the mobilephone, and make '
      'it E.164 (they are all US numbers).', P02)
def _c02(r: R) -> Out:
    if r["country"] != "United States":
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"].lower(), "Phone": e164(ph)}


@case("h24-03-lead-source-table-rating", H, L,
      'LeadSource comes from the original source ("hs_analytics_source"): ORGANIC_SEARCH is "Web", PAID_SEARCH and '
      'PAID_SOCIAL are "Advertisement", REFERRALS is "External Referral", everything else (also empty) "Other". Then '
      'Rating: "Hot" when the annual revenue is more than 5000000, else "Cold"; when the revenue is empty it is also '
      '"Cold". And the Email of course.', HS)
def _c03(r: R) -> Out:
    src = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral"}.get(r["hs_analytics_source"], "Other")
    v = rev(r)
    return {"Email": r["email"], "LeadSource": src, "Rating": "Hot" if v is not None and v > 5000000 else "Cold"}


@case("h24-04-lead-constants-description-employees", H, L,
      'For the leads: Status always "Open - Not Contacted" and LeadSource always "Partner". Description is the text '
      '"HubSpot stage: " and after it the lifecycle stage of the contact. NumberOfEmployees = numemployees as whole '
      'number, but when numemployees is empty dont set NumberOfEmployees at all. Email just copy.', HS)
def _c04(r: R) -> Out:
    return keep({"Email": r["email"], "Status": "Open - Not Contacted", "LeadSource": "Partner",
                 "Description": "HubSpot stage: " + r["lifecyclestage"],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


@case("h24-05-lead-industry-table-website-omit", H, L,
      'Map the Industry with a small table: "Software" -> "Technology", "Logistics" -> "Transportation", "Food" -> '
      '"Food & Beverage". Any other industry or no industry -> "Other". Website from website, and when a contact has '
      'no website leave the Website out. And copy the email into Email.', HS)
def _c05(r: R) -> Out:
    ind = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage"}.get(r["industry"], "Other")
    return keep({"Email": r["email"], "Industry": ind, "Website": OMIT if blank(r["website"]) else r["website"]})


# --------------------------------------------------------------------------- HubSpot -> Contact

@case("h24-06-contact-account-lookup", H, C,
      'Contacts go into the Salesforce Contact object. Email, FirstName and LastName 1:1, Title from jobtitle. The '
      'AccountId please find by the company name (look up the Account whose Name is the contact\'s company); when '
      'company is empty leave AccountId out.', HS)
def _c06(r: R) -> Out:
    # the lookup is not resolved in an offline preview: AccountId never appears
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"]}


@case("h24-07-contact-mailing-address-optout", H, C,
      'For the Contact object the address goes in the Mailing fields: city to MailingCity but in title case (some '
      'cities are written small), state to MailingState, zip to MailingPostalCode and country to MailingCountry. '
      'HasOptedOutOfEmail is true when "hs_email_optout" is "true", otherwise false (also when it is empty). Email '
      'as Email.', HS)
def _c07(r: R) -> Out:
    return {"Email": r["email"], "MailingCity": title(r["city"]), "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


@case("h24-08-contact-phones-e164-omit", H, C,
      'Phone and mobile phone in E.164 format please, phone to Phone and mobilephone to MobilePhone. Numbers without a '
      '"+" are US numbers. If one of them is empty, then leave this field away in Salesforce (dont send it empty). '
      'Email also.', HS)
def _c08(r: R) -> Out:
    return keep({"Email": r["email"],
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


@case("h24-09-contact-skip-no-company-since-date", H, C,
      'Skip the contacts without company, they are no real B2B contacts. For the others: Email, LastName, and '
      'Description = "HubSpot contact since " + the createdate as YYYY-MM-DD (only the date). LeadSource is always '
      '"Web".', HS)
def _c09(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"Email": r["email"], "LastName": r["lastname"],
            "Description": "HubSpot contact since " + date_part(r["createdate"]), "LeadSource": "Web"}


P10 = [*HS, hs(email="jonas.keller@bergwerk.de", firstname="  Jonas ", lastname="Keller", company="Bergwerk GmbH",
               jobtitle="   ", country="Germany", city="Munich", lifecyclestage="lead",
               createdate="2024-03-03T12:00:00.000Z", hs_email_optout="false")]


@case("h24-10-contact-trim-title-default-constants", H, C,
      'Salesforce Contact: Email, FirstName trimmed (there are spaces sometimes), Title from the job title but if '
      'jobtitle is empty use "Contact". Department is constant "Marketing" and DoNotCall = false for everybody.', P10)
def _c10(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "Title": dflt(r["jobtitle"], "Contact"),
            "Department": "Marketing", "DoNotCall": False}


# --------------------------------------------------------------------------- HubSpot -> Mailchimp

@case("h24-11-mc-names-status-optout", H, M,
      'HubSpot to the Mailchimp audience. email_address = email. merge_fields.FNAME from firstname and LNAME from '
      'lastname. Status: "unsubscribed" if hs_email_optout is "true", otherwise "subscribed" (empty counts as not '
      'opted out).', HS)
def _c11(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


P12 = [*HS,
    hs(email="ines.wolf@kaffeehaus.at", firstname="Ines", lastname="Wolf", company="Kaffeehaus Wolf",
       lifecyclestage="evangelist", country="Austria", createdate="2022-05-05T12:00:00.000Z", hs_email_optout="false"),
    hs(email="paul.meyer@printwerk.de", firstname="Paul", lastname="Meyer", company="Printwerk",
       lifecyclestage="customer", country="Germany", createdate="2021-09-09T12:00:00.000Z", hs_email_optout="false"),
]


@case("h24-12-mc-customers-only-tags", H, M,
      'I need only the customer and evangelist contacts in Mailchimp (lifecyclestage "customer" or "evangelist"), the '
      'rest not. Status "subscribed" for all of them, and the tags "hubspot-sync" and "customer". Email into '
      'email_address.', P12)
def _c12(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"email_address": r["email"], "status": "subscribed", "tags": ["hubspot-sync", "customer"]}


P13 = [*HS, hs(email="lars.berg@fjordtech.no", firstname="lars", lastname="Berg", company="Fjordtech", phone="",
               mobilephone="", country="Norway", lifecyclestage="lead", createdate="2024-04-04T12:00:00.000Z",
               hs_email_optout="false")]


@case("h24-13-mc-fname-title-phone-fallback", H, M,
      'Put the email into email_address and the first name into FNAME, in title case because some people type it '
      'small. The PHONE merge field: phone, or if phone is empty the mobilephone, as E.164 (a number without + is a US '
      'number). If both are empty leave PHONE away.', P13)
def _c13(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": title(r["firstname"]), "PHONE": OMIT if blank(ph) else e164(ph)}})


@case("h24-14-mc-language-table-vip-flag", H, M,
      'email_address from the email. language by country: "United States" -> "en", "Japan" -> "ja", "Mexico" -> "es", '
      '"France" -> "fr". vip is true when the annual revenue is more than 3000000, false when it is smaller or empty.',
      HS)
def _c14(r: R) -> Out:
    lang = {"United States": "en", "Japan": "ja", "Mexico": "es", "France": "fr"}[r["country"]]
    v = rev(r)
    return {"email_address": r["email"], "language": lang, "vip": v is not None and v > 3000000}


P15 = [*HS, hs(email="mia.schulz@gmail.com", firstname="", lastname="Schulz", company="", numemployees="",
               country="Germany", lifecyclestage="subscriber", createdate="2024-05-05T12:00:00.000Z",
               hs_email_optout="false")]


@case("h24-15-mc-skip-optout-fname-default-tags", H, M,
      'Skip everybody who has hs_email_optout = "true" (an empty hs_email_optout is not skipped). For the rest: email_address, merge_fields.FNAME from firstname '
      '(when empty: "Friend"), and tags: ["big-account"] if numemployees is more than 100, otherwise no tags (an empty '
      'list); is numemployees empty, also no tags.', P15)
def _c15(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    big = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    return {"email_address": r["email"], "merge_fields": {"FNAME": dflt(r["firstname"], "Friend")},
            "tags": ["big-account"] if big else []}


# --------------------------------------------------------------------------- HubSpot -> Segment

@case("h24-16-seg-basic-traits-company-name", H, S,
      'Segment identify: userId is the email in small letters. In traits: email (unchanged), firstName, lastName, and '
      'the company name under traits.company.name.', HS)
def _c16(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "company": {"name": r["company"]}}}


@case("h24-17-seg-address-state-omit", H, S,
      'Please send the adress as traits.address: street from "address", city, state, postalCode from zip, and the '
      'country. When state is empty dont send the state. userId = email (as it is).', HS)
def _c17(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": OMIT if blank(r["state"]) else r["state"],
                                        "postalCode": r["zip"], "country": r["country"]}}})


@case("h24-18-seg-created-date-industry-phone", H, S,
      'userId: the email. traits.createdAt should be only the date of createdate (YYYY-MM-DD, without time). '
      'traits.industry (a custom trait) from industry, if there is none then "n/a". traits.phone is phone, or mobilephone when phone is '
      'empty, in E.164 (numbers without a + are from the US).', HS)
def _c18(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"userId": r["email"],
            "traits": {"createdAt": date_part(r["createdate"]), "industry": dflt(r["industry"], "n/a"),
                       "phone": e164(ph)}}


@case("h24-19-seg-leads-only-company-traits-band", H, S,
      'Only the contacts which are leads (stage "lead", "marketingqualifiedlead" or "salesqualifiedlead") go to '
      'Segment. userId = email. Under traits.company: name, industry (if empty then "Unknown") and employee_count = '
      'numemployees as integer. And traits.leadBand (our custom trait): "MQL" for marketingqualifiedlead, "SQL" for '
      'salesqualifiedlead, "LEAD" for lead.', HS)
def _c19(r: R) -> Out:
    band = {"lead": "LEAD", "marketingqualifiedlead": "MQL", "salesqualifiedlead": "SQL"}
    if r["lifecyclestage"] not in band:
        return None
    return {"userId": r["email"],
            "traits": {"company": {"name": r["company"], "industry": dflt(r["industry"], "Unknown"),
                                   "employee_count": int(float(r["numemployees"]))},
                       "leadBand": band[r["lifecyclestage"]]}}


P20 = [*HSL, hs(email="anna.schmidt@kraftwerk-ag.de", firstname="Anna Lena", lastname="Schmidt", company="Kraftwerk AG",
                country="Germany", lifecyclestage="lead", createdate="2024-06-06T12:00:00.000Z",
                hs_email_optout="false")]


@case("h24-20-seg-name-template-username-first-word", H, S,
      'userId the email. traits.name = first name, one space, last name (like they are). traits.username is the part '
      'of the email before the "@". traits.firstName only the first word of firstname (some people have two first '
      'names).', P20)
def _c20(r: R) -> Out:
    return {"userId": r["email"],
            "traits": {"name": r["firstname"] + " " + r["lastname"], "username": r["email"].split("@")[0],
                       "firstName": first_word(r["firstname"])}}


# --------------------------------------------------------------------------- HubSpot -> GA4

@case("h24-21-ga4-revenue-only-generate-lead", H, G,
      'Send to GA4 one "generate_lead" event per contact, but only for the contacts with a annual revenue (skip them '
      'when annualrevenue is empty). client_id is always "hs-offline-01". Event params: value = annualrevenue as '
      'number, currency = "EUR".', HS)
def _c21(r: R) -> Out:
    if blank(r["annualrevenue"]):
        return None
    return {"client_id": "hs-offline-01",
            "events": [{"name": "generate_lead", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h24-22-ga4-signup-client-from-email", H, G,
      'GA4 Measurement Protocol: client_id = the part of the email before the @, user_id = the whole email. One event '
      'with name "sign_up", its params: method "hubspot" and stage = the lifecycle stage in upper case.', HSL)
def _c22(r: R) -> Out:
    return {"client_id": r["email"].split("@")[0], "user_id": r["email"],
            "events": [{"name": "sign_up", "params": {"method": "hubspot", "stage": r["lifecyclestage"].upper()}}]}


@case("h24-23-ga4-quality-condition-country-table", H, G,
      'For GA4: client_id constant "hubspot". One event "lead_update" with two params. lead_quality: "high" when '
      'numemployees is more than 100, "low" when it is 100 or less, and "unknown" when numemployees is empty. '
      'country_code: "United States" -> "US", "France" -> "FR", every other country "XX".', HS)
def _c23(r: R) -> Out:
    if blank(r["numemployees"]):
        q = "unknown"
    else:
        q = "high" if float(r["numemployees"]) > 100 else "low"
    cc = {"United States": "US", "France": "FR"}.get(r["country"], "XX")
    return {"client_id": "hubspot", "events": [{"name": "lead_update", "params": {"lead_quality": q, "country_code": cc}}]}


P24 = [*HS, hs(email="nora.fischer@elbmedia.de", firstname="Nora", lastname="Fischer", company="Elbmedia",
               hs_analytics_source="", country="Germany", lifecyclestage="subscriber",
               createdate="2024-07-07T12:00:00.000Z", hs_email_optout="false")]


@case("h24-24-ga4-skip-optout-source-lower-default", H, G,
      'Contacts with hs_email_optout "true" are not send to GA4, empty means not opted out. For the others: client_id = email in lower case, one '
      'event "newsletter_signup" with param source = hs_analytics_source in lower case; if the source is empty then '
      'source = "direct".', P24)
def _c24(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    src = "direct" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": r["email"].lower(), "events": [{"name": "newsletter_signup", "params": {"source": src}}]}


# --------------------------------------------------------------------------- Lead -> HubSpot

@case("h24-25-sfl-hs-copies-jobtitle-default", L, H,
      'From Salesforce Lead to HubSpot contact: Email -> email, FirstName -> firstname, LastName -> lastname, Company -> '
      'company, Phone -> phone (unchanged). The jobtitle from Title; is Title empty then put "Unknown".', SFL)
def _c25(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "phone": r["Phone"], "jobtitle": dflt(r["Title"], "Unknown")}


@case("h24-26-sfl-hs-stage-optout-text", L, H,
      'lifecyclestage: "customer" if the lead Status is "Closed - Converted", for every other status "lead". '
      'hs_email_optout is the text "true" or "false", from HasOptedOutOfEmail. The email also.', SFL)
def _c26(r: R) -> Out:
    return {"email": r["Email"], "lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead",
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


P27 = [*SFL, sfl(Email="marta.kowalski@wisla.pl", FirstName="Marta", LastName="Kowalski", Company="Wisla Trade",
                 City="krakow", Country="", Status="Working - Contacted", Rating="Warm", LeadSource="Web",
                 AnnualRevenue="1500000")]


@case("h24-27-sfl-hs-skip-not-converted-revenue", L, H,
      'Leads with Status "Closed - Not Converted" we dont want in HubSpot. The others: email, city from City in upper '
      'case, country from Country (when empty "Unknown"), and annualrevenue = AnnualRevenue as a number; if '
      'AnnualRevenue is empty leave annualrevenue out.', P27)
def _c27(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return keep({"email": r["Email"], "city": r["City"].upper(), "country": dflt(r["Country"], "Unknown"),
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


P28 = [*SFL,
    sfl(Email="olivia.hughes@thamesbyte.co.uk", FirstName="Olivia", LastName="Hughes", Company="Thamesbyte",
        Phone="07700 900123", City="Reading", Country="United Kingdom", Status="Open - Not Contacted", Rating="Warm"),
    sfl(Email="james.patel@cardiffcloud.co.uk", FirstName="James", LastName="Patel", Company="Cardiff Cloud",
        Phone="+44 29 2018 0456", City="Cardiff", Country="United Kingdom", Status="Working - Contacted", Rating="Cold"),
]


@case("h24-28-sfl-hs-uk-only-e164", L, H,
      'Only leads where Country is "United Kingdom". phone = the Phone in E.164, these are UK numbers (the leading 0 '
      'goes away and +44 in front; when it has already a + it stays like it is). city from City, email from Email.',
      P28)
def _c28(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"]}


@case("h24-29-sfl-hs-lead-status-table-address-omit", L, H,
      'hs_lead_status from Status: "Open - Not Contacted" = NEW, "Working - Contacted" = ATTEMPTED_TO_CONTACT, '
      '"Closed - Converted" = CONNECTED, "Closed - Not Converted" = UNQUALIFIED. address from Street and zip from '
      'PostalCode, but each of them only when it is not empty (else leave it out). Email to email.', SFL)
def _c29(r: R) -> Out:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
          "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return keep({"email": r["Email"], "hs_lead_status": st,
                 "address": OMIT if blank(r["Street"]) else r["Street"],
                 "zip": OMIT if blank(r["PostalCode"]) else r["PostalCode"]})


# --------------------------------------------------------------------------- Contact -> Mailchimp

@case("h24-30-sfc-mc-status-from-optout-tag", C, M,
      'Salesforce Contacts into Mailchimp. email_address is the Email lowercased, FNAME and LNAME from FirstName and '
      'LastName. status "unsubscribed" when HasOptedOutOfEmail is true, when false "subscribed". Every member gets the '
      'tag "salesforce".', SFC)
def _c30(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": ["salesforce"]}


P31 = [*SFC, sfc(Email="urs.baumann@matterhorn-it.ch", FirstName="Urs", LastName="Baumann", Title="CFO",
                 Department="Finance", Phone="+41 44 555 0133", MailingCity="Zurich", MailingCountry="Switzerland",
                 LeadSource="", Birthdate="1979-02-14")]


@case("h24-31-sfc-mc-skip-us-language-vip", C, M,
      'Skip the contacts where MailingCountry is "United States", the US list we have in a other audience. For all '
      'others: email_address = Email, FNAME = FirstName, language always "de", the tag "dach", and vip = true if '
      'LeadSource is "Trade Show", else false (empty LeadSource is false too).', P31)
def _c31(r: R) -> Out:
    if r["MailingCountry"] == "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}, "language": "de",
            "tags": ["dach"], "vip": r["LeadSource"] == "Trade Show"}


@case("h24-32-sfc-mc-phone-lname-upper-sales-tag", C, M,
      'Mailchimp from Salesforce Contact: email_address = Email. merge_fields.LNAME the LastName in upper case, '
      'merge_fields.PHONE = Phone as E.164 (without + it is a US number). tags: ["sales-team"] when Department is '
      '"Sales", for all other departments (and empty Department) no tags, so an empty list.', SFC)
def _c32(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"LNAME": r["LastName"].upper(), "PHONE": e164(r["Phone"])},
            "tags": ["sales-team"] if r["Department"] == "Sales" else []}


P33 = [*SFC, sfc(Email="katrin.vogel@seeblick.de", FirstName="Katrin", LastName="Vogel", Title="Office Manager",
                 Department="Admin", Phone="+49 7531 555 012", MailingCity="Konstanz", MailingCountry="Germany",
                 LeadSource="Web", HasOptedOutOfEmail=True, Birthdate="1988-08-08")]


@case("h24-33-sfc-mc-skip-optedout-constants", C, M,
      'Contacts with HasOptedOutOfEmail = true must not go into Mailchimp at all. The others with email_address from '
      'Email, FNAME and LNAME (from FirstName and LastName), status "pending" (double opt-in), email_type "html" and vip false.', P33)
def _c33(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "email_type": "html", "vip": False}


# --------------------------------------------------------------------------- Contact -> Segment

@case("h24-34-sfc-seg-name-title-default", C, S,
      'Salesforce Contact to Segment identify. userId = Email in lower case, traits.email = the Email unchanged. '
      'traits.name is FirstName + " " + LastName. traits.title from Title; if Title is empty, "n/a".', SFC)
def _c34(r: R) -> Out:
    return {"userId": r["Email"].lower(),
            "traits": {"email": r["Email"], "name": r["FirstName"] + " " + r["LastName"],
                       "title": dflt(r["Title"], "n/a")}}


@case("h24-35-sfc-seg-address-birthday-omit", C, S,
      'userId = Email. traits.address.city from MailingCity and traits.address.country from MailingCountry. '
      'traits.birthday is the Birthdate, but when there is no Birthdate leave the birthday out.', SFC)
def _c35(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
                            "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h24-36-sfc-seg-phone-dept-source-table", C, S,
      'For Segment: userId the Email. traits.phone = Phone in E.164 format (numbers without + are US). '
      'traits.department = Department in upper case, when Department is empty leave it out. traits.leadSource: '
      '"Web" -> "inbound", "Trade Show" -> "event", all other values and empty -> "unknown".', SFC)
def _c36(r: R) -> Out:
    src = {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "unknown")
    return keep({"userId": r["Email"],
                 "traits": {"phone": e164(r["Phone"]),
                            "department": OMIT if blank(r["Department"]) else r["Department"].upper(),
                            "leadSource": src}})


P37 = [*SFCL, sfc(Email="sven.richter@hafenlog.de", FirstName="Sven", LastName="Richter", Title="",
                  Department="Logistics", Phone="+49 40 555 0177", MailingCity="Hamburg", MailingCountry="Germany",
                  LeadSource="Web", HasOptedOutOfEmail=False, Birthdate="")]


@case("h24-37-sfc-seg-not-optedout-userid-local-part", C, S,
      'Only Contacts who did not opt out (HasOptedOutOfEmail is false) go to Segment. userId is the part of the Email '
      'before the @. traits.email = Email, traits.title = Title, and if the Title is empty dont send traits.title.',
      P37)
def _c37(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return keep({"userId": r["Email"].split("@")[0],
                 "traits": {"email": r["Email"], "title": OMIT if blank(r["Title"]) else r["Title"]}})


# --------------------------------------------------------------------------- Mailchimp -> HubSpot

@case("h24-38-mc-hs-title-case-company-default", M, H,
      'Mailchimp members into HubSpot contacts. email from email_address. firstname = FNAME and lastname = LNAME, '
      'both in title case (the data is messy, "liam" or "WALSH"). company from COMPANY; if COMPANY is empty, then '
      '"Unknown".', MC)
def _c38(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "company": dflt(mf["COMPANY"], "Unknown")}


@case("h24-39-mc-hs-optout-text-stage-by-vip", M, H,
      'From Mailchimp to HubSpot: email = email_address. hs_email_optout as text: "true" when the status is '
      '"unsubscribed" or "cleaned", "false" for the other statuses. lifecyclestage is "customer" for VIP members (vip '
      'true), for non-VIP "subscriber".', MC)
def _c39(r: R) -> Out:
    return {"email": r["email_address"],
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
            "lifecyclestage": "customer" if r["vip"] else "subscriber"}


@case("h24-40-mc-hs-subscribed-only-phone-omit", M, H,
      'Only subscribed members (status "subscribed") please. email from email_address, firstname from FNAME, '
      'hs_language from language, and phone = PHONE in E.164 (numbers without a + are US numbers); when PHONE is empty '
      'leave phone away.', MC)
def _c40(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "hs_language": r["language"],
                 "phone": OMIT if blank(ph) else e164(ph)})


P41 = [*MC, mc("ben.adler@kiezkraft.de", "pending", "Ben", "Adler", "", "", ["Event"], "de", False)]


@case("h24-41-mc-hs-skip-cleaned-message-template", M, H,
      'Members with status "cleaned" we skip. For the rest: email = email_address, lastname = LNAME, company = '
      'COMPANY (empty company then "Private"), and the message field = "Mailchimp member, status " plus the status.',
      P41)
def _c41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "lastname": mf["LNAME"], "company": dflt(mf["COMPANY"], "Private"),
            "message": "Mailchimp member, status " + r["status"]}


P42 = [*MC, mc("Maria.Clara.Neves@Lisboa-Design.pt", "subscribed", "Maria Clara", "Neves", "+351 21 555 0145",
               "Lisboa Design", [], "pt", False)]


@case("h24-42-mc-hs-lower-first-word-constants", M, H,
      'Mailchimp audience to HubSpot. The email is email_address but lower case. firstname only the first word of '
      'FNAME (we have double names like "Maria Clara"). lastname from LNAME. hs_lead_status always "NEW" and '
      'lifecyclestage always "lead".', P42)
def _c42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"].lower(), "firstname": first_word(mf["FNAME"]), "lastname": mf["LNAME"],
            "hs_lead_status": "NEW", "lifecyclestage": "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set24")
