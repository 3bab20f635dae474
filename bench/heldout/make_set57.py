"""Held-out set 57 for the offline mapping drafter.

Persona: Dana, a customer-success operations manager in Chicago who writes to the data team in long,
friendly emails. Context and backstory (SDR complaints, QBRs, the renewals pod, legal, swag boxes) sit
next to the actual rules; sometimes the reason comes before the rule, sometimes a rule is restated
("so again, only customers"); "Quick background:", "Heads up that ...", "One wrinkle:", "FWIW" and
sign-offs. The context never changes the mapping.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h57-01 .. h57-08)
  hubspot.contacts -> salesforce.Contact   6  (h57-09 .. h57-14)
  hubspot.contacts -> mailchimp.members    6  (h57-15 .. h57-20)
  hubspot.contacts -> segment.identify     4  (h57-21 .. h57-24)
  hubspot.contacts -> ga4.events           3  (h57-25 .. h57-27)
  salesforce.Lead  -> hubspot.contacts     5  (h57-28 .. h57-32)
  salesforce.Contact -> mailchimp.members  4  (h57-33 .. h57-36)
  salesforce.Contact -> segment.identify   3  (h57-37 .. h57-39)
  mailchimp.members -> hubspot.contacts    3  (h57-40 .. h57-42)

Rule kinds per case:
  01 copies, default when empty, constant     22 nested company traits, default, omit x2, whole number
  02 only filter (restated), lower, E.164 US   23 nested address traits, title case, E.164 US + omit
     with fallback to mobile, omit            24 table w/ otherwise (custom trait), date, fallback
  03 table w/ otherwise (blank stated),           to concat 'https://' + part after @
     number + omit                            25 GA4 only filter (restated), constants, number w/ 0
  04 3-tier > condition (blank stated),       26 GA4 lower client_id, conditional event name,
     whole number + omit                          lower + default param
  05 title case x3, upper, copy               27 GA4 exclude filter (blank stated), constants, copy,
  06 exclude filter (blank stated), copies,       whole number w/ 0, upper
     concat + date, constant                  28 copies, table (no otherwise, all 4 statuses)
  07 3-step fallback chain, copy w/ blank     29 table (no otherwise), "true"/"false" text
  08 E.164 US + omit, default, copy           30 E.164 UK + omit, exclude filter, default
  09 copies into Mailing* fields, default     31 number + omit, title case, copy, constant
  10 boolean from text (blank stated),        32 only filter (restated), copies, default, constant
     constant, default                        33 lower, boolean -> status, tag from field / []
  11 table (no otherwise), lower, copy        34 only filter, E.164 US, constants, constant tag
  12 first word, copy, equality condition     35 table w/ otherwise (blank stated), exclude filter,
  13 only filter, E.164 US, upper                 title case
  14 exclude filter (empty), trim x2, default 36 E.164 DE, constant + conditional tag (equality)
  15 lower, copies, constant, constant tag    37 lower userId, copies, omit-when-empty
  16 3-way status (blank stated), copy, tag   38 copy + omit, nested address, default
  17 constant + conditional tags (= and >)    39 concat 'Last, First', E.164 US, table w/ otherwise
  18 E.164 US w/ fallback + omit, first word  40 title case, copy, "true"/"false" by status
  19 exclude filter, vip condition, constant  41 exclude filter, vip condition, E.164 US + omit, copy
  20 fallback to part before @, title, const  42 fallback to part after @, first word, tag condition
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
Out = dict[str, Any] | None


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(merge: dict[str, Any] | None = None, **kw: Any) -> R:
    base = {**MC[0], **kw}
    base["merge_fields"] = {**MC[0]["merge_fields"], **(merge or {})}
    return base


def optout(v: Any) -> bool:
    """HubSpot's hs_email_optout read as the texts say: only "true" is an opt-out, blank is not."""
    return v == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h57-01-lead-basics-company-default", H, L,
      "Hi team! Quick background: last quarter the SDRs kept complaining that leads from our renewal webinars were "
      "landing in Salesforce with no company at all, which broke their territory routing. So what we need is pretty "
      "simple: bring the email over into Email (that's what we match on), plus first name, last name and job title "
      "into FirstName, LastName and Title. For Company, copy the HubSpot company, but if it's blank put 'Company "
      "Unknown' there instead. Oh, and every lead should come in with Status 'Open - Not Contacted'. "
      "Thanks so much! - Dana, CS Ops (Chicago)",
      extended(HS, hs(email="ray.kowalczyk@westloopgrain.com", firstname="Ray", lastname="Kowalczyk",
                      company="   ", jobtitle="Operations Director")))
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "Company": dflt(r["company"], "Company Unknown"), "Status": "Open - Not Contacted"}


@case("h57-02-lead-customers-only-phone", H, L,
      "Hey all, hope the week's going OK. Heads up that this one is just for our customer-marketing pilot, so only "
      "contacts whose lifecycle stage is customer should go to Salesforce as leads; leave everyone else alone. For "
      "those, Email should be the HubSpot email in all lower case (we match on it, and the mixed-case ones keep "
      "creating dupes). Phone needs to be E.164, assuming US numbers unless it already starts with a +; if the "
      "contact has no phone, use their mobile number instead (formatted the same way), and if they have neither, "
      "just don't set Phone. So again, only customers - the MQLs are still Marcus's problem. Cheers, Dana",
      [HS[0], HS[2],
       hs(email="Tom.Becker@LakeviewDental.com", firstname="Tom", lastname="Becker", company="Lakeview Dental",
          phone="312-555-0160", mobilephone="(312) 555-0161", lifecyclestage="customer"),
       hs(email="ANA.LOPEZ@RiverNorthCo.com", firstname="Ana", lastname="Lopez", company="River North Co",
          phone="  ", mobilephone="", lifecyclestage="customer"),
       hs(email="sam.ortiz@wickerparklabs.io", firstname="Sam", lastname="Ortiz", company="Wicker Park Labs",
          phone="+44 20 7946 0102", mobilephone="", lifecyclestage="customer"),
       HS[3]])
