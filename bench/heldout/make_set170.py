"""Held-out set 170 for the offline mapping drafter.

Persona: Hemi Walker, product manager at an outdoor-gear retailer in Auckland, New Zealand, who
writes every mapping for the developer as an agile user story card: a title line with the story
points in square brackets, then 'As a <role> I want ... so that ...', then 'Done when:' or
'Notes:' bullets, now and then an 'Out of scope:' line saying what must not be sent. Kiwi English
('heaps', 'sweet as', 'keen', 'reckon', 'chur', 'kia ora'), short and friendly, but exact about
literal values and about what blanks do.

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
    "h170-01-expo-signups-to-leads",
    H,
    L,
    """[2 pts] Auckland Outdoor Expo sign-ups -> Salesforce Leads

As a wholesale sales rep I want the expo sign-ups from HubSpot to land in Salesforce as Leads so that I can work through them from one list instead of two.

Done when:
- Email -> Email
- First Name -> First Name
- Last Name -> Last Name
- Company Name -> Company
- Job Title -> Title
- City -> City
- all of those are straight copies, exactly as HubSpot has them (no trimming, no fixing capitals). If the HubSpot field is blank, the Lead field goes across blank too - no placeholder text
- Lead Status = "Open - Not Contacted" on every single lead

Out of scope: phone numbers and the rest of the address, leave them off for now. Chur!""",
    extended(
        HS,
        hs(
            email="aroha.ngata@gmail.com",
            firstname="Aroha",
            lastname="Ngata",
            company="",
            jobtitle="  ",
            city="Rotorua",
        ),
        hs(
            email="tom.baxter@peakpacks.co.nz",
            firstname="Tom ",
            lastname="Baxter",
            company="Peak Packs Ltd",
            jobtitle="Buyer",
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
        "Status": "Open - Not Contacted",
    }


@case(
    "h170-02-click-collect-defaults",
    H,
    L,
    """Click & collect shoppers into SF Leads [3]

As the store manager at our Newmarket shop I want click & collect shoppers from HubSpot to come through as Salesforce Leads so that the team can follow up on the bigger orders.

