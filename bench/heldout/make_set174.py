"""Held-out set 174 for the offline mapping drafter.

Persona: Wei-Ting Lin, data engineer at a bike-sharing company in Hsinchu, Taiwan. Her records are
riders (app sign-ups), corporate fleet accounts (Science Park companies buying employee passes) and
station partners (cafes and shops hosting docks). She writes every mapping as pseudo-Python: a dict
literal `destination: source expression` over the source record (`c` for a HubSpot contact, `lead`,
`sf`, `m` for the others), small helpers she invents and defines in a `#` comment where the exact
behaviour matters (title(), e164_us(), e164_uk(), or_else(), first_nonblank(), blank(), num()),
terse, precise comments, and a `def ...: if ...: return None` block when records are filtered.
Some messages open with one sentence of prose; some rules live only in a comment next to the key.
She mixes HubSpot labels ("Mobile Phone Number", "Job Title") with API names.

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
    "h174-01-roadshow-fleet-enquiries-raw",
    H,
    L,
    """# HubSpot contact -> SF Lead
# fleet-pass enquiries from the Science Park roadshow; sales wants them exactly as typed
lead = {
    "Email":       c["email"],
    "FirstName":   c["First Name"],
    "LastName":    c["Last Name"],
    "Company":     c["Company Name"],
    "Title":       c["Job Title"],
    "MobilePhone": c["Mobile Phone Number"],
    "LeadSource":  "Trade Show",     # same literal on every row
}
# every copy is raw: no strip(), no case fix. "" in HubSpot -> "" in SF, key still sent.""",
    extended(
        HS,
        hs(
            email="yating.huang@zhubei-semi.com.tw",
            firstname="Ya Ting",
            lastname="Huang",
            company="Zhubei Semiconductor",
            jobtitle="",
            mobilephone="0912 345 678",
        ),
        hs(
            email="kuanyu.lee@gmail.com",
            firstname="kuan yu",
            lastname="LEE",
            company="  Baoshan Optics",
            jobtitle="HR Specialist ",
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
        "LeadSource": "Trade Show",
    }


@case(
    "h174-02-kiosk-form-cleanup",
    H,
    L,
    """Kiosk sign-ups from the station partners; people type stray spaces into the tablet form.

# or_else(v, d) -> d if v is blank (None, "" or only spaces), else v untouched
lead = {
    "Email":     c["email"],                                 # copy
    "FirstName": c["firstname"].strip(),
    "LastName":  c["lastname"].strip(),
    "Company":   or_else(c["company"], "Individual Rider"),  # SF rejects a Lead with no Company
    "City":      or_else(c["city"], "Hsinchu"),
}""",
    extended(
        HS,
        hs(
            email="shuhui.wu@yahoo.com.tw",
            firstname="  Shu Hui",
            lastname="Wu  ",
            company="   ",
            city="",
        ),
        hs(
            email="owner@beimen-cafe.tw",
            firstname="Chia Hao ",
            lastname=" Tsai",
            company=" Beimen Cafe ",
            city="  ",
        ),
        hs(
            email="jerry.hsu@hsu-cycles.tw",
            firstname="Jerry",
            lastname="Hsu",
            company="Hsu Cycles",
            city="Zhubei",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Individual Rider"),
        "City": dflt(r["city"], "Hsinchu"),
    }


@case(
    "h174-03-callback-number-proper-names",
    H,
    L,
    """def to_lead(c):
    out = {
        "Email":     c["email"],
        "FirstName": title(c["First Name"]),
        "LastName":  title(c["Last Name"]),
    }
    # callback number: Mobile Phone Number first, then Phone Number; copied as-is (no reformat)
    p = first_nonblank(c["Mobile Phone Number"], c["Phone Number"])
    if p is not None:
        out["Phone"] = p
    return out    # both blank -> no Phone key at all, not even ""

# first_nonblank(*xs): first x that is not None / "" / whitespace-only, else None
# title(s): each space-separated word -> first letter upper, rest lower ("CHEN yu TING" -> "Chen Yu Ting")""",
    extended(
        HS,
        hs(
            email="yuting.chen@gmail.com",
            firstname="YU TING",
            lastname="chen",
            mobilephone="  ",
            phone="03 555 0123",
        ),
        hs(
            email="hsiang.ko@linkou-labs.com",
            firstname="hsiang",
            lastname="KO",
            mobilephone="",
            phone=" ",
        ),
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
    "h174-04-industry-buckets-lower-email",
    H,
    L,
    """Industry picklist for Leads; HubSpot's free-text industry needs bucketing.

INDUSTRY = {
    "Software":       "Technology",
    "Semiconductors": "Electronics",
    "Logistics":      "Transportation",
    "Food":           "Food & Beverage",
    "Bicycle Retail": "Retail",
}
lead = {
    "Email":    c["email"].lower(),                     # SF duplicate rule trips on mixed case
    "Industry": INDUSTRY.get(c["industry"], "Other"),   # exact, case-sensitive keys; anything else -> "Other"
}
# blank industry ("" or only spaces) also lands on "Other\"""",
    extended(
        HS,
        hs(email="Procurement@Zhubei-Semi.com.TW", industry="Semiconductors"),
        hs(email="Ming.Chou@Gmail.COM", industry="  "),
        hs(email="Sales@WindCityBikes.TW", industry="Bicycle Retail"),
        hs(email="Admin@MacKay-Clinic.TW", industry="Healthcare"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "Software": "Technology",
        "Semiconductors": "Electronics",
        "Logistics": "Transportation",
        "Food": "Food & Beverage",
        "Bicycle Retail": "Retail",
    }
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case(
    "h174-05-skip-partners-and-optouts",
    H,
    L,
    """def lead_or_skip(c):
    # station partners are stored with Lifecycle Stage "other" -> not sales leads
    if c["lifecyclestage"] == "other":
        return None
    # opted out of all email -> keep them out of SF too. blank opt-out is not "true", those go through
    if c["hs_email_optout"] == "true":
        return None
    return {
        "Email":    c["email"],
        "LastName": c["Last Name"],
        "Company":  c["Company Name"],
        "Phone":    c["Phone Number"],
        "Status":   "Open - Not Contacted",    # fixed for all
    }
# the four copies are raw; an empty value is sent as "\"""",
    extended(
        HS,
        hs(
            email="hello@xiangshan-teahouse.tw",
            lastname="Kuo",
            company="Xiangshan Teahouse",
            lifecyclestage="other",
            hs_email_optout="false",
            phone="03 555 0190",
        ),
        hs(
            email="hr@baoshan-optics.com.tw",
            lastname="Liao",
            company="Baoshan Optics",
            lifecyclestage="lead",
            hs_email_optout="  ",
            phone="",
        ),
        hs(
            email="peng.wang@gmail.com",
            lastname="Wang",
            company="",
            lifecyclestage="customer",
            hs_email_optout="true",
            phone="0933 555 010",
        ),
        hs(
            email="desk@nanliao-harbor.tw",
            lastname="Chang",
            company="Nanliao Harbor Kiosk",
            lifecyclestage="other",
            hs_email_optout="",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "other" or r["hs_email_optout"] == "true":
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Phone": r["phone"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h174-06-rating-by-headcount",
    H,
    L,
    """def rating(n):               # n = Number of Employees, stored as text in HubSpot
    if blank(n):
        return "Warm"        # unknown headcount -> middle bucket
    if int(n) > 500:
        return "Hot"
    if int(n) < 50:
        return "Cold"
    return "Warm"

lead = {
    "Email":             c["email"],
    "Rating":            rating(c["numemployees"]),
    "NumberOfEmployees": int(c["numemployees"]),   # integer, not the string "250"; blank -> omit this key
}
# blank = None, "" or whitespace-only""",
    extended(
        HS,
        hs(email="fleet@zhubei-semi.com.tw", numemployees="1200"),
        hs(email="office@small-bike-shop.tw", numemployees="  "),
        hs(email="admin@hukou-logistics.tw", numemployees="75"),
        hs(email="team@baoshan-optics.com.tw", numemployees="640"),
    ),
)
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n):
        rating = "Warm"
    else:
        v = int(n)
        rating = "Hot" if v > 500 else ("Cold" if v < 50 else "Warm")
    return keep({"Email": r["email"], "Rating": rating, "NumberOfEmployees": omit_if_blank(n, int)})


@case(
    "h174-07-dialable-mobile-title-case",
    H,
    L,
    """Sales calls fleet managers on mobile, so the number has to be dialable.

lead = {
    "Email":       c["email"],
    "FirstName":   title(c["firstname"]),
    "City":        title(c["city"]),
    "MobilePhone": e164_us(c["Mobile Phone Number"]),   # blank mobile -> leave MobilePhone out, don't send ""
}
# title(s): every space-separated word -> first letter upper, rest lower
# e164_us(p): "+" followed by the digits of p only
#   p already starts with "+" -> keep its own country code
#   otherwise US: prefix 1 ("(415) 555-0100" -> "+14155550100");
#   11 digits starting with 1 already carry it ("1 650 555 0111" -> "+16505550111")""",
    extended(
        HS,
        hs(
            email="weilun.tseng@gmail.com",
            firstname="WEI LUN",
            city="HSINCHU CITY",
            mobilephone="+886 912 345 678",
        ),
        hs(
            email="fleet.ops@valleybikes.com",
            firstname="amanda",
            city="palo alto",
            mobilephone="1 (650) 555-0111",
        ),
        hs(email="chunghan.yeh@gmail.com", firstname="Chung Han", city="zhubei", mobilephone="   "),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "City": title(r["city"]),
            "MobilePhone": omit_if_blank(r["mobilephone"], e164),
        }
    )


@case(
    "h174-08-customers-only-since-date",
    H,
    L,
    """def lead(c):
    if c["Lifecycle Stage"] != "customer":     # only paying riders / accounts this round
        return None
    return {
        "Email":       c["email"],
        "Country":     c["Country/Region"].upper(),
        "Description": "Customer since " + c["createdate"][:10] + ", " + c["City"],
        # createdate is ISO 8601 UTC, [:10] = YYYY-MM-DD; City goes in raw
    }""",
    extended(
        HS,
        hs(
            email="meiling.hsieh@gmail.com",
            lifecyclestage="customer",
            country="Taiwan",
            city="Hsinchu",
            createdate="2024-03-18T12:30:00.000Z",
        ),
        hs(
            email="ops@zhudong-farms.tw",
            lifecyclestage="customer",
            country="taiwan",
            city="Zhudong",
            createdate="2023-08-01T11:00:00.000Z",
        ),
        hs(
            email="trial.rider@gmail.com",
            lifecyclestage="evangelist",
            country="Taiwan",
            city="Hsinchu",
            createdate="2024-05-05T12:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"],
        "Country": r["country"].upper(),
        "Description": f"Customer since {day(r['createdate'])}, {r['city']}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h174-09-fleet-office-mailing-block",
    H,
    C,
    """Fleet-account contacts need their office address on the SF Contact mailing block.

contact = {
    "Email":             c["email"],
    "MailingStreet":     c["Street Address"],
    "MailingCity":       c["City"],
    "MailingState":      c["State/Region"],
    "MailingPostalCode": c["Postal Code"],
    "MailingCountry":    c["Country/Region"],
}
# 1:1 copies, values untouched, "" stays \"\"""",
    extended(
        HS,
        hs(
            email="facilities@zhubei-semi.com.tw",
            address="No. 8, Lixing 6th Rd",
            city="Hsinchu City",
            state="",
            zip="300",
            country="Taiwan",
        ),
        hs(
            email="admin@hukou-logistics.tw",
            address="",
            city="Hukou",
            state="Hsinchu County",
            zip="  ",
            country="Taiwan",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h174-10-optout-and-no-number-flags",
    H,
    C,
    """# two checkbox fields on SF Contact, both real booleans (True/False, not strings)
# blank(x): None, "" or only spaces
contact = {
    "Email":              c["email"],
    "HasOptedOutOfEmail": c["hs_email_optout"] == "true",                  # "false" -> False, blank -> False
    "DoNotCall":          blank(c["phone"]) and blank(c["mobilephone"]),   # no number at all -> True, any number -> False
}""",
    extended(
        HS,
        hs(email="quiet.rider@gmail.com", hs_email_optout="  ", phone="", mobilephone="  "),
        hs(
            email="sales@zhubei-semi.com.tw",
            hs_email_optout="true",
            phone=" ",
            mobilephone="0912 000 333",
        ),
        hs(email="anon.rider@yahoo.com.tw", hs_email_optout="false", phone="", mobilephone=""),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h174-11-last-name-never-empty",
    H,
    C,
    """# SF Contact.LastName is required; plenty of app riders give one name or none.
contact = {
    "Email":    c["email"],
    "LastName": or_else(c["lastname"], c["firstname"], c["email"].split("@")[0]),
}
# or_else(*xs): first argument that isn't blank (None / "" / spaces), taken as-is
# e.g. lastname "", firstname "", email "pedal.kuo@gmail.com" -> "pedal.kuo\"""",
    extended(
        lower_emails(HS),
        hs(email="pedal.kuo@gmail.com", firstname="", lastname=""),
        hs(email="yichen@yahoo.com.tw", firstname="Yi Chen", lastname="   "),
        hs(email="night.rider88@gmail.com", firstname="  ", lastname=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"])),
    }


@case(
    "h174-12-iso-country-upper-state",
    H,
    C,
    """COUNTRY_ISO2 = {"Taiwan": "TW", "United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
# ^ complete for what is in HubSpot today, no fallback needed

contact = {
    "Email":          c["email"],
    "MailingCountry": COUNTRY_ISO2[c["Country/Region"]],
    "MailingState":   c["State/Region"].upper(),   # only when State/Region is non-blank; blank -> key not sent
}""",
    extended(
        HS,
        hs(email="lab@zhudong-bio.tw", country="Taiwan", state="hsinchu county"),
        hs(email="station@east-gate.tw", country="Taiwan", state="  "),
        hs(email="fleet@seattle-cargo.com", country="United States", state="wa"),
    ),
)
def o12(r: R) -> Out:
    codes = {"Taiwan": "TW", "United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep(
        {
            "Email": r["email"],
            "MailingCountry": codes[r["country"]],
            "MailingState": omit_if_blank(r["state"], str.upper),
        }
    )


@case(
    "h174-13-paying-and-partner-contacts",
    H,
    C,
    """Only contacts already paying or partnering (Lifecycle Stage customer or evangelist) go to SF Contacts.

def contact(c):
    if c["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {
        "Email":       c["email"].lower(),
        "Phone":       or_else(c["phone"], c["mobilephone"]),   # Phone Number, blank -> Mobile Phone Number; raw value
        "Description": "Synced from HubSpot",                   # constant
    }
# or_else(a, b): a unless a is None / "" / spaces, then b""",
    extended(
        HS,
        hs(
            email="Owner@Beimen-Cafe.TW",
            lifecyclestage="evangelist",
            phone="  ",
            mobilephone="+886 912 000 111",
        ),
        hs(
            email="Fleet@Zhubei-Semi.com.TW",
            lifecyclestage="customer",
            phone="03-555-0177",
            mobilephone="0988 555 012",
        ),
        hs(email="Maybe.Later@Gmail.com", lifecyclestage="opportunity", phone="03-555-0100"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
        "Description": "Synced from HubSpot",
    }


@case(
    "h174-14-source-to-lead-source",
    H,
    C,
    """SOURCE = {
    "ORGANIC_SEARCH": "Web",
    "PAID_SEARCH":    "Advertisement",
    "PAID_SOCIAL":    "Advertisement",
    "REFERRALS":      "Partner Referral",
    "OFFLINE":        "Trade Show",
}
contact = {
    "Email":      c["email"],
    "FirstName":  title(c["First Name"]),
    "LastName":   title(c["Last Name"]),
    "Title":      c["Job Title"].strip(),                       # trim only
    "LeadSource": SOURCE.get(c["Original Source"], "Other"),    # any other source, blank included -> "Other"
}
# title(): per space-separated word, first char upper + rest lower""",
    extended(
        HS,
        hs(
            email="hanwen.su@baoshan-optics.com.tw",
            firstname="HAN WEN",
            lastname="su",
            jobtitle="  Fleet Coordinator ",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="lily.fang@gmail.com",
            firstname="lily",
            lastname="FANG",
            jobtitle="   ",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="tom.yang@hukou-logistics.tw",
            firstname="Tom",
            lastname="Yang",
            jobtitle="Driver",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "Partner Referral",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "FirstName": title(r["firstname"]),
        "LastName": title(r["lastname"]),
        "Title": r["jobtitle"].strip(),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# -------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case(
    "h174-15-riders-audience-language",
    H,
    M,
    """# HubSpot -> Mailchimp "Hsinchu Riders" audience
member = {
    "email_address": c["email"],
    "merge_fields": {
        "FNAME": c["firstname"],     # raw copy, "" ok
        "LNAME": c["lastname"],      # raw copy, "" ok
    },
    "status":   "subscribed",        # everyone
    "language": or_else(c.get("hs_language"), "zh_TW"),
    # Preferred language: most records don't even have the property. missing, None, "" or spaces -> "zh_TW"
}""",
    extended(
        HS,
        hs(email="haoran.lu@gmail.com", firstname="Hao Ran", lastname="Lu", hs_language="en"),
        hs(email="sayaka.ito@gmail.com", firstname="", lastname="Ito", hs_language="ja"),
        hs(email="pinyu.tsai@yahoo.com.tw", firstname="Pin Yu", lastname="", hs_language="  "),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "zh_TW"),
    }


@case(
    "h174-16-status-from-optout-three-way",
    H,
    M,
    """def status(optout):       # optout = "Unsubscribed from all email": text "true" / "false", or blank
    if blank(optout):       # blank = None, "" or only spaces
        return "pending"    # never asked -> double opt-in
    return "unsubscribed" if optout == "true" else "subscribed"

member = {
    "email_address": c["email"],
    "status":        status(c["hs_email_optout"]),
    "tags":          ["HubSpot Import"],     # one tag, every member
}""",
    extended(
        HS,
        hs(email="new.rider@gmail.com", hs_email_optout="  "),
        hs(email="daily.commuter@gmail.com", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case(
    "h174-17-fleet-and-partner-tags",
    H,
    M,
    """Tag fleet accounts and station partners in Mailchimp so the newsletter can branch.

tags = []
if not blank(c["numemployees"]) and int(c["numemployees"]) > 100:   # blank headcount -> no tag
    tags.append("Corporate Fleet")
if c["lifecyclestage"] == "evangelist":      # = our station partners
    tags.append("Station Partner")
member = {"email_address": c["email"], "tags": tags}   # order as appended; neither -> []
# blank(x): None, "" or only spaces""",
    extended(
        HS,
        hs(email="fleet@zhubei-semi.com.tw", numemployees="3000", lifecyclestage="evangelist"),
        hs(email="owner@beimen-cafe.tw", numemployees="  ", lifecyclestage="evangelist"),
        hs(email="hr@hukou-logistics.tw", numemployees="99", lifecyclestage="customer"),
        hs(email="admin@baoshan-optics.com.tw", numemployees="480", lifecyclestage="customer"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Corporate Fleet")
    if r["lifecyclestage"] == "evangelist":
        tags.append("Station Partner")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h174-18-short-fname-sms-number",
    H,
    M,
    """member = {
    "email_address": c["email"],
    "merge_fields": {
        "FNAME": c["First Name"].split()[0],    # first word only: "Mei Hua" -> "Mei"
        "PHONE": e164_us(or_else(c["Mobile Phone Number"], c["Phone Number"])),
    },
}
# or_else(a, b): b when a is blank (None / "" / spaces), else a
# e164_us(p): "+" + digits of p. p starting with "+" keeps its own code; otherwise US -> prefix 1,
#             unless it is already 11 digits starting with 1 (then just "+")""",
    extended(
        HS,
        hs(
            email="meihua.lo@gmail.com",
            firstname="Mei Hua",
            mobilephone="  ",
            phone="+886 3 555 0188",
        ),
        hs(
            email="chris.ho@valleybikes.com",
            firstname="Chris Allen",
            mobilephone="1-408-555-0175",
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
    "h174-19-fleet-list-vip-customers",
    H,
    M,
    """def member(c):
    if blank(c["company"]):    # no Company Name (None / "" / spaces) -> not on the fleet list, skip
        return None
    return {
        "email_address": c["email"],
        "status":        "subscribed",
        "vip":           c["lifecyclestage"] == "customer",   # paying fleet account; any other stage or blank -> False
    }""",
    extended(
        HS,
        hs(email="solo.rider@gmail.com", company="   ", lifecyclestage="customer"),
        hs(
            email="fleet@zhubei-semi.com.tw",
            company="Zhubei Semiconductor",
            lifecyclestage="customer",
        ),
        hs(email="info@east-gate-books.tw", company="East Gate Books", lifecyclestage=""),
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
    "h174-20-fleet-buyers-domain-lname",
    H,
    M,
    """Fleet-buyer audience in Mailchimp.

member = {
    "email_address": c["email"],
    "merge_fields": {
        "FNAME": title(c["firstname"]),
        # no last name -> the email domain instead, e.g. ops@zhubei-semi.com.tw -> "zhubei-semi.com.tw"
        "LNAME": or_else(c["lastname"], c["email"].split("@", 1)[1]),
    },
    "vip": (not blank(c["annualrevenue"])) and float(c["annualrevenue"]) > 5_000_000,   # blank revenue -> False
}
# title(): every space-separated word capitalised (first letter upper, rest lower)
# or_else(a, b): a if it has non-space content, else b
# blank(x): None, "" or only spaces""",
    extended(
        lower_emails(HS),
        hs(
            email="ops@zhubei-semi.com.tw",
            firstname="CHIH WEI",
            lastname="",
            annualrevenue="9000000",
        ),
        hs(
            email="buyer@hukou-logistics.tw",
            firstname="yen ling",
            lastname="  ",
            annualrevenue="  ",
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
        "vip": gt(r["annualrevenue"], 5_000_000),
    }


# --------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h174-21-identify-rider-full-name",
    H,
    S,
    """identify = {
    "userId": c["email"].lower(),
    "traits": {
        "email":     c["email"],         # raw copy, original casing kept
        "firstName": c["firstname"],
        "lastName":  c["lastname"],
        "name":      c["firstname"] + " " + c["lastname"],
    },
}""",
    extended(
        HS,
        hs(email="ShuFen.Liu@Gmail.com", firstname="Shu Fen", lastname="Liu"),
        hs(email="ALEX.CHIANG@ZHUBEI-SEMI.COM.TW", firstname="Alex", lastname="Chiang"),
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
    "h174-22-company-trait-object",
    H,
    S,
    """# traits.company is a nested object, not flattened keys
identify = {
    "userId": c["email"],
    "traits": {
        "company": {
            "name":           or_else(c["Company Name"], "Independent Rider"),
            "industry":       c["Industry"],                   # blank -> drop this key
            "employee_count": int(c["Number of Employees"]),   # integer; blank -> drop this key
        }
    },
}
# blank = None, "" or only spaces. or_else(a, b): b when a is blank, else a unchanged""",
    extended(
        HS,
        hs(email="weekend.rider@gmail.com", company="  ", industry="", numemployees="   "),
        hs(
            email="fleet@zhubei-semi.com.tw",
            company="Zhubei Semiconductor",
            industry="Semiconductors",
            numemployees="5400",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": dflt(r["company"], "Independent Rider"),
                    "industry": omit_if_blank(r["industry"]),
                    "employee_count": omit_if_blank(r["numemployees"], int),
                }
            },
        }
    )


@case(
    "h174-23-address-trait-office-phone",
    H,
    S,
    """identify = {
    "userId": c["email"],
    "traits": {
        "address": {
            "city":       c["city"],     # raw copy
            "postalCode": c["zip"],      # raw copy
            "state":      c["state"],    # only when non-blank; blank -> key absent
        },
        "phone": e164_us(or_else(c["phone"], c["mobilephone"])),   # both blank -> no traits.phone at all
    },
}
# blank = None / "" / spaces; or_else(a, b): a unless blank, then b
# e164_us(p): "+" + digits only. leading "+" -> keep its own country code;
#   no "+" -> US, put 1 in front (an 11-digit number starting with 1 already has it)""",
    extended(
        HS,
        hs(
            email="no.phone@gmail.com",
            city="Hsinchu",
            zip="300",
            state="  ",
            phone="",
            mobilephone=" ",
        ),
        hs(
            email="station@guanxin-park.tw",
            city="Hsinchu",
            zip="300",
            state="",
            phone="  ",
            mobilephone="+886 937 555 021",
        ),
        hs(
            email="fleet@austin-pedals.com",
            city="Austin",
            zip="78701",
            state="TX",
            phone="1-512-555-0166",
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
                    "postalCode": r["zip"],
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164),
            },
        }
    )


@case(
    "h174-24-clean-userid-optout-revenue",
    H,
    S,
    """identify = {
    "userId": c["email"].strip().lower(),    # the app export pads emails with spaces
    "traits": {
        "website":       c["Website URL"],   # copy
        "emailOptOut":   c["Unsubscribed from all email"] == "true",   # bool; "false" and blank both -> False
        "annualRevenue": num(c["Annual Revenue"]),   # blank (None / "" / spaces) -> leave the trait out
    },
}
# num(s): JSON number, int when whole ("800000" -> 800000), else float ("2500000.75" -> 2500000.75)""",
    extended(
        HS,
        hs(email="  Yuwen.Chu@Gmail.com ", website="", hs_email_optout="  ", annualrevenue="   "),
        hs(
            email="Fleet@Baoshan-Optics.com.TW  ",
            website="baoshan-optics.com.tw",
            hs_email_optout="true",
            annualrevenue="730000.5",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "website": r["website"],
                "emailOptOut": r["hs_email_optout"] == "true",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# -------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h174-25-ga4-rider-funnel-sync",
    H,
    G,
    """One GA4 Measurement Protocol hit per HubSpot contact, for the rider-funnel report.

payload = {
    "client_id": c["email"],
    "events": [{
        "name": "crm_contact_sync",
        "params": {
            "source_system": "hubspot",
            "stage":         c["lifecyclestage"],               # copy
            "channel":       c["hs_analytics_source"].lower(),  # blank source (None / "" / spaces) -> "unknown" instead
            "signup_date":   c["createdate"][:10],              # YYYY-MM-DD
        },
    }],
}""",
    extended(
        HS,
        hs(
            email="campus.rider@nthu.edu.tw",
            lifecyclestage="lead",
            hs_analytics_source="   ",
            createdate="2024-09-02T12:10:00.000Z",
        ),
        hs(
            email="owner@beimen-cafe.tw",
            lifecyclestage="",
            hs_analytics_source="OFFLINE",
            createdate="2024-02-14T13:45:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_contact_sync",
                "params": {
                    "source_system": "hubspot",
                    "stage": r["lifecyclestage"],
                    "channel": "unknown" if blank(src) else src.lower(),
                    "signup_date": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h174-26-ga4-big-fleet-accounts",
    H,
    G,
    """def ga4(c):
    rev = c["annualrevenue"]
    if blank(rev) or float(rev) <= 1_000_000:   # only accounts above 1M; blank revenue -> skipped
        return None
    return {
        "client_id": c["email"].split("@")[0],   # local part, before the @
        "events": [{
            "name":   "fleet_account",
            "params": {"value": num(rev), "currency": "USD"},
        }],
    }
# num(): JSON number, int when whole (12000000), float otherwise (2500000.75)
# blank = None / "" / spaces""",
    extended(
        lower_emails(HS),
        hs(email="procurement@zhubei-semi.com.tw", annualrevenue="45000000"),
        hs(email="hello@small-bike-shop.tw", annualrevenue="999999.5"),
        hs(email="unknown.rev@gmail.com", annualrevenue="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "fleet_account",
                "params": {"value": num(r["annualrevenue"]), "currency": "USD"},
            }
        ],
    }


@case(
    "h174-27-ga4-paying-or-prospect",
    H,
    G,
    """event_name = "paying_rider" if c["Lifecycle Stage"] == "customer" else "prospect_rider"   # blank stage -> prospect_rider
payload = {
    "client_id": c["email"],
    "events": [{
        "name": event_name,
        "params": {
            "city": or_else(c["City"], "Hsinchu"),   # blank (None / "" / spaces) -> "Hsinchu"
            "zip":  c["Postal Code"],                # raw copy, "" passes through
        },
    }],
}""",
    extended(
        HS,
        hs(email="rider.one@gmail.com", lifecyclestage="customer", city="  ", zip=""),
        hs(email="rider.two@gmail.com", lifecyclestage="", city="Zhubei", zip="302"),
    ),
)
def o27(r: R) -> Out:
    name = "paying_rider" if r["lifecyclestage"] == "customer" else "prospect_rider"
    return {
        "client_id": r["email"],
        "events": [{"name": name, "params": {"city": dflt(r["city"], "Hsinchu"), "zip": r["zip"]}}],
    }


# ----------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h174-28-leads-back-straight-copy",
    L,
    H,
    """Reverse direction now, SF Lead -> HubSpot contact, all straight copies.

contact = {
    "email":     lead["Email"],
    "firstname": lead["First Name"],
    "lastname":  lead["Last Name"],
    "company":   lead["Company"],
    "jobtitle":  lead["Title"],
    "phone":     lead["Phone"],
    "city":      lead["City"],
    "zip":       lead["PostalCode"],
    "country":   lead["Country"],
}
# nothing trimmed, nothing defaulted; an empty SF value is written as "" too""",
    extended(
        SFL,
        sfl(
            Email="chiaying.pan@hukou-logistics.tw",
            FirstName="Chia Ying",
            LastName="Pan",
            Company="Hukou Logistics",
            Title="   ",
            Phone="",
            City="Hukou",
            PostalCode="303",
            Country="Taiwan",
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
    "h174-29-lead-status-and-optout-text",
    L,
    H,
    """LEAD_STATUS = {
    "Open - Not Contacted":   "NEW",
    "Working - Contacted":    "ATTEMPTED_TO_CONTACT",
    "Closed - Converted":     "CONNECTED",
    "Closed - Not Converted": "UNQUALIFIED",
}   # all four SF statuses covered, no default

contact = {
    "email":           lead["Email"],
    "hs_lead_status":  LEAD_STATUS[lead["Status"]],
    "hs_email_optout": "true" if lead["HasOptedOutOfEmail"] else "false",   # HubSpot wants the text, not a bool
}""",
    extended(
        SFL,
        sfl(Email="fleet@zhudong-bio.tw", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(
            Email="owner@nanliao-kiosk.tw",
            Status="Closed - Not Converted",
            HasOptedOutOfEmail=False,
        ),
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
    "h174-30-rating-to-stage-revenue",
    L,
    H,
    """contact = {
    "email":          lead["Email"].lower(),
    "lifecyclestage": {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "subscriber"}[lead["Rating"]],
    "annualrevenue":  num(lead["AnnualRevenue"]),   # blank -> don't write the property
}
# every Lead has a Rating, so the lookup never misses
# num(s): JSON number, int when whole, float otherwise; blank = None / "" / spaces""",
    extended(
        SFL,
        sfl(Email="Jason.Kao@Zhubei-Semi.com.TW", Rating="Cold", AnnualRevenue="  "),
        sfl(Email="PM@Baoshan-Optics.COM.TW", Rating="Warm", AnnualRevenue="1875000.25"),
    ),
)
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "subscriber"}
    return keep(
        {
            "email": r["Email"].lower(),
            "lifecyclestage": table[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h174-31-uk-fleet-pilot",
    L,
    H,
    """UK fleet pilot: only Leads whose Country is exactly "United Kingdom" go to HubSpot.

def contact(lead):
    if lead["Country"] != "United Kingdom":   # any other country, or blank -> skipped
        return None
    return {
        "email":    lead["Email"],
        "phone":    e164_uk(lead["Phone"]),
        "zip":      lead["PostalCode"].upper(),
        "jobtitle": or_else(lead["Title"], "Not given"),
    }
# e164_uk(p): "+" + digits only. starts with "+" -> keep its own code; else drop the leading 0 and prefix 44
#   "020 7946 0321" -> "+442079460321"
# or_else(a, b): b when a is None / "" / spaces, else a""",
    extended(
        SFL,
        sfl(
            Email="fleet@mancunian-cargo.co.uk",
            Country="United Kingdom",
            Phone="0161 496 0011",
            PostalCode="m1 1ae",
            Title="   ",
        ),
        sfl(
            Email="ops@leeds-pedal.co.uk",
            Country="United Kingdom",
            Phone="+44 113 496 0777",
            PostalCode="ls1 4dy",
            Title="",
        ),
        sfl(
            Email="office@dublin-docks.ie",
            Country="Ireland",
            Phone="+353 1 555 0100",
            PostalCode="D02 X285",
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
        "jobtitle": dflt(r["Title"], "Not given"),
    }


@case(
    "h174-32-street-city-join",
    L,
    H,
    """def contact(lead):
    if lead["Status"] == "Closed - Not Converted":    # dead leads stay in SF
        return None
    street_city = ", ".join(p for p in (lead["Street"], lead["City"]) if not blank(p))
    # a blank part is skipped: no leading or trailing ", "
    return {
        "email":   lead["Email"],
        "address": street_city,
        "company": or_else(lead["Company"], "Individual Rider"),
    }
# blank = None / "" / spaces; or_else(a, b): b when a is blank, else a""",
    extended(
        SFL,
        sfl(
            Email="ride.share@gmail.com",
            Status="Open - Not Contacted",
            Street="",
            City="Hsinchu",
            Company="  ",
        ),
        sfl(
            Email="desk@guanxin-hub.tw",
            Status="Working - Contacted",
            Street="No. 12, Guanxin Rd",
            City="   ",
            Company="Guanxin Hub",
        ),
        sfl(
            Email="closed@oldlead.tw",
            Status="Closed - Not Converted",
            Street="No. 1, Daxue Rd",
            City="Hsinchu",
            Company="",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    joined = ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))
    return {
        "email": r["Email"],
        "address": joined,
        "company": dflt(r["Company"], "Individual Rider"),
    }


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case(
    "h174-33-contact-status-expo-tag",
    C,
    M,
    """member = {
    "email_address": sf["Email"].lower(),
    "status": "unsubscribed" if sf["HasOptedOutOfEmail"] else "subscribed",
    "tags":   ["Salesforce"] + (["Bike Expo"] if sf["Lead Source"] == "Trade Show" else []),
}""",
    extended(
        SFC,
        sfc(
            Email="Yuhsuan.Ma@Zhubei-Semi.com.TW", LeadSource="Trade Show", HasOptedOutOfEmail=True
        ),
        sfc(Email="Kai.Wen@Gmail.COM", LeadSource="Partner", HasOptedOutOfEmail=False),
    ),
)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Bike Expo"] if r["LeadSource"] == "Trade Show" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h174-34-sms-reminders-fleet",
    C,
    M,
    """SMS reminders for fleet contacts; no Business Phone, no SMS.

def member(sf):
    if blank(sf["Phone"]):          # Business Phone None / "" / spaces -> skip the contact
        return None
    return {
        "email_address": sf["Email"],
        "merge_fields":  {"PHONE": e164_us(sf["Phone"])},
        "language":      LANG[sf["MailingCountry"]],
    }

LANG = {"Taiwan": "zh_TW", "Japan": "ja", "United States": "en", "Germany": "de", "Austria": "de"}
# ^ covers every Mailing Country we have, no default
# e164_us(p): "+" + digits only; leading "+" -> own code kept; no "+" -> US, prefix 1 (11 digits starting with 1: just "+")""",
    extended(
        SFC,
        sfc(Email="fleet@zhubei-semi.com.tw", Phone="+886 3 578 0000", MailingCountry="Taiwan"),
        sfc(Email="nophone@hukou-logistics.tw", Phone="   ", MailingCountry="Taiwan"),
        sfc(Email="tokyo.office@kumo-bikes.jp", Phone="+81 3 5555 0142", MailingCountry="Japan"),
        sfc(
            Email="us.fleet@valleybikes.com",
            Phone="1 (408) 555-0190",
            MailingCountry="United States",
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Taiwan": "zh_TW",
        "Japan": "ja",
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
    "h174-35-facilities-admins-vip",
    C,
    M,
    """member = {
    "email_address": sf["Email"],
    "merge_fields": {
        "FNAME": or_else(sf["FirstName"], "Rider"),   # blank (None / "" / spaces) -> "Rider"
        "LNAME": sf["LastName"],                      # raw, "" allowed
    },
    "vip":    sf["Department"] == "Facilities",   # fleet admins sit in Facilities; other dept or blank -> False
    "status": "subscribed",
}""",
    extended(
        SFC,
        sfc(
            Email="facilities@zhubei-semi.com.tw",
            FirstName="",
            LastName="Hung",
            Department="Facilities",
        ),
        sfc(Email="someone@baoshan-optics.com.tw", FirstName="   ", LastName="", Department="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Rider"), "LNAME": r["LastName"]},
        "vip": r["Department"] == "Facilities",
        "status": "subscribed",
    }


@case(
    "h174-36-station-partners-reset-tags",
    C,
    M,
    """def member(sf):
    if sf["LeadSource"] != "Partner":     # station partners only
        return None
    return {
        "email_address": sf["Email"],
        "merge_fields":  {"FNAME": sf["FirstName"], "LNAME": sf["LastName"]},   # raw copies
        "status":        "subscribed",
        "language":      "zh_TW",
        "tags":          [],              # explicitly empty: wipe whatever tags they had
    }""",
    extended(
        SFC,
        sfc(
            Email="owner@beimen-cafe.tw",
            FirstName="Chia Hao",
            LastName="Tsai",
            LeadSource="Partner",
        ),
        sfc(Email="desk@nanliao-kiosk.tw", FirstName="Ya Wen", LastName="", LeadSource="Partner"),
        sfc(Email="ref@friend.tw", FirstName="Bo", LastName="Lin", LeadSource="Partner Referral"),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Partner":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "zh_TW",
        "tags": [],
    }


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case(
    "h174-37-contact-identify-birthday",
    C,
    S,
    """identify = {
    "userId": sf["Email"].lower(),
    "traits": {
        "firstName": sf["First Name"],
        "lastName":  sf["Last Name"],
        "title":     sf["Title"],          # raw copy, "" passes through
        "birthday":  sf["Birthdate"],      # only if non-blank; blank -> no birthday trait at all
    },
}""",
    extended(
        SFC,
        sfc(
            Email="Yiting.Shen@Zhubei-Semi.com.TW",
            FirstName="Yi Ting",
            LastName="Shen",
            Title="",
            Birthdate="  ",
        ),
        sfc(
            Email="WEN.CHANG@GMAIL.COM",
            FirstName="Wen",
            LastName="Chang",
            Title="Fleet Admin",
            Birthdate="1995-07-30",
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
    "h174-38-address-trim-city-country-default",
    C,
    S,
    """identify = {
    "userId": sf["Email"],
    "traits": {
        "address": {                                              # nested object under traits
            "city":    sf["MailingCity"].strip(),
            "country": or_else(sf["MailingCountry"], "Taiwan"),   # blank (None / "" / spaces) -> "Taiwan", otherwise as-is
        }
    },
}""",
    extended(
        SFC,
        sfc(Email="rider@hsinchu-mail.tw", MailingCity=" Hsinchu ", MailingCountry="  "),
        sfc(Email="fleet@zhubei-semi.com.tw", MailingCity="Zhubei", MailingCountry=""),
        sfc(Email="partner@taoyuan-cafe.tw", MailingCity="Taoyuan  ", MailingCountry="Taiwan"),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Taiwan"),
            }
        },
    }


@case(
    "h174-39-identify-phone-name-channel",
    C,
    S,
    """CHANNEL = {"Web": "app", "Trade Show": "expo", "Partner": "station_partner", "Employee Referral": "referral"}

identify = {
    "userId": sf["Email"],
    "traits": {
        "phone":   e164_us(sf["Business Phone"]),
        "name":    sf["First Name"] + " " + sf["Last Name"],
        "channel": CHANNEL.get(sf["Lead Source"], "other"),   # any unlisted source, blank too -> "other"
    },
}
# e164_us(p): "+" + digits. p starting with "+" keeps its own code; otherwise US -> prefix 1
#             (11 digits that already start with 1 just get the "+")""",
    extended(
        SFC,
        sfc(
            Email="owner@beimen-cafe.tw",
            FirstName="Chia Hao",
            LastName="Tsai",
            LeadSource="Partner",
            Phone="+886 3 555 0101",
        ),
        sfc(
            Email="amy.chu@zhubei-semi.com.tw",
            FirstName="Amy",
            LastName="Chu",
            LeadSource="Employee Referral",
            Phone="1 408 555 0123",
        ),
        sfc(
            Email="ad.click@gmail.com",
            FirstName="Jun",
            LastName="Pan",
            LeadSource="Advertisement",
            Phone="(206) 555-0188",
        ),
    ),
)
def o39(r: R) -> Out:
    chan = {
        "Web": "app",
        "Trade Show": "expo",
        "Partner": "station_partner",
        "Employee Referral": "referral",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "channel": chan.get(r["LeadSource"], "other"),
        },
    }


# -------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h174-40-newsletter-riders-to-hubspot",
    M,
    H,
    """Newsletter sign-ups from Mailchimp back into HubSpot contacts.

mf = m["merge_fields"]
contact = {
    "email":           m["email_address"],
    "firstname":       title(mf["FNAME"]),
    "lastname":        title(mf["LNAME"]),      # blank LNAME (None / "" / spaces) -> omit lastname
    "company":         or_else(mf["COMPANY"], "Individual Rider"),   # blank -> "Individual Rider"
    "hs_email_optout": "true" if m["status"] == "unsubscribed" else "false",   # text; every other status -> "false"
}
# title(s): each space-separated word -> first letter upper, rest lower""",
    extended(
        MC,
        mc(
            {"FNAME": "YA HUI", "LNAME": "kao", "COMPANY": "  "},
            email_address="yahui.kao@gmail.com",
            status="pending",
        ),
        mc(
            {"FNAME": "chun", "LNAME": "   ", "COMPANY": "Guanxin Hub"},
            email_address="chun@guanxin-hub.tw",
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
            "lastname": omit_if_blank(mf["LNAME"], title),
            "company": dflt(mf["COMPANY"], "Individual Rider"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h174-41-skip-cleaned-vip-customers",
    M,
    H,
    """def contact(m):
    if m["status"] == "cleaned":       # bounced addresses, never import
        return None
    mf = m["merge_fields"]
    out = {
        "email":          m["email_address"],
        "company":        mf["COMPANY"],                                  # copy as-is
        "lifecyclestage": "customer" if m["vip"] else "subscriber",
    }
    if not blank(mf["PHONE"]):           # blank = None / "" / spaces -> no phone key
        out["phone"] = e164_us(mf["PHONE"])
    return out
# e164_us(p): "+" + digits only; leading "+" keeps its code; otherwise US, prefix 1 (11 digits starting with 1: just "+")""",
    extended(
        MC,
        mc(
            {"PHONE": "1 650 555 0144", "COMPANY": "Valley Bikes"},
            email_address="fleet@valleybikes.com",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "+886 912 555 000", "COMPANY": ""},
            email_address="bounced@oldmail.tw",
            status="cleaned",
            vip=False,
        ),
        mc(
            {"PHONE": "  ", "COMPANY": "Beimen Cafe"},
            email_address="owner@beimen-cafe.tw",
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
            "company": mf["COMPANY"],
            "lifecyclestage": "customer" if r["vip"] else "subscriber",
            "phone": omit_if_blank(mf["PHONE"], e164),
        }
    )


@case(
    "h174-42-first-word-domain-customer-tag",
    M,
    H,
    """mf = m["merge_fields"]
contact = {
    "email":          m["email_address"],
    "firstname":      first_word(mf["FNAME"]),   # first whitespace-separated word: "Ya Ting" -> "Ya"
    "company":        or_else(mf["COMPANY"], m["email_address"].split("@")[1]),   # no company -> email domain
    "lifecyclestage": "customer" if "Customer" in m["tags"] else "lead",         # exact tag, case-sensitive
}
# or_else(a, b): b when a is None / "" / spaces, else a""",
    extended(
        MC,
        mc(
            {"FNAME": "Ya Ting", "COMPANY": "   "},
            email_address="yating@zhubei-semi.com.tw",
            tags=["Webinar", "Customer"],
        ),
        mc(
            {"FNAME": "Hao", "COMPANY": ""},
            email_address="hao@small-bike-shop.tw",
            tags=["customer"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set174")
