"""Held-out set 109 for the offline mapping drafter.

Persona: Haruka Sato, product manager at a Tokyo e-commerce company. She writes formal numbered
specifications in careful, polite Japanese-shaped English ("1. Regarding the e-mail address: please
set ...", "In case the value does not exist, ...", "Please be careful that ...", "(*) note: ...",
"It is necessary to ..."), sometimes with full-width brackets 【 】 for section titles, arrows for
"source -> destination", and she names fields by API name with the screen label in parentheses.

Pair distribution (42 cases):
  hubspot.contacts   -> salesforce.Lead      8  (01-08)
  hubspot.contacts   -> salesforce.Contact   6  (09-14)
  hubspot.contacts   -> mailchimp.members    6  (15-20)
  hubspot.contacts   -> segment.identify     4  (21-24)
  hubspot.contacts   -> ga4.events           3  (25-27)
  salesforce.Lead    -> hubspot.contacts     5  (28-32)
  salesforce.Contact -> mailchimp.members    4  (33-36)
  salesforce.Contact -> segment.identify     3  (37-39)
  mailchimp.members  -> hubspot.contacts     3  (40-42)

Rule kinds per case: authoring.RULE_KINDS (fixed by the brief); the wording is the persona's own.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

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
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h109-01-basic-lead-items", H, L, """\
【HubSpot contact → Salesforce Lead: basic items】
Thank you very much for your support. Please set the items of the Lead as follows.

1. Regarding the e-mail address: please set email (Email) of HubSpot to Email (Email) of the Lead.
2. Regarding the name: please set firstname (First Name) to FirstName (First Name), and lastname (Last Name) to LastName (Last Name).
3. Regarding the company: please set company (Company Name) to Company (Company).
4. Regarding the position: please set jobtitle (Job Title) to Title (Title).
5. Regarding LeadSource (Lead Source): please set the fixed value "Web" for all records.

(*) note: for items 1 to 4 please copy the value as it is. In case the value does not exist in HubSpot, please copy it as empty. It is not necessary to put any substitute value.""", HS)
def o01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h109-02-defaults-and-trim", H, L, """\
Dear engineer team,

I would like to request the following specification for creating Leads from HubSpot contacts.

1. Email (Email): please set email (Email) as it is.
2. LastName (Last Name): please set lastname (Last Name) as it is.
3. FirstName (First Name): please set firstname (First Name) after removing the spaces at the beginning and at the end.
4. City (City): please set city (City), also removing the spaces before and after the value.
5. Company (Company): please set company (Company Name). In case the value does not exist, please set "Individual Customer".
6. Title (Title): please set jobtitle (Job Title). In case it is empty, please set "Unknown".

Please be careful that a value which has only spaces is also regarded as empty.
Best regards, Sato""", extended(
    HS,
    hs(email="yuki.mori@hoshi-mart.jp", firstname="  Yuki ", lastname="Mori", company="   ",
       jobtitle="", city=" Osaka  "),
))
def o02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"].strip(),
            "City": r["city"].strip(), "Company": dflt(r["company"], "Individual Customer"),
            "Title": dflt(r["jobtitle"], "Unknown")}


@case("h109-03-phone-fallback-title-case", H, L, """\
1. Regarding the e-mail address: please set email (Email) to Email as it is.
2. Regarding the name: firstname (First Name) and lastname (Last Name) should be converted to title case (for each word, the first letter is capital and the rest are small letters), and set to FirstName and LastName.
3. Regarding the phone: please set Phone (Phone) with phone (Phone Number). In case phone does not exist, please use mobilephone (Mobile Phone Number) instead. In case both of them do not exist, please do not set Phone at all (please leave out the field).

(*) note: the phone number is copied without any change of format.""", extended(
    HS,
    hs(email="sora.aoki@tsuki-shop.jp", firstname="sora", lastname="aoki", phone="", mobilephone=""),
))
def o03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": first_filled(r["phone"], r["mobilephone"]) or OMIT})


_SRC04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}


@case("h109-04-lead-source-table", H, L, """\
【Conversion of the lead source】

