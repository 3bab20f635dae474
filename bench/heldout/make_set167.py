"""Held-out set 167 for the offline mapping drafter.

Persona: Ioana Popescu, CRM administrator at an insurance broker in Cluj-Napoca, whose first
language is Romanian. She sends the mapping rules to an external contractor (Mr. Becker) as formal
e-mails: 'Good day,' / 'Good day, Mr. Becker,' at the top, 'Kind regards,' and her name at the end,
numbered points with sub-letters 'a)', 'b)'. Her English is Romanian-shaped: 'the email of the
client', 'in case that ... is not completed', 'is void' for empty, 'to be completed with', 'the
field will take the value ...', 'we want that ...', 'also' at the end of a sentence, 'respectively'
pairing two lists ('A and B go to X, respectively Y'), 'eventually' for 'possibly', 'actual' for
'current', an article slip now and then ('an US number', 'at the phone'). The business shows
through (RCA car insurance, policies sent by post, CMR goods insurance, GDPR consent, Romanian
values such as "Persoana fizica" or "necunoscut"). She is careful and exact about values.

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


@case("h167-01-web-form-leads-plain-copy", H, L, """Good day, Mr. Becker,

As discussed at the phone yesterday, I send you the first rule for the transfer of the HubSpot contacts into Salesforce, as Leads.

1. The following fields are copied exactly as they are in HubSpot, without any modification (no removing of spaces, no change of small or capital letters):
   a) Email -> Email
   b) First Name -> First Name
   c) Last Name -> Last Name
   d) Company Name -> Company
   e) Mobile Phone Number -> Mobile Phone
   f) City -> City
2. In case that one of these fields is not completed in HubSpot, it goes in Salesforce exactly as it is in HubSpot, also empty. We do not want that you complete it with some other value.
3. The field Lead Source will take the value "Web" for all the leads, because all these contacts came from the offer form of our site.

Kind regards,
Ioana Popescu
CRM Administrator""",
      extended(HS,
               hs(email="andrei.muresan@transilvania-trans.ro", firstname="Andrei", lastname="Mureșan", company="",
                  mobilephone="  ", city="Cluj-Napoca"),
               hs(email="elena.rus@gmail.com", firstname="elena", lastname="RUS ", company=" Farmacia Rus",
                  mobilephone="+40 744 555 012", city="")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "MobilePhone": r["mobilephone"], "City": r["city"], "LeadSource": "Web"}


@case("h167-02-turda-import-trim-defaults", H, L, """Good day,

Last month we have imported in HubSpot an Excel file with the clients of our office from Turda, and many fields came with spaces before and after the text. For the transfer to the Salesforce Leads please apply the following:

1. Email - is copied as it is.
2. First Name and Last Name - the spaces from the beginning and from the end are removed (trim). Nothing else is changed.
3. Company:
   a) the spaces from the beginning and from the end are removed;
   b) in case that the Company Name is void or contains only spaces, the field will take the value "Persoana fizica" (private person), because Salesforce does not accept a lead without company.
4. City:
   a) in case that the City is not completed (void or only spaces), it is to be completed with "Cluj-Napoca", where is our main office;
   b) when the City is completed, it is copied exactly as it is, without trim.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="vasile.oltean@yahoo.com", firstname="  Vasile", lastname="Oltean  ", company="   ",
                  city="  "),
               hs(email="office@pensiuneaturda.ro", firstname="Maria ", lastname=" Crișan", company=" Pensiunea Turda ",
                  city=" Turda"),
               hs(email="gabriel.moldovan@gmail.com", firstname="Gabriel", lastname="Moldovan", company="",
                  city="")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Persoana fizica").strip(), "City": dflt(r["city"], "Cluj-Napoca")}


@case("h167-03-call-center-phone-chain", H, L, """Good day, Mr. Becker,

For the Leads we need one phone number on which the colleagues from the call center can call the client. The rule is the following:

1. Phone (on the Lead) = the Phone Number from HubSpot.
   a) in case that the Phone Number is not completed, the Mobile Phone Number is taken;
   b) in case that both of them are not completed, the field Phone is not sent at all (not even empty).
   By "not completed" I mean void or only spaces. The numbers are copied as they are, without any formatting.
2. First Name and Last Name: each word will begin with capital letter and the rest of the letters will be small (for example "POP" becomes "Pop" and "ana maria" becomes "Ana Maria").
3. The email of the client goes in Email, unchanged.

Thank you in advance.
Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="ana.pop@gmail.com", firstname="ana maria", lastname="POP", phone="  ", mobilephone=""),
               hs(email="sorin.baciu@baciu-auto.ro", firstname="SORIN", lastname="baciu", phone="",
                  mobilephone="0745 555 210"),
               hs(email="ioan.suciu@suciu.ro", firstname="Ioan", lastname="Suciu", phone="0264 555 101",
                  mobilephone="0722 555 303")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h167-04-stage-to-lead-status", H, L, """Good day,

Please find below how the Lead Status in Salesforce is to be completed, based on the Lifecycle Stage from HubSpot:

1. Lead Status:
   a) marketingqualifiedlead -> Working - Contacted
   b) salesqualifiedlead -> Working - Contacted
   c) customer -> Closed - Converted
   d) for any other stage, and also in case that the Lifecycle Stage is void, the Lead Status will be Open - Not Contacted.
