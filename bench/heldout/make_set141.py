"""Held-out set 141 for the offline mapping drafter.

Persona: Farzaneh, a CRM specialist in Tehran who works remotely for a European company and
writes her mapping requests to the ops team in Persian-shaped English. She drops articles or adds
them where a native speaker would not, asks the team to 'please kindly' do things, calls a field
'the mentioned field', pairs lists with 'respectively', says 'in the case that' and 'it should be
filled by', puts the verb at the end of long sentences, uses 'else' and 'otherwise' as the same
word, writes big numbers twice ('5,000,000 (five million)') and sometimes numbers her points
'firstly, secondly, thirdly, at last'. Her messages open politely ('Dear team, hope you are
well') and close with 'With best regards'; mostly prose paragraphs, now and then a short list.

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


@case("h141-01-plain-copy-fixed-status", H, L, """Dear team, hope you are well.

Please kindly prepare the mapping from HubSpot contacts to Salesforce Lead. It is a simple one: the email, firstname, lastname, company and phone of contact should be copied into Email, FirstName, LastName, Company and Phone of the Lead, respectively. No cleaning and no changing of the letters, the values must go exactly how they are in HubSpot. In the case that one of them is empty or has only spaces, the same empty value goes to Salesforce, please do not put anything instead of it.

Also the Status of every Lead it should be filled by the fixed text "Open - Not Contacted".

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="sara.ahmadi@pardisnet.ir", firstname=" Sara", lastname="Ahmadi", company="", phone="  "),
               hs(email="LEO.Brandt@Kiel-Werft.de", firstname="", lastname="Brandt ", company="Kiel Werft",
                  phone="+49 431 555 0101")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Phone": r["phone"], "Status": "Open - Not Contacted"}


