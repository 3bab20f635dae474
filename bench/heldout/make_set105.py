"""Held-out set 105 for the offline mapping drafter.

Persona: Camille Moreau, CRM and marketing-automation manager at a cosmetics brand in Lyon, French
first language. She writes her requests as polite e-mails in French-shaped English ("Hello team,",
"I would like that ...", "please find below", "the field X must be filled with ...", "if ever X is
empty", "in this case", "else"), puts values in guillemets or quotes (« Web », "true"), writes
numbers with spaced thousands and decimal commas (5 000 000; 2 500 000,75) and example dates as
day/month/year, slips in a few false friends ('actual' for current, 'eventually' for possibly,
'indicative' for country code) and the odd misspelling, sometimes uses a dash list and sometimes one
paragraph, and always closes with "Thanks in advance, Camille".

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h105-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is the persona's own.
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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def _without(rec: R, *keys: str) -> R:
    """A record whose export lacks some properties altogether (not even an empty value)."""
    return {k: v for k, v in rec.items() if k not in keys}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h105-01-lead-copies-web-source", H, L, """\
Hello team,

I would like that the HubSpot contacts go into Salesforce as Leads. Please find below the correspondance:
- email -> Email
- first name -> First Name
- last name -> Last Name
- the company name -> Company
- job title -> Title
- phone number -> Phone
All these fields are copied like they are, without any change. If ever one of them is empty in HubSpot, \
it is not a problem, send it empty like that (the sales team will complete later).
Also the Lead Source must be filled with « Web » for all the leads, it is our actual rule for everything \
coming from the website.

Thanks in advance,
Camille""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Web"}


@case("h105-02-lead-trim-company-title-defaults", H, L, """\
Hello,

For the leads we create in Salesforce from HubSpot, I would like the following. The Email and the Last Name \
are copied directly from the contact, the first name also, no transformation.
The Company must be filled with the HubSpot company name, but please remove the spaces before and after \
(our commercials copy-paste a lot, so we have things like "  Belle Terre  " etc.). If ever the company is \
empty, put « Not provided » in this case.
Same for the Title: the job title without the spaces at the beginning and at the end, and when it is empty \
write « N/A ».

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="lea.martin@belleterre.fr", firstname="Léa", lastname="Martin", company=" Belle Terre Cosmétiques ",
       jobtitle="  Responsable CRM "),
    hs(email="hugo.petit@savonnerie-rhone.fr", firstname="Hugo", lastname="Petit", company="   ",
       jobtitle="Acheteur"),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"],
            "Company": dflt(r["company"].strip(), "Not provided"), "Title": dflt(r["jobtitle"].strip(), "N/A")}


@case("h105-03-lead-phone-fallback-title-case-names", H, L, """\
Hello team,

please find below what I need for the sync HubSpot contacts → Salesforce leads:
- Email: the email of the contact, as it is
- First Name and Last Name: from the HubSpot first name / last name but with a capital letter at the \
beginning of each word and the rest in small letters (we have entries of the type « maria GARCIA », it \
must become « Maria Garcia »)
- Company: copy of the company name
- Phone: the phone number of the contact; if ever it is empty, take the mobile phone number instead; and \
if the two are empty, do not put anything in Phone (the field is left out, don't send it at all).

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="jean.girard@cosmetique-girard.fr", firstname="jean paul", lastname="GIRARD",
       company="Girard Cosmétique", phone="", mobilephone=""),
))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Company": r["company"], "Phone": first_filled(r["phone"], r["mobilephone"]) or OMIT})


