"""Held-out set 29, written by a new author who never saw the drafter.

Author persona: a marketing operations manager in Lyon whose first language is French. Her
English is correct enough but keeps French habits: "in case the field is void/empty", "put by
default the value 'X'", "if not, ...", "the mail" for the email, "the society" for the company,
"the phone number fix" and "the portable" for the phones, "surname" for the last name,
"actualize" / "inform the field", adjectives after nouns, a space before colons and question
marks, guillemets or quotes around values, full polite sentences ("Could you please ...",
"Thanks in advance"). Shapes vary: paragraphs, numbered lists, two e-mails with a signature.

Expected records are computed here from the mapping-cases README's semantics (blank = empty or
whitespace, defaults and fallbacks only on blank, "omit" = key absent, filters drop the record,
value tables are case-sensitive, E.164 with an assumed country, title case, etc.). The
destination's match key is always written (authoring.MATCH_KEY_NOTE): Email, email,
email_address, Segment's userId, GA4's client_id.

Pairs (42 cases): hubspot.contacts -> salesforce.Lead (8), salesforce.Contact (6),
mailchimp.members (6), segment.identify (4), ga4.events (3); salesforce.Lead ->
hubspot.contacts (5); salesforce.Contact -> mailchimp.members (4), segment.identify (3);
mailchimp.members -> hubspot.contacts (3).

Rule kinds: copies, constants, defaults when empty, fallbacks (chains of two and three),
omit when empty, transforms (lower, upper, trim, title case, first word, before/after the @,
E.164 US/UK, number, whole number, date), value tables with and without an otherwise,
conditions (equality, greater than, blank), true/false flags (both directions, and the
HubSpot opt-out as text), filters (only / exclude), nested destinations (Segment traits.x.y,
Mailchimp merge_fields.X, GA4 events[].params), tags, templates.
"""

from __future__ import annotations

from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, extended, lower_emails
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def opted_out(v: str | None) -> bool:
    """hs_email_optout read as a flag; every text that reads it says what empty means (false)."""
    return v == "true"


def omit_blank(v: object) -> object:
    return OMIT if blank(v) else v


def gt(v: str, limit: float) -> bool:
    """Numeric 'greater than'; every text that uses it says an empty value takes the other branch."""
    return not blank(v) and float(v) > limit


# one more HubSpot contact: padded first name and company, whitespace-only job title and
# opt-out, no phone numbers at all
HS_PAD: R = {
    "email": "julien.marchand@rhonevalley.fr", "firstname": "  Julien ", "lastname": "Marchand",
    "company": "  Rhone Valley Wines ", "phone": "", "mobilephone": "", "jobtitle": "   ",
    "hs_analytics_source": "EMAIL_MARKETING", "lifecyclestage": "opportunity", "country": "France",
    "city": "Lyon", "state": "", "zip": "69002", "address": "8 Quai Saint-Antoine", "annualrevenue": "950000",
    "numemployees": "22", "industry": "Consulting", "website": "", "createdate": "2024-02-06T13:15:00.000Z",
    "hs_email_optout": "   ",
}
HS_P: list[R] = extended(HS, HS_PAD)

# one more HubSpot contact in the United States, names written in odd case (for title case)
HS_CASE: R = {
    "email": "rachel.whitfield@cobaltcreek.com", "firstname": "rACHEL", "lastname": "whitfield",
    "company": "Cobalt Creek", "phone": "312 555 0161", "mobilephone": "", "jobtitle": "events coordinator",
    "hs_analytics_source": "SOCIAL_MEDIA", "lifecyclestage": "evangelist", "country": "United States",
    "city": "chicago", "state": "IL", "zip": "60611", "address": "40 Rush St", "annualrevenue": "430000",
    "numemployees": "9", "industry": "Events", "website": "https://cobaltcreek.com",
    "createdate": "2023-10-17T14:40:00.000Z", "hs_email_optout": "",
}
HS_C: list[R] = extended(HS, HS_CASE)

# HubSpot contacts with every mail already in lower case (for the before/after-@ cases)
HS_LOWER: list[R] = lower_emails(HS_C)

