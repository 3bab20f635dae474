"""Held-out set 107 for the offline mapping drafter.

Persona: Macca (Liam McAllister), growth marketer at a Sydney surf-apparel startup, firing
mapping requests off in Slack. Very casual Australian English: all lowercase, 'heaps', 'reckon',
'arvo', 'no worries', 'chuck X into Y', 'bung', 'cheers', '+' and '&' for 'and', the odd emoji,
sometimes two or three messages in a row or a quick arrow list; he names fields loosely (fname,
'the company one', 'job title thing'), by screen label or by API name, and misspells now and then.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h107-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h107-01-insta-ads-leads", H, L, """\
hey mate can u set up hubspot contacts -> sf leads 🤙
email -> Email, fname -> FirstName, lname -> LastName, the company one -> Company, job title thing -> Title
if any of those are blank just send em through blank, no worries
oh + stamp LeadSource as Advertisement on every single one, they all came off the insta ads. cheers""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Advertisement"}


@case("h107-02-unknown-company-trim-title", H, L, """\
quick one - hubspot to lead pls
email into Email + last name into LastName, straight across
company -> Company but if it's empty bung in Unknown
state -> State, blank ones get n/a
job title -> Title, trim the spaces off both ends first, heaps of em have junk spaces lol""",
      extended(HS, hs(email="ruby.chen@saltwatersupply.co", company="   ", jobtitle="  Head of Growth ", state="NSW")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "State": dflt(r["state"], "n/a"), "Title": r["jobtitle"].strip()}


@case("h107-03-mobile-then-phone", H, L, """\
need contacts going into leads:
→ email → Email
→ first + last name → FirstName / LastName, title case em (some r all caps, some all lowercase 🙄)
→ Phone = their mobile. no mobile? use the normal phone number. got neither? just leave Phone off the lead
ta""",
      extended(HS, hs(email="bodhi.salazar@reefbreak.com.au", firstname="bodhi", lastname="SALAZAR", phone="", mobilephone="")))
def o03(r: R) -> Out:
    ph = first_filled(r["mobilephone"], r["phone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h107-04-source-table-lower-email", H, L, """\
reckon we map original source onto LeadSource for the leads
ORGANIC_SEARCH = Web
PAID_SEARCH + PAID_SOCIAL = Advertisement
REFERRALS = External Referral
anything else, or if it's blank, = Other

and chuck the email in lowercase into Email pls, hubspot's got some Weird Caps ones""",
      extended(HS, hs(email="Jack.Doyle@GroundSwell.com.au", hs_analytics_source="EMAIL_MARKETING")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"LeadSource": table.get(r["hs_analytics_source"], "Other"), "Email": r["email"].lower()}


@case("h107-05-no-customers-no-unsubs", H, L, """\
hubspot contacts -> salesforce leads, but don't send customers (lifecycle stage = customer) & don't send anyone who's unsubscribed (hs_email_optout = "true"). blank optout is fine, send those
copy email, firstname, lastname, company straight into Email, FirstName, LastName, Company
+ set Status to "Open - Not Contacted" on all of em""",
      extended(HS, hs(email="sam.whitlock@dawnpatrol.com.au", lifecyclestage="customer", hs_email_optout="false"),
               hs(email="lee.nguyen@offshorewax.com", lifecyclestage="lead", hs_email_optout="false", company="Offshore Wax")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h107-06-rating-from-revenue", H, L, """\
arvo! need a Rating on leads based on annual revenue:
over 5 mil → Hot
under 1 mil → Cold
anything in between → Warm
no revenue at all (blank) → Cold as well
also number of employees into NumberOfEmployees as a whole number, if it's blank leave it off. email -> Email obvs 👍""",
      extended(HS, hs(email="tash.booth@kelpkollective.com", annualrevenue="950000", numemployees="3")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h107-07-us-phone-titlecase-city", H, L, """\
can u do leads from hubspot:
email → Email
phone → Phone in proper E.164 format, assume they're US numbers unless they've already got a + on the front. if there's no phone just don't set it
city + lname title cased into City and LastName
cheers legend""",
      extended(HS, hs(email="nina.kovac@saltcrust.com", phone="1 (808) 555-0111", city="byron bay", lastname="KOVAC")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]),
                 "LastName": title(r["lastname"])})


@case("h107-08-us-only-caps-description", H, L, """\
only want the US ones for this (country = United States), the rest can stay put
Email = email
LastName = lastname in ALL CAPS
Description = original source + " | " + create date as YYYY-MM-DD, so like "ORGANIC_SEARCH | 2023-03-14" 👌""",
      extended(HS, hs(email="tyler.brooks@bluewatergear.com", lastname="brooks", country="United States",
                      hs_analytics_source="PAID_SEARCH", createdate="2024-02-10T13:00:00.000Z"),
               hs(email="mia.jones@bondiboards.com.au", country="Australia")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['hs_analytics_source']} | {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h107-09-mailing-address", H, C, """\
hubspot contact -> sf contact, just need the adress bits going across
street address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry
+ email into Email. all straight copies, if something's blank it stays blank""", HS)
def o09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"]}


@case("h107-10-optout-donotcall-flags", H, C, """\
hey can u set up contacts -> SF Contact w/ a couple of tick boxes
Email = email, LastName = lastname
Email Opt Out = true if hs_email_optout is "true", otherwise false (blank counts as false)
Do Not Call = true if they've got no phone AND no mobile, false if they've got either one
ta 🙏""",
      extended(HS, hs(email="jonah.pike@swellchasers.com", phone="", mobilephone="", hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h107-11-fname-from-email", H, C, """\
contacts into sf contacts:
email -> Email as is
FirstName = fname, but if fname's empty use whatever's before the @ in their email
Title = job title thing, if that's blank try industry, and if industry's blank too just put n/a""",
      extended(lower_emails(HS), hs(email="kai.p@swellco.com.au", firstname="", jobtitle="", industry="Retail")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "n/a")}


@case("h107-12-leadsource-table-state-caps", H, C, """\
lead source on sf contacts from hubspot's original source pls:
ORGANIC_SEARCH → Web
PAID_SEARCH → Advertisement
PAID_SOCIAL → Advertisement
REFERRALS → External Referral
OFFLINE → Trade Show
(that's all the ones we've got)
MailingState = state in uppercase, leave it out if there's no state
email → Email""",
      extended([r for r in HS if not blank(r["hs_analytics_source"])],
               hs(email="bec.lowe@tidalco.com.au", hs_analytics_source="OFFLINE", state="nsw")))
def o12(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}
    return keep({"LeadSource": table[r["hs_analytics_source"]], "MailingState": omit_if_blank(r["state"], str.upper),
                 "Email": r["email"]})


@case("h107-13-subscribed-only-phone-fallback", H, C, """\
only the peeps with hs_email_optout = "false" pls (blank ones don't count, skip em)
Email = their email lowercased
FirstName = fname
Phone = phone, or mobile if phone is blank
Lead Source = Web for everyone""",
      extended(HS, hs(email="Jess.Ward@SaltyDog.com.au", firstname="Jess", hs_email_optout="false", phone="",
                      mobilephone="0412 345 678"),
               hs(email="tom.baker@rockpool.com.au", hs_email_optout="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "FirstName": r["firstname"], "Phone": first_filled(r["phone"], r["mobilephone"]),
            "LeadSource": "Web"}


@case("h107-14-titlecase-names-stage-desc", H, C, """\
contacts → sf Contact
first name & last name into FirstName / LastName in title case
job title thing into Title w/ the whitespace trimmed off both ends
Contact Description based on lifecycle stage: customer = "Existing customer", subscriber = "Newsletter sub", anything else = "Prospect"
email → Email. cheers""",
      extended(HS, hs(email="kirra.harris@longboardlove.com", firstname="kirra", lastname="HARRIS",
                      jobtitle="  Surf Coach ", lifecyclestage="evangelist")))
def o14(r: R) -> Out:
    desc = {"customer": "Existing customer", "subscriber": "Newsletter sub"}.get(r["lifecyclestage"], "Prospect")
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Title": r["jobtitle"].strip(),
            "Description": desc, "Email": r["email"]}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h107-15-mc-language-default", H, M, """\
mailchimp sync from hubspot 🌊
email → email_address
fname → FNAME, lname → LNAME (merge fields)
status = subscribed for everyone
language = their hs_language (preferred language), but if they haven't got one / it's not there at all, default to en""",
      extended(HS, hs(email="luca.moretti@onda.it", hs_language="it"), hs(email="ari.cohen@swellhouse.com", hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h107-16-optout-to-status", H, M, """\
can we set mailchimp status off the hubspot unsub field (hs_email_optout):
"true" → unsubscribed
"false" → subscribed
blank → pending

and tag em all hubspot-import
email_address = email ofc""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"status": status, "tags": ["hubspot-import"], "email_address": r["email"]}


@case("h107-17-bigspender-customer-tags", H, M, """\
tags for mailchimp from hubspot pls
- big-spender if annual revenue is over 3,000,000 (blank revenue = no tag)
- customer if lifecycle stage is customer
in that order if they get both. if they get neither, empty tag list
email into email_address""",
      extended(HS, hs(email="reef.walker@coralcoast.com.au", annualrevenue="9000000", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("big-spender")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"tags": tags, "email_address": r["email"]}


@case("h107-18-first-word-us-phone", H, M, """\
hubspot → mailchimp
FNAME = just the first word of the firstname (some ppl have two names in there)
PHONE = phone in E.164, treat em as US numbers unless there's already a +. if phone's blank use the mobile instead (same format)
email_address = email""",
      extended(HS, hs(email="mary.jane@barrelhouse.com", firstname="Mary Jane", phone="", mobilephone="(808) 555-0175")))
def o18(r: R) -> Out:
    return {"merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))},
            "email_address": r["email"]}


@case("h107-19-skip-no-company-vip", H, M, """\
sync contacts into mailchimp but skip anyone with no company (blank company = don't send)
email_address ← email
status = subscribed
vip = true if lifecycle stage is customer, otherwise false""",
      extended(HS, hs(email="ash.kemp@swellco.com.au", company="Swell Co", lifecyclestage="customer"),
               hs(email="drew.fox@noname.com", company="   ")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h107-20-company-or-domain-tag", H, M, """\
for mailchimp:
email → email_address
FNAME / LNAME = first + last name, title case
tag each person with their company name, or if the company one's blank, the domain bit of their email (after the @). just the one tag
vip true if annual revenue's over 1 mil, else false (no revenue = false) 🤙""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": gt(r["annualrevenue"], 1_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h107-21-segment-full-name", H, S, """\
segment identify from hubspot
userId = email lowercased
traits.firstName = firstname, traits.lastName = lastname, traits.title = jobtitle (straight copies)
traits.name = firstname + a space + lastname""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h107-22-segment-company-traits", H, S, """\
segment identify, want the company stuff nested under traits.company:
name ← company, if blank put "No company"
industry ← industry, leave it out if blank
employee_count ← numemployees as an integer, also leave out if blank
userId is just the email as is""",
      extended(HS, hs(email="zac.reid@rashieland.com", company="", industry="Apparel", numemployees="7")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "No company"), "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h107-23-segment-address-phone", H, S, """\
hubspot → segment identify, userId = email
address goes under traits.address: street = street address, city = city, postalCode = zip, country = country, state = state but leave state off if it's blank
traits.phone = phone as E.164 (assume US unless it starts with +), if phone's blank use mobile (same deal), if both are blank no phone trait at all""",
      extended(HS, hs(email="owen.gray@pointbreak.com", phone="", mobilephone="")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h107-24-segment-unsub-revenue", H, S, """\
segment again 😅
userId = email w/ the spaces trimmed + all lowercase
traits.firstName = fname as is
traits.unsubscribed = true if hs_email_optout is "true", false otherwise (incl. blank)
traits.annual_revenue = annual revenue as a number, leave it off if blank""",
      extended(HS, hs(email="  Jess.Ward@SaltyDog.com.au ", hs_email_optout="true", annualrevenue="650000.5")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h107-25-ga4-hubspot-contact", H, G, """\
ga4 event per hubspot contact pls
client_id = email
event name = hubspot_contact
params: platform = "hubspot" (same for all), source = original source in lowercase (if blank put unknown), created_date = createdate as YYYY-MM-DD""",
      extended(HS, hs(email="finn.oconnor@wavelength.com.au", hs_analytics_source="SOCIAL_MEDIA")))
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "hubspot_contact",
                        "params": {"platform": "hubspot", "source": dflt(r["hs_analytics_source"], "unknown").lower(),
                                   "created_date": day(r["createdate"])}}]}


@case("h107-26-ga4-qualified-over-1m", H, G, """\
ga4 — only send the ones with annual revenue over 1,000,000, blank revenue gets skipped
client_id = email
event name: qualified_lead
params.value = annual revenue as a number
params.user_handle = the part of the email before the @""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": r["email"],
            "events": [{"name": "qualified_lead",
                        "params": {"value": num(r["annualrevenue"]), "user_handle": before_at(r["email"])}}]}


@case("h107-27-ga4-purchase-or-lead", H, G, """\
one more ga4 one
client_id = email
event name = purchase if lifecycle stage is customer, otherwise generate_lead
params.job_title = job title, or "not set" if it's blank
params.country = country""",
      extended(HS, hs(email="ollie.grant@shorebreak.com.au", lifecyclestage="customer", jobtitle="   ")))
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"job_title": dflt(r["jobtitle"], "not set"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h107-28-leads-straight-copy", L, H, """\
sf leads → hubspot contacts, straight copy, blanks stay blank:
Email→email, FirstName→firstname, LastName→lastname, Company→company, Title→jobtitle, Phone→phone, Street→address, City→city, PostalCode→zip, Country→country""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h107-29-lead-status-table", L, H, """\
the sf Lead Status (Status) → hubspot Lead Status (hs_lead_status):
Open - Not Contacted = NEW
Working - Contacted = IN_PROGRESS
Closed - Converted = OPEN_DEAL
Closed - Not Converted = UNQUALIFIED

and Email Opt Out → hs_email_optout as the text "true" / "false"
Email → email""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"hs_lead_status": table[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h107-30-rating-to-lifecycle", L, H, """\
leads → contacts
Rating decides lifecycle stage: Hot = salesqualifiedlead, Warm = marketingqualifiedlead, Cold = lead
AnnualRevenue → annualrevenue as a number, leave it off if blank
Email → email but lowercase it""",
      extended(SFL, sfl(Email="Mick.Fanning@BreakPoint.com.au", Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"lifecyclestage": stage, "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
                 "email": r["Email"].lower()})


@case("h107-31-uk-popup-leads", L, H, """\
only UK leads (Country = United Kingdom) going to hubspot, it's for the london popup 🇬🇧
Email → email
Phone → phone in E.164 as UK numbers (drop the leading 0, stick +44 on, unless it's already got a +)
PostalCode → zip in caps
Title → jobtitle, if there's no title put TBC""",
      extended(SFL, sfl(Email="poppy.hughes@tidewater.co.uk", Country="United Kingdom", Phone="07700 900456",
                        PostalCode="ec1a 1bb", Title=""),
               sfl(Email="coby.ryan@northhead.com.au", Country="Australia", Phone="02 9555 0101")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "TBC")}


@case("h107-32-skip-closed-street-city", L, H, """\
leads → hubspot, skip any with Status "Closed - Not Converted"
Email → email
jobtitle = Title, default Unknown if empty
address = Street + ", " + City (e.g. "200 Lake St, Chicago"). if Street's blank just use the City on its own""",
      extended(SFL, sfl(Email="kai.nakamura@shaperbay.com.au", Street="", City="Byron Bay", Status="Working - Contacted",
                        Title="Shaper")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h107-33-optout-status-tags", C, M, """\
sf contacts → mailchimp
email_address = Email lowercased
status = unsubscribed if Email Opt Out is ticked, subscribed if it isn't
tags: always "salesforce", plus "trade-show" after it if Lead Source is Trade Show""",
      extended(SFC, sfc(Email="Kai.Lee@Ripline.com", LeadSource="Trade Show", HasOptedOutOfEmail=True)))
def o33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h107-34-dept-required-language", C, M, """\
contacts → mailchimp, skip anyone with a blank Department
email_address = Email
PHONE = Phone in E.164 (US unless it's got a + already)
language from MailingCountry: Germany = de, Austria = de, United States = en, Australia = en""",
      extended(SFC, sfc(Email="zoe.martin@swellsisters.com.au", Department="Marketing", MailingCountry="Australia",
                        Phone="(310) 555-0122"),
               sfc(Email="ben.hall@drifter.com", Department="  ", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Australia": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h107-35-hi-there-vip-tradeshow", C, M, """\
mailchimp from sf contacts
email_address = Email, LNAME = LastName
FNAME = FirstName, if blank put "there" (so the emails say hi there lol)
vip = true when Lead Source = Trade Show, false otherwise incl. blank
status subscribed for all""",
      extended(SFC, sfc(Email="sunny.day@goldcoastwax.com", FirstName="", LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"], "FNAME": dflt(r["FirstName"], "there")},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h107-36-opted-in-clear-tags", C, M, """\
only contacts who haven't opted out (Email Opt Out unticked) → mailchimp
Email, FirstName, LastName → email_address, FNAME, LNAME
status = subscribed, language = en
tags = empty list (clear em out)""",
      extended(SFC, sfc(Email="jed.marsh@swellsurfco.com", FirstName="Jed", LastName="Marsh", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h107-37-segment-from-contact", C, S, """\
sf contact → segment identify
userId = Email in lowercase
traits.email = Email as is, traits.firstName = FirstName, traits.lastName = LastName
traits.title = Title, but leave it off if it's empty""",
      extended(SFC, sfc(Email="Zoe.Martin@Swell.co", Title="   ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"])}})


@case("h107-38-segment-city-country", C, S, """\
segment identify from sf contacts
userId = Email
traits.address.city = MailingCity trimmed (some have stray spaces)
traits.address.country = MailingCountry, default Australia if blank 🇦🇺""",
      extended(SFC, sfc(Email="matt.kerr@noosanose.com.au", MailingCity="  Byron Bay ", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Australia")}}}


@case("h107-39-segment-name-source", C, S, """\
sf contacts → segment
userId = Email
traits.phone = Phone as E.164 (US, unless already +)
traits.name = FirstName + " " + LastName
traits.lead_source: Web → website, Trade Show → event, anything else (blank too) → other""",
      extended(SFC, sfc(Email="nate.cole@lefthander.com", LeadSource="Advertisement", Phone="1-415-555-0166")))
def o39(r: R) -> Out:
    src = {"Web": "website", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}", "lead_source": src}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h107-40-mc-titlecase-optout-text", M, H, """\
mailchimp members → hubspot contacts
email_address → email
FNAME → firstname, title case
LNAME → lastname, title case, don't set it if LNAME's blank
COMPANY → company, if blank Unknown
hs_email_optout = the text "true" if status is unsubscribed, "false" for everyone else""",
      extended(MC, mc({"FNAME": "bec", "LNAME": "TAYLOR", "COMPANY": ""}, email_address="bec.taylor@saltyhair.com.au",
                      status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h107-41-mc-skip-cleaned-vip", M, H, """\
mailchimp → hubspot, skip cleaned members (status = cleaned)
email_address → email, FNAME → firstname
PHONE → phone in E.164 (assume US unless +), leave off if blank
lifecyclestage = evangelist if they're vip, subscriber if not""",
      extended(MC, mc({"PHONE": "1 (310) 555-0199"}, email_address="rip.curran@tubedout.com", status="pending", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h107-42-mc-customer-tag-stage", M, H, """\
mailchimp → hubspot
email_address → email
firstname = first word of FNAME only
company = COMPANY, or the email domain (after the @) if COMPANY's blank
lifecyclestage = customer if they've got the Customer tag, otherwise lead""",
      extended(MC, mc({"FNAME": "Mary Jane", "COMPANY": ""}, email_address="mary.jane@barrelhouse.com.au",
                      tags=["Webinar", "Customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set107")
