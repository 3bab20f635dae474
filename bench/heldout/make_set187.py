"""Held-out set 187 for the offline mapping drafter.

Persona: Linnea Sjöberg, analytics engineer at a Stockholm design-furniture brand (a showroom on
Strandvägen, a webshop, retailers in the Nordics, Germany and the US, interior architects, leads
from the Stockholm Furniture Fair, Orgatec and ICFF). She writes every sync as a dbt model: a SQL
select whose column aliases name the destination fields, case when ... end for tables and
conditions, coalesce(), nullif(trim(x), ''), lower(), upper(), initcap(), split_part(email, '@',
1/2), || for concatenation, cast(... as int), a where clause for filters and a
{{ source('hubspot', 'contacts') }} style from clause, with '--' comments for what SQL cannot say
(phone formats, 'leave out when empty', notes). Sometimes one short prose line above the model.
Terse, precise Swedish-English; 'Tack!' now and then, signs '/Linnea'. Her records are showroom
visitors, interior architects, Nordic, German and US retailers, trade-fair leads and webshop
customers.

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
Where she uses coalesce(nullif(trim(x), ''), ...) the non-empty inputs carry no padding, so the
trimmed and the untrimmed reading give the same records.
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
    "h187-01",
    H,
    L,
    """Hej! Stockholm Furniture Fair badge scans, HubSpot -> Salesforce Lead. First model of the batch.

-- models/sync/sf_lead__furniture_fair.sql
select
    email        as "Email",
    firstname    as "FirstName",
    lastname     as "LastName",
    company      as "Company",
    city         as "City",
    country      as "Country",
    'Trade Show' as "LeadSource"   -- fixed value, same on every lead
from {{ source('hubspot', 'contacts') }}
-- no where: every contact goes over
-- the six columns are straight copies: no trim, no case change, and no coalesce, so an empty
-- value in HubSpot lands as the same empty value on the Lead

/Linnea""",
    extended(
        HS,
        hs(
            email="astrid.lindqvist@gmail.com",
            firstname="Astrid",
            lastname="Lindqvist",
            company="",
            city="Uppsala",
            country="Sweden",
        ),
        hs(
            email="jonas.berg@whiteark.se",
            firstname="",
            lastname="Berg",
            company="White Arkitekter",
            city="  ",
            country="Sweden",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "City": r["city"],
        "Country": r["country"],
        "LeadSource": "Trade Show",
    }


@case(
    "h187-02",
    H,
    L,
    """Showroom guest book (the iPad at Strandvägen) -> Leads. Visitors type carelessly, hence the trim on city.

select
    email    as "Email",     -- as is
    lastname as "LastName",  -- as is
    case when nullif(trim(company), '') is null then 'Private Buyer'
         else company end                          as "Company",  -- filled company goes exactly as typed, no trim
    case when nullif(trim(jobtitle), '') is null then 'Showroom Visitor'
         else jobtitle end                         as "Title",    -- same: default only when empty/whitespace
    trim(city)                                     as "City"      -- strips leading/trailing spaces only; '   ' -> ''
from {{ source('hubspot', 'contacts') }}

Tack!""",
    extended(
        HS,
        hs(
            email="ebba.holm@outlook.com",
            lastname="Holm",
            company=" ",
            jobtitle="",
            city=" Göteborg ",
        ),
        hs(
            email="m.weber@wohnraum-berlin.de",
            lastname="Weber",
            company=" Wohnraum Berlin GmbH",
            jobtitle="  ",
            city="Berlin  ",
        ),
        hs(
            email="oscar.falk@icloud.com",
            lastname="Falk",
            company="",
            jobtitle="Architect",
            city="   ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Private Buyer"),
        "Title": dflt(r["jobtitle"], "Showroom Visitor"),
        "City": r["city"].strip(),
    }


@case(
    "h187-03",
    H,
    L,
    """Callback list for the showroom staff, they text people, so they need a mobile on the Lead.

select
    email as "Email",
    coalesce(nullif(trim(mobilephone), ''), nullif(trim(phone), '')) as "MobilePhone",
        -- mobile first, then the office phone if mobile is empty/whitespace. number as typed, no formatting.
        -- both empty -> leave MobilePhone out of the record completely (not null, not '')
    initcap(lastname) as "LastName",   -- every word: first letter upper, rest lower. 'NYBERG' -> 'Nyberg'
    initcap(city)     as "City"        -- same, 'bad homburg' -> 'Bad Homburg'
from {{ source('hubspot', 'contacts') }}""",
    extended(
        HS,
        hs(
            email="sara.nyberg@hotmail.se",
            lastname="NYBERG",
            city="malmö",
            mobilephone="  ",
            phone="040-12 34 56",
        ),
        hs(
            email="per.ohlsson@gmail.com",
            lastname="ohlsson",
            city="NORRKÖPING",
            mobilephone="",
            phone="",
        ),
        hs(
            email="katja.mayer@raumwerk.de",
            lastname="mayer",
            city="bad homburg",
            mobilephone="+49 171 5550123",
            phone="+49 6172 555010",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
            "LastName": title(r["lastname"]),
            "City": title(r["city"]),
        }
    )


@case(
    "h187-04",
    H,
    L,
    """-- sf_lead__source.sql: Original Source -> Lead Source picklist, website lower-cased
select
    email as "Email",
    case hs_analytics_source
        when 'ORGANIC_SEARCH' then 'Web'
        when 'DIRECT_TRAFFIC' then 'Web'
        when 'PAID_SOCIAL'    then 'Advertisement'
        when 'REFERRALS'      then 'Partner Referral'
        when 'OFFLINE'        then 'Trade Show'
        else 'Other'   -- every other value (PAID_SEARCH, EMAIL_MARKETING, ...) and an empty/null source too
    end as "LeadSource",
    lower(website) as "Website"   -- whole string lower case; empty website stays empty
from {{ source('hubspot', 'contacts') }}
-- case when is exact, upper case as HubSpot stores it""",
    extended(
        HS,
        hs(
            email="info@hemma-interior.no",
            hs_analytics_source="OFFLINE",
            website="WWW.Hemma-Interior.NO",
        ),
        hs(email="lars.eklund@eklund.se", hs_analytics_source="", website=""),
        hs(
            email="design@casa-lumen.com",
            hs_analytics_source="EMAIL_MARKETING",
            website="https://Casa-Lumen.com",
        ),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "Partner Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
        "Website": r["website"].lower(),
    }


@case(
    "h187-05",
    H,
    L,
    """Contract leads to the sales team. Two groups stay out: webshop buyers (Commerce flow has them) and retailers (distribution team owns those).

