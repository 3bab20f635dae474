"""Held-out set 26, written by a new author who never saw the drafter.

Author persona: a growth marketer at an e-commerce start-up, writing to an engineer the way
one writes on Slack: long chatty paragraphs, several rules a sentence, asides in parentheses,
hedges ("I think", "basically", "just"), contractions, the odd typo, everyday words for the
fields (surname, mobile, signup date, company website) and an API name only when unsure.

Expected records are computed here from the mapping-cases README's semantics (blank = empty or
whitespace, defaults and fallbacks only on blank, "leave out" = key absent, filters drop the
record, value tables are case-sensitive, E.164 with an assumed country, title case, etc.).
The destination's match key is always written (authoring.MATCH_KEY_NOTE).

Pairs (42 cases): hubspot.contacts -> salesforce.Lead (8), salesforce.Contact (5),
mailchimp.members (6), segment.identify (4), ga4.events (3); salesforce.Lead ->
hubspot.contacts (5); salesforce.Contact -> mailchimp.members (4), segment.identify (3);
mailchimp.members -> hubspot.contacts (4).

Rule kinds: copies, constants, defaults when empty, fallbacks, leave out when empty, transforms
(lower, upper, trim, title case, first word, before/after the @, E.164 US/UK, number, whole
number, date), value tables with and without an otherwise, conditions (equality, greater/less
than, blank), true/false flags, filters (only / skip), nested destinations (Segment traits.x.y,
Mailchimp merge_fields.X, GA4 events[].params), tags, templates.
"""

from __future__ import annotations

from pathlib import Path

from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def hs_opted_out(v: str) -> bool:
    """hs_email_optout as a flag; every text that reads it says a blank is not opted out."""
    return v == "true"


# one more HubSpot shopper: blank first name, padded company, only a mobile, blank opt-out
HS_NINA: R = {
    "email": "nina.park@loopgear.co", "firstname": "", "lastname": "park", "company": "  Loopgear  ",
    "phone": "", "mobilephone": "(312) 555-0166", "jobtitle": "founder", "hs_analytics_source": "SOCIAL_MEDIA",
    "lifecyclestage": "customer", "country": "United States", "city": "chicago", "state": "il", "zip": "60607",
    "address": "9 W Lake St", "annualrevenue": "640000", "numemployees": "7", "industry": "Retail",
    "website": "", "createdate": "2024-04-18T14:20:00.000Z", "hs_email_optout": "",
}
HS6: list[R] = [*HS, HS_NINA]

# HubSpot contacts with lower-case emails (for the before/after-@ cases)
HS_LOWER: list[R] = [{**r, "email": r["email"].lower()} for r in HS6]

# a contact who typed a double first name (for the first-word case)
HS_MARYJO: R = {**HS[3], "email": "maryjo.keane@saltandfern.com", "firstname": "Mary Jo", "lastname": "Keane",
                "company": "Salt and Fern", "phone": "(207) 555-0175", "city": "Portland", "state": "ME"}
HS_FW: list[R] = [*HS, HS_MARYJO]

# one more UK lead, not yet contacted, with a mobile-style national number
SFL_UK: R = {**SFL[3], "Email": "rhys.evans@copperkettle.co.uk", "FirstName": "Rhys", "LastName": "Evans",
             "Company": "Copper Kettle", "Phone": "07700 900456", "Street": "3 Castle St", "City": "Cardiff",
             "PostalCode": "CF10 1BS", "Status": "Open - Not Contacted", "Rating": "Warm", "AnnualRevenue": "900000"}
SFL5: list[R] = [*SFL, SFL_UK]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h26-01-lead-plain-copies", H, L,
      "hey! so for the hubspot -> salesforce leads sync I basically just want teh obvious stuff copied over as-is: "
      "email goes into the lead's Email (that's how we match them up I think), first name to first name, surname to "
      "last name, company name to Company and job title into the lead Title field. no cleanup or anything, just "
      "straight copies pls", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"]}


