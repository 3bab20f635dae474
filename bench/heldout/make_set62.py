"""Held-out set 62 for the offline mapping drafter.

Persona: Ciara, an events-marketing coordinator in Manchester who dictates her mapping requests
into a voice-notes app on the train. The texts are the app's transcripts, lightly cleaned: spoken
rhythm, fillers ("right, so", "basically", "yeah"), numbers sometimes spelled out ("ten million",
"plus four four"), self-corrections where the LATER statement is the one that counts ("actually no,
make that ...", "scratch that, ..."), asides, British spelling, no bullet points. She always says
what to match on.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h62-01 .. h62-08)
  hubspot.contacts -> salesforce.Contact   6  (h62-09 .. h62-14)
  hubspot.contacts -> mailchimp.members    6  (h62-15 .. h62-20)
  hubspot.contacts -> segment.identify     4  (h62-21 .. h62-24)
  hubspot.contacts -> ga4.events           3  (h62-25 .. h62-27)
  salesforce.Lead  -> hubspot.contacts     5  (h62-28 .. h62-32)
  salesforce.Contact -> mailchimp.members  4  (h62-33 .. h62-36)
  salesforce.Contact -> segment.identify   3  (h62-37 .. h62-39)
  mailchimp.members -> hubspot.contacts    3  (h62-40 .. h62-42)

Rule kinds per case:
  01 copies (blanks), constant w/ correction  22 nested company traits, fallback after @, omit x2,
  02 defaults when empty x3, constant            whole number, constant
  03 fallback chain + omit, title case        23 nested address, title, upper, default, omit, date
  04 lower, value table w/ otherwise (corr.)  24 exclude filter, trim+lower, trim, boolean (blank), number
  05 exclude filters (blank stated), const    25 GA4: lower client_id, const name/param, lower, number+default
  06 > conditions (blank stated), number/omit, 26 GA4: const client_id, > filter (blank), before @, number
     integer/omit                             27 GA4: conditional event name, copy, default, dropped param
  07 only filter, title case, E.164 UK, omit  28 copies (with empty values)
  08 only filter, upper, concat + date        29 value table no otherwise (correction), "true"/"false"
  09 Mailing* copies, default                 30 lower, value table no otherwise, number/omit, copy
  10 booleans (blank stated), copies          31 only filter, E.164 UK, upper, default
  11 first word, fallback before @, default   32 exclude filter, title case, default, constant
     (corrected), constant                    33 lower, boolean->status, constant + conditional tag
  12 value table no otherwise, upper, omit    34 title case, value table w/ otherwise (correction)
  13 exclude filter (spaces), trim+title,     35 default, copy, equality -> vip, constant
     title, trim                              36 only filter, copies (blank), constant, empty tag list
  14 only filter, constant, E.164 US fallback 37 lower userId, copies, omit x2
  15 lower, copies, constant, tag (corrected) 38 E.164 US + omit, nested trim, nested default
  16 3-way status (blank stated), tags        39 concatenation, value table w/ otherwise
  17 conditional tags (> / < / =), empty list 40 title case, omit, default, "true"/"false"
  18 first word, E.164 US fallback + omit     41 exclude filter, copy, vip condition, default
  19 exclude filter (blank), constant, vip    42 first word w/ fallback before @, copy, tag condition
  20 fallback before @, title case, condition
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
    Out,
    S,
    build,
    collector,
    dflt,
    extended,
    lower_emails,
    rev,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


# ---------------------------------------------------------------- Ciara's own records
CI1 = hs(email="siobhan.kelly@northernquarter.co.uk", firstname="siobhan", lastname="KELLY",
         company="Northern Quarter Events", phone="0161 496 0123", mobilephone="07700 900456",
         jobtitle="events manager", hs_analytics_source="OFFLINE", lifecyclestage="opportunity",
         country="United Kingdom", city="Manchester", state="", zip="M4 1HN", address="14 Oldham St",
         annualrevenue="750000", numemployees="35", industry="Hospitality", website="northernquarter.co.uk",
         createdate="2024-02-15T13:20:00.000Z", hs_email_optout="false")
CI2 = hs(email="raj.patel@salfordmedia.co.uk", firstname="  Raj ", lastname="Patel", company="  ",
         phone="", mobilephone="", jobtitle="", hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="lead",
         country="  ", city="Salford", state="", zip="M50 2EQ", address="", annualrevenue="", numemployees="",
         industry="", website="", createdate="2024-04-03T12:00:00.000Z", hs_email_optout="")
CI3 = hs(email="Beth.Okoro@LeedsArena.co.uk", firstname="bethany anne", lastname="okoro", company="leeds arena group",
         phone="+44 113 496 0777", mobilephone="07700 900123", jobtitle="Head of Partnerships",
         hs_analytics_source="EMAIL_MARKETING", lifecyclestage="customer", country="United Kingdom", city="Leeds",
         state="West Yorkshire", zip="LS2 8BY", address="Arena Way", annualrevenue="30000000", numemployees="400",
         industry="Entertainment", website="https://leedsarena.co.uk", createdate="2021-09-30T11:11:00.000Z",
         hs_email_optout="true")
CI4 = hs(email="gemma.ward@traffordexpo.co.uk", firstname="GEMMA", lastname="ward", company="Trafford Expo",
         phone="0161 496 0456", mobilephone="", jobtitle="Exhibitor Liaison", hs_analytics_source="REFERRALS",
         lifecyclestage="customer", country="United Kingdom", city="stretford", state="", zip="M32 0JG",
         address="Sir Matt Busby Way", annualrevenue="2200000", numemployees="60", industry="Events",
         website="traffordexpo.co.uk", createdate="2023-10-10T14:00:00.000Z", hs_email_optout="false")
CI5 = hs(email="lucy.fenton@ancoatsfestival.co.uk", firstname="Lucy", lastname="", company="Ancoats Festival",
         phone="", mobilephone="07700 900777", jobtitle="  Volunteer Lead", hs_analytics_source="DIRECT_TRAFFIC",
         lifecyclestage="marketingqualifiedlead", country="", city="manchester", state="", zip="m4 6bf", address="",
         annualrevenue="", numemployees="8", industry="Events", website="", createdate="2024-05-21T12:30:00.000Z",
         hs_email_optout="false")
CI6 = hs(email="jordan.blake@hudsonyardsevents.com", firstname="Jordan", lastname="Blake", company="Hudson Yards Events",
         phone="", mobilephone="1 (646) 555-0111", jobtitle="Producer", hs_analytics_source="PAID_SOCIAL",
         lifecyclestage="lead", country="United States", city="New York", state="NY", zip="10001",
         address="33 W 34th St", annualrevenue="3100000", numemployees="22", industry="Events",
         website="", createdate="2024-03-08T16:40:00.000Z", hs_email_optout="false")
CI7 = hs(email="info@castlefieldbowl.co.uk", firstname="  ", lastname="", company="Castlefield Bowl",
         phone="0161 496 0888", mobilephone="", jobtitle="", hs_analytics_source="DIRECT_TRAFFIC",
         lifecyclestage="subscriber", country="United Kingdom", city="Manchester", state="", zip="M3 4JR",
         address="Liverpool Rd", annualrevenue="", numemployees="", industry="", website="",
         createdate="2024-06-01T12:00:00.000Z", hs_email_optout="false")
CI8 = hs(email=" Ella.Moss@PiccadillyPR.co.uk ", firstname=" Ella", lastname="Moss", company="Piccadilly PR",
         phone="0161 496 0345", mobilephone="", jobtitle="Account Director", hs_analytics_source="REFERRALS",
         lifecyclestage="lead", country="United Kingdom", city="Manchester", state="", zip="M1 2AB",
         address="3 Portland St", annualrevenue="1250000.5", numemployees="15", industry="Media", website="",
         createdate="2024-01-22T10:00:00.000Z", hs_email_optout="")
CI9 = hs(email="pat.doyle@gmexevents.co.uk", firstname="Pat", lastname="Doyle", company="GMEX Events",
         phone="0161 496 0666", mobilephone="", jobtitle="Director", hs_analytics_source="OFFLINE",
         lifecyclestage="evangelist", country="United Kingdom", city="Manchester", state="", zip="M2 3GX",
         address="Windmill St", annualrevenue="9000000", numemployees="120", industry="Events", website="",
         createdate="2020-05-05T12:00:00.000Z", hs_email_optout="false")

SL1 = sfl(Email="niamh.byrne@mcrconferences.co.uk", FirstName="niamh", LastName="BYRNE", Company="MCR Conferences",
          Title="", Phone="0161 496 0555", Street="1 Piccadilly", City="Manchester", PostalCode="M1 1AA",
          Country="United Kingdom", Status="Working - Contacted", Rating="Warm", LeadSource="Seminar - Partner",
          HasOptedOutOfEmail=True, AnnualRevenue="950000")
SL2 = sfl(Email="tom.hughes@pennineav.co.uk", FirstName="tom", LastName="hughes", Company="", Title="AV Technician",
          Phone="07700 900888", Street="", City="  ", PostalCode="", Country="United Kingdom",
          Status="Open - Not Contacted", Rating="Cold", LeadSource="", HasOptedOutOfEmail=False, AnnualRevenue="")
SL3 = sfl(Email="Danny.Shaw@AltrinchamMarket.co.uk", FirstName="DANNY", LastName="shaw",
          Company="Altrincham Market Events", Title="Operations Lead", Phone="+44 161 496 0321", Street="Greenwood St",
          City="Altrincham", PostalCode="wa14 1sf", Country="United Kingdom", Status="Closed - Converted",
          Rating="Hot", LeadSource="Web", HasOptedOutOfEmail=False, AnnualRevenue="640000.25")

SC1 = sfc(Email="Aoife.Brennan@CityCentreVenues.co.uk", FirstName="Aoife", LastName="Brennan", Title="Venue Manager",
          Department="Events", Phone="0161 496 0999", MailingCity="Manchester", MailingCountry="United Kingdom",
          LeadSource="Seminar - Internal", HasOptedOutOfEmail=False, Birthdate="1988-08-19")
SC2 = sfc(Email="marcus.reid@boltonbooths.co.uk", FirstName="marcus", LastName="reid", Title="", Department="",
          Phone="", MailingCity="", MailingCountry="", LeadSource="Email", HasOptedOutOfEmail=True, Birthdate="")
SC3 = sfc(Email="lukas.meier@zuriexpo.ch", FirstName="LUKAS", LastName="meier", Title="Stand Designer",
          Department="Design", Phone="+41 44 555 0123", MailingCity="Zurich", MailingCountry="Switzerland",
          LeadSource="Trade Show", HasOptedOutOfEmail=False, Birthdate="1979-02-14")
SC4 = sfc(Email="bookings@northernstagehire.co.uk", FirstName="", LastName="Stage Hire", Title="", Department="Sales",
          Phone="0161 496 0222", MailingCity="Oldham", MailingCountry="United Kingdom", LeadSource="",
          HasOptedOutOfEmail=False, Birthdate="")
SC5 = sfc(Email="dana.kim@pugetpavilion.com", FirstName="Dana", LastName="Kim", Title="Event Producer",
          Department="Events", Phone="206 555 0133", MailingCity=" Seattle ", MailingCountry="United States",
          LeadSource="Web", HasOptedOutOfEmail=False, Birthdate="1992-07-07")

MC1: R = {"email_address": "hannah.clarke@deansgatedesign.co.uk", "status": "pending",
          "merge_fields": {"FNAME": "hannah", "LNAME": "clarke", "PHONE": "07700 900321", "COMPANY": "Deansgate Design"},
          "tags": ["Expo 2024"], "language": "en", "vip": False}
MC2: R = {"email_address": "owen.price@stockportstaging.co.uk", "status": "subscribed",
          "merge_fields": {"FNAME": "", "LNAME": "PRICE", "PHONE": "0161 496 0777", "COMPANY": "  "},
          "tags": [], "language": "", "vip": True}
MC3: R = {"email_address": "rosa.lindgren@castlefieldarts.org", "status": "unsubscribed",
          "merge_fields": {"FNAME": "Rosa Maria", "LNAME": "Lindgren", "PHONE": "", "COMPANY": "Castlefield Arts"},
          "tags": ["Webinar", "Expo 2024"], "language": "sv", "vip": False}


def optout(r: R) -> bool:
    """HubSpot's hs_email_optout read as 'opted out' (blank = not opted out, as the texts say)."""
    return r["hs_email_optout"] == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h62-01-spring-events-copies", H, L,
      "Right, so this is HubSpot contacts going into Salesforce as leads, and we match on email. Basically just copy "
      "the email into Email, first name into First Name, surname into Last Name, company name into Company and job "
      "title into Title, all exactly as they are, blanks included. Oh, and every lead gets the lead source Trade Show, "
      "actually no, make that Seminar - Internal, because these all came from our own spring events. Nothing else on "
      "the lead, yeah.",
      extended(HS, CI1, CI2))
