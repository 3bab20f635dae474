"""Held-out set 190 for the offline mapping drafter.

Persona: Joris van Dijk, growth platform engineer at a Rotterdam logistics-software company (a
TMS and port-call platform sold to freight forwarders, port operators and shippers; leads from
webinars, the TOC Europe trade show and 14-day free-trial sign-ups). He writes every sync as
Terraform-like HCL: one resource "syncwright_mapping" block with from/to, nested
field "X" { source = ... } blocks, default = ..., when { ... } blocks (or a labelled
when "condition" { value = ... }), lookup = { ... } maps for value tables, filter { include/
exclude = ... } blocks, now and then a locals block, Terraform-ish functions (lower(), upper(),
trimspace(), title(), split(), formatdate(), tonumber(), "${a} ${b}" interpolation), and '#'
comments for whatever HCL cannot say (E.164 phone rules, 'leave the key out', what an empty value
does). Dry Dutch directness: '# nb: ...', 'let op', a short line above the block, signs 'gr. Joris'
or nothing at all. His records are freight forwarders, terminal and port operators, shippers
(Dutch, Belgian, German, UK and US), webinar sign-ups, TOC Europe badge scans and trial users.

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
Every text maps the email to the destination's match key itself (authoring.MATCH_KEY_NOTE).
Where he writes title(), his comment says it is the lower-the-rest kind (Terraform's own title()
leaves the rest alone), and where a fallback list is used the comment says spaces-only counts as
empty.
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
    "h190-01",
    H,
    L,
    """TOC Europe badge scans -> Salesforce Leads. Nothing clever.

resource "syncwright_mapping" "toc_badges_to_lead" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  field "Email"      { source = "email" }      # match key
  field "FirstName"  { source = "firstname" }
  field "LastName"   { source = "lastname" }
  field "Company"    { source = "company" }
  field "Title"      { source = "jobtitle" }
  field "Country"    { source = "country" }
  field "LeadSource" { value  = "Trade Show" } # fixed, every lead

  # nb: copies are 1:1. empty in HubSpot = same empty value on the Lead.
  # no trimming, no defaults, no filter.
}

gr. Joris""",
    extended(
        HS,
        hs(
            email="m.bakker@portlink-logistics.nl",
            firstname="Maarten",
            lastname="Bakker",
            company="PortLink Logistics",
            jobtitle="",
            country="Netherlands",
        ),
        hs(
            email="s.yilmaz@bosporus-freight.com.tr",
            firstname="",
            lastname="Yilmaz",
            company="",
            jobtitle="Operations Manager",
            country=" ",
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
        "Country": r["country"],
        "LeadSource": "Trade Show",
    }


@case(
    "h190-02",
    H,
    L,
    """# 14-day TMS trial sign-ups -> Lead. The trial form is sloppy, people hit the spacebar a lot.
resource "syncwright_mapping" "trial_to_lead" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  field "Email"    { source = "email" }       # match key, as is
  field "LastName" { source = "lastname" }    # as is
  field "Company" {
    source  = "company"
    default = "Trial - no company"  # only when company is empty or just spaces
  }                                 # filled company goes exactly as typed, spaces and all
  field "Title" {
    source  = "jobtitle"
    default = "Trial User"          # same rule as Company
  }
  field "City" {
    source    = "city"
    transform = "trimspace"         # spaces off both ends, nothing else. "   " -> ""
  }
}""",
    extended(
        HS,
        hs(
            email="trial.ops@kustvaart-rijnmond.nl",
            lastname="Wit",
            company="",
            jobtitle="  ",
            city=" Rotterdam ",
        ),
        hs(
            email="j.peeters@scheldecargo.be",
            lastname="Peeters",
            company=" Schelde Cargo NV",
            jobtitle="",
            city="Antwerpen   ",
        ),
        hs(
            email="a.novak@gmail.com",
            lastname="Novak",
            company="  ",
            jobtitle="Dispatcher",
            city="   ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": dflt(r["company"], "Trial - no company"),
        "Title": dflt(r["jobtitle"], "Trial User"),
        "City": r["city"].strip(),
    }


@case(
    "h190-03",
    H,
    L,
    """Planners want to WhatsApp new leads, so we need MobilePhone on the Lead.

resource "syncwright_mapping" "lead_mobile" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  field "Email" { source = "email" }   # match key

  field "MobilePhone" {
    source = ["mobilephone", "phone"]  # first one that is filled. empty or only spaces = not filled
    # neither filled -> no MobilePhone key on the Lead at all. number as typed, no formatting
  }

  field "LastName" { source = title(lastname) }
  field "City"     { source = title(city) }
  # nb: title() here means every word: first letter upper, rest lower. "SMIT" -> "Smit",
  # "new york" -> "New York". not Terraform's version that leaves the rest alone.
}""",
    extended(
        HS,
        hs(
            email="r.smit@waalhaven-transport.nl",
            lastname="SMIT",
            city="SCHIEDAM",
            mobilephone="  ",
            phone="010 555 0147",
        ),
        hs(
            email="k.oosterhout@gmail.com",
            lastname="oosterhout",
            city="vlaardingen",
            mobilephone="",
            phone=" ",
        ),
        hs(
            email="d.kim@pacifictrans.com",
            lastname="kim",
            city="new york",
            mobilephone="+1 917 555 0133",
            phone="(212) 555-0100",
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
    "h190-04",
    H,
    L,
    """resource "syncwright_mapping" "lead_source" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  field "Email" { source = "email" }   # match key

  field "LeadSource" {
    source = "hs_analytics_source"     # exact HubSpot values, upper case as stored
    lookup = {
      ORGANIC_SEARCH  = "Web"
      PAID_SEARCH     = "Advertisement"
      PAID_SOCIAL     = "Advertisement"
      EMAIL_MARKETING = "Email"
      OFFLINE         = "Trade Show"
    }
    default = "Other"   # any value not in the map, and an empty source too
  }

  field "Website" { source = lower(website) }   # whole url lower case. empty stays empty
}""",
    extended(
        HS,
        hs(
            email="info@maasfreight.nl", hs_analytics_source="OFFLINE", website="WWW.MaasFreight.NL"
        ),
        hs(
            email="bookings@deltareefer.com",
            hs_analytics_source="DIRECT_TRAFFIC",
            website="https://DeltaReefer.com/Booking",
        ),
        hs(email="ops@haven-x.nl", hs_analytics_source="", website=""),
    ),
)
def o04(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "EMAIL_MARKETING": "Email",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
        "Website": r["website"].lower(),
    }


@case(
    "h190-05",
    H,
    L,
    """New-business leads only. Existing customers belong to account management, and consultants
