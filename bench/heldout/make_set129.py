"""Held-out set 129 for the offline mapping drafter.

Persona: Réka, a marketing-operations lead in Budapest, emails each mapping to an outside
contractor (Martin). Her English is Hungarian-shaped: the verb often comes last and articles drop
out ('the email we lower-case it', 'if empty the company, then Unknown comes'), values 'come',
'go' or 'get' into fields, conditions open with 'in case of' or 'at' ('at empty phone nothing
goes'), and she lists the rules as numbered points with ')' (1) 2) 3)). Now and then a Hungarian
saying slips in, translated ('so to say', 'the devil never sleeps'), and a thank-you in
Hungarian with its meaning beside it. Polite but terse: a greeting, the points, her name.

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
    rev,
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case(
    "h129-01-plain-lead-copy-status",
    H,
    L,
    """Hi Martin,

first mapping, easy one. HubSpot contact into Salesforce Lead goes.

1) email -> Email
2) firstname -> FirstName
3) lastname -> LastName
4) company -> Company
5) website -> Website

These all as they are go over, no trimming, no changing of small and big letters. Where in HubSpot the field is empty, on the Lead also empty text comes, we don't fill in anything.
6) Status: every Lead gets 'Open - Not Contacted', always same.

Thanks,
Réka""",
    extended(
        HS,
        hs(
            email="zsofia.kiss@tiszatech.hu",
            firstname="Zsófia",
            lastname="Kiss",
            company="",
            website="",
        ),
        hs(
            email="bence.toth@dunaprint.hu",
            firstname=" Bence",
            lastname="Tóth ",
            company="Duna Print  ",
            website="  ",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Website": r["website"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h129-02-trim-names-unknown-company",
    H,
    L,
    """Hello Martin,

second one, also HubSpot contacts to Salesforce Lead. Many names from the old Excel import came with spaces around, so:

1) Email: the email, as it is.
2) FirstName, LastName: from firstname and lastname, the spaces at start and at end we cut off (trim).
3) Company: if empty the company, then 'Unknown' comes. Lead without Company Salesforce does not accept. When company there is, it goes as it is, no trim there.
4) Title: jobtitle. At empty jobtitle 'n/a' comes, otherwise as it is.
5) City: city simply copied, also when empty.

Empty for me means: missing, empty or only spaces.

Thanks, Réka""",
    extended(
        HS,
        hs(
            email="gabor.nagy@pannonsoft.hu",
            firstname="  Gábor ",
            lastname=" Nagy",
            company="   ",
            jobtitle="",
            city="",
        ),
        hs(
            email="eszter.varga@hegyvidek.hu",
            firstname="Eszter",
            lastname="Varga  ",
            company=" Hegyvidék Bt ",
            jobtitle="  ",
            city=" Pécs",
        ),
        hs(
            email="aron.bakos@matrix.hu",
            firstname="Áron",
            lastname="Bakos",
            company="",
            jobtitle=" Buyer ",
            city="Eger",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Unknown"),
        "Title": dflt(r["jobtitle"], "n/a"),
        "City": r["city"],
    }


@case(
    "h129-03-office-then-mobile-title-names",
    H,
    L,
    """Hi,

HubSpot contact -> Salesforce Lead, please.

1) Email: email, untouched.
2) FirstName and LastName: in title case. It means every word (by the spaces) gets big first letter and the rest small, so 'GARCIA' becomes 'Garcia', 'maria' becomes 'Maria'.
3) Phone: first the office phone (phone) we take. If that one empty, then mobilephone comes. If also the mobile is empty, Phone we don't send at all, the field stays out of the Lead. The number goes as it is, no formatting.

Only spaces counts as empty.

Thank you, Réka""",
    extended(
        HS,
        hs(
            email="laszlo.farkas@alfoldagro.hu",
            firstname="LÁSZLÓ",
            lastname="farkas",
            phone="",
            mobilephone="  ",
        ),
        hs(
            email="ildiko.balogh@mecsekwine.hu",
            firstname="ildikó anna",
            lastname="BALOGH",
            phone="  ",
            mobilephone="+36 30 555 0147",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
        }
    )


@case(
    "h129-04-rating-from-lifecycle",
    H,
    L,
    """Martin, next: Rating on the Lead, from the HubSpot lifecycle stage.

1) salesqualifiedlead or opportunity -> Hot
2) marketingqualifiedlead -> Warm
3) everything else -> Cold. Also when the lifecycle stage is empty, Cold comes.

And the email we lower-case it, whole address small letters, into Email. Our Salesforce dedupe looks case sensitive, it is picky, so to say.

Only these two go, Email and Rating.

Réka""",
    extended(
        HS,
        hs(email="Kata.Szabo@BudaKft.HU", lifecyclestage=""),
        hs(email="PETER.HORVATH@ZENIT.HU", lifecyclestage="opportunity"),
        hs(email="Noemi.Lakatos@Fenyo.hu", lifecyclestage="evangelist"),
        hs(email="Csaba.Torok@Szeged.HU", lifecyclestage="  "),
    ),
)
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case(
    "h129-05-no-subscribers-no-offline",
    H,
    L,
    """Hello Martin,

for the Lead push two groups we don't want:
- in case of lifecycle stage 'subscriber': skip. These are only newsletter people, not leads.
- in case of original source (hs_analytics_source) 'OFFLINE': skip also. These the event team puts in by hand already.
Empty original source is not OFFLINE, such contacts go through normal.