# one more UK lead (a second UK number), company with a leading space, revenue under a million
SFL_UK: R = {
    "Email": "harriet.cole@severnbridge.co.uk", "FirstName": "Harriet", "LastName": "Cole", "Company": "  Severn Bridge",
    "Title": "Digital Manager", "Phone": "0117 496 0382", "Street": "3 Corn St", "City": "Bristol",
    "PostalCode": "BS1 1HT", "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm",
    "LeadSource": "Email", "HasOptedOutOfEmail": True, "AnnualRevenue": "640000.5",
}
SFL_X: list[R] = extended(SFL, SFL_UK)


# ---------------------------------------------------------------- HubSpot contact -> Salesforce Lead
@case("h29-01-hs-lead-copies-society-default", H, L,
      "Hello, we need to send the contacts of HubSpot into Salesforce as leads. Could you please copy the mail into "
      "Email, the first name into FirstName and the surname into LastName ? For the society (Company), in case the "
      "field is void in HubSpot, put by default the value \"Unknown\". Also, inform LeadSource with the value constant "
      "\"Web\" for all the leads. Thanks in advance.", HS)
def _o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "LeadSource": "Web"}


@case("h29-02-hs-lead-phone-fix-or-portable", H, L,
      "For the leads, the Phone of Salesforce must be informed with the phone number fix of the HubSpot contact. If "
      "not, so if the phone fix is empty, take the portable (mobilephone) instead. The number must be in the format "
      "E.164; when the number has no country code, consider it is an American number (+1). Please also put the "
      "surname in capital letters in LastName, and of course copy the mail into Email.", HS)
