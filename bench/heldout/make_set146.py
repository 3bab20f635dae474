"""Held-out set 146 for the offline mapping drafter.

Persona: Tom, a revenue-ops coordinator who never writes a mapping as prose. Every mapping
lives in a Google Sheet, and what he hands over is a copy-paste of it: tab-separated rows under a
header row whose columns change from sheet to sheet ('Source field', 'Target field', 'Rule',
sometimes 'Example', sometimes 'Status' with done/todo/cut, sometimes 'HS property' or
'SF Lead field' instead). Field names are whatever the sheet happened to use: HubSpot labels
('Original Source', 'Mobile Phone Number'), internal names (hs_email_optout, numemployees),
Salesforce labels or API names, Segment paths (traits.company.name) and Mailchimp merge tags.
An empty Rule cell means "copy as is", which he spells out in a legend line in some sheets and
avoids in others by writing 'copy' or 'as is'. Under the rows he pastes the sheet's comment
threads the way Google copies them ('Comment on C4 (Ana): ...', 'Reply (Tom): ...',
'[Resolved]' / 'Marked as resolved'); those threads are where blank handling, tag order, the
E.164 country and late changes ('make it lower case too' / 'agreed, done') get settled, so a
row's final rule is the cell plus its thread. Filters sit on a line above or below the sheet or
on a second tab; a short 'Sheet: ...' title line tops some texts.

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


@case("h146-01-sheet-plain-lead-copy", H, L, """Sheet: HS contacts → SF Leads (basic)
Blank Rule = copy exactly as it is in HubSpot.

Source field\tTarget field\tRule\tExample
Email\tEmail\t\tpriya.raman@northwind.io
First Name\tFirst Name\t\tPriya
Last Name\tLast Name\t\tRaman
Company Name\tCompany\t\tNorthwind Analytics
Phone Number\tPhone\t\t(415) 555-0142
(none)\tLead Source\talways "Web"\tWeb

Comment on A6 (Ana): half of these have no phone number, do we want some placeholder?
Reply (Tom): no placeholder. empty in HubSpot = empty on the lead, send it like that. same for company
[Resolved]
Comment on C3 (Ana): no trimming on the names? a few have stray spaces in them
Reply (Tom): no, leave them exactly as they are for now
Marked as resolved""",
      extended(HS,
               hs(email="wren.ashby@fieldstone.co", firstname=" Wren", lastname="Ashby ", company="", phone=""),
               hs(email="Marco.Ferri@Ventoblu.it", firstname="Marco", lastname="Ferri", company="  ",
                  phone="   ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "LeadSource": "Web"}


@case("h146-02-trim-and-unknowns", H, L, """Sheet: HubSpot → Salesforce Lead, v2 (after the CSV import mess)

Source field\tTarget field\tRule\tStatus
email\tEmail\tcopy\tdone
firstname\tFirstName\ttrim spaces\tdone
lastname\tLastName\ttrim spaces\ttodo
company\tCompany\tempty → "Unknown Company"\ttodo
website\tWebsite\tcopy\tdone

Status is only my own checklist (done = tested in sandbox), every row here gets mapped.

Comment on C4 (Ana): LastName is required on a lead. what happens when HubSpot has no last name?
Reply (Tom): good point. trim it like the first name, and if it's empty after that (or was blank to begin with) put "Unknown".
Reply (Ana): ok, adding that
[Resolved]
Comment on C5 (Tom): "empty" = nothing there or only spaces. otherwise no trimming on company, it goes over as typed.""",
      extended(HS,
               hs(email="bea.lund@nordvik.se", firstname=" Bea ", lastname="   ", company="   ", website=""),
               hs(email="cole.ryder@tallgrass.ag", firstname="Cole", lastname=" Ryder", company=" Tallgrass Ag ",
                  website="tallgrass.ag"),
               hs(email="ines.vidal@marfil.es", firstname="Ines  ", lastname="", company="Marfil",
                  website="https://marfil.es")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(),
            "LastName": dflt(r["lastname"], "Unknown").strip(), "Company": dflt(r["company"], "Unknown Company"),
            "Website": r["website"]}


@case("h146-03-proper-case-best-number", H, L, """Source field\tTarget field\tRule\tExample
Email\tEmail\tas is\tpriya.raman@northwind.io
First Name\tFirstName\tproper case\tmaria → Maria
Last Name\tLastName\tproper case\tGARCIA → Garcia
Mobile Phone Number\tPhone\tmobile, else Phone Number, else leave Phone off\t
Phone Number\t(fallback, see row 5)\t\t

Comment on C3 (Ana): proper case = capital first letter on every word and the rest lower? so "ROSA MARIA" → "Rosa Maria"?
Reply (Tom): yes exactly
[Resolved]
Comment on C5 (Ana): if there's no mobile AND no office number do we send an empty Phone?
Reply (Tom): no, no Phone on the lead at all then. spaces-only counts as no number. and no reformatting on the numbers, they go raw.
Marked as resolved""",
      extended(HS,
               hs(email="nell.frost@wintergate.com", firstname="NELL", lastname="frost", mobilephone="", phone="  "),
               hs(email="abe.quist@dunmore.com", firstname="abe lee", lastname="QUIST", mobilephone="   ",
                  phone="(469) 555-0133")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h146-04-source-lookup-lower-email", H, L, """Sheet: HS → SF lead mapping v3
(empty Rule = copy as is)

Source field\tTarget field\tRule\tStatus
Email\tEmail\t\tdone
Original Source\tLead Source\tORGANIC_SEARCH → Web; PAID_SEARCH → Advertisement; PAID_SOCIAL → Advertisement; REFERRALS → External Referral; OFFLINE → Trade Show; anything else → Other\ttodo

Status = my testing tracker only, both rows are in scope.

