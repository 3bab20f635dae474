"""Held-out set 150 for the offline mapping drafter.

Persona: Anand Krishnan, marketing-operations manager at a B2B SaaS company in Bengaluru, whose
working language is Indian English. Every mapping reaches the integration vendor's engineer as
a formal office email: a subject line, 'Dear Team' or 'Hi Suresh,', numbered, bulleted or
run-in points and 'Regards, Anand' at the bottom. His office habits show: 'kindly', 'please do
the needful', 'PFB the mapping', 'revert back', 'the same' used as a pronoun, 'only' placed late
for emphasis, 'itself', 'as discussed', 'prepone', 'intimate', once a crore and a lakh, 'Sr. No.'
tables pasted as plain text, CC lines, the odd 'pls' or 'thru'. Now and then the text is a
forwarded chain with a one-line note from his manager Ravi on top that changes or adds a rule.

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


@case("h150-01-partner-webinar-leads", H, L, """Subject: HubSpot to SF Lead mapping - partner webinar contacts

Hi Suresh,

As discussed on today's call, PFB the mapping for pushing the partner webinar contacts from HubSpot into Salesforce Leads.
1. Email -> Lead Email
2. First Name -> First Name
3. Last Name -> Last Name
4. Company Name -> Company
5. Job Title -> Title
6. City -> City
7. Lead Source -> "Seminar - Partner", fixed value for every lead

Values to go as it is, no trimming and no change of case. Wherever the HubSpot field is empty, send the empty value itself, no default to be filled.

Kindly do the needful.

Regards,
Anand""",
      extended(HS,
               hs(email="arjun.mehta@tallyledger.in", firstname="Arjun", lastname="Mehta", company="", jobtitle="  ",
                  city=""),
               hs(email="deepa.rao@kavyatech.in", firstname=" Deepa", lastname="Rao ", company="Kavya Tech ",
                  jobtitle="", city="Bengaluru")))
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "City": r["city"], "LeadSource": "Seminar - Partner"}


@case("h150-02-excel-upload-cleanup", H, L, """Subject: RE: Lead sync - cleanup rules

Dear Team,

Further to my previous mail, please find below the rules for the HubSpot contact to Salesforce Lead sync. Many contacts came from the old Excel upload, so there are extra spaces around the names.

- Email: send to Lead Email as it is.
- First Name, Last Name: remove the spaces at the start and end, then send to the lead's First Name / Last Name.
- Company Name: remove start/end spaces and send to Company. If the company is blank (empty or only spaces), put "Not Disclosed", SF will not accept a lead without company.
- Job Title -> Title. No trimming here. If it is blank, put "Not Available", otherwise send the same as it is.
- Mobile Phone Number -> Mobile Phone, straight copy, empty stays empty.

Kindly revert back in case of any doubt.

Regards,
Anand Krishnan
Marketing Operations""",
      extended(HS,
               hs(email="kiran.shetty@bluepeak.in", firstname="  Kiran ", lastname=" Shetty", company="   ", jobtitle="",
                  mobilephone=""),
               hs(email="neha.joshi@tarang.io", firstname="Neha", lastname="Joshi  ", company=" Tarang Labs ",
                  jobtitle=" Product Head ", mobilephone="  "),
               hs(email="imran.q@saffronsoft.in", firstname="Imran", lastname="Qureshi", company="Saffron Soft",
                  jobtitle="   ", mobilephone="+91 98450 77881")))
def o02(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Not Disclosed").strip(), "Title": dflt(r["jobtitle"], "Not Available"),
            "MobilePhone": r["mobilephone"]}


@case("h150-03-office-then-mobile-phone", H, L, """Subject: Phone missing on SF leads

Hi Suresh,

Sales team is complaining that many leads are coming without phone. Kindly change the HubSpot contact -> Lead mapping as below:
a) Email goes to Lead Email, no change.
b) First Name and Last Name in title case, i.e. first letter of every word capital and the rest small ("RAMESH kumar" becomes "Ramesh Kumar").
c) Lead Phone: first take the HubSpot Phone Number (office). If that is blank, take the Mobile Phone Number. If both are blank, don't send Phone at all, leave the field out. Spaces-only we are treating as blank. The number goes as it is, no formatting.

Nothing else to be mapped for now.

Thanks & Regards,
Anand""",
      extended(HS,
               hs(email="ramesh.kumar@vistara.in", firstname="RAMESH", lastname="kumar", phone="  ", mobilephone=""),
               hs(email="sunita.pillai@coirworks.in", firstname="sunita devi", lastname="PILLAI", phone="",
                  mobilephone="+91 98470 11223"),
               hs(email="tom.ellis@ridgeway.com", firstname="Tom", lastname="ellis", phone="(408) 555-0155",
                  mobilephone="(408) 555-0199"),
               hs(email="gita.bose@jutemill.in", firstname="Gita", lastname="Bose", phone="   ",
                  mobilephone="  ")))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


@case("h150-04-industry-picklist-table", H, L, """Subject: Industry mapping - HubSpot to Salesforce Lead

Dear Suresh,

Salesforce Industry is a picklist, so the free text from HubSpot is failing. PFB the conversion table for the lead's Industry field:

Sr. No.   HubSpot Industry   SF Lead Industry
1         Software           Technology
2         Logistics          Transportation
3         Food               Food & Beverage
4         Design             Media
5         Banking            Finance

Any other value, and also when HubSpot Industry is blank, put "Other".

Email to go to Lead Email in small letters (lower case), our dedupe in SF is case sensitive. Only these two fields please.

Regards,
Anand""",
      extended(HS,
               hs(email="Vikram.Singh@PayNest.IN", industry="Banking"),
               hs(email="ANJALI.NAIR@KERALASPICE.COM", industry="Agriculture"),
               hs(email="Rohit.Das@Cloudkart.in", industry="   ")))
def o04(r: R) -> Out:
    table = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage", "Design": "Media",
             "Banking": "Finance"}
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case("h150-05-skip-unsubscribed-and-offline", H, L, """Anand, also keep out the contacts whose Original Source is OFFLINE, those are already with the field sales team. -Ravi