def _o02(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"], "Phone": e164(ph), "LastName": r["lastname"].upper()}


@case("h29-03-hs-lead-source-table", H, L,
      "Could you please translate the original source of HubSpot (hs_analytics_source) into the Lead Source of "
      "Salesforce, like this :\n"
      "- \"ORGANIC_SEARCH\" and \"PAID_SEARCH\" become \"Web\"\n"
      "- \"REFERRALS\" becomes \"External Referral\"\n"
      "- \"PAID_SOCIAL\" becomes \"Advertisement\"\n"
      "- for all the other values, and also in case the source is empty, put \"Other\".\n"
      "The mail goes in Email and the society name goes in Company, without change.", HS)
def _o03(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Web", "REFERRALS": "External Referral",
             "PAID_SOCIAL": "Advertisement"}
    return {"Email": r["email"], "Company": r["company"], "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h29-04-hs-lead-qualified-only-rating", H, L,
      "We want to create leads only for the HubSpot contacts whose lifecycle stage is \"marketingqualifiedlead\" or "
      "\"salesqualifiedlead\"; the other contacts must not be sent. For these leads :\n"
      "1. Email receives the mail of the contact.\n"
      "2. Title receives the job title.\n"
      "3. Status takes the value fixed \"Open - Not Contacted\".\n"
      "4. Rating is \"Hot\" when the annual revenue is greater than 1000000; if not (or if the revenue is empty), "
      "Rating is \"Warm\".", HS)
def _o04(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Title": r["jobtitle"], "Status": "Open - Not Contacted",
            "Rating": "Hot" if gt(r["annualrevenue"], 1000000) else "Warm"}


@case("h29-05-hs-lead-revenue-employees-numbers", H, L,
      "Note : in Salesforce the Annual Revenue and the Employees are numeric fields, but in HubSpot they are text. "
      "So please convert the annual revenue of the contact into a number for AnnualRevenue, and the number of "
      "employees into a whole number (integer) for NumberOfEmployees. In case the value is empty in HubSpot, do not "
      "inform the corresponding field at all on the lead, just leave it out. The Email is the mail of the contact.",
      HS)
def _o05(r: R) -> Out:
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


@case("h29-06-hs-lead-title-case-names-city", H, L,
      "The names in HubSpot are sometimes typed in all capitals or all in small letters, it is not very clean. When "
      "we create the leads, could you put the first name, the surname and the city with a capital letter at the "
      "beginning of each word and the rest in small letters (FirstName, LastName, City) ? The Email field is simply "
      "the mail, as it is.", HS_C)
def _o06(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"])}


@case("h29-07-hs-lead-description-created-date", H, L,
      "Dear team,\n\n"
      "For the leads coming from HubSpot, I would like the following :\n"
      "- in Description, the text \"Created in HubSpot on \" followed by the create date of the contact in the format "
      "YYYY-MM-DD (only the date, not the hour);\n"
      "- in Title, the job title, and in case it is empty, put by default \"Not communicated\";\n"
      "- in Website, the website URL copied as it is, even when it is empty;\n"
      "- and the mail in Email, naturally.\n\n"
      "Thank you very much,\nSandrine\nMarketing Operations, Lyon", HS)
def _o07(r: R) -> Out:
    return {"Description": "Created in HubSpot on " + day(r["createdate"]),
            "Title": dflt(r["jobtitle"], "Not communicated"), "Website": r["website"], "Email": r["email"]}


@case("h29-08-hs-lead-exclude-customers-flags", H, L,
      "Please do not send to Salesforce the contacts that are already customers (lifecycle stage \"customer\"), they "
      "are excluded. For the others, Email is the mail. HasOptedOutOfEmail must be true when the HubSpot field "
      "hs_email_optout is \"true\", and false in all the other cases, also when it is empty. And DoNotCall must be "
      "true when the phone number fix of the contact is empty, false when there is a phone number fix.", HS_P)
def _o08(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "HasOptedOutOfEmail": opted_out(r["hs_email_optout"]),
            "DoNotCall": blank(r["phone"])}


# ---------------------------------------------------------------- HubSpot contact -> Salesforce Contact
@case("h29-09-hs-contact-mailing-address", H, C,
      "We synchronise the HubSpot contacts with the Salesforce contacts. Could you please copy the surname into "
      "LastName, and the postal address of the contact into the Mailing address of Salesforce : the street address "
      "into MailingStreet, the city into MailingCity and the postal code (zip) into MailingPostalCode. No "
      "transformation, the values are copied like they are.", HS)
def _o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingPostalCode": r["zip"]}


@case("h29-10-hs-contact-title-three-step-fallback", H, C,
      "For the Title of the Salesforce contact, take the job title of HubSpot. If the job title is empty, take "
      "instead the industry of the contact, and if the industry is also empty, put the value \"Not known\". The "
      "surname must be in upper case in LastName, and the mail goes in Email.", HS_P)
def _o10(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Not known")
    return {"Email": r["email"], "Title": t, "LastName": r["lastname"].upper()}


@case("h29-11-hs-contact-stage-description-table", H, C,
      "In the Description of the Salesforce contact, we want to see the lifecycle stage of HubSpot but written in a "
      "more readable manner :\n"
      "1. \"subscriber\" gives \"Subscriber\"\n"
      "2. \"lead\" gives \"Lead\"\n"
      "3. \"marketingqualifiedlead\" gives \"Marketing qualified\"\n"
      "4. \"salesqualifiedlead\" gives \"Sales qualified\"\n"
      "5. \"customer\" gives \"Customer\"\n"
      "Besides this, copy the mail into Email and the first name into FirstName.", HS)
def _o11(r: R) -> Out:
    table = {"subscriber": "Subscriber", "lead": "Lead", "marketingqualifiedlead": "Marketing qualified",
             "salesqualifiedlead": "Sales qualified", "customer": "Customer"}
    return {"Email": r["email"], "FirstName": r["firstname"], "Description": table[r["lifecyclestage"]]}


@case("h29-12-hs-contact-department-first-word", H, C,
      "We would like to put in the Department of the contact the first word of the HubSpot job title (for example "
      "\"Brand\" for \"Brand Manager\"). In case the job title is empty, leave the Department out, don't inform it. "
      "The Title itself is the job title copied completely, without change. Email = the mail of the contact.", HS)
def _o12(r: R) -> Out:
    return keep({"Email": r["email"], "Title": r["jobtitle"],
                 "Department": OMIT if blank(r["jobtitle"]) else first_word(r["jobtitle"])})


@case("h29-13-hs-contact-client-or-prospect", H, C,
      "When the lifecycle stage of the HubSpot contact is equal to \"customer\", inform the Description with "
      "\"Client\"; if not, with \"Prospect\". HasOptedOutOfEmail is true if hs_email_optout is \"true\", otherwise "
      "false (an empty value counts as false). Please copy also the surname in LastName and the mail in Email.", HS)
def _o13(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Description": "Client" if r["lifecyclestage"] == "customer" else "Prospect",
            "HasOptedOutOfEmail": opted_out(r["hs_email_optout"])}


@case("h29-14-hs-contact-portable-e164", H, C,
      "Could you please actualize the phones of the Salesforce contacts ? MobilePhone = the portable of HubSpot, "
      "converted in E.164 (a number without indicative is a US number, so +1 before). In case the portable is void, "
      "do not put MobilePhone at all. The Phone (business phone) is the phone number fix copied as it is. For Email, "
      "take the mail of HubSpot but entirely in small letters (lower case).", HS)
def _o14(r: R) -> Out:
    return keep({"Email": r["email"].lower(), "Phone": r["phone"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


# ---------------------------------------------------------------- HubSpot contact -> Mailchimp member
@case("h29-15-hs-mc-status-from-optout", H, M,
      "I need to push our HubSpot contacts in the Mailchimp audience. The email_address is the mail of the contact, "
      "the merge field FNAME is the first name and the merge field LNAME is the surname. For the status : if "
      "hs_email_optout is \"true\" the status must be \"unsubscribed\", if not (\"false\" or empty) it must be "
      "\"subscribed\".", HS)
def _o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if opted_out(r["hs_email_optout"]) else "subscribed"}


@case("h29-16-hs-mc-tags-lower-mail", H, M,
      "For the Mailchimp members created from HubSpot, the email_address must be the mail of the contact put in lower "
      "case. The status is always \"subscribed\". Please add the tags \"HubSpot\" and \"Newsletter FR\", in this "
      "order. And FNAME (merge field) receives the first name.", HS)
def _o16(r: R) -> Out:
    return {"email_address": r["email"].lower(), "status": "subscribed", "tags": ["HubSpot", "Newsletter FR"],
            "merge_fields": {"FNAME": r["firstname"]}}


@case("h29-17-hs-mc-phone-fallback-trim", H, M,
      "In Mailchimp, the merge field PHONE must be informed with the phone number fix of the contact, or with the "
      "portable in case the phone fix is empty. Format E.164, and the numbers without country code are American "
      "(+1). If the contact has neither a phone fix nor a portable, leave PHONE out. The merge field FNAME is the "
      "first name with the spaces before and after removed (trim). email_address is the mail.", HS_P)
def _o17(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": r["firstname"].strip(), "PHONE": OMIT if blank(ph) else e164(ph)}})


@case("h29-18-hs-mc-language-vip", H, M,
      "We would like to inform the language of the Mailchimp members from the country of the HubSpot contact : "
      "\"France\" gives \"fr\", \"Japan\" gives \"ja\", \"Mexico\" gives \"es\", and for any other country we put by "
      "default \"en\". Also, vip must be true when the lifecycle stage is \"customer\", and false for the other "
      "stages. The email_address is the mail.", HS)
def _o18(r: R) -> Out:
    lang = {"France": "fr", "Japan": "ja", "Mexico": "es"}.get(r["country"], "en")
    return {"email_address": r["email"], "language": lang, "vip": r["lifecyclestage"] == "customer"}


@case("h29-19-hs-mc-exclude-optout-title-case", H, M,
      "The contacts having hs_email_optout at \"true\" must be excluded, we don't send them to Mailchimp. For all the "
      "others :\n"
      "1. email_address = the mail;\n"
      "2. status = \"subscribed\";\n"
      "3. merge field FNAME = the first name, and merge field LNAME = the surname, both with the first letter of each "
      "word in capital and the rest in small letters.", HS_C)
def _o19(r: R) -> Out:
    if opted_out(r["hs_email_optout"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])}}


@case("h29-20-hs-mc-us-only-tags-phone", H, M,
      "Could you please send to Mailchimp only the contacts whose country is \"United States\" ? The other countries "
      "are not concerned. Their email_address is the mail, the merge field PHONE is the phone number fix in E.164 "
      "with the American indicative +1, and they receive the tags \"US\" then \"HubSpot\".", HS_C)
def _o20(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"email_address": r["email"], "merge_fields": {"PHONE": e164(r["phone"])}, "tags": ["US", "HubSpot"]}


# ---------------------------------------------------------------- HubSpot contact -> Segment identify
@case("h29-21-hs-seg-full-name", H, S,
      "For the identify calls of Segment, the userId is the mail of the contact in lower case. In the traits, please "
      "put the mail as it is in traits.email, the first name in traits.firstName, the surname in traits.lastName, and "
      "in traits.name the first name, one space, then the surname.", HS)
def _o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h29-22-hs-seg-company-traits", H, S,
      "We want the information of the society under traits.company in Segment (userId = the mail of the contact) :\n"
      "- traits.company.name is the company name; in case it is empty, put by default \"Independent\";\n"
      "- traits.company.industry is the industry, but only when it is informed : if the industry is empty, leave it "
      "out;\n"
      "- traits.company.employee_count is the number of employees as an integer, also left out when empty.", HS)
def _o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": omit_blank(r["industry"]),
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h29-23-hs-seg-address-traits", H, S,
      "Could you map the address of the HubSpot contact to the address traits of Segment ? The city in "
      "traits.address.city, the country in traits.address.country, the postal code in traits.address.postalCode, and "
      "the state in traits.address.state, except in case the state is empty : then no state at all. The userId is "
      "the mail of the contact.", HS)
def _o23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"address": {
        "city": r["city"], "country": r["country"], "postalCode": r["zip"], "state": omit_blank(r["state"])}}})