Comment on C2 (Ana): SF duplicate rule is case sensitive in our org, can we lower case the email on the way over?
Reply (Tom): agreed, done. Email goes over all lower case.
[Resolved]
Comment on C3 (Ana): and contacts with no Original Source at all (blank)?
Reply (Tom): they fall under "anything else" → Other
Marked as resolved""",
      extended(HS,
               hs(email="JUNE.AKANDE@BLUEHERON.COM", hs_analytics_source="OFFLINE"),
               hs(email="Rui.Matos@Atlantica.pt", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="Sara.Holm@Vikfjord.NO", hs_analytics_source="   ")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h146-05-sdr-queue-two-exclusions", H, L, """Sheet: HubSpot → SF Leads (SDR queue)

Filters tab
Field\tCondition\tAction
Unsubscribed from all email\t= true\tdon't sync
Lifecycle Stage\t= subscriber\tdon't sync

Mapping tab
Source field\tTarget field\tRule
email\tEmail\tcopy
lastname\tLastName\tcopy
company\tCompany\tcopy
jobtitle\tTitle\tcopy
—\tLead Status\tset to "Open - Not Contacted"

Comment on Filters!B2 (Ana): what about contacts where the unsubscribed field is empty?
Reply (Tom): empty isn't true, so they go through. only an actual "true" gets filtered out.
[Resolved]
Comment on Mapping!C5 (Ana): copy = even when it's blank?
Reply (Tom): yes, blank goes over blank, values go over untouched
Marked as resolved""",
      extended(HS,
               hs(email="otto.brandt@kielmarine.de", lastname="Brandt", company="Kiel Marine", jobtitle="",
                  lifecyclestage="subscriber", hs_email_optout="false"),
               hs(email="mae.tran@lotusway.com", lastname="Tran", company="", jobtitle="Buyer", lifecyclestage="lead",
                  hs_email_optout=""),
               hs(email="ravi.menon@tejasgrid.in", lastname="Menon", company="Tejas Grid", jobtitle="CFO",
                  lifecyclestage="opportunity", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Title": r["jobtitle"],
            "Status": "Open - Not Contacted"}


@case("h146-06-rating-buckets-headcount", H, L, """Sheet: HS→SF Lead scoring bits

Source field\tTarget field\tRule\tExample
email\tEmail\tcopy\t
annualrevenue\tRating\tmore than 5,000,000 → Hot / less than 500,000 → Cold / anything in between → Warm\t12000000 → Hot
numemployees\tNumberOfEmployees (Employees)\twhole number\t"250" → 250

Comment on C3 (Ana): revenue is blank on a lot of records, which bucket do they land in?
Reply (Tom): Warm. middle bucket until enrichment fills it in.
[Resolved]
Comment on C4 (Ana): same question for employees, HubSpot has it empty sometimes
Reply (Tom): then don't send NumberOfEmployees at all (spaces only = empty too)
Reply (Ana): ok
Marked as resolved""",
      extended(HS,
               hs(email="tilda.marsh@fenway.io", annualrevenue="499999.5", numemployees="8"),
               hs(email="oscar.lind@norrsken.se", annualrevenue="5000000.25", numemployees="  "),
               hs(email="yara.haddad@cedarworks.lb", annualrevenue="  ", numemployees="1200")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Warm"
    elif v > 5_000_000:
        rating = "Hot"
    elif v < 500_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h146-07-e164-and-title-case", H, L, """HS property\tSF Lead field\tRule\tExample
email\tEmail\tas is\t
firstname\tFirst Name\tTitle Case\tDANA → Dana
lastname\tLast Name\tTitle Case\t
city\tCity\tTitle Case\tnew braunfels → New Braunfels
phone\tPhone\tE.164\t(415) 555-0142 → +14155550142

Comment on C6 (Ana): E.164 with which country? we have some international ones in there
Reply (Tom): assume US (+1). if it already starts with + leave its own country code alone, and if it's 11 digits starting with 1 it already has the 1, just put the + in front.
Reply (Ana): and when there's no phone?
Reply (Tom): leave Phone off the lead entirely. don't send "" or "+1". (blank or only spaces = no phone)
[Resolved]
Comment on C3 (Ana): Title Case = first letter of each word capital, rest lower?
Reply (Tom): yep
Marked as resolved""",
      extended(HS,
               hs(email="rosa.villa@elpasofab.com", firstname="ROSA", lastname="villa", city="el paso",
                  phone="1-915-555-0144"),
               hs(email="gus.hale@wacomill.com", firstname="gus", lastname="HALE", city="WACO", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h146-08-mql-sql-handoff-description", H, L, """Sheet: HS → SF lead mapping, MQL/SQL handoff

Only contacts with Lifecycle Stage = marketingqualifiedlead or salesqualifiedlead. Everyone else stays in HubSpot.

Source field\tTarget field\tRule\tExample
email\tEmail\tcopy\tdmitri.volkov@polarlogistics.com
lastname\tLast Name\tcopy\tVolkov
company\tCompany\tcopy\tPolar Logistics
state\tState/Province\tUPPER CASE\tma → MA
hs_analytics_source + createdate\tDescription\t"HS source: " + Original Source + " | created " + Create Date\tHS source: PAID_SOCIAL | created 2023-12-05

Comment on C6 (Ana): createdate is a full timestamp, you only want the date?
Reply (Tom): just the date part, YYYY-MM-DD, like in the example
[Resolved]""",
      extended(HS,
               hs(email="lyle.dunn@bayouvent.com", lastname="Dunn", company="Bayou Vent",
                  lifecyclestage="salesqualifiedlead", state="la", hs_analytics_source="DIRECT_TRAFFIC",
                  createdate="2024-04-18T13:20:00.000Z"),
               hs(email="hank.ruiz@mesadrill.com", lastname="Ruiz", company="Mesa Drill", lifecyclestage="opportunity",
                  state="az", hs_analytics_source="OFFLINE"),
               hs(email="pam.ortega@sandiapeak.com", lastname="Ortega", company="", lifecyclestage="marketingqualifiedlead",
                  state="nm", hs_analytics_source="SOCIAL_MEDIA", createdate="2022-09-30T11:00:00.000Z")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "State": r["state"].upper(),
            "Description": f"HS source: {r['hs_analytics_source']} | created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h146-09-mailing-block-phone-cut", H, C, """Sheet: HubSpot Contacts → Salesforce Contacts (address block)
