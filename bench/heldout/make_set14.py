"""Held-out set 14, written BEFORE the session that measures it and not tuned against (the
drafter work of that round used sets 12 and 13 only): requests as marketing-ops people
really send them, in a different author's voice: Jira tickets with "AC:" / "Definition of
done" lists, Slack threads with names and timestamps, emails with a greeting, a sign-off and
unrelated chatter, bullet lists with sub-bullets, two-column tables pasted from a
spreadsheet (tab- and space-aligned), terse one-liners, a non-native speaker's phrasing,
passive voice and a Gherkin scenario, over realistic pairs of the five platforms (including
Lead -> Mailchimp, Contact -> Segment and Mailchimp -> Segment) and every rule kind
(copies, constants, defaults when empty, fallback chains ending in a value, transforms:
case, trim, proper case, first word, E.164, numbers, dates, email domain; value tables with
an otherwise, conditions including a numeric one and a blank-means rule, filters keeping and
skipping, nested objects, tags with a conditional item, templates with a transformed part,
the account lookup). Verbs and structures avoid the phrases sets 1-12 list in their
docstrings. The match key is always written: a case naming no email expects it mapped by name
(the documented decision); no case writes a read-only destination field; an object left
empty by omission is dropped (oracle.keep).
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set14.py  -> bench/heldout/set14/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def emp(r: R) -> float | None:
    """A HubSpot contact's employee count as a number, None when blank."""
    return None if blank(r["numemployees"]) else float(r["numemployees"])


# --- HubSpot contacts -> Salesforce Lead -------------------------------------------------

@case("h14-01-jira-lead-basics", H, L,
      "MOPS-482: Lead sync v1\n\nAs an SDR I want new HubSpot contacts to show up as Leads so I can work them.\n\n"
      "AC:\n* Email on the lead = contact email\n* LastName = contact last name\n"
      "* Company = contact company; a contact with no company gets 'Self-employed'\n"
      "* Lead Source on every lead reads 'Web'\n\nStory points: 3", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Self-employed"), "LeadSource": "Web"}


@case("h14-02-slack-thread-dialer", H, L,
      "[10:02] jess: can the lead sync send the phone in +1 format? the sales dialer chokes on the brackets\n"
      "[10:03] omar: sure, E.164 and we assume everything is US. what if they only have a mobile?\n"
      "[10:04] jess: then use the mobile. if neither, just leave Phone off\n"
      "[10:05] omar: 👍 and Email obviously", HS)
def _(r: R) -> Out:
    p = dflt(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "Phone": OMIT if blank(p) else e164(p)})


@case("h14-03-email-rating-headcount", H, L,
      "Hi Marco,\n\nHope the offsite went well! Quick request before the Q3 push: on the lead side, could Rating "
      "reflect company size? Anything with 100 employees or more is 'Hot', below that 'Warm', and if we don't know "
      "the headcount put 'Cold'. Plus the email, of course.\n\nAlso, the coffee machine on 4 is fixed, finally.\n\n"
      "Cheers,\nNadia", HS)
def _(r: R) -> Out:
    n = emp(r)
    return {"Rating": "Cold" if n is None else ("Hot" if n >= 100 else "Warm"), "Email": r["email"]}