The rest to Salesforce Lead like this:
1) email -> Email
2) firstname -> FirstName
3) lastname -> LastName
4) company -> Company
5) jobtitle -> Title
all as it is, empty stays empty.
6) LeadSource: 'Web' comes, fixed for everybody.

Köszönöm (thank you),
Réka""",
    extended(
        HS,
        hs(
            email="adam.molnar@kekszalag.hu",
            firstname="Ádám",
            lastname="Molnár",
            lifecyclestage="lead",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="dora.simon@napfeny.hu",
            firstname="Dóra",
            lastname="Simon",
            company="",
            jobtitle="",
            lifecyclestage="evangelist",
            hs_analytics_source="",
        ),
        hs(
            email="tibor.kovacs@vasut.hu",
            firstname="Tibor",
            lastname="Kovács",
            lifecyclestage="subscriber",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Title": r["jobtitle"],
        "LeadSource": "Web",
    }


@case(
    "h129-06-revenue-rating-headcount",
    H,
    L,
    """Hi Martin,

Rating we calculate from the annual revenue (annualrevenue), it is for the lead routing:
1) more than 3 000 000 -> Hot
2) less than 1 000 000 -> Cold
3) between the two -> Warm
4) at empty revenue -> also Warm. We don't know, so the middle.

NumberOfEmployees: numemployees as whole number (integer, not text). At empty numemployees nothing goes, this field we leave out.

Plus Email from email, as it is. That is all for the Lead.

Thanks, Réka""",
    extended(
        HS,
        hs(email="robert.szalai@delta.hu", annualrevenue="3000000.5", numemployees="  "),
        hs(email="melinda.vincze@kiskun.hu", annualrevenue="999999.99", numemployees="7"),
        hs(email="gyula.barta@hortobagy.hu", annualrevenue="  ", numemployees="35"),
        hs(email="hajnal.sipos@zemplen.hu", annualrevenue="1000000.01", numemployees=""),
    ),
)
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Warm"
    elif v > 3_000_000:
        rating = "Hot"
    elif v < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h129-07-mobile-e164-title-names",
    H,
    L,
    """Hello,

HubSpot -> Salesforce Lead, with phone cleaning.

1) Email: email, no change.
2) FirstName, LastName: title case, every word big first letter, rest small letters ('ZOLTÁN' -> 'Zoltán').
3) MobilePhone: from mobilephone, in E.164 format. That means: '+' and after it only the digits. We assume US numbers, so +1 goes in front. But if the number already starts with '+', it keeps its own country code, nothing is added. And a number of 11 digits starting with 1 has the country code already, there only the '+' comes before.
4) At empty mobilephone no MobilePhone goes, we leave the field out. Not empty text, not '+1'.

Thanks, Réka""",
    extended(
        HS,
        hs(
            email="zoltan.fekete@lakeside.com",
            firstname="ZOLTÁN",
            lastname="fekete",
            mobilephone="1-305-555-0144",
        ),
        hs(email="anna.bodnar@prairie.com", firstname="anna", lastname="BODNÁR", mobilephone="   "),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "MobilePhone": omit_if_blank(r["mobilephone"], e164),
        }
    )


@case(
    "h129-08-qualified-only-description",
    H,
    L,
    """Martin,

this Lead sync is only for the qualified ones: only contacts where lifecyclestage is 'marketingqualifiedlead' or 'salesqualifiedlead'. All other stages stay in HubSpot, from them nothing goes.

For these:
1) Email: email as it is
2) State: state in big letters ('ny' -> 'NY'); empty stays empty
3) Description: one line, exactly so: Created in HubSpot <date>, stage <lifecyclestage>
   The <date> is only the date part of createdate, YYYY-MM-DD, without time. Example: 'Created in HubSpot 2023-03-14, stage marketingqualifiedlead'.

The SDRs filter the list view on this text, so please the wording exactly.

Réka""",
    extended(
        HS,
        hs(
            email="judit.hegedus@bayarea.com",
            lifecyclestage="salesqualifiedlead",
            state="ny",
            createdate="2024-05-17T12:00:00.000Z",
        ),
        hs(email="mate.papp@orchard.com", lifecyclestage="lead", state="wa"),
        hs(
            email="vera.olah@keystone.com",
            lifecyclestage="marketingqualifiedlead",
            state="",
            createdate="2021-10-01T13:30:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"Created in HubSpot {day(r['createdate'])}, stage {r['lifecyclestage']}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h129-09-address-to-mailing",
    H,
    C,
    """Hi Martin,

now the Salesforce Contact side. From the HubSpot contact the address into the Mailing fields of the Contact goes:

1) address -> MailingStreet
2) city -> MailingCity
3) state -> MailingState
4) zip -> MailingPostalCode
5) country -> MailingCountry

and email -> Email, lastname -> LastName. Everything one to one, no cleaning. Empty field: empty text goes over, and spaces stay like they are.

Thanks, Réka""",
    extended(
        HS,
        hs(
            email="sandor.kis@szentendre.hu",
            lastname="Kis",
            address="",
            city="Szentendre",
            state="",
            zip="2000",
            country="Hungary",
        ),
        hs(
            email="agota.pinter@gyor.hu",
            lastname="Pintér",
            address=" Baross út 5 ",
            city="Győr",
            state="  ",
            zip="",
            country="Hungary",
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
    "h129-10-careful-optout-no-phone-dnc",
    H,
    C,
    """Hello,

