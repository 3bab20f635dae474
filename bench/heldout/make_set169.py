"""Held-out set 169 for the offline mapping drafter.

Persona: Mette Kjærgaard, CRM lead at a Copenhagen design-furniture brand. Her mappings come
out of a Miro board of sticky notes, exported as plain text and pasted to the developer: terse
fragments one per line, unicode arrows ('→' for a mapping, '⇒' and '↳' for the sub-rules under
it), 'NB:' notes, slash-separated alternatives ('first name / last name'), headings such as
'STICKY 4 — Leads' or a colour tag like '[yellow]', and now and then one full sentence where a
rule needs explaining. Dry Danish tone ('obviously', 'nothing fancy', 'you know the drill'); a
'Hej' or a '/Mette' here and there. She quotes the literal values and says what blanks do.

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


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case(
    "h169-01-showroom-visitors-plain-copy",
    H,
    L,
    """STICKY 1 — Leads (showroom visitors)
HubSpot contact → SF Lead, nothing fancy

email → Email
first name → First Name
last name → Last Name
company name → Company
job title → Title
city → City
↳ all plain copies, exactly as they are. Blank in HubSpot = blank in SF (empty, no placeholder text).

Lead Source → "Showroom Visit" on every single lead, obviously. They all walked in the door on Bredgade.""",
    extended(
        HS,
        hs(
            email="anne.holm@holmdesign.dk",
            firstname="Anne",
            lastname="Holm",
            company="",
            jobtitle="  ",
            city="Copenhagen",
        ),
        hs(
            email="Soren.Berg@bergarkitekter.dk",
            firstname=" Søren",
            lastname="Berg ",
            company="Berg Arkitekter",
            jobtitle="",
            city="",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Title": r["jobtitle"],
        "City": r["city"],
        "LeadSource": "Showroom Visit",
    }


@case(
    "h169-02-catalogue-form-defaults",
    H,
    L,
    """[yellow] Leads from the catalogue-request form
people type all sorts into that form, so:

email → Email, untouched
first name / last name → First Name / Last Name, trimmed (spaces off the front and the back)
company name → Company
  ⇒ blank → "Private customer"
  ⇒ otherwise copied as it is, no trimming
job title → Title
  ⇒ blank → "Not given"
  ⇒ otherwise as it is
NB: blank = empty or only spaces""",
    extended(
        HS,
        hs(
            email="mads.norgaard@gmail.com",
            firstname="  Mads",
            lastname="Nørgaard  ",
            company="   ",
            jobtitle="",
        ),
        hs(
            email="ida.lund@lundco.dk",
            firstname="Ida ",
            lastname=" Lund",
            company=" Lund & Co ",
            jobtitle="  ",
        ),
        hs(
            email="karl.bech@bechinterior.dk",
            firstname="Karl",
            lastname="Bech",
            company="Bech Interiør",
            jobtitle=" Buyer",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Private customer"),
        "Title": dflt(r["jobtitle"], "Not given"),
    }


@case(
    "h169-03-sales-calls-mobile-first",
    H,
    L,
    """STICKY 3 — Leads / the numbers sales will ring

Phone → mobile phone number first. No mobile → phone number. Neither of them → no Phone field on the lead at all (not an empty one either).
↳ the number is copied as it stands, no formatting
first name → First Name, last name → Last Name — proper case: first letter of every word a capital, the rest small ("ANNE marie" → "Anne Marie")
email → Email""",
    extended(
        HS,
        hs(
            email="jens.kjaer@kjaermoebler.dk",
            firstname="JENS PETER",
            lastname="kjær",
            mobilephone="  ",
            phone="+45 33 12 34 56",
        ),
        hs(email="lone.dam@gmail.com", firstname="lone", lastname="DAM", mobilephone="", phone=" "),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
        }
    )


@case(
    "h169-04-source-table-lower-email",
    H,
    L,
    """[green] Lead Source — the table

HubSpot Original Source → SF Lead Source
ORGANIC_SEARCH → "Web"
DIRECT_TRAFFIC → "Web"
PAID_SEARCH / PAID_SOCIAL → "Paid Ads"
REFERRALS → "Referral"
OFFLINE → "Showroom"
anything else → "Other" (a blank source gets "Other" too)

email → Email, all lower case. SF duplicate rules trip over capitals.
last name → Last Name, copy""",
    extended(
        HS,
        hs(email="Freja.Dahl@Dahl-Studio.DK", lastname="Dahl", hs_analytics_source="OFFLINE"),
        hs(email="JONAS.VEST@GMAIL.COM", lastname="Vest", hs_analytics_source="  "),
        hs(email="Mia.Krogh@Krogh.dk", lastname="Krogh", hs_analytics_source="SOCIAL_MEDIA"),
        hs(email="Ulla.Brink@Brink.DK", lastname="Brink", hs_analytics_source="DIRECT_TRAFFIC"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Paid Ads",
        "PAID_SOCIAL": "Paid Ads",
        "REFERRALS": "Referral",
        "OFFLINE": "Showroom",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


@case(
    "h169-05-not-customers-not-denmark",
    H,
    L,
    """STICKY 5 — Leads, who NOT to send
