"""Held-out set 176 for the offline mapping drafter.

Persona: Sigrún Einarsdóttir, CRM manager at a geothermal spa resort in Reykjavik, Iceland,
writing careful e-mails to the integration team. Each rule sits in a full sentence of a short
paragraph; the details (what counts as empty, value tables, phone formats, examples) are pushed
into numbered footnotes at the bottom ('[1] If the mobile number is missing, use the office
phone instead.'), with cross references such as 'as in note 2' and 'see [3]'. She opens with
'Góðan daginn,' or 'Hæ,', writes amounts as '5 million (5000000)' so that nobody misreads the
separators, and signs off 'Bestu kveðjur,' and her first name (now and then with her title).
Her records are spa guests, tour operators and wellness partners.

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


@case(
    "h176-01-operator-leads-unchanged",
    H,
    L,
    """Góðan daginn,

We are about to start sending our tour-operator contacts from HubSpot into Salesforce as Leads, and for this first flow we only need the basics carried across unchanged.[1] The HubSpot Email goes to the lead's Email, First Name to First Name, Last Name to Last Name, Company Name to Company, and City and Country/Region to the lead's City and Country. Every lead should also have Lead Source set to "Partner", because all of these people reached us through an operator agreement.

[1] Unchanged means no trimming of spaces and no change to capital letters. Where a HubSpot field is empty, the Salesforce field is written empty too; please do not add any placeholder text.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="bjorn@nordicroutes.is",
            firstname="Björn",
            lastname="Halldórsson",
            company="Nordic Routes",
            city="Reykjavík",
            country="",
        ),
        hs(
            email="anna.k@fjordtravel.no",
            firstname="Anna ",
            lastname="Karlsen",
            company="",
            city="",
            country="Norway",
        ),
    ),
)
def o01(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "City": r["city"],
        "Country": r["country"],
        "LeadSource": "Partner",
    }


@case(
    "h176-02-retreat-form-trim-and-defaults",
    H,
    L,
    """Hæ,

Here is the second Lead flow, for the guests who send us the corporate-retreat enquiry form on the website. That form lets people type stray spaces around their names, so First Name and Last Name should be trimmed on the way into Salesforce.[1] The email address is copied into Email unchanged. Company takes the HubSpot Company Name, or "Private Guest" when the company is empty.[2] Title takes the Job Title, or "Not Given" when the job title is empty, handled the same way as in note 2.

[1] Only the spaces at the very start and end are removed; a space inside a name such as "Anna María" stays where it is.
[2] Empty also covers a field holding nothing but spaces. When the Company Name does have a value, copy it exactly as it is written, without trimming.

Bestu kveðjur,
Sigrún Einarsdóttir
CRM Manager""",
    extended(
        HS,
        hs(
            email="gudrun.j@simnet.is",
            firstname="  Guðrún",
            lastname="Jónsdóttir ",
            company="   ",
            jobtitle="",
        ),
        hs(
            email="annamaria@heklatours.is",
            firstname="Anna María ",
            lastname=" Sigurðardóttir",
            company=" Hekla Tours ",
            jobtitle=" Booking Agent",
        ),
        hs(
            email="office@arcticwellness.com",
            firstname="Lars",
            lastname="Eriksen",
            company="Arctic Wellness",
            jobtitle="  ",
        ),
    ),
)
def o02(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": r["firstname"].strip(),
        "LastName": r["lastname"].strip(),
        "Company": dflt(r["company"], "Private Guest"),
        "Title": dflt(r["jobtitle"], "Not Given"),
    }


@case(
    "h176-03-winter-callbacks-phone-chain",
    H,
    L,
    """Dear integration team,

Our sales colleagues want to ring the tour operators who asked about winter packages, so this Lead flow is mostly about the phone. The Salesforce Phone field should be filled from the HubSpot Mobile Phone Number,[1] copied exactly as it is written, with no reformatting. First Name and Last Name go over in proper capitals, see [2]. Email is copied to Email as it is.

[1] If the mobile number is missing, use the office phone (Phone Number) instead. If both are missing, leave the Phone field off the lead completely rather than sending it empty. Missing means empty or holding only spaces.
[2] Each word starts with a capital letter and the rest of the word is small, e.g. "JÓN ÞÓR" becomes "Jón Þór" and "ólafsdóttir" becomes "Ólafsdóttir".

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="jon.thor@vikingtrails.is",
            firstname="JÓN ÞÓR",
            lastname="gunnarsson",
            mobilephone="  ",
            phone="+354 555 0101",
        ),
        hs(
            email="sara@icelandtreks.com",
            firstname="sara",
            lastname="ólafsdóttir",
            mobilephone="",
            phone="",
        ),
        hs(
            email="ingrid@fjellreiser.no",
            firstname="Ingrid",
            lastname="LARSEN",
            mobilephone="+47 912 34 567",
            phone="+47 22 00 00 00",
        ),
    ),
)
def o03(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "LastName": title(r["lastname"]),
            "Phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"])),
        }
    )


@case(
    "h176-04-industry-list-lowercase-email",
    H,
    L,
    """Góðan daginn,

For the leads we create from HubSpot, the sales team would like the Salesforce Industry picklist filled in. Please take the HubSpot Industry and translate it with the list in [1]; any industry that is not on that list becomes "Other", and so does a contact with no industry at all.[2] The email should arrive in Salesforce written entirely in small letters, because our duplicate rule there stumbles over capitals, so Email is the HubSpot email in lower case.

[1] Travel → Hospitality, Hospitality → Hospitality, Wellness → Healthcare, Food → Food & Beverage, Transport → Transportation, Logistics → Transportation. The HubSpot values are matched exactly as written here.
[2] No industry means the field is empty or contains only spaces.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(email="Info@GlacierTours.IS", industry="Travel"),
        hs(email="Spa@HotSpringPartners.com", industry="Wellness"),
        hs(email="BOOKINGS@NORTHBUS.IS", industry="Transport"),
        hs(email="Kari@Fjallakofinn.is", industry="  "),
        hs(email="Front.Desk@HotelBorg.is", industry="Hospitality"),
    ),
)
def o04(r: R) -> Out:
    table = {
        "Travel": "Hospitality",
        "Hospitality": "Hospitality",
        "Wellness": "Healthcare",
        "Food": "Food & Beverage",
        "Transport": "Transportation",
        "Logistics": "Transportation",
    }
    return {"Email": r["email"].lower(), "Industry": table.get(r["industry"], "Other")}


