"""Held-out set 180 for the offline mapping drafter.

Persona: Thandiwe Mokoena, lifecycle marketing lead at a Cape Town online wine club, writing to
the integration team. She lives in Braze and Klaviyo, so each rule is the Liquid snippet she would
paste into the destination field ({{ contact.company | default: "..." }}, {{ x | downcase }},
{% if %}...{% elsif %}...{% else %}...{% endif %}, {% case %}/{% when %}, {{ email | split: "@" |
first }}, {{ createdate | date: "%Y-%m-%d" }}), with a plain-English line under the snippets
wherever Liquid can't say it: leave a field out when blank, spaces-only counts as blank (Liquid's
default doesn't), E.164 phone numbers, and filters ('don't send anyone who...'). South African
English ('howzit', 'shame', 'lekker', 'just now', 'ja'); her records are wine club members,
estate partners, sommeliers and tasting events (Cape Wine, the Franschhoek cellar door days).

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
    "h180-01",
    H,
    L,
    """Howzit team!

Thandiwe here from the club. First sync on my list: HubSpot contacts -> Salesforce Leads, for the members who signed up at the Cape Wine stand. Here's what I'd put in each Lead field if this were a Braze template:

Email: {{ contact.email }}
First Name: {{ contact.firstname }}
Last Name: {{ contact.lastname }}
Company: {{ contact.company }}
Title: {{ contact.jobtitle }}
Mobile Phone: {{ contact.mobilephone }}
Lead Status: Open - Not Contacted

No filters on any of those, so whatever sits in HubSpot lands in the Lead exactly as it is - spaces, capitals, the lot. If a HubSpot field is empty, the Lead field just goes across empty too, please don't stick a placeholder in. Lead Status is the same fixed text "Open - Not Contacted" on every single lead.

Shot, Thandiwe""",
    extended(
        HS,
        hs(
            email="zanele.dlamini@gmail.com",
            firstname="Zanele",
            lastname="Dlamini",
            company="",
            jobtitle="",
            mobilephone="082 555 0143",
        ),
        hs(
            email="pieter.botha@boschendal-partners.co.za",
            firstname="Pieter ",
            lastname="Botha",
            company=" Boschendal ",
            jobtitle="  ",
            mobilephone="",
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
        "MobilePhone": r["mobilephone"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h180-02",
    H,
    L,
    """Next Lead sync - the members who typed their details into the tablet at the Franschhoek cellar door days. Lots of stray spaces, shame.

```
Email      {{ contact.email }}
Last Name  {{ contact.lastname | strip }}
City       {{ contact.city | strip }}
Company    {{ contact.company | default: "Private Member" }}
Title      {{ contact.jobtitle | default: "Wine Club Member" }}
```

Email is a straight copy. Last Name and City: strip means spaces off the front and back, nothing else changes.

One thing Liquid's default won't do for you: a Company or Title that's only spaces must count as empty too and get the default text. When Company or Title does have something in it, it goes across untouched - don't strip those two.""",
    extended(
        HS,
        hs(
            email="ashwin.naidoo@gmail.com",
            lastname=" Naidoo ",
            city=" Durbanville",
            company="  ",
            jobtitle="",
        ),
        hs(
            email="cellar@spierwines.co.za",
            lastname="Jacobs ",
            city="Stellenbosch ",
            company=" Spier Wine Farm",
            jobtitle="Cellar Master ",
        ),
        hs(
            email="megan.fourie@outlook.com",
            lastname="Fourie",
            city="Paarl",
            company="",
            jobtitle="   ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"].strip(),
        "City": r["city"].strip(),
        "Company": dflt(r["company"], "Private Member"),
        "Title": dflt(r["jobtitle"], "Wine Club Member"),
    }


@case(
    "h180-03",
    H,
    L,
    """Lead sync no. 3 is for the courier team: they phone members before a case gets delivered, so the Lead needs a cell number.

Mobile Phone:
{% if contact.mobilephone != blank %}{{ contact.mobilephone }}{% else %}{{ contact.phone }}{% endif %}
-> the mobile if there is one, otherwise the HubSpot Phone Number; copied as typed, no reformatting. "Blank" includes a field with only spaces. If the mobile AND the phone are both blank, leave Mobile Phone off the Lead completely - no empty value.

