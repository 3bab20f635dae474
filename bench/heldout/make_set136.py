"""Held-out set 136 for the offline mapping drafter.

Persona: Tomáš, a CRM administrator in Brno, writes his mapping requests in the English of a
Czech speaker: articles dropped or added where a native would not ('Put to field Company value
from company'), 'is necessary to', 'in case that', 'when is empty', unusual word order ('Email
copy lowercase'), 'resp.' and 'i.e.' used loosely, and decimal commas or space-grouped thousands
in his prose (never in the data). He mixes short numbered or dashed lists with prose, sometimes
one long sentence per field, and usually closes politely ('Thank you in advance, best regards').

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


@case("h136-01-plain-copy-seminar-source", H, L, """Hello,

please prepare mapping from HubSpot contact to Salesforce Lead. Is only simple copy, nothing to transform:

1. email -> Email
2. firstname -> FirstName
3. lastname -> LastName
4. company -> Company
5. jobtitle -> Title
6. city -> City

All values go how they are in HubSpot, i.e. no cutting of spaces and no change of big/small letters. In case that some of these fields is empty in HubSpot, the Lead gets also empty text in that field - we do not want any replacement value there. Field with only spaces is copied also with the spaces.

Additionally the field LeadSource has always fixed value 'Seminar - Partner', for all records.

Thank you in advance and best regards,
Tomáš""",
      extended(HS,
               hs(email="jana.horakova@vinarstvi-mikulov.cz", firstname="Jana", lastname="Horáková", company="",
                  jobtitle="  ", city=""),
               hs(email="Petr.Kral@BrnoPack.cz", firstname=" Petr", lastname="Král ", company="BrnoPack s.r.o.",
                  jobtitle="Nákupčí", city="Brno")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Seminar - Partner"}


@case("h136-02-trim-first-name-company-na", H, L, """Dear colleagues,

for the Lead import from HubSpot is necessary to clean few fields. Please set it like this:

- Email: copy from email, without change.
- FirstName: value from firstname, but cut the spaces on begin and on end. When is firstname empty (or there are only spaces), FirstName is simply empty text.
- Company: from company, also cut the spaces on both sides. In case that company is empty or has only spaces, put there text 'N/A' (Salesforce does not accept Lead without company).
- Title: from jobtitle, here NO cutting of spaces, the value goes how it is. Only when jobtitle is empty resp. only spaces, write 'Not specified'.
- Phone: copy of phone how it is, also when it is empty.

Nothing other in the Lead. Thank you,
Tomáš""",
      extended(HS,
               hs(email="lucie.benesova@tkalcovna.cz", firstname="  Lucie ", company="   ", jobtitle="", phone=""),
               hs(email="martin.dolezal@zbrojovka-tech.cz", firstname="Martin", company="  Zbrojovka Tech ",
                  jobtitle=" Technik ", phone="  "),
               hs(email="eva.stara@starasyn.cz", firstname="   ", company="Stará a syn", jobtitle="Owner",
                  phone="+420 541 555 010")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "Company": dflt(r["company"], "N/A").strip(),
            "Title": dflt(r["jobtitle"], "Not specified"), "Phone": r["phone"]}


@case("h136-03-office-then-mobile-title-case", H, L, """Mapping HubSpot contacts -> Salesforce Lead, please:

Email to Email, 1:1.
FirstName and LastName from firstname resp. lastname, but in title case - i.e. every word (words are separated by space) begins with big letter and the rest of word is small letters, so 'JAN' is 'Jan' and 'novák' is 'Novák'.
City from city, also title case the same way.
Phone: take phone. When phone is empty (also when there are only spaces), take mobilephone. When also mobilephone is empty or only spaces, then the field Phone is not sent at all - the key is missing in the Lead, it is not empty text. Number is copied how it is, without any formatting.

Best regards
Tomáš""",
      extended(HS,
               hs(email="jan.novak@moravskakava.cz", firstname="JAN", lastname="novák", city="BRNO", phone="  ",
                  mobilephone=""),
               hs(email="alena.sykorova@hradek.cz", firstname="alena marie", lastname="SÝKOROVÁ", city="nové město",
                  phone="", mobilephone="+420 603 555 120")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h136-04-stage-to-rating-lower-email", H, L, """Hello, for Leads we need Rating by the lifecycle stage from HubSpot. The table:

  salesqualifiedlead     -> Hot
  opportunity            -> Hot
  marketingqualifiedlead -> Warm
  every other stage      -> Cold  (this is valid also when lifecyclestage is empty)

And Email copy lowercase, i.e. whole email address from email in small letters (duplicate rule in Salesforce compares it case sensitive). Nothing more in the Lead, only these two fields.

Thank you very much,
Tomáš""",
      extended(HS,
               hs(email="ROBERT.SLAMA@SLAMA-TISK.CZ", lifecyclestage=""),
               hs(email="Veronika.Zelinkova@Zelinka.cz", lifecyclestage="opportunity"),
               hs(email="Ales.Krejci@Krejci.CZ", lifecyclestage="evangelist"),
               hs(email="dana.mrazova@MRAZ.cz", lifecyclestage="  ")))
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h136-05-skip-japan-and-optouts", H, L, """Hi,