def _02(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"].lower(), "Phone": OMIT if blank(ph) else e164(ph)})


@case("h57-03-lead-source-table-revenue", H, L,
      "Quick background: our CS leadership wants to see which channel our expansion leads originally came from, "
      "and right now LeadSource in Salesforce is a mess. Here's the mapping from HubSpot's original source: "
      "ORGANIC_SEARCH becomes Web, PAID_SEARCH and PAID_SOCIAL both become Advertisement, REFERRALS becomes Partner "
      "Referral, and anything else (a blank source included) should just be Other. Please also carry over "
      "AnnualRevenue from the annual revenue as an actual number rather than text, but if the revenue is empty, "
      "leave AnnualRevenue off the lead entirely. Match on email as usual, so Email = email. Thanks a ton, Dana",
      extended(HS, hs(email="lucas.ferreira@goldcoastlaw.com", firstname="Lucas", lastname="Ferreira",
                      hs_analytics_source="OFFLINE", annualrevenue="350000")))
def _03(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral"}
    return keep({"Email": r["email"], "LeadSource": table.get(r["hs_analytics_source"], "Other"),
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h57-04-lead-rating-by-headcount", H, L,
      "So the renewals team in the Loop has started prioritising accounts by company size, and they'd like the "
      "Salesforce Rating to reflect that. Rule of thumb: more than 200 employees is Hot, more than 15 employees is "
      "Warm, and anything smaller is Cold; if the number of employees is blank in HubSpot, call it Cold too. We'd "
      "also like NumberOfEmployees filled in as a whole number, except when HubSpot has nothing there, in which case "
      "just leave that field off. Email to Email as the match key, obviously. FWIW this replaces the rating Jen set "
      "up by hand last spring, so nobody needs to worry about the old values.",
      extended(HS, hs(email="grace.lindgren@shorelinehealth.org", firstname="Grace", lastname="Lindgren",
                      numemployees="1500")))
def _04(r: R) -> Out:
    n = None if blank(r["numemployees"]) else int(r["numemployees"])
    rating = "Hot" if n is not None and n > 200 else "Warm" if n is not None and n > 15 else "Cold"
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": OMIT if n is None else n})


@case("h57-05-lead-name-cleanup", H, L,
      "Hi! One wrinkle with the event-registration imports: people type their names however they like, so the "
      "CSMs keep getting leads called 'maria GARCIA', which looks terrible in the welcome email. Could you put "
      "FirstName and LastName in title case (first letter of each word capitalised, the rest lower case), and do "
      "the same for City? State should go across in all caps. Email just comes over as it is, since that's our "
      "match key. Thank you!! Dana",
      [HS[0], HS[2], HS[3],
       hs(email="kevin.walsh@bridgeportbank.com", firstname="KEVIN", lastname="walsh", city="CHICAGO", state="il"),
       hs(email="annemarie.schultz@oakparkvet.com", firstname="anne marie", lastname="SCHULTZ", city="oak park",
          state="Il"),
       HS[4]])
def _05(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"]), "State": r["state"].upper()}


@case("h57-06-lead-skip-optouts-description", H, L,
      "Quick background: legal flagged that we were pushing people who had unsubscribed into the SDR call queues, "
      "so please skip any contact whose hs_email_optout is \"true\". A blank opt-out value means they never opted "
      "out, so those still go through. For the leads that do get created, Email comes from email (our match key) "
      "and Company from company, both copied as they are. Description should read 'HubSpot contact since ' followed "
      "by the create date as YYYY-MM-DD, e.g. 'HubSpot contact since 2023-03-14'. And every one of them gets "
      "Rating 'Warm'. Thanks, Dana in Chicago",
      extended(HS, hs(email="nora.quinn@ravenswoodcoffee.com", firstname="Nora", lastname="Quinn", company="",
                      hs_email_optout="false", createdate="2024-06-18T13:20:00.000Z")))
def _06(r: R) -> Out:
    if optout(r["hs_email_optout"]):
        return None
    return {"Email": r["email"], "Company": r["company"],
            "Description": "HubSpot contact since " + day(r["createdate"]), "Rating": "Warm"}


@case("h57-07-lead-company-fallback-chain", H, L,
      "Hey team, FWIW this is the same ask as the ticket I filed in March, just written down properly this time. "
      "Salesforce won't save a lead without a Company, so: use the HubSpot company; if that's empty, use their "
      "website instead; and if the website is empty too, put 'Unknown'. The website itself should also go into the "
      "lead's Website field exactly as it is in HubSpot. Email maps to Email and is what we match on. Much "
      "appreciated! - Dana",
      extended(HS,
               hs(email="nadia.haddad@cedarline.io", firstname="Nadia", lastname="Haddad", company="",
                  website="cedarline.io"),
               hs(email="pete.sorensen@brightwater.org", firstname="Pete", lastname="Sorensen", company="  ",
                  website="https://brightwater.org")))
def _07(r: R) -> Out:
    company = r["company"] if not blank(r["company"]) else r["website"] if not blank(r["website"]) else "Unknown"
    return {"Email": r["email"], "Company": company, "Website": r["website"]}


@case("h57-08-lead-mobile-e164-country", H, L,
      "Heads up that the SDR dialer only accepts mobile numbers in E.164, so MobilePhone needs to be formatted that "
      "way; treat anything without a leading + as a US number. If a contact has no mobile number at all, leave "
      "MobilePhone off the lead rather than sending an empty value. Country should be the HubSpot country, or "
      "'United States' when it's blank (almost all of our blanks are domestic accounts). PostalCode is just the zip, "
      "straight copy, and Email goes to Email so the sync can match. Thanks! Dana",
      extended(HS,
               hs(email="marcus.bell@pilsenprint.com", firstname="Marcus", lastname="Bell",
                  mobilephone="1-773-555-0135", country="", zip="60608"),
               hs(email="joy.adams@hydeparkbooks.com", firstname="Joy", lastname="Adams",
                  mobilephone="(773) 555-0172", country="  ", zip="60615")))
def _08(r: R) -> Out:
    return keep({"Email": r["email"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Country": dflt(r["country"], "United States"), "PostalCode": r["zip"]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h57-09-contact-mailing-address", H, C,
      "Hi data team! Quick background: the CSMs mail printed onboarding kits to new customers, and finance keeps "
      "asking why the mailing addresses on our Salesforce contacts are empty. So for Salesforce Contacts, please copy "
      "the street address into MailingStreet, the city into MailingCity, the state into MailingState, the zip into "
      "MailingPostalCode and the country into MailingCountry. One wrinkle: if the country is blank, use 'United "
      "States' for MailingCountry. Email to Email is the match key. Thanks so much, Dana",
      extended(HS, hs(email="will.chen@evanstonrowing.org", firstname="Will", lastname="Chen",
                      address="1600 Sheridan Rd", city="Evanston", state="IL", zip="60201", country="")))
def _09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": dflt(r["country"], "United States")}


@case("h57-10-contact-optout-department", H, C,
      "So our Salesforce contacts need to respect email preferences before the QBR invites go out next month. "
      "HasOptedOutOfEmail should be true when HubSpot's hs_email_optout is \"true\" and false when it's \"false\"; "
      "if it's blank, treat that as false too. Department should be 'Customer Success' on every contact, since "
      "these are all our book of business. Please also copy the job title into Title, using 'Unknown' when it's "
      "empty. Email is the key we match on, straight copy. Thank you!",
      extended(HS, hs(email="derek.mills@logansquarefit.com", firstname="Derek", lastname="Mills", jobtitle="  ",
                      hs_email_optout="  ")))
def _10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": optout(r["hs_email_optout"]),
            "Department": "Customer Success", "Title": dflt(r["jobtitle"], "Unknown")}


@case("h57-11-contact-source-table-lower-email", H, C,
      "Quick one today. For Salesforce Contacts, LeadSource should follow HubSpot's original source like this: "
      "ORGANIC_SEARCH is Web, PAID_SEARCH is Advertisement, EMAIL_MARKETING is Email, REFERRALS is Partner Referral "
      "and OFFLINE is Trade Show. Those are the only five sources this onboarding cohort has (marketing ops "
      "pre-filtered the list for us). Email should be lower-cased on the way in, since that's what we match on. "
      "MobilePhone is just the mobile number, copied over as-is. Thanks! Dana",
      [hs(email="Helen.Park@NorthCenterDental.com", firstname="Helen", lastname="Park", hs_analytics_source="ORGANIC_SEARCH",
          mobilephone="312.555.0120"),
       hs(email="victor.reyes@lincolnparkzoo.org", firstname="Victor", lastname="Reyes", hs_analytics_source="PAID_SEARCH",
          mobilephone=""),
       hs(email="JUNE.ABBOTT@uptownarts.org", firstname="June", lastname="Abbott", hs_analytics_source="EMAIL_MARKETING",
          mobilephone="(773) 555-0144"),
       hs(email="Chloe.Dubois@Lumiere.fr", firstname="Chloé", lastname="Dubois", hs_analytics_source="REFERRALS",
          mobilephone="+33 6 55 55 01 99"),
       hs(email="raj.patel@irvingparktools.com", firstname="Raj", lastname="Patel", hs_analytics_source="OFFLINE",
          mobilephone="630-555-0119")])
def _11(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "EMAIL_MARKETING": "Email",
             "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"].lower(), "LeadSource": table[r["hs_analytics_source"]],
            "MobilePhone": r["mobilephone"]}


@case("h57-12-contact-first-word-stage-description", H, C,
      "Hi! One wrinkle with the contacts we import from signed order forms: a lot of people put their full name in "
      "the first name box. So FirstName on the Salesforce Contact should only be the first word of HubSpot's first "
      "name, while LastName is copied as-is. Description should say 'Active customer' when the lifecycle stage is "
      "customer and 'Prospect' for every other stage. Match on email (Email = email). Thanks - Dana, CS Ops",
      [HS[0], HS[2], HS[4],
       hs(email="marykate.doyle@bucktownbakery.com", firstname="Mary Kate", lastname="Doyle", lifecyclestage="customer"),
       hs(email="luis.herrera@midwaycargo.com", firstname=" Luis Alberto", lastname="Herrera",
          lifecyclestage="opportunity")])
def _12(r: R) -> Out:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]), "LastName": r["lastname"],
            "Description": "Active customer" if r["lifecyclestage"] == "customer" else "Prospect"}


@case("h57-13-contact-us-only-phone", H, C,
      "Heads up that this sync is for the US renewals pod only, so only contacts whose country is United States "
      "should go to Salesforce Contacts; skip the rest for now. For those, Phone should be in E.164 format, assuming "
      "US numbers (the reps click-to-dial from Salesforce and it chokes on the parentheses). MailingState should be "
      "the state in upper case. Email to Email, as the match key. Thanks, Dana",
      [HS[0], HS[1], HS[3],
       hs(email="carla.nunez@southloopyoga.com", firstname="Carla", lastname="Nunez", phone="1 (773) 555-0190",
          state="il", country="United States"),
       hs(email="brett.olson@lakefrontmed.com", firstname="Brett", lastname="Olson", phone="312.555.0111",
          state="Wi", country="United States"),
       hs(email="emma.tremblay@maplecrest.ca", firstname="Emma", lastname="Tremblay", phone="416-555-0133",
          state="ON", country="Canada")])
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Phone": e164(r["phone"]), "MailingState": r["state"].upper()}


@case("h57-14-contact-skip-no-lastname-trim", H, C,
      "Quick background: contacts created from support-portal sign-ups often have stray spaces, and some have no "
      "last name at all, which Salesforce won't accept on a Contact. So please skip any contact whose last name is "
      "empty; those can wait until the CSM fills it in. For everyone else, Email should be trimmed of leading and "
      "trailing spaces (it's our match key, and the spaces break matching), and LastName is copied as is. FirstName "
      "is the first name, but 'there' when it's blank (our templates say 'Hi there'), and Title is the job title "
      "with the surrounding spaces trimmed too. Thanks!",
      [hs(email="  jordan.lee@prairieworks.com ", firstname="Jordan", lastname="Lee", jobtitle=" Account Manager "),
       hs(email="rosa.mendez@lakeshorecu.org ", firstname="", lastname="Mendez", jobtitle="Controller"),
       hs(email="theo.kim@fultonmarket.io", firstname="Theo", lastname="", jobtitle="Founder"),
       HS[0],
       hs(email=" beth.novak@halstedsupply.co", firstname="Beth", lastname="   ", jobtitle="Buyer"),
       hs(email="omar.fadel@navypierevents.com", firstname="  ", lastname="Fadel", jobtitle="")])
def _14(r: R) -> Out:
    if blank(r["lastname"]):
        return None
    return {"Email": r["email"].strip(), "LastName": r["lastname"], "FirstName": dflt(r["firstname"], "there"),
            "Title": r["jobtitle"].strip()}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h57-15-mc-newsletter-basics", H, M,
      "Hi team, we're finally moving the CS newsletter out of HubSpot and into Mailchimp (yay!). For each contact, "
      "email_address should be their email in lower case, since that's what Mailchimp matches on. FNAME gets the "
      "first name and LNAME the last name, both exactly as they are. Everyone goes in as subscribed, and please tag "
      "every member 'cs-newsletter' so we can tell them apart from the marketing list. Thanks!! Dana",
      extended(HS, hs(email="JOE.Kowalski@BridgeportBank.com", firstname="Joe", lastname="")))