First Name and City, every word capitalised (Liquid's capitalize only does the first word, so I loop it):
{% assign words = contact.firstname | split: " " %}{% for w in words %}{{ w | capitalize }}{% unless forloop.last %} {% endunless %}{% endfor %}
same thing for contact.city -> "cape town" becomes "Cape Town", "LINDIWE GRACE" becomes "Lindiwe Grace".

Email: {{ contact.email }}""",
    extended(
        HS,
        hs(
            email="thando.mbeki@gmail.com",
            firstname="THANDO",
            city="cape town",
            mobilephone=" ",
            phone="021 555 0102",
        ),
        hs(
            email="lindiwe.g@webmail.co.za",
            firstname="lindiwe grace",
            city="STELLENBOSCH",
            mobilephone="",
            phone="  ",
        ),
        hs(
            email="kobus.smit@gmail.com",
            firstname="kobus",
            city="somerset west",
            mobilephone="083 555 0177",
            phone="021 555 0150",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "City": title(r["city"]),
            "MobilePhone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
        }
    )


@case(
    "h180-04",
    H,
    L,
    """Howzit - Lead Rating off the HubSpot lifecycle stage please:

Rating:
{% case contact.lifecyclestage %}
{% when "customer", "opportunity" %}Hot
{% when "salesqualifiedlead", "marketingqualifiedlead" %}Warm
{% else %}Cold
{% endcase %}

The else catches every other stage AND members with no stage at all (empty), they're Cold. Stage values must match exactly.

Email: {{ contact.email | downcase }}   (whole address lower case, Salesforce dedupe is fussy)
Last Name: {{ contact.lastname }}   (as is)

Lekker, thanks!""",
    extended(
        HS,
        hs(email="Nomsa.Khumalo@Gmail.COM", lastname="Khumalo", lifecyclestage=""),
        hs(email="SALES@GROOTCONSTANTIA.CO.ZA", lastname="Visser", lifecyclestage="opportunity"),
        hs(email="Ruan.Steyn@Outlook.com", lastname="Steyn", lifecyclestage="evangelist"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "customer": "Hot",
        "opportunity": "Hot",
        "salesqualifiedlead": "Warm",
        "marketingqualifiedlead": "Warm",
    }
    return {
        "Email": r["email"].lower(),
        "LastName": r["lastname"],
        "Rating": table.get(r["lifecyclestage"], "Cold"),
    }


@case(
    "h180-05",
    H,
    L,
    """Leads from our own tasting evenings. Two groups must NOT go to Salesforce at all:

- don't send anyone whose Unsubscribed from all email is "true". If it's "false" or empty they're fine, send them.
- don't send anyone whose Industry is exactly "Wine Retail" - those are bottle-store owners who come to scope out our range, sales doesn't want them.

In Braze I'd do that as
{% if contact.hs_email_optout == "true" or contact.industry == "Wine Retail" %}{% abort_message("skip") %}{% endif %}

Everybody else:
Email -> {{ contact.email }}
First Name -> {{ contact.firstname }}
Last Name -> {{ contact.lastname }}
Company -> {{ contact.company }}
(straight copies, empty stays empty)
Lead Source -> Seminar - Internal   (fixed, every lead)

Cheers, T""",
    extended(
        HS,
        hs(
            email="owner@capebottles.co.za",
            firstname="Gert",
            lastname="Kruger",
            company="Cape Bottles",
            hs_email_optout="",
            industry="Wine Retail",
        ),
        hs(
            email="nadia.adams@gmail.com",
            firstname="Nadia",
            lastname="Adams",
            company="",
            hs_email_optout="  ",
            industry="Hospitality",
        ),
        hs(
            email="info@vinoteca.co.za",
            firstname="Luca",
            lastname="Bianchi",
            company="Vinoteca",
            hs_email_optout="false",
            industry="wine retail",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["industry"] == "Wine Retail":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "LeadSource": "Seminar - Internal",
    }


@case(
    "h180-06",
    H,
    L,
    """Corporate gifting leads - Rating goes off Annual Revenue:

{% assign rev = contact.annualrevenue | plus: 0 %}
{% if contact.annualrevenue == blank %}Cold
{% elsif rev > 5000000 %}Hot
{% elsif rev < 1000000 %}Cold
{% else %}Warm{% endif %}

So above 5 million is Hot, under 1 million is Cold, everything in between Warm. And if the revenue is empty (or just spaces) it's Cold - we know nothing about them.

Employees: {{ contact.numemployees | plus: 0 }}
-> a whole number in Salesforce, not text. If Number of Employees is blank, leave Employees off the Lead.

Email: {{ contact.email }}

Thanks hey!""",
    extended(
        HS,
        hs(email="events@tablemountainhotels.co.za", annualrevenue="999999.99", numemployees=" "),
        hs(email="gifts@karoo-mining.co.za", annualrevenue="7500000", numemployees="3"),
        hs(email="hr@atlanticlaw.co.za", annualrevenue="  ", numemployees="65"),
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
    "h180-07",
    H,
    L,
    """These are the American importers we met at the Cape Wine trade days - sales wants to dial them from Salesforce.

Phone: no Liquid for this, sorry, so in words: take the HubSpot Phone Number and put it in E.164. That's only the digits with a "+" in front. If the number already starts with "+", it keeps its own country code. If it doesn't, it's a US number, so +1 goes in front - except when it's already 11 digits starting with 1, then it just gets the "+". (212) 555-0100 -> +12125550100. No Phone Number (empty or spaces)? Then no Phone on the Lead, leave the field out.

Last Name: {% assign parts = contact.lastname | split: " " %}{% for p in parts %}{{ p | capitalize }}{% unless forloop.last %} {% endunless %}{% endfor %}
(capital first letter on each word, rest lower case: "MOKWENA" -> "Mokwena")

Email: {{ contact.email }}""",
    extended(
        HS,
        hs(email="dan.ross@napaimports.com", lastname="ROSS", phone="1 (917) 555-0123"),
        hs(email="buyer@brooklynwine.com", lastname="ndlovu", phone="  "),
        hs(email="sipho.khoza@winexport.co.za", lastname="KHOZA", phone="+27 21 555 0199"),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "Phone": omit_if_blank(r["phone"], e164),
            "LastName": title(r["lastname"]),
        }
    )


@case(
    "h180-08",
    H,
    L,
    """Local members only for this one! Only send a contact whose Country/Region is exactly "South Africa". Anything else - other countries, "south africa" in lower case, or an empty country - don't send.

{% if contact.country != "South Africa" %}{% abort_message("not local") %}{% endif %}

Then:
Email        {{ contact.email }}
Last Name    {{ contact.lastname | upcase }}
Description  Joined the club {{ contact.createdate | date: "%Y-%m-%d" }} via {{ contact.hs_analytics_source }}

e.g. "Joined the club 2024-03-02 via EMAIL_MARKETING" - the create date as just year-month-day, and the Original Source exactly as HubSpot stores it.

Dankie!""",
    extended(
        HS,
        hs(
            email="refilwe.sithole@gmail.com",
            lastname="Sithole",
            country="South Africa",
            createdate="2024-03-02T12:00:00.000Z",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="jan.dutoit@telkomsa.net",
            lastname="Du Toit",
            country="South Africa",
            createdate="2023-09-24T13:15:00.000Z",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="marlize@iafrica.com",
            lastname="Venter",
            country="south africa",
            createdate="2024-01-10T12:00:00.000Z",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["country"] != "South Africa":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"].upper(),
        "Description": f"Joined the club {day(r['createdate'])} via {r['hs_analytics_source']}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h180-09",
    H,
    C,
    """Howzit! Now HubSpot -> Salesforce Contacts, for our estate partners' people. It's mainly the postal address, because the partner packs get couriered:

Mailing Street              {{ contact.address }}
Mailing City                {{ contact.city }}
Mailing State/Province      {{ contact.state }}
Mailing Zip/Postal Code     {{ contact.zip }}
Mailing Country             {{ contact.country }}
Email                       {{ contact.email }}
First Name                  {{ contact.firstname }}
Last Name                   {{ contact.lastname }}

All plain copies - no strip, no capitalising. An empty HubSpot field means an empty Salesforce field, no default. Only the Mailing address please, leave the Other address fields alone.""",
    extended(
        HS,
        hs(
            email="marketing@delaire.co.za",
            firstname="Anri",
            lastname="Pretorius",
            address="Helshoogte Pass",
            city="Stellenbosch",
            state="Western Cape",
            zip="7600",
            country="South Africa",
        ),
        hs(
            email="hello@babylonstoren.com",
            firstname="Karen",
            lastname="Roos",
            address=" ",
            city="Franschhoek",
            state="",
            zip="",
            country="South Africa",
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
    "h180-10",
    H,
    C,
    """Two checkboxes on the Contact, both real true/false:

Email Opt Out:
{% if contact.hs_email_optout == "false" %}false{% else %}true{% endif %}
-> we're strict about POPIA, so it's only false when HubSpot says "false". "true" is true, and an empty value (or spaces) is ALSO true.

Do Not Call:
{% if contact.mobilephone == blank %}true{% else %}false{% endif %}
-> the courier only ever phones cells, so no Mobile Phone Number (empty or just spaces) means true; any mobile number means false.

Plus
Email: {{ contact.email }}
Last Name: {{ contact.lastname }}""",
    extended(
        HS,
        hs(
            email="aviwe.gqola@gmail.com",
            lastname="Gqola",
            hs_email_optout="  ",
            mobilephone="  ",
        ),
        hs(
            email="charl.meyer@mweb.co.za",
            lastname="Meyer",
            hs_email_optout="false",
            mobilephone="083 555 0111",
        ),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
        "DoNotCall": blank(r["mobilephone"]),
    }


@case(
    "h180-11",
    H,
    C,
    """Salesforce won't take a Contact with no Last Name, and half our cellar-door sign-ups skip it. So:

Last Name:
{% if contact.lastname != blank %}{{ contact.lastname }}{% elsif contact.company != blank %}{{ contact.company }}{% else %}{{ contact.email | split: "@" | first }}{% endif %}

In words: the last name; if that's blank, the Company Name; if that's blank too, the part of the email before the @ (cellar.door@gmail.com -> cellar.door). Blank = empty or only spaces. No other changes to whichever one gets used.

First Name: {{ contact.firstname }}   (copy - fine if empty)
Email: {{ contact.email }}

Thanks so much""",
    extended(
        lower_emails(HS),
        hs(email="cellar.door@gmail.com", firstname="", lastname="", company=""),
        hs(
            email="bookings@haskell.co.za",
            firstname="Preston",
            lastname=" ",
            company="Haskell Vineyards",
        ),
        hs(email="mandla@gmail.com", firstname="Mandla", lastname="", company="  "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h180-12",
    H,
    C,
    """Our shipping partner reads Mailing Country off the Contact and wants the 2-letter ISO code:

Mailing Country:
{% case contact.country %}
{% when "South Africa" %}ZA
{% when "United Kingdom" %}GB
{% when "United States" %}US
{% when "France" %}FR
{% when "Japan" %}JP
{% when "Mexico" %}MX
{% endcase %}
(no else - I checked the export, those six are the only countries in it)

Mailing Zip/Postal Code: {{ contact.zip | upcase }}
-> all capitals (the UK ones come in as "sw1a 2aa"). If Postal Code is blank, leave the field out entirely.

Email: {{ contact.email }}

Shot""",
    extended(
        HS,
        hs(email="olwethu.n@gmail.com", country="South Africa", zip="7600"),
        hs(email="james.w@berrywine.co.uk", country="United Kingdom", zip="sw1a 2aa"),
        hs(email="tessa.brand@gmail.com", country="South Africa", zip="  "),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "South Africa": "ZA",
        "United Kingdom": "GB",
        "United States": "US",
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
    "h180-13",
    H,
    C,
    """Member-get-member referrals into Contacts. Only send contacts whose Original Source is exactly REFERRALS; every other source, and contacts with no source, don't send.

Email: {{ contact.email | downcase }}
Business Phone: {{ contact.phone | default: contact.mobilephone }}
  -> the HubSpot Phone Number, but if that's empty or just spaces use the Mobile Phone Number instead. Copy as typed, no formatting.
Lead Source: Word of mouth   (the same on all of them)

Sharp sharp, Thandiwe""",
    extended(
        HS,
        hs(
            email="Bongani.Zulu@Gmail.com",
            hs_analytics_source="REFERRALS",
            phone="  ",
            mobilephone="072 555 0188",
        ),
        hs(
            email="Amy.Jacobs@Yahoo.com",
            hs_analytics_source="SOCIAL_MEDIA",
            phone="021 555 0133",
        ),
        hs(email="No.Source@Gmail.com", hs_analytics_source="", phone="021 555 0134"),
    ),
)
def o13(r: R) -> Out:
    if r["hs_analytics_source"] != "REFERRALS":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "LeadSource": "Word of mouth",
    }


@case(
    "h180-14",
    H,
    C,
    """Contacts for the sommelier course crowd.

First Name: {{ contact.firstname | strip }}   (spaces off both ends only)
Last Name: {% assign bits = contact.lastname | split: " " %}{% for b in bits %}{{ b | capitalize }}{% unless forloop.last %} {% endunless %}{% endfor %}
   (each word with a capital first letter and the rest lower case: "MTHEMBU" -> "Mthembu")
Lead Source:
{% if contact.hs_analytics_source == "ORGANIC_SEARCH" or contact.hs_analytics_source == "DIRECT_TRAFFIC" %}Web
{% elsif contact.hs_analytics_source == "REFERRALS" %}Word of mouth
{% elsif contact.hs_analytics_source == "EMAIL_MARKETING" %}Email
{% elsif contact.hs_analytics_source == "OFFLINE" %}Seminar - Internal
{% elsif contact.hs_analytics_source == "PAID_SOCIAL" %}Advertisement
{% else %}Other{% endif %}
   (any other source, and an empty one, is Other)
Email: {{ contact.email }}

Cheers!""",
    extended(
        HS,
        hs(
            email="ayanda.mthembu@gmail.com",
            firstname="  Ayanda ",
            lastname="MTHEMBU",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="riaan.j@vodamail.co.za",
            firstname="Riaan",
            lastname="joubert",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
        hs(
            email="kagiso.molefe@gmail.com",
            firstname=" Kagiso",
            lastname="MOLEFE",
            hs_analytics_source="  ",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "REFERRALS": "Word of mouth",
        "EMAIL_MARKETING": "Email",
        "OFFLINE": "Seminar - Internal",
        "PAID_SOCIAL": "Advertisement",
    }
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": title(r["lastname"]),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h180-15",
    H,
    M,
    """Howzit! Mailchimp time - HubSpot contacts into the Monthly Case audience.

Email Address  {{ contact.email }}
FNAME          {{ contact.firstname }}
LNAME          {{ contact.lastname }}
(copies; empty stays empty)
Email type     html   (everyone)
Language       {{ contact.hs_language | default: "en" }}

About Language: Preferred language is missing completely on most of our contacts, never got filled in. Missing, empty or only spaces -> "en". Otherwise send their code as it is (we have a few "af" and "xh" members).

Thanks!""",
    extended(
        HS,
        hs(email="elmarie.vd@gmail.com", firstname="Elmarie", lastname="Visagie", hs_language="af"),
        hs(email="lwando.q@gmail.com", firstname="Lwando", lastname="", hs_language="xh"),
        hs(email="dave.p@gmail.com", firstname="", lastname="Peters", hs_language="  "),
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
    "h180-16",
    H,
    M,
    """Mailchimp status has to follow the HubSpot unsubscribe flag:

status:
{% if contact.hs_email_optout == "true" %}unsubscribed{% elsif contact.hs_email_optout == "false" %}subscribed{% else %}pending{% endif %}

The else is for members where the flag is empty / only spaces - they get the double opt-in mail, so pending. Matches are exact, lower case "true" and "false" as HubSpot stores them.

tags: ["Wine Club"] - that one tag for every member, nothing else.

Email Address: {{ contact.email }}""",
    extended(
        HS,
        hs(email="yusuf.davids@gmail.com", hs_email_optout=" "),
        hs(email="liezl.m@mweb.co.za", hs_email_optout="false"),
        hs(email="tumi.ramaphosa@gmail.com", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Wine Club"]}


@case(
    "h180-17",
    H,
    M,
    """Tags for the year-end corporate gifting push. In Klaviyo I'd build it like this:

{% assign rev = contact.annualrevenue | plus: 0 %}
{% if rev > 1000000 %}Corporate Gifting{% endif %}
{% if contact.industry == "Hospitality" %}Trade{% endif %}

So:
- "Corporate Gifting" when Annual Revenue is more than 1,000,000 (empty revenue never gets it)
- "Trade" when Industry is exactly "Hospitality"

If both apply, it's "Corporate Gifting" then "Trade", in that order. If neither applies, send an empty tag list [].

Email Address: {{ contact.email }}

Lekker, ta""",
    extended(
        HS,
        hs(email="events@vandawinelodge.co.za", annualrevenue="  ", industry="Hospitality"),
        hs(email="fnb@capegrace.com", annualrevenue="1500000", industry="Hospitality"),
        hs(email="office@smallbistro.co.za", annualrevenue="950000", industry="hospitality"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 1_000_000):
        tags.append("Corporate Gifting")
    if r["industry"] == "Hospitality":
        tags.append("Trade")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h180-18",
    H,
    M,
    """Delivery SMS audience - two merge fields:

FNAME: {{ contact.firstname | split: " " | first }}
-> just the first word: "Anne Marie" -> "Anne"

PHONE: {{ contact.phone | default: contact.mobilephone }}
-> the HubSpot Phone Number; if that's empty or spaces, the Mobile Phone Number. Then in E.164 please (I can't do that bit in Liquid): keep only the digits and put a + in front. A number that already starts with + keeps its own country code; one without is a US number and gets +1 in front, unless it's already 11 digits starting with 1, then it only gets the +.