2. The email of the client goes in Email, but written completely with small letters (our actual Salesforce makes duplicates when the same address is written with capital letters).
3. Last Name is copied as it is.

Kind regards,
Ioana Popescu
CRM Administrator""",
      extended(HS,
               hs(email="Cristina.Vlad@Asig-Vlad.RO", lastname="Vlad", lifecyclestage="opportunity"),
               hs(email="RADU.TOMA@GMAIL.COM", lastname="Toma", lifecyclestage=""),
               hs(email="Mihaela.Lazar@Yahoo.com", lastname="Lazăr", lifecyclestage="  ")))
def o04(r: R) -> Out:
    table = {"marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
             "customer": "Closed - Converted"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Status": table.get(r["lifecyclestage"], "Open - Not Contacted")}


@case("h167-05-rca-campaign-skip-clients-insurers", H, L, """Good day, Mr. Becker,

Regarding the leads for the RCA campaign, there are two categories of HubSpot contacts that we do NOT want to receive in Salesforce:
a) the contacts which are already our clients (Lifecycle Stage = customer);
b) the contacts whose Industry is exactly "Insurance" - these are other brokers and insurance companies, not clients.
A contact which is in one of these two situations is not sent at all. In case that the Industry is void, the contact is transferred normally (if it is not customer).

For all the other contacts:
1. Email, First Name, Last Name, Company Name and Phone Number go in Email, First Name, Last Name, Company, respectively Phone, exactly as they are (also when they are void).
2. Description will take the value "Campanie RCA 2024" for every lead.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="contact@grawe-partener.ro", firstname="Dan", lastname="Ilie", company="Grawe Partener",
                  phone="0264 555 880", industry="Insurance", lifecyclestage="lead"),
               hs(email="teodora.nistor@nistor.ro", firstname="Teodora", lastname="Nistor", company="",
                  phone="", industry="  ", lifecyclestage="opportunity"),
               hs(email="florin.ardelean@ardelean.ro", firstname="Florin", lastname="Ardelean", company="Ardelean SRL",
                  phone="0264 555 404", industry="Construction", lifecyclestage="customer")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["industry"] == "Insurance":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "Description": "Campanie RCA 2024"}


@case("h167-06-group-policy-rating-by-headcount", H, L, """Good day,

For the Leads of the companies (group health insurance for the employees) we want that the Rating is calculated from the Number of Employees from HubSpot:

1. Rating:
   a) more than 200 employees -> Hot
   b) less than 20 employees -> Cold
   c) from 20 up to 200 -> Warm
   d) in case that the Number of Employees is void, the Rating will be Cold also.
2. Employees = the Number of Employees as integer number (not as text). In case that it is void, this field is not sent.
3. Email = the email of the client, as it is.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="hr@cluj-software.ro", numemployees="1500"),
               hs(email="office@brutaria-dorna.ro", numemployees="  "),
               hs(email="contact@clinica-somes.ro", numemployees="75")))
def o06(r: R) -> Out:
    n = r["numemployees"]
    if blank(n):
        rating = "Cold"
    else:
        v = float(n)
        rating = "Hot" if v > 200 else ("Cold" if v < 20 else "Warm")
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(n, lambda x: int(float(x)))})


@case("h167-07-sms-expiry-mobile-e164", H, L, """Good day, Mr. Becker,

We started to send SMS reminders before the expiry of the policies, so the mobile numbers must be in Salesforce in the international format E.164.

1. Mobile Phone (on the Lead) = Mobile Phone Number from HubSpot, in E.164:
   a) only the digits are kept, with "+" in front;
   b) if the number begins already with "+", its own country code is kept (e.g. +40 744 555 012 -> +40744555012);
   c) if it has no "+", it is an US number and +1 is added in front; if it has already 11 digits and begins with 1, only the "+" is added;
   d) in case that the Mobile Phone Number is void or has only spaces, the field Mobile Phone is not sent.
2. City: every word with the first letter capital and the rest small (e.g. "ALBA IULIA" -> "Alba Iulia").
3. Email: copied from the email of the client.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="liviu.campean@gmail.com", mobilephone="+40 744 555 012", city="ALBA IULIA"),
               hs(email="george.miller@millerfarms.com", mobilephone="1 (786) 555-0123", city="miami beach"),
               hs(email="ilona.kovacs@freemail.hu", mobilephone="  ", city="satu mare")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": omit_if_blank(r["mobilephone"], e164), "City": title(r["city"])})


