"""Held-out set 91 for the offline mapping drafter.

Persona: Omar, a QA-minded product owner who writes every mapping request as a user story
("As a <role>, I want ..., so that ...") followed by Given/When/Then acceptance criteria, with the
odd "And" line, a small "Examples:" table of inputs and outputs, and now and then an "Out of scope:"
line. He names fields by API name or by label, whichever comes to mind.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h91-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is Omar's own.
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

@case("h91-01-lead-straight-copies-web", H, L, """\
As a sales rep, I want every HubSpot contact to show up as a Salesforce Lead with the same basic \
details, so that I don't have to retype anything.

Given a HubSpot contact
When it syncs to Salesforce
Then Email, FirstName, LastName, Company, Title and Phone are copied straight from email, \
firstname, lastname, company, jobtitle and phone
And Lead Source is always 'Web'

Given a contact whose Job Title, Company or Phone is empty
When it syncs
Then the Lead gets an empty string in that field too (no placeholder, no cleanup)""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h91-02-lead-tidy-names-unknown-co", H, L, """\
As an SDR, I want leads to arrive with tidy names and never an empty Company, so that Salesforce \
accepts them and my list views look clean.

Acceptance criteria:
- Given any contact, When it syncs, Then Email is the HubSpot email, unchanged.
- Given any contact, Then FirstName and LastName are firstname and lastname with leading and \
trailing spaces trimmed off.
- Given a company, Then Company is that company, trimmed.
  And given a blank company (empty or only spaces), Then Company is 'Unknown'.
- Given a blank Job Title, Then Title is 'Not provided'; otherwise Title is the jobtitle exactly \
as it is.""", extended(
    HS,
    hs(email="noor.haddad@cedarline.ae", firstname="  Noor", lastname="Haddad ", company="   ", jobtitle=""),
    hs(email="tomas.novak@vltava.cz", firstname="Tomas ", lastname=" Novak", company=" Vltava Freight ",
       jobtitle="Buyer"),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown").strip(), "Title": dflt(r["jobtitle"], "Not provided")}


@case("h91-03-lead-phone-or-mobile-title", H, L, """\
As a rep, I want one reachable phone number and properly capitalised names on each Lead, so that \
my calls and greetings look right.

Given a contact
When it is pushed to Salesforce as a Lead
Then Email = email
And FirstName, LastName and City are the contact's firstname, lastname and city in Title Case \
(first letter of every word upper case, the rest lower case)
And Phone = phone; if phone is empty, use mobilephone instead
And if both phone and mobilephone are empty, Phone is not set at all (leave it off the Lead)

Examples:
| firstname | lastname | city      | FirstName | LastName | City      |
| maria     | GARCIA   | monterrey | Maria     | Garcia   | Monterrey |""", extended(
    HS,
    hs(email="ines.moreau@atelier-bleu.fr", firstname="INES", lastname="moreau", city="lyon", phone="",
       mobilephone="  "),
))
def o03(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": ph})


STAGE_STATUS = {"marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
                "customer": "Closed - Converted"}


@case("h91-04-lead-status-from-stage", H, L, """\
As a sales manager, I want the Lead Status to reflect how far the contact got in HubSpot, so that \
reps don't cold-call people who are already in a deal.

Rules:
- Email is the contact's email converted to lower case.
- Status comes from lifecyclestage:

Examples:
| lifecyclestage         | Status               |
| marketingqualifiedlead | Working - Contacted  |
| salesqualifiedlead     | Working - Contacted  |
| customer               | Closed - Converted   |
| any other stage        | Open - Not Contacted |

Given a contact with no lifecycle stage at all (blank)
When it syncs
Then Status is 'Open - Not Contacted' as well""", extended(
    HS,
    hs(email="Tess.Whitaker@Brightfield.co", firstname="Tess", lastname="Whitaker", lifecyclestage=""),
    hs(email="leo.brandt@Kraftwerk.de", firstname="Leo", lastname="Brandt", lifecyclestage="opportunity"),
))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "Status": STAGE_STATUS.get(r["lifecyclestage"], "Open - Not Contacted")}


@case("h91-05-lead-skip-optout-customers", H, L, """\
As a sales ops owner, I want only prospects we may email, and who aren't customers yet, sent to \
Salesforce as Leads, so that we don't create non-compliant or pointless leads.