---------- Forwarded message ----------
From: Anand Krishnan
To: Suresh
Cc: Ravi Menon
Subject: HubSpot contacts to SF Leads - exclusion

Hi Suresh,

For the lead push, please don't send contacts who have unsubscribed from all email (HubSpot value "true"). If that field is "false" or blank, the contact should go.
Mapping: Email -> Lead Email, First Name -> First Name, Last Name -> Last Name, Company Name -> Company, all as it is. Rating to be "Warm" for every lead we send.

Regards,
Anand""",
      extended(HS,
               hs(email="meera.iyer@kalpavriksha.in", firstname="Meera", lastname="Iyer", company="Kalpavriksha",
                  hs_email_optout="", hs_analytics_source="OFFLINE"),
               hs(email="sanjay.gupta@ledgerly.in", firstname="Sanjay", lastname="Gupta", company="Ledgerly",
                  hs_email_optout="false", hs_analytics_source="DIRECT_TRAFFIC"),
               hs(email="farhan.ali@bytecraft.in", firstname="Farhan", lastname="Ali", company="",
                  hs_email_optout="  ", hs_analytics_source=""),
               hs(email="lata.m@greenleaf.in", firstname="Lata", lastname="M", company="Greenleaf",
                  hs_email_optout="true", hs_analytics_source="ORGANIC_SEARCH")))
def o05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["hs_analytics_source"] == "OFFLINE":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Rating": "Warm"}


@case("h150-06-rating-crore-lakh", H, L, """Subject: Lead Rating logic

Hi Suresh,

As discussed, Rating on the SF lead should be decided from the HubSpot Annual Revenue:
- more than 1 crore (10,000,000) -> Hot
- less than 10 lakh (1,000,000) -> Cold
- in between these two -> Warm
- revenue blank -> Cold itself, not Warm

Number of Employees should go to the lead's Employees field as a whole number (integer, not text). Where employees is blank in HubSpot, leave Employees out of the lead, don't send anything. And of course Email -> Lead Email as it is.

Regards,
Anand""",
      extended(HS,
               hs(email="prakash.r@deccanmotors.in", annualrevenue="10000000.5", numemployees="1800"),
               hs(email="swati.k@chaiwala.in", annualrevenue="999999.5", numemployees="  "),
               hs(email="ajay.n@pixelmint.in", annualrevenue="  ", numemployees="7")))
def o06(r: R) -> Out:
    v = rev(r)
    if v is None or v < 1_000_000:
        rating = "Cold"
    elif v > 10_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h150-07-us-dialling-e164", H, L, """Subject: SF Lead - phone format

Dear Team,

Our US SDRs are dialling thru Salesforce, so the phone has to be in E.164 format. Kindly set up HubSpot contact -> Lead like this.

Phone Number goes to the lead Phone as "+" followed by digits only. Take the country as US (+1) by default. If the number already starts with +, keep that country code itself. If it is 11 digits starting with 1, the country code is already there, just add the +. If Phone Number is blank, don't send Phone at all (no empty value, no "+1").

First Name, Last Name and City go to the same fields on the lead, in title case (first letter of each word capital, remaining letters small). Email to Lead Email without any change.

Regards,
Anand""",
      extended(HS,
               hs(email="gary.holt@bayshore.com", firstname="GARY", lastname="holt", city="SAN JOSE",
                  phone="1 (669) 555-0142"),
               hs(email="lisa.marie@oakfield.com", firstname="lisa", lastname="MARIE", city="austin", phone="  "),
               hs(email="raj.patel@sunnyvale.io", firstname="Raj", lastname="Patel", city="palo alto",
                  phone="650.555.0123")))
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": omit_if_blank(r["phone"], e164)})


@case("h150-08-india-sdr-leads", H, L, """Subject: India leads to Salesforce - mapping

Hi Suresh,

We have preponed the India SDR team start to next month, so kindly set up the HubSpot -> SF Lead sync for India contacts only. Where Country/Region is not "India", we should not send.

PFB the fields:
1. Email -> Lead Email
2. Last Name -> Last Name
3. Company Name -> Company
4. State/Region -> lead State, in capital letters (ka -> KA)
5. Description -> "HubSpot source: <Original Source>, created on <date>", date being the Create Date as YYYY-MM-DD. E.g. "HubSpot source: PAID_SEARCH, created on 2024-05-17".

Fields 1-3 go as it is. Please intimate once it is live.

Regards,
Anand""",
      extended(HS,
               hs(email="karthik.r@zenithinfra.in", lastname="Raghavan", company="Zenith Infra", country="India",
                  state="ka", hs_analytics_source="PAID_SEARCH", createdate="2024-05-17T12:10:00.000Z"),
               hs(email="pooja.desai@mumbaimart.in", lastname="Desai", company="Mumbai Mart", country="India",
                  state="Maharashtra", hs_analytics_source="ORGANIC_SEARCH", createdate="2023-10-02T13:30:00.000Z"),
               hs(email="senthil.k@kovaitex.in", lastname="Kumar", company="", country="India", state="tn",
                  hs_analytics_source="REFERRALS", createdate="2024-12-31T11:59:00.000Z"),
               hs(email="nimal.perera@lankatea.lk", lastname="Perera", company="Lanka Tea", country="Sri Lanka",
                  state="WP")))
def o08(r: R) -> Out:
    if r["country"] != "India":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "State": r["state"].upper(),
            "Description": f"HubSpot source: {r['hs_analytics_source']}, created on {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case("h150-09-contact-mailing-address", H, C, """Subject: HubSpot Contact -> SF Contact (address fields)

Dear Suresh,

PFB the address mapping for Contacts. Straight copy for all, no cleaning or formatting.

