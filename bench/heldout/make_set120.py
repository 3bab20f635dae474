"""Held-out set 120 for the offline mapping drafter.

Persona: Lerato Dlamini, CRM manager at an insurance company in Johannesburg; South African
English is her first language. Every text is her reply to the integration engineer's e-mail of
questions, answered inline: the engineer's questions (sometimes proposing a rule) are quoted as
'> ' lines and her answer sits under each one, confirming, correcting or adding to it, now and
then with a rule nobody asked about. A greeting line and a sign-off are common; South African
habits are light.

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

HSL = lower_emails(HS)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h120-01-lead-straight-copies", H, L, """\
Hi Ruan,
> Lead Email from the HubSpot email, First Name from firstname, Last Name from lastname,
> Company from company and Title from jobtitle. Straight copies?
Yes, straight copies.
> Some contacts have no job title or no company. Skip those fields or send them empty?
Send them across empty, as they are. No placeholder text.
Also, kindly set Lead Source to "Web" on every lead, regardless.
Thanks, Lerato""", extended(HS,
    hs(email="sipho.mokoena@ubuntuassure.co.za", firstname="Sipho", lastname="Mokoena", jobtitle="", company=""),
    hs(email="anele.zulu@jozibrokers.co.za", firstname="Anele", lastname="Zulu", jobtitle="Broker",
       company="Jozi Brokers"),
))
def o01(r):
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h120-02-lead-trim-and-defaults", H, L, """\
Morning Ruan
> Email goes into the Lead's Email as is?
Yes please.
> First and last name: copy firstname and lastname into FirstName and LastName?
Correct, but trim the spaces off the front and back first. Our call centre agents leave spaces
everywhere, shame.
> If company is empty Salesforce refuses the lead. Default Company to "Unknown"?
Yes, "Unknown" is fine. Otherwise the company as it is.
> And Title from jobtitle?
Yes, and when there's no job title rather put "Not provided" in Title.
Lerato""", extended(HS,
    hs(email="thandi.nkosi@ubuntuassure.co.za", firstname="  Thandi ", lastname="Nkosi  ", company="   ",
       jobtitle=""),
    hs(email="pieter.botha@karoocover.co.za", firstname="Pieter", lastname=" Botha", company="Karoo Cover",
       jobtitle="Underwriter"),
))
def o02(r):
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Company": dflt(r["company"], "Unknown"), "Title": dflt(r["jobtitle"], "Not provided")}


@case("h120-03-lead-phone-chain-names", H, L, """\
Hi Ruan,
> Phone on the Lead: the HubSpot phone, and if that's blank, mobilephone?
Yes, numbers exactly as they are, no formatting. If both are blank, leave Phone off the lead
altogether, don't send it empty.
> Names come through in all sorts of cases. Shall I title-case firstname and lastname into
> FirstName and LastName?
Please do, so "maria GARCIA" lands as "Maria Garcia".
> We match leads on Email = HubSpot email?
Yes.
Thanks
Lerato""", extended(HS,
    hs(email="nomsa.khumalo@ubuntuassure.co.za", firstname="NOMSA", lastname="khumalo", phone="",
       mobilephone=""),
    hs(email="bongani.dube@jozibrokers.co.za", firstname="bongani", lastname="Dube", phone="",
       mobilephone="(646) 555-0111"),
))
def o03(r):
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]))})


SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral"}


@case("h120-04-lead-source-table", H, L, """\
Hi Ruan
> Lead Source from HubSpot's Original Source (hs_analytics_source): ORGANIC_SEARCH -> Web,
> PAID_SEARCH -> Advertisement, REFERRALS -> External Referral?
Yes, and PAID_SOCIAL -> Advertisement too.
> And all the other Original Source values, or when it's empty?
Rather put "Other" for anything else, the blanks included.
> Email: lower-case the HubSpot email before it goes into Email?
Yes please, all lower case.
> Company?
Straight copy of company, even when it's empty.
Kind regards
Lerato""", extended(HS,
    hs(email="Kagiso.Molefe@UbuntuAssure.co.za", hs_analytics_source="OFFLINE", company="Ubuntu Assure"),
    hs(email="lindiwe.sithole@karoocover.co.za", hs_analytics_source="   ", company="Karoo Cover"),
))
def o04(r):
    return {"Email": r["email"].lower(), "LeadSource": SRC04.get(r["hs_analytics_source"], "Other"),
            "Company": r["company"]}


@case("h120-05-lead-skip-optout-customers", H, L, """\
Hi Ruan,
> Should unsubscribed contacts (hs_email_optout = "true") be skipped?
Yes, don't send them. If that field is blank, they are not unsubscribed, so send them.
> And customers (lifecycle stage "customer")?
Skip them too, they already sit in Salesforce as policyholders.
> For the rest: Email, FirstName, LastName and Company copied from email, firstname, lastname
> and company?
Correct, as is.
> Lead Status?
Always "Open - Not Contacted".
Lerato""", extended(HS,
    hs(email="mpho.radebe@ubuntuassure.co.za", firstname="Mpho", lastname="Radebe", lifecyclestage="customer",
       hs_email_optout="false"),
    hs(email="zanele.mthembu@jozibrokers.co.za", firstname="Zanele", lastname="Mthembu", lifecyclestage="lead",
       hs_email_optout=""),
))
def o05(r):
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


def rating06(r):
    v = rev(r)
    if v is None or v < 1_000_000:
        return "Cold"
    return "Hot" if v > 5_000_000 else "Warm"


@case("h120-06-lead-rating-by-revenue", H, L, """\
Hi Ruan,
> Rating from the HubSpot annualrevenue: above 5,000,000 "Hot", below 1,000,000 "Cold",
> anything in between "Warm"?
Yes. If annual revenue is empty, make it "Cold" as well.
> Employees: numemployees into NumberOfEmployees as a whole number?
Correct, but if numemployees is blank leave NumberOfEmployees out.
> Email into Email unchanged?
Yes.
Cheers, Lerato""", extended(HS,
    hs(email="tshepo.maseko@ubuntuassure.co.za", annualrevenue="5200000", numemployees="1200"),
    hs(email="ayanda.ndlovu@jozibrokers.co.za", annualrevenue="  ", numemployees=""),
    hs(email="gugu.mahlangu@karoocover.co.za", annualrevenue="999999.5", numemployees="7"),
))
def o06(r):
    return keep({"Email": r["email"], "Rating": rating06(r),
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h120-07-lead-e164-city", H, L, """\
Hi Ruan
> Phone on the Lead from HubSpot phone - should I format it?
Yes, E.164 please. This is our US book, so assume US (+1) unless the number already starts
with a +. If phone is empty, leave Phone off the lead, don't send a blank.
> MobilePhone from mobilephone?
Same as above.
> City: HubSpot city into City, title-cased?
Yes - some agents type the city all in small letters.
> Email as is?
Yes.
Thanks, Lerato""", extended(HS,
    hs(email="karabo.mokoena@ubuntuassure.co.za", phone="1 (305) 555-0161", mobilephone="", city="miami beach"),
    hs(email="refilwe.nel@jozibrokers.co.za", phone="", mobilephone="(646) 555-0177", city="NEW YORK"),
))
def o07(r):
    return keep({"Email": r["email"], "City": title(r["city"]),
                 "Phone": omit_if_blank(r["phone"], e164), "MobilePhone": omit_if_blank(r["mobilephone"], e164)})


@case("h120-08-lead-qualified-only", H, L, """\
Hi Ruan,
> Only contacts at lifecycle stage marketingqualifiedlead or salesqualifiedlead become leads?
Correct, only those two. Nothing else goes across.
> Email straight into Email?
Yes.
> State: copy HubSpot state into State?
Yes but in capitals, e.g. "gp" becomes "GP".
> Description?
Kindly build it as the company name, then " - created ", then the HubSpot create date as
YYYY-MM-DD. So it reads "Northwind Analytics - created 2023-03-14".
Lerato""", extended(HS,
    hs(email="lwazi.cele@ubuntuassure.co.za", lifecyclestage="salesqualifiedlead", state="gp",
       company="Ubuntu Assure", createdate="2024-02-19T12:30:00.000Z"),
    hs(email="naledi.shabalala@jozibrokers.co.za", lifecyclestage="marketingqualifiedlead", state="Wc",
       company="Jozi Brokers", createdate="2024-05-06T13:00:00.000Z"),
    hs(email="jan.pretorius@karoocover.co.za", lifecyclestage="opportunity", state="fs"),
))
def o08(r):
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "State": r["state"].upper(),
            "Description": f"{r['company']} - created {day(r['createdate'])}"}


# ------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h120-09-contact-mailing-address", H, C, """\
Good day Ruan,
> Contact address: address -> MailingStreet, city -> MailingCity, state -> MailingState,
> zip -> MailingPostalCode, country -> MailingCountry?
Yes, all five exactly like that, no changes to the values.
> The blank ones (state is often empty for overseas clients)?
Copy them across blank, that's fine.
> Email -> Email?
Yes, that's how we match the contacts.
Regards, Lerato""", extended(HS,
    hs(email="busisiwe.mkhize@ubuntuassure.co.za", address="14 Jan Smuts Ave", city="Johannesburg", state="",
       zip="2196", country="South Africa"),
    hs(email="ruth.adams@karoocover.co.za", address="", city="Cape Town", state="Western Cape", zip="",
       country="South Africa"),
))
def o09(r):
    return {"Email": r["email"], "MailingStreet": r["address"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h120-10-contact-optout-dnc", H, C, """\