HubSpot contact -> Salesforce Lead, but two kinds of contacts we do not want there:
- contacts from Japan (country is 'Japan') - Tokyo office has them in own system, skip them;
- contacts where hs_email_optout is 'true' - skip them also.
Empty hs_email_optout is not 'true', so such contact goes to Salesforce normally (if it is not from Japan). Contact with empty country is not from Japan.

For the rest: Email, FirstName, LastName and Country copy from email, firstname, lastname, country without any change (empty value stays empty). And Description is always the text 'Imported from HubSpot'.

With regards, Tomáš""",
      extended(HS,
               hs(email="ondrej.mach@lednice-wine.cz", firstname="Ondřej", lastname="Mach", country="Czech Republic",
                  hs_email_optout=""),
               hs(email="yuki.mori@fujitec.jp", firstname="Yuki", lastname="Mori", country="Japan",
                  hs_email_optout="false"),
               hs(email="karel.bily@nomad.cz", firstname="Karel", lastname="Bílý", country="",
                  hs_email_optout="false")))
def o05(r: R) -> Out:
    if r["country"] == "Japan" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Country": r["country"],
            "Description": "Imported from HubSpot"}


@case("h136-06-revenue-rating-employees-int", H, L, """Dear team,

please set Rating of the Lead according to annualrevenue of contact:
- annual revenue more than 10 mil. (10 000 000) -> 'Hot'
- annual revenue less than 1 mil. (1 000 000) -> 'Cold'
- between them -> 'Warm' (so for example revenue 2,5 mil. is Warm)
- in case that annualrevenue is empty (or only spaces) -> also 'Warm', we do not guess.

NumberOfEmployees: numemployees as whole number (integer). When is numemployees empty or only spaces, please leave NumberOfEmployees out completely.

Email: copy of email, unchanged.

Thanks and regards,
Tomáš""",
      extended(HS,
               hs(email="roman.kuba@kubatex.cz", annualrevenue="  ", numemployees="35"),
               hs(email="vera.mala@malastudio.cz", annualrevenue="999999.5", numemployees=""),
               hs(email="ivo.zeman@zemanagro.cz", annualrevenue="15000000", numemployees="1200")))
def o06(r: R) -> Out:
    rv = r["annualrevenue"]
    if blank(rv):
        rating = "Warm"
    elif float(rv) > 10_000_000:
        rating = "Hot"
    elif float(rv) < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h136-07-us-phone-e164-names", H, L, """Please, mapping for Lead:

Email -> Email (copy from email).
firstname, lastname -> FirstName, LastName in title case (first letter of every word big, others small; words are divided by space).
phone -> Phone in format E.164: '+' and then only digits. We assume US numbers, so add country code 1 - with exception: when number already starts with '+', it keeps own country code and we only remove the other characters; and when number has 11 digits and the first is 1, this 1 is already the country code, only '+' is put before. Example '(415) 555-0100' -> '+14155550100'.
In case that phone is empty resp. only spaces, Phone is not in the Lead at all (no key).

Thank you, Tomáš""",
      extended(HS,
               hs(email="tereza.cerna@brnosoft.cz", firstname="TEREZA", lastname="černá", phone="1 (720) 555-0111"),
               hs(email="pavel.kos@kosmetika-kos.cz", firstname="pavel", lastname="Kos", phone="   ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h136-08-us-only-state-upper-description", H, L, """Hello,

only contacts with country exactly 'United States' go to Salesforce as Lead (all other countries, and also contact without country, we skip).

For them:
- Email: from email, no change
- State: from state, converted to big letters (uppercase), e.g. 'tx' -> 'TX'
- Description: put together one text: company name, then ' - created ', then the date when contact was created in HubSpot (createdate) in form YYYY-MM-DD. So for example 'Acme Inc - created 2023-05-01'.

All US contacts have company and state filled, so no problem with empty part.

Best regards, Tomáš""",
      extended(HS,
               hs(email="gary.holt@holtfarms.com", company="Holt Farms", country="United States", state="tx",
                  createdate="2024-02-29T13:15:00.000Z"),
               hs(email="lenka.vlkova@vlkdesign.cz", company="Vlk Design", country="Czech Republic", state="JM"),
               hs(email="sam.ortiz@ortizbuild.com", company="Ortiz Build", country="", state="AZ")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"{r['company']} - created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h136-09-address-to-mailing-fields", H, C, """Contact in Salesforce from HubSpot contact - the address goes into Mailing fields:

Put to Email value from email.
Put to FirstName value from firstname, to LastName value from lastname.
address -> MailingStreet
city -> MailingCity
state -> MailingState
zip -> MailingPostalCode
country -> MailingCountry

Everything is plain copy, the value exactly how it is in HubSpot. Empty value gives empty value (empty text) also in Salesforce, no default, and spaces are not removed.

Thank you for help!
Tomáš""",
      extended(HS,
               hs(email="hana.prochazkova@pivovar-zlin.cz", firstname="Hana", lastname="Procházková", address="",
                  city="Zlín", state="", zip="  ", country="Czech Republic"),
               hs(email="milan.rybar@rybar.sk", firstname="Milan", lastname="Rybár", address=" Hlavná 12 ",
                  city="Košice", state="KE", zip="040 01", country="Slovakia")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h136-10-optout-and-no-phone-flags", H, C, """Two checkbox fields on the Salesforce Contact, please as real true/false (boolean), not as a text:

HasOptedOutOfEmail = true only when hs_email_optout in HubSpot is the text 'true'. When it is 'false' or empty (nothing, or only spaces), then false.

DoNotCall = true when contact has no phone, i.e. the field phone is empty or contains only spaces. When phone has some value, then false. Field mobilephone is not important for this.

email goes to Email how it is.

Regards, Tomáš""",
      extended(HS,
               hs(email="david.kriz@krizmedia.cz", hs_email_optout="  ", phone="  ", mobilephone="+420 777 555 301"),
               hs(email="olga.nemcova@nemcova-law.cz", hs_email_optout="true", phone="+420 541 555 200")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h136-11-last-name-company-local-part", H, C, """Hello, Tomáš here. For the Contacts is LastName mandatory in Salesforce, so is necessary to fill it always:

1) LastName = lastname from HubSpot.
2) In case that lastname is empty (or only spaces), use company.
3) When also company is empty or only spaces, use the part of email before '@' (e.g. 'jan.novak' from 'jan.novak@firma.cz'), how it is.

FirstName is simple copy of firstname, also when it is empty. email to Email without change.

(All our emails are already in small letters.) Thanks a lot.""",
      extended(lower_emails(HS),
               hs(email="petra.mala@keramika-mala.cz", firstname="Petra", lastname="", company="Keramika Malá"),
               hs(email="info.brno@coworkbrno.cz", firstname="", lastname="  ", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h136-12-iso3-country-state-upper", H, C, """Please for Salesforce Contact:

MailingCountry - we use three-letter codes, so translate country:
United States = USA
Japan = JPN
Mexico = MEX
France = FRA
Czech Republic = CZE
(Other countries are not in this sync, every contact has one of these five.)

MailingState = state in upper case (big letters). When state is empty or only with spaces, MailingState do not send at all (leave it out from the record).

Email = email, unchanged.

Best regards,
Tomáš""",
      extended(HS,
               hs(email="adam.soukup@soukup-strojirny.cz", country="Czech Republic", state="jm"),
               hs(email="julie.martin@atelier-lyon.fr", country="France", state="   "),
               hs(email="carlos.ruiz@tacoloco.mx", country="Mexico", state="jal")))
def o12(r: R) -> Out:
    iso3 = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "Czech Republic": "CZE"}
    return keep({"Email": r["email"], "MailingCountry": iso3[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h136-13-customers-only-mobile-fallback", H, C, """Only customers, please. From HubSpot contacts take only these where lifecyclestage is 'customer' or 'evangelist'; all other contacts (also with empty lifecycle stage) skip.

Mapping to Salesforce Contact:
- Email copy lowercase (whole address from email in small letters)
- MobilePhone: from mobilephone; when mobilephone is empty or only spaces then take phone instead. Copy without formatting. (Every customer resp. evangelist has at least one of both filled.)
- Description: always the same text 'Customer - synced from HubSpot'

Nothing else. Thank you and nice day,
Tomáš""",
      extended(HS,
               hs(email="Zdenek.Pospisil@Pospisil-Stavby.CZ", lifecyclestage="evangelist", mobilephone="  ",
                  phone="+420 545 555 111"),
               hs(email="IVANA.HOLA@HOLA.CZ", lifecyclestage="customer", mobilephone="+420 602 555 444", phone=""),
               hs(email="Bara.Liskova@Liska.cz", lifecyclestage="", mobilephone="", phone="+420 541 555 999"),
               hs(email="Jiri.Dlouhy@Dlouhy.CZ", lifecyclestage="opportunity")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Customer - synced from HubSpot"}


@case("h136-14-names-title-trim-source-table", H, C, """HubSpot -> Salesforce Contact, cleaning of names and the source:

* FirstName, LastName: title case of firstname, lastname (each word starts with capital letter, rest small; word = part between spaces).
* Title: jobtitle with removed spaces on start and on end (trim). Empty jobtitle gives empty Title.
* LeadSource by hs_analytics_source:
    PAID_SEARCH or PAID_SOCIAL -> Advertisement
    EMAIL_MARKETING -> Email
    OFFLINE -> Trade Show
    REFERRALS -> External Referral
    anything other, and also when the source is empty -> Other
* Email: from email, how it is.

Regards, Tomáš""",
      extended(HS,
               hs(email="petra.vesela@vesela-catering.cz", firstname="PETRA", lastname="veselá",
                  jobtitle="  Event Manager ", hs_analytics_source="EMAIL_MARKETING"),
               hs(email="tomas.blaha@blaha-it.cz", firstname="tomáš", lastname="BLAHA", jobtitle="   ",
                  hs_analytics_source="OFFLINE"),
               hs(email="iris.novak@novak-bio.cz", firstname="Iris", lastname="Novák", jobtitle="Chemist",
                  hs_analytics_source="DIRECT_TRAFFIC")))
def o14(r: R) -> Out:
    source = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "EMAIL_MARKETING": "Email",
              "OFFLINE": "Trade Show", "REFERRALS": "External Referral"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h136-15-new-audience-language-default", H, M, """Hello,

new Mailchimp audience from HubSpot contacts. Please:

email_address: email from HubSpot, copy.
merge_fields FNAME and LNAME: firstname resp. lastname, plain copy (empty stays empty).
status: always 'subscribed'.
language: from hs_language. Many of our contacts have this property missing at all, or it is empty resp. only spaces; in such case is necessary to put 'en'.

