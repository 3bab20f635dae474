"""Held-out set 90 for the offline mapping drafter.

Persona: Dana, a field-marketing manager who dictates mapping requests into her phone's voice memo
app between events; each text is the raw speech-to-text transcript: fillers ("um", "so yeah"),
spoken punctuation ("quote ... unquote", "comma"), numbers said as words, self-corrections.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h90-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Dana's own.
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
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h90-01-lead-booth-copies", H, L, """\
ok so hubspot contacts into salesforce leads um just straight copies, email to email, first name to \
first name, last name, company, the job title goes into title and the mobile number goes into mobile \
phone, so yeah don't clean anything up, if something's empty in hubspot it just goes over empty like \
it is, and then lead source on every single lead is quote Web unquote, no wait, scratch that, make it \
quote Trade Show unquote cause these are all from the booth""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "MobilePhone": r["mobilephone"],
            "LeadSource": "Trade Show"}


@case("h90-02-lead-trim-defaults", H, L, """\
um so for the leads I want the email copied over exactly as is, then first name and last name but \
trimmed, like cut off any spaces at the start or the end comma people paste stuff in weird from the \
sign up sheet, company also trimmed and if there's no company at all put quote Independent unquote, \
and title is the job title just copied, but if the job title's empty put quote Unknown unquote""",
       extended(HS, hs(email="tunde.bakare@lagosgrid.ng", firstname=" Tunde", lastname="Bakare  ",
                       company="  Lagos Grid  ", jobtitle="   ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Independent").strip(), "Title": dflt(r["jobtitle"], "Unknown")}


@case("h90-03-lead-badge-caps-phone-chain", H, L, """\
right so email goes to email, first name and last name in title case, like capital first letter and \
then lower case for every word, because half of these came off the badge scanner in all caps or all \
lower, and then phone, um, use their phone number, and if that's empty use the mobile number instead, \
and if they don't have either one just don't send a phone at all, leave the field off the lead""",
       extended(HS, hs(email="noor.haddad@cedarline.io", firstname="NOOR", lastname="haddad",
                       phone="", mobilephone="")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h90-04-lead-source-table-lower", H, L, """\
ok lead source, this is off the hubspot original source thing, organic search becomes quote Web \
unquote, paid search becomes quote Advertisement unquote, referrals becomes quote Partner Referral \
unquote, and everything else, and I mean even when the original source is totally blank, is quote \
Other unquote period, oh and the email in all lower case please, that's it, just those two fields""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h90-05-lead-skip-customers-optouts", H, L, """\
so um two groups I don't want, skip anyone whose lifecycle stage is customer, they're already in \
salesforce, and also skip anyone who's unsubscribed, meaning the hubspot email opt out field says \
true, and if that opt out field is blank they count as not opted out so they stay in, for everybody \
who's left copy email, first name, last name, company and city, and lead status is always quote Open \
- Not Contacted unquote""",
       extended(HS, hs(email="oskar.lind@fjordmetrics.se", firstname="Oskar", lastname="Lind",
                       company="Fjord Metrics", city="Stockholm", country="Sweden",
                       lifecyclestage="customer", hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "City": r["city"], "Status": "Open - Not Contacted"}


@case("h90-06-lead-rating-revenue-headcount", H, L, """\
rating, ok, so if annual revenue is more than five million the rating is quote Hot unquote, if it's \
less than one million it's quote Cold unquote, anything in between is quote Warm unquote, and if \
there's no annual revenue at all, um, call it Cold too. then number of employees goes across as a \
whole number, and if number of employees is blank just leave that field off. oh and the email \
obviously""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h90-07-lead-e164-title-city", H, L, """\
the phone number needs to be in that plus format, E dot one six four, and I mean just the main phone \
field not the mobile, assume it's a US number unless it already starts with a plus, and if there's \
no phone just skip the phone field for that person. um and city in title case, so the first letter \
of each word capital and the rest lower, last name same thing, title case, plus the email as is""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164),
                 "City": title(r["city"]), "LastName": title(r["lastname"])})


@case("h90-08-lead-us-only-description-date", H, L, """\
only the ones in the united states, like the country is exactly quote United States unquote, nobody \
else goes over. email goes to email, state in all caps, and for description I want quote Created in \
HubSpot on unquote then a space and then the create date, just the date part, year dash month dash \
day, so like twenty twenty three dash oh three dash fourteen""",
       extended(HS, hs(email="rosa.delgado@mesaverde.us", firstname="Rosa", lastname="Delgado",
                       city="Santa Fe", state="nm", country="United States",
                       createdate="2024-02-20T13:15:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h90-09-contact-mailing-address", H, C, """\
hubspot into salesforce contacts this time, so, email, first name, last name, and then all the address \
stuff goes into the mailing fields, street address into mailing street comma city into mailing city \
comma state into mailing state, zip into mailing postal code and country into mailing country, just \
copy everything as is, even the blank ones go over blank""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h90-10-contact-optout-donotcall", H, C, """\
um so email, and then two checkboxes. email opt out is true when the hubspot unsubscribed from all \
email field says true and false when it says false, and if it's blank that's false too. and do not \
call is true when they have no phone number, like the phone field itself is empty, doesn't matter if \
there's a mobile, otherwise do not call is false, we only ever call the main line""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h90-11-contact-lastname-title-chain", H, C, """\
ok for contacts, email copied, last name is their last name but if that's missing use the bit of the \
email before the at sign, and title, um, use the job title, and if there's no job title use the \
industry, and if there's no industry either then quote Unknown unquote""",
       lower_emails(extended(HS, hs(email="sam.okoro@brightfield.ng", firstname="Sam", lastname="",
                                    jobtitle="", industry="Agritech"))))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": dflt(r["lastname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Unknown")}


@case("h90-12-contact-country-codes-state", H, C, """\
so mailing country should be the two letter code, United States is US, Japan is JP, Mexico is MX, \
France is FR, those are the only countries in this batch, um, mailing state comes from state in upper \
case, but if there's no state then don't send mailing state at all, and the email of course""",
       extended(HS, hs(email="owen.price@cascadegear.com", firstname="Owen", lastname="Price",
                       city="Seattle", state="wa", country="United States")))
def o12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h90-13-contact-pipeline-only-phone", H, C, """\
so only contacts where the lifecycle thing is lead, marketing qualified lead or sales qualified lead, \
no customers, no subscribers, nothing else. email in lower case, phone is their phone number or if \
that's blank the mobile number, and lead source is always quote Web unquote""",
       extended(HS, hs(email="Tomas.Novak@VltavaData.cz", firstname="Tomas", lastname="Novak",
                       company="Vltava Data", phone="", mobilephone="+420 601 555 014",
                       lifecyclestage="lead", country="Czechia", city="Prague")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


@case("h90-14-contact-trim-names-source", H, C, """\
um email trimmed, just take the spaces off the ends, first name and last name title case, and then \
lead source from the original source, so paid search and paid social are both quote Advertisement \
unquote, organic search is quote Web unquote, and anything else is quote Other unquote, and that \
includes when the original source is blank""",
       extended(HS, hs(email=" ines.moreau@galerie-sud.fr  ", firstname="INES", lastname="moreau",
                       company="Galerie Sud", hs_analytics_source="SOCIAL_MEDIA", country="France")))
def o14(r: R) -> Out:
    table = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "ORGANIC_SEARCH": "Web"}
    return {"Email": r["email"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

_NO_FIRSTNAME = {k: v for k, v in hs(email="guest.list@harborfest.org", lastname="Quinn").items() if k != "firstname"}


@case("h90-15-mc-friend-default", H, M, """\
mailchimp, so yeah, email address is the email, F name is the first name, and if they don't have a \
first name at all put quote Friend unquote so the greeting still reads ok, L name is the last name \
copied over even if it's blank, and status is subscribed for everybody""", extended(HS, _NO_FIRSTNAME))
def o15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r.get("firstname"), "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed"}


@case("h90-16-mc-three-way-status-tag", H, M, """\
status for mailchimp comes off the hubspot opt out field, if it says true they're unsubscribed, if it \
says false they're subscribed, and if it's blank put them in as pending so they get the double opt in \
email. and tag everybody with quote Spring Roadshow unquote, just that one tag. plus the email \
address obviously""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Spring Roadshow"]}


@case("h90-17-mc-big-account-customer-tags", H, M, """\
ok tags, there's two possible ones, first quote Big Account unquote if annual revenue is over three \
million, and a blank revenue doesn't count as over, and then quote Customer unquote if the lifecycle \
stage is customer, in that order, big account first. if neither one applies the tags are just an empty \
list. and the email address, that's all""",
       extended(HS, hs(email="hana.kim@seoulbyte.kr", firstname="Hana", lastname="Kim",
                       lifecyclestage="customer", annualrevenue="9000000")))
def o17(r: R) -> Out:
    tags = (["Big Account"] if gt(r["annualrevenue"], 3_000_000) else []) + \
        (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "tags": tags}


@case("h90-18-mc-first-word-mobile-first", H, M, """\
F name is only the first word of the first name, some people typed their whole name in there, and \
phone, um, take the office phone, no wait, scratch that, the mobile one first, and if there's no \
mobile then use the office phone, and either way format it E.164 assuming US unless it already has a \
plus at the front. and the email address""",
       extended(HS, hs(email="annamaria.ricci@ventoblu.com", firstname="Anna Maria", lastname="Ricci",
                       mobilephone="", phone="312 555 0165")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(dflt(r["mobilephone"], r["phone"]))}}


@case("h90-19-mc-skip-no-company-sql-vip", H, M, """\
if the company is blank skip them, don't send them to mailchimp at all, everyone else goes in as \
quote subscribed unquote with their email address, and vip is true if their lifecycle stage is sales \
qualified lead, false for every other stage""",
       extended(HS, hs(email="ravi.menon@kochi-spice.in", firstname="Ravi", lastname="Menon",
                       company="   ", lifecyclestage="lead")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] == "salesqualifiedlead"}


@case("h90-20-mc-company-tag-domain-vip", H, M, """\
so F name and L name in title case, email address as is, then tag each person with their company \
name, just the one tag, and if the company is empty use the part of the email after the at sign as \
the tag instead. and vip is true when annual revenue is more than one million, um, false otherwise, \
and no revenue means false""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 1_000_000)}


# ---------------------------------------------------------------- HubSpot -> Segment identify

@case("h90-21-seg-name-trait", H, S, """\
segment identify, user id is the email in lower case, then the traits, email as is, first name, last \
name, and a name trait that's the first name then a space then the last name, and title from the job \
title, all just copied""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"], "title": r["jobtitle"]}}


@case("h90-22-seg-company-traits", H, S, """\
user id is the email, and then the company info nested under traits company, the name is the company \
name or quote Independent unquote if it's blank, industry goes in too but leave it out if it's empty, \
and employee count is the number of employees as a whole number, um, also left out if that's blank""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h90-23-seg-address-phone-chain", H, S, """\
user id, the email. address goes under traits address, street from the street address, city, state, \
postal code from the zip, and country, and if the state is blank don't include state. then a phone \
trait in E.164, they're US numbers unless there's a plus already, so use the phone field and if \
that's empty the mobile, and if both are empty then no phone trait at all""",
       extended(HS, hs(email="lucia.ferrer@azahar.es", firstname="Lucia", lastname="Ferrer", phone="",
                       mobilephone="", address="Calle Colon 5", city="Valencia", state="", zip="46004",
                       country="Spain")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": OMIT if ph is None else e164(ph)}})


@case("h90-24-seg-clean-id-unsub-revenue", H, S, """\
user id is the email trimmed and lower case, there's some junk spaces in a few of them, title trait \
is the job title copied over, then a trait called unsubscribed that's true if the hubspot opt out \
says true and otherwise false, blank is false, and a trait annual underscore revenue with the annual \
revenue as a number, leave it out when there's no revenue""",
       extended(HS, hs(email="  Ben.Carter@OakridgeLabs.com ", firstname="Ben", lastname="Carter",
                       annualrevenue="", hs_email_optout="", jobtitle="Event Manager")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h90-25-ga4-generate-lead-signup", H, G, """\
GA4, client id is always quote hubspot-crm unquote, one event called generate underscore lead, and \
the params, company copied as is, lead source which is the original source in lower case, and if \
there's no original source leave lead source out, and signup date, that's the create date as year \
dash month dash day""", HS)
def o25(r: R) -> Out:
    params = keep({"company": r["company"],
                   "lead_source": omit_if_blank(r["hs_analytics_source"], str.lower),
                   "signup_date": day(r["createdate"])})
    return {"client_id": "hubspot-crm", "events": [{"name": "generate_lead", "params": params}]}


@case("h90-26-ga4-qualified-account", H, G, """\
only send contacts with annual revenue over five hundred thousand, no actually make that over one \
million, and blank revenue doesn't get sent, um, client id \
is the part of the email before the at, event name quote qualified_account unquote, and params, value \
is the annual revenue as a number and currency is quote USD unquote""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_account",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h90-27-ga4-purchase-or-lead", H, G, """\
client id, just use the email as it is, then the event name, if the lifecycle stage is customer it's \
purchase, for everyone else it's generate underscore lead, and one param, lead underscore source, \
which is the original source, and if that's blank put quote UNKNOWN unquote""", HS)
def o27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"lead_source": dflt(r["hs_analytics_source"], "UNKNOWN")}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h90-28-sfl-hs-plain-copies", L, H, """\
salesforce leads back into hubspot, just copies, email into email, first name, last name, company, \
title into job title, phone into phone, city into city, and if something's empty on the salesforce \
side send it empty, don't skip it""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"], "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h90-29-sfl-hs-rating-stage-optout", L, H, """\
so lifecycle stage comes from the rating, hot is sales qualified lead, warm is, um, marketing \
qualified lead, and cold is lead. and then the hubspot unsubscribed from all email field should be the \
text, like the actual word, quote true unquote when the salesforce email opt out box is checked and \
quote false unquote when it isn't. and email""", SFL)
def o29(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return {"email": r["Email"], "lifecyclestage": stage,
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h90-30-sfl-hs-status-revenue", L, H, """\
lead status in hubspot from the salesforce status, open not contacted is new, working contacted is in \
progress, closed converted is open deal, closed not converted is unqualified, you know, the all caps \
hubspot ones with the underscores. annual revenue as a number, leave it off if it's blank, and email \
in lower case""",
       extended(SFL, sfl(Email="Marta.Kowalski@VistulaTech.pl", FirstName="Marta", LastName="Kowalski",
                         Company="Vistula Tech", Status="Working - Contacted", AnnualRevenue="750000.50")))
def o30(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Status"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h90-31-sfl-hs-uk-only", L, H, """\
only the UK ones, so country is United Kingdom, everything else skip. phone in E.164 and these are UK \
numbers so drop the leading zero and put plus forty four, unless it already has a plus. zip is the \
postal code in capitals, job title from title or quote Unknown unquote if there's no title, and the \
email""",
       extended(SFL,
                sfl(Email="priya.shah@thamesgate.co.uk", FirstName="Priya", LastName="Shah", Company="Thamesgate",
                    Title="", Phone="07700 900123", Street="4 Park Row", City="Leeds", PostalCode="ls1 4ap",
                    Country="United Kingdom"),
                sfl(Email="callum.reid@firthworks.co.uk", FirstName="Callum", LastName="Reid", Company="Firthworks",
                    Title="Events Coordinator", Phone="+44 131 496 0000", Street="9 High St", City="Edinburgh",
                    PostalCode="eh1 1yz", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h90-32-sfl-hs-street-city", L, H, """\
skip the closed not converted ones. for everybody else, email, job title from title or quote TBD \
unquote when it's blank, and street address is the street, then a comma and a space, then the city, \
and if the street's empty then it's just the city on its own""",
       extended(SFL, sfl(Email="nadia.rahman@deltaweave.com", FirstName="Nadia", LastName="Rahman",
                         Company="Delta Weave", Title="", Street="", City="Austin", Status="Working - Contacted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else r["Street"] + ", " + r["City"]
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "TBD"), "address": addr}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h90-33-sfc-mc-status-booth-tag", C, M, """\
salesforce contacts into mailchimp, email address in lower case, if the email opt out box is checked \
they're unsubscribed, otherwise subscribed, and tags, everyone gets quote salesforce unquote, and if \
the lead source is trade show they also get quote Booth Scan unquote after it""", SFC)
def o33(r: R) -> Out:
    tags = ["salesforce"] + (["Booth Scan"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h90-34-sfc-mc-dept-phone-language", C, M, """\
skip anybody with no department. for the rest, email address, phone in E.164, um, they're US numbers \
unless they start with a plus, and language from the mailing country, Germany is de, Austria is also \
de, United States is en""",
       extended(SFC, sfc(Email="maya.chen@pugetworks.com", FirstName="Maya", LastName="Chen",
                         Department="Marketing", Phone="206-555-0133", MailingCity="Seattle",
                         MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h90-35-sfc-mc-guest-vip", C, M, """\
F name is the first name, or quote Guest unquote if there isn't one, L name copied straight, email \
address copied, vip is true only when the lead source is exactly trade show, a blank lead source is \
not vip, so false, and status subscribed for all of them""",
       extended(SFC, sfc(Email="jonas.berg@nordkap.no", FirstName="", LastName="Berg",
                         LeadSource="Trade Show", MailingCountry="Norway")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Guest"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h90-36-sfc-mc-dach-pending", C, M, """\
only contacts in germany or austria, going by the mailing country. email address, F name, L name, \
and phone copied exactly, then status is subscribed, no wait, pending, we do double opt in for \
those, and language is de, and tags should be an empty list, we don't want anything carried over there""",
       extended(SFC, sfc(Email="katrin.vogel@spreewerk.de", FirstName="Katrin", LastName="Vogel",
                         Phone="+49 30 5555 0123", MailingCity="Berlin", MailingCountry="Germany")))
def o36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "status": "pending", "language": "de", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h90-37-sfc-seg-omit-title-birthday", C, S, """\
user id is the email in lower case, then traits, email, first name and last name just copied, and \
title and birthday too, but if either of those two is empty just don't include it""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h90-38-sfc-seg-address-default-country", C, S, """\
so user id is the email with the spaces trimmed off, then under traits address, city is the mailing \
city, also trimmed, and country is the mailing country, and if there's no country say quote United \
States unquote""",
       extended(SFC, sfc(Email="  nia.owens@summitpeak.com ", FirstName="Nia", LastName="Owens",
                         MailingCity="  Denver ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"].strip(),
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "United States")}}}


@case("h90-39-sfc-seg-phone-name-channel", C, S, """\
user id is the email, then a phone trait in E.164, assume US, a name trait that's first name space \
last name, and a trait called channel off the lead source, web is quote inbound unquote, trade show is \
quote event unquote, and anything else, including blank, is quote other unquote""", SFC)
def o39(r: R) -> Out:
    channel = {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]),
                                             "name": r["FirstName"] + " " + r["LastName"],
                                             "channel": channel}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h90-40-mc-hs-names-language-optout", M, H, """\
mailchimp into hubspot, email as is, first name and last name in title case from F name and L name, \
if L name is blank leave last name off, preferred language from the language field and if that's \
blank put en, and the unsubscribed from all email field as the text true when the status is \
unsubscribed and the text false for anything else""",
       extended(MC, mc({"FNAME": "NORA", "LNAME": "berg", "PHONE": ""}, email_address="nora.berg@fjellkaffe.no",
                       language="")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h90-41-mc-hs-skip-cleaned-vip", M, H, """\
skip cleaned members. for everyone else, email, first name from F name copied, phone in E.164, US \
unless there's a plus, um, and leave phone off if there's no phone, and lifecycle stage is customer \
if they're VIP, lead if they're not""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return keep({"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"],
                 "phone": omit_if_blank(r["merge_fields"]["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h90-42-mc-hs-first-word-domain-tag", M, H, """\
first name is just the first word of F name, company is the company merge field, or if that's blank \
the part of the email after the at sign, lifecycle stage is customer if they've got the Customer tag, \
otherwise subscriber, and the email""",
       extended(MC, mc({"FNAME": "Ana Lucia", "LNAME": "Reyes", "PHONE": "", "COMPANY": ""},
                       email_address="ana.reyes@cafetal.co", tags=["Webinar", "Customer"], language="es")))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]), "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber",
            "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set90")
