"""Held-out set 130 for the offline mapping drafter.

Persona: Dmitri, a platform engineer who files every mapping as a hand-typed, YAML-ish config
snippet in the ticket. The keys are the destination's API names; the values are either a bare
source field name or a nested block using his own shorthand (from:, default:, fallback:,
transform: lowercase / titlecase / e164, skip_if:, only_if:, when: ... -> ..., values: tables
with an otherwise:), with '|' pipes for transforms, '||' or lists for fallback chains and
'<field>' placeholders inside quoted strings for anything glued together. '# comments' carry the
intent and the edge cases (what blank means, why a key is left out). The YAML is not always
valid: a stray tab, a colon inside an unquoted value, flow maps mixed with block maps, a list
item that is really a sentence of prose. Now and then a one-line sentence sits above the block
to say what the sync is for. It is his personal shorthand, not the tool's mapping format.

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
    "h130-01-zap-port-partner-source",
    H,
    L,
    """Straight port of the old Zapier zap, HubSpot contact -> SF Lead.

# every field is a verbatim copy: no trim, no case fixes.
# a value that's empty in HubSpot goes over as an empty string -- keep the key, don't fill it.
Email:      email
FirstName:  firstname
LastName:   lastname
Company:    company
Title:      jobtitle
Phone:      phone
LeadSource: Partner      # const, literally the string Partner on every lead""",
    extended(
        HS,
        hs(
            email="tomas.ng@quayside.sg",
            firstname="",
            lastname="Ng",
            company="  ",
            jobtitle="",
            phone="",
        ),
        hs(
            email="ola.hansen@fjordkraft.no",
            firstname=" Ola",
            lastname="Hansen ",
            company="Fjordkraft AS ",
            jobtitle="  ",
            phone="  ",
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
        "LeadSource": "Partner",
    }


@case(
    "h130-02-padded-names-company-default",
    H,
    L,
    """lead:
  Email: email                 # untouched
  FirstName:
    from: firstname
    transform: trim            # strip leading/trailing spaces, nothing else
  LastName:
    from: lastname
    transform: trim
  Company:
    from: company
    default: Unknown Company   # ONLY when company is empty / whitespace-only / missing.
                               # a filled company goes over exactly as it is, no trim on this one
  Title:
    from: jobtitle
    default: TBD               # same deal, blank -> TBD, else as-is
  City: city                   # plain copy, '' stays ''""",
    extended(
        HS,
        hs(
            email="ana.souza@ipedigital.com.br",
            firstname="  Ana ",
            lastname=" Souza",
            company="  ",
            jobtitle="",
            city="",
        ),
        hs(
            email="owen.price@tallgrass.ag",
            firstname="Owen",
            lastname="Price  ",
            company=" Tallgrass Ag ",
            jobtitle="  Agronomist ",
            city="  Ames",
        ),
        hs(
            email="lea.fontaine@quaisud.fr",
            firstname="Léa",
            lastname="Fontaine",
            company="",
            jobtitle="   ",
            city="Lyon",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Unknown Company"),
        "Title": dflt(r["jobtitle"], "TBD"),
        "City": r["city"],
    }


@case(
    "h130-03-mobile-or-office-titlecase",
    H,
    L,
    """# HS -> Lead, phone cleanup (OPS-2231)
# titlecase = every space-separated word gets a capital first letter, rest of the word lowercase
Email: email
FirstName: {from: firstname, transform: titlecase}
LastName:  {from: lastname,  transform: titlecase}
MobilePhone:
  from: mobilephone || phone   # mobile wins; the office number only if the mobile is blank
  skip_if: both blank          # blank = missing, '' or only spaces -> then NO MobilePhone key at all, not even ''
  # whichever number wins goes over raw, no reformatting""",
    extended(
        HS,
        hs(
            email="rosa.lind@fjordline.no",
            firstname="ROSA MARIA",
            lastname="lind",
            mobilephone="",
            phone="  ",
        ),
        hs(
            email="kofi.mensah@goldcoast.gh",
            firstname="kofi",
            lastname="MENSAH",
            mobilephone="   ",
            phone="(214) 555-0166",
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
    "h130-04-industry-picklist-table",
    H,
    L,
    """SF Industry is a restricted-ish picklist, so HubSpot's free text has to be translated.

Email:
  from: email
  transform: lowercase
Industry:
  from: industry
  values:                      # exact match, case-sensitive, on the HubSpot value
    Software:   Technology
    Logistics:  Transportation
    Food:       Food & Beverage
    Banking:    Banking
    Healthcare: Healthcare
  otherwise: Other             # anything not in the table -> Other. blank industry too""",
    extended(
        HS,
        hs(email="Meg.Ortiz@CarePoint.org", industry="Healthcare"),
        hs(email="JON.KIM@BYTEFORGE.IO", industry="software"),
        hs(email="Ivo.Petrov@Balkanbank.bg", industry="  "),
    ),
)
def o04(r: R) -> Out:
    table = {
        "Software": "Technology",
        "Logistics": "Transportation",
        "Food": "Food & Beverage",
        "Banking": "Banking",
        "Healthcare": "Healthcare",
    }
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case(
    "h130-05-drop-optouts-and-badge-scans",
    H,
    L,
    """Two kinds of contacts must never land in SF as leads:

skip_if:
  - hs_email_optout == "true"       # opted out. an empty optout is not "true", those go through
  - hs_analytics_source == OFFLINE  # badge scans, the events team hands those to SDRs themselves
# everything else: copied as-is
Email: email
FirstName: firstname
LastName: lastname
Company: company
Rating: Warm                        # const""",
    extended(
        HS,
        hs(
            email="gus.ferreira@pampa.ar",
            firstname="Gus",
            lastname="Ferreira",
            company="Pampa Agro",
            hs_analytics_source="OFFLINE",
            hs_email_optout="false",
        ),
        hs(
            email="ines.ortega@solnorte.cl",
            firstname="Ines",
            lastname="Ortega",
            company="",
            hs_analytics_source="",
            hs_email_optout="  ",
        ),
        hs(
            email="hal.becker@ironoak.com",
            firstname="Hal",
            lastname="Becker",
            company="Iron Oak",
            hs_analytics_source="DIRECT_TRAFFIC",
            hs_email_optout="true",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Rating": "Warm",
    }


@case(
    "h130-06-revenue-bands-headcount",
    H,
    L,
    """# Rating bands off annualrevenue (parse it as a number)
Email: email
Rating:
  when: annualrevenue > 5000000  -> Hot
  when: annualrevenue < 500000   -> Cold
  else: Warm                     # blank annualrevenue lands here too -> Warm
NumberOfEmployees:
  from: numemployees
  transform: int                 # whole number, not the string "250"
  skip_if: numemployees empty    # whitespace-only counts as empty; key just isn't sent""",
    extended(
        HS,
        hs(email="zoe.hart@meridianpay.com", annualrevenue="450000", numemployees="  "),
        hs(email="sam.ortiz@pinecrest.org", annualrevenue="5000000.5", numemployees="1200"),
        hs(email="ada.frey@kestrelworks.com", annualrevenue=" ", numemployees="7"),
    ),
)
def o06(r: R) -> Out:
    v = rev(r)
    if v is not None and v > 5_000_000:
        rating = "Hot"
    elif v is not None and v < 500_000:
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
    "h130-07-dialable-phone-tidy-names",
    H,
    L,
    """US sales floor wants numbers they can click-to-dial and names that don't shout.

Email: email
FirstName: firstname | titlecase     # titlecase: each word -> first letter upper, rest lower
LastName:  lastname | titlecase
City:      city | titlecase          # 'san antonio' -> 'San Antonio'
Phone:
  from: phone
  transform: e164   # '+' and digits. default country US (+1). starts with '+' already -> keep its own code.
\t\t    # 11 digits starting with 1 = the 1 is already there, just prefix '+'
  skip_if: phone blank   # then no Phone key at all. never send '' or a bare '+1'""",
    extended(
        HS,
        hs(
            email="dana.cruz@lonestarhvac.com",
            firstname="DANA",
            lastname="cruz",
            city="new braunfels",
            phone="1 (737) 555-0101",
        ),
        hs(
            email="eli.stone@brazosmfg.com",
            firstname="eli",
            lastname="Stone",
            city="WACO",
            phone="   ",
        ),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "City": title(r["city"]),
            "Phone": omit_if_blank(r["phone"], e164),
        }
    )


@case(
    "h130-08-qualified-only-description",
    H,
    L,
    """only_if: lifecyclestage in [marketingqualifiedlead, salesqualifiedlead]   # nothing else reaches SF
Email: email
LastName: lastname
Company: company
State:
  from: state
  transform: uppercase
Description: "HS <hs_analytics_source> since <createdate>"
  # <createdate> = just the date part, YYYY-MM-DD. literal text around it, e.g.
  # "HS PAID_SEARCH since 2023-07-02\"""",
    extended(
        HS,
        hs(
            email="jo.whitfield@hillcountrybank.com",
            lastname="Whitfield",
            company="Hill Country Bank",
            lifecyclestage="salesqualifiedlead",
            state="ny",
            hs_analytics_source="EMAIL_MARKETING",
            createdate="2024-06-30T12:00:00.000Z",
        ),
        hs(
            email="marc.leblanc@erable.ca",
            lastname="Leblanc",
            company="Erable",
            lifecyclestage="lead",
            state="qc",
        ),
        hs(
            email="ava.price@gulfbreeze.com",
            lastname="Price",
            company="Gulf Breeze",
            lifecyclestage="marketingqualifiedlead",
            state="",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2021-02-28T13:15:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "State": r["state"].upper(),
        "Description": f"HS {r['hs_analytics_source']} since {day(r['createdate'])}",
    }


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h130-09-mailing-block",
    H,
    C,
    """HS contact -> SF Contact, just the mailing address block plus what SF needs to key on.

Email:             email
LastName:          lastname
MailingStreet:     address
MailingCity:       city
MailingState:      state
MailingPostalCode: zip
MailingCountry:    country
# all 1:1. no cleanup at all; an empty HS value is sent as "" (key stays)""",
    extended(
        HS,
        hs(
            email="wes.dunn@ozarkoutfit.com",
            lastname="Dunn",
            address="",
            city="Fayetteville",
            state="",
            zip="",
            country="United States",
        ),
        hs(
            email="ines.moreau@atelierbleu.be",
            lastname="Moreau",
            address="  Rue Haute 4 ",
            city="Brussels",
            state="  ",
            zip="1000",
            country="Belgium",
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
    "h130-10-consent-and-dnc-flags",
    H,
    C,
    """Email: email
HasOptedOutOfEmail:              # real boolean on the SF side
  when: hs_email_optout == "true"  -> true
  when: hs_email_optout == "false" -> false
  when: blank                      -> true     # no consent on record = treat as opted out (legal's call)
DoNotCall:
  - true when mobilephone is blank (empty or just whitespace), false otherwise
  - the office phone is not looked at for this""",
    extended(
        HS,
        hs(email="pat.quinn@mesaverde.io", hs_email_optout="", mobilephone="512-555-0190"),
        hs(email="rhea.kapoor@indigoline.in", hs_email_optout="false", mobilephone="  ", phone=""),
        hs(email="tim.berg@northstar.se", hs_email_optout="  ", mobilephone=""),
    ),
)
def o10(r: R) -> Out:
    opt = r["hs_email_optout"]
    return {
        "Email": r["email"],
        "HasOptedOutOfEmail": opt == "true" or blank(opt),
        "DoNotCall": blank(r["mobilephone"]),
    }


@case(
    "h130-11-lastname-fallback-chain",
    H,
    C,
    """# SF Contact rejects a missing LastName, so it gets a chain. first non-empty wins, left to right;
# whitespace-only counts as empty at every step
Email: email
FirstName: firstname         # plain copy, blank stays blank
LastName:
  from: [lastname, company, email_local]
  # email_local = the part of email before the '@', as-is""",
    extended(
        lower_emails(HS),
        hs(email="sam.lee@copperleaf.com", firstname="", lastname="", company=""),
        hs(email="r.okoye@kilnworks.ng", firstname="  ", lastname="  ", company="Kiln Works"),
        hs(email="ops@tinyharbor.com", firstname="Mia", lastname="   ", company="  "),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"])),
    }


@case(
    "h130-12-stage-label-postcode",
    H,
    C,
    """Email: email
Description:
  from: lifecyclestage
  values:        # every stage HubSpot has, so no fallback
    subscriber:             Subscriber
    lead:                   Lead
    marketingqualifiedlead: MQL
    salesqualifiedlead:     SQL
    opportunity:            Opportunity
    customer:               Customer
    evangelist:             Evangelist
    other:                  Other
MailingPostalCode:
  from: zip
  transform: uppercase      # 'sw1a 1aa' -> 'SW1A 1AA'
  skip_if: empty            # no zip (or spaces) -> MailingPostalCode is left off the contact""",
    extended(
        HS,
        hs(email="kai.ward@bluebonnet.com", lifecyclestage="opportunity", zip="sw1a 1aa"),
        hs(email="yui.mori@kyotoink.jp", lifecyclestage="evangelist", zip="  "),
        hs(email="lucia.vega@cozumeldive.mx", lifecyclestage="other", zip=""),
    ),
)
def o12(r: R) -> Out:
    label = {
        "subscriber": "Subscriber",
        "lead": "Lead",
        "marketingqualifiedlead": "MQL",
        "salesqualifiedlead": "SQL",
        "opportunity": "Opportunity",
        "customer": "Customer",
        "evangelist": "Evangelist",
        "other": "Other",
    }
    return keep(
        {
            "Email": r["email"],
            "Description": label[r["lifecyclestage"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h130-13-customers-only-contact",
    H,
    C,
    """customers only; the rest of HubSpot stays out of the SF Contact object.

only_if: lifecyclestage == customer
Email: {from: email, transform: lowercase}
MobilePhone:
  from: [mobilephone, phone]    # mobile first, office phone when the mobile is empty/whitespace
                                # raw value, no formatting. every customer has at least one of the two
Description: Synced from HubSpot: customer    # const. everything after 'Description:' is the text, second colon and all""",
    extended(
        HS,
        hs(
            email="Nora.Blake@CrestPoint.com",
            lifecyclestage="customer",
            mobilephone="  ",
            phone="737-555-0110",
        ),
        hs(email="vic.hale@oldmill.com", lifecyclestage="evangelist", phone="512-555-0171"),
        hs(
            email="Ola.Berg@Fjell.NO",
            lifecyclestage="customer",
            phone="+47 22 55 50 00",
            mobilephone="+47 900 55 500",
        ),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Synced from HubSpot: customer",
    }


@case(
    "h130-14-source-picklist-city-title",
    H,
    C,
    """Email: email
Title:
  from: jobtitle
  transform: trim
MailingCity:
  from: city
  transform: titlecase      # each word: first letter up, the rest down
LeadSource:
  from: hs_analytics_source
  values:
    ORGANIC_SEARCH:\tWeb
    DIRECT_TRAFFIC:\tWeb
    PAID_SEARCH:\tAdvertisement
    PAID_SOCIAL:\tAdvertisement
    REFERRALS:\tExternal Referral
    OFFLINE:\tTrade Show
  otherwise: Other          # anything not listed, empty source included""",
    extended(
        HS,
        hs(
            email="dana.white@cactusflower.com",
            city="SAN JOSE",
            jobtitle="  Growth Lead  ",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="will.ng@pecanstreet.co",
            city="el paso",
            jobtitle="   ",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="joy.adams@riverwalk.com",
            city="Austin",
            jobtitle="Analyst",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
    ),
)
def o14(r: R) -> Out:
    source = {
        "ORGANIC_SEARCH": "Web",
        "DIRECT_TRAFFIC": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "External Referral",
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
    "h130-15-double-optin-language",
    H,
    M,
    """email_address: email
status: pending          # const -- everyone goes through double opt-in
merge_fields:
  FNAME: firstname
  LNAME: lastname        # both straight copies, '' stays ''
language:
  from: hs_language
  default: en            # most of our contacts don't have hs_language at all. missing / blank -> en""",
    extended(
        HS,
        hs(email="jonas.weber@isarwerk.de", firstname="Jonas", lastname="Weber", hs_language="de"),
        hs(email="bo.larsen@fjordfish.dk", firstname="Bo", lastname="", hs_language="  "),
        hs(email="rui.costa@tejo.pt", firstname="Rui", lastname="Costa", hs_language="pt"),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "status": "pending",
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h130-16-consent-three-way",
    H,
    M,
    """email_address: email
status:
  from: hs_email_optout          # it's the text "true"/"false", not a bool
  values:
    "true":  unsubscribed
    "false": subscribed
  blank:   transactional         # never answered the consent question -> receipts only, no campaigns
tags: [hubspot-import]           # one tag, every member""",
    extended(
        HS,
        hs(email="gia.romano@vesuvio.it", hs_email_optout="   "),
        hs(email="finn.walsh@galwaybay.ie", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = (
        "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "transactional"
    )
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-import"]}


@case(
    "h130-17-value-and-paid-tags",
    H,
    M,
    """email_address: email
tags:   # built in this order, only the ones whose condition holds. nothing matches -> tags: []
  - high-value:   annualrevenue > 3000000        # as a number; blank revenue = no tag
  - paid-search:  hs_analytics_source == PAID_SEARCH""",
    extended(
        HS,
        hs(
            email="rex.hale@summitcap.com",
            annualrevenue="3000000.5",
            hs_analytics_source="PAID_SEARCH",
        ),
        hs(
            email="ivy.chu@lotusgate.sg", annualrevenue="2999999", hs_analytics_source="PAID_SOCIAL"
        ),
        hs(email="abe.nunez@stonebridge.com", annualrevenue="  ", hs_analytics_source=""),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("high-value")
    if r["hs_analytics_source"] == "PAID_SEARCH":
        tags.append("paid-search")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h130-18-first-word-office-phone",
    H,
    M,
    """email_address: email
merge_fields:
  FNAME:
    from: firstname
    transform: first_word      # first whitespace-separated word: 'Anna Maria' -> 'Anna'
  PHONE:
    from: phone || mobilephone   # office first, mobile when office is blank/whitespace
    transform: e164              # US +1 by default; already starts with '+' -> keep that country code;
                                 # 11 digits starting with 1 -> just '+' in front
# contacts without any number never get here, one of the two is always filled""",
    extended(
        HS,
        hs(
            email="mary.cole@bayoubrew.com",
            firstname="Anna Maria",
            phone="  ",
            mobilephone="737 555 0199",
        ),
        hs(
            email="jb.roux@lakeway.io",
            firstname=" Jean  Baptiste",
            phone="1 (303) 555-0100",
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
    "h130-19-b2b-list-website-required",
    H,
    M,
    """B2B newsletter list. No website on the contact = consumer signup, keep them out.

skip_if: website empty       # '' / spaces / missing
email_address: email
status: subscribed           # const
vip: lifecyclestage in [opportunity, customer]     # true/false""",
    extended(
        HS,
        hs(email="ken.obi@lagosfin.ng", website="lagosfin.ng", lifecyclestage="customer"),
        hs(email="ann.lowe@gmail.com", website="   ", lifecyclestage="opportunity"),
        hs(email="ugo.bassi@serra.it", website="https://serra.it", lifecyclestage="opportunity"),
    ),
)
def o19(r: R) -> Out:
    if blank(r["website"]):
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] in ("opportunity", "customer"),
    }


@case(
    "h130-20-company-or-domain-vip",
    H,
    M,
    """email_address: email
merge_fields:
  FNAME: firstname | titlecase      # Capitalise Each Word, rest lowercase
  LNAME: lastname | titlecase
  COMPANY:
    from: company
    fallback: email domain          # the part after the @, unchanged -- used when company is blank/whitespace
vip:
  when: annualrevenue > 2000000 -> true
  else: false                       # blank revenue included""",
    extended(
        lower_emails(HS),
        hs(
            email="luz.ramos@cafeluz.co",
            firstname="LUZ",
            lastname="ramos",
            company="",
            annualrevenue="2000000.5",
        ),
        hs(
            email="tj.mills@millsfarm.com",
            firstname="tj",
            lastname="MILLS",
            company="  ",
            annualrevenue="",
        ),
        hs(
            email="eva.stone@granitebay.com",
            firstname="eva",
            lastname="stone",
            company="Granite Bay",
            annualrevenue="1999999",
        ),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": title(r["lastname"]),
            "COMPANY": first_filled(r["company"], after_at(r["email"])),
        },
        "vip": gt(r["annualrevenue"], 2_000_000),
    }


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h130-21-identify-basic-name",
    H,
    S,
    """userId: email | lowercase
traits:
  email: email                       # raw, original casing
  firstName: firstname
  lastName: lastname
  title: jobtitle                    # copy; an empty string is fine
  name: "<firstname> <lastname>"     # one space in between, values as they are""",
    extended(
        HS,
        hs(email="Omar.Haddad@Cedarline.AE", firstname="Omar", lastname="Haddad", jobtitle=""),
        hs(email="june.park@hanriver.kr", firstname="June", lastname="Park", jobtitle="  "),
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
    "h130-22-company-object",
    H,
    S,
    """identify per HS contact; userId = email, untouched.

traits:
  company:
    name:
      from: company
      skip_if: blank            # no company -> no name key inside traits.company
    industry:
      from: industry
      default: Unspecified      # blank industry -> Unspecified
    employee_count:
      from: numemployees
      transform: integer
      skip_if: blank""",
    extended(
        HS,
        hs(email="vera.lind@soloshop.se", company="  ", industry="", numemployees="1"),
        hs(
            email="raj.iyer@monsoonlabs.in",
            company="Monsoon Labs",
            industry="  ",
            numemployees="3400",
        ),
        hs(email="noa.levi@cedarhill.il", company="", industry="Retail", numemployees=" "),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": omit_if_blank(r["company"]),
                    "industry": dflt(r["industry"], "Unspecified"),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h130-23-address-and-mobile",
    H,
    S,
    """userId: email
traits:
  address:
    street: address          # street/city/country = plain copies, '' stays ''
    city: city
    country: country
    postalCode:
      from: zip
      omit_if_empty: yes     # blank zip -> no postalCode key
  phone:
    from: mobilephone, then phone     # mobile first; office when the mobile is blank
    transform: e164   # US default (+1). '+' prefix already there -> keep that code. 11 digits w/ leading 1 -> add '+'
    omit: when both are blank         # then no traits.phone at all""",
    extended(
        HS,
        hs(email="bea.knox@sparrowhill.com", mobilephone="", phone="  ", zip="  "),
        hs(
            email="cy.dale@redriver.com",
            mobilephone="  ",
            phone="940.555.0111",
            address="",
            zip="76301",
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
                    "country": r["country"],
                    "postalCode": omit_if_blank(r["zip"]),
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h130-24-clean-userid-marketing-ok",
    H,
    S,
    """Segment profile feed. Our HubSpot emails have stray spaces and random caps, hence the cleanup on userId.

userId:
  from: email
  transform: [trim, lowercase]
traits:
  industry: industry            # copy as-is
  marketing_ok:                 # bool
    true  when hs_email_optout == "false"
    false when hs_email_optout == "true"
    false when it's blank       # unknown consent = not ok to market
  annual_revenue:
    from: annualrevenue
    type: number                # int when it's whole, decimal otherwise
    skip_if: blank""",
    extended(
        HS,
        hs(
            email="  Jo.Smith@Example.COM ",
            hs_email_optout="false",
            annualrevenue="0.5",
            industry=" ",
        ),
        hs(
            email="KIM.PARK@HANRIVER.KR ",
            hs_email_optout="  ",
            annualrevenue="  ",
            industry="Retail",
        ),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "industry": r["industry"],
                "marketing_ok": r["hs_email_optout"] == "false",
                "annual_revenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h130-25-ga4-crm-contact-event",
    H,
    G,
    """GA4 Measurement Protocol, one event per HubSpot contact.

client_id: hubspot-crm           # const, same for every contact
events:
  - name: crm_contact            # const
    params:
      stage: lifecyclestage      # copy
      industry:
        from: industry
        transform: lowercase     # blank industry (empty or spaces only) -> send ""
      first_seen: createdate, date part only (YYYY-MM-DD)""",
    extended(
        HS,
        hs(
            email="ola.nwosu@deltafarms.ng",
            lifecyclestage="opportunity",
            industry="  ",
            createdate="2024-02-29T12:30:00.000Z",
        ),
        hs(
            email="ben.cho@pixelpine.com",
            lifecyclestage="other",
            industry="AgriTech",
            createdate="2025-01-15T16:45:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    ind = r["industry"]
    return {
        "client_id": "hubspot-crm",
        "events": [
            {
                "name": "crm_contact",
                "params": {
                    "stage": r["lifecyclestage"],
                    "industry": "" if blank(ind) else ind.lower(),
                    "first_seen": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h130-26-ga4-team-size-known",
    H,
    G,
    """only_if: numemployees > 20        # as a number. blank numemployees -> skip the contact
client_id: email before the @      # local part, as-is
events:
  - name: team_size_known
    params:
      employees: numemployees as a number
      crm: hubspot                 # const""",
    extended(
        lower_emails(HS),
        hs(email="max.weber@hanse.de", numemployees="21"),
        hs(email="lia.costa@brisa.pt", numemployees="  "),
        hs(email="ned.frost@icebox.ca", numemployees="19"),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [
            {
                "name": "team_size_known",
                "params": {"employees": num(r["numemployees"]), "crm": "hubspot"},
            }
        ],
    }


@case(
    "h130-27-ga4-reachable-or-opted-out",
    H,
    G,
    """client_id: email
events:
  - name:
      when: hs_email_optout == "true" -> contact_opted_out
      else: contact_reachable          # "false" and blank both end up here
    params:
      city:
        from: city
        default: unknown               # blank city -> unknown
      stage: lifecyclestage            # plain copy""",
    extended(
        HS,
        hs(
            email="fay.ng@orchidbay.my", hs_email_optout="true", city=" ", lifecyclestage="customer"
        ),
        hs(
            email="rob.dyer@tinroof.com", hs_email_optout="  ", city="", lifecyclestage="evangelist"
        ),
    ),
)
def o27(r: R) -> Out:
    name = "contact_opted_out" if r["hs_email_optout"] == "true" else "contact_reachable"
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": name,
                "params": {"city": dflt(r["city"], "unknown"), "stage": r["lifecyclestage"]},
            }
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h130-28-lead-to-contact-copy",
    L,
    H,
    """# SF Lead -> HubSpot contact. copy job, nothing else going on
email:     Email
firstname: FirstName
lastname:  LastName
company:   Company
jobtitle:  Title
phone:     Phone
address:   Street
city:      City
zip:       PostalCode
country:   Country
# blank on the lead -> "" in HubSpot. send the key anyway, no transforms anywhere""",
    extended(
        SFL,
        sfl(
            Email="mo.salah@nilewave.eg",
            FirstName="Mo",
            LastName="Salah",
            Company="Nile Wave",
            Title="",
            Phone="",
            Street="",
            City="  ",
            PostalCode="",
            Country="Egypt",
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
    "h130-29-status-to-stage-optout-text",
    L,
    H,
    """email: Email
lifecyclestage:
  from: Status
  values:        # all four SF lead statuses are covered
    Open - Not Contacted:   lead
    Working - Contacted:    marketingqualifiedlead
    Closed - Converted:     customer
    Closed - Not Converted: other
hs_email_optout: HasOptedOutOfEmail -> "true" / "false"    # as TEXT, HubSpot wants the string not a bool""",
    extended(
        SFL,
        sfl(Email="tara.quinn@kestrel.ie", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(Email="dev.shah@saffronlabs.in", Status="Closed - Converted", HasOptedOutOfEmail=False),
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
    "h130-30-rating-to-lead-status",
    L,
    H,
    """email: Email | lowercase
hs_lead_status:
  from: Rating
  values: {Hot: OPEN_DEAL, Warm: IN_PROGRESS, Cold: ATTEMPTED_TO_CONTACT}   # every lead has one of the three
annualrevenue:
  from: AnnualRevenue
  as: number          # int if whole, else decimal
  skip_if: empty      # empty or whitespace -> don't send annualrevenue""",
    extended(
        SFL,
        sfl(Email="Tess.Moreau@AzureCoast.FR", Rating="Warm", AnnualRevenue="750000.25"),
        sfl(Email="BO.YANG@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  "),
    ),
)
def o30(r: R) -> Out:
    status = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "ATTEMPTED_TO_CONTACT"}
    return keep(
        {
            "email": r["Email"].lower(),
            "hs_lead_status": status[r["Rating"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h130-31-london-desk-uk-only",
    L,
    H,
    """UK-only feed for the London desk's HubSpot portal.

only_if: Country == United Kingdom
email: Email
phone:
  from: Phone
  transform: e164 UK     # +44, drop the national leading 0. a number already starting with + keeps its own code
zip: PostalCode | uppercase
jobtitle:
  from: Title
  default: Not set       # blank title -> Not set""",
    extended(
        SFL,
        sfl(
            Email="isla.reid@thistletech.co.uk",
            Country="United Kingdom",
            Phone="07700 900456",
            PostalCode="eh1 1yz",
            Title="",
        ),
        sfl(
            Email="tom.hughes@severnbridge.co.uk",
            Country="United Kingdom",
            Phone="+44 161 496 0011",
            PostalCode="m1 1ae",
            Title="  ",
        ),
        sfl(
            Email="ana.ruiz@sierranorte.es",
            Country="Spain",
            Phone="+34 91 555 0100",
            PostalCode="28013",
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
        "jobtitle": dflt(r["Title"], "Not set"),
    }


@case(
    "h130-32-no-cold-leads-city-country",
    L,
    H,
    """skip_if: Rating == Cold         # cold leads stay in SF
email: Email
company:
  from: Company
  default: Unknown
city: "<City>, <Country>"     # sales wants the country in the city line. City is always filled;
                              # Country blank/whitespace -> just the City, no trailing comma or space""",
    extended(
        SFL,
        sfl(
            Email="jun.park@seoulsoft.kr", City="Berlin", Country="  ", Rating="Warm", Company="  "
        ),
        sfl(Email="meg.ross@lakeaustin.com", City="Austin", Country="", Rating="Hot", Company=""),
        sfl(Email="ian.cole@bramble.co.uk", City="Leeds", Country="United Kingdom", Rating="Cold"),
    ),
)
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    city = r["City"] if blank(r["Country"]) else f"{r['City']}, {r['Country']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"), "city": city}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case(
    "h130-33-sfdc-tag-engineering",
    C,
    M,
    """email_address: Email | lowercase
status:
  from: HasOptedOutOfEmail
  true:  unsubscribed
  false: subscribed
tags:
  - sfdc                       # always there, first
  - engineering  -- only when Department == Engineering, goes after sfdc""",
    extended(
        SFC,
        sfc(Email="Marta.Nowak@Wisla.PL", HasOptedOutOfEmail=True, Department="Engineering"),
        sfc(Email="OLI.GRANT@THISTLE.CO.UK", HasOptedOutOfEmail=False, Department="engineering"),
    ),
)
def o33(r: R) -> Out:
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": ["sfdc"] + (["engineering"] if r["Department"] == "Engineering" else []),
    }


@case(
    "h130-34-sms-audience-language",
    C,
    M,
    """SMS audience: only contacts we can actually text.

skip_if: Phone blank          # empty or whitespace -> not synced
email_address: Email
merge_fields:
  PHONE:
    from: Phone
    transform: e164   # US +1 default; keeps an existing +CC; 11 digits w/ leading 1 -> just add the +
language:
  from: MailingCountry
  values:             # the only countries in the org, no fallback needed
    United States: en
    Germany:       de
    Austria:       de
    Switzerland:   de
    France:        fr""",
    extended(
        SFC,
        sfc(Email="claire.petit@loire.fr", Phone="+33 2 55 55 01 00", MailingCountry="France"),
        sfc(Email="amy.fox@redbud.com", Phone="   ", MailingCountry="United States"),
        sfc(Email="urs.keller@zugbau.ch", Phone="", MailingCountry="Switzerland"),
        sfc(
            Email="jay.reed@sixthstreet.com", Phone="1-512-555-0134", MailingCountry="United States"
        ),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "United States": "en",
        "Germany": "de",
        "Austria": "de",
        "Switzerland": "de",
        "France": "fr",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h130-35-hi-friend-web-vip",
    C,
    M,
    """email_address: Email
status: subscribed            # const
merge_fields:
  FNAME:
    from: FirstName
    default: Friend           # "Hi Friend," beats "Hi ,". blank/whitespace -> Friend
  LNAME: LastName             # copy
vip: LeadSource == Web        # bool. blank LeadSource -> false""",
    extended(
        SFC,
        sfc(Email="noor.ali@dunecraft.ae", FirstName="", LastName="Ali", LeadSource="Web"),
        sfc(Email="pia.lund@aurora.fi", FirstName="  ", LastName="", LeadSource="  "),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "status": "subscribed",
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
        "vip": r["LeadSource"] == "Web",
    }


@case(
    "h130-36-sales-team-audience",
    C,
    M,
    """Internal-ish audience for the sales enablement newsletter.

only_if: Department == Sales
email_address: Email
status: subscribed     # const
language: en           # const
merge_fields:
  FNAME: FirstName
  LNAME: LastName      # copies, blanks stay blank
tags: []               # explicitly an empty list, we don't tag these""",
    extended(
        SFC,
        sfc(Email="tariq.aziz@gulfsteel.com", FirstName="Tariq", LastName="", Department="Sales"),
        sfc(
            Email="gio.conti@lagodoro.it", FirstName="Gio", LastName="Conti", Department="Marketing"
        ),
        sfc(Email="kim.berger@nowhere.de", FirstName="Kim", LastName="Berger", Department=""),
    ),
)
def o36(r: R) -> Out:
    if r["Department"] != "Sales":
        return None
    return {
        "email_address": r["Email"],
        "status": "subscribed",
        "language": "en",
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "tags": [],
    }


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case(
    "h130-37-identify-optional-title-bday",
    C,
    S,
    """userId: Email | lowercase
traits:
  email: Email                     # as-is, original case
  firstName: FirstName
  lastName: LastName
  title:    {from: Title, omit_if: empty}
  birthday: {from: Birthdate, omit_if: empty}   # empty/whitespace -> key not sent, otherwise copied as-is""",
    extended(
        SFC,
        sfc(
            Email="Ray.Bianchi@Portofino.IT",
            FirstName="Ray",
            LastName="Bianchi",
            Title="  ",
            Birthdate="1979-08-14",
        ),
        sfc(
            Email="sue.grant@tallpine.com", FirstName="Sue", LastName="", Title="COO", Birthdate=" "
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
                "birthday": omit_if_blank(r["Birthdate"]),
            },
        }
    )


@case(
    "h130-38-mailing-city-trim",
    C,
    S,
    """userId: Email                    # unchanged
traits:
  address:
    city:
      from: MailingCity
      transform: trim            # the old import left spaces around some cities
    country:
      from: MailingCountry
      default: N/A               # blank country -> N/A, otherwise as-is""",
    extended(
        SFC,
        sfc(Email="eva.gruber@murtal.at", MailingCity="  Graz ", MailingCountry=""),
        sfc(Email="max.roth@donau.at", MailingCity="Linz", MailingCountry="   "),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "N/A"),
            }
        },
    }


@case(
    "h130-39-phone-name-team",
    C,
    S,
    """userId: Email
traits:
  phone: Phone | e164     # US default +1; leading '+' keeps its own code; 11 digits starting with 1 -> just prefix '+'
  name: "<FirstName> <LastName>"
  team:
    from: Department
    values:
      Engineering: eng
      Sales: gtm
      Marketing: gtm
    otherwise: other      # unlisted department, or blank -> other""",
    extended(
        SFC,
        sfc(
            Email="dee.marsh@bluehollow.com",
            FirstName="Dee",
            LastName="Marsh",
            Phone="512 555 0177",
            Department="Marketing",
        ),
        sfc(
            Email="al.brandt@hafenbank.de",
            FirstName="Al",
            LastName="Brandt",
            Phone="+1 (737) 555-0100",
            Department="Finance",
        ),
    ),
)
def o39(r: R) -> Out:
    team = {"Engineering": "eng", "Sales": "gtm", "Marketing": "gtm"}
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "team": team.get(r["Department"], "other"),
        },
    }


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h130-40-mc-back-to-hubspot",
    M,
    H,
    """# MC member -> HubSpot contact. titlecase = first letter of each word upper, rest lower
email: email_address
firstname: merge_fields.FNAME | titlecase
lastname:
  from: merge_fields.LNAME
  transform: titlecase
  skip_if: empty            # don't blank out the lastname HubSpot already has
company:
  from: merge_fields.COMPANY
  default: Individual       # empty/whitespace -> Individual
hs_email_optout: "true" if status == unsubscribed, otherwise "false"    # text, not a bool""",
    extended(
        MC,
        mc(
            {"FNAME": "ANNA LENA", "LNAME": "  ", "COMPANY": "  "},
            email_address="anna.berg@kiruna.se",
            status="pending",
        ),
        mc(
            {"FNAME": "tom", "LNAME": "LEE", "COMPANY": "Lee Bros"},
            email_address="tom.lee@leebros.com",
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
            "company": dflt(mf["COMPANY"], "Individual"),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h130-41-skip-unsubscribed-vip-sql",
    M,
    H,
    """skip_if: status == unsubscribed        # they left the list, don't resurrect them in HubSpot
email: email_address
firstname: merge_fields.FNAME          # copy
phone:
  from: merge_fields.PHONE
  transform: e164     # US +1 unless it already starts with '+' (then keep that code); 11 digits starting 1 -> '+' + digits
  skip_if: blank      # no PHONE -> no phone key
lifecyclestage: vip ? salesqualifiedlead : lead""",
    extended(
        MC,
        mc(
            {"FNAME": "Hana", "PHONE": "  "},
            email_address="hana.kim@jejuair.kr",
            status="subscribed",
            vip=True,
        ),
        mc(
            {"FNAME": "Leo", "PHONE": "(512) 555-0101"},
            email_address="leo.marx@oldbank.com",
            status="unsubscribed",
            vip=True,
        ),
        mc(
            {"FNAME": "ray", "PHONE": "1 512 555 0148"},
            email_address="ray.cole@coleandco.com",
            status="pending",
            vip=False,
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
            "firstname": mf["FNAME"],
            "phone": omit_if_blank(mf["PHONE"], e164),
            "lifecyclestage": "salesqualifiedlead" if r["vip"] else "lead",
        }
    )


@case(
    "h130-42-webinar-tag-to-mql",
    M,
    H,
    """email: email_address
firstname: first word of merge_fields.FNAME       # 'Ana Lucia' -> 'Ana'
company:
  from: merge_fields.COMPANY
  fallback: domain of email_address (after the @, as-is)    # when COMPANY is blank/whitespace
lifecyclestage:
  when: "Webinar" in tags -> marketingqualifiedlead    # exact tag name, case-sensitive
  else: subscriber""",
    extended(
        MC,
        mc(
            {"FNAME": "Ana Lucia", "COMPANY": "  "},
            email_address="ana.lucia@brisamar.pt",
            tags=["Customer", "Webinar"],
        ),
        mc(
            {"FNAME": "Ben", "COMPANY": "Kaizen Tools"},
            email_address="ben.ito@kaizentools.jp",
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
    build(CASES, Path(__file__).parent / "set130")
