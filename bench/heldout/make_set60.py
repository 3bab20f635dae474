"""Held-out set 60 for the offline mapping drafter.

Persona: a Salesforce/HubSpot admin at a US insurance broker (commercial and personal lines). Every
sync is filed as a change request with the sections "Summary:", "Current behaviour:" (what the old
sync did wrong - history only, it carries no rule), "Desired behaviour:" (the rules, as sentences,
bullets or numbered items) and sometimes "Notes:" or "Out of scope:" (things NOT to do). Some desired
rules point back at today's behaviour ("keep the email mapping as it is today", "instead of the
blank Title we get now, use 'Unknown'"); the current-behaviour text then says exactly what today's
mapping of that field is. Talks about producers, policyholders, renewals, bound clients.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h60-01 .. h60-08)
  hubspot.contacts -> salesforce.Contact   6  (h60-09 .. h60-14)
  hubspot.contacts -> mailchimp.members    6  (h60-15 .. h60-20)
  hubspot.contacts -> segment.identify     4  (h60-21 .. h60-24)
  hubspot.contacts -> ga4.events           3  (h60-25 .. h60-27)
  salesforce.Lead  -> hubspot.contacts     5  (h60-28 .. h60-32)
  salesforce.Contact -> mailchimp.members  4  (h60-33 .. h60-36)
  salesforce.Contact -> segment.identify   3  (h60-37 .. h60-39)
  mailchimp.members -> hubspot.contacts    3  (h60-40 .. h60-42)

Rule kinds per case:
  01 copies (blank copied), constant          22 nested company traits, default, omit x2, integer
  02 defaults (refer-back "as today"), copies  23 nested address (omit state), E.164 US w/ fallback
  03 title case, fallback chain + omit         24 lower userId, trim+default, date, omit-when-empty
  04 lower, table w/ otherwise (blank stated)  25 GA4: constant client_id, lower, lower+default, copy
  05 exclude filter (blank stated), constants  26 GA4: > filter (blank stated), number, before @
  06 > condition (blank stated), integer+omit  27 GA4: client_id copy, conditional name, default
  07 E.164 US + omit, title case               28 copies with empty values (refer-back "as today")
  08 only filter, upper, concat + date         29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* (Out of scope Other*) 30 lower, table (no otherwise), number + omit
  10 boolean flags (equality, is-empty)        31 only filter, E.164 UK, upper, default
  11 3-step fallback chain ending in before @  32 exclude filter, default, concat (blank part stated)
  12 table (no otherwise) + omit, upper        33 lower, boolean->status, constant, conditional tag
  13 only filter, lower, fallback, constant    34 exclude filter, E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise      35 default, copy, equality -> vip, constant
  15 copy, default, constants (nested FNAME)   36 only filter, constants, empty tag list, copies
  16 3-way status (blank stated), constant tag 37 lower userId, copies, omit-when-empty x2
  17 conditional tags (> and equality), []     38 nested address, trim, default
  18 first word, E.164 chain + omit            39 E.164 US, concatenation, table w/ otherwise
  19 exclude filter, constant, vip condition   40 title case, omit-when-empty, default, "true"/"false"
  20 title case, tag = part after @, condition 41 exclude filter, E.164 US + omit, vip condition
  21 lower userId, copies, concat "Last, First" 42 first word, fallback to part after @, tag condition
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

from authoring import C, Case, G, H, L, M, S, build, collector, dflt, extended, lower_emails, rev
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = dict[str, Any] | None


def cr(s: str) -> str:
    """A change request as typed: the source file's indentation and hard wraps removed. A line that starts a
    bullet ("-", "*", "1.") or a table row (indented 4+) starts a new line; any other line continues the one
    above it (a wrapped sentence)."""
    out: list[str] = []
    for line in textwrap.dedent(s).strip("\n").split("\n"):
        body = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        starts = not body or body[0] in "-*" or re.match(r"\d+\.\s", body) or indent >= 4
        if out and out[-1].strip() and not starts:
            out[-1] = out[-1].rstrip() + " " + body
        else:
            out.append(line.rstrip())
    return "\n".join(out)


def hs(**kw: Any) -> R:
    """A full HubSpot contact record based on the pool's first one."""
    return {**HS[0], **kw}


def sfl(**kw: Any) -> R:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> R:
    return {**SFC[0], **kw}


def mc(merge: dict[str, Any] | None = None, **kw: Any) -> R:
    base = {**MC[0], **kw}
    base["merge_fields"] = {**MC[0]["merge_fields"], **(merge or {})}
    return base


