"""Held-out set 164 for the offline mapping drafter.

Persona: Camille Tremblay, marketing-ops analyst at a software company in Montréal, whose first
language is French. She files every mapping as a GitHub issue in the data team's repository,
in GitHub markdown: a '## Context' section, a '## Mapping' section (bullets, sometimes '- [ ]'
task-list checkboxes or a small table, field names in backticks), sometimes '## Edge cases' or
'## Out of scope', now and then a '> [!NOTE]' admonition or a fenced code block holding an
example value. Her English is French-shaped: 'in the case where', 'if ever', 'actually' for
currently, 'eventually' for possibly, 'put the field to', 'the same thing than', 'to precise',
'pass by' for go through, 'majuscules' / 'minuscules' (explained once or twice), guillemets
« » around values. Some issues end with a '/cc @someone' or a 'Labels: data-sync' line.

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
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h164-01-webinar-leads-straight-copy", H, L, """## Context
We start to pass the HubSpot contacts of the spring webinar series into Salesforce as Leads. For now it is a simple copy, the cleaning will be another issue.

## Mapping
- `email` → `Email`
- `firstname` → `FirstName`
- `lastname` → `LastName`
- `company` → `Company`
- `jobtitle` → `Title`
- `city` → `City`
- `LeadSource`: put the field to « Seminar - Internal » for every lead

All the copies are exactly the same thing than in HubSpot: no trim, no change of majuscules/minuscules. In the case where a value is empty in HubSpot, we send it empty also (no default).

/cc @jp-lavoie""",
      extended(HS,
               hs(email="marc.gagnon@erable.ca", firstname="Marc", lastname="Gagnon", company="   ", jobtitle="",
                  city=" Laval"),
               hs(email="Sophie.Roy@Outlook.com", firstname="sophie", lastname="ROY", company="Roy & Fils ",
                  jobtitle=" Comptable", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Seminar - Internal"}


@case("h164-02-expo-pme-trim-and-defaults", H, L, """## Context
The contacts of the Salon Expo-PME came by a CSV import and the names are full of spaces around. Salesforce also refuses a lead without company, so we need defaults.

## Mapping
- [ ] `Email` ← `email`, copied as is
- [ ] `FirstName` ← `firstname`, trimmed (remove the spaces at the start and at the end)
- [ ] `LastName` ← `lastname`, trimmed the same way
- [ ] `Company` ← `company`; if ever it is empty, put « Particulier ». When it is filled, copy it as is, without trim
- [ ] `Title` ← `jobtitle`; if empty put « Non précisé », else copy as is

> [!NOTE]
> By "empty" I mean no value at all or only spaces.""",
      extended(HS,
               hs(email="mathieu.cote@expo-pme.ca", firstname="  Mathieu ", lastname=" Côté  ", company="   ",
                  jobtitle="  "),
               hs(email="julie.pelletier@boreal.ca", firstname="Julie", lastname="Pelletier ",
                  company=" Boréal Conseil ", jobtitle=" Analyste"),
               hs(email="k.nguyen@gmail.com", firstname="Kim", lastname="Nguyen", company="", jobtitle="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Particulier"), "Title": dflt(r["jobtitle"], "Non précisé")}


@case("h164-03-callable-phone-and-clean-names", H, L, """## Context
Reps call the leads from Salesforce, so they need one phone number that works. Also the names are actually a mess in HubSpot (all in majuscules, all in minuscules...).

## Mapping
- `Phone`: take the HubSpot `phone`. If it is empty, take `mobilephone` instead. If both are empty, do not send `Phone` at all (not even an empty value). The number is copied as is, no formatting.
- `FirstName` and `LastName`: from `firstname` / `lastname`, with a capital first letter and the rest in lowercase, for each word separated by a space (`GARCIA` → `Garcia`, `jean philippe` → `Jean Philippe`).

## Edge cases
A phone with only spaces counts as empty.""",
      extended(HS,
               hs(email="jp.tremblay@videotron.ca", firstname="JEAN philippe", lastname="tremblay", phone="  ",
                  mobilephone="514 555 0123"),
               hs(email="elodie.bouchard@cegep.qc.ca", firstname="élodie", lastname="BOUCHARD", phone="",
                  mobilephone="   ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"])),
                 "FirstName": title(r["firstname"]), "LastName": title(r["lastname"])})


@case("h164-04-stage-to-lead-status", H, L, """## Context
In Salesforce the `Status` of the lead should reflect where the contact is in HubSpot. Also we have duplicates in SF because of emails with majuscules.

## Mapping
`Status` from `lifecyclestage`:

| HubSpot lifecycle stage | Lead Status |
|---|---|
| `salesqualifiedlead` | Working - Contacted |
| `opportunity` | Working - Contacted |
| `customer` | Closed - Converted |
| any other stage, or empty | Open - Not Contacted |

`Email` = HubSpot `email` converted to lowercase (the whole address).

