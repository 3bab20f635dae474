"""Held-out set 114 for the offline mapping drafter.

Persona: Valentina Rossi, CRM manager at a fashion retailer in Milan, Italian first language.
She writes long, courteous e-mails to the external integrator ("Dear Marco,") in Italian-shaped
English: "for what concerns", "in case the field is empty", "we would like that ... is filled
with", "please pay attention that", "the ones which have", "eventually" for "possibly",
"actually" for "currently", numbered points 1), 2) mixed with prose, a stray "cioè" or "ecco",
and a "Thanks in advance, Valentina" sign-off.

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h114-01-plain-copy-web-source", H, L, """\
Dear Marco,
for the new flow from HubSpot to the Salesforce Leads we would like a simple copy, cioè: the HubSpot
email goes in Email as it is, firstname in FirstName, lastname in LastName, company in Company and
jobtitle in Title.
Please pay attention that in case one of these fields is empty in HubSpot, it must arrive empty also in
Salesforce (empty text, no default, no placeholder).
Moreover every lead should have LeadSource = "Web", always the same value.
Thanks in advance,
Valentina""",
      extended(HS, hs(email="giorgia.sala@vetrinamoda.it", firstname="Giorgia", lastname="Sala",
                      company="Vetrina Moda", jobtitle="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h114-02-defaults-and-trimmed-city", H, L, """\
Dear Marco,
for what concerns the Leads coming from HubSpot, here are the rules:
1) Email = the HubSpot email, copied as it is
2) LastName = lastname, copied without changes
3) Company = company, but in case it is empty (or only spaces) we would like that it is filled with "Private Client"
4) Title = jobtitle, and when jobtitle is empty please write "Not specified"
5) City = city with the spaces at the beginning and at the end removed (some colleagues type " Milano " with spaces, ecco)
Nothing else for the moment.
Thanks in advance, Valentina""",
      extended(HS, hs(email="giulia.bianchi@modaitalia.it", firstname="Giulia", lastname="Bianchi",
                      company="   ", jobtitle="", city="  Milano  ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Company": dflt(r["company"], "Private Client"),
            "Title": dflt(r["jobtitle"], "Not specified"),
            "City": r["city"].strip()}


@case("h114-03-phone-fallback-title-case-names", H, L, """\
Dear Marco,
we would like that the Lead Phone is filled with the HubSpot phone; in case the phone is empty, please take
the mobilephone, and if also the mobile is empty then do not send the Phone field at all (leave it out, not
empty). The number goes exactly as it is written, no formatting.
Then FirstName and LastName from firstname and lastname, but in title case, cioè for each word the first
letter capital and the rest small, because actually we have names written like "GARCIA" or "maria".
Email is the HubSpot email unchanged.
Thanks in advance,
Valentina""",
      extended(HS, hs(email="luca.ferri@atelierferri.it", firstname="LUCA", lastname="ferri",
                      phone="", mobilephone="  ")))
def o03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


_SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h114-04-source-table-lower-email", H, L, """\
Dear Marco,
for the Lead Source in Salesforce we would like to use the HubSpot original source (hs_analytics_source)
with this table:
  ORGANIC_SEARCH -> "Web"
  PAID_SEARCH -> "Advertisement"
  PAID_SOCIAL -> "Advertisement"
  REFERRALS -> "External Referral"
  any other value, and also when the source is empty -> "Other"
