"""Held-out set 139 for the offline mapping drafter.

Persona: a Slack huddle's AI assistant. After a short call between two or three marketing
people (Priya, Tom, Ines, Marcus, Dev, Keiko, Lotte, Sam) about a sync mapping, it posts an
automatic summary: a heading such as 'Huddle summary' or 'Summary of huddle in #mops', then
sections like 'Key points', 'Decisions', 'Open questions' (resolved inline), 'Rejected' and
'Next steps', all in a neutral third person ('Priya suggested ...', 'It was decided ...',
'The team agreed that ...') with attributions in parentheses and the odd hedge. Ideas that came
up in the call and were turned down are reported as rejected and are not part of the mapping;
the rules may be spread over several sections.

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


def without(rec: R, key: str) -> R:
    """A copy of ``rec`` with ``key`` absent (for the 'missing' branch of a rule)."""
    return {k: v for k, v in rec.items() if k != key}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h139-01-lead-copies-fixed-status", H, L, """Huddle summary · #mops · 4 min
Participants: Priya, Tom

Key points
• Priya went through the field list for turning HubSpot contacts into Salesforce Leads: email → Email, lastname → LastName, company → Company, website → Website, phone → Phone.
• Every lead this sync writes gets Status = "Open - Not Contacted", whatever HubSpot says.
• All contacts go across; no filtering came up.

Decisions
• Values are copied exactly as HubSpot holds them: no trimming, no change to capitalisation (Priya).
• Tom suggested putting "Unknown" into Company whenever the HubSpot company is empty. This was rejected. An empty HubSpot value is sent as an empty string, on Company and on every other field in the list.

Open questions
• Should the first name go over as well? Resolved: not in this version, FirstName stays off the lead.

Next steps
• Tom to run the first batch on Thursday and post the error log in the channel.""",
      extended(HS,
               hs(email="ren.ito@kitelabs.io", lastname="Ito", company="", website="", phone=""),
               hs(email="olga.berg@frostline.se", lastname=" Berg", company="Frostline ", website="  ",
                  phone="+46 8 555 0133")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Website": r["website"],
            "Phone": r["phone"], "Status": "Open - Not Contacted"}


@case("h139-02-trimmed-names-company-title-defaults", H, L, """Summary of huddle in #marketing-ops

Ines and Tom spent a few minutes on the lead push from HubSpot contacts into Salesforce Leads, mostly about the stray spaces left behind by last month's CSV import.

Key points
- Ines noted that first and last names came in with spaces in front of or after them. It was decided that FirstName and LastName get HubSpot's firstname and lastname with those leading and trailing spaces trimmed off.
- Email goes over untouched.
- Company (from HubSpot company) must never reach Salesforce empty. When it is empty (blank, nothing but spaces, or missing) the lead gets "Individual". Otherwise the company is sent exactly as it is; Tom pointed out nobody asked for it to be trimmed, and the team agreed to leave it alone.
- Title is filled from jobtitle on the same principle: an empty job title becomes "Unknown", a filled one is copied unchanged.

Decisions
- The lead gets those five fields only: Email, FirstName, LastName, Company, Title.

Next steps
- Ines will re-run the import clean-up report after the first sync (probably Friday).""",
      extended(HS,
               hs(email="ana.lima@ventobrisa.com.br", firstname="  Ana ", lastname="Lima ", company="   ", jobtitle=""),
               hs(email="jon.pike@bluefin.io", firstname="Jon", lastname="  Pike", company=" Bluefin Labs ",
                  jobtitle="  "),
               hs(email="sara.holm@nordvik.no", firstname="Sara", lastname="Holm", company="Nordvik",
                  jobtitle=" Data Lead ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Individual"), "Title": dflt(r["jobtitle"], "Unknown")}


@case("h139-03-office-then-mobile-title-case", H, L, """Huddle recap: HubSpot contacts → SF Leads (Priya, Marcus)

Discussion
Marcus raised that about half the leads arrive without a phone number. Priya proposed a fallback: the Lead's Phone takes the HubSpot phone (the office number); if that is empty, mobilephone is used instead; and if both are empty, Phone is simply not included on the lead, not even as an empty value. Both agreed. "Empty" here covers blank, whitespace-only and missing.

Marcus also asked about name formatting. The team agreed to title-case FirstName, LastName and City from HubSpot's firstname, lastname and city: every word gets a capital first letter and the rest of that word in lower case ("GARCIA" → "Garcia", "new york" → "New York").

Rejected
- Priya floated reformatting the phone to E.164 while they were at it. Marcus preferred not to touch number formats yet, so the number goes over exactly as it was typed in HubSpot.

Also on the lead: Email, straight from HubSpot's email.

Next steps
- Marcus to tell the SDRs that leads without any number will have nothing in Phone.""",
      extended(HS,
               hs(email="lou.park@eastgate.com", firstname="LOU", lastname="park", city="new york", phone="  ",
                  mobilephone=""),
               hs(email="gia.russo@portofino.it", firstname="gia maria", lastname="RUSSO", city="MILAN", phone="",
                  mobilephone="+39 02 5555 0102"),
               without(hs(email="wes.hale@drycreek.com", firstname="wes", lastname="hale", city="el paso",
                          phone=""), "mobilephone")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(first_filled(r["phone"], r.get("mobilephone")))})


@case("h139-04-industry-table-lower-email", H, L, """AI summary of huddle in #sfdc-sync
Tom and Ines (about 3 minutes)

Key points
1. Salesforce's Industry picklist doesn't line up with the free-text industry in HubSpot, so Ines proposed a translation table for the Lead's Industry field:
   Software → Technology
   Logistics → Transportation
   Food → Food & Beverage
   Design → Media
2. Any HubSpot industry not in that table goes to "Other". Tom asked what happens when industry is blank; resolved: blank (or whitespace-only) gets "Other" as well.
3. The table matches on the exact HubSpot value.
4. Email is lower-cased before it is written to the Lead's Email (Tom mentioned the Salesforce duplicate rules keep tripping on mixed case).

Decisions
- For now the mapping writes Email and Industry and nothing else.