Notes:
- Email -> Email, copied as is
- First Name -> First Name, trimmed (chop the spaces off the front and the back)
- Last Name -> Last Name, trimmed the same way
- Company Name -> Company. Heaps of these folks are buying for themselves, so when Company Name is blank (empty or just spaces) put "Not Provided". If there is a company, copy it as is - don't trim that one
- City -> City. Blank city -> "Auckland" (that's where they collect from). Otherwise copy as is

Sweet as, shout if anything's unclear.""",
    extended(
        HS,
        hs(
            email="mere.tipene@xtra.co.nz",
            firstname="  Mere",
            lastname="Tipene ",
            company="   ",
            city="",
        ),
        hs(
            email="liam.fraser@trampco.nz",
            firstname="Liam ",
            lastname=" Fraser",
            company=" Tramp Co ",
            city="  ",
        ),
        hs(
            email="ana.silva@gmail.com",
            firstname="Ana",
            lastname="Silva",
            company="",
            city="Hamilton",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Not Provided"),
        "City": dflt(r["city"], "Auckland"),
    }


@case(
    "h170-03-callable-mobile-tidy-names",
    H,
    L,
    """[3] SF Leads: a number I can ring + tidy names

As a phone sales rep I want a number on each Lead that I can actually call, and names that don't look like they were typed in a hurry, so that my calls start off on the right foot.

Done when:
- Mobile Phone (on the Lead) gets the HubSpot Mobile Phone Number. If that's blank, use Phone Number instead. If both are blank, don't send Mobile Phone at all - not even an empty one, just leave it off
- the number is copied as it is, no reformatting
- First Name -> First Name and Last Name -> Last Name, both in title case: first letter of every word upper case, the rest lower case ("mary JANE" -> "Mary Jane")
- Email -> Email (straight copy)

Reckon this is a quick one.""",
    extended(
        HS,
        hs(
            email="ruby.henare@gmail.com",
            firstname="RUBY",
            lastname="henare",
            mobilephone="  ",
            phone="09 555 0123",
        ),
        hs(
            email="george.wu@outlook.co.nz",
            firstname="george",
            lastname="WU",
            mobilephone="",
            phone="  ",
        ),
        hs(
            email="mary.smith@gmail.com",
            firstname="mary JANE",
            lastname="SMITH",
            mobilephone="021 555 0456",
            phone="09 555 0199",
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
    "h170-04-rating-from-stage",
    H,
    L,
    """Lead Rating from the HubSpot stage [2 pts]

As the sales team lead I want each Lead's Rating set from where the contact sits in HubSpot so that the hot ones float to the top of my list view.

Done when:
- Rating comes from HubSpot Lifecycle Stage:
    opportunity -> "Hot"
    salesqualifiedlead -> "Hot"
    marketingqualifiedlead -> "Warm"
    lead -> "Warm"
    any other stage, or no stage at all (blank) -> "Cold"
- Email -> Email, all lower case (the SF duplicate rules trip over capitals)
- Last Name -> Last Name, copied as is""",
    extended(
        HS,
        hs(email="Nikau.Parata@KiwiTrek.NZ", lastname="Parata", lifecyclestage="opportunity"),
        hs(email="HANA.LEE@GMAIL.COM", lastname="Lee", lifecyclestage="  "),
        hs(email="Ben.Smith@Outlook.com", lastname="Smith", lifecyclestage="evangelist"),
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
    "h170-05-no-unsubs-no-aussies",
    H,
    L,
    """[3] Leads sync - keep the unsubscribers and the Aussies out

As a marketing coordinator I want HubSpot contacts flowing into Salesforce Leads, minus two groups, so that we don't upset anyone or tread on the Sydney team's toes.

Out of scope (these contacts must NOT be sent):
- anyone whose "Unsubscribed from all email" is "true"
- anyone whose Country/Region is "Australia" (the Sydney team run their own CRM)
Everyone else goes, including contacts where the unsubscribe field or the country is blank.

Done when:
- Email, First Name, Last Name, Company Name and Country/Region are copied as is into Email, First Name, Last Name, Company and Country (blank stays blank)
- Lead Source = "Web" on every lead""",
    extended(
        HS,
        hs(
            email="jack.taylor@bushwalk.com.au",
            firstname="Jack",
            lastname="Taylor",
            company="Bushwalk Co",
            country="Australia",
            hs_email_optout="false",
        ),
        hs(
            email="sione.fifita@gmail.com",
            firstname="Sione",
            lastname="Fifita",
            company="",
            country="New Zealand",
            hs_email_optout="  ",
        ),
        hs(
            email="kate.moore@gmail.com",
            firstname="Kate",
            lastname="Moore",
            company="",
            country="",
            hs_email_optout="true",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["country"] == "Australia":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Country": r["country"],
        "LeadSource": "Web",
    }


@case(
    "h170-06-rating-by-revenue",
    H,
    L,
    """Rating by revenue + headcount on Leads [3]

As the wholesale manager I want Lead Rating worked out from the company's Annual Revenue so that the reps chase the big retailers first.

Notes:
- Annual Revenue more than 5,000,000 -> Rating "Hot"
- Annual Revenue less than 1,000,000 -> Rating "Cold"
- anything in between -> "Warm"
- no Annual Revenue (blank) -> "Cold" as well, reckon they're tiny
- Number of Employees -> Employees, as a whole number. If Number of Employees is blank, leave Employees off the lead completely
- Email -> Email""",
    extended(
        HS,
        hs(email="orders@alpinegear.co.nz", annualrevenue="7500000", numemployees="60"),
        hs(email="hello@tinyhuts.nz", annualrevenue="  ", numemployees="3"),
        hs(email="shop@wanakapaddle.nz", annualrevenue="999999", numemployees="  "),
        hs(email="buy@coastkayak.nz", annualrevenue="1000001", numemployees="8"),
    ),
)
def o06(r: R) -> Out:
    v = r["annualrevenue"]
    if blank(v):
        rating = "Cold"
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
    "h170-07-us-distributor-phones",
    H,
    L,
    """[2] US distributor leads - phones in E.164

As a wholesale rep ringing our US distributors I want their numbers in E.164 so that the dialler just works.

Done when:
- Phone = HubSpot Phone Number in E.164: a "+" then digits only, nothing else
    - already starts with "+" -> keep its own country code, just lose the spaces/brackets/dashes
    - no "+" -> treat it as a US number and put +1 in front (if it's already 11 digits starting with 1, only add the "+")
    - Phone Number blank -> don't send Phone at all
- City -> City in title case (each word gets a capital first letter, rest lower: "SALT LAKE CITY" -> "Salt Lake City")
- Email -> Email (copy)

Keen to ship this before the distributor call on Thursday.""",
    extended(
        HS,
        hs(email="dana.ross@trailhead-supply.com", phone="1 (801) 555-0177", city="SALT LAKE CITY"),
        hs(email="mo.khan@gmail.com", phone="  ", city="denver"),
        hs(email="eli.park@seoulcamp.kr", phone="+82 2 555 0144", city="seoul"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])}
    )


@case(
    "h170-08-nz-only-source-note",
    H,
    L,
    """NZ-only leads with a source note [3 pts]

As a sales rep I want only our New Zealand contacts pushed into Salesforce Leads (for now) so that I'm not wading through overseas enquiries.

Done when:
- only contacts whose Country/Region is exactly "New Zealand" get sent. Any other country, or a blank one, stays in HubSpot
- Email -> Email
- Last Name -> Last Name
- City -> City, in capitals (e.g. "Christchurch" -> "CHRISTCHURCH")
- Description = Original Source, then " since ", then the Create Date as YYYY-MM-DD, e.g. "PAID_SOCIAL since 2024-08-19"

Keen to get this one in before the winter sale.""",
    extended(
        HS,
        hs(
            email="tama.walker@gmail.com",
            lastname="Walker",
            country="New Zealand",
            city="Christchurch",
            hs_analytics_source="PAID_SOCIAL",
            createdate="2024-08-19T12:00:00.000Z",
        ),
        hs(
            email="lucy.chen@alpinetrails.co.nz",
            lastname="Chen",
            country="New Zealand",
            city="queenstown",
            hs_analytics_source="ORGANIC_SEARCH",
            createdate="2024-05-03T11:20:00.000Z",
        ),
        hs(
            email="mick.obrien@gmail.com",
            lastname="Obrien",
            country="Australia",
            city="Perth",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2024-06-01T12:00:00.000Z",
        ),
        hs(
            email="wai.hohaia@gmail.com",
            lastname="Hohaia",
            country="new zealand",
            city="Napier",
            hs_analytics_source="OFFLINE",
            createdate="2024-07-07T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "New Zealand":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "City": r["city"].upper(),
        "Description": f"{r['hs_analytics_source']} since {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h170-09-contact-postal-address",
    H,
    C,
    """[2] HubSpot contacts -> SF Contacts: postal address

As a fulfilment coordinator I want the postal address on each Salesforce Contact to match HubSpot so that the catalogue mail-out ends up in the right letterbox.

Done when:
- Street Address -> Mailing Street
- City -> Mailing City
- State/Region -> Mailing State/Province
- Postal Code -> Mailing Zip/Postal Code
- Country/Region -> Mailing Country
- Email, First Name, Last Name -> Email, First Name, Last Name
- every one of these is a plain copy - no trimming, no tidying. Blank in HubSpot = blank in SF

Out of scope: the "Other" address fields on the Contact - don't touch them.""",
    extended(
        HS,
        hs(
            email="wiremu.tane@gmail.com",
            firstname="Wiremu",
            lastname="Tane",
            address="14 Ponsonby Rd",
            city="Auckland",
            state="Auckland",
            zip="1011",
            country="New Zealand",
        ),
        hs(
            email="sarah.king@kingcamping.nz",
            firstname="Sarah",
            lastname="King",
            address="  ",
            city="Nelson ",
            state="",
            zip="",
            country="New Zealand",
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
    "h170-10-optout-and-no-mobile",
    H,
    C,
    """Opt-out + do-not-call ticks on SF Contacts [2]

As our privacy champ I want the Salesforce Contact checkboxes to respect what people told us in HubSpot so that nobody gets an email or a call they said no to.

Done when:
- Email Opt Out = true when HubSpot "Unsubscribed from all email" is "true". When it's "false" or blank, Email Opt Out = false
- Do Not Call = true when the HubSpot Mobile Phone Number is blank (empty or just spaces) - we only ever ring mobiles for click & collect. Got a mobile number -> Do Not Call = false. Phone Number doesn't come into it
- Email -> Email, Last Name -> Last Name (copies)""",
    extended(
        HS,
        hs(
            email="anna.rua@gmail.com",
            lastname="Rua",
            hs_email_optout="  ",
            mobilephone="  ",
            phone="09 555 0111",
        ),
        hs(
            email="pete.moana@xtra.co.nz",
            lastname="Moana",
            hs_email_optout="true",
            mobilephone="022 555 0190",
            phone="",
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
    "h170-11-last-name-never-empty",
    H,
    C,
    """[2] SF Contact Last Name can't be empty

As the CX lead I want every Salesforce Contact to have something in Last Name so that the sync stops bouncing records (SF won't take a Contact without one).

Notes:
- Last Name = HubSpot Last Name. If that's blank, use Company Name. If that's blank as well, use the bit of the email before the @ (e.g. "bushwalker99@gmail.com" -> "bushwalker99")
- First Name -> First Name, straight copy (blank is fine here)
- Email -> Email, straight copy

Chur for sorting this, it's been doing my head in.""",
    extended(
        lower_emails(HS),
        hs(email="bushwalker99@gmail.com", firstname="", lastname="", company=""),
        hs(email="kayak.kate@gmail.com", firstname="Kate", lastname="  ", company="Kate's Kayaks"),
        hs(email="trail.runner@hotmail.com", firstname="Jo", lastname="", company="   "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h170-12-stage-label-city-caps",
    H,
    C,
    """HubSpot stage label + city on SF Contacts [3 pts]

As a store manager I want to see a contact's HubSpot stage in plain words on the Salesforce Contact so that my team know who's who without logging into HubSpot.

Done when:
- Contact Description gets the Lifecycle Stage as a label:
    subscriber -> "Newsletter subscriber"
    lead -> "Lead"
    marketingqualifiedlead -> "Marketing qualified"
    salesqualifiedlead -> "Sales qualified"
    opportunity -> "Opportunity"
    customer -> "Customer"
    evangelist -> "Brand ambassador"
  (every contact has one of these, I checked)
- City -> Mailing City in CAPITALS. If City is blank, leave Mailing City off (don't send it)
- Email -> Email""",
    extended(
        HS,
        hs(email="rawiri.p@gmail.com", lifecyclestage="evangelist", city="  "),
        hs(email="fiona.grant@huttvalley.nz", lifecyclestage="opportunity", city="lower hutt"),
        hs(email="no.city@gmail.com", lifecyclestage="lead", city=""),
    ),
)
def o12(r: R) -> Out:
    labels = {
        "subscriber": "Newsletter subscriber",
        "lead": "Lead",
        "marketingqualifiedlead": "Marketing qualified",
        "salesqualifiedlead": "Sales qualified",
        "opportunity": "Opportunity",
        "customer": "Customer",
        "evangelist": "Brand ambassador",
    }
    return keep(
        {
            "Email": r["email"],
            "Description": labels[r["lifecyclestage"]],
            "MailingCity": omit_if_blank(r["city"], str.upper),
        }
    )


@case(
    "h170-13-customers-only-warranty",
    H,
    C,
    """[3] Customers only -> SF Contacts

As the after-sales coordinator I want only our actual customers from HubSpot in Salesforce Contacts so that warranty claims line up with people who really bought from us.

Done when:
- only contacts with Lifecycle Stage = "customer" are sent; every other stage (and a blank one) is skipped
- Email -> Email, in lower case
- Phone -> HubSpot Phone Number; if that's blank, the Mobile Phone Number instead (copied as is either way)
- Lead Source = "Web" for all of them
Out of scope: names - the warranty form fills those in on the SF side.""",
    extended(
        HS,
        hs(
            email="Hemi.Ropata@Gmail.com",
            lifecyclestage="customer",
            phone="  ",
            mobilephone="027 555 0142",
        ),
        hs(
            email="Claire.Dunn@Outlook.co.nz",
            lifecyclestage="customer",
            phone="09 555 0177",
            mobilephone="021 555 0133",
        ),
        hs(email="Not.Yet@Gmail.com", lifecyclestage="", phone="09 555 0100"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "LeadSource": "Web",
    }


@case(
    "h170-14-tidy-names-country-codes",
    H,
    C,
    """SF Contacts - tidy names + country codes [3]

As the data analyst I want names and countries on Salesforce Contacts to be consistent so that my regional reports stop splitting New Zealand three different ways.

Notes:
- First Name and Last Name -> First Name and Last Name in title case (capital first letter on each word, the rest lower)
- Job Title -> Title, trimmed (spaces off the front and back, nothing else changed)
- Country/Region -> Mailing Country:
    New Zealand -> "NZ"
    Australia -> "AU"
    United States -> "US"
    United Kingdom -> "UK"
    anything else, including a blank country -> "Rest of World"
- Email -> Email""",
    extended(
        HS,
        hs(
            email="hine.walker@gmail.com",
            firstname="HINE",
            lastname="walker",
            jobtitle="  Guide ",
            country="New Zealand",
        ),
        hs(
            email="oli.green@trekaus.com.au",
            firstname="oli",
            lastname="GREEN",
            jobtitle="   ",
            country="Australia",
        ),
        hs(
            email="sam.blank@gmail.com",
            firstname="Sam",
            lastname="Blank",
            jobtitle="Ranger",
            country="  ",
        ),
    ),
)
def o14(r: R) -> Out:
    codes = {"New Zealand": "NZ", "Australia": "AU", "United States": "US", "United Kingdom": "UK"}
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "MailingCountry": codes.get(r["country"], "Rest of World"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h170-15-winter-catalogue-audience",
    H,
    M,
    """[2] HubSpot -> Mailchimp: winter catalogue audience

As the email marketer I want HubSpot contacts in the winter catalogue audience so that they get the new-season gear drop.

Done when:
- Email -> Email Address
- First Name -> FNAME, Last Name -> LNAME (straight copies; a blank one goes across blank)
- status = "subscribed" for everyone
- language = HubSpot Preferred language. Most of our contacts don't even have that property (or it's empty) - then it's "en"

Chur""",
    extended(
        HS,
        hs(email="kiri.hohepa@gmail.com", firstname="Kiri", lastname="Hohepa", hs_language="mi"),
        hs(email="ella.brown@gmail.com", firstname="Ella", lastname="", hs_language="   "),
        hs(email="yan.li@outlook.com", firstname="", lastname="Li", hs_language="zh"),
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
    "h170-16-status-from-optout",
    H,
    M,
    """Mailchimp status from the HubSpot opt-out [2 pts]

As the email marketer I want each member's Mailchimp status to follow HubSpot's unsubscribe flag so that we stay on the right side of the Unsolicited Electronic Messages Act.

Done when:
- status comes from "Unsubscribed from all email":
    "true" -> "unsubscribed"
    "false" -> "subscribed"
    blank -> "pending" (they'll get the double opt-in email, sweet as)
- tags = one tag, "HubSpot Import", on every member
- Email -> Email Address""",
    extended(
        HS,
        hs(email="matiu.k@gmail.com", hs_email_optout="   "),
        hs(email="gina.f@xtra.co.nz", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case(
    "h170-17-club-and-customer-tags",
    H,
    M,
    """[3] Club + past-customer tags in Mailchimp

As the partnerships lead I want tramping clubs and past customers tagged in Mailchimp so that each lot gets the right offers.

Done when:
- tag "Club" when Number of Employees is more than 20 (the clubs put their member count in there, don't ask)
- tag "Past Customer" when Lifecycle Stage is "customer"
- both -> tags "Club", "Past Customer" in that order; neither -> tags is an empty list []
- Number of Employees blank = no "Club" tag
- Email -> Email Address""",
    extended(
        HS,
        hs(email="tararua.trampers@gmail.com", numemployees="85", lifecyclestage="customer"),
        hs(email="solo.hiker@gmail.com", numemployees="19", lifecyclestage="customer"),
        hs(email="big.blank@gmail.com", numemployees="  ", lifecyclestage="lead"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 20):
        tags.append("Club")
    if r["lifecyclestage"] == "customer":
        tags.append("Past Customer")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h170-18-sms-ready-merge-fields",
    H,
    M,
    """Friendly names + dialable numbers in Mailchimp [2]

As the email marketer I want short first names and proper phone numbers on our US web-store members so that the "Hi Anna" texts read right and actually send.

Notes:
- FNAME = only the first word of HubSpot First Name ("Anna Grace" -> "Anna")
- PHONE = Mobile Phone Number; if that's blank, use Phone Number. Either way in E.164: "+" and digits only. Already starts with "+" -> keep that country code. No "+" -> it's a US number, put +1 on the front (11 digits starting with 1 -> just add the "+")
- Email -> Email Address""",
    extended(
        HS,
        hs(
            email="anna.grace@gmail.com",
            firstname="Anna Grace",
            mobilephone="  ",
            phone="1 503 555 0102",
        ),
        hs(
            email="te.ariki@gmail.com",
            firstname="Te Ariki",
            mobilephone="+64 21 555 0187",
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
    "h170-19-store-events-vip",
    H,
    M,
    """[2] Store events audience in Mailchimp

As the events coordinator I want HubSpot contacts in the store events audience, flagged VIP if they're customers, so that the customer-night invites go to the right people.

Notes:
- skip anyone whose City is blank (empty or only spaces) - can't invite them to a store if we don't know where they live
- Email -> Email Address
- status = "subscribed" for everyone we do send
- VIP = true when Lifecycle Stage is "customer"; any other stage, or a blank stage -> false""",
    extended(
        HS,
        hs(email="no.town@gmail.com", city="  ", lifecyclestage="customer"),
        hs(email="ana.t@gmail.com", city="Hamilton", lifecyclestage=""),
        hs(email="rob.k@gmail.com", city="", lifecyclestage="lead"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["city"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "customer",
    }


@case(
    "h170-20-trade-accounts-audience",
    H,
    M,
    """Trade accounts audience [3 pts]

As the wholesale manager I want our trade contacts in Mailchimp with a name and an org on every record so that the trade newsletter greeting is never empty.

Done when:
- FNAME = First Name in title case (capital first letter on each word, the rest lower)
- LNAME = Last Name as is; if Last Name is blank use the email's domain instead, i.e. everything after the @ ("orders@alpineco.nz" -> "alpineco.nz")
- VIP = true when Annual Revenue is more than 2,000,000, otherwise false (blank revenue -> false)
- Email -> Email Address""",
    extended(
        lower_emails(HS),
        hs(email="orders@alpineco.nz", firstname="RANGI", lastname="", annualrevenue="3200000"),
        hs(
            email="gear@southernhuts.co.nz",
            firstname="mia rose",
            lastname="  ",
            annualrevenue="1999999.99",
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
        "vip": gt(r["annualrevenue"], 2_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h170-21-identify-full-name",
    H,
    S,
    """[2] Segment identify for HubSpot contacts

As the data analyst I want an identify call for every HubSpot contact so that web sessions tie back to real people.

Done when:
- userId = Email in lower case
- traits.firstName = First Name, traits.lastName = Last Name, traits.company = Company Name (straight copies; a blank company goes as blank)
- traits.name = First Name + one space + Last Name (e.g. "Aroha Ngata")

Heaps easier than the last one, I reckon.""",
    extended(
        HS,
        hs(email="Aroha.Ngata@Gmail.com", firstname="Aroha", lastname="Ngata", company=""),
        hs(
            email="JAMES.HILL@TRAILFIT.CO.NZ",
            firstname="James",
            lastname="Hill",
            company="TrailFit",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "firstName": r["firstname"],
            "lastName": r["lastname"],
            "company": r["company"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h170-22-company-traits-nested",
    H,
    S,
    """Segment company traits [3]

As the data analyst I want company details on each identify, nested under traits.company, so that the B2B reports in Segment pick them up.

Notes:
- traits.company.name = Company Name; blank -> leave name out
- traits.company.industry = Industry; blank -> "Outdoor Recreation"
- traits.company.employee_count = Number of Employees as a whole number (integer); blank -> leave it out
- these have to be a nested object under traits.company, not flat keys
- userId = Email (as is)""",
    extended(
        HS,
        hs(email="jo@bivvybags.nz", company="  ", industry="", numemployees="  "),
        hs(
            email="ops@summitsupply.co.nz",
            company="Summit Supply",
            industry="Retail",
            numemployees="120",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": omit_if_blank(r["company"]),
                    "industry": dflt(r["industry"], "Outdoor Recreation"),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h170-23-address-and-phone-traits",
    H,
    S,
    """[3] Segment address + phone traits

As the CX lead I want the address and a phone number on each Segment profile so that support sees it all in one spot.

Done when:
- traits.address.city = City, traits.address.postalCode = Postal Code, traits.address.country = Country/Region (copies, nested under traits.address)
- traits.address.state = State/Region; blank -> leave state out
- traits.phone = Phone Number, or the Mobile Phone Number if Phone Number is blank, in E.164: "+" then digits only; a number already starting with "+" keeps its country code; otherwise it's a US number and gets +1 (unless it's 11 digits starting with 1 - then just the "+"). Both blank -> no phone trait at all
- userId = Email
Out of scope: street address - don't send it.""",
    extended(
        HS,
        hs(
            email="ngaio.w@gmail.com",
            city="Dunedin",
            zip="9016",
            country="New Zealand",
            state="  ",
            phone="",
            mobilephone="",
        ),
        hs(
            email="kyle.b@seattlegear.com",
            city="Seattle",
            zip="98101",
            country="United States",
            state="WA",
            phone="  ",
            mobilephone="1-206-555-0188",
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
                    "postalCode": r["zip"],
                    "country": r["country"],
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h170-24-clean-userid-subscribed",
    H,
    S,
    """Segment: clean userId, revenue, subscribed flag [2 pts]

As the data analyst I want tidy identify calls so that Segment stops making double-ups of the same person.

Done when:
- userId = Email with the spaces trimmed off both ends, then all lower case
- traits.industry = Industry (copy; blank goes as blank)
- traits.subscribed = true when "Unsubscribed from all email" is "false", false when it's "true". A blank one counts as subscribed -> true
- traits.annual_revenue = Annual Revenue as a number (not text); blank -> leave it out""",
    extended(
        HS,
        hs(email="  Mere.Tawhai@Gmail.com ", industry="  ", hs_email_optout="  ", annualrevenue=""),
        hs(
            email="Shop@RiverRafts.NZ  ",
            industry="Tourism",
            hs_email_optout="true",
            annualrevenue="640000.5",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "industry": r["industry"],
                "subscribed": r["hs_email_optout"] != "true",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h170-25-ga4-contact-synced",
    H,
    G,
    """[2] GA4 event for every HubSpot contact

As the digital marketer I want one GA4 Measurement Protocol event per HubSpot contact so that I can line up CRM sign-ups against site traffic.

Done when:
- client_id = Email (copy)
- event name is always "crm_contact_synced"
- params.source_system = "hubspot" (fixed)
- params.industry = Industry in lower case ("Software" -> "software"); blank -> "unknown"
- params.signup_date = Create Date as YYYY-MM-DD""",
    extended(
        HS,
        hs(email="tui.m@gmail.com", industry="  ", createdate="2024-10-01T12:30:00.000Z"),
        hs(
            email="max.f@campsite.nz",
            industry="Outdoor Retail",
            createdate="2025-01-15T13:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_contact_synced",
                "params": {
                    "source_system": "hubspot",
                    "industry": "unknown" if blank(ind) else ind.lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h170-26-ga4-group-accounts",
    H,
    G,
    """GA4 'group account' event [3]

As the partnerships lead I want a GA4 event for the bigger groups only so that I can see how many clubs and schools we're actually talking to.

Notes:
- only contacts with Number of Employees more than 15. Blank -> not sent
- client_id = the part of the email before the @ ("outdoored@school.nz" -> "outdoored")
- event name = "group_account" for all of them
- params.member_count = Number of Employees as a number

Sweet as, thanks!""",
    extended(
        lower_emails(HS),
        hs(email="outdoored@school.nz", numemployees="300"),
        hs(email="smallcrew@gmail.com", numemployees="14"),
        hs(email="nocount@gmail.com", numemployees="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 15):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "group_account", "params": {"member_count": num(r["numemployees"])}}],
    }


@case(
    "h170-27-ga4-customer-or-prospect",
    H,
    G,
    """[2] GA4 event name - customer or prospect

As the digital marketer I want the GA4 event to say whether the person's a customer so that the funnel reports split cleanly.

Done when:
- event name = "customer_synced" when Lifecycle Stage is "customer"; any other stage, or blank -> "prospect_synced"
- client_id = Email
- params.city = City; blank -> "Auckland"
- params.company = Company Name (copy; blank stays blank)""",
    extended(
        HS,
        hs(email="kahu.r@gmail.com", lifecyclestage="customer", city="  ", company=""),
        hs(email="zoe.t@gmail.com", lifecyclestage="", city="Taupo", company="Lake Tours"),
    ),
)
def o27(r: R) -> Out:
    name = "customer_synced" if r["lifecyclestage"] == "customer" else "prospect_synced"
    return {
        "client_id": r["email"],
        "events": [
            {"name": name, "params": {"city": dflt(r["city"], "Auckland"), "company": r["company"]}}
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h170-28-leads-back-to-hubspot",
    L,
    H,
    """[1] SF Leads back into HubSpot

As a marketing coordinator I want Salesforce Leads copied into HubSpot contacts so that the nurture emails know about them.

Done when:
- Email -> Email
- First Name -> First Name
- Last Name -> Last Name
- Company -> Company Name
- Title -> Job Title
- Phone -> Phone Number
- City -> City
- Postal Code -> Postal Code
- Country -> Country/Region
- all straight copies; empty in SF stays empty in HubSpot (send the empty value, no filler)""",
    extended(
        SFL,
        sfl(
            Email="paora.hema@gmail.com",
            FirstName="Paora",
            LastName="Hema",
            Company="",
            Title="  ",
            Phone="",
            City="Whangarei",
            PostalCode="0110",
            Country="New Zealand",
        ),
        sfl(
            Email="Jess.Collins@Kaikoura-Kayaks.nz",
            FirstName="Jess ",
            LastName="Collins",
            Company="Kaikoura Kayaks",
            Title="Owner",
            Phone="03 555 0148",
            City="  ",
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
        "city": r["City"],
        "zip": r["PostalCode"],
        "country": r["Country"],
    }


@case(
    "h170-29-rating-to-stage-optout-text",
    L,
    H,
    """SF Lead Rating -> HubSpot stage [2 pts]

As the marketing coordinator I want the Salesforce Rating to set the HubSpot Lifecycle Stage so that the nurture flows pick the right track.

Done when:
- Rating -> Lifecycle Stage:
    "Hot" -> salesqualifiedlead
    "Warm" -> marketingqualifiedlead
    "Cold" -> lead
  (every SF lead has a rating, no blanks)
- Email Opt Out -> Unsubscribed from all email, written as the text "true" when ticked and "false" when not ticked
- Email -> Email""",
    extended(
        SFL,
        sfl(Email="ruia.p@gmail.com", Rating="Cold", HasOptedOutOfEmail=True),
        sfl(Email="dave.w@kiwikayak.nz", Rating="Warm", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {
        "email": r["Email"],
        "lifecyclestage": table[r["Rating"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h170-30-lead-status-revenue",
    L,
    H,
    """[3] SF Lead Status -> HubSpot Lead Status

As a sales rep I want HubSpot to show where each lead is at in Salesforce so that marketing doesn't email someone I'm halfway through a conversation with.

Notes:
- Lead Status -> Lead Status:
    "Open - Not Contacted" -> NEW
    "Working - Contacted" -> ATTEMPTED_TO_CONTACT
    "Closed - Converted" -> CONNECTED
    "Closed - Not Converted" -> UNQUALIFIED
  (those four are all we use)
- Annual Revenue -> Annual Revenue as a number; blank -> don't send it
- Email -> Email in lower case""",
    extended(
        SFL,
        sfl(Email="Nina.Roberts@TrekNZ.co.nz", Status="Working - Contacted", AnnualRevenue="  "),
        sfl(Email="ARI.PENE@GMAIL.COM", Status="Closed - Converted", AnnualRevenue="2750000.5"),
    ),
)
def o30(r: R) -> Out:
    table = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "ATTEMPTED_TO_CONTACT",
        "Closed - Converted": "CONNECTED",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": table[r["Status"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h170-31-uk-popup-leads",
    L,
    H,
    """UK leads -> HubSpot for the London pop-up [3]

As the events coordinator I want only UK leads in HubSpot so that the London pop-up invites don't go out to the whole world.

Done when:
- only leads with Country = "United Kingdom"; anything else (blank too) isn't sent
- Phone -> Phone Number in E.164 for the UK: digits only, drop the leading 0, put +44 on the front ("020 7946 0321" -> "+442079460321"). If it already starts with "+", keep its country code and just keep the digits
- City -> City in capitals
- Title -> Job Title; blank -> "Not Given"
- Email -> Email""",
    extended(
        SFL,
        sfl(
            Email="holly.ford@peakdistrict.co.uk",
            Country="United Kingdom",
            Phone="0114 496 0555",
            City="sheffield",
            Title="  ",
        ),
        sfl(
            Email="callum.r@highland.co.uk",
            Country="United Kingdom",
            Phone="+44 1463 555 010",
            City="Inverness",
            Title="",
        ),
        sfl(
            Email="amy.nz@gmail.com",
            Country="New Zealand",
            Phone="+64 9 555 0100",
            City="Auckland",
            Title="Buyer",
        ),
    ),
)
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {
        "email": r["Email"],
        "phone": e164(r["Phone"], "44"),
        "city": r["City"].upper(),
        "jobtitle": dflt(r["Title"], "Not Given"),
    }


@case(
    "h170-32-live-leads-one-line-address",
    L,
    H,
    """[3] SF Leads -> HubSpot, minus the dead ones

As a marketing coordinator I want the live Salesforce Leads in HubSpot with a one-line address so that the courier labels print properly.

Done when:
- leads with Lead Status "Closed - Not Converted" are not sent
- Street Address = Street + ", " + City (e.g. "14 Ponsonby Rd, Auckland"). If Street is blank, Street Address is just the City, no comma
- Company Name = Company; blank -> "Sole Trader"
- Email -> Email
Out of scope: phone numbers on this one.""",
    extended(
        SFL,
        sfl(
            Email="hugh.m@gmail.com",
            Status="Open - Not Contacted",
            Street="  ",
            City="Wanaka",
            Company="",
        ),
        sfl(
            Email="kelly.p@rivergear.nz",
            Status="Working - Contacted",
            Street="14 Ponsonby Rd",
            City="Auckland",
            Company="  ",
        ),
        sfl(
            Email="gone@nowhere.nz",
            Status="Closed - Not Converted",
            Street="1 Queen St",
            City="Auckland",
            Company="Gone Ltd",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "company": dflt(r["Company"], "Sole Trader")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h170-33-contacts-status-online-tag",
    C,
    M,
    """SF Contacts -> Mailchimp [2 pts]

As the email marketer I want Salesforce Contacts in our main Mailchimp audience so that customers who came in through sales still get the newsletter.

Done when:
- Email -> Email Address in lower case
- status: Email Opt Out ticked -> "unsubscribed", not ticked -> "subscribed"
- tags: everyone gets "Salesforce"; if Lead Source is "Web" they also get "Online", after "Salesforce\"""",
    extended(
        SFC,
        sfc(Email="Mia.Tuhoe@Gmail.com", LeadSource="Web", HasOptedOutOfEmail=True),
        sfc(Email="BEN.HALL@ALPINECLUB.NZ", LeadSource="", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Online"] if r["LeadSource"] == "Web" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h170-34-sms-audience-from-contacts",
    C,
    M,
    """[3] SMS audience from SF Contacts

As the email marketer I want a Mailchimp SMS audience fed from Salesforce Contacts so that we can text out the flash-sale alerts.

Done when:
- Contacts with a blank Business Phone (empty or just spaces) are skipped
- PHONE = Business Phone in E.164: "+" and digits only. Starts with "+" -> keep its own country code. Otherwise it's a US number: +1 on the front (11 digits already starting with 1 -> just the "+")
- language from Mailing Country:
    New Zealand -> "en"
    Australia -> "en"
    United States -> "en"
    Germany -> "de"
    Austria -> "de"
  (no other countries in SF yet)
- Email -> Email Address""",
    extended(
        SFC,
        sfc(Email="tane.k@gmail.com", Phone="+64 21 555 0144", MailingCountry="New Zealand"),
        sfc(Email="no.phone@gmail.com", Phone="   ", MailingCountry="Australia"),
        sfc(
            Email="josh.l@rockies-outfitters.com",
            Phone="1-303-555-0121",
            MailingCountry="United States",
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "New Zealand": "en",
        "Australia": "en",
        "United States": "en",
        "Germany": "de",
        "Austria": "de",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h170-35-expo-vip-explorer",
    C,
    M,
    """Expo contacts get VIP in Mailchimp [2]

As the events coordinator I want the people we met at trade shows flagged VIP in Mailchimp so that they get early access to the summer sale.

Notes:
- FNAME = First Name; blank -> "Explorer" (so the email reads "Kia ora Explorer")
- LNAME = Last Name, straight copy (blank stays blank)
- VIP = true when Lead Source is "Trade Show"; any other source, or blank -> false
- status = "subscribed" for everyone
- Email -> Email Address""",
    extended(
        SFC,
        sfc(Email="wai.moana@gmail.com", FirstName="  ", LastName="Moana", LeadSource="Trade Show"),
        sfc(Email="rick.s@gmail.com", FirstName="", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Explorer"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Trade Show",
        "status": "subscribed",
    }


@case(
    "h170-36-nz-audience-clean-slate",
    C,
    M,
    """[2] NZ-only audience refresh from SF Contacts

As the email marketer I want only our NZ Salesforce Contacts in the local audience, with the old tags wiped, so that we start the season with a clean slate.

Done when:
- only Contacts with Mailing Country = "New Zealand" are sent; everyone else is left out
- Email -> Email Address, First Name -> FNAME, Last Name -> LNAME (straight copies)
- status = "subscribed" and language = "en" for all of them
- tags = an empty list [] (that clears the old tags)""",
    extended(
        SFC,
        sfc(
            Email="manaia.t@gmail.com",
            FirstName="Manaia",
            LastName="Tuhi",
            MailingCountry="New Zealand",
        ),
        sfc(
            Email="laura.w@xtra.co.nz", FirstName="Laura", LastName="", MailingCountry="New Zealand"
        ),
        sfc(Email="finn.o@gmail.com", FirstName="Finn", LastName="Ord", MailingCountry="Australia"),
    ),
)
def o36(r: R) -> Out:
    if r["MailingCountry"] != "New Zealand":
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
    "h170-37-contact-identify-title-optional",
    C,
    S,
    """Segment identify from SF Contacts [2 pts]

As the data analyst I want Salesforce Contacts identified in Segment so that the sales-led customers show up in our journeys too.

Done when:
- userId = Email, lower case
- traits.firstName = First Name, traits.lastName = Last Name, traits.department = Department (copies; a blank department goes as blank)
- traits.title = Title, but only when there is one. Empty Title -> no title trait at all""",
    extended(
        SFC,
        sfc(
            Email="Rewi.Manu@KiwiTrails.NZ",
            FirstName="Rewi",
            LastName="Manu",
            Title="   ",
            Department="",
        ),
        sfc(
            Email="SOPHIE.LAW@GMAIL.COM",
            FirstName="Sophie",
            LastName="Law",
            Title="Guide",
            Department="Tours",
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
    "h170-38-address-city-country",
    C,
    S,
    """[2] Segment address from SF Contacts

As the CX lead I want the Contact's mailing city and country on the Segment profile so that we can route support by region.

Done when:
- traits.address.city = Mailing City, trimmed (spaces off both ends). If that leaves it empty, send it empty
- traits.address.country = Mailing Country; blank -> "New Zealand" (otherwise copy as is)
- both nested under traits.address
- userId = Email""",
    extended(
        SFC,
        sfc(Email="ihaia.k@gmail.com", MailingCity="  Rotorua ", MailingCountry="  "),
        sfc(Email="greta.s@gmail.com", MailingCity="   ", MailingCountry=""),
        sfc(Email="lee.c@outlook.com", MailingCity="Sydney", MailingCountry="Australia"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "New Zealand"),
            }
        },
    }


@case(
    "h170-39-phone-name-team",
    C,
    S,
    """Segment traits: phone, full name, team [3]

As the CX lead I want a dialable phone, a full name and a team bucket on each Salesforce Contact's Segment profile so that support calls get routed straight away.

Notes:
- traits.phone = Business Phone in E.164 ("+" and digits only; already "+" -> keep its code; otherwise US, add +1; 11 digits starting with 1 -> just add the "+")
- traits.name = First Name + " " + Last Name
- traits.team from Department:
    Engineering -> "tech"
    Sales -> "sales"
    Marketing -> "marketing"
    anything else, or blank -> "general"
- userId = Email

Keen as for this one, chur.""",
    extended(
        SFC,
        sfc(
            Email="nora.k@gmail.com",
            FirstName="Nora",
            LastName="King",
            Department="Marketing",
            Phone="+64 9 555 0166",
        ),
        sfc(
            Email="zac.b@boulderco.com",
            FirstName="Zac",
            LastName="Bell",
            Department="Warehouse",
            Phone="1 (720) 555-0133",
        ),
        sfc(
            Email="amy.h@gmail.com",
            FirstName="Amy",
            LastName="Hart",
            Department="  ",
            Phone="720-555-0144",
        ),
    ),
)
def o39(r: R) -> Out:
    team = {"Engineering": "tech", "Sales": "sales", "Marketing": "marketing"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "team": team.get(r["Department"], "general"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h170-40-members-tidy-names",
    M,
    H,
    """[3] Mailchimp members -> HubSpot contacts

As the marketing coordinator I want Mailchimp sign-ups in HubSpot with tidy names so that sales can see them properly.

Done when:
- FNAME -> First Name in title case (first letter of each word capital, the rest lower)
- LNAME -> Last Name in title case; if LNAME is blank, leave Last Name off
- COMPANY -> Company Name; blank -> "Individual"
- Unsubscribed from all email = the text "true" when status is "unsubscribed", and "false" for every other status
- Email Address -> Email
Out of scope: PHONE - don't send it.""",
    extended(
        MC,
        mc(
            {"FNAME": "TANE", "LNAME": "  ", "COMPANY": "  "},
            email_address="tane.m@gmail.com",
            status="cleaned",
        ),
        mc(
            {"FNAME": "rosa maria", "LNAME": "LOPEZ", "COMPANY": "Lopez Outdoors"},
            email_address="rosa@lopezoutdoors.nz",
            status="pending",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": title(mf["FNAME"]),
            "lastname": omit_if_blank(mf["LNAME"], title),
            "company": dflt(mf["COMPANY"], "Individual"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h170-41-no-bounces-vip-customers",
    M,
    H,
    """Mailchimp -> HubSpot, bounced addresses out [2 pts]

As the marketing coordinator I want Mailchimp members in HubSpot, but not the bounced ones, so that HubSpot doesn't fill up with dead addresses.

Done when:
- members with status "cleaned" aren't sent
- PHONE -> Phone Number in E.164: "+" and digits only; already starts with "+" -> keep its code; no "+" -> US number, add +1 (11 digits starting with 1 -> just the "+"). Blank PHONE -> leave Phone Number off
- LNAME -> Last Name (copy)
- Lifecycle Stage = "customer" for VIP members, "lead" for everyone else
- Email Address -> Email""",
    extended(
        MC,
        mc(
            {"PHONE": "1 720 555 0199", "LNAME": "Reid"},
            email_address="kim.reid@gmail.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"PHONE": "+64 27 555 0100", "LNAME": ""},
            email_address="bounce@oldmail.nz",
            status="cleaned",
            vip=False,
        ),
        mc(
            {"PHONE": "  ", "LNAME": "Tau"},
            email_address="hemi.tau@gmail.com",
            status="pending",
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
            "lastname": mf["LNAME"],
            "lifecyclestage": "customer" if r["vip"] else "lead",
        }
    )


@case(
    "h170-42-webinar-folks",
    M,
    H,
    """[2] Mailchimp -> HubSpot: gear-care webinar folks

As the marketing coordinator I want our gear-care webinar attendees in HubSpot flagged as warmer leads so that sales ring them first.

Done when:
- FNAME -> First Name, first word only ("Kiri Anne" -> "Kiri")
- COMPANY -> Company Name; blank -> the email's domain (the bit after the @)
- Lifecycle Stage = "marketingqualifiedlead" when the member has the tag "Webinar" (exactly that, capital W); otherwise "subscriber"
- Email Address -> Email""",
    extended(
        MC,
        mc(
            {"FNAME": "Kiri Anne", "COMPANY": "  "},
            email_address="kiri@tramphut.nz",
            tags=["Webinar", "Customer"],
        ),
        mc({"FNAME": "Jono", "COMPANY": ""}, email_address="jono@surfco.co.nz", tags=["webinar"]),
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
    build(CASES, Path(__file__).parent / "set170")