✗ Lifecycle Stage = "customer" → skip, they already bought
✗ Country/Region = "Denmark" → skip, the Copenhagen team handles those themselves
NB: a blank country is not Denmark, so those do go

everyone else:
email → Email
last name → Last Name
company name → Company
city → City
(plain copies, blanks stay blank)
Lead Source → "Milan Design Week" for all of them""",
    extended(
        HS,
        hs(
            email="torben.hald@haldtegnestue.dk",
            lastname="Hald",
            company="Hald Tegnestue",
            country="Denmark",
            lifecyclestage="lead",
            city="Aarhus",
        ),
        hs(
            email="giulia.conti@contiarch.it",
            lastname="Conti",
            company="",
            country="",
            lifecyclestage="lead",
            city="",
        ),
        hs(
            email="erik.lind@lindform.se",
            lastname="Lind",
            company="Lindform",
            country="Sweden",
            lifecyclestage="customer",
            city="Malmö",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "Denmark":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "City": r["city"],
        "LeadSource": "Milan Design Week",
    }


@case(
    "h169-06-rating-from-revenue",
    H,
    L,
    """STICKY 6 — Rating, decided by revenue
Annual Revenue more than 5,000,000 → Rating "Hot"
Annual Revenue less than 1,000,000 → "Cold"
everything in between → "Warm"
no revenue at all (blank) → "Warm" as well. We simply don't know, so we don't punish them.

Number of Employees → No. of Employees, as a whole number. Blank → leave the field off.
email → Email""",
    extended(
        HS,
        hs(email="studio@vaerkstedet.dk", annualrevenue="7500000", numemployees="  "),
        hs(email="hej@lillehus.dk", annualrevenue="999999", numemployees="3"),
        hs(email="indkob@stormoebler.dk", annualrevenue="  ", numemployees="1200"),
    ),
)
def o06(r: R) -> Out:
    v = r["annualrevenue"]
    if blank(v):
        rating = "Warm"
    else:
        f = float(v)
        rating = "Hot" if f > 5_000_000 else ("Cold" if f < 1_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h169-07-us-dealers-e164-names",
    H,
    L,
    """[blue] US dealer leads — Phone in E.164
⇒ digits only, with a "+" in front
⇒ number already starts with "+" → keep that country code
⇒ no "+" → it's a US number, put +1 in front (11 digits starting with 1 → only add the "+")
⇒ phone number blank → no Phone field at all

first name / last name → First Name / Last Name in title case (every word: capital first letter, rest small)
email → Email""",
    extended(
        HS,
        hs(
            email="brian.walsh@loftliving.com",
            firstname="BRIAN",
            lastname="walsh",
            phone="1 (212) 555-0175",
        ),
        hs(email="leeann.cole@colehome.com", firstname="lee ann", lastname="COLE", phone="   "),
        hs(
            email="ingrid.sand@sandhus.no",
            firstname="Ingrid",
            lastname="Sand",
            phone="+47 22 55 01 10",
        ),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "Phone": omit_if_blank(r["phone"], e164),
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
        }
    )


@case(
    "h169-08-mql-handover-description",
    H,
    L,
    """STICKY 8 — MQL hand-over to sales

Only contacts whose Lifecycle Stage is exactly "marketingqualifiedlead" go to SF. Everything else stays in HubSpot for now.

email → Email
last name → Last Name, in CAPITALS
Description → "MQL " + Create Date as YYYY-MM-DD + " via " + Original Source
  e.g. MQL 2024-02-01 via PAID_SOCIAL""",
    extended(
        HS,
        hs(
            email="kirsten.sondergaard@gmail.com",
            lastname="Søndergaard",
            lifecyclestage="marketingqualifiedlead",
            hs_analytics_source="PAID_SOCIAL",
            createdate="2024-02-01T12:00:00.000Z",
        ),
        hs(
            email="pieter.dewit@wit-interieur.nl",
            lastname="de Wit",
            lifecyclestage="marketingqualifiedlead",
            hs_analytics_source="OFFLINE",
            createdate="2024-05-21T11:40:00.000Z",
        ),
        hs(
            email="anders.moe@moe.dk",
            lastname="Moe",
            lifecyclestage="salesqualifiedlead",
            hs_analytics_source="REFERRALS",
            createdate="2024-03-03T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "marketingqualifiedlead":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Description": f"MQL {day(r['createdate'])} via {r['hs_analytics_source']}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h169-09-contact-mailing-address",
    H,
    C,
    """STICKY 9 — Contacts, mailing address

street address → Mailing Street
city → Mailing City
state/region → Mailing State/Province
postal code → Mailing Zip/Postal Code
country/region → Mailing Country
+ email → Email, last name → Last Name