two checkbox fields on the Salesforce Contact, from HubSpot. Real true/false please, not text.

1) HasOptedOutOfEmail: from hs_email_optout. Only at 'false' comes false. At 'true' comes true, and at empty also true: here we are careful, if we don't know, we don't email them. The devil never sleeps, so to say.
2) DoNotCall: true when phone (the office phone, field 'phone') is empty; when phone there is, false. The mobile we don't look at.
3) Email: email as it is.

Empty = empty text, missing, or only spaces.

Réka""",
    extended(
        HS,
        hs(email="kriszta.major@siofok.hu", hs_email_optout="  ", phone="  "),
        hs(
            email="lajos.fodor@baja.hu",
            hs_email_optout="false",
            phone="",
            mobilephone="+36 20 555 0101",
        ),
        hs(email="edina.kovacs@vac.hu", hs_email_optout="true", phone="1-212-555-0100"),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
        "DoNotCall": blank(r["phone"]),
    }


@case(
    "h129-11-lastname-fallback-local-part",
    H,
    C,
    """Hi Martin,

Salesforce refuses Contact without LastName, so for LastName fallbacks we need. In this order:
1) lastname
2) if empty, then company
3) if also that empty, then the part of the email before the @, like it is (no capital making)
The first one which is not empty, that one goes.

FirstName: firstname simply, as it is, empty also empty.
Email: email as it is.

Only spaces I count as empty.

Thanks, Réka""",
    extended(
        lower_emails(HS),
        hs(email="info@balatonbor.hu", firstname="", lastname="  ", company=""),
        hs(
            email="g.kertesz@kertmester.hu", firstname="Géza", lastname="", company="Kertmester Kft"
        ),
        hs(email="b.nemeth@hidak.hu", firstname="  ", lastname="Németh", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h129-12-owner-team-postal-upper",
    H,
    C,
    """Martin,

on Salesforce Contact the Department field we use for which team owns the contact. From HubSpot lifecycle stage:
- subscriber, lead, marketingqualifiedlead -> 'Marketing'
- salesqualifiedlead, opportunity, customer -> 'Sales'
Other stages in the data we don't have, only these six, so no 'else' is needed.

MailingPostalCode: zip in big letters (UK codes come sometimes small, 'sw1a 1aa'). At empty zip the field not goes at all, we leave it out.

Email: email unchanged.

Köszi (thanks), Réka""",
    extended(
        HS,
        hs(email="oliver.takacs@thames.co.uk", lifecyclestage="opportunity", zip="sw1a 1aa"),
        hs(email="petra.bognar@kalocsa.hu", lifecyclestage="lead", zip="  "),
        hs(email="viktor.racz@tata.hu", lifecyclestage="customer", zip=""),
    ),
)
def o12(r: R) -> Out:
    team = {
        "subscriber": "Marketing",
        "lead": "Marketing",
        "marketingqualifiedlead": "Marketing",
        "salesqualifiedlead": "Sales",
        "opportunity": "Sales",
        "customer": "Sales",
    }
    return keep(
        {
            "Email": r["email"],
            "Department": team[r["lifecyclestage"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h129-13-customers-only-mobile-first",
    H,
    C,
    """Hello Martin,

to Salesforce Contact only the customers go: lifecyclestage = 'customer'. Others not, they stay in HubSpot.

1) Email: email in small letters, the whole.
2) MobilePhone: the mobilephone; if that is empty, then phone (the office one). Number as it is, no formatting. Every customer has at least one of the two.
3) Description: 'HubSpot customer' on all, fixed text.

Thanks, Réka""",
    extended(
        HS,
        hs(
            email="Orsolya.Racz@Tokaj.HU",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="+36 47 555 010",
        ),
        hs(
            email="Ferenc.Kocsis@Alfa.hu",
            lifecyclestage="opportunity",
            mobilephone="+36 30 555 0102",
        ),
        hs(
            email="ZITA.MAJOR@SOPRON.HU",
            lifecyclestage="customer",
            mobilephone="+36 99 555 0180",
            phone="+36 99 555 0100",
        ),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "HubSpot customer",
    }


@case(
    "h129-14-trim-title-city-case-source",
    H,
    C,
    """Hi,

HubSpot contacts into Salesforce Contact, with a little cleaning:

1) Email: email, as it is.
2) Title: jobtitle, but the spaces before and after cut off (trim).
3) MailingCity: city in title case, every word begins with big letter, the rest small ('SAN FRANCISCO' -> 'San Francisco', 'monterrey' -> 'Monterrey').
4) LeadSource from the original source (hs_analytics_source):
   ORGANIC_SEARCH, DIRECT_TRAFFIC -> Web
   REFERRALS -> Partner Referral
   OFFLINE -> Trade Show
   anything else -> Other, and empty source also gets Other.

Thank you,
Réka""",
    extended(
        HS,
        hs(
            email="gergely.lang@hudson.com",
            city="NEW YORK",
            jobtitle="  CFO ",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="timea.szucs@civis.hu",
            city="debrecen",
            jobtitle="   ",
            hs_analytics_source="SOCIAL_MEDIA",
        ),
        hs(
            email="bela.kantor@lanchid.hu",
            city="Budapest",
            jobtitle="Analyst",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
    ),
)
def o14(r: R) -> Out:
    source = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "REFERRALS": "Partner Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "MailingCity": title(r["city"]),
        "LeadSource": source.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case(
    "h129-15-members-language-default",
    H,
    M,
    """Hello Martin,