@case("h105-04-lead-source-table-lower-email", H, L, """\
Hello,

I would like that the Lead Source in Salesforce is calculated from the HubSpot Original Source, with this table:
ORGANIC_SEARCH = « Web »
PAID_SEARCH = « Advertisement »
PAID_SOCIAL = « Advertisement »
REFERRALS = « External Referral »
For all the other values, and also if the original source is empty, put « Other ».
The Email must be written in lowercase (all in small letters), we had duplicates because of the capitals. \
Last Name: a simple copy.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="Nadia.Benali@Parfums-Azur.fr", firstname="Nadia", lastname="Benali", hs_analytics_source="OFFLINE"),
    hs(email="THEO.ROUX@lumen-cosmetiques.fr", firstname="Théo", lastname="Roux",
       hs_analytics_source="EMAIL_MARKETING"),
))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h105-05-lead-exclude-customers-optouts", H, L, """\
Hello team,

For the flow HubSpot → Salesforce Lead, we must not send everybody. Please exclude:
1) the contacts whose lifecycle stage is « customer » (they are already clients, they are not leads anymore);
2) the contacts who unsubscribed from all email, that is when the field hs_email_optout = "true". When this \
field is empty, we consider the person did not unsubscribe, so she stays in the sync.
For the others, copy email, firstname, lastname and company into Email, First Name, Last Name and Company, \
without changes. And the Lead Status must always be « Open - Not Contacted ».

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="sophie.lambert@atelier-savon.fr", firstname="Sophie", lastname="Lambert", company="Atelier Savon",
       lifecyclestage="customer", hs_email_optout="false"),
    hs(email="remi.faure@pharmacie-faure.fr", firstname="Rémi", lastname="Faure", company="Pharmacie Faure",
       lifecyclestage="lead", hs_email_optout="false"),
    hs(email="ines.caron@beaute-caron.fr", firstname="Inès", lastname="Caron", company="Beauté Caron",
       lifecyclestage="opportunity", hs_email_optout="true"),
))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h105-06-lead-rating-by-revenue-employees", H, L, """\
Hello,

I would like that the leads get a Rating depending of the annual revenue in HubSpot:
- more than 5 000 000 → « Hot »
- less than 1 000 000 → « Cold »
- between the two → « Warm »
If ever the annual revenue is empty, in this case the rating is « Cold » too.
Also the Employees field (NumberOfEmployees) must be filled with the number of employees from HubSpot, as an \
integer (a whole number, not a text). When the number of employees is empty, don't send the field.
And of course Email = the email of the contact.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="agathe.blanc@fleurdelyon.fr", firstname="Agathe", lastname="Blanc", annualrevenue="950000",
       numemployees="8"),
    hs(email="olivier.meyer@alsace-beaute.fr", firstname="Olivier", lastname="Meyer", annualrevenue="5200000",
       numemployees=""),
))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else "Hot" if v > 5_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h105-07-lead-phone-e164-city-title-case", H, L, """\
Hello team,

Small request for the leads: the Phone in Salesforce must be in the international format E.164 (a « + » and \
only the digits). Our HubSpot numbers without indicative (country code) are American numbers, so they get \
+1; the numbers that already start with "+" keep their own country code. If the phone is empty, don't send \
any Phone at all.
The City must be in title case (first letter of each word in capital, the rest in lowercase), for example \
« monterrey » → « Monterrey », « NEW YORK » → « New York ».
Email: copied as it is.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="emma.schmitt@glowlab.com", firstname="Emma", lastname="Schmitt", phone="212-555-0100",
       city="NEW YORK"),
))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h105-08-lead-only-france-upper-description", H, L, """\
Hello,