select
    email     as "Email",
    firstname as "FirstName",
    lastname  as "LastName",
    company   as "Company",
    phone     as "Phone",
    'Open - Not Contacted' as "Status"   -- constant
from {{ source('hubspot', 'contacts') }}
where coalesce(lifecyclestage, '') <> 'customer'
  and coalesce(industry, '')       <> 'Retail'
-- a contact is dropped if EITHER matches (exact values). empty lifecycle stage / empty industry is kept.
-- the five copies are plain, empty stays empty

/Linnea""",
    extended(
        HS,
        hs(
            email="anders.kron@nordiskrum.dk",
            firstname="Anders",
            lastname="Kron",
            company="Nordisk Rum ApS",
            phone="+45 33 55 01 20",
            lifecyclestage="lead",
            industry="Retail",
        ),
        hs(
            email="helena.strom@gmail.com",
            firstname="Helena",
            lastname="Ström",
            company="",
            phone="",
            lifecyclestage="",
            industry="",
        ),
        hs(
            email="lisa.park@oakandline.com",
            firstname="Lisa",
            lastname="Park",
            company="Oak & Line",
            phone="(718) 555-0161",
            lifecyclestage="customer",
            industry="Retail",
        ),
        hs(
            email="f.ahl@ahl-kontor.se",
            firstname="Fredrik",
            lastname="Ahl",
            company="Ahl Kontor AB",
            phone="08-555 033 10",
            lifecyclestage="opportunity",
            industry="Office Design",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["industry"] == "Retail":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Phone": r["phone"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h187-06",
    H,
    L,
    """Rating for retailer leads, by annual revenue (SEK, but just compare the numbers).

select
    email as "Email",
    case
        when nullif(trim(annualrevenue), '') is null        then 'Cold'  -- no revenue known -> Cold
        when cast(annualrevenue as numeric) > 20000000      then 'Hot'
        when cast(annualrevenue as numeric) < 2000000       then 'Cold'
        else 'Warm'                                                       -- 2 000 000 .. 20 000 000
    end as "Rating",
    cast(numemployees as int) as "NumberOfEmployees"
        -- whole number, not text. empty numemployees -> no NumberOfEmployees key at all
from {{ source('hubspot', 'contacts') }}""",
    extended(
        HS,
        hs(
            email="procurement@scandic-interiors.se",
            annualrevenue="45000000",
            numemployees="320",
        ),
        hs(email="studio@form-och-ljus.se", annualrevenue="  ", numemployees="6"),
        hs(email="hello@tinyloft.com", annualrevenue="1500000", numemployees="  "),
    ),
)
def o06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Cold"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 20_000_000 else ("Cold" if v < 2_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h187-07",
    H,
    L,
    """ICFF New York leads. Salesforce dialer wants E.164.

select
    email              as "Email",
    initcap(firstname) as "FirstName",   -- 'mette marie' -> 'Mette Marie', 'TOM' -> 'Tom'
    phone              as "Phone"
from {{ source('hubspot', 'contacts') }}
-- Phone can't be written in SQL nicely, so in words: E.164 = keep only the digits, '+' in front.
-- Number already starting with '+' keeps its own country code (our Nordic ones are stored +46/+47).
-- No '+' -> it is a US number: put +1 in front, except when it is already 11 digits starting
-- with 1, then only the '+'. (212) 555-0143 -> +12125550143.
-- Empty/whitespace phone -> leave Phone out of the Lead, don't send an empty one.

Tack!""",
    extended(
        HS,
        hs(email="rachel.cohen@loftworks.com", firstname="rachel", phone="(212) 555-0143"),
        hs(email="tom.baker@baker-design.com", firstname="TOM", phone="1 646 555 0172"),
        hs(email="m.hansen@hansen-mobler.no", firstname="mette marie", phone="+47 22 55 01 33"),
        hs(email="jin.park@parkstudio.com", firstname="jin", phone="   "),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "Phone": omit_if_blank(r["phone"], e164),
        }
    )


@case(
    "h187-08",
    H,
    L,
    """US retailers only, for the American sales rep.

select
    email        as "Email",
    upper(state) as "State",   -- 'ny' -> 'NY'; empty stays empty
    firstname || ' ' || lastname || ', first contact ' || to_char(createdate, 'YYYY-MM-DD')
                 as "Description"
        -- e.g. 'Rachel Cohen, first contact 2024-05-19': names untouched, date = date part of createdate
from {{ source('hubspot', 'contacts') }}
where country = 'United States'
-- exact match. 'USA', 'united states', empty country -> not synced.
-- (all the US ones have first and last name filled)""",
    extended(
        HS,
        hs(
            email="rachel.cohen@loftworks.com",
            firstname="Rachel",
            lastname="Cohen",
            country="United States",
            state="ny",
            createdate="2024-05-19T12:00:00.000Z",
        ),
        hs(
            email="g.alvarez@casaalvarez.com",
            firstname="Gabriel",
            lastname="Alvarez",
            country="United States",
            state="",
            createdate="2024-05-20T14:10:00.000Z",
        ),
        hs(
            email="owner@midwestmodern.com",
            firstname="Dana",
            lastname="Kowalczyk",
            country="USA",
            state="IL",
            createdate="2024-06-02T12:00:00.000Z",
        ),
        hs(
            email="karl.ek@ekhem.se",
            firstname="Karl",
            lastname="Ek",
            country="Sweden",
            state="",
            createdate="2024-06-03T12:00:00.000Z",
        ),
        hs(
            email="b.reed@reedhome.com",
            firstname="Brooke",
            lastname="Reed",
            country="united states",
            state="ca",
            createdate="2024-06-04T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['firstname']} {r['lastname']}, first contact {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h187-09",
    H,
    C,
    """Catalogue mail-out 2025: postal address onto Salesforce Contacts, Mailing* fields (not Other*).

