"""Held-out set 156 for the offline mapping drafter.

Persona: Agnieszka Nowak, marketing automation specialist at a SaaS scale-up in Kraków. She files
every mapping as a Trello card for Tomasz, the integration developer: a card title, a short card
description (often with business context that is not a rule), a checklist of '[ ]' / '[x]' items
with one terse thing each, sometimes a 'Labels: ...' line, and sometimes a comment of hers at the
bottom ('@tomasz ...') that adds or changes one detail (the comment is later, so it wins). Her
English is Polish-flavoured: articles dropped, 'actual' for current, 'till' for until, 'on the end'
for at the end, 'in case of' for if, an occasional 'please to' + verb, and numbers written with
spaces as thousands separators ('1 000 000').

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
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _int(v: str) -> int:
    return int(float(v))


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h156-01-trial-signups-basic-lead", H, L, """Card: HubSpot trial signups -> Salesforce Leads (v1)
Labels: HubSpot, Salesforce

Description:
SDR team wants trial signups from HubSpot as Leads in Salesforce so they can call them in first 24h. First version simple, improvements later. Lead is matched by Email.

Checklist: Field mapping
[ ] email -> Email
[ ] first name -> First Name
[ ] last name -> Last Name
[ ] company name -> Company
[ ] job title -> Title
[ ] phone number -> Phone
[ ] all 1:1, no cleaning. Empty in HubSpot stays empty in SF, spaces also stay how they are
[ ] Lead Source = Web on every lead (fixed value)""",
      extended(HS,
               hs(email="wojciech.krol@cloudkit.pl", firstname="Wojciech", lastname="KRÓL", company="",
                  jobtitle="  ", phone="12 345 67 89"),
               hs(email="ines.moreau@atelier-m.fr", firstname="ines", lastname="Moreau", company=" Atelier M",
                  jobtitle="Growth Lead ", phone="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h156-02-webinar-leads-fill-gaps", H, L, """Webinar leads - fill empty fields before Salesforce

After last webinar (Data Day Kraków) lot of contacts came with empty company or job title and our SF validation rule blocks leads without them. Also names were exported from Zoom with spaces around.

[ ] Email = HubSpot email, as it is (SF finds existing lead by it)
[ ] Last Name = last name, spaces on begin and on the end cut
[ ] Company = company name; in case of empty put "Unknown"
[ ] Title = job title; in case of empty put "Not provided"
[ ] Company and Title when filled -> take them as they are, without trimming

@tomasz "empty" here means also field with only spaces inside, please to treat it same like empty""",
      extended(HS,
               hs(email="karolina.wisniewska@datahub.pl", lastname="  Wiśniewska ", company="   ",
                  jobtitle=" Head of Growth "),
               hs(email="tom.becker@pipeflow.de", lastname="Becker", company=" Pipeflow GmbH", jobtitle=""),
               hs(email="sara.lind@nordmail.se", lastname="Lind ", company="", jobtitle="   ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(), "Company": dflt(r["company"], "Unknown"),
            "Title": dflt(r["jobtitle"], "Not provided")}


@case("h156-03-sdr-phone-fallback-city", H, L, """SF Leads: one phone number for SDR calls
Labels: Salesforce, SDR

SDRs dial from Salesforce and they want always some number in Phone field.

Checklist
[ ] Email -> Email (copy)
[ ] Phone = phone number from HubSpot
[ ] in case of phone number empty -> take mobile phone number
[ ] in case of both empty -> Phone is not sent at all (no field, not empty value)
[ ] numbers as they are, no formatting for now
[ ] City = city with first letter of each word capital and rest small ("SAN JOSE" -> "San Jose")""",
      extended(HS,
               hs(email="marta.zajac@leadpilot.pl", phone="  ", mobilephone="+48 600 100 200", city="KRAKÓW"),
               hs(email="ben.ortiz@shipfast.io", phone="", mobilephone=" ", city="nowy sącz"),
               hs(email="lucy.chen@brightloop.com", phone="650-555-0101", mobilephone="650-555-0102",
                  city="new york")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
                 "City": title(r["city"])})


@case("h156-04-industry-picklist", H, L, """Card: Industry picklist on Leads

Description: In HubSpot industry is free text, in Salesforce Industry is picklist, so we need translation. Leads matched by Email.

Checklist: Mapping (0/4)
[ ] Email = HubSpot email in small letters (our SF duplicate rule is case sensitive, actual data has mixed cases)
[ ] Industry from HubSpot industry:
      Software -> Technology
      SaaS -> Technology
      Logistics -> Transportation
      Food -> Food & Beverage
      Design -> Media
[ ] any other industry -> Other
[ ] industry empty -> Other as well""",
      extended(HS,
               hs(email="Adam.Sowa@MartechLab.PL", industry="SaaS"),
               hs(email="Julia.Berg@Banknord.SE", industry="Banking"),
               hs(email="Ola.Pietrzak@Gmail.com", industry="  ")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "SaaS": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage",
             "Design": "Media"}
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case("h156-05-no-customers-no-offline", H, L, """Leads sync - no leads for customers and for event imports
Labels: HubSpot, Salesforce, urgent