The Email please in lower case (the HubSpot email all lowercase), because actually some addresses have
capital letters and they create duplicates. Only these two fields, LeadSource and Email.
Thanks in advance, Valentina""",
      extended(HS, hs(email="Marta.Galli@ShowroomGalli.IT", hs_analytics_source="DIRECT_TRAFFIC")))
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LeadSource": _SRC04.get(r["hs_analytics_source"], "Other")}


@case("h114-05-two-exclusions-warm", H, L, """\
Dear Marco,
a second flow HubSpot -> Salesforce Lead, with two exclusions:
- the contacts which have hs_email_optout = "true" must not be sent;
- also the ones which have lifecyclestage = "lead" must not be sent.
Please pay attention that a contact with hs_email_optout empty is NOT excluded for this reason (only the
value "true" excludes).
For all the others: Email, FirstName, LastName and Company are copied as they are from email, firstname,
lastname and company, and Rating is always "Warm".
Thanks in advance,
Valentina""",
      extended(HS,
               hs(email="nicola.riva@riva-tessuti.it", firstname="Nicola", lastname="Riva", company="Riva Tessuti",
                  hs_email_optout="", lifecyclestage="subscriber"),
               hs(email="irene.costa@costashoes.it", firstname="Irene", lastname="Costa", company="Costa Shoes",
                  hs_email_optout="false", lifecyclestage="opportunity")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "lead":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Rating": "Warm"}


@case("h114-06-rating-by-revenue-employees", H, L, """\
Dear Marco,
we would like to fill the Lead Rating looking at the HubSpot annualrevenue (read as a number):
1) more than 5000000 -> "Hot"
2) less than 1000000 -> "Cold"
3) in between -> "Warm"
In case annualrevenue is empty, Rating = "Cold" as well.
NumberOfEmployees should be numemployees as a whole number (integer); when numemployees is empty please
leave NumberOfEmployees out. Email = the HubSpot email as it is.
Thanks in advance, Valentina""",
      HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Cold" if v is None or v < 1000000 else ("Hot" if v > 5000000 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h114-07-e164-phone-title-city", H, L, """\
Dear Marco,
for what concerns the phone: the Lead Phone must be the HubSpot phone in E.164 format, considering them US
numbers (so +1 in front when there is no prefix; if the number already starts with + it keeps its own
country code). If the phone is empty, eventually only spaces, please don't send Phone at all.
LastName and City in title case please (first letter of each word capital, the rest small), taken from
lastname and city. And of course Email = the HubSpot email, not modified.
Thanks in advance,
Valentina""",
      extended(HS,
               hs(email="alessio.moretti@moretti-pelle.it", lastname="MORETTI", city="new york",
                  phone="1-212-555-0100"),
               hs(email="bianca.villa@villastyle.it", lastname="villa", city="MILANO", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": title(r["lastname"]), "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h114-08-us-only-state-description", H, L, """\
Dear Marco,
this flow must take only the HubSpot contacts with country equal to "United States"; all the others are
skipped. For these ones:
1) Email = email as it is
2) State = state in capital letters
3) Description = the text "Source: " + hs_analytics_source + " | created " + the createdate as YYYY-MM-DD,
   for example "Source: ORGANIC_SEARCH | created 2023-03-14"
Thanks in advance, Valentina""",
      extended(HS,
               hs(email="sara.conti@milanoluxe.com", country="United States", state="ny",
                  hs_analytics_source="DIRECT_TRAFFIC", createdate="2024-02-10T13:00:00.000Z"),
               hs(email="franco.neri@neri.it", country="Italy", state="MI")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"Source: {r['hs_analytics_source']} | created {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h114-09-mailing-address-copy", H, C, """\
Dear Marco,
now the Salesforce Contacts. We would like that the HubSpot address goes in the Mailing fields:
address -> MailingStreet, city -> MailingCity, state -> MailingState, zip -> MailingPostalCode,
country -> MailingCountry. The Email of the Contact = the HubSpot email, as it is.
All copied exactly; in case a value is empty in HubSpot (for example the state of the foreign customers)
it goes empty also in Salesforce, no default.
Grazie, thanks in advance
Valentina""",
      HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h114-10-optout-and-donotcall-flags", H, C, """\
Dear Marco,
two flags on the Salesforce Contact, please:
1) HasOptedOutOfEmail = true when hs_email_optout is the text "true"; in every other case, also when it is
   empty, false.
2) DoNotCall = true when the HubSpot phone is empty (or only spaces), false when there is a phone. We don't
   look at mobilephone for this.
Both as real booleans, not text. Email = the HubSpot email without changes.
Thanks in advance, Valentina""",
      extended(HS, hs(email="paola.fontana@fontanabijoux.it", phone="  ", hs_email_optout="false")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h114-11-lastname-chain-local-part", H, C, """\