For this campaign we want only the French contacts in Salesforce: only the contacts with Country/Region = \
« France », the others are not synchronised. For them, Email = email (copy), Last Name = the last name in \
capital letters (DUBOIS, like we do in France), and the Description = the company name + " | created " + the \
create date of the contact in format YYYY-MM-DD. Example: a contact of Lumière Studio created the 09/01/2024 \
gives exactly « Lumière Studio | created 2024-01-09 ».

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="lea.martin@belleterre.fr", firstname="Léa", lastname="Martin", company="Belle Terre",
       country="France", city="Lyon", createdate="2024-02-15T12:00:00.000Z"),
    hs(email="julien.lefevre@savons-du-sud.fr", firstname="Julien", lastname="Lefèvre", company="Savons du Sud",
       country="France", city="Marseille", createdate="2023-10-03T13:30:00.000Z"),
    hs(email="anna.keller@alpenkosmetik.ch", firstname="Anna", lastname="Keller", company="Alpen Kosmetik",
       country="Switzerland", city="Zürich"),
))
def o08(r: R) -> Out:
    if r["country"] != "France":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['company']} | created {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h105-09-contact-mailing-address-copies", H, C, """\
Hello team,

For the contacts we push in Salesforce (the Contact object this time, not Lead), I would like that the adress \
goes in the Mailing adress:
- Street Address → Mailing Street
- City → Mailing City
- State/Region → Mailing State/Province
- Postal Code → Mailing Zip/Postal Code
- Country/Region → Mailing Country
Plus email → Email, first name → First Name, last name → Last Name. Everything is a simple copy, even when \
the HubSpot value is empty (then the Salesforce field is empty too).

Thanks in advance,
Camille""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h105-10-contact-optout-donotcall-flags", H, C, """\
Hello,

please find below the rules for two checkboxes on the Salesforce Contact. Email Opt Out is checked (true) \
if in HubSpot « Unsubscribed from all email » is "true", and in all the other cases it is false, also when \
it is empty. Do Not Call is true when the contact has no phone number (the Phone Number property is empty), \
and false when there is one; we don't look at the mobile for this. Email and Last Name are copied from \
HubSpot.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="manon.girard@herboristerie-lyon.fr", firstname="Manon", lastname="Girard", phone="   ",
       hs_email_optout=""),
))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h105-11-contact-firstname-from-email-title-chain", H, C, """\
Hello team,

For the Salesforce contacts: the First Name comes from the HubSpot first name, but if ever it is empty, take \
the part of the email before the « @ » (e.g. « lucie.moreau » for lucie.moreau@rosedessables.fr).
For the Title: take the job title; if it is empty, take the industry; and if the industry is empty also, \
write « Contact ».
Email is copied as is, LastName also.

Thanks in advance,
Camille""", lower_emails(extended(
    HS,
    hs(email="lucie.moreau@rosedessables.fr", firstname="", lastname="Moreau", jobtitle="", industry="Cosmetics"),
)))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": dflt(r["firstname"], before_at(r["email"])),
            "Title": first_filled(r["jobtitle"], r["industry"], "Contact")}


@case("h105-12-contact-stage-table-state-upper", H, C, """\
Hello,

I would like that the Contact Description in Salesforce says where the person is in our funnel, from the \
HubSpot lifecyle stage:
subscriber → "Newsletter"
lead → "Prospect"
marketingqualifiedlead → "MQL"
salesqualifiedlead → "SQL"
customer → "Client"
(we have only these five stages in the base for the moment.)
The state (State/Region) goes into Mailing State/Province in upper case; when the state is empty, please \
leave the Mailing State out completely (don't send it).
Email → Email, copy.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="clara.vidal@pureskin.fr", firstname="Clara", lastname="Vidal", lifecyclestage="lead", state="ara"),
))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter", "lead": "Prospect", "marketingqualifiedlead": "MQL",
             "salesqualifiedlead": "SQL", "customer": "Client"}
    return keep({"Email": r["email"], "Description": table[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h105-13-contact-only-optin-false-phone-fallback", H, C, """\
Hello team,

Only the contacts with hs_email_optout exactly "false" must be sent to the Salesforce Contacts. If the field \
is "true" or empty we don't send them (empty = we don't know, so we prefer not).
For the ones we send:
Email → the email in lowercase
Phone → the phone number; else the mobile phone number if the phone is empty; if both are empty, no Phone at all
Lead Source → always « Email »
LastName → copy

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="Marc.Blanc@Lumen-Cosmetiques.fr", firstname="Marc", lastname="Blanc", phone="",
       mobilephone="+33 6 12 34 56 78", hs_email_optout="false"),
    hs(email="justine.perrin@spa-perrin.fr", firstname="Justine", lastname="Perrin", phone="", mobilephone="",
       hs_email_optout="false"),
))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return keep({"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]) or OMIT,
                 "LeadSource": "Email", "LastName": r["lastname"]})


