"""Held-out set 93 for the offline mapping drafter.

Persona: a Slack thread in #marketing-ops. Jess (marketing manager) asks for a mapping, Dev (ops
engineer) asks questions or restates rules, Jess confirms or corrects; now and then Sam chimes in
with an extra rule that Jess signs off. Speaker names with a colon, sometimes a [hh:mm] timestamp.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h93-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Jess's own
(the whole thread's: Jess, Dev and Sam).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import (
    C,
    Case,
    G,
    H,
    L,
    M,
    S,
    build,
    collector,
    dflt,
    extended,
    hs,
    lower_emails,
    mc,
    omit_if_blank,
    rev,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h93-01-lead-plain-copies-web", H, L, """\
[09:02] Jess: can we get HubSpot contacts flowing into Salesforce as Leads? for now I just need email, first name, last name, company and job title
[09:04] Dev: straight copies? if company or job title is empty in HubSpot do you want me to fill something in?
[09:05] Jess: nope, copy them exactly as they are. empty stays empty
[09:07] Sam: could we also stamp LeadSource = 'Web' on every one of them? they all came in through the site
[09:07] Jess: +1, every lead gets LeadSource 'Web'""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h93-02-lead-trim-and-defaults", H, L, """\
Jess: next one, HubSpot -> SF Lead again. email, last name, company, job title
Dev: heads up, a lot of the emails from that CSV import have stray spaces around them. ok if I trim Email?
Jess: yes please trim the email. and trim the company name too while you're at it
Dev: and when things are blank? SF won't save a lead without a Company
Jess: blank company -> 'Unknown Company'. blank job title -> 'Not specified', otherwise the job title goes over as is
Dev: last name?
Jess: last name just copies straight across, nothing fancy""",
      extended(HS, hs(email="  olu.adeyemi@lagoshub.ng ", firstname="Olu", lastname="Adeyemi", company="  Lagos Hub  ",
                      jobtitle="   ")))
def o02(r: R) -> Out:
    return {"Email": r["email"].strip(), "LastName": r["lastname"],
            "Company": "Unknown Company" if blank(r["company"]) else r["company"].strip(),
            "Title": dflt(r["jobtitle"], "Not specified")}


@case("h93-03-lead-callable-phone-titlecase", H, L, """\
[14:10] Jess: SDRs are complaining that leads from HubSpot have no number. Phone on the lead should be the HubSpot phone, or their mobile if phone is empty
[14:12] Dev: and if both are empty? want a placeholder in there?
[14:12] Jess: no placeholder, just don't set Phone at all in that case
[14:13] Dev: ok. anything else?
[14:15] Jess: the names ugh. half of them are typed in ALL CAPS or all lowercase. first name, last name and city should go in title case (capital first letter on each word, rest lowercase)
[14:16] Dev: email as is?
[14:16] Jess: yep, email straight across""",
      extended(HS, hs(email="tom.baker@harlowgreen.com", firstname="TOM", lastname="baker", company="Harlow Green",
                      city="new york", phone="", mobilephone="")))
def o03(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": OMIT if blank(ph) else ph})


@case("h93-04-lead-source-table-lower", H, L, """\
Jess: for leads, LeadSource should come from HubSpot's original source. ORGANIC_SEARCH is 'Web', PAID_SEARCH is 'Advertisement', REFERRALS is 'Partner Referral'
Dev: PAID_SOCIAL -> 'Advertisement' as well?
Jess: no, leave paid social out of that, it falls into the catch-all
Dev: catch-all being?
Jess: anything not listed, and contacts with no original source at all, get 'Other'
Dev: got it. and Email, I'll lowercase it since SF dedupes on it
Jess: yep, lower case email""", HS)
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h93-05-lead-skip-customers-optouts", H, L, """\
[11:30] Jess: pushing HubSpot contacts to SF leads. don't send anyone whose lifecycle stage is customer, they're already in SF as accounts
[11:31] Jess: and also don't send anybody who unsubscribed, i.e. hs_email_optout is "true"
[11:33] Dev: what about contacts where hs_email_optout is blank?
[11:33] Jess: blank = they never opted out, send them
[11:35] Dev: fields?
[11:36] Jess: email, first name, last name, company, phone, all copied as they are. and Status = 'Open - Not Contacted' on every lead we create""", HS)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "Status": "Open - Not Contacted"}


@case("h93-06-lead-rating-revenue-headcount", H, L, """\
Jess: sales wants a Rating on each lead, based on the contact's annual revenue
Dev: proposal: more than 5M -> 'Hot', less than 1M -> 'Cold', anything in between -> 'Warm'?
Jess: make Hot more than 10M actually, 5M is too low. Cold under 1M is fine, in between Warm
Dev: and contacts with no annual revenue filled in?
Jess: treat them as 'Cold'
Sam: can NumberOfEmployees come over too? from number of employees, as a whole number
Jess: yes. if it's empty in HubSpot just leave NumberOfEmployees off
Dev: plus the email, copied as is 👍""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 10_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h93-07-lead-mobile-e164-names", H, L, """\
[16:01] Jess: the dialer needs mobile numbers in E.164, like +14155550100. can the HubSpot mobile go into MobilePhone that way?
[16:03] Dev: sure. are they all US numbers?
[16:04] Jess: assume US unless the number already starts with + and a country code, then keep its own code
[16:04] Dev: and when there's no mobile?
[16:05] Jess: leave MobilePhone off entirely, don't send an empty value
[16:06] Jess: oh and first + last name in title case please (first letter of each word upper, the rest lower). email as is""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h93-08-lead-us-only-description", H, L, """\
Jess: US-only sync to SF leads please: only contacts whose country is 'United States', nobody else
Dev: what goes on the lead?
Jess: email as is, and State in upper case (people type 'tx', 'Ca' etc)
Sam: can Description say where it came from? something like 'From HubSpot (marketingqualifiedlead), created 2023-03-14'
Dev: so 'From HubSpot (' + lifecycle stage + '), created ' + the create date as YYYY-MM-DD?
Jess: exactly that""",
      extended(HS, hs(email="jamal.wright@ridgeline.us", firstname="Jamal", lastname="Wright", company="Ridgeline",
                      city="Austin", state="tx", zip="78701", country="United States", lifecyclestage="lead",
                      createdate="2024-02-20T13:00:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"From HubSpot ({r['lifecyclestage']}), created {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h93-09-contact-mailing-address", H, C, """\