@case("h167-08-facebook-campaign-only", H, L, """Good day,

From the Facebook campaign we want only the contacts whose Original Source is exactly PAID_SOCIAL. All the other contacts (other source, or void source) are not transferred in Salesforce this time.

For these leads:
1. Email - copy of the email.
2. Last Name - written completely with capital letters (Muresan -> MURESAN).
3. Description - the Company Name, then a space, a vertical bar and a space, then the Create Date in the format YYYY-MM-DD. Example: "Polar Logistics | 2023-12-05".

Kind regards,
Ioana Popescu
CRM Administrator""",
      extended(HS,
               hs(email="bogdan.sabau@sabau-transport.ro", lastname="Săbău", company="Sabau Transport",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-04-17T12:30:00.000Z"),
               hs(email="irina.dumitru@gmail.com", lastname="Dumitru", company="Cabinet Dumitru",
                  hs_analytics_source="PAID_SEARCH", createdate="2024-04-18T12:00:00.000Z"),
               hs(email="paul.german@german-imob.ro", lastname="German", company="German Imobiliare",
                  hs_analytics_source="", createdate="2024-05-02T11:00:00.000Z")))
def o08(r: R) -> Out:
    if r["hs_analytics_source"] != "PAID_SOCIAL":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"{r['company']} | {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h167-09-postal-address-for-policies", H, C, """Good day, Mr. Becker,

For the Contacts in Salesforce we need the address of correspondence, where we send the policies by post:
1. Street Address, City, Postal Code and Country/Region from HubSpot go in Mailing Street, Mailing City, Mailing Zip/Postal Code, respectively Mailing Country.
2. Also Email and Last Name, from the email and the last name of the client.
All of them are copied exactly, without any change; when a field is void in HubSpot, it is void in Salesforce also. The State/Region we do not need for the moment, eventually we will add it later.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="horia.marginean@gmail.com", lastname="Mărginean", address="", city="Cluj-Napoca",
                  zip="400001", country="Romania"),
               hs(email="adela.fodor@fodor.ro", lastname="Fodor", address="Str. Horea 12 ", city=" Dej", zip="  ",
                  country="")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h167-10-consent-flags", H, C, """Good day,

We need the two flags for the consent on the Salesforce Contact:
1. Email Opt Out:
   a) true when "Unsubscribed from all email" in HubSpot is "true";
   b) false when it is "false";
   c) false also when it is not completed.
2. Do Not Call:
   a) true when the client has no number at all, meaning that Phone Number and Mobile Phone Number are both void (or only spaces);
   b) false when at least one of the two is completed.
3. Email and Last Name are copied as they are.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="nicoleta.man@man.ro", lastname="Man", hs_email_optout="  ", phone="", mobilephone="  "),
               hs(email="victor.hossu@hossu.ro", lastname="Hossu", hs_email_optout="true", phone="   ",
                  mobilephone="0744 555 777"),
               hs(email="dana.pop@pop-consult.ro", lastname="Pop", hs_email_optout="false", phone="", mobilephone="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h167-11-calculator-contacts-last-name", H, C, """Good day, Mr. Becker,

In Salesforce the Last Name of the Contact is mandatory, but in HubSpot we have contacts from the online RCA calculator which have not completed it. Therefore:
1. Last Name will take the value of the Last Name from HubSpot;
   a) in case that it is void, the value of the Company Name;
   b) in case that also the Company Name is void, the part of the email before "@" (for ion.pop@gmail.com it is "ion.pop").
2. Email and First Name are copied without changes.

Kind regards,
Ioana Popescu""",
      extended(lower_emails(HS),
               hs(email="service@auto-someseni.ro", firstname="", lastname="", company="Auto Someseni"),
               hs(email="ion.pop@gmail.com", firstname="Ion", lastname="  ", company=" "),
               hs(email="raluca.b@yahoo.com", firstname="Raluca", lastname="", company="")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h167-12-romanian-country-names", H, C, """Good day,

In our actual Salesforce the countries are written in Romanian, so the Mailing Country of the Contact is completed from the Country/Region of HubSpot like this:
United States -> Statele Unite
Japan -> Japonia
Mexico -> Mexic
France -> Franta
Romania -> Romania
Hungary -> Ungaria
There are no other countries in our HubSpot, I have verified.

Also:
1. Mailing City = City written completely with capital letters (Cluj-Napoca -> CLUJ-NAPOCA). In case that the City is void, Mailing City is not sent.
2. Email = the email of the client, unchanged.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="corina.ursu@ursu.ro", country="Romania", city="cluj-napoca"),
               hs(email="zoltan.nagy@nagy.hu", country="Hungary", city="  "),
               hs(email="alin.sima@sima.ro", country="Romania", city="")))
def o12(r: R) -> Out:
    names = {"United States": "Statele Unite", "Japan": "Japonia", "Mexico": "Mexic", "France": "Franta",
             "Romania": "Romania", "Hungary": "Ungaria"}
    return keep({"Email": r["email"], "MailingCountry": names[r["country"]],
                 "MailingCity": omit_if_blank(r["city"], str.upper)})


@case("h167-13-consenting-clients-only", H, C, """Good day, Mr. Becker,

Only the clients who accept e-mails are to be transferred into the Salesforce Contacts, meaning the contacts with "Unsubscribed from all email" = "false". The contacts with "true", and those where this field is not completed, are not sent.

For the transferred contacts:
1. Email - the email of the client, written with small letters.
2. Mobile Phone = Mobile Phone Number from HubSpot; in case that it is not completed, the Phone Number. As they are, without formatting.
3. Lead Source = "Web" for all.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="Sebastian.Rusu@Rusu-Asig.RO", hs_email_optout="false", mobilephone="  ", phone="0264 555 019"),
               hs(email="Oana.Chis@Gmail.com", hs_email_optout="false", mobilephone="+40 722 555 301", phone=""),
               hs(email="Petru.Bota@Bota.ro", hs_email_optout="  ", mobilephone="0744 555 600", phone="")))
def o13(r: R) -> Out:
    if r["hs_email_optout"] != "false":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "LeadSource": "Web"}


@case("h167-14-recommendations-source-table", H, C, """Good day,

Next rule, for HubSpot -> Salesforce Contact:
1. First Name and Last Name: the first letter of each word capital, the others small.
2. Title = Job Title, with the spaces from the beginning and from the end removed.
3. Lead Source, from the Original Source:
   a) ORGANIC_SEARCH and DIRECT_TRAFFIC -> Web
   b) PAID_SEARCH and PAID_SOCIAL -> Advertisement
   c) REFERRALS -> Word of mouth (in our case these are mostly recommendations from other clients)
   d) OFFLINE -> Phone Inquiry
   e) any other source, or void -> Other