def o01(r: R) -> R:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Seminar - Internal"}


@case("h62-02-unknown-individual-guest", H, L,
      "Okay, HubSpot contacts to Salesforce leads again, match on email, and the email goes across as it is. Surname "
      "into Last Name, and if the surname's blank just put Unknown, because Salesforce won't save a lead without one. "
      "Company's the same idea, company name into Company, or Individual if there isn't one. Job title into Title, and "
      "where that's empty put Guest. Then lead status is Open - Not Contacted for all of them. That's the lot.",
      extended(HS, CI2, CI5))
def o02(r: R) -> R:
    return {"Email": r["email"], "LastName": dflt(r["lastname"], "Unknown"), "Company": dflt(r["company"], "Individual"),
            "Title": dflt(r["jobtitle"], "Guest"), "Status": "Open - Not Contacted"}


@case("h62-03-office-then-mobile", H, L,
      "Right, HubSpot to Salesforce leads, match on email, email copied as is. For Phone, basically use the office "
      "phone, and if that's blank use their mobile instead, and if they haven't got either then leave Phone off the "
      "lead completely. Don't reformat the number, just copy whichever one it is. First name and surname both go in "
      "title case, so a capital first letter on each word and the rest lower case, into First Name and Last Name.",
      extended(HS, CI2, CI3, CI5))