@case("h141-02-trim-last-name-company-default", H, L, """Hello dear colleagues,

For the HubSpot contact to Salesforce Lead I need below mapping, please.

Firstly, Email goes from the email of contact, without any change.
Secondly, LastName: take the lastname and remove the extra spaces from beginning and end of it.
Thirdly, the Company. Salesforce does not accept a lead without company, so in the case that company of the contact is empty (or it has only spaces) please write "Company Not Known"; else the company name, with spaces at the start and end removed.
At last, Title is filled by jobtitle as it is. No trimming for this one; only when the jobtitle is empty or only spaces it should be filled by "Not Specified".

Nothing more is needed on the Lead. Thank you in advance.
Farzaneh""",
      extended(HS,
               hs(email="nima.moradi@kooshk.ir", lastname="  Moradi ", company="  ", jobtitle=""),
               hs(email="petra.novak@adriatours.hr", lastname="Novak", company=" Adriatic Tours ",
                  jobtitle="  Sales Rep "),
               hs(email="min.lee@leesons.kr", lastname=" Lee", company="Lee Sons", jobtitle="   ")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Company Not Known").strip(), "Title": dflt(r["jobtitle"], "Not Specified")}


@case("h141-03-office-then-mobile-or-nothing", H, L, """Dear team, hope you are well.

I am writing regarding the phone on the Leads which we create from HubSpot contacts. For Phone of the Lead, the office phone (phone) of contact is first choice; in the case that it is empty, please kindly use the mobilephone; and if also the mobile is empty, then Phone should not be sent at all, not even as an empty text. A value with only spaces we count as empty. The number itself please copy as it is, without any formatting.

Beside this, FirstName and LastName come from firstname and lastname respectively, but in title case: for every word the first letter capital and the other letters small (for example "maria" becomes "Maria" and "GARCIA" becomes "Garcia"). Email of the Lead is email of contact, unchanged.

Best regards,
Farzaneh""",
      extended(HS,
               hs(email="alireza.tehrani@simorgh.ir", firstname="ali reza", lastname="TEHRANI", phone="",
                  mobilephone=""),
               hs(email="john.mcneil@glenmore.co.uk", firstname="JOHN", lastname="mcneil", phone="  ",
                  mobilephone="   "),
               hs(email="ines.prado@marbella.es", firstname="inés", lastname="PRADO", phone="   ",
                  mobilephone="(650) 555-0111")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h141-04-rating-from-stage-lower-email", H, L, """Dear team,

Please kindly add the Rating to the HubSpot to Salesforce Lead mapping, based on lifecycle stage of the contact:
- customer, opportunity and salesqualifiedlead give "Hot"
- marketingqualifiedlead gives "Warm"
- otherwise "Cold". This includes also the contacts which their lifecyclestage is empty.

The Email should be written in small letters (the complete address lowercase), because our duplicate rule in Salesforce is case sensitive. Nothing else on the Lead is needed for this mapping, only these two fields.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="Omid.Jafari@Pasargad-Soft.IR", lifecyclestage=""),
               hs(email="KATE.MILLS@HARBORGATE.COM", lifecyclestage="opportunity"),
               hs(email="Tom.Berg@Nordlys.NO", lifecyclestage="  "),
               hs(email="Ada.Ruiz@Solana.MX", lifecyclestage="evangelist")))
def o04(r: R) -> Out:
    table = {"customer": "Hot", "opportunity": "Hot", "salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}
    return {"Email": r["email"].lower(), "Rating": table.get(r["lifecyclestage"], "Cold")}


@case("h141-05-skip-optout-and-subscribers", H, L, """Hi team, hope everything is fine with you.

From HubSpot contacts to Salesforce Lead we should not send all of them. Two kinds of contact must be skipped: the ones that hs_email_optout is "true" (they are opted out and our legal team is strict about it), and the ones which lifecycle stage is "subscriber", because they are only newsletter readers. A contact with empty hs_email_optout is not opted out, it should be sent normally.

For the remaining contacts, Email, LastName, Company and City please copy from email, lastname, company and city, with no change on them even if they are empty. And the Rating of all of them is "Warm" as a fixed value.

Regards,
Farzaneh""",
      extended(HS,
               hs(email="arash.kamali@zagros.ir", lastname="Kamali", company="Zagros Trading", city="Isfahan",
                  lifecyclestage="subscriber", hs_email_optout="false"),
               hs(email="bea.lund@vastkust.se", lastname="Lund", company="Vastkust", city="Gothenburg",
                  lifecyclestage="lead", hs_email_optout="true"),
               hs(email="yusuf.demir@bogazici.tr", lastname="Demir", company="", city="  ",
                  lifecyclestage="opportunity", hs_email_optout="")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "City": r["city"],
            "Rating": "Warm"}


@case("h141-06-rating-bands-employee-integer", H, L, """Dear team, hope you are well.

For the Lead Rating we want to use the annual revenue of HubSpot contact:
1. annualrevenue more than 5,000,000 (five million) -> Rating "Hot"
2. annualrevenue less than 500,000 (five hundred thousand) -> Rating "Cold"
3. between these two -> "Warm"
In the case that annualrevenue is empty, the mentioned field Rating should be "Cold" too, because about this company we know nothing.

Also NumberOfEmployees please fill by numemployees of the contact, as a whole number (integer, not text). When numemployees is empty, NumberOfEmployees must not be sent, please leave it out.

Email of Lead = email of contact, without change.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="hamid.rostami@alborzsteel.ir", annualrevenue="300000", numemployees="7"),
               hs(email="clara.wolf@elbtal.de", annualrevenue="5000000.5", numemployees="  "),
               hs(email="sina.farahani@persiafood.ir", annualrevenue="  ", numemployees="1200"),
               hs(email="marta.sousa@douro.pt", annualrevenue="499999.99", numemployees="35"),
               hs(email="ivan.petrov@volga.ru", annualrevenue="500000.01", numemployees="")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 500_000:
        rating = "Cold"
    elif v > 5_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h141-07-mobile-e164-title-case", H, L, """Dear colleagues,

Kindly build the mapping HubSpot contacts to Salesforce Lead like this. Email is copied directly from email. LastName and City it should be filled by lastname and city respectively, in title case (each word with capital first letter and rest of the letters small).

For MobilePhone of the Lead we need E.164 format of the mobilephone: a "+" and after it only digits. Our numbers are mostly from USA, so when the number does not start with "+", please put the country code 1 before the digits, except if it has already 11 digits starting with 1, in that case only the "+" is added. A number which is starting with "+" keeps its own country code. In the case that the mobilephone is empty, MobilePhone should not appear in the Lead at all.

Best regards,
Farzaneh""",
      extended(HS,
               hs(email="linh.nguyen@saigonbay.vn", lastname="NGUYEN", city="SAN JOSE", mobilephone="1 (408) 555-0177"),
               hs(email="parviz.asadi@kaveh.ir", lastname="asadi", city="los angeles", mobilephone="  ")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": title(r["lastname"]), "City": title(r["city"]),
                 "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h141-08-mql-only-upper-description", H, L, """Dear team, hope you are well.

Only marketing qualified contacts (lifecyclestage equal to "marketingqualifiedlead") should go from HubSpot to Salesforce Lead; the other contacts please ignore.

For these ones: Email from email as it is, and LastName is the lastname but all letters capital (uppercase). Description of the Lead it should be filled by this sentence: "MQL from HubSpot, source " then the hs_analytics_source, then ", created " and the date of createdate in YYYY-MM-DD format (only date part, without the time). For example: "MQL from HubSpot, source ORGANIC_SEARCH, created 2023-03-14".

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="reza.karimi@tabaran.ir", lastname="Karimi", lifecyclestage="marketingqualifiedlead",
                  hs_analytics_source="PAID_SOCIAL", createdate="2024-05-20T13:00:00.000Z"),
               hs(email="eva.horak@vltava.cz", lastname="Horák", lifecyclestage="lead",
                  hs_analytics_source="REFERRALS"),
               hs(email="nadia.haddad@cedrus.lb", lastname="haddad", lifecyclestage="marketingqualifiedlead",
                  hs_analytics_source="EMAIL_MARKETING", createdate="2022-09-01T12:10:00.000Z"),
               hs(email="paul.roux@garonne.fr", lastname="Roux", lifecyclestage="")))
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "marketingqualifiedlead":
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(),
            "Description": f"MQL from HubSpot, source {r['hs_analytics_source']}, created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h141-09-mailing-address-copies", H, C, """Dear team,

Hope you are doing well. For HubSpot contacts into Salesforce Contact, please kindly fill the mailing address of Contact from the address of HubSpot:
address to MailingStreet, city to MailingCity, state to MailingState, zip to MailingPostalCode and country to MailingCountry.
And the Email from email. All of them are plain copy, value exactly same as in HubSpot: an empty one stays empty, spaces stay spaces. Nothing more is needed.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="mina.sadeghi@caspian.ir", address="", city="Rasht", state="", zip="", country="Iran"),
               hs(email="olaf.jensen@fyn.dk", address=" Strandvej 8 ", city="Odense", state="  ", zip="5000",
                  country="  ")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h141-10-optout-unless-false-no-office-phone", H, C, """Dear team,

I need two check boxes on the Salesforce Contact, coming from HubSpot contacts, and they must be real true/false values (boolean), not text.

Firstly HasOptedOutOfEmail. HubSpot keeps hs_email_optout as a text. Only when it is "false" we are sure that person accepts emails, so then HasOptedOutOfEmail is false; in every other case it is true, also in the case that hs_email_optout is empty, because our DPO asked us to be careful with the unknown ones.

Secondly DoNotCall: true when the office phone (phone) is empty or only spaces, otherwise false. Mobile phone is not important for this one.

Email of the Contact from email, copy.

Thanks and regards,
Farzaneh""",
      extended(HS,
               hs(email="leila.navabi@shahrzad.ir", hs_email_optout="false", phone=""),
               hs(email="gus.moller@aarhusbyg.dk", hs_email_optout="  ", phone="  ", mobilephone="+45 20 55 50 10"),
               hs(email="rania.saleh@nilepoint.eg", hs_email_optout="", phone="(415) 555-0100"),
               hs(email="ken.ito@hokkai.jp", hs_email_optout="true", phone="+81 11 555 0123")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false", "DoNotCall": blank(r["phone"])}


@case("h141-11-last-name-fallback-local-part", H, C, """Dear team, hope you are well.

Salesforce Contact does not save without LastName, so for HubSpot contacts please kindly do this: LastName is the lastname of contact; in the case that it is empty, then the company; and if company also is empty, the part of email before "@" (as it is, no change in the letters). A value with only spaces counts as empty.

Email and FirstName from email and firstname respectively, copied without any change (an empty first name stays empty).

Best regards,
Farzaneh""",
      extended(lower_emails(HS),
               hs(email="info@tabrizcarpets.ir", firstname="", lastname="", company="Tabriz Carpets"),
               hs(email="m.bauer@fastmail.de", firstname="Maja", lastname=" ", company=""),
               hs(email="theo.kraft@kraftwerk.at", firstname="  ", lastname="", company="   ")))
def o11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": first_filled(r["lastname"], r["company"], before_at(r["email"]))}


@case("h141-12-stage-words-state-upper", H, C, """Dear team,

For the HubSpot contact to Salesforce Contact, the Description should show stage of the contact in simple words, like this table:

subscriber = "Newsletter reader"
lead = "New lead"
marketingqualifiedlead = "Marketing qualified"
salesqualifiedlead = "Sales qualified"
customer = "Paying customer"

All of our contacts have one of these five stages, there is no other one.

Also MailingState please fill by state in capital letters ("ca" becomes "CA"). In the case that state is empty, MailingState should be left out (not sent). Email is the email of contact as it is.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="dara.rahmani@gilan.ir", lifecyclestage="lead", state="ny"),
               hs(email="sue.park@sunvalley.com", lifecyclestage="customer", state="  "),
               hs(email="abe.cole@prairie.com", lifecyclestage="salesqualifiedlead", state="Tx")))