@case(
    "h176-05-prospects-skip-guests-and-no-company",
    H,
    L,
    """Góðan daginn,

This Lead flow is for prospecting only, so two groups of HubSpot contacts should not be sent to Salesforce at all. The first group is anyone whose Lifecycle Stage is "customer", since they have already stayed with us and the front desk looks after them.[1] The second group is anyone without a Company Name, see [2]. For everybody else, please copy Email, Last Name, Company Name (into Company) and Phone Number (into Phone) across exactly as they are, see [3], and set the Lead Status to "Open - Not Contacted" on every lead.

[1] A contact that falls into either group is skipped; it does not have to be in both.
[2] Without a Company Name means the field is empty or holds only spaces.
[3] No tidying of spaces or capitals. If the phone number is empty, Phone is sent empty as well.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="gisli@reykjavikevents.is",
            lastname="Pétursson",
            company="Reykjavik Events",
            lifecyclestage="customer",
        ),
        hs(email="tom@solotraveller.co.uk", lastname="Hughes", company="  ", lifecyclestage="lead"),
        hs(
            email="eva@auroraadventures.is",
            lastname="Magnúsdóttir",
            company="Aurora Adventures",
            lifecyclestage="opportunity",
            phone="",
        ),
    ),
)
def o05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or blank(r["company"]):
        return None
    return {
        "Email": r["email"],
        "LastName": r["lastname"],
        "Company": r["company"],
        "Phone": r["phone"],
        "Status": "Open - Not Contacted",
    }


@case(
    "h176-06-rating-from-revenue",
    H,
    L,
    """Hæ,

The sales team would like the Salesforce Rating on each lead set from the HubSpot Annual Revenue. A contact with revenue of more than 5 million (5000000) is "Hot", one with less than 1 million (1000000) is "Cold", and everything in between is "Warm".[1] The Number of Employees should go to the lead's Employees field as a whole number rather than text.[2] Email is copied over as it is.

[1] When the Annual Revenue is empty, the Rating is "Cold", as we know nothing about the company yet.
[2] If Number of Employees is empty, leave the Employees field off the lead entirely instead of sending a zero or an empty value.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(email="ops@geysirgroup.is", annualrevenue="6500000", numemployees="85"),
        hs(email="hello@smallfarmstay.is", annualrevenue="  ", numemployees="  "),
        hs(email="info@lavalodge.is", annualrevenue="999000", numemployees="3"),
    ),
)
def o06(r: R) -> Out:
    v = r["annualrevenue"]
    if blank(v):
        rating = "Cold"
    else:
        f = float(v)
        rating = "Hot" if f > 5_000_000 else ("Cold" if f < 1_000_000 else "Warm")
    return keep(
        {
            "Email": r["email"],
            "Rating": rating,
            "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
        }
    )


@case(
    "h176-07-agent-mobiles-e164",
    H,
    L,
    """Góðan daginn,

Many of our North American agents only give us a mobile number, so for this Lead flow the HubSpot Mobile Phone Number goes to the lead's Mobile Phone in the international E.164 format.[1] If a contact has no mobile number, please leave the Mobile Phone field off the lead altogether, see [2]. First Name and City go across in proper capitals, as described in [3], and Email is copied unchanged.

[1] A plus sign followed by digits only. A number that already starts with + keeps its own country code. A number without + belongs to the US, so +1 is put in front, unless it already has 11 digits starting with 1, in which case only the + is added. For example (907) 555-0110 becomes +19075550110.
[2] No mobile number means empty or only spaces; the field should be absent, not sent empty.
[3] Every word starts with a capital letter and the rest of the word is small, so "reykjavík" becomes "Reykjavík" and "LISA MARIE" becomes "Lisa Marie".

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="mike@yellowstonetours.com",
            firstname="MIKE",
            city="new york",
            mobilephone="1 (646) 555-0133",
        ),
        hs(
            email="helga@nordurljos.is",
            firstname="helga",
            city="reykjavík",
            mobilephone="+354 699 1234",
        ),
        hs(email="lisa@canadatrek.ca", firstname="LISA MARIE", city="toronto", mobilephone=" "),
    ),
)
def o07(r: R) -> Out:
    return keep(
        {
            "Email": r["email"],
            "FirstName": title(r["firstname"]),
            "City": title(r["city"]),
            "MobilePhone": omit_if_blank(r["mobilephone"], e164),
        }
    )


@case(
    "h176-08-sql-only-upper-company-description",
    H,
    L,
    """Góðan daginn,

Only HubSpot contacts whose Lifecycle Stage is "salesqualifiedlead" should go to Salesforce in this flow; all other stages stay in HubSpot.[1] For those, the Company Name goes to Company written entirely in capital letters, because the group-booking desk prints it on the reservation slips. The lead's Description should combine the Original Source and the contact's Create Date, see [2]. Email is copied unchanged.

[1] This is an exact match on the value salesqualifiedlead.
[2] The Original Source value as it is, then a space, a slash and a space, then the date part of Create Date as YYYY-MM-DD, for example "REFERRALS / 2024-02-18". Every sales-qualified contact has both an Original Source and a Company Name, so no part is ever empty.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="siggi@westfjordsexpeditions.is",
            lifecyclestage="salesqualifiedlead",
            company="Westfjords Expeditions",
            hs_analytics_source="REFERRALS",
            createdate="2024-02-18T13:20:00.000Z",
        ),
        hs(
            email="booking@hotelfludir.is",
            lifecyclestage="salesqualifiedlead",
            company="Hótel Flúðir",
            hs_analytics_source="DIRECT_TRAFFIC",
            createdate="2023-09-30T12:00:00.000Z",
        ),
        hs(
            email="nina@berlinreisen.de",
            lifecyclestage="marketingqualifiedlead",
            company="Berlin Reisen GmbH",
            hs_analytics_source="PAID_SEARCH",
            createdate="2024-04-02T11:00:00.000Z",
        ),
    ),
)
def o08(r: R) -> Out:
    if r["lifecyclestage"] != "salesqualifiedlead":
        return None
    return {
        "Email": r["email"],
        "Company": r["company"].upper(),
        "Description": f"{r['hs_analytics_source']} / {day(r['createdate'])}",
    }


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact


@case(
    "h176-09-brochure-mailing-address",
    H,
    C,
    """Hæ,

For the HubSpot contacts we turn into Salesforce Contacts, we would like the postal address kept in the Mailing address block, because that is where our printed winter brochure is sent. Street Address goes to Mailing Street, City to Mailing City, State/Region to Mailing State/Province, Postal Code to Mailing Zip/Postal Code, and Country/Region to Mailing Country.[1] The email is copied into Email as well.

[1] All of these are straight copies with nothing changed. When a HubSpot field is empty, the matching Salesforce field is sent empty; no placeholder, please.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="thordis@lagafell.is",
            address="Laugavegur 12",
            city="Reykjavík",
            state="",
            zip="101",
            country="Iceland",
        ),
        hs(
            email="paul@scotspa.co.uk",
            address="",
            city="Edinburgh",
            state="",
            zip="",
            country="",
        ),
    ),
)
def o09(r: R) -> Out:
    return {
        "Email": r["email"],
        "MailingStreet": r["address"],
        "MailingCity": r["city"],
        "MailingState": r["state"],
        "MailingPostalCode": r["zip"],
        "MailingCountry": r["country"],
    }


@case(
    "h176-10-optout-and-do-not-call-boxes",
    H,
    C,
    """Góðan daginn,

Two tick-boxes on the Salesforce Contact need to follow HubSpot. Email Opt Out should be ticked (true) when the HubSpot "Unsubscribed from all email" says "true", and not ticked (false) otherwise.[1] Do Not Call should be ticked (true) when the contact has neither a Phone Number nor a Mobile Phone Number, and not ticked (false) when at least one of them is filled in.[2] The email itself is copied into Email as it is.

[1] HubSpot leaves this property empty for some older guests; an empty value counts as not unsubscribed, so Email Opt Out is false, the same as for "false".
[2] A number that is empty or holds only spaces counts as not there.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="noel@quietretreats.ie",
            phone="",
            mobilephone="  ",
            hs_email_optout="false",
        ),
        hs(email="ari@solheimar.is", phone="  ", mobilephone="", hs_email_optout="  "),
        hs(
            email="kim@seoultours.kr",
            phone="+82 2 555 0100",
            mobilephone="",
            hs_email_optout="true",
        ),
        hs(email="hildur@sundlaug.is", phone="", mobilephone="", hs_email_optout="true"),
    ),
)
def o10(r: R) -> Out:
    return {
        "Email": r["email"],
        "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
        "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"]),
    }