Sr. No. | HubSpot          | SF Contact
1       | Email            | Email
2       | First Name       | First Name
3       | Last Name        | Last Name
4       | Street Address   | Mailing Street
5       | City             | Mailing City
6       | State/Region     | Mailing State/Province
7       | Postal Code      | Mailing Zip/Postal Code
8       | Country/Region   | Mailing Country

If any of these is empty in HubSpot, the empty value itself should go; don't skip the field.

Regards,
Anand""",
      extended(HS,
               hs(email="harsha.v@mysorepaints.in", firstname="Harsha", lastname="V", address="", city="Mysuru",
                  state="  ", zip="", country="India"),
               hs(email="anita.d@silkroute.in", firstname="Anita", lastname="D'Souza", address=" 14 MG Road ",
                  city="Bengaluru", state="Karnataka", zip="560001", country="India")))
def o09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h150-10-optout-dnc-checkboxes", H, C, """Subject: Opt-out and DNC checkboxes on SF Contact

Hi Suresh,

Two checkboxes on the Salesforce Contact to be filled from HubSpot, along with Email -> Email.

1. Email Opt Out: true when HubSpot "Unsubscribed from all email" is "true", and also when it is blank (empty or spaces). Our DPO says if we don't know, treat as opted out only. When HubSpot says "false" it should be false.
2. Do Not Call: true when the contact has no Mobile Phone Number (blank or only spaces), otherwise false. Office phone we are not checking.

Both should be proper true/false values, not text.

Regards,
Anand""",
      extended(HS,
               hs(email="vivek.jain@marwarcap.in", hs_email_optout="  ", mobilephone="   "),
               hs(email="kavitha.s@tealbox.in", hs_email_optout="false", mobilephone="+91 99000 12345"),
               hs(email="zubin.m@parsiport.in", hs_email_optout="", mobilephone="")))
def o10(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] != "false",
            "DoNotCall": blank(r["mobilephone"])}


@case("h150-11-names-from-email", H, C, """Subject: SF Contact insert failing - names missing

Hi Suresh,

Some HubSpot contacts are without names and the SF Contact insert is failing on Last Name. Kindly handle like this:
- Email -> Email, as it is.
- First Name: HubSpot First Name; if blank, the part of the email before the @.
- Last Name: HubSpot Last Name; if that is blank take Company Name; if company also blank, the part of the email before the @.

Blank means empty or only spaces. The part before @ to be taken as it is, no case change.

Regards,
Anand""",
      extended(lower_emails(HS),
               hs(email="info@saptagiri.in", firstname="", lastname="", company=""),
               hs(email="p.venkat@arohan.in", firstname="  ", lastname=" ", company="Arohan Finance"),
               hs(email="lakshmi.n@gmail.com", firstname="Lakshmi", lastname="", company="   ")))
def o11(r: R) -> Out:
    local = before_at(r["email"])
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], local),
            "LastName": first_filled(r["lastname"], r["company"], local)}


@case("h150-12-iso3-country-state-caps", H, C, """Subject: Country codes for SF Contacts

Dear Team,

In SF Contact we keep Mailing Country as a 3-letter code. PFB the conversion from HubSpot Country/Region:
United States - USA
Japan - JPN
Mexico - MEX
France - FRA
India - IND
These are the only countries in our HubSpot as of now, so no other case will come.

State/Region to go to Mailing State/Province in upper case. If the state is empty, don't send Mailing State at all. Email -> Email as usual.

Regards,
Anand""",
      extended(HS,
               hs(email="suresh.b@hosurauto.in", country="India", state="ka"),
               hs(email="amit.rana@dehradunsoft.in", country="India", state="  "),
               hs(email="beth.cole@hudsonline.com", country="United States", state="ny")))
def o12(r: R) -> Out:
    iso3 = {"United States": "USA", "Japan": "JPN", "Mexico": "MEX", "France": "FRA", "India": "IND"}
    return keep({"Email": r["email"], "MailingCountry": iso3[r["country"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h150-13-customers-to-sf-contact", H, C, """Subject: Customers to SF Contact

Hi Suresh,

Pls set up the HubSpot -> Salesforce Contact push for customers and evangelists only (Lifecycle Stage "customer" or "evangelist"). Other stages should not come.

Mapping:
* Email -> Email, converted to lower case
* Business Phone: Mobile Phone Number first; if mobile is blank, take Phone Number; if both are blank, put "Not Available". Numbers as it is.
* Contact Description: fixed text "Customer - synced from HubSpot"

Spaces-only numbers also we are treating as blank.

Regards,
Anand""",
      extended(HS,
               hs(email="Gopal.Krishnan@Annapoorna.IN", lifecyclestage="evangelist", mobilephone="  ",
                  phone="080 4112 3344"),
               hs(email="Usha.B@Medleaf.in", lifecyclestage="customer", mobilephone="", phone=" "),
               hs(email="Tarun.S@Vriksh.in", lifecyclestage="opportunity", mobilephone="+91 90080 11223"),
               hs(email="Nandini.R@Kaveri.IN", lifecyclestage="customer", mobilephone="+91 90080 55667",
                  phone="080 2222 1111")))
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "Phone": first_filled(r["mobilephone"], r["phone"], "Not Available"),
            "Description": "Customer - synced from HubSpot"}


@case("h150-14-final-contact-mapping", H, C, """Subject: SF Contact mapping - final

Dear Suresh,

PFB the final mapping for HubSpot Contact to SF Contact, as agreed in yesterday's meeting with Ravi.

Sr. No. 1 - Email -> Email (no change)
Sr. No. 2 - First Name -> First Name, title case (each word capital first letter, rest lower)
Sr. No. 3 - Last Name -> Last Name, title case
Sr. No. 4 - Job Title -> Title, after removing leading and trailing spaces
Sr. No. 5 - Original Source -> Lead Source as below
            PAID_SEARCH or PAID_SOCIAL -> Advertisement
            REFERRALS -> External Referral
            EMAIL_MARKETING -> Email
            OFFLINE -> Trade Show
            anything else, including blank -> Web