select
    email    as "Email",
    lastname as "LastName",
    address  as "MailingStreet",
    city     as "MailingCity",
    state    as "MailingState",
    zip      as "MailingPostalCode",
    country  as "MailingCountry"
from {{ source('hubspot', 'contacts') }}
-- 1:1 copies. no trim, no coalesce: empty in HubSpot = same empty value on the Contact.

Tack!
/Linnea""",
    extended(
        HS,
        hs(
            email="karin.wallin@telia.com",
            lastname="Wallin",
            address="Sveavägen 44",
            city="Stockholm",
            state="",
            zip="111 34",
            country="Sweden",
        ),
        hs(
            email="ole.nielsen@nielsen-arkitekter.dk",
            lastname="Nielsen",
            address="",
            city="Aarhus",
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
    "h187-10",
    H,
    C,
    """Two checkboxes on Contact. Real booleans, not the strings.

select
    email    as "Email",
    lastname as "LastName",
    case when hs_email_optout = 'true' then true else false end as "HasOptedOutOfEmail",
        -- 'false' -> false, and empty/whitespace/null -> false too (no recorded opt-out)
    case when nullif(trim(phone), '') is null
          and nullif(trim(mobilephone), '') is null then true
         else false end                                      as "DoNotCall"
        -- true only when BOTH phone and mobile are empty; one number is enough for false
from {{ source('hubspot', 'contacts') }}""",
    extended(
        HS,
        hs(
            email="nils.ek@bredband.net",
            lastname="Ek",
            hs_email_optout="  ",
            phone="",
            mobilephone="  ",
        ),
        hs(
            email="ingrid.sand@gmail.com",
            lastname="Sand",
            hs_email_optout="true",
            phone=" ",
            mobilephone="070-555 12 34",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h187-11",
    H,
    C,
    """Contact.LastName is required in Salesforce and webshop people often skip it. Emails in this source are already all lower case.

select
    email as "Email",
    coalesce(
        nullif(trim(lastname), ''),
        nullif(trim(company), ''),
        split_part(email, '@', 1)     -- local part, before the @: 'villa.solbacken@gmail.com' -> 'villa.solbacken'
    ) as "LastName"
    -- left to right: last name, else company, else the part of the email before @.
    -- "empty" = null, '' or only spaces
from {{ source('hubspot', 'contacts') }}""",
    extended(
        lower_emails(HS),
        hs(email="hej@ljusrum.se", firstname="", lastname="", company="Ljusrum AB"),
        hs(email="villa.solbacken@gmail.com", firstname="", lastname="  ", company=""),
        hs(email="oskar.fors@gmail.com", firstname="Oskar", lastname="Fors", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h187-12",
    H,
    C,
    """ISO country codes on the Contact, the ERP only understands two letters.

select
    email as "Email",
    case country
        when 'Sweden'         then 'SE'
        when 'Germany'        then 'DE'
        when 'United States'  then 'US'
        when 'United Kingdom' then 'GB'
        when 'France'         then 'FR'
        when 'Japan'          then 'JP'
        when 'Mexico'         then 'MX'
    end as "MailingCountry",
    -- no else on purpose: I checked, every contact in this list has one of these seven countries
    upper(zip) as "MailingPostalCode"
    -- all caps ('ec1v 9hx' -> 'EC1V 9HX'). empty/whitespace zip -> do not send MailingPostalCode at all
from {{ source('hubspot', 'contacts') }}""",
    extended(
        HS,
        hs(email="j.clarke@clarke-interiors.co.uk", country="United Kingdom", zip="ec1v 9hx"),
        hs(email="b.schulz@moebelhaus-schulz.de", country="Germany", zip="  "),
        hs(email="emma.lund@gmail.com", country="Sweden", zip="113 50"),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "Sweden": "SE",
        "Germany": "DE",
        "United States": "US",
        "United Kingdom": "GB",
        "France": "FR",
        "Japan": "JP",
        "Mexico": "MX",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h187-13",
    H,
    C,
    """Architect programme: only interior architects become Contacts.

select
    lower(email) as "Email",                    -- whole address lower case
    coalesce(nullif(trim(phone), ''), mobilephone) as "Phone",
        -- office phone, and when that's empty/whitespace the mobile. as typed. everyone here has one of them.
    'Partner Referral' as "LeadSource"          -- fixed
from {{ source('hubspot', 'contacts') }}
where industry = 'Architecture'
-- exact, capital A. 'architecture', other industries, empty -> not in the model""",
    extended(
        HS,
        hs(
            email="Sofia.Alm@Alm-Arkitekter.se",
            industry="Architecture",
            phone="08-555 012 34",
            mobilephone="",
        ),
        hs(
            email="TORE@NORDARK.NO",
            industry="Architecture",
            phone="  ",
            mobilephone="+47 915 55 012",
        ),
        hs(
            email="Mia.Krause@Krause-Architektur.de",
            industry="architecture",
            phone="030 5550 1234",
        ),
        hs(email="Ida.Sund@gmail.com", industry="", phone="070-555 98 76"),
    ),
)
def o13(r: R) -> Out:
    if r["industry"] != "Architecture":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "LeadSource": "Partner Referral",
    }


@case(
    "h187-14",
    H,
    C,
    """select
    email              as "Email",
    trim(jobtitle)     as "Title",       -- ends only; a title of just spaces becomes ''
    initcap(firstname) as "FirstName",   -- 'francesca maria' -> 'Francesca Maria', 'MAGNUS' -> 'Magnus'
    case industry
        when 'Architecture' then 'Specification'
        when 'Retail'       then 'Retail Partners'
        when 'Hospitality'  then 'Contract'
        else 'General'          -- anything else, and empty industry
    end                as "Department"
from {{ source('hubspot', 'contacts') }}
-- industry compared exactly

Tack!""",
    extended(
        HS,
        hs(
            email="a.virtanen@studio-virta.fi",
            firstname="aino",
            jobtitle=" Lead Architect  ",
            industry="Architecture",
        ),
        hs(email="buyer@designtorget.se", firstname="MAGNUS", jobtitle="  ", industry="Retail"),
        hs(
            email="f.rossi@hotelcorso.it",
            firstname="francesca maria",
            jobtitle="Purchasing Manager",
            industry="Hospitality",
        ),
        hs(email="k.ito@ito-kagu.jp", firstname="keiko", jobtitle="Owner", industry="  "),
    ),
)
def o14(r: R) -> Out:
    dept = {
        "Architecture": "Specification",
        "Retail": "Retail Partners",
        "Hospitality": "Contract",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "FirstName": title(r["firstname"]),
        "Department": dept.get(r["industry"], "General"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h187-15",
    H,
    M,
    """Newsletter audience ("Nytt från ateljén"), from all HubSpot contacts.