def o03(r: R) -> R:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": phone, "FirstName": title(r["firstname"]),
                 "LastName": title(r["lastname"])})


SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral", "OFFLINE": "Seminar - Internal"}


@case("h62-04-source-to-lead-source", H, L,
      "HubSpot contacts into Salesforce leads, matching on email, and put the email in all lower case please. Lead "
      "Source comes from HubSpot's original source. ORGANIC_SEARCH is Web. PAID_SEARCH and PAID_SOCIAL both go to "
      "Advertisement. REFERRALS is External Referral. OFFLINE is Trade Show, scratch that, OFFLINE is Seminar - "
      "Internal, that's our own events. And anything else, including when the source is blank, is Other. Nothing else "
      "needed on these.",
      extended(HS, CI1, CI2, CI3, CI5))
def o04(r: R) -> R:
    return {"Email": r["email"].lower(), "LeadSource": SRC04.get(r["hs_analytics_source"], "Other")}


@case("h62-05-no-customers-no-optouts", H, L,
      "Right so, HubSpot contacts to Salesforce leads, match on email. Leave out anyone whose lifecycle stage is "
      "customer, they're already in Salesforce, and also leave out anyone who's unsubscribed from all email, so where "
      "hs_email_optout is true. If that opt out field is blank, treat them as still subscribed and send them. For "
      "everyone who's left, copy email, first name, last name, city and country as they are, and set Rating to Warm "
      "on every one.",
      extended(HS, CI1, CI2, CI3, CI4))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or optout(r):
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "City": r["city"],
            "Country": r["country"], "Rating": "Warm"}