Thank you,
Tomáš""",
      extended(HS,
               hs(email="klara.urbanova@urbanova.cz", firstname="Klára", lastname="Urbanová", hs_language="cs"),
               hs(email="jonas.weber@weberbau.de", firstname="Jonas", lastname="", hs_language="  "),
               hs(email="anna.ek@ekdesign.se", firstname="Anna", lastname="Ek", hs_language="")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed", "language": dflt(r.get("hs_language"), "en"),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h136-16-optout-three-way-status", H, M, """Mailchimp status we will derive from HubSpot field hs_email_optout (it is a text):
- 'true' -> status 'unsubscribed'
- 'false' -> status 'subscribed'
- empty, i.e. nothing filled or only spaces -> status 'pending' (they will get confirmation email first)

Every member gets one tag: 'HubSpot Brno'. So tags = ['HubSpot Brno'].
email_address is email from the contact, without change.

Kind regards, Tomáš""",
      extended(HS,
               hs(email="stanislav.ruzicka@ruzicka-mlyn.cz", hs_email_optout="  "),
               hs(email="marta.kopecka@kopecka.cz", hs_email_optout="false"),
               hs(email="lubos.janda@janda.cz", hs_email_optout="true")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Brno"]}


@case("h136-17-big-account-customer-tags", H, M, """Tags in Mailchimp by two rules (in this order):
1. 'Big account' - when annualrevenue is bigger than 3 mil. (3 000 000). Empty annualrevenue (or only spaces) means no such tag.
2. 'Customer' - when lifecyclestage equals 'customer'.
Contact which fits both gets both tags, first 'Big account', then 'Customer'. Contact which fits nothing gets empty list of tags [].

Plus email_address = email (copy). No other fields.

Thank you!
Tomáš""",
      extended(HS,
               hs(email="jiri.sedlak@sedlak-group.cz", annualrevenue="3500000", lifecyclestage="customer"),
               hs(email="marek.hruby@hrubytrans.cz", annualrevenue="  ", lifecyclestage="customer"),
               hs(email="sona.kralova@kralova.cz", annualrevenue="2999999.9", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Big account")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "tags": tags}


@case("h136-18-first-word-phone-then-mobile", H, M, """For Mailchimp member from HubSpot:

- email_address: copy of email.
- merge_fields.FNAME: only first word from firstname (words are separated by spaces), e.g. 'Jana Marie' -> 'Jana'.
- merge_fields.PHONE: phone number in E.164 format. Take phone; in case that phone is empty or only spaces, take mobilephone. (Each of our contacts has minimum one of these two.) Formatting: '+' and digits only; default is US, so country code 1 is added - but number starting with '+' keeps its country code, and number of 11 digits starting with 1 has the code already, then only '+' in front.

Regards, Tomáš""",
      extended(HS,
               hs(email="jana.kovarova@kovar.cz", firstname="Jana Marie", phone="1-303-555-0198", mobilephone=""),
               hs(email="filip.novotny@novotny-audio.cz", firstname="Filip", phone="   ", mobilephone="720.555.0143")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h136-19-no-job-title-excluded-vip", H, M, """Hello,

contacts without job title (jobtitle empty or only spaces) please exclude from the Mailchimp sync - they are mostly private persons.

Others:
email_address <- email (how it is)
status = 'subscribed' for everybody
vip = true in case that lifecyclestage is 'customer', otherwise false (boolean).

Best regards
Tomáš""",
      extended(HS,
               hs(email="radek.vlcek@vlcek.cz", jobtitle="  ", lifecyclestage="customer"),
               hs(email="simona.fialova@fiala-pharm.cz", jobtitle="Pharmacist", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h136-20-title-names-company-tag-vip", H, M, """Audience sync HubSpot -> Mailchimp.

FNAME = firstname in title case, LNAME = lastname in title case (every space-separated word: first letter big, other letters small, so 'GARCIA' becomes 'Garcia'). Both are merge fields.
tags: exactly one tag - the company name from company. In case that company is empty (or only spaces), the tag is the domain of email, i.e. the part after '@', unchanged (e.g. 'firma.cz').
vip: true when annualrevenue is more than 2 mil. (2 000 000), else false; also when annualrevenue is empty, vip is false.
email_address: email copy.

Emails are in small letters already. Thanks, Tomáš""",
      extended(lower_emails(HS),
               hs(email="ludek.pesek@pesek-auto.cz", firstname="LUDĚK", lastname="pešek", company="  ",
                  annualrevenue=""),
               hs(email="iva.stoklasova@stoklasa.cz", firstname="iva", lastname="Stoklasová", company="Stoklasa Mlýn",
                  annualrevenue="2000000.5")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 2_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h136-21-identify-lower-id-full-name", H, S, """Segment identify from HubSpot contact:

userId: the email, but lowercase (all small letters).
traits.email: email how it is, without lowercase.
traits.firstName <- firstname, traits.lastName <- lastname (copy, empty stays empty).
traits.name: firstname + one space + lastname, e.g. 'Jan Novák'.

That is all. Thank you, Tomáš""",
      extended(HS,
               hs(email="Vojtech.Marek@Marek-Elektro.CZ", firstname="Vojtěch", lastname="Marek"),
               hs(email="ROMANA.SVOBODOVA@SVOBODA.CZ", firstname="Romana", lastname="Svobodová")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h136-22-company-traits-nested", H, S, """Segment identify, userId = email from HubSpot without any change.