1. Email (Email): please set email (Email) after converting it to lower case letters.
2. LastName (Last Name): please set lastname (Last Name) as it is.
3. LeadSource (Lead Source): please convert hs_analytics_source (Original Source) by the following table.
   - ORGANIC_SEARCH → Web
   - PAID_SEARCH → Advertisement
   - PAID_SOCIAL → Advertisement
   - REFERRALS → External Referral
   - any other value → Other

(*) note: in case Original Source is empty, please also set "Other".""", HS)
def o04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "LeadSource": _SRC04.get(r["hs_analytics_source"], "Other")}


@case("h109-05-two-exclusions", H, L, """\
Thank you always for your help. This is the specification for sending HubSpot contacts to Salesforce as Leads.

【Target records】
It is necessary to exclude the following contacts. They must not be sent to Salesforce.
 (1) Contacts whose lifecyclestage (Lifecycle Stage) is "customer".
 (2) Contacts whose country (Country/Region) is "France".

【Items】
 1. Email ← email (Email)
 2. FirstName ← firstname (First Name)
 3. LastName ← lastname (Last Name)
 4. Company ← company (Company Name)
 5. Status (Lead Status) ← fixed value "Open - Not Contacted"

Items 1 to 4 are simple copy, without any conversion.""", HS)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["country"] == "France":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["company"], "Status": "Open - Not Contacted"}


@case("h109-06-rating-by-revenue", H, L, """\
1. Regarding the e-mail address: please set email (Email) to Email of the Lead without change.
2. Regarding Rating (Rating): please decide it from annualrevenue (Annual Revenue).
   - more than 5,000,000 → "Hot"
   - less than 1,000,000 → "Cold"
   - other cases → "Warm"
   In case Annual Revenue is empty, please treat it as "Warm".
3. Regarding the number of employees: please set numemployees (Number of Employees) to NumberOfEmployees (Employees) as an integer (whole number). In case the value does not exist, please do not set NumberOfEmployees.""", HS)
def o06(r: R) -> Out:
    v = rev(r)
    rating = "Warm" if v is None else "Hot" if v > 5_000_000 else "Cold" if v < 1_000_000 else "Warm"
    return keep({"Email": r["email"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x)))})


@case("h109-07-e164-phone-title-case", H, L, """\
【Format of the phone number】
In Salesforce we manage phone numbers in E.164 format, so it is necessary to convert them.

1. Email (Email): email (Email) as it is.
2. Phone (Phone): please convert phone (Phone Number) to E.164 format. If the number has no country code ("+"), please regard it as a US number (+1). In case the phone is empty, please leave out Phone (do not send this field).
3. FirstName (First Name): firstname (First Name) in title case.
4. City (City): city (City) in title case.

(*) note: "title case" means that each word starts with a capital letter and the other letters are small.""", HS)
def o07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164),
                 "FirstName": title(r["firstname"]), "City": title(r["city"])})


@case("h109-08-us-only-description", H, L, """\
【US contacts only】

1. Target: please send only the contacts whose country (Country/Region) is "United States". The other contacts are out of scope.
2. Email (Email) ← email (Email), as it is.
3. Company (Company) ← company (Company Name), as it is.
4. LastName (Last Name) ← lastname (Last Name), please convert to upper case (all capital letters).
5. Description (Description): please make it by combining hs_analytics_source (Original Source), then " / " (space, slash, space), then the date of createdate (Create Date) in YYYY-MM-DD format.
   Example: "ORGANIC_SEARCH / 2023-03-14\"""", HS)
