"""Held-out set 168 for the offline mapping drafter.

Persona: Kwame Boateng, marketing operations coordinator at a mobile-money and remittance company
in Accra, Ghana, sending WhatsApp checklists to the integration developer (Efua). Ghanaian English,
polite and warm: 'please', 'kindly', 'I beg', a 'chale' once in a while, 'make sure', 'the thing
is', 'as for X, ...'. His checklists run line by line with '✅', '▫️' or '-' in front, sometimes a
field on one line and its rule indented on the next; now and then a long voice-note-style run-on
sentence when he is typing on the move. He signs off 'Thanks Efua 🙏'. The business shows through:
agents and merchants, US and UK diaspora senders, corridor desks, MoMo promos.

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
    "h168-01-agent-signups-straight-copy",
    H,
    L,
    """Efua good morning 🌞 First checklist for today: HubSpot contacts -> Salesforce Leads (the agent sign-ups from the Kumasi roadshow)

✅ Email -> Email
✅ First Name -> First Name
✅ Last Name -> Last Name
✅ Company Name -> Company
✅ Mobile Phone Number -> Mobile Phone
✅ Job Title -> Title

All of these straight copy please, no trimming, no changing capital letters, nothing. Where HubSpot is empty, Salesforce also gets it empty, don't put any default.

✅ Lead Source
     "Partner Referral" on every single lead, they all came through our agents

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="akosua.frimpong@gmail.com",
            firstname="Akosua",
            lastname="Frimpong",
            company="",
            mobilephone="+233 24 555 0131",
            jobtitle="",
        ),
        hs(
            email="yaw.boakye@boakyeventures.com.gh",
            firstname="Yaw ",
            lastname="Boakye",
            company="  ",
            mobilephone="",
            jobtitle="Shop Owner",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "MobilePhone": r["mobilephone"],
        "Title": r["jobtitle"],
        "LeadSource": "Partner Referral",
    }


@case(
    "h168-02-merchant-form-defaults",
    H,
    L,
    """Hello Efua, hope the weekend was good. Number 2, still HubSpot -> SF Lead. These ones came from the merchant interest form so the data is a bit rough

- Email -> Email, just copy
- First Name -> First Name
    trim the spaces before and after, that's all
- Last Name -> Last Name
    same thing, trim
- Company Name -> Company
    if it's empty (nothing or only spaces) put "Sole Proprietor", otherwise copy exactly what is there, don't trim it
- Job Title -> Title
    if empty put "Not Given", otherwise copy it as it is

The thing is SF will not take a lead without Company, so kindly make sure the default is there.
Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="esi.quaye@yahoo.com",
            firstname="  Esi",
            lastname="Quaye ",
            company="",
            jobtitle="   ",
        ),
        hs(
            email="kojo.darko@darkomart.com.gh",
            firstname="Kojo ",
            lastname=" Darko",
            company=" Darko Mart ",
            jobtitle="Manager ",
        ),
        hs(
            email="adjoa.ofori@gmail.com",
            firstname="Adjoa",
            lastname="Ofori",
            company="   ",
            jobtitle="",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Sole Proprietor"),
        "Title": dflt(r["jobtitle"], "Not Given"),
    }


@case(
    "h168-03-callback-mobile-first",
    H,
    L,
    """Efua please, the call centre wants these leads in SF so they can call them back

✅ Mobile Phone
     take the HubSpot Mobile Phone Number. If that one is empty, use Phone Number. If both are empty then don't send Mobile Phone at all, not even an empty one. Copy the number as it is, no formatting
✅ First Name -> First Name
✅ Last Name -> Last Name
     as for the names, proper case please: every word first letter capital and the rest small, e.g. "NANA akua" -> "Nana Akua"
✅ Email -> Email (copy)

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="nana.akua@gmail.com",
            firstname="NANA akua",
            lastname="MENSAH",
            mobilephone="",
            phone="030 255 0142",
        ),
        hs(
            email="kwabena.ansah@outlook.com",
            firstname="kwabena",
            lastname="ansah",
            mobilephone="  ",
            phone="",
        ),
        hs(
            email="efo.agbeko@gmail.com",
            firstname="Efo",
            lastname="AGBEKO",
            mobilephone="054 555 0177",
            phone="030 255 0199",
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
    "h168-04-lifecycle-to-lead-status",
    H,
    L,
    """Efua, for Lead Status in Salesforce kindly use the HubSpot Lifecycle Stage like this:

▫️ subscriber -> Open - Not Contacted
▫️ marketingqualifiedlead -> Working - Contacted
▫️ salesqualifiedlead -> Working - Contacted
▫️ customer -> Closed - Converted
▫️ any other stage, and also when the stage is empty -> Open - Not Contacted

✅ Email -> Email, but all small letters please, the duplicate check in SF is giving us wahala with the capital letters
✅ Last Name -> Last Name, copy

Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="Abena.Owusu@MoMoPay.com.gh", lastname="Owusu", lifecyclestage=""),
        hs(email="KOFI.ADDO@GMAIL.COM", lastname="Addo", lifecyclestage="evangelist"),
        hs(email="Selasi.Kporku@Yahoo.com", lastname="Kporku", lifecyclestage="  "),
        hs(email="Mawuli.Dzah@Gmail.com", lastname="Dzah", lifecyclestage="customer"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "subscriber": "Open - Not Contacted",
        "marketingqualifiedlead": "Working - Contacted",
        "salesqualifiedlead": "Working - Contacted",
        "customer": "Closed - Converted",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "Status": table.get(r["lifecyclestage"], "Open - Not Contacted"),
    }


@case(
    "h168-05-skip-customers-and-unsubs",
    H,
    L,
    """Efua good afternoon. For the Leads push, two groups must NOT go, I beg:
- anybody whose Lifecycle Stage is customer (they are already in the core system, sales shouldn't chase them)
- anybody with "Unsubscribed from all email" = "true". If it's "false" or empty, they can go

For everybody else:
✅ Email -> Email
✅ Last Name -> Last Name
✅ Company Name -> Company
✅ Phone Number -> Phone
all copy as it is, even when empty
✅ Lead Status -> "Open - Not Contacted" for everyone

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="ama.serwaa@serwaafoods.com",
            lastname="Serwaa",
            company="Serwaa Foods",
            phone="+233 30 255 0110",
            lifecyclestage="customer",
            hs_email_optout="false",
        ),
        hs(
            email="fiifi.mensah@gmail.com",
            lastname="Mensah",
            company="",
            phone="",
            lifecyclestage="lead",
            hs_email_optout="true",
        ),
        hs(
            email="edem.tetteh@tettehlogistics.com",
            lastname="Tetteh",
            company="Tetteh Logistics",
            phone="  ",
            lifecyclestage="opportunity",
            hs_email_optout="  ",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Phone": r["phone"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h168-06-rating-by-revenue",
    H,
    L,
    """Efua sorry for the long message 🙏 the thing is sales want the Rating to follow the money, so as for Rating, if Annual Revenue is more than 5,000,000 then put Hot, if it is less than 500,000 then Cold, anything in between is Warm, and when Annual Revenue is empty just put Cold because we don't know them yet.

✅ Employees
     from Number of Employees, as a whole number please, not text. If it's empty, leave Employees out completely
✅ Email -> Email

Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="info@accrabulkfoods.com", annualrevenue="5000000.5", numemployees="140"),
        hs(email="mama.ekua@gmail.com", annualrevenue="499999", numemployees="  "),
        hs(email="ops@tamalefarms.com.gh", annualrevenue="  ", numemployees="8"),
    ),
)
def o06(r: R) -> Out:
    v = r["annualrevenue"]
    if blank(v):
        rating = "Cold"
    else:
        f = float(v)
        rating = "Hot" if f > 5_000_000 else ("Cold" if f < 500_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h168-07-us-diaspora-e164",
    H,
    L,
    """Efua, this batch is our US diaspora senders (the Bronx and Maryland people). Checklist:

✅ Mobile Phone
     from Mobile Phone Number, in E.164 please: only digits with + in front. If the number already starts with + keep its own country code. If there's no +, it is a US number so add +1, but if it's already 11 digits starting with 1 then just put the + in front. If Mobile Phone Number is empty, don't send Mobile Phone at all
✅ First Name
     proper case, each word first letter capital, the rest small ("ADWOA" -> "Adwoa")
✅ City
     proper case too ("SILVER SPRING" -> "Silver Spring")
✅ Email -> Email (copy)

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="adwoa.boateng@gmail.com",
            firstname="ADWOA",
            city="SILVER SPRING",
            mobilephone="1 (301) 555-0162",
        ),
        hs(email="kweku.annan@yahoo.com", firstname="kweku", city="bronx", mobilephone="   "),
        hs(
            email="akua.donkor@outlook.com",
            firstname="akua POKUA",
            city="new york",
            mobilephone="(718) 555-0123",
        ),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "MobilePhone": omit_if_blank(r["mobilephone"], e164),
            "FirstName": title(r["firstname"]),
            "City": title(r["city"]),
        }
    )