@case(
    "h176-11-first-name-from-mailbox",
    H,
    C,
    """Góðan daginn,

For this Contact flow we want every contact to have something in First Name, since our booking confirmations begin with it. Take the HubSpot First Name, and if it is empty, use the part of the email address before the @ instead.[1] Business Phone (Phone in Salesforce) takes the HubSpot Phone Number, and if that is empty, the Mobile Phone Number, see [2]. The email address is copied into Email unchanged.

[1] Empty includes only spaces. For reservations@hofsos-travel.is that gives "reservations", taken exactly as it appears in the address.
[2] Empty in the same sense as in note 1. Every contact in this list has at least one of the two numbers, and the number is copied as written, with no reformatting.

Bestu kveðjur,
Sigrún""",
    extended(
        lower_emails(HS),
        hs(
            email="reservations@hofsos-travel.is",
            firstname="",
            phone="",
            mobilephone="+354 777 0000",
        ),
        hs(email="olafur.b@eldhraun.is", firstname="  ", phone="+354 555 2200", mobilephone=""),
    ),
)
def o11(r: R) -> Out:
    return {
        "Email": r["email"],
        "FirstName": first_filled(r["firstname"], before_at(r["email"])),
        "Phone": first_filled(r["phone"], r["mobilephone"]),
    }


@case(
    "h176-12-team-department-postcode",
    H,
    C,
    """Hæ,

On the Salesforce Contact we use Department to show which of our teams looks after the person, and it should follow the HubSpot Lifecycle Stage as listed in [1]; every contact has one of those stages. The Postal Code goes to Mailing Zip/Postal Code in capital letters,[2] and Email is copied as it is.

[1] subscriber → Marketing, lead → Sales, marketingqualifiedlead → Marketing, salesqualifiedlead → Sales, opportunity → Sales, customer → Guest Relations, evangelist → Guest Relations, other → Partnerships.
[2] British postcodes reach us in small letters, e.g. "sw1a 2aa" should become "SW1A 2AA". When the Postal Code is empty or only spaces, please leave Mailing Zip/Postal Code off the contact entirely rather than sending it empty.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(email="james@bathholidays.co.uk", lifecyclestage="opportunity", zip="sw1a 2aa"),
        hs(email="freyja@heilsuvinir.is", lifecyclestage="evangelist", zip="  "),
        hs(email="supplier@lavasalt.is", lifecyclestage="other", zip=""),
        hs(email="emma@yorkwellness.co.uk", lifecyclestage="lead", zip="yo1 7hh"),
    ),
)
def o12(r: R) -> Out:
    table = {
        "subscriber": "Marketing",
        "lead": "Sales",
        "marketingqualifiedlead": "Marketing",
        "salesqualifiedlead": "Sales",
        "opportunity": "Sales",
        "customer": "Guest Relations",
        "evangelist": "Guest Relations",
        "other": "Partnerships",
    }
    return keep(
        {
            "Email": r["email"],
            "Department": table[r["lifecyclestage"]],
            "MailingPostalCode": omit_if_blank(r["zip"], str.upper),
        }
    )


@case(
    "h176-13-returning-guests-only",
    H,
    C,
    """Góðan daginn,

This Contact flow is for returning guests only, which means HubSpot contacts whose Lifecycle Stage is "customer"; no other stage should reach Salesforce.[1] The email goes to Email in small letters. Business Phone (Phone) should carry the Mobile Phone Number, with the office number as a backup, see [2]. Every contact in this flow also gets the Contact Description "Returning spa guest", word for word.

[1] Exact match on customer.
[2] If the mobile number is missing, use the office phone (Phone Number) instead. Missing means empty or only spaces; each returning guest has at least one of the two, and the number is copied as it is written.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="Gudrun.J@Hekla.IS",
            lifecyclestage="customer",
            mobilephone="",
            phone="+354 555 4321",
        ),
        hs(
            email="MARK.EVANS@WELLNESSUK.CO.UK",
            lifecyclestage="customer",
            mobilephone="+44 7700 900123",
            phone="",
        ),
        hs(email="Not.Yet@Guest.is", lifecyclestage="lead", mobilephone="", phone="+354 555 0000"),
    ),
)
def o13(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {
        "Email": r["email"].lower(),
        "Phone": first_filled(r["mobilephone"], r["phone"]),
        "Description": "Returning spa guest",
    }


@case(
    "h176-14-title-city-lead-source",
    H,
    C,
    """Góðan daginn,

A few clean-ups for the Salesforce Contacts we create from HubSpot. Job Title goes to Title with the spaces at the start and end trimmed off.[1] City goes to Mailing City in proper capitals, see [2]. Lead Source follows the HubSpot Original Source through the table in [3], and any source that is not in the table becomes "Other", as does an empty source. Email is copied unchanged.

[1] Spaces inside the title stay; nothing else about it changes.
[2] Each word with a capital first letter and the rest small, e.g. "hafnarfjörður" becomes "Hafnarfjörður".
[3] ORGANIC_SEARCH → Web, PAID_SEARCH → Advertisement, PAID_SOCIAL → Advertisement, REFERRALS → External Referral, EMAIL_MARKETING → Email, OFFLINE → Trade Show.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="petra@spa-partners.de",
            jobtitle="  Spa Manager ",
            city="hafnarfjörður",
            hs_analytics_source="EMAIL_MARKETING",
        ),
        hs(
            email="dave@nyctravel.com",
            jobtitle="Travel Agent",
            city="NEW YORK",
            hs_analytics_source="OFFLINE",
        ),
        hs(
            email="solla@akureyrispa.is",
            jobtitle=" ",
            city="akureyri",
            hs_analytics_source="DIRECT_TRAFFIC",
        ),
        hs(email="jens@danskrejser.dk", city="Reykjavík", hs_analytics_source="  "),
    ),
)
def o14(r: R) -> Out:
    table = {
        "ORGANIC_SEARCH": "Web",
        "PAID_SEARCH": "Advertisement",
        "PAID_SOCIAL": "Advertisement",
        "REFERRALS": "External Referral",
        "EMAIL_MARKETING": "Email",
        "OFFLINE": "Trade Show",
    }
    return {
        "Email": r["email"],
        "Title": r["jobtitle"].strip(),
        "MailingCity": title(r["city"]),
        "LeadSource": table.get(r["hs_analytics_source"], "Other"),
    }


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members


@case(
    "h176-15-newsletter-language-fallback",
    H,
    M,
    """Góðan daginn,

We would like HubSpot contacts added to our Mailchimp newsletter audience. The email goes to Email Address, and First Name and Last Name go to the FNAME and LNAME merge fields exactly as they are, empty ones included.[1] Every member is sent with the status "subscribed". The member's language should come from the HubSpot "Preferred language" property, which many of our contacts simply do not have; for them, use "en", see [2].

[1] No trimming, no change of capitals.
[2] "Do not have" covers the property being missing from the record, empty, or only spaces. When it is filled in (for example "is" or "de"), copy it as it is.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(email="steinunn@lindin.is", firstname="Steinunn", lastname="", hs_language="is"),
        hs(email="kurt@reisebuero-nord.de", firstname="Kurt", lastname="Weber", hs_language="de"),
        hs(email="amy@wanderlust.co.uk", firstname="", lastname="Cole", hs_language="  "),
    ),
)
def o15(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
        "status": "subscribed",
        "language": dflt(r.get("hs_language"), "en"),
    }