Company info put nested in traits.company:
- traits.company.name = company. When company is empty resp. only spaces, the key name is left out (not sent).
- traits.company.industry = industry; when industry is empty (or only spaces) then 'Other'.
- traits.company.employee_count = numemployees as integer (whole number). When numemployees is empty, leave employee_count out.
In case that both name and employee_count are left out, traits.company contains only industry.

Best regards, Tomáš""",
      extended(HS,
               hs(email="bohdan.kral@kral-sklo.cz", company="  ", industry="  ", numemployees="1200"),
               hs(email="ema.ruzickova@ruzicka.cz", company="Růžička Design", industry="Design", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]),
                                        "industry": dflt(r["industry"], "Other"),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h136-23-address-traits-mobile-first", H, S, """Hello, Tomáš here. For Segment identify please send address and phone of the HubSpot contact:

userId = email (copy)
traits.address.street = address
traits.address.city = city
traits.address.postalCode = zip
traits.address.country = country
traits.address.state = state, but only when it is not empty - in case that state is empty or has only spaces, no state key in address.
(street, city, postalCode and country are plain copies, also when empty.)

traits.phone = mobilephone; when mobilephone is empty or only spaces, then phone. Format E.164: plus sign and digits, default country USA (+1); number which begins with '+' has its code already and keeps it; 11-digit number with first digit 1 gets only '+'. When both mobilephone and phone are empty, traits.phone is not sent.

Thanks.""",
      extended(HS,
               hs(email="libor.hajek@hajek-pneu.cz", mobilephone="  ", phone="", state="  ", address="Cejl 12",
                  city="Brno", zip="602 00", country="Czech Republic"),
               hs(email="nela.kubickova@kubicek.cz", mobilephone="", phone="+420 541 555 321", state="JM", address="",
                  city="Blansko", zip="678 01", country="Czech Republic")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h136-24-clean-user-id-optout-revenue", H, S, """Segment identify, please:

1) userId: email with cut spaces on begin and end, and then all in small letters (some emails in HubSpot have spaces around and big letters).
2) traits.title: jobtitle, copy how it is (also empty).
3) traits.email_optout: boolean true/false. It is false only when hs_email_optout is the text 'false'. When it is 'true' -> true, and when it is empty or only spaces we must count it as opted out, so also true.
4) traits.annual_revenue: annualrevenue as a number - whole number stays whole, number with decimal part keeps the decimals (in data it is with dot, like 2500000.75). When annualrevenue is empty or only spaces, do not send this trait.

With thanks, Tomáš""",
      extended(HS,
               hs(email="  Petr.Svoboda@Moravia-Tech.CZ ", jobtitle="", hs_email_optout="  ", annualrevenue="  "),
               hs(email="MIROSLAV.DUSEK@DUSEK.CZ ", jobtitle="Director", hs_email_optout="false",
                  annualrevenue="950000")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "email_optout": r["hs_email_optout"] != "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h136-25-ga4-contact-export-event", H, G, """GA4 Measurement Protocol - one event for every HubSpot contact:

client_id = email of the contact, copy.
Event name is always 'crm_contact_export'.
Event params:
  origin = 'hubspot' (fixed text, always the same)
  lifecycle_stage = lifecyclestage, copy
  source = hs_analytics_source converted to small letters (e.g. 'PAID_SEARCH' -> 'paid_search'); when the source is empty (also only spaces), param source is empty text ''
  created_on = from createdate only the date, YYYY-MM-DD (e.g. '2023-05-01')

Thank you, Tomáš""",
      extended(HS,
               hs(email="eliska.tumova@tuma.cz", hs_analytics_source="  ", lifecyclestage="lead",
                  createdate="2024-04-18T12:30:00.000Z"),
               hs(email="vit.hrdina@hrdina.cz", hs_analytics_source="SOCIAL_MEDIA", lifecyclestage="opportunity",
                  createdate="2021-09-01T10:00:00.000Z")))
def o25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_export",
                        "params": {"origin": "hubspot", "lifecycle_stage": r["lifecyclestage"],
                                   "source": "" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h136-26-ga4-company-size-over-20", H, G, """Only bigger companies to GA4: contact goes there only in case that numemployees is more than 20. When numemployees is empty (or only spaces), contact is skipped too.

client_id: email (copy).
user_id: the part of email before '@' (emails are in small letters already).
Event: name 'company_size', fixed.
Params of event: employees = numemployees as a number; plan = 'b2b' (always the same text).

Regards, Tomáš""",
      extended(lower_emails(HS),
               hs(email="radka.polakova@polak.cz", numemployees="  "),
               hs(email="zbynek.hora@hora-stavby.cz", numemployees="21"),
               hs(email="anna.kratka@kratka.cz", numemployees="19")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": r["email"], "user_id": before_at(r["email"]),
            "events": [{"name": "company_size", "params": {"employees": num(r["numemployees"]), "plan": "b2b"}}]}


@case("h136-27-ga4-hot-lead-or-update", H, G, """One GA4 event per contact, but the event name depends on the lifecycle stage:
- lifecyclestage = 'salesqualifiedlead' -> event name 'hot_lead'
- any other stage (also empty) -> 'contact_update'

