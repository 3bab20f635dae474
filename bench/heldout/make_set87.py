"""Held-out set 87 for the offline mapping drafter.

Persona: Tomasz, a RevOps lead who writes every sync request as an FAQ page for the team wiki:
"Q: ..." / "A: ..." pairs (or bold questions followed by their answer), sometimes a short intro
line, each question covering one or two fields or a filter, answers in full sentences, now and
then an answer that points back to an earlier one ("Same as above, but ...").

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h87-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: the brief's fixed table, authoring.RULE_KINDS.
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

@case("h87-01-lead-plain-copy-web-source", H, L, """HubSpot -> Salesforce Leads: FAQ

Q: Which HubSpot fields end up on the lead?
A: Email, first name, last name, company name and job title (the job title goes into the lead's Title). They are copied exactly as they are in HubSpot.

Q: What if one of those is empty in HubSpot?
A: Then the lead gets an empty value for that field as well. We don't invent anything.

Q: What Lead Source do the leads get?
A: All of them get Lead Source "Web", regardless of what HubSpot says.
""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h87-02-lead-defaults-trimmed-email", H, L, """**Which fields do we send to the lead?**
Email, FirstName, LastName, Company and Title (Title is the HubSpot job title).

**Is anything cleaned up on the way?**
Only the email: leading and trailing spaces are trimmed off. First and last name are copied unchanged.

**What if the company is missing?**
If the company name is empty or only spaces, Company is set to "Unknown".

**And a missing job title?**
Same idea: an empty (or all-spaces) job title becomes "Not provided" in Title.
""", extended(HS, hs(email="  Tariq.Nasser@Oasisgrid.ae ", firstname="Tariq", lastname="Nasser", company="   ",
                     jobtitle=" ", phone="+971 4 555 0133", country="United Arab Emirates", city="Dubai")))
def _02(r: R) -> Out:
    return {"Email": r["email"].strip(), "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not provided")}


@case("h87-03-lead-name-case-phone-fallback", H, L, """Short FAQ for the lead sync (HubSpot contacts into Salesforce Leads).

Q: How are names handled?
A: FirstName and LastName are written in title case, so each word starts with a capital letter and the rest of the word is lower case ("anna" becomes "Anna", "SMITH" becomes "Smith").

Q: Which number goes into Phone?
A: The HubSpot phone number, as it is. If the contact has no phone number we take the mobile number instead. If both are empty, Phone is simply not set on the lead.

Q: Email?
A: Copied unchanged into Email.
""", extended(HS, hs(email="jonas.lind@fjordtech.no", firstname="JONAS", lastname="lind", company="Fjordtech",
                     phone="", mobilephone="", country="Norway", city="Oslo", state="")))
def _03(r: R) -> Out:
    phone = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": phone})


@case("h87-04-lead-source-table-lower-email", H, L, """Q: What happens to the email address?
A: It is lower-cased and written to the lead's Email field.

Q: How is Lead Source filled?
A: From HubSpot's Original Source, translated like this:
- ORGANIC_SEARCH becomes "Web"
- PAID_SEARCH and PAID_SOCIAL both become "Advertisement"
- REFERRALS becomes "Partner Referral"
- EMAIL_MARKETING becomes "Email"
Any other source gets "Other", and so does a contact whose Original Source is blank.

Q: Anything else?
A: No, just those two fields.
""", extended(HS, hs(email="NINA.KOVAC@ADRIAPORT.HR", firstname="Nina", lastname="Kovac", company="Adriaport",
                     hs_analytics_source="DIRECT_TRAFFIC", country="Croatia", city="Split"),
              hs(email="Omar.Haddad@Cedarline.com", firstname="Omar", lastname="Haddad", company="Cedarline",
                 hs_analytics_source="EMAIL_MARKETING")))
def _04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "Partner Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"].lower(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h87-05-lead-skip-customers-and-optouts", H, L, """Lead sync FAQ, version for the SDR team.

**Which contacts are NOT turned into leads?**
Two groups are skipped. First, anyone whose lifecycle stage is "customer" (they already live in Salesforce as contacts). Second, anyone who has unsubscribed from all email, i.e. hs_email_optout is "true". A blank opt-out value counts as not unsubscribed, so those contacts do go through.

**What do we copy for everyone else?**
Email, company name and phone number, unchanged, into Email, Company and Phone.

**What status do new leads get?**
Always "Open - Not Contacted".
""", extended(HS, hs(email="olivia.berg@fjordline.no", firstname="Olivia", lastname="Berg", company="Fjordline AS",
                     phone="+47 22 55 50 10", lifecyclestage="customer", hs_email_optout="false", country="Norway")))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "Company": r["company"], "Phone": r["phone"], "Status": "Open - Not Contacted"}


@case("h87-06-lead-rating-bands-headcount", H, L, """Q: How is the Rating on the lead decided?
A: By the contact's annual revenue. Above 5,000,000 the lead is "Hot". Below 1,000,000 it is "Cold". Anything in between is "Warm".

Q: And when annual revenue is empty?
A: Then we know nothing about the company, so the lead is rated "Cold".

Q: Do we send the employee count?
A: Yes, the number of employees goes into NumberOfEmployees as a whole number. If HubSpot has no employee count, NumberOfEmployees is left off the lead.

Q: Email?
A: Copied as is into Email.
""", HS)
def _06(r: R) -> Out:
    rev = r["annualrevenue"]
    if blank(rev):
        rating = "Cold"
    elif float(rev) > 5_000_000:
        rating = "Hot"
    elif float(rev) < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h87-07-lead-phone-e164-title-case", H, L, """Intro: SDRs complained about inconsistent phone formats and lower-case cities, so the lead sync does this:

Q: What format is Phone in?
A: E.164, e.g. +14155550142. Numbers without a leading + are treated as US numbers (country code 1). Numbers that already start with + keep their own country code.

Q: What if the contact has no phone number?
A: Then Phone is left out of the lead entirely, not sent as empty.

Q: What about city and last name?
A: Both are converted to title case: every word gets a capital first letter, the rest lower case. City goes to City, last name to LastName.

Q: And email?
A: Email is copied across untouched.
""", HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"]),
                 "LastName": title(r["lastname"])})


@case("h87-08-lead-us-only-state-upper-description", H, L, """Q: Which HubSpot contacts become leads?
A: Only contacts whose Country/Region is exactly "United States". Everyone else is ignored by this sync.

Q: Which fields are mapped?
A: Email and City are copied as they are. State goes into State in upper case.

Q: What is written in the Description?
A: The text "HubSpot " followed by the lifecycle stage, then ", created " and the contact's create date as YYYY-MM-DD. Example: "HubSpot lead, created 2024-05-01".
""", extended(HS, hs(email="luis.ortega@mesaverde.com", firstname="Luis", lastname="Ortega", company="Mesa Verde Farms",
                     country="United States", state="tx", city="Austin", lifecyclestage="lead",
                     createdate="2024-02-20T13:15:00.000Z")))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "City": r["city"], "State": r["state"].upper(),
            "Description": f"HubSpot {r['lifecyclestage']}, created {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h87-09-contact-mailing-address", H, C, """FAQ: HubSpot contacts -> Salesforce Contacts (address block)

Q: Which address fields are synced?
A: The street address goes into MailingStreet, city into MailingCity, state/region into MailingState, postal code into MailingPostalCode and country/region into MailingCountry.

Q: Are they reformatted?
A: No. Every value is copied exactly as HubSpot has it. If a field is empty in HubSpot, the Salesforce field is written as empty too.

Q: What else is on the contact?
A: Email and last name (Email, LastName), also straight copies.
""", HS)
def _09(r: R) -> Out:
    return {"MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"], "Email": r["email"],
            "LastName": r["lastname"]}


@case("h87-10-contact-optout-and-donotcall", H, C, """**Which checkboxes does the contact sync set?**
Two of them: Email Opt Out (HasOptedOutOfEmail) and Do Not Call (DoNotCall).

**When is Email Opt Out ticked?**
When hs_email_optout in HubSpot is the text "true". If it is "false" or blank, the box is unticked (false).

**When is Do Not Call ticked?**
When the contact has neither a phone number nor a mobile number in HubSpot (both are empty). If at least one of them is filled in, DoNotCall is false.

**Anything else?**
Email and last name are copied unchanged into Email and LastName.
""", extended(HS, hs(email="ines.moreau@vignoble.fr", firstname="Ines", lastname="Moreau", company="Vignoble SARL",
                     phone="", mobilephone="", hs_email_optout="  ", country="France")))
def _10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h87-11-contact-title-chain-lastname-local-part", H, C, """Q: What goes into the contact's Title?
A: The job title. If that is empty, we use the contact's industry instead; if the industry is empty as well, Title is "Unknown".

Q: Salesforce insists on a last name. What if HubSpot has none?
A: Then LastName gets the part of the email address before the @ (e.g. "jane.doe" for jane.doe@example.com). Otherwise it is the last name as it is.

Q: And the email?
A: Email is copied as it is.
""", lower_emails(extended(HS, hs(email="Wei.Zhang@Jadegate.cn", firstname="Wei", lastname="", company="Jadegate",
                                  jobtitle="", industry="Retail", country="China", city="Shanghai"))))
def _11(r: R) -> Out:
    t = r["jobtitle"] if not blank(r["jobtitle"]) else (r["industry"] if not blank(r["industry"]) else "Unknown")
    return {"Title": t, "LastName": dflt(r["lastname"], before_at(r["email"])), "Email": r["email"]}


@case("h87-12-contact-country-codes-state-upper", H, C, """Intro: the Salesforce org stores countries as two-letter codes, so the contact sync converts them.

Q: How is MailingCountry filled?
A: From HubSpot's Country/Region using this list: United States -> US, Japan -> JP, Mexico -> MX, France -> FR, Canada -> CA. Those are the only countries we have in HubSpot today.

Q: What about the state?
A: MailingState gets the HubSpot state/region in upper case. If the contact has no state, MailingState is not sent at all.

Q: Email?
A: Copied as is into Email.
""", extended(HS, hs(email="owen.clarke@mapleridge.ca", firstname="Owen", lastname="Clarke", company="Maple Ridge Labs",
                     state="bc", city="Vancouver", country="Canada")))
def _12(r: R) -> Out:
    codes = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR", "Canada": "CA"}
    return keep({"MailingCountry": codes[r["country"]], "MailingState": omit_if_blank(r["state"], str.upper),
                 "Email": r["email"]})


@case("h87-13-contact-pipeline-only-mobile-fallback", H, C, """Q: Which contacts are copied to Salesforce Contacts?
A: Only the ones in the lifecycle stages lead, marketingqualifiedlead or salesqualifiedlead. Subscribers, customers and everybody else stay out.

Q: What is done with the email?
A: It is converted to lower case and written to Email.

Q: Which number is used for MobilePhone?
A: The mobile number. When the mobile number is empty, the regular phone number is used instead.

Q: Is there a fixed value anywhere?
A: Yes, Description is always "Created by the HubSpot sync".
""", HS)
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "MobilePhone": dflt(r["mobilephone"], r["phone"]),
            "Description": "Created by the HubSpot sync"}


@case("h87-14-contact-trim-city-case-source-table", H, C, """**What happens to the email address?**
Surrounding spaces are trimmed, then it goes into Email. Nothing else is changed.

**How does the city look in Salesforce?**
MailingCity is the HubSpot city in title case (first letter of each word capital, the rest lower case).

**How is LeadSource set?**
It depends on the Original Source:
ORGANIC_SEARCH -> Web
PAID_SEARCH -> Advertisement
REFERRALS -> Partner Referral
Everything else, including contacts that have no Original Source at all, gets "Other".
""", extended(HS, hs(email="  noor.haddad@cedarleaf.ae ", firstname="Noor", lastname="Haddad", company="Cedarleaf",
                     city="ABU DHABI", hs_analytics_source="OFFLINE", country="United Arab Emirates")))
def _14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"].strip(), "MailingCity": title(r["city"]),
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h87-15-mc-basic-language-default", H, M, """HubSpot -> Mailchimp audience: FAQ

Q: What is copied to Mailchimp?
A: The email address into email_address, first name into FNAME and last name into LNAME, all as they are.

Q: What subscription status do members get?
A: Every member is added as "subscribed".

Q: Which language is set?
A: The contact's preferred language from HubSpot (hs_language). A lot of contacts don't have that property at all, or it's empty; for those the language is "en".
""", extended(HS, hs(email="camille.lefevre@boulangerie-nord.fr", firstname="Camille", lastname="Lefevre",
                     company="Boulangerie Nord", country="France", hs_language="fr"),
              hs(email="tom.becker@ostwind.de", firstname="Tom", lastname="Becker", company="Ostwind",
                 country="Germany", hs_language="")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h87-16-mc-status-three-ways", H, M, """Q: How is the Mailchimp status chosen?
A: From hs_email_optout. If it is "true" the member is "unsubscribed"; if it is "false" the member is "subscribed".

Q: And if hs_email_optout is blank?
A: We have no consent information, so the member is added as "pending" and Mailchimp sends a confirmation email.

Q: Tags?
A: Every member gets exactly one tag, "hubspot".

Q: Email address?
A: The HubSpot email, unchanged, into email_address.
""", HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"status": status, "tags": ["hubspot"], "email_address": r["email"]}


@case("h87-17-mc-conditional-tags", H, M, """**Which tags are added to a member?**
Two possible tags, in this order:
1. "high-value" when the contact's annual revenue is more than 3,000,000. A contact with no annual revenue does not get it.
2. "customer" when the lifecycle stage is customer.

**What if neither applies?**
Then tags is an empty list.

**What else is sent?**
Only the email address (email_address), copied as is.
""", extended(HS, hs(email="rafael.costa@verdemar.pt", firstname="Rafael", lastname="Costa", company="Verdemar",
                     annualrevenue="9500000", lifecyclestage="customer", country="Portugal")))
def _17(r: R) -> Out:
    tags = []
    if not blank(r["annualrevenue"]) and float(r["annualrevenue"]) > 3_000_000:
        tags.append("high-value")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"tags": tags, "email_address": r["email"]}


@case("h87-18-mc-first-word-fname-phone-e164", H, M, """Q: What goes into FNAME?
A: Only the first word of the HubSpot first name. Some people typed two given names and the email greeting looks odd with both.

Q: And LNAME?
A: The last name, unchanged.

Q: Which phone number ends up in PHONE, and in what format?
A: The phone number; if it is empty, the mobile number. Either way it is converted to E.164. A number without a + is a US number (+1), a number starting with + keeps its country code. Example: (415) 555-0100 becomes +14155550100.

Q: Email?
A: email_address is the email as it is.
""", extended(HS, hs(email="ana.lucia.reyes@solcafe.com", firstname="Ana Lucia", lastname="Reyes", company="Sol Cafe",
                     phone="", mobilephone="312 555 0144", city="Chicago", state="IL")))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                             "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h87-19-mc-skip-no-company-vip", H, M, """Mailchimp sync FAQ (B2B newsletter audience).

Q: Who is excluded?
A: Contacts without a company name. If the Company Name field is empty, the contact is not added to the audience.

Q: Which members are marked VIP?
A: vip is true for contacts in lifecycle stage salesqualifiedlead or customer, and false for all other stages.

Q: Language and email?
A: language is always "en". email_address is the HubSpot email, as is.
""", extended(HS, hs(email="grace.lee@harborpoint.com", firstname="Grace", lastname="Lee", company="Harborpoint",
                     lifecyclestage="customer")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"vip": r["lifecyclestage"] in ("salesqualifiedlead", "customer"), "language": "en",
            "email_address": r["email"]}


@case("h87-20-mc-names-title-company-tag-vip", H, M, """Q: How do names look in Mailchimp?
A: FNAME and LNAME come from the first and last name, converted to title case (capital first letter of every word, rest lower case).

Q: Is the company sent?
A: As a tag: each member gets one tag with their company name. When the company is empty, the tag is the email's domain instead, i.e. the part after the @.

Q: Who is VIP?
A: vip is true when annual revenue is greater than 3,000,000, otherwise false. No revenue on the contact means false.

Q: Email?
A: email_address is the email, unchanged.
""", lower_emails(HS))
def _20(r: R) -> Out:
    rev = r["annualrevenue"]
    return {"merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))],
            "vip": (not blank(rev)) and float(rev) > 3_000_000, "email_address": r["email"]}


# ---------------------------------------------------------------- HubSpot -> Segment identify

@case("h87-21-seg-userid-full-name", H, S, """Segment identify calls from HubSpot: FAQ

Q: What is the userId?
A: The contact's email address in lower case.

Q: Which traits are sent?
A: email (the address exactly as HubSpot has it), title (the job title, copied as is, even when empty) and phone (the phone number, as is).

Q: Is there a full-name trait?
A: Yes, name = first name, a single space, last name. For example "Jane Doe".
""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "title": r["jobtitle"], "phone": r["phone"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h87-22-seg-company-object", H, S, """**What is the userId on the identify call?**
The email address, copied as is.

**Where does company information go?**
Into the nested traits.company object:
- traits.company.name is the company name; if it is empty, use "Unknown".
- traits.company.industry is the industry. If the contact has no industry, don't send the industry key at all.
- traits.company.employee_count is the number of employees as an integer. Same as above: leave it out when the number of employees is empty.
""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Unknown"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h87-23-seg-address-phone-e164", H, S, """Q: userId?
A: The HubSpot email, unchanged.

Q: Which address traits do we send?
A: traits.address.city (the city) and traits.address.country (the country/region), both copied as is. traits.address.state gets the state/region, but only when there is one: a contact with no state gets no state key.

Q: What about the phone trait?
A: traits.phone is the phone number in E.164. When the phone number is empty we use the mobile number. Numbers without a leading + are US numbers, so +1 is added (415-555-0100 -> +14155550100); a number that starts with + keeps its own country code. If the contact has neither a phone nor a mobile number, traits.phone is left out.
""", extended(HS, hs(email="lucas.moreno@pampa.ar", firstname="Lucas", lastname="Moreno", company="Pampa Agro",
                     phone="", mobilephone="", state="", city="Cordoba", country="Argentina")))
def _23(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "country": r["country"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(ph, e164)}})