Hi Ruan
> Email Opt Out (HasOptedOutOfEmail): true when HubSpot hs_email_optout is "true", otherwise false?
Yes. Blank counts as false.
> Do Not Call - anything for that?
Yes please: tick it (true) when the HubSpot phone field is empty, otherwise false. Only look at
phone, not mobilephone.
> Email as the key?
Yes, Email from email.
Thanks
Lerato""", extended(HS,
    hs(email="sello.motaung@ubuntuassure.co.za", hs_email_optout="  ", phone="   "),
    hs(email="palesa.moloi@jozibrokers.co.za", hs_email_optout="true", phone="011 555 0123"),
))
def o10(r):
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h120-11-contact-name-from-email", H, C, """\
Hi Ruan,
> FirstName from firstname; when that's empty, the bit of the email before the @?
Yes, exactly.
> LastName from lastname as is?
Yes.
> Phone: phone first, then mobilephone when phone is blank?
Correct, as they are, no formatting. We always have at least one of the two.
> Email into Email?
Yes.
Lerato""", extended(HSL,
    hs(email="zanele.mthembu@ubuntuassure.co.za", firstname="", lastname="Mthembu", phone="",
       mobilephone="082 555 0101"),
    hs(email="themba.ngcobo@jozibrokers.co.za", firstname="  ", lastname="Ngcobo"),
))
def o11(r):
    return {"Email": r["email"], "FirstName": first_filled(r["firstname"], before_at(r["email"])),
            "LastName": r["lastname"], "Phone": first_filled(r["phone"], r["mobilephone"])}


STAGE12 = {"subscriber": "Newsletter only", "lead": "Prospect", "marketingqualifiedlead": "Prospect",
           "salesqualifiedlead": "Sales ready", "customer": "Policyholder"}


@case("h120-12-contact-stage-description", H, C, """\
Ruan,
> Anything from lifecycle stage on the Contact?
Yes, into Description, using this table:
subscriber = Newsletter only, lead = Prospect, marketingqualifiedlead = Prospect,
salesqualifiedlead = Sales ready, customer = Policyholder
> MailingState from state in upper case; leave it out when state is empty?
Correct.
> Email -> Email.
Yes.
Lerato""", extended(HS,
    hs(email="nandi.shezi@ubuntuassure.co.za", lifecyclestage="customer", state="gp"),
    hs(email="kabelo.tau@jozibrokers.co.za", lifecyclestage="lead", state=""),
))
def o12(r):
    return keep({"Email": r["email"], "Description": STAGE12[r["lifecyclestage"]],
                 "MailingState": omit_if_blank(r["state"], str.upper)})


@case("h120-13-contact-us-only", H, C, """\
Hello Ruan
> Only contacts whose country is "United States"?
Yes, only the US ones for now. The rest can wait, we'll do them just now in phase two.
> Email lower-cased into Email?
Yes.
> MobilePhone: mobilephone, falling back to phone when it's blank?
Correct, no formatting.
> MailingCountry?
Just put "USA" on all of them.
Thanks, Lerato""", extended(HS,
    hs(email="Sam.Carter@AcmeHoldings.com", country="United States", mobilephone="", phone="(305) 555-0161"),
    hs(email="lebo.mabaso@ubuntuassure.co.za", country="South Africa", mobilephone="082 555 0199"),
))
def o13(r):
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "MobilePhone": first_filled(r["mobilephone"], r["phone"]),
            "MailingCountry": "USA"}


SRC14 = {"REFERRALS": "External Referral", "PAID_SOCIAL": "Advertisement"}


@case("h120-14-contact-names-source", H, C, """\
Hi Ruan,
> FirstName and LastName from firstname and lastname, in title case?
Yes please.
> Title from jobtitle - trim the spaces?
Yes trim, nothing else.
> Lead Source from Original Source: REFERRALS -> External Referral, PAID_SOCIAL -> Advertisement,
> everything else -> Web?
Correct, even when Original Source is blank it must be Web.
> Email -> Email unchanged.
Yes.
Lerato""", extended(HS,
    hs(email="ayanda.ndlovu@ubuntuassure.co.za", firstname="ayanda", lastname="NDLOVU", jobtitle="  Broker  ",
       hs_analytics_source=""),
    hs(email="sizwe.khoza@jozibrokers.co.za", firstname="Sizwe", lastname="khoza", jobtitle="Claims Assessor ",
       hs_analytics_source="REFERRALS"),
))
def o14(r):
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": SRC14.get(r["hs_analytics_source"], "Web")}


# ------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h120-15-mc-pending-language", H, M, """\
Hi Ruan,
> email -> email_address, firstname -> FNAME, lastname -> LNAME?
Yes, just copy them.
> What status do new members get?
"pending" for all of them, they must confirm themselves.
> Language: HubSpot's Preferred language (hs_language) into language?
Yes, but many of our contacts don't have that property at all, so when it's missing or empty
send "en".
Kind regards,
Lerato""", extended(HS,
    hs(email="annelie.venter@karoocover.co.za", firstname="Annelie", lastname="Venter", hs_language="af"),
    hs(email="musa.zwane@ubuntuassure.co.za", firstname="Musa", lastname="Zwane", hs_language=""),
))
def o15(r):
    return {"email_address": r["email"], "status": "pending",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": dflt(r.get("hs_language"), "en")}


def status16(v):
    if blank(v):
        return "pending"
    return {"true": "unsubscribed", "false": "subscribed"}[v]


@case("h120-16-mc-status-three-way", H, M, """\
Hi Ruan
> Mailchimp status from hs_email_optout: "true" -> unsubscribed, "false" -> subscribed?
Yes. And when hs_email_optout is empty, make it pending.
> email into email_address?
Yes.
> Tags?
Tag every member "HubSpot sync", just that one tag.
Lerato""", extended(HS,
    hs(email="dineo.mokoena@ubuntuassure.co.za", hs_email_optout="   "),
    hs(email="vusi.mahlaba@jozibrokers.co.za", hs_email_optout="true"),
))
def o16(r):
    return {"email_address": r["email"], "status": status16(r["hs_email_optout"]), "tags": ["HubSpot sync"]}


def tags17(r):
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High value")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return tags


@case("h120-17-mc-value-tags", H, M, """\
Howzit Ruan
> Tag "High value" when annualrevenue is over 3,000,000?
Yes. No revenue captured means no tag.
> Anything else for tags?
Add "Customer" when lifecycle stage is customer. If both apply, "High value" first, then
"Customer". If neither applies, send an empty tag list.
> email_address from email and FNAME from firstname?
Yes, as is.
Lerato""", extended(HS,
    hs(email="refentse.tau@ubuntuassure.co.za", firstname="Refentse", annualrevenue="9000000",
       lifecyclestage="customer"),
    hs(email="olwethu.dlamini@jozibrokers.co.za", firstname="Olwethu", annualrevenue="", lifecyclestage="customer"),
))
def o17(r):
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags17(r)}


@case("h120-18-mc-first-word-phone", H, M, """\
Hi Ruan,
> FNAME: firstname as is?
No - rather only the first word of firstname. Some people type both names in there.
> PHONE: mobilephone in E.164, and if there's no mobile, the phone field?
Correct. Assume US numbers (+1) unless they already start with a +.
> email -> email_address?
Yes.
Thanks, Lerato""", extended(HS,
    hs(email="thandiwe.mkhize@ubuntuassure.co.za", firstname="Thandiwe Grace", mobilephone="",
       phone="1-202-555-0175"),
    hs(email="john.smith@jozibrokers.co.za", firstname="John Paul", mobilephone="646 555 0108"),
))
def o18(r):
    return {"email_address": r["email"], "merge_fields": {"FNAME": first_word(r["firstname"]),
                                                          "PHONE": e164(first_filled(r["mobilephone"], r["phone"]))}}


@case("h120-19-mc-skip-no-company", H, M, """\
Hi Ruan,
> Contacts without a company - send them to Mailchimp anyway?
No, skip anyone whose company is empty.
> Status?
"subscribed" for everyone we send.
> vip?
true when lifecycle stage is customer or evangelist, otherwise false.
> email_address = email?
Yes please.
Lerato""", extended(HS,
    hs(email="tumelo.kgosi@ubuntuassure.co.za", company="Kgosi Transport", lifecyclestage="customer"),
    hs(email="bheki.nxumalo@jozibrokers.co.za", company="  ", lifecyclestage="evangelist"),
    hs(email="ntombi.buthelezi@karoocover.co.za", company="Buthelezi Farms", lifecyclestage="evangelist"),
))
def o19(r):
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h120-20-mc-company-domain-vip", H, M, """\
Hi Ruan
> FNAME and LNAME from firstname and lastname, in title case?
Yes.
> Our audience has a merge field with tag COMPANY. Fill merge_fields.COMPANY from company?
Yes, and when company is blank, use the email's domain, i.e. everything after the @.
> vip true when annualrevenue is more than 2,000,000, false otherwise?
Correct. Empty revenue means vip false.
> email_address from email.
Yes.
Lerato""", extended(HSL,
    hs(email="lindiwe.sithole@karoocover.co.za", firstname="LINDIWE", lastname="sithole", company="",
       annualrevenue="1500000"),
    hs(email="kgomotso.phiri@ubuntuassure.co.za", firstname="kgomotso", lastname="Phiri", company="  ",
       annualrevenue="35000000"),
))
def o20(r):
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"]),
                             "COMPANY": first_filled(r["company"], after_at(r["email"]))},
            "vip": gt(r["annualrevenue"], 2_000_000)}


# --------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h120-21-seg-name-traits", H, S, """\
Hi Ruan,
> userId = the HubSpot email, lower-cased?
Yes.
> traits.firstName and traits.lastName from firstname and lastname, traits.title from jobtitle?
Yes, straight copies, even when jobtitle is empty.
Then kindly add traits.name as well: firstname, a space, then lastname.
Lerato""", extended(HS,
    hs(email="Nhlanhla.Mabuza@UbuntuAssure.co.za", firstname="Nhlanhla", lastname="Mabuza", jobtitle=""),
))
def o21(r):
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h120-22-seg-company-traits", H, S, """\
Hi Ruan,
> userId from email?
Yes, as is.
> traits.company.name from company, "Unknown" when empty?
No - rather "Private individual", lots of our policyholders are individuals.
> traits.company.industry from industry?
Yes, but leave it out when industry is blank.
> traits.company.employee_count from numemployees?
As a whole number please, and also leave it out when blank.
Kind regards, Lerato Dlamini""", extended(HS,
    hs(email="sibusiso.dlamini@ubuntuassure.co.za", company="", industry="", numemployees=""),
    hs(email="hannes.smit@karoocover.co.za", company="Smit Boerdery", industry="Agriculture", numemployees="65"),
))
def o22(r):
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Private individual"), "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h120-23-seg-address-phone", H, S, """\
Hi Ruan
> traits.address: street from address, city from city, state from state, postalCode from zip,
> country from country?
Yes, copied as is. State is empty for a lot of overseas clients - just leave state out then.
> traits.phone: phone, falling back to mobilephone, in E.164?
Correct, assume US (+1) if there's no + in front. If both are empty, no traits.phone at all.
> userId?
The HubSpot email, as is.
Lerato""", extended(HS,
    hs(email="puleng.letsie@ubuntuassure.co.za", phone="", mobilephone="", state="", city="Sandton",
       country="South Africa", zip="2196", address="3 Rivonia Rd"),
    hs(email="mike.jones@jozibrokers.co.za", phone="", mobilephone="(718) 555-0133", state="NY",
       city="Brooklyn", zip="11201", address="9 Court St"),
))
def o23(r):
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": omit_if_blank(first_filled(r["phone"], r["mobilephone"]), e164)}})


@case("h120-24-seg-revenue-optout", H, S, """\
Afternoon Ruan,
> userId: the email trimmed and lower-cased?
Yes, both.
> traits.firstName from firstname?
Yes, as is.
> traits.unsubscribed: true when hs_email_optout is "true", else false?
Correct - blank is false.
> traits.annual_revenue from annualrevenue as a number; and when it's blank?
Leave it out when blank.
Lerato""", extended(HS,
    hs(email="  Zodwa.Nkosi@UbuntuAssure.co.za ", firstname="Zodwa", hs_email_optout="  ", annualrevenue="   "),
    hs(email="Riaan.Steyn@KarooCover.co.za", firstname="Riaan", hs_email_optout="true", annualrevenue="750000.5"),
))
def o24(r):
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# --------------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h120-25-ga4-contact-sync", H, G, """\
Hi Ruan,
> client_id: the contact's email as is?
Yes.
> Event name?
"crm_contact_sync", always.
> Event params: source = "hubspot", industry = industry lower-cased, signup_date = createdate
> as YYYY-MM-DD?
Yes to all three. When industry is blank, leave the industry param out.
Thanks
Lerato""", extended(HS,
    hs(email="mandla.zungu@ubuntuassure.co.za", industry="Insurance", createdate="2024-08-01T12:15:00.000Z"),
    hs(email="charlene.pillay@jozibrokers.co.za", industry="  ", createdate="2024-09-12T11:00:00.000Z"),
))
def o25(r):
    params = keep({"source": "hubspot", "industry": omit_if_blank(r["industry"], str.lower),
                   "signup_date": day(r["createdate"])})
    return {"client_id": r["email"], "events": [{"name": "crm_contact_sync", "params": params}]}


@case("h120-26-ga4-high-value", H, G, """\
Hi Ruan,
> Only send contacts with annualrevenue over 1,000,000?
Yes. No revenue captured, don't send them.
> client_id from the part of the email before the @?
Yes.
> Event name "high_value_contact", param value = annualrevenue as a number, param currency = "ZAR"?
Correct, but currency must be "USD" - those revenues are in dollars.
Lerato""", extended(HSL,
    hs(email="desmond.naidoo@ubuntuassure.co.za", annualrevenue="1000500.25"),
    hs(email="ilse.joubert@karoocover.co.za", annualrevenue=""),
))
def o26(r):
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "high_value_contact", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h120-27-ga4-stage-event", H, G, """\
Hi Ruan
> Event name: "customer_update" for lifecycle stage customer, "lead_update" for everything else?
Yes.
> Param source from Original Source (hs_analytics_source)?
Yes, and "UNKNOWN" when it's blank.
> Param country from country, client_id from email?
Both as is, yes.
Lerato""", extended(HS,
    hs(email="siyabonga.mthethwa@ubuntuassure.co.za", lifecyclestage="customer", hs_analytics_source=" ",
       country="South Africa"),
    hs(email="keabetswe.modise@jozibrokers.co.za", lifecyclestage="evangelist", hs_analytics_source="OFFLINE",
       country="Botswana"),
))
def o27(r):
    name = "customer_update" if r["lifecyclestage"] == "customer" else "lead_update"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "source": dflt(r["hs_analytics_source"], "UNKNOWN"), "country": r["country"]}}]}


# --------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h120-28-hs-lead-copies", L, H, """\
Hi Ruan, answers below.
> Lead to HubSpot contact: Email to email, FirstName to firstname, LastName to lastname,
> Company to company, Title to jobtitle, Phone to phone, City to city, Country to country?
Yes, all straight copies.
> Empty values on the lead (no Title, no Phone etc.)?
Copy them empty. Don't fill in anything.
Regards
Lerato""", extended(SFL,
    sfl(Email="precious.mabena@ubuntuassure.co.za", FirstName="Precious", LastName="Mabena", Title="",
        Phone="", City="", Country="South Africa"),
))
def o28(r):
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "country": r["Country"]}


STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
            "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}


@case("h120-29-hs-lead-status", L, H, """\
Hi Ruan,
> Lead Status -> hs_lead_status: Open - Not Contacted -> NEW, Working - Contacted -> IN_PROGRESS,
> Closed - Converted -> OPEN_DEAL, Closed - Not Converted -> UNQUALIFIED?
Correct, but Closed - Converted must go to CONNECTED, not OPEN_DEAL. The rest is right.
> Email Opt Out -> hs_email_optout?
Yes, as the text "true" or "false".
> Email -> email?
Yes.
Lerato""", extended(SFL,
    sfl(Email="lerato.mokwena@ubuntuassure.co.za", Status="Working - Contacted", HasOptedOutOfEmail=True),
))
def o29(r):
    return {"email": r["Email"], "hs_lead_status": STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h120-30-hs-rating-stage", L, H, """\