Dear Marco,
for the Contacts the LastName is mandatory, so we would like this: LastName = lastname; in case lastname is
empty, take firstname; in case also firstname is empty, take the part of the email before the "@" (e.g. for
anna.verdi@x.it it would be "anna.verdi").
Email = the HubSpot email unchanged. Nothing else, please.
Thanks in advance,
Valentina""",
      lower_emails(extended(HS,
                            hs(email="federica@studiolana.it", firstname="Federica", lastname=""),
                            hs(email="ordini.web@boutiquebrera.it", firstname=" ", lastname=""))))
def o11(r: R) -> Out:
    return {"Email": r["email"],
            "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


_STAGE12 = {"subscriber": "Newsletter", "lead": "Prospect", "marketingqualifiedlead": "Prospect MQL",
            "salesqualifiedlead": "Prospect SQL", "customer": "Cliente"}


@case("h114-12-stage-description-state-upper", H, C, """\
Dear Marco,
on the Contact we would like a Description which says the stage of the person, from lifecyclestage:
  subscriber -> "Newsletter"
  lead -> "Prospect"
  marketingqualifiedlead -> "Prospect MQL"
  salesqualifiedlead -> "Prospect SQL"
  customer -> "Cliente"
(actually we use only these five stages in HubSpot.)
MailingState = state in capital letters; when state is empty please don't send MailingState at all.
Email = the HubSpot email as it is.
Thanks in advance, Valentina""",
      extended(HS, hs(email="matteo.longo@longo-sartoria.it", state="mi", lifecyclestage="lead")))
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "Description": _STAGE12[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h114-13-customers-only-title-chain", H, C, """\
Dear Marco,
this one is only for the customers: please take only the contacts which have lifecyclestage = "customer",
the others are not sent.
- Email: the HubSpot email in lower case
- Title: jobtitle; in case it is empty use industry; in case also industry is empty write "Client"
- Description: always "Imported from HubSpot (customers)"
Thanks in advance,
Valentina""",
      extended(HS,
               hs(email="Elena.Marchi@Boutique-Como.IT", lifecyclestage="customer", jobtitle="", industry="Retail"),
               hs(email="paolo.greco@greco-moda.it", lifecyclestage="customer", jobtitle="  ", industry="")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "Title": first_filled(r["jobtitle"], r["industry"], "Client"),
            "Description": "Imported from HubSpot (customers)"}


_ISO14 = {"United States": "US", "France": "FR", "Italy": "IT"}


@case("h114-14-trim-title-country-code", H, C, """\
Dear Marco,
some points for the Contact:
1) FirstName = firstname with the spaces before and after removed (trim), nothing else changed
2) LastName = lastname in title case (for every word first letter capital, the rest small)
3) MailingCountry = an ISO code from the HubSpot country: "United States" -> "US", "France" -> "FR",
   "Italy" -> "IT"; any other country, and also when country is empty -> "OTHER"
4) Email = email as it is
Thanks in advance, Valentina""",
      extended(HS,
               hs(email="francesca.romano@romanoshop.it", firstname="  Francesca ", lastname="ROMANO",
                  country="Italy"),
               hs(email="davide.gallo@gallo.it", firstname="Davide", lastname="gallo", country="")))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": title(r["lastname"]),
            "MailingCountry": _ISO14.get(r["country"], "OTHER")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h114-15-pending-language-default", H, M, """\
Dear Marco,
for Mailchimp, the audience members coming from HubSpot:
email_address = email, merge_fields.FNAME = firstname, merge_fields.LNAME = lastname, all copied as they
are (also when empty). status always "pending", because we want the double opt-in.
language = the HubSpot hs_language; please pay attention that actually most contacts don't have this
property at all, so when it is missing or empty we would like "it".
Thanks in advance,
Valentina""",
      extended(HS,
               hs(email="amelie.laurent@maisonlaurent.fr", firstname="Amélie", lastname="Laurent", hs_language="fr"),
               hs(email="tommaso.ricci@ricci.it", firstname="Tommaso", lastname="", hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "pending", "language": dflt(r.get("hs_language"), "it")}


@case("h114-16-status-from-optout-hubspot-tag", H, M, """\
Dear Marco,
for what concerns the Mailchimp status, it depends on hs_email_optout:
  "true" -> status "unsubscribed"
  "false" -> status "subscribed"
  empty -> status "pending"