scan every badge at the fair, sales doesn't want them.

resource "syncwright_mapping" "new_business_leads" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  filter { exclude = lifecyclestage == "customer" }
  filter { exclude = industry == "Consulting" }
  # either one true -> contact is not synced. exact values. empty stage or empty industry: stays in.

  field "Email"     { source = "email" }   # match key
  field "FirstName" { source = "firstname" }
  field "LastName"  { source = "lastname" }
  field "Company"   { source = "company" }
  field "Phone"     { source = "phone" }   # these five: plain copies, empty stays empty
  field "Status"    { value  = "Open - Not Contacted" }
}""",
    extended(
        HS,
        hs(
            email="w.dekker@dekker-advies.nl",
            firstname="Wim",
            lastname="Dekker",
            company="Dekker Advies",
            phone="+31 10 555 0121",
            lifecyclestage="lead",
            industry="Consulting",
        ),
        hs(
            email="noor.ahmed@gmail.com",
            firstname="Noor",
            lastname="Ahmed",
            company="",
            phone="",
            lifecyclestage="",
            industry="",
        ),
        hs(
            email="f.lambert@lambert-consult.be",
            firstname="Frank",
            lastname="Lambert",
            company="Lambert Consult",
            phone="+32 3 555 0190",
            lifecyclestage="opportunity",
            industry="consulting",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["industry"] == "Consulting":
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
    "h190-06",
    H,
    L,
    """# Rating by annual revenue (EUR, just compare the numbers) + headcount
resource "syncwright_mapping" "lead_rating" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  field "Email" { source = "email" }   # match key

  field "Rating" {
    when "annualrevenue > 5000000" { value = "Hot" }
    when "annualrevenue < 1000000" { value = "Cold" }
    default = "Warm"                   # 1 000 000 up to 5 000 000
    # nb: empty annualrevenue -> "Cold". unknown revenue is not Warm.
  }

  field "NumberOfEmployees" {
    source = floor(tonumber(numemployees))   # a whole number, not the text
    # numemployees empty -> leave NumberOfEmployees off the Lead
  }
}""",
    extended(
        HS,
        hs(email="procurement@europoort-tankers.nl", annualrevenue="75000000", numemployees="1200"),
        hs(email="office@kleine-sleepdienst.nl", annualrevenue=" ", numemployees="35"),
        hs(email="info@fietskoerier-delft.nl", annualrevenue="950000", numemployees="  "),
    ),
)
def o06(r: R) -> Out:
    if blank(r["annualrevenue"]):
        rating = "Cold"
    else:
        v = float(r["annualrevenue"])
        rating = "Hot" if v > 5_000_000 else ("Cold" if v < 1_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h190-07",
    H,
    L,
    """US shippers from the Houston webinar. The SF dialer only eats E.164.

resource "syncwright_mapping" "us_webinar_leads" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  field "Email"     { source = "email" }            # match key
  field "FirstName" { source = title(firstname) }   # each word: capital first letter, rest lower
  field "Phone"     { source = "phone" }
  # Phone as E.164, HCL can't say it so:
  #  - keep only the digits, "+" in front
  #  - starts with "+" already -> keep its own country code
  #  - no "+" -> US number: "+1" before the digits, unless it is 11 digits starting with 1,
  #    then only the "+". (713) 555-0164 -> +17135550164
  #  - phone empty / only spaces -> no Phone key at all, don't send ""
}""",
    extended(
        HS,
        hs(email="jamal.price@gulfcoast-shippers.com", firstname="JAMAL", phone="(713) 555-0164"),
        hs(
            email="as.vermeulen@rtm-forwarding.nl", firstname="anne sophie", phone="+31 10 555 0123"
        ),
        hs(email="carlos.ruiz@miamireefer.com", firstname="carlos", phone="1-305-555-0119"),
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
    "h190-08",
    H,
    L,
    """# SQLs only, for the Monday pipeline call
resource "syncwright_mapping" "sql_handover" {
  from = "hubspot.contacts"
  to   = "salesforce.Lead"

  filter { include = lifecyclestage == "salesqualifiedlead" }   # exact. everything else stays home

  field "Email" { source = "email" }          # match key
  field "State" { source = upper(state) }     # "zh" -> "ZH". empty stays empty
  field "Description" {
    value = "${firstname} ${lastname} (since ${formatdate("YYYY-MM-DD", createdate)})"
    # e.g. "Tom Verhoeven (since 2024-10-08)". names untouched, date = date part of createdate
  }
  # nb: every SQL has first and last name filled
}""",
    extended(
        HS,
        hs(
            email="t.verhoeven@rijnmond-shipping.nl",
            firstname="Tom",
            lastname="Verhoeven",
            lifecyclestage="salesqualifiedlead",
            state="zh",
            createdate="2024-10-08T12:00:00.000Z",
        ),
        hs(
            email="l.jacobs@antwerp-bulk.be",
            firstname="Lotte",
            lastname="Jacobs",
            lifecyclestage="salesqualifiedlead",
            state="",
            createdate="2025-01-15T13:20:00.000Z",
        ),
        hs(
            email="p.moreau@fret-lyon.fr",
            firstname="Pierre",
            lastname="Moreau",
            lifecyclestage="opportunity",
            state="ARA",
            createdate="2025-02-03T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {
        "Email": r["email"],
        "State": r["state"].upper(),
        "Description": f"{r['firstname']} {r['lastname']} (since {day(r['createdate'])})",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h190-09",
    H,
    C,
    """Year-end calendar goes out by post. Address onto the Contact's Mailing fields (not Other*).

resource "syncwright_mapping" "calendar_mailing" {
  from = "hubspot.contacts"
  to   = "salesforce.Contact"

  field "Email"             { source = "email" }      # match key
  field "LastName"          { source = "lastname" }
  field "MailingStreet"     { source = "address" }
  field "MailingCity"       { source = "city" }
  field "MailingState"      { source = "state" }
  field "MailingPostalCode" { source = "zip" }
  field "MailingCountry"    { source = "country" }
  # all straight copies. empty in HubSpot -> same empty value on the Contact
}""",
    extended(
        HS,
        hs(
            email="h.bos@bos-containerdienst.nl",
            lastname="Bos",
            address="Reeweg 12",
            city="Rotterdam",
            state="",
            zip="3088 GP",
            country="Netherlands",
        ),
        hs(
            email="k.schulte@elbe-spedition.de",
            lastname="Schulte",
            address="",
            city="Hamburg",
            state="  ",
            zip="",
            country="Germany",
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
    "h190-10",
    H,
    C,
    """# two checkboxes on Contact. real true/false, not the strings.