Hi Ruan
> Rating -> lifecyclestage: Hot = salesqualifiedlead, Warm = marketingqualifiedlead, Cold = lead?
Yes, that's it.
> AnnualRevenue -> annualrevenue as a number?
Yes, and leave annualrevenue out when the lead has no revenue.
> email from the lead's Email, lower case?
Yes please.
Shout if anything is unclear.
Lerato""", extended(SFL,
    sfl(Email="Fikile.Ntuli@UbuntuAssure.co.za", Rating="Warm", AnnualRevenue="  "),
    sfl(Email="Andre.Visser@KarooCover.co.za", Rating="Cold", AnnualRevenue="420000.5"),
))
def o30(r):
    return keep({"email": r["Email"].lower(), "lifecyclestage": RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h120-31-hs-uk-leads", L, H, """\
Hi Ruan,
> Which leads go to HubSpot?
Only those with Country "United Kingdom" - our London office's book.
> phone from Phone in E.164 with +44?
Yes, drop the 0 in front and put +44, unless it already starts with a +.
> zip from PostalCode, upper case?
Yes.
> jobtitle from Title, "Unknown" when blank?
No - rather "Not captured".
> email = Email.
Yes.
Lerato""", extended(SFL,
    sfl(Email="oliver.hughes@thamesmutual.co.uk", Country="United Kingdom", Phone="07700 900123",
        PostalCode="sw1a 1aa", Title=""),
    sfl(Email="amelia.clarke@thamesmutual.co.uk", Country="United Kingdom", Phone="+44 20 7946 0999",
        PostalCode="Ec2v 7hh", Title="Broker"),
))
def o31(r):
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Not captured")}


@case("h120-32-hs-open-leads-address", L, H, """\
Hi Ruan,
> Skip leads with Status "Closed - Not Converted"?
Yes, skip those, they are dead.
> address = Street, then a comma and a space, then City?
Correct, but when Street is empty just send the City on its own.
> company from Company, "Unknown" if empty?
Yes.
> email from Email.
Yes.
Lerato""", extended(SFL,
    sfl(Email="noluthando.gumede@ubuntuassure.co.za", Street="", City="Durban", Company="",
        Status="Working - Contacted"),
    sfl(Email="wandile.shange@jozibrokers.co.za", Street="", City="Pretoria", Status="Closed - Not Converted"),
))
def o32(r):
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "address": addr, "company": dflt(r["Company"], "Unknown")}


# ------------------------------------------------------------ salesforce.Contact -> mailchimp.members

@case("h120-33-mc-contact-status-tags", C, M, """\
Hello again Ruan
> email_address = Email lower-cased?
Yes.
> status from Email Opt Out: ticked -> unsubscribed, not ticked -> subscribed?
Yes.
> Tags?
Always "Salesforce", and then "Trade Show" after it when the Lead Source is Trade Show.
Lerato""", extended(SFC,
    sfc(Email="Nokuthula.Mhlongo@UbuntuAssure.co.za", HasOptedOutOfEmail=True, LeadSource="Trade Show"),
))
def o33(r):
    tags = ["Salesforce"] + (["Trade Show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": tags}


TAG34 = {"Web": "Website", "Trade Show": "Events", "Partner Referral": "Partners"}


@case("h120-34-mc-contact-source-tags", C, M, """\
Hi Ruan,
> Contacts with no Lead Source - send or skip?
Skip them.
> PHONE merge field from Phone, E.164, assuming US?
Yes, +1 unless there's already a + in front.
> Tags from Lead Source: Web -> "Website", Trade Show -> "Events", Partner Referral -> "Partners"?
Correct, one tag each.
> email_address from Email.
Yes.
Thanks so much
Lerato""", extended(SFC,
    sfc(Email="gift.mathebula@ubuntuassure.co.za", LeadSource="Partner Referral", Phone="312-555-0110"),
    sfc(Email="jabu.sibiya@jozibrokers.co.za", LeadSource="  ", Phone="(312) 555-0166"),
))
def o34(r):
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "tags": [TAG34[r["LeadSource"]]]}


@case("h120-35-mc-contact-vip-trade-show", C, M, """\
Hi Ruan,
> FNAME from FirstName - what if it's blank?
Then "Valued Client".
> LNAME from LastName and email_address from Email, as is?
Yes.
> vip?
true when Lead Source is Trade Show, otherwise false (a blank Lead Source is false too).
One more thing: email_type "html" for everyone please.
Lerato""", extended(SFC,
    sfc(Email="mbali.khanye@ubuntuassure.co.za", FirstName="", LastName="Khanye", LeadSource="Trade Show"),
    sfc(Email="koos.vandermerwe@karoocover.co.za", FirstName="  ", LastName="Merwe", LeadSource="Web"),
))
def o35(r):
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": dflt(r["FirstName"], "Valued Client"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "email_type": "html"}


@case("h120-36-mc-contact-clear-tags", C, M, """\
Hi Ruan,
> Only contacts without Email Opt Out?
Yes, only those where Email Opt Out is not ticked (false).
> email_address, FNAME, LNAME from Email, FirstName, LastName?
Yes, copies.
> status and language?
status "subscribed" and language "en".
> Tags?
Clear them - send an empty tag list.
Lerato (CRM)""", extended(SFC,
    sfc(Email="tebogo.molefe@ubuntuassure.co.za", FirstName="Tebogo", LastName="Molefe", HasOptedOutOfEmail=True),
    sfc(Email="yusuf.patel@jozibrokers.co.za", FirstName="Yusuf", LastName="Patel", HasOptedOutOfEmail=False),
))
def o36(r):
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "language": "en", "tags": []}


# ------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h120-37-seg-contact-traits", C, S, """\
Hi Ruan - see my answers inline.
> userId = Email in lower case?
Yes.
> traits.email, traits.firstName, traits.lastName from Email, FirstName, LastName, unchanged?
Yes.
> traits.title from Title?
Yes, but when Title is empty leave traits.title out.
Lerato""", extended(SFC,
    sfc(Email="Ofentse.Ramaphosa@UbuntuAssure.co.za", FirstName="Ofentse", LastName="Ramaphosa", Title="  "),
))
def o37(r):
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"])}})


@case("h120-38-seg-contact-address", C, S, """\
Hi Ruan
> userId from Email?
Yes, as is.
> traits.address.city and traits.address.country from MailingCity and MailingCountry?
Yes, trimmed - there are stray spaces in Salesforce.
> And when MailingCountry is empty?
Rather send "South Africa" then, most of ours are local.
Lerato""", extended(SFC,
    sfc(Email="nomvula.cele@ubuntuassure.co.za", MailingCity=" Durban ", MailingCountry=""),
    sfc(Email="craig.jacobs@karoocover.co.za", MailingCity="Cape Town  ", MailingCountry="  South Africa"),
    sfc(Email="tanya.naidoo@jozibrokers.co.za", MailingCity="Gaborone", MailingCountry="   "),
))
def o38(r):
    country = "South Africa" if blank(r["MailingCountry"]) else r["MailingCountry"].strip()
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"].strip(), "country": country}}}


CHANNEL39 = {"Web": "online", "Trade Show": "events"}


@case("h120-39-seg-contact-channel", C, S, """\
> traits.phone from Phone in E.164, assuming US (+1) unless it starts with a +?
Yes.
> traits.name = FirstName + " " + LastName?
Correct.
> traits.channel from Lead Source: Web = online, Trade Show = events, anything else = other?
Yes, blanks also "other".
> userId = Email.
Yes.
Lerato""", extended(SFC,
    sfc(Email="sandile.majola@ubuntuassure.co.za", FirstName="Sandile", LastName="Majola", LeadSource="Partner",
        Phone="1 312 555 0142"),
))
def o39(r):
    return {"userId": r["Email"], "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                                             "channel": CHANNEL39.get(r["LeadSource"], "other")}}


# -------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h120-40-hs-member-names", M, H, """\
Hi Ruan
> firstname and lastname from FNAME and LNAME, in title case?
Yes. When LNAME is blank, leave lastname out.
> company from the COMPANY merge field?
Yes, "Individual" if it's blank.
> hs_email_optout?
The text "true" when the Mailchimp status is unsubscribed, "false" for any other status.
> email from email_address.
Yes.
Lerato""", extended(MC,
    mc({"FNAME": "SIPHO", "LNAME": "  ", "COMPANY": "Mthembu Motors"}, email_address="sipho.m@ubuntuassure.co.za",
       status="pending"),
))
def o40(r):
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(m["FNAME"]),
                 "lastname": omit_if_blank(m["LNAME"], title), "company": dflt(m["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h120-41-hs-member-vip-stage", M, H, """\
