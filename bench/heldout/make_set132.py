"""Held-out set 132 for the offline mapping drafter.

Persona: Oksana, a marketing-ops analyst in Lviv, files every mapping as a Jira ticket: a Summary
line, a Description with the mapping itself, and a short comment thread under it. Her English is
shaped by Ukrainian: articles go missing or land in odd places, 'which' stands where 'that' would,
everything is in present tense and 'on the empty' means 'when it is empty'. Her colleague Taras
often asks a question or adds a rule in the comments ('Taras: also ...'), and she answers or
corrects the Description there ('UPD:', 'upd2 -', 'Oksana: yes, agree, and ...'), so the last word
of the thread is the one that counts. Some tickets carry Jira markup: *bold*, {{monospace}},
'# ' numbered lists and '* ' bullets.

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
    rev,
    sfc,
    sfl,
)
from oracle import after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead


@case("h132-01-plain-copy-web-source", H, L, """Summary: HubSpot contacts to SF Lead - simple copy, no magic

Description:
Hi, we need sync of HubSpot contacts into Salesforce as Lead. Values go exactly how they are in HubSpot, no any transformation.
* email -> Email
* firstname -> FirstName
* lastname -> LastName
* company -> Company
* jobtitle -> Title
And *Lead Source* on every lead is {{Web}}, always same, for all leads from this sync.

Comments:
Taras: what we do on the empty company or job title? Sales will cry.
Oksana: nothing. Empty value goes as empty, no default and we don't skip contact.
Taras: ok. And spaces, we trim them?
Oksana: no trim, no lower/upper, it is exact copy.""",
      extended(HS,
               hs(email="bohdan.tkach@stryiforest.ua", firstname="Bohdan", lastname="Tkach", company="", jobtitle=""),
               hs(email="nina.kowal@vistula.pl", firstname=" Nina", lastname="Kowal", company="Vistula Data ",
                  jobtitle="  ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h132-02-company-trim-defaults", H, L, """Summary: Lead sync - clean Company and fill empty fields

Description:
Mapping HubSpot contact -> Salesforce Lead:
# {{email}} goes to {{Email}} as is
# {{lastname}} goes to {{LastName}} as is
# {{company}} goes to {{Company}}, but trimmed (after CSV import many company names have spaces in begin and end). On the empty company we put *No Company*, because SF does not accept lead without Company.

Comments:
Taras: lead without Title also looks ugly in list view, can we fill it?
Oksana: yes, agree, and on the empty {{jobtitle}} we put *Unknown* into {{Title}}. When jobtitle is filled it goes to Title as is - here we do NOT trim, only company is trimmed.
Taras: and what is "empty" for you, only nothing?
Oksana: nothing, missing, or only spaces - all this is empty.""",
      extended(HS,
               hs(email="olha.savchuk@amberline.ua", lastname="Savchuk", company="  Amber Line ", jobtitle=" "),
               hs(email="ivan.moroz@zahidagro.ua", lastname="Moroz", company="   ", jobtitle=""),
               hs(email="petra.novak@brnosteel.cz", lastname="Novak", company="Brno Steel", jobtitle=" Buyer ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "No Company").strip(),
            "Title": dflt(r["jobtitle"], "Unknown")}


@case("h132-03-mobile-first-title-case", H, L, """Summary: HS -> SF Lead, names in normal case + phone

Description:
For Lead from HubSpot contact:
- Email = email, copy
- FirstName and LastName = firstname / lastname in title case. Title case is: every word begins with big letter and other letters are small ("maria" -> "Maria", "GARCIA" -> "Garcia", "ANNA MARIA" -> "Anna Maria").
- Phone = phone (office number), as is.

Comments:
UPD: sales team wants mobile first, they call to mobile. So Phone is {{mobilephone}}, and only when mobile is empty we take {{phone}}. Numbers go as is, no formatting.
upd2 - when both numbers are empty, we don't send Phone at all. Not empty string - field is just not in the lead. Only spaces counts as empty too.""",
      extended(HS,
               hs(email="anna.kowalczyk@wawel.pl", firstname="ANNA MARIA", lastname="kowalczyk", mobilephone="  ",
                  phone=""),
               hs(email="oleh.bondar@halychyna.ua", firstname="oleh", lastname="BONDAR", mobilephone="",
                  phone="(267) 555-0110")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]))})