@case("h26-02-lead-source-table-otherwise", H, L,
      "ok next one: the lead's Lead Source should come from the hubspot Original Source, like ORGANIC_SEARCH becomes "
      "Web, PAID_SEARCH and PAID_SOCIAL both become Advertisement (it's all ads to me lol), REFERRALS becomes "
      "External Referral, and literally anything else (blank included) just gets Other. oh and obvs copy the email "
      "into the lead Email and the surname into Last Name", HS6)
def _02(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"], "LastName": r["lastname"], "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h26-03-lead-rating-by-revenue", H, L,
      "can we set the lead Rating from annual revenue? I'm thinking if the revenue is more than 5 million it's Hot, "
      "if there's a revenue but it's 5 million or less it's Warm, and if the revenue is empty we don't really know "
      "them so Cold. email -> lead Email as usual, nothing else needed for this one", HS6)
def _03(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None else ("Hot" if v > 5_000_000 else "Warm")
    return {"Email": r["email"], "Rating": rating}


@case("h26-04-lead-phone-fallback-e164", H, L,
      "phones are a mess rn. the lead Phone should be the contact's office phone number, but if that's empty use "
      "their mobile instead, and either way put it in the +1 international format (assume they're US unless the "
      "number already starts with a + and its own country code). separately copy the mobile as-is into the lead's "
      "Mobile Phone, but if they don't have a mobile just leave Mobile Phone off entirely. plus email into Email ofc",
      HS6)
def _04(r: R) -> Out:
    src = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "Phone": e164(src),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"]})


@case("h26-05-lead-us-only-address", H, L,
      "for the address sync I only want contacts whose country is exactly United States (everyone else just skip, "
      "we don't ship abroad yet). for those: street address copied into Street, the city in title case (people type "
      "it all lowercase sometimes) into City, state upper-cased into State/Province, and the zip copied into the "
      "Zip/Postal Code. email into the lead Email too", HS6)
def _05(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Street": r["address"], "City": title(r["city"]), "State": r["state"].upper(),
            "PostalCode": r["zip"]}


@case("h26-06-lead-name-cleanup", H, L,
      "names pls 🙏 first name and surname should both be title-cased going into the lead (so like maria -> Maria, "
      "GARCIA -> Garcia), the company name needs the extra spaces at the start and end trimmed off, and if the "
      "company's empty just put Unknown since salesforce won't take a lead without one. email goes into the lead "
      "email but lower-cased", HS6)
def _06(r: R) -> Out:
    return {"Email": r["email"].lower(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Company": "Unknown" if blank(r["company"]) else r["company"].strip()}


@case("h26-07-lead-skip-optouts-numbers", H, L,
      "don't send anyone who's unsubscribed from all email in hubspot (that flag is the text true; if it's blank I'd "
      "count them as still subscribed, so send them). for the rest: annual revenue into the lead's Annual Revenue as "
      "an actual number, and leave it out if the revenue's empty; number of employees into the Employees field as a "
      "whole number. and the email to the lead's Email", HS6)
def _07(r: R) -> Out:
    if hs_opted_out(r["hs_email_optout"]):
        return None
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": int(r["numemployees"])})


@case("h26-08-lead-description-optout-flag", H, L,
      "last one for leads I promise: the lead Description should read 'Shop signup on ' then the signup date (just "
      "the YYYY-MM-DD bit of the hubspot create date) then ', stage ' and the lifecycle stage as-is. the lead's Email "
      "Opt Out should be true when the hubspot unsubscribed-from-all-email thing is the text true and false otherwise "
      "(blank = false). email into Email", HS6)
def _08(r: R) -> Out:
    return {"Email": r["email"],
            "Description": f"Shop signup on {day(r['createdate'])}, stage {r['lifecyclestage']}",
            "HasOptedOutOfEmail": hs_opted_out(r["hs_email_optout"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h26-09-contact-copies", H, C,
      "ok now hubspot contacts into salesforce Contacts. I think it's mostly copying: email into the contact's Email, "
      "first name, surname into Last Name, job title to Title, the mobile to Mobile Phone, city into Mailing City and "
      "country into Mailing Country. all as they are, don't touch the values", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "MobilePhone": r["mobilephone"], "MailingCity": r["city"], "MailingCountry": r["country"]}


@case("h26-10-contact-mobile-e164-constant", H, C,
      "for salesforce contacts the Mobile Phone should be the hubspot mobile number in +1 E.164 format (we assume US, "
      "but keep the country code if it's already got a +), and when there's no mobile just don't set Mobile Phone at "
      "all. also can the Contact Description always say 'Imported from HubSpot' (same text for everyone). email to "
      "the contact Email + surname to Last Name", HS6)
def _10(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Description": "Imported from HubSpot"})


@case("h26-11-contact-source-table-skip-blank", H, C,
      "skip any hubspot contact whose Original Source is blank, we can't attribute them anyway. for everybody else "
      "the salesforce Lead Source on the contact goes like this: ORGANIC_SEARCH -> Web, PAID_SEARCH -> "
      "Advertisement, PAID_SOCIAL -> Advertisement, REFERRALS -> Partner Referral, SOCIAL_MEDIA -> Word of mouth "
      "(close enough haha). email -> contact Email", HS6)
def _11(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral", "SOCIAL_MEDIA": "Word of mouth"}
    return {"Email": r["email"], "LeadSource": table[r["hs_analytics_source"]]}


@case("h26-12-contact-mailing-address-signup", H, C,
      "mailing address on the salesforce contact pls: city title-cased into Mailing City, state in upper case to "
      "Mailing State/Province, zip straight into Mailing Zip/Postal Code, and the street address copied to Mailing "
      "Street. and I'd love the contact description to be 'Customer since ' followed by the signup date (the create "
      "date, just YYYY-MM-DD). email into the contact's Email", HS6)
def _12(r: R) -> Out:
    return {"Email": r["email"], "MailingCity": title(r["city"]), "MailingState": r["state"].upper(),
            "MailingPostalCode": r["zip"], "MailingStreet": r["address"],
            "Description": f"Customer since {day(r['createdate'])}"}


@case("h26-13-contact-title-default-flags", H, C,
      "couple of flags for salesforce contacts: Do Not Call = true if the hubspot office phone number is empty "
      "(mobile doesn't count here, sales only calls office lines), false if there is one. Email Opt Out = true when "
      "hubspot's unsubscribed-from-all-email is the text true, otherwise false, and blank is false too. the contact "
      "Title is the job title but when that's empty put 'Unknown'. and the email into Email obviously", HS6)
def _13(r: R) -> Out:
    return {"Email": r["email"], "DoNotCall": blank(r["phone"]), "HasOptedOutOfEmail": hs_opted_out(r["hs_email_optout"]),
            "Title": dflt(r["jobtitle"], "Unknown")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h26-14-mc-status-from-optout", H, M,
      "mailchimp time. member email address = the hubspot email. status should be unsubscribed if they're "
      "unsubscribed from all email in hubspot (the text true) and subscribed otherwise, and I'd treat a blank as "
      "subscribed. then FNAME merge field gets the first name and LNAME gets the surname, both as-is", HS6)
def _14(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if hs_opted_out(r["hs_email_optout"]) else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h26-15-mc-tags-by-stage", H, M,
      "for the mailchimp members I want tags! everyone gets the tag shop-signup first, then if their lifecycle stage "
      "is customer add repeat-buyer, and if the stage is either marketingqualifiedlead or salesqualifiedlead add "
      "warm-lead after that. nobody gets anything else. status is always subscribed, email from the hubspot email", HS6)
def _15(r: R) -> Out:
    tags = ["shop-signup"]
    if r["lifecyclestage"] == "customer":
        tags.append("repeat-buyer")
    if r["lifecyclestage"] in ("marketingqualifiedlead", "salesqualifiedlead"):
        tags.append("warm-lead")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h26-16-mc-phone-fallback-language", H, M,
      "sms campaigns need a number so the PHONE merge field should be their mobile and if the mobile's empty fall back "
      "to the office phone number (copied as-is, no reformatting, mailchimp deals with it). language is just 'en' for "
      "everyone for now, status subscribed, email address from hubspot email", HS6)
def _16(r: R) -> Out:
    phone = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return {"email_address": r["email"], "status": "subscribed", "language": "en", "merge_fields": {"PHONE": phone}}


@case("h26-17-mc-vip-by-revenue", H, M,
      "VIP flag on the mailchimp member should be true when the contact's annual revenue is 1 million or more and "
      "false when it's less than that (empty revenue = false too, we don't know them). email address = hubspot email "
      "and status subscribed, that's it I think", HS6)
def _17(r: R) -> Out:
    v = rev(r)
    return {"email_address": r["email"], "status": "subscribed", "vip": v is not None and v >= 1_000_000}


@case("h26-18-mc-skip-optouts-fname-default", H, M,
      "skip everybody who's unsubscribed from all emails in hubspot (the text true; blank means they didn't opt out so "
      "keep those). for the rest: email address from the email, status subscribed, FNAME is the first name but if "
      "it's blank use 'there' (so the emails say Hi there lol), and the COMPANY merge field gets the company name "
      "as-is", HS6)
def _18(r: R) -> Out:
    if hs_opted_out(r["hs_email_optout"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["firstname"], "there"), "COMPANY": r["company"]}}


@case("h26-19-mc-pending-leads-only", H, M,
      "this one's for the double opt-in flow: only send contacts whose lifecycle stage is lead or subscriber, skip "
      "all the others. they should go in with status pending and one tag, from-hubspot. FNAME = first name in title "
      "case, LNAME = surname in all caps (don't ask, it's a template thing), email address = their email", HS6)
def _19(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "subscriber"):
        return None
    return {"email_address": r["email"], "status": "pending", "tags": ["from-hubspot"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": r["lastname"].upper()}}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h26-20-seg-basic-traits-first-word", H, S,
      "segment identify calls: the userId should be their email lower-cased. traits: email as it is, firstName is "
      "just the first word of the hubspot first name (some people typed a double name in there), lastName = "
      "surname, phone = office phone number as-is", HS_FW)
def _20(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": first_word(r["firstname"]), "lastName": r["lastname"],
                       "phone": r["phone"]}}


@case("h26-21-seg-company-plan", H, S,
      "for segment I'd like the company traits filled in: traits.company.name is the company name, "
      "traits.company.industry is the industry or 'Other' if it's blank, traits.company.employee_count is the number "
      "of employees as a whole number (leave it out when it's empty), and traits.company.plan should be enterprise "
      "when annual revenue is over 10 million, otherwise starter (empty revenue counts as starter). userId = the "
      "email, unchanged", HS6)
def _21(r: R) -> Out:
    v = rev(r)
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": r["company"], "industry": dflt(r["industry"], "Other"),
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"]),
                                        "plan": "enterprise" if v is not None and v > 10_000_000 else "starter"}}})


@case("h26-22-seg-address-created", H, S,
      "adress traits in segment: traits.address.street from the street address, traits.address.city from the city, "
      "traits.address.state = state, traits.address.postalCode = zip, traits.address.country = country, all plain "
      "copies. and traits.createdAt is the hubspot create date exactly as it is (full timestamp, don't cut it). userId "
      "is the email lower-cased", HS6)
def _22(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"address": {"street": r["address"], "city": r["city"], "state": r["state"],
                                   "postalCode": r["zip"], "country": r["country"]},
                       "createdAt": r["createdate"]}}