def o08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "Company": r["company"], "LastName": r["lastname"].upper(),
            "Description": f"{r['hs_analytics_source']} / {day(r['createdate'])}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h109-09-mailing-address", H, C, """\
【HubSpot → Salesforce Contact: address】
Please set the address of the contact to the Mailing address fields of the Salesforce Contact.

1. Email (Email) ← email (Email)
2. LastName (Last Name) ← lastname (Last Name)
3. MailingStreet (Mailing Street) ← address (Street Address)
4. MailingCity (Mailing City) ← city (City)
5. MailingState (Mailing State/Province) ← state (State/Region)
6. MailingPostalCode (Mailing Zip/Postal Code) ← zip (Postal Code)
7. MailingCountry (Mailing Country) ← country (Country/Region)

Please copy each value as it is.
(*) note: for overseas contacts, State/Region is sometimes empty. In such case, please copy the empty value as it is.""", HS)
def o09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h109-10-opt-out-and-do-not-call", H, C, """\
1. Regarding the e-mail address: please set email (Email) to Email (Email).
2. Regarding the last name: please copy lastname (Last Name) to LastName (Last Name).
3. Regarding HasOptedOutOfEmail (Email Opt Out):
   - In case hs_email_optout (Unsubscribed from all email) is "true", please set true.
   - In case it is "false", please set false.
   - In case the value does not exist, please also set false.
4. Regarding DoNotCall (Do Not Call):
   - In case phone (Phone Number) is empty, please set true.
   - In case phone has a value, please set false.""", HS)
def o10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h109-11-first-name-from-email", H, C, """\
Please find the mapping specification below.

1. Email (Email) ← email (Email), as it is.
2. LastName (Last Name) ← lastname (Last Name), as it is.
3. FirstName (First Name): please use firstname (First Name). In case First Name does not exist, please use the part of the e-mail address before "@" instead.
4. Phone (Business Phone): please use phone (Phone Number). If it is empty, please use mobilephone (Mobile Phone Number).

(*) note: the e-mail addresses are already in lower case, so it is not necessary to convert them.""", extended(
    lower_emails(HS),
    hs(email="takumi.ono@kaze-mart.jp", firstname="", lastname="Ono", phone="03-5555-0123", mobilephone=""),
))
def o11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": first_filled(r["firstname"], before_at(r["email"])),
            "Phone": first_filled(r["phone"], r["mobilephone"])}


_STAGE12 = {"subscriber": "Newsletter only", "lead": "Lead", "marketingqualifiedlead": "MQL",
            "salesqualifiedlead": "SQL", "customer": "Existing customer"}


@case("h109-12-stage-description-upper-title", H, C, """\
【Contact description by lifecycle stage】

1. Email (Email): email (Email), as it is.
2. LastName (Last Name): lastname (Last Name), as it is.
3. Description (Contact Description): please set the text according to lifecyclestage (Lifecycle Stage).
     subscriber → "Newsletter only"
     lead → "Lead"
     marketingqualifiedlead → "MQL"
     salesqualifiedlead → "SQL"
     customer → "Existing customer"
4. Title (Title): jobtitle (Job Title) converted to upper case. In case Job Title is empty, please do not set Title at all.""", HS)
def o12(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "Description": _STAGE12[r["lifecyclestage"]],
                 "Title": omit_if_blank(r["jobtitle"], str.upper)})


@case("h109-13-open-stages-only", H, C, """\
Target of this synchronization is only the contacts whose lifecyclestage (Lifecycle Stage) is "lead", "marketingqualifiedlead" or "salesqualifiedlead". Please do not send the other contacts.

