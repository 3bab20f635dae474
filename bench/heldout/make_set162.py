"""Held-out set 162 for the offline mapping drafter.

Persona: Jonas Becker, CRM manager at an outdoor-gear retailer in Munich, whose first language is
German. He never writes a mapping from scratch: the integration engineer (Priya) mails him a short
numbered list of questions and he answers inline, so each text is his reply: her quoted lines
start with '> ' (now and then '>> ' for an older quote), his answers sit under each quote, and an
answer sometimes says 'see above' or 'like in 2.' about an earlier answer of the same mail. His
English is German-shaped: 'resp.' for 'or respectively', 'in case' for 'if', 'actual' for
'current', 'become' for 'get', 'until now', 'per default', 'the field is to be filled with',
decimal commas in prose numbers ('1.000,50'), remarks about Umlauts, dates written 31.12.2024 in
prose. Some mails open with 'Hi Priya,' and close with 'BR Jonas' or 'Viele Grüße, Jonas'; his
signature block (title, company, phone) sometimes follows.

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

SIGNATURE = """--
Jonas Becker
CRM Manager | Alpenfuchs Outdoor GmbH
Tel. +49 89 5555 0130"""


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h162-01-lead-copy-web-source", H, L, """Hi Priya,

answers inline:

> 1. Which HubSpot properties should go to the Lead?
Email, first name, last name, company name, job title and city. All 1:1, no formatting.

> 2. What happens in case a property is empty in HubSpot?
Then it is to be transferred empty as well. No placeholder, no "n/a".

> 3. Lead Source?
Per default "Web" for every lead, they all come over our online shop.

BR Jonas""",
      extended(HS,
               hs(email="lukas.huber@bergschule-huber.de", firstname="Lukas", lastname="Huber", company="",
                  jobtitle="  ", city="Garmisch-Partenkirchen"),
               hs(email="sabine.maier@gmx.de", firstname="Sabine", lastname="Maier", company="Alpinverein Tegernsee ",
                  jobtitle="", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Web"}


@case("h162-02-lead-required-defaults", H, L, """> 1. Company and Last Name are mandatory on the Salesforce Lead. What shall we send in case they are empty in HubSpot?
Company: in case empty, the field is to be filled with "Privatkunde".
Last Name: in case empty, "Unbekannt".
Empty means for us also a value with only spaces.

> 2. Should the values be cleaned somehow?
The company names come partly from our old shop import and have spaces at the beginning resp. at the end, please cut them away.
Last name stays like it is, no trimming.

> 3. Email?
1:1.

Viele Grüße, Jonas""",
      extended(HS,
               hs(email="quirin.stadler@web.de", company="  ", lastname="   "),
               hs(email="vroni.kramer@bergsport-kramer.de", company=" Bergsport Kramer GmbH ", lastname="Kramer "),
               hs(email="alois.obermaier@t-online.de", company="", lastname="Obermaier")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Privatkunde").strip(),
            "LastName": dflt(r["lastname"], "Unbekannt")}


@case("h162-03-lead-phone-fallback-names", H, L, """Hi Priya,

> 1. Phone on the Lead: HubSpot has phone number and mobile phone number. Which one?
The phone number. Only in case it is empty take the mobile phone number. In case both are empty (or only spaces), please do not send the Phone field at all, also not an empty one.
The numbers as they are, no formatting.

> 2. First/last name are in mixed case in HubSpot (GARCIA, maria). Can we fix this?
Yes please: every word with a capital first letter and the rest small, so "maria" becomes "Maria" and "GARCIA" becomes "Garcia". For first name and last name.

> 3. Email?
as it is.

BR Jonas""",
      extended(HS,
               hs(email="franz.huber@web.de", firstname="franz xaver", lastname="HUBER", phone="  ",
                  mobilephone="+49 171 5550123"),
               hs(email="resi.gruber@t-online.de", firstname="RESI", lastname="gruber", phone="", mobilephone=" ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h162-04-lead-source-table-lower-email", H, L, """> 1. How do we map the HubSpot Original Source to the Salesforce Lead Source?
ORGANIC_SEARCH -> Web
DIRECT_TRAFFIC -> Web
PAID_SEARCH resp. PAID_SOCIAL -> Advertisement
REFERRALS -> External Referral
OFFLINE -> Trade Show (these are the people from the ISPO fair)
All other sources -> Other. Also in case the source is empty -> Other.

> 2. Email: as is, or normalized?
In lower case please, the complete address. Until now we had duplicates in Salesforce because of capital letters.

> 3. Last Name?
1:1

BR Jonas""",
      extended(HS,
               hs(email="Toni.Brandl@Bergfreunde-Brandl.DE", lastname="Brandl", hs_analytics_source="OFFLINE"),
               hs(email="Marie.Schmid@GMX.de", lastname="Schmid", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="Georg.Lindner@Web.DE", lastname="Lindner", hs_analytics_source="  ")))
def o04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h162-05-lead-skip-germany-and-customers", H, L, """Hi Priya,

see my answers below.

