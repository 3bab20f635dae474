"""Held-out set 119 for the offline mapping drafter.

Persona: Camille Laurent, account manager at a marketing agency in Paris, French first language.
Writes each mapping as a small client brief: headings ('Objective', 'Fields', 'Rules',
'Particular cases', 'Remarks', sometimes numbered), bullets with '•' or '-', French-shaped
English ('it is necessary to', 'in the case where', 'put in majuscules', 'failing that',
'if the field is not filled', 'we will take'), polite openings and signatures, and now and
then a closing 'Remarks' paragraph that adds a rule.

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
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def without(d: R, *keys: str) -> R:
    """A record with some properties absent (not empty) from the export."""
    return {k: v for k, v in d.items() if k not in keys}


# ---------------------------------------------------------------- HubSpot contacts -> Salesforce Lead

@case("h119-01-leads-plain-copy", H, L, """\
Objective
Create the Leads in Salesforce from the totality of the HubSpot contacts.

Fields
• email -> Email (it is the key, Salesforce finds the existing Lead with it)
• firstname -> FirstName
• lastname -> LastName
• company -> Company
• jobtitle -> Title

Rules
- The values are copied like they are in HubSpot, without any modification.
- If a field is not filled in HubSpot, we send it empty also. There is no default value.
- For all the Leads it is necessary to put LeadSource = "Web".

Thank you in advance,
Camille""",
      extended(HS, hs(email="luc.moreau@boulangerie-moreau.fr", firstname="Luc", lastname="Moreau", company="",
                      jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h119-02-leads-trim-defaults", H, L, """\
Hello,

For the client Boulangeries Moreau, here is the mapping HubSpot contacts -> Salesforce Leads:

1. The email goes in Email as it is (it is with the email that we recognise the Lead).
2. First name and last name: firstname -> FirstName and lastname -> LastName, but it is necessary to remove \
the spaces before and after, some contacts were imported with spaces.
3. Company: we take company. In the case where it is not filled (or contains only spaces), put "Independent".
4. Title: jobtitle. If the field is not filled, we will put "Not communicated".

Nothing else for the moment.
Best regards,
Camille Laurent""",
      extended(HS, hs(email="luc.moreau@boulangerie-moreau.fr", firstname="  Luc ", lastname=" Moreau  ", company="   ",
                      jobtitle="Gérant"),
               hs(email="emma.roussel@fournilroussel.fr", firstname="Emma ", lastname="Roussel", company="Fournil Roussel",
                  jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Independent"), "Title": dflt(r["jobtitle"], "Not communicated")}


@case("h119-03-leads-phone-chain", H, L, """\
Objective: send the HubSpot contacts in Salesforce as Leads.

Fields
- Email = email of HubSpot, no change (it is the match key).
- FirstName and LastName = firstname and lastname, put in title case (first letter of each word in majuscule, \
the rest in minuscules). Some contacts are written all in majuscules or all in minuscules.
- Phone = phone. Failing that, mobilephone. If neither of the two is filled, we do not send the Phone field at all \
(not even empty).

The phone numbers are copied as they are, no reformatting.""",
      extended(HS, hs(email="ines.bernard@atelier-b.fr", firstname="INÈS", lastname="bernard", phone="", mobilephone=""),
               hs(email="paul.girard@vinsgirard.fr", firstname="paul", lastname="GIRARD", phone="  ",
                  mobilephone="06 12 34 56 78")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h119-04-leads-source-table", H, L, """\
1. Objective
Attribute the good Lead Source in Salesforce according to the original source of HubSpot.

2. Fields
• Email: the email of the contact, put in minuscules (all the address). It is the key to find the Lead.
• LastName: lastname, copied as is.
• LeadSource: according to hs_analytics_source, with this table:
   - ORGANIC_SEARCH -> Web
   - PAID_SEARCH -> Advertisement
   - PAID_SOCIAL -> Advertisement
   - REFERRALS -> External Referral
   - all the other values -> Other

3. Particular cases
In the case where the original source is empty, we will take also "Other".""",
      extended(HS, hs(email="Sarah.Levy@Levy-Partners.COM", lastname="Levy", hs_analytics_source="EMAIL_MARKETING")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h119-05-leads-two-exclusions", H, L, """\