@case("h62-06-rating-by-revenue", H, L,
      "HubSpot contacts to Salesforce leads, match on email, email as is. Rating goes off annual revenue: over ten "
      "million is Hot, over one million and up to ten million is Warm, and one million or less is Cold. If the "
      "revenue's blank, that's Cold as well. Then AnnualRevenue is the revenue itself as a number, but if it's blank "
      "leave AnnualRevenue off. Same for employees, Number of Employees as a whole number, left off when it's blank.",
      extended(HS, CI1, CI2, CI3, CI4))
def o06(r: R) -> R:
    v = rev(r)
    rating = "Cold" if v is None or v <= 1_000_000 else ("Hot" if v > 10_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))})


@case("h62-07-uk-only-e164", H, L,
      "Okay, just the UK contacts on this one, so country is United Kingdom, and skip everybody else. Match on email, "
      "email as is. First name and surname in title case into First Name and Last Name. Phone is the office phone in "
      "E.164, treat them as UK numbers, so drop the leading zero and put plus four four on the front, and if a number "
      "already starts with a plus keep its own country code and just take the spaces out. All the UK ones have an "
      "office phone. Mobile Phone is the mobile done the same way, but if there's no mobile leave Mobile Phone off.",
      extended(HS, CI1, CI2, CI3, CI4))
def o07(r: R) -> Out:
    if r["country"] != "United Kingdom":
        return None
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": e164(r["phone"], "44"),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"], "44")})


@case("h62-08-mql-sql-signup-date", H, L,
      "Right, so only marketing qualified and sales qualified contacts, that's lifecycle stage marketingqualifiedlead "
      "or salesqualifiedlead, ignore every other stage. Match on email, copied as is. Company name into Company as is. "
      "Surname into Last Name in capitals. And Description should say HubSpot signup, then a space, then the create "
      "date as year, month, day, so for example HubSpot signup 2023-03-14.",
      extended(HS, CI1, CI5, CI6))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Company": r["company"], "LastName": r["lastname"].upper(),
            "Description": "HubSpot signup " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h62-09-mailing-address", H, C,
      "HubSpot contacts into Salesforce contacts, match on email, email copied as is. Then the address bits: street "
      "address into Mailing Street, city into Mailing City, state into Mailing State, postcode into Mailing Zip, and "
      "country into Mailing Country. Those all copy straight across, blanks and all, except country, where if it's "
      "blank you put United Kingdom, most of our lot are UK based. Nothing else.",
      extended(HS, CI2, CI5))
def o09(r: R) -> R:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": dflt(r["country"], "United Kingdom")}


@case("h62-10-optout-and-do-not-call", H, C,
      "HubSpot to Salesforce contacts, match on email, email as is. Email Opt Out is true when HubSpot's unsubscribed "
      "from all email field says true, and false when it says false, and if it's blank that's false as well. Do Not "
      "Call, basically, is true when they've got no office phone, so it's blank, and false when they do have one. Oh, "
      "and copy first name and surname over as well.",
      extended(HS, CI2, CI5))