Next steps
- Ines to share the table with sales ops for sign-off.""",
      extended(HS,
               hs(email="Ray.Cole@Harbor.COM", industry="Retail"),
               hs(email="ZED.ONO@KOI.JP", industry="  "),
               hs(email="kai.ali@Mesa.dev", industry="Software")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage", "Design": "Media"}
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case("h139-05-skip-customers-and-offline", H, L, """Huddle summary

Who: Priya, Dev, Ines
Topic: which HubSpot contacts should become Salesforce Leads

Decisions
• Contacts whose lifecycle stage is customer are not sent; they already sit in Salesforce as contacts (Dev).
• Contacts whose original source (hs_analytics_source) is OFFLINE are not sent either; the events team loads those by hand (Ines).
• Everyone else goes through, including contacts whose lifecycle stage or source is blank.
• Fields: Email, FirstName, LastName and Title, from email, firstname, lastname and jobtitle, copied as they are, blanks included.
• Rating is set to "Warm" on every lead the sync writes.

Rejected
• Priya asked whether opted-out contacts should be held back too. The others said no; opt-out plays no part in this sync.

Next steps
• Dev to confirm with the events team that OFFLINE contacts are covered on their side.""",
      extended(HS,
               hs(email="mo.idris@sandline.ae", firstname="Mo", lastname="Idris", jobtitle="", lifecyclestage="lead",
                  hs_analytics_source="OFFLINE"),
               hs(email="ulla.ek@granfors.se", firstname="Ulla", lastname="Ek", jobtitle="  ", lifecyclestage="",
                  hs_analytics_source=""),
               hs(email="ben.oduya@kilima.ke", firstname="Ben", lastname="Oduya", lifecyclestage="customer",
                  hs_analytics_source="OFFLINE"),
               hs(email="rui.sa@portomar.pt", firstname="Rui", lastname="Sa", lifecyclestage="opportunity",
                  hs_analytics_source="PAID_SEARCH", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "Rating": "Warm"}


@case("h139-06-revenue-rating-headcount", H, L, """Summary of huddle in #mops: lead rating

Tom, Priya

What was discussed
Tom wants the Salesforce Lead's Rating worked out from the HubSpot annual revenue (annualrevenue):
- above 5,000,000 → "Hot"
- below 500,000 → "Cold"
- anything in between → "Warm"
Priya asked about contacts with no revenue on file. It was decided that a blank revenue gets "Warm", not "Cold" ("no data isn't a signal", per Priya).

Headcount
The Lead's NumberOfEmployees comes from numemployees, sent as a whole number (integer) rather than text. When numemployees is empty, NumberOfEmployees is left off the lead.

Also
Email is copied over unchanged. Nothing else is mapped.

Next steps
- Tom to check the thresholds with the SDR manager (he thinks they're fine).""",
      extended(HS,
               hs(email="lia.moss@fernway.com", annualrevenue="450000", numemployees="9"),
               hs(email="abe.katz@ridgeline.com", annualrevenue="5000000.5", numemployees="1400"),
               hs(email="ida.voss@kieler.de", annualrevenue="499999.99", numemployees="  "),
               hs(email="noor.aziz@oasis.qa", annualrevenue="  ", numemployees="75")))
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