@case(
    "h176-16-status-from-optout-three-ways",
    H,
    M,
    """Hæ,

The Mailchimp status of each member should follow the HubSpot "Unsubscribed from all email" property. When it says "true" the member is "unsubscribed", when it says "false" the member is "subscribed", and when it is empty the member goes in as "pending", see [1], so that they receive our double opt-in e-mail. Every member also gets the single tag "Spa Newsletter".[2] The email goes to Email Address as it is.

[1] Empty meaning no value or only spaces.
[2] Just that one tag, spelled exactly like that.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(email="birna@heilsustofa.is", hs_email_optout="  "),
        hs(email="olaf@vikingcruises.no", hs_email_optout="false"),
    ),
)
def o16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["Spa Newsletter"]}


@case(
    "h176-17-key-account-and-returning-tags",
    H,
    M,
    """Góðan daginn,

For Mailchimp we want two tags that depend on the HubSpot data. A contact whose Annual Revenue is more than 3 million (3000000) gets the tag "Key Account",[1] and a contact whose Lifecycle Stage is "customer" gets the tag "Returning Guest". When both apply, the tags are listed in that order, "Key Account" first; when neither applies, the member's tags are an empty list, see [2]. The email goes to Email Address unchanged.

[1] An empty Annual Revenue does not earn the tag.
[2] That is, tags is sent as [].

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="groups@icelandincentives.is",
            annualrevenue="5200000",
            lifecyclestage="customer",
        ),
        hs(email="family.berg@gmail.com", annualrevenue="  ", lifecyclestage="customer"),
        hs(email="sales@polartours.ca", annualrevenue="3100000", lifecyclestage="lead"),
    ),
)
def o17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("Key Account")
    if r["lifecyclestage"] == "customer":
        tags.append("Returning Guest")
    return {"email_address": r["email"], "tags": tags}


@case(
    "h176-18-sms-reminders-phone",
    H,
    M,
    """Góðan daginn,

For the SMS reminders before spa appointments we need the Mailchimp PHONE merge field filled. It should take the HubSpot Mobile Phone Number in E.164 format,[1] and if the mobile number is empty, use the office phone (Phone Number) instead, in the same format.[2] FNAME should hold only the first word of the HubSpot First Name, see [3]. The email goes to Email Address unchanged.

[1] Plus sign and digits only. If the number already starts with +, it keeps its own country code; if it does not, it is a US number and gets +1 in front (a number of 11 digits that starts with 1 only gets the +).
[2] Empty includes only spaces. Everybody on this list has at least one of the two numbers.
[3] Everything up to the first space: "Anna María" becomes "Anna".

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="anna.maria@hekla.is",
            firstname="Anna María",
            mobilephone="",
            phone="+354 555 7788",
        ),
        hs(
            email="maryellen@alaskaventures.com",
            firstname="Mary Ellen",
            mobilephone="(907) 555-0110",
            phone="",
        ),
        hs(email="bob@midwesttours.com", firstname="Bob", mobilephone="  ", phone="1-312-555-0199"),
    ),
)
def o18(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": first_word(r["firstname"]),
            "PHONE": e164(first_filled(r["mobilephone"], r["phone"])),
        },
    }


@case(
    "h176-19-skip-unsubscribed-ambassador-vip",
    H,
    M,
    """Hæ,

Only HubSpot contacts who have not unsubscribed should go to Mailchimp in this flow: anyone whose "Unsubscribed from all email" is "true" is left out.[1] Everyone who goes across is sent as "subscribed". The VIP flag should be true for our ambassadors, meaning Lifecycle Stage "evangelist", and false for every other stage, see [2]. The email goes to Email Address as it is.

[1] An empty value (nothing or only spaces) is treated as not unsubscribed, so those contacts do go across.
[2] Exact match on evangelist.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="ambassador@hotspringsclub.is",
            lifecyclestage="evangelist",
            hs_email_optout="false",
        ),
        hs(email="blogger@travelnorth.com", lifecyclestage="evangelist", hs_email_optout=" "),
        hs(email="former.fan@outlook.com", lifecyclestage="evangelist", hs_email_optout="true"),
    ),
)
def o19(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {
        "email_address": r["email"],
        "status": "subscribed",
        "vip": r["lifecyclestage"] == "evangelist",
    }


@case(
    "h176-20-operator-list-domain-surname",
    H,
    M,
    """Góðan daginn,

This one is for the Mailchimp list of our tour-operator partners. FNAME takes the HubSpot First Name in proper capitals.[1] LNAME takes the Last Name as it is, but many agency staff sign up without a surname, so when it is empty we use the part of the email address after the @, i.e. the agency's domain, see [2]. VIP is true when the Number of Employees is more than 100, and false otherwise, including when it is empty. The email goes to Email Address unchanged.

[1] Every word with a capital first letter and the rest small ("SIGRÍÐUR" becomes "Sigríður").
[2] Empty includes only spaces. For helga@nordurferdir.is it would be "nordurferdir.is", taken exactly as written.

Bestu kveðjur,
Sigrún""",
    extended(
        lower_emails(HS),
        hs(email="helga@nordurferdir.is", firstname="HELGA", lastname="", numemployees="400"),
        hs(
            email="bookings@fjordline.no",
            firstname="sigríður",
            lastname="  ",
            numemployees="  ",
        ),
    ),
)
def o20(r: R) -> Out:
    return {
        "email_address": r["email"],
        "merge_fields": {
            "FNAME": title(r["firstname"]),
            "LNAME": first_filled(r["lastname"], after_at(r["email"])),
        },
        "vip": gt(r["numemployees"], 100),
    }


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify


@case(
    "h176-21-identify-surname-first",
    H,
    S,
    """Góðan daginn,

For Segment identify calls from HubSpot, the userId should be the contact's email written entirely in small letters.[1] The traits title and website take the Job Title and the Website URL exactly as they are, empty values included. The trait name should be the Last Name, then a comma and a space, then the First Name, e.g. "Jónsdóttir, Guðrún", see [2].

[1] Only the userId is lower-cased; we do not send the email as a trait.
[2] Both names are used as written, with no change of capitals. Every contact in this flow has both names filled in.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="Gudrun.Jonsdottir@Hekla.IS",
            firstname="Guðrún",
            lastname="Jónsdóttir",
            jobtitle="",
            website="https://hekla.is",
        ),
    ),
)
def o21(r: R) -> Out:
    return {
        "userId": r["email"].lower(),
        "traits": {
            "title": r["jobtitle"],
            "website": r["website"],
            "name": f"{r['lastname']}, {r['firstname']}",
        },
    }


@case(
    "h176-22-identify-company-block",
    H,
    S,
    """Hæ,

In Segment we want the company details nested under traits.company. The name comes from the HubSpot Company Name, but when a contact has no company, leave name out completely, see [1]. The industry comes from Industry, with "Travel & Tourism" put in when the Industry is empty.[2] The employee_count comes from Number of Employees as a whole number; when that is empty, leave employee_count out in the same way as in note 1. The userId is the email as it is.

[1] No company means empty or only spaces; the key should be absent, not sent as an empty string.
[2] Empty as in note 1. A filled Industry is copied as written.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(email="solo.guest@gmail.com", company="  ", industry="  ", numemployees="7"),
        hs(
            email="hello@aurorawellness.is",
            company="Aurora Wellness",
            industry="Wellness",
            numemployees="  ",
        ),
    ),
)
def o22(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "company": {
                    "name": omit_if_blank(r["company"]),
                    "industry": dflt(r["industry"], "Travel & Tourism"),
                    "employee_count": omit_if_blank(r["numemployees"], lambda x: int(float(x))),
                }
            },
        }
    )


