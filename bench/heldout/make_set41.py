"""Held-out set 41 for the offline mapping drafter.

Persona: a German marketing manager who writes careful but non-native English: long formal
sentences, 'shall' and 'in case that', some German word order ('The mobile number shall in the
Phone field be written'), 'resp.' for respectively, 'the field X is to be filled with Y', and
now and then a capitalised Noun.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead     8  (h41-01 .. h41-08)
  hubspot.contacts -> salesforce.Contact  6  (h41-09 .. h41-14)
  hubspot.contacts -> mailchimp.members   6  (h41-15 .. h41-20)
  hubspot.contacts -> segment.identify    4  (h41-21 .. h41-24)
  hubspot.contacts -> ga4.events          3  (h41-25 .. h41-27)
  salesforce.Lead -> hubspot.contacts     5  (h41-28 .. h41-32)
  salesforce.Contact -> mailchimp.members 4  (h41-33 .. h41-36)
  salesforce.Contact -> segment.identify  3  (h41-37 .. h41-39)
  mailchimp.members -> hubspot.contacts   3  (h41-40 .. h41-42)

Rule kinds per case:
  01 copies, default when empty, E.164 US, leave out when empty
  02 value table with otherwise, condition greater than (blank branch stated)
  03 filter only (equality), lower, upper, fallback chain + E.164 US
  04 as a number, whole number, leave out when empty, fallback to another field
  05 constant, true/false flag (blank stated), concatenation
  06 value table without otherwise (+ blank value), lower, default when empty
  07 filter exclude, title case, upper + leave out when empty, copies
  08 filter exclude (blank stated), title case, value table with otherwise
  09 copies (whitespace kept), default when empty, constant
  10 trim, trim + leave out when empty, lower, copy
  11 fallback chain + E.164 US, true/false flag, constant
  12 filter greater than (blank stated), upper, concatenation
  13 date YYYY-MM-DD, E.164 US + leave out when empty, title case
  14 value table with otherwise (blank stated), upper, filter exclude blank
  15 condition -> status (blank stated), lower, merge_fields copies, constant tag
  16 filter exclude, constant status, merge_fields E.164 + leave out, conditional tag
  17 two conditional tags (greater than, equality), constant status
  18 true/false flag (vip), constant language, merge_fields title case
  19 first word, value table with otherwise -> status, lower, constant tag
  20 three-step fallback chain, upper, constant + conditional tag
  21 lower userId, traits copies, traits.company.* leave out when empty, whole number
  22 traits.address.*, leave out when empty, fallback chain + E.164 US
  23 part before/after the @, default when empty, traits.company.industry leave out
  24 filter only (list), concatenation, date YYYY-MM-DD, condition -> traits.company.plan
  25 GA4 constant event name, params.value as number + leave out, constant currency
  26 GA4 filter exclude, lower client_id, params copy, whole number with default 0
  27 GA4 part before @, value table with otherwise -> event name, upper, lower + default
  28 copies, leave out when empty, default when empty
  29 two value tables without otherwise, lower
  30 filter exclude, flag written as text, as a number + leave out, copies
  31 filter only, E.164 UK, upper, title case, copy
  32 whole number + leave out, value table without otherwise, constant, default
  33 lower, condition -> status, merge_fields copies, constant tags
  34 filter exclude (boolean), constant status, E.164 US, conditional tag
  35 value table with otherwise -> language, flag (blank stated), copy, constant
  36 upper, conditional tag on blank, constant status, lower
  37 lower userId, traits copies, default, leave out when empty
  38 traits.address.*, E.164 US, leave out when empty, copy
  39 filter exclude (blank stated), concatenation, default, true/false flag on blank
  40 title case, title case + leave out, condition written as text
  41 filter exclude, E.164 US + leave out, copy, condition -> lifecycle stage
  42 filter exclude, default, condition on tags, concatenation, copies
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
    lower_emails,
    rev,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)

# this set's own records beside the shared pools
HS_JONAS: R = {
    "email": "jonas.becker@kraftwerk-media.de", "firstname": " Jonas ", "lastname": "Becker ", "company": "Kraftwerk Media",
    "phone": "+49 30 5555 0123", "mobilephone": "", "jobtitle": " Head of Content ", "hs_analytics_source": "DIRECT_TRAFFIC",
    "lifecyclestage": "lead", "country": "Germany", "city": "Berlin", "state": "", "zip": "10115",
    "address": "Torstrasse 1", "annualrevenue": "950000", "numemployees": "35", "industry": "Media",
    "website": "https://kraftwerk-media.de", "createdate": "2024-02-20T13:15:00.000Z", "hs_email_optout": "false",
}
HS_ANNA: R = {
    "email": "anna.schmidt@bergblick-reisen.de", "firstname": "Anna Lena", "lastname": "schmidt", "company": "Bergblick Reisen",
    "phone": "+49 8651 5555 0147", "mobilephone": "+49 151 5555 0147", "jobtitle": "Marketing Manager",
    "hs_analytics_source": "EMAIL_MARKETING", "lifecyclestage": "opportunity", "country": "Germany",
    "city": "bad reichenhall", "state": "BY", "zip": "83435", "address": "Salzburger Str 8", "annualrevenue": "3200000",
    "numemployees": "60", "industry": "Travel", "website": "bergblick-reisen.de",
    "createdate": "2023-09-18T12:30:00.000Z", "hs_email_optout": "false",
}
SFL_OLIVIA: R = {
    "Email": "olivia.bennett@thamesgate.co.uk", "FirstName": "olivia", "LastName": "BENNETT", "Company": "Thamesgate Ltd",
    "Title": "Events Manager", "Phone": "07700 900123", "Street": "10 Fleet St", "City": "london", "PostalCode": "EC4Y 1AA",
    "Country": "United Kingdom", "Status": "Working - Contacted", "Rating": "Warm", "LeadSource": "Seminar - Partner",
    "HasOptedOutOfEmail": True, "AnnualRevenue": "750000.50",
}


def opted_out(r: R) -> bool:
    return r["hs_email_optout"] == "true"


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead (8)

@case("h41-01-lead-basics-phone", H, L, (
    "Dear colleagues, for the transfer of our HubSpot contacts into Salesforce as Leads I ask you to set up the "
    "following mapping. The Lead shall by its Email be identified, therefore the field Email is to be filled with "
    "the email of the HubSpot contact, unchanged. First Name resp. Last Name of the Lead shall be taken from "
    "firstname resp. lastname of the contact, also unchanged. The Company field is in Salesforce mandatory, "
    "therefore in case that the company of the contact is empty, the text \"Unknown Company\" is to be written, "
    "otherwise the company as it is. The Phone shall in the E.164 format be written, whereby the United States "
    "are to be assumed as country; in case that the contact has no phone number, the Phone field shall be left out "
    "completely. Further fields are not needed."), HS)
def _01(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
                 "Company": dflt(r["company"], "Unknown Company"),
                 "Phone": OMIT if blank(r["phone"]) else e164(r["phone"])})


@case("h41-02-lead-status-rating", H, L, (
    "Hello, please build for me the mapping HubSpot contact to Salesforce Lead as follows. The Email of the Lead "
    "(this is the key by which the Lead is found) is to be filled with the email of the contact. The Lead Status "
    "shall from the Lifecycle Stage be derived: subscriber and lead become \"Open - Not Contacted\", "
    "marketingqualifiedlead and salesqualifiedlead become \"Working - Contacted\", customer becomes "
    "\"Closed - Converted\"; in all other cases the Lead Status shall be \"Open - Not Contacted\". The Rating "
    "shall be \"Hot\" in case that the Annual Revenue of the contact is greater than 5000000, otherwise \"Cold\"; "
    "a contact without annual revenue counts likewise as \"Cold\". Nothing else shall be transferred."),
    extended(HS, HS_ANNA))
def _02(r: R) -> Out:
    status = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
              "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
              "customer": "Closed - Converted"}.get(r["lifecyclestage"], "Open - Not Contacted")
    rv = rev(r)
    return {"Email": r["email"], "Status": status, "Rating": "Hot" if rv is not None and rv > 5000000 else "Cold"}


@case("h41-03-lead-us-only-mobile", H, L, (
    "For our US sales team the following: only contacts whose Country/Region is exactly \"United States\" shall "
    "be transferred to Salesforce, all other contacts are to be skipped. The Email of the Lead, which identifies "
    "the Lead, shall be the email of the contact written in lower case. The Last Name shall be the lastname in "
    "capital letters (upper case). The mobile number shall in the MobilePhone field be written: it is to be "
    "filled with the Mobile Phone Number of the contact, and in case that this is empty, with the Phone Number "
    "instead; in both cases the number is into the E.164 format to convert, with United States as the country."),
    HS)
def _03(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"].upper(),
            "MobilePhone": e164(dflt(r["mobilephone"], r["phone"]))}


@case("h41-04-lead-revenue-numbers", H, L, (
    "Dear team, in the Lead the numbers from HubSpot shall arrive as real numbers. The field Email of the Lead is "
    "to be filled with the email of the contact (key of the Lead). AnnualRevenue shall the Annual Revenue of the "
    "contact as a number receive, and NumberOfEmployees shall the Number of Employees as a whole number receive. "
    "In case that one of these two values is in HubSpot empty, the respective field in Salesforce is to be left "
    "out. The Company of the Lead shall be the company of the contact; in case that the company is empty, the "
    "lastname of the contact shall be used instead."), HS)
def _04(r: R) -> Out:
    return keep({"Email": r["email"],
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"])),
                 "Company": dflt(r["company"], r["lastname"])})


@case("h41-05-lead-source-optout-desc", H, L, (
    "Please configure the Lead mapping so: Email of the Lead = email of the HubSpot contact, by this field the "
    "Lead shall be matched. The Lead Source shall always be the constant value \"Web\". The field "
    "HasOptedOutOfEmail (Email Opt Out) shall be true in case that hs_email_optout of the contact is the text "
    "\"true\"; in all other cases, also when it is empty, it shall be false. The Description is to be filled "
    "with the text \"Lifecycle stage in HubSpot:\", followed by one space and then the Lifecycle Stage value of "
    "the contact."), HS)
def _05(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": "Web", "HasOptedOutOfEmail": opted_out(r),
            "Description": "Lifecycle stage in HubSpot: " + r["lifecyclestage"]}


@case("h41-06-lead-industry-table", H, L, (
    "The Industry values of HubSpot do not correspond to the picklist of Salesforce, therefore I request a "
    "translation. The Lead shall by Email be identified; Email is with the email of the contact in lower case to "
    "be filled. The Industry of the Lead: Software becomes \"Technology\", Food becomes \"Food & Beverage\", "
    "Logistics becomes \"Transportation\", Design becomes \"Media\", and in case that the industry of the contact "
    "is empty, \"Other\" shall be set. The Title of the Lead is to be filled with the Job Title; in case that "
    "this is empty, the text \"Not specified\" shall stand there."), HS)
def _06(r: R) -> Out:
    ind = "Other" if blank(r["industry"]) else {"Software": "Technology", "Food": "Food & Beverage",
                                                "Logistics": "Transportation", "Design": "Media"}[r["industry"]]
    return {"Email": r["email"].lower(), "Industry": ind, "Title": dflt(r["jobtitle"], "Not specified")}


@case("h41-07-lead-address-no-customers", H, L, (
    "Contacts in the lifecycle stage customer shall NOT be transferred into Salesforce as Leads (these exist "
    "there already as Contacts); all others yes. The Lead Email, by which the Lead is identified, is to be filled "
    "with the email of the contact. For the address: City shall be the city of the contact in title case (each "
    "word with a capital first letter, the rest small). State shall be the State/Region in upper case; in case "
    "that the state is empty, State is to be left out. PostalCode shall be the zip, Street the Street Address and "
    "Country the Country/Region, these three each unchanged."), extended(HS, HS_ANNA))
def _07(r: R) -> Out:
    if r["lifecyclestage"] == "customer":
        return None
    return keep({"Email": r["email"], "City": title(r["city"]),
                 "State": OMIT if blank(r["state"]) else r["state"].upper(),
                 "PostalCode": r["zip"], "Street": r["address"], "Country": r["country"]})


@case("h41-08-lead-no-optouts-rating", H, L, (
    "Contacts which have unsubscribed from all email (that means hs_email_optout is the text \"true\") are from "
    "the synchronisation to exclude; in case that hs_email_optout is empty, the contact counts as not "
    "unsubscribed and is transferred. The Lead is identified by its Email, which shall the email of the contact "
    "receive. First Name and Last Name of the Lead shall each be written in title case (first letter of each word "
    "big, rest small). The Rating is to be set as follows: salesqualifiedlead resp. marketingqualifiedlead in the "
    "Lifecycle Stage give \"Hot\" resp. \"Warm\"; otherwise the Rating shall be \"Cold\"."),
    extended(HS, HS_ANNA))
def _08(r: R) -> Out:
    if opted_out(r):
        return None
    rating = {"salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}.get(r["lifecyclestage"], "Cold")
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Rating": rating}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact (6)

@case("h41-09-contact-basics-department", H, C, (
    "Dear colleagues, our HubSpot contacts shall as Contacts into Salesforce flow. The Salesforce Contact is by "
    "its Email identified, which is to be filled with the email of the HubSpot contact. FirstName resp. LastName "
    "shall be taken over 1:1 from firstname resp. lastname, without any change. The Title of the Contact is the "
    "Job Title; in case that the Job Title is empty, the text \"Not known\" shall be written. The Department shall "
    "for all contacts be the fixed value \"Marketing\"."), extended(HS, HS_JONAS))
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Title": dflt(r["jobtitle"], "Not known"), "Department": "Marketing"}


@case("h41-10-contact-trim-names", H, C, (
    "In our HubSpot some values were with spaces at the beginning or at the end entered, which is in Salesforce "
    "not wished. Therefore: the Email of the Contact (the match key) shall be the email of the contact in small "
    "letters (lower case). FirstName and LastName shall be firstname resp. lastname with the leading and trailing "
    "spaces removed (trimmed). The Title shall be the Job Title, likewise trimmed; in case that the Job Title is "
    "empty, Title is to be left out. MailingCity is with the city to be filled, unchanged."),
    extended(HS, HS_JONAS))
def _10(r: R) -> Out:
    return keep({"Email": r["email"].lower(), "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
                 "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].strip(), "MailingCity": r["city"]})


@case("h41-11-contact-phone-optout", H, C, (
    "Please map HubSpot contacts to Salesforce Contacts like this. Email (by which the Contact is found) = email "
    "of the contact. The Phone of the Contact shall be the Phone Number; in case that the Phone Number is empty, "
    "the Mobile Phone Number shall be taken. The number shall in every case in E.164 be formatted, the United "
    "States being the assumed country. HasOptedOutOfEmail shall be true in case that hs_email_optout is the text "
    "\"true\", and false in case that it is \"false\" or empty. The Lead Source shall be constantly \"Email\"."), HS)
def _11(r: R) -> Out:
    return {"Email": r["email"], "Phone": e164(dflt(r["phone"], r["mobilephone"])),
            "HasOptedOutOfEmail": opted_out(r), "LeadSource": "Email"}


@case("h41-12-contact-bigger-companies", H, C, (
    "Only contacts of companies with more than 20 employees shall be transferred, that means the Number of "
    "Employees must be greater than 20; contacts where the Number of Employees is empty shall not be transferred. "
    "The Contact is identified by Email, which is to be filled with the email of the HubSpot contact. The "
    "LastName shall be written completely in capital letters. The Description shall consist of the text "
    "\"Employees:\", one space, and then the Number of Employees as it stands in HubSpot."),
    extended(HS, HS_ANNA))
def _12(r: R) -> Out:
    if blank(r["numemployees"]) or float(r["numemployees"]) <= 20:
        return None
    return {"Email": r["email"], "LastName": r["lastname"].upper(), "Description": "Employees: " + r["numemployees"]}


@case("h41-13-contact-created-mobile", H, C, (
    "For the Salesforce Contact I need the following fields. Email = email of the HubSpot contact, this is the "
    "key. FirstName and LastName shall in title case be written, that means every word begins with a big letter "
    "and the rest is small. The MobilePhone shall the Mobile Phone Number in E.164 format receive (country United "
    "States); in case that the contact has no mobile number, MobilePhone is to be left out. The Description shall "
    "only the date of the Create Date contain, in the form YYYY-MM-DD, without the time."), HS)
def _13(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "Description": day(r["createdate"])})


@case("h41-14-contact-department-table", H, C, (
    "Contacts without company (the company field in HubSpot is empty) shall in Salesforce not be created, they "
    "are to be excluded. For all others: the Email of the Contact, which identifies it, is to be filled with the "
    "email. The Department shall from the industry be derived: Software gives \"IT\", Logistics gives "
    "\"Operations\", Design gives \"Creative\"; for every other industry, and also when the industry is empty, "
    "the Department shall be \"General\". MailingCountry shall be the Country/Region in upper case."), HS)
def _14(r: R) -> Out:
    if blank(r["company"]):
        return None
    dept = {"Software": "IT", "Logistics": "Operations", "Design": "Creative"}.get(r["industry"], "General")
    return {"Email": r["email"], "Department": dept, "MailingCountry": r["country"].upper()}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members (6)

@case("h41-15-mc-status-from-optout", H, M, (
    "Dear colleagues, the HubSpot contacts shall into our Mailchimp audience be synchronised. The member is "
    "identified by email_address, which is to be filled with the email of the contact in lower case. The status "
    "shall be \"unsubscribed\" in case that hs_email_optout is the text \"true\", otherwise (\"false\" or empty) "
    "\"subscribed\". The merge field FNAME resp. LNAME shall be filled with firstname resp. lastname, unchanged. "
    "Every member shall exactly the one tag \"HubSpot Import\" receive."), HS)
def _15(r: R) -> Out:
    return {"email_address": r["email"].lower(), "status": "unsubscribed" if opted_out(r) else "subscribed",
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "tags": ["HubSpot Import"]}


@case("h41-16-mc-sales-ready-tag", H, M, (
    "Contacts which have unsubscribed from all email (hs_email_optout is the text \"true\") are not to be sent to "
    "Mailchimp; contacts with an empty hs_email_optout are sent. The email_address of the member (key) is the "
    "email of the contact, unchanged. The status shall always be \"subscribed\". The merge field PHONE shall the "
    "Phone Number in E.164 format contain, United States as country; in case that the Phone Number is empty, "
    "PHONE is to be left out. In case that the Lifecycle Stage is salesqualifiedlead, the member shall the tag "
    "\"Sales Ready\" receive; otherwise the tags list shall be empty."), HS)
def _16(r: R) -> Out:
    if opted_out(r):
        return None
    return keep({"email_address": r["email"], "status": "subscribed",
                 "merge_fields": {"PHONE": OMIT if blank(r["phone"]) else e164(r["phone"])},
                 "tags": ["Sales Ready"] if r["lifecyclestage"] == "salesqualifiedlead" else []})


@case("h41-17-mc-key-account-tags", H, M, (
    "For the segmentation in Mailchimp I need tags from HubSpot. email_address (by which the member is matched) "
    "= email of the contact. The status is for all members \"pending\". The merge field FNAME shall with the "
    "firstname be filled. Tags: in case that the Annual Revenue is greater than 1000000, the tag \"Key Account\" "
    "is to be set; in case that the Lifecycle Stage is lead, the tag \"New Lead\" is to be set; in case that both "
    "apply, both tags in this order (first \"Key Account\", then \"New Lead\"). A contact with empty Annual "
    "Revenue does not get \"Key Account\". In case that none applies, the tags list is empty."),
    extended(HS, HS_JONAS))
def _17(r: R) -> Out:
    rv = rev(r)
    tags = (["Key Account"] if rv is not None and rv > 1000000 else []) + \
        (["New Lead"] if r["lifecyclestage"] == "lead" else [])
    return {"email_address": r["email"], "status": "pending", "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h41-18-mc-vip-customers", H, M, (
    "Please set up the following for Mailchimp. The field email_address is to be filled with the email of the "
    "HubSpot contact; it is the key of the member. The status shall constantly \"subscribed\" be. The language "
    "shall for all members \"en\" be. The field vip shall be true in case that the Lifecycle Stage is customer, "
    "and false in all other cases. FNAME resp. LNAME shall firstname resp. lastname in title case contain, that "
    "means first letter of each word capital and the remaining letters small."), HS)
def _18(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed", "language": "en",
            "vip": r["lifecyclestage"] == "customer",
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])}}


@case("h41-19-mc-first-word-status", H, M, (
    "Some of our contacts have two first names, in the newsletter we would like only the first one. Therefore the "
    "merge field FNAME shall only the first word of firstname contain. LNAME shall the lastname be, unchanged. "
    "The email_address, which identifies the member, shall the email in lower case be. The status is from the "
    "Lifecycle Stage to derive: subscriber gives \"pending\", every other stage gives \"subscribed\". All members "
    "shall the tag \"Spring Campaign\" receive."), extended(HS, HS_ANNA))
def _19(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"]},
            "status": "pending" if r["lifecyclestage"] == "subscriber" else "subscribed",
            "tags": ["Spring Campaign"]}


@case("h41-20-mc-phone-chain-france", H, M, (
    "The Mailchimp member is by email_address identified, which is to be filled with the email of the contact in "
    "lower case. status: always \"subscribed\". The merge field LNAME shall the lastname in upper case contain. "
    "The merge field PHONE is to be filled with the Mobile Phone Number; in case that this is empty, with the "
    "Phone Number; in case that also this is empty, PHONE shall be left out. The number is to be taken as it is, "
    "without formatting. Every member gets the tag \"Newsletter\"; in case that the Country/Region is \"France\", "
    "additionally the tag \"France\" after it."), HS)
def _20(r: R) -> Out:
    phone = r["mobilephone"] if not blank(r["mobilephone"]) else (OMIT if blank(r["phone"]) else r["phone"])
    return keep({"email_address": r["email"].lower(), "status": "subscribed",
                 "merge_fields": {"LNAME": r["lastname"].upper(), "PHONE": phone},
                 "tags": ["Newsletter"] + (["France"] if r["country"] == "France" else [])})


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify (4)

@case("h41-21-seg-company-traits", H, S, (
    "For Segment the identify calls shall be built from the HubSpot contacts. The userId shall be the email of "
    "the contact in lower case. traits.email shall the email unchanged contain. traits.firstName resp. "
    "traits.lastName are the firstname resp. lastname. Under traits.company the name is to be filled with the "
    "company and the employee_count with the Number of Employees as a whole number; in case that the company "
    "resp. the Number of Employees is empty, the respective trait is to be left out."), HS)
def _21(r: R) -> Out:
    return keep({"userId": r["email"].lower(), "traits": {
        "email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
        "company": {"name": OMIT if blank(r["company"]) else r["company"],
                    "employee_count": OMIT if blank(r["numemployees"]) else int(num(r["numemployees"]))}}})


@case("h41-22-seg-address-phone", H, S, (
    "Please map into Segment identify: userId = email of the HubSpot contact, unchanged (this identifies the "
    "user). The address shall in traits.address stand: city from the city, country from the Country/Region, "
    "postalCode from the zip, each unchanged, and state from the State/Region; in case that the State/Region is "
    "empty, state is to be left out. traits.phone shall be the Phone Number, and in case that it is empty the "
    "Mobile Phone Number, in E.164 format with United States as the assumed country."), HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "country": r["country"], "postalCode": r["zip"],
                    "state": OMIT if blank(r["state"]) else r["state"]},
        "phone": e164(dflt(r["phone"], r["mobilephone"]))}})


@case("h41-23-seg-username-domain", H, S, (
    "The userId in Segment shall be the email of the HubSpot contact, unchanged. traits.username shall the part "
    "of the email before the @ contain, and the custom trait traits.email_domain the part after the @. "
    "traits.title is to be filled with the Job Title, and in case that this is empty with the text \"n/a\". "
    "traits.company.industry shall be the industry; in case that the industry is empty, it is to be left out."),
    lower_emails(HS))
def _23(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "username": before_at(r["email"]), "email_domain": after_at(r["email"]),
        "title": dflt(r["jobtitle"], "n/a"),
        "company": {"industry": OMIT if blank(r["industry"]) else r["industry"]}}})


@case("h41-24-seg-leads-plan", H, S, (
    "Only contacts whose Lifecycle Stage is one of lead, marketingqualifiedlead or salesqualifiedlead shall to "
    "Segment be sent; all others are to be filtered out. The userId is the email in lower case. traits.name "
    "shall firstname and lastname contain, connected with one space between them. The custom trait "
    "traits.signup_date shall the Create Date as date in the format YYYY-MM-DD receive. traits.company.plan "
    "shall be \"Enterprise\" in case that the Annual Revenue is greater than 1000000, otherwise \"Standard\"; "
    "with empty Annual Revenue also \"Standard\"."), HS)
def _24(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    rv = rev(r)
    return {"userId": r["email"].lower(), "traits": {
        "name": r["firstname"] + " " + r["lastname"], "signup_date": day(r["createdate"]),
        "company": {"plan": "Enterprise" if rv is not None and rv > 1000000 else "Standard"}}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events (3)

@case("h41-25-ga4-lead-value", H, G, (
    "For each HubSpot contact one event shall to GA4 over the Measurement Protocol be sent. The client_id shall "
    "be the email of the contact, unchanged. The event name is always \"generate_lead\". The event parameter "
    "value shall the Annual Revenue as a number contain; in case that the Annual Revenue is empty, the parameter "
    "value is to be left out. The event parameter currency is always \"USD\"."), HS)
def _25(r: R) -> Out:
    return keep({"client_id": r["email"], "events": [{"name": "generate_lead", "params": keep({
        "value": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": "USD"})}]})


@case("h41-26-ga4-crm-sync", H, G, (
    "Contacts in the Lifecycle Stage subscriber are not to be sent to GA4; all others yes. The client_id of GA4 "
    "shall be the email of the contact in lower case. The name of the event shall in every case be \"crm_sync\". "
    "As event parameters: lifecycle_stage with the Lifecycle Stage unchanged, and employees with the Number of "
    "Employees as a whole number; in case that the Number of Employees is empty, employees shall be 0."), HS)
def _26(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"client_id": r["email"].lower(), "events": [{"name": "crm_sync", "params": {
        "lifecycle_stage": r["lifecyclestage"],
        "employees": 0 if blank(r["numemployees"]) else int(num(r["numemployees"]))}}]}


@case("h41-27-ga4-purchase-source", H, G, (
    "The GA4 client_id shall be the part of the email before the @. The event name depends on the Lifecycle "
    "Stage: in case that it is customer, the event is called \"purchase\", otherwise \"sign_up\". The event "
    "parameter country shall the Country/Region in upper case contain. The event parameter traffic_source shall "
    "be the Original Source (hs_analytics_source, only read, not written) in lower case; in case that it is "
    "empty, traffic_source shall be \"unknown\"."), lower_emails(HS))
def _27(r: R) -> Out:
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "sign_up", "params": {
                "country": r["country"].upper(),
                "traffic_source": "unknown" if blank(r["hs_analytics_source"]) else r["hs_analytics_source"].lower()}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts (5)

@case("h41-28-hs-from-lead-basics", L, H, (
    "Dear colleagues, the Leads of Salesforce shall into HubSpot as contacts come. The HubSpot contact is by its "
    "email identified, which is to be filled with the Email of the Lead. firstname, lastname and company shall "
    "from FirstName, LastName and Company be taken, unchanged. The jobtitle shall the Title of the Lead receive; "
    "in case that the Title is empty, jobtitle is to be left out. The phone is from the Phone 1:1 to take, "
    "without formatting. The country shall be the Country of the Lead, and in case that this is empty, "
    "\"Unknown\"."), SFL)
def _28(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
                 "jobtitle": OMIT if blank(r["Title"]) else r["Title"], "phone": r["Phone"],
                 "country": dflt(r["Country"], "Unknown")})


@case("h41-29-hs-from-lead-stages", L, H, (
    "For the Leads from Salesforce the status shall into HubSpot be translated. email (key of the contact) = Email "
    "of the Lead in lower case. The Lifecycle Stage is from the Lead Status to set: \"Open - Not Contacted\" "
    "becomes lead, \"Working - Contacted\" becomes marketingqualifiedlead, \"Closed - Converted\" becomes "
    "customer and \"Closed - Not Converted\" becomes other. The HubSpot Lead Status (hs_lead_status) is from the "
    "Rating to set: Hot becomes OPEN, Warm becomes IN_PROGRESS, Cold becomes UNQUALIFIED."), SFL)
def _29(r: R) -> Out:
    stage = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead",
             "Closed - Converted": "customer", "Closed - Not Converted": "other"}[r["Status"]]
    ls = {"Hot": "OPEN", "Warm": "IN_PROGRESS", "Cold": "UNQUALIFIED"}[r["Rating"]]
    return {"email": r["Email"].lower(), "lifecyclestage": stage, "hs_lead_status": ls}


@case("h41-30-hs-from-lead-optout-revenue", L, H, (
    "Leads with the Rating \"Cold\" shall not into HubSpot be transferred. For the other Leads: the email of "
    "the contact, by which it is identified, is the Email of the Lead. The field hs_email_optout shall the text "
    "\"true\" receive in case that HasOptedOutOfEmail is true, and the text \"false\" in case that it is false. "
    "The annualrevenue shall the AnnualRevenue as a number be; in case that AnnualRevenue is empty, annualrevenue "
    "is to be left out. city resp. zip shall be City resp. PostalCode, unchanged."), SFL)
def _30(r: R) -> Out:
    if r["Rating"] == "Cold":
        return None
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "city": r["City"], "zip": r["PostalCode"]})


@case("h41-31-hs-from-lead-uk", L, H, (
    "For our London office only Leads whose Country is exactly \"United Kingdom\" shall be synchronised into "
    "HubSpot, all other Leads are to be skipped. The email of the HubSpot contact (match key) shall the Email of "
    "the Lead be. The phone shall the Phone in E.164 format contain, with the United Kingdom as assumed country "
    "(+44). The city is to be filled with the City in upper case. The address (Street Address) shall the Street "
    "receive, unchanged. firstname resp. lastname shall FirstName resp. LastName in title case be."),
    extended(SFL, SFL_OLIVIA))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "city": r["City"].upper(), "address": r["Street"],
            "firstname": title(r["FirstName"]), "lastname": title(r["LastName"])}


@case("h41-32-hs-from-lead-rating-status", L, H, (
    "Please build the mapping Salesforce Lead to HubSpot contact like this. email = Email of the Lead (the contact "
    "is by email identified). annualrevenue shall the AnnualRevenue as a whole number be; in case that it is "
    "empty, it is to be left out. The Lifecycle Stage shall for all contacts be \"lead\". hs_lead_status shall "
    "from the Rating come: Hot gives OPEN, Warm gives ATTEMPTED_TO_CONTACT, Cold gives UNQUALIFIED. The jobtitle "
    "is with the Title to fill, and in case that the Title is empty, with \"Unknown\"."), SFL)
def _32(r: R) -> Out:
    return keep({"email": r["Email"],
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else int(num(r["AnnualRevenue"])),
                 "lifecyclestage": "lead",
                 "hs_lead_status": {"Hot": "OPEN", "Warm": "ATTEMPTED_TO_CONTACT", "Cold": "UNQUALIFIED"}[r["Rating"]],
                 "jobtitle": dflt(r["Title"], "Unknown")})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members (4)

@case("h41-33-mc-from-contact-basics", C, M, (
    "Dear colleagues, the Salesforce Contacts shall into Mailchimp be synchronised. The email_address of the "
    "member, by which it is matched, shall the Email of the Contact in lower case be. The status shall be "
    "\"unsubscribed\" in case that HasOptedOutOfEmail is true, and \"subscribed\" in case that it is false. FNAME "
    "resp. LNAME in the merge fields are FirstName resp. LastName, unchanged. Each member shall the two tags "
    "\"Salesforce\" and \"Contact\" receive, in this order."), SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "tags": ["Salesforce", "Contact"]}


@case("h41-34-mc-from-contact-tradeshow", C, M, (
    "Contacts with HasOptedOutOfEmail true are from the Mailchimp synchronisation to exclude. For the others: "
    "email_address (key) = Email of the Contact, unchanged. The status is always \"subscribed\". The merge field "
    "PHONE shall the Phone in E.164 format contain, whereby the United States are assumed as country. In case "
    "that the Lead Source of the Contact is \"Trade Show\", the member shall the tag \"Trade Show\" receive, "
    "otherwise no tag at all (empty tags list)."), SFC)
def _34(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "status": "subscribed", "merge_fields": {"PHONE": e164(r["Phone"])},
            "tags": ["Trade Show"] if r["LeadSource"] == "Trade Show" else []}


@case("h41-35-mc-from-contact-language-vip", C, M, (
    "In Mailchimp we want the language of the member from the Mailing Country to set: Germany and Austria give "
    "\"de\", and every other country gives \"en\". The email_address, which identifies the member, "
    "is the Email of the Contact, unchanged. The status shall constantly \"subscribed\" be. vip shall be true in "
    "case that the Department is \"Sales\", and false otherwise, also when the Department is empty."), SFC)
def _35(r: R) -> Out:
    return {"language": {"Germany": "de", "Austria": "de"}.get(r["MailingCountry"], "en"), "email_address": r["Email"],
            "status": "subscribed", "vip": r["Department"] == "Sales"}


@case("h41-36-mc-from-contact-birthday-tag", C, M, (
    "The member in Mailchimp is by email_address identified; this shall the Email of the Contact in lower case "
    "be. The status shall for all \"pending\" be (double opt-in). The merge field FNAME is the FirstName in "
    "capital letters (upper case), LNAME the LastName unchanged. In case that the Birthdate of the Contact is not "
    "empty, the member gets the tag \"Birthday known\"; in case that the Birthdate is empty, the tags list stays "
    "empty."), SFC)
def _36(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "pending",
            "merge_fields": {"FNAME": r["FirstName"].upper(), "LNAME": r["LastName"]},
            "tags": [] if blank(r["Birthdate"]) else ["Birthday known"]}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify (3)

@case("h41-37-seg-from-contact-basics", C, S, (
    "For Segment the Salesforce Contacts shall as identify calls be sent. The userId is the Email of the Contact "
    "in lower case. traits.email shall the Email unchanged contain. traits.firstName resp. traits.lastName are "
    "FirstName resp. LastName. traits.title shall be the Title, and in case that the Title is empty, \"Unknown\". "
    "traits.birthday is with the Birthdate to fill; in case that the Birthdate is empty, it shall be left out."),
    SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": dflt(r["Title"], "Unknown"), "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h41-38-seg-from-contact-address", C, S, (
    "The userId in Segment shall the Email of the Salesforce Contact be, unchanged; by it the user is identified. "
    "traits.address.city resp. traits.address.country shall MailingCity resp. MailingCountry receive. traits.phone "
    "shall the Phone in E.164 format be, assumed country United States. The custom trait traits.department is "
    "with the Department to fill; in case that the Department is empty, traits.department is to be left out."),
    SFC)
def _38(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]}, "phone": e164(r["Phone"]),
        "department": OMIT if blank(r["Department"]) else r["Department"]}})


@case("h41-39-seg-from-contact-name-source", C, S, (
    "Contacts of the Department \"Engineering\" shall not to Segment be sent; Contacts with empty Department are "
    "sent. userId = Email of the Contact in lower case. traits.name shall FirstName and LastName contain, with one "
    "space between. The custom trait traits.lead_source shall the Lead Source be, and in case that the Lead Source "
    "is empty, \"Unknown\". The custom trait traits.has_birthday shall be true in case that the Birthdate is "
    "filled, and false in case that the Birthdate is empty."), SFC)
def _39(r: R) -> Out:
    if r["Department"] == "Engineering":
        return None
    return {"userId": r["Email"].lower(), "traits": {
        "name": r["FirstName"] + " " + r["LastName"], "lead_source": dflt(r["LeadSource"], "Unknown"),
        "has_birthday": not blank(r["Birthdate"])}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts (3)

@case("h41-40-hs-from-mc-names-optout", M, H, (
    "Dear colleagues, the Mailchimp members shall into HubSpot as contacts be written. The email of the HubSpot "
    "contact, which identifies it, is the email_address of the member. firstname shall the merge field FNAME in "
    "title case be (each word with a capital first letter, rest small). lastname shall the merge field LNAME in "
    "title case be; in case that LNAME is empty, lastname is to be left out. hs_email_optout shall the text "
    "\"true\" be in case that the status of the member is \"unsubscribed\", and in all other cases the text "
    "\"false\"."), MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h41-41-hs-from-mc-vip-customer", M, H, (
    "Members with the status \"cleaned\" are not into HubSpot to transfer. For the others: email (by which the "
    "contact is found) = email_address. The phone shall the merge field PHONE in E.164 format contain, United "
    "States as assumed country; in case that PHONE is empty, phone is to be left out. company is the merge field "
    "COMPANY, unchanged. The Lifecycle Stage shall be customer in case that vip is true, and subscriber in case "
    "that vip is false."), MC)
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(mf["PHONE"]) else e164(mf["PHONE"]),
                 "company": mf["COMPANY"], "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h41-42-hs-from-mc-customer-tag", M, H, (
    "Members whose status is \"unsubscribed\" shall be excluded; all other members are into HubSpot to write. "
    "The contact is by email identified, which shall the email_address of the member receive. firstname is the "
    "merge field FNAME, unchanged; lastname is the merge field LNAME, and in case that LNAME is empty, the text "
    "\"Unknown\". The Lifecycle Stage shall be customer in case that the tags of the member contain the tag "
    "\"Customer\", otherwise lead. The field message is to be filled with the text \"Mailchimp status:\", one "
    "space, and then the status of the member."), MC)
def _42(r: R) -> Out:
    if r["status"] == "unsubscribed":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": dflt(mf["LNAME"], "Unknown"),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead",
            "message": "Mailchimp status: " + r["status"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set41")
    print(f"{len(CASES)} cases written")