Kindly revert back with the test results. I have CC'ed Ravi for his information.

Regards,
Anand""",
      extended(HS,
               hs(email="shreya.menon@inkpot.in", firstname="SHREYA", lastname="menon", jobtitle="  Content Lead ",
                  hs_analytics_source="EMAIL_MARKETING"),
               hs(email="arvind.swamy@tirupurknits.in", firstname="arvind", lastname="SWAMY", jobtitle="   ",
                  hs_analytics_source="OFFLINE"),
               hs(email="bala.m@chettinadcem.in", firstname="Bala", lastname="Murugan", jobtitle="CFO",
                  hs_analytics_source="DIRECT_TRAFFIC")))
def o14(r: R) -> Out:
    source = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "External Referral",
              "EMAIL_MARKETING": "Email", "OFFLINE": "Trade Show"}
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": source.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case("h150-15-newsletter-double-optin", H, M, """Subject: HubSpot to Mailchimp newsletter audience

Hi Suresh,

PFB the mapping for the Mailchimp newsletter audience. Email -> Email Address; First Name -> FNAME; Last Name -> LNAME; Phone Number -> PHONE merge field. All as it is, blank also as blank.

Status: "pending" for everybody, our DPO wants double opt-in for all.

Language: take HubSpot Preferred language. Most of our contacts don't have this field at all; if it is missing or blank, put "en".

Regards,
Anand""",
      extended(HS,
               hs(email="ritika.s@chandni.in", firstname="Ritika", lastname="Sharma", phone="", hs_language="hi"),
               hs(email="joseph.k@backwaters.in", firstname="Joseph", lastname="Kurian", hs_language="  "),
               hs(email="anbu.selvan@kanchisilk.in", firstname="Anbu", lastname="", phone="044 2433 1100",
                  hs_language="ta")))
def o15(r: R) -> Out:
    return {"email_address": r["email"], "status": "pending", "language": dflt(r.get("hs_language"), "en"),
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "PHONE": r["phone"]}}


@case("h150-16-status-from-unsubscribe", H, M, """Subject: MC status from HubSpot unsubscribe field

Dear Team,

Kindly use the HubSpot field "Unsubscribed from all email" for the Mailchimp subscription status:
"true" -> unsubscribed
"false" -> subscribed
blank (empty or spaces) -> pending, so that they get the confirmation mail

Every member from this sync to get one tag, "HubSpot Sync". Email -> Email Address as it is. Nothing else to be sent.

Please do the needful.

Regards,
Anand""",
      extended(HS,
               hs(email="yash.t@ghatroad.in", hs_email_optout="   "),
               hs(email="mala.p@rangoli.in", hs_email_optout="false"),
               hs(email="dinesh.c@coastline.in", hs_email_optout="true")))
def o16(r: R) -> Out:
    opt = r["hs_email_optout"]
    status = "unsubscribed" if opt == "true" else "subscribed" if opt == "false" else "pending"
    return {"email_address": r["email"], "status": status, "tags": ["HubSpot Sync"]}


@case("h150-17-enterprise-and-opportunity-tags", H, M, """Subject: Tags for Mailchimp

Hi Suresh,

For the HubSpot -> Mailchimp sync we need two tags, in this order:
1) "Enterprise" if Number of Employees is more than 100
2) "Open Opportunity" if Lifecycle Stage is opportunity

If employees is blank, no Enterprise tag. If neither applies, tags should be an empty list. Only the email (-> Email Address, as it is) and tags we are sending in this one.

Regards,
Anand""",
      extended(HS,
               hs(email="ashok.l@vindhya.in", numemployees="101", lifecyclestage="opportunity"),
               hs(email="bindu.r@periyar.in", numemployees="  ", lifecyclestage="opportunity"),
               hs(email="charan.t@godavari.in", numemployees="99", lifecyclestage="lead"),
               hs(email="divya.g@narmada.in", numemployees="5000", lifecyclestage="customer")))
def o17(r: R) -> Out:
    tags = []
    if gt(r["numemployees"], 100):
        tags.append("Enterprise")
    if r["lifecyclestage"] == "opportunity":
        tags.append("Open Opportunity")
    return {"email_address": r["email"], "tags": tags}


@case("h150-18-sms-pilot-first-name", H, M, """Subject: SMS pilot audience - Mailchimp

Hi Suresh,

For the SMS pilot audience in Mailchimp, PFB:
- Email -> Email Address (no change)
- FNAME: only the first word of the HubSpot First Name ("Sai Krishna" -> "Sai")
- PHONE: take Phone Number; if it is blank (or only spaces), then Mobile Phone Number. Every contact here has at least one of the two. Convert the same to E.164: "+" and digits, +1 (US) by default; a number already starting with + keeps its own country code; 11 digits starting with 1 already has the code, so only add the "+".

Regards,
Anand""",
      extended(HS,
               hs(email="sai.krishna@godavarifoods.in", firstname="Sai Krishna", phone="  ",
                  mobilephone="+91 98450 12345"),
               hs(email="anil.kumar@eastcoast.com", firstname=" Anil  Kumar", phone="1 212 555 0111", mobilephone=""),
               hs(email="mary.jo@hudsonvale.com", firstname="Mary Jo", phone="", mobilephone="646-555-0177")))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h150-19-b2b-audience-referral-vip", H, M, """Subject: B2B newsletter audience

Dear Suresh,

Contacts without Company Name (blank or just spaces) are mostly Gmail sign-ups, kindly skip them from the B2B audience. All others to be sent with:
- Email Address = HubSpot Email, as it is
- Status = "subscribed"
- VIP = true when Original Source is REFERRALS; for any other source, and when the source is blank, false.