def _15(r: R) -> Out:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "tags": ["cs-newsletter"]}


@case("h57-16-mc-three-way-status", H, M,
      "So the opt-out field in HubSpot is a bit of a mess for our older contacts. Here's what we want for the "
      "Mailchimp status: if hs_email_optout is \"true\" they go in as unsubscribed, if it's \"false\" they're "
      "subscribed, and if it's blank they should be pending so Mailchimp sends them a confirmation first. The email "
      "goes into email_address as-is (that's the match key), and FNAME comes from the first name. Also tag everyone "
      "'migrated-2024'. Thx, Dana",
      extended(HS, hs(email="lisa.grant@andersonvillegifts.com", firstname="Lisa", lastname="Grant",
                      hs_email_optout=" ")))
def _16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "merge_fields": {"FNAME": r["firstname"]},
            "tags": ["migrated-2024"]}


@case("h57-17-mc-summit-tags", H, M,
      "Quick background: our CSMs want to segment the Mailchimp audience for the customer summit in October. Every "
      "member should get the tag 'cs-2024', then a 'customer' tag if their lifecycle stage is customer, and then an "
      "'enterprise' tag if their annual revenue is more than 5,000,000, in that order. A blank revenue doesn't count "
      "as enterprise. email_address is just the email, unchanged (that's the match key). That's it, nothing else "
      "needed on this one!",
      [HS[0], HS[1], HS[2], HS[4],
       hs(email="frank.russo@merchandisemart.com", firstname="Frank", lastname="Russo", lifecyclestage="customer",
          annualrevenue="9000000"),
       hs(email="ivy.cho@wrigleyvillemedia.com", firstname="Ivy", lastname="Cho", lifecyclestage="customer",
          annualrevenue="")])