select
    email     as email_address,
    firstname as "merge_fields.FNAME",
    lastname  as "merge_fields.LNAME",     -- both plain copies, empty name -> empty merge field
    'subscribed' as status,                -- constant
    coalesce(nullif(trim(hs_language), ''), 'en') as language
        -- most contacts don't have hs_language at all (column missing on the record) -> 'en'.
        -- same for empty / whitespace. a filled one goes as is.
from {{ source('hubspot', 'contacts') }}""",
    extended(
        HS,
        hs(email="elin.dahl@gmail.com", firstname="Elin", lastname="Dahl", hs_language="sv"),
        hs(email="j.becker@web.de", firstname="Julia", lastname="", hs_language="de"),
        hs(email="showroom.guest@gmail.com", firstname="", lastname="Nord", hs_language="  "),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h187-16",
    H,
    M,
    """Webshop customers -> Mailchimp. GDPR: no answer means we ask first.

select
    email as email_address,
    case
        when hs_email_optout = 'true'  then 'unsubscribed'
        when hs_email_optout = 'false' then 'subscribed'
        else 'pending'      -- empty / whitespace / null -> pending, Mailchimp sends the confirmation mail
    end as status,
    array_construct('Webshop') as tags   -- exactly one tag, on everybody
from {{ source('hubspot', 'contacts') }}

/Linnea""",
    extended(
        HS,
        hs(email="viktor.lund@gmail.com", hs_email_optout=""),
        hs(email="moa.lindgren@outlook.com", hs_email_optout="false"),
        hs(email="s.hedlund@gmail.com", hs_email_optout=" "),
        hs(email="g.nord@telia.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Webshop"]}


@case(
    "h187-17",
    H,
    M,
    """Tags for the trade newsletter.

select
    email as email_address,
    array_compact(array_construct(
        case when cast(nullif(trim(numemployees), '') as int) > 50 then 'Contract' end,
        case when country = 'Germany' then 'DE Market' end
    )) as tags
from {{ source('hubspot', 'contacts') }}
-- 'Contract' when number of employees is more than 50; empty employees -> no 'Contract' tag
-- 'DE Market' when country is exactly 'Germany' (not 'germany')
-- order: 'Contract' first, then 'DE Market'. neither -> empty list [], tags must still be sent""",
    extended(
        HS,
        hs(email="einkauf@hotel-linde.de", numemployees="400", country="Germany"),
        hs(email="info@kleinraum.de", numemployees="  ", country="Germany"),
        hs(email="team@bigoffice.se", numemployees="75", country="germany"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("Contract")
    if r["country"] == "Germany":
        tags.append("DE Market")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h187-18",
    H,
    M,
    """SMS for the ICFF follow-up (US list, a few Nordic people mixed in).

select
    email                        as email_address,
    split_part(firstname, ' ', 1) as "merge_fields.FNAME",   -- first word only: 'Anna Karin' -> 'Anna'
    coalesce(nullif(trim(mobilephone), ''), phone) as "merge_fields.PHONE"
from {{ source('hubspot', 'contacts') }}
-- PHONE: mobile, or phone when mobile is empty/whitespace (everyone has at least one of the two).
-- then E.164: digits only with '+' first; starts with '+' -> keep that country code;
-- otherwise US: '+1' + digits, but 11 digits starting with 1 only get the '+'.
-- (617) 555-0190 -> +16175550190, 1-312-555-0148 -> +13125550148

Tack!""",
    extended(
        HS,
        hs(
            email="anna.karin@gmail.com",
            firstname="Anna Karin",
            mobilephone="",
            phone="(617) 555-0190",
        ),
        hs(
            email="bo.g@icloud.com",
            firstname="Bo Gustav",
            mobilephone="  ",
            phone="1-312-555-0148",
        ),
        hs(
            email="emily.r@gmail.com",
            firstname="Emily",
            mobilephone="+46 70 555 01 88",
            phone="",
        ),
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
    "h187-19",
    H,
    M,
    """Retailer audience. No company, no retailer, so those rows go.

select
    email        as email_address,
    'subscribed' as status,
    case when jobtitle = 'Head Buyer' then true else false end as vip
        -- exact 'Head Buyer'. other titles, other spelling, empty title -> false
from {{ source('hubspot', 'contacts') }}
where nullif(trim(company), '') is not null
-- company null / '' / only spaces -> skipped""",
    extended(
        HS,
        hs(email="k.olsen@interior-olsen.dk", company="Interiør Olsen", jobtitle="Head Buyer"),
        hs(email="private.buyer@gmail.com", company="  ", jobtitle="Head Buyer"),
        hs(email="m.schmidt@wohnform.de", company="Wohnform", jobtitle="head buyer"),
        hs(email="s.lee@modhaus.com", company="ModHaus", jobtitle=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["jobtitle"] == "Head Buyer",
    }


@case(
    "h187-20",
    H,
    M,
    """Key accounts audience. All emails here are lower case already.

select
    email as email_address,
    initcap(firstname) as "merge_fields.FNAME",   -- 'ULRIKA' -> 'Ulrika', 'johan' -> 'Johan'
    coalesce(nullif(trim(lastname), ''), split_part(email, '@', 2)) as "merge_fields.LNAME",
        -- no last name (empty/spaces) -> the domain after the @, 'inkop@nordiska-hem.se' -> 'nordiska-hem.se'
    case when cast(annualrevenue as numeric) > 10000000 then true else false end as vip
        -- more than 10 000 000 -> true. empty revenue -> false
from {{ source('hubspot', 'contacts') }}""",
    extended(
        lower_emails(HS),
        hs(
            email="inkop@nordiska-hem.se",
            firstname="ULRIKA",
            lastname="",
            annualrevenue="35000000",
        ),
        hs(email="hello@atelje-ost.se", firstname="johan", lastname=" ", annualrevenue="  "),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["annualrevenue"], 10_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h187-21",
    H,
    S,
    """Segment identify for the webshop login.