Hello,

We must push the HubSpot contacts to Salesforce Leads, but not all of them.

Rules
- Exclude the contacts where hs_email_optout is "true" (the ones unsubscribed). If it is "false" or not filled, \
the contact is kept.
- Exclude also the contacts whose lifecyclestage is "customer", they are already followed by the sales team.

Fields (simple copy, no transformation)
- email -> Email (match key)
- firstname -> FirstName
- lastname -> LastName
- company -> Company

And for every Lead, Status = "Open - Not Contacted".

Thanks,
Camille""",
      extended(HS, hs(email="paul.girard@vinsgirard.fr", firstname="Paul", lastname="Girard", company="Vins Girard",
                      lifecyclestage="customer", hs_email_optout="false"),
               hs(email="sarah.levy@levy-partners.com", firstname="Sarah", lastname="Levy", company="Levy Partners",
                  lifecyclestage="opportunity", hs_email_optout="")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h119-06-leads-rating-size", H, L, """\
Objective
Give a Rating to each Lead according to the size of the company.

Fields
• Email: email (as is). It is with this field that Salesforce identifies the Lead.
• Rating, calculated from annualrevenue:
   - if the revenue is superior to 5 000 000 -> "Hot"
   - if the revenue is inferior to 1 000 000 -> "Cold"
   - between the two -> "Warm"
   - if the revenue is not filled -> "Cold" also
• NumberOfEmployees: numemployees, as a whole number (integer).

Remarks
When numemployees is empty, do not send NumberOfEmployees, leave the field out.""",
      extended(HS, hs(email="hugo.fabre@fabre-industrie.fr", annualrevenue="5400000", numemployees="75"),
               hs(email="lea.martin@studio-martin.fr", annualrevenue="950000", numemployees="")))
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1_000_000 else ("Hot" if v > 5_000_000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h119-07-leads-us-phone-city", H, L, """\
Hello,
Small mapping for the leads of the US campaign, HubSpot contacts -> Salesforce Lead:
- Email = email, unchanged, it is the key.
- Phone = phone in the international format E.164 (ex: +14155550100). The numbers without indicative are \
American, so +1. If a number begins already with +, we keep its own country code. If the phone is not filled, \
do not send the field.
- City = city with a majuscule at the beginning of each word and the rest in minuscules \
(ex: "new york" -> "New York").
That's all. Thank you!
Camille""",
      extended(HS, hs(email="tom.baker@bakerbros.com", phone="1 (646) 555-0101", city="SAINT LOUIS")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h119-08-leads-us-only-description", H, L, """\
OBJECTIVE
Only the American contacts go in Salesforce.

RULES
1. We take only the contacts where country = "United States". The others are not sent at all.
2. Email: email of HubSpot as is (key of the Lead).
3. State: the state field of HubSpot, put in majuscules (some are written "ca" or "tx").
4. Description: it is necessary to compose a text like this:
   Created in HubSpot on <date> - origin <source>
   where <date> is the createdate in format YYYY-MM-DD (only the date, not the hour) and <source> is the value \
of hs_analytics_source as is.
   Example: Created in HubSpot on 2021-06-30 - origin DIRECT_TRAFFIC""",
      extended(HS, hs(email="tom.baker@bakerbros.com", country="United States", state="tx",
                      hs_analytics_source="EMAIL_MARKETING", createdate="2024-06-18T12:00:00.000Z"),
               hs(email="julie.tremblay@erable.ca", country="Canada", state="qc")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"Created in HubSpot on {day(r['createdate'])} - origin {r['hs_analytics_source']}"}


# ---------------------------------------------------------------- HubSpot contacts -> Salesforce Contact

@case("h119-09-contacts-mailing-address", H, C, """\
Objective: create the Salesforce Contacts from HubSpot with their postal address.

Fields
• email -> Email (the key to recognise the Contact)
• firstname -> FirstName
• lastname -> LastName
• address -> MailingStreet
• city -> MailingCity
• state -> MailingState
• zip -> MailingPostalCode
• country -> MailingCountry

All is a simple copy, without any change. If a field is empty in HubSpot (for example the state for the contacts \
outside the US), the Salesforce field receives it empty too.""",
      extended(HS, hs(email="margaux.petit@petit-fils.fr", firstname="Margaux", lastname="Petit", address="",
                      city="Lyon", state="", zip="69002", country="France")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h119-10-contacts-checkboxes", H, C, """\