Straight copies, all of it. Blank stays blank, no cleaning. The Other* address fields: leave alone.""",
    extended(
        HS,
        hs(
            email="helle.winther@winther.dk",
            lastname="Winther",
            address="Bredgade 24, 2. th.",
            city="København K",
            state="",
            zip="1260",
            country="Denmark",
        ),
        hs(
            email="poul.riis@riis.dk",
            lastname="Riis",
            address="  ",
            city="Aarhus ",
            state="  ",
            zip="",
            country="Denmark",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h169-10-optout-and-no-mobile-flags",
    H,
    C,
    """[orange] Contact — the two checkboxes

Email Opt Out → ticked (true) when "Unsubscribed from all email" is "true". "false" or blank → not ticked (false).
Do Not Call → true when mobile phone number is blank (empty / only spaces), false when there is one. The office phone number doesn't count here — sales only ring mobiles.

email → Email
last name → Last Name""",
    extended(
        HS,
        hs(
            email="bente.fog@fogdesign.dk",
            lastname="Fog",
            hs_email_optout="  ",
            mobilephone="  ",
            phone="+45 70 20 30 40",
        ),
        hs(
            email="claus.aagaard@gmail.com",
            lastname="Aagaard",
            hs_email_optout="true",
            mobilephone="+45 20 30 40 50",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["mobilephone"]),
    }


@case(
    "h169-11-last-name-never-empty",
    H,
    C,
    """STICKY 11 — Contact Last Name can't be empty in SF
Last Name ⇒ last name
  ↳ blank → company name
  ↳ that blank too → the bit of the email before the @ (studio.nord@gmail.com → studio.nord)
email → Email
first name → First Name, copy (blank is fine here)""",
    extended(
        lower_emails(HS),
        hs(email="studio.nord@gmail.com", firstname="", lastname="", company=""),
        hs(email="ole.fabrik@fabrik7.dk", firstname="Ole", lastname="  ", company="Fabrik 7"),
        hs(email="kontakt@tegnestuen.dk", firstname="Lise", lastname="", company="  "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h169-12-danish-country-names-postcode",
    H,
    C,
    """[pink] Mailing Country — in Danish, the Copenhagen office reads these
United States → "USA"
Japan → "Japan"
Mexico → "Mexico"
France → "Frankrig"
Denmark → "Danmark"
Germany → "Tyskland"
Sweden → "Sverige"
(there are no other countries in HubSpot, I checked)

postal code → Mailing Zip/Postal Code in upper case; blank → leave the field out
email → Email""",
    extended(
        HS,
        hs(email="lars.ek@ekstudio.se", country="Sweden", zip="114 35"),
        hs(email="jana.weiss@weiss-raum.de", country="Germany", zip="  "),
        hs(email="niels.brandt@brandt.dk", country="Denmark", zip="dk-2100"),
    ),
)
def o12(r: R) -> Out:
    names = {
        "United States": "USA",
        "Japan": "Japan",
        "Mexico": "Mexico",
        "France": "Frankrig",
        "Denmark": "Danmark",
        "Germany": "Tyskland",
        "Sweden": "Sverige",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": names[r["country"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h169-13-customers-only-mobile",
    H,
    C,
    """STICKY 13 — customers → SF Contacts

Only Lifecycle Stage = "customer". Nothing else goes.
email → Email, lower case
Mobile → mobile phone number; if that one is blank, the phone number instead (copied as is)
Description → "Customer from HubSpot" on all of them
NB: every customer has at least one of the two numbers, I went through them""",
    extended(
        HS,
        hs(
            email="Henrik.Juul@JuulDesign.DK",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="+45 33 11 22 33",
        ),
        hs(
            email="LOUISE.BAY@GMAIL.COM",
            lifecyclestage="customer",
            mobilephone="+45 22 33 44 55",
            phone="",
        ),
        hs(email="Bo.Friis@Friis.dk", lifecyclestage="lead", mobilephone="+45 40 40 40 40"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Customer from HubSpot",
    }


@case(
    "h169-14-names-title-department",
    H,
    C,
    """STICKY 14 — Contacts, names + department

first name / last name → First Name / Last Name, title case (first letter of each word capital, the rest small)
job title → Title, trimmed. Nothing else done to it.
Industry → Department:
  Design → "Creative"
  Architecture → "Creative"
  Software → "Tech"
  Food → "Hospitality"
  Hospitality → "Hospitality"
  anything else → "General" (blank industry → "General" too)
email → Email""",
    extended(
        HS,
        hs(
            email="karen.lykke@lykkeark.dk",
            firstname="KAREN",
            lastname="lykke",
            jobtitle="  Lead Architect ",
            industry="Architecture",
        ),
        hs(
            email="frank.boe@boe.dk",
            firstname="frank",
            lastname="BOE",
            jobtitle="   ",
            industry="  ",
        ),
        hs(
            email="sif.moll@mollretail.dk",
            firstname="Sif",
            lastname="Møll",
            jobtitle="Owner",
            industry="Retail",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "Design": "Creative",
        "Architecture": "Creative",
        "Software": "Tech",
        "Food": "Hospitality",
        "Hospitality": "Hospitality",
    }
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "Department": table.get(r["industry"], "General"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h169-15-newsletter-pending-danish-default",
    H,
    M,
    """[yellow] HubSpot → Mailchimp, the newsletter audience