select
    lower(email)                 as "userId",
    jobtitle                     as "traits.title",     -- copy, empty stays empty
    website                      as "traits.website",   -- copy, empty stays empty
    firstname || ' ' || lastname as "traits.name"       -- 'Freja Holm', one space, names untouched
from {{ source('hubspot', 'contacts') }}""",
    extended(
        HS,
        hs(
            email="Freja.Holm@Gmail.com",
            firstname="Freja",
            lastname="Holm",
            jobtitle="",
            website="",
        ),
        hs(
            email="ARNE.VIK@VIKDESIGN.NO",
            firstname="Arne",
            lastname="Vik",
            jobtitle="Interior Architect",
            website="https://vikdesign.no",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "title": r["jobtitle"],
            "website": r["website"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h187-22",
    H,
    S,
    """Company block nested under traits.company (Segment spec), not flat traits.

select
    email as "userId",
    coalesce(nullif(trim(company), ''), 'Private Customer') as "traits.company.name",
        -- empty/whitespace company -> 'Private Customer'
    industry                  as "traits.company.industry",        -- leave out when empty
    cast(numemployees as int) as "traits.company.employee_count"   -- integer; leave out when empty
from {{ source('hubspot', 'contacts') }}
-- "leave out" = no key at all, not null

Tack!""",
    extended(
        HS,
        hs(
            email="info@rumsform.se",
            company="Rumsform AB",
            industry="Architecture",
            numemployees="14",
        ),
        hs(email="webshop.buyer@gmail.com", company="  ", industry="  ", numemployees=""),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Private Customer"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h187-23",
    H,
    S,
    """Delivery address for the webshop profile, nested traits.address.

select
    email   as "userId",
    address as "traits.address.street",       -- copy, empty ok
    city    as "traits.address.city",         -- copy
    zip     as "traits.address.postalCode",   -- only when filled; empty/whitespace -> no postalCode key
    coalesce(nullif(trim(phone), ''), nullif(trim(mobilephone), '')) as "traits.phone"
from {{ source('hubspot', 'contacts') }}
-- traits.phone: phone, else mobile. E.164: digits, '+' in front; a '+' number keeps its country code;
-- no '+' -> US, prefix +1 (11 digits that start with 1: only the '+'). 917.555.0126 -> +19175550126.
-- phone and mobile both empty -> no traits.phone at all""",
    extended(
        HS,
        hs(
            email="d.morgan@hudsonloft.com",
            address="210 W 29th St",
            city="New York",
            zip="",
            phone="  ",
            mobilephone="917.555.0126",
        ),
        hs(
            email="webshop.anon@gmail.com",
            address="",
            city="Solna",
            zip="169 70",
            phone="",
            mobilephone=" ",
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
                    "postalCode": omit_if_blank(r["zip"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h187-24",
    H,
    S,
    """The checkout form leaves spaces around the email, so trim before lower.

select
    lower(trim(email)) as "userId",          -- ' Wilma.Berg@Gmail.com ' -> 'wilma.berg@gmail.com'
    website            as "traits.website",  -- plain copy
    case when hs_email_optout = 'false' then true else false end as "traits.newsletter",
        -- boolean. 'false' (= not opted out) -> true; 'true' -> false; empty/whitespace -> false
    cast(annualrevenue as numeric) as "traits.annualRevenue"
        -- a JSON number, decimals kept. empty revenue -> leave annualRevenue out
from {{ source('hubspot', 'contacts') }}

/Linnea""",
    extended(
        HS,
        hs(
            email=" Wilma.Berg@Gmail.com ",
            website="",
            hs_email_optout="",
            annualrevenue="",
        ),
        hs(
            email="Order@Holmgrens-Mobler.SE  ",
            website="holmgrens-mobler.se",
            hs_email_optout="false",
            annualrevenue="8400000.50",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "website": r["website"],
                "newsletter": r["hs_email_optout"] == "false",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h187-25",
    H,
    G,
    """GA4 Measurement Protocol, one showroom_visit event per contact. Event goes in events[0].

select
    email                as client_id,
    'showroom_visit'     as "events[0].name",
    'stockholm'          as "events[0].params.showroom",   -- constant
    company              as "events[0].params.company",    -- copy, empty stays empty
    coalesce(lower(nullif(trim(city), '')), 'unknown')
                         as "events[0].params.city",       -- lower case; empty/whitespace city -> 'unknown'
    to_char(createdate, 'YYYY-MM-DD')
                         as "events[0].params.visit_date"  -- date part only
from {{ source('hubspot', 'contacts') }}""",
    extended(
        HS,
        hs(
            email="greta.ask@gmail.com",
            company="",
            city="  ",
            createdate="2025-02-06T12:00:00.000Z",
        ),
        hs(
            email="t.muller@innenraum.de",
            company="Innenraum GmbH",
            city="Hamburg",
            createdate="2025-02-07T13:30:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "showroom_visit",
                "params": {
                    "showroom": "stockholm",
                    "company": r["company"],
                    "city": "unknown" if blank(r["city"]) else r["city"].lower(),
                    "visit_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h187-26",
    H,
    G,
    """Big retailers only, for the revenue dashboard. Emails are lower case in this source.

select
    split_part(email, '@', 1)      as client_id,                   -- before the @: 'inkop@rum21.se' -> 'inkop'
    'retailer_revenue'             as "events[0].name",
    cast(annualrevenue as numeric) as "events[0].params.value",    -- number, keep decimals
    'SEK'                          as "events[0].params.currency"  -- constant
from {{ source('hubspot', 'contacts') }}
where cast(nullif(trim(annualrevenue), '') as numeric) > 5000000
-- more than 5 000 000. empty revenue -> not included (null > x is not true)""",
    extended(
        lower_emails(HS),
        hs(email="inkop@rum21.se", annualrevenue="64000000"),
        hs(email="hej@litenbutik.se", annualrevenue="900000"),
        hs(email="okand@butik.se", annualrevenue=" "),
        hs(email="order@casa-nordic.de", annualrevenue="5250000.5"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 5_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "retailer_revenue",
                "params": {"value": num(r["annualrevenue"]), "currency": "SEK"},
            }
        ],
    }


@case(
    "h187-27",
    H,
    G,
    """select
    email as client_id,
    case when lifecyclestage = 'customer' then 'webshop_customer'
         else 'crm_contact' end                          as "events[0].name",
        -- every other stage, and empty stage -> 'crm_contact'
    coalesce(nullif(trim(country), ''), 'Sweden')        as "events[0].params.country",  -- empty -> 'Sweden'
    jobtitle                                             as "events[0].params.job_title" -- plain copy