@case(
    "h168-08-us-only-description",
    H,
    L,
    """Efua, only contacts with Country/Region exactly "United States" go into SF Leads this time. Any other country, or empty country, leave them out.

- Email -> Email
- Last Name -> Last Name
    ALL CAPITALS please (Owusu -> OWUSU)
- Description
    should read: US diaspora | then the Original Source | then the Create Date as YYYY-MM-DD
    e.g. US diaspora | PAID_SOCIAL | 2024-05-10
    (one space on each side of every |)

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="yaa.asantewaa@gmail.com",
            lastname="Asantewaa",
            country="United States",
            hs_analytics_source="SOCIAL_MEDIA",
            createdate="2024-05-10T12:30:00.000Z",
        ),
        hs(
            email="kwesi.appiah@appiah.co.uk",
            lastname="Appiah",
            country="United Kingdom",
            hs_analytics_source="REFERRALS",
            createdate="2024-02-14T12:00:00.000Z",
        ),
        hs(
            email="nii.armah@gmail.com",
            lastname="Armah",
            country="",
            hs_analytics_source="OFFLINE",
            createdate="2024-07-01T13:00:00.000Z",
        ),
        hs(
            email="dzifa.klu@gmail.com",
            lastname="Klu Mensah",
            country="United States",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2025-01-20T11:45:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Description": f"US diaspora | {r['hs_analytics_source']} | {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h168-09-contact-mailing-address",
    H,
    C,
    """Hi Efua 👋🏾 Now HubSpot contacts -> Salesforce Contacts. This one is mostly the address:

✅ Street Address -> Mailing Street
✅ City -> Mailing City
✅ State/Region -> Mailing State/Province
✅ Postal Code -> Mailing Zip/Postal Code
✅ Country/Region -> Mailing Country
✅ Email -> Email
✅ First Name -> First Name
✅ Last Name -> Last Name

As for all of these, straight copy. If HubSpot has it empty, Salesforce gets it empty, don't fill anything in and don't clean anything. Chale, don't touch the Other address fields at all.

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="abla.quarshie@gmail.com",
            firstname="Abla",
            lastname="Quarshie",
            address="Hse No. 14, Osu Badu St",
            city="Accra",
            state="Greater Accra",
            zip="",
            country="Ghana",
        ),
        hs(
            email="kofi.ntim@ntimtraders.com",
            firstname="Kofi",
            lastname="Ntim",
            address="  ",
            city="Kumasi ",
            state="",
            zip="  ",
            country="Ghana",
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
    "h168-10-optout-dnc-flags",
    H,
    C,
    """Efua, two checkboxes for the SF Contacts, kindly read this one carefully 🙏

✅ Email Opt Out
     tick it (true) when "Unsubscribed from all email" is "true". ALSO tick it when that field is empty, the thing is compliance says if we don't know, we treat them as opted out. Only "false" gives false
✅ Do Not Call
     true when Mobile Phone Number is empty (nothing or just spaces), false when there is a mobile number. We only call mobiles, the office Phone Number doesn't count for this one
✅ Email -> Email
✅ Last Name -> Last Name
     (both just copy)

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="dede.ayew@gmail.com",
            lastname="Ayew",
            hs_email_optout="  ",
            mobilephone="  ",
            phone="030 255 0100",
        ),
        hs(
            email="kobby.asare@asareenterprise.com",
            lastname="Asare",
            hs_email_optout="false",
            mobilephone="020 555 0144",
            phone="",
        ),
    ),
)
def o10(r: R) -> Out:
    v = r["hs_email_optout"]
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": v == "true" or blank(v),
        "DoNotCall": blank(r["mobilephone"]),
    }


@case(
    "h168-11-last-name-fallback-chain",
    H,
    C,
    """Efua good morning. Salesforce Contact cannot save without Last Name, and as for our MoMo sign-ups, plenty people leave it empty. So:

✅ Last Name
     use HubSpot Last Name. If empty, use the Company Name. If that one is also empty, use the part of the email before the @ (e.g. kwame.b@gmail.com -> kwame.b)
✅ First Name -> First Name, just copy, empty is fine
✅ Email -> Email

Thanks Efua 🙏""",
    extended(
        lower_emails(HS),
        hs(
            email="mercy.adomako@gmail.com",
            firstname="Mercy",
            lastname="",
            company="Adomako Cosmetics",
        ),
        hs(email="ekow.m@yahoo.com", firstname="Ekow", lastname="  ", company=" "),
        hs(email="t.agyei@outlook.com", firstname="", lastname="", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h168-12-corridor-desk-postcode",
    H,
    C,
    """Efua please, for SF Contacts we want to see which corridor desk handles the person.

✅ Department
     from HubSpot Country/Region:
     ▫️ United States -> Americas Desk
     ▫️ Mexico -> Americas Desk
     ▫️ United Kingdom -> Europe Desk
     ▫️ France -> Europe Desk
     ▫️ Japan -> Asia Desk
     ▫️ Ghana -> Home Desk
     Those are the only countries in HubSpot for now, I checked them myself
✅ Mailing Zip/Postal Code
     Postal Code in CAPITAL letters (GhanaPost codes like ga-183-8164 -> GA-183-8164). If Postal Code is empty, don't send this field at all
✅ Email -> Email

Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="afua.kyei@gmail.com", country="Ghana", zip="ga-183-8164"),
        hs(email="kwame.osei@oseiandco.co.uk", country="United Kingdom", zip="se15 4ab"),
        hs(email="akwasi.manu@gmail.com", country="Ghana", zip="  "),
    ),
)
def o12(r: R) -> Out:
    desks = {
        "United States": "Americas Desk",
        "Mexico": "Americas Desk",
        "United Kingdom": "Europe Desk",
        "France": "Europe Desk",
        "Japan": "Asia Desk",
        "Ghana": "Home Desk",
    }
    return keep(
        {
            "Email": r["email"],
            "Department": desks[r["country"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h168-13-customers-only-contact",
    H,
    C,
    """Efua, for this one only the HubSpot contacts whose Lifecycle Stage is customer go to SF Contacts. Every other stage, or no stage at all, skip them.

- Email -> Email
    all small letters
- Mobile Phone
    Mobile Phone Number, and if it's empty then Phone Number instead. Copy the number as it is
- Contact Description
    "Active MoMo customer" for all of them

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="Gifty.Amoah@Gmail.com",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="+233 30 255 0177",
        ),
        hs(
            email="Paa.Kwesi@KwesiElectronics.com",
            lifecyclestage="customer",
            mobilephone="024 555 0199",
            phone="",
        ),
        hs(email="Not.Yet@Gmail.com", lifecyclestage="lead", mobilephone="020 555 0100"),
        hs(email="Blank.Stage@Gmail.com", lifecyclestage="", mobilephone="020 555 0101"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Active MoMo customer",
    }


@case(
    "h168-14-trim-title-source-table",
    H,
    C,
    """Hello Efua. HubSpot -> SF Contact again

✅ Job Title -> Title
     trim the spaces before and after, nothing else
✅ City -> Mailing City
     proper case please (every word first letter capital, rest small: "CAPE COAST" -> "Cape Coast")
✅ Original Source -> Lead Source
     ▫️ REFERRALS -> Partner Referral
     ▫️ OFFLINE -> Agent Walk-in
     ▫️ PAID_SOCIAL -> Social Media
     ▫️ SOCIAL_MEDIA -> Social Media
     ▫️ anything else, or empty -> Other
✅ Email -> Email

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="kodwo.eshun@gmail.com",
            jobtitle="  Shop Attendant ",
            city="CAPE COAST",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="naa.dedei@dedeibeauty.com",
            jobtitle="   ",
            city="tema",
            hs_analytics_source="SOCIAL_MEDIA",
        ),
        hs(
            email="yao.kumah@gmail.com",
            jobtitle="Trader",
            city="Ho",
            hs_analytics_source="EMAIL_MARKETING",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "REFERRALS": "Partner Referral",
        "OFFLINE": "Agent Walk-in",
        "PAID_SOCIAL": "Social Media",
        "SOCIAL_MEDIA": "Social Media",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "MailingCity": title(r["city"]),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h168-15-newsletter-language-default",
    H,
    M,
    """Efua, HubSpot -> Mailchimp, for the monthly remittance newsletter audience 📨

✅ Email -> Email Address
✅ First Name -> FNAME
✅ Last Name -> LNAME
✅ Mobile Phone Number -> PHONE
(these four copy exactly, the empty ones go over empty)
✅ status -> "subscribed" for everybody
✅ language
     from HubSpot Preferred language. Most contacts don't even have that property, or it's empty, as for those ones put "en". Those who have it, e.g. "fr" for our Togo and Côte d'Ivoire senders, copy it as it is

Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="komi.agbodjan@gmail.com",
            firstname="Komi",
            lastname="Agbodjan",
            mobilephone="+228 90 55 01 23",
            hs_language="fr",
        ),
        hs(
            email="abena.korkor@yahoo.com",
            firstname="Abena",
            lastname="",
            mobilephone="",
            hs_language="  ",
        ),
        hs(
            email="kwadwo.bonsu@gmail.com",
            firstname="",
            lastname="Bonsu",
            mobilephone="024 555 0166",
            hs_language="en",
        ),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": r["firstname"],
            "LNAME": r["lastname"],
            "PHONE": r["mobilephone"],
        },
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h168-16-status-three-ways",
    H,
    M,
    """Efua, the Mailchimp status should come from "Unsubscribed from all email" in HubSpot:
- "true" -> unsubscribed
- "false" -> subscribed
- empty -> pending (so Mailchimp sends them the confirm email first)
Tags: every member gets just one tag, "MoMo Promo"
Email -> Email Address
Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="kukua.addai@gmail.com", hs_email_optout="  "),
        hs(email="selorm.dogbe@dogbe.com.gh", hs_email_optout="false"),
        hs(email="ato.quansah@gmail.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["MoMo Promo"]}


@case(
    "h168-17-high-value-customer-tags",
    H,
    M,
    """Efua, tags for the Mailchimp members, two rules:
✅ Annual Revenue more than 1,000,000 -> tag "High Value"
✅ Lifecycle Stage is customer -> tag "Existing Customer"
If a contact has both, the tags are "High Value" then "Existing Customer", in that order. If none, send tags as an empty list []. Empty Annual Revenue means no "High Value" tag.
✅ Email -> Email Address
Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="mensah.stores@gmail.com", annualrevenue="1000000.01", lifecyclestage="customer"),
        hs(email="auntie.dora@yahoo.com", annualrevenue="999999.99", lifecyclestage="customer"),
        hs(email="kpakpo.ventures@gmail.com", annualrevenue="  ", lifecyclestage="lead"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1_000_000):
        tags.append("High Value")
    if r["lifecyclestage"] == "customer":
        tags.append("Existing Customer")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h168-18-short-fname-phone-e164",
    H,
    M,
    """Efua I'm sending this one quick from the car 🚗 so for Mailchimp FNAME take only the first word of the HubSpot First Name, like "Nana Yaw" becomes "Nana", and PHONE should be the Mobile Phone Number but if that one is empty use Phone Number, and make sure PHONE is E.164, meaning + and digits only, if it already starts with + keep the country code it has, if no + then it's a US number so put +1 in front, unless it's already 11 digits starting with 1, then only add the +.
Email -> Email Address as usual.
Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="nana.yaw@gmail.com",
            firstname="Nana Yaw",
            mobilephone="  ",
            phone="1-240-555-0188",
        ),
        hs(
            email="serwa.nkansah@gmail.com",
            firstname="Serwa",
            mobilephone="(646) 555 0142",
            phone="+233 30 255 0101",
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
    "h168-19-merchant-list-vip-customers",
    H,
    M,
    """Efua, this Mailchimp list is for merchants only, so skip any contact whose Company Name is empty (or only spaces). The rest:
✅ Email -> Email Address
✅ status -> "subscribed" for all
✅ VIP
     true when Lifecycle Stage is customer, false for any other stage and also false when the stage is empty
Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="sales@nkrumahprints.com", company="Nkrumah Prints", lifecyclestage="customer"),
        hs(email="no.shop@gmail.com", company="   ", lifecyclestage="customer"),
        hs(email="hello@munichopbar.com.gh", company="Auntie Muni Chop Bar", lifecyclestage=""),
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
    "h168-20-agent-fname-domain-vip",
    H,
    M,
    """Hello Efua, HubSpot -> Mailchimp, the SME agents list
▫️ FNAME
   First Name in proper case (every word first letter capital, the rest small)
▫️ LNAME
   Last Name as it is. If Last Name is empty, put the email domain instead, the part after the @ (e.g. info@kasoafreshmart.com -> kasoafreshmart.com)
▫️ VIP
   true if Number of Employees is more than 50, otherwise false. No number (empty) = false
▫️ Email -> Email Address
Thanks Efua 🙏""",
    extended(
        lower_emails(HS),
        hs(email="info@kasoafreshmart.com", firstname="ABENA", lastname="", numemployees="51"),
        hs(email="kojo@kojotech.com.gh", firstname="kojo mensah", lastname="  ", numemployees="  "),
        hs(email="ama@amaprints.com", firstname="Ama", lastname="Badu", numemployees="49"),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["numemployees"], 50),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h168-21-identify-full-name",
    H,
    S,
    """Efua, Segment identify from HubSpot contacts:
✅ userId -> Email in small letters
✅ traits.email -> Email copied exactly as it is in HubSpot (don't make this one small letters)
✅ traits.firstName -> First Name
✅ traits.lastName -> Last Name
✅ traits.title -> Job Title (empty goes empty)
✅ traits.name -> First Name, one space, Last Name (e.g. Kwame Boateng)
Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="Akosua.Agyapong@MoMoPay.com.gh",
            firstname="Akosua",
            lastname="Agyapong",
            jobtitle="Agent Supervisor",
        ),
        hs(email="KOJO.ASIEDU@GMAIL.COM", firstname="Kojo", lastname="Asiedu", jobtitle=""),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "email": r["email"],
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "title": r["jobtitle"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h168-22-company-trait-object",
    H,
    S,
    """Efua, for Segment please make traits.company a nested object inside traits, not flat:
- traits.company.name
    Company Name; empty -> "Self-employed"
- traits.company.industry
    Industry; if empty, leave it out
- traits.company.employee_count
    Number of Employees as a whole number (integer). Empty -> leave it out
- userId -> Email, as it is
Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="kwesi.ampofo@gmail.com", company="", industry="  ", numemployees="  "),
        hs(
            email="info@goldcoastagro.com",
            company="Gold Coast Agro",
            industry="Agriculture",
            numemployees="75",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Self-employed"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h168-23-address-trait-phone-fallback",
    H,
    S,
    """Efua, Segment again. The address must be nested under traits.address:
✅ traits.address.city -> City (copy)
✅ traits.address.country -> Country/Region (copy)
✅ traits.address.postalCode -> Postal Code, but if empty leave postalCode out
✅ traits.phone
     Phone Number; if empty then Mobile Phone Number. E.164 please: + and digits only, if it starts with + keep that country code, no + means US so +1 (11 digits starting with 1, just add the +). If both numbers are empty, no phone trait at all
✅ userId -> Email
Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="adzo.mensah@gmail.com",
            city="Accra",
            country="Ghana",
            zip="",
            phone="",
            mobilephone="",
        ),
        hs(
            email="yaw.darko@gmail.com",
            city="Newark",
            country="United States",
            zip="07102",
            phone="  ",
            mobilephone="1 973 555 0115",
        ),
        hs(
            email="kafui.ahiable@gmail.com",
            city="Ho",
            country="Ghana",
            zip="  ",
            phone="+233 36 202 0155",
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
                    "city": r["city"],
                    "country": r["country"],
                    "postalCode": omit_if_blank(r["zip"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h168-24-clean-userid-optin-revenue",
    H,
    S,
    """Efua, one more Segment identify.
✅ userId
     Email, but clean it first: remove the spaces at the start and the end, then make everything small letters
✅ traits.title -> Job Title (just copy)
✅ traits.email_opt_in
     boolean true/false. true only when "Unsubscribed from all email" is "false". If it is "true" OR empty -> false
✅ traits.annual_revenue
     Annual Revenue as a number, not text. Empty -> don't send it
Thanks Efua 🙏""",
    extended(
        HS,
        hs(email=" Esi.Badu@Gmail.com  ", jobtitle="  ", hs_email_optout="  ", annualrevenue=""),
        hs(
            email="Kwaku.Sarpong@SarpongHoldings.com ",
            jobtitle="CFO",
            hs_email_optout="false",
            annualrevenue="350000.50",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "email_opt_in": r["hs_email_optout"] == "false",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h168-25-ga4-contact-sync",
    H,
    G,
    """Efua, GA4 Measurement Protocol from HubSpot, one event per contact 📊
- client_id -> Email, copy
- event name -> always "momo_crm_sync"
- params.crm -> always "hubspot"
- params.industry -> Industry in small letters (Food -> food). If Industry is empty send "unknown"
- params.joined -> Create Date, only the date part, YYYY-MM-DD
Thanks Efua 🙏""",
    extended(
        HS,
        hs(
            email="kwabena.fosu@fosufinance.com",
            industry="Financial Services",
            createdate="2024-08-19T12:40:00.000Z",
        ),
        hs(email="akos.tagoe@gmail.com", industry="  ", createdate="2025-01-06T13:00:00.000Z"),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "momo_crm_sync",
                "params": {
                    "crm": "hubspot",
                    "industry": "unknown" if blank(ind) else ind.lower(),
                    "joined": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h168-26-ga4-sme-merchants",
    H,
    G,
    """Efua, GA4 only for the SME merchants: Number of Employees more than 20. Where Number of Employees is empty, don't send them.
✅ client_id -> the part of the email before the @ (e.g. accounts@makolamart.com -> accounts)
✅ event name -> "sme_merchant" for all
✅ params.employees -> Number of Employees as a number
Thanks Efua 🙏""",
    extended(
        lower_emails(HS),
        hs(email="accounts@makolamart.com", numemployees="21"),
        hs(email="sole@kantamantotrader.com", numemployees="19"),
        hs(email="noinfo@gmail.com", numemployees="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "sme_merchant", "params": {"employees": num(r["numemployees"])}}],
    }


@case(
    "h168-27-ga4-customer-or-prospect",
    H,
    G,
    """Efua, GA4, one event per contact, and the event name depends on Lifecycle Stage:
▫️ customer -> "customer_synced"
▫️ any other stage, or empty -> "prospect_synced"
✅ client_id -> Email (copy)
✅ params.city -> City; if empty put "Accra"
✅ params.company -> Company Name (copy, empty also copy)
Thanks Efua 🙏""",
    extended(
        HS,
        hs(email="akyaa.boadi@gmail.com", lifecyclestage="customer", city="  ", company=""),
        hs(
            email="fisherman@westernfish.com.gh",
            lifecyclestage="",
            city="Takoradi",
            company="Western Fish Co",
        ),
    ),
)
def o27(r: R) -> Out:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "prospect_synced"
    return {
        "client_id": r["email"],
        "events": [
            {"name": name, "params": {"city": dflt(r["city"], "Accra"), "company": r["company"]}}
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h168-28-leads-back-straight-copy",
    L,
    H,
    """Efua good evening. Now the other direction, Salesforce Leads -> HubSpot contacts
✅ Email -> Email
✅ First Name -> First Name
✅ Last Name -> Last Name
✅ Company -> Company Name
✅ Phone -> Phone Number
✅ City -> City
✅ Country -> Country/Region
All straight copy, chale no cleaning at all. If the SF field is empty, HubSpot gets it empty too.
Thanks Efua 🙏""",
    extended(
        SFL,
        sfl(
            Email="kwabena.owusu@owusutextiles.com",
            FirstName="Kwabena",
            LastName="Owusu",
            Company="Owusu Textiles",
            Phone="",
            City=" Kumasi",
            Country="Ghana",
        ),
        sfl(
            Email="ewurabena.hagan@gmail.com",
            FirstName="Ewurabena ",
            LastName="Hagan",
            Company="  ",
            Phone="+233 24 555 0190",
            City="",
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
        "phone": r["Phone"],
        "city": r["City"],
        "country": r["Country"],
    }


@case(
    "h168-29-status-to-lifecycle-optout",
    L,
    H,
    """Efua, SF Lead -> HubSpot
✅ Lead Status -> Lifecycle Stage
     ▫️ Open - Not Contacted -> lead
     ▫️ Working - Contacted -> marketingqualifiedlead
     ▫️ Closed - Converted -> customer
     ▫️ Closed - Not Converted -> other
     (SF only has these four)
✅ Email Opt Out -> Unsubscribed from all email
     HubSpot wants it as text: the string "true" when it's ticked and "false" when it's not
✅ Email -> Email
Thanks Efua 🙏""",
    extended(
        SFL,
        sfl(
            Email="elorm.agbenyega@gmail.com", Status="Closed - Converted", HasOptedOutOfEmail=True
        ),
        sfl(
            Email="baaba.arthur@arthurbakery.com",
            Status="Open - Not Contacted",
            HasOptedOutOfEmail=False,
        ),
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
    "h168-30-rating-to-lead-status-revenue",
    L,
    H,
    """Efua, SF Leads -> HubSpot contacts:
- Rating -> Lead Status
    Hot -> IN_PROGRESS
    Warm -> OPEN
    Cold -> UNQUALIFIED
    (every lead has a rating, none is empty)
- Annual Revenue -> Annual Revenue as a number. If it's empty don't send it
- Email -> Email, all small letters
Thanks Efua 🙏""",
    extended(
        SFL,
        sfl(Email="Kofi.Boadu@BoaduAgro.com", Rating="Cold", AnnualRevenue="  "),
        sfl(Email="AMA.KUFFOUR@GMAIL.COM", Rating="Warm", AnnualRevenue="420000.75"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "UNQUALIFIED"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h168-31-london-diaspora-e164-uk",
    L,
    H,
    """Efua, only the London diaspora leads for this one: SF Leads where Country is "United Kingdom". Other countries, or empty country, don't bring them.
✅ Phone -> Phone Number
     E.164 UK format: digits only, drop the 0 in front and add +44 (e.g. 07700 900123 -> +447700900123). If the number already starts with +, keep its own code, just the + and the digits
✅ Postal Code -> Postal Code in CAPITALS
✅ Company -> Company Name
     if empty put "Individual Sender"
✅ Email -> Email
Thanks Efua 🙏""",
    extended(
        SFL,
        sfl(
            Email="akua.frempong@gmail.com",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="se15 4ab",
            Company="",
        ),
        sfl(
            Email="kwame.nkansah@nkansahltd.co.uk",
            Country="United Kingdom",
            Phone="+44 161 496 0781",
            PostalCode="m1 2ab",
            Company="  ",
        ),
        sfl(
            Email="yaw.ofori@gmail.com",
            Country="Ghana",
            Phone="+233 24 555 0111",
            PostalCode="",
            Company="",
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
        "company": dflt(r["Company"], "Individual Sender"),
    }


@case(
    "h168-32-skip-lost-leads-title-company",
    L,
    H,
    """Efua, SF Leads -> HubSpot, but skip the ones with Lead Status "Closed - Not Converted", we've lost those ones already.
▫️ Job Title
   Title, then " - ", then Company (e.g. Finance Manager - Gold Coast Agro). If Title is empty, just the Company alone, without the dash. (Company is always filled on our leads)
▫️ City -> City, if empty put "Accra"
▫️ Email -> Email
Thanks Efua 🙏""",
    extended(
        SFL,
        sfl(
            Email="dela.kumordzi@goldcoastagro.com",
            Status="Working - Contacted",
            Title="Finance Manager",
            Company="Gold Coast Agro",
            City="",
        ),
        sfl(
            Email="owner@asantefoods.com.gh",
            Status="Open - Not Contacted",
            Title="  ",
            Company="Asante Foods",
            City="  ",
        ),
        sfl(
            Email="lost.lead@gmail.com",
            Status="Closed - Not Converted",
            Title="Buyer",
            Company="Lost Trading",
            City="Tema",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    job = r["Company"] if blank(r["Title"]) else f"{r['Title']} - {r['Company']}"
    return {"email": r["Email"], "jobtitle": job, "city": dflt(r["City"], "Accra")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h168-33-contact-status-us-tag",
    C,
    M,
    """Efua, SF Contacts -> Mailchimp
✅ Email -> Email Address, all small letters
✅ status -> Email Opt Out ticked = "unsubscribed", not ticked = "subscribed"
✅ tags
     everybody gets "Salesforce". If Mailing Country is "United States" add "US Corridor" after it
Thanks Efua 🙏""",
    extended(
        SFC,
        sfc(
            Email="Nana.Adjei@AdjeiTrading.com",
            MailingCountry="United States",
            HasOptedOutOfEmail=True,
        ),
        sfc(Email="ESI.MENSAH@GMAIL.COM", MailingCountry="Ghana", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["US Corridor"] if r["MailingCountry"] == "United States" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h168-34-sms-list-e164-language",
    C,
    M,
    """Efua, SMS list in Mailchimp from SF Contacts. If Business Phone is empty (or only spaces) skip that contact, I beg
✅ PHONE -> Business Phone in E.164 (+ and digits only; already has + then keep its code; no + means US, add +1; if 11 digits starting with 1 just add the +)
✅ language, from Mailing Country:
   ▫️ United States -> en
   ▫️ Ghana -> en
   ▫️ United Kingdom -> en
   ▫️ Germany -> de
   ▫️ Austria -> de
   ▫️ France -> fr
   (no other countries in SF at the moment)
✅ Email -> Email Address
Thanks Efua 🙏""",
    extended(
        SFC,
        sfc(Email="gameli.fiadzo@gmail.com", Phone="  ", MailingCountry="Ghana"),
        sfc(Email="korkor.lamptey@gmail.com", Phone="+233 30 255 0166", MailingCountry="Ghana"),
        sfc(
            Email="jojo.baidoo@baidoous.com",
            Phone="1 (202) 555-0111",
            MailingCountry="United States",
        ),
        sfc(Email="agnes.yeboah@yeboah.fr", Phone="+33 1 55 55 01 33", MailingCountry="France"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "United States": "en",
        "Ghana": "en",
        "United Kingdom": "en",
        "Germany": "de",
        "Austria": "de",
        "France": "fr",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h168-35-friend-default-partner-vip",
    C,
    M,
    """Efua, SF Contact -> Mailchimp
- FNAME -> First Name, if empty put "Friend"
- LNAME -> Last Name, copy (empty stays empty)
- VIP -> true only when Lead Source is "Partner Referral" (our agent partners). Any other source, or empty source, false
- language -> "en" for everyone
- Email -> Email Address
Thanks Efua 🙏""",
    extended(
        SFC,
        sfc(
            Email="yaa.tawiah@tawiahagency.com",
            FirstName="",
            LastName="Tawiah",
            LeadSource="Partner Referral",
        ),
        sfc(Email="unknown.sender@gmail.com", FirstName="  ", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
        "language": "en",
    }


@case(
    "h168-36-web-signups-clear-tags",
    C,
    M,
    """Efua, Mailchimp onboarding list: only SF Contacts with Lead Source "Web". Skip every other source, and the empty ones too.
✅ Email -> Email Address
✅ First Name -> FNAME
✅ Last Name -> LNAME
(just copy)
✅ status -> "pending"
✅ email type -> "html"
✅ tags -> empty list [], we want to wipe the old tags
Thanks Efua 🙏""",
    extended(
        SFC,
        sfc(Email="elikem.dogbe@gmail.com", FirstName="Elikem", LastName="", LeadSource="Web"),
        sfc(Email="web.lower@gmail.com", FirstName="Kweku", LastName="Arhin", LeadSource="web"),
        sfc(Email="no.source@gmail.com", FirstName="Afi", LastName="Doe", LeadSource=""),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "pending",
        "email_type": "html",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h168-37-contact-identify-phone-omit",
    C,
    S,
    """Efua, SF Contact -> Segment identify
▫️ userId -> Email in small letters
▫️ traits.firstName -> First Name
▫️ traits.lastName -> Last Name
▫️ traits.title -> Title
   (these three just copy, empty is fine)
▫️ traits.phone -> Business Phone copied as it is, but only when there's a number. Empty -> don't send traits.phone
Thanks Efua 🙏""",
    extended(
        SFC,
        sfc(
            Email="Kekeli.Amewu@Gmail.com",
            FirstName="Kekeli",
            LastName="Amewu",
            Title="",
            Phone="  ",
        ),
        sfc(
            Email="PAPA.ESSEL@ESSELGROUP.COM",
            FirstName="Papa",
            LastName="Essel",
            Title="Director",
            Phone="+233 30 255 0188",
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
    "h168-38-address-trim-default-country",
    C,
    S,
    """Efua, Segment from SF Contacts, address nested inside traits.address:
✅ traits.address.city -> Mailing City, trim the spaces before and after
✅ traits.address.country -> Mailing Country; if empty put "Ghana"
✅ userId -> Email as it is
Thanks Efua 🙏""",
    extended(
        SFC,
        sfc(Email="obed.larbi@gmail.com", MailingCity=" Accra ", MailingCountry=""),
        sfc(Email="adjoa.kwarteng@kwartengco.com", MailingCity="Kumasi", MailingCountry="  "),
        sfc(
            Email="kobina.eshun@eshun.co.uk",
            MailingCity="  London",
            MailingCountry="United Kingdom",
        ),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Ghana"),
            }
        },
    }


@case(
    "h168-39-phone-name-region",
    C,
    S,
    """Efua this is the last Segment one, so userId is the Email as it is, traits.phone is the Business Phone in E.164 which means + and digits only, keep the code if it already starts with +, otherwise it's US so +1 in front, and if it's 11 digits starting with 1 you only add the +, then traits.name should be Last Name, a comma, one space, then First Name, like "Boateng, Kwame", and traits.region comes from Mailing Country like this:
▫️ United States -> Americas
▫️ United Kingdom -> Europe
▫️ Germany -> Europe
▫️ Austria -> Europe
▫️ Ghana -> Home
▫️ anything else, or empty -> Rest of World
Thanks Efua 🙏""",
    extended(
        SFC,
        sfc(
            Email="kwame.boakye@gmail.com",
            FirstName="Kwame",
            LastName="Boakye",
            Phone="+233 24 555 0150",
            MailingCountry="Ghana",
        ),
        sfc(
            Email="chidi.okeke@okekeimports.ng",
            FirstName="Chidi",
            LastName="Okeke",
            Phone="+234 1 555 0101",
            MailingCountry="Nigeria",
        ),
        sfc(
            Email="mavis.ofosu@gmail.com",
            FirstName="Mavis",
            LastName="Ofosu",
            Phone="1 (404) 555-0190",
            MailingCountry="  ",
        ),
    ),
)
def o39(r: R) -> Out:
    region = {
        "United States": "Americas",
        "United Kingdom": "Europe",
        "Germany": "Europe",
        "Austria": "Europe",
        "Ghana": "Home",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['LastName']}, {r['FirstName']}",
            "region": region.get(r["MailingCountry"], "Rest of World"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h168-40-members-proper-case-optout",
    M,
    H,
    """Efua, Mailchimp members -> HubSpot contacts
✅ Email Address -> Email
✅ FNAME -> First Name, proper case
✅ LNAME -> Last Name, proper case (each word capital first letter, the rest small)
✅ PHONE -> Phone Number, copy. If PHONE is empty, don't send Phone Number
✅ language -> Preferred language; if empty put "en"
✅ Unsubscribed from all email
     as text: "true" if the Mailchimp status is unsubscribed, "false" for every other status
Thanks Efua 🙏""",
    extended(
        MC,
        mc(
            {"FNAME": "AKOSUA", "LNAME": "agyeman badu", "PHONE": "  "},
            email_address="akosua.ab@gmail.com",
            status="pending",
            language="",
        ),
        mc(
            {"FNAME": "kojo", "LNAME": "OWUSU", "PHONE": "+233 24 555 0123"},
            email_address="kojo.owusu@gmail.com",
            status="unsubscribed",
            language="  ",
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
            "hs_language": dflt(r["language"], "en"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h168-41-skip-cleaned-vip-customer",
    M,
    H,
    """Efua, Mailchimp -> HubSpot. Members with status "cleaned" (the bounced addresses), don't bring them at all.
✅ PHONE -> Phone Number in E.164 (+ and digits only; if it starts with + keep its own code; no + means US, so +1; 11 digits starting with 1, just add the +). If PHONE is empty, leave Phone Number out
✅ COMPANY -> Company Name, copy
✅ Lifecycle Stage -> VIP members = customer, non-VIP = subscriber
✅ Email Address -> Email
Thanks Efua 🙏""",
    extended(
        MC,
        mc(
            {"PHONE": "1 301 555 0147", "COMPANY": "Asempa Remit"},
            email_address="ops@asemparemit.com",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": ""},
            email_address="bounced.one@gmail.com",
            status="cleaned",
            vip=False,
        ),
        mc(
            {"PHONE": "+233 20 555 0172", "COMPANY": ""},
            email_address="efo.dzokoto@gmail.com",
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
            "lifecyclestage": "customer" if r["vip"] else "subscriber",
        }
    )


@case(
    "h168-42-first-word-domain-webinar",
    M,
    H,
    """Efua, last one for today 🙌🏾 Mailchimp -> HubSpot
▫️ FNAME -> First Name, only the first word (e.g. "Nana Ama" -> "Nana")
▫️ COMPANY -> Company Name; if empty use the email domain, meaning the part after the @
▫️ Lifecycle Stage -> "marketingqualifiedlead" if the member has the tag "Webinar", otherwise "subscriber". The tag must be exactly "Webinar", "webinar" with small w doesn't count
▫️ Email Address -> Email
Thanks Efua 🙏 enjoy your evening""",
    extended(
        MC,
        mc(
            {"FNAME": "Nana Ama", "COMPANY": "  "},
            email_address="nana.ama@amafabrics.com.gh",
            tags=["Webinar", "Agent"],
        ),
        mc({"FNAME": "Edem", "COMPANY": ""}, email_address="edem@edemtech.com", tags=["webinar"]),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set168")