now Mailchimp. HubSpot contacts go to the audience as members:

1) email_address: email, as it is
2) status: always 'subscribed'
3) merge fields FNAME, LNAME, PHONE: from firstname, lastname, phone. Straight copy, empty comes as empty.
4) language: from HubSpot preferred language (hs_language). Most contacts this property don't have at all; then, or when it is empty, 'en' goes.

Thanks, Réka""",
    extended(
        HS,
        hs(email="nora.katona@budafok.hu", firstname="Nóra", lastname="", hs_language="hu"),
        hs(
            email="janos.rigo@hatvan.hu",
            firstname="János",
            lastname="Rigó",
            phone="",
            hs_language="  ",
        ),
        hs(
            email="lukas.bauer@graz.at",
            firstname="Lukas",
            lastname="Bauer",
            phone="+43 316 555 010",
            hs_language="de",
        ),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": r["phone"]},
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h129-16-optout-three-way-status",
    H,
    M,
    """Hi Martin,

Mailchimp status from HubSpot hs_email_optout, three cases:
1) 'true' -> status 'unsubscribed'
2) 'false' -> status 'subscribed'
3) empty (nobody set it) -> 'pending', they get the double opt-in mail. We don't know, so they confirm themselves.

Every member also one tag gets: 'HubSpot sync'. Email address from email, as it is. Nothing else goes.

Réka""",
    extended(
        HS,
        hs(email="bori.halasz@tihany.hu", hs_email_optout="  "),
        hs(email="denes.somogyi@keszthely.hu", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot sync"]}


@case(
    "h129-17-size-and-us-tags",
    H,
    M,
    """Martin,

tags for the Mailchimp members, from HubSpot contacts:
- at more than 50 employees (numemployees) -> tag 'large-company'. At empty numemployees no tag, of course.
- at country exactly 'United States' -> tag 'US'
In this order, first 'large-company', then 'US'. If nothing fits, tags is an empty list.

email_address is the email as it is. Only these two go, email_address and tags.

Thanks, Réka""",
    extended(
        HS,
        hs(email="hunor.bencze@csik.ro", numemployees="51", country="Hungary"),
        hs(email="kamilla.erdos@austin.com", numemployees="  ", country="United States"),
        hs(email="szabolcs.veres@denver.com", numemployees="49", country="United States"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 50):
        tags.append("large-company")
    if r["country"] == "United States":
        tags.append("US")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h129-18-sms-first-word-office-phone",
    H,
    M,
    """Hi Martin,

for the SMS campaign in Mailchimp:
1) FNAME gets only the first word of firstname ('Anna Mária' -> 'Anna'). Words are by the spaces.
2) PHONE: the office phone (phone) first, at empty phone the mobilephone. In E.164: '+' and the digits. We assume US, so +1 in front, except when the number already starts with '+', then its own country code stays; and when it is 11 digits starting with 1, there only the '+' goes before. One of the two numbers always is there.
3) email_address: email as it is.

Réka""",
    extended(
        HS,
        hs(
            email="anna.maria@wharf.com",
            firstname="Anna Mária",
            phone="  ",
            mobilephone="1 (646) 555-0111",
        ),
        hs(
            email="peter.pal@kapolcs.hu",
            firstname="  Péter  Pál",
            phone="+36 1 555 0166",
            mobilephone="",
        ),
    ),
)
def o18(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": first_word(r["firstname"]),
            "PHONE": e164(first_filled(r["phone"], r["mobilephone"])),
        },
    }


@case(
    "h129-19-skip-nameless-vip-customers",
    H,
    M,
    """Hello,

contacts without first name we don't put into the Mailchimp audience, the greeting looks stupid then ('Hi ,'). So at empty firstname: skip the contact.

The others:
1) email_address: email, as it is
2) merge field FNAME: firstname as it is
3) status: 'subscribed', for all the same
4) vip: true if lifecycle stage is 'customer' or 'evangelist', otherwise false

Thanks, Réka""",
    extended(
        HS,
        hs(email="marton.kiraly@godollo.hu", firstname="  ", lifecyclestage="customer"),
        hs(email="info@paprikahaz.hu", firstname="", lifecyclestage="lead"),
        hs(email="csilla.boros@szekszard.hu", firstname="Csilla", lifecyclestage="evangelist"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"]},
        "status": "subscribed",
        "vip": r["lifecyclestage"] in ("customer", "evangelist"),
    }


@case(
    "h129-20-company-or-domain-tag-vip",
    H,
    M,
    """Martin,

one more for Mailchimp.
1) FNAME and LNAME: firstname and lastname in title case (every word big first letter, rest small).
2) tags: one tag, the company name. When the company is empty, then the domain of the email goes as tag, so the part after the @, as it is.
3) vip: true when numemployees is more than 15, otherwise false. Empty numemployees -> false.
4) email_address: email unchanged.

Thanks, Réka""",
    extended(
        lower_emails(HS),
        hs(
            email="kinga.santa@pusztatrade.hu",
            firstname="KINGA",
            lastname="sánta",
            company="  ",
            numemployees="16",
        ),
        hs(
            email="oliver.vass@vasmu.hu",
            firstname="olivér",
            lastname="VASS",
            company="",
            numemployees="  ",
        ),
        hs(
            email="eva.gal@galpince.hu",
            firstname="éva",
            lastname="gál",
            company="Gál Pince",
            numemployees="4",
        ),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
        "tags": [first_filled(r["company"], after_at(r["email"]))],
        "vip": gt(r["numemployees"], 15),
    }


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h129-21-identify-family-name-first",
    H,
    S,
    """Hi Martin,