1. Email (Email): email (Email) converted to lower case.
2. LastName (Last Name): copy of lastname (Last Name).
3. Phone (Business Phone): mobilephone (Mobile Phone Number). In case it does not exist, phone (Phone Number).
4. LeadSource (Lead Source): fixed value "Web".""", HS)
def o13(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Phone": first_filled(r["mobilephone"], r["phone"]), "LeadSource": "Web"}


_SRC14 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}


@case("h109-14-trim-title-source", H, C, """\
1. Email (Email) ← email (Email), as it is.
2. FirstName (First Name) / LastName (Last Name) ← firstname (First Name) / lastname (Last Name), each converted to title case (first letter of each word capital, the rest small).
3. Title (Title) ← jobtitle (Job Title). Please be careful that some job titles have unnecessary spaces at the beginning or at the end; please remove them (trim).
4. LeadSource (Lead Source) ← hs_analytics_source (Original Source), as below:
   ORGANIC_SEARCH: Web / PAID_SEARCH: Advertisement / REFERRALS: External Referral / any other value, and also the case it is empty: Other""", extended(
    HS,
    hs(email="mei.lin@kaze-apparel.jp", firstname="mei", lastname="LIN", jobtitle="  Store Manager  ",
       hs_analytics_source="EMAIL_MARKETING"),
))
def o14(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "LeadSource": _SRC14.get(r["hs_analytics_source"], "Other")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h109-15-audience-language-default", H, M, """\
【HubSpot → Mailchimp audience】

1. Regarding the e-mail address: please set email (Email) to email_address (Email Address).
2. merge_fields.FNAME (First Name) ← firstname (First Name); merge_fields.LNAME (Last Name) ← lastname (Last Name). Please copy them as they are.
3. status (Subscription status): please set "subscribed" for all members.
4. language (Language): please set hs_language (Preferred language). In case the value does not exist, please set "en".

(*) note: many of our contacts do not have the property hs_language at all. This case is also "does not exist", so "en" is necessary.""", extended(
    HS,
    hs(email="nana.fujita@hoshi-mart.jp", firstname="Nana", lastname="Fujita", hs_language="ja"),
))
def o15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h109-16-three-way-status", H, M, """\
1. email_address (Email Address) ← email (Email)
2. status (Subscription status): please decide it by hs_email_optout (Unsubscribed from all email).
   - "true" → "unsubscribed"
   - "false" → "subscribed"
   - empty (no value) → "pending"
3. tags (Tags): please attach one tag "HubSpot" to every member.""", HS)
def o16(r: R) -> Out:
    st = {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending")
    return {"email_address": r["email"], "status": st, "tags": ["HubSpot"]}


@case("h109-17-conditional-tags", H, M, """\
1. email_address (Email Address) ← email (Email), as it is.
2. merge_fields.FNAME (First Name) ← firstname (First Name), as it is.
3. tags (Tags): please attach the tags by the following conditions, in this order.
   (a) In case annualrevenue (Annual Revenue) is more than 3,000,000 → tag "High Revenue". In case Annual Revenue is empty, this tag is not attached.
   (b) In case lifecyclestage (Lifecycle Stage) is "customer" → tag "Customer".
   In case no condition matches, please send an empty tag list.""", extended(
    HS,
    hs(email="kaori.ishii@sakura-gift.jp", firstname="Kaori", annualrevenue="9000000", lifecyclestage="customer"),
))
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("High Revenue")
    if r["lifecyclestage"] == "customer":
        tags.append("Customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h109-18-first-word-e164", H, M, """\
1. email_address (Email Address): email (Email), no change.
2. merge_fields.FNAME (First Name): only the first word of firstname (First Name). Some customers registered the first name with two words, so please take only the first one.
3. merge_fields.PHONE (Phone Number): phone (Phone Number); in case it does not exist, mobilephone (Mobile Phone Number). Please convert the number to E.164 format. In case the number does not start with "+", it is a US number.

(*) note: every contact has at least one of the two phone numbers.""", extended(
    HS,
    hs(email="hana.kobayashi@mori-life.jp", firstname="Hana Marie", phone="1-415-555-0177", mobilephone=""),
))
def o18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]),
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h109-19-exclude-no-company-vip", H, M, """\
【Target】
Contacts whose company (Company Name) is empty must be excluded from the synchronization.