@case(
    "h176-23-identify-address-and-phone",
    H,
    S,
    """Góðan daginn,

For Segment we would like the contact's address nested under traits.address: Street Address as street, City as city, Postal Code as postalCode, and Country/Region as country, all copied as they are, empty values included. State/Region goes in as state, but only when it has a value; otherwise state is left out, see [1]. The trait phone is the Mobile Phone Number in E.164 format,[2] and if the mobile number is missing (see [1]), use the office phone instead; if both are missing, leave phone out in the same way as state. The userId is the HubSpot email unchanged.

[1] Having no value, or missing, means empty or only spaces, and "left out" means the key is absent, not sent empty.
[2] Plus sign and digits only. A number that begins with + keeps its own country code. A number without + is taken as a US number and gets +1 in front, unless it is 11 digits long and already starts with 1, in which case only the + is added.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="stay@glacierlodge.is",
            address="Skaftafell 1",
            city="Höfn",
            state="  ",
            zip="780",
            country="Iceland",
            mobilephone="",
            phone="",
        ),
        hs(
            email="tours@anchoragetravel.com",
            address="",
            city="Anchorage",
            state="AK",
            zip="99501",
            country="United States",
            mobilephone=" ",
            phone="(907) 555-0188",
        ),
    ),
)
def o23(r: R) -> Out:
    return keep(
        {
            "userId": r["email"],
            "traits": {
                "address": {
                    "street": r["address"],
                    "city": r["city"],
                    "postalCode": r["zip"],
                    "country": r["country"],
                    "state": omit_if_blank(r["state"]),
                },
                "phone": omit_if_blank(first_filled(r["mobilephone"], r["phone"]), e164),
            },
        }
    )


@case(
    "h176-24-identify-clean-userid-optout-revenue",
    H,
    S,
    """Góðan daginn,

Another Segment flow. Some HubSpot emails were imported with spaces around them and with capitals, so the userId is the email with the spaces at the start and end removed and then written in small letters.[1] The trait title is the Job Title copied as it is. The trait emailOptOut is a true/false value: true when "Unsubscribed from all email" is "true", and false when it is "false" or empty, see [2]. The trait annualRevenue is the Annual Revenue as a number; if it is empty, leave annualRevenue out.[3]

[1] For example "  Gudrun@Hekla.IS " becomes "gudrun@hekla.is".
[2] Empty here also covers only spaces. Please send real true/false values, not the words in quotes.
[3] Empty as in note 2. A value such as 2500000.75 keeps its decimals; a whole amount such as 800000 is sent as a whole number.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="  Gudrun@Hekla.IS ",
            jobtitle="Spa Director",
            hs_email_optout="  ",
            annualrevenue="  ",
        ),
        hs(email="TOM@NORTHERNLIGHTS.CO.UK", hs_email_optout="true", annualrevenue="950000"),
    ),
)
def o24(r: R) -> Out:
    return keep(
        {
            "userId": r["email"].strip().lower(),
            "traits": {
                "title": r["jobtitle"],
                "emailOptOut": r["hs_email_optout"] == "true",
                "annualRevenue": omit_if_blank(r["annualrevenue"], num),
            },
        }
    )


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events