Labels: data-sync""",
      extended(HS,
               hs(email="Luc.Fortin@Fortin-Media.CA", lifecyclestage="opportunity"),
               hs(email="ANNIE.CARON@HOTMAIL.COM", lifecyclestage=""),
               hs(email="Rene.Girard@Acier-Nord.com", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Working - Contacted", "opportunity": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"].lower(), "Status": table.get(r["lifecyclestage"], "Open - Not Contacted")}


@case("h164-05-skip-canada-and-customers", H, L, """## Context
The Canadian leads are handled in the other Salesforce org (the one of the Québec team), and the customers are already Accounts. So two groups must not pass by this sync.

## Mapping
Exclude:
1. contacts with `country` = `Canada`
2. contacts with `lifecyclestage` = `customer`

A contact with an empty country or an empty stage is not excluded.

For all the others:
- `Email`, `FirstName`, `LastName`, `Company`, `Country` ← `email`, `firstname`, `lastname`, `company`, `country`, copied without any change (empty or not)
- `Rating` ← always « Warm », the SDRs will adjust after""",
      extended(HS,
               hs(email="isabelle.morin@chocolats-morin.ca", firstname="Isabelle", lastname="Morin",
                  company="Chocolats Morin", country="Canada", lifecyclestage="lead"),
               hs(email="tom.baker@brightpath.com", firstname="Tom", lastname="Baker", company="Brightpath",
                  country="United States", lifecyclestage="customer"),
               hs(email="ana.souza@verde.com.br", firstname="Ana", lastname="Souza", company="Verde", country="",
                  lifecyclestage="")))
def o05(r: R) -> Out:
    if r["country"] == "Canada" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Country": r["country"], "Rating": "Warm"}


@case("h164-06-rating-by-headcount", H, L, """## Context
We want a first `Rating` on the leads based on the size of the company, before the SDRs look at them.

## Mapping
- `Rating` from `numemployees`:
  - more than 100 employees → « Hot »
  - less than 15 → « Cold »
  - all the rest (from 15 to 100) → « Warm »
  - in the case where `numemployees` is empty → « Warm » also
- `NumberOfEmployees` ← `numemployees` converted to a whole number (integer). If it is empty, don't put the field at all.

/cc @sdr-team""",
      extended(HS,
               hs(email="p.lachance@lachance-transport.ca", numemployees="101"),
               hs(email="nadia.haddad@studiohaddad.ca", numemployees="14"),
               hs(email="g.simard@simard.ca", numemployees="   ")))
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n):
        rating = "Warm"
    else:
        v = float(n)
        rating = "Hot" if v > 100 else ("Cold" if v < 15 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(n, lambda x: int(float(x)))})


@case("h164-07-sms-mobile-e164", H, L, """## Context
The SMS tool plugged on Salesforce wants the mobile in E.164 format. Most of our contacts are in North America.

## Mapping
- [x] `Email` ← `email` (copy)
- [ ] `MobilePhone` ← `mobilephone` in E.164:
  - if the number starts with `+`, keep its country code and only the digits
  - else it is a US/Canada number: `+1` + the digits (if there are 11 digits starting with 1, the 1 is already there, just add the `+`)
  - empty mobile (or only spaces) → no `MobilePhone` at all on the lead
- [ ] `City` ← `city` with the first letter of each word in majuscule and the rest in minuscules

```text
(212) 555-0187  →  +12125550187
```""",
      extended(HS,
               hs(email="remi.dufour@dufour.ca", mobilephone="1-514-555-0110", city="TROIS RIVIÈRES"),
               hs(email="amelie.roy@roy.ca", mobilephone="   ", city="saint jérôme")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], e164), "City": title(r["city"])})


@case("h164-08-qualified-only-created-note", H, L, """## Context
The sales team only wants the qualified contacts in Salesforce. Everything else stays in HubSpot for the nurturing.

## Mapping
Only the contacts with `lifecyclestage` equal to `marketingqualifiedlead` or `salesqualifiedlead`. The other stages (and an empty stage) are not synced.

- `Email` ← `email`
- `LastName` ← `lastname` all in majuscules (uppercase)
- `Description` ← the text « Created in HubSpot on » followed by one space and the date part of `createdate` (YYYY-MM-DD). Example:

```
Created in HubSpot on 2023-03-14
```""",
      extended(HS,
               hs(email="helene.cote@groupe-cote.ca", lastname="côté", lifecyclestage="salesqualifiedlead",
                  createdate="2024-02-29T13:00:00.000Z"),
               hs(email="yves.pare@pare.ca", lastname="Paré", lifecyclestage="opportunity"),
               hs(email="zoe.martin@martin.io", lastname="Martin", lifecyclestage="  ")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"Created in HubSpot on {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h164-09-mailing-address-for-finance", H, C, """## Context
The postal address of the contacts is actually only in HubSpot. Finance needs it on the Salesforce Contact for the invoices.

## Mapping
| HubSpot | Salesforce Contact |
|---|---|
| `email` | `Email` |
| `lastname` | `LastName` |
| `address` | `MailingStreet` |
| `city` | `MailingCity` |
| `state` | `MailingState` |
| `zip` | `MailingPostalCode` |
| `country` | `MailingCountry` |

Straight copies, nothing to transform. When the HubSpot value is empty, the Salesforce field is sent empty too.