@case("h132-04-stage-to-rating", H, L, """Summary: Rating on Lead from HubSpot lifecycle stage

Description:
Sync HubSpot contacts to SF Leads with only two fields:
* *Email* - HubSpot email in lower case (SF duplicate rule in our org is case sensitive, so all lower)
* *Rating* - from Lifecycle Stage ({{lifecyclestage}}):
** salesqualifiedlead -> Hot
** opportunity -> Hot
** marketingqualifiedlead -> Warm
** everything other -> Cold

Comments:
Taras: and customer? and evangelist? and contacts where stage is empty?
Oksana: all of them is Cold, it is "everything other". Empty lifecycle stage (or only spaces) also gets Cold.""",
      extended(HS,
               hs(email="Olena.Shevchenko@Karpaty.UA", lifecyclestage="opportunity"),
               hs(email="PETRO.MELNYK@LVIVCOFFEE.COM", lifecyclestage=""),
               hs(email="Ira.Koval@Dnipro.Tech", lifecyclestage="  "),
               hs(email="Max.Hrab@Opillia.UA", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h132-05-skip-optouts-and-customers", H, L, """Summary: HubSpot -> SF Lead without unsubscribed people

Description:
Contacts which have {{hs_email_optout}} = "true" we don't send to Salesforce at all, skip them. If optout is "false" or empty - contact goes.
Mapping for who goes:
email -> Email
firstname -> FirstName
lastname -> LastName
company -> Company
and Status is always "Open - Not Contacted".
All copies are 1:1 from HubSpot.

Comments:
Taras: also customers must not come as Leads, they are already Contacts in SF and SDRs call them second time.
Oksana: yes, agree, and so: contact with lifecycle stage "customer" also is skipped. Other stages go normal.""",
      extended(HS,
               hs(email="yulia.hrytsenko@lvivtech.ua", firstname="Yulia", lastname="Hrytsenko", company="Lviv Tech",
                  lifecyclestage="customer", hs_email_optout="false"),
               hs(email="andrii.savka@opillia.ua", firstname="Andrii", lastname="Savka", company="",
                  lifecyclestage="opportunity", hs_email_optout=""),
               hs(email="serhii.lytvyn@rivne.ua", firstname="Serhii", lastname="Lytvyn", company="Rivne Glass",
                  lifecyclestage="lead", hs_email_optout="true")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h132-06-rating-by-revenue", H, L, """Summary: Lead Rating by annual revenue + employees

Description:
HubSpot contact -> SF Lead.
Email -> Email (copy).
Rating we calculate from {{annualrevenue}}:
* revenue more than 10 000 000 -> Hot
* revenue less than 1 000 000 -> Cold
* between -> Warm
* on the empty revenue -> Cold, we don't guess
NumberOfEmployees = {{numemployees}} as whole number (integer, not text). On the empty numemployees we don't send NumberOfEmployees at all.

Comments:
Taras: 10 mln is too much, almost nobody is Hot with it. Marketing asks 5 mln.
Oksana: yes, agree. So *Hot is more than 5 000 000*. Cold stays less than 1 000 000, between is Warm, empty is Cold.
Taras: only spaces in revenue or numemployees?
Oksana: it is empty, same rule.""",
      extended(HS,
               hs(email="marta.zhuk@lvivsoft.ua", annualrevenue="7500000", numemployees="1200"),
               hs(email="yurii.pasko@uzhhorod.ua", annualrevenue="999999.5", numemployees="  "),
               hs(email="kira.boiko@chernivtsi.ua", annualrevenue="  ", numemployees="7"),
               hs(email="nestor.ilnytskyi@drohobych.ua", annualrevenue="5000000.01", numemployees="60")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 1_000_000:
        rating = "Cold"
    elif v > 5_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h132-07-e164-phone-title-case", H, L, """Summary: Normal phone format + names for SF Leads

Description:
From HubSpot contact to Lead:
# Email <- email, as is
# FirstName <- firstname in title case (each word: first letter big, other small)
# LastName <- lastname, title case same
# City <- city, title case same ("new york" -> "New York")
# Phone <- phone in E.164: "+" and only digits. We are US team, so number without country gets +1. If number already begins with "+" it keeps own country code. If it has 11 digits and first is 1, country code is already there, we just put "+" before.

Comments:
Taras: what about contact without phone?
Oksana: on the empty phone (or only spaces) - no Phone field on lead at all. Don't send "" and don't send "+1".""",
      extended(HS,
               hs(email="vasyl.stus@poetry.ua", firstname="VASYL", lastname="stus", city="new york",
                  phone="1 (312) 555-0160"),
               hs(email="lesya.ukrainka@poetry.ua", firstname="lesya", lastname="UKRAINKA", city="CHICAGO",
                  phone="   "),
               hs(email="ivan.franko@poetry.ua", firstname="Ivan", lastname="Franko", city="san jose",
                  phone="312.555.0177")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h132-08-us-only-description", H, L, """Summary: US contacts only -> SF Leads with Description line

Description:
SDR team works only USA now, so in this sync go *only* contacts which have country "United States". All other countries stay in HubSpot.
Fields:
# Email = email, copy
# LastName = lastname, copy
# State = state in upper case ("ny" -> "NY")
# Description = text like {{HubSpot stage: <lifecyclestage>, created <date>}}

Comments:
Taras: which date is it, and which format? createdate has time inside.
Oksana: it is createdate, only date part YYYY-MM-DD, without time. Example: "HubSpot stage: lead, created 2024-05-20". Stage value goes as is from HubSpot.""",
      extended(HS,
               hs(email="roman.hnatiuk@bigapple.com", lastname="Hnatiuk", country="United States", state="ny",
                  lifecyclestage="lead", createdate="2024-05-20T13:00:00.000Z"),
               hs(email="chantal.roy@erable.ca", lastname="Roy", country="Canada", state="on",
                  lifecyclestage="lead"),
               hs(email="kyle.webb@gulfshore.com", lastname="Webb", country="United States", state="fl",
                  lifecyclestage="opportunity", createdate="2021-02-28T14:15:00.000Z")))
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "State": r["state"].upper(),
            "Description": f"HubSpot stage: {r['lifecyclestage']}, created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h132-09-mailing-address", H, C, """Summary: HubSpot address into SF Contact mailing address

Description:
HubSpot contacts -> Salesforce Contacts. Address goes to Mailing address block:
* Email - email
* First Name - firstname
* Last Name - lastname
* Mailing Street - Street Address ({{address}})
* Mailing City - city
* Mailing State/Province - state
* Mailing Zip/Postal Code - zip
* Mailing Country - country

Comments:
Taras: cleanup needed? Some addresses have spaces.
Oksana: no, this ticket is only 1:1 copy. Empty value goes as empty string, spaces stay how they are.""",
      extended(HS,
               hs(email="dana.levko@lutsk.ua", firstname="Dana", lastname="Levko", address="", city="Lutsk",
                  state="", zip="", country="Ukraine"),
               hs(email="stepan.hora@rynok.ua", firstname="Stepan", lastname="Hora", address=" 5 Rynok Sq ",
                  city="Lviv", state="  ", zip="79000", country="Ukraine")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h132-10-optout-and-do-not-call", H, C, """Summary: Opt out flag for SF Contacts

Description:
Contact from HubSpot -> SF Contact:
- Email <- email
- HasOptedOutOfEmail (Email Opt Out) <- true when HubSpot {{hs_email_optout}} is "true", false when it is "false". This must be real boolean, not text.

Comments:
Taras: and on the empty hs_email_optout?
Oksana: on the empty we put *true*. We don't know consent, lawyer says better safe. Only spaces is empty too.
Taras: also DoNotCall please - true when contact has no phone and no mobile phone, so sales don't search number.
Oksana: yes, agree, and so: DoNotCall is true only when both {{phone}} and {{mobilephone}} are empty (or spaces), in all other cases false. Also boolean.""",
      extended(HS,
               hs(email="hanna.dovzhenko@film.ua", hs_email_optout="  ", phone="", mobilephone=""),
               hs(email="bohdan.stupka@teatr.ua", hs_email_optout="false", phone="  ", mobilephone=" "),
               hs(email="ada.rohan@lviv.ua", hs_email_optout="true", phone="", mobilephone="0671234567")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h132-11-names-from-email", H, C, """Summary: SF Contact must always have names

Description:
SF does not insert Contact without LastName, so we fill names from other places.
{{Email}} = email, copy.
{{FirstName}} = firstname; on the empty firstname - part of email before "@" (as is).
{{LastName}} = lastname; on the empty - company; when company also empty - part of email before "@".

Comments:
Taras: "empty" means also only spaces?
Oksana: yes, spaces only is empty. Order is how I wrote, first filled value wins.""",
      extended(lower_emails(HS),
               hs(email="bohdan.k@lvivsoft.ua", firstname="", lastname="", company=""),
               hs(email="info@zahidtrade.ua", firstname="  ", lastname="", company="Zahid Trade"),
               hs(email="roman.p@kyivstar.ua", firstname="Roman", lastname="  ", company="   ")))
def o11(r: R) -> Out:
    local = before_at(r["email"])
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], local),
            "LastName": first_filled(r["lastname"], r["company"], local)}


@case("h132-12-country-codes-state-upper", H, C, """Summary: Country as 3-letter code on SF Contact

Description:
HubSpot contacts -> SF Contacts.
*Email* - email as is.
*MailingCountry* - from HubSpot country by this table:
||HubSpot country||MailingCountry||
|United States|USA|
|Japan|JPN|
|Mexico|MEX|
|France|FRA|
|Ukraine|UKR|
|Canada|CAN|
Only these countries exist in our HubSpot, nothing other.

Comments:
Taras: state too?
Oksana: yes, MailingState = state in UPPER case. On the empty state we don't send MailingState at all (not empty string).""",
      extended(HS,
               hs(email="marichka.l@lviv.ua", country="Ukraine", state="lvivska"),
               hs(email="jean.tremblay@vancouver.ca", country="Canada", state="bc"),
               hs(email="hank.miller@texan.com", country="United States", state="  ")))
def o12(r: R) -> Out:
    codes = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "Ukraine": "UKR",
             "Canada": "CAN"}
    return keep({"Email": r["email"], "MailingCountry": codes[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h132-13-customers-only-phone", H, C, """Summary: Only customers and evangelists into SF Contacts

Description:
In SF Contacts we want only people which are customers. So sync takes only HubSpot contacts with lifecyclestage = customer or evangelist. All other stages - skip.
Mapping:
* Email - email in lower case
* Phone - office {{phone}}; on the empty phone we take {{mobilephone}}. Every customer has one of two numbers.
* Description - always text "HubSpot customer sync"

Comments:
Taras: phone with only spaces - is it empty?
Oksana: yes, then mobile is taken. Numbers go as is, no formatting.""",
      extended(HS,
               hs(email="Mykola.Lysenko@Opera.UA", lifecyclestage="customer", phone="+380 32 555 0101",
                  mobilephone="+380 67 555 0102"),
               hs(email="Iryna.Vilde@Lviv.EDU", lifecyclestage="evangelist", phone="  ",
                  mobilephone="(617) 555-0190"),
               hs(email="Taras.Prokh@Lviv.UA", lifecyclestage="opportunity", phone="512-555-0101")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["phone"], r["mobilephone"]),
            "Description": "HubSpot customer sync"}


@case("h132-14-trim-title-source-table", H, C, """Summary: SF Contact cleanup - names, title, lead source

Description:
HubSpot contact -> SF Contact:
# Email = email, copy
# FirstName, LastName = firstname, lastname in title case (first letter of each word big, rest small)
# Title = jobtitle trimmed (spaces in begin and end away)
# LeadSource = from Original Source ({{hs_analytics_source}}):
* ORGANIC_SEARCH -> Web
* DIRECT_TRAFFIC -> Web
* PAID_SEARCH -> Advertisement
* PAID_SOCIAL -> Advertisement
* REFERRALS -> Partner Referral
* OFFLINE -> Trade Show
* any other value, and empty source -> Other

Comments:
Taras: REFERRALS in HubSpot is people from other websites, not partners. Partner Referral is wrong.
Oksana: yes, agree, my mistake. REFERRALS -> *External Referral*. All other lines stay same.""",
      extended(HS,
               hs(email="solomiia.kr@opera.ua", firstname="SOLOMIIA", lastname="krushelnytska",
                  jobtitle="  Head of Growth ", hs_analytics_source="OFFLINE"),
               hs(email="will.ng@pecan.co", firstname="will", lastname="NG", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="joy.adams@riverwalk.com", firstname="Joy", lastname="Adams", jobtitle="Analyst",
                  hs_analytics_source="DIRECT_TRAFFIC")))
def o14(r: R) -> Out:
    source = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
              "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h132-15-audience-language-default", H, M, """Summary: HubSpot contacts into Mailchimp audience (basic)

Description:
Mailchimp member from HubSpot contact:
* email_address = email
* merge field FNAME = firstname
* merge field LNAME = lastname
* status = "subscribed" for everybody
Names are copied as is, empty name stays empty.

Comments:
Taras: language? We send campaigns in different languages.
Oksana: language = HubSpot Preferred language ({{hs_language}}). Most of contacts don't have this property at all, then language is "en". Also when it is empty - "en".""",
      extended(HS,
               hs(email="oksana.zab@lviv.ua", firstname="Oksana", lastname="Zabuzhko", hs_language="uk"),
               hs(email="piotr.nowak@gdansk.pl", firstname="Piotr", lastname="", hs_language=""),
               hs(email="agata.wrona@krakow.pl", firstname="Agata", lastname="Wrona", hs_language="pl")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed", "language": dflt(r.get("hs_language"), "en"),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h132-16-status-from-optout", H, M, """Summary: Mailchimp status from HubSpot unsubscribe flag

Description:
HubSpot contact -> Mailchimp member.
email_address = email.
status from {{hs_email_optout}}:
* "true" -> unsubscribed
* "false" -> subscribed
* empty -> subscribed
tags = one tag "hubspot" for all.

Comments:
UPD: legal team says we cannot subscribe people without known consent. So *on the empty optout status is "pending"* (they get double opt-in mail), not subscribed. "true" and "false" stay how written.
Taras: only spaces in optout?
Oksana: same like empty -> pending.""",
      extended(HS,
               hs(email="lina.kostenko@poetry.ua", hs_email_optout="   "),
               hs(email="finn.walsh@galway.ie", hs_email_optout="false")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["hubspot"]}


@case("h132-17-conditional-tags", H, M, """Summary: Tags for Mailchimp by team size and stage

Description:
From HubSpot contacts to Mailchimp members we send email_address (= email) and tags.
Tags:
# "big-team" - when Number of Employees ({{numemployees}}) is more than 100
# "client" - when lifecyclestage is exactly "customer"
Order in list like here: big-team first, client second. When no tag fits - tags is empty list [].

Comments:
Taras: contact with empty numemployees - big-team or not?
Oksana: not. Empty (or only spaces) employees means no big-team tag. Client tag is checked separately anyway.""",
      extended(HS,
               hs(email="roksolana.h@sultan.ua", numemployees="101", lifecyclestage="customer"),
               hs(email="danylo.h@korona.ua", numemployees="99", lifecyclestage="customer"),
               hs(email="lev.danylovych@lviv.ua", numemployees="  ", lifecyclestage="lead")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("big-team")
    if r["lifecyclestage"] == "customer":
        tags.append("client")
    return {"email_address": r["email"], "tags": tags}


@case("h132-18-first-word-mobile-e164", H, M, """Summary: MC first name + phone in E.164

Description:
HubSpot contact -> Mailchimp member:
* email_address <- email
* FNAME <- only first word of firstname ("Anna Maria" -> "Anna")
* PHONE <- mobilephone in E.164 format

Comments:
Taras: many contacts have no mobile, only office phone.
Oksana: ok, then PHONE is mobile, and on the empty mobile (or spaces) we take {{phone}}. Every contact has at least one of them.
Taras: E.164 how exactly? We have numbers from everywhere.
Oksana: result is "+" and digits only. Number which begins with "+" keeps its country code. Other numbers are US, so +1 before. And if number has 11 digits which begin with 1 - it already has country code, only "+" is added.""",
      extended(HS,
               hs(email="anna.maria@lvivart.ua", firstname="Anna Maria", mobilephone="  ", phone="1-212-555-0100"),
               hs(email="jean.luc@lakeway.io", firstname=" Jean  Luc", mobilephone="+1 646 555 0111", phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h132-19-consent-only-vip", H, M, """Summary: Only contacts with known consent into Mailchimp + VIP

Description:
HubSpot -> Mailchimp. Contact with {{hs_email_optout}} = "true" is *not* sent, skip.
Sent members:
* email_address - email
* status - always "subscribed"
* vip - true when lifecyclestage is "salesqualifiedlead" or "opportunity", otherwise false

Comments:
Taras: and contacts where hs_email_optout is empty? we don't know if they agree.
Oksana: right, they also don't go. On the empty optout (or spaces) - skip too. So only contacts with "false" are sent.""",
      extended(HS,
               hs(email="kateryna.b@bilyk.ua", hs_email_optout="false", lifecyclestage="opportunity"),
               hs(email="orest.l@lviv.ua", hs_email_optout="  ", lifecyclestage="salesqualifiedlead"),
               hs(email="myroslava.g@lviv.ua", hs_email_optout="false", lifecyclestage="customer")))
def o19(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("salesqualifiedlead", "opportunity")}


@case("h132-20-names-company-tag-vip", H, M, """Summary: MC names, company tag and VIP by revenue

Description:
From HubSpot contact to Mailchimp member:
- email_address = email
- FNAME = firstname in title case (each word begins with big letter, rest small)
- LNAME = lastname in title case, same
- tags = list with one tag - company name as is. Our audience has no company merge field, so we use tag.

Comments:
Taras: freelancers have no company, tag will be empty.
Oksana: on the empty company (spaces also) tag is email domain - part after "@", as is. So always one tag.
upd2 - vip also: vip = true when annualrevenue is more than 2 000 000. Empty revenue -> false. Less -> false.""",
      extended(lower_emails(HS),
               hs(email="taras.b@lvivbeer.ua", firstname="TARAS", lastname="bulba", company="  ",
                  annualrevenue="2000000.5"),
               hs(email="olha.k@karpaty.ua", firstname="olha", lastname="KOBYL", company="Karpaty Tour",
                  annualrevenue="1999999"),
               hs(email="ilko.m@freelance.ua", firstname="ilko", lastname="melnyk", company="", annualrevenue="")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 2_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h132-21-identify-full-name", H, S, """Summary: Segment identify from HubSpot contact

Description:
Segment identify call for every HubSpot contact:
* {{userId}} - email in lower case
* {{traits.email}} - email as is (original case)
* {{traits.firstName}} - firstname
* {{traits.lastName}} - lastname
* {{traits.name}} - firstname + one space + lastname ("Priya Raman")

Comments:
Taras: copies are raw?
Oksana: yes, no changes on them, only userId is lower.""",
      extended(HS,
               hs(email="Andriy.Shevchenko@Dynamo.UA", firstname="Andriy", lastname="Shevchenko"),
               hs(email="IRYNA.BILYK@LVIV.UA", firstname="Iryna", lastname="Bilyk")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h132-22-company-traits", H, S, """Summary: Company object in Segment traits

Description:
identify, userId = HubSpot email as is.
Company goes in traits as object {{traits.company}}:
# name <- company. On the empty company we write "Self-employed".
# industry <- industry
# employee_count <- numemployees as integer (whole number)

Comments:
Taras: empty industry or empty employees - send empty?
Oksana: no. On the empty industry we don't put industry key, on the empty numemployees we don't put employee_count. Name is always there (with default).
Taras: only spaces?
Oksana: is empty.""",
      extended(HS,
               hs(email="vira.lys@soloshop.ua", company="   ", industry="", numemployees="1"),
               hs(email="pavlo.t@itcluster.ua", company="Lviv IT Cluster", industry="  ", numemployees="3500"),
               hs(email="nadiia.s@retail.ua", company="", industry="Retail", numemployees="")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Self-employed"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h132-23-address-phone-traits", H, S, """Summary: Address and phone on Segment profile

Description:
Segment identify from HubSpot contact, userId = email (as is).
traits.address:
* street = address
* city = city
* state = state
* postalCode = zip
* country = country
These are simple copies, empty goes as "".
traits.phone = phone in E.164 (+ and digits; US number gets +1; number with "+" keeps own code; 11 digits beginning with 1 gets only "+").

Comments:
Taras: many have only mobile, and some have nothing.
Oksana: ok: phone first, on the empty phone - mobilephone, on the empty both - no traits.phone at all.
Oksana: and one correction - on the empty state we don't put state into address. Other address fields stay copies with "".""",
      extended(HS,
               hs(email="sofiia.r@lviv.ua", phone="", mobilephone=" ", state=""),
               hs(email="chuck.dale@windy.com", phone="  ", mobilephone="312.555.0123", state="IL", address="",
                  zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h132-24-identify-optout-revenue", H, S, """Summary: Segment traits - unsubscribed flag, revenue

Description:
HubSpot contact -> Segment identify.
userId: email, but trimmed and lower case (HubSpot has emails with spaces and big letters).
traits.title: jobtitle, copy as is.
traits.unsubscribed: boolean, true when hs_email_optout is "true", false when it is "false".
traits.annual_revenue: annualrevenue as number.

Comments:
Taras: empty optout?
Oksana: empty optout -> false (we count them as not unsubscribed).
Taras: empty revenue - 0?
Oksana: no, not 0. On the empty revenue there is no annual_revenue trait at all. Number is int when it is whole, otherwise decimal.""",
      extended(HS,
               hs(email="  Oksana.Test@Example.COM ", hs_email_optout="", annualrevenue="0.5", jobtitle=" "),
               hs(email="DMYTRO.P@LVIV.UA ", hs_email_optout="true", annualrevenue="  ", jobtitle="Analyst")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h132-25-ga4-contact-snapshot", H, G, """Summary: GA4 event for each HubSpot contact

Description:
Measurement Protocol, one event for contact:
* client_id is fixed "hubspot-crm-sync" for all
* event name is fixed "crm_contact_snapshot"
* event params:
** lifecycle_stage = lifecyclestage, copy
** industry = industry in lower case
** created_on = createdate, only date YYYY-MM-DD

Comments:
Taras: what on the empty industry? lower of nothing?
Oksana: on the empty industry (or only spaces) we send empty string "" in industry param. Param stays, just empty.""",
      extended(HS,
               hs(email="zenon.k@lviv.ua", industry="  ", lifecyclestage="opportunity",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="ulana.s@fintech.ua", industry="FinTech", lifecyclestage="other",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": "hubspot-crm-sync",
            "events": [{"name": "crm_contact_snapshot",
                        "params": {"lifecycle_stage": r["lifecyclestage"], "industry": "" if blank(ind) else ind.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h132-26-ga4-bigger-teams", H, G, """Summary: GA4 - team size event for bigger companies

Description:
To GA4 go only HubSpot contacts where numemployees is more than 15.
client_id = part of email before "@".
Event name = "team_profile" (always).
Event param employees = numemployees as number.

Comments:
Taras: and empty numemployees?
Oksana: empty is not more than 15 -> contact is skipped. Spaces only - also skipped.""",
      extended(lower_emails(HS),
               hs(email="nazar.v@lvivrail.ua", numemployees="16"),
               hs(email="solo@freelance.ua", numemployees="  "),
               hs(email="small.team@kavarnia.ua", numemployees="14")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 15):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_profile", "params": {"employees": num(r["numemployees"])}}]}


@case("h132-27-ga4-sales-ready-event", H, G, """Summary: GA4 event name depends on stage

Description:
GA4 event from HubSpot contact:
# client_id - email as is
# event name - "sales_ready" when lifecyclestage is salesqualifiedlead or opportunity; for all other stages - "crm_update"
# param source - Original Source ({{hs_analytics_source}}) as is
# param city - city, copy (empty stays empty)

Comments:
Taras: source is empty for some contacts (offline imports).
Oksana: on the empty source (also only spaces) param source is "NOT_SET". Other values as is.""",
      extended(HS,
               hs(email="ostap.s@lviv.ua", lifecyclestage="opportunity", hs_analytics_source=" ", city="Lviv"),
               hs(email="vira.h@lutsk.ua", lifecyclestage="lead", hs_analytics_source="", city="")))
def o27(r: R) -> Out:
    name = "sales_ready" if r["lifecyclestage"] in ("salesqualifiedlead", "opportunity") else "crm_update"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"source": dflt(r["hs_analytics_source"], "NOT_SET"),
                                                 "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h132-28-lead-copy-to-hubspot", L, H, """Summary: SF Leads back to HubSpot contacts

Description:
Other direction now - Salesforce Lead into HubSpot contact. Only copies:
* Email -> email
* FirstName -> firstname
* LastName -> lastname
* Company -> company
* Title -> jobtitle
* Phone -> phone
* Street -> address
* City -> city
* PostalCode -> zip
* Country -> country

Comments:
Taras: leads with empty Title/Phone/Street - skip these fields?
Oksana: no, we send them, value is empty string "". And nothing trimmed.""",
      extended(SFL,
               sfl(Email="taras.h@lvivsoft.ua", FirstName="Taras", LastName="Hryhoriv", Company="Lviv Soft", Title="",
                   Phone="", Street="", City=" ", PostalCode="", Country="Ukraine")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h132-29-lead-status-optout-text", L, H, """Summary: Lead Status and opt out into HubSpot

Description:
SF Lead -> HubSpot contact:
- email = Email
- hs_lead_status from Lead Status:
 "Open - Not Contacted" -> NEW
 "Working - Contacted" -> IN_PROGRESS
 "Closed - Converted" -> OPEN_DEAL
 "Closed - Not Converted" -> BAD_TIMING
(we use only these 4 statuses)
- hs_email_optout = text "true" when HasOptedOutOfEmail is checked, text "false" when not. HubSpot wants string here, not boolean.

Comments:
Taras: IN_PROGRESS in our HubSpot is for deals. For "Working - Contacted" we use ATTEMPTED_TO_CONTACT.
Oksana: yes, agree, so Working - Contacted -> ATTEMPTED_TO_CONTACT. Other 3 stay like in description.""",
      extended(SFL,
               sfl(Email="ulyana.s@kyiv.ua", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="dev.shah@saffron.in", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "BAD_TIMING"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h132-30-rating-lifecycle-revenue", L, H, """Summary: Lifecycle stage in HubSpot from Lead Rating

Description:
For SF Lead -> HubSpot contact:
*email* - Email in lower case.
*lifecyclestage* - by Rating:
|Hot|salesqualifiedlead|
|Warm|marketingqualifiedlead|
|Cold|subscriber|
Every lead has one of these 3 ratings.

Comments:
Taras: revenue too? Finance asks.
Oksana: yes: annualrevenue = AnnualRevenue as number (not text). On the empty AnnualRevenue (or spaces) we don't send annualrevenue at all.""",
      extended(SFL,
               sfl(Email="Ostap.Vyshnia@Humor.UA", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="MARTA.K@LVIV.UA", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "subscriber"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h132-31-uk-leads-only", L, H, """Summary: UK leads to HubSpot (London team)

Description:
Only leads with Country = "United Kingdom" go to HubSpot, other countries are skipped.
# email = Email
# phone = Phone in E.164 for UK: "+44" and digits, the first 0 (trunk zero) is removed. If number already begins with "+", it keeps its own code, only spaces and other signs away.
# zip = PostalCode in upper case

Comments:
Taras: London team asks company also, but some UK leads have empty Company.
Oksana: ok, company = Company, and on the empty Company (or spaces) we put "Independent".""",
      extended(SFL,
               sfl(Email="fiona.b@thistle.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="eh1 2ab", Company=""),
               sfl(Email="gareth.j@dragon.co.uk", Country="United Kingdom", Phone="+44 29 2055 0100",
                   PostalCode="cf10 3at", Company="  "),
               sfl(Email="olena.p@lviv.ua", Country="Ukraine", Phone="+380 32 255 0100", PostalCode="79000")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Independent")}


@case("h132-32-skip-cold-address-line", L, H, """Summary: Warm and hot leads to HubSpot, address in one line

Description:
Lead with Rating "Cold" we don't send. All other go.
Mapping:
* email <- Email
* jobtitle <- Title, on the empty Title (spaces also) -> "Not specified"
* address <- Street + ", " + City in one line, like "200 Lake St, Chicago"

Comments:
Taras: some leads have no Street, then address will be ", Lviv".
Oksana: no - on the empty Street (or only spaces) address is only City, without comma. City is always filled.""",
      extended(SFL,
               sfl(Email="marko.k@lviv.ua", Rating="Warm", Street="", City="Lviv", Title="  "),
               sfl(Email="daria.s@kyiv.ua", Rating="Hot", Street="   ", City="Kyiv", Title="CFO"),
               sfl(Email="cold.lead@odesa.ua", Rating="Cold", Street="1 Deribasivska", City="Odesa", Title="")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not specified"),
            "address": r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h132-33-sf-contact-status-tags", C, M, """Summary: SF Contacts into Mailchimp, status and tags

Description:
Salesforce Contact -> Mailchimp member.
email_address = Email in lower case.
status = "unsubscribed" when Email Opt Out (HasOptedOutOfEmail) is true, "subscribed" when false.
tags = ["salesforce"] for everybody.

Comments:
Taras: engineering people get other newsletter, can we tag them?
Oksana: yes, agree, and so: when Department is "Engineering" tags has second tag "engineering" after "salesforce". Others have only "salesforce".""",
      extended(SFC,
               sfc(Email="Yaroslav.M@Lviv.UA", HasOptedOutOfEmail=True, Department="Engineering"),
               sfc(Email="NADIA.S@KYIV.UA", HasOptedOutOfEmail=False, Department="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["engineering"] if r["Department"] == "Engineering" else [])}


@case("h132-34-sms-contacts-e164-language", C, M, """Summary: SMS audience - only contacts with phone

Description:
For SMS pilot in Mailchimp we need only SF Contacts which have phone. Contact with empty Phone (Business Phone) - skip. Only spaces is also empty.
Member:
* email_address = Email
* merge_fields.PHONE = Phone in E.164. All our numbers are US format, so +1 before digits, except number which begins with "+" - it keeps own code. 11 digits beginning with 1 -> just "+" before.
* language from MailingCountry:
** Germany -> de
** Austria -> de
** United States -> en
** Ukraine -> uk
** Poland -> pl

Comments:
Taras: other countries?
Oksana: we have contacts only from these 5 countries.""",
      extended(SFC,
               sfc(Email="ivan.f@lviv.ua", Phone="", MailingCountry="Ukraine"),
               sfc(Email="zofia.n@krakow.pl", Phone="  ", MailingCountry="Poland"),
               sfc(Email="mike.r@austin.com", Phone="1-512-555-0134", MailingCountry="United States"),
               sfc(Email="oksana.b@lviv.ua", Phone="+380 32 255 0199", MailingCountry="Ukraine")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Ukraine": "uk", "Poland": "pl"}
    return {"email_address": r["Email"], "language": lang[r["MailingCountry"]],
            "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("h132-35-greeting-default-vip-sales", C, M, """Summary: SF Contact -> MC member, greeting and VIP

Description:
# email_address <- Email
# status <- always "subscribed"
# FNAME <- FirstName. On the empty first name we put "Friend", so greeting is "Hello Friend".
# LNAME <- LastName, copy, empty stays empty

Comments:
Taras: sales people from our clients should be VIP in MC.
Oksana: ok: vip = true when Department is "Sales", otherwise false. Empty Department -> false.
Taras: FirstName with only spaces?
Oksana: is empty -> "Friend".""",
      extended(SFC,
               sfc(Email="halyna.t@lviv.ua", FirstName="", LastName="Tkachuk", Department="Sales"),
               sfc(Email="pavlo.z@kyiv.ua", FirstName="  ", LastName="", Department="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales"}


@case("h132-36-opted-in-newsletter", C, M, """Summary: Newsletter audience from SF Contacts (opt-in only)

Description:
Only SF Contacts where Email Opt Out (HasOptedOutOfEmail) is false go to Mailchimp. Opted out - skip.
Fields:
* email_address = Email
* FNAME = FirstName
* LNAME = LastName
* status = "subscribed"
* language = "en"
Copies are as is.

Comments:
Taras: tags? Old audience has some tags from import.
Oksana: tags must be empty list [] - we clean them, no tags.""",
      extended(SFC,
               sfc(Email="liliia.s@lviv.ua", FirstName="Liliia", LastName="", HasOptedOutOfEmail=False),
               sfc(Email="nope.out@kyiv.ua", FirstName="Nope", LastName="Out", HasOptedOutOfEmail=True)))
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "en",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h132-37-identify-omit-empty", C, S, """Summary: Segment identify from SF Contact

Description:
- userId: Email in lower case
- traits.firstName: FirstName
- traits.lastName: LastName
- traits.title: Title
- traits.phone: Phone (as is, no format)

Comments:
Taras: Segment profile gets "" title and overwrites good value from other source.
Oksana: ok, then: on the empty Title we don't send traits.title at all, on the empty Phone we don't send traits.phone. Only spaces is empty. firstName and lastName stay simple copies, also when empty.""",
      extended(SFC,
               sfc(Email="Bohdana.K@Lviv.UA", FirstName="Bohdana", LastName="K", Title="  ", Phone=""),
               sfc(Email="ROMAN.Z@KYIV.UA", FirstName="Roman", LastName="", Title="COO", Phone="+380 44 555 0100")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "phone": omit_if_blank(r["Phone"])}})


@case("h132-38-mailing-address-traits", C, S, """Summary: Mailing city and country to Segment

Description:
identify, userId = Email (as is).
traits.address.city = MailingCity, trimmed - old import left spaces in begin and end.
traits.address.country = MailingCountry.

Comments:
Taras: some contacts have no MailingCountry.
Oksana: on the empty MailingCountry (spaces also) country is "Unknown".""",
      extended(SFC,
               sfc(Email="marko.v@lviv.ua", MailingCity="  Lviv ", MailingCountry=""),
               sfc(Email="ada.w@graz.at", MailingCity="Graz", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h132-39-identify-phone-name-channel", C, S, """Summary: Segment traits - phone, full name, channel

Description:
SF Contact -> Segment identify:
* userId = Email
* traits.phone = Phone in E.164 ("+" and digits, US numbers get +1, number with "+" keeps own code, 11 digits which begin with 1 just get "+")
* traits.name = FirstName + " " + LastName
* traits.channel from LeadSource:
** Web -> online
** Trade Show -> event
** Partner Referral -> partner
** other and empty LeadSource -> other

Comments:
Taras: we have now also "Employee Referral" leads.
Oksana: yes, agree, and Employee Referral -> partner too. Rest how written.""",
      extended(SFC,
               sfc(Email="yurii.h@lviv.ua", FirstName="Yurii", LastName="Hnatyk", Phone="1 (415) 555-0123",
                   LeadSource="Employee Referral"),
               sfc(Email="kate.m@boise.com", FirstName="Kate", LastName="Moss", Phone="208-555-0101",
                   LeadSource="Advertisement")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "event", "Partner Referral": "partner", "Employee Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h132-40-members-to-contacts", M, H, """Summary: Mailchimp members back to HubSpot contacts

Description:
Mailchimp member -> HubSpot contact:
# email <- email_address
# firstname <- FNAME in title case (each word with big first letter, other letters small)
# lastname <- LNAME in title case
# company <- COMPANY merge field; on the empty COMPANY -> "Private person"
# hs_email_optout <- text "true" when status is unsubscribed or cleaned, otherwise text "false"

Comments:
Taras: empty LNAME will erase last name which HubSpot already has.
Oksana: right. On the empty LNAME (or spaces) we don't send lastname at all. Filled LNAME still title case.""",
      extended(MC,
               mc({"FNAME": "OKSANA MARIA", "LNAME": "  ", "COMPANY": "  "}, email_address="oksana.m@lviv.ua",
                  status="pending"),
               mc({"FNAME": "taras", "LNAME": "SHEVCHENKO", "COMPANY": "Kobzar"}, email_address="taras.s@kobzar.ua",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Private person"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h132-41-skip-cleaned-vip-customer", M, H, """Summary: MC -> HubSpot without cleaned addresses

Description:
Members with status "cleaned" (bounced) we skip.
Other members:
* email = email_address
* firstname = FNAME, copy
* phone = PHONE merge field in E.164 - US by default (+1), number with "+" keeps its country code, 11 digits beginning with 1 only get "+"
* lifecyclestage = "customer" when member is VIP (vip true), else "lead"

Comments:
Taras: PHONE is empty for many members.
Oksana: on the empty PHONE we don't send phone property at all.""",
      extended(MC,
               mc({"FNAME": "Ostap", "PHONE": "1 646 555 0177"}, email_address="ostap.l@lviv.ua", status="pending",
                  vip=True),
               mc({"FNAME": "Bounce", "PHONE": "(212) 555-0100"}, email_address="bounce@old.com", status="cleaned",
                  vip=False),
               mc({"FNAME": "Mila", "PHONE": "  "}, email_address="mila.k@lviv.ua", status="subscribed", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h132-42-webinar-tag-stage", M, H, """Summary: MC members to HubSpot - first name, company, stage

Description:
Mailchimp -> HubSpot contact:
* {{email}} = email_address
* {{firstname}} = first word of FNAME only ("Anna Maria" -> "Anna")
* {{company}} = COMPANY; on the empty COMPANY - email domain (part after "@", as is)
* {{lifecyclestage}} = "marketingqualifiedlead" when member has tag "Webinar", otherwise "subscriber"

Comments:
Taras: tag "webinar" with small w also counts?
Oksana: no, only exact "Webinar" with big W. Small one is from old test, ignore it -> subscriber.""",
      extended(MC,
               mc({"FNAME": "Anna Maria", "COMPANY": "  "}, email_address="anna.maria@lvivart.ua",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ben", "COMPANY": "Kaizen"}, email_address="ben@kaizen.jp", tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set132")