Given a contact whose hs_email_optout is "true"
When the sync runs
Then no Lead is created for it

Given a contact whose Lifecycle Stage is customer
When the sync runs
Then it is skipped too

Given any other contact (a blank hs_email_optout counts as not opted out)
When the sync runs
Then Email, FirstName, LastName and Company are copied from email, firstname, lastname and company
And Status is set to 'Open - Not Contacted'""", extended(
    HS,
    hs(email="ava.lindgren@fjordtech.se", firstname="Ava", lastname="Lindgren", company="Fjordtech",
       lifecyclestage="customer", hs_email_optout="false"),
))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h91-06-lead-rating-by-revenue-headcount", H, L, """\
As a rep, I want a Rating on each Lead based on the company's annual revenue, so that I can sort \
my queue by deal size.

Scenario: rating
- Given annualrevenue is more than 5,000,000, Then Rating = Hot
- Given annualrevenue is less than 1,000,000, Then Rating = Cold
- Given annualrevenue is anywhere in between, Then Rating = Warm
- Given annualrevenue is blank, Then Rating = Cold (we treat unknown as small)

Scenario: headcount
- Given numemployees has a value, Then NumberOfEmployees is that value as a whole number
- Given numemployees is empty, Then NumberOfEmployees is left off the Lead

Email is always the contact's email, unchanged.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h91-07-lead-e164-title-case", H, L, """\
As an inside-sales lead, I want phones in E.164 and names in Title Case on the Lead, so that the \
dialer can call them and our emails greet people properly.

Given a contact with a phone
When it syncs
Then Phone is that number in E.164; a number without a leading + is a US number \
(so (415) 555-0142 becomes +14155550142)