def _17(r: R) -> Out:
    tags = ["cs-2024"]
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    if (rev(r) or 0) > 5_000_000:
        tags.append("enterprise")
    return {"email_address": r["email"], "tags": tags}


@case("h57-18-mc-sms-phone-first-word", H, M,
      "Hey! One wrinkle for the Mailchimp SMS add-on: the PHONE merge field has to be E.164, so format the "
      "contact's phone that way, treating numbers without a + as US. If the phone is empty, use the mobile number "
      "instead, and if both are empty just leave PHONE out. FNAME should be only the first word of the first name, "
      "because otherwise the welcome email says 'Hi Mary Kate,' to people who go by Mary. email_address comes from "
      "the email, as is, for matching. Thank you!",
      [HS[0], HS[1], HS[2], HS[3],
       hs(email="marykate.sullivan@beverlyflorist.com", firstname="Mary Kate", lastname="Sullivan", phone="",
          mobilephone="")])
def _18(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"PHONE": OMIT if blank(ph) else e164(ph), "FNAME": first_word(r["firstname"])}})


@case("h57-19-mc-skip-subscribers-vip", H, M,
      "Heads up that the CS team only wants people we've actually talked to in this audience, so skip anyone whose "
      "lifecycle stage is subscriber. For the rest, email_address comes from the email (our match key), and vip is "
      "true for customers and false for every other stage. Set language to 'en' for all of them for now; "
      "localisation is a next-year problem. Thanks so much - Dana",
      extended(HS,
               hs(email="gus.peterson@rogersparkhardware.com", firstname="Gus", lastname="Peterson",
                  lifecyclestage="subscriber"),
               hs(email="tina.marsh@streeterville.law", firstname="Tina", lastname="Marsh",
                  lifecyclestage="opportunity")))