resource "syncwright_mapping" "contact_flags" {
  from = "hubspot.contacts"
  to   = "salesforce.Contact"

  field "Email"    { source = "email" }       # match key
  field "LastName" { source = "lastname" }

  field "HasOptedOutOfEmail" {
    value = hs_email_optout == "true"
    # "true" -> true. "false" -> false. empty or only spaces -> false as well
  }
  field "DoNotCall" {
    value = phone == "" && mobilephone == ""
    # let op: true only when BOTH are empty (spaces-only counts as empty).
    # one of the two filled -> false
  }
}""",
    extended(
        HS,
        hs(
            email="g.visser@visserbinnenvaart.nl",
            lastname="Visser",
            hs_email_optout="  ",
            phone=" ",
            mobilephone="",
        ),
        hs(
            email="e.claes@claes-logistics.be",
            lastname="Claes",
            hs_email_optout="true",
            phone="",
            mobilephone="+32 475 55 01 23",
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
    "h190-11",
    H,
    C,
    """LastName is required on Contact, and trial users skip it. Emails here are lower case already.

resource "syncwright_mapping" "contact_lastname" {
  from = "hubspot.contacts"
  to   = "salesforce.Contact"

  field "Email" { source = "email" }   # match key

  field "LastName" {
    source = ["lastname", "company", split("@", email)[0]]
    # left to right, first one that is not empty (spaces-only = empty):
    # last name, else company, else the bit of the email before the @
    # "havenmeester.r@gmail.com" -> "havenmeester.r"
  }
}""",
    extended(
        lower_emails(HS),
        hs(email="planning@ijmond-tankopslag.nl", lastname="", company="IJmond Tankopslag"),
        hs(email="havenmeester.r@gmail.com", lastname=" ", company="  "),
        hs(email="y.el.amrani@gmail.com", lastname="El Amrani", company=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h190-12",
    H,
    C,
    """# customs module wants ISO country codes on the Contact
resource "syncwright_mapping" "contact_country_iso" {
  from = "hubspot.contacts"
  to   = "salesforce.Contact"

  field "Email" { source = "email" }   # match key

  field "MailingCountry" {
    source = "country"
    lookup = {
      "Netherlands"   = "NL"
      "Belgium"       = "BE"
      "Germany"       = "DE"
      "United States" = "US"
      "France"        = "FR"
      "Japan"         = "JP"
      "Mexico"        = "MX"
    }
    # no default on purpose. checked the list, nobody has another country
  }

  field "MailingPostalCode" { source = upper(zip) }   # "3072 ap" -> "3072 AP"
  # zip empty or spaces -> MailingPostalCode not sent at all
}""",
    extended(
        HS,
        hs(email="m.dewitte@gent-cargo.be", country="Belgium", zip="9000"),
        hs(email="j.hendriks@hendriks-koeltransport.nl", country="Netherlands", zip="3072 ap"),
        hs(email="b.krause@rhein-logistik.de", country="Germany", zip="  "),
    ),
)
def o12(r: R) -> Out:
    codes = {
        "Netherlands": "NL",
        "Belgium": "BE",
        "Germany": "DE",
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
    "h190-13",
    H,
    C,
    """Webinar "Port call optimisation": only the logistics people become Contacts.

resource "syncwright_mapping" "webinar_logistics_contacts" {
  from = "hubspot.contacts"
  to   = "salesforce.Contact"

  filter { include = industry == "Logistics" }   # exact, capital L. other/empty industry: skip

  field "Email" { source = lower(email) }        # match key, whole address lower case
  field "Phone" {
    source = ["phone", "mobilephone"]  # phone, and if that is empty/spaces the mobile. as typed
  }                                    # (all of them have at least one)
  field "LeadSource" { value = "Seminar - Internal" }
}""",
    extended(
        HS,
        hs(
            email="Kees.Mulder@Mulder-Transport.NL",
            industry="Logistics",
            phone="  ",
            mobilephone="+31 6 5555 0188",
        ),
        hs(
            email="Ana.Costa@PortoCargo.PT",
            industry="logistics",
            phone="+351 22 555 0140",
            mobilephone="",
        ),
        hs(
            email="Ops@NorthSea-Shipping.com",
            industry="Logistics",
            phone="+44 20 7946 0110",
            mobilephone="",
        ),
    ),
)
def o13(r: R) -> Out:
    if r["industry"] != "Logistics":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "LeadSource": "Seminar - Internal",
    }


@case(
    "h190-14",
    H,
    C,
    """resource "syncwright_mapping" "contact_department" {
  from = "hubspot.contacts"
  to   = "salesforce.Contact"

  field "Email"     { source = "email" }              # match key
  field "Title"     { source = trimspace(jobtitle) }  # ends only. all spaces -> ""
  field "FirstName" { source = title(firstname) }
  # title() = every word capital + rest lower: "HENDRIK JAN" -> "Hendrik Jan"

  field "Department" {
    source = "industry"                # exact match
    lookup = {
      "Logistics"       = "Operations"
      "Port Operations" = "Terminal"
      "Software"        = "IT"
    }
    default = "General"                # anything else, empty industry included
  }
}""",
    extended(
        HS,
        hs(
            email="f.kramer@rwg-terminal.nl",
            firstname="femke",
            jobtitle=" Planner  ",
            industry="Port Operations",
        ),
        hs(
            email="hj.brouwer@brouwer-vracht.nl",
            firstname="HENDRIK JAN",
            jobtitle="   ",
            industry="  ",
        ),
        hs(
            email="s.nilsson@gothenburg-line.se",
            firstname="sven",
            jobtitle="Terminal Manager",
            industry="logistics",
        ),
    ),
)
def o14(r: R) -> Out:
    dept = {"Logistics": "Operations", "Port Operations": "Terminal", "Software": "IT"}
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "FirstName": title(r["firstname"]),
        "Department": dept.get(r["industry"], "General"),
    }


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case(
    "h190-15",
    H,
    M,
    """# "Haven & Data" monthly newsletter, all contacts
resource "syncwright_mapping" "newsletter_members" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"

  field "email_address"      { source = "email" }       # match key
  field "merge_fields.FNAME" { source = "firstname" }
  field "merge_fields.LNAME" { source = "lastname" }    # both plain copies, empty -> empty
  field "status"             { value  = "subscribed" }  # same for everyone

  field "language" {
    source  = "hs_language"
    default = "nl"
    # most contacts don't have hs_language at all (property missing) -> "nl".
    # empty or spaces -> "nl" too. filled -> as is
  }
}""",
    extended(
        HS,
        hs(email="r.de.bruin@ect-demo.nl", firstname="Robin", lastname="Bruin", hs_language="nl"),
        hs(email="m.hoffmann@duisport-demo.de", firstname="Marta", lastname="", hs_language="de"),
        hs(email="trial.user.88@gmail.com", firstname="", lastname="Tan", hs_language="  "),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "nl"),
    }


@case(
    "h190-16",
    H,
    M,
    """Free-trial users -> Mailchimp onboarding audience. No answer on opt-out = ask first (GDPR).