Hello,

For the Contacts in Salesforce we need two checkboxes calculated from HubSpot:

• HasOptedOutOfEmail: true when hs_email_optout is "true". When it is "false" or when it is not filled, put false.
• DoNotCall: true in the case where the contact has no phone (the phone field is empty or contains only spaces), \
false when a phone is filled. We do not look at the mobile.

And of course Email = email of HubSpot, without change, for the matching.

Regards,
Camille""",
      extended(HS, hs(email="paul.girard@vinsgirard.fr", phone="   ", mobilephone="06 12 34 56 78", hs_email_optout="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h119-11-contacts-lastname-chain", H, C, """\
1. Objective
Salesforce refuses the Contacts without LastName, so it is necessary to always fill it.

2. Fields
- Email: email (copied as is; it serves as key).
- FirstName: firstname as is, even if it is empty.
- LastName: we take lastname. Failing that, the company. Failing that, the part of the email before the @ \
(ex: for info@exemple.fr we put "info").""",
      extended(lower_emails(HS),
               hs(email="contact@maisonroux.fr", firstname="", lastname="", company="Maison Roux"),
               hs(email="b.petit@orange.fr", firstname="Bernard", lastname="", company=""),
               hs(email="anne.leroy@cabinet-leroy.fr", firstname="Anne", lastname="  ", company="Cabinet Leroy")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h119-12-contacts-stage-description", H, C, """\
Objective
Synchronise the HubSpot contacts to the Salesforce Contacts, with the stage of the contact in the description.

Fields
• Email ← email (match key, as is)
• LastName ← lastname (as is)
• MailingCity ← city, put in majuscules (PARIS, TOKYO...). If the city is not filled, we do not send MailingCity.
• Description ← lifecyclestage, translated like this:
    subscriber → Newsletter subscriber
    lead → Prospect
    marketingqualifiedlead → Prospect (marketing qualified)
    salesqualifiedlead → Prospect (sales qualified)
    customer → Client""",
      extended(HS, hs(email="margaux.petit@petit-fils.fr", lastname="Petit", city="", lifecyclestage="lead")))
def o12(r: R) -> Out:
    table = {"subscriber": "Newsletter subscriber", "lead": "Prospect",
             "marketingqualifiedlead": "Prospect (marketing qualified)",
             "salesqualifiedlead": "Prospect (sales qualified)", "customer": "Client"}
    return keep({"Email": r["email"], "LastName": r["lastname"], "MailingCity": omit_if_blank(r["city"], str.upper),
                 "Description": table[r["lifecyclestage"]]})


@case("h119-13-contacts-clients-only", H, C, """\
Hello,

This time we send only the clients and the sales qualified leads: only the contacts with lifecyclestage \
"customer" or "salesqualifiedlead" are synchronised, the others are ignored.

Then:
- Email = email in minuscules (it is the key of the Contact).
- Phone = the mobile (mobilephone). If the mobile is not filled, we will take the phone field. The number is \
copied as is.
- LeadSource = "Partner" for all, because these contacts come from our partner agency.

Thank you,
Camille""",
      extended(HS, hs(email="Helene.Martin@Martin-Conseil.FR", lifecyclestage="customer", mobilephone="06 12 34 56 78",
                      phone="01 44 55 66 77"),
               hs(email="Lucas.Bonnet@Bonnet.fr", lifecyclestage="opportunity")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Partner"}


@case("h119-14-contacts-clean-source", H, C, """\
Objective
Clean the Contacts that we send to Salesforce.

Fields
• Email: email, no change (key).
• FirstName / LastName: firstname / lastname in title case (majuscule at the beginning of each word, the rest \
in minuscules).
• Title: jobtitle, removing the spaces at the beginning and at the end. If it is empty it stays empty.
• LeadSource, following the original source (hs_analytics_source):
    ORGANIC_SEARCH → Web
    REFERRALS → External Referral
    PAID_SEARCH → Advertisement
    EMAIL_MARKETING → Email
  Any other value, or no value at all → Other.""",
      extended(HS, hs(email="ines.bernard@atelier-b.fr", firstname="INÈS", lastname="bernard",
                      jobtitle="  Directrice Artistique  ", hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "REFERRALS": "External Referral", "PAID_SEARCH": "Advertisement",
             "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- HubSpot contacts -> Mailchimp members

@case("h119-15-mc-newsletter-company", H, M, """\
Hello,