[10:20] Jess: now HubSpot -> Salesforce Contacts. email, first name, last name, plus the address into the Mailing fields
[10:22] Dev: so address -> MailingStreet, city -> MailingCity, state -> MailingState, zip -> MailingPostalCode, country -> MailingCountry?
[10:22] Jess: yes
[10:23] Dev: state is empty for a lot of the non-US folks. skip it or send it empty?
[10:24] Jess: just copy whatever is there, empty is fine. everything goes over unchanged""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h93-10-contact-optout-dnc-flags", H, C, """\
Jess: for SF contacts I need two checkboxes set correctly
Jess: HasOptedOutOfEmail = true when hs_email_optout is "true", otherwise false
Dev: some contacts have hs_email_optout empty, false for those?
Jess: yes, blank = false
Dev: second one?
Jess: DoNotCall. true when we have no phone AND no mobile number (both empty), false if they have at least one of them
Dev: ok, and I'll send Email as is so it matches
Jess: 👍""",
      extended(HS, hs(email="greta.lind@vasaport.se", firstname="Greta", lastname="Lind", phone="", mobilephone="  ",
                      hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h93-11-contact-lastname-from-email", H, C, """\
[13:40] Jess: SF Contacts need a LastName but some of our HubSpot forms only asked for an email
[13:41] Jess: so LastName = last name, or if that's blank, everything before the @ in their email
[13:42] Dev: ok. and Title?
[13:44] Jess: job title. if there's no job title use their industry, and if industry is empty too put 'Unknown'
[13:45] Dev: email copied over as is
[13:45] Jess: yep""",
      extended(lower_emails(HS), hs(email="noor.haddad@cedarleaf.com", firstname="Noor", lastname="", jobtitle="",
                                    industry="Retail")))
def o11(r: R) -> Out:
    last = r["lastname"] if not blank(r["lastname"]) else before_at(r["email"])
    ttl = r["jobtitle"] if not blank(r["jobtitle"]) else dflt(r["industry"], "Unknown")
    return {"Email": r["email"], "LastName": last, "Title": ttl}


@case("h93-12-contact-stage-description-state", H, C, """\
Jess: SF contacts should show their HubSpot stage in Description:
Jess: subscriber -> 'Newsletter', lead -> 'Lead', marketingqualifiedlead -> 'MQL', salesqualifiedlead -> 'SQL', customer -> 'Customer'
Dev: that covers every stage we actually have, ok
Dev: anything else besides Email?
Jess: MailingState from state, in upper case
Dev: non-US contacts often have no state, send empty?
Jess: no, if state is empty don't set MailingState at all
Dev: and Email as is 👍""",
      extended(HS, hs(email="owen.price@cascadia.io", firstname="Owen", lastname="Price", state="or",
                      lifecyclestage="lead")))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter", "lead": "Lead", "marketingqualifiedlead": "MQL", "salesqualifiedlead": "SQL",
             "customer": "Customer"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h93-13-contact-late-stage-only", H, C, """\