4. Email - copy.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="andrei.munteanu@munteanu.ro", firstname="ANDREI", lastname="munteanu",
                  jobtitle="  Agent asigurari ", hs_analytics_source="OFFLINE"),
               hs(email="simona.giurgiu@giurgiu.ro", firstname="simona ioana", lastname="GIURGIU", jobtitle="   ",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="marius.tarta@tarta.ro", firstname="Marius", lastname="Tarta", jobtitle="Director ",
                  hs_analytics_source="  ")))
def o14(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
             "PAID_SOCIAL": "Advertisement", "REFERRALS": "Word of mouth", "OFFLINE": "Phone Inquiry"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": table.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------ hubspot.contacts -> mailchimp.members


@case("h167-15-clienti-cluj-audience", H, M, """Good day, Mr. Becker,

Now the Mailchimp part. The HubSpot contacts go as members in the audience "Clienti Cluj":
1. Email Address = the email of the client.
2. FNAME and LNAME = First Name, respectively Last Name, copied as they are, also when they are void.
3. Status = "pending" for everybody (they receive the confirmation e-mail, because of GDPR).
4. Language = the Preferred language from HubSpot. For many contacts this property does not exist at all or is not completed; in this case the language will be "ro".

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="laszlo.szabo@szabo.hu", firstname="László", lastname="Szabó", hs_language="hu"),
               hs(email="cosmin.pal@pal.ro", firstname="", lastname="Pal", hs_language="  "),
               hs(email="anca.roman@roman.ro", firstname="Anca", lastname="", hs_language="en")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "pending", "language": dflt(r.get("hs_language"), "ro")}


@case("h167-16-status-transactional-when-unknown", H, M, """Good day,

For the Mailchimp members, the status is decided by "Unsubscribed from all email" from HubSpot:
a) "true" -> unsubscribed
b) "false" -> subscribed
c) not completed (void or only spaces) -> transactional, so that they receive only the e-mails about their policies, not the newsletter.
Every member will receive one tag, "HubSpot Cluj" (only this tag).
The Email Address is the email of the client, as it is.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="dorin.hategan@hategan.ro", hs_email_optout="  "),
               hs(email="alina.coman@coman.ro", hs_email_optout="false")))
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "transactional" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Cluj"]}


@case("h167-17-corporate-and-cmr-tags", H, M, """Good day, Mr. Becker,

We want that the Mailchimp members have tags according to the following rules:
1. Annual Revenue greater than 3 000 000 -> tag "Corporate". If the Annual Revenue is void, this tag is not put.
2. Industry exactly "Logistics" -> tag "Transport CMR" (for the insurance of the goods).
If both rules apply, the member gets both tags, first "Corporate" and then "Transport CMR". If none applies, the tags will be an empty list.
Email Address = email, unchanged.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="dispecerat@trans-feleac.ro", annualrevenue="  ", industry="Logistics"),
               hs(email="office@carpatica-cargo.ro", annualrevenue="3500000", industry="Logistics"),
               hs(email="contact@tipografia-cluj.ro", annualrevenue="2999999.99", industry="Printing")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Corporate")
    if r["industry"] == "Logistics":
        tags.append("Transport CMR")
    return {"email_address": r["email"], "tags": tags}


@case("h167-18-sms-first-word-phone-e164", H, M, """Good day,

For the SMS campaign in Mailchimp:
1. FNAME = only the first word from the First Name (for "Ana Maria" we want "Ana").
2. PHONE = the Phone Number from HubSpot; in case that it is not completed, the Mobile Phone Number. The number is written in E.164: "+" followed by the country code and only digits. A number which begins with "+" keeps its country code; a number without "+" is considered from USA and receives +1 in front (if it has 11 digits and the first is 1, the 1 is already the country code, so only "+" is added).
3. Email Address = the email of the client.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="ana.maria.cret@gmail.com", firstname="Ana Maria", phone="  ", mobilephone="(305) 555-0143"),
               hs(email="radu.filip@filip.ro", firstname="Radu", phone="+40 264 555 090", mobilephone=""),
               hs(email="john.avram@avram-us.com", firstname="John Paul", phone="1-312-555-0166",
                  mobilephone="+40 744 555 999")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h167-19-newsletter-needs-last-name", H, M, """Good day, Mr. Becker,

In the newsletter we address the clients with "Dear Mr./Mrs. <last name>", so the contacts which have the Last Name void (or only spaces) are not sent to Mailchimp at all.

For the rest:
1. Email Address = email from HubSpot.
2. Status = subscribed, for all.
3. VIP = true when the Lifecycle Stage is customer; for any other stage, and also when the stage is not completed, VIP = false.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="client.fara.nume@gmail.com", lastname="", lifecyclestage="customer"),
               hs(email="mircea.avram@avram.ro", lastname="   ", lifecyclestage="lead"),
               hs(email="livia.rad@rad.ro", lastname="Rad", lifecyclestage="")))