【Items】
1. email_address (Email Address) ← email (Email)
2. merge_fields.FNAME (First Name) ← firstname (First Name)
3. status (Subscription status) ← "subscribed" (fixed)
4. vip (VIP): true when annualrevenue (Annual Revenue) is more than 3,000,000; otherwise false. In case Annual Revenue does not exist, false.""", HS)
def o19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed",
            "vip": gt(r["annualrevenue"], 3_000_000)}


@case("h109-20-company-tag-domain-fallback", H, M, """\
1. email_address (Email Address) ← email (Email), as it is.
2. merge_fields.FNAME (First Name) ← firstname (First Name) in title case; merge_fields.LNAME (Last Name) ← lastname (Last Name) in title case.
3. tags (Tags): one tag with the company name, company (Company Name). In case the company name does not exist, please use the domain of the e-mail address (the part after "@") as the tag instead.
4. vip (VIP): true if annualrevenue (Annual Revenue) is more than 1,000,000, false if not. Empty Annual Revenue → false.""", lower_emails(HS))
def o20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [first_filled(r["company"], after_at(r["email"]))],
            "vip": gt(r["annualrevenue"], 1_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h109-21-identify-full-name", H, S, """\
【Segment identify call】

1. userId (User ID): email (Email) converted to lower case.
2. traits.firstName ← firstname (First Name)
3. traits.lastName ← lastname (Last Name)
4. traits.name ← firstname + " " (one half-width space) + lastname. Please do not change the letters (no conversion of capital/small letters).
5. traits.title ← jobtitle (Job Title), as it is. An empty value is also copied as empty.""", HS)
def o21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}", "title": r["jobtitle"]}}


@case("h109-22-company-traits", H, S, """\
1. userId (User ID): email (Email), as it is.
2. The company information should be set under traits.company, as follows.
   2-1. traits.company.name ← company (Company Name). In case it is empty, please leave out this item.
   2-2. traits.company.industry ← industry (Industry). In case it is empty, please set "Other".
   2-3. traits.company.employee_count ← numemployees (Number of Employees), as an integer. In case it is empty, please leave out this item.""", HS)
def o22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": omit_if_blank(r["company"]),
                                        "industry": dflt(r["industry"], "Other"),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x)))}}})


@case("h109-23-address-and-phone", H, S, """\
1. userId (User ID) ← email (Email)
2. Address: please set it under traits.address.
   street ← address (Street Address), city ← city (City), state ← state (State/Region), postalCode ← zip (Postal Code), country ← country (Country/Region).
   (*) note: in case State/Region is empty, please do not send traits.address.state.
3. traits.phone: phone (Phone Number), or mobilephone (Mobile Phone Number) when phone does not exist, converted to E.164 format (a number without "+" country code is a US number). When both numbers are empty, please leave out traits.phone.""", extended(
    HS,
    hs(email="ren.kato@fuji-select.jp", firstname="Ren", lastname="Kato", phone="", mobilephone="",
       address="3-3 Umeda", city="Osaka", state="", zip="530-0001", country="Japan"),
))
def o23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h109-24-clean-user-id-revenue", H, S, """\
1. userId (User ID): email (Email). Please be careful that some e-mail addresses contain spaces before/after and capital letters. It is necessary to remove these spaces and convert the address to lower case.
2. traits.firstName ← firstname (First Name), as it is.
3. traits.unsubscribed: a boolean (true/false) from hs_email_optout (Unsubscribed from all email).
   "true" → true / "false" → false / empty → false
4. traits.annual_revenue: annualrevenue (Annual Revenue) as a number. In case it is empty, please do not include this trait.""", extended(
    HS,
    hs(email="  Taro.Yamada@Example.co.jp ", firstname="Taro", hs_email_optout="", annualrevenue="650000.5"),
))
def o24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"firstName": r["firstname"], "unsubscribed": r["hs_email_optout"] == "true",
                            "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h109-25-ga4-sign-up", H, G, """\