Given a contact whose phone is empty
When it syncs
Then the Lead has no Phone at all (don't send the field)

And FirstName, LastName and City are Title Case versions of firstname, lastname and city
And Email is copied as is.""", extended(
    HS,
    hs(email="lucas.ferreira@riomar.com", firstname="LUCAS", lastname="ferreira", city="miami BEACH",
       phone="1 (305) 555-0111"),
))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h91-08-lead-us-only-source-note", H, L, """\
As the US sales director, I want only our US contacts in Salesforce, each with a short note on \
where they came from, so that the US team has context on day one.

Given a contact whose Country/Region is anything other than exactly 'United States'
When the sync runs
Then it is not sent

Given a US contact
When it syncs
Then Email is the email as is
And State is the state in UPPER CASE
And Description reads 'Source: <hs_analytics_source>, created <createdate as YYYY-MM-DD>'

Examples:
| hs_analytics_source | createdate               | Description                                |
| ORGANIC_SEARCH      | 2023-03-14T15:02:11.000Z | Source: ORGANIC_SEARCH, created 2023-03-14 |""", extended(
    HS,
    hs(email="rosa.delgado@mesaverde.com", firstname="Rosa", lastname="Delgado", company="Mesa Verde Farms",
       country="United States", state="tx", city="Austin", hs_analytics_source="EMAIL_MARKETING",
       createdate="2024-02-20T13:15:00.000Z"),
))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"Source: {r['hs_analytics_source']}, created {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h91-09-contact-mailing-address", H, C, """\
As an account manager, I want each HubSpot contact's postal address on the Salesforce Contact's \
mailing address, so that we can send event invitations by post.

Given a HubSpot contact
When it syncs to Salesforce Contact
Then:
- Email <- email
- First Name <- firstname, Last Name <- lastname
- MailingStreet <- address
- MailingCity <- city
- MailingState <- state
- MailingPostalCode <- zip
- MailingCountry <- country
All straight copies; an empty state goes over as an empty string.

Out of scope: phone numbers and company.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h91-10-contact-optout-dnc-flags", H, C, """\
As a compliance officer, I want the opt-out and do-not-call flags set correctly on every Contact, \
so that nobody gets contacted against their wishes.

Given hs_email_optout is "true"
Then Email Opt Out (HasOptedOutOfEmail) is true
Given hs_email_optout is "false" or blank
Then HasOptedOutOfEmail is false

Given a contact with neither a phone nor a mobilephone (both empty)
Then Do Not Call (DoNotCall) is true
Given a contact with at least one of those two numbers
Then DoNotCall is false

And Email is copied from email.""", extended(
    HS,
    hs(email="hana.kim@seoulsoft.kr", firstname="Hana", lastname="Kim", phone=" ", mobilephone="",
       hs_email_optout="false"),
))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h91-11-contact-lastname-chain", H, C, """\
As a data steward, I want every Contact to have a Last Name, because Salesforce rejects Contacts \
without one.

Given a contact
When it syncs
Then Email = email and FirstName = firstname (plain copies; a blank first name stays blank)
And LastName = lastname
But if lastname is blank, LastName = firstname
And if firstname is blank as well, LastName = the part of the email before the @

Examples:
| email                 | firstname | lastname | LastName |
| zoe@brightloop.io     | Zoe       | (blank)  | Zoe      |
| info@kestrelbikes.com | (blank)   | (blank)  | info     |""", extended(
    lower_emails(HS),
    hs(email="zoe@brightloop.io", firstname="Zoe", lastname=""),
    hs(email="info@kestrelbikes.com", firstname="", lastname="  "),
))
def o11(r: R) -> Out:
    last = r["lastname"] if not blank(r["lastname"]) else (
        r["firstname"] if not blank(r["firstname"]) else before_at(r["email"]))
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": last}


STAGE_WORDS = {"subscriber": "Newsletter subscriber", "lead": "New lead",
               "marketingqualifiedlead": "Marketing qualified", "salesqualifiedlead": "Sales qualified",
               "customer": "Customer"}


@case("h91-12-contact-stage-words-state-caps", H, C, """\
As a marketing manager, I want the HubSpot lifecycle stage written into the Contact Description in \
plain words, and the state in capitals, so that sales sees the funnel stage at a glance.

Given a contact
When it syncs
Then Description is looked up from lifecyclestage:
  subscriber -> 'Newsletter subscriber'
  lead -> 'New lead'
  marketingqualifiedlead -> 'Marketing qualified'
  salesqualifiedlead -> 'Sales qualified'
  customer -> 'Customer'
(those are the only stages this sync ever sees)
And given state has a value, MailingState is the state upper-cased
And given state is blank, MailingState is omitted from the Contact
And Email is the email, unchanged""", extended(
    HS,
    hs(email="ben.carter@harborview.com", firstname="Ben", lastname="Carter", state="ny", lifecyclestage="lead"),
))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "Description": STAGE_WORDS[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h91-13-contact-funnel-only-mobile", H, C, """\
As the nurture-campaign owner, I want only contacts that are still in the funnel (lifecyclestage \
lead, marketingqualifiedlead or salesqualifiedlead) created as Contacts, so that customers and \
newsletter-only subscribers stay out of the nurture.

Given a contact in any other stage, Then it is not synced.

Given a contact in one of those three stages
When it syncs
Then Email is the email in lowercase
And MobilePhone is the mobilephone; when the mobile number is empty, fall back to phone
And Description is always 'Nurture - from HubSpot'""", HS)
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "MobilePhone": dflt(r["mobilephone"], r["phone"]),
            "Description": "Nurture - from HubSpot"}


SOURCE_LS = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}


@case("h91-14-contact-clean-names-leadsource", H, C, """\
As a sales ops analyst, I want clean names and a proper Lead Source on each Contact, so that the \
attribution reports group correctly.

Acceptance criteria
1. Email: the HubSpot email with leading/trailing whitespace trimmed.
2. First Name / Last Name: firstname / lastname in Title Case.
3. LeadSource comes from Original Source (hs_analytics_source):

Examples:
| Original Source          | LeadSource        |
| ORGANIC_SEARCH           | Web               |
| PAID_SEARCH              | Advertisement     |
| PAID_SOCIAL              | Advertisement     |
| REFERRALS                | External Referral |
| EMAIL_MARKETING          | Email             |
| anything else, or blank  | Other             |""", extended(
    HS,
    hs(email="  yara.haddad@olivegrove.lb ", firstname="YARA", lastname="haddad",
       hs_analytics_source="SOCIAL_MEDIA"),
))
def o14(r: R) -> Out:
    return {"Email": r["email"].strip(), "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "LeadSource": SOURCE_LS.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h91-15-mc-basic-language-default", H, M, """\
As an email marketer, I want HubSpot contacts added to our Mailchimp audience, so that they get \
the monthly newsletter.

Given a HubSpot contact
When it's added to Mailchimp
Then email_address = email (as is), FNAME = firstname, LNAME = lastname
And status = 'subscribed' for everyone
And language = the contact's Preferred language (hs_language)
And when the contact has no hs_language property at all, language = 'en'""", extended(
    HS,
    hs(email="camille.laurent@papeterie.fr", firstname="Camille", lastname="Laurent", hs_language="fr"),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h91-16-mc-three-way-status-tag", H, M, """\
As the deliverability owner, I want the Mailchimp status to mirror HubSpot's opt-out, so that we \
never email someone who unsubscribed and we double-check the unknowns.

Given a contact
When it syncs
Then status follows hs_email_optout:
| hs_email_optout | status       |
| "true"          | unsubscribed |
| "false"         | subscribed   |
| blank           | pending      |
And email_address = email
And tags = ['hubspot-sync'] (just that one tag)""", HS)
def o16(r: R) -> Out:
    st = "pending" if blank(r["hs_email_optout"]) else (
        "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed")
    return {"email_address": r["email"], "status": st, "tags": ["hubspot-sync"]}


@case("h91-17-mc-tags-size-and-stage", H, M, """\
As a campaign manager, I want members tagged by account size and by stage, so that I can target \
big accounts and customers separately.

Given a contact
When it's synced to Mailchimp
Then email_address is the email and FNAME is the firstname
And tags holds, in this order:
- 'big-account' when annualrevenue is over 3,000,000 (a blank revenue never gets it)
- 'customer' when lifecyclestage equals customer
And a contact matching neither gets an empty tags list""", extended(
    HS,
    hs(email="sven.lindqvist@nordlys.se", firstname="Sven", lastname="Lindqvist", annualrevenue="9000000",
       lifecyclestage="customer"),
))
def o17(r: R) -> Out:
    v = rev(r)
    tags = (["big-account"] if v is not None and v > 3_000_000 else []) + (
        ["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h91-18-mc-first-name-e164", H, M, """\
As a marketer, I want the FNAME greeting to use just the first given name and the PHONE merge \
field in E.164, so that 'Hi Mary,' reads naturally and our SMS tool accepts the numbers.

Given a contact
When it syncs to Mailchimp
Then email_address = email
And FNAME = the first word of firstname ('Mary Ann' -> 'Mary')
And PHONE = phone in E.164; if phone is blank, use mobilephone in E.164 instead
And numbers without a + are US numbers""", extended(
    HS,
    hs(email="maryann.hollis@lakeshore.org", firstname="Mary Ann", lastname="Hollis", phone="",
       mobilephone="312 555 0166"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h91-19-mc-no-company-skip-vip", H, M, """\
As the audience owner, I want contacts without a company kept out of Mailchimp and our customers \
marked VIP, so that the B2B list stays clean.

Out of scope: contacts whose company is empty (blank or just spaces); they are not sent.

Given a contact with a company
When it syncs
Then email_address = email
And status = 'subscribed'
And vip = true if lifecyclestage is customer, otherwise vip = false""", extended(
    HS,
    hs(email="jonas.berg@nordlicht.de", firstname="Jonas", lastname="Berg", company="Nordlicht GmbH",
       lifecyclestage="customer"),
    hs(email="temp.user@mailbox.org", firstname="Temp", lastname="User", company="   ", lifecyclestage="lead"),
))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h91-20-mc-title-company-tag-vip", H, M, """\
As a marketer, I want nicely capitalised names, a company tag and VIP on big accounts, so that \
our Mailchimp segments just work.

Given a contact
When it syncs to Mailchimp
Then email_address = email
And FNAME and LNAME are firstname and lastname in Title Case
And tags = a single tag: the company name; if company is blank, the part of the email after \
the @ (the domain) instead
And vip = true when annualrevenue > 2,000,000; false otherwise, also when annualrevenue is blank

Examples:
| email                       | company             | tags                    |
| maria.garcia@fiestafoods.mx | (blank)             | ['fiestafoods.mx']      |
| priya.raman@northwind.io    | Northwind Analytics | ['Northwind Analytics'] |""", extended(
    lower_emails(HS),
    hs(email="tariq.aziz@dunesoft.ae", firstname="TARIQ", lastname="aziz", company=" ", annualrevenue=""),
))
def o20(r: R) -> Out:
    v = rev(r)
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [r["company"] if not blank(r["company"]) else after_at(r["email"])],
            "vip": v is not None and v > 2_000_000}


# ---------------------------------------------------------------- HubSpot -> Segment identify

@case("h91-21-seg-ids-and-full-name", H, S, """\
As a product analyst, I want every HubSpot contact identified in Segment, so that product events \
join up with CRM data.

Given a contact
When the identify call is sent
Then userId = the email in lower case
And traits.email = email exactly as in HubSpot
And traits.firstName = firstname and traits.lastName = lastname (copies, no case fixing)
And traits.name = firstname + ' ' + lastname (one space in between)

Examples:
| firstname | lastname | traits.name  |
| maria     | GARCIA   | maria GARCIA |""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h91-22-seg-company-traits", H, S, """\
As a growth PM, I want company facts on the Segment profile, so that we can build account-level \
audiences.

Given a contact
When identify is sent
Then userId = email (unchanged)
And traits.company.name = company, or 'Independent' when company is blank
And traits.company.industry = industry; when industry is blank the key is not sent at all
And traits.company.employee_count = numemployees as an integer; when numemployees is blank, \
leave employee_count out""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"),
        "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h91-23-seg-address-phone-e164", H, S, """\
As a data engineer, I want address traits nested properly and the phone in E.164, so that \
downstream tools can parse them.

Given a contact
When identify is sent
Then userId = email
And traits.address.street = address, traits.address.city = city, traits.address.postalCode = zip \
and traits.address.country = country
And traits.address.state = state, but only when state has a value; a blank state is omitted
And traits.phone = phone in E.164 (US when the number has no +)
And if phone is blank, traits.phone = mobilephone in E.164 instead
And if both are blank, traits.phone is omitted""", extended(
    HS,
    hs(email="lily.chen@redwoodlabs.com", firstname="Lily", lastname="Chen", phone="", mobilephone="",
       address="900 SW 5th Ave", city="Portland", state="OR", zip="97205", country="United States"),
))
def o23(r: R) -> Out:
    ph = first_filled_phone(r)
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": OMIT if ph is None else e164(ph)}})