def om(v: Any) -> Any:
    """The value, or OMIT when it is blank."""
    return OMIT if blank(v) else v


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h60-01-quote-form-leads", H, L, cr("""
    Summary: CR-2207 - HubSpot quote-form contacts should create Salesforce Leads for the commercial lines team.

    Current behaviour: The sync creates the Lead with nothing but the email, and stamps Lead Source with "HubSpot",
    which isn't one of our picklist values, so every new lead shows a picklist warning and the producers can't
    filter on it.

    Desired behaviour:
    - Match on email: the HubSpot email goes into the Lead's Email field unchanged.
    - First name, last name and company go straight across to FirstName, LastName and Company.
    - Lead Source = 'Web' on every lead.

    Notes: A few personal-lines prospects have no company in HubSpot. For now send whatever is there, even if it's
    blank - a follow-up CR will handle those.
    """), HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": "Web"}


@case("h60-02-title-company-defaults", H, L, cr("""
    Summary: Stop creating leads with a blank Title / Company.

    Current behaviour: Email, last name, company, job title and city are all copied over exactly as they are in
    HubSpot (email -> Email, last name -> LastName, company -> Company, job title -> Title, city -> City). When a
    contact has no job title or no company, the lead is saved with those fields empty and the assignment rules drop
    it into the catch-all queue.

    Desired behaviour:
    - Keep the email, last name and city mappings exactly as they are today. Email stays the match key.
    - Title still comes from the job title, but instead of the blank Title we get now, use 'Unknown' when the job
      title is empty.
    - Company still comes from company; when there isn't one, put 'Individual'.

    Notes: A value that's only spaces counts as empty.
    """), extended(HS[:4], hs(email="owen.pratt@prattcabinets.com", firstname="Owen", lastname="Pratt", company="  ",
                                jobtitle="   ", city="Denver")))
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "City": r["city"],
            "Title": dflt(r["jobtitle"], "Unknown"), "Company": dflt(r["company"], "Individual")}


@case("h60-03-phone-fallback-name-case", H, L, cr("""
    Summary: One reachable phone number per lead, and tidy names.

    Current behaviour: Names arrive however the prospect typed them (all caps, all lower case), and Phone only ever
    gets the office number, so anyone who only gave us a cell number looks unreachable in Salesforce.

    Desired behaviour:
    1. HubSpot email -> Lead Email, no changes. That's the match key.
    2. FirstName and LastName in title case - first letter of each word upper case, the rest lower case.
    3. Phone = the office phone. If there's no office phone, use the mobile number instead. If they have neither,
       don't send Phone at all (leave it off the lead).

    Out of scope: Phone formatting. Send the numbers exactly as they were typed; E.164 is its own ticket.
    """), extended(HS[:4], hs(email="marcus.reed@granitepeak.com", firstname="MARCUS", lastname="reed", phone="  ",
                                mobilephone="")))
def _(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": phone})


@case("h60-04-rating-by-stage", H, L, cr("""
    Summary: Lead Rating should reflect where the contact is in the funnel.

    Current behaviour: Every lead lands with Rating = Hot, so the producers have stopped trusting the field. Emails
    also come through in whatever casing the prospect used, which trips our duplicate rule.

    Desired behaviour:
    - Email (the match key): send it lower-cased.
    - Company: straight copy.
    - Rating, based on the HubSpot lifecycle stage:
        salesqualifiedlead -> Hot
        marketingqualifiedlead or opportunity -> Warm
        any other stage, or no stage at all -> Cold
    """), extended(HS[:4], hs(email="Nadia.Flores@CoastalDental.com", company="Coastal Dental Group",
                                lifecyclestage="opportunity"),
                   hs(email="Terrence.Hall@HallTrucking.com", company="Hall Trucking", lifecyclestage="")))
def _(r: R) -> Out:
    st = r["lifecyclestage"]
    rating = "Hot" if st == "salesqualifiedlead" else ("Warm" if st in ("marketingqualifiedlead", "opportunity") else "Cold")
    return {"Email": r["email"].lower(), "Company": r["company"], "Rating": rating}


@case("h60-05-skip-optouts", H, L, cr("""
    Summary: Don't create leads for people who unsubscribed in HubSpot.

    Current behaviour: Everybody syncs, including contacts who clicked unsubscribe, and the Email Opt Out box on the
    lead is never touched.

    Desired behaviour:
    - Skip any contact whose hs_email_optout is "true". A blank value there means they never opted out, so those
      contacts still sync.
    - For everyone we do send: email -> Email (match key), last name -> LastName, company -> Company.
    - Email Opt Out (HasOptedOutOfEmail) = false on every lead we send.
    - Lead Status is always 'Open - Not Contacted'.
    """), HS)
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "HasOptedOutOfEmail": False,
            "Status": "Open - Not Contacted"}


@case("h60-06-hot-by-revenue", H, L, cr("""
    Summary: Flag large commercial accounts as Hot and carry the employee count across.

    Current behaviour: Rating is left empty, and NumberOfEmployees gets HubSpot's text value, which Salesforce
    rejects with "invalid integer" - the whole lead then fails to save.

    Desired behaviour:
    - Match on email (copy it as is into Email).
    - Rating: 'Hot' when annual revenue is more than 5,000,000; 'Cold' for everything else. No revenue on file
      means 'Cold'.
    - NumberOfEmployees: HubSpot's number of employees as a whole number. If the contact has no employee count,
      leave NumberOfEmployees off.
    """), extended(HS, hs(email="yusuf.demir@demirmarine.com", annualrevenue="7500000", numemployees="95")))
def _(r: R) -> Out:
    v = rev(r)
    return keep({"Email": r["email"], "Rating": "Hot" if v is not None and v > 5_000_000 else "Cold",
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))})


@case("h60-07-mobile-e164-city", H, L, cr("""
    Summary: Cell numbers for the SMS renewal-reminder pilot.

    Current behaviour: MobilePhone isn't mapped at all, and City comes across in whatever case it was typed
    ("monterrey", "NEW YORK").

    Desired behaviour:
    - Email -> Email, unchanged (it's what we match on).
    - MobilePhone from the HubSpot mobile number, in E.164. Assume it's a US number unless it already starts with
      a + and a country code.
    - No mobile number in HubSpot? Then leave MobilePhone off the lead entirely.
    - City in title case.
    """), [HS[0], HS[1], HS[2], HS[4],
           hs(email="jamal.wright@hudsonfreight.com", city="NEW YORK", mobilephone="1 917 555 0134")])
def _(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "City": title(r["city"])})


@case("h60-08-us-only-state-description", H, L, cr("""
    Summary: US prospects only, plus a creation note for the producers.

    Current behaviour: International contacts sync too (we can't write those policies), State is a mix of "ca",
    "Ca" and "CA", and Description is always empty.

    Desired behaviour:
    - Only sync contacts whose country is 'United States'. Everyone else stays in HubSpot.
    - Email -> Email as is (match key).
    - State = the HubSpot state converted to upper case.
    - Description = the words 'Created in HubSpot on ' followed by the contact's create date as YYYY-MM-DD,
      e.g. 'Created in HubSpot on 2024-02-01'.
    """), [HS[0], HS[1], HS[3], HS[2],
           hs(email="rachel.kim@evergreenvet.com", country="United States", state="wa",
              createdate="2024-04-18T13:20:00.000Z"),
           hs(email="luis.ortega@ortegaroofing.com", country="United States", state="Tx",
              createdate="2022-09-30T16:45:00.000Z")])
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": "Created in HubSpot on " + day(r["createdate"])}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h60-09-mailing-address", H, C, cr("""
    Summary: The address lands in the wrong block on the Contact.

    Current behaviour: Street, city, state, zip and country are written to the Other Address fields (OtherStreet,
    OtherCity, OtherState, OtherPostalCode, OtherCountry), so the mailing-label report we use for policy documents
    comes out empty.

    Desired behaviour:
    - Match on email, copied as is into Email.
    - Write the address to the Mailing fields instead: address -> MailingStreet, city -> MailingCity,
      state -> MailingState, zip -> MailingPostalCode, country -> MailingCountry. Straight copies, blanks included.

    Out of scope: The Other Address fields - stop writing them, and don't try to clear them either.
    """), HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h60-10-optout-donotcall", H, C, cr("""
    Summary: Respect unsubscribes and missing phone numbers on Contacts.

    Current behaviour: Email Opt Out and Do Not Call are never set, so the service team has been emailing
    policyholders who unsubscribed.

    Desired behaviour:
    - Email -> Email (that's the match key) and last name -> LastName, both straight copies.
    - HasOptedOutOfEmail = true when HubSpot's hs_email_optout is "true". When it's "false" or empty, set it to
      false.
    - DoNotCall = true when the contact has no office phone in HubSpot (empty or just spaces); otherwise false.
    """), extended(HS, hs(email="gwen.harper@harperyoga.com", lastname="Harper", phone="   ", hs_email_optout="")))
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h60-11-lastname-chain", H, C, cr("""
    Summary: Contacts failing on a missing Last Name.

    Current behaviour: When HubSpot has no last name, the sync sends an empty LastName and Salesforce rejects the
    record ("Required fields are missing: [LastName]").

    Desired behaviour:
    - Email is the match key; send it unchanged.
    - LastName: use the HubSpot last name. If that's empty, use the first name. If both are empty, use the part of
      the email address before the @.
    - FirstName and Title: straight copies of first name and job title.
    """), extended(lower_emails([HS[0], HS[1], HS[3]]),
                   hs(email="sam@brightwaterpools.com", firstname="Sam", lastname="", jobtitle="Owner"),
                   hs(email="info.desk@lakeviewdental.com", firstname="", lastname="  ", jobtitle="Office Manager")))
def _(r: R) -> Out:
    last = r["lastname"] if not blank(r["lastname"]) else (
        r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]))
    return {"Email": r["email"], "LastName": last, "FirstName": r["firstname"], "Title": r["jobtitle"]}


@case("h60-12-source-table-state-upper", H, C, cr("""
    Summary: Contact Lead Source from HubSpot's Original Source.

    Current behaviour: Lead Source is copied raw (e.g. "PAID_SEARCH"), which isn't on our picklist, and MailingState
    has mixed casing.

    Desired behaviour:
    - Email -> Email, as is (match key).
    - LeadSource from Original Source:
        ORGANIC_SEARCH -> Web
        PAID_SEARCH -> Advertisement
        PAID_SOCIAL -> Advertisement
        REFERRALS -> External Referral
    - If Original Source is empty, don't set LeadSource at all.
    - MailingState = the HubSpot state in upper case.
    """), extended(HS, hs(email="keisha.grant@grantcatering.com", hs_analytics_source="ORGANIC_SEARCH", state="nj")))
def _(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    src = r["hs_analytics_source"]
    return keep({"Email": r["email"], "LeadSource": OMIT if blank(src) else table[src],
                 "MailingState": r["state"].upper()})


@case("h60-13-customers-only", H, C, cr("""
    Summary: Only bound clients should become Salesforce Contacts.

    Current behaviour: Every HubSpot contact gets pushed as a Contact, prospects included, and the email goes over
    in mixed case.

    Desired behaviour:
    - Only contacts whose lifecycle stage is 'customer'. Everything else is skipped.
    - Email in lower case - this is what we match on.
    - Phone: their mobile number; when there's no mobile, use the office phone instead.
    - Department is 'Personal Lines' for everyone.
    """), [HS[0], HS[2], HS[3],
           hs(email="Rosa.Delgado@BaysideBakery.com", lifecyclestage="customer", mobilephone="", phone="(305) 555-0111"),
           hs(email="Ahmed.Nasser@DesertBloom.com", lifecyclestage="customer", mobilephone="480-555-0162",
              phone="480-555-0100"),
           HS[4]])
def _(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Phone": dflt(r["mobilephone"], r["phone"]), "Department": "Personal Lines"}


@case("h60-14-trim-title-industry-dept", H, C, cr("""
    Summary: Clean up Contact names/emails and bucket the industry into Department.

    Current behaviour: Emails arrive with stray spaces from the intake form, so the match fails and we get
    duplicates; names are in whatever case was typed; Department is blank.

    Desired behaviour:
    - Email: trim leading/trailing spaces (it's the match key). No other change to it.
    - FirstName and LastName: title case.
    - Department from the HubSpot industry:
        Software -> Technology
        Logistics -> Transportation
        Food -> Hospitality
        anything else, or no industry -> General
    """), [HS[0], HS[1], HS[2], HS[3],
           hs(email="  Ben.Ortiz@OrtizRoofing.com ", firstname="BEN", lastname="ortiz", industry="Construction"),
           HS[4]])
def _(r: R) -> Out:
    table = {"Software": "Technology", "Logistics": "Transportation", "Food": "Hospitality"}
    return {"Email": r["email"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Department": table.get(r["industry"], "General")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h60-15-mc-renewal-newsletter", H, M, cr("""
    Summary: New Mailchimp audience for the renewal-reminder newsletter.

    Current behaviour: There's no sync. Someone exports a CSV from HubSpot every month and imports it by hand, and
    half the greetings come out as "Hi ,".

    Desired behaviour:
    - email -> email_address, unchanged (match key).
    - FNAME from the first name; if the first name is blank, use 'Friend' so the greeting reads "Hi Friend".
    - LNAME from the last name, straight copy.
    - status 'subscribed' and language 'en' for everyone.
    """), [HS[0], HS[1], HS[2],
           hs(email="kavya.patel@patelpharmacy.com", firstname="", lastname="Patel"),
           hs(email="dana.cho@cholaw.com", firstname="  ", lastname="")])
def _(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r["firstname"], "Friend"), "LNAME": r["lastname"]},
            "status": "subscribed", "language": "en"}


@case("h60-16-mc-three-way-status", H, M, cr("""
    Summary: Mailchimp status has to follow HubSpot's unsubscribe flag.

    Current behaviour: Everybody is pushed as 'subscribed', so unsubscribed policyholders keep getting the renewal
    newsletter. Compliance has flagged it.

    Desired behaviour:
    - Match on email -> email_address (as is).
    - status depends on hs_email_optout:
      * "true" -> unsubscribed
      * "false" -> subscribed
      * blank -> pending (Mailchimp will send them a confirmation email)
    - Tag every member with 'Renewals 2025'.
    """), HS)
def _(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Renewals 2025"]}


@case("h60-17-mc-conditional-tags", H, M, cr("""
    Summary: Tag the newsletter audience by commercial vs. personal and by client status.

    Current behaviour: No tags are sent, so marketing builds segments by hand before every send.

    Desired behaviour:
    - email_address from email (the match key, no change); status 'subscribed' for all.
    - Tags, in this order:
      - 'Commercial' if the number of employees is more than 20 (a blank employee count doesn't get this tag)
      - 'Client' if the lifecycle stage is customer
    - Someone who qualifies for neither gets an empty tag list.
    """), [HS[0], HS[1], HS[2], HS[3],
           hs(email="omar.haddad@haddadbuilders.com", numemployees="65", lifecyclestage="customer"),
           HS[4]])
def _(r: R) -> Out:
    tags = []
    if not blank(r["numemployees"]) and num(r["numemployees"]) > 20:
        tags.append("Commercial")
    if r["lifecyclestage"] == "customer":
        tags.append("Client")
    return {"email_address": r["email"], "status": "subscribed", "tags": tags}


@case("h60-18-mc-firstword-sms", H, M, cr("""
    Summary: Fix greetings and SMS numbers in Mailchimp.

    Current behaviour: FNAME gets the whole first-name field, so emails go out as "Hi Mary Ellen", and PHONE is the
    raw office number with dashes and brackets.

    Desired behaviour:
    - email -> email_address, unchanged (match key).
    - FNAME = just the first word of the first name.
    - PHONE = the mobile number in E.164 format. No mobile? Use the office phone, also in E.164. Neither one? Leave
      PHONE out.
    - For E.164, a number that doesn't start with + and a country code is a US number.
    """), [HS[0], HS[1], HS[2], HS[3],
           hs(email="maryellen.obrien@obrienflorals.com", firstname="Mary Ellen", phone="", mobilephone="")])
def _(r: R) -> Out:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else (r["phone"] if not blank(r["phone"]) else None)
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if src is None else e164(src)}})


@case("h60-19-mc-client-events-vip", H, M, cr("""
    Summary: Client-events audience: engaged contacts only, bound clients as VIP.

    Current behaviour: Newsletter-only subscribers get invited to client events as well, nobody is marked VIP, and
    the sync also writes first/last name into the merge fields.

    Desired behaviour:
    - Skip contacts whose lifecycle stage is 'subscriber'.
    - email -> email_address (match key), as is.
    - status is always 'subscribed'.
    - vip = true when the lifecycle stage is 'customer', false for every other stage.

    Out of scope: Names. Don't send FNAME/LNAME on this audience; the event team fills those from registrations.
    """), extended(HS, hs(email="helen.park@parkdental.com", lifecyclestage="customer")))
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h60-20-mc-domain-tag-optout", H, M, cr("""
    Summary: Title-case names, tag by email domain, and honour unsubscribes.

    Current behaviour: FNAME/LNAME come in all caps or all lower case, and contacts who unsubscribed in HubSpot are
    still being added as subscribed.

    Desired behaviour:
    - email -> email_address (match key), copied as is.
    - FNAME and LNAME from first and last name, in title case.
    - Exactly one tag per member: the domain of their email address (everything after the @).
    - status 'unsubscribed' if hs_email_optout equals "true"; otherwise 'subscribed'. A blank opt-out flag counts
      as subscribed.
    """), extended(lower_emails(HS), hs(email="grant.miller@millerhvac.com", firstname="GRANT", lastname="miller",
                                        hs_email_optout="false")))
def _(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"])],
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h60-21-seg-last-first-name", H, S, cr("""
    Summary: Segment identify calls for the agent portal.

    Current behaviour: userId is the email in whatever case HubSpot has it, so the same person shows up as two users
    in Segment.

    Desired behaviour:
    - userId = the email, lower-cased.
    - traits.email = the email exactly as HubSpot has it.
    - traits.name = last name, a comma and a space, then the first name (e.g. "Raman, Priya") - that's how our
      agents search.
    - traits.phone = the office phone, as is.

    Notes: If the office phone is blank, just send it blank.
    """), HS)
def _(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "name": r["lastname"] + ", " + r["firstname"], "phone": r["phone"]}}


@case("h60-22-seg-company-traits", H, S, cr("""
    Summary: Company traits for the commercial lines dashboard.

    Current behaviour: Company info is sent flat (traits.company is just the company name as a string) and the
    employee count is text, so the Segment -> warehouse load fails every night.

    Desired behaviour:
    - userId = email, as is.
    - Under traits.company:
      - name: the company; when there's no company, 'Individual'.
      - industry: the industry; leave it out when HubSpot has none.
      - employee_count: number of employees as an integer; leave it out when blank.
    """), HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Individual"), "industry": om(r["industry"]),
        "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h60-23-seg-address-phone", H, S, cr("""
    Summary: Address and phone traits for the claims-assist pilot.

    Current behaviour: No address traits are sent, and phone numbers show up in every format imaginable.

    Desired behaviour:
    - userId: the HubSpot email, unchanged.
    - traits.address: city -> city, zip -> postalCode, country -> country (straight copies). state -> state only
      when the contact has one; if the state is blank, leave it out of the address.
    - traits.phone: the office phone in E.164, treating numbers without a leading + as US numbers. Fall back to
      the mobile number (also E.164) when there's no office phone.
    """), HS)
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"], "state": om(r["state"])},
        "phone": e164(ph)}})


@case("h60-24-seg-onboarding-traits", H, S, cr("""
    Summary: Identify traits for the new-client onboarding journey.

    Current behaviour: The title trait carries stray spaces from our web form ("  Office Manager "), blanks come
    through as empty strings, and there's no created date at all.

    Desired behaviour:
    - userId = the email in lower case.
    - traits.title = the job title with leading/trailing spaces trimmed; if there's no job title, 'Not provided'.
    - traits.createdAt = the HubSpot create date, date part only (YYYY-MM-DD).
    - traits.website = the website when the contact has one; don't send the trait when it's blank.
    """), [HS[0], HS[1], HS[2], HS[3],
           hs(email="Tina.Brooks@BrooksCPA.com", jobtitle="  Office Manager ", website="https://brookscpa.com",
              createdate="2024-05-21T14:10:00.000Z"),
           hs(email="Victor.Lam@LamOptometry.com", jobtitle="   ", website="", createdate="2021-08-03T12:00:00.000Z")])
def _(r: R) -> Out:
    return keep({"userId": r["email"].lower(), "traits": {
        "title": dflt(r["jobtitle"], "Not provided").strip(), "createdAt": day(r["createdate"]),
        "website": om(r["website"])}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h60-25-ga4-quote-start", H, G, cr("""
    Summary: Send HubSpot contacts to GA4 as offline quote_start events.

    Current behaviour: There is no GA4 feed, so paid media can't see which campaigns produce quote requests.

    Desired behaviour:
    - client_id (the match key on this feed) is the fixed value 'hubspot-offline' on every request.
    - user_id = the HubSpot email in lower case.
    - One event, named 'quote_start', with two params:
      - lead_source = the original source in lower case ('unknown' when it's empty)
      - lifecycle_stage = the lifecycle stage as is

    Out of scope: user_properties - don't send any.
    """), HS)
def _(r: R) -> Out:
    return {"client_id": "hubspot-offline", "user_id": r["email"].lower(),
            "events": [{"name": "quote_start", "params": {
                "lead_source": dflt(r["hs_analytics_source"], "unknown").lower(),
                "lifecycle_stage": r["lifecyclestage"]}}]}


@case("h60-26-ga4-qualify-big-accounts", H, G, cr("""
    Summary: GA4 qualify_lead events for accounts over $1M.

    Current behaviour: Every contact is sent, including the ones with no revenue, which drags down the value
    report.

    Desired behaviour:
    - Only send contacts with annual revenue greater than 1,000,000. Contacts with no revenue are not sent.
    - client_id: 'crm-sync' for all of them (match key).
    - user_id: the part of the email before the @.
    - Event 'qualify_lead' with params currency = 'USD' and value = the annual revenue as a number.
    """), lower_emails(HS))
def _(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": "crm-sync", "user_id": before_at(r["email"]),
            "events": [{"name": "qualify_lead", "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h60-27-ga4-event-by-stage", H, G, cr("""
    Summary: One GA4 event per contact, named after the stage.

    Current behaviour: Everything is sent as generate_lead, even bound clients, and the source param is empty for
    anyone who came in through a branch office.

    Desired behaviour:
    - client_id = the HubSpot email exactly as stored (that's the match key on this feed).
    - Event name: 'close_convert_lead' when the lifecycle stage is customer; 'generate_lead' for any other stage.
    - Event param 'source' = the original source as is; if it's empty, send 'OFFLINE' (those were walk-ins at a
      branch).
    """), extended(HS, hs(email="irene.costa@costadeli.com", lifecyclestage="customer", hs_analytics_source="REFERRALS")))
def _(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"source": dflt(r["hs_analytics_source"], "OFFLINE")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h60-28-sfl-nurture-copies", L, H, cr("""
    Summary: Push Salesforce leads into HubSpot so marketing can nurture them.

    Current behaviour: Only two fields come across: Email -> email and Company -> company, both copied unchanged.
    Names, title, phone and city never make it to HubSpot.

    Desired behaviour:
    - Keep the Email -> email and Company -> company mappings exactly as they are today (email is the match key).
    - Also copy FirstName -> firstname, LastName -> lastname, Title -> jobtitle, Phone -> phone and City -> city.
    - Straight copies only: no reformatting, and an empty Salesforce value goes over as empty.
    """), extended(SFL, sfl(Email="marcus.bell@bellautobody.com", FirstName="Marcus", LastName="Bell",
                            Company="Bell Auto Body", Title="Owner", Phone="", City="")))
def _(r: R) -> Out:
    return {"email": r["Email"], "company": r["Company"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h60-29-sfl-rating-lifecycle-optout", L, H, cr("""
    Summary: Lifecycle stage and unsubscribe flag from the Salesforce lead.

    Current behaviour: lifecyclestage isn't set, and hs_email_optout is sent as a real boolean, which our HubSpot
    portal rejects.

    Desired behaviour:
    1. Lead Email -> email (match key), unchanged.
    2. lifecyclestage from the lead's Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead,
       Cold -> lead.
    3. hs_email_optout must be the string "true" when Email Opt Out is checked, and the string "false" when it
       isn't.
    """), extended(SFL, sfl(Email="dev.anand@anandtextiles.com", Rating="Warm", HasOptedOutOfEmail=False)))
def _(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {"email": r["Email"], "lifecyclestage": table[r["Rating"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h60-30-sfl-status-revenue", L, H, cr("""
    Summary: Lead status and revenue into HubSpot.

    Current behaviour: annualrevenue arrives as text, so HubSpot's revenue reports ignore it; hs_lead_status is
    empty; and emails keep their Salesforce casing, which creates duplicates in HubSpot.

    Desired behaviour:
    - email = the lead's Email in lower case (match key).
    - hs_lead_status by lead Status:
        Open - Not Contacted -> NEW
        Working - Contacted -> IN_PROGRESS
        Closed - Converted -> OPEN_DEAL
        Closed - Not Converted -> UNQUALIFIED
    - annualrevenue = AnnualRevenue as a number. When the lead has no revenue, leave annualrevenue off.
    """), extended(SFL, sfl(Email="Tomas.Reyes@ReyesLandscaping.com", Status="Working - Contacted",
                            AnnualRevenue="750000.50")))
def _(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Status"]],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h60-31-sfl-uk-office", L, H, cr("""
    Summary: London office leads -> HubSpot.

    Current behaviour: All leads sync, the US book included, and UK numbers are stored in national format
    (020 ...), so click-to-call doesn't work. Postcodes come through however they were keyed in.

    Desired behaviour:
    - Only leads whose Country is 'United Kingdom'.
    - Email -> email (match key), unchanged.
    - Phone -> phone in E.164. These are UK numbers: if there's no + country code, treat the number as UK (+44,
      dropping the leading 0).
    - PostalCode -> zip, in upper case.
    - City -> city; if City is blank, use 'London'.
    """), [SFL[0], SFL[3],
           sfl(Email="oliver.bennett@thamesworks.co.uk", Country="United Kingdom", Phone="0161 496 0123",
               PostalCode="m1 1aa", City="Manchester"),
           sfl(Email="priya.shah@kentcoastinsure.co.uk", Country="United Kingdom", Phone="+44 7700 900123",
               PostalCode="ct1 2ab", City=""),
           SFL[1], SFL[2]])
def _(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "city": dflt(r["City"], "London")}


@case("h60-32-sfl-skip-lost-source-note", L, H, cr("""
    Summary: Keep lost leads out of HubSpot, and show where each lead came from.

    Current behaviour: 'Closed - Not Converted' leads sync and immediately re-enter nurture. The lead source isn't
    visible anywhere in HubSpot.

    Desired behaviour:
    - Skip leads whose Status is 'Closed - Not Converted'.
    - Email -> email (match key) and Company -> company, as is.
    - jobtitle from Title, or 'Unknown' when Title is empty.
    - message = 'Salesforce lead source: ' followed by the LeadSource, e.g. 'Salesforce lead source: Web'. If
      LeadSource is blank, write 'Salesforce lead source: not set'.
    """), extended(SFL, sfl(Email="nina.holt@holtflorist.com", Company="Holt Florist", Title="",
                            Status="Open - Not Contacted", LeadSource="")))
def _(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "company": r["Company"], "jobtitle": dflt(r["Title"], "Unknown"),
            "message": "Salesforce lead source: " + dflt(r["LeadSource"], "not set")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h60-33-sfc-mc-client-newsletter", C, M, cr("""
    Summary: Salesforce Contacts (existing policyholders) into the client newsletter audience.

    Current behaviour: Email addresses are sent in mixed case (Mailchimp then flags them as duplicates), opt-outs
    are ignored, and no tags are set.

    Desired behaviour:
    - email_address = the Salesforce Email in lower case (match key).
    - status 'unsubscribed' when Email Opt Out is checked, 'subscribed' when it isn't.
    - language 'en' for everyone.
    - Tags: always 'salesforce'; add a second tag, 'sales-team', when the Department is Sales.
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="Marco.Bianchi@BianchiImports.com", FirstName="Marco", LastName="Bianchi", Department="Sales",
               HasOptedOutOfEmail=True),
           sfc(Email="olivia.grant@grantdesign.com", FirstName="Olivia", LastName="Grant", Department="Marketing")])
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "language": "en",
            "tags": ["salesforce", "sales-team"] if r["Department"] == "Sales" else ["salesforce"]}


@case("h60-34-sfc-mc-local-language", C, M, cr("""
    Summary: International policyholders -> Mailchimp with local-language content.

    Current behaviour: Opted-out contacts get re-added every night, phone numbers are sent raw, and everyone is set
    to English.

    Desired behaviour:
    - Skip contacts with Email Opt Out checked.
    - email_address from Email (match key), as is.
    - PHONE merge field in E.164; anything without a + and country code is a US number.
    - language by Mailing Country: Germany -> de, Austria -> de, France -> fr, United States -> en.
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="claire.martin@atelier-lyon.fr", FirstName="Claire", LastName="Martin", MailingCity="Lyon",
               MailingCountry="France", Phone="+33 4 72 55 01 23"),
           sfc(Email="jason.lee@leeinsure.com", FirstName="Jason", LastName="Lee", MailingCity="Salem",
               MailingCountry="United States", Phone="1-503-555-0190")])
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    lang = {"Germany": "de", "Austria": "de", "France": "fr", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h60-35-sfc-mc-referral-vip", C, M, cr("""
    Summary: Flag partner-referred clients as VIP in Mailchimp.

    Current behaviour: vip is false for everyone, and contacts with no first name get "Dear ," in the greeting.

    Desired behaviour:
    - Email -> email_address (match key), as is. status 'subscribed' for all.
    - FNAME = FirstName, or 'Valued Client' when FirstName is empty. LNAME = LastName, copied as is.
    - vip = true when Lead Source is 'Partner Referral', otherwise false.
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="derek.fox@foxmarine.com", FirstName="", LastName="Fox", LeadSource="Partner Referral"),
           sfc(Email="anna.weiss@weissbau.de", FirstName="Anna", LastName="Weiss", LeadSource="Partner Referral")])
