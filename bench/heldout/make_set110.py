"""Held-out set 110 for the offline mapping drafter.

Persona: Darlene Pruitt, marketing coordinator at a Houston (Texas) real-estate brokerage. She types
each request as one long run-on paragraph with hardly any punctuation and never a list, in a folksy
Texan register ('y'all', 'fixin to', 'reckon', 'holler if', 'ain't'), and names fields loosely by
what she sees on screen (HubSpot labels like 'Unsubscribed from all email' or 'Original Source',
Salesforce labels like 'Email Opt Out' or 'Business Phone', Mailchimp merge tags like FNAME, and the
odd API value such as ORGANIC_SEARCH copied off a report).

Pair distribution (42 cases):
  hubspot.contacts   -> salesforce.Lead     8  (01-08)
  hubspot.contacts   -> salesforce.Contact  6  (09-14)
  hubspot.contacts   -> mailchimp.members   6  (15-20)
  hubspot.contacts   -> segment.identify    4  (21-24)
  hubspot.contacts   -> ga4.events          3  (25-27)
  salesforce.Lead    -> hubspot.contacts    5  (28-32)
  salesforce.Contact -> mailchimp.members   4  (33-36)
  salesforce.Contact -> segment.identify    3  (37-39)
  mailchimp.members  -> hubspot.contacts    3  (40-42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is the persona's own.
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
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def _without(rec: R, *keys: str) -> R:
    """A record with some fields absent altogether (not just empty)."""
    return {k: v for k, v in rec.items() if k not in keys}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h110-01-straight-copies-web-source", H, L, """\