Every member gets the tag "HubSpot" (only this one, so tags = ["HubSpot"]).
email_address = the HubSpot email as it is.
Thanks in advance, Valentina""",
      extended(HS, hs(email="chiara.lombardi@lombardi.it", hs_email_optout="  ")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot"]}


@case("h114-17-spender-and-customer-tags", H, M, """\
Dear Marco,
we would like two automatic tags in Mailchimp:
1) "High Spender" when annualrevenue is greater than 3000000 (as a number; empty revenue means no tag)
2) "Customer" when lifecyclestage is exactly "customer"
If both apply the order is "High Spender" then "Customer"; if none applies, tags must be an empty list [].
email_address = the HubSpot email unchanged. No other fields please.
Thanks in advance,
Valentina""",
      extended(HS, hs(email="roberta.serra@serra-outlet.it", annualrevenue="5000000", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3000000):
        tags.append("High Spender")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h114-18-first-name-word-phone-e164", H, M, """\
Dear Marco,
two small things for the Mailchimp members:
- merge_fields.FNAME only the first word of firstname (we have people with two names, e.g. "Anna Maria" -> "Anna")
- merge_fields.PHONE = phone in E.164 as US numbers (so "(415) 555-0142" becomes "+14155550142"; a number
  already with + keeps its prefix); in case phone is empty use mobilephone, same format; if both are empty,
  leave PHONE out.
email_address = the email as it is.
Thanks in advance, Valentina""",
      extended(HS, hs(email="annamaria.pace@pace.it", firstname="Anna Maria", phone="",
                      mobilephone="(332) 555-0111")))
def o18(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"email_address": r["email"],
                 "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": OMIT if ph is None else e164(ph)}})


@case("h114-19-skip-no-company-vip-customers", H, M, """\
Dear Marco,
please do not send to Mailchimp the contacts without company (company empty or only spaces): they are skipped.
For the others: email_address = email as it is, status always "subscribed", and vip = true only for the
ones which have lifecyclestage "customer", otherwise vip = false.
Thanks in advance,
Valentina""",
      extended(HS,
               hs(email="stefano.marino@marinogroup.it", company="Marino Group", lifecyclestage="customer"),
               hs(email="laura.esposito@gmail.com", company="   ", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h114-20-title-names-company-domain-vip", H, M, """\
Dear Marco,
for the Mailchimp merge fields: FNAME and LNAME = firstname and lastname in title case (first letter capital,
rest small, word by word); merge_fields.COMPANY = company, and in case company is empty we would like the
part of the email after the "@", cioè the domain, e.g. "fiestafoods.mx".
Then vip = true when annualrevenue is more than 2000000, false when it is less or when it is empty.
email_address = the HubSpot email as it is.
Thanks in advance, Valentina""",
      lower_emails(extended(HS, hs(email="vera.colombo@colombo-atelier.it", firstname="VERA", lastname="colombo",
                                   company="", annualrevenue="1500000"))))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": dflt(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2000000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h114-21-lower-userid-full-name", H, S, """\
Dear Marco,
for Segment identify: userId = the HubSpot email in lower case. traits.firstName = firstname and
traits.lastName = lastname (copied as they are), and traits.name = firstname + one space + lastname,
e.g. "Priya Raman".
Thanks in advance,
Valentina""",
      HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h114-22-company-traits", H, S, """\
Dear Marco,
in the Segment identify we would like the company information under traits.company:
1) traits.company.name = company, and in case it is empty "Independent"
2) traits.company.industry = industry; if empty, please leave it out
3) traits.company.employee_count = numemployees as an integer; if empty, leave it out as well
userId = the email as it is in HubSpot (no lowercase).
Thanks in advance, Valentina""",
      HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h114-23-address-traits-phone-fallback", H, S, """\