Regards,
Anand""",
      extended(HS,
               hs(email="sneha.pai@gmail.com", company="  ", hs_analytics_source="REFERRALS"),
               hs(email="ravi.teja@infomesh.in", company="Infomesh", hs_analytics_source="REFERRALS"),
               hs(email="kumar.s@yahoo.co.in", company="", hs_analytics_source="ORGANIC_SEARCH"),
               hs(email="pallavi.n@brindavan.in", company="Brindavan Agro", hs_analytics_source="  ")))
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed", "vip": r["hs_analytics_source"] == "REFERRALS"}


@case("h150-20-company-tag-domain-vip", H, M, """Subject: Mailchimp - names, company tag and VIP

Hi Suresh,

Kindly do the below for HubSpot -> Mailchimp:
1. Email -> Email Address as it is.
2. FNAME and LNAME from First Name / Last Name, in title case (capital first letter for every word, rest small).
3. Tags: one tag with the Company Name. If company is blank (or only spaces), use the email domain instead, i.e. the part after the @, as it is.
4. VIP: true if Annual Revenue is more than 2,000,000; otherwise false. Blank revenue also false.

Regards,
Anand""",
      extended(lower_emails(HS),
               hs(email="kavya.n@gmail.com", firstname="KAVYA", lastname="n", company="", annualrevenue="2000000.5"),
               hs(email="mohan.das@keralaboats.in", firstname="mohan", lastname="DAS", company="  ",
                  annualrevenue="  "),
               hs(email="irfan.k@kashmirwool.in", firstname="irfan", lastname="khan", company="Kashmir Wool",
                  annualrevenue="1999999")))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 2_000_000)}


# -------------------------------------------------------------- hubspot.contacts -> segment.identify


@case("h150-21-segment-identify-name", H, S, """Subject: Segment identify from HubSpot

Hi Suresh,