@case("h105-14-contact-trim-title-case-source-table", H, C, """\
Hello,

For HubSpot → Salesforce Contact I need:
- Title: the job title, cleaned of the spaces before and after
- First Name and Last Name: in title case (« LEFEBVRE » → « Lefebvre », « anne » → « Anne »)
- Lead Source, from the original source of HubSpot:
   « ORGANIC_SEARCH » → « Web »
   « EMAIL_MARKETING » → « Email »
   « REFERRALS » → « External Referral »
   else → « Other » (also when there is no source at all)
- Email: unchanged.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="anne.lefebvre@maison-lefebvre.fr", firstname="anne", lastname="LEFEBVRE",
       jobtitle="  Directrice Marketing ", hs_analytics_source="EMAIL_MARKETING"),
))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "EMAIL_MARKETING": "Email", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "Title": r["jobtitle"].strip(), "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h105-15-mc-copies-fr-language-phone-unknown", H, M, """\
Hello team,

For Mailchimp, I would like that each HubSpot contact becomes a member of the audience with:
- Email Address = the email
- First Name (FNAME) = first name, and Last Name (LNAME) = last name, copied
- Phone (the PHONE merge field) = the phone number; if the contact has no phone (the property is empty, or \
even not there at all in the export), put « unknown »
- language = « fr » for everybody, the newsletter is in French.

Thanks in advance,
Camille""", extended(
    HS,
    _without(hs(email="ines.roux@cosmetiques-roux.fr", firstname="Inès", lastname="Roux"), "phone"),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                             "PHONE": dflt(r.get("phone"), "unknown")},
            "language": "fr"}


@case("h105-16-mc-status-from-optout-tag", H, M, """\
Hello,

For the Mailchimp sync the subscription status must follow the HubSpot opt-out (Unsubscribed from all email):
- if it is "true" → « unsubscribed »
- if it is "false" → « subscribed »
- if it is empty → « pending » (they will receive the double opt-in)
And all the members get the tag « HubSpot », only this one. The email address comes from the email of the contact.

Thanks in advance,
Camille""", HS)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else "unsubscribed" if v == "true" else "subscribed"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h105-17-mc-tags-big-account-customer", H, M, """\
Hello team,

I would like to put tags on the Mailchimp members coming from HubSpot: first the tag « Big account » when the \
annual revenue is more than 3 000 000 (if the revenue is empty, no tag), then the tag « Customer » when the \
lifecycle stage is exactly « customer ». A contact can have the two tags, only one, or none (in this case the \
tag list is empty). Email address = email of the contact. Nothing else for now, we will eventually add the \
names in a second time.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="paul.garnier@garnier-parfums.fr", firstname="Paul", lastname="Garnier", annualrevenue="6000000",
       lifecyclestage="customer"),
))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Big account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h105-18-mc-first-word-fname-phone-e164", H, M, """\
Hello,

For the members in Mailchimp, the FNAME must contain only the first word of the HubSpot first name (we have \
compound first names like « Marie Claire », and in the greeting Mailchimp should say just « Marie »). The \
PHONE is the phone number of the contact or, if it is empty, the mobile phone, written in E.164: the \
numbers without « + » are US numbers (+1), the ones with a « + » keep their code. In our base there is \
always at least one of the two numbers. Email address: copy of the email.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="marie.claire.bonnet@douceur-bio.fr", firstname="Marie Claire", lastname="Bonnet", phone="",
       mobilephone="(646) 555-0123"),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h105-19-mc-exclude-no-company-vip-revenue", H, M, """\
Hello team,