Segment identify, from HubSpot contacts.

1) userId: email, all in small letters.
2) traits.email: email as it is, the original writing.
3) traits.firstName, traits.lastName, traits.title: from firstname, lastname, jobtitle, straight copy (empty jobtitle goes as empty text).
4) traits.name: like we write in Hungary, family name first: lastname, one space, then firstname. So 'Raman Priya'.

Réka""",
    extended(
        HS,
        hs(email="Balazs.Kiraly@Obuda.HU", firstname="Balázs", lastname="Király", jobtitle=""),
        hs(email="anita.lengyel@eger.hu", firstname="Anita", lastname="Lengyel", jobtitle="  "),
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
            "name": f"{r['lastname']} {r['firstname']}",
        },
    }


@case(
    "h129-22-company-traits-nested",
    H,
    S,
    """Hello Martin,

Segment identify, userId = email, as it is. Company data goes under traits.company, nested:

1) traits.company.name: company; if empty, 'Unknown' comes
2) traits.company.industry: industry, but at empty industry nothing goes, the key is not there
3) traits.company.employee_count: numemployees as integer. Empty numemployees -> also no key.

Spaces only = empty.

Thanks, Réka""",
    extended(
        HS,
        hs(email="zsolt.barna@egyeni.hu", company="  ", industry="", numemployees="3"),
        hs(
            email="hedvig.toth@tiszacipo.hu",
            company="Tisza Cipő",
            industry="  ",
            numemployees="1200",
        ),
        hs(email="gizella.nemes@piac.hu", company="", industry="Retail", numemployees=""),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Unknown"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h129-23-address-mobile-first-phone",
    H,
    S,
    """Hi,

address and phone to Segment. userId: email, as it is.

traits.address:
1) city -> traits.address.city
2) country -> traits.address.country
3) state -> traits.address.state, but only if not empty. At empty state no key.
city and country copy as they are, empty also goes.

traits.phone: the mobile first (mobilephone), if empty then the office phone (phone), in E.164. E.164 is '+' and digits; US is default, so +1 before; when it starts with '+' already, its own country code stays; 11 digits with 1 at the start has already the code, only '+' before. At no number at all (both empty) traits.phone not goes.

Réka""",
    extended(
        HS,
        hs(
            email="attila.mezo@kunsag.hu",
            mobilephone="",
            phone="  ",
            state="",
            city="",
            country="Hungary",
        ),
        hs(
            email="rita.fabian@potomac.com",
            mobilephone="  ",
            phone="1 202 555 0165",
            state="DC",
            city="Washington",
            country="United States",
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
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h129-24-clean-userid-optout-revenue",
    H,
    S,
    """Martin,

another Segment identify. HubSpot emails are messy (spaces at the end, big letters here and there), so:
1) userId: email, spaces from start and end cut, then all small letters.
2) traits.website: website as it is.
3) traits.email_optout: true/false, real boolean. True only at hs_email_optout 'true'. At 'false' false, and at empty also false.
4) traits.annual_revenue: annualrevenue as a number (whole number stays whole, like 12000000; decimals stay, like 2500000.75). At empty revenue this trait we leave out.

Thanks, Réka""",
    extended(
        HS,
        hs(
            email="  Edit.Juhasz@Kecskemet.HU ", hs_email_optout="", annualrevenue="0.5", website=""
        ),
        hs(email="ROLAND.BIRO@MISKOLC.HU", hs_email_optout="  ", annualrevenue="  ", website="  "),
        hs(
            email="Ibolya.Sarkozi@Vac.hu ",
            hs_email_optout="true",
            annualrevenue="640000",
            website="https://vacibolt.hu",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "website": r["website"],
                "email_optout": r["hs_email_optout"] == "true",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h129-25-ga4-contact-export",
    H,
    G,
    """Hi Martin,

GA4 now, Measurement Protocol, one event for every HubSpot contact.

1) client_id: always 'hubspot-crm', fixed.
2) event name: 'contact_export', also fixed.
3) event params:
   - country: country as it is
   - source: original source (hs_analytics_source) in small letters. At empty source empty text goes ('').
   - signup_date: createdate, only the date, YYYY-MM-DD.

Réka""",
    extended(
        HS,
        hs(
            email="lilla.kozma@szolnok.hu",
            hs_analytics_source="  ",
            country="Hungary",
            createdate="2024-02-29T12:30:00.000Z",
        ),
        hs(
            email="mihaly.dobos@pecs.hu",
            hs_analytics_source="AI_REFERRALS",
            country="",
            createdate="2025-03-03T11:00:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {
        "client_id": "hubspot-crm",
        "events": [
            {
                "name": "contact_export",
                "params": {
                    "country": r["country"],
                    "source": "" if blank(src) else src.lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h129-26-ga4-teams-over-twenty",
    H,
    G,
    """Hello Martin,

to GA4 only the teams bigger than 20 people go: numemployees more than 20. At empty numemployees the contact not goes.

For these:
1) client_id: the part of the email before the @, as it is
2) event name: 'team_signup', always
3) params.segment: 'b2b', fixed
4) params.team_size: numemployees as a number (whole number when it is whole)

