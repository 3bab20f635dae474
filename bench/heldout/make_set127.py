"""Held-out set 127 for the offline mapping drafter.

Persona: Ben, a growth engineer in Austin who hands the ops team every mapping as
Python-flavoured pseudocode. He writes dict literals keyed by the destination's API names
and fed from the source's API names ({'Email': c['email'].strip().lower(), ...}), if/elif/else
blocks, f-strings for anything glued together, 'or' chains for fallbacks
(c['mobilephone'] or c['phone']), list literals for tags and 'return None  # skip' for the
records he wants dropped. Helpers such as to_e164(...) or tc(...) appear with a '#' comment
saying what they do. The code is not always valid Python (a bare dict, a stray 'return' outside
a def), and now and then a sentence of prose sits above or below it to explain why.

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


@case("h127-01-straight-copy-web-source", H, L, """HubSpot contact -> Salesforce Lead, straight copy job, nothing clever:

lead = {
    'Email':      c['email'],
    'FirstName':  c['firstname'],
    'LastName':   c['lastname'],
    'Company':    c['company'],
    'Title':      c['jobtitle'],
    'LeadSource': 'Web',   # hardcoded, every lead gets it
}

# values go over exactly as they sit in HubSpot -- no strip(), no casing changes.
# if a field is '' in HubSpot it lands as '' on the lead, don't fill anything in.""",
      extended(HS,
               hs(email="tomas.reyes@brightpath.co", firstname="Tomas", lastname="Reyes", company="", jobtitle=""),
               hs(email="nina.kowalski@vistula.pl", firstname=" Nina", lastname="Kowalski", company="Vistula Data ",
                  jobtitle="  ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h127-02-trim-names-default-company", H, L, """Lead sync from HubSpot contacts. A bunch of these came through a CSV import with junk whitespace around the names, so:

{
  'Email':     c['email'],                          # as-is
  'FirstName': c['firstname'].strip(),
  'LastName':  c['lastname'].strip(),
  'Company':   c['company'].strip() or 'Unknown',   # SF rejects a lead without Company, never send it empty
  'Title':     c['jobtitle'] or 'Not Provided',     # NO strip on this one, only fill it when it's empty
  'Phone':     c['phone'],                          # as-is, '' stays ''
}

"empty" here = '', missing, or nothing but spaces. That's the only time a default kicks in.""",
      extended(HS,
               hs(email="ana.souza@ipedigital.com.br", firstname="  Ana ", lastname=" Souza", company="  ", jobtitle="",
                  phone=""),
               hs(email="owen.price@tallgrass.ag", firstname="Owen", lastname="Price  ", company=" Tallgrass Ag ",
                  jobtitle="  Agronomist ", phone="  "),
               hs(email="lea.fontaine@quaisud.fr", firstname="Léa", lastname="Fontaine", company="Quai Sud",
                  jobtitle="   ", phone="+33 4 55 55 01 10")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown").strip(), "Title": dflt(r["jobtitle"], "Not Provided"),
            "Phone": r["phone"]}


@case("h127-03-mobile-then-office-phone", H, L, """# HS contact -> SF Lead
# tc(s) = title case: each space-separated word gets a capital first letter, rest lowercase
#         ('maria' -> 'Maria', 'GARCIA' -> 'Garcia')

lead = {
    'Email':     c['email'],
    'FirstName': tc(c['firstname']),
    'LastName':  tc(c['lastname']),
}
phone = c['mobilephone'] or c['phone']   # mobile first, office number when the mobile is empty (whitespace-only = empty)
if phone:
    lead['Phone'] = phone                # raw, no reformatting
# if neither is filled in (blank or just whitespace both count as not filled) -> no Phone key at all""",
      extended(HS,
               hs(email="rosa.lind@fjordline.no", firstname="ROSA MARIA", lastname="lind", mobilephone="", phone="  "),
               hs(email="kofi.mensah@goldcoast.gh", firstname="kofi", lastname="MENSAH", mobilephone="   ",
                  phone="(214) 555-0166")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h127-04-original-source-to-lead-source", H, L, """Mapping HubSpot's original source onto Lead Source for the SF lead push. Email gets lowercased, SF dedupe is case sensitive in our org (don't ask).

src = c['hs_analytics_source']
if src == 'ORGANIC_SEARCH':
    lead_source = 'Web'
elif src in ('PAID_SEARCH', 'PAID_SOCIAL'):
    lead_source = 'Advertisement'
elif src == 'REFERRALS':
    lead_source = 'External Referral'
elif src == 'EMAIL_MARKETING':
    lead_source = 'Email'
else:
    lead_source = 'Other'   # anything else ends up here -- that includes contacts where the source is blank

return {'Email': c['email'].lower(), 'LeadSource': lead_source}""",
      extended(HS,
               hs(email="BETH.HARLOW@QUARRYSTONE.COM", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="Lu.Chen@RedKite.cn", hs_analytics_source="OFFLINE"),
               hs(email="Ravi.Nair@Tidewater.in", hs_analytics_source="  ")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h127-05-skip-optouts-and-customers", H, L, """def to_lead(c):
    if c['hs_email_optout'] == 'true':
        return None  # skip -- opted out of email
    if c['lifecyclestage'] == 'customer':
        return None  # skip -- already a customer, sales doesn't want them showing up as leads
    return {
        'Email':     c['email'],
        'FirstName': c['firstname'],
        'LastName':  c['lastname'],
        'Company':   c['company'],
        'Status':    'Open - Not Contacted',
    }

An empty hs_email_optout isn't 'true', so those contacts go through. Everything else is copied raw.""",
      extended(HS,
               hs(email="gus.ferreira@pampa.ar", firstname="Gus", lastname="Ferreira", lifecyclestage="customer",
                  hs_email_optout="false"),
               hs(email="ines.ortega@solnorte.cl", firstname="Ines", lastname="Ortega", company="",
                  lifecyclestage="opportunity", hs_email_optout=""),
               hs(email="hal.becker@ironoak.com", firstname="Hal", lastname="Becker", company="Iron Oak",
                  lifecyclestage="lead", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h127-06-rating-from-revenue", H, L, """Rating off revenue, for the lead router:

rev = c['annualrevenue']
if not rev:                 # blank revenue -> Cold, don't guess
    rating = 'Cold'
elif float(rev) > 10_000_000:
    rating = 'Hot'
elif float(rev) < 1_000_000:
    rating = 'Cold'
else:
    rating = 'Warm'

lead = {'Email': c['email'], 'Rating': rating}
if c['numemployees']:
    lead['NumberOfEmployees'] = int(c['numemployees'])   # whole number, not the string
# numemployees empty -> leave NumberOfEmployees off the lead completely

(whitespace-only counts as empty for both fields)""",
      extended(HS,
               hs(email="zoe.hart@meridianpay.com", annualrevenue="10000000.5", numemployees="1200"),
               hs(email="sam.ortiz@pinecrest.org", annualrevenue="999999.99", numemployees="  "),
               hs(email="lee.moon@harborview.kr", annualrevenue="1000000.01", numemployees="3"),
               hs(email="ada.frey@kestrelworks.com", annualrevenue=" ", numemployees="60")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Cold"
    elif v > 10_000_000:
        rating = "Hot"
    elif v < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h127-07-e164-phone-title-names", H, L, """# to_e164(n) -> '+' and digits only. We're a US shop so assume +1, BUT: if the number already
#              starts with '+' keep the country code it has, and an 11-digit number starting
#              with 1 already carries the country code, don't add another.
# title(s)  -> Capitalise Each Word, rest of each word lowercase

lead = {
    'Email':     c['email'],
    'FirstName': title(c['firstname']),
    'LastName':  title(c['lastname']),
    'City':      title(c['city']),
}
if c['phone'].strip():
    lead['Phone'] = to_e164(c['phone'])
# no phone -> no Phone on the lead at all. don't send '' or '+1'""",
      extended(HS,
               hs(email="dana.cruz@lonestarhvac.com", firstname="DANA", lastname="cruz", city="new braunfels",
                  phone="1 (737) 555-0101"),
               hs(email="eli.stone@brazosmfg.com", firstname="eli", lastname="Stone", city="WACO", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h127-08-us-only-description-line", H, L, """Context for whoever picks this up: we're turning the HubSpot -> Salesforce Lead sync back on after the
Q3 cleanup. For now it's US only -- the SDR team here can't legally/practically work EU or LATAM
contacts yet, and Kenji's team in Tokyo has their own process. Once the international SDR hire
lands we'll open it up, but not in this version.

The Description line is for the SDRs so they can see at a glance where the contact came from and
how old it is without clicking into HubSpot. Keep the wording exactly like below, they've got
list views filtering on it.

if c['country'] != 'United States':
    return None  # skip
lead = {
    'Email':       c['email'],
    'LastName':    c['lastname'],
    'Company':     c['company'],
    'State':       c['state'].upper(),   # 'tx' -> 'TX'
    'Description': f"HubSpot {c['hs_analytics_source']} lead, created {c['createdate'][:10]}",
}
# [:10] = just the YYYY-MM-DD date off the createdate timestamp""",
      extended(HS,
               hs(email="jo.whitfield@hillcountrybank.com", lastname="Whitfield", company="Hill Country Bank",
                  country="United States", state="tx", hs_analytics_source="DIRECT_TRAFFIC",
                  createdate="2024-06-30T12:00:00.000Z"),
               hs(email="marc.leblanc@erable.ca", lastname="Leblanc", company="Erable", country="Canada", state="QC"),
               hs(email="ava.price@gulfbreeze.com", lastname="Price", company="", country="United States", state="fl",
                  hs_analytics_source="EMAIL_MARKETING", createdate="2021-02-28T13:15:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "State": r["state"].upper(),
            "Description": f"HubSpot {r['hs_analytics_source']} lead, created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h127-09-address-into-mailing", H, C, """contact = {
    'Email':             c['email'],
    'FirstName':         c['firstname'],
    'LastName':          c['lastname'],
    'MailingStreet':     c['address'],
    'MailingCity':       c['city'],
    'MailingState':      c['state'],
    'MailingPostalCode': c['zip'],
    'MailingCountry':    c['country'],
}
That's HubSpot contacts into SF Contacts. 1:1 copies, no cleanup, empty strings go over as empty strings.""",
      extended(HS,
               hs(email="wes.dunn@ozarkoutfit.com", firstname="Wes", lastname="Dunn", address="", city="Fayetteville",
                  state="", zip="", country="United States"),
               hs(email="ines.moreau@atelierbleu.be", firstname="Ines", lastname="Moreau", address="  Rue Haute 4 ",
                  city="Brussels", state="  ", zip="1000", country="Belgium")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h127-10-optout-and-dnc-flags", H, C, """Two flags on the SF Contact. Real booleans please, not 'true'/'false' strings.

{
  'Email':              c['email'],
  'HasOptedOutOfEmail': c['hs_email_optout'] == 'true',     # 'false' -> False, blank/missing -> False too
  'DoNotCall':          not (c['phone'] or c['mobilephone']), # True only when BOTH numbers are empty
}

whitespace-only counts as empty for the phone check.""",
      extended(HS,
               hs(email="pat.quinn@mesaverde.io", hs_email_optout="", phone="", mobilephone=""),
               hs(email="rhea.kapoor@indigoline.in", hs_email_optout="true", phone="  ", mobilephone="512-555-0190"),
               hs(email="tim.berg@northstar.se", hs_email_optout="  ", phone=" ", mobilephone="  ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h127-11-name-fallbacks-local-part", H, C, """SF Contact needs a LastName or the insert bounces, so we fall back hard:

local = c['email'].split('@')[0]   # the bit before the @, as-is

{
  'Email':     c['email'],
  'FirstName': c['firstname'] or local,
  'LastName':  c['lastname'] or c['company'] or local,
}

left to right, first non-empty one wins. '' / whitespace / missing all count as empty.""",
      extended(lower_emails(HS),
               hs(email="sam.lee@copperleaf.com", firstname="", lastname="", company=""),
               hs(email="r.okoye@kilnworks.ng", firstname="  ", lastname="", company="Kiln Works"),
               hs(email="ops@tinyharbor.com", firstname="Mia", lastname="   ", company="  ")))
def o11(r: R) -> Out:
    local = before_at(r["email"])
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], local),
            "LastName": first_filled(r["lastname"], r["company"], local)}


@case("h127-12-country-codes-state-upper", H, C, """ISO2 = {'United States': 'US', 'Japan': 'JP', 'Mexico': 'MX', 'France': 'FR'}
# ^ those four are the only countries we have in HubSpot right now, so no fallback needed

contact = {'Email': c['email'], 'MailingCountry': ISO2[c['country']]}
if c['state'].strip():
    contact['MailingState'] = c['state'].upper()
# no state -> leave MailingState off the contact entirely""",
      extended(HS,
               hs(email="kai.ward@bluebonnet.com", country="United States", state="tx"),
               hs(email="yui.mori@kyotoink.jp", country="Japan", state="  "),
               hs(email="lucia.vega@cozumeldive.mx", country="Mexico", state="q roo")))
def o12(r: R) -> Out:
    iso2 = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return keep({"Email": r["email"], "MailingCountry": iso2[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h127-13-sales-side-only", H, C, """Only push the sales-side contacts (SQL / opportunity / customer) into SF Contacts, everybody else stays in HubSpot.

if c['lifecyclestage'] not in ('salesqualifiedlead', 'opportunity', 'customer'):
    return None  # skip

return {
    'Email':       c['email'].lower(),
    'Phone':       c['phone'] or c['mobilephone'],   # office first, mobile only when phone is blank (spaces = blank)
    'Description': 'Synced from HubSpot',
}""",
      extended(HS,
               hs(email="Nora.Blake@CrestPoint.com", lifecyclestage="opportunity", phone="  ",
                  mobilephone="737-555-0110"),
               hs(email="vic.hale@oldmill.com", lifecyclestage="evangelist", phone="512-555-0171"),
               hs(email="Ola.Berg@Fjell.NO", lifecyclestage="customer", phone="+47 22 55 50 00",
                  mobilephone="+47 900 55 500")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "opportunity", "customer"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "Synced from HubSpot"}


@case("h127-14-contact-cleanup-lead-source", H, C, """# tc() = title case, every word capitalised and the rest of it lowercased
SOURCE = {
    'ORGANIC_SEARCH': 'Web',
    'DIRECT_TRAFFIC': 'Web',
    'PAID_SEARCH':    'Advertisement',
    'PAID_SOCIAL':    'Advertisement',
    'OFFLINE':        'Trade Show',
}

contact = {
    'Email':      c['email'],
    'FirstName':  tc(c['firstname']),
    'LastName':   tc(c['lastname']),
    'Title':      c['jobtitle'].strip(),
    'LeadSource': SOURCE.get(c['hs_analytics_source'], 'Other'),   # not in the dict (or blank) -> 'Other'
}""",
      extended(HS,
               hs(email="dana.white@cactusflower.com", firstname="DANA", lastname="white", jobtitle="  Growth Lead  ",
                  hs_analytics_source="OFFLINE"),
               hs(email="will.ng@pecanstreet.co", firstname="will", lastname="NG", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="joy.adams@riverwalk.com", firstname="Joy", lastname="Adams", jobtitle="Analyst",
                  hs_analytics_source="DIRECT_TRAFFIC")))
def o14(r: R) -> Out:
    source = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
              "PAID_SOCIAL": "Advertisement", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h127-15-audience-basic-language", H, M, """member = {
    'email_address': c['email'],
    'status': 'subscribed',                       # always
    'language': c.get('hs_language') or 'en',     # most contacts don't even have hs_language -> 'en'
    'merge_fields': {
        'FNAME': c['firstname'],
        'LNAME': c['lastname'],
    },
}

Merge fields are straight copies from the HubSpot contact, empty strings included.""",
      extended(HS,
               hs(email="elodie.martin@lavande.fr", firstname="Élodie", lastname="Martin", hs_language="fr"),
               hs(email="bo.larsen@fjordfish.dk", firstname="Bo", lastname="", hs_language=""),
               hs(email="taro.abe@sumiink.jp", firstname="Taro", lastname="Abe", hs_language="ja")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed", "language": dflt(r.get("hs_language"), "en"),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h127-16-status-from-optout", H, M, """status logic for the MC audience, source is HubSpot contacts:

opt = c['hs_email_optout']
if opt == 'true':
    status = 'unsubscribed'
elif opt == 'false':
    status = 'subscribed'
else:                      # blank / never set -> we don't actually know, so make them double opt-in
    status = 'pending'

{'email_address': c['email'], 'status': status, 'tags': ['HubSpot']}""",
      extended(HS,
               hs(email="gia.romano@vesuvio.it", hs_email_optout="   "),
               hs(email="finn.walsh@galwaybay.ie", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h127-17-revenue-and-customer-tags", H, M, """tags = []
if float(c['annualrevenue'] or 0) > 5_000_000:   # blank revenue = no tag
    tags.append('big-account')
if c['lifecyclestage'] == 'customer':
    tags.append('customer')
# keep that order (big-account, then customer). nobody matches -> tags = []

{'email_address': c['email'], 'tags': tags}

^ HubSpot contacts to the Mailchimp audience, that's all it sends.""",
      extended(HS,
               hs(email="rex.hale@summitcap.com", annualrevenue="7500000", lifecyclestage="customer"),
               hs(email="ivy.chu@lotusgate.sg", annualrevenue="5000000.01", lifecyclestage="lead"),
               hs(email="abe.nunez@stonebridge.com", annualrevenue=" ", lifecyclestage="customer"),
               hs(email="cal.rhodes@mesquite.com", annualrevenue="4999999.99", lifecyclestage="opportunity")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5_000_000):
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "tags": tags}


@case("h127-18-first-name-word-mobile-e164", H, M, """# to_e164(n): '+' then the digits. Assume US (+1) unless the number already starts with '+', then it keeps
#             its own country code. 11 digits starting with 1 = country code already there.
'email_address': c['email'],
'merge_fields': {
    'FNAME': c['firstname'].split()[0],                # first word only, 'Mary Ann' -> 'Mary'
    'PHONE': to_e164(c['mobilephone'] or c['phone']),  # mobile preferred, office if the mobile is blank/whitespace
}
every contact we send has at least one of the two numbers.""",
      extended(HS,
               hs(email="mary.cole@bayoubrew.com", firstname="Mary Ann", mobilephone="  ", phone="737 555 0199"),
               hs(email="jb.roux@lakeway.io", firstname=" Jean  Baptiste", mobilephone="+1 512-555-0123", phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h127-19-b2b-only-vip-customers", H, M, """no company = almost always a personal gmail signup, I don't want them in the B2B audience.

if not c['company'].strip():
    return None  # skip

return {
    'email_address': c['email'],
    'status': 'subscribed',
    'vip': c['lifecyclestage'] == 'customer',   # bool
}""",
      extended(HS,
               hs(email="ken.obi@lagosfin.ng", company="Lagos Fin", lifecyclestage="customer"),
               hs(email="ann.lowe@gmail.com", company="   ", lifecyclestage="customer"),
               hs(email="ugo.bassi@serra.it", company="Serra", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h127-20-names-domain-tag-vip", H, M, """FNAME/LNAME get title-cased (tc = capitalise each word, lowercase the rest). Company goes on as a tag -- Mailchimp has no company merge field on this audience -- and when company is blank we tag the email domain instead (the part after the @, untouched).

member = {
    'email_address': c['email'],
    'merge_fields': {'FNAME': tc(c['firstname']), 'LNAME': tc(c['lastname'])},
    'tags': [c['company'] or c['email'].split('@')[1]],   # whitespace-only company = blank
    'vip': float(c['annualrevenue']) > 1_000_000 if c['annualrevenue'].strip() else False,   # no revenue -> not vip
}""",
      extended(lower_emails(HS),
               hs(email="luz.ramos@cafeluz.co", firstname="LUZ", lastname="ramos", company="",
                  annualrevenue="1000000.5"),
               hs(email="tj.mills@millsfarm.com", firstname="tj", lastname="MILLS", company="  ", annualrevenue=""),
               hs(email="eva.stone@granitebay.com", firstname="eva", lastname="stone", company="Granite Bay",
                  annualrevenue="999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 1_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h127-21-identify-full-name", H, S, """identify({
    'userId': c['email'].lower(),
    'traits': {
        'email':     c['email'],          # raw, whatever casing HubSpot has
        'firstName': c['firstname'],
        'lastName':  c['lastname'],
        'name':      f"{c['firstname']} {c['lastname']}",
        'title':     c['jobtitle'],       # '' is fine, send it
    },
})""",
      extended(HS,
               hs(email="Omar.Haddad@Cedarline.AE", firstname="Omar", lastname="Haddad", jobtitle=""),
               hs(email="june.park@hanriver.kr", firstname="June", lastname="Park", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h127-22-company-object-traits", H, S, """Segment identify, userId = c['email'] as it is. The company stuff goes nested under traits.company:

company = {'name': c['company'] or 'Independent'}          # blank/whitespace company -> 'Independent'
if c['industry'].strip():
    company['industry'] = c['industry']                      # no industry -> no key
if c['numemployees'].strip():
    company['employee_count'] = int(c['numemployees'])       # integer; empty -> no key either

identify(userId=c['email'], traits={'company': company})""",
      extended(HS,
               hs(email="vera.lind@soloshop.se", company="  ", industry="", numemployees="1"),
               hs(email="raj.iyer@monsoonlabs.in", company="Monsoon Labs", industry="  ", numemployees="3400"),
               hs(email="noa.levi@cedarhill.il", company="", industry="Retail", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h127-23-address-and-phone-traits", H, S, """Address + phone onto the Segment profile. userId is the HubSpot email, untouched.

traits = {
    'address': {
        'street':     c['address'],
        'city':       c['city'],
        'postalCode': c['zip'],
        'country':    c['country'],
    },
}
if c['state'].strip():
    traits['address']['state'] = c['state']     # blank state -> just don't include it

phone = c['phone'] or c['mobilephone']          # office, then mobile (whitespace = blank)
if phone:
    traits['phone'] = to_e164(phone)            # to_e164: +1 for US numbers; already has '+' -> keep its code; 11 digits w/ leading 1 -> just add '+'
# no number at all -> no traits.phone

identify(userId=c['email'], traits=traits)

street/city/zip/country are plain copies, empty ones stay ''.""",
      extended(HS,
               hs(email="bea.knox@sparrowhill.com", phone="", mobilephone="  ", state=""),
               hs(email="cy.dale@redriver.com", phone="  ", mobilephone="940.555.0111", state="TX", address="",
                  zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h127-24-identify-revenue-subscribed", H, S, """Another Segment one. HubSpot emails are a mess (trailing spaces, random caps) so userId gets cleaned up:

{
  'userId': c['email'].strip().lower(),
  'traits': {
      'title':          c['jobtitle'],                   # copy as-is
      'subscribed':     c['hs_email_optout'] != 'true',  # True/False. 'false' or BLANK -> True (we treat unknown as still subscribed)
      'annual_revenue': float(c['annualrevenue']),       # as a number (int when it's whole); empty -> leave the trait out
  },
}""",
      extended(HS,
               hs(email="  Jo.Smith@Example.COM ", hs_email_optout="", annualrevenue="0.5", jobtitle=" "),
               hs(email="KIM.PARK@HANRIVER.KR", hs_email_optout="true", annualrevenue="  ", jobtitle="Buyer")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "subscribed": r["hs_email_optout"] != "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h127-25-ga4-contact-synced", H, G, """GA4 Measurement Protocol, one event per HubSpot contact:

payload = {
    'client_id': 'hubspot-sync',     # fixed, same for every contact
    'events': [{
        'name': 'contact_synced',
        'params': {
            'lifecycle_stage': c['lifecyclestage'],
            'source':          c['hs_analytics_source'].lower(),   # blank source (empty or just spaces) -> send ''
            'created_date':    c['createdate'][:10],               # YYYY-MM-DD
        },
    }],
}""",
      extended(HS,
               hs(email="ola.nwosu@deltafarms.ng", lifecyclestage="opportunity", hs_analytics_source="  ",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="ben.cho@pixelpine.com", lifecyclestage="other", hs_analytics_source="AI_REFERRALS",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-sync",
            "events": [{"name": "contact_synced",
                        "params": {"lifecycle_stage": r["lifecyclestage"], "source": "" if blank(src) else src.lower(),
                                   "created_date": day(r["createdate"])}}]}


@case("h127-26-ga4-qualified-accounts", H, G, """only the bigger accounts go to GA4:

rev = c['annualrevenue']
if not rev or float(rev) <= 1_000_000:
    return None  # skip -- blank revenue is skipped too

return {
    'client_id': c['email'].split('@')[0],   # part before the @
    'events': [{'name': 'qualified_account',
                'params': {'currency': 'USD', 'value': float(rev)}}],   # value as a number (int if it's whole)
}""",
      extended(lower_emails(HS),
               hs(email="max.weber@hanse.de", annualrevenue="1000000.01"),
               hs(email="lia.costa@brisa.pt", annualrevenue="  "),
               hs(email="ned.frost@icebox.ca", annualrevenue="999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_account",
                        "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h127-27-ga4-customer-or-lead-event", H, G, """name = 'customer_update' if c['lifecyclestage'] == 'customer' else 'lead_update'

{
  'client_id': c['email'],
  'events': [{
      'name': name,
      'params': {
          'source':  c['hs_analytics_source'] or 'UNKNOWN',   # blank (incl. spaces only) -> 'UNKNOWN'
          'company': c['company'],                             # straight copy, '' stays ''
      },
  }],
}

That's the GA4 event for each HubSpot contact; everything not customer gets lead_update.""",
      extended(HS,
               hs(email="fay.ng@orchidbay.my", lifecyclestage="customer", hs_analytics_source=" ", company=""),
               hs(email="rob.dyer@tinroof.com", lifecyclestage="evangelist", hs_analytics_source="DIRECT_TRAFFIC",
                  company="Tin Roof")))
def o27(r: R) -> Out:
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"source": dflt(r["hs_analytics_source"], "UNKNOWN"),
                                                 "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h127-28-lead-back-to-hubspot", L, H, """Reverse direction: SF Leads into HubSpot contacts.

contact = {
    'email':     l['Email'],
    'firstname': l['FirstName'],
    'lastname':  l['LastName'],
    'company':   l['Company'],
    'jobtitle':  l['Title'],
    'phone':     l['Phone'],
    'address':   l['Street'],
    'city':      l['City'],
    'zip':       l['PostalCode'],
    'country':   l['Country'],
}
# no transforms anywhere. blank on the lead = blank ('') in HubSpot, don't skip the key""",
      extended(SFL,
               sfl(Email="mo.salah@nilewave.eg", FirstName="Mo", LastName="Salah", Company="Nile Wave", Title="",
                   Phone="", Street="", City="  ", PostalCode="", Country="Egypt")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h127-29-lead-status-optout-text", L, H, """STATUS = {
    'Open - Not Contacted':   'NEW',
    'Working - Contacted':    'IN_PROGRESS',
    'Closed - Converted':     'CONNECTED',
    'Closed - Not Converted': 'UNQUALIFIED',
}   # covers every SF lead status we use

{
  'email':           l['Email'],
  'hs_lead_status':  STATUS[l['Status']],
  'hs_email_optout': 'true' if l['HasOptedOutOfEmail'] else 'false',   # HubSpot wants the text, not a bool
}""",
      extended(SFL,
               sfl(Email="tara.quinn@kestrel.ie", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="dev.shah@saffronlabs.in", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
              "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h127-30-rating-to-lifecycle", L, H, """Rating decides the lifecycle stage on the HubSpot side. Every lead has one of the three ratings.

stage = {'Hot': 'salesqualifiedlead', 'Warm': 'marketingqualifiedlead', 'Cold': 'lead'}[l['Rating']]

contact = {'email': l['Email'].lower(), 'lifecyclestage': stage}
if l['AnnualRevenue']:
    contact['annualrevenue'] = float(l['AnnualRevenue'])   # number, not string (int if whole)
# AnnualRevenue empty/whitespace -> leave annualrevenue out""",
      extended(SFL,
               sfl(Email="Tess.Moreau@AzureCoast.FR", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="BO.YANG@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h127-31-uk-leads-only", L, H, """UK leads only, the London team runs them out of HubSpot.

def map_lead(l):
    if l['Country'] != 'United Kingdom':
        return None  # skip
    return {
        'email':    l['Email'],
        'phone':    to_e164_uk(l['Phone']),     # +44; drop the leading 0 trunk digit. Already starts with '+'? keep that code as-is
        'zip':      l['PostalCode'].upper(),    # 'nw1 6xe' -> 'NW1 6XE'
        'jobtitle': l['Title'] or 'Unknown',    # empty or whitespace title -> 'Unknown'
    }""",
      extended(SFL,
               sfl(Email="isla.reid@thistletech.co.uk", Country="United Kingdom", Phone="07700 900123",
                   PostalCode="eh1 1yz", Title=""),
               sfl(Email="tom.hughes@severnbridge.co.uk", Country="United Kingdom", Phone="+44 29 2055 0199",
                   PostalCode="cf10 1ep", Title="  "),
               sfl(Email="ana.ruiz@sierranorte.es", Country="Spain", Phone="+34 91 555 0100", PostalCode="28013")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h127-32-one-line-address", L, H, """if l['Status'] == 'Closed - Not Converted':
    return None  # skip, dead leads stay in SF

contact = {
    'email':    l['Email'],
    'jobtitle': l['Title'] or 'Unknown',
    'address':  ', '.join(p for p in [l['Street'], l['City']] if p.strip()),
}

address is street + ', ' + city on one line. If the Street is empty (or just spaces) it's only the City, no dangling comma. Every lead has a City.""",
      extended(SFL,
               sfl(Email="jun.park@seoulsoft.kr", Street="", City="Seoul", Status="Working - Contacted", Title=""),
               sfl(Email="meg.ross@lakeaustin.com", Street="  ", City="Austin", Status="Open - Not Contacted",
                   Title="Buyer"),
               sfl(Email="ian.cole@bramble.co.uk", Street="9 Mill Rd", City="Leeds", Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h127-33-sf-contact-optout-status", C, M, """SF Contacts -> MC audience.

{
  'email_address': c['Email'].lower(),
  'status': 'unsubscribed' if c['HasOptedOutOfEmail'] else 'subscribed',
  'tags': ['Salesforce'] + (['Trade Show'] if c['LeadSource'] == 'Trade Show' else []),
}

so everybody gets the Salesforce tag, trade show people get a second one after it.""",
      extended(SFC,
               sfc(Email="Marta.Nowak@Wisla.PL", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
               sfc(Email="OLI.GRANT@THISTLE.CO.UK", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h127-34-sms-ready-contacts", C, M, """For the SMS pilot we only want contacts that actually have a phone number. Mailchimp's SMS
add-on chokes on anything that isn't E.164, hence the formatting. Language drives which template
they get.

if not c['Phone'].strip():
    return None  # skip, no phone

LANG = {'Germany': 'de', 'Austria': 'de', 'United States': 'en'}   # MailingCountry is always one of these three

return {
    'email_address': c['Email'],
    'language': LANG[c['MailingCountry']],
    'merge_fields': {'PHONE': to_e164(c['Phone'])},   # to_e164 = +1 US default; a number that starts with '+' keeps its code; 11 digits starting with 1 -> just prefix '+'
}""",
      extended(SFC,
               sfc(Email="kurt.vogel@elbewerk.de", Phone="", MailingCountry="Germany"),
               sfc(Email="amy.fox@redbud.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="jay.reed@sixthstreet.com", Phone="1-512-555-0134", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}
    return {"email_address": r["Email"], "language": lang[r["MailingCountry"]],
            "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("h127-35-hi-there-trade-show-vip", C, M, """member = {
    'email_address': c['Email'],
    'status': 'subscribed',
    'merge_fields': {
        'FNAME': c['FirstName'] or 'there',   # so the 'Hi *|FNAME|*' greeting reads 'Hi there' when we have no first name (blank/whitespace)
        'LNAME': c['LastName'],
    },
    'vip': c['LeadSource'] == 'Trade Show',   # empty LeadSource -> False
}""",
      extended(SFC,
               sfc(Email="noor.ali@dunecraft.ae", FirstName="", LastName="Ali", LeadSource="Trade Show"),
               sfc(Email="pia.lund@aurora.fi", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show"}


@case("h127-36-dach-audience", C, M, """DACH newsletter audience, fed from SF Contacts.

if c['MailingCountry'] not in ('Germany', 'Austria', 'Switzerland'):
    return None  # skip

{
  'email_address': c['Email'],
  'status':   'subscribed',
  'language': 'de',
  'merge_fields': {'FNAME': c['FirstName'], 'LNAME': c['LastName']},
  'tags': [],     # explicitly no tags
}""",
      extended(SFC,
               sfc(Email="urs.keller@zugbau.ch", FirstName="Urs", LastName="Keller", MailingCountry="Switzerland"),
               sfc(Email="gio.conti@lagodoro.it", FirstName="Gio", LastName="Conti", MailingCountry="Italy"),
               sfc(Email="kim.berger@nowhere.de", FirstName="Kim", LastName="", MailingCountry="")))
def o36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria", "Switzerland"):
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "de",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h127-37-sf-contact-identify", C, S, """traits = {'firstName': c['FirstName'], 'lastName': c['LastName']}
if c['Title']:
    traits['title'] = c['Title']
if c['Department']:
    traits['department'] = c['Department']
# ^ only add those two when they have a value; empty/whitespace -> no key

identify(userId=c['Email'].lower(), traits=traits)""",
      extended(SFC,
               sfc(Email="Ray.Bianchi@Portofino.IT", FirstName="Ray", LastName="Bianchi", Title="  ",
                   Department="Finance"),
               sfc(Email="sue.grant@tallpine.com", FirstName="Sue", LastName="", Title="COO", Department="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h127-38-mailing-city-country", C, S, """Segment identify from SF Contact, userId = c['Email'] unchanged.

traits = {
    'address': {
        'city':    c['MailingCity'].strip(),
        'country': c['MailingCountry'] or 'Unknown',   # empty / spaces only -> 'Unknown'
    }
}

MailingCity has stray spaces from the old import, hence the strip.""",
      extended(SFC,
               sfc(Email="eva.gruber@murtal.at", MailingCity="  Graz ", MailingCountry=""),
               sfc(Email="max.roth@donau.at", MailingCity="Linz", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h127-39-phone-name-source-bucket", C, S, """# to_e164(): US numbers, +1. A number starting with '+' keeps its own country code; 11 digits beginning with 1 -> just put a '+' on it.
BUCKET = {'Web': 'inbound', 'Trade Show': 'event', 'Partner Referral': 'partner', 'Employee Referral': 'partner'}

identify(
    userId=c['Email'],
    traits={
        'phone':       to_e164(c['Phone']),
        'name':        f"{c['FirstName']} {c['LastName']}",
        'lead_source': BUCKET.get(c['LeadSource'], 'other'),   # anything else, blank LeadSource included -> 'other'
    },
)""",
      extended(SFC,
               sfc(Email="dee.marsh@bluehollow.com", FirstName="Dee", LastName="Marsh", Phone="512 555 0177",
                   LeadSource="Partner Referral"),
               sfc(Email="al.brandt@hafenbank.de", FirstName="Al", LastName="Brandt", Phone="+1 (737) 555-0100",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    bucket = {"Web": "inbound", "Trade Show": "event", "Partner Referral": "partner", "Employee Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "lead_source": bucket.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h127-40-mc-members-into-hubspot", M, H, """MC audience back into HubSpot contacts. tc() = title case (capital first letter per word, rest lowercase).

mf = m['merge_fields']
contact = {
    'email':           m['email_address'],
    'firstname':       tc(mf['FNAME']),
    'company':         mf['COMPANY'] or 'Unknown',                              # blank -> 'Unknown'
    'hs_email_optout': 'true' if m['status'] == 'unsubscribed' else 'false',    # string! any other status -> 'false'
}
if mf['LNAME'].strip():
    contact['lastname'] = tc(mf['LNAME'])
# empty LNAME -> don't send lastname at all, we don't want to wipe what HubSpot has""",
      extended(MC,
               mc({"FNAME": "ANNA LENA", "LNAME": "  ", "COMPANY": "  "}, email_address="anna.berg@kiruna.se",
                  status="pending"),
               mc({"FNAME": "tom", "LNAME": "LEE", "COMPANY": "Lee Bros"}, email_address="tom.lee@leebros.com",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
                 "lastname": omit_if_blank(mf["LNAME"], title)})


@case("h127-41-skip-cleaned-vip-evangelists", M, H, """def mc_to_hs(m):
    if m['status'] == 'cleaned':
        return None  # skip, bounced addresses
    mf = m['merge_fields']
    out = {
        'email':          m['email_address'],
        'firstname':      mf['FNAME'],
        'lastname':       mf['LNAME'],
        'lifecyclestage': 'evangelist' if m['vip'] else 'subscriber',
    }
    if mf['PHONE'].strip():
        out['phone'] = to_e164(mf['PHONE'])   # default US +1; if it already starts with '+', keep that country code
    return out                                # (no PHONE -> no phone key)

names are copied over untouched.""",
      extended(MC,
               mc({"FNAME": "Hana", "LNAME": "Kim", "PHONE": "  "}, email_address="hana.kim@jejuair.kr",
                  status="subscribed", vip=True),
               mc({"FNAME": "Leo", "LNAME": "Marx", "PHONE": "(512) 555-0101"}, email_address="leo.marx@oldbank.com",
                  status="cleaned", vip=True),
               mc({"FNAME": "ray", "LNAME": "cole", "PHONE": "1 512 555 0148"}, email_address="ray.cole@coleandco.com",
                  status="pending", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber",
                 "phone": omit_if_blank(mf["PHONE"], e164)})


@case("h127-42-customer-tag-to-stage", M, H, """mf = m['merge_fields']
{
  'email':          m['email_address'],
  'firstname':      mf['FNAME'].split()[0],                          # first word of FNAME
  'company':        mf['COMPANY'] or m['email_address'].split('@')[1],   # no company (blank/whitespace) -> the email domain after the @
  'lifecyclestage': 'customer' if 'Customer' in m['tags'] else 'lead',  # exact tag name 'Customer', capital C
}

Mailchimp members -> HubSpot contacts.""",
      extended(MC,
               mc({"FNAME": "Ana Lucia", "COMPANY": "  "}, email_address="ana.lucia@brisamar.pt",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ben", "COMPANY": "Kaizen Tools"}, email_address="ben.ito@kaizentools.jp",
                  tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set127")