Legend: Rule left empty = copy as is. Empty values copy over as empty, no defaults anywhere.

Source field\tTarget field\tRule\tStatus
Email\tEmail\t\tdone
First Name\tFirst Name\t\tdone
Last Name\tLast Name\t\tdone
Street Address\tMailing Street\t\tdone
City\tMailing City\t\tdone
State/Region\tMailing State/Province\t\ttodo
Postal Code\tMailing Zip/Postal Code\t\ttodo
Country/Region\tMailing Country\t\ttodo
Phone Number\tBusiness Phone\tE.164\tcut

Comment on D10 (Ana): why cut?
Reply (Tom): SF owns phone numbers for contacts, we're not syncing phone in this one. leave it out of the mapping completely.
Marked as resolved
Comment on D7 (Tom): todo just means I haven't checked those in sandbox yet, they're part of the mapping
[Resolved]""",
      extended(HS,
               hs(email="wes.arden@ozarkfarm.com", firstname="Wes", lastname="Arden", address="", city="Springdale",
                  state="", zip="", country="United States"),
               hs(email="lotte.peeters@gentwerk.be", firstname="Lotte", lastname="Peeters", address=" Korenmarkt 3 ",
                  city="Ghent", state="  ", zip="9000", country="Belgium")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h146-10-optout-and-no-number-boxes", H, C, """HubSpot field\tSF Contact field\tRule\tExample
email\tEmail\tcopy\t
hs_email_optout\tEmail Opt Out\tchecked when HubSpot says "true"; "false" → unchecked\ttrue → checked
phone + mobilephone\tDo Not Call\tchecked when the contact has no phone number at all (Phone Number and Mobile Phone Number both empty)\t

Comment on C3 (Ana): a lot of contacts have the unsubscribe field blank, what do they get?
Reply (Tom): unchecked. blank isn't "true".
[Resolved]
Comment on C4 (Ana): does a number that's just spaces count as a number?
Reply (Tom): no, spaces only = empty. and these are real checkboxes (true/false), not text.
Marked as resolved""",
      extended(HS,
               hs(email="pat.yoon@mesatile.io", hs_email_optout="", phone="", mobilephone=""),
               hs(email="rhea.das@indigoloom.in", hs_email_optout="true", phone="  ", mobilephone="512-555-0190"),
               hs(email="tor.berg@nordkap.se", hs_email_optout="  ", phone=" ", mobilephone="  ")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h146-11-lastname-never-empty", H, C, """Sheet: HS → SF Contact names
(blank Rule cell = straight copy)

Source field\tTarget field\tRule
email\tEmail\t
firstname\tFirstName\t
lastname\tLastName\tif empty: Company Name. if that's empty too: the part of the email before the @

Comment on C4 (Ana): "empty" includes just whitespace?
Reply (Tom): yes. and the before-the-@ bit goes in as it is, no case change.
[Resolved]
Comment on C3 (Ana): firstname is blank on some of them too, fallback there as well?
Reply (Tom): no, FirstName isn't required. copy it straight even if it's empty.
Marked as resolved""",
      extended(lower_emails(HS),
               hs(email="sam.ito@copperleaf.com", firstname="Sam", lastname="", company=""),
               hs(email="r.okoro@kilnworks.ng", firstname="  ", lastname="   ", company="Kiln Works"),
               hs(email="info@tinyharbor.com", firstname="", lastname="", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h146-12-stage-label-state-upper", H, C, """Source field\tTarget field\tRule\tExample
email\tEmail\tas is\t
lifecyclestage\tContact Description\tsubscriber → "Stage: Subscriber", lead → "Stage: Lead", marketingqualifiedlead → "Stage: MQL", salesqualifiedlead → "Stage: SQL", opportunity → "Stage: Opportunity", customer → "Stage: Customer"\tcustomer → Stage: Customer
state\tMailing State/Province\tupper case\tca → CA

Comment on C4 (Ana): and if state is blank?
Reply (Tom): then no MailingState at all, don't send the field. blank or only spaces, both.
[Resolved]
Comment on C3 (Ana): evangelist / other?
Reply (Tom): nobody in the synced list has those, the six above cover everything
Marked as resolved""",
      extended(HS,
               hs(email="kai.moss@bluebonnet.com", lifecyclestage="opportunity", state="tx"),
               hs(email="yui.oda@kyotoink.jp", lifecyclestage="lead", state="  "),
               hs(email="lupe.vega@cozumeldive.mx", lifecyclestage="salesqualifiedlead", state="q roo")))
def o12(r: R) -> Out:
    label = {"subscriber": "Stage: Subscriber", "lead": "Stage: Lead", "marketingqualifiedlead": "Stage: MQL",
             "salesqualifiedlead": "Stage: SQL", "opportunity": "Stage: Opportunity", "customer": "Stage: Customer"}
    return keep({"Email": r["email"], "Description": label[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h146-13-opps-and-customers-only", H, C, """Sheet: HS → SF Contacts (customers + open opps)

Source field\tTarget field\tRule\tStatus
email\tEmail\tlower case\tdone
mobilephone\tBusiness Phone\tMobile Phone Number; if blank, Phone Number instead\tdone
—\tLead Source\talways "Other"\ttodo

Filter: only contacts whose Lifecycle Stage is opportunity or customer.
Status column is just my review tracker, build every row.

Comment on C3 (Ana): "blank" = empty or spaces?
Reply (Tom): both. numbers stay as typed, no formatting.
[Resolved]""",
      extended(HS,
               hs(email="Nadia.Orlova@Kama.RU", lifecyclestage="opportunity", mobilephone="  ", phone="+7 495 555 0101"),
               hs(email="vic.hale@oldmill.com", lifecyclestage="evangelist", phone="512-555-0171"),
               hs(email="BILL.ADEYEMI@PALMCOAST.NG", lifecyclestage="customer", mobilephone="+234 803 555 0100",
                  phone="+234 1 555 0100")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("opportunity", "customer"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Other"}


@case("h146-14-cleanup-pass-source-groups", H, C, """Sheet: HubSpot → Salesforce Contact, cleanup pass

