"""Held-out set 88 for the offline mapping drafter.

Persona: Dana, a busy marketing director who dictates every sync request as a voice note; each
text is the raw speech-to-text transcript: run-on sentences, fillers, spoken punctuation and
numbers, and the odd self-correction (the later words win).

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h88-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: the brief's fixed table, authoring.RULE_KINDS.
"""
from __future__ import annotations

from pathlib import Path

from authoring import (
    C,
    Case,
    G,
    H,
    L,
    M,
    Out,
    R,
    S,
    build,
    collector,
    dflt,
    extended,
    first_filled,
    gt,
    hs,
    lower_emails,
    mc,
    omit_if_blank,
    rev,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def said(s: str) -> str:
    """A transcript is one run of speech: the line breaks below are only for the source file."""
    return " ".join(s.split())


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h88-01-lead-copies-partner-source", H, L, said("""
okay so um this is HubSpot contacts going into Salesforce as leads basically just bring over the email
first name last name company and their job title, job title goes in the lead's title field, and if any of
those are empty in HubSpot that's totally fine just send them over empty don't fill anything in. okay next
thing lead source, set it to Web for everybody, actually no make it Partner, Partner on all of them. so yeah
that's email names company title and lead source Partner
"""), HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Partner"}


@case("h88-02-lead-trim-names-defaults", H, L, said("""
um HubSpot to Salesforce leads again so email straight across as is, first name and last name need trimming
because people typed spaces in front of or after their names so like just cut the spaces off the ends. okay
next thing company, if the company is empty or it's only spaces put Unknown with a capital U, and job title
goes into the title field and if that's empty put N slash A, capital N capital A, and city just copied over
like it is. so that's email names company title and city
"""), extended(HS, hs(email="sam.ortiz@ridgewayfarms.com", firstname="  Sam", lastname="Ortiz  ", company="   ",
                      jobtitle="Buyer", city="Fresno")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "N/A"), "City": r["city"]}


@case("h88-03-lead-phone-fallback-proper-case", H, L, said("""
next one um HubSpot contacts to Salesforce leads, email as is, first name and last name in proper case you
know capital first letter and the rest lowercase because we've got people in all caps and people in all
lowercase, and for phone basically take the office phone and if that's empty take the mobile and if they
have neither then don't send a phone at all just leave the field off, and don't reformat the numbers just
whatever's typed in there
"""), extended(HS, hs(email="tom.baker@oakhillcider.com", firstname="TOM", lastname="baker", phone="",
                      mobilephone="")))
def _03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h88-04-lead-source-table-other", H, L, said("""
okay lead source mapping for HubSpot into Salesforce leads, so the lead source comes from HubSpot's original
source, organic search becomes Web, paid search and paid social both become Advertisement, referrals become
Partner Referral, no wait, External Referral, referrals are External Referral, and anything else including
when the original source is blank just goes in as Other. oh and the email, lowercase it please the whole
thing. so email and lead source that's it
"""), extended(HS, hs(email="Nora.Quinn@Bayfield.com", firstname="Nora", lastname="Quinn",
                      hs_analytics_source="EMAIL_MARKETING")))
def _04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h88-05-lead-skip-customers-optouts", H, L, said("""
HubSpot into Salesforce leads um there's two groups I don't want sent over. first anyone who's already a
customer like lifecycle stage customer, skip them. second anyone who's unsubscribed from all email and I mean
that field is actually true, if it's false or blank they're fine send them. everyone else goes over with
email first name last name and company just copied over and um put the rating as Warm for all of them
"""), extended(HS, hs(email="ben.carter@millbrookdairy.com", firstname="Ben", lastname="Carter", company="Millbrook Dairy",
                      lifecyclestage="customer", hs_email_optout="false")))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Rating": "Warm"}


@case("h88-06-lead-rating-by-revenue-employees", H, L, said("""
so for the lead rating um go off annual revenue, more than five million is Hot, less than one million is
Cold, anything in between is Warm, and if there's no revenue at all that counts as Cold too. okay next thing
employees, take the number of employees from HubSpot and put it in the employees field as a whole number, if
it's empty just leave employees off. and the email obviously as is. this is HubSpot contacts to Salesforce
leads by the way
"""), HS)
def _06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h88-07-lead-phone-e164-city-title", H, L, said("""
okay phones for HubSpot contacts into Salesforce leads, the lead phone has to be E 164 so plus sign country
code and the digits nothing else, if a number doesn't have a country code it's a US one so plus one, if it
already starts with a plus it keeps its own code, and if the phone is empty then don't send phone at all. um
also city in title case, every word capital first letter rest lowercase, some of them are typed all
lowercase. and email as is
"""), HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h88-08-lead-pipeline-stages-description", H, L, said("""
so um only send leads, I mean only send the HubSpot contacts whose lifecycle stage is lead or marketing
qualified lead or sales qualified lead, nobody else goes into Salesforce leads. country in all caps. and for
the description I want the words Created in HubSpot on, capital C, then a space, then the day they were
created in HubSpot, just the date part year dash month dash day no time. email as is. so yeah filter email
country and description
"""), HS)
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Country": r["country"].upper(),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h88-09-contact-mailing-address", H, C, said("""
HubSpot contacts into Salesforce contacts um so the address stuff goes into the mailing address on the
contact, street address into mailing street, city into mailing city, state into mailing state, zip into
mailing zip, country into mailing country, all copied straight over no changes, and if somebody has no state
or whatever it just goes over blank that's fine. plus the email of course
"""), HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h88-10-contact-optout-donotcall-flags", H, C, said("""
okay two checkboxes on the Salesforce contact coming from HubSpot. email opt out is true when HubSpot's
unsubscribed from all email says true, and when it says false or it's just empty then email opt out is
false. and do not call, um, tick that one, true, when they have no office phone, like the phone field is
blank, otherwise do not call is false, we don't care about the mobile here. and the email copied
"""), HS)
def _10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h88-11-contact-phone-chain-email-handle", H, C, said("""
um HubSpot to Salesforce contacts, the contact's phone should be their office phone and if there's no office
phone use their mobile number instead, as typed no formatting. and put their email handle in the
description, the bit before the at sign, so for like kenji dot tanaka at sakura dash robotics dot jp the
description is just kenji dot tanaka. email across as is
"""), lower_emails(HS))
def _11(r: R) -> Out:
    return {"Email": r["email"], "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": before_at(r["email"])}


@case("h88-12-contact-department-by-stage-state", H, C, said("""
Salesforce contacts from HubSpot, department comes from the lifecycle stage, subscribers leads and marketing
qualified leads all go to Marketing, sales qualified leads go to Sales, and customers go to Account
Management, no sorry, Customer Success, customers are Customer Success. those are the only stages in there
right now. okay next thing state into the mailing state in capital letters and if there's no state don't
send mailing state at all. and email
"""), extended(HS, hs(email="owen.price@harborlane.com", firstname="Owen", lastname="Price", lifecyclestage="lead",
                      city="Albany", state="ny")))
def _12(r: R) -> Out:
    table = {"subscriber": "Marketing", "lead": "Marketing", "marketingqualifiedlead": "Marketing",
             "salesqualifiedlead": "Sales", "customer": "Customer Success"}
    return keep({"Email": r["email"], "Department": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h88-13-contact-mql-sql-mobile-first", H, C, said("""
um only the marketing qualified leads and sales qualified leads go into Salesforce contacts, skip every other
stage. email all lowercase. and the mobile phone field, hmm no, I want it in the regular phone on the
contact, the business phone, put their mobile number there and if they don't have a mobile use their office
phone. department just Marketing for all of them
"""), extended(HS, hs(email="Rita.Moreno@Sunvale.com", firstname="Rita", lastname="Moreno",
                      lifecyclestage="salesqualifiedlead", phone="(213) 555-0175", mobilephone="(213) 555-0176"),
               hs(email="Kyle.Ng@Bramble.io", firstname="Kyle", lastname="Ng", lifecyclestage="opportunity")))
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "Department": "Marketing"}


@case("h88-14-contact-names-title-source-web", H, C, said("""
HubSpot to Salesforce contacts, first and last name in proper case like capital letter then lowercase. job
title into title but trim the spaces off the start and end, some have extra spaces. okay next thing lead
source, paid search and paid social are Advertisement, referrals are Partner Referral and everything else is
Web, and that includes a blank original source, blank is Web too. and the email
"""), extended(HS, hs(email="ana.lopez@verdemesa.com", firstname="ANA", lastname="lopez", jobtitle="  Buyer  ",
                      hs_analytics_source="DIRECT_TRAFFIC")))
def _14(r: R) -> Out:
    table = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp member

@case("h88-15-mc-names-subscribed-language", H, M, said("""
Mailchimp from HubSpot um email address, first name and last name into the first name and last name merge
fields, status subscribed for everybody, and the language, use their preferred language from HubSpot but most
people don't even have that field so when it's missing put en, e n, lowercase, for English
"""), extended(HS, hs(email="lea.martin@boulangerie-lune.fr", firstname="Léa", lastname="Martin", hs_language="fr")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h88-16-mc-three-way-status-import-tag", H, M, said("""
okay the Mailchimp status from HubSpot, if unsubscribed from all email is true they go in unsubscribed, if
it's false they go in subscribed, and if it's empty make them pending so they get the confirm email. and tag
everybody with hubspot dash import, all lowercase, one tag. email address obviously
"""), HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-import"]}


@case("h88-17-mc-big-account-customer-tags", H, M, said("""
tags in Mailchimp um there's two possible tags, if annual revenue is more than a million give them Big
Account, capital B capital A, and if their lifecycle stage is customer give them Customer, if they get both
it's Big Account first then Customer, and if neither the tags are just an empty list. blank revenue doesn't
get Big Account. and the email address. that's HubSpot into Mailchimp
"""), HS)
def _17(r: R) -> Out:
    tags = (["Big Account"] if gt(r["annualrevenue"], 1_000_000) else []) + \
        (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h88-18-mc-first-word-phone-e164", H, M, said("""
for Mailchimp the first name merge field should only have the first word of their HubSpot first name, so
Mary Ellen becomes just Mary. okay next thing the phone merge field, office phone in E 164, US numbers get
plus one and anything that already starts with a plus keeps its own code, and if there's no office phone use
their mobile instead, same formatting. email address same as HubSpot
"""), extended(HS, hs(email="mary.ellen.shaw@crestlinegroup.com", firstname="Mary Ellen", lastname="Shaw",
                      phone="(303) 555-0110", mobilephone="")))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h88-19-mc-skip-no-company-vip", H, M, said("""
HubSpot into Mailchimp um skip anyone with no company name, they don't get sent. everyone else status
subscribed. and VIP, VIP is true if their lifecycle stage is customer or sales qualified lead, otherwise
false. and the email address
"""), extended(HS, hs(email="grace.lin@tealharbor.com", firstname="Grace", lastname="Lin", company="Teal Harbor",
                      lifecyclestage="customer")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "salesqualifiedlead")}


@case("h88-20-mc-proper-names-company-tag-vip", H, M, said("""
okay Mailchimp, first name and last name merge fields in proper case, capital then lowercase. tag each member
with their company name and if they don't have a company tag them with their email domain instead, the part
after the at sign, like fiestafoods dot mx. um VIP is true when annual revenue is over three million, under
that or no revenue at all is false. email address as is
"""), lower_emails(HS))
def _20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["annualrevenue"], 3_000_000)}


# ------------------------------------------------------------------ HubSpot -> Segment identify

@case("h88-21-seg-lower-id-full-name", H, S, said("""
Segment identify calls from HubSpot, the user ID is their email all lowercase. then the traits, email just as
it is in HubSpot, first name, last name, job title as title, copied as they are even if empty, and a full
name trait that's first name space last name, exactly like they're typed no fixing the caps
"""), HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": r["firstname"] + " " + r["lastname"]}}


@case("h88-22-seg-company-traits", H, S, said("""
Segment um user ID is the email as is. then the company traits, the nested company part, we want name,
industry and employee count. name is their company but if there's no company leave name out. industry, if
it's empty put Unknown, actually no, make it Other. employee count as a whole number and also leave it out if
there's no number. so yeah just those under company
"""), HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]),
                                        "industry": dflt(r["industry"], "Other"),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h88-23-seg-address-phone-fallback", H, S, said("""
Segment from HubSpot, user ID is the email. address traits, street from the street address, city, state,
postal code from the zip, and country, and if state is empty don't include state. okay next thing phone trait
in E 164, US plus one by default unless it already starts with a plus then keep that, use the office phone
and if that's blank the mobile, and if both are blank no phone trait at all
"""), extended(HS, hs(email="lucas.ferreira@quintaverde.com", firstname="Lucas", lastname="Ferreira", phone="",
                      mobilephone="", address="77 Vine St", city="Napa", state="", zip="94559")))
def _23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h88-24-seg-clean-id-unsubscribed-revenue", H, S, said("""
okay Segment um user ID is the email but trimmed, no spaces on either end, and lowercased. title trait is
the job title copied. then a trait called unsubscribed that's true or false, true when HubSpot's unsubscribed
from all email is true and false when it's false or blank. and a revenue trait, annual revenue as a number, if
there's no revenue skip that trait
"""), extended(HS, hs(email="  Nina.Patel@Lakeshore.com ", firstname="Nina", lastname="Patel", jobtitle="Designer",
                      annualrevenue="650000", hs_email_optout="false")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "revenue": omit_if_blank(r["annualrevenue"], num)}})


# ----------------------------------------------------------------------- HubSpot -> GA4 events

@case("h88-25-ga4-sign-up-event", H, G, said("""
GA4, um, every HubSpot contact sends one event, client ID is crm dash sync, event name is sign underscore up.
parameters, company copied as is, a source parameter with the original source in lowercase and if the source
is blank just send an empty string, and signup underscore date which is the create date year dash month dash
day no time
"""), HS)
def _25(r: R) -> Out:
    return {"client_id": "crm-sync",
            "events": [{"name": "sign_up",
                        "params": {"company": r["company"], "source": r["hs_analytics_source"].lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h88-26-ga4-high-value-over-million", H, G, said("""
okay GA4 only for contacts with annual revenue over one million, if revenue's blank skip them. client ID is
the first part of their email, the part before the at sign. event name high underscore value underscore
lead. parameters value which is the annual revenue as a number and currency which is USD
"""), lower_emails(HS))
def _26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h88-27-ga4-customer-or-lead-event", H, G, said("""
GA4 event for every contact, client ID is just their email copied over. event name is generate underscore
lead, no wait, only for non customers, if lifecycle stage is customer it's close underscore convert
underscore lead, everyone else generate underscore lead. and a parameter lead underscore source with the
original source, if that's empty put UNKNOWN all caps
"""), HS)
def _27(r: R) -> Out:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"lead_source": dflt(r["hs_analytics_source"], "UNKNOWN")}}]}


# ------------------------------------------------------------------ Salesforce Lead -> HubSpot

@case("h88-28-hs-from-lead-straight-copy", L, H, said("""
Salesforce leads into HubSpot contacts, straight copy nothing fancy, email, first name, last name, company,
title into job title, phone, city and the postal code into zip. blanks stay blank just copy whatever's there.
so that's eight fields
"""), SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"]}


@case("h88-29-hs-lead-status-optout-text", L, H, said("""
okay Salesforce leads to HubSpot, lead status in HubSpot comes from the Salesforce lead status, open not
contacted is New, working contacted is In Progress, closed converted is Open Deal, closed not converted is
Unqualified, use the normal HubSpot lead status values, those four cover everything. and unsubscribed from all
email is the text true or false, true if they opted out of email in Salesforce, false if not. plus email
"""), SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h88-30-hs-stage-from-rating-revenue", L, H, said("""
um HubSpot lifecycle stage from the Salesforce rating, Hot is sales qualified lead, Warm is marketing
qualified lead, Cold is just lead, there's only those three. okay next thing annual revenue as a number and if
there isn't any leave it out. and the email in lowercase
"""), extended(SFL, sfl(Email="Marta.Kowalska@Vistula.pl", FirstName="Marta", LastName="Kowalska", Company="Vistula",
                        Rating="Warm", AnnualRevenue="750000.50")))
def _30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h88-31-hs-uk-leads-only", L, H, said("""
Salesforce leads into HubSpot but only UK ones, country United Kingdom, nobody else. phone in E 164 with the UK
code, drop the leading zero and put plus four four in front. postcode into zip in capitals. job title from
title and if it's blank put Unknown. and email. so UK only, email phone zip job title
"""), extended(SFL, sfl(Email="harriet.cole@fenwickmills.co.uk", FirstName="Harriet", LastName="Cole",
                        Company="Fenwick Mills", Title="", Phone="0161 496 0018", Street="4 Mill Rd",
                        City="Manchester", PostalCode="m1 1ae", Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h88-32-hs-street-city-address", L, H, said("""
leads into HubSpot except closed not converted, skip those ones. job title from title and if there's no title
put Unknown. okay next thing street address in HubSpot is the street then comma space then the city, like 200
Lake St comma Chicago, and if there's no street just the city on its own no comma. and the email of course
"""), extended(SFL, sfl(Email="wanjiru.kamau@savannahtech.co.ke", FirstName="Wanjiru", LastName="Kamau",
                        Company="Savannah Tech", Title="Analyst", Street="", City="Nairobi",
                        Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h88-33-mc-optout-status-events-tag", C, M, said("""
Salesforce contacts into Mailchimp, email address lowercase. status is unsubscribed if they've got email opt
out ticked, otherwise subscribed. tag everyone salesforce lowercase, and if their lead source is Trade Show add
a second tag events, also lowercase, after the salesforce one
"""), SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["events"] if r["LeadSource"] == "Trade Show" else [])}


@case("h88-34-mc-department-only-language", C, M, said("""
Salesforce contacts to Mailchimp um skip anyone with no department, if department's empty don't send them.
the phone merge field in E 164, US plus one unless it already has a plus then keep it. language from the
mailing country, Germany is d e, Austria d e as well, United States e n, those are the only countries we have.
and email address as is
"""), extended(SFC, sfc(Email="mia.chen@harborviewtea.com", FirstName="Mia", LastName="Chen", Department="Marketing",
                        Phone="415-555-0166", MailingCity="San Diego", MailingCountry="United States")))
def _34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h88-35-mc-friend-default-trade-show-vip", C, M, said("""
Mailchimp from Salesforce contacts, first name merge field from first name and if it's empty put Customer,
actually no, put Friend, so the emails say hi Friend. last name copied. VIP only when lead source is Trade
Show, anything else including no lead source is not VIP. status subscribed for everyone. email address
"""), extended(SFC, sfc(Email="info@kestrelbikes.com", FirstName="", LastName="Kestrel", LeadSource="Trade Show")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h88-36-mc-not-opted-out-pending", C, M, said("""
okay only contacts who have not opted out of email, the email opt out box is not ticked. email address,
first and last name merge fields copied, status pending, email type H T M L lowercase, and tags an empty
list, no tags at all
"""), SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "email_type": "html", "tags": []}


# ---------------------------------------------------------- Salesforce Contact -> Segment

@case("h88-37-seg-contact-lower-id-title", C, S, said("""
Segment from Salesforce contacts, user ID is the email lowercased. traits email exactly like it is in
Salesforce, first name and last name copied. title trait from their title, but if the title is empty don't
send a title trait
"""), SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h88-38-seg-contact-city-country", C, S, said("""
Segment identify um user ID is the email as is. address traits, city from the mailing city but trim spaces
off the ends, and country from the mailing country and if that's empty put United States. just those two in
the address
"""), extended(SFC, sfc(Email="noah.kim@ridgelinecycles.com", FirstName="Noah", LastName="Kim", MailingCity="  Denver ",
                        MailingCountry="")))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "United States")}}}


@case("h88-39-seg-contact-phone-name-channel", C, S, said("""
Segment from Salesforce contacts, user ID the email. phone trait E 164, US numbers get plus one, if it starts
with a plus keep it. name trait first name space last name. and a channel trait from lead source, Web is
digital, sorry, Web is online, Trade Show is events, anything else or blank is other, all lowercase. so phone
name channel
"""), SFC)
def _39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"], "channel": channel}}


# ------------------------------------------------------------------- Mailchimp -> HubSpot

@case("h88-40-hs-from-mc-proper-case-optout", M, H, said("""
Mailchimp members into HubSpot, email from the email address. first name and last name in proper case, if
last name is blank it stays blank. phone only if they have one, otherwise leave phone off. company from the
company merge field and if it's empty put Unknown. unsubscribed from all email is the text true when their
Mailchimp status is unsubscribed and the text false for any other status
"""), MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h88-41-hs-from-mc-skip-cleaned-vip-stage", M, H, said("""
Mailchimp to HubSpot um skip the cleaned members. phone in E 164, US plus one unless it already has a plus,
and if there's no phone leave it off. first name copied. okay next thing VIP members get lifecycle stage
evangelist, no sorry, customer, VIPs are customer, everyone else lead. and email
"""), MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "firstname": mf["FNAME"],
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h88-42-hs-from-mc-first-word-domain-tag", M, H, said("""
Mailchimp into HubSpot, first name is only the first word of their first name merge field. company from
company and if it's empty use the email domain, the part after the at sign. lifecycle stage customer if they
have the Customer tag, otherwise subscriber. email from email address
"""), extended(MC, mc({"FNAME": "Mary Jo", "LNAME": "Baker", "PHONE": "", "COMPANY": "Lakeview Inn"},
                      email_address="mary.jo.baker@lakeviewinn.com", tags=["Webinar", "Customer"], language="en")))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set88")