def _(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Valued Client"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Partner Referral"}


@case("h60-36-sfc-mc-us-mailer", C, M, cr("""
    Summary: US clients only, for the state-specific renewal mailer.

    Current behaviour: All contacts go in regardless of country, and tags from the last campaign ('Spring Promo')
    hang around on the members.

    Desired behaviour:
    - Only contacts whose Mailing Country is 'United States'.
    - email_address <- Email (match key), FNAME <- FirstName, LNAME <- LastName. Straight copies.
    - status 'subscribed' and email_type 'html' for all of them.
    - tags: send an empty list, so the old campaign tags are cleared.
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="megan.lowe@lowefarms.com", FirstName="Megan", LastName="Lowe", MailingCity="Boise",
               MailingCountry="United States"),
           sfc(Email="carlos.vega@vegaauto.com", FirstName="Carlos", LastName="", MailingCity="Tucson",
               MailingCountry="United States")])
def _(r: R) -> Out:
    if r["MailingCountry"] != "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h60-37-sfc-seg-identify", C, S, cr("""
    Summary: Identify Salesforce Contacts in Segment.

    Current behaviour: userId keeps Salesforce's casing, and an empty Title or Birthdate is sent as "" and wipes out
    good values that Segment already has.

    Desired behaviour:
    - userId = Email in lower case.
    - traits.email = Email as is; traits.firstName / traits.lastName = FirstName / LastName.
    - traits.title = Title, but only when there is one; leave it out otherwise.
    - traits.birthday = Birthdate, same rule: omit it when it's blank.
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="Noah.Baker@BakerLumber.com", FirstName="Noah", LastName="Baker", Title="Owner", Birthdate=""),
           sfc(Email="zoe.adams@adamsyoga.com", FirstName="Zoe", LastName="Adams", Title="", Birthdate="1995-08-14")])
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": om(r["Title"]), "birthday": om(r["Birthdate"])}})