/cc @finance-ops""",
      extended(HS,
               hs(email="francois.leblanc@leblanc.ca", lastname="Leblanc", address="", city="Gatineau", state="QC",
                  zip="J8X 3X7", country="Canada"),
               hs(email="s.ahmed@northstar.ca", lastname="Ahmed", address="  ", city="Toronto", state="ON", zip=" ",
                  country="Canada ")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h164-10-consent-and-do-not-call", H, C, """## Context
Loi 25 / CASL: we must be careful with the consent when the contacts arrive in Salesforce.

## Mapping
- `HasOptedOutOfEmail` (boolean):
  - `true` when HubSpot `hs_email_optout` is "true"
  - `false` when it is "false"
  - if ever it is empty, put `true` (in doubt, we don't email)
- `DoNotCall` (boolean): `true` when the contact has no phone at all, i.e. `phone` AND `mobilephone` are both empty; `false` as soon as one of the two is filled
- `Email` copied

> [!NOTE]
> Empty = nothing or only spaces, for the two rules.""",
      extended(HS,
               hs(email="olivier.beaulieu@beaulieu.ca", hs_email_optout="  ", phone=" ", mobilephone=""),
               hs(email="claire.dion@dion-design.ca", hs_email_optout="false", phone="", mobilephone="438 555 0142")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h164-11-last-name-never-empty", H, C, """## Context
Salesforce refuses a Contact without `LastName`, and some HubSpot contacts (mostly the ones from the chat widget) have no last name.

## Mapping
- `Email` ← `email`, as is
- `FirstName` ← `firstname`, as is (empty stays empty)
- `LastName` ← `lastname`. In the case where it is empty, take the `company` instead. If the company is empty also, take the part of the email before the « @ »:

```
j.lemieux@videotron.ca  →  j.lemieux
```

Empty means nothing or only spaces. The value taken is copied as is.""",
      extended(lower_emails(HS),
               hs(email="info@boulangerie-fortin.ca", firstname="", lastname="", company="Boulangerie Fortin"),
               hs(email="j.lemieux@videotron.ca", firstname="Jacques", lastname=" ", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h164-12-country-names-in-french", H, C, """## Context
The Québec sales team works in French in Salesforce, so they want the country names in French on the Contact.

## Mapping
`MailingCountry` from `country`:
- `United States` → « États-Unis »
- `Canada` → « Canada »
- `Mexico` → « Mexique »
- `France` → « France »
- `Japan` → « Japon »

(actually these are the only countries we have in this HubSpot view)

`MailingState` ← `state` in majuscules (uppercase). If the state is empty, don't send `MailingState`.

`Email` ← `email`.""",
      extended(HS,
               hs(email="maxime.gauthier@gauthier.ca", country="Canada", state="qc"),
               hs(email="lea.bernier@bernier.ca", country="Canada", state="  ")))
def o12(r: R) -> Out:
    fr = {"United States": "États-Unis", "Canada": "Canada", "Mexico": "Mexique", "France": "France",
          "Japan": "Japon"}
    return keep({"Email": r["email"], "MailingCountry": fr[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h164-13-opted-in-newsletter-contacts", H, C, """## Context
The contacts who accept the emails go to Salesforce, for the follow-up of the newsletter by the reps.

## Mapping
Only the contacts where `hs_email_optout` is exactly "false". The ones with "true" or with an empty value are not synced.

- `Email`: `email` in lowercase
- `Phone`: `phone`, or `mobilephone` when `phone` is empty (copy as is, no formatting). I checked, all these contacts have at least one of the two.
- `LeadSource`: always « Email »

Labels: data-sync""",
      extended(HS,
               hs(email="Marie.Tremblay@Cascades.CA", hs_email_optout="false", phone="  ",
                  mobilephone="438 555 0101"),
               hs(email="Pierre.Allard@Allard.ca", hs_email_optout=""),
               hs(email="Nora.Said@Said.ca", hs_email_optout="true")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]), "LeadSource": "Email"}


@case("h164-14-origin-and-clean-titles", H, C, """## Context
For the Contacts created from HubSpot, marketing wants to see the origin in `LeadSource`. The job titles arrive with spaces from the forms.

## Mapping
- `FirstName`, `LastName`: from `firstname` / `lastname`, first letter of each word in capital, the rest in lowercase
- `Title`: `jobtitle` with the spaces at the beginning and at the end removed (an empty title stays empty)
- `LeadSource` from the original source `hs_analytics_source`:
  - `ORGANIC_SEARCH`, `DIRECT_TRAFFIC` → Web
  - `PAID_SEARCH`, `PAID_SOCIAL` → Advertisement
  - `REFERRALS` → Word of mouth
  - any other value, and also empty → Other""",
      extended(HS,
               hs(email="marie.lapointe@lapointe.ca", firstname="marie EVE", lastname="LAPOINTE",
                  jobtitle="  Directrice marketing ", hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="b.ouellet@ouellet.ca", firstname="Benoit", lastname="ouellet", jobtitle="   ",
                  hs_analytics_source="OFFLINE")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "Word of mouth"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h164-15-infolettre-pending-language", H, M, """## Context
New Mailchimp audience « Infolettre Montréal ». We use the double opt-in, so everybody enters as pending.

## Mapping
- `email_address` ← `email`
- `merge_fields.FNAME` ← `firstname`
- `merge_fields.LNAME` ← `lastname`
- `merge_fields.PHONE` ← `phone`
- `status` ← « pending » for all
- `language` ← `hs_language` (the preferred language). Most of the contacts don't have this property at all, so when it is missing or empty, put « fr »; otherwise copy it.

The copies are as is, and an empty value stays an empty value.""",
      extended(HS,
               hs(email="david.chen@maple.ca", firstname="David", lastname="Chen", phone="", hs_language="en"),
               hs(email="ines.roy@roy.ca", firstname="Inès", lastname="Roy", phone="514-555-0199", hs_language="  ")))
def o15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": r["phone"]},
            "status": "pending", "language": dflt(r.get("hs_language"), "fr")}


@case("h164-16-status-follows-optout", H, M, """## Context
We sync the HubSpot contacts to Mailchimp, and the subscription status must follow the opt-out of HubSpot.

## Mapping
- `email_address` ← `email`
- `status` from `hs_email_optout`:
  - "false" → `subscribed`
  - "true" → `unsubscribed`
  - empty (nothing or spaces) → `pending`, so they receive the confirmation email
- `tags` ← one tag « hubspot-sync » on every member

Labels: data-sync, mailchimp""",
      extended(HS,
               hs(email="lucie.poirier@poirier.ca", hs_email_optout="  ")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h164-17-abm-tags-q3", H, M, """## Context
For the ABM campaign of Q3 we need two tags in Mailchimp.

## Mapping
`tags`, in this order:
1. « Grand compte » when `annualrevenue` is more than 5 000 000. If the revenue is empty, no tag.
2. « Client » when `lifecyclestage` = `customer`.

When none of the two applies, send an empty list `[]`.

`email_address` = `email`, nothing else to map.""",
      extended(HS,
               hs(email="serge.lambert@lambert-groupe.ca", annualrevenue="5000001", lifecyclestage="customer"),
               hs(email="anne.dube@dube.ca", annualrevenue="  ", lifecyclestage="customer"),
               hs(email="paul.martel@martel.ca", annualrevenue="4999999", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 5_000_000):
        tags.append("Grand compte")
    if r["lifecyclestage"] == "customer":
        tags.append("Client")
    return {"email_address": r["email"], "tags": tags}


@case("h164-18-sms-reminder-first-name", H, M, """## Context
The SMS reminders for the event are sent by Mailchimp, and the greeting uses only the first name (some contacts have « Marie Ève » in the first name field, we want just « Marie »).

## Mapping
- `email_address` ← `email`
- `merge_fields.FNAME` ← first word of `firstname` (everything before the first space)
- `merge_fields.PHONE` ← `mobilephone`; if the mobile is empty, `phone`. In E.164 format: a number with `+` keeps its own country code (only the digits), a number without `+` is North American so `+1` + the digits, except when it has 11 digits starting with 1 (then only add the `+`).

To precise: all contacts have at least one of the two numbers.""",
      extended(HS,
               hs(email="marie.gagne@gagne.ca", firstname="Marie Ève", mobilephone="  ", phone="1 514 555 0147"),
               hs(email="jf.roy@roy.ca", firstname="Jean-François", mobilephone="(438) 555-0160", phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h164-19-b2b-needs-job-title", H, M, """## Context
The B2B newsletter is personalised with the job title, so a contact without job title is useless there.

## Mapping
- Exclude the contacts where `jobtitle` is empty (or only spaces). They are not sent to Mailchimp.
- `email_address` ← `email`
- `status` ← « subscribed » for everyone (they checked the box in the form)
- `vip` ← `true` in the case where `lifecyclestage` is `customer` or `evangelist`, `false` for all the other stages (and for an empty stage)

/cc @nathalie-b""",
      extended(HS,
               hs(email="denis.pare@pare.ca", jobtitle="   ", lifecyclestage="customer"),
               hs(email="karine.vachon@vachon.ca", jobtitle="Ambassadrice", lifecyclestage="evangelist"),
               hs(email="hugo.lacroix@lacroix.ca", jobtitle="Directeur", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h164-20-abm-organisation-tag", H, M, """## Context
We do account-based marketing in Mailchimp: each member gets a tag with the name of its organisation.

## Mapping
- `email_address` ← `email`
- `merge_fields.FNAME`, `merge_fields.LNAME` ← `firstname`, `lastname`, each word starting by a majuscule (capital letter) and the rest in minuscules
- `tags` ← a list with one tag: the `company`, as is. If ever the company is empty, the tag is the domain of the email, i.e. what comes after the « @ » (`anne@cascades.ca` → `cascades.ca`)
- `vip` ← `true` when `annualrevenue` is more than 1 000 000, otherwise `false`. Empty revenue → `false`.""",
      extended(lower_emails(HS),
               hs(email="sophie.belanger@belanger-avocats.ca", firstname="sophie", lastname="BÉLANGER", company="  ",
                  annualrevenue="1000001"),
               hs(email="l.morin@gmail.com", firstname="LOUIS", lastname="morin", company="Morin Design",
                  annualrevenue="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 1_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h164-21-identify-crm-style-name", H, S, """## Context
First step for the identify calls in Segment from HubSpot.

## Mapping
- `userId` ← `email` in lowercase (for the moment we identify by the email)
- `traits.email` ← `email` as is
- `traits.firstName` ← `firstname`, `traits.lastName` ← `lastname` (copies)
- `traits.name` ← the last name, a comma and a space, then the first name, like in our CRM lists:

```
Raman, Priya
```""",
      extended(HS,
               hs(email="Etienne.Gagnon@Sagard.CA", firstname="Étienne", lastname="Gagnon")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['lastname']}, {r['firstname']}"}}


@case("h164-22-company-object-traits", H, S, """## Context
In Segment we want the company information grouped in the `traits.company` object (not flat traits).

## Mapping
- `userId` ← `email`
- `traits.company.name` ← `company`; when the company is empty, put « Indépendant »
- `traits.company.industry` ← `industry`, but only if it is filled. Empty industry → don't send the key
- `traits.company.employee_count` ← `numemployees` as an integer; when it is empty, leave it out too

Empty = nothing or only spaces.""",
      extended(HS,
               hs(email="r.paquette@gmail.com", company="  ", industry=" ", numemployees="  "),
               hs(email="m.caron@cirquebleu.ca", company="Cirque Bleu", industry="Entertainment", numemployees="1200")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Indépendant"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h164-23-address-and-phone-traits", H, S, """## Context
The address and the phone of the contacts should be on the Segment profile.

## Mapping
Under `traits.address`:
- `street` ← `address`
- `city` ← `city`
- `state` ← `state`, only when it is filled (empty state → no `state` key)
- `postalCode` ← `zip`
- `country` ← `country`

(copies as is; an empty street, city, zip or country is sent empty)

`traits.phone` ← `phone`, or `mobilephone` if `phone` is empty, formatted E.164: `+` and the digits; when the number has no `+`, it is North American → `+1` (11 digits with a leading 1 → just add `+`). If both are empty, no `traits.phone`.

`userId` ← `email`.""",
      extended(HS,
               hs(email="nicolas.fortier@fortier.ca", address="", city="Lévis", state="QC", zip="G6V 4Z2",
                  country="Canada", phone="", mobilephone="1 418 555 0177"),
               hs(email="a.leduc@leduc.ca", address="88 Rue Principale", city="Granby", state="  ", zip="J2G 2V1",
                  country="Canada", phone="  ", mobilephone="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h164-24-clean-userid-unsubscribed", H, S, """## Context
Some emails in HubSpot have spaces and majuscules (import from the old CRM), and Segment creates a new profile each time. So the userId must be cleaned.

## Mapping
- `userId` ← `email`, without the spaces at start/end and all in minuscules (lowercase)
- `traits.website` ← `website`, copied as is (even empty)
- `traits.unsubscribed` ← boolean: `false` when `hs_email_optout` is "false", `true` when it is "true". In the case where it is empty, `true` as well
- `traits.annual_revenue` ← `annualrevenue` as a number; if empty, the trait is not sent""",
      extended(HS,
               hs(email="  Luc.Bergeron@Desjardins.COM ", hs_email_optout="  ", annualrevenue="  ", website=""),
               hs(email="Anne.Roy@Roy.CA ", hs_email_optout="false", annualrevenue="150000", website="roy.ca")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "unsubscribed": r["hs_email_optout"] != "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h164-25-ga4-crm-sync-event", H, G, """## Context
We want to see in GA4 the contacts synced from the CRM, with one Measurement Protocol event per contact.

## Mapping
- `client_id` ← HubSpot `email` (copy)
- event name: always « crm_contact_synced »
- params:
  - `source_system` ← « hubspot » (constant)
  - `country` ← `country`, copy
  - `industry` ← `industry` in lowercase; if the industry is empty (or only spaces), send an empty text "" (no default)
  - `created_on` ← the date of `createdate`, format YYYY-MM-DD""",
      extended(HS,
               hs(email="camille.roy@exemple.ca", industry="  ", country="Canada",
                  createdate="2024-05-21T14:30:00.000Z"),
               hs(email="t.nguyen@santeplus.ca", industry="HEALTHCARE", country="",
                  createdate="2023-09-08T12:15:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_synced",
                        "params": {"source_system": "hubspot", "country": r["country"],
                                   "industry": "" if blank(ind) else ind.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h164-26-ga4-high-value-accounts", H, G, """## Context
We send to GA4 an event for the accounts with a big revenue, to build an audience for the Google Ads campaigns.

## Mapping
Only the contacts with `annualrevenue` more than 1 000 000. The ones with an empty revenue are not sent.

- `client_id` ← the part of the `email` before the « @ »
- event `name` ← « high_value_account » (always)
- `params.value` ← `annualrevenue` as a number
- `params.currency` ← « USD » (always)

/cc @ads-team""",
      extended(lower_emails(HS),
               hs(email="g.lavoie@lavoie-inc.ca", annualrevenue="1000000.5"),
               hs(email="m.pilon@pilon.ca", annualrevenue="999999"),
               hs(email="s.fournier@fournier.ca", annualrevenue="   ")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_account",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h164-27-ga4-paid-or-organic", H, G, """## Context
One GA4 event per HubSpot contact, and the name of the event depends on how the contact arrived.

## Mapping
- `client_id` ← `email`
- event name:
  - « paid_signup » when `hs_analytics_source` is `PAID_SEARCH` or `PAID_SOCIAL`
  - « organic_signup » for all the other sources, and also when the source is empty
- `params.job_title` ← `jobtitle`; put « not_set » in the case where it is empty (or only spaces)
- `params.stage` ← `lifecyclestage`, copied as is""",
      extended(HS,
               hs(email="v.lemay@lemay.ca", hs_analytics_source="PAID_SOCIAL", jobtitle="  ", lifecyclestage="lead"),
               hs(email="e.durand@durand.ca", hs_analytics_source="  ", jobtitle="Stagiaire", lifecyclestage="")))
def o27(r: R) -> Out:
    name = "paid_signup" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "organic_signup"
    return {"client_id": r["email"],
            "events": [{"name": name,
                        "params": {"job_title": dflt(r["jobtitle"], "not_set"), "stage": r["lifecyclestage"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h164-28-sdr-leads-into-hubspot", L, H, """## Context
The leads created by the SDRs in Salesforce must exist in HubSpot too, for the nurturing.

## Mapping
- [ ] `Email` → `email`
- [ ] `FirstName` → `firstname`
- [ ] `LastName` → `lastname`
- [ ] `Company` → `company`
- [ ] `Title` → `jobtitle`
- [ ] `Phone` → `phone`
- [ ] `City` → `city`
- [ ] `PostalCode` → `zip`

Everything 1 to 1. If ever a field is empty in Salesforce, send it empty to HubSpot, no default and no trim.

## Out of scope
The lead `Status` and `Rating`, we will see them in another issue.""",
      extended(SFL,
               sfl(Email="nathalie.ouimet@ouimet.ca", FirstName="Nathalie", LastName="Ouimet",
                   Company="Ouimet Électrique", Title="", Phone="  ", City="Laval", PostalCode="H7N 1A1")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"]}


@case("h164-29-lead-status-and-optout-text", L, H, """## Context
In HubSpot the sales team wants a Lead Status that is the same thing than in Salesforce (more or less).

## Mapping
`hs_lead_status` from the Salesforce `Status`:

```
Open - Not Contacted    -> NEW
Working - Contacted     -> ATTEMPTED_TO_CONTACT
Closed - Converted      -> OPEN_DEAL
Closed - Not Converted  -> UNQUALIFIED
```

`hs_email_optout` ← `HasOptedOutOfEmail`, written as the text "true" or "false" (HubSpot wants a string there).

`email` ← `Email`.""",
      extended(SFL,
               sfl(Email="jerome.bisson@bisson.ca", Status="Working - Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h164-30-rating-decides-stage", L, H, """## Context
The `Rating` of the SDRs should decide the lifecycle stage in HubSpot. Also, eventually some Salesforce emails have majuscules, and HubSpot would create duplicates.

## Mapping
- `email` ← `Email` in lowercase
- `lifecyclestage` from `Rating`: Hot → `salesqualifiedlead`, Warm → `marketingqualifiedlead`, Cold → `lead`
- `annualrevenue` ← `AnnualRevenue` as a number. When it is empty, don't send `annualrevenue` (we don't want to erase a value that is in HubSpot)