@case(
    "h176-25-ga4-guest-sync-event",
    H,
    G,
    """Góðan daginn,

We would like to send one GA4 event per HubSpot contact, so that our web analytics can be matched with the CRM. The client_id is the contact's email unchanged, and the event name is always "crm_guest_sync". The event params are: resort, always the text "reykjavik"; stage, the Lifecycle Stage copied as it is; source, the Original Source in small letters;[1] and created_on, the date part of the Create Date as YYYY-MM-DD, see [2].

[1] When the Original Source is empty, source is sent as an empty text "", not left out and not replaced by anything.
[2] For 2023-03-14T15:02:11.000Z that is 2023-03-14.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(
            email="walkin@bluewaters.is",
            lifecyclestage="lead",
            hs_analytics_source="OFFLINE",
            createdate="2024-03-01T12:30:00.000Z",
        ),
    ),
)
def o25(r: R) -> Out:
    return {
        "client_id": r["email"],
        "events": [
            {
                "name": "crm_guest_sync",
                "params": {
                    "resort": "reykjavik",
                    "stage": r["lifecyclestage"],
                    "source": r["hs_analytics_source"].lower(),
                    "created_on": day(r["createdate"]),
                },
            }
        ],
    }


@case(
    "h176-26-ga4-group-retreat-headcount",
    H,
    G,
    """Hæ,

For the group-retreat campaign we send GA4 only the companies that are big enough to book a whole floor: a HubSpot contact goes across only when its Number of Employees is more than 15.[1] The client_id is the part of the email before the @ (see [2]), the event name is always "group_retreat_lead", and the event has one param, headcount, which is the Number of Employees as a number.

[1] Contacts with an empty Number of Employees are not sent.
[2] Taken exactly as it appears, e.g. "events" for events@lavalodge.is.

Bestu kveðjur,
Sigrún""",
    extended(
        lower_emails(HS),
        hs(email="events@lavalodge.is", numemployees="60"),
        hs(email="info@tinyfarm.is", numemployees="4"),
        hs(email="hr@bigcorp.com", numemployees="  "),
    ),
)
def o26(r: R) -> Out:
    if not gt(r["numemployees"], 15):
        return None
    return {
        "client_id": before_at(r["email"]),
        "events": [{"name": "group_retreat_lead", "params": {"headcount": num(r["numemployees"])}}],
    }


@case(
    "h176-27-ga4-returning-or-new",
    H,
    G,
    """Góðan daginn,

For GA4 the event name should depend on whether the person has stayed with us: when the HubSpot Lifecycle Stage is "customer" the event is "returning_guest", and for any other stage it is "new_contact".[1] The params are country, from Country/Region, with "Iceland" when the country is empty, see [2], and city, from City copied as it is, empty or not. The client_id is the email unchanged.

[1] Exact match on the value customer.
[2] Empty includes only spaces. A filled country is copied as written.

Bestu kveðjur,
Sigrún""",
    extended(
        HS,
        hs(email="family.jonsson@gmail.com", lifecyclestage="customer", country="  ", city=""),
        hs(
            email="max@muenchenreisen.de",
            lifecyclestage="customer",
            country="Germany",
            city="Munich",
        ),
        hs(email="newbie@hotmail.com", lifecyclestage="subscriber", country="", city="Selfoss"),
    ),
)
def o27(r: R) -> Out:
    name = "returning_guest" if r["lifecyclestage"] == "customer" else "new_contact"
    return {
        "client_id": r["email"],
        "events": [
            {"name": name, "params": {"country": dflt(r["country"], "Iceland"), "city": r["city"]}}
        ],
    }


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts


@case(
    "h176-28-partner-leads-back-to-hubspot",
    L,
    H,
    """Góðan daginn,

We now need the reverse direction, Salesforce Leads into HubSpot contacts, for the wellness partners our sales team entered directly in Salesforce. Please copy Email to Email, First Name to First Name, Last Name to Last Name, Company to Company Name, Title to Job Title, Phone to Phone Number, City to City, Zip/Postal Code to Postal Code, and Country to Country/Region.[1]

[1] Straight copies with nothing changed. Several leads have empty fields, e.g. no title or no country; in that case the HubSpot property is sent empty as well.

Bestu kveðjur,
Sigrún""",
    extended(
        SFL,
        sfl(
            Email="ragnheidur@lifsorka.is",
            FirstName="Ragnheiður",
            LastName="Karlsdóttir",
            Company="Lífsorka Wellness",
            Title="",
            Phone="+354 555 3030",
            City="Reykjavík",
            PostalCode="101",
            Country="Iceland",
        ),
        sfl(
            Email="jan@saunaclub.nl",
            FirstName="Jan",
            LastName="de Vries",
            Company="Sauna Club",
            Title="Owner",
            Phone="",
            City="",
            PostalCode="",
            Country="",
        ),
    ),
)
def o28(r: R) -> Out:
    return {
        "email": r["Email"],
        "firstname": r["FirstName"],
        "lastname": r["LastName"],
        "company": r["Company"],
        "jobtitle": r["Title"],
        "phone": r["Phone"],
        "city": r["City"],
        "zip": r["PostalCode"],
        "country": r["Country"],
    }


@case(
    "h176-29-lead-status-and-optout-text",
    L,
    H,
    """Hæ,

Two things from the Salesforce Lead should reach HubSpot. The Lead Status becomes the HubSpot Lead Status according to [1]; those four are the only statuses we use. Email Opt Out becomes "Unsubscribed from all email", which HubSpot keeps as text, see [2]. Email goes to email unchanged.

[1] Open - Not Contacted → NEW, Working - Contacted → CONNECTED, Closed - Converted → OPEN_DEAL, Closed - Not Converted → UNQUALIFIED.
[2] The text "true" when Email Opt Out is ticked and the text "false" when it is not.

Bestu kveðjur,
Sigrún""",
    extended(
        SFL,
        sfl(Email="katla@jardbodin.is", Status="Working - Contacted", HasOptedOutOfEmail=True),
        sfl(Email="rob@heathspa.co.uk", Status="Closed - Not Converted", HasOptedOutOfEmail=False),
    ),
)
def o29(r: R) -> Out:
    table = {
        "Open - Not Contacted": "NEW",
        "Working - Contacted": "CONNECTED",
        "Closed - Converted": "OPEN_DEAL",
        "Closed - Not Converted": "UNQUALIFIED",
    }
    return {
        "email": r["Email"],
        "hs_lead_status": table[r["Status"]],
        "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
    }


@case(
    "h176-30-status-to-lifecycle-revenue",
    L,
    H,
    """Góðan daginn,

When a Salesforce Lead comes to HubSpot, its Lifecycle Stage should follow the Lead Status as in [1]; every lead has one of these four statuses. Annual Revenue goes to the HubSpot Annual Revenue as a number,[2] and the email goes to email in small letters, since some of our partners type their addresses in capitals.

[1] Open - Not Contacted → lead, Working - Contacted → marketingqualifiedlead, Closed - Converted → customer, Closed - Not Converted → other.
[2] When the Annual Revenue is empty or only spaces, leave the property out instead of sending it empty. Decimals are kept, and whole amounts go as whole numbers.

Bestu kveðjur,
Sigrún""",
    extended(
        SFL,
        sfl(Email="Bjorg@HeilsuLind.IS", Status="Working - Contacted", AnnualRevenue="  "),
        sfl(Email="MARKUS@ALPENSPA.AT", Status="Closed - Converted", AnnualRevenue="1750000.50"),
    ),
)
def o30(r: R) -> Out:
    table = {
        "Open - Not Contacted": "lead",
        "Working - Contacted": "marketingqualifiedlead",
        "Closed - Converted": "customer",
        "Closed - Not Converted": "other",
    }
    return keep(
        {
            "email": r["Email"].lower(),
            "lifecyclestage": table[r["Status"]],
            "annualrevenue": omit_if_blank(r["AnnualRevenue"], num),
        }
    )


@case(
    "h176-31-uk-operators-only",
    L,
    H,
    """Góðan daginn,

Our British tour-operator leads are handled by a separate agent, so in this flow only Salesforce Leads whose Country is exactly "United Kingdom" go to HubSpot.[1] Phone goes to Phone Number in E.164 format for the UK, see [2]. Zip/Postal Code goes to Postal Code in capital letters. Title goes to Job Title, with "Tour Operator Contact" put in when the title is empty (empty as defined in note 1). Email goes to email unchanged.

[1] Leads with any other country, or with an empty Country, are skipped. Empty, here and below, also covers a field that holds only spaces.
[2] Plus sign and digits only. A number already starting with + keeps its own country code; otherwise drop the leading 0 and put +44 in front, so 020 7946 0321 becomes +442079460321.

Bestu kveðjur,
Sigrún""",
    extended(
        SFL,
        sfl(
            Email="olivia@scottishescapes.co.uk",
            Country="United Kingdom",
            Phone="0131 496 0022",
            PostalCode="eh1 1yz",
            Title="  ",
        ),
        sfl(
            Email="james@londonwellness.co.uk",
            Country="United Kingdom",
            Phone="+44 20 7946 0999",
            PostalCode="w1a 1aa",
            Title="",
        ),
        sfl(
            Email="asta@nordurferdir.is",
            Country="Iceland",
            Phone="+354 555 1111",
            PostalCode="101",
        ),
    ),
)
def o31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {
        "email": r["Email"],
        "phone": e164(r["Phone"], "44"),
        "zip": r["PostalCode"].upper(),
        "jobtitle": dflt(r["Title"], "Tour Operator Contact"),
    }


@case(
    "h176-32-shuttle-address-line",
    L,
    H,
    """Hæ,

Leads whose Lead Status is "Closed - Not Converted" should not come to HubSpot at all; every other lead does.[1] Company goes to Company Name, and when it is empty we write "Independent Traveller" instead, see [2]. For the shuttle drivers, the HubSpot Street Address should hold the Street, then a comma and a space, then the City, e.g. "Laugavegur 12, Reykjavík"; when the Street is empty it holds only the City, with no comma, see [3]. Email goes to email as it is.

[1] Exact match on that status.
[2] Empty also means only spaces. A filled Company is copied as written.
[3] Empty as in note 2. City is always filled in for these leads, and both parts are used as they are.

Bestu kveðjur,
Sigrún""",
    extended(
        SFL,
        sfl(
            Email="thora@hveragerdihealth.is",
            Status="Working - Contacted",
            Company="  ",
            Street="",
            City="Hveragerði",
        ),
        sfl(
            Email="lars@nordicbaths.dk",
            Status="Open - Not Contacted",
            Company="Nordic Baths",
            Street="Laugavegur 12",
            City="Reykjavík",
        ),
        sfl(
            Email="pia@kurhaus.de",
            Status="Closed - Converted",
            Company="",
            Street="  ",
            City="Baden-Baden",
        ),
        sfl(
            Email="gone.cold@outlook.com",
            Status="Closed - Not Converted",
            Company="Cold Trail",
            Street="Hafnarstræti 5",
            City="Akureyri",
        ),
    ),
)
def o32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {
        "email": r["Email"],
        "company": dflt(r["Company"], "Independent Traveller"),
        "address": addr,
    }


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members


@case(
    "h176-33-contacts-status-partner-tag",
    C,
    M,
    """Góðan daginn,

Salesforce Contacts should also reach our Mailchimp audience. The Email goes to Email Address in small letters.[1] The status comes from Email Opt Out: ticked means "unsubscribed", not ticked means "subscribed". Every member gets the tag "Salesforce", and a contact whose Lead Source is "Partner" also gets the tag "Wellness Partner" after it, see [2].

[1] All letters lower case, nothing else changed.
[2] So tags are either ["Salesforce"] or ["Salesforce", "Wellness Partner"], in that order.

Bestu kveðjur,
Sigrún""",
    extended(
        SFC,
        sfc(Email="Ingibjorg@HeilsuHaelid.IS", LeadSource="Partner", HasOptedOutOfEmail=False),
        sfc(Email="MASSAGE@NORDICTOUCH.COM", LeadSource="Partner", HasOptedOutOfEmail=True),
    ),
)
def o33(r: R) -> Out:
    tags = ["Salesforce"] + (["Wellness Partner"] if r["LeadSource"] == "Partner" else [])
    return {
        "email_address": r["Email"].lower(),
        "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
        "tags": tags,
    }


@case(
    "h176-34-sms-audience-language",
    C,
    M,
    """Hæ,

For our SMS list in Mailchimp, Salesforce Contacts without a Business Phone are skipped, see [1]. For the others, the PHONE merge field holds the Business Phone in E.164 format,[2] and the member's language comes from Mailing Country according to [3]; those are the only countries we have in Salesforce at the moment. Email goes to Email Address unchanged.

[1] Without meaning empty or only spaces.
[2] Plus sign and digits only. A number with + at the front keeps its own country code; a number without + is a US number and gets +1, and if it already has 11 digits beginning with 1 it only gets the +.
[3] Iceland → is, United States → en, United Kingdom → en, Germany → de, Austria → de, France → fr.

Bestu kveðjur,
Sigrún""",
    extended(
        SFC,
        sfc(Email="jon@lavaspa.is", Phone="+354 555 6060", MailingCountry="Iceland"),
        sfc(
            Email="amy@bathretreats.co.uk",
            Phone="+44 1225 555 010",
            MailingCountry="United Kingdom",
        ),
        sfc(Email="pierre@thalasso.fr", Phone="  ", MailingCountry="France"),
        sfc(Email="kate@seattlespa.com", Phone="1 206 555 0144", MailingCountry="United States"),
        sfc(Email="claire@evianwellness.fr", Phone="+33 4 50 55 01 01", MailingCountry="France"),
    ),
)
def o34(r: R) -> Out:
    if blank(r["Phone"]):
        return None
    lang = {
        "Iceland": "is",
        "United States": "en",
        "United Kingdom": "en",
        "Germany": "de",
        "Austria": "de",
        "France": "fr",
    }
    return {
        "email_address": r["Email"],
        "merge_fields": {"PHONE": e164(r["Phone"])},
        "language": lang[r["MailingCountry"]],
    }


@case(
    "h176-35-wellness-newsletter-vip",
    C,
    M,
    """Góðan daginn,

Salesforce Contacts to Mailchimp once more, this time for the wellness newsletter. FNAME takes the First Name, with "Guest" when the first name is empty.[1] LNAME takes the Last Name as it is, empty or not. VIP is true when the Department is exactly "Wellness", and false for any other department and for an empty one, see [2]. Every member is sent as "subscribed", and the Email goes to Email Address unchanged.

[1] Empty also covers only spaces; a filled first name is copied as written.
[2] These are our partner therapists and clinics. The match is exact, capital W included.

Bestu kveðjur,
Sigrún""",
    extended(
        SFC,
        sfc(Email="therapy@heilsa.is", FirstName="", LastName="Heilsa", Department="Wellness"),
        sfc(Email="reception@laugar.is", FirstName="  ", LastName="", Department="  "),
        sfc(
            Email="yoga@hengill.is",
            FirstName="Dagný",
            LastName="Arnardóttir",
            Department="wellness",
        ),
    ),
)
def o35(r: R) -> Out:
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": dflt(r["FirstName"], "Guest"), "LNAME": r["LastName"]},
        "vip": r["Department"] == "Wellness",
        "status": "subscribed",
    }


@case(
    "h176-36-partner-list-clear-tags",
    C,
    M,
    """Hæ,

Only Salesforce Contacts whose Lead Source is "Partner" belong in the Mailchimp partner list; everyone else is left out.[1] Email goes to Email Address, First Name to FNAME and Last Name to LNAME, all copied as they are, empty ones included. Every member gets the status "subscribed" and the language "en". Tags should be sent as an empty list, see [2].

[1] Exact match on Partner; an empty Lead Source does not qualify.
[2] That is [], because we want to clear the old event tags off these members.

Bestu kveðjur,
Sigrún""",
    extended(
        SFC,
        sfc(
            Email="clinic@blaskogar.is",
            FirstName="Hrafnhildur",
            LastName="",
            LeadSource="Partner",
        ),
        sfc(
            Email="yoga@hengill.is",
            FirstName="Dagur",
            LastName="Stefánsson",
            LeadSource="Partner",
        ),
        sfc(Email="someone@gmail.com", FirstName="Sam", LastName="Hill", LeadSource=""),
    ),
)
def o36(r: R) -> Out:
    if r["LeadSource"] != "Partner":
        return None
    return {
        "email_address": r["Email"],
        "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
        "status": "subscribed",
        "language": "en",
        "tags": [],
    }


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify


@case(
    "h176-37-identify-contacts-birthday",
    C,
    S,
    """Góðan daginn,

For Segment identify calls from Salesforce Contacts, the userId is the Email in small letters. First Name, Last Name and Title go to the traits firstName, lastName and title, copied as they are, empty values included.[1] Birthdate goes to the trait birthday, but only when it is filled in; if it is empty, leave birthday out, see [2].

[1] No trimming, no change of capitals.
[2] Empty means blank or only spaces, and left out means the key is not there at all. A filled Birthdate is copied as it is, e.g. 1984-05-02.

Bestu kveðjur,
Sigrún""",
    extended(
        SFC,
        sfc(Email="Solveig@Heilsa.IS", FirstName="Sólveig", LastName="", Title="", Birthdate="  "),
        sfc(
            Email="KARL@NORDICSAUNA.SE",
            FirstName="Karl",
            LastName="Lindqvist",
            Title="Sauna Master",
            Birthdate="1979-08-14",
        ),
    ),
)
def o37(r: R) -> Out:
    return keep(
        {
            "userId": r["Email"].lower(),
            "traits": {
                "firstName": r["FirstName"],
                "lastName": r["LastName"],
                "title": r["Title"],
                "birthday": omit_if_blank(r["Birthdate"]),
            },
        }
    )


@case(
    "h176-38-identify-mailing-city-country",
    C,
    S,
    """Hæ,

Segment should get the contact's mailing address nested under traits.address. The city is the Mailing City with the spaces at the start and end removed.[1] The country is the Mailing Country, and when that is empty we put "Iceland", see [2]. userId is the Email as it is.

[1] Only leading and trailing spaces go; "  Reykjavík " becomes "Reykjavík". An empty city stays empty.
[2] Empty includes only spaces. A filled country is copied exactly as written, spaces and all.

Bestu kveðjur,
Sigrún""",
    extended(
        SFC,
        sfc(Email="dora@blue-steam.is", MailingCity="  Reykjavík ", MailingCountry=""),
        sfc(Email="fridrik@hverir.is", MailingCity="", MailingCountry="  "),
        sfc(Email="linda@northspa.is", MailingCity="Akureyri", MailingCountry=" Iceland "),
    ),
)
def o38(r: R) -> Out:
    return {
        "userId": r["Email"],
        "traits": {
            "address": {
                "city": r["MailingCity"].strip(),
                "country": dflt(r["MailingCountry"], "Iceland"),
            }
        },
    }


@case(
    "h176-39-identify-phone-name-region",
    C,
    S,
    """Góðan daginn,

Salesforce Contacts to Segment: the userId is the Email unchanged. The trait phone is the Business Phone in E.164 format, see [1]. The trait name is the First Name, a space, and the Last Name (both are always filled). The trait region comes from the Mailing Country according to [2], and every country not in that list, as well as an empty country, becomes "Rest of World".

[1] Plus sign and digits only: a number with + keeps its own country code, and a number without + is American and gets +1, unless it already has 11 digits beginning with 1, when only the + is added. Every contact here has a Business Phone.
[2] Iceland → Domestic, United States → North America, Canada → North America, Germany → Europe, Austria → Europe, France → Europe, United Kingdom → Europe.

Bestu kveðjur,
Sigrún""",
    extended(
        SFC,
        sfc(
            Email="einar@bathhouse.is",
            FirstName="Einar",
            LastName="Ólafsson",
            Phone="+354 555 9090",
            MailingCountry="Iceland",
        ),
        sfc(
            Email="megan@vancouverspa.ca",
            FirstName="Megan",
            LastName="Price",
            Phone="1 (604) 555-0177",
            MailingCountry="Canada",
        ),
        sfc(
            Email="yuki@onsenlink.jp",
            FirstName="Yuki",
            LastName="Mori",
            Phone="+81 3 5555 0144",
            MailingCountry="Japan",
        ),
        sfc(
            Email="chris@unknownplace.com",
            FirstName="Chris",
            LastName="Doyle",
            Phone="212-555-0166",
            MailingCountry="  ",
        ),
    ),
)
def o39(r: R) -> Out:
    region = {
        "Iceland": "Domestic",
        "United States": "North America",
        "Canada": "North America",
        "Germany": "Europe",
        "Austria": "Europe",
        "France": "Europe",
        "United Kingdom": "Europe",
    }
    return {
        "userId": r["Email"],
        "traits": {
            "phone": e164(r["Phone"]),
            "name": f"{r['FirstName']} {r['LastName']}",
            "region": region.get(r["MailingCountry"], "Rest of World"),
        },
    }


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts


@case(
    "h176-40-members-back-to-hubspot",
    M,
    H,
    """Góðan daginn,

Now from Mailchimp back into HubSpot. First Name takes FNAME, or "Guest" when FNAME is empty.[1] Last Name takes LNAME in proper capitals, see [2]. Company Name takes the COMPANY merge field, but when COMPANY is empty (as in note 1), leave Company Name out rather than overwriting what HubSpot already has. "Unsubscribed from all email" should be the text "true" when the Mailchimp status is "unsubscribed", and the text "false" for any other status. Email Address goes to email unchanged.

[1] Empty also covers only spaces. A filled FNAME is copied as written.
[2] Each word with a capital first letter and the rest small, so "WALSH" becomes "Walsh". An empty surname stays empty.

Bestu kveðjur,
Sigrún""",
    extended(
        MC,
        mc(
            {"FNAME": "", "LNAME": "HALLDÓRSDÓTTIR", "COMPANY": "  "},
            email_address="hrefna@simnet.is",
            status="pending",
        ),
        mc(
            {"FNAME": "  ", "LNAME": "jónsson", "COMPANY": "Reykjavík Excursions"},
            email_address="tours@rex.is",
            status="unsubscribed",
        ),
    ),
)
def o40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "firstname": dflt(mf["FNAME"], "Guest"),
            "lastname": title(mf["LNAME"]),
            "company": omit_if_blank(mf["COMPANY"]),
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
        }
    )


@case(
    "h176-41-skip-bounced-vip-customers",
    M,
    H,
    """Hæ,

Mailchimp members whose status is "cleaned" should not be brought into HubSpot, as their addresses bounce.[1] The PHONE merge field goes to Phone Number in E.164 format, see [2], and when PHONE is empty, Phone Number is left out. COMPANY goes to Company Name as it is. Lifecycle Stage should be "customer" for members marked VIP and "lead" for everyone else. Email Address goes to email unchanged.

[1] All other statuses come across.
[2] Plus sign and digits only. A number starting with + keeps its own country code; one without + is a US number and gets +1, or just the + if it already has 11 digits beginning with 1. Empty means blank or only spaces.

Bestu kveðjur,
Sigrún""",
    extended(
        MC,
        mc(
            {"PHONE": "1 907 555 0100", "COMPANY": "Alaska Spa Tours"},
            email_address="sales@alaskaspatours.com",
            status="pending",
            vip=True,
        ),
        mc(
            {"PHONE": "+354 555 0001"},
            email_address="bounce@oldmail.is",
            status="cleaned",
            vip=False,
        ),
        mc(
            {"FNAME": "Guðný", "PHONE": " ", "COMPANY": ""},
            email_address="gudny@mail.is",
            status="subscribed",
            vip=True,
        ),
    ),
)
def o41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep(
        {
            "email": r["email_address"],
            "phone": omit_if_blank(mf["PHONE"], e164),
            "company": mf["COMPANY"],
            "lifecyclestage": "customer" if r["vip"] else "lead",
        }
    )


@case(
    "h176-42-first-word-domain-customer-tag",
    M,
    H,
    """Góðan daginn,

Last one for now, Mailchimp into HubSpot. First Name should be only the first word of FNAME, e.g. "Anna María" becomes "Anna".[1] Company Name takes COMPANY, and when COMPANY is empty, the part of the Email Address after the @ instead, see [2]. A member carrying the tag "Customer" gets Lifecycle Stage "customer", and every other member gets "subscriber" (see [3]). Email Address goes to email unchanged.

[1] Every member has an FNAME.
[2] Empty also covers only spaces. The domain is taken exactly as written, e.g. "maresul.com.br".
[3] The tag has to be exactly "Customer", with a capital C; other tags do not count.

Bestu kveðjur,
Sigrún""",
    extended(
        MC,
        mc(
            {"FNAME": "Anna María", "COMPANY": "  "},
            email_address="anna@heklatravel.is",
            tags=["Customer", "Spa Newsletter"],
        ),
        mc(
            {"FNAME": "Ólafur", "COMPANY": ""},
            email_address="olafur@vikingbaths.is",
            tags=["customer"],
        ),
        mc(
            {"FNAME": "Hanna", "COMPANY": "Blue Fjord Travel"},
            email_address="hanna@bluefjord.no",
            tags=["Returning Guest"],
        ),
    ),
)
def o42(r: R) -> Out:
    mf = r["merge_fields"]
    return {
        "email": r["email_address"],
        "firstname": first_word(mf["FNAME"]),
        "company": first_filled(mf["COMPANY"], after_at(r["email_address"])),
        "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber",
    }


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set176")