from {{ source('hubspot', 'contacts') }}

Tack!""",
    extended(
        HS,
        hs(email="olle.persson@gmail.com", lifecyclestage="customer", country="  ", jobtitle=""),
        hs(
            email="r.jansen@jansen-wonen.nl",
            lifecyclestage="",
            country="Netherlands",
            jobtitle="Owner",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "webshop_customer" if r["lifecyclestage"] == "customer" else "crm_contact"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"country": dflt(r["country"], "Sweden"), "job_title": r["jobtitle"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h187-28",
    L,
    H,
    """Reverse direction: Salesforce Leads into HubSpot contacts.

select
    "Email"      as email,
    "FirstName"  as firstname,
    "LastName"   as lastname,
    "Company"    as company,
    "Title"      as jobtitle,
    "Phone"      as phone,
    "City"       as city,
    "PostalCode" as zip,
    "Country"    as country
from {{ source('salesforce', 'lead') }}
-- pure copies. an empty Lead field is written as the same empty value, not skipped, not defaulted.""",
    extended(
        SFL,
        sfl(
            Email="erik.sandberg@sandberg-inredning.se",
            FirstName="Erik",
            LastName="Sandberg",
            Company="Sandberg Inredning",
            Title="",
            Phone="08-555 010 20",
            City="Stockholm",
            PostalCode="",
            Country="Sweden",
        ),
        sfl(
            Email="n.fischer@raumkonzept.de",
            FirstName="",
            LastName="Fischer",
            Company="",
            Title="Innenarchitektin",
            Phone="",
            City="München",
            PostalCode="80331",
            Country="Germany",
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
        "zip": r["PostalCode"],
        "country": r["Country"],
    }


@case(
    "h187-29",
    L,
    H,
    """Lifecycle stage from the sales Rating.

select
    "Email" as email,
    case "Rating"
        when 'Hot'  then 'opportunity'
        when 'Warm' then 'salesqualifiedlead'
        when 'Cold' then 'lead'
    end as lifecyclestage,     -- every lead has one of the three, no else needed
    case when "HasOptedOutOfEmail" then 'true' else 'false' end as hs_email_optout
        -- the text 'true' / 'false' (HubSpot stores strings), ticked -> 'true'
from {{ source('salesforce', 'lead') }}""",
    extended(
        SFL,
        sfl(Email="k.andersen@andersen-home.dk", Rating="Warm", HasOptedOutOfEmail=True),
        sfl(Email="design@lofthaus.com", Rating="Cold", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    stage = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return {
        "email": r["Email"],
        "lifecyclestage": stage[r["Rating"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h187-30",
    L,
    H,
    """HubSpot Lead status from Salesforce Lead Status. Lower-case the email or HubSpot makes duplicates.

select
    lower("Email") as email,
    case "Status"
        when 'Open - Not Contacted'   then 'NEW'
        when 'Working - Contacted'    then 'ATTEMPTED_TO_CONTACT'
        when 'Closed - Converted'     then 'CONNECTED'
        when 'Closed - Not Converted' then 'UNQUALIFIED'
    end as hs_lead_status,          -- only these four statuses exist in our org
    cast("AnnualRevenue" as numeric) as annualrevenue
        -- as a number (decimals kept). empty AnnualRevenue -> don't set annualrevenue at all
from {{ source('salesforce', 'lead') }}

/Linnea""",
    extended(
        SFL,
        sfl(Email="Inkop@Mobelriket.SE", Status="Working - Contacted", AnnualRevenue=""),
        sfl(
            Email="J.Weiss@WEISS-Einrichtung.de",
            Status="Open - Not Contacted",
            AnnualRevenue="7250000.25",
        ),
    ),
)
def o30(r: R) -> Out:
    status = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "ATTEMPTED_TO_CONTACT",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": status[r["Status"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h187-31",
    L,
    H,
    """UK stockists only (London and Manchester showrooms).

select
    "Email"             as email,
    "Phone"             as phone,
    upper("PostalCode") as zip,        -- 'm1 4bt' -> 'M1 4BT'
    coalesce(nullif(trim("Title"), ''), 'Buyer') as jobtitle   -- empty/whitespace title -> 'Buyer'
from {{ source('salesforce', 'lead') }}
where "Country" = 'United Kingdom'      -- exact; 'UK', other countries, empty -> out
-- phone to E.164, UK: digits only, drop the leading trunk 0 and put +44 in front
-- (0161 496 0732 -> +441614960732). starts with '+' already -> keep its code, digits after the '+'.
-- all UK leads have a phone.""",
    extended(
        SFL,
        sfl(
            Email="h.price@heal-partners.co.uk",
            Country="United Kingdom",
            Phone="0161 496 0732",
            PostalCode="m1 4bt",
            Title="",
        ),
        sfl(
            Email="s.khan@londonloft.co.uk",
            Country="United Kingdom",
            Phone="+44 20 7946 0958",
            PostalCode="e1 6an",
            Title="  ",
        ),
        sfl(
            Email="a.murphy@dublinhome.ie",
            Country="Ireland",
            Phone="+353 1 555 0142",
            PostalCode="d02 x285",
            Title="Owner",
        ),
        sfl(
            Email="t.hughes@hughes-living.co.uk",
            Country="UK",
            Phone="0113 496 0021",
            PostalCode="ls1 4dl",
            Title="",
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
        "jobtitle": dflt(r["Title"], "Buyer"),
    }


@case(
    "h187-32",
    L,
    H,
    """Leads -> HubSpot, without the Cold ones.

select
    "Email" as email,
    case when nullif(trim("Street"), '') is null then "City"
         else "Street" || ', ' || "City" end as address,
        -- 'Drottninggatan 8, Västerås'. no street (empty/whitespace) -> just the city, no comma
    coalesce(nullif(trim("Company"), ''), 'Private') as company   -- empty company -> 'Private'