@case("h26-23-seg-username-website", H, S,
      "small one: userId = the email, traits.username = the part of the email before the @, and traits.website is "
      "the company website url but if they don't have one leave the website trait off completely", HS_LOWER)
def _23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"username": before_at(r["email"]),
                            "website": OMIT if blank(r["website"]) else r["website"]}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h26-24-ga4-generate-lead", H, G,
      "GA4 measurement protocol: client_id is always the fixed text 'crm-backfill' and user_id is the hubspot email in "
      "lower case. each contact sends one event called generate_lead with two params, lead_stage (the lifecycle stage "
      "as-is) and signup_date (the create date cut to YYYY-MM-DD)", HS6)
def _24(r: R) -> Out:
    return {"client_id": "crm-backfill", "user_id": r["email"].lower(),
            "events": [{"name": "generate_lead",
                        "params": {"lead_stage": r["lifecyclestage"], "signup_date": day(r["createdate"])}}]}


@case("h26-25-ga4-purchase-customers", H, G,
      "only send customers to GA4 (lifecycle stage exactly customer, skip everyone else). client_id = the email as it "
      "is. one event named purchase, whose params are value = annual revenue as a number and currency = USD always. "
      "no user_id needed for this one", HS6)
def _25(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"client_id": r["email"],
            "events": [{"name": "purchase", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h26-26-ga4-event-name-by-stage", H, G,
      "GA4 again, the event name depends on lifecycle stage: subscriber -> newsletter_signup, lead -> generate_lead, "
      "customer -> purchase, and any other stage -> qualify_lead. one event per contact with a country param that's "
      "just the hubspot country copied. client_id should be 'hubspot' for all of them (fixed value)", HS6)
def _26(r: R) -> Out:
    table = {"subscriber": "newsletter_signup", "lead": "generate_lead", "customer": "purchase"}
    return {"client_id": "hubspot",
            "events": [{"name": table.get(r["lifecyclestage"], "qualify_lead"), "params": {"country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h26-27-lead-to-hs-copies", L, H,
      "other direction now, salesforce leads into hubspot contacts. lead Email -> hubspot email (the match key), "
      "first name -> first name, last name -> surname (lastname), Company -> company name, the lead's Title -> job "
      "title and Phone -> phone number. straight copies, nothing fancy", SFL)
def _27(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


@case("h26-28-lead-to-hs-status-tables", L, H,
      "the lead Status should drive two things in hubspot. lifecycle stage: Open - Not Contacted -> lead, Working - "
      "Contacted -> marketingqualifiedlead, Closed - Converted -> customer, Closed - Not Converted -> other. and lead "
      "status (hs_lead_status I think?): Open - Not Contacted -> NEW, Working - Contacted -> IN_PROGRESS, Closed - "
      "Converted -> CONNECTED, Closed - Not Converted -> UNQUALIFIED. email from the lead Email", SFL5)
def _28(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
              "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "lifecyclestage": stage[r["Status"]], "hs_lead_status": status[r["Status"]]}


@case("h26-29-lead-to-hs-optout-revenue", L, H,
      "hubspot's unsubscribed from all email should be the string 'true' when the lead's Email Opt Out is ticked and "
      "the string 'false' when it isn't (defintely strings, not real booleans). annual revenue = the lead's Annual Revenue as a number, and if it's empty "
      "just don't set annual revenue at all. email from the lead email", SFL5)
def _29(r: R) -> Out:
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h26-30-lead-to-hs-uk-only-phone", L, H,
      "we're launching in the UK so for this one only leads whose country is United Kingdom, skip everybody else. "
      "their phone goes into the hubspot phone number in E.164 with the UK code (+44, so drop the leading 0), city "
      "into city and country into country as-is. email from Email", SFL5)
def _30(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"], "country": r["Country"]}


@case("h26-31-lead-to-hs-country-default-skip-converted", L, H,
      "skip leads that are already Closed - Converted (they're in hubspot already from the other sync). for the rest, "
      "country = the lead's country, or Unknown when it's blank, and the zip code comes from the lead's postal code "
      "but leave zip out if the postal code is empty. plus street -> street address and email -> email", SFL5)
def _31(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return keep({"email": r["Email"], "country": dflt(r["Country"], "Unknown"),
                 "zip": OMIT if blank(r["PostalCode"]) else r["PostalCode"], "address": r["Street"]})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h26-32-sfc-mc-basic-status", C, M,
      "salesforce contacts into mailchimp: email address is the contact's Email but lower-cased (mailchimp gets weird "
      "with caps), FNAME = first name, LNAME = last name, and status is unsubscribed if Email Opt Out is checked, "
      "subscribed if not", SFC)
def _32(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}}


@case("h26-33-sfc-mc-skip-optouts-tags", C, M,
      "leave out any salesforce contact with Email Opt Out ticked. the otehrs go in subscribed with their Email as the "
      "email address, and tags: always 'salesforce', and then also 'trade-show' if their lead source is Trade Show", SFC)
def _33(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    tags = ["salesforce"]
    if r["LeadSource"] == "Trade Show":
        tags.append("trade-show")
    return {"email_address": r["Email"], "status": "subscribed", "tags": tags}


@case("h26-34-sfc-mc-language-phone", C, M,
      "language for mailchimp from the mailing country: Germany = de, Austria = de too, anything else = en. and the "
      "PHONE merge field gets the business phone in E.164 (assume US / +1 unless it already starts with a +). email "
      "address = Email, status subscribed", SFC)
def _34(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "language": {"Germany": "de", "Austria": "de"}.get(r["MailingCountry"], "en"),
            "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("h26-35-sfc-mc-vip-department", C, M,
      "vip should be true only when the contact's Department is Sales, false for any other department or a blank one. "
      "FNAME = their first name upper-cased (yeah all caps), email address = Email and status = subscribed", SFC)
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed", "vip": r["Department"] == "Sales",
            "merge_fields": {"FNAME": r["FirstName"].upper()}}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h26-36-sfc-seg-name-title", C, S,
      "segment from salesforce contacts: userId = Email lower-cased. traits.firstName and traits.lastName from first "
      "and last name, and traits.title is the contact's Title, or 'n/a' when that's empty", SFC)
def _36(r: R) -> Out:
    return {"userId": r["Email"].lower(),
            "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": dflt(r["Title"], "n/a")}}


@case("h26-37-sfc-seg-birthday-address", C, S,
      "birthday campaign stuff! traits.birthday = the contact's Birthdate as-is, but leave the birthday trait off when "
      "it's blank. also traits.address.city from Mailing City and traits.address.country from Mailing Country. userId "
      "is just the Email unchanged", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}}})


@case("h26-38-sfc-seg-description-phone", C, S,
      "traits.description should say 'Salesforce contact from ' and then the mailing city. traits.phone = business "
      "phone in E.164 (+1 assumed, keep it if there's already a + code). userId = Email", SFC)
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"description": f"Salesforce contact from {r['MailingCity']}", "phone": e164(r["Phone"])}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h26-39-mc-hs-copies", M, H,
      "mailchimp members back into hubspot: email = the member's email address, first name from FNAME, surname from "
      "LNAME, company name from the COMPANY merge field, phone number from PHONE. basicaly just copies pls", MC)