Labels: data-sync""",
      extended(SFL,
               sfl(Email="Nadia.Belkacem@Cascades.CA", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="Olivier.Caron@Boreal.IO", Rating="Cold", AnnualRevenue="750000.50")))
def o30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h164-31-london-partner-leads", L, H, """## Context
Our partner in London sends us leads in Salesforce, and they go to a dedicated pipeline in HubSpot.

## Mapping
Only the leads where `Country` = « United Kingdom ». The others are ignored by this sync.

- `email` ← `Email`
- `phone` ← `Phone` in E.164 for the UK: keep only the digits, remove the first 0 and put +44 in front (`020 7946 0321` → `+442079460321`). A number that already begins with `+` keeps its own code, only the digits.
- `lastname` ← `LastName` in majuscules (uppercase)
- `city` ← `City`; if the city is empty, put « London »

All these UK leads have a phone.""",
      extended(SFL,
               sfl(Email="priya.shah@tealbank.co.uk", LastName="Shah", Phone="+44 161 555 0123", City="  ",
                   Country="United Kingdom"),
               sfl(Email="ross.mcgregor@thistle.co.uk", LastName="mcgregor", Phone="0161 496 0000",
                   City="Manchester", Country="United Kingdom"),
               sfl(Email="aoife.byrne@liffey.ie", LastName="Byrne", Phone="+353 1 555 0100", City="Dublin",
                   Country="Ireland")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "lastname": r["LastName"].upper(),
            "city": dflt(r["City"], "London")}


@case("h164-32-skip-opted-out-street-city", L, H, """## Context
Salesforce leads → HubSpot contacts, but the leads who opted out of email stay out of HubSpot (marketing can't do anything with them).

## Mapping
**Exclude**: the leads with `HasOptedOutOfEmail` = true.

- `email` ← `Email`
- `jobtitle` ← `Title`; if empty, put « Not specified »
- `address` ← `Street`, a comma and a space, then `City` (e.g. `200 Lake St, Chicago`). In the case where `Street` is empty, only the `City`, without comma.

## Edge cases
`City` is always filled on our leads. Empty = nothing or only spaces.""",
      extended(SFL,
               sfl(Email="genevieve.lamarre@lamarre.ca", HasOptedOutOfEmail=False, Title="  ", Street="",
                   City="Sherbrooke"),
               sfl(Email="m.boucher@boucher.ca", HasOptedOutOfEmail=True, Title="Owner", Street="5 Rue Wellington",
                   City="Sherbrooke"),
               sfl(Email="d.cloutier@cloutier.ca", HasOptedOutOfEmail=False, Title="", Street="1000 Rue Sherbrooke O",
                   City="Montréal")))
def o32(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not specified"), "address": addr}


# ------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h164-33-clients-partners-audience", C, M, """## Context
The Salesforce contacts go into the Mailchimp audience « Clients & partenaires ».

## Mapping
- `email_address` ← `Email` in minuscules (lowercase), to avoid duplicates in the audience
- `status` ← `unsubscribed` when `HasOptedOutOfEmail` is true, `subscribed` when it is false
- `tags`:
  - always « crm-sf »
  - plus « inbound » after it, when `LeadSource` is `Web`

/cc @marc-andre""",
      extended(SFC,
               sfc(Email="Julie.Morin@Agence-Nova.CA", LeadSource="Web", HasOptedOutOfEmail=True)))
def o33(r: R) -> Out:
    tags = ["crm-sf"] + (["inbound"] if r["LeadSource"] == "Web" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


@case("h164-34-sms-audience-language", C, M, """## Context
SMS audience in Mailchimp for the Salesforce contacts. Without a phone number, a contact is useless in this audience.

## Mapping
- Exclude the contacts with an empty `Phone` (or only spaces)
- `email_address` ← `Email`
- `merge_fields.PHONE` ← `Phone` in E.164. We consider that a number without `+` is North American: `+1` then the digits (11 digits starting by 1 → only add the `+`). With a `+`, keep the country code, digits only.
- `language` from `MailingCountry`:
  - Canada → `fr`
  - United States → `en`
  - Germany → `de`
  - Austria → `de`

To precise: these 4 countries are the only ones in this segment.""",
      extended(SFC,
               sfc(Email="martin.giroux@giroux.ca", Phone="  ", MailingCountry="Canada"),
               sfc(Email="sylvie.hebert@hebert.ca", Phone="514 555 0133", MailingCountry="Canada"),
               sfc(Email="k.jones@lakeside.com", Phone="+1 212 555 0100", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Canada": "fr", "United States": "en", "Germany": "de", "Austria": "de"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h164-35-trade-show-follow-up", C, M, """## Context
Contacts of Salesforce → Mailchimp for the follow-up of the trade show. Our template says « Hi *|FNAME|* », so FNAME must never be empty.

## Mapping
- `email_address` ← `Email`
- `merge_fields.FNAME` ← `FirstName`, or « there » when it is empty (or only spaces)
- `merge_fields.LNAME` ← `LastName` (copy)
- `vip` ← `true` when `LeadSource` = `Trade Show`, else `false` (an empty lead source gives `false`)
- `email_type` ← « html » for all""",
      extended(SFC,
               sfc(Email="a.lefebvre@lefebvre.ca", FirstName="  ", LastName="Lefebvre", LeadSource="Trade Show"),
               sfc(Email="r.dupuis@dupuis.ca", FirstName="", LastName="Dupuis", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "email_type": "html"}


@case("h164-36-infolettre-fr-reset-tags", C, M, """## Context
Re-import of the Salesforce contacts in the audience « Infolettre FR ». The old tags are wrong, we want to clean them.

## Mapping
Only the contacts with `HasOptedOutOfEmail` = false.

- [ ] `email_address` ← `Email`
- [ ] `merge_fields.FNAME` ← `FirstName`, `merge_fields.LNAME` ← `LastName` (copies as is, empty stays empty)
- [ ] `status` ← « subscribed »
- [ ] `language` ← « fr »
- [ ] `tags` ← empty list `[]`, to remove all the tags""",
      extended(SFC,
               sfc(Email="genevieve.ross@ross.ca", FirstName="Geneviève", LastName="", HasOptedOutOfEmail=False),
               sfc(Email="p.morel@morel.ca", FirstName="Pascal", LastName="Morel", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "fr", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h164-37-identify-sf-contacts", C, S, """## Context
Identify calls to Segment for the Salesforce contacts.

## Mapping
- `userId` ← `Email` in lowercase
- `traits.firstName` ← `FirstName`
- `traits.lastName` ← `LastName`
- `traits.phone` ← `Phone` (copy as is; an empty phone is sent empty)
- `traits.title` ← `Title`, only when it is filled. If the title is empty (or only spaces), no `title` trait""",
      extended(SFC,
               sfc(Email="Marc.Lavoie@Ubisoft.CA", FirstName="Marc", LastName="Lavoie", Title="   ", Phone="")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "phone": r["Phone"],
                            "title": omit_if_blank(r["Title"])}})


@case("h164-38-address-city-montreal-default", C, S, """## Context
We want the city and the country of the Salesforce contacts on the Segment profile, in the address object.

## Mapping
- `userId` ← `Email`
- `traits.address.city` ← `MailingCity`; when it is empty (or only spaces), put « Montréal » (the contacts without city come from the event at the HQ). Otherwise copy as is.
- `traits.address.country` ← `MailingCountry`, trimmed (spaces at start and at end removed)""",
      extended(SFC,
               sfc(Email="l.gendron@gendron.ca", MailingCity="  ", MailingCountry=" Canada "),
               sfc(Email="s.picard@picard.ca", MailingCity="Québec", MailingCountry="Canada  ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Montréal"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h164-39-enablement-phone-channel", C, S, """## Context
Segment traits for the sales enablement tool.

## Mapping
- `userId` ← `Email`
- `traits.phone` ← `Phone` in E.164 (North American when there is no `+`: `+1` and the digits, or just `+` if 11 digits starting by 1; with a `+`, keep the code and only the digits)
- `traits.name` ← `FirstName` + one space + `LastName`
- `traits.channel` from `LeadSource`:
  - `Web` → « inbound »
  - `Trade Show` → « event »
  - `Partner Referral` → « partner »
  - any other value, or empty → « other »""",
      extended(SFC,
               sfc(Email="c.bouchard@bouchard.ca", FirstName="Chantal", LastName="Bouchard", Phone="1 (438) 555-0166",
                   LeadSource="Partner Referral"),
               sfc(Email="y.leclerc@leclerc.ca", FirstName="Yannick", LastName="Leclerc", Phone="819-555-0102",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    channel = {"Web": "inbound", "Trade Show": "event", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h164-40-members-names-language-optout", M, H, """## Context
Mailchimp members → HubSpot contacts. The names in Mailchimp are typed by the people themselves in the form, so majuscules everywhere or nowhere.

## Mapping
- `email` ← `email_address`
- `firstname` ← `merge_fields.FNAME`, first letter of each word in capital and the rest in lowercase
- `lastname` ← `merge_fields.LNAME`, same transformation; if LNAME is empty, don't send `lastname` at all (we don't want to erase the one in HubSpot)
- `hs_language` ← `language`; « fr » in the case where it is empty
- `hs_email_optout` ← the text "true" when the `status` is `unsubscribed` or `cleaned`, the text "false" for any other status