@case("h29-24-hs-seg-custom-traits", H, S,
      "Hello, for Segment I need some custom traits. traits.is_customer : true if the lifecycle stage is "
      "\"customer\", false if not. traits.source : the original source of HubSpot in small letters, and in case it "
      "is empty put \"unknown\". traits.website : the website URL, only when it is not empty (if empty, no trait). "
      "userId = the mail. Thanks in advance !", HS)
def _o24(r: R) -> Out:
    src = r["hs_analytics_source"]
    return keep({"userId": r["email"], "traits": {
        "is_customer": r["lifecyclestage"] == "customer",
        "source": "unknown" if blank(src) else src.lower(),
        "website": omit_blank(r["website"])}})


# ---------------------------------------------------------------- HubSpot contact -> GA4 events
@case("h29-25-hs-ga4-signup-local-part", H, G,
      "For GA4, the client_id must be the part of the mail before the @ (for example \"jean.dupont\" for "
      "\"jean.dupont@societe.fr\"). Send one event named \"sign_up\" with two params : method with the value "
      "constant \"hubspot\", and country with the country of the contact.", HS_LOWER)
def _o25(r: R) -> Out:
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "sign_up", "params": {"method": "hubspot", "country": r["country"]}}]}


@case("h29-26-hs-ga4-sync-event-revenue", H, G,
      "Please send the HubSpot contacts to GA4 with the client_id fixed \"crm.hubspot\" and one event "
      "\"crm_contact_sync\". Its params are : currency = \"EUR\", value = the annual revenue as a number (0 in case the "
      "revenue is empty), and stage = the lifecycle stage copied as is. The contacts with hs_email_optout at \"true\" "
      "are excluded; when hs_email_optout is empty the contact is sent normally.", HS)
