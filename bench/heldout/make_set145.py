"""Held-out set 145 for the offline mapping drafter.

Persona: Priya, a marketing-ops manager, does not write her mappings down at all: she records a
Loom video with the two record layouts side by side on screen, talks through each field while
pointing at it, and pastes Loom's auto-generated transcript in as the request. So the text is
speech, not prose: timestamps ('0:00', '0:14', ...) sit on their own lines or open a line,
sentences start with 'okay so', 'um', 'so', 'you know', and she corrects herself out loud
('it goes to, uh, no wait, ... sorry, ...') before settling on the final instruction. She
points at the screen ('this one here, the one called Original Source'), mixes HubSpot and
Salesforce labels with API names and casual names, spells out capitals and punctuation when a
literal value matters ('capital N, capital P'), says numbers as words now and then ('three
million', 'a hundred'), and lets through the odd transcription slip on a field name that any
reader sees past (at most one per text). Every recording ends with a sign-off ('anyway, that's
it, let me know'). However much she wanders, the last word on each field is clear and complete.

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


@case("h145-01-webinar-leads-straight-across", H, L, """0:00
Okay so, um, hi. This is the HubSpot contacts into Salesforce Leads mapping. Let me just... okay, you should see my screen now.
0:09
So on the left is the HubSpot contact record and on the right is the lead page layout. Email goes to Email. First name goes to First Name, last name to Last Name, the company name goes to Company, and, um, this one here, Phone Number, so the office phone, goes to the lead's Phone.
0:31
And all of those are just, you know, straight copies. Whatever is in HubSpot goes over exactly like that, no trimming, no fixing capitals, nothing. If a field is empty in HubSpot then it's empty on the lead too, don't put anything in its place.
0:47
Um, and then Lead Source, that's this dropdown down here. Every single lead from this sync gets Lead Source set to Seminar - Internal, so, seminar, space, dash, space, internal, exactly how it shows in the picklist. Same value for everybody, because this whole batch is our webinar signups.
1:05
Anyway, that's it, let me know if anything looks off.""",
      extended(HS,
               hs(email="rui.costa@lisbonlabs.pt", firstname="Rui", lastname="Costa", company="", phone=""),
               hs(email="hanna.berg@nordkap.no", firstname=" Hanna", lastname="Berg ", company="  Nordkap AS",
                  phone="  ")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "LeadSource": "Seminar - Internal"}