Thanks, Réka""",
    extended(
        lower_emails(HS),
        hs(email="levente.borbely@pecs.hu", numemployees="20.5"),
        hs(email="emese.fodor@vac.hu", numemployees="  "),
        hs(email="imre.csonka@eger.hu", numemployees="21"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "team_signup",
                "params": {"segment": "b2b", "team_size": num(r["numemployees"])},
            }
        ],
    }


@case(
    "h129-27-ga4-optout-or-active-event",
    H,
    G,
    """Martin, the last GA4 one.

The event name depends on unsubscribe: at hs_email_optout 'true' the event is 'optout_contact', otherwise 'active_contact' (so 'false' and empty also -> 'active_contact').

client_id: email as it is.
params:
1) industry: industry, but if empty, 'unknown' comes (small letters)
2) city: city as it is, empty also

Köszi (thanks),
Réka""",
    extended(
        HS,
        hs(email="agnes.vida@tokaj.hu", hs_email_optout="true", industry="  ", city=""),
        hs(email="kalman.soos@mad.hu", hs_email_optout="  ", industry="Wine", city="Tokaj"),
    ),
)
def o27(r: R) -> Out:
    name = "optout_contact" if r["hs_email_optout"] == "true" else "active_contact"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"industry": dflt(r["industry"], "unknown"), "city": r["city"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h129-28-lead-into-hubspot-copies",
    L,
    H,
    """Hi Martin,

other direction now: Salesforce Lead into HubSpot contact. Simple copies, no change:

1) Email -> email
2) FirstName -> firstname
3) LastName -> lastname
4) Company -> company
5) Title -> jobtitle
6) Phone -> phone
7) City -> city
8) Country -> country

If on the Lead something is empty, in HubSpot also empty text goes, the field we send anyway.

Réka""",
    extended(
        SFL,
        sfl(
            Email="kornel.hajdu@delta.hu",
            FirstName="Kornél",
            LastName="Hajdu",
            Company="Delta Mérnök",
            Title="",
            Phone="",
            City="  ",
            Country="Hungary",
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
    "h129-29-status-to-stage-optout-text",
    L,
    H,
    """Hello,

Lead Status from Salesforce decides the lifecycle stage in HubSpot:
- Open - Not Contacted -> lead
- Working - Contacted -> salesqualifiedlead
- Closed - Converted -> customer
- Closed - Not Converted -> other
More statuses we don't use, these four are all.

hs_email_optout: from HasOptedOutOfEmail, but as text, 'true' or 'false'. HubSpot wants the text, not boolean.

email: Email as it is.

Thanks, Réka""",
    extended(
        SFL,
        sfl(Email="janka.papp@mohacs.hu", Status="Closed - Converted", HasOptedOutOfEmail=True),
        sfl(
            Email="botond.kelemen@gyula.hu", Status="Working - Contacted", HasOptedOutOfEmail=False
        ),
    ),
)
def o29(r: R) -> Out:
    stage = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "salesqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return {
        "email": r["Email"],
        "lifecyclestage": stage[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h129-30-rating-to-lead-status",
    L,
    H,
    """Martin,

Lead -> HubSpot contact, the lead status from the Rating:
1) Hot -> IN_PROGRESS
2) Warm -> OPEN
3) Cold -> NEW
(this into hs_lead_status; every Lead has one of these three ratings)

annualrevenue: AnnualRevenue as number, not text (whole stays whole, decimals stay). At empty AnnualRevenue the property not goes.

email: Email in small letters.

Réka""",
    extended(
        SFL,
        sfl(Email="Laura.Hegyi@Matra.HU", Rating="Cold", AnnualRevenue="750000.25"),
        sfl(Email="GERGO.ANTAL@ZALA.HU", Rating="Warm", AnnualRevenue="  "),
    ),
)
def o30(r: R) -> Out:
    status = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "NEW"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": status[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h129-31-uk-leads-london-team",
    L,
    H,
    """Hi Martin,

in this one only UK Leads go, the London colleagues work them from HubSpot: Country = 'United Kingdom'. Others skip.

1) email: Email as it is
2) phone: Phone in E.164 for UK: '+44' and the digits, the leading 0 (trunk zero) goes away. If the number already starts with '+', its own country code stays.
3) city: City in big letters ('London' -> 'LONDON')
4) company: Company; at empty company 'Unknown' comes

Thanks, Réka""",
    extended(
        SFL,
        sfl(
            Email="hanna.szucs@mersey.co.uk",
            Country="United Kingdom",
            Phone="0161 496 0123",
            City="manchester",
            Company="  ",
        ),
        sfl(
            Email="dani.lukacs@aire.co.uk",
            Country="United Kingdom",
            Phone="+44 113 496 0000",
            City="Leeds",
            Company="",
        ),
        sfl(
            Email="ciara.byrne@liffey.ie", Country="Ireland", Phone="+353 1 555 0100", City="Dublin"
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
        "company": dflt(r["Company"], "Unknown"),
    }


@case(
    "h129-32-skip-converted-city-country",
    L,
    H,
    """Hello Martin,

Lead to HubSpot. The converted Leads (Status 'Closed - Converted') we don't send, they are Contacts already, skip them.

1) email: Email as it is
2) jobtitle: Title; at empty 'Not given' comes
3) city: City and Country together, comma and space between: 'Chicago, United States'. At empty Country only the City goes, without comma. City always is there.