from {{ source('salesforce', 'lead') }}
where "Rating" <> 'Cold'
-- City is always filled on the leads that pass""",
    extended(
        SFL,
        sfl(Email="malin.rask@gmail.com", Rating="Warm", Street="  ", City="Västerås", Company=""),
        sfl(
            Email="p.novak@novak-design.cz",
            Rating="Hot",
            Street="Národní 12",
            City="Prague",
            Company="  ",
        ),
        sfl(
            Email="cold.lead@hemtrevligt.se",
            Rating="Cold",
            Street="",
            City="Lund",
            Company="Hemtrevligt",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {
        "email": r["Email"],
        "address": addr,
        "company": dflt(r["Company"], "Private"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h187-33",
    C,
    M,
    """Salesforce Contacts (trade accounts) -> Mailchimp trade audience.

select
    lower("Email") as email_address,
    case when "HasOptedOutOfEmail" then 'unsubscribed' else 'subscribed' end as status,
    case when "Department" = 'Purchasing'
         then array_construct('Trade', 'Purchasing')
         else array_construct('Trade') end as tags
        -- 'Trade' on everyone; 'Purchasing' added after it only for Department exactly 'Purchasing'
from {{ source('salesforce', 'contact') }}""",
    extended(
        SFC,
        sfc(
            Email="Lotta.Grahn@Grahn-Arkitektur.SE",
            Department="Purchasing",
            HasOptedOutOfEmail=False,
        ),
        sfc(Email="T.Wolf@Wolf-Objekt.DE", Department="purchasing", HasOptedOutOfEmail=True),
        sfc(Email="Ines.Kraft@Kraft-Wohnen.DE", Department="Purchasing", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Trade"] + (["Purchasing"] if r["Department"] == "Purchasing" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h187-34",
    C,
    M,
    """SMS audience from Contacts. No phone, no row.

select
    "Email" as email_address,
    "Phone" as "merge_fields.PHONE",
    case "MailingCountry"
        when 'Sweden'        then 'sv'
        when 'Norway'        then 'no'
        when 'Denmark'       then 'da'
        when 'Germany'       then 'de'
        when 'Austria'       then 'de'
        when 'United States' then 'en'
    end as language          -- these are the only countries on the list, so no else
from {{ source('salesforce', 'contact') }}
where nullif(trim("Phone"), '') is not null    -- empty/whitespace phone -> skip the contact
-- PHONE in E.164: digits only, '+' in front. already '+...' -> keep that code (Nordic numbers are saved
-- with +46/+47/+45). no '+' -> treat as US: +1 and the digits; 11 digits beginning with 1 just get '+'.

Tack!""",
    extended(
        SFC,
        sfc(
            Email="anna.berglund@arkitektbyran.se",
            Phone="+46 8 555 012 34",
            MailingCountry="Sweden",
        ),
        sfc(Email="h.dahl@dahlinterior.no", Phone="", MailingCountry="Norway"),
        sfc(Email="c.moller@mollerhus.dk", Phone="+45 35 55 01 77", MailingCountry="Denmark"),
        sfc(
            Email="r.king@kingstudio.com", Phone="1 (212) 555-0119", MailingCountry="United States"
        ),
        sfc(Email="e.wik@wikform.se", Phone="   ", MailingCountry="Sweden"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Sweden": "sv",
        "Norway": "no",
        "Denmark": "da",
        "Germany": "de",
        "Austria": "de",
        "United States": "en",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h187-35",
    C,
    M,
    """Architect newsletter from Salesforce Contacts.

select
    "Email" as email_address,
    case when nullif(trim("FirstName"), '') is null then 'Friend'
         else "FirstName" end               as "merge_fields.FNAME",   -- empty -> 'Friend'
    "LastName"                              as "merge_fields.LNAME",   -- copy, empty is fine
    case when "Title" = 'Interior Architect' then true else false end as vip,
        -- exact match. empty title, 'interior architect' etc -> false
    'subscribed' as status                  -- same for all
from {{ source('salesforce', 'contact') }}""",
    extended(
        SFC,
        sfc(
            Email="j.lindgren@lindgren-inredning.se",
            FirstName="",
            LastName="Lindgren",
            Title="Interior Architect",
        ),
        sfc(Email="n.nyman@gmail.com", FirstName="  ", LastName="", Title="  "),
        sfc(
            Email="p.bauer@bauer-raum.de",
            FirstName="Paul",
            LastName="Bauer",
            Title="interior architect",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
        "vip": r["Title"] == "Interior Architect",
        "status": "subscribed",
    }


@case(
    "h187-36",
    C,
    M,
    """Orgatec and Furniture Fair contacts, fresh start in Mailchimp.

select
    "Email"      as email_address,
    "FirstName"  as "merge_fields.FNAME",
    "LastName"   as "merge_fields.LNAME",   -- copies, empty goes as empty
    'subscribed' as status,
    'en'         as language,
    array_construct() as tags               -- empty list [], clears whatever tags they had
from {{ source('salesforce', 'contact') }}
where "LeadSource" = 'Trade Show'
-- only Trade Show. other sources and empty LeadSource are not synced

/Linnea""",
    extended(
        SFC,
        sfc(
            Email="f.costa@costa-arredo.it",
            FirstName="Federica",
            LastName="",
            LeadSource="Trade Show",
        ),
        sfc(Email="webshop.user@gmail.com", FirstName="Alva", LastName="Nord", LeadSource="Web"),
        sfc(Email="no.source@hemma.se", FirstName="", LastName="Sköld", LeadSource="  "),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "en",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h187-37",
    C,
    S,
    """Segment identify for the trade portal (architects log in to download CAD files).

select
    lower("Email") as "userId",
    "FirstName"    as "traits.firstName",
    "LastName"     as "traits.lastName",
    "Title"        as "traits.title",     -- three copies, empty stays empty
    "Phone"        as "traits.phone"      -- copy, but only when filled: empty/whitespace -> no phone key