Here is the mapping for the newsletter audience in Mailchimp:

• email_address ← email (as is, this is how Mailchimp finds the member)
• FNAME ← firstname
• LNAME ← lastname
• COMPANY ← company; in the case where the contact has no company (field empty, or absent of the export), \
we put "Particulier".
• status: always "subscribed".

The values are copied without transformation.
Camille""",
      extended(HS, without(hs(email="emma.roussel@fournilroussel.fr", firstname="Emma", lastname="Roussel"), "company")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"],
                             "COMPANY": dflt(r.get("company"), "Particulier")}}


@case("h119-16-mc-consent-status", H, M, """\
Objective
Respect the consent of each contact when we send it to Mailchimp.

Rules
1. email_address = email (copy; key of the member).
2. status according to hs_email_optout:
   - "true" → "unsubscribed"
   - "false" → "subscribed"
   - not filled → "pending" (the person will receive a confirmation email, double opt-in)
3. Tag: all the members receive the tag "HubSpot import".""",
      extended(HS, hs(email="lea.martin@studio-martin.fr", hs_email_optout=" ")))
def o16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot import"]}


@case("h119-17-mc-segment-tags", H, M, """\
Hello,

For Mailchimp we want to segment with tags.

Fields
- email_address: email (as is, key).
- FNAME: firstname (as is).

Tags (in this order)
1. "Big account" if annualrevenue is superior to 3 000 000. If the revenue is not filled, no tag.
2. "Customer" if lifecyclestage = "customer".

If none of the two conditions is true, the member has an empty list of tags (we send the tags field anyway, \
empty).""",
      extended(HS, hs(email="hugo.fabre@fabre-industrie.fr", firstname="Hugo", annualrevenue="9000000",
                      lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = (["Big account"] if gt(r["annualrevenue"], 3_000_000) else []) + \
        (["Customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h119-18-mc-first-word-phone", H, M, """\
Objective: Mailchimp members from HubSpot, with a clean first name and phone.

• email_address: email, as is (match key)
• FNAME: only the first word of firstname (ex: "Marie Claire" → "Marie")
• PHONE: phone in format E.164, considering that a number without + is American (+1). If phone is not filled, \
we will take mobilephone (also in E.164). A number which begins already with + keeps its country code.""",
      extended(HS, hs(email="jean.baptiste.roux@rouxdesign.com", firstname="Jean Baptiste", phone="",
                      mobilephone="(305) 555-0160")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h119-19-mc-b2b-only-vip", H, M, """\
Hello,

Particular request of the client for Mailchimp.

Rules
- The contacts without company (company empty) must be excluded, they are not B2B.
- status = "subscribed" for all the ones we send.
- vip = true only for the contacts with lifecyclestage "customer", false for all the others (also when \
lifecyclestage is empty).

Fields
- email_address ← email (key)
- COMPANY ← company

Thanks""",
      extended(HS, hs(email="paul.girard@vinsgirard.fr", company="Vins Girard", lifecyclestage="customer"),
               hs(email="lea.martin@studio-martin.fr", company="  ", lifecyclestage="customer"),
               hs(email="sarah.levy@levy-partners.com", company="Levy Partners", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "merge_fields": {"COMPANY": r["company"]},
            "vip": r["lifecyclestage"] == "customer"}


@case("h119-20-mc-b2b-enrich", H, M, """\
1. Objective
Enrich the Mailchimp audience for the B2B newsletter.

2. Fields
• email_address: email, unchanged (key of the member).
• FNAME and LNAME: firstname and lastname in title case (each word begins with a majuscule, the rest is in \
minuscules).
• COMPANY: company as is. Failing that, the domain of the email, that is to say the part after the @ \
(ex: anne@dupont.fr → dupont.fr).