Morning Ruan,
> Skip cleaned members?
Yes, skip status cleaned.
> phone from PHONE, E.164 assuming US?
Yes, unless it already starts with +. No phone, leave phone out.
> firstname from FNAME, email from email_address?
Yes, as is.
> lifecyclestage: customer when vip is true, else lead?
Correct.
Lerato""", extended(MC,
    mc({"FNAME": "Khanyi", "PHONE": "718-555-0190"}, email_address="khanyi.dube@ubuntuassure.co.za",
       status="subscribed", vip=True),
    mc({"FNAME": "Rethabile", "PHONE": "  "}, email_address="rethabile.m@jozibrokers.co.za", status="pending",
       vip=False),
))
def o41(r):
    if r["status"] == "cleaned":
        return None
    m = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": m["FNAME"], "phone": omit_if_blank(m["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h120-42-hs-member-domain-company", M, H, """\
Hi Ruan,
> firstname from FNAME?
Only the first word of FNAME.
> company from COMPANY, or the email domain (the part after the @) when COMPANY is empty?
Yes.
> Do we set lifecyclestage from anything?
Yes: "customer" if the member has the tag Customer, otherwise "subscriber".
> email from email_address.
Yes.
Sorry it took me a while to come back to you.
Lerato""", extended(MC,
    mc({"FNAME": "Mary Jane", "COMPANY": ""}, email_address="mary.jane@khumalo-insure.co.za", tags=["Customer", "VIP"]),
    mc({"FNAME": "Lwandle", "COMPANY": "  "}, email_address="lwandle@seapoint.co.za", tags=["Webinar"]),
))
def o42(r):
    m = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(m["FNAME"]),
            "company": first_filled(m["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set120")