def o12(r: R) -> Out:
    words = {"subscriber": "Newsletter reader", "lead": "New lead", "marketingqualifiedlead": "Marketing qualified",
             "salesqualifiedlead": "Sales qualified", "customer": "Paying customer"}
    return keep({"Email": r["email"], "Description": words[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h141-13-customers-only-mobile-else-office", H, C, """Hello team,

Only the contacts with lifecyclestage "customer" should be pushed from HubSpot into Salesforce Contact, else they stay only in HubSpot.

For each customer:
- Email: the email in lowercase
- MobilePhone: the mobilephone, but if it is empty (or only spaces) please use the office phone instead. All of our customers have at least one of these two numbers. No format change on the number.
- Description: fixed text "Customer synced from HubSpot"

Kind regards,
Farzaneh""",
      extended(HS,
               hs(email="Nima.Rahimi@Kavir.IR", lifecyclestage="customer", mobilephone="",
                  phone="+98 21 5555 0100"),
               hs(email="JANE.DOE@OAKRIDGE.COM", lifecyclestage="customer", mobilephone="  ", phone="(312) 555-0190"),
               hs(email="Luca.Bruno@Lago.IT", lifecyclestage="customer", mobilephone="+39 333 555 0101",
                  phone="+39 02 555 0100"),
               hs(email="Aria.Shams@Mehr.IR", lifecyclestage="opportunity"),
               hs(email="Noor.Aziz@Oasis.AE", lifecyclestage="")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "Description": "Customer synced from HubSpot"}


@case("h141-14-title-case-trim-source-table", H, C, """Dear team, hope you are well.

Please kindly prepare the HubSpot contacts to Salesforce Contact mapping with following points:

Firstly, FirstName and LastName come from firstname and lastname, in title case (first letter of each word capital, the rest small).
Secondly, Title: the jobtitle with the spaces at beginning and end removed.
Thirdly, LeadSource it should be filled from hs_analytics_source with this rule: ORGANIC_SEARCH is "Web", PAID_SEARCH and PAID_SOCIAL are "Advertisement", REFERRALS is "External Referral", EMAIL_MARKETING is "Email"; otherwise (any other value, and also when the source is empty) "Other".
At last, Email, copied from email as is.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="kian.nasiri@arvand.ir", firstname="KIAN", lastname="nasiri", jobtitle="  Account Manager ",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="liv.aas@fjellnett.no", firstname="liv", lastname="AAS", jobtitle="   ",
                  hs_analytics_source="  "),
               hs(email="raul.ortiz@pampa.ar", firstname="Raul", lastname="Ortiz", jobtitle="Analyst",
                  hs_analytics_source="OFFLINE"),
               hs(email="emma.hall@brookside.com", firstname="emma jane", lastname="hall", jobtitle="CFO ",
                  hs_analytics_source="DIRECT_TRAFFIC")))