@case("h145-02-trimmed-names-unknown-company", H, L, """0:00
Hey, okay so this is the second one, still HubSpot into Salesforce Leads.
0:05
So, um, email goes to Email, just as it is.
0:10
First name and last name go to First Name and Last Name, but trim them, because the CSV import left spaces at the start and the end of a bunch of names.
0:21
Company name goes to Company, also trimmed, and if the company is empty, um, put N/A, no wait, sorry, Salesforce validation hates that, put Unknown. Unknown with a capital U. So it's the trimmed company, or Unknown when there isn't one.
0:40
Then the job tidal, this field here, Job Title, goes to Title. Don't trim that one, leave it exactly how it is, but if it's empty put Not Provided, capital N, capital P.
0:54
And city goes to City, straight copy, and if it's empty it just stays empty, no default there.
1:01
Oh and for both of those defaults, empty means, you know, nothing there or only spaces. Okay, that's it, thanks!""",
      extended(HS,
               hs(email="ana.souto@vigo-mar.es", firstname="  Ana ", lastname=" Souto", company="  ", jobtitle="",
                  city=""),
               hs(email="owen.hale@prairiegrain.com", firstname="Owen", lastname="Hale  ", company=" Prairie Grain ",
                  jobtitle="  Agronomist ", city="Omaha"),
               hs(email="lise.roy@quaiouest.fr", firstname="Lise", lastname="Roy", company="Quai Ouest",
                  jobtitle="   ", city="  ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown").strip(), "Title": dflt(r["jobtitle"], "Not Provided"),
            "City": r["city"]}


@case("h145-03-office-then-mobile-or-nothing", H, L, """0:00 Okay so, um, this is the HubSpot to Salesforce lead one with the phone numbers.
0:06 So email goes to Email, as is.
0:10 First name and last name go to First Name and Last Name, and I want those in title case, so, like, a capital first letter on every word and the rest lowercase, because half of these came in all caps.
0:24 City goes to the lead's City, also title case, same thing.
0:30 Now the phone. So the phone goes to, uh, MobilePhone? No, sorry, no. It goes to the lead's regular Phone field. And the value is the office phone, this one, Phone Number. If that's empty, then use the mobile phone number instead. And if they're both empty, um, just leave Phone off the lead completely, don't send it at all.
0:55 Empty here includes fields that are only spaces. And no formatting on the phone, it goes as it is.
1:02 Anyway, that's it, let me know.""",
      extended(HS,
               hs(email="ana.maria.silva@paulistatech.br", firstname="ANA MARIA", lastname="SILVA", city="SAO PAULO",
                  phone="  ", mobilephone=""),
               hs(email="jake.morrow@frontrange.co", firstname="jake", lastname="MORROW", city="denver", phone="",
                  mobilephone="(303) 555-0144"),
               hs(email="ruth.ames@cobaltbay.com", firstname="Ruth", lastname="ames", city="san diego",
                  phone="  ", mobilephone="   ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h145-04-rating-from-lifecycle", H, L, """0:00
Okay, so, hi! This is the rating mapping, HubSpot contacts into Salesforce Leads.
0:07
So first, email goes to Email, but lowercase the whole thing, because our duplicate matching in Salesforce is case sensitive, don't ask.
0:17
And then, um, Rating. So you can see on screen here the Lifecycle Stage in HubSpot. If the lifecycle stage is salesqualifiedlead, Rating is Hot. If it's opportunity, also Hot. If it's marketingqualifiedlead, Rating is Warm.
0:36
And anything else, so lead, subscriber, customer, whatever, and also if the lifecycle stage is blank, then Rating is Cold.
0:46
Those are the internal values, you know, all lowercase, one word, the way the API gives them to you, not the pretty labels.
0:54
Anyway, that's it. Those are the only two fields on the lead for this one. Let me know!""",
      extended(HS,
               hs(email="Tariq.Aziz@DuneWorks.AE", lifecyclestage=""),
               hs(email="MEI.LIN@JADEHARBOR.SG", lifecyclestage="opportunity"),
               hs(email="Pablo.Ruiz@Andes.CL", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    rating = {"salesqualifiedlead": "Hot", "opportunity": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": rating.get(r["lifecyclestage"], "Cold")}


@case("h145-05-skip-other-stage-and-offline", H, L, """0:00
Okay so this is the, um, the HubSpot to Salesforce Lead sync. The main one.
0:07
So there are two kinds of contacts we skip completely. First, anyone whose lifecycle stage is other, like literally the value other. Skip them. Second, anyone whose original source, that's this one here, Original Source, is OFFLINE. Skip those too, they came off the trade show badge scanner and sales already has them.
0:31
If the original source is empty, that's not OFFLINE, so those contacts do go through.
0:38
For everybody else: email to Email, first name to First Name, last name to Last Name, company name to Company. Just copy them, um, you know, exactly as they are, and empty stays empty.
0:53
And the lead's Status, Lead Status, is always Open - Not Contacted. Every one of them, hard-coded.
1:01
Okay, that's it, let me know.""",
      extended(HS,
               hs(email="gil.amar@negevsolar.il", firstname="Gil", lastname="Amar", lifecyclestage="other"),
               hs(email="rosa.vidal@tarragona.es", firstname="Rosa", lastname="Vidal", hs_analytics_source="OFFLINE",
                  lifecyclestage="lead"),
               hs(email="ike.owens@bluefin.com", firstname="Ike", lastname="Owens", company="", hs_analytics_source="",
                  lifecyclestage="lead")))
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "other" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h145-06-rating-bands-employee-count", H, L, """0:00
Okay so this one's about the lead rating. HubSpot contacts to Salesforce Leads.
0:06
Email to Email, as is.
0:10
Then Rating, based on annual revenue. So if the annual revenue is more than three million, Rating is Hot. If it's less than one million, Rating is Cold. Anything in between those two is Warm.
0:26
And if annual revenue is empty, um, so we just don't know, then Warm. Blank is Warm.
0:34
And then number of employees, this field, Number of Employees, goes to the lead's Employees field, NumberOfEmployees, as a whole number, an integer, not text. And if number of employees is empty, um, leave NumberOfEmployees off the lead, don't send it.
0:53
Empty means empty or just spaces, for both of them. Anyway, that's it, let me know if you have questions.""",
      extended(HS,
               hs(email="cora.nash@elmridge.com", annualrevenue="999999.99", numemployees="75"),
               hs(email="abel.ferro@portoaco.pt", annualrevenue="  ", numemployees="  "),
               hs(email="nia.grant@summitpeak.com", annualrevenue="3000000.01", numemployees="1200")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None:
        rating = "Warm"
    elif v > 3_000_000:
        rating = "Hot"
    elif v < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h145-07-mobile-e164-title-case", H, L, """0:00
Hi! Okay so, um, this is the mobile numbers one. HubSpot contacts into Salesforce Leads.
0:07
So email goes to Email, untouched.
0:11
First name, last name and city go to First Name, Last Name and City, all three in title case, so each word gets a capital first letter and the rest is lowercase.
0:23
Then the mobile. So the phone goes to, uh, wait, no, the mobile, sorry, the mobile number goes to MobilePhone. The HubSpot field is this one, Mobile Phone Number, and it goes into the lead's MobilePhone in E.164 format. So a plus sign, the country code, then just the digits, no spaces or dashes or brackets.
0:46
We're a US team, so assume plus one. Unless the number already starts with a plus, then it keeps its own country code. And if it's eleven digits starting with a one, it already has the country code, so don't add another one.
1:02
If the mobile is empty, or just spaces, then don't send MobilePhone at all. And the office phone isn't part of this one.
1:10
Anyway, that's it, let me know.""",
      extended(HS,
               hs(email="jose.luis.pena@mesaroja.com", firstname="JOSE LUIS", lastname="PENA", city="EL PASO",
                  mobilephone="1-415-555-0108"),
               hs(email="tess.albright@corkwood.com", firstname="tess", lastname="albright", city="tucson",
                  mobilephone="  ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h145-08-mql-sql-description-line", H, L, """0:00
Okay so, um, this is the one for the SDR team. HubSpot contacts to Salesforce Leads.
0:07
So we only send MQLs and SQLs. The lifecycle stage has to be marketingqualifiedlead or salesqualifiedlead. Anything else, we don't send it at all.
0:19
Then email to Email, last name to Last Name, company name to Company. Those are straight copies.
0:27
State, this one, State/Region, goes to the lead's State in uppercase. So like lowercase n y becomes NY.
0:36
And then Description. So Description is, um, the original source, then a space, a slash, a space, then the word created, a space, and the create date, just the date part, year dash month dash day. So on screen it would look like ORGANIC_SEARCH / created 2023-03-14. The source goes in exactly how HubSpot has it, all caps with the underscore.
1:02
Okay, that's it. Let me know if anything's unclear.""",
      extended(HS,
               hs(email="liv.dahl@harborlight.com", lastname="Dahl", company="Harborlight", state="ny",
                  lifecyclestage="marketingqualifiedlead", hs_analytics_source="EMAIL_MARKETING",
                  createdate="2024-04-18T12:00:00.000Z"),
               hs(email="ned.vance@pugetworks.com", lastname="Vance", company="Puget Works", state="wa",
                  lifecyclestage="lead"),
               hs(email="ora.banks@alamoline.com", lastname="Banks", company="Alamo Line", state="tx",
                  lifecyclestage="salesqualifiedlead", hs_analytics_source="DIRECT_TRAFFIC",
                  createdate="2022-08-01T13:30:00.000Z")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "State": r["state"].upper(),
            "Description": f"{r['hs_analytics_source']} / created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h145-09-mailing-address-copies", H, C, """0:00
Okay, so, hi. HubSpot contacts into Salesforce Contacts. This is the address one.
0:06
Email to Email. First name to First Name, last name to Last Name.
0:13
Then the address block, down here. Street Address goes to Mailing Street. City to Mailing City. State/Region to Mailing State. Then the zip coat, the postal code, goes to Mailing Zip/Postal Code. And Country/Region goes to Mailing Country.
0:32
All of them just, you know, copied straight over. No trimming or anything, and if it's empty in HubSpot it goes over as empty.
0:41
Um, yeah. That's it, let me know.""",
      extended(HS,
               hs(email="wade.lusk@ozarkfarm.com", firstname="Wade", lastname="Lusk", address="", city="Springfield",
                  state="", zip="", country="United States"),
               hs(email="elke.maas@rijnhaven.nl", firstname="Elke", lastname="Maas", address="  Kade 4 ",
                  city="Rotterdam", state="  ", zip="3011 AA", country="Netherlands")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h145-10-optout-unknown-means-out", H, C, """0:00
Okay so this one is two checkboxes on the Salesforce Contact. The source is HubSpot contacts.
0:08
Email goes to Email, as is.
0:12
First checkbox, Email Opt Out, so HasOptedOutOfEmail. In HubSpot there's this one, Unsubscribed from all email, which holds the text true or false. If it says false, the checkbox is false. If it says true, the checkbox is true. And, um, if it's empty, the checkbox is true as well. Legal wants us to treat not knowing as opted out.
0:38
Second one, Do Not Call. Do Not Call is true when the mobile phone number is empty, because we only ever call mobiles. If there is a mobile, Do Not Call is false. The office phone doesn't matter for this at all.
0:55
And these are real true/false booleans, not text. Oh and empty also means just spaces. Anyway, that's it, let me know.""",
      extended(HS,
               hs(email="pia.sorensen@fynbo.dk", hs_email_optout="  ", mobilephone="   "),
               hs(email="rohan.das@tealgrove.in", hs_email_optout="false", mobilephone="+1 512 555 0133"),
               hs(email="lou.baker@crumbco.com", hs_email_optout="", mobilephone="(512) 555-0190")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
            "DoNotCall": blank(r["mobilephone"])}


@case("h145-11-last-name-fallbacks", H, C, """0:00
Okay so, um, Salesforce won't save a Contact without a last name, so this one's all about that. HubSpot contacts to Salesforce Contacts.
0:10
So, email to Email, as is. First name to First Name, as is, even if it's empty.
0:18
Then Last Name. Take the HubSpot last name. If that's empty, take the company name instead. And if that's empty too, take the part of the email before the at sign, exactly as it is.
0:32
Empty meaning nothing or only spaces. Okay. That's it, that's the whole thing, let me know.""",
      extended(lower_emails(HS),
               hs(email="jmorales@ridgeway.com", firstname="Jaime", lastname="", company=""),
               hs(email="kat.obi@kilnhouse.ng", firstname="Kat", lastname="  ", company="Kiln House"),
               hs(email="info@smallbatch.co", firstname="", lastname="", company="  ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h145-12-three-letter-country-codes", H, C, """0:00
Hey, okay so this is HubSpot contacts to Salesforce Contacts, the country codes one.
0:06
Email to Email, straight.
0:10
Then Mailing Country gets a three-letter code instead of the name. So, United States becomes USA, Japan becomes JPN, Mexico becomes MEX, France is, um, FRA, and Canada becomes CAN. Those five are the only countries we have in there, so that's the full list.
0:31
And then the state, State/Region, goes to Mailing State in all caps. If the state is empty or just spaces, um, leave Mailing State off the contact completely, don't send it.
0:44
Okay, that's it for this one, let me know.""",
      extended(HS,
               hs(email="maya.roy@lakeshore.ca", country="Canada", state="on"),
               hs(email="bo.carver@tallpines.com", country="United States", state="  "),
               hs(email="ines.lara@tapatio.mx", country="Mexico", state="jal")))
def o12(r: R) -> Out:
    iso3 = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "Canada": "CAN"}
    return keep({"Email": r["email"], "MailingCountry": iso3[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h145-13-customer-success-contacts", H, C, """0:00
Okay so, um, this is the customer success one. HubSpot contacts into Salesforce Contacts.
0:07
So we only send contacts whose lifecycle stage is customer or opportunity. Nobody else goes over.
0:15
Email goes to Email, lowercased.
0:19
Phone. So the Salesforce Phone field, the one labelled Business Phone, gets the mobile phone number, and if the mobile's empty, or just spaces, then the office phone instead. No reformatting.
0:33
And the Contact Description, Description, always says Handled by Customer Success. Capital H, capital C, capital S. Same text for everybody.
0:44
Anyway, that's it, let me know.""",
      extended(HS,
               hs(email="Ravi.Menon@CopperLeaf.IO", lifecyclestage="opportunity", mobilephone="  ",
                  phone="(720) 555-0131"),
               hs(email="Kim.Holt@Birchway.com", lifecyclestage="lead", mobilephone="720-555-0100"),
               hs(email="SUE.PARK@Tideline.com", lifecyclestage="customer", mobilephone="+1 303 555 0100",
                  phone="303-555-0199")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "opportunity"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Handled by Customer Success"}


@case("h145-14-source-picklist-cleanup", H, C, """0:00
Okay so this is a cleanup one, HubSpot contacts into Salesforce Contacts.
0:06
Email to Email, as is.
0:09
First and last name to First Name and Last Name, title-cased, so a capital first letter on each word and lowercase for the rest of it.
0:19
Job title goes to Title, trimmed, you know, the spaces off the front and the back.
0:26
And then Lead Sauce, this picklist, that comes from HubSpot's Original Source. So ORGANIC_SEARCH and DIRECT_TRAFFIC are Web. PAID_SEARCH and PAID_SOCIAL are Advertisement. REFERRALS is External Referral. EMAIL_MARKETING is, um, Email. And OFFLINE is Trade Show.
0:50
Anything else, or if original source is blank, then Lead Source is Other.
0:57
That's it, thanks, let me know.""",
      extended(HS,
               hs(email="dara.finn@shannonway.ie", firstname="DARA", lastname="finn", jobtitle="  Growth Lead  ",
                  hs_analytics_source="OFFLINE"),
               hs(email="will.ng@pecanrow.co", firstname="will", lastname="NG", jobtitle="   ",
                  hs_analytics_source="SOCIAL_MEDIA"),
               hs(email="joy.adler@riverbend.com", firstname="Joy", lastname="Adler", jobtitle="Analyst",
                  hs_analytics_source="EMAIL_MARKETING")))
def o14(r: R) -> Out:
    source = {"ORGANIC_SEARCH": "Web", "DIRECT_TRAFFIC": "Web", "PAID_SEARCH": "Advertisement",
              "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email",
              "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h145-15-audience-language-default", H, M, """0:00
Hi, okay so this is HubSpot contacts into the male chimp audience.
0:06
Email goes to the member's email address.
0:10
First name goes to the FNAME merge field, last name to LNAME. Straight copies, and if they're empty they go over empty.
0:20
Email type, this setting here, email_type, is always html. For everybody.
0:27
And language. So HubSpot has Preferred language, hs_language, and that goes to the member's language. But most of our contacts don't even have that property, so if it's missing or empty, then language is en, e n.
0:44
Okay, that's it, bye!""",
      extended(HS,
               hs(email="jonas.weiss@ostsee.de", firstname="Jonas", lastname="Weiss", hs_language="de"),
               hs(email="sara.lind@vastkust.se", firstname="Sara", lastname="", hs_language=""),
               hs(email="lucia.mora@olivar.es", firstname="Lucía", lastname="Mora", hs_language="es")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "email_type": "html", "language": dflt(r.get("hs_language"), "en"),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h145-16-three-way-status-import-tag", H, M, """0:00 Okay so, um, status. HubSpot contacts into Mailchimp members.
0:05 Email address comes from email.
0:09 Then status comes from this one, Unsubscribed from all email. It's the text true or false. If it's true, status is unsubscribed. If it's false, status is subscribed. And if it's empty, so we never recorded it either way, status is pending, so they get the double opt-in email.
0:31 And everybody gets one tag, HubSpot Import. Capital H, capital I, with a space in the middle.
0:39 Okay, that's it, let me know.""",
      extended(HS,
               hs(email="gianni.russo@amalfi.it", hs_email_optout="   "),
               hs(email="fern.doyle@kerryhill.ie", hs_email_optout="false"),
               hs(email="olga.berg@tundra.fi", hs_email_optout="true")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Import"]}


@case("h145-17-big-fish-and-referral-tags", H, M, """0:00
Okay so, um, tags. HubSpot contacts to Mailchimp.
0:05
Email goes to email address.
0:09
Then the tags. There are two possible tags. First one is Big Fish, if annual revenue is more than two million. So, uh, two thousand, no, two million, two with six zeros. If annual revenue is empty, no Big Fish tag.
0:28
Second one is Referral, if the original source is REFERRALS.
0:34
If somebody gets both, Big Fish comes first, then Referral. And if they get neither, tags is just an empty list.
0:43
That's it! Let me know.""",
      extended(HS,
               hs(email="alan.moss@greyharbor.com", annualrevenue="1999999.99", hs_analytics_source="REFERRALS"),
               hs(email="nell.quist@fjordvale.no", annualrevenue="  ", hs_analytics_source="REFERRALS"),
               hs(email="sol.mendez@cactusco.mx", annualrevenue="2000000.5", hs_analytics_source="PAID_SOCIAL")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 2_000_000):
        tags.append("Big Fish")
    if r["hs_analytics_source"] == "REFERRALS":
        tags.append("Referral")
    return {"email_address": r["email"], "tags": tags}


@case("h145-18-sms-first-word-phone", H, M, """0:00
Okay so this is the SMS one, HubSpot contacts into Mailchimp.
0:06
Email to the email address.
0:09
FNAME, the first name merge field, is just the first word of the first name. So Mary Kate becomes Mary.
0:18
And PHONE. So PHONE gets the mobile phone number, and if the mobile is empty, or only spaces, then the office phone number. Every contact we send has at least one of them.
0:31
And it has to be E.164. So plus, country code, digits, nothing else. Assume US, plus one, unless the number already starts with a plus, then keep the code it has. And if it's eleven digits and starts with a one, it already has the one, don't add another.
0:52
Anyway, that's it, let me know.""",
      extended(HS,
               hs(email="mary.kate.obrien@shamrockfoods.com", firstname="Mary Kate", mobilephone="  ",
                  phone="(303) 555-0170"),
               hs(email="anne.sophie.roux@lakeway.io", firstname="Anne Sophie", mobilephone="1 720 555 0102",
                  phone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h145-19-welcome-needs-first-name", H, M, """0:00
Okay, um, so this is the B2B welcome audience. HubSpot contacts to Mailchimp.
0:07
So if the contact doesn't have a first name, meaning first name is empty or just spaces, skip them. The welcome email opens with their first name and, you know, it looks broken without one.
0:20
For everyone else, email to email address, and first name to FNAME, just copied.
0:27
Language is always en.
0:31
And VIP. This toggle here, VIP, is true if the lifecycle stage is customer or evangelist. Otherwise false.
0:40
Anyway, that's it, let me know if you have questions.""",
      extended(HS,
               hs(email="no.name@quietfox.com", firstname=""),
               hs(email="blank.first@stillwater.com", firstname="  "),
               hs(email="iris.vale@brightmoor.com", firstname="Iris", lifecyclestage="evangelist")))
def o19(r: R) -> Out:
    if blank(r["firstname"]):
        return None
    return {"email_address": r["email"], "language": "en", "merge_fields": {"FNAME": r["firstname"]},
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h145-20-names-company-domain-vip", H, M, """0:00
Okay so, um, this one's the names and the company. HubSpot contacts into Mailchimp.
0:07
Email goes to email address.
0:10
First name to FNAME and last name to LNAME, both in title case, capital first letter per word, the rest lowercase.
0:20
Company goes in a merge field called COMPANY. So the company name, and if that's empty or just spaces, then the email domain, the part after the at sign, as is.
0:33
And VIP is true when number of employees is more than a hundred. If number of employees is empty, VIP is false. And a hundred or less, also false.
0:45
That's it, let me know.""",
      extended(lower_emails(HS),
               hs(email="luz.ortega@cafeluz.co", firstname="LUZ", lastname="ortega", company="  ",
                  numemployees="101"),
               hs(email="tj.mills@millsfarm.com", firstname="tj", lastname="MILLS", company="Mills Farm",
                  numemployees="99"),
               hs(email="eva.stone@granitebay.com", firstname="eva", lastname="stone", company="",
                  numemployees="   ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["numemployees"], 100)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h145-21-identify-names-joined", H, S, """0:00
Okay so, um, this is the first Segment one. HubSpot contacts into Segment identify calls.
0:06
So the userId is the email, lowercased.
0:10
Then traits: email is the email again, but as it is, not lowercased. firstName is the first name, lastName is the last name, and title is the job title. All copies. Empty stays empty.
0:26
And then name, the trait that's just called name, is the first name, a space, and the last name.
0:34
Okay, that's it, let me know.""",
      extended(HS,
               hs(email="Noor.Haddad@Sandline.AE", firstname="Noor", lastname="Haddad", jobtitle=""),
               hs(email="june.seo@hanbit.kr", firstname="June", lastname="Seo", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "title": r["jobtitle"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h145-22-company-object-traits", H, S, """0:00 Okay so, um, company traits. HubSpot contacts into Segment identify.
0:06 The userId is the email, as it is.
0:10 And then under traits there's a company object, so traits dot company, and in there:
0:17 name is the company name, and if that's empty, No Company, capital N, capital C.
0:25 industry is the industry, but if it's empty just leave industry out.
0:31 And employee_count, employee underscore count, is the number of employees as an integer. If that's empty, leave it out too.
0:42 Empty means blank or only spaces. Okay, that's it, let me know.""",
      extended(HS,
               hs(email="vera.holm@soloshop.se", company="  ", industry="", numemployees="5"),
               hs(email="arjun.rao@kitelabs.in", company="Kite Labs", industry="  ", numemployees="  "),
               hs(email="dov.katz@cedarhill.il", company="", industry="Retail", numemployees="3400")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "No Company"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h145-23-address-object-mobile-first", H, S, """0:00
Hi, okay so HubSpot contacts to Segment identify. This is the address and phone one.
0:07
userId is the email, untouched.
0:10
Then traits dot address. street is the Street Address, city is city, postalCode is the postal code, and country is country. All straight copies, and empty ones stay empty.
0:25
And state is the state, but only if it has something in it. If the state's empty or spaces, leave state out of the address.
0:35
Then traits dot phone. So mobile phone first, and if that's empty, then the office phone. In E.164, so plus, country code, digits. US by default, so plus one, unless it starts with a plus already, then keep that country code. And eleven digits starting with a one already has the country code.
0:59
And if they have neither number, um, no phone trait at all.
1:04
That's it, let me know.""",
      extended(HS,
               hs(email="beau.knox@sparrowhill.com", phone="", mobilephone="  ", state=""),
               hs(email="cy.dale@redriver.com", phone="(940) 555-0111", mobilephone="  ", state="  ", address="",
                  zip="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "postalCode": r["zip"],
                                        "country": r["country"], "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h145-24-opt-in-flag-revenue-number", H, S, """0:00
Okay so, um, another Segment one. HubSpot contacts to identify.
0:06
The userId is the email, but trimmed and lowercased, because some of them have spaces around them and random capitals.
0:16
traits dot industry is the industry, straight copy.
0:21
traits dot emailOptIn, one word, capital I, is a true/false. It's true when Unsubscribed from all email says false. When it says true, emailOptIn is false. And when it's empty, emailOptIn is false as well, because we never got consent.
0:43
And traits dot annualRevenue, capital R, is the annual revenue as a number. An integer if it's a whole number. If annual revenue is empty, leave annualRevenue out.
0:57
Anyway, that's it, thanks.""",
      extended(HS,
               hs(email="  Tom.Reyes@BrightPath.CO ", hs_email_optout="", annualrevenue="1500.5", industry=""),
               hs(email="ANA.VEGA@Solera.com", hs_email_optout="  ", annualrevenue="  ", industry="Wine")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"industry": r["industry"], "emailOptIn": r["hs_email_optout"] == "false",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h145-25-ga4-crm-contact-event", H, G, """0:00
Okay so, um, this is GA4. HubSpot contacts to Measurement Protocol events, one event per contact.
0:07
The client_id is always hs-crm-sync. h s dash c r m dash sync. Same for every contact, it's our server.
0:18
Event name is always crm_contact.
0:22
And the params. lifecycle_stage is the lifecycle stage, copied. industry is the industry, lowercased. If industry is empty, um, send an empty string, just nothing in the quotes.
0:38
And signup_date is the create date, just the date, year dash month dash day.
0:45
Okay so, that's it, let me know.""",
      extended(HS,
               hs(email="kwame.boateng@accrafin.gh", industry="  ", lifecyclestage="lead",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="lena.park@seoulpay.kr", industry="FinTech", lifecyclestage="other",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": "hs-crm-sync",
            "events": [{"name": "crm_contact",
                        "params": {"lifecycle_stage": r["lifecyclestage"], "industry": "" if blank(ind) else ind.lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h145-26-ga4-team-size-qualified", H, G, """0:00
Okay so, um, GA4 again, HubSpot contacts.
0:05
We only send contacts whose number of employees is more than twenty. If number of employees is empty, skip them too.
0:15
client_id is, um, the part of the email before the at sign, the bit that's on screen here before the at.
0:20
The event name is team_size_qualified, always.
0:25
And one param, employees, which is the number of employees as a number, not text.
0:36
Anyway, that's it, let me know.""",
      extended(lower_emails(HS),
               hs(email="hugo.brandt@hanseport.de", numemployees="21"),
               hs(email="lia.costa@brisa.pt", numemployees="  "),
               hs(email="ned.frost@icebox.ca", numemployees="19")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_size_qualified", "params": {"employees": num(r["numemployees"])}}]}


@case("h145-27-ga4-profile-event-by-stage", H, G, """0:00
Okay so this is the GA4 profile event, um, from HubSpot contacts.
0:05
client_id is the email, exactly as it is.
0:09
The event name depends on the lifecycle stage. If it's customer or evangelist, the event is customer_profile. Anything else, prospect_profile.
0:21
Then the params: job_title is the job title, and if that's empty, unknown, all lowercase. And city is the city, copied, and empty stays empty.
0:35
Okay, I think that's it. Let me know.""",
      extended(HS,
               hs(email="fay.ng@orchidbay.my", lifecyclestage="evangelist", jobtitle="  ", city=""),
               hs(email="rob.dyer@tinroof.com", lifecyclestage="opportunity", jobtitle="Buyer", city="Memphis")))
def o27(r: R) -> Out:
    name = "customer_profile" if r["lifecyclestage"] in ("customer", "evangelist") else "prospect_profile"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "unknown"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h145-28-leads-back-one-to-one", L, H, """0:00
Okay so, um, this is the other direction. Salesforce Leads into HubSpot contacts.
0:07
Email to email. First Name to first name, Last Name to last name. Company to Company Name. Title to Job Title. Phone to Phone Number. City to City. The Zip/Postal Code to Postal Code. And Country to Country/Region.
0:27
Everything one to one, you know, no changes at all. If it's blank on the lead it's blank in HubSpot, still send it, don't skip it.
0:38
Okay, I think that's everything. Ping me if it breaks.""",
      extended(SFL,
               sfl(Email="omar.fathi@nilewave.eg", FirstName="Omar", LastName="Fathi", Company="Nile Wave", Title="",
                   Phone="", City="  ", PostalCode="", Country="Egypt")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h145-29-status-to-lifecycle-optout-text", L, H, """0:00
Okay so, um, you know, Salesforce Leads into HubSpot. This is the lifecycle one.
0:06
So, email to email.
0:08
Then Lifecycle Stage comes from Lead Status, this picklist here. Open - Not Contacted is lead. Working - Contacted is marketingqualifiedlead. Closed - Converted is customer. And Closed - Not Converted is other. Those are all four statuses we use.
0:30
And the Email Opt Out checkbox goes to Unsubscribed from all email, hs_email_optout, as the text true or false. So if Email Opt Out is checked, it's the text true, otherwise the text false.
0:46
Anyway, that's it, let me know.""",
      extended(SFL,
               sfl(Email="tara.quinn@kestrel.ie", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="dev.shah@saffronlabs.in", Status="Closed - Converted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": stage[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h145-30-rating-to-hubspot-lead-status", L, H, """0:00
Okay so, um, Salesforce Leads to HubSpot, with the lead status.
0:06
Email to email, lowercased.
0:10
HubSpot's Lead Status, hs_lead_status, comes from the Rating, so this one up here on the lead. Hot is IN_PROGRESS. Warm is OPEN. Cold is NEW. Every lead has one of those three.
0:24
And Annual Revenue goes to annual revenue as a number, like an actual number, an integer if it's whole. If Annual Revenue is empty on the lead, leave it out.
0:37
Yeah. That's all for this one, thanks.""",
      extended(SFL,
               sfl(Email="Tess.Moreau@AzureCoast.FR", Rating="Warm", AnnualRevenue="750000.25"),
               sfl(Email="BO.YANG@JADEPEAK.CN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    status = {"Hot": "IN_PROGRESS", "Warm": "OPEN", "Cold": "NEW"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h145-31-london-team-uk-only", L, H, """0:00
Okay so this one's for the London team. Salesforce Leads into HubSpot.
0:06
So, um, only leads where the Country is United Kingdom. Everyone else, we skip, the US team handles them.
0:12
Email to email, as is.
0:15
Phone to Phone Number, in E.164 for the UK. So plus four four, and drop the leading zero. And if the number already starts with a plus, then keep its own country code, so just the plus and the digits.
0:33
The Zip/Postal Code goes to Postal Code in capitals.
0:38
Company goes to Company Name, and if it's empty put Unknown.
0:44
Okay, cheers, that's it, let me know.""",
      extended(SFL,
               sfl(Email="isla.reid@thistletech.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="m1 1ae", Company=""),
               sfl(Email="tom.hughes@severnbridge.co.uk", Country="United Kingdom", Phone="+44 161 555 0123",
                   PostalCode="b1 1bb", Company="  "),
               sfl(Email="aoife.ryan@liffey.ie", Country="Ireland", Phone="+353 1 555 0100", PostalCode="D02 XY45")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Unknown")}


@case("h145-32-one-line-address-skip-converted", L, H, """0:00
Okay so, um, Salesforce Leads to HubSpot again.
0:05
Skip the leads whose Lead Status is Closed - Converted. They're already contacts over in Salesforce.
0:13
Email to email.
0:16
Title to job title, and if the Title is empty, then, um, Not given. Capital N, lowercase g.
0:24
And HubSpot's Street Address is the street, the city and the zip, in that order, with a comma and a space between them. But if one of them is empty, just leave that piece out, no double commas, no comma at the start or the end. Every lead has a city.
0:43
Anyway, that's it. Let me know if that makes sense.""",
      extended(SFL,
               sfl(Email="meg.ross@lakeaustin.com", Street="  ", City="Austin", PostalCode="78701",
                   Status="Open - Not Contacted", Title="Buyer"),
               sfl(Email="ian.cole@bramble.co.uk", Street="9 Mill Rd", City="Leeds", PostalCode="LS1 4AP",
                   Status="Closed - Converted"),
               sfl(Email="ada.frey@elmrow.co.uk", Street="5 Elm Rd", City="York", PostalCode="",
                   Status="Working - Contacted", Title="  ")))
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not given"),
            "address": ", ".join(p for p in (r["Street"], r["City"], r["PostalCode"]) if not blank(p))}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h145-33-optout-status-inbound-tag", C, M, """0:00
Okay so, um, Salesforce Contacts into Mailchimp.
0:05
Email goes to email address, lowercased, the whole thing.
0:08
Status: if Email Opt Out is checked, unsubscribed. If it's not checked, subscribed.
0:16
Tags. Everyone gets SFDC Sync, so S F D C, capitals, space, Sync. And if Lead Source is Web, they also get Inbound, after SFDC Sync.
0:29
Okay, that's it, shout if you need anything.""",
      extended(SFC,
               sfc(Email="Paula.Reis@Lumen.PT", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="DAN.COX@OXBOW.COM", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["SFDC Sync"] + (["Inbound"] if r["LeadSource"] == "Web" else [])}


@case("h145-34-sms-pilot-language-by-country", C, M, """0:00
Okay so, um, this is the SMS pilot. Salesforce Contacts into Mailchimp.
0:06
Skip contacts with no phone. So if Business Phone, the Phone field, is empty or only spaces, skip them.
0:15
Email to email address.
0:18
The PHONE merge field is the phone in E.164. Plus one by default. If it starts with a plus already, keep its own country code. Eleven digits starting with a one, it already has it.
0:33
And language comes from Mailing Country. Germany is de, Austria is de, United States is en, Canada is en, France is fr. That's every country we have, all five.
0:47
Anyway, that's it, let me know.""",
      extended(SFC,
               sfc(Email="chloe.marin@rivegauche.fr", Phone="", MailingCountry="France"),
               sfc(Email="ryan.moss@lakehead.ca", Phone="  ", MailingCountry="Canada"),
               sfc(Email="gail.fraser@maplecrest.ca", Phone="1 (416) 555-0133", MailingCountry="Canada"),
               sfc(Email="remy.vidal@lyonnaise.fr", Phone="+33 1 55 55 02 02", MailingCountry="France")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "Canada": "en", "France": "fr"}
    return {"email_address": r["Email"], "language": lang[r["MailingCountry"]],
            "merge_fields": {"PHONE": e164(r["Phone"])}}


@case("h145-35-hi-friend-web-vip-pending", C, M, """0:00
Okay so, Salesforce Contacts into Mailchimp, the greeting one.
0:05
Email to email address.
0:08
FNAME is the first name, and if there's no first name, blank or spaces, then FNAME is Friend, capital F. So the email says Hi Friend.
0:20
LNAME is the last name, straight copy, even if it's empty.
0:25
VIP is true when Lead Source is, um, Trade Show, no, sorry, Web. When Lead Source is Web. Otherwise false, and that includes an empty Lead Source.
0:39
And status is always pending.
0:42
Anyway, that's it, let me know.""",
      extended(SFC,
               sfc(Email="noor.saleh@dunecraft.ae", FirstName="", LastName="Saleh", LeadSource="Web"),
               sfc(Email="pia.lund@aurora.fi", FirstName="  ", LastName="", LeadSource="  ")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "pending",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Web"}


@case("h145-36-trade-show-audience-no-tags", C, M, """0:00
Okay so, um, the trade show audience. Salesforce Contacts to Mailchimp.
0:06
Only contacts whose Lead Source is Trade Show. Skip everyone else.
0:12
Email to email address, First Name to FNAME, Last Name to LNAME. Straight copies.
0:20
Status is subscribed and language is en, for everybody.
0:26
And tags, um, you see this box here, Tags? That's an empty list. No tags at all, explicitly empty.
0:35
Okay, that's it, thanks, let me know.""",
      extended(SFC,
               sfc(Email="urs.keller@zugbau.ch", FirstName="Urs", LastName="", LeadSource="Trade Show"),
               sfc(Email="gio.conti@lagodoro.it", FirstName="Gio", LastName="Conti", LeadSource="Web"),
               sfc(Email="kim.berger@nowhere.de", FirstName="Kim", LastName="Berger", LeadSource="")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "en",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h145-37-identify-optional-title-birthday", C, S, """0:00
Okay so, um, Salesforce Contacts into Segment identify calls.
0:06
So userId is the Email, lowercased.
0:08
Traits: firstName and lastName from First Name and Last Name, straight copies.
0:15
Then title from Title, and birthday from Birthdate. But those two only if they have a value. If Title is empty, no title trait. If Birthdate is empty, no birthday trait. And empty here also means just spaces.
0:33
Right, that's it, let me know.""",
      extended(SFC,
               sfc(Email="Ray.Bianchi@Portofino.IT", FirstName="Ray", LastName="Bianchi", Title="VP Sales",
                   Birthdate="  "),
               sfc(Email="sue.grant@tallpine.com", FirstName="Sue", LastName="", Title="  ",
                   Birthdate="1979-08-14")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h145-38-mailing-city-country-trimmed", C, S, """0:00
Okay so, Salesforce Contacts to Segment, the address.
0:05
userId is the Email, as it is.
0:08
traits dot address dot city is the Mailing City, trimmed, and if Mailing City is empty, or, you know, only spaces, then Unknown, capital U.
0:18
traits dot address dot country is the Mailing Country, trimmed.
0:24
The old import left spaces all over those two. That's it, let me know.""",
      extended(SFC,
               sfc(Email="eva.gruber@murtal.at", MailingCity="  ", MailingCountry=" Austria "),
               sfc(Email="max.roth@limmat.ch", MailingCity=" Zurich", MailingCountry="Switzerland")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown").strip(),
                                   "country": r["MailingCountry"].strip()}}}


@case("h145-39-phone-name-source-group", C, S, """0:00
Okay so, Salesforce Contacts into Segment.
0:04
userId is the Email as is.
0:07
traits dot phone is the Phone in E.164. US, so plus one. If it starts with a plus, keep its country code. Eleven digits starting with a one, it already has it.
0:21
traits dot name is First Name, a space, Last Name. So, um, first name space last name.
0:26
And traits dot source_group comes from Lead Source. Web is digital. Advertisement is also digital. Trade Show is events. Partner Referral is partners. Anything else, including empty, is other. All lowercase.
0:44
Okay, I think that's it, let me know.""",
      extended(SFC,
               sfc(Email="dee.marsh@bluehollow.com", FirstName="Dee", LastName="Marsh", Phone="720.555.0188",
                   LeadSource="Advertisement"),
               sfc(Email="al.brandt@hafenbank.de", FirstName="Al", LastName="Brandt", Phone="+44 20 7946 0000",
                   LeadSource="Employee Referral")))
def o39(r: R) -> Out:
    group = {"Web": "digital", "Advertisement": "digital", "Trade Show": "events", "Partner Referral": "partners"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "source_group": group.get(r["LeadSource"], "other")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h145-40-members-back-title-case", M, H, """0:00
Okay so, um, Mailchimp members into HubSpot contacts. Can you see my screen? Okay, cool.
0:07
Email address to email.
0:08
FNAME to first name, in title case, so capital first letter on each word and the rest lowercase. LNAME to last name, also title case, but if LNAME is empty or just spaces, leave last name out completely.
0:20
COMPANY to Company Name, and if it's empty, um, Unknown.
0:26
And Unsubscribed from all email is the text true if the status is unsubscribed, otherwise the text false. So pending, subscribed, cleaned, all of those are false.
0:35
Anyway, that's it, let me know.""",
      extended(MC,
               mc({"FNAME": "MARY JO", "LNAME": "  ", "COMPANY": "  "}, email_address="maryjo.hart@kiruna.se",
                  status="pending"),
               mc({"FNAME": "pat", "LNAME": "QUINN", "COMPANY": "Quinn Ltd"}, email_address="pat.quinn@quinnltd.com",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h145-41-skip-unsubscribed-vip-customers", M, H, """0:00
Okay so, Mailchimp into HubSpot.
0:04
So first, um, skip the unsubscribed members, status unsubscribed. Everyone else goes over, cleaned and pending too.
0:07
Email address to email. FNAME to first name, LNAME to last name, straight copies.
0:15
PHONE to Phone Number, in E.164, US by default. If it starts with a plus, keep its code. Eleven digits starting with a one already has it. If PHONE is empty, or spaces, leave Phone Number out.
0:31
And Lifecycle Stage, this one, is customer if VIP is true, subscriber if it's not.
0:38
Okay, that's it, thanks, let me know.""",
      extended(MC,
               mc({"FNAME": "Hana", "LNAME": "Kim", "PHONE": "1 212 555 0100"}, email_address="hana.kim@jejuair.kr",
                  status="pending", vip=False),
               mc({"FNAME": "Leo", "LNAME": "Marx", "PHONE": "(512) 555-0101"}, email_address="leo.marx@oldbank.com",
                  status="unsubscribed", vip=True),
               mc({"FNAME": "Ray", "LNAME": "Cole", "PHONE": "  "}, email_address="ray.cole@coleandco.com",
                  status="subscribed", vip=False)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h145-42-webinar-tag-lead-status", M, H, """0:00
Okay so, Mailchimp members into HubSpot, last one.
0:05
Email address to email.
0:08
First name is the first word of FNAME. So, like, Mary Beth is just Mary.
0:12
Company Name is COMPANY, and if that's empty, or only spaces, the domain of the email, the part after the at sign, as it is.
0:20
Lead Status is IN_PROGRESS if the member has the tag Webinar, capital W. Otherwise NEW. So lowercase webinar doesn't count.
0:31
Anyway, that's it, that's all of them, let me know!""",
      extended(MC,
               mc({"FNAME": "Mary Beth", "COMPANY": "  "}, email_address="mary.beth@brisamar.pt", tags=["webinar"]),
               mc({"FNAME": "Ben", "COMPANY": "Kaizen Tools"}, email_address="ben.ito@kaizentools.jp",
                  tags=["VIP", "Webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "hs_lead_status": "IN_PROGRESS" if "Webinar" in r["tags"] else "NEW"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set145")