@case("h14-04-tab-table-copies", H, L,
      "Salesforce field\tHubSpot property\nEmail\temail\nFirstName\tfirstname\nLastName\tlastname\nTitle\tjobtitle\n"
      "Website\twebsite", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"], "Website": r["website"]}


@case("h14-05-terse-since-date", H, L,
      "Email = email; Description = 'In HubSpot since ' + the create date (YYYY-MM-DD)", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": "In HubSpot since " + r["createdate"][:10]}


@case("h14-06-nonnative-not-us", H, L,
      "Please to make the lead only from contacts which country is not United States, the americans we send by "
      "other way. Put Email and Country and City, is enough.", HS)
def _(r: R) -> Out:
    return None if r["country"] == "United States" else {"Email": r["email"], "Country": r["country"], "City": r["city"]}


@case("h14-07-passive-status-stage", H, L,
      "The lead's Status is derived from the lifecycle stage. Leads are marked 'Working - Contacted' when the stage "
      "is salesqualifiedlead or opportunity and 'Closed - Converted' when it is customer; all remaining stages are "
      "given 'Open - Not Contacted'. The email is copied unchanged.", HS)
def _(r: R) -> Out:
    st = r["lifecyclestage"]
    s = "Working - Contacted" if st in ("salesqualifiedlead", "opportunity") else "Closed - Converted" if st == "customer" else "Open - Not Contacted"
    return {"Status": s, "Email": r["email"]}


@case("h14-08-subbullets-fallback-chain", H, L,
      "Lead fields:\n- Email\n  - straight from the contact\n- LastName\n  - the last name\n"
      "  - nobody should be without one: if it's empty take the bit of the email before the @\n"
      "- Company\n  - company name\n  - no company? then the website\n  - no website either? then 'n/a'", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": dflt(r["lastname"], r["email"].split("@")[0]),
            "Company": dflt(r["company"], dflt(r["website"], "n/a"))}


@case("h14-09-account-by-name", H, L,
      "We need leads linked to the right Account record: match on Account Name using the HubSpot company. Email also.", HS)
def _(r: R) -> Out: return {"Company": r["company"], "Email": r["email"]}


@case("h14-10-passive-numbers", H, L,
      "AnnualRevenue is sent as a numeric value taken from the annual revenue, and NumberOfEmployees as an integer "
      "taken from the employee count; where HubSpot has nothing, that field is not sent. The email is sent as well.", HS)
def _(r: R) -> Out:
    return keep({"AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]), "Email": r["email"]})


@case("h14-11-donotcall-no-phone", H, L,
      "DoNotCall should be ticked when the contact's phone field is empty (the mobile doesn't count) and unticked "
      "when it has a number. Email as usual.", HS)
def _(r: R) -> Out: return {"DoNotCall": blank(r["phone"]), "Email": r["email"]}


@case("h14-12-proper-case-names", H, L,
      "Names arrive messy from the webinar forms. Put FirstName and LastName in proper case (Maria, not MARIA or "
      "maria) and State in all caps. Email untouched.", HS)
def _(r: R) -> Out:
    return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "State": r["state"].upper(), "Email": r["email"]}


@case("h14-13-optin-website-domain", H, L,
      "Only contacts that are opted in (hs_email_optout is 'false') become leads; treat an empty optout as opted in. "
      "Send Email and Website, and where the website is missing make it the domain of the email address.", HS)
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Website": dflt(r["website"], r["email"].split("@")[1])}


@case("h14-14-terse-no-email", H, L, "title + mobile onto the lead pls", HS)
def _(r: R) -> Out: return {"Title": r["jobtitle"], "MobilePhone": r["mobilephone"], "Email": r["email"]}


# --- HubSpot contacts -> Salesforce Contact ----------------------------------------------

@case("h14-15-email-contact-department", H, C,
      "Hello Priyanka,\n\nThanks for the demo yesterday, the team loved the dashboards.\n\nAs discussed, here is what "
      "the Contact sync needs: Email, FirstName and LastName straight from HubSpot, MailingState from state, "
      "MailingPostalCode from zip, and Department should always say 'Field Marketing'.\n\nI'm out Friday, so ping "
      "Tom if anything is unclear.\n\nBest regards,\nHelena", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "Department": "Field Marketing"}


@case("h14-16-nonnative-paid-source", H, C,
      "For contact please put Email, Phone and LeadSource. LeadSource we want 'Advertisement' when the source is "
      "PAID_SEARCH or PAID_SOCIAL, for all the rest it is 'Web' (also when source is empty).", HS)
def _(r: R) -> Out:
    src = "Advertisement" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "Web"
    return {"Email": r["email"], "Phone": r["phone"], "LeadSource": src}


@case("h14-17-gherkin-title", H, C,
      "Scenario: contact without a job title\n  Given a HubSpot contact whose job title is empty\n"
      "  When it is synced to a Salesforce Contact\n  Then Title is 'Team Member'\n\n"
      "Scenario: contact with a job title\n  Given a contact whose job title is filled\n  Then Title is that job title\n\n"
      "In both scenarios Email is the contact's email.", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], "Team Member"), "Email": r["email"]}


@case("h14-18-passive-not-synced-stages", H, C,
      "Contacts in the lead or subscriber stage are not synced to Contacts. For the rest, Email, MailingCity and "
      "MailingCountry are written from email, city and country.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] in ("lead", "subscriber"):
        return None
    return {"Email": r["email"], "MailingCity": r["city"], "MailingCountry": r["country"]}


@case("h14-19-optout-blank-mobile-e164", H, C,
      "HasOptedOutOfEmail: checked if hs_email_optout says 'true', unchecked if it says 'false' or nothing. Email from "
      "email. MobilePhone from the mobile number, formatted E.164 with US as the default country, and only when "
      "there is a mobile number.", HS)
def _(r: R) -> Out:
    return keep({"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "Email": r["email"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


# --- HubSpot contacts -> Mailchimp members -----------------------------------------------

@case("h14-20-jira-newsletter", H, M,
      "MKT-1290 Newsletter audience sync\n\nDescription: push HubSpot contacts into the Mailchimp newsletter audience.\n\n"
      "AC:\n1. Member email = HubSpot email, lower-cased\n"
      "2. Status is 'unsubscribed' where the contact opted out (optout = 'true'), 'subscribed' otherwise, blank included\n"
      "3. Merge fields FNAME = first name, LNAME = last name\n\nOut of scope: tags, groups.", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(), "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h14-21-slack-tags-paid", H, M,
      "@ops could every member coming from HubSpot get the tag 'crm-import', plus 'paid' for people whose original "
      "source was PAID_SEARCH or PAID_SOCIAL (crm-import first pls)? email_address from email, status subscribed 🙏", HS)
def _(r: R) -> Out:
    tags = ["crm-import"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return {"tags": tags, "email_address": r["email"], "status": "subscribed"}


@case("h14-22-aligned-table-pending", H, M,
      "Mailchimp          HubSpot\n"
      "Email Address      email\n"
      "Phone Number       phone, E.164 (US unless it starts with +), left out if empty\n"
      "Company            company\n"
      "Status             always 'pending'", HS)
def _(r: R) -> Out:
    return keep({"email_address": r["email"], "status": "pending",
                 "merge_fields": {"PHONE": OMIT if blank(r["phone"]) else e164(r["phone"]), "COMPANY": r["company"]}})


@case("h14-23-terse-language-table", H, M,
      "language: France→fr, Japan→ja, Mexico→es, anything else→en. email + status subscribed too", HS)
def _(r: R) -> Out:
    t = {"France": "fr", "Japan": "ja", "Mexico": "es"}
    return {"language": t.get(r["country"], "en"), "email_address": r["email"], "status": "subscribed"}


@case("h14-24-passive-revenue-threshold", H, M,
      "Only contacts whose annual revenue is above 1,000,000 are added; contacts with no revenue figure are not added. "
      "Added contacts are subscribed, with their email address and the COMPANY merge field from company.", HS)
def _(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"status": "subscribed", "email_address": r["email"], "merge_fields": {"COMPANY": r["company"]}}


@case("h14-25-nonnative-first-word", H, M,
      "FNAME must contain only the first word of firstname. If the contact don't have company, in COMPANY we write "
      "'Private person'. Also email address and the status subscribed, please.", HS)
def _(r: R) -> Out:
    return {"merge_fields": {"FNAME": r["firstname"].split()[0], "COMPANY": dflt(r["company"], "Private person")},
            "email_address": r["email"], "status": "subscribed"}


@case("h14-26-vip-headcount", H, M,
      "Members: email_address from email, status subscribed, and vip switched on when the number of employees is over "
      "200, off otherwise (an unknown headcount means off).", HS)
def _(r: R) -> Out:
    n = emp(r)
    return {"email_address": r["email"], "status": "subscribed", "vip": n is not None and n > 200}


# --- HubSpot contacts -> Segment identify ------------------------------------------------

@case("h14-27-subbullets-company-traits", H, S,
      "Segment identify\n- userId\n  - the contact's email, lower case\n- traits.company\n  - name: company\n"
      "  - employee_count: number of employees, whole number; not sent when blank", HS)
def _(r: R) -> Out:
    co = {"name": r["company"], "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}
    return keep({"userId": r["email"].lower(), "traits": {"company": co}})


@case("h14-28-last-comma-first", H, S,
      "traits.name should read last name, comma, space, first name (e.g. 'Doe, Jane'). userId is the email.", HS)
def _(r: R) -> Out: return {"traits": {"name": r["lastname"] + ", " + r["firstname"]}, "userId": r["email"]}


@case("h14-29-passive-created-date", H, S,
      "traits.createdAt is set to the create date, reduced to the date only (2024-01-09 style). userId is the email. "
      "traits.website is the website and is left out when empty.", HS)
def _(r: R) -> Out:
    return keep({"traits": {"createdAt": r["createdate"][:10], "website": OMIT if blank(r["website"]) else r["website"]},
                 "userId": r["email"]})


@case("h14-30-terse-funnel-stage", H, S,
      "traits.funnel_stage by lifecycle stage: subscriber/lead = prospect; marketingqualifiedlead/salesqualifiedlead/"
      "opportunity = pipeline; customer = customer; else unknown. userId = email.", HS)
def _(r: R) -> Out:
    st = r["lifecyclestage"]
    f = "prospect" if st in ("subscriber", "lead") else "pipeline" if st in ("marketingqualifiedlead", "salesqualifiedlead", "opportunity") else "customer" if st == "customer" else "unknown"
    return {"traits": {"funnel_stage": f}, "userId": r["email"]}


@case("h14-31-nonnative-address-state", H, S,
      "For Segment: userId is email. In traits.address we put city from city and postalCode from zip, and state take "
      "from state but if state is empty then write 'N/A'.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "state": dflt(r["state"], "N/A")}}}


@case("h14-32-no-website-no-identify", H, S,
      "Contacts without a website don't get an identify. For the others, userId is the email trimmed and lowercased "
      "and traits.website is the website.", HS)
def _(r: R) -> Out:
    return None if blank(r["website"]) else {"userId": r["email"].strip().lower(), "traits": {"website": r["website"]}}


# --- HubSpot contacts -> GA4 events ------------------------------------------------------

@case("h14-33-email-qualify-lead", H, G,
      "Hi both,\n\nFollowing up on Tuesday's call (sorry for the delay, month-end was brutal). For GA4, could we send "
      "a 'qualify_lead' event for every contact that is a marketingqualifiedlead or salesqualifiedlead? client_id "
      "should be 'hs-sync', and the event needs one param, lead_stage, holding the lifecycle stage. Contacts in other "
      "stages shouldn't produce anything.\n\nThanks!\nRuth", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"client_id": "hs-sync", "events": [{"name": "qualify_lead", "params": {"lead_stage": r["lifecyclestage"]}}]}


@case("h14-34-subbullets-ga4-value", H, G,
      "- client_id: 'crm-backfill'\n- user_id: email, lowercase\n- events: one 'close_convert_lead' event\n"
      "  - currency param: 'EUR'\n  - value param: annual revenue as a number; 0 if empty", HS)
def _(r: R) -> Out:
    v = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"client_id": "crm-backfill", "user_id": r["email"].lower(),
            "events": [{"name": "close_convert_lead", "params": {"currency": "EUR", "value": v}}]}


@case("h14-35-terse-page-view", H, G,
      "GA4: client_id 'offline-crm', one page_view event per contact with param page_location = website; contacts "
      "with no website are skipped.", HS)
def _(r: R) -> Out:
    if blank(r["website"]):
        return None
    return {"client_id": "offline-crm", "events": [{"name": "page_view", "params": {"page_location": r["website"]}}]}


# --- Salesforce Lead -> HubSpot contacts / Mailchimp members -----------------------------

@case("h14-36-tab-table-lead-status", L, H,
      "HubSpot\tSalesforce lead\nemail\tEmail\nfirstname\tFirstName\nlastname\tLastName\n"
      "jobtitle\tTitle (if blank: 'Unknown')\n"
      "hs_lead_status\tfrom Status ('Open - Not Contacted' → NEW, 'Working - Contacted' → IN_PROGRESS, any other "
      "status → UNQUALIFIED)", SFL)
def _(r: R) -> Out:
    t = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "jobtitle": dflt(r["Title"], "Unknown"), "hs_lead_status": t.get(r["Status"], "UNQUALIFIED")}


@case("h14-37-nonnative-converted-out", L, H,
      "Leads in status Closed - Converted we don't want in HubSpot, they are customers already. For the other ones "
      "please map email, company and phone (phone as it is, and when the lead has no phone then don't put phone at "
      "all).", SFL)
def _(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return keep({"email": r["Email"], "company": r["Company"], "phone": OMIT if blank(r["Phone"]) else r["Phone"]})


@case("h14-38-passive-rating-optout-text", L, H,
      "lifecyclestage is set to 'opportunity' for Hot leads and to 'lead' for all others. hs_email_optout is written "
      "as the text 'true' when HasOptedOutOfEmail is checked and 'false' when it is not. The lead's Email is copied "
      "into email.", SFL)
def _(r: R) -> Out:
    return {"lifecyclestage": "opportunity" if r["Rating"] == "Hot" else "lead",
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false", "email": r["Email"]}


@case("h14-39-slack-lead-to-mailchimp", L, M,
      "[14:10] kasia: hey, for the Salesforce lead → Mailchimp sync, keep the Cold-rated leads out of it\n"
      "[14:11] derek: ok. which fields?\n"
      "[14:13] kasia: email address from Email; status unsubscribed if they opted out of email, otherwise subscribed; "
      "and one tag = their Rating\n"
      "[14:13] derek: on it", SFL)
def _(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": [r["Rating"]]}


# --- Salesforce Contact -> Segment identify / Mailchimp members --------------------------

@case("h14-40-email-contact-identify", C, S,
      "Hey Sam,\n\nSmall one for the Segment side while you're in there. Each Salesforce contact should become an "
      "identify call: userId is their Email in lower case, and the traits are firstName, lastName and title from "
      "the matching contact fields, plus birthday from Birthdate when they have one (no birthday trait "
      "otherwise).\n\nNo rush, next week is fine.\n\nThanks,\nAli", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
                                                          "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h14-41-subbullets-contact-mailchimp", C, M,
      "Salesforce Contacts → Mailchimp\n- who: only contacts that have NOT opted out of email\n- fields\n"
      "  - email address: Email\n  - FNAME: FirstName\n  - PHONE: Phone, E.164 with US as the default country\n"
      "- status: subscribed for all\n- tags\n  - the contact's Department\n"
      "  - no department means no tags at all (empty list)", SFC)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "PHONE": e164(r["Phone"])},
            "status": "subscribed", "tags": [] if blank(r["Department"]) else [r["Department"]]}


# --- Mailchimp members -> HubSpot contacts / Segment identify ----------------------------

@case("h14-42-jira-mailchimp-import", M, H,
      "OPS-77 Import the Mailchimp audience into HubSpot\n\nContext: we're consolidating nurture on HubSpot.\n\n"
      "Definition of done:\n- members with status cleaned are not imported\n- HubSpot email = Mailchimp email address\n"
      "- firstname = FNAME in proper case\n- lastname = LNAME in proper case, 'Unknown' when LNAME is blank\n"
      "- lifecyclestage = 'evangelist' for VIP members, 'subscriber' for everybody else", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": dflt(title(mf["LNAME"]), "Unknown"),
            "lifecyclestage": "evangelist" if r["vip"] else "subscriber"}


@case("h14-43-mailchimp-identify-name", M, S,
      "Mailchimp members as Segment identifies. userId = email_address. traits.name is FNAME and LNAME with a space "
      "between; for members with no LNAME it is just FNAME. traits.language = language.", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    name = mf["FNAME"] if blank(mf["LNAME"]) else mf["FNAME"] + " " + mf["LNAME"]
    return {"userId": r["email_address"], "traits": {"name": name, "language": r["language"]}}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set14")
    print(len(CASES), "cases")