[15:05] Jess: only the late-stage people go to SF Contacts: lifecycle stage salesqualifiedlead, opportunity or customer. everyone else stays in HubSpot
[15:06] Dev: fields?
[15:07] Jess: Email all lowercase. Phone = their phone, and when phone is empty use their mobile instead
[15:09] Sam: Department = 'Sales' on all of them? so they land in the right views
[15:09] Jess: yes please, always 'Sales'""",
      extended(HS, hs(email="Ana.Costa@VerdeMar.pt", firstname="Ana", lastname="Costa", lifecyclestage="opportunity",
                      phone="+351 21 555 0100", mobilephone="")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "opportunity", "customer"):
        return None
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"Email": r["email"].lower(), "Phone": ph, "Department": "Sales"}


@case("h93-14-contact-clean-names-source", H, C, """\
Jess: HubSpot -> SF Contact, a few cleanups please
Jess: Email and Title (from job title) trimmed, no leading/trailing spaces
Jess: FirstName and LastName in title case, each word capitalised, the rest lowercase
Dev: LeadSource too?
Jess: yes, from original source: ORGANIC_SEARCH -> 'Web', REFERRALS -> 'Word of mouth', PAID_SEARCH and PAID_SOCIAL both -> 'Advertisement'
Dev: and the rest, incl. contacts with no source?
Jess: all of those 'Other'""",
      extended(HS, hs(email=" lucas.moreau@atelier9.fr ", firstname="LUCAS", lastname="moreau",
                      jobtitle="  Art Director ", hs_analytics_source="SOCIAL_MEDIA")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "REFERRALS": "Word of mouth", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement"}
    return {"Email": r["email"].strip(), "Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h93-15-mc-basic-language-default", H, M, """\