Source field\tTarget field\tRule\tExample
Email\tEmail\tcopy\t
First Name\tFirst Name\tTitle Case\tJEAN → Jean
Last Name\tLast Name\tTitle Case\t
Job Title\tTitle\ttrim\t"  Buyer " → "Buyer"
Original Source\tLead Source\tPAID_SEARCH, PAID_SOCIAL → Advertisement; REFERRALS → Partner Referral; OFFLINE → Trade Show; everything else → Web\t

Comment on C6 (Ana): everything else incl. a blank source?
Reply (Tom): yes, blank → Web too. most of those came in through the site.
[Resolved]
Comment on C3 (Ana): Title Case meaning each word capitalised, rest lower case?
Reply (Tom): yes
Marked as resolved""",
      extended(HS,
               hs(email="dana.pike@cactusbloom.com", firstname="DANA", lastname="pike", jobtitle="  Growth Lead  ",
                  hs_analytics_source="OFFLINE"),
               hs(email="will.ng@pecanrow.co", firstname="will", lastname="NG", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="joy.adu@riverwalk.com", firstname="Joy", lastname="Adu", jobtitle="Analyst",
                  hs_analytics_source="REFERRALS")))
def o14(r: R) -> Out:
    source = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral",
              "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h146-15-newsletter-language-en", H, M, """Sheet: HS → Mailchimp newsletter audience
Legend: empty Rule = copy as is (blank copies as blank)

Source field\tTarget field\tRule\tExample
Email\temail_address\t\t
First Name\tFNAME (merge field)\t\t
Last Name\tLNAME (merge field)\t\t
—\tstatus\tsubscribed for everyone\t
Preferred language\tlanguage\tif the contact has no preferred language → en\tde

Comment on A6 (Ana): most of our contacts don't have Preferred language set at all (the property isn't even there)
Reply (Tom): yep, that's what the "→ en" is for. missing, empty or just spaces → en. otherwise copy it.
[Resolved]""",
      extended(HS,
               hs(email="elke.braun@rheinblick.de", firstname="Elke", lastname="Braun", hs_language="de"),
               hs(email="bo.dahl@fjordfisk.dk", firstname="Bo", lastname="", hs_language=""),
               hs(email="ana.reis@lisboaluz.pt", firstname="Ana", lastname="Reis", hs_language="pt")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h146-16-optout-three-ways", H, M, """Source field\tTarget field\tRule\tStatus
email\temail_address\tcopy\tdone
hs_email_optout\tstatus\t"true" → unsubscribed, "false" → subscribed\ttodo
—\ttags\tone tag: hubspot-import\tdone

Comment on C3 (Ana): what about people where the unsubscribe flag was never set (empty)?
Reply (Tom): pending. they get the double opt-in email.
Reply (Ana): blank includes only-spaces?
Reply (Tom): yes
[Resolved]

(status col = just where I am with testing, all three rows are needed)""",
      extended(HS,
               hs(email="gia.russo@vesuviana.it", hs_email_optout="   "),
               hs(email="finn.kerr@galwayquay.ie", hs_email_optout="false"),
               hs(email="oona.lahti@saunatech.fi", hs_email_optout="true")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-import"]}


@case("h146-17-high-value-and-sql-tags", H, M, """Sheet: HubSpot → MC tags v1

Source field\tTarget field\tRule
email\temail_address\tcopy
annualrevenue\ttags\tadd "high-value" if revenue > 3,000,000
lifecyclestage\ttags\tadd "sql" if stage is salesqualifiedlead

Comment on C3 (Ana): blank revenue?
Reply (Tom): no high-value tag then.
[Resolved]
Comment on B4 (Ana): tag order when someone gets both? and what if neither applies?
Reply (Tom): high-value first, then sql. neither → empty tag list.
Marked as resolved""",
      extended(HS,
               hs(email="rex.oduya@summitgate.ng", annualrevenue="3000000.5", lifecyclestage="salesqualifiedlead"),
               hs(email="ivy.chen@lotusquay.sg", annualrevenue="  ", lifecyclestage="salesqualifiedlead"),
               hs(email="cal.reyes@mesquiteco.com", annualrevenue="2999999", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("high-value")
    if r["lifecyclestage"] == "salesqualifiedlead":
        tags.append("sql")
    return {"email_address": r["email"], "tags": tags}


@case("h146-18-first-name-office-phone", H, M, """Source field\tTarget field\tRule\tExample
Email\temail_address\tas is\t
First Name\tFNAME\tfirst word only\tMary Beth → Mary
Phone Number\tPHONE\tE.164 (US +1 by default). Phone Number first, Mobile Phone Number if it's blank\t(415) 555-0142 → +14155550142
Mobile Phone Number\t(fallback for PHONE)\t\t

Comment on C4 (Ana): what if a number already has a country code?
Reply (Tom): starts with + → keep that code and just strip the formatting. 11 digits beginning with 1 → already has the US code, just add the +.
[Resolved]
Comment on C4 (Ana): blank = spaces too?
Reply (Tom): yes. every contact on this list has at least one of the two
Marked as resolved""",
      extended(HS,
               hs(email="mary.beth@bayoubrew.com", firstname="Mary Beth", phone="  ", mobilephone="1 (832) 555-0170"),
               hs(email="jl.cano@plazamayor.mx", firstname="Jose Luis", phone="281.555.0122", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h146-19-customer-audience-vip", H, M, """Sheet: HS → MC customer audience

Source field\tTarget field\tRule\tExample
email\temail_address\tcopy\t
—\tstatus\t"subscribed"\t
lifecyclestage\tvip\ttrue for customer or evangelist, false for every other stage\tcustomer → true

Exclude: anybody whose "Unsubscribed from all email" is true.