def _o26(r: R) -> Out:
    if opted_out(r["hs_email_optout"]):
        return None
    value = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "crm.hubspot", "events": [{"name": "crm_contact_sync", "params": {
        "currency": "EUR", "value": value, "stage": r["lifecyclestage"]}}]}


@case("h29-27-hs-ga4-event-name-by-stage", H, G,
      "The client_id of GA4 is the mail of the contact. The name of the event depends of the lifecycle stage : "
      "\"purchase\" for the stage \"customer\", and \"generate_lead\" for all the other stages. In the params of the "
      "event, put created = the create date in format YYYY-MM-DD, and domain = the part of the mail after the @.",
      HS_LOWER)
def _o27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "created": day(r["createdate"]), "domain": after_at(r["email"])}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot contact
@case("h29-28-lead-hs-basic-copies", L, H,
      "Hello Thomas,\n\n"
      "As discussed this morning, we must now also bring the Salesforce leads back into HubSpot. For the moment it is "
      "simple : the Email of the lead goes in the mail of the contact (email), FirstName in firstname, LastName in "
      "lastname, Company in company and Title in jobtitle. All is copied without any modification.\n\n"
      "Thanks in advance,\nSandrine Perrin\nResponsable Marketing Operations", SFL)
def _o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"]}


@case("h29-29-lead-hs-uk-only-e164", L, H,
      "Only the leads whose Country is \"United Kingdom\" must be synchronised into HubSpot for this campaign. For "
      "them, the phone of HubSpot is the Phone of the lead in E.164 format, knowing that they are British numbers "
      "(+44, without the 0 at the beginning). The company is the Company of the lead without the spaces at the start "
      "and at the end. Copy also the Country into country and the Email into email.", SFL_X)