email → Email Address
first name → FNAME
last name → LNAME
(copies, blanks included)
status → "pending" for everyone. Double opt-in, GDPR, you know the drill.
language → HubSpot Preferred language. Most contacts don't have that property at all, or it's empty → then "da".""",
    extended(
        HS,
        hs(
            email="emma.foster@fosterhome.co.uk",
            firstname="Emma",
            lastname="Foster",
            hs_language="en",
        ),
        hs(email="signe.krog@gmail.com", firstname="Signe", lastname="", hs_language="  "),
        hs(email="maja.ek@ekform.se", firstname="", lastname="Ek", hs_language="sv"),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "pending",
        "language": dflt(r.get("hs_language"), "da"),
    }


@case(
    "h169-16-status-three-ways",
    H,
    M,
    """STICKY 16 — Mailchimp status

from "Unsubscribed from all email":
"true" → "unsubscribed"
"false" → "subscribed"
blank → "pending" (never asked, so they get the opt-in mail first)

tags → one tag on everyone: "HubSpot sync"
email → Email Address""",
    extended(
        HS,
        hs(email="rikke.holm@holm.dk", hs_email_optout="  "),
        hs(email="thomas.kure@kure.dk", hs_email_optout="false"),
        hs(email="nina.vad@gmail.com", hs_email_optout=""),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot sync"]}


@case(
    "h169-17-b2b-and-design-trade-tags",
    H,
    M,
    """STICKY 17 — tags
Number of Employees more than 50 → tag "B2B"
Industry = "Design" (exactly that) → tag "Design Trade"
both → "B2B", "Design Trade" — in that order
neither → empty list []
NB: blank employee count = no B2B tag
email → Email Address""",
    extended(
        HS,
        hs(email="studio@formkraft.dk", numemployees="51", industry="Design"),
        hs(email="hej@smaa-rum.dk", numemployees="  ", industry="Design"),
        hs(email="info@bordogstol.dk", numemployees="49", industry="design"),
        hs(email="kontor@stort.dk", numemployees="300", industry=""),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("B2B")
    if r["industry"] == "Design":
        tags.append("Design Trade")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h169-18-first-word-fname-mobile-e164",
    H,
    M,
    """[blue] Mailchimp merge fields
FNAME → only the first word of first name ("Anne Sofie" → "Anne"). Empty first name stays empty.
PHONE → mobile phone number, or phone number when the mobile is blank. In E.164:
  ↳ digits only, with "+"
  ↳ starts with "+" already → keep its country code
  ↳ no "+" → US number, prefix +1 (11 digits starting with 1 → only add the "+")
NB: everyone has at least one of the two numbers
email → Email Address""",
    extended(
        HS,
        hs(
            email="anne.sofie@lysform.dk",
            firstname="Anne Sofie",
            mobilephone="  ",
            phone="1-212-555-0100",
        ),
        hs(email="noname@nordhus.dk", firstname="", mobilephone="+45 20 11 22 33", phone=""),
    ),
)
def o18(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": first_word(r["firstname"]),
            "PHONE": e164(first_filled(r["mobilephone"], r["phone"])),
        },
    }


@case(
    "h169-19-trade-audience-customer-vip",
    H,
    M,
    """STICKY 19 — trade audience

Skip contacts with no company name (blank or just spaces). Private buyers live in a different audience.

the rest:
email → Email Address
status → "subscribed"
VIP → true when Lifecycle Stage is "customer"; false for every other stage, and false for a blank stage""",
    extended(
        HS,
        hs(email="privat@gmail.com", company="  ", lifecyclestage="customer"),
        hs(email="indkob@studiovinkel.dk", company="Studio Vinkel", lifecyclestage="customer"),
        hs(email="hej@rumogform.dk", company="Rum & Form", lifecyclestage=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "customer",
    }


@case(
    "h169-20-names-domain-revenue-vip",
    H,
    M,
    """[purple] trade list — names + VIP
FNAME → first name in title case (every word starts with a capital, rest lower)
LNAME → last name as it is; if blank → the email's domain, i.e. everything after the @ (jakob@vinkel.dk → vinkel.dk)
VIP → true when Annual Revenue is more than 2,000,000, otherwise false. No revenue = false.
email → Email Address""",
    extended(
        lower_emails(HS),
        hs(email="jakob@vinkel.dk", firstname="JAKOB", lastname="", annualrevenue="2000000.5"),
        hs(email="sara@studio-lys.dk", firstname="sara marie", lastname="  ", annualrevenue="  "),
        hs(email="ole@tegnebord.dk", firstname="Ole", lastname="Krag", annualrevenue="1999999"),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["annualrevenue"], 2_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h169-21-identify-full-name",
    H,
    S,
    """STICKY 21 — Segment identify, basic