Dear Marco,
for the identify call: userId = the HubSpot email unchanged.
The address goes under traits.address: city -> traits.address.city, zip -> traits.address.postalCode,
country -> traits.address.country (copied as they are), and state -> traits.address.state but only when
state is not empty, otherwise leave it out.
traits.phone = phone in E.164 considering US numbers (+1 when there is no + prefix, a + number keeps its
code); in case phone is empty take mobilephone; if both are empty, no traits.phone at all.
Thanks in advance,
Valentina""",
      extended(HS, hs(email="ginevra.bassi@bassi.it", phone="", mobilephone="", state="", city="Como",
                      zip="22100", country="Italy")))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h114-24-clean-userid-unsubscribed-revenue", H, S, """\
Dear Marco,
please pay attention to the userId: it is the HubSpot email but trimmed (no spaces before or after) and in
lower case, because actually some emails were imported with spaces.
traits.title = jobtitle as it is.
traits.unsubscribed = true when hs_email_optout is "true", false when it is "false" and false also when it
is empty (a real boolean).
traits.annualRevenue = annualrevenue as a number; when annualrevenue is empty don't send it.
Thanks in advance, Valentina""",
      extended(HS, hs(email="  Anna.Verdi@Verdi-Collezioni.IT ", jobtitle="Buyer", hs_email_optout="",
                      annualrevenue="")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h114-25-ga4-contact-sync", H, G, """\
Dear Marco,
for GA4 (Measurement Protocol) we would like one event per HubSpot contact:
- client_id = the email, as it is
- event name always "crm_contact_sync"
- event params: source always "hubspot"; country = country, copied; traffic_source = hs_analytics_source
  in lower case, and in case it is empty put "unknown"; created_on = the createdate as YYYY-MM-DD
Thanks in advance,
Valentina""",
      HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"source": "hubspot", "country": r["country"],
                                   "traffic_source": "unknown" if blank(r["hs_analytics_source"])
                                   else r["hs_analytics_source"].lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h114-26-ga4-generate-lead-big-revenue", H, G, """\
Dear Marco,
a "generate_lead" event to GA4 (the event name is always "generate_lead"), but only for the contacts which
have annualrevenue greater than 1000000; the ones with annualrevenue empty are not sent.
client_id = the part of the email before the "@".
Event params: value = annualrevenue as a number, currency always "USD".
Thanks in advance, Valentina""",
      lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1000000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h114-27-ga4-customer-or-lead-update", H, G, """\
Dear Marco,
for GA4 the event name depends on the lifecyclestage: when it is "customer" the name is "customer_update",
for all the other stages "lead_update".
client_id = the HubSpot email as it is. In the event params: lifecycle_stage = lifecyclestage copied, and
industry = industry, but in case it is empty we would like "unknown".
Thanks in advance,
Valentina""",
      HS)
def o27(r: R) -> Out:
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"lifecycle_stage": r["lifecyclestage"],
                                                 "industry": dflt(r["industry"], "unknown")}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h114-28-lead-copy-to-hubspot", L, H, """\
Dear Marco,
now the opposite direction, Salesforce Leads into HubSpot contacts. A simple copy field by field:
Email -> email, FirstName -> firstname, LastName -> lastname, Company -> company, Title -> jobtitle,
Phone -> phone, City -> city, Country -> country.
Please pay attention that the empty values stay empty (empty text) in HubSpot, we don't want defaults.
Thanks in advance, Valentina""",
      SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


_STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}


@case("h114-29-lead-status-optout-text", L, H, """\
Dear Marco,
for the Leads going in HubSpot:
1) hs_lead_status from the Salesforce Status:
   "Open - Not Contacted" -> "NEW"
   "Working - Contacted" -> "IN_PROGRESS"
   "Closed - Converted" -> "OPEN_DEAL"
   "Closed - Not Converted" -> "UNQUALIFIED"
2) hs_email_optout = the text "true" when HasOptedOutOfEmail is true, the text "false" when it is false
3) email = Email as it is
Thanks in advance,
Valentina""",
      SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h114-30-rating-to-stage-revenue", L, H, """\