> 1. Are there contacts that should NOT become a Lead?
Yes, two groups:
a) contacts with Country/Region "Germany" - the German B2B customers are handled by our field sales team directly, they shall not land in Salesforce
b) contacts with lifecycle stage "customer", they are already in SAP
Contacts with empty country are transferred normally (only not in case they are customers, see b).

> 2. Field list?
Email, first name, last name, company name -> 1:1 to Email, First Name, Last Name, Company

> 3. Anything fixed?
Description is to be filled with "HubSpot Import 2024" on every lead.

Viele Grüße
Jonas""",
      extended(HS,
               hs(email="michael.wenger@wenger-alpin.de", firstname="Michael", lastname="Wenger",
                  company="Wenger Alpin", country="Germany", lifecyclestage="lead"),
               hs(email="emma.frost@frostpeak.co", firstname="Emma", lastname="Frost", company="Frostpeak",
                  country="", lifecyclestage="opportunity"),
               hs(email="herbert.moser@moser-sport.at", firstname="Herbert", lastname="Moser", company="Moser Sport",
                  country="Austria", lifecyclestage="customer")))
def o05(r: R) -> Out:
    if r["country"] == "Germany" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Description": "HubSpot Import 2024"}


@case("h162-06-lead-rating-from-employees", H, L, """> 1. Rating on the Lead - based on what?
On the number of employees from HubSpot:
more than 200 employees -> Hot
less than 20 employees -> Cold
everything in between -> Warm
In case the number of employees is empty -> Cold as well.

> 2. Should we also fill the Employees field?
Yes, with the number of employees as whole number (integer, not as text). In case it is empty in HubSpot, leave the field out.

> 3. Email?
1:1 like always.

BR Jonas""",
      extended(HS,
               hs(email="thomas.reiter@reiter-outdoor.de", numemployees="1200"),
               hs(email="lena.ostler@ostler.de", numemployees="  "),
               hs(email="felix.bauer@bauer-bergsport.de", numemployees="199")))
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n):
        rating = "Cold"
    else:
        v = float(n)
        rating = "Hot" if v > 200 else ("Cold" if v < 20 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(n, lambda x: int(float(x)))})


@case("h162-07-lead-e164-phone-city", H, L, """Hi Priya,

> 1. In which format should the phone number go to Salesforce?
E.164 please, our dialer needs it. That means: + and then only digits.
- in case the number already starts with +, it keeps its own country code
- without + it is a US number (from our US web shop), then +1 in front. In case it has 11 digits and starts with 1, the 1 is already there, only the + is added

> 2. And contacts without phone number?
Then Phone is not to be sent at all. Empty or only spaces counts as no number.

> 3. City looks bad in HubSpot ("NEW YORK", "münchen"). Can we fix it?
Yes: each word with capital first letter, rest small -> "New York", "München". Umlauts stay like they are.

> 4. Email as is?
Yes.

BR Jonas""",
      extended(HS,
               hs(email="kevin.walsh@trailmix.com", phone="1 (212) 555-0163", city="NEW YORK"),
               hs(email="sepp.huber@huber-alm.de", phone="+49 89 5550 1234", city="münchen"),
               hs(email="kathi.lang@lang-ski.de", phone="   ", city="bad tölz")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164), "City": title(r["city"])})


@case("h162-08-lead-sql-only-date-source", H, L, """> 1. Which contacts should be sent?
Only the ones with lifecycle stage "salesqualifiedlead". All others stay in HubSpot.

> 2. Any formatting?
Last Name completely in capital letters (Volkov -> VOLKOV), Email 1:1.

> 3. Description - you mentioned the source and the date?
Yes. First the create date as YYYY-MM-DD, then one space, then the Original Source.
Example: a contact created on 05.12.2023 via paid social becomes "2023-12-05 PAID_SOCIAL".

BR Jonas
""" + SIGNATURE,
      extended(HS,
               hs(email="anja.schaefer@schaefer-touren.de", lastname="Schäfer", lifecyclestage="salesqualifiedlead",
                  hs_analytics_source="OFFLINE", createdate="2024-03-12T12:00:00.000Z"),
               hs(email="leo.brandstaetter@gipfelglueck.at", lastname="Brandstätter",
                  lifecyclestage="salesqualifiedlead", hs_analytics_source="DIRECT_TRAFFIC",
                  createdate="2024-10-01T11:30:00.000Z"),
               hs(email="nora.wild@wild-trails.de", lastname="Wild", lifecyclestage="opportunity",
                  hs_analytics_source="REFERRALS", createdate="2024-02-02T12:00:00.000Z")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{day(r['createdate'])} {r['hs_analytics_source']}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h162-09-contact-mailing-address", H, C, """Hi Priya,

> 1. Address fields for the Salesforce Contact - which ones?
The complete HubSpot address into the Mailing address:
street address -> Mailing Street
city -> Mailing City
state/region -> Mailing State/Province
postal code -> Mailing Zip/Postal Code
country/region -> Mailing Country

> 2. Any cleanup?
No, 1:1. In case a field is empty in HubSpot, it is to be sent empty too.

> 3. Anything else besides the address?
Last Name, also 1:1. Phones etc. come later.