Please don't send to Mailchimp the HubSpot contacts without compagny (company name empty, or just spaces). All \
the others yes.
Every member is created with the status « subscribed ». The VIP checkbox must be true when the annual revenue \
is more than 10 000 000, else false; and when the annual revenue is empty it's false also.
Email address = email.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="yanis.hamel@hamel-group.fr", firstname="Yanis", lastname="Hamel", company="  "),
    hs(email="louise.henry@maisonlys.fr", firstname="Louise", lastname="Henry", company="Maison Lys",
       annualrevenue="15000000"),
))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": gt(r["annualrevenue"], 10_000_000)}


@case("h105-20-mc-title-case-lname-domain-vip", H, M, """\
Hello,

Please find below the rules for HubSpot → Mailchimp:
- email address = the email
- FNAME = the first name in title case (Maria, not maria)
- LNAME = the last name in title case; if ever the last name is empty, put the part of the email after the \
« @ » instead (the domain, exactly like it is, so we see at least the company)
- VIP = true if the annual revenue is greater than 5 000 000, false if not or if the revenue is empty.

Thanks in advance,
Camille""", lower_emails(extended(
    HS,
    hs(email="contact@savonnerie-lyon.fr", firstname="ÉLISE", lastname="", annualrevenue="6500000"),
)))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h105-21-seg-lower-userid-full-name", H, S, """\
Hello team,

For Segment (the identify calls), the userId must be the email of the contact in lowercase.
In the traits:
- firstName and lastName: copy of the HubSpot first name / last name
- email: the email, copied without change (here we keep the capitals)
- title: the job title (copy, even if empty)
- name: the first name, a space, then the last name (e.g. « Chloé Dubois »)

Thanks in advance,
Camille""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "email": r["email"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h105-22-seg-company-object-traits", H, S, """\
Hello,

I would like the company informations in the traits of Segment, in the company object: traits.company.name = \
the company name of HubSpot, or « Independent » if ever it is empty; traits.company.industry = the industry, \
but only if it is filled (when it's empty don't put the key); traits.company.employee_count = the number of \
employees as an integer, and same, if it is empty it is left out. The userId = the email of the contact (as \
it is).

Thanks in advance,
Camille""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h105-23-seg-address-phone-e164-fallback", H, S, """\
Hello team,

For the Segment identify calls, please put the adress of the HubSpot contact in traits.address:
- city → the city
- postalCode → the postal code
- country → the country
- state → the State/Region, only if it is not empty (else no state key)
The traits.phone is the phone number in E.164 format (numbers without "+" are American, so +1; with "+" we \
keep the code of the number). When the phone is empty, use the mobile phone number. When both are empty, no \
phone in the traits.
userId: the email.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="celine.robin@robin-beaute.fr", firstname="Céline", lastname="Robin", phone="", mobilephone="",
       state="", city="Lyon", zip="69002", country="France"),
))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h105-24-seg-trim-lower-userid-optout-revenue", H, S, """\
Hello,

Some emails in HubSpot have spaces around and capitals, so for Segment the userId = the email with the \
spaces removed at the start and at the end, and in lowercase.
traits.title = job title, copy.
traits.unsubscribed = a real boolean: true when hs_email_optout is "true", false when it's "false", and \
false also when it's empty.
traits.annual_revenue = the annual revenue as a number (ex: 2 500 000,75 → 2500000.75); if the revenue is \
empty, don't send this trait.

Thanks in advance,
Camille""", extended(
    HS,
    hs(email="  Camille.Test@Lumen-Cosmetiques.FR ", firstname="Camille", lastname="Test",
       jobtitle="Chef de produit", hs_email_optout="", annualrevenue=""),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h105-25-ga4-contact-sync-event", H, G, """\
Hello team,