def _o29(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "company": r["Company"].strip(),
            "country": r["Country"]}


@case("h29-30-lead-hs-status-rating-tables", L, H,
      "Could you please convert the Lead Status of Salesforce into the Lead Status of HubSpot (hs_lead_status) ?\n"
      "1. \"Open - Not Contacted\" -> \"NEW\"\n"
      "2. \"Working - Contacted\" -> \"IN_PROGRESS\"\n"
      "3. \"Closed - Converted\" -> \"CONNECTED\"\n"
      "4. \"Closed - Not Converted\" -> \"UNQUALIFIED\"\n"
      "And for the lifecycle stage : a lead with the Rating \"Hot\" becomes \"salesqualifiedlead\", all the other "
      "leads become \"lead\".", SFL)
def _o30(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "lead"}


@case("h29-31-lead-hs-revenue-optout-text", L, H,
      "When a lead goes into HubSpot : email = the Email, firstname = the FirstName, annualrevenue = the "
      "AnnualRevenue of the lead converted into a number (in case it is void, don't put annualrevenue), and "
      "hs_email_optout = the text \"true\" when HasOptedOutOfEmail is true, or the text \"false\" when it is false.",
      SFL)
def _o31(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"})


@case("h29-32-lead-hs-stage-by-revenue-exclude-lost", L, H,
      "We don't want the lost leads in HubSpot : please exclude the leads with the Status \"Closed - Not "
      "Converted\". For the remaining leads, the lifecyclestage is \"salesqualifiedlead\" when the AnnualRevenue is "
      "greater than 1000000, and \"lead\" in the other case (also when AnnualRevenue is empty). The Email goes into "
      "email and the Company into company, copied exactly.", SFL_X)
def _o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": r["Company"],
            "lifecyclestage": "salesqualifiedlead" if gt(r["AnnualRevenue"], 1000000) else "lead"}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp member
@case("h29-33-sfc-mc-status-lower-mail", C, M,
      "For the Salesforce contacts that we add to Mailchimp, the email_address is the Email of the contact in small "
      "letters. The merge fields FNAME and LNAME receive the FirstName and the LastName. The status is "
      "\"unsubscribed\" if the contact has HasOptedOutOfEmail at true; if not, \"subscribed\".", SFC)
def _o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("h29-34-sfc-mc-birthday-phone", C, M,
      "Please inform the merge field BIRTHDAY of Mailchimp with the Birthdate of the Salesforce contact, copied as it "
      "is; in case the Birthdate is empty, leave BIRTHDAY out. The merge field PHONE is the Phone of the contact in "
      "E.164 (numbers without indicative are from the United States, +1). email_address = Email, without change.",
      SFC)
def _o34(r: R) -> Out:
    return keep({"email_address": r["Email"], "merge_fields": {
        "BIRTHDAY": omit_blank(r["Birthdate"]), "PHONE": e164(r["Phone"])}})


@case("h29-35-sfc-mc-language-tags-vip", C, M,
      "The language of the member depends of the MailingCountry of the contact : \"Germany\" or \"Austria\" give "
      "\"de\", any other country (or no country) gives \"en\". Put the tag \"Salesforce\" on every member, and vip "
      "is always false. The email_address is the Email of the contact.", SFC)
def _o35(r: R) -> Out:
    lang = "de" if r["MailingCountry"] in ("Germany", "Austria") else "en"
    return {"email_address": r["Email"], "language": lang, "tags": ["Salesforce"], "vip": False}