userId → email in lower case
traits.firstName → first name
traits.lastName → last name
traits.title → job title (blank goes as blank, no fuss)
traits.name → first name + one space + last name ("Mette" + "Kjærgaard" → "Mette Kjærgaard")""",
    extended(
        HS,
        hs(
            email="Rasmus.Holt@HoltMoebler.DK",
            firstname="Rasmus",
            lastname="Holt",
            jobtitle="Buyer",
        ),
        hs(email="Signe.Bak@Gmail.com", firstname="Signe", lastname="Bak", jobtitle=""),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "title": r["jobtitle"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h169-22-company-object-traits",
    H,
    S,
    """STICKY 22 — Segment, company as an object

traits.company is an object, not a string. Inside it:
traits.company.name → company name; blank → "Private customer"
traits.company.industry → industry; blank → don't send it
traits.company.employee_count → Number of Employees as a whole number (integer); blank → don't send it either
userId → email, untouched""",
    extended(
        HS,
        hs(email="morten.as@gmail.com", company="  ", industry="  ", numemployees=""),
        hs(
            email="info@vinkelstudio.dk",
            company="Vinkel Studio",
            industry="Design",
            numemployees="14",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Private customer"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h169-23-address-object-phone-first",
    H,
    S,
    """[green] Segment — the address goes as an object under traits.address

street address → traits.address.street
city → traits.address.city
postal code → traits.address.postalCode
country/region → traits.address.country
↳ those four: plain copies
state/region → traits.address.state, only when filled. Blank → leave it out.

traits.phone → phone number, or mobile phone number when the phone number is blank. E.164: digits only with "+"; already "+" → keep its code; no "+" → US, so +1 (11 digits starting with 1 → just the "+"). Both blank → no phone trait at all.
userId → email""",
    extended(
        HS,
        hs(
            email="mikkel.sand@sand.dk",
            address="Store Kongensgade 40",
            city="København K",
            state="  ",
            zip="1264",
            country="Denmark",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="rachel.green@greenloft.com",
            address="12 Mercer St",
            city="New York",
            state="ny",
            zip="10013",
            country="United States",
            phone="1 415 555 0111",
            mobilephone="",
        ),
    ),
)
def o23(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "address": {
                    "street": r["address"],
                    "city": r["city"],
                    "postalCode": r["zip"],
                    "country": r["country"],
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h169-24-clean-userid-marketing-ok",
    H,
    S,
    """STICKY 24 — Segment, cleaned-up ID
userId → email with the spaces trimmed off front and back, then lower case
traits.title → job title, copy
traits.marketing_ok → true / false, a real boolean. false only when "Unsubscribed from all email" is "true"; "false" and blank both → true
traits.employees → Number of Employees as a number; blank → leave it out""",
    extended(
        HS,
        hs(email="  Kasper.Lind@Lind.DK ", jobtitle="  ", hs_email_optout="  ", numemployees="  "),
        hs(
            email="Nanna.Friis@Gmail.com ",
            jobtitle="Stylist",
            hs_email_optout="true",
            numemployees="8",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "marketing_ok": r["hs_email_optout"] != "true",
                "employees": omit_if_blank(r["numemployees"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h169-25-ga4-contact-sync",
    H,
    G,
    """STICKY 25 — GA4 Measurement Protocol
one event per contact, nothing fancy

client_id → email (copy)
event name → "crm_contact_sync", always
params:
  crm → "hubspot" (fixed)
  stage → Lifecycle Stage, copy
  industry → Industry in lower case ("Design" → "design"); blank → "unknown"
  created → Create Date, just the date, YYYY-MM-DD""",
    extended(
        HS,
        hs(
            email="sofie.lauritsen@lauritsen.dk",
            industry="Design",
            lifecyclestage="lead",
            createdate="2024-04-16T12:30:00.000Z",
        ),
        hs(
            email="kim.vang@gmail.com",
            industry="  ",
            lifecyclestage="",
            createdate="2024-10-02T13:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_contact_sync",
                "params": {
                    "crm": "hubspot",
                    "stage": r["lifecyclestage"],
                    "industry": "unknown" if blank(ind) else ind.lower(),
                    "created": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h169-26-ga4-bigger-studios",
    H,
    G,
    """[red] GA4 — only the bigger studios
Only contacts with Number of Employees more than 20. Blank count → not sent.
client_id → the part of the email before the @ (indkob@vinkel.dk → indkob)
event name → "trade_account" for all of them
params.employees → Number of Employees as a number""",
    extended(
        lower_emails(HS),
        hs(email="indkob@vinkel.dk", numemployees="21"),
        hs(email="lille@studio.dk", numemployees="19"),
        hs(email="ingen@tal.dk", numemployees="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "trade_account", "params": {"employees": num(r["numemployees"])}}],
    }


@case(
    "h169-27-ga4-customer-or-prospect",
    H,
    G,
    """STICKY 27 — GA4, event name depends on the stage
Lifecycle Stage "customer" → event name "customer_sync"
any other stage, or blank → "prospect_sync"