def first_filled_phone(r: R) -> str | None:
    for k in ("phone", "mobilephone"):
        if not blank(r[k]):
            return r[k]
    return None


@case("h91-24-seg-clean-id-typed-traits", H, S, """\
As an analyst, I want clean user ids and a couple of typed traits, so that Segment doesn't create \
duplicate users and revenue can be summed.

Acceptance criteria:
- userId: the email with surrounding whitespace trimmed, then converted to lower case
- traits.title: jobtitle copied as is (empty stays empty)
- traits.unsubscribed: true when hs_email_optout is "true"; false when it is "false" or blank
- traits.annual_revenue: annualrevenue as a number; no annual_revenue trait at all when \
annualrevenue is blank""", extended(
    HS,
    hs(email="  Rafael.Souza@Cafezal.com.br ", firstname="Rafael", lastname="Souza", jobtitle="Buyer",
       hs_email_optout="true", annualrevenue="640000"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h91-25-ga4-sign-up-event", H, G, """\
As a marketing analyst, I want a sign_up event in GA4 for each HubSpot contact, so that our funnel \
reports include CRM sign-ups.

Given a HubSpot contact
When it's sent to GA4 over the Measurement Protocol
Then client_id = 'hubspot-import' and the event name is 'sign_up'
And params.lifecycle_stage = lifecyclestage as is
And params.source = hs_analytics_source in lower case; when the source is blank, source is sent \
as an empty string
And params.signup_date = createdate as a date, YYYY-MM-DD""", HS)
def o25(r: R) -> Out:
    return {"client_id": "hubspot-import", "events": [{"name": "sign_up", "params": {
        "lifecycle_stage": r["lifecyclestage"], "source": r["hs_analytics_source"].lower(),
        "signup_date": day(r["createdate"])}}]}


@case("h91-26-ga4-big-accounts-only", H, G, """\
As a revenue analyst, I want a qualified_account event only for contacts whose company makes more \
than 1,000,000 a year, so that GA4 revenue reporting isn't full of noise.

Given annualrevenue is 1,000,000 or less, or blank
When the sync runs
Then nothing is sent for that contact

Given annualrevenue is above 1,000,000
When the sync runs
Then client_id = the part of the email before the @
And the event name = 'qualified_account'
And params.value = annualrevenue as a number
And params.currency = 'USD'""", lower_emails(HS))
def o26(r: R) -> Out:
    v = rev(r)
    if v is None or v <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h91-27-ga4-convert-vs-lead", H, G, """\
As a marketing analyst, I want customers and everyone else to arrive in GA4 as different events, \
so that lead counts and conversion counts stay separate.

Given lifecyclestage is customer, Then the event name is 'close_convert_lead'
Given any other stage, Then the event name is 'generate_lead'
And client_id is the email, copied as is
And params.lead_source = hs_analytics_source, or 'UNKNOWN' when it's blank""", HS)
def o27(r: R) -> Out:
    name = "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "lead_source": dflt(r["hs_analytics_source"], "UNKNOWN")}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h91-28-hs-mirror-lead-fields", L, H, """\
As a HubSpot admin, I want Salesforce leads mirrored in HubSpot field for field, so that marketing \
sees the same records as sales.

Given a Salesforce Lead
When it syncs to HubSpot
Then email, firstname, lastname, company, jobtitle, phone, city, zip and country are copied from \
Email, FirstName, LastName, Company, Title, Phone, City, PostalCode and Country
And empty values come across as empty strings (no defaults, nothing skipped)""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


LEAD_STATUS = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
               "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}


@case("h91-29-hs-lead-status-optout-text", L, H, """\
As a marketing ops lead, I want the Salesforce Lead Status translated into HubSpot's Lead Status \
and the email opt-out carried over, so that both teams agree on who is being worked.

Given a Lead
When it syncs
Then hs_lead_status follows Status:

Examples:
| Status (Salesforce)    | hs_lead_status |
| Open - Not Contacted   | NEW            |
| Working - Contacted    | IN_PROGRESS    |
| Closed - Converted     | OPEN_DEAL      |
| Closed - Not Converted | UNQUALIFIED    |

And hs_email_optout is the text "true" when HasOptedOutOfEmail is checked, and the text "false" \
when it isn't
And email = Email""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": LEAD_STATUS[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING_STAGE = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h91-30-hs-stage-from-rating-revenue", L, H, """\
As a demand-gen manager, I want the Salesforce Rating to set the HubSpot lifecycle stage and the \
revenue to come across as a real number, so that scoring in HubSpot works.

Given Rating is Hot, Then lifecyclestage = 'salesqualifiedlead'
Given Rating is Warm, Then lifecyclestage = 'marketingqualifiedlead'
Given Rating is Cold, Then lifecyclestage = 'lead'
Given AnnualRevenue has a value, Then annualrevenue = AnnualRevenue as a number
Given AnnualRevenue is blank, Then annualrevenue is not sent
And email = Email, lower-cased""", extended(
    SFL,
    sfl(Email="Nadia.Petrova@Volga-Tech.ru", FirstName="Nadia", LastName="Petrova", Company="Volga Tech",
        Rating="Warm", AnnualRevenue="750000.50"),
))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING_STAGE[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h91-31-hs-uk-leads-only", L, H, """\
As the UK marketing lead, I want only our UK leads brought into HubSpot, with phones in E.164 and \
tidy postcodes, so that the UK workflows can use them.

Given a Lead whose Country is 'United Kingdom'
When it syncs
Then email = Email
And phone = Phone in E.164; a number without a + is a UK number (+44, drop the leading 0)
And zip = PostalCode in upper case
And jobtitle = Title, or 'Not specified' when Title is blank

Given a Lead from any other country, or with no Country
When the sync runs
Then it is not synced""", extended(
    SFL,
    sfl(Email="oliver.bennett@thamesworks.co.uk", FirstName="Oliver", LastName="Bennett", Company="Thames Works",
        Title="", Phone="0161 496 0123", Street="1 Piccadilly", City="Manchester", PostalCode="m1 1aa",
        Country="United Kingdom"),
    sfl(Email="aisha.khan@brightpath.co.uk", FirstName="Aisha", LastName="Khan", Company="Brightpath",
        Title="Head of Growth", Phone="+44 7700 900456", Street="10 Old St", City="London",
        PostalCode="ec1v 9bd", Country="United Kingdom"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not specified")}


@case("h91-32-hs-open-leads-source-label", L, H, """\
As a HubSpot admin, I want Salesforce leads that are still alive in HubSpot with a short source \
label, so that marketing knows where each one came from.

Out of scope: leads with Status 'Closed - Not Converted' (don't sync them).

Given any other Lead
When it syncs
Then email = Email
And city = City, or 'Unknown' when City is blank
And message = '[' + LeadSource + '] ' + Company

Examples:
| LeadSource | Company       | message             |
| Web        | Sunrise Solar | [Web] Sunrise Solar |
| (blank)    | Kumo KK       | [] Kumo KK          |
A blank LeadSource simply leaves the brackets empty.""", extended(
    SFL,
    sfl(Email="noah.cohen@bluefin.io", FirstName="Noah", LastName="Cohen", Company="Bluefin", City="  ",
        Status="Open - Not Contacted", LeadSource="Advertisement"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    return {"email": r["Email"], "city": dflt(r["City"], "Unknown"),
            "message": f"[{r['LeadSource']}] {r['Company']}"}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h91-33-mc-sfc-status-and-tags", C, M, """\
As an email marketer, I want Salesforce contacts in Mailchimp with the right subscription status \
and tags, so that opted-out people aren't emailed and trade-show contacts get the event follow-up.

Given a Salesforce Contact
When it syncs
Then email_address = Email in lower case
And status = 'unsubscribed' when Email Opt Out (HasOptedOutOfEmail) is true, else 'subscribed'
And tags always include 'salesforce'
And when LeadSource is 'Trade Show', tags also get 'trade-show', after 'salesforce'""", SFC)
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])}


COUNTRY_LANG = {"Germany": "de", "Austria": "de", "United States": "en", "France": "fr"}


@case("h91-34-mc-sfc-dept-phone-language", C, M, """\
As a regional marketer, I want Contacts that have a department synced to Mailchimp with a \
dialable phone and the right language, so that localised campaigns work.

Out of scope: Contacts whose Department is blank; skip them.

Given a Contact with a Department
When it syncs
Then email_address = Email
And PHONE = Phone in E.164 (a US number is assumed when there's no +)
And language follows MailingCountry:
| MailingCountry | language |
| Germany        | de       |
| Austria        | de       |
| United States  | en       |
| France         | fr       |""", extended(
    SFC,
    sfc(Email="marie.lefevre@papeterie-lyon.fr", FirstName="Marie", LastName="Lefevre", Department="Marketing",
        Phone="+33 4 72 55 01 23", MailingCity="Lyon", MailingCountry="France"),
    sfc(Email="paul.weber@donau-tech.at", FirstName="Paul", LastName="Weber", Department="  ",
        Phone="+43 1 555 0123", MailingCity="Linz", MailingCountry="Austria"),
))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": COUNTRY_LANG[r["MailingCountry"]]}


@case("h91-35-mc-sfc-hi-there-vip", C, M, """\
As a field marketer, I want trade-show contacts marked VIP in Mailchimp and a friendly first name \
for everybody, so that our 'Hi <name>' emails never look broken.

Given a Contact
When it syncs
Then email_address = Email (unchanged)
And LNAME = LastName
And FNAME = FirstName, or 'there' when FirstName is empty (so the email reads 'Hi there')
And vip = true when LeadSource equals 'Trade Show'; false for any other LeadSource, a blank one \
included
And status = 'subscribed'""", extended(
    SFC,
    sfc(Email="ada.okoro@lagosgrid.ng", FirstName="", LastName="Okoro", LeadSource="Trade Show"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h91-36-mc-sfc-dach-pending", C, M, """\
As the DACH marketing manager, I want only German and Austrian Contacts in the DACH audience, so \
that we respect double opt-in there.

Given a Contact whose MailingCountry is Germany or Austria
When it syncs
Then email_address = Email, FNAME = FirstName, LNAME = LastName (straight copies)
And status = 'pending' and language = 'de'
And tags = an empty list (no tags at all)

Given any other MailingCountry
Then the Contact is not synced""", extended(
    SFC,
    sfc(Email="lea.meier@seeblick.ch", FirstName="Lea", LastName="Meier", MailingCity="Zurich",
        MailingCountry="Switzerland"),
))
def o36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "language": "de", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h91-37-seg-sfc-no-empty-traits", C, S, """\
As a product analyst, I want Salesforce contacts identified in Segment without empty traits, so \
that existing profile values don't get blanked out.

Given a Contact
When identify is sent
Then userId = Email, lower-cased
And traits.email = Email exactly as stored in Salesforce
And traits.firstName = FirstName and traits.lastName = LastName
And traits.title = Title, but only if Title isn't empty; otherwise there is no title trait
And traits.birthday = Birthdate, likewise only when it isn't empty""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h91-38-seg-sfc-city-country", C, S, """\
As a data engineer, I want each Contact's mailing city and country as Segment address traits, so \
that our geo segments work.

Given a Contact
When identify is sent
Then userId = Email
And traits.address.city = MailingCity with surrounding spaces trimmed
And traits.address.country = MailingCountry, or 'Unknown' when MailingCountry is blank""", extended(
    SFC,
    sfc(Email="maximilian.gruber@steirerholz.at", FirstName="Maximilian", LastName="Gruber",
        MailingCity="  Graz ", MailingCountry=""),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


SOURCE_CHANNEL = {"Web": "inbound", "Trade Show": "events", "Partner Referral": "partners"}


@case("h91-39-seg-sfc-name-phone-channel", C, S, """\
As a growth analyst, I want Salesforce contacts in Segment with a full name, an E.164 phone and a \
simplified channel trait, so that the attribution dashboards are consistent.

Given a Contact
When identify is sent
Then userId = Email
And traits.name = FirstName + ' ' + LastName
And traits.phone = Phone in E.164 (numbers without a + are US numbers)
And traits.channel comes from LeadSource:
  Web -> 'inbound'
  Trade Show -> 'events'
  Partner Referral -> 'partners'
  anything else, blank included -> 'other'""", extended(
    SFC,
    sfc(Email="raj.patel@gangesdata.io", FirstName="Raj", LastName="Patel", Phone="1-408-555-0133",
        LeadSource="Purchased List"),
))
def o39(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                                             "channel": SOURCE_CHANNEL.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h91-40-hs-mc-names-language-optout", M, H, """\
As a HubSpot admin, I want Mailchimp members brought into HubSpot with clean names and their \
opt-out status, so that HubSpot never emails someone who unsubscribed.

Given a Mailchimp member
When it syncs to HubSpot
Then email = email_address
And firstname = FNAME in Title Case
And lastname = LNAME in Title Case; when LNAME is empty, lastname is left out
And hs_language = language, or 'en' when the member's language is blank
And hs_email_optout = the string "true" when status is unsubscribed, the string "false" for any \
other status""", extended(
    MC,
    mc({"FNAME": "NORA", "LNAME": "quinn", "PHONE": "", "COMPANY": "Harbour Light"},
       email_address="nora.quinn@harbourlight.ie", status="subscribed", tags=[], language="", vip=False),
))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h91-41-hs-mc-no-cleaned-vip-customer", M, H, """\
As a sales ops owner, I want engaged Mailchimp members in HubSpot with a dialable phone, and our \
VIPs recognised as customers, so that reps can call the right people.

Out of scope: members whose status is 'cleaned'.

Given any other member
When it syncs
Then email = email_address and firstname = FNAME (copied as they are)
And phone = PHONE in E.164 (US when the number has no +); when PHONE is empty, phone is not set
And lifecyclestage = 'customer' when vip is true, 'subscriber' when vip is false""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h91-42-hs-mc-first-word-domain-tag", M, H, """\
As a HubSpot admin, I want Mailchimp members' first names cut to the first word, a company on \
every contact, and customers recognised from their tags, so that the CRM records are usable.

Given a member
When it syncs
Then email = email_address
And firstname = the first word of FNAME
And company = the COMPANY merge field; if COMPANY is empty, use the email's domain (the part \
after the @)
And lifecyclestage = 'customer' when the member's tags contain 'Customer', otherwise 'lead'

Examples:
| FNAME     | COMPANY | email_address                | firstname | company      |
| Ana Lucía | (blank) | ana.lucia@solandino.pe       | Ana       | solandino.pe |""", extended(
    MC,
    mc({"FNAME": "Ana Lucía", "LNAME": "Pérez", "PHONE": "", "COMPANY": ""},
       email_address="ana.lucia@solandino.pe", status="subscribed", tags=["Webinar", "Customer"],
       language="es", vip=False),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": mf["COMPANY"] if not blank(mf["COMPANY"]) else after_at(r["email_address"]),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set91")