@case("h87-24-seg-optout-flag-revenue", H, S, """Q: How is the userId built?
A: The email with surrounding spaces trimmed, then lower-cased.

Q: Which traits are there?
A: firstName, copied from the first name as is, plus two custom traits, email_opt_out and annual_revenue, explained below.

Q: What is email_opt_out?
A: A real boolean. true when hs_email_optout is "true"; false when it is "false". When hs_email_optout is blank we treat the contact as not opted out, so false.

Q: What is annual_revenue?
A: The annual revenue as a number, not a string. If the contact has no annual revenue, the trait is left out.
""", extended(HS, hs(email="  Hana.Novak@Vltava.cz  ", firstname="Hana", lastname="Novak", company="Vltava Systems",
                     annualrevenue="", hs_email_optout="true", country="Czechia")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "email_opt_out": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h87-25-ga4-contact-sync-event", H, G, """GA4 Measurement Protocol feed from HubSpot: FAQ

Q: Which client_id and event name are used?
A: Fixed values for every contact: client_id "crm-sync.hubspot" and a single event named "crm_contact_sync".

Q: Which event params are sent?
A: lifecycle_stage: the lifecycle stage as it is. traffic_source: the Original Source in lower case; when the Original Source is blank, traffic_source is sent as an empty string. created_on: the contact's create date as YYYY-MM-DD.
""", HS)
def _25(r: R) -> Out:
    return {"client_id": "crm-sync.hubspot",
            "events": [{"name": "crm_contact_sync",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "traffic_source": r["hs_analytics_source"].lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h87-26-ga4-high-value-accounts", H, G, """**Which contacts are sent to GA4?**
Only contacts whose annual revenue is more than 1,000,000. Contacts without an annual revenue are not sent.

**What is the client_id?**
The part of the email address before the @.

**What does the event look like?**
One event named "high_value_contact" with two params: value, the annual revenue as a number, and currency, always "USD".
""", lower_emails(HS))
def _26(r: R) -> Out:
    rev = r["annualrevenue"]
    if blank(rev) or float(rev) <= 1_000_000:
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact", "params": {"value": num(rev), "currency": "USD"}}]}


@case("h87-27-ga4-lead-or-close-event", H, G, """Q: What is the client_id?
A: The contact's email, unchanged.

Q: Which event is sent?
A: One event per contact. For contacts in the customer lifecycle stage the event name is "close_convert_lead"; for every other stage it is "generate_lead".

Q: Which params does the event carry?
A: lead_source, which is the Original Source, or "UNKNOWN" when the Original Source is empty. And company, the company name copied as it is (an empty company stays an empty string).
""", HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "close_convert_lead" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"lead_source": dflt(r["hs_analytics_source"], "UNKNOWN"),
                                   "company": r["company"]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h87-28-hs-from-lead-copies", L, H, """Salesforce Leads -> HubSpot contacts: FAQ

Q: Which lead fields are copied?
A: Email -> email, FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle, Phone -> phone, City -> city, PostalCode -> zip and Country -> country.

Q: Is anything transformed?
A: No, everything is a straight copy.

Q: What if a lead field is empty?
A: The HubSpot property is set to an empty value as well.
""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h87-29-hs-stage-from-status-optout-text", L, H, """**Which lifecycle stage does the contact get?**
It follows the lead Status:
- "Open - Not Contacted" -> lead
- "Working - Contacted" -> marketingqualifiedlead
- "Closed - Converted" -> customer
- "Closed - Not Converted" -> other

**How is the email opt-out carried over?**
HubSpot's hs_email_optout gets the text "true" when the lead's HasOptedOutOfEmail is checked, and the text "false" when it isn't.

**Email?**
Lead Email into email, as is.
""", SFL)
def _29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"lifecyclestage": stage[r["Status"]], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
            "email": r["Email"]}


@case("h87-30-hs-stage-from-rating-revenue", L, H, """Q: What is done with the email?
A: It is lower-cased and written to email.

Q: How is the lifecycle stage set?
A: From the lead's Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, Cold -> lead.

Q: Is annual revenue synced?
A: Yes, AnnualRevenue goes into annualrevenue as a number. If the lead has no annual revenue, annualrevenue is not set.
""", extended(SFL, sfl(Email="Nadia.Petrov@VostokTrade.com", FirstName="Nadia", LastName="Petrov",
                       Company="Vostok Trade", Rating="Warm", AnnualRevenue="750000.5", Status="Working - Contacted")))
def _30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h87-31-hs-uk-leads-phone-postcode", L, H, """FAQ for the UK lead import.

Q: Which leads are imported?
A: Only leads whose Country is "United Kingdom". All other leads are left alone.

Q: How is the phone number stored?
A: phone is the lead's Phone in E.164. Numbers without a country code are UK numbers: drop the leading 0 and put +44 in front (020 7946 0000 -> +442079460000). Numbers that already start with + keep their code.

Q: Postcodes look messy. Anything done about that?
A: Yes, zip is the PostalCode in upper case.

Q: And job title?
A: jobtitle is the lead's Title; if the Title is blank, jobtitle is "Unknown".

Q: Email?
A: Email into email, unchanged.
""", extended(SFL, sfl(Email="oliver.bennett@thamesworks.co.uk", FirstName="Oliver", LastName="Bennett",
                       Company="Thamesworks", Title="", Phone="0161 496 0123", Street="1 Piccadilly",
                       City="Manchester", PostalCode="m1 1aa", Country="United Kingdom"),
               sfl(Email="isla.fraser@glenmorehotels.co.uk", FirstName="Isla", LastName="Fraser",
                   Company="Glenmore Hotels", Title="Events Manager", Phone="+44 131 496 0456",
                   Street="5 Princes St", City="Edinburgh", PostalCode="eh2 2ng", Country="United Kingdom")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(), "jobtitle": dflt(r["Title"], "Unknown"),
            "email": r["Email"]}


@case("h87-32-hs-skip-dead-leads-address-line", L, H, """Q: Are all leads synced?
A: No. Leads with Status "Closed - Not Converted" are skipped; every other status is synced.

Q: What job title does the contact get?
A: The lead's Title, or "Not provided" if the Title is empty.

Q: How is the street address built?
A: address = the lead's Street, a comma and a space, then the City, e.g. "1 Main St, Springfield". If the Street is empty, address is just the City on its own (no comma).

Q: Email?
A: Copied as is from Email to email.
""", extended(SFL, sfl(Email="mateo.ruiz@lonestarfab.com", FirstName="Mateo", LastName="Ruiz", Company="Lone Star Fab",
                       Title="", Phone="512-555-0170", Street="", City="Austin", PostalCode="78701",
                       Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"jobtitle": dflt(r["Title"], "Not provided"), "address": addr, "email": r["Email"]}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h87-33-mc-from-sfc-status-tags", C, M, """Salesforce Contacts -> Mailchimp: FAQ

Q: How is the email address written?
A: Lower-cased, into email_address.

Q: Subscribed or unsubscribed?
A: If Email Opt Out (HasOptedOutOfEmail) is true the member is "unsubscribed", otherwise "subscribed".

Q: What tags are applied?
A: Every member gets the tag "salesforce". Contacts whose LeadSource is "Trade Show" get a second tag, "trade-show", after it.
""", SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h87-34-mc-from-sfc-dept-filter-language", C, M, """**Which contacts are sent to Mailchimp?**
All except contacts with no Department. If Department is blank the contact is skipped.

**How is PHONE formatted?**
Business Phone converted to E.164. A number without + is a US number and gets +1; numbers already starting with + keep their country code.

**How is the member's language chosen?**
By Mailing Country: Germany -> de, Austria -> de, France -> fr, United States -> en.

**Email?**
email_address is the Email, copied as is.
""", extended(SFC, sfc(Email="claire.roux@atelier-roux.fr", FirstName="Claire", LastName="Roux", Department="Marketing",
                       Phone="+33 4 72 55 01 23", MailingCity="Lyon", MailingCountry="France"),
               sfc(Email="megan.hart@prairiebank.com", FirstName="Megan", LastName="Hart", Department="Finance",
                   Phone="312.555.0166", MailingCity="Chicago", MailingCountry="United States")))
def _34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "France": "fr", "United States": "en"}
    return {"merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang[r["MailingCountry"]],
            "email_address": r["Email"]}


@case("h87-35-mc-from-sfc-fname-default-vip", C, M, """Q: Which name fields are filled?
A: FNAME is the contact's first name; when the first name is empty we use "there", so the greeting still reads "Hi there". LNAME is the last name, copied unchanged.

Q: Who is VIP?
A: Contacts whose LeadSource is exactly "Trade Show" get vip = true. Everyone else gets false, including contacts with an empty LeadSource.

Q: Status and email?
A: status is always "subscribed". email_address is the Email as is.
""", extended(SFC, sfc(Email="sam.whitaker@brightforge.com", FirstName="", LastName="Whitaker", Title="Buyer",
                       Department="Procurement", LeadSource="Trade Show", Phone="(617) 555-0190",
                       MailingCity="Boston", MailingCountry="United States")))
def _35(r: R) -> Out:
    return {"merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed", "email_address": r["Email"]}


@case("h87-36-mc-from-sfc-optin-only-clear-tags", C, M, """Intro: this is the weekly re-sync of Salesforce Contacts into the main audience.

Q: Which contacts are included?
A: Only contacts that have NOT opted out of email (HasOptedOutOfEmail is false).

Q: What is copied?
A: Email into email_address, FirstName into FNAME, LastName into LNAME and Phone into PHONE, all unchanged.

Q: Are there fixed values?
A: Yes: status "subscribed" and email_type "html" for every member.

Q: What about tags?
A: tags is always sent as an empty list, which clears whatever tags the member had.
""", SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h87-37-seg-from-sfc-basic-traits", C, S, """Salesforce Contacts -> Segment identify: FAQ

Q: What is the userId?
A: The contact's Email in lower case.

Q: Which traits are copied?
A: email (Email as is), firstName and lastName (FirstName and LastName as they are).

Q: What about title and birthday?
A: traits.title is the Title and traits.birthday is the Birthdate, both copied unchanged. If either one is empty on the contact, that trait is not sent at all.
""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h87-38-seg-from-sfc-address-trim", C, S, """**userId?**
The Salesforce Email, unchanged.

**Which address traits are sent?**
traits.address.city is the Mailing City with leading and trailing spaces trimmed. traits.address.country is the Mailing Country, copied as is.

**What if the contact has no Title?**
traits.title is normally the contact's Title. When the Title is empty, traits.title is "Unknown".
""", extended(SFC, sfc(Email="jakob.steiner@murtal.at", FirstName="Jakob", LastName="Steiner", Title="",
                       Department="Operations", Phone="+43 316 555 0122", MailingCity="  Graz ",
                       MailingCountry="Austria")))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(), "country": r["MailingCountry"]},
                       "title": dflt(r["Title"], "Unknown")}}


@case("h87-39-seg-from-sfc-phone-name-region", C, S, """Q: userId?
A: The contact's Email, as is.

Q: How is traits.phone formatted?
A: E.164, from the Business Phone. Numbers without a + are US numbers (+1 in front); numbers starting with + keep their own code.

Q: Is there a full name?
A: traits.name = FirstName + " " + LastName.

Q: What is traits.region?
A: A custom trait based on Mailing Country. Germany, Austria and Switzerland -> "DACH". United States and Canada -> "North America". Any other country -> "Rest of world".
""", extended(SFC, sfc(Email="camille.martin@papeterie-lyon.fr", FirstName="Camille", LastName="Martin", Title="Owner",
                       Department="", Phone="+33 4 72 55 01 23", MailingCity="Lyon", MailingCountry="France")))
def _39(r: R) -> Out:
    region = {"Germany": "DACH", "Austria": "DACH", "Switzerland": "DACH", "United States": "North America",
              "Canada": "North America"}.get(r["MailingCountry"], "Rest of world")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}", "region": region}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h87-40-hs-from-mc-names-phone-optout", M, H, """Mailchimp members -> HubSpot contacts: FAQ

Q: How are names brought over?
A: firstname comes from FNAME and lastname from LNAME, both in title case (first letter of each word upper case, the rest lower case).

Q: What if LNAME is empty?
A: lastname is set to "Unknown".

Q: Phone?
A: phone is the PHONE merge field as it is. If PHONE is empty, phone is not set at all.

Q: How do we record unsubscribes?
A: hs_email_optout is the text "true" for members whose status is unsubscribed, and the text "false" for every other status.

Q: Email?
A: email_address goes into email unchanged.
""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]) if not blank(mf["LNAME"]) else "Unknown",
                 "phone": omit_if_blank(mf["PHONE"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false", "email": r["email_address"]})


@case("h87-41-hs-from-mc-skip-cleaned-vip-stage", M, H, """**Are cleaned members imported?**
No. Members with status "cleaned" are skipped; all other statuses are imported.

**Which fields are copied?**
email_address -> email and the COMPANY merge field -> company, unchanged.

**What format is the phone in?**
phone is the PHONE merge field converted to E.164: numbers without a + are US numbers (+1), numbers with a + keep their code. An empty PHONE means no phone property is sent.

**Which lifecycle stage?**
VIP members (vip is true) become "customer"; everybody else is "lead".
""", MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "company": mf["COMPANY"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h87-42-hs-from-mc-first-word-domain-webinar", M, H, """Q: What goes into firstname?
A: Only the first word of FNAME.

Q: And company?
A: The COMPANY merge field. When it is empty, company is the part of the email address after the @ (for example example.com for jane@example.com).

Q: Which lifecycle stage is set?
A: Members carrying the tag "Webinar" come in as marketingqualifiedlead. Members without that tag come in as subscriber.

Q: Email?
A: email_address -> email, as is.
""", lower_emails(extended(MC, mc(email_address="mary.jo.kent@brightwater.org",
                                  merge={"FNAME": "Mary Jo", "LNAME": "Kent", "PHONE": "", "COMPANY": ""},
                                  tags=["Newsletter", "Webinar"], language="en")), key="email_address"))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"firstname": first_word(mf["FNAME"]), "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber",
            "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set87")