Empty = nothing or only spaces.""",
      extended(MC,
               mc({"FNAME": "marie claude", "LNAME": "  "}, email_address="marie.claude.roy@roy.ca", language="",
                  status="pending"),
               mc({"FNAME": "FRÉDÉRIC", "LNAME": "GAUTHIER"}, email_address="f.gauthier@gauthier.ca", language="  ",
                  status="subscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "fr"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h164-41-members-vip-customers", M, H, """## Context
Sync Mailchimp → HubSpot. The unsubscribed members must not pass by this sync (there is another process for the opt-outs).

## Mapping
- exclude the members with `status` = `unsubscribed`
- `email` ← `email_address`
- `lastname` ← `merge_fields.LNAME`, copy as is (also when empty)
- `phone` ← `merge_fields.PHONE` in E.164 (`+` kept with its code; no `+` → North American, `+1` + the digits, or only `+` for 11 digits beginning by 1). Empty phone (or only spaces) → no `phone` property
- `lifecyclestage` ← `customer` if `vip` is true, `subscriber` if `vip` is false

Labels: data-sync""",
      extended(MC,
               mc({"LNAME": "Ouellet"}, email_address="nathalie.ouellet@maisonbleue.ca", status="unsubscribed"),
               mc({"LNAME": "Tran", "PHONE": "  "}, email_address="k.tran@tran.ca", status="pending", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "lastname": mf["LNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h164-42-customers-program-members", M, H, """## Context
Members of Mailchimp → HubSpot contacts, for the customers program.

## Mapping
- `email` ← `email_address`
- `firstname` ← the first word of `merge_fields.FNAME` (« Léa Marie » → « Léa »)
- `company` ← `merge_fields.COMPANY`; if it is empty (or only spaces), the domain of the email, so the part after the « @ »
- `lifecyclestage` ← `customer` when the member has the tag « Customer » in `tags`, otherwise `lead`""",
      extended(MC,
               mc({"FNAME": "Léa Marie", "COMPANY": "  "}, email_address="lea.fortin@studiofortin.ca",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Bruno", "COMPANY": "Lemieux Bois"}, email_address="bruno.lemieux@lemieux.ca",
                  tags=["VIP"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set164")