def _19(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "vip": r["lifecyclestage"] == "customer", "language": "en"}


@case("h57-20-mc-fname-before-at", H, M,
      "Quick background: some contacts came in through our support widget with only an email address, so their "
      "first name is empty and Mailchimp greets them with 'Hi ,'. Please set FNAME to the first name, and when "
      "that's empty, fall back to the part of the email before the @. LNAME is the last name in title case. The "
      "email itself just copies into email_address for matching, and set email_type to 'html' for everyone. "
      "Thanks! Dana",
      lower_emails([HS[0],
                    hs(email="jtorres@westloopfitness.com", firstname="", lastname="TORRES"),
                    HS[2],
                    hs(email="b.ng@clarkstreetdeli.org", firstname="  ", lastname="ng"),
                    HS[3]]))
def _20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]),
                             "LNAME": title(r["lastname"])},
            "email_type": "html"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h57-21-seg-name-concat", H, S,
      "Hi! We're piping contacts into Segment so the health-score model can use them. userId should be the email in "
      "lower case, since that's how Segment matches people. Please send traits.email as the original email, "
      "unchanged, and traits.name as the first name, a space, then the last name (e.g. 'Priya Raman'). traits.title "
      "is the job title, or 'Not provided' if it's blank. Thanks! - Dana",
      HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"],
                       "title": dflt(r["jobtitle"], "Not provided")}}


@case("h57-22-seg-company-traits", H, S,
      "Quick background: the account-health dashboard groups users by company, so we need the company details "
      "nested under traits.company. traits.company.name is the company, or 'Unknown' when it's empty; "
      "traits.company.industry is the industry, but leave it out when HubSpot has none; and "
      "traits.company.employee_count is the number of employees as a whole number, also left out when blank. "
      "userId = email, no changes, as the match key. That's all for this one!",
      extended(HS, hs(email="hank.moreau@fultonforge.com", firstname="Hank", lastname="Moreau", company="",
                      industry="", numemployees="3")))
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "industry": OMIT if blank(r["industry"]) else r["industry"],
                                        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h57-23-seg-address-phone", H, S,
      "Hey team, heads up that Segment feeds the vendor who ships our customer swag boxes, so the address needs to "
      "be nested under traits.address. Put the street address in traits.address.street, the city in "
      "traits.address.city (title case, please, since some were typed in lower case), the state in "
      "traits.address.state and the zip in traits.address.postalCode. traits.phone should be the phone in E.164, "
      "assuming US when there's no +; contacts with no phone just don't get traits.phone. userId is the email as-is. "
      "Thanks!",
      [HS[0], HS[2], HS[3], HS[1],
       hs(email="olga.petrov@oakparkpiano.com", firstname="Olga", lastname="Petrov", address="210 Lake St",
          city="oak park", state="IL", zip="60302", phone="773-555-0148")])
def _23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": title(r["city"]), "state": r["state"],
                                        "postalCode": r["zip"]},
                            "phone": OMIT if blank(r["phone"]) else e164(r["phone"])}})


@case("h57-24-seg-health-tier-website", H, S,
      "So the CS health model wants a custom trait called traits.health_tier based on lifecycle stage: customer is "
      "'active', opportunity is 'expansion', salesqualifiedlead is 'pipeline', and anything else is 'prospect'. "
      "traits.createdAt should be the contact's create date as just the date (YYYY-MM-DD). And traits.website should "
      "be the website, or if that's blank, 'https://' followed by the part of their email after the @. userId is the "
      "email, unchanged, since that's what we match on. Thanks a bunch, Dana",
      lower_emails(extended(HS, hs(email="pam.reed@jeffersonparkpt.com", firstname="Pam", lastname="Reed",
                                   lifecyclestage="opportunity", website="", createdate="2024-02-29T16:45:00.000Z"))))
def _24(r: R) -> Out:
    tiers = {"customer": "active", "opportunity": "expansion", "salesqualifiedlead": "pipeline"}
    return {"userId": r["email"],
            "traits": {"health_tier": tiers.get(r["lifecyclestage"], "prospect"), "createdAt": day(r["createdate"]),
                       "website": r["website"] if not blank(r["website"]) else "https://" + after_at(r["email"])}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h57-25-ga4-customer-onboarded", H, G,
      "Hi! Quick background: our VP wants onboarding completions to show up in GA4 next to the marketing "
      "conversions. Only send customers (lifecycle stage customer), nobody else. Each one is a request with client_id "
      "'cs-ops.hubspot' and a single event named 'customer_onboarded', whose params are currency 'USD' and value = "
      "the annual revenue as a number (use 0 if the revenue is blank). So again, only customers! Thanks, Dana",
      [HS[2], HS[0],
       hs(email="dev.shah@uptownclinic.com", firstname="Dev", lastname="Shah", lifecyclestage="customer",
          annualrevenue=""),
       hs(email="kim.boyle@lincolnsquarepets.com", firstname="Kim", lastname="Boyle", lifecyclestage="customer",
          annualrevenue="750000"),
       HS[3]])