Comment on A6 (Ana): contacts with that unsubscribe field empty, excluded or not?
Reply (Tom): not excluded. only an actual true gets dropped; empty / blank = still in.
[Resolved]""",
      extended(HS,
               hs(email="ken.obi@lagosfin.ng", hs_email_optout="", lifecyclestage="customer"),
               hs(email="ann.lowe@gmail.com", hs_email_optout="true", lifecyclestage="lead"),
               hs(email="ugo.serra@serravalle.it", hs_email_optout="  ", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h146-20-names-company-domain-vip", H, M, """Source field\tTarget field\tRule\tExample
email\temail_address\tcopy\t
firstname\tFNAME\tTitle Case (each word capitalised, rest lower)\tNOEMI → Noemi
lastname\tLNAME\tTitle Case\t
company\tCOMPANY (merge field)\tcopy; if blank → the email's domain (the bit after the @)\t
annualrevenue\tvip\ttrue when revenue > 2,000,000, otherwise false\t

Comment on C5 (Ana): domain as-is or lowercased?
Reply (Tom): as it is in the email
[Resolved]
Comment on C6 (Ana): empty revenue?
Reply (Tom): false. not a VIP if we don't know.
Marked as resolved""",
      extended(lower_emails(HS),
               hs(email="noemi.pardo@cafepardo.co", firstname="NOEMI", lastname="pardo", company="",
                  annualrevenue="2000000.5"),
               hs(email="rj.banks@banksfarm.com", firstname="rj", lastname="BANKS", company="  ", annualrevenue=""),
               hs(email="ola.berg@granitevik.no", firstname="ola", lastname="berg", company="Granitevik",
                  annualrevenue="1999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h146-21-identify-basics-full-name", H, S, """Sheet: HubSpot → Segment identify

Source field\tSegment\tRule\tExample
email\tuserId\tlower case\tPriya.Raman@Northwind.io → priya.raman@northwind.io
email\ttraits.email\tcopy (keep original casing)\t
firstname\ttraits.firstName\tcopy\t
lastname\ttraits.lastName\tcopy\t
firstname + lastname\ttraits.name\tfirst name, a space, last name\tPriya Raman
jobtitle\ttraits.title\tcopy\t

Comment on C7 (Ana): title empty → send it empty?
Reply (Tom): yes, send whatever's there, even empty or spaces. copy means copy.
[Resolved]""",
      extended(HS,
               hs(email="Omar.Haddad@CedarLine.AE", firstname="Omar", lastname="Haddad", jobtitle=""),
               hs(email="june.park@hanriver.kr", firstname="June", lastname="Park", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h146-22-company-traits-nested", H, S, """Sheet: HS → Segment, company traits

Source field\tTarget field\tRule\tExample
Email\tuserId\tas is\t
Company Name\ttraits.company.name\tblank → "Independent"\t
Industry\ttraits.company.industry\tcopy, but skip the key when blank\t
Number of Employees\ttraits.company.employee_count\tinteger; skip when blank\t"250" → 250

Comment on C4 (Ana): "skip" meaning send it empty, or leave it off?
Reply (Tom): leave it off entirely, no key. same for employee_count. blank = empty or spaces.
[Resolved]""",
      extended(HS,
               hs(email="vera.holm@soloshop.se", company="  ", industry="", numemployees="1"),
               hs(email="raj.rao@monsoonlabs.in", company="Monsoon Labs", industry="  ", numemployees="3400"),
               hs(email="noa.adler@cedarhill.il", company="", industry="Retail", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h146-23-address-traits-best-phone", H, S, """Source field\tTarget field\tRule\tStatus
Email\tuserId\tcopy\tdone
Street Address\ttraits.address.street\tcopy\tdone
City\ttraits.address.city\tcopy\tdone
State/Region\ttraits.address.state\tcopy, leave off if blank\ttodo
Postal Code\ttraits.address.postalCode\tcopy\tdone
Country/Region\ttraits.address.country\tcopy\tdone
Mobile Phone Number / Phone Number\ttraits.phone\tE.164, mobile first then office\ttodo

Plain copies = as is, empty stays empty.

Comment on C8 (Ana): E.164 assuming US?
Reply (Tom): yes +1, unless the number already starts with a + (keep that code). 11 digits starting with 1 = already has it, just prefix the +.
Reply (Ana): and neither number filled in?
Reply (Tom): no traits.phone then. blank / whitespace = not filled in.
[Resolved]
Comment on D5 (Tom): todo rows are still in scope, todo just = not tested yet. same blank rule for state (spaces = blank).""",
      extended(HS,
               hs(email="bea.knox@sparrowhill.com", mobilephone="", phone="  ", state=""),
               hs(email="cy.dale@redriverco.com", mobilephone=" ", phone="940.555.0111", state="TX", address="",
                  zip=""),
               hs(email="ivo.petrov@sofiadigital.bg", mobilephone="+359 88 555 0101", phone="", city="",
                  state="  ")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h146-24-profile-unsubscribed-revenue", H, S, """Sheet: HS → Segment (profile basics)
legend: no Rule = copy as is

Source field\tTarget field\tRule
email\tuserId\ttrim spaces + lower case
jobtitle\ttraits.title\t
hs_email_optout\ttraits.unsubscribed\ttrue/false (boolean). true only when HubSpot has "true"
annualrevenue\ttraits.annual_revenue\tnumber

Comment on C4 (Ana): blank unsubscribe field → ?
Reply (Tom): false.
[Resolved]
Comment on C5 (Ana): blank revenue → 0?
Reply (Tom): no, leave the trait out. and it should be a real number, not text (12000000 not "12000000", decimals kept when there are some)
Marked as resolved""",
      extended(HS,
               hs(email="  Jo.Pratt@Example.COM ", hs_email_optout="", annualrevenue="0.5", jobtitle=" "),
               hs(email="MIN.SEO@BUSANPORT.KR ", hs_email_optout="true", annualrevenue="  ", jobtitle="Buyer")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h146-25-ga4-crm-sync-event", H, G, """Sheet: HubSpot → GA4 (Measurement Protocol)

Source field\tGA4 field\tRule\tExample
—\tclient_id\tfixed: "hubspot-crm"\t
—\tevent name\tfixed: "crm_contact_sync"\t
Lifecycle Stage\tparam: lifecycle_stage\tcopy\tlead
Original Source\tparam: source\tlower case\tPAID_SEARCH → paid_search
Create Date\tparam: signup_date\tdate only, YYYY-MM-DD\t2023-07-02