Email Address: {{ contact.email }}""",
    extended(
        HS,
        hs(
            email="annemarie.c@gmail.com",
            firstname="Anne Marie",
            phone="  ",
            mobilephone="+27 82 555 0134",
        ),
        hs(
            email="sipho.jacob@gmail.com",
            firstname="Sipho Jacob",
            phone="1-646-555-0190",
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
    "h180-19",
    H,
    M,
    """Sommelier Circle audience. Don't send anyone with no First Name (empty or only spaces) - every mail opens with their name, and "Dear ," looks terrible.

{% if contact.firstname == blank %}{% abort_message("no name") %}{% endif %}

For everyone who's left:
Email Address -> {{ contact.email }}
status -> subscribed   (fixed)
VIP -> {% if contact.jobtitle == "Sommelier" %}true{% else %}false{% endif %}
   a real true/false: true only when Job Title is exactly "Sommelier"; any other title, or an empty one, is false

Thanks, Thandiwe""",
    extended(
        HS,
        hs(email="noname@gmail.com", firstname="  ", jobtitle="Sommelier"),
        hs(email="lwazi.ndaba@lacolombe.co.za", firstname="Lwazi", jobtitle="Sommelier"),
        hs(email="elna.b@gmail.com", firstname="Elna", jobtitle="Head Sommelier"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["jobtitle"] == "Sommelier",
    }


@case(
    "h180-20",
    H,
    M,
    """Estate partner newsletter, Mailchimp:

FNAME: every word capitalised, rest lower case ("THABO" -> "Thabo", "anne marie" -> "Anne Marie")
{% assign w = contact.firstname | split: " " %}{% for x in w %}{{ x | capitalize }}{% unless forloop.last %} {% endunless %}{% endfor %}

LNAME: {% if contact.lastname != blank %}{{ contact.lastname }}{% else %}{{ contact.email | split: "@" | last }}{% endif %}
-> last name as is; if it's empty or spaces, the email's domain after the @ (orders@delaire.co.za -> delaire.co.za), exactly as it is

VIP: {% assign staff = contact.numemployees | plus: 0 %}{% if staff > 50 %}true{% else %}false{% endif %}
-> true when Number of Employees is above 50, otherwise false; an empty headcount is false

Email Address: {{ contact.email }}""",
    extended(
        lower_emails(HS),
        hs(
            email="orders@delaire.co.za",
            firstname="anne marie",
            lastname="  ",
            numemployees="120",
        ),
        hs(email="thabo@gmail.com", firstname="THABO", lastname="Maseko", numemployees=" "),
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
    "h180-21",
    H,
    S,
    """Segment identify calls from HubSpot (we're piping them into Braze, so the trait names matter):

userId        {{ contact.email | downcase }}
traits.name   {{ contact.firstname }} {{ contact.lastname }}
traits.title  {{ contact.jobtitle }}
traits.phone  {{ contact.phone }}

traits.name is first name, one space, last name - "Karen Roos". Title and phone are plain copies of Job Title and Phone Number; if they're empty the trait goes across empty.

Shot!""",
    extended(
        HS,
        hs(
            email="Lerato.Mokoena@Gmail.com",
            firstname="Lerato",
            lastname="Mokoena",
            jobtitle="",
            phone="",
        ),
        hs(
            email="INFO@BABYLONSTOREN.CO.ZA",
            firstname="Karen",
            lastname="Roos",
            jobtitle="Owner",
            phone="021 863 3852",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "name": f"{r['firstname']} {r['lastname']}",
            "title": r["jobtitle"],
            "phone": r["phone"],
        },
    }


@case(
    "h180-22",
    H,
    S,
    """Howzit - company info for Segment, as the nested traits.company object (not flat traits please):

traits.company.name            {{ contact.company }}
   -> leave this one out if Company Name is empty / spaces
traits.company.industry        {{ contact.industry | default: "Wine & Spirits" }}
   -> spaces-only counts as empty as well, so that gets "Wine & Spirits" too; a filled-in industry goes as is
traits.company.employee_count  {{ contact.numemployees | plus: 0 }}
   -> whole number; leave it out if Number of Employees is blank
userId                         {{ contact.email }}

Thanks!""",
    extended(
        HS,
        hs(email="sam.hendricks@gmail.com", company="  ", industry=" ", numemployees="  "),
        hs(
            email="trade@vergelegen.co.za",
            company="Vergelegen Estate",
            industry="Agriculture",
            numemployees="85",
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
                    "industry": dflt(r["industry"], "Wine & Spirits"),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h180-23",
    H,
    S,
    """Segment address + phone, for courier zones:

traits.address.street  {{ contact.address }}
traits.address.city    {{ contact.city }}
traits.address.state   {{ contact.state }}
(nested under traits.address; street and city copied as is - State/Region too, BUT leave state out when it's empty or spaces)

traits.phone: {{ contact.mobilephone | default: contact.phone }}
-> the Mobile Phone Number, or the Phone Number if the mobile is blank, written as E.164: digits only, + in front. Starts with + already? Keep that country code. No +? It's a US number, add +1 (11 digits beginning with 1 just get the +). If the mobile and phone are both blank, no traits.phone at all.

userId {{ contact.email }}""",
    extended(
        HS,
        hs(
            email="nolu.dube@gmail.com",
            address="14 Long St",
            city="Cape Town",
            state="Western Cape",
            mobilephone="+27 72 555 0144",
            phone="",
        ),
        hs(
            email="frik.b@gmail.com",
            address="3 Kerk St",
            city="Tulbagh",
            state="  ",
            mobilephone="",
            phone=" ",
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
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h180-24",
    H,
    S,
    """One more identify - the Cape Wine show tablet adds spaces around emails, eish.

userId: {{ contact.email | strip | downcase }}
traits.industry: {{ contact.industry }}   (copy; empty stays empty)
traits.unsubscribed: {% if contact.hs_email_optout == "true" %}true{% else %}false{% endif %}
   real boolean, not text. true only for "true"; "false" and an empty flag are false.
traits.employees: {{ contact.numemployees | plus: 0 }}
   as a number. If Number of Employees is blank, leave traits.employees out.

Thanks hey""",
    extended(
        HS,
        hs(
            email=" Lerato.Khumalo@Gmail.com ",
            industry="",
            hs_email_optout="  ",
            numemployees="  ",
        ),
        hs(
            email="Wines@HermanusCellars.CO.ZA  ",
            industry="Hospitality",
            hs_email_optout="true",
            numemployees="27",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "industry": r["industry"],
                "unsubscribed": r["hs_email_optout"] == "true",
                "employees": omit_if_blank(r["numemployees"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h180-25",
    H,
    G,
    """GA4, one Measurement Protocol event per contact:

client_id            {{ contact.email }}
event name           club_member_sync
params.source_system hubspot
params.country       {{ contact.country }}   (copy, empty is fine)
params.industry      {% if contact.industry == blank %}not_set{% else %}{{ contact.industry | downcase }}{% endif %}
params.joined        {{ contact.createdate | date: "%Y-%m-%d" }}

Industry goes all lower case, and when it's empty (or just spaces) send the text not_set. joined is only the date part of Create Date. event name and source_system are the same fixed text for everyone.

Cheers""",
    extended(
        HS,
        hs(
            email="zinhle.m@gmail.com",
            industry="  ",
            country="South Africa",
            createdate="2024-08-15T12:00:00.000Z",
        ),
        hs(
            email="bookings@lanzerac.co.za",
            industry="Hospitality",
            country="",
            createdate="2024-02-29T13:45:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "club_member_sync",
                "params": {
                    "source_system": "hubspot",
                    "country": r["country"],
                    "industry": "not_set" if blank(ind) else ind.lower(),
                    "joined": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h180-26",
    H,
    G,
    """Howzit - this one feeds the corporate gifting dashboard in GA4, so the sales guys can see which big accounts are warming up before the December rush.

GA4 event for the big corporate gifting accounts only. Don't send anyone unless their Annual Revenue is more than 1,000,000 - an empty revenue doesn't qualify, skip those too.

client_id: {{ contact.email | split: "@" | first }}   (bit before the @)
event name: corporate_gifting_lead   (fixed)
params.revenue: {{ contact.annualrevenue | plus: 0 }}   (a number, not text)

Ta!""",
    extended(
        lower_emails(HS),
        hs(email="blank.rev@gmail.com", annualrevenue="  "),
        hs(email="gifting@oldmutualwine.co.za", annualrevenue="1500000.5"),
        hs(email="smallco@gmail.com", annualrevenue="999000"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {"name": "corporate_gifting_lead", "params": {"revenue": num(r["annualrevenue"])}}
        ],
    }


@case(
    "h180-27",
    H,
    G,
    """GA4 again - we want to see in the funnel reports how many club members opted out after the price increase, so the event name depends on the unsubscribe flag:

name: {% if contact.hs_email_optout == "true" %}member_opted_out{% else %}member_active{% endif %}
   ("false" or an empty flag -> member_active)
client_id: {{ contact.email }}
params.city: {{ contact.city | default: "Cape Town" }}
   -> a City that's empty or just spaces gets "Cape Town"; a real city goes as is
params.job_title: {{ contact.jobtitle }}   (copy, empty stays empty)""",
    extended(
        HS,
        hs(email="busi.ntuli@gmail.com", hs_email_optout="  ", city="", jobtitle=""),
        hs(
            email="andre.l@franschhoekcellar.co.za",
            hs_email_optout="true",
            city="Franschhoek",
            jobtitle="Sommelier",
        ),
        hs(email="carmen.f@gmail.com", hs_email_optout="false", city="  ", jobtitle="Chef"),
    ),
)
def o27(r: R) -> Out:
    name = "member_opted_out" if r["hs_email_optout"] == "true" else "member_active"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "Cape Town"), "job_title": r["jobtitle"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h180-28",
    L,
    H,
    """Howzit! The other way round now - Salesforce Leads back into HubSpot contacts, so the trade team's leads show up in my flows.

Email            {{ lead.Email }}
First Name       {{ lead.FirstName }}
Last Name        {{ lead.LastName }}
Company Name     {{ lead.Company }}
Job Title        {{ lead.Title }}
Phone Number     {{ lead.Phone }}
Street Address   {{ lead.Street }}
City             {{ lead.City }}
Postal Code      {{ lead.PostalCode }}
Country/Region   {{ lead.Country }}

No filters on any of them - straight copies. If the Lead field is empty, the HubSpot property gets that same empty value.

Cheers, Thandiwe""",
    extended(
        SFL,
        sfl(
            Email="info@tokara.com",
            FirstName="Gerrit",
            LastName="Nel",
            Company="",
            Title="  ",
            Phone="",
            Street="Helshoogte Rd",
            City="Stellenbosch",
            PostalCode="7600",
            Country="South Africa",
        ),
        sfl(
            Email="mpho.s@gmail.com",
            FirstName="Mpho",
            LastName="Sebola",
            Company="Soweto Wine Festival",
            Title="Organiser",
            Phone="011 555 0190",
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
    "h180-29",
    L,
    H,
    """HubSpot Lifecycle Stage off the Salesforce Lead Rating:

{% case lead.Rating %}
{% when "Hot" %}salesqualifiedlead
{% when "Warm" %}marketingqualifiedlead
{% when "Cold" %}lead
{% endcase %}
(every lead has one of those three, so no else)

Unsubscribed from all email:
{% if lead.HasOptedOutOfEmail %}true{% else %}false{% endif %}
-> HubSpot wants this as the text "true" / "false", so send it as text, from the Lead's Email Opt Out box.

Email: {{ lead.Email }}""",
    extended(
        SFL,
        sfl(Email="nina.k@gmail.com", Rating="Cold", HasOptedOutOfEmail=True),
        sfl(Email="buyer@winesofcape.co.za", Rating="Warm", HasOptedOutOfEmail=False),
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
    "h180-30",
    L,
    H,
    """Lead Status from Salesforce into HubSpot's Lead Status:

Lead Status:
{% if lead.Status == "Open - Not Contacted" %}NEW{% elsif lead.Status == "Working - Contacted" %}IN_PROGRESS{% elsif lead.Status == "Closed - Converted" %}OPEN_DEAL{% elsif lead.Status == "Closed - Not Converted" %}UNQUALIFIED{% endif %}
(those four statuses are all we use, nothing falls through)

Annual Revenue: {{ lead.AnnualRevenue | plus: 0 }}
-> as a number; if the Lead's Annual Revenue is blank, leave it out of HubSpot altogether

Email: {{ lead.Email | downcase }}

Thanks!""",
    extended(
        SFL,
        sfl(Email="Jaco.Ferreira@Gmail.com", Status="Working - Contacted", AnnualRevenue="  "),
        sfl(
            Email="SALES@WINELANDSTOURS.CO.ZA",
            Status="Closed - Converted",
            AnnualRevenue="185000.25",
        ),
    ),
)
def o30(r: R) -> Out:
    table = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "IN_PROGRESS",
        "Closed - Converted": "OPEN_DEAL",
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
    "h180-31",
    L,
    H,
    """UK importers only - only send Leads whose Country is exactly "United Kingdom"; any other country, or none, don't send.

Phone Number: the Lead's Phone in UK E.164. Keep the digits, drop the leading 0 and put +44 in front: 07700 900123 -> +447700900123. If it already starts with +, it keeps its own code, just the + and digits.
Postal Code: {{ lead.PostalCode | upcase }}
Company Name: {{ lead.Company | default: "Independent Importer" }}   (empty or only spaces -> "Independent Importer"; a real name as is)
Email: {{ lead.Email }}

Cheers""",
    extended(
        SFL,
        sfl(
            Email="tom.h@cellarimports.co.uk",
            Country="United Kingdom",
            Phone="07700 900123",
            PostalCode="sw1a 2aa",
            Company="  ",
        ),
        sfl(
            Email="fiona@edinburghwines.co.uk",
            Country="United Kingdom",
            Phone="+44 131 496 0011",
            PostalCode="eh1 1yz",
            Company="Edinburgh Wines",
        ),
        sfl(
            Email="sean@dublinvino.ie",
            Country="Ireland",
            Phone="+353 1 555 0100",
            PostalCode="d02 x285",
            Company="Dublin Vino",
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
        "company": dflt(r["Company"], "Independent Importer"),
    }


@case(
    "h180-32",
    L,
    H,
    """Leads -> HubSpot, but don't send the Cold ones (Rating = "Cold").

Street Address:
{% if lead.Street == blank %}{{ lead.City }}{% else %}{{ lead.Street }}, {{ lead.City }}{% endif %}
-> street, comma, space, city ("12 Main Rd, Constantia"). If Street is empty or only spaces, just the City by itself with no comma.

Company Name: {{ lead.Company | default: "Private Buyer" }}
-> a Company that's only spaces counts as empty too, so "Private Buyer"

Email: {{ lead.Email }}""",
    extended(
        SFL,
        sfl(
            Email="wine.lover@gmail.com",
            Rating="Warm",
            Street="",
            City="Franschhoek",
            Company="  ",
        ),
        sfl(
            Email="orders@constantiacellars.co.za",
            Rating="Hot",
            Street="12 Main Rd",
            City="Constantia",
            Company="",
        ),
        sfl(
            Email="cold.lead@gmail.com",
            Rating="Cold",
            Street="1 Beach Rd",
            City="Muizenberg",
            Company="Surf Wines",
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
        "company": dflt(r["Company"], "Private Buyer"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h180-33",
    C,
    M,
    """Salesforce Contacts into the Estate Partners audience in Mailchimp - this is the list that gets the harvest reports and the allocation mails from the farms, so it has to respect their opt-outs:

Email Address: {{ contact.Email | downcase }}
status: {% if contact.HasOptedOutOfEmail %}unsubscribed{% else %}subscribed{% endif %}
tags: "Estate Partners" on everyone, then "Sales Team" added after it when Department is exactly "Sales"
   -> ["Estate Partners"] or ["Estate Partners", "Sales Team"]
   (a department of "sales" in small letters or anything else doesn't get the second tag)

Shot""",
    extended(
        SFC,
        sfc(
            Email="Naledi.Mahlangu@Kleinzalze.co.za",
            Department="Sales",
            HasOptedOutOfEmail=False,
        ),
        sfc(Email="JP.Louw@Gmail.com", Department="", HasOptedOutOfEmail=True),
        sfc(Email="Carla.V@Rustenvrede.co.za", Department="sales", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["Estate Partners"] + (["Sales Team"] if r["Department"] == "Sales" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h180-34",
    C,
    M,
    """Howzit - WhatsApp/SMS audience from Salesforce Contacts. Don't send any Contact whose Lead Source is empty (or only spaces) - we can't prove where they opted in, POPIA again.

PHONE: the Business Phone in E.164 - digits only with a +. Already has a +? Keep its country code. No +? Then it's a US number: put +1 in front, or if it's already 11 digits starting with 1, just the +.

language:
{% case contact.MailingCountry %}
{% when "South Africa", "United States" %}en
{% when "Germany", "Austria" %}de
{% endcase %}
(only those four countries on this list, so no else)

Email Address: {{ contact.Email }}""",
    extended(
        SFC,
        sfc(
            Email="sommelier@pinotnoir.co.za",
            LeadSource="Web",
            Phone="+27 21 555 0143",
            MailingCountry="South Africa",
        ),
        sfc(
            Email="unknown.source@gmail.com",
            LeadSource="  ",
            Phone="+27 82 555 0100",
            MailingCountry="South Africa",
        ),
        sfc(
            Email="mike.o@nyimports.com",
            LeadSource="Trade Show",
            Phone="1 212 555 0101",
            MailingCountry="United States",
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    lang = {"South Africa": "en", "United States": "en", "Germany": "de", "Austria": "de"}
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h180-35",
    C,
    M,
    """Contacts into Mailchimp for the harvest update - it goes out in March once the grapes are in, and the partner referrals get the VIP version with the cellar-door invite:

FNAME   {{ contact.FirstName | default: "Wine Lover" }}   (spaces-only counts as empty too)
LNAME   {{ contact.LastName }}   (copy, empty is fine)
VIP     {% if contact.LeadSource == "Partner Referral" %}true{% else %}false{% endif %}
        -> real true/false; any other Lead Source, or an empty one, is false
status  subscribed
Email Address  {{ contact.Email }}

Dankie!""",
    extended(
        SFC,
        sfc(
            Email="kobus@groenkloof.co.za",
            FirstName="  ",
            LastName="Groenewald",
            LeadSource="Partner Referral",
        ),
        sfc(Email="mystery@gmail.com", FirstName="", LastName="", LeadSource="  "),
        sfc(
            Email="annelie.r@gmail.com",
            FirstName="Annelie",
            LastName="Rossouw",
            LeadSource="Partner",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Wine Lover"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Partner Referral",
        "status": "subscribed",
    }


@case(
    "h180-36",
    C,
    M,
    """People we met at tasting events (Cape Wine, the Swartland Revolution, that lot) - they get the welcome series from scratch. Only send Contacts whose Lead Source is exactly "Trade Show"; every other source, and empty ones, don't send.

Email Address  {{ contact.Email }}
FNAME          {{ contact.FirstName }}
LNAME          {{ contact.LastName }}
(copies, blanks as blanks)
status         subscribed
email_type     html
tags           []   <- an empty list on purpose, it clears the old event tags off them

Shot, T""",
    extended(
        SFC,
        sfc(Email="hanli@gmail.com", FirstName="Hanli", LastName="", LeadSource="Trade Show"),
        sfc(
            Email="rob.m@gmail.com",
            FirstName="Rob",
            LastName="Martin",
            LeadSource="Seminar - Partner",
        ),
        sfc(Email="empty.src@gmail.com", FirstName="Zoe", LastName="Abrahams", LeadSource=""),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "email_type": "html",
        "tags": [],
    }


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case(
    "h180-37",
    C,
    S,
    """Segment identify from Salesforce Contacts - the estate partners' staff, so I can build audiences on them in Braze just now:

userId             {{ contact.Email | downcase }}
traits.firstName   {{ contact.FirstName }}
traits.title       {{ contact.Title }}
   (those two are straight copies; empty goes across empty)
traits.department  {{ contact.Department }}
   -> but if Department is empty or spaces, leave traits.department out completely - I don't want blank departments cluttering the Braze filters

Ta, shout if anything's unclear""",
    extended(
        SFC,
        sfc(
            Email="Sizwe.Nkosi@GlenCarlou.co.za",
            FirstName="Sizwe",
            Title="",
            Department="  ",
        ),
        sfc(
            Email="MARKETING@WARWICKESTATE.COM",
            FirstName="Mariska",
            Title="Brand Manager",
            Department="Marketing",
        ),
    ),
)
def o37(r: R) -> Out:
    return keep(
        {
            "userId": r["Email"].lower(),
            "traits": {
                "firstName": r["FirstName"],
                "title": r["Title"],
                "department": omit_if_blank(r["Department"]),
            },
        }
    )


@case(
    "h180-38",
    C,
    S,
    """Address traits for Segment, nested under traits.address (Braze reads them from there for the courier-zone segments). Most of our partners are in the Cape, hence the default:

traits.address.city     {{ contact.MailingCity | default: "Cape Town" }}
   -> Mailing City empty or only spaces -> "Cape Town"; otherwise the city exactly as it is
traits.address.country  {{ contact.MailingCountry | strip }}
   -> spaces off both ends, nothing else (no default on country, and an empty one just goes across empty)
userId                  {{ contact.Email }}

Thanks hey""",
    extended(
        SFC,
        sfc(Email="ilse.b@gmail.com", MailingCity=" ", MailingCountry=" South Africa "),
        sfc(
            Email="hermanus.wines@gmail.com",
            MailingCity="Hermanus",
            MailingCountry="South Africa  ",
        ),
        sfc(Email="windhoek.club@gmail.com", MailingCity="", MailingCountry="Namibia"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": dflt(r["MailingCity"], "Cape Town"),
                "country": r["MailingCountry"].strip(),
            }
        },
    }


@case(
    "h180-39",
    C,
    S,
    """Segment from Contacts, three traits:

traits.phone: Business Phone as E.164 - only digits and a leading +. If it starts with + it keeps that country code; otherwise it's a US number and gets +1 (already 11 digits starting with 1 -> just add the +).
traits.name: {{ contact.FirstName }} {{ contact.LastName }}   (first, space, last)
traits.memberType:
{% if contact.Department == "Sales" or contact.Department == "Marketing" %}trade{% elsif contact.Department == "Procurement" %}buyer{% else %}member{% endif %}
   -> any other department, or an empty one, is member
userId: {{ contact.Email }}

Lekker""",
    extended(
        SFC,
        sfc(
            Email="thuli.zwane@checkers.co.za",
            FirstName="Thuli",
            LastName="Zwane",
            Department="Procurement",
            Phone="+27 21 555 0166",
        ),
        sfc(
            Email="gary.w@lawines.com",
            FirstName="Gary",
            LastName="Wong",
            Department="Marketing",
            Phone="1 (310) 555-0177",
        ),
        sfc(
            Email="pia.m@gmail.com",
            FirstName="Pia",
            LastName="Muller",
            Department="  ",
            Phone="212-555-0142",
        ),
    ),
)
def o39(r: R) -> Out:
    kind = {"Sales": "trade", "Marketing": "trade", "Procurement": "buyer"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "memberType": kind.get(r["Department"], "member"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h180-40",
    M,
    H,
    """Howzit! Last batch: Mailchimp members back into HubSpot contacts.

First Name / Last Name: the FNAME and LNAME merge fields with every word capitalised, rest lower case -
{% assign n = member.FNAME | split: " " %}{% for x in n %}{{ x | capitalize }}{% unless forloop.last %} {% endunless %}{% endfor %}
(same for LNAME). An empty name stays empty.
Phone Number: {{ member.PHONE }}   - copy as is, but leave it out if PHONE is empty or spaces
Company Name: {{ member.COMPANY | default: "Private Member" }}   - spaces-only counts as empty
Unsubscribed from all email:
{% if member.status == "unsubscribed" or member.status == "cleaned" %}true{% else %}false{% endif %}
   -> the text "true"/"false"; subscribed, pending or anything else is "false"
Email: {{ member.email_address }}""",
    extended(
        MC,
        mc(
            {"FNAME": "SIBUSISO", "LNAME": "ngcobo", "PHONE": "  ", "COMPANY": "  "},
            email_address="sibu.ngcobo@gmail.com",
            status="pending",
        ),
        mc(
            {
                "FNAME": "anna maria",
                "LNAME": "BOTES",
                "PHONE": "021 555 0177",
                "COMPANY": "Botes Family Wines",
            },
            email_address="anna@botesfamily.co.za",
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
            "lastname": title(mf["LNAME"]),
            "phone": omit_if_blank(mf["PHONE"]),
            "company": dflt(mf["COMPANY"], "Private Member"),
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false",
        }
    )


@case(
    "h180-41",
    M,
    H,
    """Mailchimp -> HubSpot, but don't send anyone whose status is "unsubscribed".

Phone Number: the PHONE merge field in E.164 (digits only with a +; if it already starts with + keep that country code, otherwise US, so +1 in front - or just the + when it's 11 digits starting with 1). If PHONE is empty or only spaces, leave Phone Number out.
First Name: {{ member.FNAME }}   (copy)
Lifecycle Stage: {% if member.vip %}evangelist{% else %}customer{% endif %}
   -> VIP members are evangelist, all the others customer
Email: {{ member.email_address }}

Cheers, Thandiwe""",
    extended(
        MC,
        mc(
            {"FNAME": "Kyle", "PHONE": "+27 83 555 0177"},
            email_address="kyle.adams@gmail.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"FNAME": "Palesa", "PHONE": "  "},
            email_address="palesa.m@gmail.com",
            status="pending",
            vip=False,
        ),
        mc(
            {"FNAME": "Quinton", "PHONE": "1 415 555 0166"},
            email_address="quinton@gmail.com",
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
            "phone": omit_if_blank(mf["PHONE"], e164),
            "firstname": mf["FNAME"],
            "lifecyclestage": "evangelist" if r["vip"] else "customer",
        }
    )


@case(
    "h180-42",
    M,
    H,
    """Last one, promise!

First Name: {{ member.FNAME | split: " " | first }}   (FNAME merge field, first word only)
Company Name:
{% if member.COMPANY != blank %}{{ member.COMPANY }}{% else %}{{ member.email_address | split: "@" | last }}{% endif %}
-> the COMPANY merge field, or when that's empty/spaces the email domain after the @ (orders@hartenberg.co.za -> hartenberg.co.za)
Lifecycle Stage: {% if member.tags contains "Wine Club" %}customer{% else %}lead{% endif %}
-> customer when one of the member's tags is exactly "Wine Club" (capitals matter), otherwise lead
Email: {{ member.email_address }}

Baie dankie, Thandiwe""",
    extended(
        MC,
        mc(
            {"FNAME": "Mary Anne", "COMPANY": "  "},
            email_address="maryanne@landofmilkandwine.co.za",
            tags=["Newsletter", "Wine Club"],
        ),
        mc(
            {"FNAME": "Tumelo", "COMPANY": ""},
            email_address="tumelo@kwvclub.co.za",
            tags=["wine club"],
        ),
        mc(
            {"FNAME": "Ilse Marie", "COMPANY": "Hartenberg Estate"},
            email_address="ilse@hartenberg.co.za",
            tags=["Wine Club"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Wine Club" in r["tags"] else "lead",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set180")