For GA4 (Measurement Protocol) I would like one event per HubSpot contact:
- client_id = the email of the contact, copied like it is
- event name = « crm_contact_sync », always
- event parameter « platform » = « hubspot », always
- event parameter « traffic_source » = the original source in lowercase (ORGANIC_SEARCH → organic_search); \
if ever the source is empty, the parameter is empty too (an empty text)
- event parameter « created_on » = the create date as YYYY-MM-DD (14/03/2023 → 2023-03-14)

Thanks in advance,
Camille""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"platform": "hubspot", "traffic_source": r["hs_analytics_source"].lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h105-26-ga4-big-company-revenue-value", H, G, """\
Hello,

Only the contacts with an annual revenue of more than 1 000 000 must create a GA4 event; when the revenue is \
empty, no event. The client_id = the part of the email before the @. Event name: « big_company_lead ». \
Parameters: « value » = the annual revenue as a number, and « currency » = « USD » (our HubSpot revenues are \
in dollars, unfortunately).

Thanks in advance,
Camille""", lower_emails(extended(
    HS,
    hs(email="margaux.leroy@leroy-soins.fr", firstname="Margaux", lastname="Leroy", annualrevenue="1250000.5"),
    hs(email="bastien.morel@morel-bio.fr", firstname="Bastien", lastname="Morel", annualrevenue="990000"),
)))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "big_company_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h105-27-ga4-customer-or-lead-update", H, G, """\
Hello team,

The GA4 event name depends of the lifecycle stage: if the contact is « customer », the event is \
« customer_update », else it is « lead_update ». client_id = email (copy). In the params: job_title = the job \
title, or « unknown » if it is empty; country = the Country/Region copied.

Thanks in advance,
Camille""", HS)
def o27(r: R) -> Out:
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"],
            "events": [{"name": name,
                        "params": {"job_title": dflt(r["jobtitle"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h105-28-lead-to-hs-plain-copies", L, H, """\
Hello,

Now in the other direction: Salesforce Leads → HubSpot contacts. A simple copy of these fields, please:
Email → email, First Name → firstname, Last Name → lastname, Company → company, Title → jobtitle, \
Phone → phone, City → city, Country → country.
Some leads have empty fields (no title, no phone...), in this case the HubSpot property is sent empty, we \
don't invent anything.

Thanks in advance,
Camille""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


@case("h105-29-lead-to-hs-status-table-optout-text", L, H, """\
Hello team,

For the Leads going to HubSpot, the Lead Status (hs_lead_status) must be translated from the Salesforce lead \
status like that:
« Open - Not Contacted » → NEW
« Working - Contacted » → IN_PROGRESS
« Closed - Converted » → OPEN_DEAL
« Closed - Not Converted » → UNQUALIFIED
And the property « Unsubscribed from all email » receives the text "true" if Email Opt Out is checked in \
Salesforce, else the text "false".
Email → email.

Thanks in advance,
Camille""", SFL)
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h105-30-lead-to-hs-rating-stage-revenue", L, H, """\
Hello,

Please find below the mapping Lead → HubSpot contact:
- email: the Salesforce Email in small letters
- Lifecycle Stage from the Rating: Hot = salesqualifiedlead, Warm = marketingqualifiedlead, Cold = lead
- Annual Revenue: the Salesforce annual revenue as a number; if it's empty, we leave the property out.

Thanks in advance,
Camille""", extended(
    SFL,
    sfl(Email="Nadia.Benali@Parfums-Azur.FR", FirstName="Nadia", LastName="Benali", Rating="Warm",
        AnnualRevenue="750000.5"),
))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h105-31-lead-to-hs-only-uk-phone-zip", L, H, """\
Hello team,

We want only the British leads in HubSpot (Country = « United Kingdom »), nothing else.
For them:
- email = Email
- phone = the phone of the lead in E.164; these are UK numbers, so +44 and without the first 0 \
(020 7946 0321 → +442079460321)
- zip = the postal code in capital letters
- jobtitle = the Title; if ever empty, « Not specified »