Réka""",
    extended(
        SFL,
        sfl(
            Email="erika.bozsik@tisza.hu",
            City="Szeged",
            Country="  ",
            Status="Working - Contacted",
            Title="  ",
        ),
        sfl(
            Email="andras.pal@lover.hu",
            City="Sopron",
            Country="Hungary",
            Status="Closed - Converted",
        ),
        sfl(
            Email="klaus.weiss@ring.at",
            City="Vienna",
            Country="Austria",
            Status="Open - Not Contacted",
            Title="",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return {
        "email": r["Email"],
        "jobtitle": dflt(r["Title"], "Not given"),
        "city": ", ".join(p for p in (r["City"], r["Country"]) if not blank(p)),
    }


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case(
    "h129-33-contact-status-inbound-tag",
    C,
    M,
    """Hi Martin,

Salesforce Contacts into Mailchimp.

1) email_address: Email, all small letters
2) status: at HasOptedOutOfEmail true -> 'unsubscribed', at false -> 'subscribed'
3) tags: every member gets 'Salesforce'. In case of LeadSource 'Web' a second tag, 'inbound', comes after it. The others only the 'Salesforce' tag.

Thanks, Réka""",
    extended(
        SFC,
        sfc(Email="Nora.Vida@Szolnok.HU", HasOptedOutOfEmail=True, LeadSource="Web"),
        sfc(Email="ISTVAN.GAL@KAPOSVAR.HU", HasOptedOutOfEmail=False, LeadSource="  "),
    ),
)
def o33(r: R) -> Out:
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": ["Salesforce"] + (["inbound"] if r["LeadSource"] == "Web" else []),
    }


@case(
    "h129-34-sms-pilot-phone-language",
    C,
    M,
    """Martin,

for the SMS pilot only Contacts with phone number. At empty Phone nothing goes, skip the Contact.

1) email_address: Email as it is
2) merge field PHONE: Phone in E.164. '+' and digits, US default (+1 before). If it starts already with '+', it keeps its own country code; 11 digits starting with 1 -> only '+' before.
3) language, from MailingCountry:
   Germany -> de
   Austria -> de
   United States -> en
   Hungary -> hu
   We have only these four countries, nothing else comes.

Réka""",
    extended(
        SFC,
        sfc(Email="marcell.szabo@obuda.hu", Phone="+36 30 555 0123", MailingCountry="Hungary"),
        sfc(Email="jonas.klein@mainz.de", Phone="", MailingCountry="Germany"),
        sfc(Email="dora.ban@cleveland.com", Phone="   ", MailingCountry="United States"),
        sfc(Email="gabi.hollo@salem.com", Phone="1-503-555-0102", MailingCountry="United States"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Hungary": "hu"}
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h129-35-dear-friend-ceo-vip",
    C,
    M,
    """Hello,

Mailchimp from Salesforce Contact:
1) email_address: Email as it is
2) FNAME: FirstName; if empty, 'Friend' comes, so the mail says 'Dear Friend'
3) LNAME: LastName, as it is, empty also
4) status: 'subscribed' always
5) vip: true only if the Title is exactly 'CEO'. Other title, and empty title -> false.

Köszi (thanks), Réka""",
    extended(
        SFC,
        sfc(Email="szilvia.takacs@bicske.hu", FirstName="", LastName="Takács", Title="CEO"),
        sfc(Email="otto.rozsa@ajka.hu", FirstName="  ", LastName="", Title="  "),
        sfc(Email="jeno.kardos@papa.hu", FirstName="Jenő", LastName="Kardos", Title="ceo"),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
        "status": "subscribed",
        "vip": r["Title"] == "CEO",
    }


@case(
    "h129-36-trade-show-pending-no-tags",
    C,
    M,
    """Hi Martin,

trade show list: only Contacts where LeadSource is 'Trade Show'. Other lead sources skip.

1) email_address: Email
2) FNAME: FirstName
3) LNAME: LastName
(these three as they are)
4) status: 'pending', double opt-in, fixed
5) language: 'en', fixed
6) tags: empty list. No tags at all, explicitly, we tag them later by hand.

Réka""",
    extended(
        SFC,
        sfc(
            Email="klara.varadi@hungexpo.hu",
            FirstName="Klára",
            LastName="",
            LeadSource="Trade Show",
        ),
        sfc(Email="ben.fischer@linz.at", FirstName="Ben", LastName="Fischer", LeadSource="Web"),
        sfc(Email="ida.hamar@siklos.hu", FirstName="Ida", LastName="Hamar", LeadSource=""),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "pending",
        "language": "en",
        "tags": [],
    }


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case(
    "h129-37-contact-identify-optional-traits",
    C,
    S,
    """Martin,

Salesforce Contact -> Segment identify.
1) userId: Email in small letters
2) traits.email: Email as it is (original writing)
3) traits.firstName, traits.lastName: FirstName, LastName, copy, empty also
4) traits.title: Title, but only when not empty; at empty no key
5) traits.phone: Phone as it is (no format), also only when not empty; at empty no key

Thanks, Réka""",
    extended(
        SFC,
        sfc(
            Email="Bela.Fulop@Veszprem.HU", FirstName="Béla", LastName="Fülöp", Title="  ", Phone=""
        ),
        sfc(
            Email="marta.szilagyi@nyiregyhaza.hu",
            FirstName="Márta",
            LastName="",
            Title="COO",
            Phone="  ",
        ),
    ),
)
def o37(r: R) -> Out:
    return keep(
        {
            "userId": r["Email"].lower(),
            "traits": {
                "email": r["Email"],
                "firstName": r["FirstName"],
                "lastName": r["LastName"],
                "title": omit_if_blank(r["Title"]),
                "phone": omit_if_blank(r["Phone"]),
            },
        }
    )


@case(
    "h129-38-mailing-address-trait",
    C,
    S,
    """Hi,