def _25(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"client_id": "cs-ops.hubspot",
            "events": [{"name": "customer_onboarded",
                        "params": {"currency": "USD",
                                   "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])}}]}


@case("h57-26-ga4-conditional-event", H, G,
      "Heads up that this one's for the funnel report Marcus is building. client_id should be the contact's email in "
      "lower case, and each request carries one event. The event name is 'generate_lead' when the lifecycle stage is "
      "salesqualifiedlead, and 'sign_up' for every other stage. Add a param called source with the original source "
      "in lower case, or 'direct' when the original source is blank. Thanks! Dana",
      extended(HS, hs(email="Ben.Harris@GooseIslandAV.com", firstname="Ben", lastname="Harris",
                      lifecyclestage="salesqualifiedlead", hs_analytics_source="")))
def _26(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"].lower(),
            "events": [{"name": "generate_lead" if r["lifecyclestage"] == "salesqualifiedlead" else "sign_up",
                        "params": {"source": "direct" if blank(src) else src.lower()}}]}


@case("h57-27-ga4-qbr-invited", H, G,
      "One more GA4 one, sorry! We're tracking QBR invitations, so skip anybody whose hs_email_optout is \"true\" "
      "(blank means they haven't opted out, so they're included). client_id is always 'cs-qbr', user_id is the "
      "contact's email unchanged, and the event is named 'qbr_invited'. In its params, put employees = the number of "
      "employees as a whole number (0 when it's blank) and country = the country in upper case. Thanks a bunch - Dana",
      extended(HS, hs(email="sue.lambert@printersrow.com", firstname="Sue", lastname="Lambert", numemployees="",
                      hs_email_optout="false", country="Canada")))
def _27(r: R) -> Out:
    if optout(r["hs_email_optout"]):
        return None
    return {"client_id": "cs-qbr", "user_id": r["email"],
            "events": [{"name": "qbr_invited",
                        "params": {"employees": 0 if blank(r["numemployees"]) else int(r["numemployees"]),
                                   "country": r["country"].upper()}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h57-28-sfl-status-table", L, H,
      "Hi data team! Going the other direction now: Salesforce leads back into HubSpot, so the CSMs can see pre-sale "
      "history before kickoff calls. Copy Email into email (that's the match key), FirstName into firstname, "
      "LastName into lastname, Company into company and Title into jobtitle. hs_lead_status should come from the "
      "lead Status: 'Open - Not Contacted' is NEW, 'Working - Contacted' is IN_PROGRESS, 'Closed - Converted' is "
      "OPEN_DEAL and 'Closed - Not Converted' is UNQUALIFIED. Thanks so much!",
      extended(SFL, sfl(Email="kate.murray@wickerparkcycles.com", FirstName="Kate", LastName="Murray",
                        Company="Wicker Park Cycles", Title="", Status="Working - Contacted")))
def _28(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "hs_lead_status": table[r["Status"]]}


@case("h57-29-sfl-rating-stage-optout", L, H,
      "Quick background: the CS team runs their handoff board off HubSpot lifecycle stages, and Rating is the closest "
      "thing Salesforce has. So lifecyclestage should be salesqualifiedlead for Hot leads, marketingqualifiedlead for "
      "Warm ones and lead for Cold ones. hs_email_optout needs to be the text \"true\" when HasOptedOutOfEmail is "
      "checked and \"false\" when it isn't. Email goes to email for matching. Thanks, Dana",
      extended(SFL, sfl(Email="zoe.fischer@archerheights.com", FirstName="Zoe", LastName="Fischer", Rating="Warm",
                        HasOptedOutOfEmail=False)))
def _29(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {"email": r["Email"], "lifecyclestage": table[r["Rating"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h57-30-sfl-london-phone", L, H,
      "Heads up that these leads all come from our London office's Salesforce queue, so phone numbers without a "
      "country code are UK numbers. Please send phone in E.164 (e.g. 020 7946 0321 becomes +442079460321), and if a "
      "lead has no phone, leave phone off. Skip any lead whose Status is 'Closed - Not Converted', since those are "
      "dead. country should be the Country, or 'United Kingdom' when it's blank, and email comes from Email for "
      "matching. Cheers!",
      [SFL[3], SFL[2],
       sfl(Email="olivia.hughes@merseyfreight.co.uk", FirstName="Olivia", LastName="Hughes", Company="Mersey Freight",
           Phone="0161 496 0754", City="Manchester", Country="", Status="Working - Contacted"),
       sfl(Email="tom.fraser@thistlebank.co.uk", FirstName="Tom", LastName="Fraser", Company="Thistle Bank",
           Phone="", City="Edinburgh", Country="United Kingdom", Status="Open - Not Contacted"),
       sfl(Email="sean.byrne@liffeyworks.ie", FirstName="Sean", LastName="Byrne", Company="Liffey Works",
           Phone="+353 1 555 0142", City="Dublin", Country="Ireland", Status="Open - Not Contacted"),
       sfl(Email="ruth.hale@yorkminsterinns.co.uk", FirstName="Ruth", LastName="Hale", Company="Minster Inns",
           Phone="0113 496 0000", City="Leeds", Country="United Kingdom", Status="Closed - Not Converted")])
def _30(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44"),
                 "country": dflt(r["Country"], "United Kingdom")})


@case("h57-31-sfl-firmographics", L, H,
      "So the CS team wants a bit of firmographic info on the HubSpot side before the handoff call. annualrevenue "
      "should be the AnnualRevenue as a number, left off when it's blank. city should be the City in title case "
      "(some reps type in all caps), and zip is the PostalCode as is. Every contact created from this should get "
      "hs_lead_status 'NEW'. Email goes to email, of course, since that's how we match. Thanks!",
      extended(SFL,
               sfl(Email="ned.carver@westtownbrewing.com", FirstName="Ned", LastName="Carver", City="CHICAGO",
                   PostalCode="60622", AnnualRevenue="1250000.5"),
               sfl(Email="ella.brandt@oakbrookrealty.com", FirstName="Ella", LastName="Brandt", City="oak brook",
                   PostalCode="60523", AnnualRevenue="")))
def _31(r: R) -> Out:
    return keep({"email": r["Email"],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "city": title(r["City"]), "zip": r["PostalCode"], "hs_lead_status": "NEW"})


@case("h57-32-sfl-hot-only", L, H,
      "Quick background: we only have CS capacity for the hottest inbound right now, so only sync leads whose "
      "Rating is Hot and leave the Warm and Cold ones alone. For those, email comes from Email (the match key), "
      "firstname and lastname are copied from FirstName and LastName, and jobtitle is the Title, or 'Unknown' if the "
      "title is empty. lifecyclestage is always salesqualifiedlead. So again: Hot only. Thanks!",
      [SFL[0], SFL[1], SFL[3],
       sfl(Email="ahmed.salem@bronzevillecraft.com", FirstName="Ahmed", LastName="Salem", Title="", Rating="Hot"),
       SFL[2]])
def _32(r: R) -> Out:
    if r["Rating"] != "Hot":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "jobtitle": dflt(r["Title"], "Unknown"), "lifecyclestage": "salesqualifiedlead"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h57-33-sfc-mc-department-tag", C, M,
      "Hi! This is for the Mailchimp side of the customer newsletter. email_address should be the Salesforce Email in "
      "lower case, since it's our match key, and FNAME and LNAME come from FirstName and LastName. The status is "
      "unsubscribed when HasOptedOutOfEmail is true and subscribed when it's false. For tags, use just the contact's "
      "Department as a single tag, and if the Department is empty, send an empty tag list. Thanks, Dana",
      extended(SFC,
               sfc(Email="Rita.Gomez@HumboldtHealth.org", FirstName="Rita", LastName="Gomez",
                   Department="Customer Success", HasOptedOutOfEmail=True),
               sfc(Email="paul.stein@ukrainianvillage.org", FirstName="Paul", LastName="Stein", Department="  ",
                   HasOptedOutOfEmail=False)))
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": [] if blank(r["Department"]) else [r["Department"]]}


@case("h57-34-sfc-mc-us-sms-pilot", C, M,
      "Heads up that the SMS pilot is US-only (legal hasn't signed off on anywhere else yet), so only include "
      "contacts whose MailingCountry is United States. The PHONE merge field should be E.164, assuming US numbers. "
      "language is 'en' for everyone, and tag everyone 'cs-sms-pilot' (just that one tag). email_address is the Email "
      "as-is, for matching. Thanks!",
      extended(SFC,
               sfc(Email="gina.lopez@pilsenbakery.com", FirstName="Gina", LastName="Lopez", Phone="(312) 555-0199",
                   MailingCity="Chicago", MailingCountry="United States"),
               sfc(Email="mark.owens@naperlaw.com", FirstName="Mark", LastName="Owens", Phone="+1 773 555 0101",
                   MailingCity="Naperville", MailingCountry="United States")))
def _34(r: R) -> Out:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": "en",
            "tags": ["cs-sms-pilot"]}


@case("h57-35-sfc-mc-language-by-country", C, M,
      "Quick background: our EMEA CSMs asked that renewal reminders go out in the customer's own language. So "
      "language should be 'de' for contacts whose MailingCountry is Germany or Austria, 'fr' for France, and 'en' for "
      "every other country, blank included. Skip anyone who has opted out of email (HasOptedOutOfEmail true). FNAME "
      "should be the first name in title case, and email_address comes from Email as-is; that's the match key. "
      "Danke / merci / thanks! Dana",
      extended(SFC,
               sfc(Email="camille.roux@atelierroux.fr", FirstName="camille", LastName="Roux", MailingCity="Lyon",
                   MailingCountry="France"),
               sfc(Email="nina.berg@norrsken.se", FirstName="NINA", LastName="Berg", MailingCity="", MailingCountry=""),
               sfc(Email="luca.meier@seeblick.ch", FirstName="Luca", LastName="Meier", MailingCity="Zurich",
                   MailingCountry="Switzerland")))
def _35(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de", "France": "fr"}.get(r["MailingCountry"], "en")
    return {"email_address": r["Email"], "language": lang, "merge_fields": {"FNAME": title(r["FirstName"])}}


@case("h57-36-sfc-mc-dach-phone-exec-tag", C, M,
      "Hi team, one more for the DACH accounts Katrin's team took over in January. Their numbers are German unless "
      "they start with a +, so please put PHONE in E.164 with Germany as the default country (e.g. 0221 5550142 "
      "becomes +492215550142). Tags: everyone gets 'dach', and contacts whose Title is exactly 'CEO' or 'CTO' also "
      "get 'exec' after it. email_address = Email, unchanged, which is what Mailchimp matches on. Danke! Dana",
      [sfc(Email="felix.wagner@rheinsoft.de", Phone="0221 5550142", Title="CTO"),
       sfc(Email="lena.huber@alpenwerk.at", FirstName="Lena", LastName="Huber", Phone="+43 1 555 0190", Title="",
           MailingCity="Vienna", MailingCountry="Austria"),
       sfc(Email="jonas.keller@spreetech.de", FirstName="Jonas", LastName="Keller", Phone="030 5550177",
           Title="Head of IT", MailingCity="Berlin"),
       sfc(Email="mia.schmidt@isarwerk.de", FirstName="Mia", LastName="Schmidt", Phone="089 5550123", Title="CEO",
           MailingCity="Munich"),
       sfc(Email="urs.frei@limmatbau.ch", FirstName="Urs", LastName="Frei", Phone="+41 44 555 0101",
           Title="Chief Executive", MailingCity="Zurich", MailingCountry="Switzerland")])
def _36(r: R) -> Out:
    tags = ["dach"] + (["exec"] if r["Title"] in ("CEO", "CTO") else [])
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"], "49")}, "tags": tags}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h57-37-sfc-seg-basics", C, S,
      "Hi! We're sending Salesforce Contacts to Segment for the churn-risk model the analytics folks are building. "
      "userId is the Email in lower case, which is the match key. traits.email is the Email unchanged, and "
      "traits.firstName and traits.lastName are copied from FirstName and LastName. traits.title is the Title, but "
      "leave it out when a contact has no title. Thanks so much!",
      extended(SFC, sfc(Email="Owen.Clarke@RiverwalkRentals.com", FirstName="Owen", LastName="Clarke", Title="  ")))
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h57-38-sfc-seg-birthday-address", C, S,
      "Quick background: the customer-marketing team sends birthday cards (very Midwest of us), so traits.birthday "
      "should be the Birthdate, and when there isn't one, just leave it off. Also nest the mailing city and country "
      "under traits.address: traits.address.city from MailingCity and traits.address.country from MailingCountry, "
      "with the country falling back to 'Unknown' when it's blank. userId is the Email as it is, since that's what we "
      "match on. Thanks! Dana",
      extended(SFC, sfc(Email="hugo.lindqvist@skylinepartners.com", FirstName="Hugo", LastName="Lindqvist",
                        MailingCity="Milwaukee", MailingCountry="", Birthdate="1979-08-14")))
def _38(r: R) -> Out:
    return keep({"userId": r["Email"],
                 "traits": {"birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                            "address": {"city": r["MailingCity"],
                                        "country": dflt(r["MailingCountry"], "Unknown")}}})


@case("h57-39-sfc-seg-name-phone-channel", C, S,
      "So the health-score dashboard shows names as 'Last, First', which is how the CSMs like it. traits.name should "
      "be the LastName, a comma and a space, then the FirstName (e.g. 'Wagner, Felix'). traits.phone is the Phone in "
      "E.164, treating numbers without a + as US. We also want a custom trait, traits.channel, from LeadSource: Web "
      "is 'inbound', Trade Show is 'events', Partner Referral is 'partner', and anything else, blank included, is "
      "'other'. userId = Email, unchanged, as the match key.",
      extended(SFC,
               sfc(Email="ivan.novak@riverforestbank.com", FirstName="Ivan", LastName="Novak", Phone="708-555-0156",
                   LeadSource="Partner Referral"),
               sfc(Email="amy.ward@southshoremedia.com", FirstName="Amy", LastName="Ward", Phone="(219) 555-0183",
                   LeadSource="Advertisement")))
def _39(r: R) -> Out:
    channel = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partner"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"name": r["LastName"] + ", " + r["FirstName"], "phone": e164(r["Phone"]), "channel": channel}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h57-40-mc-hs-title-optout", M, H,
      "Hi data team! Last one from me this week, promise. Mailchimp members go back into HubSpot like this: email from "
      "email_address (the match key), firstname and lastname from FNAME and LNAME in title case, and phone from PHONE "
      "as-is. hs_email_optout should be the string \"true\" for unsubscribed members and \"false\" for everybody "
      "else. Thanks for all the help this quarter! Dana",
      extended(MC, mc({"FNAME": "ROSA", "LNAME": "delgado", "PHONE": "312-555-0177"},
                      email_address="rosa.delgado@humboldtparkcafe.com", status="pending", tags=[])))
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "phone": mf["PHONE"], "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"}


@case("h57-41-mc-hs-skip-cleaned", M, H,
      "Quick background: cleaned addresses in Mailchimp are bounces, and the CSMs don't want them cluttering HubSpot, "
      "so skip any member whose status is cleaned. lifecyclestage should be customer when the member is VIP and "
      "subscriber when they're not. phone should be the PHONE merge field in E.164 (assume US), left off when it's "
      "empty. hs_language is just the member's language, and email comes from email_address so we match properly.",
      extended(MC,
               mc({"FNAME": "Greg", "LNAME": "Hall", "PHONE": "(773) 555-0108", "COMPANY": "Hall Roofing"},
                  email_address="greg.hall@hallroofing.com", status="cleaned", language="en", vip=True),
               mc({"FNAME": "Ines", "LNAME": "Costa", "PHONE": "312-555-0177", "COMPANY": "Costa Travel"},
                  email_address="ines.costa@costatravel.com", status="pending", language="es", vip=True)))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber",
                 "phone": OMIT if blank(ph) else e164(ph), "hs_language": r["language"]})


@case("h57-42-mc-hs-company-fallback", M, H,
      "One wrinkle on the Mailchimp to HubSpot sync: a lot of members never filled in COMPANY. So for company, use "
      "the COMPANY merge field, and when that's empty, use the part of their email address after the @. firstname "
      "should be just the first word of FNAME. And lifecyclestage is customer if the member carries the 'Customer' "
      "tag, otherwise lead. email = email_address, as-is, for matching. Thanks, Dana",
      extended(MC, mc({"FNAME": "Mary Ellen", "LNAME": "Burke", "PHONE": "", "COMPANY": " "},
                      email_address="maryellen.burke@beverlyhillsbakery.com", tags=["Webinar", "Customer"])))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"],
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "firstname": first_word(mf["FNAME"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set57")