resource "syncwright_mapping" "trial_onboarding" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"

  field "email_address" { source = "email" }   # match key

  field "status" {
    source = "hs_email_optout"
    lookup = {
      "true"  = "unsubscribed"
      "false" = "subscribed"
    }
    # empty / only spaces / missing -> "pending", Mailchimp sends the confirm mail
  }

  field "tags" { value = ["Free Trial"] }   # one tag, everybody
}""",
    extended(
        HS,
        hs(email="a.jansen@jansen-transport.nl", hs_email_optout=" "),
        hs(email="t.wouters@limburg-logistics.be", hs_email_optout="false"),
        hs(email="k.berger@berger-spedition.at", hs_email_optout="true"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Free Trial"]}


@case(
    "h190-17",
    H,
    M,
    """resource "syncwright_mapping" "segment_tags" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"

  field "email_address" { source = "email" }   # match key

  field "tags" {
    when {
      test = numemployees > 100      # empty numemployees -> no Enterprise tag
      add  = "Enterprise"
    }
    when {
      test = country == "Netherlands"  # exact, "netherlands" is not it
      add  = "Benelux NL"
    }
    # order: Enterprise first, then Benelux NL. neither -> empty list [], still send tags
  }
}

gr. Joris""",
    extended(
        HS,
        hs(email="inkoop@rotterdam-stevedores.nl", numemployees="600", country="Netherlands"),
        hs(email="info@kleine-expediteur.nl", numemployees=" ", country="Netherlands"),
        hs(email="hr@big-forwarder.com", numemployees="150", country="netherlands"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Enterprise")
    if r["country"] == "Netherlands":
        tags.append("Benelux NL")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h190-18",
    H,
    M,
    """# SMS reminders for the US webinar. some Dutch colleagues signed up too.
resource "syncwright_mapping" "webinar_sms" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"

  field "email_address"      { source = "email" }                    # match key
  field "merge_fields.FNAME" { source = split(" ", firstname)[0] }   # first word: "Mary Ellen" -> "Mary"

  field "merge_fields.PHONE" {
    source = ["mobilephone", "phone"]   # mobile, else phone when mobile is empty/spaces
    # everyone has one of the two. then E.164:
    #   digits only, "+" in front. already "+..." -> keep that country code.
    #   no "+" -> US: "+1" + digits, but 11 digits starting with 1 only get the "+".
    #   (504) 555-0171 -> +15045550171
  }
}""",
    extended(
        HS,
        hs(
            email="maryellen.foster@nola-barge.com",
            firstname="Mary Ellen",
            mobilephone="",
            phone="(504) 555-0171",
        ),
        hs(
            email="jw.kok@kok-rederij.nl",
            firstname="Jan Willem",
            mobilephone="+31 6 5555 0142",
            phone="",
        ),
        hs(
            email="luis.ortega@portmiami-demo.com",
            firstname="Luis",
            mobilephone=" ",
            phone="1 (305) 555 0190",
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
    "h190-19",
    H,
    M,
    """Customer audience. Contacts without a company are no use here, drop them.

resource "syncwright_mapping" "customer_audience" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"

  filter { exclude = trimspace(company) == "" }   # company empty, missing or only spaces -> skip

  field "email_address" { source = "email" }      # match key
  field "status"        { value  = "subscribed" }
  field "vip" {
    value = lifecyclestage == "customer"          # exact. other stages and empty stage -> false
  }
}""",
    extended(
        HS,
        hs(email="it@vopak-demo.nl", company="Vopak Demo Terminal", lifecyclestage="customer"),
        hs(email="prive.koerier@gmail.com", company="  ", lifecyclestage="customer"),
        hs(email="sales@bluewater-demo.dk", company="Blue Water Demo", lifecyclestage=""),
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
    "h190-20",
    H,
    M,
    """Key accounts. Emails are lower case in this list already.

resource "syncwright_mapping" "key_accounts" {
  from = "hubspot.contacts"
  to   = "mailchimp.members"

  field "email_address"      { source = "email" }            # match key
  field "merge_fields.FNAME" { source = title(firstname) }   # "BRAM" -> "Bram", rest of each word lower
  field "merge_fields.LNAME" {
    source = ["lastname", split("@", email)[1]]
    # no last name (empty/spaces) -> the domain after the @, so the salutation still says something
    # "inkoop@rotterdam-reefers.nl" -> "rotterdam-reefers.nl"
  }
  field "vip" {
    value = annualrevenue > 3000000   # true above 3 000 000. empty revenue -> false
  }
}""",
    extended(
        lower_emails(HS),
        hs(
            email="inkoop@rotterdam-reefers.nl",
            firstname="BRAM",
            lastname="",
            annualrevenue="48000000",
        ),
        hs(
            email="info@binnenvaart-zwolle.nl", firstname="gerrit", lastname="  ", annualrevenue=" "
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
        "vip": gt(r["annualrevenue"], 3_000_000),
    }


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h190-21",
    H,
    S,
    """# identify call for the trial app login