BR Jonas""",
      extended(HS,
               hs(email="vroni.lechner@gmx.at", lastname="Lechner", address="", city="Innsbruck", state="Tirol ",
                  zip="6020", country="Austria"),
               hs(email="sepp.moser@bergfuehrer-moser.de", lastname="Moser", address="Hauptstr. 5 ", city="  ",
                  state="", zip="", country="Germany")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h162-10-contact-optout-do-not-call", H, C, """> 1. Email Opt Out on the Contact - from "Unsubscribed from all email"?
Yes. "true" in HubSpot -> checked (true), "false" -> not checked (false). In case the HubSpot field is empty: not checked (false) as well.

> 2. Do Not Call?
Do Not Call = true only in case the contact has neither phone number nor mobile phone number in HubSpot (both empty resp. only spaces). As soon as one of them is filled -> false.

> 3. Other fields?
Email and Last Name 1:1.

Jonas""",
      extended(HS,
               hs(email="hias.koller@koller.de", lastname="Koller", hs_email_optout="  ", phone="", mobilephone="   "),
               hs(email="burgi.angerer@angerer.de", lastname="Angerer", hs_email_optout="true", phone=" ",
                  mobilephone="0171 5550199"),
               hs(email="wastl.frank@frank-ski.de", lastname="Frank", hs_email_optout="false", phone="",
                  mobilephone="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h162-11-contact-lastname-fallback", H, C, """Hi Priya,

> 1. Last Name is mandatory on the Contact, but many newsletter contacts in HubSpot have none. What should we do?
Take the last name. In case it is empty, take the first name instead.
In case also the first name is empty, take the part of the email address before the @ (so from "bergfex99@gmx.de" it becomes "bergfex99").
Only spaces counts as empty.

> 2. Is First Name needed too?
No, only Last Name. And Email 1:1 of course.

BR Jonas""",
      extended(lower_emails(HS),
               hs(email="korbinian@alpenrausch.de", firstname="Korbinian", lastname=""),
               hs(email="bergfex99@gmx.de", firstname=" ", lastname="  "),
               hs(email="gipfelstuermer@web.de", firstname="", lastname="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": first_filled(r["lastname"], r["firstname"], before_at(r["email"]))}


@case("h162-12-contact-german-country-state-caps", H, C, """> 1. Mailing Country - our Salesforce is in German, right?
Correct, the field is to be filled with the German country name:
United States -> USA
Japan -> Japan
Mexico -> Mexiko
France -> Frankreich
Germany -> Deutschland
Austria -> Österreich (with Umlaut, not "Oesterreich")
Other countries we don't have in HubSpot, I checked it.

> 2. State?
Mailing State/Province = state/region in capital letters (by -> BY). In case the state is empty, don't send the field.

> 3. Email 1:1.
ok

BR Jonas""",
      extended(HS,
               hs(email="resi.hofmann@hofmann-berg.de", country="Germany", state="by"),
               hs(email="florian.egger@egger-alm.at", country="Austria", state="  "),
               hs(email="jens.kuhn@kuhn-outdoor.de", country="Germany", state="Nrw")))
def o12(r: R) -> Out:
    codes = {"United States": "USA", "Japan": "Japan", "Mexico": "Mexiko", "France": "Frankreich",
             "Germany": "Deutschland", "Austria": "Österreich"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h162-13-contact-not-unsubscribed-only", H, C, """> 1. Which contacts go to Salesforce?
Only the contacts who did not unsubscribe, that means "Unsubscribed from all email" = "false".
Contacts with "true" and also contacts where the field is empty are not transferred.

> 2. Email?
In small letters.

> 3. Mobile Phone on the Contact?
Mobile phone number from HubSpot; in case it is empty the phone number instead. No formatting.

> 4. Lead Source?
Fixed value "Web".

BR Jonas""",
      extended(HS,
               hs(email="Hannes.Pichler@Alpenglueck.AT", hs_email_optout="false", mobilephone="  ",
                  phone="+43 512 555 0199"),
               hs(email="Maxi.Brunner@GMX.DE", hs_email_optout="false", mobilephone="0171 5550142", phone=""),
               hs(email="Lisi.Wagner@web.de", hs_email_optout="", mobilephone="0160 5550111", phone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Web"}


@case("h162-14-contact-names-title-source-table", H, C, """Hi Priya,

> 1. Names: fix upper/lower case?
Yes, first name and last name: each word first letter capital, rest small.

> 2. Title from job title?
Yes, but please remove the spaces at the beginning and the end, otherwise 1:1.

> 3. Lead Source mapping from the Original Source?
REFERRALS -> Word of mouth
EMAIL_MARKETING -> Email
SOCIAL_MEDIA -> Advertisement
PAID_SOCIAL -> Advertisement
PAID_SEARCH -> Advertisement
everything else, and also empty -> Web

> 4. Email?
1:1