Dear Marco,
for what concerns the lifecycle stage in HubSpot, we would like to derive it from the Lead Rating:
Hot -> "salesqualifiedlead", Warm -> "marketingqualifiedlead", Cold -> "lead".
annualrevenue = AnnualRevenue as a number, and when AnnualRevenue is empty leave annualrevenue out.
email = Email in lower case.
Thanks in advance, Valentina""",
      extended(SFL, sfl(Email="Marco.Bellini@Sartoria-Bellini.IT", Rating="Warm", AnnualRevenue="750000.5")))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h114-31-uk-leads-only", L, H, """\
Dear Marco,
this is for the UK team only: only the Leads with Country = "United Kingdom" are sent, the others are skipped.
1) phone = Phone in E.164 as UK numbers (remove the first 0 and put +44; if it already starts with + it
   stays with its own prefix)
2) city = City in capital letters
3) jobtitle = Title, and in case Title is empty "Buyer"
4) email = Email as it is
Thanks in advance,
Valentina""",
      extended(SFL,
               sfl(Email="oliver.hughes@hughesandco.co.uk", Country="United Kingdom", Phone="07700 900123",
                   City="manchester", Title=""),
               sfl(Email="emily.clarke@clarkeboutique.co.uk", Country="United Kingdom", Phone="+44 161 555 0100",
                   City="Leeds", Title="Store Manager")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "jobtitle": dflt(r["Title"], "Buyer")}


@case("h114-32-skip-not-converted-address", L, H, """\
Dear Marco,
please exclude the Leads with Status "Closed - Not Converted", we don't want them in HubSpot.
For the others:
- email = Email as it is
- jobtitle = Title; when Title is empty write "Not specified"
- address = Street + ", " + PostalCode (e.g. "200 Lake St, 60601"); in case PostalCode is empty, only the
  Street, without the comma
Thanks in advance, Valentina""",
      extended(SFL, sfl(Email="carla.ruggeri@ruggeri.it", Street="Via Montenapoleone 8", PostalCode="",
                        Status="Working - Contacted", Title="")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["PostalCode"]) else f"{r['Street']}, {r['PostalCode']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not specified"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h114-33-contact-status-salesforce-tags", C, M, """\
Dear Marco,
Salesforce Contacts to Mailchimp:
email_address = Email in lower case.
status = "unsubscribed" when HasOptedOutOfEmail is true, "subscribed" when it is false.
tags: always "Salesforce"; moreover "Trade Show" when the LeadSource is "Trade Show". The order: first
"Salesforce", then eventually "Trade Show".
Thanks in advance,
Valentina""",
      SFC)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


_LANG34 = {"Germany": "de", "Austria": "de", "United States": "en", "Italy": "it"}


@case("h114-34-skip-no-department-language", C, M, """\
Dear Marco,
the Contacts with Department empty are not sent to Mailchimp (skip them).
For the others we would like:
1) email_address = Email as it is
2) merge_fields.PHONE = Phone in E.164, US numbers (+1 when there is no + at the beginning; the numbers
   with + keep their country code)
3) language from MailingCountry: "Germany" -> "de", "Austria" -> "de", "United States" -> "en", "Italy" -> "it"
Thanks in advance, Valentina""",
      extended(SFC,
               sfc(Email="giacomo.rinaldi@rinaldi-moda.it", Department="Buying", Phone="+39 02 5555 0100",
                   MailingCountry="Italy"),
               sfc(Email="susan.miller@millerstores.com", Department="  ", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _LANG34[r["MailingCountry"]]}


@case("h114-35-cliente-default-trade-show-vip", C, M, """\
Dear Marco,
for the Salesforce Contacts in Mailchimp:
merge_fields.FNAME = FirstName, but in case it is empty we would like "Cliente" (so the e-mail says
"Dear Cliente", ecco). merge_fields.LNAME = LastName copied.
vip = true when LeadSource is "Trade Show", false for any other value and also when LeadSource is empty.
status always "subscribed". email_address = Email as it is.
Thanks in advance,
Valentina""",
      extended(SFC, sfc(Email="info@negoziobrera.it", FirstName="", LastName="Negozio Brera", LeadSource="Trade Show")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Cliente"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h114-36-opted-in-only-no-tags", C, M, """\