def o14(r: R) -> Out:
    source = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
              "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Other")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h141-15-audience-language-german-default", H, M, """Dear team,

For the Mailchimp audience from HubSpot contacts the mapping is: email to email_address, firstname to merge field FNAME, lastname to merge field LNAME, without change (empty stays empty). The status for everybody should be "subscribed".

Language please take from hs_language of the contact. Many of our contacts do not have this property at all, and some have it empty; for both of these cases language should be "de", because most of our audience is German.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="anne.morel@loire.fr", firstname="Anne", lastname="Morel", hs_language="fr"),
               hs(email="jan.vos@delftlab.nl", firstname="Jan", lastname="", hs_language=""),
               hs(email="golnaz.ebadi@naqsh.ir", firstname="", lastname="Ebadi", hs_language="  "),
               hs(email="ruth.green@thamesway.co.uk", firstname="Ruth", lastname="Green", hs_language="en")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "de")}


@case("h141-16-consent-three-statuses", H, M, """Dear team, hope you are well.

The status of Mailchimp member we decide from hs_email_optout of the HubSpot contact. In the case that it is "true", the status is "unsubscribed". In the case that it is "false", "subscribed". And when it is empty (never filled, or only spaces), we do not know about the consent, so "pending" please, then Mailchimp sends them a confirmation email.

Every member gets also one tag, "HubSpot Sync". email_address is the contact email, no change.

Best regards,
Farzaneh""",
      extended(HS,
               hs(email="shirin.golestan@rasa.ir", hs_email_optout="  "),
               hs(email="finn.ohara@corkharbour.ie", hs_email_optout="false"),
               hs(email="mei.lin@jadepeak.cn", hs_email_optout="true")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Sync"]}


@case("h141-17-referral-and-key-account-tags", H, M, """Dear team,

Please kindly put tags on the Mailchimp members which come from HubSpot contacts. Order of the tags list should be as I write here:
1. "referral" - when hs_analytics_source of contact is exactly "REFERRALS"
2. "key-account" - when annualrevenue is more than 3,000,000 (three million). If annualrevenue is empty, this tag is not given.
A contact which has none of them gets an empty tag list.

Only email_address (from email, as is) and tags are needed, nothing else.

Regards,
Farzaneh""",
      extended(HS,
               hs(email="babak.zand@zandco.ir", hs_analytics_source="REFERRALS", annualrevenue="2999999.5"),
               hs(email="olga.berg@tundra.fi", hs_analytics_source="REFERRALS", annualrevenue="  "),
               hs(email="sam.wu@pearlriver.cn", hs_analytics_source="OFFLINE", annualrevenue="3000000.5")))
def o17(r: R) -> Out:
    tags = []
    if r["hs_analytics_source"] == "REFERRALS":
        tags.append("referral")
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("key-account")
    return {"email_address": r["email"], "tags": tags}


@case("h141-18-first-word-office-phone-e164", H, M, """Dear team, hope you are well.

For the Mailchimp member from HubSpot contact we need FNAME merge field as only the first word of firstname (e.g. "Mary Jo" gives "Mary"), because our greeting looks strange with the long names.

The PHONE merge field it should be filled by office phone of contact or, in the case that office phone is empty (or only spaces), by the mobilephone. All the contacts we send have at least one of them. The number must be in E.164: plus sign and digits only. Numbers without "+" are American ones, so country code 1 goes before (but an 11-digit number which already starts with 1 gets only the "+"), and a number with "+" at the start keeps its country code as it is.

email_address is the email. That is all.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="mary.jo.hayes@bluegrass.com", firstname="Mary Jo", phone="  ", mobilephone="650 555 0123"),
               hs(email="ana.paula@riomar.br", firstname=" Ana  Paula", phone="1-800-555-0199", mobilephone="")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h141-19-no-job-title-excluded-vip", H, M, """Hello dear team,

Contacts without job title (jobtitle is empty or only spaces) please exclude from the HubSpot to Mailchimp sync, they are mostly personal sign ups.

For the other contacts: email_address = email (no change), status always "subscribed", and vip is true in the case that lifecyclestage is "customer" or "evangelist", otherwise false.

Best regards,
Farzaneh""",
      extended(HS,
               hs(email="farid.mansouri@gmail.com", jobtitle="  ", lifecyclestage="customer"),
               hs(email="lena.kurz@stadtwerk.de", jobtitle="Designer", lifecyclestage="evangelist"),
               hs(email="omar.faruk@bengalsoft.bd", jobtitle="CFO", lifecyclestage="opportunity")))
def o19(r: R) -> Out:
    if blank(r["jobtitle"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h141-20-names-company-or-domain-big-team-vip", H, M, """Dear team,

Please kindly map HubSpot contacts to Mailchimp members as following. FNAME and LNAME merge fields from firstname and lastname respectively, in title case (every word starts with capital letter, other letters small). The COMPANY merge field is company of the contact; in the case that company is empty, please put there the domain of email, meaning the part after the "@", exactly as it is.

The vip flag should be true only when numemployees is more than 100 (one hundred); when it is 100 or less, or it is empty, false.

email_address from the email without change.

With best regards,
Farzaneh""",
      extended(lower_emails(HS),
               hs(email="sahar.tavakoli@behnam.ir", firstname="SAHAR", lastname="tavakoli", company="",
                  numemployees="100"),
               hs(email="jim.boyle@kerrylane.ie", firstname="jim", lastname="BOYLE", company="  ", numemployees="101"),
               hs(email="ella.fox@foxden.co", firstname="ella mae", lastname="fox", company="Fox Den",
                  numemployees="  ")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["numemployees"], 100)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h141-21-identify-surname-comma-name", H, S, """Dear team, hope you are well.

For the Segment identify call from HubSpot contacts, userId is the email in lowercase. In traits, firstName and lastName are copy of firstname and lastname, and title is copy of jobtitle (an empty job title is sent empty, no problem). Also one trait "name", which is lastname, then a comma and a space, then firstname, for example "Raman, Priya".

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="Kaveh.Azadi@Toos.IR", firstname="Kaveh", lastname="Azadi", jobtitle=""),
               hs(email="lisa.meyer@rheinblick.de", firstname="Lisa", lastname="Meyer", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['lastname']}, {r['firstname']}"}}


@case("h141-22-company-traits-self-employed", H, S, """Dear all,

In Segment we want the company information of user nested under traits.company, from HubSpot contacts:
- traits.company.name: the company, but in the case that company is empty, "Self-employed"
- traits.company.industry: the industry as it is; if industry is empty, do not send this key
- traits.company.employee_count: numemployees as an integer (whole number); if it is empty, also leave it out
userId is the email of contact without any change. Nothing else in traits.

Kind regards,
Farzaneh""",
      extended(HS,
               hs(email="pooya.hosseini@freelance.ir", company="  ", industry="", numemployees="3"),
               hs(email="ada.kish@kishshipping.ir", company="Kish Shipping", industry="  ", numemployees=""),
               hs(email="tim.ross@rossretail.com", company="", industry="Retail", numemployees="  ")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Self-employed"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h141-23-address-traits-mobile-first-phone", H, S, """Dear team, hope you are well.

Please kindly build the Segment identify from HubSpot contacts with address nested in traits.address: city to traits.address.city, zip to traits.address.postalCode, country to traits.address.country, all copied as they are (empty stays empty). state to traits.address.state is also a copy, but only in the case that state has a value; when the state is empty this key is not sent.

traits.phone: the mobilephone, else the phone, in E.164 format (the "+" and the digits; we assume USA, so add 1 when the number has no "+", unless it is already 11 digits beginning with 1, then only "+"; a number starting with "+" keeps its country code). When both mobile and office phones are empty, please no traits.phone at all.

userId = email, unchanged.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="yas.karimi@mashhadtex.ir", mobilephone="", phone="  ", state="", zip="", city="Mashhad",
                  country="Iran"),
               hs(email="dan.price@hudsonyard.com", mobilephone="  ", phone="(718) 555-0102", state="  ",
                  city="New York", zip="10001", country="")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h141-24-clean-user-id-unsubscribed-revenue", H, S, """Dear team,

Our HubSpot emails are not clean (spaces around, capital letters), therefore for Segment identify the userId should be the email with the spaces at start and end removed and after that in lowercase.

Traits:
- website: copy of website, as it is
- unsubscribed: boolean, true when hs_email_optout is "true"; "false" gives false, and the empty one is also false
- annual_revenue: annualrevenue as a number (not a text), for example "2500000.75" becomes 2500000.75 and "12000000" becomes 12000000. In the case that it is empty please leave annual_revenue out.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="  Parisa.Nouri@Arya.IR ", hs_email_optout="  ", annualrevenue="0.5", website=""),
               hs(email="BOB.STONE@QUARRY.COM", hs_email_optout="true", annualrevenue="  ", website="  ")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"website": r["website"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h141-25-ga4-contact-sync-event", H, G, """Dear team, hope you are well.

We want to send one GA4 event per HubSpot contact. client_id is the email of contact, without any change. The event name is always "crm_contact_sync", and there is one fixed param, platform = "hubspot".

Other params of the event:
stage - the lifecyclestage copied as it is;
industry - the industry in lowercase letters; in the case that industry is empty or only spaces, please send an empty text "" for it;
created_on - the date part of createdate, in YYYY-MM-DD.

Best regards,
Farzaneh""",
      extended(HS,
               hs(email="maryam.jalali@salamat.ir", lifecyclestage="opportunity", industry="Health CARE",
                  createdate="2024-02-29T12:30:00.000Z"),
               hs(email="tor.haug@bergenfisk.no", lifecyclestage="other", industry="  ",
                  createdate="2025-01-15T16:45:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": r["email"],
            "events": [{"name": "crm_contact_sync",
                        "params": {"platform": "hubspot", "stage": r["lifecyclestage"],
                                   "industry": "" if blank(ind) else ind.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h141-26-ga4-team-size-over-twenty", H, G, """Dear team,

Only the contacts with numemployees more than 20 (twenty) should go to GA4; contacts which numemployees is empty, please skip them as well.

For the event: client_id is the part of email before "@". Event name is "team_size_reported", with the params employees = numemployees as a number (not text) and tier = "growth" as fixed value.

With best regards,
Farzaneh""",
      extended(lower_emails(HS),
               hs(email="hooman.sharifi@dena.ir", numemployees="21"),
               hs(email="ulla.berg@smaland.se", numemployees="19"),
               hs(email="ray.cho@gangnam.kr", numemployees="  "),
               hs(email="fatima.zahra@atlas.ma", numemployees="1500")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_size_reported",
                        "params": {"employees": num(r["numemployees"]), "tier": "growth"}}]}


@case("h141-27-ga4-opt-in-or-out-event", H, G, """Dear team, hope you are well.

For GA4 from HubSpot contacts the event name is depending on hs_email_optout: if it is "true", the event name is "email_opt_out", else "email_opt_in" (an empty hs_email_optout goes also to "email_opt_in").

client_id = email of the contact as it is. Params: country - the country of contact, but when it is empty "unknown"; company - plain copy of company, even if it is empty.

With best regards,
Farzaneh""",
      extended(HS,
               hs(email="darius.kaveh@persepolis.ir", hs_email_optout="  ", country="", company=""),
               hs(email="nina.rossi@arno.it", hs_email_optout="true", country="  ", company="Arno Design"),
               hs(email="ben.kaplan@negev.il", hs_email_optout="false", country="Israel", company="  ")))
def o27(r: R) -> Out:
    name = "email_opt_out" if r["hs_email_optout"] == "true" else "email_opt_in"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"country": dflt(r["country"], "unknown"), "company": r["company"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h141-28-lead-to-contact-copies", L, H, """Dear team,

This one is the opposite direction: Salesforce Lead to HubSpot contacts. Email, FirstName, LastName, Company, Title, Phone, Street, City, PostalCode and Country of the Lead go to email, firstname, lastname, company, jobtitle, phone, address, city, zip and country of HubSpot, respectively. Simple copy, no transformation at all; empty values please send them empty, do not skip them.

With best regards,
Farzaneh""",
      extended(SFL,
               sfl(Email="shadi.ghorbani@hormoz.ir", FirstName="Shadi", LastName="Ghorbani", Company="Hormoz Line",
                   Title="  ", Phone="", Street="", City="Bandar Abbas", PostalCode="  ", Country="Iran")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h141-29-lead-status-table-optout-text", L, H, """Dear team, hope you are well.

From Salesforce Lead into HubSpot contacts we need the lead status converted. The Status of Lead goes to hs_lead_status with this table:

Open - Not Contacted -> NEW
Working - Contacted -> ATTEMPTED_TO_CONTACT
Closed - Converted -> CONNECTED
Closed - Not Converted -> UNQUALIFIED

There is no other status in our org.

Also hs_email_optout from HasOptedOutOfEmail; HubSpot needs it as a text, so the text "true" when the checkbox is true, and the text "false" when it is false. email from Email, no change.

Best regards,
Farzaneh""",
      extended(SFL,
               sfl(Email="kamran.yazdi@yazdtile.ir", Status="Closed - Not Converted", HasOptedOutOfEmail=True),
               sfl(Email="ola.nord@skagen.dk", Status="Working - Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    status = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
              "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": status[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h141-30-rating-stage-revenue-number", L, H, """Good day dear colleagues,

Please kindly for the Salesforce Lead to HubSpot contact mapping use the Rating for lifecycle stage: the Rating "Hot", "Warm" and "Cold" become lifecyclestage "opportunity", "salesqualifiedlead" and "lead" respectively. Every lead has one of these ratings.

The annualrevenue should be AnnualRevenue of the Lead as a number (whole numbers without decimal, like 300000, the others with decimal, like 750000.5); in the case that AnnualRevenue is empty, annualrevenue should not be sent. And email is Email in small letters.

With best regards,
Farzaneh""",
      extended(SFL,
               sfl(Email="Behrouz.Fallahi@Kimia.IR", Rating="Warm", AnnualRevenue="750000.5"),
               sfl(Email="ANNA.LIND@MALMOBYGG.SE", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    stage = {"Hot": "opportunity", "Warm": "salesqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h141-31-uk-only-phone-city-upper", L, H, """Dear team, hope you are well.

Our London colleagues work only with UK leads, so from Salesforce Lead into HubSpot please send only the leads which Country is "United Kingdom"; others no.

For these leads:
Firstly, phone: the Phone of lead in E.164 for UK, that means "+44" and then the digits, with the first 0 of the national number removed (020 7946 0321 becomes +442079460321). If the number is already starting with "+", it keeps its own country code and only the spaces and other signs are removed.
Secondly, city: the City in capital letters.
Thirdly, jobtitle: the Title; in the case that it is empty, "Not Given".
At last, email from Email, without change.

With best regards,
Farzaneh""",
      extended(SFL,
               sfl(Email="rhys.evans@cardiffbay.co.uk", Country="United Kingdom", Phone="07700 900456",
                   City="Cardiff", Title=""),
               sfl(Email="amir.sohrabi@mancunia.co.uk", Country="United Kingdom", Phone="+44 161 555 0100",
                   City="manchester", Title="   "),
               sfl(Email="julia.weiss@isar.de", Country="Germany", Phone="+49 89 555 0100", City="Munich")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(),
            "jobtitle": dflt(r["Title"], "Not Given")}


@case("h141-32-skip-optouts-street-city-line", L, H, """Dear team,

For Salesforce Lead to HubSpot contacts, please kindly skip the leads that HasOptedOutOfEmail is true. For the rest:

The address of HubSpot should be Street and City together in one line, street then ", " then city (for example "200 Lake St, Chicago"). In the case that the Street is empty or only spaces, only the City, without comma. City always has value.

country: the Country of lead, else "Unknown" when it is empty. email: the Email, copy.

Best regards,
Farzaneh""",
      extended(SFL,
               sfl(Email="elham.shirazi@hafez.ir", Street="  ", City="Shiraz", Country="  ", HasOptedOutOfEmail=False),
               sfl(Email="gary.holt@ironbridge.co.uk", Street="5 Elm Rd", City="Leeds", Country="United Kingdom",
                   HasOptedOutOfEmail=True),
               sfl(Email="ana.lima@recife.br", Street="Rua Nova 12", City="Recife", Country="", HasOptedOutOfEmail=False)))
def o32(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email": r["Email"], "address": ", ".join(p for p in (r["Street"], r["City"]) if not blank(p)),
            "country": dflt(r["Country"], "Unknown")}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h141-33-sf-contacts-status-web-tag", C, M, """Dear team, hope you are well.

Salesforce Contact into Mailchimp, please:

email_address is the Email in lowercase.
status is "unsubscribed" in the case that HasOptedOutOfEmail is true, else "subscribed".
tags: every member has the tag "salesforce"; and the members which LeadSource of the contact is "Web" get a second tag, "web-signup", after it.

With best regards,
Farzaneh""",
      extended(SFC,
               sfc(Email="Roya.Habibi@Golrang.IR", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="PIET.DEVRIES@POLDER.NL", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["web-signup"] if r["LeadSource"] == "Web" else [])}


@case("h141-34-sms-audience-phone-language", C, M, """Dear team,

For our SMS campaign we send Salesforce Contacts to Mailchimp, but contacts without Phone (empty or only spaces) should be excluded, there is no use of them.

The PHONE merge field is the Phone in E.164 format: "+" then the digits. Numbers without "+" are USA numbers, so "+1" goes before them; if there are already 11 digits beginning with 1, only "+" is added; a number starting with "+" keeps its own code.

language is decided by MailingCountry: Germany "de", Austria "de", France "fr", United States "en". These are the only countries we have. email_address is the Email without change.

With best regards,
Farzaneh""",
      extended(SFC,
               sfc(Email="hans.keller@ruhrgas.de", Phone="", MailingCountry="Germany"),
               sfc(Email="amy.stone@redwood.com", Phone="   ", MailingCountry="United States"),
               sfc(Email="claire.petit@lyonnaise.fr", Phone="+33 4 55 55 02 00", MailingCountry="France"),
               sfc(Email="joe.banks@austinlabs.com", Phone="1-512-555-0134", MailingCountry="United States")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "France": "fr", "United States": "en"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h141-35-friend-greeting-sales-vip", C, M, """Dear team, hope you are well.

Mapping of Salesforce Contact to Mailchimp members: status of all members is "pending" (fixed). The LNAME merge field is copy of LastName as it is. The FNAME merge field is the FirstName, but in the case that FirstName is empty or only spaces it should be filled by "Friend", so the email greeting is still polite.

vip should be true when Department of the contact is exactly "Sales", otherwise false; an empty Department is false as well.

email_address from Email, no change.

Best regards,
Farzaneh""",
      extended(SFC,
               sfc(Email="ziba.karimi@negar.ir", FirstName="", LastName="Karimi", Department="Sales"),
               sfc(Email="otto.fink@kielhafen.de", FirstName="  ", LastName="", Department="  "),
               sfc(Email="may.chen@harbourlight.hk", FirstName="May", LastName="Chen", Department="sales")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "pending",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Sales"}


@case("h141-36-trade-show-visitors-no-tags", C, M, """Dear team,

Only the Salesforce Contacts whose LeadSource is "Trade Show" should be added to the Mailchimp audience of event visitors; other contacts no.

Email, FirstName and LastName go to email_address, FNAME and LNAME respectively, plain copy. status "subscribed" and language "en" for all of them, fixed values. And tags please send as an empty list, no tag at all.

With best regards,
Farzaneh""",
      extended(SFC,
               sfc(Email="navid.ghasemi@expoiran.ir", FirstName="Navid", LastName="", LeadSource="Trade Show"),
               sfc(Email="rosa.marti@feria.es", FirstName="Rosa", LastName="Marti", LeadSource="Web"),
               sfc(Email="karl.lang@messe.de", FirstName="Karl", LastName="Lang", LeadSource="trade show")))
def o36(r: R) -> Out:
    if r["LeadSource"] != "Trade Show":
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h141-37-identify-title-birthday-when-present", C, S, """Dear team, hope you are well.

Segment identify from Salesforce Contact: userId is the Email in lowercase letters. traits.email is the Email exactly as it is in Salesforce (no lowercase for this one). traits.firstName and traits.lastName copied from FirstName and LastName.

Also traits.title from Title and traits.birthday from Birthdate, but these two only in the case that they have a value; when Title or Birthdate is empty, the mentioned trait should not be sent.

Best regards,
Farzaneh""",
      extended(SFC,
               sfc(Email="Hoda.Rezaei@Mehrab.IR", FirstName="Hoda", LastName="Rezaei", Title="  ",
                   Birthdate="1992-03-21"),
               sfc(Email="paul.evans@severn.co.uk", FirstName="Paul", LastName="", Title="COO", Birthdate="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h141-38-mailing-city-default-country-trim", C, S, """Hi dear team,

For Salesforce Contact to Segment identify, the address goes nested under traits.address:
traits.address.city is MailingCity, and in the case that MailingCity is empty, "Unknown";
traits.address.country is MailingCountry with the extra spaces at start and end removed.
userId = Email, without any change.

With best regards,
Farzaneh""",
      extended(SFC,
               sfc(Email="saeed.bahrami@karaj.ir", MailingCity="", MailingCountry="  Iran "),
               sfc(Email="lotte.smit@utrecht.nl", MailingCity="  ", MailingCountry="Netherlands"),
               sfc(Email="mark.dunn@yarra.au", MailingCity=" Melbourne", MailingCountry="  ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": dflt(r["MailingCity"], "Unknown"),
                                   "country": r["MailingCountry"].strip()}}}


@case("h141-39-phone-full-name-team-bucket", C, S, """Dear team, hope you are well.

Segment identify from Salesforce Contact, userId is the Email as it is. In traits:

1. phone: the Phone in E.164 ("+" and digits; without "+" means an American number, so put 1 before, except 11 digits already starting with 1 which only get the "+"; with "+" it keeps its country code).
2. name: FirstName and LastName with one space between them.
3. team: from Department, Engineering gives "product", Sales and Marketing give "revenue"; else "general" (an empty Department is also "general").

With best regards,
Farzaneh""",
      extended(SFC,
               sfc(Email="mahsa.noori@dadeh.ir", FirstName="Mahsa", LastName="Noori", Phone="1 (646) 555-0188",
                   Department="Marketing"),
               sfc(Email="erik.holm@fjord.no", FirstName="Erik", LastName="Holm", Phone="+47 22 55 50 00",
                   Department="Finance"),
               sfc(Email="tara.bell@bellworks.com", FirstName="Tara", LastName="Bell", Phone="212 555 0166",
                   Department="  ")))
def o39(r: R) -> Out:
    team = {"Engineering": "product", "Sales": "revenue", "Marketing": "revenue"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "team": team.get(r["Department"], "general")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h141-40-members-back-optout-text", M, H, """Dear team,

Mailchimp members back to HubSpot contacts, please kindly:
- email from email_address, no change
- firstname and lastname from FNAME and LNAME, in title case (capital first letter of each word, the rest small)
- phone from PHONE as it is, but in the case that PHONE is empty, do not send phone (we do not want to delete the number in HubSpot)
- company from COMPANY; an empty COMPANY becomes "Unknown"
- hs_email_optout as a text: "true" when status of the member is "unsubscribed" or "cleaned", otherwise "false"

Best regards,
Farzaneh""",
      extended(MC,
               mc({"FNAME": "anna MARIA", "LNAME": "bianchi", "PHONE": "  ", "COMPANY": "  "},
                  email_address="anna.bianchi@torino.it", status="pending"),
               mc({"FNAME": "ARMAN", "LNAME": "ZAND", "PHONE": "+98 912 555 0100", "COMPANY": "Zand Group"},
                  email_address="arman.zand@zandgroup.ir", status="transactional")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": omit_if_blank(mf["PHONE"]), "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h141-41-skip-unsubscribed-vip-customer", M, H, """Dear team, hope you are well.

From Mailchimp into HubSpot, the unsubscribed members (status "unsubscribed") should not be synced; all other statuses yes.

firstname is FNAME copied as it is, and email is email_address. The lifecyclestage it should be "customer" for the members which vip is true, else "lead".

phone: the PHONE in E.164, i.e. plus sign and the digits. We assume US, so when there is no "+" at the start the country code 1 is put before the digits, but if the number has 11 digits and starts with 1, only "+" is added; a number with "+" keeps its own code. When PHONE is empty, the phone must be left out.

With best regards,
Farzaneh""",
      extended(MC,
               mc({"FNAME": "Soheil", "PHONE": "1 646 555 0100"}, email_address="soheil.amini@amin.ir",
                  status="pending", vip=False),
               mc({"FNAME": "Greta", "PHONE": "(646) 555-0177"}, email_address="greta.falk@falk.se",
                  status="unsubscribed", vip=True),
               mc({"FNAME": "bruno", "PHONE": "  "}, email_address="bruno.costa@lisboa.pt", status="cleaned",
                  vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"],
                 "lifecyclestage": "customer" if r["vip"] else "lead",
                 "phone": omit_if_blank(mf["PHONE"], e164)})


@case("h141-42-webinar-tag-mql-company-domain", M, H, """Dear team,

Mailchimp members to HubSpot contacts. The firstname should be only the first word of FNAME. company is the COMPANY merge field or, in the case that it is empty, the domain of email_address (what comes after the "@", unchanged). lifecyclestage: "marketingqualifiedlead" if the member has the tag "Webinar" in tags (exactly like this, with capital W), otherwise "subscriber". email is email_address as it is.

With best regards,
Farzaneh""",
      extended(MC,
               mc({"FNAME": "Maria Luisa", "COMPANY": "  "}, email_address="maria.luisa@sevilla.es",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Kourosh", "COMPANY": "Parsian Tech"}, email_address="kourosh@parsiantech.ir",
                  tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set141")
