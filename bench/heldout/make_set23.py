"""Held-out set 23, written by a new author: a customer-success operations lead who writes
requirements as a one-line heading followed by short numbered ('1. ...') or bulleted ('- ...')
lines, imperative and terse, now and then with 'must'/'should' and a reason in brackets.

Expected records are computed from the mapping-cases README's semantics (oracle.py helpers and
the small ones below), never from the drafter.

Pairs: hubspot.contacts -> salesforce.Lead (5), salesforce.Contact (4), mailchimp.members (4),
segment.identify (6), ga4.events (6); salesforce.Lead -> hubspot.contacts (6);
salesforce.Contact -> mailchimp.members (4), segment.identify (3); mailchimp.members ->
hubspot.contacts (4).

Rule kinds: copies, constants, defaults when empty, fallbacks, leave-out when empty, transforms
(lower, upper, trim, title case, first word, before/after the @, E.164 US/UK, number, whole
number, date), value tables with and without an otherwise, conditions (equality, greater/less
than, blank), true/false flags, filters (only / skip), nested destinations (traits.x.y,
merge_fields.X, GA4 events[].params), tags, templates, and one account lookup by company name
(an unresolved lookup writes nothing in an offline preview, so that case expects no AccountId).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def like(base: R, **over: Any) -> R:
    r = copy.deepcopy(base)
    r.update(over)
    return r


def mc_like(base: R, merge: dict[str, Any] | None = None, **over: Any) -> R:
    r = copy.deepcopy(base)
    r.update(over)
    if merge:
        r["merge_fields"].update(merge)
    return r


def first_word(v: str) -> str:
    parts = v.split()
    return parts[0] if parts else ""


def date(v: str) -> str:
    return v[:10]


# extra records (every field the pool's other records have)
HX_NOPHONE = like(HS[3], email="tom.becker@grainline.com", firstname="Tom", lastname="Becker", company="Grainline",
                  phone="", mobilephone="   ", country="United States", city="Denver", state="co", zip="80202",
                  lifecyclestage="lead", annualrevenue="6400000", numemployees="75", hs_analytics_source="DIRECT_TRAFFIC",
                  createdate="2024-02-19T13:20:00.000Z", hs_email_optout="false", jobtitle="ops analyst",
                  industry="Retail", website="https://grainline.com", address="77 Market St")
HX_BIG = like(HS[0], email="ava.lindgren@stellarcloud.com", firstname="AVA", lastname="lindgren", company="Stellar Cloud",
              phone="(646) 555-0121", mobilephone="646-555-0177", country="United States", city="new york", state="ny",
              zip="10001", lifecyclestage="evangelist", annualrevenue="9000000", numemployees="1200",
              hs_analytics_source="PAID_SEARCH", createdate="2024-04-03T12:10:00.000Z", hs_email_optout="",
              jobtitle="Director of CS", industry="Software", website="", address="350 5th Ave")
HX_CUST = like(HS[2], email="sam.ortiz@bayline.com", firstname="Sam", lastname="Ortiz", company="Bayline Marine",
               phone="305-555-0164", mobilephone="", country="United States", city="Miami", state="FL", zip="33131",
               lifecyclestage="customer", annualrevenue="", numemployees="60", hs_analytics_source="EMAIL_MARKETING",
               createdate="2023-09-28T14:45:00.000Z", hs_email_optout="false", jobtitle="Owner", industry="Shipping",
               website="bayline.com", address="9 Brickell Ave")
HX_MULTI = like(HS[1], email="mary.ann.keller@tidewater.org", firstname="Mary Ann", lastname="Keller", company="  ",
                phone="", mobilephone="(757) 555-0145", country="United States", city="Norfolk", state="VA", zip="23510",
                lifecyclestage="salesqualifiedlead", annualrevenue="", numemployees="", hs_analytics_source="OFFLINE",
                createdate="2023-05-17T16:00:00.000Z", hs_email_optout="false", jobtitle="  ", industry="Non-profit",
                website="  ", address="101 Granby St")

HS_LOW = [like(HS[0], email=HS[0]["email"].lower()), *HS[1:]]

SFL_UK1 = like(SFL[3], Email="nia.hughes@cardiffcoast.co.uk", FirstName="Nia", LastName="Hughes", Company="Cardiff Coast",
               Title="Office Manager", Phone="07700 900123", Street="4 Bute St", City="Cardiff", PostalCode="CF10 5AN",
               Status="Working - Contacted", Rating="Warm", LeadSource="Web", HasOptedOutOfEmail=True, AnnualRevenue="950000")
SFL_UK2 = like(SFL[3], Email="oliver.grant@pennine.co.uk", FirstName="Oliver", LastName="Grant", Company="Pennine Tools",
               Title="", Phone="+44 161 555 0199", Street="", City="Manchester", PostalCode="M1 1AE",
               Status="Open - Not Contacted", Rating="Cold", LeadSource="", HasOptedOutOfEmail=False, AnnualRevenue="")
SFL_BLANK = like(SFL[0], Email="rosa.mendez@cantera.es", FirstName="rosa", LastName="MENDEZ", Company="",
                 Title="  ", Phone="", Street="", City="sevilla", PostalCode="41001", Country="  ",
                 Status="Open - Not Contacted", Rating="Warm", LeadSource="Email", HasOptedOutOfEmail=False,
                 AnnualRevenue="2750000.5")

SFC_X = like(SFC[1], Email="Nora.Lind@Fjordtech.no", FirstName="Nora", LastName="Lind", Title="CEO", Department="  ",
             Phone="", MailingCity="Oslo", MailingCountry="Norway", LeadSource="Partner Referral",
             HasOptedOutOfEmail=False, Birthdate="1979-02-14")

MC_X = mc_like(MC[0], {"FNAME": "KWAME", "LNAME": "mensah", "PHONE": "312-555-0102", "COMPANY": "  "},
               email_address="kwame.mensah@goldcoastcoffee.com", status="pending", tags=["Customer"], language="", vip=True)


def hs_true(v: Any) -> bool:
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h23-01-lead-basics-unknown-company", H, L,
      "HubSpot -> SF Lead basics\n"
      "1. Email, first name and last name go across unchanged.\n"
      "2. Company -> Company. If company is blank put 'Unknown' (SF won't save a lead without it).\n"
      "3. LeadSource must always be 'Web'.",
      [*HS, HX_MULTI])
def _h01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "LeadSource": "Web"}


@case("h23-02-lead-phone-fallback-e164", H, L,
      "Lead phone numbers\n"
      "- Email as is\n"
      "- Phone = the contact's phone; when that's empty use the mobile phone instead\n"
      "- format it E.164, assume US for numbers without a country code\n"
      "- no phone and no mobile -> don't send Phone at all",
      [*HS, HX_NOPHONE])
def _h02(r: R) -> Out:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(p) else e164(p)})


@case("h23-03-lead-rating-and-status", H, L,
      "Lead scoring (contacts into Leads)\n"
      "1. Email -> Email\n"
      "2. Rating should be Hot when annual revenue is more than 5,000,000, otherwise Cold (empty revenue = Cold)\n"
      "3. Status from lifecycle stage: salesqualifiedlead = Working - Contacted, customer = Closed - Converted, "
      "every other stage = Open - Not Contacted",
      [*HS, HX_NOPHONE, HX_CUST])
def _h03(r: R) -> Out:
    v = rev(r)
    status = {"salesqualifiedlead": "Working - Contacted", "customer": "Closed - Converted"}.get(
        r["lifecyclestage"], "Open - Not Contacted")
    return {"Email": r["email"], "Rating": "Hot" if v is not None and v > 5000000 else "Cold", "Status": status}


@case("h23-04-lead-us-only-numbers", H, L,
      "Leads for the US AE pod\n"
      "- only contacts with country = United States (others are handled by the EMEA/APAC pods)\n"
      "- Email and Company copied\n"
      "- AnnualRevenue: annual revenue as a number\n"
      "- NumberOfEmployees: numemployees as a whole number",
      [*HS, HX_NOPHONE])
def _h04(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Company": r["company"], "AnnualRevenue": num(r["annualrevenue"]),
            "NumberOfEmployees": int(r["numemployees"])}


@case("h23-05-lead-cleanup-description", H, L,
      "Lead import cleanup\n"
      "1. Email\n"
      "2. FirstName and LastName in Title Case (reps type names in all caps sometimes)\n"
      "3. State -> State, upper case\n"
      "4. Description = 'Synced from HubSpot, stage: ' followed by the lifecycle stage",
      [*HS, HX_BIG, HX_NOPHONE])
def _h05(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "State": r["state"].upper(), "Description": "Synced from HubSpot, stage: " + r["lifecyclestage"]}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h23-06-contact-account-lookup", H, C,
      "SF Contacts from HubSpot\n"
      "- Email, FirstName, LastName copied\n"
      "- Title <- job title\n"
      "- AccountId: look up the Account whose Name equals the contact's company. "
      "If company is empty leave AccountId off.",
      [*HS, HX_MULTI])
def _h06(r: R) -> Out:
    # the account lookup is resolved against Salesforce at run time; an offline preview writes no AccountId
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"]}


@case("h23-07-contact-optout-flag-mailing", H, C,
      "Contact sync - opt outs\n"
      "1. Email\n"
      "2. HasOptedOutOfEmail = true if hs_email_optout is \"true\", false for anything else (blank too)\n"
      "3. MailingCity <- city, MailingCountry <- country\n"
      "4. Department is always 'Marketing'",
      [*HS, HX_BIG])
def _h07(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": hs_true(r["hs_email_optout"]), "MailingCity": r["city"],
            "MailingCountry": r["country"], "Department": "Marketing"}


@case("h23-08-contact-mobile-and-source", H, C,
      "Contacts: mobile + lead source\n"
      "- Email\n"
      "- MobilePhone from mobile phone in E.164 (US default). skip the field if there's no mobile\n"
      "- LeadSource mapped from original source: ORGANIC_SEARCH -> Web, PAID_SEARCH -> Advertisement, "
      "PAID_SOCIAL -> Advertisement, REFERRALS -> External Referral, DIRECT_TRAFFIC -> Other",
      [HS[0], HS[1], HS[3], HS[4], HX_NOPHONE, HX_BIG])
def _h08(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "DIRECT_TRAFFIC": "Other"}
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "LeadSource": table[r["hs_analytics_source"]]})


@case("h23-09-contact-skip-optouts-clean-email", H, C,
      "Customer contact load\n"
      "1. Skip contacts where hs_email_optout is \"true\" (blank or \"false\" = keep them)\n"
      "2. Email must be trimmed and lower-cased (we have stray spaces)\n"
      "3. Phone as is\n"
      "4. Description: 'HubSpot lifecycle - ' then the lifecycle stage",
      [*HS, like(HX_CUST, email="  Sam.Ortiz@Bayline.com ")])
def _h09(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"].strip().lower(), "Phone": r["phone"],
            "Description": "HubSpot lifecycle - " + r["lifecyclestage"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h23-10-mc-optout-status-tag", H, M,
      "Mailchimp audience feed\n"
      "1. email_address = email\n"
      "2. FNAME / LNAME from first / last name\n"
      "3. status: unsubscribed when hs_email_optout is \"true\", otherwise subscribed (blank included)\n"
      "4. tag every member 'hubspot-sync'",
      [*HS, HX_BIG])
def _h10(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if hs_true(r["hs_email_optout"]) else "subscribed", "tags": ["hubspot-sync"]}


@case("h23-11-mc-first-word-phone", H, M,
      "Newsletter list\n"
      "- email_address: the email, lower-cased\n"
      "- FNAME: only the first word of the first name (no double names in greetings)\n"
      "- PHONE merge field: phone, or mobile phone if phone is empty; leave PHONE out when both are empty\n"
      "- language: 'en'",
      [*HS, HX_MULTI, HX_NOPHONE])
def _h11(r: R) -> Out:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"].lower(),
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if blank(p) else p},
                 "language": "en"})


@case("h23-12-mc-customers-vip", H, M,
      "Customer list in Mailchimp\n"
      "1. Only contacts whose lifecycle stage is customer or evangelist.\n"
      "2. email_address from email.\n"
      "3. vip = true if annual revenue is greater than 3,000,000, else false (empty revenue -> false).\n"
      "4. Tags: 'customer'.",
      [*HS, HX_BIG, HX_CUST])
def _h12(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    v = rev(r)
    return {"email_address": r["email"], "vip": v is not None and v > 3000000, "tags": ["customer"]}


@case("h23-13-mc-webinar-tags", H, M,
      "Webinar invites (Mailchimp)\n"
      "- email_address <- email\n"
      "- status 'pending' for everyone (double opt-in)\n"
      "- LNAME = last name, Title Case\n"
      "- tags: 'webinar-q3' always; add 'paid' after it when the original source is PAID_SEARCH or PAID_SOCIAL",
      [*HS, HX_BIG])
def _h13(r: R) -> Out:
    tags = ["webinar-q3"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return {"email_address": r["email"], "status": "pending", "merge_fields": {"LNAME": title(r["lastname"])},
            "tags": tags}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h23-14-seg-profile-basics", H, S,
      "Segment identify - profile\n"
      "1. userId: email in lower case\n"
      "2. traits.email: email unchanged\n"
      "3. traits.firstName / traits.lastName from first and last name\n"
      "4. traits.title from job title; leave it out when job title is blank",
      [*HS, HX_MULTI])
def _h14(r: R) -> Out:
    return keep({"userId": r["email"].lower(),
                 "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                            "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


@case("h23-15-seg-company-traits", H, S,
      "Company traits for Segment\n"
      "- userId = email\n"
      "- traits.company.name = company, or 'Independent' if there's no company\n"
      "- traits.company.industry = industry\n"
      "- traits.company.employee_count = numemployees as an integer; omit it when numemployees is empty",
      [*HS, HX_MULTI])
def _h15(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"), "industry": r["industry"],
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h23-16-seg-address-created", H, S,
      "Segment address block\n"
      "1. userId <- email\n"
      "2. traits.address.city = city in title case (some are typed lower case)\n"
      "3. traits.address.postalCode = zip, traits.address.country = country\n"
      "4. traits.createdAt = create date, just the date (YYYY-MM-DD)",
      [*HS, HX_BIG])
def _h16(r: R) -> Out:
    return {"userId": r["email"],
            "traits": {"address": {"city": title(r["city"]), "postalCode": r["zip"], "country": r["country"]},
                       "createdAt": date(r["createdate"])}}


@case("h23-17-seg-name-phone-no-subscribers", H, S,
      "Identify for sales-ready people\n"
      "- skip subscribers (lifecycle stage = subscriber), they're not in scope\n"
      "- userId: email\n"
      "- traits.name: first name + ' ' + last name, exactly as typed\n"
      "- traits.phone: phone, falling back to mobile phone, E.164 with US as the default country; "
      "don't send traits.phone if both are empty",
      [*HS, HX_NOPHONE])
def _h17(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"name": r["firstname"] + " " + r["lastname"], "phone": OMIT if blank(p) else e164(p)}})


@case("h23-18-seg-tier-domain-customer-flag", H, S,
      "Segment tiers\n"
      "1. userId is the email.\n"
      "2. traits.tier from lifecycle stage: customer -> paying, salesqualifiedlead -> pipeline, "
      "marketingqualifiedlead -> pipeline, anything else -> nurture.\n"
      "3. traits.email_domain = the part of the email after the @.\n"
      "4. traits.is_customer: true when lifecycle stage is customer, false otherwise.",
      [*HS_LOW, HX_BIG])
def _h18(r: R) -> Out:
    tier = {"customer": "paying", "salesqualifiedlead": "pipeline", "marketingqualifiedlead": "pipeline"}.get(
        r["lifecyclestage"], "nurture")
    return {"userId": r["email"], "traits": {"tier": tier, "email_domain": r["email"].split("@", 1)[1],
                                             "is_customer": r["lifecyclestage"] == "customer"}}


@case("h23-19-seg-website-optout-industry", H, S,
      "Segment: web + consent traits\n"
      "- userId = email\n"
      "- traits.website from website; if website is empty, leave the trait out\n"
      "- traits.industry: industry upper-cased\n"
      "- traits.unsubscribed should be true if hs_email_optout is \"true\", false if it's \"false\" or blank",
      [*HS, HX_MULTI])
def _h19(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"website": OMIT if blank(r["website"]) else r["website"], "industry": r["industry"].upper(),
                            "unsubscribed": hs_true(r["hs_email_optout"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h23-20-ga4-generate-lead-mql-sql", H, G,
      "GA4 offline lead events\n"
      "1. Only MQLs and SQLs (lifecycle stage marketingqualifiedlead or salesqualifiedlead).\n"
      "2. client_id is 'hs-crm' for all of them; user_id = email.\n"
      "3. One event named generate_lead.\n"
      "4. Event params: currency 'USD', value = annual revenue as a number, 0 when revenue is empty.",
      [*HS, HX_MULTI])
def _h20(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    v = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "hs-crm", "user_id": r["email"],
            "events": [{"name": "generate_lead", "params": {"currency": "USD", "value": v}}]}


@case("h23-21-ga4-sign-up-no-optouts", H, G,
      "sign_up events to GA4\n"
      "- pls skip anyone with hs_email_optout = \"true\"\n"
      "- client_id: 'crm-import'\n"
      "- event name: sign_up\n"
      "- params.method = original source, lower case\n"
      "- params.country = country",
      [*HS, HX_CUST])
def _h21(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"client_id": "crm-import",
            "events": [{"name": "sign_up", "params": {"method": r["hs_analytics_source"].lower(),
                                                      "country": r["country"]}}]}


@case("h23-22-ga4-purchase-customers", H, G,
      "Customer purchase events (GA4)\n"
      "1. Only contacts in the customer stage.\n"
      "2. client_id = the bit of the email before the @.\n"
      "3. Event: purchase.\n"
      "4. params.value = annual revenue as a number; params.currency = 'USD'.\n"
      "5. params.employees = numemployees as a whole number, left out if numemployees is empty.",
      [HS[2], HS[0], like(HX_CUST, annualrevenue="1800000"),
       like(HX_BIG, lifecyclestage="customer", numemployees="")])
def _h22(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    params = {"value": num(r["annualrevenue"]), "currency": "USD",
              "employees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}
    return {"client_id": r["email"].split("@", 1)[0], "events": [{"name": "purchase", "params": keep(params)}]}


@case("h23-23-ga4-event-by-stage", H, G,
      "GA4 lifecycle events\n"
      "- client_id 'hubspot' on every request, user_id = email\n"
      "- event name depends on lifecycle stage: lead = generate_lead, customer = purchase, "
      "anything else = qualify_lead\n"
      "- params.source: original source; 'UNKNOWN' when it's blank",
      [*HS, HX_CUST])
def _h23(r: R) -> Out:
    name = {"lead": "generate_lead", "customer": "purchase"}.get(r["lifecyclestage"], "qualify_lead")
    return {"client_id": "hubspot", "user_id": r["email"],
            "events": [{"name": name, "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN")}}]}


@case("h23-24-ga4-lead-name-title", H, G,
      "GA4 contact_synced event\n"
      "1. client_id must be 'cs-ops'\n"
      "2. event name contact_synced\n"
      "3. params.lead_name: first name and last name joined with one space, then put in Title Case\n"
      "4. params.city: city as it is",
      [*HS, HX_BIG])
def _h24(r: R) -> Out:
    return {"client_id": "cs-ops",
            "events": [{"name": "contact_synced",
                        "params": {"lead_name": title(r["firstname"] + " " + r["lastname"]), "city": r["city"]}}]}


@case("h23-25-ga4-big-account-flag", H, G,
      "GA4 crm_sync event\n"
      "- client_id = 'hubspot-' followed by the zip\n"
      "- one event, name crm_sync\n"
      "- params.large_account: true when numemployees is 100 or more, false when fewer or blank\n"
      "- params.created_on: create date as YYYY-MM-DD",
      [*HS, HX_BIG, HX_MULTI])
def _h25(r: R) -> Out:
    big = not blank(r["numemployees"]) and float(r["numemployees"]) >= 100
    return {"client_id": "hubspot-" + r["zip"],
            "events": [{"name": "crm_sync", "params": {"large_account": big, "created_on": date(r["createdate"])}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h23-26-sfl-hs-lead-status-table", L, H,
      "SF Leads -> HubSpot contacts\n"
      "1. email, firstname, lastname, company copied from the lead\n"
      "2. lifecyclestage always 'lead'\n"
      "3. hs_lead_status from Status: Open - Not Contacted = NEW, Working - Contacted = IN_PROGRESS, "
      "Closed - Converted = CONNECTED, Closed - Not Converted = UNQUALIFIED",
      [*SFL, SFL_UK1])
def _h26(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "lifecyclestage": "lead", "hs_lead_status": table[r["Status"]]}


@case("h23-27-sfl-hs-uk-phone-optout", L, H,
      "UK leads into HubSpot\n"
      "- only leads with Country = United Kingdom (UK team only)\n"
      "- email <- Email\n"
      "- phone: Phone in E.164, numbers are UK ones (+44)\n"
      "- hs_email_optout: the text \"true\" if HasOptedOutOfEmail is true, otherwise the text \"false\"",
      [*SFL, SFL_UK1, SFL_UK2])
def _h27(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"),
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h23-28-sfl-hs-defaults-omit", L, H,
      "Lead import\n"
      "1. email = Email, lower case\n"
      "2. company = Company; 'No company' when it's empty\n"
      "3. jobtitle = Title, but don't set jobtitle at all when Title is blank\n"
      "4. city = City",
      [*SFL, SFL_BLANK])
def _h28(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "company": dflt(r["Company"], "No company"),
                 "jobtitle": OMIT if blank(r["Title"]) else r["Title"], "city": r["City"]})


@case("h23-29-sfl-hs-revenue-rating", L, H,
      "HubSpot enrichment from SF\n"
      "- email from Email\n"
      "- annualrevenue: AnnualRevenue as a number; leave it out if AnnualRevenue is empty\n"
      "- lifecyclestage by Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> lead",
      [*SFL, SFL_BLANK, SFL_UK2])
def _h29(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "lifecyclestage": stage})


@case("h23-30-sfl-hs-skip-dead-country-default", L, H,
      "Leads -> HubSpot (skip dead ones)\n"
      "1. Skip leads whose Status is Closed - Not Converted.\n"
      "2. email <- Email.\n"
      "3. country <- Country, 'Unknown' if it's blank.\n"
      "4. zip <- PostalCode.\n"
      "5. address <- Street.",
      [*SFL, SFL_BLANK, SFL_UK2])
def _h30(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "country": dflt(r["Country"], "Unknown"), "zip": r["PostalCode"],
            "address": r["Street"]}


@case("h23-31-sfl-hs-converted-names", L, H,
      "Converted leads in HubSpot\n"
      "- email: Email\n"
      "- firstname, lastname: FirstName / LastName in title case\n"
      "- company: Company in upper case\n"
      "- lifecyclestage = customer when Status is Closed - Converted; every other status -> lead",
      [*SFL, SFL_BLANK])
def _h31(r: R) -> Out:
    return {"email": r["Email"], "firstname": title(r["FirstName"]), "lastname": title(r["LastName"]),
            "company": r["Company"].upper(),
            "lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h23-32-sfc-mc-status-tags", C, M,
      "SF Contacts -> Mailchimp\n"
      "1. email_address = Email\n"
      "2. FNAME = FirstName, LNAME = LastName\n"
      "3. status unsubscribed when HasOptedOutOfEmail is true, subscribed when it's false\n"
      "4. tags: 'salesforce', plus 'trade-show' after it if LeadSource is Trade Show",
      [*SFC, SFC_X])
def _h32(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h23-33-sfc-mc-phone-language", C, M,
      "Mailchimp: phone + language for SF contacts\n"
      "- email_address: Email lower-cased\n"
      "- merge_fields.PHONE: Phone as E.164 (US unless the number already has a +country code)\n"
      "- language: 'de' when MailingCountry is Germany or Austria, otherwise 'en'",
      [*SFC, like(SFC_X, Phone="+47 22 55 50 10")])
def _h33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en"}


@case("h23-34-sfc-mc-dept-vip", C, M,
      "Exec list (Mailchimp)\n"
      "1. Skip contacts with no Department (blank).\n"
      "2. email_address from Email.\n"
      "3. FNAME from FirstName.\n"
      "4. vip: true if Title is exactly CTO or CEO, else false.",
      [*SFC, SFC_X, like(SFC[2], Email="jonas.berg@alpenwerk.at", FirstName="Jonas", LastName="Berg", Title="CEO",
                                   Department="Management")])
def _h34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]},
            "vip": r["Title"] in ("CTO", "CEO")}


@case("h23-35-sfc-mc-skip-optouts-constants", C, M,
      "Onboarding audience\n"
      "- don't send contacts that have opted out of email (HasOptedOutOfEmail true)\n"
      "- email_address <- Email, FNAME <- FirstName, LNAME <- LastName\n"
      "- status = subscribed\n"
      "- email_type = html",
      [*SFC, SFC_X])
def _h35(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h23-36-sfc-seg-profile-address", C, S,
      "Segment identify from SF Contacts\n"
      "1. userId = Email lower-cased\n"
      "2. traits.firstName, traits.lastName from FirstName / LastName\n"
      "3. traits.title from Title - omit it if Title is empty\n"
      "4. traits.address.city = MailingCity, traits.address.country = MailingCountry",
      [*SFC, SFC_X])
def _h36(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"],
                            "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}})


@case("h23-37-sfc-seg-birthday-dept-phone", C, S,
      "Contact traits\n"
      "- userId: Email\n"
      "- traits.birthday: Birthdate; leave out when there's no birthdate\n"
      "- traits.department: Department, default 'General' when blank\n"
      "- traits.phone: Phone in E.164 (assume US); no phone -> no traits.phone",
      [*SFC, SFC_X])
def _h37(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "department": dflt(r["Department"], "General"),
                            "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"])}})


@case("h23-38-sfc-seg-username-source", C, S,
      "Segment: opted-in contacts only\n"
      "1. Only contacts where HasOptedOutOfEmail is false.\n"
      "2. userId = Email.\n"
      "3. traits.username = the part of the email before the @, lower-cased.\n"
      "4. traits.lead_channel from LeadSource: Web -> online, Trade Show -> event, anything else -> other "
      "(blank too).",
      [*SFC, SFC_X])
def _h38(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"userId": r["Email"],
            "traits": {"username": r["Email"].split("@", 1)[0].lower(),
                       "lead_channel": {"Web": "online", "Trade Show": "event"}.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h23-39-mc-hs-basic-title", M, H,
      "Mailchimp -> HubSpot\n"
      "- email = email_address\n"
      "- firstname = FNAME in title case, lastname = LNAME in title case\n"
      "- lifecyclestage: subscriber for all of them (we dont know more yet)",
      [*MC, MC_X])
def _h39(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "lifecyclestage": "subscriber"}


@case("h23-40-mc-hs-subscribed-phone", M, H,
      "Subscribed members to HubSpot\n"
      "1. Only members with status subscribed.\n"
      "2. email from email_address.\n"
      "3. phone from the PHONE merge field, E.164 (US); leave phone out if PHONE is empty.\n"
      "4. company from COMPANY; if COMPANY is blank use 'Mailchimp signup'.",
      [*MC, MC_X, mc_like(MC_X, email_address="dana.kim@harborview.com", status="subscribed",
                          merge={"FNAME": "Dana", "LNAME": "Kim", "PHONE": "(206) 555-0173", "COMPANY": ""})])
def _h40(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": dflt(mf["COMPANY"], "Mailchimp signup")})


@case("h23-41-mc-hs-optout-language", M, H,
      "MC member sync (opt-out handling)\n"
      "- email <- email_address\n"
      "- hs_email_optout must be the text \"true\" for unsubscribed or cleaned members, the text \"false\" "
      "for any other status\n"
      "- hs_language <- language\n"
      "- lastname <- LNAME, '(unknown)' when LNAME is empty",
      [*MC, MC_X])
def _h41(r: R) -> Out:
    return {"email": r["email_address"],
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
            "hs_language": r["language"], "lastname": dflt(r["merge_fields"]["LNAME"], "(unknown)")}


@case("h23-42-mc-hs-vip-stage-skip-cleaned", M, H,
      "Mailchimp VIPs -> HubSpot\n"
      "1. Skip cleaned members (bounced addresses).\n"
      "2. email = email_address, trimmed.\n"
      "3. lifecyclestage = customer when vip is true, lead when vip is false.\n"
      "4. firstname = FNAME.",
      [*MC, MC_X, mc_like(MC[1], email_address=" ines.costa@lisboaweb.pt ", status="subscribed", vip=True,
                          merge={"FNAME": "Inês", "LNAME": "Costa", "PHONE": "", "COMPANY": "Lisboa Web"})])
def _h42(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return {"email": r["email_address"].strip(), "lifecyclestage": "customer" if r["vip"] else "lead",
            "firstname": r["merge_fields"]["FNAME"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set23")