resource "syncwright_mapping" "trial_identify" {
  from = "hubspot.contacts"
  to   = "segment.identify"

  field "userId"       { source = lower(email) }   # match key, whole email lower case
  field "traits.title" { source = "jobtitle" }     # copy, empty stays empty
  field "traits.phone" { source = "phone" }        # copy as typed, empty stays empty
  field "traits.name"  { value  = "${firstname} ${lastname}" }   # one space between, names untouched
}""",
    extended(
        HS,
        hs(
            email="Eva.Lindemann@Hafen-Trial.DE",
            firstname="Eva",
            lastname="Lindemann",
            jobtitle="",
            phone="",
        ),
        hs(
            email="NOOR.HASSAN@GULFLINE.AE",
            firstname="Noor",
            lastname="Hassan",
            jobtitle="Fleet Manager",
            phone="+971 4 555 0199",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "title": r["jobtitle"],
            "phone": r["phone"],
            "name": f"{r['firstname']} {r['lastname']}",
        },
    }


@case(
    "h190-22",
    H,
    S,
    """Company goes nested under traits.company (Segment's spec), not as flat traits.

resource "syncwright_mapping" "identify_company" {
  from = "hubspot.contacts"
  to   = "segment.identify"

  field "userId" { source = "email" }   # match key

  field "traits.company.name" {
    source  = "company"
    default = "Independent"             # empty/spaces -> "Independent"
  }
  field "traits.company.industry"       { source = "industry" }
  field "traits.company.employee_count" { source = floor(tonumber(numemployees)) }  # integer
  # industry and employee_count: empty -> leave the key out. no null, no "".
}""",
    extended(
        HS,
        hs(
            email="info@shortsea-rotterdam.nl",
            company="Rotterdam Shortsea BV",
            industry="Shipping",
            numemployees="85",
        ),
        hs(email="zzp.planner@gmail.com", company="  ", industry="  ", numemployees=""),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Independent"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h190-23",
    H,
    S,
    """# delivery address for the portal profile, nested under traits.address
resource "syncwright_mapping" "identify_address" {
  from = "hubspot.contacts"
  to   = "segment.identify"

  field "userId"                    { source = "email" }     # match key
  field "traits.address.street"     { source = "address" }   # copy, empty ok
  field "traits.address.city"       { source = "city" }      # copy
  field "traits.address.postalCode" { source = "zip" }       # only when filled, else no key

  field "traits.phone" {
    source = ["mobilephone", "phone"]   # mobile first, phone when mobile is empty/spaces
    # E.164: digits, "+" first. starts with "+" -> keep its code. no "+" -> US, "+1" in front
    # (11 digits starting with 1: just the "+"). (281) 555-0102 -> +12815550102
    # both empty -> no traits.phone
  }
}""",
    extended(
        HS,
        hs(
            email="ops@houston-breakbulk.com",
            address="1200 Clinton Dr",
            city="Houston",
            zip="77020",
            mobilephone="",
            phone="(281) 555-0102",
        ),
        hs(
            email="trial.anon@gmail.com",
            address="",
            city="Delft",
            zip="",
            mobilephone=" ",
            phone="",
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
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h190-24",
    H,
    S,
    """The trial form keeps spaces around the email. Trim first, then lower.

resource "syncwright_mapping" "identify_trial_revenue" {
  from = "hubspot.contacts"
  to   = "segment.identify"

  field "userId"         { source = lower(trimspace(email)) }   # match key
  field "traits.website" { source = "website" }                 # plain copy
  field "traits.email_opt_out" {
    value = hs_email_optout == "true"   # real boolean. "false" -> false, empty/spaces -> false
  }
  field "traits.annual_revenue" {
    source = tonumber(annualrevenue)    # JSON number, decimals stay
    # no revenue (empty) -> leave annual_revenue out
  }
}""",
    extended(
        HS,
        hs(
            email="  Sanne.Kok@Kok-Transport.NL",
            website="",
            hs_email_optout=" ",
            annualrevenue="",
        ),
        hs(
            email="Info@Baltic-Feeder.EE ",
            website="https://baltic-feeder.ee",
            hs_email_optout="true",
            annualrevenue="6400000.25",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "website": r["website"],
                "email_opt_out": r["hs_email_optout"] == "true",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h190-25",
    H,
    G,
    """One GA4 event per webinar registration (Measurement Protocol, the event sits in events[0]).

resource "syncwright_mapping" "ga4_webinar_reg" {
  from = "hubspot.contacts"
  to   = "ga4.events"

  field "client_id"                 { source = "email" }   # match key
  field "events[0].name"            { value = "webinar_registration" }
  field "events[0].params.webinar"  { value = "port-call-optimisation" }
  field "events[0].params.company"  { source = "company" }   # copy, empty stays empty
  field "events[0].params.country" {
    source  = lower(country)   # whole thing lower case
    default = "unknown"        # empty or spaces -> "unknown"
  }
  field "events[0].params.registered_on" {
    source = formatdate("YYYY-MM-DD", createdate)   # date part only
  }
}""",
    extended(
        HS,
        hs(
            email="d.peeters@scheldt-ro-ro.be",
            company="",
            country="  ",
            createdate="2025-03-11T12:00:00.000Z",
        ),
        hs(
            email="o.haugen@nordic-reefer.no",
            company="Nordic Reefer Lines",
            country="NORWAY",
            createdate="2025-03-12T14:45:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "webinar_registration",
                "params": {
                    "webinar": "port-call-optimisation",
                    "company": r["company"],
                    "country": "unknown" if blank(r["country"]) else r["country"].lower(),
                    "registered_on": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h190-26",
    H,
    G,
    """# revenue dashboard, accounts over 1M only. emails are lower case in this source.
resource "syncwright_mapping" "ga4_qualified_accounts" {
  from = "hubspot.contacts"
  to   = "ga4.events"

  filter { include = annualrevenue > 1000000 }
  # more than 1 000 000. empty revenue -> not included

  field "client_id" { source = split("@", email)[0] }   # match key: the part before the @
  field "events[0].name"            { value  = "qualified_account" }
  field "events[0].params.value"    { source = tonumber(annualrevenue) }   # number, decimals kept
  field "events[0].params.currency" { value  = "EUR" }
}""",
    extended(
        lower_emails(HS),
        hs(email="finance@europoort-stevedoring.nl", annualrevenue="31000000"),
        hs(email="hallo@kleinvervoer.nl", annualrevenue="  "),
        hs(email="ops@lastmile-antwerpen.be", annualrevenue="1250000.5"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "qualified_account",
                "params": {"value": num(r["annualrevenue"]), "currency": "EUR"},
            }
        ],
    }


@case(
    "h190-27",
    H,
    G,
    """resource "syncwright_mapping" "ga4_demo_booked" {
  from = "hubspot.contacts"
  to   = "ga4.events"

  field "client_id" { source = "email" }   # match key

  field "events[0].name" {
    when {
      test  = lifecyclestage == "opportunity"   # exact
      value = "demo_booked"
    }
    default = "contact_synced"   # every other stage, empty stage too
  }
  field "events[0].params.country" {
    source  = "country"
    default = "Netherlands"      # empty/spaces -> "Netherlands", we are in Rotterdam after all
  }
  field "events[0].params.industry" { source = "industry" }   # plain copy, empty stays empty
}""",
    extended(
        HS,
        hs(
            email="c.dijkstra@groningen-seaports-demo.nl",
            lifecyclestage="opportunity",
            country=" ",
            industry="Port Operations",
        ),
        hs(email="s.maes@maes-cargo.be", lifecyclestage="", country="Belgium", industry=""),
    ),
)
def o27(r: R) -> Out:
    name = "demo_booked" if r["lifecyclestage"] == "opportunity" else "contact_synced"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"country": dflt(r["country"], "Netherlands"), "industry": r["industry"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h190-28",
    L,
    H,
    """Other direction now. Salesforce Leads -> HubSpot contacts, copies only.

resource "syncwright_mapping" "lead_to_hubspot" {
  from = "salesforce.Lead"
  to   = "hubspot.contacts"

  field "email"     { source = "Email" }      # match key
  field "firstname" { source = "FirstName" }
  field "lastname"  { source = "LastName" }
  field "company"   { source = "Company" }
  field "jobtitle"  { source = "Title" }
  field "phone"     { source = "Phone" }
  field "address"   { source = "Street" }
  field "city"      { source = "City" }
  field "zip"       { source = "PostalCode" }
  field "country"   { source = "Country" }
  # nb: empty on the Lead -> written as the same empty value. not skipped, not defaulted.
}""",
    extended(
        SFL,
        sfl(
            Email="b.vandenberg@vdb-expeditie.nl",
            FirstName="Bas",
            LastName="Berg",
            Company="VDB Expeditie",
            Title="",
            Phone="+31 10 555 0133",
            Street="Waalhaven Oostzijde 5",
            City="Rotterdam",
            PostalCode="",
            Country="Netherlands",
        ),
        sfl(
            Email="k.wolff@bremen-port-demo.de",
            FirstName="",
            LastName="Wolff",
            Company="",
            Title="Lagerleiter",
            Phone="",
            Street="",
            City="Bremen",
            PostalCode="28195",
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
        "address": r["Street"],
        "city": r["City"],
        "zip": r["PostalCode"],
        "country": r["Country"],
    }


@case(
    "h190-29",
    L,
    H,
    """# Lead Status -> lifecycle stage, and the opt-out flag
resource "syncwright_mapping" "lead_stage" {
  from = "salesforce.Lead"
  to   = "hubspot.contacts"

  field "email" { source = "Email" }   # match key

  field "lifecyclestage" {
    source = "Status"
    lookup = {
      "Open - Not Contacted"   = "lead"
      "Working - Contacted"    = "marketingqualifiedlead"
      "Closed - Converted"     = "customer"
      "Closed - Not Converted" = "other"
    }
    # only these four exist in our org, so no default
  }

  field "hs_email_optout" {
    value = HasOptedOutOfEmail ? "true" : "false"   # the text "true"/"false", HubSpot wants strings
  }
}""",
    extended(
        SFL,
        sfl(
            Email="l.mertens@mertens-tank.be", Status="Working - Contacted", HasOptedOutOfEmail=True
        ),
        sfl(
            Email="j.kuiper@kuiper-shipping.nl",
            Status="Closed - Converted",
            HasOptedOutOfEmail=False,
        ),
    ),
)
def o29(r: R) -> Out:
    stage = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "marketingqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return {
        "email": r["Email"],
        "lifecyclestage": stage[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h190-30",
    L,
    H,
    """HubSpot makes duplicates on mixed-case emails, so lower it.

resource "syncwright_mapping" "lead_status_revenue" {
  from = "salesforce.Lead"
  to   = "hubspot.contacts"

  field "email" { source = lower(Email) }   # match key

  field "hs_lead_status" {
    source = "Rating"
    lookup = {
      Hot  = "OPEN"
      Warm = "IN_PROGRESS"
      Cold = "NEW"
    }   # every lead has one of these three
  }

  field "annualrevenue" {
    source = tonumber(AnnualRevenue)   # as a number, decimals kept
    # AnnualRevenue empty -> don't set annualrevenue
  }
}""",
    extended(
        SFL,
        sfl(Email="Planning@Zeeland-Seaports-Demo.NL", Rating="Warm", AnnualRevenue="18750000.5"),
        sfl(Email="T.Groot@GrootBulk.NL", Rating="Cold", AnnualRevenue=" "),
    ),
)
def o30(r: R) -> Out:
    status = {"Hot": "OPEN", "Warm": "IN_PROGRESS", "Cold": "NEW"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": status[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h190-31",
    L,
    H,
    """# UK forwarders only (Felixstowe / Liverpool sales team)
resource "syncwright_mapping" "uk_leads" {
  from = "salesforce.Lead"
  to   = "hubspot.contacts"

  filter { include = Country == "United Kingdom" }   # exact. "UK", other, empty -> out

  field "email"    { source = "Email" }              # match key
  field "zip"      { source = upper(PostalCode) }    # "l3 1bp" -> "L3 1BP"
  field "jobtitle" {
    source  = "Title"
    default = "Freight Buyer"                        # empty/spaces -> "Freight Buyer"
  }
  field "phone" { source = "Phone" }
  # phone as E.164, UK: digits only, drop the leading 0, "+44" in front
  # (0151 496 0110 -> +441514960110). already "+..." -> keep that code, digits after the "+".
  # every UK lead has a phone.
}""",
    extended(
        SFL,
        sfl(
            Email="c.evans@mersey-forwarding.co.uk",
            Country="United Kingdom",
            Phone="0151 496 0110",
            PostalCode="l3 1bp",
            Title="",
        ),
        sfl(
            Email="r.shah@felixstowe-haulage.co.uk",
            Country="United Kingdom",
            Phone="+44 1394 555 012",
            PostalCode="ip11 3sy",
            Title="  ",
        ),
        sfl(
            Email="g.byrne@leeds-freight.co.uk",
            Country="UK",
            Phone="0113 496 0021",
            PostalCode="ls1 4dl",
            Title="Owner",
        ),
    ),
)
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {
        "email": r["Email"],
        "zip": r["PostalCode"].upper(),
        "jobtitle": dflt(r["Title"], "Freight Buyer"),
        "phone": e164(r["Phone"], "44"),
    }


@case(
    "h190-32",
    L,
    H,
    """Leads -> HubSpot, minus the dead ones.

resource "syncwright_mapping" "live_leads" {
  from = "salesforce.Lead"
  to   = "hubspot.contacts"

  filter { exclude = Status == "Closed - Not Converted" }

  field "email" { source = "Email" }   # match key
  field "address" {
    value = "${Street}, ${City}"       # "Reeweg 12, Rotterdam"
    # no Street (empty/spaces) -> just the City, no comma. City is always filled.
  }
  field "company" {
    source  = "Company"
    default = "Unknown"                # empty/spaces -> "Unknown"
  }
}""",
    extended(
        SFL,
        sfl(
            Email="m.aydin@aydin-trucking.nl",
            Status="Working - Contacted",
            Street="  ",
            City="Rotterdam",
            Company="",
        ),
        sfl(
            Email="p.dubois@havre-logistique.fr",
            Status="Open - Not Contacted",
            Street="Quai de Southampton 3",
            City="Le Havre",
            Company="  ",
        ),
        sfl(
            Email="dead.lead@oude-vracht.nl",
            Status="Closed - Not Converted",
            Street="",
            City="Dordrecht",
            Company="Oude Vracht",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {
        "email": r["Email"],
        "address": addr,
        "company": dflt(r["Company"], "Unknown"),
    }


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h190-33",
    C,
    M,
    """# customer portal users -> Mailchimp "Portal news" audience
resource "syncwright_mapping" "portal_news" {
  from = "salesforce.Contact"
  to   = "mailchimp.members"

  field "email_address" { source = lower(Email) }   # match key, lower case
  field "status" {
    value = HasOptedOutOfEmail ? "unsubscribed" : "subscribed"   # ticked -> unsubscribed
  }
  field "tags" {
    value = ["Portal Users"]                 # everyone gets this one
    when {
      test = Department == "Operations"      # exact, "operations" doesn't count
      add  = "Ops"                           # goes after "Portal Users"
    }
  }
}""",
    extended(
        SFC,
        sfc(
            Email="Bas.Hoekstra@Hoekstra-Logistiek.NL",
            Department="Operations",
            HasOptedOutOfEmail=False,
        ),
        sfc(Email="N.Claes@Antwerp-Terminals.BE", Department="operations", HasOptedOutOfEmail=True),
        sfc(Email="I.Smits@Moerdijk-Tank.NL", Department="Operations", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Portal Users"] + (["Ops"] if r["Department"] == "Operations" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h190-34",
    C,
    M,
    """SMS alerts for vessel delays. No phone = no point, skip those contacts.

resource "syncwright_mapping" "delay_sms" {
  from = "salesforce.Contact"
  to   = "mailchimp.members"

  filter { exclude = trimspace(Phone) == "" }   # empty or only spaces -> not synced

  field "email_address"      { source = "Email" }   # match key
  field "merge_fields.PHONE" { source = "Phone" }
  # PHONE in E.164: digits only, "+" first. starts with "+" -> keep that code.
  # no "+" -> US: "+1" before it; 11 digits beginning with 1 only need the "+".

  field "language" {
    source = "MailingCountry"
    lookup = {
      "Netherlands"   = "nl"
      "Belgium"       = "nl"   # our Belgian clients are all Flemish
      "Germany"       = "de"
      "Austria"       = "de"
      "United States" = "en"
    }   # nobody on this list has another country, so no default
  }
}""",
    extended(
        SFC,
        sfc(
            Email="m.devries@rtm-terminals.nl",
            Phone="+31 10 555 0170",
            MailingCountry="Netherlands",
        ),
        sfc(Email="k.janssens@kallo-cargo.be", Phone=" ", MailingCountry="Belgium"),
        sfc(
            Email="d.reed@beaumont-bulk.com",
            Phone="1 (409) 555 0133",
            MailingCountry="United States",
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Netherlands": "nl",
        "Belgium": "nl",
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
    "h190-35",
    C,
    M,
    """# terminal managers newsletter. Dutch greeting is "Beste relatie" when we have no name.
resource "syncwright_mapping" "terminal_newsletter" {
  from = "salesforce.Contact"
  to   = "mailchimp.members"

  field "email_address" { source = "Email" }   # match key
  field "merge_fields.FNAME" {
    source  = "FirstName"
    default = "Relatie"                 # empty/spaces -> "Relatie"
  }
  field "merge_fields.LNAME" { source = "LastName" }   # copy, empty is fine
  field "vip" {
    value = Title == "Terminal Manager"
    # exact match -> true. other titles, other casing, empty title -> false
  }
  field "status" { value = "subscribed" }   # all of them
}""",
    extended(
        SFC,
        sfc(
            Email="p.visser@maasvlakte-demo.nl",
            FirstName="",
            LastName="Visser",
            Title="Terminal Manager",
        ),
        sfc(Email="onbekend@gmail.com", FirstName="  ", LastName="", Title="  "),
        sfc(
            Email="r.koster@eemshaven-demo.nl",
            FirstName="Ruud",
            LastName="Koster",
            Title="terminal manager",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Relatie"), "LNAME": r["LastName"]},
        "vip": r["Title"] == "Terminal Manager",
        "status": "subscribed",
    }


@case(
    "h190-36",
    C,
    M,
    """TOC Europe follow-up, clean start in Mailchimp.

resource "syncwright_mapping" "toc_followup" {
  from = "salesforce.Contact"
  to   = "mailchimp.members"

  filter { include = LeadSource == "Trade Show" }   # only these. other or empty LeadSource: skip

  field "email_address"      { source = "Email" }   # match key
  field "merge_fields.FNAME" { source = "FirstName" }
  field "merge_fields.LNAME" { source = "LastName" }   # copies, empty goes as empty
  field "status"             { value  = "subscribed" }
  field "language"           { value  = "en" }
  field "tags"               { value  = [] }   # empty list, wipes whatever tags they had
}

gr. Joris""",
    extended(
        SFC,
        sfc(
            Email="a.ferreira@sines-port-demo.pt",
            FirstName="Ana",
            LastName="",
            LeadSource="Trade Show",
        ),
        sfc(Email="webform@gmail.com", FirstName="Tim", LastName="Vos", LeadSource="Web"),
        sfc(
            Email="l.peters@peters-cargo.nl",
            FirstName="",
            LastName="Peters",
            LeadSource="trade show",
        ),
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
    "h190-37",
    C,
    S,
    """# portal logins, Segment identify
resource "syncwright_mapping" "portal_identify" {
  from = "salesforce.Contact"
  to   = "segment.identify"

  field "userId"           { source = lower(Email) }   # match key
  field "traits.firstName" { source = "FirstName" }
  field "traits.lastName"  { source = "LastName" }
  field "traits.title"     { source = "Title" }        # three copies, empty stays empty
  field "traits.department" {
    source = "Department"
    # only when filled. empty or spaces -> no department key at all
  }
}""",
    extended(
        SFC,
        sfc(
            Email="Wouter.Jansen@ECT-Demo.NL",
            FirstName="Wouter",
            LastName="",
            Title="",
            Department="  ",
        ),
        sfc(
            Email="R.ALVAREZ@HOUSTONBULK.COM",
            FirstName="Rosa",
            LastName="Alvarez",
            Title="Terminal Planner",
            Department="Operations",
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
                "department": omit_if_blank(r["Department"]),
            },
        }
    )


@case(
    "h190-38",
    C,
    S,
    """resource "syncwright_mapping" "identify_mailing_address" {
  from = "salesforce.Contact"
  to   = "segment.identify"

  field "userId" { source = "Email" }   # match key

  field "traits.address.city" {
    source = trimspace(MailingCity)     # spaces off both ends. only spaces -> ""
  }
  field "traits.address.country" {
    source  = "MailingCountry"
    default = "Netherlands"             # empty/spaces -> "Netherlands"
  }
  # nb: both nested under traits.address
}""",
    extended(
        SFC,
        sfc(Email="j.smit@botlek-demo.nl", MailingCity=" Rotterdam  ", MailingCountry=""),
        sfc(Email="info@zzp-planner.nl", MailingCity="   ", MailingCountry="  "),
        sfc(Email="h.wouters@antwerp-demo.be", MailingCity="Antwerpen", MailingCountry="Belgium"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Netherlands"),
            }
        },
    }


@case(
    "h190-39",
    C,
    S,
    """Traits from Contacts: phone, full name, and where we found them.

resource "syncwright_mapping" "identify_acquisition" {
  from = "salesforce.Contact"
  to   = "segment.identify"

  field "userId"       { source = "Email" }   # match key
  field "traits.phone" { source = "Phone" }
  # E.164: digits, "+" first. "+..." keeps its country code. no "+" -> US, "+1" in front,
  # except 11 digits starting with 1: only the "+". everyone here has a phone.
  field "traits.name"  { value = "${FirstName} ${LastName}" }   # "Iris Bos"

  field "traits.acquisition" {
    source = "LeadSource"
    lookup = {
      "Trade Show"         = "toc_europe"
      "Web"                = "website"
      "Seminar - Internal" = "webinar"
    }
    default = "other"   # any other source, and empty LeadSource
  }
}""",
    extended(
        SFC,
        sfc(
            Email="i.bos@bos-douane.nl",
            FirstName="Iris",
            LastName="Bos",
            Phone="+31 10 555 0166",
            LeadSource="Seminar - Internal",
        ),
        sfc(
            Email="jake.miller@nola-grain.com",
            FirstName="Jake",
            LastName="Miller",
            Phone="1-504-555-0128",
            LeadSource="Purchased List",
        ),
    ),
)
def o39(r: R) -> Out:
    acq = {"Trade Show": "toc_europe", "Web": "website", "Seminar - Internal": "webinar"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "acquisition": acq.get(r["LeadSource"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h190-40",
    M,
    H,
    """Mailchimp back into HubSpot.

resource "syncwright_mapping" "members_to_hubspot" {
  from = "mailchimp.members"
  to   = "hubspot.contacts"

  field "email"    { source = "email_address" }             # match key
  field "lastname" { source = title(merge_fields.LNAME) }   # "KUIPERS" -> "Kuipers", rest lower
  field "phone"    { source = "merge_fields.PHONE" }        # as is. empty/spaces -> leave phone out
  field "company" {
    source  = "merge_fields.COMPANY"
    default = "Onbekend"               # empty/spaces -> "Onbekend" (sales knows what it means)
  }
  field "hs_email_optout" {
    value = status == "unsubscribed" ? "true" : "false"
    # the strings. only unsubscribed -> "true". subscribed, pending, cleaned -> "false"
  }
}""",
    extended(
        MC,
        mc(
            {"FNAME": "Sander", "LNAME": "KUIPERS", "PHONE": " ", "COMPANY": "  "},
            email_address="s.kuipers@gmail.com",
            status="unsubscribed",
        ),
        mc(
            {
                "FNAME": "Lieke",
                "LNAME": "meijer",
                "PHONE": "+31 20 555 0190",
                "COMPANY": "Meijer Expeditie",
            },
            email_address="lieke@meijer-expeditie.nl",
            status="pending",
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
            "company": dflt(mf["COMPANY"], "Onbekend"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h190-41",
    M,
    H,
    """# webinar audience -> HubSpot. unsubscribed people we leave alone.
resource "syncwright_mapping" "webinar_members_back" {
  from = "mailchimp.members"
  to   = "hubspot.contacts"

  filter { exclude = status == "unsubscribed" }

  field "email"    { source = "email_address" }       # match key
  field "lastname" { source = "merge_fields.LNAME" }  # plain copy, empty stays empty
  field "phone"    { source = "merge_fields.PHONE" }
  # phone to E.164: digits only, "+" in front. has "+" -> keep its code.
  # no "+" -> US, "+1" first (11 digits starting with 1 only get the "+"). (832) 555-0147 -> +18325550147
  # PHONE empty/spaces -> don't set phone at all
  field "lifecyclestage" {
    value = vip ? "customer" : "lead"
  }
}""",
    extended(
        MC,
        mc(
            {"LNAME": "Reyes", "PHONE": "(832) 555-0147"},
            email_address="m.reyes@txgulf-logistics.com",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"LNAME": "", "PHONE": ""},
            email_address="webinar.guest@outlook.com",
            status="pending",
            vip=False,
        ),
        mc(
            {"LNAME": "Hermans", "PHONE": "+32 3 555 0111"},
            email_address="g.hermans@antwerp-demo.be",
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
            "lifecyclestage": "customer" if r["vip"] else "lead",
        }
    )


@case(
    "h190-42",
    M,
    H,
    """Last one. Mailchimp emails are all lower case.

resource "syncwright_mapping" "members_lead_status" {
  from = "mailchimp.members"
  to   = "hubspot.contacts"

  field "email"     { source = "email_address" }                          # match key
  field "firstname" { source = split(" ", merge_fields.FNAME)[0] }        # first word: "Jan Pieter" -> "Jan"
  field "company" {
    source = ["merge_fields.COMPANY", split("@", email_address)[1]]
    # COMPANY, or when that's empty/spaces the domain after the @ (ingrid@fjordcargo.no -> fjordcargo.no)
  }
  field "hs_lead_status" {
    value = contains(tags, "Webinar") ? "OPEN" : "NEW"
    # tag exactly "Webinar" (case matters) -> OPEN. everyone else NEW
  }
}

gr. Joris""",
    extended(
        MC,
        mc(
            {"FNAME": "Jan Pieter", "COMPANY": "  "},
            email_address="jp@havenbedrijf-demo.nl",
            tags=["TOC Europe", "Webinar"],
        ),
        mc(
            {"FNAME": "Ingrid", "COMPANY": ""},
            email_address="ingrid@fjordcargo.no",
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
        "hs_lead_status": "OPEN" if "Webinar" in r["tags"] else "NEW",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set190")