def o10(r: R) -> R:
    return {"Email": r["email"], "HasOptedOutOfEmail": optout(r), "DoNotCall": blank(r["phone"]),
            "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h62-11-first-word-delegate", H, C,
      "Salesforce contacts from HubSpot, match on email, email as is. First Name is only the first word of the HubSpot "
      "first name, some people have typed middle names in. Last Name is the surname, but if the surname's blank use "
      "the bit of the email before the at sign. Title is the job title, and if there's no job title use Guest, "
      "actually no, make that Delegate. And Department is Events on everyone.",
      lower_emails(extended(HS, CI2, CI3, CI5)))
def o11(r: R) -> R:
    return {"Email": r["email"], "FirstName": first_word(r["firstname"]),
            "LastName": before_at(r["email"]) if blank(r["lastname"]) else r["lastname"],
            "Title": dflt(r["jobtitle"], "Delegate"), "Department": "Events"}


STAGE12 = {"subscriber": "Newsletter only", "lead": "New enquiry", "marketingqualifiedlead": "Marketing qualified",
           "salesqualifiedlead": "Sales qualified", "opportunity": "In talks", "customer": "Existing client"}


@case("h62-12-stage-description", H, C,
      "HubSpot contacts to Salesforce contacts, match on email, email as is. Description comes from lifecycle stage, "
      "like this: subscriber is \"Newsletter only\", lead is \"New enquiry\", marketingqualifiedlead is \"Marketing "
      "qualified\", salesqualifiedlead is \"Sales qualified\", opportunity is \"In talks\" and customer is \"Existing "
      "client\". Mailing Country is the country in capitals. And Mobile Phone is the mobile number copied as is, but "
      "if there's no mobile, leave Mobile Phone off.",
      extended(HS, CI1, CI3, CI5))
def o12(r: R) -> R:
    return keep({"Email": r["email"], "Description": STAGE12[r["lifecyclestage"]],
                 "MailingCountry": r["country"].upper(),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"]})


@case("h62-13-tidy-names-skip-no-company", H, C,
      "Right, HubSpot contacts into Salesforce contacts, match on email, email as is. Skip anyone without a company "
      "name, and that includes the ones where it's just spaces. For the rest, first name with any spaces trimmed off "
      "the ends and then in title case, same for surname, trimmed then title case. Mailing City is the city in title "
      "case. And Title is the job title, just trimmed, no change to the case.",
      extended(HS, CI2, CI3, CI4, CI5))
def o13(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"Email": r["email"], "FirstName": title(r["firstname"].strip()), "LastName": title(r["lastname"].strip()),
            "MailingCity": title(r["city"]), "Title": r["jobtitle"].strip()}


@case("h62-14-paid-only-us-phone", H, C,
      "Only contacts whose original source is PAID_SEARCH or PAID_SOCIAL, skip all the others. Match on email, email "
      "as is. Lead Source is Advertisement for all of them. Business Phone is the office phone in E.164, assume US "
      "numbers unless it already starts with a plus, and if the office phone's blank use the mobile instead, "
      "formatted the same way. They've all got one or the other, yeah.",
      extended(HS, CI6))
def o14(r: R) -> Out:
    if r["hs_analytics_source"] not in ("PAID_SEARCH", "PAID_SOCIAL"):
        return None
    return {"Email": r["email"], "LeadSource": "Advertisement",
            "Phone": e164(r["mobilephone"] if blank(r["phone"]) else r["phone"])}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h62-15-spring-expo-tag", H, M,
      "HubSpot contacts into our Mailchimp audience, match on email address, and make the email lower case. First "
      "name into FNAME and surname into LNAME, both exactly as they are. Status subscribed for everyone, and tag them "
      "all Manchester Expo, actually scratch that tag, make it Spring Expo 2025, just the one tag.",
      extended(HS, CI3, CI4))
def o15(r: R) -> R:
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "tags": ["Spring Expo 2025"]}


@case("h62-16-status-three-ways", H, M,
      "Mailchimp from HubSpot, match on email, email address as is. Status goes off unsubscribed from all email: if "
      "it's true they go in as unsubscribed, if it's false they're subscribed, and if it's blank put them in as "
      "pending so they get the double opt in. Tags, everyone gets hubspot, and customers, so lifecycle stage "
      "customer, get a second tag after it, client.",
      extended(HS, CI2, CI3, CI4))
def o16(r: R) -> R:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    tags = ["hubspot"] + (["client"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "status": status, "tags": tags}


@case("h62-17-spender-team-events-tags", H, M,
      "HubSpot contacts to Mailchimp, match on the email, email address as is, and FNAME from first name. Then tags, "
      "in this order: big spender if annual revenue is over five million, small team if the number of employees is "
      "under twenty, and events if the industry is Events. If revenue or employees is blank they just don't get that "
      "tag, and if someone gets none of them, their tags are an empty list.",
      extended(HS, CI3, CI4, CI5))
def o17(r: R) -> R:
    tags = []
    v = rev(r)
    if v is not None and v > 5_000_000:
        tags.append("big spender")
    if not blank(r["numemployees"]) and float(r["numemployees"]) < 20:
        tags.append("small team")
    if r["industry"] == "Events":
        tags.append("events")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h62-18-mobile-first-e164", H, M,
      "HubSpot to Mailchimp, match on email, email address as it is. FNAME is just the first word of the first name. "
      "LNAME is the surname as is. PHONE is their mobile in E.164, US format unless the number already starts with a "
      "plus and its own country code, and if there's no mobile use the office phone instead, same format, and if "
      "there's neither, leave PHONE out.",
      extended(HS, CI2, CI6))