[08:50] Jess: HubSpot contacts into the Mailchimp newsletter audience please. email address, FNAME from first name, LNAME from last name, all copied as they are
[08:51] Jess: and everyone goes in as status 'subscribed'
[08:53] Dev: language too? HubSpot has preferred language
[08:53] Jess: yes, language from preferred language, and 'en' when it's empty
[08:55] Sam: fyi most contacts don't even have the preferred language property on them at all
[08:56] Jess: same thing for those, 'en'""",
      extended(HS, hs(email="petra.novak@vltava.cz", firstname="Petra", lastname="Novak", hs_language="cs"),
               hs(email="luc.bernard@quaiouest.fr", firstname="Luc", lastname="Bernard", hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "en")}


@case("h93-16-mc-three-way-status", H, M, """\
Jess: Mailchimp status needs to respect the opt-out. hs_email_optout "true" -> 'unsubscribed', "false" -> 'subscribed'
Dev: and when hs_email_optout is empty?
Jess: hmm, put those in as 'pending' so they get the confirmation email
Dev: ok. email address from the email. tags?
Jess: every member gets one tag, 'hubspot-import'""", HS)
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "pending" if blank(opt) else ("unsubscribed" if opt == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-import"]}


@case("h93-17-mc-conditional-tags", H, M, """\
[12:15] Jess: for Mailchimp I want tags we can segment on
[12:16] Jess: 'big-account' if annual revenue is more than 3 million, and 'customer' if the lifecycle stage is customer
[12:17] Dev: no revenue at all = no big-account tag I assume?
[12:17] Jess: correct
[12:18] Dev: if someone gets both, order?
[12:18] Jess: 'big-account' first, then 'customer'. if neither applies send an empty tag list
[12:19] Dev: plus email address from email, as is""",
      extended(HS, hs(email="rafael.ortiz@grupoandino.pe", firstname="Rafael", lastname="Ortiz",
                      lifecyclestage="customer", annualrevenue="9000000")))
def o17(r: R) -> Out:
    tags = []
    v = rev(r)
    if v is not None and v > 3_000_000:
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "tags": tags}


@case("h93-18-mc-first-name-sms-phone", H, M, """\
Jess: Mailchimp SMS needs PHONE in E.164 (+1...). use the HubSpot phone, or the mobile when phone is blank
Dev: country? we have some international people
Jess: treat them as US numbers unless they already start with a + (then keep that country code)
Jess: also FNAME should only be the first word of the first name, people put 'Mary Anne' etc in there and the greeting looks odd
Dev: and email address = email, unchanged""",
      extended(HS, hs(email="maryanne.cole@bluebell.com", firstname="Mary Anne", lastname="Cole",
                      phone="312.555.0166")))
def o18(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(ph)}}


@case("h93-19-mc-skip-no-company-vip", H, M, """\
[17:20] Dev: question on the Mailchimp B2B list, do contacts without a company go in?
[17:22] Jess: no, skip anyone whose company is empty
[17:23] Jess: rest go in with their email address and language 'en'
[17:25] Sam: could we flag vip for salesqualifiedlead and opportunity contacts? the AEs want to watch them
[17:26] Jess: good idea. vip true for those two stages, false for everybody else""",
      extended(HS, hs(email="ivan.petrov@nevaline.ru", firstname="Ivan", lastname="Petrov", company="   ",
                      lifecyclestage="opportunity")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "language": "en",
            "vip": r["lifecyclestage"] in ("salesqualifiedlead", "opportunity")}


@case("h93-20-mc-titlecase-domain-vip", H, M, """\
Jess: HubSpot -> Mailchimp, the merge fields look terrible. FNAME and LNAME in title case please (capital first letter per word, rest lower)
Dev: tags?
Jess: one tag per member: their company. if company is blank, tag them with their email domain instead, the bit after the @
Dev: vip?
Jess: vip = true when number of employees is more than 100, false otherwise
Dev: and when number of employees is empty?
Jess: false
Dev: email address goes over as is""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [r["company"] if not blank(r["company"]) else after_at(r["email"])],
            "vip": not blank(r["numemployees"]) and float(r["numemployees"]) > 100}


# ---------------------------------------------------------------- HubSpot -> Segment identify

@case("h93-21-seg-name-concat", H, S, """\
[09:30] Jess: Segment identify for every HubSpot contact. userId = their email in lower case
[09:31] Jess: traits: email (as is), firstName, lastName, and a full name
[09:33] Dev: name as 'Last, First'?
[09:33] Jess: no, first name, a space, then last name, e.g. 'Priya Raman'. just put the values together as they are
[09:34] Dev: 👍""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h93-22-seg-company-object", H, S, """\
Jess: for Segment I need the company object filled. userId is just the email
Dev: traits.company.name from company?
Jess: yes, and 'Unknown' if company is empty
Jess: traits.company.industry from industry, and traits.company.employee_count from number of employees as an integer
Dev: empty industry / employees: send empty or skip?
Jess: skip, leave those keys off""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Unknown"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h93-23-seg-address-phone", H, S, """\
[11:00] Jess: Segment identify, userId = email. traits.address with street (from address), city, state, postalCode (from zip) and country
[11:02] Dev: state's empty for loads of them
[11:02] Jess: then leave state out of the address
[11:04] Sam: traits.phone too? in E.164 please, our SMS tool chokes otherwise
[11:05] Jess: yes, phone, or the mobile if phone is empty. US numbers unless they already start with +
[11:06] Dev: and no phone and no mobile?
[11:06] Jess: no traits.phone then""",
      extended(HS, hs(email="rosa.diaz@brooklynbakes.com", firstname="Rosa", lastname="Diaz", phone="", mobilephone="",
                      address="123 Court St", city="Brooklyn", state="NY", zip="11201", country="United States")))