Sales complained in Monday standup that they got new leads for people who already pay us. Second thing: contacts imported after offline events (Original Source = OFFLINE) are handled by events team in separate campaign, they should not come via this sync.

[ ] skip contacts with lifecycle stage = customer
[ ] skip contacts with Original Source = OFFLINE
[ ] contacts with empty Original Source are NOT skipped
[ ] Email, First Name, Last Name from email, first name, last name, 1:1
[ ] Rating = Warm on every lead which goes

@tomasz please to add also Company = company name, also 1:1""",
      extended(HS,
               hs(email="pawel.mazur@adstack.pl", firstname="Paweł", lastname="Mazur", company="AdStack",
                  lifecyclestage="customer", hs_analytics_source="ORGANIC_SEARCH"),
               hs(email="eva.novak@eventix.cz", firstname="Eva", lastname="Novak", company="Eventix",
                  lifecyclestage="lead", hs_analytics_source="OFFLINE"),
               hs(email="liam.oconnor@greenbyte.ie", firstname="Liam", lastname="O Connor", company="",
                  lifecyclestage="opportunity", hs_analytics_source="")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Rating": "Warm"}


@case("h156-06-rating-by-company-size", H, L, """Rating from company size

Description: Best fit for our product are marketing teams in companies with more than 200 people, so sales wants company size visible in Rating. Lead upsert by Email like always.

[ ] Email copy
[ ] Rating = Hot in case of number of employees more than 200
[ ] Rating = Cold in case of number of employees less than 20
[ ] everything between -> Warm
[ ] number of employees empty -> Cold
[ ] Employees (SF field) = number of employees as integer; empty -> Employees not sent""",
      extended(HS,
               hs(email="anna.kubiak@megastore.pl", numemployees="1500"),
               hs(email="ivan.petrov@smallsoft.bg", numemployees="  "),
               hs(email="nora.fischer@mittelbau.de", numemployees="85")))
def o06(r: R) -> Out:
    n = None if blank(r["numemployees"]) else float(r["numemployees"])
    rating = "Cold" if n is None or n < 20 else ("Hot" if n > 200 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], _int)})


@case("h156-07-sms-mobile-e164", H, L, """SMS nurturing prep - Mobile Phone in E.164
Labels: Salesforce, SMS

Description: From next month we send SMS nurture from Salesforce (Twilio package), and it accepts only E.164 numbers. Most trial users who gave mobile are from US.

[ ] Email -> Email, copy
[ ] Mobile Phone = HubSpot mobile phone number in E.164:
      - only digits, with + in front
      - number which already starts with + keeps its own country code
      - number without + is US: add +1 (in case it has 11 digits and first is 1, country code is already there, only + in front)
[ ] mobile phone number empty -> Mobile Phone field not sent at all
[ ] First Name, Last Name: capital first letter in every word, rest small""",
      extended(HS,
               hs(email="kate.morris@lumenapp.com", firstname="KATE", lastname="morris", mobilephone="1 (646) 555-0101"),
               hs(email="dominik.lis@salesbee.pl", firstname="dominik", lastname="LIS", mobilephone="  "),
               hs(email="mary.jane.holt@holtmedia.com", firstname="mary JANE", lastname="Holt",
                  mobilephone="+44 7700 900123")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], e164),
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h156-08-mql-only-description", H, L, """Only MQLs to Salesforce

From Q3 SDRs work only MQLs. Everybody else stays in HubSpot nurturing till they become MQL.

Checklist (0/4)
[ ] sync only contacts with lifecycle stage = marketingqualifiedlead, rest not
[ ] Email from email, without change
[ ] Last Name in capital letters (Kowalska -> KOWALSKA)
[ ] Description = "Created in HubSpot " + create date as YYYY-MM-DD + ", source: " + Original Source
    example: Created in HubSpot 2023-03-14, source: ORGANIC_SEARCH""",
      extended(HS,
               hs(email="agata.wrobel@fintrack.pl", lastname="Wróbel", lifecyclestage="marketingqualifiedlead",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-04-17T12:20:00.000Z"),
               hs(email="jose.ruiz@ventas.es", lastname="Ruiz", lifecyclestage="lead",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-05-02T11:00:00.000Z"),
               hs(email="mikko.laine@saunasoft.fi", lastname="Laine", lifecyclestage="marketingqualifiedlead",
                  hs_analytics_source="EMAIL_MARKETING", createdate="2024-06-30T13:45:00.000Z")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "marketingqualifiedlead":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"Created in HubSpot {day(r['createdate'])}, source: {r['hs_analytics_source']}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h156-09-swag-mailing-address", H, C, """Card: Contacts - mailing address for welcome packages
Labels: Salesforce, Ops

Description:
New customers get welcome package from us (hoodie + stickers :) ). Office manager takes address from Mailing address on Salesforce Contact, so it must be there. Contact is found by Email.