Comment on C5 (Ana): contacts with no Original Source?
Reply (Tom): send "unknown" for those (empty or only spaces)
[Resolved]""",
      extended(HS,
               hs(email="ola.eze@deltafarms.ng", lifecyclestage="opportunity", hs_analytics_source="  ",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="ben.cho@pixelpine.com", lifecyclestage="other", hs_analytics_source="AI_REFERRALS",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": "hubspot-crm",
            "events": [{"name": "crm_contact_sync",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "source": "unknown" if blank(src) else src.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h146-26-ga4-company-size", H, G, """Sheet: HS → GA4 company size event

Only contacts with Number of Employees over 20 (employees empty = skip them).

Source field\tGA4 field\tRule\tExample
email\tclient_id\tpart before the @\tpriya.raman@northwind.io → priya.raman
—\tevent name\t"company_size"\t
numemployees\tparams.headcount\tas a number\t"250" → 250
—\tparams.segment\t"b2b" on every event\t

Comment on C2 (Ana): lower case it?
Reply (Tom): no, as is. emails are already lower case in this list
[Resolved]""",
      extended(lower_emails(HS),
               hs(email="max.weber@hansewerk.de", numemployees="21"),
               hs(email="lia.costa@brisamar.pt", numemployees="  "),
               hs(email="ned.frost@iceboxco.ca", numemployees="19")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "company_size",
                        "params": {"headcount": num(r["numemployees"]), "segment": "b2b"}}]}


@case("h146-27-ga4-sales-ready-or-nurture", H, G, """Source field\tGA4 field\tRule\tExample
Email\tclient_id\tcopy\t
Lifecycle Stage\tevent name\tsalesqualifiedlead or opportunity → "sales_ready"; any other stage → "nurture"\t
Industry\tparams.industry\tif blank → "unknown"\t
Company Name\tparams.company\tcopy (blank stays blank)\t

Comment on C4 (Ana): blank incl. spaces-only?
Reply (Tom): yes. non-blank industry goes over as is
[Resolved]""",
      extended(HS,
               hs(email="fay.ng@orchidbay.my", lifecyclestage="opportunity", industry="  ", company=""),
               hs(email="rob.dyer@tinroof.com", lifecyclestage="evangelist", industry="Retail", company="Tin Roof")))
def o27(r: R) -> Out:
    name = "sales_ready" if r["lifecyclestage"] in ("salesqualifiedlead", "opportunity") else "nurture"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "unknown"),
                                                 "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h146-28-reverse-sync-straight", L, H, """Sheet: SF Leads → HubSpot contacts (reverse sync)
Blank Rule = copy as is. Blank on the lead copies as blank.

Source field\tTarget field\tRule
Email\temail\t
First Name\tfirstname\t
Last Name\tlastname\t
Company\tcompany\t
Title\tjobtitle\t
Phone\tphone\t
City\tcity\t
Zip/Postal Code\tzip\t
Country\tcountry\t

Comment on C7 (Ana): should empty SF values overwrite HubSpot? we'd be sending "" for phone etc
Reply (Tom): yes, send the empty value. SF is the master for these leads.
[Resolved]""",
      extended(SFL,
               sfl(Email="mo.salem@nilewave.eg", FirstName="Mo", LastName="Salem", Company="Nile Wave", Title="",
                   Phone="", City="  ", PostalCode="", Country="Egypt"),
               sfl(Email="kate.moss@ridgeline.com", FirstName="Kate", LastName="Moss", Company="", Title=" Buyer ")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h146-29-lead-status-optout-text", L, H, """Source field\tTarget field\tRule\tExample
Email\temail\tcopy\t
Lead Status\tLead Status (hs_lead_status)\tOpen - Not Contacted → NEW; Working - Contacted → ATTEMPTED_TO_CONTACT; Closed - Converted → OPEN_DEAL; Closed - Not Converted → UNQUALIFIED\t
Email Opt Out\tUnsubscribed from all email (hs_email_optout)\tchecked → "true", unchecked → "false" (as text)\tchecked → "true"

Comment on C3 (Ana): what about other SF statuses?
Reply (Tom): those four are all we use, no others exist in our org.
[Resolved]""",
      extended(SFL,
               sfl(Email="tara.quinn@kestrelbay.ie", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="dev.shah@saffronlabs.in", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h146-30-rating-to-stage-revenue", L, H, """Sheet: SF Lead → HS contact, lifecycle

Source field\tTarget field\tRule\tStatus
Email\temail\tcopy\tdone
Rating\tlifecyclestage\tHot → salesqualifiedlead, Warm → lead, Cold → subscriber\tdone
Annual Revenue\tannualrevenue\tas a number\ttodo

Comment on C2 (Ana): HubSpot dedupes on the exact email, can we lowercase it?
Reply (Tom): agreed, done. email goes in all lower case.
[Resolved]
Comment on C4 (Ana): no revenue on the lead?
Reply (Tom): leave annualrevenue off. don't send 0. (spaces only = no revenue). and real numbers please: 5000000 not "5000000", keep decimals if there are any
Marked as resolved
Comment on D4 (Tom): todo = not tested yet, still needs building""",
      extended(SFL,
               sfl(Email="Tess.Moreau@AzureCoast.FR", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="BO.YANG@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "lead", "Cold": "subscriber"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h146-31-london-team-leads", L, H, """Sheet: SF leads → HubSpot (London team)

Only leads with Country = United Kingdom.

Source field\tTarget field\tRule\tExample
Email\temail\tcopy\t
Phone\tphone\tE.164, UK (+44)\t020 7946 0321 → +442079460321
Zip/Postal Code\tzip\tUPPER CASE\tnw1 6xe → NW1 6XE
Title\tjobtitle\tif blank → "Not given"\t