def o23(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": omit_if_blank(ph, e164)}})


@case("h93-24-seg-unsub-revenue", H, S, """\
Jess: another Segment one. userId = email, trimmed and lowercased (there's junk whitespace in some)
Jess: traits.title = job title, as is
Dev: you also wanted unsubscribe info?
Jess: yes, traits.unsubscribed true if hs_email_optout is "true", false otherwise. empty counts as false
Sam: and traits.annual_revenue as a number?
Jess: +1, as a number, and just don't send it when revenue is blank""",
      extended(HS, hs(email="  Wei.Chen@JadeGate.cn ", firstname="Wei", lastname="Chen", jobtitle="Founder",
                      hs_email_optout="", annualrevenue="950000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h93-25-ga4-crm-sync-event", H, G, """\
[10:05] Jess: we want a GA4 event per HubSpot contact via Measurement Protocol. client_id 'hubspot-crm', one event called 'crm_contact_synced'
[10:07] Dev: params?
[10:08] Jess: stage = lifecycle stage as is, source = original source in lower case, created_date = create date as YYYY-MM-DD
[10:09] Dev: source is empty sometimes
[10:10] Jess: then source = '(none)'""", HS)
def o25(r: R) -> Out:
    src = "(none)" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()
    return {"client_id": "hubspot-crm", "events": [{"name": "crm_contact_synced", "params": {
        "stage": r["lifecyclestage"], "source": src, "created_date": day(r["createdate"])}}]}


@case("h93-26-ga4-high-value", H, G, """\
Jess: GA4 only for contacts with annual revenue over 1 million. no revenue filled in = don't send
Dev: client_id?
Jess: the part of the email before the @
Dev: event name + params?
Jess: event 'high_value_contact', params value = annual revenue as a number, currency always 'USD'""", lower_emails(HS))
def o26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "high_value_contact", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h93-27-ga4-event-by-stage", H, G, """\
[15:40] Jess: offline conversions to GA4: client_id = the contact's email, as is
[15:41] Jess: event name depends on stage: customer -> 'purchase', subscriber -> 'sign_up', anything else -> 'generate_lead'
[15:42] Dev: opportunity too -> generate_lead?
[15:42] Jess: yep, anything that isn't customer or subscriber
[15:44] Sam: can we pass the original source as a param called source? if it's empty use 'DIRECT_TRAFFIC'
[15:44] Jess: +1""", HS)
def o27(r: R) -> Out:
    st = r["lifecyclestage"]
    name = "purchase" if st == "customer" else ("sign_up" if st == "subscriber" else "generate_lead")
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "source": dflt(r["hs_analytics_source"], "DIRECT_TRAFFIC")}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h93-28-sfl-mirror-copies", L, H, """\
Jess: reverse direction now, SF Leads -> HubSpot contacts
Jess: email, first name, last name, company, Title -> jobtitle, Phone -> phone, City -> city, PostalCode -> zip, Country -> country
Dev: when Title or Phone etc. are blank in SF, skip the property or send it empty?
Jess: send them empty. HubSpot should mirror SF exactly, no changes to any value""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h93-29-sfl-rating-stage-optout", L, H, """\
[13:00] Jess: SF lead Rating should drive the HubSpot lifecycle stage: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> lead
[13:02] Dev: and the email opt out?
[13:03] Jess: hs_email_optout, as the text "true" if HasOptedOutOfEmail is checked, "false" if it isn't
[13:03] Dev: plus email from Email""", SFL)
def o29(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {"email": r["Email"], "lifecyclestage": table[r["Rating"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h93-30-sfl-lead-status-revenue", L, H, """\
Dev: for SF Lead -> HubSpot, how do you want the lead Status to map?
Jess: into hs_lead_status: 'Open - Not Contacted' -> NEW, 'Working - Contacted' -> ATTEMPTED_TO_CONTACT, 'Closed - Converted' -> CONNECTED, 'Closed - Not Converted' -> UNQUALIFIED
Dev: ok. annualrevenue?
Jess: from AnnualRevenue as a number. if SF has no revenue, don't send annualrevenue
Jess: email lowercased please""",
      extended(SFL, sfl(Email="Zoe.Kim@NorthPeak.ca", FirstName="Zoe", LastName="Kim", Company="North Peak",
                        Status="Working - Contacted", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Status"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h93-31-sfl-uk-only", L, H, """\
[09:45] Jess: the London team wants their SF leads in HubSpot. only leads where Country is 'United Kingdom'
[09:46] Dev: fields?
[09:47] Jess: email as is, phone in E.164. numbers without a +country code are UK numbers (drop the leading 0, +44)
[09:48] Jess: zip from PostalCode in upper case, the postcodes are a mess
[09:50] Dev: jobtitle from Title? some are blank
[09:50] Jess: yes, and 'Unknown' when Title is blank""",
      extended(SFL, sfl(Email="harriet.cole@fenwickandco.co.uk", FirstName="Harriet", LastName="Cole",
                        Company="Fenwick", Title="", Phone="0161 496 0123", Street="1 Piccadilly", City="Manchester",
                        PostalCode="m1 1aa", Country="United Kingdom", Rating="Warm")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h93-32-sfl-skip-converted-message", L, H, """\
Jess: SF leads to HubSpot, but skip the ones with Status 'Closed - Converted', those are handled by the contact sync
Dev: ok. what fields?
Jess: email, and country, with 'Unknown' when Country is blank
Sam: could the message field say where they came from? like 'Salesforce lead [Web]' with the LeadSource in the brackets
Dev: what if LeadSource is empty?
Jess: then you just get empty brackets, 'Salesforce lead []', that's fine""", SFL)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return {"email": r["Email"], "country": dflt(r["Country"], "Unknown"),
            "message": f"Salesforce lead [{r['LeadSource']}]"}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h93-33-sfc-mc-status-tags", C, M, """\
[14:30] Jess: SF Contacts -> Mailchimp. email address = Email in lower case
[14:31] Jess: HasOptedOutOfEmail true -> status 'unsubscribed', otherwise 'subscribed'
[14:33] Dev: tags?
[14:33] Jess: everyone gets 'sfdc'. contacts whose LeadSource is 'Trade Show' also get 'trade-show' after it""", SFC)
def o33(r: R) -> Out:
    tags = ["sfdc"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h93-34-sfc-mc-sms-language", C, M, """\
Jess: Mailchimp SMS list from SF Contacts. skip contacts who have no Phone
Jess: PHONE = Phone in E.164, treat it as a US number unless it already starts with +
Dev: language?
Jess: from MailingCountry: Germany -> 'de', Austria -> 'de', United States -> 'en'
Dev: and email address from Email, as is""",
      extended(SFC, sfc(Email="kyle.dunn@prairiefarm.com", FirstName="Kyle", LastName="Dunn", Phone="",
                        MailingCity="Omaha", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h93-35-sfc-mc-greeting-vip", C, M, """\
[10:12] Jess: SF Contacts into Mailchimp. FNAME from FirstName, but if it's blank put 'there' so the greeting reads 'Hi there'
[10:13] Jess: LNAME from LastName as is, email address from Email as is, status 'subscribed' for everyone
[10:15] Sam: vip for contacts whose LeadSource is 'Trade Show'? sales wants to follow up
[10:16] Jess: ok. vip true when LeadSource is 'Trade Show', false for any other source and false when it's empty""",
      extended(SFC, sfc(Email="nina.berg@fjordline.no", FirstName="", LastName="Berg", LeadSource="Trade Show",
                        MailingCity="Bergen", MailingCountry="Norway")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "status": "subscribed", "vip": r["LeadSource"] == "Trade Show"}


@case("h93-36-sfc-mc-dach-pending", C, M, """\
Jess: German-language newsletter: only SF contacts with MailingCountry Germany or Austria
Dev: fields?
Jess: email address, FNAME, LNAME copied from Email, FirstName, LastName
Jess: status 'pending' (double opt-in) and language 'de' for all of them
Dev: tags?
Jess: none, send an empty tags list""", SFC)
def o36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "de", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h93-37-sfc-seg-identify", C, S, """\
[16:20] Jess: SF Contacts -> Segment identify. userId = Email lowercased
[16:21] Jess: traits: email (unchanged), firstName, lastName, phone, all copied as is
[16:23] Dev: title too? it's blank for some
[16:24] Jess: yes traits.title from Title, but only when there is one. blank Title = no title trait""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"], "phone": r["Phone"],
        "title": omit_if_blank(r["Title"])}})