def o18(r: R) -> R:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                                  "PHONE": OMIT if blank(src) else e164(src)}})


@case("h62-19-no-optouts-vip-customers", H, M,
      "HubSpot to Mailchimp, match on email. Don't send anyone who's opted out, that's unsubscribed from all email "
      "being true; if it's blank they haven't opted out, so send those. Email address as it is, language en for "
      "everyone, and VIP true for customers and evangelists, false for every other stage.",
      extended(HS, CI2, CI4, CI5, CI9))
def o19(r: R) -> Out:
    if optout(r):
        return None
    return {"email_address": r["email"], "language": "en", "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h62-20-fname-from-email-french", H, M,
      "HubSpot contacts to Mailchimp, match on email, email address as it is. FNAME is the first name, but where "
      "that's blank use the part of the email before the at. LNAME is the surname in title case. Language is fr for "
      "anyone whose country is France, and en for everyone else, blank country included.",
      lower_emails(extended(HS, CI5, CI7)))
def o20(r: R) -> R:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": before_at(r["email"]) if blank(r["firstname"]) else r["firstname"],
                             "LNAME": title(r["lastname"])},
            "language": "fr" if r["country"] == "France" else "en"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h62-21-segment-name-title", H, S,
      "Right, so Segment identify calls from HubSpot contacts. Match on the user ID, and userId is the email in lower "
      "case. traits.email is the email exactly as it is in HubSpot, no change. traits.name is the first name, a "
      "space, then the surname. And traits.title is the job title as is.",
      extended(HS, CI3, CI4))
def o21(r: R) -> R:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["firstname"] + " " + r["lastname"], "title": r["jobtitle"]}}


@case("h62-22-segment-company-plan", H, S,
      "HubSpot to Segment identify, match on userId, which is the email as is. Everything else goes under "
      "traits.company. Name is the company name, or if that's blank the part of the email after the at sign. "
      "Industry is the industry, but leave it out when it's blank. employee_count is the number of employees as a "
      "whole number, also left out when blank. And plan is Events Pro for everybody.",
      lower_emails(extended(HS, CI1, CI2, CI5)))
def o22(r: R) -> R:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": after_at(r["email"]) if blank(r["company"]) else r["company"],
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
        "plan": "Events Pro"}}})


@case("h62-23-segment-address-created", H, S,
      "HubSpot contacts to Segment identify, match on userId, that's the email as is. Under traits.address: street "
      "from the street address, city in title case, postalCode is the postcode in capitals, and country is the "
      "country, or United Kingdom if it's blank. State only if there is one, otherwise leave state out. And "
      "traits.createdAt is the create date, just the date part, year-month-day.",
      extended(HS, CI2, CI4, CI5))
def o23(r: R) -> R:
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": title(r["city"]), "postalCode": r["zip"].upper(),
                    "country": dflt(r["country"], "United Kingdom"), "state": OMIT if blank(r["state"]) else r["state"]},
        "createdAt": day(r["createdate"])}})


@case("h62-24-segment-revenue-unsub", H, S,
      "HubSpot to Segment, match on userId, which is the email trimmed and lower cased. Skip anyone with no annual "
      "revenue. traits.firstName is the first name with the spaces trimmed off the ends. traits.unsubscribed is a "
      "custom one, true if unsubscribed from all email is true, and false if it's false or blank. And "
      "traits.annual_revenue is the annual revenue as a number.",
      extended(HS, CI2, CI8))
def o24(r: R) -> Out:
    if blank(r["annualrevenue"]):
        return None
    return {"userId": r["email"].strip().lower(),
            "traits": {"firstName": r["firstname"].strip(), "unsubscribed": optout(r),
                       "annual_revenue": num(r["annualrevenue"])}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h62-25-ga4-badge-scan-signup", H, G,
      "GA4 this time. Match on the client ID, and client_id is the contact's email in lower case. Send one event, "
      "sign_up, and its params are method, which is badge_scan for everyone, source, which is the original source in "
      "lower case, and if the source is blank it just stays blank, and value, which is the annual revenue as a "
      "number, or zero if there's no revenue.",
      extended(HS, CI3))