Comment on C3 (Ana): UK format = drop the leading 0 and put +44 in front?
Reply (Tom): yes. if it already starts with + leave its code alone.
[Resolved]
Comment on C5 (Ana): blank incl. spaces? and non-blank titles as they are?
Reply (Tom): yes and yes
Marked as resolved""",
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
            "jobtitle": dflt(r["Title"], "Not given")}


@case("h146-32-skip-converted-address-line", L, H, """Sheet: SF Lead → HS contact (address + company)

Skip leads with Lead Status "Closed - Converted" (they already live in HubSpot as customers).

Source field\tTarget field\tRule\tExample
Email\temail\tcopy\t
Company\tcompany\tblank → "Unknown"\t
Street + City\taddress\tStreet, then comma + space, then City. No street → just the City\t200 Lake St, Chicago

Comment on C4 (Ana): street empty = no comma at all?
Reply (Tom): right, just "Dakar" not ", Dakar". a street with only spaces counts as empty. city is always filled.
[Resolved]""",
      extended(SFL,
               sfl(Email="jun.park@seoulsoft.kr", Street="", City="Seoul", Status="Working - Contacted", Company=""),
               sfl(Email="meg.ross@lakeaustin.com", Street="  ", City="Austin", Status="Open - Not Contacted",
                   Company="  "),
               sfl(Email="ian.cole@bramblehq.co.uk", Street="9 Mill Rd", City="Leeds", Status="Closed - Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"),
            "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h146-33-sf-contacts-status-tags", C, M, """Sheet: SF Contacts → Mailchimp

Source field\tTarget field\tRule\tExample
Email\temail_address\tlower case\tFelix.Wagner@Rheinsoft.de → felix.wagner@rheinsoft.de
Email Opt Out\tstatus\topted out → unsubscribed, otherwise subscribed\t
—\ttags\talways "salesforce"; plus "web-lead" when Lead Source = Web\t

Comment on C4 (Ana): order of the tags?
Reply (Tom): salesforce first, web-lead second
[Resolved]""",
      extended(SFC,
               sfc(Email="Marta.Nowak@Wisla.PL", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="OLI.GRANT@THISTLE.CO.UK", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["web-lead"] if r["LeadSource"] == "Web" else [])}


@case("h146-34-sms-list-language-lookup", C, M, """Sheet: SF Contacts → MC SMS list
Don't sync contacts with no Business Phone (empty or only spaces).

Source field\tTarget field\tRule
Email\temail_address\tas is
Business Phone\tPHONE\tE.164 (+1 default)
Mailing Country\tlanguage\tGermany → de, Austria → de, Switzerland → de, United States → en, Canada → en

Comment on B3 (Ana): the merge field PHONE right?
Reply (Tom): yes, merge_fields.PHONE
[Resolved]
Comment on C3 (Ana): international numbers?
Reply (Tom): starts with + → keep its code. 11 digits with a leading 1 → just add the +.
Marked as resolved
Comment on C4 (Ana): other countries?
Reply (Tom): none, those five are all we have on contacts""",
      extended(SFC,
               sfc(Email="kurt.vogel@elbewerk.de", Phone="", MailingCountry="Germany"),
               sfc(Email="amy.fox@redbudfarm.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="jay.reed@maplequay.ca", Phone="1-416-555-0134", MailingCountry="Canada"),
               sfc(Email="urs.keller@zugbau.ch", Phone="+41 44 555 0100", MailingCountry="Switzerland")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "Switzerland": "de", "United States": "en", "Canada": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h146-35-friend-greeting-partner-vip", C, M, """Source field\tTarget field\tRule\tStatus
Email\temail_address\tcopy\tdone
First Name\tFNAME\tif blank → "Friend"\tdone
Last Name\tLNAME\tcopy (blank stays blank)\tdone
Lead Source\tvip\ttrue if Lead Source is "Partner Referral", else false\ttodo
—\tstatus\tsubscribed\tdone

Comment on C5 (Ana): blank lead source?
Reply (Tom): false
[Resolved]
Comment on C3 (Ana): blank FNAME includes just spaces?
Reply (Tom): yep
Marked as resolved

(the status col is my test tracker, build everything)""",
      extended(SFC,
               sfc(Email="noor.ali@dunecraft.ae", FirstName="", LastName="Ali", LeadSource="Partner Referral"),
               sfc(Email="pia.lund@aurorafi.fi", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral", "status": "subscribed"}


@case("h146-36-event-followup-audience", C, M, """Sheet: SF Contacts → MC "Event follow-up" audience

Only contacts whose Lead Source is Trade Show.

Source field\tTarget field\tRule
Email\temail_address\tcopy
First Name\tFNAME\tcopy
Last Name\tLNAME\tcopy
—\tstatus\t"subscribed"
—\tlanguage\t"en"
—\ttags\tnone, send an empty tag list

Comment on C7 (Ana): empty list, or leave tags out?
Reply (Tom): explicit empty list []. clears whatever tags got added by hand
[Resolved]""",
      extended(SFC,
               sfc(Email="hugo.lenz@messebau.de", FirstName="Hugo", LastName="", LeadSource="Trade Show"),
               sfc(Email="gio.conti@lagodoro.it", FirstName="Gio", LastName="Conti", LeadSource="Web"),
               sfc(Email="ada.kim@expohall.kr", FirstName="Ada", LastName="Kim", LeadSource="Trade Show")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h146-37-identify-title-birthday-if-set", C, S, """Sheet: SF Contact → Segment identify
(Rule empty = copy as is)

Source field\tTarget field\tRule
Email\tuserId\tlower case
Email\ttraits.email\t
First Name\ttraits.firstName\t
Last Name\ttraits.lastName\t
Title\ttraits.title\tonly if filled, otherwise no title key
Birthdate\ttraits.birthday\tonly if filled, otherwise no key

Comment on C6 (Ana): "filled": do spaces count?
Reply (Tom): spaces = not filled
[Resolved]""",
      extended(SFC,
               sfc(Email="Ray.Bianchi@Portofino.IT", FirstName="Ray", LastName="Bianchi", Title="  ",
                   Birthdate="1979-08-14"),
               sfc(Email="sue.grant@tallpine.com", FirstName="Sue", LastName="", Title="COO", Birthdate="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h146-38-address-city-country", C, S, """Source field\tTarget field\tRule\tExample