def o19(r: R) -> Out:
    if blank(r["lastname"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["lifecyclestage"] == "customer"}


@case("h167-20-lname-falls-back-to-domain", H, M, """Good day,

Mailchimp members from HubSpot, for another audience:
1. FNAME = First Name, each word with the first letter capital and the rest small.
2. LNAME = Last Name exactly as it is in HubSpot (without changing the letters). In case that the Last Name is void, LNAME will take the domain of the email, meaning what is after "@" (for office@asigurari-somes.ro -> asigurari-somes.ro), so that the companies registered only with the email have something there.
3. VIP = true when the Annual Revenue is greater than 5 000 000, otherwise false. Void Annual Revenue = false.
4. Email Address = email.

Kind regards,
Ioana Popescu""",
      extended(lower_emails(HS),
               hs(email="office@asigurari-somes.ro", firstname="MIHAI ANDREI", lastname="  ", annualrevenue="5000000.5"),
               hs(email="diana.crisan@crisan.ro", firstname="diana", lastname="crisan", annualrevenue="  "),
               hs(email="contact@ferma-valea.ro", firstname="Vlad", lastname="", annualrevenue="4999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]),
                             "LNAME": first_filled(r["lastname"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 5_000_000)}


# ------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h167-21-identify-romanian-name-order", H, S, """Good day, Mr. Becker,

For Segment (identify) from the HubSpot contacts:
1. userId = the email of the client, all with small letters.
2. traits.email = the email exactly as it is in HubSpot.
3. traits.title = Job Title, copied, also when it is void.
4. traits.name = Last Name, a space, then First Name (in the Romanian order, for example "Popescu Ioana").

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="Ovidiu.Sandor@Sandor-Broker.RO", firstname="Ovidiu", lastname="Sandor", jobtitle=""),
               hs(email="CARMEN.LUPU@GMAIL.COM", firstname="Carmen", lastname="Lupu", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "title": r["jobtitle"],
                       "name": f"{r['lastname']} {r['firstname']}"}}


@case("h167-22-company-trait-object", H, S, """Good day,

In Segment we want the data of the company as nested object, under traits.company:
a) traits.company.name = Company Name; in case that it is void, it is to be completed with "Persoana fizica";
b) traits.company.industry = Industry; when the Industry is void, this trait is not sent;
c) traits.company.employee_count = Number of Employees as integer; when it is void, it is not sent.
userId = the email of the client, unchanged.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="emil.pascu@gmail.com", company="  ", industry="  ", numemployees="  "),
               hs(email="office@napoca-construct.ro", company="Napoca Construct", industry="Construction",
                  numemployees="320")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Persoana fizica"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h167-23-address-state-and-phone-trait", H, S, """Good day, Mr. Becker,

Segment identify, the address and the phone:
1. Under traits.address:
   a) street = Street Address, city = City, postalCode = Postal Code - copied as they are;
   b) state = State/Region, but only if it is completed; a void State/Region is not sent.
2. traits.phone = Phone Number; in case that it is not completed, the Mobile Phone Number. Format E.164: "+" and the digits; a number beginning with "+" keeps its own country code; without "+" it is US and receives +1 (for 11 digits beginning with 1, only "+" is added). When both numbers are void, traits.phone is not sent.
3. userId = email.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="tudor.bocsa@bocsa.ro", address="", city="Florești", zip="407280", state="CJ", phone="  ",
                  mobilephone=""),
               hs(email="kate.olsen@olsenfarm.com", address="12 Oak Rd", city="Madison", zip="53703", state="  ",
                  phone="", mobilephone="1 (608) 555-0175")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h167-24-clean-userid-optout-revenue", H, S, """Good day,

Some emails in HubSpot were typed by the agents with spaces and with capital letters. For Segment:
1. userId = email, with the spaces at the beginning and at the end removed and with all letters small.
2. traits.industry = Industry, copy.
3. traits.email_optout (boolean, true/false) = true when "Unsubscribed from all email" is "true", false when it is "false". When it is not completed we consider that we have no consent, so it will be true.
4. traits.annual_revenue = Annual Revenue as number; when it is void, the trait is not sent.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email=" Ana.Pop@Yahoo.COM  ", hs_email_optout="  ", annualrevenue="  ", industry=""),
               hs(email="Calin.Moga@Moga.ro ", hs_email_optout="false", annualrevenue="750000.50",
                  industry="Agriculture")))
def o24(r: R) -> Out:
    v = r["hs_email_optout"]
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "email_optout": v == "true" or blank(v),
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h167-25-ga4-contact-crm-event", H, G, """Good day, Mr. Becker,

For GA4 (Measurement Protocol), from every HubSpot contact one event:
1. client_id = the email of the client, as it is.
2. The name of the event is always "contact_crm".
3. Parameters of the event:
   a) office = "cluj" (the same value for all);
   b) industry = the Industry written with small letters; in case that the Industry is void, the parameter will take the value "nespecificat";
   c) created = the Create Date, only the date, in the format YYYY-MM-DD.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="silvia.toth@toth.ro", industry="  ", createdate="2024-06-18T12:10:00.000Z"),
               hs(email="office@agro-turda.ro", industry="AGRICULTURE", createdate="2024-09-03T13:00:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": r["email"],
            "events": [{"name": "contact_crm",
                        "params": {"office": "cluj", "industry": "nespecificat" if blank(ind) else ind.lower(),
                                   "created": day(r["createdate"])}}]}