@case("h60-38-sfc-seg-mailing-address", C, S, cr("""
    Summary: Mailing address traits from Salesforce Contacts.

    Current behaviour: City values arrive with extra spaces ("  Portland ") left over from an old data load, and the
    country is missing for a lot of our US policyholders.

    Desired behaviour:
    - userId = Email, unchanged.
    - traits.address.city = MailingCity with the spaces trimmed off both ends.
    - traits.address.country = MailingCountry; when it's blank use 'United States'.
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="grace.lin@linbakery.com", MailingCity="  Portland ", MailingCountry=""),
           sfc(Email="paul.novak@novakplumbing.com", MailingCity="Seattle  ", MailingCountry="  ")])
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "United States")}}}


@case("h60-39-sfc-seg-retention-traits", C, S, cr("""
    Summary: Phone, name and acquisition channel traits for the retention model.

    Current behaviour: The phone trait is raw, first and last name are sent as two separate traits, and nothing
    tells us how the client came to us.

    Desired behaviour:
    - userId = the Salesforce Email, as is.
    - traits.phone = Phone in E.164 (no leading + means a US number).
    - traits.name = FirstName, a space, then LastName.
    - traits.description from Lead Source: Web -> 'Online', Trade Show -> 'Event', Partner Referral -> 'Referral';
      anything else, blank included -> 'Other'.
    """), [SFC[0], SFC[1], SFC[2],
           sfc(Email="ruth.kaplan@kaplanlaw.com", FirstName="Ruth", LastName="Kaplan", Phone="212-555-0139",
               LeadSource="Partner Referral"),
           sfc(Email="sean.odell@odellfitness.com", FirstName="Sean", LastName="Odell", Phone="(971) 555-0102",
               LeadSource="Advertisement")])
def _(r: R) -> Out:
    table = {"Web": "Online", "Trade Show": "Event", "Partner Referral": "Referral"}
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]),
                                            "name": r["FirstName"] + " " + r["LastName"],
                                            "description": table.get(r["LeadSource"], "Other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h60-40-mc-hs-signups", M, H, cr("""
    Summary: Mailchimp sign-ups into HubSpot.

    Current behaviour: Names come in exactly as typed ("liam", "WALSH"), an empty LNAME overwrites a real last name
    in HubSpot, and unsubscribes aren't carried over.

    Desired behaviour:
    - email_address -> email (match key), as is.
    - firstname = FNAME in title case. lastname = LNAME in title case, but if LNAME is empty don't send lastname at
      all.
    - company = COMPANY, or 'Individual' when it's blank.
    - hs_email_optout: the text "true" for members whose status is unsubscribed, "false" for every other status.
    """), [*MC, mc({"FNAME": "ANNE MARIE", "LNAME": "becker", "COMPANY": "Becker Bakery"},
                   email_address="annemarie.becker@beckerbakery.com", status="pending")])
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h60-41-mc-hs-skip-cleaned", M, H, cr("""
    Summary: Don't resurrect cleaned addresses in HubSpot; carry phone and VIP across.

    Current behaviour: Cleaned (hard-bounced) members are created as new HubSpot contacts, PHONE isn't synced, and
    VIP status isn't reflected anywhere.

    Desired behaviour:
    - Skip members whose status is 'cleaned'.
    - email from email_address (match key), no change.
    - phone = PHONE in E.164, assuming US for numbers without a country code. If PHONE is empty, don't send phone.
    - lifecyclestage 'customer' for VIP members, 'subscriber' for everyone else.
    """), [*MC, mc({"FNAME": "Tom", "LNAME": "Reilly", "PHONE": "312.555.0148", "COMPANY": "Reilly HVAC"},
                   email_address="tom.reilly@reillyhvac.com", status="pending", vip=True, tags=[])])
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h60-42-mc-hs-firstword-domain", M, H, cr("""
    Summary: Fill in firstname and company for Mailchimp-only contacts.

    Current behaviour: firstname gets the whole FNAME ("Mary Kate"), and company stays empty when the member left
    COMPANY blank, so those contacts never get assigned to a producer.

    Desired behaviour:
    - email = email_address (match key), unchanged.
    - firstname = the first word of FNAME.
    - company = COMPANY; if that's blank, fall back to the email domain (the part after the @).
    - lifecyclestage = 'customer' when the member has the tag 'Customer', otherwise 'subscriber'.
    """), [*MC, mc({"FNAME": "Mary Kate", "LNAME": "Dunn", "PHONE": "", "COMPANY": ""},
                   email_address="marykate.dunn@dunnfloral.com", tags=["Customer", "Webinar"])])
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set60")