client_id = email, unchanged.
params.industry = industry; when industry is empty (or spaces only) then 'unknown'.
params.company = company, copy; empty company gives empty text.

Thank you in advance,
Tomáš""",
      extended(HS,
               hs(email="jakub.hlavacek@hlavacek.cz", lifecyclestage="salesqualifiedlead", industry="  ", company=""),
               hs(email="dana.kolarova@kolar.cz", lifecyclestage="", industry="Retail", company="Kolář Obchod")))
def o27(r: R) -> Out:
    name = "hot_lead" if r["lifecyclestage"] == "salesqualifiedlead" else "contact_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"industry": dflt(r["industry"], "unknown"),
                                                 "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h136-28-lead-back-plain-copy", L, H, """Back direction, Salesforce Lead -> HubSpot contact. Only copy, values exactly how they are (empty value is copied as empty text, nothing is filled instead, and spaces stay):

Email -> email
FirstName -> firstname
LastName -> lastname
Company -> company
Title -> jobtitle
Phone -> phone
Street -> address
City -> city
PostalCode -> zip
Country -> country

Best regards,
Tomáš""",
      extended(SFL,
               sfl(Email="renata.mala@mala-obuv.cz", FirstName="Renata", LastName="Malá", Company="Malá Obuv",
                   Title="  ", Phone="", Street="Masarykova 5", City="Brno", PostalCode="602 00",
                   Country="Czech Republic"),
               sfl(Email="kamil.broz@broz.sk", FirstName="Kamil", LastName="Brož", Company="Brož Trade",
                   Street=" ", City="Nitra", PostalCode="", Country="")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h136-29-status-to-stage-optout-text", L, H, """Salesforce Lead -> HubSpot contact.

lifecyclestage by Lead Status:
'Open - Not Contacted' = 'lead'
'Working - Contacted' = 'marketingqualifiedlead'
'Closed - Converted' = 'customer'
'Closed - Not Converted' = 'other'
(Status is always one of these four.)

hs_email_optout: HubSpot wants here a text, not boolean - so the string 'true' when HasOptedOutOfEmail is true, and the string 'false' when it is false.

email = Email, unchanged.

Thank you, Tomáš""",
      extended(SFL,
               sfl(Email="vladimir.placek@placek.cz", Status="Working - Contacted", HasOptedOutOfEmail=False),
               sfl(Email="alzbeta.vankova@vanek.cz", Status="Closed - Converted", HasOptedOutOfEmail=True)))
def o29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": stage[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h136-30-rating-to-lead-status-revenue", L, H, """For HubSpot contact from Salesforce Lead:

email = Email in lowercase (small letters).
hs_lead_status by Rating:
   Hot  -> OPEN_DEAL
   Warm -> IN_PROGRESS
   Cold -> BAD_TIMING
 (every Lead has Rating filled with one of these three.)
annualrevenue = AnnualRevenue as a number (e.g. 5000000, or with decimals when it has them, like 750000.25). When AnnualRevenue is empty or only spaces, please do not send annualrevenue at all.

Regards, Tomáš""",
      extended(SFL,
               sfl(Email="Irena.Blazkova@Blazek-Sped.CZ", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="OTA.ZIKA@ZIKA.CZ", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    status = {"Hot": "OPEN_DEAL", "Warm": "IN_PROGRESS", "Cold": "BAD_TIMING"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h136-31-uk-leads-phone-zip", L, H, """UK only: from Salesforce Leads please take only these with Country 'United Kingdom'. Others skip (also Leads with empty Country).

Mapping to HubSpot:
- email: Email how it is
- phone: Phone in E.164 for UK, i.e. '+44' and digits, the first '0' (trunk zero) is removed: '020 7946 0000' -> '+442079460000'. When number begins already with '+', it has the country code, keep it and take only digits after the plus.
- zip: PostalCode in upper case ('sw1a 1aa' -> 'SW1A 1AA')
- company: Company; in case that Company is empty or only spaces, put '(no company)'.

Every UK lead has phone. Thank you, Tomáš""",
      extended(SFL,
               sfl(Email="oliver.grant@grantmill.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="sw1a 1aa", Company="  "),
               sfl(Email="fiona.blake@blakeandco.co.uk", Country="United Kingdom", Phone="+44 161 555 0100",
                   PostalCode="m1 1ae", Company="Blake and Co"),
               sfl(Email="jakub.cerny@cernytrade.cz", Country="Czech Republic", Phone="+420 541 555 600",
                   PostalCode="602 00", Company="Černý Trade")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "(no company)")}


@case("h136-32-skip-cold-czech-city-line", L, H, """Leads with Rating 'Cold' we do not want in HubSpot, please skip them. All other Leads go.

email: Email, copy.
company: Company; when Company is empty (resp. only spaces), then the text 'Private person'.
city: here we want the Czech style - PostalCode, one space, City, e.g. '602 00 Brno'. In case that PostalCode is empty or has only spaces, city is only the City alone, without space before. (City is filled at every Lead.)