3. VIP
vip = true if annualrevenue is superior to 1 000 000, else false. A contact whose revenue is not filled is not \
VIP (false).""",
      extended(lower_emails(HS), hs(email="b.petit@petitconseil.fr", firstname="BERNARD", lastname="petit", company="",
                                    annualrevenue="1500000")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 1_000_000)}


# ---------------------------------------------------------------- HubSpot contacts -> Segment identify

@case("h119-21-seg-names", H, S, """\
Objective
Identify the HubSpot contacts in Segment.

Fields
- userId: the email in minuscules (it is the identifier of the user).
- traits.firstName ← firstname
- traits.lastName ← lastname
- traits.title ← jobtitle
- traits.name: first name and last name together, separated by one space (firstname + " " + lastname).

Remarks
The copies are without change (we do not correct the majuscules etc.), and an empty job title is sent empty.""",
      extended(HS, hs(email="Tom.Baker@BakerBros.com", firstname="Tom", lastname="Baker", jobtitle="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h119-22-seg-company-object", H, S, """\
Hello,

For Segment, the information of the company must be under traits.company:

• userId = email of HubSpot as is.
• traits.company.name = company. If not filled, by default "Freelance".
• traits.company.industry = industry; if the industry is empty, do not send it.
• traits.company.employee_count = numemployees converted in integer. In the case where numemployees is empty, \
we leave it out too.

Merci !
Camille""",
      extended(HS, hs(email="lea.martin@studio-martin.fr", company="", industry="", numemployees="3")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Freelance"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h119-23-seg-address-phone", H, S, """\
Objective
Send the postal address and the phone of the contacts to Segment.

Fields
1. userId: email (copy, it is the key).
2. traits.address.street ← address
3. traits.address.city ← city
4. traits.address.state ← state, only if it is filled; if it is empty, do not put the key.
5. traits.address.postalCode ← zip
6. traits.address.country ← country
7. traits.phone: phone in E.164 (the numbers without + are from the US, so +1). Failing that, mobilephone in \
E.164. If none of the two is filled, no traits.phone.

The address fields are copied as they are.""",
      extended(HS, hs(email="ines.bernard@atelier-b.fr", phone="", mobilephone="", address="8 Rue Oberkampf",
                      city="Paris", state="", zip="75011", country="France")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(ph, e164)}})


@case("h119-24-seg-clean-id-revenue", H, S, """\
Hello,

Mapping HubSpot → Segment identify:

- userId: the email, but it is necessary to clean it: remove the spaces before/after and put all in minuscules.
- traits.firstName: firstname, copied.
- traits.unsubscribed: true if hs_email_optout = "true", false otherwise (also false when the field is not filled).
- traits.annualRevenue: annualrevenue as a number (not a text). If it is not filled, do not send this trait.

Best regards,
Camille""",
      extended(HS, hs(email="  Marc.Olivier@Exemple.FR ", firstname="Marc", hs_email_optout="true",
                      annualrevenue="150000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot contacts -> GA4 events

@case("h119-25-ga4-contact-sync", H, G, """\
Objective
Send to GA4 one event per HubSpot contact, for the reporting of the client.

Event
• client_id: email of the contact, as is (it is the identifier for GA4).
• name of the event: "crm_contact_sync" for all.
• params:
   - source_platform: always "hubspot"
   - lifecycle_stage: lifecyclestage, copied
   - traffic_source: hs_analytics_source in minuscules (ex: organic_search). If the source is empty, we do not \
send this param.
   - created_on: createdate, only the date in format YYYY-MM-DD.""",
      extended(HS, hs(email="lea.martin@studio-martin.fr", hs_analytics_source="", lifecyclestage="opportunity",
                      createdate="2024-05-21T13:15:00.000Z")))
def o25(r: R) -> Out:
    params = keep({"source_platform": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                   "traffic_source": omit_if_blank(r["hs_analytics_source"], str.lower),
                   "created_on": day(r["createdate"])})
    return {"client_id": r["email"], "events": [{"name": "crm_contact_sync", "params": params}]}


@case("h119-26-ga4-big-accounts", H, G, """\
Hello,

Only the big accounts go in GA4:

1. Filter: we keep only the contacts with annualrevenue superior to 1 000 000. The contacts without revenue \
(field not filled) are excluded.
2. client_id = the part of the email before the @ (ex: jean.dupont).
3. Event name = "high_value_lead".
4. Params: value = annualrevenue as a number, and currency = "EUR".