from {{ source('salesforce', 'contact') }}""",
    extended(
        SFC,
        sfc(
            Email="Maja.Eklof@Eklof-Design.SE",
            FirstName="Maja",
            LastName="Eklöf",
            Title="",
            Phone="  ",
        ),
        sfc(
            Email="D.KOWALSKI@STUDIOK.PL",
            FirstName="Dawid",
            LastName="",
            Title="Architect",
            Phone="+48 22 555 01 40",
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
                "title": r["Title"],
                "phone": omit_if_blank(r["Phone"]),
            },
        }
    )


@case(
    "h187-38",
    C,
    S,
    """select
    "Email"                                               as "userId",
    trim("MailingCity")                                   as "traits.address.city",
        -- spaces off both ends; a city that is only spaces ends up ''
    coalesce(nullif(trim("MailingCountry"), ''), 'Sweden') as "traits.address.country"
        -- empty/whitespace country -> 'Sweden' (most of them are ours)
from {{ source('salesforce', 'contact') }}
-- both nested under traits.address""",
    extended(
        SFC,
        sfc(Email="k.nord@gmail.com", MailingCity="  Täby ", MailingCountry=""),
        sfc(Email="a.svensson@svensson-ark.se", MailingCity="   ", MailingCountry="  "),
        sfc(Email="t.fischer@fischer-moebel.de", MailingCity="Köln", MailingCountry="Germany"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Sweden"),
            }
        },
    }


@case(
    "h187-39",
    C,
    S,
    """Segment traits from Contacts: phone, full name, and which channel they came through.

select
    "Email" as "userId",
    "Phone" as "traits.phone",
        -- E.164: digits only, '+' first; if it starts with '+' keep its country code;
        -- else US -> '+1' in front, but if it's 11 digits starting with 1 only the '+'
    "FirstName" || ' ' || "LastName" as "traits.name",   -- 'Julien Moreau'
    case "LeadSource"
        when 'Trade Show'       then 'fair'
        when 'Web'              then 'webshop'
        when 'Partner Referral' then 'architect_network'
        else 'other'            -- other sources, and empty LeadSource
    end as "traits.lead_channel"
from {{ source('salesforce', 'contact') }}

Tack!""",
    extended(
        SFC,
        sfc(
            Email="j.moreau@atelier-moreau.fr",
            FirstName="Julien",
            LastName="Moreau",
            LeadSource="Partner Referral",
            Phone="+33 1 55 55 01 23",
        ),
        sfc(
            Email="s.wright@wrightspace.com",
            FirstName="Sam",
            LastName="Wright",
            LeadSource="Advertisement",
            Phone="1-415-555-0107",
        ),
    ),
)
def o39(r: R) -> Out:
    channel = {
        "Trade Show": "fair",
        "Web": "webshop",
        "Partner Referral": "architect_network",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "lead_channel": channel.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h187-40",
    M,
    H,
    """Mailchimp members back into HubSpot.

select
    email_address                    as email,
    initcap(merge_fields:LNAME)      as lastname,   -- 'LINDHOLM' -> 'Lindholm', 'mäkinen' -> 'Mäkinen'
    merge_fields:PHONE               as phone,      -- as is; empty/whitespace PHONE -> leave phone out
    coalesce(nullif(trim(merge_fields:COMPANY), ''), 'Private') as company,  -- empty -> 'Private'
    case when status = 'unsubscribed' then 'true' else 'false' end as hs_email_optout
        -- the strings 'true'/'false'. only unsubscribed is 'true'; subscribed, pending and
        -- cleaned (bounced, not an opt-out) are 'false'
from {{ source('mailchimp', 'members') }}""",
    extended(
        MC,
        mc(
            {"FNAME": "Saga", "LNAME": "LINDHOLM", "PHONE": " ", "COMPANY": ""},
            email_address="saga.lindholm@gmail.com",
            status="pending",
        ),
        mc(
            {
                "FNAME": "Henrik",
                "LNAME": "mäkinen",
                "PHONE": "+358 40 555 0123",
                "COMPANY": "Mäkinen Sisustus Oy",
            },
            email_address="henrik@makinen-sisustus.fi",
            status="unsubscribed",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "lastname": title(mf["LNAME"]),
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Private"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h187-41",
    M,
    H,
    """Webshop audience -> HubSpot, bounced addresses excluded.

select
    email_address          as email,
    merge_fields:PHONE     as phone,
    merge_fields:COMPANY   as company,        -- plain copy, empty stays empty
    case when vip then 'customer' else 'subscriber' end as lifecyclestage
from {{ source('mailchimp', 'members') }}
where status <> 'cleaned'
-- phone: E.164. digits only, '+' in front; '+' already there -> keep the code;
-- otherwise it's US: +1 first (11 digits starting with 1 only need the '+'). (917) 555-0182 -> +19175550182.
-- no PHONE (empty/whitespace) -> don't set phone at all

/Linnea""",
    extended(
        MC,
        mc(
            {"PHONE": "(917) 555-0182", "COMPANY": "Brooklyn Nook"},
            email_address="orders@brooklynnook.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "", "COMPANY": ""},
            email_address="linn.h@gmail.com",
            status="unsubscribed",
            vip=False,
        ),
        mc(
            {"PHONE": "+46 8 555 019 90", "COMPANY": "Bo Bra"},
            email_address="inkop@bobra.se",
            status="cleaned",
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
    "h187-42",
    M,
    H,
    """Last one. Emails in Mailchimp are all lower case.

select
    email_address                        as email,
    split_part(merge_fields:FNAME, ' ', 1) as firstname,   -- first word: 'Lina Sofie' -> 'Lina'
    coalesce(nullif(trim(merge_fields:COMPANY), ''), split_part(email_address, '@', 2)) as company,
        -- no company -> domain after the @, 'lina@ateljelina.se' -> 'ateljelina.se'
    case when array_contains('Showroom'::variant, tags) then 'OPEN' else 'NEW' end as hs_lead_status
        -- tag 'Showroom' exactly (case matters) -> 'OPEN', everyone else 'NEW'
from {{ source('mailchimp', 'members') }}

Tack för hjälpen!""",
    extended(
        MC,
        mc(
            {"FNAME": "Lina Sofie", "COMPANY": "  "},
            email_address="lina@ateljelina.se",
            tags=["Webshop", "Showroom"],
        ),
        mc(
            {"FNAME": "Gustav", "COMPANY": "Gustavs Snickeri"},
            email_address="gustav@snickeri.se",
            tags=["showroom"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "hs_lead_status": "OPEN" if "Showroom" in r["tags"] else "NEW",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set187")