Best regards
Tomáš""",
      extended(SFL,
               sfl(Email="stepan.kolar@kolar-velo.cz", Rating="Warm", Company="", PostalCode="", City="Olomouc"),
               sfl(Email="marie.hola@holastudio.cz", Rating="Hot", Company="Hola Studio", PostalCode="  ",
                   City="Jihlava"),
               sfl(Email="vit.soukup@soukup.cz", Rating="Cold", Company="Soukup", PostalCode="779 00",
                   City="Olomouc"),
               sfl(Email="lada.brezina@brezina.cz", Rating="Warm", Company=" ", PostalCode="602 00", City="Brno")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    return {"email": r["Email"], "company": dflt(r["Company"], "Private person"),
            "city": r["City"] if blank(r["PostalCode"]) else f"{r['PostalCode']} {r['City']}"}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h136-33-optout-status-sales-tag", C, M, """Salesforce Contact -> Mailchimp member:

email_address: Email lowercase (all small letters).
status: when HasOptedOutOfEmail is true -> 'unsubscribed', when it is false -> 'subscribed'.
tags: every member gets tag 'Salesforce CRM'. When Department is exactly 'Sales', add second tag 'Sales team' after the first one. Empty Department gives no second tag.

Regards, Tomáš""",
      extended(SFC,
               sfc(Email="Borek.Nemec@Nemec-Group.CZ", HasOptedOutOfEmail=True, Department="Sales"),
               sfc(Email="ZUZANA.VLKOVA@VLK.CZ", HasOptedOutOfEmail=False, Department="  "),
               sfc(Email="Libuse.Ptackova@Ptacek.cz", HasOptedOutOfEmail=False, Department="sales")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce CRM"] + (["Sales team"] if r["Department"] == "Sales" else [])}


@case("h136-34-skip-no-country-language-phone", C, M, """Contacts without MailingCountry (empty or only spaces) please skip, we cannot choose language for them.

For the rest:
email_address: Email, no change.
language by MailingCountry:
  Germany -> de
  Austria -> de
  United States -> en
  Czech Republic -> cs
  Slovakia -> sk
(Other countries are not in this sync.)
merge_fields.PHONE: Phone as E.164 - '+' and digits; we assume US numbers, so add 1, except number starting with '+' (it keeps own code) and 11-digit number starting with 1 (then only '+' before). Every contact which is not skipped has a phone.

Thank you, Tomáš""",
      extended(SFC,
               sfc(Email="ales.kopecky@kopecky.cz", MailingCountry="", Phone=""),
               sfc(Email="jitka.hruba@hruba.cz", MailingCountry="  ", Phone="+420 777 555 010"),
               sfc(Email="pavol.tomas@tomas.sk", MailingCountry="Slovakia", Phone="+421 2 5555 0199"),
               sfc(Email="mirek.dvorak@dvorak.cz", MailingCountry="Czech Republic", Phone="+420 541 555 777"),
               sfc(Email="kate.moss@mossfarm.com", MailingCountry="United States", Phone="1 512 555 0134")))
def o34(r: R) -> Out:
    if blank(r["MailingCountry"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Czech Republic": "cs", "Slovakia": "sk"}
    return {"email_address": r["Email"], "language": lang[r["MailingCountry"]],
            "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("h136-35-dear-customer-engineering-vip", C, M, """Please mapping Salesforce Contact -> Mailchimp:

email_address = Email (copy)
status = 'subscribed' always
merge_fields.FNAME = FirstName; in case that FirstName is empty or only spaces, put 'Customer' (our newsletter starts with 'Dear *|FNAME|*').
merge_fields.LNAME = LastName, simple copy (empty stays empty).
vip = true when Department is 'Engineering', otherwise false; Contact with empty Department is not vip (false).

Best regards, Tomáš""",
      extended(SFC,
               sfc(Email="robert.kubat@kubat.cz", FirstName="", LastName="Kubát", Department="Engineering"),
               sfc(Email="nina.sladka@sladka.cz", FirstName="  ", LastName="", Department="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Customer"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Engineering"}


@case("h136-36-trade-show-pending-no-tags", C, M, """Trade show audience: only Contacts where LeadSource is 'Trade Show'. Other LeadSource or empty LeadSource - skip.

email_address: Email
FNAME: FirstName; LNAME: LastName (merge fields, copy without change, also when empty)
status: 'pending' for all (double opt-in)
email_type: 'html' for all
tags: no tags, i.e. empty list [] - please send it like this explicitly.

Thank you and have nice day,
Tomáš""",
      extended(SFC,
               sfc(Email="vaclav.fiala@fiala-expo.cz", FirstName="Václav", LastName="Fiala", LeadSource="Trade Show"),
               sfc(Email="greta.lang@langmesse.de", FirstName="Greta", LastName="", LeadSource="Trade Show"),
               sfc(Email="hugo.barta@barta.cz", FirstName="Hugo", LastName="Barta", LeadSource="  ")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "status": "pending", "email_type": "html",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h136-37-identify-birthday-if-filled", C, S, """Segment identify from Salesforce Contact:

userId = Email in small letters (lowercase).
traits.email = Email, how it is (no lowercase here).
traits.firstName = FirstName and traits.lastName = LastName, copies (empty stays empty).
traits.birthday = Birthdate, copy - but only when filled. In case that Birthdate is empty, resp. only spaces, the key birthday is not in traits at all.

Regards, Tomáš""",
      extended(SFC,
               sfc(Email="Sarka.Jelinkova@Jelinek.CZ", FirstName="Šárka", LastName="Jelínková", Birthdate="  "),
               sfc(Email="tom.riha@riha.cz", FirstName="Tom", LastName="", Birthdate="1979-02-14")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "birthday": omit_if_blank(r["Birthdate"])}})


@case("h136-38-mailing-address-trim-defaults", C, S, """Hello,