def _39(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"], "company": mf["COMPANY"],
            "phone": mf["PHONE"]}


@case("h26-40-mc-hs-skip-cleaned-title", M, H,
      "skip members whose status is cleaned (dead addresses). the rest: email from email address, first name = FNAME "
      "in title case and surname = LNAME in title case too (liam -> Liam, WALSH -> Walsh)", MC)
def _40(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"])}


@case("h26-41-mc-hs-optout-language-phone", M, H,
      "hubspot's unsubscribed from all email should be the text 'true' when the mailchimp status is unsubscribed and "
      "the text 'false' for every other status. preferred language = the member's language. phone number = PHONE in "
      "E.164 (+1 assumed unless it starts with +) and leave the phone out if PHONE is empty. email from email address",
      MC)
def _41(r: R) -> Out:
    p = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
                 "hs_language": r["language"], "phone": OMIT if blank(p) else e164(p)})


@case("h26-42-mc-hs-website-stage-defaults", M, H,
      "last one: website url in hubspot = the bit of the email address after the @ (good enough as a company "
      "website guess). lifecycle stage = evangelist when the member is VIP, subscriber when they're not. surname is "
      "LNAME or 'Unknown' if LNAME is empty, and company name is COMPANY or 'Unknown' when that's empty. email from "
      "email address", MC)
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    e = r["email_address"]
    return {"email": e, "website": after_at(e), "lifecyclestage": "evangelist" if r["vip"] else "subscriber",
            "lastname": dflt(mf["LNAME"], "Unknown"), "company": dflt(mf["COMPANY"], "Unknown")}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set26")