[ ] Email -> Email
[ ] street address -> Mailing Street
[ ] city -> Mailing City
[ ] postal code -> Mailing Zip/Postal Code
[ ] country/region -> Mailing Country
[ ] only copy, nothing to fix. Empty stays empty""",
      extended(HS,
               hs(email="magda.krol@shoply.pl", address="ul. Zabłocie 23 ", city="Kraków", zip="", country="Poland"),
               hs(email="peter.hall@quickdesk.co.uk", address="", city=" Leeds", zip="LS1 4AP",
                  country="United Kingdom")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h156-10-gdpr-flags", H, C, """GDPR flags on SF Contacts
Labels: Salesforce, GDPR

Legal asked that flags in Salesforce are same like in HubSpot.

[ ] Email = email (match)
[ ] Email Opt Out = true only in case "Unsubscribed from all email" is "true". In case "false" or empty -> false
[ ] Do Not Call = true in case phone number is empty, otherwise false

@tomasz correction to Do Not Call: look at mobile phone number, not phone number (we call only mobiles). Empty mobile phone number -> true, filled -> false""",
      extended(HS,
               hs(email="ewelina.bak@formsy.pl", hs_email_optout="  ", phone="", mobilephone="+48 501 200 300"),
               hs(email="jack.turner@sendwell.com", hs_email_optout="true", phone="(303) 555-0110",
                  mobilephone="  ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["mobilephone"])}


@case("h156-11-last-name-required", H, C, """SF Contact - Last Name is required

Salesforce rejects Contact without Last Name, and many contacts from our free trial form have only email. Emails in HubSpot are all lowercase (form makes them lowercase).
All items below go to mapping, ticked one is already tested in sandbox.

[x] Email -> Email, copy
[ ] Last Name = last name
[ ] ...in case of empty: company name
[ ] ...in case company name is also empty: part of email before @ (jan.kowalski@firma.pl -> jan.kowalski)""",
      extended(lower_emails(HS),
               hs(email="ania.trial@gmail.com", lastname="", company="Ania Makes Cakes"),
               hs(email="k.nowicki@outlook.com", lastname="  ", company=" "),
               hs(email="growth.team@rocketcrm.io", lastname="", company="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h156-12-stage-description-postcode", H, C, """Contact Description from lifecycle stage + postcode in capitals

Description: CSMs look at Contact Description first, they want to see in words where person is in funnel.

[ ] Email -> Email
[ ] Contact Description from lifecycle stage:
      subscriber -> Blog subscriber
      lead -> Trial user
      marketingqualifiedlead -> Engaged trial user
      salesqualifiedlead -> In sales talks
      customer -> Paying customer
    (other stages are not in this segment, I checked the list)
[ ] Mailing Zip/Postal Code = postal code in capital letters (UK ones come small, like "sw1a 1aa")
[ ] postal code empty -> Mailing Zip/Postal Code not sent""",
      extended(HS,
               hs(email="oliver.grant@tidyhr.co.uk", lifecyclestage="lead", zip="sw1a 1aa"),
               hs(email="beata.olszewska@kwiaty24.pl", lifecyclestage="customer", zip="  "),
               hs(email="hannah.scott@stackly.co.uk", lifecyclestage="salesqualifiedlead", zip="ec2a 4ny")))
def o12(r: R) -> Out:
    table = {"subscriber": "Blog subscriber", "lead": "Trial user", "marketingqualifiedlead": "Engaged trial user",
             "salesqualifiedlead": "In sales talks", "customer": "Paying customer"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingPostalCode": omit_if_blank(r["zip"], str.upper)})


@case("h156-13-subscribers-only-phone", H, C, """Card: only actual subscribers -> Salesforce Contacts
Labels: Salesforce

Description: For Contacts sync we take only people who are actual subscribers, so "Unsubscribed from all email" = "false". Contacts with "true" or with empty value are not synced.

Checklist
[ ] Email = email in small letters
[ ] Business Phone = phone number; in case of empty take mobile phone number
[ ] Lead Source = Web for everybody

@tomasz sorry, Lead Source should be Email, not Web - these people came from newsletter""",
      extended(HS,
               hs(email="Robert.Zych@AppNest.PL", hs_email_optout="false", phone="  ", mobilephone="+1 415 555 0100"),
               hs(email="Helen.Price@Mailtrain.com", hs_email_optout="true", phone="(415) 555-0160"),
               hs(email="TOMASZ.KORA@ONET.PL", hs_email_optout="false", phone="12 444 55 66", mobilephone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Email"}


@case("h156-14-lead-source-buckets", H, C, """Contacts - Lead Source buckets for marketing reports

Description: Our attribution dashboard in Salesforce groups Contacts by Lead Source, and HubSpot Original Source has other values. Long term we move reporting to BI, but till then we need this. Contacts matched by Email.

[ ] Email -> Email, copy
[ ] Title = job title with spaces on begin and on the end removed
[ ] Mailing City = city, capital first letter of each word and rest small
[ ] Lead Source from Original Source:
      ORGANIC_SEARCH -> Web
      DIRECT_TRAFFIC -> Web
      PAID_SEARCH -> Advertisement
      PAID_SOCIAL -> Advertisement
      SOCIAL_MEDIA -> Advertisement
      OFFLINE -> Trade Show