@case("h29-36-sfc-mc-events-only", C, M,
      "We send to Mailchimp only the contacts whose Lead Source is \"Web\" or \"Trade Show\", the others stay out. "
      "For these contacts : email_address = Email, merge field LNAME = the LastName in capital letters, status = "
      "\"subscribed\", and the tags \"Salesforce\" and \"Events\" (in this order).", SFC)
def _o36(r: R) -> Out:
    if r["LeadSource"] not in ("Web", "Trade Show"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"].upper()}, "status": "subscribed",
            "tags": ["Salesforce", "Events"]}


# ---------------------------------------------------------------- Salesforce Contact -> Segment identify
@case("h29-37-sfc-seg-title-fallback-birthday", C, S,
      "For Segment, the userId is the Email of the Salesforce contact. Then in the traits :\n"
      "- traits.firstName = FirstName;\n"
      "- traits.title = the Title, or the Department in case the Title is empty, or \"Not communicated\" in case both "
      "are empty;\n"
      "- traits.birthday = the Birthdate as it is, but only if it is informed (when it is empty, no birthday).", SFC)
def _o37(r: R) -> Out:
    t = r["Title"] if not blank(r["Title"]) else dflt(r["Department"], "Not communicated")
    return keep({"userId": r["Email"], "traits": {"firstName": r["FirstName"], "title": t,
                                                  "birthday": omit_blank(r["Birthdate"])}})


@case("h29-38-sfc-seg-phone-address", C, S,
      "Could you please make the identify of Segment like this : userId is the Email in lower case, traits.email is "
      "the Email not modified, traits.phone is the Phone in E.164 (a number without + is American, +1), and the "
      "address traits traits.address.city and traits.address.country come from MailingCity and MailingCountry.", SFC)
def _o38(r: R) -> Out:
    return {"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "phone": e164(r["Phone"]),
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}}


@case("h29-39-sfc-seg-email-ok-source-table", C, S,
      "Hello, three traits to add in Segment for the Salesforce contacts (with userId = Email) :\n"
      "1. traits.email_ok : true when HasOptedOutOfEmail is false, and false when HasOptedOutOfEmail is true (it is "
      "the inverse).\n"
      "2. traits.department : the Department, except when it is empty, then leave it out.\n"
      "3. traits.lead_source : \"web\" for the Lead Source \"Web\", \"event\" for \"Trade Show\", and \"other\" for "
      "everything else, also when the Lead Source is empty.\n"
      "Thank you !", SFC)
def _o39(r: R) -> Out:
    src = {"Web": "web", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return keep({"userId": r["Email"], "traits": {"email_ok": not r["HasOptedOutOfEmail"],
                                                  "department": omit_blank(r["Department"]), "lead_source": src}})


# ---------------------------------------------------------------- Mailchimp member -> HubSpot contact
@case("h29-40-mc-hs-names-optout-text", M, H,
      "From Mailchimp to HubSpot : the email is the email_address of the member. The firstname and the lastname come "
      "from the merge fields FNAME and LNAME, put in title case (capital letter at the start of each word, the rest "
      "in small letters); in case LNAME is empty, don't inform lastname at all. hs_email_optout is the text \"true\" "
      "when the status of the member is \"unsubscribed\", and the text \"false\" for the other statuses.", MC)
def _o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h29-41-mc-hs-phone-vip-stage", M, H,
      "Could you please actualize HubSpot with the Mailchimp members ? The phone of the contact = the merge field "
      "PHONE converted in E.164 (a number without country code is a US number, +1); when PHONE is empty, leave the "
      "phone out. The lifecyclestage is \"customer\" if vip is true, if not \"subscriber\". The email is the "
      "email_address of the member.", MC)
def _o41(r: R) -> Out:
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h29-42-mc-hs-subscribed-only", M, H,
      "Only the members with the status \"subscribed\" are imported in HubSpot; the unsubscribed, cleaned and the "
      "others are ignored. For each imported member : email = email_address, firstname = merge field FNAME, lastname "
      "= merge field LNAME, hs_language = the language of the member, and hs_lead_status = the value constant "
      "\"NEW\".", MC)
def _o42(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
            "hs_language": r["language"], "hs_lead_status": "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set29")