【GA4 Measurement Protocol: sign up event】

1. client_id (Client ID) ← email (Email), as it is.
2. Event name: "sign_up" (fixed).
3. Event parameters:
   - method: "hubspot_import" (fixed value)
   - source: hs_analytics_source (Original Source) in lower case. In case Original Source is empty, please set "unknown".
   - signup_date: the date of createdate (Create Date), in YYYY-MM-DD format.""", HS)
def o25(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "sign_up",
                        "params": {"method": "hubspot_import",
                                   "source": dflt(r["hs_analytics_source"], "unknown").lower(),
                                   "signup_date": day(r["createdate"])}}]}


@case("h109-26-ga4-qualified-lead", H, G, """\
1. Target: only the contacts whose annualrevenue (Annual Revenue) is more than 1,000,000. Contacts with empty Annual Revenue are not the target.
2. client_id (Client ID): the part of email (Email) before "@".
3. Event name: "qualified_lead".
4. Event parameter value: annualrevenue (Annual Revenue) as a number.
5. Event parameter currency: "USD" (fixed).

(*) note: all e-mail addresses are in small letters.""", lower_emails(HS))
def o26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "qualified_lead",
                        "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h109-27-ga4-event-by-stage", H, G, """\
Please send one GA4 event for each contact, as below.

1. client_id (Client ID): email (Email), without change.
2. Event name: in case lifecyclestage (Lifecycle Stage) is "customer", "customer_sync". In the other cases, "lead_sync".
3. Event parameter job_title: jobtitle (Job Title). In case the value does not exist, please set "not_set".
4. Event parameter city: city (City), as it is.""", HS)
def o27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "customer_sync" if r["lifecyclestage"] == "customer" else "lead_sync",
                        "params": {"job_title": dflt(r["jobtitle"], "not_set"), "city": r["city"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h109-28-lead-copies", L, H, """\
【Salesforce Lead → HubSpot contact】

1. Regarding the e-mail address: please set Email (Email) of the Lead to email (Email) of HubSpot.
2. Please copy the following items as they are. Even when a value is empty, please copy the empty value.
   FirstName (First Name) → firstname
   LastName (Last Name) → lastname
   Company (Company) → company
   Title (Title) → jobtitle
   Phone (Phone) → phone
   City (City) → city""", SFL)
def o28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


_STATUS29 = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS",
             "Closed - Not Converted": "UNQUALIFIED", "Closed - Converted": "CONNECTED"}


@case("h109-29-lead-status-optout-text", L, H, """\
1. email (Email) ← Email (Email)
2. hs_lead_status (Lead Status) ← Status (Lead Status), converted as follows:
   "Open - Not Contacted" → "NEW"
   "Working - Contacted" → "IN_PROGRESS"
   "Closed - Not Converted" → "UNQUALIFIED"
   "Closed - Converted" → "CONNECTED"
3. hs_email_optout (Unsubscribed from all email) ← HasOptedOutOfEmail (Email Opt Out): true → the text "true", false → the text "false".
(*) note: HubSpot needs this value as a string, not as a boolean.""", SFL)
def o29(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": _STATUS29[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


_RATING30 = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}


@case("h109-30-rating-to-stage", L, H, """\
1. email (Email): Email (Email) of the Lead, in lower case.
2. lifecyclestage (Lifecycle Stage) ← Rating (Rating):
     Hot → salesqualifiedlead
     Warm → marketingqualifiedlead
     Cold → lead
3. annualrevenue (Annual Revenue) ← AnnualRevenue (Annual Revenue), as a number. In case it is empty, please do not set annualrevenue.""", extended(
    SFL,
    sfl(Email="Naoki.Ito@Kumo.JP", FirstName="Naoki", LastName="Ito", Rating="Warm", AnnualRevenue="750000.5"),
))
def o30(r: R) -> Out:
    return keep({"email": r["Email"].lower(), "lifecyclestage": _RATING30[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h109-31-uk-leads-only", L, H, """\