[ ] all other sources, and empty source -> Other""",
      extended(HS,
               hs(email="filip.duda@reportly.pl", jobtitle="  Marketing Ops Manager ", city="WROCŁAW",
                  hs_analytics_source="OFFLINE"),
               hs(email="grace.kim@seoforge.com", jobtitle="   ", city="los angeles", hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="omar.haddad@cedarcloud.ae", jobtitle="CMO ", city="dubai", hs_analytics_source="OTHER_CAMPAIGNS")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "SOCIAL_MEDIA": "Advertisement", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h156-15-product-newsletter-audience", H, M, """HubSpot -> Mailchimp: product newsletter audience
Labels: Mailchimp

Description: Monthly product update newsletter goes from Mailchimp. Contacts come from HubSpot. Because of GDPR new people must confirm (double opt-in).

[ ] Email Address = email (Mailchimp matches member by it)
[ ] FNAME = first name, LNAME = last name, copy also empty ones
[ ] status = pending for all
[ ] language = HubSpot Preferred language
[ ] in case Preferred language is empty, or contact doesn't have this property at all -> "en\"""",
      extended(HS,
               hs(email="zuzanna.kwiatek@brandly.pl", firstname="Zuzanna", lastname="Kwiatek", hs_language="pl"),
               hs(email="lukas.weber@cloudbau.de", firstname="", lastname="Weber", hs_language="  "),
               hs(email="claire.martin@voila.fr", firstname="Claire", lastname="", hs_language="fr")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "pending", "language": dflt(r.get("hs_language"), "en")}