@case("h139-07-mobile-e164-title-names", H, L, """Huddle summary: #revops-huddles
Participants: Ines, Tom

Key points
- The topic was the mobile number on Salesforce Leads coming from HubSpot contacts.
- MobilePhone is filled from HubSpot's mobilephone, formatted as E.164: a "+" followed by digits only. Numbers are assumed to be US (+1) unless they already start with "+", in which case their own country code is kept; an 11-digit number that begins with 1 already carries the US code and just gets the "+".
- If mobilephone is empty (blank or only spaces), MobilePhone is not set at all.
- FirstName and LastName come from firstname / lastname in title case: a capital first letter for each word, everything else lower case.
- Email is copied unchanged.

Rejected
- Tom suggested falling back to the office phone when the mobile is missing. Ines disagreed, since the SMS team only wants real mobiles, and the idea was dropped. The office phone is not used anywhere in this mapping.

Next steps
- Ines to spot-check ten leads after the first run.""",
      extended(HS,
               hs(email="cal.reyes@sunbelt.com", firstname="CAL", lastname="reyes", mobilephone="1-646-555-0102"),
               hs(email="may.chen@lotus.sg", firstname="may lin", lastname="CHEN", mobilephone="   ",
                  phone="(415) 555-0110")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h139-08-mql-only-state-description", H, L, """Summary of huddle in #mops

Priya and Marcus agreed on a narrow first version of the MQL hand-off into Salesforce Leads.

Decisions
1. Only HubSpot contacts with lifecycle stage marketingqualifiedlead are sent. Every other stage, and a blank one, is skipped.
2. Email and LastName are copied as they are.
3. State is the HubSpot state in upper case ("wa" → "WA"); an empty state just stays empty.
4. Description gets a one-line note built like this:
   Created in HubSpot on <date> (source: <original source>)
   where <date> is the createdate cut down to its date part, YYYY-MM-DD, and <original source> is the hs_analytics_source value as it is. Example: "Created in HubSpot on 2023-03-14 (source: ORGANIC_SEARCH)".

Open questions
- Do SQLs go too? Resolved: no, MQLs only for now.

Next steps
- Marcus to add a list view on Description for the SDR team.""",
      extended(HS,
               hs(email="zoe.lamb@cascadia.com", lastname="Lamb", lifecyclestage="marketingqualifiedlead", state="wa",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-04-18T12:30:00.000Z"),
               hs(email="raj.mehta@indus.in", lastname="Mehta", lifecyclestage="marketingqualifiedlead", state="",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2022-09-01T13:00:00.000Z"),
               hs(email="kim.ode@deltaline.com", lastname="Ode", lifecyclestage="salesqualifiedlead", state="or"),
               hs(email="al.ruiz@mesaverde.com", lastname="Ruiz", lifecyclestage="", state="nm")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "marketingqualifiedlead":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"Created in HubSpot on {day(r['createdate'])} (source: {r['hs_analytics_source']})"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h139-09-mailing-address-as-is", H, C, """Huddle summary · HubSpot → Salesforce Contact addresses
Ines, Priya, Tom

TL;DR: the HubSpot postal address goes onto the Salesforce Contact's Mailing address, field for field, as it is.

Key points
• address → MailingStreet, city → MailingCity, state → MailingState, zip → MailingPostalCode, country → MailingCountry (Priya).
• Email, FirstName and LastName are carried over too, from email, firstname and lastname.
• Tom suggested trimming the address fields because some have stray spaces. This was rejected: Ines wants them copied exactly, spaces and all, and cleaned at the source later.
• Empty values in HubSpot arrive as empty strings on the Contact. No defaults anywhere.

Next steps
• Priya to open a ticket for the HubSpot address clean-up.""",
      extended(HS,
               hs(email="nils.ahl@vasterby.se", firstname="Nils", lastname="Ahl", address="", city="Uppsala", state="",
                  zip="", country="Sweden"),
               hs(email="june.ng@cedarbay.com", firstname="June", lastname="Ng", address=" 14 Elm Rd ",
                  city="Portland ", state="  ", zip="97201", country="United States")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h139-10-optout-unless-false-no-mobile-dnc", H, C, """Summary of huddle in #crm-sync

Dev and Ines discussed the two checkbox fields on Salesforce Contacts synced from HubSpot.

Email Opt Out (HasOptedOutOfEmail)
Dev noted that HubSpot's hs_email_optout holds the text "true", the text "false", or nothing at all. The team agreed to play it safe: the box is ticked (true) unless the HubSpot value is exactly "false". So "true" → true, "false" → false, and a blank or missing value → true.

Do Not Call (DoNotCall)
Ines said the call team only dials mobiles. It was decided that DoNotCall is true when the contact has no mobilephone (empty, just spaces, or missing) and false when there is one. The office phone plays no part in this.

Both fields are real booleans, not text.

Other
Email is copied as is. No other fields in this mapping.

Next steps
- Dev to let compliance know that blank opt-outs will be treated as opted out.""",
      extended(HS,
               hs(email="tara.bell@brookside.com", hs_email_optout="  ", mobilephone="312-555-0188"),
               hs(email="olu.ade@lagosnet.ng", hs_email_optout="false", mobilephone="   ", phone="(312) 555-0101"),
               without(without(hs(email="cy.moor@heathrow.co"), "hs_email_optout"), "mobilephone")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r.get("hs_email_optout") != "false",
            "DoNotCall": blank(r.get("mobilephone"))}


@case("h139-11-lastname-chain-email-local-part", H, C, """Huddle summary
Priya, Tom · 2 min

Salesforce won't save a Contact without a last name, so most of the call was about what goes into LastName when HubSpot has none.

It was decided:
• LastName = HubSpot lastname; if that's empty, the company name; if the company is empty too, the part of the email address before the @, unchanged (e.g. "lu.wen" from lu.wen@pinegrove.com). Empty means blank, whitespace-only or missing, at every step.
• FirstName is a plain copy of firstname. Tom asked whether it should get the same fallback; resolved: no, it is copied even when empty.
• Email is copied unchanged.

Next steps
• Tom to review the contacts that ended up with an email-based last name after the first sync.""",
      extended(lower_emails(HS),
               hs(email="lu.wen@pinegrove.com", firstname="", lastname="", company=""),
               hs(email="ada.oke@kilnworks.ng", firstname="  ", lastname="  ", company="Kiln Works"),
               hs(email="team@smallboat.co", firstname="Mia", lastname="", company="   ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h139-12-stage-description-state-upper", H, C, """Huddle summary: #mops
Participants: Tom, Keiko

Key points
- Sales wants a readable lifecycle stage on the Salesforce Contact. Keiko suggested writing it into Description with this table, keyed on HubSpot's lifecyclestage:
    subscriber → Newsletter subscriber
    lead → Lead
    marketingqualifiedlead → Marketing qualified
    salesqualifiedlead → Sales qualified
    opportunity → Open opportunity
    customer → Customer
    evangelist → Advocate
  Tom confirmed every contact in scope has one of these stages, so no catch-all is needed.
- MailingState takes the HubSpot state in capitals. When state is blank, MailingState is left out of the record entirely, so it doesn't overwrite what Salesforce already has.
- Email is copied as is.

Decisions
- Agreed as above; nothing else is mapped.

Next steps
- Keiko to check that no other integration uses the Description field.""",
      extended(HS,
               hs(email="pia.roth@elmstreet.com", lifecyclestage="opportunity", state="ny"),
               hs(email="hal.fenn@fenwick.com", lifecyclestage="evangelist", state="  "),
               hs(email="eve.sol@solace.io", lifecyclestage="lead", state="Tx")))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter subscriber", "lead": "Lead", "marketingqualifiedlead": "Marketing qualified",
             "salesqualifiedlead": "Sales qualified", "opportunity": "Open opportunity", "customer": "Customer",
             "evangelist": "Advocate"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h139-13-confirmed-optins-only", H, C, """Summary of huddle in #marketing-ops

Participants: Ines, Marcus

Marcus wanted to limit what goes from HubSpot into Salesforce Contacts to people who can definitely be emailed.

Decisions
• Only contacts whose hs_email_optout is exactly "false" are synced. Contacts with "true" are skipped, and so are contacts where the value is blank (Ines: "if we don't know, we don't send").
• Email is lower-cased.
• Phone: the HubSpot phone; when that's empty (including just spaces), the mobilephone instead. Every contact in scope has at least one of the two.
• Description is set to the fixed text "Email opt-in confirmed in HubSpot" on every record.

Rejected
• Marcus wanted to copy the job title into Title as well. Ines pushed back (the titles are a mess) and it was dropped.

Next steps
• Marcus to pull a count of blank opt-outs so marketing can chase them.""",
      extended(HS,
               hs(email="Tess.Ray@Goldleaf.COM", hs_email_optout="false", phone="  ", mobilephone="646-555-0190"),
               hs(email="Bo.Kim@Seoulful.KR", hs_email_optout="", phone="+82 2 555 0100"),
               hs(email="ALI.NAZ@PERSIA.IR", hs_email_optout="false", phone="+98 21 5555 0101", mobilephone=""),
               hs(email="Kit.Owl@Barnside.com", hs_email_optout="  ", phone="(718) 555-0133")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "Email opt-in confirmed in HubSpot"}


@case("h139-14-title-trim-city-case-source-table", H, C, """Huddle summary: HubSpot → Salesforce Contact (Priya, Tom, Ines)

Open questions, all resolved during the call
• Should Title be cleaned up? Resolved: yes, HubSpot's jobtitle is trimmed (leading and trailing spaces removed), nothing more.
• City capitalisation? Resolved: MailingCity gets the HubSpot city in title case, each word starting with a capital letter and the rest of the word in lower case.
• How is Lead Source filled? Resolved with Ines's table on hs_analytics_source:
   PAID_SEARCH or PAID_SOCIAL → Advertisement
   REFERRALS → External Referral
   EMAIL_MARKETING → Email
   OFFLINE → Trade Show
   anything else, a blank source included → Web
• Email? Copied unchanged.

Decisions
The Contact gets Email, Title, MailingCity and LeadSource and nothing else. Tom's idea of also putting hs_analytics_source into Description was rejected.""",
      extended(HS,
               hs(email="lee.ford@bayline.com", jobtitle="  Growth Lead ", city="NEW YORK", hs_analytics_source="OFFLINE"),
               hs(email="mina.sato@kobe.jp", jobtitle="   ", city="kobe", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="ed.shaw@shawco.com", jobtitle="CFO", city="salt lake city", hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="ty.lowe@lowe.co", jobtitle="Owner", city="Austin", hs_analytics_source="   ")))
def o14(r: R) -> Out:
    source = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral",
              "EMAIL_MARKETING": "Email", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": source.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h139-15-audience-basics-language-default", H, M, """Summary of huddle in #email-team

Priya and Lotte set up the basic HubSpot → Mailchimp audience feed.

Key points
- email → email_address, firstname → the FNAME merge field, lastname → LNAME. Straight copies; an empty name stays empty.
- email_type is "html" for everyone (Lotte: nobody has asked for plain text).
- language comes from HubSpot's preferred language property, hs_language. Priya pointed out that most contacts don't have that property at all; it was agreed that when hs_language is missing or empty, language is "en".

Decisions
- No status and no tags are sent in this version.

Next steps
- Lotte to build a German welcome email for the "de" contacts.""",
      extended(HS,
               hs(email="jonas.weber@kiel.de", firstname="Jonas", lastname="Weber", hs_language="de"),
               hs(email="ama.owusu@accra.gh", firstname="Ama", lastname="", hs_language="  "),
               hs(email="luc.petit@nantes.fr", firstname="", lastname="Petit", hs_language="fr")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "email_type": "html", "language": dflt(r.get("hs_language"), "en")}


@case("h139-16-optout-three-way-status", H, M, """Huddle summary: #mops
Tom, Ines

Key points
• The Mailchimp status of each HubSpot contact comes from hs_email_optout:
   - "true" → unsubscribed
   - "false" → subscribed
   - blank or missing → pending, so they get a double opt-in email (Ines)
• Every member is tagged "hubspot", and that's the only tag.
• email_address is HubSpot's email, unchanged.

Rejected
• Tom first suggested sending the blanks as subscribed. Ines objected on GDPR grounds and the team went with pending instead.

Next steps
• Ines to check the wording of the double opt-in template.""",
      extended(HS,
               hs(email="rita.vaz@lisboa.pt", hs_email_optout="   "),
               hs(email="omar.said@nile.eg", hs_email_optout="false"),
               without(hs(email="dag.lund@bergen.no"), "hs_email_optout")))
def o16(r: R) -> Out:
    opt = r.get("hs_email_optout")
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot"]}


@case("h139-17-size-and-referral-tags", H, M, """Summary of huddle in #lifecycle

Participants: Keiko, Priya

Keiko wants two segments in Mailchimp built from HubSpot data, by way of tags.

Decisions
1. Tag "large-company" when numemployees is greater than 100. A blank numemployees doesn't get the tag.
2. Tag "referral" when the original source (hs_analytics_source) is exactly REFERRALS.
3. When both apply, "large-company" comes first, then "referral". When neither applies the member gets an empty tag list.
4. The only other field is email_address, copied from email.

Open question: should customers get a tag too? Resolved: no, not now.""",
      extended(HS,
               hs(email="gus.lind@aurora.fi", numemployees="150", hs_analytics_source="REFERRALS"),
               hs(email="mei.wu@jadeline.cn", numemployees="99", hs_analytics_source="PAID_SEARCH"),
               hs(email="ola.dahl@fjord.no", numemployees="  ", hs_analytics_source="REFERRALS"),
               hs(email="pat.vance@vanceco.com", numemployees="101", hs_analytics_source="", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("large-company")
    if r["hs_analytics_source"] == "REFERRALS":
        tags.append("referral")
    return {"email_address": r["email"], "tags": tags}


@case("h139-18-sms-first-name-phone", H, M, """Huddle summary
Participants: Ines, Dev · 3 min

Ines needs the SMS merge fields filled in for the spring campaign.

Discussed
- FNAME should hold just the first word of HubSpot's firstname ("Mary Jo" becomes "Mary") because the SMS template is short.
- The PHONE merge field takes the HubSpot phone; when phone is empty (blank or spaces) it falls back to mobilephone. Every contact in this audience has at least one of the two.
- Dev pointed out that the SMS tool needs E.164, so whichever number is used gets converted: "+" plus the digits, with country code +1 assumed unless the number already starts with "+" (then its own code stays); an 11-digit number starting with 1 already includes the 1, so it only gets the "+".
- email_address = HubSpot email as is.

Decisions
- Agreed as discussed. No status, no tags.

Next steps
- Dev to send a test SMS to the team.""",
      extended(HS,
               hs(email="mary.jo@prairie.com", firstname="Mary Jo", phone="   ", mobilephone="1 (718) 555-0123"),
               hs(email="anne.m@lacote.fr", firstname=" Anne  Marie", phone="+33 4 55 55 01 10", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h139-19-drop-optouts-customer-vip", H, M, """Summary of huddle in #mops

Priya and Tom talked about who goes into the Mailchimp newsletter audience.

Key points
• Contacts who have opted out in HubSpot (hs_email_optout is "true") are left out of the sync. Tom asked about contacts where the opt-out field is blank; resolved: they are included, only an explicit "true" excludes.
• Everyone who is sent gets status "subscribed".
• vip is true for HubSpot contacts whose lifecycle stage is customer and false for everyone else.
• email_address is copied from email.

Next steps
• Priya to double-check the audience's VIP segment after the run.""",
      extended(HS,
               hs(email="val.cruz@andes.pe", lifecyclestage="customer", hs_email_optout="false"),
               hs(email="ike.obi@enugu.ng", lifecyclestage="customer", hs_email_optout=""),
               hs(email="zara.khan@indigo.pk", lifecyclestage="lead", hs_email_optout="  ")))
def o19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h139-20-title-names-company-tag-revenue-vip", H, M, """Huddle summary · #email-team
Lotte, Ines, Tom

Key points
1. FNAME and LNAME are HubSpot's firstname and lastname in title case: first letter of each word upper case, the rest lower case.
2. This audience has no company field, so the company goes in as a single tag. If the HubSpot company is blank, the tag is the email's domain instead (the part after the @, unchanged).
3. vip: true when annualrevenue is above 3,000,000; false when it's 3,000,000 or less, and also false when revenue is blank.
4. email_address is copied from email.

Rejected
- Ines suggested the website as the fallback for the company tag. Tom noted that websites are often missing or full URLs; the team stayed with the email domain.

Next steps
- Lotte to rebuild the company segments from tags.""",
      extended(lower_emails(HS),
               hs(email="rob.finch@finchworks.co", firstname="ROB", lastname="finch", company="",
                  website="https://finchworks.co", annualrevenue="3000000.5"),
               hs(email="ivy.gale@galeforce.io", firstname="ivy ann", lastname="GALE", company="  ",
                  annualrevenue="2999999"),
               hs(email="max.holt@holtfarms.com", firstname="Max", lastname="Holt", company="Holt Farms",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 3_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h139-21-identify-lower-userid-full-name", H, S, """Summary of huddle in #data

Participants: Dev, Priya

Segment identify calls from HubSpot contacts.

Decisions
- userId is the HubSpot email in lower case.
- traits.email is the email exactly as HubSpot has it; no lower-casing there, because Priya wants to see the original.
- traits.firstName, traits.lastName and traits.company are straight copies of firstname, lastname and company; blanks stay blank.
- traits.name is firstname and lastname joined with a single space, e.g. "Priya Raman".

Next steps
- Dev to compare a sample of profiles in Segment after the first run.""",
      extended(HS,
               hs(email="Leo.Marsh@BrightOak.COM", firstname="Leo", lastname="Marsh", company=""),
               hs(email="ANIKA.ROY@DELTA.IN", firstname="Anika", lastname="Roy", company="Delta Retail")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "company": r["company"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h139-22-company-traits-self-employed", H, S, """Huddle summary
Tom, Keiko

Key points
• Segment identify; userId = HubSpot email, unchanged.
• The company details go under traits.company:
  - traits.company.name from company. Keiko noted that freelancers leave it empty, so an empty company becomes "Self-employed".
  - traits.company.industry from industry, but only when there is one; a blank industry is left out entirely.
  - traits.company.employee_count from numemployees, as an integer; a blank numemployees means no employee_count key.

Decisions
• Tom suggested sending the annual revenue as traits.company.plan as well. Rejected, since plan means something else in Segment for this team.

Next steps
• Keiko to update the tracking plan doc.""",
      extended(HS,
               hs(email="nia.cole@solo.studio", company="  ", industry="", numemployees="1"),
               hs(email="pete.lam@lamtech.hk", company="Lam Tech", industry="  ", numemployees="3400"),
               hs(email="ora.ben@cedar.il", company="", industry="Retail", numemployees="  ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Self-employed"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h139-23-address-traits-mobile-first-phone", H, S, """Summary of huddle in #mops: Segment address and phone

Ines and Marcus, 4 minutes.

Marcus wants the HubSpot address on the Segment profile. It was agreed that traits.address holds street (from address), city, postalCode (from zip) and country, copied as they are, empty strings included. The state is added to traits.address as state only when HubSpot has one; a blank state is omitted.

Phone took up most of the call. Ines suggested the mobile first, and the team agreed: traits.phone is the mobilephone, or the office phone if the mobile is empty, converted to E.164 ("+" and digits; +1 is assumed unless the number already starts with "+", which keeps its own code; an 11-digit number starting with 1 only gets a "+"). If neither number is filled in, traits.phone is omitted.

userId is HubSpot's email, not changed.

Next steps
- Marcus to confirm the address traits show up in the Segment debugger.""",
      extended(HS,
               hs(email="tom.bly@larkspur.com", phone="", mobilephone="  ", state="", address="", city="Denver", zip=""),
               hs(email="nell.fox@redfern.com", mobilephone="  ", phone="212 555 0144", address="88 Pearl St",
                  city="New York", state="NY", zip="10004"),
               hs(email="ari.sol@sunvale.com", mobilephone="1 (305) 555-0170", phone="(305) 555-0100", address="9 Bay Dr",
                  city="Miami", state="  ", zip="33101")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h139-24-clean-userid-optout-flag-revenue", H, S, """Huddle summary · #data
Participants: Priya, Dev, Tom

Key points
• userId: HubSpot emails have stray spaces and mixed case, so the email is trimmed and then lower-cased for userId (Dev).
• traits.title is a plain copy of jobtitle.
• traits.email_opt_out is a true/false boolean: true when hs_email_optout is "true", false when it is "false". Tom asked about blanks; resolved: a blank counts as false.
• traits.annual_revenue is annualrevenue as a number (whole numbers as integers, otherwise with the decimals). When revenue is blank the trait is not sent.

Rejected
• Priya proposed lower-casing traits.title too. Not adopted; the title stays as typed.

Next steps
• Dev to add the new traits to the schema.""",
      extended(HS,
               hs(email="  Nora.Quinn@Example.COM ", hs_email_optout="", annualrevenue="0.5", jobtitle=" "),
               hs(email="LEE.PARK@HAN.KR ", hs_email_optout="true", annualrevenue="  ", jobtitle="Buyer"),
               hs(email=" sol.mar@Playa.MX", hs_email_optout="   ", annualrevenue="75000", jobtitle="Owner")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "email_opt_out": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h139-25-ga4-crm-contact-event", H, G, """Summary of huddle in #analytics

Keiko and Tom, on sending HubSpot contacts to GA4 as Measurement Protocol events.

Decisions
- client_id is the fixed value "hubspot-crm" for every event (Keiko: these are server-side and not tied to a browser).
- The event name is always "crm_contact".
- Event params:
  • lifecycle_stage: HubSpot's lifecyclestage, copied unchanged
  • industry: the HubSpot industry in lower case; if industry is blank (empty or spaces), send "none"
  • created_on: the createdate reduced to its date, YYYY-MM-DD
- Nothing else goes into the payload.

Next steps
- Tom to build a GA4 exploration on crm_contact once data lands.""",
      extended(HS,
               hs(email="una.bay@bayside.ie", lifecyclestage="opportunity", industry="  ",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="kip.moss@mossgrove.com", lifecyclestage="other", industry="Real Estate",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": "hubspot-crm",
            "events": [{"name": "crm_contact",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "industry": "none" if blank(ind) else ind.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h139-26-ga4-team-accounts-over-20", H, G, """Huddle summary
Priya, Ines (#analytics)

Key points
- Only contacts with more than 20 employees (numemployees) are sent to GA4. A contact with no employee count is skipped (Ines).
- client_id: the part of the email before the @.
- Event name: "team_account", always.
- One event param, team_size: numemployees as a number.

Rejected
- Priya suggested adding the company name as a param. Dropped; the team doesn't want company names in GA4.

Next steps
- Ines to check that the event count matches the HubSpot filter.""",
      extended(lower_emails(HS),
               hs(email="dev.rao@kestrel.in", numemployees="25"),
               hs(email="ana.pol@wroclaw.pl", numemployees="19"),
               hs(email="sid.lee@hanok.kr", numemployees="  ")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_account", "params": {"team_size": num(r["numemployees"])}}]}


@case("h139-27-ga4-sql-or-update-event", H, G, """Summary of huddle in #analytics

Dev and Keiko. A short one.

- The event name depends on the lifecycle stage: contacts at salesqualifiedlead send "sql_reached"; every other stage, a blank one included, sends "contact_updated".
- client_id = the HubSpot email, copied.
- params.job_title = jobtitle; when jobtitle is blank it's "unspecified".
- params.country = country, a straight copy.

It was decided not to send anything else. Keiko wondered whether customers should get an event name of their own; resolved: not for now.""",
      extended(HS,
               hs(email="fay.lim@orchid.my", lifecyclestage="salesqualifiedlead", jobtitle=" ", country=""),
               hs(email="rob.dale@tinroof.com", lifecyclestage="", jobtitle="Buyer", country="Canada")))
def o27(r: R) -> Out:
    name = "sql_reached" if r["lifecyclestage"] == "salesqualifiedlead" else "contact_updated"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "unspecified"),
                                                 "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h139-28-lead-mirror-into-hubspot", L, H, """Huddle summary: Salesforce Lead → HubSpot contact (Tom, Priya)

Key points
• The Lead fields map one to one: Email → email, FirstName → firstname, LastName → lastname, Company → company, Title → jobtitle, Phone → phone, City → city, Country → country.
• No transforms of any kind.

Decisions
• Priya proposed leaving a property out when the Lead field is empty, so HubSpot keeps its old value. This was rejected: Tom wants HubSpot to mirror Salesforce, so an empty Lead field is written as an empty string.

Next steps
• Tom to switch the sync on after Monday's backup.""",
      extended(SFL,
               sfl(Email="mo.farah@nilewave.eg", FirstName="Mo", LastName="Farah", Company="Nile Wave", Title="",
                   Phone="", City="  ", Country="Egypt")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h139-29-status-to-stage-optout-text", L, H, """Summary of huddle in #revops

Participants: Ines, Marcus

Key points
- The Salesforce Lead Status decides the HubSpot lifecyclestage:
    Open - Not Contacted → lead
    Working - Contacted → marketingqualifiedlead
    Closed - Converted → customer
    Closed - Not Converted → other
  Marcus confirmed these four are the only statuses in use.
- hs_email_optout is written as the text "true" when the Lead has Email Opt Out (HasOptedOutOfEmail) ticked, and as the text "false" when it doesn't.
- email is the Lead's Email, unchanged.

Decisions
- That's the whole mapping for now.""",
      extended(SFL,
               sfl(Email="tara.quill@kestrel.ie", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="dev.shah@saffron.in", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": stage[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h139-30-rating-lead-status-revenue", L, H, """Huddle summary · Salesforce Lead → HubSpot
Keiko, Tom, Priya

Open questions (resolved)
• Which HubSpot lead status for each Rating? Resolved: Hot → IN_PROGRESS, Warm → OPEN, Cold → NEW, written to hs_lead_status. Every lead has one of those three ratings.
• Revenue? Resolved: AnnualRevenue goes to annualrevenue as a number (an integer when it's whole). If it's blank on the Lead, annualrevenue is left out.
• Email? Resolved: lower-cased into email. Tom mentioned that some leads were typed in capitals.

Next steps
• Priya to check HubSpot's lead status report after the run.""",
      extended(SFL,
               sfl(Email="Ines.Vidal@CostaBrava.ES", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="BO.LIN@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    status = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "NEW"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h139-31-uk-leads-london-default", L, H, """Summary of huddle in #uk-marketing

Sam and Priya, 3 minutes.

The London team will work UK leads out of HubSpot, so:
• Only Salesforce Leads with Country exactly "United Kingdom" are synced; everything else is skipped.
• phone is the Lead's Phone in E.164 for the UK: the leading 0 (trunk prefix) is dropped and +44 added; a number that already starts with "+" keeps its own country code.
• zip is the PostalCode in upper case.
• city is copied from City, but when City is empty it is set to "London" (Sam: nearly all of them are London anyway).
• email is copied from Email.

Rejected: Priya suggested including Ireland as well; Sam wants to keep this UK-only for now.""",
      extended(SFL,
               sfl(Email="isla.gray@thistle.co.uk", Country="United Kingdom", Phone="07700 900123",
                   PostalCode="eh1 1yz", City="Edinburgh"),
               sfl(Email="owen.lloyd@severn.co.uk", Country="United Kingdom", Phone="+44 29 2055 0199",
                   PostalCode="cf10 1ep", City="  "),
               sfl(Email="aoife.byrne@liffey.ie", Country="Ireland", Phone="+353 1 555 0100", PostalCode="d02 x285",
                   City="Dublin")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "city": dflt(r["City"], "London")}


@case("h139-32-skip-converted-source-message", L, H, """Huddle summary
Participants: Tom, Ines

Key points
• Converted leads (Status "Closed - Converted") are excluded from the Lead → HubSpot sync; they already exist as contacts.
• email: the Lead's Email, as is.
• jobtitle: the Lead's Title; a blank title becomes "Not provided".
• message: a short note for the HubSpot timeline, "Salesforce lead, source " followed by the LeadSource, e.g. "Salesforce lead, source Trade Show". Ines asked what happens when LeadSource is empty; resolved: then the message is just "Salesforce lead", with no trailing comma and no "source".

Next steps
• Tom to check that the message property is visible on the contact record.""",
      extended(SFL,
               sfl(Email="jae.han@busanlabs.kr", Title="", LeadSource="  ", Status="Working - Contacted"),
               sfl(Email="meg.hart@cedarlake.com", Title="Buyer", LeadSource="Web", Status="Open - Not Contacted"),
               sfl(Email="ian.frost@brambles.co.uk", Title="  ", LeadSource="Partner Referral",
                   Status="Closed - Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    src = r["LeadSource"]
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not provided"),
            "message": "Salesforce lead" if blank(src) else f"Salesforce lead, source {src}"}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h139-33-optout-status-engineering-tag", C, M, """Summary of huddle in #email-team

Lotte and Marcus on the Salesforce Contact → Mailchimp feed.

Decisions
- email_address is the Contact's Email in lower case.
- status comes from Email Opt Out (HasOptedOutOfEmail): ticked → "unsubscribed", not ticked → "subscribed".
- Tags: every member gets "salesforce". Contacts whose Department is exactly "Engineering" get a second tag, "engineering", after it.
- Nothing else is sent.

Rejected
- Marcus suggested a "sales" tag for the Sales department too. Lotte said the sales list is handled elsewhere, so no.""",
      extended(SFC,
               sfc(Email="Marta.Nowak@Wisla.PL", HasOptedOutOfEmail=True, Department="Engineering"),
               sfc(Email="OLI.GRANT@THISTLE.CO.UK", HasOptedOutOfEmail=False, Department="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["engineering"] if r["Department"] == "Engineering" else [])}


@case("h139-34-sms-pilot-phone-language", C, M, """Huddle summary · #sms-pilot
Participants: Ines, Dev

Key points
• Contacts without a phone number are excluded: if the Salesforce Phone is empty or only spaces, the contact is not sent.
• The PHONE merge field holds the Phone converted to E.164: "+" and the digits, US +1 assumed, numbers that already start with "+" keep their own code, and 11-digit numbers starting with 1 just get a "+".
• language comes from MailingCountry:
    United States → en
    Germany → de
    Austria → de
    France → fr
  Dev confirmed that every contact has one of these four countries.
• email_address = Email, unchanged.

Next steps
• Ines to ask the SMS vendor about Austrian numbers.""",
      extended(SFC,
               sfc(Email="kurt.vogel@elbewerk.de", Phone="", MailingCountry="Germany"),
               sfc(Email="amy.fox@redbud.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="jean.roux@lyon.fr", Phone="+33 4 55 55 01 10", MailingCountry="France"),
               sfc(Email="jay.reed@sixth.com", Phone="1-512-555-0134", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"United States": "en", "Germany": "de", "Austria": "de", "France": "fr"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h139-35-partner-newsletter-vip", C, M, """Summary of huddle in #mops

Priya and Tom set up the partner newsletter feed from Salesforce Contacts.

- FNAME: the FirstName; if it's empty (blank or spaces), use "Friend" so the greeting still reads well.
- LNAME: LastName, copied exactly, empty included.
- vip: true for contacts whose LeadSource is "Partner Referral"; every other source gives false, and so does a blank LeadSource (Tom checked).
- language: "en" for everyone.
- email_address: the Email, copied.

It was decided not to set status in this feed.""",
      extended(SFC,
               sfc(Email="noor.ali@dunecraft.ae", FirstName="", LastName="Ali", LeadSource="Partner Referral"),
               sfc(Email="pia.lund@aurora.fi", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral", "language": "en"}


@case("h139-36-web-signups-cleared-tags", C, M, """Huddle summary: web sign-ups audience
Lotte, Keiko

Key points
• Only Salesforce Contacts whose LeadSource is "Web" are sent.
• email_address, FNAME and LNAME are copied from Email, FirstName and LastName.
• status is always "subscribed" and email_type is always "html".
• tags is sent as an empty list; Lotte wants any existing tags cleared on these members.

Rejected
• Keiko proposed tagging them "web". Lotte declined, so the list stays empty.

Next steps
• Keiko to re-check the audience size after the first run.""",
      extended(SFC,
               sfc(Email="urs.keller@zugbau.ch", FirstName="Urs", LastName="Keller", LeadSource="Web"),
               sfc(Email="gio.conti@lagodoro.it", FirstName="Gio", LastName="Conti", LeadSource="Trade Show"),
               sfc(Email="kim.berger@nowhere.de", FirstName="Kim", LastName="", LeadSource="Web"),
               sfc(Email="rae.moss@mossline.com", FirstName="Rae", LastName="Moss", LeadSource="  ")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Web":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h139-37-identify-phone-birthday-when-set", C, S, """Summary of huddle in #data

Dev and Ines, on Segment identify calls from Salesforce Contacts.

Decisions
1. userId: the Contact's Email, lower-cased.
2. traits.firstName and traits.lastName: FirstName and LastName copied as they are.
3. traits.phone: the Phone as is, but only when there is one. An empty Phone means no phone trait.
4. traits.birthday: the Birthdate as is, same rule: left off when empty.

Open question: should Title go too? Resolved: no.""",
      extended(SFC,
               sfc(Email="Ray.Bianchi@Portofino.IT", FirstName="Ray", LastName="Bianchi", Phone="  ",
                   Birthdate="1979-08-14"),
               sfc(Email="sue.grant@tallpine.com", FirstName="Sue", LastName="", Phone="+1 503 555 0100",
                   Birthdate="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "phone": omit_if_blank(r["Phone"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h139-38-address-city-default-country-trim", C, S, """Huddle summary · Segment address traits from Salesforce
Tom, Keiko

Key points
- userId is the Contact's Email exactly as it is in Salesforce.
- traits.address.city = MailingCity. Keiko noted that some contacts have no mailing city; it was agreed that an empty city becomes "Unknown". Otherwise it's copied as it is.
- traits.address.country = MailingCountry with leading and trailing spaces trimmed (an old import left spaces around the country names).

Rejected
- Tom suggested trimming the city too; Keiko preferred to leave the city alone apart from the default.

Next steps
- Tom to add the address to the Segment tracking plan.""",
      extended(SFC,
               sfc(Email="eva.gruber@murtal.at", MailingCity="", MailingCountry=" Austria "),
               sfc(Email="max.roth@donau.at", MailingCity=" Linz ", MailingCountry="Austria  "),
               sfc(Email="ana.lopez@cadiz.es", MailingCity="   ", MailingCountry="Spain")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h139-39-phone-full-name-team-table", C, S, """Summary of huddle in #data

Participants: Priya, Marcus, Ines

Key points
• traits.phone: the Contact's Phone in E.164 (US +1 assumed; a number starting with "+" keeps its own code; an 11-digit number starting with 1 already has the 1, so only "+" is added). Every contact synced has a phone.
• traits.name: FirstName, a space, then LastName.
• traits.team from Department, using Marcus's table:
    Engineering → product
    Sales → revenue
    Marketing → revenue
    any other department, or none at all → other
• userId: Email, unchanged.

Next steps
• Priya to share the team breakdown in #data next week.""",
      extended(SFC,
               sfc(Email="dee.marsh@bluehollow.com", FirstName="Dee", LastName="Marsh", Phone="512 555 0177",
                   Department="Marketing"),
               sfc(Email="al.brandt@hafen.de", FirstName="Al", LastName="Brandt", Phone="+1 (737) 555-0100",
                   Department="Finance"),
               sfc(Email="joy.kim@seaside.com", FirstName="Joy", LastName="Kim", Phone="1 415 555 0166",
                   Department="  ")))
def o39(r: R) -> Out:
    team = {"Engineering": "product", "Sales": "revenue", "Marketing": "revenue"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "team": team.get(r["Department"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h139-40-members-into-hubspot-optout-text", M, H, """Huddle summary: Mailchimp → HubSpot
Participants: Ines, Tom

Key points
• firstname is the FNAME merge field in title case (each word capitalised, the rest lower case).
• lastname is LNAME in title case as well, but only when LNAME has a value; an empty LNAME means lastname isn't sent at all, so HubSpot's value isn't wiped.
• company comes from the COMPANY merge field; when that's empty it's "Individual".
• hs_email_optout is written as the text "true" for members whose status is unsubscribed, and as the text "false" for every other status.
• email is the email_address, unchanged.

Rejected
• Tom suggested treating cleaned members as opted out as well. Ines disagreed (cleaned is a bounce, not an opt-out), so cleaned members get "false".

Next steps
• Tom to run it against the test portal first.""",
      extended(MC,
               mc({"FNAME": "KARIN MAJA", "LNAME": "  ", "COMPANY": "  "}, email_address="karin.sund@umea.se",
                  status="pending"),
               mc({"FNAME": "jon", "LNAME": "PARK", "COMPANY": "Park Bros"}, email_address="jon.park@parkbros.com",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h139-41-skip-unsubscribed-vip-customers", M, H, """Summary of huddle in #mops

Priya and Dev on bringing Mailchimp members into HubSpot.

Decisions
- Unsubscribed members (status "unsubscribed") are not synced.
- firstname and lastname are FNAME and LNAME, copied as they are.
- phone: the PHONE merge field converted to E.164 (+1 unless it already starts with "+", in which case the existing country code is kept; 11 digits with a leading 1 just get the "+"). Members without a PHONE value get no phone property.
- lifecyclestage: "customer" for members flagged VIP in Mailchimp, "lead" for the rest.
- email from email_address.

Next steps
- Dev to confirm the VIP flag is up to date in Mailchimp.""",
      extended(MC,
               mc({"FNAME": "Hana", "LNAME": "Kim", "PHONE": "  "}, email_address="hana.kim@jeju.kr",
                  status="subscribed", vip=True),
               mc({"FNAME": "Leo", "LNAME": "Marx", "PHONE": "(512) 555-0101"}, email_address="leo.marx@oldbank.com",
                  status="unsubscribed", vip=True),
               mc({"FNAME": "ray", "LNAME": "cole", "PHONE": "1 512 555 0148"}, email_address="ray.cole@coleandco.com",
                  status="pending", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h139-42-webinar-tag-mql", M, H, """Huddle summary
Keiko, Tom, Ines · 5 min

What was discussed
Keiko walked through the Mailchimp → HubSpot mapping for webinar follow-up.
• firstname: only the first word of FNAME ("Rosa Maria" → "Rosa").
• company: the COMPANY merge field; when that's empty (blank or spaces), the domain of the email address, i.e. the part after the @, as it is.
• lifecyclestage: "marketingqualifiedlead" when the member has the tag "Webinar" (exact spelling, capital W); otherwise "subscriber".
• email: email_address, unchanged.

Rejected
• Tom wondered whether the "Customer" tag should set lifecyclestage to customer. Ines said HubSpot owns that stage, so the idea was dropped.

Next steps
• Keiko to make sure the webinar tool applies the Webinar tag consistently.""",
      extended(MC,
               mc({"FNAME": "Rosa Maria", "COMPANY": "  "}, email_address="rosa.maria@marlimpo.pt",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ben", "COMPANY": "Kaizen Tools"}, email_address="ben.ito@kaizen.jp", tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set139")