【UK Leads】
Only the Leads whose Country (Country) is "United Kingdom" should be synchronized to HubSpot. Please skip the others.

1. email (Email) ← Email (Email), as it is.
2. firstname (First Name) ← FirstName (First Name), as it is.
3. lastname (Last Name) ← LastName (Last Name), in capital letters.
4. jobtitle (Job Title) ← Title (Title). In case it is empty, "Not specified".
5. phone (Phone Number) ← Phone (Phone), in E.164 format. These are UK numbers: please remove the first "0" (trunk prefix) and add +44.""", extended(
    SFL,
    sfl(Email="oliver.bennett@thamesworks.co.uk", FirstName="Oliver", LastName="Bennett", Title="",
        Phone="07700 900123", City="Manchester", PostalCode="M1 1AE", Country="United Kingdom"),
))
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"].upper(),
            "jobtitle": dflt(r["Title"], "Not specified"), "phone": e164(r["Phone"], "44")}


@case("h109-32-street-city-address", L, H, """\
1. Excluded records: Leads whose Status (Lead Status) is "Closed - Converted" are already converted, so please do not synchronize them.
2. email (Email) ← Email (Email)
3. jobtitle (Job Title) ← Title (Title). In case of no value, "Unknown".
4. address (Street Address): Street (Street) + ", " (comma and one space) + City (City).
   Please be careful that Street is sometimes empty. In such case, please set only the City, without the comma.""", SFL)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "jobtitle": dflt(r["Title"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h109-33-status-and-event-tag", C, M, """\
1. Regarding the e-mail address: please set Email (Email) to email_address (Email Address), converted to lower case.
2. status (Subscription status): in case HasOptedOutOfEmail (Email Opt Out) is true → "unsubscribed"; in case it is false → "subscribed".
3. tags (Tags): every member gets the tag "salesforce-contact". Additionally, in case LeadSource (Lead Source) is "Trade Show", please add the tag "event-lead" after it.""", SFC)
def o33(r: R) -> Out:
    tags = ["salesforce-contact"] + (["event-lead"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(),
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


_LANG34 = {"Germany": "de", "Austria": "de", "United States": "en"}


@case("h109-34-language-by-country", C, M, """\
【Target】
Contacts whose Title (Title) is empty are excluded.

【Items】
1. email_address (Email Address) ← Email (Email)
2. merge_fields.PHONE (Phone Number) ← Phone (Business Phone), in E.164 format. In case the number does not start with "+", it is a US number.
3. language (Language) ← MailingCountry (Mailing Country):
   Germany → "de"
   Austria → "de"
   United States → "en\"""", SFC)
def o34(r: R) -> Out:
    if blank(r["Title"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "language": _LANG34[r["MailingCountry"]]}


@case("h109-35-source-tag-sales-vip", C, M, """\
1. email_address (Email Address) ← Email (Email); merge_fields.FNAME (First Name) ← FirstName (First Name); merge_fields.LNAME (Last Name) ← LastName (Last Name). These are simple copies.
2. status (Subscription status): "subscribed".
3. tags (Tags): one tag with the value of LeadSource (Lead Source). In case Lead Source does not exist, the tag "Unknown source".
4. vip (VIP): true in case Department (Department) is "Sales"; otherwise false. An empty Department is also false.""", SFC)
def o35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "tags": [dflt(r["LeadSource"], "Unknown source")],
            "vip": r["Department"] == "Sales"}