@case("h156-16-optout-to-status", H, M, """Mailchimp status from HubSpot opt-out

[ ] Email Address <- email
[ ] status from "Unsubscribed from all email":
      "true" -> unsubscribed
      "false" -> subscribed
      empty -> pending (we ask them again with double opt-in)
[ ] tags: one tag "hubspot-sync" on every member

@tomasz change please tag name to "HubSpot sync" (with space and capitals), content team doesn't like dashes""",
      extended(HS,
               hs(email="natalia.szewczyk@growthy.pl", hs_email_optout="  "),
               hs(email="dan.white@kitepost.com", hs_email_optout="false"),
               hs(email="lea.roux@parfums-roux.fr", hs_email_optout="true")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot sync"]}


@case("h156-17-midmarket-paid-search-tags", H, M, """Card: Tags for content segmentation

Description: Content team prepares separate email versions for bigger companies and for people who came from Google Ads.

Checklist
[ ] Email Address = email
[ ] tag "Mid-market" in case number of employees is more than 100 (empty number of employees -> no tag)
[ ] tag "Paid search" in case Original Source is PAID_SEARCH
[ ] order: first Mid-market, then Paid search
[ ] none of them -> tags = empty list []""",
      extended(HS,
               hs(email="igor.malinowski@bigretail.pl", numemployees="5000", hs_analytics_source="PAID_SEARCH"),
               hs(email="sophie.lange@tinyteam.de", numemployees="  ", hs_analytics_source="PAID_SEARCH"),
               hs(email="raj.patel@midcorp.in", numemployees="101", hs_analytics_source="REFERRALS")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Mid-market")
    if r["hs_analytics_source"] == "PAID_SEARCH":
        tags.append("Paid search")
    return {"email_address": r["email"], "tags": tags}


@case("h156-18-greeting-name-sms-phone", H, M, """Mailchimp - FNAME for greeting and PHONE for SMS
Labels: Mailchimp, SMS

[ ] Email Address = email
[ ] FNAME = only first word of first name ("Mary Ann" -> "Mary"), we greet "Hi Mary!"
[ ] PHONE = phone number
[ ] in case of phone number empty -> mobile phone number
[ ] PHONE always E.164: + and only digits. Number with + on begin keeps own country code. Without + it's US number -> +1 in front, but when it has 11 digits starting with 1, the 1 is country code, so only +""",
      extended(HS,
               hs(email="anna.maria.nowak@pixelperfect.pl", firstname="Anna Maria", phone="  ",
                  mobilephone="1 212 555 0100"),
               hs(email="jean.luc.petit@boulangerie.fr", firstname="Jean Luc", phone="+33 4 55 55 01 20",
                  mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h156-19-ambassadors-newsletter", H, M, """Ambassadors newsletter - personalised
Labels: Mailchimp, Community

Description: Every email in this audience starts with first name, so contacts without first name make no sense here.

[ ] skip contacts where first name is empty (also when there are only spaces)
[ ] Email Address = email
[ ] status = subscribed for everybody
[ ] VIP = true in case lifecycle stage is evangelist; all other stages -> false""",
      extended(HS,
               hs(email="no.name@trialbox.io", firstname=""),
               hs(email="spaces.only@trialbox.io", firstname="   ", lifecyclestage="evangelist"),
               hs(email="kasia.baran@communitio.pl", firstname="Kasia", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "evangelist"}


@case("h156-20-names-company-domain-vip", H, M, """Card: Mailchimp merge fields cleanup + VIP

Description: In HubSpot names are in all possible formats (ANNA, anna, aNNA...). In Mailchimp we want them nice. Emails in HubSpot are lowercase already.

[ ] Email Address = email
[ ] FNAME = first name, LNAME = last name, both with capital first letter of every word, rest small
[ ] COMPANY (merge field) = company name; in case of empty -> domain of email (part after @)
[ ] VIP = true in case Annual Revenue is more than 5 000 000, otherwise false

@tomasz and empty Annual Revenue -> VIP false""",
      extended(lower_emails(HS),
               hs(email="jakub.lewandowski@octoapps.pl", firstname="JAKUB", lastname="lewandowski", company="  ",
                  annualrevenue="7000000"),
               hs(email="emma.stone@papertrail.io", firstname="emma", lastname="STONE", company="",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h156-21-identify-location", H, S, """Segment identify - basic traits + location

[ ] userId = email in small letters
[ ] traits.firstName = first name
[ ] traits.lastName = last name
[ ] traits.title = job title
[ ] these three copy, also when empty
[ ] traits.location = city + ", " + country/region, for example "Boston, United States\"""",
      extended(HS,
               hs(email="Marek.Jasinski@Clickpath.PL", firstname="Marek", lastname="Jasiński", jobtitle="",
                  city="Gdańsk", country="Poland")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "location": f"{r['city']}, {r['country']}"}}


@case("h156-22-company-traits", H, S, """Card: Segment - company traits for account scoring
Labels: Segment, Data team

Description: Data team builds account scoring in warehouse and needs company data on identify calls. Segment spec wants company as object.

[ ] userId = email, as it is
[ ] traits.company.name = company name; in case of empty "Independent"
[ ] traits.company.industry = industry, only when filled - empty industry not sent
[ ] traits.company.employee_count = number of employees as integer; empty -> not sent

@tomasz remember: nested object under traits.company, not flat fields like company_name""",
      extended(HS,
               hs(email="piotr.gorski@solo-dev.pl", company="  ", industry="  ", numemployees="  "),
               hs(email="alina.ross@scalegrid.com", company="ScaleGrid", industry="Software", numemployees="320")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], _int)}}})


@case("h156-23-address-and-phone-traits", H, S, """Segment identify - address + phone

Description: For SMS tool connected to Segment we need phone in E.164, and address for regional campaigns.

[ ] userId = email
[ ] traits.address.city = city
[ ] traits.address.postalCode = postal code
[ ] traits.address.state = state/region; in case of empty - no state
[ ] traits.phone = mobile phone number, in case of empty -> phone number
[ ] both numbers empty -> no traits.phone at all
[ ] phone in E.164: digits only with + on begin. Starts with + -> keep its country code. No + -> US, +1 in front (11 digits with 1 on begin: already has it, only +)""",
      extended(HS,
               hs(email="iga.sadowska@webinaria.pl", state="", mobilephone="", phone="", city="Kraków",
                  zip="30-552"),
               hs(email="chris.young@loopmail.com", state="tx", mobilephone="  ", phone="(512) 555-0139",
                  city="Austin", zip="73301")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h156-24-clean-userid-unsub-revenue", H, S, """Segment - clean userId, unsubscribe flag, revenue
Labels: Segment

Some emails came by API with spaces and capitals, so userId must be cleaned.

[ ] userId = email, spaces on begin and on the end removed, then all small letters
[ ] traits.industry = industry, copy
[ ] traits.unsubscribed = true in case "Unsubscribed from all email" is "true"; "false" -> false; empty -> false
[ ] traits.annual_revenue = Annual Revenue as number (2500000.75 stays with decimals)
[ ] Annual Revenue empty -> traits.annual_revenue not sent""",
      extended(HS,
               hs(email="  Michal.Kaczor@Datawise.PL ", industry="", hs_email_optout="  ", annualrevenue="  "),
               hs(email="Sam.Fox@Clearbit-like.com ", industry="Software", hs_email_optout="true",
                  annualrevenue="350000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h156-25-ga4-hubspot-contact-event", H, G, """Card: GA4 - HubSpot contacts as events
Labels: GA4, Analytics

Description: Analytics team wants to compare HubSpot contacts with website signups in GA4 (Measurement Protocol).

Checklist
[ ] client_id = HubSpot email, copy without changes
[ ] event name = "hubspot_contact" (always same)
[ ] param crm = "hubspot" (always same)
[ ] param industry = industry in small letters; in case industry is empty -> send empty text ""
[ ] param signup_date = create date, only date part YYYY-MM-DD""",
      extended(HS,
               hs(email="olga.wojcik@martly.pl", industry="  ", createdate="2024-03-21T12:15:00.000Z"),
               hs(email="ken.adams@fleetops.com", industry="LOGISTICS", createdate="2024-09-10T14:30:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": r["email"],
            "events": [{"name": "hubspot_contact",
                        "params": {"crm": "hubspot", "industry": "" if blank(ind) else ind.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h156-26-ga4-high-value-accounts", H, G, """GA4 event for high value accounts

Description: Finance wants to see value of big accounts in GA4 next to campaign data. Emails are lowercase in HubSpot.

[ ] only contacts with Annual Revenue more than 1 000 000; empty Annual Revenue -> skip
[ ] client_id = part of email before @
[ ] event name "high_value_account" (fixed)
[ ] param value = Annual Revenue as number
[ ] param currency = "USD" (fixed)

@tomasz threshold from finance is 2 000 000, not 1 000 000. Rest stays""",
      extended(lower_emails(HS),
               hs(email="wiktoria.lis@enterprise-one.pl", annualrevenue="1500000"),
               hs(email="paul.green@megacorp.com", annualrevenue="2000001"),
               hs(email="nina.berg@startup.se", annualrevenue="  ")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 2_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_account", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h156-27-ga4-customer-or-lead-event", H, G, """GA4 - customer or lead event

[ ] client_id = email (copy)
[ ] event name: "customer_synced" in case lifecycle stage is customer; all other stages and empty stage -> "lead_synced"
[ ] param job_title = job title; in case of empty -> "unknown"
[ ] param country = country/region, copy""",
      extended(HS,
               hs(email="dorota.mroz@shopflow.pl", lifecyclestage="", jobtitle="  ", country="Poland"),
               hs(email="alex.king@kingsupply.com", lifecyclestage="customer", jobtitle="Buyer", country="")))
def o27(r: R) -> Out:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "lead_synced"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h156-28-leads-back-to-hubspot", L, H, """Card: SF Leads -> HubSpot (reverse sync for nurturing)
Labels: Salesforce, HubSpot

Description: Leads which SDRs create manually in Salesforce (from LinkedIn, calls) must go to HubSpot so marketing can nurture them. HubSpot finds contact by email.

[ ] Email -> email
[ ] First Name -> first name
[ ] Last Name -> last name
[ ] Company -> company name
[ ] Title -> job title
[ ] Phone -> phone number
[ ] Postal Code -> postal code
[ ] 1:1. When field in SF is empty, send it empty""",
      extended(SFL,
               sfl(Email="ola.kaczmarek@retailix.pl", FirstName="Ola", LastName="Kaczmarek", Company="Retailix",
                   Title="", Phone="  ", PostalCode="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "zip": r["PostalCode"]}


@case("h156-29-status-to-lifecycle", L, H, """SF Lead Status -> HubSpot lifecycle stage

[ ] email = Email
[ ] lifecycle stage from Lead Status:
      Open - Not Contacted -> lead
      Working - Contacted -> salesqualifiedlead
      Closed - Converted -> opportunity
      Closed - Not Converted -> other
    (only these 4 statuses exist in our org)
[ ] Unsubscribed from all email = text "true" in case Email Opt Out is checked, text "false" when not checked""",
      extended(SFL,
               sfl(Email="krystian.bielecki@hrbox.pl", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="maya.cohen@tlvsoft.co.il", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead",
             "Closed - Converted": "opportunity", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h156-30-rating-to-lead-status", L, H, """Card: Rating -> HubSpot Lead Status, revenue
Labels: HubSpot

Description: Marketing wants to exclude hot leads from generic nurture. In HubSpot workflows we filter by Lead Status.

Checklist (1/4) - ticked item already works in test portal, it stays in mapping
[x] email = Email in small letters
[ ] Lead Status (HubSpot) from Rating:
      Hot -> OPEN_DEAL
      Warm -> IN_PROGRESS
      Cold -> ATTEMPTED_TO_CONTACT
[ ] Annual Revenue = Annual Revenue from SF as number
[ ] SF Annual Revenue empty -> don't send annual revenue""",
      extended(SFL,
               sfl(Email="Dawid.Sikora@Fintastic.PL", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="Ruth.Adler@Adler-Consulting.DE", Rating="Cold", AnnualRevenue="750000.25")))
def o30(r: R) -> Out:
    table = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h156-31-uk-leads-london-office", L, H, """UK leads only -> HubSpot (for London office)
Labels: HubSpot, UK

Description: London office starts own nurture in HubSpot. They need only UK leads from Salesforce, other countries stay where they are.

[ ] only Leads with Country = United Kingdom
[ ] email = Email
[ ] phone number = Phone in E.164 for UK: only digits, +44 in front and the first 0 away (020 7946 0321 -> +442079460321). Number which starts already with + keeps its code, only digits after +
[ ] postal code = Postal Code in capital letters
[ ] job title = Title; in case of empty "Not specified"

@tomasz job title default please "Unknown" instead of "Not specified" - same like in other syncs""",
      extended(SFL,
               sfl(Email="harriet.cole@brightbrew.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="bs1 4dj", Title=""),
               sfl(Email="james.reid@kiltsoft.co.uk", Country="United Kingdom", Phone="+44 131 496 0000",
                   PostalCode="eh1 1yz", Title="  "),
               sfl(Email="aoife.byrne@dublinapps.ie", Country="Ireland", Phone="+353 1 555 0101",
                   PostalCode="d02 af30", Title="CTO")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h156-32-skip-cold-street-postcode", L, H, """Leads -> HubSpot, without Cold ones

[ ] skip Leads with Rating = Cold
[ ] email = Email
[ ] company name = Company; in case of empty "Private person"
[ ] street address = Street + ", " + Postal Code (example "200 Lake St, 60601")
[ ] in case Postal Code is empty -> only Street, no comma on the end""",
      extended(SFL,
               sfl(Email="szymon.pawlak@kodmaster.pl", Rating="Hot", Street="ul. Karmelicka 10", PostalCode="",
                   Company=""),
               sfl(Email="fiona.walsh@fionadesign.ie", Rating="Warm", Street="5 Grafton St", PostalCode="  ",
                   Company="  "),
               sfl(Email="otto.klein@kleinbau.de", Rating="Cold", Street="Hauptstr. 1", PostalCode="10115")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else f"{r['Street']}, {r['PostalCode']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Private person"), "address": addr}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h156-33-contacts-status-dev-tag", C, M, """Card: SF Contacts -> Mailchimp (customer newsletter)
Labels: Mailchimp, Salesforce

Description: Customer newsletter audience is built from Salesforce Contacts. Developers get additional technical newsletter, so they need own tag.

[ ] Email Address = Email in small letters
[ ] status: Email Opt Out checked -> unsubscribed, not checked -> subscribed
[ ] tag "SF contact" on every member
[ ] plus tag "Dev" in case Department is Engineering (after "SF contact")""",
      extended(SFC,
               sfc(Email="Lukasz.Nowak@DevHouse.PL", Department="Engineering", HasOptedOutOfEmail=True),
               sfc(Email="Mia.Larsen@Fjord.NO", Department="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["SF contact"] + (["Dev"] if r["Department"] == "Engineering" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h156-34-country-language-phone", C, M, """Mailchimp language + SMS phone from SF Contacts

[ ] skip Contacts where Mailing Country is empty (we don't know language)
[ ] Email Address = Email
[ ] PHONE = Business Phone in E.164 (digits with + on begin; already with + -> own country code stays; without + -> US, +1; 11 digits starting with 1 -> only +)
[ ] language from Mailing Country:
      Germany -> de
      Austria -> de
      United States -> en
      United Kingdom -> en
      Poland -> pl""",
      extended(SFC,
               sfc(Email="joanna.michalska@brandbox.pl", Phone="+48 12 345 67 89", MailingCountry="Poland"),
               sfc(Email="no.country@unknown.com", Phone="(503) 555-0199", MailingCountry="  "),
               sfc(Email="george.hill@hillmedia.co.uk", Phone="+44 20 7946 0000", MailingCountry="United Kingdom"),
               sfc(Email="linda.park@parkdesign.com", Phone="1-971-555-0123", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["MailingCountry"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "United Kingdom": "en", "Poland": "pl"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h156-35-hi-there-ceo-vip", C, M, """Card: SF Contacts -> Mailchimp, CEO newsletter VIP

Description: Our quarterly "Letter from CEO" goes to all customers' contacts, but CEOs of customers get personal follow-up from our CEO, so we mark them VIP.

[ ] Email Address = Email
[ ] FNAME = First Name; in case of empty "there" (email starts with "Hi there")
[ ] LNAME = Last Name, copy
[ ] VIP = true in case Title is exactly "CEO"; other titles and empty title -> false

@tomasz add also language = "en" for all, letter is only in English""",
      extended(SFC,
               sfc(Email="marcin.zielinski@logimax.pl", FirstName="", LastName="Zieliński", Title="CEO"),
               sfc(Email="sue.baker@bakerfoods.com", FirstName="  ", LastName="", Title="ceo"),
               sfc(Email="arno.vos@vosdata.nl", FirstName="Arno", LastName="Vos", Title="")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["Title"] == "CEO", "language": "en"}


@case("h156-36-web-contacts-clear-tags", C, M, """Web Contacts -> Mailchimp, clear old tags

Description: In March we imported contacts with lot of random tags from old tool. We want to start clean.

Everything below is part of sync; [x] = I already set it in Mailchimp test audience.
[ ] only Contacts with Lead Source = Web
[x] Email Address = Email, FNAME = First Name, LNAME = Last Name, all copy
[x] status = subscribed
[ ] email type = html
[ ] tags = empty list [] (so old tags are removed)""",
      extended(SFC,
               sfc(Email="renata.gajewska@ecomly.pl", FirstName="Renata", LastName="", LeadSource="Web"),
               sfc(Email="tim.hughes@eventsco.co.uk", FirstName="Tim", LastName="Hughes", LeadSource="Trade Show"),
               sfc(Email="yuki.mori@kaizen.jp", FirstName="", LastName="Mori", LeadSource="Web")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h156-37-identify-department", C, S, """Card: SF Contact -> Segment identify
Labels: Segment

[ ] userId = Email in small letters
[ ] traits.email = Email as it is
[ ] traits.lastName = Last Name, copy (also empty)
[ ] traits.department = Department; in case of empty Department -> trait not sent""",
      extended(SFC,
               sfc(Email="Kamila.Rutkowska@Salesy.PL", LastName="", Department="  "),
               sfc(Email="BEN.ALLEN@ALLENTECH.COM", LastName="Allen", Department="Marketing")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "lastName": r["LastName"],
                            "department": omit_if_blank(r["Department"])}})


@case("h156-38-address-country-city", C, S, """Segment - address from SF Contact

Description: Country came from old CSV import with spaces around (" Poland ").

[ ] userId = Email
[ ] traits.address.country = Mailing Country, trimmed
[ ] traits.address.city = Mailing City; in case of empty "unknown"

@tomasz for country only trim, letters stay how they are""",
      extended(SFC,
               sfc(Email="marzena.dudek@printly.pl", MailingCountry=" Poland ", MailingCity="  "),
               sfc(Email="hans.wolf@wolfsoft.de", MailingCountry="Germany ", MailingCity=""),
               sfc(Email="ana.silva@lisboa-web.pt", MailingCountry="portugal", MailingCity="Lisbon")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"country": r["MailingCountry"].strip(),
                                   "city": dflt(r["MailingCity"], "unknown")}}}


@case("h156-39-phone-name-acquisition", C, S, """Segment identify from SF Contact - phone, name, acquisition channel
Labels: Segment, Attribution

[ ] userId = Email
[ ] traits.phone = Business Phone in E.164 (without + -> US, +1 in front; 11 digits starting with 1 -> only +; with + -> keeps own country code; only digits after +)
[ ] traits.name = First Name + " " + Last Name
[ ] traits.acquisition from Lead Source:
      Web -> inbound
      Trade Show -> events
      Partner Referral -> partners
[ ] other Lead Source or empty -> other""",
      extended(SFC,
               sfc(Email="bartosz.wrona@partnerhub.pl", FirstName="Bartosz", LastName="Wrona",
                   LeadSource="Partner Referral", Phone="+48 22 123 45 67"),
               sfc(Email="amy.lee@adwise.com", FirstName="Amy", LastName="Lee", LeadSource="Advertisement",
                   Phone="1 (971) 555-0188")))
def o39(r: R) -> Out:
    acq = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partners"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "acquisition": acq.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h156-40-members-to-contacts", M, H, """Card: Mailchimp members -> HubSpot contacts
Labels: HubSpot, Mailchimp

Description: Old Mailchimp audience (from before HubSpot times, ca. 12 000 members) must finally land in HubSpot. Contact matched by email.

[ ] email = Email Address
[ ] first name = FNAME, last name = LNAME, each word capital first letter, rest small
[ ] phone number = PHONE; in case of empty -> phone number not sent
[ ] company name = COMPANY; in case of empty -> "Unknown"
[ ] Unsubscribed from all email, as text: "false" only in case status is subscribed, for all other statuses "true\"""",
      extended(MC,
               mc({"FNAME": "EWA MARIA", "LNAME": "kowalczyk", "PHONE": "  ", "COMPANY": "  "},
                  email_address="ewa.kowalczyk@salonik.pl", status="pending"),
               mc({"FNAME": "john", "LNAME": "DOE", "PHONE": "+1 312 555 0100", "COMPANY": "Doe Logistics"},
                  email_address="john.doe@doelogistics.com", status="subscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "false" if r["status"] == "subscribed" else "true"})


@case("h156-41-skip-unsubscribed-vip-evangelist", M, H, """Mailchimp -> HubSpot, VIPs as evangelists

[ ] skip members with status unsubscribed
[ ] email = Email Address
[ ] phone number = PHONE in E.164 (only digits and + on begin; number with + keeps own country code, without + it's US, add +1; 11 digits starting with 1 -> only +)
[ ] PHONE empty -> phone number not sent
[ ] company name = COMPANY, copy
[ ] lifecycle stage = evangelist in case member is VIP, otherwise subscriber""",
      extended(MC,
               mc({"PHONE": "1 646 555 0177", "COMPANY": "Sklep Ola"}, email_address="ola.sklep@sklepola.pl",
                  status="pending", vip=True),
               mc({"PHONE": "  ", "COMPANY": ""}, email_address="gone.user@oldmail.com", status="unsubscribed",
                  vip=True),
               mc({"PHONE": "", "COMPANY": "  "}, email_address="nico.weiss@weiss.ch", status="cleaned", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h156-42-customer-tag-lifecycle", M, H, """Mailchimp -> HubSpot: first name, company, customers by tag

Description: Mailchimp members' emails are all lowercase.

[ ] email = Email Address
[ ] first name = first word of FNAME ("Anna Maria" -> "Anna")
[ ] company name = COMPANY; in case of empty -> email domain (part after @)
[ ] lifecycle stage = customer in case member has tag "Customer"; member without this tag -> lead

@tomasz tag check exact please: only "Customer" with capital C, "customer" small does not count""",
      extended(MC,
               mc({"FNAME": "Anna Maria", "COMPANY": "  "}, email_address="anna.maria@kwiatowo.pl",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Leo", "COMPANY": ""}, email_address="leo@studio-leo.it", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set156")