Thank you!""",
      extended(lower_emails(HS), hs(email="hugo.fabre@fabre-industrie.fr", annualrevenue="1200000.5")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_lead", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h119-27-ga4-stage-event", H, G, """\
Objective
One GA4 event per contact, with a name which depends on the stage.

Rules
• client_id = email (no change).
• Event name: "customer_sync" in the case where lifecyclestage is "customer"; for all the other contacts (also \
when the stage is empty), "lead_sync".
• params.country = country, copied.
• params.industry = industry; if it is not filled we will take "Not specified".""",
      extended(HS, hs(email="sarah.levy@levy-partners.com", lifecyclestage="", industry="  ", country="Israel")))
def o27(r: R) -> Out:
    name = "customer_sync" if r["lifecyclestage"] == "customer" else "lead_sync"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"country": r["country"],
                                                 "industry": dflt(r["industry"], "Not specified")}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot contacts

@case("h119-28-lead-to-hs-copy", L, H, """\
Hello,

We need now the reverse: the Salesforce Leads go in the HubSpot contacts.

• Email → email (it is the key in HubSpot)
• FirstName → firstname
• LastName → lastname
• Company → company
• Title → jobtitle
• Phone → phone

It is a copy one to one. If a value is empty in Salesforce, the HubSpot property is sent empty (we do not invent \
a value).

Camille""",
      extended(SFL, sfl(Email="julie.fontaine@ateliers-fontaine.fr", FirstName="Julie", LastName="Fontaine",
                        Company="Ateliers Fontaine", Title="", Phone="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


@case("h119-29-lead-status-optout", L, H, """\
Objective
Report the status of the Salesforce Leads in HubSpot.

Fields
- email ← Email (as is; key)
- hs_lead_status ← Status, with this correspondence:
    Open - Not Contacted → NEW
    Working - Contacted → IN_PROGRESS
    Closed - Converted → CONNECTED
    Closed - Not Converted → UNQUALIFIED
- hs_email_optout ← HasOptedOutOfEmail, written as the text "true" or "false" (HubSpot stores it like a text).""",
      extended(SFL, sfl(Email="julie.fontaine@ateliers-fontaine.fr", Status="Working - Contacted",
                        HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h119-30-lead-rating-stage", L, H, """\
1. Objective
Transfer the Leads in HubSpot with a lifecycle stage which follows the Rating.

2. Fields
• email: Email in minuscules (key).
• lifecyclestage, following Rating:
   Hot → salesqualifiedlead
   Warm → marketingqualifiedlead
   Cold → lead
• annualrevenue: AnnualRevenue as a number. If the AnnualRevenue is empty, leave the property out (not sent).""",
      extended(SFL, sfl(Email="Nadia.Benali@Atlas-Conseil.MA", Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h119-31-lead-uk-office", L, H, """\
Hello,

For the UK office of the client, only the British leads.

Particular cases
- We take only the Leads where Country = "United Kingdom". The rest is not synchronised.

Fields
- email ← Email (key, as is)
- phone ← Phone in international format E.164 with the code of the United Kingdom (+44): we remove the first 0 \
of the national number (ex: 020 7946 0000 → +442079460000). If the number begins with + we keep it like that, \
only the digits.
- city ← City in majuscules
- jobtitle ← Title; failing that (not filled), "Not specified".

Thanks in advance,
Camille""",
      extended(SFL, sfl(Email="olivia.hart@thamesmedia.co.uk", Country="United Kingdom", Phone="07700 900123", Title="",
                        City="Manchester"),
               sfl(Email="ruairi.byrne@liffeytech.ie", Country="Ireland", Phone="+353 1 555 0123", City="Dublin"),
               sfl(Email="james.reid@clydeworks.co.uk", Country="United Kingdom", Phone="+44 141 555 0188",
                   Title="Director", City="Glasgow")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "jobtitle": dflt(r["Title"], "Not specified")}


@case("h119-32-lead-title-company", L, H, """\
Objective
Import the Salesforce Leads in HubSpot, except the ones closed without conversion.