Thanks in advance,
Camille""", extended(
    SFL,
    sfl(Email="olivia.hughes@roseandthorn.co.uk", FirstName="Olivia", LastName="Hughes", Company="Rose & Thorn",
        Title="", Phone="07700 900123", City="Manchester", PostalCode="m1 1ae", Country="United Kingdom"),
    sfl(Email="baptiste.roche@roche-cosmetiques.fr", FirstName="Baptiste", LastName="Roche", Company="Roche",
        Phone="04 72 00 00 01", City="Lyon", PostalCode="69003", Country="France"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not specified")}


@case("h105-32-lead-to-hs-exclude-lost-address-concat", L, H, """\
Hello,

For Leads → HubSpot, exclude the leads with the status « Closed - Not Converted », we don't want them.
jobtitle = Title, and when the title is empty, put « To be qualified ».
address (Street Address) = the street, a comma and a space, then the city, ex. « 200 Lake St, Chicago ». If \
the street is empty, only the city (without comma). The city is always filled.
email = Email.

Thanks in advance,
Camille""", extended(
    SFL,
    sfl(Email="zoe.marchand@marchand-spa.fr", FirstName="Zoé", LastName="Marchand", Company="Marchand Spa",
        Title="", Street="", City="Lyon", Country="France", Status="Working - Contacted"),
))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "To be qualified"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h105-33-sfc-mc-status-optout-tags", C, M, """\
Hello team,

For Salesforce Contacts → Mailchimp: Email Address = the Salesforce email in lowercase. Status = \
« unsubscribed » when Email Opt Out is checked, « subscribed » when it's not. Tags: every member gets the tag \
« Salesforce »; and in addition the contacts whose Lead Source is « Trade Show » get a second tag \
« Trade show 2024 », after the first one.

Thanks in advance,
Camille""", SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"]
    if r["LeadSource"] == "Trade Show":
        tags.append("Trade show 2024")
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h105-34-sfc-mc-exclude-no-dept-phone-language", C, M, """\
Hello,

Please exclude the Salesforce contacts with no Department (department empty), they are not real business \
contacts.
For the other ones:
- email_address = Email
- merge field PHONE = the Business Phone in E.164; the numbers without + are US (+1), the numbers with + keep \
their code
- language from the Mailing Country: Germany → de, Austria → de, United States → en, France → fr

Thanks in advance,
Camille""", extended(
    SFC,
    sfc(Email="aurelie.dumas@dumas-parfums.fr", FirstName="Aurélie", LastName="Dumas", Department="Marketing",
        Phone="+33 4 72 00 00 00", MailingCity="Lyon", MailingCountry="France"),
    sfc(Email="nathan.cole@brightglow.com", FirstName="Nathan", LastName="Cole", Department="Retail",
        Phone="503.555.0101", MailingCity="Seattle", MailingCountry="United States"),
))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "France": "fr"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h105-35-sfc-mc-fname-default-vip-trade-show", C, M, """\
Hello team,

Salesforce Contact → Mailchimp, please. FNAME = First Name, and if ever the first name is empty, « Client » \
in this case. LNAME = Last Name (copy). VIP = true only when the Lead Source is « Trade Show » (we met them on \
the salon), false for all the others, and false also if the lead source is empty. Status: « subscribed » for \
everybody. Email address: Email.

Thanks in advance,
Camille""", extended(
    SFC,
    sfc(Email="rochette@institut-rochette.fr", FirstName="", LastName="Rochette", LeadSource="Trade Show"),
))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Client"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h105-36-sfc-mc-only-optin-clear-tags", C, M, """\
Hello,

Only the contacts who did NOT opt out of email (Email Opt Out unchecked) go to Mailchimp.
Copy Email to the email address, First Name to FNAME, Last Name to LNAME and Business Phone to PHONE (as it \
is, no formatting).
Status is always « subscribed » and language always « fr ».
And the tags must be an empty list (no tag at all, we clean them).