Segment, the address from Salesforce Contact, nested under traits.address. userId: Email as it is.

1) traits.address.city: MailingCity; at empty 'Unknown' comes, otherwise as it is
2) traits.address.country: MailingCountry with the spaces from start and end cut (the old import put spaces there)

Réka""",
    extended(
        SFC,
        sfc(Email="tunde.kiss@sarvar.hu", MailingCity="  ", MailingCountry=" Hungary "),
        sfc(Email="paul.egger@wels.at", MailingCity="", MailingCountry="Austria  "),
        sfc(Email="mia.lechner@graz.at", MailingCity=" Graz", MailingCountry="   "),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": dflt(r["MailingCity"], "Unknown"),
                "country": r["MailingCountry"].strip(),
            }
        },
    }


@case(
    "h129-39-phone-name-channel",
    C,
    S,
    """Hello Martin,

last Segment one, from Salesforce Contact. userId is the Email, unchanged.

traits:
1) phone: Phone in E.164: '+' then the digits, US we assume, so +1 before; if it starts with '+', its own country code stays; 11 digits beginning with 1 gets only the '+'.
2) name: FirstName, space, LastName ('Felix Wagner'). Here normal order, not the Hungarian.
3) channel: from LeadSource
   Web -> online
   Trade Show -> event
   Partner Referral -> partner
   all other, also empty LeadSource -> unknown

Thanks, Réka""",
    extended(
        SFC,
        sfc(
            Email="denes.kun@hudsonyards.com",
            FirstName="Dénes",
            LastName="Kun",
            Phone="1 (212) 555-0190",
            LeadSource="Partner Referral",
        ),
        sfc(
            Email="ilona.bognar@fot.hu",
            FirstName="Ilona",
            LastName="Bognár",
            Phone="+36 1 555 0133",
            LeadSource="Advertisement",
        ),
    ),
)
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "channel": channel.get(r["LeadSource"], "unknown"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h129-40-members-back-optout-text",
    M,
    H,
    """Hi Martin,

Mailchimp members back to HubSpot contacts.
1) email: email_address, as it is
2) firstname: FNAME merge field in title case (every word big first letter, rest small)
3) phone: PHONE merge field as it is, but at empty PHONE the phone property not goes, leave it out
4) company: COMPANY merge field; at empty, 'Unknown' comes
5) hs_email_optout: text 'true' when status is 'unsubscribed' or 'cleaned', text 'false' at all other statuses

Réka""",
    extended(
        MC,
        mc(
            {"FNAME": "ANNA LUJZA", "PHONE": "  ", "COMPANY": "  "},
            email_address="anna.lujza@hatvan.hu",
            status="pending",
        ),
        mc(
            {"FNAME": "tamás", "PHONE": "+36 1 555 0111", "COMPANY": "Tamás Bt"},
            email_address="tamas@tamasbt.hu",
            status="cleaned",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": title(mf["FNAME"]),
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Unknown"),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
        }
    )


@case(
    "h129-41-skip-unsubscribed-vip-evangelist",
    M,
    H,
    """Martin,

from Mailchimp to HubSpot, but the unsubscribed members (status 'unsubscribed') we don't bring over, skip.

1) email: email_address as it is
2) lastname: LNAME, copy, also empty
3) phone: PHONE in E.164 ('+' and digits, +1 for US by default, own country code stays if it starts with '+', 11 digits starting with 1 -> only '+'). At empty PHONE no phone goes, the key out.
4) lifecyclestage: at vip true 'evangelist', at vip false 'lead'.

Thanks, Réka""",
    extended(
        MC,
        mc(
            {"LNAME": "Halász", "PHONE": "1 718 555 0100"},
            email_address="imola.halasz@queens.com",
            status="pending",
            vip=True,
        ),
        mc(
            {"LNAME": "", "PHONE": "+36 1 555 0199"},
            email_address="zoe.sebestyen@buda.hu",
            status="subscribed",
            vip=False,
        ),
        mc(
            {"LNAME": "Bakó", "PHONE": "(646) 555-0111"},
            email_address="kende.bako@harlem.com",
            status="unsubscribed",
            vip=True,
        ),
    ),
)
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "lastname": mf["LNAME"],
            "phone": omit_if_blank(mf["PHONE"], e164),
            "lifecyclestage": "evangelist" if r["vip"] else "lead",
        }
    )


@case(
    "h129-42-webinar-tag-stage",
    M,
    H,
    """Hello Martin, the last one.

Mailchimp member -> HubSpot contact:
1) email: email_address as it is
2) firstname: only the first word of FNAME ('Kata Lili' -> 'Kata')
3) company: COMPANY; at empty company the email domain comes, the part after the @, as it is
4) lifecyclestage: when among the tags there is 'Webinar' (exactly like this, with big W) -> 'marketingqualifiedlead', otherwise 'subscriber'

Thank you for the patience,
Réka""",
    extended(
        MC,
        mc(
            {"FNAME": "Kata Lili", "COMPANY": "  "},
            email_address="kata.lili@balatonfured.hu",
            tags=["Customer", "Webinar"],
        ),
        mc(
            {"FNAME": "Bálint", "COMPANY": "Bálint Kft"},
            email_address="balint@balintkft.hu",
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
        "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set129")