Rules
1. Exclude the Leads with Status "Closed - Not Converted".
2. email ← Email (copy; key of the contact).
3. jobtitle: the Title and the Company together, like "Title / Company" (ex: "Buyer / Maison Dupont"). In the \
case where the Title is not filled, we put only the Company, without the " / ".
4. country ← Country. By default, if the country is not filled, "France" (the majority of the leads of this \
client are French).""",
      extended(SFL, sfl(Email="julie.fontaine@ateliers-fontaine.fr", Title="Buyer", Company="Ateliers Fontaine",
                        Country="", Status="Working - Contacted"),
               sfl(Email="marc.weber@weber-bau.de", Title="", Company="Weber Bau", Country="Germany",
                   Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    jt = r["Company"] if blank(r["Title"]) else f"{r['Title']} / {r['Company']}"
    return {"email": r["Email"], "jobtitle": jt, "country": dflt(r["Country"], "France")}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp members

@case("h119-33-sfc-mc-status-tags", C, M, """\
Hello,

Mapping Salesforce Contact → Mailchimp:

• email_address = Email put in minuscules (key of the member).
• status: "unsubscribed" if HasOptedOutOfEmail is true, "subscribed" if it is false.
• tags: all the members have the tag "Salesforce". In the case where LeadSource = "Trade Show", we add after it \
a second tag "Trade show".

Regards,
Camille""",
      extended(SFC, sfc(Email="Marc.Weber@Weber-Bau.DE", HasOptedOutOfEmail=True, LeadSource="Trade Show")))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h119-34-sfc-mc-sms-campaign", C, M, """\
Objective
Load in Mailchimp the Contacts with a telephone, for an SMS campaign.

Rules
• The Contacts without phone (Phone not filled) are excluded.
• email_address: Email (as is, key).
• PHONE: Phone in E.164. The numbers without "+" are American numbers (+1). The numbers beginning with "+" keep \
their indicative.
• language according to MailingCountry:
     Germany → de
     Austria → de
     United States → en
     France → fr""",
      extended(SFC, sfc(Email="claire.lemaire@lemaire-immo.fr", Phone="+33 4 72 55 01 10", MailingCountry="France"),
               sfc(Email="tom.fischer@nordlicht.de", Phone="", MailingCountry="Germany"),
               sfc(Email="amy.chen@bluefin.com", Phone="  ", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "France": "fr"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h119-35-sfc-mc-sales-vip", C, M, """\
Hello,

For the Mailchimp audience of the client (Salesforce Contacts):

- email_address: Email, copy (it is the key).
- FNAME: FirstName. If the first name is not filled, we will put "Madame, Monsieur" (like that the emails \
begin with "Bonjour Madame, Monsieur").
- LNAME: LastName, copied.
- vip: true when Department = "Sales"; in all the other cases false, and also when the Department is empty.
- status: "subscribed" for everybody.

Thank you,
Camille""",
      extended(SFC, sfc(Email="anna.keller@keller-ag.ch", FirstName="", LastName="Keller", Department="Sales"),
               sfc(Email="paul.girard@vinsgirard.fr", FirstName="  ", LastName="Girard", Department="Marketing")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Madame, Monsieur"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales"}


@case("h119-36-sfc-mc-german-news", C, M, """\
Objective
German-speaking newsletter.

Filter
Only the Contacts whose MailingCountry is "Germany" or "Austria".

Fields
• email_address ← Email (key)
• FNAME ← FirstName
• LNAME ← LastName
• status = "pending"
• language = "de"
• tags: an empty list (no tag at all, we send [])

The copies are without change.""",
      extended(SFC, sfc(Email="sabine.roth@zuerich-design.ch", FirstName="Sabine", LastName="Roth",
                        MailingCountry="Switzerland"),
               sfc(Email="jonas.becker@elbwerk.de", FirstName="Jonas", LastName="Becker", MailingCountry="Germany")))
def o36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "status": "pending", "language": "de",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment identify

@case("h119-37-sfc-seg-traits", C, S, """\
Hello,

Segment identify from the Salesforce Contacts:

1. userId: Email in minuscules.
2. traits.email: Email as it is (no change).
3. traits.firstName ← FirstName, traits.lastName ← LastName.
4. traits.title ← Title and traits.department ← Department, but only when they are filled: if the Title or the \
Department is empty, this trait is not sent (no empty trait).