@case("h167-26-ga4-corporate-clients", H, G, """Good day,

Second GA4 event, only for the corporate clients: we send only the contacts with Annual Revenue greater than 1 000 000. When the Annual Revenue is void, the contact is not sent.
1. client_id = the part of the email before "@".
2. Event name = "client_corporate", always.
3. Parameters: value = the Annual Revenue as number; currency = "EUR" for all.

Kind regards,
Ioana Popescu""",
      extended(lower_emails(HS),
               hs(email="office@electrica-nord.ro", annualrevenue="1000000.5"),
               hs(email="ioana.bara@gmail.com", annualrevenue="  "),
               hs(email="contact@cofetaria-mica.ro", annualrevenue="999999")))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "client_corporate", "params": {"value": num(r["annualrevenue"]), "currency": "EUR"}}]}


@case("h167-27-ga4-event-by-unsubscribe", H, G, """Good day, Mr. Becker,

Third GA4 event. The name of the event depends on "Unsubscribed from all email":
a) when it is "true", the event is "contact_dezabonat";
b) in all the other cases ("false" or not completed), the event is "contact_activ".
client_id = email, unchanged.
Parameters:
a) job = Job Title; in case that it is void, "necunoscut";
b) country = Country/Region, copied as it is.

Kind regards,
Ioana Popescu""",
      extended(HS,
               hs(email="felicia.mures@mures.ro", hs_email_optout="true", jobtitle="  ", country="Romania"),
               hs(email="stefan.olah@olah.ro", hs_email_optout="  ", jobtitle="Contabil", country="")))