Thanks in advance,
Camille""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "status": "subscribed", "language": "fr", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h105-37-sfc-seg-lower-userid-optional-traits", C, S, """\
Hello team,

For Segment from the Salesforce Contacts, the userId is the Email in lowercase.
Traits firstName, lastName, email = First Name, Last Name, Email (copies; the email here is not lowercased).
traits.title = the Title, and traits.birthday = the Birthdate, but each of them only when it is filled: if \
empty, the trait is not sent.

Thanks in advance,
Camille""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "email": r["Email"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h105-38-sfc-seg-address-trim-country-default", C, S, """\
Hello,

For Segment I need the adress of the contact in traits.address: the city = Mailing City, without the spaces \
before/after (some have "  Lyon "), and the country = Mailing Country; if ever it is empty put « France » \
(most of our contacts are French). userId = Email, as it is.

Thanks in advance,
Camille""", extended(
    SFC,
    sfc(Email="helene.garcia@garcia-cosmetique.fr", FirstName="Hélène", LastName="Garcia", MailingCity="  Lyon ",
        MailingCountry=""),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "France")}}}


@case("h105-39-sfc-seg-phone-name-source-table", C, S, """\
Hello team,

Salesforce Contacts → Segment identify:
- userId = Email
- traits.phone = the Business Phone formatted E.164 (without + it's a US number → +1; with + keep the code)
- traits.name = First Name + " " + Last Name
- traits.source from the Lead Source: « Web » → « website », « Trade Show » → « event », and everything \
else (also empty) → « other »

Thanks in advance,
Camille""", extended(
    SFC,
    sfc(Email="victor.lemaire@lemaire-beauty.com", FirstName="Victor", LastName="Lemaire",
        Phone="(312) 555-0175", LeadSource="Partner Referral"),
))
def o39(r: R) -> Out:
    src = {"Web": "website", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}", "source": src}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h105-40-mc-to-hs-names-company-optout-text", M, H, """\
Hello,

For the Mailchimp members coming back to HubSpot:
- email = email address
- firstname = FNAME in title case
- lastname = LNAME in title case, but if the LNAME is empty don't send the lastname at all (we don't want to \
erase the HubSpot value)
- company = COMPANY, and if it is empty « Particulier » (private person)
- « Unsubscribed from all email » = the text "true" when the Mailchimp status is « unsubscribed », else the \
text "false"

Thanks in advance,
Camille""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Particulier"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h105-41-mc-to-hs-exclude-cleaned-phone-vip-stage", M, H, """\
Hello team,

From Mailchimp to HubSpot, exclude the members with status « cleaned » (bounced adresses).
phone = the PHONE merge field in E.164 (no + → US number, +1; with + keep it like that), and when PHONE is \
empty don't send phone.
firstname = FNAME, copy.
lifecyclestage = « customer » if the member is VIP, else « subscriber ».
email = email address.

Thanks in advance,
Camille""", extended(
    MC,
    mc({"FNAME": "Claire", "LNAME": "Fontaine", "PHONE": "(415) 555-0177", "COMPANY": "Fontaine Beauté"},
       email_address="claire.fontaine@fontaine-beaute.fr", status="subscribed", vip=True),
))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "firstname": mf["FNAME"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h105-42-mc-to-hs-first-word-company-domain-tag", M, H, """\
Hello,

Mailchimp → HubSpot, please find below:
firstname = only the first word of FNAME (« Anne Sophie » → « Anne »)
company = the COMPANY merge field; if it is empty, the part of the email address after the @ (ex. hanabi.jp)
lifecyclestage = « customer » when the member has the tag « Customer » in his tags, otherwise « lead »
email = the email address

Thanks in advance,
Camille""", extended(
    MC,
    mc({"FNAME": "Anne Sophie", "LNAME": "Roy", "PHONE": "", "COMPANY": ""},
       email_address="anne.sophie.roy@rosedelyon.fr", tags=["VIP", "Customer"]),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set105")