ok so what I need is for our hubspot contacts to go over to salesforce as leads and the email goes in Email and then the first name and last name same thing just copy em straight into First Name and Last Name and the company name goes in Company and the job title goes in Title and if any of them are empty over in hubspot that's fine just let it come over empty don't go puttin nothin in there for me and then every single one of these leads needs Lead Source set to Web no matter what thanks y'all""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h110-02-unknown-company-trim-first", H, L, """\
hey y'all I'm fixin to push our hubspot contacts into salesforce leads so here's how I want it the email goes straight into Email and the last name goes into Last Name just like it is but the first name has got extra spaces on the front and back sometimes from when the agents type em in on their phones so trim them spaces off before it goes in First Name and then Company comes from the company name and if there ain't no company just put Unknown and Title comes from the job title and if that's blank put Not Provided holler if that don't make sense""",
      extended(HS,
               hs(email="bobbyray.jones@bayoucityhomes.com", firstname="  Bobby Ray  ", lastname="Jones",
                  company="   ", jobtitle="Broker Associate"),
               hs(email="carla.nunez@sugarlandliving.com", firstname="Carla ", lastname="Nunez",
                  company="Sugar Land Living", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"].strip(),
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h110-03-phone-then-mobile-proper-case", H, L, """\
ok so this one's hubspot contacts over to salesforce leads and the email just goes in Email and I need the first name and last name and city fixed up so the first letter of each word is a capital and the rest is lowercase cause some folks type in all caps and some type in all little letters and it looks plum awful on the lead screen so like GARCIA ought to come out Garcia and monterrey ought to be Monterrey and them go in First Name and Last Name and City and then for Phone on the lead use their phone number and if that's empty use the mobile phone number instead and if they ain't got either one then just leave Phone off the lead entirely I don't want it sent over empty""",
      extended(HS,
               hs(email="travis.boone@pearlandhomes.com", firstname="TRAVIS", lastname="boone", city="pearland",
                  phone="", mobilephone="")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h110-04-original-source-to-lead-source", H, L, """\
need our hubspot contacts goin over to salesforce leads and I want the email made all lowercase before it goes in Email cause some of em come in with capital letters and that messes up the dupe checking something fierce and then Lead Source gets set off of the Original Source in hubspot like this ORGANIC_SEARCH is Web and PAID_SEARCH and PAID_SOCIAL are both Advertisement and REFERRALS is External Referral and anything else at all or if Original Source is blank then just put Other and oh bring the last name over into Last Name like it is too""", HS)
def o04(r: R) -> Out:
    src = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LeadSource": src.get(r["hs_analytics_source"], "Other"),
            "LastName": r["lastname"]}


@case("h110-05-skip-customers-and-japan", H, L, """\
alright y'all this one's hubspot to salesforce leads but I don't want every contact goin over so skip anybody whose lifecycle stage is customer cause they already closed with us and also skip anybody whose Country/Region says Japan we don't do nothin over there and for everybody else that's left the email goes into Email and first name into First Name and last name into Last Name and the company name into Company just straight copies and then set Lead Status to Open - Not Contacted on every last one of em""", HS)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Japan":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h110-06-rating-by-revenue-employees", H, L, """\
so for hubspot contacts to salesforce leads I want Email to be their email and then I want the Rating picked off the annual revenue if annual revenue is more than 5 million that's Hot and if it's less than 1 million that's Cold and anything in between them two is Warm and if there ain't no annual revenue filled in at all then I reckon call it Cold too and then the number of employees needs to go in Employees as a whole number and if number of employees is blank just leave Employees off don't send nothin for it""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None else "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h110-07-e164-phone-proper-names", H, L, """\
ok next one is hubspot contacts to salesforce leads and the email goes in Email and I need First Name and Last Name to come over in proper case meaning first letter a capital and the rest little letters on every word and the phone number needs to go in Phone in that E.164 format with the plus sign these are mostly US numbers so if it don't already start with a + put +1 on the front and then just the digits no dashes or parentheses or dots and if it's already got a + on it keep whatever country code it has and if the phone number's blank then leave Phone off altogether""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h110-08-us-only-signed-up-on", H, L, """\
I only want the hubspot contacts where Country/Region is United States to go over to salesforce as leads nobody else and for those the email goes in Email and the last name goes in Last Name but in ALL CAPS and the company name goes in Company as is and then in the Description I want it to say Signed up on and then the date they got created in hubspot wrote like 2023-03-14 so the whole thing reads Signed up on 2023-03-14 just the date no time on it""", HS)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Company": r["company"],
            "Description": "Signed up on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h110-09-mailing-address-copies", H, C, """\
ok so this is hubspot contacts over to salesforce contacts and I need all the address stuff to land in the mailing address fields so street address goes in Mailing Street and city goes in Mailing City and state/region goes in Mailing State/Province and postal code goes in Mailing Zip/Postal Code and country/region goes in Mailing Country and the email goes in Email of course just copy it all straight across and if something's empty in hubspot let it come over empty that's fine by me""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h110-10-opt-out-and-do-not-call", H, C, """\
hubspot contacts to salesforce contacts the email goes in Email and then I got two checkboxes I need set Email Opt Out should be checked meaning true when Unsubscribed from all email says true in hubspot and unchecked meaning false when it says false or when it's blank and then Do Not Call should be true when they ain't got a phone number meaning the Phone Number field in hubspot is empty I don't care about the mobile for this one and false when there is a phone number""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h110-11-first-name-from-email-title-chain", H, C, """\
hubspot contacts goin into salesforce contacts the email goes into Email and the last name into Last Name straight and First Name comes from the first name but if that's empty use the front part of their email address the bit before the @ sign and for Title use the job title and if job title's empty use the industry and if that's empty too just put Contact""",
      extended(lower_emails(HS),
               hs(email="tammy.lynn@bayoucityhomes.com", firstname="", lastname="Lynn", jobtitle="",
                  industry="Real Estate")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": first_filled(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Contact")}


@case("h110-12-stage-description-upper-title", H, C, """\
ok for hubspot contacts to salesforce contacts the email goes in Email and the job title goes in Title but make it all uppercase and if job title's blank don't send Title at all just leave it off and then in Contact Description I want the lifecycle stage spelled out plain so subscriber is Newsletter Only and lead is New Lead and marketingqualifiedlead is Warm Lead and salesqualifiedlead is Hot Lead and customer is Past Client""", HS)
def o12(r: R) -> Out:
    stage = {"subscriber": "Newsletter Only", "lead": "New Lead", "marketingqualifiedlead": "Warm Lead",
             "salesqualifiedlead": "Hot Lead", "customer": "Past Client"}
    return keep({"Email": r["email"], "Title": omit_if_blank(r["jobtitle"], str.upper),
                 "Description": stage[r["lifecyclestage"]]})


@case("h110-13-company-filled-mobile-first", H, C, """\
for hubspot contacts into salesforce contacts I only want the ones that have a company name filled in if the company's empty skip em and then Email gets their email but all lowercase and Mobile Phone gets the mobile phone number and if that's empty use their regular phone number instead and Lead Source is just Web on every one of em""", HS)
def o13(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Web"}


@case("h110-14-trim-title-proper-names-source", H, C, """\
so this here is hubspot contacts to salesforce contacts and the email goes in Email like it is and the first name and last name need to be capitalized proper first letter big and the rest small on each word into First Name and Last Name and the job title goes in Title but trim the spaces off the front and the back of it and then Lead Source comes off the Original Source where ORGANIC_SEARCH means Web and REFERRALS means Word of mouth and everything else including when it's blank is Other""",
      extended(HS,
               hs(email="waylon.briggs@katyhomes.com", firstname="WAYLON", lastname="briggs",
                  jobtitle="  Listing Agent  ", hs_analytics_source="DIRECT_TRAFFIC")))
def o14(r: R) -> Out:
    src = {"ORGANIC_SEARCH": "Web", "REFERRALS": "Word of mouth"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": src.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h110-15-neighbor-when-no-first-name", H, M, """\
hubspot contacts over to our mailchimp audience the email goes in Email Address and the first name goes to the First Name merge field FNAME and if a contact ain't got a first name at all whether it's blank or the field ain't even there on the record then put Neighbor and the last name goes in LNAME and the phone number goes in PHONE them two just straight copies even if they're blank and the status is subscribed for everybody""",
      extended(HS,
               _without(hs(email="lupe.alvarez@heightsrealty.com", lastname="Alvarez", phone="713-555-0121"),
                        "firstname")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r.get("firstname"), "Neighbor"), "LNAME": r["lastname"],
                             "PHONE": r["phone"]}}