client_id → email, copy
params.source → Original Source; blank → "UNKNOWN"
params.city → city, copy (blank city goes as blank)""",
    extended(
        HS,
        hs(
            email="jesper.toft@toft.dk",
            lifecyclestage="customer",
            hs_analytics_source="  ",
            city="Odense",
        ),
        hs(email="malene.ravn@ravn.dk", lifecyclestage="", hs_analytics_source="OFFLINE", city=""),
    ),
)
def o27(r: R) -> Out:
    name = "customer_sync" if r["lifecyclestage"] == "customer" else "prospect_sync"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN"), "city": r["city"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h169-28-leads-back-plain-copy",
    L,
    H,
    """STICKY 28 — the other way round: SF Lead → HubSpot contact
Email → email
First Name → first name
Last Name → last name
Company → company name
Title → job title
Phone → phone number
City → city
Country → country/region
All copies. Empty in SF → empty in HubSpot. Nothing fancy.""",
    extended(
        SFL,
        sfl(
            Email="peter.skov@skovtegnestue.dk",
            FirstName="Peter",
            LastName="Skov",
            Company="",
            Title="  ",
            Phone="",
            City="Aalborg",
            Country="Denmark",
        ),
    ),
)
def o28(r: R) -> Out:
    return {
        "email": r["Email"],
        "firstname": r["FirstName"],
        "lastname": r["LastName"],
        "company": r["Company"],
        "jobtitle": r["Title"],
        "phone": r["Phone"],
        "city": r["City"],
        "country": r["Country"],
    }


@case(
    "h169-29-status-to-lifecycle-optout-text",
    L,
    H,
    """[yellow] Lead Status → Lifecycle Stage
Open - Not Contacted → "lead"
Working - Contacted → "marketingqualifiedlead"
Closed - Converted → "customer"
Closed - Not Converted → "other"
(those four are the only statuses we use)

Email Opt Out → "Unsubscribed from all email", as text: "true" when ticked, "false" when not
Email → email""",
    extended(
        SFL,
        sfl(Email="vibeke.hoj@hoj.dk", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(Email="anton.berg@bergbolig.dk", Status="Closed - Converted", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    table = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "marketingqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return {
        "email": r["Email"],
        "lifecyclestage": table[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h169-30-rating-to-lead-status",
    L,
    H,
    """STICKY 30 — Rating → HubSpot Lead Status
Hot → "CONNECTED"
Warm → "IN_PROGRESS"
Cold → "UNQUALIFIED"
(every lead has a rating, sales make sure of that)

Annual Revenue → annual revenue as a number; blank → skip the field
Email → email, lower case""",
    extended(
        SFL,
        sfl(Email="Tobias.Winther@WintherArk.DK", Rating="Cold", AnnualRevenue="  "),
        sfl(Email="ELLA.STORM@GMAIL.COM", Rating="Hot", AnnualRevenue="450000.50"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "CONNECTED", "Warm": "IN_PROGRESS", "Cold": "UNQUALIFIED"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h169-31-london-showroom-leads",
    L,
    H,
    """STICKY 31 — London showroom leads

only leads where Country = "United Kingdom". Any other country, or blank → not sent.
Phone → phone number, E.164 the UK way: digits only, drop the leading 0, put +44 in front (020 7946 0321 → +442079460321). Already starts with "+" → keep its own code, just the digits behind the "+".
Postal Code → postal code in upper case
Company → company name; blank → "Private client"
Email → email""",
    extended(
        SFL,
        sfl(
            Email="oliver.hart@hartinteriors.co.uk",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="ec1v 9hx",
            Company="  ",
        ),
        sfl(
            Email="amelia.shaw@shawstudio.co.uk",
            Country="United Kingdom",
            Phone="+44 161 496 0000",
            PostalCode="m1 1ae",
            Company="",
        ),
        sfl(
            Email="lasse.munk@munk.dk",
            Country="Denmark",
            Phone="+45 33 44 55 66",
            PostalCode="8000",
            Company="Munk",
        ),
    ),
)
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {
        "email": r["Email"],
        "phone": e164(r["Phone"], "44"),
        "zip": r["PostalCode"].upper(),
        "company": dflt(r["Company"], "Private client"),
    }


@case(
    "h169-32-skip-dead-postcode-city",
    L,
    H,
    """[pink] SF Lead → HubSpot, skip the dead ones
Status = "Closed - Not Converted" → don't send

HubSpot city gets: Postal Code + one space + City, Danish style ("2100 København Ø"). Postal Code blank → just the City, no space in front.
job title → Title; blank → "Unknown"
Email → email
NB: City is always filled on the leads we do send""",
    extended(
        SFL,
        sfl(
            Email="karina.hviid@hviid.dk",
            Status="Working - Contacted",
            PostalCode="  ",
            City="Aarhus",
            Title="",
        ),
        sfl(
            Email="bjarke.ravn@ravnark.dk",
            Status="Open - Not Contacted",
            PostalCode="2100",
            City="København Ø",
            Title="Indretningsarkitekt",
        ),
        sfl(
            Email="dead.lead@nope.dk",
            Status="Closed - Not Converted",
            PostalCode="5000",
            City="Odense",
            Title="Owner",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    city = r["City"] if blank(r["PostalCode"]) else f"{r['PostalCode']} {r['City']}"
    return {"email": r["Email"], "city": city, "jobtitle": dflt(r["Title"], "Unknown")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h169-33-contacts-status-denmark-tag",
    C,
    M,
    """STICKY 33 — SF Contacts → Mailchimp