def o27(r: R) -> Out:
    name = "contact_dezabonat" if r["hs_email_optout"] == "true" else "contact_activ"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job": dflt(r["jobtitle"], "necunoscut"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h167-28-leads-back-one-to-one", L, H, """Good day,

Now the opposite direction: the Leads from Salesforce go in HubSpot as contacts. The fields are copied one to one, without any change, and a field which is empty remains empty:
- Email -> Email
- First Name -> First Name
- Last Name -> Last Name
- Company -> Company Name
- Title -> Job Title
- Phone -> Phone Number
- Street, City, Zip/Postal Code and Country go in Street Address, City, Postal Code, respectively Country/Region.

Kind regards,
Ioana Popescu""",
      extended(SFL,
               sfl(Email="gavril.cozma@cozma.ro", FirstName="Gavril", LastName="Cozma", Company="", Title="  ", Phone="",
                   Street="Str. Motilor 5", City=" Gherla", PostalCode="", Country="Romania")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h167-29-lead-status-table-optout-text", L, H, """Good day, Mr. Becker,

For the Leads which go from Salesforce to HubSpot, the Lead Status of HubSpot is completed from the Lead Status of Salesforce:
Open - Not Contacted -> NEW
Working - Contacted -> ATTEMPTED_TO_CONTACT
Closed - Converted -> OPEN_DEAL
Closed - Not Converted -> BAD_TIMING
(in Salesforce we use only these four values)
"Unsubscribed from all email" will take the text "true" if Email Opt Out is checked on the lead, respectively "false" if it is not checked.
Email -> email, as it is.

Kind regards,
Ioana Popescu""",
      extended(SFL,
               sfl(Email="octavian.rus@rus.ro", Status="Closed - Not Converted", HasOptedOutOfEmail=True),
               sfl(Email="lucia.hada@hada.ro", Status="Working - Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
             "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "BAD_TIMING"}
    return {"email": r["Email"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h167-30-rating-to-stage-revenue-number", L, H, """Good day,

Salesforce Lead -> HubSpot contact:
1. Lifecycle Stage from the Rating: Hot -> opportunity, Warm -> salesqualifiedlead, Cold -> lead. (Other ratings we do not have.)
2. Annual Revenue = the Annual Revenue of the lead as number. If it is void, Annual Revenue is not sent.
3. Email = Email with all the letters small.

Kind regards,
Ioana Popescu""",
      extended(SFL,
               sfl(Email="Valentin.Iancu@Iancu-Group.RO", Rating="Warm", AnnualRevenue="  "),
               sfl(Email="Roxana.Deac@Deac.ro", Rating="Cold", AnnualRevenue="420000.25")))
def o30(r: R) -> Out:
    table = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h167-31-london-partner-uk-only", L, H, """Good day, Mr. Becker,

Our partner from London (a Lloyd's broker) wants only the UK leads. So only the leads with Country = "United Kingdom" go in HubSpot; the others not.
1. Phone Number = Phone in E.164 for United Kingdom: only the digits, the first 0 is removed and +44 is put in front (020 7946 0321 -> +442079460321). If the number begins already with "+", it keeps its code, only the digits after the "+".
2. Postal Code = Zip/Postal Code written with capital letters.
3. Job Title = Title; in case that the Title is void, "Not specified".
4. Email = Email.

Kind regards,
Ioana Popescu""",
      extended(SFL,
               sfl(Email="james.hart@hartmarine.co.uk", Country="United Kingdom", Phone="07911 123456",
                   PostalCode="ec3m 7ha", Title="  "),
               sfl(Email="sarah.cole@colebrokers.co.uk", Country="United Kingdom", Phone="+44 131 496 0001",
                   PostalCode="eh1 1yz", Title="Underwriter"),
               sfl(Email="mihai.vaida@vaida.ro", Country="Romania", Phone="0264 555 120", PostalCode="400100")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not specified")}


@case("h167-32-skip-converted-title-company", L, H, """Good day,

For the Leads -> HubSpot please exclude the leads with Lead Status "Closed - Converted" (they are already clients and exist in HubSpot). All the others are transferred.
1. Job Title = Title, then " / ", then Company (example: "CEO / Baobab Energy"). In case that the Title is void, the Job Title is only the Company, without " / ".
2. Country/Region = Country; if the Country is not completed, it is to be completed with "Romania".
3. Email = Email.

Kind regards,
Ioana Popescu""",
      extended(SFL,
               sfl(Email="adrian.costea@costea.ro", Status="Open - Not Contacted", Title="  ", Company="Costea Impex",
                   Country="  "),
               sfl(Email="bianca.nemes@nemes.ro", Status="Working - Contacted", Title="Administrator",
                   Company="Nemes Farm", Country=""),
               sfl(Email="cornel.sas@sas.ro", Status="Closed - Converted", Title="Owner", Company="Sas Auto",
                   Country="Romania")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    job = r["Company"] if blank(r["Title"]) else f"{r['Title']} / {r['Company']}"
    return {"email": r["Email"], "jobtitle": job, "country": dflt(r["Country"], "Romania")}


# ----------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case("h167-33-sync-tag-plus-online", C, M, """Good day, Mr. Becker,

Salesforce Contacts -> Mailchimp members:
1. Email Address = Email, with small letters.
2. Status: when Email Opt Out is checked -> unsubscribed; when it is not checked -> subscribed.
3. Tags: every member has the tag "Sincronizare SF"; in case that the Lead Source is "Web", the tag "Online" is added after it. For other Lead Source (and also when it is void), only "Sincronizare SF".

Kind regards,
Ioana Popescu""",
      extended(SFC,
               sfc(Email="Daniela.Ciobanu@Ciobanu.RO", LeadSource="Web", HasOptedOutOfEmail=True),
               sfc(Email="cezar.iuga@iuga.ro", LeadSource="  ", HasOptedOutOfEmail=False)))
def o33(r: R) -> Out:
    tags = ["Sincronizare SF"] + (["Online"] if r["LeadSource"] == "Web" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h167-34-sms-audience-country-language", C, M, """Good day,

For the SMS audience from the Salesforce Contacts: the contacts which have the Business Phone void (or only spaces) are excluded, they are not sent to Mailchimp.
1. PHONE = Business Phone in E.164: "+" and digits; with "+" at the beginning it keeps its country code; without "+" it is US and gets +1 in front; 11 digits beginning with 1 - only "+" in front.
2. Language, from the Mailing Country:
   Germany -> de
   Austria -> de
   United States -> en
   Romania -> ro
   Hungary -> hu
   (other countries we do not have in Salesforce)
3. Email Address = Email.

Kind regards,
Ioana Popescu""",
      extended(SFC,
               sfc(Email="horatiu.todea@todea.ro", Phone="+40 264 555 777", MailingCountry="Romania"),
               sfc(Email="eva.balogh@balogh.hu", Phone="   ", MailingCountry="Hungary"),
               sfc(Email="mark.dunn@dunnins.com", Phone="1-503-555-0100", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Romania": "ro", "Hungary": "hu"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h167-35-management-newsletter-ceo-vip", C, M, """Good day, Mr. Becker,

Salesforce Contact -> Mailchimp, for the newsletter of the management:
1. FNAME = First Name; in case that it is void, "Client".
2. LNAME = Last Name, copy (also when void).
3. VIP = true when the Title is exactly "CEO"; for any other title, and when the Title is void, false.
4. Language = "ro" for everybody.
5. Email Address = Email.

Kind regards,
Ioana Popescu""",
      extended(SFC,
               sfc(Email="director@somes-asig.ro", FirstName="", LastName="Bălan", Title="CEO"),
               sfc(Email="razvan.onu@onu.ro", FirstName="  ", LastName="", Title="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Client"), "LNAME": r["LastName"]},
            "vip": r["Title"] == "CEO", "language": "ro"}


@case("h167-36-expo-fair-contacts-clear-tags", C, M, """Good day,

After the fair "Asigurari Expo" we want in Mailchimp only the Salesforce Contacts with Lead Source "Trade Show"; all the others are not sent.
1. Email Address, FNAME, LNAME = Email, First Name, respectively Last Name, copied.
2. Status = pending and Email type = html, for all.
3. Tags = empty list ([]), because we want to delete the old tags of these members.

Kind regards,
Ioana Popescu""",
      extended(SFC,
               sfc(Email="monica.tamas@tamas.ro", FirstName="Monica", LastName="", LeadSource="Trade Show"),
               sfc(Email="viorel.ban@ban.ro", FirstName="Viorel", LastName="Ban", LeadSource="Web")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "pending", "email_type": "html", "tags": []}


# ------------------------------------------------------------ salesforce.Contact -> segment.identify


@case("h167-37-identify-department-optional", C, S, """Good day, Mr. Becker,

Salesforce Contact -> Segment identify:
1. userId = Email with small letters.
2. traits.firstName and traits.lastName = First Name, respectively Last Name, copied (also when void).
3. traits.department = Department, only when it is completed; when the Department is void, this trait is not sent.

Kind regards,
Ioana Popescu""",
      extended(SFC,
               sfc(Email="Aurel.Bud@Bud.RO", FirstName="Aurel", LastName="", Department="  "),
               sfc(Email="SANDA.GROZA@GROZA.RO", FirstName="", LastName="Groza", Department="Daune")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "department": omit_if_blank(r["Department"])}})


@case("h167-38-address-city-default-cluj", C, S, """Good day,

Segment, the address of the Salesforce Contact, under traits.address:
a) city = Mailing City; in case that it is void, it is to be completed with "Cluj-Napoca". When it is completed, it is copied as it is.
b) country = Mailing Country, with the spaces from the beginning and from the end removed.
userId = Email, unchanged.