@case("h110-16-status-off-unsubscribed", H, M, """\
hubspot to mailchimp members please the email goes in Email Address and the first name goes in FNAME and the status depends on Unsubscribed from all email over in hubspot if it says true they're unsubscribed and if it says false they're subscribed and if it's blank make em pending so they get the confirm email and tag every one of em HubSpot Import""", HS)
def o16(r: R) -> Out:
    status = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": status,
            "tags": ["HubSpot Import"]}


@case("h110-17-big-fish-past-client-tags", H, M, """\
for hubspot contacts goin to mailchimp put the email in Email Address and then I want some tags on em if annual revenue is over $3,000,000 tag em Big Fish and if the lifecycle stage is customer tag em Past Client and if somebody gets both then Big Fish first and Past Client second and a blank annual revenue ain't over nothin so no Big Fish for them and if somebody don't get either tag just send an empty tag list""",
      extended(HS,
               hs(email="ray.holt@memorialparkhomes.com", firstname="Ray", lastname="Holt", lifecyclestage="customer",
                  annualrevenue="3500000")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Big Fish")
    if r["lifecyclestage"] == "customer":
        tags.append("Past Client")
    return {"email_address": r["email"], "tags": tags}


@case("h110-18-first-word-e164-phone", H, M, """\
hubspot contacts to mailchimp the Email Address gets the email and FNAME gets just the first word of their first name cause some of em put double names like Billy Joe and we just want Billy and then PHONE needs to be E.164 with the plus sign so use the phone number and if that's blank use the mobile phone number and treat em as US numbers meaning put +1 on the front unless it already starts with a + in which case it keeps its own code and digits only no spaces or dashes""",
      extended(HS,
               hs(email="billyjoe.tate@cypresscreekhomes.com", firstname="Billy Joe", lastname="Tate",
                  phone="281-555-0166")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h110-19-no-unsubscribes-qualified-vip", H, M, """\
hubspot contacts to mailchimp but leave out anybody where Unsubscribed from all email is true and if it's false or blank they can come on over and the email goes in Email Address and status is subscribed on all of em and VIP should be true if the lifecycle stage is marketingqualifiedlead or salesqualifiedlead and false for anything else""", HS)
def o19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("marketingqualifiedlead", "salesqualifiedlead")}


@case("h110-20-proper-names-domain-lname-vip", H, M, """\
hubspot contacts into mailchimp the Email Address is the email and FNAME is the first name and LNAME is the last name both of em in proper case first letter capital and the rest lowercase on each word but if the last name is empty then put whatever comes after the @ in their email into LNAME instead exactly like it is no capitalizin and then VIP is true if annual revenue is more than 3 million and false if it ain't or if it's blank""",
      extended(lower_emails(HS),
               hs(email="dot.simmons@heightsrealty.com", firstname="DOT", lastname="", annualrevenue="")))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["annualrevenue"], 3_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h110-21-lower-userid-full-name", H, S, """\
ok so hubspot contacts into segment identify calls the userId is their email but all lowercase and then the email trait is the email just like it is and the firstName trait is the first name and the lastName trait is the last name straight over and the name trait is the first name and last name stuck together with one space in between em""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": r["firstname"] + " " + r["lastname"]}}


@case("h110-22-company-traits-nested", H, S, """\
hubspot contacts to segment identify calls the userId is the email and I want the company stuff nested under the company trait so the company name goes in the company trait's name and if it's blank put Independent and the industry goes in the company's industry and if industry's blank leave it off and the number of employees goes in the company's employee_count as a whole number and leave that off too if it's blank""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h110-23-address-trait-phone-fallback", H, S, """\
hubspot contacts into segment identify with the userId as the email and the address goes in the address trait nested up under it so street address in the address street and city in the address city and state/region in the address state but leave state off if it's blank and postal code in the address postalCode and country/region in the address country and then the phone trait should be the phone number in E.164 and if the phone number's empty use the mobile phone number and US numbers get +1 unless they already got a + up front then they keep their code and if both phones are empty don't send phone at all""",
      extended(HS,
               hs(email="jimbob.kerr@tomballranch.com", firstname="Jim Bob", lastname="Kerr", phone="", mobilephone="",
                  address="19 Main St", city="Tomball", state="TX", zip="77375", country="United States")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"],
                                        "state": omit_if_blank(r["state"]), "postalCode": r["zip"],
                                        "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h110-24-trimmed-userid-unsub-revenue", H, S, """\
hubspot contacts to segment the userId is the email but trim off any spaces on the ends and make it lowercase and the title trait is the job title straight copy and then a trait called unsubscribed that's true when Unsubscribed from all email is true and false when it's false and also false when it's blank and a trait called annual_revenue that's the annual revenue as a number and if it's blank leave it off""",
      extended(HS,
               hs(email="  Tammy.Lynn@BayouCityHomes.com ", firstname="Tammy", lastname="Lynn", jobtitle="Realtor",
                  annualrevenue="150000", hs_email_optout="false")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h110-25-ga4-sign-up-industry", H, G, """\
hubspot contacts into GA4 events the client_id is the email and the event name is always sign_up and the params are method which is always hubspot and industry which is the industry in all lowercase and if it's blank send unknown instead and signup_date which is the create date as just the date like 2023-03-14 no time""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "sign_up",
                        "params": {"method": "hubspot", "industry": dflt(r["industry"], "unknown").lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h110-26-ga4-big-revenue-leads", H, G, """\
hubspot contacts to GA4 but only the ones with annual revenue more than 1,000,000 and if annual revenue is blank skip em and the client_id is the part of the email before the @ and the event name is generate_lead and in the params value is the annual revenue as a number and currency is USD on all of em""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h110-27-ga4-purchase-or-lead", H, G, """\
y'all this is hubspot contacts to GA4 the client_id is the email straight and the event name is purchase if the lifecycle stage is customer and generate_lead for anybody else and in the params put lead_source which is the Original Source and if that's blank put OFFLINE and lifecycle_stage which is the lifecycle stage copied straight""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"lead_source": dflt(r["hs_analytics_source"], "OFFLINE"),
                                   "lifecycle_stage": r["lifecyclestage"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h110-28-lead-copies-to-hubspot", L, H, """\
mornin y'all this one is salesforce leads over to hubspot contacts Email to email and First Name to first name and Last Name to last name and Company to company name and Title to job title and Phone to phone number and City to city just copy em straight across and if something's blank on the lead then it's blank in hubspot too don't fill nothin in""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h110-29-lead-status-and-opt-out-text", L, H, """\
salesforce leads to hubspot contacts the Email goes into email and the salesforce Lead Status turns into the hubspot Lead Status like this Open - Not Contacted is NEW and Working - Contacted is IN_PROGRESS and Closed - Converted is OPEN_DEAL and Closed - Not Converted is UNQUALIFIED and then Email Opt Out goes into Unsubscribed from all email as text meaning the word true when it's checked and the word false when it ain't""", SFL)
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h110-30-rating-to-stage-revenue", L, H, """\
leads from salesforce to hubspot the Email in lowercase goes to email and the Rating decides the lifecycle stage Hot is salesqualifiedlead and Warm is marketingqualifiedlead and Cold is lead and Annual Revenue goes to annual revenue as a number but if it's blank leave annual revenue off""",
      extended(SFL,
               sfl(Email="Tomas.Reyes@GulfCoastHomes.com", FirstName="Tomas", LastName="Reyes", Company="Gulf Coast Homes",
                   Rating="Warm", AnnualRevenue="950000.50")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h110-31-uk-leads-only", L, H, """\
I only want the salesforce leads where Country is United Kingdom goin over to hubspot everybody else stays put and for those the Email goes to email and Phone goes to phone number in E.164 but these are UK numbers so drop the 0 off the front and put +44 on it and if it already starts with a + leave its code alone and then Zip/Postal Code goes to postal code in all caps and Title goes to job title and if Title is blank put Not Listed""",
      extended(SFL,
               sfl(Email="nigel.ashworth@thamesgate.co.uk", FirstName="Nigel", LastName="Ashworth", Company="Thamesgate",
                   Title="", Phone="07700 900123", Street="10 Downing St", City="London", PostalCode="sw1a 2aa",
                   Country="United Kingdom"),
               sfl(Email="fiona.blake@pennineprop.co.uk", FirstName="Fiona", LastName="Blake", Company="Pennine Property",
                   Title="Director", Phone="+44 161 555 0100", Street="1 Piccadilly", City="Manchester",
                   PostalCode="m1 1ae", Country="United Kingdom")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not Listed")}


@case("h110-32-skip-dead-leads-source-message", L, H, """\
salesforce leads to hubspot contacts but not the ones where Lead Status is Closed - Not Converted skip them and the Email goes to email and Title goes to job title and if Title's blank put No Title and in the Message field I want it to say Source: and then a space and the Lead Source like Source: Web and if the Lead Source is blank just leave it as Source: with the space and nothin after it don't skip the message""", SFL)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "No Title"), "message": "Source: " + r["LeadSource"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h110-33-opt-out-status-trade-show-tag", C, M, """\
salesforce contacts over to mailchimp the Email Address is the Email in lowercase and status is unsubscribed if Email Opt Out is checked and subscribed if it ain't and FNAME is First Name and for tags every one of em gets the Salesforce tag and then if Lead Source is Trade Show they also get a Trade Show tag after that one""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"]}, "tags": tags}


@case("h110-34-skip-no-source-language-table", C, M, """\
salesforce contacts to mailchimp but skip anybody whose Lead Source is blank and the Email goes to Email Address and Business Phone goes into PHONE in E.164 format so US meaning +1 on the front unless it already starts with a + and then it keeps that code and digits only and then language comes off the Mailing Country where Germany is de and Austria is de and United States is en""", SFC)
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h110-35-friend-default-trade-show-vip", C, M, """\
salesforce contacts into mailchimp the Email Address is the Email and FNAME is First Name and if that's blank put Friend and LNAME is Last Name and VIP is true if Lead Source is Trade Show and false otherwise and that includes when Lead Source is blank and status is subscribed for all of em""",
      extended(SFC,
               sfc(Email="jo.pickett@clearlakerealty.com", FirstName="", LastName="Pickett", LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h110-36-opted-in-only-no-tags", C, M, """\
salesforce contacts to mailchimp and only send the ones where Email Opt Out is not checked them that opted out stay out and the Email goes in Email Address and First Name in FNAME and Last Name in LNAME and status is subscribed and language is en and tags should be empty I mean send an empty list of tags so nothin gets tagged""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h110-37-lower-userid-title-if-any", C, S, """\
salesforce contacts into segment identify the userId is the Email made all lowercase and the email trait is the Email as it is and the firstName and lastName traits come from First Name and Last Name and there's a title trait from Title but if Title's empty leave that trait off completely""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h110-38-address-city-trim-country-default", C, S, """\
salesforce contacts into segment the userId is the Email and I need the address trait with city and country nested in it so Mailing City goes into the address city but trim any spaces off the ends and Mailing Country goes into the address country and if that's blank put United States cause most of ours are Texas folks anyhow""",
      extended(SFC,
               sfc(Email="jolene.watts@bayouproperties.com", FirstName="Jolene", LastName="Watts",
                   MailingCity="  Houston ", MailingCountry=""),
               sfc(Email="buck.harlan@conroeland.com", FirstName="Buck", LastName="Harlan",
                   MailingCity="Conroe  ", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "United States")}}}


@case("h110-39-e164-name-lead-channel", C, S, """\
salesforce contacts to segment identify the userId is the Email and the phone trait is the Business Phone in E.164 so US numbers meaning put +1 unless it starts with a + already then keep its code and digits only and the name trait is First Name then a space then Last Name and then a lead_channel trait off the Lead Source where Web is online and Trade Show is event and anything else or blank is other""", SFC)
def o39(r: R) -> Out:
    chan = {"Web": "online", "Trade Show": "event"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": r["FirstName"] + " " + r["LastName"],
                       "lead_channel": chan.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h110-40-proper-names-unknown-company", M, H, """\
mailchimp members over to hubspot contacts the email is the Email Address and the first name is FNAME in proper case first letter capital and the rest lowercase each word and the last name is LNAME in proper case the same way but if LNAME is empty leave the last name off and the company name is COMPANY and if that's blank put Unknown and Unsubscribed from all email should be the text true if the mailchimp status is unsubscribed and the text false for any other status""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h110-41-no-cleaned-phone-vip-customer", M, H, """\
mailchimp members to hubspot but leave out anybody whose status is cleaned and the email is the Email Address and the first name is FNAME straight copy and the phone number is PHONE in E.164 treating em as US so +1 unless it already starts with a + then it keeps its code and digits only and if PHONE's blank leave the phone number off and the lifecycle stage is customer if they're VIP in mailchimp and lead if they ain't""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h110-42-first-word-domain-company-tag", M, H, """\
last one y'all mailchimp members over to hubspot contacts the email is the Email Address and the first name is just the first word of FNAME and the company name is COMPANY and if it's blank use the part of their email after the @ and the lifecycle stage is customer if they got the Customer tag in mailchimp and subscriber if they don't holler if y'all need anything else""",
      extended(MC,
               mc({"FNAME": "Mary Lou", "LNAME": "Henson", "PHONE": "", "COMPANY": ""},
                  email_address="marylou.henson@galvestonhomes.com", status="subscribed",
                  tags=["Customer", "Open House"], language="en", vip=False)))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set110")