def o25(r: R) -> R:
    return {"client_id": r["email"].lower(),
            "events": [{"name": "sign_up", "params": {
                "method": "badge_scan", "source": r["hs_analytics_source"].lower(),
                "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])}}]}


@case("h62-26-ga4-million-plus-leads", H, G,
      "GA4 again, match on client ID, and client_id is a fixed value, crm-import, same for all of them. Only send "
      "contacts whose annual revenue is over one million; blank revenue doesn't get sent. user_id is the part of the "
      "email before the at. One event, generate_lead, with params value, that's the annual revenue as a number, and "
      "currency GBP.",
      lower_emails(extended(HS, CI1, CI3, CI4)))
def o26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": "crm-import", "user_id": before_at(r["email"]),
            "events": [{"name": "generate_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "GBP"}}]}


@case("h62-27-ga4-purchase-or-lead", H, G,
      "Right, GA4, match on client ID, which is fixed, hubspot-offline for every contact. The event name is purchase "
      "if their lifecycle stage is customer and generate_lead for any other stage. Params: lifecycle_stage copied "
      "straight from the lifecycle stage, industry from industry but Unknown if it's blank, and city as it is. I was "
      "going to put currency in as well but actually no, don't send currency.",
      extended(HS, CI2, CI3))
def o27(r: R) -> R:
    return {"client_id": "hubspot-offline",
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"lifecycle_stage": r["lifecyclestage"], "industry": dflt(r["industry"], "Unknown"),
                                   "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h62-28-leads-straight-copies", L, H,
      "Salesforce leads into HubSpot contacts, match on email. Straight copies, all as they are, blanks too: email, "
      "first name, last name, company, Title into job title, phone, city, postcode into zip, and country.",
      extended(SFL, SL1, SL2))
def o28(r: R) -> R:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
            "Closed - Not Converted": "UNQUALIFIED"}


@case("h62-29-lead-status-and-optout", L, H,
      "Leads from Salesforce to HubSpot, match on email, email copied as is. Lead status goes into HubSpot's lead "
      "status like this: Open - Not Contacted becomes NEW, Working - Contacted becomes IN_PROGRESS, Closed - Converted "
      "becomes OPEN_DEAL, hang on, no, Closed - Converted should be CONNECTED, and Closed - Not Converted becomes "
      "UNQUALIFIED. Then hs_email_optout is the text true when Email Opt Out is ticked and the text false when it "
      "isn't.",
      extended(SFL, SL1, SL2, SL3))
def o29(r: R) -> R:
    return {"email": r["Email"], "hs_lead_status": STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h62-30-rating-to-stage", L, H,
      "Salesforce leads to HubSpot contacts, match on email, and lower case the email. Lifecycle stage comes from "
      "Rating: Hot is salesqualifiedlead, Warm is marketingqualifiedlead, Cold is lead. Annual revenue as a number, "
      "and leave it off if it's blank. Oh, and company name copied across as well.",
      extended(SFL, SL1, SL2, SL3))
def o30(r: R) -> R:
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING30[r["Rating"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "company": r["Company"]})


@case("h62-31-uk-leads-e164", L, H,
      "Only leads where Country is United Kingdom, skip the rest. Match on email, email as is. Phone in E.164 as a UK "
      "number, so plus four four and drop the leading zero, unless it already starts with a plus, then keep its own "
      "country code. Every UK lead has a phone. Postcode into zip, in capitals. And company, but if it's blank use "
      "Independent.",
      extended(SFL, SL1, SL2, SL3))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Independent")}


@case("h62-32-subscribed-leads-tidy", L, H,
      "Leads to HubSpot contacts, match on email, email as is. Skip anybody who's opted out of email, so Email Opt Out "
      "ticked. First name and last name both in title case. City as is, but if the city's blank put Manchester. And "
      "lead status NEW on all of them.",
      extended(SFL, SL1, SL2, SL3))
def o32(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email": r["Email"], "firstname": title(r["FirstName"]), "lastname": title(r["LastName"]),
            "city": dflt(r["City"], "Manchester"), "hs_lead_status": "NEW"}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h62-33-sfc-status-trade-show-tag", C, M,
      "Salesforce contacts to Mailchimp, match on email, and lower case the email address. Status is unsubscribed if "
      "Email Opt Out is ticked and subscribed if it isn't. Tags: salesforce on everyone, and trade show as a second "
      "tag if their lead source is Trade Show.",
      extended(SFC, SC1, SC2, SC3))
def o33(r: R) -> R:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["trade show"] if r["LeadSource"] == "Trade Show" else [])}


LANG34 = {"Germany": "de", "Austria": "de", "France": "fr"}


@case("h62-34-sfc-language-by-country", C, M,
      "Salesforce contacts into Mailchimp, match on email, email address as is. FNAME and LNAME from first and last "
      "name, both in title case. Language goes off Mailing Country: Germany is de, Austria is de, Switzerland is de as "
      "well, actually no, take Switzerland out of that, it's mixed, so Switzerland falls under everything else. "
      "France is fr. And everything else, blank country included, is en.",
      extended(SFC, SC2, SC3))
def o34(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": title(r["FirstName"]), "LNAME": title(r["LastName"])},
            "language": LANG34.get(r["MailingCountry"], "en")}


@case("h62-35-sfc-friend-vip-seminar", C, M,
      "Contacts from Salesforce to Mailchimp, match on email, email address as it is. FNAME is the first name, and if "
      "it's blank put Friend. LNAME as it is. VIP is true for anyone whose lead source is Seminar - Internal and false "
      "for everyone else, blank lead source included. Status subscribed for all.",
      extended(SFC, SC1, SC4))
def o35(r: R) -> R:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Seminar - Internal", "status": "subscribed"}


@case("h62-36-sfc-clear-tags", C, M,
      "Only Salesforce contacts who haven't opted out of email, so Email Opt Out unticked; the ticked ones don't go. "
      "Match on email, email address as is. FNAME, LNAME and PHONE copied as they are, even when blank. Status "
      "subscribed, and tags should be an empty list, we're clearing them all off.",
      extended(SFC, SC1, SC2, SC4))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "status": "subscribed", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h62-37-sfc-segment-title-birthday", C, S,
      "Salesforce contacts into Segment identify, match on userId, which is the email in lower case. "
      "traits.firstName and traits.lastName from first and last name as they are. traits.title is the title, but only "
      "if they've got one, otherwise leave it off. And traits.birthday is the Birthdate as is, also left off if it's "
      "blank.",
      extended(SFC, SC1, SC2))
def o37(r: R) -> R:
    return keep({"userId": r["Email"].lower(), "traits": {
        "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h62-38-sfc-segment-phone-address", C, S,
      "Salesforce contacts to Segment, match on userId, that's the email as is. traits.phone is the business phone in "
      "E.164, treat it as a US number unless it already starts with a plus, and if there's no phone at all leave "
      "traits.phone out. traits.address.city is the mailing city with the spaces trimmed off the ends, and "
      "traits.address.country is the mailing country, or United States if that's blank.",
      extended(SFC, SC2, SC5))
def o38(r: R) -> R:
    return keep({"userId": r["Email"], "traits": {
        "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"]),
        "address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "United States")}}})


TEAM39 = {"Engineering": "Tech", "Sales": "Commercial", "Events": "Events"}


@case("h62-39-sfc-segment-name-team", C, S,
      "Contacts to Segment identify, match on userId, which is the email as it is. traits.name is first name, a "
      "space, then last name. And traits.team comes from Department: Engineering is Tech, Sales is Commercial, Events "
      "is Events, and anything else, blank included, is General.",
      extended(SFC, SC1, SC2, SC3))
def o39(r: R) -> R:
    return {"userId": r["Email"], "traits": {"name": r["FirstName"] + " " + r["LastName"],
                                             "team": TEAM39.get(r["Department"], "General")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h62-40-mc-tidy-into-hubspot", M, H,
      "Mailchimp members into HubSpot contacts, match on email, which comes from the email address as is. First name "
      "from FNAME in title case, last name from LNAME in title case. Phone from PHONE, but leave phone out if there "
      "isn't one. Company from COMPANY, and if that's blank use Unknown. And hs_email_optout as the text true for "
      "unsubscribed members and the text false for everyone else.",
      extended(MC, MC1, MC2, MC3))
def o40(r: R) -> R:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": OMIT if blank(mf["PHONE"]) else mf["PHONE"], "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h62-41-mc-skip-cleaned-vip-stage", M, H,
      "Mailchimp to HubSpot, match on email, email from email address as is. Skip anyone whose status is cleaned. "
      "First name from FNAME as is. Lifecycle stage is customer if they're VIP and subscriber if they're not. And "
      "preferred language from language, with en when it's blank.",
      extended(MC, MC1, MC2, MC3))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"],
            "lifecyclestage": "customer" if r["vip"] else "subscriber", "hs_language": dflt(r["language"], "en")}


@case("h62-42-mc-expo-tag-opportunity", M, H,
      "Mailchimp members to HubSpot, match on email, email address copied as is. First name is only the first word of "
      "FNAME, and if FNAME's blank use the part of the email before the at sign. Last name from LNAME as is. "
      "Lifecycle stage is opportunity if they've got the Expo 2024 tag, and lead if they haven't.",
      extended(MC, MC1, MC2, MC3))
def o42(r: R) -> R:
    mf = r["merge_fields"]
    return {"email": r["email_address"],
            "firstname": before_at(r["email_address"]) if blank(mf["FNAME"]) else first_word(mf["FNAME"]),
            "lastname": mf["LNAME"], "lifecyclestage": "opportunity" if "Expo 2024" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set62")
