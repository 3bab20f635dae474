"""Dev cases for round 10d (the lead's, tuned on): plain-style sentences written fresh for every
rule kind, in wording no earlier set uses, to find what a new author's everyday phrasing still
trips on. Expected records come from the cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_10d.py  -> bench/heldout/dev_causes/d10d-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def opt(v: str) -> object:
    return OMIT if blank(v) else v


@case("d10d-01-copies-need", H, L, "The lead needs the contact's email, first and last name, and the company they work for.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"]}


@case("d10d-02-constant-stamp", H, L, "Copy the email. Stamp every lead with LeadSource 'HubSpot Import'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LeadSource": "HubSpot Import"}


@case("d10d-03-default-placeholder", H, C, "Email across. The Contact's title comes from the job title; use 'Not given' as a placeholder when that's blank.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": dflt(r["jobtitle"], "Not given")}


@case("d10d-04-fallback-whichever", H, L, "Email to Email. For Phone, take whichever of the phone and the mobile is filled in, phone first.", HS)
def _(r: R) -> Out:
    v = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "Phone": v}


@case("d10d-05-omit-dont-send", H, L, "Email goes to Email and website to Website, but don't send Website at all for contacts without one.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "Website": opt(r["website"])})


@case("d10d-06-upper-state", H, L, "Email, and State from the state in capitals.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "State": r["state"].upper()}


@case("d10d-07-e164-assume-us", H, C, "Email. Phone should be formatted E.164, treating numbers with no country code as American.", [x for x in HS if x["phone"]])
def _(r: R) -> Out: return {"Email": r["email"], "Phone": e164(r["phone"])}


@case("d10d-08-table-mapping-list", H, L, "Email. Translate the lifecycle stage into Status like so: lead -> 'Open - Not Contacted', marketingqualifiedlead -> 'Working - Contacted', and everything else -> 'Closed - Not Converted'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Status": {"lead": "Open - Not Contacted", "marketingqualifiedlead": "Working - Contacted"}.get(r["lifecyclestage"], "Closed - Not Converted")}


@case("d10d-09-condition-greater", H, L, "Email. Set Rating to 'Hot' for contacts with more than 100 employees and 'Cold' for all others (unknown headcount counts as Cold).", HS)
def _(r: R) -> Out:
    n = None if blank(r["numemployees"]) else float(r["numemployees"])
    return {"Email": r["email"], "Rating": "Hot" if n is not None and n > 100 else "Cold"}


@case("d10d-10-flag-checkbox", H, L, "Email. HasOptedOutOfEmail should be checked when hs_email_optout says true, unchecked otherwise.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


@case("d10d-11-filter-exclude-country", H, M, "Exclude contacts based in France. Everybody else: email_address from the email, status 'subscribed'.", HS)
def _(r: R) -> Out: return None if r["country"] == "France" else {"email_address": r["email"], "status": "subscribed"}


@case("d10d-12-nested-traits", H, S, "Identify by email (userId). Under traits, store the company as company.name and the industry as company.industry.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"name": r["company"], "industry": r["industry"]}}}


@case("d10d-13-tags-constant", H, M, "Subscribe each contact with their email and tag them 'crm-import'.", HS)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["email"], "tags": ["crm-import"]}


@case("d10d-14-template-dash", H, L, "Email. Description is the industry, a dash, and the city.", [x for x in HS if x["industry"] and x["city"]])
def _(r: R) -> Out: return {"Email": r["email"], "Description": r["industry"] + "-" + r["city"]}


@case("d10d-16-mc-to-hs-merge-fields", M, H, "Members into HubSpot: email from email_address, first name from FNAME and phone from the PHONE merge field.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "phone": r["merge_fields"]["PHONE"]}


@case("d10d-17-lead-to-hs-lower", L, H, "Leads to HubSpot: email (lowercased), company, and jobtitle from Title.", SFL)
def _(r: R) -> Out: return {"email": r["Email"].lower(), "company": r["Company"], "jobtitle": r["Title"]}


@case("d10d-18-contact-to-mc-status", C, M, "Contacts to Mailchimp. email_address is the Email; status is 'unsubscribed' for anyone who has opted out of email, else 'subscribed'.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("d10d-19-ga4-event-params", H, G, "Each contact sends a sign_up event to GA4 with client_id equal to the email; add a method param set to 'crm'.", HS)
def _(r: R) -> Out: return {"events": [{"name": "sign_up", "params": {"method": "crm"}}], "client_id": r["email"]}


@case("d10d-20-seg-title-case-omit", H, S, "userId: the email. traits.firstName from the first name in title case; skip the trait if the first name is empty.", HS)
def _(r: R) -> Out: return keep({"userId": r["email"], "traits": {"firstName": OMIT if blank(r["firstname"]) else title(r["firstname"])}})


@case("d10d-21-only-stage", H, L, "Only sync contacts whose lifecycle stage is customer. Map email and company.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] != "customer" else {"Email": r["email"], "Company": r["company"]}


@case("d10d-22-revenue-number-default-zero", H, L, "Email. AnnualRevenue is the annual revenue as a number, 0 if we don't have one.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "AnnualRevenue": 0 if v is None else (int(v) if v.is_integer() else v)}


@case("d10d-23-two-conditions-and", H, L, "Email. Rating should be 'Hot' when the stage is customer and the country is United States; otherwise 'Warm'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Rating": "Hot" if r["lifecyclestage"] == "customer" and r["country"] == "United States" else "Warm"}


@case("d10d-24-email-domain-website", H, L, "Email. Website is 'https://' followed by the part of the email after the @.", [{**x, "email": x["email"].lower()} for x in HS])
def _(r: R) -> Out: return {"Email": r["email"], "Website": "https://" + r["email"].split("@", 1)[1]}


# --- batch 2 ---------------------------------------------------------------------------------------

@case("d10d-25-lead-to-hs-status-table", L, H, "Leads go to HubSpot contacts with email and hs_lead_status: Open - Not Contacted means NEW, Working - Contacted means IN_PROGRESS, anything else is UNQUALIFIED.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS"}.get(r["Status"], "UNQUALIFIED")}


@case("d10d-26-contact-to-seg-birthday", C, S, "Send Contacts to Segment as identify calls, userId = Email. Put Birthdate into traits.birthday and MailingCity into traits.address.city.", SFC)
def _(r: R) -> Out: return {"userId": r["Email"], "traits": {"birthday": r["Birthdate"], "address": {"city": r["MailingCity"]}}}


@case("d10d-27-mc-to-hs-vip-stage", M, H, "For each member: email from email_address; lifecyclestage should be 'customer' if vip is true, 'subscriber' if not.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber"}


@case("d10d-28-hs-to-lead-trim-company", H, L, "Email to Email, Company from company with extra spaces trimmed off.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"].strip()}


@case("d10d-29-hs-to-mc-skip-no-firstname", H, M, "Don't add contacts that have no first name. Others are subscribed, with email_address and FNAME from the first name.", [*HS, {**HS[0], "email": "nofirst@x.io", "firstname": " "}])
def _(r: R) -> Out: return None if blank(r["firstname"]) else {"status": "subscribed", "email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}}


@case("d10d-30-hs-to-lead-employees-int", H, L, "Email. NumberOfEmployees = numemployees as a whole number; leave it off when numemployees is empty.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


@case("d10d-31-hs-to-contact-mailing", H, C, "Email to Email, plus MailingStreet, MailingCity and MailingPostalCode from the address, city and zip.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingPostalCode": r["zip"]}


@case("d10d-32-hs-to-ga4-date-param", H, G, "client_id is 'web'. Fire one lead_created event whose created_on param is the createdate as YYYY-MM-DD.", HS)
def _(r: R) -> Out: return {"client_id": "web", "events": [{"name": "lead_created", "params": {"created_on": r["createdate"][:10]}}]}


@case("d10d-33-hs-to-lead-source-not-empty", H, L, "Only send contacts that have an original source. Email, and LeadSource set to 'Web' for everyone.", HS)
def _(r: R) -> Out: return None if blank(r["hs_analytics_source"]) else {"Email": r["email"], "LeadSource": "Web"}


@case("d10d-34-sfc-to-mc-language-constant", C, M, "Every Contact becomes a subscribed member: email_address from Email, language 'de' for contacts in Germany and 'en' for everyone else.", SFC)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["Email"], "language": "de" if r["MailingCountry"] == "Germany" else "en"}


@case("d10d-35-hs-to-seg-lower-upper", H, S, "userId is the email lowercased, traits.state is the state uppercased.", HS)
def _(r: R) -> Out: return {"userId": r["email"].lower(), "traits": {"state": r["state"].upper()}}


@case("d10d-36-hs-to-lead-first-word-title", H, L, "Email. FirstName: just the first word of the first name, then title case.", [*HS, {**HS[0], "email": "two@x.io", "firstname": "mary ann"}])
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": title(r["firstname"].split()[0])}


# --- batch 3: other voices (terse spec, Slack, formal) -------------------------------------------

@case("d10d-37-terse-arrows", H, C, "email->Email, firstname->FirstName, lastname->LastName, jobtitle->Title (default 'Unknown')", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "Unknown")}


@case("d10d-39-formal-shall", H, L, "The Email field shall contain the contact's email address. The Company field shall contain the company name or, where none is recorded, the value 'Individual'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": dflt(r["company"], "Individual")}


@case("d10d-40-slack-skip-customers", H, L, "skip anyone who's already a customer pls. rest: email, lastname", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "customer" else {"Email": r["email"], "LastName": r["lastname"]}


@case("d10d-41-terse-seg", H, S, "identify: userId=email; traits.industry=industry; traits.employees=numemployees (int, omit if blank)", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"industry": r["industry"], "employees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}})


@case("d10d-42-formal-mc", C, M, "Each Salesforce Contact shall be added to the audience with status 'subscribed'. The member's email address is taken from Email and the FNAME merge field from FirstName.", SFC)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}}


@case("d10d-43-slack-ga4", H, G, "for ga4: client_id = hubspot, one event 'crm_sync' per contact, params: stage = lifecyclestage", HS)
def _(r: R) -> Out: return {"client_id": "hubspot", "events": [{"name": "crm_sync", "params": {"stage": r["lifecyclestage"]}}]}


@case("d10d-44-terse-table-otherwise", H, L, "Email. Industry: Software -> Technology, Logistics -> Transportation, else Other.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Industry": {"Software": "Technology", "Logistics": "Transportation"}.get(r["industry"], "Other")}


@case("d10d-45-formal-filter-and", H, M, "Only contacts that are in the United States and have not opted out of email (hs_email_optout is not 'true') shall be synchronised. Map email to email_address; status 'subscribed'.", HS)
def _(r: R) -> Out:
    return None if r["country"] != "United States" or r["hs_email_optout"] == "true" else {"email_address": r["email"], "status": "subscribed"}


@case("d10d-46-slack-mc-to-hs", M, H, "mailchimp -> hubspot: email, fname/lname to firstname/lastname, and set lifecyclestage to subscriber", MC)
def _(r: R) -> Out:
    return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "lastname": r["merge_fields"]["LNAME"], "lifecyclestage": "subscriber"}


# --- batch 4: reverse pairs, Segment, GA4, Mailchimp -----------------------------------------

@case("d10d-47-lead-to-hs-rating-stage", L, H, "Bring leads into HubSpot with their email. Hot leads become lifecyclestage 'salesqualifiedlead', every other lead becomes 'lead'.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead"}


@case("d10d-48-lead-to-hs-optout-text", L, H, "email from Email. Write hs_email_optout as the string 'true' for leads that opted out of email and 'false' for the others.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("d10d-49-seg-company-plan-const", H, S, "userId from the email. Add traits.plan = 'free' for everybody and traits.company.name from the company.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"plan": "free", "company": {"name": r["company"]}}}


@case("d10d-50-seg-skip-no-company", C, S, "Don't send contacts without a Department. userId = Email, traits.department = Department.", SFC)
def _(r: R) -> Out: return None if blank(r["Department"]) else {"userId": r["Email"], "traits": {"department": r["Department"]}}


@case("d10d-51-ga4-user-id-lower", H, G, "One generate_lead event per contact. client_id 'hs', user_id the email in lowercase, and a currency param of 'EUR'.", HS)
def _(r: R) -> Out: return {"events": [{"name": "generate_lead", "params": {"currency": "EUR"}}], "client_id": "hs", "user_id": r["email"].lower()}


@case("d10d-52-mc-lname-default", C, M, "Subscribe every Contact. email_address = Email, LNAME = LastName, FNAME = FirstName or 'there' when FirstName is blank.", [*SFC, {**SFC[0], "Email": "nofirst@x.de", "FirstName": ""}])
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"], "FNAME": dflt(r["FirstName"], "there")}}


@case("d10d-53-mc-tags-conditional", H, M, "email_address from the email, status subscribed. Tag customers with 'customer' and everyone else with 'prospect'.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed", "tags": ["customer" if r["lifecyclestage"] == "customer" else "prospect"]}


@case("d10d-54-hs-to-lead-country-default-upper", H, L, "Email. Country is the country, or 'Unknown' if it's missing.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Country": dflt(r["country"], "Unknown")}


@case("d10d-55-mc-to-hs-only-vip", M, H, "Import only VIP members. email from email_address, company from the COMPANY merge field.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "company": r["merge_fields"]["COMPANY"]} if r["vip"] else None


@case("d10d-56-lead-to-hs-zip-city", L, H, "For each lead, send email, city from City, and zip from PostalCode; if PostalCode is empty leave zip out.", SFL)
def _(r: R) -> Out: return keep({"email": r["Email"], "city": r["City"], "zip": opt(r["PostalCode"])})


# --- batch 5: labels with spaces, other verbs and format words --------------------------------

@case("d10d-57-label-with-space", H, L, "Email to Email. Put the original source into Lead Source and the job title into Title.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LeadSource": r["hs_analytics_source"], "Title": r["jobtitle"]}


@case("d10d-58-should-equal", H, C, "Contact.Email should equal the contact's email, and Contact.Department should equal the industry.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Department": r["industry"]}


@case("d10d-59-one-of-filter", H, L, "Only contacts whose lifecycle stage is one of lead, marketingqualifiedlead or salesqualifiedlead. Email and lastname.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"]} if r["lifecyclestage"] in ("lead", "marketingqualifiedlead", "salesqualifiedlead") else None


@case("d10d-60-all-caps", H, L, "Email, and LastName from the last name in all caps.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"].upper()}


@case("d10d-61-strip-whitespace", H, L, "Email. Company gets the company name with surrounding whitespace stripped.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"].strip()}


@case("d10d-62-just-the-date-part", H, S, "userId = email, traits.createdAt = createdate, just the date part (YYYY-MM-DD).", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"createdAt": r["createdate"][:10]}}


@case("d10d-63-international-format", H, C, "Email. MobilePhone is the mobile number in international format (assume US when there is no +), omitted if there's no mobile.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


@case("d10d-64-not-any-of", H, M, "Skip contacts whose lifecycle stage is customer or opportunity. The rest get status 'subscribed' and their email as email_address.", [*HS, {**HS[0], "email": "opp@x.io", "lifecyclestage": "opportunity"}])
def _(r: R) -> Out:
    return None if r["lifecyclestage"] in ("customer", "opportunity") else {"status": "subscribed", "email_address": r["email"]}


@case("d10d-65-proper-case-city", L, H, "email from Email; city from City in proper case.", [*SFL, {**SFL[0], "Email": "lc@x.io", "City": "new york"}])
def _(r: R) -> Out: return {"email": r["Email"], "city": title(r["City"])}


@case("d10d-66-numeric-revenue-omit", L, H, "email from Email, and annualrevenue = AnnualRevenue converted to a number (skip it when blank).", SFL)
def _(r: R) -> Out:
    v = r["AnnualRevenue"]
    return keep({"email": r["Email"], "annualrevenue": OMIT if blank(v) else (int(float(v)) if float(v).is_integer() else float(v))})


# --- batch 6: paragraphs with several rules ------------------------------------------------------

@case("d10d-67-para-lead", H, L, "We're moving HubSpot contacts into Salesforce as leads. Bring over the email, first name and last name as they are. The company is required on a lead, so use 'Unknown Company' when it's empty. LeadSource should always read 'HubSpot'. Leave out anyone who is already a customer.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown Company"), "LeadSource": "HubSpot"}


@case("d10d-68-para-mc", H, M, "Newsletter sync: only contacts who haven't opted out (hs_email_optout isn't 'true') go into the audience, as subscribed. email_address is their email in lower case, FNAME their first name, LNAME their last name. Add the tag 'newsletter'.", HS)
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"status": "subscribed", "email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": ["newsletter"]}


@case("d10d-69-para-seg", C, S, "Each Salesforce Contact becomes an identify call. userId is the Email. In traits, send firstName and lastName from FirstName and LastName, and title from Title. If the Title is blank, send 'n/a' instead.", SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": dflt(r["Title"], "n/a")}}


@case("d10d-70-para-ga4", H, G, "For GA4 we send one event per contact, named generate_lead. The client_id is the contact's email. Its params: currency is always 'USD' and value is the annual revenue as a number; when there is no revenue, use 0.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"events": [{"name": "generate_lead", "params": {"currency": "USD", "value": 0 if v is None else (int(v) if v.is_integer() else v)}}], "client_id": r["email"]}


@case("d10d-71-para-reverse", L, H, "Salesforce leads into HubSpot. Copy Email, FirstName and LastName into email, firstname and lastname. company comes from Company. The lifecycle stage depends on the rating: Hot leads are salesqualifiedlead, Warm ones marketingqualifiedlead and Cold ones lead.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "lifecyclestage": {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]}


@case("d10d-72-para-contact", H, C, "Contacts go to Salesforce Contacts. Email and phone are copied. MailingCountry is the country, defaulting to 'United States'. We don't want the fax or anything else. HasOptedOutOfEmail is true when hs_email_optout is 'true', false otherwise (blank included).", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Phone": r["phone"], "MailingCountry": dflt(r["country"], "United States"), "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


# --- batch 7: more paragraphs ---------------------------------------------------------------------

@case("d10d-73-para-mc-to-hs", M, H, "Mailchimp members should land in HubSpot as contacts. Use the email address as the email, FNAME as the first name and LNAME as the last name. Members who are cleaned must be ignored. hs_language takes the member's language.", MC)
def _(r: R) -> Out:
    return None if r["status"] == "cleaned" else {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "lastname": r["merge_fields"]["LNAME"], "hs_language": r["language"]}


@case("d10d-74-para-seg-address", H, S, "Identify calls for everybody, keyed on the email as userId. The address goes under traits.address: street from address, city from city, postalCode from zip and country from country. Also add traits.phone with the phone number in E.164 (US default), leaving it off when there's no phone.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"], "country": r["country"]},
                                                     "phone": OMIT if blank(r["phone"]) else e164(r["phone"])}})


@case("d10d-75-para-lead-rating-revenue", H, L, "Leads need Email, LastName and Company (Company falls back to 'Individual' when blank). Rating depends on annual revenue: 10 million or more is Hot, 1 million or more is Warm, anything below that or unknown is Cold.", HS)
def _(r: R) -> Out:
    v = rev(r)
    rating = "Hot" if v is not None and v >= 10_000_000 else "Warm" if v is not None and v >= 1_000_000 else "Cold"
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Individual"), "Rating": rating}


@case("d10d-76-para-contact-to-mc", C, M, "Send Salesforce Contacts to our Mailchimp audience. The email address comes from Email. Contacts who opted out of email go in as unsubscribed, everyone else as subscribed. FNAME gets FirstName and LNAME gets LastName.", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


@case("d10d-77-para-ga4-stage", H, G, "Send a GA4 event for each contact that is a marketingqualifiedlead or salesqualifiedlead; skip the others. The event is called qualify_lead. client_id should be 'hubspot-sync'. Include a lead_stage param holding the lifecycle stage.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"events": [{"name": "qualify_lead", "params": {"lead_stage": r["lifecyclestage"]}}], "client_id": "hubspot-sync"}


@case("d10d-78-para-lead-to-hs", L, H, "For leads coming back into HubSpot: email is Email in lower case, firstname and lastname come from FirstName and LastName, and jobtitle is the Title - if there's no Title, leave jobtitle out. Skip leads whose Status is Closed - Converted.", SFL)
def _(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return keep({"email": r["Email"].lower(), "firstname": r["FirstName"], "lastname": r["LastName"], "jobtitle": opt(r["Title"])})


# --- batch 8: bullets, tickets, emails -----------------------------------------------------------

@case("d10d-79-bullets-lead", H, L, "Lead sync rules\n* Email -> Email\n* Last name -> LastName (required; 'Unknown' if empty)\n* Company -> Company\n* LeadSource is always 'Web'\n* don't sync customers", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "LastName": dflt(r["lastname"], "Unknown"), "Company": r["company"], "LeadSource": "Web"}


@case("d10d-80-ticket-mc", H, M, "TICKET: Mailchimp sync\nAcceptance criteria:\n1. Each contact is added as a subscribed member keyed by email_address (= the email).\n2. FNAME = first name, in title case.\n3. Contacts from Japan are excluded.", HS)
def _(r: R) -> Out:
    return None if r["country"] == "Japan" else {"status": "subscribed", "email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])}}


@case("d10d-81-email-seg", H, S, "Hi team,\n\nfor the Segment identify calls please use the email as userId and send traits.company (the company name) and traits.lifecycle (the lifecycle stage).\n\nThanks,\nSam", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"name": r["company"]}, "lifecycle": r["lifecyclestage"]}}  # traits.company is Segment's company object


@case("d10d-82-bullets-contact", H, C, "Contact mapping:\n- Email: email\n- Phone: phone, or mobile if phone is blank\n- Title: job title\n- MailingCity: city (leave out if blank)", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": r["phone"] if not blank(r["phone"]) else r["mobilephone"], "Title": r["jobtitle"], "MailingCity": opt(r["city"])})


@case("d10d-83-ticket-ga4", H, G, "Story: as a marketer I want CRM stages in GA4.\n- one event per contact, name 'stage_change'\n- client_id: 'crm'\n- param stage: lifecycle stage\n- skip subscribers", HS)
def _(r: R) -> Out:
    return None if r["lifecyclestage"] == "subscriber" else {"events": [{"name": "stage_change", "params": {"stage": r["lifecyclestage"]}}], "client_id": "crm"}


@case("d10d-84-bullets-reverse", C, M, "Salesforce Contacts -> Mailchimp\n- email_address: Email, lower case\n- status: 'unsubscribed' if HasOptedOutOfEmail is checked, otherwise 'subscribed'\n- LNAME: LastName\n- tag everyone 'sfdc'", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "merge_fields": {"LNAME": r["LastName"]}, "tags": ["sfdc"]}


# --- batch 9: mixed -------------------------------------------------------------------------------

@case("d10d-85-seg-anon-title", C, S, "For every Salesforce Contact send an identify: userId is the Email in lower case; traits.title is the Title, or 'Unknown' when there isn't one; traits.optedOut is HasOptedOutOfEmail.", SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"].lower(), "traits": {"title": dflt(r["Title"], "Unknown"), "optedOut": r["HasOptedOutOfEmail"]}}


@case("d10d-86-lead-status-constant-and-filter", H, L, "Create leads only for contacts whose lifecycle stage is lead or marketingqualifiedlead. Status should be 'Open - Not Contacted'. Email and LastName as usual.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead"):
        return None
    return {"Status": "Open - Not Contacted", "Email": r["email"], "LastName": r["lastname"]}


@case("d10d-87-mc-to-hs-phone-e164", M, H, "Copy each member's email address to email and the PHONE merge field to phone, formatted as E.164 with US as the default country; if PHONE is empty, don't send phone.", [*MC, {**MC[0], "email_address": "nophone@x.io", "merge_fields": {**MC[0]["merge_fields"], "PHONE": ""}}])
def _(r: R) -> Out: return keep({"email": r["email_address"], "phone": OMIT if blank(r["merge_fields"]["PHONE"]) else e164(r["merge_fields"]["PHONE"])})


@case("d10d-88-contact-dept-from-industry-table", H, C, "Email to Email. Department comes from the industry: Software and Design go to 'Product', Logistics goes to 'Operations'; any other industry, including a blank one, goes to 'General'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Department": {"Software": "Product", "Design": "Product", "Logistics": "Operations"}.get(r["industry"], "General")}


# --- batch 10 -------------------------------------------------------------------------------------

@case("d10d-89-hs-to-lead-website-https", H, L, "Email. Website should be the website as it is when it already starts with http, otherwise leave it as is too - just copy it.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Website": r["website"]}


@case("d10d-90-mc-status-table", M, H, "email from email_address. hs_lead_status follows the member status: subscribed becomes OPEN, unsubscribed becomes UNQUALIFIED, and anything else becomes NEW.", MC)
def _(r: R) -> Out:
    return {"email": r["email_address"], "hs_lead_status": {"subscribed": "OPEN", "unsubscribed": "UNQUALIFIED"}.get(r["status"], "NEW")}


@case("d10d-91-lead-company-upper-trim", H, L, "Email; Company = company, trimmed and in upper case.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"].strip().upper()}


@case("d10d-92-seg-two-fallbacks", H, S, "userId = email. traits.phone: the mobile number, falling back to the phone, and if both are empty leave traits.phone out.", HS)
def _(r: R) -> Out:
    v = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"userId": r["email"], "traits": {"phone": OMIT if blank(v) else v}})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