Kind regards,
Ioana Popescu""",
      extended(SFC,
               sfc(Email="iulia.sarb@sarb.ro", MailingCity="  ", MailingCountry=" Romania "),
               sfc(Email="nelu.dragos@dragos.ro", MailingCity=" Dej", MailingCountry="Romania")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Cluj-Napoca"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h167-39-phone-name-channel", C, S, """Good day, Mr. Becker,

Segment identify from the Salesforce Contacts:
1. userId = Email.
2. traits.phone = Business Phone in E.164 ("+" and digits; the numbers without "+" are US, +1 in front, except those with 11 digits beginning with 1, which receive only "+"; the numbers with "+" keep their code).
3. traits.name = First Name + space + Last Name.
4. traits.channel, from the Lead Source:
   a) Web -> online
   b) Trade Show -> eveniment
   c) Partner Referral -> partener
   d) any other value, or void -> altul

Kind regards,
Ioana Popescu""",
      extended(SFC,
               sfc(Email="rares.boca@boca.ro", FirstName="Rareș", LastName="Boca", LeadSource="Partner Referral",
                   Phone="+40 744 555 321"),
               sfc(Email="tom.hale@haleins.com", FirstName="Tom", LastName="Hale", LeadSource="Purchased List",
                   Phone="1 971 555 0188")))
def o39(r: R) -> Out:
    channel = {"Web": "online", "Trade Show": "eveniment", "Partner Referral": "partener"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "altul")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h167-40-members-names-unknown-optout", M, H, """Good day,

Mailchimp members -> HubSpot contacts:
1. Email = Email Address.
2. First Name = FNAME, each word with the first letter capital, the rest small.
3. Last Name = LNAME, also with the first letter of each word capital and the rest small; in case that LNAME is void, "Necunoscut".
4. Phone Number = PHONE as it is; when PHONE is void, the Phone Number is not sent.
5. "Unsubscribed from all email" = the text "true" when the Mailchimp status is unsubscribed or cleaned, and the text "false" for all the other statuses.

Kind regards,
Ioana Popescu""",
      extended(MC,
               mc({"FNAME": "ADRIANA ELENA", "LNAME": "  ", "PHONE": "  "}, email_address="adriana.elena@gmail.com",
                  status="pending"),
               mc({"FNAME": "sergiu", "LNAME": "MOLDOVAN", "PHONE": "0744 555 212"},
                  email_address="sergiu.moldovan@moldovan.ro", status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": "Necunoscut" if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h167-41-skip-unsubscribed-vip-open-deal", M, H, """Good day, Mr. Becker,

From Mailchimp to HubSpot, the members with status unsubscribed are not transferred.
1. Phone Number = PHONE in E.164 (+1 for the numbers without "+"; 11 digits beginning with 1 - only "+"; with "+" the own code is kept). When PHONE is void, the Phone Number is not sent.
2. Company Name = COMPANY, copy.
3. Lead Status: for the VIP members OPEN_DEAL, for the others NEW.
4. Email = Email Address.

Kind regards,
Ioana Popescu""",
      extended(MC,
               mc({"PHONE": "+40 745 555 118", "COMPANY": "Agro Feleac"}, email_address="office@agrofeleac.ro",
                  status="subscribed", vip=True),
               mc({"PHONE": "1 (917) 555-0100", "COMPANY": ""}, email_address="rob.king@kingmail.com",
                  status="pending", vip=False),
               mc({"PHONE": "(212) 555-0190"}, email_address="former.client@oldmail.com", status="unsubscribed",
                  vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": omit_if_blank(mf["PHONE"], e164), "company": mf["COMPANY"],
                 "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW"})


@case("h167-42-first-word-domain-customer-tag", M, H, """Good day,

Last one for this week, Mailchimp -> HubSpot:
1. First Name = the first word of FNAME ("Maria Elena" -> "Maria").
2. Company Name = COMPANY; when it is void, the domain of the e-mail (what is after "@").
3. Lifecycle Stage = customer when the member has the tag "Customer" (exactly like this, with capital C); otherwise subscriber.
4. Email = Email Address.

Kind regards,
Ioana Popescu""",
      extended(MC,
               mc({"FNAME": "Maria Elena", "COMPANY": "  "}, email_address="maria.elena@florariaelena.ro",
                  tags=["Webinar", "Customer"]),
               mc({"FNAME": "Horea", "COMPANY": ""}, email_address="horea@tipografia-horea.ro", tags=["customer"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set167")