BR Jonas
""" + SIGNATURE,
      extended(HS,
               hs(email="theresa.steiner@steiner-sport.de", firstname="THERESA", lastname="steiner",
                  jobtitle=" Filialleiterin ", hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="andi.kofler@kofler.at", firstname="andi", lastname="KOFLER", jobtitle="   ",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="maria.theresia.reindl@reindl.de", firstname="maria theresia", lastname="Reindl",
                  jobtitle="Einkauf ", hs_analytics_source="OFFLINE")))
def o14(r: R) -> Out:
    table = {"REFERRALS": "Word of mouth", "EMAIL_MARKETING": "Email", "SOCIAL_MEDIA": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "PAID_SEARCH": "Advertisement"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h162-15-mc-copy-status-language-default", H, M, """> 1. Which fields for the Mailchimp audience?
email -> Email Address, first name -> FNAME, last name -> LNAME. 1:1, also in case they are empty.

> 2. Status for new members?
"subscribed" for all, they gave the consent in the shop checkout.

> 3. Language - from HubSpot "Preferred language"?
Yes. For most contacts this property does not exist at all resp. is empty, then per default "de".

Viele Grüße, Jonas""",
      extended(HS,
               hs(email="oliver.grant@highpass.co.uk", firstname="Oliver", lastname="Grant", hs_language="en"),
               hs(email="moni.sailer@sailer.de", firstname="", lastname="Sailer", hs_language="  "),
               hs(email="giulia.rossi@dolomiti.it", firstname="Giulia", lastname="", hs_language="it")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "de")}


@case("h162-16-mc-three-way-status-sync-tag", H, M, """Hi Priya,

> 1. Mailchimp status - how to derive it?
From "Unsubscribed from all email":
"true" -> unsubscribed
"false" -> subscribed
empty -> pending (so they become our double opt-in mail first)

> 2. Tags?
Every member becomes exactly one tag: "HubSpot Sync".

> 3. Email Address 1:1
yes

BR Jonas""",
      extended(HS,
               hs(email="simon.huber@huber-climb.de", hs_email_optout="  "),
               hs(email="carina.pfaff@pfaff.at", hs_email_optout="false")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Sync"]}


@case("h162-17-mc-key-account-regular-tags", H, M, """Hi Priya,

> 1. Which tags should the members get?
Two rules:
- annual revenue more than 3000000 (3 Mio. €) -> tag "Key Account"
- lifecycle stage = customer -> tag "Stammkunde"
In case both are true, both tags, first "Key Account", then "Stammkunde". In case none is true, tags is an empty list.

> 2. Annual revenue is empty for some contacts.
Then no "Key Account" tag (the "Stammkunde" rule from 1. still counts).

> 3. Email Address?
from email, 1:1.

BR Jonas""",
      extended(HS,
               hs(email="peter.gasteiger@gasteiger.at", annualrevenue="3000000.5", lifecyclestage="lead"),
               hs(email="uschi.berger@berger-wandern.de", annualrevenue="2999999", lifecyclestage="customer"),
               hs(email="kurt.hell@hell-ski.de", annualrevenue="  ", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Key Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Stammkunde")
    return {"email_address": r["email"], "tags": tags}


@case("h162-18-mc-first-word-mobile-e164", H, M, """> 1. FNAME: the whole first name?
No, only the first word. "Anna Lena" becomes "Anna".

> 2. PHONE merge field - mobile or phone?
Mobile phone number; in case it is empty, the phone number.
Format E.164: + and country code and then only digits. Numbers with + keep their country code; numbers without + are US numbers -> +1 in front (11 digits starting with 1: the 1 is already the country code, only add the +).

> 3. Email Address
1:1 from email

BR Jonas""",
      extended(HS,
               hs(email="anna.lena.vogl@vogl.de", firstname="Anna Lena", mobilephone="  ", phone="1-303-555-0144"),
               hs(email="maximilian.ertl@ertl.de", firstname="Maximilian", mobilephone="+49 171 5550123",
                  phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h162-19-mc-skip-no-firstname-vip", H, M, """Hi Priya,

> 1. Should all contacts go to the newsletter audience?
No. Contacts without first name (empty or only spaces) are to be skipped, because of the personal salutation in our mails.

> 2. Language?
"de" for all.

> 3. VIP?
VIP = true in case lifecycle stage is "customer" resp. "evangelist" (our brand ambassadors). All other stages and empty stage -> false.

> 4. Email Address 1:1?
Correct.

BR Jonas""",
      extended(HS,
               hs(email="ben.hartmann@hartmann.de", firstname="  ", lifecyclestage="customer"),
               hs(email="toni.zangerl@zangerl-guides.at", firstname="Toni", lifecyclestage="evangelist"),
               hs(email="kathi.rieder@rieder.de", firstname="Kathi", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "language": "de",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h162-20-mc-names-domain-fallback-vip", H, M, """> 1. FNAME / LNAME: as in HubSpot?
Please with capital first letter, rest small, for each word (GARCIA -> Garcia, maria -> Maria).

> 2. LNAME in case the last name is empty?
Then the domain of the email, meaning the part after the @ (e.g. alpenglueck.at), exactly like it is, no capital letter.

> 3. VIP?
true for contacts with annual revenue more than 5000000 (5 Mio.), otherwise false. Empty revenue -> false.

> 4. Email Address?
1:1