Email\tuserId\tcopy\t
Mailing City\ttraits.address.city\tblank → "Unknown"\t
Mailing Country\ttraits.address.country\ttrim\t" Germany " → "Germany"

Comment on C3 (Ana): city with only spaces = blank?
Reply (Tom): yes. a filled-in city goes over as is
[Resolved]
Comment on A4 (Ana): old import left spaces around the countries
Reply (Tom): that's why it's trimmed
Marked as resolved""",
      extended(SFC,
               sfc(Email="eva.gruber@murtal.at", MailingCity="", MailingCountry=" Austria "),
               sfc(Email="max.roth@donaukai.at", MailingCity="   ", MailingCountry="Germany  "),
               sfc(Email="ida.berg@lundsoft.se", MailingCity="Lund", MailingCountry="Sweden")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h146-39-phone-name-acquisition", C, S, """Sheet: SF Contact → Segment, v1

Source field\tTarget field\tRule
Email\tuserId\tcopy
Business Phone\ttraits.phone\tE.164 (US)
First Name + Last Name\ttraits.name\t"First Last" with one space between
Lead Source\ttraits.acquisition\tWeb → digital, Advertisement → digital, Trade Show → events, Partner Referral → partner; anything else → other

Comment on C5 (Ana): empty Lead Source?
Reply (Tom): other
[Resolved]
Comment on C3 (Ana): E.164 US for the Austrian/German numbers too?
Reply (Tom): if it starts with + keep its country code as is. otherwise +1 (11 digits starting with 1 already have it, just add +)
Marked as resolved""",
      extended(SFC,
               sfc(Email="dee.marsh@bluehollow.com", FirstName="Dee", LastName="Marsh", Phone="512 555 0177",
                   LeadSource="Partner Referral"),
               sfc(Email="al.brandt@hafenbank.de", FirstName="Al", LastName="Brandt", Phone="+1 (737) 555-0100",
                   LeadSource="Advertisement"),
               sfc(Email="zoe.lin@orbitlabs.com", FirstName="Zoe", LastName="Lin", Phone="1.206.555.0188",
                   LeadSource="Employee Referral")))
def o39(r: R) -> Out:
    bucket = {"Web": "digital", "Advertisement": "digital", "Trade Show": "events", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "acquisition": bucket.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h146-40-mc-back-to-hubspot", M, H, """Sheet: Mailchimp → HubSpot contacts

Source field\tTarget field\tRule\tExample
email_address\tEmail\tas is\t
FNAME\tFirst Name\tTitle Case\tANNA → Anna
LNAME\tLast Name\tTitle Case; if blank don't send it\t
COMPANY\tCompany Name\tblank → "Unknown"\t
status\tUnsubscribed from all email\t"true" if unsubscribed or cleaned, else "false" (as text, not a boolean)\t

Comment on C3 (Ana): Title Case = every word starts upper case, the rest lower?
Reply (Tom): yes
[Resolved]
Comment on C4 (Ana): "don't send": as in no lastname key at all?
Reply (Tom): right. we don't want to wipe what HubSpot already has. blank = empty or spaces (same for company)
Marked as resolved""",
      extended(MC,
               mc({"FNAME": "ANNA LENA", "LNAME": "  ", "COMPANY": "  "}, email_address="anna.berg@kirunamet.se",
                  status="pending"),
               mc({"FNAME": "tom", "LNAME": "LEE", "COMPANY": "Lee Bros"}, email_address="tom.lee@leebros.com",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h146-41-skip-unsubs-vip-customers", M, H, """Source field\tTarget field\tRule\tStatus
email_address\temail\tcopy\tdone
FNAME\tfirstname\tcopy\tdone
LNAME\tlastname\tcopy\tdone
PHONE\tphone\tE.164 (US default)\ttodo
VIP\tLifecycle Stage\tVIP → customer, not VIP → lead\ttodo

Filter: skip members whose status is unsubscribed.

Comment on C5 (Ana): blank PHONE?
Reply (Tom): don't send phone at all (spaces only = blank too)
Reply (Ana): and numbers with a country code already?
Reply (Tom): starts with + → keep that code. 11 digits with a leading 1 → just add +.
[Resolved]
Comment on D5 (Tom): todo = not tested, build it anyway
Comment on C3 (Ana): names as they are?
Reply (Tom): yes, no cleanup, empty stays empty
Marked as resolved""",
      extended(MC,
               mc({"FNAME": "Hana", "LNAME": "Kim", "PHONE": "  "}, email_address="hana.kim@jejubay.kr",
                  status="subscribed", vip=True),
               mc({"FNAME": "Leo", "LNAME": "Marx", "PHONE": "(512) 555-0101"}, email_address="leo.marx@oldbank.com",
                  status="unsubscribed", vip=True),
               mc({"FNAME": "ray", "LNAME": "cole", "PHONE": "1 512 555 0148"}, email_address="ray.cole@coleco.com",
                  status="pending", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164), "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h146-42-webinar-tag-lead-status", M, H, """Sheet: MC → HS, webinar follow-up
blank Rule = copy as is

Source field\tTarget field\tRule
email_address\temail\t
FNAME\tfirstname\tfirst word only
COMPANY\tcompany\tif blank → the domain from the email (after the @, as is)
tags\tLead Status\t"Webinar" tag → OPEN, no Webinar tag → NEW

Comment on C5 (Ana): case sensitive? somebody created a lower case "webinar" tag once
Reply (Tom): exact "Webinar" only, capital W. the lower case one doesn't count → NEW
[Resolved]
Comment on C4 (Ana): blank company incl. spaces?
Reply (Tom): yes
Marked as resolved""",
      extended(MC,
               mc({"FNAME": "Ana Lucia", "COMPANY": "  "}, email_address="ana.lucia@brisamar.pt",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ben", "COMPANY": "Kaizen Tools"}, email_address="ben.ito@kaizentools.jp",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "hs_lead_status": "OPEN" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set146")