Camille""",
      extended(SFC, sfc(Email="Amy.Chen@BlueFin.com", FirstName="Amy", LastName="Chen", Title="", Department="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h119-38-sfc-seg-city-country", C, S, """\
Objective
Have the city and the country of the Contacts in Segment (under traits.address).

Fields
- userId ← Email (copy, key)
- traits.address.city ← MailingCity, removing the spaces before and after.
- traits.address.country ← MailingCountry. If the country is not filled, by default "Not specified".""",
      extended(SFC, sfc(Email="margaux.petit@petit-fils.fr", MailingCity="  Lyon ", MailingCountry=""),
               sfc(Email="anna.keller@keller-ag.ch", MailingCity=" Geneva", MailingCountry="Switzerland")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Not specified")}}}


@case("h119-39-sfc-seg-acquisition", C, S, """\
Hello,

Mapping Salesforce Contact → Segment identify:

• userId: Email, as is (it is the identifier).
• traits.name: FirstName + one space + LastName.
• traits.phone: Phone in E.164; a number without + is considered American (+1), a number with + keeps its code.
• traits.acquisition, according to LeadSource:
     Web → inbound
     Trade Show → event
     Partner Referral → partner
  For any other value, and when LeadSource is empty → other.

Regards,
Camille""",
      extended(SFC, sfc(Email="amy.chen@bluefin.com", FirstName="Amy", LastName="Chen", LeadSource="Advertisement",
                        Phone="212-555-0199"),
               sfc(Email="jonas.becker@elbwerk.de", FirstName="Jonas", LastName="Becker", LeadSource="Partner Referral",
                   Phone="+49 40 555 0133")))
def o39(r: R) -> Out:
    acq = {"Web": "inbound", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                       "acquisition": acq.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- Mailchimp members -> HubSpot contacts

@case("h119-40-mc-hs-back", M, H, """\
1. Objective
Bring back the Mailchimp members in HubSpot.

2. Fields
• email ← email_address (key, as is)
• firstname ← FNAME in title case (majuscule at the beginning of each word, the rest in minuscules)
• lastname ← LNAME in title case too.
• company ← COMPANY; if it is not filled, by default "Not specified".
• hs_email_optout: the text "true" when the status is "unsubscribed" or "cleaned"; the text "false" for all the \
other status.

3. Remarks
When LNAME is empty, please do not send the lastname property at all, we do not want to erase the name which \
is perhaps already in HubSpot.""",
      extended(MC, mc({"FNAME": "MARIE", "LNAME": "durand", "COMPANY": ""}, email_address="marie.durand@free.fr",
                      status="pending")))
def o40(r: R) -> Out:
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "Not specified"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h119-41-mc-hs-no-cleaned", M, H, """\
Hello,

Members Mailchimp → contacts HubSpot:

Rules
- The members with status "cleaned" are excluded (invalid address).
- email ← email_address (as is, key)
- firstname ← FNAME, copied
- phone ← PHONE in E.164 (no + means an American number, +1; with + we keep the code). When PHONE is empty, \
the phone property is not sent.
- lifecyclestage: "customer" if the member is VIP (vip = true), else "subscriber".

Thanks,
Camille""",
      extended(MC, mc({"FNAME": "Olga", "LNAME": "Nowak", "PHONE": "(617) 555-0145", "COMPANY": "Nowak Design"},
                      email_address="olga.nowak@nowakdesign.com", status="pending", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "phone": omit_if_blank(m["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h119-42-mc-hs-customer-tag", M, H, """\
Objective
Create the HubSpot contacts from Mailchimp.

Fields
• email ← email_address (copy, key)
• firstname ← only the first word of FNAME (ex: "Anne Sophie" → "Anne")
• company ← COMPANY. Failing that, the domain of the email (what is after the @).
• lifecyclestage: "customer" if the member has the tag "Customer" in its tags, else "subscriber".""",
      extended(MC, mc({"FNAME": "Marie Claire", "LNAME": "Morel", "COMPANY": ""},
                      email_address="marieclaire.morel@morel-associes.fr", tags=["Webinar", "Customer"])))
def o42(r: R) -> Out:
    m = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(m["FNAME"]),
            "company": first_filled(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set119")