Dear Marco,
only the Contacts which have HasOptedOutOfEmail = false go to Mailchimp; the ones with true stay out.
email_address = Email, merge_fields.FNAME = FirstName, merge_fields.LNAME = LastName (all copied).
status = "subscribed" and language = "en" for all of them, and tags must be an empty list [] (no tags).
Thanks in advance, Valentina""",
      SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h114-37-contact-identify-omit-empty", C, S, """\
Dear Marco,
Segment identify from the Salesforce Contacts: userId = Email in lower case.
traits.firstName = FirstName and traits.lastName = LastName, copied.
traits.title = Title and traits.department = Department, but when they are empty please leave them out
(we don't want empty traits).
Thanks in advance,
Valentina""",
      SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h114-38-address-city-trim-country-italy", C, S, """\
Dear Marco,
for the address in Segment: traits.address.city = MailingCity without the spaces at the beginning and at
the end; traits.address.country = MailingCountry, and in case it is empty "Italy" (actually the contacts
without country are all from our Italian stores).
userId = Email as it is.
Thanks in advance, Valentina""",
      extended(SFC,
               sfc(Email="martina.leone@leone-store.it", MailingCity="  Milano ", MailingCountry=""),
               sfc(Email="andrea.fabbri@fabbri.it", MailingCity="Firenze", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Italy")}}}


_CHAN39 = {"Web": "online", "Trade Show": "event"}


@case("h114-39-phone-name-channel", C, S, """\
Dear Marco,
1) userId = Email as it is
2) traits.phone = Phone in E.164 as US numbers (if there is already a + the prefix is kept)
3) traits.name = FirstName + " " + LastName
4) traits.lead_channel from LeadSource: "Web" -> "online", "Trade Show" -> "event", any other value or
   empty -> "other"
Thanks in advance,
Valentina""",
      extended(SFC, sfc(Email="kate.ross@rossretail.com", FirstName="Kate", LastName="Ross",
                        Phone="(917) 555-0166", LeadSource="Partner")))
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "lead_channel": _CHAN39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h114-40-members-to-contacts-names", M, H, """\
Dear Marco,
the last direction, Mailchimp members into HubSpot.
email = email_address as it is. firstname = merge_fields.FNAME in title case; lastname = merge_fields.LNAME
in title case, but when LNAME is empty please don't send lastname.
company = merge_fields.COMPANY, and in case it is empty "Private customer".
hs_email_optout = the text "true" when status is "unsubscribed", otherwise the text "false".
Thanks in advance, Valentina""",
      MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "Private customer"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h114-41-skip-cleaned-phone-vip-stage", M, H, """\
Dear Marco,
please skip the members with status "cleaned".
For the others:
- email = email_address as it is
- firstname = merge_fields.FNAME copied
- phone = merge_fields.PHONE in E.164 (US numbers, so +1; a number with + keeps its code); when PHONE is
  empty leave phone out
- lifecyclestage = "customer" for the members with vip = true, "subscriber" for the ones with vip = false
Thanks in advance,
Valentina""",
      extended(MC,
               mc({"FNAME": "Beatrice", "PHONE": "718-555-0150"}, email_address="beatrice.fumagalli@fumagalli.it",
                  vip=True),
               mc({"FNAME": "Ugo", "PHONE": "  "}, email_address="ugo.bertoni@bertoni.it")))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h114-42-first-word-domain-webinar", M, H, """\
Dear Marco,
1) firstname = the first word of merge_fields.FNAME (e.g. "Maria Grazia" -> "Maria")
2) company = merge_fields.COMPANY; in case it is empty, the part of the email_address after the "@"
3) hs_lead_status = "CONNECTED" when the member has the tag "Webinar", otherwise "NEW"
4) email = email_address as it is
Thanks in advance, Valentina""",
      extended(MC, mc({"FNAME": "Maria Grazia", "COMPANY": ""}, email_address="mariagrazia@pellettieria-vigano.it",
                      tags=["Customer", "Webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "hs_lead_status": "CONNECTED" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set114")
