"""Held-out set 172 for the offline mapping drafter.

Persona: Dev Malhotra, growth lead at a fintech in Pune, India, posting mappings in a Slack thread
to the integration engineer (Sneha). He writes them as terse SQL-flavoured pseudo-queries: SELECT
... AS ... lines, CASE WHEN ... THEN ... ELSE ... END, COALESCE(...), LOWER/UPPER/TRIM/INITCAP,
SPLIT_PART, '||' concatenation, WHERE clauses for who gets sent, and '-- comment' notes that pin
down what blank means and which branch it takes. Around the queries: plain Indian-English lines
('kindly do the needful', 'same to same', 'itself', 'PFB', 'checked itself'). Loose in tone, exact
about literal values.

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
    "h172-01-credit-line-leads-as-is",
    H,
    L,
    """@Sneha good morning. Starting the HS -> SF Lead mappings for the Q3 credit-line push, PFB the first one

SELECT
    email      AS Email,
    firstname  AS FirstName,
    lastname   AS LastName,
    company    AS Company,
    jobtitle   AS Title,
    phone      AS Phone,
    city       AS City,
    'Advertisement' AS LeadSource   -- hardcoded, same value for every row
FROM hubspot.contacts;

-- everything is same to same copy. No TRIM, no UPPER/LOWER, nothing.
-- if HS has '' or just spaces in a field, send that itself to SF, don't fill any default""",
    extended(
        HS,
        hs(
            email="rohan.deshpande@sahyadritraders.in",
            firstname="Rohan",
            lastname="Deshpande",
            company="Sahyadri Traders",
            jobtitle="  ",
            phone="",
            city="Pune",
        ),
        hs(
            email="ananya.iyer@gmail.com",
            firstname="ananya",
            lastname="IYER",
            company="   ",
            jobtitle="Freelancer ",
            phone="+91 98220 12345",
            city=" pune",
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
        "Phone": r["phone"],
        "City": r["city"],
        "LeadSource": "Advertisement",
    }


@case(
    "h172-02-waitlist-form-trim-defaults",
    H,
    L,
    """@Sneha next: waitlist form leads -> SF Lead. This form data is messy, people put spaces everywhere

SELECT
    email                              AS Email,      -- as it is
    TRIM(firstname)                    AS FirstName,  -- remove spaces at start and end only
    TRIM(lastname)                     AS LastName,   -- same
    COALESCE(company, 'Self Employed') AS Company,
    COALESCE(city, 'Pune')             AS City
FROM hubspot.contacts;

-- for the two COALESCE: blank means '' or only spaces, treat that as NULL.
-- if company / city has some value, send it as it is only. No trim on those two, kindly note""",
    extended(
        HS,
        hs(
            email="vikram.joshi@yahoo.co.in",
            firstname="  Vikram",
            lastname="Joshi ",
            company="  ",
            city="",
        ),
        hs(
            email="pooja.patil@deccanfabrics.com",
            firstname="Pooja ",
            lastname="  Patil",
            company=" Deccan Fabrics",
            city="   ",
        ),
        hs(
            email="sameer.khan@outlook.com",
            firstname="Sameer",
            lastname="Khan",
            company="",
            city="Nashik ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Self Employed"),
        "City": dflt(r["city"], "Pune"),
    }


@case(
    "h172-03-callback-team-mobile-first",
    H,
    L,
    """@Sneha SF Lead again, this time for the callback team. Names are coming from the app in ALL CAPS / all small, kindly fix

SELECT
    email                         AS Email,
    INITCAP(firstname)            AS FirstName,   -- every word: first letter capital, rest small. 'nEHA rani' -> 'Neha Rani'
    INITCAP(lastname)             AS LastName,    -- same
    COALESCE(mobilephone, phone)  AS MobilePhone  -- mobile first, if mobile blank then office phone. number as it is, no formatting
FROM hubspot.contacts;

-- blank = '' or spaces only (counts as NULL in the COALESCE)
-- mobile and phone both blank -> don't send MobilePhone at all. The key itself should not be there, not even ''""",
    extended(
        HS,
        hs(
            email="neha.gupta@paisaplus.in",
            firstname="nEHA rani",
            lastname="GUPTA",
            mobilephone="  ",
            phone="+91 20 6712 3456",
        ),
        hs(
            email="irfan.shaikh@gmail.com",
            firstname="IRFAN",
            lastname="shaikh",
            mobilephone="",
            phone="   ",
        ),
        hs(
            email="kavya.menon@finedge.in",
            firstname="kavya",
            lastname="menon",
            mobilephone="+91 99230 55555",
            phone="020 2553 1111",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
        }
    )


@case(
    "h172-04-rating-from-stage-lower-email",
    H,
    L,
    """@Sneha Lead Rating we want from HS lifecycle stage. Also Email in lowercase pls, SF duplicate rule is cribbing on caps

SELECT
    LOWER(email) AS Email,
    lastname     AS LastName,
    CASE lifecyclestage
        WHEN 'opportunity'            THEN 'Hot'
        WHEN 'salesqualifiedlead'     THEN 'Hot'
        WHEN 'marketingqualifiedlead' THEN 'Warm'
        WHEN 'lead'                   THEN 'Warm'
        ELSE 'Cold'   -- every other stage, and blank stage also, goes Cold
    END AS Rating
FROM hubspot.contacts;

-- stage values are the HS internal ones exactly as written above (small letters)""",
    extended(
        HS,
        hs(email="Aditya.Kulkarni@PayTrail.IN", lastname="Kulkarni", lifecyclestage="opportunity"),
        hs(email="SHRUTI.RAO@GMAIL.COM", lastname="Rao", lifecyclestage="  "),
        hs(email="Manoj.Pillai@Coastline.in", lastname="Pillai", lifecyclestage="evangelist"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "opportunity": "Hot",
        "salesqualifiedlead": "Hot",
        "marketingqualifiedlead": "Warm",
        "lead": "Warm",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "Rating": table.get(r["lifecyclestage"], "Cold"),
    }


@case(
    "h172-05-skip-customers-and-unsubs",
    H,
    L,
    """@Sneha for this Lead push two types of people must be filtered out, see WHERE

SELECT
    email      AS Email,
    firstname  AS FirstName,
    lastname   AS LastName,
    company    AS Company,
    phone      AS Phone,
    'Open - Not Contacted' AS Status   -- fixed for all
FROM hubspot.contacts
WHERE lifecyclestage <> 'customer'     -- already onboarded customers, they are not leads. skip
  AND hs_email_optout <> 'true';       -- unsubscribed people also skip

-- contacts whose lifecycle stage or unsubscribe value is blank are NOT skipped, they go
-- the copied fields same to same, blank also send blank""",
    extended(
        HS,
        hs(
            email="rahul.verma@vermagroup.in",
            firstname="Rahul",
            lastname="Verma",
            company="Verma Group",
            phone="",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
        hs(
            email="divya.nair@gmail.com",
            firstname="Divya",
            lastname="Nair",
            company="",
            phone="+91 98900 11223",
            lifecyclestage="",
            hs_email_optout="  ",
        ),
        hs(
            email="tarun.bose@bosefin.in",
            firstname="Tarun",
            lastname="Bose",
            company="Bose Finserv",
            lifecyclestage="lead",
            hs_email_optout="true",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
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
    "h172-06-rating-by-headcount",
    H,
    L,
    """@Sneha Rating logic by company size (HS Number of Employees)

SELECT
    email AS Email,
    CASE
        WHEN TRIM(numemployees) = '' THEN 'Cold'   -- blank headcount -> Cold
        WHEN numemployees > 200      THEN 'Hot'
        WHEN numemployees < 20       THEN 'Cold'
        ELSE 'Warm'                                -- 20 to 200, both ends included
    END AS Rating,
    CAST(numemployees AS INT) AS NumberOfEmployees -- whole number, not text. blank -> leave the key out
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(email="hr@bharatagro.in", numemployees="200"),
        hs(email="founder@tinyledger.in", numemployees="  "),
        hs(email="admin@puneplastics.com", numemployees="5000"),
        hs(email="hello@chaiwala.in", numemployees="19"),
    ),
)
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n):
        rating = "Cold"
    elif float(n) > 200:
        rating = "Hot"
    elif float(n) < 20:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(n, lambda x: int(float(x))),
        }
    )


@case(
    "h172-07-us-webinar-phone-e164",
    H,
    L,
    """@Sneha these leads are from our US partner webinar. Phone must go in E.164:
--   only digits, with '+' in front
--   already starts with '+' -> keep its own country code (some Indian +91 numbers are also there)
--   no '+' -> US number, put +1 in front; if it's already 11 digits starting with 1, just add the '+'
--   phone blank ('' or only spaces) -> don't send the Phone key at all

SELECT
    email             AS Email,
    E164(phone)       AS Phone,
    INITCAP(city)     AS City,      -- first letter of each word capital, rest small ('SAN JOSE' -> 'San Jose')
    INITCAP(lastname) AS LastName   -- same
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(
            email="meera.shah@westbridge.com",
            lastname="SHAH",
            phone="1 (408) 555-0175",
            city="SAN JOSE",
        ),
        hs(email="karan.mehta@gmail.com", lastname="mehta", phone="+91 98765 43210", city="pune"),
        hs(email="jess.lee@hudsonpay.com", lastname="lee", phone="  ", city="new york"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "Phone": omit_if_blank(r["phone"], e164),
            "City": title(r["city"]),
            "LastName": title(r["lastname"]),
        }
    )


@case(
    "h172-08-india-only-source-date",
    H,
    L,
    """@Sneha India-only batch for SF Lead

SELECT
    email           AS Email,
    UPPER(lastname) AS LastName,     -- full caps
    company         AS Company,      -- copy
    hs_analytics_source || ' / ' || LEFT(createdate, 10) AS Description
        -- Original Source, then space-slash-space, then Create Date as YYYY-MM-DD only. e.g. 'PAID_SOCIAL / 2024-08-15'
FROM hubspot.contacts
WHERE country = 'India';   -- exactly 'India'. Any other country, blank country, or 'india' in small letters -> don't send""",
    extended(
        HS,
        hs(
            email="siddharth.rane@ranefinvest.in",
            lastname="Rane",
            company="Rane Finvest",
            country="India",
            hs_analytics_source="PAID_SOCIAL",
            createdate="2024-08-15T12:00:00.000Z",
        ),
        hs(
            email="gauri.apte@gmail.com",
            lastname="Apte Joshi",
            company="",
            country="India",
            hs_analytics_source="EMAIL_MARKETING",
            createdate="2024-02-29T11:30:00.000Z",
        ),
        hs(
            email="nikhil.b@bombaybrew.in",
            lastname="Bhosale",
            company="Bombay Brew",
            country="india",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2024-05-01T12:00:00.000Z",
        ),
        hs(
            email="no.country@mailinator.com",
            lastname="Unknown",
            country="  ",
            hs_analytics_source="OFFLINE",
            createdate="2024-06-10T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "India":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Company": r["company"],
        "Description": f"{r['hs_analytics_source']} / {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h172-09-contact-mailing-block",
    H,
    C,
    """@Sneha HS -> SF Contact, the address block. Kindly map only into the Mailing* fields (Other* fields we are not using)

SELECT
    email     AS Email,
    firstname AS FirstName,
    lastname  AS LastName,
    address   AS MailingStreet,
    city      AS MailingCity,
    state     AS MailingState,
    zip       AS MailingPostalCode,
    country   AS MailingCountry
FROM hubspot.contacts;

-- pure copy, same to same. blank stays blank, spaces stay spaces, caps as they are""",
    extended(
        HS,
        hs(
            email="harsh.vardhan@kothrudcapital.in",
            firstname="Harsh",
            lastname="Vardhan",
            address="Flat 12, Shanti Kunj, Kothrud",
            city="Pune",
            state="Maharashtra",
            zip="411038",
            country="India",
        ),
        hs(
            email="lata.k@gmail.com",
            firstname="Lata",
            lastname="Kamat",
            address="  ",
            city="PUNE",
            state="",
            zip="",
            country="India ",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h172-10-conservative-optout-dnc",
    H,
    C,
    """@Sneha SF Contact checkboxes. Compliance team wants it conservative (RBI audit season)

SELECT
    email    AS Email,
    lastname AS LastName,
    CASE WHEN hs_email_optout = 'false' THEN false ELSE true END AS HasOptedOutOfEmail,
        -- only a clear 'false' means they can get email. 'true' or blank -> true (treat as opted out)
    CASE WHEN phone IS BLANK AND mobilephone IS BLANK THEN true ELSE false END AS DoNotCall
        -- blank = '' or only spaces. if any one of the two numbers is there -> false
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(
            email="omkar.jadhav@gmail.com",
            lastname="Jadhav",
            hs_email_optout="  ",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="ritu.saxena@saxenalaw.in",
            lastname="Saxena",
            hs_email_optout="false",
            phone="",
            mobilephone="+91 98220 44556",
        ),
        hs(
            email="anil.k@kapoorjewels.in",
            lastname="Kapoor",
            hs_email_optout="false",
            phone="",
            mobilephone="   ",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h172-11-lastname-never-empty",
    H,
    C,
    """@Sneha SF Contact LastName is mandatory, and our app signup has only one name box, so many people have no last name

SELECT
    email AS Email,
    COALESCE(lastname, firstname, SPLIT_PART(email, '@', 1)) AS LastName,
        -- last name; if blank take first name; if that also blank take the email part before the '@'
        -- e.g. 'chintu99@gmail.com' -> 'chintu99'
    firstname AS FirstName   -- copy itself, blank is ok here
FROM hubspot.contacts;

-- blank = '' or spaces only. Values are taken as they are, no trimming""",
    extended(
        lower_emails(HS),
        hs(email="chintu99@gmail.com", firstname="", lastname=""),
        hs(email="priyanka.s@rediffmail.com", firstname="Priyanka", lastname="  "),
        hs(email="yashwant.more@hotmail.com", firstname="   ", lastname=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"])),
        "FirstName": r["firstname"],
    }


@case(
    "h172-12-iso3-country-state-caps",
    H,
    C,
    """@Sneha Mailing country in SF we keep as ISO 3-letter code

SELECT
    email AS Email,
    CASE country
        WHEN 'India'         THEN 'IND'
        WHEN 'United States' THEN 'USA'
        WHEN 'Japan'         THEN 'JPN'
        WHEN 'Mexico'        THEN 'MEX'
        WHEN 'France'        THEN 'FRA'
    END AS MailingCountry,          -- no other countries in this list, I checked itself
    UPPER(state) AS MailingState    -- caps. blank state -> don't send MailingState key
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(email="sunil.pawar@pawarmotors.in", country="India", state="mh"),
        hs(email="fatima.sayed@gmail.com", country="India", state="  "),
        hs(email="leo.martin@bayareapay.com", country="United States", state="ny"),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "India": "IND",
        "United States": "USA",
        "Japan": "JPN",
        "Mexico": "MEX",
        "France": "FRA",
    }
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h172-13-kyc-customers-only",
    H,
    C,
    """@Sneha only KYC-completed customers go to SF Contact, i.e. lifecycle stage = 'customer'. Rest all skip (blank stage also skip)

SELECT
    LOWER(email)                  AS Email,
    COALESCE(mobilephone, phone)  AS MobilePhone,   -- mobile; if mobile is blank ('' / spaces) then phone, copied as it is
    'KYC verified - HubSpot'      AS Description    -- same text for everyone
FROM hubspot.contacts
WHERE lifecyclestage = 'customer';""",
    extended(
        HS,
        hs(
            email="Rekha.Bhat@BhatAgro.in",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="+91 20 2612 7788",
        ),
        hs(
            email="SANJAY.DUTT@GMAIL.COM",
            lifecyclestage="customer",
            mobilephone="+91 99700 12121",
            phone="",
        ),
        hs(email="Not.A.Customer@Xyz.in", lifecyclestage="opportunity"),
        hs(email="Blank.Stage@Xyz.in", lifecyclestage=""),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "KYC verified - HubSpot",
    }


@case(
    "h172-14-contact-names-title-source",
    H,
    C,
    """@Sneha HS -> SF Contact, kindly check the CASE part carefully

SELECT
    email              AS Email,
    INITCAP(firstname) AS FirstName,   -- every word first letter caps, rest small
    INITCAP(lastname)  AS LastName,
    TRIM(jobtitle)     AS Title,       -- only trim spaces at start/end, caps untouched
    CASE hs_analytics_source
        WHEN 'ORGANIC_SEARCH'  THEN 'Web'
        WHEN 'DIRECT_TRAFFIC'  THEN 'Web'
        WHEN 'PAID_SEARCH'     THEN 'Advertisement'
        WHEN 'PAID_SOCIAL'     THEN 'Advertisement'
        WHEN 'REFERRALS'       THEN 'External Referral'
        WHEN 'EMAIL_MARKETING' THEN 'Email'
        ELSE 'Other'                   -- any other source, and blank source also
    END AS LeadSource
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(
            email="akash.t@growwise.in",
            firstname="AKASH",
            lastname="thakur",
            jobtitle="  Growth Analyst ",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="swati.deshmukh@gmail.com",
            firstname="swati",
            lastname="DESHMUKH",
            jobtitle="   ",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="farhan.q@qureshipay.in",
            firstname="Farhan ali",
            lastname="Qureshi",
            jobtitle="CFO",
            hs_analytics_source="  ",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "External Referral",
        "EMAIL_MARKETING": "Email",
    }
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h172-15-sip-tips-audience",
    H,
    M,
    """@Sneha now the Mailchimp side. HS contacts -> our 'Monthly SIP tips' audience

SELECT
    email     AS email_address,
    firstname AS merge_fields.FNAME,
    lastname  AS merge_fields.LNAME,      -- both copy as it is, blank also copy
    'html'    AS email_type,              -- fixed for all
    COALESCE(hs_language, 'en') AS language
FROM hubspot.contacts;

-- hs_language (Preferred language): most contacts don't even have this property, or it is blank. Those -> 'en'""",
    extended(
        HS,
        hs(email="ganesh.kale@gmail.com", firstname="Ganesh", lastname="Kale", hs_language="mr"),
        hs(email="sunita.r@mahilabank.in", firstname="Sunita", lastname="", hs_language="  "),
        hs(email="arvind.sharma@sharmaco.in", firstname="", lastname="Sharma", hs_language="hi"),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "email_type": "html",
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h172-16-status-three-way-pending",
    H,
    M,
    """@Sneha Mailchimp status from the HS unsubscribe flag (hs_email_optout)

SELECT
    email AS email_address,
    CASE
        WHEN hs_email_optout = 'true'  THEN 'unsubscribed'
        WHEN hs_email_optout = 'false' THEN 'subscribed'
        ELSE 'pending'          -- blank ('' or spaces) -> pending, let them double opt-in
    END AS status,
    ARRAY['hs-import'] AS tags  -- one tag, same for everyone
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(email="jyoti.m@gmail.com", hs_email_optout="   "),
        hs(email="prakash.n@naikfoods.in", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "unsubscribed" if v == "true" else ("subscribed" if v == "false" else "pending")
    return {"email_address": r["email"], "status": status, "tags": ["hs-import"]}


@case(
    "h172-17-hnw-and-kyc-tags",
    H,
    M,
    """@Sneha tags logic for Mailchimp, kindly do the needful

SELECT
    email AS email_address,
    tags                       -- built like below, in this order only
FROM hubspot.contacts;

-- 'High Net Worth'  when annualrevenue > 3000000   (blank revenue = no tag)
-- 'KYC Done'        when lifecyclestage = 'customer'
-- both true -> ['High Net Worth', 'KYC Done']; none true -> empty list []""",
    extended(
        HS,
        hs(
            email="vivek.agarwal@agarwalexports.in",
            annualrevenue="45000000",
            lifecyclestage="customer",
        ),
        hs(email="meenal.c@gmail.com", annualrevenue="  ", lifecyclestage="customer"),
        hs(
            email="raj.thakkar@thakkar.in", annualrevenue="3000000.50", lifecyclestage="opportunity"
        ),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High Net Worth")
    if r["lifecyclestage"] == "customer":
        tags.append("KYC Done")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h172-18-sms-combo-first-word-e164",
    H,
    M,
    """@Sneha Mailchimp merge fields for the SMS + email combo campaign

SELECT
    email AS email_address,
    FIRST_WORD(firstname) AS merge_fields.FNAME,       -- only the first word, 'Sai Krishna' -> 'Sai'
    E164(COALESCE(mobilephone, phone)) AS merge_fields.PHONE
        -- mobile first; if mobile blank ('' / spaces) then office phone. Then E.164: digits only with '+' in front.
        -- already has '+' -> keep its own country code; no '+' -> US, prefix +1 (11 digits starting with 1 -> just add '+')
FROM hubspot.contacts;

-- every contact has at least one of the two numbers, checked itself""",
    extended(
        HS,
        hs(
            email="sai.krishna@gmail.com",
            firstname="Sai Krishna",
            mobilephone="+91 90110 22334",
            phone="",
        ),
        hs(
            email="mohd.irfan@irfanmotors.in",
            firstname="Mohammed Irfan",
            mobilephone="  ",
            phone="1-415-555-0111",
        ),
        hs(
            email="ira.sen@sen.in",
            firstname="Ira",
            mobilephone="(650) 555-0133",
            phone="+91 20 1111 2222",
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
    "h172-19-corporate-card-pitch",
    H,
    M,
    """@Sneha Mailchimp list for the corporate card pitch. No company name = individual, not our target, so skip them

SELECT
    email        AS email_address,
    'subscribed' AS status,                            -- fixed
    (lifecyclestage = 'salesqualifiedlead') AS vip     -- true only for SQLs; any other stage or blank stage -> false
FROM hubspot.contacts
WHERE company IS NOT BLANK;   -- company '' or only spaces -> skip the contact""",
    extended(
        HS,
        hs(
            email="deepak.c@chitaleinfra.in",
            company="Chitale Infra",
            lifecyclestage="salesqualifiedlead",
        ),
        hs(email="freelance.rohit@gmail.com", company="   ", lifecyclestage="salesqualifiedlead"),
        hs(email="ops@punebakers.in", company="Pune Bakers", lifecyclestage=""),
    ),
)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "salesqualifiedlead",
    }


@case(
    "h172-20-proper-fname-domain-lname-crore-vip",
    H,
    M,
    """@Sneha one more Mailchimp

SELECT
    email AS email_address,
    INITCAP(firstname) AS merge_fields.FNAME,   -- first letter of every word capital, rest small
    COALESCE(lastname, SPLIT_PART(email, '@', 2)) AS merge_fields.LNAME,
        -- last name as it is; if blank ('' / spaces) then the domain, i.e. the part after the '@'
        -- e.g. 'ceo@bhatiasteel.in' -> 'bhatiasteel.in'
    (annualrevenue > 10000000) AS vip   -- true when revenue is more than 1 crore (10000000), else false. blank revenue -> false
FROM hubspot.contacts;""",
    extended(
        lower_emails(HS),
        hs(email="ceo@bhatiasteel.in", firstname="RAMESH", lastname="", annualrevenue="75000000"),
        hs(email="nisha.p@gmail.com", firstname="nisha", lastname="  ", annualrevenue="  "),
        hs(
            email="kunal.shetty@shettyhotels.in",
            firstname="kunal raj",
            lastname="Shetty",
            annualrevenue="9999999.99",
        ),
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
    "h172-21-identify-full-name",
    H,
    S,
    """@Sneha Segment identify from HS, simple one

SELECT
    LOWER(email)                  AS userId,
    email                         AS traits.email,      -- original itself, no lowercasing here
    firstname                     AS traits.firstName,
    lastname                      AS traits.lastName,
    firstname || ' ' || lastname  AS traits.name        -- first name + one space + last name
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(email="Tanvi.Kulkarni@PayNest.IN", firstname="Tanvi", lastname="Kulkarni"),
        hs(email="ABHISHEK@GMAIL.COM", firstname="Abhishek", lastname="Singh Rathore"),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "email": r["email"],
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h172-22-company-object-traits",
    H,
    S,
    """@Sneha Segment traits.company please as a nested object (traits -> company -> name / industry / employee_count), not flat keys

SELECT
    email AS userId,
    COALESCE(company, 'Retail Investor') AS traits.company.name,            -- blank company -> 'Retail Investor'
    industry                             AS traits.company.industry,        -- copy; blank -> skip this key
    CAST(numemployees AS INT)            AS traits.company.employee_count   -- integer; blank -> skip this key
FROM hubspot.contacts;

-- blank = '' or spaces only""",
    extended(
        HS,
        hs(email="hemant.j@gmail.com", company="  ", industry="  ", numemployees="   "),
        hs(
            email="finance@ujjwalsolar.in",
            company="Ujjwal Solar",
            industry="Renewables",
            numemployees="1450",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Retail Investor"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h172-23-address-object-office-phone",
    H,
    S,
    """@Sneha Segment address + phone. Address nested under traits.address

SELECT
    email   AS userId,
    address AS traits.address.street,
    city    AS traits.address.city,
    zip     AS traits.address.postalCode,
    country AS traits.address.country,     -- these 4 straight copy
    state   AS traits.address.state,       -- blank -> don't send the state key
    E164(COALESCE(phone, mobilephone)) AS traits.phone
        -- office phone first, if blank then mobile. E.164 = digits only with '+' in front; has '+' already -> keep own code;
        -- no '+' -> US, add +1 (if 11 digits starting with 1 just add '+'). Both blank -> no traits.phone at all
FROM hubspot.contacts;

-- blank = '' or only spaces""",
    extended(
        HS,
        hs(
            email="bhavna.reddy@gmail.com",
            address="B-204 Magarpatta City",
            city="Pune",
            state="  ",
            zip="411013",
            country="India",
            phone="",
            mobilephone="+91 98811 00220",
        ),
        hs(
            email="no.phone@startupx.in",
            address="",
            city="Pune",
            state="MH",
            zip="",
            country="India",
            phone="  ",
            mobilephone="",
        ),
        hs(
            email="c.wright@denverfin.com",
            address="1600 Glenarm Pl",
            city="Denver",
            state="CO",
            zip="80202",
            country="United States",
            phone="1 303 555 0148",
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
    "h172-24-clean-userid-consent-revenue",
    H,
    S,
    """@Sneha Segment identify v2. Emails in HS have junk spaces, so clean first

SELECT
    LOWER(TRIM(email)) AS userId,             -- trim spaces on both sides, then all small letters
    industry           AS traits.industry,    -- copy
    (hs_email_optout = 'false') AS traits.marketingConsent,
        -- boolean true/false. true ONLY when hs_email_optout is exactly 'false'; 'true' or blank -> false
    CAST(annualrevenue AS NUMERIC) AS traits.annualRevenue   -- a number, not string. blank -> leave it out
FROM hubspot.contacts;""",
    extended(
        HS,
        hs(
            email="  Mahesh.Babu@TollyPay.IN ",
            industry="Fintech",
            hs_email_optout="false",
            annualrevenue="6500000.5",
        ),
        hs(email="Sonal.Jain@Gmail.com  ", industry="", hs_email_optout="  ", annualrevenue=" "),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "industry": r["industry"],
                "marketingConsent": r["hs_email_optout"] == "false",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h172-25-ga4-profile-sync",
    H,
    G,
    """@Sneha GA4 Measurement Protocol, one event per HS contact

client_id           = email                   -- copy
events[0].name      = 'crm_profile_sync'      -- fixed
params.source_crm   = 'hubspot'               -- fixed
params.stage        = lifecyclestage          -- copy as it is
params.industry     = LOWER(industry)         -- small letters; blank industry ('' / spaces) -> 'not_set'
params.created_on   = LEFT(createdate, 10)    -- Create Date, date only YYYY-MM-DD""",
    extended(
        HS,
        hs(
            email="rutuja.g@gmail.com",
            industry="  ",
            lifecyclestage="lead",
            createdate="2024-10-02T12:30:00.000Z",
        ),
        hs(
            email="treasury@omkarcorp.in",
            industry="Financial SERVICES",
            lifecyclestage="",
            createdate="2025-01-26T12:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_profile_sync",
                "params": {
                    "source_crm": "hubspot",
                    "stage": r["lifecyclestage"],
                    "industry": "not_set" if blank(ind) else ind.lower(),
                    "created_on": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h172-26-ga4-big-ticket-accounts",
    H,
    G,
    """@Sneha GA4 only for big-ticket accounts

SELECT
    SPLIT_PART(email, '@', 1)      AS client_id,        -- part before the '@' ('cfo@x.in' -> 'cfo')
    'big_ticket_account'           AS events[0].name,
    CAST(annualrevenue AS NUMERIC) AS params.value,     -- as a number
    'INR'                          AS params.currency   -- fixed
FROM hubspot.contacts
WHERE annualrevenue > 2000000;   -- more than 20 lakh only. Blank revenue -> don't send""",
    extended(
        lower_emails(HS),
        hs(email="cfo@lonavalaresorts.in", annualrevenue="35000000"),
        hs(email="small.biz@gmail.com", annualrevenue="1999999.99"),
        hs(email="empty.rev@gmail.com", annualrevenue="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 2_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "big_ticket_account",
                "params": {"value": num(r["annualrevenue"]), "currency": "INR"},
            }
        ],
    }


@case(
    "h172-27-ga4-activated-or-lead",
    H,
    G,
    """@Sneha GA4, event name depends on the stage

client_id     <- email (copy)
event name    <- CASE WHEN lifecyclestage = 'customer' THEN 'account_activated' ELSE 'lead_created' END
                 -- ELSE includes blank stage also
params.city   <- COALESCE(city, 'Pune')   -- blank / spaces-only city -> 'Pune'
params.source <- hs_analytics_source      -- copy, blank goes as blank""",
    extended(
        HS,
        hs(
            email="ashwini.g@gmail.com",
            lifecyclestage="customer",
            city="  ",
            hs_analytics_source="PAID_SOCIAL",
        ),
        hs(email="nobody@stage.in", lifecyclestage="", city="", hs_analytics_source="  "),
    ),
)
def o27(r: R) -> Out:
    name = "account_activated" if r["lifecyclestage"] == "customer" else "lead_created"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Pune"), "source": r["hs_analytics_source"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h172-28-leads-back-to-hs-copy",
    L,
    H,
    """@Sneha reverse direction now: SF Lead -> HS contacts. All plain copy

SELECT
    Email      AS email,
    FirstName  AS firstname,
    LastName   AS lastname,
    Company    AS company,
    Title      AS jobtitle,
    Phone      AS phone,
    Street     AS address,
    City       AS city,
    PostalCode AS zip,
    Country    AS country
FROM salesforce.Lead;

-- same to same. Empty in SF -> empty in HS, no defaults, no trimming""",
    extended(
        SFL,
        sfl(
            Email="prasad.g@gokhaleinfra.in",
            FirstName="Prasad",
            LastName="Gokhale",
            Company="Gokhale Infra",
            Title="  ",
            Phone="",
            Street="Plot 7, Hinjewadi Phase 1",
            City="Pune",
            PostalCode="411057",
            Country="India",
        ),
        sfl(
            Email="mrunal.t@gmail.com",
            FirstName="",
            LastName="Thakur",
            Company=" ",
            Title="Consultant",
            Phone="+91 98230 67890",
            Street="",
            City="",
            PostalCode="",
            Country="",
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
        "address": r["Street"],
        "city": r["City"],
        "zip": r["PostalCode"],
        "country": r["Country"],
    }


@case(
    "h172-29-lead-status-and-optout-text",
    L,
    H,
    """@Sneha SF Lead Status -> HS Lead Status (hs_lead_status). Our SF has only these 4 values, no blanks

SELECT
    Email AS email,
    CASE Status
        WHEN 'Open - Not Contacted'   THEN 'NEW'
        WHEN 'Working - Contacted'    THEN 'ATTEMPTED_TO_CONTACT'
        WHEN 'Closed - Converted'     THEN 'CONNECTED'
        WHEN 'Closed - Not Converted' THEN 'UNQUALIFIED'
    END AS hs_lead_status,
    CASE WHEN HasOptedOutOfEmail THEN 'true' ELSE 'false' END AS hs_email_optout
        -- HS wants the text 'true' / 'false' here, not a boolean
FROM salesforce.Lead;""",
    extended(
        SFL,
        sfl(Email="ketan.m@gmail.com", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(Email="leena.d@dsouzaco.in", Status="Closed - Not Converted", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    table = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "ATTEMPTED_TO_CONTACT",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return {
        "email": r["Email"],
        "hs_lead_status": table[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h172-30-rating-to-stage-revenue",
    L,
    H,
    """@Sneha SF Lead -> HS, rating to lifecycle stage

SELECT
    LOWER(Email) AS email,
    CASE Rating
        WHEN 'Hot'  THEN 'salesqualifiedlead'
        WHEN 'Warm' THEN 'marketingqualifiedlead'
        WHEN 'Cold' THEN 'lead'
    END AS lifecyclestage,                            -- every lead has a rating, no blanks
    CAST(AnnualRevenue AS NUMERIC) AS annualrevenue   -- number; blank -> don't send
FROM salesforce.Lead;""",
    extended(
        SFL,
        sfl(Email="Nitin.Chavan@ChavanSteel.IN", Rating="Warm", AnnualRevenue="  "),
        sfl(Email="ANJALI.MISHRA@GMAIL.COM", Rating="Cold", AnnualRevenue="1250000.25"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep(
        {
            "email": r["Email"].lower(),
            "lifecyclestage": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h172-31-uk-corridor-leads",
    L,
    H,
    """@Sneha only UK leads (London remittance corridor launch) -> HS

SELECT
    Email AS email,
    E164_UK(Phone) AS phone,
        -- digits only with '+' in front. No '+' -> UK number: drop the leading 0 and put +44 ('020 7946 0321' -> '+442079460321')
        -- already starts with '+' -> keep its own country code
    UPPER(PostalCode)        AS zip,     -- caps
    COALESCE(City, 'London') AS city     -- blank city ('' / spaces) -> 'London'
FROM salesforce.Lead
WHERE Country = 'United Kingdom';   -- only this exact value. Other country, 'UK', or blank country -> skip""",
    extended(
        SFL,
        sfl(
            Email="amit.patel@patelgrocers.co.uk",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="le1 5ye",
            City="  ",
        ),
        sfl(
            Email="zara.ahmed@gmail.com",
            Country="United Kingdom",
            Phone="+91 98220 33445",
            PostalCode="b1 1aa",
            City="Birmingham",
        ),
        sfl(
            Email="j.smith@smithco.com",
            Country="UK",
            Phone="020 7000 0000",
            PostalCode="ec1a 1bb",
            City="London",
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
        "city": dflt(r["City"], "London"),
    }


@case(
    "h172-32-drop-dead-leads-street-city",
    L,
    H,
    """@Sneha SF Lead -> HS, drop the dead ones

SELECT
    Email AS email,
    COALESCE(Title, 'Not Given') AS jobtitle,   -- blank title ('' / spaces) -> 'Not Given'
    Street || ', ' || City       AS address
        -- street, comma, space, city. e.g. '200 Lake St, Chicago'
        -- if City is blank -> Street alone, no comma. (Street is always filled for the ones we send)
FROM salesforce.Lead
WHERE Status <> 'Closed - Not Converted';   -- dead leads, skip""",
    extended(
        SFL,
        sfl(
            Email="sachin.w@wadekarlogistics.in",
            Status="Working - Contacted",
            Title="",
            Street="Survey No 12, Chakan MIDC",
            City="  ",
        ),
        sfl(
            Email="dead.lead@oldco.in",
            Status="Closed - Not Converted",
            Title="Owner",
            Street="1 Old Rd",
            City="Pune",
        ),
        sfl(
            Email="rashmi.k@gmail.com",
            Status="Open - Not Contacted",
            Title=" ",
            Street="45 FC Road",
            City="Pune",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["City"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not Given"), "address": addr}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h172-33-contacts-status-expo-tag",
    C,
    M,
    """@Sneha SF Contact -> Mailchimp

SELECT
    LOWER(Email) AS email_address,
    CASE WHEN HasOptedOutOfEmail THEN 'unsubscribed' ELSE 'subscribed' END AS status,
    tags
FROM salesforce.Contact;

-- tags: everyone gets 'salesforce'. If LeadSource = 'Trade Show' then also 'fintech-expo', after 'salesforce'""",
    extended(
        SFC,
        sfc(Email="Yogesh.Dhoni@DhoniTraders.IN", LeadSource="Trade Show", HasOptedOutOfEmail=True),
        sfc(Email="PRIYA.NATH@GMAIL.COM", LeadSource="Web", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["salesforce"] + (["fintech-expo"] if r["LeadSource"] == "Trade Show" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h172-34-sms-audience-language",
    C,
    M,
    """@Sneha Mailchimp SMS audience from SF Contacts. No phone = skip

SELECT
    Email AS email_address,
    E164(Phone) AS merge_fields.PHONE,
        -- digits only, '+' in front. Has '+' -> keep its own code. No '+' -> US, add +1 (11 digits starting with 1 -> only add '+')
    CASE MailingCountry
        WHEN 'United States' THEN 'en'
        WHEN 'India'         THEN 'en'
        WHEN 'Germany'       THEN 'de'
        WHEN 'Austria'       THEN 'de'
        WHEN 'France'        THEN 'fr'
    END AS language          -- only these countries exist in our SF contacts
FROM salesforce.Contact
WHERE Phone IS NOT BLANK;    -- '' or only spaces -> skip""",
    extended(
        SFC,
        sfc(Email="vinay.k@kamathfoods.in", Phone="+91 20 2447 8899", MailingCountry="India"),
        sfc(Email="no.phone@gmail.com", Phone="   ", MailingCountry="India"),
        sfc(Email="claire.b@lyonpay.fr", Phone="+33 4 72 00 11 22", MailingCountry="France"),
        sfc(Email="m.ross@ohiofin.com", Phone="1 (614) 555-0101", MailingCountry="United States"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"United States": "en", "India": "en", "Germany": "de", "Austria": "de", "France": "fr"}
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h172-35-finance-heads-vip",
    C,
    M,
    """@Sneha SF Contact -> Mailchimp (finance heads list)

SELECT
    Email AS email_address,
    COALESCE(FirstName, 'Investor') AS merge_fields.FNAME,   -- blank first name ('' / spaces) -> 'Investor'
    LastName                        AS merge_fields.LNAME,   -- copy, blank also
    (Department = 'Finance')        AS vip,      -- true only if Department is exactly 'Finance'; anything else or blank -> false
    'subscribed'                    AS status    -- fixed
FROM salesforce.Contact;""",
    extended(
        SFC,
        sfc(Email="cfo@mahalaxmisugar.in", FirstName="", LastName="Deshmukh", Department="Finance"),
        sfc(Email="hr.head@gmail.com", FirstName="  ", LastName="", Department="  "),
        sfc(Email="acct@lotusmills.in", FirstName="Nalini", LastName="Rao", Department="finance"),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Investor"), "LNAME": r["LastName"]},
        "vip": r["Department"] == "Finance",
        "status": "subscribed",
    }


@case(
    "h172-36-web-reengagement-wipe-tags",
    C,
    M,
    """@Sneha Mailchimp re-engagement, only contacts whose LeadSource = 'Web'

SELECT
    Email        AS email_address,
    FirstName    AS merge_fields.FNAME,
    LastName     AS merge_fields.LNAME,   -- copies, blank also copy
    'subscribed' AS status,
    'en'         AS language,
    ARRAY[]      AS tags                  -- empty list [], we want to wipe the old tags
FROM salesforce.Contact
WHERE LeadSource = 'Web';   -- blank or any other source -> skip""",
    extended(
        SFC,
        sfc(Email="rohini.b@gmail.com", FirstName="Rohini", LastName="", LeadSource="Web"),
        sfc(Email="x.kale@yahoo.in", FirstName="Xavier", LastName="Kale", LeadSource="  "),
        sfc(
            Email="web.partner@zenfin.in", FirstName="Zubin", LastName="Irani", LeadSource="Partner"
        ),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
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
    "h172-37-contact-identify-birthday",
    C,
    S,
    """@Sneha SF Contact -> Segment identify

SELECT
    LOWER(Email) AS userId,
    FirstName    AS traits.firstName,
    LastName     AS traits.lastName,
    Title        AS traits.title,       -- copy, blank goes as blank
    Birthdate    AS traits.birthday     -- only when there is a value; blank -> don't send the key
FROM salesforce.Contact;""",
    extended(
        SFC,
        sfc(
            Email="Ajinkya.Rahane@Gmail.com",
            FirstName="Ajinkya",
            LastName="Rahane",
            Title="",
            Birthdate="  ",
        ),
        sfc(
            Email="SWAPNA.I@INAMDARCAP.IN",
            FirstName="Swapna",
            LastName="Inamdar",
            Title="Treasury Head",
            Birthdate="1988-06-14",
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
                "birthday": omit_if_blank(r["Birthdate"]),
            },
        }
    )


@case(
    "h172-38-address-city-trim-country-default",
    C,
    S,
    """@Sneha Segment address, nested under traits.address as an object please

userId                 = Email (as it is)
traits.address.city    = TRIM(MailingCity)                  -- remove spaces at front and back
traits.address.country = COALESCE(MailingCountry, 'India')  -- blank / only spaces -> 'India'""",
    extended(
        SFC,
        sfc(Email="gaurav.t@gmail.com", MailingCity=" Pune ", MailingCountry="  "),
        sfc(Email="neeraj.s@sinhacap.in", MailingCity="Mumbai  ", MailingCountry=""),
        sfc(Email="anita.f@fernandes.in", MailingCity="Panaji", MailingCountry="India"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "India"),
            }
        },
    }


@case(
    "h172-39-phone-name-channel",
    C,
    S,
    """@Sneha SF Contact -> Segment

userId                      <- Email
traits.phone                <- E164(Phone)   -- digits with '+'; has '+' keep own code; no '+' -> US +1 (11 digits starting 1 -> just '+')
traits.name                 <- FirstName || ' ' || LastName
traits.acquisition_channel  <- CASE LeadSource
                                   WHEN 'Web'               THEN 'digital'
                                   WHEN 'Trade Show'        THEN 'events'
                                   WHEN 'Partner Referral'  THEN 'partners'
                                   WHEN 'Employee Referral' THEN 'referral'
                                   ELSE 'others'    -- any other source, blank also
                               END""",
    extended(
        SFC,
        sfc(
            Email="kiran.p@pandeyfin.in",
            FirstName="Kiran",
            LastName="Pandey",
            Phone="+91 22 6655 4433",
            LeadSource="Employee Referral",
        ),
        sfc(
            Email="dan.r@austinledger.com",
            FirstName="Dan",
            LastName="Reyes",
            Phone="1 512 555 0190",
            LeadSource="Advertisement",
        ),
        sfc(
            Email="m.iqbal@gmail.com",
            FirstName="Mohsin",
            LastName="Iqbal",
            Phone="720.555.0102",
            LeadSource="   ",
        ),
    ),
)
def o39(r: R) -> Out:
    chan = {
        "Web": "digital",
        "Trade Show": "events",
        "Partner Referral": "partners",
        "Employee Referral": "referral",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "acquisition_channel": chan.get(r["LeadSource"], "others"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h172-40-members-to-hs-optout-text",
    M,
    H,
    """@Sneha Mailchimp members -> HS contacts

SELECT
    email_address                AS email,
    INITCAP(merge_fields.FNAME)  AS firstname,
    INITCAP(merge_fields.LNAME)  AS lastname,    -- proper case both: each word first letter capital, rest small
    merge_fields.PHONE           AS phone,       -- copy as it is; blank -> don't send the key
    COALESCE(merge_fields.COMPANY, 'Not Provided') AS company,   -- blank ('' / spaces) -> 'Not Provided'
    CASE WHEN status = 'subscribed' THEN 'false' ELSE 'true' END AS hs_email_optout
        -- as text 'true' / 'false'. Only subscribed gets 'false', every other status 'true'
FROM mailchimp.members;""",
    extended(
        MC,
        mc(
            {"FNAME": "RADHIKA", "LNAME": "apte", "PHONE": "  ", "COMPANY": "  "},
            email_address="radhika.apte@gmail.com",
            status="pending",
        ),
        mc(
            {
                "FNAME": "vijay",
                "LNAME": "MALLYA SHETTY",
                "PHONE": "+91 80 4000 1234",
                "COMPANY": "Konkan Ledger",
            },
            email_address="vijay@konkanledger.in",
            status="subscribed",
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
            "company": dflt(mf["COMPANY"], "Not Provided"),
            "hs_email_optout": "false" if r["status"] == "subscribed" else "true",
        }
    )


@case(
    "h172-41-skip-cleaned-vip-opportunity",
    M,
    H,
    """@Sneha Mailchimp -> HS. Cleaned (bounced) members skip

SELECT
    email_address             AS email,
    E164(merge_fields.PHONE)  AS phone,
        -- digits only with '+'; has '+' keep own code; no '+' -> US +1 (11 digits starting with 1 -> just '+')
        -- blank PHONE ('' / spaces) -> no phone key
    merge_fields.COMPANY      AS company,        -- copy
    CASE WHEN vip THEN 'opportunity' ELSE 'subscriber' END AS lifecyclestage
FROM mailchimp.members
WHERE status <> 'cleaned';""",
    extended(
        MC,
        mc(
            {"PHONE": "1 (312) 555-0166", "COMPANY": "Windy City Pay"},
            email_address="ops@windycitypay.com",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "+91 98500 12345", "COMPANY": ""},
            email_address="bounced@gmail.com",
            status="cleaned",
        ),
        mc(
            {"PHONE": "  ", "COMPANY": "Shree Ganesh Traders"},
            email_address="accounts@shreeganesh.in",
            status="subscribed",
            vip=False,
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
            "lifecyclestage": "opportunity" if r["vip"] else "subscriber",
        }
    )


@case(
    "h172-42-webinar-tag-lead-status",
    M,
    H,
    """@Sneha last one for today. Mailchimp -> HS

SELECT
    email_address AS email,
    FIRST_WORD(merge_fields.FNAME) AS firstname,   -- 'Sai Prasad' -> 'Sai'
    COALESCE(merge_fields.COMPANY, SPLIT_PART(email_address, '@', 2)) AS company,
        -- COMPANY blank ('' / spaces) -> the domain, i.e. part after the '@'
    CASE WHEN 'Webinar' = ANY(tags) THEN 'CONNECTED' ELSE 'NEW' END AS hs_lead_status
        -- tag must be exactly 'Webinar' with capital W, 'webinar' small doesn't count
FROM mailchimp.members;""",
    extended(
        MC,
        mc(
            {"FNAME": "Sai Prasad", "COMPANY": "  "},
            email_address="sai.prasad@nidhifin.in",
            tags=["Customer", "Webinar"],
        ),
        mc(
            {"FNAME": "Komal", "COMPANY": ""},
            email_address="komal@komalcrafts.com",
            tags=["webinar"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "hs_lead_status": "CONNECTED" if "Webinar" in r["tags"] else "NEW",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set172")