Email → Email Address, lower case
status ⇒ Email Opt Out ticked → "unsubscribed"; not ticked → "subscribed"
tags ⇒ "Salesforce" on everyone
  ↳ Mailing Country exactly "Denmark" → also "Denmark", after "Salesforce\"""",
    extended(
        SFC,
        sfc(Email="Julie.Dam@DamDesign.DK", MailingCountry="Denmark", HasOptedOutOfEmail=False),
        sfc(Email="KIM.ROSE@GMAIL.COM", MailingCountry="denmark", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Denmark"] if r["MailingCountry"] == "Denmark" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h169-34-sms-audience-language",
    C,
    M,
    """STICKY 34 — SMS audience
Skip Contacts whose Business Phone is blank (empty / only spaces). Can't text them anyway.

PHONE → Business Phone in E.164: digits with a "+"; "+" already there → its own code; no "+" → US, +1 in front (11 digits beginning with 1 → only the "+")
language → from Mailing Country
  Germany → "de"
  Austria → "de"
  United States → "en"
  Denmark → "da"
  Sweden → "sv"
  (only these countries in SF right now)
Email → Email Address""",
    extended(
        SFC,
        sfc(Email="camilla.berg@berg.dk", Phone="+45 33 12 34 56", MailingCountry="Denmark"),
        sfc(Email="oskar.lund@lund.se", Phone="  ", MailingCountry="Sweden"),
        sfc(
            Email="megan.price@pricehome.com",
            Phone="1 (212) 555-0188",
            MailingCountry="United States",
        ),
        sfc(Email="elin.sjo@sjo.se", Phone="+46 8 555 010 00", MailingCountry="Sweden"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Germany": "de",
        "Austria": "de",
        "United States": "en",
        "Denmark": "da",
        "Sweden": "sv",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h169-35-friend-default-partner-vip",
    C,
    M,
    """[green] SF Contact → Mailchimp
FNAME → First Name; blank → "Friend"
LNAME → Last Name, copy (blank copies across as blank)
VIP → true only when Lead Source = "Partner Referral". Any other source, and a blank source → false
status → "subscribed" for all
Email → Email Address""",
    extended(
        SFC,
        sfc(
            Email="mathilde.kock@kock.dk",
            FirstName="",
            LastName="Kock",
            LeadSource="Partner Referral",
        ),
        sfc(Email="hans.ulv@gmail.com", FirstName="  ", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
        "status": "subscribed",
    }


@case(
    "h169-36-webshop-buyers-wipe-tags",
    C,
    M,
    """STICKY 36 — webshop buyers only

only Contacts with Lead Source = "Web" (exactly)
Email → Email Address, First Name → FNAME, Last Name → LNAME (copies)
status → "subscribed"
language → "da"
tags → [] — an empty list, we want the old tags gone""",
    extended(
        SFC,
        sfc(Email="freya.nyborg@gmail.com", FirstName="Freya", LastName="", LeadSource="Web"),
        sfc(Email="villads.kok@kok.dk", FirstName="Villads", LastName="Kok", LeadSource="web"),
        sfc(Email="tine.lassen@lassen.dk", FirstName="Tine", LastName="Lassen", LeadSource=""),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "da",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h169-37-contact-identify-title-if-any",
    C,
    S,
    """STICKY 37 — SF Contact → Segment
userId → Email, lower case
traits.firstName → First Name
traits.lastName → Last Name
traits.department → Department
(copies; a blank goes across as blank)
traits.title → Title, but only when there is one. Blank → no title trait at all.""",
    extended(
        SFC,
        sfc(
            Email="Astrid.Moller@MollerArk.DK",
            FirstName="Astrid",
            LastName="Møller",
            Title="  ",
            Department="",
        ),
        sfc(
            Email="BO.LARSEN@GMAIL.COM",
            FirstName="Bo",
            LastName="Larsen",
            Title="Partner",
            Department="Design",
        ),
    ),
)
def o37(r: R) -> Out:
    return keep(
        {
            "userId": r["Email"].lower(),
            "traits": {
                "firstName": r["FirstName"],
                "lastName": r["LastName"],
                "department": r["Department"],
                "title": omit_if_blank(r["Title"]),
            },
        }
    )


@case(
    "h169-38-address-trim-denmark-default",
    C,
    S,
    """[blue] Segment, traits.address (nested object)
traits.address.city → Mailing City, trimmed (spaces off front and back)
traits.address.country → Mailing Country; blank → "Denmark"; otherwise as it is
userId → Email, as it is""",
    extended(
        SFC,
        sfc(Email="gustav.holm@holm.dk", MailingCity=" Aarhus ", MailingCountry="  "),
        sfc(Email="klara.vinge@vinge.dk", MailingCity="Odense", MailingCountry=""),
        sfc(Email="alva.strom@strom.se", MailingCity="Malmö ", MailingCountry="Sweden"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Denmark"),
            }
        },
    }


@case(
    "h169-39-phone-surname-first-region",
    C,
    S,
    """STICKY 39 — Segment traits
userId → Email
traits.phone → Business Phone in E.164 (digits with "+"; "+" already → keep it; none → US, +1; 11 digits starting with 1 → just add "+")
traits.name → Last Name + ", " + First Name (so: "Kjærgaard, Mette")
traits.region → from Mailing Country:
  Denmark / Sweden / Norway → "Nordics"
  Germany / Austria → "DACH"
  United States → "North America"
  anything else → "Rest of world" (blank country too)""",
    extended(
        SFC,
        sfc(
            Email="ditte.skov@skov.dk",
            FirstName="Ditte",
            LastName="Skov",
            Phone="+45 70 10 20 30",
            MailingCountry="Denmark",
        ),
        sfc(
            Email="yuki.mori@mori.jp",
            FirstName="Yuki",
            LastName="Mori",
            Phone="+81 3 5555 0123",
            MailingCountry="Japan",
        ),
        sfc(
            Email="dan.hale@halehome.com",
            FirstName="Dan",
            LastName="Hale",
            Phone="1 503 555 0199",
            MailingCountry="  ",
        ),
    ),
)
def o39(r: R) -> Out:
    region = {
        "Denmark": "Nordics",
        "Sweden": "Nordics",
        "Norway": "Nordics",
        "Germany": "DACH",
        "Austria": "DACH",
        "United States": "North America",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['LastName']}, {r['FirstName']}",
            "region": region.get(r["MailingCountry"], "Rest of world"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h169-40-members-title-case-private",
    M,
    H,
    """STICKY 40 — Mailchimp → HubSpot
Email Address → email
FNAME / LNAME → first name / last name, title case (every word capital first letter, rest small). Empty stays empty.
PHONE → phone number, copy; blank → leave it out
COMPANY → company name; blank → "Private"
"Unsubscribed from all email" → the text "true" when status is "unsubscribed", the text "false" for any other status""",
    extended(
        MC,
        mc(
            {"FNAME": "ANNE MARIE", "LNAME": "vestergaard", "PHONE": "  ", "COMPANY": "  "},
            email_address="annemarie@vestergaard.dk",
            status="pending",
        ),
        mc(
            {
                "FNAME": "niels",
                "LNAME": "HOLST",
                "PHONE": "+45 31 22 33 44",
                "COMPANY": "Holst Studio",
            },
            email_address="niels@holststudio.dk",
            status="unsubscribed",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": title(mf["FNAME"]),
            "lastname": title(mf["LNAME"]),
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Private"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h169-41-skip-bounces-vip-customer",
    M,
    H,
    """[red] Mailchimp → HubSpot, minus the bounces
status "cleaned" → skip, those addresses are dead

PHONE → phone number in E.164 (digits + "+"; with "+" → its own code; without → US, +1; 11 digits starting with 1 → just the "+"). Blank PHONE → no phone number field.
COMPANY → company name, copy
Lifecycle Stage → "customer" for VIP members, "subscriber" for everyone else
Email Address → email""",
    extended(
        MC,
        mc(
            {"PHONE": "1 917 555 0142", "COMPANY": "Loft & Co"},
            email_address="hello@loftandco.com",
            status="pending",
            vip=False,
        ),
        mc(
            {"PHONE": "+45 20 20 20 20", "COMPANY": "Gone ApS"},
            email_address="old@gone.dk",
            status="cleaned",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": ""},
            email_address="trofast@kunde.dk",
            status="subscribed",
            vip=True,
        ),
    ),
)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "phone": omit_if_blank(mf["PHONE"], e164),
            "company": mf["COMPANY"],
            "lifecyclestage": "customer" if r["vip"] else "subscriber",
        }
    )


@case(
    "h169-42-first-word-domain-showroom-tag",
    M,
    H,
    """STICKY 42 — last one, tak
FNAME → first name, first word only ("Anne Sofie" → "Anne")
COMPANY → company name; blank → the email domain (the bit after the @)
Lifecycle Stage → "opportunity" if the member has the tag "Showroom" (exactly that, capital S), otherwise "subscriber"
Email Address → email
/Mette""",
    extended(
        lower_emails(MC, "email_address"),
        mc(
            {"FNAME": "Anne Sofie", "COMPANY": "  "},
            email_address="anne@lysform.dk",
            tags=["Showroom", "Webinar"],
        ),
        mc({"FNAME": "Per", "COMPANY": ""}, email_address="per@tegnestue.dk", tags=["showroom"]),
        mc(
            {"FNAME": "Lotte", "COMPANY": "Lotte Lys"},
            email_address="lotte@lottelys.dk",
            tags=["Showroom"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "opportunity" if "Showroom" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set169")