BR Jonas""",
      extended(lower_emails(HS),
               hs(email="info@huettenzauber.de", firstname="HANNA", lastname="", annualrevenue="5000000.5"),
               hs(email="luis.gamper@alpenglueck.at", firstname="luis", lastname="  ", annualrevenue="4999999"),
               hs(email="rosi.stangl@stangl.de", firstname="rosi", lastname="STANGL", annualrevenue="  ")))
def o20(r: R) -> Out:
    lname = after_at(r["email"]) if blank(r["lastname"]) else title(r["lastname"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": lname},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h162-21-seg-lower-userid-name-comma", H, S, """> 1. userId for Segment?
The HubSpot email in small letters.

> 2. Which traits?
traits.email = email as it is (not lower case, that's only for the userId)
traits.title = job title, 1:1, also when empty
traits.name = last name, comma, space, first name - like "Raman, Priya", this is how our sales team wants it.

Jonas""",
      extended(HS,
               hs(email="Florian.Auer@Bergwerk-Sports.DE", firstname="Florian", lastname="Auer", jobtitle="")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "title": r["jobtitle"], "name": f"{r['lastname']}, {r['firstname']}"}}


@case("h162-22-seg-company-object", H, S, """Hi Priya,

> 1. Company data in Segment - flat or nested?
Nested please, under traits.company:
- traits.company.name = company name; in case empty -> "Privatkunde"
- traits.company.industry = industry; in case empty, don't send it
- traits.company.employee_count = number of employees as integer; in case empty, same like industry (not sent)

> 2. userId?
HubSpot email 1:1.

BR Jonas""",
      extended(HS,
               hs(email="gabi.neuner@neuner.de", company="  ", industry="", numemployees="  "),
               hs(email="info@sporthaus-schuster.de", company="Sporthaus Schuster", industry="Retail",
                  numemployees="310")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Privatkunde"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h162-23-seg-address-phone-e164", H, S, """> 1. Address traits?
Under traits.address:
street = street address, city = city, postalCode = postal code, country = country/region - all 1:1, also empty ones.
state = state/region, but only in case it is filled; an empty state is not to be sent.

> 2. Phone?
traits.phone = phone number, in case empty the mobile phone number, in E.164 (+ and only digits; a number with + keeps its country code, a number without + is US -> +1 in front; 11 digits starting with 1 already have the 1, only +).
In case both are empty: no phone trait, like for the state above.

> 3. userId = email?
Yes, 1:1.

BR Jonas""",
      extended(HS,
               hs(email="josef.wimmer@wimmer-alpin.de", address="Marienplatz 1", city="München", state="",
                  zip="80331", country="Germany", phone="", mobilephone="+49 160 5550177"),
               hs(email="kim.lee@trailhead.com", address="1600 Blake St", city="Denver", state="CO", zip="80202",
                  country="United States", phone="  ", mobilephone="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h162-24-seg-clean-userid-optin-revenue", H, S, """> 1. userId - the emails in HubSpot are sometimes with spaces and capital letters.
Then please cut the spaces at beginning/end and convert everything into small letters.

> 2. traits.website?
website 1:1.

> 3. Newsletter consent as boolean?
traits.newsletter_optin = true only in case "Unsubscribed from all email" is "false". In case it is "true" or empty -> false.

> 4. Revenue?
traits.annual_revenue = annual revenue as number (12000000, not "12000000"). In case empty, the trait is to be left out.

BR Jonas
""" + SIGNATURE,
      extended(HS,
               hs(email="  Michi.Huber@Huber-Bergsport.de ", hs_email_optout="  ", annualrevenue="  ", website=""),
               hs(email="Leni.Fuchs@GMX.de ", hs_email_optout="false", annualrevenue="150000.5",
                  website="https://fuchs-touren.de")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "newsletter_optin": r["hs_email_optout"] == "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h162-25-ga4-crm-sync-event", H, G, """Hi Priya,

> 1. Event name?
Always "crm_sync".

> 2. client_id?
HubSpot email 1:1.

> 3. Parameters?
- shop = "muenchen" (fixed for all; without Umlaut because of GA4)
- source = Original Source in small letters (PAID_SEARCH -> paid_search). In case the source is empty: "none".
- country = country/region 1:1
- signup_date = create date, only the date as YYYY-MM-DD (created 14.03.2023 -> 2023-03-14)

BR Jonas""",
      extended(HS,
               hs(email="stefanie.koch@koch-wandern.de", hs_analytics_source="  ", country="Germany",
                  createdate="2024-05-17T12:00:00.000Z"),
               hs(email="hubert.plank@plank-sport.at", hs_analytics_source="OFFLINE", country="Austria",
                  createdate="2024-09-30T13:15:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_sync",
                        "params": {"shop": "muenchen", "source": "none" if blank(src) else src.lower(),
                                   "country": r["country"], "signup_date": day(r["createdate"])}}]}


@case("h162-26-ga4-b2b-revenue-filter", H, G, """> 1. Which contacts should become an event?
Only contacts with annual revenue more than 1000000 (1 Mio., in the Excel of marketing it was also written as 1.000.000,00 €).
Contacts with empty annual revenue: no event.

> 2. client_id - the full email?
No, only the part before the @.

> 3. Event name and parameters?
Name always "b2b_contact". One parameter: revenue = annual revenue as number.

Viele Grüße, Jonas""",
      extended(lower_emails(HS),
               hs(email="markus.leitner@leitner-bergsport.de", annualrevenue="1000000.5"),
               hs(email="eva.hofer@hofer.at", annualrevenue="  "),
               hs(email="rudi.kaiser@kaiser-ski.de", annualrevenue="999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "b2b_contact", "params": {"revenue": num(r["annualrevenue"])}}]}


@case("h162-27-ga4-optout-event-name", H, G, """Hi Priya,

> 1. Event name - always the same?
No, it depends: in case "Unsubscribed from all email" is "true" -> "newsletter_optout", otherwise "contact_update" (also in case the field is empty).

> 2. client_id?
email, like it is.

> 3. Parameters?
industry = industry; in case empty -> "n/a"
city = city 1:1

BR Jonas""",
      extended(HS,
               hs(email="vinzenz.mayr@mayr.de", hs_email_optout="  ", industry="  ", city="Lenggries"),
               hs(email="petra.staudt@staudt.de", hs_email_optout="true", industry="Sports", city="")))
def o27(r: R) -> Out:
    name = "newsletter_optout" if r["hs_email_optout"] == "true" else "contact_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "n/a"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h162-28-lead-to-hubspot-copy", L, H, """Hi Priya,

now the other direction, Salesforce Lead -> HubSpot contact.

> 1. Field list?
Email -> email
First Name -> first name
Last Name -> last name
Company -> company name
Title -> job title
Street -> street address
Postal Code -> postal code
Country -> country/region

> 2. Formatting?
None, 1:1. Empty values stay empty (empty text), please don't fill anything.

BR Jonas""",
      extended(SFL,
               sfl(Email="kathi.berger@berghof-berger.at", FirstName="Kathi", LastName="Berger", Company="",
                   Title="  ", Street="", PostalCode="6020", Country="Austria"),
               sfl(Email="ben.wolf@wolfpack-outdoor.de", FirstName="Ben", LastName="Wolf", Company="Wolfpack Outdoor",
                   Title="Einkauf", Street="Lindwurmstr. 10 ", PostalCode="", Country=" ")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "address": r["Street"], "zip": r["PostalCode"], "country": r["Country"]}


@case("h162-29-lead-status-to-stage-optout-text", L, H, """> 1. Lifecycle stage from the Lead Status?
Open - Not Contacted -> lead
Working - Contacted -> salesqualifiedlead
Closed - Converted -> opportunity
Closed - Not Converted -> other
(other status values don't exist in our actual Salesforce)

> 2. "Unsubscribed from all email"?
From Email Opt Out, as text: "true" in case it is checked, "false" in case not.

> 3. email?
From Email 1:1.

Jonas""",
      extended(SFL,
               sfl(Email="franzi.eder@eder-alpin.de", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="rainer.moll@moll.de", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "lead", "Working - Contacted": "salesqualifiedlead",
             "Closed - Converted": "opportunity", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h162-30-lead-status-revenue-lower-email", L, H, """Hi Priya,

> 1. Lead Status mapping?
Open - Not Contacted -> NEW
Working - Contacted -> IN_PROGRESS
Closed - Converted -> OPEN_DEAL
Closed - Not Converted -> UNQUALIFIED

> 2. Annual Revenue?
As number into annual revenue. In case it is empty in Salesforce, please don't send it at all.

> 3. email?
Email in small letters please.

BR Jonas""",
      extended(SFL,
               sfl(Email="Martin.Kogler@Kogler-Sport.AT", Status="Working - Contacted", AnnualRevenue="  "),
               sfl(Email="Sarah.Brunner@gmx.DE", Status="Open - Not Contacted", AnnualRevenue="750000.25")))
def o30(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": table[r["Status"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h162-31-lead-uk-only-e164-postcode", L, H, """> 1. Which leads?
Only leads with Country "United Kingdom" - for our new UK shop. All other countries, and leads without country, are not transferred.

> 2. You wrote last week:
>> phone numbers like they are
> Is that still valid for the UK leads?
No, for UK we need E.164: +44, then the number without the leading 0, only digits. Example: "020 7946 0321" becomes "+442079460321". In case the number already starts with +, keep its country code (+ and only the digits).

> 3. Postal code?
Postal Code in capital letters.

> 4. Company?
Company 1:1; in case it is empty -> "Private".

> 5. email = Email?
yes

BR Jonas""",
      extended(SFL,
               sfl(Email="olivia.hughes@peakdistrict-outdoor.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="s1 2hh", Company=""),
               sfl(Email="james.reid@highland-trails.co.uk", Country="United Kingdom", Phone="+44 131 496 0011",
                   PostalCode="eh1 1yz", Company="  "),
               sfl(Email="ciara.byrne@wicklowwalks.ie", Country="Ireland", Phone="+353 1 555 0144",
                   PostalCode="a98 x2c4", Company="Wicklow Walks")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Private")}


@case("h162-32-lead-skip-not-converted-street-city", L, H, """> 1. Should all leads be transferred?
All except the ones with Lead Status "Closed - Not Converted".

> 2. Street address in HubSpot?
Street, then comma and space, then City - e.g. "200 Lake St, Chicago". In case City is empty (or only spaces), only the Street, without comma.

> 3. Job title?
Title; in case empty -> "unknown".

> 4. email?
Email 1:1

Jonas
""" + SIGNATURE,
      extended(SFL,
               sfl(Email="anton.seidl@seidl-berg.de", Street="Leopoldstr. 22", City="", Status="Open - Not Contacted",
                   Title="  "),
               sfl(Email="lisa.kerner@kerner.de", Street="Sendlinger Str. 3", City="  ", Status="Working - Contacted",
                   Title="Buyer"),
               sfl(Email="old.lead@nomore.de", Street="Bahnhofstr. 1", City="Rosenheim",
                   Status="Closed - Not Converted")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["Street"] if blank(r["City"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "jobtitle": dflt(r["Title"], "unknown")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h162-33-sfc-mc-status-ispo-tag", C, M, """Hi Priya,

> 1. Email Address?
Email in small letters.

> 2. Status?
Email Opt Out checked -> unsubscribed; not checked -> subscribed.

> 3. Tags?
Every member becomes the tag "Salesforce", and contacts with Lead Source "Trade Show" additionally the tag "ISPO" (as second tag).

BR Jonas""",
      extended(SFC,
               sfc(Email="Stefan.Holzer@Holzer-Alpin.DE", LeadSource="Trade Show", HasOptedOutOfEmail=True),
               sfc(Email="anna.pichler@pichler.at", LeadSource="", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["ISPO"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h162-34-sfc-mc-sms-phone-language", C, M, """> 1. Which contacts for the SMS audience?
Only contacts with Business Phone. In case Business Phone is empty (or only spaces) -> skip the contact.

> 2. Format of PHONE?
E.164: + and only digits. A number with + keeps its country code; without + it is US (+1 in front; with 11 digits starting with 1 only the +).

> 3. Language from Mailing Country?
Germany -> de
Austria -> de
Switzerland -> de
United States -> en
Italy -> it
No other countries in the data.

> 4. Email Address = Email
yes, 1:1

BR Jonas""",
      extended(SFC,
               sfc(Email="reto.keller@gipfelshop.ch", Phone="+41 44 555 0166", MailingCountry="Switzerland"),
               sfc(Email="marco.bianchi@dolomiti-sport.it", Phone="   ", MailingCountry="Italy"),
               sfc(Email="jen.cole@rockies-gear.com", Phone="1 720 555 0133", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "Switzerland": "de", "United States": "en", "Italy": "it"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h162-35-sfc-mc-fname-default-buyer-vip", C, M, """> 1. FNAME in case First Name is empty?
Then "Bergfreund" (our salutation is "Servus Bergfreund"). Otherwise First Name 1:1.

> 2. LNAME?
Last Name 1:1, also when empty.

> 3. VIP?
VIP = true only for contacts with Department exactly "Purchasing" (the buyers of our B2B customers), with capital P. Other departments and empty department -> false.

> 4. Status?
"subscribed" for all. Email Address = Email.

Viele Grüße, Jonas""",
      extended(SFC,
               sfc(Email="lisa.gruber@sporthaus-gruber.de", FirstName="", LastName="Gruber", Department="Purchasing"),
               sfc(Email="tom.reiter@reiter-outdoor.at", FirstName="  ", LastName="", Department="purchasing")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Bergfreund"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Purchasing", "status": "subscribed"}


@case("h162-36-sfc-mc-germany-only-clear-tags", C, M, """Hi Priya,

> 1. All Salesforce contacts into the new audience?
No, only contacts with Mailing Country "Germany". The rest not (also not the ones with empty country).

> 2. Fields?
Email -> Email Address, First Name -> FNAME, Last Name -> LNAME, 1:1.

> 3. Status / email type?
status "subscribed", email type "html" for all.

> 4. Tags?
An empty list [] - the old tags from the import are to be removed.

BR Jonas""",
      extended(SFC,
               sfc(Email="paul.hartl@hartl-alpin.de", FirstName="Paul", LastName="", MailingCountry="Germany"),
               sfc(Email="eva.winkler@winkler.at", FirstName="Eva", LastName="Winkler", MailingCountry="Austria"),
               sfc(Email="max.braun@braun.de", FirstName="Max", LastName="Braun", MailingCountry="")))
def o36(r: R) -> Out:
    if r["MailingCountry"] != "Germany":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h162-37-sfc-seg-traits-optional-title-birthday", C, S, """> 1. userId?
Email in small letters.

> 2. Traits?
traits.firstName = First Name, traits.lastName = Last Name, traits.email = Email - all 1:1 (the Email here not in small letters, as it is).
traits.title = Title, but only in case it is filled; empty Title -> no title trait.
traits.birthday = Birthdate, same like title: in case empty, leave it out.

BR Jonas""",
      extended(SFC,
               sfc(Email="Veronika.Lang@Lang-Sport.DE", FirstName="Veronika", LastName="Lang", Title="  ",
                   Birthdate=""),
               sfc(Email="JAKOB.STEIN@STEIN.AT", FirstName="Jakob", LastName="Stein", Title="Einkaufsleiter",
                   Birthdate="1988-07-14")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"], "email": r["Email"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h162-38-sfc-seg-address-city-default", C, S, """Hi Priya,

> 1. Address for Segment?
Under traits.address:
city = Mailing City; in case empty -> "unknown"
country = Mailing Country, with the spaces at beginning and end removed

> 2. userId?
Email like it is.

Jonas""",
      extended(SFC,
               sfc(Email="bastian.fink@fink-bike.de", MailingCity="  ", MailingCountry=" Germany "),
               sfc(Email="sophie.aigner@aigner.at", MailingCity="Salzburg", MailingCountry="Austria "),
               sfc(Email="kai.roth@roth.de", MailingCity="", MailingCountry="")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "unknown"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h162-39-sfc-seg-phone-name-channel", C, S, """Hi Priya,

> 1. traits.phone?
Business Phone in E.164: + and digits only; + numbers keep their country code, numbers without + are US -> +1 (11 digits beginning with 1: only add the +).

> 2. traits.name?
First Name + space + Last Name.

> 3. traits.channel from Lead Source?
Web -> online
Trade Show -> event
Partner Referral -> partner
Phone Inquiry -> phone
all other, also empty -> other

> 4. userId = Email, 1:1
ok

BR Jonas
""" + SIGNATURE,
      extended(SFC,
               sfc(Email="nina.koch@koch-outdoor.de", FirstName="Nina", LastName="Koch", LeadSource="Partner Referral",
                   Phone="+49 89 5550 177"),
               sfc(Email="ryan.hall@summitgear.com", FirstName="Ryan", LastName="Hall", LeadSource="Advertisement",
                   Phone="1-971-555-0110"),
               sfc(Email="ute.schmid@schmid.de", FirstName="Ute", LastName="Schmid", LeadSource="Phone Inquiry",
                   Phone="(503) 555-0190")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner", "Phone Inquiry": "phone"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h162-40-mc-hs-names-phone-optout-text", M, H, """> 1. Names?
FNAME -> first name, LNAME -> last name, each word with capital first letter and rest small ("liam" -> "Liam", "WALSH" -> "Walsh").
In case LNAME is empty, last name is to be filled with "Unbekannt".

> 2. Phone?
PHONE 1:1 into phone number. In case PHONE is empty, don't send the phone number at all.

> 3. "Unsubscribed from all email"?
As text: "true" in case the Mailchimp status is unsubscribed or cleaned, "false" for all other status.

> 4. email = Email Address.
correct

BR Jonas""",
      extended(MC,
               mc({"FNAME": "ANNA LENA", "LNAME": "  ", "PHONE": "  "}, email_address="anna.lena@huettenwirt.de",
                  status="pending"),
               mc({"FNAME": "korbinian", "LNAME": "MAIER", "PHONE": "+49 8821 555 010"},
                  email_address="korbinian.maier@maier-ski.de", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": "Unbekannt" if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h162-41-mc-hs-skip-unsubscribed-ambassadors", M, H, """Hi Priya,

> 1. All members?
No, members with status "unsubscribed" are not to be transferred. All other status go.

> 2. Phone?
PHONE into phone number in E.164: + and only digits; with + the country code stays, without + it is US (+1; 11 digits with 1 at the start: only +).
In case PHONE is empty, don't send the phone number.

> 3. Language?
language 1:1 into Preferred language.

> 4. Lifecycle stage?
VIP members are our brand ambassadors -> "evangelist". Not VIP -> "subscriber".

> 5. email = Email Address 1:1
yes

BR Jonas""",
      extended(MC,
               mc({"PHONE": "1 406 555 0188"}, email_address="jake.morgan@bigskygear.com", status="pending", vip=True,
                  language="en"),
               mc({"PHONE": "  "}, email_address="hanna.berg@bergliebe.de", status="subscribed", vip=False,
                  language="de"),
               mc({"PHONE": "+49 89 5550 133"}, email_address="gone.away@unsub.de", status="unsubscribed", vip=True,
                  language="de")))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "hs_language": r["language"],
                 "lifecyclestage": "evangelist" if r["vip"] else "subscriber"})


@case("h162-42-mc-hs-first-word-domain-customer-tag", M, H, """> 1. first name?
Only the first word of FNAME ("Anna Lena" -> "Anna").

> 2. last name?
LNAME. In case LNAME is empty, take the domain of the email, the part after the @ (e.g. "hanabi.jp"), so sales sees at least where the person is from.

> 3. Lifecycle stage?
Members with the tag "Customer" -> "customer", all others -> "subscriber".
Only exactly "Customer" with capital C counts, not "customer".

> 4. email
Email Address 1:1

Viele Grüße, Jonas
""" + SIGNATURE,
      extended(MC,
               mc({"FNAME": "Anna Lena", "LNAME": "  "}, email_address="anna.lena@almhuette-sonnberg.at",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Quirin", "LNAME": "Hofer"}, email_address="quirin.hofer@web.de", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": first_filled(mf["LNAME"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set162")