@case("h109-36-opted-in-no-tags", C, M, """\
Target: only the Contacts whose HasOptedOutOfEmail (Email Opt Out) is false.

1. The following items are copied as they are:
   Email (Email) → email_address
   FirstName (First Name) → merge_fields.FNAME
   LastName (Last Name) → merge_fields.LNAME
   Phone (Business Phone) → merge_fields.PHONE
2. Fixed values: status = "subscribed", email_type = "html".
3. tags (Tags): please send an empty list (no tags at all).""", SFC)
def o36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": r["Phone"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h109-37-identify-contact", C, S, """\
【Salesforce Contact → Segment identify】

1. userId (User ID) ← Email (Email), in lower case.
2. traits.email ← Email (Email), as it is (the original capital/small letters are kept).
3. traits.firstName ← FirstName (First Name); traits.lastName ← LastName (Last Name).
4. traits.title ← Title (Title); traits.department ← Department (Department).
   (*) note: in case each of these values is empty, please leave out that trait.""", SFC)
def o37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h109-38-mailing-city-trim", C, S, """\
1. userId (User ID) ← Email (Email)
2. traits.firstName ← FirstName (First Name)
3. traits.address.city ← MailingCity (Mailing City). It is necessary to remove the spaces at the beginning and at the end.
4. traits.address.country ← MailingCountry (Mailing Country). In case it is empty, please set "Unknown".""", extended(
    SFC,
    sfc(Email="kaito.mori@sora-tech.jp", FirstName="Kaito", LastName="Mori", MailingCity="  Osaka  ",
        MailingCountry=""),
))
def o38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"firstName": r["FirstName"],
                       "address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


_CHANNEL39 = {"Web": "online", "Trade Show": "event"}


@case("h109-39-name-phone-channel", C, S, """\
1. userId (User ID) ← Email (Email), as it is.
2. traits.name ← FirstName (First Name) + one half-width space + LastName (Last Name).
3. traits.phone ← Phone (Business Phone), in E.164 format. A number without "+" is regarded as a US number.
4. traits.lead_channel ← LeadSource (Lead Source):
   - Web → "online"
   - Trade Show → "event"
   - other values, and also empty → "other\"""", SFC)
def o39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                       "lead_channel": _CHANNEL39.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h109-40-member-to-contact", M, H, """\
【Mailchimp member → HubSpot contact】

1. email (Email) ← email_address (Email Address)
2. firstname (First Name) ← merge_fields.FNAME (First Name), in title case.
3. lastname (Last Name) ← merge_fields.LNAME (Last Name), in title case. In case it is empty, please leave out lastname.
4. company (Company Name) ← merge_fields.COMPANY (Company). In case it is empty, "Individual".
5. hs_email_optout (Unsubscribed from all email): the text "true" when status is "unsubscribed"; the text "false" for all the other statuses.""", MC)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "company": dflt(mf["COMPANY"], "Individual"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h109-41-skip-cleaned-vip-stage", M, H, """\
Please be careful that members whose status (Subscription status) is "cleaned" must be excluded.

1. email (Email) ← email_address (Email Address)
2. firstname (First Name) ← merge_fields.FNAME (First Name), as it is.
3. phone (Phone Number) ← merge_fields.PHONE (Phone Number), in E.164 format (US number when there is no "+"). In case it is empty, please leave out phone.
4. lifecyclestage (Lifecycle Stage): in case vip (VIP) is true → "customer"; in case it is false → "subscriber".""", MC)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h109-42-first-word-domain-company", M, H, """\
1. Regarding the e-mail address: email (Email) ← email_address (Email Address).
2. firstname (First Name): only the first word of merge_fields.FNAME (First Name).
3. company (Company Name): merge_fields.COMPANY (Company). In case the value does not exist, the part after "@" of email_address.
4. lifecyclestage (Lifecycle Stage): "customer" in case tags (Tags) contain "Customer"; otherwise "subscriber".

(*) note: the e-mail addresses in Mailchimp are all in small letters.""", extended(
    MC,
    mc({"FNAME": "Ana Paula", "LNAME": "Costa", "PHONE": "", "COMPANY": ""},
       email_address="ana.costa@brisa-mar.pt", tags=["Customer", "Webinar"], language="pt", vip=False),
))
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set109")