@case("h93-38-sfc-seg-address", C, S, """\
Jess: Segment needs location for SF contacts
Dev: userId = Email?
Jess: yes, trimmed (some have spaces around them)
Jess: traits.address.city = MailingCity, trimmed as well. traits.address.country = MailingCountry, and 'United States' if it's empty""",
      extended(SFC, sfc(Email=" omar.haddad@cedarline.io ", FirstName="Omar", LastName="Haddad", MailingCity="  Denver ",
                        MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"].strip(), "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "United States")}}}


@case("h93-39-sfc-seg-channel", C, S, """\
[11:15] Jess: SF Contact -> Segment. userId = Email as is, traits.name = FirstName + ' ' + LastName
[11:16] Dev: phone?
[11:16] Jess: traits.phone in E.164, US unless it starts with +
[11:18] Sam: can we get a lead_channel trait? Web -> 'inbound', Trade Show -> 'events'
[11:19] Dev: and other lead sources / empty?
[11:19] Jess: 'other' for all of those""", SFC)
def o39(r: R) -> Out:
    chan = {"Web": "inbound", "Trade Show": "events"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                                             "lead_channel": chan}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h93-40-mc-hs-names-optout", M, H, """\
Jess: Mailchimp members -> HubSpot. email from email address as is, firstname = FNAME in title case
Jess: lastname = LNAME in title case too, but if LNAME is empty don't set lastname at all
Dev: company?
Jess: COMPANY, or 'Unknown' when it's blank
Dev: hs_email_optout "true" for unsubscribed and cleaned?
Jess: no, only unsubscribed members get the text "true", everyone else (cleaned included) gets "false\"""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h93-41-mc-hs-vip-customers", M, H, """\
[13:20] Jess: Mailchimp -> HubSpot, but leave out cleaned members, their addresses bounce
[13:21] Dev: fields?
[13:22] Jess: email from email address, firstname from FNAME (both as is), phone from PHONE in E.164, US unless it starts with +
[13:23] Dev: PHONE is empty for some
[13:23] Jess: then no phone property
[13:25] Sam: VIPs are paying customers, so lifecyclestage 'customer' when vip is true?
[13:25] Jess: yes, and 'subscriber' when it's not""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h93-42-mc-hs-firstword-domain", M, H, """\
Jess: Mailchimp -> HubSpot contacts, last one I promise
Jess: email = email address. firstname = only the first word of FNAME
Dev: company from COMPANY? it's empty a lot
Jess: yes COMPANY, and when it's empty use the domain of their email instead, whatever's after the @
Sam: and anyone tagged 'Customer' in Mailchimp should be lifecyclestage 'customer'
Jess: yes, and everyone without that tag is 'lead'""",
      extended(MC, mc({"FNAME": "Ana Luisa", "LNAME": "Pereira", "COMPANY": "", "PHONE": ""},
                      email_address="ana.pereira@ventosul.com.br", tags=["Webinar", "Customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set93")