Segment identify, userId is Email from Salesforce Contact, unchanged.

Address nested in traits.address:
- city: MailingCity, with spaces cut off on start and end (old import put spaces there). When MailingCity is empty or only spaces, city is 'Unknown'.
- country: MailingCountry, copy how it is; when it is empty or only spaces, then 'Czech Republic' (most of our contacts without country are from Brno office).

Thank you, Tomáš""",
      extended(SFC,
               sfc(Email="oldrich.mares@mares.cz", MailingCity="  Brno ", MailingCountry=""),
               sfc(Email="lenka.kralikova@kralik.cz", MailingCity="   ", MailingCountry="  "),
               sfc(Email="peter.hudak@hudak.sk", MailingCity="", MailingCountry="Slovakia")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown").strip(),
                                   "country": dflt(r["MailingCountry"], "Czech Republic")}}}


@case("h136-39-phone-name-channel-table", C, S, """Segment identify from Salesforce Contact:

userId: Email (copy).
traits.phone: Phone in E.164 - plus and digits; when number has no '+' at the start, we count it as US number and add 1 (but 11 digits with 1 at beginning has it already, there only '+'). Number with '+' keeps its country code.
traits.name: FirstName, space, LastName, e.g. 'Jan Novák'.
traits.channel by LeadSource:
  Web -> online
  Trade Show -> event
  Advertisement -> paid
  Partner Referral -> partner
  all other values, also empty LeadSource -> other

Regards, Tomáš""",
      extended(SFC,
               sfc(Email="eva.zikova@zika.cz", FirstName="Eva", LastName="Žiková", Phone="1 (512) 555-0177",
                   LeadSource="Advertisement"),
               sfc(Email="ota.pekar@pekar.cz", FirstName="Ota", LastName="Pekař", Phone="+420 602 555 888",
                   LeadSource="Email")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Advertisement": "paid", "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h136-40-member-names-phone-optout-text", M, H, """Mailchimp member -> HubSpot contact:

email: email_address (copy)
firstname: FNAME in title case (every word separated by space: first letter big, rest small; 'PAVEL' -> 'Pavel')
lastname: LNAME in title case the same way; empty LNAME gives empty lastname.
phone: PHONE from merge fields, copy how it is; when PHONE is empty or only spaces, phone is left out (not sent, so we do not delete number in HubSpot).
company: COMPANY from merge fields; when empty (or spaces) -> 'Private person'.
hs_email_optout: text 'true' when member status is 'unsubscribed'; for every other status text 'false'.

Kind regards,
Tomáš""",
      extended(MC,
               mc({"FNAME": "KAREL", "LNAME": "novotný", "PHONE": "  ", "COMPANY": "  "},
                  email_address="karel.novotny@novotny-pivo.cz", status="pending"),
               mc({"FNAME": "olga", "LNAME": "Berková", "PHONE": "+420 730 555 123", "COMPANY": "Berk s.r.o."},
                  email_address="olga.berkova@berk.cz", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Private person"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h136-41-skip-unsubscribed-vip-opportunity", M, H, """Please exclude members with status 'unsubscribed' - they should not come back to HubSpot. Other statuses go.

email = email_address, copy
firstname = FNAME, lastname = LNAME, copy without changes (also empty)
phone = PHONE in E.164 format: '+' and digits, default country US (+1); when it starts with '+', the country code stays; 11 digits starting with 1 -> only '+' added. If PHONE is empty resp. only spaces, no phone key.
lifecyclestage = 'opportunity' when vip is true, 'lead' when vip is false.

Thank you, Tomáš""",
      extended(MC,
               mc({"FNAME": "Petr", "LNAME": "Zelený", "PHONE": "   "}, email_address="petr.zeleny@zeleny.cz",
                  status="subscribed", vip=True),
               mc({"FNAME": "Ann", "LNAME": "Lowe", "PHONE": "1 415 555 0111"}, email_address="ann.lowe@lowe.com",
                  status="pending", vip=False),
               mc({"FNAME": "Igor", "LNAME": "Malý", "PHONE": "(305) 555-0160"}, email_address="igor.maly@maly.cz",
                  status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "opportunity" if r["vip"] else "lead"})


@case("h136-42-first-word-domain-webinar-status", M, H, """Mailchimp -> HubSpot contacts:

- email: email_address, unchanged.
- firstname: only the first word of FNAME (split by spaces), e.g. 'Anna Marie' -> 'Anna'.
- company: COMPANY from merge fields. In case that it is empty or only spaces, use domain from email_address, i.e. what is after '@' (e.g. 'firma.cz'), without change.
- hs_lead_status: 'CONNECTED' when member has tag 'Webinar' in tags (exactly this name, with big W), otherwise 'NEW'. Member with no tags -> 'NEW'.

All emails are in small letters. Regards, Tomáš""",
      extended(MC,
               mc({"FNAME": "Anna Marie", "COMPANY": "  "}, email_address="anna.marie@kvetiny-brno.cz",
                  tags=["VIP", "Webinar"]),
               mc({"FNAME": "Josef", "COMPANY": "Kovárna Josef"}, email_address="josef.kovar@kovarna.cz",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "hs_lead_status": "CONNECTED" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set136")