For the Segment identify call the userId should be the HubSpot Email in lower case. In traits, kindly send "email" with the Email as it is (don't lower this one), "firstName" and "lastName" copied from First Name and Last Name, and "name" which is First Name + one space + Last Name (e.g. "Priya Raman"). Also "title" from Job Title, copied; empty also fine, send the same.

Regards,
Anand""",
      extended(HS,
               hs(email="Nikhil.Bhat@Quantra.IN", firstname="Nikhil", lastname="Bhat", jobtitle=""),
               hs(email="SNEHA.KULKARNI@VEDA.IO", firstname="Sneha", lastname="Kulkarni", jobtitle="  ")))
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h150-22-segment-company-traits", H, S, """Subject: Segment - company traits

Dear Team,

Please send the company details under traits.company in the identify call (userId = HubSpot Email, as it is):

traits.company.name - Company Name; if blank, put "Individual"
traits.company.industry - Industry; if blank, leave the key out
traits.company.employee_count - Number of Employees as an integer; if blank, leave it out

Blank includes only-spaces values also.

Regards,
Anand""",
      extended(HS,
               hs(email="guru.p@solo.in", company="  ", industry="", numemployees="3"),
               hs(email="reena.j@wiprotech.in", company="Wiprotech", industry="  ", numemployees="  "),
               hs(email="faisal.a@souq.in", company="", industry="Retail", numemployees="120")))
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Individual"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"],
                                                                        lambda x: int(float(x)))}}})


@case("h150-23-segment-address-phone", H, S, """Subject: Segment address and phone

Hi Suresh,

For the identify call (userId = Email, as it is), kindly add the following.

Under traits.address: city from City, postalCode from Postal Code, country from Country/Region - straight copy, empty stays empty. And state from State/Region, but only when it is filled; for blank state don't send the key.

traits.phone: Mobile Phone Number; if blank then Phone Number; if both are blank, no phone trait at all. Format E.164 with US as default (+1); a number starting with + keeps its own country code, and 11 digits starting with 1 only needs the +.

Regards,
Anand""",
      extended(HS,
               hs(email="ganesh.h@konkanfarms.in", mobilephone="  ", phone="", state=""),
               hs(email="jenny.wu@bayarea.com", mobilephone="", phone="(510) 555-0161", state="CA", city="", zip=""),
               hs(email="naresh.v@deccanhub.in", mobilephone="+91 80 4000 5000", phone="", state="  ",
                  city="Hyderabad", zip="500081", country="India")))
def o23(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"address": {"city": r["city"], "postalCode": r["zip"], "country": r["country"],
                                        "state": omit_if_blank(r["state"])},
                            "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164)}})


@case("h150-24-segment-consent-revenue", H, S, """Subject: Segment traits - consent and revenue

Hi Suresh,

HubSpot emails have stray spaces and capitals, so userId = Email after removing the spaces at both ends and making it lower case.

Traits:
- title: Job Title, copy as it is
- marketing_consent: true only when "Unsubscribed from all email" is "false". If it is "true", or blank, then false (for blank we are not assuming consent).
- annual_revenue: Annual Revenue as a number, not a string. If revenue is blank, leave this trait out.

Regards,
Anand""",
      extended(HS,
               hs(email="  Pooja.Hegde@Nimbus.IN ", hs_email_optout="", annualrevenue="1500000.5", jobtitle=" "),
               hs(email="RAHUL.V@ORBIT.COM", hs_email_optout="false", annualrevenue="  ", jobtitle="Head - Growth")))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"title": r["jobtitle"], "marketing_consent": r["hs_email_optout"] == "false",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ------------------------------------------------------------------- hubspot.contacts -> ga4.events


@case("h150-25-ga4-crm-contact-sync", H, G, """Subject: GA4 event for HubSpot contacts

Hi Suresh,

Kindly send one GA4 Measurement Protocol event per HubSpot contact:

client_id: "hubspot-crm" (fixed for all)
event name: "crm_contact_sync" (fixed)
event params:
  lifecycle_stage - Lifecycle Stage, copied as it is
  industry - Industry in lower case; if industry is blank, send "unknown"
  created_on - Create Date, only the date part (YYYY-MM-DD)
  platform - fixed "hubspot"

Regards,
Anand""",
      extended(HS,
               hs(email="lokesh.b@malnad.in", industry="  ", lifecyclestage="opportunity",
                  createdate="2024-08-15T12:00:00.000Z"),
               hs(email="farida.s@ajmerfin.in", industry="Financial Services", lifecyclestage="evangelist",
                  createdate="2025-03-03T14:20:00.000Z")))
def o25(r: R) -> Out:
    ind = r["industry"]
    return {"client_id": "hubspot-crm",
            "events": [{"name": "crm_contact_sync",
                        "params": {"lifecycle_stage": r["lifecyclestage"],
                                   "industry": "unknown" if blank(ind) else ind.lower(),
                                   "created_on": day(r["createdate"]), "platform": "hubspot"}}]}


@case("h150-26-ga4-team-size", H, G, """Subject: GA4 - team size event

Dear Suresh,

Only contacts with Number of Employees more than 20 should go to GA4; where employees is blank, skip the contact.

client_id = part of the email before the @
event name = "team_size_known" (fixed)
event params: "employees" = Number of Employees as a number, and "source_system" = "hubspot" (fixed)

Regards,
Anand""",
      extended(lower_emails(HS),
               hs(email="manoj.t@kalpa.in", numemployees="21"),
               hs(email="sheela.r@varna.in", numemployees="   "),
               hs(email="tenzin.d@himalayan.in", numemployees="19"),
               hs(email="prem.s@sahyadri.in", numemployees="350")))
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 20):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "team_size_known",
                        "params": {"employees": num(r["numemployees"]), "source_system": "hubspot"}}]}


@case("h150-27-ga4-paid-vs-organic", H, G, """Subject: GA4 events - paid vs organic

Hi Suresh,

GA4 event from HubSpot contacts, client_id = HubSpot Email as it is.

Event name: "paid_contact" when Original Source is PAID_SEARCH or PAID_SOCIAL, otherwise "organic_contact" (blank source also organic_contact only).

Event params:
- job_title: Job Title; if blank put "NA"
- country: Country/Region, copied as it is, blank as blank

Regards,
Anand""",
      extended(HS,
               hs(email="aditi.b@kolkatakraft.in", hs_analytics_source="PAID_SOCIAL", jobtitle="  ", country=""),
               hs(email="vinay.h@udupibites.in", hs_analytics_source="  ", jobtitle="Founder", country="India")))
def o27(r: R) -> Out:
    name = "paid_contact" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "organic_contact"
    return {"client_id": r["email"],
            "events": [{"name": name, "params": {"job_title": dflt(r["jobtitle"], "NA"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case("h150-28-leads-into-hubspot", L, H, """Subject: Reverse sync - SF Leads into HubSpot

Dear Team,

As discussed, we need the Salesforce Leads to come into HubSpot contacts also. Simple 1:1 copy, no transformation. PFB:

Sr.No  Salesforce Lead   HubSpot Contact
1      Email             Email
2      First Name        First Name
3      Last Name         Last Name
4      Company           Company Name
5      Title             Job Title
6      Phone             Phone Number
7      Street            Street Address
8      City              City
9      Zip/Postal Code   Postal Code
10     Country           Country/Region

Empty values to go as empty itself, please don't drop the field.

Regards,
Anand""",
      extended(SFL,
               sfl(Email="harish.gowda@hassanagro.in", FirstName="Harish", LastName="Gowda", Company="Hassan Agro",
                   Title="", Phone="  ", Street="", City="Hubballi", PostalCode="", Country="India")))
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": r["Country"]}


@case("h150-29-status-to-lifecycle", L, H, """Subject: Lead Status -> Lifecycle Stage

Hi Suresh,

For SF Lead -> HubSpot, the Lifecycle Stage to be set from Lead Status:
Open - Not Contacted = lead
Working - Contacted = marketingqualifiedlead
Closed - Converted = customer
Closed - Not Converted = other
(These four are the only statuses we use.)

Also the HubSpot "Unsubscribed from all email" field to be filled from Email Opt Out, as text: "true" if opted out, else "false". Email -> Email as it is.

Regards,
Anand""",
      extended(SFL,
               sfl(Email="sunil.m@nagpurorange.in", Status="Working - Contacted", HasOptedOutOfEmail=True),
               sfl(Email="keerthi.v@vizagport.in", Status="Open - Not Contacted", HasOptedOutOfEmail=False)))
def o29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"email": r["Email"], "lifecyclestage": stage[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h150-30-rating-to-lead-status", L, H, """Subject: Rating to HubSpot Lead Status

Dear Suresh,

Kindly map the Salesforce Rating to the HubSpot Lead Status like below (all our leads have a rating, and only these three values):
Hot -> CONNECTED
Warm -> ATTEMPTED_TO_CONTACT
Cold -> BAD_TIMING

Annual Revenue -> HubSpot Annual Revenue as a number. Where revenue is blank, don't send the field.
Email to go in lower case.

Regards,
Anand""",
      extended(SFL,
               sfl(Email="Farah.Khan@Zaffran.IN", Rating="Warm", AnnualRevenue="4500000.5"),
               sfl(Email="VINOD.P@RAILNET.IN", Rating="Cold", AnnualRevenue="  ")))
def o30(r: R) -> Out:
    status = {"Hot": "CONNECTED", "Warm": "ATTEMPTED_TO_CONTACT", "Cold": "BAD_TIMING"}
    return keep({"email": r["Email"].lower(), "hs_lead_status": status[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h150-31-uk-partner-leads", L, H, """Subject: UK leads to HubSpot

Hi Suresh,

Our London partner team works from HubSpot, so please sync only the leads where Country is "United Kingdom".
- Email -> Email
- Phone -> Phone Number in E.164 for UK: remove the leading 0 and put +44 in front. If the number already has + in front, keep the same country code. All UK leads have a phone.
- Zip/Postal Code -> Postal Code in capitals
- Company -> Company Name; if blank, put "Unknown Company"

Regards,
Anand""",
      extended(SFL,
               sfl(Email="priti.shah@camdenloom.co.uk", Country="United Kingdom", Phone="07700 900456",
                   PostalCode="nw1 8aa", Company=""),
               sfl(Email="dev.mistry@mancunia.co.uk", Country="United Kingdom", Phone="+44 161 555 0142",
                   PostalCode="m1 1ae", Company="  "),
               sfl(Email="sean.byrne@liffey.ie", Country="Ireland", Phone="+353 1 555 0100", PostalCode="D02")))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "company": dflt(r["Company"], "Unknown Company")}


@case("h150-32-skip-cold-company-city", L, H, """Anand, "NA" looks bad in our reports, put "Not Available" for blank job title instead. -Ravi

---------- Forwarded message ----------
From: Anand Krishnan
To: Suresh
Subject: SF Leads -> HubSpot (exclusions)

Hi Suresh,

Cold rated leads should not come to HubSpot, kindly skip them. For the rest:
- Email -> Email, as it is
- Title -> Job Title; if blank (or only spaces) put "NA"
- Company Name in HubSpot = SF Company + " - " + City, e.g. "Sunrise Solar - Chicago". If City is blank, only the Company, without the " - ". Every lead has a Company.

Regards,
Anand""",
      extended(SFL,
               sfl(Email="rohan.g@goabeach.in", Company="Goa Beach Resorts", Rating="Hot", City="", Title=""),
               sfl(Email="uma.k@kochiport.in", Company="Kochi Port Traders", Rating="Warm", City="  ", Title="  "),
               sfl(Email="ajit.p@punemetal.in", Company="Pune Metal", Rating="Cold", City="Pune", Title="GM")))
def o32(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    company = r["Company"] if blank(r["City"]) else f"{r['Company']} - {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Not Available"), "company": company}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members


@case("h150-33-sf-contacts-inbound-tag", C, M, """Subject: SF Contacts to Mailchimp

Hi Suresh,

PFB the mapping:
1. Email Address = SF Email in small letters
2. Status = "unsubscribed" when Email Opt Out is ticked, else "subscribed"
3. Tags: every member gets "Salesforce Contact". Contacts whose Lead Source is "Web" get one more tag "Inbound", after that one.

Regards,
Anand""",
      extended(SFC,
               sfc(Email="Asha.Menon@Kairos.IN", HasOptedOutOfEmail=True, LeadSource="Web"),
               sfc(Email="DEV.ANAND@TRIVENI.IN", HasOptedOutOfEmail=False, LeadSource="")))
def o33(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["Salesforce Contact"] + (["Inbound"] if r["LeadSource"] == "Web" else [])}


@case("h150-34-sms-contacts-language", C, M, """Subject: Mailchimp SMS - SF contacts

Dear Suresh,

Contacts without Business Phone (blank or spaces) please skip. Rest kindly send with:
- Email Address: Email as it is
- PHONE merge field: Business Phone in E.164. Default country US (+1); if the number already starts with +, keep its own country code; 11 digits starting with 1 means the code is already there, just prefix +.
- Language from Mailing Country:
    Germany - de
    Austria - de
    United States - en
    India - en
    France - fr
  (we have only these countries in SF)

Regards,
Anand""",
      extended(SFC,
               sfc(Email="rekha.s@hampitours.in", Phone="+91 80 4123 4567", MailingCountry="India"),
               sfc(Email="claire.martin@lyonsoie.fr", Phone="  ", MailingCountry="France"),
               sfc(Email="mike.dean@goldengate.com", Phone="1 (415) 555 0100", MailingCountry="United States"),
               sfc(Email="luc.bernard@lillefer.fr", Phone="+33 1 44 55 66 77", MailingCountry="France")))
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en", "India": "en", "France": "fr"}
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": lang[r["MailingCountry"]]}


@case("h150-35-welcome-series-vip", C, M, """Anand, also add vip flag - true for contacts whose Department is Engineering, others false (blank department also false). -Ravi

-----Original Message-----
From: Anand Krishnan
To: Suresh
CC: Ravi Menon
Subject: SF Contact -> Mailchimp welcome series

Hi Suresh,

For the welcome series audience:
- Email Address <- Email, as it is
- Status: "subscribed" for everybody
- FNAME <- First Name; if blank, put "Friend" so that the mail says "Hi Friend"
- LNAME <- Last Name, as it is (blank stays blank)

Regards,
Anand""",
      extended(SFC,
               sfc(Email="chitra.r@veenatech.in", FirstName="", LastName="Rao", Department="Engineering"),
               sfc(Email="om.prakash@gangasteel.in", FirstName="  ", LastName="", Department="  "),
               sfc(Email="tina.d@goadesign.in", FirstName="Tina", LastName="Dias", Department="Marketing")))
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "status": "subscribed",
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend"), "LNAME": r["LastName"]},
            "vip": r["Department"] == "Engineering"}


@case("h150-36-india-audience-no-tags", C, M, """Subject: India audience from SF Contacts

Hi Suresh,

Please send SF Contacts to the India newsletter audience, Mailing Country "India" only. Others not required.

Email -> Email Address, First Name -> FNAME, Last Name -> LNAME, as it is.
Status "subscribed" and Language "en" for all.
Tags: send an empty list, no tags at all; we will tag manually later.

Regards,
Anand""",
      extended(SFC,
               sfc(Email="arun.nair@trivandrumsoft.in", FirstName="Arun", LastName="Nair", MailingCountry="India"),
               sfc(Email="sakshi.v@jaipurblue.in", FirstName="Sakshi", LastName="", MailingCountry="India"),
               sfc(Email="wei.lim@merlion.sg", FirstName="Wei", LastName="Lim", MailingCountry="Singapore")))
def o36(r: R) -> Out:
    if r["MailingCountry"] != "India":
        return None
    return {"email_address": r["Email"], "status": "subscribed", "language": "en",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify


@case("h150-37-segment-title-birthday", C, S, """Subject: Segment identify from SF Contact

Dear Team,

PFB for the Segment identify from Salesforce Contacts.
userId - SF Email in lower case.
traits.firstName, traits.lastName - First Name and Last Name, as it is.
traits.title - Title, only if it is filled; if blank, don't send the key.
traits.birthday - Birthdate, same way, only when it has a value.

Regards,
Anand""",
      extended(SFC,
               sfc(Email="Naveen.Kumar@Praja.IN", FirstName="Naveen", LastName="Kumar", Title="  ",
                   Birthdate="1988-02-14"),
               sfc(Email="Rashmi.Shetty@Udupi.IN", FirstName="Rashmi", LastName="", Title="VP Sales",
                   Birthdate="  ")))
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "birthday": omit_if_blank(r["Birthdate"])}})


@case("h150-38-segment-mailing-address", C, S, """Subject: Segment address trait - SF Contacts

Hi Suresh,

userId = SF Email as it is. Under traits.address please send:
city - Mailing City, with the extra spaces at start and end removed
country - Mailing Country; if it is blank (empty or spaces), put "Not Known"

Regards, Anand""",
      extended(SFC,
               sfc(Email="bhavna.s@marinadrive.in", MailingCity=" Chennai  ", MailingCountry=""),
               sfc(Email="kunal.p@shaniwarwada.in", MailingCity="Pune", MailingCountry="   ")))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Not Known")}}}


@case("h150-39-segment-phone-name-channel", C, S, """Subject: Segment traits for SF Contacts

Dear Suresh,

userId = Email (no change). Traits as below:
1. phone: Business Phone converted to E.164 (+1 US by default; if it starts with + keep its own code; 11 digits with a leading 1, just add +)
2. name: First Name, a space, then Last Name
3. channel, from Lead Source:
   Web -> digital
   Advertisement -> digital
   Trade Show -> events
   Seminar - Partner -> events
   Partner Referral -> partner
   anything else or blank -> direct

Regards,
Anand""",
      extended(SFC,
               sfc(Email="alok.verma@lucknowchikan.in", FirstName="Alok", LastName="Verma", Phone="1-503-555-0190",
                   LeadSource="Seminar - Partner"),
               sfc(Email="preeti.s@amritsarmills.in", FirstName="Preeti", LastName="Sandhu", Phone="+91 98860 22334",
                   LeadSource="Advertisement"),
               sfc(Email="hugo.klein@bonnbau.de", FirstName="Hugo", LastName="Klein", Phone="(971) 555-0123",
                   LeadSource="Employee Referral")))
def o39(r: R) -> Out:
    channel = {"Web": "digital", "Advertisement": "digital", "Trade Show": "events", "Seminar - Partner": "events",
               "Partner Referral": "partner"}
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": channel.get(r["LeadSource"], "direct")}}


# ------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case("h150-40-mc-members-to-hubspot", M, H, """Subject: Mailchimp members into HubSpot

Hi Suresh,

Kindly map Mailchimp audience members to HubSpot contacts as below:
- Email <- Email Address
- First Name <- FNAME in title case (first letter of each word capital, rest small)
- Last Name <- LNAME in title case; if LNAME is blank, don't send Last Name at all, otherwise it will wipe what HubSpot has
- Company Name <- COMPANY merge field; if blank, "Not Known"
- "Unsubscribed from all email" <- the text "true" when the Mailchimp status is unsubscribed or cleaned, "false" for any other status

Regards,
Anand""",
      extended(MC,
               mc({"FNAME": "SRINIVAS RAO", "LNAME": "  ", "COMPANY": "  "}, email_address="srinivas.rao@tirumala.in",
                  status="pending"),
               mc({"FNAME": "divya", "LNAME": "RAMAN", "COMPANY": "Sutra Designs"}, email_address="divya@sutra.in",
                  status="unsubscribed")))
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Not Known"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h150-41-mc-skip-unsubscribed-vip", M, H, """Subject: MC -> HubSpot, skip unsubscribed

Dear Suresh,

Unsubscribed members in Mailchimp please don't bring into HubSpot. For the rest:
Email <- Email Address; First Name <- FNAME; Last Name <- LNAME (copy as it is).
Phone Number <- PHONE in E.164 (US +1 default, numbers with + keep their own code, 11 digits starting with 1 only get the +). No phone in Mailchimp (blank) means leave Phone Number out.
Lead Status: "OPEN_DEAL" if the member is VIP, else "NEW".

Regards,
Anand""",
      extended(MC,
               mc({"FNAME": "Harsha", "LNAME": "V", "PHONE": "  "}, email_address="harsha.v@nandihills.in",
                  status="subscribed", vip=True),
               mc({"FNAME": "Neil", "LNAME": "Das", "PHONE": "1 646 555 0110"}, email_address="neil.das@hudson.com",
                  status="pending", vip=False),
               mc({"FNAME": "Rupa", "LNAME": "Sen", "PHONE": "(646) 555-0188"}, email_address="rupa.sen@howrah.in",
                  status="unsubscribed", vip=True)))
def o41(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"],
                 "phone": omit_if_blank(mf["PHONE"], e164), "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW"})


@case("h150-42-mc-webinar-tag-stage", M, H, """Subject: MC members -> HubSpot (webinar)

Hi Suresh,

PFB:
First Name - first word of FNAME only
Company Name - COMPANY merge field; if blank (or spaces), the domain of the email, i.e. the part after the @
Lifecycle Stage - "marketingqualifiedlead" if the member has the tag "Webinar" (exactly, capital W), else "subscriber"
Email - Email Address as it is

Regards,
Anand""",
      extended(MC,
               mc({"FNAME": "Venkata Ramana", "COMPANY": "  "}, email_address="venkat@sahyadri.in",
                  tags=["Customer", "Webinar"]),
               mc({"FNAME": "Ritu", "COMPANY": "Lotus Labs"}, email_address="ritu@lotuslabs.in", tags=["webinar"])))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "marketingqualifiedlead" if "Webinar" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set150")
